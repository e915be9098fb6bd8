"""Untrusted input (qa37): a formula or submission made of long runs, deep nesting or many lines ends in one line
(or is graded) with bounded work, whatever it holds.

Each input here took minutes (or 20-30 s of CPU time) before its fix; each test runs it under a generous CPU-time
limit (backprop.limits.time_limit), so that a regression fails the test instead of hanging it, and asserts the
message. No test measures a time.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backprop.cli import main
from backprop.grading.document import equations
from backprop.limits import LIMITS, time_limit
from backprop.symbolic.claim_text import split_data_case
from backprop.symbolic.number_remarks import without_number_remark

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
REGRESSION = str(EXAMPLES / "seed000_regression.toml")
LEFT = r"\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = "
RIGHT = LEFT + r"-2(y - O_0^2) \cdot O_1^1"
GENEROUS = 60  # seconds of CPU time; each input took minutes (or 20-30 s) before its fix


def run(capsys, *arguments):
    with time_limit(GENEROUS):
        status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# -- spacing ------------------------------------------------------------------------------------------------------

def test_a_data_case_after_thousands_of_spaces_is_found_in_linear_time():
    # before: the pattern backtracked the spacing runs against each other from every start in them (3,000: minutes)
    with time_limit(GENEROUS):
        assert split_data_case("x" + "\t" * 5000 + "!") == ("x" + "\t" * 5000 + "!", "")
        row, case = split_data_case("L = -\\log(1 - a)" + " " * 5000 + "\\text{ when } y = 0")
    assert row == "L = -\\log(1 - a)" and case == " \\text{ when } y = 0"
    assert split_data_case("L = -\\log(a) \\quad (if y = 1)")[1] == " \\text{ if } y = 1"


def test_a_number_remark_is_found_in_linear_time():
    # before: the member was tried from every character of the line to its end (19,000 digits: 20 s)
    with time_limit(GENEROUS):
        assert without_number_remark("1" * 20_000) == "1" * 20_000
        assert without_number_remark("a=" * 10_000) == "a=" * 10_000
    assert without_number_remark("p = 0.659 (65.9%)") == "p = 0.659"
    assert without_number_remark("p = 0.25 \\quad ✓") == "p = 0.25"


def test_a_piece_of_mathematics_that_takes_too_long_to_split_is_a_note_and_the_rest_is_read():
    latex = "$$a = 1$$\n\n$$" + LEFT + "(\n" * 4000 + "x$$\n\n$$b = 2$$\n"
    with time_limit(GENEROUS):
        scan = equations(latex, seconds=0.01)  # (split in linear time since health34, about 0.05 s: past 0.01 s still)
    assert [chain.members for chain in scan.chains][0] == ["a", "1"]
    assert ["b", "2"] in [chain.members for chain in scan.chains]
    assert any("took more than 0.01 s of CPU time to split into its claims" in problem for problem in scan.problems)


# -- check: bounds before the work ---------------------------------------------------------------------------------

@pytest.mark.parametrize("formula, words", [
    (LEFT + "a" * 19_000, "has 19,000 letters and digits in a row at position 52, more than the 200 a name may"
                          " have; write names and products apart"),
    (LEFT + "a1" * 9_500, "has 19,000 letters and digits in a row"),
    (LEFT + "a_b" * 6_000, "has 18,000 letters and digits in a row"),
    (LEFT + "1" * 19_000, "has 19,000 digits at position 52, more than the 1,000 a number may have"),
    (LEFT + "(" * 10_000, "is nested too deeply (10,000 brackets inside each other, more than 100 levels)"),
    (LEFT + "(" * 5_000 + "x" + ")" * 5_000, "is nested too deeply (5,000 brackets"),
    (LEFT + "x_{" * 3_000 + "1" + "}" * 3_000, "is nested too deeply (3,000 brackets"),
    ("dL/dW2[0,0] = " + "[" * 5_000 + "1" + "]" * 5_000, "is nested too deeply"),
    (LEFT + "x" * 30_000, "is 30,051 characters long, more than the 20,000 a formula may have"),
    (LEFT + "2^{2^{2^{99}}}", "has a power of numbers too large to compute"),
    (LEFT + r"\sum_{i=1}^{10^{12}} x_i", "has a sum of more than 100,000 terms"),
])
def test_a_hostile_formula_is_refused_in_one_line_before_the_work(capsys, formula, words):
    status, out, err = run(capsys, "check", REGRESSION, "--notation", "seed000", "--formula", formula)
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and words in err, err


def test_the_limits_leave_a_real_formula_alone(capsys):
    status, out, err = run(capsys, "check", REGRESSION, "--notation", "seed000", "--formula", RIGHT)
    assert (status, err) == (0, "")
    assert LIMITS["word_characters"] >= len("learning_rate_of_the_output_layer")


# -- grade ---------------------------------------------------------------------------------------------------------

def test_a_submission_line_of_thousands_of_spaces_is_graded(capsys, tmp_path):
    # before: minutes in the data-case pattern, outside any claim's time limit (now a piece of mathematics is split
    # into claims within a claim's time limit, and the data-case pattern scans the spaces in linear time)
    submission = tmp_path / "ada.md"
    submission.write_text(f"$${LEFT}" + " " * 20_000 + "x$$\n\n$$" + RIGHT + "\t" * 20_000 + ", when y = 1$$\n",
                          encoding="utf-8")
    status, out, err = run(capsys, "grade", str(submission), "--problem", REGRESSION, "--notation", "seed000",
                           "--workers", "1")
    assert status == 0 and err == ""
    assert out.startswith(f"{submission}: ")


# -- a notation file read as a problem file is ---------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_notation_that_is_a_named_pipe_is_refused_at_once(capsys, tmp_path):
    # before: open() waited for a writer for ever (and /dev/zero was read until memory ran out)
    pipe = tmp_path / "notation.toml"
    os.mkfifo(pipe)
    status, out, err = run(capsys, "check", REGRESSION, "--notation", str(pipe), "--formula", RIGHT)
    assert status == 2 and err.strip() == (f"error: {pipe}: file: is a named pipe (FIFO), not a regular file; give a"
                                           " regular file (backprop reads no pipes, devices or sockets, nor links to"
                                           " them)")
