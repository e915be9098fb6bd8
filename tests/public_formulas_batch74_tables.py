"""The networks and notations of batch 74 of the held-out public formulas (tests/public_formulas_batch74.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b74_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the stored logistic-regression loop (calculate_gradient): z = w . X[i] + b, the sigmoid, the cost J averaged
    # over the m examples (one here), two features, alpha the learning rate
    "b74_lrloop": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Junehye's Funcion.py: sigmoide(x) and its dsigmoide(x), on one sigmoid unit (the project's loss not given
    # there; 1/2 (y - a)^2 here)
    "b74_june": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Ilef804's functions.h: a logistic regression of one input, Loss the binary cross-entropy of the output y
    # against the label yi, deriveeLoss its derivative by the weight of input xi
    "b74_ilef": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # eskopp's TU Ilmenau lab (Delta-Regel): one neuron learning y = |x| from one sample, its output function the
    # Fermi function of steepness c (1 here) or the ReL; z the neuron's activation (its sum); 1/2 (t - y)^2
    "b74_tui_sig": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    "b74_tui_relu": _layers('inputs = 1\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    # the stored lecture notes (Lecture 9 and 10): i1 = 0.05, i2 = 0.10 -> h1, h2 (w1..w4 = 0.15, 0.20, 0.25, 0.30,
    # bh1 = bh2 = 0.35, sigmoid) -> o (w5 = 0.40, w6 = 0.45, bo = 0.60, sigmoid), t = 0.01, E = 1/2 (t - o)^2,
    # eta = 0.5
    "b74_lect": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                             'biases = [0.35, 0.35]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[0.40, 0.45]]\nbiases = [0.60]',
                             loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01]", learning_rate=0.5)),
    # lavanyanemani96's TSAI EVA 7.0 "Session 4.0" README (an excel sheet): i1, i2 -> h1 = w1 i1 + w2 i2, h2 = w3 i1 + w4 i2 ->
    # out_h = sigma(h) -> o1 = w5 out_h1 + w6 out_h2, o2 = w7 out_h1 + w8 out_h2 -> out_o = sigma(o), no biases,
    # E = E1 + E2 with E_k = 1/2 (t_k - out_o_k)^2
    "b74_era4": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                        'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the stored exam notes' worked example (Sem 2 25-26 Midsem): x = (0.5, 0.7, -0.9) -> h1, h2 ReLU without
    # biases (W1, W2, W3 = 0.1, 0.1, 0.2 into h1; W4, W5, W6 = 0.2, 0.22, 0.22 into h2) -> f = U1 h1 + U2 h2 (0.1,
    # 0.1), no activation, E = (y - f)^2, y = 1, lr = 0.01
    "b74_exam": problem_text('inputs = 3\nunits = 2\nactivation = "relu"\nbias = "none"\n'
                             'weights = [[0.1, 0.1, 0.2], [0.2, 0.22, 0.22]]',
                             'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.1, 0.1]]',
                             loss="squared_error", extra=_data("[0.5, 0.7, -0.9]", "[1.0]", learning_rate=0.01)),
    # the same notes' "Sigmoid + Cross-entropy" and activation table: one sigmoid unit, the binary cross-entropy
    "b74_exam_sig": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored Portuguese report (Lista 8, the XOR part): 2 -> 3 -> 1, sigmoid everywhere, biases, rows as in
    # h = sigma(x W1 + b1), E = (1/2) sum_i (y_hat_i - t_i)^2
    "b74_pt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the stored C++ program: x1 = 0.05, x2 = 0.10 -> h1, h2 (w1..w4 = 0.15, 0.20, 0.25, 0.30, b_h1 = b_h2 = 0.35,
    # sigmoid) -> o (w5 = 0.40, w6 = 0.45, b_o = 0.60, sigmoid), target 0.001, E = 1/2 (y - a_o)^2, learning rate 0.5
    "b74_cpp": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.40, 0.45]]\nbiases = [0.60]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.001]", learning_rate=0.5)),
    # the stored Chinese notes' example: x = (1, 2) -> z_1 = W_1 x + b_1 (W_1 = [[0.5, -0.5], [0.3, 0.8]], b_1 = (0.1,
    # -0.2)) -> ReLU -> z_2 = W_2 a_1 + b_2 (W_2 = (0.2, -0.4), b_2 = 0.5), no activation, y = 1, L = 1/2 (y hat - y)^2
    "b74_zh": _layers('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.5, -0.5], [0.3, 0.8]]\n'
                      'biases = [0.1, -0.2]',
                      'units = 1\nactivation = "identity"\nweights = [[0.2, -0.4]]\nbiases = [0.5]',
                      loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]")),
}

NOTATIONS = {
    # the loop's names: w the weight vector, b the bias, X[i] example i's features (x[i,j] its feature j, the
    # loop's lowercase x), y[i] its label, z the sum, y_hat the sigmoid's output (as the comment says it is), cost
    # the example's y_hat - y[i] (dJ/dz), dj_dw and dj_db the gradients, alpha the learning rate; i the example
    # (one), a name's letter, j the feature, a placeholder
    "b74_lrloop": r'''
[notation]
indices = "j"
loss = ["J"]
learning_rate = ["alpha"]
[notation.symbols]
"w" = "W1[0, :]"
"b" = "b1[0]"
"X[i]" = "x[:]"
"x[i,j]" = "x[j]"
"y[i]" = "y[0]"
"z" = "z1[0]"
"y_hat" = "a1[0]"
"cost" = "delta1[0]"
"dj_dw[j]" = "grad(W1[0, j])"
"dj_dw" = "grad(W1[0, :])"
"dj_db" = "grad(b1[0])"
''',
    # the functions' argument x, the sigmoid's input (the unit's sum)
    "b74_june": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # yi the label, y the sigmoid's output, xi the input, Loss the loss, deriveeLoss its derivative by the weight
    # (its comment: "derivee de loss par rapport a w")
    "b74_ilef": r'''
[notation]
loss = ["Loss"]
[notation.symbols]
"yi" = "y[0]"
"y" = "a1[0]"
"xi" = "x[0]"
"deriveeLoss" = "grad(W1[0, 0])"
''',
    # the lab's variables: z the neuron's activation (its sum), y its output, c the Fermi function's steepness (1
    # for the sigmoid), dy_dz the output function's derivative
    "b74_tui_sig": r'''
[notation.symbols]
"z" = "z1[0]"
"y" = "a1[0]"
"c" = "1"
"dy_dz" = "a1[0]*(1 - a1[0])"
''',
    "b74_tui_relu": r'''
[notation.symbols]
"z" = "z1[0]"
"y" = "a1[0]"
''',
    # the notes' names: i1, i2 the inputs, w1..w6 the weights, bh1, bh2, bo the biases, h1, h2 the hidden outputs
    # (after the sigmoid), o the output, t the target, E the half squared error, eta the learning rate, delta_o and
    # delta_h1, delta_h2 the error signals (dE/dz), <name>_new the updated values, w5(old) the value now
    "b74_lect": r'''
[notation]
loss = ["E"]
learning_rate = ["η"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"bh1" = "b1[0]"
"bh2" = "b1[1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"bo" = "b2[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"o" = "a2[0]"
"t" = "y[0]"
"delta_o" = "delta2[0]"
"delta_h1" = "delta1[0]"
"delta_h2" = "delta1[1]"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W1[0, 1])"
"w3_new" = "new(W1[1, 0])"
"w4_new" = "new(W1[1, 1])"
"bh1_new" = "new(b1[0])"
"bh2_new" = "new(b1[1])"
"w5_new" = "new(W2[0, 0])"
"w6_new" = "new(W2[0, 1])"
"bo_new" = "new(b2[0])"
''',
    # the README's names: i1, i2 the inputs, w1..w8 the weights, h1, h2 the hidden sums and out_h1, out_h2 their
    # sigmoid outputs, o1, o2 the output sums and out_o1, out_o2 the outputs, t1, t2 the targets, E1 and E2 the two
    # outputs' halves of E, eta the learning rate
    "b74_era4": r'''
[notation]
loss = ["E"]
learning_rate = ["η"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
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
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"E1" = "(y[0] - a2[0])**2/2"
"E2" = "(y[1] - a2[1])**2/2"
''',
    # the worked example's names: x1..x3 the inputs, W1..W6 the hidden weights (W1..W3 into h1), U1, U2 the output
    # weights, h1_pre, h2_pre the hidden sums, h1, h2 their ReLU outputs, f the output, y the target, E the squared
    # error, lr the learning rate, W1_new the updated W1
    "b74_exam": r'''
[notation]
loss = ["E"]
learning_rate = ["lr"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"x3" = "x[2]"
"W1" = "W1[0, 0]"
"W2" = "W1[0, 1]"
"W3" = "W1[0, 2]"
"W4" = "W1[1, 0]"
"W5" = "W1[1, 1]"
"W6" = "W1[1, 2]"
"U1" = "W2[0, 0]"
"U2" = "W2[0, 1]"
"h1_pre" = "z1[0]"
"h2_pre" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"f" = "a2[0]"
"y" = "y[0]"
"W1_new" = "new(W1[0, 0])"
''',
    # the notes' sigmoid and cross-entropy: z the logit, y_hat (ŷ) the sigmoid's output, y the label, L the loss
    "b74_exam_sig": r'''
[notation]
loss = ["L"]
[notation.symbols]
"z" = "z1[0]"
"ŷ" = "a1[0]"
"y" = "y[0]"
''',
    # the report's names, rows as its forward pass writes them: x the input row, W1 and W2 input-first (the
    # network's transposes), b1 and h rows, y hat (ŷ) the output, t the target, δ2 and δ1 the error terms dE/dz (δ1
    # a row), E the loss, eta the learning rate; z the sigmoid's argument, the first hidden unit's sum; ŷ_i and
    # t_i the outputs and targets over i (one each)
    "b74_pt": r'''
[notation]
indices = "i"
loss = ["E"]
learning_rate = ["η"]
[notation.symbols]
"x" = "x[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"h" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[0]"
"ŷ" = "a2[0]"
"t" = "y[0]"
"ŷ_{i}" = "a2[i]"
"t_{i}" = "y[i]"
"z" = "z1[0]"
"δ2" = "delta2[0]"
"δ1" = "delta1[:].T"
''',
    # the program's names: x1, x2 the inputs, w1..w6 the weights, b_h1, b_h2, b_o the biases, z_ and a_ the sums
    # and outputs (also as the fields result.z_h1 ... of its ForwardResult), y the target, E the error,
    # learning_rate, delta_o, delta_h1, delta_h2 the error terms dE/dz, dE_d<name> the gradients, da_o_dz_o and
    # da_h1_dz_h1 the sigmoid's derivatives
    "b74_cpp": r'''
[notation]
loss = ["E"]
learning_rate = ["learning_rate"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"b_h1" = "b1[0]"
"b_h2" = "b1[1]"
"b_o" = "b2[0]"
"z_h1" = "z1[0]"
"z_h2" = "z1[1]"
"z_o" = "z2[0]"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"a_o" = "a2[0]"
"result.z_h1" = "z1[0]"
"result.z_h2" = "z1[1]"
"result.z_o" = "z2[0]"
"result.a_h1" = "a1[0]"
"result.a_h2" = "a1[1]"
"result.a_o" = "a2[0]"
"y" = "y[0]"
"delta_o" = "delta2[0]"
"delta_h1" = "delta1[0]"
"delta_h2" = "delta1[1]"
"dE_da_o" = "grad(a2[0])"
"da_o_dz_o" = "a2[0]*(1 - a2[0])"
"da_h1_dz_h1" = "a1[0]*(1 - a1[0])"
"da_h2_dz_h2" = "a1[1]*(1 - a1[1])"
"dE_dw1" = "grad(W1[0, 0])"
"dE_dw5" = "grad(W2[0, 0])"
"dE_db_o" = "grad(b2[0])"
''',
    # the notes' letters: x the input column, W_1 (rows w_{11} w_{12}, w_{21} w_{22}) and b_1 the first layer's
    # weights and biases, z_1 its sums and a_1 its ReLU outputs, W_2 = (w_{31}, w_{32}) the output's weight row, b_2
    # its bias, z_2 its sum, y hat the output, y the label, L the loss, alpha the learning rate
    "b74_zh": r'''
[notation]
indices = "ij"
loss = ["L"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[:]"
"W_{1}" = "W1[:, :]"
"w_{ij}" = "W1[i-1, j-1]"
"b_{1}" = "b1[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"W_{2}" = "W2[:, :]"
"w_{31}" = "W2[0, 0]"
"w_{32}" = "W2[0, 1]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
}
