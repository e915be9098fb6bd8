"""The networks and notations of batch 85 of the held-out public formulas (tests/public_formulas_batch85.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b85_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Daniel Uhr's Portuguese notebook: x_1 = 1, x_2 = 2 -> one identity hidden unit (w_1 = 0.1, w_2 = 0.2, b_1 =
    # 0.3) -> one identity output (v_1 = 0.4, b_2 = 0.5), Loss = 1/2 (y - y hat)^2, y = 1, learning rate 0.1
    "b85_uhr": problem_text('inputs = 2\nunits = 1\nactivation = "identity"\nweights = [[0.1, 0.2]]\nbiases = [0.3]',
                            'units = 1\nactivation = "identity"\nweights = [[0.4]]\nbiases = [0.5]',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]", 0.1)),
    # SEBASBELMOS's Spanish exercise: 4 inputs -> 4 tanh hidden units (Wo, Bco) -> 4 sigmoid outputs (Ws, Bcs), the
    # deltas (D - y) y (1 - y) of half the squared error, eta 0.70; Wo and Ws are written [row = unit, column = input]
    "b85_seb": problem_text('inputs = 4\nunits = 4\nactivation = "tanh"\n'
                            'weights = [[3.0, 8.0, 0.1, 2.1], [5.2, 3.0, 5.0, 9.0], [5.1, 1.1, 4.0, 0.2], '
                            '[2.1, 0.1, 7.0, 3.2]]\nbiases = [-0.1, -3.3, 6.0, 0.1]',
                            'units = 4\nactivation = "sigmoid"\n'
                            'weights = [[3.0, 5.1, 0.1, 2.1], [5.0, 8.0, 0.2, 6.0], [5.1, 6.1, 4.1, 1.1], '
                            '[8.0, 4.0, 7.0, 3.1]]\nbiases = [-9.0, 2.1, 7.0, 4.0]',
                            loss="half_squared_error", extra=_data("[3.0, -2.0, 1.0, -1.5]", "[0.5, 1.0, 0.5, 1.0]", 0.7)),
    # renanbabinski's Portuguese notebook (Tarefa 5): 3 inputs -> 4 sigmoid hidden units -> 2 sigmoid outputs, no
    # biases, the error term (target - output) output (1 - output) of half the squared error, learnrate 0.5; its
    # weights_input_hidden[i][j] and weights_hidden_output[j][k] are written input-first (W1, W2 here transposed)
    "b85_ren": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[-0.08, 0.05, -0.07], [0.08, 0.10, 0.04], [-0.03, 0.07, -0.01], '
                            '[0.03, 0.02, 0.01]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[-0.18, -0.09, -0.04, -0.02], [0.11, 0.05, 0.05, 0.07]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.3, 0.8]", 0.5)),
    # FrancescoScuola's Italian lessons 10 and 11: x = 0.9 -> two sigmoid hidden units (w1 = 0.8, w2 = 0.2, biases
    # 0) -> one sigmoid output (w3 = 0.3, w4 = 0.9, bias 0), Errore = (y_reale - y_predetto)^2, y = 1, rate 0.1
    "b85_fsc": problem_text('inputs = 1\nunits = 2\nactivation = "sigmoid"\nweights = [[0.8], [0.2]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.3, 0.9]]\nbiases = [0.0]',
                            loss="squared_error", extra=_data("[0.9]", "[1.0]", 0.1)),
    # the Indonesian homework (scribd, TGS 6): X1 = 1, X2 = 0 -> Z1, Z2, Z3 (sigmoid; v from X1, X2 and the bias
    # row: Z1 0.2, 0.3, -0.3; Z2 0.3, 0.1, 0.3; Z3 -0.1, -0.1, 0.3) -> one sigmoid output y (w11 0.49, w21 -0.31,
    # w31 -0.41, w01 -0.12), t = 1, alpha 0.2; the delta (t - y) y (1 - y) of half the squared error
    "b85_tgs": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                            'weights = [[0.2, 0.3], [0.3, 0.1], [-0.1, -0.1]]\nbiases = [-0.3, 0.3, 0.3]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.49, -0.31, -0.41]]\nbiases = [-0.12]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 0.2)),
    # the Vietnamese book's XOR network (yumpu, page 87): 2 inputs -> 2 sigmoid hidden units -> 1 sigmoid output,
    # the binary cross-entropy L of one point
    "b85_vnb": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # solusilain's Indonesian module: x -> a^{[1]} = sigma(z^{[1]}) -> y hat = sigma(z^{[2]}), the cost J; 2 inputs,
    # 2 hidden units, one output, the binary cross-entropy
    "b85_sol": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # interactivechaos's Spanish page: x1, x2 -> two sigmoid units (w11, w12, b1; w21, w22, b2) -> one sigmoid
    # output (w31, w32, b3), C the squared error of a sample
    "b85_ich": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # menmenmeng's Korean notebook: x = [.1, .2] -> 2 sigmoid (W1) -> 2 sigmoid (W2) -> 1 sigmoid output (W3), no
    # biases, rows of each W its units; E = sum (target - output)^2, target 0.84
    "b85_mmt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.3, 0.25], [0.4, 0.35]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.45, 0.4], [0.7, 0.6]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, 0.4]]',
                            loss="squared_error", extra=_data("[0.1, 0.2]", "[0.84]", 0.1)),
    # thebook.io's Korean book (모두의 딥러닝): x1, x2 -> yh1, yh2 (sigmoid) -> yo1, yo2 (sigmoid), half the squared
    # error; w11 from x1 to yh1, w31 from yh1 to yo1, w41 from yh1 to yo2
    "b85_tbk": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the notebook's letters: x_1, x_2 the inputs, w_1, w_2 and b_1 the hidden unit's weights and bias, z_1 its sum
    # and h_1 its output (identity), v_1 and b_2 the output's weight and bias, y hat the output, y the target;
    # \text{Loss} the loss
    "b85_uhr": r'''
[notation]
loss = ["\\text{Loss}"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"h_{1}" = "a1[0]"
"v_{1}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the code's names: X the input, D the targets, Wo and Bco the hidden layer's weights and biases, net_h its sums
    # and z its outputs (tanh), Ws and Bcs the output layer's, net_o its sums and y its outputs (sigmoid);
    # delta_out and delta_hid the deltas (D - y) y (1 - y), -dL/dz; k_idx = 3 and j_idx = 1 (output 4, hidden 2);
    # dsigmoid_from_y and dtanh_from_z the derivatives taken at the output, as the page defines them
    "b85_seb": r'''
[notation]
indices = "ijk"
functions = { dsigmoid_from_y = "sigmoid' at output", dtanh_from_z = "tanh' at output" }
[notation.symbols]
"X" = "x[:]"
"D" = "y[:]"
"Wo" = "W1[:, :]"
"Bco" = "b1[:]"
"Bco[j]" = "b1[j]"
"net_h" = "z1[:]"
"z" = "a1[:]"
"z[j]" = "a1[j]"
"Ws" = "W2[:, :]"
"Ws[k, j]" = "W2[k, j]"
"Bcs" = "b2[:]"
"net_o" = "z2[:]"
"y" = "a2[:]"
"delta_out" = "-delta2[:]"
"delta_out[k]" = "-delta2[k]"
"delta_hid" = "-delta1[:]"
"delta_hid[j]" = "-delta1[j]"
"k_idx" = "3"
"j_idx" = "1"
''',
    # the notebook's names: x the inputs, target the targets, weights_input_hidden[i][j] and
    # weights_hidden_output[j][k] the weights written input-first (symbols.md's W1 and W2 transposed),
    # hidden_layer_input and hidden_layer_output the hidden sums and outputs, output the outputs; error = target -
    # output, output_error_term and hidden_error_term the deltas -dL/dz, hidden_error -dL/d(hidden output),
    # delta_w_h_o and delta_w_i_h the changes -learnrate dL/dW (transposed); learnrate the learning rate
    "b85_ren": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"x" = "x[:]"
"target" = "y[:]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"hidden_layer_input" = "z1[:]"
"hidden_layer_output" = "a1[:]"
"output_layer_in" = "z2[:]"
"output" = "a2[:]"
"error" = "y[:] - a2[:]"
"output_error_term" = "-delta2[:]"
"hidden_error" = "-grad(a1[:])"
"hidden_error_term" = "-delta1[:]"
"delta_w_h_o" = "-eta*grad(W2[:, :]).T"
"delta_w_i_h" = "-eta*grad(W1[:, :]).T"
''',
    # the lessons' Italian names: x the input, somma_h1, somma_h2 and somma_out the sums, output_h1, output_h2 the
    # hidden outputs, y_predetto the output, y_reale the label; errore (Errore) the loss; vecchio_w4 and nuovo_w4
    # w4 (the second hidden unit's weight into the output) before and after the step, gradiente_di_w4 its gradient;
    # sigmoide the sigmoid
    "b85_fsc": r'''
[notation]
loss = ["errore", "Errore"]
functions = { sigmoide = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"somma_h1" = "z1[0]"
"somma_h2" = "z1[1]"
"somma_out" = "z2[0]"
"output_h1" = "a1[0]"
"output_h2" = "a1[1]"
"y_predetto" = "a2[0]"
"y_reale" = "y[0]"
"w4" = "W2[0, 1]"
"vecchio_w4" = "W2[0, 1]"
"nuovo_w4" = "new(W2[0, 1])"
"gradiente_di_w4" = "grad(W2[0, 1])"
''',
    # the homework's letters: X1, X2 the inputs, Z_net j the hidden sums and Zj their outputs, y_net k the output's
    # sum and yk (y) its output, tk (t) the target, δk the delta (t - y) y (1 - y), -dE/dz; v the hidden weights,
    # w the output's (w01 its bias); f the sigmoid
    "b85_tgs": r'''
[notation]
indices = "jk"
functions = { f = "sigmoid" }
[notation.symbols]
"X_{1}" = "x[0]"
"X_{2}" = "x[1]"
"Z_net_{j}" = "z1[j-1]"
"Z_{j}" = "a1[j-1]"
"y_net_{k}" = "z2[k-1]"
"y_{k}" = "a2[k-1]"
"y" = "a2[0]"
"t_{k}" = "y[k-1]"
"t" = "y[0]"
"\\delta_{k}" = "-delta2[k-1]"
"v_{0j}" = "b1[j-1]"
"v_{ij}" = "W1[j-1, i-1]"
"w_{0k}" = "b2[k-1]"
"w_{jk}" = "W2[k-1, j-1]"
''',
    # the book's letters: a row X of the inputs times W^{(l)} (input-first), b^{(l)}, Z^{(l)}, A^{(l)} layer l's
    # biases, sums and outputs as rows, Y hat the output; y_i the label and y hat_i the output of point i (one here)
    "b85_vnb": r'''
[notation]
indices = "l"
[notation.symbols]
"X" = "x[:].T"
"W^{(l)}" = "W{l}[:, :].T"
"b^{(l)}" = "b{l}[:].T"
"Z^{(l)}" = "z{l}[:].T"
"A^{(l)}" = "a{l}[:].T"
"\\hat{Y}" = "a2[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a2[0]"
''',
    # the module's letters: w^{[l]}, z^{[l]}, a^{[l]} layer l's weights, sums and outputs, y hat the output, J the
    # cost, alpha the learning rate; w (w_{lama} before the step, w_{baru} after) one weight, the output's first here
    "b85_sol": r'''
[notation]
indices = "l"
loss = ["J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w^{[l]}" = "W{l}[:, :]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"\\hat{y}" = "a2[0]"
"w" = "W2[0, 0]"
"w_{lama}" = "W2[0, 0]"
"w_{baru}" = "new(W2[0, 0])"
''',
    # the page's letters: x1i, x2i the inputs of sample i, w11, w12, w21, w22 and b1, b2 the hidden units' weights
    # and biases, w31, w32 and b3 the output's, yi the target; C the loss
    "b85_ich": r'''
[notation]
indices = "jk"
loss = ["C"]
[notation.symbols]
"x_{1i}" = "x[0]"
"x_{2i}" = "x[1]"
"w_{jk}" = "W1[j-1, k-1]"
"w_{3k}" = "W2[0, k-1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a2[0]"
''',
    # the notebook's names: x the input, W1, W2, W3 the layers' weights (rows their units; W1_{ij} row i, column j,
    # from 1), z1, z2, z3 the sums and h1, h2 the hidden outputs, output the output, target the target; in its
    # LaTeX h_{lj} and z_{lj} unit j of hidden layer l; E the loss
    "b85_mmt": r'''
[notation]
indices = "ijl"
loss = ["E"]
[notation.symbols]
"x" = "x[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"W1_{ij}" = "W1[i-1, j-1]"
"z1" = "z1[:]"
"z2" = "z2[:]"
"z3" = "z3[:]"
"h1" = "a1[:]"
"h2" = "a2[:]"
"output" = "a3[0]"
"target" = "y[0]"
"h_{lj}" = "a{l}[j-1]"
"z_{lj}" = "z{l}[j-1]"
''',
    # the book's letters: x1, x2 the inputs, yh1, yh2 the hidden outputs, yo1, yo2 the outputs, y the target of
    # yo1; w11 (x1 to yh1), w31 (yh1 to yo1), w41 (yh1 to yo2); \delta_{yo1}, \delta_{yo2} (the page's 𝛅yo1, 𝛅yo2, a
    # pattern of one symbol) the outputs' deltas (yo - y) yo (1 - yo), dE/dz
    "b85_tbk": r'''
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"yh_{1}" = "a1[0]"
"yh_{2}" = "a1[1]"
"yo_{1}" = "a2[0]"
"yo_{2}" = "a2[1]"
"y" = "y[0]"
"w_{11}" = "W1[0, 0]"
"w_{31}" = "W2[0, 0]"
"w_{41}" = "W2[1, 0]"
"\\delta_{yo1}" = "delta2[0]"
"\\delta_{yo2}" = "delta2[1]"
''',
}
