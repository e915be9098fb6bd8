"""The networks and notations of batch 125 of the held-out public formulas (tests/public_formulas_batch125.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b125_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # sourander's Finnish deep-learning course page "Vastavirta (Backprop)": the NumpyNNwithBCE model of its Kuva 1,
    # a 2-2-1 network with sigmoid hidden and output neurons and biases, the binary cross-entropy (dZ2 = A2 - target,
    # "ennuste - todellinen"), rows for the samples (batch size 1: X == A0), W1 and W2 input-first (A1.T.dot(dZ2))
    "b125_fi": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # williamviktorsson's Swedish notebook 04_backpropagation: the XOR network of Övning 7, 2 inputs, 2 sigmoid
    # hidden neurons, 1 sigmoid output neuron, each with its bias; delta = (facit - gissning) x sigmoid'(gissning),
    # the step of half the squared error (the notebook prints a mean of squares); one XOR row, [0, 1] -> 1, and
    # learning_rate 0.5 (the notebook's train(..., learning_rate=0.5))
    "b125_sv": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.5)),
    # WimCasteels's Dutch course (Mathematical Foundations, les 7 "Backpropagation"): the mini-network of 7.5, 2
    # inputs, 3 ReLU hidden units, 1 linear output (y = z2, "Geen activatie op output"), biases, W1 (3x2) and W2 (1x3)
    # output-first (z1 = W1 @ x + b1), the loss 0.5 * sum((y - y_target)^2); the page's x = [1.0, 2.0] and y_target =
    # [1.0], learning_rate 0.1 (its training cell)
    "b125_nl": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]", 0.1)),
    # nam157's Vietnamese course notebooks (Lab 3, "Mạng nơron nông", a translation of Ng's planar-data lab with the
    # student's answers): 2 inputs, n_h = 4 tanh hidden units, 1 sigmoid output, biases, W1 (n_h x n_x) and W2 (1 x n_h)
    # output-first (Z1 = W1 X + b1), the samples as columns (one here, m = 1), the cross-entropy cost J = -1/m sum (Y
    # log A2 + (1 - Y) log(1 - A2)), learning_rate = 1.2 (update_parameters' default)
    "b125_vi": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra="\n[update]\nlearning_rate = 1.2\n"),
    # rexxum's Swiss-German notebook "Anleitung eines neuronalen Netzwerkes": its derivation's single path, an input I_1,
    # a hidden neuron h and an output neuron o (its figure), sigmoid, no biases, the Cost (1/m) sum (y_i - y_hat_i)^2
    # with m the number of output neurons (one here), y the output and y_hat the target
    "b125_de": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="mean_squared_error"),
    # the same notebook's code: sigmoid hidden and output layers without biases, W1 (hidden x input) and W2 (output x
    # hidden) output-first (np.dot(W1, X)), the samples as columns (one here, m = 1), one_hot_Y the targets, the Cost
    # the mean over the outputs; 784-100-10 there, 2-3-2 here
    "b125_dec": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                        'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="mean_squared_error"),
    # hiai-de's German talk "Ein nayves neuronales Netz": two inputs x_1, x_2, two sigmoid hidden neurons h_1, h_2, one
    # sigmoid output o, each with its bias, L = 1/2 (y - o)^2 for one sample (the talk's 1/(2n) MSE at n = 1),
    # learning_rate = 0.1 (train's default)
    "b125_hi": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # BertrandBorel's French notebook "Ajustements des poids" (after Vannieuwenhuyze's book, pp. 286-294): one sigmoid
    # neuron, two inputs X1, X2 and a bias input 1 with weight Wb, the page's numbers: W11 = -0.165955990594852, W21 =
    # 0.4406489868843162, Wb = 0, X1 = 1, X2 = 0, the expected value 0, the rate 0.1 (Valeur_ajustement = Gradient * 0.1);
    # its Gradient = -1 * ERREUR * PREDICTION * (1 - PREDICTION) * input, the step of half the squared error
    "b125_fr": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\n'
                            'weights = [[-0.165955990594852, 0.4406489868843162]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[0.0]", 0.1)),
    # DobiSam's Portuguese notebook "Rede Neural backpropagation": 2 inputs, 3 sigmoid hidden neurons, 1 sigmoid output,
    # biases, w_1 (3x2) and w_2 (1x3) output-first (np.dot(self.w_1, x)), x a column, erro = y_alvo - saida_final and
    # updates with += (the step of half the squared error), self.tr = 0.7; one XOR row, [1, 0] -> 1
    "b125_pt": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 0.7)),
    # zakopiotr353's Polish notebook "NN bez warstwy ukrytej": one layer of sigmoid neurons (3 inputs, 2 outputs, its
    # example), with biases, E = 1/2 sum_m (y_m - d_m)^2 (y the outputs, d the targets)
    "b125_pl": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    "b125_plc": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
}

NOTATIONS = {
    # the Finnish page's backward method: self.A0 the input row (X == A0), self.A1 the hidden outputs, self.A2 the
    # output, target the label, self.W1 and self.W2 input-first; self.dZ2, self.dZ1 the deltas dL/dZ (the page: "dZ2
    # eli delta ... gradientti häviön suhteen pre-aktivaatioon Z²"), dA1 = dL/dA1, self.dW1 ... self.db2 the gradients;
    # self.sigmoid_derivative the sigmoid's slope written of its output (sigmoidin derivaatta pisteessä A¹)
    "b125_fi": r'''
[notation]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"self.A0" = "x[:].T"
"self.A1" = "a1[:].T"
"self.A2" = "a2[:].T"
"target" = "y[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.dZ2" = "delta2[:].T"
"self.dZ1" = "delta1[:].T"
"dA1" = "grad(a1[:]).T"
"self.dW2" = "grad(W2[:, :]).T"
"self.db2" = "grad(b2[:]).T"
"self.dW1" = "grad(W1[:, :]).T"
"self.db1" = "grad(b1[:]).T"
''',
    # the Swedish notebook's rules for one weight, written in words: gammal_vikt / ny_vikt the weight before and after
    # the step, here the output neuron's weight from hidden neuron 1 (vikt in the code's comments), gammal_bias /
    # ny_bias the output neuron's bias (bias), gradienten_för_denna_vikt its gradient, input_som_passerade_vikten
    # and input_till_vikten the input that crossed it (hidden neuron 1's output), facit the target, gissning and output
    # the output neuron's output, error = facit - output, δ, δ_output and delta the output neuron's "felansvar"
    # (facit - gissning) x sigmoid'(gissning), -dE/dz; Error the hidden neuron 1's error (delta_nästa x
    # vikt_som_kopplar_dem, -dE/d its output), delta_nästa the next layer's delta, vikt_som_kopplar_dem the weight that
    # joins them; α and learning_rate the rate; derivatan_av_sigmoid and sigmoid_derivative the sigmoid's slope
    # written of its output (sigmoid_derivative(sig_output))
    "b125_sv": r'''
[notation]
learning_rate = ["α", "learning_rate"]
functions = { derivatan_av_sigmoid = "sigmoid' at output", sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"gammal_vikt" = "W2[0, 0]"
"ny_vikt" = "new(W2[0, 0])"
"vikt" = "W2[0, 0]"
"input_som_passerade_vikten" = "a1[0]"
"input_till_vikten" = "a1[0]"
"gammal_bias" = "b2[0]"
"ny_bias" = "new(b2[0])"
"facit" = "y[0]"
"gissning" = "a2[0]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"δ_output" = "-delta2[0]"
"δ" = "-delta2[0]"
"delta" = "-delta2[0]"
"Error" = "-grad(a1[0])"
"delta_nästa" = "-delta2[0]"
"vikt_som_kopplar_dem" = "W2[0, 0]"
''',
    # the Dutch lesson's mini-network: x the input, y the output (z2, no activation), y_target the target, W1, W2
    # output-first (W1 @ x), z1, a1 = ReLU(z1), z2; dL_dv and ∂L/∂v the derivative of the loss L by v, relu_grad =
    # (z1 > 0), ReLU the ReLU (ReLU' its slope)
    "b125_nl": r'''
[notation]
loss = ["L"]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "x[:]"
"y" = "a2[0]"
"y_target" = "y[0]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[:]"
"relu_grad" = "Heaviside(z1[:])"
"dL_dy" = "grad(a2[0])"
"dL_dz2" = "delta2[:]"
"dL_dW2" = "grad(W2[:, :])"
"dL_db2" = "grad(b2[:])"
"dL_da1" = "grad(a1[:])"
"dL_dz1" = "delta1[:]"
"dL_dW1" = "grad(W1[:, :])"
"dL_db1" = "grad(b1[:])"
''',
    # nam157's Lab 3: X the input (a column, one sample), A1 the tanh hidden outputs, A2 the output, Y the label, W1 and
    # W2 output-first, dZ2 and dZ1 the deltas dJ/dZ, dW1 ... db2 the gradients (the lab's dW1 = dJ/dW1), m the number of
    # samples (one here), learning_rate the rate
    "b125_vi": r'''
[notation.symbols]
"X" = "x[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"Y" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"dZ2" = "delta2[:]"
"dZ1" = "delta1[:]"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
''',
    # rexxum's derivation: I_1 the input, out_h and sum_h the hidden neuron's output and weighted sum, out_o and sum_o
    # the output neuron's, w_1 (W_1) the weight into h, w_2 (W_2) the weight from h to o, y_hat the target (Zielwert),
    # m the number of output neurons (one), C the Cost, lr and alpha the rate; Error = y - y_hat, the output minus the
    # target (the page's "error = y - \hat y", y the output), Eingaben the inputs of w_2 (out_h)
    "b125_de": r'''
[notation]
loss = ["C", "Cost"]
learning_rate = ["lr", "\\alpha"]
[notation.symbols]
"I_{1}" = "x[0]"
"out_{h}" = "a1[0]"
"sum_{h}" = "z1[0]"
"out_{o}" = "a2[0]"
"sum_{o}" = "z2[0]"
"w_{1}" = "W1[0, 0]"
"W_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"W_{2}" = "W2[0, 0]"
"\\hat{y}" = "y[0]"
"m" = "1"
"Error" = "a2[0] - y[0]"
"Eingaben" = "a1[0]"
''',
    # the same notebook's backward_prop: X the input column, A1 and A2 the layers' outputs, one_hot_Y the targets, W1
    # and W2 output-first, dZ2 and dZ1 dC/dZ (the page calls dW1 its dC/dw_1), m the number of samples (one here),
    # alpha the rate
    "b125_dec": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"X" = "x[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"one_hot_Y" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"dZ2" = "delta2[:]"
"dZ1" = "delta1[:]"
"dW2" = "grad(W2[:, :])"
"dW1" = "grad(W1[:, :])"
"m" = "1"
''',
    # hiai-de's talk: x_i the inputs, h_j the hidden outputs, o the output, y the target, w_{1h1} (w_{ihj}) the weight
    # from input i to hidden neuron j, w_{1o} and w_{o1} (both written) the weight from hidden neuron 1 to the output,
    # b_{hj} and b_o the biases, f the sigmoid, L the loss; the code's d_L__d_o = dL/do, f_deri__sum_o the sigmoid's slope
    # at sum_o, sum_h1 the first hidden neuron's sum, self.hidden_1.weights[i] and self.output.weights[i] the weights
    # into hidden neuron 1 and into the output, sigmoid_derived the sigmoid's slope at its argument
    "b125_hi": r'''
[notation]
loss = ["L"]
learning_rate = ["learning_rate"]
functions = { f = "sigmoid", sigmoid_derived = "sigmoid' at input" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"h_{j}" = "a1[j-1]"
"o" = "a2[0]"
"y" = "y[0]"
"w_{ihj}" = "W1[j-1, i-1]"
"w_{io}" = "W2[0, i-1]"
"w_{oi}" = "W2[0, i-1]"
"b_{hj}" = "b1[j-1]"
"b_{o}" = "b2[0]"
"sum_{h1}" = "z1[0]"
"sum_{o}" = "z2[0]"
"self.hidden_1.weights[i]" = "W1[0, i]"
"self.output.weights[i]" = "W2[0, i]"
''',
    # the French notebook: y (Y) the neuron's prediction, somme_ponderee (sommePonderee) its weighted sum, Erreur (ERREUR)
    # the expected value minus the prediction, PREDICTION the prediction, Gradient the gradient of W11 (the page's worked
    # weight), W11 and W21 the weights from X1 and X2, Wb the bias's weight, Valeur_ajustement_W11 the rate times W11's
    # gradient, Nouveau_W11 and Nouveau_W21 the new weights
    "b125_fr": r'''
[notation.symbols]
"y" = "a1[0]"
"Y" = "a1[0]"
"somme_ponderee" = "z1[0]"
"sommePonderee" = "z1[0]"
"Erreur" = "y[0] - a1[0]"
"ERREUR" = "y[0] - a1[0]"
"PREDICTION" = "a1[0]"
"Gradient" = "grad(W1[0, 0])"
"W11" = "W1[0, 0]"
"W21" = "W1[0, 1]"
"Wb" = "b1[0]"
"X1" = "x[0]"
"X2" = "x[1]"
"Valeur_ajustement_W11" = "0.1*grad(W1[0, 0])"
"Nouveau_W11" = "new(W1[0, 0])"
"Nouveau_W21" = "new(W1[0, 1])"
''',
    # the Portuguese notebook: x the input column, y_alvo the target, saida_oculta and saida_final the hidden and final
    # outputs, erro = y_alvo - saida_final, erro_oculto the hidden layer's error (-dE/d saida_oculta, the error the
    # hidden outputs carry), self.w_1, self.w_2 output-first, self.bias_h, self.bias_o, self.tr the rate, self.dsig the
    # sigmoid's slope written of its output (lambda y: y*(1.0-y))
    "b125_pt": r'''
[notation]
learning_rate = ["self.tr"]
functions = { "self.dsig" = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:]"
"y_alvo" = "y[:]"
"saida_oculta" = "a1[:]"
"saida_final" = "a2[:]"
"erro" = "y[:] - a2[:]"
"erro_oculto" = "-grad(a1[:])"
"self.w_1" = "W1[:, :]"
"self.w_2" = "W2[:, :]"
"self.bias_h" = "b1[:]"
"self.bias_o" = "b2[:]"
''',
    # the Polish notebook's derivation: w_{ij} the weight from input i to output neuron j (counted from 1), x_i the
    # inputs, a_j the neuron's weighted sum, y_j its output, d_j the target, N the number of outputs, E the error
    "b125_pl": r'''
[notation]
loss = ["E"]
[notation.symbols]
"w_{ij}" = "W1[j-1, i-1]"
"x_{i}" = "x[i-1]"
"a_{j}" = "z1[j-1]"
"y_{j}" = "a1[j-1]"
"d_{j}" = "y[j-1]"
"N" = "2"
''',
    # the same notebook's code: rows for the samples (one here), X the input row, y the target row,
    # self.predicted_output the output row, self.weights_input_output input-first (np.dot(X, W)), self.bias_output,
    # output_error = y - output, output_delta the code's delta (-dE/dz: the updates add it), learning_rate the rate,
    # self.sigmoid_derivative the slope written of the output
    "b125_plc": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.predicted_output" = "a1[:].T"
"output_error" = "(y[:] - a1[:]).T"
"output_delta" = "-delta1[:].T"
"self.weights_input_output" = "W1[:, :].T"
"self.bias_output" = "b1[:].T"
''',
}
