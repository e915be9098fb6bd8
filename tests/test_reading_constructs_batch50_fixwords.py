"""The pages of batches 49 and 50 of the public formulas showed words, spacing and layout around formulas refused,
each written here as another author would (other names, other networks than the pages'): TeX's control space ``\\ ``
and a backslash ending a line inside ``$...$`` (Markdown's MathJax line break), spacing as ``\\,`` is; ``\\colon=``,
the update ``:=``.

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
_DE_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # TeX's control space, and a backslash ending its line inside $...$ (Markdown's line break)
            ("control-space", r"$h =\ \tanh(s)$", ((C,),), _H),
            ("control-space-wrong", r"$h =\ \tanh(2 s)$", ((W,),), (Twin("value", "a1[0]", ("tanh(2*z1[0])",)),)),
            ("backslash-line-end", "$s =\\\nv_1 x_1 + v_2 x_2 + c\n$", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("backslash-line-end-wrong", "$s =\\\nv_1 x_1 + v_2 x_2\\\n$", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
            # a row break \\ stays a row break: two rows of one chain
            ("row-break-kept", "$$\\frac{\\partial E}{\\partial c} = (h - t) \\frac{\\partial h}{\\partial s} \\\\\n"
             "= (h - t)(1 - h^2)$$", ((C, C),), (Twin("gradient", "b1[0]", (_DE_DC, _DE_DC)),)),
            # \colon=, TeX's careful :=
            ("colon-equals", r"c \colon= c - \eta \frac{\partial E}{\partial c}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("colon-equals-wrong", r"c \; \colon= c + \eta \frac{\partial E}{\partial c}", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_colon_alone_is_no_assignment():
    """``c \\colon c - ...``: TeX's colon without its equals sign says nothing check reads."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"c \colon c - \eta \frac{\partial E}{\partial c}")
