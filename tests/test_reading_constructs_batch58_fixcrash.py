"""Batch 58 of the public formulas crashed or misread where a formula's text met a pattern of check's own, each
written here as another author would (other names, other networks than the pages'): an index letter written as a
command, ``\\ell`` in ``w_{j\\ell}``, read as the notation's l (it crashed where check built a regular expression
of the letter unescaped).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-3": SIGMOID_2_3,
}
CHECKS = CaseChecks(NETWORKS)

# a layer's letters counted from 1: v_{j l} the weight from input l to hidden unit j, s_j its sum, x_l the inputs
_FROM_ONE = r'''
[notation]
indices = "jl"
[notation.symbols]
"x_{l}" = "x[l-1]"
"v_{jl}" = "W1[j-1, l-1]"
"c_{j}" = "b1[j-1]"
"s_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_JL = tuple({"j": j, "l": l} for j in range(3) for l in range(2))
_DZ = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # \ell, the script l, as the index letter l: in a subscript beside another letter and alone
            ("ell-sum", r"s_j = \sum_{\ell} v_{j\ell} \cdot x_\ell + c_j", ((C,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),)),
            ("ell-sum-wrong", r"s_j = \sum_{\ell} v_{j\ell} \cdot x_\ell", ((W,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),)),
            ("ell-chain", r"\frac{\partial E}{\partial v_{j\ell}} = \frac{\partial E}{\partial s_j} \cdot "
             r"\frac{\partial s_j}{\partial v_{j\ell}}", ((C,),),
             (Twin("gradient", "W1[{j},{l}]", (_DZ + "*x[{l}]",), _JL),)),
            ("ell-gradient-wrong", r"\frac{\partial E}{\partial v_{j\ell}} = \frac{\partial E}{\partial s_j}", ((W,),),
             (Twin("gradient", "W1[{j},{l}]", (_DZ,), _JL),))):
        cases.append(Public(key, "test", "sigmoid-2-3", _FROM_ONE, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
