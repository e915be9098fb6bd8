"""A claim's member read again with another convention where the first reading does not fit its left
side (a part of reading.py's reading; homework.py calls them around Reader.value): \\cdot between two
vectors entrywise, two vectors side by side as their inner product, vectors as rows."""

from __future__ import annotations

import sympy as sp

from .quantities import FormulaError
from .reading_base import Context, _is_matrix, _show
from .reading_new_axes import new_axis_refusal
from .readings_compared import ProductSizeMismatch, SizeMismatch
from .syntax_tree import Call, Sym, Transpose, nodes_of

_INNER_NOTE = ("two vectors side by side read as their inner product (w x as w^T x), the one reading in which the"
               " right side has the left side's shape")

_ROWS_NOTE = ("read with the vectors as rows (h^T \\delta an outer product), the one reading in which the right side"
              " has the left side's shape")
_ROWS_ENTRYWISE_NOTE = _ROWS_NOTE.replace("(h^T \\delta an outer product)", "and \\cdot between two of them entry by"
                                          " entry (one output's weights W^{[2]} for the column W^{[2]T})")
_ROWS_LEFT_NOTE = ("the left side read with the vectors as rows (h^T \\delta an outer product), the one reading in"
                   " which it has the shape of the name on the right")


def read_shaped(read, truth, context: Context):
    """``read()``, the value of a claim's member, read again with \\cdot between two vectors taken entry
    by entry when the left side's value ``truth`` is a vector and the inner product made the member a
    number: ``\\delta^{(L)} = (\\hat{y} - y) \\cdot \\sigma'(z^{(L)})`` is meant entrywise, and no other
    reading of it has the left side's shape. Where the left side is a matrix and no reading fits it, two
    columns multiplied are read as their outer product (_outer_where_only_it_fits)."""
    if _is_matrix(truth) and truth.rows > 1 and truth.cols > 1:
        try:
            formula = _read_vector_or_matrix(read, truth, context)
        except FormulaError:
            if (outer := _outer_where_only_it_fits(read, truth, context)) is None:
                raise
            return outer
        if _is_matrix(formula) and formula.shape in (truth.shape, truth.shape[::-1]):
            return formula
        outer = _outer_where_only_it_fits(read, truth, context)
        return formula if outer is None else outer
    if _is_matrix(truth):
        return _read_vector_or_matrix(read, truth, context)
    return _read_number(read, context)


_OUTER_NOTE = ("two columns multiplied read as their outer product u v^T (the second's transpose not written), the one"
               " reading in which the right side has the left side's shape")


def _outer_where_only_it_fits(read, truth, context: Context):
    """``read()`` again with one product of two columns, of the left side's rows and of its columns in that order,
    as their outer product u v^T (``\\frac{dL}{dW} = \\delta \\cdot a``: the transpose not written); None where that
    reading is refused too or does not have the left side's shape."""
    context.outer_shape, context.outer_read = truth.shape, False
    try:
        outer = read()
    except FormulaError:
        return None
    finally:
        context.outer_shape = ()
    if not context.outer_read or not _is_matrix(outer) or outer.shape != truth.shape:
        return None
    context.notes.append(_OUTER_NOTE)
    return outer


def _read_vector_or_matrix(read, truth, context: Context):
    """read_shaped where the left side is a vector or a matrix."""
    context.axis_summed = False
    context.side_by_side_read = False
    try:
        formula = read()
    except FormulaError as error:
        # X^T (g(X \theta) - y): X \theta entrywise is a vector plus a number; its inner product is the one fit
        inner = _side_by_side_inner(read, context) if context.side_by_side_read else None
        if not _is_matrix(inner) or inner.shape not in (truth.shape, truth.shape[::-1]):
            raise error
        context.notes.append(_INNER_NOTE)
        return inner
    if not _is_matrix(formula):
        context.entrywise_dot = True
        try:
            formula = read()
        finally:
            context.entrywise_dot = False
    fits = _is_matrix(formula) and formula.shape in (truth.shape, truth.shape[::-1])
    if not context.row_vectors and not context.axis_summed and not fits:
        return _as_rows_where_only_they_fit(read, formula, truth, context)
    return formula


