"""Unicode's mathematical alphanumeric symbols (U+1D400-U+1D7FF) as the letters and digits they style.

A PDF's text layer gives a formula's letters in the styles the PDF drew them: Ahmed Gad's slides have
``𝒔 = 𝑿1 ∗ 𝑾1 + 𝑿2 ∗ 𝑾2 + 𝒃`` (bold italic) and ``𝟎. 𝟏`` (bold digits). In LaTeX math every letter is
already italic and a bold letter names the same quantity as its plain one, as typography reads
``\\mathbf{W}``; so bold, italic, sans-serif and monospace letters and digits are the plain ones (NFKC's
mapping, which also gives the Greek letters, ∂ and ∇ of the block their plain forms, which typography
then writes as LaTeX). Script, fraktur and double-struck capitals are other letters in mathematics
(``\\mathcal{L}`` may be the loss where L is a layer): they become ``\\mathcal{L}``, ``\\mathfrak{A}``,
``\\mathbb{R}``. The few letters the block leaves out, because Unicode had them already (ℎ the italic
h, ℒ the script L, ℝ), are read as the block's own would be.

A space a PDF's text puts after a decimal point between styled digits (``𝟎. 𝟏``) is no part of the
number: 0.1 (between plain digits, ``0. 1`` stays what the parser says, a refusal).
"""

from __future__ import annotations

import re
import unicodedata

_BLOCK = range(0x1D400, 0x1D800)
# the block's holes, filled by the Letterlike Symbols Unicode had before it
_LETTERLIKE = "ℎℬℰℱℋℐℒℳℛℯℊℴℭℌℑℜℨℂℍℕℙℚℝℤ"
_STYLES = (("SCRIPT", r"\mathcal"), ("FRAKTUR", r"\mathfrak"), ("BLACK-LETTER", r"\mathfrak"),
           ("DOUBLE-STRUCK", r"\mathbb"))
_SPLIT_DECIMAL = re.compile("(?<=[\U0001D7CE-\U0001D7FF])\\.\\s+(?=[\U0001D7CE-\U0001D7FF])")


def _plain(character: str) -> str | None:
    name = unicodedata.name(character, "")
    plain = unicodedata.normalize("NFKC", character)
    if not name or len(plain) != 1 or plain == character:
        return None
    for style, command in _STYLES:
        # a styled capital (or the double-struck 1, the indicator) is another letter: its command keeps it so
        if style in name and (plain.isupper() or command == r"\mathbb" and plain.isdigit()):
            return f"{command}{{{plain}}}"
    return plain


MATH_LETTERS = {character: plain for character in (*map(chr, _BLOCK), *_LETTERLIKE)
                if (plain := _plain(character)) is not None}


def plain_math_letters(text: str) -> str:
    """``text`` with every mathematical alphanumeric symbol as its letter or digit (see the module docstring)."""
    if not any(character in MATH_LETTERS for character in text):
        return text
    text = _SPLIT_DECIMAL.sub(".", text)
    return "".join(MATH_LETTERS.get(character, character) for character in text)
