"""The networks and notations of batch 166 of the held-out public formulas (tests/public_formulas_batch166.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b166_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text, data_tables as _data


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Markdown series' Part 8 (stored file 53324326018), its TwoLayerNet: the samples rows (X @ W1 + b1), W1
    # (input_size x hidden_size) and W2 (hidden_size x num_classes) input-first with biases b1, b2 (rows), ReLU
    # hidden units, softmax outputs, the cross-entropy with one-hot targets, the mean over the batch (one sample
    # here); TwoLayerNet(input_size=2, hidden_size=4, num_classes=2, lr=0.5) on XOR: 2-4-2, rate 0.5
    "b166_md": problem_text('inputs = 2\nunits = 4\nactivation = "relu"', 'units = 2\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.5)),
    # the spiral script with two ReLU hidden layers (stored file 22357243639): the samples rows, W (D x h), W2 (h x
    # h), W3 (h x K) input-first with biases b, b2, b3 (rows), ReLU hidden layers, softmax scores with the average
    # cross-entropy (dscores /= num_examples: one sample here); D = 2, K = 3, h = 100 there, 3 here; step_size 1e-0
    "b166_sp": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 3\nactivation = "relu"',
                            'units = 3\nactivation = "softmax"', loss="cross_entropy", extra=_rate(1.0)),
    # the Chinese notes on Karpathy's makemore part 4 (stored file 59083427319): the samples rows, h = tanh(hpreact)
    # the hidden outputs, logits = h @ W2 + b2 (W2 (64 x 27) input-first, b2 1-D), softmax with the cross-entropy
    # (dlogits /= n: one sample here); the layers below hpreact (the embedding and BatchNorm) hold no line taken, so
    # hpreact is the hidden sums here: 3-4-3 with tanh hidden units (30-64-27 there); no update taken (rate 0.1)
    "b166_kz": problem_text('inputs = 3\nunits = 4\nactivation = "tanh"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.1)),
    # the autograd concept page's "Backprop by hand for a 2-layer net, checked against autograd" (stored file
    # 70498202044): x (8 x 3) rows, W1 (3 x 4), W2 (4 x 1) input-first, no biases, h = tanh(x @ W1), out = h @ W2 (a
    # linear output), loss ((h @ W2 - y) ** 2).mean() (one sample and one output here: the squared error); 3-4-1 as
    # the page's shapes; no update (rate 0.1)
    "b166_ag": problem_text('inputs = 3\nunits = 4\nactivation = "tanh"\nbias = "none"',
                            'units = 1\nactivation = "identity"\nbias = "none"', loss="mean_squared_error",
                            extra=_rate(0.1)),
    # the Korean section 3.3 (stored file 27177182108): logits z, y_hat = softmax(z), L = -sum_k y_k log(y_hat_k)
    # with y one-hot; its example's z = [2.0, 1.0, 0.1] and y = [1, 0, 0], written here as one softmax layer on the
    # input x = 1 with weights [2.0, 1.0, 0.1] and no bias (its numbers: y_hat = [0.6590, 0.2424, 0.0986])
    "b166_ko": problem_text('inputs = 1\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                            'weights = [[2.0], [1.0], [0.1]]',
                            loss="cross_entropy", extra=_data("[1.0]", "[1.0, 0.0, 0.0]", 0.1)),
    # the traffic-sign assignment's FCNetwork (stored file 55467251172): x a column (one sample), W1 (hidden x input)
    # and W2 (output x hidden) output-first with biases b1, b2, ReLU hidden units, softmax outputs, the
    # cross-entropy -log(probs[label]); LEARNING_RATE 0.01; 10-64-10 there, 3-4-3 here
    "b166_fc": problem_text('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 3\nactivation = "softmax"',
                            loss="cross_entropy", extra=_rate(0.01)),
    # the Markdown solutions' Exercise 4.1 (stored file 4042751848): softmax outputs y_hat = [0.3, 0.7] and the
    # one-hot y = [0, 1] under the cross-entropy, written here as one softmax layer on the input x = 1 whose logits
    # are [0, ln(7/3)] (no bias), so that its outputs are the page's [0.3, 0.7]; no update (rate 0.1)
    "b166_so": problem_text('inputs = 1\nunits = 2\nactivation = "softmax"\nbias = "none"\n'
                            'weights = [[0.0], [0.8472978603872037]]',
                            loss="cross_entropy", extra=_data("[1.0]", "[0.0, 1.0]", 0.1)),
    # the iris softmax-regression script (stored file 66683369386): the samples rows, W (p x C) input-first, b
    # (length C), softmax probabilities P, the mean cross-entropy (one sample here) with lambda ||W||^2, lambda
    # taken as 0 (the problem file has no penalty; --lam is an option); p = 4, C = 3; --eta 0.5 by default
    "b166_ir": problem_text('inputs = 4\nunits = 3\nactivation = "softmax"', loss="cross_entropy",
                            extra=_rate(0.5)),
    # nnscope's plain-arrays example (stored file 71562781588): the samples rows, W1 (2 x H) and W2 (H x 1)
    # input-first with biases b1, b2, tanh hidden units, y = h @ W2 + b2 a linear output, the mean squared error
    # against the targets t (one sample here); H = 32 there, 3 here; lr 0.1
    "b166_ns": problem_text('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                            loss="mean_squared_error", extra=_rate(0.1)),
    # the Polish softmax-regression script (stored file 424800449): the samples rows (Xb @ W), W (D x K)
    # input-first with no bias of its own (a column of ones in X, not kept), softmax with the mean cross-entropy
    # (one sample here); K = 3, D = 3 here; lr 0.05
    "b166_pl": problem_text('inputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"', loss="cross_entropy",
                            extra=_rate(0.05)),
}

NOTATIONS = {
    # Part 8: X the input (a row), Z1, A1, Z2, A2 the layers' rows, Y_onehot and y_true_onehot the one-hot target,
    # W1, W2 input-first (W1 added after the first blind run, which refused ∂L/∂W1 for want of it), d L/d (name)
    # the loss's derivatives (the arrows' words comments), batch_size and m the number of samples (one here), dZ2
    # the output sums' gradient (Ng's d name), self.W1 the weights, grads['dW1'] their gradient, self.lr the rate;
    # relu_derivative(z) = (z > 0), of the sums
    "b166_md": r'''
[notation]
learning_rate = ["self.lr"]
functions = { relu_derivative = "relu' at input" }
[notation.symbols]
"X" = "x[:].T"
"Z1" = "z1[:].T"
"A1" = "a1[:].T"
"Z2" = "z2[:].T"
"A2" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"Y_onehot" = "t[:].T"
"y_true_onehot" = "t[:].T"
"batch_size" = "1"
"m" = "1"
"dZ2" = "grad(z2[:]).T"
"self.W1" = "W1[:, :].T"
"grads['dW1']" = "grad(W1[:, :]).T"
''',
    # the spiral script: X the input (a row), hidden_layer1 and hidden_layer2 the hidden layers' outputs, dscores the
    # scores' gradient (probs less 1 at the label, over num_examples), dhidden2 and dhidden1 the hidden sums'
    # gradients (once the ReLU's mask is applied, the line after), dW3 ... db the gradients (rows), W and b the
    # first layer's
    "b166_sp": r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"hidden_layer1" = "a1[:].T"
"hidden_layer2" = "a2[:].T"
"dscores" = "grad(z3[:]).T"
"dhidden2" = "grad(z2[:]).T"
"dhidden1" = "grad(z1[:]).T"
"dW3" = "grad(W3[:, :]).T"
"db3" = "grad(b3[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
"dW" = "grad(W1[:, :]).T"
"db" = "grad(b1[:]).T"
''',
    # the makemore notes: h the hidden outputs (a row), hpreact the hidden sums, logits the output sums, W2
    # input-first, dlogits ... dhpreact the loss's gradients (Karpathy's d names: dh = dloss/dh), db2 1-D
    "b166_kz": r'''
[notation]
[notation.symbols]
"h" = "a1[:].T"
"hpreact" = "z1[:].T"
"logits" = "z2[:].T"
"W2" = "W2[:, :].T"
"dlogits" = "grad(z2[:]).T"
"dh" = "grad(a1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:])"
"dhpreact" = "grad(z1[:]).T"
''',
    # the autograd page: x the input (a row), y the target, a = x @ W1 the hidden sums, h their tanh, out the
    # output, W1, W2 input-first, d_out = dL/d_out (its comment), d_h, d_a the loss's gradients by h and a, dW2, dW1
    # the weights'; out.numel() the number of outputs' entries (one here)
    "b166_ag": r'''
[notation]
[notation.symbols]
"x" = "x[:].T"
"y" = "y[:].T"
"a" = "z1[:].T"
"h" = "a1[:].T"
"out" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"d_out" = "grad(a2[:]).T"
"d_h" = "grad(a1[:]).T"
"d_a" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
"dW1" = "grad(W1[:, :]).T"
"out.numel()" = "1"
''',
    # the Korean section: k, i, j the classes (counted from 1), z_k the logits, y_hat_k the softmax outputs, y_k the
    # one-hot target's entries, z, y_hat, y the vectors, N the batch's size (one here), L the cross-entropy; the
    # printed output's y_hat with a subscript 0 the first class's probability
    "b166_ko": r'''
[notation]
indices = "kij"
[notation.symbols]
"z" = "z1[:]"
"\\hat{y}" = "a1[:]"
"y" = "t[:]"
"z_{k}" = "z1[k-1]"
"\\hat{y}_{k}" = "a1[k-1]"
"y_{k}" = "t[k-1]"
"N" = "1"
"ŷ₀" = "a1[0]"
''',
    # the FCNetwork: self.x the input (a column), self.z1 and self.a1 the hidden sums and outputs, self.W1, self.W2
    # output-first, self.b2 the output biases, dz2 ... db1 the loss's gradients (dz2 = probs less 1 at the label),
    # da1 = dL/d a1, self.lr the rate
    "b166_fc": r'''
[notation]
learning_rate = ["self.lr"]
[notation.symbols]
"self.x" = "x[:]"
"self.z1" = "z1[:]"
"self.a1" = "a1[:]"
"self.W1" = "W1[:, :]"
"self.W2" = "W2[:, :]"
"self.b2" = "b2[:]"
"dz2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"da1" = "grad(a1[:])"
"dz1" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
''',
    # the solutions' Exercise 4.1: z the logits, y_hat the softmax outputs, y the one-hot target (vectors), their
    # entries z_i, y_hat_i, y_i counted from 1 (i, k the classes), L the cross-entropy
    "b166_so": r'''
[notation]
indices = "ik"
[notation.symbols]
"z" = "z1[:]"
"\\hat{y}" = "a1[:]"
"y" = "t[:]"
"z_{i}" = "z1[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
"y_{i}" = "t[i-1]"
''',
    # the iris script: X the input (a row), Y the one-hot target, P the probabilities, z the scores, W input-first,
    # b the biases, N the number of samples (one here), lambda and lam the L2 term's weight (0 here), eta the rate,
    # error = dL/dz (its comment), grad_W and grad_b the gradients
    "b166_ir": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"X" = "x[:].T"
"Y" = "t[:].T"
"P" = "a1[:].T"
"z" = "z1[:].T"
"W" = "W1[:, :].T"
"b" = "b1[:].T"
"N" = "1"
"lambda" = "0"
"lam" = "0"
"error" = "grad(z1[:]).T"
"grad_W" = "grad(W1[:, :]).T"
"grad_b" = "grad(b1[:])"
''',
    # nnscope's example: x the input (a row), t the TARGET and y the OUTPUT (y = h @ W2 + b2), z1 the hidden sums, h
    # their tanh, W1, W2 input-first, b1, b2 1-D, dz2 ... db1 the loss's gradients (dz2 = dL/dy, its comment:
    # the output is linear), len(x) the batch's size (one here), lr the rate
    "b166_ns": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:].T"
"t" = "y[:].T"
"y" = "a2[:].T"
"z1" = "z1[:].T"
"h" = "a1[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:]"
"b2" = "b2[:]"
"dz2" = "grad(z2[:]).T"
"dW2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:])"
"dz1" = "grad(z1[:]).T"
"dW1" = "grad(W1[:, :]).T"
"db1" = "grad(b1[:])"
"len(x)" = "1"
''',
    # the Polish script: Xb the input (a row of the mini-batch), Yb the one-hot target, Z the logits, P the
    # probabilities, W input-first, grad the weights' gradient, Xb.shape[0] the batch's size (one here), lr the rate
    "b166_pl": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"Xb" = "x[:].T"
"Yb" = "t[:].T"
"Z" = "z1[:].T"
"P" = "a1[:].T"
"W" = "W1[:, :].T"
"grad" = "grad(W1[:, :]).T"
"Xb.shape[0]" = "1"
''',
}
