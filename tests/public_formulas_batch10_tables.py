"""The networks and notations of batch 10 of the held-out public formulas (tests/public_formulas_batch10.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md. Keys start with b10_ so that no earlier batch's
network or notation is replaced when the batches' tables are merged.
"""

from __future__ import annotations

from batch_tables import problem_text as _layers


NETWORKS = {
    # g-eoj's cs231n notebook: x (a row) W1 + b1, ReLU, h1 W2 + b2 (the scores), softmax and the cross-entropy;
    # the page's W1 and W2 are input-first (x W), ours output-first: transposed; its sample x = [16, -6], y = 2
    "b10_cs231n": _layers('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.18, 0.1], [0.04, 0.22]]\n'
                          'biases = [0.0, 0.0]',
                          'units = 3\nactivation = "softmax"\nweights = [[0.19, -0.02], [-0.1, -0.01], [0.1, 0.04]]\n'
                          'biases = [0.0, 0.0, 0.0]',
                          loss="cross_entropy", extra="\n[data]\nx = [[16.0, -6.0]]\nlabels = [2]\n"),
    # ashwinreddy's wiki (Learning From Data's notation): tanh units, x_0 = 1 the bias unit, one output,
    # e = 1/2 (g(S^(L)) - y)^2
    "b10_lfd_tanh": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                            loss="half_squared_error"),
    # math.techqa 2827437: Andrew Ng's two-layer network with the biases left out, a sigmoid output and the
    # binary cross-entropy (the hidden g^[1] a sigmoid too)
    "b10_ng_nobias": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                             'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="binary_cross_entropy"),
    # wiki.movedesign.de: Ng's deep network X -> ReLU -> ReLU -> sigmoid -> L(yhat, y)
    "b10_ng_deep": _layers('inputs = 2\nunits = 3\nactivation = "relu"', 'units = 2\nactivation = "relu"',
                           'units = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    # deeplearning.ai's course 1: a tanh hidden layer, a sigmoid output, the binary cross-entropy
    "b10_ng_tanh": _layers('inputs = 2\nunits = 3\nactivation = "tanh"', 'units = 1\nactivation = "sigmoid"',
                           loss="binary_cross_entropy"),
    # basaga.org's demo: x1, x2 -> h1, h2 -> yhat, sigmoid, biases, MSE = 1/2 (y - a(2))^2, a learning rate eta
    "b10_basaga": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                          loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.1\n"),
    # kircerta.com: h = ReLU(W1 x + b1), yhat = W2 h + b2, L = 1/2 (yhat - y)^2, the page's numbers
    "b10_kircerta": _layers('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.3, -0.1], [0.2, 0.4]]\n'
                            'biases = [0.0, 0.0]',
                            'units = 1\nactivation = "identity"\nweights = [[0.5, -0.3]]\nbiases = [0.0]',
                            loss="half_squared_error", extra="\n[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n"),
    # compphysics week 42's simple model: one unit per layer, a_i = sigma(w_i a_{i-1} + b_i), a_0 = x
    "b10_chain": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                         'units = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # the bigtex page: a layered network whose weights w_ij^(l) are updated with a rate alpha
    "b10_two_layers": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                              loss="half_squared_error"),
    # the delta rule's linear unit: one input x, one weight w, y = w x, E = 1/2 (d - y)^2
    "b10_linear_unit": _layers('inputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"',
                               loss="half_squared_error"),
    # the same unit with the sigmoid, y = sigma(z)
    "b10_sigmoid_unit": _layers('inputs = 1\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                                loss="half_squared_error"),
    # a perceptron y = f(w . x) with f the sigmoid, no bias
    "b10_perceptron": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                              loss="half_squared_error"),
    # Widrow-Hoff's linear unit with a bias, y = w . x + b
    "b10_adaline": _layers('inputs = 2\nunits = 1\nactivation = "identity"', loss="half_squared_error"),
    # notesonai.com (Bishop's letters: a the pre-activation, z the output), tanh layers h^(l), no biases
    "b10_bishop": _layers('inputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"',
                          'units = 2\nactivation = "tanh"\nbias = "none"', loss="half_squared_error"),
    # logistic regression: one sigmoid unit and the binary cross-entropy (qikaigu.com with a bias; the
    # mostlyvoid page's z = sigma(h) with h = w . x)
    "b10_logistic": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="binary_cross_entropy"),
    "b10_logistic_nobias": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                                   loss="binary_cross_entropy"),
}

