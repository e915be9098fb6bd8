"""The networks and notations of batch 172 of the held-out public formulas (tests/public_formulas_batch172.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b172_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the C XOR program (stored file 3711194156): input_num 2, hidden_nodes 2, output_num 1, hidden_weights[k][j]
    # (input_num x hidden_nodes) and output_weights[k][j] (hidden_nodes x output_num) input-first with biases
    # hidden_bias, output_bias, sigmoid layers; no loss written: output_delta = (target - output) * dsigmoid(output),
    # the half squared error's -dE/dz; #define LR 0.5
    "b172_cx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the C iris program commented in Portuguese (stored file 32488283536): N_INPUT 4, N_HIDDEN (4/2)+1 = 3, N_OUTPUT
    # 3, w_ih[N_INPUT + 1][N_HIDDEN] and w_ho[N_HIDDEN + 1][N_OUTPUT] input-first with the biases in their last row
    # (w_ih[N_INPUT][j], w_ho[N_HIDDEN][j]), sigmoid layers, total_error += error * error reported while
    # output_delta = error * sigmoid_derivative(output): the half squared error's -dE/dz; LEARNING_RATE 0.5f
    "b172_ir": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the C program nnp (stored file 45382504200): INPUT_NODES 256, HIDDEN_NODES 16, OUTPUT_NODES 10 by default there
    # (3-4-2 here), hidden_weights[i][j] and output_weights[j][k] input-first with biases (never updated), sigmoid
    # layers, sample_error += error * error reported while output_delta = error * sigmoid_derivative(output): the
    # half squared error's -dE/dz; LEARNING_RATE = 0.1 by default
    "b172_nn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Java iris tutorial page (stored file 46449882683, HTML with Java in <code> blocks): a 5-4-3 network, four
    # inputs and a bias node of input 1 (ihWeights[h][numIN] the hidden biases), four sigmoid hidden units, three
    # sigmoid outputs with no bias (hoWeights[numON][numHN]), sse = (1.0/2) * the sum of squared errors: the half
    # squared error; learningRate updateWeights' argument (0.1 here)
    "b172_jh": problem_text('inputs = 4\nunits = 4\nactivation = "sigmoid"',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Java BPNetworkMulti commented in Chinese (stored file 14064398018): layers of any number (one hidden layer
    # here), weights[l][next][now + 1] output-first with the bias in the last column (layer0[length - 1] = 1.0),
    # sigmoid layers, outputDelta = output (1 - output) (target - output): the half squared error's -dE/dz; eta
    # 0.25 (the default constructor's; momentum 0.9 in lines left out); 2-3-2 here
    "b172_jm": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.25)),
    # the Go network commented in Chinese (stored file 59436570928): WeightsIH[i][j] (hidden x input) and
    # WeightsHO[i][j] (output x hidden) output-first with biases BiasH, BiasO, sigmoid layers, totalError += delta *
    # delta reported while outputErrors = delta * sigmoidDerivative(output): the half squared error's -dE/dz;
    # LearningRate NewNeuralNetwork's lr (0.1 here), alpha := 0.9 its "momentum coefficient"; 2-3-2 here
    "b172_gm": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Go regression program (stored file 23361154254): HiddenWeights[i][j] (hidden x input) and
    # OutputWeights[i][j] (output x hidden) output-first with biases, ReLU hidden units, a linear output ("//
    # Linear output"), totalError += 0.5 * (target - output)^2: the half squared error; defaults 11-16-1 and learning
    # rate 0.05 (3-4-1 here, its rate)
    "b172_gr": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate(0.05)),
    # the Go gonum network (stored file 29241781210): its comment's "Loss Function = SSR", the sum of squared
    # residuals (one sample and one output here: the squared error), wHidden (input x hidden) and wOutput (hidden x
    # output) input-first with biases bHidden, bOutput (rows), sigmoid layers (the comment's output =
    # sigmoid(oLayerInput)); learningRate the config's (0.1 here); 2-3-1 here
    "b172_gs": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=_rate(0.1)),
    # the Rust NeuralNetwork (stored file 3748296891): weights_ih[i][j] (hidden x input) and weights_ho[i][j] (output
    # x hidden) output-first with biases bias_h, bias_o, sigmoid layers, no loss written: output_errors = predicted
    # (1 - predicted) (target - predicted), the half squared error's -dE/dz; learning_rate train's argument (0.1
    # here); 2-3-2 here
    "b172_rs": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
}

NOTATIONS = {
    # the C XOR program: i the training sample (one here), j and k the loops' units (j an output and k a hidden unit
    # in the output loops; j a hidden unit and k an output or an input in the hidden loops); rand_training_pt[k] the
    # input, training_outputs[i][j] the target, hidden_layer, output_layer the layers' outputs, hidden_weights[k][j]
    # and output_weights[k][j] input-first, the biases; output_error = target - output, output_delta and
    # hidden_delta the code's deltas (-dE/dz: the updates add them), hidden_error the sum over the outputs of
    # output_delta[k] output_weights[j][k] (-dE/d hidden output j); dsigmoid (in active_func.h, not stored) the
    # slope written of the output, as both calls pass outputs
    "b172_cx": r'''
[notation]
indices = "ijk"
learning_rate = ["LR"]
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"rand_training_pt[k]" = "x[k]"
"training_outputs[i][j]" = "y[j]"
"hidden_layer[j]" = "a1[j]"
"output_layer[j]" = "a2[j]"
"hidden_weights[k][j]" = "W1[j, k]"
"output_weights[k][j]" = "W2[j, k]"
"hidden_bias[j]" = "b1[j]"
"output_bias[j]" = "b2[j]"
"output_error" = "y[j] - a2[j]"
"output_delta[j]" = "-delta2[j]"
"hidden_delta[j]" = "-delta1[j]"
"hidden_error" = "-grad(a1[j])"
''',
    # the C iris program's output loop and updates: i an input or a hidden unit, j a unit of the layer fed;
    # current_input the input, current_target the target, hidden_output, final_output the layers' outputs,
    # w_ih[i][j] and w_ho[i][j] input-first, their last rows w_ih[N_INPUT][j] and w_ho[N_HIDDEN][j] the biases;
    # error (in the output loop) target minus output, output_delta and hidden_delta the code's deltas (-dE/dz: the
    # updates add them); sigmoid_derivative(x) = x (1 - x), the slope written of the output
    "b172_ir": r'''
[notation]
indices = "ij"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"current_input[i]" = "x[i]"
"current_target[j]" = "y[j]"
"hidden_output[j]" = "a1[j]"
"final_output[j]" = "a2[j]"
"w_ih[N_INPUT][j]" = "b1[j]"
"w_ih[i][j]" = "W1[j, i]"
"w_ho[N_HIDDEN][j]" = "b2[j]"
"w_ho[i][j]" = "W2[j, i]"
"error" = "y[j] - a2[j]"
"output_delta[j]" = "-delta2[j]"
"hidden_delta[j]" = "-delta1[j]"
''',
    # the C iris program's hidden loop: j a hidden unit, k an output; error the sum over the outputs of
    # output_delta[k] w_ho[j][k] (-dE/d hidden output j)
    "b172_irh": r'''
[notation]
indices = "jk"
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"hidden_output[j]" = "a1[j]"
"w_ho[j][k]" = "W2[k, j]"
"output_delta[k]" = "-delta2[k]"
"error" = "-grad(a1[j])"
"hidden_delta[j]" = "-delta1[j]"
''',
    # the C program nnp's backpropagate: i an output (or an input in the last loop), j a hidden unit, k an output;
    # input the input, target the target, network->hidden_activation and network->output_activation the layers'
    # outputs, network->hidden_weights[i][j] and network->output_weights[j][k] input-first; error (in the output
    # loop) target minus output, output_delta and hidden_delta the code's deltas (-dE/dz: the updates add them);
    # sigmoid_derivative(x) = x (1 - x), the slope written of the output
    "b172_nn": r'''
[notation]
indices = "ijk"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"input[i]" = "x[i]"
"target[i]" = "y[i]"
"network->hidden_activation[j]" = "a1[j]"
"network->output_activation[i]" = "a2[i]"
"network->hidden_weights[i][j]" = "W1[j, i]"
"network->output_weights[j][k]" = "W2[k, j]"
"error" = "y[i] - a2[i]"
"output_delta[i]" = "-delta2[i]"
"hidden_delta[j]" = "-delta1[j]"
''',
    # nnp's hidden loop: j a hidden unit, k an output; error the sum over the outputs of output_delta[k]
    # network->output_weights[j][k] (-dE/d hidden output j)
    "b172_nnh": r'''
[notation]
indices = "jk"
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"network->hidden_activation[j]" = "a1[j]"
"network->output_weights[j][k]" = "W2[k, j]"
"output_delta[k]" = "-delta2[k]"
"error" = "-grad(a1[j])"
"hidden_delta[j]" = "-delta1[j]"
''',
    # the Java tutorial's updateWeights: o and j an output, h a hidden unit, i an output in the hidden loop's sum;
    # desiredOut the target, outputs and hiddenOutputs the layers' outputs, hoWeights[o][h] output-first;
    # outputError = desired minus actual output, outputGradients and hiddenGradients the code's deltas (-dE/dz: the
    # updates add them), runningSum the sum over the outputs of val = outputGradients[i] hoWeights[i][h] (-dE/d
    # hidden output h), deltaWeight (in the output loop) the change of hoWeights[o][h] before the momentum's term,
    # -eta dE/dW2
    "b172_jh": r'''
[notation]
indices = "hijo"
learning_rate = ["learningRate"]
[notation.symbols]
"desiredOut[j]" = "y[j]"
"outputs[j]" = "a2[j]"
"hiddenOutputs[h]" = "a1[h]"
"hoWeights[o][h]" = "W2[o, h]"
"outputError[j]" = "y[j] - a2[j]"
"outputGradients[o]" = "-delta2[o]"
"val" = "-delta2[i]*W2[i, h]"
"runningSum" = "-grad(a1[h])"
"hiddenGradients[h]" = "-delta1[h]"
"deltaWeight" = "-eta*grad(W2[o, h])"
''',
    # the Java tutorial's comment over the output loop, //outputGradient = (d - y) * y * (1 - y): o the output the
    # loop is at, d its desired output (the page's d_o), y its actual output (y_o), outputGradient the output
    # gradient the next line computes (-dE/dz)
    "b172_jhc": r'''
[notation]
indices = "o"
[notation.symbols]
"d" = "y[o]"
"y" = "a2[o]"
"outputGradient" = "-delta2[o]"
''',
    # the Java BPNetworkMulti's outputErr: i an output; output the output at i (layers[layerNum - 1][i]), targets[i]
    # the target, outputDelta the code's output delta (-dE/dz: adjustWeights adds eta delta[i] layer[j])
    "b172_jm": r'''
[notation]
indices = "i"
[notation.symbols]
"output" = "a2[i]"
"targets[i]" = "y[i]"
"outputDelta[i]" = "-delta2[i]"
''',
    # the Java BPNetworkMulti's hiddenErr (the one hidden layer's): i a hidden unit, j an output; o the hidden output
    # at i (hiddenLayer[i]), weights[j][i] output-first, outputDelta[j] the output's delta, sum the sum over the
    # outputs of weights[j][i] outputDelta[j] (-dE/d hidden output i), hiddenDelta the code's hidden delta
    "b172_jmh": r'''
[notation]
indices = "ij"
[notation.symbols]
"o" = "a1[i]"
"hiddenLayer[i]" = "a1[i]"
"weights[j][i]" = "W2[j, i]"
"outputDelta[j]" = "-delta2[j]"
"sum" = "-grad(a1[i])"
"hiddenDelta[i]" = "-delta1[i]"
''',
    # the Go network's output-error loop: i an output; target, output the target and the output, delta target
    # minus output, outputErrors the code's output deltas (-dE/dz: the updates add them); sigmoidDerivative(x) = x
    # (1 - x), the slope written of the output
    "b172_gmo": r'''
[notation]
indices = "i"
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"target[i]" = "y[i]"
"output[i]" = "a2[i]"
"delta" = "y[i] - a2[i]"
"outputErrors[i]" = "-delta2[i]"
''',
    # the Go network's hidden-error loop: i a hidden unit, j an output; hidden the hidden outputs, nn.WeightsHO[j][i]
    # output-first, errorSum the sum over the outputs of nn.WeightsHO[j][i] outputErrors[j] (-dE/d hidden output i),
    # hiddenErrors the code's hidden deltas
    "b172_gmh": r'''
[notation]
indices = "ij"
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"hidden[i]" = "a1[i]"
"nn.WeightsHO[j][i]" = "W2[j, i]"
"outputErrors[j]" = "-delta2[j]"
"errorSum" = "-grad(a1[i])"
"hiddenErrors[i]" = "-delta1[i]"
''',
    # the Go network's output-layer updates: i an output, j a hidden unit; delta the step of nn.WeightsHO[i][j]
    # (-eta dE/dW2), alpha := 0.9 (its "momentum coefficient"), nn.BiasO the output biases
    "b172_gmu2": r'''
[notation]
indices = "ij"
learning_rate = ["nn.LearningRate"]
[notation.symbols]
"hidden[j]" = "a1[j]"
"outputErrors[i]" = "-delta2[i]"
"nn.WeightsHO[i][j]" = "W2[i, j]"
"nn.BiasO[i]" = "b2[i]"
"delta" = "-eta*grad(W2[i, j])"
"alpha" = "0.9"
''',
    # the Go network's hidden-layer updates: i a hidden unit, j an input; delta the step of nn.WeightsIH[i][j]
    # (-eta dE/dW1), alpha := 0.9, nn.BiasH the hidden biases
    "b172_gmu1": r'''
[notation]
indices = "ij"
learning_rate = ["nn.LearningRate"]
[notation.symbols]
"input[j]" = "x[j]"
"hiddenErrors[i]" = "-delta1[i]"
"nn.WeightsIH[i][j]" = "W1[i, j]"
"nn.BiasH[i]" = "b1[i]"
"delta" = "-eta*grad(W1[i, j])"
"alpha" = "0.9"
''',
    # the Go regression program's backpropagate: i and j the loops' units (i an output or a hidden unit, j a hidden
    # unit or an input); inputs, targets the input and the target, hiddenOutputs, finalOutputs the layers' outputs,
    # nn.HiddenWeights[i][j] and nn.OutputWeights[i][j] output-first with the biases; outputErrors = target minus
    # output, outputDeltas and hiddenDeltas the code's deltas (-dE/dz: the updates add them), sum and hiddenErrors
    # the sum over the outputs of outputDeltas[j] nn.OutputWeights[j][i] (-dE/d hidden output i); reluDerivative
    # (not in the stored file) the ReLU's slope, taken of the hidden outputs (the same 0 or 1 as at the sums)
    "b172_gr": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { reluDerivative = "relu' at output" }
[notation.symbols]
"inputs[j]" = "x[j]"
"targets[i]" = "y[i]"
"hiddenOutputs[i]" = "a1[i]"
"finalOutputs[i]" = "a2[i]"
"nn.HiddenWeights[i][j]" = "W1[i, j]"
"nn.OutputWeights[i][j]" = "W2[i, j]"
"nn.HiddenBiases[i]" = "b1[i]"
"nn.OutputBiases[i]" = "b2[i]"
"outputErrors[i]" = "y[i] - a2[i]"
"outputDeltas[i]" = "-delta2[i]"
"sum" = "-grad(a1[i])"
"hiddenErrors[i]" = "-grad(a1[i])"
"hiddenDeltas[i]" = "-delta1[i]"
''',
    # the Go gonum network's comment (one sample, one output: its matrices' entries): labels the target, output (and
    # the comment's Output) the output, oLayerInput its sum, hLayerOutput and hLayerInput hidden unit j's output and
    # sum, wOutput (and WOutput) the weight from hidden unit j to the output, wHidden input i's weight into hidden
    # unit j, bOutput (the comment's Bout) and bHidden the biases, input input i; SSR the loss (the sum of squared
    # residuals)
    "b172_gs": r'''
[notation]
indices = "ij"
loss = ["SSR"]
[notation.symbols]
"labels" = "y[0]"
"output" = "a2[0]"
"Output" = "a2[0]"
"oLayerInput" = "z2[0]"
"hLayerOutput" = "a1[j]"
"hLayerInput" = "z1[j]"
"wOutput" = "W2[0, j]"
"WOutput" = "W2[0, j]"
"wHidden" = "W1[j, i]"
"Bout" = "b2[0]"
"bOutput" = "b2[0]"
"bHidden" = "b1[j]"
"input" = "x[i]"
''',
    # the Rust train's output loop: i an output; target, predicted the target and the output, error target minus
    # output, output_errors the code's output deltas (-dE/dz: the updates add them); and the updates: i a unit of
    # the layer fed, j an input or a hidden unit, self.weights_ih[i][j] and self.weights_ho[i][j] output-first with
    # the biases self.bias_h, self.bias_o
    "b172_rs": r'''
[notation]
indices = "ij"
learning_rate = ["learning_rate"]
[notation.symbols]
"input[j]" = "x[j]"
"target[i]" = "y[i]"
"hidden[j]" = "a1[j]"
"predicted[i]" = "a2[i]"
"self.weights_ih[i][j]" = "W1[i, j]"
"self.weights_ho[i][j]" = "W2[i, j]"
"self.bias_h[i]" = "b1[i]"
"self.bias_o[i]" = "b2[i]"
"error" = "y[i] - a2[i]"
"output_errors[i]" = "-delta2[i]"
"hidden_errors[i]" = "-delta1[i]"
''',
    # the Rust train's hidden loop: i a hidden unit, j an output; hidden[i] the hidden output, error the sum over the
    # outputs of output_errors[j] self.weights_ho[j][i] (-dE/d hidden output i)
    "b172_rsh": r'''
[notation]
indices = "ij"
[notation.symbols]
"hidden[i]" = "a1[i]"
"self.weights_ho[j][i]" = "W2[j, i]"
"output_errors[j]" = "-delta2[j]"
"error" = "-grad(a1[i])"
"hidden_errors[i]" = "-delta1[i]"
''',
}
