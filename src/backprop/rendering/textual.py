"""Helpers shared by the renderers: block dispatch, prose assembly and plain-text equations."""

from __future__ import annotations

from typing import Callable

from .blocks import CONTINUED, FIRST, Code, Equation, indent_of, layout
from .pieces import Tex

# Parts of prose that attach to the word before them without a space.
_ATTACHED = (".", ",", ";", ":", ")")


def render_blocks(blocks: list, handlers: dict[type, Callable]) -> str:
    """Each block rendered by the handler for its type, separated by blank lines."""
    return "\n\n".join(filter(None, (handlers[type(block)](block) for block in blocks))) + "\n"


def join_parts(parts: list, spell: dict[type, Callable]) -> str:
    """Prose from words, formulas and commands, each part spelled by ``spell[type]``."""
    words = []
    for part in parts:
        word = spell[type(part)](part)
        if not word:
            continue
        if words and not (isinstance(part, str) and part.startswith(_ATTACHED)):
            words.append(" ")
        words.append(word)
    return "".join(words)


def equation_lines(eq: Equation, width: int) -> list[str]:
    """The equation as plain-text lines of at most ``width`` columns (where it can break)."""
    indent = indent_of(eq, width)
    lines = []
    for row in layout(eq, width):
        lead = {FIRST: 0, CONTINUED: indent + 3}.get(row.kind, indent)
        lines.append(" " * lead + row.text)
    return lines


def plain(part: Tex | Code | str) -> str:
    """The plain-text spelling of any prose part."""
    return part if isinstance(part, str) else part.text
