"""Untrusted input (health34): the reader's last slow paths through check, each made linear.

A line of thousands of spaces (or tabs), a display of thousands of lines and a code name of thousands of scripts
(a_1_1_1...) each ran until check's time limit: patterns whose leading run of spacing was tried again from each of
its characters (or split between two runs every way), and loops that read the whole text again for each of its
lines or spaces. Each pattern is compared here with its old form (kept as written before the rewrite) on real
examples, on many short strings of its own characters and on real examples edited at random, so that the rewrite
matches exactly what the old one did; each is run on long adversarial runs under a generous CPU-time limit
(backprop.limits.time_limit), which the old form exceeded; and check itself reads such formulas within the limit.
No test measures a time.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backprop.cli import main
from backprop.limits import time_limit
from backprop.symbolic.claim_text import CASE_AFTER, CASE_ALONE
from backprop.symbolic.decorations import WORD_COMMAND
from backprop.symbolic.haskell_definitions import SIGNATURE, SIGNED_NAME, _SIGNATURE_ALONE, _SIGNED
from backprop.symbolic.label_words import _COMMA_WORD, _LABEL_WORD
from backprop.symbolic.line_breaks import (_CONNECTIVE_OPENING, _LEAD_IN_OPENING, _TEX_SPACE, _TUPLE_LEFT,
                                           CONJUNCTION_IN_TEXT, LEAD_IN_WORD, equation_lines)
from backprop.symbolic.script_letters import CYRILLIC_LETTER, EAST_ASIAN_LETTER
from backprop.symbolic.typography_comments import CONNECTIVE_WORD, FRAMING_RUN
from backprop.symbolic.typography_display import _SPACED_ASSIGNMENT
from backprop.symbolic.typography_rows import (_AT_MOST, _CLAUSE_WORD, _MARKS_LAST, _MEMBERSHIP_AFTER, _NUMBERING_LAST,
                                               _ONE_NAME, _PROSE_AFTER, _PROSE_CLAUSE, _RANGE_AFTER, _REALS, _TAG_LAST,
                                               _TEX_GAP, _WHOLE_RANGE_AFTER, drop_remarks)
from pattern_rewrites import result, rewrite_tests

GENEROUS = 30  # seconds of CPU time; the old forms took from seconds to minutes on these runs
EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
REGRESSION = str(EXAMPLES / "seed000_regression.toml")
LEFT = r"\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = "

_OLD_LIST_OPENING = r"^([ \t]*(?:\d+[.)]|[-*\u2022]|(?:#+|//)[ \t]*(?:" + FRAMING_RUN + r")?)?[ \t]*)"
_OLD_STEP_VERBS = (r"compute|calculate|evaluate|set|update|"
                   r"calcule|calcular|calcula|atualize|atualizar|actualice|actualizar|seja|sea")
_OLD_CASE = r"(?:\\text\s*\{\s*(?:for|if|when|where)\s*\}\s*)?([A-Za-z])\s*(=|\\neq|!=)\s*([A-Za-z])\s*\.?\s*"
_OLD_TUPLE_NAME = r"(?:\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z]\w*)(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]+))*"
OLD = {
    "prose after": re.compile(r"\s*\\text\s*\{\s*(?:[A-Za-z]+(?:\s+[A-Za-z]+)+\s*[.!:;,]?|\(\s*[^\W\d_]{2,}\s"
                              r"(?=[^{}=]*?[^\W\d_]{2,}\s+[^\W\d_]{2,})[^{}()=]*(?:\([^{}()=]*\)[^{}()=]*)*\))"
                              r"\s*\}\s*[.,;]?\s*$"),
    "membership": re.compile(r"(?:,(?:\\[,;:! ]|[^=,(){}\[\]$]|\{(?:[^{}]|\{[^{}]*\})*\})*?)?"
                             r"\s*" + _REALS + r"\s*[,.]?\s*$"),
    "prose clause": re.compile(_TEX_GAP + r"+" + _CLAUSE_WORD + _TEX_GAP + r"+" + _ONE_NAME
                               + _TEX_GAP + r"+(?:is|are)(?:" + _TEX_GAP + r"|$).*$", re.S),
    "numbering": re.compile(r"(?:\s*\\(?:nonumber|notag|label\{[^{}]*\})(?![A-Za-z]))+\s*$"),
    "tag": re.compile(r"\s*\\tag\*?\{[^{}]*\}\s*$"),
    "marks": re.compile(r"(?<!\\right)(?<!\\left)(?<!\\)[\s,.;]+$"),
    "whole range": re.compile(
        r"(?<=[^\s,=(])\s*,?\s*(?:\\q?quad(?![A-Za-z])\s*)?\(\s*(?:[01]\s*" + _AT_MOST + r"\s*[a-z]\s*" + _AT_MOST
        + r"\s*[A-Z]|[a-z]\s*=\s*[01]\s*(?:,\s*(?:\.\.\.|\\[lc]?dots(?![A-Za-z]))\s*,|\.\.)\s*[A-Z])\s*\)\s*$"),
    "range": re.compile(r"(?<=[^\s,=(])\s*,?\s*(?:\\q?quad(?![A-Za-z])\s*)?(\(\s*(?:[^()=]+?" + _AT_MOST
                        + r"\s*[a-z]\s*" + _AT_MOST + r"[^()=]+?|[a-z]\s*(?:\\in(?![A-Za-z])|in\s)\s*\[[^\[\]]*\])\s*\))\s*$"),
    "assignment": re.compile(r"(?<![:<>!=\\])[ \t]*:(?:[ \t]|\\[ ,;:]|~)+=(?!=)"),
    "label word": re.compile(rf"{_OLD_LIST_OPENING}([A-Z][a-z]{{3,}}|{EAST_ASIAN_LETTER}+|{CYRILLIC_LETTER}{{3,}}"
                             rf"|(?i:{_OLD_STEP_VERBS})"
                             r"(?![\w'\u2019])|[A-Z](?=[ \t]+[a-z]+['\u2019][a-z]+[ \t]|[ \t]+[a-z]{3,}[ \t]))[ \t]+"
                             r"(?=[A-Za-z\\][^\n=]*=)", re.M),
    "comma word": re.compile(rf"{_OLD_LIST_OPENING}([A-Z][a-z]{{2,}}|{EAST_ASIAN_LETTER}+)[ \t]*[,\uff0c][ \t]*"
                             r"(?=[A-Za-z\\][^\n=]*=)", re.M),
    "signature": re.compile(rf"\s*{SIGNATURE}\s*"),
    "signed": re.compile(rf"\s*{SIGNED_NAME}(?![\w'])"),
    "case alone": re.compile(rf"^{_OLD_CASE}$"),
    "case after": re.compile(rf",\s*{_OLD_CASE}$"),
    "connective": re.compile(r"^(" + _TEX_SPACE + r"*&?\s*)(?:" + WORD_COMMAND + r"\s*\{\s*(?:" + CONNECTIVE_WORD
                             + r")\s*,?\s*\}|" + CONJUNCTION_IN_TEXT + "|" + CONNECTIVE_WORD + r",?(?=" + _TEX_SPACE
                             + r"))\s*"),
    "lead-in": re.compile(r"^(" + _TEX_SPACE + r"*&?\s*)(?:" + WORD_COMMAND + r"\s*\{\s*" + LEAD_IN_WORD + r"\s*\}|"
                          + LEAD_IN_WORD + r"(?=" + _TEX_SPACE + r"))"),
    "tuple": re.compile(r"([ \t]*+&?[ \t]*+)(" + _OLD_TUPLE_NAME + r"(?:\s*+,\s*+" + _OLD_TUPLE_NAME
                        + r")+)\s*+=(?!=)"),
}
NEW = {"prose after": _PROSE_AFTER, "membership": _MEMBERSHIP_AFTER, "prose clause": _PROSE_CLAUSE,
       "numbering": _NUMBERING_LAST, "tag": _TAG_LAST, "marks": _MARKS_LAST, "whole range": _WHOLE_RANGE_AFTER,
       "range": _RANGE_AFTER, "assignment": _SPACED_ASSIGNMENT, "label word": _LABEL_WORD[0], "comma word": _COMMA_WORD[0],
       "signature": _SIGNATURE_ALONE, "signed": _SIGNED, "case alone": CASE_ALONE, "case after": CASE_AFTER,
       "tuple": _TUPLE_LEFT, "connective": _CONNECTIVE_OPENING, "lead-in": _LEAD_IN_OPENING}
METHOD = {"prose after": "search", "membership": "sub", "prose clause": "search", "numbering": "sub", "tag": "sub",
          "marks": "sub", "whole range": "sub", "range": "search", "assignment": "sub", "label word": "search",
          "comma word": "search", "signature": "fullmatch", "signed": "match", "case alone": "match",
          "case after": "search", "tuple": "match", "connective": "match", "lead-in": "match"}
REAL = {
    "connective": [", with s = w x + b", r"\text{where } \frac{a}{b} &= c", r",\;\mathrm{then}\;", r"\quad & so x = 1",
                   r"\text{ and } a = b", "so", "where x"],
    "lead-in": ["if y = 1", r"\text{given } x = 2", r"\quad let s = w x", "& when a = b", "iffy = 1", "Let"],
    "prose after": [r"a = b \text{ as previously defined!}", r"x = y  \text{(the chain rule)} .", r"a = \text{cross entropy}",
                    r"z \text{ where it is }", r"w \text{ (see the notes above) }  ,", r"a\text{b c}"],
    "membership": [r"u = h W + b \in \mathbb{R}^{1 \times m}", r"Z = X W, \quad W \in \mathbb{R}^{d \times H}",
                   r"b \in \R^H .", r"x = 1,  b_1 \in \mathbb{R}^H", r"a \in \mathbb R", r"z = w x"],
    "prose clause": [r"w = w - \eta g \: where \: \eta \: is \: learning\, rate", r"a = b where x is the input",
                     r"a = b ~ with ~ \alpha ~ is", r"a = b \quad and \quad c are", r"a = b and"],
    "numbering": [r"a = b \notag", r"a = b \qquad(2)\nonumber ", r"x = y \label{eq:1}\notag", r"a = \notagx",
                  r"\nonumber"],
    "tag": [r"a = b \tag{2}", r"a = b \tag*{3}  ", r"a = b \tag{x} c", r"\tag{1}"],
    "marks": [r"a = b.", r"a = b \right.", r"a = b \left. ,", r"a = b \ .", "a = b , ;\n", r"a = b \\ ", "a = b"],
    "whole range": [r"a_l = b_l, (1 <= l <= L)", r"a = b \quad (l = 1, \ldots, L)", r"z = w (0 \le i \le N)",
                    r"a = b, (l = 1 .. L)", r"a = b (x)"],
    "range": [r"a = b (2 \le l \le L)", r"a = b, \quad (l in [L-1, 1])", r"a = b (l \in [1, 2])", r"a = (x)"],
    "assignment": ["b : = b - a", r"w :\ = w", "a := b", "1:2", "x  : ~= y", "a = : = b"],
    "label word": ["Compute delta = a - y", "1. Update w = w - g", "- Thus dw = x", "The w = 1", "  Set x = 1",
                   "計算 z = w x", "Let x = 1"],
    "comma word": ["Thus, dw = x", "所以，dw = x", "1. Hence , w = 1", "So, a = b", "- Then,x = 1"],
    "signature": ["act :: Double -> Double", "  f :: Num a => a -> a  -- the map", "f = 1", "\n g :: Int\n"],
    "signed": ["act :: Double -> Double\nact x = x", "f :: Int\n\n-- a note\nf x = 1", "f :: Int\ng x = 1"],
    "case alone": ["j = k", r"\text{ if } i \neq j .", "i != j\t.", "a = b c"],
    "case after": ["a = b, j = k", r"a = b, \text{for } i \neq j .", "a = 1, x = y ."],
    "tuple": ["h_1, h_2 = \\sigma(s_1), \\sigma(s_2)", "out_o1 , out_o2 = f(x)", "a_{1}, b_{2} = 1, 2",
              "a_1_1, b = c", "\\hat{y}_1, \\hat{y}_2 = p", "a_, b = c", "a_ {1}, b = 2", "x = 1"],
}
ALPHABET = {
    "connective": [" ", "\t", "~", "\\,", "\\quad", "&", ",", "with", "so", "where", "\\text", "{", "}", "and", "x", "="],
    "lead-in": [" ", "\t", "~", "\\;", "\\qquad", "&", "if", "let", "given", "\\text", "{", "}", "x", "=", "\n"],
    "prose after": [" ", "\t", r"\text", "{", "}", "(", ")", "as", "word", ".", ",", "=", "x"],
    "membership": [" ", ",", r"\in", r"\mathbb", "{", "}", "R", r"\R", "^", "H", ".", "=", "x", r"\,"],
    "prose clause": [" ", "~", r"\:", r"\quad", "where", "with", "and", "is", "are", r"\eta", "x", "_", "1", "{", "}"],
    "numbering": [" ", "\t", r"\notag", r"\nonumber", r"\label{e}", "x", "{", "}", "\n"],
    "tag": [" ", "\t", r"\tag", "*", "{", "}", "1", "x", "\n"],
    "marks": [" ", "\t", ",", ".", ";", "\\", r"\right", r"\left", "x", "\n"],
    "whole range": [" ", ",", r"\quad", "(", ")", "0", "1", "<=", r"\le", "l", "L", "=", "x", r"\ldots", ".."],
    "range": [" ", ",", r"\quad", "(", ")", "2", "<=", r"\le", "l", "L", "in", r"\in", "[", "]", "x", "="],
    "assignment": [" ", "\t", ":", "=", "\\ ", "~", "<", "!", "x", "\\"],
    "label word": [" ", "\t", "1", ".", ")", "-", "*", "#", "//", "---", "Compute", "Thus", "set", "T", "w", "=", "x", "\n", "計"],
    "comma word": [" ", "\t", "1", ".", "-", "#", "//", "===", "Thus", "So", ",", "，", "w", "=", "\n", "所"],
    "signature": [" ", "\t", "\n", "f", "::", "->", "=>", "=", "Int", "--", "x"],
    "signed": [" ", "\t", "\n", "f", "g", "::", "Int", "--", "x", "="],
    "case alone": [" ", "\t", "j", "k", "=", "!=", r"\neq", ".", r"\text{ if }", "\n"],
    "case after": [" ", "\t", ",", "j", "k", "=", "!=", r"\neq", ".", "\n"],
    "tuple": [" ", "\t", "&", ",", "=", "a", "_", "1", "^", "{", "}", "\\hat", "x", "\n", "=="],
}


(test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples,
 test_the_rewrite_matches_what_the_old_pattern_did_on_short_strings_of_its_characters,
 test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples_edited_at_random) = rewrite_tests(
    OLD, NEW, METHOD, REAL, ALPHABET, strings=(20261207, 3000, 10), edits=(34, 3000))


@pytest.mark.parametrize("name", sorted(OLD))
@pytest.mark.parametrize("run", [" ", "\t", " \t", "_1"])
def test_a_long_run_is_scanned_in_linear_time(name, run):
    # before: 10,000 spaces took the old forms from seconds to minutes (a run tried from each of its characters, or
    # split between two runs every way; a code name's letters and underscores split at each place)
    text = run * 10_000
    with time_limit(GENEROUS):
        for sample in (text, "a" + text + "x", "a = b" + text + "c", "- " + text + ":: x", "f" + text + ", b",
                       "a = b," + text + "x"):
            result(NEW[name], METHOD[name], sample)


# -- the loops --------------------------------------------------------------------------------------------------

def test_a_display_of_thousands_of_lines_is_split_in_linear_time():
    # before: each line read again the whole text above it (3,000 lines of a chain: 13 s, of letters: 12 s)
    with time_limit(GENEROUS):
        assert equation_lines("x\n" * 5_000 + "x") == ["x\n" * 5_000 + "x"]
        assert equation_lines("a = b\n" + "= c\n" * 4_000) == ["a = b\n" + "= c\n" * 4_000]
        assert len(equation_lines("(\n" + "a = b\n" * 2_000)) == 1  # an open bracket: one part
        # past 64 lines joined to one part, the rest joins it: never tried again
        assert equation_lines("a = \n" + "x\n" * 70 + "b = c") == ["a = \n" + "x\n" * 70 + "b = c"]
    assert equation_lines("a = b\nc = d\n= e") == ["a = b", "c = d\n= e"]
    assert equation_lines("a = \n" + "x\n" * 60 + "b = c") == ["a = \n" + "x\n" * 59 + "x", "b = c"]
    assert equation_lines("w_2' = 0.203, \\quad\nw_3' = 0.201") == ["w_2' = 0.203", "w_3' = 0.201"]


def test_a_row_of_thousands_of_spaces_is_split_at_commas_in_linear_time():
    # before: each space tried the separator again over the rest of the run (16,000: 25 s through check)
    with time_limit(GENEROUS):
        assert equation_lines("a = b" + " " * 19_000 + "c") == ["a = b" + " " * 19_000 + "c"]
        assert equation_lines("a = b," + " " * 19_000 + "c = d") == ["a = b", " " * 19_000 + "c = d"]
        assert equation_lines("a = b" + " " * 19_000 + "\\text{i.e.} c") == ["a = b =  c"]  # the spaces the i.e.'s
    assert equation_lines("z=XW+b y^=σ(z)") == ["z=XW+b", "y^=σ(z)"]
    assert equation_lines("A = B \\text{ i.e. } = C") == ["A = B  = C"]


def test_a_row_ending_in_thousands_of_spaces_loses_its_remarks_in_linear_time():
    with time_limit(GENEROUS):
        for text in ("a = b" + " " * 19_000 + "c", "a = b" + "\t" * 19_000 + "c", "a = b." + " " * 19_000):
            drop_remarks(text)
    assert drop_remarks("a = b \\tag{2} .") == "a = b"
    assert drop_remarks(r"w = w - \eta g \: where \: \eta \: is \: the rate") == r"w = w - \eta g"


@pytest.mark.parametrize("formula", [
    LEFT + " " * 19_900 + "x",        # before: 16,000 spaces 25 s, 19,900 the limit
    " " * 19_900,                     # before: the limit (a list's bullet pattern split the run every way)
    "a = b" + "\t" * 19_000 + "c",    # before: 14 s (a rule's range after the formula split the tabs every way)
    "x\n" * 9_900,                    # before: the limit (each line read the text above it again)
    LEFT + "x\n= x" * 3_000,          # before: the limit
    "a" + "_1" * 6_000 + " = b",      # a code name of thousands of scripts
])
def test_check_reads_a_hostile_formula_within_its_limit(capsys, formula):
    with time_limit(GENEROUS):
        status = main(["check", REGRESSION, "--notation", "seed000", "--formula", formula])
    captured = capsys.readouterr()
    assert status == 2 and captured.out == "" and len(captured.err.strip().splitlines()) == 1
    assert "took longer than" not in captured.err
