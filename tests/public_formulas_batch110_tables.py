"""The networks and notations of batch 110 of the held-out public formulas (tests/public_formulas_batch110.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b110_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# the ERA course's network (TSAI's session on backpropagation in a spreadsheet): inputs i1, i2, hidden h1, h2
# (sigmoid a_h1, a_h2), outputs o1, o2 (sigmoid a_o1, a_o2), no biases, E1 + E2 with E1 = 1/2 (t1 - a_o1)^2;
# h1 = w1 i1 + w2 i2, h2 = w3 i1 + w4 i2, o1 = w5 a_h1 + w6 a_h2, o2 = w7 a_h1 + w8 a_h2
_ERA_HIDDEN = 'inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"'
_ERA_OUTPUT = 'units = 2\nactivation = "sigmoid"\nbias = "none"'

NETWORKS = {
    # the Chinese course slides (Marp Markdown): Mazur's worked example, 2-2-2 logistic, one bias per layer shared
    # by its units (b1 = 0.35, b2 = 0.6), w1 ... w8 = 0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55, i1 = 0.05,
    # i2 = 0.1, targets 0.01 and 0.99, eta = 0.5, E_total the sum of 1/2 (target - out)^2
    "b110_zh": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                            'weights = [[0.15, 0.20], [0.25, 0.30]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                            'weights = [[0.40, 0.45], [0.50, 0.55]]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5)),
    # the ERA README with \* escapes (session 3 of EVA8): the course's network, no numbers given
    "b110_eb": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
    # the ERA README with an indented block (½, ², σ, trailing tabs): the course's network, no numbers given
    "b110_ec": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
    # Vorschlag-bit's Korean notes on the computational graph (Saito's book): a Sigmoid layer y = 1/(1 + exp(-x)),
    # here the output layer of a 2-2-1 sigmoid network, x its sum, y its output, L half the squared error
    "b110_vo": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # RabbitChallenge's review test (day 1, section 5): the course's regression network of
    # 1_3_stochastic_gradient_descent, y = u2 the identity of a sum, d = f(x) = 3 x[0] + 2 x[1], E = 1/2 (y -
    # d)^2 (functions.mean_squared_error), its "try it" variant with a sigmoid hidden layer (the page's
    # functions.d_sigmoid); nodesNum = 10 hidden units there, 3 here; x = [0.3, 0.6], d = 2.1, learning_rate = 0.07
    "b110_rb": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_data("[0.3, 0.6]", "[2.1]", 0.07)),
    # RabbitChallenge's 1_2_back_propagation notebook: W1 (2 x 3, input-first), b1 = [0.1, 0.2, 0.3], ReLU, W2 (3 x 2),
    # b2 = [0.1, 0.2], softmax, cross-entropy, x = [[1.0, 5.0]], d = [[0, 1]], learning_rate = 0.01 (its numbers)
    "b110_rn": problem_text('inputs = 2\nunits = 3\nactivation = "relu"\n'
                            'weights = [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]]\nbiases = [0.1, 0.2, 0.3]',
                            'units = 2\nactivation = "softmax"\nweights = [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]\n'
                            'biases = [0.1, 0.2]',
                            loss="cross_entropy", extra=_data("[1.0, 5.0]", "[0.0, 1.0]", 0.01)),
    # mlp_xor.m (MATLAB): two sigmoid hidden layers of 2 units and a sigmoid output, biases b1, b2, b3, error =
    # Y(i) - output (half the squared error's -dE/d output), learnRate = 0.1; the XOR row [0 1] with Y = 1
    "b110_ml": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            'units = 1\nactivation = "sigmoid"', loss="half_squared_error",
                            extra=_data("[0.0, 1.0]", "[1.0]", 0.1)),
    # the Portuguese colour-training script (Python, NumPy): R, G, B in, 4 sigmoid hidden units, 3 sigmoid outputs,
    # no biases, error = target - predicted_output (half the squared error's -dE/d output), learning_rate = 0.1; a
    # reddish average colour [0.8, 0.2, 0.1] with the target "Vermelho" [1, 0, 0]
    "b110_pt": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_data("[0.8, 0.2, 0.1]", "[1.0, 0.0, 0.0]", 0.1)),
    # the JavaScript toy network (Shiffman's NeuralNetwork class): sigmoid hidden and output layers with biases,
    # output_Errors = target - outputs; two inputs, two hidden units, one output here
    "b110_js": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # EliasAthey's MLProj2 (Java) at commit 0fef38f: a multilayer perceptron whose hidden nodes compute Math.tanh of
    # their weighted sum (SigmoidalFunction.java) and whose output node the sigmoid (PerceptronOutFunction.java), no
    # biases, delta = o (1 - o) (expected - o) at the output (half the squared error's -dE/dz); two inputs, two
    # hidden nodes, one output here
    "b110_ja": _layers('inputs = 2\nunits = 2\nactivation = "tanh"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

# the course's names as the ERA pages write them in plain text
_ERA_PLAIN = r'''
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
"o1" = "z2[0]"
"o2" = "z2[1]"
"E1" = "0.5*(y[0] - a2[0])**2"
"E2" = "0.5*(y[1] - a2[1])**2"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
'''

NOTATIONS = {
    # the Chinese slides' names (Mazur's): i_1, w_1 ... w_8, b_1, b_2 (the layers' shared biases), net_{h1},
    # out_{h1}, net_{o1}, out_{o1} (and output_{h1}, output_{h2}, as the slides write them once), target_{o1},
    # E_{o1} the first output's half of the loss, E_{total} the loss, w_5^{+} the new w_5, \eta the rate
    "b110_zh": r'''
[notation]
indices = "n"
loss = ["E_{total}"]
[notation.symbols]
"i_{n}" = "x[n-1]"
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
"net_{hn}" = "z1[n-1]"
"out_{hn}" = "a1[n-1]"
"output_{hn}" = "a1[n-1]"
"net_{on}" = "z2[n-1]"
"out_{on}" = "a2[n-1]"
"target_{on}" = "y[n-1]"
"E_{on}" = "(y[n-1] - a2[n-1])**2/2"
''',
    # the ERA README with \* escapes: the course's names in plain text, E_Total and E_total the loss (both
    # spellings on the page), ao1 the first output's a_o1 (the page's own spelling of it, twice)
    "b110_eb": r'''
[notation]
indices = "q"
loss = ["E_Total", "E_total"]
[notation.symbols]''' + _ERA_PLAIN + r'''"ao1" = "a2[0]"
''',
    # the ERA README's indented block: the course's names, E_total the loss, σ the sigmoid
    "b110_ec": r'''
[notation]
indices = "q"
loss = ["E_total"]
[notation.symbols]''' + _ERA_PLAIN,
    # Vorschlag-bit's notes: x the Sigmoid layer's input (the output unit's sum), y its output, L the loss; the
    # layer's code: out (self.out) its output, dout = dL/d(its output), dx = dL/dx
    "b110_vo": r'''
[notation.symbols]
"x" = "z2[0]"
"y" = "a2[0]"
"out" = "a2[0]"
"self.out" = "a2[0]"
"dout" = "grad(a2[0])"
"dx" = "grad(z2[0])"
''',
    # RabbitChallenge's review test: z1 the hidden outputs (a row), W2 the output weights (a vector), d the
    # target, y the output, delta2 = dE/du2 and delta1 = dE/du1 (the course's deltas, a row), grad['W2'] and
    # grad['b2'] the gradients; functions.d_sigmoid the sigmoid's derivative at its argument (the course's
    # common/functions.py: (1.0 - sigmoid(x)) * sigmoid(x))
    "b110_rb": r'''
[notation]
indices = "q"
functions = { "functions.d_sigmoid" = "sigmoid' at input" }
[notation.symbols]
"d" = "y[0]"
"y" = "a2[0]"
"z1" = "a1[:].T"
"W2" = "W2[0, :]"
"delta2" = "delta2[0]"
"delta1" = "delta1[:].T"
"grad['W2']" = "grad(W2[0, :])"
"grad['b2']" = "grad(b2[0])"
''',
    # RabbitChallenge's notebook: the samples are rows (x = [[1.0, 5.0]]), W1 and W2 input-first, u1, z1, u2, y
    # the layers' sums and outputs (rows), d the one-hot target, delta2 = dE/du2 and delta1 = dE/du1 (rows),
    # grad['W1'] ... grad['b2'] the gradients (as the arrays are shaped), functions.relu, functions.softmax the
    # activations and functions.d_relu the ReLU's slope written of its output z1 (the same 0 or 1 as of u1)
    "b110_rn": r'''
[notation]
indices = "q"
functions = { "functions.relu" = "relu", "functions.softmax" = "softmax", "functions.d_relu" = "relu' at output" }
[notation.symbols]
"x" = "x[:].T"
"d" = "y[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"u1" = "z1[:].T"
"z1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"u2" = "z2[:].T"
"y" = "a2[:].T"
"delta2" = "delta2[:].T"
"delta1" = "delta1[:].T"
"grad['W1']" = "grad(W1[:, :]).T"
"grad['W2']" = "grad(W2[:, :]).T"
"grad['b1']" = "grad(b1[:])"
"grad['b2']" = "grad(b2[:])"
''',
    # mlp_xor.m: W1, b1, a1, W2, b2, a2, W3, b3 as symbols.md's (columns), output the network's output,
    # X(i, :) the sample's row of inputs and Y(i) its target, error = Y(i) - output, delta3 ... delta1 the
    # code's deltas (-dE/dz), learnRate the rate, sigmoid_prime the sigmoid's slope written of its output
    # (s_prime = z .* (1 - z)); X the data matrix, named by its one row here (the loader refused the pattern
    # "X(i, :)": "unexpected at ':' (position 6)")
    "b110_ml": r'''
[notation]
indices = "i"
learning_rate = ["learnRate"]
functions = { sigmoid_prime = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"Y(i)" = "y[0]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"b3" = "b3[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"output" = "a3[:]"
"error" = "y[0] - a3[0]"
"delta3" = "-delta3[:]"
"delta2" = "-delta2[:]"
"delta1" = "-delta1[:]"
''',
    # the Portuguese script: X the input row, weights_input_hidden and weights_hidden_output input-first,
    # hidden_layer_input, hidden_layer_activation, predicted_output rows, target the row's label, error =
    # target - predicted_output, d_predicted_output and d_hidden_layer the code's deltas (-dE/dz), error_hidden_layer
    # -dE/d(hidden output), sigmoid_derivative the slope written of the output (x * (1 - x))
    "b110_pt": r'''
[notation]
indices = "q"
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_activation" = "a1[:].T"
"predicted_output" = "a2[:].T"
"target" = "y[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-delta2[:].T"
"error_hidden_layer" = "-grad(a1[:]).T"
"d_hidden_layer" = "-delta1[:].T"
''',
    # the JavaScript class: x the sum a unit's sigmoid takes (the output's here), y its output (dSigmoid's
    # argument, the output as the class passes it), target and outputs the label and the output layer,
    # output_Errors = target - outputs; dSigmoid the slope written of the output
    "b110_js": r'''
[notation]
functions = { dSigmoid = "sigmoid' at output" }
[notation.symbols]
"x" = "z2[0]"
"y" = "a2[0]"
"target" = "y[:]"
"outputs" = "a2[:]"
"output_Errors" = "y[:] - a2[:]"
''',
    # BackpropFinalWeightFunction.java: the output node's computed output, Driver.expectedOutput its target, delta
    # the code's delta (-dE/dz of half the squared error), node.inputs[1][i] the node's weights and
    # node.inputs[0][i] its inputs (the hidden outputs), this.learningRate the rate
    "b110_jf": r'''
[notation]
indices = "i"
learning_rate = ["this.learningRate"]
[notation.symbols]
"node.getComputedOutput()" = "a2[0]"
"Driver.expectedOutput" = "y[0]"
"delta" = "-delta2[0]"
"node.inputs[1][i]" = "W2[0, i]"
"node.inputs[0][i]" = "a1[i]"
''',
    # BackpropHiddenWeightFunction.java, for the first hidden node: its computed output, downstreamSum the sum of
    # the downstream nodes' deltas times their weights from it (-dE/d(its output)), delta its code delta (-dE/dz)
    "b110_jh": r'''
[notation.symbols]
"node.getComputedOutput()" = "a1[0]"
"downstreamSum" = "-grad(a1[0])"
"delta" = "-delta1[0]"
''',
}
