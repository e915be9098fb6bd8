"""A member of a general rule and its true value compared at every index value of the rule, in float64,
at random points (homework_families.py says what is done with the outcome).

Both are compiled once with the rule's letters as arguments (arrays of index values that broadcast over
the rule's shape) and evaluated by NumPy at each point the per-value path draws (same sampler, same
seed). A value differs where the two are further apart than AGREEMENT of their size and than float64's
rounding of the terms they are made of (_Rounding).
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from .agreement import AGREEMENT, MIN_POINTS, decidable, points_needed
from .families import Family
from .family_factors import FACTORED_FROM, Factored, common_factors_out, real
from .numeric import _lambdified, arguments, forward_at
from .numeric_backends import FLOAT
from .points import PointSampler

#: float64 differences judged again one index value at a time before the rule is refused as too
#: ill-conditioned (each is a per-value check: 50-digit numbers at its points)
CONFIRMATIONS = 3
#: a difference within ROUNDING_OPERATIONS x (the expression's operations) x float64's epsilon times the
#: magnitude of its terms (_magnitude) is rounding: a sum over 64 units of terms of both signs agrees
#: with the truth to 1e-12 of its terms, not always of its value, and a family has a million values
ROUNDING_OPERATIONS = 4


class Comparison:
    """A member and its true value compared at every index value of a family, at random points."""

    def __init__(self, symbols, family: Family, formula, truth, points: int, seed: int):
        self.symbols, self.family = symbols, family
        self.formula, self.truth = formula, truth
        self.points, self.seed = points, seed
        self.mismatches: list[int] = []   # flat index values where some point differs, in order
        self.worst = 0                    # the flat index value that agreed least closely
        self.decided = False              # the numbers decide "correct" (agreement.py)

    def run(self) -> "Comparison":
        symbols, family = self.symbols, self.family
        deciding = self.points >= MIN_POINTS and decidable(self.formula, self.truth)
        count = max(self.points, points_needed(symbols, None)) if deciding else self.points
        names = arguments(symbols)
        compiled = tuple(names + list(family.symbols))
        axes = len(family.shape)
        formula = _lambdified(compiled, common_factors_out(self.formula), FLOAT.name, axes)
        # the member written as the true value is: the two values are the same wherever they are finite
        # (gap 0: close, and 0 for worst), so only where they are not does it differ
        same = self.formula == self.truth
        truth = None if same else _lambdified(compiled, common_factors_out(self.truth), FLOAT.name, axes)
        rounding = _Rounding(self.formula, self.truth, compiled, family.shape)
        grids = family.grids()
        sampler = PointSampler(symbols, self.seed, None)
        agrees = np.ones(family.shape, dtype=bool)   # (a million values or more: every array op counts)
        worst = np.zeros(family.shape)
        scratch = _Scratch(family.shape)
        first = _first_values(family) if family.count > CONFIRMATIONS and not same else None
        factored = Factored.of(self.formula, self.truth, compiled, family) if family.count > FACTORED_FROM \
            else None
        if factored is not None and factored.all_close(symbols, self.seed, count, names):
            # what the comparison over every value finds, from the letters each side depends on
            self.mismatches, self.worst, self.decided = [], factored.worst, deciding
            return self
        for _ in range(count):
            values = forward_at(symbols, sampler.draw(), FLOAT)
            given = [values.get(name) for name in names]
            with np.errstate(all="ignore"):
                if first is not None and self._first_all_differ(formula, truth, rounding, given, first, agrees):
                    # what the comparison over every value would find (the break below): a wrong member
                    # is not evaluated over the 6.4 million values of seed 001's line 213 at all
                    agrees.flat[:CONFIRMATIONS + 1] = False
                    break
                formula_values = real(formula(*given, *grids))
                if same:
                    finite = np.isfinite(formula_values)
                    if not finite.all():
                        agrees &= np.broadcast_to(finite, family.shape)
                else:
                    self._compare(formula_values, real(truth(*given, *grids)), rounding.at(given, grids),
                                  agrees, worst, scratch)
            if family.count > CONFIRMATIONS and not agrees.flat[:CONFIRMATIONS + 1].any():
                # the first index values all differ: the values judged one by one are these whatever the
                # other points show, and more than CONFIRMATIONS of them (_family_step never asks for worst)
                break
        differs = ~agrees
        self.mismatches = [int(flat) for flat in np.flatnonzero(differs)[:CONFIRMATIONS + 1]]
        self.worst = int(np.argmax(worst))
        self.decided = deciding
        return self


    def _first_all_differ(self, formula, truth, rounding, given: list, first: list, agrees) -> bool:
        """Whether the first CONFIRMATIONS + 1 index values all differ at this point or at an earlier
        one (``agrees``), by the closeness of _compare, computed at those values only (``first``:
        _first_values)."""
        count, shape = CONFIRMATIONS + 1, first[0].shape
        formula_values = np.broadcast_to(real(formula(*given, *first)), shape).reshape(count)
        true_values = np.broadcast_to(real(truth(*given, *first)), shape).reshape(count)
        finite = np.isfinite(formula_values) & np.isfinite(true_values)
        gap = np.abs(formula_values - true_values)
        close = (gap <= (np.abs(formula_values) + np.abs(true_values)) * AGREEMENT + 1e-300) & finite
        unsure = ~close & finite
        # (a wrong member's values are far apart: its bound's ceiling tells them from rounding without
        # compiling the magnitudes, a second of seed 001's line 213 for each wrong member)
        if unsure.any() and not rounding.at(given, first).all_beyond(gap[unsure]):
            bound = np.broadcast_to(rounding.values(given, first), shape).reshape(count)
            close |= unsure & (gap <= bound)
        return not (agrees.flat[:count] & close).any()

    def _compare(self, formula_values, true_values, rounding, agrees, worst, scratch) -> None:
        """One point's values (each in the shape of the letters it depends on) compared at every index
        value: ``agrees`` keeps where they are close, ``worst`` the largest relative gap where they are."""
        shape = self.family.shape
        finite = np.isfinite(formula_values) & np.isfinite(true_values)  # (in their own shapes)
        finite = None if finite.all() else np.broadcast_to(finite, shape)
        formula_values = np.broadcast_to(formula_values, shape)
        true_values = np.broadcast_to(true_values, shape)
        for block in _blocks(shape):
            gap, size, bound, close = scratch.of(formula_values[block].shape)
            np.subtract(formula_values[block], true_values[block], out=gap)
            np.abs(gap, out=gap)
            np.abs(formula_values[block], out=size)
            np.abs(true_values[block], out=bound)
            size += bound
            np.multiply(size, AGREEMENT, out=bound)
            bound += 1e-300
            np.less_equal(gap, bound, out=close)
            if finite is not None:
                close &= finite[block]
            if not close.all():  # within rounding of the size of the terms?
                unsure = ~close
                if finite is not None:
                    unsure &= finite[block]
                if not rounding.all_beyond(gap[unsure]):
                    close |= unsure & (gap <= rounding(block))
            size += 1e-300
            np.divide(gap, size, out=gap)
            np.maximum(worst[block], gap, out=worst[block], where=close)
            agrees[block] &= close


class _Rounding:
    """How far apart a member's and its true value's float64 values may be by rounding alone: within
    ROUNDING_OPERATIONS x (their operations) x float64's epsilon times the size of their terms
    (_magnitude), built and compiled only for a comparison that has values not close."""

    def __init__(self, formula, truth, compiled: tuple, shape: tuple):
        self.formula, self.truth, self.compiled, self.shape = formula, truth, compiled, shape
        self.factor = self.most_operations = None
        self.magnitudes: list = []

    def ceiling(self, given: list) -> float:
        """Twice a bound of ``values`` at every index value of the point (a gap beyond it is no
        rounding): each quantity at its largest absolute value (_largest), the operations counted from
        above (count_ops counts at most 3 a node); NaN where that does not bound (then nothing is
        beyond it)."""
        values = dict(zip(self.compiled, given))
        if self.most_operations is None:
            self.most_operations = 3 * (_tree_size(self.formula, {}) + _tree_size(self.truth, {})) + 1
        operations = self.most_operations
        magnitude = _largest(self.formula, values, {}, {}) + _largest(self.truth, values, {}, {})
        return 2 * (ROUNDING_OPERATIONS * operations * np.finfo(np.float64).eps * magnitude + 1e-300)

    def at(self, given: list, grids: list) -> "_PointRounding":
        """The bound at one point, for a block of the family at a time (computed on first use)."""
        return _PointRounding(self, given, grids)

    def values(self, given: list, grids: list):
        """The bound at one point at the index values ``grids`` (arrays that broadcast together)."""
        if self.factor is None:
            operations = sp.count_ops(self.formula) + sp.count_ops(self.truth) + 1
            self.factor = ROUNDING_OPERATIONS * operations * np.finfo(np.float64).eps
            # the two magnitudes apart: each has the shape of the index values it depends on, so that a
            # member of a few letters (a sum over 128 units for each i) is not summed over every index value
            self.magnitudes = [_lambdified(self.compiled, common_factors_out(_magnitude(expr)), FLOAT.name,
                                           len(self.shape)) for expr in (self.formula, self.truth)]
        magnitude = sum(real(function(*given, *grids)) for function in self.magnitudes)
        return self.factor * magnitude + 1e-300


class _PointRounding:
    """_Rounding at one point: its bound for a block of the family, and whether gaps are all beyond
    its ceiling (then the bound, and the compiling of the magnitudes it needs, are not wanted)."""

    def __init__(self, rounding: _Rounding, given: list, grids: list):
        self.rounding, self.given, self.grids = rounding, given, grids
        self.bound = self.top = None

    def __call__(self, block):
        if self.bound is None:
            self.bound = np.broadcast_to(self.rounding.values(self.given, self.grids), self.rounding.shape)
        return self.bound[block]

    def all_beyond(self, gaps: np.ndarray) -> bool:
        if self.top is None:
            self.top = self.rounding.ceiling(self.given)
        return bool((gaps > self.top).all())


def _tree_size(expr, memo: dict) -> int:
    """The nodes of ``expr`` counted as often as they occur (each distinct one visited once)."""
    if expr not in memo:
        memo[expr] = 1 + sum(_tree_size(arg, memo) for arg in expr.args)
    return memo[expr]


def _largest(expr, values: dict, memo: dict, arrays: dict) -> float:
    """At least the largest value of _magnitude(expr) over every index value at one point (``values``:
    {argument: its value}), in exact arithmetic: each quantity at its largest absolute value, a sum's
    terms at theirs times their number, Heaviside and Kronecker's delta at 1, exp at its argument's
    bound; inf for anything else (a NaN makes it NaN)."""
    if expr in memo:
        return memo[expr]
    if expr.is_Number:
        found = abs(float(expr))
    elif isinstance(expr, (sp.Indexed, sp.Symbol)):
        key = expr.base if isinstance(expr, sp.Indexed) else expr
        if key not in arrays:
            value = values.get(key)
            arrays[key] = float(np.max(np.abs(value))) if value is not None and np.size(value) else np.inf
        found = arrays[key]
    elif isinstance(expr, (sp.Add, sp.Mul)):
        parts = [_largest(arg, values, memo, arrays) for arg in expr.args]
        found = float(sum(parts)) if isinstance(expr, sp.Add) else float(np.prod(parts))
    elif isinstance(expr, sp.Pow) and expr.exp.is_Integer and expr.exp >= 0:
        found = _largest(expr.base, values, memo, arrays) ** int(expr.exp)
    elif isinstance(expr, sp.Sum) and all(bound.is_Integer for limit in expr.limits for bound in limit[1:]):
        terms = np.prod([max(int(high) - int(low) + 1, 0) for _, low, high in expr.limits])
        found = float(terms) * _largest(expr.function, values, memo, arrays)
    elif isinstance(expr, sp.KroneckerDelta):
        found = 1.0
    elif isinstance(expr, sp.Heaviside):  # 0, 1, or its value at 0 where one is written
        at_zero = expr.args[1] if len(expr.args) > 1 else sp.S.Half
        found = max(1.0, abs(float(at_zero))) if at_zero.is_Number else np.inf
    elif isinstance(expr, sp.Abs):
        found = _largest(expr.args[0], values, memo, arrays)
    elif isinstance(expr, sp.exp):
        with np.errstate(over="ignore"):
            found = float(np.exp(_largest(expr.args[0], values, memo, arrays)))
    else:
        found = np.inf
    memo[expr] = found
    return found


def _first_values(family: Family) -> list[np.ndarray]:
    """Each letter's values at the family's first CONFIRMATIONS + 1 index values (the per-value order),
    as arrays along the first of the family's axes: a compiled member takes them as it takes grids."""
    count = CONFIRMATIONS + 1
    offsets = np.unravel_index(np.arange(count), family.shape)
    shape = (count,) + (1,) * (len(family.shape) - 1)
    return [(low + offset).reshape(shape) for (low, _), offset in zip(family.ranges, offsets)]


