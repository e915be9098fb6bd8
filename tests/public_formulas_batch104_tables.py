"""The networks and notations of batch 104 of the held-out public formulas (tests/public_formulas_batch104.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b104_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# Mazur's 2-2-2 example: inputs 0.05, 0.1, hidden weights w1..w4 = 0.15, 0.2, 0.25, 0.3 (w1, w2 into h1; w3, w4 into
# h2) and the bias b1 = 0.35 shared by the hidden units, output weights w5..w8 = 0.4, 0.45, 0.5, 0.55 (w5, w6 into o1;
# w7, w8 into o2) and the shared b2 = 0.6, sigmoid at both layers, targets 0.01, 0.99, half the squared error summed
_MAZUR = ('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.15, 0.2], [0.25, 0.3]]\n'
          'biases = 0.35',
          'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = 0.6')

NETWORKS = {
    # zxRobot's LeNet Readme (Chinese Markdown): fully connected layers z^l = W^l a^{l-1} + b^l, a^l = sigma(z^l),
    # C = 1/2 ||a^L - y||^2; a 2-3-2 sigmoid network
    "b104_zx": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the stored Chinese notes on Mazur's example (E_total = sum 1/2 (a_{o_i} - o_i)^2), Mazur's rate 0.5
    "b104_mz": problem_text(*_MAZUR, loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the stored DLVR blog post (wichai): nodes j (hidden) and k (output), g the activation (sigmoid here), E = 1/2
    # sum_k (a_k - t_k)^2; a 2-3-2 network
    "b104_wi": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the stored KTU course notes: input x_i, hidden j, output k, w_ij and w_jk, g the activation (sigmoid here),
    # E = 1/2 sum_k (y_k - a_k)^2; a 2-3-2 network
    "b104_ktu": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the stored Chinese PyTorch notes, its MSE part: a linear model xw + b (one input, one identity unit), the
    # loss the sum of the squared errors (one sample here)
    "b104_pt_lin": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # its single-output perceptron: inputs x_j^0 (three here), O_0 = sigmoid(sum x_i w_i + b), E = (O - t)^2
    "b104_pt_one": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # the stored JavaScript lesson on Rumelhart, Hinton and Williams (1986): its worked numbers, one input unit i
    # (y_i = 0.5), one hidden unit h, one output unit o, sigmoid, no biases, w_hi = 0.2, w_oh = 0.3, target d = 0,
    # E = 1/2 (y_o - d)^2 (the paper's eq 3); the paper's epsilon 0.1
    "b104_js": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.2]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3]]',
                            loss="half_squared_error", extra=_data("[0.5]", "[0.0]", 0.1)),
    # the stored Pascal program in2h12iou2 (Mazur's example, its numbers; the rate 0.4 of its updates)
    "b104_pas": problem_text(*_MAZUR, loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.4)),
    # the stored OCaml file: one sigmoid neuron with a bias (its train passes 1.0), two inputs here
    "b104_ml": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the stored F# Backpropagation module (Nielsen's BP1-BP4: cost' = a - y, the quadratic cost); a 2-3-2 network
    "b104_fs": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the stored Portuguese R file (the XOR course): 2-3-1, sigmoid, no biases, pesos0 (2 x 3) and pesos1 (3 x 1)
    # input-first, rows the samples; one row, (0, 1) with target 1; taxaAprendizagem 0.3
    "b104_r": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"',
                           loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.3)),
}

NOTATIONS = {
    # zxRobot's Readme, its rules over the layers: l the layer (a^0 the inputs), z^l the sums, a^l the outputs,
    # W^l (w^l too) the weights output-first, b^l the biases, delta^l = dC/dz^l, C the loss
    "b104_zx": r'''
[notation]
indices = "l"
loss = ["C"]
[notation.symbols]
"a^{0}" = "x[:]"
"z^{l}" = "z{l}[:]"
"a^{l}" = "a{l}[:]"
"W^{l}" = "W{l}[:, :]"
"w^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"\\delta^{l}" = "delta{l}[:]"
"y" = "y[:]"
''',
    # zxRobot's Readme at the output layer (its "last layer" formulas, where l is L): z^l and z^L the output sums,
    # a^L the outputs, a^{L-1} the hidden outputs, W^l and b^l the output layer's weights and biases, delta^L its dC/dz
    "b104_zx_L": r'''
[notation]
indices = "q"
loss = ["C"]
[notation.symbols]
"z^{l}" = "z2[:]"
"z^{L}" = "z2[:]"
"a^{l}" = "a2[:]"
"a^{L}" = "a2[:]"
"a^{L-1}" = "a1[:]"
"W^{l}" = "W2[:, :]"
"b^{l}" = "b2[:]"
"\\delta^{L}" = "delta2[:]"
"y" = "y[:]"
''',
    # the Chinese notes' letters for Mazur's network: i_1, i_2 the inputs, o_1, o_2 the targets, w_1 ... w_8, b_1 and
    # b_2 (shared), z_{h_1} and a_{h_1} the hidden sums and outputs, z_{o_1} and a_{o_1} the output layer's, E_{o_1}
    # and E_{o_2} each output's half squared error, E_total (E_tot) their sum, the loss; n = 2 outputs
    "b104_mz": r'''
[notation]
indices = "q"
loss = ["E_{total}", "E_{tot}"]
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"o_{1}" = "y[0]"
"o_{2}" = "y[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
"z_{h_1}" = "z1[0]"
"z_{h_2}" = "z1[1]"
"a_{h_1}" = "a1[0]"
"a_{h_2}" = "a1[1]"
"z_{o_1}" = "z2[0]"
"z_{o_2}" = "z2[1]"
"a_{o_1}" = "a2[0]"
"a_{o_2}" = "a2[1]"
"E_{o_1}" = "0.5*(y[0] - a2[0])**2"
"E_{o_2}" = "0.5*(y[1] - a2[1])**2"
"n" = "2"
''',
    # the same with i the output in a_{o_i} and o_i (E_total's sum over i = 1 ... n)
    "b104_mz_i": r'''
[notation]
indices = "i"
loss = ["E_{total}"]
[notation.symbols]
"a_{o_i}" = "a2[i-1]"
"o_{i}" = "y[i-1]"
"E_{o_1}" = "0.5*(y[0] - a2[0])**2"
"E_{o_2}" = "0.5*(y[1] - a2[1])**2"
"n" = "2"
''',
    # the blog's letters, fixed roles (i an input, j a hidden node, k an output node): a_i the inputs, a_j and a_k
    # the outputs, z_j and z_k the sums, w_ij input-first into j, w_jk into k, t_k the targets, delta_k and delta_j
    # dE/dz, g_j and g_k the activations (sigmoid)
    "b104_wi": r'''
[notation]
indices = "q"
loss = ["E"]
functions = { g = "sigmoid", g_k = "sigmoid", g_j = "sigmoid" }
[notation.symbols]
"a_{i}" = "x[i]"
"a_{j}" = "a1[j]"
"a_{k}" = "a2[k]"
"z_{j}" = "z1[j]"
"z_{k}" = "z2[k]"
"w_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"t_{k}" = "y[k]"
"\\delta_{k}" = "delta2[k]"
"\\delta_{j}" = "delta1[j]"
''',
    # the KTU notes' letters, fixed roles (i an input, j a hidden node, k an output node): x_i, a_j, a_k, z_j, z_k,
    # w_ij (i into j), w_jk (j into k), b_j, b_k, y_k the targets, delta_k and delta_j dE/dz, g the activation
    "b104_ktu": r'''
[notation]
indices = "q"
loss = ["E"]
functions = { g = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"a_{j}" = "a1[j]"
"a_{k}" = "a2[k]"
"z_{j}" = "z1[j]"
"z_{k}" = "z2[k]"
"w_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"b_{j}" = "b1[j]"
"b_{k}" = "b2[k]"
"y_{k}" = "y[k]"
"\\delta_{k}" = "delta2[k]"
"\\delta_{j}" = "delta1[j]"
''',
    # the PyTorch notes' MSE part: the linear model xw + b (f_theta(x) its output, \hat{y}_i too), y and y_i the
    # target, theta the weight w, loss the loss (MSE its name)
    "b104_pt_lin": r'''
[notation]
indices = "i"
loss = ["loss", "\\text{MSE}"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"f_{\\theta}" = "a1[0]"
"\\theta" = "W1[0, 0]"
''',
    # the perceptron part: x_i (x_j^0) the inputs counted from 0, w_i (w_{j0}) the weight from input i to the output 0,
    # y the weighted sum (the section's y = XW + b), O_0 the output, t the target, E the loss (O - t)^2
    "b104_pt_one": r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i]"
"w_{i}" = "W1[0, i]"
"b" = "b1[0]"
"y" = "z1[0]"
"w_{j0}" = "W1[0, j]"
"x_{j}^{0}" = "x[j]"
"O_{0}" = "a1[0]"
"t" = "y[0]"
''',
    # the lesson's letters (the paper's): y_i the input's activity, x_h and y_h the hidden unit's total input and
    # output, x_o and y_o the output unit's, w_hi and w_oh the weights, d the target, delta_o and delta_h dE/dx
    "b104_js": r'''
[notation]
indices = "q"
loss = ["E"]
[notation.symbols]
"y_{i}" = "x[0]"
"w_{hi}" = "W1[0, 0]"
"x_{h}" = "z1[0]"
"y_{h}" = "a1[0]"
"w_{oh}" = "W2[0, 0]"
"x_{o}" = "z2[0]"
"y_{o}" = "a2[0]"
"d" = "y[0]"
"\\delta_{o}" = "delta2[0]"
"\\delta_{h}" = "delta1[0]"
''',
    # the Pascal program's names: i1, i2 the inputs, w1 ... w8, b1 and b2 (shared), h1net, h2net the hidden sums, h1,
    # h2 the hidden outputs, logisticsFunction the sigmoid
    "b104_pas": r'''
[notation]
indices = "q"
functions = { logisticsFunction = "sigmoid" }
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
"b1" = "b1"
"b2" = "b2"
"h1net" = "z1[0]"
"h2net" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
''',
    # the Pascal logisticsFunction at a hidden unit's sum x
    "b104_pas_f": r'''
[notation]
functions = { logisticsFunction = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the OCaml sigmoid and sigmoid_derivative at the neuron's sum x
    "b104_ml": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the F# sigmoid and sigmoid' at a hidden unit's sum z
    "b104_fs": r'''
[notation.symbols]
"z" = "z1[0]"
''',
    # the R file's sigmoid at a hidden unit's sum soma, sigmoidDerivada written of the unit's output sig
    "b104_r_f": r'''
[notation]
functions = { sigmoidDerivada = "sigmoid' at output" }
[notation.symbols]
"soma" = "z1[0]"
"sig" = "a1[0]"
''',
}
