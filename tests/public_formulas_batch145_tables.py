"""The networks and notations of batch 145 of the held-out public formulas (tests/public_formulas_batch145.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b145_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the sigmoid chain script (stored file 37943289019): u = sigmoid(w1 * x), z = sigmoid(w2 * u), yhat = w3 * z,
    # no biases, the loss (yhat - y)^2 (dL_yhat = 2 * (yhat - y)); x = 10, y = -1, w1 = 1.0, w2 = 2.0, w3 = 3.0,
    # lmb = 0.1 (its numbers)
    "b145_as": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.0]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[2.0]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                            loss="squared_error", extra=_data("[10.0]", "[-1.0]", 0.1)),
    # the tanh chain script (stored file 37968348064): u = th(w1 * x), z = th(w2 * u), yhat = w3 * z, no biases, the
    # loss (yhat - y)^2; x = 5, y = 7, w1 = 1.0, w2 = -1.0, w3 = 2.0, lmb = 0.1 (its numbers)
    "b145_at": problem_text('inputs = 1\nunits = 1\nactivation = "tanh"\nbias = "none"\nweights = [[1.0]]',
                            'units = 1\nactivation = "tanh"\nbias = "none"\nweights = [[-1.0]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[2.0]]',
                            loss="squared_error", extra=_data("[5.0]", "[7.0]", 0.1)),
    # the two-node notebook (stored file 363229118): x1 = w0*s0, s1 = sigmoid(x1), x2 = w1*s1, s2 = sigmoid(x2), out
    # = w2*s2, no biases; the updates' (out-target) with no factor 2: half the squared error; s0 = 2, w0 = 2, w1 =
    # 1, w2 = 0.5, target = 0.7, alpha = 0.1 (its numbers)
    "b145_kr": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[2.0]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.0]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                            loss="half_squared_error", extra=_data("[2.0]", "[0.7]", 0.1)),
    # the planar-data notebook's solutions (stored file 54713337311): Ng's course 1 week 3 assignment, the samples
    # columns, W1 (n_h x n_x) and W2 (n_y x n_h) output-first with biases, tanh hidden units, a sigmoid output,
    # compute_cost the binary cross-entropy's mean over the m samples (one here); n_h = 4, the planar data's 2
    # inputs: 2-4-1; the assignment's default rate 1.2 (update_parameters's, not in the file)
    "b145_ng": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(1.2)),
    # the CS229 lecture page (stored file 70770528341), its worked example: x = [1, 2], W^{[1]} = I, b^{[1]} = [0,
    # 0], ReLU hidden units, W^{[2]} = [1, 1], b^{[2]} = 0, a linear output, J = 1/2 (z^{[2]} - y)^2, y = 1 (its
    # numbers; no update is worked, the rate 0.1)
    "b145_cs": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[1.0, 0.0], [0.0, 1.0]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "identity"\nweights = [[1.0, 1.0]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]", 0.1)),
    # the backpropagation math lesson (stored file 60907058450), its Example 1: one sigmoid neuron, z = w x + b, L =
    # 1/2 (y - a)^2; x = 2, y = 1, w = 0.5, b = 0, the learning rate 0.1 (its numbers)
    "b145_s1": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[2.0]", "[1.0]", 0.1)),
    # the same lesson's Example 2: a chain w_1 -> a_1 -> w_2 -> a_2 -> L, sigmoid units (sigma'), no biases named,
    # L = 1/2 (y - a)^2 as the lesson's Math Link writes it
    "b145_s2": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Markdown lesson on backpropagation (stored file 49532269837): Ng's bracketed layers, the samples columns,
    # W^{[l]} output-first with biases, sigmoid layers (g, "With sigmoid activation"), J the mean squared error
    # its code returns (np.mean(output_error ** 2): one output and one sample here, the squared error), the rate
    # 0.1 (learning_rate=0.1, alpha = 0.1); 2-2-1 as its step-by-step example (x = [1.0, 0.5]; its weights not
    # given)
    "b145_gm": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the cs231n two-layer net (stored file 16996194063): the samples rows, W1 (D x H) and W2 (H x C) input-first
    # with biases (rows), ReLU hidden units, softmax scores with the cross-entropy, dscores /= N (one sample here),
    # the gradients taken before the regularization's are added; 2-3-2 here
    "b145_cn": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the Chinese article's example (stored file 9175967202): 3 inputs, 2 hidden units, 1 output, W^{[1]} (2 x 3)
    # and W^{[2]} (1 x 2) output-first with biases, sigma the sigmoid, y_hat = sigma(z^{[2]}); the example names no
    # loss: the binary cross-entropy, under which its delta^{[2]} = y_hat - y holds through the sigmoid output
    # (the page lists the MSE and -sum y log y_hat); alpha 0.1
    "b145_zh": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the two-layer network section of a Markdown course (stored file 20854319133): W^{[1]} (m x d), W^{[2]} (1 x m)
    # output-first with biases, sigma the sigmoid (the page's definition), y_hat = z^{[2]} for regression, J = 1/n
    # sum (y - y_hat)^2 (n = 1 here: the squared error); 2-3-1 here
    "b145_nt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                       loss="squared_error"),
}

NOTATIONS = {
    # the sigmoid chain script: x the input, y the target, w1, w2, w3 the three weights, u and z the two hidden
    # outputs, yhat the output, dL_yhat = dL/dyhat, dL_w3 ... dL_w1 the gradients, new_w3 ... new_w1 the updated
    # weights, lmb the learning rate
    "b145_as": r'''
[notation]
learning_rate = ["lmb"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"w3" = "W3[0, 0]"
"u" = "a1[0]"
"z" = "a2[0]"
"yhat" = "a3[0]"
"dL_yhat" = "grad(a3[0])"
"dL_w3" = "grad(W3[0, 0])"
"dL_w2" = "grad(W2[0, 0])"
"dL_w1" = "grad(W1[0, 0])"
"new_w3" = "new(W3[0, 0])"
"new_w2" = "new(W2[0, 0])"
"new_w1" = "new(W1[0, 0])"
''',
    # the tanh chain script: the same names; th the tanh, dth(arg) = 1 - tanh(arg)^2, the slope at the sum
    "b145_at": r'''
[notation]
learning_rate = ["lmb"]
functions = { th = "tanh", dth = "tanh' at input" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"w3" = "W3[0, 0]"
"u" = "a1[0]"
"z" = "a2[0]"
"yhat" = "a3[0]"
"dL_yhat" = "grad(a3[0])"
"dL_w3" = "grad(W3[0, 0])"
"dL_w2" = "grad(W2[0, 0])"
"dL_w1" = "grad(W1[0, 0])"
"new_w3" = "new(W3[0, 0])"
"new_w2" = "new(W2[0, 0])"
"new_w1" = "new(W1[0, 0])"
''',
    # the two-node notebook: s0 the input, w0, w1, w2 the three weights, x1, x2 the two neurons' activities (sums),
    # s1, s2 their outputs, out the network's output, target the target, alpha the learning rate
    "b145_kr": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"s0" = "x[0]"
"target" = "y[0]"
"w0" = "W1[0, 0]"
"w1" = "W2[0, 0]"
"w2" = "W3[0, 0]"
"x1" = "z1[0]"
"s1" = "a1[0]"
"x2" = "z2[0]"
"s2" = "a2[0]"
"out" = "a3[0]"
''',
    # the planar notebook: Ng's names, X the input (a column), Y the target, W1, b1, W2, b2 output-first, A1, A2 the
    # layers' outputs, dZ2 ... db1 the cost's gradients (Ng's d names), m the number of samples (one here)
    "b145_ng": r'''
[notation]
learning_rate = ["learning_rate"]
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
''',
    # the CS229 page: x the input (a column), y the target, W^{[l]}, b^{[l]}, z^{[l]}, a^{[l]} layer l's
    # (output-first), z^{[2]} the output (one unit), J the loss, sigma the hidden layer's activation (the ReLU of
    # the example: sigma'(z^{[1]}) = [1, 1])
    "b145_cs": r'''
[notation]
loss = ["J"]
functions = { "\\sigma" = "relu" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"W^{[1]}" = "W1[:, :]"
"b^{[1]}" = "b1[:]"
"z^{[1]}" = "z1[:]"
"a^{[1]}" = "a1[:]"
"W^{[2]}" = "W2[:, :]"
"b^{[2]}" = "b2[0]"
"z^{[2]}" = "z2[0]"
''',
    # the lesson's Example 1: x the input, y the target, w, b the neuron's weight and bias, z its sum, a its output
    "b145_s1": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
    # the lesson's Example 2: x the input, w_1, w_2 the weights, z_1, z_2 the sums, a_1, a_2 the outputs, y the
    # target, delta_2 = dL/dz_2 (the page's definition) and delta_1 the hidden sum's
    "b145_s2": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"\\delta_{2}" = "grad(z2[0])"
"\\delta_{1}" = "grad(z1[0])"
''',
    # the Markdown lesson: Ng's bracketed layers, x the input (a column), y the target, delta^{[l]} = dJ/dz^{[l]}
    # (the page's definition), g the activation (the sigmoid: "With sigmoid activation"), J the cost, alpha the
    # learning rate
    "b145_gm": r'''
[notation]
indices = "l"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { g = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
''',
    # the cs231n net: X the input (a row), h1 the hidden outputs (a row), W2 input-first, dscores the scores'
    # gradient (probs less 1 at the label, over N = 1), dhidden the hidden sums' (once the ReLU's mask is applied,
    # the line before the W1 gradient), grads['W1'] ... grads['b2'] the gradients (rows)
    "b145_cn": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"h1" = "a1[:].T"
"W2" = "W2[:, :].T"
"dscores" = "grad(z2[:]).T"
"dhidden" = "grad(z1[:]).T"
"grads['W2']" = "grad(W2[:, :]).T"
"grads['b2']" = "grad(b2[:]).T"
"grads['W1']" = "grad(W1[:, :]).T"
"grads['b1']" = "grad(b1[:]).T"
"N" = "1"
''',
    # the Chinese article: Ng's bracketed layers, x the input (a column), y the target, y_hat the output,
    # delta^{[l]} = dJ/dz^{[l]} (the page's definition), sigma the sigmoid, J the loss, alpha the learning rate
    "b145_zh": r'''
[notation]
indices = "l"
loss = ["J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
''',
    # the Markdown course's two-layer section: one sample's quantities with the sample's superscript (i), n the
    # number of samples (one here), W^{[l]} output-first, sigma the sigmoid, y_hat the output (z^{[2]}), J the cost
    "b145_nt": r'''
[notation]
indices = "l"
loss = ["J"]
[notation.symbols]
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"\\hat{y}^{(i)}" = "a2[0]"
"a^{[1](i)}" = "a1[:]"
"z^{[1](i)}" = "z1[:]"
"W^{[l]}" = "W{l}[:, :]"
"n" = "1"
''',
}
