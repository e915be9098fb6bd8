"""The networks and notations of batch 29 of the held-out public formulas (tests/public_formulas_batch29.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents).
Keys start with b29_ so that no earlier batch's network or notation is replaced when the batches' tables are
merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE as _ETA, problem_text

_layers = partial(problem_text, extra=_ETA)


NETWORKS = {
    # the Mathematics Stack Exchange question (math.techqa.club's copy): x_1, x_2 -> a_1, a_2, a_3 -> a_4, a_5, f the
    # sigmoid everywhere, a bias per unit, Cost = (a_4 - t_1)^2 + (a_5 - t_2)^2
    "b29_techqa": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="squared_error"),
    # the Zhejiang MOOC exercise checked in Python (bcxiaobai's post): x = (0.5, 0.3) -> h1, h2 -> o1, o2, the sigmoid
    # everywhere, no biases; in_h1 = w1 x1 + w3 x2, in_h2 = w2 x1 + w4 x2, in_o1 = w5 out_h1 + w7 out_h2, in_o2 = w6
    # out_h1 + w8 out_h2; w1..w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8; y = (0.23, -0.07); error = 1/2 sum of
    # squares; the printed step (0.2 - 0.01 = 0.19, 0.1 - 0.03 = 0.07) is a learning rate of 1
    "b29_zju": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.2, 0.5], [-0.4, 0.6]]',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3], [-0.5, 0.8]]',
                       loss="half_squared_error",
                       extra="\n[data]\nx = [[0.5, 0.3]]\ny = [[0.23, -0.07]]\n\n[update]\nlearning_rate = 1.0\n"),
    # aiml-notes' "Backpropagation Step by Step": x = (0.5, 0.8) -> two ReLU units (z_hidden = x @ W1 + b1, W1 input-first
    # [[0.1, 0.3], [0.2, 0.4]], b1 = (0.1, 0.1)) -> one sigmoid output (W2 = (0.5, 0.6), b_out = 0.1), t = 1,
    # loss = 0.5 (t - o)^2
    "b29_aiml": _layers('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.1, 0.2], [0.3, 0.4]]\n'
                        'biases = [0.1, 0.1]',
                        'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.1]',
                        loss="half_squared_error", extra="\n[data]\nx = [[0.5, 0.8]]\ny = [[1.0]]\n" + _ETA),
    # Demofox's dual-numbers post (Nemotron's copy): y = sigma(W_2 sigma(W_1 x + b_1) + b_2), one hidden layer, the sigmoid
    # everywhere, delta_2 = (y - t) sigma'(z_2): the half squared error; two inputs, two hidden units, one output here
    "b29_demofox": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # the softmax and cross-entropy post (Nemotron's copy): z the softmax's input, p its output, y the one-hot target;
    # three classes here
    "b29_softmax": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # Fianawarrior's thread (Nemotron's copy): a network with two hidden layers, x_1, x_2 then h_1, h_2, then the outputs
    # o_1, o_2; z_{x_1}, z_{h_1}, z_{o_1} their sums; w_i a weight into x_1 (from input 1 here), w_1 the weight from x_1
    # into h_1, b_1 h_1's bias; the sigmoid everywhere and E = 1/2 sum (o_k - t_k)^2 (the thread says neither)
    "b29_fiana": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                         'units = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # Ng's binary classifier as the deeplearning.ai forum threads and pkirlin's handout write it: ReLU hidden layers, a
    # sigmoid output, the logistic loss; 2 -> 3 -> 1 here (L = 2)
    "b29_ng": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # leetllm's one-knob model: yhat = w x, x = 2, y = 5, w = 3, L = (yhat - y)^2
    "b29_leet": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                        loss="squared_error", extra="\n[data]\nx = [[2.0]]\ny = [[5.0]]\n" + _ETA),
    # crucible's worked example: L = (w x - y)^2, one weight, no bias
    "b29_crucible": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
}

NOTATIONS = {
    # m_1 ... m_12 the weights, a_{2k-1}, a_{2k} joined to x_1, x_2 by m_{2k-1}, m_{2k}; a_4 and a_5 the outputs, joined
    # to a_1, a_2, a_3 by m_7, m_8, m_9 and m_10, m_11, m_12; b_1 ... b_5 the biases; f the sigmoid; t_1, t_2 the targets
    "b29_techqa": r'''
[notation]
loss = ["Cost"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"m_{1}" = "W1[0, 0]"
"m_{2}" = "W1[0, 1]"
"m_{3}" = "W1[1, 0]"
"m_{4}" = "W1[1, 1]"
"m_{5}" = "W1[2, 0]"
"m_{6}" = "W1[2, 1]"
"m_{7}" = "W2[0, 0]"
"m_{8}" = "W2[0, 1]"
"m_{9}" = "W2[0, 2]"
"m_{10}" = "W2[1, 0]"
"m_{11}" = "W2[1, 1]"
"m_{12}" = "W2[1, 2]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b1[2]"
"b_{4}" = "b2[0]"
"b_{5}" = "b2[1]"
"a_{1}" = "a1[0]"
"a_{2}" = "a1[1]"
"a_{3}" = "a1[2]"
"a_{4}" = "a2[0]"
"a_{5}" = "a2[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
''',
    # the code's names: w1..w8 (w1, w3 into h1; w2, w4 into h2; w5, w7 into o1; w6, w8 into o2), in_ the sums, out_
    # the outputs, d_o1 dE/dout_o1, d_wN dE/dwN, error the loss
    "b29_zju": r'''
[notation]
loss = ["error"]
[notation.symbols]
"w1" = "W1[0, 0]"
"w2" = "W1[1, 0]"
"w3" = "W1[0, 1]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[1, 0]"
"w7" = "W2[0, 1]"
"w8" = "W2[1, 1]"
"x1" = "x[0]"
"x2" = "x[1]"
"y1" = "y[0]"
"y2" = "y[1]"
"in_h1" = "z1[0]"
"in_h2" = "z1[1]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"in_o1" = "z2[0]"
"in_o2" = "z2[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
"d_o1" = "grad(a2[0])"
"d_o2" = "grad(a2[1])"
"d_w1" = "grad(W1[0, 0])"
"d_w2" = "grad(W1[1, 0])"
"d_w3" = "grad(W1[0, 1])"
"d_w4" = "grad(W1[1, 1])"
"d_w5" = "grad(W2[0, 0])"
"d_w6" = "grad(W2[1, 0])"
"d_w7" = "grad(W2[0, 1])"
"d_w8" = "grad(W2[1, 1])"
''',
    # the tutorial's NumPy names: x @ W1 with W1 input-first (its transpose is the file's W1), h the ReLU layer, W2 the
    # output's weight vector, o the output, t the target; dL_dX the derivative of the loss by X, delta_o and delta_h
    # dL/dz, relu_mask the ReLU's derivative, do_dz the sigmoid's
    "b29_aiml": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[:]"
"W1" = "W1[:, :].T"
"b1" = "b1[:]"
"z_hidden" = "z1[:]"
"h" = "a1[:]"
"W2" = "W2[0, :]"
"b_out" = "b2[0]"
"z_out" = "z2[0]"
"o" = "a2[0]"
"t" = "y[0]"
"dL_do" = "grad(a2[0])"
"do_dz" = "a2[0]*(1 - a2[0])"
"delta_o" = "delta2[0]"
"dL_dW2" = "grad(W2[0, :])"
"dL_db_out" = "grad(b2[0])"
"dL_dh" = "grad(a1[:])"
"relu_mask" = "Heaviside(z1[:])"
"delta_h" = "delta1[:]"
"dL_dW1" = "grad(W1[:, :]).T"
''',
    # y the network's output, t the target; W_1, W_2 the weight matrices, b_1, b_2 the biases, z_1, z_2 the sums, h the
    # hidden layer's output, delta_1, delta_2 dL/dz of each layer
    "b29_demofox": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"y" = "a2[0]"
"t" = "y[0]"
"h" = "a1[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[0]"
"z_{1}" = "z1[:]"
"z_{2}" = "z2[0]"
"\\delta_{1}" = "delta1[:]"
"\\delta_{2}" = "delta2[0]"
''',
    # z_i the softmax's inputs, p_i its outputs (p the vector), y_i the one-hot target, counted from 1; the loss named
    # Cross-Entropy(y, p) and Loss; delta_ij Kronecker's (docs/notation.md)
    "b29_softmax": r'''
[notation]
indices = "ij"
loss = ["\\text{Cross-Entropy}", "\\text{Loss}"]
[notation.symbols]
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
"p" = "a1[:]"
"y" = "t[:]"
''',
    # the thread's letters: x_1, x_2 the first hidden layer, h_1, h_2 the second, o_1, o_2 the outputs, z_{...} each
    # unit's sum; w_i the hypothetical weight into x_1, w_1 the weight from x_1 into h_1, b_1 h_1's bias
    "b29_fiana": r'''
[notation]
indices = "n"
[notation.symbols]
"w_{i}" = "W1[0, 0]"
"w_{1}" = "W2[0, 0]"
"b_{1}" = "b2[0]"
"x_{1}" = "a1[0]"
"x_{2}" = "a1[1]"
"h_{1}" = "a2[0]"
"h_{2}" = "a2[1]"
"o_{1}" = "a3[0]"
"o_{2}" = "a3[1]"
"z_{x_{1}}" = "z1[0]"
"z_{x_{2}}" = "z1[1]"
"z_{h_{1}}" = "z2[0]"
"z_{h_{2}}" = "z2[1]"
"z_{o_{1}}" = "z3[0]"
"z_{o_{2}}" = "z3[1]"
''',
    # the course's names: A^{[l]}, Z^{[l]} a layer's outputs and sums, dA, dZ their gradients (dZ = dL/dZ), Y the label,
    # g^{[l]} layer l's activation; L the output layer (the spec's default)
    "b29_ng_dz": r'''
[notation]
functions = { "g^{[1]}" = "relu", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"A^{[l]}" = "a{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"dA^{[l]}" = "grad(a{l}[:])"
"dZ^{[l]}" = "grad(z{l}[:])"
"Y" = "y[:]"
''',
    # W^{[l]} layer l's weights, dW^{[l]} = dJ/dW^{[l]}
    "b29_ng_update": r'''
[notation]
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"dW^{[l]}" = "grad(W{l}[:, :])"
''',
    # W^{[l]}, b^{[l]} layer l's weights and biases (bold: the matrix, the vector), J the cost, alpha the learning rate
    "b29_kirlin": r'''
[notation]
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
''',
    # leetllm's one knob: w the weight, x the distance, y the hours, ŷ the prediction (written as the page does)
    "b29_leet": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"y" = "y[0]"
"ŷ" = "a1[0]"
''',
    # crucible's example: w, x, y, and u = w x - y the residual
    "b29_crucible": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"y" = "y[0]"
"u" = "a1[0] - y[0]"
''',
}
