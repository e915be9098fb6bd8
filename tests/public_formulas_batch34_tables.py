"""The networks and notations of batch 34 of the held-out public formulas (tests/public_formulas_batch34.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b34_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


NETWORKS = {
    # the gradient-descent lessons (stored files): pred = input * weight, error = (pred - goal) ** 2; input 0.5,
    # goal 0.8, weight 0.5, learning_rate 0.1
    "b34_gd": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.5]]',
                      loss="squared_error", extra=_data("[0.5]", "[0.8]")),
    # the XOR script after Rumelhart (stored file): 2 inputs -> 2 sigmoid units -> 1 sigmoid output, biases,
    # E = 1/2 (y - d)^2 for one training case (the script's loss = 0.5 * (y-t)**2), learning_rate 0.1
    "b34_rum": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the "## forward / ## backward" note (stored file): a^{l+1}_j = sum w_{i,j} a^l_i, no activation and no bias;
    # one such layer here, 2 inputs to 2 outputs, loss 1/2 sum (a - y)^2
    "b34_fb": _layers('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # jethroGIT's post: h_theta(x) = 1/(1 + e^{-theta_0 - theta_1 x}), one feature, the cross-entropy cost J
    # averaged over the m examples (one here)
    "b34_jethro": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # the PerceptronLearning README (stored file): w' <- w + dw, dw = eta (t - o) x; judged on a linear unit, as
    # batch 14 judged the perceptron rule (a thresholded output has no gradient; the rule is the delta rule's)
    "b34_perc": _layers('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"', loss="half_squared_error"),
    # "Tiny Brain" (stored file): o = tanh(sum x_i w_i + b), two inputs as in the micrograd neuron it follows; the
    # page names no loss ("L as the loss function"), 1/2 (y - o)^2 here
    "b34_tiny": _layers('inputs = 2\nunits = 1\nactivation = "tanh"', loss="half_squared_error"),
    # the logistic-regression walkthrough (stored file): w = [1, -0.5], b = 0.2, x = [2, 1], y = 1, p = sigma(z),
    # the binary cross-entropy
    "b34_logreg": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[1.0, -0.5]]\nbiases = [0.2]',
                          loss="binary_cross_entropy", extra=_data("[2.0, 1.0]", "[1.0]")),
    # kyajpauley's CS231n neuron: w = [2, -3, -3] (w[2] the bias), x = [-1, -2], f = sigmoid(dot); the page backprops
    # f itself and names no loss (1/2 (y - f)^2 here; the entries taken are forward values and df/d(dot))
    "b34_cs231n": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[2.0, -3.0]]\nbiases = [-3.0]',
                          loss="half_squared_error"),
    # "The Math behind Neural Networks - Backpropagation" (stored file): x (3) -> 4 ReLU units -> 2 ReLU units -> 1
    # sigmoid output, biases, the binary cross-entropy, one example (stochastic gradient descent, J = L)
    "b34_pelican": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                           'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
}

NOTATIONS = {
    # the lessons' variable names; error (the squared error) the loss, gradient its derivative by the weight (as
    # the comments say: "# compute gradient", "d_error/d_weight")
    "b34_gd": r'''
[notation]
loss = ["error"]
learning_rate = ["learning_rate"]
[notation.symbols]
"input" = "x[0]"
"weight" = "W1[0, 0]"
"goal" = "y[0]"
"pred" = "a1[0]"
"gradient" = "grad(W1[0, 0])"
''',
    # the docstring's letters, Rumelhart's: x the output unit's total input, y its output, d the desired output,
    # E the error; the words output and desired as it writes them
    "b34_rum_doc": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x" = "z2[0]"
"y" = "a2[0]"
"d" = "y[0]"
"output" = "a2[0]"
"desired" = "y[0]"
''',
    # the script's names: y the output, t the target, delta_output dE/dx at the output, weights_2 and bias_2 the
    # output unit's weights and bias, output_grads and output_bias_grad(ient) their gradients
    "b34_rum_code": r'''
[notation]
indices = "i"
loss = ["loss"]
learning_rate = ["learning_rate"]
[notation.symbols]
"y" = "a2[0]"
"t" = "y[0]"
"delta_output" = "delta2[0]"
"output_bias_gradient" = "grad(b2[0])"
"output_bias_grad" = "grad(b2[0])"
"weights_2[i]" = "W2[0, i]"
"output_grads[i]" = "grad(W2[0, i])"
"bias_2" = "b2[0]"
''',
    # a^l_i the layer's input i (counted from 0), a^{l+1}_j its output j, w_{i,j} the weight from i to j
    # (input-first); loss the loss
    "b34_fb": r'''
[notation]
indices = "ij"
loss = ["loss"]
[notation.symbols]
"a_{i}^{l}" = "x[i]"
"a_{j}^{l+1}" = "a1[j]"
"w_{ij}" = "W1[j, i]"
''',
    # theta_0 the intercept (the bias), theta_1 the weight of the one feature x; x^{(i)}, y^{(i)} example i (one
    # example, m = 1); x_0^{(i)} = 1 as the post says; h_theta the model, the layer's map
    "b34_jethro": r'''
[notation]
indices = "i"
loss = ["J"]
functions = { "h_{\\theta}" = "layer" }
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"x" = "x[0]"
"x^{(i)}" = "x[0]"
"y^{(i)}" = "y[0]"
"x_{0}^{(i)}" = "1"
"x_{1}^{(i)}" = "x[0]"
"m" = "1"
''',
    # the README's letters: w the weight vector, w' the new one, ∆w (U+2206) the step, t the target, o the output,
    # xi the sample (the README: "xi is a random sample from the testcases"), eta the learning rate
    "b34_perc": r'''
[notation]
[notation.symbols]
"w" = "W1[0, :]"
"w'" = "new(W1[0, :])"
"∆w" = "-eta*delta1[0]*x[:]"
"t" = "y[0]"
"o" = "a1[0]"
"xi" = "x[:]"
''',
    # the page's letters: x_i the inputs, w_i the weights, b the bias, n the cell body's sum, o the output, f the
    # activation (tanh); x bare is the argument of tanh(x), the sum it squashes
    "b34_tiny": r'''
[notation]
indices = "i"
functions = { f = "tanh" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"n" = "z1[0]"
"o" = "a1[0]"
"x" = "z1[0]"
''',
    # the walkthrough's letters: w_1, w_2, x_1, x_2, b, z the linear score, p the probability, y the label
    "b34_logreg": r'''
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"p" = "a1[0]"
"y" = "y[0]"
''',
    # the code's names: w[0], w[1] the weights and w[2] the bias, x[0], x[1] the inputs, dot the weighted sum, f
    # the sigmoid's output, ddot the gradient on dot (df/d(dot), as its comment says)
    "b34_cs231n": r'''
[notation]
indices = "i"
[notation.symbols]
"w[i]" = "W1[0, i]"
"w[2]" = "b1[0]"
"x[i]" = "x[i]"
"dot" = "z1[0]"
"f" = "a1[0]"
"ddot" = "a1[0]*(1 - a1[0])"
''',
    # Ng's notation as the post writes it: layer [l], entries as (row, column) of a column vector (a^{[2]}_{21} the
    # second entry of a^{[2]}), W^{[l]}_{jk} output-first; bold (\textbf, \mathbf, \boldsymbol) for the vectors and
    # matrices, a^{[2]} not bold for the same vector; J = L, g the ReLU; dW^{[l]}, db^{[l]} the gradients;
    # delta^{[3]} = dJ/dz^{[3]}, delta^{[2]} the vector dJ/dz^{[2]}. The post's d\textbf{W}^{[l]} and d\textbf{b}^{[l]}
    # (d before a bold letter) are not one symbol under the spec's grammar (a base with an optional subscript and
    # superscript): the patterns first written for them were taken out after the blind run refused the whole
    # notation at them (see the batch's docstring); db^{[3]}, a name with its superscript, stays
    "b34_pelican": r'''
[notation]
indices = "jkl"
loss = ["J", "\\mathcal{L}"]
functions = { g = "relu" }
[notation.symbols]
"\\textbf{x}" = "x[:]"
"W_{jk}^{[l]}" = "W{l}[j-1, k-1]"
"\\textbf{W}^{[l]}" = "W{l}[:, :]"
"\\mathbf{W}^{[l]}" = "W{l}[:, :]"
"b^{[3]}" = "b3[0]"
"b_{j1}^{[l]}" = "b{l}[j-1]"
"\\textbf{b}^{[l]}" = "b{l}[:]"
"z^{[3]}" = "z3[0]"
"z_{j1}^{[l]}" = "z{l}[j-1]"
"\\textbf{z}^{[l]}" = "z{l}[:]"
"\\mathbf{z}^{[l]}" = "z{l}[:]"
"a^{[3]}" = "a3[0]"
"a^{[l]}" = "a{l}[:]"
"a_{j1}^{[l]}" = "a{l}[j-1]"
"\\textbf{a}^{[l]}" = "a{l}[:]"
"\\hat{y}" = "a3[0]"
"y" = "y[0]"
"\\delta^{[3]}" = "delta3[0]"
"\\boldsymbol{\\delta}^{[l]}" = "delta{l}[:]"
"\\delta_{j1}^{[l]}" = "delta{l}[j-1]"
"db^{[3]}" = "grad(b3[0])"
''',
}
