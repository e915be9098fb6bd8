"""The networks and notations of batch 99 of the held-out public formulas (tests/public_formulas_batch99.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b99_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # studyx's homework answer (question 4, a two-layer perceptron): x0 = 1 (the bias input), x1 = 1, x2 = 3; hidden
    # weights and biases [b:W] = [[3, -1, 2], [1, 2, 0]], output [b:U] = [-3, 1, -2] with y0 = 1; sigmoid units at both
    # layers, the desired output d = 0.9, alpha = 0.1; the update rule the answer uses (w + alpha delta input, delta =
    # y(1 - y)(d - y)) is gradient descent on half the squared error
    "b99_sx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[-1.0, 2.0], [2.0, 0.0]]\n'
                           'biases = [3.0, 1.0]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[1.0, -2.0]]\nbiases = [-3.0]',
                           loss="half_squared_error", extra=_data("[1.0, 3.0]", "[0.9]", 0.1)),
    # allseenn's Russian lesson (GeekBrains' course): one sigmoid neuron f, weights w = [0, 1], threshold b = 4, inputs
    # x = [2, 3]; the lesson gives no target (0 here, for the file)
    "b99_as": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.0, 1.0]]\nbiases = [4.0]',
                           loss="half_squared_error", extra=_data("[2.0, 3.0]", "[0.0]", 0.1)),
    # the Russian copy of the Stack Overflow answer (pullrequest.ru): an output node o = f(activation), f the sigmoid,
    # t its target; a 2-2-1 sigmoid network with half the squared error
    "b99_pr": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the transtutors homework question: x = 4, three ReLU hidden units with weights 1, 1, -1 and a sigmoid output with
    # weights 0.5, 1, 2 (W = [1, 1, -1, 0.5, 1, 2]^T), no biases, y = 0, E = (y - ybar)^2
    "b99_tt": problem_text('inputs = 1\nunits = 3\nactivation = "relu"\nbias = "none"\nweights = [[1.0], [1.0], [-1.0]]',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, 1.0, 2.0]]',
                           loss="squared_error", extra=_data("[4.0]", "[0.0]", 1.0)),
    # ningyuwhut's Chinese post: theta the V logits, yhat = softmax(theta), J the cross-entropy with one-hot y; V = 3
    # logits of one layer here
    "b99_ny": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # disassemble-channel's Japanese article, the squared-error form: layers l = 1, 2 with g^(l) (the sigmoid here),
    # L = 1/(2m) sum_i ||a_i^(L) - y_i||^2 over m = 1 sample; 2 -> 3 -> 2
    "b99_dc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the same article's cross-entropy form: K = 3 softmax outputs
    "b99_dc_ce": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                         loss="cross_entropy"),
    # hidenori-t's Qiita memo (the Sigmoid layer of "Deep Learning from Scratch", 5.9): y = 1/(1 + exp(-x)), x the
    # node's input, L a loss downstream (half the squared error here)
    "b99_ht": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the Korean wiki's page on the same Sigmoid layer
    "b99_id": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # taji99's Japanese notebook (a course's middle layer): l = 2 inputs y_i, m = 3 sigmoid middle units (u_j, y_j),
    # n = 2 output units (identity, for the course's regression), E half the squared error
    "b99_tj": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                      loss="half_squared_error"),
    # shinnkura's Japanese notebook (the same course's matrix backward pass) of one layer: inputs x (y_i of the layer
    # above), n = 2 sigmoid neurons, E half the squared error; a batch of h = 1 sample
    "b99_sk": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
}

NOTATIONS = {
    # the answer's names, counted as the question counts them: x0 = 1 the bias input, x1, x2; W_{ji} from input i to
    # hidden unit j (W_{j0} its bias), z1, z2 the hidden sums, h1, h2 their outputs; u_{1j} from hidden unit j to the
    # output (u_{10} its bias, y0 = 1), z_out, y the output, d the desired output; error_out = d - y, delta_out and
    # delta_h1, delta_h2 the deltas y(1 - y)(d - y) (-dE/dz: the update adds alpha delta input)
    "b99_sx": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
[notation.symbols]
"x_{0}" = "1"
"x_{i}" = "x[i-1]"
"W_{j0}" = "b1[j-1]"
"W_{ji}" = "W1[j-1, i-1]"
"z_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"y_{0}" = "1"
"u_{10}" = "b2[0]"
"u_{1j}" = "W2[0, j-1]"
"z_{out}" = "z2[0]"
"y" = "a2[0]"
"d" = "y[0]"
"error_{out}" = "y[0] - a2[0]"
"delta_{out}" = "-grad(z2[0])"
"delta_{h1}" = "-grad(z1[0])"
"delta_{h2}" = "-grad(z1[1])"
''',
    # the lesson's letters: x_1, x_2 the inputs (x their vector), w_1, w_2 the weights (w), b the threshold, y the
    # neuron's output, f the sigmoid
    "b99_as": r'''
[notation]
indices = "i"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"x" = "x[:]"
"w_{i}" = "W1[0, i-1]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"y" = "a1[0]"
''',
    # the answer's code names, in Russian: дельта the output nodes' deltas (t - o) o (1 - o) = -dE/dz (the code indexes
    # them, дельта [j]), o the output, t its target, активация its weighted input, f the sigmoid
    "b99_pr": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"дельта" = "-grad(z2[:])"
"o" = "a2[0]"
"t" = "y[0]"
"активация" = "z2[0]"
''',
    # the question's letters: y the target, ȳ (U+0233) the network's output, E the squared error E(y, ȳ)
    "b99_tt": r'''
[notation]
loss = ["E"]
[notation.symbols]
"y" = "y[0]"
"ȳ" = "a2[0]"
"\\bar{y}" = "a2[0]"
''',
    # the post's letters, counted from 1: theta_i the logits, yhat_j = softmax(theta_j) the probabilities, y_i the
    # one-hot target, V the number of classes (3), J the cross-entropy
    "b99_ny": r'''
[notation]
indices = "ijk"
loss = ["J"]
functions = { softmax = "softmax" }
[notation.symbols]
"\\theta_{i}" = "z1[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
"V" = "3"
''',
    # the article's bold letters: z^(l), a^(l) (Z^(l), A^(l) for a minibatch, one sample here) of layer l, a^(0) = x
    # the input, W^(l), b^(l), 1 the minibatch's ones vector (one entry), g^(l) the activation of layer l (the sigmoid
    # at both layers here), m the minibatch size (1), a_i^(L) and y_i the output and target of sample i; the ones
    # vector \bm{1} is no symbol of the spec's grammar (a digit), left to the reader
    "b99_dc": r'''
[notation]
indices = "il"
functions = { "g^{(l)}" = "sigmoid" }
[notation.symbols]
"\\bm{x}" = "x[:]"
"\\bm{z}^{(l)}" = "z{l}[:]"
"\\bm{a}^{(l)}" = "a{l}[:]"
"\\bm{a}^{(0)}" = "x[:]"
"\\bm{Z}^{(l)}" = "z{l}[:]"
"\\bm{A}^{(l)}" = "a{l}[:]"
"\\bm{A}^{(0)}" = "x[:]"
"\\bm{W}^{(l)}" = "W{l}[:, :]"
"\\bm{b}^{(l)}" = "b{l}[:]"
"m" = "1"
"\\bm{a}_{i}^{(L)}" = "a2[:]"
"\\bm{y}_{i}" = "y[:]"
''',
    # the cross-entropy form: y_{ik} the one-hot target of sample i, a_{ik}^(L) the K = 3 softmax outputs, m = 1
    "b99_dc_ce": r'''
[notation]
indices = "ik"
[notation.symbols]
"y_{ik}" = "t[k-1]"
"a_{ik}^{(L)}" = "a2[k-1]"
"K" = "3"
"m" = "1"
''',
    # the memo's Sigmoid node: x its input, y = 1/(1 + exp(-x)) its output, L the loss
    "b99_ht": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
''',
    "b99_id": r'''
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
''',
    # the course's letters, counted from 1: y_i (y_p) the l = 2 inputs, w_{ij} from input i to middle unit j
    # (input-first), b_j, u_j the middle sums, y_j their outputs, m = 3 of them; E the loss; delta_j = dE/du_j; y_l and
    # w_{lj} the last input's. The page's \partial w_{ij}, \partial b_j, \partial y_j (its names of dE/dw_{ij}, dE/db_j,
    # dE/dy_j) are no symbol of the spec's grammar (the loader reads a \partial as a derivative's): left to the reader
    "b99_tj": r'''
[notation]
indices = "ijpq"
loss = ["E"]
[notation.symbols]
"y_{i}" = "x[i-1]"
"y_{p}" = "x[p-1]"
"y_{l}" = "x[1]"
"y_{j}" = "a1[j-1]"
"w_{ij}" = "W1[j-1, i-1]"
"w_{lj}" = "W1[j-1, 1]"
"b_{j}" = "b1[j-1]"
"u_{j}" = "z1[j-1]"
"\\delta_{j}" = "grad(z1[j-1])"
"l" = "2"
"m" = "3"
''',
    # the course's matrix form of one layer, counted from 1: y_i (y_j in its (式 1)) the layer's inputs, w_{ij} from
    # input i to neuron j (input-first), delta_j = dE/du_j, n = 2 neurons; the code's x (one row, a batch of one
    # sample), delta (one row) and w (input-first), grad_w and grad_b the gradients. After the first blind run: delta
    # and grad_w were first written "grad(z1[:].T)" and "grad(W1[:, :].T)", the transpose inside grad(...) where
    # docs/notation.md takes only the quantity (the notation's slip, fixed: the transpose after it)
    "b99_sk": r'''
[notation]
indices = "ijr"
loss = ["E"]
[notation.symbols]
"y_{i}" = "x[i-1]"
"y_{j}" = "x[j-1]"
"w_{ij}" = "W1[j-1, i-1]"
"\\delta_{j}" = "grad(z1[j-1])"
"n" = "2"
"x" = "x[:].T"
"delta" = "grad(z1[:]).T"
"w" = "W1[:, :].T"
"grad_w" = "grad(W1[:, :]).T"
"grad_b" = "grad(b1[:])"
''',
}
