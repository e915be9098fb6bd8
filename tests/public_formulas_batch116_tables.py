"""The networks and notations of batch 116 of the held-out public formulas (tests/public_formulas_batch116.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b116_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # LomTuby's TLNeuralNetwork.swift (Mazur's 2-2-2 example): sigmoid hidden and output neurons, one bias per
    # layer (bias[0] for the hidden neurons, bias[1] for the output ones), the error of output n E_n = 1/2 (t_n -
    # O_n)^2 (mseBackwardPass returns -(target - output)), E the sum; input [0.05, 0.1], targets [0.01, 0.99],
    # learningRate 0.5 (InitialVC.swift)
    "b116_tl": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"', loss="half_squared_error",
                            extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the C# SentimentAnalyser's NeuralNetwork (stored file 31448445151): sigmoid hidden and output layers with
    # biases, weightsInputHidden[i, j] and weightsHiddenOutput[j, k] input-first, error = expected - output and
    # outputDelta = error * output (1 - output): the step of half the squared error (the training loop prints
    # the sum of the squares); 10-8-3 there, 2-3-2 here
    "b116_cs": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Markdown execution guide of the same kind of network (stored file 31198158474): 16-12-3 sigmoid layers with
    # biases, the sentence's averaged embedding as the input; 2-3-2 here, learning rate 0.05 (the guide's)
    "b116_md": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.05\n"),
    # the TypeScript Brain (stored file 70142875132): tanh hidden and output layers with biases, w1 and w2 flat
    # arrays (w2[k * hiddenSize + j] joins hidden j to output k), outDelta = (target - out)(1 - out^2): half the
    # squared error's step; learningRate 0.05 by default
    "b116_ts": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "tanh"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.05\n"),
    # the Dart network commented in Portuguese (stored file 15006924287): sigmoid layers without biases,
    # weightsInputHidden[j][i] and weightsHiddenOutput[j][k] input-first, error = target - output; 10-20-3 there,
    # 3-4-2 here, learningRate 0.01
    "b116_dr": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra="\n[update]\nlearning_rate = 0.01\n"),
    # the Java loan model (stored file 3750214654): sigmoid layers with biases, W1[i][j] and W2[j][0] input-first,
    # one output, outputError = trueOutput - output (its comment says mean squared error; the step is half the
    # squared error's); 10-5-1 there, 3-4-1 here
    "b116_jm": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Lua network (stored file 20998307411, Nielsen's algorithm in its comments): sigmoid layers with biases,
    # the quadratic cost 0.5 |expected - output|^2, layers counted from 1 (the input) to L; a [2, 3, 2] network,
    # eta = 0.01
    "b116_lu": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # Dominic Steinitz's literate Haskell post (stored file 280160774): a_j = sum_{i=0} w_ij z_i (input-first, i = 0
    # the constant unit), tanh hidden units, linear outputs (y_hat_j = a_j), E = 1/2 ||y_hat - y||^2; one hidden
    # layer (the post's diagram), 2-3-3 here
    "b116_st": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 3\nactivation = "identity"',
                       loss="half_squared_error"),
    # the German seminar paper's chapter (stored file 36607254857): inputs x1, x2, hidden h1, h2, one output y, six
    # weights w1 ... w6 and no biases, f the activation (the sigmoid here), the error (y - y_hat)^2 and the MSE over
    # n data points (one here)
    "b116_de": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # the Kotlin PasswordNeuralNetwork (stored file 13732055063): tanh hidden units, one sigmoid output, biases,
    # weights1[i][j] output-first (hidden i, input j), weights2[i], error = target - output and outputDelta = error
    # * output (1 - output): half the squared error's step; 128-64-1 there, 3-4-1 here, learningRate 0.01
    "b116_kp": problem_text('inputs = 3\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
}

NOTATIONS = {
    # TLNeuralNetwork.swift's comments: W1 ... W4 the hidden weights (W1: i1 -> h1, W2: i2 -> h1, W3: i1 -> h2, W4:
    # i2 -> h2), W5 ... W8 the output ones (W5: h1 -> o1, W6: h2 -> o1, W7: h1 -> o2, W8: h2 -> o2), H1, H2 the hidden
    # outputs, O1, O2 the outputs, E1, E2 the outputs' errors; each dA_dB the derivative of A by B: dEn_dOn = On -
    # tn, dOn_dWm (On's slope times the hidden output Wm carries), dOn_dHm (On's slope times the weight from Hm),
    # dHm_dWp (Hm's slope times the input); dEn_dWm the derivative of En alone by Wm
    "b116_tl": r'''
[notation.symbols]
"dE1_dO1" = "a2[0] - y[0]"
"dE2_dO2" = "a2[1] - y[1]"
"dO1_dW5" = "a2[0]*(1 - a2[0])*a1[0]"
"dO1_dW6" = "a2[0]*(1 - a2[0])*a1[1]"
"dO2_dW7" = "a2[1]*(1 - a2[1])*a1[0]"
"dO2_dW8" = "a2[1]*(1 - a2[1])*a1[1]"
"dO1_dH1" = "a2[0]*(1 - a2[0])*W2[0, 0]"
"dO2_dH1" = "a2[1]*(1 - a2[1])*W2[1, 0]"
"dO1_dH2" = "a2[0]*(1 - a2[0])*W2[0, 1]"
"dO2_dH2" = "a2[1]*(1 - a2[1])*W2[1, 1]"
"dH1_dW1" = "a1[0]*(1 - a1[0])*x[0]"
"dH2_dW3" = "a1[1]*(1 - a1[1])*x[0]"
"dH2_dW4" = "a1[1]*(1 - a1[1])*x[1]"
"dE1_dW5" = "grad(W2[0, 0])"
"dE1_dW6" = "grad(W2[0, 1])"
"dE2_dW7" = "grad(W2[1, 0])"
"dE2_dW8" = "grad(W2[1, 1])"
"dE1_dW1" = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0, 0]*a1[0]*(1 - a1[0])*x[0]"
"dE2_dW1" = "(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1, 0]*a1[0]*(1 - a1[0])*x[0]"
"dE1_dW3" = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0, 1]*a1[1]*(1 - a1[1])*x[0]"
"dE2_dW4" = "(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1, 1]*a1[1]*(1 - a1[1])*x[1]"
''',
    # the C# NeuralNetwork's output loop (k an output): expected[k] the target, outputLayer[k] the output,
    # hiddenLayer[j] and inputLayer[i] the hidden outputs and inputs, weightsHiddenOutput[j, k] and
    # weightsInputHidden[i, j] input-first, biasOutput[k], biasHidden[j]; error = expected[k] - outputLayer[k];
    # outputDelta[k] and hiddenDelta[j] the code's deltas (-dE/dz: the updates add them); SigmoidDerivative(x) = x (1
    # - x), the slope written of the output
    "b116_cs": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
functions = { SigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"expected[k]" = "y[k]"
"outputLayer[k]" = "a2[k]"
"hiddenLayer[j]" = "a1[j]"
"inputLayer[i]" = "x[i]"
"error" = "y[k] - a2[k]"
"outputDelta[k]" = "-delta2[k]"
"hiddenDelta[j]" = "-delta1[j]"
"weightsHiddenOutput[j, k]" = "W2[k, j]"
"weightsInputHidden[i, j]" = "W1[j, i]"
"biasOutput[k]" = "b2[k]"
"biasHidden[j]" = "b1[j]"
''',
    # the same code's hidden loop: error the sum over k of outputDelta[k] weightsHiddenOutput[j, k], -dE/d(hidden
    # output j)
    "b116_csh": r'''
[notation]
indices = "ijk"
functions = { SigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"hiddenLayer[j]" = "a1[j]"
"error" = "-grad(a1[j])"
"hiddenDelta[j]" = "-delta1[j]"
''',
    # the Markdown guide: the same names, sentenceVector[i] the input (the averaged embedding), × the product
    "b116_md": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"sentenceVector[i]" = "x[i]"
"hiddenLayer[j]" = "a1[j]"
"outputDelta[k]" = "-delta2[k]"
"hiddenDelta[j]" = "-delta1[j]"
"weightsHiddenOutput[j, k]" = "W2[k, j]"
"weightsInputHidden[i, j]" = "W1[j, i]"
''',
    # the TypeScript Brain's output loop: targetOutput[k] the target, out[k] the output, hidden[j] the hidden
    # outputs, inputs[i] the inputs, this.w2[k * hiddenSize + j] the weight from hidden j to output k and
    # this.w1[j * inputSize + i] from input i to hidden j (flat arrays), this.b2[k], this.b1[j] the biases; error =
    # targetOutput[k] - out[k]; outDelta[k] and hiddenDelta[j] the code's deltas (-dE/dz: the updates add them)
    "b116_ts": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"targetOutput[k]" = "y[k]"
"out[k]" = "a2[k]"
"hidden[j]" = "a1[j]"
"inputs[i]" = "x[i]"
"error" = "y[k] - a2[k]"
"outDelta[k]" = "-delta2[k]"
"hiddenDelta[j]" = "-delta1[j]"
"this.w2[k * hiddenSize + j]" = "W2[k, j]"
"this.w1[j * inputSize + i]" = "W1[j, i]"
"this.b2[k]" = "b2[k]"
"this.b1[j]" = "b1[j]"
''',
    # the Brain's hidden loop: error the sum over k of outDelta[k] this.w2[k * hiddenSize + j], -dE/d(hidden output)
    "b116_tsh": r'''
[notation]
indices = "jk"
[notation.symbols]
"hidden[j]" = "a1[j]"
"error" = "-grad(a1[j])"
"hiddenDelta[j]" = "-delta1[j]"
''',
    # the Dart network: output[j] the outputs, hidden[j] the hidden outputs, inputData[i][j] input j of sample i
    # (one sample here), outputData[i][j] its target j, error[j] = target - output, outputDelta[j] and
    # hiddenDelta[j] the code's deltas (-dE/dz: the updates add them), weightsHiddenOutput[j][k] (hidden j to output
    # k) and weightsInputHidden[j][k] (input j to hidden k) input-first; sigmoidDerivative(x) = x (1 - x), the
    # slope written of the output
    "b116_dr": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"output[j]" = "a2[j]"
"hidden[j]" = "a1[j]"
"inputData[i][j]" = "x[j]"
"outputData[i][j]" = "y[j]"
"error[j]" = "y[j] - a2[j]"
"outputDelta[j]" = "-delta2[j]"
"hiddenDelta[j]" = "-delta1[j]"
"weightsHiddenOutput[j][k]" = "W2[k, j]"
"weightsInputHidden[j][k]" = "W1[k, j]"
''',
    # the Java loan model: input[j] the inputs, hiddenLayer[j] the hidden outputs, outputLayer[0] the output,
    # trueOutput the target, W1[j][k] (input j to hidden k) and W2[j][k] (hidden j to output k) input-first, b1[j],
    # b2[j]; outputError = trueOutput - output, outputDelta and hiddenDelta[j] the code's deltas (-dE/dz: the updates
    # add them), hiddenError[j] = -dE/d(hidden output j); sigmoidDerivative(x) = x (1 - x), of the output
    "b116_jm": r'''
[notation]
indices = "jk"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"input[j]" = "x[j]"
"hiddenLayer[j]" = "a1[j]"
"outputLayer[0]" = "a2[0]"
"trueOutput" = "y[0]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenError[j]" = "-grad(a1[j])"
"hiddenDelta[j]" = "-delta1[j]"
"W1[j][k]" = "W1[k, j]"
"W2[j][k]" = "W2[k, j]"
"b1[j]" = "b1[j]"
"b2[j]" = "b2[j]"
''',
    # the Lua network's comments (Nielsen's notation, layers counted from 1, the input): w^l and b^l the weights and
    # biases into layer l (output-first: w^l a^{l-1}), a^{x,l} the outputs of layer l for sample x (a^{x,1} the
    # input), \delta^{x, l} = dC_x/dz^l, C_x the sample's cost, m the number of samples (one here); the code's
    # lastOutput the output, expectedOutput the target, gradCost = dC/d(output)
    "b116_lu": r'''
[notation]
indices = "l"
loss = ["C_x", "C"]
[notation.symbols]
"w^{l}" = "W{l-1}[:, :]"
"b^{l}" = "b{l-1}[:]"
"a^{x,1}" = "x[:]"
"a^{x,l}" = "a{l-1}[:]"
"\\delta^{x, l}" = "delta{l-1}[:]"
"\\delta^{x, L}" = "delta2[:]"
"m" = "1"
"lastOutput" = "a2[:]"
"expectedOutput" = "y[:]"
"gradCost" = "grad(a2[:])"
''',
    # Steinitz's post: the derivation's unlayered names are the output layer's (its delta_j "for the output layer"):
    # w_ij from hidden unit i to output j, counted from 1, w_0j from the constant unit z_0 = 1 (the bias), a_j the
    # output's sum, z_i the hidden outputs, delta_j = -dE/da_j (the post's definition, \equiv), Delta w_ij =
    # -dE/dw_ij (the post's), y_hat_j the outputs, y_j the targets, M the number of hidden units, E the loss
    "b116_st": r'''
[notation]
indices = "ijl"
loss = ["E"]
[notation.symbols]
"w_{0j}" = "b2[j-1]"
"w_{ij}" = "W2[j-1, i-1]"
"a_{j}" = "z2[j-1]"
"z_{0}" = "1"
"z_{i}" = "a1[i-1]"
"\\delta_{j}" = "-delta2[j-1]"
"\\Delta w_{0j}" = "-grad(b2[j-1])"
"\\Delta w_{ij}" = "-grad(W2[j-1, i-1])"
"\\hat{y}_{j}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
"M" = "3"
''',
    # the German paper: x1, x2 the inputs, h1, h2 the hidden outputs, y_hat the output, y the target, w1 ... w6 the
    # weights (w1: x1 -> h1, w2: x2 -> h1, w3: x1 -> h2, w4: x2 -> h2, w5: h1 -> y, w6: h2 -> y, the usual order of such
    # a figure; the paper's figure is not in the text), f the activation (the sigmoid), delta the error (y - y_hat)^2
    # (the paper calls it "der Fehler"), MSE its mean over the n data points (one here), y_i and y_hat_i those of
    # data point i
    "b116_de": r'''
[notation]
indices = "i"
loss = ["MSE", "\\delta"]
functions = { f = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"\\hat{y}" = "a2[0]"
"\\hat{y_{i}}" = "a2[0]"
"y" = "y[0]"
"y_{i}" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"n" = "1"
''',
    # the Kotlin network's arrays: input the inputs, hidden the hidden outputs (tanh), output the output,
    # targetStrength the target, weights1 (weights1[i][j] from input j to hidden i), weights2 (weights2[i] from hidden i
    # to the output), bias1, bias2; error = target - output, outputDelta and hiddenDelta the code's deltas (-dE/dz:
    # the updates add them); sigmoidDerivative(x) = x (1 - x), of the output; tanhDerivative(x) = 1 - tanh(x)^2, the derivative at x
    "b116_kp": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output", tanhDerivative = "tanh' at input" }
[notation.symbols]
"targetStrength" = "y[0]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hidden" = "a1[:]"
"input" = "x[:]"
"weights2" = "W2[0, :]"
"bias2" = "b2[0]"
"hiddenDelta" = "-delta1[:]"
"weights1" = "W1[:, :]"
"bias1" = "b1[:]"
''',
}
