"""The networks and notations of batch 15 of the held-out public formulas (tests/public_formulas_batch15.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b15_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


_RATE = "\n[update]\nlearning_rate = 0.1\n"

NETWORKS = {
    # solvewithpython.com: z = w x + b, a = z, L = (a - y)^2, with x = 2.0, w = 1.5, b = 0.5, y = 4.0 (the page
    # gives no learning rate; 0.1 here)
    "b15_solve": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[1.5]]\nbiases = [0.5]',
                         loss="squared_error", extra="\n[data]\nx = [[2.0]]\ny = [[4.0]]\n" + _RATE),
    # math.SE 3295234: a^(L) = a^(L-1) W^(L), one weight, no bias, C = (a^(L) - a^(L)*)^2, a^(L-1) = 5.7,
    # W = -23.1, the desired a^(L)* = 50.1, the learning factor R = 0.007
    "b15_mse_matrix": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[-23.1]]',
                              loss="squared_error",
                              extra="\n[data]\nx = [[5.7]]\ny = [[50.1]]\n\n[update]\nlearning_rate = 0.007\n"),
    # Nemotron's "Derivation of the Binary Cross Entropy Loss Gradient": yhat = sigma(z), z = W . x (no bias), the
    # binary cross-entropy; two inputs
    "b15_bce_nobias": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                              loss="binary_cross_entropy", extra=_RATE),
    # Nemotron's "Derivative of Cross Entropy Loss with Softmax": K = 3 classes, softmax and the cross-entropy
    "b15_softmax": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy", extra=_RATE),
    # quralabz's "Backpropagation & Gradient Descent": dL/dW through a2 = sigma(z2), z2 = W2 a1 (a network of two
    # one-unit sigmoid layers; the loss is not named on the page, 1/2 (a2 - y)^2 here)
    "b15_qura_chain": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"',
                              'units = 1\nactivation = "sigmoid"', loss="half_squared_error", extra=_RATE),
    # quralabz's "Example Update": W1 = 0.3, alpha = 0.01, dL/dW1 = 0.05; one linear unit whose gradient is 0.05 at
    # x = 1, y = 0.25 (the page gives the gradient, not the data that make it)
    "b15_qura_step": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.3]]',
                             loss="half_squared_error",
                             extra="\n[data]\nx = [[1.0]]\ny = [[0.25]]\n\n[update]\nlearning_rate = 0.01\n"),
    # appropri8's "tiny neural network by hand": prediction = sigmoid(study_hours * weight + bias), loss = error ** 2,
    # weight = 0.1, bias = 0.0, learning_rate = 0.1, the first row (1, 0)
    "b15_tiny": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.1]]\nbiases = [0.0]',
                        loss="squared_error", extra="\n[data]\nx = [[1.0]]\ny = [[0.0]]\n" + _RATE),
    # upscfever's notes of Andrew Ng's "Logistic Regression Gradient Descent": Z = W1 X1 + W2 X2 + B, a = sigma(z),
    # L(a, y) the binary cross-entropy
    "b15_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                            extra=_RATE),
    # artibrains' "Backpropagation via the Chain Rule": x -> W^(1) x + b^(1) -> sigma -> W^(2) a^(1) + b^(2) -> phi,
    # the "mean-squared-error loss" read as 1/2 ||yhat - y||^2 (what its delta^(2) = (yhat - y) phi'(z^(2)) is
    # exact for); phi a sigmoid here, 2 inputs, 3 hidden units, 2 outputs
    "b15_arti": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error", extra=_RATE),
    # ai.mrmaier.com's lesson 7: L(w) = (w - 3)^2, "the gap to 3, squared", read as one linear unit with x = 1, y = 3;
    # w = 0, eta = 0.1
    "b15_maier": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.0]]',
                         loss="squared_error", extra="\n[data]\nx = [[1.0]]\ny = [[3.0]]\n" + _RATE),
}

NOTATIONS = {
    # the page's code names (Python) and its KaTeX letters; dL_da, dL_dw, dL_db the loss's derivatives, da_dz,
    # dz_dw, dz_db the local derivatives of this network (a = z: 1; z = w x + b: x and 1)
    "b15_solve": r'''
[notation]
loss = ["loss", "L"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y" = "y[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"dL_da" = "grad(a1[0])"
"dL_dw" = "grad(W1[0, 0])"
"dL_db" = "grad(b1[0])"
"da_dz" = "1"
"dz_dw" = "x[0]"
"dz_db" = "1"
''',
    # the question's letters: i, j and k are literal (the unit, its input, the iteration); a^(L-1) the input,
    # a^(L) the output, a^(L)* the desired output, R the learning factor, C the error
    "b15_mse_matrix": r'''
[notation]
indices = "n"
learning_rate = ["R"]
loss = ["C"]
[notation.symbols]
"a_{i}^{(L-1)}" = "x[0]"
"a_{i}^{(L)}" = "a1[0]"
"a_{i}^{(L)^*}" = "y[0]"
"W_{i,j}^{(L)}" = "W1[0, 0]"
''',
    # the question's MATLAB: r the learning factor, w the weight, a the input, y the desired output
    "b15_mse_matlab": r'''
[notation]
learning_rate = ["r"]
[notation.symbols]
"w" = "W1[0, 0]"
"a" = "x[0]"
"y" = "y[0]"
''',
    # W the weight vector, x the input vector, z = W . x, yhat = sigma(z), y the observed class
    "b15_bce_grad": r'''
[notation]
[notation.symbols]
"W" = "W1[0, :]"
"x" = "x[:]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # sigma the softmax (sigma(z)_i), classes counted from 1, y_i the one-hot label, yhat_i the predicted probability
    "b15_softmax_ce": r'''
[notation]
indices = "ij"
functions = { "\\sigma" = "softmax" }
[notation.symbols]
"z_{i}" = "z1[i-1]"
"y_{i}" = "t[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
''',
    # quralabz's plain names: W the weight of its chain (W2), a2 and z2 the output unit, W_new / W_old
    "b15_qura_chain": r'''
[notation]
learning_rate = ["learning_rate", "\\alpha"]
loss = ["L", "Loss"]
[notation.symbols]
"W" = "W2[0, 0]"
"W_{old}" = "W2[0, 0]"
"W_{new}" = "new(W2[0, 0])"
"W2" = "W2[0, 0]"
"a2" = "a2[0]"
"z2" = "z2[0]"
''',
    # quralabz's "Example Update": W1 the weight, W1_new / W1_old
    "b15_qura_step": r'''
[notation]
learning_rate = ["\\alpha"]
[notation.symbols]
"W1" = "W1[0, 0]"
"W1_new" = "new(W1[0, 0])"
"W1_old" = "W1[0, 0]"
''',
    # the tutorial's Python names; error = prediction - actual, loss = error ** 2
    "b15_tiny": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"study_hours" = "x[0]"
"weight" = "W1[0, 0]"
"bias" = "b1[0]"
"actual" = "y[0]"
"raw_output" = "z1[0]"
"prediction" = "a1[0]"
"error" = "a1[0] - y[0]"
''',
    # Ng's letters as the notes type them: capitals and small letters alike, W1 X1 with digits, Dz = dL/dz
    "b15_upsc": r'''
[notation]
[notation.symbols]
"W1" = "W1[0, 0]"
"W2" = "W1[0, 1]"
"X1" = "x[0]"
"X2" = "x[1]"
"B" = "b1[0]"
"Z" = "z1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"A" = "a1[0]"
"y" = "y[0]"
"Y" = "y[0]"
"\\hat{y}" = "a1[0]"
"Dz" = "grad(z1[0])"
''',
    # the page's layers from 1 with x = a^(0) (symbols.md's own counting), phi the output activation (a sigmoid
    # here, as sigma is), \mathcal{L} the loss
    "b15_arti": r'''
[notation]
loss = ["\\mathcal{L}"]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"\\hat{y}" = "a2[:]"
''',
    # the lesson's code: w the one weight, eta the learning rate, slope = dL/dw
    "b15_maier": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"slope" = "grad(W1[0, 0])"
''',
}