NOTATIONS = {
    "b10_cs231n": r'''
[notation]
indices = "ijn"
loss = ["loss"]
[notation.symbols]
"x_{i}" = "x[i]"
"W1_{ij}" = "W1[j, i]"
"W2_{ij}" = "W2[j, i]"
"b1_{j}" = "b1[j]"
"b2_{j}" = "b2[j]"
"M_{n}" = "z1[n]"
"h1_{i}" = "a1[i]"
"scores_{j}" = "z2[j]"
"trueprob_{j}" = "t[j]"
''',
    # the page writes the layer \ell; a pattern's placeholder is a letter, l
    "b10_ashwin": r'''
[notation]
indices = "ijl"
loss = ["e"]
functions = { g = "tanh" }
[notation.symbols]
"x_{j}^{(l)}" = "a{l}[j-1]"
"x_{0}^{(l)}" = "1"
"x_{j}^{(0)}" = "x[j-1]"
"x_{0}^{(0)}" = "1"
"S_{j}^{(l)}" = "z{l}[j-1]"
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"w_{0j}^{(l)}" = "b{l}[j-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"y" = "y[0]"
''',
    "b10_techqa": r'''
[notation]
indices = "jkl"
functions = { g = "sigmoid" }
[notation.symbols]
"Z_{j}^{[l]}" = "z{l}[j]"
"A_{j}^{[l]}" = "a{l}[j]"
"a_{j}^{[l]}" = "a{l}[j]"
"W_{jk}^{[l]}" = "W{l}[j, k]"
"dZ_{j}^{[l]}" = "delta{l}[j]"
"X_{k}" = "x[k]"
"y" = "y[0]"
"m" = "1"
"dW_{jk}^{[l]}" = "grad(W{l}[j, k])"
''',
    "b10_movedesign": r'''
[notation]
indices = "jkl"
[notation.symbols]
"Z_{j}^{[l]}" = "z{l}[j]"
"A_{j}^{[l]}" = "a{l}[j]"
"A_{k}^{[0]}" = "x[k]"
"W_{jk}^{[l]}" = "W{l}[j, k]"
"b_{j}^{[l]}" = "b{l}[j]"
"dZ_{j}^{[l]}" = "delta{l}[j]"
"x_{k}" = "x[k]"
"m" = "1"
"dW_{jk}^{[l]}" = "grad(W{l}[j, k])"
''',
    "b10_dlai": r'''
[notation]
indices = "jkl"
functions = { g = "tanh" }
[notation.symbols]
"Z_{j}^{[l]}" = "z{l}[j]"
"A_{j}^{[l]}" = "a{l}[j]"
"W_{jk}^{[l]}" = "W{l}[j, k]"
"dZ_{j}^{[l]}" = "delta{l}[j]"
"Y" = "y[0]"
''',
    # the page writes the layer in parentheses after the letter, z(1), W(l), as plain text
    "b10_basaga": r'''
[notation]
indices = "jkl"
loss = ["MSE"]
[notation.symbols]
"z_{j}^{(l)}" = "z{l}[j]"
"a_{j}^{(l)}" = "a{l}[j]"
"W_{jk}^{(l)}" = "W{l}[j, k]"
"b_{j}^{(l)}" = "b{l}[j]"
"\\delta_{j}^{(l)}" = "delta{l}[j]"
"x_{k}" = "x[k]"
"y" = "y[0]"
''',
    "b10_kircerta": r'''
[notation]
indices = "jkl"
[notation.symbols]
"x_{k}" = "x[k]"
"z_{j}^{(l)}" = "z{l}[j]"
"W_{jk}^{(l)}" = "W{l}[j, k]"
"b_{j}^{(l)}" = "b{l}[j]"
"h_{j}" = "a1[j]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # compphysics: the subscript i is the layer, a_0 = x
    "b10_compphysics": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W{i}[0, 0]"
"b_{i}" = "b{i}[0]"
"z_{i}" = "z{i}[0]"
"a_{i}" = "a{i}[0]"
"a_{0}" = "x[0]"
"\\delta_{i}" = "delta{i}[0]"
''',
    "b10_bigtex": r'''
[notation]
indices = "ijl"
[notation.symbols]
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
''',
    "b10_delta_linear": r'''
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"w_{\\text{old}}" = "W1[0, 0]"
"x" = "x[0]"
"d" = "y[0]"
"y" = "a1[0]"
"\\Delta w" = "-eta*delta1[0]*x[0]"
''',
    "b10_perceptron": r'''
[notation]
indices = "i"
functions = { f = "sigmoid" }
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"d" = "y[0]"
"y" = "a1[0]"
"\\delta" = "y[0] - a1[0]"
''',
    "b10_widrow_hoff": r'''
[notation]
indices = "i"
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"w_{\\text{old}}" = "W1[0, :]"
"x_{i}" = "x[i-1]"
"b" = "b1[0]"
"d" = "y[0]"
"y" = "a1[0]"
"e" = "y[0] - a1[0]"
"\\Delta w_{i}" = "-eta*delta1[0]*x[i-1]"
''',
    # Bishop's letters: a_j^(l) the weighted sum, z_j^(l) the unit's output, h^(l) the activation
    "b10_bishop": r'''
[notation]
indices = "ijl"
functions = { h = "tanh" }
[notation.symbols]
"a_{j}^{(l)}" = "z{l}[j-1]"
"z_{j}^{(l)}" = "a{l}[j-1]"
"z_{i}^{(0)}" = "x[i-1]"
"w_{ji}^{(l)}" = "W{l}[j-1, i-1]"
''',
    "b10_qikaigu": r'''
[notation]
indices = "j"
loss = ["J", "J^{(i)}"]
[notation.symbols]
"\\hat{y}^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"z^{(i)}" = "z1[0]"
"z^{i}" = "z1[0]"
"w_{j}" = "W1[0, j]"
"X_{j}^{(i)}" = "x[j]"
"m" = "1"
''',
    # a search page quoting math.SE: z = sigma(h) the output, h = w . x, J(w) the binary cross-entropy
    "b10_mostlyvoid": r'''
[notation]
indices = "i"
learning_rate = ["\\alpha"]
loss = ["J"]
[notation.symbols]
"z" = "a1[0]"
"h" = "z1[0]"
"w_{i}" = "W1[0, i]"
"x_{i}" = "x[i]"
"y" = "y[0]"
''',
}


