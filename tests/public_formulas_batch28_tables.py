"""The networks and notations of batch 28 of the held-out public formulas (tests/public_formulas_batch28.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b28_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


_RATE = "\n[update]\nlearning_rate = 0.1\n"

NETWORKS = {
    # nchandolaj's "concrete mathematical example": one input x = 2.0, one weight w = 3.0, no bias, no activation,
    # the prediction p = x w, L = (p - y)^2 with y = 1.0, eta = 0.01
    "b28_nch": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                       loss="squared_error",
                       extra="\n[data]\nx = [[2.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.01\n"),
    # the CS224n answers' sigmoid (2a): one sigmoid unit, its input x the unit's pre-activation
    "b28_cs224n_sigmoid": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                                  extra=_RATE),
    # the CS224n answers' softmax with the cross-entropy (2b): theta the logits of three classes
    "b28_cs224n_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy",
                                  extra=_RATE),
    # the stored "# neural-network" notes: z = W a + B, sigmoid layers, C = (y - yhat)^2 with y the prediction and
    # yhat the expected output; two inputs, two hidden units, one output (n = 2, the output layer)
    "b28_nn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="squared_error", extra=_RATE),
    # Quargam's homework: z = w x + b, yhat = sigmoid(z), the loss (y - yhat)^2 of one sample (J its mean over the
    # n samples, one here), alpha the learning rate
    "b28_quargam": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error", extra=_RATE),
    # tosterius's notes (Nielsen's four equations): sigmoid layers, E a cost of the output's activations (the
    # half squared error here); two inputs, three hidden units, two outputs
    "b28_tost": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error", extra=_RATE),
    # the stored notes on the deep-learning course's logistic regression: z = w'x + b, a = sigmoid(z), the binary
    # cross-entropy l(a, y); two features; m examples (one here)
    "b28_ng": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy", extra=_RATE),
    # jheni1e's artificial neuron: five inputs x = (2.0, 4.1, 0.3, 1.6, 2.3), y = sigmoid(S(x, w, b)), t = 1,
    # lr = 0.2; E is not written: its gradient (y - t) y (1 - y) x is the half squared error's
    "b28_neuron5": _layers('inputs = 5\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                           extra="\n[data]\nx = [[2.0, 4.1, 0.3, 1.6, 2.3]]\ny = [[1.0]]\n\n[update]\n"
                                 "learning_rate = 0.2\n"),
}

NOTATIONS = {
    # x, y, w as the page writes them; p the prediction x w. The page's "New\ Weight", the weight after the step, is
    # not a symbol under the spec (a base, a letter or a name, with scripts): its pattern, written when the batch was
    # collected, was taken out after the blind run (its docstring says so)
    "b28_nch": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"p" = "a1[0]"
''',
    # 2(a): x the sigmoid's argument, the unit's pre-activation
    "b28_cs224n_sigmoid": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # 2(b): theta the logits, counted from 1 (\sum_{j=1}^n), yhat = softmax(theta), y the one-hot target, k the
    # correct class; CE(y, yhat) the cross-entropy, n the number of classes
    "b28_cs224n_softmax": r'''
[notation]
indices = "ijk"
loss = ["\\text{CE}", "\\mathrm{CE}"]
[notation.symbols]
"\\theta_{j}" = "z1[j-1]"
"\\theta" = "z1[:]"
"\\hat{y}_{j}" = "a1[j-1]"
"\\hat{y}" = "a1[:]"
"y_{j}" = "t[j-1]"
"y" = "t[:]"
"n" = "3"
''',
    # the notes' names: W, a, B, z for a layer's weights, input, bias and pre-activation (layer 1 where no [l] is
    # written), [l] the layer, n the output layer; y the prediction and \hat y the expected output (the page says
    # so); C the cost, lr the learning rate; w and b, \Delta w and \Delta b in the page's last section, "adjusting
    # weight and bias", of layer 1 here. The gradients \nabla W^{[l]}, \nabla B^{[l]}, \nabla w, \nabla b are not
    # symbols under the spec (an operator before a base): their patterns, written when the batch was collected, were
    # taken out after the blind run (the docstring says so), the reader left to read \nabla as the spec's gradient
    "b28_nn": r'''
[notation]
indices = "jkl"
loss = ["C"]
learning_rate = ["lr"]
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"B^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
"a^{[n]}" = "a2[:]"
"z^{[n]}" = "z2[:]"
"W" = "W1[:, :]"
"B" = "b1[:]"
"a" = "x[:]"
"z" = "z1[:]"
"y" = "a2[0]"
"\\hat{y}" = "y[0]"
"w" = "W1[:, :]"
"b" = "b1[:]"
"\\Delta w" = "eta*grad(W1[:, :])"
"\\Delta b" = "eta*grad(b1[:])"
''',
    # the homework's (i), the sample, written on every name (w^{(i)} and b^{(i)} too): a literal, not an index
    # letter; J and \hat{L}^{(i)} the loss (J the mean over the n samples, n = 1 here), alpha the learning rate
    "b28_quargam": r'''
[notation]
indices = "jk"
loss = ["J", "\\hat{L}^{(i)}"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x^{(i)}" = "x[0]"
"y^{(i)}" = "y[0]"
"w^{(i)}" = "W1[0, 0]"
"b^{(i)}" = "b1[0]"
"z^{(i)}" = "z1[0]"
"\\hat{y}^{(i)}" = "a1[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"n" = "1"
''',
    # Nielsen's letters, counted from 1: w_{jk}^l from unit k of layer l-1 to unit j of layer l, b_j^l, z_j^l,
    # a_j^l, delta_j^l = dE/dz_j^l; layer 0 the input; E the cost
    "b28_tost": r'''
[notation]
indices = "jkl"
loss = ["E"]
[notation.symbols]
"w_{jk}^{l}" = "W{l}[j-1, k-1]"
"b_{j}^{l}" = "b{l}[j-1]"
"z_{j}^{l}" = "z{l}[j-1]"
"a_{j}^{l}" = "a{l}[j-1]"
"\\delta_{j}^{l}" = "delta{l}[j-1]"
''',
    # "Logistic regression with gradient descent": w[1], x[1] the features counted from 1, w the weight vector and
    # w' its transpose, y' = a the prediction, l(a, y) the loss
    "b28_ng_lr": r'''
[notation]
indices = "k"
loss = ["l"]
[notation.symbols]
"w[k]" = "W1[0, k-1]"
"x[k]" = "x[k-1]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y'" = "a1[0]"
"y" = "y[0]"
''',
    # "Gradient descent on m examples": [i] the example (one here, m = 1), x[i][1] its feature 1; dz[i], dw1, dw2,
    # db the gradients (after "/= m"); J the cost, l the loss, alpha the learning rate. y'[i], the prediction as the
    # notes' first line writes it, is not a symbol under the spec (a prime and code's index on one letter): its
    # pattern, written when the batch was collected, was taken out after the blind run (the docstring says so)
    "b28_ng_m": r'''
[notation]
indices = "k"
loss = ["J", "l"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w[k]" = "W1[0, k-1]"
"x[i][k]" = "x[k-1]"
"w" = "W1[0, :]"
"x[i]" = "x[:]"
"b" = "b1[0]"
"z[i]" = "z1[0]"
"a[i]" = "a1[0]"
"y[i]" = "y[0]"
"y" = "y[0]"
"dz[i]" = "grad(z1[0])"
"dw1" = "grad(W1[0, 0])"
"dw2" = "grad(W1[0, 1])"
"db" = "grad(b1[0])"
"m" = "1"
''',
    # jheni1e's code: x[j], w[j] Python's 0-based indices, s the weighted sum, y the output, t the target, lr the
    # learning rate, dEdW the gradient of the weight w[j] of the loop (its --param "W1[0,j]"), dEdb the bias's
    "b28_neuron5": r'''
[notation]
indices = "j"
learning_rate = ["lr"]
[notation.symbols]
"x[j]" = "x[j]"
"w[j]" = "W1[0, j]"
"b" = "b1[0]"
"s" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
"dEdW" = "grad(W1[0, j])"
"dEdb" = "grad(b1[0])"
''',
}
