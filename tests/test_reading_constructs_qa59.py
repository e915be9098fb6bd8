r"""qa59 (issue 13): three leniencies that could call a wrong formula correct, each decided by an independent oracle.

1. A one-unit layer's vector in a matrix product (batch 171's p171-pt-eh, ``d_output.dot(weights_hidden_output.T)``):
   the reader read the 1 x 1 ``d_output`` as the number it holds, so the product scaled W whatever its layout and
   ``d_output.dot(weights_hidden_output)``, the transpose dropped, was called correct. NumPy keeps the 1 x 1: of a
   1 x 1 and a 4 x 1 it refuses the product (the oracle here is NumPy itself), and so does check now, in one line
   naming the two sizes (np.dot, ``@``, ``.dot`` alike). A name the notation gives one unit's entry (no slice) stays
   a number, as NumPy's scalar multiplies any array.
2. A sum over a unit's set, Bishop's ``\sum_{k \in ch(j)}``, Mitchell's Downstream(j), ``\mathcal{C}(j)``: the letter
   in the parentheses was dropped, so ``ch(i)`` in the rule for unit j read as ``ch(j)``. It must be the unit whose
   children are summed, the left side's index standing in the term beside k; another letter (an input's children,
   the hidden units, which w_{kj} does not reach: nothing to evaluate) is refused saying which unit is meant.
3. Plain text's new-value mark on both sides, ``w5+ = w5+ - eta * a`` (fixlit40's mark): the right side's ``w5+``
   was read as ``w5 + (-eta a)``, the old value's step. It is the new value, defined by itself (x = x - c has no
   solution for c not 0: read so the member is w5 - 2 eta a, which the oracle calls wrong): refused. ``w^+``,
   ``w_new``, ``w^{new}``, ``w^{(t+1)}`` and ``w'`` on both sides are read as the new value and called wrong, as the
   oracle calls them.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts) through its twin."""

from __future__ import annotations

import numpy as np
import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch171 import _J4, _PT_A1
from public_formulas_batch171_tables import NETWORKS as B171_NETWORKS, NOTATIONS as B171_NOTATIONS
from public_formulas_batch174_tables import NETWORKS as B174_NETWORKS, NOTATIONS as B174_NOTATIONS
from public_formulas_batch178 import _J3, _J3I2, _MG_D1
from public_formulas_batch178_tables import NETWORKS as B178_NETWORKS, NOTATIONS as B178_NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks({"b171_pt": B171_NETWORKS["b171_pt"], "b178_mg": B178_NETWORKS["b178_mg"],
                     "b174_zw": B174_NETWORKS["b174_zw"]})
_PT, _MG, _ZW = B171_NOTATIONS["b171_pt"], B178_NOTATIONS["b178_mg"], B174_NOTATIONS["b174_zw"]

# ---- 1. a one-unit layer's 1 x 1 in a matrix product ----------------------------------------------------------------
_EH = "    error_hidden_layer = {}"
_HIDDEN = Twin("value", f"-{_PT_A1}", (f"-{_PT_A1}",), _J4)  # -dE/d(hidden output j), the code's error
_NEGATED = Twin("value", f"-{_PT_A1}", (f"{_PT_A1}",), _J4)

# ---- 2. a sum over a unit's set ---------------------------------------------------------------------------------------
_SLOPE = "h'(a_j) "


def _bp(written: str) -> str:
    return rf"$$\delta_j = {_SLOPE}\sum_{{k \in {written}}} w_{{kj}} \delta_k .$$"


def _gradient(written: str) -> str:
    return rf"$$\frac{{\partial E}}{{\partial w_{{ji}}}} = x_i {_SLOPE}\sum_{{k \in {written}}} w_{{kj}} \delta_k .$$"


# dE/d z_j without the hidden slope: the sum a rule with another unit's children cannot be, nor the right rule
_NO_SLOPE = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))"

# ---- 3. the new value on both sides -----------------------------------------------------------------------------------
_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_STEP = Twin("update", "W2[0,0]", (f"W2[0,0] - eta*({_D0}*a1[0])",))
# the right side's new value read as the new value: (w5 - eta a) - eta a
_TWICE = Twin("update", "W2[0,0]", (f"W2[0,0] - eta*({_D0}*a1[0]) - eta*({_D0}*a1[0])",))

