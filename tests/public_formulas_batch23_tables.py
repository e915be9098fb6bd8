"""The networks and notations of batch 23 of the held-out public formulas (tests/public_formulas_batch23.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b23_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # alibabacloud's notes on Rumelhart, Hinton and Williams: x_j = sum_i y_i w_ji, y_j = 1/(1 + e^-x_j) (bias
    # ignored), E = 1/2 sum_c sum_j (y_jc - d_jc)^2, the cases' losses summed (c a sample index: the reduction is
    # "sum"; written after the blind run, see the batch's docstring); unit i in the layer below unit j
    "b23_rumelhart": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                             'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                             extra='\n[update]\nlearning_rate = 0.1\nreduction = "sum"\n'),
    # shubhamjain's "Backprop Implementation": one ReLU hidden layer (output z1), a softmax output (z2, the
    # prediction p), the cross-entropy J
    "b23_shubham": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                           loss="cross_entropy"),
    # the Artificial Intelligence Stack Exchange question (Nemotron's copy): x -> (w_1) -> h -> (w_2) -> y', sigmoid
    # units, L = 1/2 sum (y - y')^2 (the question gives both layers one b; each its own bias here)
    "b23_middle": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # the network its proposed equation names: h_1 -> o_1 by w_5, h_1 -> o_2 by w_7, as in the 2-2-2 worked
    # example it is numbered after (w_1 joins the first input to h_1)
    "b23_middle2": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # "Backpropagation in Neural Networks" (Nemotron's copy of the notebook): input [0.1, 0.2, 0.7], W_ij written
    # input-first (row i), biases 1.0 (the example's b_j), ReLU, then sigmoid (W_jk), then W_kl, target
    # [1.0, 0.0, 0.0]; the later layers' biases are not in the lines taken (1.0 here) and layer 3's activation
    # neither (softmax, for the one-hot target)
    "b23_matrix": _layers('inputs = 3\nunits = 3\nactivation = "relu"\nweights_layout = "inputs x units"\n'
                          'weights = [[0.1, 0.2, 0.3], [0.3, 0.2, 0.7], [0.4, 0.3, 0.9]]\nbiases = [1.0, 1.0, 1.0]',
                          'units = 3\nactivation = "sigmoid"\nweights_layout = "inputs x units"\n'
                          'weights = [[0.2, 0.3, 0.5], [0.3, 0.5, 0.7], [0.6, 0.4, 0.8]]\nbiases = [1.0, 1.0, 1.0]',
                          'units = 3\nactivation = "softmax"\nweights_layout = "inputs x units"\n'
                          'weights = [[0.1, 0.4, 0.8], [0.3, 0.7, 0.2], [0.5, 0.2, 0.9]]\nbiases = [1.0, 1.0, 1.0]',
                          loss="cross_entropy",
                          extra="\n[data]\nx = [[0.1, 0.2, 0.7]]\ny = [[1.0, 0.0, 0.0]]\n\n[update]\n"
                                "learning_rate = 0.1\n"),
    # Khanal's "Math behind Backpropagation in Neural Networks": a hidden layer with any g (tanh here), a sigmoid
    # output, J = -Y log A - (1 - Y) log(1 - A) for one example
    "b23_khanal": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # the Data Science Stack Exchange question "Backpropagation" (Nemotron's copy) and the course Q&A "Why do we
    # start from dZ^[2]": the deep-learning course's two-layer network, tanh hidden units, a sigmoid output, the
    # log loss, one example
    "b23_ng": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # the deeplearning.ai forum's Python: z_2 = x_mat W_1, a_2 = sigmoid(z_2), z_3 = a_2 W_2, y_pred = sigmoid(z_3),
    # the log loss; no biases
    "b23_forum_code": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                              'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # primelearnpoint's "Backpropagation Solved Step by Step": x = (0.35, 0.7), w_{1,1} = 0.2 (x_1 -> h_1),
    # w_{2,1} = 0.2 (x_2 -> h_1), w_{1,2} = 0.3 (x_1 -> h_2), w_{2,2} = 0.3 (x_2 -> h_2), w_{1,3} = 0.3 (h_1 -> o_3),
    # w_{2,3} = 0.9 (h_2 -> o_3), no biases, sigmoid everywhere, y = 1.0, L = 1/2 (y - yhat)^2 (its table's "MSE")
    "b23_prime": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                         'weights = [[0.2, 0.2], [0.3, 0.3]]',
                         'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.9]]',
                         loss="half_squared_error",
                         extra="\n[data]\nx = [[0.35, 0.7]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # littlebitai's linear model y^ = w x, Loss = (y^ - y)^2
    "b23_littlebit": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
}

NOTATIONS = {
    # unit j above unit i, at any layer (here j the output layer, i the hidden one, the page's roles fixed by
    # its letters); e is E in the derivatives; the page's machine translation capitalises some of them (Y_j, X_j,
    # W_ji, Y_{j,c}) and the notation names both spellings, as a teacher reading the page would; c the case
    "b23_rumelhart": r'''
[notation]
indices = "n"
loss = ["E", "e"]
[notation.symbols]
"x_{j}" = "z2[j]"
"X_{j}" = "z2[j]"
"y_{j}" = "a2[j]"
"Y_{j}" = "a2[j]"
"y_{i}" = "a1[i]"
"w_{ji}" = "W2[j, i]"
"W_{ji}" = "W2[j, i]"
"d_{j}" = "y[j]"
"Y_{j,c}" = "a2[j]"
"y_{j,c}" = "a2[j]"
"d_{j,c}" = "y[j]"
''',
    # Z_1 the hidden layer's output and Z_2 the output layer's (the prediction p, after the softmax), f_1 and f_2
    # their activations, X the input, m the number of examples (one)
    "b23_shubham": r'''
[notation]
loss = ["J"]
functions = { "f_{1}" = "relu", "f_{2}" = "softmax" }
[notation.symbols]
"Z_{1}" = "a1[:]"
"z_{1}" = "a1[:]"
"Z_{2}" = "a2[:]"
"z_{2}" = "a2[:]"
"p" = "a2[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"X" = "x[:]"
"y" = "y[:]"
"m" = "1"
''',
    # w_1 and w_2 the two weights (w_i the weight of layer i, in the update), h the hidden unit, y' the output,
    # w_i^{t+1} the weight after the step
    "b23_middle": r'''
[notation]
indices = "i"
[notation.symbols]
"x" = "x[0]"
"h" = "a1[0]"
"y'" = "a2[0]"
"y" = "y[0]"
"w_{i}" = "W{i}[0, 0]"
"w_{i}^{t}" = "W{i}[0, 0]"
"w_{i}^{t+1}" = "new(W{i}[0, 0])"
''',
    "b23_middle2": r'''
[notation]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{5}" = "W2[0, 0]"
"w_{7}" = "W2[1, 0]"
"h_{1}" = "a1[0]"
"o_{1}" = "a2[0]"
"o_{2}" = "a2[1]"
''',
    # i_1 ... i_3 the inputs, W_{i1j1} joins input 1 to hidden unit 1 (W_{jmkp} the next layer's), b_{j1} the
    # hidden biases, h1_{in1} and h1_{out1} hidden unit 1's sum and output (h2_ the next layer's), counted from 1
    "b23_matrix": r'''
[notation]
indices = "mp"
[notation.symbols]
"i_{m}" = "x[m-1]"
"W_{imjp}" = "W1[p-1, m-1]"
"W_{jmkp}" = "W2[p-1, m-1]"
"b_{jp}" = "b1[p-1]"
"b_{kp}" = "b2[p-1]"
"h1_{inp}" = "z1[p-1]"
"h1_{outp}" = "a1[p-1]"
"h2_{inp}" = "z2[p-1]"
"h2_{outp}" = "a2[p-1]"
''',
    # the course's letters, layers in brackets, units counted from 1; Z without its layer the output layer's
    "b23_khanal": r'''
[notation]
indices = "jkl"
loss = ["J"]
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"Z_{j}^{[l]}" = "z{l}[j-1]"
"A_{j}^{[l]}" = "a{l}[j-1]"
"W_{jk}^{[l]}" = "W{l}[j-1, k-1]"
"b_{j}^{[l]}" = "b{l}[j-1]"
"X_{k}" = "x[k-1]"
"Y" = "y[0]"
''',
    # the course's letters (the Data Science Stack Exchange question and the course Q&A write the same course's
    # network): a, z the output unit's; dZ, dW, db, dA the course's derivatives of the loss; m the
    # number of examples (one); g^{[L-1]} the hidden layer's activation, as the page writes it
    "b23_ng": r'''
[notation]
indices = "jkl"
functions = { "g^{[L-1]}" = "tanh", "g^{[1]}" = "tanh" }
[notation.symbols]
"Z_{j}^{[l]}" = "z{l}[j-1]"
"A_{j}^{[l]}" = "a{l}[j-1]"
"W_{jk}^{[l]}" = "W{l}[j-1, k-1]"
"b_{j}^{[l]}" = "b{l}[j-1]"
"dZ_{j}^{[l]}" = "delta{l}[j-1]"
"dW_{jk}^{[l]}" = "grad(W{l}[j-1, k-1])"
"db_{j}^{[l]}" = "grad(b{l}[j-1])"
"dA_{j}^{[l]}" = "grad(a{l}[j-1])"
"X_{k}" = "x[k-1]"
"Y" = "y[0]"
"a" = "a2[0]"
"z" = "z2[0]"
"y" = "y[0]"
"m" = "1"
''',
    # the forum's Python names: z_2, a_2 the hidden layer, z_3 and y_pred the output, J_z_3_grad dJ/dz_3
    "b23_forum_code": r'''
[notation]
[notation.symbols]
"z_2" = "z1[:]"
"a_2" = "a1[:]"
"z_3" = "z2[0]"
"y_pred" = "a2[0]"
"y" = "y[0]"
"J_z_3_grad" = "delta2[0]"
''',
    # the page's plain names as it writes them: z_h1, a_h1 hidden unit 1's sum and output, z_o3 the output unit's
    # sum, ŷ its output
    "b23_prime": r'''
[notation]
[notation.symbols]
"z_h1" = "z1[0]"
"z_h2" = "z1[1]"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"z_o3" = "z2[0]"
"ŷ" = "a2[0]"
"y" = "y[0]"
''',
    # y^ the prediction (the page's ŷ, its hat printed after the letter), w the weight, Loss the loss
    "b23_littlebit": r'''
[notation]
loss = ["Loss"]
[notation.symbols]
"y^" = "a1[0]"
"w" = "W1[0, 0]"
"x" = "x[0]"
"y" = "y[0]"
''',
}
