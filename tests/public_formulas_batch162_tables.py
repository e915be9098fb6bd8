"""The networks and notations of batch 162 of the held-out public formulas (tests/public_formulas_batch162.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b162_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the KTU exam notes' worked example (stored file 61842074022, section 3.2): a 2-2-1 MLP, sigmoid activation
    # everywhere, W^(1) = [[0.4, 0.2], [0.1, 0.3]] output-first (v_1^(1) = 0.4(0.5) + 0.2(0.3) + 0.1), b^(1) = (0.1,
    # 0.2), W^(2) = (0.5, 0.6), b^(2) = 0.05, x = (0.5, 0.3), t = 0.8, eta = 0.5, E = 1/2 (t - y)^2 (its numbers)
    "b162_kt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.4, 0.2], [0.1, 0.3]]\n'
                            'biases = [0.1, 0.2]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.05]',
                            loss="half_squared_error", extra=_data("[0.5, 0.3]", "[0.8]", 0.5)),
    # the Chinese article on large models (stored file 9795287971, its 4.3 example): 3 inputs, 2 sigmoid hidden
    # units, and the two outputs its equations write (z_1^(3), z_2^(3), a_1^(3), a_2^(3); its prose says one), sigmoid
    # everywhere, biases b^(2), b^(3); C the loss, the half squared error under its delta = (d - a) sigma'(z)
    "b162_zc": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese article on backpropagation (stored file 9114239697): its example's 2-3-1 network (input layer 2,
    # hidden 3, output 1), sigmoid units with biases, E = 1/2 sum (y_i - o_i)^2; its code's learning_rate 0.1
    "b162_zb": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Portuguese post on neural networks for word embeddings (stored file 42829908870, its Passo a Passo):
    # h = sigma(W_1 x + b_1), y_hat = softmax(W_2 h + b_2), L = -sum y_i log(y_hat_i), eta the rate (0.1 here); 2-3-3
    # here (the post's softmax example has 3 classes)
    "b162_pt": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the Chinese Hexo post on neural networks (stored file 33807932151): the network of its figure 7 with no
    # activation ("假设没有激活函数"), layer 1 the inputs a^(1), layer 2 two units, layer 3 one output, biases b^(1)
    # into layer 2 and b^(2) into layer 3, e = 1/2 (a - y)^2; 2-2-1 here
    "b162_cg": _layers('inputs = 2\nunits = 2\nactivation = "identity"', 'units = 1\nactivation = "identity"',
                       loss="half_squared_error"),
    # the course notes on multi-layer networks (stored file 68386742417): a sigmoid output with the half-squared
    # error (its first delta^(L)), sigmoid hidden units (g'^(l) the layer's activation's slope), biases; 2-3-2 here
    "b162_ct": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese article's NumPy example (stored file 30216816160): inputLayerSize, hiddenLayerSize,
    # outputLayerSize = 3, 3, 1, weights1 (3 x 3) and weights2 (3 x 1) input-first with no biases, sigmoid layers,
    # E = 1/2 sum (y_k - t_k)^2, the samples rows; the += updates name no rate (rate 1)
    "b162_zd": problem_text('inputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(1.0)),
    # CS224n's notes 3 in Chinese (stored file 60163602167, section 1.5's toy network): 4 inputs, 2 hidden units
    # (f the sigmoid, biases b^(1)), one linear score s = sum_p a_p^(2) W_p^(2) with no bias; J its loss (the notes'
    # max-margin loss, which no problem file holds: the rules hold for any J, the half squared error here)
    "b162_cs": _layers('inputs = 4\nunits = 2\nactivation = "sigmoid"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # the KTU notes: layer l's units y_j^(l) (y^(0) the input), v_j^(l) their induced local fields, w_{ji}^(l) into
    # unit j of layer l from unit i of layer l-1 (output-first, from 1), b_j^(l), L the output layer, t_k the target,
    # delta_j^(l) = (t - y) f'(v) at the output: -dE/dv (the notes' "gradient ascent rule" adds it), f the sigmoid;
    # section 3.1's y_j, v_k, w_{kj}, delta_k the same quantities for a hidden unit j and an output k
    "b162_kt": r'''
[notation]
indices = "ijkl"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"y_{i}^{(0)}" = "x[i-1]"
"y_{i}^{(l)}" = "a{l}[i-1]"
"y_{k}^{(L)}" = "a2[k-1]"
"v_{j}^{(l)}" = "z{l}[j-1]"
"v_{k}^{(L)}" = "z2[k-1]"
"w_{ji}^{(l)}" = "W{l}[j-1, i-1]"
"b_{j}^{(l)}" = "b{l}[j-1]"
"\\delta_{j}^{(l)}" = "-delta{l}[j-1]"
"\\delta_{k}^{(L)}" = "-delta2[k-1]"
"t_{k}" = "y[k-1]"
"y_{j}" = "a1[j-1]"
"v_{k}" = "z2[k-1]"
"w_{kj}" = "W2[k-1, j-1]"
"\\delta_{k}" = "-delta2[k-1]"
''',
    # the Chinese article's example: x_i the inputs, layer 2 hidden and layer 3 the outputs (z, a their sums and
    # outputs), W_{ij}^(l) into unit i of layer l from unit j (output-first, as its z_1^(2) = W_{11}^(2) x_1 + W_{12}^(2)
    # x_2 + ... writes them), b_i^(l), d_i^(3) the target (its "实际输出值", the value the output should take),
    # delta_i^(l) = (d - a) sigma'(z) at the output: -dC/dz (the page's definition), and the same quantity at the
    # hidden layer; C the loss
    "b162_zc": r'''
[notation]
indices = "ij"
loss = ["C"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"W_{ij}^{(2)}" = "W1[i-1, j-1]"
"W_{ij}^{(3)}" = "W2[i-1, j-1]"
"b_{i}^{(2)}" = "b1[i-1]"
"b_{i}^{(3)}" = "b2[i-1]"
"z_{i}^{(2)}" = "z1[i-1]"
"a_{i}^{(2)}" = "a1[i-1]"
"z_{i}^{(3)}" = "z2[i-1]"
"a_{i}^{(3)}" = "a2[i-1]"
"d_{i}^{(3)}" = "y[i-1]"
"\\delta_{i}^{(3)}" = "-delta2[i-1]"
"\\delta_{i}^{(2)}" = "-delta1[i-1]"
''',
    # the Chinese backpropagation article: x_i the inputs, o_j^(1), z_j^(1) hidden unit j's output and sum, o_j^(2),
    # z_j^(2) the output's, y_j the target, w_{ij}^(1) from input i to hidden j (its dE/dw_{ij}^(1) = delta_j^(1) x_i),
    # w_{jk}^(2) from hidden j to output k (its "输出层第k个神经元到隐藏层第j个神经元的权重"), delta_j^(l) = dE/dz (its
    # (o - y) f'(z)), f the sigmoid, alpha the rate; its code's names: the samples rows, the weight matrices
    # input-first, d_output and d_hidden -dE/dz (error = y - output), sigmoid_derivative(x) = x (1 - x) of outputs
    "b162_zb": r'''
[notation]
indices = "ijk"
loss = ["E"]
learning_rate = ["learning_rate", "\\alpha"]
functions = { f = "sigmoid", sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"o_{j}^{(1)}" = "a1[j-1]"
"z_{j}^{(1)}" = "z1[j-1]"
"o_{j}^{(2)}" = "a2[j-1]"
"z_{j}^{(2)}" = "z2[j-1]"
"y_{j}" = "y[j-1]"
"w_{ij}^{(1)}" = "W1[j-1, i-1]"
"w_{jk}^{(2)}" = "W2[k-1, j-1]"
"\\delta_{j}^{(1)}" = "delta1[j-1]"
"\\delta_{j}^{(2)}" = "delta2[j-1]"
"X" = "x[:].T"
"y" = "y[:].T"
"hidden_layer_input" = "z1[:].T"
"hidden_layer_output" = "a1[:].T"
"output_layer_input" = "z2[:].T"
"output_layer_output" = "a2[:].T"
"weights_input_to_hidden" = "W1[:, :].T"
"weights_hidden_to_output" = "W2[:, :].T"
"bias_hidden" = "b1[:].T"
"bias_output" = "b2[:].T"
"error" = "y[:].T - a2[:].T"
"d_output" = "-grad(z2[:]).T"
"d_hidden" = "-grad(z1[:]).T"
''',
    # the Portuguese post: x the input, h the hidden outputs, W_1, W_2 output-first (h = sigma(W_1 x + b_1)), b_1,
    # b_2, y_hat the softmax outputs, y the one-hot target, delta^(2) = dL/dz of the output (its "Erro na camada de
    # saída", y_hat - y), delta^(1) the hidden layer's, eta the rate
    "b162_pt": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"b_{1}" = "b1[:]"
"b_{2}" = "b2[:]"
"\\hat{y}" = "a2[:]"
"y" = "t[:]"
"\\delta^{(2)}" = "delta2[:]"
"\\delta^{(1)}" = "delta1[:]"
''',
    # the Hexo post: a_i^(1) the inputs, a_i^(j) unit i of layer j (layer 2 hidden, layer 3 the output), w_{ki}^(j)
    # from unit k of layer j to unit i of layer j+1 (input-first: w_{12}^(1) joins a_1^(1) to a_2^(2)), b_i^(j) the
    # bias into unit i of layer j+1, delta_i^(j) = de/da_i^(j) (the post's "误差", the loss's derivative by a unit's
    # value: its sum too, with no activation), e the loss
    "b162_cg": r'''
[notation]
indices = "ijk"
loss = ["e"]
[notation.symbols]
"a_{i}^{(1)}" = "x[i-1]"
"a_{i}^{(j)}" = "a{j-1}[i-1]"
"w_{ki}^{(j)}" = "W{j}[i-1, k-1]"
"b_{i}^{(j)}" = "b{j}[i-1]"
"\\delta_{i}^{(j)}" = "grad(a{j-1}[i-1])"
''',
    # the course notes: a^(l), z^(l), W^(l), delta^(l) = dL/dz^(l) layer l's (its sign convention), L the output
    # layer, y the target, g^(l) layer l's activation (the sigmoid), E and L the loss; w_{ij}, x_i, delta_j, a_j of the
    # weight rule and step 6 the first layer's (x_i the input): w_{ij} from input i to hidden j, delta_j = dE/dz_j,
    # a_j hidden j's output; a_i^{previous layer} the input x_i
    "b162_ct": r'''
[notation]
indices = "ijl"
loss = ["E"]
functions = { "g^{(1)}" = "sigmoid", "g^{(2)}" = "sigmoid" }
[notation.symbols]
"a^{(l)}" = "a{l}[:]"
"z^{(l)}" = "z{l}[:]"
"W^{(l)}" = "W{l}[:, :]"
"\\delta^{(l)}" = "delta{l}[:]"
"y" = "y[:]"
"w_{ij}" = "W1[j-1, i-1]"
"x_{i}" = "x[i-1]"
"\\delta_{j}" = "delta1[j-1]"
"a_{j}" = "a1[j-1]"
"a_{i}^{\\text{previous layer}}" = "x[i-1]"
''',
    # the NumPy example: inputs the input (a row), targets the target, weights1, weights2 input-first, the layers'
    # Input and Output names their sums and outputs, output the network's output, outputError = targets - output,
    # outputDelta and hiddenDelta -dE/dz (the updates add them), hiddenError = -dE/d(hidden output);
    # sigmoid_derivative(x) = x (1 - x), of outputs; the LaTeX's y_k the prediction and t_k the target
    "b162_zd": r'''
[notation]
indices = "k"
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"inputs" = "x[:].T"
"targets" = "y[:].T"
"weights1" = "W1[:, :].T"
"weights2" = "W2[:, :].T"
"hiddenLayerInput" = "z1[:].T"
"hiddenLayerOutput" = "a1[:].T"
"outputLayerInput" = "z2[:].T"
"output" = "a2[:].T"
"outputError" = "y[:].T - a2[:].T"
"outputDelta" = "-grad(z2[:]).T"
"hiddenError" = "-grad(a1[:]).T"
"hiddenDelta" = "-grad(z1[:]).T"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
''',
    # CS224n's notes: layer 1 the inputs (a_j^(1) = x_j), layer 2 the hidden units, layer 3 the score; a_j^(k), z_j^(k)
    # unit j of layer k, W^(k) from layer k to layer k+1 (W_{ij}^(k) into unit i of layer k+1 from unit j, output-first;
    # W^(1) = W, W^(2) = U^T), delta_j^(k) = dJ/dz_j^(k) (the notes' definition), f the sigmoid, J the loss
    "b162_cs": r'''
[notation]
indices = "ijk"
loss = ["J"]
functions = { f = "sigmoid" }
[notation.symbols]
"a_{j}^{(1)}" = "x[j-1]"
"a_{j}^{(k)}" = "a{k-1}[j-1]"
"z_{j}^{(k)}" = "z{k-1}[j-1]"
"W_{ij}^{(k)}" = "W{k}[i-1, j-1]"
"\\delta_{j}^{(k)}" = "delta{k-1}[j-1]"
"b_{i}^{(k)}" = "b{k}[i-1]"
"a^{(1)}" = "x[:]"
"a^{(k)}" = "a{k-1}[:]"
"z^{(k)}" = "z{k-1}[:]"
"W^{(k)}" = "W{k}[:, :]"
"\\delta^{(k)}" = "delta{k-1}[:]"
''',
}
