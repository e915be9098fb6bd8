"""The networks and notations of batch 69 of the held-out public formulas (tests/public_formulas_batch69.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b69_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # apexdatalabs' 2-2-1 walkthrough: z^(1) = W^(1) x + b^(1), a^(1) = sigma(z^(1)), z^(2) = W^(2) a^(1) + b^(2),
    # y = sigma(z^(2)), L = 1/2 (y - t)^2 ("mean squared error" of one output)
    "b69_apex": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # xbdev's "Example 1 (2-2-2 Network)": Mazur's numbers, W_1 and W_2 with a row per unit, a bias per unit
    # (b_1 = (0.35, 0.35), b_2 = (0.60, 0.60)), X = (0.05, 0.10); the targets 0.01 and 0.99 and 1/2 (t - o)^2 (the
    # excerpt stops before the page names them: Mazur's)
    "b69_xbdev": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                              'biases = [0.35, 0.35]',
                              'units = 2\nactivation = "sigmoid"\nweights = [[0.40, 0.45], [0.50, 0.55]]\n'
                              'biases = [0.60, 0.60]',
                              loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5)),
    # Nemotron's "Make Your Own Neural Network" (Errata #3): the weight update worked example's made-up hidden outputs
    # o_1 = 0.4 and o_2 = 0.5 as the inputs of the output node, w_11 = 2.0 and w_21 = 3.0 into it, no bias, a sigmoid
    # output; the error e_1 = t_1 - o_1 = 1.5 "as we saw before", so the target is sigmoid(2.3) + 1.5; the book's
    # squared error with its 2 dropped (1/2 (t - o)^2 here), learning rate 0.1
    "b69_errata": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[2.0, 3.0]]',
                               loss="half_squared_error", extra=_data("[0.4, 0.5]", "[2.408877039]", 0.1)),
    # apxml's gradient calculation practice: x = 0.5 -> h (sigmoid, w_1 = 0.2, b_1 = 0.1) -> o (sigmoid, w_2 = 0.9,
    # b_2 = -0.3), target y = 0.8, L = 1/2 (y - o)^2
    "b69_apxml": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.2]]\nbiases = [0.1]',
                              'units = 1\nactivation = "sigmoid"\nweights = [[0.9]]\nbiases = [-0.3]',
                              loss="half_squared_error", extra=_data("[0.5]", "[0.8]")),
    # Nemotron's "Calculate gradients for a neural network with one hidden layer" (CS224n's assignment 1, 2(c)):
    # a sigmoid hidden layer, a softmax output, the cross-entropy of a one-hot y; two inputs, three hidden units,
    # three classes here
    "b69_chenxiao": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy"),
    # mihail-bonchev's single neuron: y_pred = x * w + b, mse = np.mean((y_true - y_pred) ** 2) of one output, x =
    # 0.5, y_true = 1.0, lr = 0.1; w and b are drawn at random, here the values the printed first epoch (loss=0.5167,
    # w=0.1964, b=0.3627 after the step) implies: w = 0.1245, b = 0.2189
    "b69_mihail": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[0.1245]]\nbiases = [0.2189]',
                               loss="mean_squared_error", extra=_data("[0.5]", "[1.0]")),
    # yossico's notes: a^(0) = x, a^(l) = sigma(W^(l) a^(l-1) + b^(l)), fully connected; two inputs, three and two
    # sigmoid units, 1/2 (y - a^(L))^2 here (the excerpt stops before the cost's formula)
    "b69_yossico": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # statisticsschool's numerical backpropagation: x = 2, w_1 = 0.5, b_1 = 0.3 (h_1 = sigma(z_1)), w_2 = 0.8, b_2 =
    # 0.1 (y = sigma(z_2)), t = 1, E = 1/2 (y - t)^2
    "b69_stat": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.3]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[0.8]]\nbiases = [0.1]',
                             loss="half_squared_error", extra=_data("[2.0]", "[1.0]")),
    # netrasagarmal's logistic regression: z = m x + b, y_hat = sigma(z), the log loss averaged over the n examples
    # (one here)
    "b69_netra": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # pawanmandhan's logistic regression: z = wx + b, y_hat = sigma(z), the log loss L_i, J(w,b) their mean over n
    # examples (one here)
    "b69_pawan": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # udacity/deep-learning #285: the gradient descent lesson's output = sigmoid(w . x + b) of two features, the
    # log-loss error (d_error = -(y - output) is its derivative by the sum)
    "b69_udacity": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # pytorch #1871: the 60 minute blitz's network, whose fully connected layers end in an MSELoss (its
    # convolutions left out): three inputs, two ReLU units, two outputs
    "b69_pytorch": _layers('inputs = 3\nunits = 2\nactivation = "relu"', 'units = 2', loss="mean_squared_error"),
    # parasdahal/tinyml #1: the multilayer perceptron's sigmoid layers, the output layer's cost C (the quadratic
    # cost, 1/2 ||y - a||^2, here); two inputs, three hidden units, two outputs
    "b69_tinyml": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="half_squared_error"),
}

NOTATIONS = {
    # the article's (l) layers: W^(l), b^(l), z^(l) and a^(l) as vectors and matrices, x the input, y = sigma(z^(2)) the
    # output, t the target, L (and J(Theta)) the loss; u the sigmoid's argument, the output's sum here
    "b69_apex": r'''
[notation]
loss = ["L", "J"]
[notation.symbols]
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(1)}" = "a1[:]"
"x" = "x[:]"
"y" = "a2[0]"
"t" = "y[0]"
"u" = "z2[0]"
''',
    # the example's W_1, W_2 (a row per unit), b_1, b_2, X the input vector, Z_1 the hidden sums
    "b69_xbdev": r'''
[notation]
[notation.symbols]
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"X" = "x[:]"
"Z_{1}" = "z1[:]"
''',
    # the book's j the hidden nodes (inputs of the output node here) and k the output nodes, from 1: o_j, o_k, w_{jk}
    # from hidden node j to output node k, t_k the target, e_1 = t_1 - o_1 the error
    "b69_errata": r'''
[notation]
indices = "jk"
[notation.symbols]
"o_{j}" = "x[j-1]"
"o_{k}" = "a1[k-1]"
"w_{jk}" = "W1[k-1, j-1]"
"t_{k}" = "y[k-1]"
"e_{1}" = "y[0] - a1[0]"
''',
    # the exercise's x, h (hidden), o (output), w_1, w_2, b_1, b_2, z_1, z_2, y the target; z the sigmoid's
    # argument (the hidden pre-activation here)
    "b69_apxml": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"h" = "a1[0]"
"o" = "a2[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"b_{1}" = "b1[0]"
"b_{2}" = "b2[0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z2[0]"
"z" = "z1[0]"
''',
    # row vectors as the programming assignment has them: x W_1 + b_1 with W_1 in R^{D_x x H} (input-first), a_1, z_2,
    # a_2 = softmax(z_2), y the one-hot label
    "b69_chenxiao": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"W_{1}" = "W1[:, :].T"
"b_{1}" = "b1[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"W_{2}" = "W2[:, :].T"
"b_{2}" = "b2[:]"
"z_{2}" = "z2[:]"
"a_{2}" = "a2[:]"
"y" = "t[:]"
''',
    # the notebook's code names: x, w, b, y_pred, y_true, lr; mse(...) and loss the loss; dloss_dypred, dloss_dw and
    # dloss_db the loss's derivatives, dypred_dw the local derivative of y_pred by w (x)
    "b69_mihail": r'''
[notation]
loss = ["loss", "mse"]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y_pred" = "a1[0]"
"y_true" = "y[0]"
"dloss_dypred" = "grad(a1[0])"
"dypred_dw" = "x[0]"
"dloss_dw" = "grad(W1[0, 0])"
"dloss_db" = "grad(b1[0])"
''',
    # the notes' layers (l): a^(0) = x, a^(l), z^(l) the input sums, W^(l) and b^(l)
    "b69_yossico": r'''
[notation]
indices = "l"
[notation.symbols]
"x" = "x[:]"
"a^{(0)}" = "x[:]"
"a^{(l)}" = "a{l}[:]"
"z^{(l)}" = "z{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
''',
    # the page's x, w_1, b_1, z_1, h_1 (hidden), w_2, b_2, z_2, y (output), t the target, E the loss, delta_2 =
    # dE/dz_2; z the sigmoid's argument (the output's sum here)
    "b69_stat": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"h_{1}" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"y" = "a2[0]"
"t" = "y[0]"
"\\delta_{2}" = "grad(z2[0])"
"z" = "z2[0]"
''',
    # the notebook's m the weight (slope), b the bias, x, z, y_hat; the examples i (one, n = 1); Loss the loss,
    # alpha the learning rate
    "b69_netra": r'''
[notation]
indices = "i"
loss = ["\\text{Loss}"]
learning_rate = ["\\alpha"]
[notation.symbols]
"m" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"z" = "z1[0]"
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"x_{i}" = "x[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"n" = "1"
''',
    # the notes' w, b, x, z, y_hat; the examples i (one, n = 1); L_i the loss of example i, J(w,b) and L the loss
    "b69_pawan": r'''
[notation]
indices = "i"
loss = ["L_{i}", "J", "L"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"z" = "z1[0]"
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"n" = "1"
''',
    # the lesson's code: weights, bias, x, y, output, learnrate, d_error = dE/d(w . x + b); its formulas' w_i, x_i
    # (from 0 as the code's arrays), b, y, y_hat, alpha
    "b69_udacity": r'''
[notation]
indices = "i"
learning_rate = ["learnrate", "\\alpha"]
[notation.symbols]
"weights" = "W1[0, :]"
"bias" = "b1[0]"
"x" = "x[:]"
"y" = "y[0]"
"output" = "a1[0]"
"d_error" = "grad(z1[0])"
"w_{i}" = "W1[0, i]"
"x_{i}" = "x[i]"
"b" = "b1[0]"
"\\hat{y}" = "a1[0]"
''',
    # the tutorial's weight (one of the network's, here the first layer's first) and its gradient
    "b69_pytorch": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"weight" = "W1[0, 0]"
"gradient" = "grad(W1[0, 0])"
''',
    # the C the cost, z the output layer's weighted inputs, a its activations
    "b69_tinyml": r'''
[notation]
loss = ["C"]
[notation.symbols]
"z" = "z2[:]"
"a" = "a2[:]"
''',
}
