"""The networks and notations of batch 65 of the held-out public formulas (tests/public_formulas_batch65.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b65_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _perceptron(weights: str, bias: str, inputs: str) -> str:
    """Aziz Khamjane's perceptron (the scribd slides): one sigmoid unit g(w_1 x_1 + w_2 x_2 + b) with the slide's
    weights and bias, at one row of the truth table (its target the row's y)."""
    return problem_text(f'inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[{weights}]]\nbiases = [{bias}]',
                        loss="binary_cross_entropy", extra=_data(f"[{inputs}]", "[1.0]"))


NETWORKS = {
    # math.techqa.club 3689917 and Cross Validated 414825 (Nielsen's chapter 2): layers of sigmoid neurons, the
    # quadratic cost C = 1/2 ||y - a^L||^2; two inputs, three hidden neurons, two outputs
    "b65_nielsen": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # Nemotron's copy of the Cross Validated question on Hinton's lecture: logistic neurons, E = 1/2 sum_n (t_n -
    # y_n)^2; one hidden unit i (its output y_i) below the output units j (their inputs z_j, outputs y_j)
    "b65_hinton": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # Nemotron's "Derivative of Binary Cross Entropy - Why Are My Signs Not Right?": a sigmoid output y_hat, the
    # binary cross-entropy J of one training example (m = 1); two inputs
    "b65_signs": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # community.deeplearning.ai 146142: logistic regression of one feature, z = wx + b, f = sigmoid(z), the
    # cross-entropy loss L of one example
    "b65_dlai": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # e-com-net's post on softmax and cross-entropy: ten classes (j = 1 ... 10), p = softmax(z), L = -sum y_j log
    # p_j of a one-hot y; two inputs here
    "b65_ecom": problem_text('inputs = 2\nunits = 10\nactivation = "softmax"', loss="cross_entropy",
                             extra=_data("[0.5, -1.0]", "[0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]")),
    # the mirrored jianshu note (39.103.169.235): a softmax output of several classes with the cross entropy c of a
    # one-hot label; three classes, two inputs here
    "b65_js": problem_text('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy",
                           extra=_data("[0.5, -1.0]", "[0.0, 1.0, 0.0]")),
    # the scribd slides (Aziz Khamjane): the perceptron of example 1 (AND: w1 = w2 = 10, b = -15), example 2 (OR:
    # 15, 15, -10) and example 3 (NOR: -15, -15, 10), each at the truth table's row the entry copies
    "b65_aziz_and_00": _perceptron("10.0, 10.0", "-15.0", "0.0, 0.0"),
    "b65_aziz_and_11": _perceptron("10.0, 10.0", "-15.0", "1.0, 1.0"),
    "b65_aziz_or_11": _perceptron("15.0, 15.0", "-10.0", "1.0, 1.0"),
    "b65_aziz_nor_11": _perceptron("-15.0, -15.0", "10.0", "1.0, 1.0"),
    # zenn's step-by-step example: 2 inputs, 2 sigmoid hidden units, 1 sigmoid output, the mean squared error
    "b65_zenn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="mean_squared_error"),
    # tibetter's report (Rabbit Challenge, deep learning day 1): one unit's total input u = w_1 x_1 + ... + b = Wx
    # + b, its output z = f(u) (ReLU in the exercise's code), the animal example's five inputs x_1 = 10, x_2 =
    # 300, x_3 = 300, x_4 = 15, x_5 = 50 (the page gives no target nor loss: 1 and the squared error here)
    "b65_tibet": problem_text('inputs = 5\nunits = 1\nactivation = "relu"', loss="squared_error",
                              extra=_data("[10.0, 300.0, 300.0, 15.0, 50.0]", "[1.0]")),
    # Rahul Rai's blog post: clerks that bend their raw score at zero between rooms (ReLU) and the exit's S-curve p
    # = 1 / (1 + e^(-Z)), the loss -ln(p) of a true answer 1 (the binary cross-entropy); three inputs, two clerks
    "b65_rahul": _layers('inputs = 3\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                         loss="binary_cross_entropy"),
    # Data Science Stack Exchange 19272: "2 Layer ReLU", w_2 the first layer's weight and w_1 the second's, no
    # biases, the cost 1/2 (y - y_hat)^2, x > 0 (x = 2 here, y = 1)
    "b65_relu2": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"',
                              'units = 1\nactivation = "relu"\nbias = "none"', loss="half_squared_error",
                              extra=_data("[2.0]", "[1.0]")),
    # mdmohsin212's interview-prep notebook: the chain-rule example, output = sigmoid(k) with k = w * x, x_input =
    # 2.0 and weight = 0.5 (no target: y = 1 and 1/2 (y - output)^2 here, which no entry uses)
    "b65_mohsin_unit": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                                    loss="half_squared_error", extra=_data("[2.0]", "[1.0]")),
    # the same notebook's backpropagation cell: z1 = w1 @ x + b1, a1 = np.maximum(0, z1), z2 = w2 @ a1 + b2 (no
    # activation), the loss 0.5 * np.sum((y_pred - y_true)**2); two inputs, three hidden units, one output here
    "b65_mohsin_mlp": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1', loss="half_squared_error"),
    # mrafraim's day 11 notebook: X = (1, 2), W1 = [[0.4, -0.2], [0.1, 0.6]], b1 = 0, ReLU; W2 = [[0.7, -0.3]], b2 =
    # 0, sigmoid; y = 1, loss (A2 - y)^2
    "b65_mraf": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.4, -0.2], [0.1, 0.6]]\n'
                             'biases = [0.0, 0.0]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[0.7, -0.3]]\nbiases = [0.0]',
                             loss="squared_error", extra=_data("[1.0, 2.0]", "[1.0]")),
    # MithuDonAI's notebook: a dense layer, an activation, a dense layer with a sigmoid and the binary cross-entropy
    # (a ReLU hidden layer here); two inputs, three hidden units
    "b65_mithu": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                         loss="binary_cross_entropy"),
    # ZedRover's notebook: z_1 = XW_1 + b_1, a_1 = sigma(z_1), z_2 = a_1W_2 + b_2, y_hat = sigma(z_2) for binary
    # classification (samples as rows); two features, three hidden units
    "b65_zed": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # hypercode's lesson: z_1 = w_1 x + b_1, a_1 = ReLU(z_1), z_2 = w_2 a_1 + b_2, a_2 = sigma(z_2), L = (a_2 - y)^2
    "b65_hyper": _layers('inputs = 1\nunits = 1\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                         loss="squared_error"),
    # Google's backprop scroll: sigmoid nodes, x_j the total input of node j, y_j its output, E = 1/2 (y_output -
    # y_target)^2; two inputs, two hidden nodes, one output node
    "b65_gcc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # tangniuniu's "Technical Neural Nets 2": an MLP with M outputs, E_p = 1/2 sum_m (y_hat_m - y_m)^2 (y_hat the
    # teacher); two inputs, two hidden and two output neurons, sigmoid here
    "b65_tang": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
}

