"""The networks and notations of batch 52 of the held-out public formulas (tests/public_formulas_batch52.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b52_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # vortune's Chinese translation of Mazur's step-by-step example: 2-2-2 logistic, one bias per layer (b_1 = 0.35,
    # b_2 = 0.6), E_total = sum 1/2 (target - out)^2, inputs 0.05 and 0.10, targets 0.01 and 0.99, eta = 0.5
    "b52_maz": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                            'biases = 0.6',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", learning_rate=0.5)),
    # Nafiz's notes on the backward pass (stored file): Ng's columns, z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, ReLU
    # hidden layers, a softmax output under the cross-entropy averaged over m examples (one here); two inputs, three
    # ReLU units, three classes
    "b52_nafiz": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                         loss="cross_entropy"),
    # Nafiz's template for N hidden layers (stored file): Z[l] = W[l]A[l-1] + b[l], g_ReLU on the hidden layers,
    # g_softmax on the output, the cross-entropy over m examples (one here); its "example for 3 layers": two inputs,
    # three and two ReLU units, three classes
    "b52_tpl": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                       'units = 3\nactivation = "softmax"', loss="cross_entropy"),
    # Deep-ML's "single neuron with backpropagation" notes: z = w_1x_1 + ... + w_nx_n + b, sigma(z), MSE = 1/n
    # sum (sigma(z_i) - y_i)^2 over the n examples (one here, so the squared error); two features
    "b52_dml": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # Senghurk's Sigmoid-Function.py: x1 = 0.3, x2 = 0.4, y = 0.6, w1 = w2 = b = 0.5, alpha = 0.1; e = y - y_prime
    # and delta = y_prime (1 - y_prime) e, the delta of 1/2 (y - y_prime)^2 with its sign turned
    "b52_seng": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.5]]\nbiases = [0.5]',
                             loss="half_squared_error", extra=_data("[0.3, 0.4]", "[0.6]")),
    # WAT36's Japanese note (from Ito's book): b_j = sum_i w_ji x_i, z_j = h(b_j) the sigmoid, a_k = sum_j v_kj z_j,
    # y = softmax(a), the cross-entropy E_n over N examples (one here); no biases in the sums it writes; two inputs
    # (x_0, x_1: D = 1), three hidden units (z_0 ... z_2: M = 2, as its equation (13) writes), three classes (K = 3)
    "b52_wat": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # the Japanese NumPy notes (stored file): u = wx, f the sigmoid, E = 1/2 sum_k (y_k - t_k)^2, the update
    # w^{(l)}_{i,j} <- w^{(l)}_{i,j} - rho delta^{(l)}_i o^{(l-1)}_j; two layers of two sigmoid units, no biases
    "b52_jnp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Portuguese lesson "Aula 07.1" (stored file): the XOR MLP of its code, rows, z1 = camada0 . pesos0 (2 x 3),
    # z2 = a1 . pesos1 (3 x 1), sigmoid units, no biases, E = 1/2 sum (y_esperado - y_obtido)^2
    "b52_aula": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                        'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # HeavenAQ's supplement on the binary cross-entropy: z = w^T x + b, y-hat = sigma(z), the cross-entropy J over m
    # (or N) examples (one here); two features
    "b52_heav": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the "Gradient Descent" note (stored file): p_i = 1/(1 + e^{-W^T X_i}), the binary cross-entropy summed over
    # the n examples (one here); W^T X_i without a bias in its derivation; two features
    "b52_gd": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # Mazur's names: i_1, i_2 the inputs, net and out of the hidden (h1, h2) and output (o1, o2) neurons, w_1 ... w_8
    # (w_1: i_1 -> h_1, w_2: i_2 -> h_1, w_3: i_1 -> h_2, w_4: i_2 -> h_2, w_5: h_1 -> o_1, w_6: h_2 -> o_1, w_7:
    # h_1 -> o_2, w_8: h_2 -> o_2), b_1 and b_2 the layers' biases, target_{o1}, E_{o1} output o1's error, E_total
    # the loss, delta_{o1} = dE_total/dnet_{o1} (the node delta, as the page defines it)
    "b52_maz": r'''
[notation]
indices = "n"
loss = ["E_{total}"]
[notation.symbols]
"i_{n}" = "x[n-1]"
"target_{on}" = "y[n-1]"
"net_{hn}" = "z1[n-1]"
"out_{hn}" = "a1[n-1]"
"net_{on}" = "z2[n-1]"
"out_{on}" = "a2[n-1]"
"E_{on}" = "(y[n-1] - a2[n-1])**2/2"
"\\delta_{on}" = "grad(z2[n-1])"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
''',
    # Ng's names with the layer in brackets: z^{[l]}, A^{[l]} (A^{[0]} the input), W^{[l]}, b^{[l]}, and dz, dW, db,
    # dA the loss's gradients; Y the one-hot labels, A_k^{[L](i)} and Y_k^{(i)} class k of example i (one example),
    # m the examples, n_L the classes; \mathcal{L} the loss, ReLU and Softmax the functions
    "b52_nafiz": r'''
[notation]
indices = "ijkl"
loss = ["\\mathcal{L}"]
functions = { ReLU = "relu", Softmax = "softmax" }
[notation.symbols]
"z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"A^{[0]}" = "x[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"dz^{[l]}" = "grad(z{l}[:])"
"dz^{[l](i)}" = "grad(z{l}[:])"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"z_{k}^{[l]}" = "z{l}[k-1]"
"A_{k}^{[l]}" = "a{l}[k-1]"
"A_{k}^{[l](i)}" = "a{l}[k-1]"
"Y_{k}^{(i)}" = "t[k-1]"
"Y" = "t[:]"
"m" = "1"
"n_{L}" = "3"
''',
    # the template's names in code's brackets: Z[l], A[l] (A[0] = X the input), W[l], b[l], dZ[l], dW[l], db[l] the
    # loss's gradients, Y the one-hot labels, m the examples; g_ReLU and g_softmax the activations as section 2
    # defines them (g_ReLU(Z) = max(0, Z)), alpha the learning rate
    "b52_tpl": r'''
[notation]
indices = "l"
learning_rate = ["\\alpha"]
functions = { "g_{\\text{ReLU}}" = "relu", "g_{softmax}" = "softmax" }
[notation.symbols]
"Z[l]" = "z{l}[:]"
"A[l]" = "a{l}[:]"
"A[0]" = "x[:]"
"X" = "x[:]"
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"dZ[l]" = "grad(z{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"Y" = "t[:]"
"m" = "1"
''',
    # the notes' letters: w_j and x_j the weights and features (from 1), b the bias, z the neuron's sum; example i's
    # z_i, y_i, x_{ij} (one example, n = 1); MSE the loss, alpha the learning rate
    "b52_dml": r'''
[notation]
indices = "ij"
loss = ["MSE"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"x_{j}" = "x[j-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"z_{i}" = "z1[0]"
"y_{i}" = "y[0]"
"x_{ij}" = "x[j-1]"
"n" = "1"
''',
    # the script's names: x1, x2, w1, w2, b, z, y_prime the output, y the target, e = y - y_prime, delta the error
    # gradient y_prime (1 - y_prime) e (-dL/dz), grad_w1, grad_w2, grad_b the steps alpha x delta (-eta dL/dp)
    "b52_seng": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b" = "b1[0]"
"z" = "z1[0]"
"y_prime" = "a1[0]"
"y" = "y[0]"
"e" = "y[0] - a1[0]"
"delta" = "-grad(z1[0])"
"grad_w1" = "-eta*grad(W1[0, 0])"
"grad_w2" = "-eta*grad(W1[0, 1])"
"grad_b" = "-eta*grad(b1[0])"
''',
    # the note's letters, counted from 0: x_i the inputs, w_ji input i -> hidden j, b_j hidden j's sum, z_j = h(b_j)
    # its output, v_kj hidden j -> output k, a_k output k's sum, y_k its softmax, t_k the one-hot target (y_nk, t_nk
    # for example n, one example); E_n and E the loss, h the sigmoid, alpha the learning rate; D = 1, M = 2, K = 3,
    # N = 1; u the softmax's denominator, as the prose defines it
    "b52_wat": r'''
[notation]
indices = "ijkn"
loss = ["E_{n}", "E"]
learning_rate = ["\\alpha"]
functions = { h = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"w_{ji}" = "W1[j, i]"
"b_{j}" = "z1[j]"
"z_{j}" = "a1[j]"
"v_{kj}" = "W2[k, j]"
"a_{k}" = "z2[k]"
"y_{k}" = "a2[k]"
"t_{k}" = "t[k]"
"y_{nk}" = "a2[k]"
"t_{nk}" = "t[k]"
"u" = "exp(z2[0]) + exp(z2[1]) + exp(z2[2])"
"D" = "1"
"M" = "2"
"K" = "3"
"N" = "1"
''',
    # the notes' letters: u = wx the first layer's sums (w its weights, x the input), f the sigmoid; y_k and t_k the
    # outputs and targets in E; layer l's w^{(l)}_{i,j} (unit j -> unit i), u^{(l)}_i, o^{(l)}_i (o^{(0)} the input),
    # delta^{(l)}_i = dE/du^{(l)}_i, counted from 1; t_i the targets, rho the learning rate
    "b52_jnp": r'''
[notation]
indices = "ijkl"
learning_rate = ["\\rho"]
functions = { f = "sigmoid" }
[notation.symbols]
"u" = "z1[:]"
"w" = "W1[:, :]"
"x" = "x[:]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"t_{i}" = "y[i-1]"
"w_{i,j}^{(l)}" = "W{l}[i-1, j-1]"
"u_{i}^{(l)}" = "z{l}[i-1]"
"o_{i}^{(l)}" = "a{l}[i-1]"
"o_{j}^{(0)}" = "x[j-1]"
"\\delta_{i}^{(l)}" = "grad(z{l}[i-1])"
''',
    # the lesson's names: y_esperado the target, y_obtido the output, w a weight (W2[0, 0] here), eta the learning
    # rate; its code in rows: camada0 = X the input, pesos0 and pesos1 the weights (W1^T, W2^T), z1, a1, z2, a2 the
    # layers' sums and outputs, erro = y - a2, delta2 and delta1 the deltas with their sign turned (erro * ...),
    # taxa_aprendizado the learning rate
    "b52_aula": r'''
[notation]
learning_rate = ["\\eta", "taxa_aprendizado"]
[notation.symbols]
"y_{esperado}" = "y[0]"
"y_{obtido}" = "a2[0]"
"w" = "W2[0, 0]"
"X" = "x[:].T"
"camada0" = "x[:].T"
"pesos0" = "W1[:, :].T"
"pesos1" = "W2[:, :].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"y" = "y[:].T"
"erro" = "(y[:] - a2[:]).T"
"delta2" = "-grad(z2[:]).T"
"delta1" = "-grad(z1[:]).T"
''',
    # the supplement's letters: x the features, w the weights, b the bias, z = w^T x + b, \hat{y} = sigma(z), y the
    # label; example i's x^{(i)}, y^{(i)}, \hat{y}^{(i)} (one example, m = N = 1), X the design matrix (the one row
    # x^T); L and J the loss, dw and db its gradients, alpha the learning rate, w_t the weights at step t
    "b52_heav": r'''
[notation]
indices = "i"
loss = ["L", "J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[:]"
"w" = "W1[0, :]"
"w_{t}" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"\\hat{y}^{(i)}" = "a1[0]"
"X" = "x[:].T"
"m" = "1"
"N" = "1"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
''',
    # the note's letters: W the weight vector (w_1, w_2 its entries), X_i example i's features, p_i its probability,
    # y_i its label (one example, n = 1); \mathcal{L} the loss (\mathcal{L}_i example i's), \mathcal{L}_i^A and
    # \mathcal{L}_i^B its two terms, eta the learning rate; W^{(t)}, w_1^{(t)} and W_{old} the weights at step t,
    # W_{new} the new weights; xi_1 ... xi_5 the chain of its derivation (-W^T X_i, e^{xi_1}, 1 + xi_2, 1/xi_3,
    # log xi_4)
    "b52_gd": r'''
[notation]
indices = "i"
loss = ["\\mathcal{L}", "\\mathcal{L}_{i}"]
[notation.symbols]
"W" = "W1[0, :]"
"W^{(t)}" = "W1[0, :]"
"w_{i}" = "W1[0, i-1]"
"w_{i}^{(t)}" = "W1[0, i-1]"
"X_{i}" = "x[:]"
"p_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"n" = "1"
"\\mathcal{L}_{i}^{A}" = "-y[0]*log(a1[0])"
"\\mathcal{L}_{i}^{B}" = "-(1 - y[0])*log(1 - a1[0])"
"W_{new}" = "W1[0, :]"
"W_{old}" = "W1[0, :]"
"\\xi_{1}" = "-(W1[0, 0]*x[0] + W1[0, 1]*x[1])"
"\\xi_{2}" = "exp(-(W1[0, 0]*x[0] + W1[0, 1]*x[1]))"
"\\xi_{3}" = "1 + exp(-(W1[0, 0]*x[0] + W1[0, 1]*x[1]))"
"\\xi_{4}" = "a1[0]"
"\\xi_{5}" = "log(a1[0])"
''',
}
