"""The networks and notations of batch 72 of the held-out public formulas (tests/public_formulas_batch72.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b72_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # haechis's BackpropXOR.m (Phil Kim's MATLAB exercise): x = X(k,:)' three inputs (the third the constant 1 of the
    # data), v1 = W1*x into four sigmoid units, v = W2*y1 into one sigmoid output, no biases, e = d - y and the delta
    # rule delta = y.*(1-y).*e (the half squared error's -dE/dv), alpha = 0.9; the first XOR case x = [0 0 1], d = 0
    "b72_xor": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="half_squared_error", extra=_data("[0.0, 0.0, 1.0]", "[0.0]", learning_rate=0.9)),
    # haechis's DeepReLU.m: three ReLU layers v1 = W1*x, v2 = W2*y1, v3 = W3*y2, a softmax output y = Softmax(W4*y3),
    # no biases, e = d - y with d one-hot and delta = e (the cross-entropy's -dE/dv), alpha = 0.01; the page's 25
    # inputs, 20 units a layer and 5 classes made 3, 3 and 3
    "b72_relu": problem_text('inputs = 3\nunits = 3\nactivation = "relu"\nbias = "none"',
                             'units = 3\nactivation = "relu"\nbias = "none"',
                             'units = 3\nactivation = "relu"\nbias = "none"',
                             'units = 3\nactivation = "softmax"\nbias = "none"',
                             loss="cross_entropy", extra=_data("[0.5, -0.2, 0.8]", "[0.0, 1.0, 0.0]", learning_rate=0.01)),
    # Ol333's lab 3 (Haykin's algorithm): the exercise's two fully connected sigmoid layers, 3 inputs -> 3 units
    # -> 2 outputs, no biases, e_i = Y_i - y_i and the half squared error of Haykin's local gradients
    "b72_lab3": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                        'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # dhairyag's spreadsheet README: i1, i2 -> h1, h2 (w1..w4, sigmoid) -> o1, o2 (w5..w8, sigmoid), no biases,
    # E_Total = E1 + E2 the half squared errors
    "b72_excel": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                         'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # miko-misa's Typst book, the chain rule's example: x^(1) -> y^(1) (w^(1)) = x^(2) -> y^(2) (w^(2)) -> L(y^(2), t);
    # each step one sigmoid unit without bias here, L the half squared error
    "b72_typ": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the stored Chinese book chapter (AI大模型编程): x = [1, 0] -> Z_1, Z_2 (w_1..w_4 = 0.5, 0.7, 0.4, 0.6, b_1 = 0.1,
    # b_2 = 0.3, no activation) -> Z_3, Z_4 (w_5..w_8 = 0.3, 0.7, 0.4, 0.6 as computed, b_3 = 0.2, b_4 = 0.4) -> ReLU,
    # E = (y - a)^2; the targets are not given (1 and 1 here)
    "b72_ai": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nweights = [[0.5, 0.7], [0.4, 0.6]]\n'
                           'biases = [0.1, 0.3]',
                           'units = 2\nactivation = "relu"\nweights = [[0.3, 0.7], [0.4, 0.6]]\nbiases = [0.2, 0.4]',
                           loss="squared_error", extra=_data("[1.0, 0.0]", "[1.0, 1.0]")),
    # the stored Italian exam notes (voce 17): x -> three layers of one unit each, a^(l) = w^(l) z^(l-1) + b^(l) the
    # sum and z^(l) = f(a^(l)) the output (the page's letters swapped against symbols.md), f the sigmoid here, C =
    # 1/2 (z^(3) - y)^2
    "b72_it": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      'units = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the stored Russian notes on neural networks (a translation of matrices.io's "Deep Neural Network from scratch"):
    # X . W^1 -> tanh -> . W^2 -> tanh -> . W^3 -> tanh = y hat, the weights input-first (rows are cars), here as the
    # network's transposes: W^1 = [[0.01, 0.05, 0.07], [0.20, 0.041, 0.11], [0.04, 0.56, 0.13]], W^2 = [[0.04, 0.78],
    # [0.40, 0.45], [0.65, 0.23]], W^3 = [[0.04], [0.41]]; the first car X = [1.4, -1, 0.4], y = 0.45; J(W) = 1/2 (y -
    # y hat)^2; the page's bias units left out (its forward pass adds none)
    "b72_tanh": _layers('inputs = 3\nunits = 3\nactivation = "tanh"\nbias = "none"\n'
                        'weights = [[0.01, 0.20, 0.04], [0.05, 0.041, 0.56], [0.07, 0.11, 0.13]]',
                        'units = 2\nactivation = "tanh"\nbias = "none"\nweights = [[0.04, 0.40, 0.65], [0.78, 0.45, 0.23]]',
                        'units = 1\nactivation = "tanh"\nbias = "none"\nweights = [[0.04, 0.41]]',
                        loss="half_squared_error", extra=_data("[1.4, -1.0, 0.4]", "[0.45]")),
    # the stored Polish script (train_one_step): x1 = 0.6, x2 = 0.1 -> h1, h2 sigmoid (w1 = 0.2, w2 = -0.3, w3 = -0.5,
    # w4 = 0.1, b1 = 0.4, b2 = -0.2) -> y_hat = w5 h1 + w6 h2 + b3 (0.3, -0.4, 0.2), E = (y_hat - y)^2, y = 0.8,
    # eta = 0.1
    "b72_pl": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, -0.3], [-0.5, 0.1]]\n'
                           'biases = [0.4, -0.2]',
                           'units = 1\nactivation = "identity"\nweights = [[0.3, -0.4]]\nbiases = [0.2]',
                           loss="squared_error", extra=_data("[0.6, 0.1]", "[0.8]", learning_rate=0.1)),
    # the stored CNN post's backpropagation example: i1 = .05, i2 = .10 -> h1 = w1 i1 + w2 i2, h2 = w3 i1 + w4 i2
    # (w1..w4 = .15, .20, .25, .30), sigmoid -> o = w5 outh1 + w6 outh2 (.40, .45), sigmoid out, no biases, label
    # 1, E = 1/2 (label - out)^2, learning rate n = 0.5
    "b72_cnn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.15, 0.20], [0.25, 0.30]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.40, 0.45]]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[1.0]", learning_rate=0.5)),
}

NOTATIONS = {
    # the MATLAB names: x the input column, d the target, W1 and W2 the weight matrices (output-first, as the
    # network's), v1 and v the sums, y1 and y the sigmoid outputs, e = d - y, delta and delta1 the delta rule's
    # -dE/dv, e1 the hidden layer's -dE/dy1, dW1 and dW2 the steps alpha times those; Sigmoid the sigmoid
    "b72_xor": r'''
[notation]
learning_rate = ["alpha"]
functions = { Sigmoid = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"d" = "y[0]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"v1" = "z1[:]"
"y1" = "a1[:]"
"v" = "z2[0]"
"y" = "a2[0]"
"e" = "y[0] - a2[0]"
"delta" = "-grad(z2[0])"
"e1" = "-grad(a1[:])"
"delta1" = "-grad(z1[:])"
"dW1" = "-eta*grad(W1[:, :])"
"dW2" = "-eta*grad(W2[:, :])"
''',
    # the same course's deep network: v1..v3 the ReLU layers' sums, y1..y3 their outputs, v and y the softmax
    # layer's, d the one-hot target, e = d - y, delta = -dE/dv, e1..e3 the -dE/dy of the hidden layers, delta1..delta3
    # their -dE/dv, dW1..dW4 the steps
    "b72_relu": r'''
[notation]
learning_rate = ["alpha"]
functions = { ReLU = "relu", Softmax = "softmax" }
[notation.symbols]
"x" = "x[:]"
"d" = "t[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"W4" = "W4[:, :]"
"v1" = "z1[:]"
"v2" = "z2[:]"
"v3" = "z3[:]"
"v" = "z4[:]"
"y1" = "a1[:]"
"y2" = "a2[:]"
"y3" = "a3[:]"
"y" = "a4[:]"
"e" = "t[:] - a4[:]"
"delta" = "-grad(z4[:])"
"e1" = "-grad(a1[:])"
"e2" = "-grad(a2[:])"
"e3" = "-grad(a3[:])"
"delta1" = "-grad(z1[:])"
"delta2" = "-grad(z2[:])"
"delta3" = "-grad(z3[:])"
"dW1" = "-eta*grad(W1[:, :])"
"dW2" = "-eta*grad(W2[:, :])"
"dW3" = "-eta*grad(W3[:, :])"
"dW4" = "-eta*grad(W4[:, :])"
''',
    # Haykin's letters, counted from 1: k the layer (K the output layer), v_i^k the sum of neuron i, y_i^k its
    # output (y_{ij}^k too: the page writes the output of neuron i with the synapse j it feeds), y^0 the inputs,
    # ω_{ij}^k the weight of neuron i's synapse j, Y_i the expected output, e_i the output error, δ_i^k Haykin's
    # local gradient -dE/dv_i^k, α the learning rate, f_i the sigmoid
    "b72_lab3": r'''
[notation]
indices = "ijk"
learning_rate = ["α", "\\alpha"]
functions = { f = "sigmoid", "f_{i}" = "sigmoid" }
[notation.symbols]
"v_{i}^{k}" = "z{k}[i-1]"
"y_{i}^{0}" = "x[i-1]"
"y_{i}^{k}" = "a{k}[i-1]"
"y_{ij}^{k}" = "a{k}[i-1]"
"y_{i}^{K}" = "a2[i-1]"
"Y_{i}" = "y[i-1]"
"e_{i}^{k}" = "y[i-1] - a2[i-1]"
"ω_{ij}^{k}" = "W{k}[i-1, j-1]"
"\\omega_{ij}^{k}" = "W{k}[i-1, j-1]"
"\\delta_{i}^{k}" = "-grad(z{k}[i-1])"
''',
    # the spreadsheet's names: i1, i2 the inputs, w1..w4 the hidden weights (w1: i1 -> h1, w2: i2 -> h1, w3: i1 ->
    # h2, w4: i2 -> h2), w5..w8 the output weights (w5: h1 -> o1, w6: h2 -> o1, w7: h1 -> o2, w8: h2 -> o2),
    # E_Total the loss, LearningRate the learning rate
    "b72_excel": r'''
[notation]
loss = ["E_{Total}", "E_{total}"]
learning_rate = ["LearningRate"]
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
''',
    # the book's letters: x^(l) the input of step l, y^(l) its output (y^(1) = x^(2)), w^(l) its weight, t the
    # target, \mathcal{L} (Typst's cal(L)) the loss
    "b72_typ": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"x^{(1)}" = "x[0]"
"x^{(2)}" = "a1[0]"
"y^{(1)}" = "a1[0]"
"y^{(2)}" = "a2[0]"
"w^{(1)}" = "W1[0, 0]"
"w^{(2)}" = "W2[0, 0]"
"t" = "y[0]"
''',
    # the chapter's names: x_1, x_2 the inputs, Z_1, Z_2 the hidden sums (their own outputs), Z_3, Z_4 the output
    # sums, a_3, a_4 the ReLU outputs, w_1..w_4 the hidden weights (w_1, w_2 into Z_1), w_5..w_8 the output weights
    # (w_5, w_6 into Z_3), b_1, b_2 and b_3, b_4 the biases, E the loss, α the learning rate
    "b72_ai": r'''
[notation]
loss = ["E"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"Z_{1}" = "z1[0]"
"Z_{2}" = "z1[1]"
"Z_{3}" = "z2[0]"
"Z_{4}" = "z2[1]"
"a_{3}" = "a2[0]"
"a_{4}" = "a2[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"b_{4}" = "b2[1]"
''',
    # the notes' letters, swapped against symbols.md: a^(l) the weighted sum ("il potenziale"), z^(l) = f(a^(l))
    # the output, z^(0) = x; w_{ji}^(l) joins neuron j of layer l-1 to neuron i of layer l (input-first, counted
    # from 1); δ^(l) = dC/da^(l); \hat y the network's output; f the sigmoid; C the loss
    "b72_it": r'''
[notation]
loss = ["C"]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"\\hat{y}" = "a3[0]"
"\\hat{y}_{i}" = "a3[i-1]"
"z^{(0)}" = "x[0]"
"z_{j}^{(0)}" = "x[j-1]"
"z^{(l)}" = "a{l}[0]"
"z_{j}^{(l)}" = "a{l}[j-1]"
"a^{(l)}" = "z{l}[0]"
"a_{i}^{(l)}" = "z{l}[i-1]"
"w^{(l)}" = "W{l}[0, 0]"
"w_{ji}^{(l)}" = "W{l}[i-1, j-1]"
"b^{(l)}" = "b{l}[0]"
"\\delta^{(l)}" = "grad(z{l}[0])"
"\\delta_{i}^{(l)}" = "grad(z{l}[i-1])"
''',
    # the notes' layers counted from the input (a^(1) = X): Z^(l) and z^(l) the sums of layer l, a^(l) its tanh
    # outputs, W_l the input-first weights from layer l to l+1, X the input row, \hat{y} the output, δ^(l) =
    # dJ/dZ^(l), J(W) the loss, α the learning rate, n the number of cars (one here)
    "b72_tanh": r'''
[notation]
loss = ["J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a3[0]"
"W_{l}" = "W{l}[:, :].T"
"Z^{(l)}" = "z{l-1}[:]"
"z^{(l)}" = "z{l-1}[:]"
"a^{(l)}" = "a{l-1}[:]"
"\\delta^{(l)}" = "grad(z{l-1}[:])"
"n" = "1"
''',
    # the script's names: x1, x2 the inputs, w1..w4 the hidden weights (w1, w2 into z1), b1, b2 the hidden biases,
    # z1, z2 the sums, h1, h2 the sigmoid outputs, w5, w6, b3 the output's weights and bias, y_hat the output, y the
    # target, loss and E the squared error, dE_d<name> its derivatives, <name>_new the updated values
    "b72_pl": r'''
[notation]
loss = ["loss", "E"]
functions = { sig = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"y" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"b3" = "b2[0]"
"z1" = "z1[0]"
"z2" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"y_hat" = "a2[0]"
"dE_dyhat" = "grad(a2[0])"
"dE_dw1" = "grad(W1[0, 0])"
"dE_dw2" = "grad(W1[0, 1])"
"dE_dw3" = "grad(W1[1, 0])"
"dE_dw4" = "grad(W1[1, 1])"
"dE_dw5" = "grad(W2[0, 0])"
"dE_dw6" = "grad(W2[0, 1])"
"dE_db1" = "grad(b1[0])"
"dE_db2" = "grad(b1[1])"
"dE_db3" = "grad(b2[0])"
"dE_dh1" = "grad(a1[0])"
"dE_dh2" = "grad(a1[1])"
"dE_dz1" = "grad(z1[0])"
"dE_dz2" = "grad(z1[1])"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W1[0, 1])"
"w3_new" = "new(W1[1, 0])"
"w4_new" = "new(W1[1, 1])"
"w5_new" = "new(W2[0, 0])"
"w6_new" = "new(W2[0, 1])"
''',
    # the post's names: i1, i2 the inputs, w1..w4 the hidden weights (w1: i1 -> h1, w2: i2 -> h1, w3: i1 -> h2, w4:
    # i2 -> h2), h1, h2 the sums, outh1, outh2 the sigmoid outputs, w5, w6 the output weights, o the output's sum,
    # out its output, label the target, E (Error) the half squared error, n the learning rate, sig the sigmoid
    "b72_cnn": r'''
[notation]
loss = ["E", "Error"]
learning_rate = ["n"]
functions = { sig = "sigmoid" }
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"outh1" = "a1[0]"
"outh2" = "a1[1]"
"o" = "z2[0]"
"out" = "a2[0]"
"label" = "y[0]"
"new_w5" = "new(W2[0, 0])"
''',
}
