"""QA helper qa60 (issue 13): three leniencies the last session measured, each decided with an independent oracle.

1. PyTorch's ``d.unsqueeze(0)`` (NumPy's ``d[None, :]``) of a 1-D gradient, where the left side is a bias whose layout
   the notation declares (a column beside output-first weights, z = W a + b; a row where it names vectors as rows):
   it was read entry by entry, as a vector in the other orientation is, and called correct. PyTorch's own result is a
   1 x n row for the n x 1 column (and ``b - lr * d[None, :]`` an n x n matrix): wrong now; refused where the
   notation declares no layout (the row is right for a page of rows).
2. ``\\sum_c`` of a column whose letter indexes nothing (fixmat40's rows refusal left columns): measured, no wrong
   formula called correct (a column for a number left side, a loss or a shared bias, adds its entries, which is NumPy's
   np.sum); but for a left side of the column's shape it was read as the entries' one number, every entry's value,
   and the page's sum over the samples called wrong: refused now, as the row is.
3. Input-first weights whose vectors are named as columns (the layout undeclared): a whole gradient read in the one
   layout its products fit, rows only (``np.transpose(h) * d2``) or columns only (``h * d2.T``); each is right under
   its layout only (PyTorch). The batches' right formulas rely on it (batch 57's ``np.transpose(X2) * dJ_dZ2``), so a
   formula alone keeps it; the layout a member shows is held for its file, and the other refused.

Every verdict asserted is the oracle's: PyTorch run on the formula as written, its value's shape and entries against
autograd's gradient of a bias laid out as the notation declares.
"""

from __future__ import annotations

import tomllib

import numpy as np
import pytest
import torch

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2})

# the output layer's 1-D gradient d2 (PyTorch's own), its bias declared a column: output-first weights named whole
_COLUMNS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"W2" = "W2[:, :]"
"h" = "a1[:]"
"d2" = "grad(z2[:])"
"db2" = "grad(b2[:])"
"b2" = "b2[:]"
'''
# the same names on a page of rows: the bias and the gradient named as rows
_ROWS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"W2" = "W2[:, :].T"
"h" = "a1[:].T"
"d2" = "grad(z2[:]).T"
"db2" = "grad(b2[:]).T"
"b2" = "b2[:].T"
'''
# neither declared: no whole weights, no vector named a row
_UNDECLARED = r'''
[notation]
[notation.symbols]
"d2" = "grad(z2[:])"
"db2" = "grad(b2[:])"
'''
_LR = 0.1


def _pytorch(text: str, bias_shape: tuple) -> tuple:
    """The oracle: the network (2 inputs, 3 sigmoid units, 2 sigmoid outputs, the half squared error) in PyTorch at
    random values, the output bias of ``bias_shape``; ``text`` (``db2 = ...`` or ``b2 -= lr * ...``) run as written
    with d2 the 1-D gradient by the output's sums. ((verdict,),): correct where its value has the bias gradient's
    (or the stepped bias's) shape and entries."""
    torch.manual_seed(60)
    x, y = torch.rand(2, dtype=torch.float64), torch.rand(2, dtype=torch.float64)
    w1, b1 = torch.rand(3, 2, dtype=torch.float64), torch.rand(3, dtype=torch.float64)
    w2 = torch.rand(2, 3, dtype=torch.float64)
    b2 = torch.rand(*bias_shape, dtype=torch.float64, requires_grad=True)
    h = torch.sigmoid(w1 @ x + b1)
    z2 = (w2 @ h).reshape(bias_shape) + b2
    z2.retain_grad()
    (0.5 * ((torch.sigmoid(z2).flatten() - y) ** 2).sum()).backward()
    d2 = z2.grad.flatten()
    left, right = (side.strip() for side in text.replace("-=", "=").split("="))
    try:
        value = eval(right, {"d2": d2, "lr": _LR})  # noqa: S307 - the test's own formulas
    except RuntimeError:
        return (("wrong",),)
    truth = b2.grad if "-=" not in text else (b2 - _LR * b2.grad).detach()
    if "-=" in text:
        value = b2.detach() - value
    right_shape = value.shape == truth.shape and torch.allclose(value, truth)
    return (("correct" if right_shape else "wrong",),)


