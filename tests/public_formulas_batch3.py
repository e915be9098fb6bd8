"""Batch 3 of the held-out public formulas (see the docstring of tests/public_formulas.py, which adds
these entries to its ENTRIES): collected from pages the first two batches did not use, written down
with their notations, networks and oracle twins before check was run on any of them.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # tesserato: 2 inputs, 3 hidden units g (here tanh), 2 outputs f (here sigmoid), no biases, E = 1/2 sum (o - t)^2
    "tess": """
[[layer]]
inputs = 2
units = 3
activation = "tanh"
bias = "none"
[[layer]]
units = 2
activation = "sigmoid"
bias = "none"
[loss]
name = "half_squared_error"
""",
    # one sigmoid unit on one input, with a bias: z = wx + b, y = sigma(z), L = 1/2 (y - t)^2
    "karel": """
[[layer]]
inputs = 1
units = 1
activation = "sigmoid"
[loss]
name = "half_squared_error"
""",
    # Andrew Ng's course: sigmoid layers, a logistic output, J = -y log h - (1 - y) log(1 - h)
    "ng4": """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 3
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # a 2-2-1 sigmoid network with binary cross-entropy
    "bce_221": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "binary_cross_entropy"
""",
    # a sigmoid hidden layer under a softmax output with cross-entropy
    "softmax_hidden": """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
