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

Any other Jacobian (dz^l/da^{l-1}, which is W or W^T by the layout; a row-wise activation's) is refused in
one line, as is one of more than LIMITS["jacobian_entries"] entries.
"""

from __future__ import annotations

import sympy as sp

from ..limits import LIMITS
from .quantities import FormulaError
from .reading_base import _is_matrix, _show
from .syntax_tree import Call, Deriv, Sym


def _is_vector(value) -> bool:
    return _is_matrix(value) and 1 in value.shape


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
