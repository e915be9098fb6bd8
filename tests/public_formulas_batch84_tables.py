"""The networks and notations of batch 84 of the held-out public formulas (tests/public_formulas_batch84.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b84_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Thill's post: L layers of sigmoid units with biases (two here, 2-2-2), the loss of one example
    # 1/2 ||y* - y hat||^2
    "b84_mt": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the C++ file's comments: one layer of sigmoid perceptrons without bias (the sum of products of weights and
    # inputs), 3 inputs and 3 neurons as its main() builds them, the error energy 1/2 sum_j e_j^2
    "b84_hy": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # kotunde's (Andras Joo's) MATLAB backpropagation: W{i} from layer i to layer i+1, no bias ("bias is not
    # inserted by genbackprop"), theta the sigmoid, E = 0.5*e'*e; one hidden layer of 3 units, 2 outputs
    "b84_kt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # dtharvey's R function at its defaults: I1 = 1, I2 = 0, t = 1, eta = 0.05; w11 (I1 -> h1) = -0.030,
    # w21 (I2 -> h1) = -0.568, w12 (I1 -> h2) = -0.463, w22 (I2 -> h2) = 0.033; v11 = 0.156, v21 = 0.446;
    # the bias nodes B1 = 1 and B2 = 2 with weights u11 = 0.213, u12 = -0.565, u21 = -0.168, so b1 = (0.213,
    # -0.565) and b2 = 2 * (-0.168); E = 0.5 (t - o1)^2
    "b84_dh": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[-0.030, -0.568], '
                           '[-0.463, 0.033]]\nbiases = [0.213, -0.565]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[0.156, 0.446]]\nbiases = [-0.336]',
                           loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 0.05)),
    # jis1218's Java: 3 inputs (sample[j]) -> 4 sigmoid hidden units -> 1 sigmoid output, no biases,
    # weight1[i][j] the hidden weights and weight1[4][k] the output's, alpha = 0.8, E = 1/2 (target - output)^2
    "b84_js": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                           extra="\n[update]\nlearning_rate = 0.8\n"),
    # the lesson's dry run: x = (0.5, 0.3), w1 = 0.1 (x1 -> h1), w2 = 0.2 (x2 -> h1), w3 = 0.3 (x1 -> h2),
    # w4 = 0.4 (x2 -> h2), w5 = 0.5, w6 = 0.6, b1 = b2 = b3 = 0.1, y = 1, sigmoid everywhere, the binary
    # cross-entropy, eta = 0.5
    "b84_dr": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.2], [0.3, 0.4]]\n'
                           'biases = [0.1, 0.1]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.1]',
                           loss="binary_cross_entropy", extra=_data("[0.5, 0.3]", "[1.0]", 0.5)),
    # the MATLAB function's comment on a "single layer NN": y = W x, linear, E = 0.5 (d - y)^2
    "b84_m4": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the Portuguese notes: Entrada (2) -> Oculta (2) -> Saida (1), f the sigmoid, the squared error with 1/2
    "b84_pt": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the algorithm cards' XOR example: x = [1, 0], W1 = [[0.5, -0.3], [0.2, 0.8]] (a row per hidden unit),
    # b1 = 0, W2 = [0.4, -0.6], b2 = 0, target 1, Loss = 0.5 (predicted - target)^2, alpha = 0.5
    "b84_ml": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5, -0.3], [0.2, 0.8]]\n'
                           'biases = [0.0, 0.0]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[0.4, -0.6]]\nbiases = [0.0]',
                           loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 0.5)),
}

NOTATIONS = {
    # Thill's letters: layer l (\ell), units counted from 1, w_{i,j}^{(l)} from unit j of layer l-1 to unit i
    # of layer l, a^{(0)} = x, delta = dL/dz, the loss of one example \mathcal{L} (\mathcal{L}_n of example n),
    # the vectors of the one example
    "b84_mt": r'''
[notation]
indices = "ijkl"
loss = ["\\mathcal{L}", "\\mathcal{L}_{n}"]
[notation.symbols]
"a_{j}^{(0)}" = "x[j-1]"
"a_{j}^{(l)}" = "a{l}[j-1]"
"z_{i}^{(l)}" = "z{l}[i-1]"
"w_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"b_{i}^{(l)}" = "b{l}[i-1]"
"\\delta_{i}^{(l)}" = "grad(z{l}[i-1])"
"\\vec{\\delta}^{(l)}" = "grad(z{l}[:])"
"\\vec{z}^{(l)}" = "z{l}[:]"
"\\Wmatr^{(l)}" = "W{l}[:, :]"
"\\vec{y}_{n}^{*}" = "y[:]"
"\\hat{\\vec{y}}_{n}" = "a2[:]"
''',
    # the C++ comments, Haykin's letters: neuron j of the layer, input i (y_i, the output of the layer
    # before), v_j the sum, e_j = d_j - y_j the error, xi_j(n) = e_j^2 / 2 neuron j's error energy and xi(n)
    # their total (the loss), delta_j = e_j phi'(v_j) (-dE/dv_j), Delta w_ji the weight's correction; "w_j_i",
    # the comments' own spelling, added after the first blind run (\Delta w_j_i does not load as a pattern)
    "b84_hy": r'''
[notation]
indices = "n"
loss = ["\\xi"]
functions = { "\\phi" = "sigmoid", "\\phi_{j}" = "sigmoid" }
[notation.symbols]
"y_{i}" = "x[i]"
"y_{j}" = "a1[j]"
"y_{k}" = "a1[k]"
"v_{j}" = "z1[j]"
"w_{ji}" = "W1[j, i]"
"w_j_i" = "W1[j, i]"
"d_{k}" = "y[k]"
"e_{j}" = "y[j] - a1[j]"
"e_{k}" = "y[k] - a1[k]"
"\\xi_{j}" = "(y[j] - a1[j])*(y[j] - a1[j])/2"
"\\delta_{j}" = "-delta1[j]"
"\\Delta w_{ji}" = "-eta*grad(W1[j, i])"
''',
    # localgrad.m's names: Y{1} the input, Y{2} the hidden outputs, Y{end} = Y{n} the outputs (n = length(Y) =
    # 3), V the total inputs, d the targets, e = d - Y{end}, Delta the local gradients (-dE/dV), W{j} from layer
    # j to layer j+1; the loop's j is the hidden layer 2; dtheta the sigmoid's derivative at its input V
    "b84_kt": r'''
[notation]
indices = "m"
functions = { theta = "sigmoid", dtheta = "sigmoid' at input" }
[notation.symbols]
"d" = "y[:]"
"e" = "y[:] - a2[:]"
"n" = "3"
"Y{1}" = "x[:]"
"Y{2}" = "a1[:]"
"Y{3}" = "a2[:]"
"Y{end}" = "a2[:]"
"Y{n}" = "a2[:]"
"V{2}" = "z1[:]"
"V{3}" = "z2[:]"
"V{n}" = "z2[:]"
"V{j}" = "z1[:]"
"W{1}" = "W1[:, :]"
"W{2}" = "W2[:, :]"
"W{j}" = "W2[:, :]"
"Delta{2}" = "-delta1[:]"
"Delta{3}" = "-delta2[:]"
"Delta{n}" = "-delta2[:]"
"Delta{j}" = "-delta1[:]"
"Delta{j+1}" = "-delta2[:]"
''',
    # updateweights.m's names: W{i} the weights from layer i to layer i+1 (i = 1, 2), Delta{i+1} the local
    # gradients of layer i+1 (-dE/dV), Y{i} the outputs of layer i (Y{1} the input), lr the learning rate
    "b84_ku": r'''
[notation]
indices = "i"
learning_rate = ["lr"]
[notation.symbols]
"W{i}" = "W{i}[:, :]"
"Delta{i}" = "-delta{i-1}[:]"
"Y{1}" = "x[:]"
"Y{i}" = "a{i-1}[:]"
''',
    # dtharvey's names: [i] the training step (not an index of the network), w11 from I1 to h1 and w21 from I2
    # to h1, v the hidden-output weights, u the bias nodes' weights (B1 = 1, B2 = 2, so u21 = b2/2), the
    # delta_ variables the derivatives of E, [i+1] the updated weights
    "b84_dh": r'''
[notation]
indices = "n"
loss = ["E[i]"]
[notation.symbols]
"I1" = "x[0]"
"I2" = "x[1]"
"t" = "y[0]"
"B1" = "1"
"B2" = "2"
"w11[i]" = "W1[0, 0]"
"w21[i]" = "W1[0, 1]"
"w12[i]" = "W1[1, 0]"
"w22[i]" = "W1[1, 1]"
"v11[i]" = "W2[0, 0]"
"v21[i]" = "W2[0, 1]"
"u11[i]" = "b1[0]"
"u12[i]" = "b1[1]"
"u21[i]" = "b2[0]/2"
"w11[i+1]" = "new(W1[0, 0])"
"w21[i+1]" = "new(W1[0, 1])"
"w12[i+1]" = "new(W1[1, 0])"
"w22[i+1]" = "new(W1[1, 1])"
"v11[i+1]" = "new(W2[0, 0])"
"v21[i+1]" = "new(W2[0, 1])"
"u11[i+1]" = "new(b1[0])"
"u12[i+1]" = "new(b1[1])"
"net_h1" = "z1[0]"
"net_h2" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"net_o1[i]" = "z2[0]"
"o1[i]" = "a2[0]"
"delta_o1" = "grad(z2[0])"
"delta_h1" = "grad(z1[0])"
"delta_h2" = "grad(z1[1])"
"delta_v11" = "grad(W2[0, 0])"
"delta_v21" = "grad(W2[0, 1])"
"delta_w11" = "grad(W1[0, 0])"
"delta_w12" = "grad(W1[1, 0])"
"delta_w21" = "grad(W1[0, 1])"
"delta_w22" = "grad(W1[1, 1])"
''',
    # jis1218's names: sample[j] the inputs, weight1[i][j] from input j to hidden unit i, weight1[4][k] from
    # hidden unit k to the output, value/output the sums and outputs, error2 = target - output2, delta2 and
    # delta1[l] the deltas in Mitchell's sign (-dE/dv), error1[l] = -dE/doutput1[l], alpha the learning rate;
    # a name with digits takes its indices as a subscript (weight1[i][j], value1[i] do not load as patterns)
    "b84_js": r'''
[notation]
indices = "ijklmn"
learning_rate = ["alpha"]
[notation.symbols]
"sample[j]" = "x[j]"
"weight1_{ij}" = "W1[i, j]"
"weight1_{4k}" = "W2[0, k]"
"value1_{i}" = "z1[i]"
"output1_{i}" = "a1[i]"
"value2" = "z2[0]"
"output2" = "a2[0]"
"target" = "y[0]"
"error2" = "y[0] - a2[0]"
"delta2" = "-delta2[0]"
"error1_{l}" = "-grad(a1[l])"
"delta1_{l}" = "-delta1[l]"
''',
    # the dry run's names: w1..w6 as its diagram draws them, b1 b2 the hidden biases and b3 the output's,
    # h_in/h_out and o_in the sums and outputs, y hat the prediction, y the label, delta = dL/d(sum), w_new the
    # updated weight
    "b84_dr": r'''
[notation]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"h₁_in" = "z1[0]"
"h₂_in" = "z1[1]"
"h₁_out" = "a1[0]"
"h₂_out" = "a1[1]"
"o₁_in" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta_{output}" = "grad(z2[0])"
"\\delta_{h_{1}}" = "grad(z1[0])"
"\\delta_{h_{2}}" = "grad(z1[1])"
"w₁_new" = "new(W1[0, 0])"
"w₂_new" = "new(W1[0, 1])"
''',
    # the MATLAB comment's single layer: y = W x, d the target, W the weights, wold and wnew the weights before
    # and after the step, alpha the learning rate
    "b84_m4": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"d" = "y[0]"
"y" = "a1[0]"
"x" = "x[:]"
"W" = "W1[0, :]"
"wold" = "W1[0, :]"
"wnew" = "new(W1[0, :])"
''',
    # the Portuguese notes' words for the 2-2-1 network: output the prediction, target the label, net_output and
    # net_hidden the sums (the first hidden unit), w the weight from it to the output, delta in the 1986 paper's
    # sign (-dE/dnet), delta_proxima_camada the next layer's, input what the weight multiplies, f the sigmoid
    "b84_pt": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"output" = "a2[0]"
"target" = "y[0]"
"net_{output}" = "z2[0]"
"net_{hidden}" = "z1[0]"
"w" = "W2[0, 0]"
"w_{novo}" = "new(W2[0, 0])"
"w_{antigo}" = "W2[0, 0]"
"\\delta_{output}" = "-delta2[0]"
"\\delta_{hidden}" = "-delta1[0]"
"\\delta_{próxima_camada}" = "-delta2[0]"
"\\delta" = "-delta2[0]"
"input" = "a1[0]"
"\\Delta w" = "-eta*grad(W2[0, 0])"
''',
    # the algorithm cards' XOR example: z1, a1 the hidden layer, z2, a2 the output, predicted and target, Loss,
    # delta2 and delta1 = dL/dz, W2_new the updated output weights, alpha the learning rate
    "b84_ml": r'''
[notation]
loss = ["Loss"]
learning_rate = ["\\alpha"]
[notation.symbols]
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"predicted" = "a2[0]"
"target" = "y[0]"
"\\delta_{2}" = "grad(z2[0])"
"\\delta_{1}" = "grad(z1[:])"
"W2_{new}" = "new(W2[0, :])"
''',
}
