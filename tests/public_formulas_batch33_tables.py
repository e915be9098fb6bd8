"""The networks and notations of batch 33 of the held-out public formulas (tests/public_formulas_batch33.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b33_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Udacity's deep network video (issue #75): w2 a weight of the second layer; sigmoid units, 1/2 (y - a)^2
    "b33_one_one_one": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                               'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # ai.stackexchange 38164 (and Nemotron's copy): x = (6, 2); O_1 = ReLU(0.2 + 6*0.3 - 0.2*2), O_2 = Sig(-0.6 -
    # 0.1*2 + 0.2*6), O_3 = Sig(0.6 - 0.3*O_2 + 0.5*O_1), binary cross-entropy, C = 1 the positive class (the page
    # gives no target; y = 1 here). A layer's units share one activation in a problem file, so O_1's ReLU cannot be
    # written beside O_2's sigmoid: both are sigmoid units here, and no entry depends on O_1's activation (O_1 and
    # O_3's numbers are left out; see the batch's docstring)
    "b33_covid": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.3, -0.2], [0.2, -0.1]]\n'
                         'biases = [0.2, -0.6]',
                         'units = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.3]]\nbiases = [0.6]',
                         loss="binary_cross_entropy", extra=_data("[6.0, 2.0]", "[1.0]")),
    # the course's logistic regression with features x_j (Nemotron's "Derivative of \"Simplified Cost Function\"",
    # "Deep Learning: Sigmoid's Gradient Derivation"): two features here
    "b33_logistic2": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # math.techqa.club 294094: a tanh unit f(x) = tanh(x), x its input sum
    "b33_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # Nemotron's "Derivation of dz^{[1]} for Backpropagation": the course's two layers, g^{[1]} the sigmoid here,
    # a sigmoid output layer with binary cross-entropy (dz^{[2]} = a^{[2]} - y); the Coursera ex4 network of issue
    # #120 of dibgerge's assignments too (sigmoid layers, the cross-entropy summed over the outputs)
    "b33_two_layers": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"',
                              'units = 2\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nemotron's copy of the Stack Overflow thread "Calculate the Error Using a Sigmoid Function in Backpropagation":
    # one sigmoid unit, output = sigmoid(input); the answer's E = -(target - output)^2 against the squared error
    "b33_sigmoid_squared": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # hunkim's pull request #113 ("sigmoid + L2 loss"): f(x) = 0.5 (y - sigma(x))^2; torch7's issue #232: a sigmoid
    "b33_sigmoid_half": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # willwolf.io's neuron: input activation 3, weight 0.5, bias 2, target 0, learning rate 0.05 (a sigmoid unit
    # with 1/2 (y - a)^2 here: the excerpt stops before the post names them)
    "b33_willwolf": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [2.0]',
                            loss="half_squared_error", extra=_data("[3.0]", "[0.0]", 0.05)),
    # pixelbank.dev's and torchedup.dev's problems: logits given, softmax and cross-entropy; the logits [1, 2, 3] are
    # the sums of a softmax layer with identity weights on inputs x = (1, 2, 3), true class 2
    "b33_softmax_logits": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                                  'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]',
                                  loss="cross_entropy", extra=_data("[1.0, 2.0, 3.0]", "[0.0, 0.0, 1.0]")),
    # Cross Validated 490374: the question's second weight alone, a^{l-1} = 62.5 its input (a sigmoid cannot output it:
    # the layer before is left out), w^l = 0.8, z^l = 50, y = 0, C = (a - y)^2
    "b33_cv490374": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8]]',
                            loss="squared_error", extra=_data("[62.5]", "[0.0]")),
    # fast.ai's thread: l_1 = ReLU(w_1 . x + b_1), l_2 = w_2 . l_1 + b_2, the mean squared error
    "b33_fastai": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1', loss="mean_squared_error"),
    # joelgrus's linear_gradient (issue #125): predicted = slope * x + intercept, the squared error
    "b33_linear_squared": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # vzhou842's article (issue #2): inputs x1, x2 -> h1, h2 -> o1, sigmoid everywhere, L = (y_true - y_pred)^2
    "b33_vzhou": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                         loss="squared_error"),
    # "Make Your Own Neural Network" (issue #88 of its repository): sigmoid layers, the book's output error t - o
    "b33_myonn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                         loss="half_squared_error"),
}

NOTATIONS = {
    # O_1, O_2 the hidden units, O_3 = \hat{y} the output, z^{(3)} its sum; w_6 the weight from O_2 to the output;
    # Sig the sigmoid, ReLU the rectifier; L and CE_{Loss} the binary cross-entropy
    "b33_covid": r'''
[notation]
indices = "i"
loss = ["L", "CE_{Loss}"]
functions = { Sig = "sigmoid", ReLU = "relu" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"O_{1}" = "a1[0]"
"O_{2}" = "a1[1]"
"O_{3}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"w_{6}" = "W2[0, 1]"
"z^{(3)}" = "z2[0]"
"b_{1}" = "b1[0]"
''',
    # the course's w_j counted from 0 (dj_dw[j]), \mathbf{w} the weight vector, alpha the learning rate, J the cost
    # (one sample); z the unit's sum
    "b33_course": r'''
[notation]
indices = "j"
learning_rate = ["\\alpha"]
loss = ["J"]
[notation.symbols]
"w_{j}" = "W1[0, j]"
"\\mathbf{w}" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
''',
    # f the tanh, x its argument (the unit's sum)
    "b33_tanh": r'''
[notation]
functions = { f = "tanh" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the course's [l] layers: dz^{[l]} = dL/dz^{[l]}, w^{[l]} the weight matrix, g^{[1]} layer 1's activation
    "b33_course_layers": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "sigmoid" }
[notation.symbols]
"dz^{[l]}" = "grad(z{l}[:])"
"w^{[l]}" = "W{l}[:, :]"
"z^{[l]}" = "z{l}[:]"
''',
    # the thread's words as names: output = sigmoid(input); E the error (the loss)
    "b33_so_error": r'''
[notation]
loss = ["E"]
[notation.symbols]
"\\text{target}" = "y[0]"
"\\text{output}" = "a1[0]"
"\\text{input}" = "z1[0]"
''',
    # f(x) the loss of the unit's input x (the pull request's own words: f(x) = 0.5 * (y - sigma(x))^2)
    "b33_hunkim": r'''
[notation]
loss = ["f"]
[notation.symbols]
"x" = "z1[0]"
"y" = "y[0]"
''',
    # the issue's Sigmoid'(x): x the unit's input
    "b33_torch7": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # Udacity's video: w2 the second layer's weight, delta_w2 its gradient dL/dw2, a the learning rate
    "b33_udacity": r'''
[notation]
learning_rate = ["a"]
[notation.symbols]
"w2" = "W2[0, 0]"
"delta_w2" = "grad(W2[0, 0])"
''',
    # the book's errors: error_output = t - o at the output, error_hidden the hidden layer's error, which the weight
    # update multiplies by o(1 - o) as it does the output's: -dL/da1; w_(hidden_output) the matrix into the output
    "b33_myonn": r'''
[notation]
[notation.symbols]
"error_{output}" = "y[:] - a2[:]"
"error_{hidden}" = "-grad(a1[:])"
"w_{hidden_output}" = "W2[:, :]"
''',
    # ex4's layers counted from the input (a_1 = x): delta_3 the output's dL/dz, delta_2 the hidden layer's, Theta(2) the
    # matrix into the output, z(2) the hidden sums; g the sigmoid
    "b33_ex4": r'''
[notation]
functions = { g = "sigmoid" }
[notation.symbols]
"\\delta_{3}" = "grad(z2[:])"
"\\delta_{2}" = "grad(z1[:])"
"a_{3}" = "a2[:]"
"y" = "y[:]"
"\\Theta^{(2)}" = "W2[:, :]"
"z^{(2)}" = "z1[:]"
''',
    # a the unit's output (a' its derivative, by z, the words); a' itself is left to the reader as written
    # before the blind run: a pattern "a'" = "a1[0]*(1 - a1[0])" would name it (see the batch's docstring)
    "b33_schneider": r'''
[notation]
[notation.symbols]
"a" = "a1[0]"
''',
    # the post's Python names
    "b33_willwolf": r'''
[notation]
learning_rate = ["LEARNING_RATE"]
[notation.symbols]
"weight" = "W1[0, 0]"
"bias" = "b1[0]"
"weight_gradient" = "grad(W1[0, 0])"
"bias_gradient" = "grad(b1[0])"
''',
    # Gradient dL/dlogits, softmax the output vector, one_hot the target vector
    "b33_pixelbank": r'''
[notation]
[notation.symbols]
"Gradient" = "grad(z1[:])"
"softmax" = "a1[:]"
"one_hot" = "t[:]"
''',
    # logits the sums, y the softmax output, target the one-hot target
    "b33_torchedup": r'''
[notation]
[notation.symbols]
"logits" = "z1[:]"
"y" = "a1[:]"
"target" = "t[:]"
''',
    # the question's letters: l the layer of the weight (a literal letter here, so indices names another), a^{l-1} its
    # input; C the cost
    "b33_cv490374": r'''
[notation]
indices = "k"
loss = ["C"]
[notation.symbols]
"a^{l}" = "a1[0]"
"z^{l}" = "z1[0]"
"w^{l}" = "W1[0, 0]"
"a^{(l-1)}" = "x[0]"
"y" = "y[0]"
''',
    # l_1, l_2 the two layers' outputs, \vec{w}_1 and \vec{w}_2 their weights, b_1, b_2 their biases
    "b33_fastai": r'''
[notation]
[notation.symbols]
"l_{1}" = "a1[:]"
"l_{2}" = "a2[:]"
"\\vec{w}_{1}" = "W1[:, :]"
"\\vec{w}_{2}" = "W2[:, :]"
"\\vec{x}" = "x[:]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
''',
    # the code's names: slope and intercept (m and n in its comment), predicted, error = predicted - y; e_sq the loss
    "b33_joelgrus": r'''
[notation]
loss = ["e_sq"]
[notation.symbols]
"slope" = "W1[0, 0]"
"intercept" = "b1[0]"
"m" = "W1[0, 0]"
"n" = "b1[0]"
"predicted" = "a1[0]"
"error" = "a1[0] - y[0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # the article's w_1 (x1 to h1), y_pred its output o1, y_true the target
    "b33_vzhou": r'''
[notation]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"y_{pred}" = "a2[0]"
"y_{true}" = "y[0]"
''',
}
