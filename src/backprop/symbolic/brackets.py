"""Where a formula's text stands outside every bracket: the one count of bracket depth that the reader's
splitting at top-level separators uses (a tuple's commas, a call's arguments, a chain's relations, a display's
claims after a comma).

The brackets are ( [ { and, by default (SET), the printed braces \\{ \\} (a set's, opened and closed as a brace is);
where one kind alone bounds what is looked for (PARENTHESES: a code line's factor, ``y(j)``; GROUPS: TeX's brace
groups, decorations'), the others are characters.
The two characters of an escape, \\{ \\} and LaTeX's spacing \\, \\; (1\\cdot1\\;+\\;1\\cdot2), are stepped over whole:
its second character is never a position of its own, so the comma of \\, is no separator. Where a relation is looked
for (PRINTED), the printed brackets \\{ \\} \\[ \\] \\( \\) are characters, no group: stepped over whole, uncounted (the
relation of ``\\{ x = 1 \\}`` stands outside every bracket); with PRINTED_BRACES the printed braces alone are
(``\\(`` and ``\\[`` stay brackets: a line's net depth, line_breaks; a brace group's, decorations). Read as TeX
reads it (TEX), every backslash and the character after it are one control symbol, none a bracket (``\\\\``, a line
break, escapes nothing after it).

String scanning of a bounded text, linear in its length: nothing is evaluated.
"""

from __future__ import annotations

import re
from typing import Iterator

#: how a backslash is read (the module docstring): the printed braces a set's brackets, and LaTeX's spacing
#: stepped over; the printed brackets characters, no group; the printed braces alone characters; every backslash and
#: the next character one symbol
SET, PRINTED, PRINTED_BRACES, TEX = "set", "printed", "printed braces", "tex"
#: which brackets are counted, each opening then its closing: all three kinds (the default), parentheses alone, or
#: TeX's brace groups alone
ALL, PARENTHESES, GROUPS = "()[]{}", "()", "{}"
# the characters after a backslash that it escapes, stepped over whole with it (for SET the braces among them are
# counted as brackets; TEX escapes every character)
_ESCAPED = {SET: "{},;", PRINTED: "{}[]()", PRINTED_BRACES: "{}"}


def bracket_depths(text: str, position: int = 0, escapes: str = SET,
                   brackets: str = ALL) -> Iterator[tuple[int, int]]:
    """(position, depth) for each position of ``text`` from ``position`` (taken as outside every bracket) that is
    no escape's second character, depth the number of brackets open before it (negative after a bracket that closes
    one opened before ``position``); last, (len(text), the depth at the end). ``escapes``: SET, PRINTED or TEX,
    how a backslash is read (the module docstring); ``brackets``: which are counted (ALL or PARENTHESES; SET's
    printed braces only with the braces)."""
    depth, escaped = 0, _ESCAPED.get(escapes)
    opening, closing = brackets[0::2], brackets[1::2]
    while position < len(text):
        yield position, depth
        character = text[position]
        if character == "\\" and position + 1 < len(text) and (escaped is None or text[position + 1] in escaped):
            if escapes == SET and text[position + 1] in "{}" and "{" in opening:
                depth += 1 if text[position + 1] == "{" else -1
            position += 2
            continue
        if character in opening:
            depth += 1
        elif character in closing:
            depth -= 1
        position += 1
    yield len(text), depth


def outside_brackets(text: str, position: int = 0, escapes: str = SET, brackets: str = ALL) -> Iterator[int]:
    """Each position of ``text`` from ``position`` (itself outside every bracket) at which every bracket opened
    since is closed (``escapes``, ``brackets``: how a backslash is read and which brackets count, bracket_depths)."""
    return (at for at, depth in bracket_depths(text, position, escapes, brackets) if depth == 0 and at < len(text))


def match_outside_brackets(text: str, pattern: re.Pattern, position: int = 0, escapes: str = SET,
                           spacing_whole: bool = False) -> re.Match | None:
    """The first match of ``pattern`` in ``text`` from ``position`` (outside every bracket, as the text's start or the
    end of an earlier such match is) outside every bracket (``escapes``: how a backslash is read, bracket_depths).
    ``spacing_whole``: the pattern's leading ``\\s*`` takes a run of whitespace whole and nothing after it starts
    with whitespace, so it matches at a whitespace character right after one tried only where it matched there: each
    run is tried at its first character alone (a long run read once, not again from each of its characters)."""
    previous = None
    for at in outside_brackets(text, position, escapes):
        if spacing_whole and previous == at - 1 and text[at].isspace() and text[previous].isspace():
            previous = at
            continue
        if (match := pattern.match(text, at)) is not None:
            return match
        previous = at
    return None


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


def closing_bracket(text: str, opening: int, escapes: str = SET, brackets: str = ALL) -> int | None:
    """The position of the bracket that closes the one at ``opening`` (of a printed \\}, its brace); None where
    none does (``escapes``, ``brackets``: how a backslash is read and which brackets count, bracket_depths)."""
    for at, depth in bracket_depths(text, opening + 1, escapes, brackets):
        if depth < 0:
            return at - 1
    return None


def opening_bracket(text: str, closing: int, escapes: str = SET, brackets: str = ALL) -> int | None:
    """The position of the bracket that the one at ``closing`` closes (the text's start taken as outside every
    bracket); None where none does, or ``closing`` is no bracket's (an escape's brace, ``\\}``, is no position of
    its own) (``escapes``, ``brackets``: how a backslash is read and which brackets count, bracket_depths)."""
    opened, previous = [], None
    for at, depth in bracket_depths(text, 0, escapes, brackets):
        if previous is not None and depth > previous[1]:
            opened.append(previous[0])
        elif previous is not None and depth < previous[1] and opened:
            opened.pop()
        if at == closing:
            return opened[-1] if opened and at < len(text) and text[at] in brackets[1::2] else None
        previous = (at, depth)
    return None


def net_depth(text: str, escapes: str = SET) -> int:
    """How many brackets ``text`` leaves open at its end, negative where more close than open (``escapes``: how a
    backslash is read, bracket_depths)."""
    depth = 0
    for _at, depth in bracket_depths(text, 0, escapes):
        pass
    return depth


def call_arguments(text: str, opening: int) -> list[str] | None:
    """The arguments in the brackets opening at ``opening``, split at their top-level commas (one, the whole text,
    where there is no comma); None where the brackets do not close."""
    closing = closing_bracket(text, opening)
    return None if closing is None else top_level_parts(text[opening + 1:closing])
