"""Batch 6 of the held-out public formulas (see the docstring of tests/public_formulas.py): 35 formulas
from 10 pages no earlier batch used (Q&A answers, course notebooks, FAQ and blog posts, a forum post;
one thread also in its Nemotron copy, 11 urls), written down with their notations, networks and oracle
twins (the oracle run on them first), then check run on them once, blind, after the reader's fixes for
batch 5.

Blind: 16 of 35 read with every verdict right (46%); 19 refused in one line, 2 of them meant to be
(typos: a derivative's denominator without \\partial, E^{P} for E^{p}); no misreading. By construct:

- 4 refused: vectors written as rows, ``a^{(1)} W^{(2)}``, ``Z = X \\cdot W + b``, ``X^T \\cdot \\delta``,
  ``a^{(1)\\top} \\cdot (a^{(2)} - y)`` with W input-first: no product of columns fits (rice-forward-row,
  rice-dW2-matrix, antbarbi-forward, antbarbi-dW).
- 2 refused: ``\\sum_\\mu`` over the data points, mu written literally in the notation's patterns
  (``"y_{j}^{\\mu}" = "y[j]"``), "indexes nothing" (wingate-sse, wingate-sse-weights).
- 2 refused: ``\\sum\\limits_{k \\in C}`` and ``\\sum\\limits_{j \\neq i \\in C}``, a set named by a letter
  (rice-ce-chain, rice-ce-combined).
- 1 each: a row break's spacing ``\\\\[5pt]`` (cse201914-forward; ``{\\rm softmax}`` behind it); a
  function's name braced before its power, ``{\\cosh}^{2} x`` (rice-tanh-derivative); an entry of a
  gradient in parentheses, ``(\\nabla_\\mathbf{W} L)_{i,j}`` (rice-dW2); ``\\nabla L`` without subscript in
  ``W = W - \\eta \\cdot \\nabla L`` (antbarbi-descent); a note ``\\quad [\\text{chain rule}]`` read as a
  product of symbols (raschka-derivation); the step as an argument, ``w_{ij}(t+1) = w_{ij}(t) + ...``
  (deltamin-update: w times t, t the target vector, refused only because of the shapes); a sample's loss
  with its index as a superscript, ``L^{(i)}`` in ``\\sum_{i=1}^{m}`` (qingdujun-db); a weight matrix
  with its layer as a subscript, ``W_1`` (cse201914-dW1); ``\\sum \\delta`` over a batch's rows
  (antbarbi-db).

Behind the refusals were two more faults, found once the note was read: a derivative operator took
only the next factor, so ``\\frac{\\partial}{\\partial w_j} \\frac{1}{2n} \\sum_i (t_i - o_i)^2`` was the
derivative of 1/(2n), 0: a right formula judged wrong (raschka-derivation); and ``w_{ij}^{(t)}``, t the
target vector, ended in SymPy's NotImplementedError, a traceback. Both are fixed (the operator takes
the rest of its term, up to the next derivative; a power of a vector is no reading of a symbol).

After the fixes (tests/test_reading_constructs_batch6.py): 31 of 35 read with every verdict right, the
2 typos refused as meant, and 2 refused in one line: ``W_1`` as a layer's whole matrix (a notation
meaning is one quantity or a vector, not a matrix, so the teacher could not name it) and ``\\sum
\\delta`` over the rows of a batch (read as the sum of delta's entries, a number; which it is depends
on how the page's loss counts the batch).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # stats.stackexchange 201914: h = sigma(W1 x + b1), yhat = softmax(W2 h + b2), C = -sum y log yhat
    "sigmoid_softmax_hidden": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
""",
    # stats.stackexchange 600129 (Sadowski's notes): sigmoid hidden units h_j, sigmoid outputs y_i, binary CE
    "sigmoid_bce_hidden": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 2
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # TylerMclaughlin's ELEC576 notebook: make-moons, tanh hidden layer, softmax over two classes
    "tanh_softmax": """
[[layer]]
inputs = 2
units = 3
activation = "tanh"
[[layer]]
units = 2
activation = "softmax"
[loss]
name = "cross_entropy"
""",
    # the same notebook's derivative of tanh x, x the unit's input
    "tanh_one": """
[[layer]]
inputs = 1
units = 1
activation = "tanh"
[loss]
name = "half_squared_error"
""",
    # antbarbi's theory notebook: Z = X W + b for a row X, W input-first
    "row_layer": """
[[layer]]
inputs = 3
units = 2
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    # ryanwingate: yhat_j = f(sum_i w_ij x_i), E = 1/2 sum_mu sum_j (y - yhat)^2 over all data points
    "sse_points": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
bias = "none"
[loss]
name = "half_squared_error"
[update]
learning_rate = 0.1
reduction = "sum"
""",
}

