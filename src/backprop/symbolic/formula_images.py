"""Formulas given as images of a LaTeX renderer, as GitHub READMEs and Quarto's GitHub output write every formula:
``![LaTeX](https://latex.codecogs.com/svg.latex?%5Chat%20y%20%3D%20... "LaTeX")``.

The formula is the image address's query, percent-encoded: latex.codecogs.com (``svg.latex?``, ``png.image?``, with
its ``&space;`` for a space and its ``\\dpi{110}``, ``\\bg_white``, ``\\inline`` settings before the formula),
render.githubusercontent.com's ``render/math?math=`` and chart.googleapis.com's ``chart?cht=tx&chl=``. Such an
image is read as ``$...$`` around its decoded LaTeX; the rest of the image's syntax (the alt text in brackets and
the title in quotes, which may or may not repeat the formula) is layout. Check (homework.check_homework) and grade
(grading/document.equations) both read a text through :func:`formula_images`.

The address is untrusted text: it is never fetched; its length is bounded (MAX_ADDRESS characters, a longer one
is left as written, and so refused as any unreadable text); a percent sign that opens no escape (``%zz``), or
escapes that are no UTF-8, are refused in one line.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, unquote_plus

from .quantities import FormulaError, short

#: the longest image address read (a formula of a page is well under it)
MAX_ADDRESS = 4000
# the renderers, and where the formula starts in their address
_RENDERERS = (r"latex\.codecogs\.com/[a-z]+\.(?:latex|image|download)\?"
              r"|render\.githubusercontent\.com/render/math\?(?:[^\s()\"]*?&)?math="
              r"|chart\.googleapis\.com/chart\?(?:[^\s()\"]*?&)?chl=")
# ![alt](address "title"): the alt on one line, up to MAX_ALT characters and brackets one deep (W^{[2]}), which keeps
# a text of a million "![" linear (an alt running to the line's end was tried from each); the address without spaces
# or quotes and up to its image's last parenthesis (an address writes (o - t) unescaped), never into the next image
MAX_ALT = 300
_IMAGE = re.compile(r"!\[(?:[^\n\[\]]|\[[^\n\[\]]{0,%d}\]){0,%d}\]\(\s*<?https?://(%s)((?:(?!\)!\[)[^\s\"<>]){0,%d})>?"
                    r"(?:\s+\"[^\"\n]*\"|\s+'[^'\n]*')?\s*\)" % (MAX_ALT, MAX_ALT, _RENDERERS, MAX_ADDRESS))
_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# codecogs' settings before the formula, \dpi{150}\bg_white\inline: how to draw it, not what it says
_SETTINGS = re.compile(r"^(?:\s*\\(?:dpi\{\d+\}|bg_[a-z]+|bg\{[a-z]+\}|inline|fn_[a-z]+|(?:tiny|small|normal|large"
                       r"|Large|LARGE|huge)(?![A-Za-z])))+")


def formula_images(text: str) -> str:
    """``text`` with each image of a LaTeX renderer as ``$<its formula>$``; FormulaError, in one line, for an
    address whose percent-escapes cannot be decoded."""
    if "![" not in text:
        return text
    return _IMAGE.sub(_formula, text)


def _formula(match: re.Match) -> str:
    renderer, query = match.group(1), match.group(2)
    if "&" in query and not renderer.startswith("latex."):  # the address's other parameters (&mode=inline)
        query = query.split("&")[0]
    bad = _ESCAPE.search(query)
    if bad is not None:
        raise FormulaError(f"formula image {short(match.group(0))}: '{query[bad.start():bad.start() + 3]}' in its"
                           " address is no percent-escape (% and two hexadecimal digits); write the formula in"
                           " $...$ instead of the image")
    decode = unquote_plus if renderer.startswith("chart.") else unquote  # a form's + is a space
    try:
        latex = decode(query.replace("&space;", " "), errors="strict")
    except UnicodeDecodeError:
        raise FormulaError(f"formula image {short(match.group(0))}: its address's escapes are no UTF-8 text; write"
                           " the formula in $...$ instead of the image") from None
    latex = _SETTINGS.sub("", latex)
    # one line, as the image was: a line's number stays the line's (grade counts lines)
    return "$" + " ".join(latex.replace("$", " ").split()) + "$"
