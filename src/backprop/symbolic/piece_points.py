"""Points on a piece of a kinked formula that the random points may never reach (a part of check's verdict): where
SymPy's proof (equivalence.py) names a piece on which a formula and the truth differ, ``clip(u, 0, 1000)`` against
``max(u, 0)`` on u > 1000, the difference is evaluated there, in 50 digits, at points built on it."""

from __future__ import annotations

import sympy as sp

from .equivalence import Proof, feasible


def largest_on_piece(proof: Proof, rng, fixed: dict, tries: int = 12) -> float | None:
    """The largest |difference| (50 digits) at points built on the proof's piece: each kink argument's variable part
    set inside the interval its signs allow (past a one-sided bound by 1, 10, 100, ...), through one symbol it is
    linear in, the other symbols at usual values, those of ``fixed`` ({symbol: value}, every point's) at theirs.
    0 where those values leave no point on the piece (the proof's W1[0,0] x > 0 and x < 0 where every point has
    W1[0,0] = 1); None where no point can be built (two variables sharing the symbol solved for, a variable not
    linear in any symbol)."""
    signs: dict = {}
    for argument, sign in proof.signs.items():
        argument = sp.sympify(argument).xreplace(fixed)
        if argument.is_number:
            if sign * argument <= 0:
                return 0.0
            continue
        if signs.get(argument, sign) != sign:
            return 0.0
        signs[argument] = sign
    if not feasible(signs):
        return 0.0
    difference = proof.difference.xreplace(fixed)
    symbols = sorted(_variables(difference), key=str)
    # kinks sharing no symbol with the difference, nor with a kink that does (16 - y^2 where the file fixes y = 4,
    # on W1 x < 0 and W1 < 0): the piece being feasible, any point of the others' symbols extends onto it
    linked, kept = set(symbols), {}
    while True:
        more = {argument: sign for argument, sign in signs.items()
                if argument not in kept and _variables(argument) & linked}
        if not more:
            break
        kept.update(more)
        linked |= set().union(*(_variables(argument) for argument in more))
    intervals = _intervals(kept)
    if intervals is None:
        return None
    largest = 0.0
    for attempt in range(tries):
        point = {symbol: sp.Float(rng.uniform(-1.5, 1.5)) for symbol in symbols}
        solved: set = set()
        for variable, (low, high) in intervals.items():
            reach = sp.Integer(10) ** (attempt % 4)
            target = (low + high) / 2 if low is not None and high is not None else \
                low + reach if low is not None else high - reach
            free = [symbol for symbol in sorted(_variables(variable), key=str) if symbol not in solved
                    and sp.diff(variable, symbol) != 0 and not sp.diff(variable, symbol).has(symbol)]
            if not free:
                return None
            symbol = free[0]
            others = {other: value for other, value in point.items() if other != symbol}
            slope = sp.diff(variable, symbol).xreplace(others)
            if slope == 0:
                return None
            point[symbol] = (target - variable.xreplace({**others, symbol: 0})) / slope
            solved |= _variables(variable)
        value = sp.N(difference.xreplace(point), 50)
        if not value.is_number or not value.is_finite:
            return None
        largest = max(largest, float(abs(value)))
    return largest


def _variables(expr: sp.Expr) -> set:
    """The network's quantities in ``expr``: its entries (W1[0, 1]) and plain symbols, never an entry's base."""
    entries = expr.atoms(sp.Indexed)
    bases = {entry.base.label for entry in entries}
    return entries | {symbol for symbol in expr.atoms(sp.Symbol) if symbol not in bases}


def _intervals(signs: dict) -> dict | None:
    """{variable part: (lower bound or None, upper bound or None)} of the kink arguments' signs, or None when a
    symbol is in two variable parts (one cannot be solved for without moving the other)."""
    intervals: dict = {}
    for argument, sign in signs.items():
        constant, variable = sp.sympify(argument).as_coeff_Add()
        if variable.could_extract_minus_sign():
            variable, constant, sign = -variable, -constant, -sign
        low, high = intervals.get(variable, (None, None))
        if sign > 0:
            low = -constant if low is None else max(low, -constant)
        else:
            high = -constant if high is None else min(high, -constant)
        intervals[variable] = (low, high)
    seen: set = set()
    for variable in intervals:
        if seen & _variables(variable):
            return None
        seen |= _variables(variable)
    return intervals
