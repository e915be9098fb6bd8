"""The networks and notations of batch 170 of the held-out public formulas (tests/public_formulas_batch170.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b170_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the neural-network-from-scratch README's "Binary Cross Entropy Equations" (stored file 34532833230): a_0 = x,
    # s_1 = W_1.a_0 + b_1, a_1 = g_1(s_1), s_2 = W_2.a_1 + b_2, a_2 = g_2(s_2), y~ = a_2 (W output-first, columns),
    # g_1 tanh (the first activation it lists) and g_2 the sigmoid under the BCE it derives; no size and no rate
    # given (alpha): 2-3-1 here, the rate 0.1
    "b170_oz": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # dl_demo's README of "used math formulas" (stored file 36578021605): a tanh hidden layer and a softmax output
    # with the cross-entropy L = -sum_k y_k log a_k (its sections); no size given: 2-3-2 here
    "b170_yf": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # chryoung's Jekyll post "Deep learning -- Math for Backpropagation" (stored file 5564250898): one unit, y_hat = a
    # = sigma(z), z = wx + b (the post writes "Let y_hat = a = wx + b", its slip: its dL/dz section takes a =
    # 1/(1 + e^{-z})), L = -y log y_hat - (1 - y) log(1 - y_hat); 1-1 here, the rate 0.1
    "b170_ch": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # AidySun/deep_learning's README (stored file 15095528980): Ng's L-layer network (dZ[l], dW[l] = np.dot(dZ[l],
    # A[l-1].T) / m: output-first, columns), ReLU hidden layers (its first activation) and a sigmoid output under the
    # cross-entropy cost J = -(y log(a) + (1-y) log(1-a)) / m; m the samples (one here); 2-3-1 here, the rate 0.1
    "b170_ai": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # everything-from-scratch's notes/MLP.md (stored file 34507246603): layers L (sigmoid with the binary
    # cross-entropy) and L-1 (ReLU), z^L = W^L a^{L-1} + b^L (output-first, columns); L = 2 here (a^{L-2} the input),
    # 2-3-1, the rate 0.1
    "b170_gr": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Spanish challenge 8 "MSE vs Cross-Entropy para Clasificación" (stored file 62531429840): one sigmoid neuron
    # (z = X.flatten() * w + b), the BCE branch of train_classifier; called with lr=0.5; one sample here (np.mean
    # over one)
    "b170_eb": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy",
                            extra=_rate(0.5)),
    # the same challenge's MSE: L_mse = (y_hat - y)^2 (np.mean((a - y) ** 2): one sample and one output, the squared
    # error), the same neuron, lr=0.5
    "b170_em": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="squared_error",
                            extra=_rate(0.5)),
    # an MNIST script (stored file 54827337998): the samples rows (np.dot(X, W1) + b1), W1 (input_size x hidden_size)
    # and W2 input-first with biases, sigmoid hidden units, softmax outputs, the cross-entropy -mean(sum(y_true log
    # A2)); 784-128-10 there, 3-4-3 here; train(..., learning_rate=0.1); batch_size one sample here
    "b170_mn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # a PyTorch train_neuron (stored file 67177495160): one sigmoid neuron, z = torch.matmul(batch_features, weights)
    # + bias (the samples rows, weights a vector of the features), nll_loss the binary cross-entropy's mean (one
    # sample here); two features here, learning_rate not given (0.1)
    "b170_pn": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # an activations module with Ng's relu_backward and sigmoid_backward (stored file 21472914279): its docstring's
    # logistic unit, z = x1w1 + x2w2 + b, a = sigmoid(z), L(a, y) the cross-entropy (d(L)/da = - y/a + (1-y)/(1-a));
    # 2-1 as it writes it, the rate 0.1
    "b170_sb": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # the BCE README: a_0 = x the input, s_1, s_2 the sums, a_1, a_2 the outputs, y~ = a_2, W_1, W_2 (output-first),
    # b_1, b_2, y the target, C the cost, alpha the rate; delta_1 = dC/ds_2 and delta_2 = dC/ds_1 (the page numbers
    # them from the output), ROWS as its chain writes them (delta_1 W_2, delta_1^T a_1^T); g_1 tanh, g_2 the sigmoid
    "b170_oz": r'''
[notation]
loss = ["C"]
learning_rate = ["\\alpha"]
functions = { "g_{1}" = "tanh", "g_{2}" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"a_{0}" = "x[:]"
"s_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"s_{2}" = "z2[:]"
"a_{2}" = "a2[:]"
"\\widetilde{y}" = "a2[:]"
"y" = "y[:]"
"W_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
"W_{2}" = "W2[:, :]"
"b_{2}" = "b2[:]"
"\\delta_{1}" = "grad(z2[:]).T"
"\\delta_{2}" = "grad(z1[:]).T"
''',
    # dl_demo: a_j the softmax outputs, z_i the output sums, y_k the one-hot target, L the cross-entropy (units
    # counted from 0, the page counting none)
    "b170_yf": r'''
[notation]
indices = "ijk"
loss = ["L"]
[notation.symbols]
"a_{i}" = "a2[i]"
"z_{i}" = "z2[i]"
"y_{i}" = "y[i]"
''',
    # chryoung's post: x the input, w the weight, b the bias, z the sum, y_hat = a the output, y the target, L the
    # cross-entropy
    "b170_ch": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # the deep_learning README: Ng's names with the layer in brackets (dZ[l] = dL/dZ[l] ...), A[0] the input, m the
    # samples (one), g[l] layer l's activation (g[1] the ReLU, g[2] the sigmoid); in the sigmoid section a, z the
    # output and its sum, da, dz their gradients, g the sigmoid, y the target
    "b170_ai": r'''
[notation]
indices = "l"
loss = ["J"]
learning_rate = ["learning_rate"]
functions = { "g[1]" = "relu", "g[2]" = "sigmoid", "g" = "sigmoid" }
[notation.symbols]
"A[0]" = "x[:]"
"A[l]" = "a{l}[:]"
"Z[l]" = "z{l}[:]"
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"dA[l]" = "grad(a{l}[:])"
"dZ[l]" = "grad(z{l}[:])"
"dW[l]" = "grad(W{l}[:, :])"
"db[l]" = "grad(b{l}[:])"
"m" = "1"
"a" = "a2[:]"
"z" = "z2[:]"
"y" = "y[:]"
"da" = "grad(a2[:])"
"dz" = "grad(z2[:])"
''',
    # the MLP notes: layer L the output (a^L = y_hat, sigmoid), L-1 the ReLU hidden layer, a^{L-2} the input,
    # W^L, z^L, b^L output-first (columns), y the target, \mathcal{L} the loss
    "b170_gr": r'''
[notation]
loss = ["\\mathcal{L}"]
functions = { "\\text{ReLU}" = "relu" }
[notation.symbols]
"W^{L}" = "W2[:, :]"
"b^{L}" = "b2[:]"
"z^{L}" = "z2[:]"
"a^{L}" = "a2[:]"
"W^{L-1}" = "W1[:, :]"
"z^{L-1}" = "z1[:]"
"a^{L-1}" = "a1[:]"
"a^{L-2}" = "x[:]"
"\\hat{y}" = "a2[:]"
"y" = "y[:]"
''',
    # the Spanish challenge, its BCE: y_hat = sigma(z) the output (y_hat, a in the code), y, y_true the target, z
    # the sum, w, b the weight and bias, X the input, bce_grad and dz the gradient by z (its comments' dL/dz), dw, db
    # the parameters', lr the rate
    "b170_eb": r'''
[notation]
loss = ["L", "L_bce"]
learning_rate = ["lr"]
functions = { "σ" = "sigmoid" }
[notation.symbols]
"ŷ" = "a1[0]"
"y_hat" = "a1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"y_true" = "y[0]"
"z" = "z1[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"X" = "x[:]"
"bce_grad" = "grad(z1[0])"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, 0])"
"db" = "grad(b1[0])"
''',
    # the same challenge, its MSE: the same names, mse_grad and dz the gradient by z under L_mse
    "b170_em": r'''
[notation]
loss = ["L", "L_mse"]
learning_rate = ["lr"]
functions = { "σ" = "sigmoid" }
[notation.symbols]
"ŷ" = "a1[0]"
"y_hat" = "a1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"y_true" = "y[0]"
"z" = "z1[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"X" = "x[:]"
"mse_grad" = "grad(z1[0])"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, 0])"
"db" = "grad(b1[0])"
''',
    # the MNIST script: batch the input (a row), A1, A2 the layers' rows, y_true the one-hot target, W1, W2
    # input-first, dZ2 ... dW1 the loss's gradients (rows, its comments' dL/dZ2 ...), batch_size the samples (one
    # here), L the loss
    "b170_mn": r'''
[notation]
loss = ["L"]
learning_rate = ["learning_rate"]
[notation.symbols]
"batch" = "x[:].T"
"A1" = "a1[:].T"
"A2" = "a2[:].T"
"y_true" = "y[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"batch_size" = "1"
''',
    # train_neuron: batch_features the input (a row), batch_labels the target, weights the weight vector (W1's
    # row), bias the bias, z, a the sum and output, dL_dz, dL_dw, dL_db their gradients; its comments' w, x, y, b,
    # dL/dz ... the same, lr the learning rate (learning_rate in the code)
    "b170_pn": r'''
[notation]
loss = ["L"]
learning_rate = ["learning_rate", "lr"]
[notation.symbols]
"batch_features" = "x[:].T"
"batch_labels" = "y[:]"
"weights" = "W1[0, :]"
"bias" = "b1[0]"
"z" = "z1[:]"
"a" = "a1[:]"
"dL_dz" = "grad(z1[:])"
"dL_dw" = "grad(W1[0, :])"
"dL_db" = "grad(b1[0])"
"w" = "W1[0, :]"
"x" = "x[:]"
"y" = "y[:]"
"b" = "b1[0]"
''',
    # the activations module: in sigmoid_backward Z the sum, A = sigmoid(Z) the output, dA, dZ the cost's gradients
    # by them; in the docstring a = y^ the output, z the sum, y the target, L the loss
    "b170_sb": r'''
[notation]
loss = ["L"]
[notation.symbols]
"Z" = "z1[:]"
"A" = "a1[:]"
"dA" = "grad(a1[:])"
"dZ" = "grad(z1[:])"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
}
