"""The networks and notations of batch 70 of the held-out public formulas (tests/public_formulas_batch70.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b70_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Adsanvar's CSI5130 homework 1: linear regression w_0 + w_1 x_n, L_2 the squared error averaged over the N
    # examples (one here)
    "b70_csi": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="squared_error"),
    # the stored "Forward and Backward Pass Calculator": x1 = 0.35, x2 = 0.7 -> two sigmoid units (w_x1_h1 = w_x2_h1 =
    # 0.2, w_x1_h2 = w_x2_h2 = 0.3) -> one sigmoid output (w_h1_o = 0.3, w_h2_o = 0.9), no biases, y = 0.5, eta = 1;
    # "For MSE loss: delta_o = (o - y) * sigma'(z_o)", the half squared error
    "b70_calc": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                             'weights = [[0.2, 0.2], [0.3, 0.3]]',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.9]]',
                             loss="half_squared_error", extra=_data("[0.35, 0.7]", "[0.5]", learning_rate=1.0)),
    # uhmann112's singleNeuron.py: inputVector = [2, 1.5], weights = [1.45, -0.66], sigmoid(np.dot(...)) (the bias
    # the script defines is never added), target 0, error = np.square(prediction - target)
    "b70_unn": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.45, -0.66]]',
                            loss="squared_error", extra=_data("[2.0, 1.5]", "[0.0]")),
    # MihirSaiDudekula's DLP2.md: X = [1.0, 2.0], W the 2 x 3 matrix of logits = X . W (no bias, written input-first;
    # here its transpose, one row per class), softmax, the cross-entropy, class 1 true, learning rate 0.1
    "b70_dlp": problem_text('inputs = 2\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                            'weights = [[0.2, -0.5], [-0.3, 0.7], [0.5, -0.2]]',
                            loss="cross_entropy", extra=_data("[1.0, 2.0]", "[0.0, 1.0, 0.0]")),
    # Mohamedsamir9537's cnn_second_task.py: Mazur's numbers with tanh layers, inputs [0.05, 0.10], weights written
    # input-first (here one row per unit), biases 0.35 and 0.60, targets [0.01, 0.99], learning rate 0.5; the
    # script's error = y_expected - final_output and += updates are the half squared error's delta rule
    "b70_cnn": problem_text('inputs = 2\nunits = 2\nactivation = "tanh"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 2\nactivation = "tanh"\nweights = [[0.40, 0.45], [0.50, 0.55]]\n'
                            'biases = [0.60, 0.60]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", learning_rate=0.5)),
    # the three EVA/ERA course write-ups (Team 11's, YETI-WU's, venkyyuvy's): i1, i2 -> h1, h2 (sigmoid) -> o1, o2
    # (sigmoid), w1..w4 and w5..w8, no biases, E_total = E1 + E2 = sum 1/2 (t - a_o)^2; their spreadsheet's numbers
    # are in images, left out
    "b70_eva": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # TrongDuyNguyen0611's README (a copy of a Vietnamese post): layers counted from the input a^{(1)} = x, z^{(l+1)}
    # = W^{(l+1)} a^{(l)} + b^{(l+1)}, a sigmoid f, the cross-entropy of each of the K outputs summed, m examples
    # (one here); 2 inputs, 2 hidden units, K = 2
    "b70_vn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="binary_cross_entropy"),
    # lotabout's notes on Nielsen's chapter 2 (stored): a^1 = x, sigmoid layers with biases, C = 1/2 sum_j (y_j -
    # a_j^L)^2; 2 inputs, 2 hidden units, 2 outputs (square layers, so that a transposed index stays in range)
    "b70_lota": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
}

NOTATIONS = {
    # the homework's letters: w_0 the intercept, w_1 the slope, x_n and t_n example n's input and target (n a sample
    # index), N the number of examples (one), L_2 the loss
    "b70_csi": r'''
[notation]
indices = "n"
loss = ["L_{2}"]
[notation.symbols]
"w_{0}" = "b1[0]"
"w_{1}" = "W1[0, 0]"
"x_{n}" = "x[0]"
"t_{n}" = "y[0]"
"N" = "1"
''',
    # the calculator's variable names: x1, x2 the inputs; w_x1_h1 the weight from x1 to h1 (and so on); z_h1, z_h2,
    # z_o the sums, h1, h2, o the sigmoid outputs, y the target; sigma_prime_o and sigma_prime_h1, _h2 the sigmoid's
    # slopes (the script's sigmoid_derivative of the outputs); delta_o, delta_h1, delta_h2 dE/dz; delta_w_x1_h1 and
    # the other delta_w_ the steps eta dE/dw; w_x1_h1_new the new weights
    "b70_calc": r'''
[notation]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w_x1_h1" = "W1[0, 0]"
"w_x2_h1" = "W1[0, 1]"
"w_x1_h2" = "W1[1, 0]"
"w_x2_h2" = "W1[1, 1]"
"w_h1_o" = "W2[0, 0]"
"w_h2_o" = "W2[0, 1]"
"z_h1" = "z1[0]"
"z_h2" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"z_o" = "z2[0]"
"o" = "a2[0]"
"y" = "y[0]"
"sigma_prime_o" = "a2[0]*(1 - a2[0])"
"sigma_prime_h1" = "a1[0]*(1 - a1[0])"
"sigma_prime_h2" = "a1[1]*(1 - a1[1])"
"delta_o" = "grad(z2[0])"
"delta_h1" = "grad(z1[0])"
"delta_h2" = "grad(z1[1])"
"delta_w_x1_h1" = "eta*grad(W1[0, 0])"
"delta_w_x2_h1" = "eta*grad(W1[0, 1])"
"delta_w_x1_h2" = "eta*grad(W1[1, 0])"
"delta_w_x2_h2" = "eta*grad(W1[1, 1])"
"delta_w_h1_o" = "eta*grad(W2[0, 0])"
"delta_w_h2_o" = "eta*grad(W2[0, 1])"
"w_x1_h1_new" = "new(W1[0, 0])"
"w_x2_h1_new" = "new(W1[0, 1])"
"w_x1_h2_new" = "new(W1[1, 0])"
"w_x2_h2_new" = "new(W1[1, 1])"
"w_h1_o_new" = "new(W2[0, 0])"
"w_h2_o_new" = "new(W2[0, 1])"
''',
    # the script's names: inputVector the input, weights the weight row, target the target, layer1 the dot product,
    # layer2 and prediction the sigmoid's output, error the loss (its square), derivative its gradient by the
    # weights (the script subtracts it from them)
    "b70_unn": r'''
[notation]
loss = ["error"]
[notation.symbols]
"inputVector" = "x[:]"
"weights" = "W1[0, :]"
"target" = "y[0]"
"layer1" = "z1[0]"
"layer2" = "a1[0]"
"prediction" = "a1[0]"
"derivative" = "grad(W1[0, :])"
''',
    # the page's names: X the input row, W the input-first weight matrix, logits X . W, y_pred the softmax
    # probabilities (the page's \text{softmax} is a function's name, left unnamed), y_true the one-hot target, Loss
    # the cross-entropy, grad dLoss/dlogits, W update dLoss/dW in W's (input-first) layout
    "b70_dlp": r'''
[notation]
loss = ["\\text{Loss}"]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[:, :].T"
"\\text{logits}" = "z1[:]"
"y_{\\text{pred}}" = "a1[:]"
"y_{\\text{true}}" = "t[:]"
"\\text{grad}" = "grad(z1[:])"
"\\text{W update}" = "grad(W1[:, :]).T"
''',
    # the script's names: inputs the input row, y_expected the targets, weights_input_hidden and
    # weights_hidden_output the input-first weight matrices, bias_hidden and bias_output the biases; hidden_input,
    # hidden_output, final_input, final_output the sums and tanh outputs of each layer; error = y_expected -
    # final_output; output_gradient, hidden_error and hidden_gradient the script's backward terms, -dE/dz2, -dE/da1
    # and -dE/dz1 (error is y - a); tanh_dev the script's function, 1 - tanh(x)**2, the tanh's slope at its input
    "b70_cnn": r'''
[notation]
functions = { tanh_dev = "tanh' at input" }
[notation.symbols]
"inputs" = "x[:]"
"y_expected" = "y[:]"
"weights_input_hidden" = "W1[:, :].T"
"weights_hidden_output" = "W2[:, :].T"
"bias_hidden" = "b1[:]"
"bias_output" = "b2[:]"
"hidden_input" = "z1[:]"
"hidden_output" = "a1[:]"
"final_input" = "z2[:]"
"final_output" = "a2[:]"
"error" = "y[:] - a2[:]"
"output_gradient" = "-grad(z2[:])"
"hidden_error" = "-grad(a1[:])"
"hidden_gradient" = "-grad(z1[:])"
''',
    # Team 11's letters, plain text inside LaTeX: i1, i2 the inputs, w1..w8 the weights (w1: i1 -> h1, w2: i2 -> h1,
    # w3: i1 -> h2, w4: i2 -> h2, w5: h1 -> o1, w6: h2 -> o1, w7: h1 -> o2, w8: h2 -> o2), h1, h2 and o1, o2 the
    # sums, out_h1, out_h2, out_o1, out_o2 the sigmoid outputs, t1, t2 the targets, E1, E2 the two halves of E
    "b70_t11": r'''
[notation]
loss = ["E", "E_{Total}"]
learning_rate = ["η"]
[notation.symbols]
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
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"o_{1}" = "z2[0]"
"o_{2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"E_{1}" = "(y[0] - a2[0])**2/2"
"E_{2}" = "(y[1] - a2[1])**2/2"
''',
    # YETI-WU's plain-text letters: the same network and weights; a_h1, a_h2, a_o1, a_o2 the sigmoid outputs (ao1,
    # ao2 as step 3 writes a_o1, a_o2), E_total the loss, E1, E2 its halves; the page writes its partial derivatives
    # with delta, δE_total/δw5
    "b70_yeti": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
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
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"o_{1}" = "z2[0]"
"o_{2}" = "z2[1]"
"a_{h1}" = "a1[0]"
"a_{h2}" = "a1[1]"
"a_{o1}" = "a2[0]"
"a_{o2}" = "a2[1]"
"ao_{1}" = "a2[0]"
"ao_{2}" = "a2[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"E_{1}" = "(y[0] - a2[0])**2/2"
"E_{2}" = "(y[1] - a2[1])**2/2"
''',
    # venkyyuvy's LaTeX: i_1, i_2, w_1..w_8 as above, h_1, h_2 and o_1, o_2 the sums, a_{h_1}, a_{h_2}, a_{o_1},
    # a_{o_2} the sigmoid outputs, t_1, t_2 the targets, E_{total} the loss and E_1, E_2 its halves
    "b70_venky": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
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
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"o_{1}" = "z2[0]"
"o_{2}" = "z2[1]"
"a_{h_{1}}" = "a1[0]"
"a_{h_{2}}" = "a1[1]"
"a_{o_{1}}" = "a2[0]"
"a_{o_{2}}" = "a2[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"E_{1}" = "(y[0] - a2[0])**2/2"
"E_{2}" = "(y[1] - a2[1])**2/2"
''',
    # the Vietnamese post's letters: layers counted from the input (a^{(1)} = x), units from 1, w_{ij}^{(l)} output-
    # first, b, z, a per unit and in bold for the layer's vector, W^{(l)} the matrix, f the activation (the
    # sigmoid), J the cost
    "b70_vn": r'''
[notation]
indices = "ijl"
loss = ["J"]
functions = { f = "sigmoid" }
[notation.symbols]
"w_{ij}^{(l)}" = "W{l-1}[i-1, j-1]"
"W^{(l)}" = "W{l-1}[:, :]"
"b_{i}^{(l)}" = "b{l-1}[i-1]"
"z_{i}^{(l)}" = "z{l-1}[i-1]"
"z^{(l)}" = "z{l-1}[:]"
"a_{i}^{(1)}" = "x[i-1]"
"a^{(1)}" = "x[:]"
"a_{i}^{(l)}" = "a{l-1}[i-1]"
"a^{(l)}" = "a{l-1}[:]"
"x" = "x[:]"
''',
    # Nielsen's letters as lotabout copies them: layer l counted from the input (a^1 = x), units from 1, w_{jk}^l
    # from unit k of layer l-1 to unit j of layer l, delta_j^l = dC/dz_j^l, C the cost, y_j the targets
    "b70_lota": r'''
[notation]
indices = "ijkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j-1, k-1]"
"w^{l}" = "W{l-1}[:, :]"
"b_{j}^{l}" = "b{l-1}[j-1]"
"b^{l}" = "b{l-1}[:]"
"z_{j}^{l}" = "z{l-1}[j-1]"
"z^{l}" = "z{l-1}[:]"
"a_{j}^{1}" = "x[j-1]"
"a^{1}" = "x[:]"
"a_{j}^{l}" = "a{l-1}[j-1]"
"a^{l}" = "a{l-1}[:]"
"\\delta_{j}^{l}" = "grad(z{l-1}[j-1])"
"\\delta^{l}" = "grad(z{l-1}[:])"
"x" = "x[:]"
"y_{j}" = "y[j-1]"
''',
}
