"""An equation's number in an alignment column of its own (one of two_readings' constructs): a row of an aligned
display ending with ``&`` and its number, ``o_1 &= w_5 h_1 + w_6 h_2 & (5) \\\\``, ``... &- (5)``, ``... &\\text{(5)}``.

``\\text{(5)}`` is a label alone (no arithmetic is written in \\text; ``\\tag{5}`` typography drops). A bare ``(5)``
could be the row's last factor, and a dash before it the row minus 5: align's columns are typeset apart, but a page
may also align a term of the row in a column of its own (``a &= b &+ c``). So the text is judged both ways, with the
column as the label (dropped) and as written, and refused in one line where the verdicts differ (or one reading is
refused), saying to write ``\\tag{5}``; except where every row of the display, three or more, is numbered so in
sequence (``& (1)``, ``& (2)``, ``& (3)``: a column of numbers), read as labels.

Only a column after a relation on its row, outside any matrix, cases or array (whose ``&`` separates entries).

A period glued between a name and a digit, ``w_{1,m}.1``: the page's product with the number, or a decimal after
the name; judged both ways, refused where they disagree (dot_digit_both_ways, another of two_readings' constructs).
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .formula_remarks import EQUATION_NUMBER, TEX_SPACING
from .quantities import short
from .readings_compared import either_reading
from .syntax_tree import relation_pattern
from .typography_unicode import DASH_CHARACTERS


# "&", perhaps a dash (or two, an en dash, a minus sign), then (5) or \text{(5)}, closing its line (perhaps the row's
# \\, the environment's end and the display's $$ after it)
_COLUMN_NUMBER = lazy_pattern(r"&" + TEX_SPACING + r"(?P<dash>[" + DASH_CHARACTERS + r"]{1,2}" + TEX_SPACING + r")?"
                              r"(?:\((?P<number>" + EQUATION_NUMBER + r")\)|\\text\s*\{\s*\((?P<text>" + EQUATION_NUMBER
                              + r")\)\s*\})(?=[ \t]*(?:\\\\)?[ \t]*(?:\\end\{[A-Za-z]+\*?\}[ \t]*)?(?:\$\$?)?[ \t]*$)", re.M,
                              needs=("&",))
#: the same column, for a document's reader (grade), which keeps its & so that check reads the row as written
NUMBER_COLUMN = _COLUMN_NUMBER
_ANY_RELATION = lazy_pattern(relation_pattern())
_ROW_BREAK = lazy_pattern(r"\\\\")
_ARRAY = lazy_pattern(r"\\(begin|end)\{(?:[a-zA-Z]*matrix|cases|array)\*?\}")
# 5.1.2: a section's number, never a number's value
_ONLY_LABEL = lazy_pattern(r"\d+(?:\.\d+){2,}[a-z]?")


def column_labels_both_ways(text: str, judge: Callable):
    """``judge(text)`` with each row's equation number in an alignment column of its own read as its label, and where
    the column could also be arithmetic (a bare number, a dash before it), as written too: refused where the two
    readings disagree."""
    matches = [match for match in _COLUMN_NUMBER.finditer(text) if _after_relation(text, match.start())
               and not _inside_array(text, match.start())]
    if not matches:
        return judge(text)
    labelled = _without(text, matches)
    labels_only = [match for match in matches if match.group("text") or _ONLY_LABEL.fullmatch(match.group("number"))]
    if len(labels_only) == len(matches) or _numbered_in_sequence(text, matches):
        return judge(labelled)
    first = next(match for match in matches if match not in labels_only)
    number = first.group("number")
    return either_reading(
        lambda: judge(labelled), lambda: judge(_without(text, labels_only)),
        f"formula {short(text)}: '{' '.join(first.group(0).split())}' ending the row reads as the equation's number in an"
        f" alignment column of its own or as arithmetic on the row, and the two readings do not agree; write"
        f" \\tag{{{number}}} for its number")


def _numbered_in_sequence(text: str, matches: list) -> bool:
    """Whether every row of the display that holds a relation ends with its number's column, without a dash, three
    rows at least, numbered in sequence (each number the one before, or one more, or one less throughout: (1), (2),
    (3), a backward pass's (7), (6), (6), (5) citing the rows it follows): a column of numbers no row's arithmetic is
    (two rows, (3) and (4), may still be two factors)."""
    numbers = [int(match.group("number")) if (match.group("number") or "").isdigit() and not match.group("dash")
               else None for match in matches]
    steps = {after - before for before, after in zip(numbers, numbers[1:])} if None not in numbers else {2}
    rows = [row for row in _ROW_BREAK.split(text) if _ANY_RELATION.search(row)]
    return len(matches) == len(rows) > 2 and steps != {0} and (steps <= {0, 1} or steps <= {0, -1})


def _after_relation(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    return _ANY_RELATION.search(text, line_start, position) is not None


def _inside_array(text: str, position: int) -> bool:
    depth = 0
    for match in _ARRAY.finditer(text, 0, position):
        depth += 1 if match.group(1) == "begin" else -1
    return depth > 0


def _without(text: str, matches: list) -> str:
    for match in reversed(matches):
        text = text[:match.start()] + text[match.end():]
    return text


# a period glued between a name's letter (never a command's, \cdot.5), a closing script's brace, bracket or
# parenthesis and a digit: w_{1,m}.1, the product with the number (a page whose "." is the product) or the decimal
# after an implied product (w_{1,m} 0.1); after a digit it is the number's own point (0.5)
_DOT_BEFORE_DIGIT = lazy_pattern(r"(?:(?<![\\A-Za-z])[A-Za-z]+|[}\])])\.(?=\d)")


def _names_tuple_field(text: str, match: re.Match, names: frozenset) -> bool:
    """Whether the name, its period and the digits after it open a name of ``names`` with an index after them, Rust's
    tuple field ``self.0[i].weights`` where the notation names ``self.0[].weights`` (syntax_code reads it so)."""
    written = match.group(0) + re.match(r"\d+", text[match.end():]).group(0)
    return any(name.startswith(written + "[]") for name in names)


def dot_digit_both_ways(text: str, judge: Callable, names: frozenset = frozenset()):
    """``judge(text)`` with each period glued between a name (or a closing script) and a digit, ``w_{1,m}.1``, read
    both as the decimal the text writes and as the product sign (``w_{1,m} \\cdot 1``); FormulaError, in one line,
    where the two readings do not agree (or one is refused). A name of ``names`` (the notation's) before it is R's
    dotted name, ``layer.1`` (syntax_code: its subscript), the one reading; so is Rust's tuple field the notation
    names, ``self.0[i].weights``."""
    matches = [match for match in _DOT_BEFORE_DIGIT.finditer(text) if match.group(0)[:-1] not in names
               and not _names_tuple_field(text, match, names)]
    if not matches:
        return judge(text)
    product = text
    for match in reversed(matches):
        product = product[:match.end() - 1] + r" \cdot " + product[match.end():]
    digits = re.match(r"\d+", text[matches[0].end():]).group(0)
    glued = text[matches[0].start():matches[0].end()] + digits
    return either_reading(
        lambda: judge(text), lambda: judge(product),
        f"formula {short(text)}: '{glued}' reads as a product with the number or as a decimal after the name, and"
        f" the two readings do not agree; write \\cdot (or *) for the product, or a space and 0.{digits} for"
        f" the decimal")
