"""The networks and notations of batch 186 of the held-out public formulas (tests/public_formulas_batch186.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b186_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the R lesson commented in Spanish (stored file 60262655955, its demo_red_cero): the samples rows (Xtr %*% W1),
    # W1 (d x H) and W2 (H x 1) input-first with biases b1, b2, ReLU hidden units, a sigmoid output, the binary
    # cross-entropy averaged over the n samples (one here: "entropia cruzada + sigmoide -> dZ2 = A2 - y"), eta 0.05;
    # 7-8-1 there, 3-4-1 here
    "b186_es": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.05)),
    # the Spanish BMI network (stored file 21147452609): Python lists, pesos_entrada_oculta[input][hidden] and
    # pesos_salida_oculta[hidden], no biases, sigmoid layers, deltas that are -dE/dz (errores_salida = etiqueta -
    # salida, the updates add them): half the squared error's step; learning_rate 0.1; 2-5-1 there, 2-3-1 here
    "b186_imc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                             extra=_rate(0.1)),
    # the Russian code-quality network (stored file 29152531974, its one-hidden-layer branch): the samples rows,
    # weights_input_hidden and weights_hidden_output input-first with biases (rows), sigmoid hidden units
    # (activation 'sigmoid', the default), a sigmoid output, output_error = target - output and deltas added to the
    # weights (-dE/dz: half the squared error's step), learning_rate 0.01; 10-8-3 there, 3-4-2 here
    "b186_ru": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the Spanish MLP class (stored file 38178674873): the samples columns (self.w[l] @ A), self.w[l] (capas[l] x
    # capas[l-1]) output-first with biases, ReLU hidden units (activacion_oculta=relu), a logistic output (alpha 1),
    # lg the local gradients (Y - A) * f': -dE/dz under half the squared error (the regla delta adds them), eta 0.1,
    # batch_size 1; 2-3-1 here
    "b186_ml": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Korean visualisation script (stored file 13615891959): 2 inputs, 3 sigmoid hidden units, 1 sigmoid output,
    # W1 (3 x 2) and W2 (1 x 3) output-first with biases, dL_dA2 = A2 - y (half the squared error: the script names
    # no loss); X = [0.5, 0.1], y = [1], W1 = [[0.4, 0.3], [0.2, 0.1], [0.5, -0.4]], b1 = [0.1, 0.2, -0.1], W2 =
    # [[0.7, 0.6, -0.5]], b2 = [0.3] (its numbers; no update, the rate 0.1)
    "b186_ko": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                            'weights = [[0.4, 0.3], [0.2, 0.1], [0.5, -0.4]]\nbiases = [0.1, 0.2, -0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.7, 0.6, -0.5]]\nbiases = [0.3]',
                            loss="half_squared_error", extra=_data("[0.5, 0.1]", "[1.0]", 0.1)),
    # the German course notes (stored file 59770086314, 1.5 and 1.6): W^{(l)} (d_l x d_{l-1}) output-first with
    # biases, the worked example's 2-2-1 network, sigmoid layers, the binary cross-entropy; W^{(1)} = [[0.5, -0.3],
    # [0.8, 0.2]], b^{(1)} = 0, W^{(2)} = (1.0, -1.0), b^{(2)} = 0, x = (1, 2), y = 1, eta = 0.5 (its numbers)
    "b186_de": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                            'weights = [[0.5, -0.3], [0.8, 0.2]]\nbiases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[1.0, -1.0]]\nbiases = [0.0]',
                            loss="binary_cross_entropy", extra=_data("[1.0, 2.0]", "[1.0]", 0.5)),
    # the Portuguese RedeNeural (stored file 1221667631): the samples rows, pesos_entrada_oculta and
    # pesos_oculta_saida input-first with biases (rows), the defaults ativacao="relu" and perda="mse" (perda_mse =
    # np.mean((y_real - y_predito) ** 2): one sample and one output here, the squared error), a sigmoid output
    # ("A saída final é sempre sigmoid"), m the samples (one); taxa_aprendizado not fixed by the file (0.1); 2-3-1
    "b186_pt": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="mean_squared_error"),
    # the Portuguese seven-segment network (stored file 12389729024): the samples columns (np.array(...,
    # ndmin=2).T), pesos_ih (hidden x input) and pesos_ho (output x hidden) output-first with biases, sigmoid layers,
    # erro_saida = targets - saida_final and deltas added to the weights (-dE/dz: half the squared error's step),
    # taxa_aprendizado 0.1; 7-5-10 there, 3-4-2 here
    "b186_br": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
}

NOTATIONS = {
    # the Spanish R lesson: Xtr the input (a row), ytr the target, A2, Z2 the output (one sample: a number), A1, Z1
    # the hidden rows, W1, W2 input-first, b1, b2 the biases, dZ2 ... db1 the loss's gradients (Ng's d names, as
    # the comment's dZ2 = A2 - y), n the samples (one), eta the rate
    "b186_es": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"Xtr" = "x[:].T"
"ytr" = "y[0]"
"A2" = "a2[0]"
"Z2" = "z2[0]"
"A1" = "a1[:].T"
"Z1" = "z1[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:]"
"W2" = "W2[:, :].T"
"b2" = "b2[0]"
"dZ2" = "grad(z2[0])"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[0])"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:])"
"n" = "1"
''',
    # the Spanish BMI network: etiqueta[0] the target, self.salida the output, self.salidas_oculta[i] hidden unit
    # i's output, entrada[i] input i, self.pesos_salida_oculta[i] the weight from hidden unit i to the output,
    # self.pesos_entrada_oculta[i][j] the weight from input i to hidden unit j; errores_salida the output's error
    # (target minus output), deltas_salida, deltas_oculta the code's deltas (-dE/dz: the updates add them),
    # errores_oculta -dE/d(hidden outputs); sigmoide_derivado(x) = x (1 - x), the slope written of the output
    "b186_imc": r'''
[notation]
indices = "ij"
learning_rate = ["learning_rate"]
functions = { sigmoide_derivado = "sigmoid' at output" }
[notation.symbols]
"etiqueta[0]" = "y[0]"
"self.salida" = "a2[0]"
"self.salidas_oculta[i]" = "a1[i]"
"entrada[i]" = "x[i]"
"self.pesos_salida_oculta[i]" = "W2[0, i]"
"self.pesos_entrada_oculta[i][j]" = "W1[j, i]"
"errores_salida" = "y[0] - a2[0]"
"deltas_salida" = "-grad(z2[0])"
"deltas_oculta[j]" = "-grad(z1[j])"
"errores_oculta" = "-grad(a1[:])"
''',
    # the Russian network: inputs the input (a row), target the target, output the outputs, hidden_output the hidden
    # outputs, output_error = target - output, output_delta, hidden_delta the code's deltas (-dE/dz: the updates
    # add them), hidden_error -dE/d(hidden outputs); the weights input-first, the biases rows;
    # self.sigmoid_derivative(x) = x (1 - x) and self.activate_derivative (sigmoid_derivative under the default
    # activation) the slope written of the output
    "b186_ru": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output", "self.activate_derivative" = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"target" = "y[:].T"
"output" = "a2[:].T"
"hidden_output" = "a1[:].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
"self.weights_hidden_output" = "W2[:, :].T"
"self.weights_input_hidden" = "W1[:, :].T"
"self.bias_output" = "b2[:].T"
"self.bias_hidden" = "b1[:].T"
''',
    # the Spanish MLP class at the output layer (l = self.L = 2, the loop's first pass): Y_batch the target (a
    # column), As[l] the outputs, dA[l] the logistic's slope there (alpha a (1 - a)), lg[l] the local gradient
    # (-dE/dz2: the regla delta adds it)
    "b186_ml_o": r'''
[notation]
[notation.symbols]
"Y_batch" = "y[:]"
"As[l]" = "a2[:]"
"dA[l]" = "a2[:]*(1 - a2[:])"
"lg[l]" = "-grad(z2[:])"
''',
    # the same at the hidden layer (l = 1): self.w[l+1] the output weights (output-first), lg[l+1] the output's
    # local gradient, dA[l] the ReLU's slope (z >= 0), lg[l] the hidden local gradients (-dE/dz1)
    "b186_ml_h": r'''
[notation]
[notation.symbols]
"self.w[l+1]" = "W2[:, :]"
"lg[l+1]" = "-grad(z2[:])"
"dA[l]" = "Heaviside(z1[:])"
"lg[l]" = "-grad(z1[:])"
''',
    # the same in the update loop (l = 1, 2): self.w[l], self.b[l] layer l's weights (output-first) and biases,
    # lg[l] its local gradients (-dE/dz), As[l-1] its inputs (As[0] the batch X), self.eta the rate, batch_size the
    # samples (one)
    "b186_ml_u": r'''
[notation]
indices = "l"
learning_rate = ["self.eta"]
[notation.symbols]
"self.w[l]" = "W{l}[:, :]"
"self.b[l]" = "b{l}[:]"
"lg[l]" = "-grad(z{l}[:])"
"As[0]" = "x[:]"
"As[l]" = "a{l}[:]"
"batch_size" = "1"
''',
    # the Korean script: X the input, y the target, W1, b1, Z1, A1, W2, b2, Z2, A2 the layers' (output-first: Z1 =
    # W1.dot(X) + b1), dL_dA2 ... dL_db1 and dZ2, dZ1 the loss's gradients (their names); sigmoid_derivative(x) =
    # sigmoid(x) (1 - sigmoid(x)), taken of the sums
    "b186_ko": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"dL_dA2" = "grad(a2[:])"
"dZ2" = "grad(z2[:])"
"dL_dW2" = "grad(W2[:, :])"
"dL_db2" = "grad(b2[:])"
"dL_dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dL_dW1" = "grad(W1[:, :])"
"dL_db1" = "grad(b1[:])"
''',
    # the German notes: layers counted from the input's 0, W^{(l)} the weights into layer l (output-first), z, a the
    # sums and outputs in bold, delta the error signal dL/dz (the page's definition), L the last layer (2 here),
    # \ell the hidden layer in the recursion (1 here: the only layer below L), sigma the sigmoid (sigma' its slope,
    # sigma'^{(L)} the output layer's); the worked example's y_hat the output, y the target, \mathcal{L} the loss, eta
    # the rate
    "b186_de": r'''
[notation]
loss = ["\\mathcal{L}"]
learning_rate = ["\\eta"]
functions = { "\\sigma" = "sigmoid" }
[notation.symbols]
"\\boldsymbol{\\delta}^{(L)}" = "grad(z2[:])"
"\\mathbf{a}^{(L)}" = "a2[:]"
"\\mathbf{z}^{(L)}" = "z2[:]"
"\\boldsymbol{\\delta}^{(\\ell)}" = "grad(z1[:])"
"\\boldsymbol{\\delta}^{(\\ell+1)}" = "grad(z2[:])"
"W^{(\\ell+1)}" = "W2[:, :]"
"\\mathbf{z}^{(\\ell)}" = "z1[:]"
"\\delta^{(2)}" = "grad(z2[0])"
"\\hat y" = "a2[0]"
"y" = "y[0]"
"\\mathbf{a}^{(1)}" = "a1[:]"
"\\boldsymbol{\\delta}^{(1)}" = "grad(z1[:])"
"W^{(1)}" = "W1[:, :]"
"W^{(2)}" = "W2[:, :]"
"b^{(2)}" = "b2[:]"
"\\mathbf{x}" = "x[:]"
''',
    # the Portuguese RedeNeural: X the input (a row), y the target, self.a1, self.z1 the hidden rows, self.a2 the
    # output, erro_saida the output sum's gradient (as dw2 = a1.T @ erro_saida / m uses it), erro_oculta the hidden
    # sums' gradient, dw2 ... db1 the gradients (rows), the weights input-first, m the samples (one);
    # self.derivada_ativacao derivada_relu under the default ativacao="relu", of the sums
    "b186_pt": r'''
[notation]
learning_rate = ["taxa_aprendizado"]
functions = { "self.derivada_ativacao" = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.a1" = "a1[:].T"
"self.z1" = "z1[:].T"
"self.a2" = "a2[:].T"
"erro_saida" = "grad(z2[:]).T"
"erro_oculta" = "grad(z1[:]).T"
"dw2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dw1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"self.pesos_oculta_saida" = "W2[:, :].T"
"self.pesos_entrada_oculta" = "W1[:, :].T"
"self.bias_saida" = "b2[:].T"
"self.bias_oculta" = "b1[:].T"
"m" = "1"
''',
    # the Portuguese seven-segment network: entradas the input (a column), targets the target, saida_oculta,
    # saida_final the hidden and final outputs, erro_saida = targets - saida_final, erro_oculta -dE/d(hidden
    # outputs) (the hidden layer's error, as backpropagation's), gradiente_saida, gradiente_oculta the sigmoid's
    # slopes, delta_saida, delta_oculta the code's deltas (-dE/dz: the updates add them), pesos_ih, pesos_ho
    # output-first, bias_h, bias_o columns; self.sigmoid_derivada(x) = x (1 - x), the slope written of the output
    "b186_br": r'''
[notation]
learning_rate = ["self.taxa_aprendizado"]
functions = { "self.sigmoid_derivada" = "sigmoid' at output" }
[notation.symbols]
"entradas" = "x[:]"
"targets" = "y[:]"
"saida_oculta" = "a1[:]"
"saida_final" = "a2[:]"
"erro_saida" = "y[:] - a2[:]"
"erro_oculta" = "-grad(a1[:])"
"gradiente_saida" = "a2[:]*(1 - a2[:])"
"gradiente_oculta" = "a1[:]*(1 - a1[:])"
"delta_saida" = "-grad(z2[:])"
"delta_oculta" = "-grad(z1[:])"
"self.pesos_ih" = "W1[:, :]"
"self.pesos_ho" = "W2[:, :]"
"self.bias_h" = "b1[:]"
"self.bias_o" = "b2[:]"
''',
}
