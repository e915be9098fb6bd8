"""Batch 133's pages showed constructs misread or refused, written here as other authors would (other names, other
networks than the pages'):

- a chapter's equation number after a formula outside its math delimiters, ``![...](...)            (4-2)`` (a
  Chinese page copied from CSDN serves each display as an image and numbers it so), ``$$...$$ (3-18)``, ``(3–18)``
  with an en dash, ``（4-2）`` in full-width parentheses, or opening the line before the math: the label alone,
  never the factor 4 - 2 it was multiplied by; inside the delimiters, ``\\qquad (4-2)``, it is judged both as the
  number and as a factor, as ``(5.19)`` is, and refused where the two readings disagree;
- a derivative's denominator holding names side by side after its one ``\\partial``, a computational graph's node
  named by its factors (micrograd's ``\\frac{\\partial o}{\\partial x1w1}``, ``\\partial x_1 w_1``): the derivative
  by that product, as ``\\partial (x_1 w_1)`` already reads; a product of two parameters stays refused (which one is
  held is not said), and a second ``\\partial`` stays a second derivative;
- ``\\nabla`` with a number as its subscript before a parameter, ``\\nabla_{1} v_{11}`` (the CSDN post's
  ``\\bigtriangledown _{1}``, the gradient at update 1): refused naming the subscript, since whether that update is
  taken at the problem's values (counted from 1) or after one step (from 0) is not said; ``\\nabla v_{11}`` and
  ``\\nabla_{v_{11}} E`` read.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2, SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-2": SIGMOID_2_2,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "tanh-2-1": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

# a page's vectors, each layer's whole (a CSDN post's net, h, y hat)
_LAYERS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"x" = "x[:]"
"net_{1}" = "z1[:]"
"h" = "a1[:]"
"net_{2}" = "z2[:]"
"\\hat{y}" = "a2[:]"
"y" = "y[:]"
"W_{1}" = "W1[:, :]"
"b_{1}" = "b1[:]"
"\\delta_{2}" = "grad(z2[:])"
'''
_Z1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_DELTA2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_J2 = ({"j": 0}, {"j": 1})
_NET1 = "net_{1} = W_{1} x + b_{1}"
# a renderer's image of the formula, its address the LaTeX percent-encoded (codecogs'), then the chapter's number
_IMAGE_NET1 = ("![net_{1}=W_{1}x+b_{1}](https://latex.codecogs.com/gif.latex?net_%7B1%7D%3DW_%7B1%7Dx&plus;b_%7B1%7D)")
_DELTA_LINE = r"\delta_{2} = (\hat{y} - y) \odot \hat{y} \odot (1 - \hat{y})"

# micrograd's neuron: inputs x1, x2, weights w1, w2, its sum n and output o = tanh(n), and a second page's LaTeX
_NEURON = r'''
[notation]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"b" = "b1[0]"
"n" = "z1[0]"
"o" = "a1[0]"
'''
_DO = "1 - a1[0]**2"

# Bishop's letters on a 2-2 sigmoid layer: w_{ji} from input i to unit j, E the half squared error
_BISHOP = r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ji}" = "W1[j-1, i-1]"
"y_{j}" = "a1[j-1]"
"t_{j}" = "y[j-1]"
'''
_DZ = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# the CSDN post's names on a 2-2-2 network: v_{jk} from hidden j to output k, its gradient with \nabla
_GRADIENT = r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"h_{j}" = "a1[j-1]"
"\\hat{y}_{k}" = "a2[k-1]"
"y_{k}" = "y[k-1]"
"v_{jk}" = "W2[k-1, j-1]"
'''
_DV11 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"
_DV11_PAGE = r"(\hat{y}_{1}-y_{1})(\hat{y}_{1}(1-\hat{y}_{1}))h_{1}"


def _cases() -> list[Public]:
    return [
        # ---- a chapter's equation number outside the math ---------------------------------------------------------
        Public("chapter-image", "test", "sigmoid-2-2-2", _LAYERS, "\u200b        " + _IMAGE_NET1 + "            (4-2)",
               ((C,),), (Twin("value", "z1[{j}]", (_Z1,), _J2),)),
        Public("chapter-image-wrong", "test", "sigmoid-2-2-2", _LAYERS,
               "\u200b    ![" + _DELTA_LINE.replace("(1 - ", "(2 - ") + "](../images/eq3-18.png)    (3-18)", ((W,),),
               (Twin("value", _DELTA2, ("(a2[{j}] - y[{j}])*a2[{j}]*(2 - a2[{j}])",), _J2),)),
        Public("chapter-image-alt", "test", "sigmoid-2-2-2", _LAYERS,
               "![" + _DELTA_LINE + "](../images/eq3-18.png)  (3-18)", ((C,),),
               (Twin("value", _DELTA2, (_DELTA2,), _J2),)),
        Public("chapter-display", "test", "sigmoid-2-2-2", _LAYERS, f"$${_DELTA_LINE}$$ (3-18)", ((C,),),
               (Twin("value", _DELTA2, (_DELTA2,), _J2),)),
        Public("chapter-display-wrong", "test", "sigmoid-2-2-2", _LAYERS,
               f"$${_DELTA_LINE.replace('(1 - ', '(2 - ')}$$ (3-18)", ((W,),),
               (Twin("value", _DELTA2, ("(a2[{j}] - y[{j}])*a2[{j}]*(2 - a2[{j}])",), _J2),)),
        Public("chapter-en-dash", "test", "sigmoid-2-2-2", _LAYERS, f"${_NET1}$ (4\u20132)", ((C,),),
               (Twin("value", "z1[{j}]", (_Z1,), _J2),)),
        Public("chapter-full-width", "test", "sigmoid-2-2-2", _LAYERS, f"${_NET1}$\uff084-2\uff09", ((C,),),
               (Twin("value", "z1[{j}]", (_Z1,), _J2),)),
        Public("chapter-opening", "test", "sigmoid-2-2-2", _LAYERS, f"(12-3) $${_DELTA_LINE}$$", ((C,),),
               (Twin("value", _DELTA2, (_DELTA2,), _J2),)),
        # a difference after an operator is the formula's own factor, as written (no label stands after \cdot)
        Public("chapter-like-factor", "test", "sigmoid-2-2-2", _LAYERS, rf"${_DELTA_LINE} \cdot (3-2)$", ((C,),),
               (Twin("value", _DELTA2, (f"{_DELTA2}*(3 - 2)",), _J2),)),
        Public("chapter-like-factor-wrong", "test", "sigmoid-2-2-2", _LAYERS, rf"${_DELTA_LINE} \cdot (4-2)$", ((W,),),
               (Twin("value", _DELTA2, (f"{_DELTA2}*(4 - 2)",), _J2),)),
        # ---- names side by side in a derivative's denominator: the product ----------------------------------------
        Public("product-node-glued", "test", "tanh-2-1", _NEURON,
               r"$\frac{\partial o}{\partial w1} = \frac{\partial o}{\partial x1w1} \cdot \frac{\partial x1w1}"
               r"{\partial w1}$", ((C,),), (Twin("value", f"({_DO})*x[0]", (f"({_DO})*x[0]",)),)),
        Public("product-node-glued-input", "test", "tanh-2-1", _NEURON,
               r"$\frac{\partial o}{\partial x2} = \frac{\partial o}{\partial x2w2} \cdot \frac{\partial x2w2}"
               r"{\partial x2}$", ((C,),), (Twin("value", f"({_DO})*W1[0,1]", (f"({_DO})*W1[0,1]",)),)),
        Public("product-node-scripts", "test", "tanh-2-1", _NEURON,
               r"$\frac{\partial o}{\partial x_{1} w_{1}} = 1 - o^2$", ((C,),), (Twin("value", _DO, (_DO,)),)),
        Public("product-node-wrong", "test", "tanh-2-1", _NEURON,
               r"$\frac{\partial o}{\partial x_{2} w_{2}} = x_{2} (1 - o^2)$", ((W,),),
               (Twin("value", _DO, (f"x[1]*({_DO})",)),)),
        Public("product-node-bishop", "test", "sigmoid-2-2", _BISHOP,
               r"$\frac{\partial E}{\partial w_{ji} x_{i}} = (y_{j} - t_{j}) y_{j} (1 - y_{j})$", ((C,),),
               (Twin("value", _DZ, (_DZ,), _JI),)),
        Public("product-node-bishop-wrong", "test", "sigmoid-2-2", _BISHOP,
               r"$\frac{\partial E}{\partial w_{ji} x_{i}} = (y_{j} - t_{j}) y_{j} (1 - y_{j}) x_{i}$", ((W,),),
               (Twin("value", _DZ, (f"{_DZ}*x[{{i}}]",), _JI),)),
        # ---- \nabla before a parameter: what to write for the update's \nabla_{1} -------------------------------
        Public("nabla-parameter", "test", "sigmoid-2-2-2", _GRADIENT, rf"$\nabla v_{{11}} = {_DV11_PAGE}$", ((C,),),
               (Twin("gradient", "W2[0,0]", (_DV11,)),)),
        Public("nabla-subscript", "test", "sigmoid-2-2-2", _GRADIENT, rf"$\nabla_{{v_{{11}}}} E = {_DV11_PAGE}$",
               ((C,),), (Twin("gradient", "W2[0,0]", (_DV11,)),)),
        Public("nabla-parameter-wrong", "test", "sigmoid-2-2-2", _GRADIENT,
               r"$\bigtriangledown v_{11} = (\hat{y}_{1}-y_{1})h_{1}$", ((W,),),
               (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_chapter_number_inside_the_math_is_judged_both_ways():
    """Inside the delimiters, ``\\qquad (4-2)`` may be the number or the factor 2: the readings differ, refused."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _LAYERS, rf"$${_DELTA_LINE} \qquad (4-2)$$")
    assert "(4-2) at the end of the line reads as the equation's number or as a factor" in refusal


