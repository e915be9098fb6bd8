"""The networks and notations of batch 119 of the held-out public formulas (tests/public_formulas_batch119.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b119_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # FUlyankin's problem 2 (Russian, "Придумываем бэкпроп"): x -> h1 = w1 x -> o1 = f(h1) -> h2 = o1 w2 -> o2 = f(h2)
    # -> y_hat = o2 w3, one unit a layer, no biases, f the sigmoid (the page's choice further down, f(z) = \sigma(z)),
    # L = 1/2 (y - y_hat)^2 for one observation; the rate eta names no number
    "b119_ms": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # FUlyankin's problem 5 (Russian, "Бэкпроп в матричном виде"): two inputs, two layers of two f units, a linear
    # output y_hat = w_1^3 o^2_1 + w_2^3 o^2_2, no biases, w^k_{ij} from unit i of the layer before to unit j (X W_1
    # with X a row); f the sigmoid, the loss half the squared error as in problem 2 (d = dL/dy_hat)
    "b119_mm": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # core.cz's Czech know-how page: z1 = X.dot(W1) + b1, a1 = sigmoid(z1), z2 = a1.dot(W2) + b2, a2 = sigmoid(z2)
    # (samples as rows, W1 input-first), "mean squared error and sigmoid activation"; a 2-3-2 network here, the
    # squared error halved (the page's dz2 has no 2, and is wrong with or without it)
    "b119_cz": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Jackfnvpn's Italian notebook (Data Mining lab, "Reti neurali"): d features, h sigmoid hidden units, t sigmoid
    # outputs with biases, W^H (h x d) and W^OUT (t x h) output-first; the notes give no loss (half the squared
    # error here); d = 2, h = 3, t = 2, so that d and h differ
    "b119_it": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # hanbt's learn_dl (Chinese, the fc.py threads): fully connected sigmoid layers with biases, output =
    # sigmoid(W input + b), the output delta y (1 - y)(t - y) (-dE/dnet for E = 1/2 sum (t - y)^2), W_grad = delta
    # input^T added with the rate; three inputs, two hidden units and two outputs here (the layer of the threads is
    # the output layer, its input the hidden outputs; two hidden units so that the threads' wrong proposals keep
    # the shapes they replace)
    "b119_hb": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # KIKAGAKU's tutorial as the Japanese issue quotes it: y = w_7 z_11 + w_8 z_12, a linear output of two hidden
    # units (ReLU: its worked line has z_11 = 0) fed by three inputs through w_1 ... w_6, no biases; the squared error
    # L = (t - y)^2 (the tutorial's derivative 2(t - y) ... is the squared error's, the L = (t-y) lost its
    # square)
    "b119_kk": _layers('inputs = 3\nunits = 2\nactivation = "relu"\nbias = "none"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # SolveConPython's Spanish article "Añadiendo una capa oculta": X (W1, b1) tanh (W2, b2) sigmoid y_hat, 2 inputs,
    # 4 hidden units, 1 output, W1 of size (2, 4) input-first, samples as rows; binary cross-entropy (the series'
    # loss)
    "b119_es": _layers('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
}

NOTATIONS = {
    # FUlyankin's problem 2 (and the issue on it): w_k the weight of layer k, h_k the layer's sum and o_k its output
    # (h^k, o^k in the text, h_2, o_1 in the formulas), x and y the observation's input and target (x_i, y_i with
    # its index i), y_hat the output, f the activation (the sigmoid), L the loss; w_k^{t-1} a weight before the
    # step and w_k^t after it
    "b119_ms": r'''
[notation]
indices = "i"
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"x_{i}" = "x[0]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"\\hat{y}" = "a3[0]"
"\\hat{y}_{i}" = "a3[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"w_{3}" = "W3[0, 0]"
"w_{1}^{t-1}" = "W1[0, 0]"
"w_{2}^{t-1}" = "W2[0, 0]"
"w_{3}^{t-1}" = "W3[0, 0]"
"w_{1}^{t}" = "new(W1[0, 0])"
"w_{2}^{t}" = "new(W2[0, 0])"
"w_{3}^{t}" = "new(W3[0, 0])"
"h_{1}" = "z1[0]"
"h_{2}" = "z2[0]"
"o_{1}" = "a1[0]"
"o_{2}" = "a2[0]"
''',
    # FUlyankin's problem 5: w^k_{ij} the weight of layer k from unit i of the layer before to unit j (input-first:
    # h^1_{i1} = w^1_{11} x_{i1} + w^1_{21} x_{i2}), w^3_j from o^2_j to the output, h^k_{ij} and o^k_{ij} unit j of
    # layer k for observation i (i the sample), x_{ij} feature j; in matrix form X the row of features, W_k the
    # input-first matrices (the transposes of symbols.md's), H_k and O_k the layers' rows; d = dL/dy_hat (its
    # first meaning, where the W_3 line uses it)
    "b119_mm": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{ij}" = "x[j-1]"
"h_{ij}^{1}" = "z1[j-1]"
"o_{ij}^{1}" = "a1[j-1]"
"h_{ij}^{2}" = "z2[j-1]"
"o_{ij}^{2}" = "a2[j-1]"
"w_{ij}^{1}" = "W1[j-1, i-1]"
"w_{ij}^{2}" = "W2[j-1, i-1]"
"w_{i}^{3}" = "W3[0, i-1]"
"\\hat{y}_{i}" = "a3[0]"
"\\hat{y}" = "a3[0]"
"y" = "y[0]"
"X" = "x[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"W_{3}" = "W3[:, :].T"
"H_{1}" = "z1[:].T"
"O_{1}" = "a1[:].T"
"O_{2}" = "a2[:].T"
"d" = "grad(a3[0])"
''',
    # core.cz's code: samples as rows (one here, m = X.shape[0] = 1), X the input row, W1 and W2 input-first
    # (X.dot(W1)), b1, b2, z1, a1, z2, a2 rows; dz2, dW2, db2, da1, dz1 the loss's gradients by those quantities (the
    # page's "Gradient pro výstupní vrstvu", "derivace MSE loss"), as rows and input-first matrices
    "b119_cz": r'''
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"dz2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"m" = "1"
''',
    # Jackfnvpn's notes: x_i the features (i = 1 ... d), z_k^H and a_k^H hidden unit k's sum and output (k = 1 ...
    # h), w_{ki}^H from feature i to hidden unit k (output-first, the rows of W^H), b_k^H; z_j^{OUT}, a_j^{OUT},
    # b_j^{OUT} output j's, w_{jk}^{OUT} from hidden unit k to output j (W^{OUT} is t x h); the bold vectors and the
    # matrices whole; d, h, t the layers' sizes
    "b119_it": r'''
[notation]
indices = "ijk"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ki}^{H}" = "W1[k-1, i-1]"
"b_{k}^{H}" = "b1[k-1]"
"z_{k}^{H}" = "z1[k-1]"
"a_{k}^{H}" = "a1[k-1]"
"w_{jk}^{OUT}" = "W2[j-1, k-1]"
"b_{j}^{OUT}" = "b2[j-1]"
"z_{j}^{OUT}" = "z2[j-1]"
"a_{j}^{OUT}" = "a2[j-1]"
"W^{H}" = "W1[:, :]"
"W^{OUT}" = "W2[:, :]"
"\\boldsymbol{x}" = "x[:]"
"\\boldsymbol{z}^{H}" = "z1[:]"
"\\boldsymbol{a}^{H}" = "a1[:]"
"\\boldsymbol{b}^{H}" = "b1[:]"
"\\boldsymbol{z}^{OUT}" = "z2[:]"
"\\boldsymbol{b}^{OUT}" = "b2[:]"
"d" = "2"
"h" = "3"
"t" = "2"
''',
    # hanbt's FullConnectedLayer.backward, for the network's last layer: self.input its input (the hidden outputs,
    # a column), self.output its output, self.W its weights (output-first: W input + b), self.b its biases;
    # delta_array the error term handed to it (-dE/dnet of its outputs, hanbt's delta = y (1 - y)(t - y)),
    # self.delta the one it hands back (-dE/dnet of its inputs' units), self.W_grad and self.b_grad -dE/dW and -dE/db
    # (the updates add them); self.activator.backward(x) = x (1 - x), the sigmoid's slope written of its output,
    # self.activator.forward the sigmoid; input (a commenter's bare word) the layer's input
    "b119_hb": r'''
[notation]
functions = { "self.activator.backward" = "sigmoid' at output", "self.activator.forward" = "sigmoid" }
[notation.symbols]
"self.input" = "a1[:]"
"input" = "a1[:]"
"self.output" = "a2[:]"
"self.W" = "W2[:, :]"
"self.b" = "b2[:]"
"delta_array" = "-delta2[:]"
"self.delta" = "-delta1[:]"
"self.W_grad" = "-grad(W2[:, :])"
"self.b_grad" = "-grad(b2[:])"
''',
    # hanbt's Network.calc_gradient: self.layers[-1] the last layer, its output the network's output, label the
    # target, delta the output layer's error term (-dE/dnet), the last layer's activator.backward(x) = x (1 - x),
    # named by its last two words (the loader takes no function name with brackets, "self.layers[-1].activator.backward")
    "b119_hn": r'''
[notation]
functions = { "activator.backward" = "sigmoid' at output" }
[notation.symbols]
"self.layers[-1].output" = "a2[:]"
"label" = "y[:]"
"delta" = "-delta2[:]"
''',
    # the KIKAGAKU issue: t the target, y the output, w_7 and w_8 the output's weights from the hidden units z_11 and
    # z_12 (their outputs), L the loss
    "b119_kk": r'''
[notation.symbols]
"t" = "y[0]"
"y" = "a2[0]"
"w_{7}" = "W2[0, 0]"
"w_{8}" = "W2[0, 1]"
"z_{11}" = "a1[0]"
"z_{12}" = "a1[1]"
''',
    # SolveConPython's code: X the input row (samples as rows, one here), W1 (2, 4) and W2 (4, 1) input-first, b1,
    # b2 rows; Z1, A1, Z2 the rows of the sums and the hidden outputs, y_hat the prediction
    "b119_es": r'''
[notation.symbols]
"X" = "x[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"y_hat" = "a2[:].T"
''',
}
