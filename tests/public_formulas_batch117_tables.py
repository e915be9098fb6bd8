"""The networks and notations of batch 117 of the held-out public formulas (tests/public_formulas_batch117.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b117_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the ELEC320 lecture notes (Haykin's letters): neuron j of a layer, i the layer before, k the layer after,
    # v_j the induced local field, y_j = phi(v_j) the output, e_j = d_j - y_j the output error, E(n) = 1/2 the sum
    # of e_j^2 over the output neurons, delta_j the local gradient; phi the sigmoid here, no biases (the notes' v_j
    # is the weighted sum alone); a 2-3-2 network
    "b117_bw": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Mathematics Stack Exchange question on the binary cross-entropy (logistic regression): one sigmoid
    # neuron, h = w^T X (no bias in the answer), J the binary cross-entropy averaged over the m examples (one here)
    "b117_bc": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # kksv's numerical question Q3: one sigmoid output neuron whose input is h = 0.5, output y = 0.6 (its bias chosen
    # so: ln 1.5, the weight 0), desired output d = 1, eta = 0.1, the delta rule of half the squared error
    "b117_kk": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.0]]\n'
                            'biases = [0.4054651081081644]', loss="half_squared_error",
                            extra=_data("[0.5]", "[1.0]", 0.1)),
    # amajidsinar's cheatsheet (Nielsen's letters, sigmoid layers, the quadratic cost C = 1/(2n) sum |y - a|^2 over
    # the n samples, one here): a 2-3-2 network with biases, L the output layer
    "b117_am": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the CSC59866 homework's proof of BP1 - BP4 (Nielsen's notation, layers counted from 1, the input): sigmoid
    # layers with biases, C the quadratic cost; a 2-3-2 network (L = 3)
    "b117_zl": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # maohieng's Exercise 1: x1 = 0.35, x2 = 0.7, w_{1,1} = 0.2 (x1 -> h1), w_{1,2} = 0.3 (x1 -> h2), w_{2,1} = 0.2
    # (x2 -> h1), w_{2,2} = 0.3 (x2 -> h2), w_{1,3} = 0.3 (h1 -> o3), w_{2,3} = 0.9 (h2 -> o3), sigmoid units without
    # biases, target 1.0, eta = 0.5, E = 1/2 (o3 - target)^2
    "b117_mh": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.2, 0.2], [0.3, 0.3]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.3, 0.9]]',
                            loss="half_squared_error", extra=_data("[0.35, 0.7]", "[1.0]", 0.5)),
    # sakshat193's exam revision Q6.2: a 2-2-1 network with linear activations and biases, X = [0.5, 0.1], W1 (inputs
    # x hidden) [[0.15, 0.25], [0.20, 0.30]], b1 = [0.35, 0.35], W2 = [[0.40], [0.45]], b2 = 0.6, y = 0.5, lr = 0.5,
    # loss = 0.5 (y - a2)^2 (the notebook calls it MSE)
    "b117_sk": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 1\nactivation = "identity"\nweights = [[0.40, 0.45]]\nbiases = [0.6]',
                            loss="half_squared_error", extra=_data("[0.5, 0.1]", "[0.5]", 0.5)),
    # the CSCI4931 homework's part 1a: a single sigmoid neuron with one input feature and a bias, z = wx + b, a =
    # sigma(z), L = 1/2 (a - y)^2
    "b117_eg": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Martina Pugliese's Tales of Science & Data (a GitBook): sigmoid neurons, the bias factored in as a weight (none
    # here), i_k^l the input of neuron k of layer l and o_k^l its output, w_ik^{l-1,l} from neuron i of layer l-1,
    # E = 1/(2n) sum over the n samples of [o - e]^2 with one output o and its expected value e; a 2-3-1 network,
    # layers counted from 1 (the input)
    "b117_pg": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the xor-neural-network issue's notebook (nn.py): a 2-2-1 sigmoid network with biases, trained on the binary
    # cross-entropy (its cost c = -(y log a2) - (1 - y) log(1 - a2)), dz2 = a2 - y[j] its output delta
    "b117_fx": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
}

NOTATIONS = {
    # the ELEC320 notes at the output layer (Haykin's letters, one sample, the time stamp n the iteration): j an
    # output neuron, i a hidden one (y_i(n) the signal neuron j receives), w_ji from i to j, v_j = z, e_j = d_j - y_j,
    # E(n) the loss, delta_j(n) = e_j phi'(v_j), the local gradient (-dE/dv_j), Delta w_ji(n) the weight's correction,
    # \mathbf W the layer's weight matrix; phi the sigmoid (phi_j neuron j's), as batch 84 wrote Haykin's names
    "b117_bw": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { "\\phi" = "sigmoid", "\\phi_{j}" = "sigmoid" }
[notation.symbols]
"y_{i}" = "a1[i]"
"y_{j}" = "a2[j]"
"v_{j}" = "z2[j]"
"w_{ji}" = "W2[j, i]"
"d_{j}" = "y[j]"
"e_{j}" = "y[j] - a2[j]"
"\\delta_{j}" = "-delta2[j]"
"\\Delta w_{ji}" = "-eta*grad(W2[j, i])"
"\\mathbf{W}" = "W2[:, :]"
''',
    # the same notes' hidden neuron (equation B): j a hidden neuron, k an output neuron, w_kj from j to k
    "b117_bwh": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { "\\phi" = "sigmoid", "\\phi_{j}" = "sigmoid" }
[notation.symbols]
"y_{j}" = "a1[j]"
"v_{j}" = "z1[j]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "-delta1[j]"
"\\delta_{k}" = "-delta2[k]"
''',
    # the question's names: y_i and \hat y_i the target and the prediction of example i (m examples, one here), J
    # the binary cross-entropy
    "b117_bc": r'''
[notation]
indices = "i"
loss = ["J"]
[notation.symbols]
"\\hat{y}_{i}" = "a1[0]"
"\\hat{y}" = "a1[0]"
"y_{i}" = "y[0]"
"y" = "y[0]"
"m" = "1"
''',
    # the answer's names: h = w^T X the sum (w the weights as a column, X the input), z = sigma(h) the prediction, y
    # the target, J(w) the cross-entropy; w first written "W1[0, :].T", a slip of this notation (a row of W1 is already
    # a column vector, as docs/notation.md's "(delta2[0]*W2[0, :]).T" for a row shows), mended after the first blind run
    "b117_bca": r'''
[notation]
loss = ["J"]
[notation.symbols]
"\\mathbf{h}" = "z1[0]"
"\\mathbf{w}" = "W1[0, :]"
"\\mathbf{X}" = "x[:]"
"\\mathbf{z}" = "a1[0]"
"\\mathbf{y}" = "y[0]"
''',
    # kksv's Q3: y the output, d the desired output, h the neuron's input, eta the rate, delta = (d - y) y (1 - y) the
    # output's error term (-dE/dnet), Delta w = eta delta h the weight's change, w_old and w_new the weight before
    # and after
    "b117_kk": r'''
[notation]
[notation.symbols]
"y" = "a1[0]"
"d" = "y[0]"
"h" = "x[0]"
"δ" = "-delta1[0]"
"Δw" = "-eta*grad(W1[0, 0])"
"w_old" = "W1[0, 0]"
"w_new" = "new(W1[0, 0])"
''',
    # the cheatsheet's LaTeX (Nielsen's letters): L the output layer, L-1 the hidden one, w^L the output layer's
    # weights (output-first, as (w^L)^T delta^L writes them), a, z, delta the layers' vectors, y the target, C the
    # cost, n and m the numbers of samples (one here), w' the new weights
    "b117_am": r'''
[notation]
loss = ["C"]
[notation.symbols]
"a^{L}" = "a2[:]"
"a^{L-1}" = "a1[:]"
"z^{L}" = "z2[:]"
"z^{L-1}" = "z1[:]"
"w^{L}" = "W2[:, :]"
"w" = "W2[:, :]"
"w'" = "new(W2[:, :])"
"\\delta^{L}" = "delta2[:]"
"\\delta^{L-1}" = "delta1[:]"
"y" = "y[:]"
"a" = "a2[:]"
"n" = "1"
"m" = "1"
''',
    # the cheatsheet's NumPy lines: rows for the samples (one here), a_L and z_L the output layer's, err_L and error_L
    # its delta, w_L its weights input-first (np.dot(err_L, (w_L).T) is the hidden layer's error), minibatch the
    # number of samples, sigmoid_grad the sigmoid's derivative at its input
    "b117_amc": r'''
[notation]
functions = { sigmoid_grad = "sigmoid' at input" }
[notation.symbols]
"a_L" = "a2[:].T"
"z_L" = "z2[:].T"
"y" = "y[:].T"
"err_L" = "delta2[:].T"
"error_L" = "delta2[:].T"
"w_L" = "W2[:, :].T"
"minibatch" = "1"
''',
    # the CSC59866 proof (Nielsen's notation): layers l counted from 1 (the input) to L = 3, w^l_jk from neuron k of
    # layer l-1 to neuron j of layer l, b^l_j, z^l_j, a^l_j (a^1 the input), delta^l_j = dC/dz^l_j, C the cost
    "b117_zl": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w^{l}_{jk}" = "W{l-1}[j, k]"
"b^{l}_{j}" = "b{l-1}[j]"
"z^{l}_{j}" = "z{l-1}[j]"
"a^{1}_{k}" = "x[k]"
"a^{l}_{j}" = "a{l-1}[j]"
"\\delta^{l}_{j}" = "delta{l-1}[j]"
"L" = "3"
''',
    # maohieng's Exercise 1: x_1, x_2 the inputs, w_{i,j} from input i to hidden neuron j (w_{1,3}, w_{2,3} from h1
    # and h2 to o3), S_{h1}, S_{h2}, S_{o3} the sums, h_1, h_2, o_3 the outputs, o_{3, true} (also o_3^{true}) the
    # target, h_1', h_2', o_3' the derivatives of the outputs by their sums (as the notebook defines them),
    # delta_{o3} (also delta_o) = dE/dS_{o3}, E the error
    "b117_mh": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1,1}" = "W1[0, 0]"
"w_{2,1}" = "W1[0, 1]"
"w_{1,2}" = "W1[1, 0]"
"w_{2,2}" = "W1[1, 1]"
"w_{1,3}" = "W2[0, 0]"
"w_{2,3}" = "W2[0, 1]"
"S_{h1}" = "z1[0]"
"S_{h2}" = "z1[1]"
"S_{o3}" = "z2[0]"
"h_{1}" = "a1[0]"
"h_{2}" = "a1[1]"
"o_{3}" = "a2[0]"
"o_{3, \\text{true}}" = "y[0]"
"o_{3}^{\\text{true}}" = "y[0]"
"h_{1}^{'}" = "a1[0]*(1 - a1[0])"
"h_{2}^{'}" = "a1[1]*(1 - a1[1])"
"o_{3}^{'}" = "a2[0]*(1 - a2[0])"
"\\delta_{o3}" = "delta2[0]"
"\\delta_{o}" = "delta2[0]"
''',
    # sakshat193's NumPy cells: rows for the samples (one here), X the input row, W1 and W2 input-first (X W1 + b1),
    # z1, a1, z2, a2 the layers' rows (linear activations), y_true the target, dL_dv the derivative of the loss by
    # v (dL_da2, dL_dz2, dL_da1, dL_dz1, dL_dW2, dL_db2), lr the rate, W2_new the updated weights
    "b117_sk": r'''
[notation]
learning_rate = ["lr"]
loss = ["loss"]
[notation.symbols]
"X" = "x[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[:].T"
"z1" = "z1[:].T"
"a1" = "a1[:].T"
"z2" = "z2[:].T"
"a2" = "a2[:].T"
"y_true" = "y[:].T"
"dL_da2" = "grad(a2[:]).T"
"dL_dz2" = "delta2[:].T"
"dL_da1" = "grad(a1[:]).T"
"dL_dz1" = "delta1[:].T"
"dL_dW2" = "grad(W2[:, :]).T"
"dL_db2" = "grad(b2[:]).T"
"W2_new" = "new(W2[:, :]).T"
''',
    # the same notebook's summary in Markdown: a₁ and z₂ the rows of the hidden layer's outputs and the output's sums,
    # W₂ the output weights input-first, L the loss, y and ŷ the target and the prediction
    "b117_skm": r'''
[notation]
loss = ["L"]
[notation.symbols]
"a_{1}" = "a1[:].T"
"z_{2}" = "z2[:].T"
"W_{2}" = "W2[:, :].T"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
''',
    # the CSCI4931 homework, one neuron: z = wx + b, a = sigma(z), y the target, L = 1/2 (a - y)^2, w_new the
    # updated weight, MSE the mean of the squared errors over the n samples (one here), z_i and y_i sample i's
    "b117_eg": r'''
[notation]
indices = "i"
loss = ["L"]
[notation.symbols]
"z" = "z1[0]"
"a" = "a1[0]"
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"y" = "y[0]"
"w_{new}" = "new(W1[0, 0])"
"z_{i}" = "z1[0]"
"y_{i}" = "y[0]"
"n" = "1"
"MSE" = "(a1[0] - y[0])**2"
''',
    # Pugliese's layered names: i_k^l the input (sum) of neuron k of layer l, o_k^l its output (o^1 the network's
    # input), w_ik^{m,l} from neuron i of layer m = l-1 to neuron k of layer l; layers counted from 1 (the input)
    "b117_pg": r'''
[notation]
indices = "iklm"
loss = ["E"]
[notation.symbols]
"i_{k}^{l}" = "z{l-1}[k]"
"o_{k}^{l}" = "a{l-1}[k]"
"w_{ik}^{m,l}" = "W{m}[k, i]"
''',
    # the cost's line: o_i and e_i the output and the expected output of sample i (n samples, one here)
    "b117_pge": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"o_{i}" = "a2[0]"
"e_{i}" = "y[0]"
"n" = "1"
''',
    # the derivation without layers, at the output layer: j the output neuron, i a hidden neuron, w_ij from i to j, i_j
    # and o_j neuron j's input and output, e_j its expected output, delta_j = dE/di_j, alpha the rate
    "b117_pgo": r'''
[notation]
indices = "ij"
loss = ["E"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w_{ij}" = "W2[j, i]"
"\\Delta w_{ij}" = "-eta*grad(W2[j, i])"
"o_{j}" = "a2[j]"
"i_{j}" = "z2[j]"
"o_{i}" = "a1[i]"
"e_{j}" = "y[j]"
"\\delta_{j}" = "delta2[j]"
''',
    # the same derivation at a hidden neuron j: k a neuron of the layer after (\bar l, the output layer), w_jk from j to
    # k, delta_j = dE/di_j
    "b117_pgh": r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"o_{j}" = "a1[j]"
"i_{j}" = "z1[j]"
"o_{k}" = "a2[k]"
"i_{k}" = "z2[k]"
"w_{jk}" = "W2[k, j]"
"\\delta_{j}" = "delta1[j]"
"\\delta_{k}" = "delta2[k]"
''',
    # the xor-neural-network issue: the notebook's a2 (the output), y[j] the target of sample j (one here), dz2 its
    # output delta, Cx the sample's cost (Nielsen's C_x); the flattened δx,L and zx,L of the pasted BP1 are no symbols
    # the loader takes ("unexpected at ','"), and are left unnamed
    "b117_fx": r'''
[notation]
indices = "j"
loss = ["Cx"]
[notation.symbols]
"a2" = "a2[0]"
"y[j]" = "y[0]"
"dz2" = "delta2[0]"
''',
}