def test_a_product_of_two_parameters_stays_refused():
    refusal = CHECKS.refused("tanh-2-1", _NEURON, r"$\frac{\partial o}{\partial w_{1} w_{2}} = 1$")
    assert "is not one quantity of the network to differentiate by" in refusal


def test_a_second_partial_stays_a_second_derivative():
    refusal = CHECKS.refused("tanh-2-1", _NEURON, r"$\frac{\partial^2 o}{\partial x_{1} \partial w_{1}} = 1$")
    assert "a second derivative" in refusal


def test_a_number_beside_a_name_in_the_denominator_stays_refused():
    refusal = CHECKS.refused("tanh-2-1", _NEURON, r"$\frac{\partial o}{\partial w_{1} 2} = 1$")
    assert "to close the denominator" in refusal


def test_nabla_with_an_updates_number_is_refused_naming_it():
    """``\\bigtriangledown _{1}v_{11}`` (the gradient at update 1): which point update 1 is, is not said."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _GRADIENT, rf"$\bigtriangledown _{{1}}v_{{11}}={_DV11_PAGE}$")
    assert refusal.endswith(r"\nabla_{1} v_{11}: the subscript 1 is a number, no variable (an update's number), and "
                            r"whether that update's gradient is taken at the problem's values is not said: write "
                            r"\nabla_{v_{11}} L for the loss's gradient by v_{11} at the problem's values")


def test_nabla_with_a_number_before_the_loss_keeps_its_refusal():
    """``\\nabla_{2} E``: the loss after it, not a parameter; not the update's message."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _GRADIENT, rf"$\nabla_{{2}} E = {_DV11_PAGE}$")
    assert "an update's number" not in refusal
