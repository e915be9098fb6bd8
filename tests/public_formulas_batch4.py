"""Batch 4 of the held-out public formulas (see the docstring of tests/public_formulas.py): collected
after the reader's fixes for batch 3 and run once, blind, to measure the rate those fixes reached.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # behnamasadi: one neuron per layer, C_0 = (a^{(L)} - y)^2
    "chain3": """
[[layer]]
inputs = 1
units = 1
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "squared_error"
""",
    # math.stackexchange 1731965: z = sigma(x W) elementwise, y = softmax(z), E = -sum t log y
    "sigmoid_softmax": """
[[layer]]
inputs = 2
units = 3
activation = ["sigmoid", "softmax"]
bias = "none"
[loss]
name = "cross_entropy"
""",
    # stats.stackexchange 377533: h = w1 x1 + w2 x2 + w3, yhat = sigma(h), E = -y ln yhat - (1 - y) ln(1 - yhat)
    "logistic_unit": """
[[layer]]
inputs = 2
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
}

NOTATIONS = {
    "behnam": r'''
[notation]
loss = ["C"]
''',
    "mse_softmax": r'''
[notation]
indices = "ijk"
[notation.symbols]
"W_{ik}" = "W1[i-1, k-1]"
"W_{i}" = "W1[i-1, :]"
"x_{k}" = "x[k-1]"
"z_{i}" = "sigmoid(z1[i-1])"
"y_{i}" = "a1[i-1]"
"t_{j}" = "t[j-1]"
''',
    "logistic_unit": r'''
[notation]
indices = "n"
[notation.symbols]
"w_{1}" = "W1[0,0]"
"w_{2}" = "W1[0,1]"
"w_{3}" = "b1[0]"
"W_{n}" = "W1[0, n-1]"
"x_{n}" = "x[n-1]"
"h" = "z1[0]"
''',
    "rojas_update": r'''
[notation]
indices = "ij"
learning_rate = ["gamma"]
[notation.symbols]
"w_{ij}" = "W1[j, i]"
"o_{i}" = "x[i]"
"\\delta_{j}" = "delta1[j]"
''',
}

_BEHNAM = "https://github.com/behnamasadi/PyTorchTutorial (Backpropagation for a single neuron layer)"
_MSE = "https://math.stackexchange.com/questions/1731965/derivative-of-neural-network-function-with-respect-to-weights"
_STATS = "https://stats.stackexchange.com/questions/377533/backpropagation-formula-for-simple-ann"
_SUBWIKI = ("https://machinelearning.subwiki.org/w/index.php?direction=prev&oldid=838&title=Backpropagation_derivation"
            "_using_Leibniz_notation")
_ROJAS = "https://stackoverflow.com/questions/3775032/how-to-update-the-bias-in-neural-network-backpropagation/46801944"

_B_W3 = "2*(a3[0] - y[0])*a3[0]*(1 - a3[0])*a2[0]"
_SIG_I = "sigmoid(z1[{i}])"
_DE_DW = f"(a1[{{i}}] - t[{{i}}])*{_SIG_I}*(1 - {_SIG_I})*x[{{k}}]"
_IK = tuple({"i": i, "k": k} for i in range(3) for k in range(2))
_HIDDEN = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_LJK = tuple({"l": 2, "j": j, "k": k} for j in range(2) for k in range(3)) + \
    tuple({"l": 1, "j": j, "k": k} for j in range(3) for k in range(2))
_LJ = tuple({"l": 2, "j": j} for j in range(2)) + tuple({"l": 1, "j": j} for j in range(3))
_NET = "(W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}] if {l} == 2 else W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])"

