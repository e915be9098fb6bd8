"""The networks and notations of batch 124 of the held-out public formulas (tests/public_formulas_batch124.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b124_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # dlidstrom's NeuralNetworkInAllLangs, Zig/src/neural.zig: sigmoid hidden and output layers with biases,
    # weights_hidden[i * hidden.len + h] (input i to hidden h) and weights_output[h * output.len + o] flat,
    # grad_output = (output - y) * output (1 - output): half the squared error's dL/dz; lr passed by the caller;
    # 2-3-2 here
    "b124_zg": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the same file's comment, // dL/dz0 = [(a1 - y) * a1 * (1 - a1)] * w1 * a0 * (1 - a0): the scalar chain of
    # one hidden unit (layer 0) and one output (layer 1); a 2-1-1 network of the same kind
    "b124_zg1": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # Manuel Vio's Mad Pascal unit neuralnet (stored file 840479260, after NeuralNetworkInAllLangs): sigmoid hidden
    # and output layers with biases, weightsHidden[i*HIDDEN_LAYER_SIZE + h] and weightsOutput[h*OUTPUT_LAYER_SIZE +
    # o] flat, gradientsOutput = (output - outputBit) * output (1 - output): half the squared error's dL/dz;
    # 256-14-10 there, 2-3-2 here, LEARNING_RATE 0.5
    "b124_mp": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the D module neuralnetwork (stored file 21534604928): neurons and synapses without biases, sigmoid
    # everywhere, one output neuron whose error is target - output (delta = error * output (1 - output), weight +=
    # output * delta * learningRate: half the squared error's step); a 2-2-1 network, learningRate = 1.0
    "b124_dm": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the Erlang neuralnet (stored file 29452021434, after trapexit's "Erlang and Neural Networks"): a perceptron
    # process, sigmoid of the dot product of its weights and inputs, no bias; one unit with two inputs here
    "b124_er": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # pbbhopp's cognition-ignition, ch4 core.clj (Clojure): sigmoid neurons whose last weight multiplies 1 (the
    # bias), delta (expected - output) * dsigmoid(output); a 2-2-1 network here
    "b124_cj": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Mojo XOR trainer (stored file 16280697467): TwoLayerNetwork 2-4-1, sigmoid hidden and output layers with
    # biases, w1[i][j] and w2[i][j] output-first, output_error = output - target (the steps are half the squared
    # error's; mse_loss, printed, is the mean of the squares), learning_rate 0.5
    "b124_mj": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # ThalesMMS's Swift-Neural-Networks, mlp_simple.swift: 2-4-1 sigmoid layers with biases, weights[input][output]
    # input-first, errors = expected - output, deltas the code's (-dL/dz: the updates add them), learningRate 0.01
    "b124_sw": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # SharpCoder's C# FastNet (stored file 44781396871): no biases, sigmoid nodes outputs[0..4] (two of the first
    # hidden layer, two of the second, one output: its comment says 2-2-1, its getOutput computes 2-2-2-1), ten
    # weights, errors[n] = output (1 - output) (target - output) (-dE/dz of half the squared error), LEARN_RATE 0.5
    "b124_fn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.5)),
    # the Python NeuralNet (stored file 22837048809): an input bias unit (activation_in's last entry 1.0, its
    # weights_in row the hidden biases), sigmoid hidden and output layers, no output bias, the error 0.5 (expected
    # - output)^2; 3-5-3 there, 3-3-3 here
    "b124_py": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"',
                       'units = 3\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Julia NN (stored file 27289295451): layers counted from 1 (the input, nn.a[1]), act = σ by default, biases,
    # nn.w[i] (dims[i] x dims[i - 1]) output-first, loss(x, y) = sum((x - y) .^ 2) (the squared error, not halved),
    # η = 1.0; [2, 3, 2] here
    "b124_jl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="squared_error", extra=_rate(1.0)),
}

NOTATIONS = {
    # neural.zig's Trainer.train (o an output, h a hidden unit, i an input): self.output[o] and self.hidden[h] the
    # layers' outputs, input[i] the inputs, y[o] the targets, grad_output[o] and grad_hidden[h] dL/dz (the updates
    # subtract them), weights_output[h * self.output.len + o] from hidden h to output o, weights_hidden[i *
    # self.hidden.len + h] from input i to hidden h, the biases, lr the rate; sum in the hidden loop the sum over o
    # of grad_output[o] times the weight (dL/d hidden[h]); sigmoidPrime(d) = d (1 - d), the slope written of the
    # output
    "b124_zg": r'''
[notation]
indices = "iho"
learning_rate = ["lr"]
functions = { sigmoidPrime = "sigmoid' at output" }
[notation.symbols]
"self.output[o]" = "a2[o]"
"self.hidden[h]" = "a1[h]"
"input[i]" = "x[i]"
"y[o]" = "y[o]"
"self.grad_output[o]" = "delta2[o]"
"self.grad_hidden[h]" = "delta1[h]"
"sum" = "grad(a1[h])"
"self.network.weights_output[h * self.output.len + o]" = "W2[o, h]"
"self.network.weights_hidden[i * self.hidden.len + h]" = "W1[h, i]"
"self.network.biases_output[o]" = "b2[o]"
"self.network.biases_hidden[h]" = "b1[h]"
''',
    # predictInplace's hidden loop: sum the weighted inputs without the bias, hidden[h] the hidden output
    "b124_zgf": r'''
[notation]
indices = "ih"
[notation.symbols]
"hidden[h]" = "a1[h]"
"sum" = "z1[h] - b1[h]"
"self.biases_hidden[h]" = "b1[h]"
''',
    # sigmoidPrime's argument d, a sigmoid unit's output (the trainer passes self.output[o] and self.hidden[h])
    "b124_zgs": r'''
[notation]
functions = { sigmoidPrime = "sigmoid' at output" }
[notation.symbols]
"d" = "a1[0]"
''',
    # the comment's names: layer 0 the hidden unit, layer 1 the output; z0 its sum, a0 and a1 the outputs, w1 the
    # output's weight, y the target, L the loss
    "b124_zgc": r'''
[notation.symbols]
"z0" = "z1[0]"
"a0" = "a1[0]"
"a1" = "a2[0]"
"w1" = "W2[0, 0]"
"y" = "y[0]"
''',
    # the Mad Pascal Train procedure (o an output, h a hidden unit, i an input pixel): activationsOutput[o],
    # activationsHidden[h] the outputs, inputBit input i, outputBit the target of output o, gradientsOutput[o] and
    # gradientsHidden[h] dL/dz (the updates subtract them), gradientHiddenSum the sum over o (dL/d hidden[h]),
    # weightsOutput[h*OUTPUT_LAYER_SIZE + o] and weightsHidden[i*HIDDEN_LAYER_SIZE + h] flat, the biases;
    # sigmoidPrim(arg) = arg (1 - arg), the slope written of the output
    "b124_mp": r'''
[notation]
indices = "iho"
learning_rate = ["LEARNING_RATE"]
functions = { sigmoidPrim = "sigmoid' at output" }
[notation.symbols]
"activationsOutput[o]" = "a2[o]"
"activationsHidden[h]" = "a1[h]"
"inputBit" = "x[i]"
"outputBit" = "y[o]"
"gradientsOutput[o]" = "delta2[o]"
"gradientsHidden[h]" = "delta1[h]"
"gradientHiddenSum" = "grad(a1[h])"
"weightsOutput[h*OUTPUT_LAYER_SIZE + o]" = "W2[o, h]"
"weightsHidden[i*HIDDEN_LAYER_SIZE + h]" = "W1[h, i]"
"biasesOutput[o]" = "b2[o]"
"biasesHidden[h]" = "b1[h]"
''',
    # Predict's loops: sumHidden and sumOutput the weighted sums without the biases
    "b124_mpf": r'''
[notation]
indices = "ho"
[notation.symbols]
"activationsOutput[o]" = "a2[o]"
"activationsHidden[h]" = "a1[h]"
"sumHidden" = "z1[h] - b1[h]"
"sumOutput" = "z2[o] - b2[o]"
"biasesOutput[o]" = "b2[o]"
"biasesHidden[h]" = "b1[h]"
''',
    # sigmoidPrim's argument arg, a unit's output (Train passes the activations)
    "b124_mps": r'''
[notation]
functions = { sigmoidPrim = "sigmoid' at output" }
[notation.symbols]
"arg" = "a1[0]"
''',
    # the D Neuron's backpropagateAndAdjust as the output neuron runs it (this the output neuron, synapse its
    # synapse from hidden neuron 0): this.error = target - output (Network.learn's error), this.output the output,
    # this.delta the code's delta (-dE/dz: the update adds it), synapse.weight, synapse.backwardNeuron.output the
    # hidden output; gradient(x) = x (1 - x), the slope written of the output
    "b124_dm": r'''
[notation]
learning_rate = ["learningRate"]
functions = { gradient = "sigmoid' at output" }
[notation.symbols]
"this.error" = "y[0] - a2[0]"
"this.output" = "a2[0]"
"this.delta" = "-delta2[0]"
"synapse.weight" = "W2[0, 0]"
"synapse.backwardNeuron.output" = "a1[0]"
''',
    # gradient's argument x, a neuron's output (the method passes this.output)
    "b124_dmg": r'''
[notation]
functions = { gradient = "sigmoid' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # the Erlang helpers at a perceptron's dot product X; sigmoid_deriv the sigmoid's derivative there (Derv_value =
    # feed_forward(sigmoid_deriv, Weights, Inputs))
    "b124_er": r'''
[notation]
functions = { sigmoid_deriv = "sigmoid' at input" }
[notation.symbols]
"X" = "z1[0]"
''',
    # the Clojure sigmoid at a neuron's activation x
    "b124_cjs": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # dsigmoid of a neuron's output y ((dsigmoid (:output neuron)))
    "b124_cjd": r'''
[notation]
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"y" = "a1[0]"
''',
    # the Mojo backward's W2 loop and its comments (i an output, j a hidden unit): L the loss, Output the outputs,
    # Output_pre (output_pre) their sums, hidden[j] the hidden outputs, W2[i,j] and b2[i] the network's (symbols.md's
    # order), output_pre_grad[i] = dL/dOutput_pre[i], sig_deriv the slope at the output's sum, gradient dL/dW2[i][j],
    # self.w2[i][j], self.b2[i]; sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope at its argument
    "b124_mj": r'''
[notation]
indices = "ij"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"Output_pre[i]" = "z2[i]"
"Output_pre" = "z2[:]"
"output_pre" = "z2[:]"
"Output" = "a2[:]"
"hidden[j]" = "a1[j]"
"self.last_output_pre[i]" = "z2[i]"
"self.last_hidden[j]" = "a1[j]"
"sig_deriv" = "a2[i]*(1 - a2[i])"
"output_pre_grad[i]" = "delta2[i]"
"gradient" = "grad(W2[i, j])"
"self.w2[i][j]" = "W2[i, j]"
"self.b2[i]" = "b2[i]"
''',
    # the W1 loop (i a hidden unit, j an input): hidden_pre_grad[i] = dL/dz of hidden unit i, last_input[j] the
    # inputs, gradient dL/dW1[i][j]
    "b124_mjh": r'''
[notation]
indices = "ij"
[notation.symbols]
"hidden_pre_grad[i]" = "delta1[i]"
"self.last_input[j]" = "x[j]"
"gradient" = "grad(W1[i, j])"
''',
    # mlp_simple.swift's output side (i an output in backward, train's error loop and the bias loop; in
    # updateWeights, called with nn.output, i a hidden unit and j an output): errors[i] = expected - output,
    # deltaOutput[i] and deltas[j] the code's deltas (-dL/dz: the updates add them), inputs[i] the hidden outputs
    # (hiddenOutputs), layer.weights[i][j] input-first, layer.biases[i]; sigmoidDerivative(x) = x (1 - x), the slope
    # written of the output
    "b124_sw": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"expected[sample][i]" = "y[i]"
"outputOutputs[i]" = "a2[i]"
"errors[i]" = "y[i] - a2[i]"
"deltaOutput[i]" = "-delta2[i]"
"deltas[j]" = "-delta2[j]"
"inputs[i]" = "a1[i]"
"layer.weights[i][j]" = "W2[j, i]"
"layer.biases[i]" = "b2[i]"
''',
    # backward's hidden loop (i a hidden unit): error the sum over the outputs of deltaOutput[j] times the weight
    # (-dL/d hidden output i), deltaHidden[i] the code's delta
    "b124_swh": r'''
[notation]
indices = "ij"
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"error" = "-grad(a1[i])"
"deltaHidden[i]" = "-delta1[i]"
"hiddenOutputs[i]" = "a1[i]"
''',
    # forward as train calls it on nn.hidden: activation the bias plus the weighted inputs (the sum), outputs[i]
    # the hidden outputs
    "b124_swf": r'''
[notation]
indices = "ij"
[notation.symbols]
"activation" = "z1[i]"
"outputs[i]" = "a1[i]"
''',
    # FastNet's arrays: input[0], input[1] the inputs; outputs[0], outputs[1] the first hidden layer, outputs[2],
    # outputs[3] the second, outputs[4] (output) the output; weights[0] ... weights[9] in getOutput's order;
    # errors[n] the code's deltas (-dE/dz: the updates add them); target the target; sig the sigmoid
    "b124_fn": r'''
[notation]
indices = "q"
learning_rate = ["LEARN_RATE"]
functions = { sig = "sigmoid" }
[notation.symbols]
"input[0]" = "x[0]"
"input[1]" = "x[1]"
"outputs[0]" = "a1[0]"
"outputs[1]" = "a1[1]"
"outputs[2]" = "a2[0]"
"outputs[3]" = "a2[1]"
"outputs[4]" = "a3[0]"
"output" = "a3[0]"
"target" = "y[0]"
"weights[0]" = "W1[0, 0]"
"weights[1]" = "W1[0, 1]"
"weights[2]" = "W1[1, 0]"
"weights[3]" = "W1[1, 1]"
"weights[4]" = "W2[0, 0]"
"weights[5]" = "W2[0, 1]"
"weights[6]" = "W2[1, 0]"
"weights[7]" = "W2[1, 1]"
"weights[8]" = "W3[0, 0]"
"weights[9]" = "W3[0, 1]"
"errors[0]" = "-delta1[0]"
"errors[1]" = "-delta1[1]"
"errors[2]" = "-delta2[0]"
"errors[3]" = "-delta2[1]"
"errors[4]" = "-delta3[0]"
''',
    # the Python helper sigmoid_prim, the sigmoid's derivative (its name, and its sigmoid(x)), at its argument x, a
    # unit's sum. The first blind run's table left sigmoid_prim unnamed: fixed once, after that run
    "b124_pys": r'''
[notation]
functions = { sigmoid_prim = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # back_prop's output loop (k an output): expected[k] the target, self.activation_out[k] the output, error =
    # expected - output
    "b124_py": r'''
[notation]
indices = "k"
[notation.symbols]
"expected[k]" = "y[k]"
"self.activation_out[k]" = "a2[k]"
"error" = "y[k] - a2[k]"
''',
    # feed_forward's hidden loop (j a hidden unit): total the weighted sum of the inputs and the bias unit's 1.0
    "b124_pyh": r'''
[notation]
indices = "j"
[notation.symbols]
"total" = "z1[j]"
"self.activation_hid[j]" = "a1[j]"
''',
    # feed_forward's output loop (k an output): total the weighted sum of the hidden outputs (no output bias)
    "b124_pyo": r'''
[notation]
indices = "k"
[notation.symbols]
"total" = "z2[k]"
"self.activation_out[k]" = "a2[k]"
''',
    # the Julia NN's arrays, layers counted from 1 (the input): nn.a[1] the input, nn.a[i], nn.z[i], nn.w[i],
    # nn.b[i] layer i's outputs, sums, weights (output-first) and biases; nn.∇a[i], nn.∇b[i], nn.∇w[i] the loss's
    # gradients by them, which the loader does not take as patterns ("nn.∇a[i]": "is not one symbol"), so the
    # table names the arrays they are the gradients of; nn.act the sigmoid (init's default act = σ), nn.act′ its
    # derivative, left to the reader's reading of a named function's prime (the loader refuses "nn.act'" and
    # "act′" as names of a derivative). The first blind run's table named act and "act'" (init's keywords), not
    # nn.act, the name the formulas write: fixed once, after that run
    "b124_jl": r'''
[notation]
indices = "i"
functions = { "nn.act" = "sigmoid" }
[notation.symbols]
"nn.a[1]" = "x[:]"
"nn.a[i]" = "a{i-1}[:]"
"nn.z[i]" = "z{i-1}[:]"
"nn.w[i]" = "W{i-1}[:, :]"
"nn.b[i]" = "b{i-1}[:]"
''',
    # the helpers σ′ and tanh at a unit's sum x
    "b124_jls": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # loss(x, y) = sum((x - y) .^ 2), the loss, at the output x and the target y
    "b124_jll": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "a2[:]"
"y" = "y[:]"
''',
}
