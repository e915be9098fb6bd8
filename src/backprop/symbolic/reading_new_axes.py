"""Products of NumPy's new axes that NumPy never makes an outer product (a part of reading_shapes.column_product,
which reads ``u * x[:, None]`` of a vector u as the matrix of x_i u_j, NumPy's broadcast): syntax_new_axes reads
``x[:, None]`` as the Call "column" and ``x[None, :]`` as that column's transpose, so both are told here from a
vector and from its ``.T`` (NumPy's 1-D array itself)."""

from __future__ import annotations

from .quantities import FormulaError
from .reading_base import _is_matrix
from .syntax_tree import Call, Transpose


def _column(node) -> bool:
    return isinstance(node, Call) and node.name == "column"


def new_axis_refusal(node, left, right, where: str) -> None:
    """FormulaError where the product ``node`` (``*``, ``\\odot``) of the values ``left`` and ``right`` is
    - a column ``u[:, None]`` times another column (``v[:, None]``, ``v[None, :].T``): NumPy multiplies them entry by
      entry where they have one size and refuses them where they differ, never their outer product;
    - a row ``u[None, :]`` times a vector (a name or its arithmetic, NumPy's 1-D array): NumPy multiplies them entry by
      entry where they have one size and refuses them where they differ; the outer product is v[:, None] * u[None, :].
    Any other product is left to column_product."""
    if not (_is_matrix(left) and _is_matrix(right)):
        return
    columns = [_column(arg) for arg in node.args]
    rows = [isinstance(arg, Transpose) and _column(arg.of) for arg in node.args]
    for place, (value, arg) in enumerate(((left, node.args[0]), (right, node.args[1]))):
        vector = value.cols == 1 < value.rows
        if columns[1 - place] and (columns[place] or vector and isinstance(arg, Transpose)):
            raise FormulaError(f"{where}: multiplies a column u[:, None] by another column, which NumPy multiplies"
                               " entry by entry (of one size) or refuses (of two); write u[:, None] * v[None, :]")
        if rows[1 - place] and not any(columns) and vector and not isinstance(arg, (Call, Transpose)):
            raise FormulaError(f"{where}: multiplies a vector by a row u[None, :], which NumPy multiplies entry by"
                               " entry where the vector is a 1-D array (or refuses, of two sizes); write v[:, None] *"
                               " u[None, :] for the outer product")
