"""The networks and notations of batch 178 of the held-out public formulas (tests/public_formulas_batch178.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b178_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the Turkish notes on neural networks (stored file 11543038030), after Stansbury's derivation: one hidden layer,
    # a_i the inputs, w_ij into the hidden units (input-first), biases b_j and b_k, g_j and g_k the activations (the
    # sigmoid here: the notes' code uses it for the hidden layer), E = 1/2 sum_k (a_k - t_k)^2; 2-3-2, the rate 0.1
    # (the notes give none)
    "b178_tr": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Chinese pattern-recognition notes (stored file 16034780287), their three-layer perceptron: sigmoid hidden and
    # output layers, no bias in the forward lines (H_in = sum v_ij x_i, O_in = sum w_jk H_out), E = 1/2 sum_k (L_k -
    # hat L_k)^2; 2-2-2 (the notes' l hidden and m output neurons, both 2 here), the rate 0.1
    "b178_zh": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Korean note on the output weight's derivative (stored file 36406379749): E = (t_k - o_k)^2 (no 1/2), o_k =
    # sigma(sum_j w_jk o_j) (no bias), o_j the hidden outputs (sigmoid here); one output, 2-3-1, the rate alpha 0.1
    "b178_ko": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # the lecture slides on the backpropagation algorithm (stored file 57874512837), their worked example: one ReLU
    # neuron y = max(0, w_1 x_1 + w_2 x_2), no bias, x = (-1, 3), w = (1, 2), t = 2, L = 1/2 (y - t)^2; eta 0.1 (the
    # slides keep it a letter)
    "b178_lr": problem_text('inputs = 2\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[1.0, 2.0]]',
                            loss="half_squared_error", extra=_data("[-1.0, 3.0]", "[2.0]", 0.1)),
    # the same slides' "original derivation": sigmoid units (O(1 - O) their slope), W_ij from input i to hidden j,
    # W_jk from hidden j to output k, biases theta, E the squared error (the slides' 1/2 (y - t)^2); 2-2-2
    "b178_lo": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the English summary of LeCun, Bengio and Hinton's Deep learning (stored file 32004306735), its worked
    # micro-example: one ReLU neuron, x = 2, w = 0.3, t = 1, no bias, E = 1/2 (y - t)^2; eta 0.1 (not specified)
    "b178_en": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\nweights = [[0.3]]',
                            loss="half_squared_error", extra=_data("[2.0]", "[1.0]", 0.1)),
    # the review's Figure 1 as the English summary (32004306735) and the French post (stored file 60891917492) state
    # it: z_j = sum_i w_ij x_i, y_j = f(z_j), E = 1/2 (y_l - t_l)^2 at the outputs l; one hidden layer of ReLU units
    # (the French post's f), sigmoid outputs here, biases (omitted in the figure), 2-3-2
    "b178_eg": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the deep-learning course module on backpropagation (stored file 70188620703), its single-layer network: y_k =
    # sum_i w_ki x_i, linear outputs, E_n = 1/2 sum_k (y_nk - t_nk)^2; 3 inputs, 2 outputs, no bias
    "b178_md": _layers('inputs = 3\nunits = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # the same module's softmax regression (Y = softmax(X W^T), the multiclass cross-entropy summed over the batch,
    # one sample here), 3 inputs, 3 classes, no bias
    "b178_ms": _layers('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy"),
    # the same module's general network (its DAG example: tanh hidden units, linear outputs, the sum-of-squares
    # error, biases), layered here, 2-3-2; also the Bishop flashcards' network (stored file 39177852480: Bishop's
    # section 8.1, h the hidden activation, canonical-link outputs)
    "b178_mg": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the Turkish notes' letters (fixed roles): i an input (a_i its value), j a hidden unit (z_j, a_j), k an output
    # (z_k, a_k, t_k its target), w_ij and w_jk input-first, g_j and g_k the layers' activations, delta_k =
    # (a_k - t_k) g_k'(z_k) = dE/dz_k, b_k the output's bias, eta the rate
    "b178_tr": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { g = "sigmoid", "g_{j}" = "sigmoid", "g_{k}" = "sigmoid" }
[notation.symbols]
"a_{i}" = "x[i]"
"a_{j}" = "a1[j]"
"a_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"z_{j}" = "z1[j]"
"z_{k}" = "z2[k]"
"w_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"b_{j}" = "b1[j]"
"b_{k}" = "b2[k]"
"\\delta_{k}" = "grad(z2[k])"
"\\delta_{j}" = "grad(z1[j])"
''',
    # the Chinese notes' names: x_i the inputs, v_ij from input i to hidden j, w_jk from hidden j to output k, the
    # hidden unit j's input and output written H_{in,k} and H_{out,k} (the notes' own words: "隐层第j个节点的输入为
    # H_{in,k}，输出为H_{out,k}"), O_{in,k} and O_{out,k} = hat L_k the output k's, L_k its target, f the sigmoid,
    # delta_{O,k} = -dE/dO_{in,k} and delta_{H,j} = -dE/dH_{in,k} (the notes' definitions), Delta w and Delta v the
    # steps, l and m the numbers of neurons (2 and 2 here); the indices counted from 1, as the notes' sums are
    # (\sum_{k=1}^{l}, \sum_{i=1}^{n}: given after the first blind run)
    "b178_zh": r'''
[notation]
indices = "n"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"v_{ij}" = "W1[j-1, i-1]"
"w_{jk}" = "W2[k-1, j-1]"
"H_{in,k}" = "z1[j-1]"
"H_{out,k}" = "a1[j-1]"
"O_{in,k}" = "z2[k-1]"
"O_{out,k}" = "a2[k-1]"
"\\hat{L}_{k}" = "a2[k-1]"
"L_{k}" = "y[k-1]"
"\\delta_{O,k}" = "-grad(z2[k-1])"
"\\delta_{H,j}" = "-grad(z1[j-1])"
"\\Delta w_{jk}" = "-eta*grad(W2[k-1, j-1])"
"\\Delta v_{ij}" = "-eta*grad(W1[j-1, i-1])"
"l" = "2"
"m" = "2"
''',
    # the Korean note's letters: k the output (o_k its output, t_k its target), j a hidden unit (o_j its output),
    # w_jk from j to k, sigma the sigmoid, alpha the rate, Delta w_jk the step
    "b178_ko": r'''
[notation]
indices = "n"
loss = ["E"]
learning_rate = ["\\alpha", "alpha"]
functions = { "\\sigma" = "sigmoid" }
[notation.symbols]
"o_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"o_{j}" = "a1[j]"
"w_{jk}" = "W2[k, j]"
"\\Delta w_{jk}" = "-eta*grad(W2[k, j])"
''',
    # the slides' worked example: x_1, x_2 and w_1, w_2, y the ReLU's output, t the target, z its sum, L the loss
    "b178_lr": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"y" = "a1[0]"
"t" = "y[0]"
"z" = "z1[0]"
''',
    # the slides' original derivation (fixed roles): i an input, j a hidden neuron, k an output neuron, O their
    # outputs (O_i the input itself), tau_k the target, W_ij and W_jk input-first, delta_k and phi_j the output and
    # hidden deltas (dE/d of the sum: O - tau at the output)
    "b178_lo": r'''
[notation]
indices = "n"
loss = ["E", "\\mathcal{L}"]
[notation.symbols]
"\\mathcal{O}_{k}" = "a2[k]"
"\\mathcal{O}_{j}" = "a1[j]"
"\\mathcal{O}_{i}" = "x[i]"
"\\tau_{k}" = "y[k]"
"W_{jk}" = "W2[k, j]"
"W_{ij}" = "W1[j, i]"
"\\delta_{k}" = "grad(z2[k])"
"\\phi_{j}" = "grad(z1[j])"
''',
    # the micro-example: x the input, w its weight, t the target, z the sum, y = f(z) the ReLU's output, eta the rate
    "b178_en": r'''
[notation]
loss = ["E"]
functions = { f = "relu" }
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"t" = "y[0]"
"z" = "z1[0]"
"y" = "a1[0]"
''',
    # Figure 1's letters as the two pages use them (fixed roles): i an input, j a hidden unit, k and l output units
    # (the French post's l the units of the layer after j, and its step 4's k the unit a weight goes into), w_jk and
    # w_jl from j to k or l (input-first), y the outputs, z the sums, t_l the targets, f the activation
    "b178_eg": r'''
[notation]
indices = "n"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i]"
"y_{j}" = "a1[j]"
"z_{j}" = "z1[j]"
"y_{l}" = "a2[l]"
"z_{l}" = "z2[l]"
"t_{l}" = "y[l]"
"z_{k}" = "z2[k]"
"w_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"w_{jl}" = "W2[l, j]"
''',
    # the module's single-layer network: n the data point (one here), k an output, i an input, w_ki output-first,
    # y_nk, t_nk and x_ni the point's output, target and input
    "b178_md": r'''
[notation]
indices = "p"
loss = ["E_{n}", "E"]
[notation.symbols]
"y_{nk}" = "a1[k]"
"t_{nk}" = "y[k]"
"x_{ni}" = "x[i]"
"w_{ki}" = "W1[k, i]"
''',
    # the module's softmax regression: the batch's rows (one here), X the inputs, Y the softmax outputs, T the
    # one-hot targets, W the weights (K x D, output-first), E the summed cross-entropy; the code's names alike
    "b178_ms": r'''
[notation]
indices = "p"
loss = ["E"]
[notation.symbols]
"\\mathbf{X}" = "x[:].T"
"\\mathbf{Y}" = "a1[:].T"
"\\mathbf{T}" = "y[:].T"
"\\mathbf{W}" = "W1[:, :]"
"X" = "x[:].T"
"Y" = "a1[:].T"
"T" = "y[:].T"
"W" = "W1[:, :]"
"grad_W" = "grad(W1[:, :])"
''',
    # Bishop's letters (the module and the flashcards, fixed roles): i an input (z_i its value), j a hidden unit (a_j
    # its sum, z_j its output), k an output (a_k, y_k, t_k), w_ji and w_kj output-first, h the hidden activation
    # (tanh), delta = dE_n/da (Bishop's sign), E_n the point's error
    "b178_mg": r'''
[notation]
indices = "p"
loss = ["E_{n}", "E"]
functions = { h = "tanh" }
[notation.symbols]
"z_{i}" = "x[i]"
"z_{j}" = "a1[j]"
"a_{j}" = "z1[j]"
"a_{k}" = "z2[k]"
"y_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"w_{ji}" = "W1[j, i]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "grad(z1[j])"
"\\delta_{k}" = "grad(z2[k])"
''',
}