NOTATIONS = {
    "cse201914": r'''
[notation]
indices = "i"
loss = ["C"]
[notation.symbols]
"h" = "a1[:]"
"a" = "z1[:]"
"z" = "z2[:]"
"\\hat{y}_{i}" = "a2[i]"
"\\hat{y}" = "a2[:]"
"y_{i}" = "t[i]"
"y" = "t[:]"
''',
    "sadowski": r'''
[notation]
indices = "ij"
[notation.symbols]
"y_{i}" = "a2[i]"
"t_{i}" = "y[i]"
"h_{j}" = "a1[j]"
"w_{ji}" = "W2[i, j]"
"b_{j}^{1}" = "b1[j]"
''',
    "nielsen_C": r'''
[notation]
loss = ["C"]
''',
    "rice": r'''
[notation]
indices = "ijkl"
loss = ["L"]
[notation.symbols]
"z_{i}" = "z2[i]"
"a_{i}" = "a2[i]"
"y_{i}" = "t[i]"
"y" = "t[:]"
"a_{i}^{(l)}" = "a{l}[i]"
"z_{i}^{(l)}" = "z{l}[i]"
"b_{i}^{(l)}" = "b{l}[i]"
"W_{ij}^{(l)}" = "W{l}[j, i]"
"W_{ij}" = "W2[j, i]"
''',
    "rice_x": r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
''',
    "antbarbi": r'''
[notation]
indices = "ij"
[notation.symbols]
"X" = "x[:]"
"W_{ij}" = "W1[j, i]"
"b" = "b1[:]"
"Z" = "z1[:]"
"\\delta" = "delta1[:]"
''',
    "flying": r'''
[notation]
indices = "o"
learning_rate = ["\\gamma"]
loss = ["E^{p}"]
functions = { f = "sigmoid" }
[notation.symbols]
"y_{k}^{p}" = "a1[k]"
"s_{k}^{p}" = "z1[k]"
"y_{j}^{p}" = "x[j]"
"w_{jk}" = "W1[k, j]"
"\\theta_{k}" = "b1[k]"
"t_{o}^{p}" = "y[o-1]"
"y_{o}^{p}" = "a1[o-1]"
"N_{o}" = "2"
"\\Delta_{p}w_{jk}" = "-eta*(a1[k] - y[k])*a1[k]*(1 - a1[k])*x[j]"
''',
    "deltamin": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"w_{ij}" = "W1[j, i]"
"x_{i}" = "x[i]"
"y_{j}" = "a1[j]"
"d_{j}" = "y[j]"
"h_{j}" = "z1[j]"
"\\delta_{j}" = "-delta1[j]"
''',
    "raschka": r'''
[notation]
indices = "ij"
[notation.symbols]
"t_{i}" = "y[0]"
"o_{i}" = "a1[0]"
"net_{i}" = "z1[0]"
"w_{j}" = "W1[0, j-1]"
''',
    "wingate": r'''
[notation]
indices = "ij"
functions = { f = "sigmoid" }
[notation.symbols]
"y_{j}^{\\mu}" = "y[j]"
"\\hat{y}_{j}^{\\mu}" = "a1[j]"
"x_{i}^{\\mu}" = "x[i]"
"w_{ij}" = "W1[j, i]"
''',
    "qingdujun": r'''
[notation]
indices = "i"
loss = ["J", "L"]
[notation.symbols]
"a^{(i)}" = "a1[0]"
"y^{(i)}" = "y[0]"
"z^{(i)}" = "z1[0]"
"b" = "b1[0]"
''',
}