def _read_number(read, context: Context):
    """read_shaped where the left side is a number: two vectors side by side (z = w x + b) are their inner product
    where no other reading fits (entrywise, they make a vector, or a vector added to a number)."""
    context.side_by_side_read = False
    try:
        formula = read()
        if not _is_matrix(formula):
            return formula
        if formula.shape == (1, 1):  # w^T x, a row times a column: a 1 x 1 matrix is the number it holds
            return formula[0, 0]
    except FormulaError as error:
        refusal = error
    else:
        refusal = None
    if not context.side_by_side_read:  # no two vectors side by side: nothing to read otherwise
        if refusal is not None:
            raise refusal
        return formula
    inner = _side_by_side_inner(read, context)
    if inner is None or _is_matrix(inner):
        if refusal is not None:
            raise refusal
        return formula
    context.notes.append(_INNER_NOTE)
    return inner


def _side_by_side_inner(read, context: Context):
    """``read()`` again with two vectors side by side (w x) as their inner product; None where that reading is
    refused too."""
    context.inner_side_by_side = True
    try:
        inner = read()
    except FormulaError:
        return None
    finally:
        context.inner_side_by_side = False
    return inner


def _as_rows_where_only_they_fit(read, formula, truth, context: Context, note: str = _ROWS_NOTE):
    """The member read again with the homework's vectors as rows where, read with columns, it has no shape of
    the left side's (``\\frac{\\partial E}{\\partial W} = h^T \\delta``, notes whose samples are rows: the
    columns make it the inner product, a number, where the left side is a matrix); ``formula`` where the rows'
    reading does not have the left side's shape either. (Not called where an axis sum was read: its axis would
    then sum the samples, not the units.)"""
    context.row_vectors, entrywise = True, False
    try:
        rows = read()
        if not _is_matrix(rows) and _is_matrix(truth) and 1 in truth.shape and not context.entrywise_dot:
            # \cdot of two rows entrywise, as of two columns (read_shaped): W^{[2]} \cdot \delta^{[2]} \cdot \sigma'(z)
            context.entrywise_dot = entrywise = True
            rows = read()
    except FormulaError:
        return formula
    finally:
        context.row_vectors = False
        context.entrywise_dot = context.entrywise_dot and not entrywise
    if _is_matrix(rows) and rows.rows == 1 and rows.cols > 1 and truth.cols == 1:
        rows = rows.T  # a row value is the column it names, as read_rows returns it
    if not _is_matrix(rows) or rows.shape != truth.shape:
        return formula
    context.notes.append(_ROWS_ENTRYWISE_NOTE if entrywise else note)
    return rows


def left_side_as_rows(read_left, member, context: Context):
    """An equation written backwards, its named quantity on the right (``(dz[2]) w[2] * g'(z[1]) = dz[1]``): the
    left side read again with the homework's vectors as rows (``read_left()``) where, read with columns,
    it has no shape of the member's (``member``, the name's value), as read_shaped reads a member against its
    left side; None where the rows' reading has no shape of the member's either."""
    if context.row_vectors or context.axis_summed or not _is_matrix(member):
        return None
    rows = _as_rows_where_only_they_fit(read_left, None, member, context, _ROWS_LEFT_NOTE)
    return rows if rows is not None and rows.shape == member.shape else None


def read_rows(read, context: Context):
    """``read()``, and where a product's sizes do not fit with the homework's vectors as columns, read
    again with them as rows (``z = a W + b``, ``\\frac{\\partial L}{\\partial W} = X^T \\cdot \\delta``, as
    notes whose samples are rows write them, W input-first): the one reading in which every product
    fits, or the columns' refusal. A row value comes back as the column it names."""
    try:
        return read()
    except SizeMismatch as error:
        if context.row_vectors:
            raise
        context.row_vectors, context.orientation_sums = True, []
        try:
            value = read()
        except FormulaError:
            raise error from None
        finally:
            context.row_vectors = False
        if context.orientation_sums:  # an axis sum whose value the rows change: two formulas, not one laid out twice
            raise FormulaError(f"{str(error).split(':', 1)[0]}: {context.orientation_sums[0]}") from None
        if _whole_matrix_left(value, context):  # its own shape, never a vector to turn back
            if value.shape != context.left_shape:
                raise error from None
            return value
    return value.T if _is_matrix(value) and value.rows == 1 and value.cols > 1 else value


