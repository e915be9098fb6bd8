"""The networks and notations of batch 129 of the held-out public formulas (tests/public_formulas_batch129.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b129_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the Indonesian exam questions of dudung/soal (0228, 0229, 0230: "Suatu arsitektur JST berjenis feed forward"):
    # two inputs x_1, x_2 (I_1, I_2 in 0230's later version), two hidden neurons y_1, y_2, one output neuron (z_1 in
    # 0228, O_1 in 0229 and 0230), f the activation, f'(x) = f(x) [1 - f(x)] (0230: the sigmoid), no biases (y_1 =
    # f(w_11 x_1 + w_12 x_2), O_1 = f(u_11 y_1 + u_12 y_2)), the total error 1/2 sum [T_1 - O_1]^2 over the N data
    # (one here); eta the rate, no number given
    "b129_jst": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                        'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Persian notes on Andrew Ng's week 5 (mehrdad-dev/ml-andrew-ng-code): layers counted from 1 (the input,
    # a^(1) = x) to L, Theta^(l) the weights from layer l to l + 1 (Theta^(l)_{ij} into unit i of layer l + 1 from
    # unit j of layer l, j = 0 the bias unit), g the sigmoid, the logistic cost of one output (K = 1, no
    # regularization); the figure of backpropagation-2.md: four layers, two units in each hidden layer, one output
    # (delta^(4)_1); two inputs here
    "b129_ng": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the Spanish XOR script (stored file 31231514951): capa1 = sigmoid(capa0 . W1), capa2 = sigmoid(capa1 . W2), no
    # biases, W1 (entrada_dim, capa_oculta) and W2 (capa_oculta, salida_dim) input-first, costo(prediccion, real) =
    # real - prediccion and += updates (the step of half the squared error), tasa_de_aprendizaje = 1.0; 2-5-1 there,
    # 2-3-1 here
    "b129_xor": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                             extra="\n[update]\nlearning_rate = 1.0\n"),
    # the Spanish backpropagation class (stored file 750466601): neurons whose agregacion is np.dot(pesos, entrada)
    # (no bias) and whose activacion is the sigmoid, 4 inputs, 2 hidden neurons, 2 output neurons, error = (salida -
    # activacion) times the slope, the weights moved by + taza * error * input (half the squared error's step),
    # taza_de_aprendizaje 0.2 (three of its four neurons)
    "b129_neu": problem_text('inputs = 4\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                             'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                             extra="\n[update]\nlearning_rate = 0.2\n"),
    # the Portuguese MLP class (stored file 30413603253): rows, z_oculta = X . pesos_entrada_oculta + vieses_oculta
    # (input-first, the biases rows), sigmoid layers, erro_saida = y_desejada - a_saida and += updates (half the
    # squared error's step; the printed Erro is np.mean of the squares), learning_rate a constructor argument (the
    # default rate here); 2-3-1 here
    "b129_mlp": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the Portuguese MLP(object) (stored file 2519701608): pesos_entrada_oculta (oculta, entrada) and
    # pesos_oculta_saida (saida, oculta) output-first, np.dot(pesos, camada) of 1-D arrays, no biases, sigmoid layers,
    # erro_saida = esperado - camada_saida and += updates, taxaDeAprendizado = 0.1 by default; 2-3-2 here
    "b129_mlp2": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                         'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Fortran module mod_redes_neurais commented in Portuguese (stored file 53875190705): a dense layer's
    # pesos(n_saida, n_entrada) output-first and bias(n_saida), a ReLU hidden layer and a linear output (backprop_2camadas:
    # "MSE + linear"), the MSE (1/n) sum (y_hat - y)^2 over the n_saida outputs, eta the rate; 2-3-2 here
    "b129_f90": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "identity"',
                        loss="mean_squared_error"),
    # the Italian notes on 3Blue1Brown's chapter (stored file 42456779040, "Caso semplificato"): four levels of one
    # neuron each, three weights and three biases, z^(L) = w^(L) a^(L-1) + b^(L), a^(L) = sigma(z^(L)), C_0 = (a^(L) -
    # y)^2 the cost of one training example
    "b129_it": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"', loss="squared_error"),
}

NOTATIONS = {
    # 0228: x_i the inputs, y_i the hidden outputs, z_1 the output, w_{ij} the weight into hidden neuron i from input
    # j (y_1 = f(w_11 x_1 + w_12 x_2)), u_{1j} the weight into the output from hidden neuron j, f the activation
    "b129_jst8": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"y_{i}" = "a1[i-1]"
"z_{1}" = "a2[0]"
"w_{ij}" = "W1[i-1, j-1]"
"u_{ij}" = "W2[i-1, j-1]"
''',
    # 0229: the same weights, \epsilon the total error (one datum here), \eta the rate, ^+ the changed weight
    "b129_jst9": r'''
[notation]
indices = "ij"
loss = ["\\epsilon"]
functions = { f = "sigmoid" }
[notation.symbols]
"w_{ij}" = "W1[i-1, j-1]"
"u_{ij}" = "W2[i-1, j-1]"
''',
    # 0230 (commit 5a1367e): the k-th datum's x_i^{(k)}, y_i^{(k)}, O_1^{(k)} and target T_1^{(k)} (k the datum, one
    # here), \varepsilon_k its error and \varepsilon the total, v_{ij} "a weight" (any of them; named here as the w's, the
    # weights the update rule is checked on), \delta_{i1} Kronecker's
    "b129_jst0": r'''
[notation]
indices = "ij"
loss = ["\\varepsilon", "\\varepsilon_{k}"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}^{(k)}" = "x[i-1]"
"y_{i}^{(k)}" = "a1[i-1]"
"O_{1}^{(k)}" = "a2[0]"
"T_{1}^{(k)}" = "y[0]"
"w_{ij}" = "W1[i-1, j-1]"
"u_{ij}" = "W2[i-1, j-1]"
"v_{ij}" = "W1[i-1, j-1]"
''',
    # 0230's earlier draft (commit 5d72b6a, 2021-04-14 17:53): the same page with I_i^{(k)} for the inputs
    "b129_jst0n": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"I_{i}^{(k)}" = "x[i-1]"
"O_{1}^{(k)}" = "a2[0]"
"w_{ij}" = "W1[i-1, j-1]"
"u_{ij}" = "W2[i-1, j-1]"
''',
    # Ng's letters as the Persian notes write them: a^{(l)}, z^{(l)} of layer l (layer 1 the input; a_j^{(l)}, z_j^{(l)}
    # of its unit j, counted from 1; the per-unit ones added after the first blind run), \Theta^{(l)} the
    # weights from layer l to l + 1 (\Theta^{(l)}_{ij} into unit i of layer l + 1 from unit j of layer l), \delta^{(l)}
    # dcost/dz^{(l)}, g the sigmoid (g' its slope at z), h_\Theta(x^{(t)}) the network's output at the sample t, y^{(t)}
    # its target, cost(t) its logistic cost
    "b129_ng": r'''
[notation]
indices = "ijl"
loss = ["cost"]
functions = { g = "sigmoid", "h_{\\Theta}" = "layer" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(l)}" = "a{l-1}[:]"
"a_{j}^{(l)}" = "a{l-1}[j-1]"
"z^{(l)}" = "z{l-1}[:]"
"z_{j}^{(l)}" = "z{l-1}[j-1]"
"\\Theta^{(l)}" = "W{l}[:, :]"
"\\Theta_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"\\delta^{(l)}" = "delta{l-1}[:]"
"\\delta_{j}^{(l)}" = "delta{l-1}[j-1]"
"x^{(t)}" = "x[:]"
"y^{(t)}" = "y[0]"
''',
    # the Spanish XOR script: rows, capa0 the inputs (X), capa1 and capa2 the layers' outputs, Y the targets, W1 and
    # W2 input-first, capa2_error = Y - capa2, capa2_d and capa1_delta -dE/dz (the updates add them), capa1_error
    # -dE/dcapa1; costo(prediccion, real) = real - prediccion, sigmoid_derivative(sx) = sx (1 - sx) of an output
    "b129_xor": r'''
[notation]
learning_rate = ["tasa_de_aprendizaje"]
functions = { sigmoid_derivative = "sigmoid' at output", costo = "-half_squared_error' by output(prediction, target)" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"capa0" = "x[:].T"
"capa1" = "a1[:].T"
"capa2" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"capa2_error" = "(y[:] - a2[:]).T"
"capa2_d" = "-delta2[:].T"
"capa1_error" = "-grad(a1[:]).T"
"capa1_delta" = "-delta1[:].T"
''',
    # the Spanish class's output loop (k the output neuron zipped with its target): activacion its output, salida its
    # target, error_neurona_capa_salida its error term (-dE/dz: the weights move by + taza * error * input)
    "b129_neu": r'''
[notation]
indices = "k"
[notation.symbols]
"activacion" = "a2[k]"
"salida" = "y[k]"
"error_neurona_capa_salida" = "-delta2[k]"
''',
    # the same class's hidden loop (j the hidden neuron): activacion_capa_oculta its output, error_retropropagado the
    # error carried back to it (the sum over the outputs of their error terms times the weights: -dE/d a1[j], as the
    # comment "Cálculo de los errores retropropagados" means it), error_neurona_capa_oculta its error term
    "b129_neuh": r'''
[notation]
indices = "j"
[notation.symbols]
"activacion_capa_oculta" = "a1[j]"
"error_retropropagado" = "-grad(a1[j])"
"error_neurona_capa_oculta" = "-delta1[j]"
''',
    # the Portuguese MLP class: rows, X_input the inputs, a_oculta and a_saida the layers' outputs (self.z_oculta,
    # self.z_saida their sums), y_desejada the targets, pesos input-first, vieses rows; erro_saida = y_desejada -
    # a_saida, delta_saida and delta_oculta -dE/dz, erro_oculta -dE/d a_oculta, the d_ arrays minus the gradients
    # (the updates add them); MLP.derivada_sigmoide the sigmoid's slope at its argument
    "b129_mlp": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { "MLP.derivada_sigmoide" = "sigmoid' at input" }
[notation.symbols]
"X_input" = "x[:].T"
"y_desejada" = "y[:].T"
"a_oculta" = "a1[:].T"
"a_saida" = "a2[:].T"
"self.z_oculta" = "z1[:].T"
"self.z_saida" = "z2[:].T"
"self.pesos_entrada_oculta" = "W1[:, :].T"
"self.pesos_oculta_saida" = "W2[:, :].T"
"self.vieses_oculta" = "b1[:].T"
"self.vieses_saida" = "b2[:].T"
"erro_saida" = "(y[:] - a2[:]).T"
"delta_saida" = "-delta2[:].T"
"erro_oculta" = "-grad(a1[:]).T"
"delta_oculta" = "-delta1[:].T"
"d_pesos_oculta_saida" = "-grad(W2[:, :]).T"
"d_vieses_saida" = "-grad(b2[:]).T"
"d_pesos_entrada_oculta" = "-grad(W1[:, :]).T"
"d_vieses_oculta" = "-grad(b1[:]).T"
''',
    # the Portuguese MLP(object): 1-D arrays, self.camada_entrada the inputs, self.camada_oculta and
    # self.camada_saida the layers' outputs, esperado the targets, pesos output-first; erro_saida = esperado -
    # camada_saida, delta_saida and delta_oculta -dE/dz, erro_oculta -dE/d camada_oculta;
    # derivadaAtivacaoSigmoidal(valor) = valor (1 - valor), the slope written of an output
    "b129_mlp2": r'''
[notation]
learning_rate = ["self.taxaDeAprendizado"]
functions = { "self.derivadaAtivacaoSigmoidal" = "sigmoid' at output" }
[notation.symbols]
"self.camada_entrada" = "x[:]"
"self.camada_oculta" = "a1[:]"
"self.camada_saida" = "a2[:]"
"esperado" = "y[:]"
"self.pesos_entrada_oculta" = "W1[:, :]"
"self.pesos_oculta_saida" = "W2[:, :]"
"erro_saida" = "y[:] - a2[:]"
"delta_saida" = "-delta2[:]"
"erro_oculta" = "-grad(a1[:])"
"delta_oculta" = "-delta1[:]"
''',
    # the Fortran module: arrays counted from 1 (named whole: the format takes no pattern y_out(i), a name with an
    # underscore before its index), y_out the outputs, y_true the targets, h_out the hidden outputs, x_ent the inputs, n_saida the number of outputs (2), camadaN%pesos(i,j) output-first and
    # camadaN%bias, delta_saida and delta_hidden dL/dz, camadaN%grad_bias the biases' gradients (what the
    # loop adds up, delta of the one sample), drelu the ReLU's slope, eta the rate
    "b129_f90": r'''
[notation]
indices = "ij"
functions = { drelu = "relu' at input" }
[notation.symbols]
"y_out" = "a2[:]"
"y_true" = "y[:]"
"h_out" = "a1[:]"
"x_ent" = "x[:]"
"n_saida" = "2"
"delta_saida" = "delta2[:]"
"delta_hidden" = "delta1[:]"
"camada2%pesos" = "W2[:, :]"
"camada1%pesos" = "W1[:, :]"
"camada1%bias" = "b1[:]"
"camada2%bias" = "b2[:]"
"camada1%grad_bias" = "grad(b1[:])"
"camada2%grad_bias" = "grad(b2[:])"
''',
    # the Italian notes: levels counted from 0 (the input) to L = 3, one neuron each; a^(l) the activation of level
    # l, z^(l) its weighted sum, w^(l) and b^(l) its weight and bias, y the desired activation, C_0 the cost of the
    # example, sigma the sigmoid
    "b129_it": r'''
[notation]
indices = "l"
loss = ["C_0"]
[notation.symbols]
"a^{(0)}" = "x[0]"
"a^{(l)}" = "a{l}[0]"
"z^{(l)}" = "z{l}[0]"
"w^{(l)}" = "W{l}[0, 0]"
"b^{(l)}" = "b{l}[0]"
''',
}
