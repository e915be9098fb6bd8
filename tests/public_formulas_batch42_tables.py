"""The networks and notations of batch 42 of the held-out public formulas (tests/public_formulas_batch42.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b42_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the stored "Deep Neural Network" notes (Ng's course): a ReLU hidden layer and a sigmoid output, the
    # cross-entropy cost J over m examples (one here); two inputs, two hidden units
    "b42_dnn": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # mohammedamer's XOR net: h_1 = relu(X w_1 + b_1), h_2 = relu(X w_2 + b_2) (two ReLU units, each with its own
    # weight vector over the two inputs), y' = sigma(H w_3 + b_3), the cross-entropy averaged over the n examples
    # (one here; the page's four rows of X are the XOR table); lr 0.9
    "b42_xor": problem_text('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra="\n[update]\nlearning_rate = 0.9\n"),
    # SamuelSebastianMartin's single neuron: y-hat = sigma(x_1 w_1 + x_2 w_2 + b), J = 1/2 (y - y-hat)^2, alpha
    # "a typical value woud be 0.1"
    "b42_neuron": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Rudra-G-23's CampusX network (iq, cgpa -> two hidden units -> the package): linear units throughout, biases,
    # L = (Y - Y-hat)^2 for one student
    "b42_campus": _layers('inputs = 2\nunits = 2\nactivation = "identity"', 'units = 1\nactivation = "identity"',
                          loss="squared_error"),
    # laurenalexandra999's perceptron: activation = weight1 x1 + weight2 x2 + bias, the step transfer function;
    # its update w = w + learning_rate (expected - predicted) x is the delta rule's, judged on a linear unit (as
    # batch 14 judged the perceptron rule: a thresholded output has no gradient) with 1/2 (expected -
    # predicted)^2; the file's trained weights [-0.1, 0.2065..., -0.2342...] (bias first), its first row
    # [2.7810836, 2.550537003] of class 0, l_rate 0.1
    "b42_perc": problem_text('inputs = 2\nunits = 1\nactivation = "identity"\n'
                             'weights = [[0.20653640140000007, -0.23418117710000003]]\nbiases = [-0.1]',
                             loss="half_squared_error", extra=_data("[2.7810836, 2.550537003]", "[0.0]")),
    # the stored Chinese notes (求导公式): x = X_input W, a linear classifier without bias, p = sigmoid(x), the
    # binary cross-entropy Loss; three input features here, lr 0.1
    "b42_cn": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # the stored exam cheat sheet's activation functions: one unit, its sum x; tanh here (the sheet lists
    # sigmoid, tanh, ReLU), 1/2 (t - o)^2
    "b42_exam_act": _layers('inputs = 2\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # the cheat sheet's single perceptron: Sum = w_1 x_1 + w_2 x_2 + bias, Delta w = eta (t - o) x, judged on a
    # linear unit (the delta rule) with 1/2 (t - o)^2
    "b42_exam_perc": _layers('inputs = 2\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
    # Mitchell's backpropagation for a two-layer sigmoid network (the cheat sheet's multi-layer perceptron, the
    # stored Java file's comment, the stored study notes' F2), E = 1/2 sum_k (t_k - o_k)^2; two inputs, two
    # hidden units, two outputs
    "b42_mlp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the cheat sheet's "Backprop Math Steps" (Mazur's example: w_5 joins H1 to y1): i1, i2 = 0.05, 0.10, the
    # hidden layer's w1..w4 = 0.15, 0.20, 0.25, 0.30 and shared bias 0.35, the output's w5..w8 = 0.40, 0.45,
    # 0.50, 0.55 and shared bias 0.60, targets T1, T2 = 0.01, 0.99, E_total = sum 1/2 (target - output)^2, eta 0.5
    "b42_mazur": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.15, 0.20], [0.25, 0.30]]\nbiases = 0.35',
                              'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.40, 0.45], [0.50, 0.55]]\nbiases = 0.60',
                              loss="half_squared_error",
                              extra=_data("[0.05, 0.10]", "[0.01, 0.99]", learning_rate=0.5)),
    # the stored study notes' delta rule for single-layer perceptrons: linear output units o_j = net_j with
    # biases b_j, E = 1/2 sum_k (t_k - o_k)^2; two inputs, two outputs
    "b42_delta": _layers('inputs = 2\nunits = 2\nactivation = "identity"', loss="half_squared_error"),
    # zh4ngx's CS224d solutions: sigma(x) = 1/(1 + e^-x), one sigmoid unit whose sum is x
    "b42_sig1": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # the notes' ReLU block: g the ReLU, z a hidden unit's sum and a (A) its output, dZ and dA the cost's
    # gradients by them (the first hidden unit: the block writes one unit's scalars)
    "b42_dnn_relu": r'''
[notation]
functions = { g = "relu" }
[notation.symbols]
"z" = "z1[0]"
"a" = "a1[0]"
"A" = "a1[0]"
"dZ" = "grad(z1[0])"
"dA" = "grad(a1[0])"
''',
    # the notes' sigmoid block: g the sigmoid of the output, z its sum, a its output, y the label, da and dz the
    # cost's gradients by them
    "b42_dnn_sigmoid": r'''
[notation]
functions = { g = "sigmoid" }
[notation.symbols]
"z" = "z2[0]"
"a" = "a2[0]"
"y" = "y[0]"
"da" = "grad(a2[0])"
"dz" = "grad(z2[0])"
''',
    # the notes' backward propagation: layers in brackets, A[0] = X, g[l] each layer's activation (ReLU, then the
    # sigmoid), dA, dZ, dW, db the cost's gradients, m the examples (one), J the cost of a (the output) and y
    "b42_dnn": r'''
[notation]
indices = "l"
loss = ["J"]
functions = { "g[1]" = "relu", "g[2]" = "sigmoid" }
[notation.symbols]
"W[l]" = "W{l}[:, :]"
"Z[l]" = "z{l}[:]"
"A[l]" = "a{l}[:]"
"A[0]" = "x[:]"
"dZ[l]" = "grad(z{l}[:])"
"dA[l]" = "grad(a{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"a" = "a2[0]"
"y" = "y[0]"
"m" = "1"
''',
    # the README's names: X the examples' rows (one here), w_1, w_2 the hidden units' weight vectors and w_3 the
    # output's, b_1 .. b_3 their biases, z_1 .. z_3 their sums, h_1, h_2 the ReLU outputs, H = [h_1, h_2] a row,
    # y' the sigmoid output, y the label, n the examples (one)
    "b42_xor": r'''
[notation]
indices = "k"
[notation.symbols]
"X" = "x[:].T"
"w_{1}" = "W1[0, :]"
"w_{2}" = "W1[1, :]"
"w_{3}" = "W2[0, :]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"z_{3}" = "z2[0]"
"h_{1}" = "a1[0]"
"h_{2}" = "a1[1]"
"H" = "a1[:].T"
"y'" = "a2[0]"
"y" = "y[0]"
"n" = "1"
''',
    # the notes' letters: x_1, x_2 and w_1, w_2 (Unicode subscripts, counted from 1), b, h the sum, y-hat the
    # output, y the label; X the features' row (one data point), w and W the weight vector; J (Cost) the cost,
    # alpha the learning rate
    "b42_neuron": r'''
[notation]
indices = "i"
loss = ["J", "Cost"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"h" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"X" = "x[:].T"
"w" = "W1[0, :]"
"W" = "W1[0, :]"
''',
    # the page's names: w_{jk}' the first layer's weight from input j to hidden unit k, b_{1k}' its biases;
    # w_{jk}^2 (also W_{jk}^2) the second layer's from hidden unit j to the output, b_{21} its bias; O_{1k} the
    # hidden outputs, x_{i1}, x_{i2} (also X) student i's features (one student), Y-hat the output, Y the target
    "b42_campus": r'''
[notation]
indices = "jk"
[notation.symbols]
"w_{jk}'" = "W1[k-1, j-1]"
"b_{1k}'" = "b1[k-1]"
"w_{jk}^{2}" = "W2[k-1, j-1]"
"W_{jk}^{2}" = "W2[k-1, j-1]"
"b_{21}" = "b2[0]"
"O_{1k}" = "a1[k-1]"
"x_{ij}" = "x[j-1]"
"X_{ij}" = "x[j-1]"
"\\hat{Y}" = "a2[0]"
"Y" = "y[0]"
''',
    # the file's names: w the weights and x the input, expected and predicted, bias, error = expected -
    # predicted; the code's weights[0] the bias and weights[i] (i from 1) the weight of row[i-1]; l_rate the
    # learning rate
    "b42_perc": r'''
[notation]
indices = "i"
learning_rate = ["learning_rate", "l_rate"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"expected" = "y[0]"
"predicted" = "a1[0]"
"bias" = "b1[0]"
"error" = "y[0] - a1[0]"
"weights[0]" = "b1[0]"
"weights[i]" = "W1[0, i-1]"
"row[i]" = "x[i]"
''',
    # the notes' letters: in the sigmoid's formulas y its output and x its input (the linear layer's output); y'
    # the sigmoid's derivative; p_i the prediction (also dpi's pi) and y_i the label; X_{input} the input row,
    # W the linear layer's weights (input-first, x = X_input W); Loss the loss, lr the learning rate
    "b42_cn": r'''
[notation]
indices = "k"
loss = ["Loss"]
learning_rate = ["lr"]
[notation.symbols]
"y" = "a1[0]"
"x" = "z1[0]"
"y'" = "a1[0]*(1 - a1[0])"
"p_{i}" = "a1[0]"
"pi" = "a1[0]"
"y_{i}" = "y[0]"
"X_{input}" = "x[:].T"
"W" = "W1[:, :].T"
''',
    # the cheat sheet's activation functions: x a unit's sum, S the sigmoid, f the ReLU (its ReLU line), tanh
    "b42_exam_act": r'''
[notation]
functions = { S = "sigmoid", f = "relu" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the cheat sheet's perceptron: w_1, w_2, x_1, x_2 (from 1), bias, Sum the weighted sum, t the target, o the
    # output, x the input vector, Delta w the step
    "b42_exam_perc": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"bias" = "b1[0]"
"Sum" = "z1[0]"
"t" = "y[0]"
"o" = "a1[0]"
"x" = "x[:]"
"\\Delta w" = "-eta*grad(W1[0, :])"
''',
    # Mitchell's letters as the cheat sheet writes them: k the output units and h the hidden units (literal
    # letters, fixed roles), o_k, o_h their outputs, t_k the targets, w_{h,k} the weight between hidden unit h and
    # output k, delta_k and delta_h the error terms (-dE/dnet); target and output the vectors; E_total the error
    "b42_exam_mlp": r'''
[notation]
indices = "n"
loss = ["E_{total}"]
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{h}" = "a1[h]"
"w_{h,k}" = "W2[k, h]"
"\\delta_{k}" = "-grad(z2[k])"
"\\delta_{h}" = "-grad(z1[h])"
"target" = "y[:]"
"output" = "a2[:]"
''',
    # the cheat sheet's Mazur steps: w_5 (H1 to y1), its old and new values, y1 the output's net input and
    # y1_final its output (y2 likewise), H1_final the hidden output, T_1, T_2 the targets, y1_error the delta
    # dE/dnet, Gradient the product of the three pieces, dE/dw_5; E_total the error
    "b42_exam_mazur": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
"w_{5}" = "W2[0, 0]"
"w_{5}^{(old)}" = "W2[0, 0]"
"w_{5}^{(new)}" = "new(W2[0, 0])"
"y1" = "z2[0]"
"y2" = "z2[1]"
"y1_{final}" = "a2[0]"
"y2_{final}" = "a2[1]"
"H1_{final}" = "a1[0]"
"T_{1}" = "y[0]"
"T_{2}" = "y[1]"
"y1_{error}" = "grad(z2[0])"
"y2_{error}" = "grad(z2[1])"
"Gradient" = "grad(W2[0, 0])"
''',
    # the Java file's comment, Mitchell's Table 4.2 in plain text: k the output units and h the hidden units
    # (literal letters), o_k, o_h, t_k, w_kh the weight from h to k, s_k and s_h the error terms (-dE/dnet); in
    # step 4 the unit j (an output unit here), w_ji its weight from input i (a hidden unit), x_ji that input; n
    # the learning rate
    "b42_mit_java": r'''
[notation]
indices = "q"
learning_rate = ["n"]
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{h}" = "a1[h]"
"w_{kh}" = "W2[k, h]"
"s_{k}" = "-grad(z2[k])"
"s_{h}" = "-grad(z1[h])"
"s_{j}" = "-grad(z2[j])"
"w_{ji}" = "W2[j, i]"
"x_{ji}" = "a1[i]"
''',
    # the study notes' F2, Mitchell's letters in LaTeX: k the output units, h the hidden units (literal letters),
    # w_{kh} from h to k, delta_k, delta_h the error terms (-dE/dnet)
    "b42_mit_tex": r'''
[notation]
indices = "q"
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{h}" = "a1[h]"
"w_{kh}" = "W2[k, h]"
"\\delta_{k}" = "-grad(z2[k])"
"\\delta_{h}" = "-grad(z1[h])"
''',
    # the study notes' delta rule (single layer, from 1): w_{ji} from input i to output j, Delta w_{ji} its step,
    # x_i the inputs, t_j, o_j the targets and outputs, b_j the biases, net_j the sums; E the error
    "b42_delta": r'''
[notation]
indices = "ijk"
[notation.symbols]
"w_{ji}" = "W1[j-1, i-1]"
"\\Delta w_{ji}" = "-eta*grad(W1[j-1, i-1])"
"x_{i}" = "x[i-1]"
"t_{j}" = "y[j-1]"
"o_{j}" = "a1[j-1]"
"b_{j}" = "b1[j-1]"
"\\text{net}_{j}" = "z1[j-1]"
''',
    # the solutions' sigma(x): x the unit's sum
    "b42_zh": r'''
[notation.symbols]
"x" = "z1[0]"
''',
}
