"""The networks and notations of batch 9 of the held-out public formulas (tests/public_formulas_batch9.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b9_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

_SIGMOID_221 = """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
bias = "shared"
weights = [[0.15, 0.20], [0.25, 0.30]]
biases = 0.35
"""

NETWORKS = {
    # fiqlab: the step-by-step example's numbers on a 2-2-1 logistic network, one output o1 (target 0.01)
    "b9_mazur_221": _SIGMOID_221 + """
[[layer]]
units = 1
activation = "sigmoid"
bias = "shared"
weights = [[0.40, 0.45]]
biases = 0.60
[loss]
name = "half_squared_error"
[data]
x = [[0.05, 0.10]]
y = [[0.01]]
[update]
learning_rate = 0.5
""",
    # melfm's notes: the step-by-step example's 2-2-2 network (its figures; the text types b1 as 0.30)
    "b9_mazur_222": _SIGMOID_221 + """
[[layer]]
units = 2
activation = "sigmoid"
bias = "shared"
weights = [[0.40, 0.45], [0.50, 0.55]]
biases = 0.60
[loss]
name = "half_squared_error"
[data]
x = [[0.05, 0.10]]
y = [[0.01, 0.99]]
[update]
learning_rate = 0.5
""",
    # ezalos: Nielsen's equations, sigmoid layers, the quadratic cost C = 1/2 sum_j (y_j - a^L_j)^2
    "b9_nielsen_half": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 2
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    # blackKeys17: Nielsen's equations with the quadratic cost C = sum_i (y_i - a^L_i)^2 (no 1/2)
    "b9_nielsen_squared": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 2
activation = "sigmoid"
[loss]
name = "squared_error"
[update]
learning_rate = 0.1
""",
    # softmax over logits with the cross-entropy (yanfenglee, ezalos's SoftMax derivation, hoadm-net, CS231n notes)
    "b9_softmax3": """
[[layer]]
inputs = 3
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
""",
    # hoadm-net: binary logistic regression, p = sigmoid(z), the binary cross-entropy
    "b9_bce_unit": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # reiven-c-t: Adaline, z = w^T x, phi the identity, J = 1/2 sum_i (y - phi(z))^2
    "b9_adaline": """
[[layer]]
inputs = 2
units = 1
activation = "identity"
bias = "none"
[loss]
name = "half_squared_error"
""",
    # Andrew Ng's course notation ([l] layers): a sigmoid hidden layer, a sigmoid output, the binary cross-entropy
    "b9_ng_bce": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # math.techqa 4075404: z_1 = sigma(alpha^T x), z_2 = sigma(beta^T x), output sigma(w^T z), no biases, (y - .)^2
    "b9_techqa": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
bias = "none"
[[layer]]
units = 1
activation = "sigmoid"
bias = "none"
[loss]
name = "squared_error"
""",
    # datascience.SE 31725: one sigmoid neuron with a bias, C = 1/(2N) sum (yhat - y)^2, rate nu
    "b9_neuron_half": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
[loss]
name = "half_squared_error"
[update]
learning_rate = 0.1
""",
    # ninjakx: inputs I1..I4 = 1, 2, -1, 1, two sigmoid layers H1, H2 of two units, one sigmoid output O1, no
    # biases, the page's weights; the page gives no target (its forward values do not depend on one)
    "b9_ninjakx": """
[[layer]]
inputs = 4
units = 2
activation = "sigmoid"
bias = "none"
weights = [[0.5, 0.4, 0.1, 0.2], [0.65, 0.15, 0.2, 0.7]]
[[layer]]
units = 2
activation = "sigmoid"
bias = "none"
weights = [[0.1, 0.2], [0.3, 0.4]]
[[layer]]
units = 1
activation = "sigmoid"
bias = "none"
weights = [[-0.25, 0.5]]
[loss]
name = "half_squared_error"
[data]
x = [[1.0, 2.0, -1.0, 1.0]]
y = [[1.0]]
""",
}

