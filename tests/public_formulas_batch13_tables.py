"""The networks and notations of batch 13 of the held-out public formulas (tests/public_formulas_batch13.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b13_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


NETWORKS = {
    # gourav-d's lesson 3.4: x -> z1 = w1 x, a1 = sigmoid(z1) -> z2 = w2 a1, a2 = sigmoid(z2) = y, no biases,
    # L = 0.5 (y - t)^2, x = 1.0, w1 = 0.5, w2 = 0.8, t = 1.0, learning_rate = 0.1
    "b13_gourav": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8]]',
                          loss="half_squared_error",
                          extra="\n[data]\nx = [[1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # Stack Overflow 11627773: a sigmoid output neuron, output = sigmoid(input), the squared error (target -
    # output)^2 (the answer writes E = -(target - output)^2)
    "b13_sigmoid_neuron": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # studyx.ai 104067987: h = ReLU(w1 x), yhat = w2 h, w1 = w2 = 1, f = (y - yhat)^2; the answer's x = 9 and
    # y = 13 (its yhat, OCR'd as "9" throughout, is 9 at these numbers)
    "b13_studyx": _layers('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[1.0]]',
                          'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[1.0]]',
                          loss="squared_error", extra="\n[data]\nx = [[9.0]]\ny = [[13.0]]\n"),
    # quesba 610007 (Zaki and Meira's exercise 25.13): x = 4 -> three ReLU units, w = (1, 1, -1) -> one sigmoid
    # output, w' = (0.5, 1, 2), biases 0, y = 0, SSE (the book's 1/2 ||y - o||^2)
    "b13_quesba": _layers('inputs = 1\nunits = 3\nactivation = "relu"\nbias = "none"\n'
                          'weights = [[1.0], [1.0], [-1.0]]',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, 1.0, 2.0]]',
                          loss="half_squared_error", extra="\n[data]\nx = [[4.0]]\ny = [[0.0]]\n"),
    # unicamp's MO810 test: u = x w, z = max(0, u), x = 1, w = 2 (the graph's output z; the loss is not the
    # question's, the derivatives are of z)
    "b13_unicamp": _layers('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[2.0]]',
                           loss="squared_error", extra="\n[data]\nx = [[1.0]]\ny = [[0.0]]\n"),
    # Homework 3 of 600.482/682 (Nemotron): P = W X, L = 1/2 (y - yhat)^2, exercise 1 (one sample here)
    "b13_linear": _layers('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"',
                          loss="half_squared_error"),
    # ... and exercise 2: yhat = sigma(w3 sigma(w2 sigma(w1 x))), the cross-entropy
    "b13_three_sigmoids": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                                  'units = 1\nactivation = "sigmoid"\nbias = "none"',
                                  'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # selimslab's deep-learning notes: a 3-layer network, l1 = f(W1.x + b1), l2 = f(W2.l1 + b2), output =
    # W3.l2 + b3; two inputs and two units per hidden layer so that the page's W2.x is a well-formed product
    "b13_selim": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                         'units = 1\nactivation = "identity"', loss="squared_error",
                         extra="\n[update]\nlearning_rate = 0.1\n"),
    # Rabindra Lamsal's step-by-step example (Nemotron): i = (0.1, 0.5), w1 (i1 -> h1) = 0.1, w2 (i1 -> h2) =
    # 0.2, w3 (i2 -> h1) = 0.3, w4 (i2 -> h2) = 0.4, b1 = 0.25; w5 (h1 -> o1) = 0.5, w6 (h2 -> o1) = 0.6,
    # w7 (h1 -> o2) = 0.7, w8 (h2 -> o2) = 0.8, b2 = 0.35; sigmoid; targets (0.05, 0.95) assumed (only the forward
    # pass's formulas are kept; the weights are those its sums 0.41, 0.47, 1.01977, 1.26306 agree with)
    "b13_lamsal": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                          'weights = [[0.1, 0.3], [0.2, 0.4]]\nbiases = 0.25',
                          'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.5, 0.6], [0.7, 0.8]]\n'
                          'biases = 0.35',
                          loss="half_squared_error",
                          extra="\n[data]\nx = [[0.1, 0.5]]\ny = [[0.05, 0.95]]\n"),
    # scribd's "Back Propagation-2-20" (javatpoint's copy of Mazur's step-by-step example): 2-2-2 logistic, one
    # bias per layer, E = sum 1/2 (t - o)^2, eta = 0.5
    "b13_mazur": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                         'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                         'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                         'biases = 0.6',
                         loss="half_squared_error",
                         extra="\n[data]\nx = [[0.05, 0.1]]\ny = [[0.01, 0.99]]\n\n[update]\nlearning_rate = 0.5\n"),
}

NOTATIONS = {
    # the lesson's code names: y the prediction a2, t the target; w2_new the updated w2
    "b13_gourav": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[0]"
"t" = "y[0]"
"y" = "a2[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"z1" = "z1[0]"
"a1" = "a1[0]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W2[0, 0])"
''',
    # the answer's words: input the net input, output the neuron's output, E the error
    "b13_so_error": r'''
[notation]
loss = ["E"]
[notation.symbols]
"target" = "y[0]"
"output" = "a1[0]"
"input" = "z1[0]"
''',
    # Unicode subscripts as the page prints them are the spec's subscripts (w₁ is w_{1}); f the loss
    "b13_studyx": r'''
[notation]
loss = ["f"]
functions = { ReLU = "relu" }
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"x" = "x[0]"
"h" = "a1[0]"
"y" = "y[0]"
''',
    # the answer's plain text: z1 ... z3 the ReLU units' outputs, w1 ... w3 their weights, w'1 ... w'3 the
    # output's, Yin the output's net input, f the sigmoid
    "b13_quesba": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[1, 0]"
"w3" = "W1[2, 0]"
"z1" = "a1[0]"
"z2" = "a1[1]"
"z3" = "a1[2]"
"w'1" = "W2[0, 0]"
"w'2" = "W2[0, 1]"
"w'3" = "W2[0, 2]"
"Yin" = "z2[0]"
''',
    # the computational graph's names: u = x w, z = max(0, u)
    "b13_unicamp": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"u" = "z1[0]"
"z" = "a1[0]"
''',
    # P = W X: W the weight matrix, X the input, P the product (entries counted from 1)
    "b13_hw_linear": r'''
[notation]
indices = "jk"
[notation.symbols]
"W_{jk}" = "W1[j-1, k-1]"
"X_{k}" = "x[k-1]"
"P_{j}" = "z1[j-1]"
"\\hat{y}_{j}" = "a1[j-1]"
"y_{j}" = "y[j-1]"
''',
    "b13_hw_sigmoids": r'''
[notation]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"w_{3}" = "W3[0, 0]"
"x" = "x[0]"
"\\hat{y}" = "a3[0]"
"y" = "y[0]"
''',
    # the notes' code-like text: . the product, activation_func the layers' ReLU, l1 and l2 the hidden layers'
    # outputs, W any weight matrix
    "b13_selim": r'''
[notation]
indices = "jk"
learning_rate = ["learning_rate"]
loss = ["loss"]
parameter = ["W"]
functions = { activation_func = "relu" }
[notation.symbols]
"x_{k}" = "x[k]"
"W1_{jk}" = "W1[j, k]"
"b1_{j}" = "b1[j]"
"W2_{jk}" = "W2[j, k]"
"b2_{j}" = "b2[j]"
"l1_{j}" = "a1[j]"
"l2_{j}" = "a2[j]"
''',
    # \text{sum}_{h1} and \text{output}_{h1} as the page writes them; i, w and b with their subscripts
    "b13_lamsal": r'''
[notation]
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[1, 0]"
"w_{3}" = "W1[0, 1]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
"\\text{sum}_{h1}" = "z1[0]"
"\\text{sum}_{h2}" = "z1[1]"
"\\text{output}_{h1}" = "a1[0]"
"\\text{output}_{h2}" = "a1[1]"
"\\text{sum}_{o1}" = "z2[0]"
"\\text{sum}_{o2}" = "z2[1]"
"\\text{output}_{o1}" = "a2[0]"
"\\text{output}_{o2}" = "a2[1]"
''',
    # the slides' plain text: w5new the new w5 (w5 joins h1 to o1, w6 h2 to o1, w7 h1 to o2, w8 h2 to o2)
    "b13_scribd": r'''
[notation]
[notation.symbols]
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"w5new" = "new(W2[0, 0])"
"w6new" = "new(W2[0, 1])"
"w7new" = "new(W2[1, 0])"
"w8new" = "new(W2[1, 1])"
''',
}
