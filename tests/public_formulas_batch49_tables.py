"""The networks and notations of batch 49 of the held-out public formulas (tests/public_formulas_batch49.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b49_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # math.techqa.club 2580076's line y = mx + b with f the squared error (one sample: the page's 1/n with n = 1),
    # and youngminpark2559's notes on Sung Kim's lecture 3, H(x) = Wx + b with cost(W, b) the squared error
    "b49_linear_sq": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # logistic regression on two features with the log loss: math.techqa.club 3075460 (z = wx + b, y_head its
    # sigmoid) and Nemotron's "Simplified Cost Function and Gradient Descent" (Ng's h(x), theta_0 the bias)
    "b49_logistic2": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # logistic regression on one feature with the log loss: longhl104's notes ("let's illustrate w as a single real
    # number"), the deeplearning.ai forum's dw1 = X dz and yichunzhao's hashnode post on alpha dJ/dw
    "b49_logistic1": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the deeplearning.ai forum's Week 4 network (Nemotron's "Clarification of the Derivative of the Log Loss
    # Function"): a ReLU hidden layer, a sigmoid output a^{[L]} and the log loss J
    "b49_dlai_deep": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                             loss="binary_cross_entropy"),
    # a sigmoid unit and a ReLU unit, x their input sum (meena-prep's derivatives, the deeplearning.ai forum's
    # sigma'(x)); the loss plays no part in their formulas
    "b49_sigmoid_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    "b49_relu_unit": _layers('inputs = 1\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    # Udacity's "Gradient Descent 1" notebook (notebook.community's copy): x = (0.1, 0.3), y = 0.2, weights
    # (-0.8, 0.5), no bias, a sigmoid output, learnrate 0.5, E = 1/2 (y - y-hat)^2 (the nanodegree's)
    "b49_udacity": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                                'weights = [[-0.8, 0.5]]', loss="half_squared_error",
                                extra=_data("[0.1, 0.3]", "[0.2]", 0.5)),
    # Ahmed Gad's slides: X1 = 0.1, X2 = 0.3, W1 = 0.5, W2 = 0.2 (the figure's; its table says 0.5), b = 1.83,
    # desired output 0.03, a sigmoid and E = 1/2 (desired - predicted)^2
    "b49_gad": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.2]]\n'
                            'biases = [1.83]', loss="half_squared_error", extra=_data("[0.1, 0.3]", "[0.03]")),
    # ec-lyon's TD 1: one hidden layer, sigmoid layers, the mean squared error over N_out outputs (two here, and
    # two inputs and two hidden units: the TD leaves the sizes open)
    "b49_eclyon": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="mean_squared_error"),
    # "Make Your Own Neural Network" (Nemotron's "Errata #4"): three sigmoid layers of three, the book's error
    # t - o, whose update alpha E_k O_k (1 - O_k) O_j^T is the step of 1/2 (t - o)^2
    "b49_myonn": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                         loss="half_squared_error"),
    # Cross Validated 344275 (3Blue1Brown's network): one weight and one bias of a sigmoid unit, (a - y)^2
    "b49_unit_sq": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # ai.stackexchange 25563: a sigmoid output o with target t (y_k), E = 1/2 (t - o)^2, Z its input sum
    "b49_generalised": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Nemotron's "Help Using Backprop Formulas from Deep Learning Book": x (a^1) -> three sigmoid units (z^2,
    # a^2, biases b_j) -> one sigmoid output without bias (z^3_1, a^3), C = 1/2 (a^3 - y)^2
    "b49_dlbook": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # m the slope, b the intercept, f_i the squared error of sample i (n = 1: one sample), x_i and y_i the sample
    "b49_techqa_mse": r'''
[notation]
indices = "i"
loss = ["f_{i}", "f"]
[notation.symbols]
"m" = "W1[0, 0]"
"b" = "b1[0]"
"x_{i}" = "x[0]"
"y_{i}" = "y[0]"
"n" = "1"
''',
    # w the weight vector, x the features, z the sum, y_head the prediction, J the log loss, m = 1 sample; the
    # question's Python: x_train, y_train, the sample count x_train.shape[1], the gradients' names
    "b49_techqa_logloss": r'''
[notation]
indices = "i"
loss = ["J"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"y_{head}" = "a1[0]"
"y" = "y[0]"
"m" = "1"
"x_{train}" = "x[:]"
"y_{train}" = "y[0]"
"x_train.shape[1]" = "1"
"derivative_weight" = "grad(W1[0, :])"
"derivative_bias" = "grad(b1[0])"
''',
    # Ng's layer [L] (the output), da^{[L]} = dJ/da^{[L]}, J the log loss
    "b49_dlai_logloss": r'''
[notation]
loss = ["J"]
[notation.symbols]
"a^{[L]}" = "a2[0]"
"z^{[L]}" = "z2[0]"
"da^{[L]}" = "grad(a2[0])"
"y" = "y[0]"
''',
    # the lecture's hypothesis H(x) (the model), W and b, the sample x^{(i)}, y^{(i)}, m = 1, cost the loss
    "b49_shkim": r'''
[notation]
indices = "i"
loss = ["cost"]
functions = { H = "layer" }
[notation.symbols]
"W" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"x^{(i)}" = "x[0]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # x the unit's input sum (the argument of sigma and ReLU)
    "b49_x_sum": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # the notebook's Python names: h the sum, nn_output the output, error = y - y-hat, output_grad f'(h),
    # error_term the error term (y - y-hat) f'(h) = -dE/dh, del_w the step learnrate * error_term * x
    "b49_udacity": r'''
[notation]
indices = "i"
learning_rate = ["learnrate"]
[notation.symbols]
"h" = "z1[0]"
"nn_output" = "a1[0]"
"error" = "y[0] - a1[0]"
"output_grad" = "a1[0]*(1 - a1[0])"
"error_term" = "-grad(z1[0])"
"del_w" = "-eta*grad(W1[0, :])"
"weights[i]" = "W1[0, i]"
''',
    # the slides' s (sum of products), X1, X2, W1, W2 counted from 1, b the bias
    "b49_gad": r'''
[notation]
indices = "i"
[notation.symbols]
"s" = "z1[0]"
"X_{i}" = "x[i-1]"
"W_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
''',
    # the TD's layers L (A^{(0)} the input), B the bias vectors, \hat{Y} = A^{(2)}, N_out = 2 outputs, C the MSE
    "b49_eclyon": r'''
[notation]
indices = "Li"
[notation.symbols]
"Z^{(L)}" = "z{L}[:]"
"A^{(L)}" = "a{L}[:]"
"A^{(0)}" = "x[:]"
"W^{(L)}" = "W{L}[:, :]"
"B^{(L)}" = "b{L}[:]"
"\\hat{Y}" = "a2[:]"
"Y" = "y[:]"
"\\hat{y}_{i}" = "a2[i-1]"
"y_{i}" = "y[i-1]"
"N_{out}" = "2"
''',
    # logistic regression in Ng's notes: w, b, the sample's y^{(i)} and \hat{y}^{(i)}, m = 1, J the log loss
    "b49_longhl": r'''
[notation]
indices = "i"
loss = ["J"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y^{(i)}" = "y[0]"
"\\hat{y}^{(i)}" = "a1[0]"
"m" = "1"
''',
    # Ng's machine-learning course: h(x) the hypothesis (the model), theta_0 the intercept, theta_j the weight of
    # feature j, Cost and J the log loss (m = 1)
    "b49_ngml": r'''
[notation]
indices = "ij"
loss = ["J", "\\text{Cost}"]
functions = { h = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{j}" = "W1[0, j-1]"
"x" = "x[:]"
"x^{(i)}" = "x[:]"
"y" = "y[0]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the book's O_j (hidden outputs) and O_k (outputs), w_{jk} from hidden j to output k, Delta w_{jk} its
    # change, alpha times the error's negative gradient; j and k are the book's fixed roles, literal here
    "b49_myonn": r'''
[notation]
indices = "n"
[notation.symbols]
"\\Delta w_{jk}" = "-eta*grad(W2[k, j])"
"O_{k}" = "a2[k]"
"O_{j}" = "a1[j]"
''',
    # the answer's W, b and their gradients dW, db; alpha the learning rate
    "b49_3b1b": r'''
[notation]
learning_rate = ["\\alpha", "alpha"]
[notation.symbols]
"W" = "W1[0, 0]"
"b" = "b1[0]"
"dW" = "grad(W1[0, 0])"
"db" = "grad(b1[0])"
''',
    # the forum's course names: X the feature, w1 its weight, dz and dw1 the gradients, w1_new the new weight
    "b49_dlai_dw1": r'''
[notation]
[notation.symbols]
"X" = "x[0]"
"w1" = "W1[0, 0]"
"dz" = "grad(z1[0])"
"dw1" = "grad(W1[0, 0])"
"w1_new" = "new(W1[0, 0])"
''',
    # w the weight, Delta w its step, J the cost
    "b49_hashnode": r'''
[notation]
loss = ["J"]
[notation.symbols]
"w" = "W1[0, 0]"
"\\Delta w" = "-eta*grad(W1[0, 0])"
''',
    # o the output, t (y_k) the target, Z the output's input sum (the formula's meaning: o(1-o) is do/dZ), E the
    # squared error; beta_k the error term of slide 14, -dE/dZ
    "b49_generalised": r'''
[notation]
indices = "k"
loss = ["E"]
[notation.symbols]
"o" = "a1[0]"
"t" = "y[0]"
"Z" = "z1[0]"
"o_{k}" = "a1[k-1]"
"y_{k}" = "y[k-1]"
"\\beta_{k}" = "-grad(z1[k-1])"
''',
    # the question's layers counted from the input (a^1 = x): w^l into layer l+1, z^l, a^l, delta^l of layer l,
    # biases b_j of the hidden layer, a^3 the output; C the cost
    "b49_dlbook": r'''
[notation]
indices = "ljk"
[notation.symbols]
"w_{jk}^{l}" = "W{l}[j-1, k-1]"
"z_{j}^{l}" = "z{l-1}[j-1]"
"a_{j}^{l}" = "a{l-1}[j-1]"
"a^{3}" = "a2[0]"
"x_{j}" = "x[j-1]"
"b_{j}" = "b1[j-1]"
"y" = "y[0]"
"\\delta_{j}^{l}" = "grad(z{l-1}[j-1])"
''',
}
