"""Batch 7 of the public formulas (see the docstring of tests/public_formulas.py): kept apart while its
blind rate was measured (twice, below), and only then used to fix the reader; now part of
public_formulas.ENTRIES, held by test_public_formulas.py as every other batch.

44 formulas from 11 pages no earlier batch used (Q&A threads, GitHub notebooks, READMEs and code
comments, blog posts, an exam solution), copied verbatim, typos included, each with the notation a
teacher would write for the page under shared/spec/notation.md, a network of the kind the page
describes, and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run
on them before check was. ``unreadable`` marks a formula the page mistyped so that any reading would
be a guess: a correct reader refuses it in one line, naming what it cannot read.

tests/blind_batch.py measures a batch entry by entry and page by page:

    python tests/blind_batch.py 7

Blind, once, on 2026-12-03 at main 939f617 (the reader as of f36461c; 939f617 changed only the CLI):
25 of 44 read with every verdict right (57%); 4 refused as they should be (the pages' typos: 3 naming
the mistyped symbol, mihai-chain-b refused for its braces before reaching it); 15 refused that should
have been read; no misreading, and no wrong formula called correct. Read right or rightly refused:
29 of 44 (66%).

Blind a second time, on 2026-12-03 at main 99cebaf (after batch 6's fixes, still without looking at this
batch): 27 of 44 read with every verdict right (61%); the same 4 typos refused; 13 refused that should
have been read; no misreading, and no wrong formula called correct. The two row-vector entries
(jihwan-delta-vector, jihwan-hidden-vector) now read, by batch 6's rows (test_reading_constructs_batch6.py);
the other 13 refusals are the first run's. The 15 refusals of the first run, by construct:

- 2: a constant on the right of a derivative, ``\\frac{\\partial u_j^L}{\\partial b_j^L} = ... = 1``,
  ``∂L / ∂b = 1``, taken for a number to judge at the file's numbers ("this file has none"); the second
  is a wrong formula refused instead of judged wrong (jihwan-du, odys-db).
- 2: row vectors, ``u^l = h^{l-1}W^l + b^l`` written as ``(h^{l-1})^\\top [\\delta^{l+1}(W^{l+1})^\\top \\odot
  \\phi'(u^l)]``: read as columns, "multiplies a 2 x 1 by a 2 x 2" (jihwan-hidden-vector, and
  jihwan-delta-vector, which is wrong: its transpose is missing).
- 2: braces around a base before its script, ``{dw}_{1}`` in a derivative, ``{ w }_{ 1 }{ x }_{ 1 }``
  (mihai-chain-w1, mihai-forward).
- 1: prose in ``\\text{Similarly,}\\quad`` opening an aligned row, read as a symbol (jihwan-hidden-gradient).
- 1: a remark of set membership after the formula, ``\\in\\mathbb{R}^{1\\times m_l}`` (jihwan-forward).
- 1: ``--param W2[j,k]`` with a notation whose layers are counted from the input (Nielsen's
  ``"w_{jk}^{l}" = "W{l-1}[j, k]"``): l was taken as 2, the parameter's layer in the specification's
  symbols, where the notation's l is 3, so ``a_k^{l-1}`` became the input x[k] at k = 2 (aise-bp4).
- 1: a plain-text derivative of a bracket, ``∂/∂ŷ [ - (y·log(ŷ) + ...) ]`` (niaza-dbce-steps).
- 1: a plain-text ``=>`` between two equations (odys-dz).
- 1: the Unicode fraction ``½`` (crucial-loss).
- 1: two vectors side by side for their inner product, ``z=wx+b`` (hhnro-forward; read entrywise,
  then refused: "adds a vector or matrix and a number").
- 1: a gradient by a vector written as a row, ``x^{T}\\cdot (\\hat{y}-y)``, against a column left side
  (hhnro-dL-dw).
- 1: ``\\Sigma``, the capital letter, as a sum sign (hhnro-dL-db).

After the fixes (tests/test_reading_constructs_batch7.py): 39 of 44 read with every verdict right, the 4
typos refused as meant (mihai-chain-b now naming the b_{1} it mistypes), and 1 refused in one line:
hhnro-dL-db, ``\\Sigma (\\hat{y}-y)``, whose \\Sigma now reads as a sum sign, but a sum whose term leaves
no index free says nothing of what it runs over (the page means a batch's samples; for one sample's
loss that is no sum at all). Each construct is read generally, a right formula and a one-change wrong
one tested:

- l in a notation's own counting of layers: with --param, the value at which the notation's pattern for
  the parameter's kind names it (Nielsen's w^l = W{l-1}: l = 3 for W2); a rule over l runs over every
  value the notation counts. This was a misreading, not only a refusal: aise-bp3 (``--param b2[j]``) had
  been judged as b1's rule, and a rule true of the hidden layer only would have been called correct for
  b2. Behind it, MathJax's ``\\space`` between two indices (aise-bp4).
- a derivative equal to a whole number, in a file without numbers, judged at random points;
- row vectors (already read after batch 6's fixes); ``\\in\\mathbb{R}^{...}`` after a formula dropped;
- braces around a symbol before its script, and ``dw1`` in a derivative's denominator as d w_1;
- ``\\text{Similarly,}\\quad`` opening a row; ``A = B => C = D`` (and ``\\Rightarrow``) as two claims;
- ``∂/∂ŷ [ ... ]`` in plain text; the vulgar fractions (``½`` as (1/2));
- ``z = wx + b`` with vectors w, x: their inner product, only where the left side is a number and the
  entrywise reading fits nothing, and the step's detail says so;
- ``x^{T} \\cdot (\\hat{y} - y)``: a gradient written as its left side's transpose (a gradient only).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # jihwan-jeong: x -> h^1 -> h^2 = y, phi elementwise (here the sigmoid), E = 1/2 sum (t - y)^2, biases b^l
    "b7_jihwan": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 2
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    # ai.stackexchange 43296 (Nielsen's equations): sigmoid layers, the quadratic cost C = 1/2 ||y - a^L||^2
    "b7_nielsen": """
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
    # niaza64: y-hat = sigma(z), z = a x + b (a the weight), BCE = -[y log yhat + (1 - y) log(1 - yhat)]
    "b7_bce_x1": """
[[layer]]
inputs = 1
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # logistic regression on two features: z = w1 x1 + w2 x2 + b, yhat = sigma(z), the log loss
    "b7_bce_x2": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # one sigmoid neuron on two inputs, L = 1/2 (yhat - y)^2
    "b7_unit_half": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    # datascience.stackexchange 74328 (adventuresinmachinelearning's tutorial): 3 inputs, 3 hidden, 1 output,
    # sigmoid, "assuming a square loss"
    "b7_tutorial_331": """
