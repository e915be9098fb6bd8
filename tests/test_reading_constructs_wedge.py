"""Batch 97's course slides join two claims with a conjunction in one display, ``z_1 = w_1a_0+b_1 \\hspace{0.1cm}
\\wedge a_1 = \\sigma_1(z_1)``: two claims, each judged, as ``A = B \\Rightarrow C = D`` is (equation_splitting.statements);
``\\land`` and Unicode's ``∧`` the same. Before, everything before the ``\\wedge`` was set aside as reasoning and the
first claim never judged: a wrong ``z_1`` was called correct with the claim after it. Written here on another network
and other names (the tanh network of construct_networks). What is never set aside in silence: a claim before an
arrow or a conjunction that the splitter cannot reach (inside parentheses) is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.quantities import FormulaError

CHECKS = CaseChecks({"tanh-two": TANH_2_1})

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_S_WRONG = "W1[0,0]*x[0] + W1[0,1]*x[1] + 7"
_H = "tanh(z1[0])"


def _case(name, text, verdicts, *twins):
    return Public(name, "test", "tanh-two", TANH_2_1_NOTATION, text, verdicts, twins)


def _cases() -> list[Public]:
    sum_right, sum_wrong = Twin("value", "z1[0]", (_S,)), Twin("value", "z1[0]", (_S_WRONG,))
    output_right = Twin("value", "a1[0]", (_H,))
    output_wrong = Twin("value", "a1[0]", (f"{_H} + b1[0]",))
    return [
        _case("wedge", r"$$ s = v_1 x_1 + v_2 x_2 + c \hspace{0.1cm} \wedge h = \tanh(s), $$", ((C,), (C,)),
              sum_right, output_right),
        _case("wedge-first-wrong", r"$$ s = v_1 x_1 + v_2 x_2 + 7 \hspace{0.1cm} \wedge h = \tanh(s) $$",
              ((W,), (C,)), sum_wrong, output_right),
        _case("land-second-wrong", r"s = v_1 x_1 + v_2 x_2 + c \land h = \tanh(s) + c", ((C,), (W,)),
              sum_right, output_wrong),
        _case("parenthesised-arrow", r"\left( s = v_1 x_1 + v_2 x_2 + 7 \Rightarrow h = \tanh(s) \right)",
              ((W,), (C,)), sum_wrong, output_right),
        _case("unicode-and", "s = v_1 x_1 + v_2 x_2 + 7 \u2227 h = \\tanh(s)", ((W,), (C,)), sum_wrong, output_right),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", [r"2 (s = v_1 x_1 + v_2 x_2 + 7 \Rightarrow h = \tanh(s))",
                                  r"\{ s = v_1 x_1 + v_2 x_2 + 7 \wedge h = \tanh(s) \}"])
def test_a_claim_before_an_arrow_in_a_group_is_refused_not_set_aside(text):
    """The first claim is wrong and sits where the splitter cannot reach it: refused in one line, never the second
    claim's verdict alone."""
    with pytest.raises(FormulaError) as refusal:
        CHECKS.verdicts(_case("grouped", text, ((W,),)))
    assert "\n" not in str(refusal.value)
