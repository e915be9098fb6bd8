"""The networks and notations of batch 123 of the held-out public formulas (tests/public_formulas_batch123.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b123_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Dustin Stansbury's "Derivation: Error Backpropagation & Gradient Descent for Neural Networks" (The Clever
    # Machine): one hidden layer, inputs a_i, hidden outputs a_j = g_j(z_j), outputs a_k = g_k(z_k), biases b_j and
    # b_k, E = 1/2 sum_k (a_k - t_k)^2; g_j and g_k "the activation function" (the sigmoid here); 2-3-2 here
    "b123_ds": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Data Science Stack Exchange question 16472: 3 inputs, two hidden layers of 3 sigmoid neurons, one sigmoid
    # output Out = 1/(1 + e^{-net_O}), no biases named, E = sum 1/2 (Target - Out)^2
    "b123_se": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the deeplearning.ai NLP course's CBOW back_prop (three GitHub threads on it): z1 = W1 x + b1, h = ReLU(z1),
    # yhat = softmax(W2 h + b2), the cross-entropy cost averaged over batch_size samples (one here); x the
    # average of the context words' one-hot vectors (V = 4 here), N = 3 hidden units
    "b123_cb": _layers('inputs = 4\nunits = 3\nactivation = "relu"', 'units = 4\nactivation = "softmax"',
                       loss="cross_entropy"),
    # Udacity's Self-Driving Car Nanodegree lesson on backprop in deep networks (sdc-issue-reports#469): a network
    # with weights W_1, W_2 (a ReLU hidden layer and a softmax classifier in the lessons' TensorFlow), alpha the rate
    "b123_sd": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # interviews.ai's solution 120 (BoltzmannEntropy/interviews.ai#15): a Sigmoid module, forward(x) = 1/(1 +
    # e^{-x}) keeping its input self.x, backward(grad) of the gradient by its output; here the hidden layer of a
    # 2-3-2 sigmoid network under half the squared error
    "b123_bz": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Daniel Godoy's PyTorchStepByStep, chapter 1 (dvgodoy/PyTorchStepByStep#21): linear regression yhat = b + w x,
    # the mean squared error over the training points (one here), lr = 0.1
    "b123_dg": problem_text('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error",
                            extra="\n[update]\nlearning_rate = 0.1\n"),
    # Raschka's Machine Learning with PyTorch and Scikit-Learn, chapter 2 (rasbt/machine-learning-book#141):
    # Adaline, output = net input w^T x + b (linear activation), the loss (y - output)^2 of each sample in the SGD
    # version of page 49 (the mean squared error), eta = 0.01
    "b123_rb": problem_text('inputs = 2\nunits = 1\nactivation = "identity"', loss="squared_error",
                            extra="\n[update]\nlearning_rate = 0.01\n"),
    # the ML Glossary's (ml-cheatsheet) backpropagation page: the toy network X -> H = R(Z_h), Z_h = X W_h -> yhat =
    # R(Z_o), Z_o = H W_o, R the ReLU, no biases, the cost C with C'(yhat) = yhat - y (half the squared error)
    "b123_mg": _layers('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"',
                       'units = 1\nactivation = "relu"\nbias = "none"', loss="half_squared_error"),
    # a student's notebook MNIST_scratch.ipynb (joyabrata-das/ML_DL): z_1 = X W_1 + b_1, a_1 = ReLU(z_1), z_2 = a_1 W_2 +
    # b_2, softmax outputs, the cross-entropy averaged over the batch of B samples (one here); 784-128-10 there (the
    # code's MNISTNet), 3-4-3 here
    "b123_jd": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
}

NOTATIONS = {
    # Stansbury's derivation: the letter names the layer (i inputs, j hidden units, k outputs), counted from 1
    # (sum_{k=1}^K); w_ij joins input i to hidden unit j, w_jk hidden unit j to output k (input-first); z the sums,
    # a the outputs, b the biases, t_k the targets, g_j and g_k the activation functions, delta_k = (a_k - t_k)
    # g_k'(z_k) and delta_j = g_j'(z_j) sum_k delta_k w_jk (dE/dz), E the loss, eta the rate, K the outputs
    "b123_ds": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { g_j = "sigmoid", g_k = "sigmoid" }
[notation.symbols]
"a_{i}" = "x[i-1]"
"a_{j}" = "a1[j-1]"
"a_{k}" = "a2[k-1]"
"z_{j}" = "z1[j-1]"
"z_{k}" = "z2[k-1]"
"b_{j}" = "b1[j-1]"
"b_{k}" = "b2[k-1]"
"w_{ij}" = "W1[j-1, i-1]"
"w_{jk}" = "W2[k-1, j-1]"
"t_{k}" = "y[k-1]"
"\\delta_{k}" = "delta2[k-1]"
"\\delta_{j}" = "delta1[j-1]"
"K" = "2"
''',
    # the Stack Exchange question: Out the output, net_O its sum, Target the target, n_{x,y} node y of layer x
    # (hidden layers 1 and 2) and net_{x,y} its sum, w_{i,j,k} the weight into node j of layer i from node k of the
    # layer before (output-first, counted from 1), alpha the rate, E the error
    "b123_se": r'''
[notation]
indices = "xyijk"
loss = ["E"]
learning_rate = ["\\alpha"]
[notation.symbols]
"Out" = "a3[0]"
"net_{O}" = "z3[0]"
"Target" = "y[0]"
"n_{x,y}" = "a{x}[y-1]"
"net_{x,y}" = "z{x}[y-1]"
"w_{i,j,k}" = "W{i}[j-1, k-1]"
''',
    # the CBOW back_prop's code names (column vectors, one sample a column): x the input, h the hidden outputs, yhat
    # the softmax outputs, y the one-hot target, W1, W2, b1, b2 the parameters (W1 x + b1: output-first), z1 the hidden
    # sums; l1 the hidden layer's error after `l1[z1 < 0] = 0` (dJ/dz1); grad_W1 ... grad_b2 the gradients of the cost;
    # batch_size the samples (one here), ones_array = np.ones(batch_size) (one 1 here)
    "b123_cb": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"yhat" = "a2[:]"
"y" = "t[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"z1" = "z1[:]"
"l1" = "delta1[:]"
"grad_W1" = "grad(W1[:, :])"
"grad_W2" = "grad(W2[:, :])"
"grad_b1" = "grad(b1[:])"
"grad_b2" = "grad(b2[:])"
"batch_size" = "1"
"ones_array" = "1"
''',
    # the same code's line `l1 = np.dot(W2.T,(yhat-y))`, before the ReLU's mask: l1 there is dJ/dh
    "b123_cbl": r'''
[notation]
[notation.symbols]
"yhat" = "a2[:]"
"y" = "t[:]"
"W2" = "W2[:, :]"
"l1" = "grad(a1[:])"
''',
    # the Udacity lesson: W_2 the second layer's weights, alpha the learning rate
    "b123_sd": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"W_{2}" = "W2[:, :]"
"W_{1}" = "W1[:, :]"
''',
    # the Sigmoid module of the hidden layer: self.x its input (the sums z1), grad the gradient by its output
    # (dL/d a1), grad_input the gradient by its input (dL/dz1), sigmoid_output its output a1
    "b123_bz": r'''
[notation]
[notation.symbols]
"self.x" = "z1[:]"
"grad" = "grad(a1[:])"
"grad_input" = "grad(z1[:])"
"sigmoid_output" = "a1[:]"
''',
    # Godoy's steps 2 and 3: yhat = b + w x_train the prediction, y_train the target, error = yhat - y_train, loss the
    # MSE (.mean() over the points, one here), b_grad and w_grad its gradients, lr the learning rate
    "b123_dg": r'''
[notation]
loss = ["loss"]
learning_rate = ["lr"]
[notation.symbols]
"yhat" = "a1[0]"
"y_train" = "y[0]"
"x_train" = "x[0]"
"error" = "a1[0] - y[0]"
"b_grad" = "grad(b1[0])"
"w_grad" = "grad(W1[0, 0])"
"b" = "b1[0]"
"w" = "W1[0, 0]"
''',
    # the training loop of cell 1.2, where error = y_train - yhat (the point: its gradients carry the sign)
    "b123_dgl": r'''
[notation]
loss = ["loss"]
learning_rate = ["lr"]
[notation.symbols]
"yhat" = "a1[0]"
"y_train" = "y[0]"
"x_train" = "x[0]"
"error" = "y[0] - a1[0]"
"b_grad" = "grad(b1[0])"
"w_grad" = "grad(W1[0, 0])"
"b" = "b1[0]"
"w" = "W1[0, 0]"
''',
    # Raschka's AdalineSGD: self.w_ the weights, self.eta the rate, xi the sample's features, error = target - output
    # (errors = y - output in the batch version), output the net input (linear activation); self.w_ is not in the
    # table: the loader refuses "self.w_" = "W1[0, :]" ("a subscript or superscript is missing at the end"), a name
    # ending in an underscore that the format reads as a base and an empty subscript
    "b123_rb": r'''
[notation]
learning_rate = ["self.eta"]
[notation.symbols]
"xi" = "x[:]"
"error" = "y[0] - a1[0]"
"errors" = "y[0] - a1[0]"
"y" = "y[0]"
"output" = "a1[0]"
''',
    # the ML Glossary's toy network: X the input, W_h and W_o the hidden and output weights, Z_h = X W_h and Z_o = H W_o
    # their sums, H = R(Z_h) the hidden output, yhat = R(Z_o) the prediction (O the output's activation), R the ReLU,
    # C the cost, E_o = C'(Z_o) and E_h = C'(Z_h) the layers' errors
    "b123_mg": r'''
[notation]
loss = ["C", "Cost"]
functions = { R = "relu", O = "relu" }
[notation.symbols]
"X" = "x[0]"
"W_{h}" = "W1[0, 0]"
"W_{o}" = "W2[0, 0]"
"W_{O}" = "W2[0, 0]"
"Z_{h}" = "z1[0]"
"Z_{o}" = "z2[0]"
"Z_{O}" = "z2[0]"
"H" = "a1[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"E_{o}" = "delta2[0]"
"E_{h}" = "delta1[0]"
''',
    # the notebook's derivation: samples are rows (X a row, one sample here, B = 1), W_1 and W_2 input-first (X W_1),
    # z_1, a_1, z_2 the rows of sums and outputs, Yhat the softmax outputs and Y the one-hot target, z_2^{(i)} the row of
    # sample i, L the batch's mean cross-entropy, ReLU and softmax the activations
    "b123_jd": r'''
[notation]
indices = "i"
loss = ["\\mathcal{L}"]
functions = { ReLU = "relu" }
[notation.symbols]
"X" = "x[:].T"
"W_{1}" = "W1[:, :].T"
"W_{2}" = "W2[:, :].T"
"b_{1}" = "b1[:].T"
"b_{2}" = "b2[:].T"
"z_{1}" = "z1[:].T"
"z_{2}" = "z2[:].T"
"a_{1}" = "a1[:].T"
"\\hat{Y}" = "a2[:].T"
"Y" = "t[:].T"
"z_{2}^{(i)}" = "z2[:].T"
"B" = "1"
''',
}
