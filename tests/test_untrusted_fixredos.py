"""Untrusted input (fixredos): the reader's patterns whose runs of spaces backtracked against each other now scan a
long run once.

Each pattern is run on long adversarial runs (tabs, spaces, newlines) under a generous CPU-time limit
(backprop.limits.time_limit), which the old pattern exceeded by far on the longest; and each is compared with its
old form (kept here, as written before the rewrite) on real examples and on many short strings of its own
characters, so that the rewrite matches exactly what the old one did. No test measures a time.
"""

from __future__ import annotations

import re

import pytest

from backprop.limits import time_limit
from backprop.symbolic.claim_definitions import _CHAIN, _NAME
from backprop.symbolic.claim_text import CLASS_WORD
from backprop.symbolic.decorations import WORD_COMMAND
from backprop.symbolic.line_breaks import _SEPARATOR, _SEPARATOR_LAST, _TUPLE_LEFT, _TUPLE_NAME
from backprop.symbolic.notation_meanings import _GRADIENT, _TRANSPOSE
from backprop.symbolic.number_remarks import _NUMBER_REMARK
from backprop.symbolic.typography_comments import _CONNECTIVE_LAST, CONNECTIVE_WORD
from backprop.symbolic.typography_display import _NOTE_AFTER
from pattern_rewrites import rewrite_tests

GENEROUS = 30  # seconds of CPU time; the old patterns took minutes (or hours) on these runs

OLD = {
    "gradient": re.compile(r"\s*(?P<sign>-)?\s*(?:(?P<number>\d+(?:\.\d+)?|\.\d+)\s*\*)?\s*(?:(?P<rate>eta)\s*\*)?"
                           r"\s*grad\s*\((?P<of>.*)\)\s*"),
    "transpose": re.compile(r"\s*(?:transpose\s*\((?P<of>.*)\)|(?P<before>.*?)\s*\.\s*T)\s*"),
    "connective": re.compile(r"\s*,?\s+(?:" + CONNECTIVE_WORD + r"|i\.\s?e\.?|ie\.?),?\s*$"),
    "class": re.compile(r"\s*(?:" + WORD_COMMAND + r"\s*)?\{?\s*(?:true|correct|target|label)\s*\}?\s*", re.I),
    "separator": re.compile(r"(?<!\\)\s*(?:" + _SEPARATOR.pattern + r")(?:\s|~|\\q?quad(?![A-Za-z])|\\[,;: ]|&)*$"),
    "tuple": re.compile(r"([ \t]*&?[ \t]*)(" + _TUPLE_NAME + r"(?:\s*,\s*" + _TUPLE_NAME + r")+)\s*=(?!=)"),
    "chain": re.compile(r"(?P<open>\s*(?:\$\$?|\\\[)?\s*)(?P<name>" + _NAME + r")\s*=(?![=<>])\s*"
                        r"(?P<first>[^=<>\n]*?[^=<>\s\n])\s*=(?![=<>])(?P<rest>[^\n]*?[^\s\n][^\n]*?)"
                        r"(?P<close>\s*(?:\$\$?|\\\])?[\s.,]*)"),
    "remark": re.compile(r"(?:^|(?<==))(?P<member>[^=\n]*?)(?:[ \t]|\\[,;: ]|\\q?quad\b)*(?:\((?P<percent>[ \t]*-?\d*\.?"
                         r"\d+[ \t]*\\?%[ \t]*)\)|\(?[ \t]*[\u2713\u2714][ \t]*\)?)[ \t.,;:!?]*$", re.M),
    "note": re.compile(r"\s*(?:--|—|–|:)?\s*[^\W\d_][^$\\0-9_^{}=<>]*$"),
}
NEW = {"gradient": _GRADIENT, "transpose": _TRANSPOSE, "connective": _CONNECTIVE_LAST, "class": CLASS_WORD,
       "separator": _SEPARATOR_LAST, "tuple": _TUPLE_LEFT, "chain": _CHAIN, "remark": _NUMBER_REMARK,
       "note": _NOTE_AFTER}
METHOD = {"gradient": "fullmatch", "transpose": "fullmatch", "connective": "search", "class": "fullmatch",
          "separator": "search", "tuple": "match", "chain": "fullmatch", "remark": "search", "note": "fullmatch"}
