"""The networks and notations of batch 48 of the held-out public formulas (tests/public_formulas_batch48.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b48_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # leharris3's post after Bishop (ch. 4.8): a_j = sum_i w_ji z_i with the bias subsumed (none here), z = g(a)
    # with g = tanh in both layers (delta_k = g'(a_k) dE/dy_k), E = 1/2 sum_k (y_k - t_k)^2; three inputs, two
    # hidden units, two outputs
    "b48_bishop": _layers('inputs = 3\nunits = 2\nactivation = "tanh"\nbias = "none"',
                          'units = 2\nactivation = "tanh"\nbias = "none"', loss="half_squared_error"),
    # piotrowerko's notebook: x = (2.5, 1.2), y = 1; initial_w[0] = [0.8, 0.4, 0.6, 0.3, 0.7, 0.1] (the hidden
    # biases, then the weights of x0 to units 1 and 2, then of x1), initial_w[1] = [0.5, 0.2, 1.1] (the output's
    # bias, then its weights); sigmoid units, cost = 1/(2 m) (sigma - y)^2 with m = 1, l_rate 0.1
    "b48_piotr": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.6, 0.7], [0.3, 0.1]]\n'
                              'biases = [0.8, 0.4]',
                              'units = 1\nactivation = "sigmoid"\nweights = [[0.2, 1.1]]\nbiases = [0.5]',
                              loss="half_squared_error", extra=_data("[2.5, 1.2]", "[1.0]", learning_rate=0.1)),
    # Henry54130's note on the sigmoid's derivative: sigma(x), x the unit's input (one sigmoid unit; the page
    # names no loss, 1/2 (y - a)^2 here)
    "b48_sigmoid": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # garvbehl23's script: Z1 = w1 @ X + b1, A1 = relu(Z1), Z2 = w2 @ A1 + b2 the output itself, dZ2 = Z2 - y
    # (1/2 (Z2 - y)^2); 10 inputs and 32 hidden units there, 3 and 4 here, one example
    "b48_garv": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                        loss="half_squared_error"),
    # the stored French notes: z^(k) = w^(k) a^(k-1) + b^(k), a^(k) = f(z^(k)), K layers, L = 1/2 (y-hat - y)^2;
    # K = 2 here, f the sigmoid, two inputs, two hidden units, one output
    "b48_french": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # the stored notes on CSC321's lecture 10: L = 1/2 (y - t)^2, y = sigma(z), dz/dw = x: one sigmoid unit with
    # one input
    "b48_csc": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the stored "Trace Tanh Layer": y_i = tanh(x_i), a layer with no parameters; here after a linear layer of two
    # units (x_i its sums), 1/2 sum (y_i - t_i)^2 (the page names no loss)
    "b48_trace": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', loss="half_squared_error"),
    # the stored "Chapter 4: Introducing Neurons" (micrograd): x*w = y into tanh; one input and no bias here,
    # so that y is the unit's sum; the page's L unnamed, 1/2 (t - o)^2 here
    "b48_neuron": _layers('inputs = 1\nunits = 1\nactivation = "tanh"\nbias = "none"', loss="half_squared_error"),
    # the stored "Assignment 8 Task 3": inputs a and b, one sigmoid hidden unit m, one sigmoid output n, the biases as
    # weights from a constant 1 (w_{1,m}, w_{1,n}); every weight 0.1, eta 0.3; example 1: a = 1, b = 0, t = 1; the
    # binary cross-entropy
    "b48_assign": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.1, 0.1]]\nbiases = [0.1]',
                               'units = 1\nactivation = "sigmoid"\nweights = [[0.1]]\nbiases = [0.1]',
                               loss="binary_cross_entropy", extra=_data("[1.0, 0.0]", "[1.0]", learning_rate=0.3)),
    # ImJaeSung's README: y-hat = g(x w + b), g the sigmoid, the log loss L(y, y-hat); n = 2 features, J over m =
    # 1 example
    "b48_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # Bishop's letters: i, j, k the input, hidden and output units; z_i the inputs, a_j and z_j the hidden units'
    # sums and outputs, a_k and y_k the outputs', t_k the targets, w_ji and w_kj the weights (output-first),
    # delta_j and delta_k dE/da; g the activation (tanh); E, E^n the sample's error. No placeholder letters: the
    # page gives i, j, k fixed roles
    "b48_bishop": r'''
[notation]
indices = "p"
loss = ["E", "E^{n}"]
functions = { g = "tanh" }
[notation.symbols]
"z_{i}" = "x[i]"
"w_{ji}" = "W1[j, i]"
"a_{j}" = "z1[j]"
"z_{j}" = "a1[j]"
"w_{kj}" = "W2[k, j]"
"a_{k}" = "z2[k]"
"y_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
''',
    # the notebook's names: initial_w[0][...] and initial_w[1][...] the weights and biases as its forward cells
    # use them, data[0][0] and data[0][1] the inputs, y0 the target; z1_1, z2_1 the hidden sums, sigma01_1 and
    # sigma02_1 their outputs, z0_2 and sigma0_2 the output's; w00_2 the output's bias, w01_2 its weight from
    # hidden unit 1, w11_1 the weight from input 1 to hidden unit 1 (old and new values); d_cost_d..., d_sigma_d...
    # and d_z..._d... the derivatives their names say; learning_rate and l_rate the learning rate, cost the loss
    "b48_piotr": r'''
[notation]
learning_rate = ["learning_rate", "l_rate"]
loss = ["cost"]
[notation.symbols]
"initial_w[0][0]" = "b1[0]"
"initial_w[0][1]" = "b1[1]"
"initial_w[0][2]" = "W1[0, 0]"
"initial_w[0][3]" = "W1[1, 0]"
"initial_w[0][4]" = "W1[0, 1]"
"initial_w[0][5]" = "W1[1, 1]"
"initial_w[1][0]" = "b2[0]"
"initial_w[1][1]" = "W2[0, 0]"
"initial_w[1][2]" = "W2[0, 1]"
"data[0][0]" = "x[0]"
"data[0][1]" = "x[1]"
"y0" = "y[0]"
"z1_1" = "z1[0]"
"z2_1" = "z1[1]"
"z0_2" = "z2[0]"
"sigma01_1" = "a1[0]"
"sigma02_1" = "a1[1]"
"sigma0_2" = "a2[0]"
"w00_2_old" = "b2[0]"
"w_00_2_old" = "b2[0]"
"w00_2_new" = "new(b2[0])"
"w01_2_old" = "W2[0, 0]"
"w01_2_new" = "new(W2[0, 0])"
"w11_1_old" = "W1[0, 0]"
"w11_1_new" = "new(W1[0, 0])"
"d_cost_dw_00_2" = "grad(b2[0])"
"d_cost_dw00_2" = "grad(b2[0])"
"d_cost_dw01_2" = "grad(W2[0, 0])"
"d_cost_d_w01_2" = "grad(W2[0, 0])"
"d_cost_d_w11_1" = "grad(W1[0, 0])"
"d_cost_d_sigma" = "grad(a2[0])"
"d_cost_d_sigma0_2" = "grad(a2[0])"
"d_sigma_dz0_2" = "a2[0]*(1 - a2[0])"
"d_z0_2_d_w00_2" = "1"
"d_z0_2_d_w01_2" = "a1[0]"
"dz_sigma01_1" = "W2[0, 0]"
"d_cost_d_sigma01_1" = "grad(a1[0])"
"d_sigma01_1_d_z1_1" = "a1[0]*(1 - a1[0])"
"d_z1_1_d_w_11_1" = "x[0]"
''',
    # the note's x: the sigmoid's argument, the unit's input
    "b48_sigmoid": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # the script's names: X the input (a column), y the target, w1, b1, w2, b2 the parameters, Z1, A1, Z2 the
    # forward values; dZ2, dW2, db2, dA1, dZ1, dW1, db1 the loss's gradients (Ng's d names)
    "b48_garv": r'''
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"w1" = "W1[:, :]"
"b1" = "b1[:]"
"w2" = "W2[:, :]"
"b2" = "b2[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # the French notes' letters: layer k (a placeholder), K the last layer; a^(0) = x the input, y the target,
    # y-hat = a^(K) the output, w^(k) and b^(k) the parameters, z^(k) the sums, delta^(k) = dL/dz^(k); f the
    # activation (the sigmoid here), eta the learning rate
    "b48_french": r'''
[notation]
indices = "k"
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"a^{(0)}" = "x[:]"
"a^{(k)}" = "a{k}[:]"
"a^{(K)}" = "a2[:]"
"z^{(k)}" = "z{k}[:]"
"z^{(K)}" = "z2[:]"
"w^{(k)}" = "W{k}[:, :]"
"b^{(k)}" = "b{k}[:]"
"\\delta^{(k)}" = "delta{k}[:]"
"\\delta^{(K)}" = "delta2[:]"
''',
    # the notes' first part: "let z = y - t" (y the output, t the target), L = 1/2 z^2
    "b48_csc_z": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"y" = "a1[0]"
"t" = "y[0]"
"z" = "a1[0] - y[0]"
''',
    # its second part, after CSC321: y = sigma(z) the output, t the target, z = w x the sum, w the weight, x the
    # input; y-bar, z-bar, w-bar the error signals dL/dy, dL/dz, dL/dw (the page's note says so)
    "b48_csc": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"y" = "a1[0]"
"t" = "y[0]"
"z" = "z1[0]"
"w" = "W1[0, 0]"
"x" = "x[0]"
"\\overline{y}" = "grad(a1[0])"
"\\overline{z}" = "grad(z1[0])"
"\\overline{w}" = "grad(W1[0, 0])"
''',
    # the layer's letters: x_i its input i (the sum before it), y_i its output, delta_i the error at its output
    # (dL/dy_i), delta'_i the error it passes back (dL/dx_i)
    "b48_trace": r'''
[notation]
indices = "i"
[notation.symbols]
"x_{i}" = "z1[i]"
"y_{i}" = "a1[i]"
"\\delta_{i}" = "grad(a1[i])"
"\\delta'_{i}" = "grad(z1[i])"
''',
    # the chapter's letters: x the input, w the weight, y = x*w what enters tanh, L the loss
    "b48_neuron": r'''
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"y" = "z1[0]"
''',
    # the assignment's letters: a and b the inputs, t (and y) the target, y-hat the output; w_{a,m}, w_{b,m} and
    # w_{1,m} the hidden unit's weights and bias, w_{m,n} and w_{1,n} the output's; z_m, z_n the sums, o_m (o_1, the
    # hidden unit's output as the page first writes it) and o_n the outputs, delta_m and delta_n dL/dz; g the
    # sigmoid, eta the learning rate. The changes \triangle w_{a,m} ... are no pattern: "\triangle w" is two symbols
    # under the spec's grammar (the loader says so), unlike \Delta w
    "b48_assign": r'''
[notation]
indices = "p"
functions = { g = "sigmoid" }
[notation.symbols]
"a" = "x[0]"
"b" = "x[1]"
"t" = "y[0]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"w_{a,m}" = "W1[0, 0]"
"w_{b,m}" = "W1[0, 1]"
"w_{1,m}" = "b1[0]"
"w_{m,n}" = "W2[0, 0]"
"w_{1,n}" = "b2[0]"
"z_{m}" = "z1[0]"
"z_{n}" = "z2[0]"
"o_{m}" = "a1[0]"
"o_{1}" = "a1[0]"
"o_{n}" = "a2[0]"
"\\delta_{m}" = "delta1[0]"
"\\delta_{n}" = "delta2[0]"
''',
    # the README's letters: w_j the weights and x_j the features (from 1), bold w and x their vectors, b the bias,
    # z the sum, y-hat = g(z) the prediction, y the label; L the log loss, J the cost over the m examples (one);
    # alpha the learning rate (the default)
    "b48_logreg": r'''
[notation]
indices = "ij"
loss = ["L", "J"]
functions = { g = "sigmoid" }
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"\\mathbf{w}" = "W1[0, :]"
"\\mathbf{x}" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
}
