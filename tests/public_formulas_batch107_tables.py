"""The networks and notations of batch 107 of the held-out public formulas (tests/public_formulas_batch107.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b107_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# Paul Singman's "Holding Your Hand Like a Small Child Through a Neural Network - Part 2" (Nemotron-CC-Math's
# copy): Trask's single-layer network, three inputs (the third a constant 1), one sigmoid output, no bias; the
# weights of iteration #1 as printed; one network for each of the four input rows the post's dot products use
_HH_LAYER = ('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
             'weights = [[0.67423821, -0.33473064, -0.40469539]]')
_HH_ROWS = {1: ("[0.0, 0.0, 1.0]", "[0.0]"), 2: ("[0.0, 1.0, 1.0]", "[0.0]"), 3: ("[1.0, 0.0, 1.0]", "[1.0]"),
            4: ("[1.0, 1.0, 1.0]", "[1.0]")}

# javatpoint's (and the BP-SUM PDF's) worked example, Mazur's numbers: 2-2-2 logistic, one bias a layer
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                      'weights = [[0.15, 0.20], [0.25, 0.30]]\nbiases = 0.35',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                      'weights = [[0.40, 0.45], [0.50, 0.55]]\nbiases = 0.60',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # Michigan State University's course slides (compphysics MachineLearningMSU, NeuralNet bs025 and bs026): the
    # output layer L of sigmoid units f, cost C = 1/2 sum_i (a_i^L - t_i)^2 over the n outputs; two layers, two
    # units each (L = 2)
    "b107_ms": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # compphysics week 42 slide bs044 (University of Oslo's FYS-STK course): layers l = 1 .. L, a^0 = x, sigmoid,
    # cost C the squared error with 1/2; two layers of two units
    "b107_cp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # userz.net's post: layers counted from the input (layer 1), L = 3, g the sigmoid, C = 1/2 sum_i (y_i - y^_i)^2;
    # two hidden and two output units
    "b107_uz": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the same post's "simple loss function" of one output, L(y, y^) = 1/2 (y - y^)^2
    "b107_uz1": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    **{f"b107_hh{row}": problem_text(_HH_LAYER, loss="half_squared_error", extra=_data(x, y, 1.0))
       for row, (x, y) in _HH_ROWS.items()},
    # the Portuguese freeCodeCamp guide (Ng's notation): a(1) = x, layers 1 .. 3, g the sigmoid, Theta(l) from layer
    # l to l+1, no bias written (z(l) = Theta(l-1) a(l-1)), d(L) = a(L) - y the logistic cost's output error: the
    # cross-entropy of sigmoid outputs; two outputs
    "b107_fc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # sarahmss's Portuguese notes: one dense layer y_j = b_j + sum_i x_i w_ij (no activation in the layer), the
    # error E unnamed (1/2 of the squared error here); three inputs, two outputs
    "b107_sm": _layers('inputs = 3\nunits = 2\nactivation = "identity"', loss="half_squared_error"),
    # msmk.university's Spanish page: MSE = 1/n sum (y - y^)^2 over the n examples (one example here: the squared
    # error), W = W - eta dL/dW; a sigmoid network 2-2-1
    "b107_mk": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the gauthmath homework (Task 3): x1 = 0.5, x2 = 0.6, w1 = 0.3, w2 = -0.2 into one sigmoid hidden neuron,
    # w3 = 0.4 to the sigmoid output, target 1, alpha = 0.5, no biases; the error unnamed (1/2 squared error here)
    "b107_ga": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, -0.2]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.4]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.6]", "[1.0]", 0.5)),
    # Adam Mickiewicz University's handout (bnaskrecki, Chapter 16 supplement): a [3, 2, 2, 1] sigmoid network,
    # x = (1.0, 0.5, -1.0), y = 1.0, L = 1/2 (a^(L) - y)^2; the handout's weights are not in the stored text
    "b107_bn": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # roastidio.us's notes (Nielsen's notation): layer 1 the input, w_jk^l from neuron k of layer l-1 to neuron j of
    # layer l, sigmoid; two layers of two units (square, so that a^{l-1} w^l has a value)
    "b107_ro": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # javatpoint's "Backpropagation Process in Deep Neural Network" and the BP-SUM PDF on Scribd: Mazur's network
    "b107_jt": _MAZUR,
    # askdatascience question 596: one weight, f(z) = z, no bias, x = 2, y = 5, w = 3, J(w) = E = 1/2 (predicted -
    # target)^2; one of the question's rates, alpha = 0.1
    "b107_ad": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                            loss="half_squared_error", extra=_data("[2.0]", "[5.0]", 0.1)),
    # community.deeplearning.ai thread 82552 (Ng's course, week 2): logistic regression, one feature here (w1 its
    # weight, X its value), sigmoid, the logistic loss
    "b107_dl": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # csestack's tutorial: a 2-layer network y^ = sigmoid(W2 sigmoid(W1 x + b1) + b2), three inputs, four hidden
    # units, one output, the sum-of-squares error
    "b107_cs": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # Nemotron-CC-Math's copy of "Neural Networks: Feedforward and Backpropagation Explained & Optimization": a^(l)
    # = sigma(W a^(l-1) + b); one layer here (l = 1, a^0 the input), three inputs, two sigmoid units
    "b107_mf": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
}

NOTATIONS = {
    # MSU's slides: a_j^L and z_j^L of output j (from 1), a_k^{L-1} of the layer before, w_jk^L from k to j, t_j the
    # targets, y_i = a_i^L the outputs, C the cost (with its argument \hat{W^L}), f the sigmoid, n = 2 outputs;
    # delta_j^L = dC/dz_j^L and the hatted vectors
    "b107_ms": r'''
[notation]
indices = "ijk"
loss = ["{\\cal C}", "C"]
functions = { f = "sigmoid" }
[notation.symbols]
"a_{j}^{L}" = "a2[j-1]"
"a_{k}^{L-1}" = "a1[k-1]"
"z_{j}^{L}" = "z2[j-1]"
"w_{jk}^{L}" = "W2[j-1, k-1]"
"t_{j}" = "y[j-1]"
"y_{i}" = "a2[i-1]"
"n" = "2"
"\\delta_{j}^{L}" = "delta2[j-1]"
"\\hat{\\delta}^{L}" = "delta2[:]"
"\\hat{z}^{L}" = "z2[:]"
"\\hat{a}^{L}" = "a2[:]"
''',
    # compphysics week 42: w_ij^l from unit i of layer l-1 to unit j of layer l (units from 1), a_i^l, a^0 = x, b_j^l,
    # delta_j^l = dC/dz_j^l, C the cost
    "b107_cp": r'''
[notation]
indices = "ijl"
loss = ["{\\cal C}", "C"]
[notation.symbols]
"w_{ij}^{l}" = "W{l}[j-1, i-1]"
"a_{i}^{0}" = "x[i-1]"
"a_{i}^{l}" = "a{l}[i-1]"
"b_{j}^{l}" = "b{l}[j-1]"
"\\delta_{j}^{l}" = "delta{l}[j-1]"
''',
    # userz.net: layer 1 the input (a^1 = x), layers 2 and 3 = L ours 1 and 2; w^l, b^l, z^l, a^l, delta^l the
    # layer's vectors and matrix; y_i the targets, y^_i the outputs, g the sigmoid, C the cost
    "b107_uz": r'''
[notation]
indices = "il"
loss = ["C"]
functions = { g = "sigmoid" }
[notation.symbols]
"a^{1}" = "x[:]"
"a^{L}" = "a2[:]"
"z^{L}" = "z2[:]"
"\\delta^{L}" = "delta2[:]"
"a^{l}" = "a{l-1}[:]"
"z^{l}" = "z{l-1}[:]"
"w^{l}" = "W{l-1}[:, :]"
"b^{l}" = "b{l-1}[:]"
"\\delta^{l}" = "delta{l-1}[:]"
"y_{i}" = "y[i-1]"
"\\hat{y}_{i}" = "a2[i-1]"
''',
    # the same post's one-output loss: y the target, y^ the output, L the loss
    "b107_uz1": r'''
[notation]
loss = ["L", "C"]
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
''',
    # Singman: l0 the inputs, l1 the prediction (the dot products are the sum before the sigmoid, no name)
    "b107_hh": r'''
[notation]
[notation.symbols]
"l0" = "x[:]"
"l1" = "a1[0]"
''',
    # the Portuguese guide: Ng's letters as batch 101's notation for the Arabic guide, with d(l) the error of layer
    # l (d(L) the output's) and y(t) the target of example t
    "b107_fc": r'''
[notation]
indices = "l"
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(L)}" = "a2[:]"
"d^{(L)}" = "delta2[:]"
"a^{(l)}" = "a{l-1}[:]"
"z^{(l)}" = "z{l-1}[:]"
"d^{(l)}" = "delta{l-1}[:]"
"\\Theta^{(l)}" = "W{l}[:, :]"
"y^{(t)}" = "y[:]"
''',
    # sarahmss: x_i the inputs, w_ij from input i to output j (input-first), b_j, y_j the layer's outputs (its sums);
    # X, B and Y the row vectors, W the input-first matrix (Y = XW + B)
    "b107_sm": r'''
[notation]
indices = "ij"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}" = "W1[j-1, i-1]"
"b_{j}" = "b1[j-1]"
"y_{j}" = "z1[j-1]"
"X" = "x[:].T"
"W" = "W1[:, :].T"
"B" = "b1[:].T"
"Y" = "z1[:].T"
''',
    # msmk: MSE the loss over n = 1 example (y_i its target, y^_i its prediction), W the first layer's weights, L the
    # loss
    "b107_mk": r'''
[notation]
indices = "i"
loss = ["MSE", "L"]
[notation.symbols]
"n" = "1"
"y_{i}" = "y[i-1]"
"\\hat{y}_{i}" = "a2[i-1]"
"W" = "W1[:, :]"
''',
    # gauthmath: sigma the sigmoid (written as a word), z the hidden neuron's input
    "b107_ga": r'''
[notation]
functions = { sigma = "sigmoid" }
[notation.symbols]
"z" = "z1[0]"
''',
    # the AMU handout: a_j^(l), z_j^(l), delta_j^(l) = dL/dz_j^(l) of neuron j (from 1) of layer l, w_{j,k}^(l), L = 3
    # the output layer, y the target, t the argument of sigma' (the first hidden unit's input here)
    "b107_bn": r'''
[notation]
indices = "jkl"
loss = ["\\mathcal{L}", "L"]
[notation.symbols]
"a^{(L)}" = "a3[0]"
"a_{j}^{(l)}" = "a{l}[j-1]"
"z_{j}^{(l)}" = "z{l}[j-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"w_{j,k}^{(l)}" = "W{l}[j-1, k-1]"
"y" = "y[0]"
"t" = "z1[0]"
''',
    # roastidio.us (Nielsen's letters): layer 1 the input; w_jk^l from neuron k of layer l-1 to neuron j of layer l,
    # the layer's vectors as columns
    "b107_ro": r'''
[notation]
indices = "jkl"
[notation.symbols]
"a^{1}" = "x[:]"
"a_{j}^{1}" = "x[j-1]"
"a^{l}" = "a{l-1}[:]"
"z^{l}" = "z{l-1}[:]"
"w^{l}" = "W{l-1}[:, :]"
"b^{l}" = "b{l-1}[:]"
"a_{j}^{l}" = "a{l-1}[j-1]"
"z_{j}^{l}" = "z{l-1}[j-1]"
"w_{jk}^{l}" = "W{l-1}[j-1, k-1]"
"b_{j}^{l}" = "b{l-1}[j-1]"
''',
    # javatpoint and BP-SUM: x1, x2 the inputs, w1 .. w8 Mazur's weights, b1 and b2 the layers' shared biases, H1
    # and H2 the hidden sums (the page's H1 = 0.3775), y1 and y2 the output sums (y1 = 1.10590597), T1 and T2 the
    # targets
    "b107_jt": r'''
[notation]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
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
"H1" = "z1[0]"
"H2" = "z1[1]"
"y1" = "z2[0]"
"y2" = "z2[1]"
"T1" = "y[0]"
"T2" = "y[1]"
''',
    # askdatascience 596: w the one weight (w_old before the step, w_new after it), predicted the output, target the
    # target, J(w) = E the loss, alpha the rate
    "b107_ad": r'''
[notation]
learning_rate = ["\\alpha"]
loss = ["J", "E"]
[notation.symbols]
"w" = "W1[0, 0]"
"w_{old}" = "W1[0, 0]"
"w_{new}" = "W1[0, 0]"
"predicted" = "a1[0]"
"target" = "y[0]"
''',
    # the deeplearning.ai thread: w1 the weight (w1_new after the step), X the feature, dw1 and dz the course's
    # gradients of the loss by w1 and by z, alpha the rate
    "b107_dl": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"w1" = "W1[0, 0]"
"w1_new" = "W1[0, 0]"
"X" = "x[0]"
"dw1" = "grad(W1[0, 0])"
"dz" = "grad(z1[0])"
''',
    # csestack: the page's sigma, printed as the glyph ϐ, the sigmoid; W1, W2, b1, b2 the layers' weights and biases,
    # x the input, y^ the output
    "b107_cs": r'''
[notation]
functions = { "ϐ" = "sigmoid" }
[notation.symbols]
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"x" = "x[:]"
"ŷ" = "a2[0]"
"\\hat{y}" = "a2[0]"
''',
    # the Nemotron copy: a^(l) the layer's activations, a^0 the input, W and b the layer's weights and biases (the
    # one layer here)
    "b107_mf": r'''
[notation]
indices = "l"
[notation.symbols]
"a^{(l)}" = "a{l}[:]"
"\\boldsymbol{a}^{0}" = "x[:]"
"\\boldsymbol{W}" = "W1[:, :]"
"\\boldsymbol{b}" = "b1[:]"
''',
}
