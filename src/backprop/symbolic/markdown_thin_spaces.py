"""TeX's thin space that Markdown ate: in a Markdown page ``\\,`` is an escaped comma, and the page shows ``,`` where
its TeX had the thin space (batch 54's German notes, ``= (\\hat{y} - y) , \\hat{y}(1 - \\hat{y})`` and ``\\delta^{(2)} ,
a^{(1)T}``; batch 66's ``\\sigma(s),\\big(1 - \\sigma(s)\\big)``). Inside TeX's delimiters, a comma outside every
bracket that is no punctuation, spaced on both sides (`` , ``: a sentence's comma is glued to the word before it) or
glued before TeX's sizing of a bracket (``,\\big(``, ``,\\left(``), between an operand's end (a name, a digit, a
closing bracket or brace, a prime) and an operand (a letter alone, a command, an opening bracket), with no relation
after it before the next such comma or the formula's end, is that thin space: the product, as ``\\,`` is. A second
claim after it (``, C = D``) keeps its comma; so do a list's ``a, b`` (glued before, spaced after), a comma before a
number (``0.5 , 0.3``), a word, ``\\text``, spacing or dots: the parser refuses what it cannot read, saying what to
write. (A bracket around the whole claim, ``[ ... ]``, is a bare display: typography_display reads its commas.)"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .brackets import outside_brackets
from .math_spans import math_spans
from .typography_display import _top_level_relation

# the commands after which a comma is punctuation (words, spacing, dots, a case's condition, a row's end)
_NO_OPERAND = r"(?:text\w*|mbox|mathrm|operatorname|q?quad|hspace|[lcvd]?dots|forall|in|for|if|tag|label|end|begin)"
_OPERAND = rf"(?:[A-Za-z](?![A-Za-z])|[(\[]|\\(?!{_NO_OPERAND}(?![A-Za-z]))[A-Za-z]+)"
_THIN_COMMA = lazy_pattern(rf"(?<=[\w)\]}}'])(?:[ \t]+,[ \t]+(?={_OPERAND})|[ \t]*,(?=\\(?:big|Big|bigg|Bigg|left)[lr]?"
                           r"\s*[(\[]))")


def thin_spaces_read(text: str) -> str:
    """``text`` with each comma Markdown made of TeX's ``\\,`` inside its mathematics (the module docstring) written
    ``\\,`` again."""
    if "," not in text or "$" not in text and "\\[" not in text and "\\(" not in text:
        return text
    for start, end, latex, _display in reversed(list(math_spans(text))):
        inner = text.find(latex, start, end)
        if inner < 0 or "," not in latex:
            continue
        top = set(outside_brackets(latex))
        commas = [match for match in _THIN_COMMA.finditer(latex) if latex.index(",", match.start()) in top]
        kept = latex
        for match in reversed(commas):
            rest = latex[match.end():]
            following = next((at for at in outside_brackets(rest) if rest[at] == ","), len(rest))
            if not _top_level_relation(rest[:following]):
                kept = kept[:match.start()] + r" \, " + kept[match.end():]
        if kept != latex:
            text = text[:inner] + kept + text[inner + len(latex):]
    return text
