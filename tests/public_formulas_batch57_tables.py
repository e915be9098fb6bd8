"""The networks and notations of batch 57 of the held-out public formulas (tests/public_formulas_batch57.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b57_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # ashukumar27's logistic regression: x_1, x_2 -> z = w_1x_1 + w_2x_2 + b -> a = sigma(z) -> L(a, y), the binary
    # cross-entropy (J accumulates -(y log a + (1-y) log(1-a)))
    "b57_ashu": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the deeplearning.ai thread on dL/dz for a ReLU: the course's two-layer net with a ReLU hidden layer (one unit
    # here, so that the thread's bare z is that unit's sum) and a sigmoid output under the binary cross-entropy
    "b57_dlairelu": _layers('inputs = 2\nunits = 1\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy"),
    # the quabr.com question (MNIST: 784 inputs, 200 sigmoid hidden units, 10 softmax classes, one-hot Y, the
    # cross-entropy): 3 inputs, 2 hidden units and 3 classes here; rows of one sample, X @ W1 with W1 (inputs x
    # hidden)
    "b57_quabr": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                         loss="cross_entropy"),
    # the educative.io thread's XOR network: X (2 inputs, a column) -> sigmoid hidden layer (2 units here) -> one
    # sigmoid output, l2_error = out_y - Y with the sigmoid's slope: the half squared error
    "b57_educ": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the robotigniteacademy thread's cs231n case study: X (D = 2) -> ReLU hidden layer (h = 1000; 3 here) ->
    # softmax over K = 2 classes, the cross-entropy averaged over the samples (one here); rows, W (D x h)
    "b57_robot": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                         loss="cross_entropy"),
    # the MLP question (Nemotron's copy): x_i -> v_ij -> sigmoid hidden a_j -> w_jk -> sigmoid outputs y_k, target
    # t_k; delta_ok = (t_k - y_k) y_k (1 - y_k) is -dE/dz of the half squared error
    "b57_mlp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Cross Validated question (Nemotron's copy): linear regression yhat = sum_i w_i x_i, no bias, MSE = 1/(2n)
    # sum (yhat - y)^2 over the n instances (one here): the half squared error; two features
    "b57_linreg": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"',
                          loss="half_squared_error"),
    # aman.ai's ReLU primer: one ReLU unit of input x, z its sum (the page's weights: none; 0.5 here, so that
    # dz/dx is not 1)
    "b57_aman": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nweights = [[0.5]]\nbiases = [0.25]',
                             loss="half_squared_error", extra=_data("[2.0]", "[1.0]")),
    # the tanh perceptron question (Nemotron's copy of Data Science Stack Exchange): o = tanh(omega . x), no bias
    # in the question's mathematics, E = (output - label)^2
    "b57_tanhperc": _layers('inputs = 2\nunits = 1\nactivation = "tanh"\nbias = "none"', loss="squared_error"),
    # math.techqa.club 3318318, Ng's course: a^(1) = x, sigmoid layers 2 and 3 (2 units each here), Theta^(l) "the
    # matrix of weights for the l-th layer" as the asker says (Theta^(3) into layer 3); no biases
    "b57_ngtheta": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                           'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # x_1, x_2 the inputs, w_1, w_2 the weights, b the bias, z and a the unit's sum and output; ^{(i)} the sample;
    # dw_1, dw_2, db, dz the course's dL/dw_1 ... (the page: "the derivative ... with respect to a variable 'x'
    # will be written as dx"); alpha the learning rate
    "b57_ashu": r'''
[notation]
indices = "k"
[notation.symbols]
"x_{k}" = "x[k-1]"
"x_{k}^{(i)}" = "x[k-1]"
"x^{(i)}" = "x[:]"
"w_{k}" = "W1[0, k-1]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"z^{(i)}" = "z1[0]"
"a" = "a1[0]"
"a^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"dw_{k}" = "grad(W1[0, k-1])"
"db" = "grad(b1[0])"
"dz" = "grad(z1[0])"
"dz^{(i)}" = "grad(z1[0])"
''',
    # the course's plain-text layers in brackets: z[1], W[2], dz[2] (dL/dz of the layer), g[1] the hidden layer's
    # activation (the ReLU); z alone the ReLU unit's sum
    "b57_dlairelu": r'''
[notation]
functions = { "g[1]" = "relu" }
[notation.symbols]
"z[l]" = "z{l}[:]"
"W[l]" = "W{l}[:, :]"
"dz[l]" = "grad(z{l}[:])"
"z" = "z1[0]"
''',
    # the question's NumPy names: X the input row, Z1, X2 the hidden sums and outputs, Z2, Y_hat the output's, Y
    # the one-hot target, W1 and W2 (inputs x outputs), dJ_dZ2 ... the derivatives of the cost J their names say
    "b57_quabr": r'''
[notation]
loss = ["cost", "J"]
[notation.symbols]
"X" = "x[:]"
"Z1" = "z1[:]"
"X2" = "a1[:]"
"Z2" = "z2[:]"
"Y_hat" = "a2[:]"
"Y" = "y[:]"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"dJ_dZ2" = "grad(z2[:])"
"dJ_dX2" = "grad(a1[:])"
"dJ_dZ1" = "grad(z1[:])"
"dJ_dW2" = "grad(W2[:, :]).T"
"dJ_dW1" = "grad(W1[:, :]).T"
''',
    # the thread's Python: X the input column, W1, b1, W2, b2 as symbols.md's (W1 (hidden x inputs)); net_h, out_h
    # the hidden sums and outputs, net_y, out_y the output's; l2_error = out_y - Y and slope_output its sigmoid's
    # slope; dw, db, dW2 the output layer's gradients, dh = dL/d(out_h), l1_error = dL/d(net_h), dW1, db1
    "b57_educ": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[0]"
"net_h" = "z1[:]"
"out_h" = "a1[:]"
"net_y" = "z2[0]"
"out_y" = "a2[0]"
"l2_error" = "a2[0] - y[0]"
"slope_output" = "a2[0]*(1 - a2[0])"
"dw" = "grad(W2[0, :])"
"db" = "grad(b2[0])"
"dh" = "grad(a1[:])"
"l1_error" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"dW2" = "grad(W2[:, :])"
''',
    # cs231n's case study as the thread quotes it: X a row, W (D x h) and b, W2 (h x K) and b2; hidden_layer the
    # ReLU outputs, scores the class scores, exp_scores their exponentials, probs the softmax; dscores = dL/dscores
    # (already divided by num_examples), dW2 and db2 the gradients
    "b57_robot": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[:, :].T"
"b" = "b1[:]"
"W2" = "W2[:, :].T"
"b2" = "b2[:]"
"hidden_layer" = "a1[:]"
"scores" = "z2[:]"
"exp_scores" = "exp(z2[:])"
"probs" = "a2[:]"
"dscores" = "grad(z2[:])"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:])"
''',
    # x_i the inputs, v_ij input i to hidden unit j, a_j (also a_j^hidden) the hidden outputs, w_jk hidden j to
    # output k, y_k the outputs, t_k the targets, all counted from 1; delta_ok and delta_hj the error terms -dE/dz
    "b57_mlp": r'''
[notation]
indices = "ijk"
[notation.symbols]
"x_{i}" = "x[i-1]"
"v_{ij}" = "W1[j-1, i-1]"
"a_{j}" = "a1[j-1]"
"a_{j}^{\\text{hidden}}" = "a1[j-1]"
"w_{jk}" = "W2[k-1, j-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"\\delta_{ok}" = "-grad(z2[k-1])"
"\\delta_{hj}" = "-grad(z1[j-1])"
''',
    # w_i and x_i the weights and features from 1, \hat{y} the prediction, y the true value; \hat{y}_j, y_j of
    # instance j (one instance: n = 1); x_{ij} feature i of instance j; MSE the cost
    "b57_linreg": r'''
[notation]
indices = "i"
loss = ["MSE"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"x_{ij}" = "x[i-1]"
"\\hat{y}" = "a1[0]"
"\\hat{y}_{i}" = "a1[0]"
"\\hat{y}_{j}" = "a1[0]"
"y_{i}" = "y[0]"
"y_{j}" = "y[0]"
"n" = "1"
''',
    # ReLU the unit's activation, z its sum, x its input
    "b57_aman": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"z" = "z1[0]"
"x" = "x[0]"
''',
    # \omega (also w) the weight vector, x the input vector, o (also output) the unit's output, label and y_i the
    # target, v the unit's sum (the code's), \Delta\omega the step; E the error
    "b57_tanhperc": r'''
[notation]
[notation.symbols]
"\\omega" = "W1[0, :]"
"w" = "W1[0, :]"
"x" = "x[:]"
"o" = "a1[0]"
"output" = "a1[0]"
"label" = "y[0]"
"y_{i}" = "y[0]"
"v" = "z1[0]"
"\\Delta\\omega" = "-eta*grad(W1[0, :])"
''',
    # Ng's layers from 1 (a^(1) the input), a^(l), z^(l) layer l's outputs and sums, Theta^(l) the weights into
    # layer l (the asker's "matrix of weights for the 3rd layer"), g the sigmoid
    "b57_ngtheta": r'''
[notation]
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(l)}" = "a{l-1}[:]"
"z^{(l)}" = "z{l-1}[:]"
"\\Theta^{(l)}" = "W{l-1}[:, :]"
''',
}
