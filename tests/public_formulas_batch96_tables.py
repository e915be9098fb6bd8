"""The networks and notations of batch 96 of the held-out public formulas (tests/public_formulas_batch96.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b96_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# Mazur's step-by-step example, which CNSASS2's notebook and README work (per-unit biases 0.35 and 0.60)
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.15, 0.20], [0.25, 0.30]]\n'
                      'biases = [0.35, 0.35]',
                      'units = 2\nactivation = "sigmoid"\nweights = [[0.40, 0.45], [0.50, 0.55]]\n'
                      'biases = [0.60, 0.60]',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # a-mhamdi's ActivationFunctions.jl: each activation and its derivative at a hidden layer's sums, a hidden
    # layer of that activation under a linear output (leaky_relu and its derivative at the relu network's sums: the
    # oracle's PyTorch forward pass has no leaky_relu layer, and the definitions' values need none)
    "b96_jl_sig": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "identity"',
                          loss="half_squared_error"),
    "b96_jl_tanh": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 1\nactivation = "identity"',
                           loss="half_squared_error"),
    "b96_jl_relu": _layers('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                           loss="half_squared_error"),
    # a-mhamdi's MLP.jl: Layer(W, b, act), W output-first (l.W * x .+ l.b), loss 1/2 sum((y - h[end])^2), main.jl's
    # sigmoid layers; a 2-3-2 network
    "b96_mj": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    # JeffDeCola's mlp.go: hidden and output layers with biases, sigmoid (or tanh) throughout, the deltas (z - y)
    # f' of the half squared error's -dE/dnet; one hidden layer of 2, 2 outputs
    "b96_mg": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                      loss="half_squared_error"),
    "b96_mg_tanh": _layers('inputs = 2\nunits = 2\nactivation = "tanh"', 'units = 2\nactivation = "tanh"',
                           loss="half_squared_error"),
    # NOX73's go-neural lern.go: neurons summing their synapses (no bias), the logistic activation, deltas
    # o (1 - o) (ideal - o), s.Weight += speed * delta * s.In; a 2-2-2 network
    "b96_gn": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                      'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # LhTaira's backPropagation.c: one sigmoid output, a sigmoid hidden layer (argc units, 2 here), each neuron's
    # bias element.b, the steps 2 * taxagay * ... of the squared error (t - o)^2, taxagay = 0.5
    "b96_lt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                           loss="squared_error", extra="\n[update]\nlearning_rate = 0.5\n"),
    # QuantLet's worked_backprop_example.py: x = 2 -> h = sigma(w_1 x) -> y hat = sigma(w_2 h), w_1 = 0.5,
    # w_2 = 0.8, no biases, L = (y hat - y)^2, y = 1, eta = 0.1
    "b96_ql": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.5]]',
                           'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.8]]',
                           loss="squared_error", extra=_data("[2.0]", "[1.0]", 0.1)),
    # AbdalrhmanFouadOsama2004's CNSASS2 (README and notebook): Mazur's 2-2-2 network and numbers, rate 0.5
    "b96_cn": _MAZUR,
    # GOPY-OCR's maths.c and yepIwt's sigmoid.cpp: the sigmoid and its derivative at a hidden unit's sum
    "b96_c_sig": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                         loss="half_squared_error"),
}

NOTATIONS = {
    # ActivationFunctions.jl: x a hidden layer's sums, each derivative word named as the activation's derivative
    # at its input
    "b96_jl_f": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input", tanh_prime = "tanh' at input", relu_prime = "relu' at input", leaky_relu_prime = "leaky_relu' at input" }
[notation.symbols]
"x" = "z1[:]"
''',
    # MLP.jl's BackProp, for the last layer: y the target, h[end] the output, a[end] its sums, act_prime the
    # activation's derivative there (sigmoid_prime of a[end]), ϵ the error y - h[end], loss the half squared error,
    # δ the output's dE/dnet
    "b96_mj": r'''
[notation]
indices = "q"
loss = ["loss"]
[notation.symbols]
"y" = "y[:]"
"h[end]" = "a2[:]"
"a[end]" = "z2[:]"
"act_prime" = "a2[:]*(1 - a2[:])"
"ϵ" = "y[:] - a2[:]"
"δ" = "delta2[:]"
''',
    # the loop's pass i = 1 (the hidden layer, 1-based): layers[i+1].W the output layer's weights, act_prime the
    # hidden layer's derivative. δ[1], the output's dE/dnet (the list's first element before the push), cannot be
    # named: the loader refuses the pattern ("symbols.'δ[1]': is not one symbol")
    "b96_mj_h": r'''
[notation]
indices = "q"
[notation.symbols]
"layers[i+1].W" = "W2[:, :]"
"act_prime" = "a1[:]*(1 - a1[:])"
''',
    # mlp.go's activation functions at a hidden unit's sum x
    "b96_mg_f": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # mlp.go's derivatives, written of the unit's output x (called with yOutput[o] and aHidden[l][hn])
    "b96_mg_fo": r'''
[notation]
functions = { sigmoidDerivative = "sigmoid' at output", tanhDerivative = "tanh' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # mlp.go's backwardPass: z the target (data.z), yOutput the outputs, deltaOutput (z - y) f', -dE/dnet; the
    # hidden layer (l = 0, the only one) at its first node hn = 0: s the sum over the outputs of deltaOutput times
    # the output weights from it, aHidden its output, deltaHidden its -dE/dnet
    "b96_mg": r'''
[notation]
indices = "o"
functions = { sigmoidDerivative = "sigmoid' at output" }
[notation.symbols]
"z[o]" = "y[o]"
"yOutput[o]" = "a2[o]"
"deltaOutput[o]" = "-delta2[o]"
"nn.outputWeights[o][hn]" = "W2[o, 0]"
"s" = "-(W2[0, 0]*delta2[0] + W2[1, 0]*delta2[1])"
"aHidden[l][hn]" = "a1[0]"
"deltaHidden[l][hn]" = "-delta1[0]"
''',
    # lern.go's output loop at its first neuron (i = 0): n.Out its output, ideal[i] its target, deltas[last][i]
    # o (1 - o) (ideal - o), -dE/dnet
    "b96_gn_out": r'''
[notation]
indices = "q"
[notation.symbols]
"n.Out" = "a2[0]"
"ideal[i]" = "y[0]"
"deltas[last][i]" = "-delta2[0]"
''',
    # the hidden layer (i = 0) at its first neuron (j = 0): its out-synapses s to the outputs k, deltas[i + 1][k]
    # the outputs' -dE/dnet, sum their weighted sum, n.Out the neuron's output. s.Weight, the weight W2[k, 0] of the
    # loop's synapse, cannot be named within the spec (the pattern has no k; the first run's notation named it
    # "W2[k, 0]", a letter outside its pattern, which the loader took)
    "b96_gn_hid": r'''
[notation]
indices = "k"
[notation.symbols]
"deltas[i + 1][k]" = "-delta2[k]"
"sum" = "-(W2[0, 0]*delta2[0] + W2[1, 0]*delta2[1])"
"n.Out" = "a1[0]"
"deltas[i][j]" = "-delta1[0]"
''',
    # the update loop at the hidden layer (i = 0), its first neuron (j = 0) and that neuron's first in-synapse, from
    # input 0: s.Weight the weight, s.In its input, speed the rate
    "b96_gn_w": r'''
[notation]
indices = "q"
learning_rate = ["speed"]
[notation.symbols]
"s.Weight" = "W1[0, 0]"
"s.In" = "x[0]"
"deltas[i][j]" = "-delta1[0]"
''',
    # backPropagation.c: activationDerivative the sigmoid's derivative at its argument (x, a hidden unit's sum in
    # the definition), output (*output) the network's output, expectedValue the target, outputDelta the output's
    # delta (t - o) f'(net), valueDerivative the hidden unit's f'(net) and delta its delta (neuronCounter = 0),
    # taxagay the rate; element.w[c] the output neuron's weight from hidden unit c and element.b its bias (the lines
    # taken are the output neuron's): the loader refuses the whole getList(outputNeuronLayer, 0)->element.b and
    # outputNeuronLayer->element.w[0] ("is not one symbol")
    "b96_lt": r'''
[notation]
indices = "c"
learning_rate = ["taxagay"]
functions = { activationDerivative = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
"output" = "a2[0]"
"expectedValue" = "y[0]"
"outputDelta" = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
"valueDerivative" = "a1[0]*(1 - a1[0])"
"delta" = "(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0, 0]*a1[0]*(1 - a1[0])"
"hiddenLayerOutput" = "a1[0]"
"neuronCounter" = "0"
"element.w[c]" = "W2[0, c]"
"element.b" = "b2[0]"
''',
    # worked_backprop_example.py: h the hidden unit, y hat the output, w_1 and w_2 the weights, x the input, y the
    # target, L the loss, eta the rate
    "b96_ql": r'''
[notation.symbols]
"h" = "a1[0]"
"\\hat{y}" = "a2[0]"
"w_1" = "W1[0, 0]"
"w_2" = "W2[0, 0]"
"x" = "x[0]"
"y" = "y[0]"
''',
    # CNSASS2's README: sigma the sigmoid of x, a hidden unit's sum
    "b96_cn_r": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # the notebook's sigmoid at a hidden unit's sum x
    "b96_cn_f": r'''
[notation.symbols]
"x" = "z1[0]"
''',
    # the notebook's sigmoid_derivative, written of the unit's output x (called with output_layer_output[i] and
    # hidden_layer_output[i])
    "b96_cn_fd": r'''
[notation]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"x" = "a1[0]"
''',
    # the notebook: inputs[0][j] the input, hidden_weights[j][i] and output_weights[j][i] input-first (from unit j
    # to unit i), the sums, outputs and biases, expected_output[0][i] the target, output_errors t - o,
    # output_gradients and hidden_gradients -dE/dnet, hidden_errors -dE/d(hidden output), learning_rate the rate
    "b96_cn": r'''
[notation]
indices = "ijk"
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"inputs[0][j]" = "x[j]"
"hidden_weights[j][i]" = "W1[i, j]"
"hidden_bias[i]" = "b1[i]"
"hidden_layer_input[i]" = "z1[i]"
"hidden_layer_input" = "z1[:]"
"hidden_layer_output[i]" = "a1[i]"
"hidden_layer_output" = "a1[:]"
"output_weights[j][i]" = "W2[i, j]"
"output_bias[i]" = "b2[i]"
"output_layer_input[i]" = "z2[i]"
"output_layer_input" = "z2[:]"
"output_layer_output[i]" = "a2[i]"
"output_layer_output" = "a2[:]"
"expected_output[0][i]" = "y[i]"
"output_errors[i]" = "y[i] - a2[i]"
"output_errors" = "y[:] - a2[:]"
"output_gradients[i]" = "-delta2[i]"
"output_gradients" = "-delta2[:]"
"hidden_errors[i]" = "-(W2[0, i]*delta2[0] + W2[1, i]*delta2[1])"
"hidden_errors" = "-(W2[:, :].T @ delta2[:])"
"hidden_gradients[i]" = "-delta1[i]"
"hidden_gradients" = "-delta1[:]"
"input_layer_size" = "2"
"hidden_layer_size" = "2"
"output_layer_size" = "2"
''',
    # GOPY-OCR's maths.c and yepIwt's sigmoid.cpp: x a hidden unit's sum, the derivative words named
    "b96_c_sig": r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input", sigmoid_dx = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
}
