"""The networks and notations of batch 179 of the held-out public formulas (tests/public_formulas_batch179.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b179_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Obsidian note on vectorized backpropagation (stored file 3602524326): "Assuming the typical use of
    # Categorical Cross Entropy Loss and ReLU", Ng's layout (the samples columns: dZ^l A^{[l-1]T}, W^{[l]T} dZ^l), m
    # the number of samples (one here); ReLU hidden units, softmax outputs with the cross-entropy, 2-3-2 here
    "b179_ob": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # EPFL MICRO-401's backward_pass.m (stored file 26419417585): the samples columns (dE is P x M, M the samples,
    # one here), W{l} output-first, A{l} the cell holding A0 = the input first (A{l} the output of layer l-1),
    # dW0 the biases' gradient, dE = dE/dZL given; the Sigmas left to the assignment: sigmoid layers under half the
    # squared error here, 2-3-1
    "b179_ep": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Julia NeuralNetwork's propagate_back! (stored file 36975766633): the samples columns (m = size(X, 2), one
    # here), W[l] output-first (weight*x + bias), the loss by params.loss_function; "cross_entropy_binary" through a
    # "logistic" output with "tanh" hidden units (jt), with "relu" hidden units (jr), and "cross_entropy_multi"
    # through a "softmax" output (js); 2-3-1 and 2-3-2, the rate 0.1 (none is named in the file)
    "b179_jt": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    "b179_jr": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    "b179_js": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the dlbook chapter 2.13 notebook (stored file 21310041033): the samples rows (X is (m, d), W (d, h)
    # input-first, Z = X W + b^T), f_1, f_2 the layers' activations (sigmoids here: the page leaves them open), the
    # "MSE" whose dA_2 = A_2 - y the page writes (half the squared error); 2-3-2 here
    "b179_db": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Korean mlp_regression_from_scratch.py (stored file 42808662447): the samples rows (Z = A @ W[l] + b[l], W[l]
    # of size (fan_in, fan_out): input-first, b[l] a row), ACTIVATION = "tanh" hidden units, a linear output,
    # MSE L = mean((y - y_hat)^2) (one output: its mean over the outputs is the squared error), N the samples (one
    # here), LR = 0.01; 21-32-16-1 there, 3-4-1 here
    "b179_kr": problem_text('inputs = 3\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # Justin Johnson's "Backpropagation for a Linear Layer" in Markdown (stored file 13062724692): Y = X W with X of
    # shape N x D, W of shape D x M (input-first), no bias, Y the class scores fed to a softmax loss; the layer taken as
    # the output layer of a network whose hidden outputs are X: D = 2, M = 3 (its case), N one sample here; sigmoid
    # hidden units, softmax outputs with the cross-entropy
    "b179_jj": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                       'units = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # the "Backpropagation With Batches" Markdown (stored file 21265566028): p samples in rows (one here), a linear
    # layer Y = X W + b (w_{kj} input-first, b_j added to each row) taken as the output layer of a network whose
    # hidden outputs are X, an activation layer y_{ij} = f(x_{ij}) taken as the hidden layer's (f the sigmoid here),
    # the loss MSE(Y, Y_hat) = 1/(pn) sum sum (y_ij - y_hat_ij)^2 (n outputs: the mean over the outputs); a linear
    # output, 2-3-2 here
    "b179_bb": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="mean_squared_error"),
    # the MATLAB backward_pass (stored file 42635443543): the samples rows (size(Y,1) the samples, one here),
    # dW = dZ'*A output-first, ReLU hidden layers (d_relu), a softmax output with the cross-entropy (Y_out the
    # predictions, Y_hat the one-hot labels), three layers so that the loop runs once (j = 3, then 2); 2-3-3-2 here
    "b179_mr": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                       'units = 2\nactivation = "softmax"', loss="cross_entropy"),
    # the FCLayer class (stored file 10057786291): the samples columns (Z = W X + b, m = dA.shape[1], one here), W
    # output-first, the layer taken as the output layer of a 2-3-2 sigmoid network under half the squared error
    # (its activation's 'derivative' taken of self.A: the sigmoid's a (1 - a)), the rate 0.1
    "b179_fc": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese deep-network helpers (stored file 3626573085): Ng's layout (samples columns, W (n[l], n[l-1])
    # output-first, b (n[l], 1)), ReLU hidden units, a sigmoid output with the binary cross-entropy (the file's
    # compute_cross_entropy_cost), m the samples (one here), no dropout (keep_prob 1) and no regularization (lambd 0,
    # lines with it left out); 2-3-1 here, the rate 0.1
    "b179_zh": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
}

NOTATIONS = {
    # the Obsidian note: l the layer (superscript with or without brackets), dZ^l, dW^l, dB^l, dA^l the cost's
    # gradients (Ng's d names, columns), A^{[0]} the input, dG^l the derivative of layer l's activation (the ReLU's
    # for the hidden layer; the note's rule is an entrywise product, which the softmax output does not have), m the
    # samples (one here)
    "b179_ob": r'''
[notation]
indices = "l"
functions = { dG = "relu' at input" }
[notation.symbols]
"A^{[0]}" = "x[:]"
"A^{[l]}" = "a{l}[:]"
"A^{l}" = "a{l}[:]"
"Z^{l}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"W^{l}" = "W{l}[:, :]"
"dZ^{l}" = "grad(z{l}[:])"
"dA^{l}" = "grad(a{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"dW^{l}" = "grad(W{l}[:, :])"
"dB^{l}" = "grad(b{l}[:])"
"m" = "1"
''',
    # EPFL's backward_pass.m: MATLAB cells indexed by the layer l (W{l}, Z{l}, dZ{l}, dW{l}, dW0{l} the bias's
    # gradient), A{l} the output of layer l-1 (A{1} the input A0), end the last layer, M the samples (one here), dE
    # = dE/dZL, backward_activation(Z{l}, Sigmas{l}) the slope of layer l's activation (the sigmoid's here)
    "b179_ep": r'''
[notation]
indices = "l"
functions = { backward_activation = "sigmoid' at input" }
[notation.symbols]
"W{l}" = "W{l}[:, :]"
"Z{l}" = "z{l}[:]"
"A{l}" = "a{l-1}[:]"
"dZ{l}" = "grad(z{l}[:])"
"dW{l}" = "grad(W{l}[:, :])"
"dW0{l}" = "grad(b{l}[:])"
"dZ{end}" = "grad(z2[:])"
"dW{end}" = "grad(W2[:, :])"
"dW0{end}" = "grad(b2[:])"
"A{end-1}" = "a1[:]"
"dE" = "grad(z2[:])"
"M" = "1"
''',
    # the Julia NeuralNetwork, at the hidden layer (l = 1, where activation_functions[l] is "tanh"): NN.cache's
    # arrays of the layer l and its neighbours, NN.params.W output-first, mini_batch.X the input, m the samples (one
    # here), drelu_dZ(NN, l) the ReLU's slope at Z[l], dtanh_dZ(NN, l) tanh's written 1 - A[l]^2
    "b179_jt_h": r'''
[notation]
indices = "ijk"
[notation.symbols]
"NN.cache.dA[l]" = "grad(a1[:])"
"NN.cache.dZ[l]" = "grad(z1[:])"
"NN.cache.dZ[l+1]" = "grad(z2[:])"
"NN.params.W[l+1]" = "W2[:, :]"
"NN.cache.dW[l]" = "grad(W1[:, :])"
"NN.cache.A[l]" = "a1[:]"
"NN.cache.Z[l]" = "z1[:]"
"mini_batch.X" = "x[:]"
"mini_batch.Y" = "y[:]"
"m" = "1"
"drelu_dZ(NN, l)" = "Heaviside(z1[:])"
"dtanh_dZ(NN, l)" = "1 - a1[:]**2"
''',
    # the same at the output layer (l = NN.L = 2, the "logistic" output under "cross_entropy_binary"):
    # dlogistic_dZ(NN, l) = A[l] (1 - A[l])
    "b179_jt_o": r'''
[notation]
indices = "ijk"
[notation.symbols]
"NN.cache.dA[l]" = "grad(a2[:])"
"NN.cache.dZ[l]" = "grad(z2[:])"
"NN.cache.dW[l]" = "grad(W2[:, :])"
"NN.cache.db[l]" = "grad(b2[:])"
"NN.cache.A[l-1]" = "a1[:]"
"NN.cache.A[l]" = "a2[:]"
"NN.cache.A[NN.L]" = "a2[:]"
"NN.params.W[l]" = "W2[:, :]"
"mini_batch.X" = "x[:]"
"mini_batch.Y" = "y[:]"
"m" = "1"
"dlogistic_dZ(NN, l)" = "a2[:]*(1 - a2[:])"
''',
    # the same at the hidden layer of the network whose activation_functions[1] is "relu"
    "b179_jr_h": r'''
[notation]
indices = "ijk"
[notation.symbols]
"NN.cache.dA[l]" = "grad(a1[:])"
"NN.cache.dZ[l]" = "grad(z1[:])"
"NN.cache.A[l]" = "a1[:]"
"NN.cache.Z[l]" = "z1[:]"
"m" = "1"
"drelu_dZ(NN, l)" = "Heaviside(z1[:])"
"dtanh_dZ(NN, l)" = "1 - a1[:]**2"
''',
    # the same at the "softmax" output under "cross_entropy_multi" (mini_batch.Y the one-hot targets):
    # dsoftmax_dZ(NN, l) = A[l] (1 - A[l]), the file's
    "b179_js_o": r'''
[notation]
indices = "ijk"
[notation.symbols]
"NN.cache.dA[l]" = "grad(a2[:])"
"NN.cache.dZ[l]" = "grad(z2[:])"
"NN.cache.A[l]" = "a2[:]"
"NN.cache.A[NN.L]" = "a2[:]"
"mini_batch.Y" = "t[:]"
"m" = "1"
"dsoftmax_dZ(NN, l)" = "a2[:]*(1 - a2[:])"
''',
    # the dlbook notebook: the samples rows, X the input, A_1, Z_1, A_2, Z_2 the layers' rows, W_1, W_2 input-first,
    # R_l = A_{l-1} W_l (so dR_l = dZ_l), dA_l, dZ_l, dR_l, dW_l, db_l the cost's gradients (rows, as the page's
    # shapes), f_1, f_2 and the f' of the rules the sigmoid, y the target
    "b179_db": r'''
[notation]
functions = { f = "sigmoid", "f_{1}" = "sigmoid", "f_{2}" = "sigmoid" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"A_{1}" = "a1[:].T"
"A_{2}" = "a2[:].T"
"Z_{1}" = "z1[:].T"
"Z_{2}" = "z2[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"dA_{1}" = "grad(a1[:]).T"
"dA_{2}" = "grad(a2[:]).T"
"dZ_{1}" = "grad(z1[:]).T"
"dZ_{2}" = "grad(z2[:]).T"
"dR_{1}" = "grad(z1[:]).T"
"dR_{2}" = "grad(z2[:]).T"
"dW_{1}" = "grad(W1[:, :]).T"
"dW_{2}" = "grad(W2[:, :]).T"
"db_{1}" = "grad(b1[:]).T"
"db_{2}" = "grad(b2[:]).T"
''',
    # the Korean MLPRegressor's backward at the output layer (l = self.L - 1 = 1, the loop's first pass): A_L the
    # output, y_true (and the docstring's y) the target, N the samples (one here), dA and dZ the output's, A_prev the
    # hidden outputs, dW[l] and db[l] the output layer's gradients (rows, W[l] input-first)
    "b179_kr_o": r'''
[notation]
indices = "ijk"
[notation.symbols]
"A_L" = "a2[:].T"
"y_true" = "y[:].T"
"y" = "y[:].T"
"N" = "1"
"dA" = "grad(a2[:]).T"
"dZ" = "grad(z2[:]).T"
"A_prev" = "a1[:].T"
"dW[l]" = "grad(W2[:, :]).T"
"db[l]" = "grad(b2[:]).T"
''',
    # the same at the hidden layer (l = 0, the loop's second pass): dA the hidden outputs' gradient (dZ @ W[1].T),
    # A_cur and Z the hidden layer's, act_backward(A_cur, Z, self.activation) tanh's slope 1 - A_cur^2
    "b179_kr_h": r'''
[notation]
indices = "ijk"
[notation.symbols]
"dA" = "grad(a1[:]).T"
"dZ" = "grad(z1[:]).T"
"A_cur" = "a1[:].T"
"Z" = "z1[:].T"
"A_prev" = "x[:].T"
"act_backward(A_cur, Z, self.activation)" = "(1 - a1[:]**2).T"
''',
    # the same in step: l the list's index (0-based: self.W[l] the weights of layer l+1, input-first), lr the rate
    "b179_kr_u": r'''
[notation]
indices = "l"
learning_rate = ["lr"]
[notation.symbols]
"self.W[l]" = "W{l+1}[:, :].T"
"self.b[l]" = "b{l+1}[:].T"
"dW[l]" = "grad(W{l+1}[:, :]).T"
"db[l]" = "grad(b{l+1}[:]).T"
''',
    # Justin Johnson's linear layer as the output layer: X the hidden outputs (a row), W input-first (D x M), Y the
    # class scores (the output sums), x_{i,j} and y_{i,j} sample i's entries (i the sample, one here), w_{i,j} W's
    # entry (input i, score j), N the samples, M the scores
    "b179_jj": r'''
[notation]
indices = "ijk"
[notation.symbols]
"X" = "a1[:].T"
"Y" = "z2[:].T"
"W" = "W2[:, :].T"
"x_{ik}" = "a1[k-1]"
"y_{ij}" = "z2[j-1]"
"w_{kj}" = "W2[j-1, k-1]"
"N" = "1"
"M" = "3"
"D" = "2"
''',
    # the batches page's linear layer as the output layer: X the hidden outputs, Y the output sums, W input-first
    # (w_{kj} joins input k to output j), b the biases (a row), x_{ik}, y_{ij} sample i's entries (i the sample, one
    # here), p the samples, dEdy and dEdb the code's gradients (rows), \mathcal{L} the loss
    "b179_bb_lin": r'''
[notation]
indices = "ijkl"
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\mathbf{X}" = "a1[:].T"
"\\mathbf{Y}" = "z2[:].T"
"\\mathbf{W}" = "W2[:, :].T"
"\\mathbf{b}" = "b2[:].T"
"x_{ik}" = "a1[k-1]"
"y_{ij}" = "z2[j-1]"
"y_{il}" = "z2[l-1]"
"w_{kj}" = "W2[j-1, k-1]"
"b_{j}" = "b2[j-1]"
"p" = "1"
"dEdy" = "grad(z2[:]).T"
"dEdb" = "grad(b2[:]).T"
''',
    # the batches page's activation layer as the hidden layer's: x_{ij} the hidden sums, y_{ij} the hidden outputs
    # (i the sample), f the sigmoid
    "b179_bb_act": r'''
[notation]
indices = "ijk"
loss = ["\\mathcal{L}"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{ij}" = "z1[j-1]"
"y_{ij}" = "a1[j-1]"
''',
    # the batches page's loss: y_hat_{kl} the predictions (the outputs), y_{kl} the targets (k the sample), p the
    # samples (one here), n the outputs
    "b179_bb_loss": r'''
[notation]
indices = "ijkl"
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\hat{y}_{kl}" = "a2[l-1]"
"y_{kl}" = "y[l-1]"
"p" = "1"
"n" = "2"
''',
    # the MATLAB backward_pass before its loop (j = size(W,2) = 3, the output layer): cells indexed by the layer,
    # the samples rows, dW{j} = dZ{j}'*A{j-1} output-first (as W{j}), db{j} a column, Y_out the predictions, Y_hat the
    # one-hot labels, size(Y,1) the samples (one here), d_relu the ReLU's slope
    "b179_mr_a": r'''
[notation]
indices = "ik"
functions = { d_relu = "relu' at input" }
[notation.symbols]
"dZ{j}" = "grad(z3[:]).T"
"dW{j}" = "grad(W3[:, :])"
"db{j}" = "grad(b3[:])"
"W{j}" = "W3[:, :]"
"A{j-1}" = "a2[:].T"
"Z{j-1}" = "z2[:].T"
"dZ{j-1}" = "grad(z2[:]).T"
"Y_out" = "a3[:].T"
"Y_hat" = "t[:].T"
"size(Y,1)" = "1"
''',
    # the same after its loop (which ran once, for j = 2, and leaves j = 2): dZ{j} the second layer's, dW{j-1} and
    # db{j-1} the first layer's, X the input (a row)
    "b179_mr_b": r'''
[notation]
indices = "ik"
[notation.symbols]
"dZ{j}" = "grad(z2[:]).T"
"dW{j-1}" = "grad(W1[:, :])"
"db{j-1}" = "grad(b1[:])"
"X" = "x[:].T"
''',
    # the FCLayer as the output layer: dA the gradient it is given (by its outputs), self.A, self.Z its outputs and
    # sums, self.A_prev the hidden outputs, self.W, self.b its weights (output-first) and biases, self.dZ, self.dW
    # their gradients, self.m the samples (one here), pre the gradient passed back (by the hidden outputs); the
    # activation's 'derivative' of self.A (the sigmoid's a (1 - a)) is not named: neither a symbol's pattern nor
    # functions' key may be the call getattr(self.activation, 'derivative') (the loader refuses both)
    "b179_fc": r'''
[notation]
[notation.symbols]
"dA" = "grad(a2[:])"
"self.A" = "a2[:]"
"self.Z" = "z2[:]"
"self.A_prev" = "a1[:]"
"self.W" = "W2[:, :]"
"self.b" = "b2[:]"
"self.dZ" = "grad(z2[:])"
"self.dW" = "grad(W2[:, :])"
"self.m" = "1"
"pre" = "grad(a1[:])"
''',
    # the Chinese helpers at the sigmoid output (sigmoid_backward and linear_backward called for layer 2): dA, dZ the
    # output's gradients, s the sigmoid of Z (the output), W the output weights, dA_prev the hidden outputs'
    # gradient, db the output bias's, m the samples (one here); update_parameters' dictionaries with l the loop's
    # 0-based index
    "b179_zh": r'''
[notation]
indices = "l"
[notation.symbols]
"dA" = "grad(a2[:])"
"dZ" = "grad(z2[:])"
"Z" = "z2[:]"
"s" = "a2[:]"
"W" = "W2[:, :]"
"A_prev" = "a1[:]"
"dA_prev" = "grad(a1[:])"
"db" = "grad(b2[:])"
"m" = "1"
"parameters[\"W\" + str(l + 1)]" = "W{l+1}[:, :]"
"parameters[\"b\" + str(l + 1)]" = "b{l+1}[:]"
"grads[\"dW\" + str(l + 1)]" = "grad(W{l+1}[:, :])"
"grads[\"db\" + str(l + 1)]" = "grad(b{l+1}[:])"
''',
    # the Chinese comment on the sigmoid's derivative: s the sigmoid (a function), x its argument, taken as the
    # output's sum Z that sigmoid_backward is given
    "b179_zh_c": r'''
[notation]
functions = { s = "sigmoid" }
[notation.symbols]
"x" = "z2[0]"
''',
}
