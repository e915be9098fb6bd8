"""The networks and notations of batch 47 of the held-out public formulas (tests/public_formulas_batch47.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b47_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# the scribd example's unit: w = 0.2, b = 0.1, a sigmoid and the binary cross-entropy, alpha = 0.1
_SCRIBD_UNIT = 'inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.2]]\nbiases = [0.1]'


NETWORKS = {
    # Andrew Ng's course as the Cross Validated question (166522) and the mcmap.net question quote it: sigmoid
    # layers, one hidden, the log loss summed over the sigmoid outputs (ex4's), so delta^(L) = a^(L) - y
    "b47_ng_bce": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # the same layers with the squared error that "Mitchell's book" (the question's other source) descends,
    # 1/2 sum (y - a)^2, for which delta^(L) = (a - y) .* a .* (1 - a)
    "b47_mitchell": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error"),
    # one sigmoid unit with the binary cross-entropy: Ng's logistic regression (ai.stackexchange 31679's "Andrew
    # Ng's C1W2L09 video") and the deeplearning.ai perceptron lab of Shark2's post
    "b47_unit_bce": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nielsen's quadratic cost L = 1/2 ||y - a^L||^2 on sigmoid layers (ai.stackexchange 31679's answer)
    "b47_nielsen_quad": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                                loss="half_squared_error"),
    # "Derive the Gradients of a Basic Neural Network": x (D_x = 2) -> sigmoid h (H = 3) -> softmax yhat (D_y =
    # 2), J = CE(y, yhat); the page's row vectors and input-first W_1, W_2 (z_1 = xW_1 + b_1) are the same sums
    "b47_sig_softmax": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                               loss="cross_entropy"),
    # CS231n's two-layer net of assignment 1: fully connected, ReLU, fully connected, the softmax loss (its L2
    # regularization left out: the page's formulas read here are the data loss's); three classes
    "b47_relu_softmax": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                                loss="cross_entropy"),
    # Deep Learning Essentials' TensorFlow network (Nielsen's first network, after blog.aloni.org's code): sigmoid
    # layers, the error a_2 - y of the quadratic cost 1/2 sum (a_2 - y)^2; 784-30-10 in the book, 2-3-2 here
    "b47_dle": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # "Neural Network Functions": a_1 = x, then sigmoid layers a_2, a_3 = a_l, the cost 1/2 (y - a_l)^2; one
    # output (the page's (y - a_l)^2 is a number)
    "b47_nnfunc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # 3Blue1Brown's chain of single neurons ("3 weights and 3 biases"), a^L = sigma(w^L a^{L-1} + b^L), the cost
    # C_0 = (a^L - y)^2 without a half
    "b47_chain3": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          'units = 1\nactivation = "sigmoid"', loss="squared_error"),
    # the scribd example (arietiform.com's copy): one sample each, x = 0.5 and y = 1 (its first data point),
    # x = 2.0 and y = 1 (sample 3), x = 3.0 and y = 0 (sample 4); w = 0.2, b = 0.1 each time ("We'll update the
    # weights for each sample", but samples 3 and 4 are worked with the initial w and b)
    "b47_scribd_x05": problem_text(_SCRIBD_UNIT, loss="binary_cross_entropy", extra=_data("[0.5]", "[1.0]", 0.1)),
    "b47_scribd_x2": problem_text(_SCRIBD_UNIT, loss="binary_cross_entropy", extra=_data("[2.0]", "[1.0]", 0.1)),
    "b47_scribd_x3": problem_text(_SCRIBD_UNIT, loss="binary_cross_entropy", extra=_data("[3.0]", "[0.0]", 0.1)),
    # Matt Mazur's network, as the Cross Validated question on an arbitrary hidden layer quotes it: 2-2-2 sigmoid,
    # one bias per layer (b_1, b_2), E_total = sum 1/2 (target - out)^2
    "b47_mazur": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"',
                         'units = 2\nactivation = "sigmoid"\nbias = "shared"', loss="half_squared_error"),
}

NOTATIONS = {
    # Ng's course: layers counted from the input, a^{(1)} = x, L = 3 the output layer; Theta^{(l)} the weights
    # from layer l to l + 1 (output-first, its bias column kept apart by the problem file), g the sigmoid,
    # delta^{(l)} = dJ/dz^{(l)}
    "b47_ng": r'''
[notation]
indices = "l"
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(L)}" = "a2[:]"
"\\delta^{(L)}" = "grad(z2[:])"
"a^{(l)}" = "a{l-1}[:]"
"z^{(l)}" = "z{l-1}[:]"
"\\delta^{(l)}" = "grad(z{l-1}[:])"
"\\Theta^{(l)}" = "W{l}[:, :]"
"y" = "y[:]"
''',
    # ai.stackexchange 31679's answer, Ng's side: one sigmoid unit, a its output, z its sum, 𝓛 (and L) the loss
    "b47_ng_unit": r'''
[notation]
loss = ["𝓛", "L"]
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
"y" = "y[0]"
''',
    # the same answer, Nielsen's side: the output layer L (layer 2 here), a its activations, z its sums,
    # delta^L = dC/dz^L; C, L and 𝓛 the cost
    "b47_nielsen": r'''
[notation]
loss = ["𝓛", "L", "C"]
[notation.symbols]
"a^{L}" = "a2[:]"
"z^{L}" = "z2[:]"
"\\delta^{L}" = "grad(z2[:])"
"a" = "a2[:]"
"z" = "z2[:]"
"y" = "y[:]"
''',
    # Shark2's post on the deeplearning.ai lab: one unit, a its output, z its sum, y the label; the post writes each
    # with the example's index in parentheses, a(i), y(i), z(i), which the spec's patterns (a base with scripts)
    # cannot name: the bare letters are named
    "b47_dlai_lab": r'''
[notation]
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
"y" = "y[0]"
''',
    # "Derive the Gradients of a Basic Neural Network": row vectors x, h, z_1, z_2, yhat; W_1 and W_2 input-first
    # (W_2 in R^{H x D_y}); J = CE(y, yhat) the loss, y the one-hot label, delta_1 = dJ/dz_2; classes from 0
    "b47_derive": r'''
[notation]
indices = "i"
loss = ["J", "CE"]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"z_{1}" = "z1[:]"
"z_{2}" = "z2[:]"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"\\hat{y}" = "a2[:]"
"\\hat{y}_{i}" = "a2[i]"
"y" = "t[:]"
"y_{i}" = "t[i]"
"\\delta_{1}" = "grad(z2[:])"
''',
    # the CS231n task-1 page: z_i the logits (classes from 0, as the assignment's code), yhat_i the softmax
    # probabilities, y_i the one-hot label; z = Wx + b the first layer, a = max(0, z) its ReLU, z' = W'a + b' the
    # second layer's logits; L the softmax loss
    "b47_cs231n": r'''
[notation]
indices = "i"
[notation.symbols]
"z_{i}" = "z2[i]"
"\\hat{y}_{i}" = "a2[i]"
"y_{i}" = "t[i]"
"x" = "x[:]"
"z" = "z1[:]"
"a" = "a1[:]"
"W" = "W1[:, :]"
"b" = "b1[:]"
"z'" = "z2[:]"
"W'" = "W2[:, :]"
"b'" = "b2[:]"
''',
    # Deep Learning Essentials' TensorFlow names: a_0 the input rows, a_1 the hidden activations, z_1 and z_2 the
    # sums, w_1 and w_2 input-first (a_1 = sigmoid(a_0 w_1 + b_1)), error = a_2 - y, and d_<name> the gradient of
    # the cost by <name> (d_w_2 input-first as w_2); the page's sigmoidprime(z) is its own function for sigma'(z),
    # which no notation can name (functions name activations)
    "b47_dle": r'''
[notation]
[notation.symbols]
"a_{0}" = "x[:]"
"a_{1}" = "a1[:]"
"z_{1}" = "z1[:]"
"z_{2}" = "z2[:]"
"w_{1}" = "W1[:, :].T"
"w_{2}" = "W2[:, :].T"
"error" = "a2[:] - y[:]"
"d_z_2" = "grad(z2[:])"
"d_b_2" = "grad(b2[:])"
"d_w_2" = "grad(W2[:, :]).T"
"d_a_1" = "grad(a1[:])"
"d_z_1" = "grad(z1[:])"
"d_b_1" = "grad(b1[:])"
"d_w_1" = "grad(W1[:, :]).T"
''',
    # "Neural Network Functions": layers counted from the input, a_1 = x, z_i and a_i of layer i (our layer i - 1),
    # w_i and b_i the weights (input-first, row vectors) and biases from layer i to i + 1, l the last layer (a
    # literal letter here: i is the placeholder), C the cost; z alone is the sigmoid's argument in its definition
    # (the output's sum here)
    "b47_nnfunc": r'''
[notation]
indices = "i"
loss = ["C"]
[notation.symbols]
"x" = "x[:]"
"a_{1}" = "x[:]"
"a_{l}" = "a2[:]"
"a_{i}" = "a{i-1}[:]"
"z_{i}" = "z{i-1}[:]"
"w_{i}" = "W{i}[:, :].T"
"b_{i}" = "b{i}[:]"
"z" = "z2[0]"
"y" = "y[0]"
''',
    # 3Blue1Brown's chain: L the last layer (layer 3), a^{L-1} the neuron before it, C_0 (and C) the cost of one
    # training example
    "b47_3b1b": r'''
[notation]
loss = ["C_{0}", "C"]
[notation.symbols]
"a^{L}" = "a3[0]"
"a^{L-1}" = "a2[0]"
"z^{L}" = "z3[0]"
"w^{L}" = "W3[0, 0]"
"b^{L}" = "b3[0]"
"y" = "y[0]"
''',
    # the scribd example: w, b, x, z of the one unit, y its label, BCE the binary cross-entropy
    "b47_scribd": r'''
[notation]
loss = ["BCE"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"z" = "z1[0]"
"y" = "y[0]"
''',
    # Mazur's names as the question quotes them: w_1 joins i_1 to h_1, net and out a unit's sum and output,
    # E_total the error
    "b47_mazur": r'''
[notation]
loss = ["E_{\\text{total}}"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"i_{1}" = "x[0]"
"\\text{net}_{h_1}" = "z1[0]"
"\\text{out}_{h_1}" = "a1[0]"
''',
    # the mcmap.net question: d the output layer's delta dJ/dz, a the output, z its sums, y the targets, f the
    # activation (the sigmoid)
    "b47_mcmap": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"d" = "grad(z2[:])"
"a" = "a2[:]"
"z" = "z2[:]"
"y" = "y[:]"
''',
}
