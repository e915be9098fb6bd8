"""The networks and notations of batch 165 of the held-out public formulas (tests/public_formulas_batch165.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b165_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text, data_tables as _data


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


# Mazur's worked example ("A Step by Step Backpropagation Example"), which the TypeScript steps file walks: 2-2-2
# logistic units, one bias per layer shared by its two units (b1 = 0.35, b2 = 0.6), w1 ... w8 = 0.15, 0.2, 0.25,
# 0.3, 0.4, 0.45, 0.5, 0.55; the page's inputs (0.05, 0.10), targets (0.01, 0.99) and eta 0.5; E_total the sum of
# 1/2 (target - out)^2
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                      'weights = [[0.15, 0.20], [0.25, 0.30]]',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                      'weights = [[0.40, 0.45], [0.50, 0.55]]',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # the Julia file's train_NN_2_3_2 (stored file 65775320668): input-2-3-2-output as its docstring says, W2 (2x2),
    # W3 (3x2), W4 (2x3) output-first with biases b2, b3, b4 (columns, W2 * x .+ b2), sigmoid layers (NNlib.σ), the
    # backward pass's delta4 = a4 (1 - a4) (a4 - y): half the squared error's step for one sample (the file's
    # NN_2_3_2_loss, an L2 norm of the samples' norms, is a report, not the step's loss); eta = 0.05 by default
    "b165_jn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            'units = 2\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(0.05)),
    # the Julia XOR script (stored file 57977584667): the samples columns (X 2x4), W1 (3x2) and W2 (1x3)
    # output-first with biases b1 (3x1), b2 (1x1), σ the sigmoid at both layers, d2 = (a2 - Y) a2 (1 - a2): half the
    # squared error, summed over the samples (one here); lr = 1.0; 2-3-1 as the file
    "b165_jx": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(1.0)),
    # the R script commented in Chinese (stored file 41942201769): the samples rows (input_data %*%
    # weights_input_hidden), weights input-first with bias rows, sigmoid layers, error = target - output added back
    # through the deltas (half the squared error's step); input_size 2, hidden_size 3, output_size 1, input_data
    # (0.5, 0.8), target_output 0.6, learning_rate 0.1 (its numbers)
    "b165_rz": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.5, 0.8]", "[0.6]", 0.1)),
    # the R XOR script commented in Portuguese (stored file 40049868526): the samples rows, hidden_weights and
    # output_weights input-first, no biases, tanh at both layers, output_error = target - output added back through
    # the deltas (half the squared error's step); hidden_neurons 3, learning_rate 0.1; 2-3-1 (XOR's)
    "b165_rp": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                            'units = 1\nactivation = "tanh"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the R iris script (stored file 41601532894): the samples rows (x_train %*% weights_input_hidden),
    # weights input-first with biases, ReLU hidden units, softmax outputs, loss <- mean((output - y_train)^2) the
    # mean squared error (one sample: the mean over the 3 outputs), learning_rate 0.1; 4-1000-3 there, 4-3-3 here
    "b165_ri": problem_text('inputs = 4\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the MATLAB function backpropdemo2a (stored file 5150352561): Hagan's two layers, the samples columns (n1 =
    # W1*p + b1), W1 (s1 x r) and W2 (s2 x s1) output-first with column biases, tansig hidden units (s1 = 4), purelin
    # outputs, sse = sum(e.^2) the squared error, the rate h = .1; r = 2 inputs and s = 2 outputs here
    "b165_ml": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 2\nactivation = "identity"',
                            loss="squared_error", extra=_rate(0.1)),
    # the Lua/Torch script (stored file 27225400975): the samples columns (weights_input_hidden * input), weights
    # output-first with column biases, sigmoid layers, mean_squared_error = torch.pow(target - prediction, 2):mean()
    # (one output: the squared error), input_size 3, hidden_size 5, output_size 1, learning_rate 0.01 (its numbers)
    "b165_lu": problem_text('inputs = 3\nunits = 5\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # the TypeScript steps of a backpropagation walkthrough (stored file 25281835440): Mazur's network (above), the
    # page's inputs (0.05, 0.10), targets (0.01, 0.99) and eta 0.5 ("here, 0.5"); its weights come from a state the
    # file does not hold (Mazur's, whose example the page retells)
    "b165_ts": _MAZUR,
}

# Mazur's names (LaTeX), as the TypeScript steps write them
_MAZUR_NAMES = r'''
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"out_{k}" = "a2[k]"
"net_{k}" = "z2[k]"
"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
"E_{o1}" = "(y[0] - a2[0])**2/2"
"E_{o2}" = "(y[1] - a2[1])**2/2"
'''

NOTATIONS = {
    # the Julia 2-3-2 file: the page's layers counted from the input's 1 (a2, a3, a4 the three layers' outputs, W2,
    # W3, W4 and b2, b3, b4 their weights and biases: the network's layers 1, 2, 3), x_train the input, y_train the
    # target (columns), delta2, delta3, delta4 the loss's gradients by the layers' sums (the updates subtract them),
    # eta the rate
    "b165_jn": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"x_train" = "x[:]"
"y_train" = "y[:]"
"a2" = "a1[:]"
"a3" = "a2[:]"
"a4" = "a3[:]"
"W2" = "W1[:, :]"
"W3" = "W2[:, :]"
"W4" = "W3[:, :]"
"b2" = "b1[:]"
"b3" = "b2[:]"
"b4" = "b3[:]"
"delta2" = "grad(z1[:])"
"delta3" = "grad(z2[:])"
"delta4" = "grad(z3[:])"
''',
    # the Julia XOR script: X the input, Y the target (columns), a1, a2 the layers' outputs, W1, W2, b1, b2 the
    # weights (output-first) and biases, d2 and d1 the loss's gradients by the output and hidden sums (the step
    # subtracts them), lr the rate; σ the sigmoid
    "b165_jx": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"d2" = "grad(z2[:])"
"d1" = "grad(z1[:])"
''',
    # the Chinese R script: input_data the input and target_output the target (rows), hidden_layer_output and
    # output_layer_output the layers' outputs, weights_input_hidden and weights_hidden_output input-first, the biases
    # rows; error = target - output, output_delta and hidden_delta the code's deltas (-dE/dz: the updates add them),
    # hidden_error = -dE/d(hidden output); sigmoid_derivative(x) = x (1 - x), the slope written of the output
    "b165_rz": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"input_data" = "x[:].T"
"target_output" = "y[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_output" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"bias_hidden" = "b1[:].T"
"bias_output" = "b2[:].T"
"error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
''',
    # the Portuguese R script's train_mlp: input the inputs, output its argument holding the TARGETS (rows),
    # hidden_layer_input the hidden OUTPUTS (tanh of the product, despite its name), output_layer the outputs,
    # hidden_weights and output_weights input-first; output_error = target - output, output_delta and hidden_delta the
    # code's deltas (-dE/dz: the updates add them), hidden_error = -dE/d(hidden output); tanh_derivative(x) the
    # derivative of tanh at its argument, as its name and its body's (2/(exp(x) + exp(-x)))^2, sech^2 x, say (the
    # body's first factor mistyped, (2/exp(x) + exp(-x)): not a line taken)
    "b165_rp": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { tanh_derivative = "tanh' at input" }
[notation.symbols]
"input" = "x[:].T"
"output" = "y[:].T"
"hidden_layer_input" = "a1[:].T"
"output_layer" = "a2[:].T"
"hidden_weights" = "W1[:, :].T"
"output_weights" = "W2[:, :].T"
"output_error" = "y[:].T - a2[:].T"
"output_delta" = "-grad(z2[:]).T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-grad(z1[:]).T"
''',
    # the R iris script: x_train the input, y_train the (one-hot) target (rows), hidden_layer_output and
    # output_layer_output the layers' outputs, weights input-first, bias_hidden and bias_output R vectors;
    # output_error = output - target, output_delta and hidden_delta the loss's gradients by the output and hidden sums
    # (the updates subtract them), hidden_error the gradient by the hidden outputs
    "b165_ri": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x_train" = "x[:].T"
"y_train" = "y[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_output" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"bias_hidden" = "b1[:]"
"bias_output" = "b2[:]"
"output_error" = "a2[:].T - y[:].T"
"output_delta" = "grad(z2[:]).T"
"hidden_error" = "grad(a1[:]).T"
"hidden_delta" = "grad(z1[:]).T"
''',
    # the MATLAB backpropdemo2a: p the input, t the target (columns), n1, n2 the sums, a1, a2 the outputs, W1, W2
    # output-first, b1, b2 the biases, e = t - a2 the error, D2 = eye(s2) the purelin layer's derivative matrix (the
    # identity), D1 = diag(1 - a1.^2) tansig's, S2 and S1 the sensitivities (Hagan's: dF/dn, the sse's gradients by
    # the sums), h the rate
    "b165_ml": r'''
[notation]
learning_rate = ["h"]
[notation.symbols]
"p" = "x[:]"
"t" = "y[:]"
"n1" = "z1[:]"
"n2" = "z2[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"e" = "y[:] - a2[:]"
"D2" = "1"
"D1" = "diag(1 - a1[:]**2)"
"S2" = "grad(z2[:])"
"S1" = "grad(z1[:])"
''',
    # the Lua/Torch script: input the input, target the target (columns), hidden_output and final_output the layers'
    # outputs, network.weights_input_hidden and network.weights_hidden_output output-first, network.biases_hidden and
    # network.biases_output the column biases; output_error = output - target, output_delta and hidden_delta the
    # loss's gradients by the sums (the updates subtract them), hidden_error the gradient by the hidden outputs
    "b165_lu": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"input" = "x[:]"
"target" = "y[:]"
"hidden_output" = "a1[:]"
"final_output" = "a2[:]"
"network.weights_input_hidden" = "W1[:, :]"
"network.weights_hidden_output" = "W2[:, :]"
"network.biases_hidden" = "b1[:]"
"network.biases_output" = "b2[:]"
"output_error" = "a2[:] - y[:]"
"output_delta" = "grad(z2[:])"
"hidden_error" = "grad(a1[:])"
"hidden_delta" = "grad(z1[:])"
''',
    # the TypeScript steps: Mazur's names (above), E_{o1} and E_{o2} the outputs' halves of the loss, E_{total} the
    # loss, out_k and net_k output k's output and sum (k the sum's index), delta_{o1}, delta_{o2}, delta_{h1} the
    # node deltas dE_total/dnet (the code beside the formulas computes them so), eta the rate
    "b165_ts": r'''
[notation]
indices = "k"
loss = ["E_{total}"]
learning_rate = ["\\eta"]
[notation.symbols]''' + _MAZUR_NAMES + r'''"\\delta_{o1}" = "grad(z2[0])"
"\\delta_{o2}" = "grad(z2[1])"
"\\delta_{h1}" = "grad(z1[0])"
''',
}
