"""The pages of batch 78 of the public formulas showed constructs of general writing refused, each written here as
another author would (other names, other networks than the pages'): a braced base before its subscript, ``{v}_1``
(TeX's spare group around a name), in a derivative's denominator as anywhere.

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

_I2 = ({"i": 0}, {"i": 1})


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a braced base before its subscript: the name v_1, in a denominator and on a left side
            ("braced-base-denominator", r"\frac{\partial E}{\partial {v}_1} = (h - t)(1 - h^2) x_1", ((C,),),
             (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),)),
            ("braced-base-denominator-wrong", r"\frac{\partial E}{\partial {v}_i} = (h - t) x_i", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),)),
            ("braced-base-left-side", r"{v}_2 \leftarrow {v}_2 - \eta \frac{\partial E}{\partial {v}_{2}}", ((C,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
