"""The networks and notations of batch 41 of the held-out public formulas (tests/public_formulas_batch41.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b41_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, data_tables, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # Stack Overflow 53287032: 3Blue1Brown's chain of one sigmoid neuron a layer, input a^0 and layers 1 to 3 = L,
    # "zero bias here just for simplicity", the cost multiplied by 1/2 (the question says so)
    "b41_chain": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                         'units = 1\nactivation = "sigmoid"\nbias = "none"',
                         'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # community.deeplearning.ai 96740: Ng's week-3 network, one hidden layer (tanh, the course's g^{[1]}) and a
    # sigmoid output with the cross-entropy (dZ2 = A2 - Y)
    "b41_ng_tanh": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                           loss="binary_cross_entropy"),
    # Nielsen's chapter 2 (ariacx.me's notes, the question on BP1): layers of sigmoid neurons, the quadratic cost
    # C = 1/2 sum_j (y_j - a^L_j)^2; two units a layer
    "b41_nielsen": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # logistic regression with theta^T x and no intercept (grandjanitor's H_theta(x) = g(theta^T x), the 2017
    # post's h_theta(x) = 1/(1 + e^{-theta^T x})), two features, the cross-entropy, one sample (m = M = 1)
    "b41_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="binary_cross_entropy"),
    # grandjanitor's linear regression: H_theta(x) = theta^T x, J = 1/2 sum (H - y)^2, one sample
    "b41_linear": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # rishith-s's logistic regression: z_i = W . x_i + b, y_hat_i = sigma(z_i), the binary cross-entropy
    "b41_logistic_bias": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # solutioninn's copy of Bishop's exercise: hidden units z_j = h(a_j) with h = tanh, linear outputs y_k, the
    # sum-of-squares error E_n = 1/2 sum_k (y_k - t_k)^2
    "b41_bishop": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 2\nactivation = "identity"',
                          loss="half_squared_error"),
    # the "Basic Logistic Regression Question": w = (0, 0, 0) (x_0 = 1 the bias input), learning rate 0.01; the
    # question's gradient (0.5, 0.5, 0.5) is the cross-entropy's (sigma(0) - y) x at x = (1, 1, 1), y = 0
    "b41_lfd": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.0, 0.0, 0.0]]', loss="binary_cross_entropy",
                            extra=data_tables("[1.0, 1.0, 1.0]", "[0.0]", 0.01)),
    # Cross Validated's "Deriving the gradients for Softmax logistic regression classifier": a = Wx + b,
    # z = softmax(a), L = -sum_k log(z_k) y_k; k = 4 classes, so that "y_3 ... y_k" has a term after y_3
    "b41_softmax4": _layers('inputs = 3\nunits = 4\nactivation = "softmax"', loss="cross_entropy"),
    # "Derivative of Loss Function in Softmax Classification": s_k = softmax of w_k^T x (no bias), K = 3 classes,
    # two inputs x_j, the cross-entropy J averaged over m = 1 sample
    "b41_softmax_nobias": _layers('inputs = 2\nunits = 3\nactivation = "softmax"\nbias = "none"',
                                  loss="cross_entropy"),
    # "Calculating Gradient Descent of Softmax Regression": three classes a, b, c, weights w_1, w_2, w_3 and
    # biases b_1, b_2, b_3 (one feature), the cross-entropy cost
    "b41_softmax_one_feature": _layers('inputs = 1\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # littlebitai's linear neuron y = w * x, (y_pred - y_true)^2, w = 0, lr = 0.01, the first sample x = 1, y = 2
    "b41_littlebit": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                                  'weights = [[0.0]]', loss="squared_error", extra=data_tables("[1.0]", "[2.0]", 0.01)),
    # one sigmoid neuron a = sigma(z), z = wx + b, C = 1/2 (y - a)^2 (math.techqa.club 3113846; compphysics'
    # week-42 slide, whose (a_1 - y) is the same cost's derivative)
    "b41_neuron": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # transtutors' gradient-descent question: w = [0.5, -0.5], b = 0.1, a = 0.1, the first sample x = [1, 3], y = 1,
    # y = sigmoid(w.x + b) with the cross-entropy cost
    "b41_transtutors": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.5]]\n'
                                    'biases = [0.1]', loss="binary_cross_entropy",
                                    extra=data_tables("[1.0, 3.0]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # 3Blue1Brown's layer superscripts: L the output layer (3), L-1 and L-2 the ones before; C the cost; the code
    # comment's sigma'(x) of a unit's input (x the first unit's sum here)
    "b41_so53287032": r'''
[notation]
loss = ["C"]
[notation.symbols]
"a^{L}" = "a3[0]"
"a^{L-1}" = "a2[0]"
"a^{L-2}" = "a1[0]"
"z^{L}" = "z3[0]"
"z^{L-1}" = "z2[0]"
"w^{L}" = "W3[0, 0]"
"w^{L-1}" = "W2[0, 0]"
"y" = "y[0]"
"x" = "z1[0]"
''',
    # Ng's d-notation in brackets and in the thread's plain text (dZ2, A2, dZL, dAL, ZL: L = 2 the output); g^{[1]}
    # the hidden tanh, g^{[2]} the output's sigmoid
    "b41_dlai96740": r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"dZ^{[l]}" = "grad(z{l}[:])"
"dA^{[l]}" = "grad(a{l}[:])"
"Z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dZ^{[L]}" = "grad(z2[:])"
"A^{[L]}" = "a2[:]"
"Y" = "y[:]"
"dZ2" = "grad(z2[:])"
"A2" = "a2[:]"
"dZL" = "grad(z2[:])"
"dAL" = "grad(a2[:])"
"ZL" = "z2[:]"
''',
    # Nielsen's vectorised layer l: a^l, w^l, b^l, z^l; a^0 the input
    "b41_nielsen_vectors": r'''
[notation]
indices = "l"
[notation.symbols]
"a^{l}" = "a{l}[:]"
"a^{0}" = "x[:]"
"w^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"z^{l}" = "z{l}[:]"
''',
    # Nielsen's BP1 at the output layer L = 2, neurons counted from 1; C the cost, y_j the targets
    "b41_nielsen_bp1": r'''
[notation]
indices = "jk"
loss = ["C"]
[notation.symbols]
"\\delta_{j}^{L}" = "grad(z2[j-1])"
"z_{j}^{L}" = "z2[j-1]"
"a_{j}^{L}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
''',
    # grandjanitor's Ng-style logistic and linear regression: theta_j (counted from 1, no intercept), H_theta the
    # hypothesis, g the sigmoid, the sample's x^{(i)}, y^{(i)} (one sample, M = 1), alpha the learning rate, J the cost
    "b41_grandjanitor": r'''
[notation]
indices = "j"
learning_rate = ["\\alpha"]
loss = ["J"]
functions = { g = "sigmoid", "H_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{j}" = "W1[0, j-1]"
"\\theta" = "W1[0, :]"
"\\pmb{x}^{(i)}" = "x[:]"
"\\pmb{x}" = "x[:]"
"x_{j}^{(i)}" = "x[j-1]"
"y^{(i)}" = "y[0]"
"z" = "z1[0]"
"M" = "1"
''',
    # the 2017 post: theta_j (counted from 1, theta[j] in its pseudocode too), h_theta the hypothesis (h_theta_x its
    # value in the pseudocode), x^{(i)}, y^{(i)} the sample (m = 1), alpha the learning rate, J the cost
    "b41_logreg2017": r'''
[notation]
indices = "j"
learning_rate = ["\\alpha", "alpha"]
loss = ["J"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{j}" = "W1[0, j-1]"
"\\theta" = "W1[0, :]"
"theta" = "W1[0, :]"
"theta[j]" = "W1[0, j-1]"
"x^{(i)}" = "x[:]"
"x_{j}^{(i)}" = "x[j-1]"
"x[j]" = "x[j-1]"
"x" = "x[:]"
"y^{(i)}" = "y[0]"
"y" = "y[0]"
"h_theta_x" = "a1[0]"
"m" = "1"
''',
    # rishith-s's notes: sample i's z_i, y_hat_i, y_i, x_i (one sample, N = 1); W the weights, b the bias; sigma the
    # sigmoid; BCE (and BCE_i) the cross-entropy; lr the learning rate
    "b41_rishith": r'''
[notation]
indices = "k"
loss = ["BCE", "BCE_{i}"]
learning_rate = ["lr"]
functions = { sigma = "sigmoid" }
[notation.symbols]
"\\hat{y}_{i}" = "a1[0]"
"y_{i}" = "y[0]"
"z_{i}" = "z1[0]"
"x_{i}" = "x[:]"
"W" = "W1[0, :]"
"b" = "b1[0]"
"z" = "z1[0]"
"N" = "1"
''',
    # Bishop's h = tanh of a hidden unit's sum a (a_j, the first hidden unit here)
    "b41_bishop": r'''
[notation]
functions = { h = "tanh" }
[notation.symbols]
"a" = "z1[0]"
''',
    # the question's w^{(0)} the weights, w^{(1)} after one step, learningRate and gradient by their words
    "b41_lfd": r'''
[notation]
learning_rate = ["\\text{learningRate}"]
[notation.symbols]
"w^{(1)}" = "new(W1[0, :])"
"w^{(0)}" = "W1[0, :]"
"\\text{gradient}" = "grad(W1[0, :])"
''',
    # a = Wx + b the logits, z = softmax(a) the outputs (bold and plain alike), y the one-hot target, counted from 1
    "b41_smgrad": r'''
[notation]
indices = "ijk"
[notation.symbols]
"\\textbf{a}" = "z1[:]"
"a" = "z1[:]"
"a_{j}" = "z1[j-1]"
"\\textbf{z}" = "a1[:]"
"z" = "a1[:]"
"z_{k}" = "a1[k-1]"
"\\textbf{x}" = "x[:]"
"\\textbf{y}" = "t[:]"
"y_{k}" = "t[k-1]"
"W" = "W1[:, :]"
"b" = "b1[:]"
''',
    # the post's w_{jz} joins input x_j to class z (counted from 1), w_k the weights of class k, s_k the softmax
    # outputs, y_k the one-hot targets, the sample's (i) superscripts (m = 1), J_{(w)} the cost
    "b41_smclass": r'''
[notation]
indices = "jkz"
loss = ["J_{(w)}"]
[notation.symbols]
"w_{jz}" = "W1[z-1, j-1]"
"w_{k}" = "W1[k-1, :]"
"x_{j}^{(i)}" = "x[j-1]"
"x^{(i)}" = "x[:]"
"y_{k}^{(i)}" = "t[k-1]"
"s_{k}^{(i)}" = "a1[k-1]"
"m" = "1"
''',
    # the thread's w_1 (class a's weight), its words for the learning rate and the cost
    "b41_smgd": r'''
[notation]
learning_rate = ["\\text{learning rate}"]
loss = ["\\text{cost function}"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
''',
    # littlebitai's code: w the weight, y_pred (and the prose's y) the prediction, y_true the target, dw its
    # gradient, loss the squared error, lr the learning rate
    "b41_littlebit": r'''
[notation]
loss = ["loss"]
learning_rate = ["lr"]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"y" = "a1[0]"
"y_pred" = "a1[0]"
"y_true" = "y[0]"
"dw" = "grad(W1[0, 0])"
''',
    # the question's neuron: a = sigma(z), z = wx + b, y the target, C the cost
    "b41_techqa3113846": r'''
[notation]
loss = ["C"]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"a" = "a1[0]"
"z" = "z1[0]"
"y" = "y[0]"
''',
    # compphysics' one neuron: w_1, b_1, z_1, a_1, the input x, target y, C the cost; sigma_1' its derivative
    # sigma'(z_1) and delta_1 = dC/dz_1, as the slide defines them
    "b41_cp_bs009": r'''
[notation]
loss = ["C"]
[notation.symbols]
"w_{1}" = "W1[0, 0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"x" = "x[0]"
"y" = "y[0]"
"\\sigma_{1}'" = "a1[0]*(1 - a1[0])"
"\\delta_{1}" = "grad(z1[0])"
''',
    # transtutors' z = w.x + b, and z1 the first sample's z
    "b41_transtutors": r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
"z1" = "z1[0]"
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
''',
}
