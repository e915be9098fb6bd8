"""The networks and notations of batch 147 of the held-out public formulas (tests/public_formulas_batch147.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b147_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the JavaScript script (stored file 46618548114): two inputs, two sigmoid hidden units (z1 = w1 * input1 + b1,
    # z2 = w2 * input2 + b2: each sees one input; the cross weights of a full layer, which the page does not have,
    # are parameters here that no formula names), a sigmoid output (z_out = h1 * w_out1 + h2 * w_out2 + b_out),
    # error = output - target and dOutput = error * sigmoid'(z_out): half the squared error; input1 = 0.1, input2 =
    # 0.9, target = 1.0, lr = 0.1 (its numbers; its weights are Math.random(), ours the oracle's draws)
    "b147_js": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.1, 0.9]", "[1.0]", 0.1)),
    # the C++ NeuralNetwork class (stored file 53787857235): weightsInputHidden_[i][j] and weightsHiddenOutput_[j][k]
    # input-first, biases biasHidden_, biasOutput_, sigmoid layers, error = output - target and outputDelta = error *
    # a (1 - a): half the squared error, -= updates with learningRate_ (the constructor's argument: 0.1 here); the
    # sizes are the constructor's (2-3-2 here)
    "b147_cp": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Python XOR script (stored file 70471224798): the samples rows, wh (2 x 2) and wo (2 x 1) input-first with
    # row biases bh, bo, sigmoid layers, loss = np.mean((y - output) ** 2) the mean squared error (one sample and
    # one output here: the squared error), learning_rate = 0.1; 2-2-1 as the script's
    "b147_xr": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the CS231n-style layer functions (stored file 26153472978): affine_forward out = np.dot(X, W) + b (the samples
    # rows, W input-first), relu_forward, softmax_forward and softmax_backward (probs less 1 at the label: the
    # cross-entropy's gradient by the sums, summed over the samples); a two-layer net of them, affine-relu-affine-
    # softmax, 2-3-2 here; no rate in the file (0.1)
    "b147_af": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the Java Network class (stored file 3774614914): tanh at both layers (activate = Math.tanh), inputWeight[i][j]
    # and outputWeight[j][k] input-first, a constant input node (inputLayer[n] = 1.0: the hidden units' bias), no
    # output bias, computeError the half squared error; rate the caller's (0.1 here); 2-3-2 here
    "b147_jv": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"',
                            'units = 2\nactivation = "tanh"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the German Markdown course page (stored file 32377417578), its section 5 (Backprop-Herleitung): an input x, a
    # ReLU hidden layer (z^{(1)} = W^{(1)} x + b^{(1)}), a sigmoid output y_hat (z^{(2)} = W^{(2)} a^{(1)} + b^{(2)}),
    # L = 1/2 (y - y_hat)^2 for one sample; learning rate eta (no number: 0.1); 2-3-1 here
    "b147_de": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the MLP README (stored file 62654564451): [30 -> 16 -> 4 -> 2], sigmoid hidden layers, a softmax output,
    # z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}, the cross-entropy over two output nodes (y the label 1 or 0, the
    # target [y, 1 - y]), SGD with eta; 2-3-2-2 here (no rate in it: 0.1)
    "b147_mp": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       'units = 2\nactivation = "softmax"', loss="cross_entropy"),
    # the MATLAB cost_quadratic_delta (stored file 33285033307): Nielsen's quadratic cost's output delta, (a - y) .*
    # sigmoid_prime(z), for sigmoid units; a 2-3-2 sigmoid network under half the squared error (Nielsen's
    # quadratic cost of one sample)
    "b147_mq": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Octave sigmoidGradient (stored file 17925196584, Ng's ex4 function as Arnold Yeung wrote it): a sigmoid
    # network (Ng's 400-25-10 there: 2-3-2 here, the cross-entropy of the ex4 template); g the slope at z
    "b147_sg": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the UvA deep-learning course's modules.py as a student filled it (stored file 31878310163): LinearModule
    # out = x W + b (the samples rows, weight in_features x out_features, input-first), ELU hidden units, softmax
    # and the cross-entropy (1/S over the batch of S samples: one here); ELU there, ReLU here (the LinearModule
    # lines taken do not depend on it), a linear-ReLU-linear-softmax net, 2-3-2
    # here (no rate: 0.1)
    "b147_uv": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the Octave training script (stored file 4303996338): s1 = 4 inputs, s2 = 4 sigmoid hidden units, s3 = 1 sigmoid
    # output (Theta1, Theta2 with the bias in their first column), Square_error the sum of (a3 - output(i))^2, shown
    # halved (disp(Square_error./2)), the cross-entropy's Jtheta commented out: half the squared error; alpha = 0.1
    "b147_oc": problem_text('inputs = 4\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
}

NOTATIONS = {
    # the JavaScript script: input1, input2 the inputs, target the target, w1 and b1 (w2 and b2) the first (second)
    # hidden unit's weight from its one input and its bias, z1, h1 (z2, h2) its sum and output, w_out1, w_out2,
    # b_out the output's weights and bias, z_out its sum, output the output; error = output - target, dOutput the
    # output sum's dE/dz (the updates subtract it), dH1, dH2 the hidden sums'; sigmoidDerivative(x) = s (1 - s)
    # with s = sigmoid(x), taken of the sums; lr the learning rate
    "b147_js": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"input1" = "x[0]"
"input2" = "x[1]"
"target" = "y[0]"
"w1" = "W1[0, 0]"
"b1" = "b1[0]"
"w2" = "W1[1, 1]"
"b2" = "b1[1]"
"z1" = "z1[0]"
"h1" = "a1[0]"
"z2" = "z1[1]"
"h2" = "a1[1]"
"w_out1" = "W2[0, 0]"
"w_out2" = "W2[0, 1]"
"b_out" = "b2[0]"
"z_out" = "z2[0]"
"output" = "a2[0]"
"error" = "a2[0] - y[0]"
"dOutput" = "delta2[0]"
"dH1" = "delta1[0]"
"dH2" = "delta1[1]"
''',
    # the C++ class: i an input, j a hidden unit, k an output; weightsInputHidden_[i][j] and
    # weightsHiddenOutput_[j][k] input-first; lastHiddenActivations_, lastOutputActivations_ the layers' outputs;
    # error = output - target (in the output loop), outputDelta and hiddenDelta dE/dz (the updates subtract them);
    # propagatedError the sum over the outputs of outputDelta[k] weightsHiddenOutput_[j][k], dE/d(hidden output j);
    # sigmoidDerivativeFromActivation(a) = a (1 - a), of the output
    "b147_cp": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate_"]
functions = { sigmoidDerivativeFromActivation = "sigmoid' at output" }
[notation.symbols]
"input[i]" = "x[i]"
"target[k]" = "y[k]"
"lastHiddenActivations_[j]" = "a1[j]"
"lastOutputActivations_[k]" = "a2[k]"
"weightsInputHidden_[i][j]" = "W1[j, i]"
"weightsHiddenOutput_[j][k]" = "W2[k, j]"
"biasHidden_[j]" = "b1[j]"
"biasOutput_[k]" = "b2[k]"
"error" = "a2[k] - y[k]"
"outputDelta[k]" = "delta2[k]"
"propagatedError" = "grad(a1[j])"
"hiddenDelta[j]" = "delta1[j]"
''',
    # the Python XOR script: X the input (a row), y the target, hidden and output the layers' outputs (rows), wh,
    # wo input-first, bh, bo row biases; loss the mean squared error (the sample loss here); error = y - output,
    # d_output and d_hidden -dL/dz (the updates add them: named for what they stand for, the loss's, as a teacher
    # names them); sigmoid_derivative(x) = x (1 - x), of the output
    "b147_xr": r'''
[notation]
learning_rate = ["learning_rate"]
loss = ["loss"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"hidden" = "a1[:].T"
"output" = "a2[:].T"
"wh" = "W1[:, :].T"
"bh" = "b1[:].T"
"wo" = "W2[:, :].T"
"bo" = "b2[:].T"
"error" = "y[:].T - a2[:].T"
"d_output" = "-grad(z2[:]).T"
"d_hidden" = "-grad(z1[:]).T"
''',
    # the layer functions' affine_bakward, as the output layer's: X its input (the hidden outputs, a row), W its
    # weights (input-first), dout the loss's gradient by its output (the sums z2, a row), dx, dw, db the gradients
    # by its input, weights and biases; X.shape[0] the number of samples (one here)
    "b147_af": r'''
[notation]
[notation.symbols]
"X" = "a1[:].T"
"W" = "W2[:, :].T"
"b" = "b2[:].T"
"dout" = "grad(z2[:]).T"
"dx" = "grad(a1[:]).T"
"dw" = "grad(W2[:, :]).T"
"db" = "grad(b2[:]).T"
"X.shape[0]" = "1"
''',
    # the layer functions' relu_backward, as the hidden layer's: dout the loss's gradient by the ReLU's output (the
    # hidden outputs), cache its input (the hidden sums), dx the gradient by the sums
    "b147_afr": r'''
[notation]
[notation.symbols]
"dout" = "grad(a1[:]).T"
"cache" = "z1[:].T"
"dx" = "grad(z1[:]).T"
''',
    # the Java class's output loop and its hidden-to-output update loop: k an output, j a hidden unit; outputLayer,
    # actualOutput the outputs, targetOutput the targets, hiddenLayer the hidden outputs; error = target - output,
    # outputDelta -dE/dz2 (the updates add it), change the step's direction for outputWeight[j][k] before the rate
    # (-dE/dW2); derivate(v) = 1 - v^2, tanh's slope written of the output
    "b147_jv": r'''
[notation]
indices = "ijk"
functions = { derivate = "tanh' at output" }
[notation.symbols]
"outputLayer[k]" = "a2[k]"
"actualOutput[k]" = "a2[k]"
"targetOutput[k]" = "y[k]"
"hiddenLayer[j]" = "a1[j]"
"error" = "y[k] - a2[k]"
"outputDelta[k]" = "-delta2[k]"
"change" = "-grad(W2[k, j])"
''',
    # the Java class's hidden loop and its input-to-hidden update loop: j a hidden unit, i an input (inputLayer[i]
    # = x[i] for the real inputs, the constant 1.0 after them); error the sum over the outputs of outputDelta[k]
    # outputWeight[j][k] (-dE/d hidden output j), hiddenDelta -dE/dz1, change -dE/dW1
    "b147_jvh": r'''
[notation]
indices = "ijk"
functions = { derivate = "tanh' at output" }
[notation.symbols]
"hiddenLayer[j]" = "a1[j]"
"inputLayer[i]" = "x[i]"
"error" = "-grad(a1[j])"
"hiddenDelta[j]" = "-delta1[j]"
"change" = "-grad(W1[j, i])"
''',
    # the German page: x = a^{(0)} the input, z^{(l)}, a^{(l)} layer l's sums and outputs, W^{(l)}, b^{(l)} its
    # weights (output-first) and biases, y_hat the output, y the target, delta^{(l)} = dL/dz^{(l)} (the page's), f
    # the hidden layer's activation (ReLU), sigma the sigmoid; eta the learning rate
    "b147_de": r'''
[notation]
indices = "l"
functions = { f = "relu" }
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"a^{(0)}" = "x[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "delta{l}[:]"
''',
    # the MLP README: a^{(0)} the input, z^{(l)}, a^{(l)} layer l's sums and outputs (a_i^{(l)} unit i's, from 0),
    # W^{(l)}, b^{(l)} its weights (output-first) and biases, delta^{(l)} = dL/dz^{(l)}, y the label (the first
    # output node's target: the target vector is [y, 1 - y]), \mathcal{L} the loss, eta the learning rate
    "b147_mp": r'''
[notation]
indices = "il"
loss = ["\\mathcal{L}"]
[notation.symbols]
"y" = "t[0]"
"a^{(0)}" = "x[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
"a_{i}^{(l)}" = "a{l}[i]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "delta{l}[:]"
''',
    # the MATLAB cost_quadratic_delta, for the output layer: z its sums, a its outputs, y the target, delta the
    # quadratic cost's dC/dz (Nielsen's delta); sigmoid_prime(z) = sigmoid(z) (1 - sigmoid(z)), of the sums
    "b147_mq": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"z" = "z2[:]"
"a" = "a2[:]"
"y" = "y[:]"
"delta" = "delta2[:]"
''',
    # the Octave sigmoidGradient, for the hidden layer: z its sums, g the sigmoid's slope at them
    "b147_sg": r'''
[notation]
[notation.symbols]
"z" = "z1[:]"
"g" = "a1[:]*(1 - a1[:])"
''',
    # the UvA LinearModule's backward, as the output layer's: x, self.prev_input its input (the hidden outputs, a
    # row), self.params['weight'] its weights (in_features x out_features, input-first), dout the loss's gradient
    # by its output (the sums z2, a row), dx by its input, self.grads['weight'] and self.grads['bias'] by its
    # parameters; dL/dW, dL/dX, dL/dB in the comments the same gradients, X the input
    "b147_uv": r'''
[notation]
[notation.symbols]
"self.prev_input" = "a1[:].T"
"X" = "a1[:].T"
"W" = "W2[:, :].T"
"self.params['weight']" = "W2[:, :].T"
"dout" = "grad(z2[:]).T"
"B" = "b2[:].T"
"dx" = "grad(a1[:]).T"
"self.grads['weight']" = "grad(W2[:, :]).T"
"self.grads['bias']" = "grad(b2[:]).T"
''',
    # the Octave script's loop over the samples (i the sample, not an index of the notation): a3 the output,
    # output(i) the target, delta3 the rows of the output sum's dE/dz, one row a sample (Ng's delta of layer 3, the
    # network's layer 2), named alone as the loader asks (it takes no row section delta3(i,:) of a non-weight)
    "b147_oc": r'''
[notation]
indices = "k"
[notation.symbols]
"a3" = "a2[0]"
"output(i)" = "y[0]"
"delta3" = "delta2[:].T"
''',
}
