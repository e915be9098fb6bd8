"""The networks and notations of batch 67 of the held-out public formulas (tests/public_formulas_batch67.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b67_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # mcagriardic's notebook (and jdmartinev's demo): Mazur's example, inputs 0.05 and 0.10, w1..w4 = 0.15, 0.20,
    # 0.25, 0.30 with one bias b1 = 0.35, w5..w8 = 0.40, 0.45, 0.50, 0.55 with one bias b2 = 0.60, sigmoid
    # everywhere, targets 0.01 and 0.99, E = sum 1/2 (target - out)^2, eta 0.5
    "b67_mazur": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                              'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = 0.6',
                              loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", learning_rate=0.5)),
    # puzzlemusa's notebook: x = (0.40, 0.60), weights0 = [[.10, .20], [.30, .40]] (np.dot(weights0, l0): w1, w2
    # into h1, w3, w4 into h2) with one bias b1 = .25, weights1 = [[.50, .60], [.70, .80]] (w5, w6 into o1; w7, w8
    # into o2) with one bias b2 = .75, sigmoid everywhere, targets (0.10, 0.90), E = 1/2 ((y_1 - o1)^2 + (y_2 -
    # o2)^2), lr .5
    "b67_puzzle": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                               'weights = [[0.1, 0.2], [0.3, 0.4]]\nbiases = 0.25',
                               'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                               'weights = [[0.5, 0.6], [0.7, 0.8]]\nbiases = 0.75',
                               loss="half_squared_error", extra=_data("[0.4, 0.6]", "[0.1, 0.9]", learning_rate=0.5)),
    # Cross Validated 560391 (and Nemotron's copy): y_hat = softmax(theta), L = CrossEntropy(y, y_hat), theta the
    # logits, "x = input value (in case of 1 layer)" the softmax's input too: a softmax layer with identity weights
    # on the inputs x, so that theta = x; three classes, the one-hot y at the second
    "b67_logits": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                          'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]',
                          loss="cross_entropy", extra=_data("[0.5, 1.0, -0.5]", "[0.0, 1.0, 0.0]")),
    # pantelis' CS634 exercise: x^{(1)} -> W^{(1)} -> ReLU -> W^{(2)} -> softmax -> CE, biases omitted; three hidden
    # units and three classes here (so that W^{(2)} (y_hat - y) has a value as written)
    "b67_pantelis": _layers('inputs = 2\nunits = 3\nactivation = "relu"\nbias = "none"',
                            'units = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # GuyLewy's notebook: f(x; w) = softmax(W_2 ReLU(W_1 x + b_1) + b_2), CE(y, f(x, w))
    "b67_guylewy": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                           loss="cross_entropy"),
    # Nemotron's "Derivative of Neural Network Function with Respect to Weights": z = sigma(x . W) element-wise (no
    # bias), y = softmax(z), E = -sum t_j log y_j; the softmax is a second layer with identity weights here, so that
    # its sums are the z_i; three inputs, two units
    "b67_sigsoft": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                           'units = 2\nactivation = "softmax"\nbias = "none"\nweights = [[1.0, 0.0], [0.0, 1.0]]',
                           loss="cross_entropy"),
    # sefiks.com's post: a tanh unit, x its input sum
    "b67_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
}

NOTATIONS = {
    # mcagriardic's notebook, Mazur's names: i_1, i_2 the inputs, net and out of the hidden units h1, h2 and the
    # outputs o1, o2, target_{o1}, target_{o2} the targets, E_{o1}, E_{o2} each output's half squared error, E_{total}
    # the loss, \delta_{o1} = dE_total/dnet_{o1} and \delta_{h1} = dE_total/dnet_{h1}, w_1 ... w_8 the weights (w_1 =
    # i_1 -> h_1, w_2 = i_2 -> h_1, w_3 = i_1 -> h_2, w_4 = i_2 -> h_2, w_5 = h_1 -> o_1, w_6 = h_2 -> o_1, w_7 = h_1 ->
    # o_2, w_8 = h_2 -> o_2), b_1 and b_2 the layers' biases; eta the learning rate (the default name)
    "b67_mca": r'''
[notation]
indices = "n"
loss = ["E_{total}"]
[notation.symbols]
"i_{n}" = "x[n-1]"
"target_{on}" = "y[n-1]"
"net_{hn}" = "z1[n-1]"
"out_{hn}" = "a1[n-1]"
"net_{on}" = "z2[n-1]"
"out_{on}" = "a2[n-1]"
"E_{on}" = "(y[n-1] - a2[n-1])**2/2"
"\\delta_{on}" = "grad(z2[n-1])"
"\\delta_{hn}" = "grad(z1[n-1])"
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
''',
    # puzzlemusa's names: i1, i2 the inputs, w1..w8 (w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7, w8 into o2),
    # b1 and b2 the layers' shared biases, h1_{total} and h1_{out} a hidden unit's sum and output, o1_{total} and
    # o1_{out} an output's, y_1 and y_2 the targets, E the loss, out\_delta (out\_delta_1, out\_delta_2) the output
    # layer's delta dE/do1_{total}, as the page names it
    "b67_puzzle": r'''
[notation]
indices = "n"
loss = ["E"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"b1" = "b1"
"b2" = "b2"
"h1_{total}" = "z1[0]"
"h2_{total}" = "z1[1]"
"h1_{out}" = "a1[0]"
"h2_{out}" = "a1[1]"
"o1_{total}" = "z2[0]"
"o2_{total}" = "z2[1]"
"o1_{out}" = "a2[0]"
"o2_{out}" = "a2[1]"
"y_{1}" = "y[0]"
"y_{2}" = "y[1]"
"out\\_delta" = "grad(z2[0])"
"out\\_delta_{n}" = "grad(z2[n-1])"
''',
    # jdmartinev's demo: x1, x2 the inputs; w1_ij the weight from input i to hidden unit j (w1_21: x2 -> h1) and w2_ij
    # from hidden unit i to output j, as the comments say, also as the dataclass's fields p.w1_11 ...; b1, b2 (p.b1,
    # p.b2) the shared biases; z_h1, a_h1 (a_hj) a hidden unit's sum and output, z_o1 an output's sum, yhat1, yhat2 the
    # outputs and y1, y2 the targets; the docstring's yhat, y, z the first output's (the rule is the same for
    # both); delta_out_i = delta_oi = dL/dz_oi, delta_h = delta_hj = dL/dz_hj; dL_dyhat1, dyhat1_dz, da_h1 the
    # code's names for dL/dyhat1, dyhat1/dz_o1 and dL/da_h1; L the loss. Code's names with dots or with two underscores
    # are one name each (docs/notation.md), so p.w1_12, delta_out_1 and dL_dw1_21 are listed one by one (written at
    # first as patterns with placeholders, "p.w1_ij", "delta_out_i", "dL_dw1_ij": see the batch's first run)
    "b67_jdm": r'''
[notation]
indices = "ij"
loss = ["L"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1_ij" = "W1[j-1, i-1]"
"w2_ij" = "W2[j-1, i-1]"
"p.w1_11" = "W1[0, 0]"
"p.w1_12" = "W1[1, 0]"
"p.w1_21" = "W1[0, 1]"
"p.w1_22" = "W1[1, 1]"
"p.w2_11" = "W2[0, 0]"
"p.w2_12" = "W2[1, 0]"
"p.w2_21" = "W2[0, 1]"
"p.w2_22" = "W2[1, 1]"
"b1" = "b1"
"b2" = "b2"
"p.b1" = "b1"
"p.b2" = "b2"
"z_hj" = "z1[j-1]"
"a_hj" = "a1[j-1]"
"z_oj" = "z2[j-1]"
"yhat1" = "a2[0]"
"yhat2" = "a2[1]"
"y1" = "y[0]"
"y2" = "y[1]"
"yhat" = "a2[0]"
"y" = "y[0]"
"z" = "z2[0]"
"delta_out" = "grad(z2[0])"
"delta_out_i" = "grad(z2[i-1])"
"delta_out_1" = "grad(z2[0])"
"delta_out_2" = "grad(z2[1])"
"delta_oi" = "grad(z2[i-1])"
"delta_hj" = "grad(z1[j-1])"
"dL_dyhat1" = "grad(a2[0])"
"dyhat1_dz" = "a2[0]*(1 - a2[0])"
"da_h1" = "grad(a1[0])"
"dL_dw1_21" = "grad(W1[0, 1])"
''',
    # Cross Validated 560391's names: \theta the logits (also the question's x, "input value"), \hat{y} the softmax's
    # output, y the one-hot label, L the cross-entropy; i, j, k index the classes
    "b67_cv560391": r'''
[notation]
indices = "ijk"
loss = ["L"]
[notation.symbols]
"\\theta" = "z1[:]"
"x" = "z1[:]"
"x_{i}" = "z1[i-1]"
"\\hat{y}" = "a1[:]"
"\\hat{y_{i}}" = "a1[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
"y" = "t[:]"
"y_{i}" = "t[i-1]"
''',
    # pantelis' exercise: x^{(1)} the input, W^{(l)}, z^{(l)}, a^{(1)} of layer l, \hat{y} the softmax's output, y the
    # one-hot label, L the cross-entropy
    "b67_pantelis": r'''
[notation]
indices = "l"
loss = ["L"]
[notation.symbols]
"x^{(1)}" = "x[:]"
"W^{(l)}" = "W{l}[:, :]"
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
"\\hat{y}" = "a2[:]"
"y" = "t[:]"
''',
    # GuyLewy's notebook: \mathbf{W}_l, \mathbf{b}_l the layers' parameters, x the input, f the network's output (the
    # softmax's), h_1 the hidden layer's output, h_2 the output layer's sums (the softmax's argument), y the label,
    # CE the cross-entropy (CE(y, f(x, w)) and CE alike)
    "b67_guylewy": r'''
[notation]
indices = "l"
loss = ["\\text{CE}"]
[notation.symbols]
"\\mathbf{W}_{l}" = "W{l}[:, :]"
"\\mathbf{b}_{l}" = "b{l}[:]"
"x" = "x[:]"
"f" = "a2[:]"
"h_{1}" = "a1[:]"
"h_{2}" = "z2[:]"
"y" = "t[:]"
''',
    # the question's names: \mathbf{x} the input row, W_i the weights of unit i (W_{ik} from input k), z_i the sigmoid
    # units' outputs (the softmax's sums), y_i the softmax's outputs, t_j the target distribution, E the loss
    "b67_sigsoft": r'''
[notation]
indices = "ijk"
loss = ["E"]
[notation.symbols]
"\\mathbf{x}" = "x[:]"
"x_{k}" = "x[k-1]"
"W_{i}" = "W1[i-1, :]"
"W_{ik}" = "W1[i-1, k-1]"
"z_{i}" = "a1[i-1]"
"y_{i}" = "a2[i-1]"
"t_{j}" = "t[j-1]"
''',
    # sefiks.com's names: x the tanh unit's input sum; tanh, sinh and cosh its functions of x
    "b67_sefiks": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
}
