"""The networks and notations of batch 167 of the held-out public formulas (tests/public_formulas_batch167.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b167_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the CIFAR-10 NeuralNetwork class after CS231n's assignment 1 (stored file 951078657): the samples rows, W1
    # (input_size x hidden_size) and W2 (hidden_size x output_size) input-first with biases b1, b2, ReLU hidden
    # units, softmax scores, the cross-entropy averaged over len(X) samples (one here) plus 0.5 reg (|W1|^2 + |W2|^2)
    # (no penalty here: reg 0), learning_rate=1e-3 (train's default); 3072-100-10 there, 2-3-2 here
    "b167_ca": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.001)),
    # the TwoLayerNet class commented in Chinese (stored file 38913158409, CS231n's assignment 1 with tabs): the
    # samples rows, W1 (D x H) and W2 (H x C) input-first with biases, ReLU hidden units, softmax, the mean
    # cross-entropy over N samples (one here) plus 0.5 reg sum(W*W) (reg 0 here), learning_rate=1e-3; 2-3-2 here
    "b167_cz": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.001)),
    # the Docusaurus page on Mitchell's chapter 4 (stored file 55172807917), its key results: a two-layer network of
    # sigmoid units under the squared error E = 1/2 sum (t - o)^2 (one example), hidden units h, outputs k; its
    # mermaid figure draws 2 inputs, 2 hidden units with biases, one output; 2-2-2 here (the rules' k over outputs)
    "b167_md": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the same page's worked example 2: one sigmoid output unit, x_1 = 1, x_2 = 0.5, w_0 = 0 (the bias weight, x_0 =
    # 1), w_1 = 0.4, w_2 = -0.2, t = 1, eta = 0.5, the squared error (its numbers)
    "b167_mw": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4, -0.2]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 0.5]", "[1.0]", 0.5)),
    # the Markdown notes on Mitchell's section 4.5 (stored file 28180336745): Table 4.2's network of sigmoid units,
    # n_in inputs, n_hidden hidden units, n_out outputs, E_d = 1/2 sum_k (t_k - o_k)^2; 3-2-2 here, eta 0.1 (none given)
    "b167_mn": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # a Markdown sheet of Han and Kamber's backpropagation (stored file 28962385578): units i (inputs), j (hidden), k
    # (outputs), I the sums with biases theta, O = 1/(1 + e^{-I}) the outputs, T the targets; Han's squared error
    # (half of it: Err_k = O_k(1 - O_k)(T_k - O_k)); 3-2-2 here, eta 0.1 (none given)
    "b167_hn": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the data-mining course notes (stored file 41114452407), section 3.3: Han's rules again, with l the learning
    # rate, biases theta_j; sigmoid units (its section 3.2), 3-2-2 here, l 0.1 (none given)
    "b167_hd": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the MNIST README after Bishop's PRML (stored file 12702888812): two fully connected layers, h the activation
    # of both (y_k = h(a_k), h'(a_j) for the hidden units), a "Cross Entropy Loss" over sigmoid outputs (the binary
    # cross-entropy, the canonical pairing its delta_k = y_k - t_k needs); h the sigmoid, 3-3-2 here (1024-?-10 there)
    "b167_br": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Markdown notes on Bishop's PRML (stored file 28279131417), its Neural Networks section: a two-layer
    # network, h the hidden activation, E = 1/2 sum ||y_n - t_n||^2; the canonical link its delta_k = y_k - t_k
    # asks is a linear output under that error; a_j = sum_i w_ji z_i with no bias written (Bishop's bias a weight
    # from z_0 = 1): no biases here; h = tanh (Bishop's choice), 2-3-2
    "b167_bn": _layers('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the Spanish course notes (stored file 15332548752), "Backpropagation o Retropropagación": Mitchell's rules,
    # sigmoid units, Error ~ sum_d sum_k (t_kd - o_kd)^2 (half of it, Mitchell's); 2-2-2 here
    "b167_es": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the XOR Backprop class commented in Polish (stored file 26434656275): the samples rows, weights1 (input_dim x
    # hidden_dim) and weights2 (hidden_dim x output_dim) input-first with biases bias1, bias2 (rows), sigmoid layers,
    # error = y_pred - y (half the squared error's derivative: no loss is written), learning_rate=0.1; Backprop(2, 4,
    # 1): 2-4-1
    "b167_pl": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
}

NOTATIONS = {
    # the CIFAR-10 class: X the input (a row), Hidden_layer the hidden outputs, W1, W2 input-first, dscores the
    # scores' gradient (probs less 1 at the label, over len(X)), dhidden_relu the hidden sums' gradient; dhidden
    # the same array (relu_backward masks dout in place and returns it: dx, x = dout, cache), which is what
    # grads['b1'] sums; grads[...] the gradients (rows), reg 0 (no penalty in the problem), len(X) one sample
    "b167_ca": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"Hidden_layer" = "a1[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"dscores" = "grad(z2[:]).T"
"dhidden_relu" = "grad(z1[:]).T"
"dhidden" = "grad(z1[:]).T"
"grads['W2']" = "grad(W2[:, :]).T"
"grads['b2']" = "grad(b2[:]).T"
"grads['W1']" = "grad(W1[:, :]).T"
"grads['b1']" = "grad(b1[:]).T"
"self.params['W1']" = "W1[:, :].T"
"self.params['b1']" = "b1[:].T"
"self.params['W2']" = "W2[:, :].T"
"self.params['b2']" = "b2[:].T"
"reg" = "0"
"len(X)" = "1"
''',
    # the Chinese TwoLayerNet: X the input (a row), hidden_layer the hidden outputs, W1, W2 input-first, dscores the
    # scores' gradient, dhidden the hidden sums' gradient once masked (dhidden[hidden_layer<=0.00001] = 0.0, the
    # line before the lines taken), grads[...] the gradients (rows), reg 0, N one sample
    "b167_cz": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"hidden_layer" = "a1[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"dscores" = "grad(z2[:]).T"
"dhidden" = "grad(z1[:]).T"
"grads['W2']" = "grad(W2[:, :]).T"
"grads['b2']" = "grad(b2[:]).T"
"grads['W1']" = "grad(W1[:, :]).T"
"grads['b1']" = "grad(b1[:]).T"
"self.params['W1']" = "W1[:, :].T"
"self.params['b1']" = "b1[:].T"
"self.params['W2']" = "W2[:, :].T"
"self.params['b2']" = "b2[:].T"
"reg" = "0"
"N" = "1"
''',
    # Mitchell's letters with fixed roles (no placeholders): k an output unit, h a hidden unit, w_{h,k} the weight
    # from h to k (as the page writes it), j a unit receiving x_{j,i} from input i through w_{j,i} (a hidden unit of
    # this network), delta the error term -dE/dnet (Mitchell's sign), t_k the targets, o the outputs
    "b167_md": r'''
[notation]
indices = "n"
loss = ["E"]
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{h}" = "a1[h]"
"w_{h,k}" = "W2[k, h]"
"w_{j,i}" = "W1[j, i]"
"x_{j,i}" = "x[i]"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{h}" = "-delta1[h]"
"\\delta_{j}" = "-delta1[j]"
''',
    # the worked example's names: x_1, x_2 the inputs, w_0 the bias weight (x_0 = 1), w_1, w_2 the weights, net the
    # sum, o the output, t the target, delta = o(1 - o)(t - o) the error term (-dE/dnet), eta the rate
    "b167_mw": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"x_{0}" = "1"
"w_{0}" = "b1[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"net" = "z1[0]"
"o" = "a1[0]"
"t" = "y[0]"
"\\delta" = "-delta1[0]"
''',
    # Table 4.2's letters (fixed roles): k an output unit, h a hidden unit, w_{kh} from h to k, j the unit whose
    # weight w_{ji} is updated from input i (x_{ji} that input; a hidden unit here), delta = -dE/dnet (the notes'
    # delta_n = -dE/dnet_n), Delta w_{ji} = eta delta_j x_{ji} the step
    "b167_mn": r'''
[notation]
indices = "n"
loss = ["E", "E_{d}"]
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{h}" = "a1[h]"
"w_{kh}" = "W2[k, h]"
"w_{ji}" = "W1[j, i]"
"x_{ji}" = "x[i]"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{h}" = "-delta1[h]"
"\\delta_{j}" = "-delta1[j]"
"\\Delta w_{ji}" = "-eta*grad(W1[j, i])"
''',
    # the notes' Case 1 (training rule for output unit weights): j an OUTPUT unit there, net_j its sum, o_j its
    # output, t_j its target, w_{ji} its weight from hidden unit i and x_{ji} that unit's output; E_d the example's
    # error, Delta w_{ji} = -eta dE_d/dw_{ji} the step
    "b167_mn1": r'''
[notation]
indices = "n"
loss = ["E", "E_{d}"]
[notation.symbols]
"net_{j}" = "z2[j]"
"o_{j}" = "a2[j]"
"t_{j}" = "y[j]"
"w_{ji}" = "W2[j, i]"
"x_{ji}" = "a1[i]"
"\\Delta w_{ji}" = "-eta*grad(W2[j, i])"
''',
    # Han's letters (fixed roles): i an input unit (O_i its value), j a hidden unit, k an output unit; w_{ij} from i
    # to j, w_{jk} from j to k; I the sums, O the outputs, theta the biases, T the targets; Err = -dE/dI (Han's
    # Err_k = O_k(1 - O_k)(T_k - O_k))
    "b167_hn": r'''
[notation]
indices = "n"
[notation.symbols]
"O_{i}" = "x[i]"
"O_{j}" = "a1[j]"
"O_{k}" = "a2[k]"
"I_{j}" = "z1[j]"
"I_{k}" = "z2[k]"
"w_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"\\theta_{j}" = "b1[j]"
"\\theta_{k}" = "b2[k]"
"T_{k}" = "y[k]"
"Err_{k}" = "-delta2[k]"
"Err_{j}" = "-delta1[j]"
''',
    # the course notes' letters (Han's): x_i the inputs, counted from 1 (x_1, ..., x_n), w_{ij} from input i to
    # hidden unit j, j a hidden unit, k an output unit, O the outputs, T the targets, w_{jk} from j to k, theta_j the
    # hidden biases, f the activation (the sigmoid, its section's), E_k and E_j the errors (-dE/dI), l the learning
    # rate, Delta the steps
    "b167_hd": r'''
[notation]
indices = "m"
learning_rate = ["l"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}" = "W1[j, i-1]"
"O_{j}" = "a1[j]"
"O_{k}" = "a2[k]"
"T_{k}" = "y[k]"
"w_{jk}" = "W2[k, j]"
"\\theta_{j}" = "b1[j]"
"E_{k}" = "-delta2[k]"
"E_{j}" = "-delta1[j]"
"\\Delta w_{jk}" = "-eta*grad(W2[k, j])"
"\\Delta \\theta_{j}" = "-eta*grad(b1[j])"
''',
    # Bishop's letters (fixed roles): i an input (z_i), j a hidden unit (a_j its sum, z_j its output), k an output
    # unit (a_k its sum, y_k its output, t_k its target); w_{ji} from i to j, w_{kj} from j to k; delta = dE_n/da
    # (Bishop's); h the activation (the sigmoid, of both layers here: y_k = h(a_k)); the README's sum over i of
    # the outputs y_i and targets t_i (its loss's letters); E_n and L the sample's loss
    "b167_br": r'''
[notation]
indices = "n"
loss = ["E_{n}", "L", "E"]
functions = { h = "sigmoid" }
[notation.symbols]
"z_{i}" = "x[i]"
"a_{j}" = "z1[j]"
"z_{j}" = "a1[j]"
"a_{k}" = "z2[k]"
"y_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"y_{i}" = "a2[i]"
"t_{i}" = "y[i]"
"w_{ji}" = "W1[j, i]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
''',
    # the PRML notes' letters, as Bishop's: z_i the inputs, a_j, z_j the hidden sums and outputs, a_k, y_k the
    # outputs' sums and outputs, t_k the targets, w_{ji}, w_{kj} the weights, delta = dE_n/da, h the hidden
    # activation (tanh here), E_n the example's error
    "b167_bn": r'''
[notation]
indices = "n"
loss = ["E_{n}", "E"]
functions = { h = "tanh" }
[notation.symbols]
"z_{i}" = "x[i]"
"a_{j}" = "z1[j]"
"z_{j}" = "a1[j]"
"a_{k}" = "z2[k]"
"y_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"w_{ji}" = "W1[j, i]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
''',
    # the Spanish notes' letters (Mitchell's): k an output unit, n a hidden unit (as the notes write it), o the
    # outputs, t the targets, w_{kn} from n to k, delta = -dE/dnet
    "b167_es": r'''
[notation]
indices = "m"
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{n}" = "a1[n]"
"w_{kn}" = "W2[k, n]"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{n}" = "-delta1[n]"
''',
    # the Polish class: x the input (a row), y the target, the *_activation names the sums, hidden_layer_output and
    # y_pred the outputs, self.weights1/2 input-first, self.bias1/2 rows; error = y_pred - y, d_output and d_hidden
    # the sums' gradients, error_hidden the hidden outputs' gradient; sigmoid_derivative(x) = sigmoid(x)(1 -
    # sigmoid(x)), of the sum it is given
    "b167_pl": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"y_pred" = "a2[:].T"
"hidden_layer_activation" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_activation" = "z2[:].T"
"self.weights1" = "W1[:, :].T"
"self.weights2" = "W2[:, :].T"
"self.bias1" = "b1[:].T"
"self.bias2" = "b2[:].T"
"error" = "a2[:].T - y[:].T"
"d_output" = "grad(z2[:]).T"
"error_hidden" = "grad(a1[:]).T"
"d_hidden" = "grad(z1[:]).T"
''',
}
