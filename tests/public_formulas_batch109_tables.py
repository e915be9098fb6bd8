"""The networks and notations of batch 109 of the held-out public formulas (tests/public_formulas_batch109.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b109_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # capsian/Lille1's French exercise "À la main": two inputs x = (1, 2), two sigmoid neurons f1, f2, then the
    # sigmoid output f3, no biases, the weights w1 .. w6 of the notebook's code cell (w = [1, .5, 0, 2, .5, .5]:
    # z1 = w[0]*x[0] + w[1]*x[1], f2 from w[2], w[3], f3 from w[4], w[5] on o1, o2), y = 1, E half the squared
    # error
    "b109_lil": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                             'weights = [[1.0, 0.5], [0.0, 2.0]]',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, 0.5]]',
                             loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]", 0.1)),
    # studyx.ai's solution: X1 = 0.35, X2 = 0.9 into the sigmoid hidden neurons 3 and 4 (W13 = 0.1, W23 = 0.8,
    # W14 = 0.4, W24 = 0.6), the sigmoid output 5 (W35 = 0.3, W45 = 0.9), no biases, the actual output 0.5, the
    # learning rate 0.6 of the solution's products; the error unnamed (half the squared error here)
    "b109_sx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.8], [0.4, 0.6]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.9]]',
                            loss="half_squared_error", extra=_data("[0.35, 0.9]", "[0.5]", 0.6)),
    # informatikseite.de's delta rule (Widrow-Hoff): one layer of linear output units k fed by the units i (the
    # inputs), the squared error with 1/2; two inputs, two outputs
    "b109_inf": _layers('inputs = 2\nunits = 2\nactivation = "identity"', loss="half_squared_error"),
    # 123docz's Vietnamese slides (Han and Kamber's algorithm): units numbered through the network, the inputs
    # 1, 2 (O_i = I_i) and the sigmoid units 3, 4 with their biases theta_j; one layer, the squared error
    "b109_vn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # ali-who/Deep-Learning's backward-pass exercise (Udacity's): three inputs, two sigmoid hidden units, one
    # sigmoid output, no biases, error = target - output (half the squared error)
    "b109_ud": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Grokking Deep Learning issue (chapter 11's movie reviews): the summed embedding of the review's words
    # (the hidden sums of a multi-hot input, three words here), two sigmoid hidden units, one sigmoid output, no
    # biases; layer_2_delta = layer_2 - y the output's dL/dz of the logistic loss
    "b109_gk": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # fengdu78's issue on Ng's course notes (logistic regression, week 2): a = sigmoid(z), the logistic loss;
    # two features
    "b109_fd": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # apache/mxnet's SoftmaxOutput (and 1cademy's softmax regression): a softmax layer of three classes on two
    # inputs, the cross-entropy with one-hot labels
    "b109_mx": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # louisjc's MNIST network, small: sigmoid hidden and output layers with biases, half the squared error
    # (output_deltas = outputs (1 - outputs) (outputs - target)); two inputs, three hidden units, two outputs
    "b109_lc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the CSDN post after Han Liqun's book: the three-layer perceptron, inputs x_i, hidden outputs y_j, outputs
    # O_k, targets d_k, unipolar sigmoid f, the thresholds as weights from x_0 = y_0 = -1 (biases here); n = m =
    # l = 2, E = 1/2 (d - O)^2
    "b109_cs": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # capsian/Lille1: the neurons f1, f2 (hidden) and f3 (the output s), o_i their outputs, z_i their weighted
    # inputs, w_ij the weight from neuron i to neuron j (w_13, w_23 into f3; the inputs are no neurons of the
    # page's sums), E the loss, y the target, z the argument of sigma' (the output's input here); the code's
    # names: z1, o1, the vector w (w[0] .. w[5], w1 .. w6), sigmoide the sigmoid
    "b109_lil": r'''
[notation]
indices = "ij"
loss = ["E"]
functions = { sigmoide = "sigmoid" }
[notation.symbols]
"o_{1}" = "a1[0]"
"o_{2}" = "a1[1]"
"o_{3}" = "a2[0]"
"o_{s}" = "a2[0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"z_{3}" = "z2[0]"
"w_{13}" = "W2[0, 0]"
"w_{23}" = "W2[0, 1]"
"y" = "y[0]"
"z" = "z2[0]"
"z1" = "z1[0]"
"o1" = "a1[0]"
"w[0]" = "W1[0, 0]"
"w[1]" = "W1[0, 1]"
"w[2]" = "W1[1, 0]"
"w[3]" = "W1[1, 1]"
"w[4]" = "W2[0, 0]"
"w[5]" = "W2[0, 1]"
''',
    # studyx.ai: the solution's names, X1, X2 the inputs, Wmn the weight from unit m to unit n, H3, H4 the hidden
    # sums and Y3, Y4 their outputs, O5 the output's sum and Y its output, Error = actual - predicted, dY the
    # output's slope Y (1 - Y), W35_new and W45_new the new weights; δW35 and δW45, the steps added to W35 and
    # W45, stay undeclared: the loader refuses "δW35" = "-eta*grad(W2[0, 0])" ('is not one symbol'), and
    # \delta_{W35} or deltaW35 would be another symbol than the page's
    "b109_sx": r'''
[notation]
[notation.symbols]
"X1" = "x[0]"
"X2" = "x[1]"
"W13" = "W1[0, 0]"
"W23" = "W1[0, 1]"
"W14" = "W1[1, 0]"
"W24" = "W1[1, 1]"
"W35" = "W2[0, 0]"
"W45" = "W2[0, 1]"
"H3" = "z1[0]"
"H4" = "z1[1]"
"Y3" = "a1[0]"
"Y4" = "a1[1]"
"O5" = "z2[0]"
"Y" = "a2[0]"
"Error" = "y[0] - a2[0]"
"Actual Output" = "y[0]"
"Predicted Output" = "a2[0]"
"dY" = "a2[0]*(1 - a2[0])"
"W35_new" = "new(W2[0, 0])"
"W45_new" = "new(W2[0, 1])"
''',
    # informatikseite.de: w_ik from unit i (the inputs, outputs o~_i) to output unit k, d_k the desired and o_k the
    # observed output, Delta w_ik the change added to w_ik (-eta dE/dw_ik)
    "b109_inf": r'''
[notation]
indices = "ik"
[notation.symbols]
"\\Delta w_{ik}" = "-eta*grad(W1[k-1, i-1])"
"w_{ik}" = "W1[k-1, i-1]"
"d_{k}" = "y[k-1]"
"o_{k}" = "a1[k-1]"
"\\tilde{o}_{i}" = "x[i-1]"
''',
    # 123docz's slides (Han and Kamber): units numbered through the network, the inputs 1, 2 (O_i their values)
    # and the units 3, 4 of the layer; I_j the net input, O_j the output, w_ij the weight from unit i to unit j,
    # theta_j the bias, Delta w_ij and Delta theta_j the changes added (-eta times the gradient)
    "b109_vn": r'''
[notation]
indices = "ij"
[notation.symbols]
"O_{1}" = "x[0]"
"O_{2}" = "x[1]"
"O_{3}" = "a1[0]"
"O_{4}" = "a1[1]"
"I_{3}" = "z1[0]"
"I_{4}" = "z1[1]"
"w_{13}" = "W1[0, 0]"
"w_{23}" = "W1[0, 1]"
"w_{14}" = "W1[1, 0]"
"w_{24}" = "W1[1, 1]"
"\\theta_{3}" = "b1[0]"
"\\theta_{4}" = "b1[1]"
"\\Delta w_{13}" = "-eta*grad(W1[0, 0])"
"\\Delta w_{23}" = "-eta*grad(W1[0, 1])"
"\\Delta w_{14}" = "-eta*grad(W1[1, 0])"
"\\Delta w_{24}" = "-eta*grad(W1[1, 1])"
"\\Delta \\theta_{3}" = "-eta*grad(b1[0])"
"\\Delta \\theta_{4}" = "-eta*grad(b1[1])"
''',
    # ali-who's exercise: the code's names; the weights input-first (weights_input_to_hidden is W1 transposed),
    # error = target - output, the error terms -dL/dz, delta_w_h_o and delta_w_i_h the steps added to the weights
    # (delta_w_i_h input-first), learnrate the rate
    "b109_ud": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"x" = "x[:]"
"weights_input_to_hidden" = "W1[:, :].T"
"weights_hidden_to_output" = "W2[0, :]"
"hidden_layer_in" = "z1[:]"
"hidden_layer_out" = "a1[:]"
"output_layer_in" = "z2[0]"
"output_layer_out" = "a2[0]"
"target" = "y[0]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-grad(z2[0])"
"hidden_error_term" = "-grad(z1[:])"
"delta_w_h_o" = "-eta*grad(W2[0, :])"
"delta_w_i_h" = "-eta*grad(W1[:, :]).T"
''',
    # the Grokking issue: layer_1, layer_2 the layers' outputs, y the label, weights_1_2 the hidden-to-output
    # weights (input-first: W2 transposed), layer_2_delta and layer_1_delta the layers' dL/dz, alpha the rate,
    # dw12 the commenter's step subtracted from weights_1_2, sigmoidd the sigmoid's slope at its input
    "b109_gk": r'''
[notation]
learning_rate = ["alpha"]
functions = { sigmoidd = "sigmoid' at input" }
[notation.symbols]
"layer_1" = "a1[:]"
"layer_2" = "a2[0]"
"y" = "y[0]"
"weights_1_2" = "W2[:, :].T"
"layer_2_delta" = "grad(z2[0])"
"layer_1_delta" = "grad(z1[:])"
"dw12" = "eta*grad(W2[:, :]).T"
''',
    # fengdu78's issue: a the activation, y the label, dz Ng's dL/dz
    "b109_fd": r'''
[notation]
[notation.symbols]
"a" = "a1[0]"
"y" = "y[0]"
"dz" = "grad(z1[0])"
''',
    # apache/mxnet's docstring: CE(label, output) the cross-entropy, label_i the one-hot label, output_i the softmax
    # output, gradient the gradient of the loss with respect to the input array (the softmax's input)
    "b109_mx": r'''
[notation]
indices = "i"
loss = ["\\text{CE(label, output)}", "CE"]
[notation.symbols]
"\\text{label}_{i}" = "t[i-1]"
"\\text{output}_{i}" = "a1[i-1]"
"\\text{label}" = "t[:]"
"\\text{output}" = "a1[:]"
"\\text{gradient}" = "grad(z1[:])"
''',
    # 1cademy (D2L's softmax regression): o_j the logits, o their vector, y the one-hot label (y_j), y^ the
    # softmax output, q = 3 classes, l the loss
    "b109_1c": r'''
[notation]
indices = "jk"
loss = ["l"]
[notation.symbols]
"o_{j}" = "z1[j-1]"
"\\mathbf{o}" = "z1[:]"
"\\mathbf{y}" = "t[:]"
"y_{j}" = "t[j-1]"
"\\hat{\\mathbf{y}}" = "a1[:]"
"q" = "3"
''',
    # louisjc's issue: outputs and hidden_outputs the layers' outputs, target the targets, output_deltas the
    # output layer's dL/dz
    "b109_lc": r'''
[notation]
[notation.symbols]
"outputs" = "a2[:]"
"target" = "y[:]"
"output_deltas" = "grad(z2[:])"
''',
    # the CSDN post (Han Liqun's letters): x_i the inputs, y_j the hidden outputs, O_k the outputs, d_k the targets
    # (d and O the vectors), v_ij from input i to hidden j, w_jk (omega_jk) from hidden j to output k, the
    # thresholds v_0j and w_0k from x_0 = y_0 = -1 (minus the biases), n = m = l = 2, f the sigmoid, E the error,
    # Delta omega_jk and Delta v_ij the changes added
    "b109_cs": r'''
[notation]
indices = "ijk"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"d" = "y[:]"
"O" = "a2[:]"
"d_{k}" = "y[k-1]"
"O_{k}" = "a2[k-1]"
"\\ell" = "2"
"m" = "2"
"n" = "2"
"x_{0}" = "-1"
"x_{i}" = "x[i-1]"
"y_{0}" = "-1"
"y_{j}" = "a1[j-1]"
"v_{0j}" = "-b1[j-1]"
"v_{ij}" = "W1[j-1, i-1]"
"w_{0k}" = "-b2[k-1]"
"w_{jk}" = "W2[k-1, j-1]"
"\\omega_{0k}" = "-b2[k-1]"
"\\omega_{jk}" = "W2[k-1, j-1]"
"\\Delta \\omega_{0k}" = "eta*grad(b2[k-1])"
"\\Delta \\omega_{jk}" = "-eta*grad(W2[k-1, j-1])"
"\\Delta v_{0j}" = "eta*grad(b1[j-1])"
"\\Delta v_{ij}" = "-eta*grad(W1[j-1, i-1])"
''',
}
