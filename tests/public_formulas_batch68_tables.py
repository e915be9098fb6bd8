"""The networks and notations of batch 68 of the held-out public formulas (tests/public_formulas_batch68.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b68_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the Typora note on the chain rule (stored file): y = sigma(z), L = 1/2 (y - t)^2, dz/dw = x: one sigmoid unit
    # on one input
    "b68_typora": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the Chinese notes on backpropagation (stored file), general part: net_j = sum_i v_ij x_i + b_j, h_j =
    # f(net_j), net_k = sum_j w_jk h_j + b_k, y_k = g(net_k), E = 1/2 sum_k (t_k - y_k)^2; f and g are left
    # open, tanh and the sigmoid here so that f' and g' differ; 3 hidden units and 2 outputs as in its example
    "b68_zhbp": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the same notes' worked example: inputs 5 and 10, hidden bias 0.35 and output bias 0.65 (one each, shared),
    # (w1, w2) = (0.1, 0.15) into h1, (w3, w4) into h2, (w5, w6) into h3; h1 -> (o1, o2) by (w7, w8), h2 by
    # (w9, w10), h3 by (w11, w12); targets 0.01 and 0.99, eta 0.5, all sigmoid
    "b68_zhnum": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                              'weights = [[0.1, 0.15], [0.2, 0.25], [0.3, 0.35]]',
                              'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.65\n'
                              'weights = [[0.4, 0.5, 0.6], [0.45, 0.55, 0.65]]',
                              loss="half_squared_error", extra=_data("[5.0, 10.0]", "[0.01, 0.99]", 0.5)),
    # the CS229 lesson's toy (stored file): x = [1, 2], W1 = [[1, -1], [0.5, 0.5]], b1 = 0, ReLU, W2 = [2, -1],
    # b2 = 0, y_hat = W2 a1, L = (1/2)(y_hat - y)^2 with y = 1; the biases are zero and the page writes z1 = W1 x
    "b68_cs229": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nbias = "none"\n'
                              'weights = [[1.0, -1.0], [0.5, 0.5]]',
                              'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[2.0, -1.0]]',
                              loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]")),
    # the Obsidian note on neural networks (stored file): h = ReLU(W_1 x + b_1), y_hat = softmax(W_2 h + b_2),
    # L = -sum y ln(y_hat); two inputs, three hidden units, three classes
    "b68_obs": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the same note's perceptron, y_hat = sigma(sum_i w_i x_i + b), with its update w_i <- w_i + alpha (y - y_hat)
    # x_i: a sigmoid unit with the binary cross-entropy, for which that update is gradient descent
    "b68_obs_perc": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # yujias424's notes (stored file): one unit, net = w_0 + sum_i w_i x_i, O = Activate(net) (the sigmoid),
    # E = 1/2 (o - y)^2
    "b68_yj_unit": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the same notes' w_ji from unit i to unit j: one layer of two sigmoid units on two inputs (o_i the inputs)
    "b68_yj_layer": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # the same notes' hidden and output perceptrons: 2 inputs -> 2 sigmoid units -> 2 sigmoid units
    "b68_yj_deep": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # the Chinese "AI principles" article (stored file): Z = W_1 X + b_1, A = sigma(Z), Z_2 = W_2 A + b_2,
    # A_2 = sigma_2(Z_2); the page names no loss and no sizes: three inputs, two hidden units, two outputs, sigma_2
    # the sigmoid, 1/2 sum (y - a)^2
    "b68_aizh": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the log-loss lesson (stored file): x_1, x_2 -> a_1, a_2 sigmoid -> y_hat sigmoid, the log-loss
    "b68_logloss": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="binary_cross_entropy"),
    # the Chinese meta-learning article (stored file): y_hat = theta_0 + theta_1 x, L = 1/2 (y - y_hat)^2, the
    # learning rate 0.01 of its example
    "b68_meta": problem_text('inputs = 1\nunits = 1\nactivation = "identity"', loss="half_squared_error",
                             extra="\n[update]\nlearning_rate = 0.01\n"),
    # the same article's house price: the model predicts 195,000 where the price is 200,000
    "b68_meta_house": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                                   'weights = [[195000.0]]', loss="half_squared_error",
                                   extra=_data("[1.0]", "[200000.0]")),
    # the French course notes (stored file), "retour sur les NN simples": w = w + Delta w, Delta w = -eta grad J(w),
    # J the log-likelihood's cost: one sigmoid unit on three inputs with the binary cross-entropy
    "b68_french_unit": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the same notes' multilayer perceptron: a^(1) the input, z^(2) = W^(1) a^(1) (no bias), a^(2) = phi(z^(2)),
    # a^(3) the output, phi the sigmoid, J the cross-entropy; three inputs, two hidden units, two outputs (one-hot)
    "b68_french": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                          'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # the Spanish exam solution (stored file): x = (0.35, 0.8), w_ij^(l) from i to j, no biases, t = (0.5, 0.5),
    # eta = 0.2, log-sigmoid everywhere, E = 1/2 (t - out)^2 summed over the outputs
    "b68_es": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                           'weights = [[0.1, 0.2], [0.4, 0.6]]',
                           'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.2], [0.1, 0.9]]',
                           loss="half_squared_error", extra=_data("[0.35, 0.8]", "[0.5, 0.5]", 0.2)),
    # the exam notes' copy of Mazur's example (stored file): inputs 0.05 and 0.10, targets 0.01 and 0.99, w1..w4
    # into the hidden layer (bias 0.35 shared), w5..w8 into the output layer (bias 0.60 shared), eta 0.5
    "b68_mz": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                           'weights = [[0.15, 0.2], [0.25, 0.3]]',
                           'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                           'weights = [[0.4, 0.45], [0.5, 0.55]]',
                           loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
}

NOTATIONS = {
    # the note's first derivation: y the output, t the target, z = y - t (its own "令 z = y - t"); the loss
    # \mathcal{L}
    "b68_typora_z": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"y" = "a1[0]"
"t" = "y[0]"
"z" = "a1[0] - y[0]"
''',
    # the note's second derivation: y = sigma(z), z the unit's sum, w its weight, x its input; the bar names the
    # loss's derivative ("符号 \overline{z} 表示 dL/dz")
    "b68_typora": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"y" = "a1[0]"
"t" = "y[0]"
"z" = "z1[0]"
"w" = "W1[0, 0]"
"x" = "x[0]"
"\\overline{y}" = "grad(a1[0])"
"\\overline{z}" = "grad(z1[0])"
"\\overline{w}" = "grad(W1[0, 0])"
''',
    # the notes' letters, each with its fixed role: i the inputs, j the hidden units, k the outputs (literal
    # letters, so that net_j and net_k are two layers); v_ij from input i to hidden j, w_jk from hidden j to output
    # k; delta_k^o and delta_j^h are dE/dnet; f the hidden activation, g the output's
    "b68_zhbp": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { f = "tanh", g = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"v_{ij}" = "W1[j, i]"
"b_{j}" = "b1[j]"
"net_{j}" = "z1[j]"
"h_{j}" = "a1[j]"
"w_{jk}" = "W2[k, j]"
"b_{k}" = "b2[k]"
"net_{k}" = "z2[k]"
"y_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"\\delta_{k}^{o}" = "delta2[k]"
"\\delta_{j}^{h}" = "delta1[j]"
''',
    # the worked example's names: i_1, i_2, w_1..w_12 as the setup lists them, b_1 and b_2 the two shared biases,
    # net_{h1}, out_{h1} ..., net_{o1}, out_{o1} ..., t the targets; w_7^+ the new w_7
    "b68_zhnum": r'''
[notation]
loss = ["E"]
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W1[2, 0]"
"w_{6}" = "W1[2, 1]"
"w_{7}" = "W2[0, 0]"
"w_{8}" = "W2[1, 0]"
"w_{9}" = "W2[0, 1]"
"w_{10}" = "W2[1, 1]"
"w_{11}" = "W2[0, 2]"
"w_{12}" = "W2[1, 2]"
"b_{1}" = "b1"
"b_{2}" = "b2"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"net_{h3}" = "z1[2]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"out_{h3}" = "a1[2]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
''',
    # the toy's plain-text names: x, W1, z1, a1 the vectors and matrix, W2 the output's row of weights, y_hat the
    # prediction, y the target, L the loss
    "b68_cs229": r'''
[notation.symbols]
"x" = "x[:]"
"W1" = "W1[:, :]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"W2" = "W2[0, :]"
"y_hat" = "a2[0]"
"y" = "y[0]"
''',
    # the note's names, in LaTeX (W_1, b_1, z_1, h, \hat{y}) and in its pseudo-code (W2, z2, y_hat, h, x); y the
    # one-hot target
    "b68_obs": r'''
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"z_{1}" = "z1[:]"
"z_{2}" = "z2[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"\\hat{y}" = "a2[:]"
"y_hat" = "a2[:]"
"y" = "t[:]"
''',
    # the perceptron's w_i and x_i counted from 1, b its bias, y_hat its output, y the label
    "b68_obs_perc": r'''
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # the notes' single unit: w_0 the bias (net = w_0 + sum_i w_i x_i), o and O its output, net its sum, y the
    # target; (d) the training example, one here; Activate the activation, the sigmoid
    "b68_yj_unit": r'''
[notation]
loss = ["E"]
functions = { Activate = "sigmoid" }
[notation.symbols]
"w_{0}" = "b1[0]"
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"o" = "a1[0]"
"O" = "a1[0]"
"o^{(d)}" = "a1[0]"
"y^{(d)}" = "y[0]"
"y" = "y[0]"
"net" = "z1[0]"
''',
    # "w_ji: weights from perceptron i to j; o_j: output of perceptron j; net_j: input value of perceptron j", o_i
    # the inputs (the notes: "o_i can be replaced by x_i if i is an input perceptron"); Delta w_ji the change
    "b68_yj_layer": r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"w_{ji}" = "W1[j-1, i-1]"
"o_{j}" = "a1[j-1]"
"o_{i}" = "x[i-1]"
"x_{i}" = "x[i-1]"
"net_{j}" = "z1[j-1]"
"y_{j}" = "y[j-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\Delta w_{ji}" = "-eta*grad(W1[j-1, i-1])"
''',
    # the hidden perceptron j and the output perceptrons k after it: delta = dE/dnet
    "b68_yj_hidden": r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"o_{j}" = "a1[j-1]"
"net_{j}" = "z1[j-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\delta_{k}" = "delta2[k-1]"
"w_{kj}" = "W2[k-1, j-1]"
''',
    # the notes' layered letters: w_jk^(l) into unit j of layer l from unit k below, o_k^(l) the outputs (layer 0
    # the input), net_j^(l) the sums, delta_j^(l) = dE/dnet_j, b_j^(l) the biases, y_j the targets
    "b68_yj_layers": r'''
[notation]
indices = "jkl"
loss = ["E"]
[notation.symbols]
"w_{jk}^{(l)}" = "W{l}[j-1, k-1]"
"b_{j}^{(l)}" = "b{l}[j-1]"
"o_{k}^{(l)}" = "a{l}[k-1]"
"o_{k}^{(0)}" = "x[k-1]"
"net_{j}^{(l)}" = "z{l}[j-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"y_{j}" = "y[j-1]"
''',
    # the article's capitals: X the input, W_1, b_1, Z (also Z_1), A the hidden layer, W_2, b_2, Z_2, A_2 the
    # output; sigma_2 the second activation (the sigmoid here)
    "b68_aizh": r'''
[notation]
functions = { "\\sigma_{2}" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"Z" = "z1[:]"
"Z_{1}" = "z1[:]"
"A" = "a1[:]"
"Z_{2}" = "z2[:]"
"A_{2}" = "a2[:]"
''',
    # the lesson's letters: w_11 and w_21 from x_1 and x_2 into the red node (a_1), w_12 and w_22 into the green
    # node (a_2), w_1 and w_2 into the output, b_1, b_2 and b the biases, z_1, z_2 and z the sums, y_hat the
    # output, y the label
    "b68_logloss": r'''
[notation.symbols]
"w_{11}" = "W1[0, 0]"
"w_{21}" = "W1[0, 1]"
"w_{12}" = "W1[1, 0]"
"w_{22}" = "W1[1, 1]"
"w_{1}" = "W2[0, 0]"
"w_{2}" = "W2[0, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b" = "b2[0]"
"x_{i}" = "x[i-1]"
"a_{i}" = "a1[i-1]"
"z_{i}" = "z1[i-1]"
"z" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # theta_0 the intercept, theta_1 the slope, ^{old} and ^{new} before and after the step, y_hat the prediction
    "b68_meta": r'''
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"\\theta_{0}^{old}" = "b1[0]"
"\\theta_{1}^{old}" = "W1[0, 0]"
"\\theta_{0}^{new}" = "new(b1[0])"
"\\theta_{1}^{new}" = "new(W1[0, 0])"
"\\hat{y}" = "a1[0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    "b68_meta_house": r'''
[notation.symbols]
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # the simple network's weight vector w, its change Delta w, the cost J
    "b68_french_unit": r'''
[notation]
loss = ["J"]
[notation.symbols]
"w" = "W1[0, :]"
"\\Delta w" = "-eta*grad(W1[0, :])"
''',
    # the notes' layers counted from the input, a^(1): a_i^(l), z_i^(l) (l = 2, 3), w_ji^(l) from unit i of layer l
    # to unit j of layer l + 1 (w_{1,i}^{(1)}), W^(l) the matrix, delta^(l) = dJ/dz^(l); phi the sigmoid
    "b68_french": r'''
[notation]
indices = "ijl"
loss = ["J"]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"a_{i}^{(1)}" = "x[i-1]"
"a_{i}^{(l)}" = "a{l-1}[i-1]"
"z_{i}^{(l)}" = "z{l-1}[i-1]"
"w_{ji}^{(l)}" = "W{l}[j-1, i-1]"
"W^{(l)}" = "W{l}[:, :]"
"\\delta_{i}^{(l)}" = "delta{l-1}[i-1]"
"y_{i}" = "y[i-1]"
''',
    # the solution's names: w_ij^(l) from i to j in layer l ("de x_1 a h_2" is w_12^(1)), ^{(l)+} the new weight,
    # net_{h1}, out_{h1} ..., t_1 and t_2 the targets, delta_{o1} ... = dE/dnet
    "b68_es": r'''
[notation]
indices = "ijl"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"w_{ij}^{(l)+}" = "new(W{l}[j-1, i-1])"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"\\delta_{o1}" = "delta2[0]"
"\\delta_{o2}" = "delta2[1]"
"\\delta_{h1}" = "delta1[0]"
"\\delta_{h2}" = "delta1[1]"
''',
    # Mazur's names as the notes list them: i_1, i_2, t_1, t_2, w_1..w_8 (w_5 h1 -> o1, w_6 h2 -> o1, w_7 h1 -> o2,
    # w_8 h2 -> o2), b_1 and b_2 the shared biases, net and out of each unit, E_{o1} and E_{o2} the outputs'
    # halves of E_{total}; delta = dE/dnet
    "b68_mz": r'''
[notation]
loss = ["E", "E_{total}"]
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"E_{o1}" = "0.5*(y[0] - a2[0])**2"
"E_{o2}" = "0.5*(y[1] - a2[1])**2"
"\\delta_{o1}" = "delta2[0]"
"\\delta_{o2}" = "delta2[1]"
"\\delta_{h1}" = "delta1[0]"
"\\delta_{h2}" = "delta1[1]"
''',
    # the book's code (Marsland's mlp.py) as the notes copy it: deltao the output's error term, -dE/dz, with t - y;
    # targets and self.outputs
    "b68_mz_code": r'''
[notation.symbols]
"deltao" = "-grad(z2[:])"
"targets" = "y[:]"
"self.outputs" = "a2[:]"
''',
}
