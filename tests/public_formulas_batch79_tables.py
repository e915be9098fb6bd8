"""The networks and notations of batch 79 of the held-out public formulas (tests/public_formulas_batch79.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b79_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# Mazur's example as the two Korean retellings give it: inputs 0.05 and 0.10, targets 0.01 and 0.99, w_1 .. w_4 into
# the hidden layer (bias 0.35 shared), w_5 .. w_8 into the output layer (bias 0.60 shared), eta 0.5
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                      'weights = [[0.15, 0.2], [0.25, 0.3]]',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                      'weights = [[0.4, 0.45], [0.5, 0.55]]',
                      loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # Chilee24's Vietnamese homework (MNIST, 784 -> 30 sigmoid -> 10 sigmoid, a cross-entropy per output averaged
    # over m samples) made small: 3 inputs -> 2 sigmoid units -> 3 sigmoid outputs, one sample (m = 1)
    "b79_vn": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # Nemotron's "Compute Backpropagation": x (2) -> h^1 = sigma(W^1 x) (2, no bias) -> h^2 = sigma(W^2 h^1) (2, no
    # bias) -> f = W^3 h^2 (one linear output, no bias); the page names no loss: the squared error here
    "b79_cb": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # se-info's Vietnamese notebook: two ReLU hidden layers and a softmax classifier, the cross-entropy; 2 inputs,
    # 3 and 2 hidden units, 3 classes, one sample (m = 1)
    "b79_se": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                      'units = 3\nactivation = "softmax"', loss="cross_entropy"),
    # nglinhbao's Hanoi housing notebook: a regression network, MSE = 1/(2m) sum (A_i - Y_i)^2; 3 inputs, 2 ReLU
    # hidden units, one linear output, one sample (m = 1)
    "b79_hn": _layers('inputs = 3\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                      loss="half_squared_error"),
    # math.stackexchange 3343902: f(x, w) = sigma(sigma(x_1 w_1) w_2 + x_2), both parameters 0, the point x_1 = 1,
    # x_2 = 0, y = 5; x_2, added to the output's sum, is the output unit's bias here (0 at the page's point)
    "b79_se3343902": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.0]]',
                                  'units = 1\nactivation = "sigmoid"\nweights = [[0.0]]\nbiases = [0.0]',
                                  loss="half_squared_error", extra=_data("[1.0]", "[5.0]")),
    # quizwizapp's cards on Ng's backpropagation: layers 1 (the input) to 4, sigmoid units g, the logistic cost
    # whose output delta is a^4 - y; 2 inputs, 2 and 2 hidden units, one output
    "b79_qw": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # petrkubes1997's TypeScript network page: sigmoid neurons summing weighted connections (no biases), C = 1/(2
    # sampleCnt) sum_m sum_n (neuron_n - target_n)^2; 2 inputs, 3 hidden neurons, 2 outputs, one sample
    "b79_ts": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # jvvp512's and dnai-deny's Korean retellings of Mazur's example
    "b79_mazur": _MAZUR,
    # calico's velog post: Mazur's 2-2-2 sigmoid network without biases (the post leaves them out), the half squared
    # error of each output summed
    "b79_vc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Korean notion page: x -> h = sigma(W_1 x) (no bias) -> y hat = W_2 h (no bias), L = (y hat - y)^2; the page
    # calls W_1 a matrix and x a vector but works every factor as a number: one unit per layer here
    "b79_kn": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                      'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
}

# Mazur's letters as both Korean retellings write them (jvvp512 with subscripts of subscripts, net_{h_1};
# dnai-deny with net_{h1}); i_1, i_2 the inputs, b_1 the hidden layer's shared bias; E_{total} the loss and E_{o1},
# E_{o2} each output's half of it; target and output (dnai-deny's sum) the two targets and outputs
_MAZUR_NOTATION = r'''
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
"b_{1}" = "b1"
"b_{2}" = "b2"
"net_{h_1}" = "z1[0]"
"net_{h_2}" = "z1[1]"
"out_{h_1}" = "a1[0]"
"out_{h_2}" = "a1[1]"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"target" = "y[:]"
"output" = "a2[:]"
"E_{o1}" = "0.5*(y[0] - a2[0])**2"
"E_{o2}" = "0.5*(y[1] - a2[1])**2"
'''

NOTATIONS = {
    # Chilee24's letters: X the inputs (one sample per column, one here), W^{[l]}, b^{[l]}, Z^{[l]}, A^{[l]} layer l's
    # weights, biases, sums and outputs, Y the one-hot labels, m the number of samples
    "b79_vn": r'''
[notation]
indices = "l"
[notation.symbols]
"X" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"Y" = "y[:]"
"m" = "1"
''',
    # the page's letters: x_i the inputs, h^l_i unit i of layer l (h^l the layer's vector, bold or not), w^l_{ij}
    # (or w^l_{i,j}) the weight of layer l from unit i below to unit j (input-first: W^3 = [w^3_{11} w^3_{21}]
    # multiplies [h^2_1; h^2_2]), W^l the layer's matrix; f the network's output
    "b79_cb": r'''
[notation]
indices = "ijl"
[notation.symbols]
"x_{i}" = "x[i-1]"
"h_{i}^{l}" = "a{l}[i-1]"
"h^{l}" = "a{l}[:]"
"\\textbf{h}^{l}" = "a{l}[:]"
"w_{ij}^{l}" = "W{l}[j-1, i-1]"
"W^{l}" = "W{l}[:, :]"
"\\textbf{W}^{l}" = "W{l}[:, :]"
"f" = "a3[0]"
''',
    # se-info's code: E3 the output layer's error A3 - Y (dZ3), db3 the output biases' gradient, m the number of
    # samples (one)
    "b79_se": r'''
[notation.symbols]
"E3" = "a3[:] - t[:]"
"db3" = "grad(b3[:])"
"m" = "1"
''',
    # nglinhbao's letters: A_i the prediction and Y_i the price of example i (one example), m the number of
    # examples; MSE the loss
    "b79_hn": r'''
[notation]
indices = "i"
loss = ["\\text{MSE}"]
[notation.symbols]
"A_{i}" = "a2[0]"
"Y_{i}" = "y[0]"
"m" = "1"
''',
    # the question's letters: x_1 the input, x_2 the term added to the output's sum (its bias here), w_1 and w_2
    # the two parameters, o_1 = x_1 w_1 and o_2 = sigma(o_1) w_2 + x_2 the two sums, f the output; plain x1, w1 too
    "b79_se3343902": r'''
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "b2[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"o_{1}" = "z1[0]"
"o_{2}" = "z2[0]"
"f" = "a2[0]"
''',
    # Ng's letters as the cards write them (Unicode superscripts): a^l, z^l and delta^l of layer l (1 the input, 4
    # the output), theta^l the weights from layer l to l + 1, y the label; g the sigmoid
    "b79_qw": r'''
[notation]
indices = "l"
functions = { g = "sigmoid" }
[notation.symbols]
"a^{1}" = "x[:]"
"a^{l}" = "a{l-1}[:]"
"z^{l}" = "z{l-1}[:]"
"\\delta^{l}" = "delta{l-1}[:]"
"\\theta^{l}" = "W{l}[:, :]"
"theta^{l}" = "W{l}[:, :]"
"y" = "y[0]"
''',
    # the page's words: neruon_n (its spelling) output neuron n, target_n its target, sampleCnt the number of
    # samples (one), outputSize the number of outputs; C the cost, rate the learning rate, w_{old} a weight (the
    # first output neuron's from the first hidden neuron here)
    "b79_ts": r'''
[notation]
indices = "n"
loss = ["C"]
learning_rate = ["rate"]
[notation.symbols]
"neruon_{n}" = "a2[n-1]"
"target_{n}" = "y[n-1]"
"sampleCnt" = "1"
"outputSize" = "2"
"w_{old}" = "W2[0, 0]"
''',
    "b79_mazur": _MAZUR_NOTATION,
    # calico's letters: z1, z2 the hidden sums and h1, h2 their outputs, z3, z4 the output sums and o1, o2 the
    # outputs; targeto1 and outputo1 output 1's target and output; Eo1, Eo2 each output's error, Etotal the loss
    "b79_vc": r'''
[notation]
loss = ["Etotal"]
[notation.symbols]
"z1" = "z1[0]"
"z2" = "z1[1]"
"z3" = "z2[0]"
"z4" = "z2[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"o1" = "a2[0]"
"o2" = "a2[1]"
"targeto1" = "y[0]"
"outputo1" = "a2[0]"
"Eo1" = "0.5*(y[0] - a2[0])**2"
"Eo2" = "0.5*(y[1] - a2[1])**2"
''',
    # the notion page's letters: x the input, W_1 and W_2 the two weights (W1 plain too), z = W_1 x, h = sigma(z),
    # y hat the output, y the target; \mathcal{L} the loss
    "b79_kn": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"x" = "x[0]"
"W_{1}" = "W1[0, 0]"
"W_{2}" = "W2[0, 0]"
"z" = "z1[0]"
"h" = "a1[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
}
