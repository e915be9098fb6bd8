"""The networks and notations of batch 120 of the held-out public formulas (tests/public_formulas_batch120.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b120_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # Wkalmar's fsharp-11-line-neural-network (Part2Unminified.fsx, Trask's 11-line network in F#): X the samples as
    # rows (its third column a constant 1, an input of its own), layer1 = sigmoid (layer0 * w0) with w0 3 x 4,
    # layer2 = sigmoid (layer1 * w1) with w1 4 x 1, no biases, layer2error = Y - layer2 and updates w + ... (the step
    # of half the squared error at a rate of 1); one sample here
    "b120_fs": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1)),
    # the Nim nn.nim (stored file 11922554281, Nielsen's network2 in Nim): sigmoid layers with biases,
    # cost_derivative(a, b) = a - b (half the squared error), sizes [img_sz, 30, 10] there, [2, 3, 2] here, eta 0.3
    # (SGD's default and the call's)
    "b120_nim": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                             loss="half_squared_error", extra=_rate(0.3)),
    # vothane's exmachina neural_network.exs (Elixir): sigmoid neurons, each neuron's weight list ending with its
    # bias (inputs ++ [1]), output_deltas = output (1 - output)(output - actual) and weights - delta * input (half
    # the squared error, no rate: 1); the test's XOR network is 2-2-1, 2-3-2 here
    "b120_ex": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(1)),
    # the Ruby Backpropagation (stored file 21691261): sigmoid neurons with bias neurons, error = output - desired
    # and delta = -error * d_activation(sum) (half the squared error's step; global_error the mean of the squares),
    # $LEARNING_RATE = 0.7 (and a momentum no problem file holds); 2-3-2 here
    "b120_rb": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.7)),
    # the Haskell module Backward (stored file 38402377350): output error output - target, deltas error times the
    # activation's derivative, weight - learningRate * delta * neuronOutput; sigmoid neurons with biases, one
    # output here (2-3-1)
    "b120_hs": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Fortran mod_layers (stored file 11930337712): layers z = matmul(W, input) + b, an activation f in the hidden
    # layers (the sigmoid here), the regression output layer without f (output = z), delta = output - y (half the
    # squared error), W - learning_rate * grad_W; 3-4-2 here
    "b120_ft": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # Rodinia's back-propagation benchmark in Futhark (stored file 28199491448): squash (the sigmoid) in both layers,
    # a bias in row 0 of each weight matrix, delta = o (1 - o)(t - o) (half the squared error's step), eta 0.3 (and a
    # momentum 0.3 no problem file holds); n_hid 16, one output there, 3-4-1 here
    "b120_fu": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.3)),
    # the OCaml network (stored file 10028605903): w.(j).(i) from input i to output j, sigmoid layers, no biases,
    # d = (y - o) y (1 - y) with o the expected output, descent w + (-rate) dy (half the squared error; the error
    # function prints d^T d), rate 0.2 (fit's default); 2-3-2 here
    "b120_oc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.2)),
    # the F# module Backpropagation (stored file 11003316076, after Nielsen's BP1-BP4): sigmoid layers with biases,
    # cost' activations expectedValues = activations - expectedValues (half the squared error); 2-3-2 here
    "b120_fm": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Clojure ch4-neural-networks nn.clj (stored file 26083795375): sigmoid neurons whose weight vectors end with
    # the bias (concat ... [1]), output-deltas (df o)(o - actual) with df the derivative given the output, updates n -
    # d o (half the squared error, no rate: 1); 2-2-2 here
    "b120_cl": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(1)),
    # cameroncuster's learn_neural_networks (a single-layer "vanilla perceptron" in C, update_weights.C and
    # network_response.C): x[0] = 1 the bias's input, w[i][j] to output i from input j ([to][from]), sigmoid outputs,
    # one-hot targets, delta = o (1 - o)(desired - o) (half the squared error's step; find_error sums the squares),
    # eta 0.2 (constant.h); maxin 14 inputs and maxout 26 outputs there, 2 and 3 here
    "b120_cc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', loss="half_squared_error",
                            extra=_rate(0.2)),
    # the Scala ml.playground Neuron (stored file 31765331852, after Mazur's step-by-step example): logistic neurons
    # with a bias, the error 0.5 (target - output)^2 of each output (half the squared error); Mazur's 2-2-2 here
    "b120_sn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Scala NN after machinelearningmastery's tutorial (stored file 28340979570): sigmoid neurons whose last
    # weight is the bias, errorDelta = output (1 - output)(expected - output) (the step of half the squared error;
    # sumError prints the sum of the squares), learningRate 0.5; nInput 2, 2 outputs, a 2-2-2 network here
    "b120_sc": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # hvsummer's NeuralNetwork.vb (VB.NET): neurons with a bias and weights, Layers(0) the inputs, ActiveF and ErrorS
    # (the sigmoid and its slope written of the output), .Delta = ErrorS (target - value) (the step of half the
    # squared error; MSE = 0.5 sum (target - value)^2 / OutputNum), updates .Bias + LearningRate * .Delta and a
    # Momentum (0 here: no problem file holds one); sigmoid layers 2-3-2 here
    "b120_vb": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Perl backward_pass (stored file 14847008013): sigmoid neurons whose weight 0 is the bias, the first layer
    # fed the inputs, the function's code and a constant 1, one sigmoid output, deltas output (1 - output)(target -
    # output) and += updates (half the squared error; the epoch's error the sum of the squares over 2N); 2 inputs, the
    # code and the 1 (4 inputs), 3 hidden neurons here
    "b120_pl": _layers('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the F# network: the samples as rows (one here), layer0 = X the input row, layer1 and layer2 the hidden and
    # output rows, Y the target, w0 and w1 input-first (layer0 * w0), layer2error = Y - layer2, layer2delta and
    # layer1delta the code's deltas (-dE/dz: the update adds them), layer1error = -dE/d(layer1);
    # sigmoid' x = x .* (1 - x), the slope written of the output
    "b120_fs": r'''
[notation]
functions = { "sigmoid'" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"layer0" = "x[:].T"
"layer1" = "a1[:].T"
"layer2" = "a2[:].T"
"Y" = "y[:].T"
"w0" = "W1[:, :].T"
"w1" = "W2[:, :].T"
"layer2error" = "y[:].T - a2[:].T"
"layer2delta" = "-delta2[:].T"
"layer1error" = "-grad(a1[:]).T"
"layer1delta" = "-delta1[:].T"
''',
    # the Nim backpropagation's output part (Nielsen's): activations[^1] the output, activations[^2] the hidden
    # outputs (Nim's ^ counts from the end), zs[^1] the output's sums, test_data the sample's target, delta =
    # dC/dz of the output layer, deltaB[^1] and deltaW[^1] the last layer's gradients; cost_derivative(a, b) = a - b,
    # sigmoid_prime the sigmoid's derivative at its argument; .** the outer product
    "b120_nim": r'''
[notation]
functions = { cost_derivative = "half_squared_error' by output(prediction, target)", sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"activations[^1]" = "a2[:]"
"activations[^2]" = "a1[:]"
"zs[^1]" = "z2[:]"
"test_data" = "y[:]"
"delta" = "delta2[:]"
"deltaB[^1]" = "grad(b2[:])"
"deltaW[^1]" = "grad(W2[:, :])"
''',
    # the Nim loop over l = 2 ..< nlayers (l = 2 alone on a network of one hidden layer): zs[^l] the hidden sums,
    # sp their sigmoid_prime, delta the hidden layer's dC/dz, deltaB[^l] and deltaW[^l] its gradients,
    # activations[^(l+1)] the input, nn.w[^(l-1)] the output layer's weights
    "b120_nimh": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"zs[^l]" = "z1[:]"
"sp" = "a1[:]*(1 - a1[:])"
"delta" = "delta1[:]"
"deltaB[^l]" = "grad(b1[:])"
"deltaW[^l]" = "grad(W1[:, :])"
"activations[^(l+1)]" = "x[:]"
"nn.w[^(l-1)]" = "W2[:, :]"
''',
    # the Elixir network: outputs and hidden_outputs the layers' outputs, actuals the targets, output_deltas =
    # dE/dz of the outputs, hidden_deltas of the hidden units, output_neuron the weights of output i (hidden j, then
    # the bias), hidden_neuron those of hidden unit i (input j, then the bias), output and hidden_output a unit's
    # output, input an input; dot the inner product
    "b120_ex": r'''
[notation]
functions = { dot = "dot" }
[notation.symbols]
"outputs" = "a2[:]"
"actuals" = "y[:]"
"output" = "a2[i]"
"output_deltas" = "delta2[:]"
"hidden_deltas" = "delta1[:]"
"List.get(actuals, i)" = "y[i]"
"List.get(output_deltas, i)" = "delta2[i]"
"List.get(hidden_deltas, i)" = "delta1[i]"
"List.get(output_neuron, j)" = "W2[i, j]"
"List.get(hidden_neuron, j)" = "W1[i, j]"
"hidden_outputs" = "a1[:]"
"hidden_output" = "a1[j]"
"input" = "x[j]"
''',
    # the Elixir hidden_deltas: hidden_output the output of hidden unit i, n the weights of an output neuron
    "b120_exh": r'''
[notation]
functions = { dot = "dot" }
[notation.symbols]
"hidden_outputs" = "a1[:]"
"hidden_output" = "a1[i]"
"hidden_deltas" = "delta1[:]"
"output_deltas" = "delta2[:]"
"List.get(n, i)" = "W2[:, i]"
''',
    # the Ruby calculate_deltas (output layer, index the output): neuron.output and neuron.sum the output and its
    # sum, desired_results the targets, error = output - desired, neuron.delta the code's delta (-dE/dz: the
    # gradient is input * delta and the change is added); d_activation(x) = the sigmoid's derivative at x
    "b120_rb": r'''
[notation]
indices = "k"
index_names = { index = "k" }
functions = { d_activation = "sigmoid' at input" }
[notation.symbols]
"neuron.output" = "a2[k]"
"neuron.sum" = "z2[k]"
"desired_results[k]" = "y[k]"
"error" = "a2[k] - y[k]"
"neuron.delta" = "-delta2[k]"
''',
    # the Haskell module's output functions, for the one output neuron and the weight from hidden neuron 1 (the
    # first): target, output, error' = output - target, activationDerivative the sigmoid's slope at the output,
    # delta = dE/dz, weight and bias' the weight and the output's bias, neuronOutput the hidden output it carries;
    # each function written with its parameters is the quantity it computes
    "b120_hs": r'''
[notation]
learning_rate = ["learningRate"]
[notation.symbols]
"target" = "y[0]"
"output" = "a2[0]"
"error'" = "a2[0] - y[0]"
"activationDerivative" = "a2[0]*(1 - a2[0])"
"delta" = "delta2[0]"
"weight" = "W2[0, 0]"
"neuronOutput" = "a1[0]"
"bias'" = "b2[0]"
"calculateOutputError target output" = "a2[0] - y[0]"
"calculateOutputDelta" = "delta2[0]"
"updateWeight weight learningRate delta neuronOutput" = "new(W2[0, 0])"
"updateBias" = "new(b2[0])"
''',
    # the Haskell hidden functions, for hidden neuron 1 (the first): nextWeight the weight from it to the output,
    # nextDelta the output's delta, activationDerivative its slope, error' the error reaching it (dE/d its output)
    "b120_hsh": r'''
[notation]
[notation.symbols]
"nextWeight" = "W2[0, 0]"
"nextDelta" = "delta2[0]"
"activationDerivative" = "a1[0]*(1 - a1[0])"
"error'" = "grad(a1[0])"
"calculateHiddenError nextWeight nextDelta activationDerivative" = "delta1[0]"
"calculateHiddenDelta" = "delta1[0]"
''',
    # the Fortran layer, self the output (regression) layer: self%output, self%z, self%delta = dE/dz, self%W,
    # self%b and their gradients self%grad_W, self%grad_b (one sample's), y the target
    "b120_ft": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"self%output" = "a2[:]"
"self%z" = "z2[:]"
"self%delta" = "delta2[:]"
"y" = "y[:]"
"self%W" = "W2[:, :]"
"self%b" = "b2[:]"
"self%grad_W" = "grad(W2[:, :])"
"self%grad_b" = "grad(b2[:])"
''',
    # the Fortran hidden_back_prop, self the hidden layer and next_layer the output one, j counted from 1:
    # self%f_diff(j) the activation's slope at unit j's sum; dot_product the inner product
    "b120_fth": r'''
[notation]
functions = { dot_product = "dot" }
[notation.symbols]
"self%delta(j)" = "delta1[j-1]"
"next_layer%delta" = "delta2[:]"
"next_layer%W" = "W2[:, :]"
"self%f_diff(j)" = "a1[j-1]*(1 - a1[j-1])"
''',
    # the Futhark bpnn_output_error (o an output, t its target, d the code's delta, -dE/dz: the weights add
    # eta * delta * ly) and bpnn_hidden_error (hidden_el a hidden output, sumrow the sum of delta_o times its
    # weights, -dE/d(hidden_el), new_el its delta), the lambdas' names over the whole layers
    "b120_fu": r'''
[notation]
[notation.symbols]
"o" = "a2[:]"
"t" = "y[:]"
"d" = "-delta2[:]"
"hidden_el" = "a1[:]"
"sumrow" = "-grad(a1[:])"
"new_el" = "-delta1[:]"
''',
    # the OCaml backpropagate's last step ([], [y]): y the output, o the expected output, d = dE/dz of the output;
    # #- the difference, #* the product entry by entry, #@ the matrix product (M.sub, M.hadamard, M.mul)
    "b120_oc": r'''
[notation]
functions = { "M.transpose" = "transpose", "M.sub" = "difference", "M.hadamard" = "product", "M.mul" = "matrix product" }
[notation.symbols]
"y" = "a2[:]"
"o" = "y[:]"
"d" = "delta2[:]"
''',
    # the OCaml step before it (w::nn, y::yy) at the output layer's weights: w the output weights, y the hidden
    # outputs (the layer's input), d the output's delta, d' the hidden one, dy = dE/dw
    "b120_ocr": r'''
[notation]
functions = { "M.transpose" = "transpose", "M.sub" = "difference", "M.hadamard" = "product", "M.mul" = "matrix product" }
[notation.symbols]
"w" = "W2[:, :]"
"y" = "a1[:]"
"d" = "delta2[:]"
"d'" = "delta1[:]"
"dy" = "grad(W2[:, :])"
''',
    # the F# module at the output layer: weights, biases and prevActivations the layer's weights, biases and
    # inputs, layerWeightedInputs its sums, layerActivations its outputs; cost' activations expectedValues the
    # derivative of the cost by the outputs; mapMatrix f applies f entry by entry
    "b120_fm": r'''
[notation]
[notation.symbols]
"weights" = "W2[:, :]"
"biases" = "b2[:]"
"prevActivations" = "a1[:]"
"layerWeightedInputs" = "z2[:]"
"layerActivations" = "a2[:]"
"activations" = "a2[:]"
"expectedValues" = "y[:]"
''',
    # the Clojure calc-deltas: output-deltas = dE/dz of the outputs, hidden-deltas of the hidden units, actuals the
    # targets; df the sigmoid's derivative given its output, dot the inner product
    "b120_cl": r'''
[notation]
functions = { df = "sigmoid' at output", dot = "dot" }
[notation.symbols]
"actuals" = "y[:]"
''',
    # the C perceptron: x[0] = 1 the bias's input, x[j] input j counted from 1, w[i][j] to output i from input j
    # ([to][from]), w[i][0] the bias, o_out[i] the outputs, desired[i] the targets, delta[i] the code's delta
    # (-dE/dz: w += eta delta x), temp the output's sum
    "b120_cc": r'''
[notation]
indices = "ij"
[notation.symbols]
"x[0]" = "1"
"x[j]" = "x[j-1]"
"w[i][0]" = "b1[i]"
"w[i][j]" = "W1[i, j-1]"
"o_out[i]" = "a1[i]"
"desired[i]" = "y[i]"
"delta[i]" = "-delta1[i]"
"temp" = "z1[i]"
''',
    # the Scala Neuron's comments (the output layer, Mazur's o1, o2 counted from 1): yⱼ the output of neuron j,
    # tⱼ its target, zⱼ its total net input, φ the logistic function's value there (the output), E the error,
    # δ = ∂E/∂zⱼ
    "b120_sn": r'''
[notation]
indices = "j"
loss = ["E"]
[notation.symbols]
"y_{j}" = "a2[j-1]"
"t_{j}" = "y[j-1]"
"z_{j}" = "z2[j-1]"
"φ" = "a2[j-1]"
"δ" = "delta2[j-1]"
''',
    # the Scala NN's propogateBackward at the last layer: neuron.output the outputs, expectedNeuronOutput the
    # targets (both over the layer, the map's pairs), errorDelta the code's delta (-dE/dz: the updates add it);
    # the comment's sigma_last_k, y_last_k, T_k the same of output k, counted from 0
    "b120_sc": r'''
[notation]
indices = "k"
[notation.symbols]
"neuron.output" = "a2[:]"
"expectedNeuronOutput" = "y[:]"
"errorDelta" = "-delta2[:]"
"sigma_last_{k}" = "-delta2[k]"
"y_last_{k}" = "a2[k]"
"T_{k}" = "y[k]"
''',
    # the Scala updateNetworkWeights' first layer: neuron index's weight index (the weight from input index into
    # hidden neuron index), trainingInstance(index) that input, newW its new value
    "b120_scw1": r'''
[notation]
indices = "j"
index_names = { index = "j" }
learning_rate = ["learningRate"]
[notation.symbols]
"neuron.weights(j)" = "W1[j, j]"
"trainingInstance(j)" = "x[j]"
"newW" = "new(W1[j, j])"
''',
    # the Scala updateNetworkWeights' next layer (the output layer here): neuron index's weight index (from hidden
    # neuron index), its errorDelta (-dE/dz); NN(NN.length - 2)(index).output, the hidden neuron's output, is no
    # pattern the format takes (the loader: "is not one symbol")
    "b120_scw2": r'''
[notation]
indices = "j"
index_names = { index = "j" }
learning_rate = ["learningRate"]
[notation.symbols]
"neuron.weights(j)" = "W2[j, j]"
"neuron.errorDelta" = "-delta2[j]"
"newW" = "new(W2[j, j])"
''',
    # the VB.NET Stochastic update at the output layer (ii the last layer, jj its neuron, kk the neuron of layer ii
    # - 1): inside With Layers(ii).Neurons(jj), .Bias, .Weights(kk) and .Delta the neuron's bias, weights and delta
    # (the code's, -dE/dz: the updates add it), named without the With block's leading dot (the loader refuses
    # ".Bias": "unexpected at '.'"); Layers(ii - 1).Neurons(kk).Value, the hidden neuron's output, is no pattern the
    # format takes (the loader: "unexpected at '.'")
    "b120_vb": r'''
[notation]
indices = "jk"
index_names = { jj = "j", kk = "k" }
learning_rate = ["Me.LearningRate"]
[notation.symbols]
"Bias" = "b2[j]"
"Weights(k)" = "W2[j, k]"
"Delta" = "-delta2[j]"
''',
    # the Perl backward pass's output layer: $output the output, $target the targets, @layer_deltas the layer's
    # deltas (the code's, -dE/dz: the updates add them); named without Perl's sigils (the loader refuses "$output":
    # "cannot read '$'"), $target->[0] as the target vector (the loader refuses "target->[0]": "is not one symbol")
    "b120_pl": r'''
[notation]
[notation.symbols]
"output" = "a2[0]"
"target" = "y[:]"
"layer_deltas" = "-delta2[:]"
''',
    # the hidden layers' loop (j the hidden neuron): $output its output, $error the sum of the next layer's deltas
    # times the weights from it (-dE/d its output), @layer_deltas the hidden deltas
    "b120_plh": r'''
[notation]
indices = "jk"
[notation.symbols]
"output" = "a1[j]"
"error" = "-grad(a1[j])"
"layer_deltas" = "-delta1[:]"
"deltas[0][k]" = "-delta2[k]"
''',
}
