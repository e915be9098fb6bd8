"""The networks and notations of batch 125 of the held-out public formulas (tests/public_formulas_batch125.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b125_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # sourander's Finnish deep-learning course page "Vastavirta (Backprop)": the NumpyNNwithBCE model of its Kuva 1,
    # a 2-2-1 network with sigmoid hidden and output neurons and biases, the binary cross-entropy (dZ2 = A2 - target,
    # "ennuste - todellinen"), rows for the samples (batch size 1: X == A0), W1 and W2 input-first (A1.T.dot(dZ2))
    "b125_fi": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # williamviktorsson's Swedish notebook 04_backpropagation: the XOR network of Övning 7, 2 inputs, 2 sigmoid
    # hidden neurons, 1 sigmoid output neuron, each with its bias; delta = (facit - gissning) x sigmoid'(gissning),
    # the step of half the squared error (the notebook prints a mean of squares); one XOR row, [0, 1] -> 1, and
    # learning_rate 0.5 (the notebook's train(..., learning_rate=0.5))
    "b125_sv": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", 0.5)),
    # WimCasteels's Dutch course (Mathematical Foundations, les 7 "Backpropagation"): the mini-network of 7.5, 2
    # inputs, 3 ReLU hidden units, 1 linear output (y = z2, "Geen activatie op output"), biases, W1 (3x2) and W2 (1x3)
    # output-first (z1 = W1 @ x + b1), the loss 0.5 * sum((y - y_target)^2); the page's x = [1.0, 2.0] and y_target =
    # [1.0], learning_rate 0.1 (its training cell)
    "b125_nl": problem_text('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error", extra=_data("[1.0, 2.0]", "[1.0]", 0.1)),
}

NOTATIONS = {
    # the Finnish page's backward method: self.A0 the input row (X == A0), self.A1 the hidden outputs, self.A2 the
    # output, target the label, self.W1 and self.W2 input-first; self.dZ2, self.dZ1 the deltas dL/dZ (the page: "dZ2
    # eli delta ... gradientti häviön suhteen pre-aktivaatioon Z²"), dA1 = dL/dA1, self.dW1 ... self.db2 the gradients;
    # self.sigmoid_derivative the sigmoid's slope written of its output (sigmoidin derivaatta pisteessä A¹)
    "b125_fi": r'''
[notation]
functions = { "self.sigmoid_derivative" = "sigmoid' at output" }
[notation.symbols]
"self.A0" = "x[:].T"
"self.A1" = "a1[:].T"
"self.A2" = "a2[:].T"
"target" = "y[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.dZ2" = "delta2[:].T"
"self.dZ1" = "delta1[:].T"
"dA1" = "grad(a1[:]).T"
"self.dW2" = "grad(W2[:, :]).T"
"self.db2" = "grad(b2[:]).T"
"self.dW1" = "grad(W1[:, :]).T"
"self.db1" = "grad(b1[:]).T"
''',
    # the Swedish notebook's rules for one weight, written in words: gammal_vikt / ny_vikt the weight before and after
    # the step, here the output neuron's weight from hidden neuron 1 (vikt in the code's comments), gammal_bias /
    # ny_bias the output neuron's bias (bias), gradienten_för_denna_vikt its gradient, input_som_passerade_vikten
    # and input_till_vikten the input that crossed it (hidden neuron 1's output), facit the target, gissning and output
    # the output neuron's output, error = facit - output, δ, δ_output and delta the output neuron's "felansvar"
    # (facit - gissning) x sigmoid'(gissning), -dE/dz; Error the hidden neuron 1's error (delta_nästa x
    # vikt_som_kopplar_dem, -dE/d its output), delta_nästa the next layer's delta, vikt_som_kopplar_dem the weight that
    # joins them; α and learning_rate the rate; derivatan_av_sigmoid and sigmoid_derivative the sigmoid's slope
    # written of its output (sigmoid_derivative(sig_output))
    "b125_sv": r'''
[notation]
learning_rate = ["α", "learning_rate"]
functions = { derivatan_av_sigmoid = "sigmoid' at output", sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"gammal_vikt" = "W2[0, 0]"
"ny_vikt" = "new(W2[0, 0])"
"vikt" = "W2[0, 0]"
"input_som_passerade_vikten" = "a1[0]"
"input_till_vikten" = "a1[0]"
"gammal_bias" = "b2[0]"
"ny_bias" = "new(b2[0])"
"facit" = "y[0]"
"gissning" = "a2[0]"
"output" = "a2[0]"
"error" = "y[0] - a2[0]"
"δ_output" = "-delta2[0]"
"δ" = "-delta2[0]"
"delta" = "-delta2[0]"
"Error" = "-grad(a1[0])"
"delta_nästa" = "-delta2[0]"
"vikt_som_kopplar_dem" = "W2[0, 0]"
''',
    # the Dutch lesson's mini-network: x the input, y the output (z2, no activation), y_target the target, W1, W2
    # output-first (W1 @ x), z1, a1 = ReLU(z1), z2; dL_dv and ∂L/∂v the derivative of the loss L by v, relu_grad =
    # (z1 > 0), ReLU the ReLU (ReLU' its slope)
    "b125_nl": r'''
[notation]
loss = ["L"]
functions = { ReLU = "relu" }
[notation.symbols]
"x" = "x[:]"
"y" = "a2[0]"
"y_target" = "y[0]"
"W1" = "W1[:, :]"
"W2" = "W2[:, :]"
"z1" = "z1[:]"
"a1" = "a1[:]"
"z2" = "z2[:]"
"relu_grad" = "Heaviside(z1[:])"
"dL_dy" = "grad(a2[0])"
"dL_dz2" = "delta2[:]"
"dL_dW2" = "grad(W2[:, :])"
"dL_db2" = "grad(b2[:])"
"dL_da1" = "grad(a1[:])"
"dL_dz1" = "delta1[:]"
"dL_dW1" = "grad(W1[:, :])"
"dL_db1" = "grad(b1[:])"
''',
}
