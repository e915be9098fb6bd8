"""The networks and notations of batch 122 of the held-out public formulas (tests/public_formulas_batch122.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b122_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # an Octave/MATLAB script (stored file 12299354612): a 2-2-2 sigmoid network without biases, Theta1 and Theta2
    # input-first (z2 = a1*Theta1, rows the inputs), J = 1/2/m*sum(erro.^2) with m = 1 and lambda = 0; its numbers:
    # X = [0 1], y = [0.8 1], Theta1 = [0.1 0.2; -0.1 0.1], Theta2 = [1 -1; 1 1-0.0361], alpha = 1 (the weights
    # here are Theta1' and Theta2', output-first)
    "b122_ml": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, -0.1], [0.2, 0.1]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.0, 1.0], [-1.0, 0.9639]]',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[0.8, 1.0]", 1.0)),
    # an R script commented in Spanish (stored file 7539266894): one input, two sigmoid hidden units and a sigmoid
    # output, with biases, theta = c(0, 0.2, 0, -0.3, -0.5, -1, 2) (b1[0], W1[0,0], b1[1], W1[1,0], b2, W2[0,0],
    # W2[0,1]), the deviance -(y log p + (1-y) log(1-p)) as the loss, x = 1, y = 0
    "b122_rs": problem_text('inputs = 1\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2], [-0.3]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[-1.0, 2.0]]\nbiases = [-0.5]',
                            loss="binary_cross_entropy", extra=_data("[1.0]", "[0.0]")),
    # a NumPy script following Koehn's NMT book, section 5.7 (stored file 7254874292): the XOR network of its Figure
    # 5.4, two sigmoid hidden units and a sigmoid output with biases, W = [[3, 4], [2, 3]] (s = W.dot(x) + b,
    # output-first), b = [-2, -4], W2 = [5, -5], b2 = [-2], x = [1, 0], t = [1], error = 1/2 (t - y)^2, mu = 1
    "b122_kx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[3.0, 4.0], [2.0, 3.0]]\n'
                            'biases = [-2.0, -4.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[5.0, -5.0]]\nbiases = [-2.0]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 1.0)),
    # a short NumPy XOR script (stored file 42937494796): 2-2-1 sigmoid layers without biases, w1 (2, 2) and w2
    # (2, 1) input-first (h = sigmoid(X.dot(w1))), e = y - o and the step of half the squared error, 0.1 the rate;
    # the four XOR rows are one sample here
    "b122_xo": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=LEARNING_RATE),
    # hsiaocy's homework 2 (main.py): a 1-M-1 MLP, M = 2, tanh hidden units, a linear output, biases, E = 1/(2N)
    # sum (d(t) - y(t))^2 with N = 1; W1 = [0.3, -0.3], b1 = [0, 0], W2 = [-0.1, 0.1], b2 = [0], x = 0.8, d = 0.72,
    # eta = 0.3 (the homework's numbers)
    "b122_hs": problem_text('inputs = 1\nunits = 2\nactivation = "tanh"\nweights = [[0.3], [-0.3]]\nbiases = [0.0, 0.0]',
                            'units = 1\nactivation = "identity"\nweights = [[-0.1, 0.1]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[0.8]", "[0.72]", 0.3)),
    # zhaoshengEE's Java NeuralNetwork (Backpropagation_Learning): XOR, 2 inputs, 4 hidden neurons, 1 output, each
    # layer's bias a constant neuron 1.0 (its weight the bias), the binary sigmoid (inputA = 0, inputB = 1), errorRate
    # = 0.5 (output - target)^2; learningRate 0.2
    "b122_zs": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.2\n"),
    # plasseraymond's BackpropCE.m (Kim's MATLAB Deep Learning, example 5): 3-4-1 sigmoid layers without biases,
    # W1 (4, 3) and W2 (1, 4) output-first, the cross-entropy of a sigmoid output (delta = e), alpha = 0.9
    "b122_pc": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy",
                            extra="\n[update]\nlearning_rate = 0.9\n"),
    # the same repository's BackpropXOR.m (Kim's example 3): the same layers under the squared error (delta = y (1 - y)
    # e), alpha = 0.9
    "b122_px": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra="\n[update]\nlearning_rate = 0.9\n"),
    # AkshatCoder44's index.js: two sigmoid hidden units (h1 of input1, h2 of input2) and a sigmoid output, with
    # biases, error = output - target and dOutput = error * sigmoid'(z_out): half the squared error's step; input1 =
    # 0.1, input2 = 0.9, target = 1.0, lr = 0.1. The file's hidden units see one input each; the network here is fully
    # connected (the problem format has no missing connection), which changes none of the lines taken
    "b122_ak": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.1, 0.9]", "[1.0]", 0.1)),
    # a TSAI END3.0 assignment's README (stored file 29001342415) and an ERA session 6 README (stored file
    # 42250461155): the course's 2-2-2 network, sigmoid hidden and output neurons without biases (h1 = i1*w1 +
    # i2*w2, o1 = out_h1*w5 + out_h2*w6), E_total = E1 + E2 with E1 = 1/2 (t1 - out_o1)^2; the class's numbers are in
    # the assignments' spreadsheets, not in the text
    "b122_en": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    "b122_se": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # the Octave script: row vectors, a1 = X the input, a2 the hidden outputs, a3 the outputs, z2 and z3 their sums,
    # Theta1 and Theta2 input-first (the transposes of W1, W2), erro = a3 - y, dZ2 and dZ1 dJ/dz of each layer, dW2
    # and dW1 dJ/dTheta2 and dJ/dTheta1 (input-first), lambda the regularisation weight (0), m the number of samples
    # (1); sigmoidGrad(z) = sigmoid(z) (1 - sigmoid(z)), the slope at its argument
    "b122_ml": r'''
[notation]
learning_rate = ["alpha"]
loss = ["J"]
functions = { sigmoidGrad = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"a1" = "x[:].T"
"a2" = "a1[:].T"
"a3" = "a2[:].T"
"z2" = "z1[:].T"
"z3" = "z2[:].T"
"y" = "y[:].T"
"Theta1" = "W1[:, :].T"
"Theta2" = "W2[:, :].T"
"erro" = "a2[:].T - y[:].T"
"dZ2" = "delta2[:].T"
"dZ1" = "delta1[:].T"
"dW2" = "grad(W2[:, :]).T"
"dW1" = "grad(W1[:, :]).T"
"lambda" = "0"
"m" = "1"
''',
    # the R script: theta[1] ... theta[7] the parameters counted from 1 (b1[0], W1[0,0], b1[1], W1[1,0], b2, W2[0,0],
    # W2[0,1]), x the input, a_1 and a_2 the hidden outputs, p the output, delta_3 = dL/dz of the output and delta_2
    # the hidden units' dL/dz (the code's "fórmula de backprop"); h the sigmoid, h_deriv(x) = h(x) (1 - h(x)), the
    # slope at its argument
    "b122_rs": r'''
[notation]
loss = ["devianza"]
functions = { h = "sigmoid", h_deriv = "sigmoid' at input" }
[notation.symbols]
"theta[1]" = "b1[0]"
"theta[2]" = "W1[0, 0]"
"theta[3]" = "b1[1]"
"theta[4]" = "W1[1, 0]"
"theta[5]" = "b2[0]"
"theta[6]" = "W2[0, 0]"
"theta[7]" = "W2[0, 1]"
"x" = "x[0]"
"a_1" = "a1[0]"
"a_2" = "a1[1]"
"p" = "a2[0]"
"delta_3" = "delta2[0]"
"delta_2" = "delta1[:]"
''',
    # Koehn's section 5.7 in NumPy: W and b the hidden layer's weights (output-first) and biases, W2 and b2 the
    # output's, x the input, t the target, s and h the hidden sums and outputs, z and y the output's sum and output,
    # error the loss 1/2 (t - y)^2, mu the learning rate; delta_2 = (t - y) sigmoid'(z), -d error/dz (Koehn's sign:
    # the updates add delta_W2 = mu delta_2 h); each d_A_d_B the derivative of A by B (d_error_d_y = d error / dy);
    # sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope at its argument
    "b122_kx": r'''
[notation]
learning_rate = ["mu"]
loss = ["error"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"W" = "W1[:, :]"
"b" = "b1[:]"
"W2" = "W2[0, :]"
"b2" = "b2[:]"
"x" = "x[:]"
"t" = "y[:]"
"s" = "z1[:]"
"h" = "a1[:]"
"z" = "z2[:]"
"y" = "a2[:]"
"delta_2" = "-delta2[:]"
"delta_W2" = "-eta*grad(W2[0, :])"
"delta_b2" = "-eta*grad(b2[:])"
"d_error_d_y" = "grad(a2[:])"
"d_y_d_z" = "a2[:]*(1 - a2[:])"
"d_error_d_z" = "delta2[:]"
"d_z_d_W2" = "a1[:]"
"d_error_d_W2" = "grad(W2[0, :])"
"d_z_d_h" = "W2[0, :]"
"d_error_d_h" = "grad(a1[:])"
''',
    # the NumPy XOR script: X the input rows (one sample here), y the targets, w1 (inputs x hidden) and w2 (hidden x
    # output) input-first, h and o the hidden and output rows, e = y - o; dsigmoid(x) = x (1 - x), the slope written
    # of the output it is given
    "b122_xo": r'''
[notation]
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"h" = "a1[:].T"
"o" = "a2[:].T"
"e" = "y[:].T - a2[:].T"
''',
    # hsiaocy's homework: self.W1, self.b1 (hidden units j), self.W2, self.b2 (the output k), self.x and _input the
    # input, self.d the teacher signal, pred the output y, net_j and z_j the hidden sums and outputs, net_k the
    # output's sum, delta_2k = (d - y) f2' and delta_1j the local gradients (-dE/dnet: the updates subtract u = -eta
    # delta z), u_w2 ... the terms subtracted, _w1 ... the new weights, d_W2 = _w2 - W2 the change
    "b122_hs": r'''
[notation]
learning_rate = ["self.eta"]
[notation.symbols]
"self.W1" = "W1[:, 0]"
"self.b1" = "b1[:]"
"self.W2" = "W2[0, :]"
"self.b2" = "b2[:]"
"self.x" = "x[0]"
"_input" = "x[0]"
"self.d" = "y[0]"
"pred" = "a2[0]"
"self.net_j" = "z1[:]"
"self.z_j" = "a1[:]"
"self.net_k" = "z2[0]"
"self.delta_2k" = "-delta2[0]"
"self.delta_1j" = "-delta1[:]"
"u_w2" = "eta*grad(W2[0, :])"
"u_w1" = "eta*grad(W1[:, 0])"
"u_b2" = "eta*grad(b2[:])"
"u_b1" = "eta*grad(b1[:])"
"_w1" = "new(W1[:, 0])"
"_w2" = "new(W2[0, :])"
"d_W2" = "-eta*grad(W2[0, :])"
''',
    # zhaoshengEE's NeuralNetwork: trainOutput the output, argValue the target, deltaOutput[outputIndex] the output's
    # delta signal (-dE/dz: the updates add it; one output, outputIndex 0), errorRate the error 0.5 (output -
    # target)^2
    "b122_zs": r'''
[notation]
learning_rate = ["learningRate"]
loss = ["errorRate"]
[notation.symbols]
"trainOutput" = "a2[0]"
"argValue" = "y[0]"
"deltaOutput[outputIndex]" = "-delta2[0]"
''',
    # BackpropCE.m (Kim): x the input column, d the target, W1 and W2 output-first, v1 and y1 the hidden sums and
    # outputs, v and y the output's, e = d - y, delta = -dE/dv (the updates add), e1 = W2' delta (-dE/dy1), delta1
    # the hidden -dE/dv1, dW1 and dW2 the changes alpha delta x' the updates add; Sigmoid the sigmoid
    "b122_pc": r'''
[notation]
learning_rate = ["alpha"]
functions = { Sigmoid = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"d" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"v1" = "z1[:]"
"y1" = "a1[:]"
"v" = "z2[:]"
"y" = "a2[:]"
"e" = "y[:] - a2[:]"
"delta" = "-delta2[:]"
"e1" = "-grad(a1[:])"
"delta1" = "-delta1[:]"
"dW1" = "-eta*grad(W1[:, :])"
"dW2" = "-eta*grad(W2[:, :])"
''',
    # BackpropXOR.m: the same names under the squared error
    "b122_px": r'''
[notation]
learning_rate = ["alpha"]
functions = { Sigmoid = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"d" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"v1" = "z1[:]"
"y1" = "a1[:]"
"v" = "z2[:]"
"y" = "a2[:]"
"e" = "y[:] - a2[:]"
"delta" = "-delta2[:]"
"e1" = "-grad(a1[:])"
"delta1" = "-delta1[:]"
"dW1" = "-eta*grad(W1[:, :])"
"dW2" = "-eta*grad(W2[:, :])"
''',
    # AkshatCoder44's index.js: input1, input2 the inputs, target, w1 (input1 -> h1), w2 (input2 -> h2), b1 and b2
    # the hidden units' biases, w_out1, w_out2, b_out the output's, z1, z2, z_out the sums, h1, h2, output the
    # outputs, error = output - target, dOutput = dE/dz_out, dH1 and dH2 the hidden units' dE/dz, lr the rate;
    # sigmoidDerivative(x) = s(x) (1 - s(x)) with s = sigmoid(x), the slope at its argument
    "b122_ak": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"input1" = "x[0]"
"input2" = "x[1]"
"target" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[1, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"w_out1" = "W2[0, 0]"
"w_out2" = "W2[0, 1]"
"b_out" = "b2[0]"
"z1" = "z1[0]"
"z2" = "z1[1]"
"z_out" = "z2[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"output" = "a2[0]"
"error" = "a2[0] - y[0]"
"dOutput" = "delta2[0]"
"dH1" = "delta1[0]"
"dH2" = "delta1[1]"
''',
    # the END3.0 README: i1, i2 the inputs, t1, t2 the targets, w1 (i1 -> h1), w2 (i2 -> h1), w3 (i1 -> h2), w4 (i2 ->
    # h2), w5 (out_h1 -> o1), w6 (out_h2 -> o1), w7 (out_h1 -> o2), w8 (out_h2 -> o2), h1, h2, o1, o2 the sums,
    # out_h1 ... out_o2 the outputs, E1 and E2 the outputs' errors, E_Total (E_total) their sum, the loss
    "b122_en": r'''
[notation]
loss = ["E_Total", "E_total"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"E1" = "0.5*(y[0] - a2[0])**2"
"E2" = "0.5*(y[1] - a2[1])**2"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
''',
    # the session 6 README: the same network and weights' names, a_h1 ... a_o2 the outputs, ƞ (U+019E) the learning
    # rate, new_w1 ... new_w8 the updated weights
    "b122_se": r'''
[notation]
loss = ["E_Total", "E_total"]
learning_rate = ["ƞ"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"E1" = "0.5*(y[0] - a2[0])**2"
"E2" = "0.5*(y[1] - a2[1])**2"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"new_w6" = "new(W2[0, 1])"
''',
}