def _whole_matrix_left(value, context: Context) -> bool:
    """Whether ``value`` is the rows' reading of a member whose left side is a name the notation gives a whole
    matrix (``"n_w1" = "new(W1[:, :])"``): a matrix has one shape, one column of it or not, so the rows' reading
    holds only in that shape; ``w1.T - alpha * s1 * a0``, a row minus a column that fits only with s1 turned, is
    no new W1 written as a row."""
    left = context.left_node
    return isinstance(left, Sym) and bool(context.left_shape) and _is_matrix(value) \
        and context.notation.names_matrix(left)


def read_numbers(read, truth, context: Context):
    """A member of numbers: ``read_rows(read)``, and where that has no shape of the left side's (``truth``), read
    again with vectors as rows, kept where it has: a list of numbers has no orientation of its own, so where the
    left side is a number ``[0.88, 0.91] \\cdot [0.9, 0.1]^T + 0.3`` is the rows' inner product, and where it is
    a matrix ``\\begin{bmatrix}0.5 \\\\ 0.4\\end{bmatrix} \\cdot [1, 2]`` the outer product of a column and a row
    (a ``\\begin{bmatrix}`` keeps the shape it is written in, so a column times a column stays refused)."""
    def fits(value) -> bool:
        if not _is_matrix(truth):
            return not _is_matrix(value) or value.shape == (1, 1)
        return _is_matrix(value) and value.shape in (truth.shape, truth.shape[::-1])

    value = read_rows(read, context)
    if fits(value) or context.row_vectors or context.axis_summed:
        return value
    context.row_vectors = True
    try:
        rows = read()
    except FormulaError:
        rows = None
    finally:
        context.row_vectors = False
    if rows is None or not fits(rows):
        return read_rows(read, context)  # the first reading, refused for its shape by the caller
    return rows.T if _is_matrix(rows) and rows.rows == 1 and rows.cols > 1 else rows


#: the Calls of NumPy's array operations that array_call reads
ARRAY_CALLS = ("matrix_product", "column", "outer_factor", "entries_sum", "flattened",
               "sample_rows_sum", "row", "eigen_array", "eigen_matrix", "entries_count", "declared_matrix_product",
               "inner_product")


def product_factors(node: Call) -> tuple:
    """The factors of ``node``'s arguments as read: of a matrix product (np.dot, ``@``, ``.dot``), a vector's row
    ``v.reshape(1, -1)`` (the Call "row") is the vector transposed, v^T, so that np.dot(u.reshape(-1, 1),
    v.reshape(1, -1)) is u v^T, the outer product NumPy gives; any other call's arguments as written."""
    if node.name != "matrix_product":
        return node.args
    return tuple(Transpose(arg.args[0]) if isinstance(arg, Call) and arg.name == "row" else arg for arg in node.args)


def array_call(name: str, args, node, where: str):
    """NumPy's ``np.dot(u, v)`` (``u @ v``), ``x[:, None]``, np.outer's arguments, ``np.sum(u)`` and ``u.sum()``,
    and a vector's ``u.flatten()`` (``.reshape(-1)``, ``.ravel()``, ``.squeeze()``), of the values read; R's
    ``colSums(u)`` and ``rowSums(u)`` (the Call "sample_rows_sum"), NumPy's axis sums of R's samples as rows."""
    value, made = args[0], {"reshape": "reshape(1, n)", "insert_axis": "insert_axis(Axis(0))"}.get(node.written, node.written)
    if name == "row":  # a row outside a matrix product: NumPy broadcasts it against a column in * and +
        raise FormulaError(f"{where}: .{made}, a vector's row, outside np.dot(u, v) (or u @ v), where NumPy"
                           " broadcasts it against a column; write np.dot(u.reshape(-1, 1), v.reshape(1, -1)) for the"
                           " outer product, or u^T for the vector's row")
    if name == "sample_rows_sum":
        return axis_sum(value, int(args[1]), samples_as_rows=True)
    if name in ("eigen_array", "eigen_matrix"):  # Eigen's v.array(), v.matrix(): the value, seen another way
        return value
    if name == "entries_count":  # Eigen's v.size(): a vector's length
        if not _is_matrix(value) or 1 not in value.shape:
            raise FormulaError(f"{where}: .size() of a number or a matrix, which may count the samples or a matrix's"
                               " entries; check reads .size() of a vector, its length: write the count itself")
        return sp.Integer(len(value))
    if name == "matrix_product":
        return matrix_product(value, args[1], node, where)
    if name in ("declared_matrix_product", "inner_product"):
        return declared_product(name, value, args[1], node, where)
    if name == "column":
        return new_axis(value, where)
    if name == "outer_factor":  # np.outer flattens each argument: a number is the one entry of its column
        if _is_matrix(value) and 1 not in value.shape:
            raise FormulaError(f"{where}: np.outer(...) of a {value.rows} x {value.cols} matrix, whose entries it"
                               " lines up; check reads it of vectors and numbers: write the matrix's entries")
        return new_axis(value if _is_matrix(value) else sp.ImmutableMatrix([[value]]), where)
    if not _is_matrix(value):
        return value
    if name == "flattened":  # a vector keeps its entries: the reader's vectors are columns
        if 1 not in value.shape:
            raise FormulaError(f"{where}: .{node.written.partition('(')[0]}(...) of a {value.rows} x {value.cols} matrix, whose entries"
                               " it lines up; check reads it of a vector: write the matrix's entries")
        return value if value.cols == 1 else value.T
    return sum(value, sp.S.Zero)


