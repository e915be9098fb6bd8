"""The networks and notations of batch 128 of the held-out public formulas (tests/public_formulas_batch128.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b128_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the Korean blog post "Back Propagation" (after wikidocs' 역전파 이해하기): 2 inputs, 2 sigmoid hidden units, 2
    # sigmoid outputs, no biases, W_{ij} from x_i to z_j and U_{ij} from h_i to t_j (z_1 = W_{11} x_1 + W_{21} x_2),
    # E_tot = E_1 + E_2 with E_j = 1/2 (y_j - o_j)^2; the page's numbers: x = (0.1, 0.2), W_11 = 0.3, W_21 = 0.25,
    # W_12 = 0.4, W_22 = 0.35, U_11 = 0.45, U_21 = 0.4, U_12 = 0.7, U_22 = 0.6, y = (0.4, 0.6), alpha = 0.5
    "b128_kob": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                             'weights = [[0.3, 0.25], [0.4, 0.35]]',
                             'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.45, 0.4], [0.7, 0.6]]',
                             loss="half_squared_error", extra=_data("[0.1, 0.2]", "[0.4, 0.6]", 0.5)),
    # the Korean study notes (wikidocs' example, its names): W_1 ... W_4 into the hidden units (z_1 = W_1 x_1 + W_2
    # x_2, z_2 = W_3 x_1 + W_4 x_2), W_5 ... W_8 into the outputs (z_3 = W_5 h_1 + W_6 h_2, z_4 = W_7 h_1 + W_8 h_2),
    # sigmoid everywhere, no biases, E_total = E_o1 + E_o2; the same numbers as the blog post's
    "b128_kon": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                             'weights = [[0.3, 0.25], [0.4, 0.35]]',
                             'units = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.45, 0.4], [0.7, 0.6]]',
                             loss="half_squared_error", extra=_data("[0.1, 0.2]", "[0.4, 0.6]", 0.5)),
    # the Korean homework code (a 2-layer network on five features of MNIST digits 0-2): sigmoid hidden and output
    # layers, the bias as the last row of W0 and W1 (input-first, np.dot(np.append(x, 1), w)), the error
    # E_o_diff = -2 (Y - Y_pred), the derivative of the sum of the squared errors; 5-4-3 there, 2-3-2 here
    "b128_koc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="squared_error"),
    # the Russian notebook backpropogation_fs: compute_gradients(delta, a_prev) for one layer, here the first layer of
    # sigmoid units (3 inputs a_prev, 2 units, its example's sizes) with biases under half the squared error
    "b128_ru": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # the Spanish notes on Bishop's chapter 5: the linear model of (5.46)-(5.47), y_k = sum_i w_ki x_i (no bias,
    # 3 inputs, 2 outputs), E_n = 1/2 sum_k (y_nk - t_nk)^2
    "b128_esl": _layers('inputs = 3\nunits = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the same notes' network of (5.48)-(5.56): a_j = sum_i w_ji z_i, z_j = h(a_j) with h = tanh, linear outputs
    # (delta_k = y_k - t_k), no biases written, E_n half the sum of the squared errors
    "b128_es": _layers('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                       'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the Vietnamese post "Giải thích chi tiết thuật toán Backpropagation" (nguyentruonglong.net's source): 2 inputs, 2
    # sigmoid hidden units, 1 sigmoid output, with biases, L = 1/2 (y - y_hat)^2, the page's numbers: x = (0.2, 0.4),
    # W1 = [[0.10, -0.20], [0.30, 0.25]], b1 = (0.01, -0.02), W2 = [0.80, 0.90], b2 = 0.10, y = 1.0, alpha = 0.1
    "b128_vi": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                            'weights = [[0.10, -0.20], [0.30, 0.25]]\nbiases = [0.01, -0.02]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.80, 0.90]]\nbiases = [0.10]',
                            loss="half_squared_error", extra=_data("[0.2, 0.4]", "[1.0]", 0.1)),
    # the Turkish post "Bir Nöron Ne Yapabilir?": one sigmoid neuron, two features, a bias, the binary cross-entropy
    # (one sample per step: N = 1), lr = 0.01 (train_model_with_boundary's default); W a (2, 1) column (input-first,
    # torch.matmul(x_sample, W)), x_sample a row
    # the Italian class MyDL (SGD_DL): weights without biases (w @ a), ReLU hidden layers, a Softmax output layer, the
    # squared error (its derivative 2 (P - E), "come metrica la MSE") against the expected outputs E; 25-20-20-20-5
    # there, 3-4-2 here
    "b128_it": _layers('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                       'units = 2\nactivation = "softmax"\nbias = "none"', loss="squared_error"),
    # the Indonesian book chapter "Backpropagation & Optimasi" (Bab 4): its numeric example, one neuron y = w x without
    # a bias, one sample x = 2, y_target = 4, the loss (w x - y_t)^2 / 1 (the squared error of the one sample), w = 1,
    # eta = 0.1
    "b128_id": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[1.0]]',
                            loss="squared_error", extra=_data("[2.0]", "[4.0]", 0.1)),
    "b128_tr": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                            extra="\n[update]\nlearning_rate = 0.01\n"),
}

NOTATIONS = {
    # the Korean blog post: x_i the inputs, W_{ij} the weight from x_i to hidden unit j, z_j its sum, h_j its output,
    # U_{ij} the weight from h_i to output unit j, t_j its sum, o_j its output, y_j the targets (counted from 1), E_j
    # = 1/2 (y_j - o_j)^2 and E_tot = E_1 + E_2 the loss, alpha the rate, U_{11}^{+} the updated weight
    "b128_kob": r'''
[notation]
indices = "ij"
loss = ["E_{tot}"]
learning_rate = ["\\alpha"]
functions = { sigmoid = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"W_{ij}" = "W1[j-1, i-1]"
"U_{ij}" = "W2[j-1, i-1]"
"z_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"t_{j}" = "z2[j-1]"
"o_{j}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
"E_{j}" = "0.5*(y[j-1] - a2[j-1])**2"
''',
    # the Korean notes: wikidocs' names, W_1 ... W_8 one by one, z_1 ... z_4 the sums, h_j and o_j the outputs,
    # target_{oj} and output_{oj} the target and the output of output unit j, E_{oj} its half squared error,
    # E_total the loss
    "b128_kon": r'''
[notation]
indices = "j"
loss = ["E_{total}"]
functions = { sigmoid = "sigmoid" }
[notation.symbols]
"x_{j}" = "x[j-1]"
"W_{1}" = "W1[0, 0]"
"W_{2}" = "W1[0, 1]"
"W_{3}" = "W1[1, 0]"
"W_{4}" = "W1[1, 1]"
"W_{5}" = "W2[0, 0]"
"W_{6}" = "W2[0, 1]"
"W_{7}" = "W2[1, 0]"
"W_{8}" = "W2[1, 1]"
"z_{1}" = "z1[0]"
"z_{2}" = "z1[1]"
"z_{3}" = "z2[0]"
"z_{4}" = "z2[1]"
"h_{j}" = "a1[j-1]"
"o_{j}" = "a2[j-1]"
"target_{oj}" = "y[j-1]"
"output_{oj}" = "a2[j-1]"
"E_{oj}" = "0.5*(y[j-1] - a2[j-1])**2"
''',
    # the Korean code's output-layer block (역전파 1단계): self.Y[i] the sample's one-hot target (i the sample, the
    # first here), Y_pred the outputs, self.H the hidden outputs with the appended 1, self.W1[j][k] the weight from
    # hidden unit j to output k (input-first, the bias its last row), E_o_diff = dE/dY_pred[k], o_z_diff the sigmoid's
    # slope at output k, z_w_diff = self.H[j], Etotal_w the weight's gradient, lr the rate
    "b128_koc": r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
[notation.symbols]
"i" = "0"
"self.Y[i][k]" = "y[k]"
"Y_pred[k]" = "a2[k]"
"self.H[j]" = "a1[j]"
"self.W1[j][k]" = "W2[k, j]"
"E_o_diff" = "grad(a2[k])"
"o_z_diff" = "a2[k]*(1 - a2[k])"
"z_w_diff" = "a1[j]"
"Etotal_w" = "grad(W2[k, j])"
''',
    # the same code's hidden-layer block (역전파 2단계): Input the sample with the appended 1, self.W0[j][k] the weight
    # from input j to hidden unit k (input-first, the bias its last row), Etotal_h_diff = dE/dH[k], h_z_diff the
    # sigmoid's slope at hidden unit k, z_w_diff = Input[j], Etotal_w the weight's gradient
    "b128_koc2": r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
[notation.symbols]
"Input[j]" = "x[j]"
"self.H[k]" = "a1[k]"
"self.W0[j][k]" = "W1[k, j]"
"Etotal_h_diff" = "grad(a1[k])"
"h_z_diff" = "a1[k]*(1 - a1[k])"
"z_w_diff" = "x[j]"
"Etotal_w" = "grad(W1[k, j])"
''',
    # the Russian notebook: delta the current layer's errors dL/dz as a column (delta[i][0] unit i's), a_prev the
    # previous layer's outputs as a column (here the inputs), dW and db the gradients (dL/dW, dL/db, the docstring),
    # grad the gradient of W[i][j]; backprop(W, b, a): W the weights, b the biases, a the rate, o the weights'
    # gradient (o, b = compute_gradients())
    "b128_ru": r'''
[notation]
indices = "ij"
learning_rate = ["a"]
[notation.symbols]
"delta" = "delta1[:]"
"delta[i][0]" = "delta1[i]"
"a_prev" = "x[:]"
"a_prev[j][0]" = "x[j]"
"dW" = "grad(W1[:, :])"
"db" = "grad(b1[:])"
"grad" = "grad(W1[i, j])"
"W" = "W1[:, :]"
"b" = "b1[:]"
"o" = "grad(W1[:, :])"
"m" = "2"
''',
    # the Spanish notes' linear model: y_{nk} the output k for the data point n, t_{nk} its target, x_{ni} the input
    # i, w_{ji} the weight from input i to output j (counted from 1), E_n the data point's error
    "b128_esl": r'''
[notation]
indices = "ijk"
loss = ["E_n"]
[notation.symbols]
"y_{nk}" = "a1[k-1]"
"t_{nk}" = "y[k-1]"
"x_{ni}" = "x[i-1]"
"w_{ji}" = "W1[j-1, i-1]"
''',
    # the same notes' network (Bishop's letters): i the inputs, j the hidden units, k the outputs, counted from 1;
    # z_i the inputs of hidden unit j, w_{ji} and w_{kj} the weights, a_j and a_k the sums, z_j = h(a_j) the hidden
    # outputs, y_k the outputs, t_k the targets, delta = dE_n/da, h = tanh (h' its slope at the sum)
    "b128_es": r'''
[notation]
indices = "ijk"
loss = ["E_n"]
functions = { h = "tanh", "h'" = "tanh' at input" }
[notation.symbols]
"z_{i}" = "x[i-1]"
"w_{ji}" = "W1[j-1, i-1]"
"w_{kj}" = "W2[k-1, j-1]"
"a_{j}" = "z1[j-1]"
"z_{j}" = "a1[j-1]"
"a_{k}" = "z2[k-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\delta_{k}" = "delta2[k-1]"
''',
    # the Vietnamese post: the deep-learning courses' layer superscripts [1], [2]; x_j the inputs, z_j^{[1]} and
    # a_j^{[1]} the hidden sums and outputs, a^{[1]} their vector, W^{[1]}, b^{[1]}, W^{[2]} (W_j^{[2]} its entry from
    # hidden unit j), b^{[2]}, z^{[2]}, y_hat = a^{[2]} the output, y the target, delta = dL/dz, w_3 ... w_6 the hidden
    # weights one by one (w_3 from x_1 to hidden unit 1, w_4 from x_2, w_5 and w_6 into hidden unit 2), L the loss,
    # alpha the rate
    "b128_vi": r'''
[notation]
indices = "j"
loss = ["L"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x_{j}" = "x[j-1]"
"x" = "x[:]"
"z_{j}^{(1)}" = "z1[j-1]"
"a_{j}^{(1)}" = "a1[j-1]"
"a^{(1)}" = "a1[:]"
"W^{(1)}" = "W1[:, :]"
"b^{(1)}" = "b1[:]"
"W^{(2)}" = "W2[:, :]"
"W_{j}^{(2)}" = "W2[0, j-1]"
"b^{(2)}" = "b2[0]"
"z^{(2)}" = "z2[0]"
"a^{(2)}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"\\delta^{(2)}" = "delta2[0]"
"\\delta_{j}^{(1)}" = "delta1[j-1]"
"\\delta^{(1)}" = "delta1[:]"
"w_{3}" = "W1[0, 0]"
"w_{4}" = "W1[0, 1]"
"w_{5}" = "W1[1, 0]"
"w_{6}" = "W1[1, 1]"
''',
    # the Italian code's first backward pass (i == 0, the output layer): E the expected outputs, P = h[k][-1] the output
    # layer's weighted sums (the code's own choice: "Non considero l'applicazione della Softmax"), f_cost_der the cost's
    # derivative by the output ("Vettore funzione di costo derivata"), delta the output layer's delta (dE/dh, "Prima
    # delta per la retropropagazione degli errori")
    "b128_it": r'''
[notation]
indices = "k"
[notation.symbols]
"P" = "z2[:]"
"E" = "y[:]"
"f_cost_der" = "grad(a2[:])"
"delta" = "delta2[:]"
''',
    # the Indonesian chapter: w the neuron's weight, x the input, y_t (y_target) the target, pred = w x the output (y
    # in `y = w·x`), z the weighted sum and a the activation of (4.2) (the same here: no activation), L the loss, eta
    # the rate
    "b128_id": r'''
[notation]
loss = ["L"]
learning_rate = ["\\eta", "η"]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"y_t" = "y[0]"
"y_target" = "y[0]"
"pred" = "a1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
''',
    # the Turkish post's formulas: W the weight column (W^T X the sum), X the sample's features as a column, b the
    # bias, z the sum, y_hat = sigma(z) the prediction, y the label, L the binary cross-entropy over N samples (one
    # per step), mu the rate
    "b128_tr": r'''
[notation]
loss = ["L"]
learning_rate = ["μ"]
functions = { "σ" = "sigmoid" }
[notation.symbols]
"W" = "W1[:, :].T"
"X" = "x[:]"
"b" = "b1[0]"
"z" = "z1[0]"
"ŷ" = "a1[0]"
"y" = "y[0]"
"N" = "1"
''',
    # the same post's PyTorch loop: x_sample the sample's row, y_sample its label, W the (2, 1) weight column, b the
    # bias, y_pred the prediction, e = y_pred - y_sample, grad_W and grad_b the gradients, loss the sample's binary
    # cross-entropy, lr the rate
    "b128_trc": r'''
[notation]
loss = ["loss"]
learning_rate = ["lr"]
[notation.symbols]
"x_sample" = "x[:].T"
"y_sample" = "y[0]"
"W" = "W1[:, :].T"
"b" = "b1[:]"
"y_pred" = "a1[0]"
"e" = "a1[0] - y[0]"
"grad_W" = "grad(W1[:, :]).T"
"grad_b" = "grad(b1[:])"
''',
}
