"""A member of a general rule and its true value written as c f and c t, c the factors they have in
common (family_comparison.py compares f and t over fewer index values where it can), and the helpers
both modules use on compiled members."""

from __future__ import annotations

import numpy as np
import sympy as sp

from .agreement import AGREEMENT
from .families import Family
from .large_formulas import distinct_nodes
from .numeric import _lambdified, forward_at
from .numeric_backends import FLOAT
from .points import PointSampler

#: closeness decided from a member's factors is taken only this far inside AGREEMENT: multiplying the
#: common factors back in rounds by a few units of 1e-16, a ten-thousandth of AGREEMENT each
FACTORED_MARGIN = 1 - 1e-3
#: index values of a rule from which a comparison first tries its members' factors (below, the whole
#: grid is compared in a block or two)
FACTORED_FROM = 1 << 16
#: the most values of the common factors' letters held at a point to find where they are nonzero
FACTORED_MOST = 1 << 21


class Factored:
    """A member and its true value as c f and c t, with c the factors they have in common (seed 001's
    line 213: x_alpha H(z2_i) times a sum over the 128 units and H(z1_B) W2[i,B]), where f and t
    depend on fewer of the rule's letters than all. AGREEMENT is relative: wherever c is finite and
    nonzero, c f and c t are close where f and t are, and where c is 0 both are 0. So when f and t are
    finite and close (within FACTORED_MARGIN of AGREEMENT) at every value of their own letters at
    every point, the factors are finite and their product cannot overflow, member and truth agree at
    every index value, as the comparison over the whole grid would find, at a thousandth of its cost
    (8,192 values for 6.4 million). Anything else leaves the comparison to the whole grid."""

    def __init__(self, common: list, rest: tuple, axes: set, compiled: tuple, family: Family):
        trailing = len(family.shape)
        self.family, self.axes = family, axes
        self.common = [_lambdified(compiled, factor, FLOAT.name, trailing) for factor in common]
        self.rest = [_lambdified(compiled, common_factors_out(expr), FLOAT.name, trailing) for expr in rest]
        letters = {position for factor in common for position in _axes(factor, family)}
        self.held = int(np.prod([family.shape[position] for position in letters])) <= FACTORED_MOST
        self.worst = 0

    @classmethod
    def of(cls, formula, truth, compiled: tuple, family: Family) -> "Factored | None":
        formula_factors, truth_factors = _factors(common_factors_out(formula)), _factors(common_factors_out(truth))
        common = []
        for factor in list(formula_factors):
            if not factor.is_number and factor in truth_factors:
                formula_factors.remove(factor)
                truth_factors.remove(factor)
                common.append(factor)
        if not common:
            return None
        axes = {position for factor in formula_factors + truth_factors for position in _axes(factor, family)}
        if int(np.prod([family.shape[position] for position in axes])) * 2 > family.count:
            return None
        return cls(common, (sp.Mul(*formula_factors), sp.Mul(*truth_factors)), axes, compiled, family)

    def all_close(self, symbols, seed: int, count: int, names: list) -> bool:
        """Whether f and t are close at every value of their letters at each of the ``count`` points
        (drawn as Comparison.run draws them), with c finite; ``worst`` is then the index value of
        the largest relative gap where c is not 0."""
        shape = self.family.shape
        reduced = tuple(size if position in self.axes else 1 for position, size in enumerate(shape))
        others = tuple(position for position in range(len(shape)) if position not in self.axes)
        grids = self.family.grids()
        sampler = PointSampler(symbols, seed, None)
        worst, worst_point, nonzero = np.zeros(reduced), np.zeros(reduced, dtype=int), []
        for point in range(count):
            values = forward_at(symbols, sampler.draw(), FLOAT)
            given = [values.get(name) for name in names]
            with np.errstate(all="ignore"):
                factors = [real(function(*given, *grids)) for function in self.common]
                formula_values, true_values = (np.broadcast_to(real(function(*given, *grids)), reduced)
                                               for function in self.rest)
                if not all(np.isfinite(array).all() for array in (*factors, formula_values, true_values)):
                    return False
                largest = max(np.max(np.abs(formula_values)), np.max(np.abs(true_values)))
                for array in factors:
                    largest *= np.max(np.abs(array)) if array.size else 0.0
                if not largest < 1e300:
                    return False
                gap = np.abs(formula_values - true_values)
                size = np.abs(formula_values) + np.abs(true_values)
                if not (gap <= size * (AGREEMENT * FACTORED_MARGIN)).all():
                    return False
                relative = gap / (size + 1e-300)
            if not relative.any():
                nonzero.append(None)
                continue
            if not self.held:
                return False  # (where c is 0 is needed for the worst index value)
            product = np.ones((1,) * len(shape))
            for array in factors:
                product = product * array
            nonzero.append(product != 0)
            # (over c's own shape: an axis c does not depend on has size 1 there)
            somewhere = np.any(nonzero[-1], axis=others, keepdims=True) if others else nonzero[-1]
            relative = np.where(somewhere, relative, 0.0)
            better = relative > worst
            worst = np.where(better, relative, worst)
            worst_point = np.where(better, point, worst_point)
        if worst.any():
            at = np.unravel_index(int(np.argmax(worst)), reduced)
            where = np.broadcast_to(nonzero[int(worst_point[at])], shape)
            where = where[tuple(at[position] if position in self.axes else slice(None) for position in range(len(shape)))]
            rest = iter(np.unravel_index(int(np.argmax(where)), where.shape))
            index = tuple(at[position] if position in self.axes else next(rest) for position in range(len(shape)))
            self.worst = int(np.ravel_multi_index(index, shape))
        return True


