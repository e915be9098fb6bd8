"""The networks and notations of batch 88 of the held-out public formulas (tests/public_formulas_batch88.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b88_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # the MATLAB script (stored): x1 = x2 = 0 -> sigmoid h1 (w1 from x1, w4 from x2, b1), h2 (w3 from x1, w2 from
    # x2, b2) -> sigmoid y (w5, w6, b3), every weight 0.5 and every bias 0.1, ytarg = 0, E = 1/2 (ytarg - y)^2,
    # lr = 0.3
    "b88_ml": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5, 0.5], [0.5, 0.5]]\n'
                           'biases = [0.1, 0.1]',
                           'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.5]]\nbiases = [0.1]',
                           loss="half_squared_error", extra=_data("[0.0, 0.0]", "[0.0]", 0.3)),
    # RKorzeniowski's single neuron: y = sigma(w x + b), L = 1/2 (y - y_hat)^2 with y_hat the target; the page's
    # pseudocode's numbers x = 0.5, y_true = 1.0, w = 0.2, b = 0.1, lr = 0.01
    "b88_rk": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.2]]\nbiases = [0.1]',
                           loss="half_squared_error", extra=_data("[0.5]", "[1.0]", 0.01)),
    # yuhe1984's iris network: 4 inputs -> 5 sigmoid hidden units -> 3 sigmoid outputs, thresholds subtracted
    # (f(total - h_t)), o_grid = (y - o) o (1 - o), the half squared error's -dE/dnet
    "b88_yh": _layers('inputs = 4\nunits = 5\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # deepnet's nn.bp (LeeGyeongTak's copy): sigmoid hidden layer and output ("sigm"), e = y - output, the half
    # squared error; one sample (nrow(d) = 1); n = 3 layers
    "b88_lg": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # albiondervishi1's one-layer net: 3 inputs (the last column all ones), no bias, one sigmoid output, the first
    # row (0, 0, 1) and its target 0; the step without a rate (eta = 1)
    "b88_ad": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                           loss="half_squared_error", extra=_data("[0.0, 0.0, 1.0]", "[0.0]", 1.0)),
    # willkroboth's neurons: sigmoid everywhere, the cost (activation - expected)^2 (its dCdN = 2 (a - y))
    "b88_wk": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                      loss="squared_error"),
    # SunnyHaze's lab 5: L = 5 layers (784-256-128-64-10 on the page, smaller here), sigmoid everywhere, no
    # biases, J = 1/2 sum (a{L} - target)^2 over one sample
    "b88_sl": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the same lab's bc.m, one step back: sigmoid layers without biases, the half squared error
    "b88_sb": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # vasco-sampaio's OCR: sigmoid layers, deltaOut = (expected - act) dSigmoid(act), the half squared error's
    # -dE/dnet
    "b88_vs": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # lucaspluchon's OCR: the same kind, (expected - outputs) sigmoideDerivate(outputs)
    "b88_lp": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
}

NOTATIONS = {
    # the MATLAB script: w1 .. w6 and b1 .. b3 as the page wires them, h1 and h2 the hidden outputs, y the output,
    # ytarg the target, delta3 = (ytarg - y) y (1 - y) = -dE/dnet, delta1 and delta2 the hidden units' in that sign,
    # sig the sigmoid (the script's function), lr the rate, E the loss
    "b88_ml": r'''
[notation]
loss = ["E"]
learning_rate = ["lr"]
functions = { sig = "sigmoid" }
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w4" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w2" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"b1" = "b1[0]"
"b2" = "b1[1]"
"b3" = "b2[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"y" = "a2[0]"
"ytarg" = "y[0]"
"delta3" = "-delta2[0]"
"delta1" = "-delta1[0]"
"delta2" = "-delta1[1]"
''',
    # RKorzeniowski's page: y the neuron's output, \hat{y} its target (the page's y_true), z its sum, w and b its
    # weight and bias, L the loss
    "b88_rk": r'''
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
"\\hat{y}" = "y[0]"
''',
    # yuhe1984's script: prob.i_v the inputs, prob.h_v and prob.o_v the layers' outputs, y the targets, ih_w and
    # ho_w the weights with the inputs as rows (symbols.md's transposed), h_t and o_t the thresholds (subtracted,
    # so minus the biases), o_grid and h_grid = -dE/dnet, lr the rate, df(y) = y (1 - y) at the output
    "b88_yh": r'''
[notation]
learning_rate = ["lr"]
functions = { df = "sigmoid' at output", f = "sigmoid" }
[notation.symbols]
"prob.i_v" = "x[:]"
"prob.h_v" = "a1[:]"
"prob.o_v" = "a2[:]"
"y" = "y[:]"
"prob.ih_w" = "W1[:, :].T"
"prob.ho_w" = "W2[:, :].T"
"prob.h_t" = "-b1[:]"
"prob.o_t" = "-b2[:]"
"o_grid" = "-delta2[:]"
"h_grid" = "-delta1[:]"
''',
    # deepnet's nn.bp: nn$post[[1]] the input and nn$post[[2]], nn$post[[3]] the layers' outputs, nn$W[[1]] and
    # nn$W[[2]] the weights, nn$B the biases, d[[2]] and d[[3]] dE/dnet, nn$e = y - output, n = 3 layers; the
    # loader cannot read R's $ in a pattern ("cannot read '$' at position 3"), so the fields are named without
    # their nn$ (post[[i]], W[[i]], B[[i]], e); d_act the hidden slope, dw and db the gradients (twinned at i = 1),
    # added after the first run, where check read them as d with a subscript
    "b88_lg": r'''
[notation]
indices = "i"
[notation.symbols]
"post[[1]]" = "x[:]"
"post[[i]]" = "a{i-1}[:]"
"W[[i]]" = "W{i}[:, :]"
"B[[i]]" = "b{i}[:]"
"d[[i]]" = "delta{i-1}[:]"
"e" = "y[:] - a2[:]"
"n" = "3"
"d_act" = "a1[:]*(1 - a1[:])"
"dw" = "grad(W1[:, :])"
"db" = "grad(b1[:])"
''',
    # albiondervishi1's script: layer.0 the inputs, syn0 the weights (a column), layer.1 the output, y the target,
    # layer.1.error = y - layer.1 = -dE/da, layer.1.delta = -dE/dnet, nonlin(x) = x (1 - x) at the output; the
    # loader refuses layer.0 and layer.1 ("is not one symbol") and layer.1.error ("unexpected at '.'"), so the
    # notation names the layers layer_{0} and layer_{1}, the spec's nearest spelling, and not the error and delta
    "b88_ad": r'''
[notation]
functions = { nonlin = "sigmoid' at output" }
[notation.symbols]
"layer_{0}" = "x[:]"
"syn0" = "W1[:, :].T"
"layer_{1}" = "a1[0]"
"y" = "y[0]"
''',
    # willkroboth's output neuron and its first input axon: activation its output, weightedSum its sum,
    # expectedValue the target, dCdN, dCds, dCdb, dCdw the cost's gradients by its output, sum, bias and first
    # weight, dNds its slope, dsdb = 1, dsdw the first hidden unit's output
    "b88_wk": r'''
[notation.symbols]
"activation" = "a2[0]"
"weightedSum" = "z2[0]"
"expectedValue" = "y[0]"
"dCdN" = "grad(a2[0])"
"dNds" = "a2[0]*(1 - a2[0])"
"dCds" = "grad(z2[0])"
"dsdb" = "1"
"dCdb" = "grad(b2[0])"
"dsdw" = "a1[0]"
"dCdw" = "grad(W2[0, 0])"
''',
    # SunnyHaze's lab 5: a{1} the input, a{q} layer q-1's output, z{q} its sum, w{q} the weights from a{q} to
    # a{q+1}, delta{q} = dE/dz, target the target, alpha the rate, L = 5 the output layer, grad_w the loop's layer's
    # gradient (first given as grad(W4[:, :]), the last layer's, a slip corrected after the first run)
    "b88_sl": r'''
[notation]
indices = "q"
learning_rate = ["alpha"]
[notation.symbols]
"a{1}" = "x[:]"
"a{q}" = "a{q-1}[:]"
"z{q}" = "z{q-1}[:]"
"w{q}" = "W{q}[:, :]"
"delta{q}" = "delta{q-1}[:]"
"target" = "y[:]"
"L" = "5"
"grad_w" = "grad(W{q}[:, :])"
''',
    # bc(w, z, delta_next), called as bc(w{q}, z{q}, delta{q+1}): w the next layer's weights, z this layer's sums,
    # delta_next the next layer's dE/dz; df(s) = f(s) (1 - f(s)) at the input
    "b88_sb": r'''
[notation]
functions = { df = "sigmoid' at input", f = "sigmoid" }
[notation.symbols]
"w" = "W2[:, :]"
"z" = "z1[:]"
"delta_next" = "delta2[:]"
"delta" = "delta1[:]"
''',
    # vasco-sampaio's deltaOut: expected_outputs the targets, nn.outputLayer.act (activation) the outputs, error
    # their difference, deltaOut = -dE/dnet; dSigmoid(sig) = sig (1 - sig), at the output
    "b88_vs_out": r'''
[notation]
functions = { dSigmoid = "sigmoid' at output", dSig = "sigmoid' at output" }
[notation.symbols]
"expected_outputs" = "y[:]"
"nn.outputLayer.act" = "a2[:]"
"activation" = "a2[:]"
"error" = "-grad(a2[:])"
"deltaOut" = "-delta2[:]"
''',
    # deltaPrevLayer: prevAct the hidden outputs, error the loop's weighted sum of the next layer's deltas
    # (-dE/da), deltaL = -dE/dnet of the hidden units
    "b88_vs_hid": r'''
[notation]
functions = { dSigmoid = "sigmoid' at output" }
[notation.symbols]
"prevAct" = "a1[:]"
"error" = "-grad(a1[:])"
"deltaL" = "-delta1[:]"
''',
    # lucaspluchon's outputError: expected the targets, outputs the outputs, res = -dE/dnet;
    # sigmoideDerivate(x) = x (1 - x), at the output
    "b88_lp_out": r'''
[notation]
functions = { sigmoideDerivate = "sigmoid' at output" }
[notation.symbols]
"expected" = "y[:]"
"outputs" = "a2[:]"
"res" = "-delta2[:]"
''',
    # hidenError for the first hidden node: network->activations->data[nodeIndex] its output, outputError the
    # output deltas, weights[i * network->hidenNumber] the weight from it to output i, res its -dE/dnet; the loader
    # refuses the pointer chains ("is not one symbol", "unexpected at ']'"), so the notation names data[nodeIndex]
    # and weights_{i}, the spec's nearest spellings
    "b88_lp_hid": r'''
[notation]
indices = "i"
functions = { sigmoideDerivate = "sigmoid' at output" }
[notation.symbols]
"data[nodeIndex]" = "a1[0]"
"outputError" = "-delta2[:]"
"weights_{i}" = "W2[i, 0]"
"res" = "-delta1[0]"
''',
}
