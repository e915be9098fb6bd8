"""The networks and notations of batch 152 of the held-out public formulas (tests/public_formulas_batch152.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b152_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the CS231n-style post deriving a two-layered network (stored file 31887972466): the samples rows (X is N x D),
    # Y^1 = X W^1 + b^1, H^1 = f(Y^1), y_hat = H^1 W^2 + b^2 (W^1, W^2 input-first, b^1, b^2 rows), f the ReLU
    # (its special case and its code's np.maximum(Y1, 0)), a raw (linear) output, L = 1/N sum_ij (y_hat_ij -
    # y_ij)^2 (N the samples: one here, the squared error summed over the outputs); D = 3, 4 hidden units, K = 2
    # as its implementation sizes them, lr = 1e-6
    "b152_cs": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 2\nactivation = "identity"',
                            loss="squared_error", extra=_rate(1e-6)),
    # the first of two NumPy scripts of one author (stored file 9726160785): x (a row) times V, then times W, no
    # activation (y = x.dot(V), z = y.dot(W)), no biases, delta2 = z - t (half the squared error's output
    # gradient: the script names no loss); V = W = [[0.1, 0.3], [0.2, 0.4]] input-first (W1 = W2 = [[0.1, 0.2],
    # [0.3, 0.4]] output-first), x = [1, 0.5], t = [1, 0], eta = 0.005 (its numbers)
    "b152_kl": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"\n'
                            'weights = [[0.1, 0.2], [0.3, 0.4]]',
                            'units = 2\nactivation = "identity"\nbias = "none"\nweights = [[0.1, 0.2], [0.3, 0.4]]',
                            loss="half_squared_error", extra=_data("[1.0, 0.5]", "[1.0, 0.0]", 0.005)),
    # the second script (stored file 8848626740): the same lines with the sigmoid added to both layers (y =
    # sigmoid(x.dot(V)), z = sigmoid(y.dot(W))) and the same delta2 = z - t; the loss is still unnamed: taken as
    # the first script's, half the squared error (a softmax is defined and never used); its numbers as the first's
    "b152_ks": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.2], [0.3, 0.4]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, 0.2], [0.3, 0.4]]',
                            loss="half_squared_error", extra=_data("[1.0, 0.5]", "[1.0, 0.0]", 0.005)),
    # the German Markdown notes on a NumPy network (stored file 15394103238): a^{[2]} = sigma(W^{[2]}
    # phi(W^{[1]} x + b^{[1]}) + b^{[2]}), W output-first, the samples columns in the LaTeX (the code's X rows,
    # X.T in Z1), phi the ReLU (phi(x) = max(0, x)), a sigmoid output, the loss the mean squared error MSE = 1/m
    # sum (y_i - y_hat_i)^2 (one sample and one output here: the squared error); lr unstated (0.1 here); 2-3-1 here
    "b152_de": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the course unit's worked example 2 (stored file 58669325911): x -> hidden neuron (w1, b1) -> a1 -> output
    # neuron (w2, b2) -> a2, sigmoid everywhere, the binary cross-entropy (its example 1's loss, computed in its
    # step 1); x = 0.5, y = 1.0, eta = 0.5, w_1 = 0.3, b_1 = 0.1, w_2 = 0.7, b_2 = 0.2 (its numbers)
    "b152_u2": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.3]]\nbiases = [0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.7]]\nbiases = [0.2]',
                            loss="binary_cross_entropy", extra=_data("[0.5]", "[1.0]", 0.5)),
    # the same unit's worked example 3, matrix form: z^{[l]} = W^{[l]} a^{[l-1]} + b^{[l]} (output-first, columns),
    # sigmoid layers (sigma'(z^{[1]}) = 0.2350, 0.2320), the binary cross-entropy (delta^{[2]} = a^{[2]} - y);
    # X = [1.0, 0.5], y = 1.0, eta = 0.1, W^{[1]} = [[0.2, 0.4], [0.3, 0.1]], b^{[1]} = [0.1, 0.2], W^{[2]} = [[0.5,
    # 0.6]], b^{[2]} = [0.3] (its numbers)
    "b152_u3": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, 0.4], [0.3, 0.1]]\n'
                            'biases = [0.1, 0.2]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.3]',
                            loss="binary_cross_entropy", extra=_data("[1.0, 0.5]", "[1.0]", 0.1)),
    # the Spanish module's derivation "a mano" (stored file 25375319948): z_1 = W_1 x + b_1, a_1 = sigma(z_1),
    # z_2 = W_2 a_1 + b_2, y_hat = sigma(z_2) (output-first, columns), L = -[y log(y_hat) + (1-y) log(1-y_hat)];
    # no sizes (x a vector of features): 2-3-1 here
    "b152_es": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Chinese article's worked example (stored file 32589029912): z_1 = w_1 x (no bias), a_1 = sigma(z_1),
    # z_2 = w_2 a_1 + b, a_2 = sigma(z_2), L = (a_2 - y)^2; x = 2.0, y = 1.0, w_1 = 0.5, w_2 = -1.0, b = 0.0,
    # eta = 0.1 (its numbers)
    "b152_zs": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[-1.0]]\nbiases = [0.0]',
                            loss="squared_error", extra=_data("[2.0]", "[1.0]", 0.1)),
    # the same article's matrix form: the samples rows (X is m x n_in), Z_1 = X W_1 + b_1, Z_2 = A_1 W_2 + b_2
    # (input-first), sigmoid layers, L = 1/m ||A_2 - Y||^2 (one sample and one output here: the squared error);
    # its TwoLayerMLP(n_in=2, n_hidden=4, n_out=1, lr=0.5): 2-4-1, rate 0.5
    "b152_zm": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=_rate(0.5)),
    # the French Q&A notes' one-neuron example (stored file 36911843712): z = w_1 x_1 + b, y_prevu = f(z) the
    # sigmoid, J = 1/2 (y_prevu - y_reel)^2; x_1 = 2, w_1 = 0.5, b = 0.0, y_reel = 1, eta = 0.1 (its numbers)
    "b152_fr": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[2.0]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # the CS231n-style post: X the input (a row), Y^1 the hidden sums (Y alone in \nabla f(Y)), \hat y the outputs,
    # y the targets, W^1, W^2 input-first, b^1, b^2 rows (the superscript the layer), f the ReLU; H^1 the hidden
    # outputs (named since session 37's lead fix: load_notation took H^1's H for Heaviside's step, so the first run's
    # notation left it unnamed), not \nabla f, f's slope (not a word a derivative may be declared by); its code: Y1,
    # H1, y_pred, W1, W2,
    # and the gradients named with a d in front ("We add a "d" in front of each variable to denote the gradient"),
    # lr the learning rate
    "b152_cs": r'''
[notation]
indices = "l"
learning_rate = ["lr"]
functions = { f = "relu" }
[notation.symbols]
"X" = "x[:].T"
"Y^{l}" = "z{l}[:].T"
"Y" = "z1[:].T"
"W^{l}" = "W{l}[:, :].T"
"b^{l}" = "b{l}[:].T"
"\\hat{y}" = "a2[:].T"
"y" = "y[:].T"
"Y1" = "z1[:].T"
"H1" = "a1[:].T"
"H^{1}" = "a1[:].T"
"y_pred" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"dy_pred" = "grad(a2[:]).T"
"dH1" = "grad(a1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dY1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the first NumPy script: x the input (a row), y = x.dot(V) the hidden outputs (y is NOT the target here), z
    # the outputs, t the target, V and W input-first, delta2 and delta1 the output and hidden sums' gradients,
    # grad_W and grad_V the weights' (rows, as the arrays are), eta the rate
    "b152_kl": r'''
[notation]
[notation.symbols]
"x" = "x[:].T"
"y" = "a1[:].T"
"z" = "a2[:].T"
"t" = "y[:].T"
"V" = "W1[:, :].T"
"W" = "W2[:, :].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"grad_W" = "grad(W2[:, :]).T"
"grad_V" = "grad(W1[:, :]).T"
''',
    # the second script: the first's names, sigmoid(u) the sigmoid, sigmoid_dash the hidden outputs' slope y*(1-y)
    # (the line that defines it is the code's, not taken)
    "b152_ks": r'''
[notation]
[notation.symbols]
"x" = "x[:].T"
"y" = "a1[:].T"
"z" = "a2[:].T"
"t" = "y[:].T"
"V" = "W1[:, :].T"
"W" = "W2[:, :].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"grad_W" = "grad(W2[:, :]).T"
"grad_V" = "grad(W1[:, :]).T"
"sigmoid_dash" = "a1[:].T*(1 - a1[:].T)"
''',
    # the German notes: Ng-style bracketed layers, x the input (a column), X the code's input (a row: Z1 =
    # np.dot(self.W1, X.T)), y the target, \hat{y} the output, a^{[l]} layer l's outputs, Z^{[l]} its sums, W^{[l]},
    # b^{[l]} (output-first), \delta^{[l]} = dL/dZ^{[l]} (the page's "Error at output"), \phi the ReLU, m the number
    # of samples (one here), \mathcal{L} the loss; the code's self. names and Ng's d names (dZ2 = dL/dZ2), self.lr
    # the rate
    "b152_de": r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
learning_rate = ["self.lr"]
functions = { "\\phi" = "relu" }
[notation.symbols]
"x" = "x[:]"
"X" = "x[:].T"
"y" = "y[:]"
"\\hat{y}" = "a2[:]"
"a^{[l]}" = "a{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
"m" = "1"
"self.A2" = "a2[:]"
"self.A1" = "a1[:]"
"self.Z1" = "z1[:]"
"self.W2" = "W2[:, :]"
"self.W1" = "W1[:, :]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
''',
    # the course unit's example 2: x the input, y the target, w_1, b_1 the hidden neuron's weight and bias, z_1, a_1
    # its sum and output, w_2, b_2, z_2, a_2 the output neuron's, \delta_2 = dL/dz_2 (the page's definition),
    # \delta_1 the hidden neuron's, \mathcal{L} the loss
    "b152_u2": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"\\delta_{2}" = "grad(z2[0])"
"\\delta_{1}" = "grad(z1[0])"
''',
    # the course unit's example 3: X the input (a column), y the target, z^{[l]}, a^{[l]}, W^{[l]}, b^{[l]} layer
    # l's (output-first), \delta^{[l]} = dL/dz^{[l]}, \eta the rate, \mathcal{L} the loss
    "b152_u3": r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
''',
    # the Spanish derivation: x the input (a column), y the target, \hat{y} the output, z_l, a_l, W_l, b_l layer l's
    # (output-first), \delta_l = dL/dz_l (the page's = \delta_2, = \delta_1)
    "b152_es": r'''
[notation]
indices = "l"
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"z_{l}" = "z{l}[:]"
"a_{l}" = "a{l}[:]"
"W_{l}" = "W{l}[:, :]"
"b_{l}" = "b{l}[:]"
"\\delta_{l}" = "grad(z{l}[:])"
''',
    # the Chinese worked example: x the input, y the target, w_1 the hidden weight, z_1, a_1 the hidden sum and
    # output, w_2 the output weight, b the output bias, z_2, a_2 the output sum and output
    "b152_zs": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b" = "b2[0]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
''',
    # the Chinese matrix form: X the input (a row), Y the target, Z_l, A_l layer l's sums and outputs (rows), W_l,
    # b_l input-first, m the number of samples (one here), n_in, n_1, n_2 the layers' sizes (2, 4, 1)
    "b152_zm": r'''
[notation]
indices = "l"
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"Z_{l}" = "z{l}[:].T"
"A_{l}" = "a{l}[:].T"
"W_{l}" = "W{l}[:, :].T"
"b_{l}" = "b{l}[:].T"
"m" = "1"
"n_{in}" = "2"
"n_{1}" = "4"
"n_{2}" = "1"
''',
    # the French one-neuron example: x_1 the input, w_1 its weight, b the bias, z the sum, y_prevu = f(z) the
    # output, y_reel the target (as the page's \text{} subscripts write them), J the cost, \eta the rate, \Delta w_1
    # and \Delta b the steps added to them (-eta dJ/dw_1, -eta dJ/db: the page's "La variation de poids")
    "b152_fr": r'''
[notation]
loss = ["J"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{1}" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y_{\\text{prévu}}" = "a1[0]"
"y_{\\text{réel}}" = "y[0]"
"\\Delta w_{1}" = "-eta*grad(W1[0, 0])"
"\\Delta b" = "-eta*grad(b1[0])"
''',
}
