"""The networks and notations of batch 175 of the held-out public formulas (tests/public_formulas_batch175.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b175_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import data_tables as _data, problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Markdown note on the hidden error (stored file 2320894169): hidden layer h1, h2, output layer o1, o2, W2 =
    # [w11 w12; w21 w22] "hidden -> output" with rows the hidden units (its arrows: w21 from o1 to h2), the hidden
    # activation "like sigmoid"; no input layer, output activation nor loss written: two inputs, sigmoid outputs and
    # the half squared error here (the note's formulas hold for any), rate 0.1
    "b175_vk": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the TypeScript plan's walkthrough (stored file 53479221676): a fixed 2-2-1 sigmoid network, inputs (0.5, 0.8),
    # target 1.0, all initial weights 0.3 and biases 0.0 (initialW), error = 0.5 * (target - outOut) ** 2, eta = 0.5
    "b175_ts": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.3, 0.3], [0.3, 0.3]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.3, 0.3]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[0.5, 0.8]", "[1.0]", 0.5)),
    # the Vietnamese review notes (stored file 63017360425): the worked 2-1-1 sigmoid network, x1 = 0.5, x2 = 0.3, w1 =
    # 0.4, w2 = 0.6, b1 = 0.1, w3 = 0.5, b2 = 0.2, y = 1, alpha = 0.5; no loss written: delta2 = (y_hat - y) sigma'(z2),
    # the half squared error's dE/dz
    "b175_vn": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4, 0.6]]\nbiases = [0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.2]',
                            loss="half_squared_error", extra=_data("[0.5, 0.3]", "[1.0]", 0.5)),
    # the exam solution in Markdown (stored file 54354022762): x -> z = w1 x + b1 -> a = sigma(z) -> y_hat = w2 a + b2,
    # a linear output, E = 1/2 (y - y_hat)^2; one unit per layer, eta a rate not given (0.1 here)
    "b175_ex": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the JavaScript NeuralMorphologyLearner (stored file 12725549782): inputSize 6, hiddenSize 4, outputSize 3,
    # weightsInputHidden[i][h] and weightsHiddenOutput[h][o] input-first with hiddenBias, outputBias, sigmoid layers,
    # loss += 0.5 * (predicted - target)^2: the half squared error; learningRate 0.1
    "b175_js": problem_text('inputs = 6\nunits = 4\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Indonesian report (stored file 56412517373): the XOR MLP 2-2-1, sigmoid layers, rows (net_h = X . W1 + b1,
    # W1 input-first), "Konvergen jika MSE < 0.01" reported while delta_output = (t - Y) sigmoid'(net_o) is the half
    # squared error's -dE/dz (W2 += alpha ... adds it); learning rate 0.1 (scenario 1)
    "b175_id": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Keras lab's docstring (stored file 70600547171): z1 = X @ W1 + b1, a1 = activation(z1), z2 = a1 @ W2 + b2,
    # y_hat = sigma(z2), delta_output = dL/dz2 = y_hat - y: a sigmoid output under the binary cross-entropy (the
    # model's loss for one output); the docstring's one hidden layer (the Keras model has two), sigmoid (experiment
    # 1), 2 inputs (XOR) and 3 hidden units here; eta the experiments' 0.1
    "b175_kr": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.1)),
    # the Spanish XOR script (stored file 30407720833): N_ENTRADA 2, N_OCULTA 4, N_SALIDA 1, rows (Z_oculta = X .
    # W_oculta + B_oculta, W_oculta 2x4 input-first), sigmoid layers, error_salida = A_salida - Y and D_salida its
    # product with the slope: the half squared error's dE/dz (the MSE only printed); TASA_APRENDIZAJE 0.1
    "b175_es": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Python NeuralNetwork after Mazur's example (stored file 16250516919): main's network, 2 inputs, hidden_nodes
    # 2 with activation='tanh', one sigmoid output (final_outputs = sigmoid), columns (wih hidden x input, who output x
    # hidden, output-first), mse_loss = mean of squares (one sample and one output here: the squared error, dEdO_Who
    # = -2*(y - out)); lr = 0.1
    "b175_mz": problem_text('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=_rate(0.1)),
}

NOTATIONS = {
    # the Markdown note: W2's entries with rows the hidden units (w21 joins o1 to h2), delta_o1, delta_o2 the outputs'
    # errors dE/dz (the note: "the true delta (gradient w.r.t z)"), delta_h1, delta_h2 the hidden ones, z_h1, z_h2 the
    # hidden sums; sigma' the sigmoid's slope at the sum; "incoming error" at h1 the error with respect to the hidden
    # output a1 (the note says so), one notation per line (b175_vk1, b175_vk2)
    "b175_vk1": r'''
[notation]
[notation.symbols]
"δ_o1" = "delta2[0]"
"δ_o2" = "delta2[1]"
"w11" = "W2[0, 0]"
"w12" = "W2[1, 0]"
"w21" = "W2[0, 1]"
"w22" = "W2[1, 1]"
"incoming error" = "grad(a1[0])"
''',
    "b175_vk2": r'''
[notation]
[notation.symbols]
"δ_o1" = "delta2[0]"
"δ_o2" = "delta2[1]"
"w11" = "W2[0, 0]"
"w12" = "W2[1, 0]"
"w21" = "W2[0, 1]"
"w22" = "W2[1, 1]"
"incoming error" = "grad(a1[1])"
''',
    # the note's per-unit and row forms: delta_2 = [delta_o1, delta_o2] a row, W_2 (rows the hidden units) W2
    # transposed, delta_1 the hidden row, z_1 the hidden sums as a row, a_1 the hidden outputs
    "b175_vk": r'''
[notation]
[notation.symbols]
"δ_o1" = "delta2[0]"
"δ_o2" = "delta2[1]"
"δ_h1" = "delta1[0]"
"δ_h2" = "delta1[1]"
"z_h1" = "z1[0]"
"z_h2" = "z1[1]"
"w11" = "W2[0, 0]"
"w12" = "W2[1, 0]"
"w21" = "W2[0, 1]"
"w22" = "W2[1, 1]"
"δ₂" = "delta2[:].T"
"δ₁" = "delta1[:].T"
"W₂" = "W2[:, :].T"
"z₁" = "z1[:].T"
"a₁" = "a1[:].T"
''',
    # the TypeScript plan: the comment's t the target, o the output, delta the output layer's error term (the weight
    # changes add eta * delta: -dE/dz); the code's target, outOut, h1Out, h2Out, w.wo1, w.wo2 (the output weights),
    # dOut, dH1, dH2 the error terms (-dE/dz); the worked line's delta_out the output's error term, h a hidden output
    # (both 0.596 at these weights: h1's here), eta the rate
    "b175_ts": r'''
[notation]
learning_rate = ["eta", "η"]
[notation.symbols]
"t" = "y[0]"
"o" = "a2[0]"
"δ" = "-delta2[0]"
"target" = "y[0]"
"outOut" = "a2[0]"
"h1Out" = "a1[0]"
"h2Out" = "a1[1]"
"w.wo1" = "W2[0, 0]"
"w.wo2" = "W2[0, 1]"
"dOut" = "-delta2[0]"
"dH1" = "-delta1[0]"
"dH2" = "-delta1[1]"
"δ_out" = "-delta2[0]"
"h" = "a1[0]"
''',
    # the Vietnamese notes' general rules: y_hat the output, y the target, z (in the output rule) the output's sum,
    # delta_output its error dE/dz (the update subtracts alpha * delta * x)
    "b175_vno": r'''
[notation]
[notation.symbols]
"ŷ" = "a2[0]"
"y" = "y[0]"
"z" = "z2[0]"
"δ_output" = "delta2[0]"
''',
    # the notes' hidden rule: j the outputs (one here), w_j the weight from the hidden unit to output j, delta_j its
    # error, z the hidden sum, delta_hidden the hidden unit's error
    "b175_vnh": r'''
[notation]
indices = "j"
[notation.symbols]
"wⱼ" = "W2[j, 0]"
"δⱼ" = "delta2[j]"
"z" = "z1[0]"
"δ_hidden" = "delta1[0]"
''',
    # the worked exercise: x1, x2, w1, w2, b1 (the hidden unit's), w3, b2 (the output's), z1, a1, z2, y_hat, y;
    # delta2 and delta1 the errors dE/dz; name_mới ("new") the updated value; alpha the rate
    "b175_vn": r'''
[notation]
learning_rate = ["α"]
[notation.symbols]
"x₁" = "x[0]"
"x₂" = "x[1]"
"w₁" = "W1[0, 0]"
"w₂" = "W1[0, 1]"
"b₁" = "b1[0]"
"w₃" = "W2[0, 0]"
"b₂" = "b2[0]"
"z₁" = "z1[0]"
"a₁" = "a1[0]"
"z₂" = "z2[0]"
"ŷ" = "a2[0]"
"y" = "y[0]"
"δ₂" = "delta2[0]"
"δ₁" = "delta1[0]"
"w₁_mới" = "new(W1[0, 0])"
"w₃_mới" = "new(W2[0, 0])"
"b₁_mới" = "new(b1[0])"
"b₂_mới" = "new(b2[0])"
''',
    # the notes' general update w_mới = w_cũ - alpha * delta * x: w a weight into the hidden unit (w_cũ the old one,
    # w_mới the new one), x its input, delta the hidden unit's error; b its bias
    "b175_vnu": r'''
[notation]
learning_rate = ["α"]
[notation.symbols]
"w_mới" = "new(W1[0, 0])"
"w_cũ" = "W1[0, 0]"
"x" = "x[0]"
"δ" = "delta1[0]"
''',
    # the exam solution: x the input, w1, b1, z, a the hidden unit's weight, bias, sum and output, w2 the output
    # weight, y_hat the (linear) output, y the target, E the loss; the sequence diagram's delta_o the error at the
    # hidden output (dE/da, as its (y_hat - y) * w2 says), delta_h the hidden weight's gradient (its Note: Delta w1 =
    # -eta * delta_h), Delta w1 the weight's change
    "b175_ex": r'''
[notation]
loss = ["E"]
learning_rate = ["η"]
[notation.symbols]
"x" = "x[0]"
"w₁" = "W1[0, 0]"
"w₂" = "W2[0, 0]"
"z" = "z1[0]"
"a" = "a1[0]"
"ŷ" = "a2[0]"
"y" = "y[0]"
"δₒ" = "grad(a1[0])"
"δₕ" = "grad(W1[0, 0])"
"Δw₁" = "-eta*grad(W1[0, 0])"
''',
    # the JavaScript learner's comment over the output loop: o an output, y_hat its output, y its target, z_out its
    # sum, delta_output its error dE/dz (the updates subtract it)
    "b175_jsc": r'''
[notation]
indices = "o"
[notation.symbols]
"ŷ" = "a2[o]"
"y" = "y[o]"
"z_out" = "z2[o]"
"δ_output" = "delta2[o]"
''',
    # the JavaScript learner's backpropagate: o an output, h a hidden unit, i an input; input, target, hiddenOutput,
    # output, outputInput (the output sums), this.weightsHiddenOutput[h][o] and this.weightsInputHidden[i][h]
    # input-first, the biases; outputError and hiddenError the errors dE/dz (hiddenError after its *=, as the updates
    # use it); sigmoidDerivative(x) = s (1 - s) of s = sigmoid(x), taken at the sums
    "b175_js": r'''
[notation]
indices = "hio"
learning_rate = ["learningRate"]
functions = { "this.sigmoidDerivative" = "sigmoid' at input" }
[notation.symbols]
"input[i]" = "x[i]"
"target[o]" = "y[o]"
"hiddenOutput[h]" = "a1[h]"
"output[o]" = "a2[o]"
"outputInput[o]" = "z2[o]"
"this.weightsHiddenOutput[h][o]" = "W2[o, h]"
"this.weightsInputHidden[i][h]" = "W1[h, i]"
"this.outputBias[o]" = "b2[o]"
"this.hiddenBias[h]" = "b1[h]"
"outputError[o]" = "delta2[o]"
"hiddenError[h]" = "delta1[h]"
''',
    # the Indonesian report: rows, X the input, H the hidden outputs, Y the output, t the target, net_h, net_o the
    # sums, W1, W2 input-first (net_h = X . W1 + b1), delta_output and delta_hidden the errors -dE/dz (the updates
    # add them); sigmoid' taken at the sums; alpha the rate
    "b175_id": r'''
[notation]
learning_rate = ["α"]
functions = { "sigmoid'" = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"H" = "a1[:].T"
"Y" = "a2[:].T"
"t" = "y[:].T"
"net_h" = "z1[:].T"
"net_o" = "z2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"δ_output" = "-delta2[:].T"
"δ_hidden" = "-delta1[:].T"
''',
    # the Keras lab's docstring: rows (z1 = X @ W1 + b1), X, a1, z1, z2, y_hat, y, W1 and W2 input-first, L the
    # loss, delta_output and delta_hidden the errors dL/dz, Delta W2 and Delta W1 the gradients (the docstring's
    # Update: W = W - eta * Delta W), activation' the hidden activation's slope at z1
    "b175_kr": r'''
[notation]
loss = ["L"]
learning_rate = ["η"]
functions = { "activation'" = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"a1" = "a1[:].T"
"z1" = "z1[:].T"
"z2" = "z2[:].T"
"y_hat" = "a2[:].T"
"y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"δ_output" = "delta2[:].T"
"δ_hidden" = "delta1[:].T"
"ΔW2" = "grad(W2[:, :]).T"
"ΔW1" = "grad(W1[:, :]).T"
''',
    # the Spanish script: rows, X the inputs, Y the target, Z_oculta, A_oculta, Z_salida, A_salida the layers' sums
    # and outputs, W_oculta, W_salida input-first with B_oculta, B_salida; ERROR and error_salida the output minus the
    # target, Delta_salida, D_salida, Delta_oculta, D_oculta the errors dE/dz (the updates subtract them),
    # W_salida_transpuesta W_salida transposed; S' and derivada_sigmoide the sigmoid's slope at the sum
    # (derivada_sigmoide computes s * (1 - s) of s = sigmoide(x)); TASA_APRENDIZAJE the rate
    "b175_es": r'''
[notation]
learning_rate = ["TASA_APRENDIZAJE"]
functions = { "S'" = "sigmoid' at input", derivada_sigmoide = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"Z_oculta" = "z1[:].T"
"A_oculta" = "a1[:].T"
"Z_salida" = "z2[:].T"
"A_salida" = "a2[:].T"
"W_oculta" = "W1[:, :].T"
"W_salida" = "W2[:, :].T"
"W_salida_transpuesta" = "W2[:, :]"
"B_oculta" = "b1[:].T"
"B_salida" = "b2[:].T"
"ERROR" = "a2[:].T - y[:].T"
"error_salida" = "a2[:].T - y[:].T"
"Delta_salida" = "delta2[:].T"
"D_salida" = "delta2[:].T"
"Delta_oculta" = "delta1[:].T"
"D_oculta" = "delta1[:].T"
''',
    # the Python NeuralNetwork's backward: columns (self.X the inputs, wih and who output-first), y the target,
    # self.final_outputs, self.hidden_outputs the layers' outputs, self.who the output weights; dEdO_Who the error's
    # derivative by the output (its comment's dE/dO), dOdN_Who the output's slope by its net input, dNdW_Who the net
    # input's derivative by the weights (the hidden outputs), dEdW_Who the gradient of who; dEdO_Wih the error's
    # derivative by the hidden outputs (its comment: "first three p.d. terms", dE/dO * dO/dN * dN/d(hidden output)),
    # dOdN_Wih the hidden outputs' slope by their net inputs (tanh in main: 1 - h^2), dNdW_Wih the inputs, dEdW_Wih
    # the gradient of wih
    "b175_mz": r'''
[notation]
learning_rate = ["self.lr"]
[notation.symbols]
"y" = "y[:]"
"self.final_outputs" = "a2[:]"
"self.hidden_outputs" = "a1[:]"
"self.who" = "W2[:, :]"
"dEdO_Who" = "grad(a2[:])"
"dOdN_Who" = "a2[:]*(1 - a2[:])"
"dNdW_Who" = "a1[:]"
"dEdW_Who" = "grad(W2[:, :])"
"dNdW_Wih" = "x[:]"
"dEdW_Wih" = "grad(W1[:, :])"
"dEdO_Wih" = "grad(a1[:])"
"dOdN_Wih" = "1 - a1[:]*a1[:]"
''',
    # the backward's comments: o an output (one here), h a hidden unit; delta_o = dE/dnet the output's error, Who the
    # weight from h to o, out_h the hidden output, i_1 the first input; net and out the output's net input and
    # output; E the loss
    "b175_mzc": r'''
[notation]
indices = "ho"
loss = ["E"]
[notation.symbols]
"δ_o" = "grad(z2[o])"
"Who" = "W2[o, h]"
"out_h" = "a1[h]"
"i_1" = "x[0]"
"net" = "z2[o]"
"out" = "a2[o]"
''',
}
