"""Batch 5 of the held-out public formulas (see the docstring of tests/public_formulas.py): 36 formulas
from 9 pages no earlier batch used (course notes, a textbook-style derivation, Q&A answers, Wikipedia,
slides, library docs), written down with their notations, networks and oracle twins (the oracle run on
them first), then check run on them once, blind, after the reader's fixes for batch 4.

Blind: 24 of 36 read with every verdict right (67%); 11 refused in one line; 1 misread (a right
formula judged wrong). By construct:

- 5 refused: a closing thin space ``\\,`` (every Wikipedia formula): the sentence's comma was stripped
  and left a lone backslash (wiki-*).
- 2 refused: ``\\cdot`` between two vectors meant entrywise, ``\\delta^{(L)} = (\\hat{y} - y) \\cdot
  \\sigma'(z^{(L)})``: read as the inner product, a number where the left side is a vector (nnbd-output-delta,
  bde-delta2).
- 2 refused: ``\\sum`` without index over a vector's square, ``\\frac{1}{2} \\sum (\\hat{y} - y)^2``
  (nnbd-loss, bde-loss).
- 1 refused: a transpose after a parenthesis, ``\\delta^{(2)} (a^{(1)})^T``, read as (delta a)^T
  (bde-dW2); the same grouping made ``x (1 - a)^2`` the square of x (1 - a), a misreading no entry of
  any batch had met.
- 1 refused: a bar among a loss's arguments, ``L(w,b|x)``, read as a norm (nbis-forward).
- 1 misread: ``\\frac{1}{m}\\sum_{i=1}^m`` over samples with ``"m" = "1"`` in the notation counted K
  samples in the sum and one in 1/m (srenevey-loss).

Each was then fixed in the reader, with its tests in tests/test_reading_constructs.py: 36 of 36 read.
Variants of these constructs showed one more misreading, fixed as a refusal: three vectors joined by
``\\cdot`` (``\\delta \\cdot a \\cdot (1 - a)``) read as an inner product times a vector.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # cs.stackexchange 60098: inputs x_i, hidden a_j, outputs y_k, sigmoid, E = 1/2 sum (t - y)^2
    "mlp_222": """
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
    # Derivation of Delta Rules: y = phi(w_0 + w_1 x_1 + w_2 x_2), w_0 the bias, E = 1/2 (y - d)^2
    "phi_unit": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    # the same page's two layers: y = phi(y_1 u_1 + y_2 u_2), y_n = phi(net_n), no biases
    "phi_two": """
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
name = "half_squared_error"
""",
    # Wikipedia's delta rule: y_j = g(h_j), h_j = sum x_i w_ji (no bias), E = sum 1/2 (t_j - y_j)^2
    "delta_rule": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
bias = "none"
[loss]
name = "half_squared_error"
""",
    # NBIS workshop: two neurons in a chain, z_1 = w_1 i_1 + b_1, ..., L = 1/2 (y - yhat)^2
    "two_neurons": """
[[layer]]
inputs = 1
units = 1
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
}

