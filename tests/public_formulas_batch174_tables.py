"""The networks and notations of batch 174 of the held-out public formulas (tests/public_formulas_batch174.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b174_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text, data_tables as _data


# Mazur's worked example ("A Step by Step Backpropagation Example"), as the Markdown notes, the Chinese blog post and
# the Chinese AI notes take it: 2-2-2 logistic units, one bias per layer shared by its two units (b1 = 0.35, b2 =
# 0.6), w1 ... w8 = 0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55 (w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7,
# w8 into o2), i1 = 0.05, i2 = 0.1, targets 0.01 and 0.99, E_total the sum of 1/2 (target - out)^2, eta = 0.5
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                      'weights = [[0.15, 0.20], [0.25, 0.30]]',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                      'weights = [[0.40, 0.45], [0.50, 0.55]]',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # the GATE notes' section 4 (stored file 71635952908), "Forward pass and backpropagation worked by hand": 2-2-1,
    # sigmoid everywhere, L = 1/2 (y_hat - t)^2; x = (1, 0.5), t = 1; hidden unit 1 w = (0.1, 0.3), b = 0, hidden
    # unit 2 w = (0.2, 0.4), b = 0.1, output v = (0.5, 0.6), c = 0.1; eta = 0.5 (its numbers)
    "b174_gt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.3], [0.2, 0.4]]\n'
                            'biases = [0.0, 0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.1]',
                            loss="half_squared_error", extra=_data("[1.0, 0.5]", "[1.0]", 0.5)),
    # the KTU notes' worked numerical example (stored file 61544061021): 2-2-1 sigmoid units, h_1 = sigma(w_11 x_1 +
    # w_12 x_2 + b_h) (w_11, w_12 into h_1; w_21, w_22 into h_2), y_hat = sigma(v_1 h_1 + v_2 h_2 + b_o), E = 1/2
    # (y_hat - y)^2; x_1 = 1, x_2 = 0, y = 1, eta = 0.5, w_11 = 0.2, w_12 = 0.4, w_21 = 0.1, w_22 = 0.3, v_1 = 0.5,
    # v_2 = 0.6, b_h = b_o = 0 (its numbers)
    "b174_kt": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.2, 0.4], [0.1, 0.3]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 0.0]", "[1.0]", 0.5)),
    # the same notes' exam Question A (b), the same network with its other numbers: x_1 = x_2 = 1, y = 1, eta = 0.1,
    # w_11 = 0.1, w_12 = 0.2, w_21 = 0.3, w_22 = 0.4, v_1 = 0.5, v_2 = 0.6, all biases zero
    "b174_kq": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.2], [0.3, 0.4]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.6]]\nbiases = [0.0]',
                            loss="half_squared_error", extra=_data("[1.0, 1.0]", "[1.0]", 0.1)),
    # the Vietnamese exam answer's Câu 5 (stored file 56843823081), "Mạng 2-2-1": sigmoid units, L = 1/2 (y_hat -
    # y)^2; x = (2, -1), y = 0; z_h1 = 0.5 x_1 - 0.3 x_2 + 0.2, z_h2 = -0.2 x_1 + 0.4 x_2 - 0.1, z_o = 0.6 h_1 - 0.4
    # h_2 + 0.3; eta = 0.1 (its numbers, read back from its forward lines)
    "b174_vn": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.5, -0.3], [-0.2, 0.4]]\n'
                            'biases = [0.2, -0.1]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.6, -0.4]]\nbiases = [0.3]',
                            loss="half_squared_error", extra=_data("[2.0, -1.0]", "[0.0]", 0.1)),
    # the Markdown "Backpropagation Numerical example" (stored file 27569672811): Mazur's network with the page's
    # own hidden bias, z1 = 0.15 * 0.05 + 0.2 * 0.1 + 0.30 (b1 = 0.30, shared), b2 = 0.6, inputs 0.05 and 0.1,
    # "the desired output is 0.01 and 0.99", E_total the sum of 1/2 (target - output)^2; no update is worked (eta
    # Mazur's 0.5)
    "b174_mf": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.30\n'
                            'weights = [[0.15, 0.20], [0.25, 0.30]]',
                            'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                            'weights = [[0.40, 0.45], [0.50, 0.55]]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5)),
    # the Markdown notes "Back Propogation" (stored file 528376096): Mazur's network and numbers (above), eta 0.5
    # ("which we set to 0.5")
    "b174_mz": _MAZUR,
    # the Chinese blog post "深度学习 — 反向传播(BP)理论推导" (stored file 21684948272): Mazur's network and numbers
    # (above), x1, x2 the inputs, y1, y2 the targets, J_total the sum of 1/2 (output - target)^2, eta 0.5
    "b174_zw": _MAZUR,
    # the Python "Backpropagation Core" project (stored file 53165347767): X_input = [0.5, 0.2, 1.0] ([x1, x2,
    # bias]: the bias a third input), N_HIDDEN 4, N_OUTPUT 1, W_I_H (3 x 4) and W_H_O (4 x 1) input-first with no
    # other biases, sigmoid units, L_loss = 0.5 * sum((a_O - y_target)^2), y_target = [0.8] (its numbers; the
    # weights random, no update, the default rate)
    "b174_py": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_data("[0.5, 0.2, 1.0]", "[0.8]", 0.1)),
    # the Chinese AI course notes (stored file 70200834352): their backpropagation slides' rules, then Mazur's
    # network and numbers (above), alpha = 0.5 ("假设 alpha = 0.5")
    "b174_cn": _MAZUR,
}

# Mazur's names (LaTeX), b_1, b_2 the layers' shared biases
_MAZUR_NAMES = r'''
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"b_{1}" = "b1"
"b_{2}" = "b2"
'''

NOTATIONS = {
    # the GATE notes: x = (x_1, x_2) the input (x_k, k = 1, 2), t the target, z_1, z_2 the hidden sums (counted from
    # 1) and z_o the output's, h_1, h_2 (h_j) the hidden outputs, y_hat the output, w_{jk} the weight into hidden unit
    # j from input k, v_j the output's weight from h_j, c the output's bias, delta = dL/dz at each unit ("delta_o",
    # "delta_j", as the page defines it), L the loss, sigma the logistic
    "b174_gt": r'''
[notation]
indices = "jk"
[notation.symbols]
"x_{k}" = "x[k-1]"
"t" = "y[0]"
"z_{o}" = "z2[0]"
"z_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"\\hat{y}" = "a2[0]"
"w_{jk}" = "W1[j-1, k-1]"
"v_{j}" = "W2[0, j-1]"
"c" = "b2[0]"
"\\delta_{o}" = "grad(z2[0])"
"\\delta_{j}" = "grad(z1[j-1])"
''',
    # the KTU notes: x_1, x_2 the inputs, y the target, h_1, h_2 the hidden outputs, net_{h_1}, net_{h_2} their sums
    # and net_o the output's, y_hat the output, w_11, w_12 the weights into h_1 (from x_1, x_2), w_21, w_22 into h_2,
    # v_1, v_2 the output's weights, E the loss, delta_o = dE/d net_o and delta_{h_1} = dE/d net_{h_1} (the notes'
    # deltas: delta_o = (y_hat - y) y_hat (1 - y_hat)), eta the rate, ^{new} and ^{old} the weight after and before
    # the step
    "b174_kt": r'''
[notation]
loss = ["E"]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"y" = "y[0]"
"h_{1}" = "a1[0]"
"h_{2}" = "a1[1]"
"net_{h_{1}}" = "z1[0]"
"net_{h_{2}}" = "z1[1]"
"net_{o}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"w_{11}" = "W1[0, 0]"
"w_{12}" = "W1[0, 1]"
"w_{21}" = "W1[1, 0]"
"w_{22}" = "W1[1, 1]"
"v_{1}" = "W2[0, 0]"
"v_{2}" = "W2[0, 1]"
"\\delta_{o}" = "grad(z2[0])"
"\\delta_{h_{1}}" = "grad(z1[0])"
"\\delta_{h_{2}}" = "grad(z1[1])"
''',
    # the Vietnamese exam answer: x_1, x_2 the inputs, y the target, z_{h1}, z_{h2} the hidden sums, h_1, h_2 the
    # hidden outputs, z_o the output's sum, y_hat the output, L the loss, delta_o, delta_{h1}, delta_{h2} the
    # sums' gradients (delta_o = (y_hat - y) sigma'(z_o), as the answer writes it), sigma the logistic
    "b174_vn": r'''
[notation]
[notation.symbols]
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"y" = "y[0]"
"z_{h1}" = "z1[0]"
"z_{h2}" = "z1[1]"
"h_{1}" = "a1[0]"
"h_{2}" = "a1[1]"
"z_{o}" = "z2[0]"
"\\hat{y}" = "a2[0]"
"\\delta_{o}" = "grad(z2[0])"
"\\delta_{h1}" = "grad(z1[0])"
"\\delta_{h2}" = "grad(z1[1])"
''',
    # the Markdown numerical example: x1, x2 the inputs, w1 ... w8 Mazur's weights (w1, w2 into the first hidden
    # unit; w5, w6 into the first output), b1, b2 the shared biases, z1 the first hidden sum, h1 its output, y1 the
    # first output's SUM and \hat{y1} its output (the page's y1 = w5 * h1 + ..., \hat{y1} = sigma(y1)), t1 the first
    # target, E_y1, E_y2 the outputs' halves of the loss, E_{total} the loss, sigma the logistic
    "b174_mf": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"b1" = "b1"
"b2" = "b2"
"z1" = "z1[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"y1" = "z2[0]"
"\\hat{y1}" = "a2[0]"
"\\hat{y2}" = "a2[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"E_{y1}" = "(y[0] - a2[0])**2/2"
"E_{y2}" = "(y[1] - a2[1])**2/2"
''',
    # the Markdown notes "Back Propogation": Mazur's names (above), net_{h1} ... the sums, out_{h1} ... the outputs,
    # target_{o1} the first target, E_{o1} and E_{o2} the outputs' halves of the loss, E_{total} the loss, eta the rate
    "b174_mz": r'''
[notation]
loss = ["E_{total}"]
[notation.symbols]''' + _MAZUR_NAMES + r'''"net_{h1}" = "z1[0]"
"net_{h2}" = "z1[1]"
"out_{h1}" = "a1[0]"
"out_{h2}" = "a1[1]"
"net_{o1}" = "z2[0]"
"net_{o2}" = "z2[1]"
"out_{o1}" = "a2[0]"
"out_{o2}" = "a2[1]"
"target_{o1}" = "y[0]"
"target_{o2}" = "y[1]"
"E_{o1}" = "(y[0] - a2[0])**2/2"
"E_{o2}" = "(y[1] - a2[1])**2/2"
''',
    # the Chinese blog post's worked numbers (plain text, * escaped as \* by its Markdown): w1 ... w8 Mazur's weights,
    # b2 the output layer's shared bias, input(h1), output(h1) ... the sums and outputs, Jo1 and Jo2 the outputs'
    # halves of the cost, Jtotal the cost, a = dJtotal/dw5 and b = dJtotal/dw1 (the post's "求出 Jtotal对w5的偏导数为:
    # a = ..."), eta the rate, w5+ the new w5
    "b174_zw": r'''
[notation]
loss = ["Jtotal"]
[notation.symbols]
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"b1" = "b1"
"b2" = "b2"
"input(h1)" = "z1[0]"
"input(h2)" = "z1[1]"
"output(h1)" = "a1[0]"
"output(h2)" = "a1[1]"
"input(o1)" = "z2[0]"
"output(o1)" = "a2[0]"
"Jo1" = "(a2[0] - y[0])**2/2"
"Jo2" = "(a2[1] - y[1])**2/2"
"a" = "grad(W2[0, 0])"
"b" = "grad(W1[0, 0])"
''',
    # the Python project: X_input the input (1-D), y_target the target, z_H, a_H the hidden sums and outputs, z_O,
    # a_O the output's, W_I_H and W_H_O input-first, dL_da_O = dL/da_O (its name), phi_prime_O and phi_prime_H the
    # sigmoid's slopes at the sums (as the lines compute them), backprop_error_H the sum over k of w_jk delta_k (its
    # comment's meaning: dL/da_H), delta_O and delta_H the sums' gradients, L_loss the loss; sigmoid_prime(z) =
    # sigmoid(z) (1 - sigmoid(z)), of the sum; phi the sigmoid; in the comments' LaTeX z_j the hidden sum, w_jk the
    # weight from hidden j to output k, delta_j, delta_k the hidden and output sums' gradients
    "b174_py": r'''
[notation]
indices = "jk"
loss = ["L_loss"]
functions = { sigmoid_prime = "sigmoid' at input", "\\phi" = "sigmoid" }
[notation.symbols]
"X_input" = "x[:]"
"y_target" = "y[:]"
"z_H" = "z1[:]"
"a_H" = "a1[:]"
"z_O" = "z2[:]"
"a_O" = "a2[:]"
"W_I_H" = "W1[:, :].T"
"W_H_O" = "W2[:, :].T"
"dL_da_O" = "grad(a2[:])"
"phi_prime_O" = "a2[:]*(1 - a2[:])"
"phi_prime_H" = "a1[:]*(1 - a1[:])"
"backprop_error_H" = "grad(a1[:])"
"delta_O" = "grad(z2[:])"
"delta_H" = "grad(z1[:])"
"\\delta_{O}" = "grad(z2[:])"
"z_{j}" = "z1[j]"
"w_{jk}" = "W2[k, j]"
"\\delta_{j}" = "grad(z1[j])"
"\\delta_{k}" = "grad(z2[k])"
''',
    # the Chinese AI notes: Russell and Norvig's names, in_j the output unit j's sum, a_j its output, y_j its target,
    # Delta_j = g'(in_j)(y_j - a_j), the slides' error (-dL/d in_j: the update adds it), g the logistic; in the worked
    # example Mazur's names (above) with out_{h_1}, out_{h_2} the hidden outputs, Delta_{o_1}, Delta_{o_2} the
    # outputs' errors, alpha the rate
    "b174_cn": r'''
[notation]
indices = "j"
functions = { g = "sigmoid" }
[notation.symbols]''' + _MAZUR_NAMES + r'''"in_{j}" = "z2[j]"
"a_{j}" = "a2[j]"
"y_{j}" = "y[j]"
"\\Delta_{j}" = "-delta2[j]"
"out_{h_{1}}" = "a1[0]"
"out_{h_{2}}" = "a1[1]"
"\\Delta_{o_{1}}" = "-delta2[0]"
"\\Delta_{o_{2}}" = "-delta2[1]"
''',
}
