"""The networks and notations of batch 36 of the held-out public formulas (tests/public_formulas_batch36.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b36_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # hhelwich's German notes: b_i = phi(Sigma_j w_ij a_j), no bias, the MSE (1/n) Sigma_i (t_i - output_i)^2
    # over the n outputs; three inputs (the page's w_00 a_0 + w_01 a_1 + ...) and two outputs (t_0, t_1), phi
    # the sigmoid (the page: cross-entropy "nur für sigmoid sinnvoll")
    "b36_helwich": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="mean_squared_error"),
    # tylermorganme's notes on Ng's week 2: logistic regression, y-hat = sigma(w^T x + b), two features, the
    # cross-entropy loss, one example (m = 1)
    "b36_tyler": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Tonkic's note on the sigmoid: sigma(x) and its derivative, x the unit's sum; the note names no loss
    "b36_tonkic": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # "A BASIC NEURON" (stored): y_pred = sigma(w x + b), loss = (y - y_pred)**2, lr = 0.001
    "b36_neuron": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error",
                               extra="\n[update]\nlearning_rate = 0.001\n"),
    # the "#JOY - FLUSH THE MATH" script (stored): X -> ReLU -> softmax over two classes (one_hot over 2 rows),
    # the cross-entropy its dZ2 = A2 - one_hot_Y is the gradient of; two inputs and two hidden units here (the
    # script's sizes come from its data)
    "b36_joy": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # Erika Duan's review (stored): one sigmoid unit, L = 1/2 (y-hat - y)^2, x = 0.5, y = 1.0, w = 0.3, b = 0.1,
    # learning_rate = 0.1
    "b36_duan": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.3]]\nbiases = [0.1]',
                        loss="half_squared_error", extra=_data("[0.5]", "[1.0]")),
    # the bilingual sigmoid-layer note (stored): the layer h(x) = sigma(x), its input A and output Z; one unit
    # here, whose input is the sum z; the note names no loss
    "b36_sigl": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the note of [r, 0] entries (stored): A_i = f(Z_i), Z_i = B_i + W_i A_{i-1}, C = sum_r (A_out - T)^2 (no
    # 1/2: dC/dA_out = 2(A_out - T)); f the sigmoid, two layers of two units, biases
    "b36_rnote": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                         loss="squared_error"),
    # aelfimow's notes on a German book: E = 1/2 sum_i (y_i - y-hat_i)^2, sigmoid units (o_j (1 - o_j)); one layer
    # of two output neurons fed by two inputs o_i, no bias
    "b36_aelf": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # svupper's script: y = sig(X(i) . W + bias), sig meant as tanh, loss (y - yd)^2, labda = 0.5
    "b36_svupper": problem_text('inputs = 2\nunits = 1\nactivation = "tanh"', loss="squared_error",
                                extra="\n[update]\nlearning_rate = 0.5\n"),
}

NOTATIONS = {
    # b_i the neuron's output (the page's first line), a_j its inputs, w_ij output-first, t_i the targets, n the
    # number of outputs, phi the sigmoid; E and MSE the loss
    "b36_helwich": r'''
[notation]
indices = "ij"
loss = ["E", "MSE"]
functions = { "\\varphi" = "sigmoid" }
[notation.symbols]
"b_{i}" = "a1[i]"
"a_{j}" = "x[j]"
"w_{ij}" = "W1[i, j]"
"t_{i}" = "y[i]"
"n" = "2"
"CE" = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]) + y[1]*log(a1[1]) + (1 - y[1])*log(1 - a1[1]))/2"
''',
    # Ng's letters as the notes write them: w the weight vector, x the features, b the bias, y-hat the output, z
    # the sum, m = 1 example, alpha the learning rate; the code's X, Y, Z, A for one example, dz = dL/dz, dw and
    # db the gradients; L and J(w,b) the loss
    "b36_tyler": r'''
[notation]
indices = "k"
loss = ["L", "J"]
learning_rate = ["\\alpha", "alpha"]
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"z" = "z1[0]"
"m" = "1"
"X" = "x[:]"
"Y" = "y[0]"
"Z" = "z1[0]"
"A" = "a1[0]"
"dz" = "delta1[0]"
"dw" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
''',
    # x the sigmoid's argument, the unit's sum
    "b36_tonkic": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # the script's names: x[i], y[i] the sample, y_pred the output, self.w and self.b the parameters, self.lr the
    # learning rate; its gradients by what their comments say they are: loss_grad dloss/dy_pred, sigmoid_grad
    # dy_pred/dz, z_grad_w dz/dw, z_grad_b dz/db, self.w_grad and self.b_grad the loss's gradients ("Chain rule:
    # loss gradient respects to w"); i the loop's example, no index placeholder
    "b36_neuron": r'''
[notation]
indices = "p"
loss = ["loss"]
learning_rate = ["self.lr"]
[notation.symbols]
"x[i]" = "x[0]"
"y[i]" = "y[0]"
"y_pred" = "a1[0]"
"self.w" = "W1[0, 0]"
"self.b" = "b1[0]"
"loss_grad" = "2*(a1[0] - y[0])"
"sigmoid_grad" = "a1[0]*(1 - a1[0])"
"z_grad_w" = "x[0]"
"z_grad_b" = "1"
"self.w_grad" = "grad(W1[0, 0])"
"self.b_grad" = "grad(b1[0])"
''',
    # the script's names: A0 and X the input, W1, b1 (B1 in the comment), Z1, A1, W2, b2, Z2, A2 the layers,
    # one_hot_Y the one-hot target, m = 1 example, dZ2, dZ1 dL/dZ, dW2, db2, dW1, db1 the gradients
    "b36_joy": r'''
[notation]
functions = { ReLU = "relu", softmax = "softmax" }
[notation.symbols]
"A0" = "x[:]"
"X" = "x[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"B1" = "b1[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"one_hot_Y" = "t[:]"
"m" = "1"
"dZ2" = "delta2[:]"
"dZ1" = "delta1[:]"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # the review's letters (w, b, x, y, z, y-hat) and its code's names (y_hat; dL_dy_hat, dy_hat_dz, dz_dw, dz_db
    # by what they name; dL_dw, dL_db the gradients; learning_rate)
    "b36_duan": r'''
[notation]
loss = ["L", "loss"]
learning_rate = ["learning_rate"]
[notation.symbols]
"w" = "W1[0, 0]"
"b" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y_hat" = "a1[0]"
"dL_dy_hat" = "a1[0] - y[0]"
"dy_hat_dz" = "a1[0]*(1 - a1[0])"
"dz_dw" = "x[0]"
"dz_db" = "1"
"dL_dw" = "grad(W1[0, 0])"
"dL_db" = "grad(b1[0])"
''',
    # h the sigmoid, x its argument; A the layer's input (the sum) and Z its output
    "b36_sigl": r'''
[notation]
functions = { h = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
"A" = "z1[0]"
"Z" = "a1[0]"
''',
    # the note's names: layer i as a subscript, W_i output-first; out the output layer, T the target, C the loss, f
    # the sigmoid; A_0 the input. The vectors are named whole, their entries [r, 0] (row r of a column) left as the
    # page writes them: the patterns first written for the entries, "A_{i}[r, 0]" (a subscript followed by code's
    # index), are not one symbol under the spec's grammar (a base with an optional subscript and superscript), and
    # the blind run refused the whole notation at them (see the batch's docstring)
    "b36_rnote": r'''
[notation]
indices = "i"
loss = ["C"]
functions = { f = "sigmoid" }
[notation.symbols]
"A_{0}" = "x[:]"
"A_{i}" = "a{i}[:]"
"Z_{i}" = "z{i}[:]"
"B_{i}" = "b{i}[:]"
"W_{i}" = "W{i}[:, :]"
"A_{out}" = "a2[:]"
"T" = "y[:]"
''',
    # the notes' letters: y_i the targets, y-hat_i the outputs, w_ji output-first (1-based), o_i the inputs, n = 2
    # outputs; the page's delta_j its output-neuron line, o_j (1 - o_j)(y_j - y-hat_j), that is -dE/dz_j; Delta
    # w_ji the weight's step
    "b36_aelf": r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"y_{i}" = "y[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
"w_{ji}" = "W1[j-1, i-1]"
"o_{i}" = "x[i-1]"
"\\delta_{j}" = "-delta1[j-1]"
"\\Delta w_{ji}" = "-eta*delta1[j-1]*x[i-1]"
"n" = "2"
''',
    # the script's names: X the inputs (X(i) the sample's, a call no pattern under the spec can name: X is named,
    # and (i) left as the page writes it), W the weights, bias, v the sum, y the output, yd and Y the target, dl
    # dloss/dv, labda the learning rate; sig the tanh it means; loss and l the loss
    "b36_svupper": r'''
[notation]
indices = "p"
loss = ["loss", "l"]
learning_rate = ["labda"]
functions = { sig = "tanh" }
[notation.symbols]
"X" = "x[:]"
"W" = "W1[0, :]"
"bias" = "b1[0]"
"v" = "z1[0]"
"y" = "a1[0]"
"yd" = "y[0]"
"Y" = "y[0]"
"dl" = "delta1[0]"
''',
}
