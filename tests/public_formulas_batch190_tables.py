"""The networks and notations of batch 190 of the held-out public formulas (tests/public_formulas_batch190.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b190_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the PRML lecture notes (stored file 15254385293), their worked example 1: each unit's input a_j = sum_i w_ji
    # z_i ("plus bias if applicable": biases here), tanh hidden units z_j = h(a_j), linear outputs y_k = a_k, E_n =
    # 1/2 sum_k (y_k - t_k)^2; sizes not given: 2-3-2 here, no rate given (0.1)
    "b190_pr": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # the Turkish post on backpropagation (stored file 63105238848): z^(1) = W^(1) x + b^(1), a^(1) = f(z^(1)),
    # z^(2) = W^(2) a^(1) + b^(2), y_hat = g(z^(2)) one output, L = 1/2 (y_hat - y)^2; f and g not named (sigmoids
    # here), 3-4-1 here, eta not given (0.1)
    "b190_tr": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Portuguese simulator's README (stored file 70119739260), the book's Figure 5.5 example (Silva, Spatti &
    # Flauzino): 2-3-2-1, tanh layers, the bias an input x_0 = -1 with its weight in the matrices' first column
    # (here the biases, negated: b = -W[:, 0]), E = 1/2 (d - Y)^2; x_1 = 0.30, x_2 = 0.70, d = 0.85, eta = 0.30, W^(1),
    # W^(2), W^(3) as the README gives them (its numbers)
    "b190_sv": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"\nweights = [[0.4, 0.5], [0.6, 0.7], '
                            '[0.8, 0.3]]\nbiases = [-0.2, -0.3, -0.4]',
                            'units = 2\nactivation = "tanh"\nweights = [[0.6, 0.2, 0.7], [0.7, 0.2, 0.8]]\n'
                            'biases = [0.7, 0.3]',
                            'units = 1\nactivation = "tanh"\nweights = [[0.8, 0.5]]\nbiases = [-0.1]',
                            loss="half_squared_error", extra=_data("[0.3, 0.7]", "[0.85]", 0.3)),
    # the backpropagation quick reference (stored file 1330718650): z^[l] = W^[l] a^[l-1] + b^[l], a^[l] = f(z^[l]),
    # L = 1/(2m) sum_i (y_i - y_hat_i)^2 (one sample here: half the squared error); f not named (the sigmoid here,
    # the first of its table), 2-3-1 here, eta not given (0.1)
    "b190_qr": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the quick reference's single-neuron example: y = f(Wx + b), L = 1/2 (y_true - y)^2; f the sigmoid, 2 inputs here
    "b190_qr1": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the softmax answer (stored file 27540891836): its code's 2-3-2 network (input_size 2, hidden_size 3,
    # output_size 2), W1 (hidden x input) and W2 output-first with biases, tanh hidden units, softmax outputs, the
    # cross-entropy -sum(y log a2); the samples rows in the code; alpha = 0.01
    "b190_sm": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the Chinese homework (stored file 53678404695), its exercise 3: s = W_1 x + b_1, z = ReLU(s), u = W_2 z + b_2,
    # L = CrossEntropy(y, softmax(u)); p, m, n not given: 2-3-2 here, no rate (0.1)
    "b190_zh": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the unit on the perceptron and backpropagation (stored file 57502242907), its solved example 3: one sigmoid
    # neuron, x_1 = 1, x_2 = 2, w_1 = 0.1, w_2 = 0.2, b = 0, t = 1, eta = 0.5, E = 1/2 (t - y)^2 (its numbers)
    "b190_un": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.1, 0.2]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]", 0.5)),
    # the Chinese MLP report (stored file 10418153022), Duda's letters: net_j = sum_{i=0}^d w_ji x_i (w_j0 the bias),
    # y_j = f(net_j), net_k = sum_{j=0}^{n_H} w_kj y_j, y_k = f(net_k), E = 1/2 sum_k (t_k - y_k)^2; f not named (the
    # sigmoid here), d, n_H, c not given for the derivation: 2-3-2 here; eta = 0.1 (the report's item 4)
    "b190_du": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the PRML notes, Bishop's letters: a_j a unit's input (its sum), z_j its output, h the hidden activation (tanh),
    # w_ji the weight into j from i, x_i the inputs, y_k the outputs, t_k the targets, E_n the sample's error,
    # delta_j = dE_n/da_j (the notes' definition); the layer in parentheses as a superscript (1 hidden, 2 output),
    # the unnumbered a_j, delta_j of the recursion the hidden units' and delta_k the outputs'; counted from 1
    "b190_pr": r'''
[notation]
indices = "ijk"
loss = ["E_{n}"]
functions = { h = "tanh" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"a_{j}^{(1)}" = "z1[j-1]"
"z_{j}^{(1)}" = "a1[j-1]"
"a_{k}^{(2)}" = "z2[k-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"w_{ji}^{(1)}" = "W1[j-1, i-1]"
"w_{kj}^{(2)}" = "W2[k-1, j-1]"
"\\delta_{j}^{(1)}" = "delta1[j-1]"
"\\delta_{k}^{(2)}" = "delta2[k-1]"
"a_{j}" = "z1[j-1]"
"a_{k}" = "z2[k-1]"
"w_{kj}" = "W2[k-1, j-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\delta_{k}" = "delta2[k-1]"
''',
    # the Turkish post's LaTeX: x the input (x_i its entries), W^(1), W^(2) output-first, z^(1), a^(1) the hidden
    # sums and outputs (z_j^(1), a_j^(1) entries from 1), z^(2) the output's sum, y_hat the output, y the target,
    # w_j^(2) the output's weight from hidden unit j (w_kj^(2) with k the output), w_ji^(1), f, g the hidden and
    # output activations (sigmoids), delta^(2) = dL/dz^(2), delta_j^(1) = dL/dz_j^(1), eta the learning rate
    "b190_tr": r'''
[notation]
indices = "ijk"
loss = ["L"]
learning_rate = ["\\eta"]
functions = { f = "sigmoid", g = "sigmoid" }
[notation.symbols]
"\\mathbf{x}" = "x[:]"
"x_{i}" = "x[i-1]"
"W^{(1)}" = "W1[:, :]"
"W^{(2)}" = "W2[:, :]"
"z_{j}^{(1)}" = "z1[j-1]"
"a_{j}^{(1)}" = "a1[j-1]"
"z^{(2)}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"w_{j}^{(2)}" = "W2[0, j-1]"
"w_{kj}^{(2)}" = "W2[k-1, j-1]"
"w_{ji}^{(1)}" = "W1[j-1, i-1]"
"\\delta^{(2)}" = "delta2[0]"
"\\delta_{k}^{(2)}" = "delta2[k-1]"
"\\delta_{j}^{(1)}" = "delta1[j-1]"
''',
    # the Turkish post's code block: x the input (a column, x.T its row), W1, W2 output-first, z_hidden, z_out the
    # sums (columns), y_hat the output, y the target, delta_out = dL/dz_out, delta_hidden = dL/dz_hidden, grad_w1 the
    # gradient of W1, f_prime, g_prime the activations' derivatives taken of the sums (f' and g' of the LaTeX)
    "b190_trc": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { f_prime = "sigmoid' at input", g_prime = "sigmoid' at input" }
[notation.symbols]
"x" = "x[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"z_hidden" = "z1[:]"
"z_out" = "z2[:]"
"y_hat" = "a2[:]"
"y" = "y[:]"
"delta_out" = "delta2[:]"
"delta_hidden" = "delta1[:]"
"grad_w1" = "grad(W1[:, :])"
''',
    # the Portuguese README, the book's letters: k the layer (in parentheses), j a neuron, I_j^(k) its weighted
    # input, Y_j^(k) its output, W_{j,i}^(k) the weight into j from i (column 0 the bias's, so neuron i of the layer
    # before is column i: W2[j-1, i-1] here), d the desired output, e = d - Y_1^(3), E the squared error, g the
    # tanh; the book's delta the gradient's opposite (-dE/dI: the updates add eta delta Y), counted from 1
    "b190_sv": r'''
[notation]
indices = "ijk"
loss = ["E"]
learning_rate = ["\\eta"]
functions = { g = "tanh" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"d" = "y[0]"
"e" = "y[0] - a3[0]"
"Y_{1}^{(3)}" = "a3[0]"
"I_{1}^{(3)}" = "z3[0]"
"I_{j}^{(2)}" = "z2[j-1]"
"I_{j}^{(1)}" = "z1[j-1]"
"W_{1,j}^{(3)}" = "W3[0, j-1]"
"W_{k,j}^{(2)}" = "W2[k-1, j-1]"
"\\delta_{1}^{(3)}" = "-delta3[0]"
"\\delta_{j}^{(2)}" = "-delta2[j-1]"
"\\delta_{k}^{(2)}" = "-delta2[k-1]"
"\\delta_{j}^{(1)}" = "-delta1[j-1]"
''',
    # the quick reference: layers in square brackets, a^[0] the input, W^[l], b^[l], z^[l], a^[l] layer l's
    # (output-first, columns), L the output layer, y_hat the output, y the target, delta^[l] = dL/dz^[l], f the
    # activation (the sigmoid), m the number of samples (one here), eta the learning rate
    "b190_qr": r'''
[notation]
indices = "l"
loss = ["L"]
learning_rate = ["\\eta"]
functions = { f = "sigmoid" }
[notation.symbols]
"a^{[0]}" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"\\delta^{[l]}" = "delta{l}[:]"
"z^{[L]}" = "z2[:]"
"\\delta^{[L]}" = "delta2[:]"
"\\hat{y}" = "a2[:]"
"y" = "y[:]"
"m" = "1"
''',
    # the quick reference's single neuron: x the input, W its weights (a row), b its bias, z = Wx + b, y = f(z) the
    # output, y_true the target, f the sigmoid, eta the learning rate
    "b190_qr1": r'''
[notation]
loss = ["L"]
learning_rate = ["\\eta"]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"W" = "W1[:, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
"y_{true}" = "y[0]"
''',
    # the softmax answer's LaTeX: Ng's bracketed layers, a^[0] = x, W^[l], b^[l], z^[l], a^[l] (output-first,
    # columns), y the one-hot target, J the cross-entropy, delta^[l] its error term (dJ/dz^[l]), g^[l] layer l's
    # activation (g^[1] the tanh of the code), alpha the learning rate
    "b190_sm": r'''
[notation]
indices = "l"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "softmax" }
[notation.symbols]
"x" = "x[:]"
"a^{[0]}" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"\\delta^{[l]}" = "delta{l}[:]"
"y" = "t[:]"
''',
    # the softmax answer's code: the samples rows (X, Y one sample's row here), W1, W2 output-first (z1 = X W1.T +
    # b1.T), b1, b2 columns, z1, a1, z2, a2 rows, Y the one-hot target, delta2 = dloss/dz2 and delta1 = dloss/dz1
    # (rows), dW2 ... db1 the gradients (the shapes of W2 ... b1), alpha the learning rate
    "b190_smc": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"X" = "x[:].T"
"Y" = "t[:].T"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"a1" = "a1[:].T"
"a2" = "a2[:].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dW1" = "grad(W1[:, :])"
''',
    # the Chinese homework: x_i the inputs, s_j the hidden sums, z_j the hidden outputs (ReLU), u_k the output sums,
    # y_hat_k the softmax's outputs, y_k the one-hot target, W_kj^(2), W_ji^(1) the weights (into the first index),
    # b_k2, b_j1 the biases (the layer after the unit's index), delta_k^(2) = dL/du_k, delta_j^(1) = dL/ds_j, n the
    # outputs, p the inputs, m the hidden units; counted from 1
    "b190_zh": r'''
[notation]
indices = "ijk"
loss = ["L"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"s_{j}" = "z1[j-1]"
"z_{j}" = "a1[j-1]"
"u_{k}" = "z2[k-1]"
"\\hat{y}_{k}" = "a2[k-1]"
"y_{k}" = "t[k-1]"
"W_{kj}^{(2)}" = "W2[k-1, j-1]"
"W_{ji}^{(1)}" = "W1[j-1, i-1]"
"b_{k2}" = "b2[k-1]"
"b_{j1}" = "b1[j-1]"
"\\delta_{k}^{(2)}" = "delta2[k-1]"
"\\delta_{j}^{(1)}" = "delta1[j-1]"
"n" = "2"
"p" = "2"
"m" = "3"
''',
    # the unit's solved example 3: x_1, x_2 the inputs, w_1, w_2 their weights, b the bias, net the sum, y the
    # sigmoid's output, t the target, f the sigmoid, delta = (t - y) f'(net) (the page's: -dE/dnet), Delta w_1,
    # Delta w_2 the steps (-eta dE/dw), eta the learning rate
    "b190_un": r'''
[notation]
loss = ["E"]
learning_rate = ["\\eta"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"b" = "b1[0]"
"net" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
"\\delta" = "-delta1[0]"
"\\Delta w_{1}" = "-eta*grad(W1[0, 0])"
"\\Delta w_{2}" = "-eta*grad(W1[0, 1])"
''',
    # the Chinese MLP report: Duda's letters, i an input, j a hidden unit, k an output (counted from 1; the index 0
    # the bias's), x_i the inputs, net_j, net_k the sums, y_j the hidden outputs, y_k the outputs, t_k the targets,
    # w_ji, w_kj the weights into the first index, f the activation, E the squared error, c the outputs; delta_k and
    # delta_j the sensitivities as Duda defines them and the report's rules use them (Delta_kj = eta delta_k y_j: the
    # gradient's opposite, -dE/dnet), Delta_kj and Delta w_ji the steps (-eta dE/dw)
    "b190_du": r'''
[notation]
indices = "ijk"
loss = ["E"]
learning_rate = ["\\eta"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"net_{j}" = "z1[j-1]"
"net_{k}" = "z2[k-1]"
"y_{j}" = "a1[j-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"w_{ji}" = "W1[j-1, i-1]"
"w_{kj}" = "W2[k-1, j-1]"
"\\delta_{k}" = "-delta2[k-1]"
"\\delta_{j}" = "-delta1[j-1]"
"\\Delta_{kj}" = "-eta*grad(W2[k-1, j-1])"
"\\Delta w_{ji}" = "-eta*grad(W1[j-1, i-1])"
"c" = "2"
''',
}
