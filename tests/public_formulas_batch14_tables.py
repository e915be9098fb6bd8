"""The networks and notations of batch 14 of the held-out public formulas (tests/public_formulas_batch14.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b14_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations


def _layers(*layers: str, loss: str, extra: str = "") -> str:
    """A problem file from its [[layer]] tables, its loss and any [data] or [update] tables."""
    return "".join(f"\n[[layer]]\n{layer.strip()}\n" for layer in layers) + f'\n[loss]\nname = "{loss}"\n' + extra


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
    # sunhaozhe's and zakariapz's pages: softmax outputs p of the scores o (a), the cross-entropy with a one-hot y;
    # three classes, the scores from two inputs
    "b14_softmax": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # Nemotron's "Derivation of Delta Rules": y = phi(w0 + w1 x1 + w2 x2), w0 the bias, E = 1/2 (y - d)^2; phi the
    # sigmoid (the page leaves phi open)
    "b14_delta_unit": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                              extra="\n[update]\nlearning_rate = 0.1\n"),
    # ... and its multilayer part: y = phi(y1 u1 + y2 u2), y1 and y2 hidden sigmoid units of x1, x2
    "b14_delta_two": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
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
    # o the scores, p the softmax outputs, y the one-hot target (counted from 1)
    "b14_sunhaozhe": r'''
[notation]
indices = "ijk"
[notation.symbols]
"o_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "y[i-1]"
''',
    # a the scores, p the softmax outputs; L = -sum_j l_j makes l_j = y_j log p_j; C the number of classes
    "b14_zakaria": r'''
[notation]
indices = "ijk"
[notation.symbols]
"a_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "y[i-1]"
"\\ell_{j}" = "y[j-1]*log(a1[j-1])"
''',
    # w_0 the bias; d the desired output; net the unit's input; Delta w_i the step -eta dE/dw_i
    "b14_delta_unit": r'''
[notation]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{0}" = "b1[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"y" = "a1[0]"
"d" = "y[0]"
"\\text{net}" = "z1[0]"
"\\Delta w_{0}" = "-eta*delta1[0]"
"\\Delta w_{1}" = "-eta*delta1[0]*x[0]"
"\\Delta w_{2}" = "-eta*delta1[0]*x[1]"
''',
    "b14_delta_two": r'''
[notation]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"y_{1}" = "a1[0]"
"y_{2}" = "a1[1]"
"u_{1}" = "W2[0, 0]"
"u_{2}" = "W2[0, 1]"
"y" = "a2[0]"
"d" = "y[0]"
"\\text{net}" = "z2[0]"
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
