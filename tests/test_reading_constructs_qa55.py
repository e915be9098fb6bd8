"""Two lenient readings the last session's QA measured, each a wrong formula called correct (no held-out entry yet):

- a whole gradient in both orientations: on a notation whose weights are input-first and whose vectors are named as
  columns (notation.rows_held_as_columns), ``dW1 = x @ delta1.T`` and ``dW1 = delta1 @ x.T`` were both called
  correct, the second (W1's own layout, not the notation's dW1) turned back. A name given a whole matrix's gradient
  keeps its layout (qa53's rule): it is turned back now only where the member read with the vectors as rows is its
  transpose (code whose samples are rows, batch 57's ``np.transpose(X2) * dJ_dZ2``); ``delta1 @ x.T``,
  ``np.outer(delta1, x)`` are refused for their shape, wrong where the matrix is square (the oracle's verdict);
- the derivative by a transposed name, code's ``dL/dZ2.T`` ((dL/dZ2).T, read as dL/d(Z2^T), the column), was read
  as the sample's row on a notation whose samples are rows, so ``np.sum(dL/dZ2.T, axis=0)`` (a sum over the units)
  kept the vector and was called correct. It is a real column now, as ``dZ2.T`` is: its axis-0 sum adds the units,
  refused for its shape; and where a one-unit layer makes each sample's units one number, a sum on the units' axis
  (the samples' sum too at the one sample check judges at, not at any other count) is refused naming the axis.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-2-1": SIGMOID_2_2_1})

# input-first weights (x W), the vectors named as the notation's columns: the code's rows held as columns
_HELD = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:]"
"a1" = "a1[:]"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"delta1" = "grad(z1[:])"
"delta2" = "grad(z2[:])"
"dW1" = "grad(W1[:, :]).T"
"dW2" = "grad(W2[:, :]).T"
'''
# samples as rows (Z2 is N x n2), the loss L, its derivatives written dL/dZ2 and d-names dZ2
_ROWS = r'''
[notation]
learning_rate = ["lr"]
loss = ["L"]
[notation.symbols]
"A1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b2" = "b2[:].T"
"Z2" = "z2[:].T"
"dZ2" = "grad(z2[:]).T"
"db2" = "grad(b2[:]).T"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D2_AT_J = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_D2_ONE = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D2_UNITS = "(a2[0] - y[0])*a2[0]*(1 - a2[0]) + (a2[1] - y[1])*a2[1]*(1 - a2[1])"  # the output's units added
_D1 = "(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))*a1[{j}]*(1 - a1[{j}])"
_KJ = index_grid(k=2, j=3)
_KJ2 = index_grid(k=2, j=2)
_JI = index_grid(j=3, i=2)
_K2 = index_grid(k=2)


def _cases() -> list[Public]:
    return [
        # ---- a whole gradient in the notation's layout (input-first, n_in x n_out) ----------------------------------
        Public("held-outer", "test", "sigmoid-2-3-2", _HELD, "dW2 = a1 @ delta2.T", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _KJ),)),
        Public("held-outer-wrong", "test", "sigmoid-2-3-2", _HELD, "dW2 = a1 @ (2 * delta2.T)", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"2*{_D2}*a1[{{j}}]",), _KJ),)),
        Public("held-np-outer", "test", "sigmoid-2-3-2", _HELD, "dW1 = np.outer(x, delta1)", ((C,),),
               (Twin("gradient", "W1[{j},{i}]", (f"{_D1}*x[{{i}}]",), _JI),)),
        # batch 57's broadcast of the code's rows, turned back as before
        Public("held-rows-broadcast", "test", "sigmoid-2-3-2", _HELD, "dW2 = np.transpose(a1) * delta2", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _KJ),)),
        # W2's own layout where W2 is square: another matrix, wrong (it was wrong before too: no turn of a square)
        Public("held-own-layout-square-wrong", "test", "sigmoid-2-2-2", _HELD, "dW2 = delta2 @ a1.T", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"a1[{{k}}]*{_D2_AT_J}",), _KJ2),)),
        Public("held-np-outer-square-wrong", "test", "sigmoid-2-2-2", _HELD, "dW2 = np.outer(delta2, a1)", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"a1[{{k}}]*{_D2_AT_J}",), _KJ2),)),
        # ---- a bias's gradient as the sum over the samples ---------------------------------------------------------
        Public("rows-sum-samples", "test", "sigmoid-2-3-2", _ROWS, "dL/db2 = np.sum(dL/dZ2, axis=0)", ((C,),),
               (Twin("gradient", "b2[{k}]", (_D2,), _K2),)),
        Public("rows-sum-samples-keepdims", "test", "sigmoid-2-3-2", _ROWS,
               "dL/db2 = np.sum(dL/dZ2, axis=0, keepdims=True)", ((C,),), (Twin("gradient", "b2[{k}]", (_D2,), _K2),)),
        Public("rows-sum-transposed-axis-1", "test", "sigmoid-2-3-2", _ROWS, "dL/db2 = np.sum(dL/dZ2.T, axis=1)",
               ((C,),), (Twin("gradient", "b2[{k}]", (_D2,), _K2),)),
        Public("rows-sum-samples-wrong", "test", "sigmoid-2-3-2", _ROWS, "dL/db2 = 2 * np.sum(dL/dZ2, axis=0)",
               ((W,),), (Twin("gradient", "b2[{k}]", (f"2*{_D2}",), _K2),)),
        Public("rows-d-name-sum", "test", "sigmoid-2-2-1", _ROWS, "db2 = np.sum(dZ2, axis=0)", ((C,),),
               (Twin("gradient", "b2[0]", (_D2_ONE,)),)),
        Public("rows-d-name-sum-wrong", "test", "sigmoid-2-2-1", _ROWS, "db2 = -np.sum(dZ2, axis=0)", ((W,),),
               (Twin("gradient", "b2[0]", (f"-{_D2_ONE}",)),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

_SHAPE = "where the left side is"


def test_a_whole_gradient_in_its_matrix_own_layout_is_refused_for_its_shape():
    """delta1 @ x.T is 3 x 2 where the notation's dW1 (input-first) is 2 x 3: read with rows its sizes do not fit, so
    it is no product of rows held as columns; it was turned back and called correct. Refused, as are its neighbours."""
    for text in ("dW1 = delta1 @ x.T", "dW1 = np.outer(delta1, x)", "dW1 = np.dot(delta1, x.T)", "dW1 = delta1 * x.T",
                 "dW2 = delta2 @ a1.T", "dW2 = delta2 @ np.transpose(a1)"):
        assert _SHAPE in CHECKS.refused("sigmoid-2-3-2", _HELD, text), text
    # its size named (on the square network that orientation is wrong: the cases' held-own-layout-square-wrong)
    assert "is 3 x 2 where the left side is 2 x 3" in CHECKS.refused("sigmoid-2-3-2", _HELD, "dW1 = delta1 @ x.T")


def test_a_sum_over_the_units_of_a_transposed_derivative_is_refused():
    """np.sum(dL/dZ2.T, axis=0) adds each sample's two units into one number: wrong (the oracle, its twin the units'
    sum for every entry); read as the sample's row it was the vector itself, called correct. Refused for its shape,
    in every spelling of the sum and the transpose."""
    wrong = Public("rows-sum-units", "test", "sigmoid-2-3-2", _ROWS, "dL/db2 = sum(dL/dZ2.T, axis=0)", ((W,),),
                   (Twin("gradient", "b2[{k}]", (_D2_UNITS,), _K2),))
    assert oracle_verdicts(wrong, CHECKS.problem(wrong)) == ((W,),)
    assert "is 1 x 1 where the left side is 1 x 2" in CHECKS.refusal(wrong)
    for text in ("dL/db2 = np.sum(dL/dZ2.T, axis=0)", "dL/db2 = np.sum(dL/dZ2.T, axis=0, keepdims=True)",
                 "dL/db2 = torch.sum(dL/dZ2.t(), 0)", "dL/db2 = np.mean(dL/dZ2.T, axis=0)",
                 "dL/db2 = np.sum(np.transpose(dL/dZ2), axis=0)", "dL/db2 = np.sum(dL/dZ2, axis=1)",
                 "db2 = np.sum(dZ2.T, axis=0)", "db2 = dZ2.T.sum(axis=0)", "db2 = torch.sum(dZ2.t(), 0)"):
        assert _SHAPE in CHECKS.refused("sigmoid-2-3-2", _ROWS, text), text


def test_a_sum_on_the_units_axis_of_a_one_unit_layer_is_refused_though_its_numbers_agree():
    """On a one-unit output at one sample the units' sum and the samples' sum are the same number (the oracle calls
    the units' sum correct there), but at any other count of samples the units' sum is one number per sample, no
    bias's gradient: refused naming the axis, where the samples' axis reads (the cases' rows-d-name-sum)."""
    units = Public("rows-one-unit", "test", "sigmoid-2-2-1", _ROWS, "dL/db2 = sum(dL/dZ2.T, axis=0)", ((C,),),
                   (Twin("gradient", "b2[0]", (_D2_ONE,)),))
    assert oracle_verdicts(units, CHECKS.problem(units)) == ((C,),)
    assert "adds each sample's units (one here)" in CHECKS.refusal(units)
    for text in ("db2 = np.sum(dZ2.T, axis=0)", "db2 = np.sum(dZ2, axis=1)", "db2 = torch.sum(dZ2.t(), 0)",
                 "db2 = np.sum(dZ2.T, axis=0, keepdims=True)", "b2 = b2 - lr*np.sum(dZ2.T, axis=0)"):
        assert "adds each sample's units (one here)" in CHECKS.refused("sigmoid-2-2-1", _ROWS, text), text
