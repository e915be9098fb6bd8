"""A notation's meaning with a matrix product, ``W2[:, :].T @ (y[:] - a2[:])`` (a page's errors carried back by the
transposed weights) or ``eta*a1[:]*(1 - a1[:])*(W2[:, :].T @ delta2[:])``: read as NumPy reads it, a slice with one
``:`` a 1-D array (it needs no ``.T`` to be a product's right factor, as ``W.T @ v`` in NumPy), two ``:`` a 2-D one,
``@`` NumPy's matmul and ``.T`` its transpose. Read only where the page's reading agrees, a 1-D slice being a column
there (as every vector of a notation is), ``.T`` making it a row, ``+ - * /`` entry by entry over one shape: a meaning
the two read apart (``a1[:] @ a1[:].T``, an inner product in NumPy and an outer one on a page; ``W1[:, :] * x[:]``,
NumPy's broadcast) is refused in one line. A row on a page that NumPy holds as 1-D at the end (``delta2[:].T @
W2[:, :]``, a notation naming one sample's NumPy rows, ``"x[:].T"``) is the row the page writes."""

from __future__ import annotations

import ast
import operator
import re

import numpy as np
import sympy as sp

from .quantities import FormulaError

# the entry-by-entry operators, the same in NumPy and on a page where both sides have one shape or one is a number
_ENTRYWISE = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


class _Array:
    """A value of the meaning: ``numpy`` its NumPy value (an array of SymPy entries, or a SymPy number where it is
    0-D), ``page`` its shape on a page (rows, columns), () for a number."""

    def __init__(self, numpy, page: tuple):
        self.numpy = numpy
        self.page = page

    @property
    def shape(self) -> tuple:
        return np.shape(self.numpy)


def numpy_product(text: str, parse_entrywise):
    """The value of the meaning ``text`` where it writes a matrix product ``@`` of slices (an ImmutableMatrix, a
    column for a 1-D result, a row where the page writes one, its one entry where it has one, as a one-unit layer's
    slice is); None where it writes none, or is not written in Python's syntax (the other rules of notation_meanings
    read it). ``parse_entrywise`` reads a part of it with neither ``@`` nor a transpose
    (notation_meanings.parse_meaning: slices entry by entry)."""
    if "@" not in text or ":" not in text:
        return None
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except SyntaxError:
        return None
    if not any(isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult) for node in ast.walk(tree)):
        return None
    value = _value(tree, text.strip(), parse_entrywise)
    if len(value.shape) == 0:
        return value.numpy
    if len(value.shape) == 1:
        entries = list(value.numpy)
        if len(entries) == 1:
            return entries[0]
        # a row on a page, delta2[:].T @ W2[:, :], is the row it writes, as "x[:].T" is (one sample's NumPy rows)
        return sp.ImmutableMatrix([entries] if value.page == (1, len(entries)) else entries)
    return sp.ImmutableMatrix(value.numpy.tolist())


def _transposing(node) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "T" or isinstance(node, ast.Call) \
        and isinstance(node.func, ast.Name) and node.func.id == "transpose" and len(node.args) == 1


