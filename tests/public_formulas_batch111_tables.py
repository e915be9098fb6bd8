"""The networks and notations of batch 111 of the held-out public formulas (tests/public_formulas_batch111.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b111_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# UdelaR's course notes (Ng's layers: a^(1) = x, Theta^(l) maps layer l to l+1, the bias unit a_0 = 1 inside
# a^(l) and Theta's column 0): its matrix rules write no bias of their own, so no biases here; two inputs, three
# sigmoid hidden units, two sigmoid outputs
_UD_HIDDEN = 'inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"'

NETWORKS = {
    # AfsanaMim9639's Bengali notebook (Andrew Ng's layers [l], C the cost, sigma the activation, alpha the
    # rate): a 2-2-2 sigmoid network with biases, C half the squared error
    "b111_af": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Indonesian Bangkit notes (Ng's "larger network" example): one ReLU hidden unit and one ReLU output unit
    # with biases, w1 = 2, b1 = 0, w2 = 3, b2 = 1, x = 1, y = 5, j = 1/2 (a2 - y)^2; no rate given (0.1 here)
    "b111_bk": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nweights = [[2.0]]\nbiases = [0.0]',
                            'units = 1\nactivation = "relu"\nweights = [[3.0]]\nbiases = [1.0]',
                            loss="half_squared_error", extra=_data("[1.0]", "[5.0]", 0.1)),
    # UdelaR's notes with the quadratic cost, J = 1/2 ||y - a^(L)||^2 for one example (the page's rules
    # delta^(L) = (a^(L) - y) (.) g'(z^(L)) are this cost's)
    "b111_ud": _layers(_UD_HIDDEN, 'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the same notes' cross-entropy (sigmoid outputs, the sum over the K outputs of the logistic cost)
    "b111_udce": _layers(_UD_HIDDEN, 'units = 2\nactivation = "sigmoid"\nbias = "none"',
                         loss="binary_cross_entropy"),
    # the same notes' softmax output layer (with the log-likelihood cost)
    "b111_udsm": _layers(_UD_HIDDEN, 'units = 2\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # ceciorosco's Spanish notebook: two ReLU hidden neurons (z_1 = w_1^T x + b_1) on two features (cholesterol,
    # glucose), one sigmoid output neuron z_3 = w_{3,1} a_1 + w_{3,2} a_2 + b_3, the binary cross-entropy
    "b111_ce": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # virgantara's Indonesian course notebook (Victor Zhou's network in Indonesian: weights b_1 ... b_6, biases
    # B_1 ... B_3): 2-2-1 sigmoid with biases, L = MSE = (y_t - y_p)^2 for one example (n = 1)
    "b111_vg": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # hbakhshi's Persian course notes (Nielsen's network): sigmoid layers with biases, the quadratic cost C
    "b111_hb": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Grokking Deep Learning's chapter 8 MNIST network (issue #9's version): rows, a ReLU hidden layer, a linear
    # output layer, no biases, layer_2_delta = labels - layer_2 (half the squared error's -dE/dz2); 3-4-2 here
    "b111_g9": _layers('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # Grokking's chapter 6 streetlight network (issue #59): 3 inputs, 4 ReLU hidden units, 1 linear output, no
    # biases, layer_2_delta = layer_2 - goal (dE/dz2 of half the squared error)
    "b111_g59": _layers('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                        'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # jcjohnson's pytorch-examples two_layer_net (issues #5 and #28): x rows, w1 and w2 input-first, h_relu =
    # relu(x w1), y_pred = h_relu w2, loss = sum (y_pred - y)^2, no biases; 3-4-2 here
    "b111_jj": _layers('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="squared_error"),
}

NOTATIONS = {
    # the Bengali notebook: Ng's [l] layers (a^{[0]} the input), delta^{[l]} = dC/dz^{[l]}, C the cost (the
    # default name), alpha the rate; written in HTML on the page (<sup>[l]</sup>), here as TeX's superscripts
    "b111_af": r'''
[notation]
indices = "l"
[notation.symbols]
"a^{[0]}" = "x[:]"
"a^{[l]}" = "a{l}[:]"
"z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\delta^{[l]}" = "delta{l}[:]"
''',
    # the Bangkit notes: w_1, b_1, a_1 of layer 1 and w_2, b_2, a_2 of layer 2 (one unit each), z_1, z_2 the sums,
    # t_1 = w_1 x and t_2 = w_2 a_1 the graph's products, g the ReLU, j the cost (j(w, b))
    "b111_bk": r'''
[notation]
indices = "n"
loss = ["j"]
functions = { g = "relu" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{n}" = "W{n}[0, 0]"
"b_{n}" = "b{n}[0]"
"z_{n}" = "z{n}[0]"
"a_{n}" = "a{n}[0]"
"t_{1}" = "W1[0, 0]*x[0]"
"t_{2}" = "W2[0, 0]*a1[0]"
''',
    # UdelaR's notes: layers counted from 1 (a^{(1)} = x), units from 1 (a_0 the bias unit), theta^{(l)}_{ji}
    # from unit i of layer l to unit j of layer l+1 (theta and Theta both), delta^{(l)}_j = dJ/dz^{(l)}_j, g
    # the sigmoid, J the cost, alpha the rate; y^{(i)} example i's target, m the number of examples (one here),
    # delta^{x,l} and a^{x,l} the values for instance x; a in nabla_a J the output layer's activations
    "b111_ud": r'''
[notation]
indices = "ijklpq"
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(l)}" = "a{l-1}[:]"
"a^{(1)}_{p}" = "x[p-1]"
"a^{(l)}_{p}" = "a{l-1}[p-1]"
"z^{(l)}" = "z{l-1}[:]"
"z^{(l)}_{p}" = "z{l-1}[p-1]"
"\\delta^{(l)}" = "delta{l-1}[:]"
"\\delta^{(l)}_{p}" = "delta{l-1}[p-1]"
"\\theta^{(l)}" = "W{l}[:, :]"
"\\Theta^{(l)}" = "W{l}[:, :]"
"\\theta^{(l)}_{pq}" = "W{l}[p-1, q-1]"
"\\delta^{x,(l)}" = "delta{l-1}[:]"
"a^{x,1}" = "x[:]"
"a^{x,l}" = "a{l-1}[:]"
"y" = "y[:]"
"y^{(i)}" = "y[:]"
"a" = "a2[:]"
"m" = "1"
''',
    # ceciorosco's notebook: neurons 1 and 2 (z_1, a_1; z_2, a_2) of the hidden layer, neuron 3 the output (z_3,
    # y_pred = y hat), w_1 and w_2 the hidden neurons' weight vectors, w_3 = (w_3[0], w_3[1]) = (w_{3,1}, w_{3,2})
    # the output's, b_1 ... b_3 the biases, x^{(i)} and y^{(i)} example i (N examples, one here), d3 = dBCE/dz_3
    "b111_ce": r'''
[notation]
indices = "q"
loss = ["\\text{BCE}", "BCE"]
[notation.symbols]
"x" = "x[:]"
"x^{(i)}" = "x[:]"
"w_{1}" = "W1[0, :]"
"w_{2}" = "W1[1, :]"
"w_{3}" = "W2[0, :]"
"w_{3,1}" = "W2[0, 0]"
"w_{3,2}" = "W2[0, 1]"
"w_3[0]" = "W2[0, 0]"
"w_3[1]" = "W2[0, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"z_{3}" = "z2[0]"
"a_{1}" = "a1[0]"
"a_{2}" = "a1[1]"
"z_{1}^{(i)}" = "z1[0]"
"z_{3}^{(i)}" = "z2[0]"
"a_{1}^{(i)}" = "a1[0]"
"a_{2}^{(i)}" = "a1[1]"
"y_{\\text{pred}}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"\\hat{y}^{(i)}" = "a2[0]"
"y" = "y[0]"
"y^{(i)}" = "y[0]"
"d3" = "grad(z2[0])"
"d3^{(i)}" = "grad(z2[0])"
"N" = "1"
''',
    # virgantara's notebook: x_1 (weight) and x_2 (height) the inputs, b_1 ... b_6 the weights (h_1 = f(b_1 x_1 +
    # b_2 x_2 + B_1), h_2 = f(b_3 x_1 + b_4 x_2 + B_2), o_1 = f(b_5 h_1 + b_6 h_2 + B_3)), B_1 ... B_3 the biases
    # (B that of the single neuron first shown, h_1's here, its sum "output"), y_p = o_1 the prediction, y_t the
    # target (y_pred, y_true in the MSE's definition), f the sigmoid, L = MSE over n examples (one here)
    "b111_vg": r'''
[notation]
indices = "q"
loss = ["MSE", "L"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{q}" = "x[q-1]"
"b_{1}" = "W1[0, 0]"
"b_{2}" = "W1[0, 1]"
"b_{3}" = "W1[1, 0]"
"b_{4}" = "W1[1, 1]"
"b_{5}" = "W2[0, 0]"
"b_{6}" = "W2[0, 1]"
"B_{1}" = "b1[0]"
"B_{2}" = "b1[1]"
"B_{3}" = "b2[0]"
"B" = "b1[0]"
"output" = "z1[0]"
"h_{q}" = "a1[q-1]"
"o_{1}" = "a2[0]"
"y_{p}" = "a2[0]"
"y_{t}" = "y[0]"
"y_{pred}" = "a2[0]"
"y_{true}" = "y[0]"
"n" = "1"
''',
    # hbakhshi's notes on Nielsen's backprop, for the last layer: delta its error dC/dz, a its activations, z its
    # sums, C the cost; w any weight (the parameter named with --param), eta the rate
    "b111_hb": r'''
[notation]
parameter = ["w"]
[notation.symbols]
"\\delta" = "delta2[:]"
"a" = "a2[:]"
"z" = "z2[:]"
''',
    # Grokking's chapter 8 code as issue #9 modifies it: rows; layer_0 the input, weights_0_1 and weights_1_2
    # input-first, layer_1 the hidden sums and layer_1_relu their ReLU, layer_2 the (linear) outputs,
    # labels[i:i+1] the target row, layer_2_delta = labels - layer_2 and layer_1_delta the code's deltas (-dE/dz),
    # alpha the rate, relu2deriv the book's slope written of the output (output > 0)
    "b111_g9": r'''
[notation]
indices = "q"
learning_rate = ["alpha"]
functions = { relu2deriv = "relu' at output" }
[notation.symbols]
"layer_0" = "x[:].T"
"weights_0_1" = "W1[:, :].T"
"weights_1_2" = "W2[:, :].T"
"layer_1" = "z1[:].T"
"layer_1_relu" = "a1[:].T"
"layer_2" = "a2[:].T"
"labels[i:i+1]" = "y[:].T"
"layer_2_delta" = "-delta2[:].T"
"layer_1_delta" = "-delta1[:].T"
''',
    # Grokking's chapter 6 code (issue #59): rows; layer_1_input the hidden sums, layer_1 = relu(...) their
    # outputs, layer_2_delta = layer_2 - goal and layer_1_delta the deltas (dE/dz), relu2deriv the slope written
    # of the output
    "b111_g59": r'''
[notation]
functions = { relu2deriv = "relu' at output" }
[notation.symbols]
"layer_0" = "x[:].T"
"weights_0_1" = "W1[:, :].T"
"weights_1_2" = "W2[:, :].T"
"layer_1_input" = "z1[:].T"
"layer_1" = "a1[:].T"
"layer_2_delta" = "delta2[:].T"
"layer_1_delta" = "delta1[:].T"
''',
    # jcjohnson's two_layer_net (NumPy and torch): rows; h_relu the hidden outputs, y_pred the outputs, y the
    # targets, w2 input-first, grad_y_pred = dloss/dy_pred, grad_w2 = dloss/dw2, grad_h_relu = dloss/dh_relu
    "b111_jj": r'''
[notation.symbols]
"y_pred" = "a2[:].T"
"y" = "y[:].T"
"h_relu" = "a1[:].T"
"w2" = "W2[:, :].T"
"grad_y_pred" = "grad(a2[:]).T"
"grad_w2" = "grad(W2[:, :]).T"
"grad_h_relu" = "grad(a1[:]).T"
''',
}
