"""The networks and notations of batch 177 of the held-out public formulas (tests/public_formulas_batch177.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b177_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


# Mazur's worked example ("A Step by Step Backpropagation Example"), as the Chinese translation takes it: 2-2-2
# logistic units, one bias per layer shared by its two units (b1 = 0.35, b2 = 0.6), w1 ... w8 = 0.15, 0.2, 0.25,
# 0.3, 0.4, 0.45, 0.5, 0.55 (w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7, w8 into o2), i1 = 0.05, i2 = 0.1,
# targets 0.01 and 0.99, E_total the sum of 1/2 (target - out)^2, eta = 0.5
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                      'weights = [[0.15, 0.20], [0.25, 0.30]]',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                      'weights = [[0.40, 0.45], [0.50, 0.55]]',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # the Jekyll post on a multilayer perceptron (stored file 28185004196): Haykin's derivation (e_j(n) = d_j(n) -
    # y_j(n), E(n) = 1/2 sum e_j^2(n), the local gradient delta_j(n) = e_j(n) phi'_j(v_j(n))), then its majority
    # function script: 3-2-2-1 sigmoid layers with biases (hidden_bias1, hidden_bias2, output_bias), the samples rows,
    # the weights input-first, error = expected - predicted and += updates times lr = 0.1 (half the squared error's
    # step at rate lr)
    "b177_jk": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            'units = 1\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(0.1)),
    # the Portuguese week-3 note on Haykin's sections 4.3 and 4.4 (stored file 51858144151), its laboratory's
    # numbers: one sigmoid neuron j fed by one signal y_i = 0.5 through peso_w_ji = 0.8, no bias (v_j = y_i *
    # peso_w_ji), desired d_j = 1.0, eta = 0.1; Haykin's instantaneous error energy 1/2 e_j^2
    "b177_pt": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8]]',
                            loss="half_squared_error", extra=_data("[0.5]", "[1.0]", 0.1)),
    # mlp.js (stored file 53376078183): an XOR MLP of layers [2, 2, 1] with biases, sigmoid units (activationFn
    # 'sigmoid'), e_j = d_j - y_j and the squared error (1/2) sum e_j^2, learningRate 0.5 (momentum 0.0)
    "b177_js": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the CS3244 notes (stored file 37746950365), Mitchell's backpropagation algorithm: sigmoid hidden and output
    # units, L_D = 1/2 sum over the outputs of (t_kd - o_kd)^2 (one example here); 2-2-2 here, no thresholds (the
    # formulas taken name none), the rate 0.1 (the notes give none)
    "b177_mt": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the same notes' linear unit o = w . x trained by gradient descent on L_D = 1/2 sum_d (t_d - o_d)^2 (one example
    # here); two inputs, no x_0 (the formula taken names none)
    "b177_ml": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the Korean note on Bishop's error backpropagation (stored file 2304340605): a_j = sum_i w_ji z_i (no bias
    # written), z_j = h(a_j), delta_k = y_k - t_k for output units with the canonical link (Bishop's sum-of-squares
    # with linear outputs); tanh hidden units (Bishop's own example's h), 2-3-2
    "b177_ko": _layers('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the Chinese translation of Mazur's step-by-step example (stored file 2405053343): Mazur's network and numbers
    "b177_zh": _MAZUR,
    # the Korean deep-learning basics note (stored file 6116265586), its delta rule for a single-layer perceptron:
    # E = 1/2 sum_k (t_k - y_k)^2, y_j = g(h_j), h_j = sum_k x_k w_jk; g the sigmoid here (the note names its
    # activations sigmoid, tanh, ReLU), 3 inputs and 2 output neurons without bias
    "b177_dr": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Adaline - Madaline README (stored file 48537383779): y = sum_j x_j w_j + theta (a linear unit with a bias
    # theta), E = (o - y)^2 the square of the error (no 1/2), eta the rate (0.1 here); 3 inputs
    "b177_ad": _layers('inputs = 3\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # the Italian notes on the multilayer perceptron (stored file 22323681232), their Adaline: the identity as the
    # transfer function, E^{(k)}(w) = 1/2 (d^{(k)} - y^{(k)})^2 for the k-th example, y = sum_{j=0}^m x_j w_j; m = 2
    # here, x_0 taken as an input like the others (no bias), 3 inputs
    "b177_it": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the two course slide decks on the delta rule (stored files 44727883581 and 24582951698): one neuron j with
    # activation g (the sigmoid here), h_j = sum_i x_i w_ji, the squared error (half of it, the rule's own); 3
    # inputs, no bias
    "b177_sl": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # the Jekyll post's derivation (Haykin's letters, one sample, n the iteration): j an output neuron, i a neuron of
    # the layer before (the last hidden layer here), w_ji from i to j ("w_ji is weight of link from i to j"), and
    # w_{ij} the same weight, as the post writes it in (2) to (4) ("The correction Delta w_{ij}(n) made to the
    # weight is proportional to the partial derivative delta(E)/delta(w_{ji})"); v_j the local field, e_j = d_j -
    # y_j, delta_j(n) the local gradient (-dE/dv_j), alpha the rate, phi the sigmoid
    "b177_jk": r'''
[notation]
indices = "n"
loss = ["E"]
learning_rate = ["\\alpha"]
functions = { "\\phi" = "sigmoid", "\\phi_{j}" = "sigmoid" }
[notation.symbols]
"e_{j}" = "y[j] - a3[j]"
"d_{j}" = "y[j]"
"y_{j}" = "a3[j]"
"y_{i}" = "a2[i]"
"v_{j}" = "z3[j]"
"w_{ji}" = "W3[j, i]"
"w_{ij}" = "W3[j, i]"
"\\delta_{j}" = "-grad(z3[j])"
"\\Delta w_{ji}" = "-eta*grad(W3[j, i])"
"\\Delta w_{ij}" = "-eta*grad(W3[j, i])"
''',
    # the same post's case II: j a hidden neuron (of the last hidden layer), k an output neuron, w_kj from j to k
    "b177_jkh": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { "\\phi" = "sigmoid", "\\phi_{j}" = "sigmoid" }
[notation.symbols]
"y_{j}" = "a2[j]"
"v_{j}" = "z2[j]"
"w_{kj}" = "W3[k, j]"
"\\delta_{j}" = "-grad(z2[j])"
"\\delta_{k}" = "-grad(z3[k])"
''',
    # the same post's script: the samples rows, the weights input-first, expected_output the targets,
    # predicted_output the outputs, hidden_layer_output1 and 2 the hidden layers' outputs, error = target - output,
    # d_predicted_output and d_hidden_layer2 the code's deltas (-dE/dz: the updates add them), error_hidden_layer2
    # = -dE/d(hidden output); sigmoid_derivative(x) = x (1 - x), taken of the outputs; lr the rate
    "b177_jkc": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"given_input" = "x[:].T"
"expected_output" = "y[:].T"
"predicted_output" = "a3[:].T"
"hidden_layer_output1" = "a1[:].T"
"hidden_layer_output2" = "a2[:].T"
"hidden_weight1" = "W1[:, :].T"
"hidden_bias1" = "b1[:].T"
"hidden_weight2" = "W2[:, :].T"
"hidden_bias2" = "b2[:].T"
"output_weight" = "W3[:, :].T"
"output_bias" = "b3[:].T"
"error" = "y[:].T - a3[:].T"
"d_predicted_output" = "-grad(z3[:]).T"
"error_hidden_layer2" = "-grad(a2[:]).T"
"d_hidden_layer2" = "-grad(z2[:]).T"
''',
    # the Portuguese note (Haykin's letters and the laboratory's names): j the output neuron, i the signal feeding
    # it (y_i, the input here), w_ji (peso_w_ji) between them, v_j the local field, e_j = d_j - y_j (erro_j),
    # derivada_j the sigmoid's slope y_j (1 - y_j), delta_j the local gradient (-dE/dv_j), Delta w_ji (delta_w) the
    # correction, novo_peso the weight after it; eta the rate
    "b177_pt": r'''
[notation]
indices = "n"
loss = ["E"]
[notation.symbols]
"e_{j}" = "y[0] - a1[0]"
"d_{j}" = "y[0]"
"y_{j}" = "a1[0]"
"y_{i}" = "x[0]"
"v_{j}" = "z1[0]"
"w_{ji}" = "W1[0, 0]"
"\\delta_{j}" = "-grad(z1[0])"
"\\Delta w_{ji}" = "-eta*grad(W1[0, 0])"
"peso_w_ji" = "W1[0, 0]"
"erro_j" = "y[0] - a1[0]"
"derivada_j" = "a1[0]*(1 - a1[0])"
"delta_j" = "-grad(z1[0])"
"delta_w" = "-eta*grad(W1[0, 0])"
"novo_peso" = "new(W1[0, 0])"
''',
    # mlp.js's header, at the output layer (Haykin's letters in plain text): j the output neuron, e_j = d_j - y_j,
    # net_j its sum, delta_j the local gradient (-dE/dnet_j: the code adds eta delta_j y_i), phi the sigmoid
    "b177_js": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { "\\phi" = "sigmoid", "\\varphi" = "sigmoid" }
[notation.symbols]
"e_{j}" = "y[j] - a2[j]"
"d_{j}" = "y[j]"
"y_{j}" = "a2[j]"
"net_{j}" = "z2[j]"
"\\delta_{j}" = "-grad(z2[j])"
''',
    # mlp.js's header, at a hidden neuron: j hidden, k the output neuron, w_kj from j to k
    "b177_jsh": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { "\\phi" = "sigmoid", "\\varphi" = "sigmoid" }
[notation.symbols]
"y_{j}" = "a1[j]"
"net_{j}" = "z1[j]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "-grad(z1[j])"
"\\delta_{k}" = "-grad(z2[k])"
''',
    # the CS3244 notes' Mitchell letters (fixed roles): k an output unit, h a hidden unit, i an input; w_{hk} from
    # h to k and w_{ih} from i to h (input-first, as the notes write them), delta the error term -dE/dnet (Mitchell's
    # sign), Delta w the step, t_k the targets, o the outputs, K the output units
    "b177_mt": r'''
[notation]
indices = "n"
loss = ["E", "L_{D}"]
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{h}" = "a1[h]"
"x_{i}" = "x[i]"
"w_{hk}" = "W2[k, h]"
"w_{ih}" = "W1[h, i]"
"\\delta_{k}" = "-grad(z2[k])"
"\\delta_{h}" = "-grad(z1[h])"
"\\Delta w_{hk}" = "-eta*grad(W2[k, h])"
"\\Delta w_{ih}" = "-eta*grad(W1[h, i])"
''',
    # the notes' linear unit: w_i the weight of input i, x_{id} input i of example d, t_d and o_d the example's
    # target and output, D the examples (one here: N = 1, given after the first blind run), L_D the loss, Delta w_i the
    # step
    "b177_ml": r'''
[notation]
indices = "n"
loss = ["L_{D}", "L"]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"x_{id}" = "x[i]"
"t_{d}" = "y[0]"
"o_{d}" = "a1[0]"
"\\Delta w_{i}" = "-eta*grad(W1[0, i])"
"N" = "1"
''',
    # the Korean note's Bishop letters (fixed roles): i an input (z_i its value), j a hidden unit (a_j its sum, z_j
    # its output), k an output unit (a_k its sum, y_k its output, t_k its target), w_ji and w_kj output-first, h the
    # hidden units' activation (tanh), delta = dE_n/da (Bishop's sign), E_n the sample's error
    "b177_ko": r'''
[notation]
indices = "m"
loss = ["E_{n}", "E"]
functions = { h = "tanh" }
[notation.symbols]
"z_{i}" = "x[i]"
"z_{j}" = "a1[j]"
"a_{j}" = "z1[j]"
"a_{k}" = "z2[k]"
"w_{ji}" = "W1[j, i]"
"w_{kj}" = "W2[k, j]"
"y_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"\\delta_{j}" = "grad(z1[j])"
"\\delta_{k}" = "grad(z2[k])"
''',
    # the Chinese translation of Mazur: i1, i2 the inputs, w1 ... w8 the weights (w5 also written without its
    # underscore), net_{h1} ... out_{o2} the sums and outputs, target_{o1} the first target, E_{o1} the first
    # output's half of the loss, E_{total} the loss, eta the rate
    "b177_zh": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"w5" = "W2[0, 0]"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
"E_{o1}" = "(y[0] - a2[0])**2/2"
"E_{o2}" = "(y[1] - a2[1])**2/2"
''',
    # the translator's summary (the delta rule as Wikipedia writes it): j an output neuron, i the input it
    # receives (x_i, a hidden output here), w_ji from i to j, t_j and y_j the target and output, h_j the total
    # input, g the logistic function, alpha the rate, Delta w_ji the step (Wikipedia's alpha (t_j - y_j) g'(h_j) x_i)
    "b177_zhs": r'''
[notation]
indices = "n"
loss = ["E_{total}", "E"]
learning_rate = ["\\alpha"]
functions = { g = "sigmoid" }
[notation.symbols]
"w_{ji}" = "W2[j, i]"
"t_{j}" = "y[j]"
"y_{j}" = "a2[j]"
"h_{j}" = "z2[j]"
"x_{i}" = "a1[i]"
"\\Delta w_{ji}" = "-eta*grad(W2[j, i])"
''',
    # the Korean basics note's delta rule: j an output neuron, i an input, w_ji from i to j and w_{ij} the same
    # weight, as the derivation writes it (d/dw_{ij} of h_j = sum_k x_k w_jk), t_j and y_j the target and output,
    # h_j the total input, g the activation (the sigmoid), Delta w_ji the step, eta the rate
    "b177_dr": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { g = "sigmoid" }
[notation.symbols]
"w_{ji}" = "W1[j, i]"
"w_{ij}" = "W1[j, i]"
"t_{j}" = "y[j]"
"y_{j}" = "a1[j]"
"h_{j}" = "z1[j]"
"x_{i}" = "x[i]"
"\\Delta w_{ji}" = "-eta*grad(W1[j, i])"
''',
    # the Adaline README: x the input vector and x_j its entries, w the weight vector and w_j its entries, theta the
    # bias ("some constant"), y the model's OUTPUT and o the TARGET (as the README names them), n the number of
    # inputs, E the square of the error
    "b177_ad": r'''
[notation]
indices = "j"
loss = ["E"]
[notation.symbols]
"x_{j}" = "x[j-1]"
"w_{j}" = "W1[0, j-1]"
"x" = "x[:]"
"w" = "W1[0, :]"
"\\theta" = "b1[0]"
"y" = "a1[0]"
"o" = "y[0]"
"n" = "3"
''',
    # the Italian notes' Adaline: the k-th example's target d^{(k)}, output y^{(k)} and input vector x^{(k)} (entries
    # x^{(k)}_j, also written x_j^k), w the weight vector (entries w_j), m the number of weights less one (2 here),
    # E^{(k)} the example's error
    "b177_it": r'''
[notation]
indices = "j"
loss = ["E", "E^{(k)}"]
[notation.symbols]
"d^{(k)}" = "y[0]"
"y^{(k)}" = "a1[0]"
"\\mathbf{x}^{(k)}_{j}" = "x[j]"
"\\mathbf{x}^{(k)}" = "x[:]"
"x_{j}^{k}" = "x[j]"
"\\mathbf{w}_{j}" = "W1[0, j]"
"w_{j}" = "W1[0, j]"
"\\mathbf{w}" = "W1[0, :]"
"m" = "2"
''',
    # the slides' delta rule (Wikipedia's, re-indexed): neuron j's i-th weight (written w_ji, and w_ij in the
    # rule), x_i the i-th input, h_j the weighted sum, g the activation (the sigmoid), y_i the TARGET and \hat{y}_i
    # the actual output (of the one neuron: the slides index both by i), Delta w_ij the step, eta the rate
    "b177_sl": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { g = "sigmoid" }
[notation.symbols]
"w_{ji}" = "W1[0, i]"
"w_{ij}" = "W1[0, i]"
"x_{i}" = "x[i]"
"h_{j}" = "z1[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"\\Delta w_{ij}" = "-eta*grad(W1[0, i])"
''',
}
