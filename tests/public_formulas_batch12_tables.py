"""The networks and notations of batch 12 of the held-out public formulas (tests/public_formulas_batch12.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b12_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


NETWORKS = {
    # aiplaybookin's "Backpropagation in Excel": i1, i2 -> h1, h2 -> o1, o2, sigmoid, no biases, E_total = E1 + E2,
    # E = 1/2 (t - a_o)^2, t = (0.01, 0.99), i = (0.05, 0.1), eta = 0.5 (the weights are in a picture: here the
    # step-by-step example's 0.15 ... 0.55, which the Excel sheets of that course copy)
    "b12_excel": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                         'weights = [[0.15, 0.2], [0.25, 0.3]]',
                         'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.4, 0.45], [0.5, 0.55]]',
                         loss="half_squared_error",
                         extra="\n[data]\nx = [[0.05, 0.1]]\ny = [[0.01, 0.99]]\n\n[update]\nlearning_rate = 0.5\n"),
    # Schiendorfer's worked example: x1, x2 -> h1, h2 -> y1, y2, sigmoid, no biases, L = (y1 - t1)^2 + (y2 - t2)^2;
    # w11 = 6 (x1 -> h1), w21 = -2 (x2 -> h1), w12 = -3, w22 = 5; v11 = 1 (h1 -> y1), v21 = 0.25 (h2 -> y1), v12 = -2,
    # v22 = 2; the first training instance x = (3, 1), t = (1, 0); alpha = 0.5
    "b12_schiendorfer": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                                'weights = [[6.0, -2.0], [-3.0, 5.0]]',
                                'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.0, 0.25], [-2.0, 2.0]]',
                                loss="squared_error",
                                extra="\n[data]\nx = [[3.0, 1.0]]\ny = [[1.0, 0.0]]\n\n[update]\nlearning_rate = 0.5\n"),
    # math.techqa.club 3550977: yhat = sigmoid(z), z = Wx + b, Loss = (y - yhat)^2 (one sample, one input)
    "b12_sigmoid_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # ainiketan.in (the 1986 paper's walk-through): x1, x2 -> h (sigmoid) -> yhat (sigmoid), no biases,
    # w1 = 0.5, w2 = 0.3, w3 = 0.8, x = (1, 2), y = 1, eta = 0.1, L = (y - yhat)^2
    "b12_ainiketan": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, 0.3]]',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8]]',
                             loss="squared_error",
                             extra="\n[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # genai-learnning.vercel.app: x -> ReLU hidden layer -> one sigmoid output, L = 1/2 (yhat - y)^2
    "b12_genai": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                         loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    # Nemotron's "Training a Deep Neural Network": the step-by-step example's 2-2-2 network, one bias per layer
    "b12_mazur": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                         'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                         'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                         'biases = 0.6',
                         loss="half_squared_error",
                         extra="\n[data]\nx = [[0.05, 0.1]]\ny = [[0.01, 0.99]]\n\n[update]\nlearning_rate = 0.5\n"),
    # rexm2798's DigitRecognizer: A1 -> Z2 = W2 A1 + b2 -> A2 = softmax(Z2), ten classes, the cross-entropy
    "b12_digits": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 10\nactivation = "softmax"',
                          loss="cross_entropy"),
    # Varshitha-kommuri's ANN_MNIST: Z1 = W1 X + b1, A1 = tanh(Z1), Z2 = W2 A1 + b2, A2 = softmax(Z2), the
    # cross-entropy, one observation (m = 1), alpha the learning rate
    "b12_mnist_tanh": _layers('inputs = 3\nunits = 4\nactivation = "tanh"', 'units = 3\nactivation = "softmax"',
                              loss="cross_entropy", extra="\n[update]\nlearning_rate = 0.1\n"),
    # mikekawasaki.com: one ReLU neuron a = ReLU(w . x + b) of a layer of 3, target 0, MSE over the 3 neurons
    "b12_relu_layer": _layers('inputs = 4\nunits = 3\nactivation = "relu"', loss="mean_squared_error"),
    # hyerra.xyz: a predictor h(x, w) with two outputs, l(y, yhat) = ||yhat - y||_2^2
    "b12_regression": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "identity"',
                              loss="squared_error"),
    # "Why Machines Learn" (fliphtml5's copy): a network of three layers, e = y - yhat, L = e^2
    "b12_three_layers": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                                'units = 1\nactivation = "identity"', loss="squared_error"),
    # Nemotron's "tanh Backpropagation in Python": z = Wx + b, a = tanh(z), the mean squared error
    "b12_tanh_layer": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                              loss="half_squared_error"),
    # Nemotron's "Backpropagation Derivation": a single path, J = 1/2 sum (y - yhat)^2, sigmoid nodes
    "b12_single_path": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                               loss="half_squared_error"),
}

NOTATIONS = {
    # plain text as the README writes it: h the net input, a_h its activation, o and a_o the output's
    "b12_excel": r'''
[notation]
loss = ["E_total"]
[notation.symbols]
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
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"E1" = "(y[0] - a2[0])**2/2"
"E2" = "(y[1] - a2[1])**2/2"
''',
    # the post's Python: its names for values and for the gradients it computes
    "b12_schiendorfer_code": r'''
[notation]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w11" = "W1[0, 0]"
"w21" = "W1[0, 1]"
"w12" = "W1[1, 0]"
"w22" = "W1[1, 1]"
"v11" = "W2[0, 0]"
"v21" = "W2[0, 1]"
"v12" = "W2[1, 0]"
"v22" = "W2[1, 1]"
"h1_in" = "z1[0]"
"h2_in" = "z1[1]"
"h1_out" = "a1[0]"
"h2_out" = "a1[1]"
"y1_in" = "z2[0]"
"y2_in" = "z2[1]"
"y1_out" = "a2[0]"
"y2_out" = "a2[1]"
"e1" = "a2[0] - y[0]"
"e2" = "a2[1] - y[1]"
"grad_y1_out" = "grad(a2[0])"
"grad_y2_out" = "grad(a2[1])"
"grad_y1_in" = "grad(z2[0])"
"grad_y2_in" = "grad(z2[1])"
"grad_h1_out" = "grad(a1[0])"
"grad_h2_out" = "grad(a1[1])"
"grad_h1_in" = "grad(z1[0])"
"grad_h2_in" = "grad(z1[1])"
"grad_v11" = "grad(W2[0, 0])"
"grad_v21" = "grad(W2[0, 1])"
"grad_v12" = "grad(W2[1, 0])"
"grad_v22" = "grad(W2[1, 1])"
"grad_w11" = "grad(W1[0, 0])"
"grad_w21" = "grad(W1[0, 1])"
"grad_w12" = "grad(W1[1, 0])"
"grad_w22" = "grad(W1[1, 1])"
''',
    # the post's LaTeX: v_{i,j} joins hidden unit i to output j; y_j^{(in)} the output's net input
    "b12_schiendorfer_tex": r'''
[notation]
indices = "ij"
[notation.symbols]
"y_{j}" = "a2[j-1]"
"y_{j}^{(\\mathit{in})}" = "z2[j-1]"
"t_{j}" = "y[j-1]"
"e_{j}" = "a2[j-1] - y[j-1]"
"h_{i}" = "a1[i-1]"
"v_{i,j}" = "W2[j-1, i-1]"
"x_{i}" = "x[i-1]"
''',
    # the question's and the answer's letters: f and Loss the loss, X and x the one input
    "b12_techqa": r'''
[notation]
loss = ["f", "\\text{Loss}"]
[notation.symbols]
"W" = "W1[0, 0]"
"w" = "W1[0, 0]"
"x" = "x[0]"
"X" = "x[0]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # Unicode subscripts as the page prints them are the spec's subscripts: x₁ is x_{1}
    "b12_ainiketan": r'''
[notation]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W2[0, 0]"
"z_{h}" = "z1[0]"
"h" = "a1[0]"
"z_{out}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the page's symbols as it prints them: Unicode subscripts, code's indices after them
    "b12_genai": r'''
[notation]
indices = "ijk"
parameter = ["W"]
functions = { ReLU = "relu" }
[notation.symbols]
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"z₂" = "z2[0]"
"z₂[i]" = "z2[i]"
"a₁[j]" = "a1[j]"
"z₁[j]" = "z1[j]"
"W₂[i][j]" = "W2[i, j]"
"W₁[j][k]" = "W1[j, k]"
"x[k]" = "x[k]"
''',
    # \text{net}_{h1} as the step-by-step example writes it; target and output the output layer's vectors
    "b12_training": r'''
[notation]
indices = "k"
[notation.symbols]
"\\text{net}_{h1}" = "z1[0]"
"\\text{net}_{h2}" = "z1[1]"
"\\text{target}_{k}" = "y[k-1]"
"\\text{output}_{k}" = "a2[k-1]"
''',
    # the README's names with their digits (the cs231n style "W2_{ij}"), classes counted from 1
    "b12_digits": r'''
[notation]
indices = "ijk"
[notation.symbols]
"Z2_{j}" = "z2[j-1]"
"A2_{j}" = "a2[j-1]"
"Y_{j}" = "t[j-1]"
"A1_{k}" = "a1[k-1]"
"W2_{jk}" = "W2[j-1, k-1]"
"b2_{j}" = "b2[j-1]"
"dZ2_{j}" = "grad(z2[j-1])"
''',
    # the README's pseudo-code: whole matrices, f the tanh, alpha the learning rate, der_cost_* the gradients
    "b12_mnist_tanh": r'''
[notation]
indices = "jk"
learning_rate = ["alpha"]
loss = ["loss", "cost"]
functions = { f = "tanh", f1 = "tanh" }
[notation.symbols]
"X_{k}" = "x[k]"
"Y_{j}" = "t[j]"
"W1_{jk}" = "W1[j, k]"
"b1_{j}" = "b1[j]"
"W2_{jk}" = "W2[j, k]"
"b2_{j}" = "b2[j]"
"Z1_{j}" = "z1[j]"
"A1_{j}" = "a1[j]"
"Z2_{j}" = "z2[j]"
"A2_{j}" = "a2[j]"
"dZ2_{j}" = "grad(z2[j])"
"dZ1_{j}" = "grad(z1[j])"
"dW1_{jk}" = "grad(W1[j, k])"
"db1_{j}" = "grad(b1[j])"
"dW2_{jk}" = "grad(W2[j, k])"
"db2_{j}" = "grad(b2[j])"
"der_cost_W1_{jk}" = "grad(W1[j, k])"
"der_cost_b1_{j}" = "grad(b1[j])"
"der_cost_W2_{jk}" = "grad(W2[j, k])"
"der_cost_b2_{j}" = "grad(b2[j])"
"y_{k}" = "t[k-1]"
"a_{k}" = "a2[k-1]"
''',
    # the page's flattened fractions: w11 the weight from input 1 to neuron 1, a the neuron's output
    "b12_kawasaki": r'''
[notation]
loss = ["Loss"]
functions = { ReLU = "relu" }
[notation.symbols]
"w11" = "W1[0, 0]"
"x1" = "x[0]"
"a" = "a1[0]"
"z" = "z1[0]"
"Target" = "y[0]"
''',
    "b12_hyerra": r'''
[notation]
indices = "j"
loss = ["l"]
[notation.symbols]
"\\hat{y}_{j}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
''',
    "b12_wml": r'''
[notation]
[notation.symbols]
"e" = "y[0] - a3[0]"
"yhat" = "a3[0]"
"y" = "y[0]"
''',
    "b12_tanh_layer": r'''
[notation]
indices = "jk"
[notation.symbols]
"W_{jk}" = "W1[j-1, k-1]"
"x_{k}" = "x[k-1]"
"b_{j}" = "b1[j-1]"
"z_{j}" = "z1[j-1]"
"a_{j}" = "a1[j-1]"
''',
    "b12_single_path": r'''
[notation]
loss = ["J"]
[notation.symbols]
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
}
