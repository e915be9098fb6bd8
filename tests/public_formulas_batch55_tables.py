"""The networks and notations of batch 55 of the held-out public formulas (tests/public_formulas_batch55.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b55_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # davidbieber.com's snippet and ai.stackexchange 35741: a softmax over three logits x (the softmax's inputs,
    # the layer's sums here) with the cross-entropy against a one-hot target t
    "b55_softmax3": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # Nemotron's "Lecture 6: Neural Networks": y = f(sum w[i] x[i] + theta), f the sigmoid (its slope a = 1 here),
    # E = 1/2 sum_k (t^k - y^k)^2 over the samples k (one sample); two inputs
    "b55_lecture6": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the deeplearning.ai forum's thread on tanh (y = tanh(x)) and Nemotron's two tanh pages: one tanh unit, x its
    # sum (the pages give no loss: 1/2 (y - a)^2 here)
    "b55_tanh1": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # cs231n's sigmoid neuron as Rockung/sma's notebook and wjhsh.net's copy work it: w = [2, -3, -3] (w[2] the
    # bias), x = [-1, -2]; the pages differentiate the neuron's output, no loss (1/2 (y - a)^2 here, y = 1.73 the
    # target wjhsh.net's exercise gives)
    "b55_cs231n": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[2.0, -3.0]]\nbiases = [-3.0]',
                          loss="half_squared_error", extra=_data("[-1.0, -2.0]", "[1.73]")),
    # HeitorKun's ReLU neuron: w = 0.5, b = -1.0, x = 1.0, target 0.5, loss = (a - target)^2, lr = 0.1
    "b55_relu1": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nweights = [[0.5]]\nbiases = [-1.0]',
                              loss="squared_error", extra=_data("[1.0]", "[0.5]", 0.1)),
    # nnfs's single ReLU neuron (danjelito's and Zemke's notebooks): x = [1, -2, 3], w = [-3, -1, 2], b = 1; the
    # pages minimise the output itself (1/2 (y - a)^2 here, y = 0)
    "b55_relu3": _layers('inputs = 3\nunits = 1\nactivation = "relu"\nweights = [[-3.0, -1.0, 2.0]]\nbiases = [1.0]',
                         loss="half_squared_error", extra=_data("[1.0, -2.0, 3.0]", "[0.0]")),
    # Hendrix's lecture page on perceptrons with a sigmoid threshold: one sigmoid output, x its sum
    "b55_sigmoid1": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # answerofmath's MLP answer: a hidden layer and an output layer L of sigmoid units, e = desired - observed
    "b55_mlp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # y = softmax(x): x_i the logits (the softmax's inputs), y_i its outputs, t_i the 0/1 target, counted from 0
    # (the page does not say); d the sum's letter
    "b55_bieber": r'''
[notation]
indices = "ijd"
[notation.symbols]
"x_{i}" = "z1[i]"
"x" = "z1[:]"
"y_{i}" = "a1[i]"
"y" = "a1[:]"
"t_{i}" = "t[i]"
''',
    # Y the one-hot targets, \hat{Y} the softmax's outputs, X its inputs; (i) the sample (literal: a sample
    # index), j and k the classes from 1 to c; E and J the cost
    "b55_aise": r'''
[notation]
indices = "jk"
loss = ["E", "J"]
[notation.symbols]
"Y_{j}^{(i)}" = "t[j-1]"
"\\hat{Y}_{j}^{(i)}" = "a1[j-1]"
"X_{j}^{(i)}" = "z1[j-1]"
"Y" = "t[:]"
"\\hat{Y}" = "a1[:]"
"X" = "z1[:]"
''',
    # w[i] and x[i] the weights and inputs (with ^k, of sample k), theta the bias, y^k the output and t^k the
    # target of sample k, f the sigmoid, E the error, d^k = (t - y) f' = -dE/dz, dw[i] the weight's change and n
    # the learning rate
    "b55_lecture6": r'''
[notation]
indices = "i"
learning_rate = ["n"]
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"w[i]" = "W1[0, i]"
"w[i]^{k}" = "W1[0, i]"
"x[i]" = "x[i]"
"x[i]^{k}" = "x[i]"
"\\theta" = "b1[0]"
"y^{k}" = "a1[0]"
"y" = "a1[0]"
"t^{k}" = "y[0]"
"d^{k}" = "-grad(z1[0])"
"dw[i]" = "-eta*grad(W1[0, i])"
''',
    # y = tanh(x), x the unit's sum; u = e^x and v = e^{-x}, u' and v' their derivatives
    "b55_dlai": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
"u" = "exp(z1[0])"
"v" = "exp(-z1[0])"
"u'" = "exp(z1[0])"
"v'" = "-exp(-z1[0])"
''',
    # f = tanh of the unit's sum x
    "b55_tanhgraph": r'''
[notation]
functions = { f = "tanh" }
[notation.symbols]
"x" = "z1[0]"
''',
    # tanh(x) of the unit's sum x
    "b55_tanhcalc": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    # cs231n's neuron: w_0, w_1 the weights, w_2 the bias, x_0, x_1 the inputs (also in code, w[0], x[0]); x alone
    # the sigmoid's argument (the neuron's sum); f the neuron's output; dot its sum, sigma its output, dsigma the
    # sigmoid's slope there, dfdx the output's derivatives by the inputs
    "b55_sma": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{0}" = "W1[0, 0]"
"w_{1}" = "W1[0, 1]"
"w_{2}" = "b1[0]"
"x_{i}" = "x[i]"
"x" = "z1[0]"
"f" = "a1[0]"
"dot" = "z1[0]"
"sigma" = "a1[0]"
"dsigma" = "a1[0]*(1 - a1[0])"
"dfdx" = "W1[0, :]*a1[0]*(1 - a1[0])"
''',
    # wjhsh.net's copy of the same neuron: x0, x1, w0, w1, w2 as above, g (the exercise's) and f (the code's) the
    # neuron's output, dot its sum, ddot the sigmoid's slope ("gradient on dot variable")
    "b55_wjhsh": r'''
[notation]
[notation.symbols]
"w_{0}" = "W1[0, 0]"
"w_{1}" = "W1[0, 1]"
"w_{2}" = "b1[0]"
"x_{0}" = "x[0]"
"x_{1}" = "x[1]"
"g" = "a1[0]"
"f" = "a1[0]"
"dot" = "z1[0]"
"ddot" = "a1[0]*(1 - a1[0])"
''',
    # HeitorKun's code: w, b, x, target; z the sum, a the ReLU's output, loss the loss, lr the learning rate;
    # relu_derivative the ReLU's slope, dL_da = dL/da, dz = dL/dz; w_new and b_new the updated parameters
    "b55_heitor": r'''
[notation]
learning_rate = ["lr"]
loss = ["loss"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"target" = "y[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"relu_derivative" = "Heaviside(z1[0])"
"dL_da" = "grad(a1[0])"
"dz" = "grad(z1[0])"
"w_new" = "new(W1[0, 0])"
"b_new" = "new(b1[0])"
''',
    # nnfs's neuron in danjelito's notebook: x[i], w[i] the inputs and weights, b the bias, xw0 = x[0] w[0] the
    # products, z the sum, y the ReLU's output
    "b55_danj": r'''
[notation]
indices = "i"
[notation.symbols]
"x[i]" = "x[i]"
"w[i]" = "W1[0, i]"
"xw_{i}" = "x[i]*W1[0, i]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
''',
    # Zemke's notebook: X the inputs, weights the weight vector, bias the bias, fp the forward pass's output
    "b55_zemke": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"weights" = "W1[0, :]"
"bias" = "b1[0]"
"fp" = "a1[0]"
''',
    # Hendrix's page: x the sigmoid's argument (the unit's sum), f the sigmoid
    "b55_ozark": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # answerofmath's answer: delta_i^L = -dE/dz of output unit i (counted from 1) at iteration n, x_i^L the unit's
    # input (its sum), e_i^L = desired - observed, f_k the layer's sigmoid
    "b55_answer": r'''
[notation]
indices = "i"
functions = { "f_{k}" = "sigmoid" }
[notation.symbols]
"delta_{i}^{L}" = "-grad(z2[i-1])"
"x_{i}^{L}" = "z2[i-1]"
"e_{i}^{L}" = "y[i-1] - a2[i-1]"
''',
}
