"""Untrusted input (fixsmall36): patterns that split a run of a submission's characters two ways, past any time limit
(a regex in C, which no time limit stops):

- formula_remarks' range remark closing a line (``,\\; H = (0,1)``, ``\\quad y \\in [0, 1]``) split a run of TeX
  spacing (``\\;``, ``\\quad``, ``~``, blanks) two ways after each place the formula could end in it, and an
  interval's bound split its blanks two ways: cubic and quadratic (100 ``\\;`` took 8 ms, 200 ``\\quad`` 0.6 s,
  ten thousand blanks in an interval 1.6 s);
- formula_remarks' arrow tag (``\\quad \\rightarrow (Eq A)``) scanned a run of TeX spacing after each of its
  characters (quadratic: 10,000 characters of ``~`` then ``x(`` 7 s);
- code_callbacks' call stage of a pipeline (``|> Nx.divide(m)``) split its arguments two ways (``.*\\S.*``,
  quadratic: 10,000 characters without a closing parenthesis 1.5 s).

The spacing these try after each character is bounded (formula_remarks._SPACES, 16 commands, more than any page
writes), the range's taken at once before a name, the bound's blanks and the stage's first non-blank possessive: the
same matches (compared with the old forms on real, random and edited text), linear. No test measures a time."""

from __future__ import annotations

import re

import pytest

from backprop.limits import LIMITS, time_limit
from backprop.symbolic import code_callbacks, formula_remarks
from pattern_rewrites import result, rewrite_tests

GENEROUS = 60  # seconds of CPU time

_OLD_BOUND = r"[ \t]*-?[ \t]*(?:\d+(?:\.\d+)?|\\infty)[ \t]*"
_OLD_INTERVAL = rf"(?:\\left)?[(\[]{_OLD_BOUND},{_OLD_BOUND}(?:\\right)?[)\]]"
_SPACING = formula_remarks.TEX_SPACING
OLD = {"range": re.compile(
    rf"^([^\n=]*+=[^\n]*?[^\s,=])[ \t]*,?{_SPACING}((?:[A-Za-z]|\\[A-Za-z]+)(?:_\{{[^{{}}\n]*\}}|_\w)?)?"
    rf"{_SPACING}(=|\\in(?![A-Za-z])){_SPACING}{_OLD_INTERVAL}[ \t.,;]*"
    r"(?=(?:\$\$?|\\\]|\\\))?[ \t]*$)", re.M)}
OLD["arrow tag"] = re.compile(formula_remarks._ARROW_TAG.compiled().pattern.replace(
    rf"(?<=\S){formula_remarks._SPACES}", rf"(?<=\S){_SPACING}", 1), re.M)
OLD["call stage"] = re.compile(code_callbacks._CALL_STAGE.compiled().pattern.replace(r"([^\S\n]*+\S.*)", r"(.*\S.*)"))
NEW = {"range": formula_remarks._RANGE_REMARK.compiled(), "arrow tag": formula_remarks._ARROW_TAG.compiled(),
       "call stage": code_callbacks._CALL_STAGE.compiled()}
METHOD = {"range": "sub", "arrow tag": "sub", "call stage": "fullmatch"}
_LINES = ["\\sigma(x) = 1/(1+e^{-x}) \\in (0, 1)", "y = f(x), \\; H = (0,1)", "y = x \\quad y \\in [0, 1]",
          "a = \\tanh(z) \\in \\left( -1, 1 \\right)", "$$ y = \\sigma(z) \\;\\; \\in (0, 1) $$", "a = b, c = (0, 1) = d",
          "p = softmax(z), ~ p_i \\in [0, 1].", "r = \\max(0, z) \\in [0, \\infty)", "a = b \\qquad \\hat{y} = (0, 1)",
          "z = w x + b \\quad z \\in (-\\infty, \\infty)", "y = (0, 1)", "a = b\na = c \\in (0, 1)"]