def matrix_product(left, right, node, where: str):
    """NumPy's ``np.dot(u, v)`` (``np.matmul``, ``u.dot(v)``, ``u @ v``): of two vectors of one size (columns, or
    rows as notes whose samples are rows write them) their inner product, as NumPy's of two 1-D arrays; else the
    matrix product, a number scaling the other factor; sizes that fit neither way are refused. ``dot(u, v)``
    without a module (``node.written``) is NumPy's or MATLAB's, whose dot is the inner product of two vectors of
    one length however each stands and of two matrices of one size column by column: refused where the two
    differ (two such matrices; a column times a row of its length, NumPy's outer product)."""
    if not _is_matrix(left) or not _is_matrix(right):
        return left * right
    if getattr(node, "written", "") == "dot" and len(left) == len(right) > 1 and (
            left.shape == right.shape and 1 not in left.shape or left.cols == 1 and right.rows == 1):
        matlab = "inner product" if left.cols == 1 else "dot, column by column"
        raise FormulaError(f"{where}: dot(u, v) of a {left.rows} x {left.cols} and a {right.rows} x {right.cols} is"
                           f" NumPy's matrix product or MATLAB's {matlab}, and the two differ; write np.dot(u, v)"
                           " (or u @ v) for the product, u^T v for the inner product")
    if left.shape == right.shape and 1 in left.shape:
        return sum(a * b for a, b in zip(left, right))
    if left.cols == right.rows:
        return left * right
    raise size_mismatch(left, right, where, f"{_show(node)} ")


def declared_product(name: str, left, right, node, where: str):
    """A code's helper the notation names an operation (syntax_code_calls.operation_call): "matrix product" the
    product of a matrix with as many columns as the next has rows (a number scaling the other: never NumPy's inner
    product of two columns, which a helper multiplying matrices refuses), "dot" the inner product of two vectors of one
    length (rows or columns), refused for anything else."""
    if name == "declared_matrix_product":
        if not _is_matrix(left) or not _is_matrix(right):
            return left * right
        if left.cols == right.rows:
            return left * right
        # (a method's product, torch's u.mm(w), is the library's matrix product of two matrices)
        whose = "a matrix product of two matrices" if node.written.startswith(".") else "the notation's matrix product"
        raise size_mismatch(left, right, where, f"{node.written}(...), {whose}, ")
    vectors = [_is_matrix(value) and 1 in value.shape for value in (left, right)]
    if not all(vectors) or len(left) != len(right):
        raise FormulaError(f"{where}: {node.written}(...), the notation's inner product (dot), of a"
                           f" {_size(left)} and a {_size(right)}; it takes two vectors of one length")
    return sum((a * b for a, b in zip(left, right)), sp.S.Zero)


def _size(value) -> str:
    return f"{value.rows} x {value.cols}" if _is_matrix(value) else "number"


