"""`backprop check` from the command line: exit statuses 0/1/2, and a counterexample whose numbers
hold up when recomputed by PyTorch autograd from the point the report prints.

tests/test_check_seeds.py judges the verdicts and hints of check_formula on 33 seed formulas; this
file is about what a student sees and what the shell sees.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from backprop.cli import main

torch = pytest.importorskip("torch")

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
REGRESSION = str(EXAMPLES / "seed000_regression.toml")      # 2-3-1: sigmoid hidden, identity output
CLASSIFICATION = str(EXAMPLES / "seed000_classification.toml")  # 2-3-3: sigmoid hidden, softmax output

# dL/dW1[0,0] of the regression network, L = (y - a2)^2, written by hand
RIGHT = "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"
RIGHT_REWRITTEN = "-2*x[0]*(y[0]-a2[0])*W2[0,0]*(a1[0]-a1[0]**2)"
HALF = "(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"


def check(capsys, *arguments) -> tuple[int, str, str]:
    status = main(["check", *arguments])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# RIGHT_REWRITTEN starts with a minus, which argparse would take for an option: the CLI must not.
@pytest.mark.parametrize("formula", [RIGHT, RIGHT_REWRITTEN])
def test_a_right_derivative_is_correct_with_exit_0(capsys, formula):
    status, out, err = check(capsys, REGRESSION, "--param", "W1[0,0]", "--formula", formula)
    assert (status, err) == (0, "")
    assert out.startswith("correct: ")
    # a smooth formula agreeing at every point: the numbers decide, no proof (agreement.py)
    assert "equal to the true dL/dW1[0,0], numerically: equal to 12 digits at 24 random points" in out
    assert "counterexample" not in out


def test_the_same_derivative_in_latex_is_correct(capsys):
    latex = r"2\left(a^{(2)}_0 - y_0\right) W^{(2)}_{0,0} a^{(1)}_0 (1 - a^{(1)}_0) x_0"
    status, out, _ = check(capsys, REGRESSION, "--param", "W1[0,0]", "--latex", "--formula", latex)
    assert status == 0 and out.startswith("correct: ")


@pytest.mark.parametrize("arguments", [
    ["--latex", "2(a^{(2)}_0 - y_0) W^{(2)}_{0,0} a^{(1)}_0 (1-a^{(1)}_0) x_0"],   # the README's, as printed
    ["--latex", "-2(y_0 - a^{(2)}_0) W^{(2)}_{0,0} a^{(1)}_0 (1-a^{(1)}_0) x_0"],  # starting with a minus
    ["--formula", "2(a^{(2)}_0 - y_0) W^{(2)}_{0,0} a^{(1)}_0 (1-a^{(1)}_0) x_0", "--latex"],
])
def test_latex_takes_the_formula_or_marks_it(capsys, arguments):
    """``--latex FORMULA`` (before: "--formula is required"), and ``--formula F --latex`` as before."""
    status, out, err = check(capsys, REGRESSION, "--param", "W1[0,0]", *arguments)
    assert (status, err) == (0, "") and out.startswith("correct: ")


@pytest.mark.parametrize("arguments, words", [
    (["--latex", "x_0", "--formula", "x[0]"], "two formulas"),
    ([], "no formula; give --formula FORMULA (SymPy syntax) or --latex FORMULA (LaTeX)"),
    (["--latex"], "no formula"),
    # nothing but spacing or layout: all of no claims was "correct", exit 0
    (["--formula", "\\,"], "holds nothing to judge"),
    (["--formula", "\\quad"], "holds nothing to judge"),
    (["--latex", "\\left. \\;", "--notation", "seed000"], "holds nothing to judge"),
    (["--formula", "\\,", "--notation", "seed000"], "holds nothing to judge"),
])
def test_not_one_formula_is_one_line(capsys, arguments, words):
    status, out, err = check(capsys, REGRESSION, "--param", "W1[0,0]", *arguments)
    assert status == 2 and out == "" and err.count("\n") == 1 and words in err, err


def _printed_point(out: str) -> dict:
    """The counterexample's arrays and values as the report prints them."""
    point = {}
    for name, value in re.findall(r"^    (\w+) += (.+)$", out, flags=re.MULTILINE):
        point[name] = ast.literal_eval(value) if value.startswith("[") else float(value)
    return point


