"""QA helper qa60 (issue 13): three leniencies the last session measured, each decided with an independent oracle.

1. PyTorch's ``d.unsqueeze(0)`` (NumPy's ``d[None, :]``) of a 1-D gradient, where the left side is a bias whose layout
   the notation declares (a column beside output-first weights, z = W a + b; a row where it names vectors as rows):
   it was read entry by entry, as a vector in the other orientation is, and called correct. PyTorch's own result is a
   1 x n row for the n x 1 column (and ``b - lr * d[None, :]`` an n x n matrix): wrong now; refused where the
   notation declares no layout (the row is right for a page of rows).
2. ``\\sum_c`` of a column whose letter indexes nothing (fixmat40's rows refusal left columns): measured, no wrong
   formula called correct (see test_a_sum_over_nothing_of_a_column_is_never_a_wrong_formula_called_correct).
3. Input-first weights whose vectors are named as columns (the layout undeclared): measured in the batches (the
   report's count); see the tests below.

Every verdict asserted is the oracle's: PyTorch run on the formula as written, its value's shape and entries against
autograd's gradient of a bias laid out as the notation declares.
"""

from __future__ import annotations

import tomllib

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