[[layer]]
inputs = 3
units = 3
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "squared_error"
""",
    # numerade: z^[1] = W^[1] x + b^[1], a^[1] = sigma(z^[1]), ..., L(a^[2], y); two features, two hidden, one output
    "b7_two_221": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    # the chain-rule question: E = 1/2 sum (t_k - a_k)^2, a_k = sigmoid(net_k), net_k = sum_j w_jk a_j
    "b7_mlp_222": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 2
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
}

NOTATIONS = {
    # u^l = h^{l-1} W^l + b^l with row vectors: W_{ij}^l joins unit i of layer l-1 to unit j of layer l;
    # h^0 = x; units counted from 1 (the page's matrices start at W_{11}); delta_j^l = dE/du_j^l
    "b7_jihwan": r'''
[notation]
indices = "ijkdl"
loss = ["E"]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"h_{j}^{l}" = "a{l}[j-1]"
"u_{j}^{l}" = "z{l}[j-1]"
"W_{ij}^{l}" = "W{l}[j-1, i-1]"
"b_{j}^{l}" = "b{l}[j-1]"
"\\delta_{j}^{l}" = "delta{l}[j-1]"
"t_{j}" = "y[j-1]"
''',
    # Nielsen's book: layer 1 is the input layer, w^l_{jk} from unit k of layer l-1 to unit j of layer l
    "b7_nielsen": r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"a_{k}^{l}" = "a{l-1}[k]"
"z_{j}^{l}" = "z{l-1}[j]"
"b_{j}^{l}" = "b{l-1}[j]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
''',
    "b7_niaza": r'''
[notation]
loss = ["BCE"]
[notation.symbols]
"a" = "W1[0,0]"
"b" = "b1[0]"
"x" = "x[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
"pred" = "a1[0]"
"actual" = "y[0]"
''',
    "b7_odys": r'''
[notation]
indices = "n"
[notation.symbols]
"w_{n}" = "W1[0, n-1]"
"x_{n}" = "x[n-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    # the answer's own definitions: h_1^{(3)} the output after its activation, z_1^{(2)} the output
    # neuron's input before it; the tutorial's w_{ij}^{(l)} joins unit j of layer l to unit i of layer l+1
    "b7_dsse": r'''
[notation]
loss = ["J"]
[notation.symbols]
"h_{1}^{(3)}" = "a2[0]"
"z_{1}^{(2)}" = "z2[0]"
"w_{12}^{(2)}" = "W2[0,1]"
"y_{true}" = "y[0]"
''',
    "b7_napster": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"b" = "b1[0]"
"z" = "z1[0]"
"a" = "a1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    "b7_mihai": r'''
[notation]
loss = ["Loss"]
[notation.symbols]
"w_{1}" = "W1[0,0]"
"w_{2}" = "W1[0,1]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
    "b7_crucial": r'''
[notation]
indices = "i"
[notation.symbols]
"y_{hat}" = "a1[0]"
"y" = "y[0]"
"z" = "z1[0]"
"W_{i}" = "W1[0, i]"
"x_{i}" = "x[i]"
''',
    # the deep-learning course's layer in square brackets, units from 1
    "b7_numerade": r'''
[notation]
indices = "jkl"
[notation.symbols]
"z_{j}^{[l]}" = "z{l}[j-1]"
"a_{j}^{[l]}" = "a{l}[j-1]"
"W_{jk}^{[l]}" = "W{l}[j-1, k-1]"
"b_{j}^{[l]}" = "b{l}[j-1]"
"x_{k}" = "x[k-1]"
''',
    # the question's output layer: a_k = sigmoid(net_k), w_jk from hidden unit j to output unit k
    "b7_chainq": r'''
[notation]
indices = "jk"
[notation.symbols]
"a_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"net_{k}" = "z2[k]"
"w_{jk}" = "W2[k, j]"
''',
    "b7_hhnro": r'''
[notation]
[notation.symbols]
"w_{i}" = "W1[0, i]"
"b" = "b1[0]"
"z" = "z1[0]"
"\\hat{y}" = "a1[0]"
"y" = "y[0]"
''',
}

_JIHWAN = "https://github.com/jihwan-jeong/jihwan-jeong.github.io (_posts/2020-01-02-backpropagation.md)"
_AISE = ("https://ai.stackexchange.com/questions/43296/in-multilayer-perceptron-to-update-the-bias-value-do-we-use"
         "-the-neurons-delta")
_NIAZA = "https://github.com/niaza64/ml100 (Tasks/Logistic_regression/Gradient_Decent_logistic_regression.ipynb)"
_ODYS = "https://github.com/odys-z/hello (acsl-pydev/numpy/np1.py)"
_DSSE = "https://datascience.stackexchange.com/questions/74328/chain-function-in-backpropagation"
_NAPSTER = "https://napsterinblue.github.io/notes/machine_learning/regression/logit_grad_descent/"
_MIHAI = "https://mihai2014.github.io/ml/Logistic_regression/0_gradients.html"
_CRUCIAL = ("https://crucialexams.com/study/questions/dy0-001/as-part-of-implementing-a-single-output-neural-network"
            "-layer-you-define/36667")
_NUMERADE = ("https://www.numerade.com/ask/question/3-pts-p8-3-consider-you-are-representing-the-neural-networks"
             "-with-the-computational-graph-shown-in-figure-5-when-the-activation-function-is-sigmoid-provide-the"
             "-representation-for-fracdldz2-w-78521/")
_CHAINQ = ("https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Certain Derivations using the Chain Rule for"
           " the Backpropagation Algorithm)")
_HHNRO = "https://github.com/Hhnro/Machine-Learning-Interviews (src/Coding/Plain/ml_logistic_regression.ipynb)"

# jihwan: the output deltas of a 2-2-2 sigmoid network, the hidden ones, and the page's delta^l with W^{l+1}
# where (W^{l+1})^T belongs (its matrix is the one W_{ij}^{l+1} names: entry (i, j) is W2[j, i])
_JOUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_JHID = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
         "*a1[{j}]*(1 - a1[{j}])")
_JHID_UNTRANSPOSED = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[{j},0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[{j},1])"
                      "*a1[{j}]*(1 - a1[{j}])")
_J2 = ({"j": 0}, {"j": 1})
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_LJI = tuple({"l": l, "j": j, "i": i} for l in (1, 2) for j in range(2) for i in range(2))
_LPJ = tuple({"l": l, "p": l - 1, "j": j} for l in (1, 2) for j in range(2))
# Nielsen's 2-3-2: output deltas
_NOUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_JK23 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
# one logistic unit
_BCE1 = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DBCE_DA = "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])"
_I2 = ({"i": 0}, {"i": 1})
# one sigmoid unit, half squared error
_HALF_DZ = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

ENTRIES: list[Public] = [
    # ---- jihwan-jeong's blog post: row vectors, W_{ij}^l input-first, u the input of a layer, E the loss ------
    Public("jihwan-update", _JIHWAN, "b7_jihwan", "b7_jihwan",
           r"$$W^l\leftarrow W^l + \eta \frac{\partial E}{\partial W^l} $$", ((W,),),
           (Twin("update", "W{l}[{j},{i}]", ("W{l}[{j},{i}] + eta*grad",), _LJI),), batch=7,
           why="uphill: the page's rule adds the gradient (its code subtracts it)"),
    Public("jihwan-output-gradient", _JIHWAN, "b7_jihwan", "b7_jihwan",
           r"$$\frac{\partial E}{\partial W_{ij}^L}=\frac{\partial E}{\partial h_j^L}\frac{\partial h_j^L}{\partial u_j^L}"
           r"h_i^{L-1}=\delta_j^L h_i^{L-1}$$", ((C, C),),
           (Twin("gradient", "W2[{j},{i}]", (_JOUT + "*a1[{i}]",) * 2, _JI),), batch=7),
    Public("jihwan-du", _JIHWAN, "b7_jihwan", "b7_jihwan",
           "$$\\begin{align}\n\t\\frac{\\partial u_j^L}{\\partial W_{ij}^L} &= \\frac{\\partial (\\sum_k h_k^{L-1}\\cdot "
           "W_{kj}^L+b_j^L)}{\\partial W_{ij}^L} = h_i^{L-1}\\\\\n\\frac{\\partial u_j^L }{\\partial b_j^L} &= "
           "\\frac{\\partial (\\sum_k h_k^{L-1}\\cdot W_{kj}^L+b_j^L)}{\\partial b_j^L}=1\n\\end{align}$$",
           ((C, C), (C, C)),
           (Twin("value", "a1[{i}]", ("a1[{i}]", "a1[{i}]"), _JI), Twin("value", "1", ("1", "1"), _J2)), batch=7),
    Public("jihwan-hidden-gradient", _JIHWAN, "b7_jihwan", "b7_jihwan",
           "$$\\begin{align}\n\t\\frac{\\partial E}{\\partial W_{ij}^l}&=\\delta_j^l\\cdot\\frac{\\partial u_j^l}{\\partial "
           "W_{ij}^l}=\\bigg[ \\sum_d \\delta_d^{l+1} W_{jd}^{l+1}\\bigg]\\frac{\\partial h_j^l}{\\partial u_j^l}\\cdot "
           "\\frac{\\partial u_j^l}{\\partial W_{ij}^l}=\\bigg[ \\sum_d \\delta_d^{l+1} W_{jd}^{l+1}\\bigg]\\frac{\\partial "
           "h_j^l}{\\partial u_j^l} h_i^{l-1}\\\\\n\\text{Similarly,}\\quad \\frac{\\partial E}{\\partial b_j^l}&="
           "\\frac{\\partial E}{\\partial u_j^l}\\frac{\\partial u_j^l}{\\partial b_j^l}=\\bigg[ \\sum_d \\delta_d^{l+1}"
           "W_{jd}^{l+1}\\bigg]\\frac{\\partial h_j^l}{\\partial u_j^l}\\frac{\\partial u_j^l}{\\partial b_j^l}=\\bigg[ "
           "\\sum_d \\delta_d^{l+1}W_{jd}^{l+1}\\bigg]\\frac{\\partial h_j^l}{\\partial u_j^l}\n\\end{align}$$",
           ((C, C, C), (C, C, C)),
           (Twin("gradient", "W1[{j},{i}]", (_JHID + "*x[{i}]",) * 3, _JI), Twin("gradient", "b1[{j}]", (_JHID,) * 3, _J2)),
           batch=7, why="l is the hidden layer: the only one with a layer l+1"),
    Public("jihwan-delta-vector", _JIHWAN, "b7_jihwan", "b7_jihwan",
           r"$$\delta^l = [\delta^{l+1}W^{l+1}]\odot \phi'(u^l)$$", ((W,),),
           (Twin("value", _JHID, (_JHID_UNTRANSPOSED,), _J2),), batch=7,
           why="the transpose of W^{l+1} is missing (the page's other forms have it: delta^{l+1}(W^{l+1})^T)"),
    Public("jihwan-hidden-vector", _JIHWAN, "b7_jihwan", "b7_jihwan",
           "$$\n\\begin{align}\n\\frac{\\partial E}{\\partial W^l} &= (h^{l-1})^\\top \\bigg[ \\delta^{l+1}(W^{l+1})^\\top "
           "\\odot \\phi'(u^l) \\bigg]\\\\\n\\frac{\\partial E}{\\partial b^l}&=\\delta^{l+1}(W^{l+1})^\\top \\odot "
           "\\phi'(u^l)\n\\end{align}\n$$", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (_JHID + "*x[{i}]",), _JI), Twin("gradient", "b1[{j}]", (_JHID,), _J2)),
           batch=7, why="row vectors: (h^{l-1})^T [row] is the outer product, entry (i, j) the gradient by W_{ij}^l"),
    Public("jihwan-forward", _JIHWAN, "b7_jihwan", "b7_jihwan", r"$$u^l=h^{l-1}W^l+b^l\in\mathbb{R}^{1\times m_l}$$",
           ((C,),), (Twin("value", "z{l}[{j}]", ("a{p}[0]*W{l}[{j},0] + a{p}[1]*W{l}[{j},1] + b{l}[{j}]",), _LPJ),),
           batch=7, why="the row vector h^{l-1} times the matrix of W_{ij}^l; the shape after \\in is a remark"),
    # ---- ai.stackexchange 43296: Nielsen's four equations as an answer writes them, two of them mistyped ---------
    Public("aise-bp1", _AISE, "b7_nielsen", "b7_nielsen", r"\delta^L = \Delta_a C \odot \sigma'(z^L)",
           unreadable="\\Delta", batch=7, why="Delta_a C for Nielsen's nabla_a C: a symbol the page never defines"),
    Public("aise-bp2", _AISE, "b7_nielsen", "b7_nielsen",
           r"\delta^l = ((w_k^{l+1})^T\delta^{l+1}) \odot \sigma'(z^l)", unreadable="w_{k}", batch=7,
           why="w_k^{l+1}: one index where the weights have two (Nielsen writes w^{l+1})"),
    Public("aise-bp3", _AISE, "b7_nielsen", "b7_nielsen", r"\frac{\partial C}{\partial b^l_j}= \delta^l_j", ((C,),),
           (Twin("gradient", "b2[{j}]", (_NOUT,), _J2),), param="b2[j]", batch=7,
           why="a general rule named by --param: l is its layer (Nielsen's l = 3, the output)"),
    Public("aise-bp4", _AISE, "b7_nielsen", "b7_nielsen",
           r"\frac{\partial C}{\partial w^l_{j \space k}}= a_k^{l-1} \delta^l_j", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", ("a1[{k}]*" + _NOUT,), _JK23),), param="W2[j,k]", batch=7,
           why="\\space between the two indices"),
    # ---- niaza64/ml100: binary cross-entropy in plain text, a the weight ------------------------------------------
    Public("niaza-bce-unsigned", _NIAZA, "b7_bce_x1", "b7_niaza", "BCE = actual*log(pred) + (1-actual)*log(1-pred)",
           ((W,),), (Twin("value", _BCE1, ("y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=7,
           why="the minus sign is missing (the next line has it)"),
    Public("niaza-chain", _NIAZA, "b7_bce_x1", "b7_niaza", "∂BCE/∂a = (∂BCE/∂ŷ) * (∂ŷ/∂z) * (∂z/∂a)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=7),
    Public("niaza-dbce-steps", _NIAZA, "b7_bce_x1", "b7_niaza",
           "∂/∂ŷ [ - (y·log(ŷ) + (1-y)·log(1-ŷ)) ]\n= - [ y/ŷ + (1-y) * (1/(1-ŷ)) * (-1) ]\n= - [ y/ŷ - (1-y)/(1-ŷ) ]",
           ((C, C),), (Twin("value", _DBCE_DA, ("-(y[0]/a1[0] + (1 - y[0])*(1/(1 - a1[0]))*(-1))",
                                                 "-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))")),), batch=7,
           why="the derivative of the bracket that follows d/d yhat, continued on two lines"),
    Public("niaza-dbce-dyhat", _NIAZA, "b7_bce_x1", "b7_niaza", "∂BCE/∂ŷ = (ŷ - y) / (ŷ(1-ŷ))", ((C,),),
           (Twin("value", _DBCE_DA, ("(a1[0] - y[0])/(a1[0]*(1 - a1[0]))",)),), batch=7),
    Public("niaza-result", _NIAZA, "b7_bce_x1", "b7_niaza", "∂BCE/∂a = (ŷ - y) * x", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=7),
    Public("niaza-db", _NIAZA, "b7_bce_x1", "b7_niaza", "∂BCE/∂b = (ŷ - y) * 1 = (ŷ - y)", ((C, C),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*1", "a1[0] - y[0]")),), batch=7),
    # ---- odys-z/hello: a docstring's plain-text derivation for one neuron -----------------------------------------
    Public("odys-forward", _ODYS, "b7_unit_half", "b7_odys", "z = w1⋅x1 + w2⋅x2 + b,", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=7),
    Public("odys-dL-dyhat", _ODYS, "b7_unit_half", "b7_odys", "∂L / ∂ŷ = ∂(1/2(ŷ - y)^2) / ∂ŷ = -(y - ŷ)", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "-(y[0] - a1[0])")),), batch=7,
           why="1/2(...)^2 is one half of the square, as the page means it"),
    Public("odys-dz", _ODYS, "b7_unit_half", "b7_odys", "dŷ / dz = ŷ⋅(1 - ŷ)  =>  ∂L / ∂z = (∂L / ∂ŷ)⋅(∂ŷ / ∂z)",
           ((C,), (C,)), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),
                          Twin("gradient_z", "z1[0]", (_HALF_DZ,))), batch=7,
           why="two equations joined by =>"),
    Public("odys-dw1", _ODYS, "b7_unit_half", "b7_odys", "∂L / ∂w1 = (∂L / ∂z)⋅(∂z / ∂w1) = (∂L / ∂z)⋅x1", ((C, C),),
           (Twin("gradient", "W1[0,0]", (_HALF_DZ + "*x[0]",) * 2),), batch=7),
    Public("odys-db", _ODYS, "b7_unit_half", "b7_odys", "∂L / ∂b = 1", ((W,),),
           (Twin("gradient", "b1[0]", ("1",)),), batch=7, why="dz/db = 1 written for dL/db"),
    # ---- datascience.stackexchange 74328: an answer's chain, in its own definitions -------------------------------
    Public("dsse-chain", _DSSE, "b7_tutorial_331", "b7_dsse",
           r"$$\hspace{5cm}\frac{\partial J}{\partial w_{12}^{(2)}} = \frac{\partial J}{\partial h_{1}^{(3)}} "
           r"\frac{\partial h_{1}^{(3)}}{\partial z_{1}^{(2)}} \frac{\partial z_{1}^{(2)}}{\partial w_{12}^{(2)}}$$",
           ((C,),), (Twin("gradient", "W2[0,1]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[1]",)),), batch=7,
           why="\\hspace{5cm} before the formula (the answer's layout)"),
    Public("dsse-loss", _DSSE, "b7_tutorial_331", "b7_dsse", r"$J$ = $y_{true}^2$ - ${h_{1}^{(3)}}^2$", ((W,),),
           (Twin("value", "(y[0] - a2[0])**2", ("y[0]**2 - a2[0]**2",)),), batch=7,
           why="'assuming a square loss': the difference of the squares for the square of the difference; one"
               " equation written across three $...$"),
    # ---- napsterinblue: logistic regression, \delta for \partial ---------------------------------------------------
    Public("napster-forward", _NAPSTER, "b7_bce_x2", "b7_napster", r"$z = w^{T} x + b$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=7),
    Public("napster-output", _NAPSTER, "b7_bce_x2", "b7_napster", r"$a = \hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}}$",
           ((C, C, C),), (Twin("value", "a1[0]", ("a1[0]", "sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=7),
    Public("napster-da-dz", _NAPSTER, "b7_bce_x2", "b7_napster", r"$\frac{\delta a}{\delta z} = a (1 - a)$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=7),
    Public("napster-dL-da", _NAPSTER, "b7_bce_x2", "b7_napster",
           r"$\frac{\delta \mathcal {L}}{\delta a} = -\frac{y}{a} + \frac{1-y}{1-a}$", ((C,),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),),
           batch=7, why="\\mathcal {L} with a space before its brace"),
    # ---- mihai2014: d for the derivative, {dw}_{1}, and a loss named Loss(Error function) --------------------------
    Public("mihai-chain-w1", _MIHAI, "b7_bce_x2", "b7_mihai",
           r"$$\frac{dLoss}{{dw}_{1}}=\frac{dLoss}{d\hat{y}} \cdot \frac{d\hat{y}}{dz} \cdot \frac{dz}{dw1}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=7,
           why="{dw}_{1} and dw1 both for d w_1"),
    Public("mihai-chain-b", _MIHAI, "b7_bce_x2", "b7_mihai",
           r"$$\frac{dLoss}{{db}_{1}}=\frac{dLoss}{d\hat{y}} \cdot \frac{d\hat{y}}{dz} \cdot \frac{dz}{db}$$",
           unreadable="b_{1}", batch=7, why="{db}_{1} on the left where the page's bias is b"),
    Public("mihai-forward", _MIHAI, "b7_bce_x2", "b7_mihai",
           r"${ z }={ w }_{ 1 }{ x }_{ 1 }+{ w }_{ 2 }{ x }_{ 2 }+{ b }\\{ \hat{y} } =\sigma ({ z }) = \frac { 1 }{ 1+{ e "
           r"}^{ -z } }\\Loss(Error function)=-y\cdot ln(\hat{y})-(1-y)\cdot ln(1-\hat{y})$", ((C,), (C, C), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),
            Twin("value", _BCE1, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",))), batch=7,
           why="three equations in one $...$ split by \\\\; braces around every symbol; the loss's argument is prose"),
    # ---- crucialexams: an exam's worked answer in plain text, y_hat, ½ and ² --------------------------------------
    Public("crucial-loss", _CRUCIAL, "b7_unit_half", "b7_crucial", "L = ½ (y_hat − y)²", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),), batch=7),
    Public("crucial-dL-dyhat", _CRUCIAL, "b7_unit_half", "b7_crucial", "∂L/∂y_hat = y_hat − y", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=7),
    Public("crucial-dyhat-dz", _CRUCIAL, "b7_unit_half", "b7_crucial", "∂y_hat/∂z = y_hat (1 − y_hat)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=7),
    Public("crucial-gradient", _CRUCIAL, "b7_unit_half", "b7_crucial", "∂L/∂W = (y_hat − y) y_hat (1 − y_hat) x",
           ((C,),), (Twin("gradient", "W1[0,{i}]", (_HALF_DZ + "*x[{i}]",), _I2),), batch=7),
    # ---- numerade: a question's computational graph, the second layer fed x instead of a^[1] ---------------------
    Public("numerade-z1", _NUMERADE, "b7_two_221", "b7_numerade", r"$z^{[1]} = W^{[1]}x + b^{[1]}$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=7),
    Public("numerade-z2", _NUMERADE, "b7_two_221", "b7_numerade", r"$z^{[2]} = W^{[2]}x + b^{[2]}$", ((W,),),
           (Twin("value", "z2[0]", ("W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0]",)),), batch=7,
           why="x where the second layer's input is a^{[1]}"),
    # ---- the chain-rule question (Nemotron-CC-Math): sum without index, net_k ------------------------------------
    Public("chainq-error", _CHAINQ, "b7_mlp_222", "b7_chainq", r"\[ E = \frac{1}{2} \sum (t_k - a_k)^2 \]", ((C,),),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),),
           batch=7),
    Public("chainq-sigmoid-slope", _CHAINQ, "b7_mlp_222", "b7_chainq",
           r"\[ \frac{\partial a_k}{\partial net_k} = \frac{e^{-net_k}}{(1+e^{-net_k})^2} \]", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("exp(-z2[{k}])/(1 + exp(-z2[{k}]))**2",), ({"k": 0}, {"k": 1})),),
           batch=7),
    # ---- Hhnro/Machine-Learning-Interviews: a notebook's logistic regression, \hat{z} and \Sigma ------------------
    Public("hhnro-forward", _HHNRO, "b7_bce_x2", "b7_hhnro", "$z=wx+b$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=7,
           why="wx: the weights times the features, a number"),
    Public("hhnro-dyhat-dzhat", _HHNRO, "b7_bce_x2", "b7_hhnro",
           r"$\frac{\partial \hat{y}}{\partial \hat{z}}=\hat{y}(1-\hat{y})$", unreadable="\\hat{z}", batch=7,
           why="\\hat{z} where the page's z has no hat"),
    Public("hhnro-dL-dz", _HHNRO, "b7_bce_x2", "b7_hhnro", r"$\frac{\partial L}{\partial z}=\hat{y}-y$", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=7),
    Public("hhnro-dL-dw", _HHNRO, "b7_bce_x2", "b7_hhnro", r"$\frac{\partial L}{\partial w}=x^{T}\cdot (\hat{y}-y)$",
           ((C,),), (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I2),), batch=7),
    Public("hhnro-dL-db", _HHNRO, "b7_bce_x2", "b7_hhnro", r"$\frac{\partial L}{\partial b}=\Sigma (\hat{y}-y)$",
           unreadable="whose term has no free index", batch=7,
           why="\\Sigma, the capital letter, for a sum over the samples: one sample's term for one sample's loss"
               " (blind: ((C,),), by the twin a1[0] - y[0]); after the fixes \\Sigma is a sum sign, and a sum"
               " whose term leaves no index free is refused: the formula does not say what it runs over"),
]
