"""qa40: --when "label=j" fixes the sample's class to the class j names in the notation's own counting of j,
whatever row the left side names with j shifted (seed 004's W_{j+1}, row j + 1 counting from 1)."""

import json

import pytest

from backprop.cli import main
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from seed_verbatim import problem


def _verdicts(formula, when):
    result = check_homework(problem("seed004_softmax_classifier"), formula, notation="seed004", when=when)
    return [step.verdict for claim in result.claims for step in claim.steps]


def test_the_case_letter_is_the_label_in_the_notations_counting():
    """W_j counting from 1 (W1[j-1, :]): with y = j the row's gradient is (P_y - 1) x, else P_j x."""
    assert _verdicts(r"\frac{\partial L}{\partial W_{j}} = (P_y - 1) \cdot x", "label=j") == ["correct"]
    assert _verdicts(r"\frac{\partial L}{\partial W_{j}} = P_j \cdot x", "label!=j") == ["correct"]
    assert _verdicts(r"\frac{\partial L}{\partial W_{j}} = P_j \cdot x", "label=j") == ["wrong"]


@pytest.mark.parametrize("left, right, when", [
    ("W_{j+1}", r"(P_y - 1) \cdot x", "label=j"),     # row j + 1 is not the label's: its gradient is P_{j+1} x
    ("W_{j+1}", r"P_{j+1} \cdot x", "label!=j"),      # y = j + 1 is among the other classes: (P_{j+1} - 1) x there
    ("W_{j-1}", r"(P_y - 1) \cdot x", "label=j"),
])
def test_a_left_side_with_the_letter_shifted_is_never_the_label_row(left, right, when):
    """Both were called correct: the case read j as the class of the row the left side names. Now j = 0 (or one
    past the classes) names no class, refused in one line, and no value is judged as the left side's row."""
    with pytest.raises(FormulaError, match=r"at j = (0|5) j names no class of the network") as refusal:
        _verdicts(rf"\frac{{\partial L}}{{\partial {left}}} = {right}", when)
    assert "\n" not in str(refusal.value)


def test_a_shifted_left_side_with_a_slip_is_wrong():
    assert _verdicts(r"\frac{\partial L}{\partial W_{j+1}} = (P_j - 1) \cdot x", "label=j") == ["wrong"]
    assert _verdicts(r"\frac{\partial L}{\partial W_{j+1}} = P_j \cdot x", "label!=j") == ["wrong"]


@pytest.mark.parametrize("left, right, when", [
    ("z_{j+1}", "P_y - 1", "label=j"),        # z_{j+1} is not the label's unit where y = j: P_{j+1}
    ("z_{j+1}", "P_{j+1} - 1", "label=j"),
    ("z_{j+1}", "P_{j+1}", "label!=j"),       # wrong where y = j + 1
    ("z_{k-1}", "P_y - 1", "label=k"),
    ("z_{k-1}", "P_{k-1}", "label!=k"),
])
def test_a_scalar_left_side_with_the_letter_shifted_names_no_label(left, right, when):
    """A one-unit left side's index (z_{j+1} -> z1[j]) was taken for the class the case names: these were called
    correct. The class is j's own (z_j -> z1[j-1]); where j names none, refused."""
    with pytest.raises(FormulaError, match=r"names no class of the network"):
        _verdicts(rf"\frac{{\partial L}}{{\partial {left}}} = {right}", when)


def test_an_unshifted_left_side_keeps_its_case():
    assert _verdicts(r"\frac{\partial L}{\partial z_{j}} = P_y - 1", "label=j") == ["correct"]
    assert _verdicts(r"\frac{\partial L}{\partial z_{j}} = P_j - 1", "j=label") == ["correct"]
    assert _verdicts(r"\frac{\partial L}{\partial z_{j}} = P_j", "label!=j") == ["correct"]
    assert _verdicts(r"\frac{\partial L}{\partial z_{j}} = P_y - 1", "label!=j") == ["wrong"]
    assert _verdicts(r"\frac{\partial L}{\partial z_{j+1}} = P_j - Y_j", "label=j") == ["wrong"]


def test_grade_reads_a_case_in_words_the_same_way(tmp_path, capsys):
    """grade's "when $j = y$" before the claim is check's --when: the shifted left side is not the label's row."""
    submission = tmp_path / "a.md"
    submission.write_text("# Question 1\n\nFor the correct class, when $j = y$:\n\n"
                          "$$\\frac{\\partial L}{\\partial z_{j+1}} = P_y - 1$$\n\n"
                          "For the correct class, when $j = y$:\n\n$$\\frac{\\partial L}{\\partial z_{j}} = P_y - 1$$\n")
    capsys.readouterr()
    assert main(["grade", str(submission), "--problem", "seed004_softmax_classifier", "--notation", "seed004",
                 "--format", "json", "--workers", "1"]) == 0
    claims = json.loads(capsys.readouterr().out)["submissions"][0]["claims"]
    assert [claim["verdict"] for claim in claims] == ["wrong", "correct"]