#: values of a family compared at a time: the arrays of a block stay in the processor's cache (over
#: 6.4 million index values, the whole arrays at a time took four times as long)
BLOCK = 1 << 16


def _blocks(shape: tuple):
    """Index tuples that cut an array of ``shape`` into blocks of at most about BLOCK values, in order."""
    inner, axis = 1, len(shape)
    while axis > 0 and inner * shape[axis - 1] <= BLOCK:
        axis -= 1
        inner *= shape[axis]
    if axis == 0:
        yield (Ellipsis,)  # (a view even of a 0-d array)
        return
    step = max(1, BLOCK // inner)
    for lead in np.ndindex(*shape[:axis - 1]):
        for start in range(0, shape[axis - 1], step):
            yield lead + (slice(start, start + step),)


class _Scratch:
    """Arrays for one block's gap, size and bound (float64) and closeness (bool), made once."""

    def __init__(self, shape: tuple):
        size = min(BLOCK, int(np.prod(shape))) if shape else 1
        self.numbers, self.flags = np.empty((3, max(size, 1))), np.empty(max(size, 1), dtype=bool)

    def of(self, shape: tuple):
        count = int(np.prod(shape))
        return (*(row[:count].reshape(shape) for row in self.numbers), self.flags[:count].reshape(shape))


def _magnitude(expr) -> sp.Expr:
    """The size of the terms ``expr`` is made of, which bounds its float64 rounding (a value of
    ``expr`` is within about (operations x epsilon) x this of the exact one): every sum and product
    taken of the absolute values of its parts, a function's value (exp, log, Heaviside: computed
    to within a unit in the last place) as its absolute value."""
    if isinstance(expr, sp.Add):
        return sp.Add(*[_magnitude(arg) for arg in expr.args])
    if isinstance(expr, sp.Mul):
        return sp.Mul(*[_magnitude(arg) for arg in expr.args])
    if isinstance(expr, sp.Pow) and expr.exp.is_Integer:
        return _magnitude(expr.base) ** expr.exp
    if isinstance(expr, sp.Sum):
        return sp.Sum(_magnitude(expr.function), *expr.limits)
    return sp.Abs(expr, evaluate=False)  # (evaluated: 784 assumption queries for a sum over the inputs)
