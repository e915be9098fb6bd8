"""The networks and notations of batch 100 of the held-out public formulas (tests/public_formulas_batch100.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b100_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # MrLolegic's FFNN.lua: inputs = 2, two hidden layers of 2 sigmoid units (hidden[1], hidden[2]) and one sigmoid
    # output, no biases, loss 0.5 * (prediction - target)^2, lr = 0.1; its sample inputs = {0.5, 0.1}, target = 0.4
    # (the weights are math.random())
    "b100_lua": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                             'units = 2\nactivation = "sigmoid"\nbias = "none"',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"',
                             loss="half_squared_error", extra=_data("[0.5, 0.1]", "[0.4]", 0.1)),
    # geloganu's XOR_4t_sigmoid.f (Fortran): OI's rows are the samples (0 0 1, ...), the third column the constant 1
    # (an input, no bias), W0 (3 x 4) and W1 (4 x 1) input-first, sigmoid throughout, ERROR = sum(0.5*(Y-O2)**2),
    # ALPHA = 11; one row, (0, 1, 1) with target 1
    "b100_fs": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="half_squared_error", extra=_data("[0.0, 1.0, 1.0]", "[1.0]", 11.0)),
    # its XOR_4t_tanh.f: the same with tanh throughout, ALPHA = 100
    "b100_ft": problem_text('inputs = 3\nunits = 4\nactivation = "tanh"\nbias = "none"',
                            'units = 1\nactivation = "tanh"\nbias = "none"',
                            loss="half_squared_error", extra=_data("[0.0, 1.0, 1.0]", "[1.0]", 100.0)),
    # larrytheliquid's Perceptron.hs (Haskell): a bias node 1.0 before the inputs and before the hidden nodes (the
    # neuron biases), sigmoid units, outputErrorTerm f'(o) (d - o) (-dE/dnet of the half squared error), learningRate
    # = 1.0; two inputs, two hidden units, one output
    "b100_hp": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 1.0\n"),
    # 89netraM's HaskellLab4 Network.hs: fmap sigmoid (multStd w layRes #- th), thresholds th subtracted (the bias is
    # -th), outputError a (1 - a) (label - a), learnRate = 0.1; a 2-2-1 network
    "b100_hn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    # enesdemirag's neuraldart neuralnetwork.dart: the forward pass sums value * weights[k] without the bias, sigmoid
    # units, derivative = output - target (the half squared error), learning_rate a parameter; a 2-2-1 network
    "b100_dn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # its utils.dart: sigmoid, its derivative and the squared error of one output
    "b100_du": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # animesh's ANN Program.cs (C#): Mazur's 2-2-2 example with input {0.5, 0.1} and targets {0.99, 0.01}, one bias
    # per layer (bias[0] = 0.35 for both hidden units, bias[1] = 0.6 for both outputs), inpw[j, i] and hidw[j, i]
    # output-first, sigmoid throughout, error += (outputr - outputc)^2 / 2, lr = 0.5
    "b100_cs": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                            'weights = [[0.15, 0.20], [0.25, 0.3]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                            'weights = [[0.4, 0.45], [0.5, 0.55]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.1]", "[0.99, 0.01]", 0.5)),
    # marinso's graphic-autoassiociator Neuron.swift: an autoassociator's sigmoid neurons (x the net input, y the
    # output), deltaInOutputLayer (y - answer) y (1 - y) of the half squared error; a 2-2-2 network
    "b100_sw": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # mtricolici's FFNNRuby math.rb: sigmoid, sigmoidDerivative of the output, calculate_delta error * f'(out); a
    # 2-2-1 network (layer.rb: sigmoid neurons with a bias)
    "b100_rb": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # jomof's nnsrs Math.kt (Kotlin): sigmoid and sigmoidPrime at a hidden unit's sum
    "b100_kt": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # FFNN.lua's forward and backward (Lua counts from 1): inputs[k] the input k, weights[1][k] the first layer's
    # weights (two, as hidden[1][1]'s line uses them: the first hidden unit's, from input k), weights[2][j][k] from
    # hidden[1][k] to hidden[2][j], weights[3][k] from hidden[2][k] to the output, hidden[l][k] the outputs, output
    # and prediction the network's output, target the label, d_prediction dL/d(prediction), d_output and
    # d_hidden[l][k] the units' dL/dz, lr the rate, loss the loss
    "b100_lua": r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
loss = ["loss"]
functions = { sigmoid_prime = "sigmoid' at output" }
[notation.symbols]
"inputs[k]" = "x[k-1]"
"weights[1][k]" = "W1[0, k-1]"
"weights[2][j][k]" = "W2[j-1, k-1]"
"weights[3][k]" = "W3[0, k-1]"
"hidden[1][k]" = "a1[k-1]"
"hidden[2][k]" = "a2[k-1]"
"output" = "a3[0]"
"prediction" = "a3[0]"
"target" = "y[0]"
"d_prediction" = "grad(a3[0])"
"d_output" = "grad(z3[0])"
"d_hidden[2][k]" = "grad(z2[k-1])"
"d_hidden[1][k]" = "grad(z1[k-1])"
''',
    # FFNN.lua's sigmoid at a hidden unit's sum x
    "b100_lua_f": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # FFNN.lua's sigmoid_prime, written of the unit's output x (called with prediction and hidden[l][k])
    "b100_lua_fo": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # XOR_4t_sigmoid.f and XOR_4t_tanh.f: OI the sample's row (one row here), Y its target, W0 (3 x 4) and W1 (4 x 1)
    # input-first, O1 and O2 the layers' outputs as rows, DELTA2 and DELTA1 the layers' dE/dnet as rows, ALPHA the
    # rate, ERROR the loss
    "b100_fs": r'''
[notation]
indices = "q"
learning_rate = ["ALPHA"]
loss = ["ERROR"]
[notation.symbols]
"OI" = "x[:].T"
"Y" = "y[:].T"
"W0" = "W1[:, :].T"
"W1" = "W2[:, :].T"
"O1" = "a1[:].T"
"O2" = "a2[:].T"
"DELTA1" = "delta1[:].T"
"DELTA2" = "delta2[:].T"
''',
    # Perceptron.hs's functions at the arguments backprop would pass them: weight the output's weight from the first
    # hidden node, errorTerm the output's error term -dE/dnet, node the first hidden node's output; hiddenNode the
    # first hidden node, outputErrorTerms the outputs' error terms, outputWeights their weights from it;
    # desiredOutput the target, outputNode the output; actualOutput' the first hidden node's output, n its sum;
    # actualOutputDerivative the sigmoid's slope written of the output, activate the sigmoid
    "b100_hp": r'''
[notation]
indices = "q"
learning_rate = ["learningRate"]
functions = { actualOutputDerivative = "sigmoid' at output", activate = "sigmoid" }
[notation.symbols]
"weight" = "W2[0, 0]"
"errorTerm" = "-delta2[0]"
"node" = "a1[0]"
"hiddenNode" = "a1[0]"
"outputErrorTerms" = "-delta2[:]"
"outputWeights" = "W2[:, 0]"
"desiredOutput" = "y[0]"
"outputNode" = "a2[0]"
"actualOutput'" = "a1[0]"
"n" = "z1[0]"
''',
    # Network.hs's sigmoidprim at a hidden unit's sum x
    "b100_hn_f": r'''
[notation]
indices = "q"
functions = { sigmoidprim = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # Network.hs's forward of the hidden layer: w its weights (nOut x nIn), th its thresholds (the bias is -th),
    # layRes the input (a column)
    "b100_hn_fw": r'''
[notation]
indices = "q"
[notation.symbols]
"w" = "W1[:, :]"
"th" = "-b1[:]"
"layRes" = "x[:]"
''',
    # Network.hs's gradient (a lambda of the output x) and outputError at the output layer: lab the label, layRes the
    # output
    "b100_hn_o": r'''
[notation]
indices = "q"
functions = { gradient = "sigmoid' at output" }
[notation.symbols]
"x" = "a2[0]"
"lab" = "y[:]"
"layRes" = "a2[:]"
''',
    # Network.hs's backward and updateWeights at the output layer's weights, as its comments give the shapes: err the
    # output's error (1 x nOut, outputError's -dE/dnet), w the weights (nOut x nIn), layRes the hidden layer's
    # outputs (1 x nIn), learnRate the rate
    "b100_hn": r'''
[notation]
indices = "q"
learning_rate = ["learnRate"]
functions = { gradient = "sigmoid' at output" }
[notation.symbols]
"err" = "-delta2[:].T"
"w" = "W2[:, :]"
"layRes" = "a1[:].T"
''',
    # neuralnetwork.dart's forward at the loop's pass i = 1, j = 0 (the first hidden neuron): nn.layers[0] the input
    # layer (inserted before the others), nn.layers[l].neurons[m].value the outputs, .weights[k] the weight from
    # neuron k of the layer before, sum the neuron's weighted sum, utils.sigmoid the sigmoid
    "b100_dn_f": r'''
[notation]
indices = "klm"
functions = { "utils.sigmoid" = "sigmoid" }
[notation.symbols]
"i" = "1"
"j" = "0"
"nn.layers[0].neurons[k].value" = "x[k]"
"nn.layers[l].neurons[m].value" = "a{l}[m]"
"nn.layers[l].neurons[m].weights[k]" = "W{l}[m, k]"
"sum" = "z1[0]"
''',
    # its backward, the output layer's loop at i = 0 (the one output) and j = 0 (its first weight):
    # output_layer_index the last layer (2), output and target, derivative dE/d(output), delta the output's dE/dnet,
    # previous_output the first hidden neuron's output, error dE/d(weight j), weights_old the updated weights
    "b100_dn_o": r'''
[notation]
indices = "klm"
learning_rate = ["learning_rate"]
[notation.symbols]
"output_layer_index" = "2"
"i" = "0"
"j" = "0"
"nn.layers[l].neurons[m].weights[k]" = "W{l}[m, k]"
"nn.layers[l].neurons[m].weights_old[k]" = "new(W{l}[m, k])"
"output" = "a2[0]"
"target" = "y[0]"
"derivative" = "grad(a2[0])"
"delta" = "grad(z2[0])"
"previous_output" = "a1[0]"
"error" = "grad(W2[0, 0])"
''',
    # its hidden layers' loop at i = 1, j = 0, k = 0 and sumGradient's sum for n_index = 0: output the hidden
    # neuron's output, gradient_sum dE/d(its output), delta its dE/dnet, previous_output the input k, error
    # dE/d(weight k), current_neuron the output neuron (its weights[n] and its gradient, dE/dnet)
    "b100_dn_h": r'''
[notation]
indices = "lmp"
learning_rate = ["learning_rate"]
[notation.symbols]
"i" = "1"
"j" = "0"
"k" = "0"
"n_index" = "0"
"nn.layers[l].neurons[m].weights[p]" = "W{l}[m, p]"
"nn.layers[l].neurons[m].weights_old[p]" = "new(W{l}[m, p])"
"output" = "a1[0]"
"gradient_sum" = "grad(a1[0])"
"delta" = "grad(z1[0])"
"previous_output" = "x[0]"
"error" = "grad(W1[0, 0])"
"current_neuron.weights[p]" = "W2[0, p]"
"current_neuron.gradient" = "grad(z2[0])"
''',
    # utils.dart: x a hidden unit's sum, output and target the output and the label, squaredError the loss
    "b100_du": r'''
[notation]
loss = ["squaredError"]
functions = { sigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
"output" = "a2[0]"
"target" = "y[0]"
''',
    # Program.cs: input[i], hidden[i], outputc[i] the outputs, outputr[i] the targets, inpw[j, i] and hidw[j, i]
    # output-first, lr the rate, error the loss (summed over the outputs)
    "b100_cs": r'''
[notation]
indices = "ijk"
learning_rate = ["lr"]
loss = ["error"]
[notation.symbols]
"input[i]" = "x[i]"
"hidden[i]" = "a1[i]"
"outputc[i]" = "a2[i]"
"outputr[i]" = "y[i]"
"inpw[j, i]" = "W1[j, i]"
"hidw[j, i]" = "W2[j, i]"
''',
    # Program.cs's input-to-hidden loop at j = 0 (the first hidden unit): delin the sum over the outputs k, dE/d(its
    # output)
    "b100_cs_j0": r'''
[notation]
indices = "ik"
learning_rate = ["lr"]
[notation.symbols]
"j" = "0"
"input[i]" = "x[i]"
"hidden[i]" = "a1[i]"
"outputc[k]" = "a2[k]"
"outputr[k]" = "y[k]"
"inpw[k, i]" = "W1[k, i]"
"hidw[k, i]" = "W2[k, i]"
"delin" = "grad(a1[0])"
''',
    # Neuron.swift, an output neuron (the first): self.x its net input, self.y its output, self.delta its dE/dnet,
    # correct_answer its target
    "b100_sw": r'''
[notation.symbols]
"self.x" = "z2[0]"
"self.y" = "a2[0]"
"self.delta" = "grad(z2[0])"
"correct_answer" = "y[0]"
''',
    # math.rb's sigmoid at a hidden unit's sum x
    "b100_rb_f": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # math.rb's sigmoidDerivative, written of the unit's output x (calculate_delta passes outArr[i])
    "b100_rb_fo": r'''
[notation]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # math.rb's calculate_delta at the output layer: err the output's error target - output, outArr[i] the outputs,
    # result[i] the output's error term -dE/dnet
    "b100_rb": r'''
[notation]
indices = "i"
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"err" = "y[0] - a2[0]"
"outArr[i]" = "a2[i]"
"result[i]" = "-delta2[i]"
''',
    # Math.kt: value a hidden unit's sum, sigmoidPrime the sigmoid's derivative at its input
    "b100_kt": r'''
[notation]
functions = { sigmoidPrime = "sigmoid' at input" }
[notation.symbols]
"value" = "z1[0]"
''',
}
