"""The networks and notations of batch 192 of the held-out public formulas (tests/public_formulas_batch192.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, and the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents). Keys start with b192_ so that no earlier batch's network or
notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the ReLU-sigmoid script (stored file 43481162884): the samples rows (Z1 = X@W1 + b1), W1 (6 x 8) and W2 (8 x 1)
    # input-first with biases b1, b2 (rows), ReLU hidden units, a sigmoid output, compute_loss the binary
    # cross-entropy's mean (one sample and one output here: the binary cross-entropy); no rate in the file (the
    # default); 6-8-1 there, 3-4-1 here
    "b192_an": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the deep-learning course's regularization assignment (stored file 31490626858): Ng's three layers, the samples
    # columns, W1, W2, W3 output-first with biases, ReLU hidden layers, a sigmoid output (dZ3 = A3 - Y: the binary
    # cross-entropy), L2 regularization with lambd (0.7 in its run; the problem file has none, so lambd = 0 in the
    # notation, as batch 122's lambda), m the number of samples (one here); 2-3-2-1 here
    "b192_l2": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                       'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the cat-picture logistic regression commented in Chinese (stored file 9077403571): one sigmoid unit (Z =
    # np.dot(w.T, X) + b, w a column of 12288 weights, X the samples columns), the binary cross-entropy's mean
    # (cost), learning_rate 0.005 in its main call; 12288 inputs there, 3 here
    "b192_zh": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                            extra="\n[update]\nlearning_rate = 0.005\n"),
    # the tanh regression script (stored file 11207645511): Ng's layers on columns, W1 (60 x 100), W2 (30 x 60), W3
    # (1 x 30) output-first with biases, two tanh hidden layers, a linear output (Z3 itself is the prediction),
    # compute_cost the root of the mean squared error (not among the product's losses: the network takes half the
    # squared error, the loss whose gradient the backward pass's dZ3 = Z3 - Y is, m one sample), learning_rate
    # 0.000001; 100-60-30-1 there, 3-3-2-1 here
    "b192_th": problem_text('inputs = 3\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "tanh"',
                            'units = 1\nactivation = "identity"', loss="half_squared_error",
                            extra="\n[update]\nlearning_rate = 1e-06\n"),
    # the planar-data assignment commented in Chinese (stored file 17090437731): Ng's layers on columns, W1 (n_h x
    # n_x), W2 (n_y x n_h) output-first with biases, tanh hidden units, a sigmoid output, the binary cross-entropy
    # (dZ2 = A2 - Y), m the number of samples (one here), learning_rate 1.2 by default; 2-4-1
    "b192_pl": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra="\n[update]\nlearning_rate = 1.2\n"),
}

NOTATIONS = {
    # the ReLU-sigmoid script: X the input (a row), y_true the target, Z1, A1, Z2, A2 the sums and outputs (rows),
    # W1, W2 input-first, b1, b2 rows; dZ2 ... db1 the loss's gradients (d for derivative, transposed as the code's
    # arrays are), dA1 the hidden outputs'; m the number of samples (one here); derivative_relu(x) the ReLU's slope
    # at the sum it is given
    "b192_an": r'''
[notation]
functions = { "derivative_relu" = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y_true" = "y[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
    # the regularization assignment: Ng's names (columns, output-first), X the input, Y the target, dZ3 ... dW1 the
    # cost's gradients, dA2, dA1 the hidden outputs', m the number of samples (one), lambd the L2 weight (0: the
    # problem file has no regularization)
    "b192_l2": r'''
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
"W3" = "W3[:, :]"
"b3" = "b3[:]"
"Z3" = "z3[:]"
"A3" = "a3[:]"
"dZ3" = "grad(z3[:])"
"dW3" = "grad(W3[:, :])"
"db3" = "grad(b3[:])"
"dA2" = "grad(a2[:])"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
"lambd" = "0"
''',
    # the logistic regression: X the input (a column), Y the target, w the weights (a column: W1 transposed), b the
    # bias (a number), Z, A the sum and output, dZ, dw, db the cost's gradients (dw a column), m the number of
    # samples (one), learning_rate the rate
    "b192_zh": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"w" = "W1[:, :].T"
"b" = "b1[0]"
"Z" = "z1[:]"
"A" = "a1[:]"
"dZ" = "grad(z1[:])"
"dw" = "grad(W1[:, :]).T"
"db" = "grad(b1[0])"
"m" = "1"
"learning_rate" = "eta"
''',
    # the tanh regression script: Ng's names (columns, output-first), X the input, Y the target, Z3 the output (the
    # identity's), dZ3 ... db1 the cost's gradients, m the number of samples (one), learning_rate the rate
    "b192_th": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"A2" = "a2[:]"
"W3" = "W3[:, :]"
"b3" = "b3[:]"
"Z3" = "z3[:]"
"dZ3" = "grad(z3[:])"
"dW3" = "grad(W3[:, :])"
"db3" = "grad(b3[:])"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
"learning_rate" = "eta"
''',
    # the planar-data assignment: Ng's names (columns, output-first), X the input, Y the target, dZ2 ... db1 the
    # cost's gradients, m the number of samples (one), learning_rate the rate
    "b192_pl": r'''
[notation]
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
"learning_rate" = "eta"
''',
}
