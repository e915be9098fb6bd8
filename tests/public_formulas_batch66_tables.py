"""The networks and notations of batch 66 of the held-out public formulas (tests/public_formulas_batch66.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b66_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # RuZhan2024's CIS 311 notes, gradient descent and the delta rule: the unthresholded linear unit o = sum_{i=0}^d
    # w_i x_i, x_0 = 1 (w_0 the bias), E = 1/2 sum_e (y - o)^2 over one example; the worked example's x_1 = 2,
    # x_2 = 1, w_1 = 0.5, w_2 = 0.3, w_0 = -1, y = 0 and eta = 1 ("with eta = 1 for simplicity")
    "b66_cis_lin": problem_text('inputs = 2\nunits = 1\nactivation = "identity"\nweights = [[0.5, 0.3]]\n'
                                'biases = [-1.0]', loss="half_squared_error",
                                extra=_data("[2.0, 1.0]", "[0.0]", learning_rate=1.0)),
    # the same notes' sigmoidal perceptron o = sigma(s), s = sum_{i=0}^d w_i x_i, same numbers
    "b66_cis_sig": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.3]]\n'
                                'biases = [-1.0]', loss="half_squared_error",
                                extra=_data("[2.0, 1.0]", "[0.0]", learning_rate=1.0)),
    # AAD23110162's Spanish script (043-E2-retropropagacion_del_error.py): sigmoid layers, L = 1/2(y - y_hat)^2 as
    # its comment says; 2 inputs, 2 hidden units, 1 output
    "b66_aad": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # amanraj41's derivations: x in R^{n_0} -> sigma -> sigma, L = 1/2 ||a^{(2)} - y_true||^2; n_0 = 2, n_1 = 3,
    # n_2 = 2
    "b66_aman": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                        loss="half_squared_error"),
    # pravramidis' Problem6.m (Hagan's problem): a = tanh(n), n = w1*p1 + w2*p2 + w1_2*(p1*p2) + b1, the product
    # p1*p2 a third input of its own, E = 0.5*(t - a)^2, p1 = 0, p2 = 1, t = 0.75, w1 = 1, w2 = -1, w1_2 = 0.5,
    # b1 = 1, alpha = 1
    "b66_pav": problem_text('inputs = 3\nunits = 1\nactivation = "tanh"\nweights = [[1.0, -1.0, 0.5]]\n'
                            'biases = [1.0]', loss="half_squared_error",
                            extra=_data("[0.0, 1.0, 0.0]", "[0.75]", learning_rate=1.0)),
    # Hao20210808's MATLAB delta rule (W5): y = Sigmoid(W*x), x = [x1 x2 1] (the third input the constant 1, no
    # bias), e = d - y, alpha = 0.9; the squared error 1/2 e^2 the delta rule descends
    "b66_hao": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.9\n"),
    # the stored logistic-regression script (fw,b(X)): z = w . x + b, g the sigmoid, the cross-entropy loss, two
    # features, one example (m = 1)
    "b66_fwb": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # ds-praveenkumar's and Zongda-Gu's READMEs: logistic regression sigma(w^T x + b), the cross-entropy cost over m
    # examples (one here), two features
    "b66_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # klxcoder's week3/01.py: x = 2, y = 1, w = 0.5, b = -1, p = sigmoid(w*x + b), the binary cross-entropy, alpha
    # = 0.1
    "b66_klx": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [-1.0]',
                            loss="binary_cross_entropy", extra=_data("[2.0]", "[1.0]")),
    # qihongl's xor1.m: 2 inputs -> 2 sigmoid units -> 1 sigmoid output, each unit's bias a weight on the constant
    # input bias = -1 (weights(r,1)), coeff = 0.5; the delta rule's squared error 1/2 (target - out)^2
    "b66_xor": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.5\n"),
}

NOTATIONS = {
    # the CIS 311 notes' letters: x_i the inputs (x_0 = 1), w_i the weights (w_0 the bias weight), o the output, s
    # its net input, y the target; ^{(e)} the example (a sample index); E the error; \Delta w_i the correction the
    # rule adds, eta (-dE/dw_i), eta the learning rate
    "b66_cis": r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"x_{0}" = "1"
"x_{i}" = "x[i-1]"
"w_{0}" = "b1[0]"
"w_{i}" = "W1[0, i-1]"
"x_{0}^{(e)}" = "1"
"x_{i}^{(e)}" = "x[i-1]"
"y^{(e)}" = "y[0]"
"o^{(e)}" = "a1[0]"
"s^{(e)}" = "z1[0]"
"y" = "y[0]"
"o" = "a1[0]"
"s" = "z1[0]"
"\\Delta w_{0}" = "-eta*grad(b1[0])"
"\\Delta w_{i}" = "-eta*grad(W1[0, i-1])"
''',
    # the Spanish script's docstrings and comments, Nielsen's letters in plain text: layer l as a superscript
    # (a^(l-1), W^(l+1)), units j, k counted from 0 as the code counts them, w^l_jk output-first; delta^l = dC/dz^l;
    # C and L the loss; y the target, y_hat (U+0177) the output
    "b66_aad": r'''
[notation]
indices = "jkl"
loss = ["C", "L"]
[notation.symbols]
"W^{l}" = "W{l}[:, :]"
"w_{jk}^{l}" = "W{l}[j, k]"
"w^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"b_{j}^{l}" = "b{l}[j]"
"z^{l}" = "z{l}[:]"
"a^{0}" = "x[:]"
"a_{k}^{0}" = "x[k]"
"a^{l}" = "a{l}[:]"
"a_{k}^{l}" = "a{l}[k]"
"\\delta^{l}" = "grad(z{l}[:])"
"\\delta_{j}^{l}" = "grad(z{l}[j])"
"y" = "y[0]"
"ŷ" = "a2[0]"
''',
    # the same script's code names: error = salida_deseada - salida_red (the target minus the output), grad_act the
    # sigmoid's slope at the output, delta dL/dz at the output unit
    "b66_aad_code": r'''
[notation.symbols]
"error" = "y[0] - a2[0]"
"grad_act" = "a2[0]*(1 - a2[0])"
"delta" = "grad(z2[0])"
''',
    # amanraj41's letters: layer (l) as a superscript in parentheses, units i, j counted from 1, W_{ij}^{(l)}
    # output-first, bold for vectors and matrices; a^{(0)} = x; delta^{(l)} = dL/dz^{(l)}; y_j and y_true the target
    "b66_aman": r'''
[notation]
indices = "ijl"
[notation.symbols]
"W_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"W^{(l)}" = "W{l}[:, :]"
"b_{i}^{(l)}" = "b{l}[i-1]"
"b^{(l)}" = "b{l}[:]"
"z_{i}^{(l)}" = "z{l}[i-1]"
"z^{(l)}" = "z{l}[:]"
"a_{j}^{(0)}" = "x[j-1]"
"a^{(0)}" = "x[:]"
"a_{i}^{(l)}" = "a{l}[i-1]"
"a^{(l)}" = "a{l}[:]"
"\\delta_{i}^{(l)}" = "grad(z{l}[i-1])"
"\\delta^{(l)}" = "grad(z{l}[:])"
"x" = "x[:]"
"y_{i}" = "y[i-1]"
"y" = "y[:]"
"y_{\\text{true}}" = "y[:]"
''',
    # Problem6.m's names: p1, p2 the inputs (p1*p2 the third), t the target, n the net input, a = tanh(n), w1, w2,
    # w1_2 the weights, b1 the bias, E the error; dE_da and da_dn the chain's factors, grad_w1 and grad_b1 the
    # gradients, w1_new the new weight, alpha the learning rate
    "b66_pav": r'''
[notation]
loss = ["E"]
learning_rate = ["alpha"]
[notation.symbols]
"p1" = "x[0]"
"p2" = "x[1]"
"t" = "y[0]"
"n" = "z1[0]"
"a" = "a1[0]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w1_2" = "W1[0, 2]"
"b1" = "b1[0]"
"dE_da" = "grad(a1[0])"
"da_dn" = "1 - a1[0]**2"
"grad_w1" = "grad(W1[0, 0])"
"grad_b1" = "grad(b1[0])"
"w1_new" = "new(W1[0, 0])"
''',
    # the MATLAB script's names: x the input column (its third entry the constant 1), W the weight row, W(k) its
    # entry k (from 1), d the desired output, v = W*x, y = Sigmoid(v) the output, e = d - y, delta = y(1-y)e (-dE/dv),
    # dW = alpha*delta*x the step (-alpha dE/dW); Sigmoid the script's function
    "b66_hao": r'''
[notation]
indices = "k"
learning_rate = ["alpha"]
functions = { Sigmoid = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"W" = "W1[0, :]"
"W(k)" = "W1[0, k-1]"
"dW" = "-eta*grad(W1[0, :])"
"dW(k)" = "-eta*grad(W1[0, k-1])"
"d" = "y[0]"
"y" = "a1[0]"
"v" = "z1[0]"
"e" = "y[0] - a1[0]"
"delta" = "-grad(z1[0])"
''',
    # the stored script's docstrings: w and x vectors, b the bias, z = w . x + b, g the sigmoid, fw,b (fwb) the
    # model, x_s(i) and y_s(i) example i ("_s(i)" for the superscript (i)), m examples (one here), loss and J the
    # loss and cost, alpha (U+03B1) the learning rate; dj_dw the code's gradient
    "b66_fwb": r'''
[notation]
loss = ["loss", "J"]
learning_rate = ["\\alpha", "alpha"]
functions = { g = "sigmoid", "f_{w,b}" = "layer", "f_{wb}" = "layer" }
[notation.symbols]
"w" = "W1[0, :]"
"b" = "b1[0]"
"x" = "x[:]"
"z" = "z1[0]"
"y" = "y[0]"
"x_{s(i)}" = "x[:]"
"y_{s(i)}" = "y[0]"
"m" = "1"
"dj_dw" = "grad(W1[0, :])"
''',
    # ds-praveenkumar's README: w and x vectors, b the bias, a^{(i)} and y^{(i)} example i's output and label, m
    # examples (one here), J the cost
    "b66_dsp": r'''
[notation.symbols]
"w" = "W1[0, :]"
"x" = "x[:]"
"b" = "b1[0]"
"a^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"m" = "1"
''',
    # Zongda-Gu's README: g the sigmoid, f_{w,b} the model, x^{(i)}, y^{(i)} example i, z the linear score, m
    # examples (one here), loss and J the loss
    "b66_zon": r'''
[notation]
loss = ["loss", "J"]
functions = { g = "sigmoid", "f_{w,b}" = "layer" }
[notation.symbols]
"w" = "W1[0, :]"
"b" = "b1[0]"
"x^{(i)}" = "x[:]"
"y^{(i)}" = "y[0]"
"z" = "z1[0]"
"m" = "1"
''',
    # klxcoder's names: x, y the example, w, b the parameters, z = w*x + b, p = sigmoid(z), loss the loss; dloss_dp,
    # dp_dz and dloss_dz the chain's factors (dloss_dz = dL/dz)
    "b66_klx": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"p" = "a1[0]"
"dloss_{dp}" = "grad(a1[0])"
"dp_{dz}" = "a1[0]*(1 - a1[0])"
"dloss_{dz}" = "grad(z1[0])"
''',
    # xor1.m's forward pass and deltas: weights(r,c) row r the unit (1, 2 hidden, 3 the output), column 1 the weight
    # on the constant bias(1,r) = -1 (so -b), columns 2 and 3 on its two inputs; input(j,c) the inputs of pattern j
    # (a sample index), target(j) and out(j) its target and output, x2(r) the hidden outputs, H1, H2 and x3_1 the net
    # inputs; delta3_1, delta2_1, delta2_2 the script's deltas, -dE/dnet. x2(1) is written "x2_{1}": the loader
    # refuses "x2(1)" as two index groups (x_{2} and (1)), and docs/notation.md reads a name with digits before its
    # script as one name ("W1_{ij}"), MATLAB's parenthesis as its subscript
    "b66_xor_fwd": r'''
[notation]
indices = "j"
[notation.symbols]
"bias(1,1)" = "-1"
"bias(1,2)" = "-1"
"bias(1,3)" = "-1"
"weights(1,1)" = "-b1[0]"
"weights(1,2)" = "W1[0, 0]"
"weights(1,3)" = "W1[0, 1]"
"weights(2,1)" = "-b1[1]"
"weights(2,2)" = "W1[1, 0]"
"weights(2,3)" = "W1[1, 1]"
"weights(3,1)" = "-b2[0]"
"weights(3,2)" = "W2[0, 0]"
"weights(3,3)" = "W2[0, 1]"
"input(j,1)" = "x[0]"
"input(j,2)" = "x[1]"
"target(j)" = "y[0]"
"out(j)" = "a2[0]"
"x2_{1}" = "a1[0]"
"x2_{2}" = "a1[1]"
"H1" = "z1[0]"
"H2" = "z1[1]"
"x3_1" = "z2[0]"
"delta3_1" = "-grad(z2[0])"
"delta2_1" = "-grad(z1[0])"
"delta2_2" = "-grad(z1[1])"
''',
    # the same script's weight changes, inside "for k = 1:3 ... else % When k=2 or 3": weights(r,k) for k = 2, 3 the
    # weights on the inputs (column 1, the bias's, is the if-branch's), x2(k-1) the hidden output feeding weights(3,k),
    # coeff the learning rate
    "b66_xor_upd": r'''
[notation]
indices = "jk"
learning_rate = ["coeff"]
[notation.symbols]
"weights(1,k)" = "W1[0, k-2]"
"weights(2,k)" = "W1[1, k-2]"
"weights(3,k)" = "W2[0, k-2]"
"input(j,1)" = "x[0]"
"input(j,2)" = "x[1]"
"x2_{k}" = "a1[k-1]"
"delta3_1" = "-grad(z2[0])"
"delta2_1" = "-grad(z1[0])"
"delta2_2" = "-grad(z1[1])"
''',
}
