"""The networks and notations of batch 94 of the held-out public formulas (tests/public_formulas_batch94.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b94_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Huy-Nguyen-HCI's Backpropagation.java: sigmoid neurons (Neuron.SIGMOID), lossFunctionType = MSE, whose delta
    # (output - target) * f' is the half squared error's dE/dnet; the bias neurons' weights are never updated
    # (updateNewWeightsForNode skips them), so the network is taken without biases; a 2-2-1 network
    "b94_hn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the same file's CROSS_ENTROPY case: the same network with the sigmoid output's cross-entropy
    "b94_hn_ce": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                         'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # NeuralNet2.m (StackOverflowMATLABchat's NeuralNetPlayground): the class's XOR example NeuralNet2([2 2 1]),
    # tanh by default, a bias unit appended to each layer's row (the weights' last row), perf = (0.5/B) sum (out -
    # OUT)^2, the half squared error averaged over the batch (one sample here)
    "b94_nn": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                      loss="half_squared_error"),
    # the same class with ActivationFunction = 'sigmoid'
    "b94_nn_sig": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="half_squared_error"),
    # jtorreguitar/sia's TP2 (Octave): test.m's network, weights wl1, wl2, wl3 without biases (w{1} * activations),
    # input [1; 1], expected output 0, sigmoid layers; the deltas (t - a) f'(z) are the half squared error's
    "b94_sia": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.3], [0.2, 0.1]]',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.2], [0.3, 0.2], [0.4, 0.5]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.05, 0.15, 0.1]]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]")),
    # network_error.m's error, mean((expected - output).^2): the squared error of the one output
    "b94_sia_e": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                              'weights = [[0.1, 0.3], [0.2, 0.1]]',
                              'units = 3\nactivation = "sigmoid"\nbias = "none"\n'
                              'weights = [[0.1, 0.2], [0.3, 0.2], [0.4, 0.5]]',
                              'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.05, 0.15, 0.1]]',
                              loss="squared_error", extra=_data("[1.0, 1.0]", "[0.0]")),
    # avvvet/mlgo: the sigmoid and its derivative of one number (main.go's input 0.5), one sigmoid unit
    "b94_mlgo": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Flux.jl's early activation.jl: sigma and its backward rule back!(sigma, Delta, x) = Delta * sigma'(x), a
    # sigmoid hidden layer under a linear output; relu and its rule, a relu hidden layer
    "b94_fx_sig": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                          loss="half_squared_error"),
    "b94_fx_relu": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                           loss="half_squared_error"),
    # Abutler101's JS-NN-Lib nn.js: I -> H -> O, sigmoid, weight matrices without biases (hidden by inputs),
    # errors targets - outputs (the half squared error's), learnRa the rate
    "b94_js": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # lbrande/rust-deep-learning: Nielsen's network in Rust, sigmoid layers with biases, delta (a - y) sigma'(z)
    # (the quadratic cost), the step averaged over the batch (one sample here)
    "b94_rs": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # alxdb/Mnist (Scala): sigmoid layers with biases, cost 0.5 sum (result - expected)^2
    "b94_ax": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
}

NOTATIONS = {
    # Backpropagation.java's computeNodeDeltaAtOutputLayer, for the output node (nodeIndex 0, a loop's number):
    # node.output() its output, targets[k] the targets, node.getAFDerivative() the sigmoid's slope there (the
    # methods named by their dotted names: a pattern cannot hold the call's empty parentheses, "unexpected at ')'");
    # setDelta sets the node's dE/dnet
    "b94_hn_out": r'''
[notation]
indices = "k"
[notation.symbols]
"node.output" = "a2[0]"
"nodeIndex" = "0"
"targets[k]" = "y[k]"
"node.getAFDerivative" = "a2[0]*(1 - a2[0])"
"node.getDelta" = "delta2[0]"
''',
    # computeNodeDeltaAtHiddenLayer, for the first hidden node (nodeIndex 0) and the next layer's node n (the
    # output, i = 0): n.getWeight(k) its weight from hidden node k, n.getDelta() the output's dE/dnet, node the
    # hidden node. Its local sum cannot be named: the loader refuses "sum" as a pattern (batch 90's ap-sum)
    "b94_hn_hid": r'''
[notation]
indices = "k"
[notation.symbols]
"nodeIndex" = "0"
"n.getWeight(k)" = "W2[0, k]"
"n.getDelta" = "delta2[0]"
"node.getAFDerivative" = "a1[0]*(1 - a1[0])"
"node.getDelta" = "delta1[0]"
''',
    # updateNewWeightsForNode, for the output node and its first weight (the loop's i = 0, from the first hidden
    # node, inputNode): gradient (node.getDelta() * inputNode.output() after gradient *=) dE/dw, the weight delta
    # learningRate * gradient + momentum * prevWeightDelta (momentum = 0 in the file), newWeight the weight's new
    # value; the Javadoc's oldWeight, weightDelta and newWeight the same
    "b94_hn_w": r'''
[notation]
indices = "k"
learning_rate = ["learningRate"]
[notation.symbols]
"i" = "0"
"node.getDelta" = "delta2[0]"
"inputNode.output" = "a1[0]"
"gradient" = "grad(W2[0, 0])"
"momentum" = "0"
"prevWeightDelta" = "0"
"node.getWeight(k)" = "W2[0, k]"
"node.getWeightDelta(k)" = "eta*grad(W2[0, k])"
"newWeight" = "new(W2[0, 0])"
"oldWeight" = "W2[0, 0]"
"weightDelta" = "eta*grad(W2[0, 0])"
''',
    # NeuralNet2.m's train: rows of samples, this.weights{jj} input-first with the bias unit's row last (named
    # without it: symbols.md's W transposed), the loops at jj = 1 (the hidden-delta loop runs jj = L-1 = 1 only, the
    # update loop's first pass), sNeuron the sums, xNeuron{end} the output, OUT the target, delta{...} dE/dnet (the
    # "sensitivities"), dfcn the activation's derivative at the sum, weight_update the layer's gradient averaged over
    # the B samples (one), alpha the rate, perf(ii) the cost. The next layer's weights without their bias row,
    # this.weights{jj+1}(1:end-1,:), cannot be named: the loader refuses the slice in a pattern ("expected ')' to
    # close the parenthesis at ':' (position 21)")
    "b94_nn": r'''
[notation]
indices = "q"
learning_rate = ["alpha"]
loss = ["perf"]
functions = { dfcn = "tanh' at input" }
[notation.symbols]
"xNeuron{end}" = "a2[:]"
"OUT" = "y[:]"
"sNeuron{end}" = "z2[:]"
"sNeuron{jj}" = "z1[:]"
"delta{end}" = "delta2[:]"
"delta{jj}" = "delta1[:]"
"delta{jj+1}" = "delta2[:]"
"this.weights{jj}" = "W1[:, :].T"
"weight_update" = "grad(W1[:, :]).T"
"B" = "1"
''',
    # NeuralNet2.m's activation functions and their derivatives, at a hidden unit's sum x
    "b94_nn_f": r'''
[notation]
functions = { f_tanh = "tanh", fd_tanh = "tanh' at input", f_sigmoid = "sigmoid", fd_sigmoid = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # sia's sigmoid.m and sigmoid_derivative.m: z and x a layer's sums (the first's), g its activations, result
    # the sigmoid's slope there
    "b94_sia_f": r'''
[notation.symbols]
"z" = "z1[:]"
"g" = "a1[:]"
"x" = "z1[:]"
"result" = "a1[:]*(1 - a1[:])"
''',
    # network_error.m: error the loss, network_output the output, expected_output the target
    "b94_sia_e": r'''
[notation]
loss = ["error"]
[notation.symbols]
"network_output" = "a3[:]"
"expected_output" = "y[:]"
''',
    # deltas_for_final_layer.m: the last layer's sums and activations, expected_output the target,
    # dactivation_function the sigmoid's derivative at the sum (sigmoid_derivative), final_layer_deltas (t - a) f'(z),
    # -dE/dnet
    "b94_sia_d": r'''
[notation]
functions = { dactivation_function = "sigmoid' at input" }
[notation.symbols]
"final_layer_weight_outputs" = "z3[:]"
"final_layer_activations" = "a3[:]"
"expected_output" = "y[:]"
"final_layer_deltas" = "-delta3[:]"
''',
    # avvvet/mlgo's README and main.go: sigma the sigmoid of x, sigmoidDerivative its derivative in Go, at the unit's
    # sum x. The README's ∂(x) ("partial derivative") cannot be named: the loader refuses ∂ as a function's word
    # ("functions.∂: "sigmoid' at input" is not an element-wise activation's derivative and where it is taken")
    "b94_mlgo": r'''
[notation]
functions = { sigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # Flux.jl's activation.jl: x a layer's sums, Delta the gradient by the layer's outputs (the backward rule's
    # incoming gradient), the rule's value the gradient by the sums
    "b94_fx": r'''
[notation.symbols]
"x" = "z1[:]"
"Δ" = "grad(a1[:])"
''',
    # JS-NN-Lib's train: inputs the input, targets the target, the weight matrices (hidden by inputs, outputs by
    # hidden), the sums and outputs, outputs the output (the page's name for outOfOutput), the errors targets -
    # outputs and their product with the transposed weights, gradientOutput and gradientHidden after their two
    # multiply() calls (lr times the slope times the error), the changes added to the weights
    "b94_js": r'''
[notation]
learning_rate = ["this.learnRa"]
functions = { "NeuralNetwork.sigmoid" = "sigmoid", "NeuralNetwork.derSigmoid" = "sigmoid' at output", "this.activationFunc" = "sigmoid", "this.derivationFunc" = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:]"
"targets" = "y[:]"
"this.weightsInputToHidden" = "W1[:, :]"
"this.weightsHiddenToOutput" = "W2[:, :]"
"inputToHidden" = "z1[:]"
"outOfHidden" = "a1[:]"
"inputToOutput" = "z2[:]"
"outOfOutput" = "a2[:]"
"outputs" = "a2[:]"
"errorsOnOutput" = "y[:] - a2[:]"
"weightsHiddenToOutputTrans" = "W2[:, :].T"
"errorsOnHidden" = "W2[:, :].T @ (y[:] - a2[:])"
"gradientOutput" = "-eta*delta2[:]"
"gradientHidden" = "eta*a1[:]*(1 - a1[:])*(W2[:, :].T @ (y[:] - a2[:]))"
"outOfHiddenTrans" = "a1[:].T"
"inputsTrans" = "x[:].T"
"changeInHiddenToOutputWeights" = "-eta*grad(W2[:, :])"
"changeInInputToHiddenWeights" = "-eta*grad(W1[:, :])"
''',
    # rust-deep-learning's utils.rs: z a hidden unit's sum
    "b94_rs_u": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"z" = "z1[0]"
''',
    # lib.rs: train_batch's closures for the first layer (b, nb and w, nw: its biases and weights and their
    # gradients summed over the batch, of one sample; batch.len() the batch's size), backpropagate's output delta,
    # y the target. The method chains acts.last().unwrap() (the output), zs.last().unwrap() (its sums) and
    # nabla_b.last_mut().unwrap() (the output biases' gradient) cannot be named: the loader refuses a pattern with a
    # call's parentheses ("symbols.'acts.last().unwrap()': unexpected at ')' (position 11)")
    "b94_rs": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"b" = "b1[:]"
"nb" = "grad(b1[:])"
"w" = "W1[:, :]"
"nw" = "grad(W1[:, :])"
"batch.len" = "1"
"y" = "y[:]"
"delta" = "delta2[:]"
''',
    # alxdb/Mnist's package.scala: z a hidden unit's sums, dSigmoid the sigmoid's derivative
    "b94_ax_f": r'''
[notation]
functions = { dSigmoid = "sigmoid' at input" }
[notation.symbols]
"z" = "z1[:]"
''',
    # NeuralNetwork.scala: cost the loss (result the output, expected the target); backProp's fold at the first
    # layer (i the input, w and b its weights and biases, z its sums)
    "b94_ax": r'''
[notation]
indices = "q"
loss = ["cost"]
[notation.symbols]
"result" = "a2[:]"
"expected" = "y[:]"
"i" = "x[:]"
"w" = "W1[:, :]"
"b" = "b1[:]"
"z" = "z1[:]"
''',
    # update's first layer: w its weights, dw their change (the weight deltas d a^T scaled by learningRate / subsets
    # in Train.scala and summed over the batch: eta times the gradient, a batch of one), b(i) a bias, db(i) its
    # change, scaled the same way
    "b94_ax_u": r'''
[notation]
indices = "i"
[notation.symbols]
"w" = "W1[:, :]"
"dw" = "eta*grad(W1[:, :])"
"b(i)" = "b1[i]"
"db(i)" = "eta*grad(b1[i])"
''',
}
