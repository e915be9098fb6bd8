"""The networks and notations of batch 171 of the held-out public formulas (tests/public_formulas_batch171.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b171_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Chinese week-3 notes (stored file 38980572343), section 1.6: two inputs x_1, x_2, two sigmoid hidden units
    # h_1 = sigma(w_11 x_1 + w_12 x_2 + b_1), h_2 likewise (w_{ij} output-first: w_12 joins x_2 to h_1), a sigmoid
    # output y_hat = sigma(w_1 h_1 + w_2 h_2 + b), L = 1/2 (y - y_hat)^2; no numbers, no rate (eta unnamed: 0.1)
    "b171_zw": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese Markdown note on Nielsen's four equations (stored file 30084882208): z^l = w^l a^{l-1} + b^l,
    # sigma the activation (the sigmoid, the note's first), C the quadratic cost C = 1/2n sum (y - a^L)^2 (one sample:
    # half the squared error); Nielsen's counting (the input is layer 1); 2-3-2 here
    "b171_zn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Japanese Hugo note (stored file 38305848778): the input layer 0, the output layer L, u_j^l = sum_i w_ij^l
    # y_i^{l-1} (no biases; w_{ij} input-first: i the node of layer l-1), y_j^l = f_l(u_j^l) with an activation per
    # layer, E = 1/2 sum (y_i^L - y~_i)^2; L = 2 here, f_1 tanh and f_2 the sigmoid (the note names no activation)
    "b171_ja": _layers('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Russian note on a one-layer perceptron with ReLU (stored file 62900836932): z_i = sum_j W_ij x_j + b_i,
    # the ReLU after it; the loss unnamed (delta_{z_i} = dL/dz_i, "which has already taken in the ReLU and the
    # gradient from above"): half the squared error on the ReLU outputs here; 3 inputs, 2 outputs
    "b171_ru": _layers('inputs = 3\nunits = 2\nactivation = "relu"', loss="half_squared_error"),
    # the Chinese deep-learning overview (stored file 31144949599), section 4: z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}
    # (output-first, columns), a^{(l)} = sigma(z^{(l)}), J the cost (unnamed: half the squared error here); 2-2-2,
    # so that every W^{(l)} is square
    "b171_cn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Russian digit-recognizer script (stored file 13348145442): the samples rows, W1 (input_size x hidden_size)
    # and W2 input-first with biases b1, b2 (rows), ReLU hidden units (np.maximum(0, Z1)), softmax outputs, the
    # cross-entropy (-log of the label's probability), Y the one-hot labels, m = Y.shape[0] (one sample here),
    # learning_rate 0.02; 10000-1024-10 there, 3-4-3 here
    "b171_rc": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.02)),
    # the Portuguese XOR script (stored file 7591728343): the samples rows, weights_input_hidden (2 x 4) and
    # weights_hidden_output (4 x 1) input-first, no biases, sigmoid layers, error = y - output (half the squared
    # error's step), learning_rate 0.1 added (+=); input_size 2, hidden_size 4, output_size 1 as it writes them
    "b171_pt": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Vietnamese skip-gram script (stored file 45479291730): h = w1^T x (a linear hidden layer, no bias; w1 V x d
    # input-first), u = w2^T h, y_c = softmax(u), the cross-entropy of one context word (EI = y_pred - y for one
    # context word: dL/du), self.eta = settings['learning_rate'] = 0.01; V = 37, d = 5 there, 3-2-3 here
    "b171_vi": problem_text('inputs = 3\nunits = 2\nactivation = "identity"\nbias = "none"',
                            'units = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy",
                            extra=_rate(0.01)),
    # the Chinese study note's MLP code (stored file 68493475123): one sample x (a 1-D array), weights1 and weights2
    # input-first with biases, ReLU hidden units, a linear output y_pred, loss = np.square(y_true - y_pred).sum()
    # (the squared error), learning_rate unnamed (0.1 here); 2-3-2 here
    "b171_zc": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "identity"',
                       loss="squared_error"),
    # the Chinese Markdown note on the error terms (stored file 26148965025) and its Udacity-style script: sigmoid
    # layers, no biases (h_k = sum x_i w_i), weights_input_hidden (n_features x n_hidden) input-first and
    # weights_hidden_output a vector, one output, error = y - output, the error terms (y - y_k) f'(h_k) (half the
    # squared error's -dE/dz), learnrate 0.005; n_hidden 2 as it writes it, 3 features here
    "b171_zm": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.005)),
}

NOTATIONS = {
    # the week-3 notes: x_1, x_2 the inputs, w_{ij} the hidden weights (w_{12} joins x_2 to h_1), b_1, b_2 the hidden
    # biases, a_1, a_2 the hidden sums ("隐藏层激活输入 a_1"), h_1, h_2 the hidden outputs, w_1, w_2, b the output's
    # weights and bias, a the output's sum ("输出层Sigmoid函数的输入"), y_hat the output, y the target
    "b171_zw": r'''
[notation]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{11}" = "W1[0, 0]"
"w_{12}" = "W1[0, 1]"
"w_{21}" = "W1[1, 0]"
"w_{22}" = "W1[1, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"a_{1}" = "z1[0]"
"a_{2}" = "z1[1]"
"h_{1}" = "a1[0]"
"h_{2}" = "a1[1]"
"w_{1}" = "W2[0, 0]"
"w_{2}" = "W2[0, 1]"
"b" = "b2[0]"
"a" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the Nielsen note: Nielsen's counting (the input is layer 1, L = 3 the output layer), w^l, b^l, z^l, a^l layer
    # l's (output-first, columns; w^l_{jk} joins unit k of layer l-1 to unit j of layer l), delta^l = dC/dz^l (the
    # note's table), C the cost, units counted from 0
    "b171_zn": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"L" = "3"
"a^{1}" = "x[:]"
"a_{k}^{1}" = "x[k]"
"w^{l}" = "W{l-1}[:, :]"
"w_{jk}^{l}" = "W{l-1}[j, k]"
"b^{l}" = "b{l-1}[:]"
"b_{j}^{l}" = "b{l-1}[j]"
"z^{l}" = "z{l-1}[:]"
"z_{j}^{l}" = "z{l-1}[j]"
"a^{l}" = "a{l-1}[:]"
"a_{j}^{l}" = "a{l-1}[j]"
"\\delta^{l}" = "grad(z{l-1}[:])"
"\\delta_{j}^{l}" = "grad(z{l-1}[j])"
"\\delta^{L}" = "grad(z2[:])"
"z^{L}" = "z2[:]"
"a^{L}" = "a2[:]"
''',
    # the Japanese note: layers from the input's 0 to the output's L = 2, nodes counted from 1 ("第 l 層 j 番目"),
    # y_j^l node j's output (y^0 the input), u_j^l its linear sum, w_ij^l input-first (u_j^l = sum_i w_ij^l
    # y_i^{l-1}), W^l = (w_ij^l) (P x Q, P the input's size), delta_j^l = dE/du_j^l (the note's definition), bold y,
    # u, delta the layers' vectors, y~_i the teacher's data, f_l layer l's activation (f_L the output's), E the loss
    "b171_ja": r'''
[notation]
indices = "ijkl"
loss = ["E"]
functions = { "f_{1}" = "tanh", "f_{2}" = "sigmoid", "f_{L}" = "sigmoid" }
[notation.symbols]
"L" = "2"
"y_{i}^{0}" = "x[i-1]"
"y_{i}^{l}" = "a{l}[i-1]"
"u_{j}^{l}" = "z{l}[j-1]"
"w_{ij}^{l}" = "W{l}[j-1, i-1]"
"\\delta_{j}^{l}" = "grad(z{l}[j-1])"
"\\tilde{y}_{i}" = "y[i-1]"
"W^{l}" = "W{l}[:, :].T"
"\\bm{y}^{0}" = "x[:]"
"\\bm{y}^{l}" = "a{l}[:]"
"\\bm{u}^{l}" = "z{l}[:]"
"\\bm{\\delta}^{l}" = "grad(z{l}[:])"
''',
    # the Russian perceptron note: x_j the inputs (j = 1 ... n), W_ij the weight from input j to output i
    # (output-first, 1-based as its sums run), b_i the biases, z_i the sums, delta_{z_i} = dL/dz_i (the note's local
    # gradient), bold x, W, b, delta_z the vectors and the matrix, L the loss
    "b171_ru": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{L}"]
[notation.symbols]
"x_{j}" = "x[j-1]"
"W_{ij}" = "W1[i-1, j-1]"
"b_{i}" = "b1[i-1]"
"z_{i}" = "z1[i-1]"
"\\delta_{z_{i}}" = "grad(z1[i-1])"
"\\mathbf{x}" = "x[:]"
"\\mathbf{W}" = "W1[:, :]"
"\\mathbf{b}" = "b1[:]"
"\\boldsymbol{\\delta_{z}}" = "grad(z1[:])"
''',
    # the Chinese overview: layers from the input's a^{(0)}, W^{(l)}, b^{(l)}, z^{(l)}, a^{(l)} layer l's
    # (output-first, columns), delta^{(l)} the layer's error term (dJ/dz^{(l)}), J the cost
    "b171_cn": r'''
[notation]
indices = "l"
loss = ["J"]
[notation.symbols]
"a^{(0)}" = "x[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
''',
    # the Russian script: X the input (a row), Y the one-hot target (a row), Z1, A1, Z2, A2 the layers' rows, W1, W2
    # input-first (self.W1, self.W2), b1, b2 rows, dZ2 ... db1 the loss's gradients (Ng's d names: dZ2 = dL/dZ2,
    # dA1 = dL/dA1), m the number of samples (one here)
    "b171_rc": r'''
[notation]
learning_rate = ["self.learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.b1" = "b1[:].T"
"self.W2" = "W2[:, :].T"
"self.b2" = "b2[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
    # the Portuguese script: X the input (a row), y the target, output_layer_output and hidden_layer_output the
    # layers' outputs (rows), the weights input-first; error = y - output, d_output and d_hidden_layer the code's
    # deltas (-dE/dz: the updates add them), error_hidden_layer = -dE/d(hidden output); sigmoid_derivative(x) =
    # x (1 - x), the slope written of the output
    "b171_pt": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"output_layer_output" = "a2[:].T"
"hidden_layer_output" = "a1[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"error" = "y[:].T - a2[:].T"
"d_output" = "-grad(z2[:]).T"
"error_hidden_layer" = "-grad(a1[:]).T"
"d_hidden_layer" = "-grad(z1[:]).T"
''',
    # the Vietnamese script: x the one-hot input word, h the hidden layer (w1^T x), e the error EI = y_pred - y of the
    # one context word (dL/du), self.w1 (V x d) and self.w2 (d x V) input-first, dl_dw1, dl_dw2 their gradients (as
    # the arrays are: input-first), self.eta the rate
    "b171_vi": r'''
[notation]
learning_rate = ["self.eta"]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"e" = "grad(z2[:])"
"self.w1" = "W1[:, :].T"
"self.w2" = "W2[:, :].T"
"dl_dw1" = "grad(W1[:, :]).T"
"dl_dw2" = "grad(W2[:, :]).T"
''',
    # the Chinese note's MLP: x the sample (1-D), hidden_layer the hidden outputs, y_pred the output, y_true the
    # target, self.weights1, self.weights2 input-first, self.bias1, self.bias2; d_loss_pred = dL/dy_pred, d_hidden the
    # hidden sums' gradient once the ReLU's mask is applied (the line before the ones taken), d_weights1 ... d_bias2
    # the gradients (input-first, as the arrays are)
    "b171_zc": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[:]"
"hidden_layer" = "a1[:]"
"y_pred" = "a2[:]"
"y_true" = "y[:]"
"self.weights1" = "W1[:, :].T"
"self.weights2" = "W2[:, :].T"
"self.bias1" = "b1[:]"
"self.bias2" = "b2[:]"
"d_loss_pred" = "grad(a2[:])"
"d_hidden" = "grad(z1[:])"
"d_weights1" = "grad(W1[:, :]).T"
"d_bias1" = "grad(b1[:])"
"d_weights2" = "grad(W2[:, :]).T"
"d_bias2" = "grad(b2[:])"
''',
    # the error-terms note: y the target, y_k the output (one: k names it), h_k its input, h_j hidden unit j's input,
    # w_{jk} the weight from hidden j to the output, delta_k = (y - y_k) f'(h_k) and delta_j the error terms (-dE/dh:
    # the note's definitions), f the sigmoid; its script: x the input, hidden_input, hidden_output, o_input, output,
    # the weights input-first (weights_hidden_output a vector), error = y - output, output_error_term,
    # hidden_error (-dE/d hidden output), hidden_error_term; sigmoid_prime(x) = sigmoid(x) (1 - sigmoid(x)), of the sum
    "b171_zm": r'''
[notation]
indices = "j"
learning_rate = ["learnrate"]
functions = { f = "sigmoid", sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"y" = "y[0]"
"y_{k}" = "a2[0]"
"h_{k}" = "z2[0]"
"\\delta_{k}" = "-grad(z2[0])"
"h_{j}" = "z1[j]"
"\\delta_{j}" = "-grad(z1[j])"
"w_{jk}" = "W2[0, j]"
"x" = "x[:]"
"hidden_input" = "z1[:]"
"hidden_output" = "a1[:]"
"o_input" = "z2[0]"
"output" = "a2[0]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[0, :]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-grad(z2[0])"
"hidden_error" = "-grad(a1[:])"
"hidden_error_term" = "-grad(z1[:])"
''',
}
