"""Formulas quoted in a sentence (a part of typography.py's cleaning): ``Just below, obviously "w = w + lr * g" should
be "w = w - lr * g", which is the descent.`` Each span in double quotes (straight, or typographic “...”) holding a
relation is a formula, its own claim (so is one in a Chinese or Japanese page's brackets, ``【 a = σ(z) 】``, 「 」
『 』); the words outside the quotes are prose. Code's strings (``print("loss = ",
loss)``, ``s = "a = b"``) are no sentence: a line with anything but words and punctuation outside its quotes stays
as it is.

String rewriting over a bounded text, as the rest of typography: nothing is evaluated.
"""

from __future__ import annotations

import re

from .syntax_tree import relation_pattern
from .typography_prose import PROSE_WORD

_RELATION = re.compile(relation_pattern())
# a double-quoted span on one line: straight quotes, or the typographic pair; or a Chinese or Japanese page's corner
# brackets 「 」 『 』 or lenticular brackets 【 】, which set a formula apart in its sentence as quotes do
_QUOTED = re.compile(r"\"(?P<straight>[^\"\n]+)\"|\u201c(?P<curly>[^\u201c\u201d\"\n]+)\u201d"
                     r"|\u300c(?P<corner>[^\u300c\u300d\n]+)\u300d|\u300e(?P<double>[^\u300e\u300f\n]+)\u300f"
                     r"|\u3010(?P<lenticular>[^\u3010\u3011\n]+)\u3011")
_OPENINGS = "\"\u201c\u300c\u300e\u3010"
# Markdown's emphasis on a word of the prose, *descent*, _not_, **never**: the prose's
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(?=[^\W\d_])([^*_\n]+?)(?<=\w)\1(?![\w*])")
# a sentence's text outside the quotes: words (any script), digits, spaces and punctuation only; no bracket, no
# operator, no relation (which code around a string, or a formula outside the quotes, would have)
_PROSE_ONLY = re.compile(r"[\w\s,;:.!?'\u2019\u3001\u3002\uff0c\uff1a\uff1b-]*")  # (and ideographic 。、，：；)
# a word before a quote making its formula a condition, not a claim: if "y = 1", ...
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|whenever|unless|given|for)\W*$", re.I)


def quoted_formulas(text: str) -> str:
    """Each line of ``text`` whose double-quoted spans hold relations and whose words outside them are prose (two
    words of two letters or more, and nothing but words and punctuation) as those formulas, each on a line of its
    own (several claims); a quoted span with no relation (a title, "Forward propagation") is prose too. Kept as
    they are: a line with a bracket, an operator or a relation outside its quotes (code, a formula in the open),
    with no quoted relation, or whose word before a quote makes its equation a condition (``if "y = 1"``)."""
    if not any(opening in text for opening in _OPENINGS):
        return text
    return "\n".join(_quoted_formulas(line) for line in text.split("\n"))


def _quoted_formulas(line: str) -> str:
    spans = list(_QUOTED.finditer(line))
    formulas = [span for span in spans if _RELATION.search(_quoted(span))]
    if not formulas or line.count("\"") % 2:
        return line
    outside, position = [], 0
    for span in spans:
        outside.append(line[position:span.start()])
        position = span.end()
    outside.append(line[position:])
    words = _EMPHASIS.sub(r"\2", " ".join(outside))
    if not _PROSE_ONLY.fullmatch(words) or len(PROSE_WORD.findall(words)) < 2:
        return line
    if any(_CONDITION_BEFORE.search(line[:span.start()]) for span in formulas):
        return line
    return "\n".join(" ".join(_quoted(span).split()) for span in formulas)


def _quoted(span: re.Match) -> str:
    """What ``span``'s quotes or brackets hold."""
    return next(group for group in span.groups() if group is not None)
