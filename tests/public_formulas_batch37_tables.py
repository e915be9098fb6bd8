"""The networks and notations of batch 37 of the held-out public formulas (tests/public_formulas_batch37.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b37_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the r/learnmachinelearning thread (its answer): h1 = sigma(w11*input1) = sigma(0.7), Z_Y = (w31)h1 + (w32)h2 =
    # 1.0294, Y = sigma(Z_Y) = 0.7368, L = 0.5(Y - Y*)^2 with Y* = 0.5. The slide is not shown: one input 1, w11 = 0.7,
    # and w21, w31, w32 chosen here (0.5, 1.0, 0.5803) so that Z_Y is the answer's 1.0294; no biases (the answer has none)
    "b37_reddit": _layers('inputs = 1\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.7], [0.5]]',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.0, 0.5803]]',
                          loss="half_squared_error", extra=_data("[1.0]", "[0.5]")),
    # Cross Validated 590342's question: a network of an input and an output layer only (sigmoid outputs, the
    # textbook's 1/2 sum (t_k - z_k)^2)
    "b37_single": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # a hidden layer of sigmoid units and sigmoid outputs with 1/2 sum (t - a)^2: Cross Validated 590342's answer
    # (Wikipedia's delta^{l-1}), the Cross Validated question on AIMA's Delta_j (Nemotron's copy), the MSU course's
    # week 41 notes
    "b37_two_sigmoid": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                               loss="half_squared_error"),
    # egtry's "ReLU derivative": z1 = 2, z2 = -1 (x = 1, weights 2 and -1), yhat = v1 h1 + v2 h2 with v1 = v2 = 1 (the
    # page's dL/dh = -2*1), yhat = 2 against y = 3 and L = (yhat - y)^2 (dL/dyhat = 2*(2-3) = -2)
    "b37_egtry_relu": _layers('inputs = 1\nunits = 2\nactivation = "relu"\nbias = "none"\nweights = [[2.0], [-1.0]]',
                              'units = 1\nbias = "none"\nweights = [[1.0, 1.0]]', loss="squared_error",
                              extra=_data("[1.0]", "[3.0]")),
    # the Data Science Stack Exchange question (Nemotron's copy): each hidden neuron c = ax + b, z = sigmoid(c), three
    # hidden neurons and a sigmoid output; one input here, as the question's c = ax + b writes a neuron of one input
    "b37_xor": _layers('inputs = 1\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Deep Learning Specialization's course 2, week 1 (regularization): LINEAR -> RELU -> LINEAR -> RELU -> LINEAR
    # -> SIGMOID with the cross-entropy cost
    "b37_reg3": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                        'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # everything2's writeup (and Nemotron's copy): in_i = sum_j a_j w_ji (no bias), g the sigmoid, the output's error
    # T - a_i; AIMA's Delta is -dL/din for 1/2 (T - a)^2
    "b37_e2": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                      'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # "Handwriting a Neural Net, Part 8" (Nemotron's copy): two neurons, neuron1output = sigmoid(features dot W1),
    # neuron2output = sigmoid(neuron1output dot W2); three features here; the cost's derivative 2(y - ...) is the
    # squared error's
    "b37_handwriting": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                               'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # Demofox's "How to Train Neural Networks With Backpropagation" (Nemotron's copy): weights 0.23 and -0.1, bias
    # 0.3, input (1, 0), target 0, the sigmoid; the post's error is 1/2 (target - output)^2
    "b37_demofox": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.23, -0.1]]\nbiases = [0.3]',
                           loss="half_squared_error", extra=_data("[1.0, 0.0]", "[0.0]")),
    # math.techqa.club 4393949: logistic regression h_theta(x) = sigma(theta^T x) (no intercept here: theta_1, theta_2
    # the two features' parameters) with its cross-entropy cost, one sample (m = 1)
    "b37_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # the same question's softmax regression: p_k = softmax(theta^k x), three classes and three features, one sample
    "b37_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # the MSU course's week 42 notes: one input, one sigmoid unit, C = 1/2 (a_1 - y)^2
    "b37_compphys_one": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the same notes' network of nine parameters: two inputs, two sigmoid hidden units, one sigmoid output, 1/2 (a - y)^2
    "b37_compphys_nine": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                                 loss="half_squared_error"),
    # proxieslive's copy of a question on gradient checking: one hidden unit (leaky ReLU on the page; the oracle has no
    # leaky ReLU, and no entry here depends on the hidden unit's activation: a ReLU stands in), a linear output, the
    # mean squared error over one sample (m = 1)
    "b37_proxies": _layers('inputs = 1\nunits = 1\nactivation = "relu"', 'units = 1', loss="mean_squared_error"),
    # Sparkery's Perceptron README: one sigmoid node, E = 1/2 (z - p)^2, two inputs here
    "b37_sparkery": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # extraproxies' copy of the question on the sigmoid's derivative: one sigmoid unit, x its weighted input
    "b37_sigmoid_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # "Numerical Check of Gradient in Neural Network" (Nemotron's copy): a linear unit with weights 0.34 and 0.56, bias
    # 0.54, input [1, 0], 1/2 (y - output)^2; y = 0.1056 so that dw = [0.7744, 0], as the question reports
    "b37_numcheck": _layers('inputs = 2\nunits = 1\nweights = [[0.34, 0.56]]\nbiases = [0.54]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[0.1056]")),
}

NOTATIONS = {
    # the answer's plain text: input1 the input, w11 its weight to h1, w31 and w32 the weights to the output, Z_Y the
    # output's sum, Y the output, Y* the target (written Y^{*}: the spec's patterns are a base with scripts), sigma the
    # sigmoid, L the loss
    "b37_reddit": r'''
[notation]
functions = { sigma = "sigmoid" }
[notation.symbols]
"input1" = "x[0]"
"w11" = "W1[0, 0]"
"w31" = "W2[0, 0]"
"w32" = "W2[0, 1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"Z_{Y}" = "z2[0]"
"Y" = "a2[0]"
"Y^{*}" = "y[0]"
''',
    # the textbook's (Duda's) letters as the question writes them: t_k the target, z_k the output, y_k the output's
    # net input (the question's code: activation_diff(net)), f the sigmoid; its delta is -dL/dnet
    "b37_cv590342": r'''
[notation]
indices = "k"
functions = { f = "sigmoid" }
[notation.symbols]
"\\delta_{k}" = "-grad(z1[k-1])"
"t_{k}" = "y[k-1]"
"z_{k}" = "a1[k-1]"
"y_{k}" = "z1[k-1]"
''',
    # Wikipedia's letters in the answer: delta^l = dC/dz^l, W^l layer l's weights, f^l its activation (the sigmoid in
    # both layers), L the last layer (layer 2 here), a^L its output, C the cost
    "b37_wikipedia": r'''
[notation]
indices = "l"
loss = ["C"]
functions = { f = "sigmoid", "f^{L}" = "sigmoid" }
[notation.symbols]
"\\delta^{l}" = "grad(z{l}[:])"
"W^{l}" = "W{l}[:, :]"
"\\delta^{L}" = "grad(z2[:])"
"a^{L}" = "a2[:]"
''',
    # egtry's letters: z_i hidden unit i's sum, h_i its output, v_i its weight to the output yhat
    "b37_egtry": r'''
[notation]
indices = "i"
functions = { ReLU = "relu" }
[notation.symbols]
"z_{i}" = "z1[i-1]"
"h_{i}" = "a1[i-1]"
"v_{i}" = "W2[0, i-1]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the question's first hidden neuron: c = ax + b its sum, z its output; dz, dc and da the loss's gradients by z,
    # c and a (the article's d-names)
    "b37_xor": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"a" = "W1[0, 0]"
"b" = "b1[0]"
"c" = "z1[0]"
"z" = "a1[0]"
"dz" = "grad(a1[0])"
"dc" = "grad(z1[0])"
"da" = "grad(W1[0, 0])"
''',
    # the course's names: dZ2 = dJ/dZ2, dA2 = dJ/dA2, A2 layer 2's output; dZ^{[l]}, dA^{[l]}, Z^{[l]} layer l's;
    # g^{[l]} layer l's activation (ReLU, ReLU, sigmoid)
    "b37_dz2": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "relu", "g^{[2]}" = "relu", "g^{[3]}" = "sigmoid" }
[notation.symbols]
"dZ2" = "grad(z2[:])"
"dA2" = "grad(a2[:])"
"A2" = "a2[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"Z^{[l]}" = "z{l}[:]"
''',
    # the forum thread: the general dZ^{[l]} and the exercise's code for layer 2 (dZ, dA, A without their layer, as
    # the question quotes the code of the layer-2 step)
    "b37_c2w1": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "relu", "g^{[2]}" = "relu", "g^{[3]}" = "sigmoid" }
[notation.symbols]
"dZ^{[l]}" = "grad(z{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"Z^{[l]}" = "z{l}[:]"
"dZ" = "grad(z2[:])"
"dA" = "grad(a2[:])"
"A" = "a2[:]"
''',
    # everything2's letters (its HTML subscripts as _{...}): i the output node, j a hidden node (literal letters, the
    # formula's own index letters), in_i the output's weighted input, w_ji the weight from j to i, T the target;
    # AIMA's Delta is -dL/din
    "b37_e2": r'''
[notation]
indices = "n"
functions = { g = "sigmoid" }
[notation.symbols]
"in_{i}" = "z2[0]"
"a_{i}" = "a2[0]"
"a_{j}" = "a1[j]"
"w_{ji}" = "W2[0, j]"
"\\Delta_{i}" = "-grad(z2[0])"
"T" = "y[0]"
''',
    # Nemotron's copy writes the indices in brackets, Delta[i], in[i], w[ji]: the output node i first
    "b37_e2_output": r'''
[notation]
indices = "n"
functions = { g = "sigmoid" }
[notation.symbols]
"in[i]" = "z2[0]"
"a[i]" = "a2[0]"
"a[j]" = "a1[j]"
"w[ji]" = "W2[0, j]"
"\\Delta[i]" = "-grad(z2[0])"
"T" = "y[0]"
''',
    # ... and for the hidden units' rule, i a hidden node and k an output node, w[ik] the weight from i to k
    "b37_e2_hidden": r'''
[notation]
indices = "n"
functions = { g = "sigmoid" }
[notation.symbols]
"in[i]" = "z1[i]"
"\\Delta[i]" = "-grad(z1[i])"
"w[ik]" = "W2[k, i]"
"\\Delta[k]" = "-grad(z2[k])"
''',
    # AIMA's letters in the Cross Validated question: j a hidden node, k an output node (literal letters), in_j the
    # hidden node's weighted input, w_{j,k} the weight from j to k, w_{J_i,k} the weight from hidden node i to k (the
    # question's J_i), Delta = -dL/din
    "b37_aima": r'''
[notation]
indices = "n"
functions = { g = "sigmoid" }
[notation.symbols]
"\\Delta_{j}" = "-grad(z1[j])"
"\\Delta_{k}" = "-grad(z2[k])"
"in_{j}" = "z1[j]"
"w_{j,k}" = "W2[k, j]"
"w_{J_i,k}" = "W2[k, i]"
''',
    # the post's names: features the input vector, W1 neuron 1's weights (a vector: features dot W1), W2 neuron 2's
    # weight, y the prediction (= neuron2output)
    "b37_handwriting": r'''
[notation]
[notation.symbols]
"neuron1output" = "a1[0]"
"neuron2output" = "a2[0]"
"features" = "x[:]"
"W1" = "W1[0, :]"
"W2" = "W2[0, 0]"
"y" = "a2[0]"
''',
    # Demofox's names: Activation the sigmoid; x in sigma(x) the neuron's weighted input
    "b37_demofox": r'''
[notation]
functions = { Activation = "sigmoid" }
[notation.symbols]
"Output" = "a1[0]"
"Input0" = "x[0]"
"Input1" = "x[1]"
"Weight0" = "W1[0, 0]"
"Weight1" = "W1[0, 1]"
"Bias" = "b1[0]"
"x" = "z1[0]"
''',
    # Ng's logistic regression in the question: theta_j feature j's parameter (counted from 1), x^{(i)} sample i (one
    # sample, m = 1), h_theta the model, alpha the learning rate
    "b37_logreg": r'''
[notation]
indices = "j"
learning_rate = ["\\alpha"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{j}" = "W1[0, j-1]"
"x_{j}^{(i)}" = "x[j-1]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the question's softmax regression: theta^k class k's parameter vector, \hat p_k^i the softmax's probability of
    # class k for sample i, y_k^i the one-hot target, x^i the sample (one sample, m = 1), J the cost
    "b37_softmaxreg": r'''
[notation]
indices = "k"
loss = ["J"]
[notation.symbols]
"\\theta^{k}" = "W1[k-1, :]"
"\\hat{p}_{k}^{i}" = "a1[k-1]"
"y_{k}^{i}" = "t[k-1]"
"x^{i}" = "x[:]"
"m" = "1"
''',
    # the MSU notes' single neuron: z_1 = w_1 x + b_1, a_1 = sigma(z_1), C the squared error
    "b37_compphys_one": r'''
[notation]
loss = ["C"]
[notation.symbols]
"z_{1}" = "z1[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"a_{1}" = "a1[0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # the notes' nine parameters: ^{(2)} the output layer, w_i^{(2)} the weight from hidden unit i (counted from 1),
    # a_i^{(1)} hidden unit i's output, delta^{(2)} = dC/dz^{(2)}
    "b37_compphys_nine": r'''
[notation]
indices = "i"
loss = ["C"]
[notation.symbols]
"w_{i}^{(2)}" = "W2[0, i-1]"
"a_{i}^{(1)}" = "a1[i-1]"
"a^{(2)}" = "a2[0]"
"z^{(2)}" = "z2[0]"
"b^{(2)}" = "b2[0]"
"\\delta^{(2)}" = "grad(z2[0])"
''',
    # the week 41 notes: L the output layer (layer 2 here), a_j^L its outputs, z_j^L their sums, w_{jk}^L the weight
    # from hidden unit k to output j, a_k^{L-1} the hidden outputs, y_i the outputs and t_i the targets (counted from
    # 1), {\cal C}(\hat{W^L}) the cost
    "b37_compphys_41": r'''
[notation]
indices = "ijk"
loss = ["{\\cal C}"]
[notation.symbols]
"a_{j}^{L}" = "a2[j-1]"
"z_{j}^{L}" = "z2[j-1]"
"w_{jk}^{L}" = "W2[j-1, k-1]"
"a_{k}^{L-1}" = "a1[k-1]"
"y_{i}" = "a2[i-1]"
"t_{j}" = "y[j-1]"
"n" = "2"
''',
    # the question's long names: ALayerOutput the output, ZLayerOutput its sum, WeightOutput and BiasOutput its
    # parameters, ALayerHidden the hidden unit's output, netWeightsLayerOutput the weight in code; dA, dZ, dW the
    # gradients the question names; Cost the loss, learningRate the learning rate, m the number of samples (1)
    "b37_proxies": r'''
[notation]
loss = ["Cost"]
learning_rate = ["learningRate"]
[notation.symbols]
"ALayerOutput" = "a2[0]"
"ZLayerOutput" = "z2[0]"
"WeightOutput" = "W2[0, 0]"
"BiasOutput" = "b2[0]"
"ALayerHidden" = "a1[0]"
"netWeightsLayerOutput" = "W2[0, 0]"
"y" = "y[0]"
"m" = "1"
"dA" = "grad(a2[0])"
"dZ" = "grad(z2[0])"
"dW" = "grad(W2[0, 0])"
''',
    # the README's letters: z the node's output, p the expected output, w a weight (the first), E the error
    "b37_sparkery": r'''
[notation]
[notation.symbols]
"z" = "a1[0]"
"p" = "y[0]"
"w" = "W1[0, 0]"
''',
    # x the sigmoid's argument, the unit's weighted input
    "b37_sigmoid_unit": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # the answer's letters: a, b the weights, c the bias, x_1, x_2 the inputs, y the target, J the loss
    "b37_numcheck": r'''
[notation]
loss = ["J"]
[notation.symbols]
"a" = "W1[0, 0]"
"b" = "W1[0, 1]"
"c" = "b1[0]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"y" = "y[0]"
''',
}
