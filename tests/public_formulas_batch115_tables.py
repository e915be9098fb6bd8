"""The networks and notations of batch 115 of the held-out public formulas (tests/public_formulas_batch115.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b115_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Sunao-Yoshii's notes on 「はじめてのディープラーニング」 5.5 (勾配降下法): the regression network of the notes
    # (回帰型: 中間層 = シグモイド関数, 出力層 = 恒等関数, 損失関数 = 二乗和誤差 E = 1/2 sum_k (y_k - t_k)^2), layers
    # indexed i (入力), j (中間), k (出力), biases b_j and b_k; 2 inputs, 3 hidden units, 2 outputs here
    "b115_sy": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # cgm-16's notes on wikidocs' backpropagation example (역전파): 2 inputs, 2 hidden, 2 outputs, sigmoid
    # everywhere, no biases; x = (0.1, 0.2), W_1 ... W_4 = 0.3, 0.25, 0.4, 0.35 (z_1 = W_1 x_1 + W_2 x_2),
    # W_5 ... W_8 = 0.45, 0.4, 0.7, 0.6 (z_3 = W_5 h_1 + W_6 h_2), targets 0.4 and 0.6, E_total half the squared
    # error summed over the outputs, the learning rate alpha = 0.5 (its numbers)
    "b115_cg": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.3, 0.25], [0.4, 0.35]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.45, 0.4], [0.7, 0.6]]',
                            loss="half_squared_error", extra=_data("[0.1, 0.2]", "[0.4, 0.6]", 0.5)),
    # Matchlab's Qiita article (Softmax Cross Entropyの導関数): the softmax's input X (m x n), its output Y, the
    # one-hot targets T, L = -1/m sum_{i,j} t_ij log y_ij; m = 1 (バッチなしのときは m = 1), n = 3 classes here,
    # the softmax the output of a one-layer network on 2 inputs
    "b115_qm": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # edgeofabandon's post (Derivative of the softmax function): softmax outputs y_hat_o of the sums z_o, the
    # cross-entropy over the classes C, N = 1 example; a sigmoid hidden layer of 2 units before the 3 outputs here
    "b115_eo": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the hackerfall copy of "Gradient descent with backpropagation": 2 inputs, 3 hidden neurons, 1 output (bias
    # nodes, in its theta matrices), sigmoid units, the logistic cost (the output delta h(x) - y)
    "b115_hf": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Oslo course's week 42 page (compphysics, "Derivative of the cost function"): sigmoid layers, the cost
    # 1/2 sum_i (a_i^L - y_i)^2 over the outputs, w_ij^l from node i of layer l-1 to node j of layer l (z_j^l =
    # sum_i w_ij^l a_i^{l-1} + b_j^l in the course); 2 inputs, 3 hidden units, 2 outputs here
    "b115_cp": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Cross Validated question "Backpropagation demo gives always the same result after training": one neuron
    # in each layer, h = sigmoid(x w1 + b1), y = sigmoid(h w2 + b2), cost(E) = E * E with E = yHat - curr_a (the
    # squared error), LEARNING_RATE = 0.1
    "b115_cv": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=LEARNING_RATE),
    # Michael Sjoeberg's backpropagation page (Python, NumPy): x = [[0,0,1], [0,1,1], [1,0,1], [1,1,1]] (its third
    # column a constant 1, an input of its own), y = [[0], [1], [1], [0]], layer_1 = sigmoid(x w_1) (w_1 3 x 4),
    # output = sigmoid(layer_1 w_2) (w_2 4 x 1), no biases, the gradient of sum (y - output)^2 (the squared error),
    # w += w_dx (a rate of 1); the row [0, 1, 1] with y = 1 here
    "b115_ms": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error",
                            extra=_data("[0.0, 1.0, 1.0]", "[1.0]", 1.0)),
    # anarchive-beta's PRML note (4.3.4 多クラスロジスティック回帰): a_{n,k} = w_k^T phi_n, the softmax over the K
    # classes, the cross-entropy; no bias (w_k^T phi_n is the whole sum, PRML's bias a basis function phi_0 = 1), the basis
    # functions the identity (phi_n = x_n), 2 inputs and 3 classes here
    "b115_ab": _layers('inputs = 2\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # szybkie-kursiki's course page (Sieci Neuronowe od Podstaw): one neuron, suma = x1*w1 + x2*w2 + x3*w3 + b then
    # an activation (the sigmoid here); the page's coffee example: x = (1, 1, 0), w = (5, 3, 1), b = -4
    "b115_sk": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nweights = [[5.0, 3.0, 1.0]]\n'
                            'biases = [-4.0]', loss="half_squared_error", extra=_data("[1.0, 1.0, 0.0]", "[1.0]")),
}

NOTATIONS = {
    # Sunao-Yoshii's notes: the layer is the index letter's (入力 i, 中間 j, 出力 k; q and r the hidden and output
    # units of the sums), y the outputs of every layer (y_i the inputs), t_k the targets, w_jk from hidden unit j
    # to output k (input-first subscripts, output-first arrays), u the sums, b the biases, delta = dE/du (the
    # notes say it), E the loss; \partial w_jk, \partial b_j and \partial y_j, the notes' names of dE/dw_jk, dE/db_j
    # and dE/dy_j ("これを \partial y_j としておいておく"), are not the table's: the loader refuses \partial before a
    # symbol as a pattern, check reading a lone \partial X as the loss's derivative by X already (docs/notation.md)
    "b115_sy": r'''
[notation]
indices = "ijkqr"
[notation.symbols]
"y_{i}" = "x[i-1]"
"y_{j}" = "a1[j-1]"
"y_{q}" = "a1[q-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"w_{ij}" = "W1[j-1, i-1]"
"w_{jk}" = "W2[k-1, j-1]"
"w_{jr}" = "W2[r-1, j-1]"
"w_{qk}" = "W2[k-1, q-1]"
"b_{j}" = "b1[j-1]"
"b_{k}" = "b2[k-1]"
"u_{j}" = "z1[j-1]"
"u_{k}" = "z2[k-1]"
"u_{r}" = "z2[r-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\delta_{k}" = "delta2[k-1]"
"\\delta_{r}" = "delta2[r-1]"
''',
    # cgm-16's notes (wikidocs' names): x_1, x_2 the inputs, W_1 ... W_4 the first layer's weights (z_1 = W_1 x_1 +
    # W_2 x_2, z_2 = W_3 x_1 + W_4 x_2), W_5 ... W_8 the second's (z_3 = W_5 h_1 + W_6 h_2, z_4 = W_7 h_1 + W_8
    # h_2), z_1 ... z_4 the sums numbered through the network, h_1, h_2 and o_1, o_2 the outputs, target_{o1} and
    # output_{o1} the first output's target and output, E_{o1} its half of the loss, E_{total} the loss, alpha the
    # rate
    "b115_cg": r'''
[notation]
indices = "n"
loss = ["E_{total}"]
learning_rate = ["α"]
[notation.symbols]
"x_{n}" = "x[n-1]"
"W_{1}" = "W1[0, 0]"
"W_{2}" = "W1[0, 1]"
"W_{3}" = "W1[1, 0]"
"W_{4}" = "W1[1, 1]"
"W_{5}" = "W2[0, 0]"
"W_{6}" = "W2[0, 1]"
"W_{7}" = "W2[1, 0]"
"W_{8}" = "W2[1, 1]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"z_{3}" = "z2[0]"
"z_{4}" = "z2[1]"
"h_{n}" = "a1[n-1]"
"o_{n}" = "a2[n-1]"
"target_{on}" = "y[n-1]"
"output_{on}" = "a2[n-1]"
"E_{on}" = "(y[n-1] - a2[n-1])**2/2"
''',
    # Matchlab's article: X the softmax's input (rows the samples: x_ij the sample i's class j), Y its output, T the
    # one-hot targets (bold for the matrices), i and p the sample (a placeholder no meaning uses), j, k and q the
    # class, counted from 1; m the batch's size (one sample), n the number of classes, L the loss
    "b115_qm": r'''
[notation]
indices = "ijkpq"
[notation.symbols]
"x_{ij}" = "z1[j-1]"
"y_{ij}" = "a1[j-1]"
"t_{ij}" = "t[j-1]"
"\\boldsymbol{X}" = "z1[:].T"
"\\boldsymbol{Y}" = "a1[:].T"
"\\boldsymbol{T}" = "t[:].T"
"m" = "1"
"n" = "3"
''',
    # edgeofabandon's post: z_o the output neuron o's sum, y_hat_o its softmax output, y_o its target (one-hot),
    # counted from 1; y_{n,i} and y_hat_{n,i} the same of example n (a placeholder no meaning uses), N the number of
    # examples (one), L the loss
    "b115_eo": r'''
[notation]
indices = "ikno"
[notation.symbols]
"z_{o}" = "z2[o-1]"
"\\hat{y}_{o}" = "a2[o-1]"
"y_{o}" = "t[o-1]"
"\\hat{y}_{n,i}" = "a2[i-1]"
"y_{n,i}" = "t[i-1]"
"N" = "1"
''',
    # the hackerfall page: h(x) the network's output, y the target, delta_j (and delta_j^L, L the number of layers)
    # the output nodes' deltas, counted from 1: the logistic cost's dC/dz of the output
    "b115_hf": r'''
[notation]
indices = "j"
[notation.symbols]
"h(x)" = "a2[0]"
"\\delta_{j}" = "delta2[j-1]"
"\\delta_{j}^{L}" = "delta2[j-1]"
''',
    # the Oslo course's page: w_ij^l from node i of layer l-1 to node j of layer l (input-first subscripts, counted
    # from 1), a_i^l and z_j^l the layer's outputs and sums, L the output layer, y_i the targets, y_tilde_i the
    # outputs, n the number of outputs, {\cal C} the cost (written with its argument, \boldsymbol{\Theta}^L)
    "b115_cp": r'''
[notation]
indices = "ijl"
loss = ["{\\cal C}"]
[notation.symbols]
"w_{ij}^{l}" = "W{l}[j-1, i-1]"
"a_{i}^{l}" = "a{l}[i-1]"
"z_{j}^{l}" = "z{l}[j-1]"
"y_{i}" = "y[i-1]"
"\\tilde{y}_{i}" = "a2[i-1]"
"n" = "2"
''',
    # the Cross Validated question's code: x the input, curr_a the target, w1, w2, b1, b2 the weights and biases, h
    # the hidden output, y (in feedforward) and yHat the output, E = yHat - curr_a, gradient_y = der_cost(E) =
    # dcost/dyHat, gradient_h = gradient_y * w2 (the question's line, which the stored copy lacks: 2 E w2, no slope
    # of the output), delta_w2, delta_w1, delta_b2, delta_b1 the steps (the rate times dcost/dparameter, subtracted),
    # der_sigmoid(x) = x * (1 - x) the slope written of an output
    "b115_cv": r'''
[notation]
learning_rate = ["LEARNING_RATE"]
functions = { der_sigmoid = "sigmoid' at output" }
[notation.symbols]
"x" = "x[0]"
"curr_a" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"b1" = "b1[0]"
"b2" = "b2[0]"
"h" = "a1[0]"
"y" = "a2[0]"
"yHat" = "a2[0]"
"E" = "a2[0] - y[0]"
"gradient_y" = "grad(a2[0])"
"gradient_h" = "2*(a2[0] - y[0])*W2[0, 0]"
"delta_w1" = "eta*grad(W1[0, 0])"
"delta_w2" = "eta*grad(W2[0, 0])"
"delta_b1" = "eta*grad(b1[0])"
"delta_b2" = "eta*grad(b2[0])"
''',
    # Michael Sjoeberg's page: rows (np.dot(x, w_1)), w_1 and w_2 input-first, x the sample's row, y its target,
    # layer_1 and output the layers' outputs, w_1_dx and w_2_dx the steps the code adds (-dcost/dw, as the weights
    # are shaped), sigmoid_dx(x) = x * (1.0 - x) the slope written of an output
    "b115_ms": r'''
[notation]
functions = { sigmoid_dx = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"w_1" = "W1[:, :].T"
"w_2" = "W2[:, :].T"
"layer_1" = "a1[:].T"
"output" = "a2[:].T"
"w_1_dx" = "-grad(W1[:, :]).T"
"w_2_dx" = "-grad(W2[:, :]).T"
''',
    # anarchive-beta's note: a_{n,k} the sum of class k for input n (n a placeholder no meaning uses), w_k the
    # weights of class k (a column), phi_n the basis functions' vector of input n (the identity here), k from 1
    "b115_ab": r'''
[notation]
indices = "kn"
[notation.symbols]
"a_{n,k}" = "z1[k-1]"
"\\mathbf{w}_{k}" = "W1[k-1, :]"
"\\boldsymbol{\\phi}_{n}" = "x[:]"
''',
    # szybkie-kursiki's page: x1, x2, x3 the inputs, w1, w2, w3 their weights, b the bias, suma the sum
    "b115_sk": r'''
[notation]
indices = "n"
[notation.symbols]
"x_{n}" = "x[n-1]"
"w_{n}" = "W1[0, n-1]"
"b" = "b1[0]"
"suma" = "z1[0]"
''',
}
