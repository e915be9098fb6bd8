"""The networks and notations of batch 86 of the held-out public formulas (tests/public_formulas_batch86.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b86_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the Indonesian XOR lesson: X1 = X2 = 1 -> sigmoid Z1, Z2, Z3 (w(X1->Z1) = -0.3, w(X2->Z1) = 0.3, bias -0.1;
    # 0.3, -0.2, 0.3; -0.3, 0.3, -0.1) -> sigmoid Y1 (v = -0.1, 0.5, -0.3, bias v0 = 0.2), target t = 0,
    # alpha = 0.2; delta_Y = (t - Y) Y (1 - Y), the half squared error's -dE/dnet
    "b86_fr": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nweights = [[-0.3, 0.3], [0.3, -0.2], '
                           '[-0.3, 0.3]]\nbiases = [-0.1, 0.3, -0.1]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[-0.1, 0.5, -0.3]]\nbiases = [0.2]',
                           loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]", 0.2)),
    # the R script's first network: X's first row (2, 5, 8) after its column of ones -> 3 sigmoid units ->
    # 2 sigmoid outputs, theta_1 and theta_2 random with the biases in their first columns, cost = (a_2 - y)^2
    # against y's first column (10, 12)
    "b86_rm1": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="squared_error", extra=_data("[2.0, 5.0, 8.0]", "[10.0, 12.0]", 0.1)),
    # the same script's Mazur example, biases in theta's first columns: x = (0.05, 0.1), theta_1 = (0.35 | 0.15,
    # 0.2; 0.35 | 0.25, 0.3), theta_2 = (0.6 | 0.4, 0.45; 0.6 | 0.5, 0.55), y = (0.01, 0.99), cost = 1/2 (a_2 -
    # y)^2, alpha = 0.1
    "b86_rm2": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.2], [0.25, 0.3]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                            'biases = [0.6, 0.6]',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.1)),
    # the script's last section: the same numbers with the biases apart (b1_weights, b2_weights), alpha = 0.5
    "b86_rm3": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.2], [0.25, 0.3]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                            'biases = [0.6, 0.6]',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the NumPy script: inputs iws = (0.1, 0.2) (named as weights) -> hws (2 x 2, rows the inputs) -> sigmoid ->
    # ows (2 x 1) -> sigmoid, no biases, error = 0.5 (output - target)^2, target 1.0, lr = 0.1
    "b86_np": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                           'weights = [[0.3, 0.5], [0.4, 0.6]]',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.7, 0.8]]',
                           loss="half_squared_error", extra=_data("[0.1, 0.2]", "[1.0]", 0.1)),
    # Colin-Hu's Octave library on XOR: 2 inputs -> 2 sigmoid units -> 1 sigmoid output, biases, the deltas
    # (out - target) out (1 - out), the half squared error's dE/dnet; learningrate
    "b86_ch": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # Rodinia's backprop in MATLAB (bpnn_output_error): sigmoid units, delta = o (1 - o) (t - o), the half squared
    # error's -dE/dnet; one output unit, so that o and t name it
    "b86_so": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # bpnn_hidden_error: one hidden unit h and one output, who the weight between them
    "b86_sh": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # deadbird11's Java neurons: sigmoid everywhere, the cost (activation - expected)^2 (its 2 * (val -
    # expected)); one hidden neuron and one output, so that val, mult and dBias name one neuron's
    "b86_dn": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="squared_error"),
    # abarciauskas-bgse's step: one sigmoid neuron over (x1, x2), no bias, the error class - f; the half squared
    # error (dL = loss * dLdF, dW = dL f (1 - f))
    "b86_ab": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # zerofier's page: Y = W_2 psi(W_1 X), no biases, psi the sigmoid, Y linear, E = ||Y - T||^2 / 2; n = 3 inputs,
    # l = 2 hidden units, m = 2 outputs
    "b86_zf": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # the Indonesian lesson: X_i the inputs, w_ij from input i to hidden unit j (w21: X2 -> Z1), bias_j the
    # hidden biases, Z_j the hidden outputs, v_j into the output (v_0 its bias, after a constant "bias" of 1),
    # Y_1 the output, t the target, delta = -dE/dnet (delta_Y, delta_Zj), Delta v the step, alpha the rate
    "b86_fr": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
[notation.symbols]
"X_{i}" = "x[i-1]"
"w_{ij}" = "W1[j-1, i-1]"
"bias_{j}" = "b1[j-1]"
"Z_{j}" = "a1[j-1]"
"v_{j}" = "W2[0, j-1]"
"v_{0}" = "b2[0]"
"bias" = "1"
"Y_{1}" = "a2[0]"
"t" = "y[0]"
"\\delta_{Y}" = "-delta2[0]"
"\\delta_{Zj}" = "-delta1[j-1]"
"\\Delta v_{j}" = "-eta*grad(W2[0, j-1])"
"\\Delta v_{bias}" = "-eta*grad(b2[0])"
''',
    # the R script's first section: a_1, a_2 the layers' outputs, z_2 the output sums, theta_1 and theta_2 the
    # weights, y the targets, C (cost) the loss; delC_deltheta_2 its gradient by theta_2 (the script transposes
    # it), delC_deltheta_2_11 the entry from hidden unit 1 to output 1
    "b86_rm1": r'''
[notation]
loss = ["C", "cost"]
[notation.symbols]
"a_{1}" = "a1[:]"
"a_{2}" = "a2[:]"
"z_{2}" = "z2[:]"
"theta_{1}" = "W1[:, :]"
"theta_{2}" = "W2[:, :]"
"y" = "y[:]"
"delC_deltheta_{2}" = "grad(W2[:, :]).T"
"delC_deltheta_{2,11}" = "grad(W2[0, 0])"
''',
    # the Mazur section with the biases in theta: the same letters, delC.dela_2 and delC.deltheta_2 the cost's
    # gradients by a_2 and theta_2, alpha the learning rate
    "b86_rm2": r'''
[notation]
loss = ["C", "cost"]
learning_rate = ["alpha"]
[notation.symbols]
"a_{1}" = "a1[:]"
"a_{2}" = "a2[:]"
"z_{2}" = "z2[:]"
"theta_{2}" = "W2[:, :]"
"y" = "y[:]"
"delC.dela_{2}" = "grad(a2[:])"
"delC.deltheta_{2}" = "grad(W2[:, :])"
''',
    # the last section, the biases apart: del.out the cost's gradient by a_2, del.b2 by b2
    "b86_rm3": r'''
[notation]
loss = ["C", "cost"]
learning_rate = ["alpha"]
[notation.symbols]
"a_{1}" = "a1[:]"
"a_{2}" = "a2[:]"
"theta_{2}" = "W2[:, :]"
"y" = "y[:]"
"del.out" = "grad(a2[:])"
"del.b2" = "grad(b2[:])"
"delC.deltheta_{2}" = "grad(W2[:, :])"
''',
    # the NumPy script: iws the inputs, hws and ows the weights with the inputs as rows (symbols.md's transposed),
    # *_input the sums, *_output the outputs, error the loss, d_o and d_h the gradients by the sums, d_ows and
    # d_hws by the weights, lr the rate; sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), at the input (the
    # script's def; docs/notation.md's "sigmoid' at input", added after the first run)
    "b86_np": r'''
[notation]
loss = ["error"]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"iws" = "x[:]"
"hws" = "W1[:, :].T"
"ows" = "W2[:, :].T"
"target" = "y[0]"
"hws_input" = "z1[:]"
"hws_output" = "a1[:]"
"ows_input" = "z2[0]"
"ows_output" = "a2[0]"
"d_o" = "grad(z2[0])"
"d_h" = "grad(z1[:])"
"d_ows" = "grad(W2[:, :]).T"
"d_hws" = "grad(W1[:, :]).T"
''',
    # Colin-Hu's library: the learning rate's name
    "b86_ch": r'''
[notation]
learning_rate = ["learningrate"]
''',
    # Rodinia's output error: o the output, t its target, delta = o (1 - o) (t - o) = -dE/dnet
    "b86_so": r'''
[notation.symbols]
"o" = "a2[0]"
"t" = "y[0]"
"delta" = "-delta2[0]"
''',
    # Rodinia's hidden error (the old loop, in comments): h the hidden unit, who its weight to the output,
    # delta_o the output's delta, s the loop's sum of delta_o who (= -dE/dh), delta_h = -dE/dnet of h
    "b86_sh": r'''
[notation.symbols]
"h" = "a1[0]"
"who" = "W2[0, 0]"
"delta_{o}" = "-delta2[0]"
"delta_{h}" = "-delta1[0]"
"s" = "-grad(a1[0])"
''',
    # the new code: s starts at 0.0 before the sum is added to it
    "b86_sh_code": r'''
[notation.symbols]
"h" = "a1[0]"
"who" = "W2[0, 0]"
"delta_{o}" = "-delta2[0]"
"delta_{h}" = "-delta1[0]"
"s" = "0"
''',
    # deadbird11's output neuron: activation (val) its output, expected the target, dSigmoid its slope, mult the
    # cost's gradient by its sum, dBias by its bias
    "b86_dn_out": r'''
[notation.symbols]
"activation" = "a2[0]"
"val" = "a2[0]"
"expected" = "y[0]"
"dSigmoid" = "a2[0]*(1 - a2[0])"
"mult" = "grad(z2[0])"
"dBias" = "grad(b2[0])"
''',
    # the hidden neuron's innerBackprop: mult arrives as weight * mult, the cost's gradient by its output
    "b86_dn_hid": r'''
[notation.symbols]
"val" = "a1[0]"
"dSigmoid" = "a1[0]*(1 - a1[0])"
"mult" = "grad(a1[0])"
"dBias" = "grad(b1[0])"
''',
    # abarciauskas-bgse's step: input_neuron1 the sum, f_neuron1 the output, loss_neuron1 = class - f the error,
    # dLdF = 1, dL = -dE/df, dW = -dE/dnet, data_point.x1 and .x2 the inputs
    "b86_ab": r'''
[notation.symbols]
"input_neuron1" = "z1[0]"
"f_neuron1" = "a1[0]"
"loss_neuron1" = "y[0] - a1[0]"
"dLdF" = "1"
"dL" = "-grad(a1[0])"
"dW" = "-grad(z1[0])"
"data_point.x1" = "x[0]"
"data_point.x2" = "x[1]"
''',
    # zerofier's page: X the input (x_1 ... x_n), Y the output, T the target, W_1 and W_2 the weights, psi the
    # activation, E the loss, n = 3 inputs
    "b86_zf": r'''
[notation]
loss = ["E"]
functions = { "psi" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"x_{i}" = "x[i-1]"
"Y" = "a2[:]"
"T" = "y[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"n" = "3"
''',
}
