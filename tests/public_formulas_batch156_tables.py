"""The networks and notations of batch 156 of the held-out public formulas (tests/public_formulas_batch156.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b156_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Mazur-style Python script (stored file 21053053631): 2-2-2, sigmoid layers, E_total = 0.5 * sum of the
    # squared errors; x = [0.1, 0.5], targets [0.05, 0.95], lr = 0.6; net_h1 = x[0]*w1 + x[1]*w3 + b1 and net_h2 =
    # x[0]*w2 + x[1]*w4 + b2 (w1, w3 into h1; w2, w4 into h2), net_o1 = out_h1*w5 + out_h2*w6 + b3, net_o2 =
    # out_h1*w7 + out_h2*w8 + b4; w1 ... w8 = 0.1 ... 0.8, b1 = b2 = 0.25, b3 = b4 = 0.35 (its numbers)
    "b156_py": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.3], [0.2, 0.4]]\n'
                            'biases = [0.25, 0.25]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.5, 0.6], [0.7, 0.8]]\n'
                            'biases = [0.35, 0.35]',
                            loss="half_squared_error", extra=_data("[0.1, 0.5]", "[0.05, 0.95]", 0.6)),
    # the Markdown note on backward propagation (stored file 67635002997), its worked example: 1 input, 1 hidden
    # neuron, 1 output, sigmoid activations, Loss = (y_hat - y)^2 (no half); x = 0.5, y = 1.0, W(1) = 0.4, b(1) = 0,
    # W(2) = 0.6, b(2) = 0, eta = 0.1 (its numbers)
    "b156_md": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4]]\nbiases = [0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.6]]\nbiases = [0.0]',
                            loss="squared_error", extra=_data("[0.5]", "[1.0]", 0.1)),
    # the interview notes on neural networks (stored file 67497839000), section 4's numerical example: 1 input, 1
    # sigmoid hidden unit, 1 sigmoid output, the binary cross-entropy; x = 1, w1 = 0.5, b1 = 0, w2 = 0.5, b2 = 0, y =
    # 1, eta = 1.0 (its numbers)
    "b156_iv": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.0]',
                            loss="binary_cross_entropy", extra=_data("[1.0]", "[1.0]", 1.0)),
    # the Markdown lesson on backpropagation and gradient descent (stored file 52527948909): x -> h -> output, no
    # activation, no biases, loss = (output - target)^2; x = 2.0, w1 = 0.5, w2 = 3.0, target = 4.0, lr = 0.1 (its
    # numbers)
    "b156_ln": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                            loss="squared_error", extra=_data("[2.0]", "[4.0]", 0.1)),
    # the tiny Python script of prints (stored file 15333909647): x -> hidden -> output, no activation function, no
    # biases; error = target - actual and Rosenblatt's new = old + rate x error x input: half the squared error's
    # step; x = 1, w1 = 0.5, w2 = 0.3, target 1.0, learning_rate 0.5 (its numbers)
    "b156_tn": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.3]]',
                            loss="half_squared_error", extra=_data("[1.0]", "[1.0]", 0.5)),
    # the course's Week 2, Day 7 page (stored file 37478536393), Exercise 1: 1 input, 1 sigmoid hidden neuron, 1
    # sigmoid output, loss = 0.5*(y_true - a2)^2; x = 0.5, y_true = 0.8, w1 = 0.4, b1 = 0.1, w2 = 0.6, b2 = 0.2,
    # learning_rate = 0.5 (its numbers)
    "b156_wk": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4]]\nbiases = [0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.6]]\nbiases = [0.2]',
                            loss="half_squared_error", extra=_data("[0.5]", "[0.8]", 0.5)),
    # the same page's Exercise 2, its NeuralNetwork class: the samples rows, W1 (input_size x hidden_size) and W2
    # input-first with row biases, sigmoid layers, compute_loss np.mean((y_true - y_pred) ** 2) (one sample and one
    # output: the squared error); NeuralNetwork(input_size=1, hidden_size=2, output_size=1, learning_rate=0.5), its
    # test
    "b156_wc": problem_text('inputs = 1\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.5)),
    # the React playground with Chinese labels (stored file 56516302785), its preset 'simple': 1 input, 2 ReLU hidden
    # units, 1 sigmoid output, loss = 0.5 * (a2 - target) ** 2; W1 = [[0.5], [-0.3]] (one row per hidden unit), b1 =
    # [0.1, -0.2], W2 = [[0.8, -0.6]], b2 = [0.05], input 1, target 0.8, lr 0.5 (its numbers)
    "b156_re": problem_text('inputs = 1\nunits = 2\nactivation = "relu"\nweights = [[0.5], [-0.3]]\n'
                            'biases = [0.1, -0.2]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.8, -0.6]]\nbiases = [0.05]',
                            loss="half_squared_error", extra=_data("[1.0]", "[0.8]", 0.5)),
    # the dlbook's "2.12. Numerical example Forward and Back pass" as a script (stored file 39379449361): x = [1, 4,
    # 5], y = [0.1, 0.05], W1 (3 x 2) and W2 (2 x 2) input-first (z_1 = a_0 W_1 + b_1^T), W1 = [[0.1, 0.2], [0.3,
    # 0.4], [0.5, 0.6]], b1 = [0.5, 0.5], W2 = [[0.7, 0.8], [0.9, 0.1]], b2 = [0.5, 0.5], sigmoid layers, the MSE whose
    # derivative d_mse(a, y) = a - y (half the squared error), eta = 0.01 (its numbers; here written output-first)
    "b156_dl": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\n'
                            'weights = [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]]\n'
                            'biases = [0.5, 0.5]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.7, 0.9], [0.8, 0.1]]\n'
                            'biases = [0.5, 0.5]',
                            loss="half_squared_error", extra=_data("[1.0, 4.0, 5.0]", "[0.1, 0.05]", 0.01)),
    # the Python 2 script of np.matrix rows (stored file 33520994297): s0 (5 inputs) -> s1 (4) -> s2 (3) -> s3 (2),
    # w0 (5 x 4), w1 (4 x 3), w2 (3 x 2) input-first with row biases b0, b1, b2, sigmoid layers, dETotal_dS3 = s3 -
    # expected (half the squared error, Mazur's E_total), expected 0.01 0.99, speed 0.5; s0 = [0.18, 0.29, 0.40, 0.51,
    # 0.62], w0 = 0.01 ... 0.20, b0 = 0.21 ... 0.24, w1 = 0.25 ... 0.36, b1 = 0.37 ... 0.39, w2 = 0.40 ... 0.45, b2 =
    # 0.46, 0.47 row after row (its numbers, written here output-first: the code's w0, b0 are W1, b1, its s1 is a1)
    "b156_mx": problem_text('inputs = 5\nunits = 4\nactivation = "sigmoid"\n'
                            'weights = [[0.01, 0.05, 0.09, 0.13, 0.17], '
                            '[0.02, 0.06, 0.10, 0.14, 0.18], [0.03, 0.07, 0.11, 0.15, 0.19], '
                            '[0.04, 0.08, 0.12, 0.16, 0.20]]'
                            '\nbiases = [0.21, 0.22, 0.23, 0.24]',
                            'units = 3\nactivation = "sigmoid"\nweights = [[0.25, 0.28, 0.31, 0.34], '
                            '[0.26, 0.29, 0.32, 0.35], '
                            '[0.27, 0.30, 0.33, 0.36]]\nbiases = [0.37, 0.38, 0.39]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.40, 0.42, 0.44], [0.41, 0.43, 0.45]]'
                            '\nbiases = [0.46, 0.47]',
                            loss="half_squared_error",
                            extra=_data("[0.18, 0.29, 0.40, 0.51, 0.62]", "[0.01, 0.99]", 0.5)),
    # the EVA8 session-3 README (stored file 28577904138): Mazur's 2-2-2 network as the course's Excel sheet draws it,
    # no biases (h1 = w1 * i1 + w2 * i2, h2 = w3 * i1 + w4 * i2, o1 = w5 * a_h1 + w6 * a_h2, o2 = w7 * a_h1 + w8 *
    # a_h2), sigmoid layers, E_total = E1 + E2 with E1 = 1/2 * (t1 - a_o1)^2; the page gives no numbers (its sheet is
    # an image): the rate 0.1
    "b156_ev": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # the Mazur-style script: x the input, output the targets, w1 ... w8 as its sums use them (w1, w3 into h1; w2,
    # w4 into h2; w5, w6 into o1; w7, w8 into o2), out_h1, out_h2, out_o1, out_o2 the layers' outputs, dE_o1 =
    # dE/d out_o1, d_out_o1 = out_o1 (1 - out_o1) the output's slope, dE_w5 ... the gradients, d_hidden1 =
    # dE/d net_h1; sigmoid_derivative(output) = output (1 - output), the slope written of the output; lr the rate
    "b156_py": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:]"
"output" = "y[:]"
"w1" = "W1[0, 0]"
"w3" = "W1[0, 1]"
"w2" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
"dE_o1" = "grad(a2[0])"
"dE_o2" = "grad(a2[1])"
"d_out_o1" = "a2[0]*(1 - a2[0])"
"d_out_o2" = "a2[1]*(1 - a2[1])"
"dE_w1" = "grad(W1[0, 0])"
"dE_w2" = "grad(W1[1, 0])"
"dE_w3" = "grad(W1[0, 1])"
"dE_w4" = "grad(W1[1, 1])"
"dE_w5" = "grad(W2[0, 0])"
"dE_w6" = "grad(W2[0, 1])"
"dE_w7" = "grad(W2[1, 0])"
"dE_w8" = "grad(W2[1, 1])"
"d_hidden1" = "grad(z1[0])"
"d_hidden2" = "grad(z1[1])"
''',
    # the Markdown note: layers counted from the input, W^{(l)}, b^{(l)}, z^{(l)}, a^{(l)} layer l's (one neuron
    # each: numbers), L the last layer (2) in superscripts and the loss elsewhere, delta^{(l)} = dL/dz^{(l)} (the
    # page's definition), x the input, y the target, y_hat the output, sigma the sigmoid, eta the rate (the page's
    # Unicode superscripts W⁽¹⁾ written as W^{(1)})
    "b156_md": r'''
[notation]
indices = "l"
[notation.symbols]
"W^{(l)}" = "W{l}[0, 0]"
"b^{(l)}" = "b{l}[0]"
"z^{(l)}" = "z{l}[0]"
"a^{(l)}" = "a{l}[0]"
"\\delta^{(l)}" = "grad(z{l}[0])"
"z^{(L)}" = "z2[0]"
"a^{(L)}" = "a2[0]"
"\\delta^{(L)}" = "grad(z2[0])"
"x" = "x[0]"
"y" = "y[0]"
"ŷ" = "a2[0]"
''',
    # the interview notes' example: x the input, w1, b1 the hidden unit's weight and bias, z1 its sum, a1 its output,
    # w2, b2 the output's, z2 its sum, y_hat the output, y the label, delta = dL/dz ("use delta = dL/dz"): δ1, δ2;
    # sigma the sigmoid
    "b156_iv": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w1" = "W1[0, 0]"
"b1" = "b1[0]"
"z1" = "z1[0]"
"a1" = "a1[0]"
"w2" = "W2[0, 0]"
"b2" = "b2[0]"
"z2" = "z2[0]"
"ŷ" = "a2[0]"
"y" = "y[0]"
"δ1" = "grad(z1[0])"
"δ2" = "grad(z2[0])"
''',
    # the Markdown lesson: x the input, w1 into h, h the hidden value, w2 into the output, output the output, target
    # the target, loss the loss (d(loss)/d(v) its derivative), lr the rate, w1_new, w2_new the updated weights
    "b156_ln": r'''
[notation]
learning_rate = ["lr"]
loss = ["loss"]
[notation.symbols]
"x" = "x[0]"
"w1" = "W1[0, 0]"
"h" = "a1[0]"
"w2" = "W2[0, 0]"
"output" = "a2[0]"
"target" = "y[0]"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W2[0, 0])"
''',
    # the tiny script: x the input, final_output the output, target the target, error = output_error = target -
    # actual (-dE/d output, both names the script gives it), data["w2"] the weight from the hidden neuron to the
    # output, hidden_error = -dE/d hidden
    "b156_tn": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"target" = "y[0]"
"final_output" = "a2[0]"
"error" = "y[0] - a2[0]"
"output_error" = "y[0] - a2[0]"
"hidden_error" = "-grad(a1[0])"
"data[\"w2\"]" = "W2[0, 0]"
''',
    # Exercise 1: x the input, y_true the target, w1, b1, z1, a1 the hidden neuron's, w2, b2, z2, a2 the output's,
    # dL_dv the loss's derivative by v, da2_dz2 and da1_dz1 the sigmoid's slopes (sigmoid_derivative(z) of the sums),
    # w2_new, b1_new the updated parameters
    "b156_wk": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "x[0]"
"y_true" = "y[0]"
"w1" = "W1[0, 0]"
"b1" = "b1[0]"
"z1" = "z1[0]"
"a1" = "a1[0]"
"w2" = "W2[0, 0]"
"b2" = "b2[0]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"dL_da2" = "grad(a2[0])"
"da2_dz2" = "a2[0]*(1 - a2[0])"
"dL_dz2" = "grad(z2[0])"
"dL_dw2" = "grad(W2[0, 0])"
"dL_db2" = "grad(b2[0])"
"dL_da1" = "grad(a1[0])"
"da1_dz1" = "a1[0]*(1 - a1[0])"
"dL_dz1" = "grad(z1[0])"
"dL_dw1" = "grad(W1[0, 0])"
"dL_db1" = "grad(b1[0])"
"w2_new" = "new(W2[0, 0])"
"b1_new" = "new(b1[0])"
''',
    # Exercise 2's class: X the input (a row), y the target, self.a1, self.a2 the layers' rows, self.W2 input-first,
    # dz2 ... db1 the gradients (Ng's d names, dz2 = dL/dz2), m the number of samples (one here)
    "b156_wc": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.a1" = "a1[:].T"
"self.a2" = "a2[:].T"
"self.z1" = "z1[:].T"
"self.W2" = "W2[:, :].T"
"dz2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"m" = "1"
''',
    # the React playground: x the input, target the target, W1 (one row per hidden unit), b1, W2 (one row), b2 the
    # preset's arrays, z1b the hidden sums (biases added), a1 the hidden outputs, a2 the output, dL_dv the loss's
    # derivative by v, lr the rate, newb2 and newb1 the updated biases; dSigmoid(s) = s (1 - s) of the output, dRelu(z)
    # the ReLU's slope at the sum
    "b156_re": r'''
[notation]
learning_rate = ["lr"]
functions = { dSigmoid = "sigmoid' at output", dRelu = "relu' at input" }
[notation.symbols]
"x" = "x[0]"
"target" = "y[0]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"z1b" = "z1[:]"
"a1" = "a1[:]"
"a2" = "a2[0]"
"dL_da2" = "grad(a2[0])"
"dL_dz2" = "grad(z2[0])"
"dL_dW2" = "grad(W2[0, :])"
"dL_db2" = "grad(b2[0])"
"dL_da1" = "grad(a1[:])"
"dL_dz1" = "grad(z1[:])"
"dL_db1" = "grad(b1[:])"
"newb2" = "new(b2[:])"
"newb1" = "new(b1[:])"
''',
    # the dlbook script: the samples rows, a_0 = x the input row, W_1, W_2 input-first (z_1 = a_0 W_1 + b_1^T), b_1,
    # b_2 columns, z_l, a_l layer l's rows, delta_l = dJ/dz_l (rows), f_1, f_2 the layers' activations (sigmoids), J
    # the cost, eta the rate, m the number of samples (one); the code's a0, a1, d1, d2, dLdW1, dLdW2 (rows and
    # input-first), dLdb1 a column, n the rate (no index letter: indices without n), W2n the updated W2
    "b156_dl": r'''
[notation]
indices = "ijkl"
learning_rate = ["n"]
loss = ["J"]
functions = { "f_{1}" = "sigmoid", "f_{2}" = "sigmoid" }
[notation.symbols]
"a_{0}" = "x[:].T"
"z_{1}" = "z1[:].T"
"a_{1}" = "a1[:].T"
"z_{2}" = "z2[:].T"
"a_{2}" = "a2[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"\\delta_{1}" = "grad(z1[:]).T"
"\\delta_{2}" = "grad(z2[:]).T"
"m" = "1"
"a0" = "x[:].T"
"a1" = "a1[:].T"
"W2" = "W2[:, :].T"
"d1" = "grad(z1[:]).T"
"d2" = "grad(z2[:]).T"
"dLdW1" = "grad(W1[:, :]).T"
"dLdW2" = "grad(W2[:, :]).T"
"dLdb1" = "grad(b1[:])"
"W2n" = "new(W2[:, :]).T"
''',
    # the np.matrix script: rows, s0 the input, s1, s2, s3 the layers' outputs, w0, w1, w2 input-first and b0, b1, b2
    # the biases of the layers after them (the code counts from 0: its w0 is W1), expected the targets, dETotal_dv =
    # dE_total/dv (dETotal_dN2 by the output sums N2, dETotal_dS2 by the outputs s2, ...), dS3_dN2 = s3 (1 - s3) and
    # the other layers' slopes, dN2_dB2 and dN0_dB0 the ones dN/dB (np.ones); sigmoid_prime_matrix(s) = s (1 - s),
    # the slope written of the output, entry by entry
    "b156_mx": r'''
[notation]
functions = { sigmoid_prime_matrix = "sigmoid' at output", sigmoid_prime = "sigmoid' at output" }
[notation.symbols]
"s0" = "x[:].T"
"s1" = "a1[:].T"
"s2" = "a2[:].T"
"s3" = "a3[:].T"
"expected" = "y[:].T"
"w0" = "W1[:, :].T"
"w1" = "W2[:, :].T"
"w2" = "W3[:, :].T"
"b0" = "b1[:].T"
"b1" = "b2[:].T"
"b2" = "b3[:].T"
"dETotal_dS3" = "grad(a3[:]).T"
"dS3_dN2" = "(a3[:]*(1 - a3[:])).T"
"dN2_dB2" = "1"
"dETotal_dN2" = "grad(z3[:]).T"
"dETotal_dB2" = "grad(b3[:]).T"
"dETotal_dS2" = "grad(a2[:]).T"
"dS2_dN1" = "(a2[:]*(1 - a2[:])).T"
"dETotal_dN1" = "grad(z2[:]).T"
"dETotal_dS1" = "grad(a1[:]).T"
"dS1_dN0" = "(a1[:]*(1 - a1[:])).T"
"dN0_dB0" = "1"
"dETotal_dN0" = "grad(z1[:]).T"
"dETotal_dB0" = "grad(b1[:]).T"
''',
    # the EVA8 README: i1, i2 the inputs, t1, t2 the targets, w1 ... w8 as its equations use them (w1, w2 into h1;
    # w3, w4 into h2; w5, w6 into o1; w7, w8 into o2), h1, h2 and o1, o2 the sums, a_h1, a_h2, a_o1, a_o2 the outputs
    # (sigma of the sums), E_total the loss, E1 and E2 its two terms (the page's Step 1); the page's δ is the
    # partial derivative's sign (δE_total/δw5)
    "b156_ev": r'''
[notation]
loss = ["E_total"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"E1" = "0.5*(y[0] - a2[0])**2"
"E2" = "0.5*(y[1] - a2[1])**2"
''',
}
