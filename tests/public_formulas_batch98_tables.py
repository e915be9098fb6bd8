"""The networks and notations of batch 98 of the held-out public formulas (tests/public_formulas_batch98.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b98_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # shishir13's ENDv4 Assignment-2 README: the class's 2-2-2 network without biases (h1 = w1*i1+w2*i2, o1 =
    # w5*a_h1+ w6*a_h2), sigmoid throughout, E_Total = E1 + E2 with E1 = (1/2) * (t1-a_o1)^2; i1 = 0.05, i2 = 0.1,
    # targets 0.01 and 0.99 (written a_o1 = 0.01, a_o2 = 0.99 in Step 1), W1 = 0.15 ... W8 = 0.55; the rate 0.5 (the
    # page's graphs try 0.1 to 2.0)
    "b98_en": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                           'weights = [[0.15, 0.20], [0.25, 0.30]]',
                           'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.40, 0.45], [0.50, 0.55]]',
                           loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5)),
    # abdulrahman-1212's planar classifier (README and notebook): n_x = 2 inputs, n_h = 4 tanh units, one sigmoid
    # output, the cross-entropy cost J averaged over m examples (one here), update_parameters' learning_rate = 1.2
    "b98_pl": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                           loss="binary_cross_entropy", extra=_data("[0.5, -1.0]", "[1.0]", 1.2)),
    # Imagineer99's XOR.c: 2 inputs, 4 sigmoid hidden units and 1 sigmoid output, each with a bias, LEARNING_RATE 0.7,
    # the updates += LEARNING_RATE * (target - output) * o (1 - o) * ... of the half squared error; the sample (0, 1)
    # with target 1
    "b98_xor": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.7)),
    # oscar-unj's ai.r (INTRO-R, Ejm-16): X %*% weights1 (2 x 5) and layer1 %*% weights2 (5 x 1), no biases, sigmoid
    # throughout, error y - output, learning_rate = 0.1; one of its rows (0, 1) with target 1
    "b98_r": problem_text('inputs = 2\nunits = 5\nactivation = "sigmoid"\nbias = "none"',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"',
                          loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.1)),
    # arnaud111's AIFromScratch activations: each activation and its derivative at a hidden layer's sums (or its
    # outputs, with which derived(&activations[i]) calls them), under a linear output
    "b98_rs_sig": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                          loss="half_squared_error"),
    "b98_rs_tanh": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                           loss="half_squared_error"),
    "b98_rs_relu": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                           loss="half_squared_error"),
    # its network.rs: w.dot(a) + b layers, dz = a_L - y at a sigmoid output under the cross-entropy, averaged over
    # the m columns (one sample); a 2-3-1 network with a sigmoid hidden layer
    "b98_rs_net": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # srijanee's DGA sigmoidGradient.m: the sigmoid's derivative at a hidden unit's sum
    "b98_dga": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
}

NOTATIONS = {
    # ENDv4: i1, i2 the inputs, t1, t2 the targets, w1 ... w8 the weights (w1: i1 to h1, w2: i2 to h1, w3: i1 to h2,
    # w4: i2 to h2, w5: a_h1 to o1, w6: a_h2 to o1, w7: a_h1 to o2, w8: a_h2 to o2), h1, h2 and o1, o2 the sums,
    # a_h1 ... a_o2 the outputs, E1 and E2 the outputs' halves of the squared error, E_Total (E_t, ET) the loss,
    # 𝝈 the sigmoid
    "b98_en": r'''
[notation]
indices = "q"
loss = ["E_Total", "E_t", "ET"]
functions = { "𝝈" = "sigmoid" }
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
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"E1" = "(y[0] - a2[0])^2/2"
"E2" = "(y[1] - a2[1])^2/2"
''',
    # the planar README: (i) the example's superscript, z_{1}, z_{2} (a^{[1]}, a^{[2]}, written with and without a
    # space before (i)) the layers' sums (outputs), W_1, W_2, b_1, b_2 symbols.md's W1, W2, b1, b2, X the input,
    # \mathcal{J} (J) the cost, m examples (one)
    "b98_pl_r": r'''
[notation]
indices = "q"
loss = ["\\mathcal{J}", "J"]
[notation.symbols]
"z_{1}^{(i)}" = "z1[:]"
"z_{2}^{(i)}" = "z2[0]"
"a^{[1](i)}" = "a1[:]"
"a^{[1] (i)}" = "a1[:]"
"a^{[2](i)}" = "a2[0]"
"a^{[2] (i)}" = "a2[0]"
"y^{(i)}" = "y[0]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"X" = "x[:]"
"m" = "1"
''',
    # the planar notebook's code: X and Y the input and label (one column), A1, A2 the layers' outputs, W1, W2, b1,
    # b2 the parameters, dZ1, dZ2, dW1, dW2, db1, db2 the gradients (grads["dW1"] ...), m the examples (one),
    # logprobs the example's log-likelihood, cost the cost
    "b98_pl_c": r'''
[notation]
indices = "q"
loss = ["cost"]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"dZ1" = "grad(z1[:])"
"dZ2" = "grad(z2[:])"
"dW1" = "grad(W1[:, :])"
"dW2" = "grad(W2[:, :])"
"db1" = "grad(b1[:])"
"db2" = "grad(b2[:])"
"m" = "1"
"logprobs" = "y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0])"
''',
    # XOR.c's sigmoid at a hidden unit's sum x
    "b98_xor_f": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # XOR.c's sigmoid_derivative, written of the unit's output x (called with layer->output[j] and layer->hidden[j])
    "b98_xor_fo": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # XOR.c's backward_propagation: layer->input, layer->hidden, layer->output the input and the layers' outputs,
    # weights->input_hidden[i][j] and weights->hidden_output[i][j] input-first (from unit i to unit j), the biases,
    # target the label, output_errors[i] target - output, hidden_errors[i] the error carried back to hidden unit i
    # (-dE/d(its output)), LEARNING_RATE the rate. The loader refuses the whole layer->input[i] and
    # weights->input_hidden[i][j] ("is not one symbol"): the struct fields after the arrow are named instead
    "b98_xor": r'''
[notation]
indices = "ij"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"input[i]" = "x[i]"
"hidden[i]" = "a1[i]"
"output[i]" = "a2[i]"
"input_hidden[i][j]" = "W1[j, i]"
"hidden_output[i][j]" = "W2[j, i]"
"hidden_bias[i]" = "b1[i]"
"output_bias[i]" = "b2[i]"
"target" = "y[0]"
"output_errors[i]" = "y[i] - a2[i]"
"hidden_errors[i]" = "-W2[0, i]*delta2[0]"
''',
    # ai.r's sigmoid at a hidden unit's sum x
    "b98_r_f": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # ai.r's sigmoid_derivative, written of the unit's output x (called with output and layer1)
    "b98_r_fo": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # ai.r's train: X the input row, weights1 (ncol(X) x 5) and weights2 (5 x 1) input-first, layer1 and output the
    # layers' outputs, y the target, error y - output, d_output and d_layer1 the layers' -dE/dnet, error_layer1
    # -dE/d(layer1), learning_rate the rate
    "b98_r": r'''
[notation]
indices = "q"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:]"
"weights1" = "W1[:, :].T"
"weights2" = "W2[:, :].T"
"layer1" = "a1[:]"
"output" = "a2[:]"
"y" = "y[:]"
"error" = "y[:] - a2[:]"
"d_output" = "-delta2[:]"
"error_layer1" = "-(W2[:, :].T @ delta2[:])"
"d_layer1" = "-delta1[:]"
''',
    # AIFromScratch's activations at a hidden unit's sum x
    "b98_rs_f": r'''
[notation]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # its derivatives written of the unit's output x (derived(&activations[i]) passes the layer's outputs)
    "b98_rs_fo": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output", tanh_derivative = "tanh' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # network.rs's back_propagation at the loop's first pass, i = 1 (the output layer, the last of two): dz the
    # output's dL/dz, activations[activations.len() - 1] the output, activations[i] the hidden layer's outputs (the
    # layer's input), y the label, m the columns (one), dw_layer and db_layer the output layer's gradients
    "b98_rs_net": r'''
[notation]
indices = "q"
[notation.symbols]
"activations[activations.len() - 1]" = "a2[:]"
"activations[i]" = "a1[:]"
"y" = "y[:]"
"dz" = "grad(z2[:])"
"dw_layer" = "grad(W2[:, :])"
"db_layer" = "grad(b2[:])"
"m" = "1"
''',
    # DGA's sigmoidGradient at a hidden unit's sum z
    "b98_dga": r'''
[notation]
functions = { sigmoidGradient = "sigmoid' at input" }
[notation.symbols]
"z" = "z1[0]"
''',
}
