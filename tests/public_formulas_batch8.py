"""Batch 8 of the public formulas (see the docstring of tests/public_formulas.py): kept apart while its
blind rate was measured (twice, below), and only then used to fix the reader; now part of
public_formulas.ENTRIES, held by test_public_formulas.py as every other batch.

Formulas from 11 pages no earlier batch used (a worked example and a Udacity notebook on GitHub, lecture
notes and course Q&A in the Nemotron-CC-Math copies, Stack Exchange threads, blog posts), copied
verbatim, typos included, each with the notation a teacher would write for the page under
shared/spec/notation.md, a network of the kind the page describes (with the page's numbers where it
works an example), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the
oracle run on them before check was. ``unreadable`` marks a formula the page mistyped so that any
reading would be a guess: a correct reader refuses it in one line.

tests/blind_batch.py measures a batch entry by entry and page by page:

    python tests/blind_batch.py 8

Blind, once, on 2026-12-03 at main 99cebaf (after batch 6's fixes; batch 7's not merged): 21 of 45 read
with every verdict right (47%); the 3 typos refused as they should be; 20 refused that should have been
read; 1 misread (a right formula judged wrong); no wrong formula called correct. Read right or rightly
refused: 24 of 45 (53%). By kind of claim: values (forward passes, losses, deltas, local derivatives)
16 of 29 read (of them, members of numbers 4 of 5), gradients (dL/dW, dL/db, dL/dz) 5 of 12 (numbers 2 of
2), updates 0 of 2. The refusals and the misreading by construct:

- 4: a hat over a subscripted letter as a notation pattern, ``"\\hat{y_{j}}" = "a1[j]"`` (the page writes
  ``\\hat{y_j}``): the notation itself is refused ("unexpected at '}'"), so every formula of the page is
  (udacity-*). Tried afterwards with ``\\hat{y}_{j}`` in the table: the two formulas without ``\\hat{y_j}``
  read right, the two with it stay unknown symbols.
- 4: a bold letter as a notation pattern, ``"\\textbf{l}^{0}" = "x[:]"``: the notation is refused ("the
  command \\textbf is not part of a formula"), so every formula of the page is (decision-*). Tried
  afterwards without those patterns: ``\\textbf`` in a formula is refused too; ``s_n[...]``, a function
  named in ``functions`` written with the unit's index, is an unknown symbol; ``t_l[...]`` (t = tanh) is
  MISREAD, a right formula judged wrong (t_l taken for the target, as ``\\tanh[...]`` reads right); a chain
  closing with ``=`` (continued in the next display) is refused.
- 2: a function whose name in ``functions`` has a script: ``g_{relu}(Z^{[1]})`` ("unknown symbol g_{relu}";
  diaz-relu), ``g'^{[1]}(Z^{[1]})`` ("name the activation g stands for"; diaz-delta1).
- 2: a layer's whole matrix, ``"W_{1}" = "W1[:, :]"``, refused ("a slice (:) is not part of a formula"), so a
  teacher cannot name W_1 (dlai-relu-course, a wrong formula); the Iverson bracket ``[Z_1 > 0]``
  (dlai-relu-ng).
- 2: ``\\frac{1}{n} \\sum_x``, the mean over the training inputs x: "unknown symbol n"; with ``"n" = "1"`` in
  the table, "the sum over x has no bounds and x indexes nothing" (colelyman-*).
- 1 each: the new value written with a prime, ``w_i' = w_i + r ...`` (winston-output-update); the new
  value under a new name, ``\\text{Wec} = \\text{wec} - \\eta ...``, which no notation meaning can name
  (churchill-update-wec); two claims in one display, ``..., \\quad \\frac{\\partial C}{\\partial b} =
  ...`` ("unexpected at ','"; nielsen-ce-wanted); ``(\\sum_j e^{z})^2``, a sum whose index its term does
  not use ("j indexes nothing"; ``\\sum e^z`` without the index reads right;
  cse235528-softmax-derivative); arguments as an ellipsis, ``softmax(z_1,...,z_K)_k``
  (techqa-softmax-entry); a remark ``\\quad \\small\\text{where} \\quad \\mathbf{w}^{(L)} \\in
  \\mathbb{R}^{i\\times j}`` ("\\small"; without it both equations read right; urencio-forward).
- misread: two ``$...$`` lines, each ``J = ...``, are joined into one chain, the second J multiplied onto the
  first line's last member, so the right ``J = - (0 * \\log(0.5847) + 1 * \\log(0.4153))`` is judged wrong
  (diaz-loss-numbers).
- the typos: the broken braces and ``e^{-x}`` for ``e^{-z}`` are refused for what they are; ``t^{-T}`` is
  refused before it is reached, for its left side: a loss named with a script in ``loss = ["L_{CE}"]`` is an
  unknown symbol (also in a formula without the typo).

Blind again at main bc6c36c (after batch 7's fixes): 21 of 45, the misreading included.

After fixing the two misreadings (tests/test_reading_constructs_batch8.py): 22 of 45 read with every verdict
right (49%); 20 refused, the 3 typos refused, no misreading, no wrong formula called correct. Two ``J = ...``
lines are two equations now (diaz-loss-numbers reads: a new line with its own left side and relation starts
an equation, symbolic/line_breaks.py, for check and grade alike); ``t_l[...]`` with ``t = "tanh"`` in
``functions`` is refused in one line ("a function with a subscript is not one check reads"), not read as the
target t_l (the decision-* entries stay refused, for their notation's ``\\textbf``).

After the fixes (tests/test_reading_constructs_batch8b.py, each construct as the family another author
would write, a right formula and a one-change wrong one held to the PyTorch oracle): 42 of 45 read with
every verdict right (93%), the 3 typos refused as meant (techqa-loss-typo now for its ``t^{-T}``, its
``L_{CE}`` read; the braces typo's expected words now its message's, "to close the group"), no refusal
left, no wrong formula called correct. What was added:

- a decoration over a letter with its scripts inside, in patterns and formulas alike: ``\\hat{y_{j}}``,
  ``\\hat{y_j}``, ``\\bar``, ``\\tilde``, ``\\widehat``, ``\\dot``, ``\\check``, and the fonts that mark a
  letter (``\\mathbf{w_{ij}}``, ``\\vec``, ``\\boldsymbol``, ``\\bm``, ``\\mathrm``, ``\\mathit``, ``\\mathsf``;
  ``\\textbf`` now one of them), as the decorated letter with those scripts (symbolic/decorations.py);
- a function of the notation named with a script (``"g_{relu}" = ...``, ``"g^{[1]}" = ...``), and ``s_n[u]``
  with s a function of the notation: entry n of s at the vector of u over n (the refusal of batch 8's
  first fixes, replaced by a reading; a subscript that is no index of u stays refused);
- a meaning ``W1[:, :]``, the layer's whole matrix; Iverson's ``[Z_1 > 0]``; a column mask ``\\odot`` a matrix
  over every column, as NumPy broadcasts it;
- ``\\frac{1}{n} \\sum_x``, the mean over the training inputs x (a sum over the samples);
- a parameter's name with a prime, ``w_i'``, its new value; a notation may name a new value,
  ``"\\\\text{Wec}" = "new(W2[0, 0])"`` (added to b8_churchill's table: written blind, it had no way to);
- two claims in one display split at a comma, a semicolon or ``\\text{and}`` (a space alone, ``\\quad``, is a
  product sign on some pages, so never a split); a chain ending with ``=``, going on in the next display;
  LaTeX's sizes (``\\small``) dropped;
- ``\\sum_j e^{z}`` of a vector, an index its term does not use: the sum of the vector's entries, as
  ``\\sum e^z``; ``softmax(z_1,...,z_K)_k``, a list from a vector's first entry to its last; a sum's letter
  with a prime (``k^{\\prime}``); a loss named with a script, ``loss = ["L_{CE}"]``.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # Diaz-De-Vivar's worked example: 2 -> 3 ReLU -> 2 softmax, categorical cross-entropy, the page's numbers
    "b8_diaz": """
