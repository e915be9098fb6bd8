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
}
