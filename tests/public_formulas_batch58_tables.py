"""The networks and notations of batch 58 of the held-out public formulas (tests/public_formulas_batch58.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b58_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # FuatKarakaya's backpropagation notes: layer l -> layer i -> layer j, u = sum theta o (no bias), o = sigma(u),
    # Err = (y - y_hat)^2 for one output; two inputs and two hidden units here
    "b58_fuat": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                        'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # FuatKarakaya's softmax notes: x_0 = 1 (the bias trick), x_1 ... x_d, K = 3 classes, u_k = theta_k0 + sum
    # theta_kj x_j, softmax; d = 3 here, the cross-entropy of one-hot labels
    "b58_fuatsm": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # DataCamp's slope exercises (pace-noge's copies): preds = (weights * input_data).sum(), a linear unit with no
    # bias, the squared error; the course's input_data = [1, 2, 3], weights = [0, 2, 1], target 0, learning_rate
    # 0.01
    "b58_dc": problem_text('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.0, 2.0, 1.0]]',
                           loss="squared_error", extra=_data("[1.0, 2.0, 3.0]", "[0.0]", learning_rate=0.01)),
    # vishwagw's forward_propogation.py: z1 = w1 x, sigmoid, z2 = w2 a1, sigmoid, no biases; dz2 = a2 - y is the
    # binary cross-entropy's; two inputs, two hidden units, m = 1 example
    "b58_vish": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                        'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # dominicsalinger's perceptron notes: one input and its weight, error = target - output; judged on a linear
    # unit with the half squared error (the rule is the delta rule's), learning_rate 0.1
    "b58_dom": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # wtlin1228's answer.py (Udacity's exercise): x @ weights_input_hidden (features x hidden), sigmoid hidden units,
    # sigmoid output, no biases, error = y - output (the half squared error's -dL/da); three features here
    "b58_udacity": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the stored "Working on this..." note: Ng's L-layer net, tanh below the output, a sigmoid output, the
    # cross-entropy averaged over m examples (one here); two inputs, three hidden units
    "b58_ngl": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # komal-SkyNET's gradient-visualization README: Z1 = w1 s1, Z2 = w2 s2, Zp = Z1 + Z2, E = |d - sigmoid(Zp)|^2,
    # no bias; its updates subtract 2 * dE/dw: learning_rate 2
    "b58_komal": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                              loss="squared_error", extra="\n[update]\nlearning_rate = 2.0\n"),
    # snowch's edge-detection tutorial: x (row) @ W1 + b1, ReLU, @ W2 + b2, softmax, the cross-entropy; 25 -> 8 -> 2
    # on the page, 3 -> 2 -> 2 here; learning_rate 0.1
    "b58_snow": _layers('inputs = 3\nunits = 2\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                        loss="cross_entropy"),
    # the stored activations-and-losses file: Tanh's derivative and MeanSquareError's, np.mean((yPred - y)**2) of
    # one output, on one tanh unit fed two inputs
    "b58_cls": _layers('inputs = 2\nunits = 1\nactivation = "tanh"', loss="mean_squared_error"),
    # the same file's CrossEntropy, -np.mean(y log yPred + (1 - y) log(1 - yPred)), of one sigmoid unit
    "b58_cls_bce": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the tutorial's worked loss: logits z = [2.5, 0.5] (one softmax layer fed x = 1 here), label Edge = [1, 0]
    "b58_snow1": problem_text('inputs = 1\nunits = 2\nactivation = "softmax"\nbias = "none"\nweights = [[2.5], [0.5]]',
                              loss="cross_entropy", extra=_data("[1.0]", "[1.0, 0.0]")),
}

NOTATIONS = {
    # FuatKarakaya's letters: the index letter names the layer (l the inputs, i the hidden layer, j and k the
    # output); o_l the inputs, u_i and o_i the hidden units' sums and outputs, u_k the output's sum, y_hat the
    # output; theta_{il} joins input l to hidden unit i, theta_{ji} hidden unit i to the output; delta the
    # derivative of Err by a unit's sum; y^{(i)} and y_hat^{(i)} example i's (one example); numbered from 1
    "b58_fuat": r'''
[notation]
indices = "il"
loss = ["Err"]
[notation.symbols]
"o_{l}" = "x[l-1]"
"u_{i}" = "z1[i-1]"
"o_{i}" = "a1[i-1]"
"u_{k}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"y^{(i)}" = "y[0]"
"\\hat{y}^{(i)}" = "a2[0]"
"\\theta_{il}" = "W1[i-1, l-1]"
"\\theta_{ji}" = "W2[0, i-1]"
"\\delta_{i}" = "delta1[i-1]"
"\\delta_{j}" = "delta2[0]"
"\\delta_{k}" = "delta2[0]"
''',
    # FuatKarakaya's softmax letters: x_0 = 1, x_1 ... x_d the features (d = 3), theta_{k0} class k's bias,
    # theta_{kj} its weight of feature j, u_k its score, y_hat_k its probability, K = 3 classes; from 1
    "b58_fuatsm": r'''
[notation]
indices = "jk"
[notation.symbols]
"x_{0}" = "1"
"x_{j}" = "x[j-1]"
"x_{d}" = "x[2]"
"\\theta_{k0}" = "b1[k-1]"
"\\theta_{kj}" = "W1[k-1, j-1]"
"\\theta_{kd}" = "W1[k-1, 2]"
"u_{k}" = "z1[k-1]"
"\\hat{y}_{k}" = "a1[k-1]"
"K" = "3"
"d" = "3"
''',
    # the exercise's names (DataCamp's first file): error = target - preds, slope the loss's derivative by the
    # weights (the docstring's "the slope of the loss function")
    "b58_dc05": r'''
[notation]
[notation.symbols]
"input_data" = "x[:]"
"weights" = "W1[0, :]"
"target" = "y[0]"
"preds" = "a1[0]"
"error" = "y[0] - a1[0]"
"slope" = "grad(W1[0, :])"
''',
    # the second file's names: error = preds - target there; weights_updated the new weights
    "b58_dc06": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"input_data" = "x[:]"
"weights" = "W1[0, :]"
"weights_updated" = "new(W1[0, :])"
"target" = "y[0]"
"preds" = "a1[0]"
"error" = "a1[0] - y[0]"
"slope" = "grad(W1[0, :])"
''',
    # the script's names, Ng's columns: x the input, w1 and w2 the weights (units x inputs), z1, a1, z2, a2, y;
    # dz2, dw2, dz1, dw1 the derivatives of the loss; m examples (one); total_input the input matrix
    "b58_vish": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"total_input" = "x[:]"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[:]"
"a2" = "a2[:]"
"y" = "y[:]"
"m" = "1"
"dz2" = "grad(z2[:])"
"dw2" = "grad(W2[:, :])"
"dz1" = "grad(z1[:])"
"dw1" = "grad(W1[:, :])"
''',
    # the notes' words: input, weight, error = target - output, learning_rate. "∆weight" (the step, ∆ U+2206
    # before a word) and "new weight" (two words, the weight after the step) are no symbols under the spec's
    # grammar: the patterns first written for them were refused by the loader and taken out before any formula
    # was judged
    "b58_dom": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"input" = "x[0]"
"weight" = "W1[0, 0]"
"error" = "y[0] - a1[0]"
''',
    # the exercise's names: x the features (a row), y the target, weights_input_hidden (features x hidden, the
    # transpose of symbols.md's W1), weights_hidden_output (one weight per hidden unit); error = y - output;
    # output_error_term and hidden_error_term -dL/dz; hidden_error -dL/d(hidden_output)
    "b58_udacity": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[0, :]"
"hidden_input" = "z1[:]"
"hidden_output" = "a1[:]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-delta2[0]"
"hidden_error" = "-delta2[0]*W2[0, :]"
"hidden_error_term" = "-delta1[:]"
''',
    # Ng's names: Z^{[l]}, A^{[l]} (A^{[0]} the input), W^{[l]}, b^{[l]}; dZ, dW, db, dA the derivatives of the
    # cost J; Y and y^{(i)} the label, A^{[L](i)} example i's output; m examples (one)
    "b58_ngl": r'''
[notation]
indices = "l"
loss = ["J"]
[notation.symbols]
"A^{[0]}" = "x[:]"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"Y" = "y[:]"
"y^{(i)}" = "y[0]"
"A^{[L](i)}" = "a2[0]"
"m" = "1"
''',
    # the README's names: s1, s2 the inputs, w1, w2 their weights, Z1 and Z2 the products, Zp the sum, d the
    # desired output, E the error; w the first weight (the rule is written for any)
    "b58_komal": r'''
[notation]
loss = ["E"]
[notation.symbols]
"s1" = "x[0]"
"s2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w" = "W1[0, 0]"
"Z1" = "W1[0, 0]*x[0]"
"Z2" = "W1[0, 1]*x[1]"
"Zp" = "z1[0]"
"d" = "y[0]"
''',
    # the tutorial's rows: x (1 x inputs), W_1 and W_2 (inputs x outputs, the transposes of symbols.md's), b,
    # z_1 and h the hidden sums and ReLU outputs, z_2 the logits, p the probabilities, y the one-hot label; z_j and
    # p_j class j's (from 0, "j=0 for Edge"); alpha and lr the learning rate; the code's dL_d... names the
    # derivatives their names say
    "b58_snow": r'''
[notation]
indices = "j"
learning_rate = ["\\alpha", "lr", "learning_rate"]
[notation.symbols]
"z_{j}" = "z2[j]"
"p_{j}" = "a2[j]"
"\\mathbf{x}" = "x[:].T"
"\\mathbf{h}" = "a1[:].T"
"\\mathbf{z}_1" = "z1[:].T"
"\\mathbf{z}_2" = "z2[:].T"
"\\mathbf{p}" = "a2[:].T"
"\\mathbf{y}" = "y[:].T"
"\\mathbf{b}_1" = "b1[:].T"
"\\mathbf{b}_2" = "b2[:].T"
"W_1" = "W1[:, :].T"
"W_2" = "W2[:, :].T"
"x" = "x[:].T"
"y" = "y[:].T"
"p" = "a2[:].T"
"h1" = "a1[:].T"
"z1" = "z1[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"dL_dz2" = "delta2[:].T"
"dL_dz1" = "delta1[:].T"
"dL_dh1" = "(delta2[:] @ W2[:, :]).T"
"dL_dW1" = "grad(W1[:, :]).T"
"dL_dW2" = "grad(W2[:, :]).T"
''',
}
NOTATIONS["b58_snow1"] = NOTATIONS["b58_snow"]
# the stored file's names: x the argument of an activation (the unit's sum), yPred the prediction, y the label
NOTATIONS["b58_cls"] = r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"yPred" = "a1[0]"
"y" = "y[0]"
'''
