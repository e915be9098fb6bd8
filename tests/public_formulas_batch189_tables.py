"""The networks and notations of batch 189 of the held-out public formulas (tests/public_formulas_batch189.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b189_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Spanish PCA-digits script (stored file 14248314637): X the samples' rows (Z1 = np.dot(W1, X.T) + b1), W1
    # and W2 output-first with biases b1, b2 (columns), ReLU hidden units, softmax outputs, categorical_crossentropy
    # (-sum(y_true log y_pred)/m, one sample here); its learning_rate is a parameter (0.1 here); 3-4-3 here
    "b189_es": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the MNIST script with an L2 term (stored file 1116801088): Ng's layers on columns (Z1 = np.dot(W1, X) + b1),
    # ReLU hidden units, softmax outputs, cross_entropy_loss (-sum(labels log A2)/m, one sample here); lambda_ the
    # L2 weight (0 here: the cross-entropy alone; single_pass passes 1.0), learning_rate a parameter (0.1 here);
    # 784-?-10 there, 3-4-3 here
    "b189_l2": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the Chinese Model class (stored file 28297956960): the samples rows (X @ self.W1 + self.b1), W1 (input x hidden)
    # and W2 (hidden x output) input-first with biases b1, b2 (rows), activation "relu" by default, softmax outputs,
    # the cross-entropy (-log y_pred[y_true], averaged over m, one sample here), l2_lambda 0.0 by default (the
    # reg_loss 0.5 l2_lambda sum W^2 vanishes), lr 0.01 by default; 3-4-3 here
    "b189_cn": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the life-expectancy regression script (stored file 6918106635): the samples rows (X @ w1 + b1), w1 (3 x 4) and
    # w2 (4 x 1) input-first with biases b1, b2, ReLU hidden units (np.maximum(0, z1)), a linear output y_pred, the
    # mean squared error np.mean((y_pred.squeeze() - y) ** 2) (one sample here: the squared error), lr 0.001; its
    # 3-4-1
    "b189_rg": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="mean_squared_error", extra=_rate(0.001)),
    # the Chinese sine-regression script (stored file 55519870860): the samples rows (x @ W1 + b1), W1 (input_dim x
    # hidden_dim) and W2 (hidden_dim x output_dim) input-first with biases b1, b2, tanh hidden units, a linear output
    # y_pred, mse_loss np.mean((y_pred - y_true) ** 2) (one sample here), lr 2e-2 (main's); 1-32-1 there, 1-3-1 here
    "b189_sn": problem_text('inputs = 1\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                            loss="mean_squared_error", extra=_rate(0.02)),
    # the Chinese iris script (stored file 12115041118): Ng's layers on columns (z1 = np.dot(w1, X) + b1), w1 (n_h x n_x)
    # and w2 (n_y x n_h) output-first with biases b1, b2, tanh hidden units, sigmoid outputs, compute_cost's binary
    # cross-entropy over the outputs (-sum(log_probs)/m, one sample here), lambd the L2 weight (0.3 by default, 0
    # here: the cross-entropy alone), Adam updates (none taken); 4-10-3 there, 4-3-3 here
    "b189_ir": problem_text('inputs = 4\nunits = 3\nactivation = "tanh"', 'units = 3\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.001)),
    # the penalty script (stored file 56158318761): Ng's layers on columns (z1 = np.dot(W1, X) + b1), W1, W2
    # output-first with biases, ReLU hidden units, a sigmoid output, compute_cost's binary cross-entropy (-np.mean,
    # one sample and one output here), penalty the L2 weight (0 here), Adam updates (none taken); 2-3-1 here
    "b189_pn": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.01)),
}

NOTATIONS = {
    # the Spanish script: X the samples' rows (so X.T the input column), Y the one-hot targets' rows, W1, b1, Z1, A1,
    # W2, b2, Z2, A2 Ng's (output-first, columns), dZ2 ... db1 the cost's gradients (Ng's d names), dA1 the hidden
    # outputs' gradient, m the number of samples (X.shape[0], one here); relu_derivative(Z) = Z > 0, the ReLU's slope
    # at the sum; learning_rate the rate
    "b189_es": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "t[:].T"
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
"dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
''',
    # the L2 script: Ng's names on columns, one_hot the one-hot target, dZ2 ... db1 the cost's gradients, m the number
    # of samples (one here), lambda_ the L2 weight (0 here), learning_rate the rate
    "b189_l2": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:]"
"one_hot" = "t[:]"
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
"lambda_" = "0"
''',
    # the Chinese class: X the samples' rows, self.z1, self.a1, self.a2 the layers' rows, y_onehot the one-hot
    # target's row, self.W1, self.W2 input-first, dz2, da1, dz1 the loss's gradients by the sums and the hidden
    # outputs (rows), self.dW1 ... self.db2 the parameters' gradients (input-first, rows), m the samples (one),
    # self.l2_lambda 0 (its default), self.lr the rate; self.activation_deriv relu_backward (x > 0), the ReLU's
    # slope at the sum (activation "relu" by default)
    "b189_cn": r'''
[notation]
learning_rate = ["self.lr"]
functions = { "self.activation_deriv" = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y_onehot" = "t[:].T"
"self.z1" = "z1[:].T"
"self.a1" = "a1[:].T"
"self.a2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.b1" = "b1[:].T"
"self.W2" = "W2[:, :].T"
"self.b2" = "b2[:].T"
"dz2" = "grad(z2[:]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"self.dW1" = "grad(W1[:, :]).T"
"self.db1" = "grad(b1[:]).T"
"self.dW2" = "grad(W2[:, :]).T"
"self.db2" = "grad(b2[:]).T"
"m" = "1"
"self.l2_lambda" = "0"
''',
    # the regression script: X the samples' rows, y the targets (one per sample), y_pred the outputs' column (one
    # sample: a 1 x 1), w1, w2 input-first, b1, b2, z1, a1 the hidden layer's rows, dL_dy_pred the loss's gradient by
    # the outputs (one per sample), da1, dz1 the hidden outputs' and sums' gradients (rows), dL_dw1 ... dL_db2 the
    # parameters' (input-first), len(y) the number of samples (one), lr the rate
    "b189_rg": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:]"
"y_pred" = "a2[:].T"
"w1" = "W1[:, :].T"
"b1" = "b1[:]"
"w2" = "W2[:, :].T"
"b2" = "b2[:]"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"dL_dy_pred" = "grad(a2[:])"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"dL_dw1" = "grad(W1[:, :]).T"
"dL_db1" = "grad(b1[:])"
"dL_dw2" = "grad(W2[:, :]).T"
"dL_db2" = "grad(b2[:])"
"len(y)" = "1"
''',
    # the sine script: x the samples' rows, y_true the targets' rows, y_pred the outputs' rows, W1, W2 input-first,
    # b1, z1, a1 the hidden layer's rows, dz2 the output sums' gradient, da1, dz1 the hidden outputs' and sums',
    # dw1 ... db2 the parameters' (input-first, rows), grads["W1"], grads["b1"] the same gradients in the dictionary,
    # y_pred.shape[0] the number of samples (one), lr the rate
    "b189_sn": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:].T"
"y_true" = "y[:].T"
"y_pred" = "a2[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"dz2" = "grad(z2[:]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"dw1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"dw2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"grads[\"W1\"]" = "grad(W1[:, :]).T"
"grads[\"b1\"]" = "grad(b1[:]).T"
"y_pred.shape[0]" = "1"
''',
    # the Chinese iris script: lower-case Ng names on columns (w1, b1, z1, a1, w2, b2, z2, a2 output-first), X the
    # input column, Y the targets, dz2 ... db1 the cost's gradients, m the number of samples (one), lambd 0
    "b189_ir": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"w1" = "W1[:, :]"
"b1" = "b1[:]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"w2" = "W2[:, :]"
"b2" = "b2[:]"
"z2" = "z2[:]"
"a2" = "a2[:]"
"dz2" = "grad(z2[:])"
"dw2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dz1" = "grad(z1[:])"
"dw1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
"lambd" = "0"
''',
    # the penalty script: Ng's names on columns (W1, W2 output-first; z1, a1, a2 lower case), X the input column, y the
    # target, dZ2 ... db1 the cost's gradients, m the number of samples (one), penalty 0; ReLU_derivative the ReLU's
    # slope at the sum (imported from activation_functions, given z1)
    "b189_pn": r'''
[notation]
functions = { ReLU_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"W1" = "W1[:, :]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"W2" = "W2[:, :]"
"z2" = "z2[:]"
"a2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
"penalty" = "0"
''',
}
