"""The networks and notations of batch 131 (tests/public_formulas_batch131.py): one network of the kind each page
describes, and the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md
for what the product documents). Keys start with b131_ so that no earlier batch's network or notation is replaced
when the batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # ImagineAILab/ai-by-hand-excel#9: the workbook's MLP as the issue names it, X -> Z1 -> A1 = ReLU(Z1) -> Z2 -> A2 =
    # ReLU(Z2) -> Z3 -> A3, the output; L the loss (half the squared error here, the output linear); 2-3-3-3 here
    "b131_ia": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                       'units = 3\nactivation = "identity"', loss="half_squared_error"),
    # makeyourownneuralnetwork#2 and #61 (Rashid's book): sigmoid layers without biases, the error E = (T - O)^2 of
    # an output (no 1/2); one output here
    "b131_my": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # Nemotron's "Neural Networks - Back-propagation Matrix-style": the previous post's L-layer network, A^l =
    # g^l(Z^l), Z^l = W^l A^{l-1} + b^l, m samples in columns, E = 1/(2m) sum ||A^L - Y||^2 (dA^L = 1/m (A^L - Y));
    # L = 2, tanh then sigmoid, one sample here
    "b131_mx": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Nemotron's "Backpropagation Derivation Using Leibniz Notation": z^l = W^l a^{l-1} + b^l, a^l = sigma(z^l),
    # layers l = 1 ... L, C the cost (the quadratic one, half the squared error); L = 2 here
    "b131_lb": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # community.deeplearning.ai 637168/2: the course's two-layer network (tanh hidden layer, one sigmoid output), L
    # the cross-entropy loss of one sample
    "b131_dz": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # Nemotron's "Backpropagation - Softmax Derivative": WildML's network, x a 1 x 2 row, z_1 = x W_1 + b_1, a_1 =
    # tanh(z_1), z_2 = a_1 W_2 + b_2, a_2 = softmax(z_2) = y_hat_n, L the mean over the N samples of the cross-entropy
    # (one sample here); 2-500-2 there, 2-3-2 here
    "b131_sd": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # blog.000666.com's tag page (xxraincandyxx's "Backward Propagation Theory"): an L-layer MLP, z^(l) = W^(l)
    # a^(l-1) + b^(l), a^(l) = phi^(l)(z^(l)), a^(0) = x; L = 2, sigmoid layers here
    "b131_bt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # jonaslalin.com's "Feedforward Neural Networks in Depth, Part 1": layers l = 1 ... L with weights (l = 0 the
    # input), nodes j, k and examples i counted from 1, g_j^[l] the activation of layer l (the sigmoid in both
    # layers here); L = 2, one example
    "b131_jl": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # majalarsen.dk's "Neural Networks: How Backpropagation Works": a_j^[l] the output of node j (counted from 0) of
    # layer l (l = 0 the input), w_jk^[l] from node k of layer l - 1 to node j of layer l, sigma the activation;
    # 2-3-2 sigmoid here
    "b131_ml": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Nemotron's "How is Gradient Calculated for Middle Layer Weights?": x -> h -> y', one sigmoid unit each, w_1 and
    # w_2 the two weights, L = 1/2 sum (y - y')^2 (one output here), alpha the learning rate; the question writes b
    # for both biases
    "b131_mi": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # physicsforums' post 3368762: y = psi(W3 psi(W2 psi(W1 I))), W1 and W2 2 x 2, W3 1 x 2, I the 2 x 1 input, psi
    # the log sigmoid, no biases
    "b131_pf": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
}

NOTATIONS = {
    # ImagineAILab/ai-by-hand-excel#9: the workbook's matrices named whole, Z1, Z2, Z3 the sums and A1, A2, A3 the
    # activations of layers 1, 2, 3 (A3 the output), X the input, L the loss
    "b131_ia": r'''
[notation]
loss = ["L"]
[notation.symbols]
"X" = "x[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"Z3" = "z3[:]"
"A3" = "a3[:]"
''',
    # makeyourownneuralnetwork#2: T the target, O the output (one here), E = (T - O)^2 the error
    "b131_my2": r'''
[notation]
loss = ["E"]
[notation.symbols]
"T" = "y[0]"
"O" = "a2[0]"
''',
    # makeyourownneuralnetwork#61: tk the target and ok the output of output k (one here), the error (tk - ok)^2
    "b131_my61": r'''
[notation]
loss = ["E"]
[notation.symbols]
"tk" = "y[0]"
"ok" = "a2[0]"
''',
    # Nemotron's "Back-propagation Matrix-style": A^l, Z^l the activations and sums of layer l (columns, one per
    # sample; A^0 the input), W^l (n^l x n^{l-1}, output-first) and b^l, Y the targets, g^l the activation of layer
    # l (tanh, then the sigmoid), E the cost, m the number of samples (one here); dA^l, dZ^l, dW^l, db^l the
    # derivatives of E by A^l, Z^l, W^l, b^l, entry (i, c) unit i (counted from 1) of sample c (one here)
    "b131_mx": r'''
[notation]
indices = "ijlc"
loss = ["E"]
functions = { "g^{1}" = "tanh", "g^{2}" = "sigmoid" }
[notation.symbols]
"A^{0}" = "x[:]"
"A^{l}" = "a{l}[:]"
"Z^{l}" = "z{l}[:]"
"W^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"Y" = "y[:]"
"m" = "1"
"dA^{l}" = "grad(a{l}[:])"
"dZ^{l}" = "grad(z{l}[:])"
"dW^{l}" = "grad(W{l}[:, :])"
"db^{l}" = "grad(b{l}[:])"
"A^{l}_{ic}" = "a{l}[i-1]"
"Z^{l}_{ic}" = "z{l}[i-1]"
"dA^{l}_{ic}" = "grad(a{l}[i-1])"
"dZ^{l}_{ic}" = "grad(z{l}[i-1])"
"W^{l}_{ij}" = "W{l}[i-1, j-1]"
"dW^{l}_{ij}" = "grad(W{l}[i-1, j-1])"
"b^{l}_{i}" = "b{l}[i-1]"
"db^{l}_{i}" = "grad(b{l}[i-1])"
''',
    # Nemotron's "Backpropagation Derivation Using Leibniz Notation" (Nielsen's): layers l = 1 ... L (L = 2), a^0 =
    # x, W^l output-first, z^l, a^l, b^l, delta^l = dC/dz^l, C the cost, eta the learning rate; Delta W^l and Delta
    # b^l the gradients dC/dW^l and dC/db^l the updates step along (the page's "Weight Updates")
    "b131_lb": r'''
[notation]
indices = "l"
loss = ["C"]
[notation.symbols]
"a^{0}" = "x[:]"
"W^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"a^{l}" = "a{l}[:]"
"z^{l}" = "z{l}[:]"
"\\delta^{l}" = "delta{l}[:]"
"\\Delta W^{l}" = "grad(W{l}[:, :])"
"\\Delta b^{l}" = "grad(b{l}[:])"
''',
    # community.deeplearning.ai 637168/2 (the course's shorthand): dZ2 and dZ^{[2]} = dL/dZ^{[2]}, dA2 = dL/dA^{[2]},
    # Z^{[2]} and A^{[2]} the output's sum and activation, Y the label, L the loss of the sample
    "b131_dz": r'''
[notation]
loss = ["L"]
[notation.symbols]
"dZ2" = "grad(z2[:])"
"dA2" = "grad(a2[:])"
"dZ^{[2]}" = "grad(z2[:])"
"Z^{[2]}" = "z2[:]"
"A^{[2]}" = "a2[:]"
"Y" = "y[:]"
''',
    # Nemotron's "Backpropagation - Softmax Derivative": rows (x is 1 x 2), W_1 (2 x 3) and W_2 input-first, z_1, a_1,
    # z_2, a_2 = y_hat_n the rows of sums and activations, y-dot_n the one-hot target row of sample n, l_n = log(y_hat_n),
    # PL_n = l_n y-dot_n^T, L the loss, N the number of samples (one here); each d-name the derivative of L by the
    # quantity it names (dPL_n = dL/dPL_n, dl_n = dL/dl_n, dz_2); d y-dot^T_n (dL/d y-dot^T_n, by the target) and d
    # y_hat_n (dL/d y_hat_n) the loader refuses as "not one symbol" (d\dot{y}^{T}_{n}, d\hat{y}_{n}: a d before a
    # decorated letter), and the notation leaves them unnamed
    "b131_sd": r'''
[notation]
indices = "k"
loss = ["L"]
[notation.symbols]
"x" = "x[:].T"
"W_{1}" = "W1[:, :].T"
"b_{1}" = "b1[:].T"
"z_{1}" = "z1[:].T"
"a_{1}" = "a1[:].T"
"W_{2}" = "W2[:, :].T"
"b_{2}" = "b2[:].T"
"z_{2}" = "z2[:].T"
"a_{2}" = "a2[:].T"
"\\hat{y}_{n}" = "a2[:].T"
"\\dot{y}_{n}" = "t[:].T"
"l_{n}" = "log(a2[:]).T"
"PL_{n}" = "log(a2[0])*t[0] + log(a2[1])*t[1]"
"N" = "1"
"dPL_{n}" = "-1"
"dl_{n}" = "-t[:].T"
"dz_{2}" = "grad(z2[:]).T"
''',
    # blog.000666.com's summary of "Backward Propagation Theory": layers l = 1 ... L (L = 2), a^(0) = x the input,
    # z^(l) = W^(l) a^(l-1) + b^(l) (W^(l) n_l x n_{l-1}, output-first), a^(l) the activations, phi^(l) the
    # activation of layer l (the sigmoid in both layers here)
    "b131_bt": r'''
[notation]
indices = "l"
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"a^{(0)}" = "x[:]"
"x" = "x[:]"
"W^{(l)}" = "W{l}[:, :]"
"b^{(l)}" = "b{l}[:]"
"z^{(l)}" = "z{l}[:]"
"a^{(l)}" = "a{l}[:]"
''',
    # jonaslalin.com's notations: z_{j, i}^{[l]} and a_{j, i}^{[l]} the sum and activation of node j of layer l for
    # example i (counted from 1; a^{[0]} the input), w_{j, k}^{[l]} from node k of layer l - 1 to node j of layer l,
    # b_j^{[l]}, n^{[l]} the number of nodes of layer l; g_j^{[l]} (node j's activation, a function of the layer's
    # sums) is left unnamed: the format takes a function's name without a subscript and superscript
    "b131_jl": r'''
[notation]
indices = "ijkl"
[notation.symbols]
"z_{j,i}^{[l]}" = "z{l}[j-1]"
"a_{k,i}^{[0]}" = "x[k-1]"
"a_{k,i}^{[l]}" = "a{l}[k-1]"
"w_{j,k}^{[l]}" = "W{l}[j-1, k-1]"
"b_{j}^{[l]}" = "b{l}[j-1]"
"n^{[1]}" = "3"
"n^{[2]}" = "2"
''',
    # majalarsen.dk's notations: nodes counted from 0, layer 0 the input, w_jk^[l] output-first, sigma the activation
    "b131_ml": r'''
[notation]
indices = "jkl"
[notation.symbols]
"z_{j}^{[l]}" = "z{l}[j]"
"a_{k}^{[0]}" = "x[k]"
"a_{k}^{[l]}" = "a{l}[k]"
"w_{jk}^{[l]}" = "W{l}[j, k]"
"b_{j}^{[l]}" = "b{l}[j]"
''',
    # the middle-layer question: x the input, h the hidden unit's output, y' the output, y the target, w_1 and w_2 the
    # weights into h and into y' (w_i^t, w_i^{t+1} at steps t and t + 1), L the loss, alpha the learning rate
    "b131_mi": r'''
[notation]
indices = "i"
loss = ["L"]
learning_rate = ["\\alpha"]
[notation.symbols]
"x" = "x[0]"
"h" = "a1[0]"
"y'" = "a2[0]"
"y" = "y[0]"
"w_{i}" = "W{i}[0, 0]"
"w_{i}^{t}" = "W{i}[0, 0]"
"w_{i}^{t+1}" = "W{i}[0, 0]"
''',
    # the physicsforums post: W1, W2, W3 the layers' weights (output-first: W1 x I), I the input, y the output, psi
    # the log sigmoid (the post's x between factors is its product sign, which the format gives no way to name)
    "b131_pf": r'''
[notation]
functions = { "\\psi" = "sigmoid" }
[notation.symbols]
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"I" = "x[:]"
"y" = "a3[0]"
''',
    # community.deeplearning.ai 64608 (the course's shorthand in backticks): dz[1], dz[2] the derivatives of the loss
    # by z[1], z[2], w[2] the output layer's weights (1 x 3), z[1] the hidden sums, g[1] the hidden activation (tanh,
    # named g: the course's g^{[1]}; the first blind run's notation left it unnamed, a slip of the notation's, fixed
    # once)
    "b131_dz2": r'''
[notation]
loss = ["L"]
functions = { g = "tanh" }
[notation.symbols]
"dz[1]" = "grad(z1[:])"
"dz[2]" = "grad(z2[:])"
"w[2]" = "W2[:, :]"
"z[1]" = "z1[:]"
''',
}
