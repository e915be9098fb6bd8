"""The networks and notations of batch 180 of the held-out public formulas (tests/public_formulas_batch180.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b180_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text, data_tables as _data


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the browser demo's perceptron (stored file 10527538137): two inputs (point[0], point[1]) into one sigmoid unit
    # with weights w1, w2 and bias b, cost = (pred - target)^2 (the squared error), learning_rate = 0.2 (its number)
    "b180_pc": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="squared_error", extra=_rate(0.2)),
    # the React/TypeScript component's SimpleNeuralNetwork (stored file 34469560250): weights[0] (hiddenSize x
    # inputSize) and weights[1] (outputSize x hiddenSize) output-first, biases bias[0], bias[1], sigmoid layers,
    # outputError = target - output and outputDelta added with the rate (half the squared error's step; the loss it
    # reports, the mean of the squared errors, is not what it steps on), learningRate 0.01; 9-6-2 there, 3-4-2 here
    "b180_tx": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the Swift TLNeuralNetwork (stored file 22616385815) with its InitialVC's numbers (Mazur's example): 2-2-2
    # sigmoid, input [0.05, 0.1], weight [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55] (w1 ... w8: hidden neuron 1's
    # two, hidden neuron 2's two, then output 1's two and output 2's two), bias [0.35, 0.6] (one per layer),
    # targetOutput [0.01, 0.99], learningRate 0.5; mseBackwardPass -(target - output): half the squared error
    "b180_sw": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.2], [0.25, 0.3]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                            'biases = [0.6, 0.6]',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the Swift autoassociator's Neuron (stored file 44511363713): sigmoid neurons (y = 1 / (1 + exp(-x))), the
    # output layer's delta (y - correct_answer) y (1 - y): half the squared error's dE/dx; 2-2-1 here
    "b180_sn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Dart neuron (stored file 27295362986): one tanh neuron with no bias (tanh of the inputs' weighted sum),
    # train(error) with the error target - output (the update adds it), the learning rate given to it (0.1 as
    # another version of the file writes it); three inputs here
    "b180_dt": problem_text('inputs = 3\nunits = 1\nactivation = "tanh"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Scala BackpropNet (stored file 49245210241): one hidden layer, Nodes with no bias, the logistic function,
    # partialError = target - output at the outputs and error = ff(output) * partialError added with the rate (half
    # the squared error's step); rate 1 ("Use 1 if in doubt"); 2-2-1 here
    "b180_sc": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the JavaScript NNEt's Node (stored file 38119099741): sigmoid nodes with a bias, train(inputs, correction)
    # with the output's correction expectedOutput - output, += with no rate (rate 1): half the squared error's step;
    # the node taken as the output node of a 2-2-1 network
    "b180_nn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(1.0)),
    # the Dart concrete-data network (stored file 49789330278): 4 inputs, 4 sigmoid hidden neurons, one LINEAR
    # output ("linear in the output layer"), no biases, MeanTimeSquareError 0.5 (target - output)^2, learning_rate
    # 0.3 (neural_Network.dart's)
    "b180_ad": problem_text('inputs = 4\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.3)),
    # the JavaScript Network class (stored file 1596355491): sigmoid neurons with biases, error = target - output at
    # the output layer, delta = error output (1 - output) (half the squared error's -dE/dz), rate 0.1 and momentum
    # 0.1 (config's defaults); 2-2-1 here
    "b180_nw": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Kotlin multik Neuron commented in Portuguese (stored file 20827822612): one neuron with no bias, the
    # sigmoid's slope output (1 - output), error = slope times the signal it is given (target - output at an output,
    # as the += update needs); taken as one sigmoid unit on three inputs, the rate 0.1 (none written)
    "b180_kn": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Kotlin network with packed arrays (stored file 71206135180): sigmoid layers (activate(sum * beta), beta the
    # gain: HyperParameters.defaults() gives 1.0, the plain sigmoid), biases, outputDelta = (target - activation)
    # beta a (1 - a) (half the squared error's -dE/dz), online steps with momentum on velocities (0 before the first
    # step); the defaults' learningRate 0.5 and momentum 0.2; 2-3-2 here
    "b180_kt": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
}

NOTATIONS = {
    # the perceptron demo: point[0], point[1] the inputs, target the label, w1, w2, b the unit's weights and bias,
    # z its sum, pred its output; dcost_dpred, dpred_dz, dz_dw1, dz_dw2, dz_db the chain's factors by what they
    # compute (dpred_dz the sigmoid's slope), dcost_dw1, dcost_dw2, dcost_db the gradients; cost the loss
    "b180_pc": r'''
[notation]
learning_rate = ["learning_rate"]
loss = ["cost"]
[notation.symbols]
"point[0]" = "x[0]"
"point[1]" = "x[1]"
"target" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b" = "b1[0]"
"z" = "z1[0]"
"pred" = "a1[0]"
"dcost_dpred" = "grad(a1[0])"
"dpred_dz" = "a1[0]*(1 - a1[0])"
"dz_dw1" = "x[0]"
"dz_dw2" = "x[1]"
"dz_db" = "1"
"dcost_dw1" = "grad(W1[0, 0])"
"dcost_dw2" = "grad(W1[0, 1])"
"dcost_db" = "grad(b1[0])"
''',
    # the TypeScript class: input, hidden, output the layers' values (arrays), target the targets, this.weights[0]
    # and this.weights[1] output-first, this.bias[0], this.bias[1] the biases; outputError = target - output,
    # outputDelta and hiddenDelta the code's deltas (-dE/dz: the updates add them), hiddenError = -dE/d(hidden);
    # this.sigmoidDerivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope at the SUM x, as the class defines it
    "b180_tx": r'''
[notation]
indices = "ij"
learning_rate = ["this.learningRate"]
functions = { "this.sigmoidDerivative" = "sigmoid' at input", "this.sigmoid" = "sigmoid" }
[notation.symbols]
"input" = "x[:]"
"hidden" = "a1[:]"
"output" = "a2[:]"
"target" = "y[:]"
"this.weights[0]" = "W1[:, :]"
"this.weights[1]" = "W2[:, :]"
"this.bias[0]" = "b1[:]"
"this.bias[1]" = "b2[:]"
"outputError" = "y[:] - a2[:]"
"outputDelta" = "-grad(z2[:])"
"hiddenError" = "-grad(a1[:])"
"hiddenDelta" = "-grad(z1[:])"
''',
    # the Swift TLNeuralNetwork's comments (Mazur's names): O1, O2 the outputs, H1, H2 the hidden outputs, W1 ... W8
    # the weights (W1, W2 into H1, W3, W4 into H2, W5, W6 into O1, W7, W8 into O2), E1, E2 each output's half
    # squared error (E = E1 + E2); dEn_dOn = dEn/dOn, dOn_dWm = dOn/dWm (the sigmoid's slope times the weight's
    # input), dOn_dHm = dOn/dHm, dHn_dWm = dHn/dWm; dE1_dW5 ... dE2_dW8 the gradients (each output weight reaches E
    # through one output), dE1_dW1 ... dE2_dW2 the part of dE/dW1, dE/dW2 through O1 or O2
    "b180_sw": r'''
[notation]
[notation.symbols]
"dE1_dO1" = "a2[0] - y[0]"
"dE2_dO2" = "a2[1] - y[1]"
"dO1_dW5" = "a2[0]*(1 - a2[0])*a1[0]"
"dO1_dW6" = "a2[0]*(1 - a2[0])*a1[1]"
"dO2_dW7" = "a2[1]*(1 - a2[1])*a1[0]"
"dO2_dW8" = "a2[1]*(1 - a2[1])*a1[1]"
"dE1_dW5" = "grad(W2[0, 0])"
"dE1_dW6" = "grad(W2[0, 1])"
"dE2_dW7" = "grad(W2[1, 0])"
"dE2_dW8" = "grad(W2[1, 1])"
"dO1_dH1" = "a2[0]*(1 - a2[0])*W2[0, 0]"
"dO2_dH1" = "a2[1]*(1 - a2[1])*W2[1, 0]"
"dH1_dW1" = "a1[0]*(1 - a1[0])*x[0]"
"dH1_dW2" = "a1[0]*(1 - a1[0])*x[1]"
"dE1_dW1" = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0, 0]*a1[0]*(1 - a1[0])*x[0]"
"dE2_dW1" = "(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1, 0]*a1[0]*(1 - a1[0])*x[0]"
"dE1_dW2" = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0, 0]*a1[0]*(1 - a1[0])*x[1]"
"dE2_dW2" = "(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1, 0]*a1[0]*(1 - a1[0])*x[1]"
''',
    # the Swift Neuron, as the output neuron: self.x its sum, self.y its output, correct_answer the target,
    # self.delta dE/d(sum) (the output layer's, (y - correct_answer) y (1 - y))
    "b180_sn": r'''
[notation]
[notation.symbols]
"self.x" = "z2[0]"
"self.y" = "a2[0]"
"correct_answer" = "y[0]"
"self.delta" = "delta2[0]"
''',
    # the Dart neuron: inputs[i] the inputs, weights[i] the weights, evaluate() the output (tanh of the sum), error
    # target - output (what train is given), delta the code's delta (-dE/dz: the update adds it)
    "b180_dt": r'''
[notation]
indices = "i"
learning_rate = ["learningRate"]
[notation.symbols]
"inputs[i]" = "x[i]"
"weights[i]" = "W1[0, i]"
"evaluate()" = "a1[0]"
"error" = "y[0] - a1[0]"
"delta" = "-grad(z1[0])"
''',
    # the Scala BackpropNet, its output node: target(j) the targets, outputLayer(j).output the outputs; the Node's
    # output, partialError (target - output), error (the code's delta, -dE/dz: the update adds it), weights(i) the
    # output node's weights, oldInputs(i) the hidden outputs it was given; ff(o) = o (1 - o), the slope written of
    # the output
    "b180_sc": r'''
[notation]
indices = "ij"
learning_rate = ["rate"]
functions = { ff = "sigmoid' at output" }
[notation.symbols]
"target(j)" = "y[j]"
"outputLayer(j).output" = "a2[j]"
"output" = "a2[0]"
"partialError" = "y[0] - a2[0]"
"error" = "-grad(z2[0])"
"weights(i)" = "W2[0, i]"
"oldInputs(i)" = "a1[i]"
''',
    # the NNEt's Node as the output node: inputs[i] the hidden outputs it is given, this.weights[i] its weights,
    # this.bias its bias, actualOutput the node's weighted SUM (activation(...) returns the sum plus the bias),
    # correction the output's error expectedOutput - output, delta the code's delta (-dE/dz: the updates add it);
    # sigmoidDerivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope at the sum
    "b180_nn": r'''
[notation]
indices = "i"
functions = { sigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"inputs[i]" = "a1[i]"
"this.weights[i]" = "W2[0, i]"
"this.bias" = "b2[0]"
"actualOutput" = "z2[0]"
"correction" = "y[0] - a2[0]"
"delta" = "-grad(z2[0])"
''',
    # the Dart concrete-data network: layers[0].neurons[i].value the inputs, layers[1].neurons[i].value the hidden
    # outputs, layers[2].neurons[i].value the output; a neuron's weights[j] the weights from it to neuron j of the
    # next layer (input-first); targets[i] the target; deltaY and hiddenLayerError[j] the code's deltas (-dE/dz: the
    # updates add them); dsigmoid(x) = x (1 - x), the slope written of the output
    "b180_ad": r'''
[notation]
indices = "ij"
learning_rate = ["learning_rate"]
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"layers[0].neurons[i].value" = "x[i]"
"layers[1].neurons[i].value" = "a1[i]"
"layers[2].neurons[i].value" = "a2[i]"
"layers[0].neurons[i].weights[j]" = "W1[j, i]"
"layers[1].neurons[i].weights[j]" = "W2[j, i]"
"targets[i]" = "y[i]"
"deltaY" = "-grad(z2[0])"
"hiddenLayerError[j]" = "-grad(z1[j])"
''',
    # the JavaScript Network, the output neuron and its connection from the first hidden neuron: target[j] the
    # targets, neuron.output the output, error target - output, neuron.delta the code's delta (-dE/dz: the change
    # adds it), connection.from.output the hidden output the connection carries, connection.weight its weight,
    # connection.change its last change (0 before the first step), neuron.bias the output's bias; change the new
    # change, at the first step minus eta times the weight's gradient (added after the blind run: first left unnamed)
    "b180_nw": r'''
[notation]
indices = "j"
learning_rate = ["this.rate"]
[notation.symbols]
"target[j]" = "y[j]"
"neuron.output" = "a2[0]"
"error" = "y[0] - a2[0]"
"neuron.delta" = "-grad(z2[0])"
"connection.from.output" = "a1[0]"
"connection.weight" = "W2[0, 0]"
"connection.change" = "0"
"this.momentum" = "0.1"
"change" = "-eta*grad(W2[0, 0])"
"neuron.bias" = "b2[0]"
''',
    # the Kotlin Neuron: output its output, signal what it is given (target - output, at an output), error the code's
    # delta (-dE/dz: the update adds it), weights its weights (a vector), input the inputs (a vector)
    "b180_kn": r'''
[notation]
learning_rate = ["learningRate"]
[notation.symbols]
"output" = "a1[0]"
"signal" = "y[0] - a1[0]"
"error" = "-grad(z1[0])"
"weights" = "W1[0, :]"
"input" = "x[:]"
''',
    # the Kotlin network's output layer: output the loop's index over the outputs (k), target[targetOffset + output]
    # the targets (targetOffset the sample's offset, 0 for one sample), activation the output's value, beta the
    # sigmoid's gain (1), outputDelta and delta the code's deltas (-dE/dz), layer.biasVelocity the biases' last
    # velocities (0 before the first step), momentum its coefficient (the defaults' 0.2); velocity the bias's new
    # velocity, at the first step minus eta times its gradient (added after the blind run: first left unnamed)
    "b180_kt": r'''
[notation]
indices = "k"
index_names = { output = "k" }
learning_rate = ["learningRate"]
[notation.symbols]
"targetOffset" = "0"
"target[k]" = "y[k]"
"activation" = "a2[k]"
"beta" = "1"
"outputDelta[k]" = "-grad(z2[k])"
"delta[k]" = "-grad(z2[k])"
"layer.biasVelocity[k]" = "0"
"momentum" = "0.2"
"velocity" = "-eta*grad(b2[k])"
''',
}
