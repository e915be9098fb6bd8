"""The networks and notations of batch 187 of the held-out public formulas (tests/public_formulas_batch187.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b187_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the C program nw.c commented in Japanese (stored file 26935212469): first_weight[HIDDEN][INPUT] and
    # second_weight[OUTPUT][HIDDEN] output-first, no biases, sigmoid layers (ALPHA 1), output_delta = (output -
    # label) * slope: the half squared error's dE/dz; #define ETA 0.01; 100-100-10 there, 3-2-2 here
    "b187_jp": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.01)),
    # the Go feedforward network (stored file 20085284209): layer.weights[parent][child] input-first, biases,
    # sigmoid layers, errors = expected - output and deltas = errors * x (1 - x): the half squared error's -dE/dz,
    # added by update_weights; learning_rate 0.1 (NewNeuralNetwork's); main's XOR network 2-3-1
    "b187_go": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Rust Neuron commented in German (stored file 52417678369): one sigmoid neuron with weights and a bias,
    # error = target - prediction, gradient = error * prediction (1 - prediction): the half squared error's -dE/dz,
    # added to the weights; learning_rate train's argument (0.1 here); 2 inputs here
    "b187_rs": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the C++ NeuralNetwork of nnpp (stored file 188895919): each neuron's weights from the previous layer's neurons
    # (output-first) and its bias, the Sigmoid activation (sigmoidDerivative(x) = x (1 - x), of the output),
    # gradient = (target - output) * derivative: the half squared error's -dE/dz, added with learningRate (read
    # from a stream: 0.1 here); 2-3-1 here
    "b187_np": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the C# NeuralNetwork (stored file 21472014379), its NOT_LINEAR learning: neurons with inputs (a bias neuron's
    # constant 1 among them), sigmoid layers (Calculations.Derivative of the output value, x (1 - x)), Gradient =
    # (expected - output) * derivative: the half squared error's -dE/dz; the weights move by Momentum (0.1) times
    # the gradient: rate 0.1; 2-3-2 here (two outputs, so that the hidden gradient's sum over them shows)
    "b187_cs": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Java NeuralNetwork (stored file 17814172119): weights1[input][hidden] and weights2[hidden][output]
    # input-first, biases bias1[0][j], bias2[0][k], sigmoid layers, errorOutput = output - target: the half squared
    # error's dE/d output; learningRate the constructor's (0.1 here); 2-3-1 here
    "b187_jv": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the C++ T_BPClassifier in TClassifier.hpp (stored file 44359799661): weightsInput2Hidden[i][j] and
    # weightsHidden2Output[j][k] input-first, each layer's bias the weight of a -1 unit (the arrays' last rows),
    # sigmoid layers (activation), a one-hot idealOutput, errorOutput = o (1 - o) (ideal - o): the half squared
    # error's -dE/dz; rate 0.4 and momentum 0.8 by default; 2-3-2 here
    "b187_bp": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.4)),
}

NOTATIONS = {
    # nw.c: i a unit of the layer fed (a hidden unit or an output), j a unit of the layer feeding it; train_data
    # the input, train_label the target, second_input, second_value the hidden sums and outputs, output_input,
    # output_value the output's; first_weight[i][j] and second_weight[i][j] output-first; output_delta and
    # second_delta the sums' gradients (dE/dz, as the updates subtract them); sigmoid_delta(x) = ALPHA x (1 - x)
    # (ALPHA 1), the slope written of the output
    "b187_jp": r'''
[notation]
indices = "ij"
learning_rate = ["ETA"]
functions = { sigmoid_delta = "sigmoid' at output" }
[notation.symbols]
"train_data[j]" = "x[j]"
"train_label[i]" = "y[i]"
"second_input[i]" = "z1[i]"
"second_value[i]" = "a1[i]"
"output_input[i]" = "z2[i]"
"output_value[i]" = "a2[i]"
"first_weight[i][j]" = "W1[i, j]"
"second_weight[i][j]" = "W2[i, j]"
"output_delta[i]" = "grad(z2[i])"
"second_delta[i]" = "grad(z1[i])"
"ALPHA" = "1"
''',
    # the Go network's calc_delta_output: i an output; expected the target, nn.output_layer.values the outputs,
    # errors target minus output, nn.output_layer.deltas the code's output deltas (-dE/dz: the updates add them);
    # d_sigmoid(x) = x (1 - x), the slope written of the output
    "b187_goo": r'''
[notation]
indices = "i"
functions = { d_sigmoid = "sigmoid' at output" }
[notation.symbols]
"expected[i]" = "y[i]"
"nn.output_layer.values[i]" = "a2[i]"
"errors" = "y[i] - a2[i]"
"nn.output_layer.deltas[i]" = "-delta2[i]"
''',
    # the Go network's calc_deltas and update_weights as train calls them with (nn.output_layer,
    # nn.hidden_layer[0]): source the output layer, target the hidden layer; j and k the loops' units (j a hidden
    # unit and k an output in calc_deltas, j an output and k a hidden unit in update_weights); source.weights[j][k]
    # input-first (parent, child), source.deltas the output deltas (-dE/dz), target.deltas the hidden ones, errors
    # the sum over the outputs of source.deltas[k] source.weights[j][k] (-dE/d hidden output j), source.bias the
    # output biases
    "b187_goh": r'''
[notation]
indices = "jk"
functions = { d_sigmoid = "sigmoid' at output" }
[notation.symbols]
"source.deltas[k]" = "-delta2[k]"
"source.weights[j][k]" = "W2[k, j]"
"source.bias[k]" = "b2[k]"
"target.values[j]" = "a1[j]"
"target.deltas[j]" = "-delta1[j]"
"errors" = "-grad(a1[j])"
''',
    # the Rust Neuron's train: i an input; inputs the input, target the target, prediction the neuron's output,
    # error target minus prediction, gradient the code's delta (-dE/dz: the updates add it), self.weights and
    # self.bias the neuron's
    "b187_rs": r'''
[notation]
indices = "i"
[notation.symbols]
"inputs[i]" = "x[i]"
"target" = "y[0]"
"prediction" = "a1[0]"
"error" = "y[0] - a1[0]"
"gradient" = "-delta1[0]"
"self.weights[i]" = "W1[0, i]"
"self.bias" = "b1[0]"
''',
    # nnpp's output-layer loop: i an output; targetValuesData the target, outputLayerNeuronsData[i].outputValue the
    # output, delta target minus output, outputLayerNeuronsData[i].gradient the code's delta (-dE/dz: the updates
    # add it); derivative the Sigmoid's, sigmoidDerivative(x) = x (1 - x), the slope written of the output
    "b187_np": r'''
[notation]
indices = "i"
functions = { derivative = "sigmoid' at output" }
[notation.symbols]
"targetValuesData[i]" = "y[i]"
"outputLayerNeuronsData[i].outputValue" = "a2[i]"
"outputLayerNeuronsData[i].gradient" = "-delta2[i]"
"delta" = "y[i] - a2[i]"
''',
    # nnpp's hidden-layer loop (layerIndex 1): neuronIndex a hidden unit, nextNeuronIndex an output;
    # nextLayerNeuronsData[k].weights[j] output-first, .gradient the deltas (-dE/dz), error the sum over the
    # outputs of weights times gradient (-dE/d hidden output)
    "b187_nph": r'''
[notation]
indices = "jk"
index_names = { neuronIndex = "j", nextNeuronIndex = "k" }
functions = { derivative = "sigmoid' at output" }
[notation.symbols]
"nextLayerNeuronsData[k].weights[j]" = "W2[k, j]"
"nextLayerNeuronsData[k].gradient" = "-delta2[k]"
"hiddenLayerNeuronsData[j].outputValue" = "a1[j]"
"hiddenLayerNeuronsData[j].gradient" = "-delta1[j]"
"error" = "-grad(a1[j])"
''',
    # nnpp's update loop at layerIndex 2, the output layer (one neuron here): w a hidden unit, neuronWeightsData[w]
    # the output neuron's weight from it, prevLayerNeuronsData[w].outputValue its output, neuron.gradient the
    # output's delta (-dE/dz), neuron.bias its bias
    "b187_npu": r'''
[notation]
indices = "w"
learning_rate = ["learningRate"]
[notation.symbols]
"neuronWeightsData[w]" = "W2[0, w]"
"prevLayerNeuronsData[w].outputValue" = "a1[w]"
"neuron.gradient" = "-delta2[0]"
"neuron.bias" = "b2[0]"
''',
    # the C# NOT_LINEAR output loop: outputNeuronNo an output (k); learnSample.OutputData the target, outputValue
    # the output, error target minus output, derivative the sigmoid's slope at the output (Calculations.Derivative
    # of the output value) (the last layer's neurons' Gradient, Topology.Layers.Last().Neurons[outputNeuronNo]
    # .Gradient, left unnamed: a symbol cannot hold a call before a field, the loader's "is not one symbol")
    "b187_cso": r'''
[notation]
indices = "k"
index_names = { outputNeuronNo = "k" }
[notation.symbols]
"learnSample.OutputData[k]" = "y[k]"
"outputValue" = "a2[k]"
"error" = "y[k] - a2[k]"
"derivative" = "a2[k]*(1 - a2[k])"
''',
    # the C# hidden-gradient loop and the weight loop at layerNo 2 (the output layer): neuron the output neuron k,
    # input its input from hidden neuron j (connectedNeuron), input.Weight W2[k, j], derivative the hidden unit's
    # slope (of its output value), Gradient the code's deltas (-dE/dz); Momentum the class's 0.1, the step's rate
    # (the weight loop's only factor besides the gradient: learning_rate, as the second blind run has it; the first
    # gave it as the value "Momentum" = "0.1", which check held as a number beside eta)
    "b187_csh": r'''
[notation]
indices = "jk"
learning_rate = ["Momentum"]
[notation.symbols]
"neuron.Gradient" = "-delta2[k]"
"connectedNeuron.Gradient" = "-delta1[j]"
"input.Weight" = "W2[k, j]"
"derivative" = "a1[j]*(1 - a1[j])"
"connectedNeuron.GetOutputValue()" = "a1[j]"
''',
    # the C# file's commented "Internet example" (the last layer's neurons): neuron an output k, connection its
    # input from hidden unit j; expectedOutput the target, output the output, netInput the connection's input (the
    # hidden output), nodeDelta the code's delta (-dE/dz), delta the weight's gradient dE/dW2 (-1 * netInput *
    # nodeDelta, passed to UpdateWeight with the rate)
    "b187_csx": r'''
[notation]
indices = "jk"
[notation.symbols]
"expectedOutput" = "y[k]"
"output" = "a2[k]"
"netInput" = "a1[j]"
"nodeDelta" = "-delta2[k]"
"delta" = "grad(W2[k, j])"
''',
    # the Java train's output error and the first layer's updates: k and l the loops' indices (k an output in the
    # error loop; k an input and l a hidden unit in the weights1 loop, k a hidden unit in the bias1 loop); j the
    # training sample (one here, a literal); output the outputs, targets[j][k] the target, errorOutput the half
    # squared error's derivative by the output (output - target); weights1[k][l] input-first; weightGradient and
    # biasGradient, in these loops, the gradients of weights1[k][l] and bias1[0][k] (the names' meaning: what the
    # -= updates subtract)
    "b187_jv": r'''
[notation]
indices = "kl"
learning_rate = ["learningRate"]
[notation.symbols]
"output[k]" = "a2[k]"
"targets[j][k]" = "y[k]"
"errorOutput[k]" = "grad(a2[k])"
"weights1[k][l]" = "W1[l, k]"
"bias1[0][k]" = "b1[k]"
"weightGradient" = "grad(W1[l, k])"
"biasGradient" = "grad(b1[k])"
''',
    # the Java train's second layer's updates: k a hidden unit and l an output in the weights2 loop, k an output in
    # the bias2 loop; weightGradient and biasGradient the gradients of weights2[k][l] and bias2[0][k]
    "b187_jv2": r'''
[notation]
indices = "kl"
learning_rate = ["learningRate"]
[notation.symbols]
"weights2[k][l]" = "W2[l, k]"
"bias2[0][k]" = "b2[k]"
"weightGradient" = "grad(W2[l, k])"
"biasGradient" = "grad(b2[k])"
''',
    # the T_BPClassifier's backwardFeed: k an output, j a hidden unit; neuronOutput, neuronHidden the layers'
    # outputs, idealOutput the one-hot target, errorOutput and errorHidden the code's deltas (-dE/dz: the updates add
    # them), sum the sum over the outputs of weightsHidden2Output[j][k] errorOutput[k] (-dE/d hidden output j)
    "b187_bp": r'''
[notation]
indices = "jk"
[notation.symbols]
"neuronOutput[k]" = "a2[k]"
"idealOutput[k]" = "y[k]"
"errorOutput[k]" = "-delta2[k]"
"neuronHidden[j]" = "a1[j]"
"errorHidden[j]" = "-delta1[j]"
"sum" = "-grad(a1[j])"
''',
}
