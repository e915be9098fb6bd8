"""A formula's rendered text glued before its TeX source (a part of typography.py's cleaning).

Text copied from a page that KaTeX or MathJax renders often holds, for each formula, the rendering (letters, digits
and operators flat, scripts on the line, some operators lost) and then the TeX source the page keeps for screen
readers: ``L=(a2y)2\\mathcal{L} = (a_2 - y)^2``. The rendering is recognised by comparison, never guessed: where a
line's opening, free of TeX's markup, holds the visible characters of the rest of the line (the source's letters,
digits and operators, its commands and braces set aside: ``\\mathcal{L}`` is L, ``a_2`` is a2, ``\\sigma`` is σ) in
their order, with only the characters a rendering may lose missing (a minus, ∂, a product's dot, a prime), the
opening is a copy and dropped: the source is read. Any other opening is left as written.

String comparison over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re
import unicodedata

from .syntax_tree import FUNCTIONS

# TeX's markup, which a rendering's flat text never holds
_MARKUP = re.compile(r"[\\_^{}$&]")
# the commands whose rendering is one character (Greek letters by their Unicode names, below)
_SYMBOLS = {"partial": "∂", "cdot": "⋅", "times": "×", "sum": "∑", "prod": "∏", "neq": "≠", "ne": "≠",
            "nabla": "∇", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "approx": "≈", "in": "∈", "odot": "⊙",
            "infty": "∞", "prime": "'", "sqrt": "√", "to": "→", "rightarrow": "→", "leftarrow": "←"}
_GREEK_VARIANTS = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi", "varsigma": "final sigma",
                   "varrho": "rho", "varpi": "pi", "lambda": "lamda", "Lambda": "Lamda"}
# what a rendering's text may lose: a minus (KaTeX's U+2212, dropped by some copies), ∂, a product's dot, a prime,
# a root's sign; a fraction's bar and a script's raise are no characters at all
_LOSABLE = set("-−∂⋅·'′√")
_COMMAND = re.compile(r"\\([A-Za-z]+)|\\(.)")
# the starts of a line's source tried at most (each a pass over the line): a rendering and its source are one
# formula, so a real line has one or two starts whose lengths fit
_CANDIDATES = 8
_SPACE = re.compile(r"\s+")


def without_rendered_copy(text: str) -> str:
    """``text`` with each line's rendered copy before its TeX source dropped (the module's docstring)."""
    if "\\" not in text and "_" not in text and "^" not in text:
        return text
    return "\n".join(_source_of(line) for line in text.split("\n"))


def _source_of(line: str) -> str:
    markup = _MARKUP.search(line)
    if markup is None or "=" not in line[:markup.start()]:
        return line
    end = markup.start()
    # A copy keeps every visible character but the losable ones, in order: its length lies between the count of the
    # source's characters it cannot lose and the source's length, which bounds the starts worth a subsequence test
    # (each one pass) to a window, and at most _CANDIDATES of those are tried (a hostile line has them all alike).
    shown, kept = [0], [0]
    for character in line[:end]:
        flat = _flat(character)
        shown.append(shown[-1] + len(flat))
        kept.append(kept[-1] + sum(visible not in _LOSABLE for visible in flat))
    after = _visible(line[end:])
    after_kept = sum(character not in _LOSABLE for character in after)
    tried = 0
    # the source opens as its rendering does, or with a command (\frac, \mathcal)
    for start in range(1, end + 1):
        if line[start] not in (line[0], "\\"):
            continue
        visible = shown[end] - shown[start] + len(after)
        if not kept[end] - kept[start] + after_kept <= shown[start] <= visible:
            continue
        tried += 1
        if tried > _CANDIDATES:
            break
        if _is_copy(_flat(line[:start]), _visible(line[start:])):
            return line[start:]
    return line


def _is_copy(rendering: str, visible: str) -> bool:
    """Whether ``rendering`` is ``visible`` with only losable characters missing (and a relation in it)."""
    if "=" not in rendering:
        return False
    position = 0
    for character in visible:
        if position < len(rendering) and rendering[position] == character:
            position += 1
        elif character not in _LOSABLE:
            return False
    return position == len(rendering)


def _flat(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).replace("−", "-")


def _visible(source: str) -> str:
    """The characters a rendering of ``source`` shows, in their order: commands as their one character (none for
    the commands that only arrange, \\frac, \\mathcal, \\text, \\qquad), scripts on the line, braces and spacing
    gone."""
    def shown(match: re.Match) -> str:
        name = match.group(1)
        if name is None:
            return ""  # an escaped character, \{ or \, spacing: none that matters here
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        greek = _GREEK_VARIANTS.get(name, name)
        try:
            return unicodedata.lookup(("GREEK CAPITAL LETTER " if greek[0].isupper() else "GREEK SMALL LETTER ")
                                      + greek.upper())
        except KeyError:
            return name if "\\" + name in FUNCTIONS else ""  # a function's name, as a rendering spells it (\log: log)
    return _flat(re.sub(r"[{}_^&]", "", _COMMAND.sub(shown, source)))