_COLUMN, _ROW = (2, 1), (1, 2)
CASES = [
    Public("unsqueeze-column", "test", "sigmoid-2-3-2", _COLUMNS, "db2 = d2.unsqueeze(1)", ((C,),)),
    Public("new-axis-column", "test", "sigmoid-2-3-2", _COLUMNS, "db2 = d2[:, None]", ((C,),)),
    Public("unsqueeze-row-for-column", "test", "sigmoid-2-3-2", _COLUMNS, "db2 = d2.unsqueeze(0)", ((W,),)),
    Public("new-axis-row-for-column", "test", "sigmoid-2-3-2", _COLUMNS, "db2 = d2[None, :]", ((W,),)),
    Public("step-column", "test", "sigmoid-2-3-2", _COLUMNS, "b2 -= lr * d2.unsqueeze(1)", ((C,),)),
    Public("step-row-for-column", "test", "sigmoid-2-3-2", _COLUMNS, "b2 -= lr * d2.unsqueeze(0)", ((W,),)),
    Public("unsqueeze-row", "test", "sigmoid-2-3-2", _ROWS, "db2 = d2.unsqueeze(0)", ((C,),)),
    Public("unsqueeze-column-for-row", "test", "sigmoid-2-3-2", _ROWS, "db2 = d2.unsqueeze(1)", ((W,),)),
    Public("new-axis-column-for-row", "test", "sigmoid-2-3-2", _ROWS, "db2 = d2[:, None]", ((W,),)),
]
_SHAPES = {"unsqueeze-row": _ROW, "unsqueeze-column-for-row": _ROW, "new-axis-column-for-row": _ROW}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.key)
def test_pytorch_gives_the_cases_verdicts(case):
    assert _pytorch(case.text, _SHAPES.get(case.key, _COLUMN)) == case.expected


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.key)
def test_check_gives_pytorchs_verdicts(case):
    assert CHECKS.verdicts(case) == case.expected


def test_the_wrong_verdict_says_what_pytorch_makes_of_the_step():
    """PyTorch's own broadcasting, which the wrong verdict's detail says: b2 (2 x 1) - lr * d2[None, :] is 2 x 2."""
    assert (torch.zeros(2, 1) - _LR * torch.ones(2)[None, :]).shape == (2, 2)
    notation = notation_from_table(tomllib.loads(_COLUMNS)["notation"], "<test>")
    step = check_homework(parse_problem(SIGMOID_2_3_2, "t"), "db2 = d2.unsqueeze(0)", notation=notation).claims[0].steps[0]
    assert step.verdict == W and "NumPy would broadcast the two into a 2 x 2 matrix" in step.detail


