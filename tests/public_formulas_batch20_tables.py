"""The networks and notations of batch 20 of the held-out public formulas (tests/public_formulas_batch20.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b20_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # smaxx73's session 6, "Step-by-Step: Backprop on a 2-2-1 Network": sigmoid everywhere, L = (y - yhat)^2,
    # x = (1, 0), y = 1, eta = 1.0 ("large for demonstration")
    "b20_s6_xor": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5, 0.3], [-0.2, 0.8]]\n'
                          'biases = [0.1, -0.1]',
                          'units = 1\nactivation = "sigmoid"\nweights = [[0.6, -0.4]]\nbiases = [0.2]',
                          loss="squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 1.0)),
    # the session's solutions, exercise 3.1: one sigmoid neuron, x = 2, w = 0.5, b = -0.5, y = 1, L = e^2 with
    # e = yhat - y (no learning rate given; 0.1)
    "b20_s6_neuron": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [-0.5]',
                             loss="squared_error", extra=_data("[2.0]", "[1.0]")),
    # exercise 9.1: 1 input -> 1 hidden -> 1 output, all sigmoid, w1 = 0.5, b1 = 0, w2 = -1.0, b2 = 0.5, x = 1.0,
    # y = 0, L = (y - yhat)^2, eta = 1.0
    "b20_s6_chain": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[-1.0]]\nbiases = [0.5]',
                            loss="squared_error", extra=_data("[1.0]", "[0.0]", 1.0)),
    # the deep-learning course notes' "Backpropagation intuition": logistic regression z = w'x + b, a = sigmoid(z),
    # l(a, y) the binary cross-entropy (two features, as the notes' next lesson has)
    "b20_ng_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # its two layers: x -> sigmoid hidden layer (three units) -> sigmoid output, l(a[2], y) the binary cross-entropy
    "b20_ng_two": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # YoanPtr's README (the Centrale Lyon image-classification TD's MLP): A^(0) = X -> sigmoid hidden layer ->
    # sigmoid output, C the mean squared error over the N_out outputs; three inputs, two hidden units (N_in is
    # the number of input units: 3), three outputs
    "b20_yoan": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                        loss="mean_squared_error"),
    # the Bengali softmax example: logits z = (2, 1, 0) given outright, class A true, as the logits of an
    # identity-weighted layer on x = z; softmax with the cross-entropy
    "b20_bn_logits": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                             'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]',
                             loss="cross_entropy", extra=_data("[2.0, 1.0, 0.0]", "[1.0, 0.0, 0.0]")),
    # its "Weight Update Example (Linear Layer)": z = Wx + b with its W, b = 0, x = (1, 2), class A true, eta = 0.1
    # (these W and x give z = (0.5, 0.2, 0.1), not the (2, 1, 0) the page carries into the step)
    "b20_bn_linear": _layers('inputs = 2\nunits = 3\nactivation = "softmax"\n'
                             'weights = [[0.1, 0.2], [0.0, 0.1], [-0.1, 0.1]]\nbiases = [0.0, 0.0, 0.0]',
                             loss="cross_entropy", extra=_data("[1.0, 2.0]", "[1.0, 0.0, 0.0]")),
    # the Haskell network's test: x -> tanh(mx + b), e = (tanh(mx + b) - c)^2, x = 3, c = 5 (m and b the library's
    # initial values, not given)
    "b20_hs": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="squared_error",
                      extra=_data("[3.0]", "[5.0]")),
    # the student's Task 1a: logistic regression yhat = f(x) = sigmoid(w^T x), no bias, C^n the binary
    # cross-entropy of sample n (three features)
    "b20_task_logreg": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                               loss="binary_cross_entropy"),
    # its Task 1b: softmax regression z_k = sum_i w_{ki} x_i, K classes (three), the cross-entropy
    "b20_task_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"',
                                loss="cross_entropy"),
    # the French CNN notes' neuron: z = w x + b, a = phi(z), phi the ReLU ("on utilise seulement ReLU et softmax");
    # a loss is needed for a problem file, the formulas taken do not use it
    "b20_fr_neuron": _layers('inputs = 1\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    # their softmax output with the cross-entropy H(y, a), q = N = 3 classes
    "b20_fr_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
}

NOTATIONS = {
    # smaxx73's session 6 writes symbols.md's own names (W^{(l)}, b^{(l)}, z^{(l)}, a^{(l)}, \delta^{(l)}, x, y,
    # \hat{y}, \eta), in LaTeX and in its plain-text algorithm box with Unicode superscripts (δ⁽ˡ⁾, W⁽ˡ⁺¹⁾, ᵀ);
    # f^{(l)} is the activation of layer l (the sigmoid here), W^{(2)}_{\text{new}} the matrix after the step. A
    # pattern for W^{(2)}_{\text{new}} reuses the letter W, which then keeps no default meaning (the spec: "the
    # symbols of symbols.md stay valid where the notation does not reuse their letters"), so W's own meaning is
    # written too: W_{ji}^{(l)} output-first, W^{(l)} the layer's matrix
    "b20_s6": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"W_{ji}^{(l)}" = "W{l}[j, i]"
"W^{(l)}" = "W{l}[:, :]"
"W^{(2)}_{\\text{new}}" = "new(W2[:, :])"
''',
    # the solutions' exercise 3.1: w, b, x, y, z = wx + b, \hat{y} = sigma(z), e = \hat{y} - y
    "b20_s6_neuron": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"e" = "a1[0] - y[0]"
''',
    # exercise 9.1: w_1, b_1 into the hidden neuron (z_1, a_1), w_2, b_2 into the output (z_2, \hat{y}); \delta^{(1)}
    # and \delta^{(2)} are symbols.md's own
    "b20_s6_chain": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
''',
    # the course notes' logistic regression in plain text: w the weight vector, x the features, a = sigmoid(z), l(a, y)
    # the loss; da, dz, dw, db the loss's derivatives by a, z, w, b (the course's names); g the activation
    "b20_ng_logreg": r'''
[notation]
loss = ["l"]
functions = { g = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"da" = "grad(a1[0])"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
''',
    # its two layers: the layer in square brackets (z[1], W[2], the course's superscript [l]), dz[l], dw[l], db[l]
    # (and dZ, dW, A, Z, X, Y of the vectorized lines) the course's names of the loss's derivatives, ' the
    # transpose (Octave's), g[1] the hidden layer's activation, m examples (one here)
    "b20_ng_two": r'''
[notation]
indices = "l"
loss = ["l"]
functions = { "g[1]" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"X" = "x[:]"
"y" = "y[0]"
"Y" = "y[:]"
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"z[l]" = "z{l}[:]"
"Z[l]" = "z{l}[:]"
"a[l]" = "a{l}[:]"
"A[l]" = "a{l}[:]"
"dz[l]" = "grad(z{l}[:])"
"dZ[l]" = "grad(z{l}[:])"
"dw[l]" = "grad(W{l}[:, :])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"m" = "1"
''',
    # YoanPtr's README: A^{(l)}, Z^{(l)}, B^{(l)} the layer's vectors (A^{(0)} the input), W^{(l)} symbols.md's; C
    # the cost; \hat{y}_i and y_i output i and its target, counted from 1; N_out and N_in the numbers of output and
    # input units
    "b20_yoan": r'''
[notation]
indices = "ijl"
[notation.symbols]
"A_{j}^{(l)}" = "a{l}[j-1]"
"A_{j}^{(0)}" = "x[j-1]"
"Z_{j}^{(l)}" = "z{l}[j-1]"
"B_{j}^{(l)}" = "b{l}[j-1]"
"\\hat{y}_{i}" = "a2[i-1]"
"y_{i}" = "y[i-1]"
"N_{out}" = "3"
"N_{in}" = "3"
''',
    # the Bengali example: z_i the logits, p_i the softmax's outputs, y_i the one-hot target (counted from 1), S the
    # sum of the exponentials, L the cross-entropy; W_i row i of W, W_{\text{new}} and b_{\text{new}} after the step
    "b20_bn": r'''
[notation]
indices = "ij"
[notation.symbols]
"z_{i}" = "z1[i-1]"
"p_{i}" = "a1[i-1]"
"y_{i}" = "y[i-1]"
"S" = "exp(z1[0]) + exp(z1[1]) + exp(z1[2])"
"x" = "x[:]"
"W_{i}" = "W1[i-1, :]"
"b" = "b1[:]"
"W_{\\text{new}}" = "new(W1[:, :])"
"b_{\\text{new}}" = "new(b1[:])"
''',
    # the Haskell network's comments: m the weight, b the bias, x the input, c the target, n2 = mx + b the net input,
    # n1 = tanh(n2) the output, e the error; dedn1 and dedn2 the code's names of de/dn1 and de/dn2
    "b20_hs": r'''
[notation]
loss = ["e"]
[notation.symbols]
"m" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"c" = "y[0]"
"n1" = "a1[0]"
"n2" = "z1[0]"
"dedn1" = "grad(a1[0])"
"dedn2" = "grad(z1[0])"
''',
    # the student's Task 1a: C^n(w) the loss of sample n, w_i the weight of feature i (counted from 1), x_i^n the
    # feature, y^n the target, \hat{y}^n the output (which the page renames f(x), and whose subscripts it drops: the
    # spec has no way to say that f(x) is \hat{y}^n, nor that a bare w is the w_i of the rule)
    "b20_task1a": r'''
[notation]
indices = "i"
loss = ["C^{n}"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}^{n}" = "x[i-1]"
"y^{n}" = "y[0]"
"\\hat{y}^{n}" = "a1[0]"
''',
    # its Task 1b: w_{kj} joins input j to class k, z_k the logit, \hat{y}_k the softmax's output, y_k the one-hot
    # target, all counted from 1; K classes
    "b20_task1b": r'''
[notation]
indices = "ijk"
loss = ["C^{n}"]
[notation.symbols]
"w_{kj}" = "W1[k-1, j-1]"
"x_{i}" = "x[i-1]"
"z_{k}" = "z1[k-1]"
"\\hat{y}_{k}" = "a1[k-1]"
"y_{k}" = "y[k-1]"
"K" = "3"
''',
    # the French notes' neuron: x, w, b, z = w x + b, a = phi(z), phi the ReLU
    "b20_fr_neuron": r'''
[notation]
functions = { "\\phi" = "relu" }
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
    # their softmax: \phi_i the softmax's output i, a_j the same outputs, z_j the logits, y_j the one-hot target, H
    # the cross-entropy (written with its arguments, H(\mathbf y, \mathbf a)); counted from 1; q = N = 3 classes
    "b20_fr_softmax": r'''
[notation]
indices = "ijk"
loss = ["H"]
[notation.symbols]
"\\phi_{i}" = "a1[i-1]"
"a_{i}" = "a1[i-1]"
"z_{i}" = "z1[i-1]"
"y_{i}" = "y[i-1]"
"q" = "3"
"N" = "3"
''',
}
