"""The networks and notations of batch 21 of the held-out public formulas (tests/public_formulas_batch21.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b21_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # PostNetwork's "Understanding Neural Networks: Softmax, Cross-Entropy, and Backpropagation": x = (1, 2, -1),
    # two sigmoid hidden units z^(1) = w1 x1 + w2 x2 + w3 x3 + b^(1), z^(2) = w4 x1 + w5 x2 + w6 x3 + b^(1) (one
    # bias 0.5 for the layer, written here as 0.5 for each unit), two softmax outputs z^(3) = w7 a^(1) + w9 a^(2) +
    # b^(2), z^(4) = w8 a^(1) + w10 a^(2) + b^(2) (as its step 3 computes them), y = [1, 0], the cross-entropy; no
    # learning rate given (0.1)
    "b21_pn": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, -0.3, 0.4], [-0.5, 0.1, 0.2]]\n'
                      'biases = [0.5, 0.5]',
                      'units = 2\nactivation = "softmax"\nweights = [[0.3, 0.4], [-0.1, 0.2]]\nbiases = [0.1, 0.1]',
                      loss="cross_entropy", extra=_data("[1.0, 2.0, -1.0]", "[1.0, 0.0]")),
    # Nemotron's "Weight Training Calculations" and "Example of Weight Training Calculations" (Colton's lecture notes
    # rewritten): input units I_i -> sigmoid hidden units H_j -> sigmoid output units O_k, the error 1/2 sum (t - o)^2
    # (Mitchell's chapter 4, which the notes cite); two of each, no biases
    "b21_wtc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # imathworks' copy of the Cross Validated question: L = -1/N sum_i y_i log sigma(x . w) + (1 - y_i) log(1 -
    # sigma(x . w)), no bias, n features (three here), N = 1 sample
    "b21_imath": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # Cross Validated 167807 (Nielsen's cross-entropy): one sigmoid neuron z = WX + b, the cross-entropy C over n
    # samples (one here), two features
    "b21_cv": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # jeffsirocki's Chain Rule Trainer's rulebook: a tanh node and a relu node of a computation graph, x the node's
    # input (a unit's pre-activation here); a loss is needed for a problem file, the rules taken do not use it
    "b21_jeff_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    "b21_jeff_relu": _layers('inputs = 1\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    # sausheong/gonn issue 8: the sigmoid's derivative at its input x (a sigmoid unit's pre-activation here)
    "b21_gonn": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # bighuang624's issue 10 on the deep-learning course's gradient-checking assignment: X (4 features) -> LINEAR ->
    # RELU (5) -> LINEAR -> RELU (3) -> LINEAR -> SIGMOID (1), the logistic cost averaged over m examples (one here)
    "b21_gc": _layers('inputs = 4\nunits = 5\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                      'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # DeepLearnToolbox issue 165 (nnbp.m): a network of n = 3 layers (input, one sigmoid hidden layer, sigmoid
    # output; the toolbox's bias columns as biases), nn.e = y - a{n}, nn.L = 1/2 sum e^2 / m (m = 1)
    "b21_dlt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # enesozeren's issue 1 (an L-layer network, machine_learning_from_scratch): two layers here, RELU then a sigmoid
    # output, the logistic cost
    "b21_enes": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                        loss="binary_cross_entropy"),
    # the zingnex thread on a from-scratch Python network: softmax outputs with the cross-entropy over N samples
    # (one here), three classes, two features
    "b21_zing": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # 1cademy's node (Jurafsky and Martin's chapter 7): one sigmoid output unit sigma(w . x + b), L_CE the
    # cross-entropy, two features
    "b21_1cad": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the Stack Overflow question copied on coderapp ("Neural network: How to calculate the error for a unit", an
    # exam's question 26): sigmoid output units whose outputs the question gives, z = (0.83, 0.26, 0.56), targets t =
    # (0.58, 0.70, 0.20); modelled as a sigmoid layer with identity weights on inputs x = logit(z), so that its
    # outputs are the question's; E = 1/2 sum (t - z)^2
    "b21_so": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                      'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]', loss="half_squared_error",
                      extra=_data("[1.5856272637403817, -1.0459685551826876, 0.24116205681688824]", "[0.58, 0.70, 0.20]")),
    # Nemotron's "EE 4210 Solution to Tutorial 4 Backpropagation": X = (0, 1) and a bias input -1, sigmoid units,
    # v_H1 = [-0.5, 0.1, -0.6], v_H2 = [-0.4, 0.2, 0.3], v_Y1 = [0.6, -0.7, -0.8] (the last weight on the -1 input:
    # biases 0.6, -0.3 and 0.8 here), d = 0.9, eta = 0.7, E = 1/2 (d - y)^2
    "b21_ee": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[-0.5, 0.1], [-0.4, 0.2]]\n'
                      'biases = [0.6, -0.3]',
                      'units = 1\nactivation = "sigmoid"\nweights = [[0.6, -0.7]]\nbiases = [0.8]',
                      loss="half_squared_error", extra=_data("[0.0, 1.0]", "[0.9]", 0.7)),
}

NOTATIONS = {
    # x_i the inputs, w_1 ... w_6 the hidden weights and w_7 ... w_10 the output weights as the page's step 3
    # uses them (w_8 and w_10 into z^(4)), z^(1) ... z^(4) and a^(1), a^(2) the units (a superscript that counts
    # units, not layers), \hat{y}_i the softmax outputs, y_i the one-hot target
    "b21_pn": r'''
[notation]
indices = "i"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[0, 2]"
"w_{4}" = "W1[1, 0]"
"w_{5}" = "W1[1, 1]"
"w_{6}" = "W1[1, 2]"
"w_{7}" = "W2[0, 0]"
"w_{8}" = "W2[1, 0]"
"w_{9}" = "W2[0, 1]"
"w_{10}" = "W2[1, 1]"
"b^{(1)}" = "b1[0]"
"b^{(2)}" = "b2[0]"
"z^{(1)}" = "z1[0]"
"z^{(2)}" = "z1[1]"
"z^{(3)}" = "z2[0]"
"z^{(4)}" = "z2[1]"
"a^{(1)}" = "a1[0]"
"a^{(2)}" = "a1[1]"
"\\hat{y}_{i}" = "a2[i-1]"
"y_{i}" = "y[i-1]"
''',
    # "Weight Training Calculations": O_k an output unit, o_k its output, t_k its target, delta_k = (t_k - o_k) ...
    # its error term (-dE/dz); the letters have fixed roles (literal, as docs/notation.md advises)
    "b21_wtc_out": r'''
[notation]
indices = "n"
[notation.symbols]
"\\delta_{k}" = "-delta2[k]"
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
''',
    # its hidden-unit rule, where the letters change roles: H_k a hidden unit (h_k its output, delta_k its error
    # term), j the output units (delta_j theirs), w_{jk} the weight joining hidden unit k to output unit j. One
    # notation cannot give delta_k both meanings: the page's two formulas have a notation each
    "b21_wtc_hidden": r'''
[notation]
indices = "n"
[notation.symbols]
"\\delta_{j}" = "-delta2[j]"
"\\delta_{k}" = "-delta1[k]"
"w_{jk}" = "W2[j, k]"
"h_{k}" = "a1[k]"
''',
    # "Example of Weight Training Calculations": w[ij] the weight between input unit I_i and hidden unit H[j], x[i]
    # the input, \Delta H[j] the hidden unit's error value (-dE/dz), \Delta w[ij] the weight's change
    "b21_ewtc_in": r'''
[notation]
indices = "n"
[notation.symbols]
"\\Delta w[ij]" = "-eta*delta1[j]*x[i]"
"x[i]" = "x[i]"
"\\Delta H[j]" = "-delta1[j]"
''',
    # its second rule: w[ij] now between hidden unit H_i and output unit O[j], h[i] the hidden output, \Delta O[j]
    # the output's error value (a notation of its own, as for the page above)
    "b21_ewtc_out": r'''
[notation]
indices = "n"
[notation.symbols]
"\\Delta w[ij]" = "-eta*delta2[j]*a1[i]"
"h[i]" = "a1[i]"
"\\Delta O[j]" = "-delta2[j]"
''',
    # the question's and the answer's letters: y_i (and the answer's \bar{y_i}) the label of sample i (a sample
    # index: the meaning does not use i), x_j and w_j feature j and its weight, x_n and w_n the last (n = 3 here),
    # \vec x and \vec w the vectors, N the number of samples (1)
    "b21_imath": r'''
[notation]
indices = "ij"
[notation.symbols]
"y_{i}" = "y[0]"
"\\bar{y}_{i}" = "y[0]"
"x_{j}" = "x[j-1]"
"w_{j}" = "W1[0, j-1]"
"x_{n}" = "x[2]"
"w_{n}" = "W1[0, 2]"
"x" = "x[:]"
"w" = "W1[0, :]"
"N" = "1"
''',
    # Nielsen's letters in the question and its answer: C the cost, w_j and x_j the j-th weight and input, z the
    # weighted input, y the target, n the number of samples (1); the answer's W the weights, X the input, b the bias
    "b21_cv": r'''
[notation]
indices = "j"
loss = ["C"]
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"z" = "z1[0]"
"y" = "y[0]"
"n" = "1"
"W" = "W1[0, :]"
"X" = "x[:]"
"b" = "b1[0]"
''',
    # the rulebook's x: the node's input
    "b21_jeff": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # the x: the sigmoid's input
    "b21_gonn": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # the assignment's code names: X and Y the data, A1 ... A3 the layers' activations, dZ1 ... dZ3, dA1, dA2,
    # dW1 ... dW3, db1 ... db3 the cost's derivatives by them (the course's names), m the number of examples (1);
    # W2, W3 symbols.md's own
    "b21_gc": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"A3" = "a3[:]"
"dZ1" = "grad(z1[:])"
"dZ2" = "grad(z2[:])"
"dZ3" = "grad(z3[:])"
"dA1" = "grad(a1[:])"
"dA2" = "grad(a2[:])"
"dW1" = "grad(W1[:, :])"
"dW2" = "grad(W2[:, :])"
"dW3" = "grad(W3[:, :])"
"db1" = "grad(b1[:])"
"db2" = "grad(b2[:])"
"db3" = "grad(b3[:])"
"m" = "1"
''',
    # nnbp.m's names for a network of n = 3 layers: nn.a{n} the output (the toolbox's a{3}), nn.a{i} the hidden
    # layer's output (its loop's only i, 2), nn.e = y - a{n} the error, d{n} the output's delta (dL/dz), d_act the
    # hidden layer's activation derivative; sigm the toolbox's sigmoid
    "b21_dlt": r'''
[notation]
indices = "q"
functions = { sigm = "sigmoid" }
[notation.symbols]
"nn.a{n}" = "a2[:]"
"nn.a{i}" = "a1[:]"
"nn.e" = "y[:] - a2[:]"
"d{n}" = "grad(z2[:])"
"d_act" = "a1[:]*(1 - a1[:])"
''',
    # the repository's dictionaries: gradients["dA"+str(l)] and gradients["dZ"+str(l)] the cost's derivatives by
    # layer l's activation and pre-activation, parameters["W"+str(l)] its weights
    "b21_enes": r'''
[notation]
indices = "l"
[notation.symbols]
"gradients[\"dA\"+str(l)]" = "grad(a{l}[:])"
"gradients[\"dZ\"+str(l)]" = "grad(z{l}[:])"
"parameters[\"W\"+str(l)]" = "W{l}[:, :]"
''',
    # the thread's letters: z_i the logits, p_i the probabilities, t_i the target, N the batch size (1), W the
    # weights, Wnew and Wold after and before the step
    "b21_zing": r'''
[notation]
indices = "i"
[notation.symbols]
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"t_{i}" = "y[i-1]"
"N" = "1"
"W" = "W1[:, :]"
"Wnew" = "new(W1[:, :])"
"Wold" = "W1[:, :]"
''',
    # Jurafsky and Martin's letters: L_CE(w, b) the cross-entropy, w and x the weight and feature vectors, w_j and
    # x_j their entries, b the bias, y the label
    "b21_1cad": r'''
[notation]
indices = "j"
loss = ["L_{CE}"]
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"y" = "y[0]"
''',
    # the question's and the answer's letters: T_k (t_k) the target, Z_k (z_k) the output f(I_k), I_k the net input,
    # d_k (\delta_k) the error term (t - z) z (1 - z) = -dE/dI, f the sigmoid
    "b21_so": r'''
[notation]
indices = "k"
functions = { f = "sigmoid" }
[notation.symbols]
"T_{k}" = "y[k-1]"
"t_{k}" = "y[k-1]"
"Z_{k}" = "a1[k-1]"
"z_{k}" = "a1[k-1]"
"I_{k}" = "z1[k-1]"
"d_{k}" = "-delta1[k-1]"
"\\delta_{k}" = "-delta1[k-1]"
''',
    # the tutorial's letters: v the net input of a unit (H1, H2 hidden, Y1 the output; the page also names the weight
    # vectors v), y its output, d the desired output, \delta the error gradient (d - y) y (1 - y) = -dE/dv,
    # w_{Y1H1} the weight from H1 to Y1, \Delta w and \Delta b the changes, b_{Y1} the weight on the bias input -1 (so
    # that its change is eta dE/dv_{Y1})
    "b21_ee": r'''
[notation]
[notation.symbols]
"v_{H1}" = "z1[0]"
"v_{H2}" = "z1[1]"
"v_{Y1}" = "z2[0]"
"y_{H1}" = "a1[0]"
"y_{H2}" = "a1[1]"
"y_{Y1}" = "a2[0]"
"d" = "y[0]"
"\\delta_{Y1}" = "-delta2[0]"
"\\delta_{H1}" = "-delta1[0]"
"\\delta_{H2}" = "-delta1[1]"
"w_{Y1H1}" = "W2[0, 0]"
"w_{Y1H2}" = "W2[0, 1]"
"\\Delta w_{Y1H1}" = "-eta*delta2[0]*a1[0]"
"\\Delta w_{Y1H2}" = "-eta*delta2[0]*a1[1]"
"\\Delta b_{Y1}" = "eta*delta2[0]"
''',
}
