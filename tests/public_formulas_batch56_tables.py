"""The networks and notations of batch 56 of the held-out public formulas (tests/public_formulas_batch56.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b56_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the ReLU script (stored file): x = [5, 4] -> 2 ReLU units, W1 = [[0.1, 0.2], [-0.4, 0.3]], no biases -> 1 sigmoid
    # output, W2 = [0.1, 0.2], no bias; the script names its derivatives dL_... but no loss nor target: the
    # binary cross-entropy of a sigmoid output here, at the target 1
    "b56_relu2": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nbias = "none"\n'
                              'weights = [[0.1, 0.2], [-0.4, 0.3]]',
                              'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, 0.2]]',
                              loss="binary_cross_entropy", extra=_data("[5.0, 4.0]", "[1.0]")),
    # the chain-rule printout (stored file): hidden = input @ W_01, output = hidden @ W_12, no activation, no
    # bias, error = (output - goal)^2; one unit in each layer (the page gives no sizes), so that its products
    # of a delta and an activation are products of numbers
    "b56_chainprint": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"',
                              'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # the NumPy lab (stored file): X = [[1, 1, 0, 1]] -> 3 sigmoid units -> 2 sigmoid units -> 2 sigmoid outputs,
    # biases, T = [[1, 0]], E = T - Y (the half squared error's -dL/da), lr = 0.5; the weights are the script's
    # np.random.randn draws, the problem file's defaults here
    "b56_lab": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            'units = 2\nactivation = "sigmoid"', loss="half_squared_error",
                            extra=_data("[1.0, 1.0, 0.0, 1.0]", "[1.0, 0.0]", learning_rate=0.5)),
    # x35yao's softmax regression: x in R^D -> z = Wx + b -> softmax over K classes, the cross-entropy averaged
    # over the N samples (one here); D = 2, K = 3
    "b56_softmax": problem_text('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy",
                                extra=_data("[1.0, 2.0]", "[0.0, 1.0, 0.0]")),
    # vlakmaker's logistic regression: z = w_1 x_1 + w_2 x_2 + b, a = sigma(z), L(a, y) the binary cross-entropy
    "b56_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the toy script (stored file): INPUT_A = 3, INPUT_B = 4 -> 2 sigmoid units (w1, w3 into the first, w2, w4
    # into the second; biases 0.3 and -0.1) -> 1 sigmoid output (w5, w6, bias 0.2), target 1,
    # .5 * (expected - output)**2, learning_rate = .01
    "b56_toy": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5, -0.3], [0.9, 0.4]]\n'
                            'biases = [0.3, -0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[-0.1, 0.2]]\nbiases = [0.2]',
                            loss="half_squared_error", extra=_data("[3.0, 4.0]", "[1.0]", learning_rate=0.01)),
    # the JavaScript neuron (stored file): x1 = 1.5, x2 = 2.0 -> one unit, w1 = 0.4, w2 = 0.3, b = 0.2, y = 1.0,
    # lr = 0.1; activationFunc and calculateLoss come from a utils.js the page does not show: the sigmoid and
    # the half squared error here (its dL_da = a - y is the half squared error's)
    "b56_js": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4, 0.3]]\nbiases = [0.2]',
                           loss="half_squared_error", extra=_data("[1.5, 2.0]", "[1.0]")),
    # the MNIST notes (stored file): a^k_i = sigma(in^k_i), in^k_i = sum_j a^{k-1}_j w^{k-1}_{ji}, no biases, layer
    # 0 the input; two inputs, two hidden units, two outputs here, and E the half squared error (the notes'
    # nabla E^k starts from a_q^L - t_q)
    "b56_ink": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # LuoQuestionmark's MLP notes: a_1 the input, a_2 a hidden layer, a_3 the output against the one-hot y_enc;
    # a softmax output and the cross-entropy here (sigma_3 = a_3 - y_enc is their delta)
    "b56_luo": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # Kiotto-code's linear regression: y_hat = w X + b, one input (the mileage), the mean squared error over the n
    # samples (one here)
    "b56_kiotto": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="mean_squared_error"),
}

NOTATIONS = {
    # the script's names: x[0], x[1] the inputs, W1[j][k] the hidden weights (row j the unit), W2[k] the output
    # weights, z1_1, z1_2 and h1, h2 the hidden units' sums and outputs, z2 and out the output's; dL_dz2, dL_dz1_1,
    # dL_dW2_0, dL_dW1_00 ... the derivatives of the loss their names say
    "b56_relu2": r'''
[notation]
indices = "jk"
loss = ["L"]
[notation.symbols]
"x[k]" = "x[k]"
"W1[j][k]" = "W1[j, k]"
"W2[k]" = "W2[0, k]"
"z1_1" = "z1[0]"
"z1_2" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"z2" = "z2[0]"
"out" = "a2[0]"
"dL_dz2" = "grad(z2[0])"
"dL_dW2_0" = "grad(W2[0, 0])"
"dL_dW2_1" = "grad(W2[0, 1])"
"dL_dz1_1" = "grad(z1[0])"
"dL_dz1_2" = "grad(z1[1])"
"dL_dW1_00" = "grad(W1[0, 0])"
"dL_dW1_01" = "grad(W1[0, 1])"
"dL_dW1_10" = "grad(W1[1, 0])"
"dL_dW1_11" = "grad(W1[1, 1])"
''',
    # the printout's names: input, hidden, output, goal; W_01 and weights_0_1 the first weight, W_12 the second;
    # error the loss; delta_out and delta_hidden the error's derivatives by the output and the hidden value (the
    # page's "d_error/d_hidden is the backpropagated error")
    "b56_chainprint": r'''
[notation]
loss = ["error"]
[notation.symbols]
"input" = "x[0]"
"hidden" = "a1[0]"
"output" = "a2[0]"
"goal" = "y[0]"
"W_01" = "W1[0, 0]"
"weights_0_1" = "W1[0, 0]"
"W_12" = "W2[0, 0]"
"weights_1_2" = "W2[0, 0]"
"delta_out" = "grad(a2[0])"
"delta_hidden" = "grad(a1[0])"
''',
    # the lab's NumPy names, rows of one sample: X the input, T the target, W1, W2, W3 (inputs x outputs, the
    # transposes of symbols.md's), b1, b2, b3, Z1 ... Z3 and A1, A2, Y the layers' sums and outputs; E = T - Y;
    # d3, d2, d1 the error terms, -dL/dz (E * dsigmoid(Y)); lr the learning rate
    "b56_lab": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:].T"
"T" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"W3" = "W3[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"b3" = "b3[:].T"
"Z1" = "z1[:].T"
"Z2" = "z2[:].T"
"Z3" = "z3[:].T"
"A1" = "a1[:].T"
"A2" = "a2[:].T"
"Y" = "a3[:].T"
"E" = "(y[:] - a3[:]).T"
"d3" = "-delta3[:].T"
"d2" = "-delta2[:].T"
"d1" = "-delta1[:].T"
''',
    # x35yao's letters: x the input, W (K x D) and b, z the logits (z_k one of them), P and Y the rows of
    # probabilities and one-hot labels of the N samples (P_i, Y_i sample i's), N = 1; alpha the learning rate.
    # The page's nabla_W and nabla_b (the gradients of the averaged loss, written without the loss) are no
    # symbol under the spec's grammar (nabla is no letter): the pattern first written for them was refused by the
    # loader and taken out before any formula was judged; docs/notation.md reads \nabla_W as dL/dW
    "b56_softmax": r'''
[notation]
indices = "ik"
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[:]"
"X" = "x[:].T"
"W" = "W1[:, :]"
"b" = "b1[:]"
"z" = "z1[:]"
"z_{k}" = "z1[k-1]"
"P" = "a1[:].T"
"Y" = "y[:].T"
"P_{i}" = "a1[:]"
"Y_{i}" = "y[:]"
"N" = "1"
''',
    # vlakmaker's letters: w_1, w_2 the weights, x_1, x_2 the inputs, b, z the score, a the probability, y the
    # label, \mathcal{L} the loss, alpha the learning rate
    "b56_logreg": r'''
[notation]
indices = "i"
loss = ["\\mathcal{L}"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
''',
    # the toy script's names: INPUT_A, INPUT_B, INPUT_EXPECTED_LABEL; w1, w3 into hidden neuron 1 and w2, w4 into
    # hidden neuron 2, w5, w6 into the output; the biases; *_input, *_forward the sums and outputs; *_local_gradient
    # the sigmoid's slope at each unit, mean_squared_error_local_gradient the loss's by the output;
    # *_global_gradient the loss's derivatives by each unit's input and each parameter
    "b56_toy": r'''
[notation]
loss = ["mean_squared_error"]
learning_rate = ["learning_rate"]
[notation.symbols]
"INPUT_A" = "x[0]"
"INPUT_B" = "x[1]"
"INPUT_EXPECTED_LABEL" = "y[0]"
"w1" = "W1[0, 0]"
"w3" = "W1[0, 1]"
"w2" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"hn1_bias" = "b1[0]"
"hn2_bias" = "b1[1]"
"output_bias" = "b2[0]"
"hn1_input" = "z1[0]"
"hn2_input" = "z1[1]"
"on_input" = "z2[0]"
"hn1_forward" = "a1[0]"
"hn2_forward" = "a1[1]"
"on_forward" = "a2[0]"
"hn1_local_gradient" = "a1[0]*(1 - a1[0])"
"hn2_local_gradient" = "a1[1]*(1 - a1[1])"
"on_local_gradient" = "a2[0]*(1 - a2[0])"
"mean_squared_error_local_gradient" = "grad(a2[0])"
"on_global_gradient" = "grad(z2[0])"
"on_bias_global_gradient" = "grad(b2[0])"
"w5_global_gradient" = "grad(W2[0, 0])"
"w6_global_gradient" = "grad(W2[0, 1])"
"hn1_global_gradient" = "grad(z1[0])"
"hn2_global_gradient" = "grad(z1[1])"
"hn1_bias_global_gradient" = "grad(b1[0])"
"hn2_bias_global_gradient" = "grad(b1[1])"
"w1_global_gradient" = "grad(W1[0, 0])"
"w2_global_gradient" = "grad(W1[1, 0])"
"w3_global_gradient" = "grad(W1[0, 1])"
"w4_global_gradient" = "grad(W1[1, 1])"
''',
    # the JavaScript names: x1, x2, y, w1, w2, b, z, a; dL_da, da_dz, dz_dw1, dz_dw2, dz_db the chain's factors (da_dz
    # the sigmoid's slope a(1 - a), which getActivationFuncDerivative(a) returns), dL_dw1, dL_dw2, dL_db the
    # gradients; lr the learning rate; activationFunc the sigmoid
    "b56_js": r'''
[notation]
learning_rate = ["lr"]
functions = { activationFunc = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"y" = "y[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"dL_da" = "grad(a1[0])"
"da_dz" = "a1[0]*(1 - a1[0])"
"dz_dw1" = "x[0]"
"dz_dw2" = "x[1]"
"dz_db" = "1"
"dL_dw1" = "grad(W1[0, 0])"
"dL_dw2" = "grad(W1[0, 1])"
"dL_db" = "grad(b1[0])"
''',
    # the notes' letters: layer k from 0 (the input), units i, j from 1; a^k_i the activations, in^k_i the sums,
    # w^k_{ji} the weight from a^k_j to a^{k+1}_i (input-first, the layer of its source)
    "b56_ink": r'''
[notation]
indices = "ijk"
[notation.symbols]
"a_{j}^{0}" = "x[j-1]"
"a_{i}^{k}" = "a{k}[i-1]"
"in_{i}^{k}" = "z{k}[i-1]"
"w_{ji}^{k}" = "W{k+1}[i-1, j-1]"
"t_{i}" = "y[i-1]"
''',
    # the notes' letters: a_1 the input, a_2 the hidden layer, a_3 the output, z_2, z_3 their sums, sigma_3 and
    # sigma_2 the backpropagated errors (dL/dz), y_enc the one-hot target
    "b56_luo": r'''
[notation.symbols]
"a_{1}" = "x[:]"
"a_{2}" = "a1[:]"
"a_{3}" = "a2[:]"
"z_{2}" = "z1[:]"
"z_{3}" = "z2[:]"
"\\sigma_{3}" = "delta2[:]"
"\\sigma_{2}" = "delta1[:]"
"y_{enc}" = "y[:]"
''',
    # Kiotto-code's letters: X_i the input (the mileage) of sample i, w and b, y_hat_i the prediction, y_i the
    # value, e_i and error the residual y_hat_i - y_i, n = 1 sample, Loss the mean squared error, dw its
    # gradient by w ("the gradient of the loss with respect to the weight")
    "b56_kiotto": r'''
[notation]
indices = "i"
loss = ["\\text{Loss}"]
[notation.symbols]
"X_{i}" = "x[0]"
"X" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"\\hat{y}_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"e_{i}" = "a1[0] - y[0]"
"\\text{error}" = "a1[0] - y[0]"
"n" = "1"
"dw" = "grad(W1[0, 0])"
''',
}
