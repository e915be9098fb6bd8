r"""Batch 25 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

(The description of the pages and the blind run's results follow once check has been run.)
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch25_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SG = "https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch"
_MLC = "https://github.com/neerajadsul/MLCrunch"
_NNIO = "http://neural-networks.io/en/single-layer/simplest-perceptron.php"
_BILLW = "http://www.cse.unsw.edu.au/~billw/cs9414/tuts/revision.soln26.html"
_EDU = "https://www.educative.io/courses/fundamentals-of-machine-learning-for-software-engineers/update-the-gradient"
_KAVYA = "https://github.com/kavyajeetbora/deep_learning_basics"
_IBRA = "https://github.com/ibrahim-kocyigit/kocyigit-dsml"
_UDGC = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Gradient Calculation)"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# dL/dz of the one sigmoid unit with 1/2 (y - a)^2 (Sghosh1999)
_SGDZ = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# the log loss of one sigmoid unit
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"

ENTRIES: list[Public] = [
    # ---- Sghosh1999's manual backpropagation: plain text lines with backticked rules and trailing spaces, the
    # numbers on the next line, a continuation line beginning "=", ≈, y_pred and dL/dy_pred --------------------------
    Public("sg-z-rule", _SG, "b25_sg", "b25_sg", "z = `w11 * x1 + w12 * x2 + b  `", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=25),
    Public("sg-z-num", _SG, "b25_sg", "b25_sg", "z = 0.5 * 1.0 + (-0.4) * 2.0 + 0.1 = -0.2", ((C, C),),
           (Twin("value", "z1[0]", ("=0.5*1.0 + (-0.4)*2.0 + 0.1", "=-0.2")),), batch=25),
    Public("sg-ypred-rule", _SG, "b25_sg", "b25_sg", "y_pred = `1 / (1 + exp(-z))  `", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=25),
    Public("sg-ypred-num", _SG, "b25_sg", "b25_sg", "y_pred = 1 / (1 + exp(0.2)) ≈ 0.4502", ((C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(0.2))", "=0.4502")),), batch=25),
    Public("sg-loss-rule", _SG, "b25_sg", "b25_sg", "Loss = `0.5 * (y - y_pred)^2  `", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=25),
    Public("sg-loss-num", _SG, "b25_sg", "b25_sg", "Loss = 0.5 * (1.0 - 0.4502)^2  \nLoss ≈ 0.1511", ((C,), (C,)),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("=0.5*(1.0 - 0.4502)**2",)),
            Twin("value", "0.5*(y[0] - a1[0])**2", ("=0.1511",))), batch=25,
           why="two lines, two claims (the true loss 0.15116)"),
    Public("sg-dLdy", _SG, "b25_sg", "b25_sg", "dL/dy_pred = y_pred - y = 0.4502 - 1.0 = -0.5498", ((C, C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=0.4502 - 1.0", "=-0.5498")),), batch=25,
           why="dL/dy_pred by an activation, a value claim"),
    Public("sg-dydz", _SG, "b25_sg", "b25_sg",
           "dy_pred/dz = y_pred * (1 - y_pred)  \n           = 0.4502 * (1 - 0.4502) ≈ 0.2475", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "=0.4502*(1 - 0.4502)", "=0.2475")),), batch=25,
           why="the sigmoid's local derivative, a value claim; the chain continued on a line beginning '='"),
    Public("sg-dLdz", _SG, "b25_sg", "b25_sg",
           "dL/dz = dL/dy_pred * dy_pred/dz  \n      = -0.5498 * 0.2475 ≈ -0.1360", ((C, C, C),),
           (Twin("value", _SGDZ, (_SGDZ, "=-0.5498*0.2475", "=-0.1360")),), batch=25,
           why="dL/dz with numbers, twinned as a value (the true -0.13610)"),
    Public("sg-grads", _SG, "b25_sg", "b25_sg",
           "dL/dw11 = dL/dz * x1 = -0.1360 * 1.0 = -0.1360  \ndL/dw12 = dL/dz * x2 = -0.1360 * 2.0 = -0.2720  \n"
           "dL/db   = dL/dz       = -0.1360", ((C, C, C), (C, C, W), (C, C)),
           (Twin("gradient", "W1[0,0]", (f"{_SGDZ}*x[0]", "=-0.1360*1.0", "=-0.1360")),
            Twin("gradient", "W1[0,1]", (f"{_SGDZ}*x[1]", "=-0.1360*2.0", "=-0.2720")),
            Twin("gradient", "b1[0]", (_SGDZ, "=-0.1360"))), batch=25,
           why="three lines, three claims; dL/dw12 is -0.27220, and -0.2720, carried from the rounded -0.1360, is two"
               " units of its last digit off"),
    Public("sg-w11", _SG, "b25_sg", "b25_sg", "w11 = w11 - eta * dL/dw11  \n    = 0.5 - 0.1 * (-0.1360) = 0.5136",
           ((C, C, C),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.5 - 0.1*(-0.1360)", "=0.5136")),),
           batch=25),
    Public("sg-w12", _SG, "b25_sg", "b25_sg", "w12 = w12 - eta * dL/dw12  \n    = -0.4 - 0.1 * (-0.2720) = -0.3728",
           ((C, C, C),), (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad", "=-0.4 - 0.1*(-0.2720)", "=-0.3728")),),
           batch=25),
    Public("sg-b", _SG, "b25_sg", "b25_sg", "b = b - eta * dL/db  \n  = 0.1 - 0.1 * (-0.1360) = 0.1136", ((C, C, C),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad", "=0.1 - 0.1*(-0.1360)", "=0.1136")),), batch=25),
    # ---- MLCrunch's notes: $...$ with \delta for \partial (\frac{\delta{L}}{\delta{w_1}}), \longrightarrow for the
    # update, a left side that is a product of two derivatives, ln without its backslash --------------------------------
    Public("mlc-w1-update", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ w_1 \\longrightarrow w_1 - \\alpha \\frac{\\delta{L}}{\\delta{w_1}}$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=25),
    Public("mlc-b-update", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ b \\longrightarrow b - \\alpha \\frac{\\delta{L}}{\\delta{b}} $", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=25),
    Public("mlc-w1-chain", _MLC, "b25_mlc_reg", "b25_mlc",
           "$\\frac{\\delta{L}}{\\delta{w_1}} = \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{w_1}}$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=25),
    Public("mlc-b-chain", _MLC, "b25_mlc_reg", "b25_mlc",
           "$\\frac{\\delta{L}}{\\delta{b}} = \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{b}}$",
           ((C,),), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*1",)),), batch=25),
    Public("mlc-dLdyhat", _MLC, "b25_mlc_reg", "b25_mlc", "$\\frac{\\delta{L}}{\\delta{\\hat{y}}} = -(y-\\hat{y}) $",
           ((C,),), (Twin("value", "a1[0] - y[0]", ("-(y[0] - a1[0])",)),), batch=25,
           why="dL/d\\hat{y} by the output, a value claim"),
    Public("mlc-w2-product", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{w_2}} = -x_2 (y-\\hat{y})$", ((C,),),
           (Twin("value", "(a1[0] - y[0])*x[1]", ("-x[1]*(y[0] - a1[0])",)),), batch=25,
           why="the left side is the chain's product, dL/dw_2: a value claim"),
    Public("mlc-b-product", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{b}} = -(y-\\hat{y})$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("-(y[0] - a1[0])",)),), batch=25),
    Public("mlc-w2-final", _MLC, "b25_mlc_reg", "b25_mlc", "$ w_2 \\longrightarrow w_2 - \\alpha (-x_2 (y-\\hat{y}))$",
           ((C,),), (Twin("update", "W1[0,1]", ("W1[0,1] - eta*(-x[1]*(y[0] - a1[0]))",)),), batch=25),
    Public("mlc-b-final", _MLC, "b25_mlc_reg", "b25_mlc", "$ b \\longrightarrow b - \\alpha(-(y-\\hat{y}))$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*(-(y[0] - a1[0]))",)),), batch=25),
    Public("mlc-cls-yhat", _MLC, "b25_mlc_cls", "b25_mlc", "$\\hat{y} = \\sigma(w_1 x_1 + w_2 x_2 + b)$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=25),
    Public("mlc-cls-loss", _MLC, "b25_mlc_cls", "b25_mlc",
           "$L(y, \\hat{y}) = -y\\ln({\\hat{y}}) -(1-y)ln(1-\\hat{y}) $", ((C,),),
           (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=25,
           why="the second ln written without its backslash"),
    # ---- neural-networks.io: $$...$$ and an equation environment with \label, . for the product (w_1.x_1, \eta.),
    # y' the expected output beside y the network's, w_i' the updated weight, an ellipsis ... up to w_N.x_N, \sum\limits
    Public("nnio-E", _NNIO, "b25_nnio", "b25_nnio", "$$ E=\\frac{1}{2}(y'-y)^2 $$", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=25),
    Public("nnio-forward", _NNIO, "b25_nnio", "b25_nnio",
           "\\begin{equation} y= w_1.x_1 + w_2.x_2 + ... + w_N.x_N = \\sum\\limits_{i=1}^N w_i.x_i"
           " \\label{eq:transfert-function} \\end{equation}", ((C, C),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",) * 2),), batch=25),
    Public("nnio-update", _NNIO, "b25_nnio", "b25_nnio", "$$ w_i'=w_i-\\eta.\\frac{dE}{dw_i} $$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=25),
    Public("nnio-chain", _NNIO, "b25_nnio", "b25_nnio",
           "$$ \\frac{dE}{dw_i} = \\frac{2}{2}(y'-y)\\frac{d}{dw_i} (y'-y) = -(y'-y)\\frac{dy}{dw_i} $$", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", ("2/2*(y[0] - a1[0])*(-x[{i}])", "-(y[0] - a1[0])*x[{i}]"), _I3),), batch=25),
    Public("nnio-grad", _NNIO, "b25_nnio", "b25_nnio",
           "$$ \\frac{dE}{dw_i} = -(y'-y)\\frac{d}{dw_i}(w_1.x_1 + w_2.x_2 + ... + w_N.x_N) = -(y'-y)x_i $$", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", ("-(y[0] - a1[0])*x[{i}]",) * 2, _I3),), batch=25),
    Public("nnio-update-chain", _NNIO, "b25_nnio", "b25_nnio",
           "$$ w_i'=w_i-\\eta.\\frac{dE}{dw_i} = w_i+\\eta(y'-y)x_i $$", ((C, C),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad", "W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]"), _I3),),
           batch=25),
    Public("nnio-conclusion", _NNIO, "b25_nnio", "b25_nnio", "$$ w_i'= w_i + \\eta(y'-y)x_i $$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=25),
    # ---- Bill Wilson's revision solution: plain text with Unicode Δ, η, δ and ×, indices glued (wji, δj, yi) -------
    Public("billw-delta-rule", _BILLW, "b25_billw", "b25_billw", "Δwji = η × δj × yi", ((C,),),
           (Twin("value", "-eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]",
                 ("eta*(-(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}]))*a1[{i}]",), _JI2),), batch=25,
           why="the step of the weight from unit i to unit j, delta_j the local gradient -dE/dz_j"),
    # ---- educative: \delta for \partial, \hat{y_i} with the subscript inside the hat, a sum over the m examples, and
    # x without its example's index in the second -----------------------------------------------------------------
    Public("edu-logloss", _EDU, "b25_edu_log", "b25_edu",
           "\\frac{\\delta L}{\\delta w} = \\frac{1}{m} \\sum_{i=1}^{m} x_i (\\hat{y_i} - y_i)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=25),
    Public("edu-mse", _EDU, "b25_edu_mse", "b25_edu",
           "\\frac{\\delta MSE}{\\delta w} = \\frac{2}{m}\\sum_{i=1}^{m}x(\\hat{y_i}-y_i)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*x[0]*(a1[0] - y[0])",)),), batch=25,
           why="x for x_i: the same with one example"),
    # ---- kavyajeetbora's notebook: $$...$$, \sum_i^n, superscript names y_i^{pred} and y_i^{actual}, w_{t+1} for the
    # next step, \Delta w_t for the derivative, f(x_i) for the prediction; its derivatives lack the loss's factor 2 ----
    Public("kavya-loss", _KAVYA, "b25_kavya", "b25_kavya", "$$ Loss = \\sum_i^n (y_i^{pred}-y_i^{actual})^2$$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=25),
    Public("kavya-w-update", _KAVYA, "b25_kavya", "b25_kavya", "$$w_{t+1} = w_t - \\eta\\Delta w_t$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=25),
    Public("kavya-b-update", _KAVYA, "b25_kavya", "b25_kavya", "$$b_{t+1} = b_t - \\eta\\Delta b_t$$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=25),
    Public("kavya-dw", _KAVYA, "b25_kavya", "b25_kavya",
           "$$\\Delta w_t = \\sum_i^n (f(x_i)-y_i)(f(x_i))(1-f(x_i))x_i $$", ((W,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=25,
           why="Loss = sum (y_pred - y_actual)^2 has no 1/2: its derivative has a factor 2 the page drops"),
    Public("kavya-db", _KAVYA, "b25_kavya", "b25_kavya",
           "$$\\Delta b_t = \\sum_i^n (f(x_i)-y_i)(f(x_i))(1-f(x_i)) $$", ((W,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=25,
           why="the factor 2 dropped, as in kavya-dw"),
    # ---- kocyigit-dsml's notes: $ ... $ in Markdown bullets, \cdot between the chain's factors, -[...] ---------------
    Public("ibra-w1-chain", _IBRA, "b25_ibra", "b25_ibra",
           "$ \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}"
           "{\\partial z} \\cdot \\frac{\\partial z}{\\partial w_1} $", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=25),
    Public("ibra-b-chain", _IBRA, "b25_ibra", "b25_ibra",
           "$ \\frac{\\partial L}{\\partial b} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}"
           "{\\partial z} \\cdot \\frac{\\partial z}{\\partial b} $", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])",)),), batch=25),
    Public("ibra-logloss", _IBRA, "b25_ibra", "b25_ibra",
           "$ L(y, \\hat{y}) = -[y \\ln(\\hat{y}) + (1-y) \\ln(1-\\hat{y})] $", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=25, why="square brackets for grouping"),
    Public("ibra-z", _IBRA, "b25_ibra", "b25_ibra", "$ z = w_1x_1 + w_2x_2 + b $", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=25, why="w_1x_1 glued"),
    # ---- "Gradient Calculation" (Nemotron-CC-Math's copy of the lesson): $$...$$, \frac{\partial}{\partial w_j}
    # \hat{y} with the operator before its operand, \sigma'(Wx+b), \ln, \hat{y_i}, a wrong dE/dw_j --------------------
    Public("udgc-dyhat", _UDGC, "b25_udgc", "b25_udgc",
           "$$\\frac{\\partial}{\\partial w_j} \\hat{y} = \\sigma'(Wx+b) \\cdot x_j = \\sigma(Wx+b) (1-\\sigma(Wx+b))"
           " \\cdot x_j$$", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])*x[{j}]", ("a1[0]*(1 - a1[0])*x[{j}]",) * 2, _J2),), batch=25,
           why="d\\hat{y}/dw_j, the prediction's derivative, a value claim"),
    Public("udgc-dEdwj", _UDGC, "b25_udgc", "b25_udgc",
           "$$\\frac{\\partial E}{\\partial w_j} = \\hat{y}(1-\\hat{y})(y-\\hat{y})x_j$$", ((W,),),
           (Twin("gradient", "W1[0,{j}]", ("a1[0]*(1 - a1[0])*(y[0] - a1[0])*x[{j}]",), _J2),), batch=25,
           why="for the log loss dE/dw_j is -(y - \\hat{y}) x_j (as the page's own next line says); the sigmoid's"
               " derivative does not stay and the sign is the other"),
    Public("udgc-E-mean", _UDGC, "b25_udgc", "b25_udgc",
           "$$E = -\\frac{1}{m} \\sum_{i=1}^m \\left( y_i \\ln(\\hat{y_i}) + (1-y_i) \\ln (1-\\hat{y_i}) \\right)$$",
           ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=25, why="the mean over the m points (one here)"),
    Public("udgc-E-point", _UDGC, "b25_udgc", "b25_udgc", "$$E = - y \\ln(\\hat{y}) - (1-y) \\ln (1-\\hat{y})$$",
           ((C,),), (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=25),
]
