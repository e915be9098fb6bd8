"""The networks and notations of batch 54 of the held-out public formulas (tests/public_formulas_batch54.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b54_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # allmamun556's German Markdown explainer, section 5 ("Backprop-Herleitung Schritt-für-Schritt"): x -> a hidden
    # ReLU layer -> one sigmoid output y-hat, L = 1/2 (y - y-hat)^2; its section 8 draws the net 2 -> 3 -> 1
    "b54_de": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the same explainer's section 6, "Komplettes Beispiel: 3-Layer-MLP": a^(0) = x, two hidden layers of f (ReLU, as
    # its code), an output a^(3) whose delta is a^(3) - y, the softmax with the cross-entropy of its section 1 and 2;
    # two inputs, three and two hidden units, three classes
    "b54_de3": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                       'units = 3\nactivation = "softmax"', loss="cross_entropy"),
    # soviar-systems' MyST notebook, the finite-difference example: z = theta x + b, a = tanh(z), L = 1/2 (a - y)^2,
    # x = 2.0, b = 0.1, y_true = 1.0, theta = 0.5
    "b54_sv1": problem_text('inputs = 1\nunits = 1\nactivation = "tanh"\nweights = [[0.5]]\nbiases = [0.1]',
                            loss="half_squared_error", extra=_data("[2.0]", "[1.0]")),
    # the same notebook's exercise 2.1: x = 2.0, w = -0.5, b = 1.0, y = 0.8, tanh, L = 1/2 (a - y)^2
    "b54_sv2": problem_text('inputs = 1\nunits = 1\nactivation = "tanh"\nweights = [[-0.5]]\nbiases = [1.0]',
                            loss="half_squared_error", extra=_data("[2.0]", "[0.8]")),
    # the same notebook's "Final Check": x = 1.0, theta = 0.0, b = 0.0, y_true = 0.5, tanh, L = 1/2 (a - y)^2
    "b54_sv0": problem_text('inputs = 1\nunits = 1\nactivation = "tanh"\nweights = [[0.0]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0]", "[0.5]")),
    # wakandan's one_neuron.py ("train a neuron to output 0 when input is 1"): w = 2, b = 2, x = 1, y = 0,
    # learning_rate 0.15, a = sigmoid(w x + b); cost = a - y is dL/da of 1/2 (a - y)^2
    "b54_wak": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[2.0]]\nbiases = [2.0]',
                            loss="half_squared_error", extra=_data("[1.0]", "[0.0]", learning_rate=0.15)),
    # ankushgowda000's index.js, Mazur's example: inputs 0.05 and 0.1, weight1[1] = 0.15 (input 1 to hidden 1),
    # weight1[2] = 0.25 (input 1 to hidden 2), weight2[1] = 0.2, weight2[2] = 0.3, weight3[1] = 0.4 (hidden 1 to
    # output 1), weight3[2] = 0.5, weight4[1] = 0.45, weight4[2] = 0.55, b1 = 0.35, b2 = 0.6, targets 0.01 and 0.99,
    # learning_rate 0.5, total_error = sum 1/2 (target - output)^2
    "b54_ank": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                            'biases = 0.6',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", learning_rate=0.5)),
    # edassum's MLP_sigmoid.md: sigmoid units with biases, delta_o = (T - O) O(1 - O) (the delta of 1/2 (T - O)^2
    # with its sign turned), w = w + eta delta input; two inputs, one hidden unit H, two outputs O
    "b54_eda": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the lesson series' "# full backprop" (stored file): input = [1, 0, 1] (a row), hidden = input @ weights_0_1
    # (3 x 4, input-first), output = hidden @ weights_1_2 (4 x 1), no activation and no bias, goal 1.0, lr 0.1;
    # delta_output = output - goal is dL/d(output) of 1/2 (output - goal)^2 (the file names no loss; its series
    # writes (pred - goal) ** 2 and then drops the 2, "simplified (ignore the 2)"; the half squared error is the loss
    # its deltas are of)
    "b54_full": problem_text('inputs = 3\nunits = 4\nactivation = "identity"\nbias = "none"',
                             'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error",
                             extra=_data("[1.0, 0.0, 1.0]", "[1.0]")),
    # yuri147's bpdemo.js: inputs i = [0.15, 0.1], w[0] = [0.1, 0.2, 0.15, 0.25] (h[0] from w[0][0], w[0][1], h[1]
    # from w[0][2], w[0][3]), w[1] = [0.3, 0.35, 0.4, 0.45], b = [0.35, 0.6] one per layer, targets 0.01 and 0.99,
    # lr 0.5, squareErr = 0.5 (target - current)^2
    "b54_yuri": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                             'weights = [[0.1, 0.2], [0.15, 0.25]]\nbiases = 0.35',
                             'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                             'weights = [[0.3, 0.35], [0.4, 0.45]]\nbiases = 0.6',
                             loss="half_squared_error", extra=_data("[0.15, 0.1]", "[0.01, 0.99]", learning_rate=0.5)),
    # JiyanBlack's notes on Ng's week 5: a(1) = X, delta(L) = a(L) - y, binary classification with one output unit
    # (sigmoid, the logistic cost); two features, one hidden layer of two sigmoid units
    "b54_jiy": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # my0614's 경사하강법.py: output = sigmoid(x*w), no bias, x = 1, y = 0, w = w + x * 0.1 * error with error =
    # y - output: the logistic unit's rule (the binary cross-entropy's dL/dz = output - y), learning rate 0.1
    "b54_my": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                           loss="binary_cross_entropy", extra=_data("[1.0]", "[0.0]")),
    # stefanoppp's neurona_final.py (Spanish): prod_escalar = np.dot(pesos, entradas), no bias, the sigmoid,
    # delta = salida_real (1 - salida_real) (salida - salida_real), -dL/dz of 1/2 (salida - salida_real)^2;
    # two inputs
    "b54_stef": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # Ng-style layers in parentheses: z^{(l)}, a^{(l)}, W^{(l)}, b^{(l)}, delta^{(l)} = dL/dz^{(l)} (the page:
    # "Nennen wir dies: \delta^{(2)} = dL/dz^{(2)}"), y-hat the output, f the hidden activation (ReLU, section 5)
    "b54_de": r'''
[notation]
functions = { f = "relu" }
[notation.symbols]
"\\hat{y}" = "a2[0]"
"x" = "x[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
''',
    # the 3-layer example: a^{(0)} = x, f the hidden layers' ReLU, y the one-hot target
    "b54_de3": r'''
[notation]
functions = { f = "relu" }
[notation.symbols]
"y" = "t[:]"
"x" = "x[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
''',
    # the notebook's letters: theta (and w in the exercise) the weight, b the bias, z the sum, a = tanh(z), y and
    # y_true the target
    "b54_sv": r'''
[notation]
[notation.symbols]
"\\theta" = "W1[0, 0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
"y_{\\text{true}}" = "y[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
    # the notebook's NumPy names: dL_da, da_dz, dL_dz (x, a, y as above)
    "b54_sv_code": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"a" = "a1[0]"
"dL_da" = "grad(a1[0])"
"da_dz" = "1 - a1[0]**2"
"dL_dz" = "grad(z1[0])"
''',
    # the script's names: cost (a - y) the derivative by the output, error the derivative by z, gradient_w and
    # gradient_b the gradients; learning_rate is a default name of eta
    "b54_wak": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"cost" = "grad(a1[0])"
"error" = "grad(z1[0])"
"gradient_w" = "grad(W1[0, 0])"
"gradient_b" = "grad(b1[0])"
''',
    # the script's names, one by one (its arrays count from 1: weight1[1] is the name weight1 with the subscript 1,
    # written "weight1_{1}" as the specification writes a name with digits and its script; the loader refuses
    # "weight1[1]", "is not one symbol"), the loss total_error; the two partial derivatives of one output's error by
    # hidden 1's output, (g) and (k), are expressions (no quantity of symbols.md)
    "b54_ank": r'''
[notation]
loss = ["total_error"]
learning_rate = ["learning_rate"]
[notation.symbols]
"input_{1}" = "x[0]"
"input_{2}" = "x[1]"
"weight1_{1}" = "W1[0, 0]"
"weight1_{2}" = "W1[1, 0]"
"weight2_{1}" = "W1[0, 1]"
"weight2_{2}" = "W1[1, 1]"
"weight3_{1}" = "W2[0, 0]"
"weight3_{2}" = "W2[1, 0]"
"weight4_{1}" = "W2[0, 1]"
"weight4_{2}" = "W2[1, 1]"
"new_weight3_{1}" = "new(W2[0, 0])"
"b1" = "b1"
"b2" = "b2"
"net_input_for_hidden1" = "z1[0]"
"net_output_of_hidden1" = "a1[0]"
"net_output_of_hidden2" = "a1[1]"
"net_input_for_output1" = "z2[0]"
"net_output_of_output1" = "a2[0]"
"net_output_of_output2" = "a2[1]"
"target_output1" = "y[0]"
"target_output2" = "y[1]"
"delta_total_error_wrt_weight3_1" = "grad(W2[0, 0])"
"delta_total_error_wrt_weight1_1" = "grad(W1[0, 0])"
"delta_total_error_wrt_net_output_of_hidden1" = "grad(a1[0])"
"delta_total_error_output1_wrt_net_output_of_hidden1" = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0, 0]"
"delta_total_error_output2_wrt_net_output_of_hidden1" = "(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1, 0]"
"delta_net_output_of_hidden1_wrt_net_input_for_hidden1" = "a1[0]*(1 - a1[0])"
"delta_net_input_for_hidden1_wrt_weight1_1" = "x[0]"
''',
    # the table's letters: T the targets, O the outputs, H the hidden output, delta_o and delta_h the page's deltas
    # (-dL/dz), w_o the weights out of the hidden unit; the generic rows (w, delta, input, b) judged at output
    # unit 1's weight from H and its bias
    "b54_eda": r'''
[notation]
[notation.symbols]
"T" = "y[:]"
"O" = "a2[:]"
"H" = "a1[0]"
"\\delta_{o}" = "-grad(z2[:])"
"\\delta_{h}" = "-grad(z1[0])"
"w_{o}" = "W2[:, 0]"
"w" = "W2[0, 0]"
"b" = "b2[0]"
"\\delta" = "-grad(z2[0])"
"\\text{input}" = "a1[0]"
''',
    # the lesson's names: weights_0_1 and weights_1_2 the matrices input-first (W^T), hidden and output the layers'
    # outputs (no activation), goal the target, delta_output and delta_hidden dL/dz, grad_1_2 and grad_0_1 the
    # gradients input-first, lr the learning rate
    "b54_full": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"input" = "x[:]"
"weights_0_1" = "W1[:, :].T"
"weights_1_2" = "W2[:, :].T"
"hidden" = "a1[:]"
"output" = "a2[0]"
"goal" = "y[0]"
"delta_output" = "grad(z2[0])"
"delta_hidden" = "grad(z1[:])"
"grad_1_2" = "grad(W2[:, :]).T"
"grad_0_1" = "grad(W1[:, :]).T"
''',
    # the script's arrays: i the inputs, h the hidden outputs, o the outputs, t the targets, w[0][...] and
    # w[1][...] the weights in the order the forward pass uses them, b[0] and b[1] the layers' biases
    "b54_yuri": r'''
[notation]
indices = "k"
[notation.symbols]
"i[k]" = "x[k]"
"h[k]" = "a1[k]"
"o[k]" = "a2[k]"
"t[k]" = "y[k]"
"b[0]" = "b1"
"b[1]" = "b2"
"w[0][0]" = "W1[0, 0]"
"w[0][1]" = "W1[0, 1]"
"w[0][2]" = "W1[1, 0]"
"w[0][3]" = "W1[1, 1]"
"w[1][0]" = "W2[0, 0]"
"w[1][1]" = "W2[0, 1]"
"w[1][2]" = "W2[1, 0]"
"w[1][3]" = "W2[1, 1]"
''',
    # Ng's layers counted from the input, a^{(1)} = x: a^{(l)} the activations of layer l - 1 of the problem file,
    # delta^{(l)} = dJ/dz^{(l)}
    "b54_jiy": r'''
[notation]
[notation.symbols]
"a^{(l)}" = "a{l-1}[:]"
"\\delta^{(l)}" = "grad(z{l-1}[:])"
"y" = "y[0]"
''',
    # the script's names: output the unit's output, error = y - output (-dL/dz of the logistic unit)
    "b54_my": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"y" = "y[0]"
"output" = "a1[0]"
"error" = "-grad(z1[0])"
''',
    # the Spanish names: pesos the weights, entradas the inputs, salida the target, salida_real the output,
    # variacion the error (-dL/da), delta -dL/dz, sigmoidea the page's sigmoid; prod_escalar (the dot product, z)
    # left unnamed: the loader refuses the pattern "prod_escalar" ("is not one symbol"; "prod_x": "the sum has no
    # term at the end", prod read as the product sign), so no notation under the spec loads with it
    "b54_stef": r'''
[notation]
functions = { "self.sigmoidea" = "sigmoid" }
[notation.symbols]
"self.pesos" = "W1[0, :]"
"self.entradas" = "x[:]"
"self.salida" = "y[0]"
"salida_real" = "a1[0]"
"variacion" = "-grad(a1[0])"
"delta" = "-grad(z1[0])"
''',
}