""",
}

NOTATIONS = {
    "godelia": r'''
[notation]
indices = "n"
learning_rate = ["\\gamma"]
loss = ["E^{p}"]
functions = { f = "sigmoid" }
[notation.symbols]
"y_{k}^{p}" = "a1[k-1]"
"y_{o}^{p}" = "a1[o-1]"
"y_{j}^{p}" = "x[j-1]"
"s_{k}^{p}" = "z1[k-1]"
"t_{o}^{p}" = "y[o-1]"
"w_{jk}" = "W1[k-1, j-1]"
"\\theta_{k}" = "b1[k-1]"
"\\delta_{k}^{p}" = "-delta1[k-1]"
"\\Delta_{p}w_{jk}" = "-eta*delta1[k-1]*x[j-1]"
''',
    "tess": r'''
[notation]
indices = "mn"
functions = { g = "tanh", f = "sigmoid" }
[notation.symbols]
"i_{n}" = "x[n-1]"
"h_{n}" = "a1[n-1]"
"o_{n}" = "a2[n-1]"
"t_{n}" = "y[n-1]"
"w_{mn}" = "W1[n-1, m-1]"
"u_{mn}" = "W2[n-1, m-1]"
''',
    "karel": r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0,0]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
"t" = "y[0]"
"\\bar{y}" = "a1[0] - y[0]"
"\\bar{z}" = "delta1[0]"
''',
    "vikram": r'''
[notation]
indices = "jkn"
[notation.symbols]
"\\delta_{hn}" = "delta1[n-1]"
"\\delta_{on}" = "delta2[n-1]"
"z_{hn}" = "z1[n-1]"
"w_{jk}" = "W2[k-1, j-1]"
''',
    "ng_course": r'''
[notation]
indices = "ijl"
loss = ["J", "cost"]
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(l)}" = "a{l-1}[:]"
"a_{j}^{(l)}" = "a{l-1}[j-1]"
"z^{(l)}" = "z{l-1}[:]"
"z_{j}^{(l)}" = "z{l-1}[j-1]"
"\\delta^{(l)}" = "delta{l-1}[:]"
"\\delta_{j}^{(l)}" = "delta{l-1}[j-1]"
"\\Theta_{i0}^{(l)}" = "b{l}[i-1]"
"\\Theta_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"y_{j}" = "y[j-1]"
"y^{(i)}" = "y[:]"
''',
    "surafel": r'''
[notation]
[notation.symbols]
"a_{1}" = "a1[:]"
"\\hat{y}" = "a2[0]"
''',
    "santosh": r'''
[notation]
indices = "n"
loss = ["ET"]
[notation.symbols]
"i_{n}" = "x[n-1]"
"h_{n}" = "z1[n-1]"
"a_{hn}" = "a1[n-1]"
"o_{n}" = "z2[n-1]"
"a_{on}" = "a2[n-1]"
"t_{n}" = "y[n-1]"
"E_{n}" = "(y[n-1] - a2[n-1])**2/2"
"w_{1}" = "W1[0,0]"
"w_{2}" = "W1[0,1]"
"w_{3}" = "W1[1,0]"
"w_{4}" = "W1[1,1]"
"w_{5}" = "W2[0,0]"
"w_{6}" = "W2[0,1]"
"w_{7}" = "W2[1,0]"
"w_{8}" = "W2[1,1]"
''',
    "walker": r'''
[notation]
indices = "n"
[notation.symbols]
"y_{n}" = "z1[n-1]"
"Y" = "z1[:]"
"P_{n}" = "a1[n-1]"
"P" = "a1[:]"
"T_{n}" = "t[n-1]"
"S" = "exp(z1[0]) + exp(z1[1]) + exp(z1[2])"
''',
    "beta": r'''
[notation]
loss = ["CE"]
[notation.symbols]
"\\beta_{i}" = "z1[i]"
"\\vec{x}" = "t[:]"
''',
    "jacobian": r'''
[notation]
indices = "ijksl"
functions = { "\\sigma" = "softmax" }
[notation.symbols]
"a_{k}^{[l]}" = "a{l}[k]"
"a_{k}" = "a2[k]"
"z_{s}^{[l]}" = "z{l}[s]"
"z_{i}" = "z2[i]"
"W_{ij}^{[l]}" = "W{l}[i, j]"
''',
    "iceory": r'''
[notation]
[notation.symbols]
"x_{i}" = "z1[i-1]"
"y_{i}" = "a1[i-1]"
''',
    "softmax_z0": r'''
[notation]
[notation.symbols]
"z_{i}" = "z1[i]"
"\\hat{y}_{i}" = "a1[i]"
"y_{i}" = "t[i]"
''',
    "rashid": r'''
[notation]
indices = "n"
[notation.symbols]
"w_{ij}" = "W1[j, i]"
"o_{i}" = "x[i]"
"e_{j}" = "W2[0, j]*(y[0] - a2[0]) + W2[1, j]*(y[1] - a2[1])"
''',
}

_GODELIA = "https://www.godelia.org/2020/08/28/backpropagation/"
_TESS = "https://github.com/tesserato/Dissertacao (00_Texto_Dissertação/trash/theory/old/example.md)"
_KAREL = "https://github.com/KarelZe/anki-decks (Machine_Learning/explain-how-one-can-use-the-following-co.md)"
_VIKRAM = "https://github.com/vikram-niit/AI (NN_backpropagation_weight_update_reference/Backpropagation_reference.md)"
_TECHQA = "https://math.techqa.club/deriving-the-error-in-activation-nodes-in-back-propagation-algorithm-3112746"
_BAZZI = "https://github.com/stefanobazzi/machine_learning_coursera"
_SURAFEL = "https://surafelml.github.io/nn-timeline/supp/04_mlp_backprop_numerical.html"
_SANTOSH = "https://github.xiaohuzi123231346.workers.dev/santoshnlp/backpropagation"
_WALKER = "https://github.com/walkerwzy/walker_jupyter_lab"
_BETA = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Gradient of Softmax with Cross Entropy Loss)"
_JACOBIAN = ("https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (How to Compute the Gradient of the"
             " Cross-Entropy Loss Function with Respect to the Parameters with Softmax Activation Function?)")
_ICEORY = "https://iceory.github.io/page/2"
_ERRORHANDLE = "https://errorhandle.ai/cs231n-how-to-calculate-gradient-for-softmax-loss-function"
_EDUCATIVE = ("https://www.educative.io/courses/make-your-own-neural-network-in-python/"
              "the-error-slope-between-the-input-and-hidden-layers")

_K2 = ({"k": 0}, {"k": 1})
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_I3 = tuple({"i": i} for i in range(3))
_TESS_W11 = " + ".join(f"(a2[{o}] - y[{o}])*a2[{o}]*(1 - a2[{o}])*W2[{o},0]" for o in range(2))
_TESS_W11 = f"({_TESS_W11})*(1 - a1[0]**2)*x[0]"
_TESS_U11 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"
_TESS_E = r"""$
E={1 \over 2}
\left(
  (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})-t_1)^2
  +
  (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32})-t_2)^2
  \right)
