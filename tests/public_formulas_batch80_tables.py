"""The networks and notations of batch 80 of the held-out public formulas (tests/public_formulas_batch80.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b80_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the TAMU notes: one sigmoid unit, phi(v) = 1/(1 + exp(-v)), E = 1/2 sum_k (d_k - y_k)^2 over the n
    # examples (one here)
    "b80_tamu_unit": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the TAMU notes' network: inputs -> sigmoid hidden units h (or j) -> sigmoid output units j (or k), the
    # half squared error
    "b80_tamu_net": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error"),
    # Richards' remote-sensing notes: inputs g_i -> sigmoid layer j -> sigmoid layer k, offsets theta, the
    # half squared error; b (the sigmoid's slope) = 1 as the notes choose
    "b80_rs": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the Haykin-style slides: x_i -> sigmoid hidden y_j -> sigmoid outputs y_k, no biases (the sums have none),
    # E = 1/2 sum_k (d_k - y_k)^2
    "b80_hk": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Korean blog: hidden outputs Y_j -> sigmoid outputs Z_i = sigma(sum_j Y_j W_ji) (no bias), the
    # cross-entropy summed over the outputs
    "b80_kb": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # the Korean lecture note's 2-2-1 example: x = (1.0, 0.5), y = 1, w11 = 0.1 (x1 -> h1), w21 = 0.4 (x2 -> h1),
    # w12 = -0.2 (x1 -> h2), w22 = 0.2 (x2 -> h2), b1 = b2 = 0, v = (0.3, -0.1), b3 = 0, BCE, eta = 0.1
    "b80_kl": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.4], [-0.2, 0.2]]\n'
                           'biases = [0.0, 0.0]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[0.3, -0.1]]\nbiases = [0.0]',
                           loss="binary_cross_entropy", extra=_data("[1.0, 0.5]", "[1.0]", 0.1)),
    # the same note's general derivation: x_i -> h_j = F(net_j) -> y_k = F(net_k), F the sigmoid, no biases
    # (net_j = sum_i W_ji x_i), E = 1/2 sum_k (T_k - y_k)^2
    "b80_kg": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the MATLAB assignment's hiddenDeltas: sigmoid hidden units, sigmoid outputs (the deltas dE/dnet)
    "b80_hd": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # AlexandreChaussard's functions: logistic regression, one sigmoid unit over X's columns, the cross-entropy
    "b80_ac": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # ywang0789's formulas: one sigmoid output, the cross-entropy
    "b80_yw": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the Portuguese-Chinese lesson: x -> sigmoid a1 -> sigmoid a2, L = (a2 - y)^2, one unit each
    "b80_pz": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="squared_error"),
    # the Japanese lesson: x = 2, target = 1, w1 = 0.5, b1 = 0.1 -> ReLU h -> y = w2 h + b2, w2 = -0.3, b2 = 0.2,
    # loss = (y - target)^2, lr = 0.1
    "b80_jp": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nweights = [[0.5]]\nbiases = [0.1]',
                           'units = 1\nactivation = "identity"\nweights = [[-0.3]]\nbiases = [0.2]',
                           loss="squared_error", extra=_data("[2.0]", "[1.0]", 0.1)),
    # the exercise solution: X (2) -> 3 ReLU units -> 1 sigmoid output, the cross-entropy, m samples (one)
    "b80_ex": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
}

NOTATIONS = {
    # phi the sigmoid of the unit's sum v (tanh of the same v)
    "b80_tamu_phi": r'''
[notation]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"v" = "z1[0]"
''',
    # the error gradient of one unit: w_i its weights, x_{i,k} input i of example k, y_k its output and v_k its
    # sum on example k, d_k the target (one example)
    "b80_tamu_grad": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i,k}" = "x[i-1]"
"y_{k}" = "a1[0]"
"v_{k}" = "z1[0]"
"d_{k}" = "y[0]"
''',
    # the algorithm's output unit j and hidden unit h: delta = -dE/dnet (Mitchell's sign), y the outputs, d the
    # targets, w_{jh} from hidden unit h to output j
    "b80_tamu_out": r'''
[notation]
indices = "hj"
loss = ["E"]
[notation.symbols]
"y_{j}" = "a2[j-1]"
"d_{j}" = "y[j-1]"
"y_{h}" = "a1[h-1]"
"w_{jh}" = "W2[j-1, h-1]"
"\\delta_{j}" = "-delta2[j-1]"
"\\delta_{h}" = "-delta1[h-1]"
''',
    # the derivation's hidden unit j: w_{ji} from input i, v_j its sum, y_j its output, y_i (x_i) the inputs,
    # delta_k of its downstream (output) units k, Delta w_{ji} the step
    "b80_tamu_hid": r'''
[notation]
indices = "ijk"
loss = ["E"]
[notation.symbols]
"w_{ji}" = "W1[j-1, i-1]"
"w_{kj}" = "W2[k-1, j-1]"
"v_{j}" = "z1[j-1]"
"y_{j}" = "a1[j-1]"
"y_{i}" = "x[i-1]"
"x_{i}" = "x[i-1]"
"\\delta_{j}" = "-delta1[j-1]"
"\\delta_{k}" = "-delta2[k-1]"
"\\Delta w_{ji}" = "-eta*grad(W1[j-1, i-1])"
''',
    # Richards' letters: layers i (inputs), j (hidden), k (outputs), g the outputs of each, z the sums, theta the
    # offsets, t the targets, delta = -dE/dz, Delta w the step, b the sigmoid's slope (1)
    "b80_rs": r'''
[notation]
indices = "n"
loss = ["E"]
[notation.symbols]
"g_{i}" = "x[i]"
"g_{j}" = "a1[j]"
"g_{k}" = "a2[k]"
"z_{j}" = "z1[j]"
"z_{k}" = "z2[k]"
"w_{ji}" = "W1[j, i]"
"w_{kj}" = "W2[k, j]"
"\\theta_{j}" = "b1[j]"
"\\theta_{k}" = "b2[k]"
"t_{k}" = "y[k]"
"\\delta_{j}" = "-delta1[j]"
"\\delta_{k}" = "-delta2[k]"
"\\Delta w_{ji}" = "-eta*grad(W1[j, i])"
"\\Delta w_{kj}" = "-eta*grad(W2[k, j])"
"b" = "1"
''',
    # the slides' letters: x_i, y_j, y_k the layers' outputs, v the sums, d_k the targets, e_k = d_k - y_k, e_j
    # the error back-propagated to hidden unit j, delta = -dE/dv (the local gradient), phi the sigmoid (a = 1)
    "b80_hk": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { "\\varphi" = "sigmoid", "\\varphi_{k}" = "sigmoid", "\\varphi_{j}" = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"y_{j}" = "a1[j]"
"y_{k}" = "a2[k]"
"v_{j}" = "z1[j]"
"v_{k}" = "z2[k]"
"v" = "z2[0]"
"w_{ji}" = "W1[j, i]"
"w_{kj}" = "W2[k, j]"
"d_{k}" = "y[k]"
"e_{k}" = "y[k] - a2[k]"
"e_{j}" = "-grad(a1[j])"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{j}" = "-delta1[j]"
"a" = "1"
''',
    # the Korean blog: i the output units (Z_i their outputs, S_i their sums, t_i their targets), j the units
    # before (Y_j), W_{ji} from j to i. Counted from 1, as the page's sums \sum_{j=1}, \sum_{i=1} count them
    # (corrected in session 36, 2026-12-07, after review: the letters were literal and counted from 0)
    "b80_kb": r'''
[notation]
loss = ["E"]
[notation.symbols]
"Z_{i}" = "a2[i-1]"
"S_{i}" = "z2[i-1]"
"t_{i}" = "y[i-1]"
"Y_{j}" = "a1[j-1]"
"W_{ji}" = "W2[i-1, j-1]"
''',
    # the lecture note's example: w_{ij} from input i to hidden unit j (w12: x1 -> h2), v_i into the output,
    # b_1, b_2 the hidden biases and b_3 the output's, z_1, z_2, z_3 the sums, h_i the hidden outputs, y hat the
    # output, delta_3 and delta_i = dL/dz
    "b80_kl": r'''
[notation]
indices = "ij"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}" = "W1[j-1, i-1]"
"v_{i}" = "W2[0, i-1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"z_{3}" = "z2[0]"
"h_{i}" = "a1[i-1]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta_{3}" = "grad(z2[0])"
"\\delta_{i}" = "grad(z1[i-1])"
''',
    # the note's general derivation: i inputs, j hidden units (h_j), k outputs (y_k), net the sums, T_k the
    # targets, F the sigmoid, delta = (T - y) F'(net) = -dE/dnet, r (eta) the learning rate
    "b80_kg": r'''
[notation]
indices = "n"
loss = ["E"]
learning_rate = ["r"]
functions = { F = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"h_{j}" = "a1[j]"
"y_{k}" = "a2[k]"
"W_{ji}" = "W1[j, i]"
"W_{kj}" = "W2[k, j]"
"net_{j}" = "z1[j]"
"net_{k}" = "z2[k]"
"net" = "z1[0]"
"T_{k}" = "y[k]"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{j}" = "-delta1[j]"
"\\Delta W_{kj}" = "-eta*grad(W2[k, j])"
''',
    # the MATLAB function's arguments: outputDeltas = dE/dnet of the outputs, hiddenOutputs the hidden
    # activations, outputWeights the hidden -> output weights (a row per output unit), deltas the hidden deltas
    "b80_hd": r'''
[notation.symbols]
"outputDeltas" = "delta2[:]"
"hiddenOutputs" = "a1[:]"
"outputWeights" = "W2[:, :]"
"deltas" = "delta1[:]"
"sigmoidDeriv" = "a1[:]*(1 - a1[:])"
''',
    # AlexandreChaussard: x the sum of sigmoid(x), y_hat the predicted probability, y the label, X the samples'
    # rows (one)
    "b80_ac": r'''
[notation]
loss = ["binary_cross_entropy"]
[notation.symbols]
"x" = "z1[0]"
"y_hat" = "a1[0]"
"y" = "y[0]"
"X" = "x[:].T"
''',
    # ywang0789: x the sum, s its sigmoid, y_pred the output, y_true the label
    "b80_yw": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "z1[0]"
"s" = "a1[0]"
"y_pred" = "a1[0]"
"y_true" = "y[0]"
''',
    # the Portuguese-Chinese lesson: symbols.md's own names, every layer of one unit
    "b80_pz": r'''
[notation.symbols]
"W_{1}" = "W1[0, 0]"
"W_{2}" = "W2[0, 0]"
"b_{1}" = "b1[0]"
"b_{2}" = "b2[0]"
"a_{1}" = "a1[0]"
"a_{2}" = "a2[0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z2[0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # the Japanese lesson: h the ReLU unit, y the output (not the target), target the target, w1 b1 w2 b2
    "b80_jp": r'''
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{1}" = "z1[0]"
"h" = "a1[0]"
"y" = "a2[0]"
"target" = "y[0]"
"x" = "x[0]"
''',
    # the exercise solution: rows are samples (X @ W1), so its W1 and W2 are symbols.md's transposed; a1, z1, a2,
    # z2 the layers as rows, y and y_true the label, y_pred the output, m the samples (one); dz2 ... the gradients
    "b80_ex": r'''
[notation]
functions = { relu = "relu" }
[notation.symbols]
"X" = "x[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"z_{1}" = "z1[:].T"
"a_{1}" = "a1[:].T"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"y" = "y[0]"
"y_{true}" = "y[0]"
"y_{pred}" = "a2[0]"
"m" = "1"
"dz_{2}" = "grad(z2[0])"
"dz_{1}" = "grad(z1[:]).T"
"da_{1}" = "grad(a1[:]).T"
''',
}
