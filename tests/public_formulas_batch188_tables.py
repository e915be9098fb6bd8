"""The networks and notations of batch 188 of the held-out public formulas (tests/public_formulas_batch188.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b188_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text, data_tables as _data


# Mazur's worked example ("A Step by Step Backpropagation Example"), as all three pages of this batch take it: 2-2-2
# logistic units, one bias per layer shared by its two units (b1 = 0.35, b2 = 0.6), w1 ... w8 = 0.15, 0.2, 0.25, 0.3,
# 0.4, 0.45, 0.5, 0.55 (w1, w2 into h1; w3, w4 into h2; w5, w6 into o1; w7, w8 into o2), inputs 0.05 and 0.1, targets
# 0.01 and 0.99, E the sum of 1/2 (target - out)^2, the rate 0.5
_MAZUR = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                      'weights = [[0.15, 0.20], [0.25, 0.30]]',
                      'units = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                      'weights = [[0.40, 0.45], [0.50, 0.55]]',
                      loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5))

NETWORKS = {
    # the exam write-up's back_prop.py (stored file 71059584331, a Markdown "All Code Files" with Python blocks):
    # Mazur's network and numbers "EXACTLY as given in the exam diagram" (x1, x2 = 0.05, 0.10; b1 = 0.35, b2 = 0.60;
    # T1, T2 = 0.01, 0.99; learning_rate = 0.5), E1 + E2 with E1 = 0.5 * (T1 - out_o1) ** 2
    "b188_ex": _MAZUR,
    # the plain NumPy script (stored file 54530830022): Mazur's network and numbers (i1, i2 = 0.05, 0.10; t1, t2 =
    # 0.01, 0.99; b1, b2 = 0.35, 0.60; eta = 0.5), E_total = E_o1 + E_o2 with E_o1 = 0.5 * (t1 - out_o1)**2
    "b188_np": _MAZUR,
    # the teaching app's prompt file (stored file 12399022238): its one-shot example's network is Mazur's (h1 = 0.593,
    # o1 = 0.751, target 0.01, w5 = 0.40, Learning Rate 0.50, Total Error 0.5 * (0.01 - 0.7513)^2 = 0.2748)
    "b188_ax": _MAZUR,
    # the NumPy script numbering twelve weights (stored file 54494858028): Mazur's numbers with a bias per unit named as
    # weights (w5, w6 = 0.35, 0.35 the hidden units', w11, w12 = 0.60, 0.60 the outputs'), w1, w2 from x1 and w3, w4
    # from x2 (w1 = 0.15, w2 = 0.25, w3 = 0.20, w4 = 0.30), w7, w8 from h1 and w9, w10 from h2 (0.40, 0.50, 0.45,
    # 0.55), targets d1, d2 = 0.01, 0.99, E = 0.5 * ((e1**2) + (e2**2)), eta = 0.5
    # the Indonesian data-mining course notes (stored file 56851001970, its section 6.8-6.9): Mazur's numbers on a
    # 2-2-1 network (x1 = 0.05, x2 = 0.10, w1 ... w4 = 0.15, 0.20, 0.25, 0.30 with the hidden bias 0.35 shared, w5 =
    # 0.40, w6 = 0.45 into o1 with the bias 0.60, t1 = 0.01), E = 1/2 (t1 - out_o1)^2, eta = 0.5
    "b188_id": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.35\n'
                            'weights = [[0.15, 0.20], [0.25, 0.30]]',
                            'units = 1\nactivation = "sigmoid"\nbias = "shared"\nbiases = 0.6\n'
                            'weights = [[0.40, 0.45]]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01]", 0.5)),
    # the TypeScript exam cheat sheet (stored file 70676175092, its unit IV topics): its worked numerical is Mazur's
    # (net_h1 = 0.3775, a_o1 = 0.7514, Total Error E = 0.2983 over two outputs, w5 = 0.40, alpha 0.5 as its (0.5)),
    # sigmoid units; its Backpropagation card's deltas delta_k = g'(in_k) (y_k - a_k), -dE/d in_k, added by the update
    "b188_ch": _MAZUR,
    # the chat-written Markdown notes on backpropagation (stored file 35395876697): a one-input chain x1 -> (w1, b1) ->
    # a1 -> (w2, b2) -> a2, sigmoid units, E = 1/2 * (T - a)^2; its mini example's numbers x1 = 0.1, w1 = 0.15, b1 =
    # 0.4, w2 = 0.42, b2 = 0.61, T = 0.25 (its learning_rate has no value: 0.1 here)
    "b188_md": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.15]]\nbiases = [0.4]',
                            'units = 1\nactivation = "sigmoid"\nweights = [[0.42]]\nbiases = [0.61]',
                            loss="half_squared_error", extra=_data("[0.1]", "[0.25]", 0.1)),
    "b188_tw": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbiases = [0.35, 0.35]\n'
                            'weights = [[0.15, 0.20], [0.25, 0.30]]',
                            'units = 2\nactivation = "sigmoid"\nbiases = [0.6, 0.6]\n'
                            'weights = [[0.40, 0.45], [0.50, 0.55]]',
                            loss="half_squared_error", extra=_data("[0.05, 0.10]", "[0.01, 0.99]", 0.5)),
}

# the code's names (back_prop.py), b1, b2 the layers' shared biases
_EX_NAMES = r'''
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
"T1" = "y[0]"
"T2" = "y[1]"
"net_h1" = "z1[0]"
"net_h2" = "z1[1]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"net_o1" = "z2[0]"
"net_o2" = "z2[1]"
"out_o1" = "a2[0]"
"out_o2" = "a2[1]"
'''

_DO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DO2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"

NOTATIONS = {
    # back_prop.py: the exam's names (above), learning_rate the rate, sigmoid_derivative(sig_output) = sig_output
    # (1 - sig_output) taken of the outputs, delta_o1, delta_o2, delta_h1, delta_h2 dE/dnet (the code's "delta_o1 =
    # -(T1 - out_o1) * sigmoid_derivative(out_o1)"), dE_dw1 ... dE_dw8 the gradients, dE_douth1, dE_douth2 dE/d out_h
    # (values), w1_new ... w8_new the updated weights
    "b188_ex": r'''
[notation]
learning_rate = ["learning_rate"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]''' + _EX_NAMES + f'''"delta_o1" = "grad(z2[0])"
"delta_o2" = "grad(z2[1])"
"delta_h1" = "grad(z1[0])"
"delta_h2" = "grad(z1[1])"
"dE_douth1" = "{_DO1}*W2[0, 0] + {_DO2}*W2[1, 0]"
"dE_douth2" = "{_DO1}*W2[0, 1] + {_DO2}*W2[1, 1]"
"dE_dw1" = "grad(W1[0, 0])"
"dE_dw2" = "grad(W1[0, 1])"
"dE_dw3" = "grad(W1[1, 0])"
"dE_dw4" = "grad(W1[1, 1])"
"dE_dw5" = "grad(W2[0, 0])"
"dE_dw6" = "grad(W2[0, 1])"
"dE_dw7" = "grad(W2[1, 0])"
"dE_dw8" = "grad(W2[1, 1])"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W1[0, 1])"
"w3_new" = "new(W1[1, 0])"
"w4_new" = "new(W1[1, 1])"
"w5_new" = "new(W2[0, 0])"
"w6_new" = "new(W2[0, 1])"
"w7_new" = "new(W2[1, 0])"
"w8_new" = "new(W2[1, 1])"
''',
    # the NumPy script: i1, i2 the inputs, t1, t2 the targets, eta the rate, sigmoid_deriv(out) = out (1 - out) taken
    # of the outputs, E_o1, E_o2 the outputs' halves of the loss, dE_dout_o1, dE_dout_o2 dE/d out_o (values),
    # dout_o1_dnet ... dout_h2_dnet the logistic's slopes (values), dE_dnet_o1, dE_dnet_o2 dE/dnet_o, dE_dout_h1,
    # dE_dout_h2 dE/d out_h (values), dE_dw1 ... dE_dw8 the gradients, w1_new ... w8_new the updated weights
    "b188_np": r'''
[notation]
learning_rate = ["eta"]
functions = { sigmoid_deriv = "sigmoid' at output" }
[notation.symbols]''' + _EX_NAMES.replace('"x1"', '"i1"').replace('"x2"', '"i2"').replace('"T1"', '"t1"').replace(
        '"T2"', '"t2"') + f'''"E_o1" = "(y[0] - a2[0])**2/2"
"E_o2" = "(y[1] - a2[1])**2/2"
"dE_dout_o1" = "a2[0] - y[0]"
"dE_dout_o2" = "a2[1] - y[1]"
"dout_o1_dnet" = "a2[0]*(1 - a2[0])"
"dout_o2_dnet" = "a2[1]*(1 - a2[1])"
"dout_h1_dnet" = "a1[0]*(1 - a1[0])"
"dout_h2_dnet" = "a1[1]*(1 - a1[1])"
"dE_dnet_o1" = "grad(z2[0])"
"dE_dnet_o2" = "grad(z2[1])"
"dE_dout_h1" = "{_DO1}*W2[0, 0] + {_DO2}*W2[1, 0]"
"dE_dout_h2" = "{_DO1}*W2[0, 1] + {_DO2}*W2[1, 1]"
"dE_dw1" = "grad(W1[0, 0])"
"dE_dw2" = "grad(W1[0, 1])"
"dE_dw3" = "grad(W1[1, 0])"
"dE_dw4" = "grad(W1[1, 1])"
"dE_dw5" = "grad(W2[0, 0])"
"dE_dw6" = "grad(W2[0, 1])"
"dE_dw7" = "grad(W2[1, 0])"
"dE_dw8" = "grad(W2[1, 1])"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W1[0, 1])"
"w3_new" = "new(W1[1, 0])"
"w4_new" = "new(W1[1, 1])"
"w5_new" = "new(W2[0, 0])"
"w6_new" = "new(W2[0, 1])"
"w7_new" = "new(W2[1, 0])"
"w8_new" = "new(W2[1, 1])"
''',
    # the prompt file's one-shot example: E the loss, h1 the first hidden output, o1 (and "output", o) the first
    # output, target (and t) its target, w5 the weight from h1 into o1, net o1's sum (the example's dnet/dw5 = h1)
    "b188_ax": r'''
[notation]
loss = ["E"]
[notation.symbols]
"h1" = "a1[0]"
"o1" = "a2[0]"
"output" = "a2[0]"
"o" = "a2[0]"
"target" = "y[0]"
"t" = "y[0]"
"w5" = "W2[0, 0]"
"net" = "z2[0]"
''',
    # the twelve-weight script: x1, x2 the inputs, d1, d2 the targets, a1 ... a4 the SUMS (hidden a1, a2; outputs a3,
    # a4), h1, h2 the hidden outputs, y1, y2 the outputs, w1 ... w12 as its network above (biases w5, w6, w11, w12),
    # e1, e2 the errors d - y (values), phi_prime_a1 ... phi_prime_a4 the logistic's slopes (values), delta1, delta2
    # dE/dh (values: the code's "delta1 = (-e1 * phi_prime_a3 * w7) + (-e2 * phi_prime_a4 * w8)"), E the loss, dE_dw1
    # ... dE_dw12 the gradients, w1_new ... w12_new the new values, eta the rate, sigmoid_deriv(y) = y (1 - y)
    "b188_tw": f'''
[notation]
learning_rate = ["eta"]
loss = ["E"]
functions = {{ sigmoid_deriv = "sigmoid' at output" }}
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"d1" = "y[0]"
"d2" = "y[1]"
"a1" = "z1[0]"
"a2" = "z1[1]"
"a3" = "z2[0]"
"a4" = "z2[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"y1" = "a2[0]"
"y2" = "a2[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[1, 0]"
"w3" = "W1[0, 1]"
"w4" = "W1[1, 1]"
"w5" = "b1[0]"
"w6" = "b1[1]"
"w7" = "W2[0, 0]"
"w8" = "W2[1, 0]"
"w9" = "W2[0, 1]"
"w10" = "W2[1, 1]"
"w11" = "b2[0]"
"w12" = "b2[1]"
"e1" = "y[0] - a2[0]"
"e2" = "y[1] - a2[1]"
"phi_prime_a1" = "a1[0]*(1 - a1[0])"
"phi_prime_a2" = "a1[1]*(1 - a1[1])"
"phi_prime_a3" = "a2[0]*(1 - a2[0])"
"phi_prime_a4" = "a2[1]*(1 - a2[1])"
"delta1" = "{_DO1}*W2[0, 0] + {_DO2}*W2[1, 0]"
"delta2" = "{_DO1}*W2[0, 1] + {_DO2}*W2[1, 1]"
"dE_dw1" = "grad(W1[0, 0])"
"dE_dw2" = "grad(W1[1, 0])"
"dE_dw3" = "grad(W1[0, 1])"
"dE_dw4" = "grad(W1[1, 1])"
"dE_dw5" = "grad(b1[0])"
"dE_dw6" = "grad(b1[1])"
"dE_dw7" = "grad(W2[0, 0])"
"dE_dw8" = "grad(W2[1, 0])"
"dE_dw9" = "grad(W2[0, 1])"
"dE_dw10" = "grad(W2[1, 1])"
"dE_dw11" = "grad(b2[0])"
"dE_dw12" = "grad(b2[1])"
"w1_new" = "new(W1[0, 0])"
"w2_new" = "new(W1[1, 0])"
"w3_new" = "new(W1[0, 1])"
"w4_new" = "new(W1[1, 1])"
"w5_new" = "new(b1[0])"
"w6_new" = "new(b1[1])"
"w7_new" = "new(W2[0, 0])"
"w8_new" = "new(W2[1, 0])"
"w9_new" = "new(W2[0, 1])"
"w10_new" = "new(W2[1, 1])"
"w11_new" = "new(b2[0])"
"w12_new" = "new(b2[1])"
''',
    # the Indonesian notes: Unicode subscripts (w₁ ... w₆, x₁, x₂, t₁), out_h1, out_h2, out_o1 the outputs, net_o1
    # (and z_o1) o1's sum, δ_o1, δ_h1 dE/dnet (the notes' δ_o1 = ∂E/∂out_o1 × ∂out_o1/∂net_o1), w₅_baru ... the new
    # weights ("baru" new), η the rate, E the loss
    "b188_id": r'''
[notation]
loss = ["E"]
learning_rate = ["η"]
[notation.symbols]
"x₁" = "x[0]"
"x₂" = "x[1]"
"t₁" = "y[0]"
"w₁" = "W1[0, 0]"
"w₂" = "W1[0, 1]"
"w₃" = "W1[1, 0]"
"w₄" = "W1[1, 1]"
"w₅" = "W2[0, 0]"
"w₆" = "W2[0, 1]"
"z_h1" = "z1[0]"
"z_h2" = "z1[1]"
"z_o1" = "z2[0]"
"net_o1" = "z2[0]"
"out_h1" = "a1[0]"
"out_h2" = "a1[1]"
"out_o1" = "a2[0]"
"δ_o1" = "grad(z2[0])"
"δ_h1" = "grad(z1[0])"
"w₁_baru" = "new(W1[0, 0])"
"w₂_baru" = "new(W1[0, 1])"
"w₅_baru" = "new(W2[0, 0])"
"w₆_baru" = "new(W2[0, 1])"
''',
    # the cheat sheet: the Backpropagation card's in_k, a_k, y_k output unit k's sum, output and target, delta_k
    # -dE/d in_k (the card's "delta_k = g'(in_k) . (y_k - a_k)"), g the logistic; the worked numerical's a_h1 and a_o1
    # the outputs of h1 and o1, y₁ the first target, w₅ the weight from h1 into o1, delta_o1 -dE/dnet_o1, w₅(new) the
    # new w5, alpha the rate
    "b188_ch": r'''
[notation]
indices = "k"
learning_rate = ["α"]
functions = { g = "sigmoid", "σ" = "sigmoid" }
[notation.symbols]
"in_{k}" = "z2[k]"
"a_{k}" = "a2[k]"
"y_{k}" = "y[k]"
"δ_{k}" = "-delta2[k]"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"a_o1" = "a2[0]"
"y₁" = "y[0]"
"w₅" = "W2[0, 0]"
"δ_o1" = "-delta2[0]"
"w₅(new)" = "new(W2[0, 0])"
''',
    # the Markdown notes: x1 the input, w1, b1 the hidden unit's weight and bias, z1, a1 its sum and output, w2, b2,
    # z2, a2 the output unit's, T the true label, E the loss, learning_rate the rate, w2_new ... the new values
    "b188_md": r'''
[notation]
loss = ["E"]
learning_rate = ["learning_rate"]
[notation.symbols]
"x1" = "x[0]"
"w1" = "W1[0, 0]"
"b1" = "b1[0]"
"z1" = "z1[0]"
"a1" = "a1[0]"
"w2" = "W2[0, 0]"
"b2" = "b2[0]"
"z2" = "z2[0]"
"a2" = "a2[0]"
"T" = "y[0]"
"w1_new" = "new(W1[0, 0])"
"b1_new" = "new(b1[0])"
"w2_new" = "new(W2[0, 0])"
"b2_new" = "new(b2[0])"
''',
}
