"""A layer's vector differentiated whole by another, as notes write the chain rule between layers (a part
of reading.Reader; docs/notation.md):

    \\frac{\\partial \\mathcal{L}}{\\partial W^{L-1}} = \\frac{\\partial \\mathcal{L}}{\\partial a^{L-1}} \\cdot
        \\frac{\\partial a^{L-1}}{\\partial z^{L-1}} \\cdot \\frac{\\partial z^{L-1}}{\\partial W^{L-1}}

Such a derivative is a Jacobian, and it is read only where its compact form is the one thing a page can
mean by it, whatever its layout (numerator or denominator, which transposes the matrix):

* **diagonal**: every entry of u depends only on the entry of v with its own index (da/dz of an
  element-wise activation, dz/db), so the Jacobian is diagonal and both layouts agree: it is read as the
  vector of its diagonal, ``\\frac{\\partial a}{\\partial z} = f'(z)``, entry by entry. Its product with a
  vector of as many entries is the product of the diagonal matrix with it, entry by entry (not an inner
  product, which \\cdot between two vectors is elsewhere); with a matrix, the rows (or columns) scaled.
* **a layer's pre-activations by its own weights**, dz_j/dW_{ik}: 0 where i is not j, and the same
  a_k for every j: read as the row (a^{l-1})^T, the factor whose product with the column dL/dz is the
  gradient dL/dW (with the weights input-first, W_{kj}, the column a^{l-1}). Its unit index is implicit,
  so its product with a diagonal is their outer product, f'(z_j) a_k, as the ordinary product makes it.

A **chain** of such factors, each a number or a vector differentiated by a number or a vector (jacobian_chain,
``\\frac{\\partial E}{\\partial w_{ij}} = \\frac{\\partial E}{\\partial z_1} \\frac{\\partial z_1}{\\partial a}
\\frac{\\partial a}{\\partial z} \\frac{\\partial z}{\\partial w_{ij}}``), is read as the matrix product of the
factors' whole Jacobians in the written order, in the one layout in which every product fits and gives the left
side's shape: the numerator layout (d u/d v has a row for each entry of u: a row for a number by a vector, a column
for a vector by a number) or the denominator layout (its transpose). Where both do, the chain reads two ways and
is refused; where neither does, it is read factor by factor as above.

Any other Jacobian (dz^l/da^{l-1}, which is W or W^T by the layout; a row-wise activation's) is refused in
one line, as is one of more than LIMITS["jacobian_entries"] entries.
"""

from __future__ import annotations

import sympy as sp

from ..limits import LIMITS
from .quantities import FormulaError
from .reading_base import _is_matrix, _show
from .syntax_tree import Call, Deriv, Op, Sym

_LAYOUTS = ("numerator", "denominator")


def _is_vector(value) -> bool:
    return _is_matrix(value) and 1 in value.shape


def _entries(value) -> list | None:
    """The entries of a number or a vector, in order; None for a matrix."""
    if not _is_matrix(value):
        return [value]
    return list(value) if 1 in value.shape else None


def _chain_products(node) -> list:
    """The product nodes of ``node``'s chain of matrix products (juxtaposition, \\cdot, \\times; never code's
    entrywise * nor \\odot), outermost first."""
    if not (isinstance(node, Op) and node.kind in ("*", "dot", "times") and len(node.args) == 2
            and not node.star and not node.entrywise):
        return []
    return [node, *_chain_products(node.args[0]), *_chain_products(node.args[1])]


def _chain_factors(node) -> list:
    """The factors of ``node``'s chain of matrix products in the written order (``node`` alone where it is none)."""
    if not _chain_products(node):
        return [node]
    return [*_chain_factors(node.args[0]), *_chain_factors(node.args[1])]


def _matrix_product(factors: list):
    """The product of ``factors`` (numbers and matrices) in order, a 1 x 1 taken as the number it holds; None where
    two matrices side by side do not fit."""
    product = sp.S.One
    for factor in factors:
        if _is_matrix(factor) and factor.shape == (1, 1):
            factor = factor[0, 0]
        if _is_matrix(product) and _is_matrix(factor) and product.cols != factor.rows:
            return None
        product = product * factor
        if _is_matrix(product) and product.shape == (1, 1):
            product = product[0, 0]
    return product


def _named(node) -> str:
    """``\\frac{\\partial u}{\\partial v}: `` as written, the start of a message about that derivative."""
    if isinstance(node, Deriv) and node.of is not None:
        return f"\\frac{{\\partial {_show(node.of)}}}{{\\partial {_show(node.wrt)}}} "
    return ""


