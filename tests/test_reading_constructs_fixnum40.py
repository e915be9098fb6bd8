r"""Fix helper fixnum40 (issue 13): batch 178's two misreadings and a refusal, each a general construct.

- Members of numbers that keep the rate a letter, a page leaving eta unspecified: ``w \leftarrow w - \eta
  \frac{\partial E}{\partial w} = 0.3 - \eta(-0.8) = 0.3 + 0.8\eta`` (t78-en-up). Judged at the file's numbers with
  the file's rate exact (homework_numbers.numbers_only), as a member of numbers alone is; a member mixing a weight
  with numbers (``w + 0.8\eta``) stays a formula.
- A definition after words in the same display, ``... = \delta_j z_i, \qquad \text{where} \qquad \delta_j \equiv
  \frac{\partial E_n}{\partial a_j}`` (t78-md-chain): a claim of its own with ``\equiv`` (``\doteq``, ``\triangleq``)
  as with ``=``, no longer dropped.
- A sum over a set of unit j's, Bishop's children ``\sum_{k \in \mathrm{ch}(j)}`` (t78-md-bp), ``\text{next}(j)``,
  ``\mathcal{C}(j)``: over the units its index indexes, as Mitchell's Downstream(j); a spaced ``\text{ch} (j)``
  refused in one line saying how to write the sum.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts), through the twins.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch178 import _J3, _J3I2, _MG_D1
from public_formulas_batch178_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks({"b178_en": NETWORKS["b178_en"], "b178_mg": NETWORKS["b178_mg"]})
_EN, _MG = NOTATIONS["b178_en"], NOTATIONS["b178_mg"]
_UPDATE = "W1[0,0] - eta*x[0]*(a1[0] - y[0])*Heaviside(z1[0])"
_UP = r"$w \leftarrow w - \eta \frac{\partial E}{\partial w} = "
# dE/d z_j without the slope of the hidden unit: what a sum without h'(a_j), or a delta by the unit's output, is
_NO_SLOPE = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))"
_CHAIN = (r"$$\frac{\partial E_n}{\partial w_{ji}} = \delta_j z_i, \qquad \text{where} \qquad \delta_j \equiv "
          r"\frac{\partial E_n}{\partial %s} .$$")


def _bp(written: str, slope: str = "h'(a_j) ") -> str:
    return rf"$$\delta_j = {slope}\sum_{{k \in {written}}} w_{{kj}} \delta_k .$$"


CASES = [
    # the rate a letter in members of numbers: at the file's eta = 0.1, 0.3 + 0.8 * 0.1 = 0.38, the true value
    Public("rate-letter", "test", "b178_en", _EN, _UP + r"0.3 - \eta(-0.8) = 0.3 + 0.8\eta$", ((C, C, C),),
           (Twin("update", "W1[0,0]", (_UPDATE, "=0.3 - 0.1*(-0.8)", "=0.3 + 0.8*0.1")),)),
    Public("rate-letter-wrong-sign", "test", "b178_en", _EN, _UP + r"0.3 - \eta(0.8) = 0.3 - 0.8\eta$",
           ((C, W, W),), (Twin("update", "W1[0,0]", (_UPDATE, "=0.3 - 0.1*0.8", "=0.3 - 0.8*0.1")),)),
    Public("rate-letter-wrong-gradient", "test", "b178_en", _EN, _UP + r"0.3 + 0.7\eta$", ((C, W),),
           (Twin("update", "W1[0,0]", (_UPDATE, "=0.3 + 0.7*0.1")),)),
    # a definition with \equiv after \text{where} in the display: its own claim
    Public("where-equiv", "test", "b178_mg", _MG, _CHAIN % "a_j", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MG_D1}*x[{{i}}]",), _J3I2), Twin("value", _MG_D1, (_MG_D1,), _J3))),
    Public("where-equiv-wrong", "test", "b178_mg", _MG, _CHAIN % "z_j", ((C,), (W,)),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MG_D1}*x[{{i}}]",), _J3I2), Twin("value", _MG_D1, (_NO_SLOPE,), _J3))),
    # sums over a set of unit j's: its children, every output here
    *(Public(f"children-{n}", "test", "b178_mg", _MG, _bp(written), ((C,),), (Twin("value", _MG_D1, (_MG_D1,), _J3),))
      for n, written in enumerate((r"\mathrm{ch}(j)", r"\text{next}(j)", r"\mathcal{C}(j)", "children(j)"))),
    *(Public(f"children-no-slope-{n}", "test", "b178_mg", _MG, _bp(written, ""), ((W,),),
             (Twin("value", _MG_D1, (_NO_SLOPE,), _J3),))
      for n, written in enumerate((r"\mathrm{ch}(j)", r"\mathcal{C}(j)"))),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_weight_among_the_numbers_keeps_the_member_a_formula():
    case = Public("weight-left", "test", "b178_en", _EN, _UP + r"w + 0.8\eta$", ((C, W),))
    assert CHECKS.verdicts(case) == ((C, W),)


@pytest.mark.parametrize("written", [r"\text{ch} (j)", r"\text{ch}(j) \cup \{1\}"])
def test_a_set_of_the_unit_read_no_way_is_refused_saying_how_to_write_it(written):
    refusal = CHECKS.refused("b178_mg", _MG, _bp(written))
    assert r"\sum_{k \in outputs}" in refusal and r"\text{ch}(j)" in refusal
