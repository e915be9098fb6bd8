"""The rules for members written in numbers (docs/notation.md, "A number under a symbol", "A number the
file writes", and update rows): each right and wrong, every true value from PyTorch autograd or exact
fractions, never from the code under test.

- a number equal to one the file writes is a copy of it, exact: none lends its half unit to the rest
  (``w_o = 1.0 - 0.1(-0.31737)`` passed for the update 1.0217 when the copied 1.0 carried 0.05);
- in an update row ``c ± rate G`` the current value and the rate are the file's and G is the gradient,
  judged as that quantity to its digits, the hint naming it; in a step ``rate G`` G's numbers are the
  gradient's, rounded, even where one equals a number the file writes (seed 004);
- numbers are aligned only with a symbolic member judged correct.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from number_oracle import _file_truth
from seed_verbatim import ENTRIES, problem

torch = pytest.importorskip("torch")

# batch 16's worked example: x = 1.0 -> sigmoid (w_h = 0.5) -> sigmoid (w_o = 1.0), y = 1, cross-entropy
CHAIN = """
[[layer]]
inputs = 1
units = 1
activation = "sigmoid"
bias = "none"
weights = [[0.5]]
[[layer]]
units = 1
activation = "sigmoid"
bias = "none"
weights = [[1.0]]
[loss]
name = "binary_cross_entropy"
[data]
x = [[1.0]]
y = [[1.0]]
[update]
learning_rate = 0.1
"""
CHAIN_NOTATION = r'''
[notation]
learning_rate = ["\\alpha"]
[notation.symbols]
"w_{h}" = "W1[0, 0]"
"w_{o}" = "W2[0, 0]"
"a_{h}" = "a1[0]"
"z_{o}" = "z2[0]"
'''

# the one-unit identity network: net = 0.5 * 3.0 + 0.25 = 1.75
IDENTITY = """
[[layer]]
inputs = 1
units = 1
activation = "identity"
weights = [[0.5]]
biases = [0.25]
[loss]
name = "squared_error"
[data]
x = [[3.0]]
y = [[1.0]]
[update]
learning_rate = 0.1
"""
IDENTITY_NOTATION = '''
[notation.symbols]
"inp" = "x[0]"
"weight" = "W1[0, 0]"
"bias" = "b1[0]"
"net" = "z1[0]"
'''


def _chain_truth() -> tuple[float, float, float]:
    """(a_h, dL/dw_o, the new w_o) by PyTorch autograd."""
    w_h = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
    w_o = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
    a_h = torch.sigmoid(w_h * 1.0)
    a_o = torch.sigmoid(w_o * a_h)
    loss = -torch.log(a_o)  # y = 1
    gradient = torch.autograd.grad(loss, w_o)[0].item()
    return a_h.item(), gradient, 1.0 - 0.1 * gradient


A_H, GRADIENT, NEW = _chain_truth()


def test_the_oracle_numbers_the_cases_rest_on():
    assert abs(GRADIENT - (-0.21737)) < 1e-5 and abs(NEW - 1.021737) < 1e-6
    assert abs(A_H - 0.622459) < 5e-7


def _judge(tmp_path, network: str, notation: str, text: str):
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    result = check_homework(parse_problem(network, "<test>"), text, notation=str(path))
    return [(step.verdict, step.detail) for claim in result.claims for step in claim.steps]


@pytest.mark.parametrize("row, verdict, why", [
    ("w_o = 1.0 - 0.1(-0.21737)", "correct", "the page's row: 1.0217 is the new value"),
    ("w_o = 1.0 - 0.1(-0.2)", "correct", "-0.2 is dL/dw_o rounded to one digit (|-0.2 - GRADIENT| < 0.05)"),
    ("w_o = 1.0 - 0.1(-0.31737)", "wrong", "a wrong gradient: 1.0317 against 1.0217"),
    ("w_o = 1.0 - 0.1(-0.3)", "wrong", "-0.3 is not -0.217 to one digit"),
    ("w_o = 1.0 - 0.1(-0.25)", "wrong", "-0.25 is not -0.217 to two digits"),
    ("w_o = 1.0 + 0.1(-0.21737)", "wrong", "+ for -: 0.9783"),
    ("w_o = 1.0 - 0.1(0.21737)", "wrong", "the gradient's sign: 0.9783"),
    ("w_o = 1.0 - 0.2(-0.21737)", "wrong", "a wrong rate: not an update row, and 1.0435 is not w_o = 1.0"),
    ("w_o = 1.0 - 0.1(-0.21737) \\\\ w_o = 1.0 + 0.06", "wrong", "after the row, the new value 1.06 is not 1.0217"),
    ("w_o = 1.0 - 0.1(-0.21737) \\\\ w_o = 1.0 + 0.02174", "correct", "the step 0.02174 is 0.1 x 0.21737"),
    ("w_o = 0.5 - 0.1(-0.21737)", "wrong", "w_h's value for w_o's"),
])
def test_an_update_row_in_numbers_is_judged_with_the_file_s_rate_and_current_value_exact(tmp_path, row, verdict, why):
    steps = _judge(tmp_path, CHAIN, CHAIN_NOTATION, row)
    assert steps[-1][0] == verdict, (why, steps)
    if row.endswith("0.02174"):
        assert abs(Fraction("1.0") + Fraction("0.02174") - Fraction(NEW)) < Fraction(1, 10 ** 5)


def test_the_hint_names_the_gradient_the_row_s_factor_stands_for(tmp_path):
    (verdict, detail), = _judge(tmp_path, CHAIN, CHAIN_NOTATION, "w_o = 1.0 - 0.1(-0.31737)")
    assert verdict == "wrong"
    assert detail.startswith(f"-0.31737 is dL/dw_o, which is {GRADIENT:.6g}"), detail
    (verdict, detail), = _judge(tmp_path, CHAIN, CHAIN_NOTATION, "w_o = 1.0 + 0.1(-0.21737)")
    assert verdict == "wrong" and detail.startswith(f"-0.21737 is -dL/dw_o, which is {-GRADIENT:.6g}"), detail


@pytest.mark.parametrize("text, verdict", [
    (r"z_o = 1.0 \cdot 0.66", "wrong"),    # 0.66 is not a_h = 0.6225 to two digits; 1.0 once lent it 0.05
    (r"z_o = 1.0 \cdot 0.62", "correct"),  # a_h rounded to two digits, times the copied w_o
    (r"z_o = 1.0 \cdot 0.6", "correct"),   # to one digit
])
def test_a_number_the_file_writes_is_copied_exactly(tmp_path, text, verdict):
    rounded = Fraction(text.split()[-1])
    unit = Fraction(1, 10 ** len(text.split()[-1].split(".")[1]))
    assert (abs(rounded - Fraction(A_H)) <= unit / 2) == (verdict == "correct")  # z_o = 1.0 a_h exactly
    assert _judge(tmp_path, CHAIN, CHAIN_NOTATION, text)[0][0] == verdict


@pytest.mark.parametrize("text, verdicts", [
    # the member before is wrong (- for +): its numbers are the true net written out, judged unaligned
    ("net = weight * inp - bias = 0.5 * 3.0 + 0.25 = 1.75", ("wrong", "correct", "correct")),
    ("net = weight * inp - bias = 0.5 * 3.0 - 0.25", ("wrong", "wrong")),
    ("net = weight * inp + bias = 0.5 * 3.0 + 0.25 = 1.75", ("correct", "correct", "correct")),
    ("net = weight * inp + bias = 0.5 * 3.0 + 0.5", ("correct", "wrong")),
])
def test_numbers_are_aligned_only_with_a_member_judged_correct(tmp_path, text, verdicts):
    exact = {"0.5 * 3.0 + 0.25": Fraction(7, 4), "0.5 * 3.0 - 0.25": Fraction(5, 4), "0.5 * 3.0 + 0.5": Fraction(2)}
    true_net = Fraction("0.5") * Fraction("3.0") + Fraction("0.25")
    member = text.split(" = ")[2]
    assert (exact[member] == true_net) == (verdicts[1] == "correct")
    steps = _judge(tmp_path, IDENTITY, IDENTITY_NOTATION, text)
    assert tuple(verdict for verdict, _ in steps) == verdicts, steps
    if member == "0.5 * 3.0 + 0.5":  # after a correct member, the number is named as what it stands for
        assert steps[1][1].startswith("0.5 is bias, which is 0.25"), steps[1][1]


@pytest.mark.parametrize("entry_value, verdict", [("1.25", "correct"), ("1.5", "wrong"), ("1.3", "wrong")])
def test_a_step_s_gradient_is_worked_not_copied(entry_value, verdict):
    """Seed 004's Delta W = 0.2 [summed gradient]: its 8.87, 1.25 ... equal the file's inputs but are the
    gradient's entries (to 1e-8), rounded; a wrong entry is wrong, the rate 0.2 lending it nothing."""
    entry = next(entry for entry in ENTRIES if entry.key == "004-step-chain")
    true_entry = float(_file_truth(problem(entry.network), entry.twins[0])[2][1]) / 0.2  # torch autograd
    assert (abs(Fraction(entry_value) - Fraction(true_entry)) <= Fraction(1, 200)) == (verdict == "correct")
    text = entry.text.replace("8.87 & 1.25", f"8.87 & {entry_value}", 1).split("$$\n\n$$= \\begin{bmatrix} -0.854")[0]
    result = check_homework(problem(entry.network), text, notation=entry.notation)
    assert result.claims[0].steps[1].verdict == verdict, result.claims[0].steps[1].detail


_NO_DATA = """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
weights = [[0.1, 0.3], [-0.2, 0.4]]
biases = [0.1, -0.1]

[[layer]]
units = 1
activation = "sigmoid"
weights = [[0.5, -0.3]]
biases = [0.0]

[loss]
name = "half_squared_error"
"""


@pytest.mark.parametrize("text", ["dn = 2", "q = 0.1", "h = 0.5"])
def test_a_number_for_an_error_term_on_a_file_without_numbers_is_refused_in_one_line(tmp_path, text):
    """A value claim needs the file's numbers; for an error term (the notation's name for delta1[0]) the
    question whether its true value is one constant took the delta unexpanded and failed reading it."""
    notation = '[notation.symbols]\n"dn" = "delta1[0]"\n"q" = "delta2[0]"\n"h" = "a1[0]"\n'
    with pytest.raises(FormulaError, match=r"is a number, judged at the file's numbers, and this file has none"):
        _judge(tmp_path, _NO_DATA, notation, text)
