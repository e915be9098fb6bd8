"""The tokens of a LaTeX formula, for latex.py's reader, and the cursor over them: peeking, taking,
expecting a token, and the one-line FormulaError naming where a formula cannot be read (with a hint
for the commands people write instead of the subset's: ``\\alpha`` for ``\\eta``, ``\\hat{y}``, ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import lazy_pattern
from .quantities import FormulaError, short as _short

_TOKEN = lazy_pattern(r"""
    (?P<space>\s+)
  | (?P<command>\\(?:[A-Za-z]+|[,;:!\ {}|_]))
  | (?P<number>\d+(?:\.\d+)?|\.\d+)
  | (?P<letter>[A-Za-z])
  | (?P<symbol>[-+*/^_{}()\[\],=|'.])
""", re.VERBOSE)

# Commands that only space or size things.
_IGNORED = {r"\,", r"\;", r"\:", r"\!", r"\ ", r"\quad", r"\qquad", r"\displaystyle", r"\big", r"\Big",
            r"\bigg", r"\Bigg", r"\bigl", r"\bigr", r"\Bigl", r"\Bigr", r"\biggl", r"\biggr", r"\limits"}
_HINTS = {r"\alpha": "the learning rate is \\eta", r"\hat": "write the network's output as a^{(l)}_j",
          r"\partial": "give the derivative's value, not its name", r"\delta": "write delta out in a, z, W"}


@dataclass
class LatexToken:
    """One token: its kind (a group name of _TOKEN), its text and where it starts in the formula."""
    kind: str
    text: str
    position: int


def tokenize_latex(text: str) -> list[LatexToken]:
    """The tokens of the formula ``text`` (``$`` around it, spaces and spacing commands dropped);
    FormulaError (one line) at a character that starts no token."""
    tokens, position = [], 0
    text = text.strip().strip("$").strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise FormulaError(f"LaTeX formula {_short(text)}: cannot read {text[position]!r} at"
                               f" position {position + 1}")
        kind = match.lastgroup
        if kind != "space" and match.group() not in _IGNORED:
            tokens.append(LatexToken(kind, match.group(), position))
        position = match.end()
    return tokens


class TokenCursor:
    """A place among the tokens of the formula ``text``, moved forward as they are read: latex.py's
    reader, and syntax.Parser's for homework formulas (with its own ``fail``)."""

    def __init__(self, text: str, tokens: list[LatexToken]):
        self.text = text
        self.tokens = tokens
        self.position = 0

    def peek(self, ahead: int = 0) -> LatexToken | None:
        index = self.position + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def at_end(self) -> bool:
        return self.position >= len(self.tokens)

    def next(self) -> LatexToken:
        token = self.peek()
        if token is None:
            self.fail("the formula ends too early", None)
        self.position += 1
        return token

    def accept(self, *texts: str) -> LatexToken | None:
        token = self.peek()
        if token is not None and token.text in texts:
            self.position += 1
            return token
        return None

    def expect(self, text: str, what: str) -> LatexToken:
        token = self.peek()
        if token is None or token.text != text:
            self.fail(f"expected {text!r} {what}", token)
        return self.next()

    def fail(self, what: str, token: LatexToken | None):
        where = "at the end" if token is None else f"at {token.text!r} (position {token.position + 1})"
        hint = _HINTS.get(token.text, "") if token is not None else ""
        raise FormulaError(f"LaTeX formula {_short(self.text)}: {what} {where}" + (f"; {hint}" if hint else ""))