def _regression_truth(point: dict) -> tuple[float, float]:
    """(the hand formula HALF, the true dL/dW1[0,0]) at the point, by PyTorch autograd."""
    tensor = {name: torch.tensor(point[name], dtype=torch.float64, requires_grad=name == "W1")
              for name in ("x", "y", "W1", "b1", "W2", "b2")}
    a1 = torch.sigmoid(tensor["W1"] @ tensor["x"] + tensor["b1"])
    a2 = tensor["W2"] @ a1 + tensor["b2"]                    # identity output
    loss = ((tensor["y"] - a2) ** 2).sum()
    loss.backward()
    formula = (a2[0] - tensor["y"][0]) * tensor["W2"][0, 0] * a1[0] * (1 - a1[0]) * tensor["x"][0]
    return float(formula.detach()), float(tensor["W1"].grad[0, 0])


def test_a_wrong_derivative_exits_1_with_a_counterexample_that_recomputes(capsys):
    status, out, err = check(capsys, REGRESSION, "--param", "W1[0,0]", "--formula", HALF)
    assert (status, err) == (1, "")
    assert out.startswith("wrong: ")
    point = _printed_point(out)
    assert {"x", "y", "W1", "b1", "W2", "b2"} <= set(point)
    formula_value = float(re.search(r"formula += (\S+)", out).group(1))
    true_value = float(re.search(r"true value = (\S+)", out).group(1))
    expected_formula, expected_truth = _regression_truth(point)
    # the report prints 12 significant digits; the point's own digits are exact as printed
    assert formula_value == pytest.approx(expected_formula, rel=1e-9, abs=1e-12)
    assert true_value == pytest.approx(expected_truth, rel=1e-9, abs=1e-12)
    assert true_value == pytest.approx(2 * formula_value, rel=1e-9)
    assert "hint: it is half the true derivative: a missing factor 2" in out


def test_a_wrong_update_rule_exits_1_and_says_it_goes_uphill(capsys):
    uphill = "W2[0,0] + eta*2*(a2[0]-y[0])*a1[0]"
    status, out, _ = check(capsys, REGRESSION, "--param", "W2[0,0]", "--update", "--formula", uphill)
    assert status == 1
    assert "checked as the new value of W2[0,0]" in out
    assert "true new value of W2[0,0] = " in out
    assert "uphill" in out


def test_a_right_update_rule_is_correct(capsys):
    rule = "W2[0,0] - eta*2*(a2[0]-y[0])*a1[0]"
    status, out, _ = check(capsys, REGRESSION, "--param", "W2[0,0]", "--update", "--formula", rule)
    assert status == 0
    assert "equal to the true new value of W2[0,0]" in out


def test_only_the_diagonal_of_the_softmax_jacobian_gets_its_hint(capsys):
    # dL/dz2[0] with -t/a times a(1-a) only: the cross terms of the softmax are missing
    diagonal = "-t[0]*(1-a2[0])*a1[0]"
    status, out, _ = check(capsys, CLASSIFICATION, "--param", "W2[0,0]", "--formula", diagonal)
    assert status == 1
    assert "diagonal" in out and "softmax Jacobian" in out


@pytest.mark.parametrize("latex, verdict", [
    (r"2\left|a^{(2)}_0 - y_0\right| W^{(2)}_{0,0} a^{(1)}_0 (1 - a^{(1)}_0) x_0", 1),  # |u| where u was meant
    (r"-2 \lvert y_0 - a^{(2)}_0 \rvert W^{(2)}_{0,0} a^{(1)}_0 (1 - a^{(1)}_0) x_0", 1),
    (r"2(a^{(2)}_0 - y_0) |W^{(2)}_{0,0}| a^{(1)}_0 (1 - a^{(1)}_0) x_0", 1),
    (r"2(a^{(2)}_0 - y_0) W^{(2)}_{0,0} a^{(1)}_0 (1 - a^{(1)}_0) x_0 \frac{|x_0|}{|x_0|}", 0),
])
def test_latex_absolute_values_are_read_as_abs(capsys, latex, verdict):
    """|u| (and \\left|u\\right|, \\lvert u\\rvert) is Abs(u): right only where the true derivative
    has it (dividing |x_0| by itself changes nothing), wrong where the sign matters."""
    status, out, _ = check(capsys, REGRESSION, "--param", "W1[0,0]", "--latex", latex)
    assert status == verdict, out
    assert verdict == 0 or "Abs(" in out.splitlines()[0]  # (SymPy cancels |x_0|/|x_0| as it reads it)


