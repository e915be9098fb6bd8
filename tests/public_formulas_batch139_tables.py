"""The networks and notations of batch 139 of the held-out public formulas (tests/public_formulas_batch139.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b139_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Go SequentialANN (stored file 45768086223): sigmoid layers with biases, the hidden layer's bias in column 0
    # of ann.hiddenLayer[i] (its inputs' weights in columns 1...), outputDelta = (label - finalOutput) times the
    # slope: half the squared error's step; 3-4-1 here, the rate the caller's (0.1 here)
    "b139_sa": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Go neunet Train (stored file 39772676779; its Model, stored file 39956426542: hiddenLayer =
    # matrixDot(input, weights1), outputLayer = sigmoid(matrixDot(hiddenLayer, weights2))): a linear hidden layer
    # and a sigmoid output without biases, weights input-first, outputError = outputEst - category: half the squared
    # error's dE/da; NewModel(voca.GetInputSize(), 10, 1) there, 4-3-1 here; learningRate := 0.001
    "b139_nn": problem_text('inputs = 4\nunits = 3\nactivation = "identity"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.001)),
    # the Go gonum NN engine (stored file 27284166977): sigmoid layers without biases, weights input-first
    # (matmul(input, nn.weightsInputHidden)), outputError = goal - output: half the squared error's step;
    # 3-4-2 here, nn.learningRate = 0.001
    "b139_gn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.001)),
    # the Rust XOR program (stored file 14072111093): 2-2-1 sigmoid layers with biases as there, hidden_weights[k][j]
    # and output_weights[k][j] input-first, d_error = target - output: half the squared error's step; LR = 0.1
    "b139_rs": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the C XOR program (stored file 33172276712): 2-2-1 sigmoid layers with biases as there, weights input-first,
    # error = target - output: half the squared error's step; learning_rate = 0.1f
    "b139_cx": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the C# HybridTemporalAI network (stored file 56269522634): 7-10-1 there (inputSize: 7, hiddenSize: 10), 3-4-1
    # here, sigmoid layers with biases, w1[i, j] input-first, w2[j]; outputError = target - y: half the squared error's
    # step; Train(features, target, learningRate: 0.03)
    "b139_gm": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.03)),
    # the C# WPF trainer commented in French (stored file 31927225741): sigmoid layers without biases, weights_ih[j, k]
    # output-first, weights_ho[0, j]; error = target - output: half the squared error's step; 7 inputs as there, 3
    # hidden units here (a slider there), the rate a slider's (0.1 here)
    "b139_fr": _layers('inputs = 7\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Lua FFNetwork of a game add-on (stored file 11340779808): a sigmoid hidden layer and a softmax output with
    # biases, deltaOut[k] = out[k] - target[k]: cross-entropy; 23-16-3 there, 4-3-3 here (its updates are Adam's, not
    # taken)
    "b139_lu": _layers('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the Kotlin AdvancedMLService's NeuralNetwork (stored file 5463664250): sigmoid layers with biases,
    # weightsInputHidden[j][i] and weightsHiddenOutput[j][i] input-first, outputErrors[i] = target[i] - output[i]:
    # half the squared error's step; NeuralNetwork(10, 20, 5) there, 3-4-2 here; learningRate 0.01 (its default)
    "b139_kt": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the Scala Breeze NeuralNetworkClassifier (stored file 25340468811): 2-4-2 as there, a tanh hidden layer
    # (activation = "tanh", the default) and a softmax output with biases, W(0), W(1) input-first (X * W + b),
    # the log loss of the softmax; alpha = 0.01 (the default); its regularization left out of the taken formulas
    "b139_sc": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the Go nn package's Network (stored file 38037254489): sigmoid layers with biases, W1[j][i] and W2[j][i]
    # input-first, outputErrors[i] = target[i] - outputs[i]: half the squared error's step (CalculateLoss the mean of
    # the squares); CreateNetwork's sizes and rate the caller's: 3-4-1 and 0.1 here
    "b139_gb": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Go MLP commented in Spanish (stored file 35118518885): sigmoid layers without biases, weights input-first,
    # one output (targetData[i] a number), outputErrors[j] = targetData[i] - finalOutputs[j]: half the squared error's
    # step; NewMLP's sizes and rate the caller's: 3-4-1 and 0.1 here
    "b139_es": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # the Go SequentialANN's Train: features[j] input j, label the label, hiddenOutputs[i] hidden unit i's output,
    # finalOutput the output, ann.hiddenLayer[i][0] hidden unit i's bias and ann.hiddenLayer[i][j] (j from 1) its
    # weight from input j-1, ann.outputWeight[i] from hidden i to the output, ann.outputBias its bias; outputDelta the
    # code's delta (-dE/dz2: the updates add it), hiddenDelta hidden unit i's -dE/dz1 in the loop over i;
    # sigmoidDerivative(x) = x * (1 - x), the slope written of the output
    "b139_sa": r'''
[notation]
indices = "ij"
learning_rate = ["ann.learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"features[j]" = "x[j]"
"label" = "y[0]"
"hiddenOutputs[i]" = "a1[i]"
"finalOutput" = "a2[0]"
"ann.hiddenLayer[i][0]" = "b1[i]"
"ann.hiddenLayer[i][j]" = "W1[i, j-1]"
"ann.outputWeight[i]" = "W2[0, i]"
"ann.outputBias" = "b2[0]"
"outputDelta" = "-delta2[0]"
"hiddenDelta" = "-delta1[i]"
''',
    # the Go neunet Train: message the input row, category its label row, outputEst the output row,
    # model.hiddenLayer the hidden row (linear), model.weights1, model.weights2 input-first; outputError = outputEst -
    # category (dE/d output), outputDelta dE/dz2, hiddelLayerError dE/d hidden, hiddenLayerDelta dE/dz1; the helpers
    # matrixSubtract, matrixMultiply (MulElem), matrixDot (Mul), matrixScale (Scale), SigmoidOutputDerivative(m) =
    # m (1 - m)
    "b139_nn": r'''
[notation]
learning_rate = ["learningRate"]
functions = { matrixSubtract = "difference", matrixMultiply = "product", matrixDot = "matrix product", matrixScale = "matrix product", SigmoidOutputDerivative = "sigmoid' at output" }
[notation.symbols]
"message" = "x[:].T"
"category" = "y[:].T"
"outputEst" = "a2[:].T"
"model.hiddenLayer" = "a1[:].T"
"model.weights1" = "W1[:, :].T"
"model.weights2" = "W2[:, :].T"
"outputError" = "grad(a2[:]).T"
"outputDelta" = "delta2[:].T"
"hiddelLayerError" = "grad(a1[:]).T"
"hiddenLayerDelta" = "delta1[:].T"
''',
    # the Go gonum engine's Learn: input the input row, hiddenOutput and output the layers' output rows,
    # nn.weightsInputHidden and nn.weightsHiddenOutput input-first; outputError = goal - output, outputDelta and
    # hiddenDelta the code's deltas (-dE/dz: the updates add them), hiddenError -dE/d hidden, hiddenOutputAdjust and
    # inputHiddenAdjust the steps' directions (-dE/dW, input-first); the helpers mulElements, matmul, add, sub,
    # mulScalar (s times b), sigmoidDerivative(v) = v (1 - v)
    "b139_gn": r'''
[notation]
learning_rate = ["nn.learningRate"]
functions = { mulElements = "product", matmul = "matrix product", add = "sum", sub = "difference", mulScalar = "matrix product", sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"input" = "x[:].T"
"hiddenOutput" = "a1[:].T"
"output" = "a2[:].T"
"nn.weightsInputHidden" = "W1[:, :].T"
"nn.weightsHiddenOutput" = "W2[:, :].T"
"outputError" = "y[:].T - a2[:].T"
"outputDelta" = "-delta2[:].T"
"hiddenError" = "-grad(a1[:]).T"
"hiddenDelta" = "-delta1[:].T"
"hiddenOutputAdjust" = "-grad(W2[:, :]).T"
"inputHiddenAdjust" = "-grad(W1[:, :]).T"
''',
    # the Rust XOR program's training loop: i the sample, training_inputs[i][k] input k, training_outputs[i][j] the
    # target of output j, hidden_layer[j] and output_layer[j] the units' outputs, hidden_weights[k][j] from input k to
    # hidden j, output_weights[k][j] from hidden k to output j, the biases; d_error = target - output in the output
    # loop, delta_output[j] and delta_hidden[j] the code's deltas (-dE/dz: the updates add them); d_sigmoid(x) =
    # x (1 - x); LR the rate
    "b139_rs": r'''
[notation]
indices = "jk"
learning_rate = ["LR"]
functions = { d_sigmoid = "sigmoid' at output" }
[notation.symbols]
"training_inputs[i][k]" = "x[k]"
"training_outputs[i][j]" = "y[j]"
"hidden_layer[j]" = "a1[j]"
"output_layer[j]" = "a2[j]"
"hidden_weights[k][j]" = "W1[j, k]"
"output_weights[k][j]" = "W2[j, k]"
"hidden_layer_bias[j]" = "b1[j]"
"output_layer_bias[j]" = "b2[j]"
"d_error" = "y[j] - a2[j]"
"delta_output[j]" = "-delta2[j]"
"delta_hidden[j]" = "-delta1[j]"
''',
    # the C XOR program: the same names as the Rust port's (train_inputs, train_outputs, learning_rate), error =
    # target - output in the output loop; derivetive_sigmoid the sigmoid's slope written of the output, as the page
    # means it (its body, x / (1.0f - x), is the page's slip: see the batch's docstring)
    "b139_cx": r'''
[notation]
indices = "jk"
learning_rate = ["learning_rate"]
functions = { derivetive_sigmoid = "sigmoid' at output" }
[notation.symbols]
"train_inputs[i][k]" = "x[k]"
"train_outputs[i][j]" = "y[j]"
"hidden_layer[j]" = "a1[j]"
"output_layer[j]" = "a2[j]"
"hidden_weights[k][j]" = "W1[j, k]"
"output_weights[k][j]" = "W2[j, k]"
"hidden_layer_bias[j]" = "b1[j]"
"output_layer_bias[j]" = "b2[j]"
"error" = "y[j] - a2[j]"
"delta_output[j]" = "-delta2[j]"
"delta_hidden[j]" = "-delta1[j]"
''',
    # the C# network's Train(x, target, learningRate): x[i] input i, h[j] hidden unit j's output, y the output,
    # target its target, w1[i, j] from input i to hidden j, w2[j] from hidden j to the output, b1[j], b2 the biases;
    # outputError = target - y, outputDelta the code's delta (-dE/dz2: the updates add it), err hidden unit j's
    # -dE/dh[j] in the loop, hiddenDelta[j] its -dE/dz1; SigmoidDerivativeFromOutput(y) = y (1 - y)
    "b139_gm": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { SigmoidDerivativeFromOutput = "sigmoid' at output" }
[notation.symbols]
"x[i]" = "x[i]"
"h[j]" = "a1[j]"
"y" = "a2[0]"
"target" = "y[0]"
"w1[i, j]" = "W1[j, i]"
"w2[j]" = "W2[0, j]"
"b1[j]" = "b1[j]"
"b2" = "b2[0]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"err" = "-grad(a1[j])"
"hiddenDelta[j]" = "-delta1[j]"
''',
    # the C# WPF trainer's BTN_Train_Click: i the sample, matrixX[i, k] input k, matrixY[i, 0] the target, hidden[j]
    # hidden unit j's output, output the output, weights_ih[j, k] from input k to hidden j, weights_ho[0, j] from
    # hidden j to the output; error = target - output, d_output the code's delta (-dE/dz2: the updates add it),
    # d_hidden hidden unit j's -dE/dz1 in the loop; MatrixController.SigmoidDerivative the slope written of the output
    # (called on output and hidden[j]); LEARNING_RATE the slider's rate
    "b139_fr": r'''
[notation]
indices = "jk"
learning_rate = ["LEARNING_RATE"]
functions = { "MatrixController.Sigmoid" = "sigmoid", "MatrixController.SigmoidDerivative" = "sigmoid' at output" }
[notation.symbols]
"matrixX[i, k]" = "x[k]"
"matrixY[i, 0]" = "y[0]"
"hidden[j]" = "a1[j]"
"output" = "a2[0]"
"weights_ih[j, k]" = "W1[j, k]"
"weights_ho[0, j]" = "W2[0, j]"
"error" = "y[0] - a2[0]"
"d_output" = "-delta2[0]"
"d_hidden" = "-delta1[j]"
''',
    # the Lua FFNetwork's train(input, target), counting from 1: input[j] input j, target[k] the target of output k,
    # hidden[i] hidden unit i's output, out[k] the softmax's output k, self.W2[i][k] from hidden i to output k
    # (input-first), deltaOut[k] = out[k] - target[k] (dE/dz2 of the log loss), grad the gradient of self.W2[i][k] in
    # its loop, sum hidden unit i's dE/d hidden[i] (the backward loop's running sum, complete), deltaHidden[i] its
    # dE/dz1
    "b139_lu": r'''
[notation]
indices = "ijk"
[notation.symbols]
"input[j]" = "x[j-1]"
"target[k]" = "y[k-1]"
"hidden[i]" = "a1[i-1]"
"out[k]" = "a2[k-1]"
"self.W2[i][k]" = "W2[k-1, i-1]"
"deltaOut[k]" = "delta2[k-1]"
"grad" = "grad(W2[k-1, i-1])"
"sum" = "grad(a1[i-1])"
"deltaHidden[i]" = "delta1[i-1]"
''',
    # the Kotlin NeuralNetwork's train(input, target): input[i] input i, target[i] the target of output i, hidden[i]
    # and output[i] the units' outputs, weightsInputHidden[i][j] from input i to hidden j, weightsHiddenOutput[i][j]
    # from hidden i to output j, biasHidden[i], biasOutput[i] the biases; outputErrors = target - output, outputDeltas
    # and hiddenDeltas the code's deltas (-dE/dz: the updates add them), hiddenErrors -dE/d hidden, each named whole and
    # by its element; sigmoidDerivative(x) = x (1 - x); learningRate the constructor's; outputSize and hiddenSize the
    # constructor's sizes (as this network's: an array's lambda over DoubleArray(n) is read where n's value is known)
    "b139_kt": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"input[i]" = "x[i]"
"target[i]" = "y[i]"
"hidden[i]" = "a1[i]"
"output[i]" = "a2[i]"
"weightsInputHidden[i][j]" = "W1[j, i]"
"weightsHiddenOutput[i][j]" = "W2[j, i]"
"biasHidden[i]" = "b1[i]"
"biasOutput[i]" = "b2[i]"
"outputErrors" = "y[:] - a2[:]"
"outputErrors[i]" = "y[i] - a2[i]"
"outputDeltas" = "-delta2[:]"
"outputDeltas[i]" = "-delta2[i]"
"hiddenErrors" = "-grad(a1[:])"
"hiddenErrors[i]" = "-grad(a1[i])"
"hiddenDeltas" = "-delta1[:]"
"hiddenDeltas[i]" = "-delta1[i]"
"outputSize" = "2"
"hiddenSize" = "4"
''',
    # the Scala classifier's gradientDescent: X the input rows, W(0), W(1) input-first, b(0), b(1) the biases,
    # activationLayer the hidden (tanh) rows, probs the softmax's rows, outputDelta dE/dz2 (probs minus the one-hot
    # label), dW1, db1, dW0, db0 the gradients of W(1), b(1), W(0), b(0) (input-first: activationLayer.t *
    # outputDelta), partDerivWeight dE/d activationLayer, middleDelta dE/dz1; derivActivate(A) = 1 - A^2 (tanh's slope
    # of its output); alpha the rate
    "b139_sc": r'''
[notation]
learning_rate = ["alpha"]
functions = { derivActivate = "tanh' at output" }
[notation.symbols]
"X" = "x[:].T"
"W(0)" = "W1[:, :].T"
"W(1)" = "W2[:, :].T"
"b(0)" = "b1[:]"
"b(1)" = "b2[:]"
"activationLayer" = "a1[:].T"
"probs" = "a2[:].T"
"outputDelta" = "delta2[:].T"
"dW1" = "grad(W2[:, :]).T"
"db1" = "grad(b2[:])"
"partDerivWeight" = "grad(a1[:]).T"
"middleDelta" = "delta1[:].T"
"dW0" = "grad(W1[:, :]).T"
"db0" = "grad(b1[:])"
''',
    # the Go nn Network's Train(input, target): input[j] input j, target[i] the target of output i, hiddenInputs[i]
    # hidden unit i's output (Sigmoid(sum): the page's name for it), outputs[i] output i, net.W1[j][i] from input j to
    # hidden i, net.W2[j][i] from hidden j to output i, net.B1, net.B2 the biases; outputErrors[i] = target[i] -
    # outputs[i], dB2[i] and dW2[j][i] the steps' directions (-dE/db2, -dE/dW2), errorSum the page's running sum over
    # the outputs of net.W2[i][j] * outputErrors[j] (complete: one output here), hiddenErrors[i] hidden unit i's delta
    # (-dE/dz1: dB1[i] = hiddenErrors[i]), dB1[i] and dW1[j][i] -dE/db1 and -dE/dW1; SigmoidDerivative the slope
    # written of the output (the package's other file, called on outputs[i] and hiddenInputs[i])
    "b139_gb": r'''
[notation]
indices = "ij"
learning_rate = ["net.LearningRate"]
functions = { SigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"input[j]" = "x[j]"
"target[i]" = "y[i]"
"hiddenInputs[i]" = "a1[i]"
"outputs[i]" = "a2[i]"
"net.W1[j][i]" = "W1[i, j]"
"net.W2[j][i]" = "W2[i, j]"
"net.B1[i]" = "b1[i]"
"net.B2[i]" = "b2[i]"
"outputErrors[i]" = "y[i] - a2[i]"
"dB2[i]" = "-grad(b2[i])"
"dW2[j][i]" = "-grad(W2[i, j])"
"errorSum" = "W2[0, i]*(y[0] - a2[0])"
"hiddenErrors[i]" = "-delta1[i]"
"dB1[i]" = "-grad(b1[i])"
"dW1[j][i]" = "-grad(W1[i, j])"
''',
    # the Go MLP's Train(inputData, targetData), commented in Spanish: i the sample, inputData[i][j] input j,
    # targetData[i] its target, hiddenInputs[j] hidden unit j's output (after hiddenInputs[j] = sigmoid(...)),
    # finalOutputs[j] output j, mlp.weightsInputHidden[j][k] from input j to hidden k, mlp.weightsHiddenOutput[j][k]
    # from hidden j to output k; outputErrors[j] = targetData[i] - finalOutputs[j], hiddenErrors[j] the page's running
    # sum over the outputs of outputErrors[k] * mlp.weightsHiddenOutput[j][k] (complete: one output); sigmoidDerivative
    # the slope written of the output (defined in another file, called on sigmoid outputs)
    "b139_es": r'''
[notation]
indices = "jk"
learning_rate = ["mlp.learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"inputData[i][j]" = "x[j]"
"targetData[i]" = "y[0]"
"hiddenInputs[j]" = "a1[j]"
"finalOutputs[j]" = "a2[j]"
"mlp.weightsInputHidden[j][k]" = "W1[k, j]"
"mlp.weightsHiddenOutput[j][k]" = "W2[k, j]"
"outputErrors[j]" = "y[0] - a2[j]"
"hiddenErrors[j]" = "(y[0] - a2[0])*W2[0, j]"
''',
}
