"""Two constructs found this session by the helpers, each a formula read wrong, and written here as other
authors would. 1. NumPy's axis sums of a transposed row where the notation lays its samples out as rows (its weights input-first,
``"Wt" = "W1[:, :].T"``): a vector the notation names whole (a 1-D array) is the one sample's row there, and an
axis sum turns it so; but a name whose meaning is a row written ``.T`` (``"drow" = "grad(z1[:]).T"``), transposed
again in the code, is a real 2-D column: ``np.sum(drow.T, axis=0)`` adds its units into one number (a bias's
gradient summed over the units: a wrong formula fix139 found called correct), ``axis=1`` keeps each.

2. Fortran's and MATLAB's updates of an entry in parentheses of a vector the notation names whole (batch 142's
``b_hidden(j) = b_hidden(j) + learning_rate * delta_hidden(j)`` beside ``"hidden(j)" = "a1[j-1]"``, and
``b_output(1) = ...`` of a layer of one unit): read as the vector written with an input, the step was judged as an
equality, a right update called wrong. Where the statement's own names count the letter from 0 (none of its calls is
one a pattern names), the entries pair as code's brackets do; the one entry of a layer of one unit is the entry
whether the language counts from 0 or from 1; any other number, or a letter a pattern of the statement counts from
1, is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"softmax-2-3": SOFTMAX_2_3, "sigmoid-2-2-1": SIGMOID_2_2_1})

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


# a Fortran program's names: the biases and error terms named whole, the hidden outputs and inputs by patterns
# counting from 1 (d_out and d_hid the deltas, dE/dz: the update subtracts them)
_FORTRAN = r'''
[notation]
indices = "jk"
[notation.symbols]
"inp(k)" = "x[k-1]"
"h(j)" = "a1[j-1]"
"d_out" = "delta2[:]"
"d_hid" = "delta1[:]"
"bias_hid" = "b1[:]"
"bias_out" = "b2[:]"
'''
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
_J2 = ({"j": 0}, {"j": 1})


def _fortran_cases() -> list[Public]:
    return [Public(key, "test", "sigmoid-2-2-1", _FORTRAN, text, expected, (twin,))
            for key, text, expected, twin in (
                ("hidden-bias", "bias_hid(j) = bias_hid(j) - eta * d_hid(j)", ((C,),),
                 Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J2)),
                ("hidden-bias-sign-wrong", "bias_hid(j) = bias_hid(j) + eta * d_hid(j)", ((W,),),
                 Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_D1}",), _J2)),
                ("output-bias", "bias_out(1) = bias_out(1) - eta * d_out(1)", ((C,),),
                 Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",))),
                ("output-bias-rate-wrong", "bias_out(1) = bias_out(1) - d_out(1)", ((W,),),
                 Twin("update", "b2[0]", (f"b2[0] - {_D2}",))),
                ("output-bias-from-0", "bias_out(0) = bias_out(0) - eta * d_out(0)", ((C,),),
                 Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",))),
                # h(j) counts j from 1 and the statement has no language's marks (Fortran's), so bias_hid(j) is entry
                # j-1 too (fix142left; refused before): the slip, the hidden output as a factor, is called wrong
                ("hidden-bias-times-input-wrong", "bias_hid(j) = bias_hid(j) - eta * d_hid(j) * h(j)", ((W,),),
                 Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}*a1[{{j}}]",), _J2)))]


CASES = _cases() + _fortran_cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", ["db = np.sum(drow, axis=1)", "db = np.sum(drow.T, axis=0)",
                                  "db = np.sum(drow.T, axis=0, keepdims=True)"])
def test_a_sum_over_the_units_is_never_the_bias_gradient(text):
    # NumPy's sum of the 1 x 3 row over axis 1, or of its 3 x 1 column over axis 0, is one number where the
    # bias's gradient has three entries (it was called correct for the column: its sum taken as the sample's)
    assert "is 1 x 1 where the left side is 3 x 1" in CHECKS.refused("softmax-2-3", _ROWS, text)


@pytest.mark.parametrize("text", ["bias_hid(1) = bias_hid(1) - eta * d_hid(1)"])
def test_an_entry_in_parentheses_nothing_counts_is_refused(text):
    # a number on a layer of two units (Fortran's first, or Scala's second?) beside entries named whole: nothing says
    # which entry; before, the step was judged as an equality and called wrong
    message = CHECKS.refused("sigmoid-2-2-1", _FORTRAN, text)
    assert "which the notation names whole, written in parentheses" in message
    assert "write the statement of the whole vector (bias_{hid} = ...)" in message
