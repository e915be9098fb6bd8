"""The networks and notations of batch 50 of the held-out public formulas (tests/public_formulas_batch50.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b50_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Intipy's post: one perceptron, a = xw + b, y = sigma(a), Error = 1/2 (y - t)^2; w := w - alpha dError/dw
    "b50_intipy": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the "quick mafs" notes (stored file): o^l_j = b^l_j + sum_i a^{l-1}_i w^l_{ij}, a = gamma(o), gamma the sigmoid,
    # E = 1/2 (t - y)^2; one input, three hidden units (so that the page's sum bound N^L, the output layer's one
    # node, differs from the hidden layer's three), one output
    "b50_mafs": _layers('inputs = 1\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # the negative log-likelihood note (stored file): z_i = w^T x_i + b, p_i = sigma(z_i), J the summed binary
    # cross-entropy over the n examples (one here, n = 1); two features
    "b50_nll": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # RoyKwonn's post: x_1, x_2 -> hidden n1, n2 (y_h1, y_h2) -> outputs n3, n4 (y_o1, y_o2), sigmoid units, the error
    # 1/2 (y_t1 - y_o1)^2 + 1/2 (y_t2 - y_o2)^2; w_31 joins hidden 1 to output 1, w_11 input 1 to hidden 1
    "b50_roy": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the French notes on Rashid's "Make Your own neural network" (stored file): o_k = sigmoid(sum_j w_jk o_j), no
    # biases, E = sum_k (t_k - o_k)^2 (the book's squared error, without 1/2: the page's -2 (t_k - o_k)); two inputs,
    # two hidden units, two outputs
    "b50_myo": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # Lochane's README: z = w1*x1 + ... + wn*xn + b, a sigmoid neuron; its dL/dw_i = (a - y) * sigma'(z) * x_i is
    # the gradient of L = 1/2 (a - y)^2 (with the cross-entropy it would be (a - y) x_i); three inputs (n = 3)
    "b50_loch": _layers('inputs = 3\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the NumPy script with Chinese docstrings (stored file): rows, x -> z = xW + b -> a = sigmoid(z), dL_da given
    # by the layer above; one layer of two sigmoid units on three inputs, L = 1/2 sum (a - y)^2 here
    "b50_lsb": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', loss="half_squared_error"),
    # the 2016 post on softmax under cross-entropy (stored file): y_i = e^{z_i} / sum_k e^{z_k}, C = -sum_k t_k log
    # y_k; K = 3 classes on two inputs
    "b50_smx": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # the note explaining dz[1] = dA[1] * ReLU'(z[1]) (stored file), Ng's layers in brackets: z[1] = W[1]A[0] + b[1],
    # A[1] = ReLU(z[1]), dA[1] passed back by layer 2; two inputs, three ReLU units, one linear output, and
    # L = 1/2 (a - y)^2
    "b50_relu": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                        loss="half_squared_error"),
    # the Obsidian note on tanh (stored file): the derivative of tanh(x); x the unit's sum, one tanh unit
    "b50_tanh": _layers('inputs = 1\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # the TanhLayer class (stored file): A = tanh(Z), its backward multiplies the upstream gradient dL/dA by
    # 1/cosh^2(Z); a layer of two tanh units on two inputs, L = 1/2 sum (A - y)^2 here
    "b50_tlay": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', loss="half_squared_error"),
}

NOTATIONS = {
    # the post's letters: x the input, w the weight, b the bias, a = xw + b the sum, y = sigma(a) the output, t the
    # target, Error the loss, alpha the learning rate
    "b50_intipy": r'''
[notation]
loss = ["Error"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"a" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
''',
    # the notes' letters: node i of layer l-1 to node j of layer l, counted from 0; w^l_{ij} input-first, o^l_j the
    # node's sum (its "output" before the activation), a^l_j = gamma(o^l_j), gamma the sigmoid; O^L, A^L the output
    # layer's vectors (one node), y the network's output, t the target, x the input; N^l the nodes of layer l
    "b50_mafs": r'''
[notation]
indices = "ijkl"
loss = ["E"]
functions = { "\\gamma" = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"y" = "a2[0]"
"t" = "y[0]"
"y_{j}" = "a2[j]"
"t_{j}" = "y[j]"
"w_{ij}^{l}" = "W{l}[j, i]"
"b_{j}^{l}" = "b{l}[j]"
"o_{j}^{l}" = "z{l}[j]"
"a_{j}^{l}" = "a{l}[j]"
"O^{L}" = "z2[0]"
"A^{L}" = "a2[0]"
"N^{L}" = "1"
''',
    # the note's letters: example i (one here, n = 1), x_i its features, y_i its label, z_i = w^T x_i + b, p_i =
    # sigma(z_i); J the loss and J_i example i's (the same with one example); X the design matrix (rows x_i^T), y
    # and p the vectors of labels and probabilities. The page's \mathbf{1}, the vector of ones, is a bold digit, no
    # base of the spec's grammar (a letter, a Greek or decorated letter, or a name): the pattern first written
    # for it was taken out when the notation, loaded before any formula was judged, refused it
    "b50_nll": r'''
[notation]
indices = "i"
loss = ["J", "J_{i}"]
[notation.symbols]
"w" = "W1[0, :]"
"b" = "b1[0]"
"x_{i}" = "x[:]"
"y_{i}" = "y[0]"
"z_{i}" = "z1[0]"
"p_{i}" = "a1[0]"
"n" = "1"
"X" = "x[:].T"
"y" = "y[0]"
"p" = "a1[0]"
''',
    # the post's names: x_i the inputs, y_h the hidden outputs, y_o the outputs, y_t the targets, 가중합_n ("weighted
    # sum") the sum of node n (n1, n2 hidden, n3, n4 outputs), w_{nm} the weight into node n from input or hidden
    # unit m; 오차y_out ("error") the loss, 오차y_o1 output 1's part of it (1/2 (y_t1 - y_o1)^2), 오차dy_out the
    # post's spelling of the loss in its step 2. The patterns first written for 가중합_{1} ... 가중합_{4} (z1[0], z1[1],
    # z2[0], z2[1]) and 오차y_{oi} ((y[i-1] - a2[i-1])**2/2) were taken out when the notation, loaded before any
    # formula was judged, refused them ("cannot read '가' at position 1"): Hangul is no letter the reader reads,
    # though the spec's "a name such as SEE" seems to allow a name of any script (see the batch's docstring)
    "b50_roy": r'''
[notation]
indices = "i"
loss = ["오차y_{out}", "오차dy_{out}"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{1i}" = "W1[0, i-1]"
"w_{2i}" = "W1[1, i-1]"
"w_{3i}" = "W2[0, i-1]"
"w_{4i}" = "W2[1, i-1]"
"y_{hi}" = "a1[i-1]"
"y_{oi}" = "a2[i-1]"
"y_{ti}" = "y[i-1]"
''',
    # Rashid's letters as the notes write them: j the hidden layer, k the output layer (literal letters with fixed
    # roles, so no placeholders), w_{jk} from hidden j to output k, o_j and o_k the outputs, t_k the targets; E the
    # error, alpha the learning rate
    "b50_myo": r'''
[notation]
indices = "n"
loss = ["E"]
learning_rate = ["\\alpha"]
[notation.symbols]
"w_{jk}" = "W2[k, j]"
"o_{k}" = "a2[k]"
"o_{j}" = "a1[j]"
"t_{k}" = "y[k]"
''',
    # the README's plain text: w1 ... wn and x1 ... xn (n = 3), b, z, a the neuron's output, y the target, f and
    # sigma the sigmoid; W the weight matrix, w and x the vectors; L the loss, lr the learning rate
    "b50_loch": r'''
[notation]
indices = "i"
learning_rate = ["lr"]
functions = { f = "sigmoid", sigma = "sigmoid" }
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"n" = "3"
"W" = "W1[:, :]"
"w" = "W1[0, :]"
"x" = "x[:]"
''',
    # the script's names, rows of one sample: x (1 x 3), W (3 x 2, input-first: W1^T), b, z, a (1 x 2); dL_da the
    # loss's gradient by a (given by the layer above), da_dz the sigmoid's slope a(1 - a), dL_dz, dL_dW, dL_db the
    # loss's gradients; lr the learning rate
    "b50_lsb": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:].T"
"W" = "W1[:, :].T"
"b" = "b1[:].T"
"z" = "z1[:].T"
"a" = "a1[:].T"
"dL_da" = "grad(a1[:]).T"
"da_dz" = "(a1[:]*(1 - a1[:])).T"
"dL_dz" = "grad(z1[:]).T"
"dL_dW" = "grad(W1[:, :]).T"
"dL_db" = "grad(b1[:]).T"
''',
    # the post's letters: z_i the penalty (logit) of class i, y_i its softmax output, t_i the target, counted from
    # 1; K (and J, the appendix's letter) the number of classes; C the cross-entropy
    "b50_smx": r'''
[notation]
indices = "ijk"
loss = ["C"]
[notation.symbols]
"y_{i}" = "a1[i-1]"
"z_{i}" = "z1[i-1]"
"t_{i}" = "y[i-1]"
"K" = "3"
"J" = "3"
''',
    # Ng's names with the layer in code's brackets: z[l], A[l], W[l], b[l], A[0] the input; dz[l] and dA[l] the loss's
    # gradients by z[l] and A[l]; ReLU the function (\text{ReLU} as the note writes it), L the loss
    "b50_relu": r'''
[notation]
indices = "l"
functions = { ReLU = "relu" }
[notation.symbols]
"z[l]" = "z{l}[:]"
"A[l]" = "a{l}[:]"
"A[0]" = "x[:]"
"W[l]" = "W{l}[:, :]"
"b[l]" = "b{l}[:]"
"dz[l]" = "grad(z{l}[:])"
"dA[l]" = "grad(a{l}[:])"
''',
    # the note's x: the argument of tanh, the unit's sum
    "b50_tanh": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # the class's names: Z the layer's sums (self.Z as the forward pass keeps them), A = tanh(Z) its outputs,
    # upstream_grad the loss's gradient by A, self.dZ the loss's gradient by Z
    "b50_tlay": r'''
[notation.symbols]
"Z" = "z1[:]"
"A" = "a1[:]"
"self.Z" = "z1[:]"
"self.A" = "a1[:]"
"self.dZ" = "grad(z1[:])"
"upstream_grad" = "grad(a1[:])"
''',
}
