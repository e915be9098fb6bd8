"""The networks and notations of batch 95 of the held-out public formulas (tests/public_formulas_batch95.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b95_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # DSC 140B's practice problem (quiz 07, problem 142): x -> 2 ReLU (layer 1) -> 2 ReLU (layer 2, W^(2) =
    # [[5, 1], [1, 2]], input-first and symmetric) -> a linear output H, no biases; the page gives z^(1) = (3, -2)
    # and dH/dz^(2) = (-3, 1): x = (1, 1) and W^(1) = [[1, 2], [-1, -1]] give the first, W^(3) = [[-3, 1]] (with
    # z^(2) = (15, 3) > 0) the second. H is the network's output, not a loss (the loss is here only for the file)
    "b95_dsc": problem_text('inputs = 2\nunits = 2\nactivation = "relu"\nbias = "none"\nweights = [[1.0, 2.0], '
                            '[-1.0, -1.0]]',
                            'units = 2\nactivation = "relu"\nbias = "none"\nweights = [[5.0, 1.0], [1.0, 2.0]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[-3.0, 1.0]]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]", 0.1)),
    # the TensorFlow.js book's Korean chapter 2.2.2 (thebook.io 080237, pages 0076 and 0079): y' = v * x, one
    # weight v = 0, x = 2, y = 5, loss = square(y' - y), learning rate 0.01
    "b95_tb": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.0]]',
                           loss="squared_error", extra=_data("[2.0]", "[5.0]", 0.01)),
    # the Math Stack Exchange question 3048198: I -> one sigmoid unit (w_1) -> two sigmoid units (w_2, w_3) -> the
    # sigmoid output O (w_4, w_5), every bias 1, every weight 0.5, I = 1 (the asker's check); O is the output, not
    # a loss (the loss is here only for the file)
    "b95_mse": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [1.0]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.5], [0.5]]\nbiases = [1.0, 1.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.5]]\nbiases = [1.0]',
                            loss="half_squared_error", extra=_data("[1.0]", "[0.0]", 0.1)),
    # the numerade problem: the input x -> Y3 (W1, b3) and Y4 (W2, b4), rectified linear -> Y5 (W4, W5, b6),
    # rectified linear; x = 1, W1 = 0.4, W2 = 0.6, b3 = 0.0, b4 = 0.4, W4 = -0.7, W5 = 1.0, b6 = -0.3 (the
    # figure's "b = -0.3"); loss(Y5, 0.6) = (Y5 - 0.6)^2
    "b95_num": problem_text('inputs = 1\nunits = 2\nactivation = "relu"\nweights = [[0.4], [0.6]]\n'
                            'biases = [0.0, 0.4]',
                            'units = 1\nactivation = "relu"\nweights = [[-0.7, 1.0]]\nbiases = [-0.3]',
                            loss="squared_error", extra=_data("[1.0]", "[0.6]", 0.1)),
    # EstudosLivres' Portuguese Udacity exercise (Lesson 2.15): x = [0.5, 0.1, -0.2] -> 2 sigmoid (weights_input_hidden,
    # input-first, written output-first here) -> one sigmoid output (weights_hidden_output), no biases, target
    # 0.6, learnrate 0.5; error = target - output and its error terms are half the squared error's
    "b95_est": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.5, 0.1, 0.1], [-0.6, -0.2, 0.7]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.1, -0.3]]',
                            loss="half_squared_error", extra=_data("[0.5, 0.1, -0.2]", "[0.6]", 0.5)),
    # JorgeATADantas' Portuguese practice 09 (an MLP from scratch in NumPy): 2 features -> 5 ReLU (W1, b1) -> one
    # sigmoid output (W2, b2), mse = np.mean((y_true - y_pred) ** 2) (one sample here: its squared error),
    # learning_rate 0.1 as its training loop passes
    "b95_jor": problem_text('inputs = 2\nunits = 5\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    # TorchedUp's problem 13 (backprop for a 2-layer MLP): x -> ReLU hidden layer -> z2 (no activation), rows;
    # 2 -> 2 -> 1 as its first test ("simple 2->2->1")
    "b95_tor": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # machinelearningadda's quiz (a sigmoid layer's backward pass): one sigmoid unit; grad the upstream gradient
    # dL/d(output) of half the squared error
    "b95_mla": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # zero-to-ai's post-quiz (question 2): X -> ReLU (W1, b1) -> one sigmoid output (W2, b2), rows; 3 -> 4 -> 1
    "b95_zero": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                        loss="binary_cross_entropy"),
    # MahdiTabesh's notebook (a 2-layer MLP, ReLU + softmax-CE): X (N x d) -> H ReLU (W_1, b_1) -> K softmax
    # (W_2, b_2), the cross-entropy averaged over N samples; one sample, d = 3, H = 4, K = 3 here
    "b95_mah": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
}

NOTATIONS = {
    # the problem's letters: a_j^{(l)}, z_j^{(l)} of layer l's unit j, W_{jk}^{(l)} from unit j of layer l-1 to unit
    # k of layer l (input-first: sum_k W_{1k}^{(2)} dH/dz_k^{(2)}), counted from 1; g the hidden units' ReLU; H the
    # network's output (the page differentiates H itself)
    "b95_dsc": r'''
[notation]
indices = "jkl"
functions = { g = "relu", "\\text{ReLU}" = "relu" }
[notation.symbols]
"H" = "a3[0]"
"a_{j}^{(l)}" = "a{l}[j-1]"
"z_{j}^{(l)}" = "z{l}[j-1]"
"W_{jk}^{(l)}" = "W{l}[k-1, j-1]"
''',
    # the book's letters: x the input, v the one weight, y' the prediction, y the target, loss the squared error
    "b95_tb": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[0]"
"v" = "W1[0, 0]"
"y'" = "a1[0]"
"y" = "y[0]"
''',
    # the question's letters: I the input, w_1 (input to the first unit), w_2 and w_3 (to the two units of the
    # next layer), w_4 and w_5 (to the output), O the output; s the sigmoid (d(x) = s(x)(1 - s(x)), one letter,
    # cannot be named a derivative word under the spec: a derivative word has two letters or more)
    "b95_mse": r'''
[notation]
functions = { s = "sigmoid" }
[notation.symbols]
"I" = "x[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"w_{3}" = "W2[1, 0]"
"w_{4}" = "W3[0, 0]"
"w_{5}" = "W3[0, 1]"
"O" = "a3[0]"
''',
    # the problem's names: x the input, W1 and W2 its weights to Y3 and Y4 (b3, b4 their offsets), W4 and W5 the
    # weights to Y5 (b6 its offset), loss the squared loss
    "b95_num": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[0]"
"W1" = "W1[0, 0]"
"W2" = "W1[1, 0]"
"b3" = "b1[0]"
"b4" = "b1[1]"
"Y3" = "a1[0]"
"Y4" = "a1[1]"
"W4" = "W2[0, 0]"
"W5" = "W2[0, 1]"
"b6" = "b2[0]"
"Y5" = "a2[0]"
''',
    # the notebook's names: x the inputs, target, learnrate (n in its comment), weights_input_hidden (input-first),
    # weights_hidden_output, hidden_layer_input/_output, output_layer_in, output; error = target - output; the error
    # terms -dE/dz (output_error_term, hidden_error_term), linear_combination_... -dE/d(hidden outputs),
    # derivated_output the hidden sigmoid's slope, x_as_column_vector = x[:, None] (x as a column); delta_w_... the
    # steps -eta dE/dW; the comment's delta_w the step of weights_hidden_output ("change in weights for hidden layer to
    # output layer"), y and y^ the target and the prediction, f (a hooked f, U+0192) the sigmoid, h the output's input
    "b95_est": r'''
[notation]
learning_rate = ["learnrate", "n"]
functions = { "ƒ" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"target" = "y[0]"
"y" = "y[0]"
"y^" = "a2[0]"
"h" = "z2[0]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[0, :]"
"hidden_layer_input" = "z1[:]"
"hidden_layer_output" = "a1[:]"
"output_layer_in" = "z2[0]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"output_error_term" = "-delta2[0]"
"linear_combination_output_error_and_hidden_weights" = "-grad(a1[:])"
"derivated_output" = "a1[:]*(1 - a1[:])"
"hidden_error_term" = "-delta1[:]"
"x_as_column_vector" = "x[:]"
"delta_w_hidden_out" = "-eta*grad(W2[0, :])"
"delta_w_input_hidden" = "-eta*grad(W1[:, :]).T"
"delta_w" = "-eta*grad(W2[0, :])"
''',
    # the practice's names (samples as rows, one sample: m = 1, y_true.size = 1): X, y, W1, b1, W2, b2 (input-first),
    # Z1, A1, Z2, A2; dZ2, dW2, db2, dZ1, dW1, db1 the derivatives of the loss by each; relu_derivada and
    # sigmoid_derivada the derivatives at the pre-activations; mse_derivada(y_true, y_pred) = 2 * (y_pred - y_true) /
    # y_true.size, a function of two arguments the spec's functions cannot name
    "b95_jor": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { relu = "relu", sigmoid = "sigmoid", relu_derivada = "relu' at input", sigmoid_derivada = "sigmoid' at input" }
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"m" = "1"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"dZ2" = "delta2[:].T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dZ1" = "delta1[:].T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:]).T"
''',
    # the problem's names (rows, x @ W): x, W1, b1, z1, a1, W2, b2, z2
    "b95_tor": r'''
[notation]
functions = { relu = "relu" }
[notation.symbols]
"x" = "x[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"z2" = "z2[:].T"
''',
    # the quiz's names: self.sig the layer's sigmoid output, grad the error gradient at the output ("the output error
    # gradients", dL/d(output)), grad_input the gradient at the input (dL/dz)
    "b95_mla": r'''
[notation]
[notation.symbols]
"self.sig" = "a1[0]"
"grad" = "a1[0] - y[0]"
"grad_input" = "delta1[0]"
''',
    # the quiz's names (rows): X, W1, b1, Z1, A1, W2, b2, Z2, A2; ReLU and Sigmoid the activations
    "b95_zero": r'''
[notation]
functions = { ReLU = "relu", Sigmoid = "sigmoid" }
[notation.symbols]
"X" = "x[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
''',
    # the notebook's letters (samples as rows, one sample: N = 1, K = 3 classes): X, W_1, b_1, Z_1, H_1 = max(0, Z_1),
    # W_2, b_2, S the logits, P = softmax(S), Y the one-hot labels (Y_{ik}, P_{ik}: sample i, class k), \mathcal{L} the
    # loss, \theta any parameter of the SGD step; \mathbf{1}, the ones vector, is no symbol a pattern can name (the
    # loader: "is not one symbol")
    "b95_mah": r'''
[notation]
indices = "ik"
loss = ["\\mathcal{L}"]
parameter = ["\\theta"]
[notation.symbols]
"N" = "1"
"K" = "3"
"X" = "x[:].T"
"W_{1}" = "W1[:, :].T"
"b_{1}" = "b1[:].T"
"Z_{1}" = "z1[:].T"
"H_{1}" = "a1[:].T"
"W_{2}" = "W2[:, :].T"
"b_{2}" = "b2[:].T"
"S" = "z2[:].T"
"P" = "a2[:].T"
"Y" = "y[:].T"
"Y_{ik}" = "y[k-1]"
"P_{ik}" = "a2[k-1]"
''',
}