@pytest.mark.parametrize("arguments, words", [
    (["--formula", "2*(a2[0]-y[0]"], "formula"),                    # unbalanced parenthesis
    (["--formula", "2*q[0]"], "q"),                                  # unknown symbol
    (["--formula", "a2[7]"], "a2"),                                  # index out of range
    (["--latex", "--formula", r"\frac{1}{2"], "LaTeX"),              # unclosed group
    (["--latex", r"|a^{(2)}_0 - y_0"], "expected '|' to close"),       # unclosed absolute value
    (["--latex", r"|a^{(2)}_0 |y_0| |"], "position 18"),             # |..|..| nested without \left
    (["--param", "W9[0,0]", "--formula", "x[0]"], "W9"),             # no layer 9
    (["--formula", "9**9**9"], "more than 1,000 digits"),           # refused before SymPy computes it
    (["--formula", "x[0]*9^9^9"], "more than 1,000 digits"),
    (["--formula", "01"], "the number 01 has a leading zero"),      # 1, or 0.1 that lost its point (the fuzzer's)
    (["--latex", r"\frac{\partial L}{\partial w} = 007"], "write 7 for the whole number, or 0.07"),
])
def test_unreadable_input_exits_2_in_one_line(capsys, arguments, words):
    if "--param" not in arguments:
        arguments = ["--param", "W1[0,0]", *arguments]
    status, out, err = check(capsys, REGRESSION, *arguments)
    assert status == 2 and out == ""
    assert words in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err


ONE_DIGIT = """
[[layer]]
inputs = 2
units = 1
activation = "identity"
weights = [[0.5, -0.3]]
biases = [0.0]
[loss]
name = "squared_error"
[data]
x = [[0.1, 1.0]]
y = [[0.0]]
"""


@pytest.mark.parametrize("member, verdict", [
    (r"0.5 \cdot 0.1 - 0.3 \cdot 1.0", "correct"),   # the file's numbers, copied: z = 0.05 - 0.3 = -0.25
    (r"0.05 - 0.3", "correct"),                       # 0.05, the product, is not a number of the file
    (r"-0.25", "correct"),
    # 2.0 for the input 1.0: -0.55. With every number right to 1.5 units of its last digit, 0.1 and 0.3
    # stood for anything from 0 to 0.25 and 0.15 to 0.45, and this passed (allowed error 0.435); the
    # file's own numbers, copied, are right to half a unit: allowed 0.175
    (r"0.5 \cdot 0.1 - 0.3 \cdot 2.0", "wrong"),
])
def test_a_number_the_file_writes_is_copied_exactly(capsys, tmp_path, member, verdict):
    problem_file = tmp_path / "one_digit.toml"
    problem_file.write_text(ONE_DIGIT, encoding="utf-8")
    status, out, err = check(capsys, str(problem_file), "--latex", f"z1[0] = {member}")
    assert err == "" and out.rstrip().endswith(verdict) and status == (0 if verdict == "correct" else 1), out


#: z1[0] = 0.5 * 0.1 - 0.3 * 1.0 = -0.25 in ONE_DIGIT. Each member differs from a right one by one
#: change in a number of one or two significant digits that the file does not write; with every such
#: number right to 1.5 units of its last digit (one unit either way of its rounding), each passed.
SHORT_NUMBER_SLIPS = [
    r"0.05 - 0.4",            # 0.4 for the weight's 0.3: -0.35 (allowed 0.165, now 0.055)
    r"0.5 \cdot 0.1 - 0.4",   # the same, after the file's own numbers
    r"-0.4 + 0.05",           # negative
    r"0.05 - 0.2",            # 0.2 for 0.3 the other way: -0.15
    r"4 \cdot (-0.07)",       # 0.07 for 0.0625, 0.75 of a unit off: -0.28 (allowed 0.06, now 0.02)
    r"2.1 \cdot (-0.125)",    # 2.1 for 2.0: -0.2625 (allowed 0.0217, now 0.00925)
    # 0.4 for the weight's 0.3 among the file's own numbers: -0.35. With each of 0.5, 0.1 and 1.0 right
    # to half a unit, their half units (0.005 + 0.025 + 0.02) and 0.4's (0.05) came to 0.1 and covered
    # it; only one number equal to a file's number may be a rounded intermediate: allowed 0.075
    r"0.5 \cdot 0.1 - 0.4 \cdot 1.0",
]

