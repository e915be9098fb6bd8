"""The networks and notations of batch 137 of the held-out public formulas (tests/public_formulas_batch137.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b137_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Spanish-commented script (stored file 3077408584): sigmoid hidden and output layers with biases, W1, W2
    # input-first (np.dot(X, W1)), rows of samples, error = Y - predicted_output and d_predicted_output = error *
    # output (1 - output): half the squared error's step (the script prints np.mean(error**2)); 2-50-1 there, 2-3-1
    # here, learning_rate 0.1
    "b137_es": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the battery script (stored file 5626964792): two sigmoid hidden layers and a sigmoid output with biases,
    # 3-3-2-1 as there (inputLayerNeurons, frist_hiddenLayerNeurons, second_hiddenLayerNeurons, outputLayerNeurons =
    # 3,3,2,1), weights input-first, error = expected - predicted: half the squared error's step; lr = 1.5
    "b137_bt": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            'units = 1\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(1.5)),
    # the ReLU regression script (stored file 31673648970): a ReLU hidden layer and a linear output with biases,
    # weights input-first, error = y_scaled - predicted_output, d_predicted_output = error (the step of half the
    # squared error; the script prints np.mean(np.square(error))); 1-100-1 there, 1-4-1 here, learning_rate 0.001
    "b137_rl": problem_text('inputs = 1\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate(0.001)),
    # the XOR script (stored file 17270713249): 2-2-1 sigmoid layers without biases, weights input-first,
    # error = y - predicted_output: half the squared error's step; learning_rate 0.5
    "b137_xr": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.5)),
    # the MATLAB mlp_train (stored file 27475064936), one hidden layer: sigmoid layers without biases, W1, W2
    # input-first (Z1 = X * W1), delta2 = (A2 - Y) .* sigmoid_gradient(Z2): half the squared error's gradient (the
    # file's sibling plots sum(sum((Y - A2).^2)) / 2); one output, 2-3-1 here, eta 0.1
    "b137_m1": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the same function's two hidden layers: 2-3-2-1 here
    "b137_m2": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Java NeuralNetwork (stored file 27413252954): sigmoid layers without biases, hiddenWeight[j][i] and
    # outWeight[k][j] output-first, one output, deltaOutput = (output - y) output (1 - output): half the squared
    # error's gradient (the code prints the mean of the squares); 1600-100-1 there, 3-4-1 here
    "b137_jv": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Rust network (stored file 9262727936): sigmoid layers with biases, weights output-first (weights[k][j]),
    # output_delta = (o - t) o (1 - o): half the squared error's gradient; 64-128-10 there, 3-4-2 here,
    # LEARNING_RATE 0.01
    "b137_rs": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the AND-gate script (stored file 46421057147): 2-2-1 sigmoid layers with biases, weights input-first,
    # error = labels - predicted_output: half the squared error's step; learning_rate 0.1
    "b137_ad": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Turkmen spam filter (stored file 15521355873): sigmoid layers without biases, weights input-first, hidden
    # size 4, one output, error = y - predicted_output: half the squared error's step; a bag of words there, 3 inputs
    # here, learning_rate=0.1 (the function's default)
    "b137_tk": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the C program (stored file 41722323657): 2-2-1 sigmoid layers, arrays counted from 1 with index 0 the bias
    # (WeightIn2Hidden[0][j]), Error += 0.5 (Target - Output)^2: half the squared error; eta 0.5 (with momentum alpha
    # in its updates, which no entry holds)
    "b137_c": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="half_squared_error", extra=_rate(0.5)),
    # the Polish XOR script (stored file 46914627223): 2-3-1 sigmoid layers with biases, W1, W2 input-first, error =
    # y - output, d_output = error * output (1 - output): half the squared error's step (the script plots the mean of
    # the squares); learning_rate 0.2
    "b137_pl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.2)),
    # the Chinese Markdown article (stored file 9494032622): sigmoid layers with biases, weights input-first (np.dot(X,
    # weights)), J = 1/2 sum (y_i - y_hat_i)^2 (its text's MSE; its code's mse_loss the mean of the squares), 2-3-1
    # (its second example's sizes), learning_rate 0.01 (train_model(X, y, 1000, 0.01))
    "b137_zh": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
}

NOTATIONS = {
    # the Spanish-commented script: X the input row, Y its label, W1, W2 input-first, b1, b2 rows,
    # hidden_layer_input, hidden_layer_output, output_layer_input, predicted_output rows, error = Y -
    # predicted_output, d_predicted_output and d_hidden_layer the code's deltas (-dE/dz: the updates add them);
    # sigmoid_derivative(x) = x * (1 - x), the slope written of the output
    "b137_es": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"predicted_output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-delta2[:].T"
"d_hidden_layer" = "-delta1[:].T"
''',
    # the battery script: inputs the input row, expected_output its reference, hidden1_weights, hidden2_weights,
    # output_weights input-first with hidden1_bias, hidden2_bias, output_bias; frist_hidden_layer_output,
    # second_hidden_layer_output, predicted_output the layers' outputs; error = expected - predicted;
    # d_predicted_output, d_hidden2_layer, d_hidden1_layer the code's deltas (-dE/dz); error_second_hidden_layer and
    # error_frist_hidden_layer -dE/d(the hidden layers' outputs); lr the rate; sigmoid_derivative of the output
    "b137_bt": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"expected_output" = "y[:].T"
"hidden1_weights" = "W1[:, :].T"
"hidden2_weights" = "W2[:, :].T"
"output_weights" = "W3[:, :].T"
"hidden1_bias" = "b1[:].T"
"hidden2_bias" = "b2[:].T"
"output_bias" = "b3[:].T"
"frist_hidden_layer_output" = "a1[:].T"
"second_hidden_layer_output" = "a2[:].T"
"predicted_output" = "a3[:].T"
"error" = "y[:].T - a3[:].T"
"d_predicted_output" = "-delta3[:].T"
"error_second_hidden_layer" = "-grad(a2[:]).T"
"d_hidden2_layer" = "-delta2[:].T"
"error_frist_hidden_layer" = "-grad(a1[:]).T"
"d_hidden1_layer" = "-delta1[:].T"
''',
    # the ReLU regression script: X_scaled the input row, y_scaled its target, weights_input_hidden and
    # weights_hidden_output input-first, bias_hidden, bias_output rows; hidden_layer_input, hidden_layer_output,
    # output_layer_input, predicted_output rows (the output linear); error = y_scaled - predicted_output;
    # d_predicted_output and d_hidden_layer the code's deltas (-dE/dz: the updates add them); relu_derivative(x) = (x
    # > 0), the slope at the sum
    "b137_rl": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"X_scaled" = "x[:].T"
"y_scaled" = "y[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"bias_hidden" = "b1[:].T"
"bias_output" = "b2[:].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"predicted_output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-delta2[:].T"
"d_hidden_layer" = "-delta1[:].T"
''',
    # the XOR script: X the input row, y its label, weights_input_hidden and weights_hidden_output input-first,
    # hidden_layer_output and predicted_output rows, error = y - predicted_output, d_predicted_output and
    # d_hidden_layer the code's deltas (-dE/dz: the updates add them; its comments call them gradients);
    # sigmoid_derivative of the output
    "b137_xr": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"hidden_layer_output" = "a1[:].T"
"predicted_output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-delta2[:].T"
"d_hidden_layer" = "-delta1[:].T"
''',
    # the MATLAB function, one hidden layer: X the input row, Y its label, W1, W2 input-first, Z1, A1, Z2, A2 rows of
    # the sums and outputs, delta2 and delta1 dE/dz (the updates subtract them), eta the rate; sigmoid_gradient(x) =
    # sigmoid(x) (1 - sigmoid(x)), the slope at the sum
    "b137_m1": r'''
[notation]
learning_rate = ["eta"]
functions = { sigmoid_gradient = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"delta2" = "delta2[:].T"
"delta1" = "delta1[:].T"
''',
    # the same function's two hidden layers: W3, Z3, A3 the output layer's, delta3 its dE/dz
    "b137_m2": r'''
[notation]
learning_rate = ["eta"]
functions = { sigmoid_gradient = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"W3" = "W3[:, :].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"Z3" = "z3[:].T"
"A3" = "a3[:].T"
"delta3" = "delta3[:].T"
"delta2" = "delta2[:].T"
"delta1" = "delta1[:].T"
''',
    # the Java NeuralNetwork's backwordPropagation(int y): y the label, this.input[i], this.hidden[j],
    # this.output[k] the layers' outputs, this.hiddenWeight[j][i] and this.outWeight[k][j] output-first,
    # this.deltaOutput[k] and this.deltaHidden[j] dE/dz (the updates subtract them), net the hidden loop's sum over k
    # of deltaOutput[k] outWeight[k][j] (dE/d hidden[j]), this.learningRate the rate
    "b137_jv": r'''
[notation]
indices = "ijk"
learning_rate = ["this.learningRate"]
[notation.symbols]
"y" = "y[0]"
"this.input[i]" = "x[i]"
"this.hidden[j]" = "a1[j]"
"this.output[k]" = "a2[k]"
"this.hiddenWeight[j][i]" = "W1[j, i]"
"this.outWeight[k][j]" = "W2[k, j]"
"this.deltaOutput[k]" = "delta2[k]"
"this.deltaHidden[j]" = "delta1[j]"
"net" = "grad(a1[j])"
''',
    # the Rust back_propagation's output part: output and target the vectors, o and t an output and its target
    # (the closure's), output_delta the output deltas dE/dz2 (the loops' output_delta the one of output k),
    # hidden_delta the hidden deltas dE/dz1, h a hidden output, od an output delta and w a weight in the hidden
    # deltas' closure, weights[k] output k's row of output_layer.weights, weight (*weight in the loops) the weight
    # from hidden j to output k, hidden_output hidden output j in the loop, bias output k's bias; LEARNING_RATE
    "b137_rs": r'''
[notation]
indices = "jk"
learning_rate = ["LEARNING_RATE"]
[notation.symbols]
"o" = "a2[k]"
"t" = "y[k]"
"output_delta" = "delta2[k]"
"hidden_delta" = "delta1[j]"
"h" = "a1[j]"
"od" = "delta2[k]"
"w" = "W2[k, j]"
"weight" = "W2[k, j]"
"hidden_output" = "a1[j]"
"bias" = "b2[k]"
''',
    # its hidden part (the same names, other quantities): weight the weight from input i to hidden j, input input
    # i, hidden_delta hidden j's delta dE/dz1, bias hidden j's bias
    "b137_rsh": r'''
[notation]
indices = "ij"
learning_rate = ["LEARNING_RATE"]
[notation.symbols]
"weight" = "W1[j, i]"
"input" = "x[i]"
"hidden_delta" = "delta1[j]"
"bias" = "b1[j]"
''',
    # the AND-gate script: inputs the input row, labels its label, weights_input_hidden and weights_hidden_output
    # input-first, bias_hidden, bias_output rows, hidden_input, hidden_output, predicted_output rows; error = labels -
    # predicted_output; d_predicted_output and d_hidden_layer the code's deltas (-dE/dz); sigmoid_derivative of the
    # output
    "b137_ad": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"labels" = "y[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"bias_hidden" = "b1[:].T"
"bias_output" = "b2[:].T"
"hidden_input" = "z1[:].T"
"hidden_output" = "a1[:].T"
"predicted_output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-delta2[:].T"
"d_hidden_layer" = "-delta1[:].T"
''',
    # the Turkmen spam filter's backpropagation(X, y, hidden_output, predicted_output, ...): X the input row, y its
    # label, weights_input_hidden and weights_hidden_output input-first, hidden_output and predicted_output rows;
    # error = y - predicted_output; d_predicted_output and d_hidden_layer the code's deltas (-dE/dz);
    # sigmoid_derivative of the output
    "b137_tk": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"hidden_output" = "a1[:].T"
"predicted_output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"d_predicted_output" = "-delta2[:].T"
"d_hidden_layer" = "-delta1[:].T"
''',
    # the C program: arrays counted from 1 (index 0 the bias's), p the pattern (one here), HiddenCompute[p][j] and
    # OutputCompute[p][k] the sums, Hidden[p][j] and Output[p][k] the outputs, Target[p][k] the target,
    # DeltaOutput[k] and DeltaHidden[j] the code's deltas (-dE/dz: the updates add them), BackpropagationArray[j] the
    # sum over k of WeightHidden2Out[j][k] DeltaOutput[k] (-dE/d Hidden[p][j])
    "b137_c": r'''
[notation]
indices = "jkp"
learning_rate = ["eta"]
[notation.symbols]
"HiddenCompute[p][j]" = "z1[j-1]"
"Hidden[p][j]" = "a1[j-1]"
"OutputCompute[p][k]" = "z2[k-1]"
"Output[p][k]" = "a2[k-1]"
"Target[p][k]" = "y[k-1]"
"DeltaOutput[k]" = "-delta2[k-1]"
"DeltaHidden[j]" = "-delta1[j-1]"
"BackpropagationArray[j]" = "-grad(a1[j-1])"
''',
    # the Polish XOR script: X the input row, y its label, W1, W2 input-first, b1, b2 rows; hidden_layer_input,
    # hidden_layer_output, output_layer_input, output rows; error = y - output; hidden_error the output's error term
    # sent back to the hidden layer (-dE/dz2: hidden_layer_error = np.dot(hidden_error, W2.T)), hidden_layer_error
    # -dE/d(hidden output); d_output and d_hidden_layer the code's deltas (-dE/dz: the updates add them);
    # sigmoid_derivative(x) = x * (1 - x), the slope written of the output
    "b137_pl": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"hidden_error" = "-delta2[:].T"
"hidden_layer_error" = "-grad(a1[:]).T"
"d_output" = "-delta2[:].T"
"d_hidden_layer" = "-delta1[:].T"
''',
    # the Chinese article's first code block: X the input row, y its label, weights and output_weights input-first,
    # biases and output_biases; hidden_layer_input, hidden_layer_output, output_layer_input, output_layer_output
    # rows; each d_name the loss's derivative by name (d_output_layer_output = dJ/d(output), d_output_layer_input =
    # dJ/dz2, d_hidden_layer_output = dJ/d(hidden output), d_hidden_layer_input = dJ/dz1); sigmoid_derivative, which
    # the block uses without defining it, the sigmoid's derivative at its argument
    "b137_zh": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"weights" = "W1[:, :].T"
"output_weights" = "W2[:, :].T"
"biases" = "b1[:]"
"output_biases" = "b2[:]"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"output_layer_output" = "a2[:].T"
"d_output_layer_output" = "grad(a2[:]).T"
"d_output_layer_input" = "delta2[:].T"
"d_hidden_layer_output" = "grad(a1[:]).T"
"d_hidden_layer_input" = "delta1[:].T"
''',
    # the article's text (its back-propagation formulas in $$ displays): J the loss, a_{o}^{(2)} the output, y the
    # label, a_{h}^{(1)} the hidden outputs, w^{(2)} the output weights (one output), b^{(2)} its bias, x the input,
    # \delta_{o}^{(2)} = a (1 - a) (y - a), -dJ/dz2 (the text's own definition), \delta_{h}^{(1)} the hidden ones
    "b137_zht": r'''
[notation]
loss = ["J"]
[notation.symbols]
"a_{o}^{(2)}" = "a2[0]"
"y" = "y[0]"
"a_{h}^{(1)}" = "a1[:]"
"w^{(2)}" = "W2[0, :]"
"b^{(2)}" = "b2[0]"
"\\delta_{o}^{(2)}" = "-delta2[0]"
"\\delta_{h}^{(1)}" = "-delta1[:]"
''',
}
