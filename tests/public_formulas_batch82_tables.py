"""The networks and notations of batch 82 of the held-out public formulas (tests/public_formulas_batch82.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b82_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the basketball-detection write-up's worked example: x = 0.5 -> sigmoid a1 (w1 = 0.1, b1 = 0.2) -> sigmoid
    # y hat (w2 = 0.3, b2 = 0.1), y = 1, L = (y - y hat)^2, alpha = 0.1
    "b82_bb": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.1]]\nbiases = [0.2]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[0.3]]\nbiases = [0.1]',
                           loss="squared_error", extra=_data("[0.5]", "[1.0]", 0.1)),
    # the MATLAB script: x = [-1 x_1 x_2] (the constant -1 carries the hidden offsets b_1, b_2 as weights, so the
    # hidden layer has three inputs and no bias of its own), v1 = [b_1 v_11 v_21] and v2 = [b_2 v_12 v_22] the
    # hidden units' weights, logsig hidden units, a tansig (tanh) output whose offset b_3 weighs the constant -1
    # (its bias -b_3 = 0), w_1 = 0.4, w_2 = -0.8, d = 0.4, eta = 0.2; delta_out = (d - y) tansig'(net_out), the half
    # squared error's -dE/dnet
    "b82_ml": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                           'weights = [[0.0, 1.0, 0.5], [0.0, -0.5, 1.0]]',
                           'units = 1\nactivation = "tanh"\nweights = [[0.4, -0.8]]\nbiases = [0.0]',
                           loss="half_squared_error", extra=_data("[-1.0, 0.3, 0.5]", "[0.4]", 0.2)),
    # the perceptron lesson: sigmoid layers, the least-squares error (half the squared distance), nodes i -> j -> k
    "b82_pc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the Spanish MATLAB function: patron (the inputs) -> logistic hidden units (sums u, outputs s) -> one logistic
    # output (sum h, output y), Z the target, the half squared error; difW and difT the weights' steps
    "b82_sp": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the C++ layer's comment: sigmoid hidden units j feeding sigmoid units k, the squared error
    "b82_cc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the JavaScript neuron: inputs x and y, weights a and b, bias c, f = sig(q); only its values are judged (df = 1:
    # the derivatives are f's own), so the loss is any
    "b82_js": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the ISU homework: r = [1 0.6 0.5] (the constant 1 carries the hidden biases as W1's first column, so three
    # inputs and no bias), W1 = [1 -1 -3; 2 -1 -1], sigmoid hidden units q1, W2 = [0.5 4 -2] (0.5 the output's bias
    # against the constant 1 of [1; q1]), a sigmoid output q2, u = 0.8 the target, gamma = 0.6 the step
    "b82_isu": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[1.0, -1.0, -3.0], [2.0, -1.0, -1.0]]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[4.0, -2.0]]\nbiases = [0.5]',
                            loss="half_squared_error", extra=_data("[1.0, 0.6, 0.5]", "[0.8]", 0.6)),
    # mistnet's gradients: a sigmoid output yhat under the cross-entropy
    "b82_dh": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the MATLAB outputDeltas: sigmoid output units, E = sum (target - output)^2 (the 2 of its derivative)
    "b82_jm": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="squared_error"),
    # the XOR README: 2 inputs -> 4 sigmoid hidden units -> 1 sigmoid output, no biases (X . W1, h_output . W2),
    # the mean squared error over n samples (one here), learning rate 0.3
    "b82_xor": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error",
                            extra="\n[update]\nlearning_rate = 0.3\n"),
}

NOTATIONS = {
    # the basketball write-up: w_1, b_1 into a_1, w_2, b_2 into y hat, y the label, x the input, alpha the
    # learning rate (also the code block's Greek letter), w1_new the updated w_1
    "b82_bb": r'''
[notation]
learning_rate = ["\\alpha", "α"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"x" = "x[0]"
"w1_new" = "new(W1[0, 0])"
''',
    # the MATLAB script's names: x the inputs with the constant -1 first, v1 and v2 the hidden units' weight
    # columns (offset first), net_h1, net_h2 their sums and z1, z2 their outputs, w(k) the output's weights (w(1)
    # its offset b_3, against -1: the bias -b_3), z(k) its inputs (z(1) = -1), net_out its sum, y the output, d the
    # desired output, delta_out and delta_h1, delta_h2 the deltas (-dE/dnet), v1_new and v2_new the new weights;
    # logsig and tansig MATLAB's sigmoid and tanh, logsig_dot and tansig_dot their derivatives at the sum
    "b82_ml": r'''
[notation]
indices = "k"
functions = { logsig = "sigmoid", tansig = "tanh", logsig_dot = "sigmoid' at input", tansig_dot = "tanh' at input" }
[notation.symbols]
"x" = "x[:]"
"v1" = "W1[0, :]"
"v2" = "W1[1, :]"
"net_h1" = "z1[0]"
"net_h2" = "z1[1]"
"z1" = "a1[0]"
"z2" = "a1[1]"
"w(1)" = "-b2[0]"
"w(k)" = "W2[0, k-2]"
"z(1)" = "-1"
"z(k)" = "a1[k-2]"
"net_out" = "z2[0]"
"y" = "a2[0]"
"d" = "y[0]"
"delta_out" = "-grad(z2[0])"
"delta_h1" = "-grad(z1[0])"
"delta_h2" = "-grad(z1[1])"
"v1_new" = "new(W1[0, :])"
"v2_new" = "new(W1[1, :])"
''',
    # the perceptron lesson: f the sigmoid at a sum x; nodes i (inputs), j (hidden), k (outputs), o their
    # outputs, t the targets, w_{jk} the weight from j to k, delta the error value of a node, dE/dnet (the rule
    # w_{ij}(n) = w_{ij}(n-1) - Delta w_{ij}(n) with Delta w_{ij} = eta delta_j o_i subtracts it)
    "b82_pc": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
"o_{i}" = "x[i]"
"o_{j}" = "a1[j]"
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"w_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
''',
    # the Spanish function's arguments: patron the input row, Z the target, y the output, w the hidden -> output
    # weights (a row per output), s the hidden outputs, h the output's sum, u the hidden sums; err = Z - y, g1d
    # and g2d the logistic's derivatives at h and u, difW and difT the steps of W (hidden -> output) and T
    # (input -> hidden), -eta dE/dW; g1d and g2d as the page spells them (the collector's g1_{d}, g2_{d} were the
    # loader's refusal of "g1d" at collection time)
    "b82_sp": r'''
[notation.symbols]
"patron" = "x[:].T"
"Z" = "y[0]"
"y" = "a2[0]"
"w" = "W2[:, :]"
"s" = "a1[:]"
"h" = "z2[0]"
"u" = "z1[:]"
"err" = "y[0] - a2[0]"
"g1d" = "a2[0]*(1 - a2[0])"
"g2d" = "a1[:]*(1 - a1[:])"
"difW" = "-eta*grad(W2[:, :])"
"difT" = "-eta*grad(W1[:, :])"
''',
    # the C++ comment (Wikipedia's rule): o_j the outputs of the layer's units j, delta the error dE/dnet, w_{j,k}
    # from unit j to unit k of the next layer
    "b82_cc": r'''
[notation]
indices = "n"
[notation.symbols]
"o_{j}" = "a1[j]"
"delta_{j}" = "delta1[j]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
"w_{j,k}" = "W2[k, j]"
''',
    # the JavaScript neuron: q = a*x + b*y + c, f = sig(q); df = 1 (f by itself), dq, da, dx, dy, db, dc the
    # derivatives of f by q and by each of a, x, b, y, c
    "b82_js": r'''
[notation]
functions = { sig = "sigmoid" }
[notation.symbols]
"a" = "W1[0, 0]"
"b" = "W1[0, 1]"
"c" = "b1[0]"
"x" = "x[0]"
"y" = "x[1]"
"q" = "z1[0]"
"f" = "a1[0]"
"df" = "1"
"dq" = "a1[0]*(1 - a1[0])"
"da" = "x[0]*a1[0]*(1 - a1[0])"
"dx" = "W1[0, 0]*a1[0]*(1 - a1[0])"
"dy" = "W1[0, 1]*a1[0]*(1 - a1[0])"
"db" = "x[1]*a1[0]*(1 - a1[0])"
"dc" = "a1[0]*(1 - a1[0])"
''',
    # the ISU homework: r the inputs (the constant 1 first), W1 the hidden weights (biases first), s1, q1 the hidden
    # sums and outputs, W2(k) the output's weights from 1 (W2(1) its bias, against the constant 1), s2, q2 the
    # output's sum and output, u the target, gamma the step, activate the sigmoid; del2 = (u - q2) q2 (1 - q2)
    # (-dE/ds2), the commented lines' z1 the error sent back to the hidden outputs (-dE/dq1), q11, q12 the hidden
    # outputs and del11, del12 their deltas (-dE/ds1). W2(k) and z1(k), MATLAB's entries, are written with code's
    # brackets, "W2[k]", "z1[k]": "W2(k)" does not load (W_{2} and (k), two index groups), "w(k)" does
    "b82_isu": r'''
[notation]
indices = "k"
learning_rate = ["gamma"]
functions = { activate = "sigmoid" }
[notation.symbols]
"r" = "x[:]"
"W1" = "W1[:, :]"
"s1" = "z1[:]"
"q1" = "a1[:]"
"W2[1]" = "b2[0]"
"W2[k]" = "W2[0, k-2]"
"s2" = "z2[0]"
"q2" = "a2[0]"
"u" = "y[0]"
"del2" = "-grad(z2[0])"
"z1" = "-grad(a1[:])"
"z1[k]" = "-grad(a1[k-1])"
"q11" = "a1[0]"
"q12" = "a1[1]"
"del11" = "-grad(z1[0])"
"del12" = "-grad(z1[1])"
''',
    # mistnet: y the label, yhat the sigmoid output, x its sum, s the sigmoid at x
    "b82_dh": r'''
[notation]
loss = ["crossEntropy"]
[notation.symbols]
"y" = "y[0]"
"yhat" = "a1[0]"
"x" = "z1[0]"
"s" = "a1[0]"
''',
    # outputDeltas: output and target the output layer's vectors, sigmoidDeriv its da/dnet, deltas the output
    # units' error terms (target - output) f'(net) scaled, -dE/dnet
    "b82_jm": r'''
[notation.symbols]
"output" = "a2[:]"
"target" = "y[:]"
"sigmoidDeriv" = "a2[:]*(1 - a2[:])"
"deltas" = "-grad(z2[:])"
''',
    # the XOR README's forward pass: rows are samples (X . W1), so X, h_input, h_output are rows and W1, W2 the
    # transposes of symbols.md's; the loss over n samples (one); the output layer's delta_j (o_j its output, t_j
    # its target) -dE/dnet, Rumelhart's; W, delta and input of the update rule the output layer's
    "b82_xor_fw": r'''
[notation]
loss = ["\\text{Loss}", "Loss"]
[notation.symbols]
"X" = "x[:].T"
"W1" = "W1[:, :].T"
"h_input" = "z1[:].T"
"h_output" = "a1[:].T"
"W2" = "W2[:, :].T"
"o_input" = "z2[0]"
"o_output" = "a2[0]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"n" = "1"
''',
    "b82_xor_out": r'''
[notation]
indices = "n"
[notation.symbols]
"o_{j}" = "a2[j]"
"t_{j}" = "y[j]"
"\\delta_{j}" = "-delta2[j]"
"W" = "W2[:, :]"
"\\delta" = "-delta2[:]"
"\\text{input}" = "a1[:]"
''',
    # the hidden layer's rule: j the hidden units (o_j their outputs), k the outputs, w_{jk} from j to k
    "b82_xor_hid": r'''
[notation]
indices = "n"
[notation.symbols]
"o_{j}" = "a1[j]"
"w_{jk}" = "W2[k, j]"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{j}" = "-delta1[j]"
''',
}
