"""When agreement at random points decides that a formula is right, so that the proof is not needed.

check compares a formula with the true value at random points first (check.py): a point where they
differ is a counterexample, and the formula is wrong. When they agree at every point, the numbers
alone make the verdict ``correct`` if all of these hold; otherwise the symbolic proof
(equivalence.py) runs, as it always did before:

1. **Close agreement.** At every point the two agree in float64 to AGREEMENT (relative). A point
   where they agree less closely is looked at in 50 digits, to tell a real difference (a
   counterexample) from rounding; if it was rounding, the numbers are ill-conditioned there and
   the proof runs.
2. **Smooth.** Both are built, once every named function is written out (functions.definitions),
   from sums, products, powers, exp, log, erf and the hyperbolic functions only (SMOOTH). A kink
   or a piece (Heaviside, and so every activation with kinks; clip, abs, max, min, piecewise) lets
   a formula be wrong on one side of a kink only, on a piece the points may miss: the proof takes
   each piece.
3. **Ordinary constants.** Every number in the formula is 0 or a fraction whose numerator and
   denominator are at most MAX_CONSTANT (a decimal as written: 0.3333333333333 is not 1/3), and
   every part of it without a variable (``e^{-40}``) is 0 or between MIN_CONSTANT and MAX_CONSTANT
   in size.
4. **Enough points.** At least MIN_POINTS (check's default), and with one-hot targets
   POINTS_PER_CLASS for each class the case allows (check draws more points for that).

Why a wrong formula does not get through. The formula and the truth are then smooth functions of
the inputs, parameters, targets and learning rate (the network's z and a are smooth in them too);
if they are different functions, their difference d is a nonzero smooth function, which vanishes
only on a set of measure zero. Two things could still hide it:

* The points are short decimals (about 30 values per coordinate in a small layer), not continuous:
  d can vanish at a point by coincidence. For d a polynomial of degree k in the coordinates, a
  point of such a grid is a zero of d with probability at most k/30 (Schwartz-Zippel); zeros of the
  coordinates, where products vanish, are never drawn (points.py). Every class is tried at least
  POINTS_PER_CLASS times, and the points are independent, so a difference that shows in one class
  only and is of degree 3 hides at all of them with probability below (3/30)^6 = 1e-6; one that
  shows in every class, below (3/30)^24. The slips of a derivation (a factor dropped or doubled, a
  sign, an index off by one, a derivative of the wrong activation, a term of a sum missing) change
  the value by a relative amount of order 1 at almost every point.
* d is smaller than AGREEMENT times the value at every point: that takes a tiny constant (a term
  1e-13 x, or e^{-40}), which condition 3 sends to the proof, or a term tiny at every point drawn
  while not identically 0 (e^{-40 x^2}), which has to be built on purpose. A term down to 1e-12 of
  the value (1e-9 x) is seen at the first point, in 50 digits.
"""

from __future__ import annotations

from functools import lru_cache

import sympy as sp
from sympy.functions.elementary.hyperbolic import HyperbolicFunction

from .functions import definitions
from .large_formulas import distinct_nodes
from .quantities import NetworkSymbols

AGREEMENT = 1e-12          # float64 relative difference within which a point agrees outright
MIN_POINTS = 24            # fewer points asked for (--points): the proof decides
POINTS_PER_CLASS = 6       # with one-hot targets, points of each class the case allows
MIN_CONSTANT, MAX_CONSTANT = 1e-6, 1e6

# Nodes of a smooth formula, once named functions are written out (anything else: not smooth).
SMOOTH = (sp.Add, sp.Mul, sp.Pow, sp.Number, sp.NumberSymbol, sp.Symbol, sp.Indexed, sp.IndexedBase, sp.Idx,
          sp.Tuple, sp.Sum, sp.exp, sp.log, sp.erf, HyperbolicFunction)


def points_needed(symbols: NetworkSymbols, classes: tuple | None) -> int:
    """How many points the numbers need to decide (condition 4): with one-hot targets, enough for
    POINTS_PER_CLASS of each class the case allows (the sampler takes them in turn)."""
    if not symbols.one_hot:
        return MIN_POINTS
    count = len(classes) if classes else symbols.units(symbols.depth)
    return max(MIN_POINTS, POINTS_PER_CLASS * count)


def decidable(formula: sp.Expr, truth: sp.Expr) -> bool:
    """Whether agreement at random points may decide that ``formula`` equals ``truth`` (conditions
    2 and 3; the truth's constants are the derivation's own)."""
    return smooth(formula) and smooth(truth) and ordinary_constants(formula)


@lru_cache(maxsize=1024)
def smooth(expr: sp.Expr) -> bool:
    """Whether ``expr`` has no kink, step or piece (condition 2). Cached: the truth of a claim is
    asked about for every member."""
    expr = definitions(sp.sympify(expr))
    return all(isinstance(node, SMOOTH) for node in distinct_nodes(expr))


@lru_cache(maxsize=1024)
def ordinary_constants(expr: sp.Expr) -> bool:
    """Whether every number and every constant part of ``expr`` is ordinary (condition 3)."""
    try:
        _constant(sp.sympify(expr))
    except _Unusual:
        return False
    return True


class _Unusual(Exception):
    """A constant that condition 3 does not allow."""


def _constant(node: sp.Basic) -> bool:
    """Whether ``node`` is a constant (no variable in it); raises _Unusual at an unusual constant."""
    if isinstance(node, sp.Number):
        if not _ordinary_number(node):
            raise _Unusual
        return True
    if isinstance(node, sp.NumberSymbol):
        return True
    if not node.args or isinstance(node, (sp.Symbol, sp.Indexed, sp.IndexedBase)):
        return False
    constant = all([_constant(arg) for arg in node.args])  # a list: every argument is looked at
    if constant and not isinstance(node, sp.Tuple):
        try:
            value = abs(complex(node.evalf(20)))
        except (TypeError, ValueError):
            raise _Unusual from None
        if value != 0 and not MIN_CONSTANT <= value <= MAX_CONSTANT:
            raise _Unusual
    return constant


def _ordinary_number(number: sp.Number) -> bool:
    if number.is_Float:
        number = sp.Rational(str(number))  # the decimal as written: 0.3333333333333 is not 1/3
    if not number.is_Rational:  # pragma: no cover - SymPy's numbers are integers, fractions, floats
        return False
    numerator, denominator = abs(int(number.p)), int(number.q)
    return numerator == 0 or (numerator <= MAX_CONSTANT and denominator <= MAX_CONSTANT)
