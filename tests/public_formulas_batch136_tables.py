"""The networks and notations of batch 136 of the held-out public formulas (tests/public_formulas_batch136.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b136_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the C program with Spanish names (stored file 69331406594): a 2-2-1 sigmoid network for the AND gate,
    # W_oculta[i][j] output-first (hidden i, input j), B_oculta[i], W_salida[i], B_salida; error_salida = target -
    # o_out, delta_salida = error_salida * out (1 - out) and += K * ... updates: half the squared error's step; K 0.1;
    # the first sample EntNt(1, 1, 1)
    "b136_ca": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[1.0]", 0.1)),
    # the TypeScript LEK-18 experiment commented in German (stored file 68306653209): inputs x1 = 1, x2 = 0.5, two
    # sigmoid hidden neurons with biases b1 = -0.2, b2 = 0.3 (z1 = w11 x1 + w12 x2 + b1), one sigmoid output without
    # bias (AUSGABE_VORSPANNUNG = 0), verlust = 0.5 (ausgabe - ziel)^2, ziel 1; the sliders' initial weights
    "b136_ts": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.8, -0.5], [-0.6, 0.9]]\n'
                            'biases = [-0.2, 0.3]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.2, -0.8]]',
                            loss="half_squared_error", extra=_data("[1.0, 0.5]", "[1.0]", 0.1)),
    # the Octave script commented in Portuguese (stored file 22678957346): sigmoid hidden and output layers with
    # biases, samples in rows (camada_oculta = sigmoid(dados * pesos_entrada_oculta + bias_oculta)), one-hot classes,
    # erro = saida - alvo and -= updates: half the squared error's step; 10 hidden units there, 2-3-2 here (one
    # sample), taxa_aprendizado 0.01
    "b136_oc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # the Python diabetes network commented in Portuguese (stored file 34637942043): inputs [bias, IMC, glicemia]
    # (linha[0] = 1), three sigmoid hidden neurons whose weight j = 0 is the bias's, two linear outputs (camada_saida
    # = pesos[i][0] + sum), erro = esperada - atual and += updates: half the squared error's step; taxa 0.1
    "b136_pd": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # the Chinese Markdown article (stored file 30540124574), its derivation: E = (t - y)^2 / 2, o_j = sigmoid(net_j)
    # of output node j fed by o_i (the hidden outputs), y = o_j the network's output; 2-2-1 sigmoid here
    "b136_zh": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the same article's NeuralNetwork code: sigmoid hidden units, a linear output (final_outputs = final_inputs), no
    # biases, weights_input_to_hidden (inputs x hidden) and weights_hidden_to_output (hidden x outputs) input-first,
    # column vectors, output_errors = targets - final_outputs and += updates; lr 0.1; 2-2-1 (two inputs, two hidden)
    "b136_zhc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                        'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the Kotlin MainActivity commented in Russian (stored file 28454584715): a 2-2-1 sigmoid network with biases
    # (XOR), weightsInputHidden[j][i] input-first, weightsHiddenOutput[i], outputError = target - output and
    # outputDelta = outputError * sigmoid'(outputSum), += updates: half the squared error's step; learning rate 0.1
    "b136_kt": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Python digit recogniser commented in Russian (stored file 58674586177): ReLU hidden units with biases,
    # linear outputs with biases, w1[j][k] and w2[i][j] output-first, errors = output - target and -= updates with
    # alpha 0.01 (the printed total error is the sum of e*e; the steps are half the squared error's); 15-20-10
    # there, 3-4-2 here
    "b136_ru": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 2\nactivation = "identity"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # the C exercise commented in Japanese (stored file 25073733471): one input x[0] and a threshold input x[1] = 1,
    # sigmoid hidden units z[j] (v[j][1] the threshold's weight) and a threshold unit z[NUM_HIDDEN] = 1, a linear
    # output y = u_y (w[NUM_HIDDEN] the threshold's weight), error = (y - yd)^2 / 2; 600 hidden units there, 3 here;
    # ETA 0.01
    "b136_jc": problem_text('inputs = 1\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # the Czech README of a XOR network (stored file 45838175385): a 2-2-1 sigmoid network with biases, samples in
    # rows, output_error = target - output and += ... * learning_rate updates: half the squared error's step (one
    # sample here)
    "b136_cz": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Python XOR network commented in Japanese (stored file 35075007092): 2-2-1 sigmoid without biases, samples in
    # rows, error = y - final_output and += ... * learning_rate updates: half the squared error's step; 0.1 (the
    # printed loss is the mean of the squared errors)
    "b136_jp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Russian page's network (Trask's, https://idec.foxears.su/blog/rMrcombiRu1Sdkzc7GjE): three inputs (the
    # third a constant 1 in the data), four sigmoid hidden units, one sigmoid output, no biases, l2_delta = (y - l2)
    # l2 (1 - l2) and += updates with no rate: half the squared error's step at rate 1
    "b136_tr": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra="\n[update]\nlearning_rate = 1.0\n"),
}

NOTATIONS = {
    # the C program: target the target, o_out the output, h_out[i] the hidden outputs, x0 and x1 the inputs,
    # W_oculta[i][j] the weight from input j to hidden neuron i, B_oculta[i] its bias, W_salida[i] the weight from
    # hidden neuron i to the output, B_salida the output's bias; error_salida = target - o_out; delta_salida and
    # delta_oculta[i] the code's deltas (-dE/dz: the updates add them); derivada_sigmoide(out) = out (1 - out), the
    # slope written of the output; K the learning rate
    "b136_ca": r'''
[notation]
indices = "ij"
learning_rate = ["K"]
functions = { derivada_sigmoide = "sigmoid' at output" }
[notation.symbols]
"target" = "y[0]"
"o_out" = "a2[0]"
"h_out[i]" = "a1[i]"
"x0" = "x[0]"
"x1" = "x[1]"
"error_salida" = "y[0] - a2[0]"
"delta_salida" = "-delta2[0]"
"delta_oculta[i]" = "-delta1[i]"
"W_oculta[i][j]" = "W1[i, j]"
"B_oculta[i]" = "b1[i]"
"W_salida[i]" = "W2[0, i]"
"B_salida" = "b2[0]"
''',
    # the TypeScript experiment: x1, x2 the inputs, w11, w12 the weights into h1 (from x1, x2), w21, w22 into h2, b1,
    # b2 the hidden neurons' biases (not symbols.md's layers), z1, z2 their sums, h1, h2 their outputs, v1, v2 the
    # weights from h1, h2 to the output, o the output's sum, ausgabe the output, ziel the target, verlust the loss;
    # gAusgabe = dL/do, gz1 and gz2 = dL/dz1 and dL/dz2, each g<name> the loss's derivative by <name>
    "b136_ts": r'''
[notation]
loss = ["verlust"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w11" = "W1[0, 0]"
"w12" = "W1[0, 1]"
"w21" = "W1[1, 0]"
"w22" = "W1[1, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"z1" = "z1[0]"
"z2" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"v1" = "W2[0, 0]"
"v2" = "W2[0, 1]"
"o" = "z2[0]"
"ausgabe" = "a2[0]"
"ziel" = "y[0]"
"gAusgabe" = "delta2[0]"
"gz1" = "delta1[0]"
"gz2" = "delta1[1]"
"gv1" = "grad(W2[0, 0])"
"gv2" = "grad(W2[0, 1])"
"gw11" = "grad(W1[0, 0])"
"gw12" = "grad(W1[0, 1])"
"gw21" = "grad(W1[1, 0])"
"gw22" = "grad(W1[1, 1])"
"gb1" = "grad(b1[0])"
"gb2" = "grad(b1[1])"
''',
    # the Octave script (samples in rows, one here): dados_treinamento the input row, camada_oculta and camada_saida
    # the hidden and output rows, pesos_entrada_oculta (inputs x hidden) and pesos_oculta_saida (hidden x outputs)
    # input-first, bias_oculta, bias_saida the bias rows (the one-hot target rows, eye(num_classes)(classes_treinamento,
    # :), left unnamed: the loader takes no pattern with a call before its index); erro = saida - alvo, delta_saida = dE/d(output sums) and delta_oculta = dE/d(hidden sums) (the names'
    # meaning; the -= updates subtract them); sigmoid_derivada(x) = sigmoid(x) (1 - sigmoid(x)), the slope at x
    "b136_oc": r'''
[notation]
learning_rate = ["taxa_aprendizado"]
functions = { sigmoid_derivada = "sigmoid' at input" }
[notation.symbols]
"dados_treinamento" = "x[:].T"
"camada_oculta" = "a1[:].T"
"camada_saida" = "a2[:].T"
"pesos_entrada_oculta" = "W1[:, :].T"
"pesos_oculta_saida" = "W2[:, :].T"
"bias_oculta" = "b1[:].T"
"bias_saida" = "b2[:].T"
"erro" = "a2[:].T - y[:].T"
"delta_saida" = "delta2[:].T"
"delta_oculta" = "delta1[:].T"
''',
    # the Python diabetes network's output loop (i an output): linha[0] = 1 the bias input, linha[j] (j = 1, 2) the
    # inputs, linha[i+3] output i's target, camada_oculta[i] the hidden outputs, camada_saida[i] the outputs,
    # pesos_camada_oculta[i][j] (hidden i from input j, j = 0 the bias) and pesos_camada_saida[i][j] (output i from
    # hidden j - 1, j = 0 the bias) output-first; erro = esperada - atual; delta_saida[i] and delta_oculta[i] the
    # code's deltas (-dE/dz: the updates add them)
    "b136_pd": r'''
[notation]
indices = "ij"
learning_rate = ["taxa_aprendizado"]
[notation.symbols]
"linha[0]" = "1"
"linha[j]" = "x[j-1]"
"linha[i+3]" = "y[i]"
"camada_oculta[i]" = "a1[i]"
"camada_saida[i]" = "a2[i]"
"erro" = "y[i] - a2[i]"
"delta_saida[i]" = "-delta2[i]"
"delta_oculta[i]" = "-delta1[i]"
"pesos_camada_oculta[i][0]" = "b1[i]"
"pesos_camada_oculta[i][j]" = "W1[i, j-1]"
"pesos_camada_saida[i][0]" = "b2[i]"
"pesos_camada_saida[i][j]" = "W2[i, j-1]"
''',
    # the same code's hidden loop (i a hidden neuron): soma the sum over j of delta_saida[j] pesos_camada_saida[j][i+1],
    # -dE/d(hidden output i)
    "b136_pdh": r'''
[notation]
indices = "ij"
[notation.symbols]
"camada_oculta[i]" = "a1[i]"
"soma" = "-grad(a1[i])"
"delta_oculta[i]" = "-delta1[i]"
''',
    # the Chinese article's derivation: y the network's output (output node j's o_j), t the target, E = (t - y)^2 /
    # 2 the loss, o_j and net_j output node j's output and input sum, o_i the outputs of the nodes feeding it (the
    # hidden layer's), w_ij the weight from node i to node j, \Delta w_ij the step, eta the learning rate
    "b136_zh": r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"y" = "a2[0]"
"t" = "y[0]"
"o_{j}" = "a2[j-1]"
"o_{i}" = "a1[i-1]"
"net_{j}" = "z2[j-1]"
"w_{ij}" = "W2[j-1, i-1]"
"\\Delta w_{ij}" = "-eta*grad(W2[j-1, i-1])"
''',
    # the article's code (column vectors): inputs the input, hidden_outputs the hidden outputs, final_outputs the
    # output, targets the target, self.weights_input_to_hidden (inputs x hidden) and self.weights_hidden_to_output
    # (hidden x outputs) input-first, self.lr the rate; output_errors = targets - final_outputs, hidden_errors =
    # -dE/d(hidden outputs), hidden_grad the hidden units' slope
    "b136_zhc": r'''
[notation]
learning_rate = ["self.lr"]
[notation.symbols]
"inputs" = "x[:]"
"hidden_outputs" = "a1[:]"
"final_outputs" = "a2[:]"
"targets" = "y[:]"
"self.weights_input_to_hidden" = "W1[:, :].T"
"self.weights_hidden_to_output" = "W2[:, :].T"
"output_errors" = "y[:] - a2[:]"
"hidden_errors" = "-grad(a1[:])"
"hidden_grad" = "a1[:]*(1 - a1[:])"
''',
    # the Kotlin network: inputs[i] the inputs, hiddenOutputs[i] the hidden outputs, output the output, outputSum its
    # sum, target the target, weightsInputHidden[i][j] (input i to hidden j) input-first, weightsHiddenOutput[i]
    # (hidden i to the output), biasHidden[j], biasOutput; outputError = target - output, outputDelta and
    # hiddenDeltas[j] the code's deltas (-dE/dz: the updates add them), error (in the hidden loop over i) = -dE/d(hidden
    # output i); sigmoidDerivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope at x
    "b136_kt": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"inputs[i]" = "x[i]"
"hiddenOutputs[i]" = "a1[i]"
"output" = "a2[0]"
"outputSum" = "z2[0]"
"target" = "y[0]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenDeltas[j]" = "-delta1[j]"
"error" = "-grad(a1[i])"
"weightsInputHidden[i][j]" = "W1[j, i]"
"weightsHiddenOutput[i]" = "W2[0, i]"
"biasHidden[j]" = "b1[j]"
"biasOutput" = "b2[0]"
''',
    # the Python digit recogniser: x the input, hidden the hidden outputs (after ReLU), output the outputs, target the
    # one-hot target, w1 (w1[j][k]: hidden j from input k) and w2 (w2[i][j]: output i from hidden j) output-first,
    # named whole (a base ending in a digit before brackets is not one pattern), b1, b2 symbols.md's; e = output[i] -
    # target[i], errors = dE/d(output sums), hidden_errors = dE/d(hidden sums) once the ReLU's zeros are set
    "b136_ru": r'''
[notation]
indices = "ijk"
learning_rate = ["alpha"]
[notation.symbols]
"hidden" = "a1[:]"
"output" = "a2[:]"
"target" = "y[:]"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"e" = "a2[i] - y[i]"
"errors" = "delta2[:]"
"hidden_errors" = "delta1[:]"
''',
    # the C exercise: x[0] the input, x[1] = 1 the threshold input (x[i] named too: a notation reusing symbols.md's
    # letter x takes it from symbols.md; left out of the first blind run's notation, a slip of the table), v[j][i]
    # the weight from input i to hidden unit j (v[j][1] the threshold's: the bias), u_h[j] and z[j] the hidden sums and outputs, z[3] = 1 the threshold unit
    # (NUM_HIDDEN = 3 here), w[j] the weight from hidden unit j to the output (w[3] the threshold's: the output's bias),
    # u_y the output's sum, y the output, yd the target, error the loss (y - yd)^2 / 2; delta_y = dE/du_y, delta_h[j] =
    # dE/du_h[j]
    "b136_jc": r'''
[notation]
indices = "ij"
loss = ["error"]
learning_rate = ["ETA"]
[notation.symbols]
"x[i]" = "x[i]"
"x[1]" = "1"
"v[j][i]" = "W1[j, i]"
"v[j][1]" = "b1[j]"
"u_h[j]" = "z1[j]"
"z[j]" = "a1[j]"
"z[3]" = "1"
"w[j]" = "W2[0, j]"
"w[3]" = "b2[0]"
"u_y" = "z2[0]"
"y" = "a2[0]"
"yd" = "y[0]"
"delta_y" = "delta2[0]"
"delta_h[j]" = "delta1[j]"
''',
    # the Czech README (samples in rows, one here): input_data the input row, self.hidden_layer_output and self.output
    # the hidden and output rows, target_output the target row, self.weights_input_hidden (inputs x hidden) and
    # self.weights_hidden_output (hidden x outputs) input-first, self.bias_hidden and self.bias_output the bias rows;
    # output_error = target - output, output_gradient and hidden_layer_gradient the code's deltas (-dE/dz: the updates
    # add them), hidden_layer_error = -dE/d(hidden outputs); sigmoid_derivative(x) = x (1 - x), of the output
    "b136_cz": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"input_data" = "x[:].T"
"self.hidden_layer_output" = "a1[:].T"
"self.output" = "a2[:].T"
"target_output" = "y[:].T"
"self.weights_input_hidden" = "W1[:, :].T"
"self.weights_hidden_output" = "W2[:, :].T"
"self.bias_hidden" = "b1[:].T"
"self.bias_output" = "b2[:].T"
"output_error" = "y[:].T - a2[:].T"
"output_gradient" = "-delta2[:].T"
"hidden_layer_error" = "-grad(a1[:]).T"
"hidden_layer_gradient" = "-delta1[:].T"
''',
    # the Japanese XOR script (samples in rows, one here): X the input row, y the target row, hidden_output and
    # final_output the hidden and output rows, weights_input_hidden (inputs x hidden) and weights_hidden_output (hidden
    # x outputs) input-first; error = y - final_output, output_delta and hidden_delta the code's deltas (-dE/dz: the
    # updates add them), hidden_error = -dE/d(hidden outputs); sigmoid_derivative(x) = x (1 - x), of the output
    "b136_jp": r'''
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
"output_delta" = "-delta2[:].T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-delta1[:].T"
''',
    # the Russian page (Trask's code; samples in rows, one here): X the input row, y the target row, syn0 (inputs x
    # hidden) and syn1 (hidden x outputs) input-first, l1 and l2 the hidden and output rows, l2_delta and l1_delta the
    # code's deltas (-dE/dz: the updates add them, at rate 1)
    "b136_tr": r'''
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"syn0" = "W1[:, :].T"
"syn1" = "W2[:, :].T"
"l1" = "a1[:].T"
"l2" = "a2[:].T"
"l2_delta" = "-delta2[:].T"
"l1_delta" = "-delta1[:].T"
''',
}
