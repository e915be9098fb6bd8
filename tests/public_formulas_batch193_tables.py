"""The networks and notations of batch 193 of the held-out public formulas (tests/public_formulas_batch193.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, and the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents). Keys start with b193_ so that no earlier batch's network or
notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the planar-data script commented in Chinese (stored file 17199946270): Ng's layers, the samples columns, W1
    # (n_h x n_x) and W2 (n_y x n_h) output-first with biases b1, b2, tanh hidden units, a sigmoid output, the binary
    # cross-entropy (compute_cost's 交叉熵损失函数), m the number of samples (one here); n_h = 4, learning_rate=0.001
    # as nn_model passes it; 2-4-1
    "b193_zt": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.001)),
    # the snake game's NeuroNetwork class (stored file 53788218625): one sample as a vector (np.dot(x, self.w1)),
    # w1 (input_size x hidden_size) and w2 (hidden_size x output_size) input-first with biases b1, b2, ReLU hidden
    # units, a linear output (forward returns self.z2), loss = np.mean((output - target) **2) over the outputs (the
    # mean squared error), learning_rate 0.001; 11-256-3 there, 3-4-3 here
    "b193_sn": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "identity"',
                            loss="mean_squared_error", extra=_rate(0.001)),
    # the XOR MLP with momentum, commented in French (stored file 68319891460): the samples rows (X @ self.W1), W1
    # (input_dim x hidden_dim) and W2 (hidden_dim x output_dim) input-first with biases (rows), ReLU hidden units, a
    # sigmoid output, the binary cross-entropy's mean over the m samples (one here); lr = 0.1 (momentum 0.9); 2-4-1
    "b193_xm": problem_text('inputs = 2\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.1)),
    # the Chinese interview notes' "MLP回归网络的前向和后向传播" (stored file 41951571445): Z_1 = X W_1 + b_1 on rows,
    # W_1 (d x h) and W_2 (h x 1) input-first with biases, ReLU hidden units, Y_hat = Z_2 (a linear output), the mean
    # squared error over the n (code: m) samples (one here: the squared error); the code's rate 0.01; input_dim=3,
    # hidden_dim=4: 3-4-1
    "b193_mr": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # the Polish capsule script's CapsuleSleep class (stored file 55723616613): the samples rows (X @ self.W1), W1
    # (n_in x n_hidden) and W2 (n_hidden x n_out) input-first with biases (rows), tanh hidden units, a sigmoid output,
    # d_z2 = (a2 - y) a2 (1 - a2): half the squared error (no loss written), the m samples averaged (one here);
    # lr=0.5; 2-8-1 there, 2-3-1 here
    "b193_cs": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the Russian image-compactness script's SimpleNeuralNet (stored file 28406133648): the samples rows (np.dot(X,
    # self.W1)), W1 (input_size x hidden_size) and W2 (hidden_size x 1) input-first with biases (rows), SIGMOID
    # hidden units (self.A1 = self.sigmoid(self.Z1)), a TANH output (self.output = np.tanh(self.Z2)), compute_loss the
    # mean squared error (one sample and one output here: the squared error); learning_rate=0.01; 1024-64-1 there,
    # 3-4-1 here
    "b193_ru": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "tanh"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # the Polish regression script's NeuralNetwork class (stored file 10919292771, data files Dane/dane*.txt): the
    # samples rows, W1 (input_size x hidden_size) and W2 (hidden_size x output_size) input-first with biases (rows),
    # tanh hidden units, a linear output, output_error = output - y: half the squared error's gradient (the script
    # reports the MSE); learning_rate = 0.01; 1-10-1 there, 1-3-1 here
    "b193_pl": problem_text('inputs = 1\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate(0.01)),
}

NOTATIONS = {
    # the planar-data script: X the input (a column), Y the target, W1, b1, W2, b2, A1, A2 Ng's (output-first,
    # columns), dZ2 ... db1 the cost's gradients (Ng's d names), m the number of samples (one here), learning_rate
    # the rate
    "b193_zt": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"A2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
''',
    # the snake network: x the input (a vector, as a row), target the target, output the output (self.z2: the output
    # is linear), self.a1 the hidden outputs, self.z1 the hidden sums, self.w1, self.w2 input-first, self.b2 the
    # output biases; d_output the loss's gradient by the output (its sum: the output is linear), d_w2, d_b2, d_w1
    # the gradients (rows), d_hidden the hidden sums' gradient (its meaning once d_hidden *= relu_derivative(...)
    # has run, the meaning d_w1 uses); len(target) the number of outputs (the mean's divisor); relu_derivative(x) =
    # (x > 0), of the sums
    "b193_sn": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.relu_derivative" = "relu' at input" }
[notation.symbols]
"x" = "x[:].T"
"target" = "y[:].T"
"output" = "a2[:].T"
"self.a1" = "a1[:].T"
"self.z1" = "z1[:].T"
"self.w1" = "W1[:, :].T"
"self.w2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"d_output" = "grad(z2[:]).T"
"d_w2" = "grad(W2[:, :]).T"
"d_b2" = "grad(b2[:]).T"
"d_hidden" = "grad(z1[:]).T"
"d_w1" = "grad(W1[:, :]).T"
"len(target)" = "3"
''',
    # the XOR MLP: X the input (a row), y the target, y_pred the output (self.a2), self.a1 and self.z1 the hidden
    # outputs and sums, self.W2 input-first, dz2, da1, dz1 the loss's gradients by the output sum, the hidden outputs
    # and sums, self.dW2, self.dW1 the weights' (rows), m the number of samples (one); relu_derivative(z) = (z > 0),
    # of the sums
    "b193_xm": r'''
[notation]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"y_pred" = "a2[:].T"
"self.a1" = "a1[:].T"
"self.z1" = "z1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"dz2" = "grad(z2[:]).T"
"self.dW2" = "grad(W2[:, :]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"self.dW1" = "grad(W1[:, :]).T"
"m" = "1"
''',
    # the MLP regression notes, its LaTeX and its code: X the input (a row), Y the target, Y_hat (\hat{Y},
    # self.Y_hat) the output, A_1 (self.A1) the hidden outputs, Z_1 (self.Z1) the hidden sums, W_1, W_2 (self.W1,
    # self.W2) input-first, b_1 (self.b1) the hidden biases, \mathcal{L} the loss, n (m) the number of samples (one
    # here); dZ2 ... db1 the code's gradients (rows, Ng's d names), \text{ReLU} the ReLU, relu_derivative(x) = (x >
    # 0) of the sums
    "b193_mr": r'''
[notation]
loss = ["\\mathcal{L}"]
functions = { "\\text{ReLU}" = "relu", "self.relu_derivative" = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"\\hat{Y}" = "a2[:].T"
"self.Y_hat" = "a2[:].T"
"A_{1}" = "a1[:].T"
"self.A1" = "a1[:].T"
"Z_{1}" = "z1[:].T"
"self.Z1" = "z1[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"b_{1}" = "b1[:].T"
"self.b1" = "b1[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"n" = "1"
"m" = "1"
''',
    # the capsule class: X the input (a row), y the target, self.a2 the output, self.a1 the hidden outputs, self.W2
    # input-first, d_z2, d_a1, d_z1 the loss's gradients by the output sum, the hidden outputs and sums, dW2 ... db1
    # the parameters' (rows), m the number of samples (one), lr the rate, self.b1 the hidden biases
    "b193_cs": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.a2" = "a2[:].T"
"self.a1" = "a1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"d_z2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"d_a1" = "grad(a1[:]).T"
"d_z1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
    # the Russian script: X the input (a row), y_true the target, y_pred the output, self.A1 the hidden outputs,
    # self.W1, self.W2 input-first, self.b2 the output bias, dZ2 ... dW1 the loss's gradients (Ng's d names: dZ2 the
    # output sum's, dA1 the hidden outputs'), y_true.shape[0] the number of samples (one); tanh_derivative(x) = 1 -
    # x ** 2, of what it is given (the slope written of tanh's output); learning_rate the rate
    "b193_ru": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.tanh_derivative" = "tanh' at output" }
[notation.symbols]
"X" = "x[:].T"
"y_true" = "y[:].T"
"y_pred" = "a2[:].T"
"self.A1" = "a1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b2" = "b2[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"y_true.shape[0]" = "1"
''',
    # the Polish class: X the input (a row), y the target, output the output (self.a2, linear), self.a1 the hidden
    # outputs, self.W1, self.W2 input-first, self.b1, self.b2 the biases; output_error the gradient by the output,
    # output_delta the output sum's, z1_error the hidden outputs', z1_delta the hidden sums' (the class's names);
    # tanh_derivative(z) = 1 - tanh(z) ** 2, of what it is given (declared of the sum)
    "b193_pl": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.tanh_derivative" = "tanh' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:].T"
"self.a1" = "a1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"self.output_error" = "grad(a2[:]).T"
"self.output_delta" = "grad(z2[:]).T"
"self.z1_error" = "grad(a1[:]).T"
"self.z1_delta" = "grad(z1[:]).T"
''',
}
