"""The networks and notations of batch 75 of the held-out public formulas (tests/public_formulas_batch75.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b75_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # studyx.ai 100170077: x_1 = x_2 = 2, w_13 = 0.1, w_23 = 0.2 into neuron 3, w_35 = w_45 = 0.5 into the output 5,
    # y = 1, alpha = 0.1, the mean squared error. The question's z_3 = 0.65, z_4 = 0.69 and y-hat = 0.66 are sigmoid
    # outputs without biases (sigma(0.6) = 0.6457, sigma(0.8) = 0.6900, sigma(0.5 z_3 + 0.5 z_4) = 0.6610); neuron 4's
    # weights are not given: w_14 = w_24 = 0.2 here, which give its 0.69
    "b75_studyx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                               'weights = [[0.1, 0.2], [0.2, 0.2]]',
                               'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, 0.5]]',
                               loss="mean_squared_error", extra=_data("[2.0, 2.0]", "[1.0]", 0.1)),
    # Saavkd7's single training step of the course's logistic regression: z = w1*x1 + w2*x2 + b, a = sigmoid(z), the
    # log loss (dz = a - y); the notebook's call: w1 = 0.5, w2 = 0.1, b = 0, x1 = 2.0, x2 = -1.0, y = 1 (its printed
    # dz = -0.2891 and dw1 = -0.5781)
    "b75_saavkd7": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.1]]\n'
                                'biases = [0.0]', loss="binary_cross_entropy", extra=_data("[2.0, -1.0]", "[1.0]")),
    # Nemotron's copy of sefiks' "Sigmoid Function as Neural Network Activation Function": f(x) the sigmoid of x, a
    # unit's input sum (one sigmoid unit here; the loss is only the file's)
    "b75_sefiks": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # deeplearning.ai's forum thread 322150 on the course's logistic regression: two features, the log loss
    "b75_dlai": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nemotron's copy of the question "Gradient descent with Binary Cross-Entropy for single layer perceptron": V = WX,
    # Z = sigma(V) (no bias), the binary cross-entropy averaged over the N samples (one here), two inputs
    "b75_perceptron": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                              loss="binary_cross_entropy"),
    # afonsosa2002's formulas.md: a fully connected layer y_j = b_j + sum_i x_i w_ij, its input X the layer before's
    # output; here the layer is the output layer of a 2-3-2 network (sigmoid hidden units, the FC layer without
    # activation), E the mean squared error (the page's E is any error)
    "b75_dense": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                         loss="mean_squared_error"),
    # JakeFlasher's MOOC notes (Ng's logistic regression): x_1, x_2, w_1, w_2, b, z = w^T x + b, a = sigma(z), the log
    # loss
    "b75_logistic2": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # bbs.eccn.com 329578 (a copy of Nielsen's chapter 3 in Chinese): one sigmoid neuron, input x = 1, desired output
    # y = 0, the quadratic cost C = (y - a)^2 / 2; Nielsen's starting weight 0.6, bias 0.9 and eta = 0.15
    "b75_eccn": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.6]]\nbiases = [0.9]',
                             loss="half_squared_error", extra=_data("[1.0]", "[0.0]", 0.15)),
    # Stack Overflow 42604668 (kiwix's copy): Nielsen's cross-entropy on sigmoid layers; a chain of one neuron per
    # layer, aL-2 the input, aL-1 the hidden neuron, aL the output
    "b75_chain": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                         loss="binary_cross_entropy"),
    # cs.stackexchange 74214: a single sigmoid neuron, z = wx + b (t in the answer), the binary cross-entropy
    "b75_neuron_bce": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nemotron's copy of the question "Neural Network Backpropagation with RELU": the answer's example code,
    # h = x.dot(w1), h_relu = np.maximum(h, 0), y_pred = h_relu.dot(w2) (no biases), the squared error summed; x rows
    # of two inputs (one sample here, the page's [0, 1] with y = 1), 3 hidden units for the page's 30
    "b75_relu": problem_text('inputs = 2\nunits = 3\nactivation = "relu"\nbias = "none"',
                             'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error",
                             extra=_data("[0.0, 1.0]", "[1.0]")),
    # errorhandle.ai's softmax derivative: S_i the softmax of the logits z; three classes on three inputs, the
    # cross-entropy (the page names no loss)
    "b75_softmax3": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
}

NOTATIONS = {
    # the question's names: x_1, x_2 the inputs, w_13 and w_23 into neuron 3, w_14 and w_24 into neuron 4, w_35 and w_45
    # into the output neuron 5, z_3 and z_4 the hidden outputs, y-hat the output, y the target, alpha the learning
    # rate, L the loss; the answer's h_3 and h_4, "the output of each neuron", are z_3 and z_4
    "b75_studyx": r'''
[notation]
learning_rate = ["\\alpha"]
loss = ["L"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{13}" = "W1[0, 0]"
"w_{23}" = "W1[0, 1]"
"w_{14}" = "W1[1, 0]"
"w_{24}" = "W1[1, 1]"
"w_{35}" = "W2[0, 0]"
"w_{45}" = "W2[0, 1]"
"z_{3}" = "a1[0]"
"z_{4}" = "a1[1]"
"h_{3}" = "a1[0]"
"h_{4}" = "a1[1]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the notebook's code names: x1, x2, w1, w2, b, z, a, y; dz, dw1, dw2, db the gradients (the course's dz = dL/dz)
    "b75_saavkd7": r'''
[notation]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"dz" = "grad(z1[0])"
"dw1" = "grad(W1[0, 0])"
"dw2" = "grad(W1[0, 1])"
"db" = "grad(b1[0])"
''',
    # f the sigmoid, x its argument (the unit's input sum)
    "b75_sefiks": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the question's W the row of weights (w_1, ..., w_M), X the samples' matrix (one column here), V = WX,
    # Z = sigma(V), Y the targets, N the samples (one here), L the loss, eta the learning rate; W(n) and W(n+1), the
    # weights at steps n and n+1, have no pattern: the spec's patterns carry no iteration count (a parenthesised index
    # after a name is MATLAB's entry, docs/notation.md), so they are left unnamed
    "b75_perceptron": r'''
[notation]
[notation.symbols]
"W" = "W1[0, :]"
"X" = "x[:]"
"V" = "z1[0]"
"Z" = "a1[0]"
"Y" = "y[0]"
"N" = "1"
''',
    # the page's fully connected layer: x_i its inputs (the hidden outputs), y_j its outputs, w_ij input-first, b_j its
    # biases, counted from 1; X, Y, B rows, W input-first (i x j); E the error
    "b75_dense": r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"x_{i}" = "a1[i-1]"
"y_{j}" = "z2[j-1]"
"w_{ij}" = "W2[j-1, i-1]"
"b_{j}" = "b2[j-1]"
"X" = "a1[:]"
"Y" = "z2[:]"
"W" = "W2[:, :].T"
"B" = "b2[:]"
''',
    # Ng's names as the notes write them: x_1, x_2, w_1, w_2 (x and w the vectors), b, z, a = y-hat, y; L (\mathcal{L})
    # the loss; da, dz, dw_1, dw_2, db the derivatives of the loss (the course's convention); alpha the learning rate
    "b75_logistic2": r'''
[notation]
indices = "i"
loss = ["\\mathcal{L}"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"x" = "x[:]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"da" = "grad(a1[0])"
"dz" = "grad(z1[0])"
"dw_{i}" = "grad(W1[0, i-1])"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
''',
    # the thread's names, the course's: x_1 and w_1 (x and w the vectors), z, and dw_1, dz, dw the derivatives of the
    # loss L (the convention the mentor spells out: dsomething is dL/dsomething)
    "b75_dlai": r'''
[notation]
indices = "i"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"x" = "x[:]"
"w" = "W1[0, :]"
"z" = "z1[0]"
"dz" = "grad(z1[0])"
"dw_{i}" = "grad(W1[0, i-1])"
"dw" = "grad(W1[0, :])"
''',
    # Nielsen's neuron: x the input, y the desired output, w, b, z = wx + b, a = sigma(z); C the cost, eta the rate
    "b75_eccn": r'''
[notation]
loss = ["C"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
    # the question's plain text: aL the output (a^L), wL and zL the last layer's weight and input sum, y the target, C
    # the cost, delta' its slip for sigma' (the sigmoid's derivative: delta names the sigmoid here); w the weight the
    # claim differentiates by, the last layer's ("the partial derivative for the last layer L"). The flattened
    # superscripts aL-1, aL-2 and zL-1 (a^{L-1}, a^{L-2}, z^{L-1}) are no pattern of the spec's grammar (a name with
    # a minus sign and a digit): left unnamed, as a teacher under the spec must. Named in session 36 (2026-12-07)
    # after review, the network's a1[0], x[0] and z1[0] (the module's docstring says why)
    "b75_so_last": r'''
[notation]
loss = ["C"]
functions = { "\\delta" = "sigmoid" }
[notation.symbols]
"aL" = "a2[0]"
"wL" = "W2[0, 0]"
"zL" = "z2[0]"
"y" = "y[0]"
"w" = "W2[0, 0]"
"aL-1" = "a1[0]"
"aL-2" = "x[0]"
"zL-1" = "z1[0]"
''',
    # the same question's hidden layer: w the weight into the L-1 layer ("the partial derivative on the L-1 layer")
    "b75_so_hidden": r'''
[notation]
loss = ["C"]
functions = { "\\delta" = "sigmoid" }
[notation.symbols]
"aL" = "a2[0]"
"wL" = "W2[0, 0]"
"zL" = "z2[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"aL-1" = "a1[0]"
"aL-2" = "x[0]"
"zL-1" = "z1[0]"
''',
    # the answer's F(t, y) = H(y, f(t)) the binary cross-entropy (the loss, F and H its names), f the sigmoid, t the
    # neuron's input sum (the question's z = wx + b), y the expected output
    "b75_neuron_bce": r'''
[notation]
loss = ["F", "H"]
functions = { f = "sigmoid" }
[notation.symbols]
"t" = "z1[0]"
"z" = "z1[0]"
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"y" = "y[0]"
''',
    # the answer's prose: f the ReLU, x its argument (a hidden unit's input sum)
    "b75_relu_answer": r'''
[notation]
functions = { f = "relu" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the answer's code: x the input row, w1 and w2 input-first (D_in x H, H x D_out), h the hidden sums, h_relu the
    # hidden outputs, y_pred the output, y the target
    "b75_relu_code": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"h" = "z1[:]"
"h_relu" = "a1[:]"
"y_pred" = "a2[0]"
"y" = "y[0]"
''',
    # S_i the softmax output of class i, z_i its logit, counted from 1
    "b75_softmax3": r'''
[notation]
indices = "ijk"
[notation.symbols]
"S_{i}" = "a1[i-1]"
"z_{i}" = "z1[i-1]"
''',
}
