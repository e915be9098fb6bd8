"""The networks and notations of batch 176 of the held-out public formulas (tests/public_formulas_batch176.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b176_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged. A framework's layer class is generic: its backward is read for one instance of it
in the network (said above each notation), and a page whose classes name one word (grad_output, self.input)
differently in each class has one notation per class.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # pytorch_cookbook's chapter3_2_extend_autograd.py (stored file 29424567625): two custom autograd Functions,
    # MultiplyAdd (output = w * x + b) and Sigmoid, chained here as one sigmoid unit of one input; the file names no
    # loss, half the squared error here, the rate 0.1
    "b176_pc": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # Neural_Network_Library's lib/layers.py (stored file 25758096806): a Dense layer (output = x W + b, the samples
    # rows, W input_size x output_size, input-first); a network of two Dense layers with a ReLU between and a linear
    # output under the mean squared error here, 2-3-1, the rate 0.1
    "b176_sd": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                       loss="mean_squared_error"),
    # Week_2-CyArt's Task1/model.py (stored file 1375042947): Dense (input-first, the samples rows), ReLU, Sigmoid,
    # MSELoss (np.mean of the squares: one sample and one output here, the squared error's mean) and SGD(lr=0.01);
    # Dense -> ReLU -> Dense -> Sigmoid here, 2-3-1
    "b176_sh": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                            loss="mean_squared_error", extra=_rate(0.01)),
    # Circus_ANN_Platform's activations/relu.py (stored file 19005337369): three activation layers, JugglerReLU (its
    # mask x > 0 kept by forward), JugglerSigmoid and JugglerTanh (their outputs kept as self.out); a network using
    # all three here, ReLU, tanh, then a sigmoid output under half the squared error, 2-3-2-1, no loss in the file
    "b176_jg": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "tanh"',
                       'units = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # nlp-xu's pytorch/linear.py (stored file 46737345952, commented in Chinese): PyTorch's LinearFunction example
    # (output = input weight^T + bias, the samples rows, weight output-first as nn.Linear's); its first layer here, of
    # a tanh hidden layer and softmax outputs under the cross-entropy, 2-3-2
    "b176_jx": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 2\nactivation = "softmax"',
                       loss="cross_entropy"),
    # culture_network_0's liner_regression_2.py (stored file 13800593754, commented in Chinese): the same
    # LinearFunction with .mm; its output layer here, a linear output (the file's regression) after sigmoid hidden
    # units, half the squared error, 3-4-2
    "b176_dk": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "identity"',
                       loss="half_squared_error"),
    # a small framework script (stored file 7814244296): Mynet = Sequence(Linear(2, 100), Relu(), Linear(100, 1)) with
    # MSE (np.sum(np.square(pred - label) / 2.0): half the squared error) and SGD(lr=0.0001); the samples rows, Linear's
    # weight inplans x outplans (input-first); 2-3-1 here
    "b176_fw": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_rate(0.0001)),
    # the same script's Sigmoid class (used by no network of the file): a sigmoid hidden layer in its place, 2-3-1
    "b176_fw_sig": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                                loss="half_squared_error", extra=_rate(0.0001)),
    # dl_from_scratch's activation layers (stored file 576641378): ReLU and Sigmoid with backward(grad); a ReLU
    # hidden layer and a sigmoid output under the binary cross-entropy here, 2-3-1 (the samples rows)
    "b176_dl": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # "Backpropagation — Step by Step" (stored file 44350466633): x -> [Linear -> ReLU] -> [Linear -> Sigmoid] -> BCE,
    # one unit each; x = 2.0, y_true = 1.0, w1 = 0.5, b1 = 0.1, w2 = -0.3, b2 = 0.2, lr = 0.1 (its numbers)
    "b176_bs": problem_text('inputs = 1\nunits = 1\nactivation = "relu"\nweights = [[0.5]]\nbiases = [0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[-0.3]]\nbiases = [0.2]',
                            loss="binary_cross_entropy", extra=_data("[2.0]", "[1.0]", 0.1)),
    # a Markdown lesson "# Backpropagation" (stored file 5974287655), its 2-layer derivation: z^{[1]} = W^{[1]} x +
    # b^{[1]}, a^{[1]} = sigma(z^{[1]}) (the sigmoid), one sigmoid output, the binary cross-entropy; the columns
    # (W^{[l]} output-first), B the batch's size (one here), eta the rate; 2-3-1 here
    "b176_bl": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # x-ai's 15_autograd/01_func.py (stored file 3447183558): a custom Function line, y = w*x + b entry by entry; one
    # linear unit of one input here under half the squared error (the file backpropagates ones: its loss the sum)
    "b176_jt": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
}

NOTATIONS = {
    # the cookbook's MultiplyAdd: w, x, b the unit's weight, input and bias, output = w x + b its sum, grad_output
    # dL/d(output) handed to backward, grad_w, grad_x, grad_b the gradients it returns
    "b176_pc_ma": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"output" = "z1[0]"
"grad_output" = "grad(z1[0])"
"grad_w" = "grad(W1[0, 0])"
"grad_x" = "grad(x[0])"
"grad_b" = "grad(b1[0])"
''',
    # the cookbook's Sigmoid: x its input (the sum), output the sigmoid of it, grad_output dL/d(output), grad_x
    # dL/dx the gradient it returns
    "b176_pc_sg": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
"output" = "a1[0]"
"grad_output" = "grad(a1[0])"
"grad_x" = "grad(z1[0])"
''',
    # the Dense layer as the hidden layer: self.x its input (a row), self.W, self.b its weights (input-first) and
    # biases (a row), grad_output dL/d(its output) (a row), self.dW, self.db their gradients
    "b176_sd": r'''
[notation]
[notation.symbols]
"self.x" = "x[:].T"
"self.W" = "W1[:, :].T"
"self.b" = "b1[:].T"
"grad_output" = "grad(z1[:]).T"
"self.dW" = "grad(W1[:, :]).T"
"self.db" = "grad(b1[:]).T"
''',
    # model.py's Dense as the output layer: self.input its input (the hidden outputs, a row), self.weights and
    # self.biases (input-first, a row), grad_output dL/d(its output), self.grad_weights and self.grad_biases their
    # gradients, lr the rate
    "b176_sh_dense": r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"self.input" = "a1[:].T"
"self.weights" = "W2[:, :].T"
"self.biases" = "b2[:].T"
"grad_output" = "grad(z2[:]).T"
"self.grad_weights" = "grad(W2[:, :]).T"
"self.grad_biases" = "grad(b2[:]).T"
''',
    # model.py's ReLU (the hidden layer's): self.input its input (the sums), grad_output dL/d(its output), backward
    # the gradient it returns, dL/d(its input)
    "b176_sh_relu": r'''
[notation]
[notation.symbols]
"self.input" = "z1[:].T"
"grad_output" = "grad(a1[:]).T"
"backward" = "grad(z1[:]).T"
''',
    # model.py's Sigmoid (the output layer's): self.output its output, grad_output dL/d(its output), backward
    # dL/d(its input)
    "b176_sh_sig": r'''
[notation]
[notation.symbols]
"self.output" = "a2[:].T"
"grad_output" = "grad(a2[:]).T"
"backward" = "grad(z2[:]).T"
''',
    # model.py's MSELoss: self.y_pred the prediction, self.y_true the target (rows, one sample: shape[0] is 1),
    # backward dL/d(prediction)
    "b176_sh_mse": r'''
[notation]
[notation.symbols]
"self.y_pred" = "a2[:].T"
"self.y_true" = "y[:].T"
"self.y_true.shape[0]" = "1"
"backward" = "grad(a2[:]).T"
''',
    # the Juggler layers: JugglerReLU the first layer (self.mask its x > 0, kept by forward), JugglerTanh the second,
    # JugglerSigmoid the output; in each, x its input, self.out its output, grad_output dL/d(its output), backward
    # dL/d(its input)
    "b176_jg_relu": r'''
[notation]
[notation.symbols]
"x" = "z1[:]"
"self.mask" = "Heaviside(z1[:])"
"grad_output" = "grad(a1[:])"
"backward" = "grad(z1[:])"
''',
    "b176_jg_tanh": r'''
[notation]
[notation.symbols]
"x" = "z2[:]"
"self.out" = "a2[:]"
"grad_output" = "grad(a2[:])"
"backward" = "grad(z2[:])"
''',
    "b176_jg_sig": r'''
[notation]
[notation.symbols]
"x" = "z3[:]"
"self.out" = "a3[:]"
"grad_output" = "grad(a3[:])"
"backward" = "grad(z3[:])"
''',
    # nlp-xu's LinearFunction as the first layer: input the inputs (a row), weight W1 (output-first, nn.Linear's),
    # bias b1, grad_output dL/d(its output) (a row), grad_input, grad_weight, grad_bias the gradients it returns
    "b176_jx": r'''
[notation]
[notation.symbols]
"input" = "x[:].T"
"weight" = "W1[:, :]"
"bias" = "b1[:]"
"grad_output" = "grad(z1[:]).T"
"grad_input" = "grad(x[:]).T"
"grad_weight" = "grad(W1[:, :])"
"grad_bias" = "grad(b1[:]).T"
''',
    # culture_network_0's LinearFunction as the output layer: input the hidden outputs (a row), weight W2
    # (output-first), bias b2, grad_output dL/d(its output) (a row), grad_input, grad_weight, grad_bias its gradients
    "b176_dk": r'''
[notation]
[notation.symbols]
"input" = "a1[:].T"
"weight" = "W2[:, :]"
"bias" = "b2[:]"
"grad_output" = "grad(z2[:]).T"
"grad_input" = "grad(a1[:]).T"
"grad_weight" = "grad(W2[:, :])"
"grad_bias" = "grad(b2[:]).T"
''',
    # the framework script's output Linear, MSE and SGD: self.input the Linear's input (the hidden outputs, a row),
    # grad dL/d(its output), self.weight its weights (input-first), self.gradb, self.gradw its gradients (the
    # parameter's, as SGD reads them), pred and label (self.pred, self.label) the prediction and the target,
    # self.loss the loss, self.grad dL/d(prediction), self.lr the rate
    "b176_fw": r'''
[notation]
learning_rate = ["self.lr"]
loss = ["self.loss"]
[notation.symbols]
"self.input" = "a1[:].T"
"grad" = "grad(z2[:]).T"
"self.weight" = "W2[:, :].T"
"self.gradb" = "grad(b2[:]).T"
"self.gradw" = "grad(W2[:, :]).T"
"pred" = "a2[:].T"
"label" = "y[:].T"
"self.pred" = "a2[:].T"
"self.label" = "y[:].T"
"self.grad" = "grad(a2[:]).T"
"parameter.weight" = "W2[:, :].T"
"parameter.gradw" = "grad(W2[:, :]).T"
"parameter.bias" = "b2[:].T"
"parameter.gradb" = "grad(b2[:]).T"
''',
    # the framework script's Sigmoid as a hidden layer: self.input its input (forward keeps x before the sigmoid),
    # grad dL/d(its output) handed to backward
    "b176_fw_sig": r'''
[notation]
[notation.symbols]
"self.input" = "z1[:].T"
"grad" = "grad(a1[:]).T"
''',
    # dl_from_scratch's ReLU (the hidden layer's): inputs its input, grad dL/d(its output), backward dL/d(its input)
    "b176_dl_relu": r'''
[notation]
[notation.symbols]
"inputs" = "z1[:].T"
"grad" = "grad(a1[:]).T"
"backward" = "grad(z1[:]).T"
''',
    # dl_from_scratch's Sigmoid (the output layer's): inputs its input, self._forward_info["sigmoid"] its output kept
    # by forward, grad dL/d(its output), backward dL/d(its input)
    "b176_dl_sig": r'''
[notation]
[notation.symbols]
"inputs" = "z2[:].T"
"self._forward_info[\"sigmoid\"]" = "a2[:].T"
"grad" = "grad(a2[:]).T"
"backward" = "grad(z2[:]).T"
''',
    # the step-by-step script: x the input, y_true the label, w1, b1, w2, b2 the weights and biases, z1, a1, z2, a2
    # the sums and outputs, dL_da2 ... dL_db1 the loss's derivatives (dL/da2 ...), da2_dz2 the sigmoid's slope a2 (1 -
    # a2) and da1_dz1 the ReLU's, relu_d(z1), as the script computes them
    "b176_bs": r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y_true" = "y[0]"
"w1" = "W1[0, 0]"
"b1" = "b1[0]"
"w2" = "W2[0, 0]"
"b2" = "b2[0]"
"z1" = "z1[0]"
"a1" = "a1[0]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"dL_da2" = "grad(a2[0])"
"da2_dz2" = "a2[0]*(1 - a2[0])"
"dL_dz2" = "grad(z2[0])"
"dL_dw2" = "grad(W2[0, 0])"
"dL_db2" = "grad(b2[0])"
"dL_da1" = "grad(a1[0])"
"da1_dz1" = "Heaviside(z1[0])"
"dL_dz1" = "grad(z1[0])"
"dL_dw1" = "grad(W1[0, 0])"
"dL_db1" = "grad(b1[0])"
''',
    # the Markdown lesson: Ng's layers in square brackets, x the input (a column), y the target, y_hat the output,
    # W^{[l]}, b^{[l]}, z^{[l]}, a^{[l]} layer l's (output-first), delta^{[l]} = dL/dz^{[l]} (the page's "error
    # signal", its definition), n^{[l]} layer l's size, sigma the sigmoid, eta the rate, \mathcal{L} the loss (the
    # page's name, declared after the first blind run: see the batch's docstring); for its batch formula Delta^{[l]}
    # the rows of delta^{[l]} and A^{[l]} the rows of a^{[l]} (A^{[0]} the inputs), B the batch's size
    "b176_bl": r'''
[notation]
indices = "l"
loss = ["\\mathcal{L}"]
[notation.symbols]
"x" = "x[:]"
"y" = "y[0]"
"\\hat{y}" = "a2[0]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"\\delta^{[l]}" = "grad(z{l}[:])"
"\\Delta^{[l]}" = "grad(z{l}[:]).T"
"A^{[0]}" = "x[:].T"
"A^{[l]}" = "a{l}[:].T"
"n^{[0]}" = "2"
"n^{[1]}" = "3"
"B" = "1"
''',
    # the line Function: w, x, b the unit's weight, input and bias, grad_out dL/d(its output), grad_w, grad_x, grad_b
    # the gradients it returns
    "b176_jt": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
"grad_out" = "grad(z1[0])"
"grad_w" = "grad(W1[0, 0])"
"grad_x" = "grad(x[0])"
"grad_b" = "grad(b1[0])"
''',
}