NOTATIONS = {
    # Nielsen's notation: w_{jk}^l joins neuron k of layer l-1 to neuron j of layer l, b_j^l, z_j^l, a_j^l (a^0 the
    # input), delta_j^l = dC/dz_j^l; vectors without subscripts; units counted from 0 as in batch 31's Nielsen
    "b65_nielsen": r'''
[notation]
indices = "jkl"
[notation.symbols]
"w_{jk}^{l}" = "W{l}[j, k]"
"w^{l}" = "W{l}[:, :]"
"b_{j}^{l}" = "b{l}[j]"
"a_{k}^{0}" = "x[k]"
"a_{j}^{l}" = "a{l}[j]"
"a^{l}" = "a{l}[:]"
"z_{j}^{l}" = "z{l}[j]"
"z^{l}" = "z{l}[:]"
"\\delta_{j}^{l}" = "grad(z{l}[j])"
"\\delta^{l}" = "grad(z{l}[:])"
''',
    # Hinton's lecture: y_i the output of the unit i below (the one hidden unit), z_j and y_j the total input and
    # output of unit j of the layer above, w_{ij} the weight from i to j, t_n the targets; units counted from 0
    "b65_hinton": r'''
[notation]
indices = "jn"
[notation.symbols]
"y_{i}" = "a1[0]"
"y_{j}" = "a2[j]"
"z_{j}" = "z2[j]"
"w_{ij}" = "W2[j, 0]"
"t_{n}" = "y[n]"
''',
    # the question's y_hat_i the prediction and y_i the label of training example i (one example, m = 1), J the cost
    "b65_signs": r'''
[notation]
indices = "i"
loss = ["J"]
[notation.symbols]
"\\hat{y}_{i}" = "a1[0]"
"\\hat{y}" = "a1[0]"
"y_{i}" = "y[0]"
"m" = "1"
''',
    # the course's logistic regression: w, b, the feature x, the label y, z = wx + b, f = sigmoid(z) the model's
    # output; L the loss
    "b65_dlai": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
"z" = "z1[0]"
"f" = "a1[0]"
''',
    # the post's z_i the softmax's inputs, p_i its outputs, y_i the one-hot label, i and j counted from 1 (sum from
    # j = 1 to 10); z and y the vectors
    "b65_ecom": r'''
[notation]
indices = "ij"
[notation.symbols]
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "y[i-1]"
"z" = "z1[:]"
"y" = "y[:]"
''',
    # the note's c the cross entropy, z the softmax's input (zi its entries), yi the label's and pi the
    # probabilities' entries, counted from 1; m examples (one here)
    "b65_js": r'''
[notation]
indices = "i"
loss = ["c"]
[notation.symbols]
"z_{i}" = "z1[i-1]"
"y_{i}" = "y[i-1]"
"p_{i}" = "a1[i-1]"
"z" = "z1[:]"
"m" = "1"
''',
    # the slides' perceptron y = g(sum_i w_i x_i + b), g the sigmoid, z the weighted sum (the table's column),
    # inputs counted from 1
    "b65_aziz": r'''
[notation]
indices = "i"
functions = { g = "sigmoid" }
[notation.symbols]
"z" = "z1[0]"
"y" = "a1[0]"
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
''',
    # the activation function's argument z, a hidden unit's input sum (sigma the sigmoid already)
    "b65_zenn": r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
''',
    # the report's x_i the inputs and w_i the weights (from 1), b the bias, W the weight vector, x the input vector,
    # u the total input, z = f(u) the output, f the exercise's ReLU
    "b65_tibet": r'''
[notation]
indices = "i"
functions = { f = "relu" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"x" = "x[:]"
"W" = "W1[0, :]"
"b" = "b1[0]"
"u" = "z1[0]"
"z" = "a1[0]"
''',
    # the exit clerk's raw score Z and its probability p
    "b65_rahul": r'''
[notation]
[notation.symbols]
"p" = "a2[0]"
"Z" = "z2[0]"
''',
    # the question's w_2 (first layer) and w_1 (second layer), x the input, y_hat the output, y the target
    "b65_relu2": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"w_{1}" = "W2[0, 0]"
"w_{2}" = "W1[0, 0]"
"x" = "x[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the answer's definition of ReLU(x), x the input of a ReLU unit (the first layer's)
    "b65_relu_def": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the chain-rule cell's names: x the input, w the weight, k = w * x, output = sigmoid(k), d_output_d_k and
    # d_k_d_w the local derivatives, d_output_dw the output's derivative by w; sigmoid_derivative(x) =
    # sigmoid(x) * (1 - sigmoid(x)), the sigmoid's derivative at its input
    "b65_mohsin_unit": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"k" = "z1[0]"
"output" = "a1[0]"
"d_output_d_k" = "a1[0]*(1 - a1[0])"
"d_k_d_w" = "x[0]"
"d_output_dw" = "a1[0]*(1 - a1[0])*x[0]"
''',
    # the backpropagation cell's names: x, w1, b1, z1, a1, w2, b2, z2 (= y_pred), y_true, dL_dz2 = dL/dz2
    "b65_mohsin_mlp": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"w1" = "W1[:, :]"
"b1" = "b1[:]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"w2" = "W2[:, :]"
"b2" = "b2[:]"
"z2" = "z2[:]"
"y_pred" = "z2[:]"
"y_true" = "y[:]"
"dL_dz2" = "grad(z2[:])"
''',
    # the notebook's layers (l): Z^{(l)}, A^{(l)}, W^{(l)}, b^{(l)}, X the input, y the label, y_hat = A^{(2)}; the
    # code's Z1, W1, b1, X, A2, y; loss the code's name of L
    "b65_mraf": r'''
[notation]
indices = "l"
loss = ["L", "loss"]
functions = { ReLU = "relu" }
[notation.symbols]
"Z^{(l)}" = "z{l}[:]"
"A^{(l)}" = "a{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"X" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"Z1" = "z1[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"A2" = "a2[0]"
''',
    # the notebook's W^{(2)} (W) the output layer's weights, z^{(2)} (z) its raw score, b its bias, y_hat, y,
    # a^{(1)} the hidden layer's output; the code's dweights (the nnfs layer's weights are input-first, inputs by
    # neurons), inputs (a^{(1)} as a row) and dvalues (dL/dz from the next layer)
    "b65_mithu": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"W^{(2)}" = "W2[0, :]"
"z^{(2)}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"z" = "z2[0]"
"W" = "W2[0, :]"
"b" = "b2[0]"
"a^{(1)}" = "a1[:]"
"dweights" = "grad(W2[:, :]).T"
"inputs" = "a1[:]"
"dvalues" = "grad(z2[:])"
''',
    # the notebook's samples as rows: X, W_1 and W_2 input-first, b_1, b_2, z_1, a_1, z_2, y_hat
    "b65_zed": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"W_{1}" = "W1[:, :].T"
"b_{1}" = "b1[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"W_{2}" = "W2[:, :].T"
"b_{2}" = "b2[:]"
"z_{2}" = "z2[:]"
"\\hat{y}" = "a2[0]"
''',
    # the lesson's scalars w_1, b_1, z_1, a_1, w_2, b_2, z_2, a_2, x, y; \mathcal{L} the loss
    "b65_hyper": r'''
[notation]
loss = ["\\mathcal{L}"]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
''',
    # the scroll's nodes: x_j the total input and b_j the bias of hidden node j, y_i the output of input node i
    # (the input itself), w_{ij} the weight from node i to node j (from 1); x and y = f(x) the output node's input
    # and output, y_output and y_target; f the sigmoid, alpha the learning rate, E the error
    "b65_gcc": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{j}" = "z1[j-1]"
"b_{j}" = "b1[j-1]"
"y_{i}" = "x[i-1]"
"w_{ij}" = "W1[j-1, i-1]"
"x" = "z2[0]"
"y" = "a2[0]"
"y_{output}" = "a2[0]"
"y_{target}" = "y[0]"
''',
    # the notes' y_m the network's outputs and y_hat_m the teacher's (from 1), M outputs, E_p the pattern's error
    "b65_tang": r'''
[notation]
indices = "m"
loss = ["E_{p}"]
[notation.symbols]
"\\hat{y}_{m}" = "y[m-1]"
"y_{m}" = "a2[m-1]"
"M" = "2"
''',
}
