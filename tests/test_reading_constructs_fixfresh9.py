"""The pages of batch 73 of the public formulas showed constructs of general writing refused, each written here as
another author would (other names, other networks than the pages'): LaTeX's comment ``%`` after an aligned row and
its ``\\\\`` (and after a row without one), dropped as TeX drops it, while an escaped ``\\%`` is a percent sign and a
plain text's ``95%`` stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # LaTeX's comment after an aligned row's \\ (an even run of backslashes before the %): no claim
            ("comment-after-row", "h &= \\tanh(s)\\\\% the unit's output\ns &= v_1 x_1 + v_2 x_2 + c%", ((C,), (C,)),
             _H + (Twin("value", "z1[0]", (_S,)),)),
            ("comment-after-row-wrong", "h &= \\sigma(s)\\\\%", ((W,),), _H_SIGMOID),
            ("comment-after-member", "s = v_1 \\cdot x_1 + v_2 x_2 + c = v_1 x_1 + c% dropped: v_2 x_2", ((C, W),),
             (Twin("value", "z1[0]", (_S, "W1[0,0]*x[0] + b1[0]")),)),
            # an escaped \% is a percent sign, in a remark it stays one
            ("escaped-percent-remark", "h = \\tanh(s) \\quad \\text{(100\\%)}", ((C,),), _H)):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_percent_sign_in_plain_text_is_no_comment():
    """``h = 95%`` holds no LaTeX: its % is not TeX's comment, and stays refused."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = 95%")
