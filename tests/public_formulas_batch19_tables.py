"""The networks and notations of batch 19 of the held-out public formulas (tests/public_formulas_batch19.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b19_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


_ETA = "\n[update]\nlearning_rate = 0.1\n"
# one sample, for the pages that write a sum or a mean over the samples (the oracle's twins are one sample's)
_ONE_SAMPLE_MEAN = "\n[data]\nx = [[0.5, -1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\nreduction = \"mean\"\n"

NETWORKS = {
    # freeacademy's lesson: z1 = W1 x + b1, a1 = sigma(z1), z2 = W2 a1 + b2, yhat = z2 (regression),
    # L = (1/2)(yhat - y)^2; two inputs and two hidden units, alpha 0.1
    "b19_free": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                        loss="half_squared_error", extra=_ETA),
    # the Coursera forum thread (Week 3): the linear cost J = sum ((wx + b) - y)^2 and the logistic one,
    # f(x) = 1/(1 + e^-(wx + b)), each summed over the samples (one sample here)
    "b19_week3_linear": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error",
                                extra="\n[data]\nx = [[2.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"
                                      "reduction = \"sum\"\n"),
    "b19_week3_logistic": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                                  extra="\n[data]\nx = [[2.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"
                                        "reduction = \"sum\"\n"),
    # the math.techqa question: error = 1/N sum_i (y_i - (m x_i + b))^2, a line m x + b, the mean over the
    # samples (one sample here)
    "b19_techqa": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error",
                          extra="\n[data]\nx = [[3.0]]\ny = [[2.0]]\n\n[update]\nlearning_rate = 0.1\n"
                                "reduction = \"mean\"\n"),
    # the math Q&A on softmax with one_hot(y): h = g(w_1 x + b_1) (g the sigmoid here), z = w_2 h + b_2,
    # y_hat = softmax(z), Loss = -sum onehot(y) log(y_hat); three classes
    "b19_onehot": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                          loss="cross_entropy", extra=_ETA),
    # the notion page on logistic regression: yhat = sigma(w . x + b), the logistic loss, averaged over the N
    # samples (one sample here)
    "b19_notion": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                          extra=_ONE_SAMPLE_MEAN),
    # "Basics of Deep Learning - Backpropagation Explained Step by Step (continued)": inputs -> sigmoid hidden
    # units h[out] -> one sigmoid output o[out]; MSE = 1/N sum_e (o[out]^(e) - y^(e))^2, and the post's
    # variant with 1/(2N); the mean over the samples (one sample here)
    "b19_basics": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="squared_error", extra=_ONE_SAMPLE_MEAN),
    "b19_basics_half": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                               loss="half_squared_error", extra=_ONE_SAMPLE_MEAN),
    # Ng's machine-learning notes (logistic regression: gradient descent): h_theta(x) = g(theta^T x), theta_0 ..
    # theta_n with x_0 = 1 written as a weight (n = 2; no separate bias), the cost averaged over the m samples
    # (one sample here)
    "b19_ng": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy",
                      extra="\n[data]\nx = [[1.0, 0.5, -1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"
                            "reduction = \"mean\"\n"),
    # Ng's lecture notes on upscfever (logistic regression, gradient descent): yhat = sigma(w^T x + b), J the
    # mean of the losses over the m samples (one sample here)
    "b19_upsc": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                        extra=_ONE_SAMPLE_MEAN),
    # cross-entropy.net's ML530 question 1: y_hat = w_hat * x, one weight and no bias, x = -0.05, y = -0.05,
    # w_hat = 0.90, mse = (y - y_hat)^2, learning rate 0.1
    "b19_ml530": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.9]]',
                         loss="squared_error",
                         extra="\n[data]\nx = [[-0.05]]\ny = [[-0.05]]\n\n[update]\nlearning_rate = 0.1\n"),
    # hollyemblem's tiny toy network: x -> z1 -> h = sigmoid(z1) -> z2 = h @ W2 + b2 (a linear output of two),
    # mse_prime(y_true, z2) = z2 - y_true (the error 1/2 sum (z2 - y)^2); the page's W1 and W2 are input-first
    # (rows x1, x2 and h1, h2): W1 = [[0.10, -0.20], [0.40, 0.20]], W2 = [[0.30, -0.10], [0.20, 0.20]], biases 0
    "b19_toy": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.10, 0.40], [-0.20, 0.20]]\n'
                       'biases = [0.0, 0.0]',
                       'units = 2\nactivation = "identity"\nweights = [[0.30, 0.20], [-0.10, 0.20]]\n'
                       'biases = [0.0, 0.0]', loss="half_squared_error", extra=_ETA),
}

NOTATIONS = {
    # freeacademy's plain text: Unicode subscripts (W₁, z₂), ŷ the output, alpha the learning rate; the
    # vectors and matrices named whole
    "b19_free": r'''
[notation]
[notation.symbols]
"W₁" = "W1[:, :]"
"b₁" = "b1[:]"
"z₁" = "z1[:]"
"a₁" = "a1[:]"
"W₂" = "W2[:, :]"
"b₂" = "b2[:]"
"z₂" = "z2[:]"
"ŷ" = "a2[0]"
"y" = "y[0]"
''',
    # the forum thread: w, b the line's weight and bias, x the input, y the target, J the cost (f(x), the
    # model's prediction, is a function of the input the spec has no way to name; left unnamed)
    "b19_week3": r'''
[notation]
loss = ["J"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # the math.techqa question: m the slope, b the intercept, x_i and y_i the i-th sample's input and target
    # (i a sample index: the meanings do not use it), N the number of samples, error the loss
    "b19_techqa": r'''
[notation]
indices = "i"
loss = ["error"]
[notation.symbols]
"m" = "W1[0, 0]"
"b" = "b1[0]"
"x_{i}" = "x[0]"
"y_{i}" = "y[0]"
''',
    # the softmax Q&A: w_1, b_1 the hidden layer's weights and bias, h its output (g its activation), w_2, b_2 the
    # output layer's, z its pre-activation, y_hat the softmax's output, Loss the loss; onehot(y), the one-hot
    # target of the label y, is a function of the label the spec has no way to name (left unnamed)
    "b19_onehot": r'''
[notation]
loss = ["\\text{Loss}"]
functions = { g = "sigmoid" }
[notation.symbols]
"w_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
"h" = "a1[:]"
"w_{2}" = "W2[:, :]"
"b_{2}" = "b2[:]"
"z" = "z2[:]"
"y_{\\text{hat}}" = "a2[:]"
''',
    # the notion page: bold w and x the weight and input vectors, b the bias, z the logit, yhat the prediction,
    # y the label; the superscript (i) the sample (a letter the meanings do not use); J and L the loss
    "b19_notion": r'''
[notation]
loss = ["J", "L"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"z^{(i)}" = "z1[0]"
''',
    # the "Basics of Deep Learning" post: o[in], o[out] the output unit's input and output, h[out] the first hidden
    # unit's output, w[2-11] the first weight of weight matrix 2 (h1 -> o), y the target; the superscript (1) the
    # first sample; MSE the loss; f = (o[out] - y)^2, g the MSE of its chain rule (g of f)
    "b19_basics": r'''
[notation]
loss = ["\\text{MSE}", "g"]
[notation.symbols]
"o[out]^{(1)}" = "a2[0]"
"o[in]^{(1)}" = "z2[0]"
"h[out]^{(1)}" = "a1[0]"
"w[2-11]" = "W2[0, 0]"
"y^{(1)}" = "y[0]"
"f" = "(a2[0] - y[0])**2"
''',
    # Ng's notes: theta_j the j-th weight counted from 0 (x_0 = 1), theta the vector, x^{(i)} the i-th sample's
    # input and x^{(i)}_j its j-th entry, y^{(i)} its label, X the samples' inputs as rows, g the sigmoid, delta the
    # gradient of J by theta (its own definition on the page); h_theta(x), the prediction as a function of the
    # input, is what the spec has no way to name (left unnamed)
    "b19_ng": r'''
[notation]
indices = "j"
loss = ["J"]
functions = { g = "sigmoid" }
[notation.symbols]
"\\theta_{j}" = "W1[0, j]"
"\\theta" = "W1[0, :]"
"x^{(i)}_{j}" = "x[j]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"X" = "x[:]"
"y" = "y[0]"
"\\delta" = "grad(W1[0, :])"
''',
    # Ng's lecture notes: yhat^{(i)} the prediction for sample i, y^{(i)} its label, x^{(i)} its input, w, b the
    # weights and bias; J the cost, L the loss
    "b19_upsc": r'''
[notation]
loss = ["J", "L"]
[notation.symbols]
"\\hat{y}^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"x^{(i)}" = "x[:]"
"w" = "W1[0, :]"
"b" = "b1[0]"
''',
    # the ML530 question's plain names: w_hat the weight, y_hat the prediction, activation and product the unit's
    # output and weighted input, old_weight and new_weight the weight before and after the step, mse and loss the
    # loss (its gradient(loss, w_hat), a derivative written as a function of two names, the spec cannot express)
    "b19_ml530": r'''
[notation]
loss = ["mse", "loss"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_hat" = "W1[0, 0]"
"y_hat" = "a1[0]"
"activation" = "a1[0]"
"product" = "z1[0]"
"weight" = "W1[0, 0]"
"old_weight" = "W1[0, 0]"
"new_weight" = "new(W1[0, 0])"
''',
    # hollyemblem's cheat sheet (row vectors, W input-first as NumPy's h @ W2): W1_{ij} and W2_{ij} join input i
    # to unit j, h the hidden output, y and y_true the target, E the error
    "b19_toy": r'''
[notation]
loss = ["E"]
[notation.symbols]
"W1_{ij}" = "W1[j-1, i-1]"
"W2_{ij}" = "W2[j-1, i-1]"
"h" = "a1[:]"
"y_true" = "y[:]"
''',
}
