"""The networks and notations of batch 142 of the held-out public formulas (tests/public_formulas_batch142.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b142_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Java ConvolutionalNeuralNetwork (stored file 9131625686, an MLP despite its name): sigmoid hidden and output
    # layers with biases, hiddenLayer.weights[i][j] (hidden i, input j) and outputLayer.weights[i][j] (output i,
    # hidden j) output-first, outputDelta = (output - target) output (1 - output): half the squared error's dE/dz,
    # -= updates, LearningRate = 0.01; 64-128-10 there, 3-4-2 here
    "b142_jc": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the MATLAB ORL_final function (stored file 4525530335): one sample's row vectors, hidden_matrix (DIM_IN x DIM_HID)
    # and output_matrix (DIM_HID x DIM_OUT) input-first, row biases, logsig hidden units, a softmax output under the
    # cross entropy; LR = 0.25; 65-110-40 there, 3-4-3 here
    "b142_ml": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.25)),
    # the Java classesPackage NeuralNetwork (stored file 17362298981): one sample's row (input[0][.]), sigmoid layers
    # without biases (plain matrix products), hiddenWeights (inputs x hidden) and outputWeights (hidden x 1)
    # input-first, one output, outputDelta = o (1 - o) (t - o) (half the squared error's -dE/dz), += updates; the
    # learning rate a constructor's argument; 3-4-1 here
    "b142_jn": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Spanish R script "Red Neuronal Artificial desde cero en R" (stored file 32004434804): sigmoid layers without
    # biases, X %*% weights1 with weights1 (inputs x 5) and weights2 (5 x 1) input-first, error = y - output, the
    # deltas -dE/dz of half the squared error, + updates, learning_rate = 0.1; XOR's 2-5-1 there, one sample's row of
    # a 2-3-1 network here
    "b142_rs": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Indonesian R script's classFeedFoward and classBackProp (stored file 49080358052): sigmoid layers, one bias
    # per layer (bias1 = bias2 = 1.0, added to every unit, never updated), weights1 (72 x 7) and weights2 (7 x 1)
    # input-first, d_weights = the chain rule's -dE/dW added with no rate (rate 1), the 2 of the squared error's
    # slope left out (the steps descend half the squared error; loss_function prints the sum of the squares);
    # 72-7-1 there, one sample's row of a 3-4-1 network here
    "b142_ri": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "shared"',
                            'units = 1\nactivation = "sigmoid"\nbias = "shared"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the Italian C++ neural_network (stored file 19493063580, Eigen): ReLU hidden units, linear outputs (Q values),
    # weights_ih_ (input x hidden) and weights_ho_ (hidden x output) input-first, row biases bias_h_, bias_o_,
    # output_errors = targets - outputs (half the squared error's -dE/da), += updates; learning_rate an argument;
    # 3-4-2 here
    "b142_ci": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # ttezel/nn's lib/nn.js (JavaScript): logistic layers with biases, weights[layer][n][p] (unit n, previous unit p),
    # errorSig = (desired - out) out (1 - out) (half the squared error's -dE/dz), += updates with momentum 0.5 on the
    # weights (not the biases), learningRate 0.4 by default; one hidden layer, 2-3-2
    "b142_js": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.4)),
    # the Markdown page "Backpropagation Algorithm in Fortran" (stored file 55841405398): its own 2-3-1 sigmoid network
    # with biases, w_input_hidden(k, j) and w_hidden_output(j, k) input-first (Fortran counts from 1), delta_output =
    # o (1 - o) (t - o) (half the squared error's -dE/dz: error = error + 0.5 (t - o)^2), + updates, learning_rate = 0.5
    "b142_fo": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the C++ XOR program commented in Portuguese (stored file 41256256179, Eigen): its own 2-2-1 sigmoid network
    # without biases, weights1 (inputs x hidden) input-first, weights2 a vector, error = desired - output (half the squared
    # error's -dE/da), += updates, lr = 0.5
    "b142_cp": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.5)),
    # the Julia port of Nielsen's network.py (stored file 45408553819): sigmoid layers with biases, w output-first
    # (randn(x, y) for the layer of x units after y), delta = (a - y) sigmoid'(z) (the quadratic cost, half the
    # squared error); one hidden layer, 2-3-2
    "b142_jl": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the Java backPropagation's output loop and update loops: i an output (or a hidden unit in the hidden layer's
    # loops), j a hidden unit (or an input); outputDelta dE/dz2 and hiddenDelta dE/dz1 (the updates subtract them);
    # hiddenOutput[j] the hidden layer's output (as forwardPropagation computes it; backPropagation's own array is
    # left at zeros, the code's slip, no line's)
    "b142_jc": r'''
[notation]
indices = "ij"
learning_rate = ["LearningRate"]
[notation.symbols]
"output[i]" = "a2[i]"
"target[i]" = "y[i]"
"outputDelta[i]" = "delta2[i]"
"hiddenDelta[i]" = "delta1[i]"
"hiddenOutput[j]" = "a1[j]"
"input[j]" = "x[j]"
"outputLayer.weights[i][j]" = "W2[i, j]"
"outputLayer.bias[i]" = "b2[i]"
"hiddenLayer.weights[i][j]" = "W1[i, j]"
"hiddenLayer.bias[i]" = "b1[i]"
''',
    # the same code's hidden loop (i a hidden unit): error the sum over the outputs j of outputLayer.weights[j][i]
    # outputDelta[j], dE/d a1[i]
    "b142_jch": r'''
[notation]
indices = "ij"
[notation.symbols]
"hiddenOutput[i]" = "a1[i]"
"error" = "grad(a1[i])"
"hiddenDelta[i]" = "delta1[i]"
''',
    # the MATLAB function's training loop: one sample's row vectors (x, y_ the target, y the softmax output),
    # hidden_matrix and output_matrix input-first (W1', W2'), row biases; delta_output and delta_hidden columns,
    # dL/dz2 and dL/dz1; d_hidden_net the column of the hidden units' slopes (dlogsig of the sum and the output)
    "b142_ml": r'''
[notation]
learning_rate = ["LR"]
functions = { logsig = "sigmoid" }
[notation.symbols]
"x" = "x[:].T"
"y_" = "y[:].T"
"y" = "a2[:].T"
"hidden_matrix" = "W1[:, :].T"
"hidden_bias" = "b1[:].T"
"output_matrix" = "W2[:, :].T"
"output_bias" = "b2[:].T"
"hidden_sigma" = "z1[:].T"
"hidden_net" = "a1[:].T"
"output_sigma" = "z2[:].T"
"delta_output" = "delta2[:]"
"d_hidden_net" = "a1[:]*(1 - a1[:])"
"delta_hidden" = "delta1[:]"
''',
    # the Java backwardsPropagation (i an output, then i a hidden unit and j the output in the update loop):
    # finalOutput[i] the output, outputHidden[0][j] hidden unit j of the one sample's row, outputWeights[i][j]
    # input-first (hidden i, output j); outputDelta -dE/dz2 and hiddenDelta -dE/dz1 (the updates add them); change the local
    # the line above the update loop computes, learningRate * outputDelta[0] * outputHidden[0][0]
    "b142_jn": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"finalOutput[i]" = "a2[i]"
"target[i]" = "y[i]"
"outputDelta[i]" = "-delta2[i]"
"outputHidden[i][j]" = "a1[j]"
"outputWeights[i][j]" = "W2[j, i]"
"hiddenDelta[j]" = "-delta1[j]"
"change" = "-eta*delta2[0]*a1[0]"
''',
    # the Spanish R script: one sample's rows (X the input, y the target), weights1 and weights2 input-first; error =
    # y - output, d_output and d_layer1 -dE/dz (the updates add them), error_layer1 -dE/d layer1; sigmoid_derivative(x)
    # = x (1 - x), taken of the outputs
    "b142_rs": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"layer1" = "a1[:].T"
"output" = "a2[:].T"
"weights1" = "W1[:, :].T"
"weights2" = "W2[:, :].T"
"error" = "y[:].T - a2[:].T"
"d_output" = "-delta2[:].T"
"error_layer1" = "-(delta2[:].T @ W2[:, :])"
"d_layer1" = "-delta1[:].T"
''',
    # the Indonesian R script: the list nn's members, one sample's rows; weights1 and weights2 input-first, bias1 and
    # bias2 the layers' one bias each; d_weights1 and d_weights2 the chain rule's step, -dE/dW laid out as the weights
    # (the updates add them, with no rate); sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope written of
    # the sum
    "b142_ri": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"nn$input" = "x[:].T"
"nn$y" = "y[:].T"
"nn$layer1" = "a1[:].T"
"nn$output" = "a2[:].T"
"nn$weights1" = "W1[:, :].T"
"nn$weights2" = "W2[:, :].T"
"nn$bias1" = "b1"
"nn$bias2" = "b2"
"d_weights1" = "-grad(W1[:, :]).T"
"d_weights2" = "-grad(W2[:, :]).T"
''',
    # the Italian C++ train method: Eigen columns (input_layer, hidden_outputs, final_outputs, targets_eigen),
    # weights_ih_ and weights_ho_ input-first, bias_h_ and bias_o_ rows; output_errors = targets - outputs,
    # output_delta and hidden_delta -dE/dz (the updates add them), hidden_errors -dE/d hidden_outputs;
    # linear_derivative the identity's slope (1), relu_derivative ReLU's, both taken of the outputs
    "b142_ci": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { linear_derivative = "identity' at output", relu_derivative = "relu' at output" }
[notation.symbols]
"input_layer" = "x[:]"
"hidden_outputs" = "a1[:]"
"final_outputs" = "a2[:]"
"targets_eigen" = "y[:]"
"weights_ih_" = "W1[:, :].T"
"weights_ho_" = "W2[:, :].T"
"bias_h_" = "b1[:].T"
"bias_o_" = "b2[:].T"
"output_errors" = "y[:] - a2[:]"
"output_delta" = "-delta2[:]"
"hidden_errors" = "-(W2[:, :].T @ delta2[:])"
"hidden_delta" = "-delta1[:]"
''',
    # ttezel/nn's backPropagate, its output loop: n an output, p a hidden unit (prevLayerOutput the hidden layer's
    # outputs); errorSig -dE/dz2 of output n (the updates add it); weightDelta and biasDelta the steps the updates add
    "b142_js": r'''
[notation]
indices = "np"
learning_rate = ["self.opts.learningRate", "this.opts.learningRate"]
[notation.symbols]
"desiredOut" = "y[n]"
"neuronOut" = "a2[n]"
"neuronError" = "y[n] - a2[n]"
"errorSig" = "-delta2[n]"
"prevLayerOutput[p]" = "a1[p]"
"weightDelta" = "-eta*grad(W2[n, p])"
"biasDelta" = "-eta*grad(b2[n])"
''',
    # the same function's loop over the hidden layer (layer = 1, the only one): n a hidden unit, p an input;
    # nextLayerErrorSum the sum over the outputs d of errorSigs[2][d] weights[2][d][n], -dE/d a1[n]; errorSig -dE/dz1
    "b142_jsh": r'''
[notation]
indices = "np"
learning_rate = ["self.opts.learningRate", "this.opts.learningRate"]
[notation.symbols]
"neuronOut" = "a1[n]"
"nextLayerErrorSum" = "-grad(a1[n])"
"errorSig" = "-delta1[n]"
"prevLayerOutput[p]" = "x[p]"
"this.biases[layer][n]" = "b1[n]"
''',
    # the Fortran program's backward_propagation (Fortran counts from 1): j a hidden unit, k an input or an output;
    # w_input_hidden(k, j) and w_hidden_output(j, k) input-first; delta_output and delta_hidden -dE/dz (the updates add
    # them); the deltas, the weights and the biases named whole (the loader takes no pattern delta_output(k),
    # b_hidden(j), w_input_hidden(k, j): "b with two index groups"), indexed as the patterns hidden(j), input(k),
    # output(k) count, from 1; hidden(j) the hidden layer's output (as forward_propagation computes it: the
    # subroutine's own array is never set, the code's slip, no line's)
    "b142_fo": r'''
[notation]
indices = "jk"
learning_rate = ["learning_rate"]
[notation.symbols]
"input(k)" = "x[k-1]"
"hidden(j)" = "a1[j-1]"
"output(k)" = "a2[k-1]"
"target" = "y[0]"
"delta_output" = "-delta2[:]"
"delta_hidden" = "-delta1[:]"
"w_input_hidden" = "W1[:, :].T"
"w_hidden_output" = "W2[:, :].T"
"b_hidden" = "b1[:]"
"b_output" = "b2[:]"
''',
    # the C++ XOR program: Eigen vectors sample (the input) and hidden, floats output and desired; weights1 input-first
    # (inputs x hidden), weights2 the output's weights; error = desired - output, delta_output and delta_hidden -dE/dz
    # (the updates add them), delta_hidden and weights2 named whole (the loader takes no pattern delta_hidden(j),
    # weights2(j): "two index groups"); sigmoid_derivative(x) = x (1 - x), taken of the outputs
    "b142_cp": r'''
[notation]
indices = "j"
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"sample" = "x[:]"
"hidden" = "a1[:]"
"hidden(j)" = "a1[j]"
"output" = "a2[0]"
"desired" = "y[0]"
"error" = "y[0] - a2[0]"
"delta_output" = "-delta2[0]"
"delta_hidden" = "-delta1[:]"
"weights1" = "W1[:, :].T"
"weights2" = "W2[0, :]"
''',
    # the Julia backpropagate, its output layer: activations[end] the output, activations[end - 1] the hidden layer's,
    # zs[end] the output's sums; delta dC/dz of the output layer; nabla_b and nabla_w the gradients
    "b142_jl": r'''
[notation]
indices = "jk"
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"activations[end]" = "a2[:]"
"activations[end - 1]" = "a1[:]"
"zs[end]" = "z2[:]"
"y" = "y[:]"
"delta" = "delta2[:]"
"nabla_b[end]" = "grad(b2[:])"
"nabla_w[end]" = "grad(W2[:, :])"
''',
    # the same function's loop over the hidden layers (i = 1, the one hidden layer): delta, once the loop's first line
    # has set it, dC/dz of the hidden layer; activations[end - i - 1] the input; indices "jk" (letters the patterns do
    # not hold), so that the loop's i in end - i is literal, as the code's loop fixes it
    "b142_jlh": r'''
[notation]
indices = "jk"
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"delta" = "delta1[:]"
"activations[end - i - 1]" = "x[:]"
"nabla_b[end - i]" = "grad(b1[:])"
"nabla_w[end - i]" = "grad(W1[:, :])"
''',
}
