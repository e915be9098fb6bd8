"""The networks and notations of batch 16 of the held-out public formulas (tests/public_formulas_batch16.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b16_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # zingale's "Deriving the Learning Correction": z = g(A x), g the sigmoid, no bias, f = sum_i (z_i - y_i)^2
    "b16_zingale": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # draco-tlw's logistic regression notes: f_{w,b}(x) = sigmoid(w . x + b), the logistic (cross-entropy) cost
    "b16_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # Nielsen's equations (ZHE2018's README, kimmy's post): sigmoid layers with biases, the quadratic cost
    "b16_nielsen": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                           loss="half_squared_error"),
    # ZHE2018's cross-entropy cost: one sigmoid neuron a; its softmax: one softmax layer
    "b16_nielsen_ce": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    "b16_nielsen_softmax": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # the stored worked example: x = 1.0 -> one sigmoid hidden neuron (w_h = 0.5) -> one sigmoid output
    # (w_o = 1.0), biases 0, y = 1, binary cross-entropy, alpha = 0.1
    "b16_chain": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                         'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[1.0]]',
                         loss="binary_cross_entropy",
                         extra="\n[data]\nx = [[1.0]]\ny = [[1.0]]\n\n[update]\nlearning_rate = 0.1\n"),
    # the stored Octave backward_propagation (the deep-learning course's planar data network): a tanh hidden
    # layer, a sigmoid output, the logistic cost, one example (m = 1)
    "b16_octave": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # Udacity's gradient_descent.py: x = (1, 2), y = 0.5, w = (0.5, -0.5), learnrate = 0.5, one sigmoid unit
    # without bias, the error (y - yhat) of the squared error 1/2 (y - yhat)^2
    "b16_udacity": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5, -0.5]]',
                           loss="half_squared_error",
                           extra="\n[data]\nx = [[1.0, 2.0]]\ny = [[0.5]]\n\n[update]\nlearning_rate = 0.5\n"),
}

# Nielsen's counting (the input is layer 1, L the output layer), C the cost
_NIELSEN = r'''
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"b_{j}^{l}" = "b{l-1}[j]"
"z_{j}^{l}" = "z{l-1}[j]"
"a_{j}^{l}" = "a{l-1}[j]"
"a_{k}^{1}" = "x[k]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
"y_{j}" = "y[j]"
'''

NOTATIONS = {
    # A_{ij} joins input j to output i (b_i = sum_j A_ij x_j, z_i = g(b_i)), counted from 1 as the sums are; the k
    # of x^k, y^k the training pair (a literal mark); f the cost; xi the argument of g, taken at the first unit
    "b16_zingale": r'''
[notation]
indices = "ijpq"
loss = ["f"]
functions = { g = "sigmoid" }
[notation.symbols]
"A_{ij}" = "W1[i-1, j-1]"
"x_{j}^{k}" = "x[j-1]"
"y_{i}^{k}" = "y[i-1]"
"b_{i}" = "z1[i-1]"
"z_{i}" = "a1[i-1]"
"e_{p}^{k}" = "a1[p-1] - y[p-1]"
"\\xi" = "z1[0]"
''',
    # the course's names: w_j, b, x_j^{(i)}, y^{(i)} of example i, m examples (one here), J the cost,
    # f_{w,b} the model (the layer's map), alpha the learning rate
    "b16_draco": r'''
[notation]
indices = "ij"
learning_rate = ["\\alpha"]
loss = ["J"]
functions = { "f_{\\vec{w},b}" = "layer" }
[notation.symbols]
"w_{j}" = "W1[0, j-1]"
"b" = "b1[0]"
"x_{j}^{(i)}" = "x[j-1]"
"x_{j}" = "x[j-1]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # ZHE2018's README: Nielsen's notation; omega and b in the learning rules stand for any weight and bias
    "b16_zhe": '\n[notation]\nindices = "jkl"\nloss = ["C"]\nparameter = ["\\\\omega", "b"]\n' + _NIELSEN,
    # kimmy's post: Nielsen's notation
    "b16_kimmy": '\n[notation]\nindices = "jkl"\nloss = ["C"]\n' + _NIELSEN,
    # the worked example's names: h the hidden neuron, o the output neuron (a_o its output, as a_h is the hidden
    # one's), \hat{y} the prediction, w_x any weight of the update rule, alpha the learning rate
    "b16_chain": r'''
[notation]
learning_rate = ["\\alpha"]
parameter = ["w_{x}"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{h}" = "W1[0, 0]"
"w_{o}" = "W2[0, 0]"
"z_{h}" = "z1[0]"
"a_{h}" = "a1[0]"
"z_{o}" = "z2[0]"
"a_{o}" = "a2[0]"
"\\hat{y}" = "a2[0]"
''',
    # the Octave function's names (the course's, a column per example): dZ2 etc. the gradients, m examples
    "b16_octave": r'''
[notation]
indices = "jk"
[notation.symbols]
"X_{k}" = "x[k]"
"Y_{j}" = "y[j]"
"W1_{jk}" = "W1[j, k]"
"W2_{jk}" = "W2[j, k]"
"A1_{j}" = "a1[j]"
"A2_{j}" = "a2[j]"
"dZ2_{j}" = "grad(z2[j])"
"dZ1_{j}" = "grad(z1[j])"
"dW2_{jk}" = "grad(W2[j, k])"
"db2_{j}" = "grad(b2[j])"
"dW1_{jk}" = "grad(W1[j, k])"
"db1_{j}" = "grad(b1[j])"
"m" = "1"
''',
    # Udacity's gradient_descent.py (both copies): code's names; error = y - nn_output, error_term the lowercase
    # delta (y - yhat) f'(h), del_w the step
    "b16_udacity": r'''
[notation]
learning_rate = ["learnrate"]
[notation.symbols]
"w[i]" = "W1[0, i]"
"y" = "y[0]"
"nn_output" = "a1[0]"
"error" = "y[0] - a1[0]"
"error_term" = "-delta1[0]"
"del_w[i]" = "-eta*delta1[0]*x[i]"
''',
}
