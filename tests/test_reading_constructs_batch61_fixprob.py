"""The pages of batch 61 of the public formulas showed, written here as other authors would (other names, other
networks than the pages'): a row times a matrix inside a function, ``\\mathrm{softmax}(x V + c)`` where the notes
write vectors as rows (samples as rows, V input-first), read inside the function as it is read outside it. What
stays refused: the rows' product whose shape is not the left side's, ``(\\mathrm{softmax}(x V + c) - t) x``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"softmax-2-3": SOFTMAX_2_3}
CHECKS = CaseChecks(NETWORKS)

# x the input row, V input-first (2 x 3), c the bias row, p the softmax's output, t the one-hot target
_ROWS_NOTATION = r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "x[:]"
"V" = "W1[:, :].T"
"c" = "b1[:]"
"p" = "a1[:]"
"t" = "t[:]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_KJ = tuple({"k": k, "j": j} for k in range(3) for j in range(2))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a row times a matrix inside softmax, as the forward line outside it reads
            ("rows-in-softmax", r"\frac{\partial L}{\partial c} = \mathrm{softmax}(x V + c) - t", ((C,),),
             (Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _K3),)),
            ("rows-in-softmax-wrong", r"\frac{\partial L}{\partial c} = t - \mathrm{softmax}(x V + c)", ((W,),),
             (Twin("gradient", "b1[{k}]", ("t[{k}] - a1[{k}]",), _K3),)),
            ("rows-in-softmax-outer", r"\frac{\partial L}{\partial V} = x^T (\operatorname{softmax}(xV + c) - t)",
             ((C,),), (Twin("gradient", "W1[{k},{j}]", ("x[{j}]*(a1[{k}] - t[{k}])",), _KJ),)),
            ("rows-in-softmax-outer-wrong", r"\frac{\partial L}{\partial V} = x^T (t - \operatorname{softmax}(xV + c))",
             ((W,),), (Twin("gradient", "W1[{k},{j}]", ("x[{j}]*(t[{k}] - a1[{k}])",), _KJ),)),
            ("rows-forward", r"p = \mathrm{softmax}(x V + c)", ((C,),),
             (Twin("value", "a1[{k}]", ("a1[{k}]",), _K3),))):
        cases.append(Public(key, "test", "softmax-2-3", _ROWS_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_two_rows_multiplied_stay_refused():
    """``(\\mathrm{softmax}(x V + c) - t) x``: two rows side by side have no product of V's shape."""
    CHECKS.refused("softmax-2-3", _ROWS_NOTATION, r"\frac{\partial L}{\partial V} = (\mathrm{softmax}(x V + c) - t) x")