_CSE201914 = "https://stats.stackexchange.com/questions/201914/gradients-of-cross-entropy-error-in-neural-network"
_SADOWSKI = "https://stats.stackexchange.com/questions/600129/derivative-error-with-respect-to-bias-in-binary-cross-entropy"
_BP3 = "https://ai.stackexchange.com/questions/3190/why-the-change-in-cost-wrt-bias-in-neuralnetwork-is-equal-to-error-in-the-neuron/4164"
_BP3_COPY = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Why is the change in cost with respect to bias ...)"
_RICE = "https://github.com/TylerMclaughlin/rice-deep-machine-learning-class (assignment1/rtm5-assignment-1-ELEC576-math.ipynb)"
_ANTBARBI = "https://github.com/antbarbi/multi_layer_perceptron (rsrcs/theory.ipynb)"
_FLYING = "https://www.flyingsquadron.com/forums/topic/23176-active-duty-commuting/#comment-479476 (delta rule post)"
_DELTAMIN = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Delta Rule for Error Minimization)"
_RASCHKA = "https://sebastianraschka.com/faq/docs/mse-derivative.html"
_WINGATE = "https://ryanwingate.com/intro-to-machine-learning/deep/gradient-descent/"
_QINGDUJUN = "https://qingdujun.com/article/deep-learning-handwriting/"

_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_J2 = ({"j": 0}, {"j": 1})
_K2 = ({"k": 0}, {"k": 1})
_I2 = ({"i": 0}, {"i": 1})
_CE3 = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))"
_BACK3 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
# Nielsen's 2-3-2 network: delta^l_j for l = 2 (the output) and l = 1, one expression over both
_OUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_HID = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"
_DELTA_L = "(" + _OUT + " if {l} == 2 else " + _HID + ")"
_LJ = tuple({"l": 1, "p": 0, "j": j} for j in range(3)) + tuple({"l": 2, "p": 1, "j": j} for j in range(2))
_RICE_IJ = tuple({"i": i, "j": j} for i in range(3) for j in range(2))
_ROW = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_ROW_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_UNIT_RULE = "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])*x[{j}]"
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_HALF2 = "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2"
_RASCHKA_G = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{j}]"

