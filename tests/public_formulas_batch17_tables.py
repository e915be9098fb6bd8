"""The networks and notations of batch 17 of the held-out public formulas (tests/public_formulas_batch17.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b17_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


_ETA = "\n[update]\nlearning_rate = 0.1\n"

NETWORKS = {
    # the stats.stackexchange question (Learning From Data's notation): tanh units, no bias named, the error
    # e(w) = (x_1^{(L)} - y_n)^2 of one sample; two layers so that its rules over l have two layers to hold at
    "b17_stats": _layers('inputs = 2\nunits = 2\nactivation = "tanh"\nbias = "none"',
                         'units = 1\nactivation = "tanh"\nbias = "none"', loss="squared_error", extra=_ETA),
    # jsfantasy's derivation: inputs o_i -> sigmoid hidden units o_j (bias b_j) -> sigmoid outputs o_k (bias b_k),
    # L = 1/2 sum_k (o_k - t_k)^2
    "b17_jsfantasy": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                             loss="half_squared_error", extra=_ETA),
    # the logistic regression lecture (surnamnarendra, lecture 16b): p = sigmoid(w^T x + b), the binary
    # cross-entropy summed over the samples (one sample here: the oracle's twins are one sample's), eta = 0.5
    "b17_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                            extra='\n[update]\nlearning_rate = 0.5\nreduction = "sum"\n'),
    # askswarm's softmax + cross-entropy: a softmax layer of three classes
    "b17_softmax": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy", extra=_ETA),
    # egtry's exact network (both books): x = (1, 2) -> two ReLU units, w11 = 1, w12 = 1, w21 = 1, w22 = -1
    # (w_jk joins input k to unit j), b1 = -1, b2 = 0 -> yhat = v1 h1 + v2 h2 + c, v1 = v2 = 1, c = 0;
    # target 3, L = (yhat - 3)^2
    "b17_egtry": _layers('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[1.0, 1.0], [1.0, -1.0]]\n'
                         'biases = [-1.0, 0.0]',
                         'units = 1\nactivation = "identity"\nweights = [[1.0, 1.0]]\nbiases = [0.0]',
                         loss="squared_error", extra="\n[data]\nx = [[1.0, 2.0]]\ny = [[3.0]]\n" + _ETA),
    # Mohammed Vasim's anchor network: x = [0.5, 0.1], y = 0, W1 = [[0.5, -0.2], [0.3, 0.8]] (rows the hidden
    # units: z1_1 = 0.5*0.5 - 0.2*0.1 + 0.1 = 0.33), b1 = [0.1, -0.1], ReLU; W2 = [0.6, -0.4], b2 = 0, sigmoid
    # output, BCE
    "b17_vasim": _layers('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.5, -0.2], [0.3, 0.8]]\n'
                         'biases = [0.1, -0.1]',
                         'units = 1\nactivation = "sigmoid"\nweights = [[0.6, -0.4]]\nbiases = [0.0]',
                         loss="binary_cross_entropy", extra="\n[data]\nx = [[0.5, 0.1]]\ny = [[0.0]]\n" + _ETA),
    # the same post's single neuron y = sigmoid(w x + b), w = 0.6, x = 0.5, b = 0.1 (no loss is named; the
    # post differentiates the neuron's output)
    "b17_vasim_neuron": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.6]]\nbiases = [0.1]',
                                loss="half_squared_error", extra="\n[data]\nx = [[0.5]]\ny = [[0.0]]\n" + _ETA),
    # book-ai's 2x2 diagonal flip network: x in R^4 -> three ReLU units h -> four linear outputs yhat,
    # L = 1/4 sum_i (yhat_i - y_i)^2 (the chapter's weights are not on this page)
    "b17_flip": _layers('inputs = 4\nunits = 3\nactivation = "relu"', 'units = 4\nactivation = "identity"',
                        loss="mean_squared_error", extra=_ETA),
    # the math.techqa.club question (3Blue1Brown's chain of single neurons): a_{L-2} -> sigmoid a_{L-1} -> sigmoid
    # a_L, z_L = w_L a_{L-1} (no bias), Co = (a_L - y)^2
    "b17_techqa": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error", extra=_ETA),
    # Gasser's delta rule notes (Q530 and B553): one layer of units j with inputs i, x_j = f(I_j) (h_j in B553),
    # E = sum_j 1/2 (t_j - x_j)^2; f (g) the sigmoid here
    "b17_gasser": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                          extra=_ETA),
}

NOTATIONS = {
    # Learning From Data's letters as the question writes them: w_{ij}^{(l)} joins node i of layer l-1 to node j
    # of layer l (both from 1), s the signal, x the node's output (x^{(0)} the input), theta the activation
    # (tanh), e(w) the error, y_n the target of sample n
    "b17_stats": r'''
[notation]
indices = "ijln"
loss = ["\\mathrm{e}"]
functions = { "\\theta" = "tanh" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"s_{j}^{(l)}" = "z{l}[j-1]"
"x_{i}^{(l)}" = "a{l}[i-1]"
"x_{i}^{(0)}" = "x[i-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"y_{n}" = "y[0]"
''',
    # the post gives its letters fixed roles: i an input, j a hidden unit, k an output (docs/notation.md: literal
    # letters in patterns); o the outputs of each layer (o_i the inputs), t_k the targets, w_{ij} input-first
    "b17_jsfantasy": r'''
[notation]
indices = "n"
[notation.symbols]
"o_{i}" = "x[i]"
"o_{j}" = "a1[j]"
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"z_{j}" = "z1[j]"
"z_{k}" = "z2[k]"
"w_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"b_{j}" = "b1[j]"
"b_{k}" = "b2[k]"
''',
    # the lecture's letters (i the sample, whose number the meanings do not use) and its code's names: X the
    # samples' inputs (one sample here), p the predictions, grad_w and grad_b the gradients
    "b17_logistic": r'''
[notation]
indices = "i"
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\hat{p}_{i}" = "a1[0]"
"x_{i}" = "x[:]"
"y_{i}" = "y[0]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"X" = "x[:]"
"p" = "a1[0]"
"z" = "z1[0]"
"grad_{w}" = "grad(W1[0, :])"
"grad_{b}" = "grad(b1[0])"
''',
    # s the softmax's outputs, z its inputs, y the one-hot target; delta_ij Kronecker's (docs/notation.md)
    "b17_softmax": r'''
[notation]
indices = "ij"
[notation.symbols]
"s_{i}" = "a1[i-1]"
"z_{i}" = "z1[i-1]"
"y_{i}" = "y[i-1]"
''',
    # egtry's names: x_1, x_2 the inputs, z_j and h_j the hidden units, w_{jk} joins input k to unit j, b_j, the
    # output's weights v_j and bias c, yhat the output
    "b17_egtry": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"z_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"w_{jk}" = "W1[j-1, k-1]"
"b_{j}" = "b1[j-1]"
"v_{j}" = "W2[0, j-1]"
"c" = "b2[0]"
"\\hat{y}" = "a2[0]"
''',
    # the post's names as it prints them: W1, b1, W2, b2 the layers' parameters, z1₁ and a1₁ unit 1 of layer 1
    # (a Unicode subscript), z2 the output's input, ŷ the output
    "b17_vasim": r'''
[notation]
[notation.symbols]
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"x" = "x[:]"
"y" = "y[0]"
"ŷ" = "a2[0]"
"z1₁" = "z1[0]"
"z1₂" = "z1[1]"
"a1₁" = "a1[0]"
"a1₂" = "a1[1]"
"z2" = "z2[0]"
''',
    # the single neuron: y its output (the post's y = sigma(z)), z = wx + b
    "b17_vasim_neuron": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
''',
    # book-ai's letters, counted from 0: x_i, h_i = ReLU(z^{(1)}_i), yhat_i, y_i; W_1 and W_2 the matrices, and
    # the page's code-like W2[i][j], which joins hidden unit i to output j (input-first)
    "b17_flip": r'''
[notation]
indices = "ij"
[notation.symbols]
"x_{i}" = "x[i]"
"h_{i}" = "a1[i]"
"z_{i}^{(1)}" = "z1[i]"
"\\hat{y}_{i}" = "a2[i]"
"y_{i}" = "y[i]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"W2[i][j]" = "W2[j, i]"
''',
    # the question's names: the layer written into the subscript (a_{L-1}, w_{L-1}), Co the cost
    "b17_techqa": r'''
[notation]
loss = ["Co"]
[notation.symbols]
"w_{L}" = "W2[0, 0]"
"w_{L-1}" = "W1[0, 0]"
"z_{L}" = "z2[0]"
"z_{L-1}" = "z1[0]"
"a_{L}" = "a2[0]"
"a_{L-1}" = "a1[0]"
"a_{L-2}" = "x[0]"
"y" = "y[0]"
''',
    # Gasser's Q530 notes: letters with fixed roles (i an input, j a unit, k the sum's input), x every unit's
    # activation (x_i the input, x_j the unit's), I_j the unit's input, t_j its target, f the activation,
    # Delta w_ji the step (the page prints the subscripts flat: wji, tj)
    "b17_gasser": r'''
[notation]
indices = "n"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"x_{k}" = "x[k]"
"x_{j}" = "a1[j]"
"t_{j}" = "y[j]"
"I_{j}" = "z1[j]"
"w_{ji}" = "W1[j, i]"
"w_{jk}" = "W1[j, k]"
"\\Delta w_{ji}" = "-eta*delta1[j]*x[i]"
''',
    # Gasser's B553 notes (AsciiMath): the same letters, h_j the unit's input, g the activation
    "b17_gasser553": r'''
[notation]
indices = "n"
functions = { g = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"x_{k}" = "x[k]"
"x_{j}" = "a1[j]"
"t_{j}" = "y[j]"
"h_{j}" = "z1[j]"
"w_{ji}" = "W1[j, i]"
"w_{jk}" = "W1[j, k]"
"\\Delta w_{ji}" = "-eta*delta1[j]*x[i]"
''',
}
