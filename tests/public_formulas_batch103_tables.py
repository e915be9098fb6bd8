"""The networks and notations of batch 103 of the held-out public formulas (tests/public_formulas_batch103.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b103_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the Dhaka IIT student's back-propagation report on Scribd (PDF text): i1 = i2 = 1 (SSC and HSC cgpa), one
    # hidden neuron h with w1 = 0.98, w2 = 0.96 and b1 = 0.94, two outputs o1, o2 with w3 = 0.95, w4 = 0.955 and the
    # one output bias b2 = 1 both use; sigmoid; Eo = (target - out)^2 summed over the outputs (no 1/2); targets 1, 1;
    # eta = 0.01
    "b103_sd": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.98, 0.96]]\nbiases = 0.94',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.95], [0.955]]\nbiases = 1.0',
                            loss="squared_error", extra=_data("[1.0, 1.0]", "[1.0, 1.0]", 0.01)),
    # bernhard-pfann's notes, the general loss: an output layer L of i nodes, Loss the sum of the squared
    # differences (no 1/2); one layer of two sigmoid outputs here
    "b103_bp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', loss="squared_error"),
    # the same notes' "No Hidden Layer" section: a^(1) = sigma(z^(1)), z^(1) = W^(1) a^(0) + b^(1), Loss =
    # 0.5*(a^(1) - y)^2; one input and one output (the section's w and b are single numbers)
    "b103_bp1": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # plearnjai's Thai slides (week 5): the outing decision of a neuron with inputs "good weather" and "friends
    # along", weights 0.7 and 0.5, bias -0.8, f the decision function (a sigmoid here); the first example x = (1, 1)
    # (no target given: 1)
    "b103_pl": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.7, 0.5]]\n'
                            'biases = [-0.8]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[1.0]", 0.1)),
    # the slides' second example, x = (0, 1)
    "b103_pl0": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.7, 0.5]]\n'
                             'biases = [-0.8]',
                             loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.1)),
    # the slides' learning rule w_new = w_old + alpha (y_true - y_pred) x on a linear neuron (the rule is gradient
    # descent on (y_true - y_pred)^2 / 2 there): w1 = 0.5, x = 1, alpha = 0.1, y_true - y_pred = 1 (y_pred = 0.5,
    # y_true = 1.5)
    "b103_plw": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                             loss="half_squared_error", extra=_data("[1.0]", "[1.5]", 0.1)),
    # freshrimpsushi's notes: layers counted from 0 (the 0th "hidden layer" the input), y^l_j node j of layer l,
    # w^l_ji from node i of layer l to node j of layer l+1, v^l_j = sum_i w^l_ji y^l_i (no bias), y^{l+1}_j =
    # phi(v^l_j); 2 -> 2 -> 1, phi the sigmoid
    "b103_fr": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Cross Validated question (243356): Mazur's 2-2-2 network, sigmoid hidden and output units, E_total the
    # sum of 1/2 (target - out)^2 over o1, o2; w1 from i1 to h1, w_{oj} from h1 to o_j, delta_j = dE/dnet_{oj}
    "b103_ss": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Mathematics Stack Exchange question (2411652): outputs a_k = sigmoid(net_k), net_k = sum_j w_jk a_j,
    # E = 1/2 sum_k (t_k - a_k)^2; 2 -> 2 -> 2
    "b103_ms": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the kompasiana article (Indonesian): a^(l+1) = f(W^(l) a^(l) + b^(l)) (its first page), a^(0) the input,
    # f the sigmoid, C the squared error with 1/2; two hidden layers so that W^(l+1) exists for l = 1:
    # 2 -> 2 -> 2 -> 2
    "b103_kp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       'units = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # romulo-martins' Portuguese notebook (Mazur's example): weights = [.15, .20, .25, .30, .40, .45, .50, .55],
    # bias = [.35, .60] (one per layer), inputs = [.05, .10], outputs = [.01, .99]; logistic everywhere
    "b103_rm": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = 0.6',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the same notebook's neuron y^ = f(net) = f(w . x + b) with f the logistic function; n = 2 inputs
    "b103_rm1": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the math-gpt problem: x1 = x2 = 1, h1 = w1 x1 + w2 x2, h2 = w3 x1 + w4 x2, y = w5 h1 + w6 h2 (the "Sigma
    # function" adds the inputs: identity), w1..w6 = 1, 2, 2, 1, 2, 2, t = 4, E = 1/2 (t - y)^2; no rate given
    "b103_mg": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"\n'
                            'weights = [[1.0, 2.0], [2.0, 1.0]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[2.0, 2.0]]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[4.0]", 0.1)),
    # Mazur's example as copied into a guevara/read-it-later issue: i = [0.05, 0.1], w1..w8 = 0.15 .. 0.55,
    # b1 = 0.35 and b2 = 0.6 shared by their layers, targets 0.01, 0.99, E_total the sum of 1/2 (target - out)^2
    "b103_gv": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = 0.6',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the smile issue (147): a logistic output unit trained on least mean squares, error 0.5 (target - out)^2,
    # g = (target - out) out (1 - out); two inputs, one output
    "b103_hs": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the Grokking Deep Learning issue (49): the book's page 60, prediction = input * weight with input 0.5,
    # weight 0.5, goal_pred 0.8, error = (prediction - goal_pred)^2
    "b103_it": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                            loss="squared_error", extra=_data("[0.5]", "[0.8]", 0.1)),
    # frnsys' notes: l_i = w_i f_{i-1}(l_{i-1}) + b_i, f_0(l_0) the input, n layers (i = n the output); each layer
    # one unit (w_i, b_i single numbers), f the sigmoid, J the squared error with 1/2; n = 2
    "b103_fn": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the report's names (the page sets them in bold italic Unicode letters, 𝒏𝒆𝒕𝒉; a teacher writes them plain):
    # i1, i2 the inputs, w1, w2 into h, b1, b2 the layers' biases, w3 into o1 and w4 into o2, neth/outh, neto1/outo1,
    # targeto1, Eo1 = (targeto1 - outo1)^2, Etotal the loss, eta the rate
    "b103_sd": r'''
[notation]
learning_rate = ["ƞ", "\\eta"]
loss = ["Etotal"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b1" = "b1"
"b2" = "b2"
"w3" = "W2[0, 0]"
"w4" = "W2[1, 0]"
"neth" = "z1[0]"
"outh" = "a1[0]"
"neto1" = "z2[0]"
"neto2" = "z2[1]"
"outo1" = "a2[0]"
"outo2" = "a2[1]"
"targeto1" = "y[0]"
"targeto2" = "y[1]"
"Eo1" = "(y[0] - a2[0])**2"
"Eo2" = "(y[1] - a2[1])**2"
''',
    # the notes' general loss: a_i^(L) node i of the output layer L, y_i its label, Loss the loss
    "b103_bp": r'''
[notation]
indices = "i"
loss = ["\\text{Loss}", "Loss"]
[notation.symbols]
"a_{i}^{L}" = "a1[i-1]"
"y_{i}" = "y[i-1]"
''',
    # the "No Hidden Layer" section: a^(0) the input, z^(1), a^(1) the output's sum and value, W^(1) (the one
    # weight) and b^(1), w and b the same weight and bias, y_i the one label (i names the sample, not a unit)
    "b103_bp1": r'''
[notation]
indices = "jk"
loss = ["\\text{Loss}", "Loss"]
[notation.symbols]
"a^{0}" = "x[0]"
"a^{1}" = "a1[0]"
"z^{1}" = "z1[0]"
"W^{1}" = "W1[0, 0]"
"b^{1}" = "b1[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y_{i}" = "y[0]"
''',
    # the Thai slides: y the output, w1 x1 + w2 x2 + b, f the decision function. The decision (การตัดสินใจ, the
    # weighted sum) and the inputs named in Thai (อากาศดี good weather, มีเพื่อน friends along) are not in it: a
    # pattern of Thai letters with their combining vowel marks (U+0E31 ...) does not load under the spec's grammar
    # (the first load said: "symbols.'การตัดสินใจ': cannot read 'ั' at position 5")
    "b103_pl": r'''
[notation]
indices = "jk"
functions = { f = "sigmoid" }
[notation.symbols]
"y" = "a1[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"b" = "b1[0]"
''',
    # the slides' learning rule: w_old the weight, w1 the same weight, x its input, y_true the target, y_pred the
    # neuron's output, alpha the rate
    "b103_plw": r'''
[notation]
indices = "jk"
learning_rate = ["\\alpha", "α"]
[notation.symbols]
"w_{old}" = "W1[0, 0]"
"w_{1}" = "W1[0, 0]"
"x" = "x[0]"
"y_{true}" = "y[0]"
"y_{pred}" = "a1[0]"
''',
    # freshrimpsushi: y^0_i the inputs, y^l_i node i of layer l, v^l_j the sum passed to node j of layer l+1,
    # w^l_ji from node i of layer l to node j of layer l+1, n_l the nodes of layer l, phi the sigmoid
    "b103_fr": r'''
[notation]
indices = "ijl"
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"y_{i}^{0}" = "x[i-1]"
"y_{i}^{l}" = "a{l}[i-1]"
"v_{j}^{l}" = "z{l+1}[j-1]"
"w_{ji}^{l}" = "W{l+1}[j-1, i-1]"
"n_{0}" = "2"
"n_{1}" = "2"
''',
    # the Cross Validated question: Mazur's names; w1 from i1 to h1, net_{hi}/out_{hi} hidden unit i, net_{oj}
    # output j, w_{oj} the weight from h1 to o_j (the question's derivation is for w1), delta_j = dE/dnet_{oj},
    # E_total the loss
    "b103_ss": r'''
[notation]
indices = "ij"
loss = ["E_{total}"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"i1" = "x[0]"
"net_{h1}" = "z1[0]"
"out_{h1}" = "a1[0]"
"net_{hi}" = "z1[i-1]"
"out_{hi}" = "a1[i-1]"
"net_{oj}" = "z2[j-1]"
"\\delta_{j}" = "delta2[j-1]"
"w_{oj}" = "W2[j-1, 0]"
''',
    # the Mathematics Stack Exchange question: t_k targets, a_k outputs, net_k their sums, a_j the hidden units'
    # outputs, w_jk from j to k, E the loss
    "b103_ms": r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"t_{k}" = "y[k-1]"
"a_{k}" = "a2[k-1]"
"net_{k}" = "z2[k-1]"
"a_{j}" = "a1[j-1]"
"w_{jk}" = "W2[k-1, j-1]"
''',
    # kompasiana: a^(l+1) = f(W^(l) a^(l) + b^(l)) with a^(0) the input (W^(l) maps layer l to l+1), z^(l) the sums
    # of layer l, delta^(l) = dC/dz^(l), L the output layer 3, f the sigmoid, C the cost, eta the rate
    "b103_kp": r'''
[notation]
indices = "l"
loss = ["C"]
functions = { f = "sigmoid" }
[notation.symbols]
"W^{l}" = "W{l+1}[:, :]"
"b^{l}" = "b{l+1}[:]"
"a^{0}" = "x[:]"
"a^{l}" = "a{l}[:]"
"z^{l}" = "z{l}[:]"
"delta^{l}" = "delta{l}[:]"
"z^{L}" = "z3[:]"
"delta^{L}" = "delta3[:]"
''',
    # the notebook's code names: weights[0..7] = w1..w8 (w1, w2 into h1, w3, w4 into h2, w5, w6 into o1, w7, w8
    # into o2), bias[0], bias[1] the layers' biases, inputs, outputs (the targets), net_h1 ..., logistic the sigmoid
    "b103_rm": r'''
[notation]
functions = { logistic = "sigmoid" }
[notation.symbols]
"weights[0]" = "W1[0, 0]"
"weights[1]" = "W1[0, 1]"
"weights[2]" = "W1[1, 0]"
"weights[3]" = "W1[1, 1]"
"weights[4]" = "W2[0, 0]"
"weights[5]" = "W2[0, 1]"
"weights[6]" = "W2[1, 0]"
"weights[7]" = "W2[1, 1]"
"bias[0]" = "b1"
"bias[1]" = "b2"
"inputs[0]" = "x[0]"
"inputs[1]" = "x[1]"
"outputs[0]" = "y[0]"
"outputs[1]" = "y[1]"
"net_h1" = "z1[0]"
"net_h2" = "z1[1]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"net_o1" = "z2[0]"
"net_o2" = "z2[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
''',
    # the notebook's neuron: y^ the output, net its weighted sum, w and x the vectors, w_i, x_i their entries, b the
    # bias, n = 2 inputs, f the logistic function
    "b103_rm1": r'''
[notation]
indices = "i"
functions = { f = "sigmoid" }
[notation.symbols]
"\\hat{y}" = "a1[0]"
"\\text{net}" = "z1[0]"
"\\vec{w}" = "W1[0, :]"
"\\vec{x}" = "x[:]"
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"n" = "2"
''',
    # the math-gpt problem: x_1, x_2, h_1, h_2, y the output, t the target, w_1..w_6, E the loss
    "b103_mg": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"y" = "a2[0]"
"t" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
''',
    # Mazur's names: out_{h1}, net_{h1}, out_{o1}, net_{o1}, target_{o1}, E_{o1} = 1/2 (target_{o1} - out_{o1})^2,
    # E_total the loss
    "b103_gv": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
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
"E_{o1}" = "0.5*(y[0] - a2[0])**2"
"E_{o2}" = "0.5*(y[1] - a2[1])**2"
''',
    # smile's code: output[i] the target of output i (the code's array of targets), here the one output's (the
    # first run's notation gave i as a placeholder, "output[i]" = "y[i]", while g, out and error have no index: a slip
    # of the notation for a network of one output, fixed after the first run), out the unit's output, g the error
    # signal -dE/dnet, error the loss
    "b103_hs": r'''
[notation]
indices = "jk"
loss = ["error"]
[notation.symbols]
"output[i]" = "y[0]"
"out" = "a1[0]"
"g" = "-grad(z1[0])"
''',
    # the book's names: input, weight, goal_pred, error the loss
    "b103_it": r'''
[notation]
loss = ["error"]
[notation.symbols]
"input" = "x[0]"
"weight" = "W1[0, 0]"
"goal_pred" = "y[0]"
''',
    # frnsys: l_i layer i's sum, w_i and b_i its weight and bias, f the sigmoid (f_i layer i's), n = 2 the output
    # layer, J the cost
    "b103_fn": r'''
[notation]
indices = "i"
loss = ["J"]
functions = { f = "sigmoid" }
[notation.symbols]
"l_{i}" = "z{i}[0]"
"w_{i}" = "W{i}[0, 0]"
"b_{i}" = "b{i}[0]"
"l_{n}" = "z2[0]"
"n" = "2"
''',
}