[[layer]]
inputs = 2
units = 3
activation = "relu"
weights = [[0.1, 0.4], [-0.2, 0.1], [0.3, -0.1]]
biases = [0.1, 0.0, -0.1]
[[layer]]
units = 2
activation = "softmax"
weights = [[0.2, -0.1, 0.3], [0.1, 0.4, -0.2]]
biases = [0.2, -0.1]
[loss]
name = "cross_entropy"
[data]
x = [[0.5, -0.2]]
y = [[0.0, 1.0]]
[update]
learning_rate = 0.1
""",
    # Udacity notes, "error gradient": yhat_j = f(sum_i w_ij x_i), sigmoid f, E = 1/2 sum (y - yhat)^2, no bias
    "b8_one_layer": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
bias = "none"
[loss]
name = "half_squared_error"
""",
    # Udacity notes, "pre-calculation per neuron": hidden units j, output units k, sigmoid f, no biases
    "b8_two_layers": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
bias = "none"
[[layer]]
units = 2
activation = "sigmoid"
bias = "none"
[loss]
name = "half_squared_error"
""",
    # MIT 6.034 (Winston): one sigmoid unit, P = -1/2 (y* - y)^2 the performance, rate r
    "b8_winston_unit": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
bias = "none"
[loss]
name = "half_squared_error"
""",
    # Alex Churchill's notes: inputs A, B -> C, D -> E, sigmoid, no biases, the page's numbers, eta = 1
    "b8_churchill": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
bias = "none"
weights = [[0.1, 0.5], [0.3, 0.2]]
[[layer]]
units = 1
activation = "sigmoid"
bias = "none"
weights = [[0.2, 0.1]]
[loss]
name = "half_squared_error"
[data]
x = [[0.1, 0.7]]
y = [[1.0]]
[update]
learning_rate = 1.0
""",
    # Nielsen's chapter 3: one sigmoid neuron a = sigma(sum_j w_j x_j + b), the cross-entropy cost
    "b8_bce_neuron": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # stats.stackexchange 235528: z_j = sum_i w_ij o_i + b (one bias b), o = softmax(z), classes a, b, c
    "b8_softmax_shared_bias": """
[[layer]]
inputs = 2
units = 3
activation = "softmax"
bias = "shared"
[loss]
name = "cross_entropy"
""",
    # math.techqa 3587665: z = W x (no bias), y = softmax(z), K = 3 classes
    "b8_softmax_no_bias": """