def _factors(expr) -> list:
    """The factors of a product, unevaluated products inside it opened (_common_factors_out makes them)."""
    if not isinstance(expr, sp.Mul):
        return [expr]
    return [factor for arg in expr.args for factor in _factors(arg)]


def _axes(expr, family: Family) -> set:
    """The positions of the family's letters ``expr`` depends on."""
    nodes = distinct_nodes(expr)
    return {position for position, symbol in enumerate(family.symbols) if symbol in nodes}


def real(value) -> np.ndarray:
    """A compiled formula's value as float64, in its own shape (a complex value, from a log or root of
    a negative number, is no number: NaN, which agrees with nothing)."""
    value = np.asarray(value)
    if np.iscomplexobj(value):
        value = np.where(value.imag == 0, value.real, np.nan)
    return value.astype(np.float64, copy=False)


def common_factors_out(expr, memo: dict | None = None):
    """``expr`` with the factors common to every term of each of its sums taken out of the sum
    (x_alpha sum_j H(z1_j) delta_{j,B} W2[i,j] for sum_j H(z1_j) delta_{j,B} W2[i,j] x_alpha): evaluated
    over every index value of a rule, a term's product then has the shape of the letters it depends on,
    not of all of them. Equal to ``expr``; its float64 value differs from the term-by-term one by
    rounding, which the comparison allows for (_magnitude)."""
    memo = {} if memo is None else memo
    if expr in memo:
        return memo[expr]
    if not isinstance(expr, sp.Basic) or expr.is_Atom or not expr.args:
        return expr
    args = [common_factors_out(arg, memo) for arg in expr.args]
    result = expr.func(*args) if args != list(expr.args) else expr
    if isinstance(result, sp.Add) and len(result.args) > 1:
        factors = [sp.Mul.make_args(term) for term in result.args]
        common = set(factors[0]).intersection(*factors[1:])
        common = [factor for factor in factors[0] if factor in common and not factor.is_Number]
        if common:
            rest = sp.Add(*[sp.Mul(*[factor for factor in term if factor not in common]) for term in factors])
            result = sp.Mul(*common, rest, evaluate=False)
    memo[expr] = result
    return result
