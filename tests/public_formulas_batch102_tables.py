"""The networks and notations of batch 102 of the held-out public formulas (tests/public_formulas_batch102.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b102_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # burakyilmaz321's neural_network.R: a1 the iris rows with a first column of ones (the bias as an input, no
    # biases), w1 (5 x 4) and w2 (4 x 3) input-first, sigmoid throughout (sigm), d2 = (a3 - y) a3 (1 - a3) (the half
    # squared error's dE/dnet), e = (y - a3)**2 / (2 * N), the rate 0.5 written in the updates
    "b102_r": problem_text('inputs = 5\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                           'units = 3\nactivation = "sigmoid"\nbias = "none"',
                           loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.5\n"),
    # BenSecret's Simple_neural_net.cpp (C++ with Eigen): X's rows the samples (0 0 1, ...: the third column the
    # constant 1, an input), synapse_0 (3 x 4) and synapse_1 (4 x 1) input-first, sigmoid, no biases, layer_2_error
    # = layer_2 - y (the half squared error's dE/da), alpha = 1; one row, (0, 1, 1) with target 1
    "b102_cpp": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"',
                             loss="half_squared_error", extra=_data("[0.0, 1.0, 1.0]", "[1.0]", 1.0)),
    # anshm42's neuralnet (C++ with Eigen): layers of sigmoid units with a bias each, weights (in x out), the
    # mean squared error over the outputs (functions.hpp's MSE, its dMSE); a 2-2-2 network
    "b102_an": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="mean_squared_error"),
    # the stored TypeScript backprop helpers: sigmoid hidden layers, a softmax output with the cross-entropy
    # (errors = target - output at the output), deltas -dL/dz, the steps added to the weights; a 2-3-3 network
    "b102_ts": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # the stored Scala NeuralNetwork: a bias of 1 put before each layer's inputs (the weight k = 0 the bias),
    # 1.0 / (1 + Math.pow(Math.E, -1 * nodeInput)) units, delta_k = O_k (1 - O_k) (O_k - T_k) (the half squared
    # error's dE/dnet), weight adjustments l1 * e * -1 * learningFactor; a 2-2-1 network
    "b102_sc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # InfiniteCodeMonkeys' neural-net/main.go (Go, gonum): sigmoid and sigmoidPrime; wHidden, bHidden, wOut, bOut
    "b102_go": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Markonis' BrainElixir sigmoid.ex (Elixir): the sigmoid's value and its derivative at a unit's sum
    "b102_ex": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # RandyRDavila's activation_functions.jl (Julia): σ and dσ at a unit's sum
    "b102_jl": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # mezeitune's BaseNeuralNetwork package.scala (Scala): sigmoid and sigmoidGradient at a unit's sum
    "b102_mz": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # tomazvila's NeuralNetwork.scala (Scala, Breeze): one layer, h = x * w1 (x a row, w1 input-first), y =
    # sigmoid(h), no bias, lossGradient 2 (y - tgt): the squared error's dL/dy; two inputs, two outputs
    "b102_tz": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # the stored Clojure faster-nn: the test's network 2-3-4-1 ("taken from the Python library", Nielsen's network.py:
    # sigmoid throughout, a bias per neuron, the quadratic cost's a - y), its weights and biases, inputs [3 4],
    # outputs [5], the rate 0.001 of its training
    "b102_clj": problem_text(
        'inputs = 2\nunits = 3\nactivation = "sigmoid"\n'
        'weights = [[0.3130677, -0.85409574], [-2.55298982, 0.6536186], [0.8644362, -0.74216502]]\n'
        'biases = [0.14404357, 1.45427351, 0.76103773]',
        'units = 4\nactivation = "sigmoid"\n'
        'weights = [[2.26975462, -1.45436567, 0.04575852], [-0.18718385, 1.53277921, 1.46935877], '
        '[0.15494743, 0.37816252, -0.88778575], [-1.98079647, -0.34791215, 0.15634897]]\n'
        'biases = [0.12167502, 0.44386323, 0.33367433, 1.49407907]',
        'units = 1\nactivation = "sigmoid"\n'
        'weights = [[1.23029068, 1.20237985, -0.38732682, -0.30230275]]\n'
        'biases = [-0.20515826]',
        loss="half_squared_error", extra=_data("[3.0, 4.0]", "[5.0]", 0.001)),
}

NOTATIONS = {
    # neural_network.R's training loop (R: rows are samples, %*% the matrix product, t() the transpose, * entrywise):
    # a1 the row of inputs (its first entry the constant 1), w1 and w2 input-first, a2 and a3 the layers' outputs, y
    # the row of targets, d2 and d1 the layers' dE/dnet, N the number of rows (one here), e the loss's entries
    "b102_r": r'''
[notation]
indices = "q"
loss = ["e"]
functions = { sigm = "sigmoid" }
[notation.symbols]
"N" = "1"
"a1" = "x[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"a2" = "a1[:].T"
"a3" = "a2[:].T"
"y" = "y[:].T"
"d2" = "delta2[:].T"
"d1" = "delta1[:].T"
''',
    # neural_network.R's sigm at a hidden unit's sum x
    "b102_r_f": r'''
[notation]
functions = { sigm = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # neural_network.R's test: test_x a row of inputs, pred the outputs
    "b102_r_t": r'''
[notation]
indices = "q"
functions = { sigm = "sigmoid" }
[notation.symbols]
"test_x" = "x[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"pred" = "a2[:].T"
''',
    # Simple_neural_net.cpp's loop (Eigen: * the matrix product, .array() * entrywise, .transpose()): layer_0 and X
    # the row of inputs, synapse_0 and synapse_1 input-first, layer_1 and layer_2 the layers' outputs (rows), y the
    # target, layer_2_error dE/d(output), layer_2_delta and layer_1_delta the layers' dE/dnet, layer_1_error
    # dE/d(the hidden outputs), alpha the rate, sigmoidDerivative the sigmoid's slope written of the output
    "b102_cpp": r'''
[notation]
indices = "q"
learning_rate = ["alpha"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"layer_0" = "x[:].T"
"synapse_0" = "W1[:, :].T"
"synapse_1" = "W2[:, :].T"
"layer_1" = "a1[:].T"
"layer_2" = "a2[:].T"
"y" = "y[:].T"
"layer_2_error" = "grad(a2[:]).T"
"layer_2_delta" = "delta2[:].T"
"layer_1_error" = "grad(a1[:]).T"
"layer_1_delta" = "delta1[:].T"
''',
    # Simple_neural_net.cpp's sigmoid at a hidden unit's sum v
    "b102_cpp_f": r'''
[notation.symbols]
"v" = "z1[0]"
''',
    # Simple_neural_net.cpp's sigmoidDerivative, written of the unit's output v (called with layer_2 and layer_1)
    "b102_cpp_fo": r'''
[notation]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"v" = "a1[0]"
''',
    # functions.hpp: sigmoid and dSigmoid at the hidden layer's sums v; MSE and dMSE at the arguments network.hpp
    # passes them, dMSE(output, target): its first argument (target) the output, its second (real) the target
    "b102_an_f": r'''
[notation]
indices = "q"
loss = ["MSE"]
functions = { dSigmoid = "sigmoid' at input" }
[notation.symbols]
"v" = "z1[:]"
"target" = "a2[:]"
"real" = "y[:]"
''',
    # layer.hpp's Layer, the hidden layer (the first): input the inputs, weights (in x out) and biases, y its sums
    # (values), activations its outputs, delta its dE/dnet (set by network.hpp), lr the rate
    "b102_an_l": r'''
[notation]
indices = "q"
learning_rate = ["lr"]
functions = { dSigmoid = "sigmoid' at input" }
[notation.symbols]
"input" = "x[:]"
"weights" = "W1[:, :].T"
"biases" = "b1[:]"
"y" = "z1[:]"
"values" = "z1[:]"
"activations" = "a1[:]"
"delta" = "delta1[:]"
''',
    # network.hpp's backward for a 2-2-2 network (i = 0, the hidden layer, in the loop): output and target, error
    # dE/d(output), delta the output layer's dE/dnet, nextWeights the output layer's weights (in x out), nextDelta
    # its dE/dnet, hiddenError dE/d(the hidden outputs), layers[i].getActivations() the hidden outputs, dHidden their
    # activation's slope, dSigmoid as functions.hpp defines it (at its argument)
    "b102_an_n": r'''
[notation]
indices = "q"
functions = { dSigmoid = "sigmoid' at input" }
[notation.symbols]
"output" = "a2[:]"
"target" = "y[:]"
"error" = "grad(a2[:])"
"delta" = "delta2[:]"
"nextWeights" = "W2[:, :].T"
"nextDelta" = "delta2[:]"
"hiddenError" = "grad(a1[:])"
"dHidden" = "a1[:]*(1 - a1[:])"
''',
    # the TypeScript helpers' output layer (softmax with the cross-entropy): outputs and output the softmax
    # outputs, targets and target the one-hot targets, z the output layer's sums, errors and δ its -dL/dz
    "b102_ts_o": r'''
[notation]
indices = "q"
[notation.symbols]
"outputs" = "a2[:]"
"output" = "a2[:]"
"targets" = "t[:]"
"target" = "t[:]"
"z" = "z2[:]"
"errors" = "-delta2[:]"
"δ" = "-delta2[:]"
''',
    # the TypeScript helpers' hidden layer (sigmoid): errors and error_i -dL/d(its outputs), δ and δ_i its -dL/dz,
    # y and y_i its outputs, x the inputs, ΔW and Δb the steps added to its weights and biases, lr the rate,
    # δ_next[j] and nextLayerDeltas the output layer's -dL/dz, W[j][i] and weightsCurrentToNext the weights from
    # this layer to the next (output-first), f'(y) and σ'(y_i) the sigmoid's slope written of the output
    # (backpropHiddenLayer's Matrix.map(currentLayer, dsigmoid)): f' and σ' declared at the output (added in session
    # 36, 2026-12-07, after review)
    "b102_ts_h": r'''
[notation]
indices = "ij"
learning_rate = ["lr"]
functions = { "f" = "sigmoid", "f'" = "sigmoid' at output", "\\sigma'" = "sigmoid' at output" }
[notation.symbols]
"errors" = "-grad(a1[:])"
"error_{i}" = "-grad(a1[i])"
"δ" = "-delta1[:]"
"δ_{i}" = "-delta1[i]"
"y" = "a1[:]"
"y_{i}" = "a1[i]"
"x" = "x[:]"
"ΔW" = "-eta*grad(W1[:, :])"
"Δb" = "-eta*grad(b1[:])"
"δ_next[j]" = "-delta2[j]"
"W[j][i]" = "W2[j, i]"
"nextLayerDeltas" = "-delta2[:]"
"weightsCurrentToNext" = "W2[:, :]"
''',
    # the Scala comment's steps at one unit of each layer of a 2-2-1 network: k the output node, j the first hidden
    # node (O_k, O_j their outputs, T_k the target, delta_k and delta_j their dE/dnet, Wjk the weight from j to k)
    "b102_sc": r'''
[notation]
indices = "q"
[notation.symbols]
"O_k" = "a2[0]"
"T_k" = "y[0]"
"delta_k" = "grad(z2[0])"
"O_j" = "a1[0]"
"delta_j" = "grad(z1[0])"
"Wjk" = "W2[0, 0]"
''',
    # the Scala comment's weight update at the output layer (i = 1): weight_update(i)(j)(k) the change of the weight
    # from node k of layer 1 to node j of layer 2, node 0 the bias 1 (layerInput = 1 :: o), delta_j the receiving
    # node's dE/dnet, O_k the sending node's output (O_0 the bias's 1), etta the rate
    "b102_sc_u": r'''
[notation]
indices = "jk"
learning_rate = ["etta"]
[notation.symbols]
"delta_j" = "grad(z2[j])"
"O_0" = "1"
"O_k" = "a1[k-1]"
''',
    # the Scala calculateOutput at the first hidden node: nodeInput its sum (the bias weight times 1 included),
    # nodeOutput its output
    "b102_sc_f": r'''
[notation.symbols]
"nodeInput" = "z1[0]"
"nodeOutput" = "a1[0]"
''',
    # main.go's sigmoid and sigmoidPrime at a hidden unit's sum x
    "b102_go": r'''
[notation]
functions = { sigmoidPrime = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # sigmoid.ex's value and deriv at a hidden unit's sum x (e the constant it binds, Euler's number)
    "b102_ex": r'''
[notation]
functions = { value = "sigmoid", deriv = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # activation_functions.jl's σ and dσ at a hidden unit's sum v
    "b102_jl": r'''
[notation]
functions = { "dσ" = "sigmoid' at input" }
[notation.symbols]
"v" = "z1[0]"
''',
    # package.scala's sigmoid and sigmoidGradient at a hidden unit's sum x
    "b102_mz": r'''
[notation]
functions = { sigmoidGradient = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # NeuralNetwork.scala (Breeze): x the row of inputs, w1 input-first, h the sums, y the outputs, tgt the targets,
    # lossGradient dL/d(the outputs)
    "b102_tz": r'''
[notation]
indices = "q"
[notation.symbols]
"x" = "x[:].T"
"w1" = "W1[:, :].T"
"h" = "z1[:].T"
"y" = "a1[:].T"
"tgt" = "y[:].T"
"lossGradient" = "grad(a1[:]).T"
''',
    # faster-nn's sigmoid and sigmoid' at a unit's sum z
    "b102_clj_f": r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
''',
    # faster-nn's test: (activation (feedforward nn [3 4])) the network's output on the inputs 3 and 4, which no
    # pattern can name (a call is not one symbol: the loader refuses "(activation (feedforward nn [3 4]))"); the
    # table says only that no letter is an index
    "b102_clj": r'''
[notation]
indices = "q"
''',
}
