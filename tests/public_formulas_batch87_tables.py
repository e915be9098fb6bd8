"""The networks and notations of batch 87 of the held-out public formulas (tests/public_formulas_batch87.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b87_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # sogrekci's Turkish notes (2-gradient-descent, the cell with alpha): input 2 -> one linear output, weight 0.5,
    # no bias, goal_pred 0.8, alpha 0.1, error = (pred - goal_pred)**2
    "b87_sog1": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                             loss="squared_error", extra=_data("[2.0]", "[0.8]", 0.1)),
    # sogrekci's Turkish notes (3-back-propagation, the deep network): the streetlight [1, 0, 1] -> 4 ReLU units
    # (weights_0_1, 3 x 4, input-first, np.random.seed(1)) -> one linear output (weights_1_2, 4 x 1), no biases,
    # walk_vs_stop 1, alpha 0.2, layer_2_error the sum of squares; W1 and W2 here are the page's arrays transposed
    "b87_sog2": problem_text('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"\n'
                             'weights = [[-0.166, -0.7065, -0.2065], [0.4406, -0.8153, 0.0776], '
                             '[-0.9998, -0.6275, -0.1616], [-0.3953, -0.3089, 0.3704]]',
                             'units = 1\nactivation = "identity"\nbias = "none"\n'
                             'weights = [[-0.5911, 0.7562, -0.9452, 0.3409]]',
                             loss="squared_error", extra=_data("[1.0, 0.0, 1.0]", "[1.0]", 0.2)),
    # cagomezv's Spanish notebook (Mazur's example in Python): i1 = 0.05, i2 = 0.1 -> h1, h2 (sigmoid, w1..w4, the
    # shared bias b1 = 0.35) -> o1, o2 (sigmoid, w5..w8, the shared bias b2 = 0.6), targets 0.01, 0.99 (the page
    # names them o1, o2), E_total = sum 1/2 (target - output)^2, eta 0.5
    "b87_cgo": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = 0.6',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # quark-xp's Russian lecture (Osowski's notation): x_1, x_2 -> two hidden units (u^{(1)}, f) -> two outputs y_1,
    # y_2 (u^{(2)}, f), targets d_1, d_2, E = 1/2 sum (y_k - d_k)^2; f the sigmoid here (the page leaves f general)
    "b87_qxp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # matheusjorge's Portuguese post: height x = 177 -> y hat = w x + b (identity), w = 0.7, b = 6, observed 88.2,
    # L = 1/2 (y hat - y)^2, alpha 0.00005
    "b87_mat": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[0.7]]\nbiases = [6.0]',
                            loss="half_squared_error", extra=_data("[177.0]", "[88.2]", 0.00005)),
    # lucker3900's Chinese notebook (test13): X = [1, 2] -> 3 ReLU units (W1 2 x 3 input-first, b1) -> one linear
    # output neuron (W2, b2 = 0.1) as its comment describes it, y_true 3, loss (y_pred - y_true)^2 / 2, lr 0.01
    "b87_luc": problem_text('inputs = 2\nunits = 3\nactivation = "relu"\n'
                            'weights = [[0.5, 0.2], [0.1, 0.4], [-0.3, 0.6]]\nbiases = [0.1, 0.2, 0.3]',
                            'units = 1\nactivation = "identity"\nweights = [[0.3, 0.7, -0.5]]\nbiases = [0.1]',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[3.0]", 0.01)),
    # bayun-shaonian's Chinese homework (8月25作业): x = [[1, 0]] -> 2 sigmoid units (w1 input-first, b1 = 0) -> one
    # sigmoid output (w2 = [[1], [-1]], b2 = 0), y = 1, loss 0.5 * mean((y_pred - y)^2) (one output)
    "b87_bay": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                            'weights = [[0.5, 0.3], [-0.5, 0.8]]\nbiases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[1.0, -1.0]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 0.1)),
    # kyuyoungleesunmoon's Korean notebook (numeric example 3.1): X = [1.0, 0.5] -> 3 ReLU (W1 = randn(3, 2) * 0.1,
    # seed 42, b1 = 0) -> one sigmoid output (W2 = randn(1, 3) * 0.1, b2 = 0), y_true 1, binary cross-entropy
    "b87_kyu": problem_text('inputs = 2\nunits = 3\nactivation = "relu"\n'
                            'weights = [[0.0497, -0.0138], [0.0648, 0.1523], [-0.0234, -0.0234]]\n'
                            'biases = [0.0, 0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.1579, 0.0767, -0.0469]]\nbiases = [0.0]',
                            loss="binary_cross_entropy", extra=_data("[1.0, 0.5]", "[1.0]", 0.1)),
    # dubu-maker's Korean Coursera notes: X -> a ReLU hidden layer -> one sigmoid output, the binary cross-entropy
    # (dA2 = -(Y/A2 - (1-Y)/(1-A2))); 3 inputs and 4 hidden units here
    "b87_dub": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # p65454's Korean codestates note (N412): [study hours, sleep hours] normalised, X[0] = [1, 1] -> 3 sigmoid
    # (w1 2 x 3, input-first, no bias) -> one sigmoid output (w2 3 x 1), y[0] = 1; half the squared error
    "b87_cod": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # jansenekowitsch's German notebook: X1 = 0.85, X2 = 0.5 -> A_1, A_2 (linear, w1..w4, b1, b2) -> A_3, A_4
    # (sigmoid, w5..w8, b3, b4), targets (the page's y hat) 0.01 and 0.99, E_total = E_1 + E_2 with E_k = 1/2
    # (y hat_k - A_k)^2, alpha 0.5
    "b87_jan": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\n'
                            'weights = [[0.75, 0.55], [0.05, 0.05]]\nbiases = [0.25, 0.15]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.05, 0.015], [0.85, 0.95]]\n'
                            'biases = [0.15, 0.25]',
                            loss="half_squared_error", extra=_data("[0.85, 0.5]", "[0.01, 0.99]", 0.5)),
}

NOTATIONS = {
    # the notes' names: input and weight the one input and weight, pred the prediction, goal_pred the goal, error
    # the loss, derivative the weight's derivative, alpha the learning rate
    "b87_sog1": r'''
[notation]
loss = ["error"]
learning_rate = ["alpha"]
[notation.symbols]
"input" = "x[0]"
"weight" = "W1[0, 0]"
"pred" = "a1[0]"
"goal_pred" = "y[0]"
"derivative" = "grad(W1[0, 0])"
''',
    # the code's names: layer_0 the input row, layer_1 and layer_2 the layers' outputs (rows), weights_0_1 and
    # weights_1_2 the weights written input-first, walk_vs_stop the targets (one sample, [i:i+1]);
    # layer_2_delta and layer_1_delta the deltas as the code uses them (-dL/dz), relu2deriv ReLU's derivative
    # taken at the output, alpha the learning rate, layer_2_error the loss
    "b87_sog2": r'''
[notation]
loss = ["layer_2_error"]
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
    # the notebook's names: i1, i2 the inputs, w1..w8 the weights (w1, w2 into h1; w3, w4 into h2; w5, w6 into
    # o1; w7, w8 into o2), b1 and b2 the layers' shared biases, net_ and out_ the sums and outputs, o1 and o2 the
    # TARGETS, e1 and e2 the errors out - target, loss_e1 half e1 squared, total_error the loss; the chain's factors
    # as the page names them; w5_new, w8_new, w1_new the new weights; logistic_func the sigmoid; in its LaTeX
    # images net_{h1}, w_1, w_3, i_1, i_2, b_1
    "b87_cgo": r'''
[notation]
loss = ["total_error"]
functions = { logistic_func = "sigmoid" }
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"b1" = "b1"
"b2" = "b2"
"net_h1" = "z1[0]"
"net_h2" = "z1[1]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"net_o1" = "z2[0]"
"net_o2" = "z2[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
"o1" = "y[0]"
"o2" = "y[1]"
"e1" = "a2[0] - y[0]"
"e2" = "a2[1] - y[1]"
"loss_e1" = "0.5*(a2[0] - y[0])**2"
"loss_e2" = "0.5*(a2[1] - y[1])**2"
"delta_e_wr_delta_out_o1" = "grad(a2[0])"
"delta_o1_wr_net_o1" = "a2[0]*(1 - a2[0])"
"delta_net_o1_wr_w5" = "a1[0]"
"delta_e_total_wr_w5" = "grad(W2[0, 0])"
"delta_e_total_wr_w6" = "grad(W2[0, 1])"
"delta_e_total_wr_w7" = "grad(W2[1, 0])"
"delta_e_total_wr_w8" = "grad(W2[1, 1])"
"w5_new" = "new(W2[0, 0])"
"w8_new" = "new(W2[1, 1])"
"net_{h1}" = "z1[0]"
"w_{1}" = "W1[0, 0]"
"w_{3}" = "W1[1, 0]"
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"b_{1}" = "b1"
''',
    # the lecture's letters: x_j the inputs, u_k^{(l)} layer l's sums, y_k the outputs and d_k the targets,
    # w_{kj}^{(l)} the weight into unit k of layer l from unit j (as pi_1 and pi_2 use it: w_{12}^{(2)} joins hidden
    # unit 2 to output 1), f the sigmoid; pi_k the page's (y_k - d_k) f'(u_k^{(2)}) w_{k2}^{(2)}
    "b87_qxp": r'''
[notation]
indices = "jkl"
functions = { f = "sigmoid" }
[notation.symbols]
"x_{j}" = "x[j-1]"
"u_{k}^{(l)}" = "z{l}[k-1]"
"y_{k}" = "a2[k-1]"
"d_{k}" = "y[k-1]"
"w_{kj}^{(l)}" = "W{l}[k-1, j-1]"
"\\pi_{k}" = "(a2[k-1] - y[k-1])*a2[k-1]*(1 - a2[k-1])*W2[k-1, 1]"
''',
    # the post's letters: x the height, w and b the weight and bias, y hat the prediction, y the observed weight,
    # the script L the loss, alpha the learning rate
    "b87_mat": r'''
[notation]
loss = ["\\mathscr{L}"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # the notebook's names: X the input, W1 (2 x 3, input-first) and b1, Z and H the hidden sums and ReLU outputs,
    # W2 the output's weights (a vector) and b2 its bias, y_pred and y_true; the _grad names the gradients (W1_grad
    # input-first), lr the learning rate, loss the loss
    "b87_luc": r'''
[notation]
loss = ["loss"]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:]"
"W1" = "W1[:, :].T"
"b1" = "b1[:]"
"Z" = "z1[:]"
"H" = "a1[:]"
"W2" = "W2[0, :]"
"b2" = "b2[0]"
"y_pred" = "a2[0]"
"y_true" = "y[0]"
"b2_grad" = "grad(b2[0])"
"W2_grad" = "grad(W2[0, :])"
"b1_grad" = "grad(b1[:])"
"W1_grad" = "grad(W1[:, :]).T"
''',
    # the homework's names: x a row, w1 and w2 the weights input-first, b1, b2, z1, a1, z2, a2 rows, y the target;
    # delta2 and delta1 the deltas dL/dz, dw2 and dw1 the gradients (input-first), sigmoid_derivative the
    # sigmoid's derivative taken at the output, as the page defines it
    "b87_bay": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:].T"
"w1" = "W1[:, :].T"
"b1" = "b1[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"w2" = "W2[:, :].T"
"b2" = "b2[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"y" = "y[:].T"
"delta2" = "delta2[:].T"
"delta1" = "delta1[:].T"
"dw2" = "grad(W2[:, :]).T"
"dw1" = "grad(W1[:, :]).T"
''',
    # the notebook's names: X the input column, W1, b1, Z1, A1 and W2, b2, Z2, A2 the layers (rows their units),
    # y_true the label; dZ2, dZ1 the deltas dL/dz, dW2, db2, dW1, db1 the gradients, dA1 dL/dA1; relu_derivative
    # ReLU's derivative at the sum it is given
    "b87_kyu": r'''
[notation]
loss = ["loss"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"y_true" = "y[:]"
"dZ2" = "delta2[:]"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "delta1[:]"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # the notes' names: W[l], b[l], A[l], dZ[l], dW[l], db[l] layer l's weights, biases, outputs, delta dL/dz and
    # gradients (L the output layer), A2 the output, Y the label, dA2 dL/dA2, learning_rate the rate
    "b87_dub": r'''
[notation]
indices = "l"
[notation.symbols]
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"A[l]" = "a{l}[:]"
"dZ[l]" = "delta{l}[:]"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"A2" = "a2[:]"
"Y" = "y[:]"
"dA2" = "grad(a2[:])"
''',
    # the note's names: X a row of the inputs, self.w1 and self.w2 the weights input-first, hidden_sum,
    # activated_hidden, output_sum, activated_output the sums and outputs (rows), o the output, y the target;
    # o_error = y - o, o_delta and z2_delta the deltas -dL/dz (the gradients of the layers' sums the note says),
    # z2_error -dL/d(hidden output); self.sigmoid the sigmoid and self.sigmoidPrime its derivative at the sum
    "b87_cod": r'''
[notation]
functions = { "self.sigmoid" = "sigmoid", "self.sigmoidPrime" = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"self.w1" = "W1[:, :].T"
"self.w2" = "W2[:, :].T"
"self.hidden_sum" = "z1[:].T"
"self.activated_hidden" = "a1[:].T"
"self.output_sum" = "z2[:].T"
"self.activated_output" = "a2[:].T"
"o" = "a2[:].T"
"y" = "y[:].T"
"self.o_error" = "y[:].T - a2[:].T"
"self.o_delta" = "-delta2[:].T"
"self.z2_error" = "-grad(a1[:]).T"
"self.z2_delta" = "-delta1[:].T"
''',
    # the notebook's letters: A_1, A_2 the hidden outputs (linear, sums Z_1, Z_2), A_3, A_4 the outputs (sums Z_3,
    # Z_4), w_1..w_8 the weights (w_5, w_6 into A_3; w_7, w_8 into A_4), b_1..b_4 the biases, y hat_1 and y hat_2
    # the TARGETS (0.01, 0.99), E_total the loss, alpha the learning rate, w_{5 neu} the new w_5
    "b87_jan": r'''
[notation]
loss = ["E_{total}"]
learning_rate = ["\\alpha"]
[notation.symbols]
"A_{1}" = "a1[0]"
"A_{2}" = "a1[1]"
"A_{3}" = "a2[0]"
"A_{4}" = "a2[1]"
"Z_{1}" = "z1[0]"
"Z_{2}" = "z1[1]"
"Z_{3}" = "z2[0]"
"Z_{4}" = "z2[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"b_{4}" = "b2[1]"
"\\hat{y}_{1}" = "y[0]"
"\\hat{y}_{2}" = "y[1]"
"w_{5 neu}" = "new(W2[0, 0])"
''',
}