def _value(node, text: str, parse_entrywise) -> _Array:
    """The value of the part ``node`` of the meaning ``text``."""
    if not any(isinstance(part, ast.BinOp) and isinstance(part.op, ast.MatMult) or _transposing(part)
               for part in ast.walk(node)):
        return _entrywise(ast.get_source_segment(text, node), parse_entrywise, text)
    if _transposing(node):
        inner = _value(node.value if isinstance(node, ast.Attribute) else node.args[0], text, parse_entrywise)
        return _checked(_Array(np.transpose(inner.numpy) if len(inner.shape) == 2 else inner.numpy,
                               tuple(reversed(inner.page))), text)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = _value(node.operand, text, parse_entrywise)
        return inner if isinstance(node.op, ast.UAdd) else _Array(-inner.numpy, inner.page)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
        left, right = _value(node.left, text, parse_entrywise), _value(node.right, text, parse_entrywise)
        if not left.shape or not right.shape:
            raise FormulaError(f"{text}: @ with a number on one side; write * for a number's product")
        if len(left.page) != 2 or len(right.page) != 2 or left.page[1] != right.page[0]:
            raise FormulaError(f"{text}: a matrix product of a {_shown(left.page)} by a {_shown(right.page)} on a"
                               " page; write each vector as a slice with one ':' (a column) and .T after a matrix"
                               " (W2[:, :].T @ delta2[:])")
        try:
            product = np.matmul(left.numpy, right.numpy)
        except ValueError:
            raise FormulaError(f"{text}: a matrix product NumPy cannot take, {left.shape} by {right.shape}") from None
        checked = _checked(_Array(product, (left.page[0], right.page[1])), text)
        # NumPy's inner product of two 1-D arrays is a number (a 0-D array of one entry where it keeps the array)
        return checked if np.ndim(product) else _Array(np.asarray(product, dtype=object)[()], ())
    if isinstance(node, ast.BinOp) and type(node.op) in _ENTRYWISE:
        left, right = _value(node.left, text, parse_entrywise), _value(node.right, text, parse_entrywise)
        if left.shape and right.shape and (left.shape != right.shape or left.page != right.page):
            raise FormulaError(f"{text}: combines a {_shown(left.page)} and a {_shown(right.page)} entry by entry"
                               " (NumPy would broadcast them); write both over the same units, or the product with @")
        combine = _ENTRYWISE[type(node.op)]
        return _Array(np.frompyfunc(combine, 2, 1)(left.numpy, right.numpy) if left.shape or right.shape
                      else combine(left.numpy, right.numpy), left.page or right.page)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        base, power = _value(node.left, text, parse_entrywise), _value(node.right, text, parse_entrywise)
        if power.shape:
            raise FormulaError(f"{text}: a power whose exponent is a vector or matrix; write a number's power")
        return _Array(np.frompyfunc(operator.pow, 2, 1)(base.numpy, power.numpy) if base.shape
                      else base.numpy ** power.numpy, base.page)
    raise FormulaError(f"{text}: {ast.get_source_segment(text, node)} takes a matrix product or a transpose where"
                       " a meaning writes sums, differences, products and quotients of them (W2[:, :].T @ delta2[:])")


def _entrywise(part: str, parse_entrywise, text: str) -> _Array:
    """A part with neither ``@`` nor a transpose, read entry by entry (``y[:] - a2[:]``, ``eta``, ``W2[:, :]``): as
    1-D where its slices have one ``:``, 2-D where they have two."""
    value = parse_entrywise(part)
    colons = {slice_.count(":") for slice_ in re.findall(r"\[([^\[\]]*:[^\[\]]*)\]", part)}
    if not colons:
        if isinstance(value, sp.MatrixBase):
            raise FormulaError(f"{text}: {part} is a matrix without a slice; write it with its ':' (W2[:, :])")
        return _Array(value, ())
    if colons == {1}:
        entries = list(value) if isinstance(value, sp.MatrixBase) else [value]
        vector = np.empty(len(entries), dtype=object)
        vector[:] = entries
        return _Array(vector, (len(entries), 1))
    rows = value.tolist()
    matrix = np.empty((len(rows), len(rows[0])), dtype=object)
    for row, entries in enumerate(rows):
        for column, entry in enumerate(entries):
            matrix[row, column] = entry
    return _Array(matrix, (len(rows), len(rows[0])))


def _checked(value: _Array, text: str) -> _Array:
    """``value`` where NumPy's shape and the page's agree (a 1-D array a column or a row, a 2-D one the page's
    matrix, a number a 1 x 1); refused where the two read it apart."""
    shape, page = value.shape, value.page
    agree = page == shape if len(shape) == 2 else len(page) == 2 and shape[0] in page and 1 in page \
        if len(shape) == 1 else page in ((), (1, 1))
    if not agree:
        raise FormulaError(f"{text}: NumPy reads a {_shown(shape)} where a page reads a {_shown(page)} (a 1-D"
                           " slice is a column there, .T a row); write .T after matrices only (W2[:, :].T @ delta2[:])")
    return value


def _shown(shape: tuple) -> str:
    return "number" if not shape else f"vector of {shape[0]}" if len(shape) == 1 else f"{shape[0]} x {shape[1]}"
