"""The networks and notations of batch 24 of the held-out public formulas (tests/public_formulas_batch24.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b24_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Sayantankhan's post, "The Capital of India Is...": logits z = [2.0, 1.0, 0.1] of three classes (Delhi,
    # Bangalore, Mumbai), Delhi true, the output weights W = [[0.2, 0.5], [-0.3, 0.8], [0.1, -0.6]] "assumed" for
    # dL/dx; the post's code feeds x = [1, 1], which with W gives other logits, so the biases here, 1.3, 0.5, 0.6,
    # make z = W x + b the post's [2.0, 1.0, 0.1]; softmax with the cross-entropy
    "b24_sayan": _layers('inputs = 2\nunits = 3\nactivation = "softmax"\n'
                         'weights = [[0.2, 0.5], [-0.3, 0.8], [0.1, -0.6]]\nbiases = [1.3, 0.5, 0.6]',
                         loss="cross_entropy", extra=_data("[1.0, 1.0]", "[1.0, 0.0, 0.0]")),
    # the stored notes "## Forward Pass" (W^k in R^{n x m}): sigmoid layers, L = (yhat - y)^2 / 2, k the last layer
    # (here 2) and c = k - n a lower one (here 1); no numbers (one output, so that (yhat - y)^2 is a number)
    "b24_reals": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                         loss="half_squared_error"),
    # Bernd Porr's notes: linear neurons y_i(n) = sum_j y_j(n) w_{ji}, inputs y_k, hidden y_j, output y_i, no
    # biases, E = 1/2 e^2 with e_i = y_i - d_i (one output, as E = 1/2 e^2 writes it); then the same network with
    # an activation Theta (the sigmoid here, one of the notes' three)
    "b24_porr": _layers('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"',
                        'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    "b24_porr_nl": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the stored "Gradient Descent for Logistic Regression (Step by Step)": s = w_0 + w_1 x_1 + w_2 x_2, yhat =
    # sigma(s), the cross-entropy; its example x = [3, 5], y = 1, yhat = 0.4, alpha = 0.1 (yhat given outright:
    # the bias w_0 = ln(0.4/0.6) and w_1 = w_2 = 0 give it)
    "b24_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.0, 0.0]]\n'
                          'biases = [-0.4054651081081644]', loss="binary_cross_entropy",
                          extra=_data("[3.0, 5.0]", "[1.0]")),
    # the stored worked example (x1 = 3000 square feet, x2 = 6 bedrooms, x3 = 1 AC, y = 0 "Buy"): one sigmoid
    # unit, Loss = (y - yhat)^2, eta = 0.00001; then its second sample with the updated weights the page carries
    "b24_buy1": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nweights = [[0.001, 0.01, -0.005]]\n'
                        'biases = [0.1]', loss="squared_error",
                        extra=_data("[3000.0, 6.0, 1.0]", "[0.0]", learning_rate=0.00001)),
    "b24_buy2": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\n'
                        'weights = [[-0.001265, 0.0099955, -0.005000755]]\nbiases = [0.09999924]',
                        loss="squared_error", extra=_data("[2000.0, 3.0, 0.0]", "[1.0]", learning_rate=0.00001)),
    # "Deriving the backpropagation algorithm." (2012): N_0 inputs, N_1 hidden neurons g, one output g, biases, E =
    # 1/2 sum over the M samples of (y - t)^2; two inputs, two hidden units, the sigmoid for g, one sample (the
    # post's on-line learning "without the sum over every sample"), h = 0.1; no numbers
    "b24_derive": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # the stored "Derivation of Binary Cross-Entropy Loss Gradient for Logistic Regression": h(x) = sigma(w^T x + b),
    # the binary cross-entropy; two features; no numbers
    "b24_bce": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the stored "Backward Propagation and Gradient Descent Explained": a hidden layer a_1 (its activation is its
    # forward-propagation page's, not stored with it: the sigmoid here), a softmax output of C classes (two, as its
    # 2x2 output matrix), the cross-entropy; one sample (m = 1); no numbers
    "b24_bpe": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
}

NOTATIONS = {
    # Sayantankhan's derivation: z_i the logits, \hat{y}_i the softmax, y_i the one-hot target, counted from 1 as its
    # sums are (\sum_{j=1}^{K}); c the correct class (the label letter); \mathbf{w}_k row k of W, x the input vector
    "b24_sayan": r'''
[notation]
indices = "ijk"
label = "c"
[notation.symbols]
"z_{i}" = "z1[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
"y_{i}" = "y[i-1]"
"w_{k}" = "W1[k-1, :]"
"W" = "W1[:, :]"
"x" = "x[:]"
''',
    # Sayantankhan's worked example, counted from 0 as it counts ("k = 0 (Delhi, correct)"): \hat{y}_{\text{true}}
    # the probability of the true class, Delhi; dz the code's dL/dz
    "b24_sayan0": r'''
[notation]
indices = "k"
[notation.symbols]
"\\hat{y}_{k}" = "a1[k]"
"y_{k}" = "y[k]"
"\\hat{y}_{\\text{true}}" = "a1[0]"
"z" = "z1[:]"
"W" = "W1[:, :]"
"dz_{k}" = "grad(z1[k])"
''',
    # the "## Forward Pass" notes: k the last layer (2 here), c = k - n a lower one (1 here), both literal letters;
    # \delta^k = dL/da^{k-1}, the notes' own definition ("\delta^k = \frac{dL}{da^{k-1}}")
    "b24_reals": r'''
[notation]
indices = "ij"
[notation.symbols]
"W^{k}" = "W2[:, :]"
"b^{k}" = "b2[:]"
"z^{k}" = "z2[:]"
"a^{k-1}" = "a1[:]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta^{k}" = "delta2[0]*W2[0, :]"
"W^{c+1}" = "W2[:, :]"
"b^{c+1}" = "b2[:]"
"\\delta^{c+1}" = "delta2[0]*W2[0, :]"
"W^{c}" = "W1[:, :]"
"b^{c}" = "b1[:]"
"z^{c}" = "z1[:]"
"a^{c-1}" = "x[:]"
''',
    # Bernd Porr's notes: the index letter gives the layer (k input, j hidden, i output), as the notes use them:
    # literal letters whose meanings' letters are the formula's own; w and \omega the same weight (the notes mix
    # them), w_{ji} joining y_j to y_i; e_i = y_i - d_i as the notes define it; e_j the notes' internal error
    # \sum_i e_i \omega_{ji}; \mu the learning rate; \Theta the activation (the sigmoid in b24_porr_nl)
    "b24_porr": r'''
[notation]
indices = "q"
learning_rate = ["\\mu"]
loss = ["E"]
functions = { "\\Theta" = "sigmoid" }
[notation.symbols]
"y_{k}" = "x[k-1]"
"y_{j}" = "a1[j-1]"
"y_{i}" = "a2[i-1]"
"d_{i}" = "y[i-1]"
"e_{i}" = "a2[i-1] - y[i-1]"
"e" = "a2[0] - y[0]"
"e_{j}" = "W2[0, j-1]*(a2[0] - y[0])"
"w_{ji}" = "W2[i-1, j-1]"
"\\omega_{ji}" = "W2[i-1, j-1]"
"w_{kj}" = "W1[j-1, k-1]"
"\\omega_{kj}" = "W1[j-1, k-1]"
"v_{i}" = "z2[i-1]"
"\\Delta\\omega_{ji}" = "-eta*delta2[i-1]*a1[j-1]"
"\\Delta\\omega_{kj}" = "-eta*delta1[j-1]*x[k-1]"
''',
    # the logistic regression step by step: w_0 the bias, w_j the weight of x_j, s the score, \hat{y} = sigma(s);
    # ^{(i)} the data point (one here, N = 1); \alpha the learning rate; \mathcal{L} the loss
    "b24_logreg": r'''
[notation]
indices = "j"
learning_rate = ["\\alpha"]
loss = ["\\mathcal{L}"]
[notation.symbols]
"w_{0}" = "b1[0]"
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"s" = "z1[0]"
"\\hat{y}^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"x_{j}^{(i)}" = "x[j-1]"
"N" = "1"
''',
    # the worked example: x_i and w_i counted from 1 (x₁ = 3000), b the bias, z, \hat{y} = sigma(z); l and \text{Loss}
    # the loss
    "b24_buy": r'''
[notation]
indices = "i"
loss = ["l", "\\text{Loss}"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # "Deriving the backpropagation algorithm.": ^{(i)} the training sample, ^{(l)} and ^{(l + 1)} the iteration
    # before and after the update; \hat{w}_j the output neuron's weights, \hat{b} its bias, \hat{r} its input; w_{1,j}
    # hidden neuron 1's weights, b_1 its bias, r_j hidden neuron j's input; g the activation; h the learning rate
    "b24_derive": r'''
[notation]
indices = "j"
learning_rate = ["h"]
loss = ["E"]
functions = { g = "sigmoid" }
[notation.symbols]
"y^{(i)}" = "a2[0]"
"t^{(i)}" = "y[0]"
"\\hat{r}^{(i)}" = "z2[0]"
"r_{j}^{(i)}" = "z1[j-1]"
"\\hat{w}_{j}" = "W2[0, j-1]"
"\\hat{w}_{j}^{(l)}" = "W2[0, j-1]"
"\\hat{w}_{j}^{(l + 1)}" = "new(W2[0, j-1])"
"\\hat{b}" = "b2[0]"
"w_{1,j}" = "W1[0, j-1]"
"w_{1,j}^{(l)}" = "W1[0, j-1]"
"w_{1,j}^{(l + 1)}" = "new(W1[0, j-1])"
"x_{j}^{(i)}" = "x[j-1]"
"b_{1}" = "b1[0]"
''',
    # the binary cross-entropy derivation: h the prediction sigma(z), w_j and x_j counted from 1, xᵢ, xᵢ,j and yᵢ the
    # i-th example's (one example here, m = 1; xᵢ named after the blind run: see the batch's docstring); J the average
    # cost
    "b24_bce": r'''
[notation]
indices = "jk"
loss = ["L", "J"]
[notation.symbols]
"h" = "a1[0]"
"z" = "z1[0]"
"y" = "y[0]"
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"y_{i}" = "y[0]"
"x_{i}" = "x[:]"
"x_{i,j}" = "x[j-1]"
"m" = "1"
''',
    # "Backward Propagation and Gradient Descent Explained": ^{(k,i)} sample k (one here, m = 1) and class i, counted
    # from 1; Y_{\text{pred}} the softmax output, Y the one-hot target, Z_2 the logits; a_1, z_2, y_{\text{pred}} the
    # vectors (a_2 the softmax output, named after the blind run: see the batch's docstring); w the weight of its update
    # rule (the first one here), \alpha the learning rate
    "b24_bpe": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
loss = ["L", "\\text{Loss}", "\\text{Loss}^{(k)}"]
[notation.symbols]
"Y_{\\text{pred}}^{(k,i)}" = "a2[i-1]"
"Y^{(k,i)}" = "y[i-1]"
"Z_{2}^{(k,i)}" = "z2[i-1]"
"y_{\\text{pred}}" = "a2[:]"
"y" = "y[:]"
"a_{1}" = "a1[:]"
"a_{2}" = "a2[:]"
"z_{2}" = "z2[:]"
"W_{2}" = "W2[:, :]"
"w" = "W1[0, 0]"
"w_{\\text{old}}" = "W1[0, 0]"
"w_{\\text{new}}" = "new(W1[0, 0])"
"m" = "1"
''',
}
