"""The networks and notations of batch 89 of the held-out public formulas (tests/public_formulas_batch89.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b89_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# np.random.seed(1); 2*np.random.random((3,4)) - 1 and 2*np.random.random((4,1)) - 1 (Grokking Deep Learning's
# streetlight network, also blackadress' Spanish notebook of Siraj Raval's), written output-first
_SEED1_W1 = ("[[-0.166, -0.7065, -0.2065], [0.4406, -0.8153, 0.0776], [-0.9998, -0.6275, -0.1616], "
             "[-0.3953, -0.3089, 0.3704]]")
_SEED1_W2 = "[[-0.5911, 0.7562, -0.9452, 0.3409]]"

NETWORKS = {
    # sshhan's Chinese notes (Zhou Zhihua's notation): d inputs x_i -> q sigmoid hidden units (v_{ih}, thresholds
    # gamma_h: b_h = f(alpha_h - gamma_h)) -> l sigmoid outputs (w_{hj}, thresholds theta_j), E_k = 1/2 sum_j
    # (y_j - y hat_j)^2; d = 3, q = 2, l = 2 here (the notes leave them general)
    "b89_ssh": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # sshhan's 3-2-1 exercise: X = [0.5, 0.1, -0.2] -> 2 sigmoid (weights_input_to_hidden, input-first, no bias)
    # -> one sigmoid output (weights_hidden_to_output = [0.1, -0.3]), target 0.6, learnrate 0.5; error = target -
    # output and the error terms are those of half the squared error
    "b89_ssh2": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                             'weights = [[0.5, 0.1, 0.1], [-0.6, -0.2, 0.7]]',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3]]',
                             loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.6]", 0.5)),
    # joomong0620's Korean notebook, linear-sigmoid-BCELoss: x = 3.5 -> one sigmoid unit (w = 2, b = 1), y = 0,
    # the binary cross-entropy
    "b89_joo1": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[2.0]]\nbiases = [1.0]',
                             loss="binary_cross_entropy", extra=_data("[3.5]", "[0.0]", 0.1)),
    # joomong0620's linear-ReLU-MSELoss: x = 3.5 -> h = ReLU(w_1 x + b_1) (w_1 = 2, b_1 = 1) -> y hat = w_2 h + b_2
    # (w_2 = 1.5, b_2 = 0.5), y = 10, L = (y hat - y)^2
    "b89_joo2": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nweights = [[2.0]]\nbiases = [1.0]',
                             'units = 1\nactivation = "identity"\nweights = [[1.5]]\nbiases = [0.5]',
                             loss="squared_error", extra=_data("[3.5]", "[10.0]", 0.1)),
    # blackadress' Spanish notebook (Siraj Raval's course): [1, 0, 1] (the third input a constant 1) -> 4 sigmoid
    # (sinapsis0, input-first, np.random.seed(1), no bias) -> one sigmoid output (sinapsis1), y = 1; the error
    # y - output and its deltas are those of half the squared error; the updates add the step (a rate of 1)
    "b89_bla": problem_text(f'inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"\nweights = {_SEED1_W1}',
                            f'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = {_SEED1_W2}',
                            loss="half_squared_error", extra=_data("[1.0, 0.0, 1.0]", "[1.0]", 1.0)),
    # chvn00's Spanish notebook: one sigmoid neuron, x = [0.5, 0.8], W = [0.1, -0.4], b = 0.2, y = 1,
    # L = 0.5 (y - y hat)^2, eta 0.1 (the notebook tries 0.01, 0.1 and 0.5)
    "b89_chv": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.1, -0.4]]\n'
                            'biases = [0.2]', loss="half_squared_error", extra=_data("[0.5, 0.8]", "[1.0]", 0.1)),
    # jteich99's Spanish class notebook: its simulation's last layer, 2 inputs -> one sigmoid output (layer L),
    # C = 1/2 sum_j (y_j - a^L_j)^2
    "b89_jte": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # ygej's Korean Aiffel notebook: X -> a sigmoid hidden layer -> softmax, the cross-entropy (MNIST's 784-50-10
    # there; 4-3-3 here), one sample (batch_num 1)
    "b89_yge": _layers('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # jiexunsee's 3layer.py (the issue thread quotes its train step): 3 inputs -> 5 sigmoid -> 6 sigmoid -> one
    # sigmoid output, no biases, samples as rows; the error y - output added to the weights is half the squared
    # error's descent
    "b89_jie": _layers('inputs = 3\nunits = 5\nactivation = "sigmoid"\nbias = "none"',
                       'units = 6\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # hankcs' bpnn.py (the issue is on its line): 2 inputs and a bias node -> 2 sigmoid hidden -> one sigmoid
    # output (no bias), half the squared error
    "b89_han": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # Grokking Deep Learning's streetlight network (the issue thread on chapter 6's code): [1, 0, 1] -> 4 ReLU
    # (weights_0_1, input-first, np.random.seed(1)) -> one linear output (weights_1_2), no biases, walk_vs_stop 1,
    # alpha 0.2; the thread gives no loss, and the code's deltas and += steps descend half the squared error
    "b89_g37": problem_text(f'inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"\nweights = {_SEED1_W1}',
                            f'units = 1\nactivation = "identity"\nbias = "none"\nweights = {_SEED1_W2}',
                            loss="half_squared_error", extra=_data("[1.0, 0.0, 1.0]", "[1.0]", 0.2)),
    # Grokking Deep Learning's chapter 5 (the issue thread on page 81's code): [toes, wlrec, nfans] = [8.5, 0.65,
    # 1.2] -> one linear output (weights [0.1, 0.2, -0.1]), true 1, error = (pred - true) ** 2, alpha 0.01
    "b89_g41": problem_text('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                            'weights = [[0.1, 0.2, -0.1]]',
                            loss="squared_error", extra=_data("[8.5, 0.65, 1.2]", "[1.0]", 0.01)),
}

NOTATIONS = {
    # Zhou's letters: x_i the inputs, v_{ih} the weight from input i to hidden unit h, gamma_h the hidden
    # threshold (b_h = f(alpha_h - gamma_h), alpha_h = sum_i v_{ih} x_i: the threshold is minus the bias), b_h the
    # hidden outputs, w_{hj} the weight from hidden unit h to output j, theta_j the output threshold, beta_j =
    # sum_h w_{hj} b_h, y hat_j^k the outputs and y_j^k the targets of sample k, E_k the loss; g_j and e_h the
    # gradient terms (-dE/d(sum) at the output and hidden units), the Delta steps -eta dE/d(parameter) (of a
    # threshold, eta dE/d(bias)); f the sigmoid; all counted from 1
    "b89_ssh": r'''
[notation]
indices = "hij"
loss = ["E_{k}"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"v_{ih}" = "W1[h-1, i-1]"
"\\gamma_{h}" = "-b1[h-1]"
"\\alpha_{h}" = "z1[h-1] - b1[h-1]"
"b_{h}" = "a1[h-1]"
"w_{hj}" = "W2[j-1, h-1]"
"\\theta_{j}" = "-b2[j-1]"
"\\beta_{j}" = "z2[j-1] - b2[j-1]"
"\\hat{y}_{j}^{k}" = "a2[j-1]"
"y_{j}^{k}" = "y[j-1]"
"g_{j}" = "-delta2[j-1]"
"e_{h}" = "-delta1[h-1]"
"\\Delta w_{hj}" = "-eta*grad(W2[j-1, h-1])"
"\\Delta v_{ih}" = "-eta*grad(W1[h-1, i-1])"
"\\Delta \\theta_{j}" = "eta*grad(b2[j-1])"
"\\Delta \\gamma_{h}" = "eta*grad(b1[h-1])"
''',
    # the exercise's names: X the input, weights_input_to_hidden (input-first) and weights_hidden_to_output, the
    # layers' inputs and outputs, target, error = target - output, the error terms -dE/d(sum) (half the squared
    # error), delta_w_h_o and delta_w_i_h the steps (delta_w_i_h input-first), learnrate the rate
    "b89_ssh2": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"X" = "x[:]"
"weights_input_to_hidden" = "W1[:, :].T"
"weights_hidden_to_output" = "W2[0, :]"
"hidden_layer_input" = "z1[:]"
"hidden_layer_output" = "a1[:]"
"output_layer_in" = "z2[0]"
"output" = "a2[0]"
"target" = "y[0]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-delta2[0]"
"hidden_error_term" = "-delta1[:]"
"delta_w_h_o" = "-eta*grad(W2[0, :])"
"delta_w_i_h" = "-eta*grad(W1[:, :]).T"
''',
    # the notebook's letters for the sigmoid neuron: x, w, b, z = wx + b, y hat the output, y the label, L the
    # binary cross-entropy
    "b89_joo1": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # the notebook's letters for the ReLU network: x, w_1, b_1, z_1, h = ReLU(z_1), w_2, b_2, z_2 = y hat, y, L
    "b89_joo2": r'''
[notation]
loss = ["L"]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "x[0]"
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"h" = "a1[0]"
"w_{2}" = "W2[0, 0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the notebook's Spanish names: capa_0, capa_1, capa_2 the layers (rows), sinapsis0 and sinapsis1 the weights
    # (input-first), data_entrenamiento_y the targets, capa_2_error = y - output, the deltas -dE/d(sum) and
    # capa_1_error -dE/d(capa_1); sigmoide the sigmoid, derivada_sigmoide its derivative at the output ("Aqui
    # definimos la derivada de la sigmoide")
    "b89_bla": r'''
[notation]
functions = { sigmoide = "sigmoid", derivada_sigmoide = "sigmoid' at output" }
[notation.symbols]
"capa_0" = "x[:].T"
"data_entrenamiento_x" = "x[:].T"
"data_entrenamiento_y" = "y[:].T"
"sinapsis0" = "W1[:, :].T"
"sinapsis1" = "W2[:, :].T"
"capa_1" = "a1[:].T"
"capa_2" = "a2[:].T"
"capa_2_error" = "y[:].T - a2[:].T"
"capa_2_delta" = "-delta2[:].T"
"capa_1_error" = "-grad(a1[:]).T"
"capa_1_delta" = "-delta1[:].T"
''',
    # the notebook's names: x, W (a vector), b, z, y_hat, y, L; dz, dW, db its gradients; W_t and W_(t+1), b_t and
    # b_(t+1) the parameters before and after the step; sigma the sigmoid, sigmoid_derivative its derivative at z
    "b89_chv": r'''
[notation]
loss = ["L"]
functions = { sigma = "sigmoid", sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"x" = "x[:]"
"W" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"y_hat" = "a1[0]"
"y" = "y[0]"
"dz" = "delta1[0]"
"dW" = "grad(W1[0, :])"
"db" = "grad(b1[0])"
"W_t" = "W1[0, :]"
"b_t" = "b1[0]"
"W_(t+1)" = "new(W1[0, :])"
"b_(t+1)" = "new(b1[0])"
''',
    # the class's letters: layer L the output layer (the only one here), a^L_j its outputs (counted from 1), z^L
    # and b^L its sum and bias, w_i^L the weight from a_i^{L-1} (the inputs here), y_j the targets, delta^{(L)} =
    # dC/dz^{(L)}, C the cost
    "b89_jte": r'''
[notation]
indices = "ij"
loss = ["C"]
[notation.symbols]
"a_{j}^{L}" = "a1[j-1]"
"a^{L}" = "a1[0]"
"z^{L}" = "z1[0]"
"b^{L}" = "b1[0]"
"w_{i}^{L}" = "W1[0, i-1]"
"a_{i}^{L-1}" = "x[i-1]"
"y_{j}" = "y[j-1]"
"\\delta^{L}" = "delta1[0]"
''',
    # the notebook's names (samples as rows): X, W1 and W2 input-first, b1, b2; a1 and a2 the layers' SUMS, z1 the
    # hidden outputs (sigmoid(a1)), y_hat the softmax output, t the one-hot label, batch_num the number of samples
    # (one); dy = dL/da2, dz1 = dL/dz1 (the hidden outputs), da1 = dL/da1 (the hidden sums), dW and db the
    # gradients; sigmoid_grad the sigmoid's derivative at the sum it is given; learning_rate the rate
    "b89_yge": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_grad = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"a1" = "z1[:].T"
"z1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"a2" = "z2[:].T"
"y_hat" = "a2[:].T"
"t" = "y[:].T"
"batch_num" = "1"
"dy" = "delta2[:].T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dz1" = "grad(a1[:]).T"
"da1" = "delta1[:].T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the code's names (samples as rows): training_set_inputs and training_set_outputs, the synaptic weights
    # (input-first), a2 and a3 the hidden layers' outputs (rows), output; del4 the output's delta -dE/d(sum) (a
    # row), del3 and del2 the hidden deltas (columns: dot(weights, del4.T)); err4 = y - output (the thread's
    # name); self.__sigmoid_derivative the sigmoid's derivative at the output (x*(1-x)), named as the page writes
    # it (the collector first wrote sigmoid_derivative, the loader refusing a private dotted name; entries unchanged)
    "b89_jie": r'''
[notation]
functions = { "self.__sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"training_set_inputs" = "x[:].T"
"training_set_outputs" = "y[:].T"
"self.synaptic_weights1" = "W1[:, :].T"
"self.synaptic_weights2" = "W2[:, :].T"
"self.synaptic_weights3" = "W3[:, :].T"
"a2" = "a1[:].T"
"a3" = "a2[:].T"
"output" = "a3[:].T"
"err4" = "y[:].T - a3[:].T"
"del4" = "-delta3[:].T"
"del3" = "-delta2[:]"
"del2" = "-delta1[:]"
''',
    # bpnn.py's names: self.ao[k] the outputs, output_deltas[k] their deltas -dE/d(sum), error = targets[k] -
    # self.ao[k] (one output here), dsigmoid the sigmoid's derivative at the output (y*(1-y))
    "b89_han": r'''
[notation]
indices = "k"
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"output_deltas[k]" = "-delta2[k]"
"self.ao[k]" = "a2[k]"
"error" = "y[0] - a2[0]"
''',
    # the book's names: layer_0, layer_1, layer_2 the layers (rows), weights_0_1 and weights_1_2 input-first,
    # walk_vs_stop the targets, layer_2_delta and layer_1_delta the deltas as the book's code uses them
    # (-dL/dz), alpha the rate, relu2deriv ReLU's derivative taken at the output
    "b89_g37": r'''
[notation]
learning_rate = ["alpha"]
functions = { relu2deriv = "relu' at output" }
[notation.symbols]
"layer_0" = "x[:].T"
"layer_1" = "a1[:].T"
"layer_2" = "a2[:].T"
"weights_0_1" = "W1[:, :].T"
"weights_1_2" = "W2[:, :].T"
"walk_vs_stop" = "y[:].T"
"layer_2_delta" = "-delta2[:].T"
"layer_1_delta" = "-delta1[:].T"
''',
    # the book's names: input, weight (vectors), pred, true, error the loss; delta what its comment says,
    # "the partial of L w.r.t. pred"
    "b89_g41": r'''
[notation]
loss = ["error"]
[notation.symbols]
"input" = "x[:]"
"weight" = "W1[0, :]"
"pred" = "a1[0]"
"true" = "y[0]"
"delta" = "grad(a1[0])"
''',
}