[[layer]]
inputs = 2
units = 3
activation = "softmax"
bias = "none"
[loss]
name = "cross_entropy"
""",
    # deeplearning.ai's CBOW question: ReLU hidden layer, softmax output, J the cross-entropy
    "b8_cbow": """
[[layer]]
inputs = 3
units = 2
activation = "relu"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
""",
    # danielurencio: h^(L) from the layer before, z^(L) = w^(L) h^(L) (no bias), y = softmax, E = -sum t log y
    "b8_softmax_last": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 3
activation = "softmax"
bias = "none"
[loss]
name = "cross_entropy"
""",
    # thedecisionblog: rows l^0 -> tanh -> l^1 -> softmax -> l^2, biases zero, eps = 1/2 sum (l^2 - y)^2
    "b8_tanh_softmax_squared": """
[[layer]]
inputs = 2
units = 3
activation = "tanh"
bias = "none"
[[layer]]
units = 3
activation = "softmax"
bias = "none"
[loss]
name = "half_squared_error"
""",
}

NOTATIONS = {
    "b8_diaz": r'''
[notation]
indices = "kl"
loss = ["J"]
functions = { "g_{relu}" = "relu", "g_{softmax}" = "softmax", "g^{[1]}" = "relu" }
[notation.symbols]
"X" = "x[:]"
"A^{[0]}" = "x[:]"
"A^{[l]}" = "a{l}[:]"
"Z^{[l]}" = "z{l}[:]"
"z_{k}" = "z2[k-1]"
"Y" = "t[:]"
"Y_{k}" = "t[k-1]"
"\\hat{Y}" = "a2[:]"
"\\hat{Y}_{k}" = "a2[k-1]"
''',
    "b8_udacity_one": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"w_{ij}" = "W1[j, i]"
"x_{i}" = "x[i]"
"y_{j}" = "y[j]"
"\\hat{y_{j}}" = "a1[j]"
"h_{j}" = "z1[j]"
''',
    "b8_udacity_two": r'''
[notation]
indices = "n"
functions = { f = "sigmoid" }
[notation.symbols]
"y_{k}" = "y[k]"
"\\hat{y_{k}}" = "a2[k]"
"a_{k}" = "z2[k]"
"o_{k}" = "a2[k]"
"o_{j}" = "a1[j]"
"h_{j}" = "z1[j]"
"w_{jk}" = "W2[k, j]"
"\\delta_{k}" = "-delta2[k]"
"\\delta_{j}" = "-delta1[j]"
''',
    "b8_winston": r'''
[notation]
indices = "i"
learning_rate = ["r"]
[notation.symbols]
"P" = "-(y[0] - a1[0])**2/2"
"y" = "a1[0]"
"y^{*}" = "y[0]"
"z" = "z1[0]"
"x_{i}" = "x[i]"
"w_{i}" = "W1[0, i]"
''',
    "b8_winston_inner": r'''
[notation]
indices = "n"
[notation.symbols]
"y_{i}" = "a1[i]"
"\\delta_{i}" = "-delta1[i]"
"\\delta_{j}" = "-delta2[j]"
"w_{ij}" = "W2[j, i]"
''',
    "b8_churchill": r'''
[notation]
indices = "n"
functions = { g = "sigmoid" }
[notation.symbols]
"A" = "x[0]"
"B" = "x[1]"
"C" = "a1[0]"
"D" = "a1[1]"
"E" = "a2[0]"
"\\text{weight}_{ca}" = "W1[0, 0]"
"\\text{weight}_{cb}" = "W1[0, 1]"
"\\text{weight}_{da}" = "W1[1, 0]"
"\\text{weight}_{db}" = "W1[1, 1]"
"\\text{weight}_{ec}" = "W2[0, 0]"
"\\text{weight}_{ed}" = "W2[0, 1]"
"\\text{wec}" = "W2[0, 0]"
"\\text{wed}" = "W2[0, 1]"
"\\text{Wec}" = "new(W2[0, 0])"            # added after the blind runs: notation.md's new(...)
"y_{k}" = "a2[0]"
"t_{k}" = "y[0]"
"x_{k}" = "z2[0]"
"x_{c}" = "z1[0]"
"x_{d}" = "z1[1]"
"\\delta_{k}" = "delta2[0]"
"\\delta_{e}" = "delta2[0]"
"\\delta_{c}" = "delta1[0]"
"\\delta_{d}" = "delta1[1]"
''',
    "b8_nielsen_ce": r'''
[notation]
indices = "j"
loss = ["C"]
[notation.symbols]
"\\omega_{j}" = "W1[0, j]"
"w_{j}" = "W1[0, j]"
"x_{j}" = "x[j]"
"a" = "a1[0]"
"z" = "z1[0]"
"b" = "b1[0]"
"y" = "y[0]"
''',
    "b8_cse235528": r'''
[notation]
indices = "n"
loss = ["E"]
[notation.symbols]
"t_{j}" = "t[j]"
"o_{j}" = "a1[j]"
"o_{i}" = "x[i]"
"z_{j}" = "z1[j]"
"w_{ij}" = "W1[j, i]"
"b" = "b1"
"z_{a}" = "z1[0]"
"z_{b}" = "z1[1]"
"z_{c}" = "z1[2]"
"o_{a}" = "a1[0]"
"o_{b}" = "a1[1]"
"o_{c}" = "a1[2]"
"z" = "z1[:]"
''',
    "b8_techqa": r'''
[notation]
indices = "k"
loss = ["L_{CE}"]
[notation.symbols]
"z" = "z1[:]"
"y" = "a1[:]"
"t" = "t[:]"
"W" = "W1[:, :]"
"z_{k}" = "z1[k-1]"
"y_{k}" = "a1[k-1]"
"t_{k}" = "t[k-1]"
"K" = "3"
''',
    "b8_cbow": r'''
[notation]
loss = ["J"]
[notation.symbols]
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"X" = "x[:]"
"Y" = "t[:]"
"\\hat{Y}" = "a2[:]"
"Z_{1}" = "z1[:]"
"m" = "1"
''',
    "b8_urencio": r'''
[notation]
indices = "ijk"
[notation.symbols]
"y_{i}" = "a2[i]"
"t_{i}" = "t[i]"
"z_{i}^{(L)}" = "z2[i]"
"w_{ij}^{(L)}" = "W2[i, j]"
"\\mathbf{z}^{(L)}" = "z2[:]"
"\\mathbf{h}^{(L)}" = "a1[:]"
''',
    "b8_decision": r'''
[notation]
indices = "klmnpqr"
loss = ["\\epsilon"]
functions = { t = "tanh", s = "softmax" }
[notation.symbols]
"l_{k}^{0}" = "x[k]"
"l_{k}^{1}" = "a1[k]"
"l_{k}^{2}" = "a2[k]"
"\\textbf{l}^{0}" = "x[:]"
"\\textbf{l}^{1}" = "a1[:]"
"\\textbf{l}^{2}" = "a2[:]"
"y_{k}" = "y[k]"
"w_{mn}^{01}" = "W1[n, m]"
"w_{mn}^{12}" = "W2[n, m]"
''',
}

_DIAZ = "https://github.com/Diaz-De-Vivar/deep-learning (neural-networks-from-sratch/09.04.backpropagation.md)"
_UDACITY = "https://github.com/elektronenhirn/udacity-deep-learning (Notes.ipynb)"
_WINSTON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (EECS 6.034: Backpropagation for Sigmoid Neural Networks)"
_CHURCHILL = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Notes on Backpropagation, Alex Churchill)"
_NIELSEN_CE = ("https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Derivation of the Cross-Entropy Equation in"
               " Michael Nielsen's Book)")
_COLELYMAN = "https://github.com/Colelyman/tensorflow (neural-nets notes on Nielsen's chapter 3, the cross-entropy cost)"
_CSE235528 = "https://stats.stackexchange.com/questions/235528/backpropagation-with-softmax-cross-entropy/306710"
_TECHQA = "https://math.techqa.club/multi-class-logistic-regression-3587665"
_DLAI_RELU = ("https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (How does ReLU appear in the first layer"
              " gradient of backpropagation?)")
_URENCIO = "https://danielurencio.github.io/notes/softmax_nn"
_DECISION = "https://www.thedecisionblog.com/the%20backpropagation%20equations%20for%20a%203%20layer%20neural%20net.html"

_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})
_I2 = ({"i": 0}, {"i": 1})
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_JI33 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_IJ22 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
# Diaz: dJ/dA^[1] = W2^T delta2, and delta1 = that times relu'(z1)
_DIAZ_BACK = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]))"
# Udacity, two layers: the output's delta as the page defines it, (y - yhat) f'(a), i.e. -dE/dz2
_UD_OUT = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_UD_HID = ("((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
           "*a1[{j}]*(1 - a1[{j}])")
_WINSTON_G = "(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]"
_CHURCHILL_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_CE3_1 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_CE3_2 = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))"
_SOFT3_1 = "exp(z1[{j}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_CBOW_BACK = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]) + W2[2,{j}]*(a2[2] - t[2]))"
_DECISION_W2 = ("((a2[0] - y[0])*a2[0]*((1 if {r} == 0 else 0) - a2[{r}]) + (a2[1] - y[1])*a2[1]*((1 if {r} == 1 else 0)"
                " - a2[{r}]) + (a2[2] - y[2])*a2[2]*((1 if {r} == 2 else 0) - a2[{r}]))*a1[{q}]")

ENTRIES: list[Public] = [
    # ---- Diaz-De-Vivar's worked example: [l] layers, capitals, bmatrix numbers -------------------------------
    Public("diaz-z1", _DIAZ, "b8_diaz", "b8_diaz", r"$Z^{[1]} = W^{[1]}A^{[0]} + b^{[1]}$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=8),
    Public("diaz-z1-numbers", _DIAZ, "b8_diaz", "b8_diaz",
           r"$Z^{[1]} = \begin{bmatrix} 0.05 - 0.08 \\ -0.10 - 0.02 \\ 0.15 + 0.02 \end{bmatrix} + \begin{bmatrix} 0.1 \\ 0"
           r" \\ -0.1 \end{bmatrix} = \begin{bmatrix} -0.03 \\ -0.12 \\ 0.17 \end{bmatrix} + \begin{bmatrix} 0.1 \\ 0 \\ -0.1"
           r" \end{bmatrix} = \begin{bmatrix} 0.07 \\ -0.12 \\ 0.07 \end{bmatrix}$", ((C, C, C),),
           (Twin("value", "z1", ("=np.array([0.05 - 0.08, -0.10 - 0.02, 0.15 + 0.02]) + np.array([0.1, 0, -0.1])",
                                 "=np.array([-0.03, -0.12, 0.17]) + np.array([0.1, 0, -0.1])",
                                 "=np.array([0.07, -0.12, 0.07])")),), batch=8),
    Public("diaz-relu", _DIAZ, "b8_diaz", "b8_diaz", r"$A^{[1]} = g_{relu}(Z^{[1]}) = \text{max}(0, Z^{[1]})$", ((C, C),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])", "np.maximum(0, z1[{j}])"), _J3),), batch=8),
    Public("diaz-loss-numbers", _DIAZ, "b8_diaz", "b8_diaz",
           r"$J = - (0 * \log(0.5847) + 1 * \log(0.4153))$" "\n"
           r"$J = - \log(0.4153) \approx -(-0.8787) \approx 0.8787$", ((C,), (C, C, C)),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]))", ("=-(0*np.log(0.5847) + 1*np.log(0.4153))",)),
            Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]))", ("=-np.log(0.4153)", "=-(-0.8787)", "=0.8787"))),
           batch=8, why="the page's numbers: y = [0, 1], the softmax output 0.5847, 0.4153"),
    Public("diaz-delta2", _DIAZ, "b8_diaz", "b8_diaz",
           r"$\delta^{[2]} = \frac{\partial J}{\partial Z^{[2]}} = A^{[2]} - Y$", ((C, C),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",) * 2, _J2),), batch=8),
    Public("diaz-dW2-numbers", _DIAZ, "b8_diaz", "b8_diaz",
           r"$\frac{\partial J}{\partial W^{[2]}} = \begin{bmatrix} 0.5847*0.07 & 0.5847*0 & 0.5847*0.07 \\ -0.5847*0.07 &"
           r" -0.5847*0 & -0.5847*0.07 \end{bmatrix} \approx \begin{bmatrix} 0.0409 & 0 & 0.0409 \\ -0.0409 & 0 & -0.0409"
           r" \end{bmatrix}$", ((C, C),),
           (Twin("gradient", "W2", ("=np.array([[0.5847*0.07, 0.5847*0, 0.5847*0.07], [-0.5847*0.07, -0.5847*0,"
                                    " -0.5847*0.07]])", "=np.array([[0.0409, 0, 0.0409], [-0.0409, 0, -0.0409]])")),),
           batch=8),
    Public("diaz-delta1", _DIAZ, "b8_diaz", "b8_diaz",
           r"$\delta^{[1]} = \frac{\partial J}{\partial Z^{[1]}} = \frac{\partial J}{\partial A^{[1]}} * g'^{[1]}(Z^{[1]})$",
           ((C, C),), (Twin("gradient_z", "z1[{j}]", (_DIAZ_BACK + "*Heaviside(z1[{j}])",) * 2, _J3),), batch=8,
           why="* between two vectors is the entrywise product (the page says so); g'^{[1]} is relu'"),
    Public("diaz-dW1-summary", _DIAZ, "b8_diaz", "b8_diaz",
           r"$\frac{\partial J}{\partial W^{[1]}} \approx \begin{bmatrix} 0.0292 & -0.0117 \\ 0 & 0 \\ 0.1462 & -0.0585"
           r" \end{bmatrix}$", ((C,),),
           (Twin("gradient", "W1", ("=np.array([[0.0292, -0.0117], [0, 0], [0.1462, -0.0585]])",)),), batch=8),
    # ---- elektronenhirn's Udacity notes: \quad as the product sign, \hat{y_j} ------------------------------------
    Public("udacity-error-gradient", _UDACITY, "b8_one_layer", "b8_udacity_one",
           "\\begin{align}\n\\frac{\\partial{E}}{\\partial{w_{ij}}} = -1 \\quad (y_j - \\hat{y_j}) \\quad f'(\\sum_{i}"
           " w_{ij}x_i) \\quad x_i\n\\end{align}", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("-(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _IJ22),), batch=8,
           why="the i of the sum inside f' is bound there; the last x_i is the weight's input"),
    Public("udacity-hidden-input", _UDACITY, "b8_one_layer", "b8_udacity_one",
           "\\begin{align}\nh_j = \\sum_{i} w_{ij}x_i\n\\end{align}", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J2),), batch=8),
    Public("udacity-delta-output", _UDACITY, "b8_two_layers", "b8_udacity_two",
           "\\begin{align}\nδ_k =(y_k − \\hat{y_k}) \\quad f'(a_k)\n\\end{align}", ((C,),),
           (Twin("value", _UD_OUT, (_UD_OUT,), _K2),), batch=8,
           why="the page's delta is -dE/dz: (y - yhat) f'(a), a the unit's summed input"),
    Public("udacity-delta-hidden", _UDACITY, "b8_two_layers", "b8_udacity_two",
           "\\begin{align}\n\\delta_j = \\sum{[w_{jk}\\delta_k]} \\quad f'(h_j)\n\\end{align}", ((C,),),
           (Twin("value", _UD_HID, (_UD_HID,), _J3),), batch=8,
           why="a sum without its index, over the k its bracket leaves free"),
    # ---- MIT 6.034 (Winston): the performance P = -1/2 (y* - y)^2, climbed with rate r ---------------------------
    Public("winston-sigmoid", _WINSTON, "b8_winston_unit", "b8_winston", "\\[\n   y = \\frac{1}{1 + e^{-z}}\n   \\]",
           ((C,),), (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=8),
    Public("winston-chain", _WINSTON, "b8_winston_unit", "b8_winston",
           "\\[\n   \\frac{\\partial P}{\\partial w_i} = \\frac{\\partial P}{\\partial y} \\cdot \\frac{\\partial y}{\\partial z}"
           " \\cdot \\frac{\\partial z}{\\partial w_i}\n   \\]", ((C,),),
           (Twin("value", _WINSTON_G, (_WINSTON_G,), _I2),), batch=8,
           why="P is the performance, -L: its derivative is -dL/dw, a value claim"),
    Public("winston-dP-dy", _WINSTON, "b8_winston_unit", "b8_winston",
           "\\[\n   \\frac{\\partial P}{\\partial y} = (y^* - y)\n   \\]", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=8),
    Public("winston-output-update", _WINSTON, "b8_winston_unit", "b8_winston",
           "\\[\n   w_i' = w_i + r(y^* - y) y(1 - y) x_i\n   \\]", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*" + _WINSTON_G,), _I2),), batch=8,
           why="w_i' is the new w_i: gradient ascent on P is descent on L"),
    Public("winston-inner-delta", _WINSTON, "b8_two_layers", "b8_winston_inner",
           "\\[\n   \\delta_i = y_i(1 - y_i) \\sum_j \\delta_j w_{ij}\n   \\]", ((C,),),
           (Twin("value", _UD_HID.replace("{j}", "{i}"), (_UD_HID.replace("{j}", "{i}"),), ({"i": 0}, {"i": 1}, {"i": 2})),),
           batch=8, why="an inner unit i feeding the units j of the next layer; delta is dP/dz = -dL/dz"),
    # ---- Alex Churchill's notes: nodes named by capitals, the output node E, numbers rounded on the way ----------
    Public("churchill-forward-C-numbers", _CHURCHILL, "b8_churchill", "b8_churchill",
           "\\[\nC = \\text{sigmoid}(0.1 \\times 0.1 + 0.7 \\times 0.5) = 0.59\n\\]", ((C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-(0.1*0.1 + 0.7*0.5)))", "=0.59")),), batch=8),
    Public("churchill-forward-E-numbers", _CHURCHILL, "b8_churchill", "b8_churchill",
           "\\[\nE = \\text{sigmoid}(0.59 \\times 0.2 + 0.54 \\times 0.1) = 0.542\n\\]", ((C, C),),
           (Twin("value", "a2[0]", ("=1/(1 + np.exp(-(0.59*0.2 + 0.54*0.1)))", "=0.542")),), batch=8,
           why="E is the output node here, not the error; 0.542 is one unit below the true 0.5429"),
    Public("churchill-delta-k", _CHURCHILL, "b8_churchill", "b8_churchill",
           "\\[\n\\delta_k = (y_k - t_k) \\cdot g'(x_k)\n\\]", ((C,),),
           (Twin("value", _CHURCHILL_OUT, (_CHURCHILL_OUT,)),), batch=8),
    Public("churchill-delta-c", _CHURCHILL, "b8_churchill", "b8_churchill",
           "\\[\n\\delta_c = (\\text{weight}_{ec} \\cdot \\delta_k) \\cdot g'(x_c) = 0.2 \\cdot -0.114 \\cdot 0.59 \\cdot"
           " (1 - 0.59) = -0.0055\n\\]", ((C, C, C),),
           (Twin("value", "W2[0,0]*" + _CHURCHILL_OUT + "*a1[0]*(1 - a1[0])",
                 ("W2[0,0]*" + _CHURCHILL_OUT + "*a1[0]*(1 - a1[0])", "=0.2*-0.114*0.59*(1 - 0.59)", "=-0.0055")),),
           batch=8),
    Public("churchill-update-wec", _CHURCHILL, "b8_churchill", "b8_churchill",
           r"$\text{Wec} = \text{wec} - \eta \delta_e C = 0.2 - 1 \times -0.114 \times 0.59 = 0.267$", ((C, C, C),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*" + _CHURCHILL_OUT + "*a1[0]", "=0.2 - 1*-0.114*0.59", "=0.267")),),
           batch=8, why="the other copy of the page; Wec (capital W) is the updated wec, which the notation names"
                        " new(W2[0, 0]) (blind, no notation meaning could give a new value)"),
    # ---- a question on Nielsen's chapter 3: the cross-entropy of one sigmoid neuron --------------------------------
    Public("nielsen-ce-wanted", _NIELSEN_CE, "b8_bce_neuron", "b8_nielsen_ce",
           r"\[ \frac{\partial{C}}{\partial{\omega_j}} = x_j (a-y), \quad \frac{\partial{C}}{\partial{b}} = (a-y), \]",
           ((C,), (C,)), (Twin("gradient", "W1[0,{j}]", ("x[{j}]*(a1[0] - y[0])",), _J2),
                          Twin("gradient", "b1[0]", ("a1[0] - y[0]",))), batch=8),
    Public("nielsen-ce-neuron", _NIELSEN_CE, "b8_bce_neuron", "b8_nielsen_ce",
           r"\[ a = \sigma(\sum{\omega_{j} x_j} + b) = \sigma(z). \]", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])", "sigmoid(z1[0])")),), batch=8),
    Public("nielsen-ce-neuron-braces-typo", _NIELSEN_CE, "b8_bce_neuron", "b8_nielsen_ce",
           r"$$a = \sigma(\sum{\omega_{j} x_j + b)}=\sigma(z).$$", unreadable="to close the group", batch=8,
           why="another copy of the question: the sum's brace closes after the parenthesis"),
    Public("nielsen-ce-chain", _NIELSEN_CE, "b8_bce_neuron", "b8_nielsen_ce",
           r"$$\frac{\partial{C}}{\partial{b}}=\frac{\partial{C}}{\partial{a}}\frac{\partial{a}}{\partial{b}}"
           r"=\frac{\partial{C}}{\partial{a}}\sigma'(z).$$", ((C, C),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",) * 2),), batch=8),
    Public("nielsen-ce-answer-typo", _NIELSEN_CE, "b8_bce_neuron", "b8_nielsen_ce",
           r"$$\sigma'(z) = \frac{e^{-x}}{(1+e^{-x})^2}$$", unreadable="x", batch=8,
           why="the answer writes x for z: x is the neuron's input vector here, no number"),
    # ---- Colelyman's notes on Nielsen's chapter 3: sums over the training inputs x ---------------------------------
    Public("colelyman-cost", _COLELYMAN, "b8_bce_neuron", "b8_nielsen_ce",
           r"$ C = -\frac{1}{n} \sum_x \left[ y \ln a + (1 - y)\ln(1 - a) \right] $", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=8,
           why="the mean over the training inputs x; at one sample, that sample's cost"),
    Public("colelyman-dw-unsimplified", _COLELYMAN, "b8_bce_neuron", "b8_nielsen_ce",
           r"$ \frac{\partial C}{\partial w_j} = \frac{1}{n} \sum_x \frac{\sigma'(z)x_j}{\sigma(z)(1-\sigma(z))}"
           r" (\sigma(z) - y) $", ((C,),), (Twin("gradient", "W1[0,{j}]", ("x[{j}]*(a1[0] - y[0])",), _J2),), batch=8),
    # ---- stats.stackexchange 235528: the question's chain through o_j alone -----------------------------------------
    Public("cse235528-error", _CSE235528, "b8_softmax_shared_bias", "b8_cse235528", r"$$E(t,o)=-\sum_j t_j \log o_j$$",
           ((C,),), (Twin("value", _CE3_1, (_CE3_1,)),), batch=8),
    Public("cse235528-softmax", _CSE235528, "b8_softmax_shared_bias", "b8_cse235528",
           r"$$o_j=softmax(z_j)=\frac{e^{z_j}}{\sum_j e^{z_j}}$$", ((C, C),),
           (Twin("value", "a1[{j}]", (_SOFT3_1,) * 2, _J3),), batch=8,
           why="the sum's j is bound in the denominator, as the page means"),
    Public("cse235528-net", _CSE235528, "b8_softmax_shared_bias", "b8_cse235528", r"$$z_j=\sum_i w_{ij}o_i+b$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1",), _J3),), batch=8),
    Public("cse235528-chain", _CSE235528, "b8_softmax_shared_bias", "b8_cse235528",
           r"$$\frac{\partial E} {\partial w_{ij}}=\frac{\partial E} {\partial o_j} \frac{\partial o_j} {\partial z_{j}}"
           r" \frac{\partial z_j} {\partial w_{ij}}$$", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", ("-t[{j}]*(1 - a1[{j}])*x[{i}]",), _JI32),), batch=8,
           why="the question's mistake: z_j reaches E through every o_k, not o_j alone (the answer's point)"),
    Public("cse235528-softmax-derivative", _CSE235528, "b8_softmax_shared_bias", "b8_cse235528",
           r"$$\frac{\partial o_b} {\partial z_{b}}=\frac{e^{z_b}*\sum e^z - (e^{z_b})^2}{(\sum_j e^{z})^2}"
           r"=\frac{e^{z_b}}{\sum e^z}-\frac{(e^{z_b})^2}{(\sum e^z)^2}$$", ((C, C),),
           (Twin("value", "a1[1]*(1 - a1[1])", ("a1[1] - a1[1]**2",) * 2),), batch=8,
           why="o_b, z_b: class b of a, b, c; \\sum e^z adds e^{z} over the classes"),
    # ---- math.techqa 3587665: multi-class logistic regression, k counted from 1 ----------------------------------------
    Public("techqa-softmax", _TECHQA, "b8_softmax_no_bias", "b8_techqa", "$y=softmax(z)$", ((C,),),
           (Twin("value", "a1[{j}]", (_SOFT3_1,), _J3),), batch=8),
    Public("techqa-loss-typo", _TECHQA, "b8_softmax_no_bias", "b8_techqa",
           r"$L_{CE}(t,y)=-t^{-T}\log y = \sum_{k=1}^{K} t_k \log y_k$", unreadable="T", batch=8,
           why="t^{-T} for t^T, and the second member has lost its minus: refused for the first"),
    Public("techqa-softmax-entry", _TECHQA, "b8_softmax_no_bias", "b8_techqa",
           r"$y_k = softmax(z_1,...,z_K)_k = \frac{exp(z_k)}{\sum_{k^{\prime}=1}^{K} exp(z_{k^\prime})}$", ((C, C),),
           (Twin("value", "a1[{j}]", (_SOFT3_1,) * 2, _J3),), batch=8,
           why="k' is the sum's own letter; the arguments z_1, ..., z_K are the whole vector"),
    # ---- deeplearning.ai forum: the CBOW model's dJ/dW1, two ways ------------------------------------------------------
    Public("dlai-relu-course", _DLAI_RELU, "b8_cbow", "b8_cbow",
           r"\[ \frac{\delta J}{\delta W_1} = \frac{1}{m} \cdot \text{ReLU}\left((W_2)^T(\hat{Y} - Y)\right) X^T \]",
           ((W,),), (Twin("gradient", "W1[{j},{i}]", ("relu" + _CBOW_BACK + "*x[{i}]",), _JI23),), batch=8,
           why="ReLU of the back-propagated error is not the error masked by z1 > 0"),
    Public("dlai-relu-ng", _DLAI_RELU, "b8_cbow", "b8_cbow",
           r"\[ \frac{\delta J}{\delta W_1} = \frac{1}{m} \cdot \left((W_2)^T(\hat{Y} - Y)X^T \odot [Z_1 > 0]\right) \]",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (_CBOW_BACK + "*Heaviside(z1[{j}])*x[{i}]",), _JI23),), batch=8,
           why="the column mask [Z_1 > 0] applies to every column of the 2 x 3 product, as NumPy broadcasts it"),
    # ---- danielurencio: the last layer, w^(L) in R^{i x j} ------------------------------------------------------------
    Public("urencio-error", _URENCIO, "b8_softmax_last", "b8_urencio", r"$$ E = -\sum_{i} t_{i} \log{ y_{i} } $$",
           ((C,),), (Twin("value", _CE3_2, (_CE3_2,)),), batch=8),
    Public("urencio-forward", _URENCIO, "b8_softmax_last", "b8_urencio",
           r"$$ y_{i} = \frac{e^{z_{i}^{(L)}}}{\sum_{k} e^{z_{k}^{(L)}}} \\ \\ \\ \mathbf{z}^{(L)} = \mathbf{w}^{(L)}"
           r" \mathbf{h}^{(L)} \quad \small\text{where} \quad \mathbf{w}^{(L)} \in \mathbb{R}^{i\times j} $$", ((C,), (C,)),
           (Twin("value", "a2[{j}]", ("exp(z2[{j}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _J3),
            Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2]",), _J3)), batch=8,
           why="h^(L) is the previous layer's output (the page's own definition), w^(L) output-first"),
    # ---- thedecisionblog: rows, tanh t_l and softmax s_n, the squared error on a softmax ------------------------------
    Public("decision-hidden", _DECISION, "b8_tanh_softmax_squared", "b8_decision",
           r"$$l^1_l = t_l\left[ \sum_m l_m^0 w_{ml}^{01} \right],$$", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J3),), batch=8,
           why="t_l is tanh at neuron l; w^{01}_{ml} joins input m to hidden l (input-first)"),
    Public("decision-hidden-rows", _DECISION, "b8_tanh_softmax_squared", "b8_decision",
           r"$$\textbf{l}^1=\tanh(\textbf{l}^0\textbf{w}^{01}).$$", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J3),), batch=8,
           why="a row l^0 times the input-first matrix w^{01}"),
    Public("decision-output", _DECISION, "b8_tanh_softmax_squared", "b8_decision",
           r"$$l_n^2 = s_n\left[\sum_p l_p^1 w_{pn}^{12}\right],$$", ((C,),),
           (Twin("value", "a2[{j}]", ("exp(z2[{j}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _J3),), batch=8),
    Public("decision-w12", _DECISION, "b8_tanh_softmax_squared", "b8_decision",
           r"$$\frac{ \partial \epsilon }{ \partial w^{12}_{qr} } = \frac{1}{2} \sum_k \frac{ \partial }{ \partial"
           r" w^{12}_{qr} }\left(l_k^2-y_k \right)^2 = \sum_k \left(l_k^2-y_k\right)\frac{\partial l_k^2}{\partial"
           r" w_{qr}^{12}}=$$", ((C, C),),
           (Twin("gradient", "W2[{r},{q}]", (_DECISION_W2,) * 2, tuple({"q": q, "r": r} for q in range(3) for r in range(3))),),
           batch=8, why="the chain goes on in the page's next display, hence the closing ="),
]
