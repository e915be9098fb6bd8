"""The networks and notations of batch 40 of the held-out public formulas (tests/public_formulas_batch40.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b40_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the stored lesson "Forward and backward propagation" (Ng's course in plain text): layers in brackets, A[0] = X,
    # G[l] each layer's activation (the sigmoid here, both layers), two inputs, three hidden units, one output, the
    # logistic loss, m examples (one here)
    "b40_ng": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # logistic regression (zahirmahammad's README, the stored "Vectorizing logistic regression" lesson): w in R^n
    # (two features here), b, sigma, the logistic loss, m examples (one here)
    "b40_lr": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored Udacity gradient step: x = [0.1, 0.3], y = 0.2, w = [-0.8, 0.5], no bias, a sigmoid output,
    # learnrate 0.5; the error term (y - y_hat) f'(h) is -dE/dh of E = 1/2 (y - y_hat)^2
    "b40_uda": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[-0.8, 0.5]]',
                            loss="half_squared_error", extra=_data("[0.1, 0.3]", "[0.2]", learning_rate=0.5)),
    # the two-layer numpy net of Johnson's warm-up (YingChen1996's and xjtuwgt's copies): x (N x D_in) rows, w1
    # (D_in x H), w2 (H x D_out) input-first, no biases, h_relu = max(h, 0), y_pred linear, loss = sum of squares;
    # one example (N = 1), D_in = 3, H = 2, D_out = 2 here
    "b40_jj": problem_text('inputs = 3\nunits = 2\nactivation = "relu"\nbias = "none"',
                           'units = 2\nactivation = "identity"\nbias = "none"', loss="squared_error",
                           extra=LEARNING_RATE),
    # yangqoor's grad3.m: a sigmoid neuron f = sigma(w(1) x(1) + w(2) x(2) + w(3)), w(3) its bias; the file
    # differentiates f itself (no loss: 1/2 (y - f)^2 here); cs231n's numbers w = [2, -3, -3], x = [-1, -2]
    "b40_grad3": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[2.0, -3.0]]\n'
                              'biases = [-3.0]', loss="half_squared_error", extra=_data("[-1.0, -2.0]", "[1.0]")),
    # dchoi1357's FFBPsigmoid.m: x_i the inputs (two here), x_j = sigm(...) the hidden units (two here), y the
    # sigmoid output, d the target; delta_k = (d - y)(1 - y) y is -dE/dz of E = 1/2 (d - y)^2
    "b40_ffbp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # adrianoff's backpropogation0.py: x = 10 -> u = sigma(w1 x) -> z = sigma(w2 u) -> yhat = w3 z, no biases,
    # w1 = 1, w2 = 2, w3 = 3, y = -1, L = (yhat - y)^2, lmb = 0.1
    "b40_chain": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.0]]',
                              'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[2.0]]',
                              'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                              loss="squared_error", extra=_data("[10.0]", "[-1.0]")),
    # the stored script of x1..x4 = 0.9, -1.1, -0.3, 0.8: h1 = sigma(w1 x1 + w2 x2), h2 = sigma(w3 x3 + w4 x4) (h1
    # reads x1, x2 only, h2 x3, x4 only: a mask), y_hat = sigma(w5 h1 + w6 h2), no biases, y = 0.5,
    # L = (y - y_hat)^2
    "b40_abs": problem_text('inputs = 4\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.75, -0.63, 0.0, 0.0], [0.0, 0.0, 0.24, -1.7]]\n'
                            'mask = [[1, 1, 0, 0], [0, 0, 1, 1]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8, -0.2]]',
                            loss="squared_error", extra=_data("[0.9, -1.1, -0.3, 0.8]", "[0.5]")),
    # the stored Korean script: x = 2, w = np.random.randn(1) after np.random.seed(1) (1.6243453636632417), b = 0,
    # t = 1, y = x w + b, z = sigmoid(y), loss = sum (z - t)^2, lr = 0.01
    "b40_kr": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[1.6243453636632417]]\n'
                           'biases = [0.0]', loss="squared_error", extra=_data("[2.0]", "[1.0]", learning_rate=0.01)),
    # the stored Markdown notes on Ng's softmax regression: L = 2 layers (two inputs, two ReLU hidden units, C = 3
    # softmax outputs), t = e^z, the cross-entropy loss, J its mean over m examples (one here)
    "b40_smx": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy", extra=_data("[1.0, 2.0]", "[0.0, 1.0, 0.0]")),
}

NOTATIONS = {
    # the lesson's capitals and lower case alike, layers in brackets (A[0] = X): W[l], B[l], Z[l], A[l]; G[l] and
    # g[l] the layer's activation; dz, dZ, dA, da, dW, db the loss's gradients; m the examples (one)
    "b40_ng": r'''
[notation]
indices = "l"
functions = { "G[1]" = "sigmoid", "G[2]" = "sigmoid", "g[1]" = "sigmoid", "g[2]" = "sigmoid" }
[notation.symbols]
"W[l]" = "W{l}[:, :]"
"B[l]" = "b{l}[:]"
"Z[l]" = "z{l}[:]"
"A[l]" = "a{l}[:]"
"A[0]" = "x[:]"
"X" = "x[:]"
"dz[l]" = "grad(z{l}[:])"
"dZ[l]" = "grad(z{l}[:])"
"dA[l]" = "grad(a{l}[:])"
"da[l]" = "grad(a{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"m" = "1"
''',
    # zahirmahammad's README: w the weight vector, x the features, b, z, sigma; y-hat the prediction and y the
    # label (as L(y-hat, y) uses them), y^i and y-hat^i example i's; J the cost, m the examples (one), alpha
    "b40_zahir": r'''
[notation]
indices = "i"
loss = ["L", "J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"\\hat{y}^{i}" = "a1[0]"
"y" = "y[0]"
"y^{i}" = "y[0]"
"m" = "1"
''',
    # the stored lesson's loop over the examples i (one here): x[i] the example's features (its column of X),
    # z[i], a[i], y[i]; w the weight vector (w' its transpose), dw, dz[i], db the gradients, J the cost
    "b40_veclr": r'''
[notation]
indices = "i"
loss = ["J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"x[i]" = "x[:]"
"X" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"z[i]" = "z1[0]"
"a" = "a1[0]"
"a[i]" = "a1[0]"
"y[i]" = "y[0]"
"dz[i]" = "grad(z1[0])"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
"m" = "1"
''',
    # the Udacity script's names: x, w (x[i], w[i] counted from 0, as its comment writes them; also its sum's w_i, x_i:
    # code's index is a subscript), h the sum, y_hat = f(h), y the target, error = y - y_hat, output_grad f'(h) (its
    # comment),
    # error_term the lowercase delta (y - y_hat) f'(h) = -dE/dh, delta_w the step, learnrate eta
    "b40_uda": r'''
[notation]
indices = "i"
learning_rate = ["learnrate"]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"w" = "W1[0, :]"
"x[i]" = "x[i]"
"w[i]" = "W1[0, i]"
"h" = "z1[0]"
"y_hat" = "a1[0]"
"y" = "y[0]"
"error" = "y[0] - a1[0]"
"output_grad" = "a1[0]*(1 - a1[0])"
"\\delta" = "-grad(z1[0])"
"error_term" = "-grad(z1[0])"
"delta_w" = "-eta*grad(W1[0, :])"
''',
    # Johnson's warm-up (YingChen1996's copy): rows, x (1 x D_in), w1, w2 input-first (W1^T, W2^T), h the hidden
    # sums, h_relu their ReLU, y_pred the output, y the target; grad_* the loss's gradients, as rows
    "b40_jj": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"h" = "z1[:].T"
"h_relu" = "a1[:].T"
"y_pred" = "a2[:].T"
"grad_y_pred" = "grad(a2[:]).T"
"grad_w2" = "grad(W2[:, :]).T"
"grad_h_relu" = "grad(a1[:]).T"
"grad_h" = "grad(z1[:]).T"
"grad_w1" = "grad(W1[:, :]).T"
''',
    # xjtuwgt's copy: the same names, grad_h_trlu (a typo of grad_h_relu) the gradient by h_relu
    "b40_jj_trlu": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"h" = "z1[:].T"
"h_relu" = "a1[:].T"
"y_pred" = "a2[:].T"
"grad_y_pred" = "grad(a2[:]).T"
"grad_w2" = "grad(W2[:, :]).T"
"grad_h_trlu" = "grad(a1[:]).T"
"grad_h" = "grad(z1[:]).T"
"grad_w1" = "grad(W1[:, :]).T"
''',
    # grad3.m: w(1), w(2) the weights and w(3) the bias, x(1), x(2) the inputs (MATLAB counts from 1; written
    # w_{1}, x_{1} under the spec's grammar), dot the sum, f the output, ddot = df/d(dot)
    "b40_grad3": r'''
[notation]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "b1[0]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"dot" = "z1[0]"
"f" = "a1[0]"
"ddot" = "a1[0]*(1 - a1[0])"
''',
    # FFBPsigmoid.m: y the output, d the target, delta_k = -dE/dz of the output
    "b40_ffbp": r'''
[notation]
[notation.symbols]
"y" = "a2[0]"
"d" = "y[0]"
"x_j" = "a1[:]"
"x_i" = "x[:]"
"delta_k" = "-grad(z2[0])"
''',
    # adrianoff's names: x, y the target, w1, w2, w3, u and z the two sigmoid units, yhat the output; dL_yhat,
    # dL_w1 ... the loss's derivatives, new_w1 ... the updated weights, lmb the learning rate
    "b40_chain": r'''
[notation]
learning_rate = ["lmb"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"w3" = "W3[0, 0]"
"u" = "a1[0]"
"z" = "a2[0]"
"yhat" = "a3[0]"
"dL_yhat" = "grad(a3[0])"
"dL_w1" = "grad(W1[0, 0])"
"dL_w2" = "grad(W2[0, 0])"
"dL_w3" = "grad(W3[0, 0])"
"new_w1" = "new(W1[0, 0])"
"new_w2" = "new(W2[0, 0])"
"new_w3" = "new(W3[0, 0])"
''',
    # the x1..x4 script's names: x1..x4, w1..w6, z1, z2 the hidden sums, h1, h2 the hidden units, h3 the output's
    # sum, y_hat the output, y the target; dy_hat, dh3, dh2, dz2, dw3 the loss's derivatives
    "b40_abs": r'''
[notation]
indices = "i"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 2]"
"w4" = "W1[1, 3]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"z1" = "z1[0]"
"z2" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"h3" = "z2[0]"
"y_hat" = "a2[0]"
"y" = "y[0]"
"dy_hat" = "grad(a2[0])"
"dh3" = "grad(z2[0])"
"dh2" = "grad(a1[1])"
"dz2" = "grad(z1[1])"
"dw3" = "grad(W1[1, 2])"
''',
    # the Korean script's names: x, w, b, t the target (정답), y = x w + b the sum, z = sigmoid(y) the output,
    # dw, db the loss's gradients, lr the learning rate
    "b40_kr": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"t" = "y[0]"
"y" = "z1[0]"
"z" = "a1[0]"
"dw" = "grad(W1[0, 0])"
"db" = "grad(b1[0])"
''',
    # the softmax notes' names: layer L the output (L - 1 the hidden layer), z, a, W, b with the course's [l]; t =
    # e^z entry by entry, a_i^{[L]} and t_i counted from 1; y-hat the output and y the one-hot label (y_j, y-hat_j
    # from 1), example i's y^{(i)}; script L the loss, script J the cost, dz^{[L]} its gradient by z; C the
    # classes (three), m the examples (one)
    "b40_smx": r'''
[notation]
indices = "ij"
loss = ["\\mathscr{L}", "\\mathscr{J}"]
functions = { "g^{[L]}" = "softmax" }
[notation.symbols]
"z^{[L]}" = "z2[:]"
"a^{[L]}" = "a2[:]"
"a_{i}^{[L]}" = "a2[i-1]"
"a^{[L-1]}" = "a1[:]"
"W^{[L]}" = "W2[:, :]"
"b^{[L]}" = "b2[:]"
"W^{[1]}" = "W1[:, :]"
"b^{[1]}" = "b1[:]"
"t" = "exp(z2[:])"
"t_{i}" = "exp(z2[i-1])"
"\\hat{y}" = "a2[:]"
"\\hat{y}_{j}" = "a2[j-1]"
"\\hat{y}^{(i)}" = "a2[:]"
"y" = "y[:]"
"y_{j}" = "y[j-1]"
"y^{(i)}" = "y[:]"
"dz^{[L]}" = "grad(z2[:])"
"C" = "3"
"m" = "1"
''',
}
