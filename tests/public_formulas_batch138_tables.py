"""The networks and notations of batch 138 of the held-out public formulas (tests/public_formulas_batch138.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b138_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the XOR script with a loss plot (stored file 25393436500): 2-2-1 sigmoid layers with biases, W1, W2
    # input-first (np.dot(X, W1)), loss = np.mean(0.5 * (y - output_layer) ** 2): half the squared error;
    # learning_rate = 0.05
    "b138_xp": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.05)),
    # the notMNIST script (stored file 26779332553): sigmoid layers without biases, links0, links1 input-first,
    # calc_cost = ((exp - out)**2)/2: half the squared error; updates without a rate (1); 784-16-10 there, 4-3-2 here
    "b138_nm": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the word-length classifier class (stored file 44844119148): sigmoid layers with biases, weights input-first,
    # output_delta = (y - output) output (1 - output): half the squared error's step (it prints the mean of the
    # squares); 3-4-1 as there, learning_rate=0.1
    "b138_wc": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the boxed-comment XOR script (stored file 70330283279): 2-2-1 sigmoid layers with biases, W1, W2 input-first,
    # error = Y - final_output: half the squared error's step; learning_rate = 0.5
    "b138_bx": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the Markdown article on weights in training (stored file 23141763625): 2-3-1 sigmoid layers without biases
    # (its size=(2, 3) and (3, 1)), weights input-first, error = expected_output - predicted_output: half the squared
    # error's step; learning_rate = 0.1
    "b138_ar": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Java recommender commented in Chinese (stored file 59387925030): a tanh hidden layer and a sigmoid output
    # with biases, weights1[j][i] and weights2[i][0] input-first, outputDelta = (target - output) output (1 - output):
    # half the squared error's step; 64 inputs there, 3-4-1 here, learning rate 0.01 (update(input, target, 0.01))
    "b138_jz": problem_text('inputs = 3\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the TypeScript heat-transfer network (stored file 52060027464): sigmoid layers with biases, w1[i][j] and
    # w2[0][i] output-first, outputDelta = (target - output) output (1 - output): half the squared error's step;
    # 8-12-1 there, 3-4-1 here, lr = 0.1
    "b138_ts": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Java spam network (stored file 18359325865): sigmoid layers with biases, weightsInputHidden[i][j] and
    # weightsHiddenOutput[i][0] input-first, outputError = target - output: half the squared error's step; 3-4-1 here,
    # learningRate 0.1 here (a field the constructor sets)
    "b138_js": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Java NetBase (stored file 24268240423): sigmoid layers without biases, weights input-first, no rate in its
    # updates (1); outputError = target - output: half the squared error's step; 3-4-1 here
    "b138_nb": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the C++ news-reading network (stored file 17890505221): 4-2-1 sigmoid layers with biases as there,
    # weightsInputHidden[j][i] input-first, weightsHiddenOutput[i], outputError = label - output: half the squared
    # error's step; NeuralNetwork nn(0.7): learning rate 0.7
    "b138_cp": problem_text('inputs = 4\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.7)),
    # the C# Unity network (stored file 43612684111): 2-2-1 sigmoid layers with biases as there,
    # weightsInputHidden[j, i] input-first, weightsHiddenOutput[i]; outputError = target - output: half the squared
    # error's step; Train(..., 0.1f)
    "b138_cs": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the XOR script with a loss plot: X the input row, y its label, W1, W2 input-first, b1, b2 rows, hidden_layer
    # and output_layer the layers' output rows, output_delta and hidden_delta the code's deltas (-dE/dz: the updates
    # add them); sigmoid_derivative(x) = x * (1 - x), the slope written of the output
    "b138_xp": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"hidden_layer" = "a1[:].T"
"output_layer" = "a2[:].T"
"output_delta" = "-delta2[:].T"
"hidden_delta" = "-delta1[:].T"
''',
    # the notMNIST script: inputs the input row, expected its one-hot row, links0, links1 input-first,
    # hidden_layer, output_layer the output rows, output_delta and hidden_delta the code's deltas (-dE/dz);
    # derivatives_sigmoid(x) = x * (1 - x) of the output
    "b138_nm": r'''
[notation]
functions = { derivatives_sigmoid = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"expected" = "y[:].T"
"links0" = "W1[:, :].T"
"links1" = "W2[:, :].T"
"hidden_layer" = "a1[:].T"
"output_layer" = "a2[:].T"
"output_delta" = "-delta2[:].T"
"hidden_delta" = "-delta1[:].T"
''',
    # the word-length classifier: X the input row, y its label, self.weights_input_hidden and
    # self.weights_hidden_output input-first, self.bias_hidden, self.bias_output, self.hidden_output, self.output
    # rows; output_delta and hidden_delta the code's deltas (-dE/dz); sigmoid_derivative of the output
    "b138_wc": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.weights_input_hidden" = "W1[:, :].T"
"self.weights_hidden_output" = "W2[:, :].T"
"self.bias_hidden" = "b1[:].T"
"self.bias_output" = "b2[:].T"
"self.hidden_output" = "a1[:].T"
"self.output" = "a2[:].T"
"output_delta" = "-delta2[:].T"
"hidden_delta" = "-delta1[:].T"
''',
    # the boxed-comment XOR script: X the input row, Y its label, W1, W2 input-first, b1, b2 rows, hidden_input,
    # hidden_output, final_input, final_output rows, error = Y - final_output, output_delta and hidden_delta the
    # code's deltas (-dE/dz); sigmoid_derivative of the output
    "b138_bx": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"hidden_input" = "z1[:].T"
"hidden_output" = "a1[:].T"
"final_input" = "z2[:].T"
"final_output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"output_delta" = "-delta2[:].T"
"hidden_delta" = "-delta1[:].T"
''',
    # the Markdown article: input_data the input row, expected_output its label, weights_input_hidden and
    # weights_hidden_output input-first, hidden_layer_input, hidden_layer_output, output_layer_input,
    # predicted_output rows, error = expected_output - predicted_output, output_delta and hidden_delta the code's
    # deltas (-dE/dz); sigmoid_derivative of the output
    "b138_ar": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"input_data" = "x[:].T"
"expected_output" = "y[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"predicted_output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"output_delta" = "-delta2[:].T"
"hidden_delta" = "-delta1[:].T"
''',
    # the Java recommender's update(input, target, learningRate), its weight loops: input[i] input i, hidden[j] hidden
    # unit j's tanh output, output the sigmoid output, target its target, weights1[i][j] from input i to hidden j,
    # weights2[i][0] from hidden i to the output, bias1, bias2 the biases; outputError = target - output, outputDelta
    # the code's delta (-dE/dz2: the updates add it), hiddenError and hiddenDelta hidden unit j's -dE/d hidden[j] and
    # -dE/dz1[j] in the nested loop
    "b138_jz": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"input[i]" = "x[i]"
"hidden[i]" = "a1[i]"
"output" = "a2[0]"
"target" = "y[0]"
"weights1[i][j]" = "W1[j, i]"
"weights2[i][0]" = "W2[0, i]"
"bias1[i]" = "b1[i]"
"bias2[0]" = "b2[0]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenError" = "-grad(a1[j])"
"hiddenDelta" = "-delta1[j]"
''',
    # the TypeScript network's train: x the normalized input, target its target, hiddenSums and hiddenOutputs the
    # hidden sums and outputs, output the output, this.weights.w1[i][j] from input j to hidden i (output-first),
    # this.weights.w2[0][i] from hidden i to the output, b1, b2 the biases; outputError = target - output,
    # outputDelta the code's delta (-dE/dz2), hiddenErrors and hiddenDeltas the hidden units' -dE/d(output) and
    # -dE/dz1; in the map callbacks, w, row and b the element of the array mapped, err hiddenErrors[i], i and j the
    # callbacks' indices
    "b138_ts": r'''
[notation]
indices = "ij"
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:]"
"target" = "y[0]"
"hiddenSums" = "z1[:]"
"hiddenOutputs" = "a1[:]"
"output" = "a2[0]"
"this.weights.w1" = "W1[:, :]"
"this.weights.w2" = "W2[:, :]"
"this.weights.b1" = "b1[:]"
"this.weights.b2" = "b2[:]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenErrors" = "-grad(a1[:])"
"hiddenDeltas" = "-delta1[:]"
"err" = "-grad(a1[i])"
''',
    # the Java spam network's trainSample(input, target): input[i] input i, hiddenLayer[i] hidden unit i's output,
    # output the output, weightsInputHidden[i][j] from input i to hidden j, weightsHiddenOutput[i][0] from hidden i
    # to the output, biasesHidden, biasesOutput the biases; outputError = target - output, outputDelta the code's
    # delta (-dE/dz2: the updates add it), hiddenErrors[i] and hiddenDeltas[i] hidden unit i's -dE/d(output) and
    # -dE/dz1; learningRate the field
    "b138_js": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"input[i]" = "x[i]"
"hiddenLayer[i]" = "a1[i]"
"output" = "a2[0]"
"target" = "y[0]"
"weightsInputHidden[i][j]" = "W1[j, i]"
"weightsHiddenOutput[i][0]" = "W2[0, i]"
"biasesHidden[i]" = "b1[i]"
"biasesOutput[0]" = "b2[0]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenErrors[i]" = "-grad(a1[i])"
"hiddenDeltas[i]" = "-delta1[i]"
''',
    # the Java NetBase's backward(target): the same names as the spam network's without biases; deltaOutput the code's
    # delta (-dE/dz2), hiddenError and deltaHidden hidden unit j's -dE/d(output) and -dE/dz1 in the nested loop; no
    # rate in its updates
    "b138_nb": r'''
[notation]
indices = "ij"
[notation.symbols]
"hiddenLayer[i]" = "a1[i]"
"output" = "a2[0]"
"target" = "y[0]"
"weightsInputHidden[i][j]" = "W1[j, i]"
"weightsHiddenOutput[i][0]" = "W2[0, i]"
"outputError" = "y[0] - a2[0]"
"deltaOutput" = "-delta2[0]"
"hiddenError" = "-grad(a1[j])"
"deltaHidden" = "-delta1[j]"
''',
    # the C++ network's backward(example, output, hiddenLayer): example.features[j] input j, example.label the
    # label, hiddenLayer[i] hidden unit i's output, output the output, weightsInputHidden[j][i] from input j to hidden
    # i, weightsHiddenOutput[i] from hidden i to the output, hiddenBias[i], outputBias the biases; outputError =
    # label - output, outputDelta the code's delta (-dE/dz2), hiddenError[i] and hiddenDelta[i] hidden unit i's
    # -dE/d(output) and -dE/dz1; learningRate the member
    "b138_cp": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"example.features[j]" = "x[j]"
"example.label" = "y[0]"
"hiddenLayer[i]" = "a1[i]"
"output" = "a2[0]"
"weightsInputHidden[j][i]" = "W1[i, j]"
"weightsHiddenOutput[i]" = "W2[0, i]"
"hiddenBias[i]" = "b1[i]"
"outputBias" = "b2[0]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenError[i]" = "-grad(a1[i])"
"hiddenDelta[i]" = "-delta1[i]"
''',
    # the C# network's Forward and Train: x1, x2 the two inputs, target the target, weightsInputHidden[j, i] from
    # input j to hidden i, weightsHiddenOutput[i] from hidden i to the output, biasesHidden[i], biasOutput the
    # biases, hiddenRaw[i] and hiddenActivations[i] hidden unit i's sum and output, hiddenOutput hidden unit i's
    # output in the delta loop, input input j in the update loop; outputError = target - output, outputDelta the
    # code's delta (-dE/dz2: the updates add it), hiddenDeltas[i] hidden unit i's -dE/dz1
    "b138_cs": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"target" = "y[0]"
"output" = "a2[0]"
"weightsInputHidden[j, i]" = "W1[i, j]"
"weightsHiddenOutput[i]" = "W2[0, i]"
"biasesHidden[i]" = "b1[i]"
"biasOutput" = "b2[0]"
"hiddenRaw[i]" = "z1[i]"
"hiddenActivations[i]" = "a1[i]"
"hiddenOutput" = "a1[i]"
"input" = "x[j]"
"outputError" = "y[0] - a2[0]"
"outputDelta" = "-delta2[0]"
"hiddenDeltas[i]" = "-delta1[i]"
''',
}
