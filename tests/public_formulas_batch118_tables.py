"""The networks and notations of batch 118 of the held-out public formulas (tests/public_formulas_batch118.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b118_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # saransh-mehta's EcommercePredictionNeuralNetwork (derivatives.py): the samples are rows (X is N x D, Z the
    # hidden outputs N x M, T the one-hot targets and Y the outputs N x K), sigmoid hidden units (Z * (1 - Z)),
    # softmax outputs, the cost the log-likelihood sum T log Y (the derivatives are its gradients, which the
    # training ascends: the cross-entropy's negated); biases b1, b2; 3-4-3 here
    "b118_sm": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # elisayhi's NCTU-DL LAB1 backpropagation.py: NN(neuron_num=[2, 4, 5, 1]), sigmoid layers with biases, the
    # samples columns (nn.forward(x.T)), self.net the sums and self.out the outputs (the input at [0]), error =
    # y - output and delta = error * sigmoid'(net): half the squared error's -dE/dz (the weights add
    # learning_rate * delta_W); learning rate 0.01 (train(X, Y, batch_size, 0.01))
    "b118_nc": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 5\nactivation = "sigmoid"',
                            'units = 1\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(0.01)),
    # the MNIST script (stored file 21777963802): the samples columns, W1 (10 x 784) and W2 (10 x 10)
    # output-first with biases, activation_function the ReLU (np.maximum(Z, 0)) and its derivative Z > 0, softmax
    # outputs, the one-hot Y, dZ2 = A2 - Y (the cross-entropy's); m the number of samples (one here); 784-10-10
    # there, 3-4-3 here; learning rate 0.1 (gradient_descent(X_train_set, Y_train_set, 1000, 0.1))
    "b118_mn": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the Ukrainian diabetes script (stored file 28860453727): the samples rows, W1 (8 x 768) and W2 (768 x 1)
    # input-first with biases b1, b2, sigmoid hidden and output layers, the binary cross-entropy (compute_loss);
    # sigmoid_derivative(x) = x (1 - x), the slope written of the output; 8-768-1 there, 3-4-1 here; learning_rate
    # 0.01 (backward_pass's default)
    "b118_uk": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.01)),
    # the Chinese hand-crafted backprop (stored file 23807173970): input [0.5, 0.1], target [0.8], w1_val =
    # [[0.1, 0.2], [0.3, 0.4]] and w2_val = [[0.5], [0.6]] input-first (h_raw = x @ W1), sigmoid hidden units, a
    # linear output (y_pred = h @ W2), no biases, Loss = 0.5 (y_pred - y_target)^2 (its numbers; no update)
    "b118_hc": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.3], [0.2, 0.4]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5, 0.6]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.1]", "[0.8]")),
    # the Chinese interview-question bank's Markdown (stored file 8985813049), question 9: X rows, W1 (2 x 2) and
    # W2 (2 x 1) input-first, no biases, sigmoid hidden and output layers, loss = np.mean((y_true - y_pred)**2) (one
    # sample and one output here: the squared error), the steps W -= 0.1 * d_loss_d_W (rate 0.1)
    "b118_zh": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # the Korean simpleNeuralNetwork (stored file 14444289196): "the weights the problem gives" w1 = [[0.1, 0.4,
    # 0.5], [0.2, 0.3, 0.6]] output-first (z1 = np.dot(w1, x)), w2 = [0.7, 0.9], x = [0.5, 0.2, 0.8], y = 1,
    # sigmoid layers without biases, mean_squared_error = 0.5 (y - y_pred)^2, learning_rate 0.1 (its numbers; batch
    # normalisation off)
    "b118_kr": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.4, 0.5], [0.2, 0.3, 0.6]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.7, 0.9]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.2, 0.8]", "[1.0]", 0.1)),
    # the tanh script (stored file 45290903518): 2-2-2 with biases, the samples rows, w1 and w2 input-first, tanh
    # layers (its own tanh, the usual function; tanh_derivative(z) = 1 - tanh(z)^2 of the sums), the mean squared
    # error np.mean((y_true - y_pred) ** 2) over the outputs (one sample here: y_true.size = 2), learning_rate
    # 0.01
    "b118_th": problem_text('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 2\nactivation = "tanh"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # cjhjhj's post on CS231n's assignment 1: x (1 x 4) times W^1 (4 x 10) and W^2 (10 x 3), input-first, no bias
    # in its formulas, ReLU hidden units, softmax outputs, the softmax loss (the cross-entropy) over the samples i
    # (one here); 4-10-3 as the post says
    "b118_cj": _layers('inputs = 4\nunits = 10\nactivation = "relu"\nbias = "none"',
                       'units = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # the PyTorch gradient check (stored file 44833402288): one sample x (1 x 5), W1 (5 x 3) and W2 (3 x 1)
    # input-first, biases b1 (1 x 3) and b2 (1 x 1), ReLU hidden units (z1 * (z1 > 0)), a sigmoid output, the binary
    # cross-entropy; 5-3-1 as the file
    "b118_pt": _layers('inputs = 5\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
}

NOTATIONS = {
    # derivatives.py: X the samples (rows), Z the hidden outputs, T the one-hot targets, Y the outputs, W2 (M x K)
    # input-first; the functions return the log-likelihood's gradients (the cross-entropy's negated): ret4 that of
    # W2, dZ that of the hidden sums (a row), ret2 that of W1; tot the entries T log Y of the cost
    "b118_sm": r'''
[notation]
indices = "q"
[notation.symbols]
"X" = "x[:].T"
"Z" = "a1[:].T"
"T" = "t[:].T"
"Y" = "a2[:].T"
"W2" = "W2[:, :].T"
"dZ" = "-grad(z1[:]).T"
"ret4" = "-grad(W2[:, :]).T"
"ret2" = "-grad(W1[:, :]).T"
"tot" = "t[:].T*log(a2[:].T)"
''',
    # backpropagation.py's output layer: y the targets (a column per sample), self.out[-1] the output and
    # self.net[-1] its sum, self.error = y - output, delta the output's -dE/dz (the code adds its steps);
    # derivative_sigmoid(x) = sigmoid(x) (1 - sigmoid(x)), the slope written of the sum
    "b118_nc": r'''
[notation]
indices = "q"
functions = { derivative_sigmoid = "sigmoid' at input" }
[notation.symbols]
"y" = "y[:]"
"self.out[-1]" = "a3[:]"
"self.net[-1]" = "z3[:]"
"self.error" = "y[:] - a3[:]"
"delta" = "-delta3[:]"
''',
    # the MNIST script (Ng's names): X and Y the sample's column and its one-hot target, W1, b1, Z1, A1, W2, b2,
    # Z2, A2 the layers' matrices and columns, dZ2 ... db1 the gradients, m the number of samples (one),
    # learning_rate the rate, activation_function the ReLU and deriv_activation_function its slope (Z > 0) at the
    # sum
    "b118_mn": r'''
[notation]
indices = "q"
learning_rate = ["learning_rate"]
functions = { activation_function = "relu", deriv_activation_function = "relu' at input" }
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
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
''',
    # the diabetes script: X and Y the samples (rows) and labels, W1, W2 input-first, b1, b2 rows, Z1, A1, Z2,
    # A2 the layers' rows, predictions the output (compute_loss's argument), loss the loss, dZ2 ... db1 the gradients (dA1 that of
    # the hidden outputs), m = X.shape[0] the number of samples (one), learning_rate the rate; sigmoid_derivative(x)
    # = x (1 - x), the slope written of the output
    "b118_uk": r'''
[notation]
indices = "q"
learning_rate = ["learning_rate"]
loss = ["loss"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"predictions" = "a2[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
    # the hand-crafted backprop: x_data the input (1-D), y_target the target, w1_val and w2_val input-first, h_raw
    # the hidden sums, h the hidden outputs, y_pred the output, Loss (and loss) the loss; each d_loss_d_A (and the
    # comments' d(Loss)/d(A)) the derivative of the loss by A, shaped as the code shapes it: d_loss_d_h and
    # d_loss_d_hraw rows ([1, 2]), d_loss_d_w2 a column (h.reshape(-1, 1)), d_loss_d_w1 input-first
    "b118_hc": r'''
[notation]
indices = "q"
loss = ["Loss", "loss"]
[notation.symbols]
"x_data" = "x[:]"
"y_target" = "y[:]"
"w1_val" = "W1[:, :].T"
"w2_val" = "W2[:, :].T"
"h_raw" = "z1[:]"
"h" = "a1[:]"
"y_pred" = "a2[:]"
"d_loss_d_ypred" = "grad(a2[:])"
"d_loss_d_w2" = "grad(W2[:, :]).T"
"d_loss_d_h" = "grad(a1[:]).T"
"d_loss_d_hraw" = "grad(z1[:]).T"
"d_loss_d_w1" = "grad(W1[:, :]).T"
''',
    # question 9's code: x the sample (a row), y its target, W1 and W2 input-first, z1, a1, z2, a2 the layers'
    # rows, d_loss_d_a2 and d_loss_d_W2 the loss's derivatives by a2 and W2 (as W2 is shaped)
    "b118_zh": r'''
[notation]
indices = "q"
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"d_loss_d_a2" = "grad(a2[:]).T"
"d_loss_d_W2" = "grad(W2[:, :]).T"
''',
    # the Korean network: x the input, y the target, self.w1 (hidden x input, output-first) and self.w2 (a 1-D
    # array), self.z1, self.h, self.z2, self.y_pred the sums and outputs, self.lr the rate; each d_A_d_B the
    # derivative of A by B (d_z2_d_w2 = h, d_z2_d_h = w2, d_z1_d_w1 = x, the sigmoid's slopes as the code takes them);
    # sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope written of the sum
    "b118_kr": r'''
[notation]
indices = "q"
learning_rate = ["self.lr"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"self.w1" = "W1[:, :]"
"self.w2" = "W2[0, :]"
"self.z1" = "z1[:]"
"self.h" = "a1[:]"
"self.z2" = "z2[0]"
"self.y_pred" = "a2[0]"
"d_loss_d_y_pred" = "grad(a2[0])"
"d_y_pred_d_z2" = "a2[0]*(1 - a2[0])"
"d_z2_d_w2" = "a1[:]"
"d_loss_d_w2" = "grad(W2[0, :])"
"d_z2_d_h" = "W2[0, :]"
"d_h_d_z1" = "a1[:]*(1 - a1[:])"
"d_z1_d_w1" = "x[:]"
"d_loss_d_w1" = "grad(W1[:, :])"
''',
    # the tanh script: x the samples (rows), y_true the targets, w1, w2 input-first, b1, b2 rows, z1 (Z1), F1
    # (hidden_output), z2 (Z2), F2 (y_pred) the layers' rows, y_true.size the number of targets (two outputs, one
    # sample), each d_loss_d_A the loss's derivative by A (as A is shaped), learning_rate the rate;
    # tanh_derivative(z) = 1 - tanh(z)^2, the slope written of the sum
    "b118_th": r'''
[notation]
indices = "q"
learning_rate = ["learning_rate"]
functions = { tanh_derivative = "tanh' at input" }
[notation.symbols]
"x" = "x[:].T"
"y_true" = "y[:].T"
"w1" = "W1[:, :].T"
"b1" = "b1[:].T"
"w2" = "W2[:, :].T"
"b2" = "b2[:].T"
"z1" = "z1[:].T"
"Z1" = "z1[:].T"
"F1" = "a1[:].T"
"hidden_output" = "a1[:].T"
"z2" = "z2[:].T"
"Z2" = "z2[:].T"
"F2" = "a2[:].T"
"y_pred" = "a2[:].T"
"y_true.size" = "2"
"d_loss_d_y_pred" = "grad(a2[:]).T"
"d_loss_d_Z2" = "grad(z2[:]).T"
"d_loss_d_w2" = "grad(W2[:, :]).T"
"d_loss_d_b2" = "grad(b2[:]).T"
"d_loss_d_A1" = "grad(a1[:]).T"
"d_loss_d_Z1" = "grad(z1[:]).T"
"d_loss_d_w1" = "grad(W1[:, :]).T"
"d_loss_d_b1" = "grad(b1[:]).T"
''',
    # cjhjhj's post: x_i the inputs, h_{in_j} and h_{out_j} the hidden sums and outputs, o_{in_j} and o_{out_j}
    # the output sums and softmax outputs, counted from 1; w^1_{ij} and w^2_{ij} input-first (i the unit before, j the
    # unit after), counted from 1; L the loss, L_i sample i's (one sample here)
    "b118_cj": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"h_{in_{j}}" = "z1[j-1]"
"h_{out_{j}}" = "a1[j-1]"
"o_{in_{j}}" = "z2[j-1]"
"o_{out_{j}}" = "a2[j-1]"
"w^{1}_{ij}" = "W1[j-1, i-1]"
"w^{2}_{ij}" = "W2[j-1, i-1]"
"L_{i}" = "L"
''',
    # the PyTorch gradient check's NumPy part: x the sample (a row), y its label, W1, W2 input-first, b1, b2 rows,
    # z1, a1, z2, a2 the layers' rows, loss the loss; da2 ... dW1 its derivatives (as the arrays are shaped), which
    # the file checks against PyTorch's .grad
    "b118_pt": r'''
[notation]
indices = "q"
loss = ["loss"]
[notation.symbols]
"x" = "x[:].T"
"y" = "y[0]"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"da2" = "grad(a2[:]).T"
"dz2" = "grad(z2[:]).T"
"db2" = "grad(b2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"db1" = "grad(b1[:]).T"
"dW1" = "grad(W1[:, :]).T"
''',
}
