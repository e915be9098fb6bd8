r"""Batch 23 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

(The docstring is completed once the blind run is done: see the end of the batch's history.)
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch23_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_RUM = ("https://topic.alibabacloud.com/a/font-classtopic-s-color00c1dennfont-some-understandings-of-backpropagation-bp-"
        "error-reverse-propagation_8_8_31572077.html")
_SHUB = "https://www.shubhamjain.dev/posts/backprop/"
_FOUR = f"{_NEMOTRON} (An Example of Backpropagation in a Four-Layer Neural Network Using Cross Entropy Loss)"
_MIDDLE = f"{_NEMOTRON} (How is the gradient calculated for the middle layer's weights?)"
_CENK = "https://cenk-yildiran.com/2025/10/10/linear-regression-and-gradient-descent/"
_DLAI = ("https://community.deeplearning.ai/t/how-to-get-the-derivatives-of-the-logistic-cost-loss-function-teaching-"
         "staff/146142/11?u=quandang")
_MATRIX = f"{_NEMOTRON} (Backpropagation in Neural Networks)"
_KHANAL = f"{_NEMOTRON} (Math behind Backpropagation in Neural Networks, Bimarsha Khanal)"
_DSSE = f"{_NEMOTRON} (Backpropagation, a Data Science Stack Exchange question with Neil Slater's comment)"
_WHY = f"{_NEMOTRON} (Backpropagation: Why Do We Start from dZ^[2] and Why Transpose?)"
_FORUM = "https://community.deeplearning.ai/t/derivation-of-dl-dz/165?page=2"
_LITTLE = "https://littlebitai.org/minimize-objective-in-neural-network-basic-math-concepts"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_K3J2 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_LAYERS = ({"i": 1}, {"i": 2})

# the Rumelhart notes' output error term dE/dx_j, and the log loss's derivatives at the output a2[0]
_RUM_D = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_BCE = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
_BCE_DA = "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))"
_BCE_DA_WRITTEN = "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])"
_DZ2 = "a2[0] - y[0]"
_CE3 = "-(t[0]*log({a}[0]) + t[1]*log({a}[1]) + t[2]*log({a}[2]))"
_SOFTMAX3 = "exp(z3[{k}])/(exp(z3[0]) + exp(z3[1]) + exp(z3[2]))"
_Z_LOGISTIC = "(W1[0,0]*x[0] + b1[0])"
_SIG_LOGISTIC = f"1/(1 + exp(-{_Z_LOGISTIC}))"


ENTRIES: list[Public] = [
    # ---- alibabacloud's notes on Rumelhart et al. 1986: $...$ with a space before the subscript (x _{j}), a / between
    # partials (\partial e/\partial y_{j}), * for the product, e for E; the translation's capitals Y_j, X_j, W_ji ------
    Public("rum-net", _RUM, "b23_rumelhart", "b23_rumelhart", r"$x _{j} = \sum_{i} y_{i} w_{ji}$", ((C,),),
           (Twin("value", "z2[{j}]", ("a1[0]*W2[{j},0] + a1[1]*W2[{j},1]",), _J2),), batch=23),
    Public("rum-out", _RUM, "b23_rumelhart", "b23_rumelhart", r"$y _{j} = \frac{1}{1+e^{-x_{j}}}$", ((C,),),
           (Twin("value", "a2[{j}]", ("1/(1 + exp(-z2[{j}]))",), _J2),), batch=23),
    Public("rum-error", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$E =\frac{1}{2}\sum_{c} \sum_{j} (Y_{j,c}-d_{j,c}) ^2$", ((C,),),
           (Twin("value", "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2", ("((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",)),),
           batch=23, why="c the training case, one here"),
    Public("rum-de-dy", _RUM, "b23_rumelhart", "b23_rumelhart", r"$\partial e/\partial Y_{j} = y_{j}-d_{j}$",
           ((C,),), (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2),), batch=23,
           why="dE/dy_j, a value"),
    Public("rum-de-dx-chain", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$\partial e/\partial X_{j} = \partial e/\partial y_{j} * d y_{j}/d x_{j}$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_RUM_D,), _J2),), batch=23),
    Public("rum-dy-dx", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$d y_{j}/d X_{j} = (\frac{1}{1+e^{-x_{j}}) ' = \frac{e^{-x_{j}}}{(1+e^{-x_{j}}) ^{2}} = y_{j} * (1-y_{j}) $",
           unreadable="{", batch=23,
           why="the page's \\frac{1}{1+e^{-x_{j}}) closes its denominator with a parenthesis: the brace it opened"
               " is never closed (the TeX does not compile)"),
    Public("rum-de-dx", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$\partial e/\partial X_{j} = \partial e/\partial y_{j} * y_{j} * (1-y_{j}) $", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_RUM_D,), _J2),), batch=23),
    Public("rum-de-dw", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$\partial e/\partial W_{ji} = \partial e/\partial x_{j} * \partial x_{j}/\partial w_{ji}$", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", (f"{_RUM_D}*a1[{{i}}]",), _J2I2),), batch=23),
    Public("rum-dx-dw", _RUM, "b23_rumelhart", "b23_rumelhart", r"$\partial x_{j}/\partial W_{ji} = y_{i}$", ((C,),),
           (Twin("value", "a1[{i}]", ("a1[{i}]",), _J2I2),), batch=23, why="dx_j/dw_ji, a value"),
    # ---- shubhamjain's "Backprop Implementation": $...$, ylog glued, . for the product, \nabla f_2, 1/m*(...) --------
    Public("shub-loss", _SHUB, "b23_shubham", "b23_shubham", r"$J = \sum ylog(p)$", ((W,),),
           (Twin("value", _CE3.format(a="a2"), ("t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2])",)),), batch=23,
           why="the cross-entropy's minus dropped: J = -sum y log(p)"),
    Public("shub-dW2-chain", _SHUB, "b23_shubham", "b23_shubham",
           r"$\frac{\partial J}{\partial W_2}= \frac{\partial J}{\partial Z_2}.\frac{\partial Z_2}{\partial W_2}$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=23,
           why="Z_2 the softmax's output p"),
    Public("shub-dW2-nabla", _SHUB, "b23_shubham", "b23_shubham",
           r"$\frac{\partial J}{\partial W_2} = \frac{\partial J}{\partial Z_2}. \nabla f_2. Z_1$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=23,
           why="\\nabla f_2 the softmax's jacobian"),
    Public("shub-dW2", _SHUB, "b23_shubham", "b23_shubham",
           r"$\frac{\partial J}{\partial W_2} = 1/m*(Z_2-y).Z_1$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=23,
           why="m = 1 example; (Z_2 - y).Z_1 their outer product"),
    # ---- the four-layer cross-entropy post (Nemotron's copy): \[ ... \] over lines, \mathbf, z^3_1 with the layer
    # before the unit, \mathbf{\sigma} the softmax, H(\hat{y}, y) := ----------------------------------------------------
    Public("four-softmax", _FOUR, "b23_four_layer", "b23_four_layer",
           "\\[\n\\hat{y}_k = \\mathbf{\\sigma}(\\mathbf{z}^{3})_k = \\frac{\\exp(z^{3}_k)}{\\sum_{i=1}^{3}\\exp(z_i^3)}\n\\]",
           ((C, C),), (Twin("value", "a3[{k}]", (_SOFTMAX3, _SOFTMAX3), _K3),), batch=23),
    Public("four-loss", _FOUR, "b23_four_layer", "b23_four_layer",
           "\\[\nH(\\mathbf{\\hat{y}},\\mathbf{y}) := - \\sum_{i=1}^3 y_{i} \\log (\\hat{y}_i)\n\\]", ((C,),),
           (Twin("value", _CE3.format(a="a3"), (_CE3.format(a="a3"),)),), batch=23),
    Public("four-dH-dz1", _FOUR, "b23_four_layer", "b23_four_layer",
           "\\[\n\\frac{\\partial H(\\mathbf{\\hat{y}},\\mathbf{y})}{\\partial z^3_1} = \\frac{\\partial H(\\mathbf{\\hat{y}},"
           "\\mathbf{y})}{\\partial\\hat{y}_1} \\frac{\\partial\\hat{y}_1}{\\partial z^3_1} +\\frac{\\partial H(\\mathbf{\\hat{y}},"
           "\\mathbf{y})}{\\partial\\hat{y}_2}\\frac{\\partial\\hat{y}_2}{\\partial z^3_1} +\\frac{\\partial H(\\mathbf{\\hat{y}},"
           "\\mathbf{y})}{\\partial\\hat{y}_3} \\frac{\\partial\\hat{y}_3}{\\partial z^3_1}\n\\]", ((C,),),
           (Twin("gradient_z", "z3[0]", ("(-t[0]/a3[0])*a3[0]*(1 - a3[0]) + (-t[1]/a3[1])*(-a3[1]*a3[0])"
                                          " + (-t[2]/a3[2])*(-a3[2]*a3[0])",)),), batch=23),
    # ---- the AI Stack Exchange question (Nemotron's copy): \[ ... \], y' with a prime, w_i^{t+1} \leftarrow ----------
    Public("mid-loss", _MIDDLE, "b23_middle", "b23_middle", "\\[\nL = \\frac{1}{2} \\sum(y - y')^2\n\\]", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=23),
    Public("mid-dw2", _MIDDLE, "b23_middle", "b23_middle",
           "\\[\n\\frac{\\partial L}{\\partial w_{2}} = \\frac{\\partial y'}{\\partial w_{2}} \\frac{\\partial L}{\\partial y'}\n\\]",
           ((C,),), (Twin("gradient", "W2[0,0]", ("a2[0]*(1 - a2[0])*a1[0]*(a2[0] - y[0])",)),), batch=23),
    Public("mid-update", _MIDDLE, "b23_middle", "b23_middle",
           "\\[\nw_{i}^{t+1} \\leftarrow w_{i}^{t} - \\alpha \\frac{\\partial L}{\\partial w_{i}}\n\\]", ((C,),),
           (Twin("update", "W{i}[0,0]", ("W{i}[0,0] - eta*grad",), _LAYERS),), batch=23,
           why="w_i the weight of layer i, both layers"),
    Public("mid-proposed", _MIDDLE, "b23_middle2", "b23_middle2",
           "\\[\n\\frac{\\partial L}{\\partial w_{1}} = \\frac{\\partial h_{1}}{\\partial w_{1}} \\frac{\\partial w_{7}}{\\partial"
           " h_{1}} \\frac{\\partial o_{2}}{\\partial w_{7}} \\frac{\\partial L}{\\partial o_{2}} + \\frac{\\partial h_{1}}{\\partial"
           " w_{1}} \\frac{\\partial w_{5}}{\\partial h_{1}} \\frac{\\partial o_{1}}{\\partial w_{5}} \\frac{\\partial L}{\\partial"
           " o_{1}}\n\\]", ((W,),), (Twin("gradient", "W1[0,0]", ("0",)),), batch=23,
           why="the asker's proposed equation: the weights w_7 and w_5 do not depend on h_1 (d w_7/d h_1 = 0), so both"
               " products are 0; the chain is through the net inputs, d net_o2/d h_1 = w_7"),
    # ---- cenk-yildiran's linear regression: WordPress's $latex ... $ around \begin{aligned}, := and – (en dash) -------
    Public("cenk-rule", _CENK, "b23_cenk", "b23_cenk",
           "$latex\n\\begin{aligned}\nw &:= w – \\alpha \\frac{\\partial J(w,b)}{\\partial w} \\\\\nb &:= b – \\alpha"
           " \\frac{\\partial J(w,b)}{\\partial b}\n\\end{aligned}\n$", ((C,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)), Twin("update", "b1[0]", ("b1[0] - eta*grad",))),
           batch=23),
    Public("cenk-expanded", _CENK, "b23_cenk", "b23_cenk",
           "$latex\n\\begin{aligned}\nw &:= w – \\alpha \\frac{1}{m} \\sum_{i=1}^{m} ( wx^{(i)} + b – y^{(i)} ) x^{(i)}"
           " \\\\\nb &:= b – \\alpha \\frac{1}{m} \\sum_{i=1}^{m} ( wx^{(i)} + b – y^{(i)} )\n\\end{aligned}\n$",
           ((C,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(W1[0,0]*x[0] + b1[0] - y[0])*x[0]",)),
            Twin("update", "b1[0]", ("b1[0] - eta*(W1[0,0]*x[0] + b1[0] - y[0])",))), batch=23,
           why="m = 1 example; J = 1/(2m) sum (wx + b - y)^2, the course's cost (its 1/2 is what the 1/m without a 2"
               " implies)"),
    # ---- the deeplearning.ai thread: \eqalign{ ... }, * and ln written as words, -[ ... ] brackets ---------------------
    Public("dlai-loss", _DLAI, "b23_logistic", "b23_logistic",
           "\\eqalign{ L &= -[y * ln(\\frac{1}{1 + e^{-(wx+b)}}) + (1 - y) * ln(1 - \\frac{1}{1 + e^{-(wx+b)}})] \\\\ &= -[y"
           " * ln(\\frac{1}{1 + e^{-(wx+b)}}) + (1 - y) * ln(\\frac{e^{-(wx+b)}}{1 + e^{-(wx+b)}})] \\\\ }", ((C, C),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 (f"-(y[0]*log({_SIG_LOGISTIC}) + (1 - y[0])*log(1 - {_SIG_LOGISTIC}))",
                  f"-(y[0]*log({_SIG_LOGISTIC}) + (1 - y[0])*log(exp(-{_Z_LOGISTIC})/(1 + exp(-{_Z_LOGISTIC}))))")),),
           batch=23),
    Public("dlai-dL-dw", _DLAI, "b23_logistic", "b23_logistic",
           "\\eqalign{ \\frac{\\partial{L}}{\\partial{w}} &= \\frac{-x * e^{-(wx+b)}}{1 + e^{-(wx+b)}} + (1 - y) * x] \\\\"
           " &= \\frac{-x * e^{-(wx+b)} + (1 - y) * x * (1 + e^{-(wx+b)})}{1 + e^{-(wx+b)}} \\\\ &= \\frac{-x *"
           " e^{-(wx+b)} + (1 - y) * x + (1 - y) * x * e^{-(wx+b)}}{1 + e^{-(wx+b)}} \\\\ &= \\frac{-xy * e^{-(wx+b)} + x"
           " - xy}{1 + e^{-(wx+b)}} \\\\ &= \\frac{-xy * (1 + e^{-(wx+b)}) + x}{1 + e^{-(wx+b)}} \\\\ &= -xy +"
           " \\frac{x}{1 + e^{-(wx+b)}} \\\\ &= (\\frac{1}{1 + e^{-(wx+b)}} - y) * x \\\\ &= (sigmoid(z) - y) * x = (f - y)"
           " * x }", unreadable="]", batch=23,
           why="a stray ] closes its first member, the bracket of the line it was derived from (every member is"
               " right: the typo is the ] alone)"),
    # ---- "Backpropagation in Neural Networks" (Nemotron's copy of a notebook): $$ ... $$, \begin{bmatrix} rows, the
    # quantity on the right of its first formula, names with digits before a script (h1_{in1}, W_{i1j1}) --------------
    Public("matrix-layer1", _MATRIX, "b23_matrix", "b23_matrix",
           "$$\n\\begin{bmatrix} i_{1} & i_{2} & i_{3} \\end{bmatrix} \\times \n\\begin{bmatrix} \nW_{i1j1} & W_{i1j2} &"
           " W_{i1j3} \\\\ \nW_{i2j1} & W_{i2j2} & W_{i2j3} \\\\ \nW_{i3j1} & W_{i3j2} & W_{i3j3} \n\\end{bmatrix} + \n"
           "\\begin{bmatrix} b_{j1} & b_{j2} & b_{j3} \\end{bmatrix} = \n\\begin{bmatrix} h1_{in1} & h1_{in2} & h1_{in3}"
           " \\end{bmatrix}\n$$", ((C,),),
           (Twin("value", "x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]", ("z1[{j}]",), _J3),), batch=23,
           why="the row of inputs times W_ij (input-first) plus the biases is the row of sums h1_in"),
    Public("matrix-relu", _MATRIX, "b23_matrix", "b23_matrix",
           "$$\n\\begin{bmatrix} h1_{out1} & h1_{out2} & h1_{out3} \\end{bmatrix} = \n\\begin{bmatrix} \\max(0, h1_{in1}) &"
           " \\max(0, h1_{in2}) & \\max(0, h1_{in3}) \\end{bmatrix}\n$$", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),), batch=23),
    Public("matrix-relu-numbers", _MATRIX, "b23_matrix", "b23_matrix",
           "$$\n\\begin{bmatrix} h1_{out1} & h1_{out2} & h1_{out3} \\end{bmatrix} = \n\\begin{bmatrix} 1.35 & 1.27 & 1.8"
           " \\end{bmatrix}\n$$", ((C,),), (Twin("value", "a1[{j}]", ("=np.array([1.35, 1.27, 1.8])",), _J3),), batch=23,
           why="x W_ij + b = (1.35, 1.27, 1.8), all positive"),
    # ---- Khanal's post (Nemotron's copy): \[ ... \], the course's [l] layers, g^{[2]}, \sigma'(Z), d(...)/dZ ----------
    Public("khanal-z1", _KHANAL, "b23_khanal", "b23_khanal", "\\[\nZ^{[1]} = W^{[1]}X + b^{[1]}\n\\]", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=23),
    Public("khanal-z2", _KHANAL, "b23_khanal", "b23_khanal", "\\[\nZ^{[2]} = W^{[2]}A^{[1]} + b^{[2]}\n\\]", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]",)),), batch=23),
    Public("khanal-a2", _KHANAL, "b23_khanal", "b23_khanal", "\\[\nA^{[2]} = g^{[2]}(Z^{[2]}) = \\sigma(Z^{[2]})\n\\]",
           ((C, C),), (Twin("value", "a2[0]", ("sigmoid(z2[0])", "1/(1 + exp(-z2[0]))")),), batch=23),
    Public("khanal-chain", _KHANAL, "b23_khanal", "b23_khanal",
           "\\[\n\\frac{\\partial J}{\\partial W^{[2]}} = \\frac{\\partial J}{\\partial A^{[2]}} \\frac{\\partial A^{[2]}}{\\partial"
           " Z^{[2]}} \\frac{\\partial Z^{[2]}}{\\partial W^{[2]}}\n\\]", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=23),
    Public("khanal-dA-slip", _KHANAL, "b23_khanal", "b23_khanal",
           "\\[\n\\frac{\\partial J}{\\partial A^{[2]}} = \\sigma'(Z) = \\frac{d(1+e^{-Z})^{-1}}{dZ} ="
           " \\frac{e^{-Z}}{(1+e^{-z})^{2}} = \\sigma(Z)(1- \\sigma(Z))\n\\]", ((W, W, W, W),),
           (Twin("value", _BCE_DA, ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "exp(-z2[0])/(1 + exp(-z2[0]))**2",
                                    "exp(-z2[0])/(1 + exp(-z2[0]))**2", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))")),),
           batch=23, why="the left side should be dA/dZ: every member is the sigmoid's derivative, not dJ/dA (the"
                         " post's next line gives dJ/dA); the lower-case z of the fourth member is the page's Z"),
    Public("khanal-dA", _KHANAL, "b23_khanal", "b23_khanal",
           "\\[\n\\frac{\\partial J}{\\partial A^{[2]}} = \\frac{\\partial (-Y\\log(A^{[2]}) - (1-Y)\\log(1-A^{[2]}))}{\\partial"
           " A^{[2]}} = \\frac{A^{[2]}-Y}{A^{[2]}(1-A^{[2]})}\n\\]", ((C, C),),
           (Twin("value", _BCE_DA, (_BCE_DA_WRITTEN, "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))")),), batch=23),
    # ---- "Backpropagation" (Nemotron's copy of a Data Science Stack Exchange question): \[ ... \], d/da fractions,
    # \left( ... \right), the course's dZ^{[L]}, A^{[L-1]T}, \operatorname{np.sum}(..., \operatorname{axis}=1, ...) ----
    Public("slater-loss", _DSSE, "b23_ng", "b23_ng", "\\[\nL = -y \\log(a) - (1 - y) \\log(1 - a)\n\\]", ((C,),),
           (Twin("value", _BCE, ("-y[0]*log(a2[0]) - (1 - y[0])*log(1 - a2[0])",)),), batch=23),
    Public("slater-dL-da", _DSSE, "b23_ng", "b23_ng", "\\[\n\\frac{dL}{da} = -\\frac{y}{a} + \\frac{1 - y}{1 - a}\n\\]",
           ((C,),), (Twin("value", _BCE_DA, (_BCE_DA_WRITTEN,)),), batch=23),
    Public("slater-da-dz", _DSSE, "b23_ng", "b23_ng", "\\[\n\\frac{da}{dz} = a(1 - a)\n\\]", ((C,),),
           (Twin("value", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", ("a2[0]*(1 - a2[0])",)),), batch=23),
    Public("slater-dL-dz", _DSSE, "b23_ng", "b23_ng",
           "\\[\n\\frac{dL}{dz} = \\frac{dL}{da} \\cdot \\frac{da}{dz} = \\left(-\\frac{y}{a} + \\frac{1 - y}{1 - a}\\right)"
           " \\cdot a(1 - a) = a - y\n\\]", ((C, C, C),),
           (Twin("gradient_z", "z2[0]", (f"({_BCE_DA_WRITTEN})*a2[0]*(1 - a2[0])",
                                         f"({_BCE_DA_WRITTEN})*a2[0]*(1 - a2[0])", _DZ2)),), batch=23),
    Public("slater-dZL", _DSSE, "b23_ng", "b23_ng", "\\[\ndZ^{[L]} = A^{[L]} - Y\n\\]", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23),
    Public("slater-dWL", _DSSE, "b23_ng", "b23_ng", "\\[\ndW^{[L]} = \\frac{1}{m} \\, dZ^{[L]} A^{[L-1]T}\n\\]", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=23, why="m = 1 example"),
    Public("slater-dbL", _DSSE, "b23_ng", "b23_ng",
           "\\[\ndb^{[L]} = \\frac{1}{m} \\, \\operatorname{np.sum}(dZ^{[L]}, \\operatorname{axis}=1,"
           " \\operatorname{keepdims}=\\operatorname{True})\n\\]", ((C,),),
           (Twin("gradient", "b2[0]", (_DZ2,)),), batch=23, why="m = 1 example: the sum over one column"),
    Public("slater-dZL1", _DSSE, "b23_ng", "b23_ng",
           "\\[\ndZ^{[L-1]} = W^{[L]T} dZ^{[L]} \\cdot g'^{[L-1]}(Z^{[L-1]})\n\\]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)",), _J3),), batch=23,
           why="\\cdot the entrywise product, the left side a vector"),
    # ---- the course Q&A "Why do we start from dZ^[2]" (Nemotron's copy): \( ... \) and \[ ... \] on one line,
    # the course's dZ, dA, and a \dot where a \cdot was meant ----------------------------------------------------------
    Public("why-dZ2", _WHY, "b23_ng", "b23_ng", "\\(dZ^{[2]} = A^{[2]} - Y\\)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23),
    Public("why-dW2", _WHY, "b23_ng", "b23_ng", "\\(dW^{[2]} = dZ^{[2]}\\dot{A^{[1]}}^{T}\\)", unreadable="\\dot",
           batch=23, why="\\dot is the dot accent over A^{[1]} (a different symbol); the product meant is \\cdot"),
    Public("why-dZ2-def", _WHY, "b23_ng", "b23_ng", "\\[ dZ^{[2]} = \\frac{\\partial L}{\\partial Z^{[2]}} \\]", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23),
    Public("why-dA2-def", _WHY, "b23_ng", "b23_ng", "\\[ dA^{[2]} = \\frac{\\partial L}{\\partial A^{[2]}} \\]", ((C,),),
           (Twin("value", _BCE_DA, (_BCE_DA_WRITTEN,)),), batch=23, why="dL/dA^{[2]}, a value"),
    Public("why-A2", _WHY, "b23_ng", "b23_ng", "\\[ A^{[2]} = \\sigma(Z^{[2]}) \\]", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=23),
    Public("why-chain", _WHY, "b23_ng", "b23_ng",
           "\\[ dZ^{[2]} = \\frac{\\partial L}{\\partial Z^{[2]}} = \\frac{\\partial L}{\\partial A^{[2]}} \\cdot"
           " \\frac{\\partial A^{[2]}}{\\partial Z^{[2]}} \\]", ((C, C),),
           (Twin("gradient_z", "z2[0]", (_DZ2, f"({_BCE_DA_WRITTEN})*a2[0]*(1 - a2[0])")),), batch=23),
    # ---- the deeplearning.ai forum's Python: names with underscores (J_z_3_grad, a_2, y_pred), a # comment,
    # .reshape((len(x_mat),)) ---------------------------------------------------------------------------------------------
    Public("forum-dz3", _FORUM, "b23_forum_code", "b23_forum_code",
           "J_z_3_grad = y_pred-y # Trick: This is the gradient of the log loss function:", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23, why="the code's indentation dropped"),
    Public("forum-a2", _FORUM, "b23_forum_code", "b23_forum_code", "a_2 = sigmoid(z_2)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=23, why="the code's indentation dropped"),
    Public("forum-ypred", _FORUM, "b23_forum_code", "b23_forum_code", "y_pred = sigmoid(z_3).reshape((len(x_mat),))",
           ((C,),), (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=23,
           why="the code's indentation dropped; the reshape makes the batch's outputs one vector (one example here)"),
    # ---- littlebitai's basic math: plain text, ⋅ (U+22C5), – (en dash) for minus, y^ for ŷ, d / dw[...] -------------
    Public("little-model", _LITTLE, "b23_littlebit", "b23_littlebit", "y^ = w ⋅ x", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),), batch=23),
    Public("little-loss", _LITTLE, "b23_littlebit", "b23_littlebit", "Loss = (y^ – y)^2 = (w ⋅ x – y)^2", ((C, C),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2", "(W1[0,0]*x[0] - y[0])**2")),), batch=23),
    Public("little-grad", _LITTLE, "b23_littlebit", "b23_littlebit", "d / dw[(w ⋅ x – y)^2] = 2(w ⋅ x – y) ⋅ x", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(W1[0,0]*x[0] - y[0])*x[0]",)),), batch=23,
           why="the derivative of the loss written out"),
    Public("little-update", _LITTLE, "b23_littlebit", "b23_littlebit", "w = w – η ⋅ dLoss / dw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=23),
    Public("little-update-word", _LITTLE, "b23_littlebit", "b23_littlebit", "w = w – η ⋅ gradient", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=23, why="its summary table's cell"),
]
