"""The networks and notations of batch 194 of the held-out public formulas (tests/public_formulas_batch194.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, and the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents). Keys start with b194_ so that no earlier batch's network or
notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


_LEAKY = 'activation = { name = "leaky_relu", slope = 0.01 }'

NETWORKS = {
    # the softplus XOR class (stored file 57802423592): the samples rows (np.dot(X, self.W1)), W1 (input_size x
    # hidden_size) and W2 input-first with biases (rows), SOFTPLUS hidden units (np.logaddexp(0, x)), a sigmoid
    # output, the binary cross-entropy's mean over the m samples (its comment, and the final BCE loss; one sample
    # here); the main block's learning_rate=1.0; 2-8-1 there, 2-4-1 here
    "b194_sp": problem_text('inputs = 2\nunits = 4\nactivation = "softplus"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(1.0)),
    # the ELU regression class NN (stored file 64117137332): the samples rows (X @ self.W1), W1 (input_dim x
    # hidden_dim) and W2 input-first with biases (rows), ELU hidden units (alpha=1), a linear output (self.y_pred =
    # self.z2), the page's rss (sum of the squared differences: the squared error; its "RSS Cost Function
    # Derivative"); one sample (batch_size 1); learning_rate = 0.1 as the script passes it; 8 hidden units there,
    # 3-4-1 here
    "b194_el": problem_text('inputs = 3\nunits = 4\nactivation = "elu"', 'units = 1\nactivation = "identity"',
                            loss="squared_error", extra=_rate(0.1)),
    # the Russian sensor script, commented out whole (stored file 23159232519): the samples columns, W1
    # (weights_input_to_hidden1, hidden_size1 x input_size) and W2 output-first with column biases, LEAKY ReLU hidden
    # units (alpha=0.01), a sigmoid output, loss = np.mean((output - y_batch) ** 2) (the mean squared error; one
    # sample and one output here); learning_rate = 0.001 (Adam's, left out); 3-13-1 there, 3-4-1 here
    "b194_lk": problem_text(f'inputs = 3\nunits = 4\n{_LEAKY}', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.001)),
    # the Italian script with a swish layer (stored file 23326654531): the samples rows (np.dot(val, weight) +
    # bias), w1, w2, w3 input-first with biases (rows), LEAKY ReLU units (alpha=0.01), then SWISH (SiLU) units, a
    # sigmoid output; error = y - activate_3 and d_inter_3 = error * a (1 - a) with += updates: the negative
    # gradient of half the squared error (the script reports np.mean(np.square(error))); learning_rate = 0.002;
    # hidden sizes 4 and 3 as there, 3 inputs here: 3-4-3-1 (no dropout: the problem has none)
    "b194_sw": problem_text(f'inputs = 3\nunits = 4\n{_LEAKY}', 'units = 3\nactivation = "silu"',
                            'units = 1\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(0.002)),
    # the homeostatic-network MNIST script (stored file 22965727795): one sample as a column (images[:, [i]]), a1
    # the input, w12, w23, w34 output-first with column biases b12, b23, b34, two ELU hidden layers (alpha = 1), a
    # softmax output under the cross-entropy (error4 = a4 - y), the minibatch's sums divided by m (one sample
    # here); eta = 0.001; 784-hn1-hn2-10 there, 4-3-3-3 here
    "b194_hm": problem_text('inputs = 4\nunits = 3\nactivation = "elu"', 'units = 3\nactivation = "elu"',
                            'units = 3\nactivation = "softmax"', loss="cross_entropy", extra=_rate(0.001)),
    # the German backward function (stored file 52732762434): the samples rows (a2.T @ delta3), W1, W2, W3
    # input-first with biases (rows), two SOFTPLUS hidden layers (softplus_derivative from its functions module), a
    # softmax output under the cross-entropy's mean over the n samples (delta3 = (a3 - y_true) / n; one sample);
    # no update on the page (0.1 here); 3-4-3-3
    "b194_de": problem_text('inputs = 3\nunits = 4\nactivation = "softplus"', 'units = 3\nactivation = "softplus"',
                            'units = 3\nactivation = "softmax"', loss="cross_entropy", extra=_rate(0.1)),
    # the foundations exercises (stored file 56973699689), Q5: the samples rows (np.dot(X, W1)), W1 (4 x 8) and
    # W2 (8 x 1) input-first with biases (rows), ReLU hidden units, a sigmoid output, the binary cross-entropy
    # (Q4's BCE; dz2 = y_pred - y, the gradients divided by X.shape[0], one sample here); 4-8-1 there, 4-3-1 here
    "b194_ex": problem_text('inputs = 4\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.1)),
    # the same exercises' Q4, the mean squared error under a sigmoid output (one sample and one output)
    "b194_exm": problem_text('inputs = 4\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                             loss="mean_squared_error", extra=_rate(0.1)),
    # the same exercises' Q6: Q5's network with ELU hidden units (alpha=1.0)
    "b194_exe": problem_text('inputs = 4\nunits = 3\nactivation = "elu"', 'units = 1\nactivation = "sigmoid"',
                             loss="binary_cross_entropy", extra=_rate(0.1)),
    # the binary classifier with three leaky-ReLU layers, commented out (stored file 37918970347): the samples rows
    # (np.dot(x, network[0]['W'])), each layer's 'W' input-first with its 'b' (rows), three LEAKY ReLU hidden layers
    # (alpha=0.01), a sigmoid output, the binary cross-entropy's mean over the m samples (train's loss; one sample
    # here); no rate on the page but train's argument (0.1 here); hidden sizes free there, 2-3-3-2-1 here
    "b194_lr": problem_text(f'inputs = 2\nunits = 3\n{_LEAKY}', f'units = 3\n{_LEAKY}', f'units = 2\n{_LEAKY}',
                            'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy", extra=_rate(0.1)),
}

NOTATIONS = {
    # the softplus class: X the input (a row), y the target, self.Z1, self.A1, self.A2 the sums and outputs,
    # self.W1, self.W2, self.b1, self.b2 input-first (rows), dZ2 ... db1 the loss's gradients (Ng's d names), m the
    # number of samples (one here), self.lr the rate; softplus_derivative(x) = 1 / (1 + exp(-x)), of the sums
    "b194_sp": r'''
[notation]
learning_rate = ["self.lr"]
functions = { softplus_derivative = "softplus' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.Z1" = "z1[:].T"
"self.A1" = "a1[:].T"
"self.A2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dA1" = "grad(a1[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
    # the ELU class: X the input (a row), y_true the target, self.y_pred the output (linear), self.a1, self.z1 the
    # hidden outputs and sums, self.W1, self.W2 input-first; dLdyhat, dLdz2, dLda1, dLdz1 the loss's gradients by
    # the output, its sum, the hidden outputs and sums, self.dLdW2, self.db2, self.dLdW1, self.db1 the parameters'
    # (rows); batch_size the number of samples (one); self.lr the rate; elu_derivative(x, alpha=1) the ELU's slope
    # of the sums
    "b194_el": r'''
[notation]
learning_rate = ["self.lr"]
functions = { elu_derivative = "elu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y_true" = "y[:].T"
"self.y_pred" = "a2[:].T"
"self.a1" = "a1[:].T"
"self.z1" = "z1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"dLdyhat" = "grad(a2[:]).T"
"dLdz2" = "grad(z2[:]).T"
"self.dLdW2" = "grad(W2[:, :]).T"
"self.db2" = "grad(b2[:]).T"
"dLda1" = "grad(a1[:]).T"
"dLdz1" = "grad(z1[:]).T"
"self.dLdW1" = "grad(W1[:, :]).T"
"self.db1" = "grad(b1[:]).T"
"batch_size" = "1"
''',
    # the Russian sensor script: x_batch the input (a column), y_batch the target, hidden1_raw, hidden1 the hidden
    # sums and outputs, output the output, the weights and biases by their long names (output-first, columns);
    # d_output the output sum's gradient (as d_weights_hidden1_to_output uses it), d_hidden1 the hidden sums', the
    # d_weights_... and d_bias_... the parameters'; leaky_relu_derivative(x, alpha=0.01) of the sums
    "b194_lk": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { leaky_relu_derivative = "leaky_relu' at input" }
[notation.symbols]
"x_batch" = "x[:]"
"y_batch" = "y[:]"
"hidden1_raw" = "z1[:]"
"hidden1" = "a1[:]"
"output_raw" = "z2[:]"
"output" = "a2[:]"
"weights_input_to_hidden1" = "W1[:, :]"
"weights_hidden1_to_output" = "W2[:, :]"
"bias_input_to_hidden1" = "b1[:]"
"bias_hidden_to_output" = "b2[:]"
"d_output" = "grad(z2[:])"
"d_weights_hidden1_to_output" = "grad(W2[:, :])"
"d_bias_hidden_to_output" = "grad(b2[:])"
"d_hidden1" = "grad(z1[:])"
"d_weights_input_to_hidden1" = "grad(W1[:, :])"
"d_bias_input_to_hidden1" = "grad(b1[:])"
''',
    # the Italian swish script: xs the input (a row), y the target, inter_1..3 the sums, activate_1..3 the outputs
    # (rows), w1..w3, b1..b3 input-first; error = y - activate_3 (minus the loss's gradient by the output), the d_
    # names minus the loss's gradients (the script steps with +=); learning_rate the rate; sigmoid_derivative(x) =
    # x (1 - x) of the output, swish_derivative(x) = sig + x sig (1 - sig) of the sums (SiLU's slope),
    # relu_derivative(x) = x > 0 of the sums
    "b194_sw": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output", swish_derivative = "silu' at input", relu_derivative = "relu' at input" }
[notation.symbols]
"xs" = "x[:].T"
"y" = "y[:].T"
"inter_1" = "z1[:].T"
"activate_1" = "a1[:].T"
"inter_2" = "z2[:].T"
"activate_2" = "a2[:].T"
"inter_3" = "z3[:].T"
"activate_3" = "a3[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"w3" = "W3[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"b3" = "b3[:].T"
"error" = "-grad(a3[:]).T"
"d_inter_3" = "-grad(z3[:]).T"
"d_weight_3" = "-grad(W3[:, :]).T"
"d_bias_3" = "-grad(b3[:]).T"
"d_activate_2" = "-grad(a2[:]).T"
"d_inter_2" = "-grad(z2[:]).T"
"d_weight_2" = "-grad(W2[:, :]).T"
"d_bias_2" = "-grad(b2[:]).T"
"d_activate_1" = "-grad(a1[:]).T"
"d_inter_1" = "-grad(z1[:]).T"
"d_weight_1" = "-grad(W1[:, :]).T"
"d_bias_1" = "-grad(b1[:]).T"
''',
    # the MNIST script: a1 the input (images[:, [i]], a column), y[:, [i]] the sample's target column, z2, a2, z3,
    # a3, z4, a4 the sums and outputs of the two ELU layers and the softmax output (numbered from the input: layer
    # 1's are z2, a2), w12, w23, w34 and b12, b23, b34 output-first; error4, error3, error2 the loss's gradients by
    # the sums; grad4, grad3, grad2 and errortot4, errortot3, errortot2 the minibatch's sums of the weights' and
    # biases' gradients (one sample: the gradients), m the minibatch's size (one), eta the rate, alpha the ELU's 1;
    # elu_derivative(z, alpha) of the sums
    "b194_hm": r'''
[notation]
learning_rate = ["eta"]
functions = { elu_derivative = "elu' at input" }
[notation.symbols]
"a1" = "x[:]"
"y[:, [i]]" = "y[:]"
"z2" = "z1[:]"
"a2" = "a1[:]"
"z3" = "z2[:]"
"a3" = "a2[:]"
"z4" = "z3[:]"
"a4" = "a3[:]"
"w12" = "W1[:, :]"
"w23" = "W2[:, :]"
"w34" = "W3[:, :]"
"b12" = "b1[:]"
"b23" = "b2[:]"
"b34" = "b3[:]"
"error4" = "grad(z3[:])"
"error3" = "grad(z2[:])"
"error2" = "grad(z1[:])"
"grad4" = "grad(W3[:, :])"
"grad3" = "grad(W2[:, :])"
"grad2" = "grad(W1[:, :])"
"errortot4" = "grad(b3[:])"
"errortot3" = "grad(b2[:])"
"errortot2" = "grad(b1[:])"
"m" = "1"
"alpha" = "1"
''',
    # the German backward function: a0 the input (a row), y_true the target, z1..z3 and a1..a3 the sums and
    # outputs (rows), W1..W3 input-first; delta3, delta2, delta1 the loss's gradients by the sums, grads['dW3'] ...
    # the parameters' (rows), n the number of samples (one); softplus_derivative of the sums
    "b194_de": r'''
[notation]
functions = { softplus_derivative = "softplus' at input" }
[notation.symbols]
"a0" = "x[:].T"
"y_true" = "y[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"z3" = "z3[:].T"
"a3" = "a3[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"W3" = "W3[:, :].T"
"delta3" = "grad(z3[:]).T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"grads['dW3']" = "grad(W3[:, :]).T"
"grads['db3']" = "grad(b3[:]).T"
"grads['dW2']" = "grad(W2[:, :]).T"
"grads['db2']" = "grad(b2[:]).T"
"grads['dW1']" = "grad(W1[:, :]).T"
"grads['db1']" = "grad(b1[:]).T"
"n" = "1"
''',
    # the exercises' Q5 (code on rows): X the input, y the target, y_pred the output, z1, a1 the hidden sums and
    # outputs, W1, W2 input-first; dz2 ... db1 the loss's gradients (Ng's d names), X.shape[0] the number of
    # samples (one)
    "b194_ex": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"y_pred" = "a2[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"dz2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"X.shape[0]" = "1"
''',
    # the exercises' Q4 under the MSE: \mathcal{L}_{\text{MSE}} the loss, y the target, \hat{y} the prediction, z
    # the output's sum
    "b194_exm": r'''
[notation]
loss = ["\\mathcal{L}_{\\text{MSE}}"]
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"z" = "z2[0]"
''',
    # the exercises' Q4 under the BCE: \mathcal{L}_{\text{BCE}} the loss, the rest as under the MSE
    "b194_exb": r'''
[notation]
loss = ["\\mathcal{L}_{\\text{BCE}}"]
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"z" = "z2[0]"
''',
    # the exercises' Q6 (code on rows, the NeuralNetwork class of its walkthrough): self.z1 the hidden sums, da1 and
    # dz1 the loss's gradients by the hidden outputs and sums; elu_derivative(z, alpha=1.0) of the sums
    "b194_exe": r'''
[notation]
functions = { elu_derivative = "elu' at input" }
[notation.symbols]
"self.z1" = "z1[:].T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
''',
    # the three-leaky-layer classifier: x the input (a row), y the target, a1 ... a4 the layers' outputs (rows),
    # network[0]['W'] ... network[3]['W'] the weights (input-first); dz4, dw4, db4, da3, dz3, dw3, da1, dz1, dw1 the
    # loss's gradients (Ng's d names, rows); m the number of samples (one); leaky_relu_derivative(x, alpha=0.01) =
    # np.where(x > 0, 1, alpha), the slope at its argument (the page gives it the outputs)
    "b194_lr": r'''
[notation]
functions = { leaky_relu_derivative = "leaky_relu' at input" }
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"a1" = "a1[:].T"
"a2" = "a2[:].T"
"a3" = "a3[:].T"
"a4" = "a4[:].T"
"network[0]['W']" = "W1[:, :].T"
"network[1]['W']" = "W2[:, :].T"
"network[2]['W']" = "W3[:, :].T"
"network[3]['W']" = "W4[:, :].T"
"dz4" = "grad(z4[:]).T"
"dw4" = "grad(W4[:, :]).T"
"db4" = "grad(b4[:]).T"
"da3" = "grad(a3[:]).T"
"dz3" = "grad(z3[:]).T"
"dw3" = "grad(W3[:, :]).T"
"da1" = "grad(a1[:]).T"
"dz1" = "grad(z1[:]).T"
"dw1" = "grad(W1[:, :]).T"
"m" = "1"
''',
}