class JacobianReading:
    """Reader methods for derivatives of a vector by a vector or matrix, and the products they make."""

    def jacobian(self, of, wrt, node):
        """d(of)/d(wrt) for a vector ``of`` (n x 1 or 1 x n) and a vector or matrix ``wrt``: the diagonal
        as a vector of of's shape, or (by weights) the row of the entries common to every unit."""
        if not _is_vector(of):
            self.fail("differentiates a matrix; write one entry")
        count = len(of)
        by = "a vector" if _is_vector(wrt) else "a matrix"
        if count * len(wrt) > LIMITS["jacobian_entries"]:
            self.fail(f"differentiates a vector by {by} (a Jacobian) of more than {LIMITS['jacobian_entries']:,}"
                      " entries; write one entry")
        units = list(of)
        if _is_vector(wrt) and len(wrt) == count:
            by = list(wrt)
            diagonal = []
            for j, unit in enumerate(units):
                for k, variable in enumerate(by):
                    derivative = self.differentiate(unit, variable, node)
                    if j == k:
                        diagonal.append(derivative)
                    elif derivative != 0:
                        self.fail(f"{_named(node)}differentiates a vector by a vector (a Jacobian) that is not"
                                  " diagonal: a matrix, or its transpose, as the page's layout has it; write one"
                                  " entry")
            self.diagonals[id(node)] = node
            return sp.ImmutableMatrix(of.rows, of.cols, diagonal)
        if not _is_vector(wrt) and count in wrt.shape:
            # W_{jk} with unit j on the rows, or input-first (W_{kj}); a square W is tried both ways, and only
            # one of them can have the structure
            for by_rows in (True, False):
                if (wrt.rows if by_rows else wrt.cols) == count:
                    common = self._common_inputs(units, wrt, by_rows, node)
                    if common is not None:
                        self.weight_factors[id(node)] = node
                        return sp.ImmutableMatrix(1, len(common), common) if by_rows else \
                            sp.ImmutableMatrix(len(common), 1, common)
            self.fail("differentiates a vector by a matrix (a Jacobian) whose entries do not reduce to one vector"
                      " common to every unit (as dz/dW does, a^T); write one entry")
        # \frac{\partial \hat{y}}{\partial h} in a chain of Jacobians for a matrix (dL/dW_1 = dL/dy dy/dh dh/dW_1):
        # which factor is transposed, and how the matrix's entries are gathered, is the page's layout, not written
        self.fail(f"{_named(node)}differentiates a vector of {count} entries by {by} of {len(wrt)} (a Jacobian): a"
                  " matrix, or its transpose, as the page's layout has it, so a chain of such factors reads two ways;"
                  " write one entry, or the chain for one entry (\\frac{\\partial L}{\\partial W_{ji}} = ...)")

    def jacobian_product(self, node):
        """A chain of Jacobians (jacobian_chain), or a vector times a symmetric Jacobian (symmetric_product); None
        for any other product."""
        chain = self.jacobian_chain(node)
        return chain if chain is not None else self.symmetric_product(node)

    def jacobian_chain(self, node):
        """The value of a claim's chain of derivatives of which one differentiates a vector (by a vector, or by a
        number: dz/dw_{ij}) as the product of their Jacobians in the one layout that fits (the module's
        docstring); refused where both layouts fit, None where neither does or the product is no such chain
        (then read factor by factor). A chain inside another is judged whole, by its outermost product only."""
        products = _chain_products(node)
        if len(products) == 0 or id(node) in self.chain_parts or self.context.reading_left \
                or self.context.left_node is None:
            return None
        for inner in products[1:]:
            self.chain_parts[id(inner)] = inner
        factors = _chain_factors(node)
        # the derivatives, and the names the notation gives a gradient (\delta = grad(z2[:]), dL/dz2 a row in the
        # numerator layout); the other factors as read, in both layouts
        laid_out = [isinstance(factor, Deriv) or self.notation.names_gradient(factor) for factor in factors]
        if not any(isinstance(factor, Deriv) for factor in factors) or (expected := self._left_side_layouts()) is None:
            return None
        derivatives = [self._layout_jacobian(factor) if is_laid_out else None
                       for factor, is_laid_out in zip(factors, laid_out)]
        if not any(jacobian is not None and jacobian.rows > 1 for jacobian in derivatives) \
                or any(is_laid_out and jacobian is None for is_laid_out, jacobian in zip(laid_out, derivatives)):
            return None
        try:  # what a factor cannot be read as is refused by its own reading, factor by factor
            others = [None if is_laid_out else self.value(factor) for factor, is_laid_out in zip(factors, laid_out)]
        except FormulaError:
            return None
        fits = []
        for layout, shapes in zip(_LAYOUTS, expected):
            product = _matrix_product([other if jacobian is None else jacobian if layout == "numerator" else
                                       jacobian.T for jacobian, other in zip(derivatives, others)])
            shape = product.shape if _is_matrix(product) else (1, 1)
            if product is not None and shape in shapes:
                fits.append((layout, product))
        if len(fits) > 1:
            self.fail(f"{_show(node)}: a chain of Jacobians that reads two ways: its products fit, and make the left"
                      " side's shape, both in the numerator layout (d u/d v a row for each entry of u) and in the"
                      " denominator layout (its transpose); write one entry, or the sum over the units it stands for")
        if not fits:
            return None
        layout, product = fits[0]
        self.context.notes.append(f"a chain of Jacobians read in the {layout} layout, the one in which every product"
                                  " fits and makes the left side's shape")
        if not _is_matrix(product):
            return product
        return sp.ImmutableMatrix(*self.context.left_shape, list(product))  # a vector as the left side is laid out

    def _layout_jacobian(self, node):
        """d u/d v in the numerator layout (a row for each entry of u) of a number or vector u by a number or vector
        v, as a matrix (a gradient's name as its row); None for a derivative of or by a matrix, of a function (d f/d
        x), or one check cannot read."""
        if not isinstance(node, Deriv):
            try:
                row = _entries(self.value(node))
            except FormulaError:
                return None
            return None if row is None else sp.ImmutableMatrix(1, len(row), row)
        if node.of is None or node.at is not None or node.sign not in ("partial", "d") \
                or self.differentiated_function(node)[2] is not None:
            return None
        try:
            of = self.symbols.L if self._is_loss(node.of) else self.value(node.of)
            by = _entries(self.value(node.wrt))
            units = _entries(of)
            if by is None or units is None or len(units) * len(by) > LIMITS["jacobian_entries"]:
                return None
            if len(units) == 1:  # dL/da, the reader's own: a number, or the gradient with v's entries in order
                row = _entries(self.value(node))
                return sp.ImmutableMatrix(1, len(row), row) if row is not None and len(row) == len(by) else None
            return sp.ImmutableMatrix(len(units), len(by), [self.differentiate(unit, variable, node)
                                                            for unit in units for variable in by])
        except FormulaError:
            return None

    def _left_side_layouts(self) -> tuple | None:
        """The shapes the claim's left side has in the numerator and the denominator layout: a number's 1 x 1 in
        both; d L/d v of a vector v a row, then a column (d u/d x of a vector u the other way round); a vector that
        is no derivative in either orientation; None for a matrix or a derivative of a vector by a vector."""
        shape, left = self.context.left_shape, self.context.left_node
        if not shape:
            return {(1, 1)}, {(1, 1)}
        if 1 not in shape:
            return None
        count = max(shape)
        row, column = {(1, count)}, {(count, 1)}
        if not isinstance(left, Deriv):
            return row | column, row | column
        # the left side's letters read here are no letters the member reads; its products are no member's chains
        read, self.context.reading_left = set(self.env.read), True
        try:
            scalar_of = left.of is None or self._is_loss(left.of) or len(_entries(self.value(left.of)) or ()) == 1
            scalar_by = len(_entries(self.value(left.wrt)) or ()) == 1
        except FormulaError:
            return None
        finally:
            self.context.reading_left = False
            self.env.read.clear()
            self.env.read.update(read)
        if scalar_of and not scalar_by:
            return row, column
        return (column, row) if scalar_by and not scalar_of else None

    def symmetric_product(self, node):
        """``\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial a} \\cdot \\frac{\\partial a}{\\partial z}`` of
        the output activation over all the units: a product of a vector and a Jacobian that is not diagonal but
        symmetric (da_i/dz_j = da_j/dz_i), which both layouts write alike, so that the product can only be the chain rule's, sum_i v_i da_i/dz_j,
        whichever side the vector is on; a vector of the vector's shape. None for any other product (a
        Jacobian that is not symmetric stays refused: J or its transpose is the page's layout)."""
        factors = [arg for arg in node.args[:2] if isinstance(arg, Deriv) and arg.of is not None
                   and not (isinstance(arg.of, Sym) and self._is_loss(arg.of))]  # dL/da is a vector, no Jacobian
        if node.kind not in ("*", "dot", "times") or len(node.args) != 2 or len(factors) != 1:
            return None
        derivative = factors[0]
        other = node.args[1] if derivative is node.args[0] else node.args[0]
        try:  # what the derivative cannot be read as (d f/d w of a function f) is refused by its own reading
            of, wrt = self.value(derivative.of), self.value(derivative.wrt)
        except FormulaError:
            return None
        count = len(of) if _is_vector(of) else 0
        if count < 2 or not _is_vector(wrt) or len(wrt) != count or count * count > LIMITS["jacobian_entries"]:
            return None
        vector = self.value(other)
        if not _is_vector(vector) or len(vector) != count:
            return None
        entries = [[self.differentiate(of[i], wrt[j], derivative) for j in range(count)] for i in range(count)]
        if all(entries[i][j] == 0 for i in range(count) for j in range(count) if i != j):
            return None  # diagonal: diagonal_product's
        if any(sp.expand(entries[i][j] - entries[j][i]) != 0 for i in range(count) for j in range(i)):
            return None
        return sp.ImmutableMatrix(*vector.shape, [sum((vector[i] * entries[i][j] for i in range(count)), sp.S.Zero)
                                                  for j in range(count)])

    def written_diagonals_added(self, args, values: list) -> list:
        """``values`` of a sum's ``args`` with each \\operatorname{diag}(v) (kept as its diagonal v) added to a square
        matrix of v's size as the diagonal matrix itself (diag(s) - s s^T, a row-wise activation's Jacobian)."""
        squares = {value.rows for value in values if _is_matrix(value) and value.rows == value.cols > 1}
        return [sp.ImmutableMatrix(len(value), len(value), lambda i, j, v=value: v[i] if i == j else 0)
                if isinstance(arg, Call) and arg.name == "diag" and id(arg) in self.diagonals and _is_matrix(value)
                and len(value) in squares else value for arg, value in zip(args, values)]

    def diagonal_product(self, node, left, right):
        """The product of two factors of which one was read as a diagonal Jacobian's diagonal: with a vector
        of as many entries, entry by entry in the other's shape; with a matrix, the diagonal matrix's
        product; None where neither factor is such a diagonal."""
        diagonal = [id(arg) in self.diagonals for arg in node.args[:2]]
        if not any(diagonal) or not (_is_matrix(left) and _is_matrix(right)):
            return None
        if (node.kind == "odot" or node.star) and any(
                isinstance(arg, Call) and arg.name == "diag" and id(arg) in self.diagonals for arg in node.args[:2]):
            self.fail(f"an entrywise product with {_show(node.args[0] if diagonal[0] else node.args[1])}, a diagonal"
                      " matrix, whose sizes the other factor's do not share; write the matrix product (diag(v) u), or"
                      " v \\odot u with the vector v")
        if node.kind != "odot" and not node.star and any(
                flag and not _is_vector(value) for flag, value in zip(diagonal, (left, right))):
            # \nabla f(Y) of a matrix Y (reading_gradients): f' at each entry, a product with it is no matrix product
            self.fail("\\nabla f(u) of a matrix u is f' at each of its entries, and its product with another factor"
                      " is read only where written entry by entry; write \\odot between the factors")
        if any(id(arg) in self.weight_factors for arg in node.args[:2]):
            # da/dz \cdot dz/dW: the weights' factor keeps its unit index implicit (dz_j/dW_{jk} = a_k), so
            # the product is f'(z_j) a_k for every j and k, the outer product the ordinary product makes
            return None
        if _is_vector(left) and _is_vector(right) and len(left) == len(right):
            shape = left.shape if diagonal[1] or all(diagonal) else right.shape
            product = sp.ImmutableMatrix(*shape, [first * second for first, second in zip(left, right)])
            if all(diagonal):
                self.diagonals[id(node)] = node  # the product of two diagonals is one
            return product
        if diagonal[0] and _is_vector(left) and not _is_vector(right) and right.rows == len(left):
            return sp.ImmutableMatrix(right.rows, right.cols, lambda i, k: left[i] * right[i, k])
        if diagonal[1] and _is_vector(right) and not _is_vector(left) and left.cols == len(right):
            return sp.ImmutableMatrix(left.rows, left.cols, lambda i, k: left[i, k] * right[k])
        return None

    def _common_inputs(self, units: list, wrt, by_rows: bool, node) -> list | None:
        """The entries r_k with d units[j] / d W_{jk} = r_k for every unit j and 0 by every other unit's
        weights (W_{kj} where not ``by_rows``); None where there are none."""
        inputs = wrt.cols if by_rows else wrt.rows
        common = None
        for j, unit in enumerate(units):
            own = []
            for i in range(len(units)):
                for k in range(inputs):
                    derivative = self.differentiate(unit, wrt[i, k] if by_rows else wrt[k, i], node)
                    if i == j:
                        own.append(derivative)
                    elif derivative != 0:
                        return None
            if common is not None and any(sp.expand(first - second) != 0 for first, second in zip(common, own)):
                return None
            common = own
        return common
