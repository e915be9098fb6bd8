"""The networks and notations of batch 63 of the held-out public formulas (tests/public_formulas_batch63.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b63_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # gusjrivas' exercise (TP_FINAL_AMIA, Ejercicio_Teorico.ipynb): 2 inputs, 3 sigmoid units, 1 sigmoid output,
    # J = 1/2 (y_hat - y)^2, the observation x = (1.8, -3.4) with y = 5 (a target no sigmoid reaches: the page says so)
    "b63_amia": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                             'weights = [[0.1, -0.5], [-0.3, -0.9], [0.8, 0.02]]\nbiases = [0.1, 0.5, 0.8]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[-0.4, 0.2, -0.5]]\nbiases = [0.7]',
                             loss="half_squared_error", extra=_data("[1.8, -3.4]", "[5.0]")),
    # the RPubs document 1344557: a 2-2-1 sigmoid network, z1 = w1*x1 + w3*x2 + b1 (w3 from x2 into h1), z2 = w2*x1 +
    # w4*x2 + b2, z3 = w5*h1 + w6*h2 + b3, Etotal = 0.5*(t1 - y)^2, x1 = 0, x2 = 1, t1 = 1, alpha = 0.25
    "b63_rpubs": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, -0.7], [0.5, 0.3]]\n'
                              'biases = [0.0, 0.0]',
                              'units = 1\nactivation = "sigmoid"\nweights = [[0.2, 0.4]]\nbiases = [0.0]',
                              loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.25)),
    # methodart.fr's post: z^{[1]} = W^{[1]} x + b^{[1]}, a^{[1]} = sigma(z^{[1]}), y_hat = a^{[2]} = sigma(z^{[2]}),
    # L = 1/2 (y - y_hat)^2 ("Avec MSE et sigmoid"); two inputs, three hidden units here
    "b63_methodart": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                             loss="half_squared_error"),
    # the same post's binary cross-entropy, "utilisée pour la classification binaire"
    "b63_methodart_bce": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                                 loss="binary_cross_entropy"),
    # gthvn1's notes (neurone, Readme.md): one sigmoid neuron, z = w_1 x_1 + w_2 x_2 + b, y = sigma(z),
    # E = 1/2 (y - y_vrai)^2
    "b63_neurone": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the same notes' step 5: y = sigma(wx + b), L = (y - target)^2
    "b63_neurone1": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # lucidar.me's simplest perceptron: y = w_1.x_1 + ... + w_N.x_N (f(x) = x, no bias), E = 1/2 (y' - y)^2, y' the
    # expected output; N = 3 here
    "b63_lucidar": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the same page's error before it is halved, E = (y' - y)^2
    "b63_lucidar_sq": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # lucidar.me's learning-rule demonstration: y = f(sum w_i.x_i), f the sigmoid here (the page's f is any transfer
    # function), no bias, E = 1/2 (y' - y)^2, N = 3
    "b63_lucidar_f": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # magnusv30's notebook (ABA): daten -> (z2, a2) -> (z3, a3) -> (z4, a4), sigmoid layers, 3Blue1Brown's cost
    # C = sum (a4 - y)^2 averaged over the n examples (one here); 2 inputs, 3 and 3 hidden units, 2 outputs here
    "b63_aba": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                       'units = 2\nactivation = "sigmoid"', loss="squared_error"),
    # markus-scherg.de's chapter 13: L = 1/2 sum_i (y_i - a^{(L)}_i)^2 over the output layer L; a sigmoid network of
    # two layers of two units here
    "b63_scherg": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # sotisai.com's neuron: x = (0.5, 0.8, 0.2), w = (0.4, 0.3, 0.9), b = 0.1, a = sigma(z) (no target on the page:
    # y = 1 and the half squared error here; no entry depends on them)
    "b63_sotisai": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4, 0.3, 0.9]]\n'
                                'biases = [0.1]', loss="half_squared_error", extra=_data("[0.5, 0.8, 0.2]", "[1.0]")),
    # bootmath.com's copy of math.stackexchange's "Derivative of Softmax loss function": p_j = e^{o_j} / sum_k e^{o_k},
    # L = -sum_j y_j log p_j with a one-hot y; the scores o of three classes are a layer's sums here
    "b63_softmax": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # royml.dev's notebook: Z = W @ X + b, A = activation(Z), the binary cross-entropy; one sigmoid layer here (the
    # page's sentences hold for each layer: the last one's are judged)
    "b63_royml": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # dilawar.ai's post: z = sum_{i=1}^n w_i x_i + b, the binary cross-entropy averaged over m examples (one here)
    "b63_dilawar": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # the exercise's (l) layers: w^{(l)}, b^{(l)}, z^{(l)}; y^{(l)} a layer's output (y^{(1)} the hidden layer's), y
    # the target, \hat{y} the output; \delta^{(l)} = dJ/dz^{(l)} as the page defines it; J (and J(\theta)) the cost
    "b63_amia": r'''
[notation]
indices = "l"
loss = ["J"]
[notation.symbols]
"w^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"z^{(l)}" = "z{l}[:]"
"y^{(l)}" = "a{l}[:]"
"\\delta^{(l)}" = "grad(z{l}[:])"
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
''',
    # the R code's names: x1, x2 the inputs, t1 the target, w1..w6, b1..b3, z1..z3, h1, h2 the hidden outputs, y the
    # output; dE_d... the derivatives of Etotal, w5_new the new weight; alpha the rate; dsigmoid(fz) = fz*(1-fz), the
    # sigmoid's derivative taken at its output
    "b63_rpubs": r'''
[notation]
learning_rate = ["alpha"]
loss = ["Etotal"]
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"t1" = "y[0]"
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
"h1" = "a1[0]"
"h2" = "a1[1]"
"y" = "a2[0]"
"dE_dz3" = "grad(z2[0])"
"dE_dz1" = "grad(z1[0])"
"dE_dz2" = "grad(z1[1])"
"dE_dw5" = "grad(W2[0, 0])"
"dE_dw6" = "grad(W2[0, 1])"
"dE_dw1" = "grad(W1[0, 0])"
"dE_dw3" = "grad(W1[0, 1])"
"dE_dw2" = "grad(W1[1, 0])"
"dE_dw4" = "grad(W1[1, 1])"
"w5_new" = "new(W2[0, 0])"
"w6_new" = "new(W2[0, 1])"
''',
    # Ng's [l] layers in French: W^{[l]}, b^{[l]}, z^{[l]}, a^{[l]}, \delta^{[l]} = dL/dz^{[l]}; x the input, y the
    # target, \hat{y} = a^{[2]}
    "b63_methodart": r'''
[notation]
indices = "l"
[notation.symbols]
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
''',
    # the neuron's x_i, w_i counted from 1, b, z the sum, y = sigma(z) the output, y_{\text{vrai}} the target, E
    "b63_neurone": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
"y_{\\text{vrai}}" = "y[0]"
''',
    # step 5's neuron: y = sigma(wx + b), target the expected output, L the loss
    "b63_neurone1": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y" = "a1[0]"
"target" = "y[0]"
''',
    # the perceptron's w_i, x_i counted from 1 (w_N, x_N the last, N = 3), y the output, y' the expected output
    # (one symbol: the page's prime is no derivative), E the error; w_i' the new weight (a parameter's prime)
    "b63_lucidar": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"w_{N}" = "W1[0, 2]"
"x_{N}" = "x[2]"
"N" = "3"
"y" = "a1[0]"
"y'" = "y[0]"
''',
    # the learning-rule page: the same names, f the transfer function (the sigmoid here), S the weighted sum
    "b63_lucidar_f": r'''
[notation]
indices = "i"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"w_{N}" = "W1[0, 2]"
"x_{N}" = "x[2]"
"N" = "3"
"S" = "z1[0]"
"y" = "a1[0]"
"y'" = "y[0]"
''',
    # the notebook's names: daten the input, a2, a3, a4 the layers' outputs (layers 1 to 3 of the file), z2..z4 their
    # sums, w3, w4 the weights into a3 and a4, y the target; dC_da4 and dC_da3 the cost's derivatives by a4 and a3,
    # dz4 = dC/dz4 (its comment's), dw4, db4, dz3, dw3, db3, dz2, dw2 likewise; n the examples (one). The notebook's
    # ableitung_sigmoid(z) (German for the sigmoid's derivative, at z) is no name the spec's functions can give: a
    # derivative word there is one of code's English words (dsigmoid, sigmoid_derivative, ...), and loading
    # { ableitung_sigmoid = "sigmoid' at input" } is refused; it is left unnamed
    "b63_aba": r'''
[notation]
[notation.symbols]
"daten" = "x[:]"
"y" = "y[:]"
"a2" = "a1[:]"
"a3" = "a2[:]"
"a4" = "a3[:]"
"z2" = "z1[:]"
"z3" = "z2[:]"
"z4" = "z3[:]"
"w3" = "W2[:, :]"
"w4" = "W3[:, :]"
"dC_da4" = "grad(a3[:])"
"dz4" = "grad(z3[:])"
"dw4" = "grad(W3[:, :])"
"db4" = "grad(b3[:])"
"dC_da3" = "grad(a2[:])"
"dz3" = "grad(z2[:])"
"dw3" = "grad(W2[:, :])"
"db3" = "grad(b2[:])"
"dz2" = "grad(z1[:])"
"dw2" = "grad(W1[:, :])"
"n" = "1"
''',
    # the chapter's a^{(L)}_i, the output layer's unit i (L the last layer, here 2; counted from 1), y_i the target
    "b63_scherg": r'''
[notation]
indices = "i"
[notation.symbols]
"a_{i}^{(L)}" = "a2[i-1]"
"y_{i}" = "y[i-1]"
''',
    # the neuron's x_i, w_i counted from 1, b, z the weighted sum, a = sigma(z)
    "b63_sotisai": r'''
[notation]
indices = "i"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
    # the question's o_i the scores, p_i = softmax(o)_i, y_i the one-hot label, L the loss; classes counted from 0
    "b63_softmax": r'''
[notation]
indices = "ijk"
[notation.symbols]
"o_{i}" = "z1[i]"
"p_{i}" = "a1[i]"
"y_{i}" = "t[i]"
''',
    # the notebook's Z, W, X, b, A of a layer (the output layer here), activation its function (the sigmoid), a the
    # output and y the label of the loss
    "b63_royml": r'''
[notation]
functions = { activation = "sigmoid" }
[notation.symbols]
"Z" = "z1[:]"
"W" = "W1[:, :]"
"X" = "x[:]"
"b" = "b1[:]"
"A" = "a1[:]"
"a" = "a1[0]"
"y" = "y[0]"
''',
    # the post's w_i, x_i counted from 1 (n = 2 inputs), b, z; E the loss over m = 1 examples, y_i and a_i the label
    # and the output of example i
    "b63_dilawar": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"n" = "2"
"m" = "1"
"y_{i}" = "y[i-1]"
"a_{i}" = "a1[i-1]"
''',
}
