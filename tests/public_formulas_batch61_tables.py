"""The networks and notations of batch 61 of the held-out public formulas (tests/public_formulas_batch61.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b61_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Cross Validated 258709: logistic regression without a bias, s(w^T x_i), the negative log-likelihood of N
    # samples (one here); two features
    "b61_nll": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # Kshitiz's notebook: X (samples as rows, two features) -> ReLU hidden layer (2 units) -> one sigmoid output, the
    # binary cross-entropy (averaged over the two samples; one here), W1 (2x2) and W2 (2x1) input-first, lr 0.1
    "b61_kshitiz": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                           loss="binary_cross_entropy"),
    # math.techqa.club 3334432: outputs y_1, y_2 (their sums) and Out_{y_1}, Out_{y_2} (their sigmoids), targets T_1,
    # T_2, E_total = 1/2 (T_1 - Out_{y_1})^2 + 1/2 (T_2 - Out_{y_2})^2; a 2-2-2 sigmoid network here
    "b61_outy": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # qammunity 20032677: one sigmoid unit a = sigma(z) under the cross-entropy -[y ln(a) + (1 - y) ln(1 - a)]
    "b61_sigmoid_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nemotron's "Feed Forwarding": x -> net_1 = x w_1 + b -> h = sigma(net_1) -> net_2 = h w_2 + b -> y' =
    # sigma(net_2), L = 1/2 sum (y - y')^2. The page adds one b to both layers; a problem file gives each layer its
    # own bias, so b is layer 1's here and net_2's line is left out
    "b61_ff": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # AbdulRehman393's AI-LAB notebook: x = (0.10, 0.20), w1..w4 into H1, H2 with one bias b1 = 0.40, w5..w8 into y1,
    # y2 with one bias b2 = 0.65, sigmoid everywhere, targets T1 = 0.05, T2 = 0.95, E = sum 1/2 (T - y)^2, lr 0.3
    "b61_abdul": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.2, 0.25], [0.3, 0.35]]\nbiases = 0.4',
                              'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.45, 0.5], [0.55, 0.6]]\nbiases = 0.65',
                              loss="half_squared_error", extra=_data("[0.1, 0.2]", "[0.05, 0.95]", learning_rate=0.3)),
    # Saikiran2112's notebook: x1 = 0.2, x2 = 0.1; w1..w4 into h1, h2 with one bias b1 = 0.3, w5..w8 into o1, o2 with
    # one bias b2 = 0.5; sigmoid everywhere; the targets are named o1 = 0.09, o2 = 0.01; error = 1/2 sum (out - o)^2,
    # learning_rate 0.1
    "b61_saikiran": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                                 'weights = [[0.5, 0.3], [0.1, 0.4]]\nbiases = 0.3',
                                 'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                                 'weights = [[0.7, 0.2], [0.4, 0.8]]\nbiases = 0.5',
                                 loss="half_squared_error", extra=_data("[0.2, 0.1]", "[0.09, 0.01]", learning_rate=0.1)),
    # math.techqa.club 1428344: softmax regression (UFLDL), K classes with weight vectors theta^{(k)} and no bias, the
    # cross-entropy summed over m examples (one here); two features, three classes
    "b61_softreg": _layers('inputs = 2\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # math.techqa.club 3400818: y_hat = softmax(h U + b_2), J = CrossEntropy(y, y_hat); h a row (1 x 30; three
    # entries here, the network's inputs), U input-first (30 x 5; 3 x 3 here), one-hot y
    "b61_hu": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # askdatascience 901: Mazur's example, inputs 0.05 and 0.10, w1..w4 = 0.15, 0.20, 0.25, 0.30 with b1 = 0.35,
    # w5..w8 = 0.40, 0.45, 0.50, 0.55 with b2 = 0.60 (the usual biases; the question does not list them), targets
    # 0.01 and 0.99, alpha 0.5; sigmoid in both layers (as the solution, the question says the hidden layer)
    "b61_mazur": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                              'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                              'weights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = 0.6',
                              loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", learning_rate=0.5)),
    # tjmachinelearning's "Network 2": input x_0 -> hidden x_1 -> prediction x_2, E = 1/2 ||x_2 - y||^2; two inputs,
    # three sigmoid hidden units, two sigmoid outputs here
    "b61_tj": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # math.stackexchange 2526748 (Tariq Rashid's book): hidden outputs o_j -> w_{jk} -> one sigmoid output node k,
    # the error (t - sigmoid(sum_j w_jk o_j))^2 without a half; two sigmoid hidden units here
    # (corrected by the lead after the blind run: the page's output unit sums w_{jk} o_j with no bias, where the
    # collector's network gave it one; the book's right derivative was called wrong for it)
    "b61_rashid": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"',
                          loss="squared_error"),
    # Nemotron's "Calculating Error Gradient in a Neural Network": a linear unit y_o = w . y (y the input vector),
    # the delta rule with learning rate mu (the half squared error); three inputs, no bias
    "b61_linear": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # w the weight vector (W its capital in the asker's W^t), x_i sample i's feature vector (one sample), y and y_i its
    # label, s the sigmoid; NLL the loss; N and n the number of samples
    "b61_nll": r'''
[notation]
indices = "i"
loss = ["NLL"]
functions = { s = "sigmoid" }
[notation.symbols]
"w" = "W1[0, :]"
"W" = "W1[0, :]"
"x_{i}" = "x[:]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"N" = "1"
"n" = "1"
''',
    # the notebook's names: X a row of features, W1 and W2 input-first, b1 and b2, Z and A the sums and activations,
    # Y the label, dZ2, dW2, db2, dA1, dZ1, dW1, db1 the gradients (dW input-first too)
    "b61_kshitiz": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[0]"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:]"
"b2" = "b2[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:])"
''',
    # y_k the output sums, Out_{y_k} (also Out_{yk}) their sigmoids, T_k the targets, from 1; E_total (E_Total) the
    # error
    "b61_outy": r'''
[notation]
indices = "k"
loss = ["E_{\\text{Total}}", "E_{\\text{total}}"]
[notation.symbols]
"y_{k}" = "z2[k-1]"
"\\text{Out}_{y_{k}}" = "a2[k-1]"
"\\text{Out}_{yk}" = "a2[k-1]"
"T_{k}" = "y[k-1]"
''',
    # z the unit's sum, a its output, y the label
    "b61_sigmoid_unit": r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
    # x the input, w_1 and w_2 the two layers' weights, b layer 1's bias, net_1 and net_2 the sums, h the hidden
    # output, y' the prediction, y the target; L the loss
    "b61_ff": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"b" = "b1[0]"
"\\text{net}_{1}" = "z1[0]"
"\\text{net}_{2}" = "z2[0]"
"h" = "a1[0]"
"y'" = "a2[0]"
"y" = "y[0]"
''',
    # the notebook's names: x1, x2; w1..w8 (w1, w2 into H1; w3, w4 into H2; w5, w6 into y1; w7, w8 into y2); b1 and
    # b2 the layers' shared biases; H1_net, y1_net the sums; H1, y1 (and out['y1']) the outputs; T1, T2 the targets;
    # E1, E2 the outputs' halves of the error E_total; dE_dy1 = dE/dy1, dy1_dnet = y1 (1 - y1), delta1 = dE/dy1_net
    "b61_abdul": r'''
[notation]
learning_rate = ["lr"]
loss = ["E_total"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"b1" = "b1"
"b2" = "b2"
"H1_net" = "z1[0]"
"H2_net" = "z1[1]"
"H1" = "a1[0]"
"H2" = "a1[1]"
"y1_net" = "z2[0]"
"y2_net" = "z2[1]"
"y1" = "a2[0]"
"y2" = "a2[1]"
"out['y1']" = "a2[0]"
"out['y2']" = "a2[1]"
"T1" = "y[0]"
"T2" = "y[1]"
"E1" = "0.5*(y[0] - a2[0])**2"
"E2" = "0.5*(y[1] - a2[1])**2"
"dE_dy1" = "grad(a2[0])"
"dy1_dnet" = "a2[0]*(1 - a2[0])"
"delta1" = "grad(z2[0])"
''',
    # the notebook's names: weights["w1"]..weights["w8"] (w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7, w8 into
    # o2), biases["b1"], biases["b2"] the shared biases; h1_in, h1_out the hidden sums and outputs; o1_in, o1_out the
    # output's; o1, o2 the targets; error the loss; error_o1 = o1_out - o1; dE_dw5 ... the gradients, dE_dh1_out = dE/dh1
    "b61_saikiran": r'''
[notation]
loss = ["error"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"weights[\"w1\"]" = "W1[0, 0]"
"weights[\"w2\"]" = "W1[0, 1]"
"weights[\"w3\"]" = "W1[1, 0]"
"weights[\"w4\"]" = "W1[1, 1]"
"weights[\"w5\"]" = "W2[0, 0]"
"weights[\"w6\"]" = "W2[0, 1]"
"weights[\"w7\"]" = "W2[1, 0]"
"weights[\"w8\"]" = "W2[1, 1]"
"biases[\"b1\"]" = "b1"
"biases[\"b2\"]" = "b2"
"h1_in" = "z1[0]"
"h2_in" = "z1[1]"
"h1_out" = "a1[0]"
"h2_out" = "a1[1]"
"o1_in" = "z2[0]"
"o2_in" = "z2[1]"
"o1_out" = "a2[0]"
"o2_out" = "a2[1]"
"o1" = "y[0]"
"o2" = "y[1]"
"error_o1" = "a2[0] - y[0]"
"error_o2" = "a2[1] - y[1]"
"dE_dw5" = "grad(W2[0, 0])"
"dE_dw6" = "grad(W2[0, 1])"
"dE_dw7" = "grad(W2[1, 0])"
"dE_dw8" = "grad(W2[1, 1])"
"dE_dh1_out" = "grad(a1[0])"
"dE_dh2_out" = "grad(a1[1])"
''',
    # theta^{(k)} the weight vector of class k (from 1), x^{(i)} example i's features (one example), m the number of
    # examples, K the classes; J the cost. The page's indicator 1{y^{(i)} = k} and probability p(y^{(i)} = k | x^{(i)};
    # theta) are no base with scripts: the spec's patterns cannot name them
    "b61_softreg": r'''
[notation]
indices = "k"
loss = ["J"]
[notation.symbols]
"\\theta^{(k)}" = "W1[k-1, :]"
"x^{(i)}" = "x[:]"
"m" = "1"
"K" = "3"
''',
    # h the row of hidden values (the layer's inputs), U input-first, b_2 the bias, y_hat the softmax, y the one-hot
    # label; J (and CrossEntropy(y, y_hat)) the loss
    "b61_hu": r'''
[notation]
loss = ["J", "CrossEntropy"]
[notation.symbols]
"h" = "x[:]"
"U" = "W1[:, :].T"
"b_{2}" = "b1[:]"
"\\hat{y}" = "a1[:]"
"y" = "t[:]"
''',
    # S the sigmoid, alpha the learning rate, w any weight (the one --param names), w_new its new value and w_old
    # its value; target and output the targets and outputs; E and E_total the error
    "b61_mazur": r'''
[notation]
learning_rate = ["\\alpha"]
loss = ["E", "E_{\\text{total}}"]
functions = { S = "sigmoid" }
parameter = ["w"]
[notation.symbols]
"\\text{target}" = "y[:]"
"\\text{output}" = "a2[:]"
''',
    # x_0 the input, x_1 the hidden layer, x_2 the prediction, y the target; E the error
    "b61_tj": r'''
[notation]
[notation.symbols]
"x_{0}" = "x[:]"
"x_{1}" = "a1[:]"
"x_{2}" = "a2[:]"
"y" = "y[:]"
''',
    # t the target, o_j the hidden outputs (from 1), w_{jk} the weight from o_j to the output node k; \sigmoid the
    # page's own macro for the sigmoid
    "b61_rashid": r'''
[notation]
indices = "j"
functions = { "\\sigmoid" = "sigmoid" }
[notation.symbols]
"t" = "y[0]"
"o_{j}" = "a1[j-1]"
"w_{jk}" = "W2[0, j-1]"
''',
    # y_i the inputs (from 1) and y the input vector, w_i the weights and w their vector, y_o the output, t_o the
    # target, mu the learning rate, n the number of inputs
    "b61_linear": r'''
[notation]
indices = "i"
learning_rate = ["\\mu"]
[notation.symbols]
"y_{i}" = "x[i-1]"
"y" = "x[:]"
"w_{i}" = "W1[0, i-1]"
"w" = "W1[0, :]"
"y_{o}" = "a1[0]"
"t_{o}" = "y[0]"
"n" = "3"
''',
}
