"""Untrusted input (qa42): a row's membership remark, a Haskell signature and a row of thousands of claims.

``_MEMBERSHIP_AFTER`` (``..., \\ b_1 \\in \\mathbb{R}^H`` after a formula) read a TeX space's backslash two ways
(``\\;`` as one item or as two characters), so a run of them was split between the readings every way (exponential:
20 of them took half a second), and split a run of spaces after the set between three runs (cubic); Haskell's
SIGNATURE split a run of dashes between the type and its comment, and a run of spaces between the type and the
spacing after it (quadratic). Each rewritten pattern is compared here with its old form (kept as written before the
rewrite) on real examples, on many short strings of its own characters and on real examples edited at random
(tests/pattern_rewrites.py), and run on long adversarial runs under a generous CPU-time limit. A row of thousands of
comma-separated claims is refused in one line once it holds more claims than limits.LIMITS["row_claims"] (each split
read the rest of the row again). No test measures a time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backprop.cli import main
from backprop.limits import LIMITS, time_limit
from backprop.symbolic.haskell_definitions import _SIGNATURE_ALONE, _SIGNED
from backprop.symbolic.line_breaks import equation_lines
from backprop.symbolic.quantities import FormulaError
from backprop.symbolic.typography_rows import _MEMBERSHIP_AFTER, _MEMBERSHIP_BETWEEN, drop_remarks
from pattern_rewrites import result, rewrite_tests

GENEROUS = 30  # seconds of CPU time; the old forms took from seconds to hours on these runs
EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
REGRESSION = str(EXAMPLES / "seed000_regression.toml")

_OLD_REALS = r"\\in\s*(?:\\mathbb\s*\{?\s*R\s*\}?|\\R(?![A-Za-z]))\s*(?:\^\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\S))?"
_OLD_SIGNATURE = r"[ \t]*([a-z_][\w']*)[ \t]*::(?:[^=\n]|=>)+(?:--[^\n]*)?"
OLD = {
    "membership": re.compile(r"(?:(?<!\s)|(?=,))(?:,(?:\\[,;:! ]|[^=,(){}\[\]$]|\{(?:[^{}]|\{[^{}]*\})*\})*?)?"
                             r"\s*" + _OLD_REALS + r"\s*[,.]?\s*$"),
    "membership between": re.compile(r"(?<=[^\s=,&])\s*(?>" + _OLD_REALS + r")\s*,?(?=\s*[^\s,.=])"),
    "signature": re.compile(rf"\s*+{_OLD_SIGNATURE}\s*"),
    "signed": re.compile(rf"\s*+{_OLD_SIGNATURE}\n(?:[ \t]*(?:--[^\n]*)?\n)*[ \t]*\1(?![\w'])"),
}
NEW = {"membership": _MEMBERSHIP_AFTER, "membership between": _MEMBERSHIP_BETWEEN, "signature": _SIGNATURE_ALONE,
       "signed": _SIGNED}
METHOD = {"membership": "sub", "membership between": "sub", "signature": "fullmatch", "signed": "match"}
REAL = {
    "membership": [r"u = h W + b \in \mathbb{R}^{1 \times m}", r"Z = X W, \quad W \in \mathbb{R}^{d \times H}",
                   r"b \in \R^H .", r"x = 1,  b_1 \in \mathbb{R}^H", r"a \in \mathbb R", r"z = w x",
                   r"dz = a - y, \ dz^{[L]} \in \mathbb{R}^{(C,1)}", r"z = W x, \; W\ \in \R^{n}",
                   r"Z_1 = X W_1 + b_1, \quad W_1 \in \mathbb{R}^{d \times H}, \, b_1 \in \mathbb{R}^H",
                   r"a = b, \;\; c \in \mathbb { R } ^ 2 ,", "z = w x \\in \\R^n \n", r"a,\,b\in\R"],
    "membership between": [r"z = Wx + b \in \mathbb{R}^{n} a = \sigma(z)", r"z = w x \in \R^n, a = s(z)",
                           r"z \in \mathbb R ^ { n } y = 1", r"z\in\R^n = 1"],
    "signature": ["act :: Double -> Double", "  f :: Num a => a -> a  -- the map", "f = 1", "\n g :: Int\n",
                  "f :: Int -- x = 1", "f :: a -> b ---- note", "f ::--x", "g :: ---", "f :: a = b", "f :: =>"],
    "signed": ["act :: Double -> Double\nact x = x", "f :: Int\n\n-- a note\nf x = 1", "f :: Int\ng x = 1",
               "f :: Int -- = 2\nf = 2", "f :: a --- b\n  -- c\nf' = 1", "f :: --\nf x"],
}
ALPHABET = {
    "membership": [" ", ",", r"\in", r"\mathbb", "{", "}", "R", r"\R", "^", "H", ".", "=", "x", r"\,", r"\;", "\\",
                   r"\ ", r"\!", "\n", "(", "$"],
    "membership between": [" ", ",", r"\in", r"\mathbb", "{", "}", "R", r"\R", "^", "n", ".", "=", "x", "\n", "&"],
    "signature": [" ", "\t", "\n", "f", "::", "->", "=>", "=", "Int", "--", "-", "x", ">"],
    "signed": [" ", "\t", "\n", "f", "g", "::", "Int", "--", "-", "x", "=", "=>"],
}


(test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples,
 test_the_rewrite_matches_what_the_old_pattern_did_on_short_strings_of_its_characters,
 test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples_edited_at_random) = rewrite_tests(
    OLD, NEW, METHOD, REAL, ALPHABET, strings=(20261207, 4000, 12), edits=(42, 4000))


@pytest.mark.parametrize("name", sorted(OLD))
@pytest.mark.parametrize("run", [" ", "\\;", "\\ ", "-", " -", ", x", "{", "\\in\\R"])
def test_a_long_run_of_the_characters_a_pattern_repeats_is_scanned_in_linear_time(name, run):
    # before: 20 \; took the membership half a second (each more doubled it), 800 spaces after its set 0.4 s (cubic),
    # 4,000 dashes the signature 0.1 s (quadratic); each of these samples fails after the run, the worst case
    text = run * 5_000
    with time_limit(GENEROUS):
        for sample in (text, "a, " + text + " \\in x", "a \\in \\R" + text + "x", "f :: " + text + "\n=",
                       "f :: " + text, "f :: Int\n" + text + "x", "a = b," + text + "\\in\\R^n x"):
            result(NEW[name], METHOD[name], sample)


# -- a row of thousands of claims --------------------------------------------------------------------------------

def test_a_row_of_as_many_claims_as_the_limit_is_split_and_one_more_is_refused_in_one_line():
    most = LIMITS["row_claims"]
    assert [claim.strip() for claim in equation_lines("a = b, " * (most - 1) + "a = b")] == ["a = b"] * most
    with pytest.raises(FormulaError, match=f"holds more than {most} claims in one row"):
        equation_lines("a = b, " * most + "a = b")
    assert [claim.strip() for claim in equation_lines("a = b, c = d")] == ["a = b", "c = d"]


@pytest.mark.parametrize("row, refusal", [
    ("a = b," * 3_000, "claims in one row"),    # before: the time limit (1,000 of them took 4 s to 7.5 s)
    ("a=b;" * 4_000, "claims in one row"),
    ("a = b \\quad " * 1_000 + "c = d", "claims in one row"),
    # a separator's wide space tried (and failed) at each claim: after 64 such tries the rest is one claim, refused
    ("a = b, \\quad " * 1_500 + "a = b", "a comma after a member is no product"),
])
def test_check_refuses_a_row_of_thousands_of_claims_within_its_limit(capsys, row, refusal):
    # each split read the rest of the row again: the splits are bounded, so a row is read in linear time
    with time_limit(GENEROUS):
        status = main(["check", REGRESSION, "--notation", "seed000", "--formula", row])
    captured = capsys.readouterr()
    assert status == 2 and captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert refusal in captured.err and "took longer than" not in captured.err


def test_a_row_of_right_claims_under_the_limit_is_still_judged_claim_by_claim(capsys):
    claim = r"\frac{\partial SEE}{\partial a_{00}^1} = -2(y - O_0^2)"
    wrong = r"\frac{\partial SEE}{\partial a_{00}^1} = 2(y - O_0^2)"
    with time_limit(GENEROUS):
        status = main(["check", REGRESSION, "--notation", "seed000", "--formula", ", ".join([claim] * 40 + [wrong])])
    output = capsys.readouterr().out
    assert status == 1 and "wrong" in output and output.count("correct") >= 40


def test_a_membership_remark_after_a_run_of_tex_spaces_is_still_dropped():
    assert drop_remarks(r"z = W x, \quad W" + r"\;" * 40 + r" \in \mathbb{R}^{n \times m}") == "z = W x"
    assert drop_remarks(r"z = W x" + " " * 5_000 + r"\in \R^n" + " " * 5_000 + ".") == "z = W x"
