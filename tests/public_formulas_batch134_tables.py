"""The networks and notations of batch 134 of the held-out public formulas (tests/public_formulas_batch134.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b134_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)
_SIG = 'activation = "sigmoid"'
_NOB = 'bias = "none"'

NETWORKS = {
    # the Go SimpleNN (stored file 27427526181): sigmoid hidden and output layers without biases, WeightsIH[i][j]
    # and WeightsHO[i][j] output-first, errors = targetOutput - outputs and += updates (half the squared error's
    # step); a tagger's sizes there, 3-2-2 here (as many outputs as hidden units, so that the code's outputs[j] in
    # the hidden loops names an output that exists)
    "b134_go": _layers(f'inputs = 3\nunits = 2\n{_SIG}\n{_NOB}', f'units = 2\n{_SIG}\n{_NOB}', loss="half_squared_error"),
    # the C++ backprop of train.h (stored file 10906079853), after the AGH tutorial: sigmoid neurons joined by
    # connections without biases, one target (d->rows[row].back()), delta = target - value, updates += rate *
    # value * delta * deriv(): half the squared error's step; 2-3-1 here
    "b134_cp": _layers(f'inputs = 2\nunits = 3\n{_SIG}\n{_NOB}', f'units = 1\n{_SIG}\n{_NOB}', loss="half_squared_error"),
    # the Scala NeuralNetwork on numsca (stored file 9887603862): sigmoid layers without biases, rows times
    # input-first weights (np.dot(prediction, weight)), the loss np.sum((predictions - rules_output) ** 2)/2,
    # weight + -alpha * ...; 2-3-2 here
    "b134_sc": _layers(f'inputs = 2\nunits = 3\n{_SIG}\n{_NOB}', f'units = 2\n{_SIG}\n{_NOB}', loss="half_squared_error"),
    # till2's "Backpropagation from Scratch" README: h = sigmoid(W1 x), a linear output out = W2 h (its target [10,
    # -2] is no sigmoid's), no biases, the half squared error (dL_dW2 = (out - y) h^T); 3 inputs and 4 hidden units
    # here, the README's target [10, -2]
    "b134_tl": problem_text(f'inputs = 3\nunits = 4\n{_SIG}\n{_NOB}', f'units = 2\nactivation = "identity"\n{_NOB}',
                            loss="half_squared_error", extra=_data("[0.5, -0.8, 0.3]", "[10.0, -2.0]", 0.1)),
    # the Elixir Nx network (Yashaswini-Sharma/NeuralNetwork, neural_network.exs): n = {2, 3, 3, 1}, sigmoid
    # everywhere with biases, w1 (3 x 2) output-first on columns (Nx.dot(w1, a0)), the mean binary cross-entropy
    # over m samples (one here, m = 1), alpha = 0.1
    "b134_ex": _layers(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 3\n{_SIG}', f'units = 1\n{_SIG}',
                       loss="binary_cross_entropy"),
    # synapsea's error.lua comment (mochji/synapsea): a dense layer's output error (output - expected) *
    # activation'(output), dE/dz of the half squared error with the slope written of the output; 2-3-2 sigmoid here
    "b134_sy": _layers(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error"),
    # samyvera/perceptron's neuralNetwork.js: one sigmoid neuron with a bias over inputSize inputs, cost =
    # (pred - target)^2 (the squared error, dcost = 2 (pred - target)), learning_rate = 0.2; two inputs here
    "b134_sv": problem_text(f'inputs = 2\nunits = 1\n{_SIG}', loss="squared_error",
                            extra=_data("[0.4, 0.7]", "[1.0]", 0.2)),
    # the TypeScript mathjs NeuralNetwork (stored file 7521297823): sigmoid layers without biases, rows times
    # input-first synapses (multiply(input_layer, this.synapse0)), output_error = target - output, add(...)
    # updates: half the squared error's step; 2-3-2 here, this.lr the rate
    "b134_ts": _layers(f'inputs = 2\nunits = 3\n{_SIG}\n{_NOB}', f'units = 2\n{_SIG}\n{_NOB}', loss="half_squared_error"),
    # the JavaScript NeuralNetwork with dSigmoid (stored file 27553072920): sigmoid layers with biases bh, bo, wih
    # (h x i) and who (o x h) output-first on columns, err = targets - o, add updates (half the squared error's
    # step), lr = 0.3 by default
    "b134_js": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra="\n[update]\nlearning_rate = 0.3\n"),
    # HemantharajM's xor_htan.m: the inputs with a constant 1 first (X's first row), 3 tanh hidden units (hyp_tan,
    # (1 - exp(-2x)) / (1 + exp(-2x))) and a tanh output, a2 = [1; a2] before W2 (1 x 4): biases as weights from a
    # constant unit; W - 0.1 * Delta with Delta2 = delta3 * a2': half the squared error's step, rate 0.1
    "b134_hm": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                       loss="half_squared_error"),
    # HussainAther's backprop.m: three inputs (the data's third column the constant 1, no bias otherwise), 3 hidden
    # units and an output of 2./(1+exp(-2x))-1, tanh, weights_i2h and weights_h2o input-first on rows, predError =
    # output - target and weights - l_rate * ...: half the squared error's step; l_rate = .2, the first sample [1 0 1]
    # with target 0
    "b134_ha": problem_text('inputs = 3\nunits = 3\nactivation = "tanh"\nbias = "none"',
                            'units = 1\nactivation = "tanh"\nbias = "none"', loss="half_squared_error",
                            extra=_data("[1.0, 0.0, 1.0]", "[0.0]", 0.2)),
}

NOTATIONS = {
    # the Go SimpleNN: outputs[i] the outputs (Backpropagate's argument), targetOutput[i] the targets, inputs[j] the
    # inputs, hidden[i] the hidden outputs; nn.WeightsHO[i][j] joins hidden j to output i, nn.WeightsIH[i][j] input
    # j to hidden i; errors[i] = target - output; gradient the output loop's scalar, -dE/dz2[i]; errorSum the hidden
    # loop's back-propagated error of hidden unit i, -dE/d(hidden output i); hiddenErrors[i] -dE/dz1[i] (the
    # updates add them)
    "b134_go": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"targetOutput[i]" = "y[i]"
"outputs[i]" = "a2[i]"
"inputs[j]" = "x[j]"
"hidden[i]" = "a1[i]"
"errors[i]" = "y[i] - a2[i]"
"gradient" = "-delta2[i]"
"errorSum" = "-grad(a1[i])"
"hiddenErrors[i]" = "-delta1[i]"
"nn.WeightsHO[i][j]" = "W2[i, j]"
"nn.WeightsIH[i][j]" = "W1[i, j]"
''',
    # the C++ output loop: n the output neuron, n->value its output, target_value the target, n->delta = target -
    # output (the tutorial's delta, -dE/d output, its slope applied in the weights' pass)
    "b134_cpo": r'''
[notation]
[notation.symbols]
"target_value" = "y[0]"
"n->value" = "a2[0]"
"n->delta" = "y[0] - a2[0]"
''',
    # the C++ weights' pass at the hidden layer (i = 1): n the hidden neuron j (the source), conn->weight its
    # connection's weight to the output, target the output neuron: target->delta = y - output, target->deriv() the
    # output's slope a2 (1 - a2)
    "b134_cpw2": r'''
[notation]
indices = "j"
learning_rate = ["learning_rate"]
[notation.symbols]
"n->value" = "a1[j]"
"conn->weight" = "W2[0, j]"
"target->delta" = "y[0] - a2[0]"
"target->deriv()" = "a2[0]*(1 - a2[0])"
''',
    # the C++ weights' pass at the input layer (i = 0): n the input j, conn->weight its weight to hidden neuron k
    # (the connection's target), target->delta the hidden neuron's delta, the back-propagated error -dE/d(hidden
    # output k) the tutorial means, target->deriv() its slope a1 (1 - a1)
    "b134_cpw1": r'''
[notation]
indices = "jk"
learning_rate = ["learning_rate"]
[notation.symbols]
"n->value" = "x[j]"
"conn->weight" = "W1[k, j]"
"target->delta" = "-grad(a1[k])"
"target->deriv()" = "a1[k]*(1 - a1[k])"
''',
    # the Scala NeuralNetwork: rows; last_prediction the output row, rule_output the target row, predictions.head
    # the hidden row (in backpropagate, at the hidden layer); weight the output layer's weights, input-first;
    # last_error = output - target; last_error_delta and prev_delta dE/dz2; error dE/d(hidden outputs), delta
    # dE/dz1 (rows); sigmoid_derivate(a) = a (1 - a), of the activations; .dot the matrix product
    "b134_sc": r'''
[notation]
functions = { sigmoid_derivate = "sigmoid' at output", dot = "matrix product" }
[notation.symbols]
"last_prediction" = "a2[:].T"
"rule_output" = "y[:].T"
"predictions.head" = "a1[:].T"
"weight" = "W2[:, :].T"
"last_error" = "a2[:].T - y[:].T"
"last_error_delta" = "delta2[:].T"
"prev_delta" = "delta2[:].T"
"error" = "grad(a1[:]).T"
"delta" = "delta1[:].T"
''',
    # till2's README: x the input, h the hidden outputs, out the output, y the target (columns); W1, W2 output-first;
    # z = W1 x; a = (out - y)^T, dL/d out as a row; b = a W2, dL/dh as a row; c the hidden slope; d = dL/dz as a
    # column; dL_dW2, dL_dW1 the gradients
    "b134_tl": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"out" = "a2[:]"
"y" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"z" = "z1[:]"
"a" = "grad(a2[:]).T"
"b" = "grad(a1[:]).T"
"c" = "a1[:]*(1 - a1[:])"
"d" = "delta1[:]"
"dL_dW2" = "grad(W2[:, :])"
"dL_dW1" = "grad(W1[:, :])"
''',
    # the Elixir Nx network: columns; a0 the input, a1 and a2 the hidden layers' outputs, y_hat the output, y the
    # target; w1, w2, w3 output-first; m the number of samples (one here); dC_dZ3 ... the cost's derivatives by
    # what they name (propagator_dC_dA2 the argument dC_dA2 passed on); dA2_dZ2 the slope a2 (1 - a2); Nx's
    # operations declared by what they compute
    "b134_ex": r'''
[notation]
learning_rate = ["alpha"]
functions = { "Nx.dot" = "matrix product", "Nx.transpose" = "transpose", "Nx.multiply" = "product", "Nx.subtract" = "difference" }
[notation.symbols]
"a0" = "x[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"y_hat" = "a3[:]"
"y" = "y[:]"
"m" = "1"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"w3" = "W3[:, :]"
"dC_dZ3" = "grad(z3[:])"
"dC_dW3" = "grad(W3[:, :])"
"dC_dA2" = "grad(a2[:])"
"propagator_dC_dA2" = "grad(a2[:])"
"dA2_dZ2" = "a2[:]*(1 - a2[:])"
"dC_dZ2" = "grad(z2[:])"
"dC_dW2" = "grad(W2[:, :])"
"dC_dA1" = "grad(a1[:])"
"propagator_dC_dA1" = "grad(a1[:])"
"dC_dZ1" = "grad(z1[:])"
"dC_dW1" = "grad(W1[:, :])"
''',
    # synapsea's comment, the output layer's line: output the output k, expected its target, error dE/dz2[k];
    # activation'(output) the slope written of the output (the code calls activation(layerOutput[a], true))
    "b134_sy": r'''
[notation]
indices = "k"
functions = { "activation'" = "sigmoid' at output" }
[notation.symbols]
"output" = "a2[k]"
"expected" = "y[k]"
"error" = "delta2[k]"
''',
    # samyvera's perceptron: point[i] the input i, target the target, w[i] and b the neuron's weights and bias, z its
    # sum, pred its output; dpred the slope dpred/dz; dcost = d cost/d pred
    "b134_sv": r'''
[notation]
indices = "i"
learning_rate = ["learning_rate"]
[notation.symbols]
"point[i]" = "x[i]"
"target" = "y[0]"
"w[i]" = "W1[0, i]"
"b" = "b1[0]"
"z" = "z1[0]"
"pred" = "a1[0]"
"dpred" = "a1[0]*(1 - a1[0])"
"dcost" = "grad(a1[0])"
''',
    # the TypeScript mathjs network: rows; input_layer, hidden_layer, output_layer, target; this.synapse0 and
    # this.synapse1 input-first; output_error = target - output; output_delta -dE/dz2, hidden_error -dE/d(hidden
    # outputs), hidden_delta -dE/dz1 (the updates add them); mathjs's operations by what they compute
    "b134_ts": r'''
[notation]
learning_rate = ["this.lr"]
functions = { multiply = "matrix product", dotMultiply = "product", subtract = "difference", transpose = "transpose", add = "sum" }
[notation.symbols]
"input_layer" = "x[:].T"
"hidden_layer" = "a1[:].T"
"output_layer" = "a2[:].T"
"target" = "y[:].T"
"this.synapse0" = "W1[:, :].T"
"this.synapse1" = "W2[:, :].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-delta2[:].T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-delta1[:].T"
''',
    # the JavaScript network: columns; inputs, h, o, targets; this.wih and this.who output-first, this.bh and this.bo
    # the biases; err = targets - o; grad (after its second line) rate times -dE/dz2, whoD the step added to who;
    # hErr the back-propagated error -dE/d(hidden outputs), hGrad (after its second line) rate times -dE/dz1, wihD
    # the step added to wih; NeuralNetwork's static helpers by what they compute, dSigmoid(y) = y (1 - y) of outputs
    "b134_js": r'''
[notation]
learning_rate = ["this.lr"]
functions = { "NeuralNetwork.dot" = "matrix product", "NeuralNetwork.add" = "sum", "NeuralNetwork.sub" = "difference", "NeuralNetwork.T" = "transpose", dSigmoid = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:]"
"h" = "a1[:]"
"o" = "a2[:]"
"targets" = "y[:]"
"this.wih" = "W1[:, :]"
"this.who" = "W2[:, :]"
"this.bh" = "b1[:]"
"this.bo" = "b2[:]"
"err" = "y[:] - a2[:]"
"grad" = "-eta*delta2[:]"
"whoD" = "-eta*grad(W2[:, :])"
"hErr" = "-grad(a1[:])"
"hGrad" = "-eta*delta1[:]"
"wihD" = "-eta*grad(W1[:, :])"
''',
    # HemantharajM's xor_htan.m (1-based, biases as weights of a constant unit): z2 and a2 the hidden layer's sums and
    # outputs (a2 before [1; a2] is prepended its 1), z3 and a3 the output's, Y(i,1) sample i's target; delta3 dE/dz
    # of the output, delta2 dE/dz of the hidden units (a column); hyp_tan the tanh. W2(2:4), the output's weights
    # without its bias, is not named: the loader takes no range W2(2:4) as a name, nor W2(k) (a base ending in a
    # digit before its parenthesis), so the delta2 line is left out
    "b134_hm": r'''
[notation]
functions = { hyp_tan = "tanh" }
[notation.symbols]
"z2" = "z1[:]"
"a2" = "a1[:]"
"z3" = "z2[0]"
"a3" = "a2[0]"
"Y(i,1)" = "y[0]"
"delta3" = "delta2[0]"
"delta2" = "delta1[:]"
''',
    # HussainAther's backprop.m: inputs(ini,:) the sample's row, hdLayerResp the hidden outputs (a column after its
    # second line), otLayerResp the output, output(ini) the target; weights_h2o input-first, named
    # "weights_{h2o}" (the loader refuses "weights_h2o" as "not one symbol", and weights_i2h the same, which no
    # formula taken needs);
    # predError(ini) = output - target; delta (its first line) the step subtracted from weights_h2o, the rate times
    # dE/d weights_h2o
    "b134_ha": r'''
[notation]
learning_rate = ["l_rate"]
[notation.symbols]
"hdLayerResp" = "a1[:]"
"otLayerResp" = "a2[0]"
"output(ini)" = "y[0]"
"weights_{h2o}" = "W2[0, :]"
"predError(ini)" = "a2[0] - y[0]"
"delta" = "eta*grad(W2[0, :])"
''',
}
