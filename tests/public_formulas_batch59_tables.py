"""The networks and notations of batch 59 of the held-out public formulas (tests/public_formulas_batch59.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b59_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # itisexplained.com's chapter 5: x -> a^{l-1} -> a^l -> y, one sigmoid unit a layer, z = w a (no bias),
    # C = 1/2 (a^2 - y)^2 (the ai.stackexchange answer's C = 1/2 sum_j (y_j - a^2_j)^2 for one output)
    "b59_itx": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # ai.stackexchange 26920 (and Nemotron's copy of it): the question's XOR net, x rows of 3 inputs (the third a
    # constant 1, no bias), weight1 (3 x 4), weight2 (4 x 1), sigmoid layers; the answer's C = 1/2 sum (y - a^2)^2
    "b59_xor3": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                        'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # Cross Validated 601317: X_i -> V_ij -> Z_j (sigmoid, bias b_j) -> W_jk -> Y_k (sigmoid, bias b_k), two
    # outputs Q_1 = 1, Q_2 = 0, the binary cross-entropy summed over the outputs; two inputs and two hidden units here
    "b59_cv601317": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="binary_cross_entropy"),
    # flashlight 0.0.12's backprop_explanation.txt: sigmoid layers, the cross-entropy of a sigmoid output,
    # Z[L] = W[L] * A[L-1] + b[L]; two layers here (L = 2), one output
    "b59_flash": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                         loss="binary_cross_entropy"),
    # Nemotron's "Backpropagation Algorithm in Neural Networks with ReLU Activation" (Peng Zhao's R network on
    # iris): 4 features -> 6 ReLU hidden units -> softmax over 3 species, the cross-entropy; one example here
    # (the page's batch of 90 divides dscores by the batch size)
    "b59_iris": _layers('inputs = 4\nunits = 6\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                        loss="cross_entropy"),
    # bicky055's Deep-Learning-Playlist note: z = w.x + b, a = activation(z), L = loss(a, y): one sigmoid unit
    # with the half squared error here (the note names neither)
    "b59_bicky1": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the same note's deeper chain dL/dw1 through a1, a2, a3: three layers of one sigmoid unit each
    "b59_bicky3": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          'units = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Saashiv-Valjee's NN_Scratch notes: act_1 (a ReLU here) then act_2 the sigmoid at the output, the binary
    # cross-entropy averaged over M samples (one here)
    "b59_saashiv": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                           loss="binary_cross_entropy"),
    # cosmological01's AI-ML-Repository notebook: its four toy cells, each a network of its own at its numbers.
    # 1. f(x) = Wx + b with x, W, b = 2.0, 3.0, 1.0 (y the output; no loss on the page: the half squared error)
    "b59_cosmo_linear": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[3.0]]\n'
                                     'biases = [1.0]', loss="half_squared_error", extra=_data("[2.0]", "[0.0]")),
    # 2. a = sigmoid(z) at z = 1.2 (a unit of weight 1 and no bias on the input 1.2)
    "b59_cosmo_sigmoid": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                                      'weights = [[1.0]]', loss="half_squared_error", extra=_data("[1.2]", "[0.0]")),
    # 3. a = relu(z) at z = -0.5
    "b59_cosmo_relu": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[1.0]]',
                                   loss="half_squared_error", extra=_data("[-0.5]", "[0.0]")),
    # 4. probs = softmax(scores) at scores = [2.0, 1.0, 0.1] (identity weights on those inputs, class 0 the label)
    "b59_cosmo_softmax": problem_text('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                                      'weights = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]',
                                      loss="cross_entropy", extra=_data("[2.0, 1.0, 0.1]", "[1.0, 0.0, 0.0]")),
    # Nemotron's "Neural Network Loss and Activation Derivatives": a sigmoid unit and a ReLU unit of input sum x;
    # the MSE over n = 2 linear outputs; the binary cross-entropy of n = 1 sigmoid output
    "b59_act_sigmoid": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    "b59_act_relu": _layers('inputs = 2\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
    "b59_mse2": _layers('inputs = 2\nunits = 2\nactivation = "identity"', loss="mean_squared_error"),
    "b59_bce1": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # community.deeplearning.ai 290850: the course's planar classifier, a tanh hidden layer of 4 units (g^{[1]})
    # and a sigmoid output under the cross-entropy
    "b59_planar": _layers('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # jordan-carson's DeepLearning notes (Udacity's gradient descent): x = [0.1, 0.3], y = 0.2, weights = [-0.8,
    # 0.5], h = np.dot(x, weights) (no bias), a sigmoid output, learnrate 0.5, the half sum of squared errors
    "b59_jordan": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                               'weights = [[-0.8, 0.5]]', loss="half_squared_error",
                               extra=_data("[0.1, 0.3]", "[0.2]", 0.5)),
    # Nemotron's "How to Calculate Error for Hidden Layers": 3 inputs, 3 hidden and 3 output nodes, f the sigmoid
    # here, delta = (y_true - y_predicted) f'(z): the half squared error's -dL/dz
    "b59_hidden3": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                           loss="half_squared_error"),
}

NOTATIONS = {
    # itisexplained's layers as superscripts: a^0 = x, a^1, a^2 the outputs, z^1, z^2 the sums, w^1, w^2 the
    # weights; the update's l is the output layer (x -> a^{l-1} -> a^l), so W^{l-1} is the first weight; C and
    # C_0 the cost, learningRate the rate
    "b59_itx": r'''
[notation]
indices = "ij"
learning_rate = ["learningRate"]
loss = ["C", "C_{0}"]
[notation.symbols]
"a^{0}" = "x[0]"
"a^{1}" = "a1[0]"
"a^{2}" = "a2[0]"
"z^{1}" = "z1[0]"
"z^{2}" = "z2[0]"
"w^{1}" = "W1[0, 0]"
"w^{2}" = "W2[0, 0]"
"w^{l-1}" = "W1[0, 0]"
"W^{l-1}" = "W1[0, 0]"
"y" = "y[0]"
''',
    # the question's NumPy: x, z1, a1, z2, a2 and y are symbols.md's own names (rows of one sample); weight1 and
    # weight2 are written input-first (x @ weight1)
    "b59_aise_code": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"weight1_{ij}" = "W1[j, i]"
"weight2_{jk}" = "W2[k, j]"
''',
    # the answer's layers as superscripts: a^1 the hidden vector, a^2 the output (a^2_j its unit j), w^2 the output
    # unit's weight vector, z^2 its sum, v = y - a^2; C the cost
    "b59_aise_answer": r'''
[notation]
indices = "jk"
loss = ["C"]
[notation.symbols]
"a^{1}" = "a1[:]"
"a^{2}" = "a2[0]"
"a_{j}^{2}" = "a2[j]"
"y_{j}" = "y[j]"
"y" = "y[0]"
"w^{2}" = "W2[0, :]"
"z^{2}" = "z2[0]"
"v" = "y[0] - a2[0]"
"v_{j}" = "y[j] - a2[j]"
''',
    # the answer's letters, counted from 1: X_i the inputs, V_ij input-first into the hidden Z_j, W_jk hidden-first
    # into the outputs Y_k, Q_k the targets, b_j the hidden biases (b_k, the output biases, cannot be told from b_j
    # by a pattern: the Y_k row is left out, see the batch's docstring); E the loss
    "b59_cv601317": r'''
[notation]
indices = "ijk"
loss = ["E"]
[notation.symbols]
"X_{i}" = "x[i-1]"
"V_{ij}" = "W1[j-1, i-1]"
"b_{j}" = "b1[j-1]"
"Z_{j}" = "a1[j-1]"
"W_{jk}" = "W2[k-1, j-1]"
"Y_{k}" = "a2[k-1]"
"Q_{k}" = "y[k-1]"
''',
    # the text file's names, the layer in code's brackets (A[L], A[L-1], Z[L], W[L], b[L]; L the output layer), A
    # and Y bare for the output and the label, sig the sigmoid, C the cost
    "b59_flash": r'''
[notation]
indices = "jl"
loss = ["C"]
functions = { sig = "sigmoid" }
[notation.symbols]
"A[l]" = "a{l}[:]"
"Z[l]" = "z{l}[:]"
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"A" = "a2[0]"
"Y" = "y[0]"
''',
    # the R code's names: z_i the logits, y_i the predicted probabilities, t_i the targets (counted from 1);
    # dscores dCost/dz, hidden.layer the ReLU layer's output (a row), W2 hidden-first (6 x 3) and dW2 its
    # gradient, db2 and dhidden the gradients by b2 and the hidden layer; Cost the loss
    "b59_iris": r'''
[notation]
indices = "ijk"
loss = ["\\text{Cost}", "Cost"]
[notation.symbols]
"z_{i}" = "z2[i-1]"
"y_{i}" = "a2[i-1]"
"t_{i}" = "t[i-1]"
"dscores" = "grad(z2[:])"
"hidden.layer" = "a1[:]"
"W2_{jk}" = "W2[k-1, j-1]"
"dW2_{jk}" = "grad(W2[k-1, j-1])"
"db2" = "grad(b2[:])"
"dhidden" = "grad(a1[:])"
''',
    # the note's one neuron: z its sum, a = activation(z) its output (the sigmoid here), w its weights, x the
    # inputs, b the bias; L the loss
    "b59_bicky1": r'''
[notation]
functions = { activation = "sigmoid" }
[notation.symbols]
"z" = "z1[0]"
"a" = "a1[0]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
''',
    # the note's deeper chain: the subscript is the layer (a₁, z₁, w₁ the first layer's)
    "b59_bicky3": r'''
[notation]
indices = "l"
[notation.symbols]
"a_{l}" = "a{l}[0]"
"z_{l}" = "z{l}[0]"
"w_{l}" = "W{l}[0, 0]"
''',
    # the notes' output \hat{y}_i (i the sample, one here: M = 1) = act_2(z_i), z_i the output's sum, W_i the output
    # unit's weights; \mathcal{L} (and C) the loss
    "b59_saashiv": r'''
[notation]
indices = "ij"
loss = ["\\mathcal{L}", "C"]
functions = { "\\text{act}_{2}" = "sigmoid" }
[notation.symbols]
"y_{i}" = "y[0]"
"\\hat{y}_{i}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"z_{i}" = "z2[0]"
"W_{i}" = "W2[0, :]"
"M" = "1"
''',
    # the notebook's cell 1: y the output (not a target), W, x, b its weight, input and bias
    "b59_cosmo_linear": r'''
[notation]
[notation.symbols]
"W" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"y" = "a1[0]"
''',
    # cells 2 and 3: z the unit's sum, a its output; da_dz the local derivative da/dz
    "b59_cosmo_unit": r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
"a" = "a1[0]"
"da_dz" = "a1[0]*(1 - a1[0])"
''',
    # cell 4: scores the logits, exp_scores their exponentials, probs the softmax output
    "b59_cosmo_softmax": r'''
[notation]
[notation.symbols]
"scores" = "z1[:]"
"exp_scores" = "exp(z1[:])"
"probs" = "a1[:]"
''',
    # the activation section: x the unit's input sum, ReLU the rectifier
    "b59_act_unit": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "z1[0]"
''',
    # the loss section's MSE over n = 2 outputs: y_i the targets, \hat{y}_i the outputs (counted from 1)
    "b59_mse2": r'''
[notation]
indices = "i"
loss = ["\\text{MSE}", "MSE"]
[notation.symbols]
"n" = "2"
"y_{i}" = "y[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
''',
    # the loss section's cross-entropy over n = 1 output
    "b59_bce1": r'''
[notation]
indices = "i"
loss = ["\\text{Cross-Entropy}"]
[notation.symbols]
"n" = "1"
"y_{i}" = "y[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
''',
    # the mentor's reply: a = g^{[1]}(z) the tanh hidden layer, Z^{[1]} (z) its sums
    "b59_planar": r'''
[notation]
functions = { "g^{[1]}" = "tanh" }
[notation.symbols]
"a" = "a1[:]"
"z" = "z1[:]"
"Z^{[1]}" = "z1[:]"
''',
    # the notes' Python names (h the sum, nn_output the output, error = y - nn_output, output_grad = f'(h),
    # error_term the lowercase delta, -dE/dh) and their LaTeX: w_ij from input i to output j, delta_j, x_i (from
    # 0, as x[0]); y^mu_j and \hat{y}^mu_j the target and output j of data point mu (one here); E the loss
    "b59_jordan": r'''
[notation]
indices = "ij"
learning_rate = ["learnrate"]
[notation.symbols]
"weights" = "W1[0, :]"
"h" = "z1[0]"
"nn_output" = "a1[0]"
"error" = "y[0] - a1[0]"
"output_grad" = "a1[0]*(1 - a1[0])"
"error_term" = "-grad(z1[0])"
"w_{ij}" = "W1[j, i]"
"x_{i}" = "x[i]"
"\\delta_{j}" = "-grad(z1[j])"
"y_{j}^{\\mu}" = "y[j]"
"\\hat{y}_{j}^{\\mu}" = "a1[j]"
''',
    # the post's subscripted words: delta_output = -dL/dz of the output layer, delta_hidden the hidden layer's;
    # y_true, y_predicted, z_output, z_hidden; delta_{output_k} and w_{hidden to output_k} output node k's delta and
    # the weights into it from the hidden nodes; f the sigmoid
    "b59_hidden3": r'''
[notation]
indices = "k"
functions = { f = "sigmoid" }
[notation.symbols]
"\\delta_{\\text{output}}" = "-grad(z2[:])"
"\\delta_{\\text{hidden}}" = "-grad(z1[:])"
"y_{\\text{true}}" = "y[:]"
"y_{\\text{predicted}}" = "a2[:]"
"z_{\\text{output}}" = "z2[:]"
"z_{\\text{hidden}}" = "z1[:]"
"\\delta_{\\text{output}_{k}}" = "-grad(z2[k])"
"w_{\\text{hidden to output}_{k}}" = "W2[k, :]"
''',
}
