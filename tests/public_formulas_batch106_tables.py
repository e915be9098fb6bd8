"""The networks and notations of batch 106 of the held-out public formulas (tests/public_formulas_batch106.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b106_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # HinataAoki's day3.py: inputs x1, x2, hidden O1, O2 (sigmoid Sig), one sigmoid Output, a bias per unit,
    # E = (y - Output)^2; the rate alpha not given
    "b106_ha": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # mustafraca's Turkish back_prop_1giris_1cikis.py: one input X = 1, a sigmoid unit (W1 = -0.5, b1 = 0.1), a
    # linear output (W2 = -0.3, b2 = 0.2), target Y = 2, its d2 = -2*e the derivative of e^2, alfa = 0.3
    "b106_mu": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[-0.5]]\nbiases = [0.1]',
                            'units = 1\nactivation = "identity"\nweights = [[-0.3]]\nbiases = [0.2]',
                            loss="squared_error", extra=_data("[1.0]", "[2.0]", 0.3)),
    # the stored Chinese Day8 notes on Ng's course: a 2-layer network, g^{[1]} (tanh here, as the course's
    # assignment), a sigmoid output, the log loss, one example (m = 1); two inputs and two hidden units
    "b106_d8": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the stored Hexo post on Ng's week 3: one node z = w^T x + b, yhat = sigma(z) (logistic regression, two
    # inputs here)
    "b106_hx_lr": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # its 2-layer network: n^[0] = n^[1] = 2 (the post's own initialisation paragraph), g^[1] tanh (its assignment),
    # g^[2] sigmoid, the log loss, one example
    "b106_hx": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the stored Portuguese lesson: the XOR network 2-3-1, sigmoid, no biases (pesos0 2 x 3, pesos1 3 x 1,
    # input-first), E = 1/2 sum (y_esperado - y_obtido)^2, taxa_aprendizado 0.1
    "b106_aula": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                         'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the stored Chinese notes on NTU's course: a^l = sigma(W^l a^{l-1} + b^l) at every layer, C's gradient by the
    # output y; a 2-3-2 network, half the squared error
    "b106_adl": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the stored Vietnamese exercise: logistic regression, z = w x + b, h = sigmoid(z), the log loss J, one input;
    # one example (m = 1)
    "b106_vn": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                            extra="\n[update]\nlearning_rate = 0.0001\n"),
    # Brunocs1991's rede_multicamada_.py: the XOR network 2-3-1, sigmoid, no biases, pesos_0 (2 x 3) and pesos_1
    # (3 x 1) input-first, one row (0, 1) with target 1; erro = saidas - camada_saida (half the squared error's)
    "b106_br": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[-0.424, 0.358], [-0.740, -0.577], [-0.961, -0.469]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[-0.017, -0.893, 0.148]]',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.1)),
    # UsusCimex's activation_func/sigmoid.py: a perceptron's sigmoid unit, two inputs here
    "b106_us": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # jsdw's network.js (its example follows Mazur's 2-2-2 network): sigmoid, a bias per node, error =
    # 0.5*(expected - out)^2 summed over the outputs
    "b106_js": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # HinataAoki's names: w[layer, from, to] (w121: layer 1, from x2, to O1), b11, b12 the hidden biases, b21 the
    # output's, Z1, Z2 and O1, O2 the hidden sums and outputs, Z and Output the output's, Sig the sigmoid, Error
    # the loss, dw111 ... db21 the gradients the file computes, alpha the rate
    "b106_ha": r'''
[notation]
indices = "q"
loss = ["Error"]
learning_rate = ["alpha"]
functions = { Sig = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"y" = "y[0]"
"w111" = "W1[0, 0]"
"w121" = "W1[0, 1]"
"w112" = "W1[1, 0]"
"w122" = "W1[1, 1]"
"w211" = "W2[0, 0]"
"w221" = "W2[0, 1]"
"b11" = "b1[0]"
"b12" = "b1[1]"
"b21" = "b2[0]"
"Z1" = "z1[0]"
"Z2" = "z1[1]"
"O1" = "a1[0]"
"O2" = "a1[1]"
"Z" = "z2[0]"
"Output" = "a2[0]"
"dw111" = "grad(W1[0, 0])"
"dw121" = "grad(W1[0, 1])"
"db11" = "grad(b1[0])"
"dw112" = "grad(W1[1, 0])"
"dw122" = "grad(W1[1, 1])"
"db12" = "grad(b1[1])"
"dw211" = "grad(W2[0, 0])"
"dw221" = "grad(W2[0, 1])"
"db21" = "grad(b2[0])"
''',
    # mustafraca's names: X, Y the input and target, W1, b1, W2, b2, y1 and y2 the layers' outputs, e = Y - y2,
    # F1 and F2 the layers' slopes, d1 and d2 dE/dn of each layer (E = e^2), alfa the rate, linear the identity
    "b106_mu": r'''
[notation]
indices = "q"
learning_rate = ["alfa"]
functions = { linear = "identity" }
[notation.symbols]
"X" = "x[0]"
"Y" = "y[0]"
"W1" = "W1[0, 0]"
"b1" = "b1[0]"
"W2" = "W2[0, 0]"
"b2" = "b2[0]"
"y1" = "a1[0]"
"y2" = "a2[0]"
"e" = "y[0] - a2[0]"
"F1" = "a1[0]*(1 - a1[0])"
"F2" = "1"
"d1" = "delta1[0]"
"d2" = "delta2[0]"
''',
    # the Day8 notes' letters (Ng's): w^{[l]} (bold too) the weights, b^{[l]}, z^{[l]}/Z^{[l]}, a^{[l]}/A^{[l]},
    # g^{[1]} (tanh) and g^{[2]} (sigmoid), dw, db, dZ the gradients (d in bold), x and X the input, Y the label,
    # m = 1 example
    "b106_d8": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid", "\\mathbf{g}^{[1]}" = "tanh", "\\mathbf{g}^{[2]}" = "sigmoid" }
[notation.symbols]
"w^{[l]}" = "W{l}[:, :]"
"\\mathbf{w}^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\mathbf{b}^{[l]}" = "b{l}[:]"
"\\mathbf{z}^{[l]}" = "z{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"\\mathbf{a}^{[l]}" = "a{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dw^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dZ^{[l]}" = "grad(z{l}[:])"
"x" = "x[:]"
"X" = "x[:]"
"Y" = "y[:]"
"m" = "1"
''',
    # the Hexo post's single node: z = w^T x + b, yhat = a = sigma(z), w the node's weights
    "b106_hx_lr": r'''
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"\\hat{y}" = "a1[0]"
''',
    # the Hexo post's 2-layer network (Ng's letters): W^{[l]}, b^{[l]}, Z^{[l]}, A^{[l]}, g^{[1]} tanh, g^{[2]}
    # sigmoid, dW, db, dZ the gradients, X and Y the example, m = 1, \mathcal{L} the loss
    "b106_hx": r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dZ^{[l]}" = "grad(z{l}[:])"
"X" = "x[:]"
"Y" = "y[:]"
"m" = "1"
''',
    # the Portuguese lesson: y_esperado the target, y_obtido the output, w the parameter checked, E the loss;
    # its code's camada0 (X), z1, a1, z2, a2, erro = y - a2, delta2 and delta1 (the code's delta is -dE/dz),
    # pesos0 and pesos1 (input-first: the transposes of W1 and W2), taxa_aprendizado the rate; sigmoid_deriv at
    # its argument x (a sum)
    "b106_aula": r'''
[notation]
indices = "q"
loss = ["E"]
parameter = ["w"]
learning_rate = ["taxa_aprendizado"]
functions = { sigmoid_deriv = "sigmoid' at input" }
[notation.symbols]
"y_{esperado}" = "y[0]"
"y_{obtido}" = "a2[0]"
"x" = "z1[0]"
"camada0" = "x[:]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"y" = "y[0]"
"erro" = "y[0] - a2[0]"
"delta2" = "-delta2[0]"
"delta1" = "-delta1[:]"
"pesos0" = "W1[:, :].T"
"pesos1" = "W2[:, :].T"
''',
    # the NTU notes' letters, counted from 1: a_i^l, z_i^l, b_i^l, w_{ij}^l (from unit j of layer l-1 to unit i of
    # layer l), the vectors a^l, z^l, b^l, W^l, x the input, y = a^L the output, \hat{y} the target (the page: "\hat{y}
    # 是真实值"), delta_i^l = dC/dz_i^l, C the loss
    "b106_adl": r'''
[notation]
indices = "ijkl"
loss = ["C"]
[notation.symbols]
"x" = "x[:]"
"x_{j}" = "x[j-1]"
"y" = "a2[:]"
"\\hat{y}" = "y[:]"
"a^{l}" = "a{l}[:]"
"z^{l}" = "z{l}[:]"
"W^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"a_{i}^{l}" = "a{l}[i-1]"
"z_{i}^{l}" = "z{l}[i-1]"
"b_{i}^{l}" = "b{l}[i-1]"
"w_{ij}^{l}" = "W{l}[i-1, j-1]"
"\\delta^{l}" = "delta{l}[:]"
"\\delta_{i}^{l}" = "delta{l}[i-1]"
''',
    # the Vietnamese exercise: w, b, x, z = w x + b, h the sigmoid's output, y the label, the example's h_i, y_i,
    # x_i (i over the m = 1 examples), J the loss, w_old and w_new the weight before and after the step
    "b106_vn": r'''
[notation]
indices = "i"
loss = ["J"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"z" = "z1[0]"
"h" = "a1[0]"
"y" = "y[0]"
"h_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"x_{i}" = "x[0]"
"m" = "1"
"w_{old}" = "W1[0, 0]"
"w_{new}" = "new(W1[0, 0])"
"b_{old}" = "b1[0]"
"b_{new}" = "new(b1[0])"
''',
    # Brunocs1991's names: sigmoid at a hidden unit's sum soma, sigmoid_derivada written of the output sig; the
    # output's error, its slope and its delta (the code's delta is -dE/dz)
    "b106_br": r'''
[notation]
functions = { sigmoid_derivada = "sigmoid' at output" }
[notation.symbols]
"soma" = "z1[0]"
"sig" = "a1[0]"
"camada_saida" = "a2[0]"
"erro_camada_saida" = "y[0] - a2[0]"
"derivada_saida" = "a2[0]*(1 - a2[0])"
"delta_saida" = "-delta2[0]"
''',
    # UsusCimex's methods: func the sigmoid, prime its slope at its argument x (the unit's sum), self.sigmoid (the
    # name prime calls) the sigmoid
    "b106_us": r'''
[notation]
functions = { func = "sigmoid", prime = "sigmoid' at input", "self.sigmoid" = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # jsdw's names for an output node: in1 its total input, out1 its output, w1 its first weight (from the first
    # hidden node, prevOut1), error the loss, activationFunction the sigmoid; errorWrtOut, outWrtIn, errorWrtIn the
    # derivatives the code caches
    "b106_js": r'''
[notation]
indices = "q"
loss = ["error"]
functions = { activationFunction = "sigmoid" }
[notation.symbols]
"in1" = "z2[0]"
"out1" = "a2[0]"
"w1" = "W2[0, 0]"
"prevOut1" = "a1[0]"
"errorWrtOut" = "grad(a2[0])"
"outWrtIn" = "a2[0]*(1 - a2[0])"
"errorWrtIn" = "delta2[0]"
''',
}
