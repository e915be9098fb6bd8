"""The networks and notations of batch 44 of the held-out public formulas (tests/public_formulas_batch44.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b44_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # ozyurtf's README: a_0 = x, s_1 = W_1 a_0 + b_1, a_1 = g_1(s_1), s_2 = W_2 a_1 + b_2, y~ = a_2 = g_2(s_2), the
    # binary cross-entropy C; g_1 tanh and g_2 the sigmoid here (the page lists tanh, sigmoid, ReLU, identity);
    # three inputs, two hidden units
    "b44_ozy": _layers('inputs = 3\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # mattpetersen's post: a softmax output layer whose input (the page's x) is z1 = W1 u + b1, the cross-entropy
    # H(y, s) of a one-hot y; three classes, two features u
    "b44_softmax": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # shawntao9's Udacity exercise: nn_output = sigmoid(x[0]*weights[0] + x[1]*weights[1]) (no bias), x = [1, 2],
    # y = 0.5, the weights meant as [0.5, -0.5] (the file types np.array([0.5, -0,5])), learnrate 0.5; the error
    # term error * sigmoid_prime(h) is -dL/dh of 1/2 (y - nn_output)^2
    "b44_uda_tao": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                                'weights = [[0.5, -0.5]]', loss="half_squared_error",
                                extra=_data("[1.0, 2.0]", "[0.5]", learning_rate=0.5)),
    # ramilsharifsoy's copy of the same exercise (its newest version, commit e1fd571): x = [1, 2], y = 0.5, w =
    # [0.5, -0.5], learnrate 0.5, nn_output = sigmoid(np.dot(x, w))
    "b44_uda_ramil": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                                  'weights = [[0.5, -0.5]]', loss="half_squared_error",
                                  extra=_data("[1.0, 2.0]", "[0.5]", learning_rate=0.5)),
    # a two-layer sigmoid network with the quadratic cost 1/2 |y - a|^2 (the stored Nielsen notes: layers 1 (the
    # input), 2 and N = 3; the stored Neural Smithing section: inputs j, hidden nodes i, output nodes k, E_p =
    # 1/2 sum_k (d_pk - y_pk)^2); two inputs, two hidden units, two outputs
    "b44_mlp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # logistic regression, y-hat = sigma(w^T x + b) with the binary cross-entropy of one example (the stored BCE
    # derivation, the stored Coursera reading on dz = a - y, the stored gradient-descent notes with f(x) and
    # J(w, b) over m examples, one here); two features
    "b44_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored single-neuron script: inputs [1, -2, 3], weights [-3, -1, 2], bias 1, y = max(z, 0) (a ReLU); the
    # script backpropagates dvalue = 1.0 "coming from the subsequent layer", here 1/2 (y - t)^2 with t = 0
    "b44_nnfs": problem_text('inputs = 3\nunits = 1\nactivation = "relu"\nweights = [[-3.0, -1.0, 2.0]]\n'
                             'biases = [1.0]', loss="half_squared_error",
                             extra=_data("[1.0, -2.0, 3.0]", "[0.0]")),
    # harveyAJ's ex2 costFunction.m: h_theta = sigmoid(X * theta), the cross-entropy J averaged over m examples
    # (one here); theta's n entries weigh X's n columns (ex2's first column is ones, theta(1) the intercept: a
    # bias-free unit over three inputs here, the formulas holding whatever X holds)
    "b44_octave": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                          loss="binary_cross_entropy"),
    # the Chinese article's neural network: y = sigma(Wx + b), one layer, L = 1/2 sum_i (y_i - y-hat_i)^2 over its n
    # outputs; three inputs, two sigmoid outputs, alpha the learning rate
    "b44_zen": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
}

NOTATIONS = {
    # the README's names: a_0 = x the input, s_1, s_2 the layers' sums, a_1, a_2 their outputs, W_1, W_2 and
    # b_1, b_2 the weights and biases, y~ (also y-hat in its loss) the output, y the label; g_1 (tanh) and g_2 (the
    # sigmoid) the layers' activations; C (BCE) the cost; delta_1 = dC/ds_2 and delta_2 = dC/ds_1, the page's
    # row vectors (delta_2 = delta_1 W_2 da_1/ds_1)
    "b44_ozy": r'''
[notation]
loss = ["C", "\\text{BCE}"]
functions = { "g_{1}" = "tanh", "g_{2}" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"a_{0}" = "x[:]"
"s_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"s_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[0]"
"\\widetilde{y}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta_{1}" = "grad(z2[0])"
"\\delta_{2}" = "grad(z1[:]).T"
''',
    # the post's letters: x the softmax layer's input (x_i its entries, from 1), s the softmax (s(x)_i, s_i its
    # outputs), y the one-hot label (y_i), H the cross-entropy; bold and plain letters alike
    "b44_softmax": r'''
[notation]
indices = "ij"
loss = ["H"]
functions = { s = "softmax" }
[notation.symbols]
"x_{i}" = "z1[i-1]"
"x" = "z1[:]"
"s_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
"y" = "t[:]"
''',
    # the exercise's names: x the input vector (x[0], x[1]), weights (weights[0], weights[1]), y the target,
    # nn_output the sigmoid's output, error = y - nn_output, error_term the lowercase delta (-dL/dh), learnrate
    # the learning rate; Delta w_ij, delta_j and x_i the comment's letters (one unit, j = 0). The weight step
    # del_w is not named: the spec's grammar allows "del_w" (the name del with the subscript w), but the notation
    # loader refuses it, "unexpected at '_' (position 4)" (del is AsciiMath's partial sign), which would refuse
    # both pages whole (see the batch's docstring)
    "b44_uda": r'''
[notation]
indices = "ij"
learning_rate = ["learnrate"]
[notation.symbols]
"x[i]" = "x[i]"
"x" = "x[:]"
"weights[i]" = "W1[0, i]"
"weights" = "W1[0, :]"
"w" = "W1[0, :]"
"y" = "y[0]"
"nn_output" = "a1[0]"
"error" = "y[0] - a1[0]"
"error_term" = "-grad(z1[0])"
"\\Delta w_{ij}" = "-eta*grad(W1[j, i])"
"\\delta_{j}" = "-grad(z1[j])"
"x_{i}" = "x[i]"
''',
    # Nielsen's notation as the notes write it: layer k counted from the input (layer 1) to N = 3, units i, j
    # from 1; w_{ij}^k from unit j of layer k-1 to unit i of layer k; z, a, b, delta = dC/dz with the unit
    # below and the layer above, or bold with the layer below (W_k the matrix); C (C_x) the cost of one example;
    # y the target; M the mini-batch's size (one example), x_m its example
    "b44_nielsen": r'''
[notation]
indices = "ijk"
loss = ["C", "C_{x}"]
[notation.symbols]
"w_{ij}^{k}" = "W{k-1}[i-1, j-1]"
"b_{i}^{k}" = "b{k-1}[i-1]"
"z_{i}^{k}" = "z{k-1}[i-1]"
"a_{i}^{k}" = "a{k-1}[i-1]"
"a_{j}^{1}" = "x[j-1]"
"\\delta_{i}^{k}" = "grad(z{k-1}[i-1])"
"z_{i}^{N}" = "z2[i-1]"
"a_{i}^{N}" = "a2[i-1]"
"\\delta_{i}^{N}" = "grad(z2[i-1])"
"W_{k}" = "W{k-1}[:, :]"
"b_{k}" = "b{k-1}[:]"
"z_{k}" = "z{k-1}[:]"
"a_{k}" = "a{k-1}[:]"
"a_{1}" = "x[:]"
"\\delta_{k}" = "grad(z{k-1}[:])"
"z_{N}" = "z2[:]"
"a_{N}" = "a2[:]"
"\\delta_{N}" = "grad(z2[:])"
"x" = "x[:]"
"x_{m}" = "x[:]"
"y" = "y[:]"
"M" = "1"
''',
    # the derivation's letters: y-hat the sigmoid's output, z = w^T x + b its sum, y the label, L its loss
    "b44_bce": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\hat{y}" = "a1[0]"
"z" = "z1[0]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"y" = "y[0]"
''',
    # the derivation's code block, Ng's names: y_hat the output, y the label, X the examples as columns (one), m
    # their number, dz, dw, db the loss's gradients
    "b44_bce_code": r'''
[notation.symbols]
"y_hat" = "a1[0]"
"y" = "y[0]"
"X" = "x[:]"
"m" = "1"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
''',
    # the reading's letters (Ng's course): a the sigmoid's output, z its sum, y the label, L the loss, dz Ng's
    # name of dL/dz
    "b44_coursera": r'''
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
"y" = "y[0]"
"dz" = "grad(z1[0])"
''',
    # the notes' letters: w_j the weights (w the vector), b the bias, x_j^{(i)} feature j of example i (x^{(i)}
    # the example's vector), y^{(i)} its label, f the model, m the examples (one), J the cost, alpha the
    # learning rate
    "b44_loggd": r'''
[notation]
indices = "j"
loss = ["J"]
functions = { f = "layer" }
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"x_{j}^{(i)}" = "x[j-1]"
"x^{(i)}" = "x[:]"
"x" = "x[:]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the script's names: inputs[n], weights[n] (i_n, w_n in its comment), bias, xw_n the products, z the sum, y
    # = max(z, 0) the ReLU's output; dvalue the derivative "coming from the subsequent layer" (dL/dy), drelu_dz
    # the derivative by z, drelu_diw0 by the product xw0 (the same), dmul_dw0 the product's derivative by w0
    # (the input), drelu_dw0 the derivative by w0
    "b44_nnfs": r'''
[notation]
indices = "n"
[notation.symbols]
"inputs[n]" = "x[n]"
"weights[n]" = "W1[0, n]"
"i_{n}" = "x[n]"
"w_{n}" = "W1[0, n]"
"bias" = "b1[0]"
"xw_{n}" = "x[n]*W1[0, n]"
"z" = "z1[0]"
"y" = "a1[0]"
"dvalue" = "grad(a1[0])"
"drelu_dz" = "grad(z1[0])"
"drelu_diw0" = "grad(z1[0])"
"dmul_dw0" = "x[0]"
"drelu_dw0" = "grad(W1[0, 0])"
''',
    # the exercise's names: X the examples' rows (one), theta the weights as a column, y the labels, m the
    # examples (one), h_theta the predictions, J the cost, grad(j) its derivative by theta(j), xj = X(:, j)
    "b44_octave": r'''
[notation]
indices = "j"
loss = ["J"]
[notation.symbols]
"X" = "x[:].T"
"theta" = "W1[0, :]"
"y" = "y[0]"
"m" = "1"
"h_theta" = "a1[0]"
"grad(j)" = "grad(W1[0, j-1])"
"x_{j}" = "x[j-1]"
''',
    # Neural Smithing's letters (Reed and Marks) with fixed roles: k the output nodes, i the hidden nodes, j the
    # inputs (literal letters); a the node's weighted sum, y its output, w_{ki} the weight from i to k, delta =
    # dE_p/da, d_pk the target of pattern p at output k (y_pk the output), f'_k = f'(a_k); E_p the pattern's error
    "b44_smithing": r'''
[notation]
indices = "q"
loss = ["E_{p}"]
[notation.symbols]
"a_{k}" = "z2[k]"
"a_{i}" = "z1[i]"
"y_{k}" = "a2[k]"
"y_{i}" = "a1[i]"
"y_{j}" = "x[j]"
"y_{pk}" = "a2[k]"
"d_{pk}" = "y[k]"
"w_{ki}" = "W2[k, i]"
"w_{ij}" = "W1[i, j]"
"\\delta_{k}" = "grad(z2[k])"
"\\delta_{i}" = "grad(z1[i])"
"f'_{k}" = "a2[k]*(1 - a2[k])"
"f'_{i}" = "a1[i]*(1 - a1[i])"
''',
    # the article's model (4.1.1): y the output, W the weight matrix, x the input, b the bias, sigma the activation
    "b44_zen_model": r'''
[notation.symbols]
"y" = "a1[:]"
"W" = "W1[:, :]"
"x" = "x[:]"
"b" = "b1[:]"
''',
    # the article's derivation (4.2.1): y the label (y_i its entries, from 1), y-hat the prediction, W, x, b as in
    # the model, L the loss
    "b44_zen": r'''
[notation]
indices = "i"
[notation.symbols]
"y_{i}" = "y[i-1]"
"y" = "y[:]"
"\\hat{y}_{i}" = "a1[i-1]"
"\\hat{y}" = "a1[:]"
"W" = "W1[:, :]"
"x" = "x[:]"
"b" = "b1[:]"
''',
}