NOTATIONS = {
    "csse": r'''
[notation]
indices = "ijk"
[notation.symbols]
"x_{i}" = "x[i]"
"a_{j}" = "a1[j]"
"a_{j}^{hidden}" = "a1[j]"
"y_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"v_{ij}" = "W1[j, i]"
"w_{jk}" = "W2[k, j]"
"\\delta_{ok}" = "-delta2[k]"
"\\delta_{hj}" = "-delta1[j]"
''',
    "delta_rules": r'''
[notation]
indices = "i"
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"w_{0}" = "b1[0]"
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"y" = "a1[0]"
"d" = "y[0]"
"net" = "z1[0]"
"\\Delta w_{0}" = "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])"
"\\Delta w_{i}" = "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[i-1]"
''',
    "delta_rules_two": r'''
[notation]
indices = "n"
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"u_{n}" = "W2[0, n-1]"
"y_{n}" = "a1[n-1]"
"net_{n}" = "z1[n-1]"
"y" = "a2[0]"
"d" = "y[0]"
"net" = "z2[0]"
''',
    "srenevey": r'''
[notation]
indices = "ijkl"
loss = ["\\mathcal{L}"]
[notation.symbols]
"\\hat{y}_{j}^{(i)}" = "a1[j-1]"
"y_{j}^{(i)}" = "t[j-1]"
"x_{j}^{(i)}" = "z1[j-1]"
"m" = "1"
''',
    "layers_L": r'''
[notation]
loss = ["L"]
''',
    "layers_calL": r'''
[notation]
loss = ["\\mathcal{L}"]
''',
    "wiki_delta": r'''
[notation]
indices = "ij"
functions = { g = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i]"
"w_{ji}" = "W1[j, i]"
"h_{j}" = "z1[j]"
"y_{j}" = "a1[j]"
"t_{j}" = "y[j]"
"\\Delta w_{ji}" = "-eta*(a1[j] - y[j])*a1[j]*(1 - a1[j])*x[i]"
''',
    "gettysburg": r'''
[notation]
functions = { g = "sigmoid" }
[notation.symbols]
"x" = "z1[0]"
"Di" = "-delta1[0]"
"Erri" = "y[0] - a1[0]"
"ini" = "z1[0]"
''',
    "eetcode": r'''
[notation]
indices = "i"
[notation.symbols]
"S_{i}" = "a1[i]"
"y_{i}" = "t[i]"
"S" = "a1[:]"
"y" = "t[:]"
"z" = "z1[:]"
''',
    "nbis": r'''
[notation]
[notation.symbols]
"i_{1}" = "x[0]"
"w_{1}" = "W1[0,0]"
"b_{1}" = "b1[0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"w_{2}" = "W2[0,0]"
"b_{2}" = "b2[0]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
''',
}

_CSSE = "https://cs.stackexchange.com/questions/60098/error-computation-in-multi-layered-perceptron"
_DELTARULES = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Derivation of Delta Rules)"
_SRENEVEY = "https://srenevey.github.io/neuro/docs/losses/crossentropy"
_NNBD = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Neural Network Backpropagation Derivation)"
_BDE = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Backpropagation Derivative Example)"
_WIKI = "http://en.wikipedia.org/wiki/Delta_rule"
_GETTYS = "http://cs.gettysburg.edu/~tneller/cs371/00fa/presentations/neural%20networks_files/slide0033.htm"
_EETCODE = "https://www.eetcode.com/deepml/220"
_NBIS = "https://github.com/NBISweden/workshop-neural-nets-and-deep-learning (exercise_back_prop)"

_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_HID = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"
_K2 = ({"k": 0}, {"k": 1})
_J2 = ({"j": 0}, {"j": 1})
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_PHI = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_N3 = ({"n": 0}, {"n": 1}, {"n": 2})
_LN = tuple({"l": l, "n": n} for l in range(3) for n in range(3))
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_N_OUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_N_HID = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_JK23 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_HALF2 = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"
_WIKI_RULE = "-eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]"

