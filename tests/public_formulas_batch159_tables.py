"""The networks and notations of batch 159 of the held-out public formulas (tests/public_formulas_batch159.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b159_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the DigitDecoder class (stored file 10119718479): the samples rows (x_train.dot(self.W1)), W1 (input_size x
    # hidden_size) and W2 (hidden_size x output_size) input-first with biases b1, b2, sigmoid hidden units, softmax
    # outputs, one-hot targets (dZ2 = self.A2 - y_train: the cross-entropy's), the gradients divided by length (the
    # number of samples, one here); update_parameters(learning_rate) is given no rate in the file (0.1 here); 784-h-10
    # there, 2-3-2 here
    "b159_dg": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the Sports repository's NeuralNetwork class (stored file 3728889548): the samples rows, W1 (input_dim x
    # hidden_dim) and W2 (hidden_dim x output_dim) input-first with biases, sigmoid layers, calculate_loss the binary
    # cross-entropy's mean over the samples (m = X.shape[0], one here); train's learning_rate given by the caller (0.1
    # here); 2-3-1 here
    "b159_mx": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the glass-classification class (stored file 25056469896): the samples rows, hidden_weights (attributes x 9) and
    # output_weights (9 x 9) input-first with biases bias_hidden, bias_output, sigmoid hidden units, softmax outputs,
    # the cross-entropy summed over the samples (loss = np.sum(-one_hot_labels * np.log(...)): one sample here),
    # self.learning_rate = 0.01; 9-9-9 there, 2-3-3 here
    "b159_gl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the Chinese Py08.py script (stored file 24500551806): input (2 x 1) a column, w1 (2 x 2) output-first
    # (np.dot(w1, input)), w2 the output's two weights, no biases, sigmoid layers, the loss np.square(e)/2 (half the
    # squared error, e = output - real), the updates with no rate (rate 1); its numbers: input [0.35, 0.9], w1
    # [[0.1, 0.8], [0.4, 0.6]], w2 [0.3, 0.9], real 0.5
    "b159_cq": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.8], [0.4, 0.6]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.9]]',
                            loss="half_squared_error", extra=_data("[0.35, 0.9]", "[0.5]", 1.0)),
    # the Chinese MNIST class (stored file 14711794406, "两层神经网络，输入层784，隐藏层128，输出层10，激活函数relu+softmax"):
    # the samples rows, W1 (input_size x hidden_size) and W2 input-first with biases b1, b2 (rows), ReLU hidden units,
    # softmax outputs, one-hot targets, compute_loss the cross-entropy's mean over the m samples (one here),
    # learning_rate 0.1; 784-128-10 there, 2-3-2 here
    "b159_cn": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the Korean NumPy lesson (stored file 9355361597), its MLPFromScratch: the samples rows (X @ self.W1), W1
    # (input_dim x hidden_dim) and W2 input-first with biases, ReLU hidden units, a sigmoid output, loss the mean
    # squared error np.mean((y_pred - y_true) ** 2) (one output and one sample here: the squared error), m the batch's
    # size, learning_rate = 1.0; 2-8-1 there (XOR), 2-3-1 here
    "b159_ko": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(1.0)),
    # the German NeuralNetwork class (stored file 9611212404): the samples rows, weights1 (input_size x hidden_size)
    # and weights2 input-first with bias1, bias2 (rows), ReLU hidden units ("ReLU im Hidden Layer"), a sigmoid output
    # ("Sigmoid im Output Layer"), error = output - y and d_z2 = error * output (1 - output), summed over the samples
    # with no 1/m: half the squared error's step (train logs np.mean((y - output) ** 2), a monitoring value); train's
    # learning_rate given by the caller (0.1 here); 2-3-1 here
    "b159_de": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Indonesian SimpleNeuralNetwork class (stored file 45803003172): the samples rows, W1 (input_size x
    # hidden_size) and W2 input-first with biases b1, b2 (rows), sigmoid layers, compute_loss np.sum((y_true -
    # y_pred) ** 2) / (2 * m) (half the squared error's mean over the m samples: one here), learning_rate=0.1; 2-3-1
    # here
    "b159_id": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Spanish digits class (stored file 41046211529): the samples rows, W1 (input_size x hidden_size) and W2
    # input-first with biases b1, b2 (rows), sigmoid layers, a2_error = y - a2 and += updates of lr times the deltas
    # over m: half the squared error's step, averaged over the m samples (one here; train logs the mean squared
    # error, a monitoring value); lr=0.1 as train is called; 64-32-10 there, 2-3-2 here
    "b159_es": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the exercise sheet "Neural Networks Exercises - Module 6" (stored file 4542207735), its Exercise 4.2: x -> h (2
    # neurons) -> y (1 neuron), all sigmoid, z1 = W1 x and z2 = W2 a1 (no biases in the forward pass), W1 (2 x 2) and
    # W2 (1 x 2) output-first, L = 1/2 (y - t)^2 (the sheet's loss, as exercise 4.1 and the loop write it); its
    # numbers: W1 = [[0.5, 0.3], [0.2, 0.4]], W2 = [[0.6, 0.7]], x = [1, 2], t = 1, lr=0.1
    "b159_ex": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.5, 0.3], [0.2, 0.4]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.6, 0.7]]',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # the DigitDecoder class: x_train the input (a row), y_train the one-hot target, self.A1, self.A2 the layers'
    # outputs, self.W1, self.W2 input-first (self. names), dZ2, dA1, dZ1 the loss's gradients by the output sums, the
    # hidden outputs and the hidden sums (Ng's d names), self.dW2 ... self.db1 the parameters' (rows), length the
    # number of samples (one here)
    "b159_dg": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x_train" = "x[:].T"
"y_train" = "t[:].T"
"self.A1" = "a1[:].T"
"self.A2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"dZ2" = "grad(z2[:]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"self.dW2" = "grad(W2[:, :]).T"
"self.db2" = "grad(b2[:]).T"
"self.dW1" = "grad(W1[:, :]).T"
"self.db1" = "grad(b1[:]).T"
"length" = "1"
''',
    # the Sports class: X the input (a row), y the target, self.z1, self.a1, self.a2 the layers' rows, self.W2
    # input-first, dZ2 ... db1 the loss's gradients (Ng's d names, rows), m the number of samples (one here);
    # self.sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), taken of the sums
    "b159_mx": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.z1" = "z1[:].T"
"self.a1" = "a1[:].T"
"self.a2" = "a2[:].T"
"self.W2" = "W2[:, :].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"m" = "1"
''',
    # the glass class: self.X the input (a row), self.one_hot_labels the one-hot target, z_hidden the hidden sums,
    # hypothesis the hidden outputs, normalized_probability_distribution the softmax outputs; the code's own
    # aliases: z_output_weights = hypothesis (dz_output/d output_weights), z_output_hypothesis = self.output_weights
    # (dz_output/d hypothesis), z_hidden_weights = self.X; output_cost the output sums' gradient (probabilities less
    # the one-hot target), output_cost_weights, output_bias_cost (per sample, summed by .sum(axis=0)), cost_hypothesis
    # (the hidden outputs'), hidden_weigths_cost and hidden_bias_cost the loss's gradients; z_hidden_hypothesis the
    # sigmoid's slope at the hidden sums; self.sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), of the sums
    "b159_gl": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at input" }
[notation.symbols]
"self.X" = "x[:].T"
"self.one_hot_labels" = "t[:].T"
"z_hidden" = "z1[:].T"
"hypothesis" = "a1[:].T"
"normalized_probability_distribution" = "a2[:].T"
"self.hidden_weights" = "W1[:, :].T"
"self.output_weights" = "W2[:, :].T"
"self.bias_hidden" = "b1[:].T"
"self.bias_output" = "b2[:].T"
"z_output_weights" = "a1[:].T"
"z_output_hypothesis" = "W2[:, :].T"
"z_hidden_weights" = "x[:].T"
"z_hidden_hypothesis" = "(a1[:]*(1 - a1[:])).T"
"output_cost" = "grad(z2[:]).T"
"output_cost_weights" = "grad(W2[:, :]).T"
"output_bias_cost" = "grad(b2[:]).T"
"cost_hypothesis" = "grad(a1[:]).T"
"hidden_weigths_cost" = "grad(W1[:, :]).T"
"hidden_bias_cost" = "grad(b1[:]).T"
''',
    # the Py08.py script: input the input (a column), real the target, pq the hidden outputs (a column), output the
    # network's output, e = output - real, w1 (output-first: np.dot(w1, input)) and w2 (the output's weights, a row:
    # np.dot(w2, pq)); the updates with no rate (rate 1)
    "b159_cq": r'''
[notation]
[notation.symbols]
"input" = "x[:]"
"real" = "y[:]"
"pq" = "a1[:]"
"output" = "a2[:]"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"e" = "a2[:] - y[:]"
''',
    # the Chinese MNIST class: X the input (a row), y the one-hot target, output the softmax outputs (forward's
    # return), self.a1 the hidden outputs, self.W1, self.W2 input-first, dz2 ... db1 the loss's gradients (rows), m the
    # number of samples (one here); self.relu_grad(x) = (x > 0), given the hidden OUTPUTS (positive where the sums are)
    "b159_cn": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { "self.relu_grad" = "relu' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "t[:].T"
"output" = "a2[:].T"
"self.a1" = "a1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b2" = "b2[:].T"
"dz2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dz1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
    # the Korean lesson's MLPFromScratch: X the input (a row), y_true the target, self.z1, self.a1, self.z2, self.a2
    # the layers' rows (a1, z2 in the docstring), self.W1, self.W2 input-first; dL_da2 ... dL_dz1 the loss's gradients
    # by the names they spell (dL/da2 ... in the comments and the docstring), dW2, db2, dW1 the parameters', grads['W1']
    # the dictionary backward returns; sigmoid_derivative and relu_derivative of the sums (sigmoid(x) (1 - sigmoid(x)),
    # x > 0); m the batch's size (one here), lr the learning rate
    "b159_ko": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at input", relu_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y_true" = "y[:].T"
"self.z1" = "z1[:].T"
"self.a1" = "a1[:].T"
"self.z2" = "z2[:].T"
"self.a2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"dL_da2" = "grad(a2[:]).T"
"dL_dz2" = "grad(z2[:]).T"
"dL_da1" = "grad(a1[:]).T"
"dL_dz1" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"grads['W1']" = "grad(W1[:, :]).T"
"m" = "1"
''',
    # the German class: X the input (a row), y the target, output (backward's argument) and self.a2 the output,
    # self.z1 the hidden sums, self.a1 the hidden outputs, self.weights1, self.weights2 input-first, self.bias2 the
    # output's bias (a row); error = output - y, d_z2 ... d_w1 the loss's gradients (d_ names: rows);
    # self.sigmoid_derivative(x) = x (1 - x), the slope written of the output; self.relu_derivative(x) = (x > 0), of
    # the sums
    "b159_de": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output", "self.relu_derivative" = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:].T"
"self.a2" = "a2[:].T"
"self.z1" = "z1[:].T"
"self.a1" = "a1[:].T"
"self.weights1" = "W1[:, :].T"
"self.weights2" = "W2[:, :].T"
"self.bias2" = "b2[:].T"
"error" = "a2[:].T - y[:].T"
"d_z2" = "grad(z2[:]).T"
"d_w2" = "grad(W2[:, :]).T"
"d_b2" = "grad(b2[:]).T"
"d_a1" = "grad(a1[:]).T"
"d_z1" = "grad(z1[:]).T"
"d_w1" = "grad(W1[:, :]).T"
''',
    # the Indonesian class: X the input (a row), y_true the target, y_pred and self.a2 the output, self.a1 the hidden
    # outputs, self.W2 input-first; dL_da2 ... dL_dz1 the loss's gradients by the names they spell (dL/da2, dL/dz2 in
    # the comments: a2, z2 the rows of the forward pass's comments), dL_dW2 and dL_db2 the parameters', m the number of
    # samples (one here); self.sigmoid_derivative(x) = x (1 - x), the slope written of the output (the comments'
    # sigmoid'(z2), the derivative at the sum)
    "b159_id": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y_true" = "y[:].T"
"y_pred" = "a2[:].T"
"self.a2" = "a2[:].T"
"self.a1" = "a1[:].T"
"self.W2" = "W2[:, :].T"
"a2" = "a2[:].T"
"z2" = "z2[:].T"
"dL_da2" = "grad(a2[:]).T"
"dL_dz2" = "grad(z2[:]).T"
"dL_da1" = "grad(a1[:]).T"
"dL_dz1" = "grad(z1[:]).T"
"dL_dW2" = "grad(W2[:, :]).T"
"dL_db2" = "grad(b2[:]).T"
"m" = "1"
''',
    # the Spanish class: X the input (a row), y the (one-hot) target, self.a1, self.a2 the layers' outputs, self.W1,
    # self.W2 input-first, self.b1, self.b2 rows; self.a2_error = y - a2, self.a2_delta and self.a1_delta the code's
    # deltas (-dE/dz: the updates add them), self.a1_error = -dE/d(hidden output); self.sigmoid_derivative(x) = x (1 -
    # x), the slope written of the output; lr the learning rate, m the number of samples (one here)
    "b159_es": r'''
[notation]
learning_rate = ["lr"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.a1" = "a1[:].T"
"self.a2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"self.a2_error" = "y[:].T - a2[:].T"
"self.a2_delta" = "-grad(z2[:]).T"
"self.a1_error" = "-grad(a1[:]).T"
"self.a1_delta" = "-grad(z1[:]).T"
"m" = "1"
''',
    # the exercise sheet's Exercise 4.2 (its Unicode text and its SimpleNN class): x the input, t the target, y the
    # network's OUTPUT (y = σ(z₂)), z₁, z₂ the sums, a₁ the hidden outputs, W₁, W₂ output-first (columns: z₁ = W₁x),
    # δ₂ = (y - t) σ'(z₂) = dL/dz₂ and δ₁ = dL/dz₁ (the sheet's backward pass), ∂L/∂W₁, ∂L/∂W₂ the loss's gradients;
    # the class's self. names the same (self.y the output), delta2, delta1, dW1, dW2 its gradients;
    # sigmoid_derivative(z) = sigmoid(z) (1 - sigmoid(z)), of the sums; lr the learning rate
    "b159_ex": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "x[:]"
"t" = "y[:]"
"y" = "a2[:]"
"z₁" = "z1[:]"
"z₂" = "z2[:]"
"a₁" = "a1[:]"
"W₁" = "W1[:, :]"
"W₂" = "W2[:, :]"
"δ₁" = "grad(z1[:])"
"δ₂" = "grad(z2[:])"
"self.y" = "a2[:]"
"self.z1" = "z1[:]"
"self.z2" = "z2[:]"
"self.a1" = "a1[:]"
"self.W1" = "W1[:, :]"
"self.W2" = "W2[:, :]"
"delta2" = "grad(z2[:])"
"delta1" = "grad(z1[:])"
"dW2" = "grad(W2[:, :])"
"dW1" = "grad(W1[:, :])"
''',
}
