"""A word opening a line before its formula, a label in prose where it names nothing: ``3. Compute delta(L) = a(L) -
y``, a sentence's adverb before a comma, ``Consequently, dw = ...``, or a word of Chinese, Japanese or Korean prose,
``따라서 dL/dw = ...`` ("therefore"). The formula is judged as written first; only where that reading is refused (for
the word, as an unknown symbol; after a comma, in any way) is it judged without the word (two_readings.text_readings
applies it among a formula's two-way constructs)."""

from __future__ import annotations

import re
from typing import Callable

from .formula_remarks import notation_names
from .line_breaks import LEAD_IN_WORD
from .notation import Notation
from .quantities import FormulaError, unknown_name_alone
from .syntax_tree import EAST_ASIAN_LETTER
from .typography import MATH_WORDS
from .typography_comments import CONNECTIVE_WORD

# a capitalised word of four letters or more opening a line (after a list's number or bullet), then a space and a
# formula's first letter or command, a relation later on the line: "3. Compute delta(L) = a(L) - y"; a word of
# Chinese, Japanese or Korean prose, "따라서 dL/dw = ..." ("therefore"); or a capital letter alone before a word of
# prose, a sentence's subject: "I don't see why dw = x dz"
_LIST_OPENING = r"^([ \t]*(?:\d+[.)]|[-*\u2022])?[ \t]*)"  # a list's number or bullet, if any, before the word
_LABEL_WORD = re.compile(rf"{_LIST_OPENING}([A-Z][a-z]{{3,}}|{EAST_ASIAN_LETTER}+|"
                         r"[A-Z](?=[ \t]+[a-z]+['\u2019][a-z]+[ \t]|[ \t]+[a-z]{3,}[ \t]))[ \t]+(?=[A-Za-z\\][^\n=]*=)",
                         re.M)
# a capitalised word of three letters or more (or of Chinese, Japanese or Korean) and a comma opening a line:
# "Thus, dw = ...", "所以，dw = ..."
_COMMA_WORD = re.compile(rf"{_LIST_OPENING}([A-Z][a-z]{{2,}}|{EAST_ASIAN_LETTER}+)[ \t]*[,\uff0c][ \t]*"
                         r"(?=[A-Za-z\\][^\n=]*=)", re.M)
_OWN_RULE_WORD = re.compile(LEAD_IN_WORD + "|" + CONNECTIVE_WORD)


def label_word(text: str, judge: Callable, notation: Notation | None = None):
    """``judge(text)``, or, where it is refused as an unknown symbol for a word opening a line (_LABEL_WORD), the
    text without the word, a label in prose (``3. Compute delta(L) = ...``): the word named nothing, so no product
    holds it; so with a word before a comma (_COMMA_WORD, ``Consequently, dw = ...``) refused in any way, where the
    notation names no such word (a tuple's first name reads as written). Where the text reads as written (the word
    a name, or a sentence's), that reading is kept."""
    match = _LABEL_WORD.search(text) or _COMMA_WORD.search(text)
    if match is None or match.group(2).lower() in MATH_WORDS or _OWN_RULE_WORD.fullmatch(match.group(2)) \
            or match.re is _COMMA_WORD and match.group(2) in notation_names(notation)[0]:
        return judge(text)  # a function's or Greek letter's name; a lead-in or connective word (line_breaks.py)
    try:
        return judge(text)
    except FormulaError as refusal:
        if match.re is _LABEL_WORD and unknown_name_alone(refusal) != match.group(2):
            raise
    return judge(text[:match.end(1)] + text[match.end():])