$"""
_TESS_DU = r"""$$
\begin{aligned}
{\partial E \over \partial u_{11}}
&= 
{1 \over 2} {\partial \over \partial u_{11}}
\left(
  (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)^2
  +
  (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)^2
\right) \\
&=
{1 \over 2}
\left(
  {\partial \over \partial u_{11}}
  (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1 )^2
  +
  {\partial \over \partial u_{11}}
  (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)^2
\right) \\
&=
{1 \over 2} {\partial \over \partial u_{11}}
(f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1 )^2 
\\
&= 
{2 \over 2}
(f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)
\left(
  {\partial f \over \partial u_{11}}
  (h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
  \left(
    {\partial \over \partial u_{11}} h_1 u_{11} +
    {\partial \over \partial u_{11}} h_2 u_{21} +
    {\partial \over \partial u_{11}} h_3 u_{31}
  \right)
  -
  {\partial t_1 \over \partial u_{11}}
\right) 
\\
&= h_1 (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) -t_1)
f'(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
\end{aligned}
$$"""
_TESS_DW = r"""$$
\begin{aligned}
{\partial E \over \partial w_{11}} =&
{1 \over 2} {\partial \over \partial w_{11}}
\left(
  (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)^2
  +
  (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)^2
\right)  
\\
=& {1 \over 2}
\left(
  {\partial \over \partial w_{11}}
  (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)^2
  +
  {\partial \over \partial w_{11}}
  (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)^2
\right)
\\
=& {1 \over 2}
\Bigg(
  2 (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)
  {\partial \over \partial w_{11}}
  (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)
\\
  +& \ \ \ \ \ \ 
  2 (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)
  {\partial \over \partial w_{11}}
  (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)
\Bigg)
\\
=& (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)
\left(
  {\partial \over \partial w_{11}}  
  f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
  -
  {\partial \over \partial w_{11}} t_1
\right)
\\
+& (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)
\left(
  {\partial \over \partial w_{11}}
  f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32})
  -
  {\partial \over \partial w_{11}} t_2
\right)
\\
=& (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)
  f'(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
\left(
  {\partial h_1 u_{11} \over \partial w_{11}} +
  {\partial h_2 u_{21} \over \partial w_{11}} +
  {\partial h_3 u_{31} \over \partial w_{11}}
\right)
\\
+& (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)
  f'(h_1 u_{12} + h_2 u_{22} + h_3 u_{32})
