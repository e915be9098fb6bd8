"""The networks and notations of batch 143 of the held-out public formulas (tests/public_formulas_batch143.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b143_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the iris script's NeuralNetwork class (stored file 37108593887): the samples rows (X is m x 4), W1 (inputSize x
    # hiddenSize) and W2 (hiddenSize x outputSize) input-first, no biases, sigmoid layers, o_error = y - o and
    # o_delta = o_error * o (1 - o): half the squared error's step, added to the weights with no rate (rate 1);
    # inputSize 4, hiddensize 3, outputSize 3 as the class writes them
    "b143_ir": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the French XOR script (stored file 67480432277): Ng's layers, the samples columns, W1 (nh x nx) and W2 (ny x nh)
    # output-first with biases b1, b2, tanh hidden units, a sigmoid output, the binary cross-entropy (cout), m the
    # number of samples (one here); train(X, Y, 2, 2, 1, ...): 2-2-1; update_params subtracts the gradients with no
    # rate (rate 1)
    "b143_fr": problem_text('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(1.0)),
    # the Chinese moons script (stored file 32498860631, its part ##3): the samples rows, W1 (nn_input_dim x nn_hdim)
    # and W2 (nn_hdim x nn_output_dim) input-first with biases b1, b2 (rows), sigmoid hidden units (the part replaces
    # tanh by the sigmoid), softmax outputs, the cross-entropy (-log probs[y]); build_model(3): 2-3-2, epsilon 0.01
    "b143_zh": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the course site's backpropagation lesson (stored file 55262981643), its worked numeric example: one input x, one
    # sigmoid hidden unit (z_1 = w_1 x + b_1), a linear output (y_hat = w_2 a_1 + b_2), L = 1/2 (y_hat - y)^2; x =
    # 1.0, w_1 = 0.5, b_1 = 0.0, w_2 = 1.0, b_2 = 0.0, y = 1.0 (its numbers; no update is worked, the rate 0.1)
    "b143_ts": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.0]',
                            'units = 1\nactivation = "identity"\nweights = [[1.0]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0]", "[1.0]", 0.1)),
    # QuantLet's gradient_computation_example.py (stored file 6225313173): 2 inputs, 1 hidden neuron, 1 output, no
    # biases (z_h = w_1 x_1 + w_2 x_2, z_o = w_3 h), sigmoid units, L = 1/2 (y - y_hat)^2; x_1 = 0.5, x_2 = 0.3, w_1 =
    # 0.4, w_2 = 0.6, w_3 = 0.8, y = 1, eta = 0.1 (its numbers)
    "b143_ql": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.4, 0.6]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.3]", "[1.0]", 0.1)),
    # the React lesson page on forward and backward passes (stored file 56915673785): y = sigma(W_2 sigma(W_1 x)), no
    # biases, sigma the ReLU ("If sigma is the ReLU activation function"), L = 1/2 (y - y_hat)^2 with y the network's
    # output and y_hat the target, as the page names them; 2-3-1 here
    "b143_rx": _layers('inputs = 2\nunits = 3\nactivation = "relu"\nbias = "none"',
                       'units = 1\nactivation = "relu"\nbias = "none"', loss="half_squared_error"),
    # the Markdown derivation of an L-layer network (stored file 36899120785): Ng's layers, the samples columns,
    # W^{[l]} (n^{[l]} x n^{[l-1]}) output-first with biases b^{[l]}, g^{[l]} each layer's activation, the special
    # case of a sigmoid output with the binary cross-entropy J, m the number of samples (one here); L = 2 here, a
    # ReLU hidden layer (one of the activations the page lists), 2-3-1
    "b143_ll": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the R classification example (stored file 13893287923): the samples rows (X %*% W1), W1 (2 x hidden_units) and
    # W2 (hidden_units x 1) input-first with biases b1, b2, sigmoid layers, compute_loss the mean squared error
    # sum((Y - A2)^2) / length(Y) (one sample and one output here: the squared error), learning_rate 0.1; 2-10-1
    # there, 2-3-1 here
    "b143_rc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the R wine-quality script commented in Portuguese (stored file 11275326106): the samples columns (train_x
    # transposed), W1 (n_h x n_x) and W2 (n_y x n_h) output-first, no biases, sigmoid layers, computeCost
    # sum((y - A2)^2)/m ("Função de erro quadratico médio": one sample and one output here, the squared error),
    # LEARNING_RATE 0.01; 11-40-1 there, 3-4-1 here
    "b143_pt": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error",
                            extra=_rate(0.01)),
    # the TwoLayerNeuralNet class (stored file 11109153640): the samples rows, W1 (inputs x hidden) and W2 (hidden x
    # outputs) input-first with biases b1, b2 (rows), ReLU hidden units, softmax outputs, the cross-entropy
    # (-log probs[y]); learning_rate 0.001 by default; 2-3-2 here
    "b143_tl": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.001)),
}

NOTATIONS = {
    # the iris class: X the inputs (a row), y the targets, o the outputs, self.z2 the hidden OUTPUTS (the sigmoid
    # of self.z), self.W1 and self.W2 input-first; o_error = y - o, o_delta and z2_delta the code's deltas (-dE/dz:
    # the updates add them), z2_error = -dE/d(hidden output); self.sigmoidPrime(s) = s (1 - s), the slope written
    # of the output
    "b143_ir": r'''
[notation]
functions = { "self.sigmoidPrime" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"o" = "a2[:].T"
"self.z2" = "a1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.o_error" = "y[:].T - a2[:].T"
"self.o_delta" = "-grad(z2[:]).T"
"self.z2_error" = "-grad(a1[:]).T"
"self.z2_delta" = "-grad(z1[:]).T"
''',
    # the French XOR script: X the input (a column), Y the target, W1, b1, W2, b2, Z1, A1, Z2, A2 Ng's (output-first,
    # columns), dZ2 ... db1 the cost's gradients (d for derivative, as Ng's course writes them), m the number of
    # samples (one here); params["W1"] the weights, grads["dW1"] their gradient
    "b143_fr": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
"params[\"W1\"]" = "W1[:, :]"
"grads[\"dW1\"]" = "grad(W1[:, :])"
''',
    # the Chinese moons script: X the input (a row), a1 the hidden outputs, W1, W2 input-first, delta3 the output
    # sums' gradient (probs with 1 taken from the label's entry: probs - onehot), delta2 the hidden sums', dW2 ...
    # db1 the gradients (rows, as the code's arrays are)
    "b143_zh": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"a1" = "a1[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"delta3" = "grad(z2[:]).T"
"delta2" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the course lesson's worked example: x the input, w_1, b_1 the hidden unit's weight and bias, z_1 its sum, a_1
    # its output, w_2, b_2 the output's weight and bias, y_hat the output, y the target, delta_{y_hat} = dL/dy_hat
    # (the page's definition), delta_1 = dL/dz_1 (the page's)
    "b143_ts": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta_{\\hat{y}}" = "grad(a2[0])"
"\\delta_{1}" = "grad(z1[0])"
''',
    # QuantLet's figure: x_1, x_2 the inputs, w_1, w_2 their weights into the hidden neuron h (z_h its sum), w_3 the
    # weight from h to the output (z_o its sum, y_hat its output), y the target, delta_o = dL/dz_o and delta_h =
    # dL/dz_h (delta_o = (y_hat - y) sigma'(z_o), as the figure writes it)
    "b143_ql": r'''
[notation]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W2[0, 0]"
"z_{h}" = "z1[0]"
"h" = "a1[0]"
"z_{o}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta_{o}" = "delta2[0]"
"\\delta_{h}" = "delta1[0]"
''',
    # the React lesson page: layers counted from the input's 0 (h^{(l-1)} the output of the previous layer, h^{(0)} =
    # x), W^{(l)} the weights into layer l (W_1, W_2 the example's), z^{(l)} the sums, delta^{(l)} = dL/dz^{(l)} (the
    # page's definition), sigma the ReLU (the example's "If sigma is the ReLU activation function"), y the network's
    # OUTPUT and y_hat the target, as its L = 1/2 (y - y_hat)^2 with y = sigma(W_2 sigma(W_1 x)) names them
    "b143_rx": r'''
[notation]
indices = "l"
functions = { "\\sigma" = "relu" }
[notation.symbols]
"W^{(l)}" = "W{l}[:, :]"
"\\delta^{(l)}" = "delta{l}[:]"
"z^{(l)}" = "z{l}[:]"
"h^{(0)}" = "x[:]"
"h^{(l)}" = "a{l}[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"x" = "x[:]"
"y" = "a2[0]"
"\\hat{y}" = "y[0]"
''',
    # the L-layer derivation: Ng's names with the layer in square brackets, A^{[0]} = X the input, Y the target,
    # A^{[l]}, Z^{[l]}, W^{[l]}, b^{[l]} layer l's (output-first, columns), dZ^{[l]}, dW^{[l]}, db^{[l]}, dA^{[l]} the
    # cost's gradients (the page's dZ^{[L]} = dJ/dZ^{[L]}), g^{[l]} layer l's activation, m the number of samples (one
    # here), J the cost, alpha the learning rate
    "b143_ll": r'''
[notation]
indices = "l"
loss = ["J"]
functions = { "g^{[1]}" = "relu", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A^{[0]}" = "x[:]"
"A^{[l]}" = "a{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"m" = "1"
''',
    # the R classification example: X the input (a row), Y the target, Z1, A1, Z2, A2 the layers' rows, W1, W2
    # input-first, dZ2 ... db1 the loss's gradients (the code's "Gradient for W2", Ng's d names: dZ2 = dL/dZ2), m the
    # number of samples (one here); sigmoid_derivative(z) = sigmoid(z) (1 - sigmoid(z)), of the sum
    "b143_rc": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"m" = "1"
''',
    # the Portuguese R script: X the input (a column), y the target, Z1, A1, Z2, A2 the layers' (columns), W1, W2
    # output-first, cost the squared error's mean over the m samples (one here), dZ2 ... dW1 the cost's gradients
    # (Ng's d names, as the template the script follows writes them)
    "b143_pt": r'''
[notation]
learning_rate = ["learning_rate"]
loss = ["cost"]
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"m" = "1"
''',
    # the TwoLayerNeuralNet class: X the input (a row), a1 the hidden outputs, delta3 the output sums' gradient
    # (probs less 1 at the label), delta2 the hidden sums' (once the ReLU's mask is applied), dW2 ... db1 the
    # gradients (rows), self.model['b1'] the hidden biases
    "b143_tl": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"a1" = "a1[:].T"
"delta3" = "grad(z2[:]).T"
"delta2" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"self.model['b1']" = "b1[:].T"
''',
}
