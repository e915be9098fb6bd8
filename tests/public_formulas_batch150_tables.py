"""The networks and notations of batch 150 of the held-out public formulas (tests/public_formulas_batch150.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b150_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the XOR script with derivative_sigmoid (stored file 9843243825): the samples rows (inputs is 4 x 2), weights
    # input-first (2 x 2 and 2 x 1), no biases, sigmoid layers, error = outputs - final_output and a delta written
    # with the sigmoid's slope of the output (half the squared error's step, no loss stated), the updates' rate
    # written 0.1 in the lines; 2-2-1 as the file's
    "b150_xa": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the XOR script with biases (stored file 37402337414): the samples rows, weights input-first, bias_hidden and
    # bias_output (rows), sigmoid layers, no loss stated (the deltas half the squared error's), learning_rate 0.5;
    # input_layer_neurons 2, hidden_layer_neurons 2, output_layer_neurons 1 as the file writes them
    "b150_xb": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the XOR script commented in Chinese (stored file 11791968111): the samples rows, W_input_hidden and
    # W_hidden_output input-first, b_hidden and b_output (rows), sigmoid layers, compute_loss 0.5 * np.mean((y_true -
    # y_pred) ** 2) (one sample and one output here: half the squared error), learning_rate 0.5; 2-2-1 as the file's
    "b150_zh": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the Kaggle-style tabular script (stored file 41698946061): the samples rows, W1 (input_size x hidden_size) and
    # W2 (hidden_size x 1) input-first with b1, b2 (rows), ReLU hidden units, a sigmoid output, loss =
    # np.mean((y_train - predicted_output)**2) (one sample and one output here: the squared error), learning_rate
    # 0.01; hidden_size 100 there, 3-4-1 here
    "b150_kg": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=_rate(0.01)),
    # the EMNIST BasicNeuralNetwork class (stored file 29118786966): the samples rows, weights input-first with
    # bias_hidden, bias_output (rows), sigmoid layers, the loss it prints np.mean(np.square(y - self.output_layer))
    # (one sample here: the mean over the outputs, mean_squared_error), learning_rate 0.1 as main passes it;
    # 784-16-62 there, 4-3-3 here
    "b150_em": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the NeuralNetwrok class (stored file 35605373031): the samples rows (self.input), weights1 (inputs x
    # layer1Size) and weights2 (layer1Size x 1) input-first, no biases, sigmoid layers, output_error = 2*(self.y -
    # self.output) (the squared error's -dE/d output), += updates with no rate (rate 1); X has 3 columns, layer1Size
    # 8 there, 3-4-1 here
    "b150_nw": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error",
                            extra=_rate(1.0)),
    # the synapse class (stored file 49248156141): the samples rows (data), input_synapse (inputs x hidden) and
    # output_synapse (hidden x outputs) input-first, no biases, sigmoid layers, no loss stated (half the squared
    # error's deltas), the rate a = 1 by default, folded into the deltas; 2-3-1 here
    "b150_sy": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the Spanish MultilayerPerceptron class (stored file 23861098656): the samples rows, weights input-first with
    # bias_hidden, bias_output (rows), sigmoid layers, the loss train prints np.mean(np.square(y - output)) (one sample
    # and one output here: the squared error), learning_rate 0.1 as the script passes it; 2-4-1 as the script's
    "b150_es": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=_rate(0.1)),
}

NOTATIONS = {
    # the derivative_sigmoid script: inputs the input (a row), outputs the target, hidden_layer_output the hidden
    # SUMS (np.dot(inputs, weights_input_hidden): the file's name), hidden_layer_activation their sigmoid,
    # final_output the output; error = outputs - final_output, d_predicted_output and d_hidden_layer the code's
    # deltas (-dE/dz: the updates add them), error_hidden_layer = -dE/d(hidden output); derivative_sigmoid(x) = x (1
    # - x), the slope written of the output
    "b150_xa": r'''
[notation]
functions = { derivative_sigmoid = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"outputs" = "y[:].T"
"hidden_layer_output" = "z1[:].T"
"hidden_layer_activation" = "a1[:].T"
"final_output" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_output_hidden" = "W2[:, :].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-grad(z2[:]).T"
"error_hidden_layer" = "-grad(a1[:]).T"
"d_hidden_layer" = "-grad(z1[:]).T"
''',
    # the XOR script with biases: inputs, outputs, hidden_layer_activation the hidden SUMS, hidden_layer_output their
    # sigmoid, predicted_output the output, weights input-first, biases rows; error, d_predicted_output,
    # error_hidden_layer, d_hidden_layer as in the script above (-dE/dz: the updates add them)
    "b150_xb": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"outputs" = "y[:].T"
"hidden_layer_activation" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_activation" = "z2[:].T"
"predicted_output" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"bias_hidden" = "b1[:].T"
"bias_output" = "b2[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-grad(z2[:]).T"
"error_hidden_layer" = "-grad(a1[:]).T"
"d_hidden_layer" = "-grad(z1[:]).T"
''',
    # the Chinese XOR script: X the input (a row), y the target, hidden_input and final_input the sums, hidden_output
    # and final_output the layers' outputs, W_input_hidden, W_hidden_output input-first, b_hidden, b_output rows;
    # output_error = y - final_output, output_delta and hidden_delta the code's deltas (-dE/dz, as its comments say:
    # "the error times the activation's derivative"), hidden_error = -dE/d(hidden output)
    "b150_zh": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"hidden_input" = "z1[:].T"
"hidden_output" = "a1[:].T"
"final_input" = "z2[:].T"
"final_output" = "a2[:].T"
"W_input_hidden" = "W1[:, :].T"
"W_hidden_output" = "W2[:, :].T"
"b_hidden" = "b1[:].T"
"b_output" = "b2[:].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
''',
    # the tabular script: X_train the input (a row), y_train the target, hidden_layer_input and output_layer_input
    # the sums, hidden_layer_output the ReLU's outputs, predicted_output the output, W1, W2 input-first, b1, b2 rows;
    # output_error = y_train - predicted_output, output_delta and hidden_layer_delta the code's deltas (-dL/dz: the
    # updates add them), hidden_layer_error = -dL/d(hidden output); sigmoid_derivative(x) = x (1 - x), of the output;
    # relu_derivative(x) = (x > 0), given the hidden outputs (positive where the sums are)
    "b150_kg": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output", relu_derivative = "relu' at input" }
[notation.symbols]
"X_train" = "x[:].T"
"y_train" = "y[:].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"predicted_output" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_layer_error" = "-grad(a1[:]).T"
"hidden_layer_delta" = "-grad(z1[:]).T"
''',
    # the EMNIST class: X the input (a row), y the one-hot target, self.hidden_layer and self.output_layer the layers'
    # outputs, the weights input-first and the biases rows (self. names); output_error = y - self.output_layer,
    # output_delta and hidden_delta the code's deltas (-dL/dz: the updates add them), hidden_error = -dL/d(hidden
    # output); sigmoid_derivative(x) = x (1 - x), the slope written of the output
    "b150_em": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.hidden_layer" = "a1[:].T"
"self.output_layer" = "a2[:].T"
"self.weights_input_hidden" = "W1[:, :].T"
"self.weights_hidden_output" = "W2[:, :].T"
"self.bias_hidden" = "b1[:].T"
"self.bias_output" = "b2[:].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
''',
    # the NeuralNetwrok class: self.input the input (a row), self.y the target, self.layer1 the hidden outputs,
    # self.output the output, self.weights1, self.weights2 input-first; output_error = 2 (y - output) = -dE/d output,
    # output_delta and layer1_delta the code's deltas (-dE/dz), layer1_error = -dE/d(hidden output), self.d_weights2
    # and self.d_weights1 the weights' -dE/dW (the updates add them, input-first as the weights)
    "b150_nw": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"self.input" = "x[:].T"
"self.y" = "y[:].T"
"self.layer1" = "a1[:].T"
"self.output" = "a2[:].T"
"self.weights1" = "W1[:, :].T"
"self.weights2" = "W2[:, :].T"
"output_error" = "-grad(a2[:]).T"
"output_delta" = "-grad(z2[:]).T"
"layer1_error" = "-grad(a1[:]).T"
"layer1_delta" = "-grad(z1[:]).T"
"self.d_weights2" = "-grad(W2[:, :]).T"
"self.d_weights1" = "-grad(W1[:, :]).T"
''',
    # the synapse class: data the input (a row), labels the target, predicted the output, self.hidden_layer the
    # hidden OUTPUTS (the sigmoid of the sums), self.input_synapse and self.output_synapse input-first, a the
    # learning rate (train's a=1); output_error = labels - predicted, output_delta and hidden_delta the code's deltas
    # (-dE/dz times the rate: the updates add them), hidden_error = -dE/d(hidden output) times the rate;
    # self._sigmoid_deriv(x) = sigmoid(x) (1 - sigmoid(x)), the slope of what it is given (a sum)
    "b150_sy": r'''
[notation]
learning_rate = ["a"]
functions = { "self._sigmoid_deriv" = "sigmoid' at input" }
[notation.symbols]
"data" = "x[:].T"
"labels" = "y[:].T"
"predicted" = "a2[:].T"
"self.hidden_layer" = "a1[:].T"
"self.input_synapse" = "W1[:, :].T"
"self.output_synapse" = "W2[:, :].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
''',
    # the Spanish class: X the input (a row), y the target, output the output (backward's argument),
    # self.hidden_layer_output the hidden outputs, self.hidden_layer_input and self.output_layer_input the sums, the
    # weights input-first and the biases rows (self. names); output_error = y - output, output_delta and hidden_delta
    # the code's deltas (-dL/dz: the updates add them), hidden_error = -dL/d(hidden output); sigmoid_derivative(x) =
    # x (1 - x), the slope written of the output
    "b150_es": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:].T"
"self.hidden_layer_input" = "z1[:].T"
"self.hidden_layer_output" = "a1[:].T"
"self.output_layer_input" = "z2[:].T"
"self.weights_input_hidden" = "W1[:, :].T"
"self.weights_hidden_output" = "W2[:, :].T"
"self.bias_hidden" = "b1[:].T"
"self.bias_output" = "b2[:].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
''',
}
