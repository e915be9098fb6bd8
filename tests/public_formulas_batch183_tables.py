"""The networks and notations of batch 183 of the held-out public formulas (tests/public_formulas_batch183.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b183_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


_H1 = 'inputs = 3\nunits = 4\nactivation = "relu"'
_H2 = 'units = 3\nactivation = "relu"'
_OUT = 'units = 3\nactivation = "softmax"'

NETWORKS = {
    # jamie's MNIST script (stored file 48319428887): the samples columns, w1 (hid_lyr_1 x input_lyr), w2, w3
    # output-first with bias columns b1, b2, b3, two ReLU hidden layers, softmax outputs, the cross-entropy against
    # one_hot(y); 784-256-128-10 there, 3-4-3-3 here; alpha 0.001 (gradient_descent's call)
    "b183_jm": problem_text(_H1, _H2, _OUT, loss="cross_entropy", extra=_rate(0.001)),
    # the MNIST script with reg_lambda on the biases (stored file 61093656203): Ng's capitals, the samples columns,
    # W1 (64 x 784), W2 (64 x 64), W3 (10 x 64) output-first with biases, ReLU, ReLU, softmax, the cross-entropy;
    # 784-64-64-10 there, 3-4-3-3 here; alpha 0.10 (the gradient_descent call)
    "b183_mr": problem_text(_H1, _H2, _OUT, loss="cross_entropy", extra=_rate(0.1)),
    # the "3 layers perceptron" backward_propagation (stored file 33356664063): the samples columns (rows, cols =
    # X.shape: rows the number of X's rows, the inputs), ReLU, ReLU, softmax, the cross-entropy (one_hot_encode(Y));
    # no sizes given (3-4-3-3 here), no rate (0.1)
    "b183_rw": _layers(_H1, _H2, _OUT, loss="cross_entropy"),
    # the Kaggle digit script (stored file 42733541318): W1 (10 x 784), W2 (10 x 10), W3 (10 x 10), every hidden
    # layer 10 wide as the outputs, ReLU, ReLU, softmax, the cross-entropy; 784-10-10-10 there, 3-3-3-3 here
    # (hidden layers as wide as the outputs, as the page's); alpha 0.05 (its gradient_descent call). Its
    # forward_prop feeds Z1, not A1, to W2 (a forward slip no problem file holds: the ReLU layers are modelled)
    "b183_ks": problem_text('inputs = 3\nunits = 3\nactivation = "relu"', _H2, _OUT, loss="cross_entropy",
                            extra=_rate(0.05)),
    # the documented NN-visualizer script (stored file 5866650287): lower-case names, the samples columns,
    # ReLU, ReLU, softmax, the cross-entropy (one_hot(y)); 3-4-3-3 here; lr 0.13 (its gradient_descent call)
    "b183_vz": problem_text(_H1, _H2, _OUT, loss="cross_entropy", extra=_rate(0.13)),
    # the Chinese deep-learning article (stored file 9495111062), its worked binary case: layers numbered from the
    # input's 1 (W^{(2)} into the hidden layer, W^{(3)} into the output), sigmoid units, the cross-entropy
    # ("交叉熵作为损失函数") with a label y in {0, 1}: one sigmoid output, the binary cross-entropy; 2-3-1 here,
    # no rate given (alpha, 0.1)
    "b183_hz": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Machine Learnia-inspired script (stored file 44406547995): Ng's layers in dictionaries (params['W1'] ...,
    # activations['A0'] = X), the samples columns, sigmoid at every layer, log_loss the binary cross-entropy; the
    # layers' sizes are the caller's (2-3-3-1 here: two hidden layers), lr the caller's (0.1 here)
    "b183_ml": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                       'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the Chinese deep-learning notes (stored file 10956925605): Ng's layers in dictionaries, ReLU hidden layers, a
    # sigmoid output, the binary cross-entropy (compute_cost); layer_dims = [2, 4, 1] as its test calls it (its
    # comment names a 2-4-6-1 network), learning_rate=0.1 (the call)
    "b183_cn": problem_text('inputs = 2\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="binary_cross_entropy", extra=_rate(0.1)),
}


def _ng(lower: bool, deriv: str, rate: str, extra: str = "") -> str:
    """Ng's names for a 3-layer network on columns (lower case where the page writes them so)."""
    names = {}
    for n in (1, 2, 3):
        for big, small in (("W", "w"), ("b", "b"), ("Z", "z"), ("A", "a")):
            name = (small if lower else big) + str(n)
            kind = {"W": f"W{n}[:, :]", "b": f"b{n}[:]", "Z": f"z{n}[:]", "A": f"a{n}[:]"}[big]
            names[name] = kind
            if big in ("W", "b", "Z"):
                d = ("d" + (small if lower else big) + str(n)) if big != "b" else f"db{n}"
                names[d] = f"grad({kind})"
    names["x" if lower else "X"] = "x[:]"
    body = "\n".join(f'"{k}" = "{v}"' for k, v in names.items())
    return (f'\n[notation]\nlearning_rate = ["{rate}"]\nfunctions = {{ {deriv} = "relu\' at input" }}\n'
            f'[notation.symbols]\n{body}\n{extra}')


