"""``u \\otimes v``, read two ways (:func:`otimes_both_ways`): the outer product u v^T of most texts (Kronecker's
product of two vectors), and the entry-by-entry product some machine-learning notes write with it, ``z^2 = \\sum(w^2
\\otimes a^1)`` for the sum of the weights times the activations. Where both are defined (two vectors of one size)
the formula is judged both ways and refused in one line where the verdicts differ; where only the outer product
fits (vectors of two sizes), it is the one reading; where the outer product's matrix fits no reading of the left
side's shape (a vector's delta, (W^T δ) ⊗ σ'(z)), the entrywise product is (and the other way round). A matrix
beside \\otimes stays refused (reading.Reader).

The word ``outer`` spaced between two operands of plain text, ``dL/dz1 outer x`` (as NumPy's np.outer names it), says
which product it is: the outer product, \\otimes's first reading alone (:func:`outer_word`), where the text as
written is refused for the word.

AsciiMath's ``@`` is its ring operator, ∘, the entrywise product (``(((Y - T)^t W_2)^t @ psi'(W_1 X)) X^t``), where
NumPy's ``@`` is the matrix product (of two like vectors their inner product): in a text AsciiMath's partial word
marks, ``(del E)/(del W_1)`` (del is a statement of Python, never its operand: no NumPy code holds it), ``@`` is
AsciiMath's (:func:`asciimath_ring`); elsewhere it stays NumPy's.
"""

from __future__ import annotations

import re
from typing import Callable

from .quantities import FormulaError, short, unknown_name_alone
from .readings_compared import shape_rules_out, verdicts

# the command alone, never the start of a longer one
_OTIMES = re.compile(r"\\otimes(?![A-Za-z])")
# AsciiMath's partial derivative with its word del, (del E)/(del W_1): the text is AsciiMath's, never Python's code
_ASCIIMATH_PARTIAL = re.compile(r"\(\s*del\s+[^()]+\)\s*/\s*\(\s*del\s")
# the operator alone, never a decorator's or an address's: an operand's end before it, an operand's start after it
_AT = re.compile(r"(?<=[\w)\]}'])\s*@\s*(?=[\w(\[\\])")
# the word between two operands, spaced from both: an operand's end before it, an operand's start after it
_OUTER_WORD = re.compile(r"(?<=[\w)\]}'])[ \t]+outer[ \t]+(?=[\w(\[\\])")


def otimes_both_ways(text: str, judge: Callable):
    """``judge(text)`` (a HomeworkResult) with \\otimes the outer product; where the text holds \\otimes and also
    reads with it the entrywise product (\\odot), both judged, FormulaError in one line where their verdicts differ.
    The outer product's refusal is the formula's; where the entrywise reading is refused, the outer one stands."""
    if _OTIMES.search(text) is None:
        return judge(text)
    outer = judge(text)
    try:
        entrywise = judge(_OTIMES.sub(r"\\odot", text))
    except FormulaError:
        return outer  # the sides' sizes leave no entrywise product: the outer product is the one reading
    if shape_rules_out(entrywise, outer):
        return outer  # δ ⊗ a for a matrix's gradient: the entrywise vector fits it under no reading
    if shape_rules_out(outer, entrywise):
        # (W^T δ) ⊗ σ'(z) for a vector δ: the outer product, a matrix, fits the left side under no reading, so the
        # entrywise product is the one reading, as the outer one is where the sizes leave no entrywise product
        return entrywise
    if verdicts(outer) != verdicts(entrywise):
        raise FormulaError(f"formula {short(text)}: \\otimes reads as the outer product (u v^T) or, as some notes"
                           f" write it, the entry-by-entry product, and the two readings do not agree; write \\odot"
                           f" for the entrywise product, or u v^T for the outer product")
    return outer


def outer_word(text: str, judge: Callable):
    """``judge(text)``, or, where it is refused for the word ``outer`` (an unknown symbol o, or outer), the text with
    each word ``outer`` between two operands (_OUTER_WORD) the outer product ``\\otimes`` (no entrywise reading: the
    word names the product). Where the text reads as written (the word a name, or prose's), that reading is kept."""
    if _OUTER_WORD.search(text) is None:
        return judge(text)
    try:
        return judge(text)
    except FormulaError as refusal:
        if unknown_name_alone(refusal) not in ("o", "outer"):
            raise
    return judge(_OUTER_WORD.sub(r" \\otimes ", text))


def asciimath_ring(text: str, judge: Callable):
    """``judge(text)`` (a HomeworkResult), where the text is AsciiMath's (_ASCIIMATH_PARTIAL) with each ``@`` between
    two operands its ring operator, the entrywise product (\\circ): AsciiMath's one reading of it."""
    if "@" not in text or _ASCIIMATH_PARTIAL.search(text) is None:
        return judge(text)
    return judge(_AT.sub(r" \\circ ", text))
