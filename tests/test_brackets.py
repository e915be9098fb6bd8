"""brackets.py, the one count of bracket depth the formula reader splits at: a tuple's commas, a call's arguments,
a chain's relations, a display's claims after a comma, each outside every bracket, with a backslash read one of
four ways (a set's printed braces counted, the printed brackets no group, the printed braces alone no group, or TeX's
control symbols), every kind of bracket counted or one alone (a code line's parentheses, TeX's brace groups)."""

from __future__ import annotations

import re

import pytest

from backprop.symbolic.brackets import (GROUPS, PARENTHESES, PRINTED, PRINTED_BRACES, SET, TEX, balanced, bracket_depths,
                                        call_arguments, closing_bracket, match_outside_brackets, net_depth,
                                        opening_bracket, outside_brackets, top_level_parts)


def test_top_level_parts_split_at_commas_outside_every_bracket():
    assert top_level_parts("h_1, h_2") == ["h_1", " h_2"]
    assert top_level_parts(r"\sigma(s_1, s_2), W_{i,j}, [a, b]") == [r"\sigma(s_1, s_2)", " W_{i,j}", " [a, b]"]
    assert top_level_parts("a") == ["a"]
    assert top_level_parts("") == [""]
    # a set's printed braces are brackets, LaTeX's thin space \, no comma
    assert top_level_parts(r"\{a, b\}, c") == [r"\{a, b\}", " c"]
    assert top_level_parts(r"a\,b, c") == [r"a\,b", " c"]
    # other separators: cases in words, { 0 if z <= 0; 1 if z > 0 }
    assert top_level_parts("0 if z <= 0; 1 if (z, y) > 0, 2", ",;") == ["0 if z <= 0", " 1 if (z, y) > 0", " 2"]


def test_balanced_parts_refuse_brackets_that_do_not_close_in_the_text():
    # Java's node.setDelta(a, b) matched whole as one call: its inside splits
    assert top_level_parts("i, (a - b) * c", balanced=True) == ["i", " (a - b) * c"]
    # f(a) + g(b) matched whole as one call's "a) + g(b": no arguments
    assert top_level_parts("a) + g(b", balanced=True) is None
    assert top_level_parts("(a, b", balanced=True) is None
    assert balanced("f([x]{y})") and not balanced("f(x") and not balanced(")(")


def test_a_call_s_arguments_and_its_closing_bracket():
    text = "Matrix.dot(W_{i,j}, np.sum(x, 1)) + b"
    opening = text.index("(")
    assert closing_bracket(text, opening) == text.index(") + b")
    assert call_arguments(text, opening) == ["W_{i,j}", " np.sum(x, 1)"]
    assert call_arguments("sum(dZ, 2", 3) is None


def test_the_opening_bracket_a_closing_one_closes():
    text = "f(a, (b - c) * \\{d\\}).map(|x| x)"
    closing = text.index(").map")
    assert opening_bracket(text, closing) == text.index("(")
    assert opening_bracket(text, text.index(") *")) == text.index("(b")
    assert opening_bracket(text, text.index("\\}")) is None  # an escape's brace has no position of its own
    assert opening_bracket("x) (b)", 1) is None  # closes nothing opened in the text
    assert opening_bracket("(b)", 1) is None  # no closing bracket there
    for text in ("g(h(x)[i], {y})", "(a)(b)((c))", "\\left(x_{i}\\right)"):
        for at, character in enumerate(text):
            if character in ")]}" and (at == 0 or text[at - 1] != "\\"):
                assert closing_bracket(text, opening_bracket(text, at)) == at


def test_positions_outside_brackets_and_the_first_match_there():
    assert list(outside_brackets("a(b)c")) == [0, 1, 4]
    assert list(bracket_depths("a)")) == [(0, 0), (1, 0), (2, -1)]
    relation = re.compile("=")
    found = match_outside_brackets("f(x = 1) = y", relation)
    assert found is not None and found.start() == 9
    assert match_outside_brackets("f(x = 1)", relation) is None


@pytest.mark.parametrize("text, escapes, expected", [
    (r"\{ x = 1 \}", SET, None),        # a set's braces: the relation inside them
    (r"\{ x = 1 \}", PRINTED, 5),       # printed braces, no group: the relation outside every bracket
    (r"\{ x = 1 \}", TEX, 5),
    (r"\\(x = 1)", PRINTED, 5),         # \( is a printed parenthesis ...
    (r"\\(x = 1)", TEX, None),          # ... but TeX reads \\ as a line break, and ( opens a bracket
    (r"\{ x = 1 \}", PRINTED_BRACES, 5),  # the printed braces alone are characters ...
    (r"\( x = 1 \)", PRINTED_BRACES, None),  # ... \( still opens a bracket
])
def test_how_a_backslash_is_read(text, escapes, expected):
    found = match_outside_brackets(text, re.compile("="), escapes=escapes)
    assert (found.start() if found else None) == expected


def test_one_kind_of_bracket_alone():
    # a code line's factor is bounded by parentheses alone: a [ or { inside them, balanced or not, is a character
    assert opening_bracket("a * (b[) + c", 7, brackets=PARENTHESES) == 4
    assert opening_bracket("a * (b[) + c", 7) == 6  # every kind counted: the [ the last opened
    assert closing_bracket("(b{) * c", 0, brackets=PARENTHESES) == 3
    assert closing_bracket("(b{) * c", 0) is None
    # TeX's brace groups alone: the parenthesis of f(a, b) holds no group, its comma stands outside every group
    assert list(outside_brackets("f(a, {b, c})", brackets=GROUPS)) == [0, 1, 2, 3, 4, 5, 11]
    assert list(outside_brackets(r"\{a, b\}", escapes=PRINTED_BRACES, brackets=GROUPS)) == [0, 2, 3, 4, 5, 6]


def test_the_depth_a_text_leaves_open():
    assert net_depth("f(a, [b") == 2
    assert net_depth("a) + (b") == 0
    assert net_depth("a))") == -2
    assert net_depth(r"\{ a", PRINTED) == 0 and net_depth(r"\{ a") == 1
    assert net_depth(r"\( a", PRINTED_BRACES) == 1 and net_depth(r"\( a", PRINTED) == 0
