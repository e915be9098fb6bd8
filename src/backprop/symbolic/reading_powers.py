"""Powers (a part of reading.Reader): of numbers, and of a vector, ``v^2``.

A vector's square has two readings: NumPy-style notes write ``v^2`` for the square of each entry (``1 - A^2``,
``f(Z)^2`` in a matrix derivation), and a reader may mean the inner product v^T v, the squared
norm. Code's ``**`` (NumPy's), an index-free sum's body and an element-wise definition say which: entry by entry.
Elsewhere the formula is judged both ways (sample_calls.SampleCallReading's readings: the entrywise square
first, the squared norm second) and refused in one line where they disagree. The squared norm is a number, so where
it meets a vector as no number can, it cannot be meant (:class:`readings_compared.ReadingImpossible`) and the entrywise
square is the one reading: added to or subtracted from a vector (``\\delta W - f(Z)^2``, where only a constant
is taken at every entry), multiplied entry by entry with one (``u \\odot (1 - a^2)``, or with a star, ``u * (1 - a^2)``,
NumPy's and course notes' entrywise product: Op.star), or standing for a member whose
left side is a vector; and the squares of the entries cannot be meant where the member, a vector, has a number for
its left side. Other powers of a vector or matrix, and a matrix's square, are refused: write their entries.
"""

from __future__ import annotations

import sympy as sp

from ..limits import LIMITS
from .reading_base import _is_matrix, _show
from .readings_compared import ReadingImpossible
from .sample_calls import VECTOR_SQUARE_READINGS


class PowerReading:
    """Reader's powers: the one rule for a power of a vector, entry by entry or as the squared norm."""

    def _power(self, left, right, node):
        entrywise = self.context.entrywise_powers or getattr(node, "entrywise", False) or (  # NumPy's u**2
            self.context.elementwise_left and _is_matrix(left) and 1 in left.shape)
        if _is_matrix(left) and left.shape == (1, 1) and not _is_matrix(right):
            # a row times a column, w_i^T x (and a sum of such, or their e^), is a number: every reading of its
            # power, entrywise or a matrix's, is its one entry's
            left = left[0, 0]
        if _is_matrix(left) and not _is_matrix(right) and entrywise and right.is_Number \
                and abs(right) <= LIMITS["exponent"]:
            return left.applyfunc(lambda entry: entry ** right)
        if _is_matrix(left) and 1 in left.shape and right == 2:
            return self._vector_square(left, node)
        if _is_matrix(left) or _is_matrix(right):
            # (e^z)^1 for e^{z_1}, as a note writing its entries' index as a superscript does: no one writes a power 1
            index = "; a power 1 changes nothing: if the 1 numbers an entry, write that entry with its index as a" \
                " subscript (e^{z_1}, the first entry of e^z), the entries named in the notation" if right == 1 else ""
            self.fail(f"raises a vector or matrix to a power in {_show(node)}; write its entries{index}")
        if right.is_Number and abs(right) > LIMITS["exponent"]:
            self.fail(f"has the power {right}, more than {LIMITS['exponent']:,}")
        if left.is_Number and right.is_Number and abs(right) > 64:
            self.fail("has a power of numbers too large to compute")
        return left ** right

    def _vector_square(self, vector, node):
        """``v^2`` of a vector where nothing decides: the square of each entry in the judging's first reading, the
        squared norm v^T v in its second (each noted in the context), both judged (see the module docstring)."""
        reading = self.context.sample_calls
        reading.met.append((_show(node), *VECTOR_SQUARE_READINGS))
        if reading.as_product is None:
            self.fail(f"raises a vector to a power in {_show(node)}, the square of each entry or the inner product"
                      f" of the vector with itself; write {VECTOR_SQUARE_READINGS[1]}")
        if not reading.as_product:
            squares = vector.applyfunc(lambda entry: entry ** 2)
            self.context.entrywise_squares.append(squares)
            return squares
        norm = sp.expand((vector.T * vector)[0, 0] if vector.cols == 1 else (vector * vector.T)[0, 0])
        self.context.squared_norms.append(norm)
        return norm

    def norm_beside_vector(self, values, node) -> None:
        """Refuses the squared-norm reading (ReadingImpossible) where ``values``, a sum's addends or an entrywise
        product's factors, join a vector and a number computed from a squared norm read: no number stands there."""
        if any(_is_matrix(value) for value in values) and any(
                not _is_matrix(value) and holds_any(value, self.context.squared_norms) for value in values):
            raise ReadingImpossible(f"{self.where}: the squared norm, a number, meets a vector in {_show(node)}")


def impossible_for_left_side(formula, truth, context) -> bool:
    """Whether a member's value ``formula`` cannot be meant for the left side's value ``truth`` because of the reading
    of a vector's square: a number from a squared norm for a vector, a vector from the squares of entries for a
    number (a vector of one entry is the number it holds)."""
    formula_vector = isinstance(formula, sp.MatrixBase) and formula.shape != (1, 1)
    truth_vector = isinstance(truth, sp.MatrixBase) and truth.shape != (1, 1)
    if truth_vector and not isinstance(formula, sp.MatrixBase):
        return holds_any(formula, context.squared_norms)
    return formula_vector and not truth_vector and holds_any(formula, context.entrywise_squares)


def holds_any(value, read: list) -> bool:
    """Whether ``value`` holds a quantity of one of the values ``read`` (a squared norm, a vector of squares)."""
    symbols = value.free_symbols if isinstance(value, (sp.Basic, sp.MatrixBase)) else set()
    return any(symbols & each.free_symbols for each in read)
