"""The networks and notations of batch 51 of the held-out public formulas (tests/public_formulas_batch51.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b51_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Cross Validated 462862: one sigmoid neuron y = sigma(w^T x) without a bias, trained on the binary
    # cross-entropy (the answer's H, "binary cross entropy loss"); two inputs
    "b51_sigmoid_bce": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                               loss="binary_cross_entropy"),
    # Cross Validated 181357: the delta rule of a net with tanh units (the question's f), a hidden layer of two and
    # two outputs, E = 1/2 sum (y-hat - y)^2 (y-hat the teacher's value)
    "b51_tanh_delta": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 2\nactivation = "tanh"',
                              loss="half_squared_error"),
    # Nemotron's "Recycled Paper": a perceptron with a sigmoid, no bias, E = 1/2 sum (y_i - y-hat_i)^2 over the
    # samples (one here), the code's example: inputs [[0.1, 0.2, 0.3]], targets [1], learning_rate 0.01
    "b51_recycled": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                                 loss="half_squared_error", extra=_data("[0.1, 0.2, 0.3]", "[1.0]", 0.01)),
    # Paul-Ajibola's notebook: x = [[2.0, -1.0]], y = [[1.0]], a ReLU layer of three, a linear output, loss =
    # 0.5 * (y_hat - y) ** 2; W1, b1, W2, b2 drawn by np.random.seed(0) (W1 and W2 input-first in the notebook,
    # transposed here; its prediction 5.79749605 is theirs)
    "b51_ajibola": problem_text(
        'inputs = 2\nunits = 3\nactivation = "relu"\n'
        'weights = [[1.764052345967664, 2.240893199201458], [0.4001572083672233, 1.8675579901499675],'
        ' [0.9787379841057392, -0.977277879876411]]\n'
        'biases = [0.9500884175255894, -0.1513572082976979, -0.10321885179355784]',
        'units = 1\nactivation = "identity"\nweights = [[0.41059850193837233, 0.144043571160878, 1.454273506962975]]\n'
        'biases = [0.7610377251469934]', loss="half_squared_error", extra=_data("[2.0, -1.0]", "[1.0]")),
    # Ylazerson's notes on "Neural Networks from Scratch": one ReLU neuron, x = [1.0, -2.0, 3.0], w = [-3.0, -1.0,
    # 2.0], b = 1.0 (the chapter minimizes the neuron's output; the loss plays no part in its forward formulas)
    "b51_nnfs": problem_text('inputs = 3\nunits = 1\nactivation = "relu"\nweights = [[-3.0, -1.0, 2.0]]\n'
                             'biases = [1.0]', loss="half_squared_error", extra=_data("[1.0, -2.0, 3.0]", "[0.0]")),
    # Nemotron's "Backpropagation Derivatives" (a Cross Validated question): 1 input, 1 hidden sigmoid node, 1
    # sigmoid output, z^l = a^(l-1) w^l without biases, C = (a^l - y)^2
    "b51_chain1": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                          'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # Nemotron's copy of the Cross Validated question on Bishop's section 5.3.1: tanh hidden units z_j, linear
    # outputs y_k = a_k, E_n = 1/2 sum_k (y_k - t_k)^2; two inputs, three hidden units, two outputs
    "b51_bishop": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "identity"',
                          loss="half_squared_error"),
    # galaxy.agh.edu.pl's delta rule: an ADALINE y = W * X (linear, no bias), z the desired response, the rule
    # W' = W + eta delta X the step of 1/2 (z - y)^2; two inputs
    "b51_adaline": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"',
                           loss="half_squared_error"),
    # randallsutton's notebook: input_features [0.5, 0.1, -0.2], expected_output 0.6, learning_rate 0.5, weights
    # from input to hidden [[0.5, -0.6], [0.1, -0.2], [0.1, 0.7]] (input-first, transposed here), from hidden to
    # output [0.1, -0.3], sigmoid units without biases, E = 1/2 (expected - output)^2 (its error's sign)
    "b51_randall": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                                'weights = [[0.5, 0.1, 0.1], [-0.6, -0.2, 0.7]]',
                                'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3]]',
                                loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.6]", 0.5)),
    # Lemonatix's notebook: XOR's 2 inputs, a hidden layer of two sigmoid units, one sigmoid output, the mean
    # squared error (one sample here: the data set's second row, [1, 0] -> 1)
    "b51_lemonatix": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"',
                                  'units = 1\nactivation = "sigmoid"', loss="mean_squared_error",
                                  extra=_data("[1.0, 0.0]", "[1.0]")),
    # keepcalmncode's notebook (Analytics Vidhya's network): X's first row [1, 0, 1, 0] and Y's 1, a sigmoid hidden
    # layer of three, one sigmoid output, the printed random weights Wh (input-first, transposed here), bh, wout,
    # bout; E = 1/2 (y - output)^2 (its E = y - output)
    "b51_mlblr": problem_text(
        'inputs = 4\nunits = 3\nactivation = "sigmoid"\n'
        'weights = [[0.65915104, 0.97574663, 0.43325089, 0.706186], [0.03445008, 0.84346261, 0.69201282, 0.58752663],'
        ' [0.73383636, 0.77737003, 0.86267384, 0.04859208]]\nbiases = [0.28773861, 0.6550478, 0.84366073]',
        'units = 1\nactivation = "sigmoid"\nweights = [[0.28891578, 0.90022544, 0.88719054]]\nbiases = [0.8725344]',
        loss="half_squared_error", extra=_data("[1.0, 0.0, 1.0, 0.0]", "[1.0]")),
    # yuki-notes' homework: a ReLU hidden layer, a softmax output of k classes and the cross-entropy; two inputs,
    # three hidden units, k = 3
    "b51_relu_softmax": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                                loss="cross_entropy"),
}

NOTATIONS = {
    # the question's y (the neuron's output), y_d (yd, the desired output), e = y - y_d its error, x the input and
    # w the weights (a column: w^T x), w_t and w_{t-1} the weights after and before a step; the answer's H the
    # binary cross-entropy it names
    "b51_cv462862": r'''
[notation]
indices = "j"
loss = ["H"]
[notation.symbols]
"y" = "a1[0]"
"y_{d}" = "y[0]"
"e" = "a1[0] - y[0]"
"x" = "x[:]"
"w" = "W1[0, :].T"
"w_{t}" = "new(W1[0, :]).T"
"w_{t-1}" = "W1[0, :].T"
''',
    # the question's delta rule: w_{ij} from neuron i of the layer before to neuron j (the output layer here),
    # counted from 1; y_i the output of neuron i, y_j of the current neuron, \hat y_j the teacher's value, net_j
    # the sum; delta_j = (\hat y_j - y_j) f'(net_j) is -dE/dnet_j, Delta w_{ij} the step
    "b51_cv181357": r'''
[notation]
indices = "ijk"
functions = { f = "tanh" }
[notation.symbols]
"\\Delta w_{ij}" = "-eta*grad(W2[j-1, i-1])"
"\\delta_{j}" = "-grad(z2[j-1])"
"y_{i}" = "a1[i-1]"
"\\hat y_{j}" = "y[j-1]"
"\\text{net}_{j}" = "z2[j-1]"
''',
    # the post's sample i (one: n = 1), y_i the true output, \hat{y}_i the predicted, z_i the sum, x_i the
    # sample's feature vector, w the weights, E the squared error; the code's inputs (one row), weights (a column),
    # targets, outputs, errors = targets - outputs, gradients = errors * sigma'(z) (the negative gradient by the
    # sum, which the update adds)
    "b51_recycled": r'''
[notation]
indices = "i"
[notation.symbols]
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
"z_{i}" = "z1[0]"
"z" = "z1[0]"
"x_{i}" = "x[:]"
"n" = "1"
"w" = "W1[0, :]"
"inputs" = "x[:].T"
"weights" = "W1[0, :].T"
"targets" = "y[0]"
"outputs" = "a1[0]"
"errors" = "-grad(a1[0])"
"gradients" = "-grad(z1[0])"
''',
    # the notebook's rows: x (1 x 2), W1 (2 x 3) and W2 (3 x 1) input-first, b1, b2, z1, h = relu(z1), y_hat, y;
    # dL_d<name> the loss's derivative by <name>, in <name>'s shape
    "b51_ajibola": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[:].T"
"y" = "y[0]"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"z1" = "z1[:].T"
"h" = "a1[:].T"
"y_hat" = "a2[0]"
"dL_dyhat" = "grad(a2[0])"
"dL_dW2" = "grad(W2[:, :]).T"
"dL_db2" = "grad(b2[:]).T"
"dL_dh" = "grad(a1[:]).T"
"dL_dz1" = "grad(z1[:]).T"
"dL_dW1" = "grad(W1[:, :]).T"
"dL_db1" = "grad(b1[:]).T"
''',
    # the chapter's Python: x[i] the inputs, w[i] the weights, b the bias, xw0 ... xw2 the products x[i] * w[i],
    # z their sum with b, y the neuron's ReLU output
    "b51_nnfs": r'''
[notation]
indices = "i"
[notation.symbols]
"x[i]" = "x[i]"
"w[i]" = "W1[0, i]"
"b" = "b1[0]"
"xw0" = "x[0]*W1[0, 0]"
"xw1" = "x[1]*W1[0, 1]"
"xw2" = "x[2]*W1[0, 2]"
"z" = "z1[0]"
"y" = "a1[0]"
''',
    # the question's l, the output layer ("which layer relative to the output layer"), l-1 the hidden node: a^l,
    # z^l, w^l, a^{l-1} (also a^{(l-1)}); y the target, C the squared error
    "b51_chain1": r'''
[notation]
indices = "ijk"
[notation.symbols]
"a^{l}" = "a2[0]"
"z^{l}" = "z2[0]"
"w^{l}" = "W2[0, 0]"
"a^{l-1}" = "a1[0]"
"y" = "y[0]"
''',
    # Bishop's letters: a_k the output unit's activation (its sum), y_k its output (y_k = a_k, linear), t_k the
    # target, z_j the hidden units' outputs, w_{ij} the weight from hidden unit j to output i, all counted from 1;
    # E_n and the answer's Cost the sum-of-squares error, m = 2 outputs
    "b51_bishop": r'''
[notation]
indices = "ijk"
loss = ["E_{n}", "\\text{Cost}"]
[notation.symbols]
"a_{k}" = "z2[k-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"z_{j}" = "a1[j-1]"
"w_{ij}" = "W2[i-1, j-1]"
"\\delta_{k}" = "grad(z2[k-1])"
"m" = "2"
''',
    # the page's ADALINE: X the input vector, W the weights vector, y the output, z the desired response, delta
    # the error (-dE/dy of 1/2 (z - y)^2), W' the new weights vector, eta the learning rate
    "b51_adaline": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[0, :]"
"W'" = "new(W1[0, :])"
"y" = "a1[0]"
"z" = "y[0]"
"\\delta" = "-grad(z1[0])"
''',
    # the notebook's long names: the 1-D arrays as rows (np.dot(row, matrix)), the input-to-hidden matrix
    # input-first, the hidden-to-output weights a column; error = expected - output is -dE/d(output), gradient the
    # sigmoid's derivative, scaled_error = error * gradient is -dE/d(sum); the hidden layer's the same, per unit
    "b51_randall": r'''
[notation]
[notation.symbols]
"input_features" = "x[:].T"
"expected_output" = "y[0]"
"weights_from_input_to_hidden" = "W1[:, :].T"
"weights_from_hidden_to_output" = "W2[0, :].T"
"hidden_layer_activation" = "a1[:].T"
"output_layer_activation" = "a2[0]"
"output_layer_error" = "-grad(a2[0])"
"output_layer_gradient" = "a2[0]*(1 - a2[0])"
"output_layer_scaled_error" = "-grad(z2[0])"
"hidden_layer_error" = "-grad(a1[:]).T"
"hidden_layer_gradient" = "(a1[:]*(1 - a1[:])).T"
"hidden_layer_scaled_error" = "-grad(z1[:]).T"
''',
    # the notebook's rows (X is N x 2): X the sample, W_1 and W_2 input-first, b_1, b_2, Z_1, A_1, Z_2 its rows,
    # \hat y the output; z the helper's argument, the hidden unit's sum here; MSE the loss, y_{predicted, i} and
    # y_{true, i} the output and the target (N = 1 sample)
    "b51_lemonatix": r'''
[notation]
indices = "i"
loss = ["\\mathrm{MSE}"]
[notation.symbols]
"X" = "x[:].T"
"W_{1}" = "W1[:, :].T"
"b_{1}" = "b1[:].T"
"Z_{1}" = "z1[:].T"
"A_{1}" = "a1[:].T"
"W_{2}" = "W2[:, :].T"
"b_{2}" = "b2[:].T"
"Z_{2}" = "z2[:].T"
"\\hat y" = "a2[0]"
"z" = "z1[0]"
"N" = "1"
"y_{\\text{predicted}, \\ i}" = "a2[0]"
"y_{\\text{true},\\ i }" = "y[0]"
''',
    # the notebook's names (Analytics Vidhya's): X the sample (a row), Wh (input-first) and bh the hidden layer's
    # parameters, wout and bout the output's, hidden_layer_input and output_layer_input the sums, output the
    # network's output
    "b51_mlblr": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"Wh" = "W1[:, :].T"
"bh" = "b1[:].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_activation" = "a1[:].T"
"wout" = "W2[:, :].T"
"bout" = "b2[:].T"
"output_layer_input" = "z2[0]"
"output" = "a2[0]"
''',
    # the homework's output layer (2): z_j^{(2)} the logits, \hat{y}_j the softmax outputs, t_j the one-hot target,
    # counted from 1; k = 3 classes, L the cross-entropy
    "b51_yuki": r'''
[notation]
indices = "ij"
[notation.symbols]
"z_{j}^{(2)}" = "z2[j-1]"
"\\hat{y}_{j}" = "a2[j-1]"
"t_{j}" = "y[j-1]"
"k" = "3"
''',
}
