"""The networks and notations of batch 191 of the held-out public formulas (tests/public_formulas_batch191.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b191_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Julia script (stored file 45748539628): Ng's layers, the samples columns (X' and y' transposed), W[1] (n[1] x
    # n0) and W[2] (n[2] x n[1]) output-first with biases b[1], b[2], sigmoid layers (sigma(z) = 1/(1+e^(-z))), cost
    # the binary cross-entropy; init(n0 = 2, layers = 2, n = [3, 1]): 2-3-1 ("only works with 2 layers of dimension
    # [3, 1] with 2 initial inputs"); neural_net(X, y, n_iter, 0.001): learn_rate 0.001 as the script calls it
    "b191_jl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.001)),
    # the R function neural_network (stored file 63557738342): the samples rows (X %*% weights_0_1), weights_0_1
    # (input_nodes x hidden_nodes) and weights_1_2 (hidden_nodes x 1) input-first with biases bias_hidden,
    # bias_output (rows), hidden units activation_function (passed in: the sigmoid here, its derivative written of
    # the hidden outputs as the call activation_function_derivative(hidden_layer_output) takes it), a LINEAR output
    # (the sigmoid line commented out), error <- y - predicted_output added to the weights: half the squared
    # error's step; n = nrow(X) (one sample here); 2-3-1 here, the rate 0.1 (none is given: an argument)
    "b191_rl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the R cross-validation script (stored file 29949360882): the samples rows, weights_input_hidden (inputs x
    # hidden) and weights_hidden_output (hidden x outputs) input-first with biases, sigmoid layers
    # (sigmoid_derivative(x) = x * (1 - x), of the outputs), error <- y_train - predicted_output: the step of half
    # the squared error (the loss it prints is the mean of the squares; the gradients it names are the negated
    # gradients of half the squared error, added with momentum); 2 inputs, 2 outputs (y = scaled_data[, 3:4]),
    # hidden_layer_neurons 32 there, 4 here; learning_rate 0.1
    "b191_rm": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the MATLAB XOR script (stored file 35985931133): Ng's layers, the samples columns (X = [...]'), W1 (hidden_size1
    # x input_size), W2 (hidden_size x hidden_size1), W3 (output_size x hidden_size) output-first with biases b1, b2,
    # b3, sigmoid layers (sigmoid_derivative = @(x) x .* (1 - x), of the outputs), the loss "Mean Squared Error"
    # sum((Y - A3).^2) / length(Y) (one sample and one output here: the squared error); 2-12-12-1 there, 2-3-3-1
    # here; learning_rate = 3
    "b191_mx": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            'units = 1\nactivation = "sigmoid"', loss="squared_error", extra=_rate(3.0)),
    # the MATLAB mlpXOR function (stored file 69113181788): Ng's layers, the samples columns (X: 2 x m), W1 (2 x 2)
    # and W2 (1 x 2) output-first with biases b1, b2, sigmoid layers (sig = @(z) 1 ./ (1 + exp(-z))), the binary
    # cross-entropy (its mean over the samples: one here, m = 1); 2-2-1 as the function writes it; mlpXOR(X, y, 10000,
    # 0.5): lr 0.5
    "b191_mo": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.5)),
}

NOTATIONS = {
    # the Julia script: X the input (a column), y the target, A[1], A[2] the layers' outputs (A = forward_prop's
    # [A1, A2]), W[1], W[2], b[1], b[2] the parameters (output-first, columns), dZ2 ... db1 the cost's gradients (Ng's
    # d names), dW[1] ... db[2] the same in update's arrays, W1, W2, b1, b2 the updated parameters, m the number of
    # samples (one here), learn_rate the rate
    "b191_jl": r'''
[notation]
learning_rate = ["learn_rate"]
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"A[1]" = "a1[:]"
"A[2]" = "a2[:]"
"W[1]" = "W1[:, :]"
"W[2]" = "W2[:, :]"
"b[1]" = "b1[:]"
"b[2]" = "b2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"dW[1]" = "grad(W1[:, :])"
"dW[2]" = "grad(W2[:, :])"
"db[1]" = "grad(b1[:])"
"db[2]" = "grad(b2[:])"
"m" = "1"
''',
    # the R neural_network function: X the input (a row), y the target, hidden_layer_output the hidden outputs,
    # predicted_output the (linear) output, weights_0_1, weights_1_2 input-first, bias_hidden, bias_output (rows),
    # error = y - output, d_predicted_output and d_hidden_layer the code's deltas (-dE/dz: the updates add them),
    # n the number of samples (one here), activation_function_derivative the sigmoid's slope written of the output
    "b191_rl": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "activation_function_derivative" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"hidden_layer_output" = "a1[:].T"
"predicted_output" = "a2[:].T"
"weights_0_1" = "W1[:, :].T"
"weights_1_2" = "W2[:, :].T"
"bias_hidden" = "b1[:].T"
"bias_output" = "b2[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-grad(z2[:]).T"
"d_hidden_layer" = "-grad(z1[:]).T"
"n" = "1"
''',
    # the R cross-validation script: X_train the input (a row), y_train the target, hidden_layer_output and
    # predicted_output the layers' outputs, weights_input_hidden and weights_hidden_output input-first, error = y -
    # output, d_predicted_output and d_hidden_layer the code's deltas (-dE/dz), error_hidden_layer -dE/d(hidden
    # output), the gradient_ names the NEGATED gradients the momentum terms add (t(hidden_layer_output) %*%
    # d_predicted_output); sigmoid_derivative(x) = x (1 - x), the slope written of the output
    "b191_rm": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X_train" = "x[:].T"
"y_train" = "y[:].T"
"hidden_layer_output" = "a1[:].T"
"predicted_output" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-grad(z2[:]).T"
"error_hidden_layer" = "-grad(a1[:]).T"
"d_hidden_layer" = "-grad(z1[:]).T"
"gradient_weights_hidden_output" = "-grad(W2[:, :]).T"
"gradient_bias_output" = "-grad(b2[:]).T"
"gradient_weights_input_hidden" = "-grad(W1[:, :]).T"
"gradient_bias_hidden" = "-grad(b1[:]).T"
''',
    # the MATLAB XOR script: X the input (a column), Y the target, A1, A2, A3 and Z1, Z2, Z3 the layers' outputs and
    # sums, W1 ... b3 the parameters (output-first, columns), dZ3 ... db1 and dA2, dA1 the loss's gradients (Ng's d
    # names: dZ3 = dJ/dZ3 as the comments' "Gradient for W2" say), learning_rate the rate; sigmoid_derivative the
    # sigmoid's slope written of the output
    "b191_mx": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"A3" = "a3[:]"
"Z1" = "z1[:]"
"Z2" = "z2[:]"
"Z3" = "z3[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"b3" = "b3[:]"
"dZ3" = "grad(z3[:])"
"dW3" = "grad(W3[:, :])"
"db3" = "grad(b3[:])"
"dA2" = "grad(a2[:])"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # the MATLAB mlpXOR function: X the input (a column), y the target, A1, A2, Z1, Z2 the layers' outputs and sums,
    # W1, b1, W2, b2 the parameters (output-first, columns), dZ2 ... db1 and dA1 the loss's gradients (Ng's d names),
    # m the number of samples (one here), lr the rate
    "b191_mo": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"Z1" = "z1[:]"
"Z2" = "z2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"dZ2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
''',
}
