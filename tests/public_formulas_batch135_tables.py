"""The networks and notations of batch 135 of the held-out public formulas (tests/public_formulas_batch135.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b135_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # mempirate/simple-neural-network#1: the repository's one neuron, outputs = sigmoid(x . weights) with no bias
    # (three inputs, the classic 3-input example), L = sum (sigmoid(z) - true_outputs)**2 (one sample here)
    "b135_mp": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # NeuromatchAcademy/course-content-dl#176 (W1D2 Tutorial 2, the ShallowNarrow network): y_hat = w_2 w_1 x, no
    # biases, no nonlinearity, loss = (y - w_1 w_2 x)^2 (the solution's -2 ... (y - w_1 w_2 x))
    "b135_nm": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # gavinkhung/machine-learning-visualized#5 (the book's linear regression page): y_hat = w x_i + b, one feature,
    # L(w, b) = (1/n) sum_i (y_i - (w x_i + b))^2, n = 1 sample here; eta the page's (no number)
    "b135_gk": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # gy910210/neural-network-from-scratch#2: the repository's network (two inputs, a tanh hidden layer, a softmax
    # output with the cross-entropy, the moons data set's two classes); 2-3-2 here
    "b135_gy": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # kvark/meganeura#60: an element-wise tanh op, y = tanh(x), in a network of any kind; here a tanh hidden layer
    # (x its pre-activation, y its output) under a linear output and half the squared error, 2-3-1
    "b135_kv": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # DrBigMau/LSTM-from-Scratch-in-Python#1: the repository's Sigmoid layer (forward stores its output sigm in
    # self.inputs; backward takes dvalues = dL/d(output)); a sigmoid hidden layer of a 3-4-2 network here, a linear
    # output under half the squared error above it
    "b135_db": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # RubixML/ML#440, Binary.php: the Binary output layer (one sigmoid unit under the binary cross-entropy) on a
    # hidden layer; 2-4-1 with a ReLU hidden layer here
    "b135_rb": _layers('inputs = 2\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # RubixML/ML#440, Multiclass.php: the Multiclass output layer (softmax under the cross-entropy); 2-4-3 here
    "b135_rm": _layers('inputs = 2\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # tf-encrypted/tf-encrypted#727: keras' BinaryCrossentropy on y_pred, already a probability (a sigmoid output);
    # a logistic unit of three inputs here
    "b135_tf": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # mantasu/cs231n#10: the softmax classifier of cs231n's assignment 1 (scores X W, no bias, the softmax loss of
    # the correct class c); 4 inputs and 3 classes here
    "b135_ms": _layers('inputs = 4\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # hunkim/DeepLearningZeroToAll#112 (lab-10-X1, MNIST by hand): sigmoid layers l1 -> a1, l2 -> y_pred,
    # diff = y_pred - Y, the "sigmoid + L2 loss" of #25 (half the squared error); 784-30-10 there, 4-5-3 here
    "b135_hk": _layers('inputs = 4\nunits = 5\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # andersbll/nnet#4: the library's MLP with tanh hidden units (helpers.tanh_d their derivative) and a softmax
    # (LogRegression) output; 2-3-2 here
    "b135_an": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # PacktPublishing/Neural-Network-Projects-with-Python#4 (chapter 1's NeuralNetwork): layer1 = sigmoid(x W1),
    # output = sigmoid(layer1 W2), no biases, the sum of squared errors; 3-4-1
    "b135_pk": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # HomericIntelligence/Odyssey#2134: the library's softmax op (s its outputs, grad_output dL/ds from the loss above,
    # grad_input dL/d(its input)) under a classification loss; a softmax output layer under the cross-entropy, 2-4-3
    "b135_od": _layers('inputs = 2\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # udacity/sdc-issue-reports#137 (MiniFlow's Linear node, Z = XW + b, the batch's rows the samples): one linear
    # layer of three inputs and two outputs (one sample), its cost MiniFlow's mean squared error
    "b135_mf": _layers('inputs = 3\nunits = 2\nactivation = "identity"', loss="mean_squared_error"),
    # harvard-edge/cs249r_book#1341 (TinyTorch's autograd): a Tanh activation, x its input; a tanh hidden layer of a
    # 2-3-1 network here, a linear output under half the squared error
    "b135_hv": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # oreilly-japan/deep-learning-from-scratch-2#26 (the book's RNN cell, h_next = tanh(t)): the tanh step of one time
    # step, as a tanh hidden layer of a 2-3-2 network under a linear output and half the squared error
    "b135_oj": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # JamorMoussa/NanoTorch#5: the library's Sigmoid activation, x its input; a sigmoid hidden layer of a 2-3-1
    # network here, a linear output under half the squared error
    "b135_nt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # OpenMined/UnityWorker#250: a ReLU layer (x its input, relu_output its output); a ReLU hidden layer of a 2-3-1
    # network here, a linear output under half the squared error
    "b135_ow": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # sebastian-lapuschkin/lrp_toolbox#14: the toolbox's Tanh module (X its input, Y = tanh(X), DY the gradient from
    # the layers above) in an MLP with a softmax output; 2-3-2 under the cross-entropy here
    "b135_lr": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # djib2011/python_ml_tutorial#1 (notebook 19's linear regression): y_hat = w x + b, the mean squared error over
    # the N samples (one here), a the learning rate
    "b135_dj": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # eriklindernoren/ML-From-Scratch#124: the library's LogisticRegression (y_pred = sigmoid(X . param), no bias, the
    # gradient of the cross-entropy); three features and one sample here
    "b135_el": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # dannyneil/spiking_relu_conversion#1 (nnbp.m of DeepLearnToolbox, with ReLU units): nn.e = y - a the error,
    # d{n} = dL/dz of the output layer n under half the squared error; ReLU output units here, a sigmoid hidden layer,
    # 2-3-2
    "b135_dn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "relu"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the names: weights the neuron's weight vector, x the inputs, z = x * weights the sum, outputs (and
    # "sigmoid", the asker's name for the same value, doutputs/dsigmoid) the neuron's output, true_outputs the
    # target, L the loss
    "b135_mp": r'''
[notation]
loss = ["L"]
[notation.symbols]
"weights" = "W1[0, :]"
"x" = "x[:]"
"z" = "z1[0]"
"outputs" = "a1[0]"
"sigmoid" = "a1[0]"
"true_outputs" = "y[0]"
''',
    # the tutorial's names (math italics in the issue, plain letters to the reader): w_1 the first layer's weight,
    # w_2 the second's, x the input, y the target, loss the loss
    "b135_nm": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # the page's names: w the weight, b the bias, x_i and y_i sample i's feature and target (counted from 1, one
    # sample), n the number of samples, L(w, b) the loss, eta the learning rate
    "b135_gk": r'''
[notation]
indices = "i"
loss = ["L"]
[notation.symbols]
"w" = "W1[0, 0]"
"\\vec{w}" = "W1[0, :]"
"b" = "b1[0]"
"x_{i}" = "x[i-1]"
"y_{i}" = "y[i-1]"
"n" = "1"
''',
    # the Tanh layer's backward(self, X, top_diff): X the layer's input (the hidden pre-activations), output its
    # output tanh(X), top_diff dL/d(output) from above, the value returned dL/dX
    "b135_gy": r'''
[notation]
[notation.symbols]
"X" = "z1[:]"
"output" = "a1[:]"
"top_diff" = "grad(a1[:])"
"backward" = "grad(z1[:])"
''',
    # the PR's names: x the op's input, y = tanh(x) its output, L the loss
    "b135_kv": r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "z1[:]"
"y" = "a1[:]"
''',
    # the Sigmoid layer's backward: sigm the layer's output (stored as self.inputs), deriv the sigmoid's derivative
    # at the layer's input, dvalues dL/d(output), self.dinputs dL/d(input)
    "b135_db": r'''
[notation]
[notation.symbols]
"sigm" = "a1[:]"
"deriv" = "a1[:]*(1 - a1[:])"
"dvalues" = "grad(a1[:])"
"self.dinputs" = "grad(z1[:])"
''',
    # Binary.php's gradient: output the sigmoid's output, expected the label, dZ dL/dz of the output unit
    "b135_rb": r'''
[notation]
[notation.symbols]
"output" = "a2[0]"
"expected" = "y[0]"
"dZ" = "grad(z2[0])"
''',
    # Multiclass.php's gradient: output the softmax's outputs, expected the one-hot labels, dZ dL/dz of the outputs
    "b135_rm": r'''
[notation]
[notation.symbols]
"output" = "a2[:]"
"expected" = "t[:]"
"dZ" = "grad(z2[:])"
''',
    # the names: y_true the label, y_pred the predicted probability, BinaryCrossentropy_loss the loss
    "b135_tf": r'''
[notation]
loss = ["BinaryCrossentropy_loss"]
[notation.symbols]
"y_true" = "y[0]"
"y_pred" = "a1[0]"
''',
    # the comment's names: \hat y_i the score of class i (counted from 0 as the code's), L_n sample n's loss, c its
    # correct class
    "b135_ms": r'''
[notation]
indices = "i"
loss = ["L_n"]
[notation.symbols]
"\\hat{y}_{i}" = "z1[i]"
''',
    # lab-10-X1's names: l2 the output layer's sums, d_l2 dE/d(l2), diff = y_pred - Y, sigma_prime the sigmoid's
    # derivative at its input
    "b135_hk": r'''
[notation]
functions = { sigma_prime = "sigmoid' at input" }
[notation.symbols]
"l2" = "z2[:]"
"d_l2" = "grad(z2[:])"
"diff" = "a2[:] - y[:]"
''',
    # helpers.py's tanh_d(x): the tanh's derivative at x
    "b135_an": r'''
[notation]
functions = { tanh_d = "tanh' at input" }
''',
    # the book's sigmoid_derivative(x), called with self.output and self.layer1 (already sigmoids): the sigmoid's
    # derivative written of its output
    "b135_pk": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
''',
    # the names (counted from 0 as the code's arrays): s_i the softmax's outputs, grad_output[i] dL/ds_i,
    # grad_input[i] dL/d(input i), dot_product the weighted sum the issue defines
    "b135_od": r'''
[notation]
indices = "ik"
[notation.symbols]
"s_{i}" = "a2[i]"
"grad_output[i]" = "grad(a2[i])"
"grad_input[i]" = "grad(z2[i])"
"dot_product" = "grad(a2[0])*a2[0] + grad(a2[1])*a2[1] + grad(a2[2])*a2[2]"
''',
    # MiniFlow's Linear node: X_ij input j of sample i (one sample), W_jl the weight from input j to output l
    # (input-first, X W), b_l the bias, Z_il output l's sum; counted from 1
    "b135_mf": r'''
[notation]
indices = "ijl"
[notation.symbols]
"X_{ij}" = "x[j-1]"
"W_{jl}" = "W1[l-1, j-1]"
"b_{l}" = "b1[l-1]"
"Z_{il}" = "z1[l-1]"
''',
    # the x: the Tanh activation's input
    "b135_hv": r'''
[notation]
[notation.symbols]
"x" = "z1[:]"
''',
    # the RNN cell's backward: h_next = tanh(t) its output, dh_next dL/dh_next, dt dL/dt
    "b135_oj": r'''
[notation]
[notation.symbols]
"h_next" = "a1[:]"
"dh_next" = "grad(a1[:])"
"dt" = "grad(z1[:])"
''',
    # the x: the Sigmoid's input (\\sigma the sigmoid, as symbols.md has it)
    "b135_nt": r'''
[notation]
[notation.symbols]
"x" = "z1[:]"
''',
    # the comment's relu(x) and relu_backprop(x): x the layer's input, relu_output its output, relu_backprop the
    # ReLU's derivative
    "b135_ow": r'''
[notation]
functions = { relu_backprop = "relu' at input" }
[notation.symbols]
"x" = "z1[:]"
"relu_output" = "a1[:]"
''',
    # the Tanh module's names: X its input, Y its output, DY dL/dY, backward the gradient it returns (dL/dX); the
    # asker's x and y the same
    "b135_lr": r'''
[notation]
[notation.symbols]
"self.X" = "z1[:]"
"self.Y" = "a1[:]"
"DY" = "grad(a1[:])"
"backward" = "grad(z1[:])"
"x" = "z1[:]"
"y" = "a1[:]"
''',
    # the notebook's names: x the feature, y the target, y_hat the prediction (one sample), w and b the weight and the
    # bias, dw and db their gradients, a the learning rate
    "b135_dj": r'''
[notation]
learning_rate = ["a"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"y_hat" = "a1[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"dw" = "grad(W1[0, 0])"
"db" = "grad(b1[0])"
''',
    # the class's names: self.param the weight vector, X the samples' features (one sample), y the labels, y_pred the
    # predicted probabilities, self.learning_rate eta
    "b135_el": r'''
[notation]
learning_rate = ["self.learning_rate"]
[notation.symbols]
"self.param" = "W1[0, :]"
"X" = "x[:]"
"y" = "y[0]"
"y_pred" = "a1[0]"
''',
    # nnbp.m's names: n the output layer (a name, not a number), nn.e = y - a its error, nn.a{n} its outputs, d{n}
    # dL/dz of its units
    "b135_dn": r'''
[notation]
indices = "k"
[notation.symbols]
"nn.e" = "y[:] - a2[:]"
"nn.a{n}" = "a2[:]"
"d{n}" = "grad(z2[:])"
''',
}
