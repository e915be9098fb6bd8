"""The networks and notations of batch 149 of the held-out public formulas (tests/public_formulas_batch149.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b149_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# Mazur's worked example ("A Step by Step Backpropagation Example"): 2-2-2 logistic units, one bias per layer shared
# by its two units (b1 = 0.35, b2 = 0.6), w1 ... w8 = 0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55, i1 = 0.05, i2 = 0.1,
# targets 0.01 and 0.99, E_total the sum of 1/2 (target - out)^2, eta = 0.5
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                      'weights = [[0.15, 0.20], [0.25, 0.30]]',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                      'weights = [[0.40, 0.45], [0.50, 0.55]]',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

# the ERA (EVA) course's spreadsheet network: inputs i1, i2, hidden sums h1, h2 (sigmoid a_h1, a_h2), output sums
# o1, o2 (sigmoid a_o1, a_o2), no biases, E_total = E1 + E2 with E1 = 1/2 (t1 - a_o1)^2; h1 = w1 i1 + w2 i2,
# h2 = w3 i1 + w4 i2, o1 = w5 a_h1 + w6 a_h2, o2 = w7 a_h1 + w8 a_h2
_ERA_HIDDEN = 'inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"'
_ERA_OUTPUT = 'units = 2\nactivation = "sigmoid"\nbias = "none"'

NETWORKS = {
    # the Markdown notes "Model training techniques" (stored file 53789366832): Mazur's network and numbers (above),
    # in $$ displays over several lines; no update is worked there (Mazur's eta 0.5)
    "b149_mz": _MAZUR,
    # the Markdown export of Mazur's post (stored file 10394204021): Mazur's network and numbers (above), the
    # formulas as WordPress LaTeX images, eta = 0.5 (the post's)
    "b149_wp": _MAZUR,
    # the ERA assignment README with bullets (stored file 24126419846): the course's network, no numbers given
    # (the learning rates 0.1 ... 2.0 tried in the spreadsheet; no update taken)
    "b149_db": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
    # the README with backticked bullets (stored file 12103904753): the course's network as the page writes it,
    # E1 = 1/2 (t1 - o1)^2 of the output SUMS o1 = w5 a_h1 + w6 a_h2 (no activation at the output: identity),
    # sigmoid hidden units, no biases, no numbers given
    "b149_ln": _layers(_ERA_HIDDEN, 'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the EVA6 README (stored file 26465651017): the course's network, no numbers given
    "b149_ev": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
    # the Assignment 4 README (stored file 18494411362): the course's network with inputs x1, x2 and targets y1, y2,
    # its weights w1 ... w8 = 0.3, 0.5, -0.2, 0.7, 0.1, -0.6, 0.3, -0.9 (its table; h1 = w1 x1 + w2 x2, o1 = w5 a_h1
    # + w6 a_h2 as its gradients use them), no inputs or targets given
    "b149_as": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.5], [-0.2, 0.7]]',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.6], [0.3, -0.9]]',
                       loss="half_squared_error"),
    # the Session 6 README with \* escapes and en dashes (stored file 41617869982): the course's network, no numbers
    # given (learning rates 0.1 ... 2.0 tried; the rate here 0.1)
    "b149_ss": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
    # "How Backpropagation Works" (stored file 1584166629): the course's network as its formulas write it (a_o1 =
    # sigma(o1): sigmoid outputs, though its prose says "the identity activation function for the output layer"),
    # no biases, no numbers given
    "b149_hw": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
}

# the course's names as the ERA pages write them in plain text
_ERA_PLAIN = r'''
"i1" = "x[0]"
"i2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
'''

# Mazur's names (LaTeX)
_MAZUR_NAMES = r'''
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
"E_{o1}" = "(y[0] - a2[0])**2/2"
"E_{o2}" = "(y[1] - a2[1])**2/2"
'''

NOTATIONS = {
    # the Markdown notes: Mazur's names, i_1, i_2 the inputs, w_1 ... w_8 the weights, b_1, b_2 the layers' shared
    # biases, net_{h1} ... out_{o2} the sums and outputs, target_{o1} the first target, E_{total} the loss
    "b149_mz": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]''' + _MAZUR_NAMES,
    # the export of Mazur's post: Mazur's names (above), E_{o1} and E_{o2} the outputs' halves of the loss,
    # delta_{o1} = dE_total/dnet_{o1} (the post's "node delta", defined on the page), w_5^{+} the new w_5, eta the rate
    "b149_wp": r'''
[notation]
loss = ["E_{total}"]
learning_rate = ["\\eta"]
[notation.symbols]''' + _MAZUR_NAMES + r'''"\\delta_{o1}" = "grad(z2[0])"
"\\delta_{o2}" = "grad(z2[1])"
''',
    # the ERA assignment README: the course's names, E1 and E2 the outputs' halves, E_total and E_Total the loss
    # (both spellings on the page), sigma the sigmoid
    "b149_db": r'''
[notation]
loss = ["E_total", "E_Total"]
functions = { "σ" = "sigmoid" }
[notation.symbols]''' + _ERA_PLAIN + r'''"o1" = "z2[0]"
"o2" = "z2[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"E1" = "(y[0] - a2[0])**2/2"
"E2" = "(y[1] - a2[1])**2/2"
''',
    # the README with backticked bullets: the course's names, o1 and o2 the OUTPUTS (the page's E1 = 1/2 (t1 - o1)^2
    # of the sums, no activation at the output), E_total the loss
    "b149_ln": r'''
[notation]
loss = ["E_total"]
functions = { "σ" = "sigmoid" }
[notation.symbols]''' + _ERA_PLAIN + r'''"o1" = "z2[0]"
"o2" = "z2[1]"
"E1" = "(y[0] - z2[0])**2/2"
"E2" = "(y[1] - z2[1])**2/2"
''',
    # the EVA6 README: the course's names, E_total the loss
    "b149_ev": r'''
[notation]
loss = ["E_total"]
[notation.symbols]''' + _ERA_PLAIN + r'''"o1" = "z2[0]"
"o2" = "z2[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"E1" = "(y[0] - a2[0])**2/2"
"E2" = "(y[1] - a2[1])**2/2"
''',
    # the Assignment 4 README: x1, x2 the inputs, y1, y2 the targets, the course's other names, E_Total the loss,
    # E1 and E2 the outputs' halves ("MSE Loss: E1, E2"), sigma the sigmoid
    "b149_as": r'''
[notation]
loss = ["E_Total"]
functions = { "σ" = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"y1" = "y[0]"
"y2" = "y[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"E1" = "(y[0] - a2[0])**2/2"
"E2" = "(y[1] - a2[1])**2/2"
''',
    # the Session 6 README: the course's names, E_total and E_Total the loss (both spellings), E1 and E2 the
    # outputs' halves, sigma the sigmoid, ƞ (U+019E, the page's eta) the rate, new_w1 ... new_w8 the weights after
    # the step
    "b149_ss": r'''
[notation]
loss = ["E_total", "E_Total"]
learning_rate = ["ƞ"]
functions = { "σ" = "sigmoid" }
[notation.symbols]''' + _ERA_PLAIN + r'''"o1" = "z2[0]"
"o2" = "z2[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"E1" = "(y[0] - a2[0])**2/2"
"E2" = "(y[1] - a2[1])**2/2"
"new_w1" = "new(W1[0, 0])"
"new_w5" = "new(W2[0, 0])"
''',
    # "How Backpropagation Works": the course's names in LaTeX, i_1, t_1, w_1 ... w_8, h_1, o_1 the sums, a\_h_1 and
    # a\_o_1 (the underscore escaped for Markdown, as the page writes it) the outputs, E_1, E_2 the halves, E_{total}
    # the loss, sigma the sigmoid
    "b149_hw": r'''
[notation]
loss = ["E_{total}"]
functions = { "\\sigma" = "sigmoid" }
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"o_{1}" = "z2[0]"
"o_{2}" = "z2[1]"
"a\\_h_{1}" = "a1[0]"
"a\\_h_{2}" = "a1[1]"
"a\\_o_{1}" = "a2[0]"
"a\\_o_{2}" = "a2[1]"
"E_{1}" = "(y[0] - a2[0])**2/2"
"E_{2}" = "(y[1] - a2[1])**2/2"
''',
}
