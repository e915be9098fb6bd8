"""Formulas as MathML, which browsers render natively (MathML Core), from the pieces' LaTeX.

The worked solution's pieces already carry LaTeX (pieces.Tex); latex2mathml turns it into
presentation MathML. A displayed equation is laid out exactly as in the LaTeX format
(``blocks.layout``): an ``mtable`` whose rows are the rows of ``align*``, the left-hand side in a
right-aligned cell and the rest in a left-aligned one, so a long equation breaks in the same places.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from html import escape
from html.parser import HTMLParser

from latex2mathml.converter import convert

from ..patterns import lazy_pattern
from .blocks import CONTINUED, FIRST, Equation, layout
from .pieces import Tex

WIDTH = 80  # plain-text columns per row, as in the LaTeX format

# latex2mathml wraps its result in <math ...>...</math>; the inside is kept to be placed in cells.
_OUTER = lazy_pattern(r"^<math[^>]*>(.*)</math>$", re.DOTALL)

# A minus sign before a number that follows an opening bracket, a relation, a comma or an operator
# is a sign, not a subtraction. Browsers space an infix minus as a binary operator, "( - 0.2)";
# braced, the number becomes its own row whose leading minus is a prefix operator: "(-0.2)".
_SIGN = lazy_pattern(r"(^|[(\[{=,]|\\cdot|\\leftarrow|\\times)(\s*)-(\d[\d.]*)")


@lru_cache(maxsize=8192)
def mathml_content(latex: str) -> str:
    """The presentation MathML of LaTeX math ``latex``, without the enclosing ``<math>``.

    Cached: a worked solution repeats the same symbols and numbers many times.
    """
    if not latex.strip():
        return "<mrow></mrow>"
    converted = convert(_SIGN.sub(r"\1\2{-\3}", latex))
    match = _OUTER.match(converted)
    if match is None:  # latex2mathml always encloses its output; anything else is a bug to see
        raise ValueError(f"unexpected MathML from latex2mathml for {latex!r}: {converted[:80]}")
    return safe_mathml(match.group(1))


def inline_math(piece: Tex) -> str:
    """One piece as inline ``<math>``; its plain-text spelling is the alternative text."""
    return (f'<math alttext="{escape(piece.text.strip())}">'
            f"{mathml_content(piece.latex)}</math>")


def _row_cells(items: list[Tex], kind: str, left: int) -> tuple[str, str]:
    """LaTeX of a row's two cells: the left-hand side (first row only) and the rest."""
    latex = [item.latex for item in items]
    if kind == FIRST:
        return "".join(latex[:left]), "".join(latex[left:])
    return "", (r"\quad " if kind == CONTINUED else "") + "".join(latex)


def display_math(equations: list[Equation]) -> str:
    """Equations one after another as one displayed ``<math>``, aligned at their first relation.

    Each equation's plain text (one line) is the alternative text, so that the block reads right
    where MathML is not rendered, and is what a screen reader may announce.
    """
    rows, alt = [], []
    for eq in equations:
        left = len(eq.sides[0])
        alt.append(_plain(eq))
        for row in layout(eq, WIDTH):
            lhs, rest = _row_cells(row.items, row.kind, left)
            rows.append(f'<mtr><mtd class="lhs">{mathml_content(lhs)}</mtd>'
                        f'<mtd class="rhs">{mathml_content(rest)}</mtd></mtr>')
    if not rows:
        return ""
    return (f'<math display="block" alttext="{escape("; ".join(alt))}">'
            '<mtable columnalign="right left">'
            + "".join(rows) + "</mtable></math>")


def _plain(eq: Equation) -> str:
    parts = ["".join(item.text for item in eq.sides[0])]
    for relation, side in zip(eq.relations, eq.sides[1:], strict=True):
        parts.append(relation.text + "".join(item.text for item in side))
    return "".join(parts)


# MathML that latex2mathml writes; everything else a student's LaTeX might smuggle in is dropped.
_TAGS = {"mrow", "mi", "mn", "mo", "mtext", "mspace", "msub", "msup", "msubsup", "mfrac", "msqrt", "mroot",
         "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mstyle", "mpadded", "mphantom", "menclose",
         "mfenced", "merror", "semantics", "annotation", "mlabeledtr", "maligngroup", "malignmark", "mmultiscripts",
         "mprescripts", "none"}
_ATTRIBUTES = {"mathvariant", "stretchy", "fence", "separator", "lspace", "rspace", "width", "height", "depth",
               "displaystyle", "scriptlevel", "columnalign", "columnspacing", "rowspacing", "linethickness",
               "accent", "accentunder", "movablelimits", "notation", "form", "largeop", "symmetric", "minsize",
               "maxsize", "columnlines", "rowlines", "frame", "framespacing", "open", "close", "separators"}


class _MathMLCleaner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _TAGS:
            kept = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in attrs if name in _ATTRIBUTES)
            self.out.append(f"<{tag}{kept}>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _TAGS:
            self.out[-1] = self.out[-1][:-1] + "/>"

    def handle_endtag(self, tag):
        if tag in _TAGS:
            self.out.append(f"</{tag}>")

    def handle_charref(self, name):  # &#x02212; stays as latex2mathml wrote it
        if re.fullmatch(r"x?[0-9A-Fa-f]{1,8}", name):
            self.out.append(f"&#{name};")

    def handle_entityref(self, name):
        if name.isalnum():
            self.out.append(f"&{name};")

    def handle_data(self, data):
        self.out.append(html.escape(data, quote=False))


def safe_mathml(markup: str) -> str:
    """``markup`` with only MathML elements and attributes kept and every text escaped: latex2mathml
    copies ``\\text{<script>...}`` into its output as it is, and LaTeX may come from a student."""
    cleaner = _MathMLCleaner()
    cleaner.feed(markup)
    cleaner.close()
    return "".join(cleaner.out)
