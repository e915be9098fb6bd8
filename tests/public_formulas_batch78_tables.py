"""The networks and notations of batch 78 of the held-out public formulas (tests/public_formulas_batch78.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b78_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# the stored notes on one-unit layers (two linear pages and a tanh page): x = 2.0, y = 4.0, W1 = 0.5, b1 = 0.1,
# W2 = 0.8, b2 = -0.2, W3 = 1.2, b3 = 0.3, L = (y_hat - y)^2, alpha = 0.01
_CHAIN = ('inputs = 1\nunits = 1\nactivation = "{0}"\nweights = [[0.5]]\nbiases = [0.1]',
          'units = 1\nactivation = "{0}"\nweights = [[0.8]]\nbiases = [-0.2]',
          'units = 1\nactivation = "identity"\nweights = [[1.2]]\nbiases = [0.3]')

NETWORKS = {
    # chenxingwei's logistic regression: the sample's row x_i with a 1 appended (three inputs, the last always 1 in
    # the data, any number at the oracle's points) and theta = [w_1, w_2, b] its weights (so no bias of the layer's
    # own), a_i = 1/(1 + e^{-x_i theta}), the cross-entropy J summed over the n samples (one here)
    "b78_cx": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # elcapo's notes: the MNIST network made small, 3 inputs -> 2 ReLU units -> 3 softmax outputs, the
    # cross-entropy, one sample per batch (m = 1)
    "b78_el": _layers('inputs = 3\nunits = 2\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                      loss="cross_entropy"),
    # the stored tanh derivation: x -> tanh -> tanh -> linear output, one unit each, with the page's numbers
    "b78_tanh": problem_text(*(layer.format("tanh") for layer in _CHAIN), loss="squared_error",
                             extra=_data("[2.0]", "[4.0]", 0.01)),
    # the stored linear derivation and its algorithm box: the same chain with no activation
    "b78_lin": problem_text(*(layer.format("identity") for layer in _CHAIN), loss="squared_error",
                            extra=_data("[2.0]", "[4.0]", 0.01)),
    # the stored ReLU walkthrough: x = (1, 2) -> 2 ReLU units -> 1 sigmoid output, log loss, y = 1, eta = 0.5;
    # W_1's second row (1, 0.5) and b_1 = (0, 0.5) as its update shows, w_2 = (1, 0.8), b_2 = -1; the first row
    # is the page's other topic's ("A Forward Pass by Hand"), any row giving z_1 = -1.5: (0.5, -1.0) here
    "b78_relu": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.5, -1.0], [1.0, 0.5]]\n'
                             'biases = [0.0, 0.5]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[1.0, 0.8]]\nbiases = [-1.0]',
                             loss="binary_cross_entropy", extra=_data("[1.0, 2.0]", "[1.0]", 0.5)),
    # the stored Korean neuron: a = sigmoid(w1 x1 + w2 x2 + b), L = (a - y_true)^2
    "b78_kr": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # the stored Chinese lesson's neuron: a = sigmoid(w1 x1 + w2 x2 + b), w1 = 0.5, w2 = -0.3, b = 0.1, L = (a - y)^2
    "b78_cn": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.3]]\nbiases = [0.1]',
                      loss="squared_error"),
    # the stored copy of Mazur's example: inputs 0.05 and 0.10, targets 0.01 and 0.99, w1..w4 into the hidden
    # layer (bias 0.35 shared), w5..w8 into the output layer (bias 0.60 shared), eta 0.5
    "b78_mz": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                           'weights = [[0.15, 0.2], [0.25, 0.3]]',
                           'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                           'weights = [[0.4, 0.45], [0.5, 0.55]]',
                           loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the stored Portuguese lesson: x -> one sigmoid unit (w_1 = 0.5, b_1 = 0) -> one linear output (w_2 = 0.8,
    # b_2 = 0.1), L = (y_hat - y)^2, x = 2, y = 1
    "b78_pt": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.0]',
                           'units = 1\nactivation = "identity"\nweights = [[0.8]]\nbiases = [0.1]',
                           loss="squared_error", extra=_data("[2.0]", "[1.0]")),
}

# the one-unit chains' letters: W_l, b_l, z_l, h_l of layer l (Unicode subscripts), x, y the target, y hat the
# output, n the number of samples (one), alpha the learning rate
_CHAIN_NOTATION = r'''
[notation]
indices = "l"
learning_rate = ["\\alpha"]
[notation.symbols]
"W_{l}" = "W{l}[0, 0]"
"b_{l}" = "b{l}[0]"
"z_{l}" = "z{l}[0]"
"h_{l}" = "a{l}[0]"
"x" = "x[0]"
"y" = "y[0]"
"\\hat{y}" = "a3[0]"
"n" = "1"
'''

NOTATIONS = {
    # chenxingwei's letters: x_{ik} feature k of sample i (x_{i3} = 1, the appended one), x_i the sample's row,
    # theta_k its weights and theta their column, a_i the predicted probability, y_i the label, f_i = -x_i theta,
    # n samples (one), m features (two); J, J_i and J(x_i) the loss
    "b78_cx": r'''
[notation]
indices = "ijk"
loss = ["J", "J_{i}"]
[notation.symbols]
"x_{ik}" = "x[k-1]"
"x_{i}" = "x[:].T"
"\\theta_{k}" = "W1[0, k-1]"
"\\theta" = "W1[0, :]"
"a_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"f_{i}" = "-z1[0]"
"n" = "1"
"m" = "2"
''',
    # the page's sigmoid h(x), of the unit's sum x
    "b78_cx_h": r'''
[notation]
functions = { h = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # elcapo's letters: X_i the input (one sample per column, one here), W_h, b_h, Z_h, A_h the hidden layer's,
    # W_o, b_o, Z_o, A_o the output layer's, Y the one-hot target; z_j, a_j, y_j the output's entries (counted from
    # 1, as the page's softmax note counts z_1, z_2, z_3); m samples (one); dW_o ... the gradients; L and J the loss
    "b78_el": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{L}", "J"]
functions = { ReLU = "relu", Softmax = "softmax" }
[notation.symbols]
"X_{i}" = "x[:]"
"W_{h}" = "W1[:, :]"
"b_{h}" = "b1[:]"
"Z_{h}" = "z1[:]"
"A_{h}" = "a1[:]"
"W_{o}" = "W2[:, :]"
"b_{o}" = "b2[:]"
"Z_{o}" = "z2[:]"
"A_{o}" = "a2[:]"
"Y" = "t[:]"
"z" = "z2[:]"
"z_{j}" = "z2[j-1]"
"a_{j}" = "a2[j-1]"
"y_{j}" = "t[j-1]"
"m" = "1"
"dW_{o}" = "grad(W2[:, :])"
"db_{o}" = "grad(b2[:])"
"dW_{h}" = "grad(W1[:, :])"
"db_{h}" = "grad(b1[:])"
''',
    "b78_tanh": _CHAIN_NOTATION,
    "b78_lin": _CHAIN_NOTATION,
    # the algorithm box's letters as the chain's, and its plain-text general rule's: Wn, hn-1 of layer n (h0 the
    # input), error = y_hat - y
    "b78_box": r'''
[notation]
indices = "ln"
learning_rate = ["\\alpha"]
[notation.symbols]
"W_{l}" = "W{l}[0, 0]"
"b_{l}" = "b{l}[0]"
"h_{0}" = "x[0]"
"h_{l}" = "a{l}[0]"
"x" = "x[0]"
"y" = "y[0]"
"\\hat{y}" = "a3[0]"
"error" = "a3[0] - y[0]"
''',
    # the box's NumPy code: W1 .. W3, h1, h2, x, error = y_pred - y, n the batch size (one), dW1 .. db3 the
    # gradients, learning_rate the rate
    "b78_lincode": r'''
[notation]
indices = "l"
[notation.symbols]
"W_{l}" = "W{l}[0, 0]"
"b_{l}" = "b{l}[0]"
"h_{l}" = "a{l}[0]"
"x" = "x[0]"
"y" = "y[0]"
"y_pred" = "a3[0]"
"error" = "a3[0] - y[0]"
"n" = "1"
"dW_{l}" = "grad(W{l}[0, 0])"
"db_{l}" = "grad(b{l}[0])"
''',
    # the ReLU walkthrough's letters: x the input, z_1, a_1 the hidden layer's vectors, z_2 and y hat the output's,
    # y the label, w_2, b_2 the output unit's weights and bias, W_1, b_1 the hidden layer's; L the log loss
    "b78_relu": r'''
[notation.symbols]
"x" = "x[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"w_{2}" = "W2[0, :]"
"b_{2}" = "b2[0]"
"W_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
''',
    # the walkthrough's rule for "a linear step z = W a + b", said of any layer: the output layer's here
    "b78_relu_step": r'''
[notation.symbols]
"z" = "z2[:]"
"W" = "W2[:, :]"
"a" = "a1[:]"
"b" = "b2[:]"
''',
    # the Korean docstring's names: w1, w2, x1, x2, b, z, a the output, y_true the target; the code's self.w1 and
    # dL_dw1 (its gradient), learning_rate; L the loss
    "b78_kr": r'''
[notation]
[notation.symbols]
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"x1" = "x[0]"
"x2" = "x[1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y_true" = "y[0]"
"self.w1" = "W1[0, 0]"
"dL_dw1" = "grad(W1[0, 0])"
''',
    # the Chinese docstring's names: w1, w2, x1, x2, b, z, a the output, y the target; L the loss
    "b78_cn": r'''
[notation.symbols]
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"x1" = "x[0]"
"x2" = "x[1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
    # Mazur's names as the notes write them: i_1, i_2, target_{o1}, target_{o2}, w_1..w_8 (w_5 h1 -> o1, w_6 h2 ->
    # o1, w_7 h1 -> o2, w_8 h2 -> o2), b_1 and b_2 the shared biases, net and out of each unit, E_{o1} and E_{o2}
    # the outputs' halves of E_{total}, the loss
    "b78_mz": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
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
''',
    # the Portuguese lesson's letters: x, w_1, b_1, z_1, h the hidden unit's, w_2, b_2 and y hat the output's, y the
    # target; L the loss
    "b78_pt": r'''
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"h" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
}
