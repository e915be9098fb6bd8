"""Inline formulas of one line joined into one equation (a part of typography_prose's reading of a line of prose):
a relation typed between two of them outside their delimiters, ``$z^{(2)}$ = $W a$``, or a word for equals,
``$z^l$ is $a^{l-1}w^l + b^l$ for the $l^{th}$ layer``; and a word for equals between two formulas typed without
delimiters in a sentence, ``then df/dx equals f(x)(1 - f(x)).``

String rewriting with bounded loops over a bounded text, as typography.py's: nothing is evaluated.
"""

from __future__ import annotations

import re

from .math_spans import math_spans
from .syntax_tree import relation_pattern
from .typography_comments import CONNECTIVE_WORD

_RELATION = re.compile(relation_pattern())


# a word for "equals" between two formulas, one table of them: English "is", "equals", "is equal to", Spanish "es",
# "será", Portuguese "é", "será", Russian "равен", "равна", "равно", "равняется", German "ist", "ist gleich", French
# "est", "vaut", "est égal à" ("$z^l$ is $a^{l-1}w^l + b^l$ for the $l^{th}$ layer", "df/dx равен f(x)(1 - f(x))")
EQUALS_WORDS = re.compile(r"(?:is(?:[ \t]+equal[ \t]+to)?|equals|es|é|será|равен|равн(?:[аоы]|яется)|"
                          r"ist(?:[ \t]+gleich)?|est(?:[ \t]+égale?[ \t]+à)?|vaut)")
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
    (``the derivative of $a$ is $b$``, ``$a$ is $b$ plus $c$`` stay as written). Two formulas glued, the first's
    closing ``$`` the second's opening, ``$E = \\frac{1}{2} $${\\sum_k} (t_k - a_k)^2 $``, the second without a
    relation, render as one formula and are joined into one."""
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
            if end == start and not _RELATION.search(after):
                # $E = \frac{1}{2} $${\sum_k} (t_k - a_k)^2 $: a formula closed and the next opened at once, no
                # relation in it, renders as one formula, the second its continuation
                line = f"{line[:first]}${latex} {after}${line[last_end:]}"
                break
        else:
            return line
    return line


# a word for equals between two formulas typed without delimiters (spaces around it)
_EQUALS_WORD_BETWEEN = re.compile(r"(?<=\S)[ \t]+(?:" + EQUALS_WORDS.pattern + r")[ \t]+(?=\S)")
# the first formula before it: a derivative's quotient (df/dx, ∂E/∂w_5), or a name (h, f'(x)) the line opens with
_QUOTIENT_BEFORE = re.compile(r"(?<!\S)[d\u2202][^\s/=<>]*/[d\u2202][^\s/=<>]+$")
_NAME = re.compile(r"[^\W\d]\w*'?(?:\([^()\s]*\))?")
# a formula's mark on the second side: an operator, a bracket or a digit (never a word alone: "dE/dw is negative")
_FORMULA_MARK = re.compile(r"[-+*/^()\[\]\d\u2212\u00d7\u00b7\u22c5]")
# two words of prose in a row on the second side: the sentence goes on ("dE/dw is the slope of ..."), no formula;
# or a word opening it before a space and no operator: an adverb or a negation ("dE/dw is not (y - a) x", "is just
# ...", never the name of "out - target")
_TWO_WORDS = re.compile(r"(?<![\w.])[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}(?![\w(])|^[^\W\d_]{2,}[ \t]+(?![-+*/^=<>)\u2212\u00d7\u00b7\u22c5 \t])")
_SENTENCE_END = " \t.,;:!?"


def joined_by_equals_word(line: str) -> str:
    """``line``, a sentence's line without math delimiters and without a relation, with a word for equals
    (EQUALS_WORDS) between two formulas as ``=``: ``то производный результат df/dx равен f(x)(1 - f(x)).`` as ``...
    df/dx = f(x)(1 - f(x)).``, where the first is a derivative's quotient (d or ∂ over d or ∂: the words before it
    can only name it), or a name opening the line (``h is 1/(1 + exp(-s))``, a list's mark or a connective word
    before it), and the second ends the line, a formula (an operator, a bracket or a digit in it) with no two words
    of prose in a row. Anything else is left as written: ``the derivative of f is f(1 - f)`` says the claim's left
    side in words, which check does not read."""
    if _RELATION.search(line):
        return line
    lead = _BEFORE_EQUALS.match(line).end()
    for word in _EQUALS_WORD_BETWEEN.finditer(line):
        before, right = line[:word.start()], line[word.end():].rstrip(_SENTENCE_END)
        if not _FORMULA_MARK.search(right) or _TWO_WORDS.search(right):
            continue
        if _QUOTIENT_BEFORE.search(before) or _NAME.fullmatch(before, lead):
            return f"{before} = {line[word.end():]}"
    return line