def test_a_new_axis_against_an_undeclared_layout_is_refused():
    """No whole weights and no row named: the row d2[None, :] is right for a page of rows (a bias (1, n)), wrong for
    one of columns; refused saying which declaration decides."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _UNDECLARED, "db2 = d2.unsqueeze(0)")
    assert "without declaring the layout" in refusal and '"u" = "a1[:].T"' in refusal
    assert CHECKS.verdicts(Public("k", "test", "sigmoid-2-3-2", _UNDECLARED, "db2 = d2.unsqueeze(1)")) == ((C,),)


# 3. input-first weights, the vectors named as columns: the page's layout undeclared
_INPUT_FIRST = r'''
[notation]
[notation.symbols]
"W2" = "W2[:, :].T"
"h" = "a1[:]"
"d2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :]).T"
'''
_BY_ROWS, _BY_COLUMNS = "dW2 = np.transpose(h) * d2", "dW2 = h * d2.T"


class _NumPyNames:
    """np.transpose for the formulas run by PyTorch."""
    transpose = staticmethod(lambda value: value.T)


def _right_under(text: str, rows: bool) -> bool:
    """The oracle: the output layer (3 inputs h, 2 sigmoid units, the half squared error) in PyTorch at random values,
    its weights input-first (3 x 2), the vectors rows (1 x n) or columns (n x 1); ``text`` run as written: whether
    its value has autograd's gradient's shape and entries."""
    torch.manual_seed(61)
    h, y = torch.rand(3, dtype=torch.float64), torch.rand(2, dtype=torch.float64)
    w2 = torch.rand(3, 2, dtype=torch.float64, requires_grad=True)
    b2 = torch.rand(2, dtype=torch.float64)
    z2 = h @ w2 + b2
    z2.retain_grad()
    (0.5 * ((torch.sigmoid(z2) - y) ** 2).sum()).backward()
    shape = (1, -1) if rows else (-1, 1)
    names = {"np": _NumPyNames, "h": h.reshape(shape), "d2": z2.grad.reshape(shape)}
    try:
        value = eval(text.split("=", 1)[1], names)  # noqa: S307 - the test's own formulas
    except RuntimeError:
        return False
    return value.shape == w2.grad.shape and bool(torch.allclose(value, w2.grad))


def test_each_layouts_gradient_is_right_under_its_layout_only():
    """PyTorch: np.transpose(h) * d2 is the gradient where the vectors are rows (a 3 x 2 outer product) and its
    transpose where they are columns (broadcast 2 x 3); h * d2.T the other way round."""
    assert _right_under(_BY_ROWS, rows=True) and not _right_under(_BY_ROWS, rows=False)
    assert _right_under(_BY_COLUMNS, rows=False) and not _right_under(_BY_COLUMNS, rows=True)


def test_a_file_holding_both_layouts_is_refused():
    """Alone, each is read in the one layout its products fit (the batches' pages rely on it: batch 57's
    np.transpose(X2) * dJ_dZ2); in one file, the first says the page's layout and the other is refused, naming the
    declaration that decides."""
    alone = [CHECKS.verdicts(Public(key, "test", "sigmoid-2-3-2", _INPUT_FIRST, text))
             for key, text in (("rows", _BY_ROWS), ("columns", _BY_COLUMNS))]
    assert alone == [((C,),), ((C,),)]
    for first, second in ((_BY_ROWS, _BY_COLUMNS), (_BY_COLUMNS, _BY_ROWS)):
        refusal = CHECKS.refused("sigmoid-2-3-2", _INPUT_FIRST, f"{first}\n{second}")
        assert "one of the two is wrong for the page" in refusal and '"u" = "a1[:].T"' in refusal
    same = CHECKS.verdicts(Public("same", "test", "sigmoid-2-3-2", _INPUT_FIRST, f"{_BY_ROWS}\n{_BY_ROWS}"))
    assert same == ((C,), (C,))


# 2. \sum_c of a column whose letter indexes nothing
_SUM_NOTATION = r'''
[notation]
[notation.symbols]
'\delta^{(2)}' = "grad(z2[:])"
"b^{(2)}" = "b2[:]"
"delta2" = "grad(z2[:])"
"db2" = "grad(b2[:])"
'''


def test_a_sum_over_nothing_of_a_column_of_the_left_sides_shape_is_refused():
    """\\sum_c \\delta^{(2)} for the bias column, c named nowhere: the sum over the samples (the column, right) or the
    column's entries (one number, a sum over the units); it was read as the entries' number, every entry's value, and
    the page's formula called wrong. As fixmat40's rows: refused, saying how to name c the sample letter."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _SUM_NOTATION, r"$\frac{\partial C}{\partial b^{(2)}} = \sum_c \delta^{(2)}$")
    assert "c indexes nothing in its term, a column" in refusal and "sample letter" in refusal


def test_numpys_sum_of_a_column_is_one_number_and_wrong_for_the_bias_column():
    """NumPy's own result: np.sum(delta2) of the one sample's column adds its units into one number, where the bias's
    gradient is the column itself; check calls it wrong, np.sum(delta2, axis=1) (the sum over the samples) correct."""
    delta2 = np.array([[0.25], [-0.5]])
    assert np.ndim(np.sum(delta2)) == 0 and np.sum(delta2, axis=1, keepdims=True).shape == (2, 1)
    assert CHECKS.verdicts(Public("sum", "test", "sigmoid-2-3-2", _SUM_NOTATION, "db2 = np.sum(delta2)")) == ((W,),)
    assert CHECKS.verdicts(Public("axis", "test", "sigmoid-2-3-2", _SUM_NOTATION,
                                  "db2 = np.sum(delta2, axis=1)")) == ((C,),)
