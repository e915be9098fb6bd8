"""The networks and notations of batch 130 of the held-out public formulas (tests/public_formulas_batch130.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b130_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)
_SIG = 'activation = "sigmoid"'

NETWORKS = {
    # the C++ NeuralNetwork (stored file 53255550936): sigmoid hidden and output layers with biases,
    # weightsInputHidden_[i][j] and weightsHiddenOutput_[j][k] input-first, error = output - target and outputDelta =
    # error * output (1 - output), -= updates: half the squared error's step; an MNIST 784-h-10 there (the rate a
    # constructor's argument), 2-3-2 here
    "b130_cp": _layers(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error"),
    # the Python XOR script with list comprehensions (stored file 18460304852): 2-2-1 sigmoid with biases,
    # weights_input_hidden[j][k] input-first, weights_hidden_output[k], error = y[i] - output and += updates (half the
    # squared error's step; the script prints the mean of error ** 2), learning_rate 0.1; the XOR sample [0, 1] -> 1
    "b130_px": problem_text(f'inputs = 2\nunits = 2\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error",
                            extra=_data("[0.0, 1.0]", "[1.0]", 0.1)),
    # the Python "Back Propagation Algorithm" XOR script (stored file 70666749891): 2-2-1 sigmoid with biases B1, B2,
    # W1[i][j] (input i to hidden j) and W2[j][0] input-first, error = Y[i][0] - output, += updates, learning_rate 0.5;
    # the XOR sample [0, 1] -> 1
    "b130_pb": problem_text(f'inputs = 2\nunits = 2\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error",
                            extra=_data("[0.0, 1.0]", "[1.0]", 0.5)),
    # the Rust Layer of Perceptrons (stored file 3627410579): sigmoid perceptrons with a bias (biais), each
    # perceptron's weights[j] over its inputs (output-first), output_error = targets - outputs, += updates (half
    # the squared error's step); layer sizes from a configuration, 2-3-2 here
    "b130_rl": _layers(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error"),
    # the Rust GPU chapter's cpu_gradient (stored file 67643397674): 4 tanh hidden units and a sigmoid output of the
    # logit, the mean binary cross-entropy over 8 samples (one here), its INITIAL weights (a flat array: weights[unit
    # * 2], weights[unit * 2 + 1] the hidden weights, weights[8 + unit] their biases, weights[12 + unit] the output
    # weights, weights[16] the output bias), the first sample [-1, -1] with target 0, rate 0.3
    "b130_rg": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"\n'
                            'weights = [[0.30, -0.20], [-0.40, 0.35], [0.25, 0.45], [-0.35, -0.25]]\n'
                            'biases = [0.05, -0.05, 0.10, -0.10]',
                            f'units = 1\n{_SIG}\nweights = [[0.40, -0.30, 0.25, -0.35]]\nbiases = [0.0]',
                            loss="binary_cross_entropy", extra=_data("[-1.0, -1.0]", "[0.0]", 0.3)),
    # the PHP chapter's SimpleNeuralNetwork (stored file 40294926671): sigmoid hidden and output neurons with biases,
    # weightsInputHidden[$i][$h] input-first, weightsHiddenOutput[$h], $loss = 0.5 * (($target - $prediction) ** 2),
    # -= updates; the backpropagation demo's 2-2-1 network, inputs [1.0, 0.5], target 1.0, learningRate 0.8
    "b130_ph": problem_text(f'inputs = 2\nunits = 2\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error",
                            extra=_data("[1.0, 0.5]", "[1.0]", 0.8)),
    # the React lesson's Step16 (stored file 17484357148): the worked example's 2-3-1 sigmoid network, input [0.5,
    # 0.8], target 1.0, error = prediction - target and delta = error * sigmoid'(z): half the squared error
    "b130_jx": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error",
                            extra=_data("[0.5, 0.8]", "[1.0]", 0.1)),
    # the Vietnamese R XOR network (stored file 52739566835): 2-4-1 sigmoid without biases, weights1 (2 x 4) and
    # weights2 (4 x 1) input-first (input %*% weights1), the loss MSE = mean((y - output)^2) (of one sample here: the
    # squared error), weights + d_weights (the comment's learning_rate = 1); the XOR sample [0, 1] -> 1
    "b130_rv": problem_text(f'inputs = 2\nunits = 4\n{_SIG}\nbias = "none"', f'units = 1\n{_SIG}\nbias = "none"',
                            loss="squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 1.0)),
    # Joe Domaleski's R network (stored file 29493013091): 2-4-1 sigmoid with biases, W1 (2 x 4) and W2 (4 x 1)
    # input-first (X_train %*% W1), the mean binary cross-entropy (of one sample here), learning_rate 0.1
    "b130_rd": _layers(f'inputs = 2\nunits = 4\n{_SIG}', f'units = 1\n{_SIG}', loss="binary_cross_entropy"),
    # the Indonesian NNAR script (stored file 70131995701): 4 lagged inputs, 2 sigmoid hidden units, 1 sigmoid
    # output, v (4 x 2) input-first with biases v0, w (2 x 1) with bias w0, its section 8.1's initial weights, error
    # = t - y and += updates (half the squared error's step; it sums error^2 as sse); the rate the grid search picks
    # (0.01 ... 0.10), 0.1 here
    "b130_ri": _layers('inputs = 4\nunits = 2\nactivation = "sigmoid"\n'
                       'weights = [[-0.212, 0.288, -0.091, 0.383], [0.440, -0.454, 0.028, 0.392]]\n'
                       'biases = [0.051, -0.043]',
                       f'units = 1\n{_SIG}\nweights = [[0.457, -0.047]]\nbiases = [0.178]',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the C++ output loop (k an output): lastOutputActivations_[k] the output, target[k] the target,
    # lastHiddenActivations_[j] the hidden outputs, input[i] the inputs; error = output - target (dE/d output);
    # outputDelta[k], hiddenDelta[j] dE/dz (the updates subtract them); propagatedError the hidden loop's sum,
    # dE/d(hidden output j); sigmoidDerivativeFromActivation(a) = a (1 - a), the slope written of the output
    "b130_cp": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate_"]
functions = { sigmoidDerivativeFromActivation = "sigmoid' at output" }
[notation.symbols]
"lastOutputActivations_" = "a2[:]"
"target[k]" = "y[k]"
"lastHiddenActivations_" = "a1[:]"
"input[i]" = "x[i]"
"error" = "a2[k] - y[k]"
"propagatedError" = "grad(a1[j])"
"outputDelta[k]" = "delta2[k]"
"hiddenDelta[j]" = "delta1[j]"
"weightsHiddenOutput_" = "W2[:, :].T"
"weightsInputHidden_" = "W1[:, :].T"
"biasOutput_" = "b2[:]"
"biasHidden_" = "b1[:]"
''',
    # the Python XOR script: X[i] the sample i (one here), y[i] its target, output the output, hidden_layer_output[k]
    # the hidden outputs, input_layer[j] the inputs; weights_input_hidden[j][k] joins input j to hidden k,
    # weights_hidden_output[k] hidden k to the output; error = y[i] - output; output_delta and hidden_deltas[k] the
    # code's deltas, -dE/dz (the updates add them); sigmoid_derivative(x) = x (1 - x), of the outputs
    "b130_px": r'''
[notation]
indices = "ijk"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"y[i]" = "y[0]"
"output" = "a2[0]"
"hidden_layer_output[k]" = "a1[k]"
"input_layer[j]" = "x[j]"
"error" = "y[0] - a2[0]"
"output_delta" = "-delta2[0]"
"hidden_deltas[k]" = "-delta1[k]"
"hidden_deltas" = "-delta1[:]"
"weights_hidden_output[k]" = "W2[0, k]"
"weights_input_hidden[j][k]" = "W1[k, j]"
"bias_output" = "b2[0]"
"bias_hidden[k]" = "b1[k]"
''',
    # the Python "Back Propagation Algorithm" script: X[i][j] input j of sample i (one sample here), Y[i][0] its
    # target, output the output, hidden[j] the hidden outputs; W1[i][j] joins input i to hidden j, W2[j][0] hidden j
    # to the output, B1[j], B2[0] the biases; error = Y[i][0] - output; output_delta, hidden_delta[j] and delta (the
    # hidden loop's) the code's deltas, -dE/dz; hidden_error = output_delta * W2[j][0], -dE/d(hidden output j)
    "b130_pb": r'''
[notation]
indices = "ijk"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X[i][j]" = "x[j]"
"Y[i][k]" = "y[k]"
"output" = "a2[0]"
"hidden[j]" = "a1[j]"
"error" = "y[0] - a2[0]"
"output_delta" = "-delta2[0]"
"hidden_error" = "-grad(a1[j])"
"delta" = "-delta1[j]"
"hidden_delta[j]" = "-delta1[j]"
"W1[i][j]" = "W1[j, i]"
"W2[j][k]" = "W2[k, j]"
"B1[j]" = "b1[j]"
"B2[k]" = "b2[k]"
''',
    # the Rust Layer, read as the output layer's (backward_output, and update_weights called on it): outputs[index]
    # the outputs, targets[index] the targets (index the loop's output), deltas[i] the layer's deltas, -dE/dz (the
    # update adds them), inputs[j] the layer's inputs (the hidden outputs), self.0[i].weights[j] the weight from
    # input j to perceptron i, self.0[i].biais its bias; sigmoid_derivate of the outputs, their slope written of them
    "b130_rl": r'''
[notation]
indices = "ijk"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivate = "sigmoid' at output" }
index_names = { index = "k" }
[notation.symbols]
"outputs[k]" = "a2[k]"
"targets[k]" = "y[k]"
"output_error" = "y[k] - a2[k]"
"output_delta" = "-delta2[k]"
"deltas[i]" = "-delta2[i]"
"inputs[j]" = "a1[j]"
"self.0[i].weights[j]" = "W2[i, j]"
"self.0[i].biais" = "b2[i]"
''',
    # the Rust chapter's cpu_gradient: prediction the sigmoid of the logit, target the sample's target, hidden[unit]
    # the tanh hidden outputs, weights the flat array (weights[12 + unit] the output weight of hidden unit unit);
    # output_delta = prediction - target, dE/d logit; hidden_delta, dE/dz of hidden unit unit
    "b130_rg": r'''
[notation]
indices = "j"
index_names = { unit = "j" }
[notation.symbols]
"prediction" = "a2[0]"
"target" = "y[0]"
"hidden[j]" = "a1[j]"
"input[j]" = "x[j]"
"weights[j * 2]" = "W1[j, 0]"
"weights[j * 2 + 1]" = "W1[j, 1]"
"weights[8 + j]" = "b1[j]"
"weights[12 + j]" = "W2[0, j]"
"weights[16]" = "b2[0]"
"output_delta" = "delta2[0]"
"hidden_delta" = "delta1[j]"
''',
    # the PHP chapter's train(): $prediction the output, $target the target, $inputs[$i] the inputs,
    # $this->hiddenActivations[$h] the hidden outputs, $this->weightsInputHidden[$i][$h] (input i to hidden h),
    # $this->weightsHiddenOutput[$h], $this->biasOutput, $this->biasesHidden[$h]; $outputError = prediction - target
    # (dE/d output), $outputDelta and $hiddenDeltas[$h] dE/dz (the updates subtract them);
    # ActivationFunctions::sigmoidDerivative($sigmoidOutput) = output (1 - output); the algorithm's LaTeX with
    # delta_{out}, y_{pred}, y_{true}, z_{out} and f the sigmoid
    "b130_ph": r'''
[notation]
indices = "hi"
learning_rate = ["this->learningRate"]
functions = { "ActivationFunctions.sigmoidDerivative" = "sigmoid' at output", f = "sigmoid" }
[notation.symbols]
"prediction" = "a2[0]"
"target" = "y[0]"
"inputs[i]" = "x[i]"
"this->hiddenActivations[h]" = "a1[h]"
"outputError" = "a2[0] - y[0]"
"outputDelta" = "delta2[0]"
"hiddenDeltas[h]" = "delta1[h]"
"this->weightsHiddenOutput[h]" = "W2[0, h]"
"this->weightsInputHidden[i][h]" = "W1[h, i]"
"this->biasOutput" = "b2[0]"
"this->biasesHidden[h]" = "b1[h]"
"\\delta_{\\text{out}}" = "delta2[0]"
"y_{\\text{pred}}" = "a2[0]"
"y_{\\text{true}}" = "y[0]"
"z_{\\text{out}}" = "z2[0]"
"\\delta_{h}" = "delta1[h]"
"z_{h}" = "z1[h]"
''',
    # the same code's hidden loop: $error = $outputDelta * $this->weightsHiddenOutput[$h], dE/d(hidden output h)
    "b130_phh": r'''
[notation]
indices = "h"
functions = { "ActivationFunctions.sigmoidDerivative" = "sigmoid' at output" }
[notation.symbols]
"this->hiddenActivations[h]" = "a1[h]"
"error" = "grad(a1[h])"
"hiddenDeltas[h]" = "delta1[h]"
''',
    # the React lesson: prediction the output, target the target, z_output its sum, hidden[j] the hidden outputs,
    # z_hidden[i] their sums, input[j] the inputs, w₂[i] the weight from hidden i to the output, w₁[i][j] from input j
    # to hidden i (the gradient's δ_hidden[i] × input[j]); δ_output and δ₂ the output's dL/dz, δ_hidden[i] and δ₁[i]
    # the hidden ones; z₁[i] the hidden sums; sigmoid' the sigmoid's derivative at its argument
    "b130_jx": r'''
[notation]
indices = "ij"
[notation.symbols]
"prediction" = "a2[0]"
"target" = "y[0]"
"z_output" = "z2[0]"
"hidden[j]" = "a1[j]"
"z_hidden[i]" = "z1[i]"
"input[j]" = "x[j]"
"w₂[i]" = "W2[0, i]"
"w₁[i][j]" = "W1[i, j]"
"δ_output" = "delta2[0]"
"δ_hidden[i]" = "delta1[i]"
"δ₂" = "delta2[0]"
"δ₁[i]" = "delta1[i]"
"z₁[i]" = "z1[i]"
''',
    # the Vietnamese R network's backprop(): nn$input the sample as a row, nn$y its target, nn$layer1 the hidden
    # outputs (a row), nn$output the output, nn$weights1 (2 x 4) and nn$weights2 (4 x 1) input-first; delta_output
    # and delta_hidden -dE/dz as rows (the updates add the d_weights: -dE/dW, shaped as the weights); sigmoid_derivative
    # of the outputs (the comment: its x is the sigmoid's output)
    "b130_rv": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"nn$input" = "x[:].T"
"nn$y" = "y[:].T"
"nn$layer1" = "a1[:].T"
"nn$output" = "a2[:].T"
"nn$weights1" = "W1[:, :].T"
"nn$weights2" = "W2[:, :].T"
"delta_output" = "-delta2[:].T"
"delta_hidden" = "-delta1[:].T"
"d_weights2" = "-grad(W2[:, :]).T"
"d_weights1" = "-grad(W1[:, :]).T"
''',
    # the same file's comment block: L the loss (MSE, of one sample: the squared error), y the target, output the
    # output, layer1 the hidden outputs as a row, z2 = layer1 %*% weights2 the output's sum, w2 the weights2 (4 x 1);
    # sigmoid'(output) the slope written of the output (the comment: the sigmoid's derivative takes its output)
    "b130_rvc": r'''
[notation]
functions = { "sigmoid'" = "sigmoid' at output" }
[notation.symbols]
"y" = "y[0]"
"output" = "a2[0]"
"Output" = "a2[0]"
"layer1" = "a1[:].T"
"z2" = "z2[0]"
"w2" = "W2[:, :].T"
''',
    # Domaleski's R network: X_train the sample as a row, y_train its target, a1, a2 the hidden and output
    # activations (rows), W1 (2 x 4) and W2 (4 x 1) input-first, b1, b2 rows; delta_output and delta_hidden the
    # code's deltas, -dL/dz (the updates add them); sigmoid_derivative(x) = x (1 - x), of the activations
    "b130_rd": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X_train" = "x[:].T"
"y_train" = "y[:].T"
"a1" = "a1[:].T"
"a2" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"delta_output" = "-delta2[:].T"
"delta_hidden" = "-delta1[:].T"
''',
    # the Indonesian NNAR loop: x the sample's lagged inputs, t its target, z the hidden outputs, y the output, v (4 x
    # 2, input-first) and v0 the hidden weights and biases, w and w0 the output's; error = t - y; delta_output and
    # delta_hidden the code's deltas, -dE/dz (the updates add them); turunan_sigmoid(y) = y (1 - y), of the outputs;
    # outer the outer product
    "b130_ri": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { turunan_sigmoid = "sigmoid' at output", outer = "outer product" }
[notation.symbols]
"x" = "x[:]"
"t" = "y[0]"
"z" = "a1[:]"
"y" = "a2[0]"
"v" = "W1[:, :].T"
"v0" = "b1[:]"
"w" = "W2[0, :]"
"w0" = "b2[0]"
"error" = "y[0] - a2[0]"
"delta_output" = "-delta2[0]"
"delta_hidden" = "-delta1[:]"
''',
}
