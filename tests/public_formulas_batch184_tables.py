"""The networks and notations of batch 184 of the held-out public formulas (tests/public_formulas_batch184.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b184_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the NeuralNetwork class with a global learning_rate (stored file 28872588489): the samples columns (inputs
    # reshaped to input_nodes x 1), weight_ih (hidden x input) and weight_ho (output x hidden) output-first with
    # biases bias_h, bias_o (columns), sigmoid layers; output_errors = target - outputs and output_delta = d_sigmoid
    # (outputs) * output_errors * learning_rate, added to the weights: half the squared error's step; learning_rate
    # = 1 as __init__ sets it; its sizes are the caller's, 2-3-2 here
    "b184_nn": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(1.0)),
    # the Spanish MLP class (stored file 33963480384): the samples rows, weights1 (input_size x hidden_size) and
    # weights2 (hidden_size x output_size) input-first with biases bias1, bias2 (rows), sigmoid layers, output_error
    # = y - output and output_delta = output_error * output (1 - output), added at the rate: half the squared
    # error's step; MLP(4, 5, 1, learning_rate=0.1) as the script builds it
    "b184_es": problem_text('inputs = 4\nunits = 5\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the house-price script (stored file 7005379263): the samples rows (hf_batch_1 is m x 1), batch1_W1 (1 x 12)
    # and batch1_W2 (12 x 1) input-first, tanh layers, J = 0.5 * sum((y - yHat)^2), theta = 0.08 the rate; its b = 1
    # a constant added to both layers' sums (a bias here, no gradient of it taken); 1-12-1 there, 1-3-1 here
    "b184_hp": problem_text('inputs = 1\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                            loss="half_squared_error", extra=_rate(0.08)),
    # the XOR script headed #Fomlexo04 (stored file 39555087693): the samples rows, W1 (2 x hidden_neurons) and W2
    # (hidden_neurons x 1) input-first with biases b1, b2 (rows), sigmoid layers, loss = np.mean(np.square(error))
    # the mean squared error (one sample and one output here), lr = 0.1, hidden_neurons = 2: 2-2-1
    "b184_xo": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the spiral script (stored file 20647204548): the samples rows, W1 (D x h) and W2 (h x K) input-first with
    # biases b1, b2 (rows), sigmoid hidden units and sigmoid outputs (the comment says softmax; the code's a2 =
    # sigmoid(z2)), the loss the binary cross-entropy summed over the K outputs and averaged over the examples
    # (num_examples, one here), step_size = 1.0; D = 2, h = 50, K = 3 there, 2-3-3 here
    "b184_sp": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(1.0)),
    # the IrisAnn class of an Airflow DAG (stored file 6968667534): the samples rows, hidden_weights (input x
    # hidden) and output_weights (hidden x output) input-first with biases (rows), sigmoid layers, output_error =
    # y_train - output, output_delta = output_error * output (1 - output), added at the rate: half the squared
    # error's step; learning_rate 0.1; 4-8-3 there, 4-3-3 here
    "b184_ir": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Portuguese XOR train_mlp (stored file 47548132998): the samples rows, W1 (input_units x hidden_units) and
    # W2 (hidden_units x 1) input-first with biases b1, b2, a1 and a2 the SUMS, h1 and h2 the sigmoid outputs,
    # delta2 = (h2 - y) h2 (1 - h2): half the squared error's; hidden_units = 2, learning_rate = 0.1: 2-2-1
    "b184_pt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Network class with module.activations (stored file 43326236553): the samples rows, W1 (input_size x
    # hidden_size) and W2 (hidden_size x output_size) input-first with biases b1, b2 (rows), ReLU hidden units,
    # softmax outputs, delta2 = A2 - y_true: the cross-entropy's, m = y_true.shape[0] (one sample here); its sizes
    # and learning_rate are the caller's: 2-3-2 here, rate 0.01
    "b184_rs": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
}

NOTATIONS = {
    # the global-rate class: inputs the input (a column), target_outputs the target, outputs and hidden the layers'
    # outputs, self.weight_ih, self.weight_ho output-first, self.bias_h, self.bias_o the biases; output_errors =
    # target - output; output_delta, hidden_errors, hidden_delta the code's deltas with the rate in them (-eta dE/dz2,
    # -eta dE/da1, what the code multiplies: its updates add them); self.d_sigmoid(x) = x (1 - x), of the output
    "b184_nn": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.d_sigmoid" = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:]"
"target_outputs" = "y[:]"
"outputs" = "a2[:]"
"hidden" = "a1[:]"
"self.weight_ih" = "W1[:, :]"
"self.weight_ho" = "W2[:, :]"
"self.bias_h" = "b1[:]"
"self.bias_o" = "b2[:]"
"output_errors" = "y[:] - a2[:]"
"output_delta" = "-eta*grad(z2[:])"
"hidden_errors" = "-eta*grad(a1[:])"
"hidden_delta" = "-eta*grad(z1[:])"
''',
    # the Spanish class: X the input (a row), y the target, output and self.output the outputs, self.layer1 the
    # input, self.layer2 the hidden outputs, weights and biases input-first (rows); output_error = y - output, the
    # code's deltas -dE/dz (the updates add them), layer2_error = -dE/d(hidden output); sigmoid_derivative of the
    # output
    "b184_es": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:].T"
"self.output" = "a2[:].T"
"self.layer1" = "x[:].T"
"self.layer2" = "a1[:].T"
"self.weights1" = "W1[:, :].T"
"self.weights2" = "W2[:, :].T"
"self.bias1" = "b1[:].T"
"self.bias2" = "b2[:].T"
"self.output_error" = "y[:].T - a2[:].T"
"self.output_delta" = "-grad(z2[:]).T"
"self.layer2_error" = "-grad(a1[:]).T"
"self.layer2_delta" = "-grad(z1[:]).T"
''',
    # the house-price script: self.hf_batch_1 the input (a row), self.hp_batch_1 the target, z2, a2 the hidden
    # layer's sum and output, z3, yHat the output's (Welch Labs' names), the weights input-first, delta3 and delta2
    # dJ/dz3 and dJ/dz2 (its delta3 = -(y - yHat) f'(z3)), dJdW1, dJdW2 the gradients, W1_grad_applied and
    # W2_grad_applied the steps theta dJ/dW; self.tanhPrime(z) = 1 - tanh(z)^2, of the sum; J the cost
    "b184_hp": r'''
[notation]
learning_rate = ["theta"]
loss = ["J"]
functions = { "self.tanhPrime" = "tanh' at input", "self.tanh" = "tanh" }
[notation.symbols]
"self.hf_batch_1" = "x[:].T"
"self.hp_batch_1" = "y[:].T"
"z2" = "z1[:].T"
"a2" = "a1[:].T"
"z3" = "z2[:].T"
"yHat" = "a2[:].T"
"self.batch1_W1" = "W1[:, :].T"
"self.batch1_W2" = "W2[:, :].T"
"delta3" = "grad(z2[:]).T"
"delta2" = "grad(z1[:]).T"
"dJdW1" = "grad(W1[:, :]).T"
"dJdW2" = "grad(W2[:, :]).T"
"W1_grad_applied" = "eta*grad(W1[:, :]).T"
"W2_grad_applied" = "eta*grad(W2[:, :]).T"
''',
    # the Fomlexo04 XOR script: X the input (a row), y the target, z1, a1, z2, a2 the layers' rows, W1, W2 input-first,
    # error = a2 - y, d2 and d1 the loss's gradients by the sums (the comments' output and hidden layer deltas), dW2
    # ... db1 the gradients; sigmoid_deriv(x) = x (1 - x), of the output
    "b184_xo": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoid_deriv = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"error" = "a2[:].T - y[:].T"
"d2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"d1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the spiral script: X the input (a row), oneh the one-hot target, z1, a1, z2, a2 the layers' rows, W1, W2
    # input-first, d2 and d1 the loss's gradients by the sums (the comment's "error d2"), dW2 ... db1 the gradients,
    # num_examples the number of samples (one here); d_sigmoid(x) = sigmoid(x) (1 - sigmoid(x)), of the sum
    "b184_sp": r'''
[notation]
learning_rate = ["step_size"]
functions = { d_sigmoid = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"oneh" = "y[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"d2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"d1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"num_examples" = "1"
''',
    # the IrisAnn class: X_train the input (a row), y_train the target, output the outputs, hidden_layer_output the
    # hidden outputs, the weights and biases input-first (rows); output_error = y_train - output, the code's deltas
    # -dE/dz (the updates add them), hidden_error = -dE/d(hidden output); sigmoid_derivative of the output
    "b184_ir": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X_train" = "x[:].T"
"y_train" = "y[:].T"
"output" = "a2[:].T"
"hidden_layer_output" = "a1[:].T"
"hidden_layer_activation" = "z1[:].T"
"output_layer_activation" = "z2[:].T"
"self.hidden_weights" = "W1[:, :].T"
"self.output_weights" = "W2[:, :].T"
"self.hidden_bias" = "b1[:].T"
"self.output_bias" = "b2[:].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
''',
    # the Portuguese train_mlp: X the input (a row), y the target, a1, a2 the SUMS and h1, h2 the sigmoid outputs (the
    # code's names), W1, W2 input-first, b1, b2 the biases, delta2, delta1 the loss's gradients by the sums, dW2 ...
    # db1 the gradients
    "b184_pt": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"a1" = "z1[:].T"
"h1" = "a1[:].T"
"a2" = "z2[:].T"
"h2" = "a2[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"delta2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"delta1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the Network class: X the input (a row), y_true the one-hot target, self.Z1, self.A1, self.Z2, self.A2 the layers'
    # rows, self.W1, self.W2 input-first, self.b1, self.b2 the biases, delta2, delta1 the loss's gradients by the sums,
    # dW2 ... db1 the gradients, m the number of samples (one here); relu_derivative(z) the ReLU's slope, of the sum
    "b184_rs": r'''
[notation]
learning_rate = ["self.learning_rate"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"y_true" = "y[:].T"
"self.Z1" = "z1[:].T"
"self.A1" = "a1[:].T"
"self.Z2" = "z2[:].T"
"self.A2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.b1" = "b1[:].T"
"self.W2" = "W2[:, :].T"
"self.b2" = "b2[:].T"
"delta2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"delta1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
}
