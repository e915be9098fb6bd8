"""The networks and notations of batch 181 of the held-out public formulas (tests/public_formulas_batch181.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b181_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the gradient-checking script (stored file 1069266947): the notes' 2-layer network for binary classification,
    # the sample a column (x = np.random.rand(2, 1)), W1 (2 x 2) and W2 (1 x 2) output-first with biases b1, b2,
    # sigmoid layers, loss = -(y log a2 + (1 - y) log(1 - a2)), the binary cross-entropy; 2-2-1 as the script
    # draws it (no update is made: the rate 0.1)
    "b181_gc": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the XOR script "network with sigmoid activation" (stored file 36403622147): the sample a row (X[i]), w1 (2 x 4)
    # and w2 (4 x 1) input-first, no biases, sigmoid hidden units, a linear output (out = h @ w2), error = (out -
    # y[i]) ** 2, the squared error; lr = 1.0 (its number)
    "b181_xs": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error",
                            extra=_rate(1.0)),
    # the Octave back_prop3 function (stored file 3534948526): Ng's layers, the samples columns, W1, W2, W3
    # output-first with biases, two tanh hidden layers (their slopes written 1 - a.*a), a sigmoid output with the
    # binary cross-entropy (dz3 = a3 - Y), m the number of samples (one here); 2-3-2-1 here
    "b181_oc": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "tanh"',
                       'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the Octave outputDeltas function (stored file 25088506300): sigmoid units, "deltas is the vector of partial
    # derivatives of the error with respect to the net input to each unit", 2 * (output - target): the squared
    # error's sum over the outputs; 2-3-2 here
    "b181_od": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the Octave cost_quadratic_delta function (stored file 33219022420): Nielsen's network, sigmoid layers, the
    # quadratic cost C = 1/2 ||y - a||^2 (the (a - y) of its delta); 2-3-2 here
    "b181_cq": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the write-up on the linear layer's backward pass (stored file 22352435540): Y = XW + b, the batch in rows, W
    # [N, M] input-first, b [1, M], L the scalar loss; here the linear layer is the output layer of a 2-3-2 network
    # (X its input: the sigmoid hidden layer's outputs, one row), L half the squared error
    "b181_ll": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the gradient-checking script: x the input (a column), y the label, z1, a1, z2, a2 the layers' sums and
    # outputs (columns), W1, W2 output-first, dz2 ... db1 the loss's gradients (bprop's returned dictionary names
    # them: {'b1': db1, 'W1': dW1, ...}), fprop_cache['W2'] the output weights, loss the loss
    "b181_gc": r'''
[notation]
loss = ["loss"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[:]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[:]"
"a2" = "a2[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"fprop_cache['W2']" = "W2[:, :]"
"dz2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dz1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # the XOR script: X[i] the sample (a row), y[i] its target, h_raw the hidden sums, h the hidden outputs, out the
    # output, w1, w2 input-first, error the squared error, d_out = d error / d out and d_h = d error / d h_raw (the
    # backward pass's names), lr the rate; sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), of the sums
    "b181_xs": r'''
[notation]
loss = ["error"]
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at input" }
[notation.symbols]
"X[i]" = "x[:].T"
"y[i]" = "y[:].T"
"h_raw" = "z1[:].T"
"h" = "a1[:].T"
"out" = "a2[:].T"
"w1" = "W1[:, :].T"
"w2" = "W2[:, :].T"
"d_out" = "grad(a2[:]).T"
"d_h" = "grad(z1[:]).T"
''',
    # the Octave back_prop3 function: X the input (a column), Y the target, a1, a2 the hidden layers' outputs, a3
    # the output, W1, W2, W3 output-first, dz3 ... dW1 the cost's gradients (Ng's d names), m the number of samples
    # (one here); Dva and Jeden the columns of ones the function builds (ones(size(a2)), ones(size(a1)))
    "b181_oc": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"a3" = "a3[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"dz3" = "grad(z3[:])"
"dW3" = "grad(W3[:, :])"
"db3" = "grad(b3[:])"
"dz2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"dz1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"m" = "1"
"Dva" = "1"
"Jeden" = "1"
''',
    # the Octave outputDeltas function: output the output units' values, target the targets (columns), deltas the
    # error's derivatives by the output units' net inputs (the function's comment), sigmoidDeriv the sigmoid's
    # slope written of the outputs, output (1 - output)
    "b181_od": r'''
[notation]
[notation.symbols]
"output" = "a2[:]"
"target" = "y[:]"
"deltas" = "grad(z2[:])"
"sigmoidDeriv" = "a2[:] * (1 - a2[:])"
''',
    # the Octave cost_quadratic_delta function: z the output layer's sums, a its outputs, y the targets, delta
    # dC/dz of the output layer (Nielsen's delta^L); sigmoid_prime(z) = sigmoid(z) (1 - sigmoid(z)), of the sums
    "b181_cq": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"z" = "z2[:]"
"a" = "a2[:]"
"y" = "y[:]"
"delta" = "grad(z2[:])"
''',
    # the linear-layer write-up: X the layer's input (a row: the hidden outputs), W its weights input-first, b its
    # bias (a row), Y its output (a row: the output layer's sums, its activation the identity), L the loss
    "b181_ll": r'''
[notation]
loss = ["L"]
[notation.symbols]
"X" = "a1[:].T"
"W" = "W2[:, :].T"
"b" = "b2[:].T"
"Y" = "z2[:].T"
''',
}

NETWORKS.update({
    # the "Basic implementation of nn" script (stored file 71472290838), its backpropagation part: one input x, h =
    # w1 x + b1, y_pred = w2 h + b2 (no activation), loss = (y - y_pred) ** 2; x = 2.0, y = 20.0, w1 = 3.0, b1 = 0.0,
    # w2 = 2.0, b2 = 0.0, learning_rate = 0.01 (its numbers)
    "b181_bn": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nweights = [[3.0]]\nbiases = [0.0]',
                            'units = 1\nactivation = "identity"\nweights = [[2.0]]\nbiases = [0.0]',
                            loss="squared_error", extra=_data("[2.0]", "[20.0]", 0.01)),
    # the chain-rule lesson (stored file 53766245013), its "Chain Rule by Hand": h = w1 x, y = w2 h (no biases, no
    # activation), L = (y - target)^2; x = 2.0, target = 10.0, w1 = 0.5, w2 = 0.3 (its numbers; no update, rate 0.1)
    "b181_cr": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.3]]',
                            loss="squared_error", extra=_data("[2.0]", "[10.0]", 0.1)),
})

NOTATIONS.update({
    # the "Basic implementation of nn" script: x the input, y the target, h the hidden value, y_pred the output, w1,
    # b1, w2, b2 the weights and biases, loss the squared error, dL_dy_pred ... dL_db1 the loss's derivatives (their
    # names say by what), learning_rate the rate
    "b181_bn": r'''
[notation]
loss = ["loss"]
learning_rate = ["learning_rate"]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"h" = "a1[0]"
"y_pred" = "a2[0]"
"w1" = "W1[0, 0]"
"b1" = "b1[0]"
"w2" = "W2[0, 0]"
"b2" = "b2[0]"
"dL_dy_pred" = "grad(a2[0])"
"dL_dw2" = "grad(W2[0, 0])"
"dL_db2" = "grad(b2[0])"
"dL_dw1" = "grad(W1[0, 0])"
"dL_db1" = "grad(b1[0])"
''',
    # the chain-rule lesson: x the input, target the target, h = w1 x, y = w2 h the output, L = (y - target)^2;
    # dL_dy, dL_dh, dL_dw1, dL_dw2 the loss's derivatives, dy_dw2, dy_dh, dh_dw1 the local derivatives the
    # function names (written as what they are: h, w2, x)
    "b181_cr": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"target" = "y[0]"
"h" = "a1[0]"
"y" = "a2[0]"
"w1" = "W1[0, 0]"
"w2" = "W2[0, 0]"
"dL_dy" = "grad(a2[0])"
"dL_dh" = "grad(a1[0])"
"dL_dw1" = "grad(W1[0, 0])"
"dL_dw2" = "grad(W2[0, 0])"
"dy_dw2" = "a1[0]"
"dy_dh" = "W2[0, 0]"
"dh_dw1" = "x[0]"
''',
})

NETWORKS.update({
    # the MATLAB DNN class (stored file 37048598178): the sample a column, W1, W2, W3 output-first with biases, two
    # ReLU hidden layers (h1, h2), a linear output y_pred, loss = mean((y_pred - y).^2), the squared error's mean
    # (one output here); hiddenSize 3, 2-3-3-1 here
    "b181_dn": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                       'units = 1\nactivation = "identity"', loss="mean_squared_error"),
    # the Spanish calculus module's SimpleNeuralNet (stored file 25695107808, its section 4.3): z1 = W1 x + b1, sigmoid
    # layers, L = (output - y)^2 (the demo's loss; its docstring's "MSE" over one output), W1, W2 output-first;
    # input_size 2, hidden_size 4, output_size 1, learning_rate 0.5 (its numbers)
    "b181_es": problem_text('inputs = 2\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="squared_error", extra=_rate(0.5)),
})

NOTATIONS.update({
    # the MATLAB DNN class: y_pred_data the output, y_data the target, h1, h2 the hidden layers' outputs (columns),
    # obj.theta.W1 ... obj.theta.W3 the weights (output-first), dL_dy, dL_dh2, dL_dh1 the loss's derivatives by the
    # output and the hidden outputs, dL_dW3 ... dL_db1 by the parameters (their names say by what)
    "b181_dn": r'''
[notation]
[notation.symbols]
"y_pred_data" = "a3[:]"
"y_data" = "y[:]"
"h1" = "a1[:]"
"h2" = "a2[:]"
"obj.theta.W2" = "W2[:, :]"
"obj.theta.W3" = "W3[:, :]"
"dL_dy" = "grad(a3[:])"
"dL_dh2" = "grad(a2[:])"
"dL_dh1" = "grad(a1[:])"
"dL_dW3" = "grad(W3[:, :])"
"dL_db3" = "grad(b3[:])"
"dL_dW2" = "grad(W2[:, :])"
"dL_db2" = "grad(b2[:])"
"dL_db1" = "grad(b1[:])"
''',
    # the Spanish SimpleNeuralNet: x the input, y_true the target, a1, a2 the layers' outputs (columns), self.W2 the
    # output weights (output-first), dL_da2 ... dL_db1 the loss's derivatives (the comments' ∂L/∂a₂ ...), da2_dz2 and
    # da1_dz1 the sigmoid's slopes, written of the outputs (sigmoid_derivative(a) = a (1 - a))
    "b181_es": r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"y_true" = "y[:]"
"a1" = "a1[:]"
"a2" = "a2[:]"
"self.W2" = "W2[:, :]"
"dL_da2" = "grad(a2[:])"
"da2_dz2" = "a2[:] * (1 - a2[:])"
"dL_dz2" = "grad(z2[:])"
"dL_dW2" = "grad(W2[:, :])"
"dL_db2" = "grad(b2[:])"
"dL_da1" = "grad(a1[:])"
"da1_dz1" = "a1[:] * (1 - a1[:])"
"dL_dz1" = "grad(z1[:])"
"dL_dW1" = "grad(W1[:, :])"
"dL_db1" = "grad(b1[:])"
''',
})
