"""The networks and notations of batch 133 of the held-out public formulas (tests/public_formulas_batch133.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b133_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # GavinTechStudio's formula.md (Chinese C++ project): h_j = sigma(sum_i x_i w_ij - beta_j), y_hat_k = sigma(sum_j
    # h_j v_jk - lambda_k), Loss = 1/2 sum_k (y_k - y_hat_k)^2: sigmoid hidden and output neurons whose thresholds
    # beta, lambda are subtracted (the biases' negatives), w and v input-first; 2-3-2 here
    "b133_gv": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Korean notes on Bishop (arisongha's post), first part: the single-layer linear model y_nk = y_k(x_n, w),
    # E_n = 1/2 sum_k (y_nk - t_nk)^2, w_ji from input i to output j; 3 inputs, 2 outputs, no bias (the post writes
    # none)
    "b133_kl": _layers('inputs = 3\nunits = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the same post, second part (Bishop 5.3): a_j = sum_i w_ji z_i, z_j = h(a_j) (h the hidden units' activation,
    # tanh here, Bishop's), outputs with the canonical link (identity under the sum of squares: delta_k = y_k - t_k),
    # no biases written; 2-3-2 here
    "b133_ko": _layers('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # FelixFu520's README copy of a CSDN post (Chinese): the worked example of section 2.4, x = (0.05, 0.10), Y = (0, 1),
    # w = [[0.15, 0.20], [0.25, 0.30]] and v = [[0.40, 0.45], [0.50, 0.55]] input-first (net_1 = w^T x + b_1),
    # b_1 = (0.1, 0.1), b_2 = (0.2, 0.2), sigmoid layers, E = 1/2 (Y - Y_hat)^T (Y - Y_hat), eta = 0.5
    "b133_fx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.25], [0.20, 0.30]]\n'
                            'biases = [0.1, 0.1]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.40, 0.50], [0.45, 0.55]]\n'
                            'biases = [0.2, 0.2]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.0, 1.0]", 0.5)),
    # koesan's SifirdanYZ README (Turkish notes on Karpathy's micrograd): one tanh neuron n = x1 w1 + x2 w2 + b,
    # o = tanh(n), x1 = 2, x2 = 0, w1 = -3, w2 = 1, b = 6.8813735870195432 (o = 0.7071); the page takes derivatives
    # of o itself (no loss: the target here is a placeholder the twins never use)
    "b133_tr": problem_text('inputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[-3.0, 1.0]]\n'
                            'biases = [6.8813735870195432]', loss="half_squared_error",
                            extra=_data("[2.0, 0.0]", "[0.0]", 0.1)),
    # machinelearning.monster's Czech page: 3 inputs, 1 neuron, 1 output, sum_i x_i w_i through the sigmoid phi,
    # no bias
    "b133_mm": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Persian Wikipedia article's diff (revision 24716918): a_c = sum_p w_pc b_pc, b_c = theta_c(a_c) for a unit c
    # fed by units p; a 2-2-1 network here (c a hidden unit, p an input), theta the sigmoid, no biases
    "b133_fa": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # reim2zk's chapter5.ipynb (Japanese): one layer a = Wx + B, z = h(a); one unit here (so that dz/dW = h'(a) x is
    # a vector), two inputs, h the sigmoid
    "b133_ja": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # aerovfx's Vietnamese lessons (Aero-HowtoLLMs, "Giai tich ANN" parts 1 and 3): one perceptron z = x^T w + b,
    # y_hat = sigma(z), the sigmoid giving a probability (the binary cross-entropy here: the pages name no loss), and
    # the update w = w - eta dL/dw; two inputs
    "b133_vi": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # ai-kocolabs' aidrone 237_2.ino (Arduino C++ commented in Korean): y = x*w + 1*b, E = (y - yT)^2 / 2,
    # x = 2, w = 3, b = 1, yT = 10, lr = 0.01
    "b133_kd1": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[3.0]]\nbiases = [1.0]',
                             loss="half_squared_error", extra=_data("[2.0]", "[10.0]", 0.01)),
    # the same book's 412_7.ino (ArduinoEigen): Y = X*W + B with X = [2, 3] a row, W << 3, 5, 4, 6 (row-major:
    # [[3, 5], [4, 6]], input-first), B = [1, 2], YT = [27, -30], lr = 0.01
    "b133_kd2": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nweights = [[3.0, 4.0], [5.0, 6.0]]\n'
                             'biases = [1.0, 2.0]', loss="half_squared_error", extra=_data("[2.0, 3.0]", "[27.0, -30.0]", 0.01)),
}

NOTATIONS = {
    # formula.md: x_i the inputs, h_j the hidden outputs, y_hat_k the outputs, y_k the targets (all counted from 1),
    # w_ij from input i to hidden j, v_jk from hidden j to output k, beta_j and lambda_k the thresholds subtracted
    # (-b), Loss the loss, Delta the steps (-eta dLoss/d, eta the learning rate)
    "b133_gv": r'''
[notation]
indices = "ijk"
loss = ["Loss"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"h_{j}" = "a1[j-1]"
"\\hat{y_{k}}" = "a2[k-1]"
"y_{k}" = "y[k-1]"
"w_{ij}" = "W1[j-1, i-1]"
"v_{jk}" = "W2[k-1, j-1]"
"\\beta_{j}" = "-b1[j-1]"
"\\lambda_{k}" = "-b2[k-1]"
"\\Delta w_{ij}" = "-eta*grad(W1[j-1, i-1])"
"\\Delta v_{jk}" = "-eta*grad(W2[k-1, j-1])"
"\\Delta\\beta_{j}" = "eta*grad(b1[j-1])"
"\\Delta\\lambda_{k}" = "eta*grad(b2[k-1])"
''',
    # the post's first part (the linear model): y_nk the output k for pattern n (one pattern here), t_nk its target,
    # x_ni the input i, w_ji from input i to output j, counted from 1; E_n the pattern's error; the post writes
    # \frac{\delta E_n}{\delta w_{ji}} for the partial derivative
    "b133_kl": r'''
[notation]
indices = "ijk"
loss = ["E_n"]
[notation.symbols]
"y_{nk}" = "a1[k-1]"
"t_{nk}" = "y[k-1]"
"x_{ni}" = "x[i-1]"
"w_{ji}" = "W1[j-1, i-1]"
''',
    # the post's second part, Bishop's letters: i the inputs, j the hidden units, k the outputs (each letter its
    # layer), a the sums, z the activations (z_i the inputs), w_ji into hidden j, w_kj into output k, delta_j =
    # dE_n/da_j and delta_k = dE_n/da_k, y_k the outputs and t_k the targets, h the hidden activation
    "b133_ko": r'''
[notation]
indices = "ijk"
loss = ["E_n"]
functions = { h = "tanh" }
[notation.symbols]
"a_{j}" = "z1[j-1]"
"a_{k}" = "z2[k-1]"
"z_{i}" = "x[i-1]"
"z_{j}" = "a1[j-1]"
"w_{ji}" = "W1[j-1, i-1]"
"w_{kj}" = "W2[k-1, j-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\delta_{k}" = "delta2[k-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
''',
    # the CSDN post's example: x, h, net_1, net_2, Y_hat, Y the vectors, w and v the input-first matrices (net_1 =
    # w^T x + b_1), entries counted from 1 (w_ij from x_i to h_j, v_jk from h_j to y_hat_k), delta^(k) = dE/dnet_2 at
    # update k (the first, k = 1, here); E the loss. The page's \bigtriangledown _{1}v_{11} (the gradient at update 1)
    # is left unnamed: the loader refuses "\bigtriangledown _{1}v_{jk}" as "not one symbol"
    "b133_fx": r'''
[notation]
indices = "ijk"
loss = ["E", "E(\\theta )"]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"net_{1}" = "z1[:]"
"net_{2}" = "z2[:]"
"\\hat{Y}" = "a2[:]"
"\\hat{y}" = "a2[:]"
"Y" = "y[:]"
"w" = "W1[:, :].T"
"v" = "W2[:, :].T"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"x_{i}" = "x[i-1]"
"h_{j}" = "a1[j-1]"
"\\hat{y}_{k}" = "a2[k-1]"
"y_{k}" = "y[k-1]"
"w_{ij}" = "W1[j-1, i-1]"
"v_{jk}" = "W2[k-1, j-1]"
"\\delta ^{(k)}" = "delta2[:]"
"\\delta _{k}^{(1)}" = "delta2[k-1]"
''',
    # koesan's micrograd notes: x1, x2 the inputs, w1, w2 the weights, b the bias, n the sum, o = tanh(n) the output;
    # the graph's nodes x1w1, x2w2 and x1w1x2w2 (the products and their sum) are left unnamed: the loader refuses
    # "x1w1" as "not one symbol"
    "b133_tr": r'''
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b" = "b1[0]"
"n" = "z1[0]"
"o" = "a1[0]"
''',
    # the Czech page: x_i the inputs, w_i the synapses' weights (counted from 1), phi the sigmoid
    "b133_mm": r'''
[notation]
indices = "i"
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
''',
    # the Persian article: unit c (a hidden unit here) fed by units p (the inputs), b_pc the input from p to c (p's
    # output), w_pc its weight, a_c the weighted sum, theta_c the unit's nonlinearity (the sigmoid), b_c its output
    "b133_fa": r'''
[notation]
indices = "pc"
functions = { "\\theta_c" = "sigmoid" }
[notation.symbols]
"b_{pc}" = "x[p-1]"
"w_{pc}" = "W1[c-1, p-1]"
"a_{c}" = "z1[c-1]"
"b_{c}" = "a1[c-1]"
''',
    # reim2zk's notebook: bold a the layer's sum, W its weights, x the input, B the bias, z = h(a) its output, h the
    # activation (the sigmoid)
    "b133_ja": r'''
[notation]
functions = { "{\\bf h}" = "sigmoid" }
[notation.symbols]
"{\\bf a}" = "z1[:]"
"{\\bf W}" = "W1[:, :]"
"{\\bf x}" = "x[:]"
"{\\bf B}" = "b1[:]"
"{\\bf z}" = "a1[:]"
''',
    # the Vietnamese lessons: x the input column, w the weight column (x^T w), b the bias, z the sum, y_hat the
    # prediction, sigma the sigmoid, L the loss, eta the learning rate
    "b133_vi": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "x[:]"
"w" = "W1[0, :].T"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
''',
    # 237_2.ino: x the input, w the weight, b the bias, y the prediction, yT the target, E the error, yE = dE/dy,
    # wE = dE/dw, bE = dE/db (the book's "back-propagated errors"), lr the learning rate
    "b133_kd1": r'''
[notation]
learning_rate = ["lr"]
loss = ["E"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y" = "a1[0]"
"yT" = "y[0]"
"yE" = "grad(a1[0])"
"wE" = "grad(W1[0, 0])"
"bE" = "grad(b1[0])"
''',
    # 412_7.ino: X the input row, W the input-first weight matrix, B the bias row, Y the prediction row, YT the
    # target row, E the error (a 1x1 matrix), YE = dE/dY, WE = dE/dW, BE = dE/dB, lr the learning rate
    "b133_kd2": r'''
[notation]
learning_rate = ["lr"]
loss = ["E"]
[notation.symbols]
"X" = "x[:].T"
"W" = "W1[:, :].T"
"B" = "b1[:].T"
"Y" = "a1[:].T"
"YT" = "y[:].T"
"YE" = "grad(a1[:]).T"
"WE" = "grad(W1[:, :]).T"
"BE" = "grad(b1[:]).T"
''',
}