ENTRIES: list[Public] = [
    # ---- stats.stackexchange 201914: a question whose given dC/dz has the sign the wrong way round ---------
    Public("cse201914-forward", _CSE201914, "sigmoid_softmax_hidden", "cse201914",
           r"\begin{align} h &= \sigma (W^{(1)} x+b^{(1)}) \\[5pt] \hat y &= {\rm softmax}(W^{(2)}h + b^{(2)})"
           r" \end{align}", ((C,), (C,)),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J3),
            Twin("value", "a2[{j}]", ("exp(z2[{j}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _J3)), batch=6,
           why="blind: refused, the row spacing of \\\\[5pt] read as part of the next row"),
    Public("cse201914-loss", _CSE201914, "sigmoid_softmax_hidden", "cse201914",
           r"$$C(y,\hat y) = -\sum_i y_i \log \hat y_i$$", ((C,),), (Twin("value", _CE3, (_CE3,)),), batch=6),
    Public("cse201914-given", _CSE201914, "sigmoid_softmax_hidden", "cse201914",
           r"$$\frac{\partial C}{\partial z} = y - \hat y$$", ((W,),),
           (Twin("gradient_z", "z2[{j}]", ("t[{j}] - a2[{j}]",), _J3),), batch=6,
           why="the question's given fact has the sign reversed: dC/dz = yhat - y"),
    Public("cse201914-dW1", _CSE201914, "sigmoid_softmax_hidden", "cse201914",
           r"$$\frac{\partial C}{\partial W_1} = (y-\hat{y})W_2\sigma(a)(1 - \sigma(a))x = (y-\hat{y})W_2h(1 - h)x.$$",
           unreadable="W_{1} needs its layer", batch=6,
           why="carries the given sign (every entry is the negative of dC/dW1), but W_1, W_2 name layers' whole"
               " matrices, which no notation meaning can say: refused"),
    # ---- stats.stackexchange 600129: Sadowski's w_{ji} joins hidden unit j to output i --------------------
    Public("sadowski-bias", _SADOWSKI, "sigmoid_bce_hidden", "sadowski",
           r"$$\frac{\partial E}{\partial b^1_j}=\sum_i (y_i-t_i)w_{ji}(h_j(1-h_j))$$", ((C,),),
           (Twin("gradient", "b1[{j}]", ("((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])",),
                 _J3),), batch=6),
    # ---- ai.stackexchange 3190: Nielsen's BP3, layers as bare superscripts ---------------------------------
    Public("bp3-forward", _BP3, "nielsen", "nielsen_C", r"$$z^l = w^l a^{l-1} + b^l$$", ((C,),),
           (Twin("value", "z{l}[{j}]", ("(W{l} @ a{p})[{j}] + b{l}[{j}]",), _LJ),), batch=6),
    Public("bp3-delta", _BP3, "nielsen", "nielsen_C", r"$$\delta^l = \dfrac{\partial C}{\partial z^l}$$", ((C,),),
           (Twin("gradient_z", "z{l}[{j}]", (_DELTA_L,), _LJ),), batch=6),
    Public("bp3-chain", _BP3, "nielsen", "nielsen_C",
           r"$$\frac{\partial C}{\partial b^l_j} = \sum_k \frac{\partial C}{\partial z^l_k} \frac{\partial z^l_k}"
           r"{\partial b^l_j}$$", ((C,),), (Twin("gradient", "b{l}[{j}]", (_DELTA_L,), _LJ),), batch=6),
    Public("bp3-tagged", _BP3_COPY, "nielsen", "nielsen_C",
           r"$$ \frac{\partial C}{\partial b_{j}^{l}}=\delta_{j}^{l} \tag{BP3}$$", ((C,),),
           (Twin("gradient", "b{l}[{j}]", (_DELTA_L,), _LJ),), batch=6),
    # ---- TylerMclaughlin's ELEC576 notebook: derivations as chains of display lines -----------------------
    Public("rice-sigmoid-derivative", _RICE, "one_unit", "rice_x",
           r"$$ \frac{d}{dx} \sigma (x) = - \frac{1}{(1 + e^{-x})^{2}} * -e^{-x} $$" "\n\n"
           r"$$ = \sigma (x) \frac{e^{-x}}{1 + e^{-x}} $$" "\n\n" r"$$ = \sigma (x) (1 - \sigma (x)) $$", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("exp(-z1[0])/(1 + exp(-z1[0]))**2",
                                                "sigmoid(z1[0])*exp(-z1[0])/(1 + exp(-z1[0]))",
                                                "sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),), batch=6),
    Public("rice-tanh", _RICE, "tanh_one", "rice_x",
           r"$$\tanh x = { \frac{\sinh x}{\cosh x} }" "\n" r" = { \frac {e^{x}-e^{-x}}{e^{x} +e^{-x}} } $$", ((C, C),),
           (Twin("value", "tanh(z1[0])", ("np.sinh(z1[0])/np.cosh(z1[0])",
                                          "(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))")),), batch=6),
    Public("rice-tanh-derivative", _RICE, "tanh_one", "rice_x",
           r"$$ \frac{d}{dx}{\tanh x} = \frac{\cosh x \frac{d}{dx} \sinh x - \sinh x \frac{d}{dx} \cosh x } {{\cosh}^{2} x} $$"
           "\n\n" r"$$ = \frac{\cosh x \cosh x - \sinh x \sinh x}{\cosh^{2} x}$$" "\n\n"
           r"$$ = 1 - \frac{\sinh ^{2}x}{\cosh^{2}x} = 1 - \tanh^{2} x $$", ((C, C, C, C),),
           (Twin("value", "1 - tanh(z1[0])**2", ("(np.cosh(z1[0])**2 - np.sinh(z1[0])**2)/np.cosh(z1[0])**2",) * 2
                 + ("1 - np.sinh(z1[0])**2/np.cosh(z1[0])**2", "1 - tanh(z1[0])**2")),), batch=6,
           why="blind: refused, {\\cosh}^{2}: a braced function name before its power"),
    Public("rice-ce-chain", _RICE, "tanh_softmax", "rice",
           r"$$\frac{\partial L}{\partial z_{i}} = - \sum\limits_{k \in C} y_{k} \frac{\partial log a_{k}}{\partial z_{i}}"
           r" = - \sum\limits_{k \in C} y_{k} \frac{1}{a_{k}} \frac{\partial  a_{k}}{\partial z_{i}}$$", ((C, C),),
           (Twin("gradient_z", "z2[{i}]", ("a2[{i}] - t[{i}]",) * 2, _I2),), batch=6,
           why="blind: refused, \\in C: a set named by a letter"),
    Public("rice-ce-combined", _RICE, "tanh_softmax", "rice",
           r"$$ \frac{\partial L}{\partial z_{i}} = - y_{i} (1 - a_{i}) + \sum\limits_{j \neq i \in C} y_{j} a_{i} $$" "\n"
           r"$$ =  - y_{i} +  y_{i}a_{i} + \sum\limits_{j \neq i \in C} y_{j} a_{i} $$" "\n\n"
           r"$$ = -y_{i} + \sum\limits_{j \in C} y_{j}a_{i} $$", ((C, C, C),),
           (Twin("gradient_z", "z2[{i}]", ("a2[{i}] - t[{i}]",) * 3, _I2),), batch=6,
           why="blind: refused, \\neq i \\in C"),
    Public("rice-dW2", _RICE, "tanh_softmax", "rice",
           r"$$ (\nabla_\mathbf{W} L)_{i,j}  =  \frac{\partial L}{\partial W_{i,j}^{(2)} } = (a_{j}^{(2)} - y_{j}) \cdot"
           r" a_{i}^{(1)}$$", ((C, C),),
           (Twin("gradient", "W2[{j},{i}]", ("(a2[{j}] - t[{j}])*a1[{i}]",) * 2, _RICE_IJ),), batch=6,
           why="blind: refused, an entry (\\nabla_W L)_{i,j} of a gradient in parentheses"),
    Public("rice-dW2-matrix", _RICE, "tanh_softmax", "rice",
           r"$$ (\nabla_\mathbf{W} L)  =  \frac{\partial L}{\partial \mathbf{W^{(2)}} } = \mathbf{a^{(1)}}^\top \cdot"
           r" (\mathbf{a^{(2)}} - \mathbf{y}) $$", ((C, C),),
           (Twin("gradient", "W2[{j},{i}]", ("(a2[{j}] - t[{j}])*a1[{i}]",) * 2, _RICE_IJ),), batch=6,
           why="the notebook's rows are samples: a^(1) is a row, its transpose times the row a^(2) - y the"
               " hidden x classes matrix, whose entry (i, j) is W_{i,j}^{(2)}'s derivative"
               ". Blind: refused, no product of columns fits; now read with the vectors as rows"),
    Public("rice-db2-typo", _RICE, "tanh_softmax", "rice", r"$\frac{\partial L}{b_{i}^{(2)}} = (a_{i}^{(2)} - y_{i})$",
           unreadable="the denominator of a partial derivative starts with \\partial", batch=6,
           why="the denominator lacks its \\partial: dL divided by b"),
    Public("rice-forward-row", _RICE, "tanh_softmax", "rice",
           r"$ \mathbf{z}^{(2)} = \mathbf{a}^{(1)} \mathbf{W}^{(2)} + \mathbf{b}^{(2)}.$", ((C,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]",), _J2),),
           batch=6, why="a row a^(1) times the hidden x classes matrix W^(2)"
               ". Blind: refused, as rice-dW2-matrix"),
    # ---- antbarbi's theory notebook: rows, Z = X W + b ------------------------------------------------------
    Public("antbarbi-forward", _ANTBARBI, "row_layer", "antbarbi", "$$\nZ=X⋅W+b\n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J2),), batch=6,
           why="blind: refused, as rice-dW2-matrix"),
    Public("antbarbi-dW", _ANTBARBI, "row_layer", "antbarbi", "$$\n\\frac{\\partial L}{\\partial W} = X^T \\cdot \\delta\n$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (_ROW + "*x[{i}]",), _ROW_JI),), batch=6,
           why="blind: refused, as rice-dW2-matrix"),
    Public("antbarbi-db", _ANTBARBI, "row_layer", "antbarbi", "$$\n\\frac{\\partial L}{\\partial b} = \\sum \\delta\n$$",
           unreadable="is a number where the left side is a vector", batch=6,
           why="the sum is over the rows of delta, the samples of a batch; read as the sum of delta's entries"),
    Public("antbarbi-descent", _ANTBARBI, "row_layer", "antbarbi", "$$\nW = W - \\eta \\cdot \\nabla L\n$$", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _ROW + "*x[{i}]",), _ROW_JI),), batch=6,
           why="blind: refused, \\nabla L without subscript; in an update it is by the updated parameter"),
    # ---- the delta rule generalized (a forum post): pattern p as a superscript, theta the bias -------------
    Public("flying-forward", _FLYING, "one_layer", "flying", r"$$y_{k}^{p}=f(s_{k}^{p})$$", ((C,),),
           (Twin("value", "a1[{k}]", ("sigmoid(z1[{k}])",), _K2),), batch=6),
    Public("flying-net", _FLYING, "one_layer", "flying", r"$$s_{k}^{p}=\sum_{j}w_{jk}y_{j}^{p}+\theta_{k}$$", ((C,),),
           (Twin("value", "z1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1] + b1[{k}]",), _K2),), batch=6),
    Public("flying-rule", _FLYING, "one_layer", "flying", r"$$\Delta_{p}w_{jk}=-\gamma\frac{\partial E^{p}}{\partial w_{jk}}$$",
           ((C,),), (Twin("value", "-eta*" + _UNIT_RULE, ("-eta*" + _UNIT_RULE,), _JK),), batch=6),
    Public("flying-error", _FLYING, "one_layer", "flying",
           r"$$E^{p}=\frac{1}{2}\sum_{o=1}^{N_{o}}(t_{o}^{p}-y_{o}^{p})^{2}$$", ((C,),),
           (Twin("value", _HALF2, (_HALF2,)),), batch=6),
    Public("flying-chain-typo", _FLYING, "one_layer", "flying",
           r"$$\frac{\partial E^{P}}{\partial w_{jk}}=\frac{\partial E^{p}}{\partial s_{k}^{p}}\frac{\partial s_{k}^{p}}"
           r"{\partial w_{jk}}$$", unreadable="unknown symbol E^{P}", batch=6,
           why="E^{P} (capital P) is no name of the page's: its loss is E^{p}"),
    # ---- Delta Rule for Error Minimization (Nemotron): w_{ij}(t) at time t, input i to neuron j -------------
    Public("deltamin-update", _DELTAMIN, "delta_rule", "deltamin",
           r"\[ w_{ij}(t+1) = w_{ij}(t) + \eta \cdot \delta_j \cdot x_i \]", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _IJ),),
           batch=6,
           why="blind: refused, w_{ij}(t) read as w times t (the targets); the step as an argument now"),
    Public("deltamin-delta", _DELTAMIN, "delta_rule", "deltamin", r"\[ \delta_j = (d_j - y_j) \cdot f'(h_j) \]", ((C,),),
           (Twin("value", "(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])", ("(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])",), _J2),),
           batch=6),
    # ---- Sebastian Raschka's FAQ: the MSE's derivative over n samples, in align ------------------------------
    Public("raschka-derivation", _RASCHKA, "one_unit", "raschka",
           r"\[\begin{align} \frac{\partial E}{\partial w_j} &= \frac{\partial}{\partial w_j} \frac{1}{2n} \sum_{i=1}^{n}"
           r" (t_i - o_i)^2 \\ &= \frac{1}{2n} \sum_{i=1}^{n} \frac{\partial}{\partial w_j} (t_i - o_i)^2 \quad"
           r" [\text{chain rule}] \\ &= \frac{1}{2n} \sum_{i=1}^{n} 2 (t_i - o_i) \frac{\partial}{\partial w_j} (t_i - o_i)"
           r" \quad [\text{sum rule}] \\ &= \frac{1}{n} \sum_{i=1}^{n} (t_i - o_i) \left( \frac{\partial}{\partial w_j} t_i"
           r" - \frac{\partial}{\partial w_j} o_i \right)\\ &= - \frac{1}{n} \sum_{i=1}^{n} (t_i - o_i) \frac{\partial}"
           r"{\partial w_j} o_i. \end{align}\]", ((C, C, C, C, C),),
           (Twin("gradient", "W1[0,{j}]", (_RASCHKA_G,) * 5, _J2),), batch=6,
           why="blind: refused, the note [\\text{chain rule}]; then misread: the operator took only 1/(2n)"),
    Public("raschka-net", _RASCHKA, "one_unit", "raschka",
           r"\[\begin{align} \frac{\partial E}{\partial w_j} &= - \frac{1}{n} \sum_{i=1}^{n} (t_i - o_i) \frac{\partial}"
           r"{\partial w_j} o_i\\ & = - \frac{1}{n} \sum_{i=1}^{n} (t_i - o_i) \frac{\partial o_i}{\partial \text{net}_i}"
           r"\frac{\partial\text{net}_i}{\partial {w_j}}. \end{align}\]", ((C, C),),
           (Twin("gradient", "W1[0,{j}]", (_RASCHKA_G,) * 2, _J2),), batch=6),
    # ---- ryanwingate: the SSE over data points mu, square brackets ------------------------------------------
    Public("wingate-sse", _WINGATE, "sse_points", "wingate",
           r"$$E=\frac{1}{2} \sum_\mu \sum_j [y_j^\mu - \hat{y}_j^\mu]^2$$", ((C,),),
           (Twin("value", _HALF2, (_HALF2,)),), batch=6,
           why="the sum over the data points is the step's loss with reduction sum; one sample's at a point"
               ". Blind: refused, mu indexes nothing; a literal script the meaning leaves out is a data point now"),
    Public("wingate-prediction", _WINGATE, "sse_points", "wingate",
           r"$$\hat{y}_j^\mu = f \Bigg(\sum_i w_{ij} x_i^\mu \Bigg)$$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J2),), batch=6),
    Public("wingate-sse-weights", _WINGATE, "sse_points", "wingate",
           r"$$E=\frac{1}{2} \sum_\mu \sum_j \Bigg[y_j^\mu - f \Bigg(\sum_i w_{ij} x_i^\mu \Bigg)\Bigg]^2$$", ((C,),),
           (Twin("value", _HALF2, ("((y[0] - sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1]))**2 + (y[1] - sigmoid(W1[1,0]*x[0]"
                                   " + W1[1,1]*x[1]))**2)/2",)),), batch=6,
           why="blind: refused, as wingate-sse"),
    # ---- qingdujun's handwritten-notes page: logistic regression, samples as superscripts (i) ---------------
    Public("qingdujun-db", _QINGDUJUN, "logistic_unit", "qingdujun",
           r"$\frac{d J}{d b}=\frac{1}{m} \sum_{i=1}^{m} \frac{d L^{(i)}}{d a^{(i)}} \frac{d a^{(i)}}{d z^{(i)}}"
           r" \frac{d z^{(i)}}{d b} = \frac{1}{m} \sum_{i=1}^{m}\left(a^{(i)}-y^{(i)}\right)$", ((C, C),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",) * 2),), batch=6,
           why="blind: refused, L^{(i)}, sample i's loss with its index as a superscript"),
]
