"""The networks and notations of batch 43 of the held-out public formulas (tests/public_formulas_batch43.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b43_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # community.deeplearning.ai 629012 (and Nemotron's copy): Z1 = W X + b, A1 = tanh(Z1), A2 = sigmoid(A1) ("I am
    # skipping Z2 = W2X+b2"), the cross-entropy cost: one layer whose activation chain is tanh then sigmoid
    "b43_tanh_then_sigmoid": _layers('inputs = 2\nunits = 1\nactivation = ["tanh", "sigmoid"]',
                                     loss="binary_cross_entropy"),
    # community.deeplearning.ai 656022 and 223054: Ng's week-4 network of two layers, ReLU hidden units and a
    # sigmoid output with the cross-entropy (dZ^{[L]} = A^{[L]} - Y)
    "b43_ng_relu_sigmoid": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                                   loss="binary_cross_entropy"),
    # the sigmoid-derivative pages (heatonresearch, Hause Lin, mynote.show, Nemotron's April 2021 post, the
    # "Neural Network Mindset" notes): one sigmoid unit, its input x the unit's sum z
    "b43_sigmoid_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Cross Validated 500902: a layer of m sigmoid neurons z = sigmoid(W x) without bias, W of m x n (m = 2,
    # n = 3 here); the answer's loss L is any loss: the halved squared error
    "b43_sigmoid_layer": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                                 loss="half_squared_error"),
    # Ng's week-2 and week-3 logistic regression (community.deeplearning.ai 632256, 1810, 808488): z = w1 x1 + w2 x2
    # + b, a = sigmoid(z), the cross-entropy; one sample (m = 1)
    "b43_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nemotron's "Neural Networks" category page: one hidden layer of sigmoid units, a sigmoid output, the error at
    # the output a^out - y (the cross-entropy's); two inputs, two hidden units, one output
    "b43_hidden_sigmoid": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                                  loss="binary_cross_entropy"),
}

NOTATIONS = {
    # Harshawardhan Deshpande's question (plain text on the forum, LaTeX in Nemotron's copy): Z1 the unit's sum, A1
    # = tanh(Z1) inside the activation chain, A2 (and a2) the output, W, X, b, Y (and y) the target; L, Cost (and the
    # question's dl) the cost of the one sample; dW the gradient
    "b43_deshpande": r'''
[notation]
indices = "i"
loss = ["L", "l", "Cost", "\\text{Cost}"]
[notation.symbols]
"Z1" = "z1[0]"
"A1" = "tanh(z1[0])"
"A2" = "a1[0]"
"a2" = "a1[0]"
"W" = "W1[0, :]"
"X" = "x[:]"
"b" = "b1[0]"
"Y" = "y[0]"
"y" = "y[0]"
"dW" = "grad(W1[0, :])"
''',
    # community.deeplearning.ai 656022: Ng's bracketed layers and their plain-text run-together forms (dZ2, A2);
    # g^{[1]} the ReLU, g^{[2]} (and the mentor's bare g at the output layer) the sigmoid; Z and A the output's
    "b43_dlai656022": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "relu", "g^{[2]}" = "sigmoid", g = "sigmoid" }
[notation.symbols]
"dZ^{[l]}" = "grad(z{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"Y" = "y[:]"
"dZ2" = "grad(z2[:])"
"A2" = "a2[:]"
"Z" = "z2[:]"
"A" = "a2[:]"
''',
    # community.deeplearning.ai 223054: A = sigmoid(Z) the output layer L = 2, g its activation
    "b43_dlai223054": r'''
[notation]
functions = { g = "sigmoid" }
[notation.symbols]
"A" = "a2[:]"
"Z" = "z2[:]"
"dZ^{[L]}" = "grad(z2[:])"
"A^{[L]}" = "a2[:]"
"Y" = "y[:]"
''',
    # heatonresearch's s(x), the sigmoid of a unit's input x
    "b43_heaton": r'''
[notation]
functions = { s = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the sigma(x) pages: x the unit's input
    "b43_sigma_x": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # Nemotron's April 2021 post: x the unit's input, u = 1 + e^{-x} as the post lets it be
    "b43_sigma_u": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"u" = "1 + exp(-z1[0])"
''',
    # Dasaradh's update: w the weights, w_{old} before and w_{new} after the step, J the cost
    "b43_dasaradh": r'''
[notation]
loss = ["J"]
[notation.symbols]
"w_{new}" = "new(W1[0, :])"
"w_{old}" = "W1[0, :]"
"w" = "W1[0, :]"
''',
    # the "Neural Network Mindset" notes: f the sigmoid of z, y = f(z) its output
    "b43_mindset": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"z" = "z1[0]"
"y" = "a1[0]"
''',
    # Cross Validated 500902: neurons i and inputs j counted from 1; z_i the neuron's output, h_i its sum, W_{ij} the
    # weight from input j to neuron i; n inputs; the code's z, W, x the whole vectors
    "b43_cv500902": r'''
[notation]
indices = "ij"
[notation.symbols]
"W_{ij}" = "W1[i-1, j-1]"
"z_{i}" = "a1[i-1]"
"h_{i}" = "z1[i-1]"
"x_{j}" = "x[j-1]"
"W" = "W1[:, :]"
"x" = "x[:]"
"z" = "a1[:]"
"n" = "3"
''',
    # Ng's week-2 logistic regression in plain text (632256, 1810, 808488): w1, w2 (and W) the weights, x1, x2 (and x,
    # X) the inputs, b the bias, z (Z) the sum; the course's d-names for the loss's derivatives; m = 1 sample
    "b43_ng_logistic_plain": r'''
[notation]
[notation.symbols]
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"W" = "W1[0, :]"
"x1" = "x[0]"
"x2" = "x[1]"
"x" = "x[:]"
"X" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"Z" = "z1[0]"
"dw1" = "grad(W1[0, 0])"
"dw2" = "grad(W1[0, 1])"
"dw" = "grad(W1[0, :])"
"dW" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
"dz" = "grad(z1[0])"
"dZ" = "grad(z1[0])"
"m" = "1"
''',
    # Nemotron's copy of the 1810 thread, in LaTeX: w_1, w_2, x_1, x_2 counted from 1, and the d-names
    "b43_ng_logistic_latex": r'''
[notation]
indices = "k"
[notation.symbols]
"w_{k}" = "W1[0, k-1]"
"x_{k}" = "x[k-1]"
"dw_{k}" = "grad(W1[0, k-1])"
"b" = "b1[0]"
"z" = "z1[0]"
"dz" = "grad(z1[0])"
"db" = "grad(b1[0])"
''',
    # the "Neural Networks" category page: bold vectors, layers by superscript 1 and 2 (out for the output), delta the
    # error terms dL/dz; z (without a superscript) the hidden layer's sums
    "b43_bold_layers": r'''
[notation]
[notation.symbols]
"\\mathbf{z}" = "z1[:]"
"\\mathbf{x}" = "x[:]"
"\\mathbf{W}^{1}" = "W1[:, :]"
"\\mathbf{b}^{1}" = "b1[:]"
"\\mathbf{a}^{1}" = "a1[:]"
"\\mathbf{W}^{2}" = "W2[:, :]"
"\\mathbf{b}^{2}" = "b2[:]"
"\\mathbf{z}^{out}" = "z2[:]"
"\\mathbf{a}^{out}" = "a2[:]"
"\\mathbf{y}" = "y[:]"
"\\delta^{out}" = "grad(z2[:])"
"\\delta^{1}" = "grad(z1[:])"
''',
}
