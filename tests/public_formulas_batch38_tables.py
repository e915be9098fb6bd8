"""The networks and notations of batch 38 of the held-out public formulas (tests/public_formulas_batch38.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b38_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # zgwl's README, "Logistic Regression": Z = dot(W.T, X) + b, A = sigmoid(Z), n features (two here), m examples
    # (one here), the logistic loss its dZ = A - Y belongs to
    "b38_zgwl_lr": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # zgwl's README, "Neural Network with one Hidden Layer": A[i] = g(Z[i]) with one g (the sigmoid here, so that
    # dZ[2] = A[2] - Y holds with the logistic loss), two inputs, three hidden units, one output, one example
    "b38_zgwl_nn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="binary_cross_entropy"),
    # PrakashD2003's notes, "Putting It All Together": x = [200, 8, 4], w = [0.5, 0.1, 0.8], b = -10, then sigma(z);
    # the label (not given) 1, the notes' cross-entropy loss
    "b38_pk3": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.1, 0.8]]\nbiases = [-10.0]',
                       loss="binary_cross_entropy", extra=_data("[200.0, 8.0, 4.0]", "[1.0]")),
    # the notes' computation graph of logistic regression: two features x_1, x_2, one example, alpha 0.1
    "b38_pk2": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the ReLU neuron of two stored Python files (AlikoGrace's and a stored copy): x = [1, -2, 3], w = [-3, -1, 2],
    # b = 1, y = max(z, 0); the files backpropagate y itself (dvalue = 1) and name no loss (1/2 (y - t)^2 here,
    # the entries taken are forward values and derivatives of y, judged as values)
    "b38_relu": _layers('inputs = 3\nunits = 1\nactivation = "relu"\nweights = [[-3.0, -1.0, 2.0]]\nbiases = [1.0]',
                        loss="half_squared_error", extra=_data("[1.0, -2.0, 3.0]", "[0.0]")),
    # the stored Chinese notes on Ng's logistic regression (Python comments): two features x1, x2, sigmoid, the
    # logistic loss, m examples (one here)
    "b38_cnlr": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored tanh / tanh_backward module: Z = w^T x + b, A = tanh(Z), dZ from dA; two inputs, one unit, the
    # page names no loss (1/2 (y - a)^2 here)
    "b38_tanh": _layers('inputs = 2\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # the stored Chinese note on Nielsen's four equations: the input is layer 1, two inputs, three sigmoid units,
    # two sigmoid outputs, C = 1/2 sum_j (y_j - a_j^L)^2 (the note's own choice)
    "b38_nielsen": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # Skeyling1's NSxor: I1 = 1, I2 = 0 -> two sigmoid units (H1_input = I1 w1 + I2 w3, H2_input = I1 w2 + I2 w4)
    # -> one sigmoid output (H1 w5 + H2 w6), no biases, error = (1 - O1)^2 (the target 1); the weights of the
    # repository's first main.py (0.45, 0.78, -0.12, 0.13, 1.5, -2.3; the later one draws them at random), E = 0.7
    "b38_xor": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.45, -0.12], [0.78, 0.13]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.5, -2.3]]',
                            loss="squared_error", extra=_data("[1.0, 0.0]", "[1.0]", learning_rate=0.7)),
    # the stored "Neural Network Forward and Backward Pass Calculator": x1 = 0.35, x2 = 0.7, w_x1_h1 = w_x2_h1 =
    # 0.2, w_x1_h2 = w_x2_h2 = 0.3, w_h1_o = 0.3, w_h2_o = 0.9, no biases, y = 0.5, eta = 1.0; "For MSE loss:
    # delta_o = (o - y) * sigma'(z_o)", the 1/2 (o - y)^2 whose delta that is
    "b38_calc": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                             'weights = [[0.2, 0.2], [0.3, 0.3]]',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.9]]',
                             loss="half_squared_error", extra=_data("[0.35, 0.7]", "[0.5]", learning_rate=1.0)),
    # akodali9's autoencoder.r: input = (1, 0.8, 0.6) as a row, w1 (3 x 2, byrow) and w2 (2 x 3) input-first, so
    # W1 = w1^T and W2 = w2^T; b1 = 0.35 for each hidden unit, b2 = 0.60 for each output, target = input, eta = 0.1;
    # dw2's -(target-y)*y*(1-y) is the delta of 1/2 sum (target - y)^2
    "b38_ae": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\n'
                           'weights = [[0.11, 0.13, 0.15], [0.12, 0.14, 0.16]]\nbiases = [0.35, 0.35]',
                           'units = 3\nactivation = "sigmoid"\n'
                           'weights = [[0.21, 0.24], [0.22, 0.25], [0.23, 0.26]]\nbiases = [0.6, 0.6, 0.6]',
                           loss="half_squared_error", extra=_data("[1.0, 0.8, 0.6]", "[1.0, 0.8, 0.6]")),
    # Igorino's lista9 note (stored): P = softmax(XW), no bias, X the examples as rows (one here), K classes (three
    # here), two features, Y one-hot, the cross-entropy averaged over the n examples
    "b38_softmax": _layers('inputs = 2\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy",
                           extra=_data("[1.0, 2.0]", "[0.0, 1.0, 0.0]")),
}

NOTATIONS = {
    # the README's capitals, Ng's: W the weight column (n x 1), X the examples as columns (one), b, Z, A = sigmoid(Z),
    # Y the label, dZ and dW the cost's gradients, m the number of examples
    "b38_zgwl_lr": r'''
[notation]
[notation.symbols]
"W" = "W1[0, :]"
"X" = "x[:]"
"b" = "b1[0]"
"Z" = "z1[0]"
"A" = "a1[0]"
"Y" = "y[0]"
"dZ" = "grad(z1[0])"
"dW" = "grad(W1[0, :])"
"m" = "1"
''',
    # the README's layers in brackets, W[i], A[i], B[i], Z[i] (i the layer, A[0] = X), g the activation of every
    # layer and g[1] the hidden layer's, dZ[i], dW[i], dB[i] the cost's gradients; Y the label, m the examples (one)
    "b38_zgwl_nn": r'''
[notation]
indices = "i"
functions = { g = "sigmoid", "g^{[1]}" = "sigmoid" }
[notation.symbols]
"W^{[i]}" = "W{i}[:, :]"
"B^{[i]}" = "b{i}[:]"
"Z^{[i]}" = "z{i}[:]"
"A^{[i]}" = "a{i}[:]"
"A^{[0]}" = "x[:]"
"X" = "x[:]"
"dZ^{[i]}" = "grad(z{i}[:])"
"dW^{[i]}" = "grad(W{i}[:, :])"
"dB^{[i]}" = "grad(b{i}[:])"
"Y" = "y[:]"
"m" = "1"
''',
    # the notes' letters (Unicode subscripts and superscripts on the page): x the feature vector, w the weight
    # vector, b the bias, z = w^T x + b, a = y-hat = sigma(z), y the label, L the loss and J the cost, m the
    # examples (one), x^(i) and y^(i) example i; Ng's da, dz, dw_1, dw, db the derivatives of the loss, alpha the
    # learning rate; w_{n_x}, x_{n_x} the last (third) feature's
    "b38_pk": r'''
[notation]
indices = "i"
loss = ["L", "J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[:]"
"w" = "W1[0, :]"
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"x_{nx}" = "x[2]"
"w_{nx}" = "W1[0, 2]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"z^{(i)}" = "z1[0]"
"a^{(i)}" = "a1[0]"
"\\hat{y}^{(i)}" = "a1[0]"
"da" = "grad(a1[0])"
"dz" = "grad(z1[0])"
"dz^{(i)}" = "grad(z1[0])"
"dw_{i}" = "grad(W1[0, i-1])"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
"m" = "1"
''',
    # AlikoGrace's names: x[i] the inputs, w[i] the weights, b the bias, xw0... the products, z the sum, y = ReLU(z)
    # the output, dvalue = 1 the derivative from the next layer, drelu_dz dy/dz
    "b38_relu_aliko": r'''
[notation]
indices = "i"
[notation.symbols]
"x[i]" = "x[i]"
"w[i]" = "W1[0, i]"
"b" = "b1[0]"
"xw0" = "x[0]*W1[0, 0]"
"xw1" = "x[1]*W1[0, 1]"
"xw2" = "x[2]*W1[0, 2]"
"z" = "z1[0]"
"y" = "a1[0]"
"dvalue" = "1"
"drelu_dz" = "Heaviside(z1[0])"
''',
    # the stored copy's names: drelu_dz = dy/dz, dsum_dxw0 = dz/d(xw0) = 1, dsum_db = dz/db = 1, dmul_dx0 =
    # d(xw0)/dx0 = w[0], dmul_dw0 = d(xw0)/dw0 = x[0]; drelu_dxw0, drelu_db, drelu_dx0, drelu_dw0 the output's
    # derivatives (dy/d...), judged as values
    "b38_relu_copy": r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
"drelu_dz" = "Heaviside(z1[0])"
"dsum_dxw0" = "1"
"dsum_db" = "1"
"dmul_dx0" = "W1[0, 0]"
"dmul_dw0" = "x[0]"
"drelu_dxw0" = "Heaviside(z1[0])"
"drelu_db" = "Heaviside(z1[0])"
"drelu_dx0" = "Heaviside(z1[0])*W1[0, 0]"
"drelu_dw0" = "Heaviside(z1[0])*x[0]"
''',
    # the notes' docstrings: w the weights, X (and x) the inputs, B (and b) the bias, Z the sum, sigmod the sigmoid,
    # y_^ the prediction, y the label, L the loss and J the cost, m the examples (one), and a the learning rate
    # (w = w - a * ...), where the comments below use a for the prediction
    "b38_cnlr_doc": r'''
[notation]
loss = ["L", "J"]
learning_rate = ["a"]
functions = { sigmod = "sigmoid" }
[notation.symbols]
"w" = "W1[0, :]"
"X" = "x[:]"
"B" = "b1[0]"
"b" = "b1[0]"
"Z" = "z1[0]"
"y_^" = "a1[0]"
"y" = "y[0]"
"m" = "1"
''',
    # the comments: a = y_^ the prediction, Z = wx + b, x the features, L(a, y) the loss, j the cost summed
    # over the loop (one example), y[i], a[i] example i's label and prediction; the vectorized part's A, Z, Y,
    # dZ = dJ/dZ, dw, db, alpha the learning rate. The loop's y_[i] (its prediction again) is no symbol under the
    # spec's grammar (an underscore before a bracket): the pattern first written for it, "y_[i]" = "a1[0]", was
    # taken out after the blind run refused the whole notation at it (see the batch's docstring)
    "b38_cnlr": r'''
[notation]
loss = ["L", "j"]
learning_rate = ["alpha"]
[notation.symbols]
"a" = "a1[0]"
"y" = "y[0]"
"Z" = "z1[0]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"x" = "x[:]"
"y[i]" = "y[0]"
"a[i]" = "a1[0]"
"A" = "a1[0]"
"Y" = "y[0]"
"dZ" = "grad(z1[0])"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
"m" = "1"
''',
    # the module's names: Z = w^T x + b the sum, A = tanh(Z), sigm the line's own sigmoid of Z, dA and dZ the
    # gradients of the loss by A and Z
    "b38_tanh": r'''
[notation]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"Z" = "z1[0]"
"A" = "a1[0]"
"sigm" = "sigmoid(z1[0])"
"dA" = "grad(a1[0])"
"dZ" = "grad(z1[0])"
''',
    # Nielsen's counting (the input is layer 1, L the output layer), C the cost; w_{jk}^l from unit k of layer l-1
    # to unit j of layer l; the matrix forms' w^l, delta^l, z^l; a bare, as in nabla_a C, the output layer's a^L
    "b38_nielsen": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j-1, k-1]"
"b_{j}^{l}" = "b{l-1}[j-1]"
"z_{j}^{l}" = "z{l-1}[j-1]"
"a_{j}^{l}" = "a{l-1}[j-1]"
"a_{k}^{1}" = "x[k-1]"
"\\delta_{j}^{l}" = "delta{l-1}[j-1]"
"y_{j}" = "y[j-1]"
"w^{l}" = "W{l-1}[:, :]"
"z^{l}" = "z{l-1}[:]"
"\\delta^{l}" = "delta{l-1}[:]"
"a" = "a2[:]"
''',
    # the script's names: I1, I2 the inputs, w1 ... w6 the weights (H1_input = I1 w1 + I2 w3), H1, H2 the hidden
    # units, O1 the output, delta_O1 and delta_H1 the error's derivatives by the units' inputs (the deltas), GRAD_w5
    # and GRAD_w3 the error's gradients, error the loss
    "b38_xor": r'''
[notation]
loss = ["error"]
[notation.symbols]
"I1" = "x[0]"
"I2" = "x[1]"
"w1" = "W1[0, 0]"
"w3" = "W1[0, 1]"
"w2" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"H1_input" = "z1[0]"
"H2_input" = "z1[1]"
"H1_output" = "a1[0]"
"H2_output" = "a1[1]"
"O1_input" = "z2[0]"
"O1_output" = "a2[0]"
"delta_O1" = "delta2[0]"
"delta_H1" = "delta1[0]"
"GRAD_w5" = "grad(W2[0, 0])"
"GRAD_w3" = "grad(W1[0, 1])"
''',
    # the calculator's names: x1, x2 the inputs, w_x1_h1 the weight from x1 to h1 (and so on), z_h1, h1, z_o, o
    # the units' sums and outputs, y the target, eta the learning rate, sigma_prime_o and sigma_prime_h1 the
    # sigmoid's derivatives o(1 - o) and h1(1 - h1), delta_o and delta_h1 the deltas, delta_w_x1_h1 the step,
    # w_x1_h1_new the new weight; sigma the sigmoid, z its argument in the docstring (the output's sum)
    "b38_calc": r'''
[notation]
learning_rate = ["eta"]
functions = { sigma = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w_x1_h1" = "W1[0, 0]"
"w_x2_h1" = "W1[0, 1]"
"w_x1_h2" = "W1[1, 0]"
"w_x2_h2" = "W1[1, 1]"
"w_h1_o" = "W2[0, 0]"
"w_h2_o" = "W2[0, 1]"
"z_h1" = "z1[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"z_o" = "z2[0]"
"o" = "a2[0]"
"y" = "y[0]"
"z" = "z2[0]"
"sigma_prime_o" = "a2[0]*(1 - a2[0])"
"sigma_prime_h1" = "a1[0]*(1 - a1[0])"
"delta_o" = "delta2[0]"
"delta_h1" = "delta1[0]"
"delta_w_x1_h1" = "eta*delta1[0]*x[0]"
"w_x1_h1_new" = "new(W1[0, 0])"
''',
    # the R script's names: input the row of inputs, w1 and w2 the input-first weight matrices (W1 = w1^T), b1 and
    # b2 every hidden and every output unit's bias, h and y the layers' outputs as rows, dw1 and dw2 the gradients
    # (as the update subtracts them), eta the learning rate
    "b38_ae": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"input" = "x[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"h" = "a1[:].T"
"y" = "a2[:].T"
"dw1" = "grad(W1[:, :]).T"
"dw2" = "grad(W2[:, :]).T"
''',
    # Igorino's letters: X the examples as rows (one), W features by classes (W = W1^T), P = softmax(XW) the
    # probabilities as rows, Y the one-hot targets, Y_{ik} and P_{ik} example i's entry k (counted from 1), n the
    # examples (one), K the classes; nabla_w L the gradient by W
    "b38_softmax": r'''
[notation]
indices = "ik"
loss = ["L"]
[notation.symbols]
"X" = "x[:].T"
"W" = "W1[:, :].T"
"w" = "W1[:, :].T"
"P" = "a1[:].T"
"Y" = "t[:].T"
"Y_{ik}" = "t[k-1]"
"P_{ik}" = "a1[k-1]"
"n" = "1"
"K" = "3"
''',
}
