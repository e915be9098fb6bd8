"""The networks and notations of batch 112 of the held-out public formulas (tests/public_formulas_batch112.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents).
Keys start with b112_ so that no earlier batch's network or notation is replaced when the batches' tables
are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the R script of ANLY 534 (Ng's shallow network in R): n_x inputs (784 on the page, 3 here), n_h tanh hidden
    # units (25 on the page, 3 here), one sigmoid output, the cross-entropy cost -1/m sum(log(A2) Y + log(1 - A2)
    # (1 - Y)), the samples as columns (one here, m = 1), learning_rate = 0.5 (update_parameters' default)
    "b112_an": problem_text('inputs = 3\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra="\n[update]\nlearning_rate = 0.5\n"),
    # the Rust example (ndarray): 2 inputs, 4 ReLU hidden units, 1 sigmoid output, binary cross-entropy, weights
    # input-first (weights1: input_size x hidden_size), learning_rate = 0.1 (the page's)
    "b112_rs": problem_text('inputs = 2\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra="\n[update]\nlearning_rate = 0.1\n"),
    # the Go Chain (Welch Labs' network in the comment): samples as rows, input-first weights, sigmoid hidden and
    # output layers, no biases (a layer holds only its weight and data); 2 inputs, 3 hidden, 2 outputs here;
    # outputError = expected - output, the output delta times the sigmoid's slope: half the squared error
    "b112_go": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the C++ threaded network (Spanish comments): INPUT_DIM = 3 inputs, tanh hidden units (70 on the page, 3
    # here) with biases bh, one linear output with bias bo, output_delta = output - target (half the squared
    # error's dE/dz; the page prints the squared error and its mean)
    "b112_cp": _layers('inputs = 3\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # the C exercise solution: a 2-2-1 sigmoid network with the page's numbers (weights_ih = {0.15, 0.25, 0.20,
    # 0.30} at [i * HIDDEN_SIZE + j], weights_ho = {0.40, 0.50}, bias_h = {0.35, 0.35}, bias_o = {0.60}),
    # LEARNING_RATE 2.0, the XOR sample {0, 1} with target 1; output_delta = (target - output) times the slope:
    # half the squared error's -dE/dz (the page's final MSE only reports)
    "b112_c": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                           'biases = [0.35, 0.35]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[0.40, 0.50]]\nbiases = [0.60]',
                           loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 2.0)),
    # lixun's Julia network (Nielsen's algorithm): layers [2, 3, 2] here (net{Float64}([2,16,16,1]) and the
    # example net([2,3,2,3]) on the page), sigmoid everywhere with biases, dC/da = a - y: half the squared error
    "b112_jl": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the NYCU lab report: 2 inputs, two sigmoid hidden layers (3 units each here), one sigmoid output, the loss
    # np.mean((y_true - y_pred) ** 2), for one sample and one output the squared error (y - A3)^2
    "b112_ny": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"', loss="squared_error"),
    # zy31415's Scala network (Nielsen's book): sigmoid layers with biases, weight numNodes x previous.numNodes,
    # delta of the output (a - y) * sigma'(z): the quadratic cost, half the squared error; [2, 3, 2] here
    "b112_zy": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Rust PMC: input_size 2, hidden_size 3 sigmoid units with b1, output_size 2 linear outputs with b2, w1
    # and w2 flattened (w1[i * hidden_size + j], w2[j * output_size + k]), output_delta = (y - output) * 1.0:
    # half the squared error's -dE/dz
    "b112_pm": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # ANLY 534's R names (Ng's): X and Y the sample's columns, W1, b1, Z1, A1, W2, b2, Z2, A2 the layers'
    # matrices and columns, dZ2, dW2, db2, dZ1, dW1, db1 the gradients, m = 1 example, learning_rate the rate;
    # tanh and sigmoid the script's own (the usual functions)
    "b112_an": r'''
[notation]
indices = "q"
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
''',
    # the Rust example: input the sample (1-D), self.weights1 and self.weights2 input-first, self.bias1,
    # self.bias2, z1, a1, z2, a2 (output) the layers' arrays, target the label, output_error = output - target,
    # output_delta = dL/dz2 (the BCE's gradient through the sigmoid, as its comment says), hidden_error = dL/da1,
    # hidden_delta = dL/dz1, weights2_gradient the gradient of weights2 (input-first), self.learning_rate the rate,
    # relu_derivative the ReLU's slope at its argument z1
    "b112_rs": r'''
[notation]
indices = "q"
learning_rate = ["self.learning_rate"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"input" = "x[:]"
"target" = "y[:]"
"self.weights1" = "W1[:, :].T"
"self.bias1" = "b1[:]"
"self.weights2" = "W2[:, :].T"
"self.bias2" = "b2[:]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[:]"
"a2" = "a2[:]"
"output" = "a2[:]"
"output_error" = "a2[:] - y[:]"
"output_delta" = "grad(z2[:])"
"hidden_error" = "grad(a1[:])"
"hidden_delta" = "grad(z1[:])"
"weights2_gradient" = "grad(W2[:, :]).T"
''',
    # the Go Chain: its comment's names (Welch Labs'): x the input row, w_1 and w_2 input-first, z_2, a_2 the
    # hidden sums and outputs, z_3 the output sums, y the output, f the sigmoid; the code's input, expected (the
    # target row), chain.hidden.weight, chain.hidden.data, chain.output.weight, chain.output.data, hiddenZ,
    # outputError = expected - output, the sigmoid's slopes of the outputs, outputDelta and hiddenDelta the code's
    # deltas (-dE/dz), outputDw its -dE/dw2 (input-first), hiddenError -dE/d(hidden output); the Matrix methods
    # by the operation they perform (Dot the matrix product, Sub the difference, Mul entry by entry)
    "b112_go": r'''
[notation]
indices = "q"
functions = { f = "sigmoid", Dot = "matrix product", Sub = "difference", Mul = "product" }
[notation.symbols]
"x" = "x[:].T"
"w_1" = "W1[:, :].T"
"z_2" = "z1[:].T"
"a_2" = "a1[:].T"
"w_2" = "W2[:, :].T"
"z_3" = "z2[:].T"
"y" = "a2[:].T"
"input" = "x[:].T"
"expected" = "y[:].T"
"chain.hidden.weight" = "W1[:, :].T"
"chain.hidden.data" = "a1[:].T"
"chain.output.weight" = "W2[:, :].T"
"chain.output.data" = "a2[:].T"
"hiddenZ" = "z1[:].T"
"outputError" = "y[:].T - a2[:].T"
"outputSigmoidDerivative" = "(a2[:]*(1 - a2[:])).T"
"hiddenSigmoidDerivative" = "(a1[:]*(1 - a1[:])).T"
"outputDelta" = "-delta2[:].T"
"outputDw" = "-grad(W2[:, :]).T"
"hiddenError" = "-grad(a1[:]).T"
"hiddenDelta" = "-delta1[:].T"
''',
    # the C++ network's names, its comments' and code's: input[i], wh[i][j] (from input i to hidden unit j),
    # bh[j], hidden_input[j] (the sum before tanh), hidden_output[j], wo[i][j] (from hidden unit i to output j),
    # bo[j], output[j], target (one output), output_delta[j] and hidden_delta[j] (dE/dz: output - target at the
    # output), lr and learning_rate the rate, outj the output loop's index (k); all counted from 0
    "b112_cp": r'''
[notation]
indices = "ijk"
learning_rate = ["lr", "learning_rate"]
index_names = { outj = "k" }
[notation.symbols]
"input[i]" = "x[i]"
"wh[i][j]" = "W1[j, i]"
"bh[j]" = "b1[j]"
"hidden_input[j]" = "z1[j]"
"hidden_output[j]" = "a1[j]"
"wo[i][j]" = "W2[j, i]"
"bo[j]" = "b2[j]"
"output[j]" = "a2[j]"
"target" = "y[0]"
"output_delta[j]" = "delta2[j]"
"hidden_delta[j]" = "delta1[j]"
''',
    # the C solution's names: train_targets[s] and train_inputs[s][i] the sample s's target and inputs, output[0],
    # hidden[j], weights_ho[j] (from hidden unit j to the output), weights_ih flattened at [i * HIDDEN_SIZE + j]
    # (from input i to hidden unit j), HIDDEN_SIZE = 2, bias_o[0], bias_h[j], output_delta and hidden_delta[j] the
    # code's deltas (-dE/dz); the test's copy: tt[s], out[0], hid[j], who[j], od, hd[j]; LEARNING_RATE the rate,
    # sigmoid_derivative(x) = x (1 - x) the slope written of the output
    "b112_c": r'''
[notation]
indices = "ij"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"train_targets[s]" = "y[0]"
"train_inputs[s][i]" = "x[i]"
"output[0]" = "a2[0]"
"hidden[j]" = "a1[j]"
"weights_ho[j]" = "W2[0, j]"
"HIDDEN_SIZE" = "2"
"weights_ih[0]" = "W1[0, 0]"
"weights_ih[1]" = "W1[1, 0]"
"weights_ih[2]" = "W1[0, 1]"
"weights_ih[3]" = "W1[1, 1]"
"bias_o[0]" = "b2[0]"
"bias_h[j]" = "b1[j]"
"output_delta" = "-delta2[0]"
"hidden_delta[j]" = "-delta1[j]"
"tt[s]" = "y[0]"
"out[0]" = "a2[0]"
"hid[j]" = "a1[j]"
"who[j]" = "W2[0, j]"
"od" = "-delta2[0]"
"hd[j]" = "-delta1[j]"
''',
    # lixun's Julia names (Nielsen's): layers counted from 1, the first the input (nn.a[1] = x); nn.a[l],
    # nn.z[l], nn.w[l], nn.b[l], nn.δ[l] = dC/dz, nn.∂C∂b[l] = dC/db of layer l (symbols.md's layer l - 1), L the
    # output layer (3 here), y the target, C the cost; the comments' w[l][j,k], a[l][k], δ[l][j] entry by entry
    # (Julia counts from 1) and w[l], δ[l], z[l] whole; sigmoid_prime the sigmoid's slope at its argument, η the rate.
    # Where the loader takes no such name: nn.δ[l] and nn.∂C∂b[l] (a Greek letter or ∂ in a code name: "is not one
    # symbol"; "expected '/' in ∂L/∂w") are left unnamed, and δ[l], δ[l][j] are written δ_{l}, δ_{lj} (the same
    # letter and index as a subscript: "δ[l]" is "not one symbol")
    "b112_jl": r'''
[notation]
indices = "ijkl"
loss = ["C"]
learning_rate = ["η"]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"nn.a[1]" = "x[:]"
"nn.a[l]" = "a{l-1}[:]"
"nn.z[l]" = "z{l-1}[:]"
"nn.w[l]" = "W{l-1}[:, :]"
"nn.b[l]" = "b{l-1}[:]"
"nn.a[L]" = "a2[:]"
"nn.z[L]" = "z2[:]"
"y" = "y[:]"
"w[l]" = "W{l-1}[:, :]"
"δ_{l}" = "delta{l-1}[:]"
"z[l]" = "z{l-1}[:]"
"w[l][j,k]" = "W{l-1}[j-1, k-1]"
"a[1][k]" = "x[k-1]"
"a[l][k]" = "a{l-1}[k-1]"
"δ_{lj}" = "delta{l-1}[j-1]"
''',
    # the NYCU report's names: X the input row, y the label, weights['W1'] ... (input-first, as the code's
    # np.dot(X, W)), weights['b1'] rows, Z1 ... Z3 and A1 ... A3 the layers' rows (the LaTeX's Z3, W3, A2 the
    # same), dZ3 = dL/dZ3 (the page's definition), dZ2, dZ1, dA2, dW1, dW3 the gradients as the code shapes them,
    # m = 1 sample, L the loss; derivative_sigmoid(x) = x (1 - x) the slope written of the output
    "b112_ny": r'''
[notation]
indices = "q"
functions = { derivative_sigmoid = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"weights['W1']" = "W1[:, :].T"
"weights['b1']" = "b1[:].T"
"weights['W3']" = "W3[:, :].T"
"W3" = "W3[:, :].T"
"b3" = "b3[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"Z3" = "z3[:].T"
"A3" = "a3[:].T"
"dZ3" = "grad(z3[:]).T"
"dZ2" = "grad(z2[:]).T"
"dZ1" = "grad(z1[:]).T"
"dA2" = "grad(a2[:]).T"
"dW1" = "grad(W1[:, :]).T"
"dW3" = "grad(W3[:, :]).T"
"m" = "1"
''',
    # zy31415's ForwardLayer.scala, read for the first hidden layer: weight (numNodes x previous.numNodes), bias,
    # previous.activation (the input here), z, activationFunction the sigmoid (_activation, the layer's output,
    # left unnamed: no formula here writes it, and the loader takes no name starting with an underscore)
    "b112_zf": r'''
[notation]
functions = { activationFunction = "sigmoid" }
[notation.symbols]
"weight" = "W1[:, :]"
"bias" = "b1[:]"
"previous.activation" = "x[:]"
"z" = "z1[:]"
''',
    # zy31415's HiddenLayer.scala: delta the hidden layer's dC/dz, next.weight and next._delta the output layer's
    # weight and delta, z the hidden sums, activationFunction.d the sigmoid's slope at its argument (.t Breeze's
    # transpose, *:* entry by entry)
    "b112_zh": r'''
[notation]
functions = { "activationFunction.d" = "sigmoid' at input" }
[notation.symbols]
"delta" = "delta1[:]"
"next.weight" = "W2[:, :]"
"next._delta" = "delta2[:]"
"z" = "z1[:]"
''',
    # zy31415's OutputLayer.scala: delta the output layer's dC/dz, _activation its outputs, y the label, z its sums;
    # _activation left unnamed, the loader taking no name that starts with an underscore ("unexpected at '_'
    # (position 1)")
    "b112_zo": r'''
[notation]
functions = { "activationFunction.d" = "sigmoid' at input" }
[notation.symbols]
"delta" = "delta2[:]"
"y" = "y[:]"
"z" = "z2[:]"
''',
    # the Rust PMC's names: x[i], y[k] the sample, output[k], hidden[j], self.b1[j], self.b2[k], output_delta[k]
    # and hidden_delta[j] the code's deltas (-dE/dz), self.lr the rate, self.output_size = 2, self.hidden_size = 3,
    # and the flattened weights: self.w2[j * output_size + k] from hidden unit j to output k, self.w1[i *
    # hidden_size + j] from input i to hidden unit j
    "b112_pm": r'''
[notation]
indices = "ijk"
learning_rate = ["self.lr"]
[notation.symbols]
"output[k]" = "a2[k]"
"hidden[j]" = "a1[j]"
"self.b1[j]" = "b1[j]"
"self.b2[k]" = "b2[k]"
"output_delta[k]" = "-delta2[k]"
"hidden_delta[j]" = "-delta1[j]"
"self.output_size" = "2"
"self.hidden_size" = "3"
"self.w2[0]" = "W2[0, 0]"
"self.w2[1]" = "W2[1, 0]"
"self.w2[2]" = "W2[0, 1]"
"self.w2[3]" = "W2[1, 1]"
"self.w2[4]" = "W2[0, 2]"
"self.w2[5]" = "W2[1, 2]"
"self.w1[0]" = "W1[0, 0]"
"self.w1[1]" = "W1[1, 0]"
"self.w1[2]" = "W1[2, 0]"
"self.w1[3]" = "W1[0, 1]"
"self.w1[4]" = "W1[1, 1]"
"self.w1[5]" = "W1[2, 1]"
''',
}
