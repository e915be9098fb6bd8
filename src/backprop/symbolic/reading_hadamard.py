"""The product entry by entry of two matrices (a page's ``\\odot``, ``\\circ``, ``⊙``; code's ``*`` on arrays, ``.*``,
np.multiply, Eigen's cwiseProduct), and the sizes it multiplies: of one size entry by entry; a column or a row
against a matrix of as many rows or columns applied to each of its columns or rows (reading_base.entrywise); code's
column and row (NumPy's broadcast) the matrix of their products. Any other pair of sizes has no product entry by entry,
and is refused, never read as the two factors' matrix product: a page's ``W^{(2)T} \\odot \\delta^{(2)}`` of a 3 x 2
matrix and a 2-vector is no product the page defines (the matrix product is written side by side, W^T \\delta)."""

from __future__ import annotations

from .quantities import FormulaError
from .reading_base import _is_matrix, _show, entrywise
from .readings_compared import SizeMismatch
from .receiver_methods import no_broadcast


def hadamard(node, left, right, where: str):
    """The value of ``node`` (an Op "odot") of the values ``left`` and ``right`` where both are matrices; None where a
    side is a number (the number times the other) or where the sizes fit no matrix product either (the caller's
    size mismatch); FormulaError where their sizes have no product entry by entry but fit a matrix product."""
    no_broadcast(node, left, right, where)  # Gonum's MulElem, Eigen's cwiseProduct: sizes that differ refused
    if not (_is_matrix(left) and _is_matrix(right)):
        return None
    if (product := entrywise(left, right)) is not None:
        return product
    if node.entrywise and 1 in (left.cols, right.cols) and 1 in (left.rows, right.rows):
        # code's column * row, or row * column: NumPy broadcasts them into the matrix of column_i row_j
        return left * right if left.cols == 1 else right * left
    sizes = f"multiplies a {left.rows} x {left.cols} by a {right.rows} x {right.cols}"
    if node.entrywise:  # code's: NumPy would refuse it as well
        raise FormulaError(f"{where}: {_show(node)}, a product entry by entry in code, {sizes}, whose sizes do not"
                           " broadcast; write the matrix product (np.dot, .mm) where one is meant, or factors of one size")
    if left.cols != right.rows:
        return None  # no matrix product either: its size mismatch, which read_rows may read again with rows
    # a SizeMismatch: a page whose vectors are rows may have the sizes fit entry by entry (read_rows)
    raise SizeMismatch(f"{where}: {_show(node)}: \\odot (\\circ), the product entry by entry, {sizes}, which are not of"
                       " one size; write the matrix product side by side (W^T \\delta) where one is meant, or factors"
                       " of one size")
