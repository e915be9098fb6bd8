"""The networks and notations of batch 101 of the held-out public formulas (tests/public_formulas_batch101.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b101_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # AntuanAlacran's Spanish notebook (Mazur's 2-2-2 example): x = [0.05, 0.1] with x0 = 1 the bias input, hidden
    # weights w1..w4 = 0.15, 0.2, 0.25, 0.3 and the shared bias b1 = 0.35, output weights w5..w8 = 0.4, 0.45, 0.5,
    # 0.55 and b2 = 0.6 (one bias per layer, shared by its units, as Mazur's), sigmoid s at both layers, targets y1 = 0.01, y2 = 0.99; the notebook's J(Theta) is the sum
    # of the squared errors over the outputs (its J = (a31-y1)**2 + (a32-y2)**2, one observation, m = 1); alpha =
    # 0.5
    "b101_aa": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = 0.6',
                            loss="squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the Spanish R notebook (RPubs): x1 = 0, x2 = 1, y = 1; h1 = sigmoid(w1 x1 + w3 x2 + b1), h2 = sigmoid(w2 x1 +
    # w4 x2 + b2), o1 = sigmoid(w5 f1 + w6 f2 + b3) with w1..w6 = 0.1, 0.5, -0.7, 0.3, 0.2, 0.4 and the biases 0;
    # Etotal = 0.5 (y - f3)^2; alpha = 0.25
    "b101_rs": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, -0.7], [0.5, 0.3]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.2, 0.4]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.25)),
    # Drwalin's Polish LaTeX notes: layers counted from 0 (a_{0,n} = s_n the inputs), L = 3 layers, so the output
    # layer is L-1 = 2; sigmoid sigma everywhere, the error epsilon the sum of the squared errors (no 1/2), weights
    # omega_{l,n,i} (weight i of neuron n of layer l) and biases beta_{l,n}; 2 -> 3 -> 2 here
    "b101_dw": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="squared_error"),
    # wiredwisdom's softmax and cross-entropy derivation: logits z_i of 3 classes, p_i = softmax, y one-hot
    "b101_ww": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # malawad's Arabic translation of Victor Zhou's introduction: one sigmoid neuron f, w = [0, 1], b = 4, x = [2, 3]
    # (the article's example; no target is given, 0 here for the file)
    "b101_ml": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.0, 1.0]]\nbiases = [4.0]',
                            loss="half_squared_error", extra=_data("[2.0, 3.0]", "[0.0]", 0.1)),
    # tareqjabel's Arabic post: one neuron of three inputs (ear size, tail length, eye colour) with weights 0.5, 0.3,
    # 0.2 and bias -0.4, Output the weighted sum before the activation; the post gives no input values (1, 2, 3 here)
    "b101_tj": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.3, 0.2]]\n'
                            'biases = [-0.4]',
                            loss="half_squared_error", extra=_data("[1.0, 2.0, 3.0]", "[1.0]", 0.1)),
    # the Arabic freeCodeCamp guide (Ng's notation): a(1) = x, layers 1..3, g the sigmoid, Theta(l) maps layer l to
    # l+1; the guide's z(l) = Theta(l-1) a(l-1) writes no bias (Ng's bias unit inside a(l-1)): no biases here
    "b101_fc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # performancetrading.it's Italian page (Luca Marchese): a neuron's output O = 1/(1+exp(-I)), I the weighted sum
    # of its n inputs; first without a threshold
    "b101_pt": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the same page's neuron with its threshold S: I = sum w x - S, the bias -S (and, third form, a constant input
    # x(n+1) = 1 whose weight is -S); n = 2
    "b101_pt_s": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # inf-schule's German neuron: Sigma = x1 w1 + x2 w2 compared with a threshold s (not part of the network: the
    # weighted sum is the unit's value, identity here); the example's x = [0.5, 1.5], w = [2.0, 1.0]
    "b101_is": problem_text('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                            'weights = [[2.0, 1.0]]',
                            loss="half_squared_error", extra=_data("[0.5, 1.5]", "[1.0]", 0.1)),
    # informatics4kids' German perceptron: inputs x1, x2 and the constant x3 = 1 whose weight w31 = -0.1 is the
    # threshold as a bias; net the weighted sum (the page's f a threshold; identity here); the page gives no
    # weights w11, w21 in this part (0.3, 0.5 here) nor an input (1, 1 here)
    "b101_i4": problem_text('inputs = 2\nunits = 1\nactivation = "identity"\nweights = [[0.3, 0.5]]\nbiases = [-0.1]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[1.0]", 0.1)),
    # interactivechaos' Spanish tutorial: neurons 1 and 2 feed neuron 3, sigmoid, C the sum of the squared errors
    "b101_ic": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the Italian thesis (123dok): a formal neuron, P = sum w_i x_i, y = f(P - theta), f a sigmoid here, the
    # threshold theta the bias's negative; 3 inputs
    "b101_dk": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the Spanish algorithm sheet (Scribd, PDF text): hidden layer h and output layer o, sigmoid f, thresholds
    # theta, E_p = 1/2 sum (delta_pk)^2; 2 -> 3 -> 2
    "b101_sc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the notebook's code names (x0 = 1 the bias input, b1 and b2 one bias per layer, z21, a21 the first hidden
    # unit's sum and output, z31, a31 the first output's) and its LaTeX: a^2_n, z^3_n of layer 2 (hidden) and 3
    # (output), a^2_0 = 1, Theta^3_{i,j} = w from a^2_i to a^3_j, y^i and ŷ^i the targets and outputs, m = 1
    # observation, J and cost(...) the loss; s and g the sigmoid; dCost_a31, dActiv_z31, dZ31_w5, dCosta31_w5 the
    # code's derivatives (dC/da31, da31/dz31, dz31/dw5, dC/dw5)
    "b101_aa": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha", "alpha"]
loss = ["J", "\\text{cost}"]
functions = { s = "sigmoid", g = "sigmoid" }
[notation.symbols]
"x0" = "1"
"x1" = "x[0]"
"x2" = "x[1]"
"y1" = "y[0]"
"y2" = "y[1]"
"b1" = "b1"
"b2" = "b2"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"z21" = "z1[0]"
"z22" = "z1[1]"
"a21" = "a1[0]"
"a22" = "a1[1]"
"z31" = "z2[0]"
"z32" = "z2[1]"
"a31" = "a2[0]"
"a32" = "a2[1]"
"a_{0}^{2}" = "1"
"a_{i}^{2}" = "a1[i-1]"
"a_{i}^{3}" = "a2[i-1]"
"z_{i}^{2}" = "z1[i-1]"
"z_{i}^{3}" = "z2[i-1]"
"\\Theta_{i,j}^{3}" = "W2[j-1, i-1]"
"ŷ^{i}" = "a2[i-1]"
"y^{i}" = "y[i-1]"
"m" = "1"
"dCost_a31" = "grad(a2[0])"
"dActiv_z31" = "a2[0]*(1 - a2[0])"
"dZ31_w5" = "a1[0]"
"dCosta31_w5" = "grad(W2[0, 0])"
''',
    # the R code's names: x1, x2, y; w1, w3 into h1, w2, w4 into h2, w5, w6 into o1; b1, b2, b3 the biases of h1,
    # h2, o1; z1, z2, z3 the sums and f1, f2, f3 the outputs; Etotal the loss; alpha the rate
    "b101_rs": r'''
[notation]
learning_rate = ["alpha"]
loss = ["Etotal"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"y" = "y[0]"
"w1" = "W1[0, 0]"
"w3" = "W1[0, 1]"
"w2" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"b3" = "b2[0]"
"z1" = "z1[0]"
"z2" = "z1[1]"
"z3" = "z2[0]"
"f1" = "a1[0]"
"f2" = "a1[1]"
"f3" = "a2[0]"
''',
    # the notes' letters, counted from 0: a_{0,n} = s_n the inputs, a_{l,n} and S_{l,n} the output and weighted sum
    # of neuron n of layer l (a_l the layer's outputs), omega_{l,n,i} and beta_{l,n} its weights and bias (omega_l
    # the layer's), t_n the targets, N_l the layer sizes, L = 3 layers (L-1 the output layer), epsilon the error,
    # g_{l,n} and g_{l,n,i} the gradients for the bias and the weights, Delta omega and Delta beta their negatives
    # (the notes' Delta omega = -g), alpha the rate
    "b101_dw": r'''
[notation]
indices = "lni"
learning_rate = ["\\alpha"]
loss = ["\\varepsilon"]
[notation.symbols]
"s_{n}" = "x[n]"
"a_{0,n}" = "x[n]"
"a_{l,n}" = "a{l}[n]"
"a_{0}" = "x[:]"
"a_{l}" = "a{l}[:]"
"S_{l,n}" = "z{l}[n]"
"\\omega_{l,n,i}" = "W{l}[n, i]"
"\\omega_{l}" = "W{l}[:, :]"
"\\beta_{l,n}" = "b{l}[n]"
"t_{n}" = "y[n]"
"N_{0}" = "2"
"N_{1}" = "3"
"N_{2}" = "2"
"L" = "3"
"g_{l,n}" = "grad(b{l}[n])"
"g_{l,n,i}" = "grad(W{l}[n, i])"
"\\Delta\\omega_{l,n,i}" = "-grad(W{l}[n, i])"
"\\Delta\\beta_{l,n}" = "-grad(b{l}[n])"
''',
    # the post's letters, classes counted from 1: z_i the logits, p_i the softmax probabilities, y_i the one-hot
    # target, L the cross-entropy
    "b101_ww": r'''
[notation]
indices = "ij"
[notation.symbols]
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
''',
    # the article's letters: x_1, x_2 the inputs, w_1, w_2 the weights, b the bias, y the output, f the sigmoid
    "b101_ml": r'''
[notation]
indices = "i"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"y" = "a1[0]"
''',
    # the post's Arabic names of the three inputs (أذن ear size, ذيل tail length, عين eye colour) and Output the
    # weighted sum before the activation
    "b101_tj": r'''
[notation]
[notation.symbols]
"أذن" = "x[0]"
"ذيل" = "x[1]"
"عين" = "x[2]"
"Output" = "z1[0]"
''',
    # Ng's letters as the guide writes them: a^(l), z^(l) of layer l (layer 1 the input, a^(1) = x), Theta^(l) the
    # weights from layer l to l+1, g the sigmoid
    "b101_fc": r'''
[notation]
indices = "l"
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(l)}" = "a{l-1}[:]"
"z^{(l)}" = "z{l-1}[:]"
"\\Theta^{(l)}" = "W{l}[:, :]"
''',
    # the page's letters: I the neuron's input (its weighted sum), O its output; w(j)(k) the weight from input k to
    # neuron j, x(k) the inputs, n = 2 inputs; written here as the spec's patterns w_{jk}, x_{k}
    "b101_pt": r'''
[notation]
indices = "jk"
[notation.symbols]
"I" = "z1[0]"
"O" = "a1[0]"
"x_{k}" = "x[k-1]"
"w_{jk}" = "W1[j-1, k-1]"
"n" = "2"
''',
    # with the threshold S (the bias's negative; the page indexes it by k, S(k)) and, third form, the constant input
    # x(n+1) = 1 whose weight w(j)(n+1) is -S
    "b101_pt_s": r'''
[notation]
indices = "jk"
[notation.symbols]
"I" = "z1[0]"
"O" = "a1[0]"
"x_{3}" = "1"
"x_{k}" = "x[k-1]"
"w_{j3}" = "b1[j-1]"
"w_{jk}" = "W1[j-1, k-1]"
"S_{k}" = "-b1[0]"
"n" = "2"
''',
    # inf-schule's letters: Sigma the weighted sum, x_1, x_2 the inputs, w_1, w_2 their weights, s the threshold
    "b101_is": r'''
[notation]
indices = "i"
[notation.symbols]
"\\Sigma" = "z1[0]"
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
''',
    # the page's letters: x_1, x_2 the inputs and x_3 = 1, w_{i1} the weight from input i to the output neuron 1
    # (w_31 the threshold's weight, the bias), net_j and net the output neuron's net input
    "b101_i4": r'''
[notation]
indices = "ij"
[notation.symbols]
"x_{3}" = "1"
"x_{i}" = "x[i-1]"
"w_{3j}" = "b1[j-1]"
"w_{ij}" = "W1[j-1, i-1]"
"net_{j}" = "z1[j-1]"
"net" = "z1[0]"
''',
    # the tutorial's letters: ŷi the prediction, yi the target (i the sample, one here), C the cost and Ci one
    # sample's
    "b101_ic": r'''
[notation]
loss = ["C", "C_{i}"]
[notation.symbols]
"ŷ_{i}" = "a2[0]"
"y_{i}" = "y[0]"
"z3" = "z2[0]"
"w31" = "W2[0, 0]"
"a1" = "a1[0]"
''',
    # the thesis' letters: x_i the inputs, w_i the weights, P the weighted sum, theta the threshold, f the sigmoid
    "b101_dk": r'''
[notation]
indices = "i"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"P" = "z1[0] - b1[0]"
"\\theta" = "-b1[0]"
"θ" = "-b1[0]"
"y" = "a1[0]"
''',
    # the sheet's letters as its PDF shows them (superscripts h and o of the hidden and output layers, sample p):
    # i_pj^h the hidden outputs, Net_pj^h and Net_pk^o the net inputs, o_pk^o the outputs, y_pk the targets,
    # w_kj^o, theta_k^o, f the sigmoid
    "b101_sc": r'''
[notation]
indices = "jk"
functions = { f = "sigmoid" }
[notation.symbols]
"i_{pj}^{h}" = "a1[j-1]"
"Net_{pj}^{h}" = "z1[j-1]"
"Net_{pk}^{o}" = "z2[k-1]"
"o_{pk}^{o}" = "a2[k-1]"
"y_{pk}" = "y[k-1]"
"w_{kj}^{o}" = "W2[k-1, j-1]"
"\\theta_{k}^{o}" = "b2[k-1]"
''',
}
