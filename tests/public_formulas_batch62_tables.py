"""The networks and notations of batch 62 of the held-out public formulas (tests/public_formulas_batch62.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b62_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the stored module notes on backpropagation: z = w1*x1 + w2*x2 + b, a = sigmoid(z), Loss = (y - a)^2 ("scaling
    # factor of 1")
    "b62_mlmod": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="squared_error"),
    # the same notes' practice question 6: L = (y - a)^2 with y = 1, a = 0.8, dz/dw = 0.5 (the input), learning rate
    # 0.1; one sigmoid unit whose w = 1 and b = ln 4 - 0.5 make a = sigmoid(ln 4) = 0.8
    "b62_mlmod_q6": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[1.0]]\n'
                                 'biases = [0.88629436112]',
                                 loss="squared_error", extra=_data("[0.5]", "[1.0]")),
    # QubitPi's post after Mitchell's chapter 4: the delta rule's unthresholded linear unit o = w . x, x_0 an input
    # of its own (counted from 0: w_0 x_0 with x_0 = 1 on the page), E = 1/2 sum_d (t_d - o_d)^2 over one example
    "b62_mit_lin": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the same post's Backpropagation algorithm: two layers of sigmoid units (2 inputs, 2 hidden units h, 2 output
    # units k), E = 1/2 sum_k (t_k - o_k)^2, one example (stochastic gradient descent)
    "b62_mit_bp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # the stored MATLAB script: out = in*w + b, loss = (prediction - gr_truth)^2, input = 2, gr_truth = .8,
    # l_rate = .1 (w and b drawn by rand)
    "b62_mat": problem_text('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error",
                            extra=_data("[2.0]", "[0.8]")),
    # the stored walk-through of dZ1: A0 = X -> A1 = sigma(W1 . A0 + b1) -> A2 = sigma(W2 . A1 + b2), dZ2 = A2 - Y
    # (the binary cross-entropy J), one example; two inputs, two hidden units, one output
    "b62_gptz": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="binary_cross_entropy"),
    # cain877's MNIST network: X -> ReLU -> ReLU -> softmax, dZ[3] = A[3] - Y (the cross-entropy of one-hot
    # labels), m examples (one here); three inputs, three units per layer, three classes
    "b62_mnist": _layers('inputs = 3\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                         'units = 3\nactivation = "softmax"', loss="cross_entropy"),
    # the stored reStructuredText copy of Mazur's step-by-step example: 2-2-2 logistic, one bias per layer (b_1 =
    # 0.35, b_2 = 0.6), E_total = sum 1/2 (target - output)^2, inputs 0.05 and 0.10, targets 0.01 and 0.99, eta = 0.5;
    # w_8 = 0.55 as the page's numbers use it (its list of initial weights writes 0.88)
    "b62_maz": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
                            'weights = [[0.15, 0.2], [0.25, 0.3]]\nbiases = 0.35',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                            'biases = 0.6',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", learning_rate=0.5)),
    # RParedesPalacios' Spanish notes (MDPII): z_1 = W_1 x, a_1 = ReLU(z_1), z_2 = W_2 a_1, softmax, the
    # cross-entropy of a one-hot label; no biases; d = 3 inputs, h = 3 hidden units, k = 3 classes
    "b62_mdp": _layers('inputs = 3\nunits = 3\nactivation = "relu"\nbias = "none"',
                       'units = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # the stored notes on a two-layer perceptron (sections 5 and 8.1): X = (x_1, x_2) -> phi^{(1)} -> phi^{(2)},
    # here a sigmoid hidden layer of two units and an identity output of two, L = sum_j 1/2 (y_j - y_hat_j)^2
    "b62_sgd2": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                        loss="half_squared_error"),
    # the same notes' section 8.2: a sigmoid output under the binary cross-entropy (one output unit)
    "b62_sgd2_bce": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy"),
    # the stored Python script of one sigmoid unit: x = [2, 3, 4, 5], y = 0.5, weights = [0.5, -0.5, 0.3, 0.1],
    # learnrate = 0.5, h = weights . x, error = y - output, error_term = error * sigmoid'(h) (the half squared error's)
    "b62_udnum": problem_text('inputs = 4\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                              'weights = [[0.5, -0.5, 0.3, 0.1]]', loss="half_squared_error",
                              extra=_data("[2.0, 3.0, 4.0, 5.0]", "[0.5]", learning_rate=0.5)),
    # XDean's note: A_l = Sigmoid(Omega_l A_{l-1} + b_l) with one bias b_l per layer, units counted from 0 to n_l,
    # E = sum_k (a_{L,k} - t_k)^2 / 2; two layers of two sigmoid units on two inputs here
    "b62_xdean": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"',
                         'units = 2\nactivation = "sigmoid"\nbias = "shared"', loss="half_squared_error"),
}

NOTATIONS = {
    # the module notes' names (in backticks and bold): x1, x2 the inputs, w1, w2 the weights, b the bias, z the sum,
    # a the sigmoid's output, y the target; Loss (and L) the loss, learning_rate the rate
    "b62_mlmod": r'''
[notation]
loss = ["Loss"]
learning_rate = ["learning_rate"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
    # practice question 6's one weight w, its input (dz/dw), z, a and y; L the loss
    "b62_mlmod_q6": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
    # Mitchell's letters for the linear unit: w_i the weight of input x_i (w_0 and x_0 included, counted from 0),
    # t the target and o the output (t_d, o_d, x_{id} of example d, x_d its input vector, one example in D),
    # \Delta w_i the step w_i <- w_i + \Delta w_i adds, -eta dE/dw_i; E the error, eta the rate
    "b62_mit_lin": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"x_{i}" = "x[i]"
"x_{id}" = "x[i]"
"x_{d}" = "x[:]"
"t" = "y[0]"
"o" = "a1[0]"
"t_{d}" = "y[0]"
"o_{d}" = "a1[0]"
"\\Delta w_{i}" = "-eta*grad(W1[0, i])"
''',
    # Mitchell's letters for the two-layer network, each with its fixed role (no placeholders): k an output unit,
    # h a hidden unit, w_{kh} the weight from h to k, w_{ji} from input i to hidden unit j and x_{ji} that input;
    # delta the error term -dE/dnet (Mitchell's sign), \Delta w_{ji} = eta delta_j x_{ji}; t_k the targets
    "b62_mit_bp": r'''
[notation]
indices = "n"
loss = ["E"]
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{h}" = "a1[h]"
"w_{kh}" = "W2[k, h]"
"w_{ji}" = "W1[j, i]"
"x_{ji}" = "x[i]"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{h}" = "-delta1[h]"
"\\delta_{j}" = "-delta1[j]"
"\\Delta w_{ji}" = "-eta*delta1[j]*x[i]"
''',
    # the MATLAB script's names: input (in inside neuron()), gr_truth the target, w and b, prediction (out) the
    # neuron's output, loss the loss, grad_w and grad_b its gradients, l_rate the rate
    "b62_mat": r'''
[notation]
loss = ["loss"]
learning_rate = ["l_rate"]
[notation.symbols]
"input" = "x[0]"
"in" = "x[0]"
"gr_truth" = "y[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"prediction" = "a1[0]"
"out" = "a1[0]"
"grad_w" = "grad(W1[0, 0])"
"grad_b" = "grad(b1[0])"
''',
    # the walk-through's names: X = A0 the input, Z1, A1 the hidden layer's sums and outputs, Z2, A2 the output's,
    # W1, b1, W2, b2 the parameters, Y the label, J the cost (one example), dZ2 and dZ1 its gradients by Z2 and Z1
    "b62_gptz": r'''
[notation]
loss = ["J"]
[notation.symbols]
"X" = "x[:]"
"A0" = "x[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[0]"
"A2" = "a2[0]"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[0]"
"Y" = "y[0]"
"dZ2" = "grad(z2[0])"
"dZ1" = "grad(z1[:])"
''',
    # the README's names with the layer in brackets (plain text, as its mathematical italic letters spell them):
    # X = A[0] the input, Z[l], A[l], W[l], b[l] (dB[l] and db[l] alike), Y the one-hot label, dZ, dW, dB, db the
    # loss's gradients, m the examples (one), gReLU and gsoftmax the activations, g[1] the hidden layers' (ReLU)
    "b62_mnist": r'''
[notation]
indices = "l"
functions = { "gReLU" = "relu", "gsoftmax" = "softmax", "g[1]" = "relu" }
[notation.symbols]
"X" = "x[:]"
"A[0]" = "x[:]"
"Z[l]" = "z{l}[:]"
"z[l]" = "z{l}[:]"
"A[l]" = "a{l}[:]"
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"Y" = "t[:]"
"dZ[l]" = "grad(z{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"dB[l]" = "grad(b{l}[:])"
"db[l]" = "grad(b{l}[:])"
"m" = "1"
''',
    # the Mazur copy's names: i_1, i_2 the inputs, net and out of the hidden units h1, h2 and the outputs o1, o2,
    # target_{o1}, target_{o2} the targets, E_{o1}, E_{o2} each output's half squared error, E_{total} the loss,
    # delta_{o1} = dE_total/dnet_{o1} (as the page defines it), w_1 ... w_8 the weights (w_1 = i_1 -> h_1, w_2 =
    # i_2 -> h_1, w_3 = i_1 -> h_2, w_4 = i_2 -> h_2, w_5 = h_1 -> o_1, w_6 = h_2 -> o_1, w_7 = h_1 -> o_2, w_8 =
    # h_2 -> o_2), b_1 and b_2 the layers' biases
    "b62_maz": r'''
[notation]
indices = "n"
loss = ["E_{total}"]
[notation.symbols]
"i_{n}" = "x[n-1]"
"target_{on}" = "y[n-1]"
"net_{hn}" = "z1[n-1]"
"out_{hn}" = "a1[n-1]"
"net_{on}" = "z2[n-1]"
"out_{on}" = "a2[n-1]"
"E_{on}" = "(y[n-1] - a2[n-1])**2/2"
"\\delta_{on}" = "grad(z2[n-1])"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
''',
    # the MDPII notes' names: x the input, z_l, a_l, W_l of layer l, z_{2,i} entry i of z_2, y_pred the softmax's
    # output (y_{pred, i} its entry i), y the one-hot label (y_i), delta_l = dL/dz_l, L the cross-entropy
    "b62_mdp": r'''
[notation]
indices = "il"
[notation.symbols]
"x" = "x[:]"
"z_{l}" = "z{l}[:]"
"a_{l}" = "a{l}[:]"
"W_{l}" = "W{l}[:, :]"
"z_{l,i}" = "z{l}[i-1]"
"y_{\\text{pred}}" = "a2[:]"
"y_{\\text{pred},i}" = "a2[i-1]"
"y_{i}" = "t[i-1]"
"y" = "t[:]"
"\\delta_{l}" = "grad(z{l}[:])"
''',
    # the two-layer notes' names: x_k the inputs (a_k^{(0)}), z_j^{(l)}, a_j^{(l)}, b_j^{(l)} of neuron j of layer l,
    # y_hat_j the outputs and y_j the targets, omega^{(l)}_{k,j} the weight from neuron k of layer l-1 to neuron j
    # of layer l (input-first), delta_j^{(l)} = dL/dz_j^{(l)} (o the output layer); phi^{(1)} the hidden layer's
    # activation (phi without its layer too, sigmoid here) and phi^{(2)} = phi^{o} the output's (identity here); the
    # code's X, W_1 (input-first, as np.dot(X, W_1) multiplies it), b_2, z_2
    "b62_sgd2": r'''
[notation]
indices = "jkl"
functions = { "\\phi^{(1)}" = "sigmoid", "\\phi" = "sigmoid", "\\phi^{(2)}" = "identity", "\\phi^{o}" = "identity" }
[notation.symbols]
"x_{k}" = "x[k-1]"
"a_{k}^{(0)}" = "x[k-1]"
"z_{j}^{(l)}" = "z{l}[j-1]"
"a_{j}^{(l)}" = "a{l}[j-1]"
"b_{j}^{(l)}" = "b{l}[j-1]"
"z_{j}^{o}" = "z2[j-1]"
"a_{j}^{o}" = "a2[j-1]"
"\\hat{y}_{j}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
"\\omega_{kj}^{(l)}" = "W{l}[j-1, k-1]"
"\\delta_{j}^{(l)}" = "grad(z{l}[j-1])"
"\\delta_{j}^{o}" = "grad(z2[j-1])"
"X" = "x[:]"
"W_{1}" = "W1[:, :].T"
"b_{2}" = "b2[:]"
"z_{2}" = "z2[:]"
''',
    # the same notes' section 8.2, its output phi^{o} the sigmoid
    "b62_sgd2_bce": r'''
[notation]
indices = "jkl"
functions = { "\\phi^{(1)}" = "sigmoid", "\\phi" = "sigmoid", "\\phi^{(2)}" = "sigmoid", "\\phi^{o}" = "sigmoid" }
[notation.symbols]
"z_{j}^{(l)}" = "z{l}[j-1]"
"a_{j}^{(l)}" = "a{l}[j-1]"
"z_{j}^{o}" = "z2[j-1]"
"a_{j}^{o}" = "a2[j-1]"
"\\hat{y}_{j}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
"\\delta_{j}^{o}" = "grad(z2[j-1])"
''',
    # the script's names: x the input vector, y the target, weights the unit's weights, h its sum, output its
    # sigmoid, error = y - output, output_grad = sigmoid'(h), error_term their product, del_w the weights' step
    # (learnrate times error_term times x, -eta dL/dw of the half squared error), learnrate the rate
    "b62_udnum": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"weights" = "W1[0, :]"
"h" = "z1[0]"
"output" = "a1[0]"
"error" = "y[0] - a1[0]"
"output_grad" = "a1[0]*(1 - a1[0])"
"error_term" = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
"del_w" = "-eta*grad(W1[0, :])"
''',
    # XDean's names: A_l the vector of layer l (A_0 the input), a_{l,i} its unit i (counted from 0 to n_l, n_l = 1
    # for two units), NET_l and net_{l,i} the sums, Omega_l the layer's matrix and omega_{l,k,i} its weight from
    # unit k of layer l-1 to unit i of layer l (input-first), b_l the layer's one bias, t_k the targets, E the loss
    "b62_xdean": r'''
[notation]
indices = "lki"
loss = ["E"]
functions = { "Sigmoid" = "sigmoid" }
[notation.symbols]
"A_{0}" = "x[:]"
"A_{l}" = "a{l}[:]"
"a_{0,i}" = "x[i]"
"a_{l,i}" = "a{l}[i]"
"n_{l}" = "1"
"NET_{l}" = "z{l}[:]"
"net_{l,i}" = "z{l}[i]"
"\\Omega_{l}" = "W{l}[:, :]"
"\\omega_{l,k,i}" = "W{l}[i, k]"
"b_{l}" = "b{l}"
"t_{k}" = "y[k]"
''',
}
