"""Inline formulas of one line joined into one equation (a part of typography_prose's reading of a line of prose):
a relation typed between two of them outside their delimiters, ``$z^{(2)}$ = $W a$``, or a word for equals,
``$z^l$ is $a^{l-1}w^l + b^l$ for the $l^{th}$ layer``.

String rewriting with bounded loops over a bounded text, as typography.py's: nothing is evaluated.
"""

from __future__ import annotations

import re

from .math_spans import math_spans
from .syntax_tree import relation_pattern
from .typography_comments import CONNECTIVE_WORD

_RELATION = re.compile(relation_pattern())


# a word for "equals" between two inline formulas, one table of them: English "is", "equals", "is equal to",
# Spanish "es", "será", Portuguese "é", "será" ("$z^l$ is $a^{l-1}w^l + b^l$ for the $l^{th}$ layer")
EQUALS_WORDS = re.compile(r"(?:is(?:[ \t]+equal[ \t]+to)?|equals|es|é|será)")
# what may stand before the first formula of such a sentence: a list's mark and a connective word ("Then $z$ is
# ..."), no word that makes the formula part of a phrase ("the derivative of $a$ is $b$")
_BEFORE_EQUALS = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+|\d+[.)][ \t]+)?(?:" + CONNECTIVE_WORD + r",?[ \t]+)?")
# what may follow the second: the sentence's end, or a clause "for ..." naming what the claim is about, its
# mentions no relation ("for the $l^{th}$ layer")
_AFTER_EQUALS = re.compile(r"[ \t.,;:!?]*|[ \t]+for[ \t][^=<>\n]*")


def joined_across_relations(line: str) -> str:
    """``line`` with each relation typed between two inline formulas, ``$z^{(2)}$ = $W a$``, inside them: one
    equation, ``$z^{(2)} = W a$``, split by its author's delimiters; a chain's every member joined so too. So is
    a word for equals (EQUALS_WORDS) between the line's only two claims' formulas, ``$z^l$ is $a^{l-1}w^l + b^l$
    for the $l^{th}$ layer`` (roastidio's notes): where the first formula opens the sentence (a list's mark, a
    connective word before it, _BEFORE_EQUALS) and holds no relation, the second is its last (the sentence's end
    or a "for ..." clause after it, _AFTER_EQUALS): the words around the two say nothing of an operation on them
    (``the derivative of $a$ is $b$``, ``$a$ is $b$ plus $c$`` stay as written)."""
    for _ in range(line.count("$")):
        spans = [span for span in math_spans(line) if not span[3] and line.startswith("$", span[0])]
        for (first, end, latex, _display), (start, last_end, after, _) in zip(spans, spans[1:]):
            relation = line[end:start].strip()
            if EQUALS_WORDS.fullmatch(relation) and _BEFORE_EQUALS.fullmatch(line[:first]) \
                    and _AFTER_EQUALS.fullmatch(line[last_end:]) and not _RELATION.search(latex) \
                    and not _RELATION.search(after):
                relation = "="
            if relation in ("=", ":=", r"\approx", "≈") and "\n" not in line[end:start]:
                line = f"{line[:first]}${latex} {relation} {after}${line[last_end:]}"
                break
        else:
            return line
    return line
