"""The networks and notations of batch 114 of the held-out public formulas (tests/public_formulas_batch114.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b114_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # HanMinung's DLIP tutorial (MATLAB): X = [0 0 1; 0 1 1; 1 1 1; 1 0 1] (its third column a constant 1, an
    # input of its own), Y = [0; 1; 0; 1], S0 = X * W0 (W0 3 x 4), L1 the sigmoid of it, S1 = L1 * W1 (W1 4 x 1), Yh
    # the sigmoid of it, no biases, Error = (Y - Yh).^2/2, eta = 1; the row [0 1 1] with Y = 1 here
    "b114_hm": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_data("[0.0, 1.0, 1.0]", "[1.0]", 1.0)),
    # backprop_cl.m (Octave): y1 = sigmoid(w1 * y0), y2 = sigmoid(w2 * y1), columns, no biases, E = 1/(2m) sum sum
    # (t - y2)^2 (the comment), w2 -= 0.5 * d_E_w2; one sample (m = 1), two inputs, three hidden units, one output
    "b114_cl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra="\n[update]\nlearning_rate = 0.5\n"),
    # the Portuguese Octave script: X = [0 0; 0 1; 1 0; 1 1], Y = [0; 1; 1; 0], hiddenLayerOutput = sigmoid(X * W1)
    # (W1 2 x 4), outputLayerOutput = sigmoid(hiddenLayerOutput * W2) (W2 4 x 1), no biases, error = Y - output
    # (half the squared error's -dE/d output), learningRate = 0.1; the row [0 1] with Y = 1 here
    "b114_pt": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_data("[0.0, 1.0]", "[1.0]", 0.1)),
    # ARUNAGIRINATHAN-K's simulate_backprop.py: x = [[0.5, 0.8]], y_true = [[1]], W1 (2, 2) and W2 (2, 1)
    # input-first, b1 (1, 2), b2 (1, 1), sigmoid at both layers, loss = 0.5 * (y_true - a2)**2
    "b114_ar": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.5, 0.8]", "[1.0]", 0.1)),
    # DantrazTrev's backpropogation.py (Nielsen's backprop): sigmoid layers with biases, columns, the quadratic
    # cost (net.cost_derivative = a - y, network.py's); a [2, 3, 2] network, so that l = 2 is the hidden layer
    "b114_dt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Korean notes' 3-layer MLP (rows: z^(1) = x W^(1) + b^(1)): sigmoid, sigmoid, softmax, the cross-entropy;
    # D_in = 784, H1 = 128, H2 = 64, K = 10 there, 2, 3, 2, 3 here; one sample (N = 1)
    "b114_ko": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       'units = 3\nactivation = "softmax"', loss="cross_entropy"),
    # the Vietnamese notes' logistic regression recap: z = w^T x + b, a = sigma(z), L(a, y) the binary cross-entropy
    "b114_vr": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the Vietnamese notes' shallow network (Ng's course, week 3): Z^[1] = W^[1] A^[0] + b^[1], A^[1] = g^[1](Z^[1])
    # (np.tanh in the notes' code), A^[2] = g^[2](Z^[2]) the sigmoid, the binary cross-entropy; n_x = 2, n_h = 4,
    # one output, one sample (m = 1)
    "b114_vs": _layers('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Chinese notes on Ng's week 3: three inputs, four hidden units (W^[1] 4 x 3), one output, sigmoid at both
    # layers (a^[1] = sigma(z^[1]), a^[2] = sigma(z^[2])), L(y_hat, y) the binary cross-entropy; one sample (m = 1)
    "b114_zc": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the blog post on gradient descent (Ng's week 3 names): Z^[1] = W^[1] X + b^[1], A^[1] = g^[1](z^[1]) ("any
    # activation": tanh here, Ng's choice for a hidden layer), A^[2] = g^[2](z^[2]) the sigmoid (dz^[2] = A^[2] - Y,
    # the post's logistic regression), the binary cross-entropy; two inputs, two hidden units, one output, m = 1
    "b114_gd": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the JavaScript network (Neuron objects with weights, bias, output, error): sigmoid hidden and output layers
    # with biases, errors of the output layer neuron.output - expected[j] (half the squared error's dE/d output);
    # two inputs, two hidden neurons, two outputs here
    "b114_js": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # HanMinung's tutorial: X the sample's row, W0 the input weights and W1 the output weights (input-first: S0 = X *
    # W0), S0, L1, S1, Yh rows of the sums and outputs, Y the target, dE_dS1 = dE/dS1 and dE_dS0 = dE/dS0 the
    # deltas, dE_dL1 = dE/dL1, dE_dW1 and dE_dW0 the gradients as the weights are shaped, eta the rate
    "b114_hm": r'''
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W0" = "W1[:, :].T"
"W1" = "W2[:, :].T"
"S0" = "z1[:].T"
"L1" = "a1[:].T"
"S1" = "z2[:].T"
"Yh" = "a2[:].T"
"dE_dS1" = "delta2[:].T"
"dE_dL1" = "grad(a1[:]).T"
"dE_dS0" = "delta1[:].T"
"dE_dW1" = "grad(W2[:, :]).T"
"dE_dW0" = "grad(W1[:, :]).T"
''',
    # backprop_cl.m: y0 the inputs (a column), y1 and y2 the layers' outputs, t the target, w1 and w2 the weights
    # (output-first: w1 * y0), d_E_z2 = dE/dz2 and d_E_z1 = dE/dz1 (the names say it), d_E_w2 and d_E_w1 the
    # gradients, m the number of samples (one here)
    "b114_cl": r'''
[notation.symbols]
"y0" = "x[:]"
"y1" = "a1[:]"
"y2" = "a2[:]"
"t" = "y[:]"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"d_E_z2" = "delta2[:]"
"d_E_z1" = "delta1[:]"
"d_E_w2" = "grad(W2[:, :])"
"d_E_w1" = "grad(W1[:, :])"
"m" = "1"
''',
    # the Portuguese script: X the sample's row, W1 and W2 input-first (X * W1), hiddenLayerOutput and
    # outputLayerOutput rows, Y the target, error = Y - output, outputLayerDelta and hiddenLayerDelta the code's
    # deltas (-dE/dz), hiddenLayerError -dE/d(hidden output), learningRate the rate; sigmoidDerivative (not defined
    # in the file) taken of the outputs, as every call in it passes one: the slope written of the output
    "b114_pt": r'''
[notation]
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"hiddenLayerOutput" = "a1[:].T"
"outputLayerOutput" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"outputLayerDelta" = "-delta2[:].T"
"hiddenLayerError" = "-grad(a1[:]).T"
"hiddenLayerDelta" = "-delta1[:].T"
''',
    # simulate_backprop.py: rows (np.dot(x, W1)), W1 and W2 input-first, y_true the target, loss the loss; the
    # chain's names as the script sets them: dL_da2 = dL/da2, da2_dz2 the output's slope, dz2_dW2 = a1, dL_dz2 =
    # dL/dz2, dL_dW2 the gradient as W2 is shaped, dz2_da1 = W2, dL_da1 = dL/da1; sigmoid_derivative(sig_x) =
    # sig_x * (1 - sig_x), the slope written of the output
    "b114_ar": r'''
[notation]
loss = ["loss"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:].T"
"y_true" = "y[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"dL_da2" = "grad(a2[:]).T"
"da2_dz2" = "a2[0]*(1 - a2[0])"
"dz2_dW2" = "a1[:].T"
"dL_dz2" = "delta2[:].T"
"dL_dW2" = "grad(W2[:, :]).T"
"dz2_da1" = "W2[:, :].T"
"dL_da1" = "grad(a1[:]).T"
''',
    # backpropogation.py's output layer (a [2, 3, 2] network): activations[-1] the output, activations[-2] the
    # hidden layer's, zs[-1] the output sums, y the target, delta dC/dz of the output layer, nabla_b[-1] and
    # nabla_w[-1] its gradients; net.cost_derivative(a, y) is a - y (Nielsen's network.py, imported by the file)
    "b114_dt2": r'''
[notation]
indices = "q"
functions = { "net.cost_derivative" = "half_squared_error' by output(prediction, target)" }
[notation.symbols]
"activations[-1]" = "a2[:]"
"activations[-2]" = "a1[:]"
"zs[-1]" = "z2[:]"
"y" = "y[:]"
"delta" = "delta2[:]"
"nabla_b[-1]" = "grad(b2[:])"
"nabla_w[-1]" = "grad(W2[:, :])"
''',
    # backpropogation.py's loop at l = 2 (the hidden layer of a [2, 3, 2] network): delta dC/dz of that layer (as
    # the loop's line sets it), activations[-l-1] the inputs, nabla_b[-l] and nabla_w[-l] its gradients
    "b114_dt1": r'''
[notation]
indices = "q"
[notation.symbols]
"delta" = "delta1[:]"
"activations[-l-1]" = "x[:]"
"nabla_b[-l]" = "grad(b1[:])"
"nabla_w[-l]" = "grad(W1[:, :])"
''',
    # the Korean notes: rows (x W^(1)), layers counted from 1, W^(l) input-first ((D_in, H1)), b^(l), z^(l), a^(l),
    # \hat{y} the softmax output, y the one-hot target, \delta^(l) = dL/dz^(l) (the notes say it), \delta^(l)_i its
    # row for sample i, N the batch's size (one sample here), L the loss
    "b114_ko": r'''
[notation]
indices = "l"
[notation.symbols]
"x" = "x[:].T"
"y" = "t[:].T"
"\\hat{y}" = "a3[:].T"
"W^{(l)}" = "W{l}[:, :].T"
"b^{(l)}" = "b{l}[:].T"
"z^{(l)}" = "z{l}[:].T"
"a^{(l)}" = "a{l}[:].T"
"\\delta^{(l)}" = "delta{l}[:].T"
"\\delta^{(l)}_{i}" = "delta{l}[:].T"
"N" = "1"
''',
    # the Vietnamese notes' recap (logistic regression): x_1, x_2 the inputs, w_1, w_2 the weights, z the sum, a the
    # output, y the target, \mathscr{L}(a, y) and \mathcal{L} the loss, d(a), d(z), d(w_1) its derivatives
    "b114_vr": r'''
[notation]
indices = "n"
loss = ["\\mathscr{L}", "\\mathcal{L}"]
[notation.symbols]
"x_{n}" = "x[n-1]"
"w_{n}" = "W1[0, n-1]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"d(a)" = "grad(a1[0])"
"d(z)" = "delta1[0]"
"d(w_{n})" = "grad(W1[0, n-1])"
''',
    # the Vietnamese notes' shallow network (Ng's names, columns): W^{[l]} output-first, b^{[l]}, Z^{[l]}, A^{[l]}
    # (A^{[0]} = X the input), Y the target, dZ^{[l]} = dL/dZ^{[l]}, dW^{[l]} and db^{[l]} the gradients, m the
    # number of samples (one here), g^{[1]} the hidden activation (np.tanh in the notes' code), g^{[2]} the sigmoid,
    # LearningRate the rate
    "b114_vs": r'''
[notation]
indices = "l"
learning_rate = ["LearningRate"]
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"A^{[0]}" = "x[:]"
"Y" = "y[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dZ^{[l]}" = "delta{l}[:]"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"m" = "1"
''',
    # the Chinese notes (Ng's names, columns): W^{[l]} output-first, b^{[l]}, z^{[l]} and a^{[l]} (Z, A of the
    # vectorised form too), x the input, Y the target, dz^{[l]} = dL/dz^{[l]}, dW^{[l]}, db^{[l]} the gradients, m
    # the number of samples (one here), g^{[1]}, g^{[2]} the layers' activations (both the sigmoid on the page)
    "b114_zc": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "sigmoid", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"Y" = "y[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dz^{[l]}" = "delta{l}[:]"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"m" = "1"
''',
    # the blog post (Ng's names, columns): W^{[l]} output-first, b^{[l]}, z^{[l]}, A^{[l]}, X the input, Y the
    # target, dz^{[l]} = dL/dz^{[l]}, dW^{[l]} the gradients, m the number of samples (one here), g^{[1]} the hidden
    # activation (tanh), g^{[2]} the sigmoid
    "b114_gd": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dz^{[l]}" = "delta{l}[:]"
"dW^{[l]}" = "grad(W{l}[:, :])"
"m" = "1"
''',
    # the JavaScript network's output layer: neuron the layer's neuron j, neuron.output its output, expected[j] its
    # target, errors[j] = neuron.output - expected[j], neuron.error its error term (dE/dz: the updates subtract
    # it), neuron.weights[k] its weight from input k (the hidden output inputs[k]), neuron.bias its bias,
    # learningRate the rate; sigmoidDerivative(input) = input * (1 - input), the slope written of the output
    "b114_js": r'''
[notation]
indices = "jk"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"neuron.output" = "a2[j]"
"expected[j]" = "y[j]"
"errors[j]" = "a2[j] - y[j]"
"neuron.error" = "delta2[j]"
"neuron.weights[k]" = "W2[j, k]"
"neuron.bias" = "b2[j]"
"inputs[k]" = "a1[k]"
''',
}
