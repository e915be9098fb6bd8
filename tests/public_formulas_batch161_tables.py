"""The networks and notations of batch 161 of the held-out public formulas (tests/public_formulas_batch161.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b161_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


# Mazur's worked example ("A Step by Step Backpropagation Example"), as the three Mazur pages and the MATLAB
# fc_learning take it: 2-2-2 logistic units, one bias per layer shared by its two units (b1 = 0.35, b2 = 0.6),
# w1 ... w8 = 0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55 (w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7, w8
# into o2), i1 = 0.05, i2 = 0.1, targets 0.01 and 0.99, E_total the sum of 1/2 (target - out)^2, eta = 0.5
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                      'weights = [[0.15, 0.20], [0.25, 0.30]]',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                      'weights = [[0.40, 0.45], [0.50, 0.55]]',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # the Chinese MLP notes (stored file 12238030241): Mazur's network and numbers (above), n the rate 0.5 (its
    # 0.4-0.5*0.082167041)
    "b161_ml": _MAZUR,
    # the slidev note "Back Propagation" (stored file 7896778679): Mazur's network and numbers (above), o_1, o_2 the
    # TARGETS 0.01, 0.99 (E = 1/2 sum (out_{oi} - o_i)^2), eta Mazur's 0.5 (the note names no value)
    "b161_sv": _MAZUR,
    # the Chinese blog notes "神经网络 NN" (stored file 1890376684): Mazur's network and numbers (above), eta = 0.5
    # (its 0.4-0.5*0.082167041)
    "b161_cn": _MAZUR,
    # the MATLAB fc_learning (stored file 31668662093): Mazur's network and numbers (above), input_values and
    # target_values rows, W_input_to_hidden and W_hidden_to_output output-first (input_values * W_input_to_hidden'),
    # the shared biases W_input_to_hidden_bias = 0.35 and W_hidden_to_output_bias = 0.6 times input_bias = hidden_bias
    # = 1, learning_rate = 0.5
    "b161_fc": _MAZUR,
    # Lynch's Program_07c.m (stored file 40336839913): 2-2-1 sigmoid units, h1 = x1*w11 + x2*w21 + b1, h2 = x1*w12 +
    # x2*w22 + b2 (the hidden SUMS), o1 = sigmoid(h1)*w13 + sigmoid(h2)*w23 + b3, y = sigmoid(o1); w11, w12, w21, w22,
    # w13, w23 = 0.2, 0.15, 0.25, 0.3, 0.15, 0.1, b1 = b2 = b3 = -1, x1 = x2 = 1, yt = 0, eta = 0.1 (its numbers); the
    # error half the squared error (the book's Err = 1/2 (yt - y)^2, not written in the file)
    "b161_ly": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, 0.25], [0.15, 0.3]]\n'
                            'biases = [-1.0, -1.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.15, 0.1]]\nbiases = [-1.0]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]", 0.1)),
    # the Python MultilayerPerceptron class (stored file 32337815399): x a sample with a column of ones appended (the
    # bias as a third input: np.c_[ts, np.ones(...)]), w_h (D x H) input-first, w_o (H) the single output's weights,
    # no other biases, sigmoid units, err = 1/2 (y - t)^2, eta = eta_0 = 1; num_hidden_units 5: 3-5-1
    "b161_jp": problem_text('inputs = 3\nunits = 5\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the Spanish NumPy script (stored file 30218509352): the samples rows, W_oculta (2 x 2) and W_salida (2 x 1)
    # input-first, no biases, sigmoid layers, loss = np.mean(error**2) (one sample, one output: the squared error);
    # X = [0.5, 0.1], Y = 0.9, W_oculta = [[0.1, 0.2], [0.3, 0.4]], W_salida = [[0.5], [0.6]], TASA_APRENDIZAJE
    # 0.1 (its numbers, written here output-first)
    "b161_es": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.3], [0.2, 0.4]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, 0.6]]',
                            loss="mean_squared_error", extra=_data("[0.5, 0.1]", "[0.9]", 0.1)),
}

# Mazur's names (LaTeX), b_1, b_2 the layers' shared biases
_MAZUR_NAMES = r'''
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
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
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
'''

NOTATIONS = {
    # the Chinese MLP notes: Mazur's names (above), target_{o1} the first target, E_{o1} and E_{o2} the outputs'
    # halves of the loss, E_{total} the loss, n the learning rate (its w_5^+=w_5-n*...)
    "b161_ml": r'''
[notation]
loss = ["E_{total}"]
learning_rate = ["n"]
[notation.symbols]''' + _MAZUR_NAMES + r'''"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
"E_{o1}" = "(y[0] - a2[0])**2/2"
"E_{o2}" = "(y[1] - a2[1])**2/2"
''',
    # the slidev note: Mazur's names (above) with the note's own spellings (i1, i2 beside i_1, i_2; out_{o_1} beside
    # out_{o1}), o_1 and o_2 the TARGETS (the note's "arrive at [o_1=0.01,o_2=0.99]"), E_{total} the loss, eta the
    # rate, sigma the logistic
    "b161_sv": r'''
[notation]
loss = ["E_{total}"]
learning_rate = ["\\eta"]
functions = { "\\sigma" = "sigmoid" }
[notation.symbols]''' + _MAZUR_NAMES + r'''"i1" = "x[0]"
"i2" = "x[1]"
"out_{o_{1}}" = "a2[0]"
"out_{o_{2}}" = "a2[1]"
"net_{o_{1}}" = "z2[0]"
"net_{o_{2}}" = "z2[1]"
"out_{h_{1}}" = "a1[0]"
"out_{h_{2}}" = "a1[1]"
"o_{1}" = "y[0]"
"o_{2}" = "y[1]"
''',
    # the Chinese blog notes: Mazur's names (above), target_{o1} the first target, E_{total} the loss, eta the rate
    "b161_cn": r'''
[notation]
loss = ["E_{total}"]
learning_rate = ["\\eta"]
[notation.symbols]''' + _MAZUR_NAMES + r'''"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
''',
    # the MATLAB fc_learning: input_values, target_values, hidden_i, hidden_o, output_i, output_o the layers' rows,
    # W_input_to_hidden, W_hidden_to_output output-first, their _bias the shared biases (times input_bias =
    # hidden_bias = 1), De_Dotput_o = dE/d output_o, Do_Doutput_i the sigmoid's slope at the output sums,
    # De_Doutput_i = dE/d output_i, d_W_hidden_to_output the output weights' gradient; activation_der(x) = x (1 - x),
    # the slope written of the output
    "b161_fc": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { activation = "sigmoid", activation_der = "sigmoid' at output" }
[notation.symbols]
"input_values" = "x[:].T"
"target_values" = "y[:].T"
"W_input_to_hidden" = "W1[:, :]"
"W_input_to_hidden_bias" = "b1"
"W_hidden_to_output" = "W2[:, :]"
"W_hidden_to_output_bias" = "b2"
"input_bias" = "1"
"hidden_bias" = "1"
"hidden_i" = "z1[:].T"
"hidden_o" = "a1[:].T"
"output_i" = "z2[:].T"
"output_o" = "a2[:].T"
"De_Dotput_o" = "grad(a2[:]).T"
"Do_Doutput_i" = "(a2[:]*(1 - a2[:])).T"
"De_Doutput_i" = "grad(z2[:]).T"
"d_W_hidden_to_output" = "grad(W2[:, :])"
''',
    # Lynch's program: x1, x2 the inputs, w11, w21 into the first hidden unit and w12, w22 into the second, w13, w23
    # into the output, b1, b2, b3 the units' biases, h1, h2 the hidden SUMS, o1 the output's sum, y the output, yt
    # the target, dErrdw13 and dErrdw23 the derivatives of the error by w13 and w23 (as their names say), eta the rate
    "b161_ly": r'''
[notation]
learning_rate = ["eta"]
functions = { sigmoid = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w11" = "W1[0, 0]"
"w21" = "W1[0, 1]"
"w12" = "W1[1, 0]"
"w22" = "W1[1, 1]"
"w13" = "W2[0, 0]"
"w23" = "W2[0, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"b3" = "b2[0]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"o1" = "z2[0]"
"y" = "a2[0]"
"yt" = "y[0]"
"dErrdw13" = "grad(W2[0, 0])"
"dErrdw23" = "grad(W2[0, 1])"
''',
    # the MultilayerPerceptron class: x the sample (ones appended: the third input), t its target, h the hidden
    # outputs, y the output, self.w_h input-first (D x H), self.w_o the output's weights (H), delta_o and delta_h
    # the sums' gradients (err = 1/2 (y - t)^2), Ew_o and Ew_h the weights' gradients (Ew_h input-first, D x H), eta
    # the rate
    "b161_jp": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"x" = "x[:]"
"t" = "y[0]"
"h" = "a1[:]"
"y" = "a2[0]"
"self.w_h" = "W1[:, :].T"
"self.w_o" = "W2[0, :]"
"delta_o" = "grad(z2[0])"
"delta_h" = "grad(z1[:])"
"Ew_o" = "grad(W2[0, :])"
"Ew_h" = "grad(W1[:, :]).T"
''',
    # the Spanish script: X the input (a row), Y the target, Z_oculta, A_oculta, Z_salida, A_salida the layers' rows,
    # W_oculta, W_salida input-first, error = A_salida - Y, loss the loss (its np.mean(error**2)), D_salida and
    # D_oculta the layers' deltas (dloss/dZ: "Delta de la Capa de Salida"), grad_W_salida, grad_W_oculta the
    # weights' gradients, TASA_APRENDIZAJE the rate; derivada_sigmoide(x) = s (1 - s) with s = sigmoide(x), the
    # slope written of the sum
    "b161_es": r'''
[notation]
loss = ["loss"]
learning_rate = ["TASA_APRENDIZAJE"]
functions = { sigmoide = "sigmoid", derivada_sigmoide = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"Z_oculta" = "z1[:].T"
"A_oculta" = "a1[:].T"
"Z_salida" = "z2[:].T"
"A_salida" = "a2[:].T"
"W_oculta" = "W1[:, :].T"
"W_salida" = "W2[:, :].T"
"error" = "a2[:].T - y[:].T"
"D_salida" = "grad(z2[:]).T"
"D_oculta" = "grad(z1[:]).T"
"grad_W_salida" = "grad(W2[:, :]).T"
"grad_W_oculta" = "grad(W1[:, :]).T"
''',
}
