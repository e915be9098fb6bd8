"""The networks and notations of batch 153 of the held-out public formulas (tests/public_formulas_batch153.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b153_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Chinese article on neural networks (stored file 30494669188): z_j^{(l)} = sum_i w_{ij}^{(l)} a_i^{(l-1)} +
    # b_j^{(l)} (w_{ij} input-first: from unit i of layer l-1 to unit j of layer l), a_j^{(l)} = f(z_j^{(l)}), E the
    # half squared error 1/2 sum_j (y_hat_j - y_j)^2, f unnamed (its XOR case study's sigmoid here), eta the rate; an
    # L-layer network with m outputs, no numbers: 2-2-2 here (a square output layer, so that the recursion's w_{kj}
    # names weights of the network), the rate 0.1
    "b153_zh": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Steinitz's Pandoc article (stored file 72165393): a_i^{(1)} = sum_j w_{ij}^{(1)} x_j (output-first: w_{ij} into
    # unit i), z = tanh(a) the hidden outputs, y_hat_i = sum_j w_{ij}^{(L)} z_j^{(L-1)} a linear output, E = 1/2 ||y_hat
    # - y||^2, no biases (the sums from j = 0 hold none the page names); one hidden layer, no numbers: 2-2-2 here
    # (square, so that the page's two index orders both name weights), the rate 0.1 (its gamma)
    "b153_st": _layers('inputs = 2\nunits = 2\nactivation = "tanh"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # Norrie's article on backpropagation and autodiff (stored file 12439554199): a^{(l)} = W^{(l)} h^{(l-1)} + b^{(l)}
    # the pre-activation, h^{(l)} = phi(a^{(l)}), h^{(0)} = x, E unnamed; phi the sigmoid and E half the squared error
    # here, 2-3-2, the rate 0.1
    "b153_jn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese note on Rumelhart, Hinton and Williams (stored file 56872798996): y_j^{(l)} = sigma(z_j^{(l)}), z_j^{(l)}
    # = sum_i w_{ij}^{(l)} y_i^{(l-1)} (input-first), no biases, E = 1/2 sum_j (t_j - y_j^{(L)})^2, sigma the sigmoid;
    # its Python sketch's forward z1 = W1 @ x (W1 output-first), no biases, lr=0.1; 2-3-2 here
    "b153_rh": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Taiwanese ML Techniques homework (stored file 42461923248, its problem 5): Lin's course, tanh units with x_0
    # = +1 the bias input, s_j^{(l)} the sums, x_j^{(l)} the outputs, E = (y - tanh(s_1^{(L)}))^2, one output; the
    # problem's all-zero weights are not the taken formula's (a rule at every weight): 2-2-1 here, the rate 0.1
    "b153_tw": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                       loss="squared_error"),
    # the CEE 554 notes (stored file 16041000218): Lin's course again, s_j^{(l)} = sum_i w_{ij}^{(l)} x_i^{(l-1)}, x^{(l)} =
    # theta(s^{(l)}), x_0 = 1, d^{(l)} units in layer l, h(X) = x_1^{(L)} one output, e the pointwise error (the squared
    # error here), theta tanh (the course's); 2-3-1 here, the rate 0.1
    "b153_ce": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                       loss="squared_error"),
    # the exam notes in ```math blocks (stored file 63170907586, its chapter on the MLP): the same course's s_j^{(l)} =
    # sum_{i=0}^{d^{(l-1)}} w_{ij}^{(l)} x_i^{(l-1)} with x_0^{(l-1)} = 1 the bias input, x_j^{(l)} = theta(s_j^{(l)}),
    # theta = tanh (its example), one output with e = (x^{(L)} - y)^2 (its example); 2-3-1 here, the rate 0.1
    "b153_lf": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                       loss="squared_error"),
    # the Chinese article with a NumPy example (stored file 30923446164): z_j^{(l)} = sum_i w_{ij} x_i^{(l-1)} + b_j^{(l)}
    # (input-first), a = f(z), E = 1/N sum (y_i - y_hat_i)^2 (one sample and one output here: the squared error); its
    # code's inputs rows, weights_hidden (input_size x hidden_size) and weights_output (hidden_size x output_size)
    # input-first with biases, sigmoid layers, learning_rate = 0.01; 20-50-1 there, 2-1-1 here (one hidden unit: the
    # shapes at which its updates, each with the other layer's delta, are arrays of the weights' shapes)
    "b153_cn": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # the course notes on the lecture's slides (stored file 56138600807, its section 7 and 8): x^{(1)} the two inputs,
    # z^{(2)} = W^{(2)} x^{(1)} + b^{(2)} (output-first), a^{(2)} = tanh(z^{(2)}), z_1^{(3)} = (w^{(3)})^T a^{(2)} +
    # b_1^{(3)}, y_hat = a_1^{(3)} = sigma(z_1^{(3)}), the cross-entropy E_n; 2-2-1 as the slide's diagram, one sample,
    # the rate 0.1
    "b153_ms": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Japanese note on the error diffusion method (stored file 33222835136): o^{(1)} the input layer, o^{(l)} =
    # f(i^{(l)}), i^{(l)} = {}^tW^{(l)} o^{(l-1)} + b^{(l)} (w_{ij} input-first), one output o^{(L)}, E = 1/2 (y -
    # o^{(L)})^2, r = y - o^{(L)} the residual; f unnamed (monotone: the sigmoid here); 2-2-1 here (the page doubles
    # the inputs: a layer that holds no weight), the rate 0.1
    "b153_jp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the Chinese article: w_{ij}^{(l)} from unit i of layer l-1 to unit j of layer l (its forward line), a_i^{(0)} the
    # inputs, z and a the sums and outputs, delta_j^{(l)} the error term (the page's: dE/dz), y_hat_j^{(i)} and
    # y_j^{(i)} the outputs and targets of sample i (one sample), E^{(i)} its loss, f the activation, N the number of
    # samples (one)
    "b153_zh": r'''
[notation]
indices = "ijkl"
loss = ["E^{(i)}", "E"]
functions = { f = "sigmoid" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j, i]"
"b_{j}^{(l)}" = "b{l}[j]"
"z_{j}^{(l)}" = "z{l}[j]"
"a_{i}^{(l)}" = "a{l}[i]"
"a_{i}^{(0)}" = "x[i]"
"\\delta_{j}^{(l)}" = "delta{l}[j]"
"\\hat{y}_{j}^{(i)}" = "a2[j]"
"y_{j}^{(i)}" = "y[j]"
"\\hat{y}_{j}" = "a2[j]"
"y_{j}" = "y[j]"
"N" = "1"
''',
    # Steinitz's article: w_{ij}^{(l)} into unit i of layer l from unit j (its model's a_i^{(1)} = sum_j w_{ij}^{(1)}
    # x_j, and its recursion's a_k^{(l)} = sum_i w_{ki}^{(l)} z_i^{(l-1)}), a the sums, z the tanh outputs (z^{(0)} the
    # inputs x), delta_j^{(l)} = dE/da_j^{(l)} (the page's definition), delta_j and a_j without a layer the output's
    # (y_hat_j = a_j), y_j the actual output (the target), y_hat_j the predicted one, f the tanh, M the last output
    # index (the sum from 0 to M over the outputs), Delta w_{ij}^{(l)} the derivative it names
    "b153_st": r'''
[notation]
loss = ["E"]
indices = "ijkl"
functions = { f = "tanh" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[i, j]"
"a_{j}^{(l)}" = "z{l}[j]"
"z_{i}^{(l)}" = "a{l}[i]"
"z_{i}^{(0)}" = "x[i]"
"x_{j}" = "x[j]"
"\\delta_{j}^{(l)}" = "delta{l}[j]"
"\\delta_{j}" = "delta2[j]"
"a_{j}" = "z2[j]"
"\\hat{y}_{j}" = "a2[j]"
"y_{j}" = "y[j]"
"M" = "1"
"\\Delta w_{ij}^{(l)}" = "grad(W{l}[i, j])"
''',
    # Norrie's article: a^{(l)} the pre-activation, h^{(l)} the post-activation (h^{(0)} = x), W^{(l)} output-first
    # (a^{(l)} = W^{(l)} h^{(l-1)} + b^{(l)}), delta^{(l)} = dE/da^{(l)}, phi the activation (the sigmoid here); the page
    # names no z
    "b153_jn": r'''
[notation]
loss = ["E"]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"a^{(l)}" = "z{l}[:]"
"h^{(l)}" = "a{l}[:]"
"h^{(0)}" = "x[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "delta{l}[:]"
"W_{ij}^{(l)}" = "W{l}[i, j]"
"b_{i}^{(l)}" = "b{l}[i]"
"\\delta_{i}^{(l)}" = "delta{l}[i]"
"a_{i}^{(l)}" = "z{l}[i]"
"h_{j}^{(l)}" = "a{l}[j]"
''',
    # the note on Rumelhart et al.: w_{ij}^{(l)} from unit i of layer l-1 to unit j of layer l (its forward formula),
    # y_j^{(l)} the outputs (y^{(0)} the input), z_j^{(l)} the sums, t_j the targets, delta_j^{(l)} = dE/dz_j^{(l)} (its
    # definition), W^{(l)} the matrix of its sketch (z1 = W1 @ x: output-first), delta^{(l)} and y^{(l)} the layers'
    # columns; the Python sketch's x, t, z1, y1, z2, y2, delta1, delta2, W1, W2, grad_W1, grad_W2 (columns, np.outer
    # for the gradients), lr the rate, sigmoid_prime(z) = s (1 - s) with s = sigmoid(z), of the sum
    "b153_rh": r'''
[notation]
loss = ["E"]
indices = "ijkl"
learning_rate = ["lr"]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j, i]"
"y_{j}^{(l)}" = "a{l}[j]"
"y_{i}^{(0)}" = "x[i]"
"z_{j}^{(l)}" = "z{l}[j]"
"t_{j}" = "y[j]"
"\\delta_{j}^{(l)}" = "delta{l}[j]"
"W^{(l)}" = "W{l}[:, :]"
"\\delta^{(l)}" = "delta{l}[:]"
"y^{(l)}" = "a{l}[:]"
"y^{(0)}" = "x[:]"
"x" = "x[:]"
"t" = "y[:]"
"z1" = "z1[:]"
"y1" = "a1[:]"
"z2" = "z2[:]"
"y2" = "a2[:]"
"delta1" = "delta1[:]"
"delta2" = "delta2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"grad_W1" = "grad(W1[:, :])"
"grad_W2" = "grad(W2[:, :])"
''',
    # the Taiwanese homework: Lin's notation, w_{ij}^{(l)} from unit i of layer l-1 to unit j of layer l, units counted
    # from 1, x_0 = +1 the bias input (w_{0j}^{(l)} the bias), x_i^{(0)} the inputs, s the sums, x the outputs,
    # delta_j^{(l)} = dE/ds_j^{(l)} (the page's), y the target
    "b153_tw": r'''
[notation]
loss = ["E"]
indices = "ijkl"
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"w_{0j}^{(l)}" = "b{l}[j-1]"
"x_{0}^{(l)}" = "1"
"x_{0}^{(0)}" = "1"
"x_{i}^{(0)}" = "x[i-1]"
"x_{i}^{(l)}" = "a{l}[i-1]"
"s_{j}^{(l)}" = "z{l}[j-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"d^{(0)}" = "2"
"d^{(1)}" = "2"
"d^{(2)}" = "1"
"y" = "y[0]"
''',
    # the CEE 554 notes: the same course's notation (units from 1, x_0 = 1), e the pointwise error, theta the
    # activation (tanh), d^{(l)} the number of units of layer l
    "b153_ce": r'''
[notation]
indices = "ijkl"
loss = ["e"]
functions = { "\\theta" = "tanh" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"w_{0j}^{(l)}" = "b{l}[j-1]"
"x_{0}^{(l)}" = "1"
"x_{0}^{(0)}" = "1"
"x_{i}^{(0)}" = "x[i-1]"
"x_{i}^{(l)}" = "a{l}[i-1]"
"s_{j}^{(l)}" = "z{l}[j-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"d^{(0)}" = "2"
"d^{(1)}" = "3"
"d^{(2)}" = "1"
''',
    # the exam notes: the same course's notation (w_{ij}^{(l)} joins neuron i in layer l-1 to neuron j in layer l,
    # x_0^{(l-1)} = 1 the bias input, units from 1), delta_j^{(l)} = de/ds_j^{(l)} (the page's), theta the tanh (its
    # example), e its example's squared loss (x^{(L)} - y)^2, x^{(L)}, s^{(L)}, delta^{(L)} the one output's, d^{(l)}
    # the number of units of layer l
    "b153_lf": r'''
[notation]
indices = "ijkl"
loss = ["e"]
functions = { "\\theta" = "tanh" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"w_{0j}^{(l)}" = "b{l}[j-1]"
"x_{0}^{(l)}" = "1"
"x_{0}^{(0)}" = "1"
"x_{i}^{(0)}" = "x[i-1]"
"x_{i}^{(l)}" = "a{l}[i-1]"
"s_{j}^{(l)}" = "z{l}[j-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"x^{(L)}" = "a2[0]"
"s^{(L)}" = "z2[0]"
"\\delta^{(L)}" = "delta2[0]"
"y" = "y[0]"
"d^{(0)}" = "2"
"d^{(1)}" = "3"
"d^{(2)}" = "1"
''',
    # the Chinese article with code: w_{ij}^{(l)} from unit i of layer l-1 to unit j of layer l (its gradients' and
    # updates' layer, into layer l; the forward line's w^{(l-1)} left out), x_i^{(l-1)} the outputs of layer l-1
    # (x^{(0)} the inputs), z and a the sums and outputs, b the biases, E the loss; its code's rows: inputs,
    # outputs (the targets), hidden_layer_output, output_layer_output, weights_hidden and weights_output input-first,
    # output_error = outputs - output_layer_output (its line), output_delta and hidden_error the code's deltas (-1/2
    # dE/dz under the squared error: y - y_hat times the slope), sigmoid_derivative(x) = x (1 - x) of what it is given
    "b153_cn": r'''
[notation]
loss = ["E"]
indices = "ijkl"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j, i]"
"b_{j}^{(l)}" = "b{l}[j]"
"z_{j}^{(l)}" = "z{l}[j]"
"a_{j}^{(l)}" = "a{l}[j]"
"x_{i}^{(l)}" = "a{l}[i]"
"x_{i}^{(0)}" = "x[i]"
"inputs" = "x[:].T"
"outputs" = "y[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_output" = "a2[:].T"
"weights_hidden" = "W1[:, :].T"
"weights_output" = "W2[:, :].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-0.5*grad(z2[:]).T"
"hidden_error" = "-0.5*grad(z1[:]).T"
''',
    # the course notes: layers counted from the input's 1 (x^{(1)} = a^{(1)} the inputs, layer 2 the tanh hidden
    # layer, layer 3 the sigmoid output), w_{ij}^{(l)} into unit i of layer l from unit j (z^{(2)} = W^{(2)} x^{(1)} +
    # b^{(2)}; w_{1j}^{(3)} the entries of w^{(3)}), units from 1, x_{n1}, x_{n2} and y_n the sample's inputs and label,
    # E_n its loss (E the sum over the N samples, N = 1 here), the partial derivatives by a layer's vector rows (the
    # page's note: a scalar-by-vector derivative is a row)
    "b153_ms": r'''
[notation]
indices = "ijl"
loss = ["E_{n}", "E"]
[notation.symbols]
"w_{ij}^{(l)}" = "W{l-1}[i-1, j-1]"
"z_{i}^{(l)}" = "z{l-1}[i-1]"
"a_{j}^{(l)}" = "a{l-1}[j-1]"
"a_{j}^{(1)}" = "x[j-1]"
"b_{i}^{(l)}" = "b{l-1}[i-1]"
"a^{(l)}" = "a{l-1}[:]"
"a^{(1)}" = "x[:]"
"z^{(l)}" = "z{l-1}[:]"
"W^{(l)}" = "W{l-1}[:, :]"
"x^{(1)}" = "x[:]"
"x_{n1}" = "x[0]"
"x_{n2}" = "x[1]"
"y_{n}" = "y[0]"
"\\hat{y}" = "a2[0]"
"N" = "1"
''',
    # the Japanese note: layers counted from the input's 1 (o^{(1)} the input layer's outputs), i_j^{(l)} the sums
    # (i^{(l)} = {}^tW^{(l)} o^{(l-1)} + b^{(l)}: w_{ij} from unit i of layer l-1 to unit j), o the outputs, o^{(L)}
    # the one output, y the target, r = y - o^{(L)} the residual (the page's), f the activation (the sigmoid here)
    "b153_jp": r'''
[notation]
loss = ["E"]
indices = "ijl"
functions = { f = "sigmoid" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l-1}[j, i]"
"b_{j}^{(l)}" = "b{l-1}[j]"
"i_{j}^{(l)}" = "z{l-1}[j]"
"o_{i}^{(l)}" = "a{l-1}[i]"
"o_{i}^{(1)}" = "x[i]"
"o_{j}^{(L)}" = "a2[j]"
"o^{(L)}" = "a2[0]"
"y" = "y[0]"
"r" = "y[0] - a2[0]"
''',
}
