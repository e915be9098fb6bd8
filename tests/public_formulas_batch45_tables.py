"""The networks and notations of batch 45 of the held-out public formulas (tests/public_formulas_batch45.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b45_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# a softmax layer whose sums are its inputs (identity weights, no bias): a page that gives the logits
_LOGITS3 = ('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
            'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]')


NETWORKS = {
    # the Stack Overflow question (whosebug.com's copy): 2 inputs, 2 sigmoid hidden units, 1 sigmoid output, no
    # biases (hidden = sigmoid(np.dot(w_0, inputs)), output = sigmoid(np.dot(w_1, hidden))); error = label - output
    # is the squared error's -dE/doutput, so E = 1/2 (label - output)^2
    "b45_so_221": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # compphysics' course (week 42's slides 37 and 45): sigmoid layers, the cost 1/2 sum_i (a_i^L - t_i)^2; two units in every layer, so that the course's w_{jk} and a transposed w_{ij} have
    # the same shapes (L = 2 here: the hidden layer 1, the output layer 2)
    "b45_cp_222": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # one sigmoid unit, y = f(x) = sigmoid(x), x its input sum (the intellipaat question and "Derivative of Sigmoid in
    # Python" in Nemotron-CC-Math's copies, maizer2's proof, aman.ai's primer, the "Endless Confusion" question)
    "b45_sigmoid_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # pullrequest.ru's question: a tanh unit, x its input, dout the upstream gradient dL/dtanh(x)
    "b45_tanh_unit": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # Mathematics Stack Exchange 1804041: a softmax classifier f = w_j x_i of CS231n's assignment, three classes
    # here, two features
    "b45_softmax_regression": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # tutorialexample's gradient of the cross-entropy (Nemotron-CC-Math's copy): o = [2, 3, 4], y = [0, 1, 0]
    "b45_logits_234": problem_text(_LOGITS3, loss="cross_entropy", extra=_data("[2.0, 3.0, 4.0]", "[0.0, 1.0, 0.0]")),
    # portfolio-neural's softmax and cross-entropy: logits [2.0, 1.0, 0.1] for cat, dog, bird; the loss 0.42 is
    # -log(0.659), so the true class is cat
    "b45_logits_cat": problem_text(_LOGITS3, loss="cross_entropy", extra=_data("[2.0, 1.0, 0.1]", "[1.0, 0.0, 0.0]")),
    # omkarray's day 14 and harshithvarma's cross-entropy lesson: logits and a one-hot target, no numbers
    "b45_logits3": problem_text(_LOGITS3, loss="cross_entropy", extra=LEARNING_RATE),
    # subjectmate's exam question: three inputs, one sigmoid output y, no hidden units, no biases, the
    # cross-entropy C of the desired output d
    "b45_sigmoid3_bce": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                                loss="binary_cross_entropy"),
    # the deeplearning.ai course's planar-data network (week 3's exercise 6): 2 inputs, 4 tanh hidden units, one
    # sigmoid output, the cross-entropy (dZ2 = A2 - Y)
    "b45_planar": _layers('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # the Coursera ex4 network of the Nemotron-CC-Math copy of "Backpropagation for Neural Network - Python":
    # sigmoid layers, one hidden, the cross-entropy summed over the sigmoid outputs (401-25-10 on the page, 2-3-2
    # here; the page's bias unit, the first row of hidden_layer and theta_2's first column, is the network's bias)
    "b45_ex4": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
}

NOTATIONS = {
    # the question's Python: w_0 the hidden weights (a 2x2 matrix, np.dot(w_0, inputs)), w_1 the output's (1x2);
    # error = label - output; delta the output's error term -dE/dz, hidden_error -dE/dhidden, delta_hidden the
    # hidden error term -dE/dz1 (the names the page gives them; its sigmoid(x, True) is x * (1 - x), a page's
    # own two-argument function no notation can name); lr the learning rate
    "b45_so": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"inputs" = "x[:]"
"w_0" = "W1[:, :]"
"w_1" = "W2[:, :]"
"hidden" = "a1[:]"
"output" = "a2[:]"
"label" = "y[:]"
"error" = "y[:] - a2[:]"
"delta" = "-grad(z2[:])"
"hidden_error" = "-grad(a1[:])"
"delta_hidden" = "-grad(z1[:])"
''',
    # compphysics' Nielsen-style indices (as batch 39 wrote them): w_{jk}^l joins unit k of layer l-1 to unit j of
    # layer l, units counted from 1; L the output layer (2 here), a^0 the input; delta_j^l = dC/dz_j^l; {\cal C} the
    # cost
    "b45_compphysics": r'''
[notation]
indices = "ijkl"
loss = ["{\\cal C}", "C"]
[notation.symbols]
"\\delta_{j}^{l}" = "grad(z{l}[j-1])"
"\\delta_{j}^{L}" = "grad(z2[j-1])"
"z_{j}^{l}" = "z{l}[j-1]"
"z_{j}^{L}" = "z2[j-1]"
"a_{j}^{0}" = "x[j-1]"
"a_{j}^{l}" = "a{l}[j-1]"
"a_{j}^{L}" = "a2[j-1]"
"w_{jk}^{l}" = "W{l}[j-1, k-1]"
"b_{j}^{l}" = "b{l}[j-1]"
"b_{j}^{L}" = "b2[j-1]"
''',
    # y = f(x), the unit's output; x its input sum; f the sigmoid
    "b45_sigmoid_xy": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
''',
    # aman.ai's primer: z the sigmoid's input (the unit's sum); sigma is the sigmoid already
    "b45_aman": r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
''',
    # the "Endless Confusion" question's Python: x the sigmoid's input (x = 2), y its output, slope dy/dx (the page's
    # sigmoid_derivative, its own function x * (1 - x) called with y, no notation can name: functions name
    # activations)
    "b45_slope": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
"slope" = "a1[0]*(1 - a1[0])"
''',
    # x the tanh's input (the unit's sum), dout the upstream gradient dL/dtanh(x), d_tanh the gradient by x
    "b45_tanh": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"dout" = "grad(a1[0])"
"d_tanh" = "grad(z1[0])"
''',
    # CS231n's softmax loss: f_j the class scores (counted from 0, as the assignment's code), L_i the loss of sample
    # i, y_i its class (the label letter y, here with the sample's subscript), x_i the sample
    "b45_cs231n_softmax": r'''
[notation]
indices = "j"
loss = ["L_{i}"]
label = "y"
[notation.symbols]
"f_{j}" = "z1[j]"
"x_{i}" = "x[:]"
''',
    # tutorialexample: o the logits, p the softmax scores, y the one-hot label, L the cross-entropy; units counted
    # from 0 (the page writes none); k the correct class, j another (said in words)
    "b45_tutorialexample": r'''
[notation]
indices = "ijk"
[notation.symbols]
"o_{i}" = "z1[i]"
"p_{i}" = "a1[i]"
"y_{i}" = "y[i]"
"o" = "z1[:]"
"p" = "a1[:]"
"y" = "y[:]"
''',
    # portfolio-neural: z_i the logits (cat, dog, bird), softmax the output's activation, e Euler's number
    "b45_portfolio": r'''
[notation]
indices = "ij"
[notation.symbols]
"z_{i}" = "z1[i-1]"
''',
    # omkarray's day 14: z the logits, p the probabilities, L the cross-entropy; one_hot(target) the one-hot label.
    # Code's p[correct_class], the true class's probability, the spec cannot name: the label key takes one letter
    # ("'correct_class' is not one letter"), and no meaning names the probability at the sample's class
    "b45_omkarray": r'''
[notation]
[notation.symbols]
"z" = "z1[:]"
"p[i]" = "a1[i]"
"one_hot(target)" = "y[:]"
''',
    # harshithvarma's lesson: p_i the predicted probabilities and y_i the one-hot truth, counted from 1; t the index
    # of the correct class (the label letter); H(y, p) the cross-entropy
    "b45_harshith": r'''
[notation]
indices = "i"
loss = ["H"]
label = "t"
[notation.symbols]
"p_{i}" = "a1[i-1]"
"y_{i}" = "y[i-1]"
''',
    # subjectmate's exam question: y the computed output, d the desired output, z the unit's total input, C the
    # cross-entropy error
    "b45_subjectmate": r'''
[notation]
loss = ["C"]
[notation.symbols]
"y" = "a1[0]"
"d" = "y[0]"
"z" = "z1[0]"
''',
    # the deeplearning.ai course's code names: A1 the hidden activations, dZ1 and dZ2 the layers' dJ/dZ (W2 is
    # symbols.md's own name)
    "b45_dlai": r'''
[notation]
[notation.symbols]
"A1" = "a1[:]"
"dZ1" = "grad(z1[:])"
"dZ2" = "grad(z2[:])"
''',
    # the Coursera ex4 code: output_layer and hidden_layer the activations (the page's bias unit is the network's
    # bias), y[:, t] the targets of example t, theta_2 the output weights, delta_3 and delta_2 the error terms
    # dJ/dz, delta_gradient_2 the gradient by theta_2 (averaged over the m examples: one here), alpha the rate
    "b45_ex4": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"output_layer" = "a2[:]"
"hidden_layer" = "a1[:]"
"y[:, t]" = "y[:]"
"theta_2" = "W2[:, :]"
"delta_3" = "grad(z2[:])"
"delta_2" = "grad(z1[:])"
"delta_gradient_2" = "grad(W2[:, :])"
''',
}
