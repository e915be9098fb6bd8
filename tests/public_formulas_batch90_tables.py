"""The networks and notations of batch 90 of the held-out public formulas (tests/public_formulas_batch90.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b90_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Saksham355's neural_net_utils.py: X @ W1 + b1 -> sigmoid hidden -> A2 = Z2 (a linear output), one output
    # (y_true.reshape(-1, 1)), dZ2 = (A2 - y) / m: the half squared error averaged over the m rows (one here)
    "b90_sk": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                      loss="half_squared_error"),
    # toynet.js (Schiendorfer's worked example): x = (3, 1) -> sigmoid h (weights (6, -2) and (-3, 5), biases 0)
    # -> sigmoid o (weights (1, 0.25) and (-2, 2), biases 0), target (1, 0), netLoss = sum (t - o)^2, whose
    # derivative is 2 (o - t); alpha = 0.5; the page's batch of two samples is one here (b = 1)
    "b90_tn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[6.0, -2.0], [-3.0, 5.0]]\n'
                           'biases = [0.0, 0.0]',
                           'units = 2\nactivation = "sigmoid"\nweights = [[1.0, 0.25], [-2.0, 2.0]]\n'
                           'biases = [0.0, 0.0]',
                           loss="squared_error", extra=_data("[3.0, 1.0]", "[1.0, 0.0]", 0.5)),
    # TRACX's Giroux_Rey bp_tanh_backprop.m and tanh_feedforward.m: tanh hidden and output layers, Errors_RAW =
    # output - target (the half squared error's dE/da); the bias unit the script appends (BIAS_VALUE) left out,
    # so the weights are the matrices without their bias row
    "b90_tr": _layers('inputs = 3\nunits = 2\nactivation = "tanh"\nbias = "none"',
                      'units = 3\nactivation = "tanh"\nbias = "none"', loss="half_squared_error"),
    # 4pm-nomnom's maths.c: the XOR network 2-2-1, sigmoid, weights[0] the bias, 0.5 (target - output)^2
    "b90_pm": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # the stored Japanese notes: one fully connected layer a_j = sum_k w_jk x_k + b_j, softmax, cross-entropy
    "b90_jp": _layers('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # the two stored hiddenDeltas.m: sigmoid hidden and output layers, outputDeltas dE/dnet of the outputs (the
    # English copy's comment: "the vector of partial derivatives of the error with respect to the net input")
    "b90_hd": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # austinapatel's Handwritten-Recognition: one layer of sigmoid neurons (no bias), error = actual - output;
    # no loss is written, and the step error * input * rate is the delta rule of the squared error's
    "b90_ap": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # Saksham355's NumPy: rows of samples, W1 and W2 input-first (np.dot(X, W1)), so symbols.md's transposed;
    # m the rows (one), lr the rate, dZ2, dZ1 dE/dz, dA1 dE/da1, dW, db the gradients (dW transposed),
    # sigmoid_derivative(z) = sigmoid(z) (1 - sigmoid(z)), at the input
    "b90_sk": r'''
[notation]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:]"
"y_true" = "y[:]"
"W1" = "W1[:, :].T"
"b1" = "b1[:]"
"W2" = "W2[:, :].T"
"b2" = "b2[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"m" = "1"
"dZ2" = "delta2[:]"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "delta1[:]"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:])"
''',
    # toynet.js at its first output and first hidden node (o = 0, h = 0, the loops' aliases output = neto[o] and
    # hidden = neth[h]): NETIN the sum, NETOUT the activation, NETGOUT and NETGIN the loss's gradients by them,
    # NETWEIGHTS, NETBIAS the parameters and NETG... their gradients (the ...SUM over a batch of b = 1); targets[o]
    # the target, neti[i] the inputs, alpha the rate. The activators (netOutputActivator[1], the sigmoid's
    # derivative) cannot be named: a function's name is a word
    "b90_tn": r'''
[notation]
indices = "i"
learning_rate = ["alpha"]
[notation.symbols]
"output[NETIN]" = "z2[0]"
"output[NETOUT]" = "a2[0]"
"output[NETGOUT]" = "grad(a2[0])"
"output[NETGIN]" = "delta2[0]"
"output[NETBIAS]" = "b2[0]"
"output[NETGBIAS]" = "grad(b2[0])"
"output[NETGBIASSUM]" = "grad(b2[0])"
"output[NETWEIGHTS][h]" = "W2[0, 0]"
"output[NETGWEIGHTS][h]" = "grad(W2[0, 0])"
"output[NETGWEIGHTSSUM][h]" = "grad(W2[0, 0])"
"targets[o]" = "y[0]"
"hidden[NETIN]" = "z1[0]"
"hidden[NETOUT]" = "a1[0]"
"hidden[NETGOUT]" = "grad(a1[0])"
"hidden[NETGIN]" = "delta1[0]"
"neth[h][NETIN]" = "z1[0]"
"neth[h][NETGOUT]" = "grad(a1[0])"
"neth[h][NETGIN]" = "delta1[0]"
"hidden[NETBIAS]" = "b1[0]"
"hidden[NETGBIAS]" = "grad(b1[0])"
"hidden[NETGBIASSUM]" = "grad(b1[0])"
"hidden[NETWEIGHTS][i]" = "W1[0, i]"
"hidden[NETGWEIGHTS][i]" = "grad(W1[0, i])"
"hidden[NETGWEIGHTSSUM][i]" = "grad(W1[0, i])"
"neti[i]" = "x[i]"
"b" = "1"
''',
    # TRACX's backprop: row vectors, IH_wts and HO_wts input-first (symbols.md's transposed), Errors_RAW = dE/da2,
    # Errors_OUTPUT = dE/dz2, the first dE_dw the hidden-to-output gradient (HO_wts' shape), HO_dwts its step,
    # Old_HO_dwts the last step (0 at the first), Momentum its factor (any: it multiplies 0), tanh_deriv(a) = 1 - a^2
    # (the copy in Bilingual/Biling_hard with Temperature 1 and Fahlman_offset 0), at the output
    "b90_tb": r'''
[notation]
learning_rate = ["Learning_rate"]
functions = { tanh_deriv = "tanh' at output" }
[notation.symbols]
"Input_pattern" = "x[:]"
"Hidden_out_activations" = "a1[:]"
"Output_out_activations" = "a2[:]"
"Target" = "y[:]"
"IH_wts" = "W1[:, :].T"
"HO_wts" = "W2[:, :].T"
"Errors_RAW" = "grad(a2[:])"
"Errors_OUTPUT" = "delta2[:]"
"dE_dw" = "grad(W2[:, :]).T"
"HO_dwts" = "-eta*grad(W2[:, :]).T"
"Old_HO_dwts" = "0"
"Momentum" = "0.9"
''',
    # tanh_feedforward.m: Input the input row, IH_wts and HO_wts input-first, the net inputs and activations of the
    # two layers, tanh_squash the tanh
    "b90_tf": r'''
[notation]
functions = { tanh_squash = "tanh" }
[notation.symbols]
"Input" = "x[:]"
"IH_wts" = "W1[:, :].T"
"HO_wts" = "W2[:, :].T"
"Hid_net_in_acts" = "z1[:]"
"Hid_out_acts" = "a1[:]"
"Output_net_in_acts" = "z2[:]"
"Output_out_acts" = "a2[:]"
''',
    # 4pm-nomnom's maths.c, for the output node and its first input (the first hidden unit): target and output the
    # target and the network's output, input the hidden unit's output, weight the weight between them, output_n the
    # hidden unit's output; error_outputs the loss, derrivative_Error_output dE/doutput, derrivative_outpout(x) =
    # x (1 - x) at the output, delta dE/dw, error_hidden_prev dE/dh, error_hidden dE/dnet of the hidden unit
    "b90_pm": r'''
[notation]
loss = ["error_outputs"]
functions = { derrivative_outpout = "sigmoid' at output" }
[notation.symbols]
"target" = "y[0]"
"output" = "a2[0]"
"input" = "a1[0]"
"weight" = "W2[0, 0]"
"output_n" = "a1[0]"
"derrivative_Error_output" = "grad(a2[0])"
"delta" = "grad(W2[0, 0])"
"error_hidden_prev" = "grad(a1[0])"
"error_hidden" = "delta1[0]"
''',
    # the Japanese notes: units counted from 1 (t_{n,1}), n the sample (a literal: not an index letter), a_j the
    # sum, y_{n,k} the softmax output, t_{n,k} the target, w_{ji} from input i to unit j, E_n the sample's loss
    "b90_jp": r'''
[notation]
indices = "ijk"
loss = ["E_n"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ji}" = "W1[j-1, i-1]"
"b_{j}" = "b1[j-1]"
"a_{j}" = "z1[j-1]"
"y_{n,k}" = "a1[k-1]"
"t_{n,k}" = "y[k-1]"
"\\delta_{j}" = "delta1[j-1]"
''',
    # hiddenDeltas.m: hiddenOutputs the hidden layer's outputs, outputDeltas dE/dnet of the outputs, outputWeights
    # the hidden-to-output weights (a row per output unit, symbols.md's W2), sigmoidDeriv the hidden slopes,
    # deltas dE/dnet of the hidden units
    "b90_hd": r'''
[notation.symbols]
"hiddenOutputs" = "a1[:]"
"outputDeltas" = "delta2[:]"
"outputWeights" = "W2[:, :]"
"sigmoidDeriv" = "a1[:]*(1 - a1[:])"
"deltas" = "delta1[:]"
''',
    # austinapatel's neurons, for the first neuron and its first input: error = actual - output (NeuralNetwork.learn),
    # input the input, getWeightDelta the weight's change (the step, -eta dE/dw), learningRate the rate
    "b90_ap_bp": r'''
[notation]
learning_rate = ["learningRate"]
[notation.symbols]
"error" = "y[0] - a1[0]"
"input" = "x[0]"
"getWeightDelta" = "-eta*grad(W1[0, 0])"
''',
    # Neuron.java, the first neuron: weights[i] its weights, inputs[i] the inputs, error = actual - output,
    # learningMethod.getWeightDelta(...) the step of BackpropagationAlgorithm (error * input * rate); its weighted
    # sum, sum, cannot be named: the loader refuses "sum" as a pattern ("the sum has no term at the end")
    "b90_ap_n": r'''
[notation]
indices = "i"
[notation.symbols]
"weights[i]" = "W1[0, i]"
"inputs[i]" = "x[i]"
"error" = "y[0] - a1[0]"
''',
}
