"""The networks and notations of batch 30 of the held-out public formulas (tests/public_formulas_batch30.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b30_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


_RATE = "\n[update]\nlearning_rate = 0.1\n"

NETWORKS = {
    # the stored summary box (id 10651526660): x -> tanh -> tanh -> linear, one unit a layer, each with its
    # bias; L = (yhat - y)^2
    "b30_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                        'units = 1\nactivation = "identity"', loss="squared_error", extra=_RATE),
    # the stored Chinese notes (id 26148965025), Udacity's network: inputs -> sigmoid hidden units -> one sigmoid
    # output, no biases; the error term delta = (y - y_k) f'(h_k) is -dE/dh for E = 1/2 (y - y_k)^2
    "b30_udacity": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                           extra="\n[update]\nlearning_rate = 0.005\n"),
    # webmastervetea's one neuron: x = (0.5, 1.0), w = (0.3, 0.7), b = 0.1, y = 0.8, the sigmoid, L = 1/2 (y - a)^2,
    # eta = 0.1
    "b30_neurona": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.3, 0.7]]\nbiases = [0.1]',
                           loss="half_squared_error",
                           extra="\n[data]\nx = [[0.5, 1.0]]\ny = [[0.8]]\n" + _RATE),
    # JoseFRuiz's one neuron z = w x + b, a = sigma(z), L = 1/2 (a - y)^2 (the README's MSE example)
    "b30_ruiz_neuron": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                               extra=_RATE),
    # JoseFRuiz's example: x = (1, 2) -> three ReLU units -> one sigmoid output, with the README's weights and
    # biases, y = 1; L = 1/2 (a^2 - y)^2 (its delta^2 = (a^2 - y) sigma'(z^2))
    "b30_ruiz": _layers('inputs = 2\nunits = 3\nactivation = "relu"\nweights = [[0.1, 0.3], [-0.2, 0.4], [0.5, -0.6]]\n'
                        'biases = [0.1, 0.0, -0.1]',
                        'units = 1\nactivation = "sigmoid"\nweights = [[0.2, -0.1, 0.3]]\nbiases = [0.05]',
                        loss="half_squared_error", extra="\n[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n" + _RATE),
    # ahoehn's slide code: x = (1, 2) -> two linear units (w11, w12; w21, w22; b1, b2) -> one linear output (w31,
    # w32, b3), y = 1, verlust = 0.5 (yhat - y)^2
    "b30_ahoehn": _layers('inputs = 2\nunits = 2\nactivation = "identity"\nweights = [[0.5, -1.0], [1.5, -2.0]]\n'
                          'biases = [0.0, 0.5]',
                          'units = 1\nactivation = "identity"\nweights = [[1.0, -1.0]]\nbiases = [-1.5]',
                          loss="half_squared_error", extra="\n[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n" + _RATE),
    # the HSBI lecture's layer step: two layers with g (the sigmoid here) and biases, one data point (m = 1), J the
    # half squared error
    "b30_hsbi": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error", extra=_RATE),
    # the Korean homework code (KGU-SSF): pred = weight * input_data, weight 3, input 5, target 8, rate 0.1; the
    # slope 2 x error is the squared error's
    "b30_kgu": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                       loss="squared_error", extra="\n[data]\nx = [[5.0]]\ny = [[8.0]]\n" + _RATE),
    # Lee-keonhee's post: x = (0.5, 0.3) -> two sigmoid units (z_1 = w_1 x_1 + w_3 x_2, z_2 = w_2 x_1 + w_4 x_2) ->
    # a linear output yhat = w_5 a_1 + w_6 a_2, no biases, y_1 = 0.7, L = (y_1 - yhat)^2, eta = 0.1
    "b30_lee": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.2], [0.2, 0.3]]',
                       'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.4, 0.5]]',
                       loss="squared_error", extra="\n[data]\nx = [[0.5, 0.3]]\ny = [[0.7]]\n" + _RATE),
}

NOTATIONS = {
    # the summary box's names, Unicode subscripts as written (W₃ is W_{3}); alpha the learning rate
    "b30_tanh": r'''
[notation]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"\\hat{y}" = "a3[0]"
"W_{l}" = "W{l}[0, 0]"
"b_{l}" = "b{l}[0]"
"z_{l}" = "z{l}[0]"
"h_{l}" = "a{l}[0]"
''',
    # h_k the output's input and h_j a hidden unit's: k is a letter of the page, not a placeholder (one output);
    # delta is the error term -dE/dh; the code's names as the exercise writes them
    "b30_udacity": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"y" = "y[0]"
"y_{k}" = "a2[0]"
"h_{k}" = "z2[0]"
"\\delta_{k}" = "-grad(z2[0])"
"w_{jk}" = "W2[0, j-1]"
"h_{j}" = "z1[j-1]"
"\\delta_{j}" = "-grad(z1[j-1])"
"x_{i}" = "x[i-1]"
"output" = "a2[0]"
"o_input" = "z2[0]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-grad(z2[0])"
"weights_hidden_output" = "W2[0, :]"
"hidden_input" = "z1[:]"
"hidden_error" = "-grad(a1[:])"
"hidden_error_term" = "-grad(z1[:])"
''',
    # f the sigmoid; w_{nuevo} the updated w_1, w_{viejo} its old value
    "b30_neurona": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"w_{nuevo}" = "new(W1[0, 0])"
"w_{viejo}" = "W1[0, 0]"
''',
    "b30_ruiz_neuron": r'''
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
    # the layer as a superscript (a^1, W^{l+1}); delta^l = dL/dz^l
    "b30_ruiz": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"W^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"z^{l}" = "z{l}[:]"
"a^{l}" = "a{l}[:]"
"\\delta^{l}" = "grad(z{l}[:])"
''',
    # the slide's Python names: w31 is w_{31}, and so on; y_tatsaechlich the target, y_vorhergesagt the prediction,
    # verlust the loss, dL_dy and dL_dw31 the gradients the code names
    "b30_ahoehn": r'''
[notation]
loss = ["verlust"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{11}" = "W1[0, 0]"
"w_{12}" = "W1[0, 1]"
"w_{21}" = "W1[1, 0]"
"w_{22}" = "W1[1, 1]"
"w_{31}" = "W2[0, 0]"
"w_{32}" = "W2[0, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"y_tatsaechlich" = "y[0]"
"y_vorhergesagt" = "a2[0]"
"dL_dy" = "grad(a2[0])"
"dL_dw31" = "grad(W2[0, 0])"
''',
    # Ng's names with the layer in brackets: dZ^{[l]} = dJ/dZ^{[l]} and so on; (i) the data point, m = 1 of them;
    # A^{[0]} the input; alpha the learning rate; g the sigmoid
    "b30_hsbi": r'''
[notation]
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { g = "sigmoid" }
[notation.symbols]
"m" = "1"
"A^{[0]}" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"dZ^{[l](i)}" = "grad(z{l}[:])"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
''',
    # the homework's variable names; error = pred - target, slope the squared error's gradient by the weight
    "b30_kgu": r'''
[notation.symbols]
"input_data" = "x[0]"
"weight" = "W1[0, 0]"
"target" = "y[0]"
"pred" = "a1[0]"
"error" = "a1[0] - y[0]"
"slope" = "grad(W1[0, 0])"
"new_weight" = "new(W1[0, 0])"
''',
    # w_1 .. w_6 as the post's figure numbers them (z_1 = w_1 x_1 + w_3 x_2); \hat{y_1} and \hat{y} the output;
    # W the generic weight of the update rule; Sigmoid the sigmoid
    "b30_lee": r'''
[notation]
functions = { Sigmoid = "sigmoid" }
parameter = ["W"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"y_{1}" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[1, 0]"
"w_{3}" = "W1[0, 1]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"z_{j}" = "z1[j-1]"
"a_{j}" = "a1[j-1]"
"\\hat{y}" = "a2[0]"
"\\hat{y_{1}}" = "a2[0]"
''',
}
