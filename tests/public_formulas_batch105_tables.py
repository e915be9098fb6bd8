"""The networks and notations of batch 105 of the held-out public formulas (tests/public_formulas_batch105.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b105_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # yukinaga's Japanese notebook (minnano_dl, section 5): one neuron u = sum_k w_k x_k + b, y = f(u), E the error
    # (a squared error with 1/2 here); n = 2 inputs, f the sigmoid
    "b105_yk": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the same notebook's middle layer: the neuron y = f(u) feeds the m neurons of the next layer (nl); one hidden
    # neuron, m = 2 output neurons, sigmoid everywhere
    "b105_yk2": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # trighpro123's Vietnamese notebook (Tìm hiểu mạng nơ-ron): XOR, two inputs, two sigmoid hidden neurons and one
    # sigmoid output, each with its bias (w['j0_r'], k = 0 the bias); the training loop's "Cách 2" binary
    # cross-entropy; mu = 1
    "b105_tp": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_data("[0.0, 1.0]", "[1.0]", 1.0)),
    # the notebook's commented "Cách 1": the same network with the squared error 0.5 (y_1_2 - y)^2
    "b105_tp2": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                             loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 1.0)),
    # antonio-litvinov's Russian notebook: inputs I_s, hidden X_j = sigmoid(SX_j) with weights v_rs (input s to
    # hidden r), outputs Y_i = sigmoid(SY_i) with weights w_ji (hidden j to output i), targets a_i, dE/dY_i = Y_i - a_i
    # (E with 1/2); the notebook's code: 2 inputs, 3 hidden, 1 output, no biases
    "b105_al": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # SciWake's Russian notebook (Rashid's book): inputs 0.9, 0.1, 0.8, w_input_hidden and w_hidden_output as
    # printed (rows the receiving nodes), sigmoid, no biases; no target given (0.5 each), no rate
    "b105_sw": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.9, 0.3, 0.4], [0.2, 0.8, 0.2], [0.1, 0.5, 0.6]]',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.3, 0.7, 0.5], [0.6, 0.5, 0.2], [0.8, 0.1, 0.9]]',
                            loss="half_squared_error", extra=_data("[0.9, 0.1, 0.8]", "[0.5, 0.5, 0.5]", 0.1)),
    # the e-com-net Chinese post (BP's four rules): layers l = 1 .. L, logit_i^(l), bias_i^(l), w_ij^(l) from unit j
    # of layer l-1 to unit i of layer l, h_j^(l-1) the layer before's output (h^(0) the input), y_i the output,
    # Cost the squared error with 1/2; L = 2, two units a layer, sigmoid
    "b105_ec": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # dennybritz/nn-from-scratch issue 11: the notebook's 2-3-2 network, tanh hidden layer, softmax output,
    # cross-entropy; delta_3 the output layer's error (its layers counted from the input, 1)
    "b105_db": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # kwi0303's Qiita post: gradient descent w^(t+1) = w^(t) - eta grad E on a two-layer network (sigmoid, E the
    # squared error with 1/2)
    "b105_kw": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the coderoad.ru Russian copy of a Stack Overflow question: a logistic output unit, its error (target out - act.
    # out) act.out (1 - act.out); one input, one hidden and one output unit
    "b105_cr": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # MorenovAnton's Russian notebook: X = (2, 3), weights1 = [[0.1, 0.3], [0.2, 0.4]] input-first (np.dot(x, W)),
    # b1 = 1 shared, sigmoid; weights2 = [[0.5], [0.6]], b2 = 1, ReLU output; y = 2; loss 1/2 (y - output)^2; rate 0.1
    "b105_mq": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.1, 0.2], [0.3, 0.4]]\nbiases = 1.0',
                            'units = 1\nactivation = "relu"\nbias = "shared"\nweights = [[0.5, 0.6]]\nbiases = 1.0',
                            loss="half_squared_error", extra=_data("[2.0, 3.0]", "[2.0]", 0.1)),
    # udacity/deep-learning-v2-pytorch issue 409: the student-admissions notebook's one sigmoid unit trained on the
    # squared error, error term (y - y^) sigma'(x), x the unit's input h = w.x + b; two features here
    "b105_ud": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
}

NOTATIONS = {
    # yukinaga: u the neuron's sum, y its output, w_k and x_k its weights and inputs (k from 1), b its bias, n = 2,
    # f the sigmoid, E the loss; delta = dE/du (the notebook's 式3)
    "b105_yk": r'''
[notation]
indices = "ijk"
functions = { f = "sigmoid" }
[notation.symbols]
"u" = "z1[0]"
"y" = "a1[0]"
"w_{k}" = "W1[0, k-1]"
"x_{k}" = "x[k-1]"
"b" = "b1[0]"
"n" = "2"
"\\delta" = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
''',
    # the middle layer: y and u the hidden neuron's output and sum, u_j^(nl) the sum of neuron j of the next layer,
    # w_j^(nl) its weight from y, delta_j^(nl) = dE/du_j^(nl), m = 2
    "b105_yk2": r'''
[notation]
indices = "ijk"
functions = { f = "sigmoid" }
[notation.symbols]
"u" = "z1[0]"
"y" = "a1[0]"
"u_{j}^{(nl)}" = "z2[j-1]"
"w_{j}^{(nl)}" = "W2[j-1, 0]"
"\\delta_{j}^{(nl)}" = "delta2[j-1]"
"m" = "2"
''',
    # trighpro123: w['jk_r'] the weight of neuron j of layer r from its input k (k = 0 the bias), v_j_r the sum and
    # y_j_r the output of neuron j of layer r, x_1[i] and x_2[i] the inputs and y[i] the target of sample i (i names
    # the sample: not an index letter here), delta_j_r = dJ/dv_j_r, mu the rate, J the cost
    "b105_tp": r'''
[notation]
indices = "mn"
learning_rate = ["mu"]
loss = ["J"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"w['10_1']" = "b1[0]"
"w['11_1']" = "W1[0, 0]"
"w['12_1']" = "W1[0, 1]"
"w['20_1']" = "b1[1]"
"w['21_1']" = "W1[1, 0]"
"w['22_1']" = "W1[1, 1]"
"w['10_2']" = "b2[0]"
"w['11_2']" = "W2[0, 0]"
"w['12_2']" = "W2[0, 1]"
"x_1[i]" = "x[0]"
"x_2[i]" = "x[1]"
"y[i]" = "y[0]"
"v_1_1" = "z1[0]"
"v_2_1" = "z1[1]"
"y_1_1" = "a1[0]"
"y_2_1" = "a1[1]"
"v_1_2" = "z2[0]"
"y_1_2" = "a2[0]"
"delta_1_2" = "delta2[0]"
"delta_1_1" = "W2[0, 0]*delta2[0]*a1[0]*(1 - a1[0])"
"delta_2_1" = "W2[0, 1]*delta2[0]*a1[1]*(1 - a1[1])"
''',
    # antonio-litvinov: I_s the inputs, v_rs from input s to hidden r, SX_j and X_j the hidden sums and outputs,
    # w_ji from hidden j to output i, SY_i and Y_i the output sums and outputs, a_i the targets, tau_out_i = dE/dSY_i,
    # n = 1 output; indices counted from 1
    "b105_al": r'''
[notation]
indices = "ijrs"
[notation.symbols]
"I_{s}" = "x[s-1]"
"v_{rs}" = "W1[r-1, s-1]"
"SX_{j}" = "z1[j-1]"
"X_{j}" = "a1[j-1]"
"w_{ji}" = "W2[i-1, j-1]"
"SY_{i}" = "z2[i-1]"
"Y_{i}" = "a2[i-1]"
"a_{i}" = "y[i-1]"
"\\tau_{out_i}" = "delta2[i-1]"
"n" = "1"
''',
    # SciWake: I the input column, W the weights of the layer, X the combined inputs; the code's names for the
    # matrices and the layers' sums and outputs
    "b105_sw": r'''
[notation]
[notation.symbols]
"I" = "x[:]"
"W" = "W1[:, :]"
"X" = "z1[:]"
"w_input_hidden" = "W1[:, :]"
"w_hidden_output" = "W2[:, :]"
"X_hidden" = "z1[:]"
"X_hsigmoid" = "a1[:]"
"X_output" = "z2[:]"
"X_osigmoid" = "a2[:]"
''',
    # the e-com-net post: delta_i^(l) = dCost/dlogit_i^(l) (delta2 for l = L = 2, and the hidden layer's written out
    # for l = 1), logit, bias, w_ij^(l) and h_j^(l) as above, y_i the output, Cost the loss; units counted from 1
    "b105_ec": r'''
[notation]
indices = "ijl"
loss = ["Cost"]
[notation.symbols]
"\\delta_{i}^{L}" = "delta2[i-1]"
"\\delta_{i}^{2}" = "delta2[i-1]"
"\\delta_{i}^{1}" = "(W2[0, i-1]*delta2[0] + W2[1, i-1]*delta2[1])*a1[i-1]*(1 - a1[i-1])"
"logit_{i}^{l}" = "z{l}[i-1]"
"bias_{i}^{l}" = "b{l}[i-1]"
"w_{ij}^{l}" = "W{l}[i-1, j-1]"
"h_{j}^{0}" = "x[j-1]"
"h_{j}^{l}" = "a{l}[j-1]"
"y_{i}" = "a2[i-1]"
''',
    # dennybritz issue 11: delta_3 the output layer's error vector, y-hat the softmax output, y the one-hot target
    "b105_db": r'''
[notation]
[notation.symbols]
"\\delta_{3}" = "delta2[:]"
"\\hat{y}" = "a2[:]"
"y" = "t[:]"
''',
    # kwi0303: w^(t) the weight before the step, w^(t+1) after it (the first layer's w11 here, --param), E the loss
    "b105_kw": r'''
[notation]
[notation.symbols]
"w^{t}" = "W1[0, 0]"
"w^{t+1}" = "W1[0, 0]"
''',
    # coderoad.ru: act.out the output unit's activation, f the logistic function and x its input (df/dx the slope)
    "b105_cr": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"act.out" = "a2[0]"
"x" = "z2[0]"
''',
    # MorenovAnton: the class's attributes (weights1 input-first: the transpose of ours; the input and layer1 NumPy's
    # 1-D arrays, rows in np.dot(x, W): x[:].T, a1[:].T), layer1 and output the layers' outputs, the printed names
    # (layer1, Output, Error the loss), learning_rate the rate. The first run's notation wrote the input and layer1
    # as columns (x[:], a1[:]), a slip: mq-l1 was refused, "multiplies a 2 x 1 by a 2 x 2" 
    "b105_mq": r'''
[notation]
learning_rate = ["self.learning_rate"]
loss = ["Error"]
functions = { "self.sigmoid" = "sigmoid", "self.relu" = "relu" }
[notation.symbols]
"self.input" = "x[:].T"
"self.weights1" = "W1[:, :].T"
"self.b1" = "b1"
"self.layer1" = "a1[:].T"
"self.weights2" = "W2[:, :].T"
"self.b2" = "b2"
"self.output" = "a2[:]"
"self.y" = "y[:]"
"layer1" = "a1[:]"
"Output" = "a2[:]"
"Q_w2" = "-eta*delta2[0]"
''',
    # udacity issue 409: y the target, y-hat the unit's output, x the unit's input h (sigma'(x) its slope)
    "b105_ud": r'''
[notation]
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"x" = "z1[0]"
''',
}
