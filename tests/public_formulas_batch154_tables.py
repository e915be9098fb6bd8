"""The networks and notations of batch 154 of the held-out public formulas (tests/public_formulas_batch154.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b154_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the French Markdown note on backpropagation (stored file 68524492418): Ng's layers, the samples columns,
    # W^{[l]} output-first with biases b^{[l]}, sigmoid layers ("Avec une sigmoïde"), the case "sigmoïde + log-loss
    # binaire" at the output, m the number of samples (one here); its two-layer example, 2-3-1 here, no rate given
    "b154_fr": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Spanish EMNIST script's MLP class (stored file 4846049501): the samples rows (X.dot(W1)), W1 (input_size x
    # hidden_size) and W2 input-first with biases b1, b2 (1-D), ReLU hidden units, softmax outputs, compute_loss the
    # cross-entropy's mean over the m samples (one here), lr=0.1; 784-128-47 there, 2-3-2 here
    "b154_es": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the Spanish XOR script (stored file 45084606701): the samples rows, weights_input_hidden (2 x 3) and
    # weights_hidden_output (3 x 1) input-first, no biases, sigmoid layers, error = y - final_output and d_output =
    # error * slope (half the squared error's -dE/dz), += updates times learning_rate = 0.1; 2-3-1 as the script has
    "b154_xo": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.1)),
    # the Russian regression script (stored file 37401880697): the samples rows, weights_input_hidden (4 x n_hidden)
    # and weights_hidden_output (n_hidden x 1) input-first, no biases, sigmoid hidden units, a linear output (y_pred =
    # output_layer_input), mse_loss the mean of (y_true - y_pred)^2 (one sample and one output here: the squared
    # error), learning_rate = 0.01; 4-10-1 there, 4-3-1 here
    "b154_ru": problem_text('inputs = 4\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "identity"\nbias = "none"', loss="mean_squared_error",
                            extra=_rate(0.01)),
    # the Japanese script (stored file 25653244012): x = [[1, 0.5]] a row, W1 = W2 = [[0.1, 0.3], [0.2, 0.4]]
    # input-first (u1 = x.dot(W1): output-first [[0.1, 0.2], [0.3, 0.4]]), no biases, sigmoid hidden units, softmax
    # outputs, the cross-entropy ("クロスエントロピー誤差"), d = [[1, 0]] the teacher's data, learning_rate = 0.005
    # (its numbers)
    "b154_ja": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.1, 0.2], [0.3, 0.4]]',
                            'units = 2\nactivation = "softmax"\nbias = "none"\nweights = [[0.1, 0.2], [0.3, 0.4]]',
                            loss="cross_entropy", extra=_data("[1.0, 0.5]", "[1.0, 0.0]", 0.005)),
    # the Russian-commented copy of Trask's network (stored file 25364968802): the samples rows (X, 3 columns, the
    # third a constant 1: an input here), syn0 (3 x 4) and syn1 (4 x 1) input-first, no biases, sigmoid layers,
    # l2_error = y - l2, += updates with no rate (rate 1: half the squared error's step); 3-4-1 as the script has
    "b154_tr": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # the Vietnamese word2vec class (stored file 45479291730): a one-hot x (1-D), h = w1.T x (linear hidden units, no
    # bias), u = w2.T h, softmax outputs, w1 (v_count x d) and w2 (d x v_count) input-first, one context word here
    # (EI = y_pred - the context's one-hot: the cross-entropy's output gradient), eta = 0.01; 37 words and d = 5
    # there, 4-3-4 here
    "b154_vi": problem_text('inputs = 4\nunits = 3\nactivation = "identity"\nbias = "none"',
                            'units = 4\nactivation = "softmax"\nbias = "none"', loss="cross_entropy",
                            extra=_rate(0.01)),
    # the Spanish MultilayerPerceptron class (stored file 40660625786), its train_with_gradient_descent: the samples
    # rows, weights_input_hidden and weights_hidden_output input-first with bias_hidden, bias_output (rows), sigmoid
    # layers, loss = np.mean(0.5 * (y - output) ** 2) (one sample and one output: half the squared error), +=
    # updates times learning_rate (no value given: 0.1 here); 2-3-1 here
    "b154_mc": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the multilingual Markdown on mathematics in machine learning (stored file 24974849261, its section 1.3):
    # z^(l+1) = W^(l) a^(l) + b^(l), a^(l+1) = sigma(z^(l+1)): layers counted from the input's a^(1), W^(l) joining
    # layer l to layer l+1; sigma the sigmoid (one it lists), the loss L unnamed (half the squared error here);
    # two hidden layers of the same width, so that the recursion's (W^(l+1))^T delta^(l+1) is defined at l = 2:
    # 2-2-2-2, no rate given
    "b154_ml": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       'units = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # the German wiki page on neural networks (stored file 747236848), its Delta-Regel (Widrow-Hoff) section: one
    # unit t = f(sum_i w_i x_i), no bias, a linear f (Widrow-Hoff's rule, the page's "linear oder nicht-linear"), y
    # the wanted output and t the net's, half the squared error; n = 3 weights here, eta not given (0.1)
    "b154_de": _layers('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # the French note: Ng's names with the layer in square brackets, X = A^{[0]} the input, Y the target, A^{[l]},
    # Z^{[l]}, W^{[l]}, b^{[l]} layer l's (output-first, columns), [L] the last layer (2 here), dZ^{[l]} = dL/dZ^{[l]}
    # (the page's definition), g^{[l]} layer l's activation (the sigmoid at both), \mathcal{L} the loss, m the number
    # of samples (one here)
    "b154_fr": r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
functions = { "g^{[1]}" = "sigmoid", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A^{[0]}" = "x[:]"
"A^{[L]}" = "a2[:]"
"Z^{[L]}" = "z2[:]"
"dZ^{[L]}" = "grad(z2[:])"
"A^{[l]}" = "a{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"m" = "1"
''',
    # the EMNIST class: X the input (a row), self.z1, self.a1 the hidden sums and outputs, self.W1, self.W2
    # input-first, self.b1, self.b2 the biases, grad_z2 ... grad_b1 the mean loss's gradients (rows: grad_z2 divided
    # by m, one sample), self.lr the rate
    "b154_es": r'''
[notation]
learning_rate = ["self.lr"]
[notation.symbols]
"X" = "x[:].T"
"self.z1" = "z1[:].T"
"self.a1" = "a1[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.b1" = "b1[:].T"
"self.b2" = "b2[:].T"
"grad_z2" = "grad(z2[:]).T"
"grad_W2" = "grad(W2[:, :]).T"
"grad_b2" = "grad(b2[:]).T"
"grad_a1" = "grad(a1[:]).T"
"grad_z1" = "grad(z1[:]).T"
"grad_W1" = "grad(W1[:, :]).T"
"grad_b1" = "grad(b1[:]).T"
"m" = "1"
''',
    # the Spanish XOR script: X the input (a row), y the target, hidden_input, hidden_output, final_input,
    # final_output the layers' rows, the weights input-first; error = y - final_output, d_output and d_hidden the
    # code's deltas (-dE/dz: the updates add them), error_hidden_layer = -dE/d(hidden output); sigmoid_derivative(x)
    # = x (1 - x), the slope written of the output
    "b154_xo": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"hidden_input" = "z1[:].T"
"hidden_output" = "a1[:].T"
"final_input" = "z2[:].T"
"final_output" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"error" = "y[:].T - a2[:].T"
"d_output" = "-grad(z2[:]).T"
"error_hidden_layer" = "-grad(a1[:]).T"
"d_hidden" = "-grad(z1[:]).T"
''',
    # the Russian regression script: X the input (a row), Y the target, hidden_layer_input, hidden_layer_output the
    # hidden rows, y_pred the output (= output_layer_input), the weights input-first; d_loss_dy_pred = dL/dy_pred,
    # d_y_pred_d_h = dy_pred/dh = weights_hidden_output (the code's definition), d_loss_d_h = dL/dh, d_h_d_h_input the
    # sigmoid's slope, d_loss_w_h_o and d_loss_w_i_h the weights' gradients (input-first); sigmoid_derivative(x) = x
    # (1 - x), the slope written of the output
    "b154_ru": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"Y" = "y[:].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"y_pred" = "a2[:].T"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"d_loss_dy_pred" = "grad(a2[:]).T"
"d_y_pred_d_h" = "W2[:, :].T"
"d_loss_d_h" = "grad(a1[:]).T"
"d_h_d_h_input" = "a1[:].T*(1 - a1[:].T)"
"d_loss_w_h_o" = "grad(W2[:, :]).T"
"d_loss_w_i_h" = "grad(W1[:, :]).T"
''',
    # the Japanese script: x the input (a row), W1, W2 input-first, u1, u2 the sums ("ネット値"), z1 the hidden
    # OUTPUTS (sigmoid(u1)), y the network's output (softmax(u2)), d the teacher's data (the target), delta2 = y - d
    # the output sums' gradient, delta1 the hidden sums', grad_W2, grad_W1 the gradients (input-first), sigmoid_dash
    # the sigmoid's slope z1 (1 - z1)
    "b154_ja": r'''
[notation]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[:].T"
"d" = "y[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"u1" = "z1[:].T"
"z1" = "a1[:].T"
"u2" = "z2[:].T"
"y" = "a2[:].T"
"delta2" = "grad(z2[:]).T"
"delta1" = "grad(z1[:]).T"
"sigmoid_dash" = "a1[:].T*(1 - a1[:].T)"
"grad_W2" = "grad(W2[:, :]).T"
"grad_W1" = "grad(W1[:, :]).T"
''',
    # Trask's network: l0 = X the input (a row), y the target, l1, l2 the layers' outputs, syn0, syn1 input-first;
    # l2_error = y - l2, l2_delta and l1_delta the code's deltas (-dE/dz: the updates add them), l1_error =
    # -dE/d(hidden output)
    "b154_tr": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
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
    # the word2vec class: x the one-hot input (1-D), h the hidden (linear) outputs, e = EI the output sums'
    # gradient (y_pred less the context's one-hot), self.w1, self.w2 input-first, dl_dw1 and dl_dw2 their gradients
    # (input-first), self.eta the rate
    "b154_vi": r'''
[notation]
learning_rate = ["self.eta"]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"e" = "grad(z2[:])"
"self.w1" = "W1[:, :].T"
"self.w2" = "W2[:, :].T"
"dl_dw1" = "grad(W1[:, :]).T"
"dl_dw2" = "grad(W2[:, :]).T"
''',
    # the Spanish class: X the input (a row), y the target, hidden_output, output the layers' rows, the weights
    # input-first, bias_hidden, bias_output the biases (rows); d_output and d_hidden the code's deltas (-dE/dz: the
    # updates add them), error_hidden = -dE/d(hidden output); loss the sample's loss; self.sigmoid_derivative(x) = x
    # (1 - x), the slope written of the output
    "b154_mc": r'''
[notation]
learning_rate = ["self.learning_rate"]
loss = ["loss"]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"hidden_output" = "a1[:].T"
"output" = "a2[:].T"
"self.weights_input_hidden" = "W1[:, :].T"
"self.weights_hidden_output" = "W2[:, :].T"
"self.bias_hidden" = "b1[:].T"
"self.bias_output" = "b2[:].T"
"d_output" = "-grad(z2[:]).T"
"error_hidden" = "-grad(a1[:]).T"
"d_hidden" = "-grad(z1[:]).T"
''',
    # the multilingual page: layers counted from the input's a^(1) = x, W^(l) and b^(l) joining layer l to layer
    # l+1 (z^(l+1) = W^(l) a^(l) + b^(l): W1 for W^(1)), z^(l) and a^(l) layer l's sums and outputs (z1 for z^(2)),
    # delta^(l) = dL/dz^(l) (what dL/dW^(l) = delta^(l+1) (a^(l))^T makes it), sigma the sigmoid
    "b154_ml": r'''
[notation]
indices = "l"
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(l)}" = "a{l-1}[:]"
"z^{(l)}" = "z{l-1}[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"\\delta^{(l)}" = "grad(z{l-1}[:])"
''',
    # the German Delta-Regel: x_i the inputs and w_i their weights (counted from 1), t the net's output, y the wanted
    # output, f the unit's (linear) activation, Delta w_i the change of w_i (eta (y - t) x_i, the step), w_i^{alt} and
    # w_i^{neu} the weight before and after, delta = y - t (the page's "Abweichung": -dE/dnet), n the number of
    # weights
    "b154_de": r'''
[notation]
indices = "i"
functions = { f = "identity" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"w_{i}^{alt}" = "W1[0, i-1]"
"w_{i}^{neu}" = "new(W1[0, i-1])"
"\\Delta w_{i}" = "-eta*grad(W1[0, i-1])"
"y" = "y[0]"
"t" = "a1[0]"
"\\delta" = "-delta1[0]"
"n" = "3"
''',
}
