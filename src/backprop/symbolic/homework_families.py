"""A general rule with too many index values to list, judged for every one of them at once (a part of
homework._Homework; families.py says what a Family is and when a rule is one).

The claim is read once with its letters as ranged Symbols: each member and the true value become one
expression in the network's quantities and the letters (the truth of dL/dW1[B, alpha] from the
derivation in index form, the same one the per-value path uses). Both are compiled once with the
letters as arguments and evaluated by NumPy over every index value at each random point (the points
the per-value path draws: same sampler, same seed). Then:

* **wrong**: the first index value, in the per-value order, where the two differ at some point in
  float64 is judged by the per-value path itself (homework._Homework.member at those values): its
  verdict, its first failing point and its hint are that path's. A difference it finds to be
  rounding (50 digits agree) is passed over, at most CONFIRMATIONS times; beyond that the rule is
  refused (ill-conditioned numbers at many index values cannot each be looked at in 50 digits). Once
  the first CONFIRMATIONS + 1 index values all differ at some point, the points after it are not
  drawn: those are the values looked at, whatever the other points show.
* **correct**: the two agree to AGREEMENT (12 digits) at every index value at every point, and
  either the numbers decide (agreement.py: smooth formulas, ordinary constants, enough points) or,
  where they do not (kinks, unusual constants), the per-value path judges the index value that agreed
  least closely and finds it correct too (50 digits at its points). Never a sample of index values
  called correct: every value is compared at every point.

A rule this cannot read (a derivative by a quantity of a ranged index, a matrix or numbers member, a
--when case) gets the per-value path's own outcome: the message it gives at its first index value
that does not read, or its refusal of a rule with too many values to list.
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from .agreement import AGREEMENT, MIN_POINTS, decidable, points_needed
from .claims import Claim, is_numeric
from .families import Family, first_unreadable
from .homework_base import ClaimResult, Step, _new_values, _where
from .notation import Unbound
from .numeric import FLOAT, _lambdified, arguments, forward_at
from .points import PointSampler
from .quantities import FormulaError, Parameter, short as _short

#: float64 differences judged again one index value at a time before the rule is refused as too
#: ill-conditioned (each is a per-value check: 50-digit numbers at its points)
CONFIRMATIONS = 3
#: a difference within ROUNDING_OPERATIONS x (the expression's operations) x float64's epsilon times the
#: magnitude of its terms (_magnitude) is rounding: a sum over 64 units of terms of both signs agrees
#: with the truth to 1e-12 of its terms, not always of its value, and a family has a million values
ROUNDING_OPERATIONS = 4


class _Unsupported(Exception):
    """A part of a claim the once-for-all reading does not take (the per-value path's outcome holds)."""


class FamilyJudging:
    """_Homework methods for a claim with a Family."""

    def family_claim(self, claim: Claim, parameter: Parameter | None) -> ClaimResult:
        family = claim.family
        ranged_error = False
        try:
            if self.when:
                raise _Unsupported  # a case between letters or by label is decided per index value
            return self._family_claim(claim, parameter, family)
        except FormulaError as error:  # (a ValueError too: before the others)
            ranged_error = "ix_" in str(error)
        except (_Unsupported, Unbound, TypeError, ValueError, AttributeError, IndexError, KeyError):
            pass
        # The per-value path's outcome: the message it gives at its first index value that does not
        # read, else its refusal. Where the ranged reading failed on a letter's range, that is the
        # first value at which a member's symbol names nothing (I_{B}^{(2)} at B = 64 of a layer of 64
        # units; found from the symbols alone); otherwise the first index value is read whole.
        first = first_unreadable(claim, self.context(parameter), family, f"formula {_short(claim.text)}") \
            if ranged_error else None
        self._members_at(claim, first if first is not None else family.at(0), parameter)
        if first is None:
            first = first_unreadable(claim, self.context(parameter), family, f"formula {_short(claim.text)}")
            if first is not None:
                self._members_at(claim, first, parameter)
        raise FormulaError(family.refusal) from None

    def _members_at(self, claim: Claim, env: dict, parameter) -> None:
        """Read the claim at one index value (raises the per-value path's FormulaError, if any)."""
        own = self.at_values(claim, env, parameter)[0]
        for member in claim.members:
            if not is_numeric(member.node):
                self.read(member.node, env, own, claim.text)

    def _family_claim(self, claim: Claim, parameter, family: Family) -> ClaimResult:
        env = family.env()
        own, kind, claimed, truth, _ = self.at_values(claim, env, parameter)
        if isinstance(truth, sp.MatrixBase):
            raise _Unsupported
        steps = []
        for position, member in enumerate(claim.members):
            if is_numeric(member.node):
                raise _Unsupported
            own.sample_sums = False
            formula = _new_values(self.read(member.node, env, own, claim.text), self.symbols, self.calculus)
            if isinstance(formula, sp.MatrixBase):
                raise _Unsupported
            member_truth = truth * self.symbols.K if own.sample_sums and self.problem.reduction == "sum" else truth
            comparison = _Comparison(self.symbols, family, self.calculus.expand_deltas(formula),
                                     self.calculus.expand_deltas(member_truth), self.points, self.seed)
            steps.append(self._family_step(claim, position, member, comparison.run(), parameter))
        return ClaimResult(claim.text, kind, self._family_name(claimed, family), steps, family.count)

    def _family_step(self, claim: Claim, position: int, member, comparison, parameter) -> Step:
        family = comparison.family
        for flat in comparison.mismatches[:CONFIRMATIONS]:
            step = self._step_at(claim, position, family, flat, parameter)
            if step.verdict == "wrong":
                return step
        if len(comparison.mismatches) > CONFIRMATIONS:
            raise FormulaError(f"formula {_short(claim.text)}: {member.text!r} agrees with the true value only to"
                               f" rounding at more than {CONFIRMATIONS} of its {family.count:,} index values, too"
                               " many to look at one by one in 50 digits; name one with --param")
        if not (comparison.decided and not comparison.mismatches):
            step = self._step_at(claim, position, family, comparison.worst, parameter)
            if step.verdict == "wrong":
                return step
        return Step(member.text, "correct", "", None, _where(family.at(0), family.letters))

    def _step_at(self, claim: Claim, position: int, family: Family, flat: int, parameter) -> Step:
        """The per-value path's verdict on one member at one index value (for a parameter family:
        at one parameter, named where the step says where it was wrong)."""
        env = family.at(flat)
        if family.parameter is not None:
            parameter = self.calculus.parameter_of(family.substitute(family.parameter.symbol, flat))
        own, kind, claimed, truth, unit = self.at_values(claim, env, parameter)
        step = self.member(claim, claim.members[position], env, own, kind, claimed, truth, unit)
        if family.parameter is not None and step.verdict == "wrong":
            step.where = ", ".join(part for part in (parameter.name, step.where) if part)
        return step

    def _family_name(self, claimed: Parameter | None, family: Family) -> str:
        if claimed is None:
            return ""
        names = [self.calculus.parameter_of(family.substitute(claimed.symbol, flat)).name
                 for flat in (0, family.count - 1)]
        return names[0] if names[0] == names[1] else f"{names[0]} ... {names[1]}"


class _Comparison:
    """A member and its true value compared at every index value of a family, at random points."""

    def __init__(self, symbols, family: Family, formula, truth, points: int, seed: int):
        self.symbols, self.family = symbols, family
        self.formula, self.truth = formula, truth
        self.points, self.seed = points, seed
        self.mismatches: list[int] = []   # flat index values where some point differs, in order
        self.worst = 0                    # the flat index value that agreed least closely
        self.decided = False              # the numbers decide "correct" (agreement.py)

    def run(self) -> "_Comparison":
        symbols, family = self.symbols, self.family
        deciding = self.points >= MIN_POINTS and decidable(self.formula, self.truth)
        count = max(self.points, points_needed(symbols, None)) if deciding else self.points
        names = arguments(symbols)
        compiled = tuple(names + list(family.symbols))
        axes = len(family.shape)
        formula = _lambdified(compiled, _common_factors_out(self.formula), FLOAT.name, axes)
        # the member written as the true value is: the two values are the same wherever they are finite
        # (gap 0: close, and 0 for worst), so only where they are not does it differ
        same = self.formula == self.truth
        truth = None if same else _lambdified(compiled, _common_factors_out(self.truth), FLOAT.name, axes)
        rounding = _Rounding(self.formula, self.truth, compiled, family.shape)
        grids = family.grids()
        sampler = PointSampler(symbols, self.seed, None)
        agrees = np.ones(family.shape, dtype=bool)   # (a million values or more: every array op counts)
        worst = np.zeros(family.shape)
        scratch = _Scratch(family.shape)
        for _ in range(count):
            values = forward_at(symbols, sampler.draw(), FLOAT)
            given = [values.get(name) for name in names]
            with np.errstate(all="ignore"):
                formula_values = _real(formula(*given, *grids))
                if same:
                    finite = np.isfinite(formula_values)
                    if not finite.all():
                        agrees &= np.broadcast_to(finite, family.shape)
                else:
                    self._compare(formula_values, _real(truth(*given, *grids)), rounding.at(given, grids),
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
        self.factor = None
        self.magnitudes: list = []

    def at(self, given: list, grids: list):
        """The bound at one point, as a function of a block of the family (computed on first use)."""
        found = []

        def bound(block):
            if not found:
                found.append(np.broadcast_to(self._bound(given, grids), self.shape))
            return found[0][block]
        return bound

    def _bound(self, given, grids):
        if self.factor is None:
            operations = sp.count_ops(self.formula) + sp.count_ops(self.truth) + 1
            self.factor = ROUNDING_OPERATIONS * operations * np.finfo(np.float64).eps
            # the two magnitudes apart: each has the shape of the index values it depends on, so that a
            # member of a few letters (a sum over 128 units for each i) is not summed over every index value
            self.magnitudes = [_lambdified(self.compiled, _common_factors_out(_magnitude(expr)), FLOAT.name,
                                           len(self.shape)) for expr in (self.formula, self.truth)]
        magnitude = sum(_real(function(*given, *grids)) for function in self.magnitudes)
        return self.factor * magnitude + 1e-300


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


def _real(value) -> np.ndarray:
    """A compiled formula's value as float64, in its own shape (a complex value, from a log or root of
    a negative number, is no number: NaN, which agrees with nothing)."""
    value = np.asarray(value)
    if np.iscomplexobj(value):
        value = np.where(value.imag == 0, value.real, np.nan)
    return value.astype(np.float64, copy=False)


def _common_factors_out(expr, memo: dict | None = None):
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
    args = [_common_factors_out(arg, memo) for arg in expr.args]
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
