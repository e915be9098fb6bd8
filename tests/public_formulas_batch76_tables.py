"""The networks and notations of batch 76 of the held-out public formulas (tests/public_formulas_batch76.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b76_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # jackey8616's post: logistic regression on two features, z = w_1 x_1 + w_2 x_2 + b, p = sigma(z), the
    # cross-entropy J averaged over the N examples (one here), alpha the learning rate
    "b76_jk": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # saliherdemk's logistic-regression README: h_theta(x) = sigma(theta_0 + theta_1 x_1 + ... + theta_n x_n), n = 3
    # features here, theta_0 the intercept (x_0 = 1), J(theta) the cross-entropy averaged over m examples (one)
    "b76_lr": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # saliherdemk's Adaline README: y = sum_j x_j w_j + theta, a linear unit (n = 3 inputs here), o the target, E =
    # (o - y)^2 the square of the error
    "b76_ada": _layers('inputs = 3\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # luisdecunto's solutions, exercise 1.1: a linear neuron, w = [0.5, -0.3, 0.2], b = 0.1, x = [1.0, 2.0, 3.0]
    # (no target given: 0 here)
    "b76_ex11": problem_text('inputs = 3\nunits = 1\nactivation = "identity"\nweights = [[0.5, -0.3, 0.2]]\n'
                             'biases = [0.1]', loss="half_squared_error", extra=_data("[1.0, 2.0, 3.0]", "[0.0]")),
    # exercise 1.2: the same neuron with the sigmoid
    "b76_ex12": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.3, 0.2]]\n'
                             'biases = [0.1]', loss="half_squared_error", extra=_data("[1.0, 2.0, 3.0]", "[0.0]")),
    # exercise 4.1: y = sigma(w x + b), L = 1/2 (y - t)^2, w = 0.5, b = 0.1, x = 2.0, t = 1.0
    "b76_ex41": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.1]',
                             loss="half_squared_error", extra=_data("[2.0]", "[1.0]")),
    # exercise 4.2: 1 -> 2 -> 1, all sigmoid, x = [1.0], t = 1.0, W_1 = [[0.5], [0.3]], b_1 = [0.1, 0.2],
    # W_2 = [[0.4, 0.6]], b_2 = [0.1], L = 1/2 (y - t)^2
    "b76_ex42": problem_text('inputs = 1\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5], [0.3]]\n'
                             'biases = [0.1, 0.2]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[0.4, 0.6]]\nbiases = [0.1]',
                             loss="half_squared_error", extra=_data("[1.0]", "[1.0]")),
    # the stored "Activation Functions and their Derivatives": one unit of each activation the page lists, its
    # argument x the unit's sum; the page names no loss (1/2 (y - a)^2 here)
    "b76_act_sigmoid": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    "b76_act_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    "b76_act_relu": _layers('inputs = 1\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    # Dean Kilfoyle's R Markdown notes: inputs I1, I2 -> H1, H2 -> two outputs, every unit the sigmoid, biases; the
    # error E = actual - expected of an output, the half squared error's derivative (E the loss in dE/dw)
    "b76_dk": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the stored Czech exam notes: r_j = sigma(w_j^T x), a layer without biases (2 inputs, 2 units here), E the loss
    # (1/2 (y - r)^2 here), alpha the learning rate; the activations' list judged on one unit each
    "b76_cz": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    "b76_cz_sigmoid": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    "b76_cz_relu": _layers('inputs = 1\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    "b76_cz_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # geoz-lab's logistic regression: X the sample's features with the column of ones added (three inputs, the
    # first always 1 in the data, any number at the oracle's points), w the weights (the bias among them, so no
    # bias of the layer), the cross-entropy averaged over the m = len(y) examples (one here), lr the rate
    "b76_geoz": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # caiocanic's MATLAB perceptron: X a sample's row with the column of ones appended (three inputs, the last
    # always 1 in the data), A the (outputs x inputs) weights, Y = 1./(1+exp(-X*A')), erro = Y - Yd, EQM = 1/N
    # sum(sum(erro.*erro)) the error, N examples (one here), alfa the step; the iris data's 4 features and 3
    # classes made 2 and 2
    "b76_cai": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
}

# one unit whose sum is x: the activation-list pages write sigma(x), sigma'(x) of the unit's argument x
_ACTIVATION = r'''
[notation]
functions = {{ "\\sigma" = "{name}" }}
[notation.symbols]
"x" = "z1[0]"
'''

NOTATIONS = {
    # the post's letters: w_1, w_2, b, x_1, x_2 (x_{i1}, x_{i2} of example i), z (z_i) the score, p (p_i, P) the
    # probability, y (y_i) the label, N the number of examples (one); J, L, Loss and f (f(x_i) = ln(1 + e^{-z_i}) +
    # (1 - y_i) z_i, the post's expanded loss of example i) the loss; w_{1new}, w_{1old} the weight after and before
    # the step, alpha the learning rate
    "b76_jk": r'''
[notation]
indices = "i"
loss = ["J", "L", "Loss", "f"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"b" = "b1[0]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"x_{i1}" = "x[0]"
"x_{i2}" = "x[1]"
"z" = "z1[0]"
"z_{i}" = "z1[0]"
"p" = "a1[0]"
"p_{i}" = "a1[0]"
"P" = "a1[0]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"N" = "1"
"w_{1new}" = "new(W1[0, 0])"
"w_{2new}" = "new(W1[0, 1])"
"b_{new}" = "new(b1[0])"
"w_{1old}" = "W1[0, 0]"
"w_{2old}" = "W1[0, 1]"
"b_{old}" = "b1[0]"
''',
    # Ng's letters as the README writes them: theta_0 the intercept, theta_j the weight of feature x_j (j = 1 .. n,
    # n = 3), x_0^{(i)} = 1, x^{(i)} and y^{(i)} example i (m = 1 example), z the score, h_theta the model, J the cost,
    # alpha the learning rate; the README's Q_j (for theta_j) is named by no pattern
    "b76_lr": r'''
[notation]
indices = "j"
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"x_{0}^{(i)}" = "1"
"x_{j}^{(i)}" = "x[j-1]"
"x^{(i)}" = "x[:]"
"x" = "x[:]"
"y^{(i)}" = "y[0]"
"y" = "y[0]"
"z" = "z1[0]"
"z^{(i)}" = "z1[0]"
"m" = "1"
"n" = "3"
''',
    # the README's letters: x_j the inputs and w_j their weights (x and w the vectors), theta the constant, y the
    # model's output and o the target (so y is no target here), n the number of inputs; E the loss
    "b76_ada": r'''
[notation]
indices = "j"
[notation.symbols]
"x_{j}" = "x[j-1]"
"w_{j}" = "W1[0, j-1]"
"x" = "x[:]"
"w" = "W1[0, :]"
"\\theta" = "b1[0]"
"y" = "a1[0]"
"o" = "y[0]"
"n" = "3"
''',
    # exercises 1.1 and 1.2: w_1 .. w_3 and x_1 .. x_3 (Unicode subscripts) the weights and inputs, w and x the
    # vectors, b the bias, z the sum
    "b76_luis1": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
''',
    # exercise 4.1: w, b, x, z = w x + b, y the neuron's output, t the target, L the loss
    "b76_luis41": r'''
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"z" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
''',
    # exercise 4.2: W_l, b_l, z_l, a_l, delta_l of layer l (Unicode subscripts), x the input vector, y the output,
    # t the target, delta_l = dL/dz_l
    "b76_luis42": r'''
[notation]
indices = "l"
[notation.symbols]
"W_{l}" = "W{l}[:, :]"
"b_{l}" = "b{l}[:]"
"z_{l}" = "z{l}[:]"
"a_{l}" = "a{l}[:]"
"\\delta_{l}" = "delta{l}[:]"
"x" = "x[:]"
"y" = "a2[0]"
"t" = "y[0]"
''',
    # the activation list, one section at a time: sigma is the section's function (the sigmoid, tanh, ReLU), of
    # the unit's sum x
    "b76_act_sigmoid": _ACTIVATION.format(name="sigmoid"),
    "b76_act_tanh": _ACTIVATION.format(name="tanh"),
    "b76_act_relu": _ACTIVATION.format(name="relu"),
    # the notes' letters: w_i and x_i the first hidden unit's weights and inputs (n = 2), b its bias, z(x) its sum;
    # w_{(ik)} the weight from unit i of a layer to unit k of the next (here the output layer's), o_i the hidden
    # outputs, delta_k = -E f'(z_k) with E = actual - expected, i.e. -dE/dz_k; E the loss of dE/dw
    "b76_dk": r'''
[notation]
indices = "ik"
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"n" = "2"
"w_{(ik)}" = "W2[k-1, i-1]"
"o_{i}" = "a1[i-1]"
"\\delta_{k}" = "-delta2[k-1]"
''',
    # the notes' sigmoid formulas: sigma the output of the unit whose sum is x, S the sigmoid function
    "b76_dk_sigmoid": r'''
[notation]
functions = { S = "sigmoid" }
[notation.symbols]
"\\sigma" = "a1[0]"
"x" = "z1[0]"
''',
    # the notes' letters: r_j the output of unit j, w_j its weights (bold), x the input (bold), W the layer's
    # weights and Delta W their change, E the loss, alpha the learning rate
    "b76_cz": r'''
[notation]
indices = "j"
[notation.symbols]
"r_{j}" = "a1[j-1]"
"w_{j}" = "W1[j-1, :]"
"x" = "x[:]"
"W" = "W1[:, :]"
"\\Delta W" = "-eta*grad(W1[:, :])"
''',
    # the notes' list of activations, sigma the item's function of the unit's sum x
    "b76_cz_sigmoid": _ACTIVATION.format(name="sigmoid"),
    "b76_cz_relu": _ACTIVATION.format(name="relu"),
    "b76_cz_tanh": _ACTIVATION.format(name="tanh"),
    # the code's names: X the sample's row of features (with its 1), w the weights, y the label, y_pred and y hat
    # the prediction, z the score, grad dL/dw, lr the rate, m the number of examples (one); L the loss
    "b76_geoz": r'''
[notation]
loss = ["\\mathcal{L}"]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:].T"
"w" = "W1[0, :]"
"y" = "y[0]"
"y_pred" = "a1[0]"
"\\hat{y}" = "a1[0]"
"z" = "z1[0]"
"grad" = "grad(W1[0, :])"
"m" = "1"
''',
    # the MATLAB names: X (Xtr) the sample's row, A the weights (outputs x inputs), Yin the row of sums, Y the row of
    # outputs, Yd (Ydtr) the targets, erro (erroTr) = Y - Yd, N (Ntr) the number of examples (one), dJdA the
    # gradient of the error EQMtr (the loss), alfa the step
    "b76_cai": r'''
[notation]
loss = ["EQMtr"]
learning_rate = ["alfa"]
[notation.symbols]
"X" = "x[:].T"
"Xtr" = "x[:].T"
"A" = "W1[:, :]"
"Yin" = "z1[:].T"
"Y" = "a1[:].T"
"Yd" = "y[:].T"
"Ydtr" = "y[:].T"
"erro" = "(a1[:] - y[:]).T"
"erroTr" = "(a1[:] - y[:]).T"
"N" = "1"
"Ntr" = "1"
"dJdA" = "grad(W1[:, :])"
''',
}