ENTRIES: list[Public] = [
    # ---- behnamasadi: one neuron per layer, L the last, C_0 the first sample's cost --------------------
    Public("behnam-chain", _BEHNAM, "chain3", "behnam",
           r"$\frac{ \partial C_0   }{ \partial w^{(L)}  } = \frac{ \partial C_0   }{ \partial a^{(L)}  } \frac{ \partial"
           r" a^{(L)  } }{ \partial z^{(L)}  }   \frac{\partial z^{(L)}} { \partial w^{(L)} }  $", ((C,),),
           (Twin("gradient", "W3[0,0]", (_B_W3,)),), batch=4),
    Public("behnam-dC-da", _BEHNAM, "chain3", "behnam", r"$\frac{ \partial C_0   }{ \partial a^{(L)}}=2( a^{(L)}-y)   $",
           ((C,),), (Twin("value", "2*(a3[0] - y[0])", ("2*(a3[0] - y[0])",)),), batch=4),
    Public("behnam-da-dz", _BEHNAM, "chain3", "behnam",
           r"$\frac{ \partial a^{(L)  } }{ \partial z^{(L)} }= \sigma' (z^{(L)}) $", ((C,),),
           (Twin("value", "a3[0]*(1 - a3[0])", ("sigmoid(z3[0])*(1 - sigmoid(z3[0]))",)),), batch=4),
    Public("behnam-dz-dw", _BEHNAM, "chain3", "behnam", r"$\frac{\partial z^{(L)}} { \partial w^{(L)} }=a^{(L-1)}$",
           ((C,),), (Twin("value", "a2[0]", ("a2[0]",)),), batch=4),
    Public("behnam-result", _BEHNAM, "chain3", "behnam",
           r"$\frac{ \partial C_0   }{ \partial w^{(L)}  } = 2( a^{(L)}-y) \sigma' (z^{(L)})  a^{(L-1)}$", ((C,),),
           (Twin("gradient", "W3[0,0]", (_B_W3,)),), batch=4),
    Public("behnam-previous-typo", _BEHNAM, "chain3", "behnam",
           r"$\frac{ \partial C_0   }{ \partial b^{(L)}  } =  2( a^{(L)}-y) \sigma' (z^{(L)}) w^{(L)}$", ((W,),),
           (Twin("gradient", "b3[0]", ("2*(a3[0] - y[0])*a3[0]*(1 - a3[0])*W3[0,0]",)),), batch=4,
           why="the page's left side should be d C_0 / d a^{(L-1)}: as written, the bias's derivative is wrong. Blind:"
               " refused, w^{(L)} of one unit on one input was a 1 x 1 matrix; now that weight"),
    Public("behnam-average", _BEHNAM, "chain3", "behnam",
           r"$\frac{ \partial C}{ \partial w^{(L)}  } = \frac{1}{n} \sum_{k=0}^{n-1} \frac{ \partial C_k   }{ \partial"
           r" w^{(L)}} $", ((C,),), (Twin("gradient", "W3[0,0]", (_B_W3,)),), batch=4,
           why="the average over the n samples of a step of each sample's derivative. Blind: refused (n unknown);"
               " now n bounds a sum over samples, and C_k inside it is sample k's cost"),
    # ---- math.stackexchange 1731965: a softmax after a sigmoid, z the sigmoid's output ----------------------
    Public("mse-loss", _MSE, "sigmoid_softmax", "mse_softmax", r"$$E=-\sum_{j=1}^m t_j\log y_j$$", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=4),
    Public("mse-softmax", _MSE, "sigmoid_softmax", "mse_softmax", r"$y_i=\frac{\exp(z_i)}{\sum_k \exp(z_k)}$", ((C,),),
           (Twin("value", "a1[{i}]", ("exp(sigmoid(z1[{i}]))/(exp(sigmoid(z1[0])) + exp(sigmoid(z1[1])) +"
                                      " exp(sigmoid(z1[2])))",), ({"i": 0}, {"i": 1}, {"i": 2})),), batch=4),
    Public("mse-chain", _MSE, "sigmoid_softmax", "mse_softmax",
           r"$$\frac{\partial E}{\partial W_{ik}}=\frac{\partial E}{\partial z_i}\frac{\partial z_i}{\partial{W_{ik}}}$$",
           ((C,),), (Twin("gradient", "W1[{i},{k}]", (_DE_DW,), _IK),), batch=4,
           why="blind: refused; a derivative by z_i, the sigmoid's output inside the layer's chain sigmoid, softmax,"
               " is now one by the pre-activation over the sigmoid's slope"),
    Public("mse-forward", _MSE, "sigmoid_softmax", "mse_softmax", r"$\mathbf{z}=\sigma(\mathbf{x}\cdot \mathbf{W})$",
           unreadable="whose sizes do not fit", batch=4,
           why="not read: x a row and W = [W_1 ... W_m] input-first, where the notation's W_{ik} are unit-first"),
    Public("mse-sigma-prime", _MSE, "sigmoid_softmax", "mse_softmax",
           r"$\sigma'(\mathbf{x}\cdot W_i)\cdot x_k=\sigma(\mathbf{x}\cdot W_i)(1-\sigma(\mathbf{x}\cdot W_i))x_k$", ((C,),),
           (Twin("value", f"{_SIG_I}*(1 - {_SIG_I})*x[{{k}}]", (f"{_SIG_I}*(1 - {_SIG_I})*x[{{k}}]",), _IK),), batch=4),
    # ---- stats.stackexchange 377533: one logistic unit, w_3 its bias ---------------------------------------------
    Public("stats-net", _STATS, "logistic_unit", "logistic_unit", r"$$h = w_1x_1 + w_2x_2 + w_3$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=4,
           why="blind: refused, w_1x_1 read as w_{1x1} (no braces: plain text); a plain subscript now stops at a"
               " letter after its digits"),
    Public("stats-loss", _STATS, "logistic_unit", "logistic_unit",
           r"$$E = -y ln \hat{y} - (1-y) ln (1-\hat{y})$$", ((C,),),
           (Twin("value", "-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])", ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),),
           batch=4, why="blind: refused; the word ln before its argument is now read as \\ln"),
    Public("stats-operators", _STATS, "logistic_unit", "logistic_unit",
           r"$$\frac{\partial}{\partial w_1} E = \frac{\partial}{\partial \hat{y}} \frac{\partial}{\partial h} \hat{y}"
           r" \frac{\partial}{\partial w_1} h.$$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(1 - 2*a1[0])*x[0]",)),), batch=4,
           why="as written each operator applies to what follows it: d/d yhat of d/dh (yhat x_1); E was left out"),
    Public("stats-update", _STATS, "logistic_unit", "logistic_unit",
           r"$$W = W + \frac{\alpha}{m} (y-\hat{y}) \sigma ' (x) x,$$", unreadable="unknown symbol m", batch=4,
           why="not read: m, the number of examples, named by no sum (a notation may give it a meaning, \"m\" = \"1\")"),
    # ---- machinelearning.subwiki: Leibniz notation, Nielsen's indices, in MediaWiki's {\displaystyle ...} ----
    Public("subwiki-chain", _SUBWIKI, "nielsen", "nielsen",
           r"{\displaystyle \frac{\partial C}{\partial w^l_{jk}} = \frac{\partial C}{\partial a^l_j} \frac{\partial a^l_j}"
           r"{\partial w^l_{jk}}}", ((C,),),
           (Twin("gradient", "W{l}[{j},{k}]", (f"((a2[{{j}}] - y[{{j}}]) if {{l}} == 2 else {_HIDDEN})*a{{l}}[{{j}}]*(1 -"
                                                f" a{{l}}[{{j}}])*(a1[{{k}}] if {{l}} == 2 else x[{{k}}])",), _LJK),),
           batch=4, why="blind: refused, as the two below: {\\displaystyle ...} around the whole formula"),
    Public("subwiki-da-dw", _SUBWIKI, "nielsen", "nielsen",
           r"{\displaystyle \frac{\partial a^l_j}{\partial w^l_{jk}} = \sigma'(z^l_j)a^{l-1}_k}", ((C,),),
           (Twin("value", "a{l}[{j}]*(1 - a{l}[{j}])*(a1[{k}] if {l} == 2 else x[{k}])",
                 ("a{l}[{j}]*(1 - a{l}[{j}])*(a1[{k}] if {l} == 2 else x[{k}])",), _LJK),), batch=4),
    Public("subwiki-forward", _SUBWIKI, "nielsen", "nielsen",
           r"{\displaystyle a^l_j = \sigma(z^l_j) = \sigma\left(\sum_k w^l_{jk}a^{l-1}_k + b^l_j\right)}", ((C, C),),
           (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])", f"sigmoid({_NET})"), _LJ),), batch=4),
    # ---- Rojas's notation on stackoverflow: the update in code ----------------------------------------------
    Public("rojas-update", _ROJAS, "one_layer", "rojas_update", "w[i,j] -= gamma * o[i] * delta[j]", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])",),
                 tuple({"i": i, "j": j} for i in range(2) for j in range(2))),), batch=4,
           why="blind: refused; -= is now an update, and gamma in the table is \\gamma in the formula"),
]
