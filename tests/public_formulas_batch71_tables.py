"""The networks and notations of batch 71 of the held-out public formulas (tests/public_formulas_batch71.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b71_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # clawdemy's worked chain "no squish": one neuron per layer, no activation and no bias, a0 = 1, w1 = 2, w2 = 3,
    # w3 = 0.5, y = 2, C = (a3 - y)^2
    "b71_claw": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[2.0]]',
                             'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[3.0]]',
                             'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                             loss="squared_error", extra=_data("[1.0]", "[2.0]")),
    # math.stackexchange 2202549 on cs231n's case study: scores = XW + b (X a row of D inputs, W input-first, D x K),
    # the softmax of the scores and the cross-entropy of the true class, L_i = -log(p_{y_i}); D = 2, K = 3 here
    "b71_cs231n": _layers('inputs = 2\nunits = 3\nactivation = "softmax"', loss="cross_entropy"),
    # Nemotron's "Delta Math Hack on GitHub": an input layer, one hidden layer and an output layer, f the activation
    # (the sigmoid here), the error of y and y-hat (1/2 (y - y-hat)^2 here: the page names no loss); two inputs,
    # three hidden units, one output
    "b71_deltahack": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                             loss="half_squared_error"),
    # deeplearning.ai's week 3 planar data assignment (threads 359875, 66727 and 85937): X of two features, four tanh
    # hidden units (A1 = tanh(Z1)), one sigmoid output A2, the log loss averaged over the m examples (one here)
    "b71_planar": _layers('inputs = 2\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # deeplearning.ai's week 2 logistic regression (thread 119220, "propagate"): w of two features, A = sigmoid(w^T X
    # + b), the log loss averaged over the m examples (one here)
    "b71_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # oswalt.dev's 2-2-1 XOR network (sigmoid units), with the binary cross-entropy of the updated post ...
    "b71_oswalt": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="binary_cross_entropy"),
    # ... and the last post's loss, 1/2 (y-hat - y)^2, which the updated post recalls
    "b71_oswalt_mse": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                              loss="half_squared_error"),
    # discuss.pytorch 187917: h0 = 0.5, h1 = tanh(w_h h0), h2 = tanh(w_h h1), y2 = w_y h2 with w_h = 2 and w_y = 40.
    # The page's one weight w_h serves both tanh layers, which no network here can tie: W1 and W2 both hold 2.0 and
    # the notation names w_h as W1 (its first use). The page differentiates y2 itself (no loss): its derivatives
    # are named through the notation as expressions; the loss here (1/2 (y2 - 0)^2) is only the file's. Its names
    # dh1raw_dwh and dh2raw_dwh (letters, a digit, letters, an underscore) are no pattern of the spec's grammar: the
    # notation leaves them unnamed
    "b71_tanhchain": problem_text('inputs = 1\nunits = 1\nactivation = "tanh"\nbias = "none"\nweights = [[2.0]]',
                                  'units = 1\nactivation = "tanh"\nbias = "none"\nweights = [[2.0]]',
                                  'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[40.0]]',
                                  loss="half_squared_error", extra=_data("[0.5]", "[0.0]")),
    # 42charlie's "Manual Neuron" experiment: y = x * w + b with x = 2, w = 3, b = 1, target = 10, L = (y - target)**2
    "b71_charlie": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[3.0]]\nbiases = [1.0]',
                                loss="squared_error", extra=_data("[2.0]", "[10.0]")),
    # Indroneel-roy's "without autograd" cell: z = w * x + b, y_pred = sigmoid(z), the binary cross-entropy, x = 6.7,
    # y = 0, w = 1, b = 0
    "b71_indro": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[1.0]]\nbiases = [0.0]',
                              loss="binary_cross_entropy", extra=_data("[6.7]", "[0.0]")),
}

NOTATIONS = {
    # the lesson's plain names: a0 the input, a1, a2, a3 the outputs, w1, w2, w3 the weights, y the target, C the cost
    "b71_claw": r'''
[notation]
loss = ["C"]
[notation.symbols]
"a0" = "x[0]"
"a1" = "a1[0]"
"a2" = "a2[0]"
"a3" = "a3[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"w3" = "W3[0, 0]"
"y" = "y[0]"
''',
    # the question's code and matrices: X the input row, W input-first, b, scores (F) and dscores (dF), dW and db the
    # gradients; the answer's f_j the score and p_j the probability of class j (from 1), p_{y_i} and f_{y_i} those of
    # the true class, w_j the weights of class j, x_i the observation, K the classes, L_i the sample's loss
    "b71_cs231n": r'''
[notation]
indices = "jk"
loss = ["\\mathcal{L}_{i}"]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[:, :].T"
"b" = "b1[:]"
"scores" = "z1[:]"
"F" = "z1[:]"
"dscores" = "grad(z1[:])"
"dF" = "grad(z1[:])"
"dW_{jk}" = "grad(W1[k-1, j-1])"
"db" = "grad(b1[:])"
"f_{j}" = "z1[j-1]"
"p_{j}" = "a1[j-1]"
"f_{y_{i}}" = "t[0]*z1[0] + t[1]*z1[1] + t[2]*z1[2]"
"p_{y_{i}}" = "t[0]*a1[0] + t[1]*a1[1] + t[2]*a1[2]"
"w_{j}" = "W1[j-1, :]"
"b_{j}" = "b1[j-1]"
"x_{i}" = "x[:]"
"K" = "3"
''',
    # the page's layers (l), L the output: delta^(l) the error of layer l (dL/dz, the spec's: the page gives no other
    # meaning), w^(l+1) the weights into layer l+1, z^(l), y the target, y-hat the output, f the activation
    "b71_deltahack": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"\\delta^{(l)}" = "grad(z{l}[:])"
"w^{(l)}" = "W{l}[:, :]"
"z^{(l)}" = "z{l}[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
''',
    # the course's names: X, Z1, A1, W1, W2, Z2, A2, Y; dZ1, dZ2, dW1 the gradients; cache['Z1'] the cached Z1; m the
    # examples (one here); g the hidden layer's activation (tanh), z its argument (a hidden unit's sum)
    "b71_planar": r'''
[notation]
functions = { g = "tanh" }
[notation.symbols]
"X" = "x[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"Z2" = "z2[:]"
"A2" = "a2[0]"
"Y" = "y[0]"
"dZ1" = "grad(z1[:])"
"dZ2" = "grad(z2[:])"
"dW1" = "grad(W1[:, :])"
"cache.Z1" = "z1[:]"
"m" = "1"
"z" = "z1[0]"
''',
    # the week 2 assignment's names: X (features x examples, one example here), w, b, A the prediction, Y the label,
    # m the examples, dw the gradient
    "b71_logreg": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"w" = "W1[0, :]"
"b" = "b1[0]"
"A" = "a1[0]"
"Y" = "y[0]"
"m" = "1"
"dw" = "grad(W1[0, :])"
''',
    # the post's L (\mathcal{L}) the loss, y-hat the output, y the target, z the output's pre-activation (the error
    # term's)
    "b71_oswalt": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
"z" = "z2[0]"
''',
    # the question's code names: h0 the input, w_h (modelled as W1, see the network), w_y, h1_raw, h1, h2_raw, h2, y2;
    # the d..._d... names are derivatives of the page's quantities by w_h and w_y, written out (d h0/d w_h = 0,
    # d h1_raw/d w_h = h0, d h1/d w_h = (1 - h1^2) h0, d h2_raw/d w_h through W2 = 2, d h2/d w_h, d y2/d w_y = h2)
    "b71_tanhchain": r'''
[notation]
[notation.symbols]
"h0" = "x[0]"
"w_h" = "W1[0, 0]"
"w_y" = "W3[0, 0]"
"h1_raw" = "z1[0]"
"h1" = "a1[0]"
"h2_raw" = "z2[0]"
"h2" = "a2[0]"
"y2" = "a3[0]"
"dh0_dwh" = "0"
"dh1_dwh" = "(1 - a1[0]**2)*x[0]"
"dh2_dwh" = "(1 - a2[0]**2)*W2[0, 0]*(1 - a1[0]**2)*x[0]"
"dh2_dwy" = "0"
"dy2_dwy" = "a2[0]"
"dw_y" = "a2[0]"
''',
    # the notebook's x, w, b, y (the neuron's output), target; L the loss
    "b71_charlie": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"y" = "a1[0]"
"\\text{target}" = "y[0]"
"target" = "y[0]"
''',
    # the notebook's code names: x, y (the label), w, b, z, y_pred; the derivatives dloss_dy_pred, dy_pred_dz, dz_dw,
    # dz_db, dL_dw and dL_db; torch.sigmoid the sigmoid
    "b71_indro": r'''
[notation]
functions = { "torch.sigmoid" = "sigmoid" }
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y_pred" = "a1[0]"
"dloss_dy_pred" = "grad(a1[0])"
"dy_pred_dz" = "a1[0]*(1 - a1[0])"
"dz_dw" = "x[0]"
"dz_db" = "1"
"dL_dw" = "grad(W1[0, 0])"
"dL_db" = "grad(b1[0])"
''',
}
