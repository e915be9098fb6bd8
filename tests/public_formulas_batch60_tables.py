"""The networks and notations of batch 60 of the held-out public formulas (tests/public_formulas_batch60.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b60_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # jfemiani's PRML notes, worked example 1: tanh hidden units, linear outputs, E_n = 1/2 sum_k (y_k - t_k)^2;
    # "(plus bias if applicable)": no biases here, so that a_j = sum_i w_ji x_i is the whole sum; two inputs, two
    # hidden units, two outputs
    "b60_prml_tanh": _layers('inputs = 2\nunits = 2\nactivation = "tanh"\nbias = "none"',
                             'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # worked example 2: one sigmoid output on the inputs, the cross-entropy of a binary target, no bias
    "b60_prml_logit": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                              loss="binary_cross_entropy"),
    # worked example 3: a = W_1 x + b_1, ReLU, W_2 z + b_2, a sigmoid output y, the binary cross-entropy
    "b60_prml_relu": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                             loss="binary_cross_entropy"),
    # the stored Coursera week notes: y-hat = sigma(w^T x + b), the cross-entropy L, the cost C over m examples
    # (one here); two features
    "b60_week": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Lifan Lin's classification guide (stored): binary logistic regression, z = W x (the code's X carries a column
    # of ones, no separate bias), the binary cross-entropy; two features
    "b60_lifan": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                         loss="binary_cross_entropy"),
    # pkjha's Udacity exercise (stored): x = [0.5, 0.1, -0.2], target 0.6, learnrate 0.5, weights_input_hidden (3 x 2,
    # input-first), weights_hidden_output [[0.1], [-0.3]], no biases, sigmoid units, 1/2 (y - y-hat)^2
    "b60_pkjha": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                              'weights = [[0.5, 0.1, 0.1], [-0.6, -0.2, 0.7]]',
                              'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3]]',
                              loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.6]", learning_rate=0.5)),
    # the stored Deep Learning Specialization notes: logistic regression with two features (x1, x2, w1, w2, b), the
    # cross-entropy L(a, y)
    "b60_ng": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored SymPy script: x = 3, w = 2, b = 1, y = 0.8, yout = sigmoid(w x + b), dL/dyout = 2 (yout - y): the
    # squared error
    "b60_sympy": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[2.0]]\nbiases = [1.0]',
                              loss="squared_error", extra=_data("[3.0]", "[0.8]")),
    # zhumingyi94's flashcard: the sigmoid gate and its local gradient; one sigmoid unit, 1/2 (a - y)^2 (the card
    # names no loss)
    "b60_zhu": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # mayank1101's post, "Setting Up the Problem": x (3 features) -> 4 ReLU units -> 2 softmax outputs, cross-entropy
    "b60_mayank": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                          loss="cross_entropy"),
    # the post's NeuralNetwork class: n_input -> n_hidden ReLU units -> 1 sigmoid output, the binary cross-entropy
    # averaged over the batch (m = 1 here); two inputs, three hidden units
    "b60_mayank_code": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                               loss="binary_cross_entropy"),
    # the stored pseudo-code "function train": two hidden layers and an output layer, f the output function (the
    # sigmoid here), error += (y[n] - d[n])^2: the squared error's half (its derivative (y - d) as the code writes)
    "b60_pseudo": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          'units = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # the stored "First try at backprop" script: O = sig(W I + B), 2 inputs, 2 sigmoid outputs, e = E.E the squared
    # error summed over the outputs; its test's numbers: I = [2, 4], T = [0.5, 0.5], steps of 0.1
    "b60_first": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', loss="squared_error",
                              extra=_data("[2.0, 4.0]", "[0.5, 0.5]")),
    # the stored Chinese course notes, 2.9.2: one neuron, y-hat = sigma(z), z = w x + b, L = 1/2 (y - y-hat)^2
    "b60_cn_mse": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # 2.9.3: y-hat = sigma(w^T x + b), the binary cross-entropy averaged over the m samples of D (one here); two
    # features
    "b60_cn_ce": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored Day 1 ... Day 5 README: Day 1's single neuron (z = w x + b, a = sigmoid(z), loss = 0.5 (a - y)^2)
    "b60_day1": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Day 2's layer of two sigmoid neurons on two inputs, the half squared error summed over them
    "b60_day2": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # Day 3's 2 inputs -> 2 hidden sigmoid neurons -> 1 sigmoid output, loss = 0.5 (y_hat - y)^2
    "b60_day3": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the stored Chinese article: y = f(wX + b) (one input here, f the sigmoid of its code), the MSE it names
    # among its losses, 1/2 (y - y-hat)^2
    "b60_ai_doc": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # its NumPy class: input_size = 2, hidden_size = 3, output_size = 1, sigmoid units; the deltas (y - t) (1 - y) y
    # are those of 1/2 (y - t)^2
    "b60_ai_code": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # drproduck's OutputNode.java: a sigmoid output node (one here, on two inputs), its delta for 1/2 (t - o)^2
    "b60_node": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
}

NOTATIONS = {
    # Bishop's letters as the notes write them (PRML 5.3): a_j the weighted input of unit j, z_j = h(a_j) its
    # activation, h the hidden activation (tanh in example 1), w_{ji}^{(1)} from input i to hidden unit j and
    # w_{kj}^{(2)} from hidden unit j to output k (output-first), y_k the outputs, t_k the targets, delta the local
    # gradient dE_n/da; counted from 1, as x_1 ... x_D
    "b60_prml_tanh": r'''
[notation]
indices = "ijk"
loss = ["E_n", "E"]
functions = { h = "tanh" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ji}^{(1)}" = "W1[j-1, i-1]"
"w_{kj}^{(2)}" = "W2[k-1, j-1]"
"a_{j}^{(1)}" = "z1[j-1]"
"z_{j}^{(1)}" = "a1[j-1]"
"a_{k}^{(2)}" = "z2[k-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"\\delta_{k}^{(2)}" = "delta2[k-1]"
"\\delta_{j}^{(1)}" = "delta1[j-1]"
''',
    # example 2: one output unit, a^{(1)} its weighted input, y = sigma(a^{(1)}) its output, t the binary target,
    # w_i^{(1)} the weight of input i
    "b60_prml_logit": r'''
[notation]
indices = "i"
loss = ["E_n", "E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}^{(1)}" = "W1[0, i-1]"
"a^{(1)}" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
"\\delta^{(1)}" = "delta1[0]"
''',
    # example 3, in vectors: W_1, b_1, W_2, b_2 the parameters, a^{(l)} the weighted inputs, z^{(l)} the activations,
    # y = z^{(2)} the output, t the target, delta^{(l)} = dE/da^{(l)}
    "b60_prml_relu": r'''
[notation]
loss = ["E", "E_n"]
[notation.symbols]
"x" = "x[:]"
"W_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
"W_{2}" = "W2[:, :]"
"b_{2}" = "b2[0]"
"a^{(1)}" = "z1[:]"
"z^{(1)}" = "a1[:]"
"a^{(2)}" = "z2[0]"
"z^{(2)}" = "a2[0]"
"y" = "a2[0]"
"t" = "y[0]"
"\\delta^{(2)}" = "delta2[0]"
"\\delta^{(1)}" = "delta1[:]"
''',
    # the notes' letters: w and x the vectors, w_k and x_{ik} feature k (of example i; one example), b the bias,
    # z_i = w^T x_i + b, y-hat_i = sigma(z_i), y_i the label; \mathcal{L} the loss and \mathcal{C} the cost (m = 1)
    "b60_week": r'''
[notation]
indices = "ik"
loss = ["\\mathcal{L}", "\\mathcal{C}"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"w_{k}" = "W1[0, k-1]"
"x_{ik}" = "x[k-1]"
"z_{i}" = "z1[0]"
"\\hat{y}_{i}" = "a1[0]"
"\\hat{y}" = "a1[0]"
"y_{i}" = "y[0]"
"y" = "y[0]"
"m" = "1"
''',
    # the guide's LaTeX: y the label, y-hat the prediction, z the linear model's output, H(y, y-hat) and L the
    # cross-entropy; sigma written alone, as the guide does in dL/dsigma and dsigma/dz, is the prediction sigma(z)
    "b60_lifan_tex": r'''
[notation]
loss = ["L", "H"]
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"\\sigma" = "a1[0]"
"z" = "z1[0]"
"W" = "W1[0, :]"
"x" = "x[:]"
''',
    # the guide's code (cal_grad): x the inputs (one sample), W the weights (p x 1 in the code, a vector here, as
    # grad, a row before its transpose and a column after), y_hat the prediction; dL_dsigma, dsigma_dz, dz_dw and
    # grad by what they compute; learning_rate
    "b60_lifan_code": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"W" = "W1[0, :]"
"z" = "z1[0]"
"y_hat" = "a1[0]"
"dL_dsigma" = "grad(a1[0])"
"dsigma_dz" = "a1[0]*(1 - a1[0])"
"dz_dw" = "x[:]"
"grad" = "grad(W1[0, :])"
''',
    # pkjha's names: x the input row, target the label, learnrate eta, the input-first weight matrices, the layers'
    # inputs and outputs, error = target - output, the error terms -dE/dz (output_error_term, hidden_error_term)
    "b60_pkjha": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"x" = "x[:].T"
"target" = "y[0]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_in" = "z2[0]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-delta2[0]"
"hidden_error_term" = "-delta1[:].T"
"delta_w_h_o" = "-eta*grad(W2[:, :]).T"
"delta_w_i_h" = "-eta*grad(W1[:, :]).T"
''',
    # the notes' plain-text names: a = yhat the prediction, y the label, z the sum, x1, x2, w1, w2, b; da, dz, dw1,
    # dw2, db the derivatives of the loss L by them (Ng's dvar); alpha the learning rate
    "b60_ng": r'''
[notation]
loss = ["L"]
learning_rate = ["α"]
[notation.symbols]
"a" = "a1[0]"
"yhat" = "a1[0]"
"y" = "y[0]"
"z" = "z1[0]"
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b" = "b1[0]"
"da" = "grad(a1[0])"
"dz" = "grad(z1[0])"
"dw1" = "grad(W1[0, 0])"
"dw2" = "grad(W1[0, 1])"
"db" = "grad(b1[0])"
''',
    # the script's names: x, w, b, z, y, yout; dL_dyout, dyout_dz, dz_dw and dL_dw by what they compute
    "b60_sympy": r'''
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "y[0]"
"yout" = "a1[0]"
"dL_dyout" = "grad(a1[0])"
"dyout_dz" = "a1[0]*(1 - a1[0])"
"dz_dw" = "x[0]"
"dL_dw" = "grad(W1[0, 0])"
''',
    # the card's x is the gate's input, the sum the sigmoid squashes
    "b60_zhu": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # Ng's [l] as the post writes it: W^{[l]}, b^{[l]}, z^{[l]}, a^{[1]} vectors and matrices, x the input, y-hat the
    # softmax output, y the one-hot target, alpha the learning rate
    "b60_mayank": r'''
[notation]
indices = "l"
loss = ["L"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[1]}" = "a1[:]"
"\\hat{y}" = "a2[:]"
"y" = "t[:]"
''',
    # the class's names: rows of samples (m = 1), X the input row, the input-first self.W1 and self.W2, Z1, A1, Z2,
    # A2 the layers, Y the label; dZ2, dW2, dA1, dZ1, dW1 the derivatives of the loss by them; self.lr the rate
    "b60_mayank_code": r'''
[notation]
learning_rate = ["self.lr"]
[notation.symbols]
"m" = "1"
"X" = "x[:].T"
"Y" = "y[0]"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[0]"
"A2" = "a2[0]"
"dZ2" = "grad(z2[0])"
"dW2" = "grad(W2[:, :]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
''',
    # the pseudo-code's names: y[n] the output layer, d[n] the desired outputs, hl[h] the second hidden layer's
    # outputs, weight[n][h] the output layer's weights, f the output function; Error[n] the output's error term
    # (dE/dz, as its use in weight[n][h] += ... implies); "learning rate" its words
    "b60_pseudo": r'''
[notation]
indices = "nh"
learning_rate = ["learning rate"]
functions = { f = "sigmoid" }
[notation.symbols]
"y[n]" = "a3[n]"
"d[n]" = "y[n]"
"hl[h]" = "a2[h]"
"weight[n][h]" = "W3[n, h]"
"Error[n]" = "delta3[n]"
''',
    # the script's names: O the outputs, T the targets, I the inputs, W and B the parameters (self. the
    # same); Oi, Ti, Ij, Bi, Wij entries (from 0, as the arrays); E = O - T, e the error E.E; GB and GW its
    # gradients; sig the sigmoid
    "b60_first": r'''
[notation]
indices = "ij"
loss = ["e"]
functions = { sig = "sigmoid" }
[notation.symbols]
"O_{i}" = "a1[i]"
"T_{i}" = "y[i]"
"I_{j}" = "x[j]"
"B_{i}" = "b1[i]"
"W_{ij}" = "W1[i, j]"
"O" = "a1[:]"
"T" = "y[:]"
"I" = "x[:]"
"E" = "a1[:] - y[:]"
"self.O" = "a1[:]"
"self.I" = "x[:]"
"self.W" = "W1[:, :]"
"self.B" = "b1[:]"
"GB" = "grad(b1[:])"
"GW" = "grad(W1[:, :])"
''',
    # the notes' letters (2.9.2): w, x, b, z = w x + b, y the label, y-hat = sigma(z) the prediction, L the loss
    "b60_cn_mse": r'''
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
''',
    # 2.9.3: bold w and x the vectors, b, z, y, y-hat; m the number of samples (one); D the data set
    "b60_cn_ce": r'''
[notation.symbols]
"\\mathbf{w}" = "W1[0, :]"
"\\mathbf{x}" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"m" = "1"
''',
    # Day 1's names: w, x, b, z, a the output, y the target, loss; dL_da, da_dz, dL_dw by what they compute
    "b60_day1": r'''
[notation]
loss = ["loss"]
learning_rate = ["learning_rate"]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"dL_da" = "grad(a1[0])"
"da_dz" = "a1[0]*(1 - a1[0])"
"dL_dw" = "grad(W1[0, 0])"
''',
    # Day 2's column arrays indexed [i][0]: a the outputs, y the targets, x the inputs, delta dL/dz; dW and db
    "b60_day2": r'''
[notation]
indices = "ij"
[notation.symbols]
"a[i][0]" = "a1[i]"
"y[i][0]" = "y[i]"
"x[j][0]" = "x[j]"
"delta[i][0]" = "delta1[i]"
"dW[i][j]" = "grad(W1[i, j])"
"db[i][0]" = "grad(b1[i])"
''',
    # Day 3's names: x, w1, b1, z1, h the hidden layer; w2 (1 x 2), b2, z2, y_hat the output; y the target;
    # delta2 and delta1 dL/dz2 and dL/dz1, dL_dh the loss's derivative by h
    "b60_day3": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[:]"
"w1" = "W1[:, :]"
"b1" = "b1[:]"
"z1" = "z1[:]"
"h" = "a1[:]"
"w2" = "W2[:, :]"
"b2" = "b2[0]"
"z2" = "z2[0]"
"y_hat" = "a2[0]"
"y" = "y[0]"
"delta2" = "delta2[0]"
"delta1" = "delta1[:]"
"dL_dh" = "grad(a1[:])"
''',
    # the article's 3.1: y the output ("y 是输出结果"), w the weight, X the input, b the bias, f the activation
    "b60_ai_fwd": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"y" = "a1[0]"
"w" = "W1[0, 0]"
"X" = "x[0]"
"b" = "b1[0]"
''',
    # its 3.2, as the line under the formulas says: y the actual result (the label), y-hat the predicted result, L
    # the loss, f the activation and f' its derivative
    "b60_ai_grad": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"w" = "W1[0, 0]"
"X" = "x[0]"
"b" = "b1[0]"
''',
    # its code's names: y the output (forward's return), t the target, self.weights2 (hidden x output,
    # input-first), delta3 the output's delta dL/dz and delta2 the hidden layer's (rows), self.bias2, lr the rate
    "b60_ai_code": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"y" = "a2[0]"
"t" = "y[0]"
"self.weights2" = "W2[:, :].T"
"self.bias2" = "b2[0]"
"delta3" = "delta2[0]"
"delta2" = "delta1[:].T"
''',
    # the node's fields: input its weighted input, value its output, expectedOutput the target, delta its error
    # term -dE/dz (the update adds it)
    "b60_node": r'''
[notation.symbols]
"input" = "z1[0]"
"value" = "a1[0]"
"expectedOutput" = "y[0]"
"delta" = "-delta1[0]"
''',
}
