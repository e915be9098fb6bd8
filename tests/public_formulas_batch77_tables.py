"""The networks and notations of batch 77 of the held-out public formulas (tests/public_formulas_batch77.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b77_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # aman.ai's primer and Nemotron's copy of Cross Validated 278771 (Ng's logistic regression): h_theta(x) =
    # g(theta^T x), theta_0 the intercept (x_0 = 1), two features here, J(theta) the log loss averaged over m examples
    # (one here)
    "b77_logistic2": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nemotron's "Derivative of the Tanh Activation Function": y = tanh(x), x a unit's input sum (one tanh unit; the
    # page names no loss, 1/2 (y - a)^2 here)
    "b77_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # Nemotron's "The Derivative of Logistic Cost": h_theta(x_i) = sigma(theta^T x_i), x_i = (x_i1, ..., x_im) with no
    # intercept written: a sigmoid unit without a bias on two features, the log loss
    "b77_logcost": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                           loss="binary_cross_entropy"),
    # Nemotron's "Neural Networks from Scratch", its single-layer example: x = (0.5, 0.3), W = [[0.4, -0.2], [0.7,
    # 0.1]], b = (0.1, -0.1), a = sigma(z); the page gives no target or loss (0, 0 and 1/2 (y - a)^2 here)
    "b77_nnfs": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                             'weights = [[0.4, -0.2], [0.7, 0.1]]\nbiases = [0.1, -0.1]',
                             loss="half_squared_error", extra=_data("[0.5, 0.3]", "[0.0, 0.0]")),
    # geeksmental's "Perceptron Learning Rule": the rule W_i = W_i + eta (d_i - y_i) x_i for y = sum w_i x_i, the
    # bias input x_0 = 0; the page's threshold on y has no derivative, so the unit is the delta rule's linear one
    # (Widrow-Hoff), 1/2 (d - y)^2, two inputs
    "b77_delta_rule": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"',
                              loss="half_squared_error"),
    # Cross Validated 413046: "My implementation seems to work fine when I don't use any hidden layers": a softmax
    # layer on its inputs with the cross-entropy (three inputs and classes here) ...
    "b77_se_single": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # ... and with "1 hidden layer (RELU)" before the softmax output (three hidden units here)
    "b77_se_hidden": _layers('inputs = 3\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                             loss="cross_entropy"),
    # fishitmo's interview notes: MSE = 1/n sum (y_i - yhat_i)^2, yhat_i = m x_i + b, n samples (one here), lr = 0.1
    "b77_fish": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="mean_squared_error"),
    # imathworks' copy of the question "Deriving the partial of cost function in logistic regression": h_theta =
    # 1/(1 + e^{-theta^T x}), no intercept written (two features here), the log loss over m observations (one) ...
    "b77_imath_q": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                           loss="binary_cross_entropy"),
    # ... and its answer's case "m = 1 and x, y are scalars": h_theta(x) = (1 + e^{-theta x})^{-1}
    "b77_imath_a": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                           loss="binary_cross_entropy"),
    # laugh12321's gradient-descent notes, shuhanyu's CS229 notes and Data Science SE 111009: linear regression on one
    # feature, h_theta(x) = theta_0 + theta_1 x (y = b + mx), J = 1/(2m) sum (h - y)^2 over m examples (one here)
    "b77_linreg": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
}

NOTATIONS = {
    # Ng's names as aman.ai and Cross Validated 278771 write them: theta_0 the intercept, theta_1, theta_2 the weights,
    # x_j^{(i)} feature j of example i (x_0 = 1), y^{(i)} its label, h_theta the model (the layer's map), J the cost,
    # m the number of examples (one), alpha the learning rate. theta alone and theta x^{(i)} (theta the vector of the
    # intercept and the weights, a product with x^{(i)} meaning theta_0 + theta_1 x_1 + ...) have no meaning under
    # the spec: the page's lines written with them are left out (see the batch's docstring)
    "b77_ng": r'''
[notation]
indices = "j"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{j}" = "W1[0, j-1]"
"x_{0}^{(i)}" = "1"
"x_{j}^{(i)}" = "x[j-1]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the tanh page: x the unit's input sum, y = tanh(x) its output; u = e^x - e^{-x} and v = e^x + e^{-x}, the
    # quotient rule's numerator and denominator, as the page defines them
    "b77_tanh": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
"u" = "exp(z1[0]) - exp(-z1[0])"
"v" = "exp(z1[0]) + exp(-z1[0])"
''',
    # the logistic-cost page: theta the weights (bold or not), x_i observation i's features (one observation), y_i
    # its label, z the unit's sum, h_theta the model; J the cost
    "b77_logcost": r'''
[notation]
indices = "n"
loss = ["J"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\mathbf{\\theta}" = "W1[0, :]"
"\\theta" = "W1[0, :]"
"\\mathbf{x}_{i}" = "x[:]"
"y_{i}" = "y[0]"
"z" = "z1[0]"
''',
    # the single-layer example: bold x, W, b, z, a the layer's vectors and matrix (W units x inputs, W x + b)
    "b77_nnfs": r'''
[notation]
[notation.symbols]
"\\mathbf{x}" = "x[:]"
"\\mathbf{W}" = "W1[:, :]"
"\\mathbf{b}" = "b1[:]"
"\\mathbf{z}" = "z1[:]"
"\\mathbf{a}" = "a1[:]"
''',
    # the question's names: W_i the weights, x_i the inputs, d_i the target and y_i the output ("d_i is the target
    # value, y_i is the output value": one sample, whatever i), Delta W_i the weight's change (a step against the
    # gradient), eta the learning rate
    "b77_geeks": r'''
[notation]
indices = "i"
[notation.symbols]
"W_{i}" = "W1[0, i-1]"
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"d_{i}" = "y[0]"
"y_{i}" = "a1[0]"
"\\Delta W_{i}" = "-eta*grad(W1[0, i-1])"
''',
    # Cross Validated 413046 without a hidden layer: i the input layer, j the output layer (letters with fixed roles),
    # y_i the inputs, y_j the softmax activations, t_j the one-hot target, delta_j = t_j - y_j the error term (minus
    # dL/dz_j), w_{(i,j)} the weight from i to j, Delta w_{(i,j)} its change, alpha the learning rate; units counted
    # from 0 (the question does not say)
    "b77_se_single": r'''
[notation]
indices = "n"
learning_rate = ["\\alpha"]
[notation.symbols]
"y_{i}" = "x[i]"
"y_{j}" = "a1[j]"
"t_{j}" = "t[j]"
"\\delta_{j}" = "-delta1[j]"
"w_{(i,j)}" = "W1[j, i]"
"\\Delta w_{(i,j)}" = "-eta*grad(W1[j, i])"
''',
    # with the hidden layer: i the inputs, j the hidden ReLU units, k the softmax outputs ("k is the forward layer"),
    # y the activation of each, delta minus dL/dz of each, f the ReLU
    "b77_se_hidden": r'''
[notation]
indices = "n"
learning_rate = ["\\alpha"]
functions = { f = "relu" }
[notation.symbols]
"y_{i}" = "x[i]"
"y_{j}" = "a1[j]"
"y_{k}" = "a2[k]"
"t_{k}" = "t[k]"
"\\delta_{j}" = "-delta1[j]"
"\\delta_{k}" = "-delta2[k]"
"w_{(i,j)}" = "W1[j, i]"
"w_{(j,k)}" = "W2[k, j]"
"\\Delta w_{(i,j)}" = "-eta*grad(W1[j, i])"
''',
    # fishitmo's notes: m the slope and b the intercept, x_i, y_i, yhat_i sample i's input, target and prediction (n =
    # 1 sample), MSE and the code's cost the loss; the code's x, y, y_pred, error = y - y_pred, dm and db the
    # gradients, lr the learning rate
    "b77_fish": r'''
[notation]
indices = "i"
loss = ["MSE", "cost"]
learning_rate = ["lr"]
[notation.symbols]
"m" = "W1[0, 0]"
"b" = "b1[0]"
"n" = "1"
"x_{i}" = "x[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"x" = "x[0]"
"y" = "y[0]"
"y_pred" = "a1[0]"
"error" = "y[0] - a1[0]"
"dm" = "grad(W1[0, 0])"
"db" = "grad(b1[0])"
''',
    # the question's names: theta_j the weights (theta the vector), x^{(i)} observation i (x alone too), x_j^{(i)} its
    # feature j, y^{(i)} its label, m the number of observations (one), h_theta the model, J the cost, alpha the rate
    "b77_imath_q": r'''
[notation]
indices = "j"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{j}" = "W1[0, j-1]"
"\\theta" = "W1[0, :]"
"x_{j}^{(i)}" = "x[j-1]"
"x^{(i)}" = "x[:]"
"x" = "x[:]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the answer's scalars: theta the weight, x the input, y the label, h_theta the model, J the cost
    "b77_imath_a": r'''
[notation]
loss = ["J"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta" = "W1[0, 0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # laugh12321's first line, y = b + mx: y the line's value (the model's output), b the intercept, m the slope
    "b77_laugh_line": r'''
[notation]
[notation.symbols]
"y" = "a1[0]"
"b" = "b1[0]"
"m" = "W1[0, 0]"
"x" = "x[0]"
''',
    # laugh12321's cost and rules: theta_0 the intercept, theta_1 the slope (theta_i in a rule), x the feature,
    # x_0^{(j)} = 1 and x_1^{(j)} = x_n^{(j)} example j's features (n = 1), y^{(i)} and y_j the labels, m the number of
    # examples (one), h_theta the model, J the cost, alpha the rate. The page's h(theta)^{(i)} (the prediction for
    # example i written as a function of theta) and X_j^{(i)} have no pattern under the spec: h(theta) is a function of
    # the parameters, which no meaning names; they are left unnamed
    "b77_laugh": r'''
[notation]
indices = "k"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"x" = "x[0]"
"x_{0}^{(j)}" = "1"
"x_{1}^{(j)}" = "x[0]"
"x_{n}^{(j)}" = "x[0]"
"y^{(i)}" = "y[0]"
"y_{j}" = "y[0]"
"m" = "1"
''',
    # shuhanyu's CS229 notes: theta_0, theta_1, x^{(i)}, y^{(i)}, m (one example), h_theta the model, J the cost
    "b77_shuhan": r'''
[notation]
indices = "k"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"x^{(i)}" = "x[0]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # Data Science SE 111009: h_theta(x) = theta_0 + theta_1 x, theta_j and x_j (x_0 = 1, x_1 = x), y (y_i in the sum)
    # the label, n = 1 feature, J the cost
    "b77_ds111009": r'''
[notation]
indices = "k"
loss = ["J"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"x_{0}" = "1"
"x_{1}" = "x[0]"
"x" = "x[0]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"n" = "1"
''',
}