_TAGS = ["C = \\frac{1}{2} \\sum_j v_j^2 \\quad \\rightarrow (Eq \\;A)", "a = b \\to (1)", "z = W x + b --> (Eq. 3)",
         "y = f(z) → (B.1)", "$$ a = b \\;\\Rightarrow\\; (A) $$", "a = b~\\to~(2)\n", "w \\to (1)", "a = b \\to (c d)"]
_STAGES = [" Nx.divide(m)", "Nx.subtract(y_hat, y)", "Enum.map(fn x -> x end) ", "f( )", "g(a) ", "h(a)(b)", "f(\n)"]
REAL = {"range": _LINES, "arrow tag": _TAGS, "call stage": _STAGES}
_PIECES = [" ", "\t", "=", "(", ")", "[", "]", ",", ".", "a", "b", "y", "H", "x", "2", "\\in", "\\;", "\\,", "\\:",
           "\\ ", "\\quad", "\\qquad", "~", "0", "1", "-", "\\infty", "\\left", "\\right", "\n", "$$", "\\]", "\\"]
ALPHABET = {"range": _PIECES, "arrow tag": _PIECES + ["\\to", "-->", "→", "\\Rightarrow", "Eq", "A", "(Eq 1)"],
            "call stage": [" ", "\t", "\n", "(", ")", "f", "Nx.divide", ".", "a", ",", "x", "-", ">", "\r", "\u3000"]}

(test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples,
 test_the_rewrite_matches_what_the_old_pattern_did_on_short_strings_of_its_characters,
 test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples_edited_at_random) = rewrite_tests(
    OLD, NEW, METHOD, REAL, ALPHABET, strings=(36, 4000, 14), edits=(3636, 4000))


@pytest.mark.parametrize("run", ["\\;", "\\; ", "~", "\\quad", " \\,", "\\qquad y"])
def test_a_long_run_of_tex_spacing_after_a_formula_is_scanned_in_linear_time(run):
    # before: cubic, 100 \; took 8 ms, so the formula limit's 20,000 characters would take hours
    text = run * (LIMITS["formula_characters"] // len(run))
    with time_limit(GENEROUS):
        for sample in ("a = b" + text + "x", "a = b = " + text, "a = " + text + " y \\in [0, 1] x", "a = b" + text):
            result(NEW["range"], "sub", sample)


@pytest.mark.parametrize("blanks", [" " * 20000, " " * 10000 + "-" + " " * 10000])
def test_an_interval_of_thousands_of_blanks_is_scanned_in_linear_time(blanks):
    # before: the bound's two runs of blanks split every way, ten thousand blanks 1.6 s
    with time_limit(GENEROUS):
        result(NEW["range"], "sub", "a = b \\in (" + blanks + "x")


@pytest.mark.parametrize("run", ["\\;", "~", "\\quad", "\\; "])
def test_a_long_run_of_tex_spacing_before_an_arrow_is_scanned_in_linear_time(run):
    # before: quadratic, 10,000 characters of ~ then x( took 7 s
    text = run * (LIMITS["formula_characters"] // len(run))
    with time_limit(GENEROUS):
        for sample in ("a = b" + text + "x(", "a = b" + text + "\\to" + text + "(" + text + "1" + text):
            result(NEW["arrow tag"], "sub", sample)


@pytest.mark.parametrize("stage", ["f(" + "x" * 20000, "f(" + "x " * 10000 + "y", "f(" + ") " * 10000 + "y"])
def test_a_long_call_stage_is_scanned_in_linear_time(stage):
    # before: .*\S.* split the arguments two ways, 10,000 characters without a closing parenthesis 1.5 s
    with time_limit(GENEROUS):
        result(NEW["call stage"], "fullmatch", stage)


def test_a_range_remark_after_spacing_is_still_dropped():
    assert formula_remarks.without_ranges("y = f(x), \\; H = (0,1)", None) == "y = f(x)"
    assert formula_remarks.without_ranges("a = \\sigma(z) \\quad\\quad a \\in [0, 1]", None) == "a = \\sigma(z)"
