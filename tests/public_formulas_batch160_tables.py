"""The networks and notations of batch 160 of the held-out public formulas (tests/public_formulas_batch160.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b160_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Go package brain's Train (stored file 118519711): w1[i][j] (input i to hidden j) and w2[j][k] (hidden j to
    # output k) input-first with biases b1, b2, sigmoid units (sigmoidDerivative taken of the outputs), outputError =
    # y - output, the deltas added with the rate lr (half the squared error's step); the sizes and lr are the
    # caller's (the file gives none): 2-3-2 here, rate 0.1
    "b160_go": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Java MNIST NeuralNetwork (stored file 37011279296): weightsOne (784 x 128) and weightsTwo (128 x 10)
    # input-first with biases, ReLU hidden units ("ReLU derivative: 1 if hiddenOutput[j] > 0"), softmax outputs
    # ("Softmax Derivative": the cross-entropy's output - label), learningRate = 0.01f; 784-128-10 there, 3-4-3 here
    "b160_jv": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the Rust ndarray network (stored file 37884199404): X a row, W1 (input_size x hidden_size) and W2 (hidden_size
    # x output_size) input-first with biases b1, b2, sigmoid layers, the loss it reports binary_cross_entropy_loss
    # (the mean over the outputs: one here), learning_rate = 0.01 in main; 784-64-10 there, 3-4-1 here
    "b160_rn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.01)),
    # the Rust nalgebra network (stored file 30651278304): x the samples' rows (4 x 3), weights_1 (3 x 4) and
    # weights_2 (4 x 1) input-first with biases, sigmoid layers, mse_loss = |y_true - y_pred|^2 / len (one sample
    # and one output here: the squared error), train(inputs, outputs, 1000, 0.1): 3-4-1, rate 0.1
    "b160_na": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the C# Windows Forms network commented in Indonesian (stored file 21021437488): inputs = {1.0, x1, x2} and
    # hiddenOutputs[0] = 1.0 the bias units, W (inputSize x hiddenSize) and V (hiddenSize + 1 x outputSize)
    # input-first with the biases in their row 0, sigmoid layers, error = 0.5 * the squared differences' sum,
    # two outputs; hiddenNodes and learningRate from text boxes: 2-3-2 here, rate 0.1
    "b160_cs": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # cd wade's nn.c (stored file 15409953770): arrays counted from 1 (index 0 the bias), sigmoid layers, Error +=
    # 0.5 * diff * diff (SSE), eta = 0.5 (and a momentum alpha = 0.9, in lines not taken); INPUT_LAYER_SIZE 2,
    # HIDDEN_LAYER_SIZE 2, OUTPUT_LAYER_SIZE 1: 2-2-1
    "b160_c": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="half_squared_error", extra=_rate(0.5)),
    # aiModel.js commented in Indonesian (stored file 54642065414): the samples columns (Matrix.fromArray),
    # weights_ih (hidden x input) and weights_ho (output x hidden) output-first with biases bias_h, bias_o, sigmoid
    # layers, output_errors = targets - outputs added with the rate (half the squared error's step); fraudModel =
    # new SimpleNeuralNetwork(4, 6, 1, 0.2): 4-6-1 there, 3-4-1 here, learningRate 0.2
    "b160_js": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.2)),
    # the C++ Eigen Layer class (stored file 7412036913): last_z = weights * input + biases, last_a = sigmoid(last_z),
    # backward(gradOutput, lr) with gradOutput the loss's gradient by the layer's outputs; taken here as the output
    # layer (weights output-first, as forward multiplies them) of a 2-3-2 sigmoid network under half the squared
    # error, lr the caller's (none given): rate 0.1
    "b160_cp": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the Go Train: x[i] the input, y[k] the target, hidden[j] and output[k] the layers' outputs, nn.w1[i][j] and
    # nn.w2[j][k] input-first, nn.b1[j], nn.b2[k]; outputError[k] = y - output, deltaOutput[k] and deltaHidden[j]
    # the code's deltas (-dE/dz: the updates add them), hiddenError[j] = -dE/d(hidden output j);
    # sigmoidDerivative written of the output (called with output[k] and hidden[j])
    "b160_go": r'''
[notation]
indices = "ijk"
learning_rate = ["lr"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"x[i]" = "x[i]"
"y[k]" = "y[k]"
"hidden[j]" = "a1[j]"
"output[k]" = "a2[k]"
"outputError[k]" = "y[k] - a2[k]"
"deltaOutput[k]" = "-delta2[k]"
"hiddenError[j]" = "-grad(a1[j])"
"deltaHidden[j]" = "-delta1[j]"
"nn.w1[i][j]" = "W1[j, i]"
"nn.w2[j][k]" = "W2[k, j]"
"nn.b1[j]" = "b1[j]"
"nn.b2[k]" = "b2[k]"
''',
    # the Java MNIST network: input[i] the input, hiddenOutput[j] the ReLU outputs, finalOutput[k] the softmax
    # outputs, actualLabel[k] the one-hot label, deltaOutput[k] and deltaHidden[j] the loss's gradients by the sums
    # (deltaOutput = output - label), weightsOne[i][j] and weightsTwo[j][k] input-first, biasesOne[j], biasesTwo[k]
    "b160_jv": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"input[i]" = "x[i]"
"hiddenOutput[j]" = "a1[j]"
"finalOutput[k]" = "a2[k]"
"actualLabel[k]" = "t[k]"
"deltaOutput[k]" = "grad(z2[k])"
"deltaHidden[j]" = "grad(z1[j])"
"weightsOne[i][j]" = "W1[j, i]"
"weightsTwo[j][k]" = "W2[k, j]"
"biasesOne[j]" = "b1[j]"
"biasesTwo[k]" = "b2[k]"
''',
    # the Rust ndarray network: X the input (a row), y the target, Z1, A1, Z2, A2 the layers' rows, self.W1, self.W2
    # input-first, self.b1, self.b2; dA2 ... db1 the loss's gradients (Ng's d names, "Gradients for W2 and b2");
    # Self::sigmoid_derivative(z) = sigmoid(z) (1 - sigmoid(z)), of the sums
    "b160_rn": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "Self::sigmoid_derivative" = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"dA2" = "grad(a2[:]).T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the Rust nalgebra network: x the input (a row), y_true the target, layer_1_output and output the layers'
    # rows, weights_1, weights_2 input-first, bias_1, bias_2; d_output_error the loss's gradient by the output,
    # temp1 by the output's sum, d_weights_2, d_bias_2 the gradients, d_layer_1_error the gradient by the hidden
    # outputs (its name); sigmoid_derivative(x) = x (1 - x), mapped over the outputs
    "b160_na": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:].T"
"y_true" = "y[:]"
"layer_1_output" = "a1[:].T"
"output" = "a2[:].T"
"weights_1" = "W1[:, :].T"
"weights_2" = "W2[:, :].T"
"bias_1" = "b1[:]"
"bias_2" = "b2[:]"
"d_output_error" = "grad(a2[:]).T"
"temp1" = "grad(z2[:]).T"
"d_weights_2" = "grad(W2[:, :]).T"
"d_bias_2" = "grad(b2[:])"
"d_layer_1_error" = "grad(a1[:]).T"
"d_weights_1" = "grad(W1[:, :]).T"
''',
    # the C# network: inputs[i] the input i - 1 (inputs[0] = 1.0, the bias unit), hiddenOutputs[j] the hidden
    # output j - 1 (hiddenOutputs[0] = 1.0), W[i, j] and V[j, k] input-first with the biases in row 0, outputs[k]
    # and targets[k], deltaOutput[k] and deltaHidden[j] the code's deltas (-dE/dz: the updates add them), error
    # the half squared error; SigmoidDerivative(x) = Sigmoid(x) (1 - Sigmoid(x)), written of the sum
    "b160_cs": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
loss = ["error"]
functions = { SigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"inputs[0]" = "1"
"inputs[i]" = "x[i-1]"
"hiddenOutputs[0]" = "1"
"hiddenOutputs[j]" = "a1[j-1]"
"W[0, j]" = "b1[j]"
"W[i, j]" = "W1[j, i-1]"
"V[0, k]" = "b2[k]"
"V[j, k]" = "W2[k, j-1]"
"outputs[k]" = "a2[k]"
"targets[k]" = "y[k]"
"deltaOutput[k]" = "-delta2[k]"
"deltaHidden[j]" = "-delta1[j]"
''',
    # cd wade's nn.c: arrays counted from 1, p the pattern (one here): Input[p][i] the input i, hidden[p][j] the
    # hidden output j, output[p][k] the output k, Target[p][k] its target, diff = Target - output (one output),
    # deltaOutput[k] and deltaHidden[j] the code's deltas (-dE/dz: the updates add them); sigmoidDerivative(x) =
    # x (1 - x), of the outputs
    "b160_c": r'''
[notation]
indices = "ijkp"
learning_rate = ["eta"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"Input[p][i]" = "x[i-1]"
"hidden[p][j]" = "a1[j-1]"
"output[p][k]" = "a2[k-1]"
"Target[p][k]" = "y[k-1]"
"diff" = "y[0] - a2[0]"
"deltaOutput[k]" = "-delta2[k-1]"
"deltaHidden[j]" = "-delta1[j-1]"
''',
    # aiModel.js: inputs the input (a column), targets the target, hidden_activated and outputs_activated the
    # layers' outputs, this.weights_ih, this.weights_ho output-first, this.bias_h, this.bias_o; output_errors =
    # targets - outputs, output_gradients and hidden_gradients the sigmoid's slopes (of the outputs),
    # output_gradients_scaled and hidden_gradients_scaled the code's deltas (-dE/dz), output_deltas and
    # hidden_deltas those times the rate, weights_ho_deltas and weights_ih_deltas the changes added (-eta dE/dW),
    # hidden_errors = -dE/d(hidden outputs), the _T names the transposes; sigmoidDerivative(y) = y (1 - y) ("y adalah
    # output sigmoid(x)"); Matrix.multiplyElements the entrywise product ("Hadamard product", its definition), declared
    # as docs/notation.md asks of a library's helpers (added after the first blind run)
    "b160_js": r'''
[notation]
learning_rate = ["this.learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output", "Matrix.multiplyElements" = "product" }
[notation.symbols]
"inputs" = "x[:]"
"targets" = "y[:]"
"hidden_activated" = "a1[:]"
"outputs_activated" = "a2[:]"
"this.weights_ih" = "W1[:, :]"
"this.weights_ho" = "W2[:, :]"
"this.bias_h" = "b1[:]"
"this.bias_o" = "b2[:]"
"output_errors" = "y[:] - a2[:]"
"output_gradients" = "a2[:]*(1 - a2[:])"
"output_gradients_scaled" = "-grad(z2[:])"
"output_deltas" = "-eta*grad(z2[:])"
"hidden_activated_T" = "a1[:].T"
"weights_ho_deltas" = "-eta*grad(W2[:, :])"
"weights_ho_T" = "W2[:, :].T"
"hidden_errors" = "-grad(a1[:])"
"hidden_gradients" = "a1[:]*(1 - a1[:])"
"hidden_gradients_scaled" = "-grad(z1[:])"
"hidden_deltas" = "-eta*grad(z1[:])"
"inputs_T" = "x[:].T"
"weights_ih_deltas" = "-eta*grad(W1[:, :])"
''',
    # the C++ Layer as the output layer: last_input the hidden outputs (a column), last_a the layer's outputs,
    # weights output-first, biases; gradOutput the loss's gradient by the outputs, delta by the sums, dW and db the
    # gradients; dsigmoid called with the outputs last_a (the slope written of the output)
    "b160_cp": r'''
[notation]
learning_rate = ["lr"]
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"last_input" = "a1[:]"
"last_a" = "a2[:]"
"weights" = "W2[:, :]"
"biases" = "b2[:]"
"gradOutput" = "grad(a2[:])"
"delta" = "grad(z2[:])"
"dW" = "grad(W2[:, :])"
"db" = "grad(b2[:])"
''',
}
