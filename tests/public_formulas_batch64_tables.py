"""The networks and notations of batch 64 of the held-out public formulas (tests/public_formulas_batch64.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b64_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Heba's "Building your First Neural Network Part 1": one sigmoid neuron on the car data's 21 one-hot features
    # (x1 ... x21, w1 ... w21, one bias b), the binary cross-entropy J averaged over the N samples (one here); the
    # page's code steps with a rate of 0.1
    "b64_heba": _layers('inputs = 21\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the module summary's Problem 3: a logistic neuron, w = [0.2, -0.4], b = 0.1, x = [1.0, 2.0], y = 1, the binary
    # cross-entropy (the page gives no rate for it)
    "b64_lesson": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.2, -0.4]]\nbiases = [0.1]',
                               loss="binary_cross_entropy", extra=_data("[1.0, 2.0]", "[1.0]")),
    # the Korean exercise sheet's Problem 2: z = theta_0 + theta_1 x, y_hat = sigma(z), the binary cross-entropy L
    # of one sample (J its mean over the N samples; one here), theta_0 = theta_1 = 0 at the start, alpha = 1; the
    # sample x = 2, y = 1 (the sheet's third)
    "b64_kor": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.0]]\nbiases = [0.0]',
                            loss="binary_cross_entropy", extra=_data("[2.0]", "[1.0]", learning_rate=1.0)),
    # the "Back Propagation" notes' example: x -> ReLU -> sigmoid output y_hat, the binary cross-entropy; two inputs
    # and two hidden units here
    "b64_bpmd": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                        loss="binary_cross_entropy"),
    # the same notes' general algorithm (sigma' the activation's derivative at every layer): two layers of sigmoid
    # units, three inputs, two hidden units, two outputs, the binary cross-entropy of two yes/no outputs
    "b64_bpmd_gen": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="binary_cross_entropy"),
    # the ANN project README after 3Blue1Brown: one neuron per layer, a^{(L)} = sigma(w^{(L)} a^{(L-1)} + b^{(L)}),
    # C_0 = (a^{(L)} - y)^2 for the first training example; two layers (L = 2) of one sigmoid unit on one input
    "b64_ann": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the Turkish YZ50 note on 3Blue1Brown's lesson: one neuron per layer, "3 weight, 3 bias" (three layers, L = 3),
    # C_0 = (a^{(L)} - y)^2, sigma a sigmoid here (the note: "Sigmoid/ReLU gibi")
    "b64_yz50": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        'units = 1\nactivation = "sigmoid"', loss="squared_error"),
    # the same note's network of several neurons per layer: j indexes layer L's units, k layer L-1's, C_0 =
    # sum_j (a_j^{(L)} - y_j)^2; two inputs, two hidden sigmoid units, two sigmoid outputs (L = 2)
    "b64_yz50_multi": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                              loss="squared_error"),
    # the CS229 lecture 8 notes' toy: x = [1, 2], W1 = [[1, -1], [0.5, 0.5]], b1 = [0, 0], a1 = ReLU(z1), W2 = [2, -1],
    # b2 = 0, y_hat = W2 a1, target 1, L = (1/2)(y_hat - y)^2; the zero biases are none (z1 = W1 x as the page writes)
    "b64_cs229": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nbias = "none"\n'
                              'weights = [[1.0, -1.0], [0.5, 0.5]]',
                              'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[2.0, -1.0]]',
                              loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]")),
    # the C# test's linear model: y = W x + b, W = [0.5, 1.0], b = 0.1, x = [2.0, 3.0], y_true = 4.0, Loss =
    # (y_pred - y_true)^2
    "b64_csharp": problem_text('inputs = 2\nunits = 1\nactivation = "identity"\nweights = [[0.5, 1.0]]\nbiases = [0.1]',
                               loss="squared_error", extra=_data("[2.0, 3.0]", "[4.0]")),
    # the Indonesian cheat sheet: Z = X . W + b (rows, W input-first), a softmax output layer under the categorical
    # cross-entropy; one layer of three classes on three inputs
    "b64_indo": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # ArhamazizNoman's README: Z^{[l]} = A^{[l-1]} W^{[l]} + b^{[l]} (rows, W input-first), a ReLU hidden layer and a
    # softmax output under the categorical cross-entropy, m examples (one here); two inputs, three hidden units,
    # three classes
    "b64_arham": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                         loss="cross_entropy"),
}

NOTATIONS = {
    # Heba's letters: x_i and w_i counted from 1 (x1 ... x21), b the bias, z the sum, y_hat the neuron's output, y
    # the label, J(y, y_hat) the cost over N samples (one); dw_i and db the gradients (Step 5: dw_1 =
    # dJ/dw_1); the code's y_hat, dZ = dJ/dz, W the weight vector and dW its gradient
    "b64_heba": r'''
[notation]
indices = "i"
loss = ["J"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"N" = "1"
"dw_{i}" = "grad(W1[0, i-1])"
"db" = "grad(b1[0])"
"y_hat" = "a1[0]"
"dZ" = "grad(z1[0])"
"W" = "W1[0, :]"
"dW" = "grad(W1[0, :])"
''',
    # the module summary's letters: w the weight vector (w_1, w_2 its entries), x the input, b the bias, z the logit,
    # y_hat the predicted probability, y the label; \mathcal{L} the loss (the page's e, the error y_hat - y, is
    # left unnamed: its e is also Euler's, e^{0.5}, on the line before)
    "b64_lesson": r'''
[notation]
indices = "i"
loss = ["\\mathcal{L}"]
[notation.symbols]
"w" = "W1[0, :]"
"w_{i}" = "W1[0, i-1]"
"x" = "x[:]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # the sheet's letters: theta_0 the intercept, theta_1 the weight, x the feature, z the logit, y_hat the
    # probability, y the label; x_i, y_i, y_hat_i those of sample i (one sample, N = 1); L the sample's loss, J the mean
    "b64_kor": r'''
[notation]
indices = "i"
loss = ["L", "J"]
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"x" = "x[0]"
"x_{i}" = "x[0]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"\\hat{y}_{i}" = "a1[0]"
"N" = "1"
''',
    # the notes' letters, layer l in parentheses: W^{(l)}, b^{(l)}, z^{(l)}, a^{(l)} (a^{(0)} the input x),
    # delta^{(l)} = dL/dz^{(l)}, y_hat the output, y the label; L the loss (and, as a layer, the output layer)
    "b64_bpmd": r'''
[notation]
indices = "l"
[notation.symbols]
"x" = "x[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(0)}" = "x[:]"
"a^{(l)}" = "a{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the same letters for the general algorithm's network (two outputs: y the target vector)
    "b64_bpmd_gen": r'''
[notation]
indices = "l"
[notation.symbols]
"x" = "x[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(0)}" = "x[:]"
"a^{(l)}" = "a{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
"y" = "y[:]"
''',
    # 3Blue1Brown's letters as the README writes them: layer L the last (2 here), L-1 the one before; w, b, z, a of
    # a layer's one neuron; y the desired output; C_0 the first example's cost (C the average); z bare, in the
    # transfer functions' definitions, the last layer's weighted sum
    "b64_ann": r'''
[notation]
loss = ["C_{0}", "C"]
[notation.symbols]
"w^{(L)}" = "W2[0, 0]"
"b^{(L)}" = "b2[0]"
"z^{(L)}" = "z2[0]"
"a^{(L)}" = "a2[0]"
"a^{(L-1)}" = "a1[0]"
"y" = "y[0]"
"z" = "z2[0]"
''',
    # the note's letters for one neuron per layer: L the last layer (3 here), L-1 the one before; C_0 the cost of
    # one example
    "b64_yz50": r'''
[notation]
loss = ["C_{0}", "C"]
[notation.symbols]
"w^{(L)}" = "W3[0, 0]"
"b^{(L)}" = "b3[0]"
"z^{(L)}" = "z3[0]"
"a^{(L)}" = "a3[0]"
"a^{(L-1)}" = "a2[0]"
"y" = "y[0]"
''',
    # the note's letters for several neurons per layer (its table): j a unit of layer L (2 here), k a unit of layer
    # L-1, w_{jk}^{(L)} from k to j (output-first, "j once, k sonra"), counted from 0 as 3Blue1Brown's a_0; W^{(L)}
    # the matrix, a^{(L)}, z^{(L)} the vectors
    "b64_yz50_multi": r'''
[notation]
indices = "jk"
loss = ["C_{0}", "C"]
[notation.symbols]
"w_{jk}^{(L)}" = "W2[j, k]"
"b_{j}^{(L)}" = "b2[j]"
"z_{j}^{(L)}" = "z2[j]"
"a_{j}^{(L)}" = "a2[j]"
"a_{k}^{(L-1)}" = "a1[k]"
"y_{j}" = "y[j]"
"W^{(L)}" = "W2[:, :]"
"z^{(L)}" = "z2[:]"
"a^{(L)}" = "a2[:]"
"a^{(L-1)}" = "a1[:]"
''',
    # the toy's plain-text names: x the input, W1 the first layer's matrix, z1 and a1 its vectors, W2 the output's
    # row of weights, y_hat the output, y the target; L the loss
    "b64_cs229": r'''
[notation.symbols]
"x" = "x[:]"
"W1" = "W1[:, :]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"W2" = "W2[0, :]"
"y_hat" = "a2[0]"
"y" = "y[0]"
''',
    # the test's comment names: w_i and x_i counted from 1 (w1, w2, x1, x2), b the bias, y_pred the output, y_true
    # the target, error = y_pred - y_true, Loss the loss; the code's gradW1, gradW2, gradB the gradients
    "b64_csharp": r'''
[notation]
indices = "i"
loss = ["Loss"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"y_pred" = "a1[0]"
"y_true" = "y[0]"
"error" = "a1[0] - y[0]"
"gradW1" = "grad(W1[0, 0])"
"gradW2" = "grad(W1[0, 1])"
"gradB" = "grad(b1[0])"
''',
    # the cheat sheet's letters: X the input row, W the input-first weight matrix, b the biases, Z the logits (z_i
    # the i-th, from 1), y_hat the probabilities, y the one-hot target; dZ_output and dZ = dL/dZ, dW and db the
    # gradients (dW input-first, as W); alpha the learning rate
    "b64_indo": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[:, :].T"
"b" = "b1[:]"
"Z" = "z1[:]"
"z_{i}" = "z1[i-1]"
"\\hat{y}" = "a1[:]"
"y" = "t[:]"
"dZ_{\\text{output}}" = "grad(z1[:])"
"dZ" = "grad(z1[:])"
"dW" = "grad(W1[:, :]).T"
"db" = "grad(b1[:])"
''',
    # the README's Ng-style letters in rows: A^{[l]} (A^{[0]} = X) the activations, Z^{[l]} the sums, W^{[l]}
    # input-first, b^{[l]}; g^{[l]} layer l's activation (ReLU, then softmax); Y_hat the probabilities, Y the one-hot
    # labels; dZ, dA, dW, db the gradients; m examples (one); L the output layer
    "b64_arham": r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
functions = { "g^{[1]}" = "relu", "g^{[2]}" = "softmax" }
[notation.symbols]
"X" = "x[:]"
"A^{[0]}" = "x[:]"
"A^{[l]}" = "a{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :].T"
"b^{[l]}" = "b{l}[:]"
"\\hat{Y}" = "a2[:]"
"Y" = "t[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"dW^{[l]}" = "grad(W{l}[:, :]).T"
"db^{[l]}" = "grad(b{l}[:])"
"m" = "1"
''',
}
