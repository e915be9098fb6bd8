"""The networks and notations of batch 151 of the held-out public formulas (tests/public_formulas_batch151.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b151_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the C XOR function NeuralNetXOR (stored file 14325156498): NUMIN 2, NUMHID 2, NUMOUT 1, arrays counted from 1
    # (index 0 of WeightIH and WeightHO the biases'), sigmoid hidden and output units, Error += 0.5 * pow((Target -
    # Output), 2): half the squared error; eta = 0.7 (alpha = 0.9 the momentum's, in no line taken)
    "b151_cx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.7)),
    # the C++ network::one_epoch (stored file 316786005): weightIH[i + 1][j] and weightHO[j + 1][k] input-first (row 0
    # the biases), sigmoid hidden and output units ("Sigmoidal Outputs"), Error -= (target log(output) + (1 - target)
    # log(1 - output)) the cross-entropy ("Cross-Entropy Error"); a handwritten-digits net there, 2-3-1 here; eta
    # the caller's (set_constants: 0.1 here)
    "b151_cn": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.1)),
    # the C++ XOR program (stored file 41765210204): "Network architecture (2 input, 2 hidden, 1 output)",
    # hidden_weights[k][j] and output_weights[k][j] input-first, biases hidden_biases, output_biases, sigmoid layers;
    # no loss written: output_errors = (target - output) * sigmoid_derivative(output), the half squared error's
    # -dE/dz; learning_rate = 0.1
    "b151_cp": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the C XOR program (stored file 35918294560): NUMBER_INPUTS 2 (its training inputs are pairs),
    # NUMBER_HIDDEN_NODES 2 (hiddenLayer's initializer holds two values), NUMBER_OUTPUTS 1, hidden_layer_weights[l][k]
    # and output_layer_weights[l][k] input-first with biases, sigmoid layers, delta_output = d_error *
    # sigmoid_derivative(output): the half squared error's -dE/dz; LEARNING_RATE in constants.cpp (not stored: 0.1)
    "b151_cg": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the FormAI C classifier (stored file 14665237800): INPUT_SIZE 784, HIDDEN_SIZE 256, OUTPUT_SIZE 10 there (3-4-2
    # here), hidden_weights[i][j] (HIDDEN_SIZE x INPUT_SIZE) and output_weights[i][j] (OUTPUT_SIZE x HIDDEN_SIZE)
    # output-first, no biases, sigmoid layers, no loss written (output_errors = (expected - output) * slope: the half
    # squared error's -dE/dz), LEARNING_RATE 0.1
    "b151_cf": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the C XOR trainer (stored file 61794207743): INPUT_NODES 2, HIDDEN_NODES 4, OUTPUT_NODES 1, weight1[INPUT][HIDDEN]
    # and weight2[HIDDEN][OUTPUT] input-first, biases bias_HN, bias_ON, sigmoid layers, output_delta = (target -
    # output) * sigmoid_derivative(output): the half squared error's -dE/dz; learning_rate = 0.5
    "b151_xo": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the Java trainOnline of a game mod's network (stored file 70485657340): four inputs (x0 ... x3), tanh hidden
    # units (hidden[j] = Math.tanh(sum)) and tanh outputs, weightsInputHidden[i][j] and weightsHiddenOutput[j][k]
    # input-first with biases biasHidden, biasOutput, three targets, deltaOutput = err * (1 - output^2) with err =
    # target - output: the half squared error's -dE/dz; learningRate = 0.015f (momentumFactor 0.85f in lines left
    # out); INPUT_SIZE 4, HIDDEN_SIZE 8, OUTPUT_SIZE 3 there, 4-3-3 here
    "b151_jv": problem_text('inputs = 4\nunits = 3\nactivation = "tanh"', 'units = 3\nactivation = "tanh"',
                            loss="half_squared_error", extra=_rate(0.015)),
    # the C# NeuralNetwork class (stored file 36086335296): Neuron objects with Weights, Inputs and Bias, tanh hidden
    # units ("derivative of tanh = (1 - y) * (1 + y)") and a log-sigmoid output ("For sigmoid activation, the
    # derivative of y = log-sigmoid(x) is y * (1 - y)"), one ExpectedOutput; the output's slope left out of oGrads
    # with the comment that the mean squared error's version includes it: the cross-entropy's; learnRate Train's
    # argument (0.1 here); 2-3-1 here
    "b151_cs": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.1)),
    # the JavaScript RealNeuralNetwork of a meme classifier (stored file 66901363158): inputSize 10, hiddenSize 16,
    # outputSize 2 there (3-4-2 here), weightsIH[i][j] and weightsHO[i][j] input-first with biases biasH, biasO,
    # sigmoid hidden units, a softmax output (forward returns this.softmax(this.outputs)), one-hot targets ([1, 0] or
    # [0, 1]): the cross-entropy, whose gradient by the sums outputErrors is; this.learningRate = 0.1
    "b151_js": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
}

NOTATIONS = {
    # the C function's output loop before DeltaO[k] *= ...: p the pattern, k an output (counted from 1), Target[p][k]
    # the target, Output[p][k] the output; DeltaO[k] still the error, target minus output
    "b151_cx0": r'''
[notation]
indices = "jkp"
[notation.symbols]
"Target[p][k]" = "y[k-1]"
"Output[p][k]" = "a2[k-1]"
"DeltaO[k]" = "y[k-1] - a2[k-1]"
''',
    # the C function's backward lines: arrays counted from 1 (index 0 of the weights' first index the bias's), p the
    # pattern (one here), i an input, j a hidden unit, k an output; Input[p][i], Hidden[p][j], Output[p][k] the
    # layers' values, Target[p][k] the target; DeltaO[k] and DeltaH[j] the code's deltas (-dE/dz: the updates add
    # them), SumDOW[j] the sum over k of WeightHO[j][k] DeltaO[k] (-dE/d Hidden[p][j]); DeltaWeightIH[i][j] and
    # DeltaWeightHO[j][k] the weight changes, -eta dE/dW before the momentum's term (row 0 the biases', whose
    # constant input Input[p][0], Hidden[p][0] is 1: added after the first blind run, which asked for it)
    "b151_cx": r'''
[notation]
indices = "ijkp"
learning_rate = ["eta"]
[notation.symbols]
"Input[p][0]" = "1"
"Input[p][i]" = "x[i-1]"
"Hidden[p][0]" = "1"
"Hidden[p][j]" = "a1[j-1]"
"Output[p][k]" = "a2[k-1]"
"Target[p][k]" = "y[k-1]"
"DeltaO[k]" = "-delta2[k-1]"
"SumDOW[j]" = "-grad(a1[j-1])"
"DeltaH[j]" = "-delta1[j-1]"
"DeltaWeightIH[0][j]" = "-eta*grad(b1[j-1])"
"DeltaWeightIH[i][j]" = "-eta*grad(W1[j-1, i-1])"
"DeltaWeightHO[0][k]" = "-eta*grad(b2[k-1])"
"DeltaWeightHO[j][k]" = "-eta*grad(W2[k-1, j-1])"
''',
    # the C++ one_epoch: loops counted from 0, p the pattern (one here), i an input, j a hidden unit, k an output;
    # input[p][i], hidden[p][j], output[p][k] the layers' values, target[p][k] the target; deltaO[k] and deltaH[j]
    # the code's deltas (-dE/dz: the updates add them), sumDOW[j] the sum over k of weightHO[j + 1][k] deltaO[k]
    # (-dE/d hidden[p][j])
    "b151_cn": r'''
[notation]
indices = "ijkp"
learning_rate = ["eta"]
[notation.symbols]
"input[p][i]" = "x[i]"
"hidden[p][j]" = "a1[j]"
"output[p][k]" = "a2[k]"
"target[p][k]" = "y[k]"
"deltaO[k]" = "-delta2[k]"
"sumDOW[j]" = "-grad(a1[j])"
"deltaH[j]" = "-delta1[j]"
''',
    # the C++ XOR program: i the sample (one here), j and k the loops' units (j an output and k a hidden unit in the
    # output loops; j a hidden unit and k an input or an output in the hidden loops); training_inputs[i][k] the
    # input, training_outputs[i][j] the target, hidden_layer, output_layer the layers' outputs, hidden_weights[k][j]
    # and output_weights[k][j] input-first; output_errors and hidden_errors the code's deltas (-dE/dz: the updates
    # add them), error_sum the sum over the outputs of output_errors[k] output_weights[j][k] (-dE/d hidden output
    # j); sigmoid_derivative(x) = x (1 - x), the slope written of the output
    "b151_cp": r'''
[notation]
indices = "ijk"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"training_inputs[i][k]" = "x[k]"
"training_outputs[i][j]" = "y[j]"
"hidden_layer[j]" = "a1[j]"
"output_layer[j]" = "a2[j]"
"hidden_weights[k][j]" = "W1[j, k]"
"output_weights[k][j]" = "W2[j, k]"
"hidden_biases[j]" = "b1[j]"
"output_biases[j]" = "b2[j]"
"output_errors[j]" = "-delta2[j]"
"hidden_errors[j]" = "-delta1[j]"
"error_sum" = "-grad(a1[j])"
''',
    # the C XOR program: training_set_index the sample (one here), k and l the loops' units (k an output or a hidden
    # unit, l a hidden unit or an input, as each loop runs); training_inputs[training_set_index][l] the input,
    # training_outputs[training_set_index][k] the target, hidden_layer, output_layer the layers' outputs,
    # hidden_layer_weights[l][k] and output_layer_weights[l][k] input-first, the biases; d_error = target - output
    # (in the output loop), delta_output and delta_hidden_layer the code's deltas (-dE/dz: the updates add them),
    # d_error_hidden the sum over the outputs of delta_output[l] output_layer_weights[k][l] (-dE/d hidden output k);
    # sigmoid_derivative (in gradient.cpp, not stored) the slope written of the output, as both calls pass outputs
    "b151_cg": r'''
[notation]
indices = "kl"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"training_inputs[training_set_index][l]" = "x[l]"
"training_outputs[training_set_index][k]" = "y[k]"
"hidden_layer[k]" = "a1[k]"
"output_layer[k]" = "a2[k]"
"hidden_layer_weights[l][k]" = "W1[k, l]"
"output_layer_weights[l][k]" = "W2[k, l]"
"hidden_layer_bias[k]" = "b1[k]"
"output_layer_bias[k]" = "b2[k]"
"d_error" = "y[k] - a2[k]"
"delta_output[k]" = "-delta2[k]"
"d_error_hidden" = "-grad(a1[k])"
"delta_hidden_layer[k]" = "-delta1[k]"
''',
    # the FormAI classifier: i and j the loops' units; input_layer the input, hidden_layer, output_layer the layers'
    # outputs, expected_output the target, hidden_weights[i][j] and output_weights[i][j] output-first (row i the
    # unit i of the layer they feed); output_errors and hidden_errors the code's deltas (-dE/dz: the updates add
    # them), sum (in the hidden loop) the sum over the outputs of output_weights[j][i] output_errors[j] (-dE/d
    # hidden output i); sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope at the sum x
    "b151_cf": r'''
[notation]
indices = "ij"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"input_layer[j]" = "x[j]"
"hidden_layer[i]" = "a1[i]"
"output_layer[i]" = "a2[i]"
"expected_output[i]" = "y[i]"
"hidden_weights[i][j]" = "W1[i, j]"
"output_weights[i][j]" = "W2[i, j]"
"output_errors[i]" = "-delta2[i]"
"hidden_errors[i]" = "-delta1[i]"
"sum" = "-grad(a1[i])"
''',
    # the C XOR trainer: i and j the loops' units; input the input, target the target, hidden and output_layer the
    # layers' outputs, weight1[i][j] and weight2[i][j] input-first, bias_HN and bias_ON the biases; output_error =
    # target - output, output_delta and hidden_delta the code's deltas (-dE/dz: the updates add them), error (in
    # the hidden loop) the sum over the outputs of output_delta[j] weight2[i][j] (-dE/d hidden output i);
    # sigmoid_derivative(x) = x (1 - x), the slope written of the output
    "b151_xo": r'''
[notation]
indices = "ij"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"input[i]" = "x[i]"
"target[i]" = "y[i]"
"hidden[i]" = "a1[i]"
"output_layer[i]" = "a2[i]"
"weight1[i][j]" = "W1[j, i]"
"weight2[i][j]" = "W2[j, i]"
"bias_HN[i]" = "b1[i]"
"bias_ON[i]" = "b2[i]"
"output_error[i]" = "y[i] - a2[i]"
"output_delta[i]" = "-delta2[i]"
"hidden_delta[i]" = "-delta1[i]"
"error" = "-grad(a1[i])"
"INPUT_NODES" = "2"
"HIDDEN_NODES" = "4"
"OUTPUT_NODES" = "1"
''',
    # the Java trainOnline's output loops: i an input, j a hidden unit, k an output; inputs, hidden, outputs the
    # layers' values, targets the targets, weightsInputHidden[i][j] and weightsHiddenOutput[j][k] input-first,
    # biasHidden, biasOutput the biases; err = target - output, dtanh tanh's slope written of the output, deltaOutput
    # and deltaHidden the code's deltas (-dE/dz: the updates add them), grad the step of weightsHiddenOutput[j][k]
    # before the momentum (-eta dE/dW2, an ascent's direction though it is named grad)
    "b151_jv": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"inputs[i]" = "x[i]"
"hidden[j]" = "a1[j]"
"outputs[k]" = "a2[k]"
"targets[k]" = "y[k]"
"weightsInputHidden[i][j]" = "W1[j, i]"
"weightsHiddenOutput[j][k]" = "W2[k, j]"
"biasHidden[j]" = "b1[j]"
"biasOutput[k]" = "b2[k]"
"err" = "y[k] - a2[k]"
"dtanh" = "1 - a2[k]*a2[k]"
"deltaOutput[k]" = "-delta2[k]"
"deltaHidden[j]" = "-delta1[j]"
"grad" = "-eta*grad(W2[k, j])"
''',
    # the Java trainOnline's hidden loops: as its output loops, with sum the sum over the outputs of deltaOutput[k]
    # weightsHiddenOutput[j][k] (-dE/d hidden output j), dtanh tanh's slope at the hidden unit j, grad the step of
    # weightsInputHidden[i][j] before the momentum (-eta dE/dW1)
    "b151_jvh": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"inputs[i]" = "x[i]"
"hidden[j]" = "a1[j]"
"outputs[k]" = "a2[k]"
"weightsInputHidden[i][j]" = "W1[j, i]"
"weightsHiddenOutput[j][k]" = "W2[k, j]"
"biasHidden[j]" = "b1[j]"
"sum" = "-grad(a1[j])"
"dtanh" = "1 - a1[j]*a1[j]"
"deltaOutput[k]" = "-delta2[k]"
"deltaHidden[j]" = "-delta1[j]"
"grad" = "-eta*grad(W1[j, i])"
''',
    # the C# BackPropagation's output loops (the class's "Index: i=Input, j=Hidden and k=Output neurons"):
    # Output[k] the output, ExpectedOutput the target, derivative the local the loop sets to 1 (the slope commented
    # out), oGrads[k] the code's output gradient (-dL/dz2: the updates add it), outputNeurons[k].Weights[j] the
    # output's weights, outputNeurons[k].Inputs[j] its inputs (the hidden outputs), delta the step of
    # outputNeurons[k].Weights[j] (-eta dL/dW2)
    "b151_cso": r'''
[notation]
indices = "ijk"
learning_rate = ["learnRate"]
[notation.symbols]
"Output[k]" = "a2[k]"
"ExpectedOutput" = "y[0]"
"derivative" = "1"
"oGrads[k]" = "-delta2[k]"
"outputNeurons[k].Weights[j]" = "W2[k, j]"
"outputNeurons[k].Inputs[j]" = "a1[j]"
"delta" = "-eta*grad(W2[k, j])"
''',
    # the C# BackPropagation's hidden loops: derivative the local the loop sets to 1 (tanh's slope commented out),
    # x the output k's term of the sum, sum the sum over the outputs of oGrads[k] outputNeurons[k].Weights[j] (-dL/d
    # hidden output j), hGrads[j] the code's hidden gradient (-dL/dz1: the updates add it),
    # hiddenNeurons[j].Weights[i] the hidden unit j's weights, hiddenNeurons[j].Inputs[i] its inputs, delta the step
    # of hiddenNeurons[j].Weights[i] (-eta dL/dW1)
    "b151_csh": r'''
[notation]
indices = "ijk"
learning_rate = ["learnRate"]
[notation.symbols]
"Hidden[j]" = "a1[j]"
"derivative" = "1"
"oGrads[k]" = "-delta2[k]"
"outputNeurons[k].Weights[j]" = "W2[k, j]"
"x" = "-delta2[k]*W2[k, j]"
"sum" = "-grad(a1[j])"
"hGrads[j]" = "-delta1[j]"
"hiddenNeurons[j].Weights[i]" = "W1[j, i]"
"hiddenNeurons[j].Inputs[i]" = "x[i]"
"delta" = "-eta*grad(W1[j, i])"
''',
    # the C# BackPropagation's hidden-bias loop: hGrads[j] as above, hiddenNeurons[j].Bias the bias, delta its step
    # (-eta dL/db1)
    "b151_csb": r'''
[notation]
indices = "ijk"
learning_rate = ["learnRate"]
[notation.symbols]
"hGrads[j]" = "-delta1[j]"
"hiddenNeurons[j].Bias" = "b1[j]"
"delta" = "-eta*grad(b1[j])"
''',
    # the JavaScript backward: i and j the loops' units; inputs the input, targets the one-hot target, outputs the
    # softmax's outputs, this.hiddenOutputs the hidden outputs, this.weightsIH[i][j] and this.weightsHO[i][j]
    # input-first, this.biasH, this.biasO the biases; outputErrors and hiddenErrors the code's deltas (-dL/dz: the
    # updates add them), error (in the hidden loop) the sum over the outputs of outputErrors[j] this.weightsHO[i][j]
    # (-dL/d hidden output i); this.sigmoidDerivative(x) = x (1 - x), the slope written of the output
    "b151_js": r'''
[notation]
indices = "ij"
learning_rate = ["this.learningRate"]
functions = { "this.sigmoidDerivative" = "sigmoid' at output" }
[notation.symbols]
"inputs[i]" = "x[i]"
"targets[i]" = "t[i]"
"outputs[i]" = "a2[i]"
"this.hiddenOutputs[i]" = "a1[i]"
"this.weightsIH[i][j]" = "W1[j, i]"
"this.weightsHO[i][j]" = "W2[j, i]"
"this.biasH[i]" = "b1[i]"
"this.biasO[i]" = "b2[i]"
"outputErrors[i]" = "-delta2[i]"
"hiddenErrors[i]" = "-delta1[i]"
"error" = "-grad(a1[i])"
''',
}
