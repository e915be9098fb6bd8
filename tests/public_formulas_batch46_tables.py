"""The networks and notations of batch 46 of the held-out public formulas (tests/public_formulas_batch46.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b46_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the stored perceptron note: the "gradient descent rule for sigmoid perceptron", w_0 the bias (x_0 = 1), two
    # inputs here, the squared error the rule descends (1/2 (y - g)^2)
    "b46_perc_sigmoid": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # its worked example: w = [0, 0, 0] (w_0 the bias), x = [1, 2], y = 1, prediction 0, alpha = 1; judged on a
    # linear unit, whose output 0 is the example's prediction (the rule is the delta rule's, as batch 14's was)
    "b46_perc_example": problem_text('inputs = 2\nunits = 1\nactivation = "identity"\nweights = [[0.0, 0.0]]\n'
                                     'biases = [0.0]', loss="half_squared_error",
                                     extra=_data("[1.0, 2.0]", "[1.0]", learning_rate=1.0)),
    # its "Test": w = (1.0, 0.5, 0.1), no bias ("i can't see a bias weight"), alpha = 0.5, the first row x = (2, 4,
    # 3) of class 1; the second row (5, 9, 7) of class 0; the fourth (5, 4, 3) of class 1 after two updates, w =
    # (-1.5, -4, -3.4); the sums w x of a linear unit
    "b46_perc_row1": problem_text('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                                  'weights = [[1.0, 0.5, 0.1]]', loss="half_squared_error",
                                  extra=_data("[2.0, 4.0, 3.0]", "[1.0]", learning_rate=0.5)),
    "b46_perc_row2": problem_text('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                                  'weights = [[1.0, 0.5, 0.1]]', loss="half_squared_error",
                                  extra=_data("[5.0, 9.0, 7.0]", "[0.0]", learning_rate=0.5)),
    "b46_perc_row4": problem_text('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                                  'weights = [[-1.5, -4.0, -3.4]]', loss="half_squared_error",
                                  extra=_data("[5.0, 4.0, 3.0]", "[1.0]", learning_rate=0.5)),
    # AidySun's README: one unit a = g(z) of each activation the page lists (sigmoid with the cross-entropy cost
    # J of its "Cost" section, m = 1; tanh and ReLU with 1/2 (y - a)^2), two inputs
    "b46_aidy_sigmoid": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    "b46_aidy_tanh": _layers('inputs = 2\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    "b46_aidy_relu": _layers('inputs = 2\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    # its "Backward Propagation" in Ng's layers: two inputs, three ReLU units, one sigmoid output, the
    # cross-entropy, m = 1
    "b46_aidy_deep": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                             loss="binary_cross_entropy"),
    # jiaeyan's notes: h_theta(x) = sigma(theta_0 + theta_1 x_1 + theta_2 x_2 + theta_3 x_3), theta_0 the bias,
    # the cross-entropy of one example
    "b46_jiaeyan": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored NumPy script: W = [[3, 4], [2, 3]], b = [-2, -4], W2 = [5, -5], b2 = [-2], x = [1, 0], t = [1],
    # s = W x + b, h = sigmoid(s), z = W2 h + b2, y = sigmoid(z), error = 1/2 (t - y)^2, mu = 1
    "b46_np": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[3.0, 4.0], [2.0, 3.0]]\n'
                           'biases = [-2.0, -4.0]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[5.0, -5.0]]\nbiases = [-2.0]',
                           loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", learning_rate=1.0)),
    # the stored note on the error's derivative: y_hat = w_1 x + w_2 (a line), Error = 1/2 (y - y_hat)^2
    "b46_line": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
    # the stored "No Code Machine Learning" note: one neuron per layer (w^{(L)} a number), the sigmoid, the sum of
    # squares C over the n_L outputs (one here); one input, one hidden neuron, the output L = 2
    "b46_nocode": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="squared_error"),
    # D0Don's readme: y-hat = w x + b, L = (y - y-hat)^2; the page gives no numbers: w = 0.5, b = 0.1, x = 2, y = 1
    # here (x not 1, so that a derivative by w and one by b differ)
    "b46_d0don": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[0.5]]\nbiases = [0.1]',
                              loss="squared_error", extra=_data("[2.0]", "[1.0]")),
    # zikribayraktar's Udacity script: x = [0.5, 0.1, -0.2], y = 0.6, learnrate 0.5, weights_input_hidden (3 x 2,
    # input-first) and weights_hidden_output [0.1, -0.3], no biases, sigmoid units, 1/2 (y - yh)^2
    "b46_udacity": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                                'weights = [[0.5, 0.1, 0.1], [-0.6, -0.2, 0.7]]',
                                'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3]]',
                                loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.6]", learning_rate=0.5)),
    # the stored MLP notes' numerical example: x = [1, 2], y = [1], W1 = [[0.1, 0.2], [0.3, 0.4]], b1 = [0, 0], W2 =
    # [[0.5, 0.6]], b2 = [0], ReLU hidden units, y-hat = z2, L = 1/2 ||y-hat - y||^2
    "b46_mlp": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.1, 0.2], [0.3, 0.4]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "identity"\nweights = [[0.5, 0.6]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]")),
    # the stored "Solution to Question 7": h = sigma(W1 x + b1), y-hat = sigma(W2 h + b2), L = 1/2 ||y - y-hat||^2;
    # two inputs and two hidden units (as its numerical example), one output
    "b46_q7": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
}

NOTATIONS = {
    # the note's letters: w_0 the bias (x_0 = 1), w_i and x_i the weights and inputs (from 1), bold x the input
    # vector, y the label, g_w(x) the perceptron's prediction (the model), alpha the learning rate
    "b46_perc": r'''
[notation]
indices = "i"
learning_rate = ["\\alpha"]
functions = { "g_{\\mathbf{w}}" = "layer" }
[notation.symbols]
"w_{0}" = "b1[0]"
"w_{i}" = "W1[0, i-1]"
"x_{0}" = "1"
"x_{i}" = "x[i-1]"
"\\mathbf{x}" = "x[:]"
"y" = "y[0]"
''',
    # the worked example's plain-text lines, written after "add bias to front of input": w_0, w_1, w_2 the
    # updated weights (w_0 the bias); the x between numbers is the times sign, no symbol
    "b46_perc_new": r'''
[notation.symbols]
"w_{0}" = "new(b1[0])"
"w_{1}" = "new(W1[0, 0])"
"w_{2}" = "new(W1[0, 1])"
''',
    # the "Test"'s plain text: w the weight vector, x the row's inputs
    "b46_perc_test": r'''
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
''',
    # the README's one unit: a = g(z), z its sum, y the label; da and dz the cost's derivatives by a and z (Ng's);
    # J the cost over m examples (one)
    "b46_aidy_sigmoid": r'''
[notation]
loss = ["J"]
functions = { g = "sigmoid" }
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
"y" = "y[0]"
"da" = "grad(a1[0])"
"dz" = "grad(z1[0])"
"m" = "1"
''',
    "b46_aidy_tanh": r'''
[notation]
functions = { g = "tanh" }
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
''',
    "b46_aidy_relu": r'''
[notation]
functions = { g = "relu" }
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
''',
    # the README's layers in brackets: W[l], A[l] (A[0] the input), Z[l]; g[l] layer l's activation; dA[l], dZ[l],
    # dW[l], db[l] the cost's gradients; m the examples (one)
    "b46_aidy_deep": r'''
[notation]
indices = "l"
functions = { "g[1]" = "relu", "g[2]" = "sigmoid" }
[notation.symbols]
"W[l]" = "W{l}[:, :]"
"A[l]" = "a{l}[:]"
"A[0]" = "x[:]"
"Z[l]" = "z{l}[:]"
"dA[l]" = "grad(a{l}[:])"
"dZ[l]" = "grad(z{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"m" = "1"
''',
    # jiaeyan's letters: theta_0 the bias, theta_j the weight of feature x_j (from 1), x^{(i)} and y^{(i)} example
    # i (one example), h_theta the model, alpha the learning rate
    "b46_jiaeyan": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{j}" = "W1[0, j-1]"
"x^{(i)}" = "x[:]"
"x_{0}^{(i)}" = "1"
"x_{j}^{(i)}" = "x[j-1]"
"y^{(i)}" = "y[0]"
''',
    # the script's names: W, b, W2, b2 the parameters, x the input, t the target, s and z the sums, h and y the
    # outputs, mu the learning rate, error the loss; delta and delta1 the script's error terms, -dE/dz (it adds
    # its steps: delta_W2 = mu delta h is minus mu dE/dW2); d_error_d_y dE/dy by its name, d_y_d_z dy/dz; gradient_y
    # and gradient_z the error's gradients by y and z by their names
    "b46_np": r'''
[notation]
learning_rate = ["mu"]
loss = ["error"]
[notation.symbols]
"W" = "W1[:, :]"
"b" = "b1[:]"
"W2" = "W2[0, :]"
"b2" = "b2[0]"
"x" = "x[:]"
"t" = "y[0]"
"s" = "z1[:]"
"h" = "a1[:]"
"z" = "z2[0]"
"y" = "a2[0]"
"delta" = "-delta2[0]"
"\\delta_{1}" = "-delta1[:]"
"delta_W2" = "-eta*delta2[0]*a1[:]"
"delta_b" = "-eta*delta1[:]"
"d_error_d_y" = "grad(a2[0])"
"d_y_d_z" = "a2[0]*(1 - a2[0])"
"gradient_y" = "grad(a2[0])"
"gradient_z" = "grad(z2[0])"
''',
    # the note's names: Error the loss, y the label, y_hat the prediction, w_1 the slope and w_2 the intercept
    "b46_line": r'''
[notation]
loss = ["Error"]
[notation.symbols]
"y" = "y[0]"
"y_hat" = "a1[0]"
"w_1" = "W1[0, 0]"
"w_2" = "b1[0]"
"x" = "x[0]"
''',
    # the note's letters: C (= MSE) the cost, a^{(L)} the output, a^{(L-1)} the neuron before it, z^{(L)} its sum,
    # w^{(L)} its weight, y_j the targets, n_L the outputs (one)
    "b46_nocode": r'''
[notation]
indices = "j"
loss = ["C", "MSE"]
[notation.symbols]
"a^{(L)}" = "a2[0]"
"a_{j}^{(L)}" = "a2[j]"
"a^{(L-1)}" = "a1[0]"
"z^{(L)}" = "z2[0]"
"w^{(L)}" = "W2[0, 0]"
"y" = "y[0]"
"y_{j}" = "y[j]"
"n_{L}" = "1"
''',
    # D0Don's letters: y-hat the prediction, w and b the weight and bias, w-hat and b-hat their new values (the
    # "Weight and bias update"), x, y the sample, L the loss, eta the learning rate
    "b46_d0don": r'''
[notation]
loss = ["L"]
[notation.symbols]
"\\hat{y}" = "a1[0]"
"\\hat{w}" = "new(W1[0, 0])"
"\\hat{b}" = "new(b1[0])"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # the script's names: x, y the sample, weights_input_hidden (input-first) and weights_hidden_output the
    # weights, h2in and h2out the sums, a and yh the outputs, error y - yh (its comment's "error"), del_err_output
    # and del_err_hidden the error terms -dE/dz, delta_w_h_o the step minus learnrate dE/dW2, learnrate eta
    "b46_udacity": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"weights_input_hidden" = "W1[:, :]"
"weights_hidden_output" = "W2[0, :]"
"h2in" = "z1[:]"
"a" = "a1[:]"
"h2out" = "z2[0]"
"yh" = "a2[0]"
"error" = "y[0] - a2[0]"
"del_err_output" = "-delta2[0]"
"del_err_hidden" = "-delta1[:]"
"delta_w_h_o" = "-eta*delta2[0]*a1[:]"
''',
    # the notes' letters: x, y the sample, W_1, b_1, W_2, b_2 the parameters, z_1 and z_2 the sums, h the hidden
    # outputs, y-hat = z_2 the output, delta_1 and delta_2 dL/dz_1 and dL/dz_2, sigma the hidden activation (ReLU
    # in the example), alpha the learning rate
    "b46_mlp": r'''
[notation]
learning_rate = ["\\alpha"]
functions = { "\\sigma" = "relu" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"W_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
"W_{2}" = "W2[:, :]"
"b_{2}" = "b2[:]"
"z_{1}" = "z1[:]"
"z_{2}" = "z2[0]"
"h" = "a1[:]"
"\\hat{y}" = "a2[0]"
"\\delta_{1}" = "delta1[:]"
"\\delta_{2}" = "delta2[0]"
''',
    # the solution's letters: x, y the sample, y-hat the output, h and h_i the hidden outputs (i from 1), z_1 and
    # z_2 the sums, W_1, W_2 the weights, L the loss
    "b46_q7": r'''
[notation]
indices = "i"
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"h" = "a1[:]"
"h_{i}" = "a1[i-1]"
"z_{1}" = "z1[:]"
"z_{2}" = "z2[0]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
''',
}
