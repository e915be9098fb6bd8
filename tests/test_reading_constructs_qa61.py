"""qa61: a sum without bounds whose term writes its index shifted, ``\\sum_k e^{x_{k-1}}`` (the mutation hunt's slip of
batch 182's s182-mc-def, ``p_i = e^{x_i}/\\sum_k e^{x_k}``, and of s182-ob-ii and s182-ob-ij's denominators). Such a
sum ran over the values of k at which its term names units, so the shift slid the range with it: x_{k-1} was read at
k = 2 to 4 (x_1 to x_3 where x_i counts from 1) and the slip was called correct, as was x_{k+1} from k = 0. Where k
starts is the bounds' to say: the sum is refused in one line now, and read with its bounds written
(``\\sum_{k=2}^{4} e^{x_{k-1}}`` is the softmax's denominator, ``\\sum_{k=1}^{2} e^{x_k}`` a unit short of it, wrong).
A sum whose term writes its index bare (``\\sum_k e^{x_k}``) is read as before.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch182_tables import NETWORKS as B182_NETWORKS, NOTATIONS as B182_NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks({"b182_mc": B182_NETWORKS["b182_mc"]})
_MC = B182_NOTATIONS["b182_mc"]  # x_i the logits z1[i-1], p_i the softmax a1[i-1]: counting from 1
# the same notes counting from 0
_MC0 = _MC.replace('"z1[i-1]"', '"z1[i]"').replace('"a1[i-1]"', '"a1[i]"')
_I3 = tuple({"i": i} for i in range(3))
_ALL = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"


def _case(key: str, notation: str, text: str, expected, denominator=_ALL) -> Public:
    return Public(key, "qa61", "b182_mc", notation, text, expected,
                  (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{denominator}",), _I3),))


CASES = [
    _case("unshifted-right", _MC, r"$p_i = e^{x_i}/\sum_k e^{x_k}$", ((C,),)),
    _case("bounded-shift-right", _MC, r"$p_i = e^{x_i}/\sum_{k=2}^{4} e^{x_{k-1}}$", ((C,),)),
    _case("bounded-shift-right-from-0", _MC0, r"$p_i = e^{x_i}/\sum_{k=1}^{3} e^{x_{k-1}}$", ((C,),)),
    _case("bounded-short-wrong", _MC, r"$p_i = e^{x_i}/\sum_{k=1}^{2} e^{x_k}$", ((W,),),
          denominator="(exp(z1[0]) + exp(z1[1]))"),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("notation", [_MC, _MC0], ids=["from-1", "from-0"])
@pytest.mark.parametrize("text", [r"$p_i = e^{x_i}/\sum_k e^{x_{k-1}}$", r"$p_i = e^{x_i}/\sum_j e^{x_{j+1}}$",
                                  r"$p_i = e^{x_i}/\sum_j e^{x_{j - 1}}$"])
def test_a_sum_without_bounds_over_a_shifted_index_is_refused(notation, text):
    """The mutant called correct (x_{k-1} from 1, read from k = 2) and its kin: where the sum starts is unsaid."""
    message = CHECKS.refused("b182_mc", notation, text)
    assert "has no bounds and its term writes the index as" in message and "write the bounds" in message


def test_the_hunts_mutants_of_the_softmax_derivatives_are_refused():
    """s182-ob-ij's and s182-ob-ii's denominators with the slip: refused, never called correct."""
    ob = B182_NETWORKS["b182_ob"], B182_NOTATIONS["b182_ob"]
    checks = CaseChecks({"b182_ob": ob[0]})
    for text in (r"$$\frac{\partial p_i}{\partial z_j} = \frac{0 - e^{z_i} \cdot e^{z_j}}{(\sum_k e^{z_{k-1}})^2} = "
                 r"-p_i \cdot p_j$$",
                 r"$$\frac{\partial p_i}{\partial z_i} = \frac{e^{z_i} \sum_j e^{z_{j-1}} - e^{z_i} \cdot e^{z_i}}"
                 r"{(\sum_j e^{z_j})^2} = p_i - p_i^2 = p_i(1 - p_i)$$"):
        assert "has no bounds" in checks.refused("b182_ob", ob[1], text)
