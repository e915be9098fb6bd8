"""The networks and notations of batch 163 of the held-out public formulas (tests/public_formulas_batch163.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b163_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Spanish RedNeuronal class (stored file 33003777680): the samples rows (entradas 4 x 2), pesos1 (2 x 4) and
    # pesos2 (4 x 1) input-first, biases bias1 (4), bias2 (1) as rows, sigmoid layers, error = salidas - salida_pred
    # and d_error = error * y (1 - y): the code's deltas -dE/dz under half the squared error, added to the weights at
    # tasa_aprendizaje = 0.1 (the constructor's default); 2-4-1 as the class writes it
    "b163_es": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # Rashid's network commented in Russian (stored file 36718278176): columns, wih (hnodes x inodes) and who (onodes
    # x hnodes) output-first, no biases, sigmoid layers (scipy.special.expit), output_errors = targets -
    # final_outputs and steps of half the squared error at self.lr; learning_grate = 0, 3 there (a tuple: 0.3 with a
    # Russian decimal comma), 784-10-10 there, 3-3-2 here
    "b163_ru": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.3)),
    # the Vietnamese XOR script (trantrunglam's CODE.py, stored file 33104639360): the samples rows, weights_input_hidden
    # (2 x 4) and weights_hidden_output (4 x 1) input-first, no biases, sigmoid layers, error = y - final_output and
    # deltas of half the squared error added at learning_rate = 0.5; 2-4-1 as the script writes it
    "b163_vi": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.5)),
    # the Portuguese XOR script by HUDSON (stored file 22863715810): the samples rows, pesos0 (2 x 3) and pesos1 (3 x 1)
    # input-first, no biases, sigmoid layers, erroCamadaSaida = saidas - camadaSaida and deltas of half the squared
    # error added at taxaAprendizagem = 0.6 with momento = 1 (the weights kept whole); 2-3-1 as the script writes it
    "b163_pt": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.6)),
    # the Indonesian XOR script (Voncruyff's neuralnetwok.py, stored file 32316836703): the samples rows (X 4 x 3, a
    # third input always 1: an input like the others here), bobot0 (3 x 4) and bobot1 (4 x 1) input-first, no biases,
    # sigmoid layers, error_lapisan2 = y - lapisan2 and deltas of half the squared error added with no rate (rate 1);
    # 3-4-1 as the script writes it
    "b163_id": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the Spanish micro lab (stored file 70622208625): scalars and lists, w_oculta[j] = [weight of x[0], weight of
    # x[1]] into hidden unit j, b_oculta[j], w_salida[j], b_salida, sigmoid units, delta_salida = (y - esperado) y (1 -
    # y) with y the OUTPUT and esperado the target: half the squared error's (error_total, the mean of the squares,
    # only printed), the steps -= at TASA = 0.5; OCULTAS = 3: 2-3-1
    "b163_ml": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the Korean lesson on backpropagation (stored file 9448201962), its section 6 MLP.backward: the samples rows, W1,
    # W2 input-first (z1 = x @ W1 + b1), biases, ReLU hidden units, dz2 = y_pred - y_true "for softmax + CE": softmax
    # outputs under the cross-entropy; the optimizer's W -= lr * grad, rate 0.1 here; 2-3-2 here (4-8-2 in its
    # exercise)
    "b163_ko": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the Portuguese purchase-decision MLP by Prof. Filipo Mor (stored file 8958771446): the samples rows (X 8 x 4),
    # pesos_input_oculto (4 x 5) and pesos_oculto_saida (5 x 1) input-first, bias_oculto (1 x 5) and bias_saida (1 x
    # 1) rows, sigmoid layers, erro = Y - y_pred and deltas of half the squared error added at taxa_aprendizagem =
    # 0.1; 4-5-1 as the script writes it
    "b163_fm": problem_text('inputs = 4\nunits = 5\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
}

NOTATIONS = {
    # the Spanish class: self.entradas the inputs (a row), self.salidas the targets, capa_oculta and salida_pred the
    # layers' outputs, self.pesos1, self.pesos2 input-first, self.bias1, self.bias2 the biases (rows); error = target
    # - output, d_error and d_capa_oculta the code's deltas (-dE/dz: the updates add them); sigmoid_deriv(x) = x (1 -
    # x), the slope written of the output ("La derivada de la sigmoide")
    "b163_es": r'''
[notation]
learning_rate = ["self.tasa_aprendizaje"]
functions = { sigmoid_deriv = "sigmoid' at output" }
[notation.symbols]
"self.entradas" = "x[:].T"
"self.salidas" = "y[:].T"
"capa_oculta" = "a1[:].T"
"salida_pred" = "a2[:].T"
"self.pesos1" = "W1[:, :].T"
"self.pesos2" = "W2[:, :].T"
"self.bias1" = "b1[:].T"
"self.bias2" = "b2[:].T"
"error" = "y[:].T - a2[:].T"
"d_error" = "-grad(z2[:]).T"
"d_capa_oculta" = "-grad(z1[:]).T"
''',
    # Rashid's network in Russian: inputs the input (a column), targets the target, hidden_outputs and final_outputs
    # the layers' outputs, self.wih and self.who output-first, self.lr the rate; output_errors = targets -
    # final_outputs, hidden_errors the hidden layer's error ("ошибки скрытого слоя") taken as -dE/d(hidden output),
    # the quantity the hidden weights' step needs (as batch 148 took Rashid's)
    "b163_ru": r'''
[notation]
learning_rate = ["self.lr"]
[notation.symbols]
"inputs" = "x[:]"
"targets" = "y[:]"
"hidden_outputs" = "a1[:]"
"final_outputs" = "a2[:]"
"self.wih" = "W1[:, :]"
"self.who" = "W2[:, :]"
"output_errors" = "y[:] - a2[:]"
"hidden_errors" = "-grad(a1[:])"
''',
    # the Vietnamese script: X the input (a row), y the target, hidden_output and final_output the layers' outputs,
    # weights_input_hidden and weights_hidden_output input-first; error = target - output, d_output and d_hidden the
    # code's deltas (-dE/dz), hidden_error -dE/d(hidden output); sigmoid_derivative(x) = x (1 - x), of the outputs
    "b163_vi": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"hidden_output" = "a1[:].T"
"final_output" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"error" = "y[:].T - a2[:].T"
"d_output" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"d_hidden" = "-grad(z1[:]).T"
''',
    # the Portuguese script: camadaEntrada the input (a row), saidas the target, camadaOculta and camadaSaida the
    # layers' outputs, pesos0 and pesos1 input-first, pesos1Transposta = pesos1.T, camadaOcultaTransposta and
    # camadaEntradaTransposta the columns; erroCamadaSaida = target - output, derivadaSaida the output's slope,
    # deltaSaida and deltaCamadaOculta the code's deltas (-dE/dz), deltaSaidaVezesPeso -dE/d(hidden output),
    # pesosNovo1 and pesosNovo0 -dE/dW (transposed, input-first), momento = 1; sigmoidDerivada(sig) = sig (1 - sig)
    "b163_pt": r'''
[notation]
learning_rate = ["taxaAprendizagem"]
functions = { sigmoidDerivada = "sigmoid' at output" }
[notation.symbols]
"camadaEntrada" = "x[:].T"
"saidas" = "y[:].T"
"camadaOculta" = "a1[:].T"
"camadaSaida" = "a2[:].T"
"pesos0" = "W1[:, :].T"
"pesos1" = "W2[:, :].T"
"pesos1Transposta" = "W2[:, :]"
"camadaOcultaTransposta" = "a1[:]"
"camadaEntradaTransposta" = "x[:]"
"erroCamadaSaida" = "y[:].T - a2[:].T"
"derivadaSaida" = "(a2[:]*(1 - a2[:])).T"
"deltaSaida" = "-grad(z2[:]).T"
"deltaSaidaVezesPeso" = "-grad(a1[:]).T"
"deltaCamadaOculta" = "-grad(z1[:]).T"
"pesosNovo1" = "-grad(W2[:, :]).T"
"pesosNovo0" = "-grad(W1[:, :]).T"
"momento" = "1"
''',
    # the Indonesian script: X and lapisan0 the input (a row), y the target, lapisan1 and lapisan2 the layers'
    # outputs, bobot0 and bobot1 input-first; error_lapisan2 = target - output, delta_lapisan2 and delta_lapisan1 the
    # code's deltas (-dE/dz: the updates add them, at rate 1), error_lapisan1 -dE/d(hidden output); turunan_sigmoid(x)
    # = x (1 - x), of the outputs
    "b163_id": r'''
[notation]
functions = { turunan_sigmoid = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"lapisan0" = "x[:].T"
"y" = "y[:].T"
"lapisan1" = "a1[:].T"
"lapisan2" = "a2[:].T"
"bobot0" = "W1[:, :].T"
"bobot1" = "W2[:, :].T"
"error_lapisan2" = "y[:].T - a2[:].T"
"delta_lapisan2" = "-grad(z2[:]).T"
"error_lapisan1" = "-grad(a1[:]).T"
"delta_lapisan1" = "-grad(z1[:]).T"
''',
    # the Spanish micro lab: x[0], x[1] the inputs, h[j] the hidden outputs, y the OUTPUT and esperado the target,
    # w_oculta[j][0], w_oculta[j][1] the weights from x[0], x[1] into hidden unit j, b_oculta[j], w_salida[j] the
    # weight from hidden unit j to the output, b_salida; delta_salida = dE/dz2 and delta_oculta[j] = dE/dz1[j] (the
    # steps subtract them), TASA the rate, OCULTAS = 3 the hidden units
    "b163_ml": r'''
[notation]
indices = "j"
learning_rate = ["TASA"]
[notation.symbols]
"x[0]" = "x[0]"
"x[1]" = "x[1]"
"h[j]" = "a1[j]"
"y" = "a2[0]"
"esperado" = "y[0]"
"w_oculta[j][0]" = "W1[j, 0]"
"w_oculta[j][1]" = "W1[j, 1]"
"b_oculta[j]" = "b1[j]"
"w_salida[j]" = "W2[0, j]"
"b_salida" = "b2[0]"
"delta_salida" = "delta2[0]"
"delta_oculta[j]" = "delta1[j]"
"delta_oculta" = "delta1[:]"
"OCULTAS" = "3"
''',
    # the Korean lesson's MLP.backward: x the input (a row), y_true the target (one-hot), y_pred the outputs (the
    # softmax's), a1, z1 the hidden outputs and sums, self.W2 input-first; dz2 ... db1 the loss's gradients (rows, as
    # the code's arrays are: "Output layer gradients"), da1 the gradient by the hidden outputs
    "b163_ko": r'''
[notation]
[notation.symbols]
"x" = "x[:].T"
"y_true" = "t[:].T"
"y_pred" = "a2[:].T"
"a1" = "a1[:].T"
"z1" = "z1[:].T"
"self.W2" = "W2[:, :].T"
"dz2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the Portuguese purchase-decision MLP: X the input (a row), Y the target, camada_oculta_output and y_pred the
    # layers' outputs, pesos_input_oculto and pesos_oculto_saida input-first, bias_oculto and bias_saida the biases
    # (rows); erro = target - output, delta_saida and delta_oculta the code's deltas (-dE/dz: the updates add them);
    # sigmoid_derivada(x) = x (1 - x), of the outputs
    "b163_fm": r'''
[notation]
learning_rate = ["taxa_aprendizagem"]
functions = { sigmoid_derivada = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"camada_oculta_output" = "a1[:].T"
"y_pred" = "a2[:].T"
"pesos_input_oculto" = "W1[:, :].T"
"pesos_oculto_saida" = "W2[:, :].T"
"bias_oculto" = "b1[:].T"
"bias_saida" = "b2[:].T"
"erro" = "y[:].T - a2[:].T"
"delta_saida" = "-grad(z2[:]).T"
"delta_oculta" = "-grad(z1[:]).T"
''',
}
