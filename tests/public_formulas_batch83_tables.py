"""The networks and notations of batch 83 of the held-out public formulas (tests/public_formulas_batch83.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b83_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # ChanchalaGorale's notebook: the markdown's 2-layer network as its code cell works it, x = 0.5 -> a1 =
    # sigmoid(0.4 x + 0.3) -> a2 = sigmoid(0.7 a1 + 0.2), y_true = 1, loss = 0.5 (y_true - a2)^2, lr = 0.1
    "b83_chg": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4]]\nbiases = [0.3]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.7]]\nbiases = [0.2]',
                            loss="half_squared_error", extra=_data("[0.5]", "[1.0]", 0.1)),
    # okamiRvS's notebook: 2 inputs x_0, x_1 -> 3 sigmoid units (layer 1, no biases in the version the page
    # renders) -> 2 linear outputs y_0, y_1 (layer L = 2), MSE = 1/2 sum (t_i - y_i)^2
    "b83_okr": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # Yadira-Sainz's XOR notebook: 2 -> 2 sigmoid -> 1 sigmoid with biases, one of the XOR rows (x = [0, 1], y =
    # 1), lr = 0.8; the gradients it writes are those of half the squared error (error = y - A2, delta2 = error
    # * a(1 - a), W += lr * gradW)
    "b83_yds": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.8)),
    # JaznaLaProfe's notebook: the one neuron of its chain-rule cell, x = 0.5, W = 0.8, b = 0.2, y_real = 1,
    # a = sigmoid(z), L = 1/2 (y_real - a)^2, learning_rate = 0.1
    "b83_jzn": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.8]]\nbiases = [0.2]',
                            loss="half_squared_error", extra=_data("[0.5]", "[1.0]", 0.1)),
    # math.stackexchange 4363569: h = g(w_1 x + b_1) (g a ReLU here), z = w_2 h + b_2, y_hat = softmax(z), the
    # cross-entropy with the one-hot label; 2 inputs, 3 hidden units, 3 classes
    "b83_mse": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # Nemotron's "Backpropagation" note: s_n = W_n x_{n-1}, x_n = sigma(s_n) (no biases), N = 2 layers, a loss L
    # (half the squared error here); 2 inputs, 2 hidden units, 2 outputs
    "b83_nbp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # wiki.yauis.de: h = ReLU(x w_1), y = h w_2 (no biases), L = (y - y_true)^2
    "b83_yau": _layers('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # the same page's PyTorch cell: x = 2, w = 3, y = x * w, loss = y ** 2 (a target of 0)
    "b83_yau_torch": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                                  loss="squared_error", extra=_data("[2.0]", "[0.0]")),
    # chcarneiro's notebook: X = [0.1, 0.2] -> 3 sigmoid units -> 1 sigmoid output, no biases, y = 0.3, the
    # weights np.random.seed(42) draws (rand(2, 3), input-first, then rand(3, 1)); the gradients it writes are
    # those of half the squared error (error = y - output)
    "b83_chc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.3745401188473625, 0.5986584841970366], '
                            '[0.9507143064099162, 0.15601864044243652], [0.7319939418114051, 0.15599452033620265]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.05808361216819946, 0.8661761457749352, 0.6011150117432088]]',
                            loss="half_squared_error", extra=_data("[0.1, 0.2]", "[0.3]")),
    # Nemotron's "Neural Networks: Mathematics of Backpropagation" (Suresh and Sardana): x_0 -> x_1 -> x_2 (the
    # prediction), weights and biases in each layer, E = 1/2 ||x_2 - y||^2; 2 inputs, 2 sigmoid hidden units, 2
    # sigmoid outputs
    "b83_srd": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Oh_MyBug's CSDN notes on Hung-yi Lee's lecture: x_1, x_2 -> z_1, z_2 (sigmoid a_1, a_2) -> two outputs
    "b83_csd": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # algonest's Vietnamese lesson: one ReLU neuron, x = [2, 3], w = [0.4, 0.6], b = 1 (no target given: 1 here)
    "b83_alg": problem_text('inputs = 2\nunits = 1\nactivation = "relu"\nweights = [[0.4, 0.6]]\nbiases = [1.0]',
                            loss="half_squared_error", extra=_data("[2.0, 3.0]", "[1.0]")),
}

NOTATIONS = {
    # ChanchalaGorale's letters: x the input, y (y_true in code) the target, W^{[l]}, b^{[l]}, z^{[l]}, a^{[l]}
    # layer l's weights, biases, sums and outputs, \delta^{[l]} = dL/dz^{[l]}; f and g the sigmoid (the code's);
    # W in the update rule any weight (--param); the code's W1 ... delta2 its numbers, dW1, dW2
    # the gradients, sigmoid_derivative(z) = s (1 - s) at z
    "b83_chg": r'''
[notation]
indices = "l"
functions = { f = "sigmoid", g = "sigmoid", sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"y_true" = "y[0]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"\\delta^{[l]}" = "delta{l}[:]"
"W1" = "W1[0, 0]"
"b1" = "b1[0]"
"W2" = "W2[0, 0]"
"b2" = "b2[0]"
"z1" = "z1[0]"
"a1" = "a1[0]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"delta1" = "delta1[0]"
"delta2" = "delta2[0]"
"dW1" = "grad(W1[0, 0])"
"dW2" = "grad(W2[0, 0])"
''',
    # okamiRvS's letters, counted from 0: x_i the inputs (a^{(0)}_i too), z^{(l)}_i and a^{(l)}_i unit i of layer
    # l (L = 2 the output layer), y_i (y^{(2)}_i) the linear outputs, t_i the targets, w^{(l)}_{ij} the weight
    # of layer l into unit i from unit j (output-first); MSE the loss
    "b83_okr": r'''
[notation]
indices = "ijl"
loss = ["MSE"]
[notation.symbols]
"x_{i}" = "x[i]"
"t_{i}" = "y[i]"
"y_{i}" = "a2[i]"
"y_{i}^{(l)}" = "a{l}[i]"
"z_{i}^{(l)}" = "z{l}[i]"
"a_{i}^{(0)}" = "x[i]"
"a_{i}^{(l)}" = "a{l}[i]"
"w_{ij}^{(l)}" = "W{l}[i, j]"
''',
    # Yadira-Sainz's plain-text names, one sample as a row: X the inputs, W1 (n_in, n_h) and W2 (n_h, n_out)
    # input-first, b1, b2, Z1, A1, Z2, A2; Y the target, E = Y - A2 the error; delta2 and delta1 the error terms
    # -dL/dZ, gradW1 ... gradb2 the steps' directions -dL/dW (input-first as W is); σ' at the output, as the page
    # defines it, "σ'(a)=a*(1-a) si a = σ(z)" (added in session 36, 2026-12-07, after review)
    "b83_yds": r'''
[notation]
functions = { "\\sigma'" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:]"
"b2" = "b2[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"E" = "y[0] - a2[0]"
"delta2" = "-grad(z2[:])"
"delta1" = "-grad(z1[:])"
"gradW2" = "-grad(W2[:, :]).T"
"gradW1" = "-grad(W1[:, :]).T"
"gradb2" = "-grad(b2[:])"
"gradb1" = "-grad(b1[:])"
''',
    # JaznaLaProfe's letters: the one neuron's x, W (W^{(l)} of layer l), b, z, a, y_real; J and L the loss, α the
    # learning rate (learning_rate in code), θ any parameter (--param); the code's dL_da, da_dz, dz_dW, dL_dW the
    # derivatives their comments name; sigmoid_derivative(x) = x (1 - x), the derivative at the output
    "b83_jzn": r'''
[notation]
indices = "l"
loss = ["J", "L"]
learning_rate = ["\\alpha", "α", "learning_rate"]
parameter = ["\\theta", "θ"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "x[0]"
"W" = "W1[0, 0]"
"W^{(l)}" = "W{l}[:, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y_{real}" = "y[0]"
"dL_da" = "grad(a1[0])"
"da_dz" = "a1[0]*(1 - a1[0])"
"dz_dW" = "x[0]"
"dL_dW" = "grad(W1[0, 0])"
''',
    # the question's letters: x the input, h the hidden layer, g its activation (a ReLU here), w_1, b_1, w_2, b_2,
    # z the output layer's sums, y_hat the softmax output, y the one-hot label; Loss the loss
    "b83_mse": r'''
[notation]
loss = ["Loss"]
functions = { g = "relu" }
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"w_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
"w_{2}" = "W2[:, :]"
"b_{2}" = "b2[:]"
"z" = "z2[:]"
"y_{\\text{hat}}" = "a2[:]"
"y" = "t[:]"
''',
    # the note's letters: {\bf x}_0 the input, {\bf s}_n and {\bf x}_n layer n's sums and outputs, W_n its
    # weights, N = 2 the last layer; L the loss
    "b83_nbp": r'''
[notation]
indices = "n"
[notation.symbols]
"{\\bf x}_{0}" = "x[:]"
"{\\bf x}_{N}" = "a2[:]"
"{\\bf s}_{N}" = "z2[:]"
"{\\bf x}_{n}" = "a{n}[:]"
"{\\bf s}_{n}" = "z{n}[:]"
"W_{n}" = "W{n}[:, :]"
''',
    # the wiki's letters: x the input, w_1 and w_2 the two weights, h the ReLU unit, y the output, y_{true} the
    # target; L the loss
    "b83_yau": r'''
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"h" = "a1[0]"
"y" = "a2[0]"
"y_{true}" = "y[0]"
''',
    # the PyTorch cell's names: x, w, y = x * w; loss the loss
    "b83_yau_torch": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"y" = "a1[0]"
''',
    # chcarneiro's code names: X the input row, weights_input_hidden (2, 3) and weights_hidden_output (3, 1)
    # input-first, hidden_input, hidden_output, output_input, output the sums and outputs, y the target, error =
    # y - output; output_gradient and hidden_gradient the error terms -dL/dz; sigmoid_derivative(x) = x (1 - x)
    "b83_chc": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"hidden_input" = "z1[:]"
"hidden_output" = "a1[:]"
"output_input" = "z2[:]"
"output" = "a2[:]"
"error" = "y[0] - a2[0]"
"output_gradient" = "-grad(z2[:])"
"hidden_gradient" = "-grad(z1[:])"
''',
    # the lecture's letters: x_0 the input, x_1 the hidden layer, x_2 the prediction, y the target; E the error
    "b83_srd": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x_{0}" = "x[:]"
"x_{1}" = "a1[:]"
"x_{2}" = "a2[:]"
"y" = "y[:]"
''',
    # Hung-yi Lee's letters as the notes write them: x_1, x_2 the inputs, \omega_{ij} (ω_{ij}) the weight into
    # unit i from input j, b_i the bias, z_i the sum and a_i the output of hidden unit i, counted from 1
    "b83_csd": r'''
[notation]
indices = "ij"
[notation.symbols]
"x_{i}" = "x[i-1]"
"\\omega_{ij}" = "W1[i-1, j-1]"
"ω_{ij}" = "W1[i-1, j-1]"
"b_{i}" = "b1[i-1]"
"z_{i}" = "z1[i-1]"
"a_{i}" = "a1[i-1]"
''',
    # the lesson's letters: x the inputs, w the weights, b the bias, z = w^T x + b, a the output; ϕ the activation
    # (a ReLU in its example)
    "b83_alg": r'''
[notation]
functions = { "ϕ" = "relu" }
[notation.symbols]
"x" = "x[:]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
}
