"""The networks and notations of batch 126 (tests/public_formulas_batch126.py): a network of the kind each page
describes, with the page's numbers where it gives them, and the notation a teacher would write for the page, under
shared/spec/notation.md (and docs/notation.md for what the product documents). Keys start with b126_ so that no
earlier batch's network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text, data_tables as _data


def _rate(rate: str) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the NumPy script (stored file 70717865829): a 2-3-1 sigmoid network with biases, W1 output-first (x W1.T), the
    # page's weights and biases, its sample x = [0.3, 0.5], y = 0.8, the loss np.mean((y - a2) ** 2) of one output
    # (the squared error), learning_rate 0.01
    "b126_np": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                            'weights = [[2.5, 3.0], [2.0, 0.5], [1.5, 1.0]]\nbiases = [1.0, -1.5, 0.5]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[5.0, 2.5, 2.0]]\nbiases = [3.5]',
                            loss="squared_error", extra=_data("[0.3, 0.5]", "[0.8]", 0.01)),
    # the JavaScript 2-2-1 linear network (stored file 52737233424): no activation, no bias, h1 = w1*x1 + w3*x2, h2 =
    # w2*x1 + w4*x2, y = w5*h1 + w6*h2, the page's weights 0.1 ... 0.6, x1 = 2, x2 = 3, target 1.8, loss 0.5*(y -
    # target)^2, eta 0.5
    "b126_js": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"\n'
                            'weights = [[0.1, 0.3], [0.2, 0.4]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5, 0.6]]',
                            loss="half_squared_error", extra=_data("[2, 3]", "[1.8]", 0.5)),
    # the MNIST script (stored file 26157541254): two ReLU hidden layers and a softmax output with biases, W @ x
    # (output-first), the cross-entropy the updates descend (dL_dz3 = output - y_true; the printed loss divides it
    # by the number of classes); 784-10-10-10 there, 4-3-3-3 here (square hidden and output weights, as the page's
    # 10 x 10 ones), a sample of four inputs and the one-hot target of class 1, learning_rate 0.01
    "b126_mn": problem_text('inputs = 4\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                            'units = 3\nactivation = "softmax"', loss="cross_entropy",
                            extra=_data("[0.5, -0.2, 0.1, 0.7]", "[0.0, 1.0, 0.0]", 0.01)),
    # the PyTorch script's torch_manually (stored file 48337125815): a ReLU hidden layer (h.clamp(min=0)) and a
    # linear output without biases, x.mm(w1) input-first, the loss (y - y_pre).pow(2).sum() (the squared error, a
    # batch of 64 there, one sample here); 1000-100-10 there, 3-4-2 here, learning_rate 1e-10
    "b126_pt": problem_text('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                            'units = 2\nactivation = "identity"\nbias = "none"', loss="squared_error",
                            extra=_rate("1e-10")),
    # the Fashion-MNIST nn_one_layer (stored file 41823051864): sigmoid hidden and output layers without biases
    # (v = f(h W2)), W1 and W2 input-first (u W1), loss_mse = 0.5 * sum((preds - targets)^2); 784-300-5 there, 3-4-2
    # here, lr 0.1
    "b126_fm": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate("0.1")),
    # the marimo notebook (stored file 13202570634): a sigmoid hidden layer with biases, linear outputs o3 with
    # biases taken through softmax and the cross-entropy (loss_fn), W1 and W2 input-first (o0 @ W1); iris's 4-5-3,
    # an iris sample (5.1, 3.5, 1.4, 0.2, class 0), lr 0.001 (train's)
    "b126_mo": problem_text('inputs = 4\nunits = 5\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_data("[5.1, 3.5, 1.4, 0.2]", "[1.0, 0.0, 0.0]", 0.001)),
    # the Danish post (stored file 28254982934, Analytics Vidhya's network): 4 inputs, 3 sigmoid hidden units, 1
    # sigmoid output, biases bh and bout, wh and wout input-first (X wh), E = y - output and the updates adding
    # the deltas (half the squared error's step), learning_rate (0.1 in the post's source)
    "b126_dk": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate("0.1")),
    # the CBOW script's shallow_network (stored file 40971795594): one-hot inputs, sigmoid hidden and output layers
    # with biases bh and bout, wh and wout input-first (np.dot(inputs, wh)), error = output - y_hat_output (output the
    # target word's one-hot), the updates adding the deltas (half the squared error's step); a vocabulary of 100
    # words and 10 hidden units there, 3-2-3 here, lr 0.1
    "b126_cb": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate("0.1")),
    # the MATLAB heat-exchanger script (stored file 57061381943): a tanh hidden layer and a linear output with
    # biases, W1*x (column vectors, output-first), dW2 = 2*(y_pred - y)*a1' (the squared error); 2-6-1 there, 2-3-1
    # here, lr 0.01
    "b126_ml": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                            loss="squared_error", extra=_rate("0.01")),
    # the Julia TwoLayerNet (stored file 11931349636): a ReLU hidden layer and a linear output with biases, W1 * X
    # (columns are samples), compute_loss = 0.5 * sum((Z2 - targets)^2) / batch size (one sample here); 1-20-1
    # there, 1-3-1 here, learning_rate 0.01
    "b126_jl": problem_text('inputs = 1\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate("0.01")),
}

NOTATIONS = {
    # the NumPy script: rows (np.dot(x, W1.T)), x the sample, y the target, W1 and W2 output-first (W2 a row), a1
    # and a2 the layers' outputs; the chain's names as the script sets them: dL_da2 = dL/da2, da2_dz2 and da1_dz1
    # the slopes (sigmoid_derivative of the outputs), dL_dz2 = dL/dz2, dL_dW2 and dL_dW1 the gradients as the
    # script computes them (np.dot(a1.T, dL_dz2), a column: W2's gradient transposed), dL_da1 = dL/da1, dL_dz1 =
    # dL/dz1; sigmoid_derivative(a) = a * (1 - a), the slope written of the output
    "b126_np": r'''
[notation]
loss = ["loss"]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"W1" = "W1[:, :]"
"b1" = "b1[:].T"
"a1" = "a1[:].T"
"W2" = "W2[:, :]"
"b2" = "b2[:].T"
"a2" = "a2[:].T"
"dL_da2" = "grad(a2[:]).T"
"da2_dz2" = "(a2[:]*(1 - a2[:])).T"
"dL_dz2" = "delta2[:].T"
"dL_dW2" = "grad(W2[:, :]).T"
"dL_db2" = "grad(b2[:]).T"
"dL_da1" = "grad(a1[:]).T"
"da1_dz1" = "(a1[:]*(1 - a1[:])).T"
"dL_dz1" = "delta1[:].T"
"dL_dW1" = "grad(W1[:, :]).T"
"dL_db1" = "grad(b1[:]).T"
''',
    # the JavaScript network: x1, x2 the inputs, h1, h2 the hidden outputs, y the output, target the target, w1 ...
    # w6 the weights (w1: x1 -> h1, w2: x1 -> h2, w3: x2 -> h1, w4: x2 -> h2, w5: h1 -> y, w6: h2 -> y, as its
    # forward lines say), eta the rate; dA_dB the derivative of A by B (dL_dy = dL/dy, dy_dh1 = dy/dh1 = w5, dL_dh1 =
    # dL/dh1, dL_dw1 = dL/dw1)
    "b126_js": r'''
[notation]
loss = ["loss", "L"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"y" = "a2[0]"
"target" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[1, 0]"
"w3" = "W1[0, 1]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"dL_dy" = "grad(a2[0])"
"dy_dh1" = "W2[0, 0]"
"dy_dh2" = "W2[0, 1]"
"dL_dh1" = "grad(a1[0])"
"dL_dh2" = "grad(a1[1])"
"dL_dw1" = "grad(W1[0, 0])"
"dL_dw2" = "grad(W1[1, 0])"
"dL_dw3" = "grad(W1[0, 1])"
"dL_dw4" = "grad(W1[1, 1])"
"dL_dw5" = "grad(W2[0, 0])"
"dL_dw6" = "grad(W2[0, 1])"
''',
    # the MNIST script: x the sample, y_true its one-hot target, W1 ... W3 output-first (W1 @ x), b1 ... b3, z1 ... z3
    # the sums, a1, a2 the hidden outputs, output the softmax's; the chain's names as the script sets them: dL_dz3 =
    # dL/dz3, dL_dW3, dL_db3 the gradients, dz3_da2 = W3.T and dz2_da1 = W2.T (the lines that set them), dL_da2 =
    # dL/da2, dL_dz2 = dL/dz2 and so on; relu_derivative(x) = (x > 0), the slope at the sum
    "b126_mn": r'''
[notation]
loss = ["loss"]
learning_rate = ["learning_rate"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"x" = "x[:]"
"y_true" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"b3" = "b3[:]"
"z1" = "z1[:]"
"z2" = "z2[:]"
"z3" = "z3[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"output" = "a3[:]"
"dL_dz3" = "delta3[:]"
"dL_dW3" = "grad(W3[:, :])"
"dL_db3" = "grad(b3[:])"
"dz3_da2" = "W3[:, :].T"
"dL_da2" = "grad(a2[:])"
"dL_dz2" = "delta2[:]"
"dL_dW2" = "grad(W2[:, :])"
"dL_db2" = "grad(b2[:])"
"dz2_da1" = "W2[:, :].T"
"dL_da1" = "grad(a1[:])"
"dL_dz1" = "delta1[:]"
"dL_dW1" = "grad(W1[:, :])"
"dL_db1" = "grad(b1[:])"
''',
    # torch_manually: rows (x.mm(w1)), x the sample, y the target, w1 and w2 input-first, h the hidden sums, h_r
    # their ReLU, y_pre the output, loss the loss; grad_pre = dloss/dy_pre, grad_h_r = dloss/dh_r, grad_h =
    # dloss/dh, grad_w1 and grad_w2 the gradients as the weights are shaped (the names say it)
    "b126_pt": r'''
[notation]
loss = ["loss"]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"h" = "z1[:].T"
"h_r" = "a1[:].T"
"y_pre" = "a2[:].T"
"grad_pre" = "grad(a2[:]).T"
"grad_h_r" = "grad(a1[:]).T"
"grad_h" = "delta1[:].T"
"grad_w1" = "grad(W1[:, :]).T"
"grad_w2" = "grad(W2[:, :]).T"
''',
    # nn_one_layer's backprop: rows, U the inputs, Z the hidden sums, H the hidden outputs, preds the outputs,
    # targets the targets, W1 and W2 (and nn.W1, nn.W2) input-first (np.matmul(u, W1)); dL_dPred = dL/dpreds (the
    # comment's "derivative of loss function with respect to predictions"), dL_dH = dL/dH, dL_dZ = dL/dZ, dL_dW1 and
    # dL_dW2 the gradients as the weights are shaped, lr the rate; sigmoid_prime(a) = sigmoid(a)(1 - sigmoid(a)),
    # the slope at its argument
    "b126_fm": r'''
[notation]
loss = ["loss", "L"]
learning_rate = ["lr"]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"U" = "x[:].T"
"Z" = "z1[:].T"
"H" = "a1[:].T"
"preds" = "a2[:].T"
"targets" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"nn.W1" = "W1[:, :].T"
"nn.W2" = "W2[:, :].T"
"dL_dPred" = "grad(a2[:]).T"
"dL_dW2" = "grad(W2[:, :]).T"
"dL_dH" = "grad(a1[:]).T"
"dL_dZ" = "delta1[:].T"
"dL_dW1" = "grad(W1[:, :]).T"
''',
    # the marimo notebook: rows, o0 the inputs, o1 the hidden sums, o2 the hidden outputs, o3 the output sums
    # (the logits the loss takes through softmax), W1, W2 input-first (o0 @ W1), b1, b2; each dA_dB the derivative
    # of A by B as the backward function sets them: dl_do3 = dl/do3 (loss_fn's grad_loss), do3_do2 = W2.T, do3_dW2 =
    # o2, do3_db2 = 1, do2_do1 the sigmoid's slope, do1_dW1 = o0, do1_db1 = 1, dl_do2 = dl/do2, dl_do1 = dl/do1,
    # dl_dW2 ... dl_db1 the gradients as the parameters are shaped; loss_fn's softmax (the outputs), mask (the
    # one-hot target) and grad_loss = dl/do3
    "b126_mo": r'''
[notation]
loss = ["loss", "l"]
[notation.symbols]
"o0" = "x[:].T"
"o1" = "z1[:].T"
"o2" = "a1[:].T"
"o3" = "z2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"dl_do3" = "delta2[:].T"
"do3_do2" = "W2[:, :]"
"do3_dW2" = "a1[:].T"
"do3_db2" = "1"
"do2_do1" = "(a1[:]*(1 - a1[:])).T"
"do1_dW1" = "x[:].T"
"do1_db1" = "1"
"dl_do2" = "grad(a1[:]).T"
"dl_dW2" = "grad(W2[:, :]).T"
"dl_db2" = "grad(b2[:]).T"
"dl_do1" = "delta1[:].T"
"dl_dW1" = "grad(W1[:, :]).T"
"dl_db1" = "grad(b1[:]).T"
"softmax" = "a2[:].T"
"mask" = "y[:].T"
"grad_loss" = "delta2[:].T"
''',
    # the Danish post: rows, X the inputs, y the target, output the output, hidden_layer_activations the hidden
    # outputs, wh and wout input-first (matrix_dot_product(X, wh)), bh, bout; E = y - output, Slope_output and
    # Slope_hidden_layer the slopes (derivatives_sigmoid of the outputs), d_output and d_hiddenlayer the post's
    # deltas (-dE/dz: the updates add them), Error_at_hidden_layer = -dE/d(hidden output), learning_rate the rate;
    # derivatives_sigmoid(x) = x * (1 - x), of the output; matrix_dot_product the matrix product
    "b126_dk": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { derivatives_sigmoid = "sigmoid' at output", matrix_dot_product = "matrix product" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:].T"
"hidden_layer_activations" = "a1[:].T"
"hidden_layer_input" = "z1[:].T"
"output_layer_input" = "z2[:].T"
"wh" = "W1[:, :].T"
"wout" = "W2[:, :].T"
"bh" = "b1[:].T"
"bout" = "b2[:].T"
"E" = "y[:].T - a2[:].T"
"Slope_output" = "(a2[:]*(1 - a2[:])).T"
"Slope_hidden_layer" = "(a1[:]*(1 - a1[:])).T"
"d_output" = "-delta2[:].T"
"Error_at_hidden_layer" = "-grad(a1[:]).T"
"d_hiddenlayer" = "-delta1[:].T"
''',
    # the CBOW script: rows, inputs the one-hot input word, output the one-hot target word, y_hat_output the
    # outputs, hidden_layer_activations the hidden outputs, wh and wout input-first (np.dot(inputs, wh)), bh, bout;
    # error = output - y_hat_output (target - output), slope_output_layer and slope_hidden_layer the slopes
    # (derivatives_sigmoid of the outputs), delta_output and delta_hidden_layer the deltas (-dE/dz: the updates add
    # them), error_at_hidden_layer = -dE/d(hidden output), lr the rate
    "b126_cb": r'''
[notation]
learning_rate = ["lr"]
functions = { derivatives_sigmoid = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"output" = "y[:].T"
"y_hat_output" = "a2[:].T"
"hidden_layer_activations" = "a1[:].T"
"wh" = "W1[:, :].T"
"wout" = "W2[:, :].T"
"bh" = "b1[:].T"
"bout" = "b2[:].T"
"error" = "y[:].T - a2[:].T"
"slope_output_layer" = "(a2[:]*(1 - a2[:])).T"
"slope_hidden_layer" = "(a1[:]*(1 - a1[:])).T"
"delta_output" = "-delta2[:].T"
"error_at_hidden_layer" = "-grad(a1[:]).T"
"delta_hidden_layer" = "-delta1[:].T"
''',
    # the MATLAB script: columns, x the sample, y the target, z1 the hidden sums, a1 = tanh(z1), y_pred the output, W1
    # and W2 output-first (W1*x), b1, b2; dW2, db2, dW1, db1 the gradients, da1 = dL/da1, dz1 = dL/dz1, lr the rate
    "b126_ml": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"y_pred" = "a2[0]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"da1" = "grad(a1[:])"
"dz1" = "delta1[:]"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # the Julia TwoLayerNet: columns (net.W1 * X), X the samples (one here), targets the targets, Z1 the hidden sums,
    # A1 their ReLU, Z2 the outputs, net.W1, net.W2 output-first, net.b1, net.b2; dZ2 = dL/dZ2, dW2, db2, dW1, db1 the
    # gradients, dA1 = dL/dA1, dZ1 = dL/dZ1, batch_size the number of samples (one here), learning_rate the rate;
    # relu_derivative(x) = x > 0 ? 1 : 0, the slope at the sum
    "b126_jl": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:]"
"targets" = "y[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"net.W1" = "W1[:, :]"
"net.W2" = "W2[:, :]"
"net.b1" = "b1[:]"
"net.b2" = "b2[:]"
"batch_size" = "1"
"dZ2" = "delta2[:]"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "delta1[:]"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
}