ENTRIES: list[Public] = [
    # ---- cs.stackexchange 60098: delta = -dE/dnet, weights input-first, v into the hidden layer --------
    Public("csse-output-delta", _CSSE, "mlp_222", "csse", r"$\delta_{ok} = (t_{k} - y_{k})y_{k}(1-y_{k})$", ((C,),),
           (Twin("value", "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),),
           batch=5),
    Public("csse-hidden-delta", _CSSE, "mlp_222", "csse", r"$\delta_{hj} = a_{j}(1 -a_{j})\sum_{k}w_{jk}\delta_{ok}$",
           ((C,),), (Twin("value", "-" + _HID, ("-" + _HID,), _J2),), batch=5),
    Public("csse-output-update", _CSSE, "mlp_222", "csse", r"$w_{jk} := w_{jk} + \eta\delta_{ok}a_{j} ^{hidden}$",
           ((C,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*" + _OUT + "*a1[{j}]",), _JK),), batch=5),
    Public("csse-hidden-update", _CSSE, "mlp_222", "csse", r"$v_{ij} := v_{ij} + \eta\delta_{hj}x_{i}$", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _HID + "*x[{i}]",), _IJ),), batch=5),
    # ---- Derivation of Delta Rules: one unit, w_0 its bias, d the target --------------------------------
    Public("deltarules-forward", _DELTARULES, "phi_unit", "delta_rules",
           r"y = \phi(\text{net}) = \phi(w_0 + w_1 x_1 + w_2 x_2)", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "sigmoid(b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1])")),), batch=5),
    Public("deltarules-error", _DELTARULES, "phi_unit", "delta_rules",
           r"E(w_0, w_1, w_2) = \frac{1}{2}(y - d)^2 = \frac{1}{2}((w_0 + w_1 x_1 + w_2 x_2) - d)^2", ((C, W),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",
                                                  "((b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]) - y[0])**2/2")),), batch=5,
           why="the page drops phi in the last member"),
    Public("deltarules-rule", _DELTARULES, "phi_unit", "delta_rules", r"\Delta w_i = -\eta \frac{\partial E}{\partial w_i}",
           ((C,),), (Twin("value", f"-eta*{_PHI}*x[{{n}}]", (f"-eta*{_PHI}*x[{{n}}]",), ({"n": 0}, {"n": 1})),),
           batch=5),
    Public("deltarules-dw0", _DELTARULES, "phi_unit", "delta_rules",
           r"\frac{\partial E}{\partial w_0} = (y - d) \phi'(\text{net})", ((C,),),
           (Twin("gradient", "b1[0]", (_PHI,)),), batch=5),
    Public("deltarules-dw1", _DELTARULES, "phi_unit", "delta_rules",
           r"\frac{\partial E}{\partial w_1} = (y - d) \phi'(\text{net}) x_1", ((C,),),
           (Twin("gradient", "W1[0,0]", (_PHI + "*x[0]",)),), batch=5),
    Public("deltarules-update1", _DELTARULES, "phi_unit", "delta_rules",
           r"\Delta w_1 = \eta (d - y) \phi'(\text{net}) x_1", ((C,),),
           (Twin("value", f"-eta*{_PHI}*x[0]", ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=5),
    Public("deltarules-two-forward", _DELTARULES, "phi_two", "delta_rules_two",
           r"y = \phi(\text{net}) = \phi(y_1 u_1 + y_2 u_2)", ((C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "sigmoid(a1[0]*W2[0,0] + a1[1]*W2[0,1])")),), batch=5),
    Public("deltarules-du1", _DELTARULES, "phi_two", "delta_rules_two",
           r"\frac{\partial E}{\partial u_1} = (y - d) \phi'(\text{net}) y_1", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=5),
    # ---- srenevey's neuro docs: sample i as a superscript, m samples, classes from 1 ---------------------
    Public("srenevey-dL-dyhat", _SRENEVEY, "softmax3", "srenevey",
           r"$$\frac{\partial \mathcal{L}}{\partial \hat{y}_j^{(i)}} = -\frac{1}{m}\frac{y_j^{(i)}}{\hat{y}_j^{(i)}}$$",
           ((C,),), (Twin("value", "-t[{n}]/a1[{n}]", ("-t[{n}]/a1[{n}]",), _N3),), batch=5),
    Public("srenevey-softmax", _SRENEVEY, "softmax3", "srenevey",
           r"$$\hat{y}_j^{(i)} = \frac{e^{x_j^{(i)}}}{\sum_{k=1}^ne^{x_k^{(i)}}}$$", ((C,),),
           (Twin("value", "a1[{n}]", ("exp(z1[{n}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _N3),), batch=5),
    Public("srenevey-jacobian", _SRENEVEY, "softmax3", "srenevey",
           r"$$\frac{\partial \hat{y}_j^{(i)}}{\partial x_l^{(i)}} = \hat{y}_j^{(i)}(\delta_{jl} - \hat{y}_l^{(i)})$$",
           ((C,),), (Twin("value", "a1[{l}]*((1 if {l} == {n} else 0) - a1[{n}])",
                          ("a1[{l}]*((1 if {l} == {n} else 0) - a1[{n}])",), _LN),), batch=5),
    Public("srenevey-chain", _SRENEVEY, "softmax3", "srenevey",
           r"$$\frac{\partial \mathcal{L}}{\partial x_l^{(i)}} = \sum_{k=1}^C\frac{\partial \mathcal{L}}{\partial \hat{y}_k"
           r"^{(i)}}\frac{\partial \hat{y}_k^{(i)}}{\partial x_l^{(i)}}$$", ((C,),),
           (Twin("gradient_z", "z1[{n}]", ("a1[{n}] - t[{n}]",), _N3),), batch=5),
    Public("srenevey-result", _SRENEVEY, "softmax3", "srenevey",
           r"$$\frac{\partial \mathcal{L}}{\partial x_l^{(i)}} = -\sum_{k=1}^C\frac{y_k^{(i)}}{\hat{y}_k^{(i)}}\hat{y}_k^{(i)}"
           r"(\delta_{kl} - \hat{y}_l^{(i)}) = -\sum_{k=1}^Cy_k^{(i)}(\delta_{kl} - \hat{y}_l^{(i)})$$", ((C, C),),
           (Twin("gradient_z", "z1[{n}]", ("a1[{n}] - t[{n}]",) * 2, _N3),), batch=5),
    Public("srenevey-loss", _SRENEVEY, "softmax3", "srenevey",
           r"$$\mathcal{L}(\hat{Y}, Y) = \frac{1}{m}\sum_{i=1}^m\left(-\sum_{j=1}^Cy^{(i)}_j\log\hat{y}^{(i)}_j \right)$$",
           ((C,),), (Twin("value", _CE, (_CE,)),), batch=5,
           why="blind: misread (judged wrong), the sum over samples counted K samples while 1/m was 1; a bound"
               " the notation makes a number now counts that many samples"),
    # ---- Neural Network Backpropagation Derivation (Nemotron): layers l, L the output ----------------------
    Public("nnbd-output-delta", _NNBD, "nielsen", "layers_L",
           r"\delta^{(L)} = \frac{\partial L}{\partial z^{(L)}} = (\hat{y} - y) \cdot \sigma'(z^{(L)})", ((C, C),),
           (Twin("value", _N_OUT, (_N_OUT,) * 2, _J2),), batch=5,
           why="blind: refused, \\cdot read as the inner product; now entrywise where the left side is a vector"),
    Public("nnbd-hidden-delta", _NNBD, "nielsen", "layers_L",
           r"\delta^{(l)} = \left( (W^{(l+1)})^T \delta^{(l+1)} \right) \odot \sigma'(z^{(l)})", ((C,),),
           (Twin("value", _N_HID, (_N_HID,), _J3),), batch=5),
    Public("nnbd-forward", _NNBD, "nielsen", "layers_L", r"z^{(L)} = W^{(L)} a^{(L-1)} + b^{(L)}", ((C,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]",), _J2),), batch=5),
    Public("nnbd-loss", _NNBD, "nielsen", "layers_L", r"L = \frac{1}{2} \sum (\hat{y} - y)^2", ((C,),),
           (Twin("value", _HALF2, (_HALF2,)),), batch=5,
           why="blind: refused (a power of a vector); a \\sum without index now adds the entries of its vector,"
               " squared entry by entry"),
    Public("nnbd-yhat", _NNBD, "nielsen", "layers_L", r"\hat{y} = a^{(L)} = \sigma(z^{(L)})", ((C, C),),
           (Twin("value", "a2[{j}]", ("a2[{j}]", "sigmoid(z2[{j}])"), _J2),), batch=5),
    # ---- Backpropagation Derivative Example (Nemotron): \mathcal{L}, layer 2 the output -----------------------
    Public("bde-delta2", _BDE, "nielsen", "layers_calL",
           r"\delta^{(2)} = \frac{\partial \mathcal{L}}{\partial z^{(2)}} = (a^{(2)} - y) \cdot \sigma'(z^{(2)})", ((C, C),),
           (Twin("value", _N_OUT, (_N_OUT,) * 2, _J2),), batch=5,
           why="blind: refused, as nnbd-output-delta"),
    Public("bde-dW2", _BDE, "nielsen", "layers_calL",
           r"\frac{\partial \mathcal{L}}{\partial W^{(2)}} = \delta^{(2)} (a^{(1)})^T", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", (_N_OUT + "*a1[{k}]",), _JK23),), batch=5,
           why="blind: refused, the transpose taken of delta (a) together; now of the parenthesis"),
    Public("bde-loss", _BDE, "nielsen", "layers_calL", r"\mathcal{L} = \frac{1}{2} \sum (a^{(2)} - y)^2", ((C,),),
           (Twin("value", _HALF2, (_HALF2,)),), batch=5,
           why="blind: refused, as nnbd-loss"),
    # ---- Wikipedia, Delta rule: w_{ji} from input i to unit j, \, closing each formula -----------------------
    Public("wiki-delta-rule", _WIKI, "delta_rule", "wiki_delta", r"$\Delta w_{ji}=\alpha(t_j-y_j) g'(h_j) x_i \,$",
           ((C,),), (Twin("value", _WIKI_RULE, ("eta*(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _IJ),), batch=5,
           why="blind: refused, the closing \\, lost its comma to the sentence's punctuation"),
    Public("wiki-net", _WIKI, "delta_rule", "wiki_delta", r"$h_j=\sum x_i w_{ji} \,$", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J2),), batch=5,
           why="blind: refused, the closing \\, lost its comma to the sentence's punctuation"),
    Public("wiki-output", _WIKI, "delta_rule", "wiki_delta", r"$y_j=g(h_j) \,$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=5,
           why="blind: refused, the closing \\, lost its comma to the sentence's punctuation"),
    Public("wiki-linear-rule", _WIKI, "delta_rule", "wiki_delta", r"$\Delta w_{ji}=\alpha(t_j-y_j) x_i \,$", ((W,),),
           (Twin("value", _WIKI_RULE, ("eta*(y[{j}] - a1[{j}])*x[{i}]",), _IJ),), batch=5,
           why="the page's form for linear units, used for sigmoid ones. Blind: refused, as wiki-delta-rule"),
    Public("wiki-error", _WIKI, "delta_rule", "wiki_delta", r"$E=\sum_{j} \frac{1}{2}(t_j-y_j)^2 \,$", ((C,),),
           (Twin("value", "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2", ("((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2",)),),
           batch=5,
           why="blind: refused, the closing \\, lost its comma to the sentence's punctuation"),
    # ---- Gettysburg slides (AIMA): plain text, the slide's Delta_i become Di in its text ---------------------
    Public("gettysburg-sigmoid", _GETTYS, "one_unit", "gettysburg", "sigmoid'(x) = sigmoid(x)(1 – sigmoid(x))", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=5),
    Public("gettysburg-error-term", _GETTYS, "one_unit", "gettysburg", "Di = Erri*g'(ini)", ((C,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=5),
    # ---- eetcode deep-ml 220: the answer in plain text -----------------------------------------------------
    Public("eetcode-gradient", _EETCODE, "softmax3", "eetcode", "dL/dz = S - y", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), ({"i": 0}, {"i": 1}, {"i": 2})),), batch=5),
    Public("eetcode-loss", _EETCODE, "softmax3", "eetcode", "L = -sum(y_i * log(S_i))", ((C,),),
           (Twin("value", _CE, (_CE,)),), batch=5),
    # ---- NBIS workshop: the forward pass of two neurons, in eqnarray --------------------------------------
    Public("nbis-forward", _NBIS, "two_neurons", "nbis",
           "$\\begin{eqnarray}\nz_1 &=&  w_1 i_1 + b_1\\\\\na_1 &=& \\sigma(z_1) = \\frac{1}{1+e^{-z_1}}\\\\\n"
           "z_2 &=&  w_2 a_{1} + b_2\\\\\na_2 &=& \\sigma(z_2) = \\frac{1}{1+e^{-z_2}}\\\\\n"
           "L(w,b|x) &=& \\frac{1}{2}\\left(y-\\hat{y}\\right)^2 = \\frac{1}{2}\\left(y-a_2\\right)^2\n\\end{eqnarray}$",
           ((C,), (C, C), (C,), (C, C), (C, C)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),
            Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)),
            Twin("value", "a2[0]", ("sigmoid(z2[0])", "1/(1 + exp(-z2[0]))")),
            Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",) * 2)), batch=5,
           why="blind: refused, the bar of L(w,b|x) read as a norm; one bar among a name's arguments now"
               " separates them"),
]
