"""The networks and notations of batch 157 of the held-out public formulas (tests/public_formulas_batch157.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b157_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Julia module Ch187Backprop (stored file 58715483271): W^l (n_l x n_{l-1}) output-first with biases, sigmoid
    # hidden layers, a linear (identity) output, C = 1/2 ||a^L - y||^2 (its docstring); one hidden layer, 2-3-2 here
    "b157_ch": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # the German Julia port of Higham and Higham's netbp (stored file 9121909323): W2 (2 x 2), W3 (3 x 2), W4 (2 x 3)
    # output-first with biases b2, b3, b4, sigmoid layers (sigma(x, W, b) = 1 ./ (1 .+ exp.(-(W*x+b)))), the cost
    # 0.5 norm(y - a4)^2 per point (half the squared error), eta = 0.05 (its Lernrate): 2-2-3-2 as the file's
    "b157_de": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            'units = 2\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(0.05)),
    # Netlab's mlpbkp.m (stored file 405197243): the rows of samples (x, z), w1 and w2 input-first with biases b1,
    # b2, tanh hidden units (delhid .* (1 - z.*z)), deltas the gradient by the output sums; a linear output under the
    # sum-of-squares error (half the squared error) makes deltas y - t; 2-3-2 here
    "b157_nl": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # the MATLAB script on Mazur's example (stored file 13534285549): theta_1 = [0.15 .21 .35; 0.25 0.3 0.35] and
    # theta_2 = [0.4 0.45 0.55; 0.5 0.55 0.6], their last columns the biases (x_1 = [0.05; 0.1; b1] with b1 = 1,
    # [a_2; b2] with b2 = 1), sigmoid layers, sse = 0.5 err_3' err_3 (half the squared error), y = [0.01; 0.99],
    # alpha = 0.5: the file's numbers (.21 where Mazur's w2 is 0.20, 0.55 for the first output's bias)
    "b157_mz": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.21], [0.25, 0.3]]\n'
                            'biases = [0.35, 0.35]',
                            'units = 2\nactivation = "sigmoid"\nweights = [[0.4, 0.45], [0.5, 0.55]]\n'
                            'biases = [0.55, 0.6]',
                            loss="half_squared_error", extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.5)),
    # the JavaScript Network class on math.js (stored file 23115747952): W (rows x cols = next x previous) output-first
    # with biases b (columns), sigmoid layers, the output's delta (yHat - y) yHat (1 - yHat) (half the squared error),
    # learningRate the train call's; 2-3-2 here, rate 0.1
    "b157_js": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the MATLAB functions NN_BP_1, NN_BP_2 and NN_BP_4 (stored files 4886643796, 5291477944, 5417731100) of one
    # MNIST script: rows of activations (a__l{x,c}), W{c} input-first (Temp = a' * d), sigmoid layers (AF), a cost
    # function whose gradient by the output is passed in (grad_a__L_CF): half the squared error here; 2-3-2 here
    "b157_bp": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Julia NeuralNetwork type (stored file 4581490967): layers [2, 2, 1] by default, sigmoid layers, error_ =
    # a[depth] - y[r] (half the squared error's derivative); the file's bias units (a column of ones, weights of
    # size (in + 1) x (out + 1)) are biases here
    "b157_jm": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Octave script on AHDBase digits (stored file 40852559144): columns of samples (A0 = X_train'), W1, W2, W3
    # output-first with biases, sigmoid layers, cost = 0.5 sum(sum((y_true - y_pred).^2)) / m (half the squared error,
    # m samples: one here), alpha = 0.9; 64-32-16-10 there, 3-4-3-2 here
    "b157_oc": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                            'units = 2\nactivation = "sigmoid"', loss="half_squared_error", extra=_rate(0.9)),
    # the Julia MNIST script (stored file 37134618829): one sample a row (output * w + b), weights[i] (sizes[i] x
    # sizes[i+1]) input-first with biases, sigmoid layers, cost(output, labels) = output - labels (half the squared
    # error's derivative); 784-20-10 there, 2-3-2 here
    "b157_jr": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # Ch187Backprop's docstring: Nielsen's layers, a^0 the input (activations[1] == x), W^l, b^l, z^l, a^l layer l's
    # (output-first, columns), delta^l = dC/dz^l, C the loss, sigma the sigmoid, L the output layer; ' the transpose
    "b157_chd": r'''
[notation]
indices = "l"
loss = ["C"]
functions = { sigma = "sigmoid" }
[notation.symbols]
"delta^{l}" = "delta{l}[:]"
"W^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"z^{l}" = "z{l}[:]"
"a^{l}" = "a{l}[:]"
"a^{0}" = "x[:]"
"y" = "y[:]"
''',
    # Ch187Backprop's backprop, its output layer: activations[end] the output, activations[L] the hidden layer's (L
    # = num_layers(net) = 2, activations[1] the input), yv the target, delta dC/dz of the output layer, grad_b[L] and
    # grad_W[L] the output layer's gradients
    "b157_ch": r'''
[notation]
indices = "pq"
[notation.symbols]
"activations[end]" = "a2[:]"
"activations[L]" = "a1[:]"
"yv" = "y[:]"
"delta" = "delta2[:]"
"grad_b[L]" = "grad(b2[:])"
"grad_W[L]" = "grad(W2[:, :])"
''',
    # the same function's loop over the hidden layers (l = 1, the one hidden layer): delta, once the loop's first line
    # has set it, dC/dz of the hidden layer; activations[l] the input; indices "pq" so that l is literal, as the loop
    # fixes it
    "b157_chh": r'''
[notation]
indices = "pq"
[notation.symbols]
"delta" = "delta1[:]"
"activations[l]" = "x[:]"
"grad_b[l]" = "grad(b1[:])"
"grad_W[l]" = "grad(W1[:, :])"
''',
    # the German netbp port: Higham and Higham's layers counted from the input's 1, so a2, a3, a4 the outputs of the
    # first, second and third layers of weights W2, W3, W4 (biases b2, b3, b4), delta2, delta3, delta4 their sums'
    # gradients; X[:,k] the k-th training point (the input), y[:,k] its target; eta the rate
    "b157_de": r'''
[notation]
indices = "pq"
learning_rate = ["eta"]
[notation.symbols]
"X[:,k]" = "x[:]"
"y[:,k]" = "y[:]"
"a2" = "a1[:]"
"a3" = "a2[:]"
"a4" = "a3[:]"
"W2" = "W1[:, :]"
"W3" = "W2[:, :]"
"W4" = "W3[:, :]"
"b2" = "b1[:]"
"b3" = "b2[:]"
"b4" = "b3[:]"
"delta2" = "delta1[:]"
"delta3" = "delta2[:]"
"delta4" = "delta3[:]"
''',
    # Netlab's mlpbkp, its second layer and the first delhid: x the input (a row), z the hidden units' outputs (a
    # row), deltas the gradient by the output sums (the help text's), net.w2 input-first, gw2 and gb2 the second
    # layer's gradients, delhid = deltas*net.w2' the gradient by the hidden outputs (before the line that multiplies
    # it by tanh's slope)
    "b157_nl": r'''
[notation]
indices = "pq"
[notation.symbols]
"x" = "x[:].T"
"z" = "a1[:].T"
"deltas" = "grad(z2[:]).T"
"net.w2" = "W2[:, :].T"
"gw2" = "grad(W2[:, :]).T"
"gb2" = "grad(b2[:]).T"
"delhid" = "grad(a1[:]).T"
''',
    # the same function's first layer: delhid, once delhid = delhid.*(1.0 - z.*z) has run, the gradient by the hidden
    # sums; gw1 and gb1 the first layer's gradients
    "b157_nlh": r'''
[notation]
indices = "pq"
[notation.symbols]
"x" = "x[:].T"
"z" = "a1[:].T"
"delhid" = "grad(z1[:]).T"
"gw1" = "grad(W1[:, :]).T"
"gb1" = "grad(b1[:]).T"
''',
    # the Mazur MATLAB script: a_2, a_3 the hidden and output units' outputs (columns), y the target, err_3 = a_3 - y
    # (dsse/da_3), dgz_3 and dgz_2 the sigmoid's slopes, delta_3 and delta_2 the sums' gradients, err_2 the gradient
    # by the hidden outputs, sse(i) the loss at iteration i; indices "pq" so that i is literal. theta_2(:,1:end-1),
    # theta_2 without its bias column (W2), is no pattern the loader takes ("an array section in parentheses ... write
    # any other row's or column's entries with their indices"), and theta_2 whole holds the biases: left unnamed
    "b157_mz": r'''
[notation]
indices = "pq"
loss = ["sse"]
[notation.symbols]
"a_2" = "a1[:]"
"a_3" = "a2[:]"
"y" = "y[:]"
"err_3" = "a2[:] - y[:]"
"dgz_3" = "a2[:]*(1 - a2[:])"
"delta_3" = "delta2[:]"
"err_2" = "grad(a1[:])"
"dgz_2" = "a1[:]*(1 - a1[:])"
"delta_2" = "delta1[:]"
''',
    # the JavaScript updateWeights, its loop at layerIndex = 1 (L = numLayers - 1 = 2, so the only pass): delta =
    # this.deltas[1] the hidden layer's dE/dz, a_prev = this.a[0] the input, dW and db that layer's gradients,
    # this.weights[layerIndex - 1] and this.biases[layerIndex - 1] the first layer's weights and biases
    "b157_js": r'''
[notation]
indices = "pq"
learning_rate = ["learningRate"]
[notation.symbols]
"delta" = "delta1[:]"
"a_prev" = "x[:]"
"dW" = "grad(W1[:, :])"
"db" = "grad(b1[:])"
"this.weights[layerIndex - 1]" = "W1[:, :]"
"this.biases[layerIndex - 1]" = "b1[:]"
''',
    # NN_BP_1 (the output layer): d__L the output layer's delta (a row), grad_a__L_CF the cost's gradient by the
    # output (a row), AF_Prime_L the activation's slope at the output sums (a row)
    "b157_b1": r'''
[notation]
indices = "pq"
[notation.symbols]
"d__L" = "delta2[:].T"
"grad_a__L_CF" = "grad(a2[:]).T"
"AF_Prime_L" = "(a2[:]*(1 - a2[:])).T"
''',
    # NN_BP_2 at the hidden layer: d__l its delta (a row), d__lp1 the next layer's (the output's), w__lp1 the next
    # layer's weights W{c+1} (input-first), AF_Prime_l the activation's slope at the hidden sums (a row)
    "b157_b2": r'''
[notation]
indices = "pq"
[notation.symbols]
"d__l" = "delta1[:].T"
"d__lp1" = "delta2[:].T"
"w__lp1" = "W2[:, :].T"
"AF_Prime_l" = "(a1[:]*(1 - a1[:])).T"
''',
    # NN_BP_4 at the output layer, as the script calls it (a__l{x,c-1}' * d__l{x,c}): a_k_lm1 the hidden outputs (a
    # column), d_j_l the output layer's delta (a row), dCbydw_jk_l the gradient of the input-first W{c}
    "b157_b4": r'''
[notation]
indices = "pq"
[notation.symbols]
"a_k_lm1" = "a1[:]"
"d_j_l" = "delta2[:].T"
"dCbydw_jk_l" = "grad(W2[:, :]).T"
''',
    # the Julia NeuralNetwork's train!: a[depth] the output (depth = 3 layers), y[r] the r-th sample's target,
    # error_ = a[depth] - y[r], delta[depth] the output's delta (dE/dz: the update subtracts a_temp * del');
    # sigmoid_prime(x) = sigmoid(x) (1 - sigmoid(x)), of what it is given
    "b157_jm": r'''
[notation]
indices = "pq"
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"a[depth]" = "a2[:]"
"y[r]" = "y[0]"
"error_" = "a2[:] - y[:]"
"delta[depth]" = "delta2[:]"
''',
    # the Octave script: A0 the input, A1, A2, A3 the layers' outputs (y_pred = A3), y_true the target, W1 ... b3, delta1
    # ... delta3 the sums' gradients, dW1 ... db3 the gradients, m the number of samples (one here), alpha the rate,
    # cost the loss; sigmoid_prime(z) = z .* (1 - z), the slope written of the output
    "b157_oc": r'''
[notation]
learning_rate = ["alpha"]
loss = ["cost"]
functions = { sigmoid_prime = "sigmoid' at output" }
[notation.symbols]
"A0" = "x[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"A3" = "a3[:]"
"y_pred" = "a3[:]"
"y_true" = "y[:]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"W3" = "W3[:, :]"
"b1" = "b1[:]"
"b2" = "b2[:]"
"b3" = "b3[:]"
"delta1" = "delta1[:]"
"delta2" = "delta2[:]"
"delta3" = "delta3[:]"
"dW1" = "grad(W1[:, :])"
"dW2" = "grad(W2[:, :])"
"dW3" = "grad(W3[:, :])"
"db1" = "grad(b1[:])"
"db2" = "grad(b2[:])"
"db3" = "grad(b3[:])"
"m" = "1"
''',
    # the Julia MNIST backprop, its output layer: rows (the feedforward's output * w + b), zs[length(zs)] the output
    # sums, activations[length(activations)-1] the hidden outputs, sp the sigmoid's slope at the output sums, δ the
    # output's delta (a column, vec'd); ∇b and ∇w the gradients (∇w input-first, as network.weights), which the loader
    # does not take as patterns ("∇b[length(∇b)]": "is not one symbol"), so, as batch 124's table for nn.∇b[i], the
    # table names the arrays they are the gradients of, b[length(∇b)] and w[length(∇w)], and leaves ∇ to the reader
    "b157_jr": r'''
[notation]
indices = "pq"
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"zs[length(zs)]" = "z2[:].T"
"sp" = "(a2[:]*(1 - a2[:])).T"
"δ" = "delta2[:]"
"activations[length(activations)-1]" = "a1[:].T"
"b[length(∇b)]" = "b2[:]"
"w[length(∇w)]" = "W2[:, :].T"
''',
    # the same function's loop (l = 1, the one hidden layer): z = zs[length(zs)-1] the hidden sums (a row), sp their
    # slope, δ the hidden layer's delta once the loop's δ lines have run, activations[length(activations)-l-1] the
    # input (a row); b[length(∇b)-l] and w[length(∇w)-l] the first layer's biases and weights, as above
    "b157_jrh": r'''
[notation]
indices = "pq"
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"z" = "z1[:].T"
"sp" = "(a1[:]*(1 - a1[:])).T"
"δ" = "delta1[:]"
"activations[length(activations)-l-1]" = "x[:].T"
"b[length(∇b)-l]" = "b1[:]"
"w[length(∇w)-l]" = "W1[:, :].T"
''',
}
