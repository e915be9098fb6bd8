"""The networks and notations of batch 14 of the held-out public formulas (tests/public_formulas_batch14.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b14_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


NETWORKS = {
    # Snow0821's README: yhat = w x + b, L = (y - yhat)^2, one input, one linear unit with its bias
    "b14_snow": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error",
                        extra="\n[update]\nlearning_rate = 0.1\n"),
    # the stored "Neural Network - Backpropagation" walkthrough: x = (1.1, 2.2) -> two sigmoid units, w11 = 0.2
    # (x1 -> h1), w21 = 0.4 (x2 -> h1), w12 = 0.3 (x1 -> h2), w22 = 0.7 (x2 -> h2) -> one sigmoid output, wh1 = 0.6,
    # wh2 = -0.1, no biases, y = 3.3, Loss = 1/2 (y_pred - y)^2, eta = 0.1
    "b14_sum": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                       'weights = [[0.2, 0.4], [0.3, 0.7]]',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.6, -0.1]]',
                       loss="half_squared_error",
                       extra="\n[data]\nx = [[1.1, 2.2]]\ny = [[3.3]]\n\n[update]\nlearning_rate = 0.1\n"),
    # Hinton's logistic output neuron (Nemotron's copy of the lecture): z = b + sum_i x_i w_i, y = 1/(1 + e^-z),
    # E = 1/2 (t - y)^2 over the training cases (one case here)
    "b14_logistic_neuron": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                                   extra="\n[update]\nlearning_rate = 0.1\n"),
    # Nemotron's "Delta Rule in Neural Network": neuron j with activation g (the sigmoid here), then a linear one;
    # E = sum_j 1/2 (t_j - y_j)^2
    "b14_sigmoid_layer": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                                 loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    "b14_linear_layer": _layers('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"',
                                loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    # Hinton's linear neuron (Nemotron's copy of the question): y = sum_{i=0}^n w_i x_i, E = 1/2 (t - y)^2; n = 2
    "b14_linear_neuron": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"',
                                 loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    # the Adaline exercise on scribd: yin = b + sum W_i X_i, bipolar OR, alpha = 0.1, weights and bias 0.1, the
    # first row x = (1, 1), t = 1; the LMS error 1/2 (t - yin)^2
    "b14_adaline": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nweights = [[0.1, 0.1]]\nbiases = [0.1]',
                           loss="half_squared_error",
                           extra="\n[data]\nx = [[1.0, 1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # the delta rule pages (scribd's "The delta rule", cse573's perceptron training rule, goldenjumper's notes): a
    # linear unit y = w x, the error 1/2 (t - y)^2 (a thresholded output has no gradient; the rule is the linear
    # unit's)
    "b14_linear_unit": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"',
                               loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    "b14_linear_unit2": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"',
                                loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
}

NOTATIONS = {
    # \hat y the prediction, \hat w and \hat b the updated w and b (the README's "Weight and bias update")
    "b14_snow": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"\\hat{y}" = "a1[0]"
"\\hat{w}" = "new(W1[0, 0])"
"\\hat{b}" = "new(b1[0])"
''',
    # w_{ij} joins input i to hidden unit j (z_1 = x_1 w_{11} + x_2 w_{21}); w_{h1}, w_{h2} the output's weights;
    # \delta_o = dLoss/dz_o, \delta_j = dLoss/dz_j
    "b14_sum": r'''
[notation]
indices = "ij"
loss = ["\\text{Loss}", "L"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}" = "W1[j-1, i-1]"
"w_{h1}" = "W2[0, 0]"
"w_{h2}" = "W2[0, 1]"
"z_{j}" = "z1[j-1]"
"a_{j}" = "a1[j-1]"
"z_{o}" = "z2[0]"
"y_{\\text{pred}}" = "a2[0]"
"y" = "y[0]"
"\\delta_{o}" = "delta2[0]"
"\\delta_{j}" = "delta1[j-1]"
''',
    # the lecture's letters: z the logit, y the output, t the target, w_i and x_i counted from 1
    "b14_logistic_neuron": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"z" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
"\\Delta w_{i}" = "-eta*delta1[0]*x[i-1]"
''',
    # w_{ji} joins input i to neuron j; h_j its weighted sum, y_j its output, t_j its target; g the activation
    "b14_delta_nn": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
functions = { g = "sigmoid" }
[notation.symbols]
"w_{ji}" = "W1[j-1, i-1]"
"x_{i}" = "x[i-1]"
"h_{j}" = "z1[j-1]"
"y_{j}" = "a1[j-1]"
"t_{j}" = "y[j-1]"
"\\Delta w_{ji}" = "-eta*delta1[j-1]*x[i-1]"
''',
    # counted from 0 as the question's sum is; epsilon the learning rate; Delta w_i the step
    "b14_linear_neuron": r'''
[notation]
indices = "i"
learning_rate = ["\\epsilon"]
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"x_{i}" = "x[i]"
"y" = "a1[0]"
"t" = "y[0]"
"\\Delta w_{i}" = "-eta*delta1[0]*x[i]"
''',
    # the exercise's plain names as it prints them (in Unicode mathematical italics): yin the net input (the
    # output, for Adaline), Wnew/Wold the weight vector after and before, X the input vector
    "b14_adaline": r'''
[notation]
indices = "i"
learning_rate = ["\\alpha"]
[notation.symbols]
"W_{i}" = "W1[0, i-1]"
"X_{i}" = "x[i-1]"
"X" = "x[:]"
"b" = "b1[0]"
"yin" = "z1[0]"
"t" = "y[0]"
"Wnew" = "new(W1[0, :])"
"Wold" = "W1[0, :]"
"bnew" = "new(b1[0])"
"bold" = "b1[0]"
''',
    # scribd's "The delta rule": e the error t - y, wnew/wold, ∆w the step (the page's ∆, U+2206)
    "b14_delta_plain": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"t" = "y[0]"
"y" = "a1[0]"
"e" = "y[0] - a1[0]"
"wnew" = "new(W1[0, 0])"
"wold" = "W1[0, 0]"
"∆w" = "-eta*delta1[0]*x[0]"
''',
    # cse573's slide: t the target, o the unit's output, Delta w_i the step
    "b14_cse573": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"t" = "y[0]"
"o" = "a1[0]"
"\\Delta w_{i}" = "-eta*delta1[0]*x[i-1]"
''',
    # goldenjumper's notes: n the learning rate, y the target, y¹ the output (a superscript 1 as a mark), w¹ the
    # weight (as the notes write it on both sides)
    "b14_golden": r'''
[notation]
learning_rate = ["n"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"y¹" = "a1[0]"
"w¹" = "W1[0, 0]"
"Δw" = "-eta*delta1[0]*x[0]"
''',
}