NOTATIONS = {
    "b9_fiqlab": r'''
[notation]
indices = "n"
[notation.symbols]
"x_{n}" = "x[n-1]"
"t_{n}" = "y[n-1]"
"net_{hn}" = "z1[n-1]"
"out_{hn}" = "a1[n-1]"
"net_{on}" = "z2[n-1]"
"out_{on}" = "a2[n-1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"b_{h}" = "b1"
"b_{o}" = "b2"
''',
    "b9_melfm": r'''
[notation]
indices = "n"
loss = ["E_{total}"]
[notation.symbols]
"x_{n}" = "x[n-1]"
"t_{n}" = "y[n-1]"
"z_{n}" = "z1[n-1]"
"h_{n}" = "a1[n-1]"
"y_{n}" = "z2[n-1]"
"\\hat{y_{n}}" = "a2[n-1]"
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
"E_{yn}" = "(y[n-1] - a2[n-1])**2/2"
''',
    "b9_ezalos": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"b_{j}^{l}" = "b{l-1}[j]"
"z_{j}^{l}" = "z{l-1}[j]"
"a_{j}^{l}" = "a{l-1}[j]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
"y_{j}" = "y[j]"
''',
    "b9_ezalos_softmax": r'''
[notation]
indices = "ik"
[notation.symbols]
"o_{i}" = "z1[i]"
"p_{i}" = "a1[i]"
"y_{i}" = "t[i]"
''',
    "b9_blackkeys": r'''
[notation]
indices = "ijkl"
loss = ["C"]
parameter = ["w_{k}"]
[notation.symbols]
"w_{ij}^{l}" = "W{l-1}[i-1, j-1]"
"b_{i}^{l}" = "b{l-1}[i-1]"
"z_{i}^{l}" = "z{l-1}[i-1]"
"a_{i}^{l}" = "a{l-1}[i-1]"
"\\delta_{i}^{l}" = "delta{l-1}[i-1]"
"y_{i}" = "y[i-1]"
''',
    "b9_yanfeng": r'''
[notation]
indices = "ijk"
[notation.symbols]
"a_{i}" = "a1[i]"
"z_{i}" = "z1[i]"
"y_{i}" = "t[i]"
''',
    "b9_hoadm": r'''
[notation]
indices = "jk"
loss = ["\\mathcal{L}", "CE"]
[notation.symbols]
"z_{k}" = "z1[k]"
"p_{k}" = "a1[k]"
"y_{k}" = "t[k]"
''',
    "b9_hoadm_binary": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"z" = "z1[0]"
"p" = "a1[0]"
"y" = "y[0]"
''',
    "b9_deriving": r'''
[notation]
indices = "ijk"
functions = { "\\sigma" = "softmax" }
[notation.symbols]
"z_{i}" = "z1[i-1]"
"y_{i}" = "t[i-1]"
"\\hat{y}_{i}" = "a1[i-1]"
''',
    "b9_reiven": r'''
[notation]
indices = "ij"
loss = ["J"]
functions = { "\\varphi" = "identity" }
[notation.symbols]
"w_{j}" = "W1[0, j]"
"x_{j}" = "x[j]"
"z" = "z1[0]"
"z^{(i)}" = "z1[0]"
"y^{(i)}" = "y[0]"
''',
    "b9_chrisxue": r'''
[notation]
indices = "jkl"
functions = { g = "sigmoid" }
[notation.symbols]
"w_{jk}^{[l]}" = "W{l}[j, k]"
"b_{j}^{[l]}" = "b{l}[j]"
"z_{j}^{[l]}" = "z{l}[j]"
"a_{j}^{[l]}" = "a{l}[j]"
''',
    "b9_jmcheon_columns": r'''
[notation]
indices = "jkl"
functions = { f = "sigmoid" }
[notation.symbols]
"W_{jk}^{[l]}" = "W{l}[j, k]"
"b_{j}^{[l]}" = "b{l}[j]"
"Z_{j}^{[l]}" = "z{l}[j]"
"A_{j}^{[l]}" = "a{l}[j]"
"dZ_{j}^{[l]}" = "delta{l}[j]"
''',
    "b9_jmcheon_rows": r'''
[notation]
indices = "jkl"
functions = { f = "sigmoid" }
[notation.symbols]
"W_{jk}^{[l]}" = "W{l}[k, j]"
"b_{j}^{[l]}" = "b{l}[j]"
"Z_{j}^{[l]}" = "z{l}[j]"
"A_{j}^{[l]}" = "a{l}[j]"
"dZ_{j}^{[l]}" = "delta{l}[j]"
''',
    "b9_cse328445": r'''
[notation]
indices = "ijk"
loss = ["\\mathcal{J}", "\\mathcal{L}"]
[notation.symbols]
"W_{jk}^{[i]}" = "W{i}[j, k]"
"b_{j}^{[i]}" = "b{i}[j]"
"Z_{j}^{[i]}" = "z{i}[j]"
"A_{j}^{[i]}" = "a{i}[j]"
"\\hat{y}_{i}" = "a2[0]"
"y_{i}" = "y[0]"
"m" = "1"
''',
    "b9_techqa": r'''
[notation]
indices = "ik"
learning_rate = ["\\eta"]
loss = ["\\ell"]
[notation.symbols]
"w_{k}" = "W2[0, k-1]"
"\\alpha_{k}" = "W1[0, k-1]"
"\\beta_{k}" = "W1[1, k-1]"
"x_{k}^{i}" = "x[k-1]"
"z_{k}^{i}" = "a1[k-1]"
"u^{i}" = "z2[0]"
"y^{i}" = "y[0]"
"m" = "1"
''',
    "b9_jahknows": r'''
[notation]
indices = "i"
learning_rate = ["\\nu"]
loss = ["C"]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"w_{i}^{old}" = "W1[0, i]"
"x_{i}" = "x[i]"
"b" = "b1[0]"
''',
    "b9_ninjakx": r'''
[notation]
indices = "mn"
[notation.symbols]
"I_{n}" = "x[n-1]"
"net_{H1n}" = "z1[n-1]"
"out_{H1n}" = "a1[n-1]"
"net_{H2n}" = "z2[n-1]"
"out_{H2n}" = "a2[n-1]"
"net_{O1}" = "z3[0]"
"out_{O1}" = "a3[0]"
"H_{1n}" = "a1[n-1]"
"H_{2n}" = "a2[n-1]"
"w_{H1m.In}" = "W1[m-1, n-1]"
"w_{H2m.H1n}" = "W2[m-1, n-1]"
"w_{O1.H2n}" = "W3[0, n-1]"
''',
}
