"""The networks and notations of batch 97 of the held-out public formulas (tests/public_formulas_batch97.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b97_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # hwanyo14's Korean notebook (MultiLayer_GD): X (m x 3, three features as its example matrix) -> 2 sigmoid units
    # (W_1, b_1) -> one sigmoid output (W_2, b_2), the logistic loss; rows, one sample here
    "b97_hw": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # tristanth03's UROP notebook (CALC.ipynb), its one-unit chain: a^(L-1) -> a^(L) = sigma(w^(L) a^(L-1) + b^(L)),
    # C_0 = (a^(L) - y)^2 (not halved); L = 2 here, a^(L-1) the one sigmoid unit of layer 1
    "b97_uro": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the same notebook's last cell, units counted from 0: a_0, a_1, a_2 of layer L-1 (three sigmoid units) -> n_L = 2
    # sigmoid outputs a_j^(L), C_0 = sum_j (a_j^(L) - y_j)^2
    "b97_uro3": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="squared_error"),
    # compphysics' week 42, slide 10: x = a_0 -> one sigmoid unit (w_1, b_1) -> one sigmoid unit (w_2, b_2),
    # C = 1/2 (a_2 - y)^2
    "b97_c10": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # compphysics' week 42, slides 19 and 20: two inputs -> two hidden units (sigma^(1), the sigmoid here) -> one
    # output (sigma^(2)), a generic cost (half the squared error here)
    "b97_cph": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # compphysics' week 42, slide 72: logistic units (a = e^z / (1 + e^z)), the binary cross-entropy summed over the
    # n output units with targets t_i; 2 -> 2 -> 2 here
    "b97_c72": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # studyx's homework answer (Foundations of DLNN, question 2): h = ReLU(w_1 x), yhat = w_2 h, w_1 = w_2 = 1, no
    # biases, J = (y - yhat)^2; x = 2 and y = 4 as its step 6 takes them
    "b97_sx": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[1.0]]',
                           'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[1.0]]',
                           loss="squared_error", extra=_data("[2.0]", "[4.0]", 0.1)),
    # GATE DA 2025, question 42 (iitmbsc's and cdquestions' solutions): u = 2, v = 3 -> h_1 = au + bv, h_2 = cu + dv
    # (ReLU) -> h_3 = e a_1 + f a_2, y = max(0, h_3); a = b = c = 1, d = -1, e = 4, f = -1, no biases. y is the
    # network's output, not a loss (the loss is here only for the file)
    "b97_gate": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nbias = "none"\n'
                             'weights = [[1.0, 1.0], [1.0, -1.0]]',
                             'units = 1\nactivation = "relu"\nbias = "none"\nweights = [[4.0, -1.0]]',
                             loss="half_squared_error", extra=_data("[2.0, 3.0]", "[0.0]", 0.1)),
    # Cerlog's DTU 02506 exam notebook (2024, question 17): five ReLU units whose pre-activations y_tilde = (0.1,
    # -0.1, 0.4, 0.7, -0.2) are given (one input 1 and those as the weights, no biases), targets t = (0, 0, 1, 0, 0),
    # the squared loss sum (y - t)^2
    "b97_dtu": problem_text('inputs = 1\nunits = 5\nactivation = "relu"\nbias = "none"\n'
                            'weights = [[0.1], [-0.1], [0.4], [0.7], [-0.2]]',
                            loss="squared_error", extra=_data("[1.0]", "[0.0, 0.0, 1.0, 0.0, 0.0]", 0.1)),
}

NOTATIONS = {
    # the notebook's letters (rows, one sample): X, W_1, b_1, Z_1, A_1, W_2, b_2, Z_2, A_2, Y, L the logistic loss; sig
    # the sigmoid. The page writes them in Unicode's mathematical italic letters (𝑋, 𝑊, 𝐴, 𝐿): the teacher writes them
    # as the letters they are
    "b97_hw": r'''
[notation]
loss = ["L"]
functions = { sig = "sigmoid" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W_{1}" = "W1[:, :].T"
"b_{1}" = "b1[:].T"
"Z_{1}" = "z1[:].T"
"A_{1}" = "a1[:].T"
"W_{2}" = "W2[:, :].T"
"b_{2}" = "b2[:].T"
"Z_{2}" = "z2[:].T"
"A_{2}" = "a2[:].T"
''',
    # the notebook's one-unit chain: L the output layer (2), L-1 the one before; C_0 the cost of sample 0, C the cost
    # averaged over the n samples (n = 1 here), C_k sample k's
    "b97_uro": r'''
[notation]
loss = ["C", "C_{0}", "C_{k}"]
[notation.symbols]
"n" = "1"
"y" = "y[0]"
"a^{(L)}" = "a2[0]"
"z^{(L)}" = "z2[0]"
"w^{(L)}" = "W2[0, 0]"
"b^{(L)}" = "b2[0]"
"a^{(L-1)}" = "a1[0]"
''',
    # the last cell's units, counted from 0: a_j^(L) of the n_L = 2 outputs, a_k^(L-1) of the three units before,
    # w_{j,k}^(L) from unit k of layer L-1 to unit j of layer L (output-first), y_j the targets
    "b97_uro3": r'''
[notation]
indices = "jk"
loss = ["C_{0}"]
[notation.symbols]
"n_{L}" = "2"
"y_{j}" = "y[j]"
"a_{j}^{(L)}" = "a2[j]"
"z_{j}^{(L)}" = "z2[j]"
"b_{j}^{(L)}" = "b2[j]"
"a_{k}^{(L-1)}" = "a1[k]"
"w_{j,k}^{(L)}" = "W2[j, k]"
''',
    # the slide's scalar network: a_0 = x, w_1, b_1, z_1, a_1 (sigma_1), w_2, b_2, z_2, a_2 (sigma_2), C the cost
    "b97_c10": r'''
[notation]
loss = ["C"]
functions = { "\\sigma_{1}" = "sigmoid", "\\sigma_{2}" = "sigmoid" }
[notation.symbols]
"y" = "y[0]"
"a_{0}" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
''',
    # the course's 2-2-1 network, counted from 1: a_i^(0) = x_i, w_{ij}^(1) from input i to hidden unit j (input-first:
    # the slide's matrix is transposed), b_j^(1), z_j^(1), a_j^(1) = sigma^(1)(z_j^(1)); w_i^(2) from hidden unit i
    # to the output, b^(2), z^(2), a^(2) = sigma^(2)(z^(2))
    "b97_cph": r'''
[notation]
indices = "ij"
loss = ["C"]
functions = { "\\sigma^{(1)}" = "sigmoid", "\\sigma^{(2)}" = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"a_{i}^{(0)}" = "x[i-1]"
"w_{ij}^{(1)}" = "W1[j-1, i-1]"
"b_{j}^{(1)}" = "b1[j-1]"
"z_{j}^{(1)}" = "z1[j-1]"
"a_{j}^{(1)}" = "a1[j-1]"
"w_{i}^{(2)}" = "W2[0, i-1]"
"b^{(2)}" = "b2[0]"
"z^{(2)}" = "z2[0]"
"a^{(2)}" = "a2[0]"
''',
    # the slide's output layer (l = L = 2 here, as its cost is "at the final layer l=L"), counted from 1: a_i^l = y_i
    # the outputs, z_i^l, w_{ij}^l from unit j of layer l-1 to unit i of layer l (output-first), b_i^l, a_j^{l-1} the
    # hidden outputs, t_i the targets, \mathcal{C} the cross-entropy
    "b97_c72": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{C}"]
[notation.symbols]
"t_{i}" = "y[i-1]"
"y_{i}" = "a2[i-1]"
"a_{i}^{l}" = "a2[i-1]"
"a_{i}^{L}" = "a2[i-1]"
"z_{i}^{l}" = "z2[i-1]"
"w_{ij}^{l}" = "W2[i-1, j-1]"
"b_{i}^{l}" = "b2[i-1]"
"a_{j}^{l-1}" = "a1[j-1]"
''',
    # the answer's letters: x, y the target, w_1 and w_2 (written w₁, w₂), h the hidden ReLU unit, ŷ the output, J the
    # loss J(x, y)
    "b97_sx": r'''
[notation]
loss = ["J"]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"h" = "a1[0]"
"\\hat{y}" = "a2[0]"
''',
    # the exam's letters: inputs u, v; weights a, b (to h_1), c, d (to h_2), e, f (to h_3); h_1, h_2 the hidden sums,
    # a_1, a_2 their ReLU outputs, h_3 the output's sum, y the output; R the ReLU
    "b97_gate": r'''
[notation]
functions = { R = "relu" }
[notation.symbols]
"u" = "x[0]"
"v" = "x[1]"
"a" = "W1[0, 0]"
"b" = "W1[0, 1]"
"c" = "W1[1, 0]"
"d" = "W1[1, 1]"
"e" = "W2[0, 0]"
"f" = "W2[0, 1]"
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"a_{1}" = "a1[0]"
"a_{2}" = "a1[1]"
"h_{3}" = "z2[0]"
"y" = "a2[0]"
''',
    # the exam notebook's names: y_tilde (ỹ) the pre-activations, y = relu(y_tilde) the outputs, t the targets, loss
    # (squared_loss(y, t), L) the squared loss; dL_dy = dL/dy, dy_dy_tilde the ReLU's slope, delta = dL/d(y_tilde);
    # relu_derivative the ReLU's derivative at its input; squared_loss_derivative(y, t) = 2 (y - t), a function of two
    # arguments the spec's functions cannot name
    "b97_dtu": r'''
[notation]
indices = "i"
loss = ["L", "loss", "squared_loss"]
functions = { relu = "relu", relu_derivative = "relu' at input" }
[notation.symbols]
"t" = "y[:]"
"y_tilde" = "z1[:]"
"ỹ" = "z1[:]"
"ỹ_{i}" = "z1[i-1]"
"y" = "a1[:]"
"y_{i}" = "a1[i-1]"
"dL_dy" = "grad(a1[:])"
"dy_dy_tilde" = "Heaviside(z1[:])"
"delta" = "delta1[:]"
''',
}
