"""The networks and notations of batch 144 of the held-out public formulas (tests/public_formulas_batch144.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b144_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


# the Pascal programs' network: Mazur's 2-2-2 example as their assignments write it (w1 ... w8, b1 = 0.35 and b2 =
# 0.6 shared by a layer's two units, i1 = 0.05, i2 = 0.1, targets 0.01 and 0.99), sigmoid units (logisticsFunction),
# the error the sum of half the squares (E1 + E2); no update is worked there: Mazur's rate 0.5
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.2], [0.25, 0.3]]\n'
                      'biases = [0.35, 0.35]',
                      'units = 2\nactivation = "sigmoid"\nweights = [[0.4, 0.45], [0.5, 0.55]]\nbiases = [0.6, 0.6]',
                      loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # the Haskell hmatrix module Net (stored file 42881021207): the samples rows (input <> wh + bh), weights input-first
    # (randn a b for a layer of a inputs and b units), biases rows (randn 1 b), the activation's pair (sigmoid, sigmoid'
    # of the output), error = y - output and += lr * ... updates: half the squared error's step; repTrain's lr, not
    # given in the module: 0.1; buildNetwork's sizes not given: 2-3-1
    "b144_hn": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Haskell Data.Matrix module Neural (stored file 28211830849): columns, biases + weights * input (output-first),
    # sigmoid layers, quadCost = sum ((label - out)^2) / 2 (half the squared error), quadCost' = out - label, sgdEpoch
    # subtracting eta times the gradients; eta not given in the module: 0.1; 2-3-1
    "b144_hm": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
    # the Pascal program with Outo1r (stored file 10068680505): Mazur's 2-2-2 network and numbers (above)
    "b144_pa": _MAZUR,
    # the Pascal program with Em1 (stored file 10294527743): the same network and numbers
    "b144_pb": _MAZUR,
    # the Racket script (stored file 31250753971): one sigmoid layer (nonlin), X the samples rows with a constant third
    # input (no bias), syn0 3 x 1 input-first, l1_error = y - l1 and syn0 + l0^T l1_delta: half the squared error's
    # step at rate 1 (no rate written)
    "b144_rk": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="half_squared_error", extra=_rate(1.0)),
    # the Julia network commented in Chinese (stored file 22158541981): sigmoid layers (sigma), z = w * [a; 1] (the
    # bias in the last column of w, output-first), delta = (as[end] - y) .* dsigma.(zs[end]) (half the squared error),
    # C the cost; one output (y::Real); sgd's eta not given: 0.1; 2-3-1
    # the Python script of Mazur's updates (stored file 45436983151): Mazur's network and numbers (above), eta = 0.5
    "b144_mu": _MAZUR,
    # the Python walkthrough of Mazur's example (stored file 41968283965): Mazur's network and numbers (Wxh and Why hold
    # the biases in their third column, x and h a 1 appended), ALPHA = 0.5
    "b144_mw": _MAZUR,
    # the C backward_prop of Mazur's example (stored file 23357244663): Mazur's network and numbers, ita = 0.5
    "b144_cp": _MAZUR,
    "b144_jl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.1)),
}

_MAZUR_SYMBOLS = r'''
"i1" = "x[0]"
"i2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"h1net" = "z1[0]"
"h2net" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"E1" = "(y[0] - a2[0])*(y[0] - a2[0])/2"
"E2" = "(y[1] - a2[1])*(y[1] - a2[1])/2"
'''

NOTATIONS = {
    # the hmatrix module's backpropMatrix, its where block read at the output layer (the last the mapAccumR reaches
    # first): error = y - output, layer_inp the layer's input (the hidden outputs), layer_deriv = sigmoid' of the
    # output, x (1 - x), d_layer the code's delta (-dE/dz: the updates add it), layer_weights and layer_bias the
    # output layer's (input-first, rows), new_weights and new_bias their new values, prev_error = -dE/d(hidden
    # output), the error handed to the layer before; tr the transpose, lr the rate
    "b144_hn": r'''
[notation]
learning_rate = ["lr"]
functions = { tr = "transpose" }
[notation.symbols]
"y" = "y[:].T"
"output" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"layer_inp" = "a1[:].T"
"layer_deriv" = "a2[:].T*(1 - a2[:].T)"
"d_layer" = "-grad(z2[:]).T"
"layer_weights" = "W2[:, :].T"
"layer_bias" = "b2[:].T"
"new_weights" = "new(W2[:, :]).T"
"new_bias" = "new(b2[:]).T"
"prev_error" = "-grad(a1[:]).T"
''',
    # the Data.Matrix module's getErrors and gradientWeights read at the output layer: as and zs the layer's
    # activations and weighted inputs, label the target, errActivation = dC/d(activation) (quadCost' = as - label),
    # errWdInput and layerError = dC/dz (the module's "error of the weighted inputs"), layerInput the layer's input
    # (the hidden activations), layerGradient = dC/dW; transpose the transpose
    "b144_hm": r'''
[notation]
functions = { transpose = "transpose", "sigmoid'" = "sigmoid' at input" }
[notation.symbols]
"as" = "a2[:]"
"zs" = "z2[:]"
"label" = "y[:]"
"errActivation" = "grad(a2[:])"
"errWdInput" = "grad(z2[:])"
"layerError" = "grad(z2[:])"
"layerInput" = "a1[:]"
"layerGradient" = "grad(W2[:, :])"
''',
    # the Pascal program with Outo1r: Mazur's names (i1, i2, w1 ... w8, h1, h2), o1r and o2r the output sums, Outo1r
    # and Outo2r the outputs, outA1 and outA2 the targets, E1 and E2 the two halves of the squares, dEtotal their sum
    # (the error), dEerror1 and dEerror2 the error's derivatives by the outputs
    "b144_pa": r'''
[notation]
loss = ["dEtotal"]
[notation.symbols]
''' + _MAZUR_SYMBOLS + r'''"o1r" = "z2[0]"
"o2r" = "z2[1]"
"Outo1r" = "a2[0]"
"Outo2r" = "a2[1]"
"outA1" = "y[0]"
"outA2" = "y[1]"
"dEerror1" = "grad(a2[0])"
"dEerror2" = "grad(a2[1])"
''',
    # the Pascal program with Em1: the same names but o1r and o2r, which the program overwrites with the outputs
    # (o1r:=(logisticsFunction(o1r))) before its error lines read them, ot1 and ot2 the targets, Et the error, Em1
    # and Em2 its derivatives by the outputs
    "b144_pb": r'''
[notation]
loss = ["Et"]
[notation.symbols]
''' + _MAZUR_SYMBOLS + r'''"o1r" = "a2[0]"
"o2r" = "a2[1]"
"ot1" = "y[0]"
"ot2" = "y[1]"
"Em1" = "grad(a2[0])"
"Em2" = "grad(a2[1])"
''',
    # the Racket script: X and l0 the input (a row), y the target, l1 the layer's output, syn0 the weights
    # (input-first), l1_error = y - l1, l1_delta the code's delta (-dE/dz: the update adds it); math/matrix's
    # matrix-dot the matrix product, matrix-transpose the transpose, nonlin-deriv x (1 - x) of the output
    # (math/matrix's matrix- and matrix+, entry by entry, and matrix*, the matrix product, are no names a table's
    # functions take: the loader refuses them, asking for a code name, so they are left undeclared)
    "b144_rk": r'''
[notation]
functions = { "matrix-dot" = "matrix product", "matrix-transpose" = "transpose", "nonlin-deriv" = "sigmoid' at output" }
[notation.symbols]
"X" = "x[:].T"
"l0" = "x[:].T"
"y" = "y[:].T"
"l1" = "a1[:].T"
"syn0" = "W1[:, :].T"
"l1_error" = "y[:].T - a1[:].T"
"l1_delta" = "-grad(z1[:]).T"
''',
    # the Python script of Mazur's updates: w1 ... w8 Mazur's (as the Pascal programs'), eta the rate,
    # dEtotal_dw1 ... dEtotal_dw8 the error's derivatives by them, w1_new ... w8_new their new values
    "b144_mu": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
''' + _MAZUR_SYMBOLS + r'''"dEtotal_dw1" = "grad(W1[0, 0])"
"dEtotal_dw2" = "grad(W1[0, 1])"
"dEtotal_dw3" = "grad(W1[1, 0])"
"dEtotal_dw4" = "grad(W1[1, 1])"
"dEtotal_dw5" = "grad(W2[0, 0])"
"dEtotal_dw6" = "grad(W2[0, 1])"
"dEtotal_dw7" = "grad(W2[1, 0])"
"dEtotal_dw8" = "grad(W2[1, 1])"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W1[0, 1])"
"w3_new" = "new(W1[1, 0])"
"w4_new" = "new(W1[1, 1])"
"w5_new" = "new(W2[0, 0])"
"w6_new" = "new(W2[0, 1])"
"w7_new" = "new(W2[1, 0])"
"w8_new" = "new(W2[1, 1])"
''',
    # the Python walkthrough: t the targets, o the outputs, h the hidden outputs (h[2] the appended 1), out_h1,
    # out_o1, net_o1 Mazur's, Eo1 and Eo2 the halves of the squares, Etotal the error, dEtotal_dout_o1 its derivative
    # by out_o1, dout_o1_dnet_o1 the sigmoid's slope there, dnet_o1_dw5 = out_h1, dEtotal_dw5 ... dEtotal_dw8 the
    # error's derivatives by w5 ... w8, Why[k][j] the output weights (Why[k][2] the biases), ALPHA the rate
    "b144_mw": r'''
[notation]
learning_rate = ["ALPHA"]
loss = ["Etotal"]
[notation.symbols]
"t_{k}" = "y[k]"
"o_{k}" = "a2[k]"
"h_{j}" = "a1[j]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
"net_o1" = "z2[0]"
"net_o2" = "z2[1]"
"Eo1" = "(y[0] - a2[0])*(y[0] - a2[0])/2"
"Eo2" = "(y[1] - a2[1])*(y[1] - a2[1])/2"
"dEtotal_dout_o1" = "grad(a2[0])"
"dout_o1_dnet_o1" = "a2[0]*(1 - a2[0])"
"dnet_o1_dw5" = "a1[0]"
"dEtotal_dw5" = "grad(W2[0, 0])"
"dEtotal_dw6" = "grad(W2[0, 1])"
"dEtotal_dw7" = "grad(W2[1, 0])"
"dEtotal_dw8" = "grad(W2[1, 1])"
"Why[0][0]" = "W2[0, 0]"
"Why[0][1]" = "W2[0, 1]"
"Why[1][0]" = "W2[1, 0]"
"Why[1][1]" = "W2[1, 1]"
''',
    # the C backward_prop: the sample j's targets op_samples[j][k] and inputs ip_samples[j][i], gen_ip[l][k][0] layer
    # l+1's outputs (a column), records[l][i][k] the weight from unit i to unit k (input-first: records[1][0][1] is w7),
    # Mazur's derivative names (dEtotal_doutO1, doutO1_dNetO1, dNetO1_dw5 = out_h1, dNetO1_doutH1 = w5, dNetH2_dw4 =
    # i2, ...), ita the rate
    "b144_cp": r'''
[notation]
learning_rate = ["ita"]
[notation.symbols]
"op_samples[j][0]" = "y[0]"
"op_samples[j][1]" = "y[1]"
"ip_samples[j][0]" = "x[0]"
"ip_samples[j][1]" = "x[1]"
"gen_ip[0][0][0]" = "a1[0]"
"gen_ip[0][1][0]" = "a1[1]"
"gen_ip[1][0][0]" = "a2[0]"
"gen_ip[1][1][0]" = "a2[1]"
"records[1][0][0]" = "W2[0, 0]"
"records[1][0][1]" = "W2[1, 0]"
"records[1][1][0]" = "W2[0, 1]"
"records[1][1][1]" = "W2[1, 1]"
"dEtotal_doutO1" = "grad(a2[0])"
"dEtotal_doutO2" = "grad(a2[1])"
"doutO1_dNetO1" = "a2[0]*(1 - a2[0])"
"doutO2_dNetO2" = "a2[1]*(1 - a2[1])"
"dNetO1_dw5" = "a1[0]"
"dNetO1_dw6" = "a1[1]"
"dNetO2_dw7" = "a1[0]"
"dNetO2_dw8" = "a1[1]"
"dEtotal_dw5" = "grad(W2[0, 0])"
"dEtotal_dw6" = "grad(W2[0, 1])"
"dEtotal_dw7" = "grad(W2[1, 0])"
"dEtotal_dw8" = "grad(W2[1, 1])"
"dNetO1_doutH1" = "W2[0, 0]"
"dNetO2_doutH1" = "W2[1, 0]"
"dEtotal_doutH1" = "grad(a1[0])"
"doutH1_dNetH1" = "a1[0]*(1 - a1[0])"
"dNetH1_dw1" = "x[0]"
"dNetH1_dw2" = "x[1]"
"dEtotal_dw1" = "grad(W1[0, 0])"
"dNetH2_dw3" = "x[0]"
"dNetH2_dw4" = "x[1]"
''',
    # the Julia file's comments (the four formulas of backpropagation, Nielsen's) and backprop: delta{l,j} =
    # dC/dz{l,j} (BP0, the page's definition), L the output layer, a{L,j}, z{l,j} layer l's unit j's activation and
    # weighted input (j from 0, as the comments' 0:J{l}), dsigma the sigmoid's derivative at the
    # weighted input (dσ(z) = σ(z)(1 - σ(z))); in the code as[end] and zs[end] the output layer's, y the target
    # (one output), δ the output layer's delta; nabla C (dC/da{L}) is no symbol a table takes (not one
    # symbol: a base and scripts), so it is left unnamed
    "b144_jl": r'''
[notation]
indices = "l"
loss = ["C"]
functions = { "dσ" = "sigmoid' at input" }
[notation.symbols]
"δ{l,j}" = "delta{l}[j]"
"z{l,j}" = "z{l}[j]"
"δ{L,j}" = "delta2[j]"
"z{L,j}" = "z2[j]"
"a{L,j}" = "a2[j]"
"δ{L}" = "delta2[:]"
"z{L}" = "z2[:]"
"as[end]" = "a2[:]"
"zs[end]" = "z2[:]"
"y" = "y[0]"
"δ" = "delta2[:]"
''',
}