\left(
  {\partial h_1 u_{12} \over \partial w_{11}} +
  {\partial h_2 u_{22} \over \partial w_{11}} +
  {\partial h_3 u_{32} \over \partial w_{11}}
\right)
\\
=& (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1)
f'(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
\left(
  {\partial h_1 u_{11} \over \partial w_{11}}
\right)
\\
+& (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)
f'(h_1 u_{12} + h_2 u_{22} + h_3 u_{32})
\left(
  {\partial h_1 u_{12} \over \partial w_{11}}
\right)
\\
=& (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})-t_1)
f'(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
(u_{11}i_1 g' (i_1 w_{11} + i_2 w_{21}))
\\
+& (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2)
f'(h_1 u_{12} + h_2 u_{22} + h_3 u_{32})
(u_{12}i_1 g' (i_1 w_{11} + i_2 w_{21}))
\end{aligned}
$$"""
_TESS_SUMMARY = r"""$$
\begin{aligned}
{\partial E \over \partial u_{11}} =&
h_1 (f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) -t_1)
f'(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
\\
{\partial E \over \partial w_{11}} =& 
(f(h_1 u_{11} + h_2 u_{21} + h_3 u_{31}) - t_1 )
f'(h_1 u_{11} + h_2 u_{21} + h_3 u_{31})
\left(
  u_{11}i_1 g'
  (i_1 w_{11} + i_2 w_{21})
\right)
\\
+& (f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32}) - t_2 )
f'(h_1 u_{12} + h_2 u_{22} + h_3 u_{32})
( u_{12}i_1 g' (i_1 w_{11} + i_2 w_{21}) )
\end{aligned}
$$"""
_VIKRAM_H = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{0}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{0}])"
             "*a1[{0}]*(1 - a1[{0}])")
_NG_DELTA2 = "(a3[0] - y[0])*W3[0,{j}]*a2[{j}]*(1 - a2[{j}])"
_SM_JACOBIAN = "a2[{k}]*((1 if {k} == {i} else 0) - a2[{i}])*a1[{j}]"
_WALKER_DL = r"""$
\begin{align*}
\frac{\delta L}{\delta y_1} = \frac{\delta L}{\delta P_1} \cdot \frac{\delta P_1}{\delta y_1} + \frac{\delta L}{\delta P_2} \cdot \frac{\delta P_2}{\delta y_1} + \frac{\delta L}{\delta P_3} \cdot \frac{\delta P_3}{\delta y_1}
\end{align*}
$"""
_WALKER_PARTS = r"""$
\begin{align*}
\frac{\delta L}{\delta P_1} & = - T_1 \times \frac{1}{P_1} \\
\frac{\delta P_1}{\delta y_1} & = \frac{\delta P_1}{\delta e^{y_1}}\frac{\delta e^{y_1}}{y_1} + \frac{\delta P_1}{\delta S}\frac{\delta S}{y_1} \\
                              & = \frac{1}{S} \times e^{y_1} +  e^{y_1} \times \frac{-1}{S^2} \times e^{y_1} \\
                              & = P_1 - P_1^2 \\
                              & = P_1(1 - P_1)
\end{align*}
$"""
_WALKER_SOFTMAX = r"""$
\begin{align*}
P & = softmax(Y) \\
  & = [P_1, P_2, P_3]  \\
  & = [e^{y_1} \cdot \frac{1}{S}, e^{y_2} \cdot \frac{1}{S}, e^{y_3} \cdot \frac{1}{S}]
\end{align*}
$"""
_SOFTMAX_Z1 = "exp(z1[{i}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"

ENTRIES: list[Public] = [
    # ---- godelia: the delta rule for pattern p, input-first w_{jk}, learning rate gamma, delta = -dE/ds -----
    Public("godelia-output", _GODELIA, "one_layer", "godelia", r"$$y_{k}^{p}=f(s_{k}^{p})$$", ((C,),),
           (Twin("value", "a1[{k}]", ("sigmoid(z1[{k}])",), _K2),), batch=3),
    Public("godelia-net", _GODELIA, "one_layer", "godelia", r"$$s_{k}^{p}=\sum_{j}w_{jk}y_{j}^{p}+\theta_{k}$$",
           ((C,),), (Twin("value", "z1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1] + b1[{k}]",), _K2),), batch=3),
    Public("godelia-step", _GODELIA, "one_layer", "godelia",
           r"$$\Delta_{p}w_{jk}=-\gamma\frac{\partial E^{p}}{\partial w_{jk}}$$", ((C,),),
           (Twin("value", "-eta*(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])*x[{j}]",
                 ("-eta*(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])*x[{j}]",), _JK2),), batch=3),
    Public("godelia-error", _GODELIA, "one_layer", "godelia",
           r"$$E^{p}=\frac{1}{2}\sum_{o=1}^{N_{o}}(t_{o}^{p}-y_{o}^{p})^{2}$$", ((C,),),
           (Twin("value", "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2", ("((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2",)),),
           batch=3),
    Public("godelia-chain-typo", _GODELIA, "one_layer", "godelia",
           r"$$\frac{\partial E^{P}}{\partial w_{jk}}=\frac{\partial E^{p}}{\partial s_{k}^{p}}\frac{\partial s_{k}^{p}}"
           r"{\partial w_{jk}}$$", unreadable="unknown symbol E^{P}", batch=3,
           why="E^{P} for E^{p}: E is no loss name of this notation. Blind: refused (the notation's \\Delta_{p}w_{jk}"
               " was no symbol then, as for every godelia entry); now refused naming E^{P}, not w_{jk} at j = 0"),
    Public("godelia-ds-dw", _GODELIA, "one_layer", "godelia", r"$$\frac{\partial s_{k}^{p}}{\partial w_{jk}}=y_{j}^{p}$$",
           ((C,),), (Twin("value", "x[{j}]", ("x[{j}]",), _JK2),), batch=3),
    Public("godelia-delta", _GODELIA, "one_layer", "godelia", r"$$\frac{\partial E^{p}}{\partial s_{k}^{p}}=-\delta_{k}^{p}$$",
           ((C,),), (Twin("value", "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])", ("(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])",),
                          _K2),), batch=3),
    # ---- tesserato: input-first w_{mn}, u_{mn}, {a \over b}, aligned chains with =& and +& rows -----------
    Public("tess-hidden", _TESS, "tess", "tess", r"$h_1=g(i_1 w_{11} + i_2 w_{21})$", ((C,),),
           (Twin("value", "a1[0]", ("tanh(x[0]*W1[0,0] + x[1]*W1[0,1])",)),), batch=3),
    Public("tess-output", _TESS, "tess", "tess", r"$o_2=f(h_1 u_{12} + h_2 u_{22} + h_3 u_{32})$", ((C,),),
           (Twin("value", "a2[1]", ("sigmoid(a1[0]*W2[1,0] + a1[1]*W2[1,1] + a1[2]*W2[1,2])",)),), batch=3),
    Public("tess-error", _TESS, "tess", "tess", _TESS_E, ((C,),),
           (Twin("value", "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2", ("((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",)),),
           batch=3),
    Public("tess-du11-chain", _TESS, "tess", "tess", _TESS_DU, unreadable="f is a function", batch=3,
           why="{\\partial f \\over \\partial u_{11}}(net): d f/d u_{11} for f'(net), a function differentiated by a"
               " weight. Blind: refused (the operator {\\partial \\over \\partial u} before its operand); once that"
               " read, this member was read as f at u_{11} (wrong): a misreading, now refused"),
    Public("tess-dw11-chain", _TESS, "tess", "tess", _TESS_DW, ((C,) * 7,),
           (Twin("gradient", "W1[0,0]", (_TESS_W11,) * 7),), batch=3),
    Public("tess-summary", _TESS, "tess", "tess", _TESS_SUMMARY, ((C,), (C,)),
           (Twin("gradient", "W2[0,0]", (_TESS_U11,)), Twin("gradient", "W1[0,0]", (_TESS_W11,))), batch=3),
    # ---- KarelZe: Grosse's error signals, \bar{z} = dL/dz ---------------------------------------------------
    Public("karel-zbar", _KAREL, "karel", "karel", r"\(\bar{z}=\bar{y} \sigma^{\prime}(z)\)", ((C,),),
           (Twin("value", "(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=3),
    Public("karel-loss", _KAREL, "karel", "karel", r"\(\mathcal{L}=\frac{1}{2}(y-t)^{2}\)", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),), batch=3),
    Public("karel-z", _KAREL, "karel", "karel", r"\(z=w x+b\)", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=3),
    # ---- vikram-niit: plain text with Unicode primes, delta_h1, w11 from hidden 1 to output 1 ---------------
    Public("vikram-h1", _VIKRAM, "dix", "vikram", "δ_h1 = (δ_o1*w11 + δ_o2*w12) * σ′(z_h1)", ((C,),),
           (Twin("value", _VIKRAM_H.format(0), (_VIKRAM_H.format(0),)),), batch=3),
    Public("vikram-h2", _VIKRAM, "dix", "vikram", "δ_h2 = (δ_o1*w21 + δ_o2*w22) * σ′(z_h2)", ((C,),),
           (Twin("value", _VIKRAM_H.format(1), (_VIKRAM_H.format(1),)),), batch=3),
    # ---- Andrew Ng's notation: layers from 1 (the input), Theta^{(l)} from layer l to l+1, L = 4 -------------
    Public("techqa-delta3", _TECHQA, "ng4", "ng_course",
           r"$\delta^{(3)} = (\Theta^{(3)})^T * \delta^{(4)} .* g'(z^{(3)})$", ((C,),),
           (Twin("value", _NG_DELTA2, (_NG_DELTA2,), ({"j": 0}, {"j": 1}, {"j": 2})),), batch=3),
    Public("techqa-chain", _TECHQA, "ng4", "ng_course",
           r"$\dfrac{\partial J(\Theta)}{\partial\Theta^{(L−1)}}=\dfrac{\partial J(\Theta)}{\partial a^{(L)}}\dfrac{\partial"
           r" a^{(L)}}{\partial z^{(L)}}\dfrac{\partial z^{(L)}}{\partial\Theta^{(L−1)}}$", ((C,),),
           (Twin("gradient", "W3[0,{j}]", ("(a3[0] - y[0])*a2[{j}]",), ({"j": 0}, {"j": 1}, {"j": 2})),), batch=3,
           why="L is Ng's output layer, 4: Theta^{(3)} is W3"),
    Public("bazzi-output-delta", _BAZZI, "ng4", "ng_course", r"$\delta_j^{(4)} = a_j^{(4)} - y_j$", ((C,),),
           (Twin("value", "a3[0] - y[0]", ("a3[0] - y[0]",)),), batch=3),
    Public("bazzi-hidden-delta", _BAZZI, "ng4", "ng_course", r"$\delta_j^{(3)} = (\Theta^{(3)})^T\delta^{(4)}*g'(z^{(3)})$",
           unreadable="where the left side is a number", batch=3,
           why="entry j on the left, a vector on the right: refused (blind: \\Theta^{(3)}, a name without its"
               " indices; once read, * between two vectors was their inner product, a number: a misreading)"),
    Public("bazzi-delta-L", _BAZZI, "ng4", "ng_course", r"$\delta^{(L)} = a^{(L)} - y^{(i)}$", ((C,),),
           (Twin("value", "a3[0] - y[0]", ("a3[0] - y[0]",)),), batch=3),
    # ---- surafelml: bold symbols, \top ---------------------------------------------------------------------
    Public("surafel-hidden-delta", _SURAFEL, "bce_221", "surafel",
           r"\(\boldsymbol{\delta}^{(1)} = (\mathbf{W}^{(2)\top}\delta^{(2)}) \odot a_1(1-a_1)\)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), ({"j": 0}, {"j": 1})),), batch=3,
           why="blind: refused (\\boldsymbol{\\delta}^{(1)} lost its layer); 1 - a_1 of a vector is 1 at each entry, and"
               " a_1(1 - a_1), two columns side by side, their entrywise product"),
    # ---- santoshnlp: plain text d/d, a_o1, per-output errors E1, E2 ----------------------------------------
    Public("santosh-dET-dao1", _SANTOSH, "dix", "santosh", "dET/da_o1 = dE1/da_o1 + dE2/da_o2 = (a_o1-t1) + 0",
           ((W, C),), (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0]) + (a2[1] - y[1])", "(a2[0] - y[0]) + 0")),), batch=3,
           why="dE2/da_o2 is a_o2 - t2, not 0: the page meant dE2/da_o1"),
    Public("santosh-dao-do", _SANTOSH, "dix", "santosh", "da_o1/do1 = a_o1*(1-a_o1)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=3),
    Public("santosh-do-dw5", _SANTOSH, "dix", "santosh", "do1/dw5 = a_h1", ((C,),),
           (Twin("value", "a1[0]", ("a1[0]",)),), batch=3),
    Public("santosh-w5-typos", _SANTOSH, "dix", "santosh",
           "dET/dw5=(dE1/dwa_o1)*(dao_1/do1)*(do1/dw5) = (a_o1-t1)*a_o1*(1-a_o1)*a_h1", unreadable="w matches none", batch=3,
           why="dwa_o1 and dao_1: typos for da_o1"),
    Public("santosh-dE1-dah1", _SANTOSH, "dix", "santosh",
           "dE1/da_h1 = (dE1/da_o1)*(da_o1/do1)*(do1/da_h1) = (a_o1-t1)*a_o1*(1-a_o1)*w5", ((C, C),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]",) * 2),),
           batch=3),
    Public("santosh-w1", _SANTOSH, "dix", "santosh", "dET/dw1 = (dE1/da_h1)*(da_h1/dh1)*(dh1/dw1)", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=3,
           why="only the path through o1: E2 also depends on a_h1"),
    # ---- walkerwzy: \frac{\delta L}{\delta y_1} for derivatives, softmax logits y, 1-based ------------------
    Public("walker-dL-dy1", _WALKER, "softmax3", "walker", _WALKER_DL, ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - t[0]",)),), batch=3),
    Public("walker-parts", _WALKER, "softmax3", "walker", _WALKER_PARTS, unreadable="is not one quantity", batch=3,
           why="d P_1 / d e^{y_1}: by an expression, not a quantity; and \\frac{\\delta e^{y_1}}{y_1} lost its \\delta"),
    Public("walker-softmax", _WALKER, "softmax3", "walker", _WALKER_SOFTMAX, ((C, C, C),),
           (Twin("value", "a1[{i}]", (_SOFTMAX_Z1, "a1[{i}]", _SOFTMAX_Z1), _I3),), batch=3),
    # ---- softmax Q&As ----------------------------------------------------------------------------------------
    Public("beta-gradient", _BETA, "softmax3", "beta", r"\frac{dCE}{d \beta} = \text{softmax}(\beta) - \vec x", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=3),
    Public("jacobian-softmax", _JACOBIAN, "softmax_hidden", "jacobian",
           r"\sigma(\mathbf{z})_{i} = \frac{e^{z_i}}{\sum_k e^{z_k}}", ((C,),),
           (Twin("value", "a2[{i}]", ("exp(z2[{i}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _I3),), batch=3,
           why="blind: refused (f(v)_i unknown); now the entry of softmax(z) where z has z_i, and the notation's"
               " \\sigma = softmax wins over the sigmoid (read before as the sigmoid: a misreading)"),
    Public("jacobian-dC-dW", _JACOBIAN, "softmax_hidden", "jacobian",
           r"\frac{\partial C}{\partial W^{[L]}_{ij}} = \sum_k \frac{\partial C}{\partial a_{k}} \frac{\partial a^{[L]}_{k}}"
           r"{\partial W^{[L]}_{ij}}", ((C,),),
           (Twin("gradient", "W2[{i},{j}]", ("(a2[{i}] - t[{i}])*a1[{j}]",), tuple({"i": i, "j": j} for i in range(3)
                                                                                for j in range(2))),), batch=3),
    Public("jacobian-da-dW", _JACOBIAN, "softmax_hidden", "jacobian",
           r"\frac{\partial a^{[L]}_{k}}{\partial W^{[L]}_{ij}} = \sum_s \frac{\partial a^{[L]}_{k}}{\partial z^{[L]}_s}"
           r" \frac{\partial z^{[L]}_s}{\partial W^{[L]}_{ij}}", ((C,),),
           (Twin("value", _SM_JACOBIAN, (_SM_JACOBIAN,), tuple({"i": i, "j": j, "k": k} for i in range(3) for j in range(2)
                                                               for k in range(3))),), batch=3),
    Public("iceory-softmax", _ICEORY, "softmax3", "iceory", "$$\ny_i = \\frac{e^{x_i}}{\\sum e^{x_k}}, for~i=1,…, C\n$$",
           ((C,),), (Twin("value", "a1[{i}]", (_SOFTMAX_Z1,), _I3),), batch=3),
    Public("errorhandle-softmax-mangled", _ERRORHANDLE, "softmax3", "softmax_z0",
           r"$$\text{Softmax}(z_i) = \frac{e{z_i}}{\sum_{j}e{z_j}}$$", unreadable="unknown symbol e", batch=3,
           why="the page lost the ^ of e^{z_i}: e without an exponent names nothing here (refused, blind and now)"),
    Public("errorhandle-loss", _ERRORHANDLE, "softmax3", "softmax_z0", r"$$L = -\sum_{i} y_i \log(\hat{y}_i)$$", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=3),
    Public("errorhandle-gradient", _ERRORHANDLE, "softmax3", "softmax_z0",
           r"$$\frac{\partial L}{\partial z_i} = \hat{y}_i - y_i$$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=3),
    # ---- Rashid's error slope, as the page renders it ---------------------------------------------------------
    Public("educative-hidden-slope", _EDUCATIVE, "dix", "rashid",
           r"$\frac{\partial E}{\partial w_{ij}} = (e_j)\cdot \text{sigmoid}\left(\sum_i w_{ij}\cdot o_i \right)"
           r" \left(1\text{sigmoid}\left(\sum_i w_{ij} \cdot o_i\right)\right)\cdot o_i$", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", ("(W2[0,{j}]*(y[0] - a2[0]) + W2[1,{j}]*(y[1] - a2[1]))*a1[{j}]*a1[{j}]*x[{i}]",),
                 tuple({"i": i, "j": j} for i in range(2) for j in range(2))),), batch=3,
           why="the page lost the minus of 1 - sigmoid, and e_j carries no output derivative"),
]
