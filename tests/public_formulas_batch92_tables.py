"""The networks and notations of batch 92 of the held-out public formulas (tests/public_formulas_batch92.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b92_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)
_RATE_ONE = "\n[update]\nlearning_rate = 1.0\n"

NETWORKS = {
    # TheAfrvlz's RNA19.py (Hagan's worked example): p = 1 -> logsig hidden (w1 = [-0.27, -0.41], b1 = [-0.48,
    # -0.13]) -> linear output (w2 = [0.09, -0.17], b2 = 0.48), t = 1 + sin(pi/4), alpha = 0.1; s2 = -2 e: the
    # squared error e^2 (Hagan's F = e^T e)
    "b92_rna": problem_text('inputs = 1\nunits = 2\nactivation = "sigmoid"\nweights = [[-0.27], [-0.41]]\n'
                            'biases = [-0.48, -0.13]',
                            'units = 1\nactivation = "identity"\nweights = [[0.09, -0.17]]\nbiases = [0.48]',
                            loss="squared_error", extra=_data("[1.0]", "[1.7071067811865475]", 0.1)),
    # paulhendricks's 08-MultilayerNeuralNetwork.py: 2 -> 10 -> 10 -> 1 sigmoid layers without biases (3 units
    # here for the 10), the deltas (y - a) a (1 - a): the half squared error; eta = 0.1 set on the page (and
    # never used by its updates)
    "b92_ph8": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # paulhendricks's ch-02/07-NeuralNetwork-blind-3.py: 2 -> 10 -> 1 sigmoid without biases (3 hidden units
    # here), the half squared error's deltas; the page gives no learning rate and steps by the whole gradient
    # (a rate of 1)
    "b92_ph7": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_RATE_ONE),
    # Kulbear's lectures/backpropagation.py (Udacity's exercise): x = (0.5, 0.1, -0.2) -> 2 sigmoid hidden units
    # (weights_input_hidden input-first: [[0.5, -0.6], [0.1, -0.2], [0.1, 0.7]]) -> a sigmoid output (weights
    # (0.1, -0.3)), no biases, target 0.6, learning_rate 0.5, error = target - output: the half squared error
    "b92_ku": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                           'weights = [[0.5, 0.1, 0.1], [-0.6, -0.2, 0.7]]',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3]]',
                           loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.6]", 0.5)),
    # the PyTorch tutorial's NumPy warm-up (NN_Playground, hhq's and IReverser's copies): D_in -> H ReLU units ->
    # D_out linear outputs, no biases, loss = sum (y_pred - y)^2 (D_in 2, H 3, D_out 2 here for 1000, 100, 10;
    # one sample for the batch of 64), the learning rate 1e-6
    "b92_nn": problem_text('inputs = 2\nunits = 3\nactivation = "relu"\nbias = "none"',
                           'units = 2\nactivation = "identity"\nbias = "none"', loss="squared_error",
                           extra="\n[update]\nlearning_rate = 1e-6\n"),
    # hasslercastro's first_level_gates.py: one sigmoid neuron with two inputs and a bias, error = y - y_hat (the
    # half squared error's -dE/da), learning_rate 0.001; one sample for the page's four
    "b92_hg": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                           extra="\n[update]\nlearning_rate = 0.001\n"),
    # hasslercastro's Gate2.ipynb: 2 -> 2 sigmoid hidden units -> 1 sigmoid output, with biases, cost = y_hat - y
    # (the half squared error's dE/da), learning_rate 0.01; one sample for the page's four
    "b92_g2": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # the stored linear_sigmoid_backward: one layer z = xW + b, a = sigmoid(z) (2 inputs, 2 units here), dL_da
    # given from outside (the half squared error's here), lr = 0.1
    "b92_ls": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
}

NOTATIONS = {
    # RNA19.py's names (Hagan's): p and a0 the input, t the target, w1 (2 x 1), b1, w2 (1 x 2), b2 the parameters
    # as symbols.md's, n1, a1, n2, a2 the sums and outputs, e = t - a2, s2 and s1 the sensitivities dF/dn,
    # alpha the rate, n_w2, n_b2, n_w1, n_b1 the new parameters
    "b92_rna": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"p" = "x[0]"
"a0" = "x[0]"
"t" = "y[0]"
"w1" = "W1[:, :]"
"b1" = "b1[:]"
"w2" = "W2[:, :]"
"b2" = "b2[:]"
"n1" = "z1[:]"
"a1" = "a1[:]"
"n2" = "z2[0]"
"a2" = "a2[0]"
"e" = "y[0] - a2[0]"
"s2" = "delta2[0]"
"s1" = "delta1[:]"
"n_w2" = "new(W2[:, :])"
"n_b2" = "new(b2[:])"
"n_w1" = "new(W1[:, :])"
"n_b1" = "new(b1[:])"
''',
    # 08-MultilayerNeuralNetwork.py: rows of samples, synapse_0, _1, _2 input-first (symbols.md's W1, W2, W3
    # transposed), layer_0 = X the input, layer_1 to layer_3 the activations, the deltas -dE/dz ((y - a) a (1 - a)),
    # eta the rate
    "b92_ph8": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"layer_0" = "x[:]"
"layer_1" = "a1[:]"
"layer_2" = "a2[:]"
"layer_3" = "a3[0]"
"synapse_0" = "W1[:, :].T"
"synapse_1" = "W2[:, :].T"
"synapse_2" = "W3[:, :].T"
"layer_3_delta" = "-delta3[0]"
"layer_2_delta" = "-delta2[:]"
"layer_1_delta" = "-delta1[:]"
''',
    # ch-02/07-NeuralNetwork-blind-3.py: the same names for two layers
    "b92_ph7": r'''
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"layer_1" = "a1[:]"
"layer_2" = "a2[0]"
"synapse_0" = "W1[:, :].T"
"synapse_1" = "W2[:, :].T"
"layer_2_delta" = "-delta2[0]"
"layer_1_delta" = "-delta1[:]"
''',
    # Kulbear's script: x, target the sample, weights_input_hidden (input-first) and weights_hidden_output the
    # weights, the sums and outputs, error = target - output, del_err_output and del_err_hidden the error terms
    # -dE/dz, delta_w_h_o and delta_w_i_o the steps -learning_rate dE/dW (delta_w_i_o input-first)
    "b92_ku": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[:]"
"target" = "y[0]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[0, :]"
"hidden_layer_input" = "z1[:]"
"hidden_layer_output" = "a1[:]"
"output_layer_in" = "z2[0]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"del_err_output" = "-delta2[0]"
"del_err_hidden" = "-delta1[:]"
"delta_w_h_o" = "-eta*grad(W2[0, :])"
"delta_w_i_o" = "-eta*grad(W1[:, :]).T"
''',
    # the PyTorch tutorial's warm-up (NN_Playground's copy): rows of samples, w1 and w2 input-first, h the hidden
    # sums, h_relu their ReLU, y_pred the outputs, loss the sample's loss, grad_... the gradients by them
    # (grad_w1, grad_w2 input-first), grad_h dL/dh; learning_reate (the page's spelling) the rate
    "b92_nn": r'''
[notation]
learning_rate = ["learning_reate"]
loss = ["loss"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[:]"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"h" = "z1[:]"
"h_relu" = "a1[:]"
"y_pred" = "a2[:]"
"grad_y_pred" = "grad(a2[:])"
"grad_w2" = "grad(W2[:, :]).T"
"grad_h_relu" = "grad(a1[:])"
"grad_h" = "delta1[:]"
"grad_w1" = "grad(W1[:, :]).T"
''',
    # hhq's and IReverser's copies of the warm-up: the same names, learning_rate the rate
    "b92_hh": r'''
[notation]
learning_rate = ["learning_rate"]
loss = ["loss"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[:]"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"h" = "z1[:]"
"h_relu" = "a1[:]"
"y_pred" = "a2[:]"
''',
    # first_level_gates.py: X the inputs (a column per sample), y the target, w (1 x 2) and b the parameters, z
    # the neuron's output (sigmoid of the sum), error = y - y_hat, der_w and der_b -dE/dw and -dE/db (the steps'
    # directions), sigmoid_prime(z) = sigmoid(z) (1 - sigmoid(z)), a function of the sum by its definition
    "b92_hg": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"z" = "a1[0]"
"error" = "y[0] - a1[0]"
"der_w" = "-grad(W1[0, :])"
"der_b" = "-grad(b1[0])"
''',
    # Gate2.ipynb: X the inputs (a column per sample), y the target, W_and_bias["w1"] (2 x 2), ["w2"] (1 x 2),
    # ["b1"], ["b2"] the parameters as symbols.md's, cache["z1"], ["A1"], ["z2"], ["A2"] the sums and outputs,
    # y_hat the output, error = y_hat - y; the page's delta1 is the output's dE/dz (symbols.md's delta2) and its
    # delta2 the hidden units' (delta1); der_w2, der_b2, der_w1, der_b the gradients; sigp(z) = sig(z) (1 - sig(z))
    # of the sum
    "b92_g2": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sig = "sigmoid", sigp = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:]"
"y" = "y[0]"
"y_hat" = "a2[0]"
"error" = "a2[0] - y[0]"
"cache[\"z1\"]" = "z1[:]"
"cache[\"A1\"]" = "a1[:]"
"cache[\"z2\"]" = "z2[0]"
"cache[\"A2\"]" = "a2[0]"
"W_and_bias[\"w1\"]" = "W1[:, :]"
"W_and_bias[\"w2\"]" = "W2[:, :]"
"W_and_bias[\"b1\"]" = "b1[:]"
"W_and_bias[\"b2\"]" = "b2[0]"
"delta1" = "delta2[0]"
"delta2" = "delta1[:]"
"der_w2" = "grad(W2[:, :])"
"der_b2" = "grad(b2[0])"
"der_w1" = "grad(W1[:, :])"
"der_b" = "grad(b1[:])"
''',
    # the stored linear_sigmoid_backward: x the input row, W input-first (z = xW + b), b, z the sums, a the
    # outputs, dL_da dL/da, da_dz the slopes, dL_dz, dL_dW (input-first), dL_db the gradients, lr the rate
    "b92_ls": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:]"
"W" = "W1[:, :].T"
"b" = "b1[:]"
"z" = "z1[:]"
"a" = "a1[:]"
"dL_da" = "grad(a1[:])"
"da_dz" = "a1[:]*(1 - a1[:])"
"dL_dz" = "delta1[:]"
"dL_dW" = "grad(W1[:, :]).T"
"dL_db" = "grad(b1[:])"
''',
}
