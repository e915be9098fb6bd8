"""The networks and notations of batch 127 of the held-out public formulas (tests/public_formulas_batch127.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b127_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # janchorowski/nn_assignments#21 (the softmax exercise of a Polish course's assignment): A = Theta^T X (X the
    # features x samples matrix, Theta features x classes, no bias), O = SoftMax(A), Loss = 1/N xentropy(O, Y);
    # one sample (N = 1), 3 features and 3 classes here
    "b127_jc": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # Raschka's Python Machine Learning, 2nd edition, chapter 12 (rasbt/python-machine-learning-book-2nd-edition#94
    # and #54): NeuralNetMLP, sigmoid hidden and output layers with biases, z_h = A_in W_h + b_h (W_h features x
    # hidden, input-first), the logistic cost summed over the (one-hot) outputs; 2-3-2 here
    "b127_rb": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # llSourcell/recurrent_neural_net_demo#2: the demo's output layer layer_2 = sigmoid(np.dot(layer_1, synapse_1))
    # (no biases), the cost C = 1/2 (y - layer_2)^2 the issue writes, alpha the learning rate; the recurrence left
    # aside (the hidden layer layer_1 a sigmoid layer of the input here), 2-3-1
    "b127_ls": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # dragen1860/Deep-Learning-with-TensorFlow-book#134 (chapter 7's numpy network, 2-25-50-25-2 there): sigmoid
    # layers with biases, the mean squared error whose derivative the code takes as output - y (half the squared
    # error's step); 2-3-2 here
    "b127_dg": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Doraemonzzz/Learning-from-data#9 (Learning from Data, exercise 7.8 and example 7.1): tanh hidden layers, an
    # identity output, the squared error e = (x^(L) - y)^2, delta^(l) = de/ds^(l); 2-2-2-1 here
    "b127_lf": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 2\nactivation = "tanh"',
                       'units = 1\nactivation = "identity"', loss="squared_error"),
    # Microsoft's AI-For-Beginners OwnFramework notebook: Linear(2,2) then Softmax, the cross-entropy (-log p_c,
    # averaged over the minibatch: one sample here), learning_rate = 0.1; self.W is nout x nin (np.dot(x,
    # self.W.T) + self.b)
    "b127_ms": problem_text('inputs = 2\nunits = 2\nactivation = "softmax"', loss="cross_entropy",
                            extra="\n[update]\nlearning_rate = 0.1\n"),
    # the same notebook's multi-layered model: Linear(2,10), Tanh, Linear(10,2), Softmax; 2-3-2 here
    "b127_ms2": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                             loss="cross_entropy", extra="\n[update]\nlearning_rate = 0.1\n"),
    # The-Theoretical-Minimum's README (a Markdown test of WildML's equations): z1 = x W1 + b1, a1 = tanh(z1),
    # z2 = a1 W2 + b2, y_hat = softmax(z2), the cross-entropy; x a row, W1 and W2 input-first; 2-3-2 here
    "b127_tm": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # mattiacurri's notes (14 Neural Network): a_j = sum_i w_ji z_i + b_j, z_j = h(a_j); h the sigmoid here, a
    # hidden layer of 3 units on 3 inputs and 2 outputs, half the squared error
    "b127_mc": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # DeLucca990's Neural-Networks-Classes, exercise 1 (Manual Calculation of MLP Steps): x = [0.5, -0.2], W^(1) =
    # [[0.3, -0.1], [0.2, 0.4]], b^(1) = [0.1, -0.2], W^(2) = [0.5, -0.3], b^(2) = 0.2, tanh hidden and output, y =
    # 1.0, L = 1/N (y - y_hat)^2 with N = 1, eta = 0.1 (the activity's)
    "b127_dl": problem_text('inputs = 2\nunits = 2\nactivation = "tanh"\nweights = [[0.3, -0.1], [0.2, 0.4]]\n'
                            'biases = [0.1, -0.2]',
                            'units = 1\nactivation = "tanh"\nweights = [[0.5, -0.3]]\nbiases = [0.2]',
                            loss="squared_error", extra=_data("[0.5, -0.2]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # janchorowski/nn_assignments#21's names: X the inputs (a column: features x samples, one sample), Theta the
    # weights (features x classes: Theta^T X is W1 x), A = Theta^T X the softmax's input, O = SoftMax(A) its
    # output, Y the one-hot targets, Loss (L) the loss, N and num_samples the number of samples (one here);
    # dLdA and dLdTheta the code's dL/dA and dL/dTheta
    "b127_jc": r'''
[notation]
indices = "k"
loss = ["Loss", "L"]
functions = { SoftMax = "softmax" }
[notation.symbols]
"X" = "x[:]"
"Theta" = "W1[:, :].T"
"A" = "z1[:]"
"O" = "a1[:]"
"Y" = "t[:]"
"dLdA" = "grad(z1[:])"
"dLdTheta" = "grad(W1[:, :]).T"
"num_samples" = "1"
"N" = "1"
''',
    # Raschka's chapter 12 as rasbt/python-machine-learning-book-2nd-edition#94 quotes it: A^(in) the input rows
    # (n x m, one sample), A^(h) the hidden outputs, delta^(h) and delta^(out) the error terms dJ/dZ of the
    # hidden and output layers, Delta^(h) and Delta^(out) the gradients of W^(h) (m x h) and W^(out) (h x t),
    # input-first
    "b127_rb": r'''
[notation.symbols]
"A^{(in)}" = "x[:].T"
"A^{(h)}" = "a1[:].T"
"\\delta^{(h)}" = "delta1[:].T"
"\\delta^{(out)}" = "delta2[:].T"
"\\Delta^{(h)}" = "grad(W1[:, :]).T"
"\\Delta^{(out)}" = "grad(W2[:, :]).T"
''',
    # the same book's code as #54 quotes it: a_out the output rows, y_train_enc[batch_idx] the one-hot targets of
    # the minibatch (one sample), sigma_out the output layer's error term dJ/dz_out, sigmoid_derivative_out the
    # sigmoid's slope a_out (1 - a_out) the issue names
    "b127_rs": r'''
[notation.symbols]
"a_out" = "a2[:].T"
"y_train_enc[batch_idx]" = "y[:].T"
"sigma_out" = "delta2[:].T"
"sigmoid_derivative_out" = "(a2[:]*(1 - a2[:])).T"
''',
    # llSourcell/recurrent_neural_net_demo#2's names (LaTeX with escaped underscores): y the target, layer_2 the
    # output, layer_1 the hidden layer's row, synapse_1 the output weights (hidden x output, input-first),
    # sigmoid_output_to_derivative(x) = x (1 - x) (the demo's: the slope written of the output), alpha the
    # learning rate, C the cost, \Delta W the change of synapse_1 the delta rule makes
    "b127_ls": r'''
[notation]
indices = "j"
learning_rate = ["\\alpha"]
loss = ["C"]
functions = { sigmoid_output_to_derivative = "sigmoid' at output" }
[notation.symbols]
"y" = "y[0]"
"layer\\_2" = "a2[0]"
"layer\\_1" = "a1[:].T"
"synapse\\_1" = "W2[:, :].T"
"\\Delta W" = "-eta*grad(W2[:, :]).T"
''',
    # dragen1860's chapter 7 code for the output layer (NumPy's 1-D arrays, rows as they broadcast): y the target,
    # output the output, o_i the layer's input (np.atleast_2d of the hidden outputs, a row: o_i.T a column),
    # layer.weights the output weights (n_input x n_neurons, input-first), layer.error = y - output, layer.delta its
    # error term (-dE/dz: the update adds it), apply_activation_derivative(r) = r (1 - r), the sigmoid's slope
    # written of its output
    "b127_dg": r'''
[notation]
functions = { "layer.apply_activation_derivative" = "sigmoid' at output" }
[notation.symbols]
"y" = "y[:].T"
"output" = "a2[:].T"
"o_i" = "a1[:].T"
"layer.weights" = "W2[:, :].T"
"layer.error" = "(y[:] - a2[:]).T"
"layer.delta" = "-delta2[:].T"
''',
    # Learning from Data's names as Doraemonzzz/Learning-from-data#9 writes them: layers counted from 0 (the
    # input), s^(l) the signals (sums) of layer l, delta^(l) = de/ds^(l), theta = tanh, W^(l) the weights into
    # layer l (input-first; the bias row the book's W^(l) carries left out, as the book drops the product's 0th
    # entry)
    "b127_lf": r'''
[notation]
indices = "i"
functions = { "\\theta" = "tanh" }
[notation.symbols]
"\\delta^{(i)}" = "delta{i}[:]"
"s^{(i)}" = "z{i}[:]"
"W^{(i)}" = "W{i}[:, :].T"
''',
    # the OwnFramework notebook's one-layer model: W and b the linear layer's weights (nout x nin, as the code
    # holds them) and biases, z its output, p the softmax's output, x the input, \mathcal{L} (\L) the loss, W^{(i)}
    # the weights at step i; the code's self.W, self.b, self.x, dz (dL/dz, a row), dW and db (the gradients),
    # self.dW, self.db, lr the learning rate
    "b127_ms": r'''
[notation]
indices = "k"
loss = ["\\mathcal{L}", "\\L"]
learning_rate = ["lr"]
[notation.symbols]
"W" = "W1[:, :]"
"b" = "b1[:]"
"z" = "z1[:]"
"p" = "a1[:]"
"x" = "x[:]"
"self.W" = "W1[:, :]"
"self.b" = "b1[:].T"
"self.x" = "x[:].T"
"dz" = "grad(z1[:]).T"
"dW" = "grad(W1[:, :])"
"db" = "grad(b1[:])"
"self.dW" = "grad(W1[:, :])"
"self.db" = "grad(b1[:]).T"
''',
    # the notebook's multi-layered model, its forward bullets: W_1, b_1, W_2, b_2 the two linear layers (nout x
    # nin), z_1, z_2 their outputs, x the input, alpha the activation (tanh), sigma the softmax, f the network
    "b127_ms2": r'''
[notation]
indices = "k"
functions = { "\\alpha" = "tanh", "\\sigma" = "softmax" }
[notation.symbols]
"W_{k}" = "W{k}[:, :]"
"b_{k}" = "b{k}[:]"
"z_{k}" = "z{k}[:]"
"x" = "x[:]"
"f" = "a2[:]"
''',
    # its derivatives' display: sigma the softmax's output and alpha the activation's output (the quantities the
    # display differentiates by), \mathcal{L} the loss
    "b127_ms2d": r'''
[notation]
indices = "k"
loss = ["\\mathcal{L}"]
[notation.symbols]
"W_{k}" = "W{k}[:, :]"
"z_{k}" = "z{k}[:]"
"\\sigma" = "a2[:]"
"\\alpha" = "a1[:]"
''',
    # The-Theoretical-Minimum's README (WildML's equations): x the input row, z_1, a_1 the hidden sums and outputs
    # (rows), W_1, W_2 input-first (x W_1), b_1, b_2, y_hat the softmax's output, y the one-hot target, delta_3 and
    # delta_2 the output and hidden error terms dL/dz_2 and dL/dz_1 (as the lines after them use them), L the loss
    "b127_tm": r'''
[notation]
indices = "k"
[notation.symbols]
"x" = "x[:].T"
"z_{1}" = "z1[:].T"
"a_{1}" = "a1[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"b_{1}" = "b1[:].T"
"b_{2}" = "b2[:].T"
"\\hat{y}" = "a2[:].T"
"y" = "t[:].T"
"\\delta_{3}" = "delta2[:].T"
"\\delta_{2}" = "delta1[:].T"
''',
    # mattiacurri's notes, a neuron j of the hidden layer: a_j its sum, w_ji the weight from i to j, z_i the outputs
    # of the layer before (the inputs here), b_j the bias, counted from 1 (x = (x_1, ..., x_d))
    "b127_mc": r'''
[notation]
indices = "ij"
[notation.symbols]
"a_{j}" = "z1[j-1]"
"w_{ji}" = "W1[j-1, i-1]"
"z_{i}" = "x[i-1]"
"b_{j}" = "b1[j-1]"
''',
    # the notes' activation line: z_j the output of the hidden neuron j, h the activation (the sigmoid)
    "b127_mch": r'''
[notation]
indices = "j"
functions = { h = "sigmoid" }
[notation.symbols]
"a_{j}" = "z1[j-1]"
"z_{j}" = "a1[j-1]"
''',
    # DeLucca990's exercise: x the input, W^(1), b^(1) the hidden weights (output-first: z^(1) = W^(1) x + b^(1))
    # and biases, z^(1) the hidden sums and z^(1)_i their entries (counted from 1), h^(1) the hidden outputs,
    # W^(2) the output row, b^(2) its bias, u^(2) the output's sum, y_hat the output, y the target, N the number of
    # samples (1), L the loss
    "b127_dl": r'''
[notation]
indices = "i"
[notation.symbols]
"\\mathbf{x}" = "x[:]"
"\\mathbf{W}^{(1)}" = "W1[:, :]"
"\\mathbf{b}^{(1)}" = "b1[:]"
"\\mathbf{z}^{(1)}" = "z1[:]"
"z^{(1)}_{i}" = "z1[i-1]"
"\\mathbf{h}^{(1)}" = "a1[:]"
"h^{(1)}_{i}" = "a1[i-1]"
"\\mathbf{W}^{(2)}" = "W2[:, :]"
"b^{(2)}" = "b2[0]"
"u^{(2)}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"N" = "1"
''',
}