#: Honest rounding, still right: each number inside the expression correctly rounded, at the edge of
#: half a unit where it can be, and a number of three significant digits one unit off.
HONEST_ROUNDING = [
    r"0.8 - 1",               # 0.75 rounded up: exactly half a unit
    r"0.7 - 1",               # 0.75 rounded down: exactly half a unit
    r"4 \cdot (-0.06)",       # 0.0625 to one significant digit, negative
    r"2.0 \cdot (-0.125)",    # 2.0, two significant digits, exact
    r"-0.35 + 0.1",           # two significant digits, exact
    r"4 \cdot (-0.0626)",     # three significant digits, one unit off (a re-rounded intermediate)
    r"-0.4",                  # written as the result: the spec's rule, one unit either way of -0.3
]


@pytest.mark.parametrize("member, verdict", [(member, "wrong") for member in SHORT_NUMBER_SLIPS]
                         + [(member, "correct") for member in HONEST_ROUNDING])
def test_a_short_number_inside_an_expression_is_right_to_half_a_unit(capsys, tmp_path, member, verdict):
    problem_file = tmp_path / "one_digit.toml"
    problem_file.write_text(ONE_DIGIT, encoding="utf-8")
    status, out, err = check(capsys, str(problem_file), "--latex", f"z1[0] = {member}")
    assert err == "" and out.rstrip().endswith(verdict) and status == (0 if verdict == "correct" else 1), out


# sreekanth9999's interview notes (tests/public_formulas_batch11.py): x = 1, w_1 = 0.5 (ReLU), w_2 = 0.5
# (sigmoid), y = 0, the binary cross-entropy, eta = 0.1. By hand: a_1 = 0.5, a_2 = sigma(0.25) = 0.56218,
# dL/dw_2 = (a_2 - y) a_1 = 0.28109, and w_2's new value 0.5 - 0.1 * 0.28109 = 0.47189.
SREEKANTH = """
[[layer]]
inputs = 1
units = 1
activation = "relu"
bias = "none"
weights = [[0.5]]
[[layer]]
units = 1
activation = "sigmoid"
bias = "none"
weights = [[0.5]]
[loss]
name = "binary_cross_entropy"
[data]
x = [[1.0]]
y = [[0.0]]
[update]
learning_rate = 0.1
[notation]
[notation.symbols]
"w_{2}" = "W2[0, 0]"
"a_{1}" = "a1[0]"
"a_{2}" = "a2[0]"
"""

UPDATE = r"w_2 = w_2 - \eta \cdot \frac{dL}{dw_2} = "


@pytest.mark.parametrize("numbers, verdict, hint", [
    # the page's: 0.069 for dL/dw_2 = 0.2811. 0.5 - 0.1 * 0.069 = 0.4931 is 0.0212 from the true 0.4719,
    # and passed while the copied 0.5 counted as a rounded number, right to half a unit (0.05)
    (r"0.5 - 0.1 \cdot 0.069", "wrong", "0.069 is dL/dw_{2}, which is 0.2811 at the file's numbers"),
    (r"0.5 - 0.1 \cdot 0.281", "correct", ""),
    (r"0.5 - 0.1 \cdot 0.28", "correct", ""),        # 0.2811 to two digits
    (r"0.5 - 0.1 \cdot 0.27", "wrong", "0.27 is dL/dw_{2}, which is 0.2811"),
    (r"0.5 - 0.0281", "correct", ""),                # a number for the product eta dL/dw_2 (0.02811)
    (r"0.4 - 0.1 \cdot 0.281", "wrong", "0.4 is w_{2}, which is 0.5"),
])
def test_a_number_under_a_symbol_is_judged_as_that_symbol(capsys, tmp_path, numbers, verdict, hint):
    """A member of numbers after a symbolic member of the same shape: each number is the value of what
    stands at its place, right to half a unit of its last digit (the file's own number, there, exact)."""
    problem_file = tmp_path / "sreekanth.toml"
    problem_file.write_text(SREEKANTH, encoding="utf-8")
    status, out, err = check(capsys, str(problem_file), "--latex", UPDATE + numbers)
    assert err == "" and out.rstrip().endswith(verdict) and status == (0 if verdict == "correct" else 1), out
    assert hint in out


