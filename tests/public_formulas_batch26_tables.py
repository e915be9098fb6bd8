"""The networks and notations of batch 26 of the held-out public formulas (tests/public_formulas_batch26.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b26_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # kaifeng's worked example: X = [1, 2], y = 0.5, sigmoid hidden and output layers, L = 1/2 (yhat - y)^2, eta =
    # 0.1; its W_1 = [[0.5, 0.6], [0.7, 0.8]] is written input-first (z_1 = X W_1 + b_1), so W1 (units x inputs) is
    # its transpose; b_1 = [0.1, 0.2], W_2 = [0.9, 0.1], b_2 = 0.3
    "b26_kai": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5, 0.7], [0.6, 0.8]]\n'
                       'biases = [0.1, 0.2]',
                       'units = 1\nactivation = "sigmoid"\nweights = [[0.9, 0.1]]\nbiases = [0.3]',
                       loss="half_squared_error", extra=_data("[1.0, 2.0]", "[0.5]")),
    # the GeeksforGeeks example the course notes copy: x_1 = 0.35, x_2 = 0.7, no biases, sigmoid everywhere,
    # w_{1,1} = w_{2,1} = 0.2 into h1, w_{1,2} = w_{2,2} = 0.3 into h2, w_{1,3} = 0.3 and w_{2,3} = 0.9 into O3;
    # target 0.5, learning rate 1; its delta_5 = y_5(1 - y_5)(y_target - y_5) is -dE/dz of E = 1/2 (t - y)^2
    "b26_gfg": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                       'weights = [[0.2, 0.2], [0.3, 0.3]]',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.9]]',
                       loss="half_squared_error", extra=_data("[0.35, 0.7]", "[0.5]", learning_rate=1.0)),
    # the quiz solution: x = 120; ReLU hidden units h1 = max(10 - 0.01x, 0), h2 = max(0.1x, 0); outputs y1_hat = 4 +
    # 0.05 h1, y2_hat = -0.01 h1 + 0.2 h2, a softmax, the cross-entropy; the sample is of class 2
    "b26_quiz": _layers('inputs = 1\nunits = 2\nactivation = "relu"\nweights = [[-0.01], [0.1]]\nbiases = [10.0, 0.0]',
                        'units = 2\nactivation = "softmax"\nweights = [[0.05, 0.0], [-0.01, 0.2]]\nbiases = [4.0, 0.0]',
                        loss="cross_entropy", extra=_data("[120.0]", "[0.0, 1.0]")),
    # the softmax note: three classes, a softmax on logits z, loss -sum_i y^i ln(s^i); no numbers (a linear layer of
    # two inputs gives the logits)
    "b26_smx": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy",
                       extra=_data("[0.5, -1.0]", "[0.0, 1.0, 0.0]")),
    # "Important equations for backpropagation": sigmoid layers, C = (a^L - y)^2 (nabla_a C = 2(a^L - y)); L the
    # output layer, here 2, with two units so that its vectors are vectors; no numbers
    "b26_imp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="squared_error"),
    # "Backpropagation intuition": logistic regression, z = w'x + b, a = sigmoid(z), l(a,y) the binary cross-entropy
    "b26_intu1": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # its two layers: z[1] = W[1] x + b[1], a[1] = sigmoid(z[1]), z[2] = W[2] a[1] + b[2], a[2] = sigmoid(z[2])
    "b26_intu2": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                         loss="binary_cross_entropy"),
    # Nielsen's chapter 2 as the notes copy it: sigmoid layers, the quadratic cost C_x = 1/2 ||y - a^L||^2 of one
    # example; l = 2 = L here, two outputs; one training example (n = 1)
    "b26_niel": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
}

NOTATIONS = {
    # kaifeng: X the input row, W_1 input-first (its transpose is W1), a_1, z_1, z_2, \hat{y}; \delta_2 = dL/dz_2 and
    # \delta_1 = dL/dz_1 as the page defines them; \eta the learning rate; W_k, b_k, \delta_k with k a layer of the
    # summary's rules
    "b26_kai": r'''
[notation]
indices = "q"
[notation.symbols]
"X" = "x[:]"
"b_{1}" = "b1[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"W_{2}" = "W2[0, :]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta_{2}" = "delta2[0]"
"\\delta_{1}" = "grad(z1[:])"
''',
    # kaifeng with W_1 named: the page's W_1 is input-first (z_1 = X W_1 + b_1), the transpose of W1; kept apart so
    # that the rest of the page does not depend on this meaning
    "b26_kai_w1": r'''
[notation]
indices = "q"
[notation.symbols]
"X" = "x[:]"
"W_{1}" = "W1[:, :].T"
"b_{1}" = "b1[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"\\delta_{1}" = "grad(z1[:])"
''',
    # GeeksforGeeks: x_i the inputs; w_{i,j} from input (or hidden unit) i to neuron j, j = 1, 2 the hidden neurons
    # and 3 the output; a_j the weighted sums, y_3, y_4 the hidden outputs, y_5 the output; \delta the error term
    # -dE/dz; \Delta w the change eta delta O, -dE/dw at the page's learning rate 1 (corrected after the blind run,
    # where the meanings were -eta*grad(...), which docs/notation.md does not allow: see the batch's docstring); F the
    # sigmoid; Error_j the error y_target - y_5
    "b26_gfg": r'''
[notation]
indices = "q"
functions = { F = "sigmoid" }
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1,1}" = "W1[0, 0]"
"w_{2,1}" = "W1[0, 1]"
"w_{1,2}" = "W1[1, 0]"
"w_{2,2}" = "W1[1, 1]"
"w_{1,3}" = "W2[0, 0]"
"w_{2,3}" = "W2[0, 1]"
"a_{1}" = "z1[0]"
"a_{2}" = "z1[1]"
"a_{3}" = "z2[0]"
"y_{3}" = "a1[0]"
"y_{4}" = "a1[1]"
"y_{5}" = "a2[0]"
"y_{target}" = "y[0]"
"\\delta_{5}" = "-delta2[0]"
"\\delta_{3}" = "-grad(z1[0])"
"\\delta_{4}" = "-grad(z1[1])"
"\\Delta w_{2,3}" = "-grad(W2[0, 1])"
"\\Delta w_{1,1}" = "-grad(W1[0, 0])"
"Error_{j}" = "y[0] - a2[0]"
''',
    # the quiz solution's names: x the input, h1 and h2 the hidden outputs, y1_hat and y2_hat the logits, y1 and y2
    # the softmax outputs, L the loss, dLdw22 the derivative of L by the weight from h2 to output 2
    "b26_quiz": r'''
[notation.symbols]
"x" = "x[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"y1_hat" = "z2[0]"
"y2_hat" = "z2[1]"
"y1" = "a2[0]"
"y2" = "a2[1]"
"dLdw22" = "grad(W2[1, 1])"
''',
    # the softmax note: s^i the i-th softmax output and y^i its target, counted from 1 (s^1, s^2, s^3); N the classes;
    # loss the loss; the label letter i where the note takes the one class whose target is 1
    "b26_smx": r'''
[notation]
indices = "i"
loss = ["loss"]
[notation.symbols]
"s^{i}" = "a1[i-1]"
"y^{i}" = "y[i-1]"
"z" = "z1[:]"
"N" = "3"
''',
    # the note's "loss=-y^i*ln(s^i)" after "only one target is 1": i the label letter, the sample's class
    "b26_smx_label": r'''
[notation]
indices = "k"
loss = ["loss"]
label = "i"
[notation.symbols]
"s^{k}" = "a1[k-1]"
"y^{k}" = "y[k-1]"
''',
    # "Important equations": L the output layer (2), L-1 the hidden one, written literally; w^L the output weights
    # (w^L_{jk} from unit k to unit j), a, z, b, \delta = dC/dz per layer, counted from 1; C the cost, \eta the rate
    "b26_imp": r'''
[notation]
indices = "jk"
loss = ["C"]
[notation.symbols]
"a^{L}" = "a2[:]"
"a^{L}_{j}" = "a2[j-1]"
"z^{L}" = "z2[:]"
"z^{L}_{j}" = "z2[j-1]"
"a^{L-1}" = "a1[:]"
"a^{L-1}_{k}" = "a1[k-1]"
"z^{L-1}" = "z1[:]"
"w^{L}" = "W2[:, :]"
"w^{L}_{jk}" = "W2[j-1, k-1]"
"b^{L}" = "b2[:]"
"y" = "y[:]"
"\\delta^{L}" = "grad(z2[:])"
"\\delta^{L}_{j}" = "grad(z2[j-1])"
"\\delta^{L-1}" = "grad(z1[:])"
''',
    # "Backpropagation intuition", one layer: a, z, w (the weights), x, b, y; l(a,y) the loss; da, dz, dw, db the
    # derivatives of the loss (Ng's names); g the sigmoid
    "b26_intu1": r'''
[notation]
indices = "q"
loss = ["l"]
functions = { g = "sigmoid" }
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"y" = "y[0]"
"da" = "grad(a1[0])"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
''',
    # its two layers, Ng's layer superscripts ^{[l]} (the page writes them in plain text's brackets, z[1]); W and
    # dw the weights and their derivatives; g[1] the hidden activation
    "b26_intu2": r'''
[notation]
indices = "q"
loss = ["l"]
functions = { "g^{[1]}" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"W^{[1]}" = "W1[:, :]"
"W^{[2]}" = "W2[:, :]"
"b^{[1]}" = "b1[:]"
"b^{[2]}" = "b2[:]"
"z^{[1]}" = "z1[:]"
"z^{[2]}" = "z2[:]"
"a^{[1]}" = "a1[:]"
"a^{[2]}" = "a2[:]"
"dz^{[2]}" = "grad(z2[:])"
"dz^{[1]}" = "grad(z1[:])"
"dw^{[2]}" = "grad(W2[:, :])"
"dw^{[1]}" = "grad(W1[:, :])"
"db^{[2]}" = "grad(b2[:])"
"db^{[1]}" = "grad(b1[:])"
''',
    # Nielsen's notation as the notes copy it, l the layer (2 here, literal), j and k units counted from 1; C_x the
    # cost of one example, n the examples (one here)
    "b26_niel": r'''
[notation]
indices = "jk"
loss = ["C_{x}", "C"]
[notation.symbols]
"a_{j}^{l}" = "a2[j-1]"
"a^{l}" = "a2[:]"
"w^{l}_{jk}" = "W2[j-1, k-1]"
"w^{l}" = "W2[:, :]"
"a^{l-1}_{k}" = "a1[k-1]"
"a^{l-1}" = "a1[:]"
"b^{l}_{j}" = "b2[j-1]"
"b^{l}" = "b2[:]"
"z^{l}" = "z2[:]"
"a^{L}" = "a2[:]"
"a^{L}_{j}" = "a2[j-1]"
"y" = "y[:]"
"y_{j}" = "y[j-1]"
"n" = "1"
''',
}
