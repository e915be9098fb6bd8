"""The networks and notations of batch 164 of the held-out public formulas (tests/public_formulas_batch164.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b164_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Go iris network commented in Chinese (stored file 7950683221): Gonum's mat.Dense, the samples rows, wHidden
    # (inputNeurons x hiddenNeurons) and wOut (hiddenNeurons x outputNeurons) input-first with row biases bHidden,
    # bOut, sigmoid layers, networkError = y - output and the slopes sigmoidPrime(v) = v (1 - v) of the outputs, the
    # adjustments added at learningRate (half the squared error's step); its config: 4-3-3, learningRate 0.3
    "b164_go": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.3)),
    # the Rust DQN agent (stored file 31869471541, ndarray): state a one-dimensional array, weights1 (INPUT_SIZE x
    # HIDDEN_SIZE) and weights2 (HIDDEN_SIZE x OUTPUT_SIZE) input-first, no biases, ReLU hidden units, linear Q
    # outputs, delta_output = target - predicted added at LEARNING_RATE (half the squared error's step); 11-32-6
    # there, 3-4-2 here, LEARNING_RATE 0.001 (its constant)
    "b164_rs": problem_text('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                            'units = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.001)),
    # the C++ BPNN class (stored file 34814180014, its header dated in Chinese): node objects, inputLayer[k].weight[j] and
    # hiddenLayer[..][j].weight[k] input-first with biases, sigmoid units, its error the binary cross-entropy (the
    # log-likelihood summed, negated and divided by sampleSize); HIDDENLAYER = 1 here, 2-3-1, one sample
    # (sampleSize 1), learningRate the caller's alpha (0.1 here)
    "b164_bp": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.1)),
    # the Java MLP class (stored file 19764625146): weightsInputHidden[i][j] and weightsHiddenOutput[j][k]
    # input-first, no biases, sigmoid layers, one target (double target = data[5]), outputErrors (output - target)
    # o (1 - o) subtracted at learningRate (half the squared error's step); 5 inputs (Arrays.copyOf(data, 5)), 4
    # hidden units and 1 output here, learningRate the caller's (0.1 here)
    "b164_jm": problem_text('inputs = 5\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Spanish Java ClassificationNN (stored file 2198373484): alphaWeights[j][i] and betaWeights[k][j]
    # output-first with biases hiddenBias, outputBias, sigmoid hidden units, softmax outputs, y the one-hot code
    # (getCodifiedY), the cross-entropy; nu the rate (the constructor's; 0.1 here); 2-3-3 here
    "b164_jc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the Swift NeuralNetworkPredictor (stored file 2519672741): one hidden unit, hidden = sigmoid(dotProduct(weights[0],
    # features) + biases[0]), output = sigmoid(hidden * weights[1][0] + biases[1]), error = target - prediction and
    # the deltas added at learningRate = 0.01 (its constant; half the squared error's step); 8 inputs there, 2 here
    "b164_sw": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the C# ImageClassifier's NeuralNetwork (stored file 29791025259, Math.NET): the samples rows (a batch of one),
    # WeightsInputHidden (inputSize x hiddenSize) and WeightsOutputHidden (hiddenSize x outputSize) input-first,
    # row biases, sigmoid hidden units, softmax outputs, CrossEntropyLoss; 3-4-3 here, learningRate the caller's
    # (0.01 here)
    "b164_mn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the Spanish C++ PerceptronMulticapa (stored file 7195544789, Eigen): X the samples rows (m x n), W1 (hiddenSize
    # x inputSize) and W2 (outputSize x hiddenSize) output-first with column biases b1, b2, sigmoid layers, error =
    # output - y^T and delta2 = error (.) output (1 - output) subtracted at learningRate (half the squared error's
    # step); mlp(numFeatures, 2, 10) and 0.1 there, 3-2-3 and 0.1 here
    "b164_es": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Java FoodSweetnessPredictor2 commented in Chinese (stored file 40623770308): weightsIH[i][j] (input i to
    # hidden j) and weightsHO[j] input-first with biases biasH[j], biasO, sigmoid units, outputError = target[0] -
    # finalOutput, the deltas added at LEARNING_RATE (half the squared error's step); its constants: 2-3-1, 0.5
    "b164_fs": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the C++ MNIST NeuralNetwork (stored file 9771483370, Eigen): one sample's columns, W1, W2, W3 output-first with
    # biases, two ReLU hidden layers and sigmoid outputs, delta3 = (a3 - target) (.) a3 (1 - a3) (half the squared
    # error's step, subtracted by applyGradients at learningRate / batchSize); 784-32-16-10 there, 4-3-3-2 here,
    # learningrate 0.05 (main's)
    "b164_e3": problem_text('inputs = 4\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                            'units = 2\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(0.05)),
}

NOTATIONS = {
    # the Go network: x the inputs and y the labels (rows), output the outputs, hiddenLayerActivations the hidden
    # outputs, wHidden and wOut input-first; Gonum's methods as Gonum means them; applySigmoidPrime the closure of
    # sigmoidPrime(v) = v (1 - v), the slope written of the output; netWorkError = y - output, slopeOutputLayer and
    # slopeHiddenLayer the slopes, dOutput and dHiddenLayer the code's deltas (-dE/dz: the adjustments are added),
    # errorAtHiddenLayer = -dE/d(hidden output), wOutAdj and wHiddenAdj as their Mul statements make them (-dE/dW,
    # input-first), before Scale multiplies them by the rate
    "b164_go": r'''
[notation]
learning_rate = ["nn.config.learningRate"]
functions = { Sub = "difference", MulElem = "product", Mul = "matrix product", Add = "sum", applySigmoidPrime = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:].T"
"hiddenLayerActivations" = "a1[:].T"
"wHidden" = "W1[:, :].T"
"wOut" = "W2[:, :].T"
"netWorkError" = "y[:].T - a2[:].T"
"slopeOutputLayer" = "a2[:].T*(1 - a2[:].T)"
"slopeHiddenLayer" = "a1[:].T*(1 - a1[:].T)"
"dOutput" = "-delta2[:].T"
"errorAtHiddenLayer" = "-grad(a1[:]).T"
"dHiddenLayer" = "-delta1[:].T"
"wOutAdj" = "-grad(W2[:, :]).T"
"wHiddenAdj" = "-grad(W1[:, :]).T"
''',
    # the Rust agent: state the input (a row), target and predicted the Q targets and outputs, hidden the ReLU
    # outputs, self.weights1 and self.weights2 input-first; delta_output = target - predicted (-dE/dz2 of the linear
    # outputs), delta_hidden the code's hidden delta (-dE/dz1: the updates add it)
    "b164_rs": r'''
[notation]
learning_rate = ["LEARNING_RATE"]
[notation.symbols]
"state" = "x[:].T"
"target" = "y[:].T"
"predicted" = "a2[:].T"
"hidden" = "a1[:].T"
"self.weights1" = "W1[:, :].T"
"self.weights2" = "W2[:, :].T"
"delta_output" = "y[:].T - a2[:].T"
"delta_hidden" = "-delta1[:].T"
''',
    # the C++ BPNN: outputLayer[i] output i (value its output, rightout its target, delta the loss's gradient by its
    # sum as the code names it: the updates subtract the accumulated Delta_b), sampleSize the number of samples (one
    # here); the hidden nodes, hiddenLayer[HIDDENLAYER - 1][j].value and the rest, are not named: the loader takes no
    # pattern of two index groups followed by a member ("unexpected at '.'"), so those lines were left out
    "b164_bp": r'''
[notation]
indices = "ik"
learning_rate = ["learningRate"]
[notation.symbols]
"outputLayer[i].value" = "a2[i]"
"outputLayer[i].rightout" = "y[i]"
"outputLayer[i].delta" = "delta2[i]"
"outputLayer[i].bias" = "b2[i]"
"outputLayer[i].Delta_b" = "grad(b2[i])"
"sampleSize" = "1"
''',
    # the Java MLP: inputs[i] the input, hidden[j] and output[k] the layers' outputs, target the one target,
    # weightsInputHidden[i][j] and weightsHiddenOutput[j][k] input-first; outputErrors[k] and hiddenErrors[j] the
    # code's deltas dE/dz (the updates subtract them), error in the hidden loop dE/d(hidden output j)
    "b164_jm": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"inputs[i]" = "x[i]"
"target" = "y[0]"
"hidden[j]" = "a1[j]"
"output[k]" = "a2[k]"
"outputErrors[k]" = "delta2[k]"
"hiddenErrors[j]" = "delta1[j]"
"weightsInputHidden[i][j]" = "W1[j, i]"
"weightsHiddenOutput[j][k]" = "W2[k, j]"
"error" = "grad(a1[j])"
''',
    # the Spanish ClassificationNN: x[i] the input, y[k] the one-hot target, hidden[j] and output[k] the layers'
    # outputs (softmax), alphaWeights[j][i] and betaWeights[k][j] output-first, hiddenBias[j], outputBias[k]; sum, in
    # the hidden loop, the value its loop adds up: the sum over k of -y[k] (1 - output[k]) betaWeights[k][j]
    # hidden[j] (1 - hidden[j]) (the code's own term, written out for its three outputs)
    "b164_jc": r'''
[notation]
indices = "ijk"
learning_rate = ["nu"]
[notation.symbols]
"x[i]" = "x[i]"
"y[k]" = "y[k]"
"hidden[j]" = "a1[j]"
"output[k]" = "a2[k]"
"alphaWeights[j][i]" = "W1[j, i]"
"betaWeights[k][j]" = "W2[k, j]"
"hiddenBias[j]" = "b1[j]"
"outputBias[k]" = "b2[k]"
"sum" = "-(y[0]*(1 - a2[0])*W2[0, j] + y[1]*(1 - a2[1])*W2[1, j] + y[2]*(1 - a2[2])*W2[2, j])*a1[j]*(1 - a1[j])"
''',
    # the Swift predictor: target the target, prediction the output (predict(features: features), the forward pass
    # run again, is not named: the loader reads its colon as MATLAB's range a(i:j) and refuses it), weights[1][0] the hidden unit's weight to the output, biases[0] and biases[1] the biases;
    # error = target - prediction, outputDelta and hiddenDelta the code's deltas (-dE/dz: the updates add them);
    # sigmoidDerivative(x) = x (1 - x), the slope written of the output
    "b164_sw": r'''
[notation]
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"target" = "y[0]"
"prediction" = "a2[0]"
"weights[1][0]" = "W2[0, 0]"
"biases[0]" = "b1[0]"
"biases[1]" = "b2[0]"
"error" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenDelta" = "-delta1[0]"
''',
    # the Math.NET network: xBatch the input and yBatch the one-hot target (rows, a batch of one),
    # hiddenLayerOutput and outputLayerOutput the layers' outputs, WeightsInputHidden and WeightsOutputHidden
    # input-first, BiasesHidden and BiasesOutput rows; outputDelta (a2 - y, the code's comment) and hiddenDelta the
    # loss's gradients by the sums, tt its gradient by the hidden outputs; PointwiseMultiply Math.NET's product entry
    # by entry
    "b164_mn": r'''
[notation]
learning_rate = ["learningRate"]
functions = { PointwiseMultiply = "product" }
[notation.symbols]
"xBatch" = "x[:].T"
"yBatch" = "y[:].T"
"hiddenLayerOutput" = "a1[:].T"
"outputLayerOutput" = "a2[:].T"
"WeightsInputHidden" = "W1[:, :].T"
"WeightsOutputHidden" = "W2[:, :].T"
"BiasesHidden" = "b1[:].T"
"BiasesOutput" = "b2[:].T"
"outputDelta" = "grad(z2[:]).T"
"tt" = "grad(a1[:]).T"
"hiddenDelta" = "grad(z1[:]).T"
''',
    # the Spanish Eigen class: X the samples rows (one), y the targets (rows, transposed in backward), output and A1
    # the layers' outputs (columns), W1, W2 output-first, b1, b2 columns; error = output - y^T, delta2 and delta1 the
    # code's deltas dE/dz (the updates subtract them); sigmoidDerivative(x) = x (1 - x), the slope written of the
    # output
    "b164_es": r'''
[notation]
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:]"
"A1" = "a1[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"error" = "a2[:] - y[:]"
"delta2" = "delta2[:]"
"delta1" = "delta1[:]"
''',
    # the Java predictor: input[i] the input, target[0] the target, hiddenOutputs[j] and finalOutput the layers'
    # outputs, weightsIH[i][j] and weightsHO[j] input-first, biasH[j], biasO; outputError = target[0] - finalOutput,
    # outputDelta and hiddenDeltas[j] the code's deltas (-dE/dz: the updates add them), hiddenError in the hidden loop
    # -dE/d(hidden output j); sigmoidDerivative(x) = x (1 - x), the slope written of the output
    "b164_fs": r'''
[notation]
indices = "ij"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"input[i]" = "x[i]"
"target[0]" = "y[0]"
"hiddenOutputs[j]" = "a1[j]"
"finalOutput" = "a2[0]"
"weightsIH[i][j]" = "W1[j, i]"
"weightsHO[j]" = "W2[0, j]"
"biasH[j]" = "b1[j]"
"biasO" = "b2[0]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenError" = "-grad(a1[j])"
"hiddenDeltas[j]" = "-delta1[j]"
''',
    # the Eigen MNIST class: x the input and target the one-hot target (columns), W1, W2, W3 output-first, z1 ... a3
    # the layers' sums and outputs, delta3, delta2, delta1 the code's deltas dE/dz (applyGradients subtracts them);
    # SigmoidDerivative(x) = x (1 - x) written of the output, ReLUDerivative(x) = [x > 0] taken of the sums
    "b164_e3": r'''
[notation]
functions = { SigmoidDerivative = "sigmoid' at output", ReLUDerivative = "relu' at input" }
[notation.symbols]
"x" = "x[:]"
"target" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[:]"
"a2" = "a2[:]"
"z3" = "z3[:]"
"a3" = "a3[:]"
"delta3" = "delta3[:]"
"delta2" = "delta2[:]"
"delta1" = "delta1[:]"
''',
}
