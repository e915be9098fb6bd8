r"""Batch 14 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

RESULTS_PLACEHOLDER
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch14_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SNOW = "https://github.com/Snow0821/my-dl-library (README.md, commit 0377cc2)"
_SUM = ("the code corpus's stored file 35162533561, \"# Neural Network - Backpropagation\" (learning y = x_1 + x_2;"
        " its repository not named by the index)")
_LINEAR_NEURON = f"{_NEMOTRON} (Linear Neuron Learning Rule with Derivatives)"
_LOGISTIC_NEURON = f"{_NEMOTRON} (Learning the Weights of a Logistic Output Neuron)"
_DELTA_NN = f"{_NEMOTRON} (Delta Rule in Neural Network)"
_ADALINE = "https://www.scribd.com/document/690878521/adaline-and-delta-learning-rule"
_DELTA_PLAIN = "https://fanyv88.com:443/https/www.scribd.com/document/812813395/The-delta-rule"
_CSE573 = "http://www.cs.washington.edu/education/courses/cse573/01au/lect28/ch4/node7.html"
_GOLDEN = "https://goldenjumper.wordpress.com/"

# the walkthrough's error terms dLoss/dz
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = (f"{_D2}*W2[0,0]*a1[0]*(1 - a1[0])", f"{_D2}*W2[0,1]*a1[1]*(1 - a1[1])")
_I3 = tuple({"i": i} for i in range(3))
_I2 = tuple({"i": i} for i in range(2))


def _sum_update(target: str, numbers: tuple) -> Twin:
    return Twin("update", target, (f"{target} - eta*grad", *numbers))


ENTRIES: list[Public] = [
    # ---- Snow0821's README: $...$ lines, \hat y the prediction and \hat w, \hat b the new weight and bias; a
    # chain continued on lines that start with "= $"; the sign of b and of the update slipped -------------------------
    Public("snow-yhat", _SNOW, "b14_snow", "b14_snow", "$\\hat y = wx + b$", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=14),
    Public("snow-loss", _SNOW, "b14_snow", "b14_snow", "$L = (y - \\hat y)^2$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=14),
    Public("snow-w-rule", _SNOW, "b14_snow", "b14_snow", "$\\hat w = w - \\eta \\frac{\\partial L}{ \\partial w}$",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=14),
    Public("snow-b-rule", _SNOW, "b14_snow", "b14_snow", "$\\hat b = b - \\eta \\frac{\\partial L}{\\partial b} $",
           ((C,),), (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=14),
    Public("snow-dw-chain", _SNOW, "b14_snow", "b14_snow",
           "$\\frac{\\partial L}{ \\partial w} = \\frac{\\partial (y - \\hat y)^2}{\\partial w}$\n\n"
           "= $\\frac{\\partial (y - wx + b)^2}{\\partial w}$\n\n"
           "= $2(y - (wx + b))\\frac{\\partial (y - wx - b)}{\\partial w}$\n\n"
           "= $-2x(y - wx - b)$\n\n"
           "= $-2x(y - \\hat y)$", ((C, W, C, C, C),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a1[0])*x[0]", "-2*(y[0] - W1[0,0]*x[0] + b1[0])*x[0]",
                                         "2*(y[0] - (W1[0,0]*x[0] + b1[0]))*(-x[0])",
                                         "-2*x[0]*(y[0] - W1[0,0]*x[0] - b1[0])", "-2*x[0]*(y[0] - a1[0])")),),
           batch=14, why="y - wx + b for y - (wx + b): its derivative by w is -2x(y - wx + b), not the loss's"),
    Public("snow-w-update", _SNOW, "b14_snow", "b14_snow", "$\\hat w = w - 2\\eta x (y - \\hat y)$", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - 2*eta*x[0]*(y[0] - a1[0])",)),), batch=14,
           why="w - eta dL/dw is w + 2 eta x (y - yhat): the sign of the gradient -2x(y - yhat) dropped"),
    Public("snow-db-chain", _SNOW, "b14_snow", "b14_snow",
           "$\\frac {\\partial L}{\\partial b} = \\frac{\\partial (y - \\hat y)^2}{\\partial b}$\n\n"
           "= $\\frac{\\partial (y - (wx + b))}{\\partial b}$\n\n"
           "= $2(y - (wx + b))\\frac{\\partial (y - wx - b)}{\\partial b}$\n\n"
           "= $-2(y - wx - b)$\n\n"
           "= $-2(y - \\hat y)$", ((C, W, C, C, C),),
           (Twin("gradient", "b1[0]", ("-2*(y[0] - a1[0])", "-1", "2*(y[0] - (W1[0,0]*x[0] + b1[0]))*(-1)",
                                       "-2*(y[0] - W1[0,0]*x[0] - b1[0])", "-2*(y[0] - a1[0])")),),
           batch=14, why="the square dropped in the second member: d(y - (wx + b))/db is -1"),
    Public("snow-b-update", _SNOW, "b14_snow", "b14_snow", "$\\hat b = b - 2\\eta (y - \\hat y)$", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - 2*eta*(y[0] - a1[0])",)),), batch=14, why="the same sign slip"),
    # ---- the stored walkthrough learning y = x1 + x2: $$...$$ blocks, \cdot, \approx, \text{pred}, \text{Loss},
    # \leftarrow with its numbers; a2 = sigma(1.87) = 0.86646 written 0.86607, carried on --------------------------
    Public("sum-z1", _SUM, "b14_sum", "b14_sum",
           "$$\nz_1 = x_1 \\cdot w_{11} + x_2 \\cdot w_{21} = 1.1 \\cdot 0.2 + 2.2 \\cdot 0.4 = 0.22 + 0.88 = 1.1\n$$",
           ((C, C, C, C),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]", "=1.1*0.2 + 2.2*0.4", "=0.22 + 0.88", "=1.1")),),
           batch=14),
    Public("sum-a1", _SUM, "b14_sum", "b14_sum",
           "$$\na_1 = \\sigma(z_1) = \\frac{1}{1 + e^{-1.1}} \\approx 0.75026\n$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-1.1))", "=0.75026")),), batch=14),
    Public("sum-z2", _SUM, "b14_sum", "b14_sum",
           "$$\nz_2 = x_1 \\cdot w_{12} + x_2 \\cdot w_{22} = 1.1 \\cdot 0.3 + 2.2 \\cdot 0.7 = 0.33 + 1.54 = 1.87\n$$",
           ((C, C, C, C),),
           (Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1]", "=1.1*0.3 + 2.2*0.7", "=0.33 + 1.54", "=1.87")),),
           batch=14),
    Public("sum-a2", _SUM, "b14_sum", "b14_sum",
           "$$\na_2 = \\sigma(z_2) = \\frac{1}{1 + e^{-1.87}} \\approx 0.86607\n$$", ((C, C, W),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])", "=1/(1 + np.exp(-1.87))", "=0.86607")),), batch=14,
           why="sigma(1.87) = 0.86646"),
    Public("sum-zo", _SUM, "b14_sum", "b14_sum",
           "$$\nz_o = a_1 \\cdot w_{h1} + a_2 \\cdot w_{h2} = 0.75026 \\cdot 0.6 + 0.86607 \\cdot (-0.1) = 0.45016 -"
           " 0.08661 = 0.36355\n$$", ((C, C, W, W),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]", "=0.75026*0.6 + 0.86607*(-0.1)",
                                    "=0.45016 - 0.08661", "=0.36355")),), batch=14,
           why="a2's 0.86607 carried (an operand within the number rule's reach), 0.08661 for 0.1 a2 = 0.086646 and z_o = 0.363510 not"),
    Public("sum-ypred", _SUM, "b14_sum", "b14_sum",
           "$$\ny_{\\text{pred}} = \\sigma(z_o) = \\frac{1}{1 + e^{-0.36355}} \\approx 0.58989\n$$", ((C, W, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.36355))", "=0.58989")),), batch=14),
    Public("sum-loss", _SUM, "b14_sum", "b14_sum",
           "$$\n\\text{Loss} = \\frac{1}{2} (y_{\\text{pred}} - y)^2 = \\frac{1}{2} (0.58989 - 3.3)^2 \\approx 3.67545\n$$",
           ((C, C, W),), (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2", "=0.5*(0.58989 - 3.3)**2",
                                                             "=3.67545")),), batch=14,
           why="1/2 (2.71011)^2 is 3.67235 even at the page's 0.58989"),
    Public("sum-delta-o", _SUM, "b14_sum", "b14_sum",
           "$$\n\\delta_o = (y_{\\text{pred}} - y) \\cdot \\sigma'(z_o) = (0.58989 - 3.3) \\cdot (0.58989 \\cdot (1 -"
           " 0.58989)) \n$$", ((C, C),),
           (Twin("value", _D2, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "=(0.58989 - 3.3)*(0.58989*(1 - 0.58989))")),),
           batch=14, why="dLoss/dz_o, judged as a value (the oracle's gradient_z twin takes no numbers)"),
    Public("sum-delta-o-number", _SUM, "b14_sum", "b14_sum", "$$\n\\delta_o \\approx -0.65584\n$$", ((W,),),
           (Twin("value", _D2, ("=-0.65584",)),), batch=14),
    Public("sum-dw-h1", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = \\delta_o \\cdot a_1 = -0.65584 \\cdot 0.75026 \\approx"
           " -0.49198\n$$", ((C, W, W),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]", "=-0.65584*0.75026", "=-0.49198")),), batch=14),
    Public("sum-dw-h2", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{h2}} = \\delta_o \\cdot a_2 = -0.65584 \\cdot 0.86607 \\approx"
           " -0.56795\n$$", ((C, W, W),),
           (Twin("gradient", "W2[0,1]", (f"{_D2}*a1[1]", "=-0.65584*0.86607", "=-0.56795")),), batch=14),
    Public("sum-delta1", _SUM, "b14_sum", "b14_sum",
           "$$\n\\delta_1 = \\delta_o \\cdot w_{h1} \\cdot \\sigma'(z_1) = -0.65584 \\cdot 0.6 \\cdot (0.75026 \\cdot (1 -"
           " 0.75026)) \n$$", ((C, C),),
           (Twin("value", _D1[0], (_D1[0], "=-0.65584*0.6*(0.75026*(1 - 0.75026))")),), batch=14),
    Public("sum-dw11", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{11}} = \\delta_1 \\cdot x_1 = -0.07382 \\cdot 1.1 \\approx"
           " -0.08120\n$$", ((C, C, W),),
           (Twin("gradient", "W1[0,0]", (f"{_D1[0]}*x[0]", "=-0.07382*1.1", "=-0.08120")),), batch=14),
    Public("sum-dw21", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{21}} = \\delta_1 \\cdot x_2 = -0.07382 \\cdot 2.2 \\approx"
           " -0.16241\n$$", ((C, C, W),),
           (Twin("gradient", "W1[0,1]", (f"{_D1[0]}*x[1]", "=-0.07382*2.2", "=-0.16241")),), batch=14),
    Public("sum-dw12", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{12}} = \\delta_2 \\cdot x_1 = 0.00760 \\cdot 1.1 \\approx"
           " 0.00836\n$$", ((C, C, W),),
           (Twin("gradient", "W1[1,0]", (f"{_D1[1]}*x[0]", "=0.00760*1.1", "=0.00836")),), batch=14),
    Public("sum-dw22", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{22}} = \\delta_2 \\cdot x_2 = 0.00760 \\cdot 2.2 \\approx"
           " 0.01672\n$$", ((C, C, W),),
           (Twin("gradient", "W1[1,1]", (f"{_D1[1]}*x[1]", "=0.00760*2.2", "=0.01672")),), batch=14),
    Public("sum-update-h1", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{h1} \\leftarrow w_{h1} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = 0.6 - 0.1"
           " \\cdot (-0.49198) \\approx 0.6492\n$$", ((C, C, C),),
           (_sum_update("W2[0,0]", ("=0.6 - 0.1*(-0.49198)", "=0.6492")),), batch=14),
    Public("sum-update-h2", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{h2} \\leftarrow w_{h2} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{h2}} = -0.1 - 0.1"
           " \\cdot (-0.56795) \\approx -0.0432\n$$", ((C, C, C),),
           (_sum_update("W2[0,1]", ("=-0.1 - 0.1*(-0.56795)", "=-0.0432")),), batch=14),
    Public("sum-update-11", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{11} \\leftarrow w_{11} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{11}} = 0.2 - 0.1"
           " \\cdot (-0.08120) \\approx 0.2081\n$$", ((C, C, C),),
           (_sum_update("W1[0,0]", ("=0.2 - 0.1*(-0.08120)", "=0.2081")),), batch=14),
    Public("sum-update-22", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{22} \\leftarrow w_{22} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{22}} = 0.7 - 0.1"
           " \\cdot (0.01672) \\approx 0.6983\n$$", ((C, C, C),),
           (_sum_update("W1[1,1]", ("=0.7 - 0.1*(0.01672)", "=0.6983")),), batch=14),
    Public("sum-delta-o-rule", _SUM, "b14_sum", "b14_sum",
           "$$\n\\delta_o = (y_{\\text{pred}} - y) \\cdot y_{\\text{pred}} \\cdot (1 - y_{\\text{pred}})\n$$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=14,
           why="appendix 1's summary"),
    Public("sum-dL-dypred", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial L}{\\partial y_{\\text{pred}}} = (y_{\\text{pred}} - y)\n$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0])",)),), batch=14),
    # ---- Hinton's linear neuron (Nemotron's copy of the question): $$...$$, w_ix_i glued, \epsilon, \mapsto ------
    Public("lin-output", _LINEAR_NEURON, "b14_linear_neuron", "b14_linear_neuron", "$$y=\\sum_{i=0}^n w_ix_i$$",
           ((C,),), (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=14,
           why="n the last input's index (2 here), a bound that is not a number"),
    Public("lin-step", _LINEAR_NEURON, "b14_linear_neuron", "b14_linear_neuron",
           "$$\\Delta w_i=-\\epsilon\\frac{dE}{dw_i} =\\epsilon x_i (t-y)$$", ((C, C),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("-eta*(a1[0] - y[0])*x[{i}]", "eta*x[{i}]*(y[0] - a1[0])"),
                 _I3),), batch=14),
    Public("lin-update", _LINEAR_NEURON, "b14_linear_neuron", "b14_linear_neuron",
           "$$w_i \\mapsto w_i - \\epsilon \\frac{d E}{dw_i}.$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=14),
    Public("sum-appendix-chain", _SUM, "b14_sum", "b14_sum",
           "$$\n  \\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = \\frac{\\partial \\text{Loss}}{\\partial z_o} \\cdot"
           " \\frac{\\partial z_o}{\\partial w_{h1}}\n  $$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)),), batch=14, why="appendix 2, indented in its list"),
    Public("sum-appendix-dw-h1", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = \\delta_o \\cdot a_1\n$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)),), batch=14),
    # ---- Hinton's logistic output neuron (Nemotron's copy of the lecture): \[ ... \] spread over lines, \cdot, a sum
    # over the training cases with no index --------------------------------------------------------------------------
    Public("logistic-output", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[ y = \\frac{1}{1 + e^{-z}} \\]", ((C,),), (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=14),
    Public("logistic-dz-dw", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[\n   \\frac{\\partial z}{\\partial w_i} = x_i\n   \\]", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I2),), batch=14),
    Public("logistic-dy-dz", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[\n   \\frac{\\partial y}{\\partial z} = y(1 - y)\n   \\]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=14),
    Public("logistic-dy-dw", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[ \n\\frac{\\partial y}{\\partial w_i} = \\frac{\\partial z}{\\partial w_i} \\cdot \\frac{\\partial y}{\\partial"
           " z} = x_i \\cdot y(1 - y)\n\\]", ((C, C),),
           (Twin("value", "x[{i}]*a1[0]*(1 - a1[0])", ("x[{i}]*a1[0]*(1 - a1[0])",) * 2, _I2),), batch=14,
           why="the derivative of the output, not of the error"),
    Public("logistic-step", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[ \n\\Delta w_i = \\eta \\sum (x_i \\cdot (t - y) \\cdot y(1 - y))\n\\]", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",
                 ("eta*x[{i}]*(y[0] - a1[0])*a1[0]*(1 - a1[0])",), _I2),), batch=14,
           why="the sum over the training cases, one case here"),
    # ---- Nemotron's "Delta Rule in Neural Network": \[ ... \], w_{ji} output-first, g'(h_{j}) ---------------------------
    Public("deltann-rule", _DELTA_NN, "b14_sigmoid_layer", "b14_delta_nn",
           "\\[ \\Delta w_{ji} = \\alpha (t_{j} - y_{j}) g'(h_{j}) x_{i} \\]", ((C,),),
           (Twin("value", "-eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",
                 ("eta*(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",),
                 tuple({"j": j, "i": i} for j in range(2) for i in range(2))),), batch=14, why="g the sigmoid"),
    Public("deltann-linear", _DELTA_NN, "b14_linear_layer", "b14_delta_nn",
           "\\[ \\Delta w_{ji} = \\alpha (t_{j} - y_{j}) x_{i} \\]", ((C,),),
           (Twin("value", "-eta*(a1[{j}] - y[{j}])*x[{i}]", ("eta*(y[{j}] - a1[{j}])*x[{i}]",),
                 tuple({"j": j, "i": i} for j in range(2) for i in range(2))),), batch=14,
           why="the simplified form, for a linear unit"),
    # ---- scribd's Adaline exercise: Unicode mathematical italics (𝑊𝑛𝑒𝑤, 𝑦𝑖𝑛), ∑ without bounds --------------------
    Public("ada-yin", _ADALINE, "b14_adaline", "b14_adaline", "𝑦𝑖𝑛 = 𝑏 + ∑ 𝑊𝑖 𝑋𝑖", ((C,),),
           (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=14),
    Public("ada-w-update", _ADALINE, "b14_adaline", "b14_adaline", "𝑊𝑛𝑒𝑤 = 𝑊𝑜𝑙𝑑 + 𝛼(𝑡 − 𝑦𝑖𝑛 )𝑋", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - z1[0])*x[{i}]",), _I2),), batch=14,
           why="Adaline's output is its net input yin"),
    Public("ada-b-update", _ADALINE, "b14_adaline", "b14_adaline", "𝑏𝑛𝑒𝑤 = 𝑏𝑜𝑙𝑑 + 𝛼(𝑡 − 𝑦𝑖𝑛 )", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*(y[0] - z1[0])",)),), batch=14),
    # ---- scribd's "The delta rule": plain text, − (U+2212), ∆ (U+2206), · -------------------------------------------
    Public("dplain-error", _DELTA_PLAIN, "b14_linear_unit", "b14_delta_plain", "e=t−y", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=14),
    Public("dplain-update", _DELTA_PLAIN, "b14_linear_unit", "b14_delta_plain", "wnew = wold + ∆w", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=14),
    Public("dplain-step", _DELTA_PLAIN, "b14_linear_unit", "b14_delta_plain", "∆w = η · e · x", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[0]", ("eta*(y[0] - a1[0])*x[0]",)),), batch=14),
    # ---- cse573's slide (LaTeX2HTML's displaymath): the perceptron training rule --------------------------------------
    Public("cse573-update", _CSE573, "b14_linear_unit2", "b14_cse573",
           "\\begin{displaymath}w_i \\leftarrow w_i + \\Delta w_i \\end{displaymath}", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),), batch=14,
           why="Delta w_i the step of the next formula; modelled on the linear unit (see the tables)"),
    Public("cse573-step", _CSE573, "b14_linear_unit2", "b14_cse573",
           "\\begin{displaymath}\\Delta w_{i} = \\eta (t - o) x_{i} \\end{displaymath}", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=14),
    # ---- goldenjumper's notes: plain text, ¹ as a mark, – (en dash) for minus, n the learning rate --------------------
    Public("golden-update", _GOLDEN, "b14_linear_unit", "b14_golden", "w¹ = w¹ + Δw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=14),
    Public("golden-step", _GOLDEN, "b14_linear_unit", "b14_golden", "Δw = n ( y – y¹ ) * x", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[0]", ("eta*(y[0] - a1[0])*x[0]",)),), batch=14),
]
