"""TeX's own spellings that mean what another spelling check reads means (a part of typography.clean): the
commands MathJax and KaTeX define as aliases (``\\part`` for ``\\partial``, ``\\prime`` for the prime), and a
brace group that holds only a script (``\\delta{_2}``), which TeX sets as the script of the symbol before it.
"""

from __future__ import annotations

import re

from .syntax_tree import GREEK, _DECORATIONS


def tex_aliases(text: str) -> str:
    """The formula with the commands MathJax and KaTeX define as another's spelled as that one: ``\\part`` for
    ``\\partial``, the physics package's ``\\dd`` for ``\\mathrm{d}``, ``\\cdotp`` and ``\\centerdot`` for
    ``\\cdot``, and ``\\prime`` for the prime ``'`` (as the character U+2032 is), so that ``\\sigma\\prime(z)``,
    ``f^{\\prime}(z)`` and ``g^{\\prime\\prime}`` read as ``\\sigma'(z)``, ``f'(z)`` and ``g''``; Markdown's
    escapes ``\\_`` and ``\\*`` as ``_`` and ``*``."""
    # Markdown's escapes, w\_{new} and a \* b as a Markdown source writes math so that its renderer leaves them:
    # _ and * (in a formula neither means anything else; never the line break \\ nor its \\*)
    text = re.sub(r"(?<!\\)\\([_*])", r"\1", text)
    text = re.sub(r"\\part(?![A-Za-z])", r"\\partial", text)
    text = re.sub(r"\\dd(?![A-Za-z])", r"\\mathrm{d}", text)  # the physics package's differential, \frac{\dd L}{\dd w}
    text = re.sub(r"\\(?:cdotp|centerdot)(?![A-Za-z])", r"\\cdot", text)
    text = re.sub(r"\^\s*\\prime(?![A-Za-z])", "'", text)  # TeX's own prime, \sigma^\prime: a superscript prime
    return lost_backslashes(re.sub(r"\\prime(?![A-Za-z])", "'", text))


# a copy that lost its backslashes: frac{1}{m} (two brace groups after the word), sqrt{...} (one) - no product of
# letters is followed by a brace group, so only the command can be meant
_LOST_FRACTION = re.compile(r"(?<![\\A-Za-z])[dtc]?frac(?=\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*\{)")
_LOST_ROOT = re.compile(r"(?<![\\A-Za-z])sqrt(?=\s*\{)")


def lost_backslashes(text: str) -> str:
    """``frac{1}{m}`` and ``sqrt{x}``, commands copied without their backslash, as ``\\frac{1}{m}`` and
    ``\\sqrt{x}``."""
    return _LOST_ROOT.sub(r"\\sqrt", _LOST_FRACTION.sub(r"\\frac", text))


# a group of scripts alone, {_2}, {^L}, {_{ij}}, {_j^l}: each script a group, a command or one letter or digit
_SCRIPT_GROUP = re.compile(r"\{\s*((?:[_^]\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9])\s*)+)\}")
# what such a group scripts: letters (not a command's), a Greek letter, a decorated letter (\hat{y}, \mathbf{W}),
# a script in braces (a^{l}{_j}, the scripts of one symbol)
_SCRIPTED = re.compile(r"(?:(?<![\\A-Za-z])[A-Za-z]+|(?P<command>\\[A-Za-z]+)|(?P<decoration>\\[A-Za-z]+)"
                       r"\{\s*(?:[A-Za-z]|\\[A-Za-z]+)\s*\}|[_^]\s*\{[^{}]*\})\s*$")
MAX_GROUPS = 4
_BOLD = {r"\mathbf", r"\boldsymbol", r"\bm", r"\vec", r"\textbf"}


def script_groups(text: str) -> str:
    """``\\delta{_2}``, ``\\delta{^L}``, ``x{_{ij}}``: a brace group that holds only scripts, after a symbol, as
    that symbol's scripts (``\\delta_2``, ``\\delta^L``, ``x_{ij}``). TeX hangs them on an empty atom right after
    the symbol, which prints as the symbol's own scripts; after anything else (a number, a parenthesis, a
    command that takes an argument) the group stays, and is refused where it is read."""
    def unbraced(match: re.Match) -> str:
        before = _SCRIPTED.search(text, 0, match.start())
        if before is None or before.group("command") and before.group("command") not in GREEK \
                or before.group("decoration") and before.group("decoration") not in _DECORATIONS | _BOLD:
            return match.group(0)
        return match.group(1).strip()
    for _ in range(MAX_GROUPS):  # x{_i}{^2}: the second group scripts x once the first is x's
        text, before = _SCRIPT_GROUP.sub(unbraced, text), text
        if text == before:
            break
    return text
