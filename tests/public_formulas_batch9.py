"""Batch 9 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 14 pages no earlier batch used (GitHub notes and blog posts, Stack Exchange questions and
answers, a tutorial site, a README whose formulas live in codecogs images), copied verbatim, typos and
mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md, a network of the kind the page describes (with the page's numbers where it
works an example), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the
oracle run on them before check was. ``unreadable`` marks a formula the page mistyped so that any
reading would be a guess: a correct reader refuses it in one line.

tests/test_public_formulas_batch9.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 9

RESULTS-PLACEHOLDER
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin

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

_FIQLAB = "https://fiqlab.vercel.app/blog/backpropagation-manual-calculation"
_MELFM = "https://github.com/melfm/notes (docs/machine_learning/backprop.md)"
_EZALOS = "https://github.com/ezalos/NotYetSelfAware (maths.md)"
_BLACKKEYS = "https://github.com/blackKeys17/blackkeys17.github.io (content/posts/neural_net_maths/index.md)"
_YANFENG = "https://github.com/yanfenglee/dl_demo (README.md)"
_HOADM = "https://github.com/hoadm-net/DL (lab04/concepts/04_softmax_ce_gradients.md)"
_DERIVING = ("https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Deriving the Derivative for a Softmax Cross"
             " Entropy, CS231n notes)")
_REIVEN = "https://github.com/reiven-c-t/ML_Learning (PythonMachineLearning/Chapter2/smallNote.md)"
_CHRISXUE = "https://github.com/chrisxue815/deeplearning_notes (neural.network.md)"
_JMCHEON = "https://github.com/jmcheon/multilayer_perceptron (notation.md)"
_CSE328445 = ("https://stats.stackexchange.com/questions/328445/why-do-derivative-of-weights-for-sigmoid-binary-output"
              "-classification-layer-depe")
_TECHQA = "https://math.techqa.club/gradient-of-2-layer-network-4075404"
_JAHKNOWS = ("https://datascience.stackexchange.com/questions/31725/how-to-understand-backpropagation-using-derivative"
             "/31727")
_NINJAKX = "https://github.com/ninjakx/Neural_network_solver (README.md, the LaTeX of its codecogs images)"

_I2 = ({"i": 0}, {"i": 1})
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_DIAGONAL = tuple({"i": i, "j": i} for i in range(3))
_OFF_DIAGONAL = tuple({"i": i, "j": j} for i in range(3) for j in range(3) if i != j)


def _output_delta(unit, factor: str = "") -> str:
    """dC/dz2[unit] of two sigmoid layers under the (half) squared error; factor "2*" without the 1/2."""
    return f"{factor}(a2[{unit}] - y[{unit}])*a2[{unit}]*(1 - a2[{unit}])"


def _hidden_delta(unit: int, factor: str = "") -> str:
    """dC/dz1[unit] of the 2-3-2 sigmoid networks."""
    back = " + ".join(f"W2[{k},{unit}]*{_output_delta(k, factor)}" for k in range(2))
    return f"({back})*a1[{unit}]*(1 - a1[{unit}])"


def _weight_gradients(factor: str = "") -> tuple:
    """Every weight of the 2-3-2 sigmoid networks with its gradient: values for Twin("gradient", "W{l}[{j},{k}]")."""
    first = tuple({"l": 1, "j": j, "k": k, "m": f"{_hidden_delta(j, factor)}*x[{k}]"} for j in range(3) for k in range(2))
    second = tuple({"l": 2, "j": j, "k": k, "m": f"{_output_delta(j, factor)}*a1[{k}]"} for j in range(2) for k in range(3))
    return first + second


def _pre_activations(fan_ins: tuple, bias: bool = True) -> tuple:
    """z of every unit of every layer as its sum: values for Twin("value", "{z}", ("{m}",))."""
    values = []
    for layer, (units, fan_in) in enumerate(fan_ins, start=1):
        before = "x" if layer == 1 else f"a{layer - 1}"
        for j in range(units):
            terms = " + ".join(f"W{layer}[{j},{k}]*{before}[{k}]" for k in range(fan_in))
            values.append({"z": f"z{layer}[{j}]", "m": terms + (f" + b{layer}[{j}]" if bias else "")})
    return tuple(values)


def _activations(units: tuple) -> tuple:
    """a = sigmoid(z) of every unit: values for Twin("value", "{a}", ("{m}",))."""
    return tuple({"a": f"a{layer}[{j}]", "m": f"sigmoid(z{layer}[{j}])"} for layer, count in enumerate(units, start=1)
                 for j in range(count))


def _kronecker(k: int) -> str:
    return f"(1 if {{i}} == {k} else 0)"


# The softmax cross-entropy's dL/dz_i, step by step as the derivations write it (units i and k of three):
_SOFTMAX_STEPS = {
    "dlog": "-(" + " + ".join(f"t[{k}]*({_kronecker(k)} - a1[{{i}}])" for k in range(3)) + ")",
    "dp": "-(" + " + ".join(f"t[{k}]/a1[{k}]*a1[{k}]*({_kronecker(k)} - a1[{{i}}])" for k in range(3)) + ")",
    "split": "-t[{i}]*(1 - a1[{i}]) - (" + " + ".join(f"(1 - {_kronecker(k)})*t[{k}]/a1[{k}]*(-a1[{k}]*a1[{{i}}])"
                                                       for k in range(3)) + ")",
    "others": "-t[{i}]*(1 - a1[{i}]) + (" + " + ".join(f"(1 - {_kronecker(k)})*t[{k}]*a1[{{i}}]" for k in range(3)) + ")",
    "expanded": "-t[{i}] + t[{i}]*a1[{i}] + (" + " + ".join(f"(1 - {_kronecker(k)})*t[{k}]*a1[{{i}}]" for k in range(3))
                + ")",
    "factored": "a1[{i}]*(t[0] + t[1] + t[2]) - t[{i}]",
    "result": "a1[{i}] - t[{i}]",
}
_SOFTMAX_1 = "exp(z1[{j}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_LOG_SUM_EXP = "log(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_CE_1 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_BCE_2 = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
# Ng's 2-3-1 network: dL/dz1[j] under the binary cross-entropy
_NG_HIDDEN = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
_NG_WEIGHTS = (tuple({"i": 1, "j": j, "k": k, "m": _NG_HIDDEN.format(j=j) + f"*x[{k}]"} for j in range(3) for k in range(2))
               + tuple({"i": 2, "j": 0, "k": k, "m": f"(a2[0] - y[0])*a1[{k}]"} for k in range(3)))
_JAHKNOWS_GRADIENT = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]"

ENTRIES: list[Public] = [
    # ---- fiqlab: plain text with Unicode subscripts, the step-by-step example's numbers on one output ----------
    Public("fiqlab-net-h1", _FIQLAB, "b9_mazur_221", "b9_fiqlab",
           "net_h1 = (w₁ · x₁) + (w₂ · x₂) + b_h\n= (0.15 × 0.05) + (0.20 × 0.10) + 0.35\n= 0.0075 + 0.0200 + 0.3500\n"
           "= 0.3775", ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1", "=(0.15*0.05) + (0.20*0.10) + 0.35",
                                    "=0.0075 + 0.0200 + 0.3500", "=0.3775")),), batch=9),
    Public("fiqlab-out-h1", _FIQLAB, "b9_mazur_221", "b9_fiqlab",
           "out_h1 = σ(0.3775)\n= 1 / (1 + e^(−0.3775))\n= 1 / (1 + 0.68566)\n= 1 / 1.68566\n= 0.59327", ((C, C, W, W, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.3775))", "=1/(1 + np.exp(-0.3775))", "=1/(1 + 0.68566)",
                                    "=1/1.68566", "=0.59327")),), batch=9,
           why="the page's e^(-0.3775) = 0.68566 is 0.685573: the two members built on it are wrong, its 0.59327 right"),
    Public("fiqlab-net-o1", _FIQLAB, "b9_mazur_221", "b9_fiqlab",
           "net_o1 = (w₅ · out_h1) + (w₆ · out_h2) + b_o\n= (0.40 × 0.59327) + (0.45 × 0.59688) + 0.60\n"
           "= 0.23731 + 0.26860 + 0.60000\n= 1.10591", ((C, C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2", "=(0.40*0.59327) + (0.45*0.59688) + 0.60",
                                    "=0.23731 + 0.26860 + 0.60000", "=1.10591")),), batch=9),
    Public("fiqlab-error", _FIQLAB, "b9_mazur_221", "b9_fiqlab", "E = 0.5 × (t₁ − out_o1)²", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=9,
           why="the loss itself, a value claim; the page's next line (its number) is cut off in the stored copy"),
    # ---- melfm's notes: the same example retyped, with its slips (b1 = 0.30, w6 * h1, t1 for t2) ---------------
    Public("melfm-z1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{align}\n    z1 = w1 * x1 + w2 * x2 + b1 \\\\\n    z1 = 0.15 * 0.05 + 0.2 * 0.1 + 0.30 \\\\\n"
           "    z1 = 0.3275\n\\end{align}", ((C,), (C,), (W,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),
            Twin("value", "z1[0]", ("=0.15*0.05 + 0.2*0.1 + 0.30",)),
            Twin("value", "z1[0]", ("=0.3275",))), batch=9,
           why="the page types b1 = 0.30 where its figure (and its own h2 = 0.5969) has 0.35: 0.3275 for 0.3775;"
               " the sum of numbers is right by the spec's rule, its 0.2 and 0.1 being right only to one digit"),
    Public("melfm-y1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{align}\n  y1 = w5 * h1 + w6 * h1 + b2  \\\\\n  y1 = (0.4 * 0.5812 + 0.45 * 0.5812) + 0.6 = 1.094 \\\\\n"
           "  \\hat{y1} = \\sigma (y1) \\\\\n           = 0.7491\n\\end{align}", ((W,), (C, W), (C, W)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[0] + b2",)),
            Twin("value", "z2[0]", ("=(0.4*0.5812 + 0.45*0.5812) + 0.6", "=1.094")),
            Twin("value", "a2[0]", ("sigmoid(z2[0])", "=0.7491"))), batch=9,
           why="w6 * h1 for w6 * h2; y1 is o1's net input here, yhat1 its output"),
    Public("melfm-error-y1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation}\n  E_y1 = \\frac{1}{2}(t1 - \\hat{y1})^2 = \\frac{1}{2}(0.01 - 0.7491)^2 = 0.2731\n"
           "\\end{equation}", ((C, C, W),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2", "=1/2*(0.01 - 0.7491)**2", "=0.2731")),),
           batch=9, why="E_y1, o1's share of the error (E_{y1} as TeX sets it)"),
    Public("melfm-error-y2", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation}\n  E_y2 = \\frac{1}{2}(0.01 - 0.7703)^2 = 0.289\n\\end{equation}", ((W, W),),
           (Twin("value", "(y[1] - a2[1])**2/2", ("=1/2*(0.01 - 0.7703)**2", "=0.289")),), batch=9,
           why="o2's error with o1's target 0.01 for 0.99"),
    Public("melfm-w5-chain", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation} \n\\frac{\\partial E_{total}}{\\partial w5} = \\frac{\\partial E_{total}}{\\partial \\hat{y1}}"
           " \\frac{\\partial \\hat{y1}}{\\partial h1} \\frac{\\partial h1}{\\partial w5} \n\\end{equation}", ((W,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*0",)),), batch=9,
           why="through h1 (o1's input) for y1 (its net input): h1 does not depend on w5"),
    Public("melfm-dE-dy1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{align}\n    E_{total} = \\frac{1}{2}(t1 - \\hat{y1})^2 + \\frac{1}{2}(t2 - \\hat{y2})^2 \\\\\n"
           "    \\frac{\\partial E_{total}}{\\partial \\hat{y1}} = 2 * \\frac{1}{2} (t1 - \\hat{y1})^{2-1} + 0 \\\\\n"
           "    = -(t1 - \\hat{y1}) \\\\\n    =-(0.01 - 0.7491 ) \\\\\n    = 0.7391\n\\end{align}", ((C,), (W, C, C, W)),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),
            Twin("value", "a2[0] - y[0]", ("2*1/2*(y[0] - a2[0])**(2 - 1) + 0", "-(y[0] - a2[0])",
                                           "=-(0.01 - 0.7491)", "=0.7391"))), batch=9,
           why="the power rule's inner minus is lost in the first step; 0.7391 for 0.7491 - 0.01 = 0.7391, right"
               " for the page's 0.7491, and 0.7414 at the true output"),
    Public("melfm-dy1-dh1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation}\n  \\hat{y1} = \\frac{1}{1 + e ^{-\\hat{y1}}} \\\\\n  \\frac{\\partial \\hat{y1}}{\\partial h1} ="
           " \\hat{y1}(1- \\hat{y1}) \\\\\n  = 0.7391(1 - 0.7391) \\\\\n  = 0.1928\n\\end{equation}", ((W,), (W, W, W)),
           (Twin("value", "a2[0]", ("1/(1 + exp(-a2[0]))",)),
            Twin("value", "a2[0]*(1 - a2[0])*W2[0,0]", ("a2[0]*(1 - a2[0])", "=0.7391*(1 - 0.7391)", "=0.1928"))),
           batch=9, why="yhat1 for y1 inside the sigmoid; d yhat1/d h1 lacks w5 (the page means d yhat1/d y1), and"
                        " 0.7391 is dE/dyhat1, not yhat1"),
    # ---- ezalos: Nielsen's four equations, a table with \color, Unicode ∑, ∂ and − --------------------------------
    Public("ezalos-output-error", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n\\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j)\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_output_delta("{j}"),), _J2),), batch=9),
    Public("ezalos-output-error-table", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "${\\color{green}\\delta^L} = \\nabla_a C \\odot \\sigma'(z^L)$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_output_delta("{j}"),), _J2),), batch=9),
    Public("ezalos-layer-error", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n\\delta^l = ((w^{l+1})^T \\delta^{l+1}) \\odot \\sigma'(z^l)\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(W2[0,{j}]*" + _output_delta(0) + " + W2[1,{j}]*" + _output_delta(1)
                                            + ")*a1[{j}]*(1 - a1[{j}])",), _J3),), batch=9,
           why="for l < L, the page's section 2"),
    Public("ezalos-weight", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n  \\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j\n$$", ((C,),),
           (Twin("gradient", "W{l}[{j},{k}]", ("{m}",), _weight_gradients()),), batch=9,
           why="Nielsen's layers: the input is layer 1, so l = 2, 3 are W1, W2"),
    Public("ezalos-quadratic-cost", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\nC=\\frac{1}{2}∑_j(y_j−a^L_j)^2\n$$", ((C,),),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),),
           batch=9),
    Public("ezalos-dC-da", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n\\frac{∂C}{∂a^L_j}=(a^L_j−y_j)\n$$", ((C,),),
           (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2),), batch=9),
    Public("ezalos-softmax-chain", _EZALOS, "b9_softmax3", "b9_ezalos_softmax",
           "$$\n\\frac{\\partial L}{\\partial o_i}=-\\sum_ky_k\\frac{\\partial \\log p_k}{\\partial o_i}=-\\sum_ky_k"
           "\\frac{1}{p_k}\\frac{\\partial p_k}{\\partial o_i}\\\\=-y_i(1-p_i)-\\sum_{k\\neq i}y_k\\frac{1}{p_k}"
           "({\\color{red}{-p_kp_i}})\\\\=-y_i(1-p_i)+\\sum_{k\\neq i}y_k({\\color{red}{p_i}})\\\\=-y_i+\\color{blue}"
           "{y_ip_i+\\sum_{k\\neq i}y_k({p_i})}\\\\=\\color{blue}{p_i\\left(\\sum_ky_k\\right)}-y_i=p_i-y_i\n$$", ((C,) * 7,),
           (Twin("gradient_z", "z1[{i}]", tuple(_SOFTMAX_STEPS.values()), _I3),), batch=9,
           why="o the logits, p the softmax; rows joined by \\\\ without an aligned environment"),
    # ---- blackKeys17: Nielsen's equations, units counted from 1, w^l_{j,k} with a comma, the squared error ------
    Public("blackkeys-forward", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys", "$$z^l=w^la^{l-1}+b^l$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (2, 3)))),), batch=9),
    Public("blackkeys-output-error", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\delta^L=2(a^L-y)\\odot \\sigma'(z^L)$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_output_delta("{j}", "2*"),), _J2),), batch=9,
           why="the page's quadratic loss has no 1/2"),
    Public("blackkeys-dC-da-typo", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\frac{\\partial C}{\\partial a^L_k}=2(a^L_i-y_i)$$", unreadable="i", batch=9,
           why="i for k on the right: i has no value there"),
    Public("blackkeys-layer-error-sum", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\frac{\\partial C}{\\partial z^l_k}=\\sigma'(z^l_k)\\sum_{i=1}^n\\delta^{l+1}_i w^{l+1}_{i,k}$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}]*(1 - a1[{k}])*(" + " + ".join(
               f"{_output_delta(i, '2*')}*W2[{i},{{k}}]" for i in range(2)) + ")",), _K3),), batch=9,
           why="for l < L; n is the number of units of layer l + 1"),
    Public("blackkeys-weight-chain", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\frac{\\partial C}{\\partial w^l_{j,k}}=\\frac{\\partial C}{\\partial z^l_j}\\frac{\\partial z^l_j}"
           "{\\partial w^l_{j,k}}=\\delta^l_j a^{l-1}_k$$", ((C, C),),
           (Twin("gradient", "W{l}[{j},{k}]", ("{m}", "{m}"), _weight_gradients("2*")),), batch=9),
    Public("blackkeys-update", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$w_k\\rightarrow w_k-\\eta\\frac{\\partial C}{\\partial w_k}$$", ((C,),),
           (Twin("update", "W1[2,1]", ("W1[2,1] - eta*grad",)),), param="W1[2,1]", batch=9,
           why="w_k any weight (the notation's parameter); the arrow is the page's update sign"),
    Public("blackkeys-forward-ellipsis", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$z^l_i = w^l_{i,1}a^{l-1}_1 + .… + w^l_{i,m}a^{l-1}_m+b^l_i$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (2, 3)))),), batch=9,
           why="m the number of units of layer l - 1; the ellipsis stands for the terms between (refused on purpose"
               " by docs/notation.md, counted here as a formula a teacher means to be read)"),
    # ---- yanfenglee: the softmax Jacobian's two cases written after \quad, the chain over $$ lines -------------
    Public("yanfeng-softmax", _YANFENG, "b9_softmax3", "b9_yanfeng", r"$$a_j = \frac{e^{z_j}}{\sum_k e^{z_k}}$$",
           ((C,),), (Twin("value", "a1[{j}]", (_SOFTMAX_1,), _J3),), batch=9),
    Public("yanfeng-jacobian-diagonal", _YANFENG, "b9_softmax3", "b9_yanfeng",
           r"$$ \frac{\partial a_j}{\partial z_i} = a_i(1 - a_i), \quad i = j $$", ((C,),),
           (Twin("value", "a1[{j}]*((1 if {i} == {j} else 0) - a1[{i}])", ("a1[{i}]*(1 - a1[{i}])",), _DIAGONAL),),
           batch=9, why="the case i = j, written after the formula"),
    Public("yanfeng-jacobian-off-diagonal", _YANFENG, "b9_softmax3", "b9_yanfeng",
           r"$$ \frac{\partial a_j}{\partial z_i} = -a_i a_j,\quad i \neq j. $$", ((C,),),
           (Twin("value", "a1[{j}]*((1 if {i} == {j} else 0) - a1[{i}])", ("-a1[{i}]*a1[{j}]",), _OFF_DIAGONAL),),
           batch=9),
    Public("yanfeng-ce-chain", _YANFENG, "b9_softmax3", "b9_yanfeng",
           "$$ \\frac{\\partial L}{\\partial z_i} = -\\sum_k y_k \\frac{1}{a_k} \\frac{\\partial a_k}{\\partial z_i} $$\n"
           "$$ = -y_i(1-a_i) - \\sum_{k\\neq i} y_k \\frac{1}{a_k}(-a_ka_i) $$\n$$ = -y_i(1-a_i) + \\sum_{k\\neq i} y_k a_i $$\n"
           "$$ = -y_i+y_ia_i + \\sum_{k\\neq i} y_k a_i $$\n$$ = a_i \\sum_ky_k - y_i $$\n$$ = a_i-y_i $$", ((C,) * 6,),
           (Twin("gradient_z", "z1[{i}]", tuple(_SOFTMAX_STEPS[name] for name in
                                                 ("dp", "split", "others", "expanded", "factored", "result")), _I3),),
           batch=9),
    # ---- hoadm-net: calligraphic L, bold vectors, CE as a name, a slash derivative ------------------------------
    Public("hoadm-ce", _HOADM, "b9_softmax3", "b9_hoadm", r"$\mathcal{L} = -\sum_k y_k \log p_k$", ((C,),),
           (Twin("value", _CE_1, (_CE_1,)),), batch=9),
    Public("hoadm-logits", _HOADM, "b9_softmax3", "b9_hoadm",
           r"$$\frac{\partial \mathcal{L}}{\partial z_k} = p_k - y_k$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=9),
    Public("hoadm-nabla", _HOADM, "b9_softmax3", "b9_hoadm",
           r"$\nabla_{\mathbf{z}} \text{CE} = \mathbf{p} - \mathbf{y}$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=9),
    Public("hoadm-binary", _HOADM, "b9_bce_unit", "b9_hoadm_binary", r"$\partial \mathcal{L}/\partial z = p - y$",
           ((C,),), (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=9,
           why="the page's binary logistic regression: sigmoid and the binary cross-entropy"),
    # ---- CS231n notes (Nemotron copy): sigma as the softmax, classes counted from 1, log-sum-exp ----------------
    Public("deriving-softmax", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ \sigma(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{n} e^{z_j}} \]", ((C,),),
           (Twin("value", "a1[{j}]", (_SOFTMAX_1,), _J3),), batch=9, why="n the number of classes, 1-based"),
    Public("deriving-loss-log", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ L(y, z) = -\sum_{i=1}^{n} y_i \left( z_i - \log\left(\sum_{j=1}^{n} e^{z_j}\right) \right) \]", ((C,),),
           (Twin("value", _CE_1, ("-(" + " + ".join(f"t[{i}]*(z1[{i}] - {_LOG_SUM_EXP})" for i in range(3)) + ")",)),),
           batch=9),
    Public("deriving-loss-split", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ L(y, z) = -\sum_{i=1}^{n} y_i z_i + \log\left(\sum_{j=1}^{n} e^{z_j}\right) \]", ((C,),),
           (Twin("value", _CE_1, ("-(t[0]*z1[0] + t[1]*z1[1] + t[2]*z1[2]) + " + _LOG_SUM_EXP,)),), batch=9,
           why="equal for one-hot targets (sum_i y_i = 1)"),
    Public("deriving-dL-dz", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ \frac{\partial L}{\partial z_k} = -y_k + \frac{\partial}{\partial z_k} \log\left(\sum_{j=1}^{n} e^{z_j}\right) \]",
           ((C,),), (Twin("gradient_z", "z1[{k}]", ("-t[{k}] + " + _SOFTMAX_1.replace("{j}", "{k}"),), _K3),), batch=9),
    # ---- reiven-c-t: Adaline, a mistyped superscript --------------------------------------------------------------
    Public("reiven-adaline-cost-typo", _REIVEN, "b9_adaline", "b9_reiven",
           r"$J(w) = \frac{1}{2}\sum_i(y^{(i)) - \varphi(z^{(i)})^2$", unreadable="(i))", batch=9,
           why="y^{(i)) : the superscript's brace closed by a parenthesis"),
    Public("reiven-net-input", _REIVEN, "b9_adaline", "b9_reiven", r"$z = w^Tx$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=9),
    # ---- chrisxue815: Ng's [l] layers in lower case, rows of one aligned block ------------------------------------
    Public("chrisxue-forward", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\nz^{[l]} &= w^{[l]} a^{[l-1]} + b^{[l]} \\\\\n\n\\end{aligned}\n$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),), batch=9,
           why="one row of the page's forward block"),
    Public("chrisxue-activation", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\na^{[l]} &= g(z^{[l]}) \\\\\n\n\\end{aligned}\n$$", ((C,),),
           (Twin("value", "{a}", ("{m}",), _activations((3, 1))),), batch=9),
    Public("chrisxue-loss-typo", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\nL &= - (yln(a^{[l]}) + (1-y)ln(1-a^{[l]}) \\\\\n\n\\end{aligned}\n$$", unreadable="(",
           batch=9, why="an opening parenthesis never closed (and a^{[l]} for the output a^{[L]})"),
    Public("chrisxue-dL-da", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\n\\frac{dL}{da^{[L]}}\n&= -\\frac{y}{a^{[L]}} + \\frac{1-y}{1-a^{[L]}} \\\\\n\n"
           "\\end{aligned}\n$$", ((C,),),
           (Twin("value", "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])", ("-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])",)),), batch=9),
    # ---- jmcheon: Ng's capitals, dZ, W^{[l]^T}, f^{'}; one column of the table with samples as columns, one as rows
    Public("jmcheon-forward-columns", _JMCHEON, "b9_ng_bce", "b9_jmcheon_columns",
           "$$Z^{[l]} = W^{[l]} \\cdot A^{[l - 1]}   + b^{[l]}$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),), batch=9),
    Public("jmcheon-dZ-output", _JMCHEON, "b9_ng_bce", "b9_jmcheon_columns", "$$dZ^{[L]} = A^{[L]} - y$$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=9),
    Public("jmcheon-dZ-hidden", _JMCHEON, "b9_ng_bce", "b9_jmcheon_columns",
           "$$dZ^{[l - 1]} =  W^{[l]^T} \\cdot dZ^{[l]}  \\times f^{'}(Z^{[l - 1]})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NG_HIDDEN,), _J3),), batch=9, why="\\times entrywise, as the page's table means"),
    Public("jmcheon-forward-rows", _JMCHEON, "b9_ng_bce", "b9_jmcheon_rows",
           "$$Z^{[l]} = A^{[l - 1]} \\cdot  W^{[l]} + b^{[l]}$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),), batch=9,
           why="the row-wise column: w.shape (n_in, n_out), the notation input-first"),
    # ---- stats.SE 328445: Ng's [i] as the layer letter, and i again as the sample of the cost's sum -----------------
    Public("cse328445-dJ-dW", _CSE328445, "b9_ng_bce", "b9_cse328445",
           r"$\frac{\partial \mathcal{J}}{\partial W^{[i]}} = \frac{1}{m}\frac{\partial \mathcal{J}}{\partial Z^{[i]}}"
           r"A^{[i-1]T}$", ((C,),),
           (Twin("gradient", "W{i}[{j},{k}]", ("{m}",), _NG_WEIGHTS),), batch=9,
           why="at one sample (m = 1); i the layer"),
    Public("cse328445-definitions", _CSE328445, "b9_ng_bce", "b9_cse328445",
           r"$A^{[i]} = \sigma(Z^{[i]}) \\ Z^{[i]} = W^{[i]}A^{[i-1]} + b^{[i]} \\ \sigma(x) = \frac{1}{1 + e^{-x}} \\ \\"
           r" \mathcal{J}(W, b) = \frac{1}{m} \sum\limits_{i = 1}^{m} \mathcal{L}(\hat{y}_i, y_i) \\ \mathcal{L}(\hat{y}, y)"
           r" = - \Big(y \log \hat{y} + (1-y)\log(1 - \hat{y})\Big)$", ((C,),) * 5,
           (Twin("value", "{a}", ("{m}",), _activations((3, 1))),
            Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),
            Twin("value", "sigmoid(x[{k}])", ("1/(1 + exp(-x[{k}]))",), _K2),
            Twin("value", _BCE_2, (_BCE_2,)),
            Twin("value", _BCE_2, (_BCE_2,))), batch=9,
           why="the question's definitions, one display; sigma(x) of the input vector entry by entry"),
    # ---- math.techqa 4075404: alpha and beta as the hidden units' weight vectors, superscript i the sample ---------
    Public("techqa-cost", _TECHQA, "b9_techqa", "b9_techqa",
           r"$$\ell(w,\alpha, \beta) := \sum_{i=1}^{m} \left( y^i - \sigma(w^Tz^i) \right)^2$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1]))**2",)),), batch=9,
           why="the cost over the m samples, at one sample (m = 1)"),
    Public("techqa-gradient", _TECHQA, "b9_techqa", "b9_techqa",
           r"$$\nabla_w \ell(w, \alpha, \beta) = - \sum_{i=1}^m 2(y^i - \sigma(u^i))\sigma(u^i)(1-\sigma(u^i)) z^i$$",
           ((C,),), (Twin("gradient", "W2[0,{k}]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{k}]",), _K2),), batch=9),
    Public("techqa-hidden", _TECHQA, "b9_techqa", "b9_techqa", r"$z_1^i = \sigma(\alpha^T x^i)$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=9),
    Public("techqa-net", _TECHQA, "b9_techqa", "b9_techqa", r"$(u^i) = w^Tz^i$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=9),
    # ---- datascience.SE 31725 (JahKnows's answer; the later displays as the Nemotron-CC-Math copy has them) --------
    Public("jahknows-neuron", _JAHKNOWS, "b9_neuron_half", "b9_jahknows", r"$\hat{y} = \frac{1}{1+e^{w^Tx+b}}$.",
           ((W,),), (Twin("value", "a1[0]", ("1/(1 + exp(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]))",)),), batch=9,
           why="e^{w^T x + b} for e^{-(w^T x + b)}: the sigmoid of -z"),
    Public("jahknows-update", _JAHKNOWS, "b9_neuron_half", "b9_jahknows",
           "\\[\nw^{new} = w^{old} - \\nu \\frac{\\partial C}{\\partial \\hat{y}}\\frac{\\partial \\hat{y}}{\\partial w}\n\\]",
           ((C,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*" + _JAHKNOWS_GRADIENT,), _I2),), batch=9),
    Public("jahknows-dC-dy", _JAHKNOWS, "b9_neuron_half", "b9_jahknows",
           "\\[\n\\frac{\\partial C}{\\partial \\hat{y}} = \\hat{y} - y\n\\]", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=9),
    Public("jahknows-dy-dw", _JAHKNOWS, "b9_neuron_half", "b9_jahknows",
           "\\[\n\\frac{\\partial \\hat{y}}{\\partial w} = \\frac{1}{1+e^{w^Tx + b}} \\left(1 - \\frac{1}{1+e^{w^Tx + b}}"
           "\\right)\n\\]", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])*x[{i}]", ("1/(1 + exp(z1[0]))*(1 - 1/(1 + exp(z1[0])))",), _I2),), batch=9,
           why="the sigmoid's slope without the input x (the sign slip cancels in sigma(-z)(1 - sigma(-z)))"),
    # ---- ninjakx: net_{H11}, w_{H11.I1}; one equation of each align* block; the page's hidden nets mistyped --------
    Public("ninjakx-net-h11", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} net_{H11} &= (w_{H11.I1} * I_1) + (w_{H11.I2} * I_2) + (w_{H11.I3} * I_3) + (w_{H11.I4} * I_4)\\"
           r" & = (0.5 * 1) + (0.4 * 2) + ( 0.1 * -1) + (0.2 * 1) \\ & = 1.4 \end{align*}", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + W1[0,3]*x[3]",
                                    "=(0.5*1) + (0.4*2) + (0.1*-1) + (0.2*1)", "=1.4")),), batch=9),
    Public("ninjakx-net-h21", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} net_{H21} &= (w_{H21.H11} * H_{11}) + (w_{H21.H12} * H_{12}) \\ & = (0.1 * 0.802184) + (0.2 *"
           r" 0.80998) \\ & = 0.43 \end{align*}", ((C, C, W),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=(0.1*0.802184) + (0.2*0.80998)", "=0.43")),),
           batch=9, why="0.43 for 0.2422 (the page's next output, 0.56026, is the sigmoid of the true 0.2422)"),
    Public("ninjakx-out-h21", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} out_{H21} &= \frac{1}{1+e^{-net_{H21}}} \\ & = \frac{1}{1+e^{0.43}} \\ & = 0.56026"
           r" \end{align*}", ((C, W, C),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))", "=1/(1 + np.exp(0.43))", "=0.56026")),), batch=9),
    Public("ninjakx-net-h22", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} net_{H22} &= (w_{H22.H11} * H_{11}) + (w_{H22.H12} * H_{12})\\ & = (0.3 * 0.802184) + (0.4 *"
           r" 0.80998) \\ & = 1 \end{align*}", ((C, C, C),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1]", "=(0.3*0.802184) + (0.4*0.80998)", "=1")),),
           batch=9, why="the page's 1 for 0.5646 is right by the spec's rule: a whole number is right to the unit"),
    Public("ninjakx-out-o1", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} out_{O1} &= \frac{1}{1+e^{-net_{O1}}} \\ & = \frac{1}{1+e^{0.17}} \\ & = 0.544556"
           r" \end{align*}", ((C, W, C),),
           (Twin("value", "a3[0]", ("1/(1 + exp(-z3[0]))", "=1/(1 + np.exp(0.17))", "=0.544556")),), batch=9,
           why="e^{0.17} for e^{-0.17}; the page's 0.544556 is the true output"),
]