CASES = [
    Public("dot-transposed", "qa59", "b171_pt", _PT, _EH.format("d_output.dot(weights_hidden_output.T)"), ((C,),),
           (_HIDDEN,)),
    Public("np-dot-transposed", "qa59", "b171_pt", _PT, _EH.format("np.dot(d_output, weights_hidden_output.T)"),
           ((C,),), (_HIDDEN,)),
    Public("matmul-transposed", "qa59", "b171_pt", _PT, _EH.format("d_output @ weights_hidden_output.T"), ((C,),),
           (_HIDDEN,)),
    Public("dot-transposed-negated", "qa59", "b171_pt", _PT, _EH.format("-d_output.dot(weights_hidden_output.T)"),
           ((W,),), (_NEGATED,)),
    *(Public(f"children-{n}", "qa59", "b178_mg", _MG, _bp(written), ((C,),), (Twin("value", _MG_D1, (_MG_D1,), _J3),))
      for n, written in enumerate((r"\mathrm{ch}(j)", r"\text{ch}(j)", "ch(j)", "Downstream(j)", r"\mathcal{C}(j)",
                                   "C(j)"))),
    Public("children-gradient", "qa59", "b178_mg", _MG, _gradient(r"\mathrm{ch}(j)"), ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MG_D1}*x[{{i}}]",), _J3I2),)),
    Public("children-no-slope", "qa59", "b178_mg", _MG, rf"$$\delta_j = \sum_{{k \in \mathrm{{ch}}(j)}} w_{{kj}}"
           r" \delta_k .$$", ((W,),), (Twin("value", _MG_D1, (_NO_SLOPE,), _J3),)),
    Public("plus-new-value", "qa59", "b174_zw", _ZW, "w5+ = w5 - eta * a", ((C,),), (_STEP,)),
    *(Public(f"new-both-sides-{n}", "qa59", "b174_zw", _ZW, text, ((W,),), (_TWICE,))
      for n, text in enumerate((r"w5^+ = w5^+ - \eta a", r"w5^{+} = w5^{+} - \eta a", "w5_new = w5_new - eta * a",
                                r"w5^{new} = w5^{new} - \eta a", r"w5^{(t+1)} = w5^{(t+1)} - \eta a",
                                "w5' = w5' - eta * a"))),
    *(Public(f"new-once-{n}", "qa59", "b174_zw", _ZW, text, ((C,),), (_STEP,))
      for n, text in enumerate((r"w5^+ = w5 - \eta a", "w5_new = w5 - eta * a", r"w5^{(t+1)} = w5^{(t)} - \eta a"))),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("product", ["d_output.dot(weights_hidden_output)", "np.dot(d_output, weights_hidden_output)",
                                     "d_output @ weights_hidden_output"])
def test_a_one_unit_delta_keeps_its_shape_in_a_matrix_product(product):
    """d_output is 1 x 1 (-grad(z2[:]).T of one output), weights_hidden_output 4 x 1 (W2's transpose): NumPy refuses
    their product; read as a number, d_output would scale W2^T, a column of the right entries."""
    with pytest.raises(ValueError):
        np.ones((1, 1)).dot(np.ones((4, 1)))
    message = CHECKS.refused("b171_pt", _PT, _EH.format(product))
    assert "multiplies a 1 x 1 by a 4 x 1, whose sizes do not fit" in message


def test_the_other_order_is_refused_too():
    """W2 (1 x 4) times the 1 x 1: NumPy refuses it as well."""
    with pytest.raises(ValueError):
        np.ones((1, 4)).dot(np.ones((1, 1)))
    message = CHECKS.refused("b171_pt", _PT, _EH.format("weights_hidden_output.T.dot(d_output)"))
    assert "multiplies a 1 x 4 by a 1 x 1" in message


@pytest.mark.parametrize("written", [r"\mathrm{ch}(i)", r"\text{ch}(i)", "ch(i)", "Downstream(i)", "Downstream(k)",
                                     r"\mathcal{C}(i)", "C(i)"])
def test_a_set_of_another_units_is_refused(written):
    """k \\in ch(i) in the rule for unit j: unit i's set, not j's."""
    message = CHECKS.refused("b178_mg", _MG, _bp(written))
    assert "takes unit" in message and "the formula's unit is j" in message


def test_a_gradients_other_index_is_no_childrens_unit():
    """dE/dw_{ji}: i is the left side's too, yet the term w_{kj} \\delta_k has no i: ch(i) is the inputs' set."""
    message = CHECKS.refused("b178_mg", _MG, _gradient(r"\mathrm{ch}(i)"))
    assert "takes unit i's set" in message


@pytest.mark.parametrize("text", ["w5+ = w5+ - eta * a", "w5+ = w5+ + eta * a", "w_5+ = w_5+ - eta * a",
                                  "w5+ = w5+ - eta * a = 0.40 - 0.5 * 0.082167041"])
def test_a_plus_mark_on_both_sides_is_refused(text):
    message = CHECKS.refused("b174_zw", _ZW, text)
    assert "on both sides, the new value defined by itself" in message
