"""The networks and notations of batch 53 of the held-out public formulas (tests/public_formulas_batch53.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b53_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # sankethbhongir's Udacity notebook: x = (0.1, 0.3), y = 0.2, weights (-0.8, 0.5), no bias, a sigmoid output,
    # learnrate 0.5; the lesson's error is 1/2 (y - y-hat)^2 (the error term (y - y-hat) f'(h) is its -dE/dh)
    "b53_sank": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[-0.8, 0.5]]',
                             loss="half_squared_error", extra=_data("[0.1, 0.3]", "[0.2]", learning_rate=0.5)),
    # joaodias-code's copy of the same lesson: x = (1, 2, 3, 4), y = 0.5, w = (0.5, -0.5, 0.3, 0.1), learnrate 0.5
    "b53_joao": problem_text('inputs = 4\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                             'weights = [[0.5, -0.5, 0.3, 0.1]]',
                             loss="half_squared_error",
                             extra=_data("[1.0, 2.0, 3.0, 4.0]", "[0.5]", learning_rate=0.5)),
    # Teng-Yok Lee's notes on logistic regression (Nemotron's copy): h = 1/(1 + exp(-t^T x)), no separate intercept
    # (two features here), the course's cost, the binary cross-entropy, over m examples (one here)
    "b53_logit": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # math.techqa.club 3176797: multiclass logistic regression, p_k = softmax(w_k^T x_n), no bias, the cross-entropy
    # over the classes (three here, two features)
    "b53_softreg": _layers('inputs = 2\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # Grokking Deep Learning's MNIST code as the newproxylists question quotes it: layer_1 = relu(layer_0 .
    # weights_0_1), layer_2 = layer_1 . weights_1_2 (rows, input-first matrices, no biases), the squared error whose
    # delta is labels - layer_2 (1/2 (labels - layer_2)^2 here, the loss the update descends); 784-40-10 there,
    # 3-4-2 here
    "b53_grok": _layers('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                        'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # XOR networks of two inputs, two sigmoid hidden units and one sigmoid output (Stack Overflow 12558517, the
    # "Basic Neural Network Training Problem" thread, Heaton's XOR online training), the squared error halved
    "b53_xor": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # James Matthews's XOR net: hidden neuron 1 bias 0.341232, weights 0.129952 and -0.923123; neuron 2 bias
    # -0.115223, weights 0.570345 and -0.328932; the output bias -0.993423, weights 0.164732 and 0.752621; the
    # pattern (0, 0), target 0
    "b53_matthews": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                            'weights = [[0.129952, -0.923123], [0.570345, -0.328932]]\nbiases = [0.341232, -0.115223]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.164732, 0.752621]]\nbiases = [-0.993423]',
                            loss="half_squared_error", extra=_data("[0.0, 0.0]", "[0.0]")),
    # torchedup.dev's "Backprop: Tanh": y = tanh(x) elementwise; one tanh unit of weight 1 here, its sum the x
    "b53_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"\nbias = "none"\nweights = [[1.0]]',
                        loss="half_squared_error"),
    # fwang2's notes on Grokking's gradient descent: pred = input(s) x weights, one linear output of three inputs,
    # error = (pred - truth)^2 with node_delta = pred - truth (the halved squared error's delta)
    "b53_fwang": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # Nemotron's "Backpropagation Calculus | Deep Learning, Chapter 4" and karobben's tag page: layers z^{[l]} =
    # W^{[l]} a^{[l-1]} + b^{[l]}, a^{[l]} = g^{[l]}(z^{[l]}); two sigmoid layers of two units, L the halved squared
    # error
    "b53_calc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
}

NOTATIONS = {
    # the notebook's LaTeX (Delta w_i the step, delta the error term -dE/dh, h the sum, f the sigmoid) and its
    # Python names (weights, h, nn_output, error, error_term, learnrate, del_w)
    "b53_sank": r'''
[notation]
indices = "i"
learning_rate = ["learnrate"]
functions = { f = "sigmoid" }
[notation.symbols]
"\\Delta w_{i}" = "-eta*grad(W1[0, i])"
"w_{i}" = "W1[0, i]"
"x_{i}" = "x[i]"
"\\delta" = "-grad(z1[0])"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"h" = "z1[0]"
"weights[i]" = "W1[0, i]"
"weights" = "W1[0, :]"
"x[i]" = "x[i]"
"nn_output" = "a1[0]"
"error" = "y[0] - a1[0]"
"error_term" = "-grad(z1[0])"
"del_w" = "-eta*grad(W1[0, :])"
''',
    # the same lesson's letters in joaodias-code's notebook
    "b53_joao": r'''
[notation]
indices = "i"
functions = { f = "sigmoid" }
[notation.symbols]
"\\Delta w_{i}" = "-eta*grad(W1[0, i])"
"w_{i}" = "W1[0, i]"
"x_{i}" = "x[i]"
"\\delta" = "-grad(z1[0])"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"h" = "z1[0]"
''',
    # the notes' letters: t for theta (t[j] its entry j), h[t] the model, F the cost, x^{(i)}, y^{(i)} example i and
    # x^{(i)}[j] its feature j (a symbol with a code index after its superscript, which the spec's patterns, a base
    # with a subscript and a superscript, cannot write: left unnamed); m examples (one here)
    "b53_logit": r'''
[notation]
indices = "ij"
loss = ["F"]
functions = { "h[t]" = "layer" }
[notation.symbols]
"t" = "W1[0, :]"
"t[j]" = "W1[0, j]"
"x" = "x[:]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # the question's letters: y_{nk} the one-hot target of example n, w_k the weights of class k, x_n example n,
    # p_k the softmax's output k
    "b53_softreg": r'''
[notation]
indices = "nkij"
[notation.symbols]
"y_{nk}" = "t[k]"
"w_{k}" = "W1[k, :]"
"x_{n}" = "x[:]"
"p_{k}" = "a1[k]"
''',
    # the book's names: layer_0 the input row, layer_1 the ReLU layer, layer_2 the output, weights_0_1 and
    # weights_1_2 input-first, labels the targets, alpha the learning rate; the deltas -dE/d(sums)
    "b53_grok": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"layer_0" = "x[:]"
"layer_1" = "a1[:]"
"layer_2" = "a2[:]"
"weights_0_1" = "W1[:, :].T"
"weights_1_2" = "W2[:, :].T"
"labels" = "y[:]"
"layer_2_delta" = "-grad(z2[:])"
"layer_1_delta" = "-grad(z1[:])"
''',
    # the question's pseudo-code: guess the output, desiredOutput its target, error their difference, delta the step
    # learningConstant * error * sigmoid'; inputNodes[n].weight[j], the weight from input n to hidden unit j, is code's
    # index inside a dotted name, which a pattern cannot write ("unexpected at '.'"): left unnamed
    "b53_so_xor": r'''
[notation]
indices = "nj"
learning_rate = ["learningConstant"]
[notation.symbols]
"guess" = "a2[0]"
"desiredOutput" = "y[0]"
"error" = "y[0] - a2[0]"
"delta" = "-eta*grad(z2[0])"
''',
    # the thread's names for one hidden neuron (the first) and the output: value, targetvalue and error the output's
    # (error = -dE/dnet), myoutput, myerror the hidden neuron's, sum what the question accumulates (the next layer's
    # values times the weights), weight the first hidden neuron's weight to the output, bias the output's bias, whose
    # input neural.Bias is 1
    "b53_basic": r'''
[notation]
learning_rate = ["\\text{LearnRate}"]
[notation.symbols]
"\\text{error}" = "-grad(z2[0])"
"\\text{value}" = "a2[0]"
"\\text{targetvalue}" = "y[0]"
"\\text{myerror}" = "-grad(z1[0])"
"\\text{myoutput}" = "a1[0]"
"\\text{sum}" = "a2[0]*W2[0, 0]"
"\\text{weight}" = "W2[0, 0]"
"\\text{neural.myvalue}" = "a1[0]"
"\\text{neural2.error}" = "-grad(z2[0])"
"\\text{bias}" = "b2[0]"
"\\text{neural.myerror}" = "-grad(z2[0])"
"\\text{neural.Bias}" = "1"
''',
    # Heaton's letters: S the sigmoid, t and x its argument (the output's sum here), delta_k the node delta of output
    # k (-E f' with E = a - i: -dE/dnet), w_(ik) the weight from hidden i to output k, o_i hidden i's output; E the
    # error the gradient differentiates
    "b53_heaton": r'''
[notation]
indices = "ik"
functions = { S = "sigmoid" }
[notation.symbols]
"t" = "z2[0]"
"x" = "z2[0]"
"\\delta_{k}" = "-grad(z2[k])"
"w_{(ik)}" = "W2[k, i]"
"o_{i}" = "a1[i]"
''',
    # Matthews's x[l-1](n) for the inputs of layer l, x[1](0) = 1 the bias unit and x[1](n) input n (from 1); the
    # net values are numbers alone
    "b53_matthews": r'''
[notation]
[notation.symbols]
"x[1](0)" = "1"
"x[1](n)" = "x[n-1]"
''',
    # y = tanh(x): x the unit's sum
    "b53_tanh": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
''',
    # the notes' names: pred the output, truth the target, weights the weight vector (weight in the update),
    # node_delta dE/dpred, weight_delta dE/dweights
    "b53_fwang": r'''
[notation]
[notation.symbols]
"pred" = "a1[0]"
"truth" = "y[0]"
"weights" = "W1[0, :]"
"weight" = "W1[0, :]"
"node_delta" = "grad(z1[0])"
"weight_delta" = "grad(W1[0, :])"
''',
    # the course's [l] layers: g^{[l]} the sigmoid, delta^{[l]} = dL/dz^{[l]}, a^{[0]} the input
    "b53_calc": r'''
[notation]
indices = "l"
functions = { g = "sigmoid", "g^{[l]}" = "sigmoid" }
[notation.symbols]
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
"a^{[0]}" = "x[:]"
''',
    # math.techqa.club 3473418's letters: x^k the row of example k, omega the weights (a column), y^k its target,
    # E the cost over n examples (one here)
    "b53_dirder": r'''
[notation]
indices = "k"
[notation.symbols]
"x^{k}" = "x[:]"
"\\omega" = "W1[0, :]"
"y^{k}" = "y[0]"
"n" = "1"
''',
    # karobben's subscript layers: W_l, a_l, z_l of layer l, Loss the loss
    "b53_karobben": r'''
[notation]
indices = "l"
loss = ["Loss", "\\text{Loss}"]
[notation.symbols]
"W_{l}" = "W{l}[:, :]"
"a_{l}" = "a{l}[:]"
"z_{l}" = "z{l}[:]"
''',
}
