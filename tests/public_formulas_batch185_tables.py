"""The networks and notations of batch 185 of the held-out public formulas (tests/public_formulas_batch185.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b185_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Markdown post's worked example (stored file 31043313602, its section 8): 2 inputs, 2 sigmoid hidden units
    # h_1, h_2, one sigmoid output o, biases all 0 ("for simplicity"), E = 1/2 (y - o)^2; x_1 = 1, x_2 = 0, w_11 =
    # 0.5, w_12 = 0.4, w_21 = 0.3, w_22 = 0.6 (w_ij from x_j to h_i), v_1 = 0.7, v_2 = 0.8, y = 1, alpha = 0.5 (its
    # numbers)
    "b185_gk": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5, 0.4], [0.3, 0.6]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.7, 0.8]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 0.5)),
    # the Chinese Markdown notes on neural networks (stored file 7481479574, its section 4): the two-layer example,
    # a_i = w_i1 x_1 + w_i2 x_2 + b_i the hidden sums, z_i = phi(a_i), y = w_1 z_1 + w_2 z_2 + b_3 a linear output,
    # E = 1/2 (y - Y)^2; phi a sigmoid here (the notes' section 5.1 lists it first); 2-2-1, no numbers, rate 0.1
    "b185_zh": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # the step-by-step Python demonstration (stored file 61590127189): the samples rows, W1 (2 x 3) and W2 (3 x 1)
    # input-first with biases b1, b2 (rows), sigmoid layers, the binary cross-entropy (-np.mean(y log a2 + ...));
    # x = [1, 0], y = 1, W1 = [[0.5, -0.3, 0.2], [0.1, 0.4, -0.2]], b1 = [0.1, -0.1, 0.05], W2 = [0.3, -0.5, 0.2],
    # b2 = 0.1, learning_rate 0.5 (its numbers; the weights here one row a unit)
    "b185_kr": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                            'weights = [[0.5, 0.1], [-0.3, 0.4], [0.2, -0.2]]\nbiases = [0.1, -0.1, 0.05]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.3, -0.5, 0.2]]\nbiases = [0.1]',
                            loss="binary_cross_entropy", extra=_data("[1.0, 0.0]", "[1.0]", 0.5)),
    # the XOR 2-4-1 MLP script (stored file 70099767186): the samples columns, W1 (4 x 2) and W2 (1 x 4)
    # output-first with biases b1, b2, sigmoid layers, cross_entropy_loss the binary cross-entropy's mean over the N
    # samples (one here), train(..., lr=1.0)
    "b185_xr": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(1.0)),
    # the tanh NeuralNetwork class (stored file 66946561167): the samples columns, W1 (hidden x input) and W2
    # (output x hidden) output-first with biases b1, b2, tanh layers (a2 = self.tanh(z2) too), compute_loss
    # (1/(2n)) sum((predictions - y)^2) (one sample: half the squared error); test_xor_problem's 2-4-1 with
    # learning_rate 0.5
    "b185_th": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the MATLAB trainer (stored file 27268287665), its one-hidden-layer branch: the samples rows (X is N x 64), W1
    # (size(X, 2) x n_hidden_nodes) and W2 (n_hidden_nodes x 10) input-first, no biases, sigmoid layers,
    # error_plot's sum(sum((Y - A2).^2)) / 2 half the summed squared error; 64-n-10 there, 4-3-3 here, eta 0.1
    "b185_ml": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the short Chinese XOR script (stored file 42385573719): the samples rows (X is 4 x 3), w1 (3 x 4) and w2 (4 x 1)
    # input-first, no biases, sigmoid layers (a1 = 1 / (1 + z1) with z1 = exp(-a0 w1)), delta2 = (a2 - Y) a2 (1 -
    # a2) half the squared error's, -= updates with no rate (rate 1); 3-4-1
    "b185_cn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
}

NOTATIONS = {
    # the post's example: x_1, x_2 the inputs, w_ij the weight from x_j to h_i (1-based), h_i the hidden outputs,
    # z_i^{(1)} their sums, v_i the weight from h_i to the output, z^{(2)} its sum, o the output, y the target,
    # delta^{(2)} = dE/dz^{(2)} and delta_i^{(1)} = dE/dz_i^{(1)} (the post's boxed definition delta = dE/dz),
    # alpha the learning rate
    "b185_gk": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}" = "W1[i-1, j-1]"
"h_{i}" = "a1[i-1]"
"z_{i}^{(1)}" = "z1[i-1]"
"v_{i}" = "W2[0, i-1]"
"z^{(2)}" = "z2[0]"
"o" = "a2[0]"
"y" = "y[0]"
"\\delta^{(2)}" = "delta2[0]"
"\\delta_{i}^{(1)}" = "delta1[i-1]"
''',
    # the Chinese notes: x_1, x_2 the inputs, w_ij the weight from x_j into the hidden sum a_i (1-based), b_1, b_2
    # the hidden biases, z_i = phi(a_i) the hidden outputs, w_1, w_2 the output's weights, b_3 its bias, y the
    # network's output and Y the target (the notes' names), phi the hidden activation (a sigmoid)
    "b185_zh": r'''
[notation]
indices = "ij"
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}" = "W1[i-1, j-1]"
"a_{i}" = "z1[i-1]"
"z_{i}" = "a1[i-1]"
"w_{i}" = "W2[0, i-1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"y" = "a2[0]"
"Y" = "y[0]"
''',
    # the demonstration script: x the input (a row), y the target, z1, a1, z2, a2 the layers' rows, W1, W2
    # input-first, b1, b2 rows, delta2 and delta1 the sums' gradients (the code's output and hidden "Gradient"),
    # dW2 ... db1 the gradients (rows, as the arrays are), len(x) the number of samples (one), W2_new and b1_new the
    # updated parameters
    "b185_kr": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"len(x)" = "1"
"W2_new" = "new(W2[:, :]).T"
"b1_new" = "new(b1[:]).T"
''',
    # the XOR script: A0 the input (a column), Y the target, A1, A2 the layers' columns, params["W2"] the output
    # weights (output-first), Delta2 and Delta1 the sums' gradients (the loss's mean already in Delta2), dW2 ... db1
    # the gradients, N the number of samples (one); sigmoid_derivative(a) = a (1 - a), of the output
    "b185_xr": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"A0" = "x[:]"
"Y" = "y[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"params[\"W2\"]" = "W2[:, :]"
"Delta2" = "grad(z2[:])"
"Delta1" = "grad(z1[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"N" = "1"
''',
    # the tanh class: X the input (a column), y the target, a1, a2 the layers' columns, self.W1, self.W2
    # output-first (W2 the docstring's), z1, z2 the sums, delta2 and delta1 the sums' gradients (the docstring's dL/dz2, dL/dz1), dW2 ... db1 the
    # gradients, n_samples one; self.tanh_derivative(a) = 1 - a^2, of the output; gradients['dW1'] the gradient
    "b185_th": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.tanh_derivative" = "tanh' at output" }
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"self.W1" = "W1[:, :]"
"self.W2" = "W2[:, :]"
"W2" = "W2[:, :]"
"z1" = "z1[:]"
"z2" = "z2[:]"
"delta2" = "grad(z2[:])"
"delta1" = "grad(z1[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"n_samples" = "1"
"gradients['dW1']" = "grad(W1[:, :])"
''',
    # the MATLAB trainer: X the input (a row), Y the target, Z1, A1, Z2, A2 the layers' rows, W1, W2 input-first,
    # delta2 and delta1 the sums' gradients, eta the learning rate; sigmoid_gradient(x) = sigmoid(x) .* (1 -
    # sigmoid(x)), of the sums
    "b185_ml": r'''
[notation]
learning_rate = ["eta"]
functions = { sigmoid_gradient = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
''',
    # the short Chinese script: a0 = X the input (a row), Y the target, a1, a2 the layers' rows (its z1, z2 are
    # exponentials, not named here), w1, w2 input-first, delta2 and delta1 the sums' gradients
    "b185_cn": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"a0" = "x[:].T"
"Y" = "y[:].T"
"a1" = "a1[:].T"
"a2" = "a2[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
''',
}
