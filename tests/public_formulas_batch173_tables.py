"""The networks and notations of batch 173 of the held-out public formulas (tests/public_formulas_batch173.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b173_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Spanish XOR script (stored file 23435721164): the samples rows (X is 4 x 2), W1 (input_layer_size x
    # hidden_layer_size) and W2 (hidden_layer_size x output_layer_size) input-first with biases b1, b2 (rows), sigmoid
    # hidden units, softmax outputs, the cross-entropy (-log y_hat[label], summed over the samples: one here);
    # input_layer_size 2, hidden_layer_size 4, output_layer_size 2, learning_rate 0.1 (its numbers)
    "b173_es": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the XOR NeuralNetwork class (stored file 38827779827): the samples rows, w1 (input_dim x h) and w2 (h x out)
    # input-first, no biases, sigmoid layers; it names no loss, its delta3 = 2 * (Y - yout) * sigmoid'(zout) is
    # -dE/dzout for the squared error (Y - yout)^2 (the updates add it); initialize_parameters(X, 2, 1): 2-2-1,
    # learning_rate 0.3 (its numbers)
    "b173_cu": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error",
                            extra=_rate(0.3)),
    # the Chinese function-fitting script (stored file 40238436748): the samples rows (x_train is 100 x 1), W1 (1 x
    # hidden_size) and W2 (hidden_size x 1) input-first with biases b1, b2, a ReLU hidden layer (a1 its SUMS, h its
    # outputs), a linear output, mse_loss the mean of (y_pred - y_true)^2 (one sample and one output here: the
    # squared error), learning_rate 0.001; hidden_size 100 there, 1-3-1 here
    "b173_zh": problem_text('inputs = 1\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="mean_squared_error", extra=_rate(0.001)),
    # the CS224d q2_neural.py commented in Chinese (stored file 729274411): the samples rows (X is M x Dx), W1 (Dx x
    # H) and W2 (H x Dy) input-first with biases b1, b2 (rows), sigmoid hidden units, softmax outputs, the
    # cross-entropy averaged over the N samples (one here), labels one-hot; dimensions [10, 5, 10] in its sanity
    # check, 3-2-3 here; no update (the rate 0.1)
    "b173_cs": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the MNIST project's README.txt (stored file 46892666541): Ng's layers, the samples columns, W1 (n1 x n0) and W2
    # (n2 x n1) output-first with biases b1, b2 (columns), tanh hidden units ("in this project I have considered
    # using tanh"), softmax outputs, the cross-entropy averaged over the m observations (one here); 784-?-10 there,
    # 3-2-3 here; alpha not given (the rate 0.1)
    "b173_mn": _layers('inputs = 3\nunits = 2\nactivation = "tanh"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the digit recognizer's README (stored file 5733442268, Samson Zhang's MNIST notebook's equations copied as
    # text): Ng's layers in square brackets without ^, the samples columns, W[1] (10 x 784) and W[2] (10 x 10)
    # output-first with biases b[1], b[2], ReLU hidden units, softmax outputs, the cross-entropy averaged over the m
    # samples (one here); 784-10-10 there, 3-2-3 here; alpha not given (the rate 0.1)
    "b173_sz": _layers('inputs = 3\nunits = 2\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the camera script's train function (stored file 52534794065): the samples rows, W1 (input_dim x hidden_dim)
    # and W2 (hidden_dim x output_dim) input-first with biases b1, b2 (rows), sigmoid layers, the loss
    # np.mean((y_pred - y_train)**2), the mean over the samples and the outputs (one sample here: the mean squared
    # error over the outputs), learning_rate 0.01 (its number); 784-32-10 there, 3-2-3 here (three outputs, so
    # that the mean's 2/n is not 1, as its 2/10 is not)
    "b173_cv": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # the blog post "Simple Neural Network in Python with Math behind it" (stored file 40670927235): PyTorch's
    # nn.Linear(2, 2), ReLU, nn.Linear(2, 1), sigmoid, the binary cross-entropy; its numbers: x = [1, 2], W_1 = [[0.2,
    # 0.4], [0.1, 0.6]], b_1 = [0.3, 0.5], W_2 = [0.7, 0.9], b_2 = 0.2, y = 1; eta not given (the rate 0.1)
    "b173_bl": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.2, 0.4], [0.1, 0.6]]\n'
                            'biases = [0.3, 0.5]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.7, 0.9]]\nbiases = [0.2]',
                            loss="binary_cross_entropy", extra=_data("[1.0, 2.0]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # the Spanish XOR script: X the input (a row), a1 and z1 the hidden outputs and sums (rows), W1, W2 input-first,
    # delta3 the output sums' gradient (y_hat with 1 taken from the label's entry: y_hat - onehot), delta2 the hidden
    # sums', dW2 ... db1 the gradients (rows), b1, b2 the biases (rows)
    "b173_es": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"delta3" = "grad(z2[:]).T"
"delta2" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the XOR class: X the input (a row), Y the target, z1, y1 the hidden sums and outputs, zout, yout the output's,
    # w1, w2 input-first; delta3, delta2 the code's deltas (-dE/dz: the updates add them) and d_weights2,
    # d_weights1 minus the gradients; sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), of the sum
    "b173_cu": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"z1" = "z1[:].T"
"y1" = "a1[:].T"
"zout" = "z2[:].T"
"yout" = "a2[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"delta3" = "-grad(z2[:]).T"
"delta2" = "-grad(z1[:]).T"
"d_weights2" = "-grad(W2[:, :]).T"
"d_weights1" = "-grad(W1[:, :]).T"
''',
    # the Chinese script: x_train the input (a row), y_train the target, a1 the hidden SUMS (forward returns
    # y_pred, h, a1 with a1 = x W1 + b1), h the hidden outputs, y_pred the output, W1, W2 input-first, delta3 the
    # output's gradient (its comment's dL/dy_pred, the output linear: dL/dz2), delta2 the hidden sums', dW2 ... db1
    # the gradients, len(x_train) the number of samples (one here)
    "b173_zh": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x_train" = "x[:].T"
"y_train" = "y[:].T"
"a1" = "z1[:].T"
"h" = "a1[:].T"
"y_pred" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"delta3" = "grad(z2[:]).T"
"delta2" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"len(x_train)" = "1"
''',
    # CS224d's q2_neural: X the input (a row), h = A1 the hidden outputs, y_hat = A2 the outputs, y = labels the
    # one-hot target, N the number of samples (one here), delta3 = dCE/dz2, delta2 = dCE/dh, delta1 = dCE/dz1 (its
    # comments), gradW2 ... gradb1 the gradients (rows); sigmoid_grad(f) = f (1 - f), of the sigmoid's output
    "b173_cs": r'''
[notation]
functions = { sigmoid_grad = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"h" = "a1[:].T"
"y_hat" = "a2[:].T"
"y" = "t[:].T"
"labels" = "t[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"N" = "1"
"delta3" = "grad(z2[:]).T"
"delta2" = "grad(a1[:]).T"
"delta1" = "grad(z1[:]).T"
"gradW2" = "grad(W2[:, :]).T"
"gradb2" = "grad(b2[:]).T"
"gradW1" = "grad(W1[:, :]).T"
"gradb1" = "grad(b1[:]).T"
''',
    # the MNIST README: Ng's names (output-first, columns), X the input, Y the one-hot target, dZ2 ... db1 the
    # cost's gradients, m the number of observations (one here), alpha the rate, der_cost_W2 and der_cost_b1 the
    # gradients the updates name; f1 the hidden activation (tanh, as the page chose: "f1 prime" its derivative,
    # words a notation's functions cannot name, taken of the sums Z1)
    "b173_mn": r'''
[notation]
learning_rate = ["alpha"]
functions = { f1 = "tanh" }
[notation.symbols]
"X" = "x[:]"
"Y" = "t[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"der_cost_W2" = "grad(W2[:, :])"
"der_cost_b1" = "grad(b1[:])"
"m" = "1"
''',
    # the digit recognizer's README: Ng's names with the layer in square brackets and no ^ (W[2], A[1], dZ[2]),
    # output-first, columns; X = A[0] the input, Y the one-hot target, dZ[l], dW[l], db[l] the cost's gradients, m
    # the number of samples (one here), the Greek alpha the rate, g the layers' activation (gReLU: the ReLU, g[1]'
    # its derivative; "g[1]′" is not a name a notation's functions take, g is, as check's message after the first
    # blind run said)
    "b173_sz": r'''
[notation]
learning_rate = ["α"]
functions = { g = "relu" }
[notation.symbols]
"X" = "x[:]"
"A[0]" = "x[:]"
"Y" = "t[:]"
"W[1]" = "W1[:, :]"
"b[1]" = "b1[:]"
"Z[1]" = "z1[:]"
"z[1]" = "z1[:]"
"A[1]" = "a1[:]"
"W[2]" = "W2[:, :]"
"b[2]" = "b2[:]"
"Z[2]" = "z2[:]"
"A[2]" = "a2[:]"
"dZ[2]" = "grad(z2[:])"
"dW[2]" = "grad(W2[:, :])"
"db[2]" = "grad(b2[:])"
"dZ[1]" = "grad(z1[:])"
"dW[1]" = "grad(W1[:, :])"
"db[1]" = "grad(b1[:])"
"m" = "1"
''',
    # the camera script's train: X_train the input (a row), y_train the target, z1, a1, z2 the layers' (rows),
    # y_pred the output, W1, W2 input-first, delta3 the output sums' gradient and delta2 the hidden sums' (as the
    # WildML names they follow are), dW2 ... db1 the gradients (rows), b1 the hidden biases;
    # sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), of the sum
    "b173_cv": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X_train" = "x[:].T"
"y_train" = "y[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"y_pred" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"delta3" = "grad(z2[:]).T"
"delta2" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the blog post: x the input (a column), W_1, b_1 the hidden layer's weights and biases, z_1 its sums, a_1 its
    # outputs (the ReLU's), W_2 (a row) and b_2 the output's, z_2 its sum, y_hat the output, y the label, L the
    # binary cross-entropy, eta the rate
    "b173_bl": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"W_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"W_{2}" = "W2[:, :]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
}