NOTATIONS = {
    # jamie's script: lower-case Ng names (x, w1 ... a3 output-first, columns), one_hot_y the one-hot target, dz3 ...
    # db1 the cost's gradients (Ng's d names), m the number of samples (one here), alpha the rate;
    # derivative_relu(Z) = Z > 0, the ReLU's slope at the sum
    "b183_jm": _ng(True, "derivative_relu", "alpha", '"one_hot_y" = "t[:]"\n"m" = "1"\n'),
    # the reg_lambda script: Ng's capitals, one_hot_Y the one-hot target, m the samples (one), alpha the rate,
    # ReLU_deriv(Z) = Z > 0
    "b183_mr": _ng(False, "ReLU_deriv", "alpha", '"one_hot_Y" = "t[:]"\n"m" = "1"\n'),
    # the 3 layers perceptron: Ng's capitals, one_hot_Y the one-hot target, rows the number of X's rows (the
    # inputs, 3 here: rows, cols = X.shape with X the samples' columns), RelU_deriv(Z) = Z > 0
    "b183_rw": _ng(False, "RelU_deriv", "alpha", '"one_hot_Y" = "t[:]"\n"rows" = "3"\n'),
    # the Kaggle digit script: Ng's capitals, one_hot_Y the target, m the samples (one), alpha the rate
    "b183_ks": _ng(False, "ReLU_deriv", "alpha", '"one_hot_Y" = "t[:]"\n"m" = "1"\n'),
    # the NN-visualizer script: lower-case names, one_hot_y the target, m the samples (one), lr the rate
    "b183_vz": _ng(True, "ReLU_deriv", "lr", '"one_hot_y" = "t[:]"\n"m" = "1"\n'),
    # the Chinese article: layers counted from the input's 1, so W^{(2)}, b^{(2)}, z^{(2)}, a^{(2)} the hidden layer's
    # (the problem's layer 1) and W^{(3)} ... a^{(3)} the output's (layer 2); X the input (a column), y the label,
    # delta^{(l)} = dJ/dz^{(l)} (the page's deltas), J the cost, alpha the rate, sigma the sigmoid
    "b183_hz": r'''
[notation]
loss = ["J"]
learning_rate = ["\\alpha"]
functions = { "\\sigma" = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"y" = "y[:]"
"W^{(2)}" = "W1[:, :]"
"b^{(2)}" = "b1[:]"
"z^{(2)}" = "z1[:]"
"a^{(2)}" = "a1[:]"
"W^{(3)}" = "W2[:, :]"
"b^{(3)}" = "b2[:]"
"z^{(3)}" = "z2[:]"
"a^{(3)}" = "a2[:]"
"\\delta^{(3)}" = "grad(z2[:])"
"\\delta^{(2)}" = "grad(z1[:])"
''',
    # the Machine Learnia-inspired script: params['W' + str(l)], params['b' + str(l)] layer l's weights and biases,
    # grads['dW' + str(l)], grads['db' + str(l)] their gradients, activations['A' + str(l)] layer l's outputs (A0 the
    # input), L the number of layers (3 here), y the target, lr the rate; dZ, on the line taken, the output sums'
    # gradient (the line before the loop)
    "b183_ml": r"""
[notation]
indices = "l"
learning_rate = ["lr"]
[notation.symbols]
"params['W' + str(l)]" = "W{l}[:, :]"
"params['b' + str(l)]" = "b{l}[:]"
"grads['dW' + str(l)]" = "grad(W{l}[:, :])"
"grads['db' + str(l)]" = "grad(b{l}[:])"
"activations['A' + str(L)]" = "a3[:]"
"y" = "y[:]"
"dZ" = "grad(z3[:])"
""",
    # the Chinese notes: on the output layer's lines (before the loop), Y_pred the output, Y the target, A_prev
    # the hidden outputs (A(L-1)), dZ, dW, db the output layer's gradients (the page's comments dZ(l), dW(l), db(l)),
    # m the samples (one); parameters['W' + str(l)] and grads['dW' + str(l)] layer l's weights and their gradient
    "b183_cn": r"""
[notation]
indices = "l"
learning_rate = ["learning_rate"]
loss = ["cost"]
[notation.symbols]
"Y_pred" = "a2[:]"
"Y" = "y[:]"
"A_prev" = "a1[:]"
"dZ" = "grad(z2[:])"
"dW" = "grad(W2[:, :])"
"db" = "grad(b2[:])"
"m" = "1"
"parameters['W' + str(l)]" = "W{l}[:, :]"
"grads['dW' + str(l)]" = "grad(W{l}[:, :])"
""",
}
