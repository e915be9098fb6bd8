"""The networks and notations of batch 148 of the held-out public formulas (tests/public_formulas_batch148.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b148_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text, data_tables as _data


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Russian Pythagoras script (stored file 25138840680): Trask's two-layer network, the samples rows (l0 = X is
    # 9 x 3), syn0 (3 x 9) and syn1 (9 x 1) input-first, no biases, sigmoid layers (nonlin), l2_error = y - l2 and
    # l2_delta = l2_error * l2 (1 - l2): half the squared error's step, added to the weights with no rate (rate 1);
    # 3-9-1 there, 3-4-1 here
    "b148_rp": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the Russian one-layer script after habr's translation of Trask (stored file 41049132395): three inputs, one
    # sigmoid output, no bias, syn0 (3 x 1), l1_error = y - l1, += with no rate (rate 1); half the squared error
    "b148_rs": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="half_squared_error", extra=_rate(1.0)),
    # the Russian SimpleMLP class (stored file 46649188360): the samples rows, W1 (input_size x hidden_size) and W2
    # (hidden_size x output_size) input-first with biases b1, b2 (rows), tanh hidden units, a sigmoid output, the
    # loss it prints np.mean(np.square(output - y)) (one sample and one output here: the squared error), m the number
    # of samples (one here), learning_rate 0.1; 2-4-1 as its main builds it
    "b148_rm": problem_text('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the Russian laboratory work's MLP221 (stored file 71232655994): the sample a row (x.reshape(1, -1)), W1 (2 x 2)
    # and W2 (2 x 1) input-first, thresholds T1, T2 subtracted from the sums (y1 = sigmoid(x @ W1 - T1): the biases
    # are -T), sigmoid layers, error = 0.5 * np.sum((y2 - e) ** 2), lr 0.5; 2-2-1 as its name says
    "b148_rt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.5)),
    # the Japanese XOR script (stored file 7171528403): the samples rows, W1 (input_size x hidden_size) and W2
    # (hidden_size x output_size) input-first with biases b1, b2 (rows), sigmoid layers, loss = np.mean((y -
    # final_output) ** 2) (one sample and one output here: the squared error), learning_rate 0.1; input_size 2,
    # hidden_size 3, output_size 1 as it writes them
    "b148_ja": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the Chinese sine-fitting script (stored file 17064934363): the samples rows (x reshaped to n x 1), w1 (1 x
    # hidden_size) and w2 (hidden_size x 1) input-first with biases b1, b2 (rows), tanh hidden units, a linear
    # output (forward returns z2), delta2 = output - y (half the squared error's: the file states no loss), m the
    # number of samples (one here), learning_rate 0.1; 1-512-1 there, 1-3-1 here
    "b148_zs": problem_text('inputs = 1\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Chinese one-row two-layer demo (stored file 27819625935): X = [[1]], Y = [0.] (its numbers), W11 (1 x 5)
    # and W21 (5 x 1) input-first with biases b11, b21 (rows), sigmoid layers (adn0, adn1), losx = (Y - adn1)^2 the
    # squared error, the steps added with the literal rate 0.1; 1-5-1 there, 1-3-1 here
    "b148_zr": problem_text('inputs = 1\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=_data("[1.0]", "[0.0]", 0.1)),
    # the Chinese SimpleNeuralNetwork (stored file 752030083, Rashid's network): the samples columns (inputs = ...
    # .T), weights_input_hidden (hidden x input) and weights_hidden_output (output x hidden) output-first, no biases,
    # sigmoid layers, output_errors = targets - final_outputs (half the squared error's -dE/d output: the file states
    # no loss), learning_rate 0.3; its example 3-3-3 with the sample [1.0, 0.5, -1.5] and target [0.1, 0.9, 0.1]
    "b148_zn": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 3\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_data("[1.0, 0.5, -1.5]", "[0.1, 0.9, 0.1]", 0.3)),
}

NOTATIONS = {
    # the Pythagoras script: l0 the input (a row), y the target, l1 the hidden outputs, l2 the output, syn0 and
    # syn1 input-first; l2_error = y - l2, l2_delta and l1_delta the code's deltas (-dE/dz: the updates add them),
    # l1_error = -dE/d(hidden output); nonlin the sigmoid, nonlin(s, deriv=True) = s (1 - s) (its flag: "derivative
    # at output", which a notation could say from session 37's fixnew37c on; first written nonlin = "sigmoid", under
    # which the first run refused the flag's three lines, the flag's two readings disagreeing)
    "b148_rp": r'''
[notation]
functions = { nonlin = "sigmoid, derivative at output" }
[notation.symbols]
"l0" = "x[:].T"
"y" = "y[:].T"
"l1" = "a1[:].T"
"l2" = "a2[:].T"
"syn0" = "W1[:, :].T"
"syn1" = "W2[:, :].T"
"l2_error" = "y[:].T - a2[:].T"
"l2_delta" = "-grad(z2[:]).T"
"l1_error" = "-grad(a1[:]).T"
"l1_delta" = "-grad(z1[:]).T"
''',
    # the one-layer script: l0 the input (a row), y the target, l1 the output, syn0 the weights (input-first);
    # l1_error = y - l1, l1_delta the code's delta (-dE/dz); nonlin(s, True) = s (1 - s) (declared so since session
    # 37's fixnew37c, as b148_rp)
    "b148_rs": r'''
[notation]
functions = { nonlin = "sigmoid, derivative at output" }
[notation.symbols]
"l0" = "x[:].T"
"y" = "y[:].T"
"l1" = "a1[:].T"
"syn0" = "W1[:, :].T"
"l1_error" = "y[:].T - a1[:].T"
"l1_delta" = "-grad(z1[:]).T"
''',
    # the SimpleMLP class: X the input (a row), y the target, self.z1, self.a1, self.z2, self.a2 the layers' rows,
    # self.W1, self.W2 input-first, self.b1, self.b2 the biases (rows), dZ2 ... db1 the loss's gradients (Ng's d
    # names: dZ2 = dL/dZ2, dW2 = dL/dW2 as the code's array, input-first), m the number of samples (one here)
    "b148_rm": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"self.z1" = "z1[:].T"
"self.a1" = "a1[:].T"
"self.z2" = "z2[:].T"
"self.a2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"dZ2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dZ1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
''',
    # MLP221: x the input (a row), e the target, y1 the hidden outputs, y2 the output, self.W1, self.W2 input-first,
    # self.T1, self.T2 the thresholds (the biases' negatives: sigmoid(x @ W1 - T1)), delta2 and delta1 dE/dz (the
    # weights' updates subtract them), error half the squared error; dsigmoid(y) = y (1 - y), of the output;
    # self.lr the rate
    "b148_rt": r'''
[notation]
learning_rate = ["self.lr"]
loss = ["error"]
functions = { dsigmoid = "sigmoid' at output" }
[notation.symbols]
"x" = "x[:].T"
"e" = "y[:].T"
"y1" = "a1[:].T"
"y2" = "a2[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.T1" = "-b1[:].T"
"self.T2" = "-b2[:].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
''',
    # the Japanese XOR script: X the input (a row), y the target, hidden_output and final_output the layers' outputs
    # (rows), W1, W2 input-first, b1, b2 the biases (rows); error_output dL/d(output) ("MSEの微分", the derivative of
    # the MSE, as its comment says), delta_output dL/dz2, error_hidden dL/d(hidden output), delta_hidden dL/dz1;
    # sigmoid_derivative(x) = x (1 - x), of the output; loss the mean squared error
    "b148_ja": r'''
[notation]
learning_rate = ["learning_rate"]
loss = ["loss"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"hidden_output" = "a1[:].T"
"final_output" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"error_output" = "grad(a2[:]).T"
"delta_output" = "grad(z2[:]).T"
"error_hidden" = "grad(a1[:]).T"
"delta_hidden" = "grad(z1[:]).T"
''',
    # the sine-fitting script: x the input (a row), y the target, output the network's output, self.z1, self.a1 the
    # hidden sums and outputs (rows), self.w1, self.w2 input-first, self.b1, self.b2 the biases (rows); delta2 and
    # delta1 dL/dz (输出层误差, 隐藏层误差), m the number of samples (one here); tanh_derivative(x) = 1 - tanh(x)^2,
    # of the sum
    "b148_zs": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { "self.tanh_derivative" = "tanh' at input" }
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"output" = "a2[:].T"
"self.z1" = "z1[:].T"
"self.a1" = "a1[:].T"
"self.w1" = "W1[:, :].T"
"self.w2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"m" = "1"
''',
    # the one-row demo: X the input, Y the target, adn0 the hidden outputs, adn1 the output (rows), W11, W21
    # input-first, b11, b21 the biases (rows); dt0 and dt1 the layers' sigmoid slopes (激活导数), written of the
    # outputs; losx the squared error; dt the loss's derivative by the output as its comment names it
    # (输出误差函数导数), taken with the sign of the steps that add it: -dL/d(output); delta = -dL/dz2, da =
    # -dL/dW21, error0 = -dL/d(hidden output), delta0 = -dL/dz1 (the updates add them)
    "b148_zr": r'''
[notation]
loss = ["losx"]
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"adn0" = "a1[:].T"
"adn1" = "a2[:].T"
"W11" = "W1[:, :].T"
"W21" = "W2[:, :].T"
"b11" = "b1[:].T"
"b21" = "b2[:].T"
"dt0" = "a1[:].T*(1 - a1[:].T)"
"dt1" = "a2[:].T*(1 - a2[:].T)"
"dt" = "-grad(a2[:]).T"
"delta" = "-grad(z2[:]).T"
"da" = "-grad(W2[:, :]).T"
"error0" = "-grad(a1[:]).T"
"delta0" = "-grad(z1[:]).T"
"da0" = "-grad(W1[:, :]).T"
''',
    # Rashid's network commented in Chinese: inputs the input (a column), targets the target, hidden_outputs and
    # final_outputs the layers' outputs, self.weights_input_hidden and self.weights_hidden_output output-first,
    # self.learning_rate the rate; output_errors = targets - final_outputs, hidden_errors the hidden layer's error
    # (隐藏层误差) taken as -dE/d(hidden output), the quantity the hidden weights' step needs
    "b148_zn": r'''
[notation]
learning_rate = ["self.learning_rate"]
[notation.symbols]
"inputs" = "x[:]"
"targets" = "y[:]"
"hidden_outputs" = "a1[:]"
"final_outputs" = "a2[:]"
"self.weights_input_hidden" = "W1[:, :]"
"self.weights_hidden_output" = "W2[:, :]"
"output_errors" = "y[:] - a2[:]"
"hidden_errors" = "-grad(a1[:])"
''',
}
