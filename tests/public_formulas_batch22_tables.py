"""The networks and notations of batch 22 of the held-out public formulas (tests/public_formulas_batch22.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b22_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # hmchen47's notes on "Delta Learning Rule & Gradient Descent": a two-layer network whose output node's
    # activation is the sum of its weighted inputs (linear), E_p = 1/2 sum_n (t_{j_n} - a_{j_n})^2; one output
    # node z, three inputs a_{i_0}, a_{i_1}, a_{i_2} (the page counts from 0), no bias
    "b22_hm": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # physicsd00d's cs224d solutions, 2.b: y-hat = softmax(theta), CE the cross-entropy with a one-hot y
    "b22_cs224d_soft": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # 2.c and 2.g: t = x W1 + b1, h = sigma(t), v = h W2 + b2, y-hat = softmax(v), J the cross-entropy (row vectors,
    # W input-first); three inputs, two hidden units, three classes (the page gives no sizes)
    "b22_cs224d_net": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                              loss="cross_entropy"),
    # the stored "two layer dnn": x -> g = w2 x -> sigma(g) -> y-hat = w1 sigma(g), J = (y - y-hat)^2, alpha
    "b22_dnn": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # the stored plain-text "two distinct path" notes: X (10 x 3) -> Z1 = X W1 + b1, ReLU -> Z2 = A1 W2 + b2,
    # softmax, the cross-entropy over a batch of 10 (one sample here)
    "b22_paths": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                         loss="cross_entropy"),
    # the stored "1000%!!!! IMPORTANT" notes on the deep-learning course's planar classifier: X (2 features) ->
    # tanh hidden layer -> sigmoid output, the binary cross-entropy averaged over m examples (one here); n_h = 4
    "b22_ng1": _layers('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the stored Obsidian note "[[Derivative]] simplification rule": a previous activated neuron a_0 (weight w_0),
    # z = a_0 w + b, a_1 = f(z), c(a, y) = (y - a)^2; f the sigmoid here (the note names no activation)
    "b22_obsidian": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error"),
    # the stored Udacity note: x (3 inputs) -> sigmoid hidden layer (2) -> sigmoid output, no biases; the error
    # terms are target minus output times the slope (E = 1/2 (y - y-hat)^2)
    "b22_udacity": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # A-R007's README: one neuron, x = [1, 2], W = [0.4, -0.2], y' = 0.6 given, y = 0.8, eta = 0.1, L = 1/2 (y - y')^2,
    # the activation's derivative y'(1 - y') = 0.24 (the sigmoid). The page's bias 0.1 gives y' = sigma(0.1) = 0.525,
    # not the 0.6 it gives: the bias is ln(1.5), so that y' is the page's 0.6 (no formula taken uses b)
    "b22_ar": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4, -0.2]]\n'
                      'biases = [0.4054651081081644]', loss="half_squared_error",
                      extra="\n[data]\nx = [[1.0, 2.0]]\ny = [[0.8]]\n\n[update]\nlearning_rate = 0.1\n"),
    # the stored "Back-propagation derivation" (Bishop's letters): 3 inputs -> 4 sigmoid hidden units -> 2 identity
    # outputs, the L2 loss E = (y_1 - yhat_1)^2 + (y_2 - yhat_2)^2 (y the output, yhat the target)
    "b22_bishop": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                          loss="squared_error"),
}

NOTATIONS = {
    # hmchen47: i and j name the two layers, and a subscript of theirs the node: w_{ij_x} joins input node x to the
    # output node, a_{i_x} that input's activation, a_{j_z} (t_{j_z}) the output node's activation (target), a_{j_n}
    # (t_{j_n}) output node n; counted from 0 (w_{ij_0} a_{i_0} + ...); E_p the pattern's error, \varepsilon the
    # learning rate; w_{ij} the weights into the output node
    "b22_hm": r'''
[notation]
indices = "nx"
learning_rate = ["\\varepsilon"]
loss = ["E_{p}", "E"]
[notation.symbols]
"w_{ij_{n}}" = "W1[0, n]"
"a_{i_{n}}" = "x[n]"
"a_{j_{n}}" = "a1[n]"
"t_{j_{n}}" = "y[n]"
"a_{j_{z}}" = "a1[0]"
"t_{j_{z}}" = "y[0]"
"w_{ij}" = "W1[0, :]"
''',
    # cs224d 2.b: theta_k the softmax's input, y-hat its output, y the one-hot label, CE the cross-entropy (written
    # with its arguments); the page's index letters (Einstein's, a repeated letter summed) are every letter it uses
    "b22_cs224d_soft": r'''
[notation]
indices = "ikmp"
loss = ["CE"]
[notation.symbols]
"\\theta_{i}" = "z1[i]"
"\\hat{y}_{i}" = "a1[i]"
"y_{i}" = "y[i]"
''',
    # 2.c and 2.g: x, t, h, v, y-hat as the page names them, W_{ib}^{(2)} joining h_i to v_b (input-first, row
    # vectors); W and b without their superscript are layer 2's, as in the page's "With respect to W^{(2)}"; psi the
    # softmax; J (and CE) the cross-entropy
    "b22_cs224d_net": r'''
[notation]
indices = "abcdfgikmp"
loss = ["J", "CE"]
functions = { "\\psi" = "softmax" }
[notation.symbols]
"x_{i}" = "x[i]"
"t_{i}" = "z1[i]"
"h_{i}" = "a1[i]"
"v_{i}" = "z2[i]"
"\\hat{y}_{i}" = "a2[i]"
"y_{i}" = "y[i]"
"W_{ij}^{(l)}" = "W{l}[j, i]"
"b_{i}^{(l)}" = "b{l}[i]"
"W_{ij}" = "W2[j, i]"
"b_{i}" = "b2[i]"
''',
    # the two-layer dnn: w2 the hidden weight (g = w2 x), w1 the output's (y-hat = w1 sigma(g)); g the hidden
    # pre-activation; W (and w1, w2) the parameter of the rule W := W - alpha dL/dW; J and L the loss
    "b22_dnn": r'''
[notation]
loss = ["J", "L"]
parameter = ["W"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w1" = "W2[0, 0]"
"w2" = "W1[0, 0]"
"g" = "z1[0]"
"\\hat{y}" = "a2[0]"
''',
    # the plain-text notes: samples are rows; W1, W2 input-first (W1 is 3 x 4); X, Y, Z1, A1, Z2, A2 the layers'
    # vectors; dZ2, dZ1, dA1, dW1, dW2, db2 the loss's derivatives (the course's names); learning_rate
    "b22_paths": r'''
[notation]
indices = "ij"
loss = ["L"]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W1_{ij}" = "W1[j, i]"
"W2_{ij}" = "W2[j, i]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"dZ1" = "grad(z1[:])"
"dA1" = "grad(a1[:])"
"dW1_{ij}" = "grad(W1[j, i])"
"dW2_{ij}" = "grad(W2[j, i])"
"db2" = "grad(b2[:])"
''',
    # the planar classifier's notes: (i) the example's superscript, z_{1}, z_{2} (a^{[1]}, a^{[2]}) the layers'
    # pre-activations (activations), W_1, W_2, b_1, b_2 symbols.md's W1, W2, b1, b2; m examples (one); the code's
    # names dZ1, dZ2, dW2, db1 the gradients
    "b22_ng1": r'''
[notation]
loss = ["\\mathcal{J}"]
[notation.symbols]
"z_{1}^{(i)}" = "z1[:]"
"z_{2}^{(i)}" = "z2[0]"
"a^{[1](i)}" = "a1[:]"
"a^{[2](i)}" = "a2[0]"
"y^{(i)}" = "y[0]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"X" = "x[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"dZ1" = "grad(z1[:])"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
''',
    # the Obsidian note: a_0 the previous activated neuron (weight w_0), w the weight (w_1), b the bias, z the neuron,
    # a (a_1) its activation, y the target, c the cost; f the activation (the sigmoid here)
    "b22_obsidian": r'''
[notation]
loss = ["c"]
functions = { f = "sigmoid" }
[notation.symbols]
"a_{0}" = "a1[0]"
"w_{0}" = "W1[0, 0]"
"w" = "W2[0, 0]"
"w_{1}" = "W2[0, 0]"
"b" = "b2[0]"
"z" = "z2[0]"
"a" = "a2[0]"
"a_{1}" = "a2[0]"
"y" = "y[0]"
''',
    # the Udacity note's code names: the error terms are -dE/dz (target minus output times the slope), hidden_error
    # is -dE/dh, delta_w_h_o and delta_w_i_h the weight steps before the learning rate (-dE/dw); weights_hidden_output
    # the output's weights, weights_input_hidden input-first (x[:, None] times the hidden error terms)
    "b22_udacity": r'''
[notation]
indices = "ij"
[notation.symbols]
"x" = "x[:]"
"output_error_term" = "-delta2[0]"
"weights_hidden_output" = "W2[0, :]"
"hidden_layer_output" = "a1[:]"
"hidden_error" = "-grad(a1[:])"
"hidden_error_term" = "-grad(z1[:])"
"delta_w_h_o" = "-grad(W2[0, :])"
"delta_w_i_h[i][j]" = "-grad(W1[j, i])"
''',
    # A-R007: y' the neuron's output, y the true output, W_i and x_i counted from 1, W the weight vector, Error
    # = y - y'
    "b22_ar": r'''
[notation]
indices = "i"
[notation.symbols]
"y'" = "a1[0]"
"y" = "y[0]"
"W_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"\\text{Error}" = "y[0] - a1[0]"
''',
    # Bishop's letters: z_i the inputs, a_j the hidden pre-activations, z_j their outputs h(a_j), w_{ji} input i to
    # hidden j, w_{kj} hidden j to output k (k counted from 1 in the example's y_1, w_{1j}), y_k the outputs,
    # \hat y_k the targets, delta the error dE/da; i, j literal (the course's roles), n the outputs' placeholder
    "b22_bishop": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { h = "sigmoid" }
[notation.symbols]
"z_{i}" = "x[i]"
"a_{j}" = "z1[j]"
"z_{j}" = "a1[j]"
"w_{ji}" = "W1[j, i]"
"w_{nj}" = "W2[n-1, j]"
"y_{n}" = "a2[n-1]"
"\\hat{y}_{n}" = "y[n-1]"
"\\delta_{n}" = "delta2[n-1]"
"\\delta_{j}" = "delta1[j]"
''',
}
