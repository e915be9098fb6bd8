"""Batch 107 of the public formulas showed general constructs misread or refused, each written here as another
author would (other names, other networks and numbers than the pages'):

- a worked sum of products in numbers with no name on the left (Singman's dot products, ``(0 \\times 0.674) + (0
  \\times -0.335) + (1 \\times -0.404) = -0.4047``): the weights rounded on the left, the value worked from the
  unrounded ones. The left side is a member of numbers like the result, each decimal carrying its rounding
  (docs/verdicts.md), and the two agree within both; a result off by more, a weight or a pairing of the inputs
  with the weights that is not the file's, stay wrong.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names. For a chain of numbers alone the twin lists
the left side as a member too (what it stands for, the unit's sum before its sigmoid), and check's one verdict
is right when the oracle finds every member right.
"""

from __future__ import annotations

import pytest

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

# one sigmoid unit, three inputs, no bias: the weights with eight decimals, the inputs 0 and 1 (a truth table's row)
_UNIT = ('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
         'weights = [[0.81234567, -0.26789012, 0.15432109]]')
NETWORKS = {f"dot-{row}": problem_text(_UNIT, loss="half_squared_error", extra=data_tables(f"[{x}]", "[1.0]"))
            for row, x in (("110", "1.0, 1.0, 0.0"), ("011", "0.0, 1.0, 1.0"))}
CHECKS = CaseChecks(NETWORKS)
# the inputs and the prediction, the sums unnamed
DOT_NOTATION = r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"p" = "a1[0]"
'''


def _chain(key: str, network: str, left: str, twin_left: str, result: str, expected: tuple) -> Public:
    """A chain of numbers alone, its left side and its result each a member the oracle judges as the sum z1[0]."""
    return Public(key, "test", network, DOT_NOTATION, f"$${left} = {result}$$", expected,
                  (Twin("value", "z1[0]", (f"={twin_left}", f"={result}")),))


_CHAINS = (
    # 0.812 - 0.268 = 0.544 as written; the true sum 0.54445555 is 0.5445: the left side's rounding covers it
    _chain("dot-rounded-weights", "dot-110", r"(1 \times 0.812) + (1 \times -0.268) + (0 \times 0.154)",
           "(1*0.812) + (1*-0.268) + (0*0.154)", "0.5445", ((C, C),)),
    _chain("dot-rounded-weights-plain", "dot-011", "0*0.812 + 1*(-0.268) + 1*0.154", "0*0.812 + 1*(-0.268) + 1*0.154",
           "-0.1136", ((C, C),)),
    # the result off by more than both sides' rounding
    _chain("dot-result-off-wrong", "dot-110", r"(1 \times 0.812) + (1 \times -0.268) + (0 \times 0.154)",
           "(1*0.812) + (1*-0.268) + (0*0.154)", "0.5545", ((C, W),)),
    # a weight that is not the file's, the result the true one
    _chain("dot-wrong-weight", "dot-110", r"(1 \times 0.812) + (1 \times -0.286) + (0 \times 0.154)",
           "(1*0.812) + (1*-0.286) + (0*0.154)", "0.5445", ((W, C),)),
    # the inputs paired with the weights in another order (the row read backwards)
    _chain("dot-wrong-order", "dot-110", r"(0 \times 0.812) + (1 \times -0.268) + (1 \times 0.154)",
           "(0*0.812) + (1*-0.268) + (1*0.154)", "0.5445", ((W, C),)),
)


@pytest.mark.parametrize("case", _CHAINS, ids=lambda case: case.key)
def test_the_oracle_gives_the_chains_verdicts(case):
    assert oracle_verdicts(case, CHECKS.problem(case)) == case.expected


@pytest.mark.parametrize("case", _CHAINS, ids=lambda case: case.key)
def test_check_calls_a_chain_of_numbers_right_when_every_member_is(case):
    verdict = "correct" if all(member == C for member in case.expected[0]) else "wrong"
    assert CHECKS.verdicts(case) == ((verdict,),)


def test_a_copy_of_a_weight_on_the_left_is_exact():
    """A number the file writes with all its digits, on the left side too, is a copy and carries nothing: the
    result must then be the copy's own arithmetic within the result's rounding alone."""
    case = Public("copy", "test", "dot-110", DOT_NOTATION, r"$$1 \times 0.81234567 = 0.8126$$", ((W,),))
    assert CHECKS.verdicts(case) == (("wrong",),)
    case = Public("copy", "test", "dot-110", DOT_NOTATION, r"$$1 \times 0.81234567 = 0.8123$$", ((C,),))
    assert CHECKS.verdicts(case) == (("correct",),)
