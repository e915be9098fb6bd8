"""NumPy's axis sums of a transposed row where the notation lays its samples out as rows (its weights input-first,
``"Wt" = "W1[:, :].T"``): a vector the notation names whole (a 1-D array) is the one sample's row there, and an
axis sum turns it so; but a name whose meaning is a row written ``.T`` (``"drow" = "grad(z1[:]).T"``), transposed
again in the code, is a real 2-D column: ``np.sum(drow.T, axis=0)`` adds its units into one number (a bias's
gradient summed over the units: a wrong formula fix139 found called correct), ``axis=1`` keeps each.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"softmax-2-3": SOFTMAX_2_3})

# a softmax classifier's code with its samples as rows; drow the output's gradient written as a row
_ROWS = r'''
[notation]
[notation.symbols]
"Wt" = "W1[:, :].T"
"dlogits" = "grad(z1[:])"
"drow" = "grad(z1[:]).T"
"db" = "grad(b1[:])"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_ALL = "a1[0] + a1[1] + a1[2] - t[0] - t[1] - t[2]"


def _cases() -> list[Public]:
    return [Public(key, "test", "softmax-2-3", _ROWS, text, expected, (Twin("gradient", "b1[{k}]", (twin,), _K3),))
            for key, text, expected, twin in (
                # the row's transpose, a column: axis 1 keeps each entry (right); axis 0 adds them (below)
                ("column-axis1", "db = np.sum(drow.T, axis=1)", ((C,),), "a1[{k}] - t[{k}]"),
                ("column-axis1-wrong", "db = np.sum(drow.T, axis=1) * 2", ((W,),), "2*(a1[{k}] - t[{k}])"),
                # the row itself: axis 0 over its one sample keeps it, axis 1 adds its units
                ("row-axis0", "db = np.sum(drow, axis=0)", ((C,),), "a1[{k}] - t[{k}]"),
                # a vector named whole (a 1-D array, the sample's row): as before
                ("vector-axis0", "db = np.sum(dlogits, axis=0)", ((C,),), "a1[{k}] - t[{k}]"),
                ("vector-axis1-wrong", "db = np.sum(dlogits, axis=1)", ((W,),), _ALL))]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", ["db = np.sum(drow, axis=1)", "db = np.sum(drow.T, axis=0)",
                                  "db = np.sum(drow.T, axis=0, keepdims=True)"])
def test_a_sum_over_the_units_is_never_the_bias_gradient(text):
    # NumPy's sum of the 1 x 3 row over axis 1, or of its 3 x 1 column over axis 0, is one number where the
    # bias's gradient has three entries (it was called correct for the column: its sum taken as the sample's)
    assert "is 1 x 1 where the left side is 3 x 1" in CHECKS.refused("softmax-2-3", _ROWS, text)
