"""Products of NumPy's new axes that NumPy never makes an outer product (a part of reading_shapes.column_product,
which reads ``u * x[:, None]`` of a vector u as the matrix of x_i u_j, NumPy's broadcast): syntax_new_axes reads
``x[:, None]`` as the Call "column" and ``x[None, :]`` as that column's transpose, so both are told here from a
vector and from its ``.T`` (NumPy's 1-D array itself); PyTorch's ``x.squeeze(0)``, an axis dropped (squeezed); and
MATLAB's ``repmat(v, m, n)``, a value tiled; and a sum along an axis of one entry broadcast over its sum's terms."""

from __future__ import annotations

import sympy as sp

from .quantities import FormulaError
from .reading_base import _is_matrix
from .syntax_tree import Call, Op, Sym, Transpose


def one_unit_array(notation, node, value):
    """``value`` as the 1 x 1 array it is where ``node`` (or its transpose) is a name the notation gives a layer's whole
    vector ("grad(z1[:])", a slice) and the layer has one unit, which the reader reads as the number it holds; else
    ``value``. NumPy keeps an array's shape: ``u[:, None]`` of it is a 1 x 1 column (batch 170's PyTorch neuron,
    dL_dz.unsqueeze(1)), and np.dot(u, W) (``u @ W``, ``u.dot(W)``) takes W only where W's rows are u's one column
    (batch 171's d_output.dot(W.T): without the .T NumPy refuses it, a number would scale W either way)."""
    named = node.of if isinstance(node, Transpose) else node
    if _is_matrix(value) or not isinstance(named, Sym) \
            or not any(":" in pattern.meaning for pattern, _ in notation.candidates_as_read(named)):
        return value
    return sp.ImmutableMatrix([[value]])


def _column(node) -> bool:
    return isinstance(node, Call) and node.name == "column"


def new_axis_layout(node) -> str | None:
    """"column" or "row" where a member's vector is laid out by NumPy's new axis written in it: ``d.unsqueeze(1)``,
    ``d[:, None]`` a column, ``d.unsqueeze(0)``, ``d[None, :]`` a row, also as a term or factor of its arithmetic
    (``lr * d[None, :]``: NumPy keeps the 2-D shape beside numbers and 1-D arrays); None where none is written, or
    both (an outer product, a matrix), or the new axis is inside a call that reduces it (``torch.mean(..., dim=0)``)."""
    if _column(node):
        return "column"
    if isinstance(node, Transpose) and _column(node.of):
        return "row"
    if isinstance(node, Op) and node.kind in ("+", "*", "/", "neg", "times", "odot"):
        found = {new_axis_layout(arg) for arg in node.args} - {None}
        return found.pop() if len(found) == 1 else None
    return None


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


def squeezed(value, node, as_row: bool, where: str):
    """PyTorch's ``x.squeeze(0)`` (``dim=1``, ``-1``; syntax_new_axes reads it as the Call "axis_squeezed") of the
    value read: where that axis of the value has one entry, the vector's entries, as ``.squeeze()`` reads them (a
    number stays itself); refused where it has more, which PyTorch leaves as they are and NumPy refuses, so that no
    shape is guessed. ``as_row``: the value is one sample's vector of a notation whose samples are rows (its axis 0
    the samples'), and a sum over the samples (``.sum(0)``) is read keeping its axis, so ``.sum(0).squeeze(0)`` is
    that sum's vector (batch 176's ``grad_output.sum(0).squeeze(0)``)."""
    if not _is_matrix(value):
        return value
    axis = int(node.args[1].text)
    shape = (1, value.rows) if as_row and value.cols == 1 else value.shape
    if shape[axis] != 1:
        raise FormulaError(f"{where}: .squeeze({node.args[1].text}) of a {shape[0]} x {shape[1]} value, whose axis"
                           f" {node.args[1].text} has {shape[axis]} entries, not one: PyTorch leaves it as it is and"
                           " NumPy refuses it; write the value without .squeeze(...), or .squeeze() of a vector")
    return value if value.cols == 1 else value.T


def tiled(args, node, where: str) -> sp.ImmutableMatrix:
    """MATLAB's ``repmat(v, m, n)``: the vector or matrix v (its shape the notation's: a row where it names one with
    .T) tiled m times down and n times across, so that ``repmat(u', 1, n) .* repmat(v, m, 1)`` is the outer product u
    v^T. Of a number refused: whether it stands for a vector the page broadcasts is not said."""
    value, down, across = args
    if not _is_matrix(value):
        raise FormulaError(f"{where}: repmat(...) of a number; check reads it of a vector or a matrix whose shape the"
                           " notation gives (a row as its meaning with .T): write the vector")
    rows, cols = value.shape
    return sp.ImmutableMatrix(rows * int(down), cols * int(across), lambda i, j: value[i % rows, j % cols])



def axis_sums_broadcast(args, values: list) -> list:
    """The terms' ``values`` of a sum written with ``args``, where a term that is NumPy's sum along an axis
    (``np.sum(s * grad, axis=1, keepdims=True)``, possibly negated) of one entry (the one sample's 1 x 1) stands beside
    vectors or matrices of one other size: that entry at each of their entries, as NumPy broadcasts it (batch 182's
    ``grad - np.sum(s * grad, axis=1, keepdims=True)``); ``values`` as they are otherwise (sizes that differ in
    another way are refused by the sum, as before)."""
    others = {value.shape for value in values if _is_matrix(value) and value.shape != (1, 1)}
    if len(others) != 1:
        return values
    shape = others.pop()
    return [sp.ImmutableMatrix(sp.ones(*shape)) * value[0, 0] if _is_matrix(value) and value.shape == (1, 1)
            and _axis_sum(arg) else value for arg, value in zip(args, values)]


def _axis_sum(node) -> bool:
    while isinstance(node, Op) and node.kind == "neg":
        node = node.args[0]
    return isinstance(node, Call) and node.name in ("axis_sum", "axis_mean")
