"""The networks and notations of batch 140 of the held-out public formulas (tests/public_formulas_batch140.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b140_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the "10 Marks" notes (stored file 71382931648): x -> z_h = W_1 x + b_1 -> h = f(z_h) -> z_o = W_2 h + b_2 -> y_hat
    # = g(z_o), L = 1/2 (y - y_hat)^2 for one example; f and g unnamed (the sigmoid here), 2-3-1
    "b140_bn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the blog post "Explaining Backpropagation with Example" (stored file 16385754508): X (m x 2) rows, Z_1 = X W_1 +
    # b_1 with W_1 2 x 3 input-first, sigmoid hidden, linear output A_2 = Z_2, L = 1/(2m) ||A_2 - y||^2; one row here
    "b140_dz": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # the Markdown "Simple Neural Network" with MPI4py (stored file 62838989): z_1 = X W_1 + b_1 (rows, input-first),
    # sigmoid hidden and output, L = 1/(2N) sum (y_hat_i - y_i)^2 (N = 1 here), 2-3-1
    "b140_mp": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese article on large models in art (stored file 9132508357): z^(l) = W^(l) a^(l-1) + b^(l), a^(l) =
    # sigma(z^(l)), layers counted from 1 (a^(0) the input), a cost C the page does not name (half the squared error
    # here); its example 2-2-2 (its input [1, 2, 3] does not fit its 2 x 2 W^(1), so no numbers are taken)
    "b140_ai": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the French TD3 correction (stored file 62221977861): 2-2-1, sigmoid hidden, linear output, the page's weights
    # (w^(1)_{i,j} from input i to hidden j, i = 0 the bias; w^(2)_{i,1} from hidden i), x = (2, 3), y = 10, L = 1/2
    # (y_hat - y)^2; eta not given (0.1 here)
    "b140_td": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[2, 1], [-1, -1]]\n'
                            'biases = [-1, 2]',
                            'units = 1\nactivation = "identity"\nweights = [[2, -1]]\nbiases = [1]',
                            loss="half_squared_error", extra=_data("[2, 3]", "[10]")),
    # the CS224d problem set 1 solutions (stored file 16806860061): x = a^(1) a row (1 x n), z^(2) = x W^(1) + b^(1)
    # (W^(1) n x m input-first), a^(2) = sigma(z^(2)), z^(3) = a^(2) W^(2) + b^(2), a^(3) the softmax, CE(y, a^(3)) the
    # cross-entropy; n = m = o = 3 here (so that the page's slips are values, not shapes)
    "b140_ps": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the Jekyll notes on Ng's week 5 (stored file 417972337): four layers (L = 4), a^(1) = x, z^(l+1) = Theta^(l)
    # a^(l) with a bias unit added, g the sigmoid, the logistic cost; 2-2-2-1 here, lambda = 0
    "b140_ng": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # "Backpropagation and the Chain Rule" (stored file 52250285293): z_1 = W_1 x + b_1, a_1 = f(z_1), z_2 = W_2 a_1 +
    # b_2, y_hat = sigma(z_2) under binary cross-entropy; f the sigmoid here, 2-3-1
    "b140_bc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # a book chapter's "8.3" (stored file 57975429104): input (2) -> hidden (2, sigmoid) -> output (1, sigmoid), z1 =
    # W1 x + b1, z2 = W2 . a1 + b2 (W2 a vector), L = 1/2 (a2 - y)^2 (its exercise and its code's delta2)
    "b140_ch": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese MXNet article (stored file 8904534299): z_1 = X W_1 + b_1 (rows, W_1 2 x 10 input-first), h_1 =
    # f_1(z_1), z_2 = h_1 W_2 + b_2, h_2 = f_2(z_2), delta_2 = (h_2 - y) f_2'(z_2) (half the squared error's); f_1, f_2
    # the sigmoid here; 2-10-1 there, 2-3-1 here
    "b140_mx": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the notes: x the input, z_h, h the hidden sums and outputs, z_o, y_hat the output's sum and output, y the target,
    # W_1, b_1, W_2, b_2 output-first (z_h = W_1 x + b_1), f, g the hidden and output activations (sigmoid here),
    # delta_o = dL/dz_o, delta_h = dL/dz_h, eta the learning rate
    "b140_bn": r'''
[notation]
loss = ["L"]
functions = { f = "sigmoid", g = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"z_{h}" = "z1[:]"
"h" = "a1[:]"
"z_{o}" = "z2[:]"
"\\hat{y}" = "a2[:]"
"y" = "y[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"\\delta_{o}" = "delta2[:]"
"\\delta_{h}" = "delta1[:]"
''',
    # the blog post: rows of a mini-batch of m examples (one here), X the inputs, Z_1, A_1, Z_2, A_2 the layers'
    # sums and outputs, y the targets, W_1, W_2 input-first, b_1, b_2 rows, delta_2 = dL/dZ_2, delta_1 = dL/dZ_1,
    # nabla_W the gradient dL/dW, rowsum the sum over the batch's rows (one row here)
    "b140_dz": r'''
[notation]
loss = ["L"]
[notation.symbols]
"X" = "x[:].T"
"Z_{1}" = "z1[:].T"
"A_{1}" = "a1[:].T"
"Z_{2}" = "z2[:].T"
"A_{2}" = "a2[:].T"
"y" = "y[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"b_{1}" = "b1[:].T"
"b_{2}" = "b2[:].T"
"\\delta_{1}" = "delta1[:].T"
"\\delta_{2}" = "delta2[:].T"
"m" = "1"
''',
    # the MPI page: rows, X the inputs, z_1, a_1, z_2 the layers' sums and outputs, y_hat the output, y the target,
    # W_1, W_2 input-first, b_1, b_2 rows, delta_2 the "output error" (the page: the derivative of the loss by z_2),
    # delta_1 the hidden one (dL/dz_1), x (\times) the product entry by entry (the page says so), alpha the
    # learning rate, N the number of samples (one here), y_hat_i, y_i those of sample i
    "b140_mp": r'''
[notation]
indices = "i"
loss = ["L"]
learning_rate = ["\\alpha"]
[notation.symbols]
"X" = "x[:].T"
"z_{1}" = "z1[:].T"
"a_{1}" = "a1[:].T"
"z_{2}" = "z2[:].T"
"\\hat{y}" = "a2[:].T"
"\\hat{y}_{i}" = "a2[0]"
"y_{i}" = "y[0]"
"y" = "y[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"b_{1}" = "b1[:].T"
"b_{2}" = "b2[:].T"
"\\delta_{2}" = "delta2[:].T"
"\\delta_{1}" = "delta1[:].T"
"N" = "1"
''',
    # the Chinese article: layers counted from 1 (a^(0) = x, L = 2), W^(l), b^(l) output-first (z^(l) = W^(l) a^(l-1) +
    # b^(l)), sigma the sigmoid, C the cost, delta^(l) = dC/dz^(l) (the error term: dC/db^(1) = delta^(1) below), alpha
    # the learning rate
    "b140_ai": r'''
[notation]
indices = "l"
loss = ["C"]
learning_rate = ["\\alpha"]
[notation.symbols]
"a^{(0)}" = "x[:]"
"a^{(l)}" = "a{l}[:]"
"z^{(l)}" = "z{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "delta{l}[:]"
''',
    # the TD: w^(1)_{i,j} from input i to hidden j (i = 0 the bias), w^(2)_{i,1} from hidden i to the output, x_1, x_2
    # the inputs, z_j^(1), a_j^(1) hidden j's sum and output, z_1^(2) = y_hat the output, y the target, delta^(2) =
    # dL/dz_1^(2), delta^(1)_j = dL/dz_j^(1), sigma the sigmoid, eta the learning rate
    "b140_td": r'''
[notation]
indices = "ij"
loss = ["L"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w^{(1)}_{0,j}" = "b1[j-1]"
"w^{(1)}_{i,j}" = "W1[j-1, i-1]"
"w^{(2)}_{0,1}" = "b2[0]"
"w^{(2)}_{i,1}" = "W2[0, i-1]"
"z_{j}^{(1)}" = "z1[j-1]"
"a_{j}^{(1)}" = "a1[j-1]"
"z_{1}^{(2)}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta^{(2)}" = "delta2[0]"
"\\delta^{(1)}_{j}" = "delta1[j-1]"
''',
    # the problem set (the lecture notes' names): x = a^(1) the input row, z^(2), a^(2) the hidden sums and outputs,
    # z^(3), a^(3) the output's sums and softmax outputs (rows), W^(1), W^(2) input-first, b^(1), b^(2) rows, y the
    # one-hot target row (y_i its entries, a_i^(3) the outputs', counted from 1), delta^(3) = dCE/dz^(3), delta^(2) =
    # dCE/dz^(2), sigma the sigmoid, theta the softmax's input z^(3), CE the cross-entropy
    "b140_ps": r'''
[notation]
indices = "i"
loss = ["CE"]
[notation.symbols]
"x" = "x[:].T"
"a^{(1)}" = "x[:].T"
"z^{(2)}" = "z1[:].T"
"a^{(2)}" = "a1[:].T"
"z^{(3)}" = "z2[:].T"
"a^{(3)}" = "a2[:].T"
"a_{i}^{(3)}" = "a2[i-1]"
"y" = "t[:].T"
"y_{i}" = "t[i-1]"
"W^{(1)}" = "W1[:, :].T"
"W^{(2)}" = "W2[:, :].T"
"b^{(1)}" = "b1[:].T"
"b^{(2)}" = "b2[:].T"
"\\delta^{(3)}" = "delta2[:].T"
"\\delta^{(2)}" = "delta1[:].T"
"\\theta" = "z2[:].T"
''',
    # Ng's names as the notes write them: layer 1 the input, L = 4, a^(l), z^(l) of layer l (a_j^(l) its unit j,
    # counted from 1), Theta^(l) the weights from layer l to l + 1 (Theta^(l)_{ij} into unit i of layer l + 1 from unit
    # j of layer l; the bias unit's column aside), delta^(l) = dJ/dz^(l), g the sigmoid (g' its slope), J the cost
    "b140_ng": r'''
[notation]
indices = "ijl"
loss = ["J"]
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(l)}" = "a{l-1}[:]"
"a_{j}^{(1)}" = "x[j-1]"
"a_{j}^{(l)}" = "a{l-1}[j-1]"
"z^{(l)}" = "z{l-1}[:]"
"\\Theta^{(l)}" = "W{l}[:, :]"
"\\Theta_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"\\delta^{(l)}" = "delta{l-1}[:]"
"\\delta_{i}^{(l)}" = "delta{l-1}[i-1]"
"\\delta_{j}^{(l)}" = "delta{l-1}[j-1]"
"y_{j}" = "y[j-1]"
''',
    # the chain-rule page: x the input, z_1, a_1 the hidden sums and outputs, z_2, y_hat the output's sum and output,
    # y the label, W_1, W_2, b_1, b_2 output-first (z_1 = W_1 x + b_1), f the hidden activation (the sigmoid here),
    # sigma the sigmoid, delta_2 = dL/dz_2, delta_1 = dL/dz_1, L the binary cross-entropy
    "b140_bc": r'''
[notation]
loss = ["L"]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"z_{2}" = "z2[:]"
"\\hat{y}" = "a2[:]"
"y" = "y[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"\\delta_{1}" = "delta1[:]"
"\\delta_{2}" = "delta2[:]"
''',
    # the chapter: x the input, z1, a1 the hidden sums and outputs, z2, a2 the output's sum and output (scalars), y
    # (y_true in the code) the target, W_1 output-first, W_2 (W2 in the code) the output's weight vector, delta2 =
    # dL/dz2, delta1 = dL/dz1, grad_W2 and grad_b2 the code's dL/dW2, dL/db2, sigma the sigmoid (sigmoid_prime its
    # slope at the sum); the code's arrays named whole (the loader takes no pattern W2[i] whose base ends in a digit)
    "b140_ch": r'''
[notation]
loss = ["L"]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"x" = "x[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"y" = "y[0]"
"y_true" = "y[0]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[0, :]"
"\\delta_{1}" = "delta1[:]"
"\\delta_{2}" = "delta2[0]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"delta2" = "delta2[0]"
"W2" = "W2[0, :]"
"grad_W2" = "grad(W2[0, :])"
"grad_b2" = "grad(b2[0])"
''',
    # the MXNet article: rows, X the input, z_1, h_1 the hidden sums and outputs, z_2, h_2 the output's sum and
    # output, y the label, W_1, W_2 input-first, b_1, b_2 rows, f_1, f_2 the activations (the sigmoid here), delta_2
    # = dL/dz_2, delta_1 = dL/dz_1, L half the squared error
    "b140_mx": r'''
[notation]
loss = ["L"]
functions = { "f_{1}" = "sigmoid", "f_{2}" = "sigmoid" }
[notation.symbols]
"X" = "x[:].T"
"z_{1}" = "z1[:].T"
"h_{1}" = "a1[:].T"
"z_{2}" = "z2[:].T"
"h_{2}" = "a2[:].T"
"y" = "y[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"b_{1}" = "b1[:].T"
"b_{2}" = "b2[:].T"
"\\delta_{2}" = "delta2[:].T"
"\\delta_{1}" = "delta1[:].T"
''',
}
