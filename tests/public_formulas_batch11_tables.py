"""The networks and notations of batch 11 of the held-out public formulas (tests/public_formulas_batch11.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b11_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


NETWORKS = {
    # gauravreddy08's notes (and PedroNJorge's): a ReLU hidden layer, a sigmoid output, the binary cross-entropy
    "b11_mlp_notes": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                             loss="binary_cross_entropy"),
    # adilce009's toy 1-layer network: yhat = w x, L = (y - yhat)^2, x = 2, w = 3, y = 10, eta = 0.1
    "b11_toy_linear": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                              loss="squared_error",
                              extra="\n[data]\nx = [[2.0]]\ny = [[10.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # adilce009's 2 layers: h = sigma(w1 x), yhat = w2 h, x = 1, w1 = 0.5, w2 = -1.0, y = 0.5, eta = 0.1
    "b11_toy_sigmoid": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                               'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[-1.0]]',
                               loss="squared_error",
                               extra="\n[data]\nx = [[1.0]]\ny = [[0.5]]\n\n[update]\nlearning_rate = 0.1\n"),
    # the same with h = max(0, w1 x)
    "b11_toy_relu": _layers('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[0.5]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[-1.0]]',
                            loss="squared_error",
                            extra="\n[data]\nx = [[1.0]]\ny = [[0.5]]\n\n[update]\nlearning_rate = 0.1\n"),
    # makslo's backprop.py: the step-by-step example's 2-2-2 network, one bias per layer (b1, b2)
    "b11_makslo": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                          'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                          'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                          'biases = 0.6',
                          loss="half_squared_error",
                          extra="\n[data]\nx = [[0.05, 0.1]]\ny = [[0.01, 0.99]]\n\n[update]\nlearning_rate = 0.5\n"),
    # Hmago's SimpleNetwork: input -> sigmoid -> sigmoid, w1 = 0.5, b1 = 0.2, w2 = 0.8, b2 = 0.1, x = 1, target 0.8
    "b11_hmago": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.2]',
                         'units = 1\nactivation = "sigmoid"\nweights = [[0.8]]\nbiases = [0.1]',
                         loss="half_squared_error",
                         extra="\n[data]\nx = [[1.0]]\ny = [[0.8]]\n\n[update]\nlearning_rate = 0.1\n"),
    # Hmago's XORNetwork: 2 -> 2 sigmoid -> 1 sigmoid, loss = 0.5 (prediction - target)^2
    "b11_hmago_xor": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.2], [0.3, 0.4]]\n'
                             'biases = [0.1, 0.2]',
                             'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.1]',
                             loss="half_squared_error",
                             extra="\n[data]\nx = [[0.0, 1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 1.0\n"),
    # sreekanth9999's tiny network: x = 1, w1 = 0.5 (ReLU), w2 = 0.5 (sigmoid), y = 0, eta = 0.1
    "b11_sreekanth": _layers('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[0.5]]',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                             loss="binary_cross_entropy",
                             extra="\n[data]\nx = [[1.0]]\ny = [[0.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # ask.ghassem.com 612: f(z) = z everywhere, i = [2, 3], target 1, alpha = 0.05, w1..w6 from the table
    # (h1 = w1 i1 + w2 i2, h2 = w3 i1 + w4 i2, out = w5 h1 + w6 h2), E = 1/2 (target - output)^2
    "b11_ghassem": _layers('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"\n'
                           'weights = [[0.11, 0.21], [0.12, 0.08]]',
                           'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.14, 0.15]]',
                           loss="half_squared_error",
                           extra="\n[data]\nx = [[2.0, 3.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.05\n"),
    # juejin.cn: x1, x2 -> h1, h2 -> y1, y2, f the sigmoid, no biases, Error(y) = 1/2 (gt - g(y))^2
    "b11_juejin": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                          'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # a logistic neuron z = b + sum x_i w_i, y = sigma(z), E = 1/2 (t - y)^2 (nathanieldake.com)
    "b11_logistic_unit": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # a small sigmoid network trained by w <- w - eta dL/dw (waynetran's notes, mlhive's playground)
    "b11_two_layer": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                             loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.05\n"),
    # dudung's notes in Nielsen's letters: sigmoid layers, C = 1/2 sum_j (y_j - a^L_j)^2
    "b11_nielsen": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # milestonemade's smallest network: two neurons one after the other, N = n_2(n_1(input))
    "b11_neuron_chain": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                                loss="half_squared_error"),
    # Ahmed Gad's slides: X = [0.1, 0.3], W1 = 0.5, W2 = 0.2, b = 1.83, sigmoid, desired output 0.03
    "b11_gad": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.2]]\nbiases = [1.83]',
                       loss="half_squared_error",
                       extra="\n[data]\nx = [[0.1, 0.3]]\ny = [[0.03]]\n\n[update]\nlearning_rate = 0.01\n"),
}

NOTATIONS = {
    # L the output layer (2), a^{0} the input
    "b11_mlp_notes": r'''
[notation]
indices = "jkl"
loss = ["\\mathcal{L}"]
functions = { ReLU = "relu" }
[notation.symbols]
"W_{jk}^{l}" = "W{l}[j, k]"
"b_{j}^{l}" = "b{l}[j]"
"z_{j}^{l}" = "z{l}[j]"
"a_{j}^{l}" = "a{l}[j]"
"a_{k}^{0}" = "x[k]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    "b11_pedro": r'''
[notation]
indices = "jl"
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\delta_{j}^{[l]}" = "delta{l}[j]"
"z_{j}^{[l]}" = "z{l}[j]"
''',
    "b11_toy_linear": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"w_{\\text{new}}" = "new(W1[0, 0])"
"x" = "x[0]"
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
''',
    "b11_toy_two_layers": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"z_{1}" = "z1[0]"
"h" = "a1[0]"
"x" = "x[0]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
''',
    # plain Python: the names as the script writes them
    "b11_makslo": r'''
[notation]
learning_rate = ["eta"]
loss = ["e_total"]
functions = { "math.exp" = "exp" }
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"b1" = "b1"
"b2" = "b2"
"net_h1" = "z1[0]"
"net_h2" = "z1[1]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"net_o1" = "z2[0]"
"net_o2" = "z2[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
"de_dw1" = "grad(W1[0, 0])"
"de_dw2" = "grad(W1[0, 1])"
"de_dw3" = "grad(W1[1, 0])"
"de_dw4" = "grad(W1[1, 1])"
"de_dw5" = "grad(W2[0, 0])"
"de_dw6" = "grad(W2[0, 1])"
"de_dw7" = "grad(W2[1, 0])"
"de_dw8" = "grad(W2[1, 1])"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W1[0, 1])"
"w3_new" = "new(W1[1, 0])"
"w4_new" = "new(W1[1, 1])"
"w5_new" = "new(W2[0, 0])"
"w6_new" = "new(W2[0, 1])"
"w7_new" = "new(W2[1, 0])"
"w8_new" = "new(W2[1, 1])"
''',
    # Python attributes as the class writes them; the script's own names for its derivatives
    "b11_hmago": r'''
[notation]
learning_rate = ["self.learning_rate"]
loss = ["loss"]
[notation.symbols]
"x" = "x[0]"
"self.x" = "x[0]"
"target" = "y[0]"
"self.w1" = "W1[0, 0]"
"self.b1" = "b1[0]"
"self.w2" = "W2[0, 0]"
"self.b2" = "b2[0]"
"z1" = "z1[0]"
"self.a1" = "a1[0]"
"self.a2" = "a2[0]"
"dL_da2" = "grad(a2[0])"
"da2_dz2" = "a2[0]*(1 - a2[0])"
"dL_dz2" = "delta2[0]"
"dL_dw2" = "grad(W2[0, 0])"
"dL_db2" = "grad(b2[0])"
"dL_da1" = "grad(a1[0])"
"da1_dz1" = "a1[0]*(1 - a1[0])"
"dL_dz1" = "delta1[0]"
"dL_dw1" = "grad(W1[0, 0])"
"dL_db1" = "grad(b1[0])"
''',
    # the printed rule, for the one weight --param names
    "b11_hmago_rule": r'''
[notation]
parameter = ["Weight_new", "Weight_old"]
learning_rate = ["Learning_Rate"]
[notation.symbols]
"Gradient" = "grad(W2[0, 0])"
''',
    # the XOR demo: list indexing as the code writes it; error and h_error1 as the code defines them
    "b11_hmago_xor": r'''
[notation]
learning_rate = ["self.learning_rate"]
loss = ["loss"]
[notation.symbols]
"inputs[0]" = "x[0]"
"inputs[1]" = "x[1]"
"target" = "y[0]"
"prediction" = "a2[0]"
"self.h1" = "a1[0]"
"self.h2" = "a1[1]"
"self.W1[0][0]" = "W1[0, 0]"
"self.W1[0][1]" = "W1[0, 1]"
"self.W1[1][0]" = "W1[1, 0]"
"self.W1[1][1]" = "W1[1, 1]"
"self.W2[0]" = "W2[0, 0]"
"self.W2[1]" = "W2[0, 1]"
"self.b2" = "b2[0]"
"error" = "a2[0] - y[0]"
"h_error1" = "(a2[0] - y[0])*W2[0, 0]*0.1"
"h_error2" = "(a2[0] - y[0])*W2[0, 1]*0.1"
''',
    "b11_ghassem": r'''
[notation]
parameter = ["w", "w_{old}", "w_{new}"]
learning_rate = ["\\alpha"]
loss = ["E_{\\text {total}}", "E"]
[notation.symbols]
"\\text {target}" = "y[0]"
"\\text {output}" = "a2[0]"
''',
    "b11_juejin": r'''
[notation]
functions = { f = "sigmoid", g = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w3" = "W1[0, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[1, 0]"
"w7" = "W2[0, 1]"
"w2" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"y1" = "z2[0]"
"y2" = "z2[1]"
"gt1" = "y[0]"
"gt2" = "y[1]"
''',
    "b11_nathanieldake": r'''
[notation]
indices = "i"
[notation.symbols]
"logit" = "z1[0]"
"z" = "z1[0]"
"output" = "a1[0]"
"y" = "a1[0]"
"t" = "y[0]"
"b" = "b1[0]"
"x_{i}" = "x[i]"
"w_{i}" = "W1[0, i]"
''',
    "b11_waynetran": r'''
[notation]
parameter = ["w"]
''',
    # mlhive's playground prints the rule for one connection at a time
    "b11_mlhive": r'''
[notation]
parameter = ["new_weight", "old_weight"]
learning_rate = ["learning_rate"]
[notation.symbols]
"gradient" = "grad(W2[0, 0])"
''',
    # the slides' bold italic letters, as the PDF's text has them
    "b11_gad": r'''
[notation]
[notation.symbols]
"𝑿1" = "x[0]"
"𝑿2" = "x[1]"
"𝑾1" = "W1[0, 0]"
"𝑾2" = "W1[0, 1]"
"𝒃" = "b1[0]"
"𝒔" = "z1[0]"
''',
    "b11_gad_update": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"W_{\\text{old}}" = "W1[0, :]"
"W_{\\text{new}}" = "new(W1[0, :])"
"W_{i}" = "W1[0, i-1]"
''',
}

# functions = { n = "layer" }: the page's neurons n_1, n_2 as layer functions (docs/notation.md), a line added after
# the blind run, as batch 10's tables gained grad(...): the spec had no way to say it
NOTATIONS["b11_milestone"] = r'''
[notation]
functions = { n = "layer" }
[notation.symbols]
"N" = "a2[0]"
"\\text{input}" = "x[0]"
"\\text{prediction}" = "a2[0]"
'''

NOTATIONS["b11_sreekanth"] = r'''
[notation]
functions = { ReLU = "relu", Sigmoid = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"z_{1}" = "z1[0]"
"z_{2}" = "z2[0]"
"a_{1}" = "a1[0]"
"a_{2}" = "a2[0]"
'''

NOTATIONS["b11_sreekanth_draft"] = r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"z1" = "z1[0]"
"z2" = "z2[0]"
"a1" = "a1[0]"
"a2" = "a2[0]"
'''

# Nielsen's counting: the input is layer 1, L the output layer
NOTATIONS["b11_dudung"] = r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"b_{j}^{l}" = "b{l-1}[j]"
"z_{j}^{l}" = "z{l-1}[j]"
"a_{j}^{l}" = "a{l-1}[j]"
"a_{k}^{1}" = "x[k]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
"y_{j}" = "y[j]"
'''
