"""The networks and notations of batch 39 of the held-out public formulas (tests/public_formulas_batch39.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b39_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, data_tables, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # compphysics' week-41 notes and the MSU copy of its neural-network chapter: layers l and l+1 of sigmoid units
    # f, the cost C = 1/2 sum_j (a_j^L - t_j)^2 (its dC/dw_jk^L = (a_j^L - t_j) a_j^L (1 - a_j^L) a_k^{L-1}); two
    # units a layer, so that w_{ij} and w_{ji} are both weights and a transposed index is a wrong weight, not a
    # missing one
    "b39_compphysics": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                               'units = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # KJO144's neural_net_simple: L layers, the output a sigmoid with the binary cross-entropy J (hidden ReLU here:
    # the page allows "relu, sigmoid, tanh or whatever")
    "b39_kjo": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the question "Do we need to add the sigmoid derivative term ...": Ng's course, layers 1 (input), 2 and 3 =
    # L (sigmoid units f), the cross-entropy J whose delta(L) = a(L) - y the question quotes
    "b39_ng_three_layers": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                                   'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # "Updating weights in logistic regression using gradient descent?": z = theta^T x_i, h_theta = sigma(z), the
    # cross-entropy; no intercept (theta^T x alone), one sample (n = 1)
    "b39_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="binary_cross_entropy"),
    # john-s-butler-dit's "Simple Steps Back-Propagation": one input x, three ReLU nodes h_i, one linear output,
    # L = 1/2 (y_true - y_predicted)^2 (the page calls it MSE)
    "b39_butler": _layers('inputs = 1\nunits = 3\nactivation = "relu"', 'units = 1', loss="half_squared_error"),
    # a tanh unit y = f(x), x its input sum (Baker-B's notes, click4ai's problem, dustinstansbury's derivation)
    "b39_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # "Gradient of a Softmax Applied on a Linear Function": p = softmax(Wx + b), L = -sum_j y_j log p_j (three
    # classes, three inputs: W square, so that (p - y) x^T has W's shape)
    "b39_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # community.deeplearning.ai's "The intuition of db^[l]=dz^[l] ...": Ng's [l] layers, a ReLU hidden layer and
    # sigmoid outputs with the cross-entropy J; two units a layer, so that w^[l-1].dz^[l] has a value to be wrong with
    "b39_dlai": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 2\nactivation = "sigmoid"',
                        loss="binary_cross_entropy"),
    # datascience.stackexchange 76135: L = 3 layers, relu, relu, sigmoid, the cross-entropy cost; one sample (m = 1)
    "b39_ds76135": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                           'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # CSCN8010's example: x = 0.5, w_1 = 0.4, b_1 = 0.5, w_2 = 0.8, b_2 = -0.2, sigmoid units, y_target = 1,
    # L = 1/2 (y_target - a_2)^2 (the page gives no learning rate: 0.1 here)
    "b39_cscn8010": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4]]\nbiases = [0.5]',
                                 'units = 1\nactivation = "sigmoid"\nweights = [[0.8]]\nbiases = [-0.2]',
                                 loss="half_squared_error", extra=data_tables("[0.5]", "[1.0]")),
}

NOTATIONS = {
    # the course's Nielsen-style indices: w_{jk}^l joins unit k of layer l-1 to unit j of layer l, units counted
    # from 1; delta_j^l = dC/dz_j^l; f the sigmoid; {\cal C} the cost; t_j the targets
    "b39_compphysics": r'''
[notation]
indices = "ijkl"
loss = ["{\\cal C}", "C"]
functions = { f = "sigmoid" }
[notation.symbols]
"\\delta_{j}^{l}" = "grad(z{l}[j-1])"
"z_{j}^{l}" = "z{l}[j-1]"
"a_{j}^{l}" = "a{l}[j-1]"
"w_{jk}^{l}" = "W{l}[j-1, k-1]"
"b_{j}^{l}" = "b{l}[j-1]"
"t_{j}" = "y[j-1]"
''',
    # [L] the output layer (layer 2), Y the label; g^{[L]} the output's activation
    "b39_kjo": r'''
[notation]
indices = "i"
loss = ["J"]
functions = { "g^{[L]}" = "sigmoid" }
[notation.symbols]
"A^{[L]}" = "a2[0]"
"Z^{[L]}" = "z2[0]"
"Y" = "y[0]"
"Y_{i}" = "y[i-1]"
''',
    # Ng's layers counted from the input (layer 3 = L the output); the question's plain-text delta(3), a(L), z(3)
    # are the superscripts (3), (L) of the spec's patterns; f the sigmoid
    "b39_ng_three_layers": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"\\delta^{(3)}" = "grad(z2[0])"
"\\delta^{(L)}" = "grad(z2[0])"
"a^{(3)}" = "a2[0]"
"a^{(L)}" = "a2[0]"
"z^{(3)}" = "z2[0]"
"z^{(L)}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # theta_j the weights (counted from 0: no intercept here), x_{ij} feature j of sample i (one sample), y_i its
    # label, h_theta the hypothesis, z = theta^T x_i, n = 1 sample, alpha the learning rate
    "b39_logistic": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
[notation.symbols]
"\\theta_{j}" = "W1[0, j]"
"\\theta" = "W1[0, :]"
"x_{ij}" = "x[j]"
"x_{i}" = "x[:]"
"x" = "x[:]"
"y_{i}" = "y[0]"
"h_{\\theta}" = "a1[0]"
"z" = "z1[0]"
"n" = "1"
''',
    # a_i the hidden sums, h_i the ReLU nodes, a the output's sum and y = a the output; y_true the target
    "b39_butler": r'''
[notation]
indices = "i"
[notation.symbols]
"x" = "x[0]"
"a_{i}" = "z1[i-1]"
"h_{i}" = "a1[i-1]"
"w_{i1}^{(1)}" = "W1[i-1, 0]"
"b_{i}^{(1)}" = "b1[i-1]"
"w_{i}^{(2)}" = "W2[0, i-1]"
"b^{(2)}" = "b2[0]"
"a" = "z2[0]"
"y" = "a2[0]"
"y_{\\text{predicted}}" = "a2[0]"
"y_{\\text{true}}" = "y[0]"
''',
    # Baker-B's notes: y = f(x) the tanh unit, x its input sum
    "b39_baker": r'''
[notation]
functions = { f = "tanh" }
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
''',
    # x the tanh's argument, the unit's input sum (click4ai's tanh(x), dustinstansbury's \text{tanh}(x))
    "b39_tanh_x": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # p_j the softmax outputs, y_j the one-hot targets, o_i = W_i x + b_i the logits, W_i row i of W
    "b39_softmax": r'''
[notation]
indices = "ijk"
[notation.symbols]
"p_{j}" = "a1[j-1]"
"p" = "a1[:]"
"y_{j}" = "t[j-1]"
"y" = "t[:]"
"o_{i}" = "z1[i-1]"
"W_{j}" = "W1[j-1, :]"
"W" = "W1[:, :]"
"b_{j}" = "b1[j-1]"
"\\vec{x}" = "x[:]"
"x" = "x[:]"
''',
    # Ng's [l] layers and d-notation: dz^{[l]} = dJ/dz^{[l]}, db^{[l]}, da^{[l]}; a^{[0]} the input; J the cost
    "b39_dlai": r'''
[notation]
indices = "l"
loss = ["J"]
[notation.symbols]
"z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"w^{[l]}" = "W{l}[:, :]"
"a^{[l]}" = "a{l}[:]"
"a^{[0]}" = "x[:]"
"b^{[l]}" = "b{l}[:]"
"dz^{[l]}" = "grad(z{l}[:])"
"db^{[l]}" = "grad(b{l}[:])"
"da^{[l]}" = "grad(a{l}[:])"
''',
    # the question's capitals: Z^{[l]}, A^{[l]} (A^{[0]} = X), W^{[l]}, b^{[l]}; \mathcal{J} = \mathcal{L} the cost
    # of one sample (m = 1). Its \partial Z^{[l]} (Ng's dZ written with \partial) is no pattern of the spec's grammar
    # (a base with scripts), so it is left to the reader's defaults
    "b39_ds76135": r'''
[notation]
indices = "l"
loss = ["\\mathcal{J}", "\\mathcal{L}", "J"]
[notation.symbols]
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"A^{[0]}" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"m" = "1"
''',
    # CSCN8010's two one-neuron layers: z_1, a_1 the hidden neuron, z_2, a_2 the output; y_target the target
    "b39_cscn8010": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"y_{\\text{target}}" = "y[0]"
''',
}
