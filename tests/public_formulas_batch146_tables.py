"""The networks and notations of batch 146 of the held-out public formulas (tests/public_formulas_batch146.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b146_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the README of Nielsen's four equations (stored file 1032736972): Nielsen's network, sigmoid layers with biases,
    # w^l_{jk} output-first (into unit j of layer l from unit k of layer l-1), the quadratic cost C = 1/2 ||y - a^L||^2
    # (the book's); no numbers: 2-3-2 here, layers l = 1, 2 (a^0 the input), the rate 0.1
    "b146_nr": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese three-layer derivation (stored file 58278957986): I_j = sum_i w_ji x_i, O_j = f(I_j), I_k = sum_j
    # w_kj O_j, O_k = f(I_k), f the sigmoid, no biases, E = 1/2 sum_k (d_k - y_k)^2; no numbers: 2-3-2 here, eta 0.1
    "b146_zh": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Markdown write-up's worked example (stored file 61462257216, its section 3): the mean-pooled embedding
    # e_bar = [0.8, 0.9, 0.5, 0.6] the network's input (the lookup and pooling before it hold no weight the example
    # updates), W^(1) (3 x 4) and b^(1) = [0.1, 0.2, 0.3], ReLU hidden units, W^(2) (2 x 3) and b^(2) = [0.1, 0.2],
    # softmax outputs, the cross-entropy, y = [0, 1], eta = 0.1 (its numbers)
    "b146_ce": problem_text('inputs = 4\nunits = 3\nactivation = "relu"\n'
                            'weights = [[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8], [0.9, 1.0, 0.1, 0.2]]\n'
                            'biases = [0.1, 0.2, 0.3]',
                            'units = 2\nactivation = "softmax"\nweights = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]\n'
                            'biases = [0.1, 0.2]',
                            loss="cross_entropy", extra=_data("[0.8, 0.9, 0.5, 0.6]", "[0.0, 1.0]", 0.1)),
    # the Chinese notebook's two-layer network (stored file 36648815046, its section 4 and the cell after): x (3, 1)
    # a column, W1 (4, 3) and W2 (1, 4) output-first with biases, tanh hidden units, y_pred = z2 (a linear output),
    # loss = 0.5 * (y_pred - y_true)^2; 3-4-1 as the cell draws it, the rate 0.1
    "b146_nb": _layers('inputs = 3\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # the lecture notebook's MLP class (stored file 70820716461): samples as rows, W1 (d1, d0) and W2 (d2, d1)
    # output-first with biases, tanh hidden units (act="tanh", its default), softmax outputs with the cross-entropy
    # (d2 > 1), the mean over the n samples (one here), lam = 0 (the gradient check's setting); 2 -> 8 -> 2 there, 2-3-2
    # here, eta 0.5 (the training loop's default)
    "b146_lc": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra="\n[update]\nlearning_rate = 0.5\n"),
    # the beamer slides in pandoc Markdown (stored file 30541469403, Duda and Hart's three-layer network): net_j =
    # sum_i w_ji x_i, y_j = f(net_j), net_k = sum_j w_kj y_j, z_k = f(net_k), no biases (the bias unit is among the
    # "extensions"), J = 1/2 sum_k (t_k - z_k)^2, f the sigmoid (f a nonlinearity the slides leave open); c = 2
    # outputs, 2-3-2 here, eta 0.1
    "b146_dh": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Mitchell-style note (stored file 60743341877): "Worked on the network from the forward-propagation topic",
    # targets 0.01 and 0.99, outputs 0.7513 and 0.7729: Mazur's 2-2-2 sigmoid network (x = [0.05, 0.10], w1 ... w8 =
    # 0.15 ... 0.55, biases 0.35 and 0.60 shared by each layer), E_d = 1/2 sum_k (t_k - o_k)^2; eta 0.5 (Mazur's; the
    # note gives none)
    "b146_mt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.40, 0.45], [0.50, 0.55]]\n'
                            'biases = [0.60, 0.60]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5)),
    # the Italian lecture note's numeric example (stored file 69340636884): one input x = 1, one sigmoid hidden unit,
    # one linear output, no biases, w_ji = 0.5, w_kj = 1, target d = 1, eta = 0.1 (its numbers), the squared error
    # E = 1/2 (d - o_k)^2 (delta_k = (d - o_k) f'(net_k), the note's)
    "b146_it": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[1.0]]',
                            loss="half_squared_error", extra=_data("[1.0]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # Nielsen's README: layers l = 1, 2 (a^0 the input, L the output), w^l_{jk} into unit j of layer l from unit k
    # of layer l-1 (counted from 0 here), z^l_j, a^l_j, b^l_j, delta^l_j = dC/dz^l_j (the page's definition), C the
    # cost, sigma the sigmoid
    "b146_nr": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"a^{0}_{k}" = "x[k]"
"a^{l}_{k}" = "a{l}[k]"
"z^{l}_{j}" = "z{l}[j]"
"b^{l}_{j}" = "b{l}[j]"
"w_{jk}^{l}" = "W{l}[j, k]"
"\\delta_{j}^{l}" = "delta{l}[j]"
"\\delta^{l}" = "delta{l}[:]"
"z^{l}" = "z{l}[:]"
"w^{l}" = "W{l}[:, :]"
''',
    # the Chinese derivation: the index letters name the layers (i an input, j a hidden unit, k an output, as the
    # page writes them: indices "n", so that i, j, k stay literal); O_i = x_i, I_j and O_j the hidden sums and outputs,
    # I_k and O_k = y_k the outputs', d_k the targets, w_ji = w_ij the weight from input i to hidden unit j, w_kj = w_jk
    # from hidden unit j to output k (the page writes both orders), delta_k = (d_k - y_k) f'(I_k) and delta_j the
    # page's error terms (-dE/dI: its updates add eta delta O), f the sigmoid
    "b146_zh": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"O_{i}" = "x[i-1]"
"I_{j}" = "z1[j-1]"
"O_{j}" = "a1[j-1]"
"I_{k}" = "z2[k-1]"
"O_{k}" = "a2[k-1]"
"y_{k}" = "a2[k-1]"
"d_{k}" = "y[k-1]"
"w_{ji}" = "W1[j-1, i-1]"
"w_{ij}" = "W1[j-1, i-1]"
"w_{kj}" = "W2[k-1, j-1]"
"w_{jk}" = "W2[k-1, j-1]"
"\\delta_{k}" = "-grad(z2[k-1])"
"\\delta_{j}" = "-grad(z1[j-1])"
"\\Delta w_{jk}" = "-eta*grad(W2[k-1, j-1])"
"\\Delta w_{ij}" = "-eta*grad(W1[j-1, i-1])"
''',
    # the worked example: e_bar the input (a column), W^(1), b^(1), z^(1), h^(1) the hidden layer's, W^(2), b^(2),
    # z^(2) the outputs', y_hat the softmax outputs, y the one-hot target, delta^(l) = dL_CE/dz^(l) (the page's
    # definition), sigma_1 the hidden activation (ReLU: its sigma'_1 = 1[z > 0]), L_CE and L the cross-entropy
    "b146_ce": r'''
[notation]
loss = ["\\mathcal{L}_{CE}", "\\mathcal{L}"]
functions = { "\\sigma_{1}" = "relu" }
[notation.symbols]
"\\bar{e}" = "x[:]"
"W^{(1)}" = "W1[:, :]"
"b^{(1)}" = "b1[:]"
"z^{(1)}" = "z1[:]"
"h^{(1)}" = "a1[:]"
"W^{(2)}" = "W2[:, :]"
"b^{(2)}" = "b2[:]"
"z^{(2)}" = "z2[:]"
"\\hat{y}" = "a2[:]"
"y" = "y[:]"
"\\delta^{(1)}" = "grad(z1[:])"
"\\delta^{(2)}" = "grad(z2[:])"
''',
    # the Chinese notebook: in the Markdown, x the input, W^(l), b^(l), z^(l) = W^(l) ... , h^(1) = g(z^(1)) the hidden
    # outputs, y_hat = f(z^(2)), L the loss, delta^(l) = dL/dz^(l) (the page's definition), g the hidden activation
    # (tanh in the cell); in the code, columns, W1, W2 output-first, y_pred = z2 the output, y_true the target, the
    # dL_d names the loss's gradients (dL_dy = dL/dy_pred, the comment's)
    "b146_nb": r'''
[notation]
loss = ["\\mathcal{L}"]
functions = { g = "tanh" }
[notation.symbols]
"x" = "x[:]"
"W^{(1)}" = "W1[:, :]"
"b^{(1)}" = "b1[:]"
"z^{(1)}" = "z1[:]"
"h^{(1)}" = "a1[:]"
"W^{(2)}" = "W2[:, :]"
"b^{(2)}" = "b2[:]"
"z^{(2)}" = "z2[:]"
"\\hat y" = "a2[:]"
"\\delta^{(1)}" = "grad(z1[:])"
"\\delta^{(2)}" = "grad(z2[:])"
"y_pred" = "a2[:]"
"y_true" = "y[:]"
"z1" = "z1[:]"
"h1" = "a1[:]"
"W2" = "W2[:, :]"
"dL_dy" = "grad(a2[:])"
"dL_dz2" = "grad(z2[:])"
"dL_dW2" = "grad(W2[:, :])"
"dL_dh1" = "grad(a1[:])"
"dL_dz1" = "grad(z1[:])"
"dL_dW1" = "grad(W1[:, :])"
''',
    # the lecture notebook: in the Markdown, bold x, W^(l), z^(l), h^(1) the hidden outputs, y_hat the outputs, y the
    # one-hot target, delta^(l) = dl/dz^(l) (the page's), l and L the loss (lambda = 0), g the hidden activation
    # (tanh); in the code, samples as rows: P the outputs, Y the one-hot targets, H1 the hidden outputs, D2 and D1 the
    # output and hidden sums' gradients (rows), gW2 (d2, d1) and gb1 (d1,) the gradients, self.W2 (d2, d1)
    # output-first, n the number of samples (one here), lam the L2 penalty (0 here)
    "b146_lc": r'''
[notation]
loss = ["\\ell", "\\mathcal L"]
functions = { g = "tanh" }
[notation.symbols]
"x" = "x[:]"
"W^{(1)}" = "W1[:, :]"
"W^{(2)}" = "W2[:, :]"
"z^{(1)}" = "z1[:]"
"z^{(2)}" = "z2[:]"
"h^{(1)}" = "a1[:]"
"\\hat{y}" = "a2[:]"
"y" = "y[:]"
"\\delta^{(1)}" = "grad(z1[:])"
"\\delta^{(2)}" = "grad(z2[:])"
"P" = "a2[:].T"
"Y" = "y[:].T"
"H1" = "a1[:].T"
"D2" = "grad(z2[:]).T"
"D1" = "grad(z1[:]).T"
"gW2" = "grad(W2[:, :])"
"gb1" = "grad(b1[:])"
"self.W2" = "W2[:, :]"
"n" = "1"
"lam" = "0"
''',
    # the beamer slides: the index letters name the layers (i an input, j a hidden unit, k an output: indices "n"),
    # x_i the inputs, net_j and y_j the hidden sums and outputs, net_k and z_k the outputs', t_k the targets, w_ji
    # and w_kj output-first, delta_k = -dJ/dnet_k and delta_j the sensitivities (the slides' definitions), Delta w the
    # change added (-eta dJ/dw), J the criterion, f the sigmoid, c the number of outputs (2)
    "b146_dh": r'''
[notation]
indices = "n"
loss = ["J"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"net_{j}" = "z1[j-1]"
"y_{j}" = "a1[j-1]"
"net_{k}" = "z2[k-1]"
"z_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"w_{ji}" = "W1[j-1, i-1]"
"w_{kj}" = "W2[k-1, j-1]"
"\\delta_{k}" = "-grad(z2[k-1])"
"\\delta_{j}" = "-grad(z1[j-1])"
"\\Delta w_{kj}" = "-eta*grad(W2[k-1, j-1])"
"\\Delta w_{ji}" = "-eta*grad(W1[j-1, i-1])"
"c" = "2"
''',
    # the Mitchell-style note: the index letters name the layers (i an input, j a hidden unit, k an output: indices
    # "n"); O_i the inputs (on the example's 2-2-2 network the hidden units' inputs are the network's), O_j and O_k
    # the hidden and output units' outputs (o_k in the error's definition), net_k the outputs' sums, t_k the targets,
    # w_kj and w_ji output-first, delta_k = -dE_d/dnet_k and delta_j (the note's definitions), Delta w the change
    # added (-eta dE_d/dw), E_d the error of the one example
    "b146_mt": r'''
[notation]
indices = "n"
loss = ["E_{d}"]
[notation.symbols]
"O_{i}" = "x[i-1]"
"O_{j}" = "a1[j-1]"
"O_{k}" = "a2[k-1]"
"o_{k}" = "a2[k-1]"
"net_{k}" = "z2[k-1]"
"t_{k}" = "y[k-1]"
"w_{kj}" = "W2[k-1, j-1]"
"w_{ji}" = "W1[j-1, i-1]"
"\\delta_{k}" = "-grad(z2[k-1])"
"\\delta_{j}" = "-grad(z1[j-1])"
"\\Delta w_{kj}" = "-eta*grad(W2[k-1, j-1])"
"\\Delta w_{ji}" = "-eta*grad(W1[j-1, i-1])"
''',
    # the Italian note's example: x the input, net_j and o_j the hidden unit's sum and output, o_k the output, w_ji
    # and w_kj the two weights, d the target, delta_k = (d - o_k) f'(net_k) and delta_j = (delta_k w_kj) sigma'(net_j)
    # (the note's, -dE/dnet), Delta w the change added (-eta dE/dw), f' the output's slope (linear: 1)
    "b146_it": r'''
[notation]
indices = "n"
functions = { f = "identity" }
[notation.symbols]
"x" = "x[0]"
"net_{j}" = "z1[0]"
"o_{j}" = "a1[0]"
"o_{k}" = "a2[0]"
"w_{ji}" = "W1[0, 0]"
"w_{kj}" = "W2[0, 0]"
"d" = "y[0]"
"\\delta_{k}" = "-grad(z2[0])"
"\\delta_{j}" = "-grad(z1[0])"
"\\Delta w_{kj}" = "-eta*grad(W2[0, 0])"
"\\Delta w_{ji}" = "-eta*grad(W1[0, 0])"
''',
}
