"""The networks and notations of batch 158 of the held-out public formulas (tests/public_formulas_batch158.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b158_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the Chinese worked example's Markdown part (stored file 5671673225): inputs l1 = 5, l2 = 10, three logistic
    # hidden units (w1, w2 into h1; w3, w4 into h2; w5, w6 into h3: 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, as its net_h
    # numbers 2.35, out_h2 = 0.979164, out_h3 = 0.995275 confirm), one bias b1 = 0.35 shared, two logistic outputs
    # (net_o1 = w7 out_h1 + w9 out_h2 + w11 out_h3 + b2 with w7, w9, w11 = 0.4, 0.5, 0.6; w8, w10, w12 = 0.45, 0.55,
    # 0.65 into o2, as out_o2 = 0.904330 confirms), b2 = 0.65 shared (net_o1 = 2.1019206), labels 0.01 and 0.99,
    # E_total the sum of 1/2 (target - out)^2 (its MSELoss with the 1/2 its derivative uses); the rate 0.5 of its code
    "b158_zm": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                            'weights = [[0.1, 0.15], [0.2, 0.25], [0.3, 0.35]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.65\n'
                            'weights = [[0.4, 0.5, 0.6], [0.45, 0.55, 0.65]]',
                            loss="half_squared_error", extra=_data("[5.0, 10.0]", "[0.01, 0.99]", 0.5)),
    # the same file's Python bp_demo (stored file 5671673225): its own numbers, w1 = [[0.1, 0.15], [0.2, 0.25], [0.3,
    # 0.35]], w2 = [[0.4, 0.45, 0.5], [0.55, 0.6, 0.65]] output-first, b1 = 0.35 and b2 = 0.65 scalars (shared), the
    # input [5, 10] and label [0.01, 0.99] as columns, loss = np.sum((out_o - label)**2) (the squared error, no 1/2),
    # the rate 0.5 (w1 = w1 - 0.5 * dw1)
    "b158_zc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                            'weights = [[0.1, 0.15], [0.2, 0.25], [0.3, 0.35]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.65\n'
                            'weights = [[0.4, 0.45, 0.5], [0.55, 0.6, 0.65]]',
                            loss="squared_error", extra=_data("[5.0, 10.0]", "[0.01, 0.99]", 0.5)),
    # the Korean Obsidian note (stored file 53782382527): Mazur's 2-2-2 network (inputs into h_1, h_2 through z_1,
    # z_2; W_5 from h_1 to o_1, z_3 = W_5 h_1 + ... + b the first output's sum, z_4 the second's), sigmoid units
    # ("활성화 함수로 시그모이드"), the MSE as E_total = 1/2 (target_o1 - output_o1)^2 + 1/2 (target_o2 - output_o2)^2;
    # no numbers given
    "b158_ko": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese blog post on CNN backpropagation (stored file 33552620503), its recap of the DNN's four rules:
    # layers l = 1 ... L, w^{(l)} output-first, bias^{(l)}, net^{(l)} the sums, outh^{(l)} the outputs (outh^{(0)}
    # the input), sigma the logistic, E_total the sum of 1/2 (target - out)^2 (the post it recaps); 2-3-2 here
    "b158_cn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Stephen Lynch's Prog_23c.m (stored file 56000252153): x1 = x2 = 1; h1 = x1*w11 + x2*w21 + b1, h2 = x1*w12 +
    # x2*w22 + b2 (w11, w21, w12, w22 = 0.2, 0.25, 0.15, 0.3), b1 = b2 = -1, sigmoid hidden units, o1 =
    # sigmoid(h1)*w13 + sigmoid(h2)*w23 + b3 (w13 = 0.15, w23 = 0.1, b3 = -1), y = sigmoid(o1), target yt = 0,
    # eta = 0.1; the error 1/2 (yt - y)^2 of the book the program comes with
    "b158_ly": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, 0.25], [0.15, 0.3]]\n'
                            'biases = [-1.0, -1.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.15, 0.1]]\nbiases = [-1.0]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]", 0.1)),
    # Stephen Lynch's Program_07c.m (stored file 40336839913): the same program as Prog_23c.m with sigmoid an
    # anonymous function (sigmoid=@(v) 1/(1+exp(-v))), the same network and numbers
    "b158_l7": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, 0.25], [0.15, 0.3]]\n'
                            'biases = [-1.0, -1.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.15, 0.1]]\nbiases = [-1.0]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]", 0.1)),
    # the Spanish tutorial on the MLP (stored file 66611304097), its numeric example (2.1.6 and 2.2.6): W^{(1)} =
    # [[0.15, 0.20], [0.25, 0.30]], b^{(1)} = (0.35, 0.35), W^{(2)} = (0.40, 0.45), b^{(2)} = 0.60, x = (0.05, 0.10),
    # sigmoid layers, y = 1, L = 1/2 (y - y_hat)^2, eta = 0.5 (its numbers)
    "b158_es": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.40, 0.45]]\nbiases = [0.60]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[1.0]", 0.5)),
    # the Italian exam notes "AI nonnina" (stored file 69837322828), question 17: an MLP 1 -> 1 -> 1 -> 1, a_1^{(l)}
    # the sums and z_1^{(l)} = f(a_1^{(l)}) the outputs, y_hat_1 = z_1^{(3)}, f one activation (tanh here), L a loss
    # of y_hat_1 (half the squared error here); no numbers given
    "b158_it": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                       'units = 1\nactivation = "tanh"', loss="half_squared_error"),
    # the jupytext notebook on neural networks (stored file 28393105549), its backpropagation example: three inputs
    # x_1, x_2, x_3 = h^{(1)}, two hidden neurons h^{(2)}, one output y_hat = h_1^{(3)}, identity activations in both
    # layers ("for simplicity we only use the identity function"), biases b^{(1)}, b^{(2)}, L = (y - y_hat)^2
    "b158_nb": _layers('inputs = 3\nunits = 2\nactivation = "identity"', 'units = 1\nactivation = "identity"',
                       loss="squared_error"),
}

NOTATIONS = {
    # the Chinese worked example (Markdown): l_1, l_2 the inputs, w_1 ... w_6 the hidden weights (w_1, w_2 into h1),
    # w_7, w_9, w_11 into o1 and w_8, w_10, w_12 into o2, net_{h1} ... out_{o2} the sums and outputs, target_{o1},
    # target_{o2} the labels (target alone the first's, in the w_7 section), E_{o1}, E_{o2} the outputs' halves of
    # the loss E_total
    "b158_zm": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
"l_{1}" = "x[0]"
"l_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W1[2, 0]"
"w_{6}" = "W1[2, 1]"
"w_{7}" = "W2[0, 0]"
"w_{8}" = "W2[1, 0]"
"w_{9}" = "W2[0, 1]"
"w_{10}" = "W2[1, 1]"
"w_{11}" = "W2[0, 2]"
"w_{12}" = "W2[1, 2]"
"b_{1}" = "b1"
"b_{2}" = "b2"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"net_{h3}" = "z1[2]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"out_{h3}" = "a1[2]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
"target" = "y[0]"
"E_{o1}" = "(y[0] - a2[0])**2/2"
"E_{o2}" = "(y[1] - a2[1])**2/2"
''',
    # the same file's bp_demo: input, label, out_h, out_o the columns, w1, w2 output-first, dw2 and dw1 the
    # weights' gradients, dout_h the gradient by the hidden outputs (its comment: dloss/net_o for the factor inside);
    # sigmoid_backward(out) = out (1 - out), the slope written of the output
    "b158_zc": r'''
[notation]
functions = { sigmoid_backward = "sigmoid' at output" }
[notation.symbols]
"input" = "x[:]"
"label" = "y[:]"
"out_h" = "a1[:]"
"out_o" = "a2[:]"
"net_h" = "z1[:]"
"net_o" = "z2[:]"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"dw2" = "grad(W2[:, :])"
"dw1" = "grad(W1[:, :])"
"dout_h" = "grad(a1[:])"
''',
    # the Korean note: W_1 ... W_8 Mazur's (W_1 from the first input to h_1, W_5 from h_1 to o_1), z_1, z_2 the
    # hidden sums and h_1, h_2 their outputs, z_3, z_4 the output sums and o_1, o_2 the outputs (output_{o1} = o_1,
    # "표기법 차이"), target_{o1}, target_{o2} the targets, E_{o1}, E_{o2} the outputs' halves of E_total
    "b158_ko": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
"W_{1}" = "W1[0, 0]"
"W_{2}" = "W1[0, 1]"
"W_{3}" = "W1[1, 0]"
"W_{4}" = "W1[1, 1]"
"W_{5}" = "W2[0, 0]"
"W_{6}" = "W2[0, 1]"
"W_{7}" = "W2[1, 0]"
"W_{8}" = "W2[1, 1]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"h_{1}" = "a1[0]"
"h_{2}" = "a1[1]"
"z_{3}" = "z2[0]"
"z_{4}" = "z2[1]"
"o_{1}" = "a2[0]"
"o_{2}" = "a2[1]"
"output_{o1}" = "a2[0]"
"output_{o2}" = "a2[1]"
"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
"E_{o1}" = "(y[0] - a2[0])**2/2"
"E_{o2}" = "(y[1] - a2[1])**2/2"
''',
    # the CNN post's recap of the DNN rules: l the layer (1 ... L, L = 2 the output), i, j units (from 1),
    # w_{ij}^{(l)} the weight into unit i of layer l from unit j of layer l-1, bias_i^{(l)}, net_i^{(l)} the sums,
    # outh_j^{(l)} the outputs (outh^{(0)} the input), delta^{(l)} = dE_total/dnet^{(l)} (the post's definition),
    # sigma the logistic, E_total the loss
    "b158_cn": r'''
[notation]
indices = "ijl"
loss = ["E_{total}"]
functions = { "\\sigma" = "sigmoid" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"w^{(l)}" = "W{l}[:, :]"
"bias_{i}^{(l)}" = "b{l}[i-1]"
"bias^{(l)}" = "b{l}[:]"
"net_{i}^{(l)}" = "z{l}[i-1]"
"net^{(l)}" = "z{l}[:]"
"outh_{j}^{(0)}" = "x[j-1]"
"outh_{j}^{(l)}" = "a{l}[j-1]"
"outh^{(0)}" = "x[:]"
"outh^{(l)}" = "a{l}[:]"
"\\delta_{i}^{(l)}" = "grad(z{l}[i-1])"
"\\delta^{(l)}" = "grad(z{l}[:])"
''',
    # Lynch's program: x1, x2 the inputs, w11 (x1 to the first hidden unit), w21 (x2 to it), w12, w22 (to the
    # second), h1, h2 the hidden SUMS (sigmoid(h1) their outputs), w13, w23 the output's weights, o1 the output's sum,
    # y the output, yt the target, eta the rate; dErrdw13, dErrdw23 the error's derivatives by w13, w23 (as named)
    "b158_ly": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w11" = "W1[0, 0]"
"w21" = "W1[0, 1]"
"w12" = "W1[1, 0]"
"w22" = "W1[1, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"b3" = "b2[0]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"w13" = "W2[0, 0]"
"w23" = "W2[0, 1]"
"o1" = "z2[0]"
"y" = "a2[0]"
"yt" = "y[0]"
"dErrdw13" = "grad(W2[0, 0])"
"dErrdw23" = "grad(W2[0, 1])"
''',
    # Program_07c.m: the names of Prog_23c.m (above)
    "b158_l7": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w11" = "W1[0, 0]"
"w21" = "W1[0, 1]"
"w12" = "W1[1, 0]"
"w22" = "W1[1, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"b3" = "b2[0]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"w13" = "W2[0, 0]"
"w23" = "W2[0, 1]"
"o1" = "z2[0]"
"y" = "a2[0]"
"yt" = "y[0]"
"dErrdw13" = "grad(W2[0, 0])"
"dErrdw23" = "grad(W2[0, 1])"
''',

    # the Spanish tutorial: its 2.1.3 notation, W_{ij}^{(l)} from neuron j of layer l-1 to neuron i of layer l,
    # z^{(l)} the pre-activations, a^{(l)} the activations (a^{(0)} = x), delta_i^{(l)} = dL/dz_i^{(l)} (its
    # definition), f the activation (the sigmoid sigma in the example), y_hat = a^{(2)} the output, y the label
    "b158_es": r'''
[notation]
loss = ["L"]
learning_rate = ["\\eta"]
functions = { f = "sigmoid", "\\sigma" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"a_{1}^{(0)}" = "x[0]"
"a_{2}^{(0)}" = "x[1]"
"W_{11}^{(1)}" = "W1[0, 0]"
"W_{12}^{(1)}" = "W1[0, 1]"
"W_{21}^{(1)}" = "W1[1, 0]"
"W_{22}^{(1)}" = "W1[1, 1]"
"W_{11}^{(2)}" = "W2[0, 0]"
"W_{12}^{(2)}" = "W2[0, 1]"
"\\mathbf{W}^{(2)}" = "W2[:, :]"
"\\mathbf{z}^{(1)}" = "z1[:]"
"z_{1}^{(1)}" = "z1[0]"
"z_{2}^{(1)}" = "z1[1]"
"a_{1}^{(1)}" = "a1[0]"
"a_{2}^{(1)}" = "a1[1]"
"z^{(2)}" = "z2[0]"
"a^{(2)}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"b^{(2)}" = "b2[0]"
"\\delta^{(2)}" = "grad(z2[0])"
"\\boldsymbol{\\delta}^{(1)}" = "grad(z1[:])"
"\\delta_{1}^{(1)}" = "grad(z1[0])"
"\\delta_{2}^{(1)}" = "grad(z1[1])"
''',
    # the Italian notes: l the layer (1 ... 3; L, the last, = 3, the letter also the loss's, as the notes' own warning
    # says), w_{ji}^{(l)} the weight from neuron j of layer l-1 to neuron i of layer l ("l'errore locale del neurone
    # di arrivo e l'uscita del neurone di partenza"), a_i^{(l)} the sums, z_i^{(l)} the outputs (z^{(0)} = x_1),
    # delta_i^{(l)} = dL/da_i^{(l)}, y_hat_1 = z_1^{(3)}, f the activation, N^{(l)} the width of layer l (1), eta
    "b158_it": r'''
[notation]
indices = "ijkl"
loss = ["L"]
learning_rate = ["\\eta"]
functions = { f = "tanh" }
[notation.symbols]
"x_{1}" = "x[0]"
"w_{ji}^{(l)}" = "W{l}[i-1, j-1]"
"a_{i}^{(L)}" = "z3[i-1]"
"\\delta_{i}^{(L)}" = "grad(z3[i-1])"
"a_{i}^{(l)}" = "z{l}[i-1]"
"z_{j}^{(0)}" = "x[j-1]"
"z_{j}^{(l)}" = "a{l}[j-1]"
"\\delta_{i}^{(l)}" = "grad(z{l}[i-1])"
"\\hat{y}_{i}" = "a3[i-1]"
"N^{(l)}" = "1"
''',
    # the notebook: h_j^{(1)} = x_j the inputs, h_j^{(2)} the hidden neurons (identity: their sums), y_hat =
    # h_1^{(3)} the output, w_{ij}^{(l)} the weight into neuron i of layer l+1 from neuron j of layer l, b^{(2)} the
    # output's bias, y the target, L the loss
    "b158_nb": r'''
[notation]
indices = "ijl"
loss = ["L"]
[notation.symbols]
"x_{j}" = "x[j-1]"
"h_{j}^{(1)}" = "x[j-1]"
"h_{j}^{(2)}" = "a1[j-1]"
"h_{1}^{(3)}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"w_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"b_{i}^{(1)}" = "b1[i-1]"
"b^{(2)}" = "b2[0]"
''',
}
