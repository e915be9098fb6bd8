"""The networks and notations of batch 32 of the held-out public formulas (tests/public_formulas_batch32.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b32_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)
_LINEAR = 'inputs = 1\nunits = 1\nactivation = "identity"'


NETWORKS = {
    # chicm's README: three class scores o = (2, 3, 4) given outright, the second class (class 1, counted from 0)
    # the correct one; softmax with the cross-entropy. The scores are the logits of an identity-weighted layer on
    # x = o, as batch 20 did
    "b32_chicm": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                         'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]',
                         loss="cross_entropy", extra=_data("[2.0, 3.0, 4.0]", "[0.0, 1.0, 0.0]")),
    # rodrigoVerasIA's README, "Descent gradients": linear regression Y = W X^T + b on one feature, MSE the mean of
    # the squared errors over the n points (one here)
    "b32_rv": _layers(_LINEAR, loss="squared_error"),
    # emkays-codelabs' derivation: the line y_hat_i = m x_i + c, MSE the mean of the squared errors (n = 1 here)
    "b32_emk": _layers(_LINEAR, loss="squared_error"),
    # wildanjr19's README: f(w, b) = wx + b, MSE the mean of the squared errors (n = 1 here)
    "b32_wil": _layers(_LINEAR, loss="squared_error"),
    # the CSC477 exercise 4's solution: y = sigma(w^T x) (no bias), the cross-entropy of target t; two features
    "b32_csc_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                              loss="binary_cross_entropy"),
    # its linear-regression solution (a): y = w x + b, the cost 1/(2N) sum ((w x + b) - t)^2 (N = 1 here)
    "b32_csc_lin": _layers(_LINEAR, loss="half_squared_error"),
    # (b): y = w^T x + b with d features (two here), the same cost
    "b32_csc_lin2": _layers('inputs = 2\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
    # chryoung's post: the cross-entropy of a = sigma(z), z = wx + b (its last section's model; one feature)
    "b32_chry": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored "A Single Neuron" notes: y_hat = wx + b with w = 0.5, b = 0.1, x = 2.0, y = 1.5, L = (y_hat - y)^2,
    # learning rate 0.1
    "b32_neuron": _layers(_LINEAR + '\nweights = [[0.5]]\nbiases = [0.1]', loss="squared_error",
                          extra=_data("[2.0]", "[1.5]", 0.1)),
    # "Lesson 5": one neuron z = w * x + b, a = f(z), f the sigmoid (the lesson's example); the loss L is left
    # open (the next layer's), the half squared error here
    "b32_lesson": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # jordancoblin's post: x -> sigmoid hidden layer h -> softmax output y_hat, the cross-entropy of the one-hot y;
    # W^{[1]} is n_h x n_x, W^{[2]} n_y x n_h. Two inputs, two hidden units, two classes (the post's figures'
    # "network with just a few neurons", W_{2,1}^{[2]}, y_hat_1 and y_hat_2)
    "b32_jc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                      loss="cross_entropy"),
}

NOTATIONS = {
    # chicm's README: o the class scores, p the softmax's probabilities, y the one-hot label, all counted from 0
    # ("class 1" is the second); L the cross-entropy; k the index of the correct class
    "b32_chicm": r'''
[notation]
indices = "ijk"
[notation.symbols]
"o_{i}" = "z1[i]"
"o" = "z1[:]"
"p_{i}" = "a1[i]"
"p" = "a1[:]"
"y_{i}" = "t[i]"
"y" = "t[:]"
''',
    # rodrigoVerasIA's "Descent gradients": Y = W X^T + b the prediction there, errors = \hat{Y} - (W X^T + b), so
    # \hat{Y} the target and errors the target minus the prediction (the page's first part had \hat{Y} the
    # predictions and errors = \hat{Y} - Y: the formulas taken are the second part's); X the one point's features,
    # n the number of points, \alpha the learning rate, new_W and old_W the weight after and before the step
    "b32_rv": r'''
[notation]
learning_rate = ["\\alpha"]
loss = ["MSE"]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[0, :]"
"b" = "b1[0]"
"Y" = "a1[0]"
"Ŷ" = "y[0]"
"errors" = "y[0] - a1[0]"
"n" = "1"
"new_{W}" = "new(W1[0, :])"
"old_{W}" = "W1[0, :]"
"new_{b}" = "new(b1[0])"
"old_{b}" = "b1[0]"
''',
    # emkays-codelabs: m the slope, c the intercept, x_i, y_i, \hat{y}_i point i (one here), n the number of
    # points, \eta the learning rate, m_{\text{new}} and m_{\text{old}} the slope after and before the step
    "b32_emk": r'''
[notation]
indices = "i"
learning_rate = ["\\eta"]
loss = ["\\text{MSE}"]
[notation.symbols]
"x_{i}" = "x[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"m" = "W1[0, 0]"
"c" = "b1[0]"
"n" = "1"
"m_{\\text{new}}" = "new(W1[0, 0])"
"m_{\\text{old}}" = "W1[0, 0]"
"c_{\\text{new}}" = "new(b1[0])"
"c_{\\text{old}}" = "b1[0]"
''',
    # wildanjr19: dw and db the cost's derivatives, X the points' features, \hat{y} the predictions, y the targets,
    # ^{(i)} and _i point i (one here), n the number of points
    "b32_wil": r'''
[notation]
indices = "i"
loss = ["MSE"]
[notation.symbols]
"X" = "x[:]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"\\hat{y}^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
"n" = "1"
''',
    # CSC477's exercise 4: w_j and x_j counted from 1 (w = [w_1, ..., w_d]), z = w^T x, y = sigma(z) the output, t the
    # target, \mathcal{L} the cross-entropy
    "b32_csc_logreg": r'''
[notation]
indices = "j"
loss = ["\\mathcal{L}"]
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"w" = "W1[0, :]"
"x" = "x[:]"
"z" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
''',
    # its linear regression (a): w, b, x^{(i)} and t^{(i)} point i (one here), N the number of points, \mathcal{E}
    # the cost
    "b32_csc_lin": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{E}"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x^{(i)}" = "x[0]"
"t^{(i)}" = "y[0]"
"N" = "1"
''',
    # (b): w_j, x_j^{(i)} counted from 1; \fw and \fx the course's macros for the bold vectors {\bf w}, {\bf x}
    "b32_csc_lin2": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{E}"]
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"x_{j}^{(i)}" = "x[j-1]"
"\\fw" = "W1[0, :]"
"\\fx^{(i)}" = "x[:]"
"b" = "b1[0]"
"t^{(i)}" = "y[0]"
"N" = "1"
''',
    # chryoung's post: \hat{y} = a the output, y the label, z the pre-activation, w, b, x; L the cross-entropy
    "b32_chry": r'''
[notation]
[notation.symbols]
"\\hat{y}" = "a1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"z" = "z1[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
''',
    # the single neuron: w, b, x, y, \hat{y} = wx + b; \hat{y}_i and y_i point i of the mean (one here); \alpha the
    # learning rate (written learning_rate(\alpha) once); w_{new} and b_{new} after the step; "gradient" the
    # weight's gradient in its rule for w_{new}
    "b32_neuron": r'''
[notation]
indices = "i"
learning_rate = ["\\alpha", "learning_rate"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"\\hat{y}_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"n" = "1"
"w_{new}" = "new(W1[0, 0])"
"b_{new}" = "new(b1[0])"
"gradient" = "grad(W1[0, 0])"
''',
    # "Lesson 5": w, x, b, z, a, f the activation (the sigmoid)
    "b32_lesson": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
    # jordancoblin's post (the cs230 notation): W^{[l]}, b^{[l]}, z^{[l]}; W_{j,i}^{[l]} joins unit i of the layer
    # before to unit j, counted from 1 (W_{1,1}); h the hidden layer's output, \hat{y} the softmax's, y the one-hot
    # label; \hat{y_k} with the subscript inside the hat as the post writes it; b_{j,i}^{[l]} the post's bias of
    # unit j (it writes the weight's two indices on the bias); K the number of classes; \alpha the step size
    "b32_jc": r'''
[notation]
indices = "ijklu"
learning_rate = ["\\alpha"]
loss = ["\\mathcal{L}"]
[notation.symbols]
"W_{j,i}^{[l]}" = "W{l}[j-1, i-1]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"b_{j,i}^{[l]}" = "b{l}[j-1]"
"z^{[l]}" = "z{l}[:]"
"z_{j}^{[l]}" = "z{l}[j-1]"
"h" = "a1[:]"
"h_{j}" = "a1[j-1]"
"\\hat{y}" = "a2[:]"
"\\hat{y}_{j}" = "a2[j-1]"
"\\hat{y_{j}}" = "a2[j-1]"
"y_{j}" = "t[j-1]"
"y" = "t[:]"
"x" = "x[:]"
"x_{i}" = "x[i-1]"
"K" = "2"
''',
}