# ---- the oracle's transcriptions of the networks' error terms, for the twins of tests/public_formulas_batch10.py

def deltas(units: tuple, output: str, slope: str) -> dict:
    """dL/dz of every unit of a network with ``units`` units per layer (layer 1 first), as NumPy expressions
    in the names of tests/test_seed_verbatim.py: ``output`` is dL/dz of output unit {j}, ``slope`` the
    hidden activation's derivative at unit {j} of layer {l} (in a{l}, z{l}). {layer: [expression per unit]}."""
    last = len(units)
    found = {last: [f"({output.format(j=j)})" for j in range(units[-1])]}
    for layer in range(last - 1, 0, -1):
        found[layer] = ["(" + " + ".join(f"W{layer + 1}[{k},{j}]*{found[layer + 1][k]}" for k in range(units[layer]))
                        + f")*({slope.format(l=layer, j=j)})" for j in range(units[layer - 1])]
    return found


def gradients(units: tuple, fan_in: int, output: str, slope: str, biases: bool = True) -> tuple:
    """Every parameter with dL/d(it): ({"p": "W1[0,1]", "m": expression}, ...), weights then biases per layer."""
    found = deltas(units, output, slope)
    values = []
    for layer, count in enumerate(units, start=1):
        inputs = fan_in if layer == 1 else units[layer - 2]
        before = "x" if layer == 1 else f"a{layer - 1}"
        values += [{"p": f"W{layer}[{j},{k}]", "m": f"{found[layer][j]}*{before}[{k}]"}
                   for j in range(count) for k in range(inputs)]
        values += [{"p": f"b{layer}[{j}]", "m": found[layer][j]} for j in range(count) if biases]
    return tuple(values)


def pre_activations(units: tuple, fan_in: int, biases: bool = True) -> tuple:
    """z of every unit as its weighted sum: ({"v": "z1[0]", "m": expression}, ...)."""
    values = []
    for layer, count in enumerate(units, start=1):
        inputs = fan_in if layer == 1 else units[layer - 2]
        before = "x" if layer == 1 else f"a{layer - 1}"
        for j in range(count):
            terms = " + ".join(f"W{layer}[{j},{k}]*{before}[{k}]" for k in range(inputs))
            values.append({"v": f"z{layer}[{j}]", "m": terms + (f" + b{layer}[{j}]" if biases else "")})
    return tuple(values)


SIGMOID_SLOPE = "a{l}[{j}]*(1 - a{l}[{j}])"
TANH_SLOPE = "1 - a{l}[{j}]**2"
RELU_SLOPE = "Heaviside(z{l}[{j}])"
