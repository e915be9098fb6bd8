"""The networks and notations of batch 182 of the held-out public formulas (tests/public_formulas_batch182.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b182_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

import math
from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


_LN = [math.log(0.2), math.log(0.3), math.log(0.5)]

NETWORKS = {
    # the Obsidian note on softmax (stored file 2783700612): logits z, sigma(z)_i = e^{z_i} / sum_j e^{z_j}, p_i =
    # sigma(z)_i, counted from 1; its example z = (2, 1, 0), written here as one softmax layer on the input x = 1 with
    # weights [2, 1, 0] and no bias; the note names no loss: the cross-entropy with the first class (the largest
    # logit's) as the one-hot target, the rate 0.1 (the note's formulas are the Jacobian's, which no target changes)
    "b182_ob": problem_text('inputs = 1\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                            'weights = [[2.0], [1.0], [0.0]]',
                            loss="cross_entropy", extra=_data("[1.0]", "[1.0, 0.0, 0.0]", 0.1)),
    # the Matrix Calculus note (stored file 55599986996): its softmax's input x (the logits) and p = softmax(x), L =
    # -log p_y with y the true class; its worked example x = [2, 1, 0] (p ~ [0.665, 0.245, 0.090]) written here as a
    # softmax layer Y = XW + b on the input X = [1, 0] with weights [[2, 0], [1, 0], [0, 0]] and zero biases (its
    # linear layer's Y = XW + b, delta = dL/dY); the true class the first (not given), the rate 0.1
    "b182_mc": problem_text('inputs = 2\nunits = 3\nactivation = "softmax"\nweights = [[2.0, 0.0], [1.0, 0.0], '
                            '[0.0, 0.0]]\nbiases = [0.0, 0.0, 0.0]',
                            loss="cross_entropy", extra=_data("[1.0, 0.0]", "[1.0, 0.0, 0.0]", 0.1)),
    # the Python script printing the softmax derivative (stored file 36708136074): s = softmax(np.array([1.0, 2.0,
    # 0.5])), its numbers written as one softmax layer on the input 1 with weights [1.0, 2.0, 0.5] and no bias; no
    # loss is named: the cross-entropy with the second class (the largest logit's) the target, the rate 0.1
    "b182_pd": problem_text('inputs = 1\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                            'weights = [[1.0], [2.0], [0.5]]',
                            loss="cross_entropy", extra=_data("[1.0]", "[0.0, 1.0, 0.0]", 0.1)),
    # the neural network project's learnings (stored file 37174882754): a softmax layer s = softmax(x) under the
    # cross-entropy (loss = -sum y_true log y_pred), its Linear layer y = x @ W + b before it (the samples rows, W
    # input x output); the XOR network's last layer Linear(4, 2) and its softmax; one sample, 2-2 here (its layer's
    # input the network's input), LR = 0.1
    "b182_kl": problem_text('inputs = 2\nunits = 2\nactivation = "softmax"', loss="cross_entropy",
                            extra=_rate(0.1)),
    # the Chinese AI-infra notes (stored file 57958597872): logits z, P_i = softmax(z)_i, the cross-entropy with a
    # one-hot label y; its linear layer Y = XW + b (the samples rows, B of them; one here) taken as the softmax layer's
    # logits; eta the rate (0.1 here); 3 inputs, 3 classes
    "b182_zh": problem_text('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy",
                            extra=_rate(0.1)),
    # the Korean-commented CS231n linear classifier (stored file 14535883081): X (N*K x D) the samples rows, W (D x K)
    # input-first, b (1 x K), scores = XW + b, probs their softmax, the average cross-entropy (one sample here: the
    # cross-entropy), step_size 1.0; D = 2, K = 3; the comment's example p = [0.2, 0.3, 0.5] with the correct class 1
    # (counted from 0), written here as X = [1, 0] with weights [[ln 0.2, 0], [ln 0.3, 0], [ln 0.5, 0]] and zero
    # biases
    "b182_ko": problem_text('inputs = 2\nunits = 3\nactivation = "softmax"\nweights = '
                            f'[[{_LN[0]!r}, 0.0], [{_LN[1]!r}, 0.0], [{_LN[2]!r}, 0.0]]\nbiases = [0.0, 0.0, 0.0]',
                            loss="cross_entropy", extra=_data("[1.0, 0.0]", "[0.0, 1.0, 0.0]", 1.0)),
    # the MNIST script (stored file 36616055426): A0 = x (a column), Z1 = W1 A0, A1 = sigmoid(Z1), Z2 = W2 A1, A2 =
    # sigmoid(Z2), Z3 = W3 A2, A3 = softmax(Z3), no biases, W output-first; its error 2 (A3 - y) / A3.shape[0] is the
    # mean squared error's derivative (over the 10 outputs); l_rate = 1; 784-128-64-10 there, 3-4-3-3 here
    "b182_mn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 3\nactivation = "softmax"\nbias = "none"', loss="mean_squared_error",
                            extra=_rate(1.0)),
    # the TypeScript course data file (stored file 69524468396), its softmax section: logits z_1 ... z_K, p_i the
    # softmax, L_CE = -sum y_i log p_i with y one-hot; one softmax layer, K = 3 here, 2 inputs
    "b182_js": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # the same file's backpropagation section: an L-layer network in Ng's bracketed layers, z^{[l]} = W^{[l]}
    # a^{[l-1]} + b^{[l]}, a^{[l]} = sigma(z^{[l]}), the task loss L(a^{[L]}, y) (unnamed: half the squared error
    # here), B samples (one); sigmoid layers, L = 2, 2-3-2
    "b182_jb": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the activations lesson (stored file 68868390086), its softmax section: p = softmax(z); one softmax layer, 3
    # classes, 2 inputs, the cross-entropy (no loss is named)
    "b182_ac": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
}

NOTATIONS = {
    # the Obsidian note: z_i the logits, p_i and sigma_i the softmax's outputs (counted from 1), sigma the
    # softmax (sigma(z)_i its i-th output), z the vector
    "b182_ob": r'''
[notation]
indices = "ijk"
functions = { "\\sigma" = "softmax" }
[notation.symbols]
"z" = "z1[:]"
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"\\sigma_{i}" = "a1[i-1]"
"n" = "3"
''',
    # the Matrix Calculus note: x the softmax's input (the logits), x_i its entries counted from 1, p, p_i the
    # softmax's outputs, y the true class (the label letter), e_y the one-hot target
    "b182_mc": r'''
[notation]
indices = "ijk"
label = "y"
[notation.symbols]
"x" = "z1[:]"
"x_{i}" = "z1[i-1]"
"p" = "a1[:]"
"p_{i}" = "a1[i-1]"
"e_{y}" = "t[:]"
''',
    # the Matrix Calculus note's linear layer section: Y = XW + b (here the softmax layer's logits), X its input (a
    # row), W input-first, b, delta = dL/dY (a row); kept apart from the softmax section, whose delta_{iy} is
    # Kronecker's
    "b182_mc_lin": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"W" = "W1[:, :].T"
"b" = "b1[:].T"
"\\delta" = "grad(z1[:]).T"
''',
    # the printing script: s the softmax's outputs, s_i its entries (from 0, Python's), x_j the logits,
    # d_softmax_i/d_x_j the derivative of the i-th output by the j-th logit (as written, in plain text)
    "b182_pd": r'''
[notation]
indices = "ij"
[notation.symbols]
"s" = "a1[:]"
"s_{i}" = "a1[i]"
"softmax_{i}" = "a1[i]"
"x_{j}" = "z1[j]"
''',
    # the learnings, its softmax section: s = self.output the softmax's outputs (a row), x its input (the logits),
    # grad the incoming gradient dL/ds (a row), dx = dL/dx
    "b182_kl": r'''
[notation]
[notation.symbols]
"s" = "a1[:].T"
"grad" = "grad(a1[:]).T"
"dx" = "grad(z1[:]).T"
"x" = "z1[:].T"
''',
    # the learnings, its linear layer's section: y = x @ W + b the logits (a row), x the layer's input, grad = dL/dy
    # (a row), grad[i,j] its entry (sample i, unit j: one sample), dW, db the gradients, self.input the input
    "b182_kl_lin": r'''
[notation]
indices = "ij"
[notation.symbols]
"x" = "x[:].T"
"X" = "x[:].T"
"self.input" = "x[:].T"
"W" = "W1[:, :].T"
"b" = "b1[:].T"
"b_{j}" = "b1[j]"
"y" = "z1[:].T"
"y[i,j]" = "z1[j]"
"grad" = "grad(z1[:]).T"
"grad[i,j]" = "grad(z1[j])"
"dW" = "grad(W1[:, :]).T"
"db" = "grad(b1[:]).T"
''',
    # the Chinese notes: z the logits, P_i their softmax (its 5.1), y_i the one-hot label, \mathcal{L} the loss; the
    # linear layer's X (a row), W input-first, b, Y the logits, G = dL/dY, B the number of samples (one), theta a
    # parameter, eta the rate
    "b182_zh": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{L}"]
parameter = ["\\theta"]
[notation.symbols]
"z_{i}" = "z1[i-1]"
"P_{i}" = "a1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
"V" = "3"
"X" = "x[:].T"
"W" = "W1[:, :].T"
"b" = "b1[:].T"
"Y" = "z1[:].T"
"G" = "grad(z1[:]).T"
"G_{i, :}" = "grad(z1[:]).T"
"B" = "1"
''',
    # the Korean-commented classifier: X the input (a row), W input-first, b, scores = XW + b, exp_scores their
    # exponentials, probs the softmax, dscores the loss's gradient by the scores (probs with 1 taken at the label,
    # divided by the number of samples: one), dW, db the gradients; in the comments L_i the sample's loss, f_k the
    # k-th score, P_k the k-th probability (from 0), yi the sample's class (the label letter y)
    "b182_ko": r'''
[notation]
indices = "k"
loss = ["Li"]
label = "y"
[notation.symbols]
"X" = "x[:].T"
"W" = "W1[:, :].T"
"b" = "b1[:].T"
"scores" = "z1[:].T"
"exp_scores" = "exp(z1[:]).T"
"probs" = "a1[:].T"
"dscores" = "grad(z1[:]).T"
"dW" = "grad(W1[:, :]).T"
"db" = "grad(b1[:]).T"
"num_examples" = "1"
"fk" = "z1[k]"
"Pk" = "a1[k]"
''',
    # the MNIST script: A0 = x (a column), Z1 ... A3 the layers' sums and outputs, W1, W2, W3 output-first, y the
    # target, error the output sums' gradient (the line's own meaning: dL/dZ3, before the name is reused for the
    # layers below), softmax_derivative(z) the script's s (1 - s) of s = softmax(z), l_rate the rate
    "b182_mn": r'''
[notation]
learning_rate = ["l_rate"]
[notation.symbols]
"A0" = "x[:]"
"x" = "x[:]"
"y" = "y[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"Z3" = "z3[:]"
"A3" = "a3[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"error" = "grad(z3[:])"
"A3.shape[0]" = "3"
"softmax_derivative(Z3)" = "a3[:]*(1 - a3[:])"
''',
    # the TypeScript data file's softmax rows: z_i the logits, p_i their softmax (from 1, as z_1, ..., z_K), y_i the
    # one-hot label, L_CE (and \mathcal{L}) the loss, K the number of classes
    "b182_js": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{L}_{\\text{CE}}", "\\mathcal{L}"]
[notation.symbols]
"z" = "z1[:]"
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
"K" = "3"
''',
    # the same file's backpropagation rows: Ng's bracketed layers, a^{[0]} the input, W^{[l]} output-first, z^{[l]},
    # a^{[l]}, b^{[l]}, delta^{[l]} = dL/dz^{[l]} (its "sensitivities"), delta^{[l](i)} sample i's (one sample),
    # sigma the sigmoid, B the number of samples (one), L the number of layers (2)
    "b182_jb": r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
[notation.symbols]
"a^{[0]}" = "x[:]"
"a^{[l]}" = "a{l}[:]"
"z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
"\\delta^{[l](i)}" = "grad(z{l}[:])"
"B" = "1"
"L" = "2"
''',
    # the activations lesson: p_i the softmax's outputs, z_j its inputs (from 1)
    "b182_ac": r'''
[notation]
indices = "ij"
[notation.symbols]
"p_{i}" = "a1[i-1]"
"z_{i}" = "z1[i-1]"
''',
}
