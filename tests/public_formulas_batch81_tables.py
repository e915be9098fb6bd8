"""The networks and notations of batch 81 of the held-out public formulas (tests/public_formulas_batch81.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b81_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # lets-programing's Japanese summary: y = f(Wx + b), one layer, L = 1/2 (y_pred - y_true)^2; one input and one
    # sigmoid unit here (f the page's activation)
    "b81_lp": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # AldaCL's Spanish notes: Z = WX + b, A = f(Z), y hat = f(W^(2) A + b^(2)), J(W) = 1/m sum (y hat_i - y_i)^2;
    # 2 inputs, 2 hidden units, one output, sigmoid f, one sample (m = 1)
    "b81_al": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="squared_error"),
    # hpscript's Japanese post: E = 1/2 ||t - y||^2 through sigma2(sigma1(x0 W1 + b1) W2 + b2) (row vectors, W
    # input-first); 2 inputs, 2 hidden units, 2 outputs, sigmoid sigma1 and sigma2
    "b81_hp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # solveconpython's Spanish lesson: one sigmoid neuron, z = XW + b (X a row, W input-first), L = BCE(y, y hat)
    "b81_sc": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # wxjwjj's Chinese post on Mazur's 2-2-2 logistic network: the total error, half the squared error of each output
    "b81_wx": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # Nemotron's "Implementación de la Función Propagate": logistic regression, A = sigma(w^T X + b), the
    # negative log-likelihood averaged over m samples; 2 features, one sample (m = 1)
    "b81_np": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # KhoanDoanVan's Vietnamese notes on XOR: 2-2-1, sigmoid units, biases, the log loss of one point
    "b81_kd": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # retiredbatmanforsale's lexai notes: x = [1, 0], y = 1, W_1 = [0.5, -0.5], b_1 = 0, W_2 = [1], b_2 = 0, one
    # hidden sigmoid unit, a sigmoid output, the binary cross-entropy
    "b81_lx": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.5]]\nbiases = [0.0]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[1.0]]\nbiases = [0.0]',
                           loss="binary_cross_entropy", extra=_data("[1.0, 0.0]", "[1.0]")),
    # CodeHunterOfficial's Russian notebook: x -> z_1 = w_1 x + b_1 -> h = sigma_h(z_1) -> z_2 = w_2 h + b_2 -> y hat =
    # sigma_o(z_2), one neuron a layer; both activations sigmoid here, the half squared error (the excerpt names none)
    "b81_ch": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # openillumi's Japanese answer: any network trained by gradient descent; a 2-2-1 sigmoid network here
    "b81_oi": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # dev48v's JavaScript network: two inputs x, hidden sigmoid neurons, one sigmoid output out, loss = (out - y)^2;
    # 2 hidden neurons here
    "b81_dev": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the Korean notion page "backpropagation with numpy": a 2-layer classifier, samples as rows (A1 . W2), softmax
    # and the cross-entropy; 2 inputs, 2 hidden sigmoid units, 3 classes, one sample (m = 1)
    "b81_knp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
}

NOTATIONS = {
    # the page's letters: W, x, b the layer's weight, input and bias, y = f(Wx + b) its output (y in dL/dy too),
    # y_pred the same output, y_true the target; f the activation (the sigmoid here)
    "b81_lp": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"W" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"y" = "a1[0]"
"y_{\\text{pred}}" = "a1[0]"
"y_{\\text{true}}" = "y[0]"
''',
    # AldaCL's letters: X the input, W and b the hidden layer's weights and biases, Z and A its sums and outputs,
    # W^(2), b^(2) the output layer's, y hat the prediction, y the target, J the cost, alpha the learning rate,
    # m the number of samples (one); f the activation
    "b81_al": r'''
[notation]
indices = "i"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { f = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"W" = "W1[:, :]"
"b" = "b1[:]"
"Z" = "z1[:]"
"A" = "a1[:]"
"W^{(2)}" = "W2[:, :]"
"b^{(2)}" = "b2[:]"
"\\hat{y}" = "a2[0]"
"\\hat{y}_{i}" = "a2[0]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"m" = "1"
''',
    # hpscript's letters (plain text): a0 and x0 the input row, a1 the hidden layer's output, W1, W2 the weight
    # matrices as a1W2 uses them (input-first), b1, b2 the biases, sigma1 and sigma2 the layers' activations; t the
    # network's output and y the target, as the page's substitutions have them (sigma2(...) put where t stood)
    "b81_hp": r'''
[notation]
indices = "l"
functions = { "\\sigma_{1}" = "sigmoid", "\\sigma_{2}" = "sigmoid" }
[notation.symbols]
"a_{0}" = "x[:]"
"x_{0}" = "x[:]"
"a_{1}" = "a1[:]"
"W_{l}" = "W{l}[:, :].T"
"b_{l}" = "b{l}[:]"
"t" = "a2[:]"
"y" = "y[:]"
''',
    # solveconpython's letters: X the input row, W the weights (input-first), b the bias, z the sum, y hat the
    # prediction, y the label; BCE the loss (L its default name)
    "b81_sc": r'''
[notation]
loss = ["BCE"]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[:, :].T"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # wxjwjj's letters: delta_{h1} the error rate (dE/dnet) of hidden neuron h1, delta_i that of output neuron i
    # (counted from 0, as the sum is), w_i the weight from h1 to output neuron i, out_{h1} h1's output
    "b81_wx": r'''
[notation]
indices = "i"
[notation.symbols]
"\\delta_{h1}" = "grad(z1[0])"
"\\delta_{i}" = "grad(z2[i])"
"w_{i}" = "W2[i, 0]"
"out_{h1}" = "a1[0]"
''',
    # the Propagate post's letters: X the features (one sample's column), w the weight vector, b the bias, A the
    # activations and Y the labels (one sample each), a^(i), y^(i) sample i's activation and label, m the number of
    # samples (one); J the cost
    "b81_np": r'''
[notation]
indices = "i"
[notation.symbols]
"X" = "x[:]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"A" = "a1[0]"
"Y" = "y[0]"
"a^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # KhoanDoanVan's letters: x_i the inputs, w_{ij}^{(l)} the weight of layer l from unit i to unit j
    # (input-first), b_j^{(l)}, z_j^{(l)}, a_j^{(l)} unit j's bias, sum and output (units from 1), y hat the output;
    # X, W^{(l)} (input-first, samples as rows), b^{(l)}, Z^{(l)}, A^{(l)}, Y hat the matrix forms; y_i the label of
    # point i and y_i hat its prediction (one point)
    "b81_kd": r'''
[notation]
indices = "ijl"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"b_{j}^{(l)}" = "b{l}[j-1]"
"z_{j}^{(l)}" = "z{l}[j-1]"
"a_{j}^{(l)}" = "a{l}[j-1]"
"\\hat{y}" = "a2[0]"
"X" = "x[:]"
"W^{(l)}" = "W{l}[:, :].T"
"b^{(l)}" = "b{l}[:]"
"Z^{(l)}" = "z{l}[:]"
"A^{(l)}" = "a{l}[:]"
"\\hat{Y}" = "a2[0]"
"y_{i}" = "y[0]"
"\\hat{y_{i}}" = "a2[0]"
''',
    # the lexai notes' letters: x the input, W_1 (1 x 2) and b_1 the hidden unit's weights and bias, z_1, a_1 its
    # sum and output, W_2, b_2, z_2 the output unit's, y hat the prediction, y the label; Loss the loss
    "b81_lx": r'''
[notation]
loss = ["\\text{Loss}"]
[notation.symbols]
"x" = "x[:]"
"W_{1}" = "W1[:, :]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"W_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the notebook's letters: x the input, w_1, b_1 the hidden neuron's weight and bias, z_1 its sum, h its output,
    # w_2, b_2, z_2 the output neuron's, y hat the output; sigma_h and sigma_o the two activations
    "b81_ch": r'''
[notation]
functions = { "\\sigma_{h}" = "sigmoid", "\\sigma_{o}" = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"h" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
''',
    # the answer's names: W_old a weight before the step (the first hidden unit's first weight here), W_new the same
    # weight after it, eta the learning rate, L the loss
    "b81_oi": r'''
[notation.symbols]
"W_{old}" = "W1[0, 0]"
"W_{new}" = "new(W1[0, 0])"
''',
    # the post's JavaScript names: x the inputs, hidden the hidden neurons' outputs (h one of them, under map), out the
    # output, y the target, W1[j][i] the weight from input i to hidden neuron j, W2[j] from hidden neuron j to the
    # output, dOut and dHidden the gradients at the output's and the hidden neurons' sums, lr the learning rate, loss
    # the loss
    "b81_dev": r'''
[notation]
loss = ["loss"]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:]"
"hidden" = "a1[:]"
"h" = "a1[:]"
"out" = "a2[0]"
"y" = "y[0]"
"W1" = "W1[:, :]"
"W2" = "W2[0, :]"
"dOut" = "grad(z2[0])"
"dHidden" = "grad(z1[:])"
''',
    # the notion page's names, the code's arrays with the samples as rows (one row here): A1 the hidden layer's
    # output, Y_hat the prediction, Y the one-hot labels, dZ2, dW2 (W2 input-first, as A1 . W2 uses it) and db2 the
    # gradients, m the number of samples (one). The collector first wrote A1, Y_hat, Y, dZ2 and db2 as columns, the
    # spec's vectors, against the page's rows (with dW2 transposed for them): the slip behind knp-db2's refusal in
    # the first blind run, fixed for the second
    "b81_knp": r'''
[notation.symbols]
"A1" = "a1[:].T"
"Y_{hat}" = "a2[:].T"
"Y" = "t[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"m" = "1"
''',
}
