"""The networks and notations of batch 25 of the held-out public formulas (tests/public_formulas_batch25.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b25_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Sghosh1999's manual backpropagation: x1 = 1.0, x2 = 2.0, w11 = 0.5, w12 = -0.4, b = 0.1, y = 1.0, one sigmoid
    # unit, Loss = 0.5 * (y - y_pred)^2, eta = 0.1
    "b25_sg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.4]]\nbiases = [0.1]',
                      loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]")),
    # MLCrunch's regression perceptron: yhat = w_1 x_1 + w_2 x_2 + b, L = 1/2 (y - yhat)^2; no numbers
    "b25_mlc_reg": _layers('inputs = 2\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
    # MLCrunch's classification perceptron: yhat = sigma(w_1 x_1 + w_2 x_2 + b), the log loss; no numbers
    "b25_mlc_cls": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # neural-networks.io's simplest perceptron: y = w_1.x_1 + ... + w_N.x_N, no bias, f(x) = x, E = 1/2 (y' - y)^2
    # (N = 3 here); no numbers
    "b25_nnio": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # Bill Wilson's revision solution: the delta rule for a unit j fed by units i; a sigmoid hidden and output layer,
    # the squared error, j an output unit here
    "b25_billw": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                         loss="half_squared_error"),
    # educative's course: one weight w, the log loss of a sigmoid, and the mean squared error of the linear model
    # before it (one example here, m = 1)
    "b25_edu_log": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    "b25_edu_mse": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # kavyajeetbora's sigmoid neuron: y = 1/(1 + e^{-(w^T X + b)}), Loss = sum (y_pred - y_actual)^2 (no 1/2; one
    # sample here, n = 1); two inputs (the notebook's five)
    "b25_kavya": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # kocyigit-dsml's classification perceptron: z = w_1 x_1 + w_2 x_2 + b, yhat = sigma(z), the log-loss
    "b25_ibra": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # "Gradient Calculation": yhat = sigma(Wx + b), the error -y ln(yhat) - (1 - y) ln(1 - yhat), n = 2 features
    # (one point here, m = 1)
    "b25_udgc": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # Sghosh1999: the plain names the page prints, w11 and w12 the weights of x1 and x2, y_pred the sigmoid's output;
    # eta the learning rate; Loss the loss
    "b25_sg": r'''
[notation]
learning_rate = ["eta"]
loss = ["Loss", "L"]
[notation.symbols]
"w11" = "W1[0, 0]"
"w12" = "W1[0, 1]"
"x1" = "x[0]"
"x2" = "x[1]"
"b" = "b1[0]"
"z" = "z1[0]"
"y_pred" = "a1[0]"
"y" = "y[0]"
''',
    # MLCrunch: w_i and x_i counted from 1, b the bias, \hat{y} the prediction, \alpha the learning rate (the page
    # writes \delta for \partial: a derivative, not an error term)
    "b25_mlc": r'''
[notation]
indices = "i"
learning_rate = ["\\alpha"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # neural-networks.io: y the network's output and y' the expected one (the page's own letters), w_i' the weight
    # after the update, w_N and x_N the last (N = 3)
    "b25_nnio": r'''
[notation]
indices = "i"
learning_rate = ["\\eta"]
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"w_{N}" = "W1[0, 2]"
"x_{N}" = "x[2]"
"N" = "3"
"y'" = "y[0]"
"y" = "a1[0]"
"w_{i}'" = "new(W1[0, i-1])"
''',
    # Bill Wilson: Delta w_ji the change of the weight from unit i to unit j, delta_j the local gradient (-dE/dz_j),
    # y_i the input signal to node j (here j an output unit, i a hidden one)
    "b25_billw": r'''
[notation]
indices = "ij"
[notation.symbols]
"\\Delta w_{ji}" = "-eta*delta2[j-1]*a1[i-1]"
"\\delta_{j}" = "-delta2[j-1]"
"y_{i}" = "a1[i-1]"
''',
    # educative: w the weight, x and x_i the input of example i, \hat{y_i} the prediction, y_i the label (one
    # example, m = 1); L and MSE the losses
    "b25_edu": r'''
[notation]
indices = "i"
loss = ["L", "MSE"]
[notation.symbols]
"w" = "W1[0, 0]"
"x_{i}" = "x[0]"
"x" = "x[0]"
"\\hat{y_{i}}" = "a1[0]"
"y_{i}" = "y[0]"
"m" = "1"
''',
    # kavyajeetbora: y_i^{pred} and y_i^{actual} sample i's prediction and target (one sample, n = 1), x_i its input
    # vector; w_t and b_t the parameters at step t, w_{t+1} and b_{t+1} after it, \Delta w_t and \Delta b_t the
    # derivatives the page defines (\Delta w_t = dL/dw); f the model, f(x_i) its output at x_i (docs/notation.md's
    # functions = { f = "layer" }: added after the blind run, which the notation had without it; see the batch's
    # docstring)
    "b25_kavya": r'''
[notation]
indices = "i"
learning_rate = ["\\eta"]
loss = ["Loss", "L"]
functions = { f = "layer" }
[notation.symbols]
"y_{i}^{pred}" = "a1[0]"
"y_{i}^{actual}" = "y[0]"
"y_{i}" = "y[0]"
"x_{i}" = "x[:]"
"n" = "1"
"w_{t}" = "W1[0, :]"
"w_{t+1}" = "new(W1[0, :])"
"\\Delta w_{t}" = "grad(W1[0, :])"
"b_{t}" = "b1[0]"
"b_{t+1}" = "new(b1[0])"
"\\Delta b_{t}" = "grad(b1[0])"
''',
    # kocyigit-dsml: w_i and x_i counted from 1, z the summation, \hat{y} the sigmoid's output
    "b25_ibra": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # "Gradient Calculation": W the weight row, x the point, w_j and x_j counted from 1, \hat{y} = sigma(Wx + b); the
    # sum's i the point (one here, m = 1); E the error
    "b25_udgc": r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"W" = "W1[0, :]"
"x" = "x[:]"
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"b" = "b1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"\\hat{y_{i}}" = "a1[0]"
"y_{i}" = "y[0]"
"m" = "1"
''',
}
