"""The networks and notations of batch 35 of the held-out public formulas (tests/public_formulas_batch35.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b35_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Nemotron's copies of "How to Understand Backpropagation Using Derivative(s)": one sigmoid neuron, w the
    # weights vector, b the bias, C = 1/(2N) sum (yhat - y)^2 for one instance (N = 1): 1/2 (yhat - y)^2
    "b35_neuron_half": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Nemotron's copy of "What's the Proper Way to Do Back Propagation in Deep Fully Connected Neural Network for
    # Binary Classification": four layers, ReLU in the three hidden ones, one sigmoid output, the log loss
    # (DA4 = -(Y/A4 ...)); the hidden layers' sizes are the page's to choose: 3, 3 and 2 here
    "b35_deep_binary": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                               'units = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                               loss="binary_cross_entropy"),
    # deeplearning.ai's forum, "How does W^[2]T appear": the course's two layers, two inputs, two hidden units, one
    # output unit; g^[1] tanh (the course's planar-data network), a sigmoid output with the log loss
    "b35_ng_two_layer": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                                loss="binary_cross_entropy"),
    # deeplearning.ai's forum, "Week 2 Exercise 4 (optional assignment): sigmoid derivative": the course's logistic
    # unit, s = sigmoid(x) with x the unit's input
    "b35_logistic_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # ml-bites' "Teaching the neuron": a neuron of two inputs learning AND; the nudge is the delta rule, the
    # gradient step of a linear unit with 1/2 (correct - guess)^2 (the page's step function has no derivative)
    "b35_linear_neuron": _layers('inputs = 2\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
    # hitswa's exercise 1.2: z = w * x + b, y_pred = sigmoid(z), loss = (y_pred - y_true) ** 2
    "b35_hitswa": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # maykulkarni's notebook: logistic regression on one feature, f = theta_0 + theta_1 x, J the log loss
    "b35_logistic_one": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # IvanHalim's notebook: z = theta_0 + theta_1 x_1 + theta_2 x_2 + ..., two features here, J the log loss
    "b35_logistic_two": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # CanKorkut's XOR README: inputs X and Y, a hidden layer, one output, sigmoid units (sigmoid_derivative); the
    # README names no loss: the squared error of XOR scripts, 1/2 (label - output)^2
    "b35_xor": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # velog's "Backpropagation": input x (2, 1), z[2] = W[2]x, a[2] = tanh(z[2]), z[3], yhat = a[3] = sigma(z[3]),
    # the cross-entropy l(x_i, y_i; W[2], b[2], W[3], b[3]): biases in both layers
    "b35_velog": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                         loss="binary_cross_entropy"),
    # daodavid's softmax regression on Iris: z_ij = sum_p x_ip w_jp + b_j, softmax over k classes (3 features and
    # 3 classes here), the cross-entropy
    "b35_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # brisacoder's notebook: x = (2, 3), w = (0.5, -0.4), b = 0, y = 1, a sigmoid unit and the log loss, lr = 0.1
    "b35_brisacoder": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.4]]\nbiases = [0.0]',
                              loss="binary_cross_entropy", extra=_data("[2.0, 3.0]", "[1.0]", 0.1)),
    # heaven-labs' notes: logistic regression, z = w^T x + b, yhat = sigma(z), the log loss (two features here)
    "b35_heaven": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # yhat the neuron's output, w the weights vector (a column, as symbols.md's vectors are: w^T x), x the input
    # vector, b the bias; C the cost, nu the learning rate; w^{old} the weights before the step (w^{new}, the weights
    # after it, is the spec's own mark of an update). The collector first wrote "W1[0, :].T" for w and w^{old}, a
    # transpose no meaning of the spec's has and a row where the page's w is a column (see the batch's docstring)
    "b35_understand": r'''
[notation]
loss = ["C"]
learning_rate = ["\\nu"]
[notation.symbols]
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"w" = "W1[0, :]"
"w^{old}" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
''',
    # the question's names, DeepLearning.ai's: Z1 ... Z4 the sums, A1 ... A4 the activations, W1 ... W4 and B1 ...
    # B4 the parameters, X the input, Y the label; DA4, DZ4, Dw4, DA3 the loss's derivatives by A4, Z4, W4, A3; one
    # sample (total_number_of_samples = 1); relu_activation and sigmoid_activation the activations. The page's
    # sigmoid_derivative (the sigmoid's derivative, its code says) is a function's derivative no key of the spec names
    "b35_proper": r'''
[notation]
functions = { relu_activation = "relu", sigmoid_activation = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"Z1" = "z1[:]"
"Z2" = "z2[:]"
"Z3" = "z3[:]"
"Z4" = "z4[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"A3" = "a3[:]"
"A4" = "a4[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W4" = "W4[:, :]"
"B1" = "b1[:]"
"B2" = "b2[:]"
"B4" = "b4[:]"
"DA4" = "grad(a4[:])"
"DZ4" = "grad(z4[:])"
"Dw4" = "grad(W4[:, :])"
"DA3" = "grad(a3[:])"
"\\text{total\\_number\\_of\\_samples}" = "1"
''',
    # the course's names: dZ^[l] = dL/dZ^[l], W^[l] the layer's matrix, Z^[l] its sums, g^[1] the hidden activation
    "b35_ng": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "tanh" }
[notation.symbols]
"dZ^{[l]}" = "grad(z{l}[:])"
"W^{[l]}" = "W{l}[:, :]"
"Z^{[l]}" = "z{l}[:]"
''',
    # the exercise's s = sigmoid(x): s the unit's output, x its input
    "b35_sigmoid_s": r'''
[notation]
[notation.symbols]
"s" = "a1[0]"
"x" = "z1[0]"
''',
    # the lesson's words: weight the weights, input the inputs, correct the label, guess the neuron's output
    "b35_mlbites": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"weight" = "W1[0, :]"
"input" = "x[:]"
"correct" = "y[0]"
"guess" = "a1[0]"
''',
    # the exercise's Python names (dL_dy = dL/dy_pred, dy_dz = dy_pred/dz, dz_dw = dz/dw, dz_db = dz/db as their
    # comments say); its markdown's 𝑦pred and 𝑦true; n the number of samples (one)
    "b35_hitswa": r'''
[notation]
loss = ["loss", "Loss"]
learning_rate = ["learning_rate"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"z" = "z1[0]"
"y_{pred}" = "a1[0]"
"y_{true}" = "y[0]"
"ypred" = "a1[0]"
"ytrue" = "y[0]"
"n" = "1"
"dL_{dy}" = "grad(a1[0])"
"dy_{dz}" = "a1[0]*(1 - a1[0])"
"dz_{dw}" = "x[0]"
"dz_{db}" = "1"
"dL_{dw}" = "grad(W1[0, 0])"
"dL_{db}" = "grad(b1[0])"
''',
    # theta_0 the intercept, theta_1 the weight of the feature x; f their sum (the unit's input); J the cost
    "b35_maykul": r'''
[notation]
loss = ["J"]
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"x" = "x[0]"
"f" = "z1[0]"
''',
    # theta_0 the intercept, theta_1 and theta_2 the features' weights, z the unit's input; J the cost
    "b35_ivan": r'''
[notation]
loss = ["J"]
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"\\theta_{2}" = "W1[0, 1]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"z" = "z1[0]"
''',
    # the README's output weights: W_old before the step, W_new after it, ß the step (n the learning rate times the
    # descent direction); input the hidden outputs feeding them, error = label - output
    "b35_xor": r'''
[notation]
learning_rate = ["n"]
[notation.symbols]
"W_{old}" = "W2[0, :]"
"W_{new}" = "new(W2[0, :])"
"ß" = "-eta*grad(W2[0, :])"
"input" = "a1[:]"
"error" = "y[0] - a2[0]"
''',
    # the post's layers counted from the input (layer 1): z[2], a[2] the hidden layer, z[3], a[3] the output, W[2],
    # W[3] their matrices, x the input; yhat the prediction (the page's y^, MathML's \hat{y} flattened)
    "b35_velog": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"z[2]" = "z1[:]"
"a[2]" = "a1[:]"
"W[2]" = "W1[:, :]"
"z[3]" = "z2[:]"
"a[3]" = "a2[:]"
"W[3]" = "W2[:, :]"
"\\hat{y}" = "a2[0]"
''',
    # i the sample (row) index, j the class, p the feature: x_ip the sample's features, w_jp the weight of feature p
    # for class j, b_j the class's bias, z_ij the class's score
    "b35_daodavid": r'''
[notation]
indices = "ijp"
[notation.symbols]
"z_{ij}" = "z1[j]"
"x_{ip}" = "x[p]"
"w_{jp}" = "W1[j, p]"
"b_{j}" = "b1[j]"
''',
    # the notebook's Python names: y_hat the prediction, dL_dyhat, dyhat_dz, dz_dw, dL_dz the chain's factors as its
    # comments say, grad_w and grad_b the gradients, w_new the weights after the step, lr the learning rate
    "b35_brisacoder": r'''
[notation]
loss = ["loss"]
learning_rate = ["lr"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"y" = "y[0]"
"z" = "z1[0]"
"y_{hat}" = "a1[0]"
"dL_{dyhat}" = "grad(a1[0])"
"dyhat_{dz}" = "a1[0]*(1 - a1[0])"
"dz_{dw}" = "x[:]"
"dL_{dz}" = "grad(z1[0])"
"grad_{w}" = "grad(W1[0, :])"
"grad_{b}" = "grad(b1[0])"
"w_{new}" = "new(W1[0, :])"
''',
    # the notes' summary code: y_pred the prediction, error = dL/dz (its "error = y^ - y"), db = dJ/db, m the number
    # of samples (one)
    "b35_heaven": r'''
[notation]
[notation.symbols]
"y_{pred}" = "a1[0]"
"y" = "y[0]"
"error" = "grad(z1[0])"
"db" = "grad(b1[0])"
"m" = "1"
''',
}
