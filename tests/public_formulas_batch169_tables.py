"""The networks and notations of batch 169 of the held-out public formulas (tests/public_formulas_batch169.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b169_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Japanese MNIST script (stored file 10651224623): the samples rows (x is batch x 784), W1, W2, W3
    # input-first with biases b1, b2, b3 (not updated by back_propagation), two sigmoid hidden layers, softmax
    # outputs, delta3 = y - npdata (the one-hot labels): the cross-entropy's; learning_rate = 0.005 in its main;
    # 784-500-1000-10 there, 3-3-2-2 here
    "b169_jp": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            'units = 2\nactivation = "softmax"', loss="cross_entropy", extra=_rate(0.005)),
    # the Vietnamese worked script (stored file 33489227690): its first sample x = [1, 0] with d = 0.5, V (2 x 3,
    # input-first) = [[0.3, -0.5, 0.4], [0.4, 0.8, 0.5]], W (3 x 1) = [0.3, -0.7, 0.5], no biases, sigmoid hidden
    # units (the code's 1 / (1 + exp(-z)), not the comment's exp(-2z)), a linear output, loss = 0.5*(y_pred -
    # target)^2, learning_rate = 0.5 (its numbers)
    "b169_vi": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.3, 0.4], [-0.5, 0.8], [0.4, 0.5]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.3, -0.7, 0.5]]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[0.5]", 0.5)),
    # the MNIST script on columns (stored file 16899372755): image a column, weights_input_to_hidden (70 x 784) and
    # weights_hidden_to_output (10 x 70) output-first with biases (columns), sigmoid layers, e_loss += 1 /
    # len(output) * np.sum((output - label) ** 2): the mean squared error over the outputs; lerning_rate 0.015;
    # 784-70-10 there, 4-3-2 here
    "b169_mn": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.015)),
    # the backpropagation exercise (stored file 6678596705): x = [0.5, 0.1, -0.2], target = 0.6, learnrate = 0.5,
    # weights_input_hidden (3 x 2, input-first) = [[0.5, -0.6], [0.1, -0.2], [0.1, 0.7]], weights_hidden_output =
    # [0.1, -0.3], no biases, sigmoid layers; error = target - output and the error term error * f'(h): half the
    # squared error (its numbers)
    "b169_ud": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.5, 0.1, 0.1], [-0.6, -0.2, 0.7]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.6]", 0.5)),
    # the MATLAB ANN class (stored file 406739285): the samples rows, ann.beta (inputs x hidden) and ann.theta
    # (hidden x outputs) input-first, no biases (the class's flags should_add_bias_to_input and _to_hidden off, as
    # set_control_flow_vals allows: the formulas taken name no bias), sigmoid layers (activation_fxn), the one-hot
    # classes as targets and the output error t - o with no slope: the sigmoid outputs' cross-entropy (the class
    # computes no loss); eta 1.5 divided by num_training_rows (one here); 15 classes and 20 hidden nodes there,
    # 3-4-2 here
    "b169_ml": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy",
                            extra=_rate(1.5)),
    # the Chinese write-up of the homework's two-layer network (stored file 41190131758): z = W_2^T ReLU(W_1^T x),
    # no biases, W_1 (n x d) and W_2 (d x k) input-first, the samples rows (X is m x n), softmax / cross-entropy,
    # m the batch (one sample here), lr = 0.1 by default in nn_epoch; n = d = k = 3 here
    "b169_cn": problem_text('inputs = 3\nunits = 3\nactivation = "relu"\nbias = "none"',
                            'units = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy",
                            extra=_rate(0.1)),
    # the e-commerce script (stored file 13278557077): the samples rows, W1 (D x M) and W2 (M x K) input-first with
    # biases B1, B2, sigmoid hidden units, softmax outputs, loss = (T * np.log(Y)).sum() (the log-likelihood, which
    # the += updates climb: the cross-entropy's descent), learning_rate = 1e-4; 36-16-19 there, 3-3-2 here
    "b169_ec": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.0001)),
    # the bike-sharing project's README (stored file 12960286160): X one sample (a 1-d array), weights_input_to_hidden
    # (inputs x hidden) and weights_hidden_to_output (hidden x 1) input-first, no biases, sigmoid hidden units, the
    # output f(x) = x, error = y - final_outputs (the mean squared error of the project, half the squared error's step
    # for one sample); learning rate 0.5 (its trial 11); 3-2-1 here
    "b169_bk": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.5)),
}

NOTATIONS = {
    # the Japanese script: x the input (a row), a1, a2, a3 the layers' SUMS and z1, z2 the hidden OUTPUTS (its own
    # letters), y the softmax outputs, npdata the one-hot labels, W1, W2, W3 input-first; delta3, delta2, delta1 the
    # sums' gradients, grad_W3 ... grad_W1 the weights' (input-first, as the arrays), sigmoid_dash2 and sigmoid_dash
    # the hidden layers' slopes z (1 - z)
    "b169_jp": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[:].T"
"a1" = "z1[:].T"
"z1" = "a1[:].T"
"a2" = "z2[:].T"
"z2" = "a2[:].T"
"a3" = "z3[:].T"
"y" = "a3[:].T"
"npdata" = "t[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"W3" = "W3[:, :].T"
"delta3" = "grad(z3[:]).T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"grad_W3" = "grad(W3[:, :]).T"
"grad_W2" = "grad(W2[:, :]).T"
"grad_W1" = "grad(W1[:, :]).T"
"sigmoid_dash2" = "a2[:].T*(1 - a2[:].T)"
"sigmoid_dash" = "a1[:].T*(1 - a1[:].T)"
''',
    # the Vietnamese script: x_sample the input (a row), target its target, V and W the weights input-first,
    # z_hidden the hidden sums, a_hidden their outputs, y_pred the output, error = y_pred - target, delta_out and
    # delta_hidden the sums' gradients (the comment's "delta cho lớp ra"), W_update and V_update the weights'
    # gradients (input-first); d_activation_hidden(a) = a (1 - a), the slope written of the output
    "b169_vi": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { d_activation_hidden = "sigmoid' at output" }
[notation.symbols]
"x_sample" = "x[:].T"
"target" = "y[:].T"
"V" = "W1[:, :].T"
"W" = "W2[:, :].T"
"z_hidden" = "z1[:].T"
"a_hidden" = "a1[:].T"
"y_pred" = "a2[:].T"
"error" = "a2[:].T - y[:].T"
"delta_out" = "grad(z2[:]).T"
"delta_hidden" = "grad(z1[:]).T"
"W_update" = "grad(W2[:, :]).T"
"V_update" = "grad(W1[:, :]).T"
''',
    # the MNIST script: image the input (a column), label the target, hidden and output the layers' outputs,
    # hidden_raw and output_raw their sums, the weights and biases output-first (columns), delta_output and
    # delta_hidden the sums' gradients (the code's deltas, subtracted with the rate), lerning_rate (sic) the rate
    "b169_mn": r'''
[notation]
learning_rate = ["lerning_rate"]
[notation.symbols]
"image" = "x[:]"
"label" = "y[:]"
"hidden_raw" = "z1[:]"
"hidden" = "a1[:]"
"output_raw" = "z2[:]"
"output" = "a2[:]"
"weights_input_to_hidden" = "W1[:, :]"
"weights_hidden_to_output" = "W2[:, :]"
"bias_input_to_hidden" = "b1[:]"
"bias_hidden_to_output" = "b2[:]"
"delta_output" = "grad(z2[:])"
"delta_hidden" = "grad(z1[:])"
''',
    # the exercise: the code's names; weights_input_hidden input-first (W1 transposed), error = target - output,
    # the error terms -dL/dz, delta_w_h_o and delta_w_i_h the steps added to the weights (delta_w_i_h input-first),
    # learnrate the rate
    "b169_ud": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"x" = "x[:]"
"target" = "y[0]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[0, :]"
"hidden_layer_input" = "z1[:]"
"hidden_layer_output" = "a1[:]"
"output_layer_in" = "z2[0]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-grad(z2[0])"
"hidden_error_term" = "-grad(z1[:])"
"delta_w_h_o" = "-eta*grad(W2[0, :])"
"delta_w_i_h" = "-eta*grad(W1[:, :]).T"
''',
    # the MATLAB class: std_training_fields the inputs (a row), new_training_classes the one-hot targets, training_h
    # and training_o the layers' outputs, ann.beta and ann.theta the weights input-first, delta_output and
    # delta_hidden the code's errors (-dL/dz: the updates add them), ann.eta the rate, num_training_rows the number
    # of samples (one here), ann.activation_fxn the sigmoid
    "b169_ml": r'''
[notation]
learning_rate = ["ann.eta"]
functions = { "ann.activation_fxn" = "sigmoid" }
[notation.symbols]
"std_training_fields" = "x[:].T"
"new_training_classes" = "y[:].T"
"training_h" = "a1[:].T"
"training_o" = "a2[:].T"
"ann.beta" = "W1[:, :].T"
"ann.theta" = "W2[:, :].T"
"delta_output" = "-grad(z2[:]).T"
"delta_hidden" = "-grad(z1[:]).T"
"num_training_rows" = "1"
''',
    # the homework write-up: X the inputs (a row, m = 1), W_1, W_2 input-first, Z_1 = ReLU(X W_1) the hidden
    # outputs, G_2 and G_1 the sums' gradients (normalize(exp(Z_1 W_2)) - I_y and the ReLU mask times G_2 W_2^T),
    # I_y and y the one-hot labels, \ell_softmax the loss, m the batch (one); the code's X_batch, Z1, W1, W2, y_pre
    # (the logits), Z (the softmax), I (the one-hot labels), G2, G1, batch and lr; logits in nn_epoch's docstring
    "b169_cn": r'''
[notation]
learning_rate = ["lr"]
loss = ["\\ell_{\\mathrm{softmax}}"]
functions = { "\\mathrm{ReLU}" = "relu", "ReLU" = "relu" }
[notation.symbols]
"X" = "x[:].T"
"y" = "t[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"Z_{1}" = "a1[:].T"
"G_{2}" = "grad(z2[:]).T"
"G_{1}" = "grad(z1[:]).T"
"m" = "1"
"X_batch" = "x[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"Z1" = "a1[:].T"
"y_pre" = "z2[:].T"
"logits" = "z2[:].T"
"Z" = "a2[:].T"
"I" = "t[:].T"
"G2" = "grad(z2[:]).T"
"G1" = "grad(z1[:]).T"
"batch" = "1"
''',
    # the e-commerce script: X the input (a row), A1 the hidden sums, Z the hidden outputs, A2 the output sums, Y
    # (in gradient_w1, YP in the loop) the softmax outputs, T the one-hot targets, W1, W2 input-first, B1, B2 the
    # biases (rows); dZ = (T - Y) W2^T Z (1 - Z) is -dL/dA1 and ret2 = X^T dZ is -dL/dW1 (the += updates add them)
    "b169_ec": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"A1" = "z1[:].T"
"Z" = "a1[:].T"
"A2" = "z2[:].T"
"Y" = "a2[:].T"
"YP" = "a2[:].T"
"T" = "t[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"B1" = "b1[:].T"
"B2" = "b2[:].T"
"dZ" = "-grad(z1[:]).T"
"ret2" = "-grad(W1[:, :]).T"
''',
    # the project's README: X the input, y the target, hidden_inputs and hidden_outputs the hidden sums and outputs,
    # final_inputs and final_outputs the output's (f(x) = x), the weights input-first, error = y - final_outputs,
    # output_error_term = -dL/dz2, hidden_error = -dL/d(hidden output), hidden_error_term = -dL/dz1
    "b169_bk": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"hidden_inputs" = "z1[:]"
"hidden_outputs" = "a1[:]"
"final_inputs" = "z2[:]"
"final_outputs" = "a2[:]"
"self.weights_input_to_hidden" = "W1[:, :].T"
"self.weights_hidden_to_output" = "W2[:, :].T"
"error" = "y[:] - a2[:]"
"output_error_term" = "-grad(z2[:])"
"hidden_error" = "-grad(a1[:])"
"hidden_error_term" = "-grad(z1[:])"
''',
}
