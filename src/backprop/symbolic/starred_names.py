"""A star glued to a name in plain text, ``L = 0.5 (Y - Y*)^2``: the name's star superscript (``Y^{*}``, a target or
an optimum), where the notation names that starred symbol.

A ``*`` after a name whose starred pattern the notation has (``"Y^{*}"``, ``"y_{i}^*"``), followed by a closing
bracket, a comma, a ``/``, a power's ``^``, a relation (after a space: ``*=`` is code's update) or the end of the line, can only be the
star: no product ends there. Followed by ``+`` or ``-`` (``Y*-X``) it may also be the product with a signed factor,
so the formula is judged both ways, and refused in one line where the two readings do not agree. Elsewhere ``*``
stays the product (``Y*X``, ``Y * (1 - Y)``), and a name the notation gives no starred pattern keeps its product.
"""

from __future__ import annotations

import re
from typing import Callable

from .equation_numbers import either_reading
from .notation import Notation
from .quantities import short

# what may follow the star where no product can: a closing bracket (or TeX's \right, a math delimiter), a comma, a
# semicolon, a division, a power (t*^2), a relation after a space, or the line's end (after a sentence's full stop)
_ONLY_STAR = r"(?=[ \t]*(?:[)\]},;/^]|\\right\b|\\[)\]]|\$|=|[.]?[ \t]*$))"
# a sign after the star, glued to the name: the star, or the product with a signed factor
_EITHER = r"(?=[ \t]*[-+\u2212\u2013])"


def starred_bases(notation: Notation | None) -> set[str]:
    """The bases whose star superscript the notation names (``Y`` for ``"Y^{*}"``)."""
    if notation is None:
        return set()
    return {pattern.base for pattern in notation.patterns
            if pattern.sup in ("*", "{*}") and pattern.primes == 0}


def _name(base: str) -> str:
    """A regex of ``base`` as a whole name in the text, with any subscript after it."""
    before = r"(?<![A-Za-z0-9_\\])" if base[:1].isalnum() else ""
    return before + re.escape(base) + r"(?![A-Za-z0-9])(?:_\{[^{}\n]*\}|_[A-Za-z0-9]+)?"


def _star_pattern(bases: set[str], spaced: bool, after: str) -> re.Pattern:
    names = "|".join(_name(base) for base in sorted(bases, key=len, reverse=True))
    space = r"[ \t]*" if spaced else ""
    return re.compile(rf"({names}){space}\*(?![*=]){after}", re.M)


def _starred(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda match: f"{match.group(1)}^{{*}}", text)


def starred_both_ways(text: str, notation: Notation | None, judge: Callable):
    """``judge(text)`` with each starred name the notation knows written ``name^{*}`` where only the star reads, and
    judged both as the star and as the product where both do; FormulaError, in one line, where those disagree."""
    bases = starred_bases(notation)
    if not bases or "*" not in text:
        return judge(text)
    text = _starred(text, _star_pattern(bases, True, _ONLY_STAR))
    either = _star_pattern(bases, False, _EITHER)
    match = either.search(text)
    if match is None:
        return judge(text)
    name = match.group(1)
    star, _product = either_reading(
        lambda: judge(_starred(text, either)), lambda: judge(text),
        f"formula {short(text)}: '{name}*' before a sign reads as {name}^{{*}} (the notation's starred symbol) or as"
        f" {name} times what follows, and the two readings do not agree; write {name}^{{*}} for the starred symbol, or"
        f" {name} * (...) with the signed factor in parentheses")
    return star
