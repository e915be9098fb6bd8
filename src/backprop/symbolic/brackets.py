"""Where a formula's text stands outside every bracket: the one count of bracket depth that the reader's
splitting at top-level separators uses (a tuple's commas, a call's arguments, a chain's relations, a display's
claims after a comma).

The brackets are ( [ { and the printed braces \\{ \\} (a set's, opened and closed as a brace is). The two characters
of an escape, \\{ \\} and LaTeX's spacing \\, \\; (1\\cdot1\\;+\\;1\\cdot2), are stepped over whole: its second
character is never a position of its own, so the comma of \\, is no separator. Where a relation is looked for
(``printed``), the printed brackets \\{ \\} \\[ \\] \\( \\) are characters, no group: stepped over whole, uncounted
(the relation of ``\\{ x = 1 \\}`` stands outside every bracket).

String scanning of a bounded text, linear in its length: nothing is evaluated.
"""

from __future__ import annotations

import re
from typing import Iterator

_OPENING, _CLOSING = "([{", ")]}"
# the second characters of the escapes stepped over whole (the braces among them counted as brackets); with
# printed, those of the printed brackets (none counted)
_ESCAPED, _PRINTED = "{},;", "{}[]()"


def bracket_depths(text: str, position: int = 0, printed: bool = False) -> Iterator[tuple[int, int]]:
    """(position, depth) for each position of ``text`` from ``position`` (taken as outside every bracket) that is
    no escape's second character, depth the number of brackets open before it (negative after a bracket that closes
    one opened before ``position``); last, (len(text), the depth at the end). ``printed``: the printed brackets are
    no group (the module docstring)."""
    depth, escaped = 0, _PRINTED if printed else _ESCAPED
    while position < len(text):
        yield position, depth
        character = text[position]
        if character == "\\" and position + 1 < len(text) and text[position + 1] in escaped:
            if text[position + 1] in "{}" and not printed:
                depth += 1 if text[position + 1] == "{" else -1
            position += 2
            continue
        if character in _OPENING:
            depth += 1
        elif character in _CLOSING:
            depth -= 1
        position += 1
    yield len(text), depth


def outside_brackets(text: str, position: int = 0, printed: bool = False) -> Iterator[int]:
    """Each position of ``text`` from ``position`` (itself outside every bracket) at which every bracket opened
    since is closed (``printed``: the printed brackets no group)."""
    return (at for at, depth in bracket_depths(text, position, printed) if depth == 0 and at < len(text))


def match_outside_brackets(text: str, pattern: re.Pattern, position: int = 0,
                           printed: bool = False) -> re.Match | None:
    """The first match of ``pattern`` in ``text`` from ``position`` (outside every bracket, as the text's start or the
    end of an earlier such match is) outside every bracket (``printed``: the printed brackets no group)."""
    return next(filter(None, (pattern.match(text, at) for at in outside_brackets(text, position, printed))), None)


def top_level_parts(text: str, separators: str = ",", balanced: bool = False) -> list[str] | None:
    """``text`` split at each of its ``separators`` (characters) outside every bracket. With ``balanced``, None
    where its brackets do not balance in it (one closes that it did not open, or one it opens stays open: a
    ``f(a) + g(b)`` matched whole as one call's ``a) + g(b``)."""
    cuts = []
    for at, depth in bracket_depths(text):
        if depth < 0 and balanced:
            return None
        if depth == 0 and at < len(text) and text[at] in separators:
            cuts.append(at)
    if balanced and depth != 0:
        return None
    return [text[start + 1:end] for start, end in zip([-1, *cuts], [*cuts, len(text)])]


def balanced(text: str) -> bool:
    """Whether every bracket of ``text`` closes in it, none closing before it opens."""
    return top_level_parts(text, "", balanced=True) is not None


def closing_bracket(text: str, opening: int) -> int | None:
    """The position of the bracket that closes the one at ``opening`` (of a printed \\}, its brace); None where
    none does."""
    for at, depth in bracket_depths(text, opening + 1):
        if depth < 0:
            return at - 1
    return None


def call_arguments(text: str, opening: int) -> list[str] | None:
    """The arguments in the brackets opening at ``opening``, split at their top-level commas (one, the whole text,
    where there is no comma); None where the brackets do not close."""
    closing = closing_bracket(text, opening)
    return None if closing is None else top_level_parts(text[opening + 1:closing])
