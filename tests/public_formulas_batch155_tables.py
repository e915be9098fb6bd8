"""The networks and notations of batch 155 of the held-out public formulas (tests/public_formulas_batch155.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b155_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


_SIG = 'activation = "sigmoid"'

NETWORKS = {
    # the Swift MLP class (stored file 8114997927): weights1[i][j] (hiddenSize x inputSize) and weights2[i][j]
    # (outputSize x hiddenSize) output-first with biases1, biases2, sigmoid layers, no loss written: error = (target
    # - output) * output * (1 - output), the half squared error's -dE/dz, added with the rate; the script's own
    # MLP(inputSize: 2, hiddenSize: 5, outputSize: 1, learningRate: 0.1)
    "b155_sw": problem_text(f'inputs = 2\nunits = 5\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Qt C++ NeuralNetwork commented in Russian (stored file 49132656687): weightsInToHid[i][j] and
    # weightsHidToOut[i][j] input-first with biasesHidden, biasesOutput, the sigmoid (currentActivationFunction's
    # default), no loss written: outputErrors = (target - output) * slope, the half squared error's -dE/dz;
    # learningRate = 0.1 in backPropagation; a digit recognizer there (sizes the caller's), 3-4-2 here
    "b155_ru": problem_text(f'inputs = 3\nunits = 4\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the C++ port of Nielsen's network.py (stored file 23460292737): weights[i] (sizes[i+1] x sizes[i]) output-first
    # with biases[i] (columns), sigmoid layers, cost_derivative "for the quadratic cost" (a - y: Nielsen's
    # 1/2 ||a - y||^2); a three-layer network (L = layers = 3), 2-3-2 here; the rate the caller's (0.5 here),
    # the mini-batch of one sample (n = 1)
    "b155_nc": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra=_rate(0.5)),
    # the C# SimpleNeuralNetwork of a digit-recognition console program (stored file 22289771486):
    # WeightsInputHidden[i][j] and WeightsHiddenOutput[i][j] input-first with BiasHidden, BiasOutput, sigmoid layers,
    # no loss written (outputErrors = (target - output) * slope: the half squared error's -dE/dz), learningRate =
    # 0.005; 100-300-10 there, 3-4-2 here
    "b155_cs": problem_text(f'inputs = 3\nunits = 4\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra=_rate(0.005)),
    # the Java BackpropNeuralNetwork (stored file 1248523302): weightsIH[i][j] and weightsHO[i][j] input-first with
    # biasH, biasO, sigmoid layers (Sigmoid.sigmoid), no loss written (outputErrors = (desired - output) * output *
    # (1 - output): the half squared error's -dE/dz), DEFAULT_LEARNING_RATE = 0.05f; the sizes the caller's, 2-3-2
    # here
    "b155_jv": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra=_rate(0.05)),
    # the C# NeuralNetwork with tanh layers (stored file 38111342142): inputWeights[i][j] and hiddenWeights[i][j]
    # input-first, no biases, tanh hidden units and tanh outputs (System.Math.Tanh), no loss written (outputErrors =
    # target - output: the half squared error's error term); learningRate BackPropagation's argument (0.1 here);
    # 2-3-1 here
    "b155_ct": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                            'units = 1\nactivation = "tanh"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the C++ MLPClassifier on iris (stored file 44467182397): w1[i][j] (hidden_size x input_size) and w2[i][j]
    # (output_size x hidden_size) output-first with b1, b2, sigmoid layers, one-hot targets, total_loss += (o[i] -
    # target[i]) * (o[i] - target[i]): the squared error summed over the outputs (no half); the classifier built
    # with the rate 0.01 in main; 4-7-3 there, 2-3-2 here
    "b155_mc": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="squared_error",
                            extra=_rate(0.01)),
    # the Rust NeuralNetwork (stored file 37801721285): weights_input_hidden[i][j] (hidden_nodes x input_nodes) and
    # weights_hidden_output[i][j] (output_nodes x hidden_nodes) output-first, no biases, sigmoid layers, no loss
    # written (the updates add (target - output) * output * (1 - output) times the input: the half squared error's
    # step); the rate new()'s argument (0.1 here); 2-3-2 here
    "b155_rs": problem_text(f'inputs = 2\nunits = 3\n{_SIG}\nbias = "none"', f'units = 2\n{_SIG}\nbias = "none"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Kotlin Perceptron commented in Russian (stored file 35351620144): hiddenLayerWeights[i][j] (hiddenSize x
    # inputSize + 1) and outputLayerWeights[i][j] (outputSize x hiddenSize + 1) output-first, their last column the
    # biases ("bias term"), sigmoid layers, no loss written (outputLayerErrors = (target - output) * slope: the half
    # squared error's -dE/dz); learningRate train's argument (0.1 here); 2-3-2 here
    "b155_kt": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Go program on Gonum (stored file 43908391088): the samples rows (x is m x inputNeurons), wHidden
    # (inputNeurons x hiddenNeurons) and wOut (hiddenNeurons x outputNeurons) input-first with bHidden, bOut, sigmoid
    # layers, networkError = y - output and dOutput = networkError * slope: the half squared error's -dE/dz;
    # learningRate the config's (0.1 here); 2-3-2 here
    "b155_go": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra=_rate(0.1)),
}

NOTATIONS = {
    # the Swift MLP's backward: i and j the loops' units (i an output and j a hidden unit in the output loops, i a
    # hidden unit and j an input in the hidden loops); input the input, target the target, hidden and output the
    # layers' outputs, weights1[i][j] and weights2[i][j] output-first, biases1, biases2; error (in the output loop)
    # and outputErrors the code's output delta, hiddenErrors the hidden delta (-dE/dz: the updates add them)
    "b155_sw": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"input[i]" = "x[i]"
"target[i]" = "y[i]"
"hidden[i]" = "a1[i]"
"output[i]" = "a2[i]"
"weights1[i][j]" = "W1[i, j]"
"weights2[i][j]" = "W2[i, j]"
"biases1[i]" = "b1[i]"
"biases2[i]" = "b2[i]"
"error" = "-delta2[i]"
"outputErrors[i]" = "-delta2[i]"
"hiddenErrors[i]" = "-delta1[i]"
''',
    # the Qt C++ backPropagation: i and j the loops' units; neuronsInput, neuronsHidden, neuronsOutput the layers'
    # values, targetOutput the target, weightsInToHid[i][j] and weightsHidToOut[i][j] input-first (i the unit of the
    # layer below), biasesHidden, biasesOutput; outputErrors and hiddenErrors the code's deltas (-dE/dz: the
    # updates add them), error (in the hidden loop) the sum over the outputs of outputErrors[j] weightsHidToOut[i][j]
    # (-dE/d hidden output i); activationFunction(x, isDerivative) the sigmoid, and with true sigmoid(x) (1 -
    # sigmoid(x)), its derivative at x (sigmoid(x, true) computes sig = activationFunction(x, false), sig (1 - sig))
    "b155_ru": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { activationFunction = "sigmoid, derivative at input" }
[notation.symbols]
"neuronsInput[i]" = "x[i]"
"neuronsHidden[i]" = "a1[i]"
"neuronsOutput[i]" = "a2[i]"
"targetOutput[i]" = "y[i]"
"weightsInToHid[i][j]" = "W1[j, i]"
"weightsHidToOut[i][j]" = "W2[j, i]"
"biasesHidden[i]" = "b1[i]"
"biasesOutput[i]" = "b2[i]"
"outputErrors[i]" = "-delta2[i]"
"hiddenErrors[i]" = "-delta1[i]"
"error" = "-grad(a1[i])"
''',
    # the Nielsen port's backprop before its loop: L = layers (3: input, hidden, output), activations[0] the input
    # and activations[i] layer i's outputs, zs[i] layer i+1's sums (columns), y the target; delta (declared Vec delta
    # = ...) the cost's gradient by the output sums, as Nielsen's delta is; n_biases[i], n_weights[i] the gradients
    # of biases[i], weights[i] (layer i+1's); cost_derivative(activations, y) "the d/dy(C(x)) for the quadratic
    # cost", activations - y; .hadamard the product entry by entry
    "b155_nc0": r'''
[notation]
indices = "i"
functions = { cost_derivative = "half_squared_error' by output(prediction, target)", hadamard = "product" }
[notation.symbols]
"L" = "3"
"activations[0]" = "x[:]"
"activations[i]" = "a{i}[:]"
"zs[i]" = "z{i+1}[:]"
"y" = "y[:]"
"delta" = "grad(z2[:])"
"n_biases[i]" = "grad(b{i+1}[:])"
"n_weights[i]" = "grad(W{i+1}[:, :])"
''',
    # the Nielsen port's loop, at its one pass on a three-layer network (l = 2): z = zs[l - 2] the hidden sums, sp
    # their sigmoid's slope, delta the hidden sums' gradient (after the loop's update of it), this->weights[i] layer
    # i+1's weights; np::sigmoid_prime (np.h, not stored) the sigmoid's slope at the sum, as Nielsen's
    "b155_nc1": r'''
[notation]
indices = "i"
functions = { "np::sigmoid_prime" = "sigmoid' at input", hadamard = "product" }
[notation.symbols]
"l" = "2"
"L" = "3"
"activations[0]" = "x[:]"
"activations[i]" = "a{i}[:]"
"zs[i]" = "z{i+1}[:]"
"z" = "z1[:]"
"sp" = "(a1[:]*(1 - a1[:]))"
"this->weights[i]" = "W{i+1}[:, :]"
"delta" = "grad(z1[:])"
"n_biases[i]" = "grad(b{i+1}[:])"
"n_weights[i]" = "grad(W{i+1}[:, :])"
''',
    # the Nielsen port's update_mini_batch: i a layer (0 the hidden, 1 the output), weights[i] and biases[i] layer
    # i+1's, nw[i] and nb[i] the mini-batch's sums of their gradients (one sample: the gradients), n the mini-batch's
    # size (1), learning_rate the rate
    "b155_ncu": r'''
[notation]
indices = "i"
learning_rate = ["learning_rate"]
[notation.symbols]
"n" = "1"
"weights[i]" = "W{i+1}[:, :]"
"biases[i]" = "b{i+1}[:]"
"nw[i]" = "grad(W{i+1}[:, :])"
"nb[i]" = "grad(b{i+1}[:])"
''',
    # the C# Train: i and j the loops' units; input the input, target the target, hiddenLayer and outputLayer the
    # layers' outputs, WeightsInputHidden[i][j] and WeightsHiddenOutput[i][j] input-first, BiasHidden, BiasOutput;
    # outputErrors and hiddenErrors the code's deltas (-dE/dz: the updates add them), error (in the hidden loop) the
    # sum over the outputs (-dE/d hidden output i); SigmoidDerivative(x) = x (1 - x), the slope written of the output;
    # delta in the loop over the output weights, the step of WeightsHiddenOutput[i][j] (-eta dE/dW2 at [j, i],
    # before its clipping)
    "b155_cs": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { SigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"input[i]" = "x[i]"
"target[i]" = "y[i]"
"hiddenLayer[i]" = "a1[i]"
"outputLayer[i]" = "a2[i]"
"WeightsInputHidden[i][j]" = "W1[j, i]"
"WeightsHiddenOutput[i][j]" = "W2[j, i]"
"BiasHidden[i]" = "b1[i]"
"BiasOutput[i]" = "b2[i]"
"outputErrors[i]" = "-delta2[i]"
"hiddenErrors[i]" = "-delta1[i]"
"error" = "-grad(a1[i])"
"delta" = "-eta*grad(W2[j, i])"
''',
    # the C# Train's loop over the input weights: as b155_cs, with delta the step of WeightsInputHidden[i][j]
    # (-eta dE/dW1 at [j, i], before its clipping)
    "b155_cs1": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"input[i]" = "x[i]"
"hiddenLayer[i]" = "a1[i]"
"WeightsInputHidden[i][j]" = "W1[j, i]"
"hiddenErrors[i]" = "-delta1[i]"
"delta" = "-eta*grad(W1[j, i])"
''',
    # the Java train: i and j the loops' units; inputs the input, desiredOutputs the target, hiddenOutputs and
    # outputs the layers' outputs, output (in the output loop) outputs[i], weightsIH[i][j] and weightsHO[i][j]
    # input-first, biasH, biasO; outputErrors and hiddenErrors the code's deltas (-dE/dz: the updates add them),
    # error (in the hidden loop) the sum over the outputs of outputErrors[j] weightsHO[i][j] (-dE/d hidden output i)
    "b155_jv": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"inputs[i]" = "x[i]"
"desiredOutputs[i]" = "y[i]"
"hiddenOutputs[i]" = "a1[i]"
"outputs[i]" = "a2[i]"
"output" = "a2[i]"
"weightsIH[i][j]" = "W1[j, i]"
"weightsHO[i][j]" = "W2[j, i]"
"biasH[i]" = "b1[i]"
"biasO[i]" = "b2[i]"
"outputErrors[i]" = "-delta2[i]"
"hiddenErrors[i]" = "-delta1[i]"
"error" = "-grad(a1[i])"
''',
    # the C# tanh network's BackPropagation: i and j the loops' units; inputs the input, target the target,
    # hiddenOutput and output the layers' outputs, inputWeights[i][j] and hiddenWeights[i][j] input-first;
    # outputErrors = target - output, the output's error (no slope taken: the line says so), hiddenErrors the hidden
    # delta the loop before computes (-dE/dz1: the update adds it)
    "b155_ct": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"inputs[i]" = "x[i]"
"target[i]" = "y[i]"
"hiddenOutput[i]" = "a1[i]"
"output[i]" = "a2[i]"
"inputWeights[i][j]" = "W1[j, i]"
"hiddenWeights[i][j]" = "W2[j, i]"
"outputErrors[i]" = "y[i] - a2[i]"
"hiddenErrors[i]" = "-delta1[i]"
''',
    # the C++ MLPClassifier's fit: i and j the loops' units; point.features the input, target the (one-hot)
    # target, h and o the layers' outputs, h_input and o_input their sums, w1[i][j] and w2[i][j] output-first, b1,
    # b2; o_delta and h_delta the loss's gradients by the sums (the updates subtract them), error (in the hidden
    # loop) the sum over the outputs of o_delta[j] w2[j][i] (dL/d h[i]); sigmoid_derivative(x) = s (1 - s) with s =
    # sigmoid(x), the slope at the sum x
    "b155_mc": r'''
[notation]
indices = "ij"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"point.features[i]" = "x[i]"
"target[i]" = "y[i]"
"h[i]" = "a1[i]"
"o[i]" = "a2[i]"
"h_input[i]" = "z1[i]"
"o_input[i]" = "z2[i]"
"w1[i][j]" = "W1[i, j]"
"w2[i][j]" = "W2[i, j]"
"b1[i]" = "b1[i]"
"b2[i]" = "b2[i]"
"o_delta[i]" = "grad(z2[i])"
"h_delta[i]" = "grad(z1[i])"
"error" = "grad(a1[i])"
''',
    # the Rust train: i and j the loops' units; inputs the input, target the target, hidden_outputs and
    # final_outputs the layers' outputs, self.weights_input_hidden[i][j] and self.weights_hidden_output[i][j]
    # output-first; output_errors = target - output, the outputs' errors; hidden_errors and error (in the hidden
    # loop) the errors carried back through the weights, the sum over the outputs of weights_hidden_output[j][i]
    # output_errors[j] (no slope: the lines compute it so; two outputs here)
    "b155_rs": r'''
[notation]
indices = "ij"
learning_rate = ["self.learning_rate"]
[notation.symbols]
"inputs[i]" = "x[i]"
"target[i]" = "y[i]"
"hidden_outputs[i]" = "a1[i]"
"final_outputs[i]" = "a2[i]"
"self.weights_input_hidden[i][j]" = "W1[i, j]"
"self.weights_hidden_output[i][j]" = "W2[i, j]"
"output_errors[i]" = "y[i] - a2[i]"
"hidden_errors[i]" = "W2[0, i]*(y[0] - a2[0]) + W2[1, i]*(y[1] - a2[1])"
"error" = "W2[0, i]*(y[0] - a2[0]) + W2[1, i]*(y[1] - a2[1])"
''',
    # the Kotlin train: i and j the loops' units; inputs the input, targets the target, hiddenLayerOutputs and
    # outputLayerOutputs the layers' outputs, hiddenLayerWeights[i][j] and outputLayerWeights[i][j] output-first,
    # their last column ([i][inputSize], [i][hiddenSize]) the biases; error (in the output loop) target minus
    # output, outputLayerErrors and hiddenLayerErrors the code's deltas (-dE/dz: the updates add them), errorSum the
    # sum over the outputs of outputLayerErrors[j] outputLayerWeights[j][i] (-dE/d hidden output i);
    # sigmoidDerivative(y) = y (1 - y), the slope written of the output
    "b155_kt": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"inputs[i]" = "x[i]"
"targets[i]" = "y[i]"
"hiddenLayerOutputs[i]" = "a1[i]"
"outputLayerOutputs[i]" = "a2[i]"
"hiddenLayerWeights[i][inputSize]" = "b1[i]"
"hiddenLayerWeights[i][j]" = "W1[i, j]"
"outputLayerWeights[i][hiddenSize]" = "b2[i]"
"outputLayerWeights[i][j]" = "W2[i, j]"
"error" = "y[i] - a2[i]"
"outputLayerErrors[i]" = "-delta2[i]"
"hiddenLayerErrors[i]" = "-delta1[i]"
"errorSum" = "-grad(a1[i])"
''',
    # the Go train's backward lines: the samples rows (one here), y the target, output and hiddenLayerActivations
    # the layers' outputs, wOut and wHidden input-first; networkError = y - output, slopeOutputLayer and
    # slopeHiddenLayer the sigmoid's slopes (sigmoidPrime(x) = x (1 - x) applied to the outputs), dOutput and
    # dHiddenLayer the code's deltas (-dE/dz: the updates add them), errorAtHiddenLayer -dE/d hidden output, wOudAdj
    # (sic) the output weights' step direction (-dE/dW2, input-first) before its Scale; Gonum's methods: a.Sub(b, c)
    # stores b - c in a, MulElem the product entry by entry, Mul the matrix product, Add the sum, m.T() the transpose
    "b155_go": r'''
[notation]
learning_rate = ["nn.config.learningRate"]
functions = { Sub = "difference", MulElem = "product", Mul = "matrix product", Add = "sum" }
[notation.symbols]
"y" = "y[:].T"
"output" = "a2[:].T"
"hiddenLayerActivations" = "a1[:].T"
"wOut" = "W2[:, :].T"
"wHidden" = "W1[:, :].T"
"networkError" = "y[:].T - a2[:].T"
"slopeOutputLayer" = "(a2[:]*(1 - a2[:])).T"
"slopeHiddenLayer" = "(a1[:]*(1 - a1[:])).T"
"dOutput" = "-grad(z2[:]).T"
"errorAtHiddenLayer" = "-grad(a1[:]).T"
"dHiddenLayer" = "-grad(z1[:]).T"
"wOudAdj" = "-grad(W2[:, :]).T"
''',
    # the Go train's update of wOut, after wOudAdj.Scale(nn.config.learningRate, wOudAdj): wOudAdj then the step
    # itself, -eta dE/dW2 (input-first)
    "b155_go2": r'''
[notation]
learning_rate = ["nn.config.learningRate"]
functions = { Add = "sum" }
[notation.symbols]
"wOut" = "W2[:, :].T"
"wOudAdj" = "-eta*grad(W2[:, :]).T"
''',
}
