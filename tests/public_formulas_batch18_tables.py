"""The networks and notations of batch 18 of the held-out public formulas (tests/public_formulas_batch18.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b18_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


_ZERO3 = "biases = [0.0, 0.0, 0.0]"

NETWORKS = {
    # ahammadnafiz's general template, "Backward Pass Example for 3 Layers": two ReLU hidden layers and a softmax
    # output with the cross-entropy (dZ[L] = A[L] - Y), three units each
    "b18_nafiz": _layers('inputs = 3\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                         'units = 3\nactivation = "softmax"', loss="cross_entropy"),
    # ahammadnafiz's worked example: X = (1, 4, 7) -> three ReLU layers of 3 -> an output of 3 that the backward pass
    # takes as A[4] = Z[4] ("let's simplify by assuming"), so identity, with dZ[4] = A[4] - Y the half squared error's;
    # every bias 0, Y = (1, 0, 0)
    "b18_nafiz_example": _layers(
        f'inputs = 3\nunits = 3\nactivation = "relu"\nweights = [[0.2, -0.1, 0.4], [0.5, 0.3, -0.6], [-0.2, 0.1, 0.3]]'
        f'\n{_ZERO3}',
        f'units = 3\nactivation = "relu"\nweights = [[0.1, -0.2, 0.5], [0.4, 0.1, -0.3], [-0.1, 0.3, 0.2]]\n{_ZERO3}',
        f'units = 3\nactivation = "relu"\nweights = [[0.3, 0.1, -0.4], [0.2, -0.5, 0.6], [-0.3, 0.2, 0.4]]\n{_ZERO3}',
        f'units = 3\nactivation = "identity"\nweights = [[0.2, -0.1, 0.5], [0.4, 0.1, -0.3], [-0.2, 0.3, 0.2]]'
        f'\n{_ZERO3}',
        loss="half_squared_error", extra=_data("[1.0, 4.0, 7.0]", "[1.0, 0.0, 0.0]")),
    # the toy examples' one-layer model: yhat = w x, x = 2, w = 3, y = 10, L = (y - yhat)^2, eta = 0.1
    "b18_toy_linear": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                              loss="squared_error", extra=_data("[2.0]", "[10.0]")),
    # the toy examples' two layers: h = sigma(w_1 x) (or ReLU), yhat = w_2 h, x = 1, w_1 = 0.5, w_2 = -1.0, y = 0.5
    "b18_toy_sigmoid": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                               'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[-1.0]]',
                               loss="squared_error", extra=_data("[1.0]", "[0.5]")),
    "b18_toy_relu": _layers('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[0.5]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[-1.0]]',
                            loss="squared_error", extra=_data("[1.0]", "[0.5]")),
    # the School of AI's session-6 network (aakashvardhan's README, ksharsha72's README): i1, i2 -> h1, h2 -> o1, o2,
    # sigmoid everywhere ("assuming sigmoid activation function for simplicity"), no biases, E = sum 1/2 (t - a_o)^2
    "b18_s6": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # Murali806's y = x^2 network: x -> tanh -> tanh -> linear, x = 2.0, y = 4.0, L = (yhat - y)^2, alpha = 0.01
    "b18_murali": _layers('inputs = 1\nunits = 1\nactivation = "tanh"\nweights = [[0.5]]\nbiases = [0.1]',
                          'units = 1\nactivation = "tanh"\nweights = [[0.8]]\nbiases = [-0.2]',
                          'units = 1\nactivation = "identity"\nweights = [[1.2]]\nbiases = [0.3]',
                          loss="squared_error", extra=_data("[2.0]", "[4.0]", 0.01)),
    # Program_17c.py: x1 = x2 = 1 -> two sigmoid units (w11 = 0.2 and w21 = 0.25 into h1, w12 = 0.15 and w22 = 0.3 into
    # h2, b1 = b2 = -1) -> one sigmoid output (w13 = 0.15, w23 = 0.1, b3 = -1), yt = 0, eta = 0.1; the error
    # 1/2 (yt - y)^2 (the program does not write its error; dErrdw13 names its derivative)
    "b18_17c": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, 0.25], [0.15, 0.3]]\n'
                       'biases = [-1.0, -1.0]',
                       'units = 1\nactivation = "sigmoid"\nweights = [[0.15, 0.1]]\nbiases = [-1.0]',
                       loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]")),
    # the softmax and cross-entropy notes: logits A (z), C = 3 classes, one-hot Y; the example's sample 1, A_1 =
    # (2.0, 1.0, 0.1) with class 2 true, as the logits of an identity-weighted layer on x = A_1
    "b18_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                           'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]',
                           loss="cross_entropy", extra=_data("[2.0, 1.0, 0.1]", "[0.0, 1.0, 0.0]")),
    # "Backpropagation (What, How, Why + Examples)": its 2-2-1 network, x = (1, 1), y = 1, every weight 0.1, every
    # bias 0, eta = 0.1; example 1 linear throughout with L = (yhat - y)^2, example 2 sigmoid throughout with the BCE
    "b18_why_linear": _layers('inputs = 2\nunits = 2\nactivation = "identity"\nweights = [[0.1, 0.1], [0.1, 0.1]]\n'
                              'biases = [0.0, 0.0]',
                              'units = 1\nactivation = "identity"\nweights = [[0.1, 0.1]]\nbiases = [0.0]',
                              loss="squared_error", extra=_data("[1.0, 1.0]", "[1.0]")),
    "b18_why_sigmoid": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.1], [0.1, 0.1]]\n'
                               'biases = [0.0, 0.0]',
                               'units = 1\nactivation = "sigmoid"\nweights = [[0.1, 0.1]]\nbiases = [0.0]',
                               loss="binary_cross_entropy", extra=_data("[1.0, 1.0]", "[1.0]")),
}

NOTATIONS = {
    # ahammadnafiz's names: Z[l], W[l], b[l], A[l] with the layer in square brackets (A[0] = X), dZ[l], dW[l], db[l]
    # the gradients (the deep-learning course's), m examples (one here), alpha the learning rate, g_ReLU and
    # g_softmax the activations
    "b18_nafiz": r'''
[notation]
indices = "l"
learning_rate = ["\\alpha"]
functions = { "g_{\\text{ReLU}}" = "relu", "g_{softmax}" = "softmax" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"Z[l]" = "z{l}[:]"
"A[l]" = "a{l}[:]"
"A[0]" = "x[:]"
"dZ[l]" = "grad(z{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"m" = "1"
''',
    # the toy examples' first model: w the weight, \hat{y} the output, w_{new} the weight after the step
    "b18_toy_linear": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"\\hat{y}" = "a1[0]"
"w_{\\text{new}}" = "new(W1[0, 0])"
''',
    # the toy examples' two layers: w_1 into the hidden unit h (z_1 its input), w_2 into the output \hat{y}
    "b18_toy_two": r'''
[notation]
functions = { "\\text{ReLU}" = "relu" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"z_{1}" = "z1[0]"
"h" = "a1[0]"
"\\hat{y}" = "a2[0]"
''',
    # aakashvardhan's README: i_1, i_2 the inputs; w_1, w_2 into h_1 and w_3, w_4 into h_2; w_5, w_6 into o_1 and w_7,
    # w_8 into o_2 (o_1 = w_5 a_{h_1} + w_6 a_{h_2}); h and o the net inputs, a_{h_1}, a_{o_1} their activations;
    # E_1, E_2 each output's error; Delta w the step; "activation" the hidden units' function (the sigmoid here)
    "b18_s6": r'''
[notation]
loss = ["E_{Total}", "E_{total}"]
functions = { activation = "sigmoid" }
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"a_{h_{1}}" = "a1[0]"
"a_{h_{2}}" = "a1[1]"
"o_{1}" = "z2[0]"
"o_{2}" = "z2[1]"
"a_{o_{1}}" = "a2[0]"
"a_{o_{2}}" = "a2[1]"
"output_{1}" = "a2[0]"
"output_{2}" = "a2[1]"
"target_{1}" = "y[0]"
"target_{2}" = "y[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"E_{1}" = "(y[0] - a2[0])^2 / 2"
"E_{2}" = "(y[1] - a2[1])^2 / 2"
"\\Delta w_{5}" = "-eta*delta2[0]*a1[0]"
"\\Delta w_{6}" = "-eta*delta2[0]*a1[1]"
"\\Delta w_{7}" = "-eta*delta2[1]*a1[0]"
"\\Delta w_{8}" = "-eta*delta2[1]*a1[1]"
''',
    # ksharsha72's README, the same network in plain text: i1, i2 the inputs, ah1, ah2 and ao1, ao2 the activations,
    # t1, t2 the targets, w1 ... w8 the weights as above (written W1 ... W8 in the derivatives' denominators)
    "b18_erav2": r'''
[notation]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"ah1" = "a1[0]"
"ah2" = "a1[1]"
"ao1" = "a2[0]"
"ao2" = "a2[1]"
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
"W1" = "W1[0, 0]"
"W2" = "W1[0, 1]"
"W3" = "W1[1, 0]"
"W4" = "W1[1, 1]"
"W5" = "W2[0, 0]"
"W6" = "W2[0, 1]"
"W7" = "W2[1, 0]"
"W8" = "W2[1, 1]"
''',
    # Murali806's notes as they print them, with Unicode subscripts: W₁, b₁, z₁, h₁ of layer 1 and so on, ŷ = z₃,
    # alpha the learning rate
    "b18_murali": r'''
[notation]
learning_rate = ["α"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"ŷ" = "a3[0]"
"W₁" = "W1[0, 0]"
"W₂" = "W2[0, 0]"
"W₃" = "W3[0, 0]"
"b₁" = "b1[0]"
"b₂" = "b2[0]"
"b₃" = "b3[0]"
"z₁" = "z1[0]"
"z₂" = "z2[0]"
"z₃" = "z3[0]"
"h₁" = "a1[0]"
"h₂" = "a2[0]"
''',
    # Program_17c.py's names: h1, h2 and o1 the net inputs (sigmoid(h1) the hidden output), y the output, yt the
    # target; w11 from x1 and w21 from x2 into h1, w12 and w22 into h2, w13 and w23 into the output; b1, b2 the
    # hidden biases, b3 the output's; dErrdw13, dErrdw23 the error's derivatives by w13, w23
    "b18_17c": r'''
[notation]
functions = { sigmoid = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w11" = "W1[0, 0]"
"w21" = "W1[0, 1]"
"w12" = "W1[1, 0]"
"w22" = "W1[1, 1]"
"w13" = "W2[0, 0]"
"w23" = "W2[0, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"b3" = "b2[0]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"o1" = "z2[0]"
"y" = "a2[0]"
"yt" = "y[0]"
"dErrdw13" = "grad(W2[0, 0])"
"dErrdw23" = "grad(W2[0, 1])"
''',
    # the softmax notes: A_i the logits, sigma the softmax, Y_i the one-hot target, H the cross-entropy; a_i and z_i
    # the same outputs and logits in the 3 x 3 example; counted from 1
    "b18_ce": r'''
[notation]
indices = "ik"
loss = ["H"]
functions = { "\\sigma" = "softmax" }
[notation.symbols]
"A_{i}" = "z1[i-1]"
"Y_{i}" = "y[i-1]"
"a_{i}" = "a1[i-1]"
"z_{i}" = "z1[i-1]"
''',
    # the notes' example: A_1 the logits of sample 1 (the page's A_2 is sample 2's, not modelled)
    "b18_ce_sample": r'''
[notation]
functions = { "\\sigma" = "softmax" }
[notation.symbols]
"A_{1}" = "z1[:]"
"Y_{1}" = "y[:]"
''',
    # "Backpropagation (What, How, Why + Examples)": symbols.md's own names W1, b1, z1, a1, W2, b2, z2 (the page
    # writes them so), ŷ the output, δ2 = dL/dz2 and δ1 = dL/dz1, η the learning rate, φ the hidden activation
    # (linear in example 1, the sigmoid in example 2)
    "b18_why_linear": r'''
[notation]
learning_rate = ["η"]
functions = { "φ" = "identity" }
[notation.symbols]
"ŷ" = "a2[0]"
"δ2" = "delta2[:]"
"δ1" = "delta1[:]"
''',
    "b18_why_sigmoid": r'''
[notation]
learning_rate = ["η"]
functions = { "φ" = "sigmoid" }
[notation.symbols]
"ŷ" = "a2[0]"
"δ2" = "delta2[:]"
"δ1" = "delta1[:]"
''',
}
