"""The networks and notations of batch 31 of the held-out public formulas (tests/public_formulas_batch31.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, and the notation a teacher would write for the page under shared/spec/notation.md
(and docs/notation.md for what the product documents). Keys start with b31_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged. No page of this batch works an example
with numbers the formulas taken use; the networks give sizes, activations and losses only.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the Chinese notes on Nielsen's chapter 2 (BP1-BP4): sigmoid layers, the quadratic cost C_x = 1/2 ||y - a^L||^2;
    # two inputs, three hidden units, two outputs
    "b31_nielsen": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # deeplizard's "Calculating the Gradient": C_0 = sum_j (a_j^(L) - y_j)^2, a^(L) = g^(L)(z^(L)), z_1^(L) =
    # sum_k w_1k^(L) a_k^(L-1) without a bias; node 2 of layer L-1 (counted from 0) needs three units there, node 1
    # of layer L two; g the sigmoid (the page leaves it general)
    "b31_dlz": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # the Stack Exchange question "Deriving Backpropagation Equations Natively in Tensor Form": z^(k+1) = sum_i
    # W_ij^(k) a_i^(k), bias a dummy activation (none here), f the sigmoid, E the half squared error (the question
    # names no loss); layer 1 is the input: three inputs, two hidden units, two outputs
    "b31_tensor": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                          'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Cross Validated question "Differentiating Roadmap of a Loss Function": logistic regression p_i =
    # sigmoid(sum_j w_j x_i^j), no bias, the binary cross-entropy; three features
    "b31_roadmap": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                           loss="binary_cross_entropy"),
    # lovelycatv's "simple network", one neuron per layer: a^(L-1) -> a^(L) = sigma(w a^(L-1) + b), L_0 = (a - y)^2 / 2
    "b31_cat": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the lab report's back-propagation steps: hidden neuron A feeding output neurons B and C, sigmoid, Error_B =
    # Output_B (1 - Output_B)(Target_B - Output_B), i.e. -dE/dz_B of the half squared error; its weight change has
    # no learning rate (eta = 1)
    "b31_nt": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error", extra="\n[update]\nlearning_rate = 1.0\n"),
    # the Chinese notes on Hung-yi Lee's lecture: one neuron z = w x + b, a = sigma(z), a cost C
    "b31_heiqu": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # UFLDL's Chinese "反向传导算法": layer 1 the input (three units), a sigmoid hidden layer 2 (two units) and output
    # layer n_l = 3 (two units), J = 1/2 ||y - h_{W,b}(x)||^2
    "b31_ufldl": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                         loss="half_squared_error"),
    # datahacker's backward_pass: X -> tanh hidden layer -> sigmoid output, the binary cross-entropy; two inputs,
    # three hidden units, m = 1 example
    "b31_dh": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # notesoncomputing's "Cross-Entropy + Softmax Gradient": logits z, p = softmax(z), L = -log p_y; three classes
    "b31_nc": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
}

NOTATIONS = {
    # Nielsen's notation as the notes copy it: w^l_{jk} output-first (unit j of layer l from unit k of layer l-1),
    # a^l_j, z^l_j, b^l_j, delta^l_j = dC/dz^l_j, the superscript without parentheses; a^0 the input; w^l, a^l,
    # z^l, delta^l the layer's matrix and vectors; C the cost, y the target
    "b31_nielsen": r'''
[notation]
indices = "jkl"
[notation.symbols]
"w_{jk}^{l}" = "W{l}[j, k]"
"w^{l}" = "W{l}[:, :]"
"b_{j}^{l}" = "b{l}[j]"
"a_{k}^{0}" = "x[k]"
"a_{j}^{l}" = "a{l}[j]"
"a^{l}" = "a{l}[:]"
"z_{j}^{l}" = "z{l}[j]"
"z^{l}" = "z{l}[:]"
"\\delta_{j}^{l}" = "grad(z{l}[j])"
"\\delta^{l}" = "grad(z{l}[:])"
''',
    # deeplizard: layer L the output (layer 2), L-1 the hidden layer, units counted from 0; w_{jk}^{(L)} joins node
    # k of layer L-1 to node j of layer L; C_0 the loss of sample 0; g^{(L)} the output's activation
    "b31_dlz": r'''
[notation]
indices = "jk"
loss = ["C_{0}"]
functions = { g = "sigmoid", "g^{(L)}" = "sigmoid" }
[notation.symbols]
"w_{jk}^{(L)}" = "W2[j, k]"
"a_{j}^{(L)}" = "a2[j]"
"a_{k}^{(L-1)}" = "a1[k]"
"z_{j}^{(L)}" = "z2[j]"
"y_{j}" = "y[j]"
''',
    # the tensor-form question: layer k's activations a_i^{(k)} (layer 1 the input), W_{ij}^{(k)} from neuron i of
    # layer k to neuron j of layer k+1 (input-first), z_j^{(k+1)} its pre-activation; E the error, f the activation;
    # the bold vectors a^{(k)}, z^{(k)} of a layer (the fonts only mark a letter)
    "b31_tensor": r'''
[notation]
indices = "ijk"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"W_{ij}^{(k)}" = "W{k}[j, i]"
"a_{i}^{(1)}" = "x[i]"
"a_{i}^{(k)}" = "a{k-1}[i]"
"z_{i}^{(k)}" = "z{k-1}[i]"
"a^{(k)}" = "a{k-1}[:]"
"z^{(k)}" = "z{k-1}[:]"
''',
    # the roadmap question: sample i, p_i its predicted probability, y_i its label, x_i^j its feature j, w_j the
    # weight of feature j (counted from 1: w_1 the first); L(y|p(x_i)) the loss, written with its arguments
    "b31_roadmap": r'''
[notation]
indices = "ij"
loss = ["L"]
[notation.symbols]
"p_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"x_{i}^{j}" = "x[j-1]"
"w_{j}" = "W1[0, j-1]"
''',
    # lovelycatv: layer L the output, L-1 the one before, units counted from 0 (a_0^{(L)}); w_{jk}^{(L)} joins
    # neuron k of layer L-1 to neuron j of layer L; a_{00}^{(L)}, y_{00}: sample 0, neuron 0; L_0 the loss of
    # sample 0
    "b31_cat": r'''
[notation]
indices = "jk"
loss = ["L_{0}"]
[notation.symbols]
"a_{j}^{(L)}" = "a2[j]"
"a_{kj}^{(L)}" = "a2[j]"
"a_{j}^{(L-1)}" = "a1[j]"
"w_{jk}^{(L)}" = "W2[j, k]"
"b_{j}^{(L)}" = "b2[j]"
"z_{j}^{(L)}" = "z2[j]"
"y_{kj}" = "y[j]"
''',
    # the lab report in plain text: ErrorB the error term of output neuron B (-dE/dz_B), OutputB and OutputA the
    # outputs of B and of the hidden neuron A, TargetB B's target, WAB the weight from A to B. Its new weight "W+AB"
    # cannot be a pattern (the spec's base is a letter, a decorated letter or a name; "+" is neither)
    "b31_nt": r'''
[notation]
[notation.symbols]
"ErrorB" = "-grad(z2[0])"
"OutputB" = "a2[0]"
"OutputA" = "a1[0]"
"TargetB" = "y[0]"
"WAB" = "W2[0, 0]"
''',
    # the same report as Nemotron-CC-Math copies it, in LaTeX: \text{Error}_B, \text{Output}_B, \text{Target}_B,
    # W_{AB} and the new weight W_{+AB}
    "b31_ntx": r'''
[notation]
[notation.symbols]
"\\text{Error}_{B}" = "-grad(z2[0])"
"\\text{Output}_{B}" = "a2[0]"
"\\text{Output}_{A}" = "a1[0]"
"\\text{Target}_{B}" = "y[0]"
"W_{AB}" = "W2[0, 0]"
"W_{+AB}" = "new(W2[0, 0])"
''',
    # the lecture notes: one neuron, w its weight, z its input, C the cost
    "b31_heiqu": r'''
[notation]
loss = ["C"]
[notation.symbols]
"w" = "W1[0, 0]"
"z" = "z1[0]"
''',
    # UFLDL: layer 1 the input, W^{(l)}_{ji} from unit i of layer l to unit j of layer l+1, units counted from 1,
    # z^{(l)}_i the input of unit i of layer l, delta^{(l)}_i = dJ/dz^{(l)}_i, f the sigmoid
    "b31_ufldl": r'''
[notation]
indices = "ijl"
loss = ["J"]
functions = { f = "sigmoid" }
[notation.symbols]
"W_{ji}^{(l)}" = "W{l}[j-1, i-1]"
"z_{i}^{(l)}" = "z{l-1}[i-1]"
"\\delta_{i}^{(l)}" = "grad(z{l-1}[i-1])"
''',
    # datahacker's code: the deep-learning course's names, A1, A2, Z1, Z2, W2, X, Y the layers' matrices (one column,
    # m = 1), dZ2, dW2, db2, dZ1, dW1, db1 the loss's gradients
    "b31_dh": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"W2" = "W2[:, :]"
"m" = "1"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # notesoncomputing: z the logits, p = softmax(z), y the true class index (the spec's label letter), L the loss
    "b31_nc": r'''
[notation]
label = "y"
[notation.symbols]
"z" = "z1[:]"
"p" = "a1[:]"
"p_{i}" = "a1[i]"
''',
}
