"""The networks and notations of batch 93 of the held-out public formulas (tests/public_formulas_batch93.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b93_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# scidatmath2020's worked example: 3 inputs -> 4 tanh (W_1, b_1) -> one identity output (W_out, b_out)
_SCI_W1 = ('inputs = 3\nunits = 4\nactivation = "tanh"\n'
           'weights = [[0.2, -0.1, 0.0], [-0.3, 0.1, 0.2], [0.0, 0.2, -0.2], [0.1, 0.0, 0.3]]\n'
           'biases = [0.0, 0.1, -0.1, 0.05]')
_SCI_W2 = 'units = 1\nactivation = "identity"\nweights = [[0.1, -0.2, 0.0, 0.3]]\nbiases = [0.05]'

# np.random.seed(1) and np.random.uniform(-1, 1, ...) for w_hidden (2x2, input-first), b_hidden, w_output,
# b_output (ani-tka's Polish notebook), written output-first
_ANI_W1 = "[[-0.16595599, -0.99977125], [0.44064899, -0.39533485]]"
_ANI_W2 = "[[-0.62747958, -0.30887855]]"
# np.random.seed(1); 2*np.random.random((2, 4)) - 1 and 2*np.random.random((4, 1)) - 1 (elifbeyzatok00's
# Turkish notebook, giris_sayisi = 2, hidden_neurons = 4), written output-first
_ELIF_W1 = ("[[-0.16595599, -0.70648822], [0.44064899, -0.81532281], [-0.99977125, -0.62747958], "
            "[-0.39533485, -0.30887855]]")
_ELIF_W2 = "[[-0.20646505, 0.07763347, -0.16161097, 0.370439]]"

NETWORKS = {
    # scidatmath2020's Spanish notebook (C03. Modelo_matematico): the example of 4 clients, client 1 ((1, 0, 1),
    # y = 0.5), whose 21 derivatives the notebook lists; L = (y_1 - y hat_1)^2 / 2, eta = 0.1
    "b93_sci1": problem_text(_SCI_W1, _SCI_W2, loss="half_squared_error",
                             extra=_data("[1.0, 0.0, 1.0]", "[0.5]", 0.1)),
    # the same network at client 3 ((1, 1, 0), y = 0.4), the forward pass the notebook works
    "b93_sci3": problem_text(_SCI_W1, _SCI_W2, loss="half_squared_error",
                             extra=_data("[1.0, 1.0, 0.0]", "[0.4]", 0.1)),
    # ChristophWuersch's German notes (Nielsen's chapter 2): sigmoid layers, the input layer 1 (Nielsen's
    # counting), C = 1/2 sum_j (y_j - a^L_j)^2; 2-3-2 here (the notes leave the sizes general)
    "b93_cw": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # ani-tka's Polish notebook (XOR): x = (0, 1) -> 2 sigmoid (w_hidden, b_hidden) -> one sigmoid output
    # (w_output, b_output), np.random.seed(1), y = 1, learning_rate 0.5; the code's d_output = error *
    # sigmoid_derivative(final_input) with error = y - final_output is half the squared error's
    "b93_ani": problem_text(f'inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = {_ANI_W1}\n'
                            'biases = [-0.70648822, -0.81532281]',
                            f'units = 1\nactivation = "sigmoid"\nweights = {_ANI_W2}\nbiases = [-0.20646505]',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.5)),
    # NorElHoudaSaidouche's French TP (CNAM's): x (784 there, 4 here) -> L sigmoid (W^h, b^h; 100 there, 3 here)
    # -> K softmax (W^y, b^y; 10 there, 3 here), the cross-entropy, batches of t_b (one sample here)
    "b93_nor": _layers('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 3\nactivation = "softmax"',
                       loss="cross_entropy"),
    # Collado1234's Portuguese notebook (Joel Grus' XOR network): 2 inputs -> 2 sigmoid -> one sigmoid output,
    # biases (a constant input 1), L = 1/2 sum (y_i - y hat_i)^2, learning_rate 1.0
    "b93_col": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 1.0\n"),
    # ki-mit-java.de's German page 31: inputs -> sigmoid hidden neurons -> sigmoid output neurons, errors
    # (target - output) * output * (1 - output): half the squared error; 3-2-2 here
    "b93_kij": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Japanese Q&A (Wikipedia's delta rule for one layer): one input -> one unit with a differentiable g (the
    # sigmoid here; the question's sign has g' = 0), half the squared error
    "b93_jso": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # nobituk's Japanese notes ("the math of deep learning"): 12 pixels -> 3 sigmoid -> 2 sigmoid outputs,
    # C = 1/2 {(t_1 - a_1^3)^2 + (t_2 - a_2^3)^2}
    "b93_nob": _layers('inputs = 12\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # gomu-gomu's French TP 3: X (n_x, m) -> n_h sigmoid -> one sigmoid output, dZ2 = A2 - Y (the logistic
    # loss, the TP's image); 3-4-1 here, one example (m = 1)
    "b93_gom": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # elifbeyzatok00's Turkish notebook (XOR, delta rule for two layers): [0, 1] -> 4 sigmoid -> one sigmoid
    # output, no biases, np.random.seed(1), target 1, learning_rate 0.1; error = target - output and its deltas
    # are half the squared error's
    "b93_elif": problem_text(f'inputs = 2\nunits = 4\nactivation = "sigmoid"\nbias = "none"\nweights = {_ELIF_W1}',
                             f'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = {_ELIF_W2}',
                             loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.1)),
    # Irlll's Indonesian README (potential obesity): x1..x4 -> 3 sigmoid hidden (w11.., biash) -> one sigmoid
    # output (wh1.., biasout), E = (target - out)^2
    "b93_irl": _layers('inputs = 4\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
}

_SCI = r'''
[notation.symbols]
"w_{is}^{(j)}" = "W{i}[j-1, s-1]"
"w_{out,s}^{(j)}" = "W2[j-1, s-1]"
"b_{i}^{(j)}" = "b{i}[j-1]"
"b_{out}^{(j)}" = "b2[j-1]"
"\\boldsymbol{x}" = "x[:]"
"\\boldsymbol{z}_{1}" = "z1[:]"
"\\boldsymbol{a}_{1}" = "a1[:]"
"\\boldsymbol{b}_{1}" = "b1[:]"
"W_{1}" = "W1[:, :]"
"W_{out}" = "W2[:, :]"
"\\boldsymbol{b}_{out}" = "b2[0]"
"\\boldsymbol{z}_{out}" = "z2[0]"
"\\boldsymbol{a}_{out}" = "a2[0]"
"\\boldsymbol{y}" = "y[0]"
"\\boldsymbol{\\hat{y}}" = "a2[0]"
"y_{1}" = "y[0]"
"\\hat{y}_{1}" = "a2[0]"
'''

NOTATIONS = {
    # the notebook's letters: w_{i,s}^{(j)} the weight of input s of neuron j of layer i ("la importancia s de la
    # neurona j de la capa i"), b_i^{(j)} its bias, layer 1 the hidden one and "out" the output layer (W_out,
    # b_out, z_out, a_out = y hat); f_1 = tanh, f_out(t) = t; L the loss and L^{(1)} client 1's, the network's
    # sample here; all counted from 1
    "b93_sci1": ('\n[notation]\nindices = "isj"\nloss = ["\\\\mathcal{L}", "\\\\mathcal{L}^{(1)}"]\n'
                 'functions = { "f_{1}" = "tanh", "f_{out}" = "identity" }\n' + _SCI),
    # the same letters at client 3: L^{(3)} its loss, y^{(3)} and y hat^{(3)} its target and prediction
    "b93_sci3": ('\n[notation]\nindices = "isj"\nloss = ["\\\\mathcal{L}", "\\\\mathcal{L}^{(3)}"]\n'
                 'functions = { "f_{1}" = "tanh", "f_{out}" = "identity" }\n' + _SCI
                 + '"\\\\boldsymbol{y}^{(3)}" = "y[0]"\n"\\\\boldsymbol{\\\\hat{y}}^{(3)}" = "a2[0]"\n'),
    # Nielsen's letters (the input is layer 1, L the output layer): w^l_{jk} from neuron k of layer l-1 to neuron
    # j of layer l, b^l_j, z^l_j, a^l_j, delta^l_j = dC/dz^l_j, y_j the targets; neurons counted from 1
    # ("das vierte Neuron in der zweiten Schicht"); C the cost of one example
    "b93_cw": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j-1, k-1]"
"b_{j}^{l}" = "b{l-1}[j-1]"
"z_{j}^{l}" = "z{l-1}[j-1]"
"a_{j}^{l}" = "a{l-1}[j-1]"
"a_{k}^{1}" = "x[k-1]"
"\\delta_{j}^{l}" = "delta{l-1}[j-1]"
"y_{j}" = "y[j-1]"
''',
    # the notebook's picture: x_1, x_2 the inputs, w_1 (x_1 to h_1), w_2 (x_1 to h_2), w_3 (x_2 to h_1), w_4 (x_2
    # to h_2) the hidden weights, b_1, b_2 their biases, h_1, h_2 the hidden weighted sums (sigma(h) the outputs),
    # w_5, w_6 and b_3 the output neuron's, y_output its weighted sum ("suma wazona dla warstwy wyjsciowej")
    "b93_ani": r'''
[notation]
indices = "i"
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[1, 0]"
"w_{3}" = "W1[0, 1]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"b_{1}" = "b1[0]"
"b_{2}" = "b1[1]"
"b_{3}" = "b2[0]"
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"y_{output}" = "z2[0]"
''',
    # the TP's letters, one example x_i a row: u_i = x_i W^h + b^h the hidden sums, h_i their sigmoid, v_i = h_i
    # W^y + b^y the output sums, y hat_i the softmax, y_i^* the one-hot label, delta^y_i = dL/dv_i and delta^h_i =
    # dL/du_i (rows); the batch matrices X, H, Y hat, Y^*, Delta^y, Delta^h of t_b rows (one here, t_b = 1); the i
    # of x_i is the sample's (no placeholder)
    "b93_nor": r'''
[notation]
indices = "q"
loss = ["\\mathcal{L}"]
[notation.symbols]
"t_{b}" = "1"
"\\mathbf{x_i}" = "x[:].T"
"\\mathbf{u_i}" = "z1[:].T"
"\\mathbf{h_i}" = "a1[:].T"
"\\mathbf{v_i}" = "z2[:].T"
"\\mathbf{\\hat{y_i}}" = "a2[:].T"
"\\mathbf{y_i^*}" = "y[:].T"
"\\mathbf{\\delta^y_i}" = "delta2[:].T"
"\\mathbf{\\delta^h_i}" = "delta1[:].T"
"\\delta^h_i" = "delta1[:].T"
"\\mathbf{W^h}" = "W1[:, :].T"
"\\mathbf{b^h}" = "b1[:].T"
"\\mathbf{W^y}" = "W2[:, :].T"
"\\mathbf{b^y}" = "b2[:].T"
"\\mathbf{X}" = "x[:].T"
"\\mathbf{H}" = "a1[:].T"
"\\mathbf{\\hat{Y}}" = "a2[:].T"
"\\mathbf{Y^*}" = "y[:].T"
"\\mathbf{\\Delta^y}" = "delta2[:].T"
"\\mathbf{\\Delta^h}" = "delta1[:].T"
''',
    # the notebook's letters: y_i and y hat_i the targets and outputs (n of them: one), w any weight of the step,
    # L the loss; the code's names (Joel Grus'): outputs, target_vector, hidden_outputs (lists), output_deltas
    # dL/d(output sums)
    "b93_col": r'''
[notation]
loss = ["L"]
parameter = ["w"]
[notation.symbols]
"n" = "1"
"y_{i}" = "y[i-1]"
"\\hat{y}_{i}" = "a2[i-1]"
"outputs" = "a2[:]"
"target_vector" = "y[:]"
"hidden_outputs" = "a1[:]"
"output_deltas" = "delta2[:]"
''',
    # the page's Java-like names, arrays counted from 0: target[k], output[k] the output neurons, neuron[i] a
    # hidden neuron with weights[j] from input[j] and weightOfOutputLayer[k] to output k, outputFromHiddenLayer[i]
    # its output; errors[k] = -dE/dz of output k times the weight to it; deltaW the step of neuron[i].weights[j];
    # the single-layer rule's newWeighti, oldWeighti, deltaWi (page 30's names) for one weight
    "b93_kij": r'''
[notation]
indices = "ijk"
learning_rate = ["learningRate"]
[notation.symbols]
"target[k]" = "y[k]"
"output[k]" = "a2[k]"
"neuron[i].weightOfOutputLayer[k]" = "W2[k, i]"
"outputFromHiddenLayer[i]" = "a1[i]"
"input[j]" = "x[j]"
"neuron[i].weights[j]" = "W1[i, j]"
"newWeighti" = "new(W1[0, 0])"
"oldWeighti" = "W1[0, 0]"
"deltaWi" = "-eta*grad(W1[0, 0])"
"errors[k]" = "-delta2[k]*W2[k, i]"
"deltaW" = "-eta*grad(W1[i, j])"
''',
    # the question's names (Wikipedia's delta rule): ti the target, yi the output, hj the weighted sum, xi the
    # input, g the activation, alpha the learning rate, dw the weight's change
    "b93_jso": r'''
[notation]
learning_rate = ["alpha"]
functions = { g = "sigmoid" }
[notation.symbols]
"ti" = "y[0]"
"yi" = "a1[0]"
"hj" = "z1[0]"
"xi" = "x[0]"
"dw" = "-eta*grad(W1[0, 0])"
''',
    # the notes' letters (layer 1 the input, 2 the hidden, 3 the output): w_{j,i}^l from unit i of layer l-1 to
    # unit j of layer l, b_j^l, z_j^l, a_j^l = a(z_j^l) with a the sigmoid, x_i the 12 pixels, t_j the targets, C
    # the squared error; counted from 1
    "b93_nob": r'''
[notation]
indices = "ij"
loss = ["C"]
functions = { a = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"a_{j}^{1}" = "x[j-1]"
"w_{ji}^{2}" = "W1[j-1, i-1]"
"b_{j}^{2}" = "b1[j-1]"
"z_{j}^{2}" = "z1[j-1]"
"a_{j}^{2}" = "a1[j-1]"
"w_{ji}^{3}" = "W2[j-1, i-1]"
"b_{j}^{3}" = "b2[j-1]"
"z_{j}^{3}" = "z2[j-1]"
"a_{j}^{3}" = "a2[j-1]"
"t_{j}" = "y[j-1]"
''',
    # the TP's names (a column per example, m examples: one): X, Y, W1, b1, W2, b2, Z1, A1, Z2, A2; dZ2, dW2, db2,
    # dA1, dZ1 the derivatives of the cost by each
    "b93_gom": r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"m" = "1"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"Z1" = "z1[:]"
"A1" = "a1[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"dZ2" = "delta2[:]"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
"dZ1" = "delta1[:]"
''',
    # the notebook's names (samples as rows): input_data, target_output, synaptic_weights1 and synaptic_weights2
    # (input-first), hidden_layer and output_layer the layers' outputs, error = target - output, output_delta and
    # hidden_delta the deltas -dE/d(sum), hidden_error -dE/d(hidden outputs); sigmoid_derivative(x) = x * (1 - x),
    # the derivative at the output
    "b93_elif": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"input_data" = "x[:].T"
"target_output" = "y[:].T"
"synaptic_weights1" = "W1[:, :].T"
"synaptic_weights2" = "W2[:, :].T"
"hidden_layer" = "a1[:].T"
"output_layer" = "a2[:].T"
"error" = "y[:].T - a2[:].T"
"output_delta" = "-delta2[:].T"
"hidden_error" = "-grad(a1[:]).T"
"hidden_delta" = "-delta1[:].T"
''',
    # the README's names: x1..x4, w11.. (w_hk: input k to hidden h), biash1.., neth1.. the hidden sums, oh1.. their
    # outputs, wh1..wh3 the output weights (wh all of them), biasout, netout, out, target, E the squared error,
    # eta the learning rate
    "b93_irl": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"x3" = "x[2]"
"x4" = "x[3]"
"w11" = "W1[0, 0]"
"neth1" = "z1[0]"
"oh1" = "a1[0]"
"wh" = "W2[0, :]"
"wh1" = "W2[0, 0]"
"wh2" = "W2[0, 1]"
"wh3" = "W2[0, 2]"
"biasout" = "b2[0]"
"netout" = "z2[0]"
"out" = "a2[0]"
"target" = "y[0]"
''',
}
