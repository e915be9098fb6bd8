"""The networks and notations of batch 168 of the held-out public formulas (tests/public_formulas_batch168.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b168_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Anki card on a computational graph (stored file 14967137298): one sigmoid neuron, z = w x + b, y =
    # sigma(z), L = 1/2 (y - t)^2 (the card's forward pass); no rate given (0.1)
    "b168_ak": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the Chinese Jekyll post on backpropagation (stored file 17803359553): m inputs x_i, n hidden units h_j = f(s_j'),
    # p outputs y_k = f(s_k), no biases (s_k = sum_j w_jk h_j), E = 1/2 sum_k (y_k - yhat_k)^2 with yhat the targets;
    # f any activation (the sigmoid here), 2-3-2 here; alpha not given (0.1)
    "b168_zh": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Chinese Jekyll post in Ng's cs294a notation (stored file 17053202308): z^{l+1} = W^l a^l + b^l, a^1 = x,
    # a^{n_l} the output, f the activation (the sigmoid here), J(W, b; x, y) = 1/2 ||h(x) - y||^2 (one sample, the
    # weight decay lambda = 0: the network has none); 2-3-2 here (n_l = 3), alpha not given (0.1)
    "b168_ng": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the German NanoNeuron project log (stored file 5831948887): W1 (hidden x input), W2 (output x hidden)
    # output-first with biases b1, b2, sigmoid layers, error_out = (o - y) o (1 - o): half the squared error's
    # gradient; 784-H-10 there, 3-4-2 here; learning_rate 0.25 (the log's recommended configuration)
    "b168_de": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.25)),
    # the Spanish SGDM worked solution (stored file 60419886416): 2-2-2, log-sigmoid everywhere, no biases, x_1 =
    # 0.35, x_2 = 0.8, t_1 = t_2 = 0.5, eta = 0.2; w_{ij}^{(1)} joins x_i to h_j (0.1, 0.2, 0.4, 0.6), w_{ij}^{(2)}
    # joins h_i to o_j (0.3, 0.2, 0.1, 0.9); delta = (out - target) out (1 - out): half the squared error; the
    # momentum's first step (v_0 = 0) is plain gradient descent's
    "b168_es": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.2], [0.4, 0.6]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.2], [0.1, 0.9]]',
                            loss="half_squared_error", extra=_data("[0.35, 0.8]", "[0.5, 0.5]", 0.2)),
    # the digital garden's sample-exam solution (stored file 70509587404): 2-3-2 sigmoid, bias 0 (none), X = [2, 4],
    # W_{X1-H1} = 0.2, W_{X2-H1} = 0.1, W_{X1-H2} = 0.6, W_{X2-H2} = 0.3, W_{X1-H3} = 0.1, W_{X2-H3} = 0.2 (the
    # page's assumed correction), W_{H1-O1} = 0.5, W_{H2-O1} = 0.7, W_{H3-O1} = 0.5, W_{H1-O2} = 0.3, W_{H2-O2} = 0.2,
    # W_{H3-O2} = 0.4; T = [0, 1], eta = 0.1; delta = (Output - Target) Output (1 - Output): half the squared error
    "b168_ex": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.2, 0.1], [0.6, 0.3], [0.1, 0.2]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.5, 0.7, 0.5], [0.3, 0.2, 0.4]]',
                            loss="half_squared_error", extra=_data("[2.0, 4.0]", "[0.0, 1.0]", 0.1)),
    # the German Jekyll post on Nielsen's algorithm (stored file 38258338003): the input is layer 1, L the output
    # layer, sigmoid layers with biases, cost_derivative = a - y (the quadratic cost's 1/2 ||a - y||^2); 784-...-10
    # there, 2-3-2 here (L = 3); eta not given (0.1)
    "b168_dn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the course-notes page on training MLPs (stored file 61470101752), its example: one input x_1, one sigmoid hidden
    # neuron (z_{h1} = w_{1,1} x_1 + b_1), one sigmoid output (z_{o1} = w_{h1,1} a_{h1} + b_{o1}), L = 1/2 (y_1 -
    # yhat_1)^2; no numbers, no rate (0.1)
    "b168_ml": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the Anki card: x the input, w, b the weight and bias, z the sum, y the output, t the target; a bar is the
    # loss's derivative by the quantity (CSC321's error signals: \bar{z} = dL/dz)
    "b168_ak": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
"\\bar{y}" = "grad(a1[0])"
"\\bar{z}" = "grad(z1[0])"
"\\bar{w}" = "grad(W1[0, 0])"
"\\bar{b}" = "grad(b1[0])"
''',
    # the Chinese post: x_i the inputs, h_j the hidden outputs, s_j' their sums, y_k the outputs, s_k their sums,
    # \hat y_k the targets, w_{jk} joins hidden j to output k, w_{ij}' input i to hidden j (input-first), f the
    # activation, delta_k = dE/ds_k and delta_j' = dE/ds_j' (the page's definitions), p the number of outputs; in its
    # multi-layer part t the number of hidden layers (1 here), h^0 the input, h^{t+1} the output, w_{jk}^{t+1} the
    # last weights, s_j^t, delta_j^t the hidden layer's, m_{t+1} the outputs' number; units counted from 1 (j = 1, 2, ..., m)
    "b168_zh": r'''
[notation]
indices = "ijk"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"h_{j}" = "a1[j-1]"
"s_{j}'" = "z1[j-1]"
"y_{k}" = "a2[k-1]"
"s_{k}" = "z2[k-1]"
"\\hat{y}_{k}" = "y[k-1]"
"w_{jk}" = "W2[k-1, j-1]"
"w_{ij}'" = "W1[j-1, i-1]"
"\\delta_{k}" = "grad(z2[k-1])"
"\\delta_{j}'" = "grad(z1[j-1])"
"p" = "2"
"t" = "1"
"w_{jk}^{t+1}" = "W2[k-1, j-1]"
"s_{k}^{t+1}" = "z2[k-1]"
"h_{j}^{t}" = "a1[j-1]"
"s_{j}^{t}" = "z1[j-1]"
"\\delta_{k}^{t+1}" = "grad(z2[k-1])"
"\\delta_{j}^{t}" = "grad(z1[j-1])"
"m_{t+1}" = "2"
''',
    # the cs294a post: layers counted from the input's 1 (a^1 = x), W_{ij}^l joins unit i of layer l to unit j of
    # layer l+1 (the derivation's sums, sum_k W_{kj} a_k: input-first), counted from 1, b_i^l the bias of unit i of layer l+1, z^l,
    # a^l layer l's sums and outputs, delta_j^l = dJ/dz_j^l, n_l = 3 the output layer, y^{(j)} the target of output
    # j (the page's), J the sample's cost, f the activation, alpha the rate
    "b168_ng": r'''
[notation]
indices = "ijkl"
loss = ["J", "J(W, b)"]
learning_rate = ["\\alpha"]
functions = { f = "sigmoid" }
[notation.symbols]
"W_{ij}^{l}" = "W{l}[j-1, i-1]"
"b_{i}^{l}" = "b{l}[i-1]"
"a_{i}^{1}" = "x[i-1]"
"a_{i}^{l}" = "a{l-1}[i-1]"
"z_{i}^{l}" = "z{l-1}[i-1]"
"\\delta_{j}^{l}" = "grad(z{l-1}[j-1])"
"n_{l}" = "3"
"y^{(i)}" = "y[i-1]"
''',
    # the NanoNeuron log: x the input, h the hidden outputs, o the outputs, y the one-hot target (columns),
    # self.W1, self.W2 output-first, self.b1, self.b2, error_out = dE/d o_raw and error_hidden = dE/d h_raw (the
    # sums' gradients: the updates subtract them), self.learning_rate the rate; the loop's i, j units
    "b168_de": r'''
[notation]
indices = "ij"
learning_rate = ["self.learning_rate"]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"o" = "a2[:]"
"y" = "y[:]"
"self.W1" = "W1[:, :]"
"self.b1" = "b1[:]"
"self.W2" = "W2[:, :]"
"self.b2" = "b2[:]"
"error_out" = "grad(z2[:])"
"error_hidden" = "grad(z1[:])"
''',
    # the Spanish solution: x_1, x_2 the inputs, net_{h1}, out_{h1} the hidden sums and outputs, net_{o1}, out_{o1}
    # the outputs', t_1, t_2 the targets, w_{ij}^{(1)} from x_i to h_j, w_{ij}^{(2)} from h_i to o_j, w^{(l)+} the
    # weight after the step, delta_{o1} = dE/dnet_{o1}, delta_{h1} = dE/dnet_{h1}, eta the rate
    "b168_es": r'''
[notation]
indices = "ij"
[notation.symbols]
"x_{i}" = "x[i-1]"
"t_{i}" = "y[i-1]"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"w_{ij}^{(1)}" = "W1[j-1, i-1]"
"w_{ij}^{(2)}" = "W2[j-1, i-1]"
"w_{ij}^{(1)+}" = "new(W1[j-1, i-1])"
"w_{ij}^{(2)+}" = "new(W2[j-1, i-1])"
"\\delta_{o1}" = "grad(z2[0])"
"\\delta_{o2}" = "grad(z2[1])"
"\\delta_{h1}" = "grad(z1[0])"
"\\delta_{h2}" = "grad(z1[1])"
''',
    # the exam solution: X_1, X_2 the inputs, H_1 ... H_3 the hidden outputs, O_1, O_2 the outputs, T_1, T_2 the
    # targets, W_{Xi-Hj} from input i to hidden j, W_{Hj-Ok} from hidden j to output k (the weights before the
    # step: the page's left sides of the updates are the weights after it), delta_{O1} = dE/dZ_{O1} and delta_{H1}
    # = dE/dZ_{H1}, eta the rate
    "b168_ex": r'''
[notation]
[notation.symbols]
"X_{1}" = "x[0]"
"X_{2}" = "x[1]"
"H_{1}" = "a1[0]"
"H_{2}" = "a1[1]"
"H_{3}" = "a1[2]"
"O_{1}" = "a2[0]"
"O_{2}" = "a2[1]"
"T_{1}" = "y[0]"
"T_{2}" = "y[1]"
"W_{X1-H1}" = "W1[0, 0]"
"W_{X2-H1}" = "W1[0, 1]"
"W_{X1-H2}" = "W1[1, 0]"
"W_{X2-H2}" = "W1[1, 1]"
"W_{X1-H3}" = "W1[2, 0]"
"W_{X2-H3}" = "W1[2, 1]"
"W_{H1-O1}" = "W2[0, 0]"
"W_{H2-O1}" = "W2[0, 1]"
"W_{H3-O1}" = "W2[0, 2]"
"W_{H1-O2}" = "W2[1, 0]"
"W_{H2-O2}" = "W2[1, 1]"
"W_{H3-O2}" = "W2[1, 2]"
"\\delta_{O1}" = "grad(z2[0])"
"\\delta_{O2}" = "grad(z2[1])"
"\\delta_{H1}" = "grad(z1[0])"
"\\delta_{H2}" = "grad(z1[1])"
"\\delta_{H3}" = "grad(z1[2])"
''',
    # the German post: Nielsen's counting (the input is layer 1, L = 3 the output layer), w^l, b^l, z^l, a^l layer
    # l's (output-first, columns), delta^l = dC/dz^l, C the cost, \nabla_a C its gradient by the output; its code:
    # delta the output sums' gradient (the lines after delta = cost_derivative(...) * sigmoid_prime(zs[-1])),
    # activations[-2] the hidden outputs, nabla_b[-1], nabla_w[-1] the last layer's gradients
    "b168_dn": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"L" = "3"
"a^{1}" = "x[:]"
"a_{k}^{1}" = "x[k]"
"w^{l}" = "W{l-1}[:, :]"
"w_{jk}^{l}" = "W{l-1}[j, k]"
"b_{j}^{l}" = "b{l-1}[j]"
"z^{l}" = "z{l-1}[:]"
"a^{l}" = "a{l-1}[:]"
"a_{k}^{l}" = "a{l-1}[k]"
"\\delta^{l}" = "grad(z{l-1}[:])"
"\\delta_{j}^{l}" = "grad(z{l-1}[j])"
"\\delta^{L}" = "grad(z2[:])"
"z^{L}" = "z2[:]"
"delta" = "grad(z2[:])"
"activations[-2]" = "a1[:]"
"nabla_b[-1]" = "grad(b2[:])"
"nabla_w[-1]" = "grad(W2[:, :])"
''',
    # the course-notes page's example: x_1 the input, w_{1,1}, b_1 the hidden neuron's weight and bias, z_{h1},
    # a_{h1} its sum and output, w_{h1,1}, b_{o1} the output's weight and bias, z_{o1} its sum, \hat{y}_1 the output,
    # y_1 the target, delta_{o1} = dL/dz_{o1} and delta_{h1} = dL/dz_{h1} (the page's)
    "b168_ml": r'''
[notation]
[notation.symbols]
"x_{1}" = "x[0]"
"w_{1,1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{h1}" = "z1[0]"
"a_{h1}" = "a1[0]"
"w_{h1,1}" = "W2[0, 0]"
"b_{o1}" = "b2[0]"
"z_{o1}" = "z2[0]"
"\\hat{y}_{1}" = "a2[0]"
"y_{1}" = "y[0]"
"\\delta_{o1}" = "grad(z2[0])"
"\\delta_{h1}" = "grad(z1[0])"
''',
}