REAL = {
    "gradient": ["-grad(z1[:])", "0.5*grad(W1[0, 0])", "-eta*grad(W2[0, :])", " - 2 * eta * grad(b1[:]) ",
                 "grad(x[:])", "eta*grad(W1[:, :])", "-.5 * grad(a1[j])", "grad (W2[0, 0])", "- grad(z2[0]) \t"],
    "transpose": ["W1[:, :].T", "W1.T", "transpose(W1[:, :])", " W2[0, :] . T ", "y[:].T - a2[:].T", " .T",
                  "transpose (a1[:]) ", "(y[:] - a2[:]).T", "x[:] .T\t", "W1 T", "grad(W1[:, :]).T"],
    "connective": ["h = f(x0 w0 + b) or", "# z = Wx + b, so", "a = b i.e.", "x = 1 ,  therefore  ", "y = 2 and\n",
                   "dz = a - y ie", "w = w - eta g, where", "so", " , then ", "x = y;or", "a = b  AND  "],
    "class": [r"\text{true}", "true", " {correct} ", r"\mathrm { target }", "label", r"\textbf{Label}", "truth",
              r"\text true", "{true", r"\text{ correct}  ", ""],
    "separator": ["w_2' = 0.203, \\quad", "a = b ,\\;", "A &= B, \\quad &", "x = 1 \\text{ and }", "y = 2; ",
                  "a = 0,5", "z = w x + b \\ ,", "z = b \\quad\\quad", "x = y i.e.", "p = q that is,", "u = v\\; \\;"],
    "tuple": ["h_1, h_2 = \\sigma(s_1), \\sigma(s_2)", "  & a, b = 1, 2", "out_o1 , out_o2 = f(x)", "x = 1",
              "\\hat{y}_1, \\hat{y}_2 = p", "W_i,j = 3", "a, b == c"],
    "chain": ["$$ e_1 = a - y = 0.3 $$", "E = \\frac{1}{2}(y - a)^2 = 0.5 .", "\\[ \\delta_{k} = x = y \\]", "a = b",
              "  z  =  w x  =  3 ,", "$x = 1 = 2$", "d = e <= f"],
    "remark": ["a = 0.659 (65.9%)", "E = 1.000 \u2713", "x = 0.25 \\quad (25 \\%)", "y = 2 (\u2714)", "z = 1\ny = 3 \u2713.",
               "a = b", "p = 0.5\t(50%) ", "q = 1 \\, \u2713!"],
    "note": [" -- the output", " \u2014 Математические операции", ": the loss", "x", "  note 2", " -- ", "\tword = 1"],
}
ALPHABET = {
    "gradient": [" ", "\t", "-", "0", ".", "5", "*", "eta", "grad", "(", ")", "W1", "[", ":", "]", "\n"],
    "transpose": [" ", "\t", ".", "T", "transpose", "(", ")", "W1", "[", ":", "]", "\n", "x"],
    "connective": [" ", "\t", ",", "so", "or", "i.e.", "ie", "i.", "e", ".", "x", "=", "\n", "AND"],
    "class": [" ", "\t", "{", "}", r"\text", r"\mathrm", "true", "label", "x", "\n", r"\textbf"],
    "separator": [" ", "\t", ",", ";", "\\", "\\ ", "\\;", "\\quad", "~", "&", "i.e.", "that is", "and", "0", "x",
                  r"\text{", "}", "\n"],
    "tuple": [" ", "\t", "&", ",", "=", "a", "_", "1", "^", "{", "}", "\\hat", "x", "\n", "=="],
    "remark": [" ", "\t", "(", ")", "%", "0", ".", "5", "\u2713", "=", "\n", "\\,", "\\quad", "x", "!"],
    "note": [" ", "\t", "--", "\u2014", ":", "a", "\u0416", "1", "$", "\n", "="],
    "chain": [" ", "\t", "$", "$$", "\\[", "\\]", "a", "_", "1", "=", "<", "x", ".", ",", "\n", "\\delta"],
}


(test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples,
 test_the_rewrite_matches_what_the_old_pattern_did_on_short_strings_of_its_characters,
 test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples_edited_at_random) = rewrite_tests(
    OLD, NEW, METHOD, REAL, ALPHABET, strings=(20261207, 4000, 9), edits=(7, 4000))


@pytest.mark.parametrize("name", sorted(OLD))
@pytest.mark.parametrize("run", ["\t", " ", "\n", " \t"])
def test_a_long_run_of_spacing_is_scanned_in_linear_time(name, run):
    # before: 400 tabs took the gradient's pattern 880 s (four runs of spaces split every way), the others seconds
    # on 4,000 (each run scanned again from each of its characters, or split between two runs every way)
    text = run * 10_000
    with time_limit(GENEROUS):
        for sample in (text, text + "!", "a" + text + "!", text + "grad(", text + ".", text + "so x", "a" + text + "= b"):
            getattr(NEW[name], METHOD[name])(sample)  # as the reader calls it
