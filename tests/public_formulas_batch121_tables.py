"""The networks and notations of batch 121 of the held-out public formulas (tests/public_formulas_batch121.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b121_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, data_tables as _data, problem_text


_layers = partial(problem_text, extra=LEARNING_RATE)

NETWORKS = {
    # Victor Zhou's "Machine Learning for Beginners: An Introduction to Neural Networks" as a read-it-later issue
    # keeps it (guevara/read-it-later#8628): inputs x[0], x[1], hidden neurons h1, h2 and output o1, all sigmoid,
    # a bias each (b1, b2, b3), the loss the squared error of the sample (the MSE over the samples, trained one
    # sample at a time: d_L_d_ypred = -2 * (y_true - y_pred)), learn_rate = 0.1
    "b121_vz": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # the medical AI course's notebook (japan-medical-ai/medical-ai-course-materials#87): x of 3 features, u1 = w1 x
    # + b1 and h1 = sigmoid(u1) with 2 hidden units, u2 = w2 h1 + b2 and y = sigmoid(u2), one output, the squared
    # error (t - y)^2
    "b121_ma": _layers('inputs = 3\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="squared_error"),
    # Neural Networks Demystified (stephencwelch/Neural-Networks-Demystified#23): X rows, W1 (2 x 3) and W2 (3 x 1)
    # input-first, sigmoid hidden and output layers, no biases, J = 1/2 sum (y - yHat)^2
    "b121_sw": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # Kaggler's NN (jeongyoonlee/Kaggler#14): one hidden layer of ReLU units z[j], an output p = sigmoid(y) of the
    # sum y = w1 . z + w1's bias, the log loss; 3-4-1 here
    "b121_kg": _layers('inputs = 3\nunits = 4\nactivation = "relu"', 'units = 1\nactivation = "sigmoid"',
                       loss="binary_cross_entropy"),
    # Omar Florez's scratch_mlp README (issues #2 and #3): x -> z1 = x W1 -> h1 -> z2 = h1 W2 -> h2 = sigmoid(z2),
    # Loss = (y - h2)^2 (no 1/2); the hidden activation is not named by the lines taken (sigmoid here); 2-3-1
    "b121_of": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="squared_error"),
    # Raschka's Machine Learning with PyTorch and Scikit-Learn, chapter 11 (rasbt/machine-learning-book#157): a
    # sigmoid MLP with one hidden layer, the loss L(W, b) the mean squared error; 2-3-2 here
    "b121_rb": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # blog.mocvien.com's Vietnamese post on backpropagation: layers l with z^l = w^l a^{l-1} + b^l, a^l = sigma(z^l),
    # L = 1/2 (y_hat - y)^2; 2-3-1 sigmoid layers with biases here
    "b121_mv": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # Grokking Deep Learning's chapter 5 (iamtrask/Grokking-Deep-Learning#34): three inputs, one linear output
    # without bias, pred = w_sum(input, weights), delta = pred - goal_pred (as batch 111 read Grokking: the step of
    # half the squared error), alpha = 0.01
    "b121_gk": problem_text('inputs = 3\nunits = 1\nactivation = "identity"\nbias = "none"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # Shiffman's Neural-Network-p5 nn.js (shiffman/Neural-Network-p5#22): sigmoid hidden and output layers with
    # biases, errors = targets - outputs; 2-3-2 here
    "b121_sh": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # ML-From-Scratch's Dense layer (eriklindernoren/ML-From-Scratch#76): the layer's input X rows, W input-first,
    # accum_grad the gradient the next layer hands back (dL/d of the layer's output, before its activation layer);
    # here the first Dense layer of a 3-4-2 network, sigmoid activations, half the squared error
    "b121_ml": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # jcjohnson's pytorch-examples warm-up (jcjohnson/pytorch-examples#29): h_relu = relu(x w1), y_pred = h_relu w2,
    # loss = sum (y_pred - y)^2, no biases; 3-4-1 here
    "b121_jj": _layers('inputs = 3\nunits = 4\nactivation = "relu"\nbias = "none"',
                       'units = 1\nactivation = "identity"\nbias = "none"', loss="squared_error"),
    # ArtemOnigiri's SimpleNN (ArtemOnigiri/SimpleNN#9, Russian): sigmoid layers with biases, errors = targets -
    # outputs (half the squared error's step), the derivative written of the output; its output layer's step, a
    # 2-3-2 network here
    "b121_sn": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # makaishi2's book on the mathematics of deep learning (makaishi2/math_dl_book_info#2, Japanese): linear
    # regression, yp = w0 x0 + w1 x1 with x0 = 1 (w0 the bias), yd = yp - yt the error, the loss half its square
    "b121_mk": _layers('inputs = 1\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
    # Modern Computer Vision with PyTorch's answer key (PacktPublishing/Modern-Computer-Vision-with-PyTorch#37): a
    # weight W updated by gradient descent with rate alpha; one sigmoid unit with one weight and no bias here
    "b121_cv": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # Grokking's chapter 4 (iamtrask/Grokking-Deep-Learning#72): one input, one weight, a linear output, delta =
    # pred - goal_pred (the step of half the squared error, as batch 111 read Grokking)
    "b121_g4": problem_text('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # Grokking's chapter 5 with three inputs and three outputs (iamtrask/Grokking-Deep-Learning#23): weights[i][j]
    # from input j to output i, delta[i] = pred[i] - true[i], linear outputs without bias
    "b121_g23": problem_text('inputs = 3\nunits = 3\nactivation = "identity"\nbias = "none"',
                             loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.01\n"),
    # Victor Zhou's "CNNs, Part 2" as read-it-later keeps it (guevara/read-it-later#8637): the softmax layer's
    # backprop, totals t = input . weights + biases (weights input_len x nodes, input-first), out = softmax(t), the
    # loss -ln(out[label]) (cross-entropy); here a softmax layer of 3 nodes on 3 inputs, one sample of label 1
    "b121_vc": problem_text('inputs = 3\nunits = 3\nactivation = "softmax"', loss="cross_entropy",
                            extra=_data("[0.5, -0.2, 0.1]", "[0, 1, 0]", 0.005)),
}

NOTATIONS = {
    # Victor Zhou's code: self.w1 ... self.w6 and self.b1 ... self.b3 the weights and biases (w1, w2: x[0], x[1] ->
    # h1; w3, w4: x[0], x[1] -> h2; w5, w6: h1, h2 -> o1), sum_h1, sum_h2, sum_o1 the sums, h1, h2 the hidden
    # outputs, y_pred the output, y_true the target; each d_A_d_B the partial derivative of A by B (d_L_d_ypred =
    # dL/dy_pred, d_ypred_d_h1 = dy_pred/dh1, d_h1_d_w1 = dh1/dw1, ...); deriv_sigmoid(x) = sigmoid(x) (1 - sigmoid(x))
    # taken of the sum
    "b121_vz": r'''
[notation]
learning_rate = ["learn_rate"]
functions = { deriv_sigmoid = "sigmoid' at input" }
[notation.symbols]
"self.w1" = "W1[0, 0]"
"self.w2" = "W1[0, 1]"
"self.w3" = "W1[1, 0]"
"self.w4" = "W1[1, 1]"
"self.w5" = "W2[0, 0]"
"self.w6" = "W2[0, 1]"
"self.b1" = "b1[0]"
"self.b2" = "b1[1]"
"self.b3" = "b2[0]"
"sum\\_h1" = "z1[0]"
"sum\\_h2" = "z1[1]"
"sum\\_o1" = "z2[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"y_pred" = "a2[0]"
"y_true" = "y[0]"
"d_L_d_ypred" = "grad(a2[0])"
"d_ypred_d_h1" = "W2[0, 0]*a2[0]*(1 - a2[0])"
"d_ypred_d_h2" = "W2[0, 1]*a2[0]*(1 - a2[0])"
"d_h1_d_w1" = "x[0]*a1[0]*(1 - a1[0])"
"d_h1_d_w2" = "x[1]*a1[0]*(1 - a1[0])"
"d_h1_d_b1" = "a1[0]*(1 - a1[0])"
"d_h2_d_w3" = "x[0]*a1[1]*(1 - a1[1])"
"d_h2_d_w4" = "x[1]*a1[1]*(1 - a1[1])"
"d_h2_d_b2" = "a1[1]*(1 - a1[1])"
''',
    # the medical AI course's cells: x the input (3,), w1 (2, 3) output-first, h1 the hidden outputs, w2 the output
    # weights, y the output, t the target; each g_AB the partial derivative of A by B (g_Ly = dL/dy, g_yu2 = dy/du2,
    # g_u2w2 = du2/dw2 = h1, g_u2h1 = du2/dh1 = w2, g_h1u1 = dh1/du1, g_u1w1 = du1/dw1 = x, g_Lu1 = dL/du1, g_Lw1 =
    # dL/dw1, g_Lw2 = dL/dw2)
    "b121_ma": r'''
[notation.symbols]
"x" = "x[:]"
"w1" = "W1[:, :]"
"h1" = "a1[:]"
"w2" = "W2[0, :]"
"y" = "a2[0]"
"t" = "y[0]"
"g\\_Ly" = "grad(a2[0])"
"g\\_yu2" = "a2[0]*(1 - a2[0])"
"g\\_u2w2" = "a1[:]"
"g\\_u2h1" = "W2[0, :]"
"g\\_h1u1" = "a1[:]*(1 - a1[:])"
"g\\_u1w1" = "x[:]"
"g\\_Lu1" = "grad(z1[:])"
"g\\_Lw2" = "grad(W2[0, :])"
"g\\_Lw1" = "grad(W1[:, :])"
''',
    # the same cell's last line, after g_u1w1 = g_u1w1[None] made x a row (1, 3) and with g_Lu1 the (1, 2) row the
    # course computes from its (1, 2) w2: g_Lu1.T.dot(g_u1w1) their outer product
    "b121_mab": r'''
[notation.symbols]
"g\\_u1w1" = "x[:].T"
"g\\_Lu1" = "grad(z1[:]).T"
"g\\_Lw1" = "grad(W1[:, :])"
''',
    # Neural Networks Demystified's forward method: X the input row, self.W1 and self.W2 input-first, self.z2 and
    # self.a2 the hidden sums and outputs (rows), self.z3 the output's sum, yHat the output; self.sigmoid the
    # sigmoid
    "b121_sw": r'''
[notation]
functions = { "self.sigmoid" = "sigmoid" }
[notation.symbols]
"X" = "x[:].T"
"self.W1" = "W1[:, :].T"
"self.W2" = "W2[:, :].T"
"self.z2" = "z1[:].T"
"self.a2" = "a1[:].T"
"self.z3" = "z2[:].T"
"yHat" = "a2[:].T"
''',
    # Kaggler's NN backward loop over the hidden units j: y the output's sum (before the sigmoid), z the hidden
    # unit's output (z[j], after the ReLU), w1 the output weights (self.w1[j] from unit j), l the log loss; dl_dy =
    # dl/dy and dl_dz = dl/dz[j], the loop's unit j
    "b121_kg": r'''
[notation]
indices = "j"
loss = ["l"]
[notation.symbols]
"y" = "z2[0]"
"z" = "a1[j]"
"w1" = "W2[0, j]"
"self.w1[j]" = "W2[0, j]"
"dl_dy" = "grad(z2[0])"
"dl_dz" = "grad(a1[j])"
''',
    # the scratch_mlp README's table: h2 the output (sigmoid of z2), h1 the hidden outputs, W2 the hidden-to-output
    # weights, y the target, Loss the loss (y - h2)^2
    "b121_of": r'''
[notation]
loss = ["Loss"]
[notation.symbols]
"h2" = "a2[0]"
"z2" = "z2[0]"
"h1" = "a1[:]"
"W2" = "W2[0, :]"
"W1" = "W1[:, :]"
''',
    # Raschka's chapter 11: w_{j,l}^{(l)} a weight of layer l (the hidden layer 1, the output layer 2), L(W, b) the
    # loss of the weights and biases
    "b121_rb": r'''
[notation]
indices = "jkl"
loss = ["L(W, b)", "L"]
[notation.symbols]
"w_{j,k}^{(l)}" = "W{l}[j-1, k-1]"
''',
    # the mocvien post: layers l (1 the hidden layer, 2 the output), a^0 the input, w^l the layer's weights
    # (output-first, w^l a^{l-1}), b^l its biases, z^l its sums, a^l its outputs, y_hat the output, y the target
    "b121_mv": r'''
[notation]
indices = "l"
[notation.symbols]
"a^{0}" = "x[:]"
"a^{l}" = "a{l}[:]"
"z^{l}" = "z{l}[:]"
"w^{l}" = "W{l}[:, :]"
"b^{l}" = "b{l}[:]"
"\\hat{y}" = "a2[0]"
''',
    # Grokking's chapter 5 loop: weights[i] the weight from input i, input the input vector, delta = pred -
    # goal_pred (dE/dpred of half the squared error), weight_deltas the derivatives delta * input, alpha the rate;
    # ele_mul(number, vector) the number times each entry
    "b121_gk": r'''
[notation]
indices = "i"
learning_rate = ["alpha"]
functions = { ele_mul = "product" }
[notation.symbols]
"weights[i]" = "W1[0, i]"
"input" = "x[:]"
"delta" = "delta1[0]"
"weight_deltas" = "grad(W1[0, :])"
"weight_deltas[i]" = "grad(W1[0, i])"
''',
    # nn.js's train before the issue's change: outputs and hidden_outputs the layers' outputs, this.derivative
    # the book's dSigmoid(x) = x (1 - x), the slope written of the output; gradient_output and gradient_hidden the
    # slopes at the output and hidden layers (multiplied by the errors and the rate afterwards)
    "b121_sh": r'''
[notation]
functions = { "this.derivative" = "sigmoid' at output" }
[notation.symbols]
"outputs" = "a2[:]"
"hidden_outputs" = "a1[:]"
"gradient_output" = "a2[:]*(1 - a2[:])"
"gradient_hidden" = "a1[:]*(1 - a1[:])"
''',
    # the change: dSigmoid(x) = sigmoid(x) (1 - sigmoid(x)) taken of the sums, output_inputs and
    # hidden_inputs the layers' sums
    "b121_shn": r'''
[notation]
functions = { "this.derivative" = "sigmoid' at input" }
[notation.symbols]
"output_inputs" = "z2[:]"
"hidden_inputs" = "z1[:]"
"gradient_output" = "a2[:]*(1 - a2[:])"
"gradient_hidden" = "a1[:]*(1 - a1[:])"
''',
    # ML-From-Scratch's Dense.backward_pass: self.layer_input the layer's input row, accum_grad the row dL/dz1 it
    # is handed, grad_w the gradient of W (input-first), the_number_of_neurons the layer's 4 units
    "b121_ml": r'''
[notation.symbols]
"self.layer_input" = "x[:].T"
"accum_grad" = "grad(z1[:]).T"
"grad_w" = "grad(W1[:, :]).T"
"the_number_of_neurons" = "4"
''',
    # the warm-up's names in the sentence: Y_pred and y_pred the output, W2 (and w2) the output weights,
    # h_relu the hidden outputs, y the target, Loss the loss (D for d, as the issue writes it)
    "b121_jj": r'''
[notation]
loss = ["Loss"]
[notation.symbols]
"Y_pred" = "a2[0]"
"y_pred" = "a2[0]"
"W2" = "W2[0, :]"
"w2" = "W2[0, :]"
"h_relu" = "a1[:]"
''',
    # SimpleNN's backpropagation at the output layer (k = layers.length - 2): l the hidden layer (l.neurons[j] its
    # outputs), l1 the output layer; gradients[i] = errors[i] * derivative(output i) * learningRate, the rate times
    # -dL/dz2[i]; deltas[i][j] the step added to the weight from hidden j to output i (weights[j][i] += deltas[i][j])
    "b121_sn": r'''
[notation]
indices = "ij"
[notation.symbols]
"l.neurons[j]" = "a1[j]"
"gradients[i]" = "-eta*delta2[i]"
"deltas[i][j]" = "-eta*grad(W2[i, j])"
''',
    # makaishi2's book: w0 the bias (x0 = 1), w1 the weight of x1, yp(w0, w1) the prediction, yt the target,
    # yd(w0, w1) = yp - yt the error
    "b121_mk": r'''
[notation.symbols]
"w0" = "b1[0]"
"w1" = "W1[0, 0]"
"x0" = "1"
"x1" = "x[0]"
"yt" = "y[0]"
"yp(w0, w1)" = "a1[0]"
"yd(w0, w1)" = "a1[0] - y[0]"
''',
    # the answer key and the issue: W the weight, alpha the rate, L the loss; dW on the answer key's left side the
    # weight after the update (the question asks how the weights are updated)
    "b121_cv": r'''
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"W" = "W1[0, 0]"
"dW" = "new(W1[0, 0])"
''',
    # Grokking's chapter 4: Weight_delta the weight's derivative, delta = pred - goal_pred, input the input
    "b121_g4": r'''
[notation.symbols]
"Weight_delta" = "grad(W1[0, 0])"
"delta" = "delta1[0]"
"input" = "x[0]"
''',
    # Grokking's chapter 5 (three outputs): weight_deltas the derivatives laid out as weights, weights[i][j] from
    # input j to output i; input the inputs, delta the outputs' deltas; the book's outer_prod(a, b)[i][j] = a[i] *
    # b[j], an operation the notation format has no word for (left undeclared)
    "b121_g23": r'''
[notation.symbols]
"weight_deltas" = "grad(W1[:, :])"
"input" = "x[:]"
"delta" = "delta1[:]"
''',
    # the CNN post's softmax layer: self.last_input the flattened input, self.weights (input_len x nodes) the weights
    # input-first; each d_A_d_B the derivative of A by B, t the totals, out the softmax's outputs, L the loss;
    # gradient = dL/dout[i] at the label i (1 here), d_out_d_t the derivative of out[i] by the totals (out[i] (1 -
    # out[i]) at i, -out[i] out[k] elsewhere: out[1] (y - out) with the one-hot y of label 1)
    "b121_vc": r'''
[notation.symbols]
"self.last_input" = "x[:]"
"self.weights" = "W1[:, :].T"
"d_t_d_w" = "x[:]"
"d_t_d_b" = "1"
"d_t_d_inputs" = "W1[:, :].T"
"gradient" = "grad(a1[1])"
"d_out_d_t" = "a1[1]*(y[:] - a1[:])"
"d_L_d_t" = "grad(z1[:])"
"d_L_d_w" = "grad(W1[:, :]).T"
"d_L_d_b" = "grad(b1[:])"
"d_L_d_inputs" = "grad(x[:])"
''',
}
