"""The networks and notations of batch 91 of the held-out public formulas (tests/public_formulas_batch91.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b91_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Lucidarme's simplest perceptron: N inputs (3 here) -> one linear output y (f(x) = x), no bias, E = 1/2 (y' -
    # y)^2 with y' the expected output
    "b91_luc": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # Lucidarme's perceptron with an activation f (Nemotron-CC-Math's copy of his second post): N inputs (3 here)
    # -> y = f(S), S = sum_i w_i x_i, no bias; f the sigmoid here (the post leaves it general), E = 1/2 (y_expected -
    # y_real)^2
    "b91_lun": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Data Science Stack Exchange question's document: inputs i -> hidden j -> outputs k, sigmoid units (a_k(1 -
    # a_k)), E = 1/2 sum_k (t_k - a_k)^2; 2-3-2 here
    "b91_dse": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Bishop's section 5.3.1 (the Cross Validated question and Nemotron's copy of its answer): inputs z_i -> hidden
    # a_j = sum_i w_ji z_i, z_j = h(a_j) -> outputs a_k = sum_j w_kj z_j, the biases absorbed in the weights (none
    # here); h = tanh, linear outputs and the sum of squares (regression, delta_k = y_k - t_k); 2-3-2 here
    "b91_bis": _layers('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # Bishop's eq. 5.50 (Nemotron's copy of "Backpropagation - Assumption or Error in Bishop's PRaML"): units j fed
    # by inputs i through w_ji, a_j their sums, h their activation (the sigmoid here), E_n the sum of squares;
    # 2 -> 2 here
    "b91_asm": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # the Coursera forum thread's logistic regression: h_w(x) = 1/(1 + e^{-w^T x}) (no bias), J the cross-entropy
    # averaged over m samples (one here); two features
    "b91_log": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # the Hacker News comment: logits = h@W + b, h the rows of three hidden values (one sample here, from 2 inputs
    # through sigmoid units), W 3x2 (input-first), two logits; the comment gives no loss: softmax and the
    # cross-entropy here
    "b91_hn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                      loss="cross_entropy"),
    # jawad.dev's single neuron: z = w^T x + b, a = g(z) with g the sigmoid, J the average logistic cost (m = 1
    # here); two features
    "b91_jaw": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # arunprakaash's lesson: a regression output y hat (linear, one input and weight here), L the mean squared
    # error over n samples (one here)
    "b91_aru": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # Nemotron's "Deriving Gradients Using the Backpropagation Idea": a neuron, z its weighted input, y its
    # output; one input and a sigmoid here, the loss half the squared error (the post names none)
    "b91_dgb": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # sumanbhadra's page: one sigmoid neuron, x = 2, target y = 1, w on a slider (0.5 here), no bias; half the
    # squared error (the page's a(1-a) factor, its loss unnamed)
    "b91_sum": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                            loss="half_squared_error", extra=_data("[2.0]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # Lucidarme's letters: x_i the inputs, w_i the weights (counted from 1), w_i' the weight after the update, y the
    # output (the network's), y' the expected output, N the number of inputs, E the error, eta the rate
    "b91_luc": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"w_{i}'" = "new(W1[0, i-1])"
"y" = "a1[0]"
"y'" = "y[0]"
"N" = "3"
''',
    # the copy's letters: x_i, w_i (counted from 1), w_i^{before} and w_i^{after} the weight before and after the
    # update, S(w_i, x_i) the weighted sum, y = y_real the output, y_expected the target, f the activation (the
    # sigmoid here), N the number of inputs, E the error
    "b91_lun": r'''
[notation]
indices = "i"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"w_{i}^{\\text{before}}" = "W1[0, i-1]"
"w_{i}^{\\text{after}}" = "new(W1[0, i-1])"
"S" = "z1[0]"
"y" = "a1[0]"
"y_{\\text{real}}" = "a1[0]"
"y_{\\text{expected}}" = "y[0]"
"N" = "3"
''',
    # the document's fixed letters (literal: k the outputs, j the hidden units, i the inputs): a the activations,
    # net the net inputs, t_k the targets, w_kj and w_ji the weights (output-first), delta_k = (t_k - a_k) a_k (1 -
    # a_k) (-dE/dnet_k), Delta w the change, epsilon the rate, E the error
    "b91_dse": r'''
[notation]
indices = "p"
loss = ["E"]
learning_rate = ["\\epsilon"]
[notation.symbols]
"a_{k}" = "a2[k]"
"a_{j}" = "a1[j]"
"a_{i}" = "x[i]"
"t_{k}" = "y[k]"
"net_{k}" = "z2[k]"
"net_{j}" = "z1[j]"
"w_{kj}" = "W2[k, j]"
"w_{ji}" = "W1[j, i]"
"\\delta_{k}" = "-delta2[k]"
"\\Delta w_{kj}" = "-eta*grad(W2[k, j])"
"\\Delta w_{ji}" = "-eta*grad(W1[j, i])"
''',
    # Bishop's fixed letters in the question (literal: i the inputs, j the hidden units, k the outputs): z_i the
    # inputs, a_j and z_j = h(a_j) the hidden sums and outputs, a_k the outputs' sums, w_ji and w_kj the weights,
    # delta = dE_n/da, h the hidden activation (tanh here)
    "b91_cv": r'''
[notation]
indices = "p"
loss = ["E_{n}"]
functions = { h = "tanh" }
[notation.symbols]
"z_{i}" = "x[i]"
"a_{j}" = "z1[j]"
"z_{j}" = "a1[j]"
"a_{k}" = "z2[k]"
"w_{ji}" = "W1[j, i]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
''',
    # the answer's letters (literal): j the hidden unit, k the outputs, and i the hidden units again in a_k = sum_i
    # w_ki z_i (z_i = h(a_i)): a_i, a_j the hidden sums, z_i the hidden outputs, a_k the outputs' sums, w_ki and
    # w_kj the weights into the outputs, delta = dE_n/da, h the hidden activation (tanh here)
    "b91_bia": r'''
[notation]
indices = "p"
loss = ["E_{n}"]
functions = { h = "tanh" }
[notation.symbols]
"a_{i}" = "z1[i]"
"a_{j}" = "z1[j]"
"z_{i}" = "a1[i]"
"z_{j}" = "a1[j]"
"a_{k}" = "z2[k]"
"w_{ki}" = "W2[k, i]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
''',
    # Bishop's eq. 5.50 and the question's letters (literal j and i): a_j the unit's sum, w_ji its weight from
    # input i, h the unit's activation written as the unit's output (the question's dE_n/dh, dh/da_j), E_n the error
    "b91_asm": r'''
[notation]
indices = "p"
loss = ["E_{n}"]
[notation.symbols]
"a_{j}" = "z1[j]"
"w_{ji}" = "W1[j, i]"
"z_{i}" = "x[i]"
"h" = "a1[j]"
''',
    # the course's letters: w_j the weights (counted from 1), w the vector, x^{(i)} sample i's features and
    # x_j^{(i)} its j-th, y^{(i)} its label, m the number of samples (one), h_w the model (the layer's map), J the cost
    "b91_log": r'''
[notation]
indices = "j"
loss = ["J"]
functions = { "h_{w}" = "layer" }
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"w" = "W1[0, :]"
"x" = "x[:]"
"x^{(i)}" = "x[:]"
"x_{j}^{(i)}" = "x[j-1]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the comment's names (one sample, the first row): h = [h11 h12 h13], W = [[w11 w12], [w21 w22], [w31 w32]]
    # input-first, b = [b1, b2], logits = h@W + b, Logit11 and Logit12 (also written logit11) the two logits, L the
    # loss
    "b91_hn": r'''
[notation]
loss = ["L"]
[notation.symbols]
"h" = "a1[:].T"
"W" = "W2[:, :].T"
"b" = "b2[:].T"
"logits" = "z2[:].T"
"h11" = "a1[0]"
"h12" = "a1[1]"
"h13" = "a1[2]"
"w11" = "W2[0, 0]"
"w12" = "W2[1, 0]"
"w21" = "W2[0, 1]"
"w22" = "W2[1, 1]"
"w31" = "W2[0, 2]"
"w32" = "W2[1, 2]"
"b1" = "b2[0]"
"b2" = "b2[1]"
"Logit11" = "z2[0]"
"Logit12" = "z2[1]"
"logit11" = "z2[0]"
"logit12" = "z2[1]"
''',
    # the lesson's letters: x, w (a vector), b, z = w^T x + b, a = g(z) with g the sigmoid, y^{(i)} and a^{(i)}
    # sample i's label and output (one sample, m = 1), J the cost, alpha the rate
    "b91_jaw": r'''
[notation]
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { g = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"a^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the lesson's letters: y hat_i the prediction and y_i the actual value of sample i (one sample, n = 1), w the
    # weight, L the loss, eta the rate
    "b91_aru": r'''
[notation]
indices = "i"
loss = ["L"]
[notation.symbols]
"\\hat{y}_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"n" = "1"
"w" = "W1[0, 0]"
''',
    # the post's letters: x the neuron's input, w its weight, z the weighted sum, y the neuron's output, delta its
    # error term dL/dz, L the loss, eta the rate
    "b91_dgb": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"z" = "z1[0]"
"y" = "a1[0]"
"\\delta" = "delta1[0]"
''',
    # the page's letters: x, w, z = w x, a = sigmoid(z), y the target, L the loss, eta the rate
    "b91_sum": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
}
