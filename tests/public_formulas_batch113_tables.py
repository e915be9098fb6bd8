"""The networks and notations of batch 113 of the held-out public formulas (tests/public_formulas_batch113.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b113_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# Nielsen's network2.py (CrossEntropyCost, sigmoid layers) and network.py (the quadratic cost), as the two GitHub
# threads on them quote them: two inputs, three sigmoid hidden units, one sigmoid output here
_NN_HIDDEN = 'inputs = 2\nunits = 3\nactivation = "sigmoid"'
_NN_OUTPUT = 'units = 1\nactivation = "sigmoid"'

NETWORKS = {
    # the Chinese notes on a two-layer MLP (liu-gong-zi.com): 3 inputs, 2 sigmoid hidden units, 1 sigmoid output,
    # W1 = [[0.2, -0.5, 0.1], [-0.3, 0.4, 0.2]], b1 = [0.3, -0.1], W2 = [[0.5, 0.2]], b2 = 0.1, x = (2, 3, -1),
    # y = 1 (the page's numbers); its loss "均方误差" (the mean squared error) taken as half the squared error
    # (none of the batch's entries depends on it), its learning rate not in the part copied (0.1 here)
    "b113_lg": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\n'
                            'weights = [[0.2, -0.5, 0.1], [-0.3, 0.4, 0.2]]\nbiases = [0.3, -0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.2]]\nbiases = [0.1]',
                            loss="half_squared_error", extra=_data("[2.0, 3.0, -1.0]", "[1.0]", 0.1)),
    # the Chinese translation of Victor Zhou's introduction (flashgene.com): 2 inputs, hidden h1, h2 and output o1,
    # sigmoid neurons whose weights are all [0, 1] and biases 0, x = [2, 3]; mse_loss, the squared error of one
    # sample, y = 1 (Alice's label, the data set's first row), learn_rate = 0.1
    "b113_fg": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.0, 1.0], [0.0, 1.0]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.0, 1.0]]\nbiases = [0.0]',
                            loss="squared_error", extra=_data("[2.0, 3.0]", "[1.0]", 0.1)),
    # codacat's Chinese post: "a Neural network of only two layers", a row a of inputs times W' and the sigmoid;
    # three inputs and two sigmoid outputs here, no bias (the post writes none), half the squared error
    "b113_cc": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the Stack Overflow question "XOR gate with backpropagation": 2 inputs, 2 sigmoid hidden neurons, 1 sigmoid
    # output, no biases; w0 = [[.9, .1], [.3, .5]] with w0[i, j] from input i to hidden j (W1 = w0 transposed),
    # w1 = [.8, .7]; the first row X[0] = [1, 1] with y = 0; dey0 = -(y - y0), half the squared error
    "b113_so": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                            'weights = [[0.9, 0.3], [0.1, 0.5]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8, 0.7]]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.0]", 0.1)),
    # lazyprogrammer's facial-expression-recognition ann.py: rows X, Z = tanh(X W1 + b1), pY the softmax of
    # Z W2 + b2, the cross-entropy with one-hot T, pY_T = pY - T; 2 inputs, 3 hidden units and 3 classes here
    "b113_lp": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # Saito's two_layer_net.py (deep-learning-from-scratch): rows x, a1 = x W1 + b1, z1 = sigmoid(a1),
    # y = softmax(z1 W2 + b2), the cross-entropy; dy = (y - t) / batch_num with one sample; 2 inputs, 3 hidden
    # units, 2 classes here
    "b113_oj": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # nicodjimenez's lstm issue on tanh's derivative: a tanh unit, the first hidden unit of a 2-2-1 network here
    "b113_nl": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # neural2d (davidrmiller) with its TanH transfer function in every layer (the XOR experiment): 2-2-1
    "b113_n2": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                       loss="half_squared_error"),
    # Nielsen's network2.py: sigmoid layers and the CrossEntropyCost (for one output, the binary cross-entropy),
    # whose delta(z, a, y) is a - y
    "b113_nn2": _layers(_NN_HIDDEN, _NN_OUTPUT, loss="binary_cross_entropy"),
    # Nielsen's network.py: the same layers with the quadratic cost, cost_derivative = output_activations - y
    "b113_nn1": _layers(_NN_HIDDEN, _NN_OUTPUT, loss="half_squared_error"),
    # Ng's L-layer network as SkalskiP's numpy network and Kulbear's course-1 solutions write it: ReLU hidden
    # layers, a sigmoid output, the binary cross-entropy averaged over m examples (one here); samples as columns;
    # 2 inputs, 3 hidden units, 1 output, the output layer the "current" one
    "b113_ng": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # the Taiwanese post on the derivatives of a network (796t.com): z = W a + b, delta = dL/dz; a sigmoid hidden
    # layer and a softmax output with the cross-entropy (the post's later sections), 2-3-2 here
    "b113_7t": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # gophernet (dwhitena): the iris network, 4 inputs, 3 sigmoid hidden units, 3 sigmoid outputs, output =
    # sigmoid(outputLayerInput), the error y - output (half the squared error's)
    "b113_gn": _layers('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # jorgenkg's python-neural-network: sigmoid layers, the quadratic cost 0.5 * SUM(target_j - output_j)^2;
    # 2-2-1 here
    "b113_jk": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the Chinese MLP notes: z^{(l)}, a^{(l)}, W^{(l)}, b^{(l)} the layers' sums, outputs and parameters (column
    # vectors, W output-first: z^{(1)} = W^{(1)}x + b^{(1)}), z_j^{(1)} counted from 1, \sigma the sigmoid
    "b113_lg": r'''
[notation]
indices = "j"
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"W^{(1)}" = "W1[:, :]"
"b^{(1)}" = "b1[:]"
"z^{(1)}" = "z1[:]"
"a^{(1)}" = "a1[:]"
"W^{(2)}" = "W2[:, :]"
"b^{(2)}" = "b2[:]"
"z^{(2)}" = "z2[:]"
"a^{(2)}" = "a2[:]"
"z_{j}^{(1)}" = "z1[j-1]"
"a_{j}^{(1)}" = "a1[j-1]"
''',
    # the translated Neuron class and network: self.weights, self.bias the neuron's (h1's, the neuron feedforward
    # is shown for), inputs and x the input [2, 3], total its sum, out_h1 and out_h2 the hidden outputs, which
    # self.h1.feedforward(x) and self.h2.feedforward(x) return
    "b113_fg": r'''
[notation]
indices = "q"
[notation.symbols]
"self.weights" = "W1[0, :]"
"inputs" = "x[:]"
"x" = "x[:]"
"self.bias" = "b1[0]"
"total" = "z1[0]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"self.h1.feedforward(x)" = "a1[0]"
"self.h2.feedforward(x)" = "a1[1]"
''',
    # the same page's comment on its activation function: f the sigmoid it defines, x the sum it is given (h1's)
    "b113_fg_f": r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
''',
    # codacat's post: a the input row, W the weights (one row a unit's, so W' transposed), Z the sums, hx the outputs
    "b113_cc": r'''
[notation]
indices = "q"
[notation.symbols]
"a" = "x[:].T"
"W" = "W1[:, :]"
"Z" = "z1[:].T"
"hx" = "a1[:].T"
''',
    # the Stack Overflow XOR script: X[i] the sample's row, y[i] its label, w0[i, j] from input i to hidden j,
    # w1[j] from hidden j to the output, h0, h1 the hidden outputs, y0 the output, self.sig the sigmoid, dey0 the
    # error's derivative by y0, deW0_ij and deW1_j0 the gradients of w0[i, j] and w1[j]
    "b113_so": r'''
[notation]
indices = "q"
functions = { "self.sig" = "sigmoid" }
[notation.symbols]
"X[i][0]" = "x[0]"
"X[i][1]" = "x[1]"
"y[i]" = "y[0]"
"w0[0,0]" = "W1[0, 0]"
"w0[1,0]" = "W1[0, 1]"
"w0[0,1]" = "W1[1, 0]"
"w0[1,1]" = "W1[1, 1]"
"w1[0]" = "W2[0, 0]"
"w1[1]" = "W2[0, 1]"
"h0" = "a1[0]"
"h1" = "a1[1]"
"y0" = "a2[0]"
"dey0" = "grad(a2[0])"
"deW0_00" = "grad(W1[0, 0])"
"deW0_01" = "grad(W1[1, 0])"
"deW0_10" = "grad(W1[0, 1])"
"deW0_11" = "grad(W1[1, 1])"
"deW1_00" = "grad(W2[0, 0])"
"deW1_10" = "grad(W2[0, 1])"
''',
    # lazyprogrammer's ann.py: X the input row, self.W1, self.W2 input-first, self.b1, Z the hidden outputs (a row),
    # pY_T = pY - T (the softmax's outputs less the one-hot targets), dZ the cost's derivative by the hidden sums
    "b113_lp": r'''
[notation]
indices = "q"
[notation.symbols]
"X" = "x[:].T"
"self.W1" = "W1[:, :].T"
"self.b1" = "b1[:].T"
"Z" = "a1[:].T"
"self.W2" = "W2[:, :].T"
"pY_T" = "a2[:].T - y[:].T"
"dZ" = "delta1[:].T"
''',
    # Saito's two_layer_net.py: x a row, W1, W2 input-first, a1 the hidden sums and z1 their sigmoids (rows), dy
    # the loss's derivative by the output sums, da1 and dz1 (the names the pull request says are swapped) the
    # derivatives by z1 and by a1; sigmoid_grad(x) = (1.0 - sigmoid(x)) * sigmoid(x), the slope at its argument
    "b113_oj": r'''
[notation]
indices = "q"
functions = { sigmoid_grad = "sigmoid' at input" }
[notation.symbols]
"x" = "x[:].T"
"W1" = "W1[:, :].T"
"b1" = "b1[:].T"
"a1" = "z1[:].T"
"z1" = "a1[:].T"
"W2" = "W2[:, :].T"
"dy" = "delta2[:].T"
"da1" = "grad(a1[:]).T"
"dz1" = "delta1[:].T"
''',
    # the lstm issue: x the argument of tanh, the sum of a tanh unit (the first hidden unit here)
    "b113_nl": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # neural2d-core.cpp as the issue quotes it: transferFunctionTanh the tanh, transferFunctionDerivativeTanh its
    # derivative at its argument (as its body computes), x their argument and sum the neuron's weighted sum (the
    # first hidden neuron's), output its output, pMyLayer->tf the layer's transfer function (TanH)
    "b113_n2": r'''
[notation]
functions = { transferFunctionTanh = "tanh", transferFunctionDerivativeTanh = "tanh' at input", "pMyLayer->tf" = "tanh" }
[notation.symbols]
"x" = "z1[0]"
"sum" = "z1[0]"
"output" = "a1[0]"
''',
    # Nielsen's backprop as the threads quote it: zs[-1] and activations[-1] the output layer's sums and outputs,
    # activations[-2] the hidden outputs, y the label, delta the output layer's dC/dz, nabla_b[-1] and nabla_w[-1]
    # the output layer's gradients, sigmoid_prime the sigmoid's slope at its argument
    "b113_nn": r'''
[notation]
indices = "q"
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"zs[-1]" = "z2[:]"
"activations[-1]" = "a2[:]"
"activations[-2]" = "a1[:]"
"y" = "y[:]"
"delta" = "delta2[:]"
"nabla_b[-1]" = "grad(b2[:])"
"nabla_w[-1]" = "grad(W2[:, :])"
''',
    # SkalskiP's single_layer_backward_propagation for the output layer: dZ_curr its dL/dZ, A_prev the previous
    # layer's outputs (a column), dW_curr and db_curr its gradients, m the number of examples (one)
    "b113_sk": r'''
[notation]
indices = "q"
[notation.symbols]
"dZ_curr" = "delta2[:]"
"A_prev" = "a1[:]"
"dW_curr" = "grad(W2[:, :])"
"db_curr" = "grad(b2[:])"
"m" = "1"
''',
    # the course's linear_backward in Kulbear's thread, for the output layer: cache = (A_prev, W, b), so cache[0]
    # the previous layer's outputs and cache[1] the layer's weights; dZ its dL/dZ, dW, db its gradients, dA_prev the
    # loss's derivative by the previous layer's outputs, m the number of examples (one)
    "b113_kb": r'''
[notation]
indices = "q"
[notation.symbols]
"dZ" = "delta2[:]"
"cache[0]" = "a1[:]"
"cache[1]" = "W2[:, :]"
"dW" = "grad(W2[:, :])"
"db" = "grad(b2[:])"
"dA_prev" = "grad(a1[:])"
"m" = "1"
''',
    # the Taiwanese post: \mathbf{z} = \mathbf{W}\mathbf{a} + \mathbf{b} a layer's sums (the output layer's here),
    # \mathbf{a} the previous layer's outputs, \delta = dL/dz, \mathcal{L} the loss
    "b113_7t": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\mathbf{z}" = "z2[:]"
"\\mathbf{W}" = "W2[:, :]"
"\\mathbf{a}" = "a1[:]"
"\\mathbf{b}" = "b2[:]"
"\\delta" = "delta2[:]"
''',
    # gophernet's training code: output the output layer's activations, outputLayerInput its sums
    "b113_gn": r'''
[notation.symbols]
"output" = "a2[:]"
"outputLayerInput" = "z2[:]"
''',
    # jorgenkg's reply: Cost the quadratic cost, output the output neuron's output, delta_j its error (dCost/dz),
    # activation_prime the sigmoid's slope written of the output (the repository's activation functions take it)
    "b113_jk": r'''
[notation]
indices = "q"
loss = ["Cost"]
functions = { activation_prime = "sigmoid' at output" }
[notation.symbols]
"output" = "a2[0]"
"delta_j" = "delta2[0]"
''',
}