# a_1 = sigma(0.2 * 0.5) = 0.52498, which rounds to 0.5, the file's w_2: z_2 = w_2 a_1 = 0.26249
COINCIDING = """
[[layer]]
inputs = 1
units = 1
activation = "sigmoid"
bias = "none"
weights = [[0.5]]
[[layer]]
units = 1
activation = "identity"
bias = "none"
weights = [[0.5]]
[loss]
name = "squared_error"
[data]
x = [[0.2]]
y = [[0.0]]
[notation]
[notation.symbols]
"w_{2}" = "W2[0, 0]"
"a_{1}" = "a1[0]"
"z_{2}" = "z2[0]"
"""


@pytest.mark.parametrize("formula, verdict", [
    # a rounded a_1 equal to the file's 0.5, beside the copied w_2: 0.25 for 0.26249, right after w_2 a_1 (0.5
    # is a_1 to one digit); alone nothing says which 0.5 is a_1, and both are the file's 0.5 copied, exact
    # (taking one for a rounded number lent its half unit to the whole: 1.0 - 0.1(-0.31737) passed for 1.0217)
    (r"z_2 = 0.5 \cdot 0.5", "wrong"),
    (r"z_2 = w_2 a_1 = 0.5 \cdot 0.5", "correct"),
    (r"z_2 = a_1 \cdot w_2 = 0.5 \cdot 0.5", "correct"),
    (r"z_2 = w_2 a_1 = 0.5 \cdot 0.52", "correct"),
    # 0.6 for a_1 = 0.525: 0.3 is 0.0375 from 0.2625, within the 0.055 the two numbers' half units
    # allowed; after w_2 a_1, 0.6 is a_1 and not 0.525 rounded
    (r"z_2 = w_2 a_1 = 0.5 \cdot 0.6", "wrong"),
    (r"z_2 = w_2 a_1 = 0.6 \cdot 0.525", "wrong"),
])
def test_a_rounded_number_may_coincide_with_one_the_file_writes(capsys, tmp_path, formula, verdict):
    problem_file = tmp_path / "coinciding.toml"
    problem_file.write_text(COINCIDING, encoding="utf-8")
    status, out, err = check(capsys, str(problem_file), "--latex", formula)
    assert err == "" and out.rstrip().endswith(verdict) and status == (0 if verdict == "correct" else 1), out


def test_a_bold_letter_after_a_command_does_not_glue_to_its_name(capsys, tmp_path):
    # \cdot\mathbf{x}: the dropped font must not leave \cdotx (batch 19's notion page); 0.5 * 3.0 = 1.5 at the
    # file's numbers, and w x without the bias is not z = 1.75
    path = tmp_path / "unit.toml"
    path.write_text('[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nweights = [[0.5]]\nbiases = [0.25]\n'
                    '[loss]\nname = "squared_error"\n[data]\nx = [[3.0]]\ny = [[1.0]]\n')
    status, out, _ = check(capsys, str(path), "--latex", r"\mathbf{w}\cdot\mathbf{x} = 1.5")
    assert status == 0 and out.startswith("correct:"), out
    status, out, _ = check(capsys, str(path), "--latex", r"z = \mathbf{w}\cdot\mathbf{x}")
    assert status == 1 and out.startswith("wrong:"), out


IDENTITY_LAYER = """
[[layer]]
inputs = 2
units = 2
activation = "identity"
[loss]
name = "half_squared_error"
"""


@pytest.mark.parametrize("arguments", [
    ("--latex", r"L = -\log(a_{y})"),  # an identity layer's outputs go negative at some points
    ("--param", "W1[0,0]", "--formula", "log(a1[0] - 10)"),
    ("--param", "W1[0,0]", "--formula", "sqrt(-1 - x[0]**2)"),
])
def test_a_formula_off_the_real_line_at_a_point_is_wrong_not_a_crash(capsys, tmp_path, arguments):
    # the log or square root of a negative number is no real value: undefined there, so the formula is wrong
    # (it was a TypeError traceback from comparing a complex number at 50 digits)
    problem = tmp_path / "identity.toml"
    problem.write_text(IDENTITY_LAYER)
    status, out, err = check(capsys, str(problem), *arguments)
    assert (status, err) == (1, "") and out.startswith("wrong: ") and "Traceback" not in out
