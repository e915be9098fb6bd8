"""The networks and notations of batch 27 of the held-out public formulas (tests/public_formulas_batch27.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b27_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # simplemachinelearning's "Gradient Descent, By Hand": one data point x = 2, y = 5, the model yhat = w x, w = 1,
    # the squared loss (y - w x)^2, eta = 0.1
    "b27_sml": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[1.0]]',
                       loss="squared_error",
                       extra="\n[data]\nx = [[2.0]]\ny = [[5.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # the Cross Validated question (Nemotron's copy): h = t(w_1 x + b_1), g = t(w_2 h + b_2), yhat = t(w_3 g + b_3),
    # one input, t "the activation function" (tanh here), Loss = 1/2 sum (y - yhat)^2 over the one output
    "b27_chain": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                         'units = 1\nactivation = "tanh"', loss="half_squared_error"),
    # the Mathematics Stack Exchange question (Nemotron's copy): inputs x_1 ... x_M (M = 3 here), two sigmoid hidden
    # units h_1, h_2 without biases (hbar_1 = sum_j x_j W^h_{1j}), K linear outputs (K = 3 here; the answer's
    # yhat_k = h_1 W^o_{k1} + h_2 W^o_{k2}), J = 1/2 sum (yhat - y)^2 (the answer: "you are performing a regression")
    "b27_calc": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                        'units = 3\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # "An Example of Backpropagation in a Four-Layer Neural Network Using Cross-Entropy Loss" (Nemotron's copy): the
    # output layer's z^3 of three units, softmax, the cross-entropy with a one-hot y; two hidden layers before it
    # (sigmoid here; the excerpt does not say)
    "b27_four": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        'units = 3\nactivation = "softmax"', loss="cross_entropy"),
    # onenoughtone's "Softmax Cross-Entropy Gradient": K logits z (three here), p = softmax(z), L = -sum y_i log p_i
    "b27_one": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # the deeplearning.ai forum's "Exercise 6 - backward_propagation" (Course 1, week 3's planar data): a tanh hidden
    # layer (4 units) and one sigmoid output, the logistic cost; one example (m = 1)
    "b27_ex6": _layers('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # lonewolfc7's notes on Ng's deep network: layers l with g^{[l]} (the sigmoid at every layer here), the logistic
    # cost; W^{[2]} square (3 x 3), so that its equation (6) has a value
    "b27_lone": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                        'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # douzujun's summary of Ng's course (zoukankan's copy): RELU hidden layers (l in [L-1, 1]) and a sigmoid output
    # layer L, the logistic cost; L = 3 here
    "b27_douz": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                        'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the deeplearning.ai forum's "C2W1 - A1 Backward Propagation": Course 2 week 1's three-layer model
    # LINEAR -> RELU -> LINEAR -> RELU -> LINEAR -> SIGMOID, the logistic cost (2 -> 3 -> 2 -> 1 here)
    "b27_c2w1": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                        'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the deeplearning.ai forum's "Course 1 week 3 backpropagation intuition" reply: a sigmoid hidden layer ("Here I
    # have assumed activation function at hidden layer is sigmoid") and a sigmoid output, the logistic loss
    "b27_intu": _layers('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="binary_cross_entropy"),
}

NOTATIONS = {
    # x, y the data point, w the weight, yhat = w x; w_new the updated weight
    "b27_sml": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"\\hat{y}" = "a1[0]"
"w_{new}" = "new(W1[0, 0])"
''',
    # h, g, yhat the three units' outputs, w_1 ... w_3 and b_1 ... b_3 their weights and biases; t the activation
    # function; Loss (and L in the derivatives) the loss
    "b27_chain": r'''
[notation]
loss = ["\\text{Loss}", "L"]
functions = { t = "tanh" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"h" = "a1[0]"
"g" = "a2[0]"
"\\hat{y}" = "a3[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"w_{3}" = "W3[0, 0]"
"b_{1}" = "b1[0]"
"b_{2}" = "b2[0]"
"b_{3}" = "b3[0]"
''',
    # W^h_{im} joins input m to hidden unit i, W^o_{ki} hidden unit i to output k (the question's words); W^o_i the
    # column (W_{1i}, ..., W_{Ki})^T (the answer's); hbar_i the hidden unit's sum, h_i its output; counted from 1;
    # forward(x) the network's output; J_t the loss
    "b27_calc": r'''
[notation]
indices = "ijkm"
loss = ["J_{t}"]
functions = { forward = "layer" }
[notation.symbols]
"x_{m}" = "x[m-1]"
"W_{im}^{h}" = "W1[i-1, m-1]"
"W_{ki}^{o}" = "W2[k-1, i-1]"
"W_{i}^{o}" = "W2[:, i-1]"
"\\bar{h}_{i}" = "z1[i-1]"
"h_{i}" = "a1[i-1]"
"\\hat{y}_{k}" = "a2[k-1]"
"y_{k}" = "y[k-1]"
''',
    # z^3_k the output layer's inputs (layer 3 of four, the input layer counted 0), yhat_k the softmax's outputs,
    # y_k the one-hot target, counted from 1; the page's bold sigma is the softmax; H the cross-entropy
    "b27_four": r'''
[notation]
indices = "ik"
loss = ["H"]
functions = { "\\sigma" = "softmax" }
[notation.symbols]
"z_{k}^{3}" = "z3[k-1]"
"\\hat{y}_{k}" = "a3[k-1]"
"y_{k}" = "t[k-1]"
''',
    # z_i the logits, p_i the probabilities, y_i the one-hot target, counted from 1; c the correct class
    "b27_one": r'''
[notation]
indices = "ij"
label = "c"
[notation.symbols]
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
''',
    # the course's names in plain text: A[l] (A2, A1) the activations of layer l, A[0] the input X, Y the labels,
    # dZ[l], dW[l], db[l] the cost's derivatives by Z, W, b of layer l; m the number of examples (one)
    "b27_ex6": r'''
[notation]
indices = "l"
[notation.symbols]
"A[0]" = "x[:]"
"A[l]" = "a{l}[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"Y" = "y[:]"
"dZ[l]" = "grad(z{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"m" = "1"
''',
    # Ng's letters: z, a (Z, A for the examples' matrices, one example here) of layer l, a^{[0]} the input, W and
    # b; dz, da, dw, db (dZ, dA, dW) the loss's derivatives by them; g^{[l]} the activation of layer l (the
    # sigmoid at every layer of this network); m the number of examples (one)
    "b27_lone": r'''
[notation]
indices = "jkl"
functions = { g = "sigmoid", "g^{[l]}" = "sigmoid" }
[notation.symbols]
"z_{j}^{[l]}" = "z{l}[j]"
"Z_{j}^{[l]}" = "z{l}[j]"
"a_{j}^{[l]}" = "a{l}[j]"
"A_{j}^{[l]}" = "a{l}[j]"
"a_{j}^{[0]}" = "x[j]"
"A_{j}^{[0]}" = "x[j]"
"W_{jk}^{[l]}" = "W{l}[j, k]"
"b_{j}^{[l]}" = "b{l}[j]"
"dz_{j}^{[l]}" = "grad(z{l}[j])"
"dZ_{j}^{[l]}" = "grad(z{l}[j])"
"da_{j}^{[l]}" = "grad(a{l}[j])"
"dA_{j}^{[l]}" = "grad(a{l}[j])"
"dw_{jk}^{[l]}" = "grad(W{l}[j, k])"
"dW_{jk}^{[l]}" = "grad(W{l}[j, k])"
"db_{j}^{[l]}" = "grad(b{l}[j])"
"m" = "1"
''',
    # the summary's names: AL, dAL, dZL, dWL, dbL the output layer L's (L = 3), A^{[l]}, Z^{[l]}, W^{[l]} and their
    # d-names at layer l, A^{[0]} the input, Y the label; g the hidden layers' RELU; m the number of examples (one)
    "b27_douz": r'''
[notation]
indices = "jkl"
functions = { g = "relu" }
[notation.symbols]
"AL" = "a3[:]"
"dAL" = "grad(a3[:])"
"dZL" = "grad(z3[:])"
"dWL" = "grad(W3[:, :])"
"dbL" = "grad(b3[:])"
"Y" = "y[:]"
"A_{j}^{[l]}" = "a{l}[j]"
"A_{j}^{[0]}" = "x[j]"
"Z_{j}^{[l]}" = "z{l}[j]"
"W_{jk}^{[l]}" = "W{l}[j, k]"
"dA_{j}^{[l]}" = "grad(a{l}[j])"
"dZ_{j}^{[l]}" = "grad(z{l}[j])"
"dW_{jk}^{[l]}" = "grad(W{l}[j, k])"
"db_{j}^{[l]}" = "grad(b{l}[j])"
"m" = "1"
''',
    # the assignment's code names: X, Y the data, a1 ... a3 the layers' activations, dz1 ... dz3, da1, da2, dW1 ...
    # dW3, db1 ... db3 the cost's derivatives by them; m the number of examples (one); W2, W3 symbols.md's own
    "b27_c2w1": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"a3" = "a3[:]"
"dz1" = "grad(z1[:])"
"dz2" = "grad(z2[:])"
"dz3" = "grad(z3[:])"
"da1" = "grad(a1[:])"
"da2" = "grad(a2[:])"
"dW1" = "grad(W1[:, :])"
"dW2" = "grad(W2[:, :])"
"dW3" = "grad(W3[:, :])"
"db1" = "grad(b1[:])"
"db2" = "grad(b2[:])"
"db3" = "grad(b3[:])"
"m" = "1"
''',
    # the reply's plain names: z1, a1 the hidden layer's sums and outputs, z2, a2 the output unit's, w2 its weights,
    # y the label; L the loss
    "b27_intu": r'''
[notation]
[notation.symbols]
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"w2" = "W2[0, :]"
"y" = "y[0]"
''',
}
