"""Pieces of formulas that every human format can print: the same thing as plain text and as LaTeX.

A worked solution is built once, from format-neutral pieces; the text, Markdown and LaTeX renderers
only choose which of the two spellings to print and how to lay lines out. ``Tex`` is one such
piece. Numbers are spelled here too, so that every format shows them with the same precision.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

SIGNIFICANT = 6  # digits shown of every number: enough to check by hand, short enough for 80 columns


@dataclass(frozen=True)
class Tex:
    """One piece of a formula: ``text`` is plain text, ``latex`` is LaTeX math-mode source.

    ``a + b`` concatenates; a plain ``str`` operand is used as is in both spellings (for
    punctuation such as parentheses, which both share).
    """

    text: str
    latex: str

    def __add__(self, other: Tex | str) -> Tex:
        other = as_tex(other)
        return Tex(self.text + other.text, self.latex + other.latex)

    def __radd__(self, other: str) -> Tex:
        return as_tex(other) + self


def as_tex(value: Tex | str) -> Tex:
    """A piece as it is, or a string spelled the same in both formats."""
    return value if isinstance(value, Tex) else Tex(value, value)


def concat(parts) -> Tex:
    """All ``parts`` (Tex or str) one after another, as one piece."""
    result = Tex("", "")
    for part in parts:
        result = result + part
    return result


# -- numbers ----------------------------------------------------------------------------------


def number_text(value: float) -> str:
    """``%.6g``, with -0 shown as 0 and tiny values kept (1.57e-24, never 0).

    A value that is not +-1 but would print as 1 or -1 gets up to 15 digits.
    """
    value = float(value)
    if value == 0:
        return "0"
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    text = f"{value:.{SIGNIFICANT}g}"
    if text in ("1", "-1") and abs(value) != 1:
        # A probability of 1 - 1e-13 would print as 1, and -ln(1) = 9.5e-14 would look wrong:
        # show the digits that make the difference (15 still hide float64 noise at 1e-16).
        text = f"{value:.15g}"
    return text


def number_latex(value: float) -> str:
    """The same digits as ``number_text``, exponents written as a power of ten."""
    text = number_text(value)
    if text in ("inf", "-inf", "nan"):
        return {"inf": r"\infty", "-inf": r"-\infty", "nan": r"\mathrm{NaN}"}[text]
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"


def num(value: float) -> Tex:
    """A number."""
    return Tex(number_text(value), number_latex(value))


def pnum(value: float) -> Tex:
    """A number in parentheses when it is negative or has an exponent, for use inside a product."""
    piece = num(value)
    return "(" + piece + ")" if piece.text.startswith("-") or "e" in piece.text else piece


def vector_items(values, limit: int | None = None) -> list[Tex]:
    """``(v0, v1, ...)`` as equation items, so that a long vector wraps after a comma.

    With ``limit``, only the first ``limit`` entries and an ellipsis.
    """
    values = list(values)
    shown = [num(v) for v in (values if limit is None else values[:limit])]
    if len(shown) < len(values):
        shown.append(Tex("...", r"\ldots"))
    items = [("(" if index == 0 else " ") + piece + ("," if index < len(shown) - 1 else ")")
             for index, piece in enumerate(shown)]
    return items or [Tex("()", "()")]


def vector(values, limit: int | None = None) -> Tex:
    """``(v0, v1, ...)`` as one piece."""
    return concat(vector_items(values, limit))


def _join(pieces, separator):
    for index, piece in enumerate(pieces):
        if index:
            yield separator
        yield piece


def terms(pieces, operator: str = " + ") -> list[Tex]:
    """Items of a sum for an equation side: the operator leads every item after the first.

    A line may break between items, so long sums wrap at an operator.
    """
    return [as_tex(piece) if index == 0 else operator + as_tex(piece)
            for index, piece in enumerate(pieces)]


def signed_terms(values) -> list[Tex]:
    """Numbers added up, a negative one written as a subtraction: ``0.5 - 0.25 + 1``."""
    values = list(values)
    return [num(v) if index == 0 else (" - " + num(-v) if number_text(v).startswith("-") else " + " + num(v))
            for index, v in enumerate(values)]


def enclose(items: list[Tex], before: Tex | str, after: Tex | str) -> list[Tex]:
    """``items`` (an equation side) with ``before`` glued to the first and ``after`` to the last."""
    if not items:
        return [as_tex(before) + after]
    return [before + items[0], *items[1:-1], items[-1] + after] if len(items) > 1 \
        else [before + items[0] + after]


TIMES = Tex(" * ", r" \cdot ")


def product(*factors: Tex | str) -> Tex:
    """Chain-rule factors joined by ``*`` (text) and a centred dot (LaTeX)."""
    return concat(_join([as_tex(f) for f in factors], TIMES))


def plural(count: int, noun: str) -> str:
    """``1 sample``, ``4 samples``."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def escape_latex(text: str) -> str:
    """Plain text made safe for LaTeX text mode; the arrows -> and <- become arrows."""
    pieces = text.split("->")
    escaped = [_ARROW_LEFT.join("".join(_LATEX_SPECIALS.get(char, char) for char in part)
                                for part in piece.split("<-")) for piece in pieces]
    return _ARROW_RIGHT.join(escaped)


_ARROW_RIGHT, _ARROW_LEFT = r"$\rightarrow$", r"$\leftarrow$"


_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "<": r"\textless{}", ">": r"\textgreater{}",
}


def scaled(scale: Tex | str, items: list[Tex]) -> list[Tex]:
    """A sum's items with a factor in front: ``1/4 (p + q)``, ``-ln(x)``; no factor: the items."""
    scale = as_tex(scale)
    if not scale.text:
        return items
    if len(items) == 1:
        return [scale + items[0]]
    return enclose(items, scale + "(", ")")


def times(left: float, right: float) -> Tex:
    """The product of two numbers written by juxtaposition: ``(-0.57)(1.52)``."""
    return "(" + num(left) + ")(" + num(right) + ")"


def factor(piece: Tex) -> Tex:
    """``piece`` in parentheses where it has a top-level + or -, so it can stand in a product."""
    depth = 0
    for position, char in enumerate(piece.text):
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(char, 0)
        if depth == 0 and position > 0 and char in "+-" and piece.text[position - 1] not in "e(":
            return "(" + piece + ")"
    return piece