def size_mismatch(left, right, where: str, shown: str = "") -> ProductSizeMismatch:
    """The refusal of a product whose factors' sizes do not fit, saying how to write it; of two columns (or
    rows) of different sizes, that their outer product has the second transposed."""
    how = "write the factors so that the first has as many columns as the second has rows"
    if left.cols == right.cols == 1 or left.rows == right.rows == 1:
        how += "; two vectors' outer product has the second transposed, u v^T, whatever sign joins them"
    return ProductSizeMismatch(f"{where}: {shown}multiplies a {left.rows} x {left.cols} by a {right.rows} x"
                               f" {right.cols}, whose sizes do not fit; {how}")


def axis_sum(value, axis: int, mean: bool = False, samples_as_rows: bool = False):
    """NumPy's ``sum(u, axis)`` (syntax_code reads ``sum(dZ2, 1)``, ``np.sum(dZ2, axis=1)``) of the value read: axis
    1 adds each row's entries (a column, units x 1, is itself: the one sample's column of Ng's samples-as-columns
    code), axis 0 each column's (a column's entries added into a number). ``samples_as_rows`` (the notation's weights
    input-first, cs231n's x W): a vector is the one sample's row, so axis 1 adds its units into the sample's one
    number (NumPy broadcasts its 1 x 1) and axis 0 keeps it (the sum over the one sample), a vector as a column."""
    if not _is_matrix(value):
        return value
    if samples_as_rows and value.cols == 1 and value.rows > 1:
        summed = axis_sum(value.T, axis, mean)
        return summed[0, 0] if summed.shape == (1, 1) else summed.T
    count = (value.cols if axis == 1 else value.rows) if mean else 1  # u.mean(axis=1): the sums over their count
    if axis == 1:
        return sp.ImmutableMatrix([[sum(value.row(row)) / count] for row in range(value.rows)])
    return sp.ImmutableMatrix([[sum(value.col(col)) / count for col in range(value.cols)]])


def new_axis(value, where: str):
    """NumPy's ``x[:, None]`` (syntax_arrays reads it as the Call "column") of the value read: a vector as a
    column (a row turned), a number or a matrix refused (a number has no axis, a matrix gets a third)."""
    if _is_matrix(value) and 1 in value.shape:
        return value if value.cols == 1 else value.T
    raise FormulaError(f"{where}: u[:, None] of {'a number' if not _is_matrix(value) else 'a matrix'}; write it of"
                       " a vector, whose column it is")


def column_product(node, left, right, where: str):
    """``u * x[:, None]`` (``*``, ``\\odot``): NumPy broadcasts a vector u of m entries against the column x of
    n into the n x m matrix of x_i u_j, the one product that runs where m and n differ; None where neither factor
    is written with ``[:, None]`` or no such vector meets it. Where m = n the product is refused: NumPy gives
    that matrix where u is a 1-D array and the entrywise product where u is a column, and nothing says which."""
    marked = [isinstance(arg, Call) and arg.name == "column" for arg in node.args]
    new_axis_refusal(node, left, right, where)  # two columns, or a row beside a vector: never the outer product
    if not any(marked) or not (_is_matrix(left) and _is_matrix(right)):
        return None
    column, other = (left, right) if marked[0] else (right, left)
    if other.rows == 1:  # a row (vectors read as rows): NumPy's outer product, as the matrix product gives
        return column * other
    if other.cols != 1 or column.cols != 1:
        return None
    if other.rows == column.rows:
        raise FormulaError(f"{where}: multiplies a vector by a column u[:, None] of the same size, which NumPy"
                           " makes their outer product (a 1-D vector) or their entrywise product (a column); write"
                           " np.outer(x, u) or u * x")
    return column * other.T


def broadcast_number(node, value, shared_biases) -> bool:
    """Whether the number ``value``, a term of the sum ``node`` beside a vector or matrix, is added to each of its
    entries: a layer's shared bias (``shared_biases``: one number for all the layer's units, as the network has it,
    z = W x + b, or numbers times it, 2 b), or any number in code's sum, where NumPy broadcasts it (a matrix product
    written as code's, np.dot or @, an array library's sum of every entry, b1 += np.sum(d) * lr, or an object's
    attribute, self.b1). Elsewhere a number beside a vector is refused: in mathematics nothing says it is added to
    each entry."""
    if isinstance(value, sp.Expr) and value.free_symbols and value.free_symbols <= set(shared_biases):
        return True
    return any(call.name in ("matrix_product", "entries_sum") for call in nodes_of(node, Call)) \
        or any("." in symbol.base for symbol in nodes_of(node, Sym))
