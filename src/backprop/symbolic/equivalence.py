"""Proving that two formulas about a network are the same function.

Both formulas are first written in the proof coordinates of definitions.py (x, W, free z, the
remaining b, y/t): there a2[0] is sigmoid(z2[0]), not a tower of nested sigmoids. Then:

* cross-entropy targets are one-hot, so each one-hot vector is tried in turn (t = e_c): a formula
  that uses sum(t) = 1 is right, as the spec says;
* relu and its derivative Heaviside are piecewise, so the sign of each argument is tried in turn
  (innermost first): Heaviside(u) becomes 1 or 0, relu(u) becomes u or 0. Two formulas that agree on
  every piece agree everywhere except on the kinks, where relu' is taken as 0 by both;
* on each piece, sigmoid and tanh are written with exp, each e^{c u} becomes E_u^c for a positive
  symbol E_u, and the difference, a rational function of independent symbols, must cancel to 0.

The answer is "equal" (proved), "different" (the difference did not cancel on a piece, which is named
so that check can look for numbers there) or "unknown" (too large, or too many pieces, to try).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import sympy as sp

from .definitions import coordinates, masked_weights
from .functions import relu, sigmoid
from .quantities import NetworkSymbols

MAX_OPERATIONS = 6000
MAX_PIECES = 64


@dataclass
class Proof:
    """The outcome of ``prove_equal``.

    Attributes
    ----------
    status : "equal", "different" or "unknown".
    detail : how, in words, for the user.
    target_class : with one-hot targets, the class whose t = e_c gave a difference (else None).
    signs : on a difference, the piece: {argument in coordinates: +1 or -1}.
    """

    status: str
    detail: str
    target_class: int | None = None
    signs: dict = field(default_factory=dict)


@lru_cache(maxsize=16)
def _coordinates(symbols: NetworkSymbols) -> dict:
    mapping = dict(masked_weights(symbols))
    mapping.update(coordinates(symbols))
    return mapping


def to_coordinates(symbols: NetworkSymbols, expr: sp.Expr) -> sp.Expr:
    """``expr`` (network quantities, possibly with sums) in the proof coordinates."""
    expr = sp.sympify(expr)
    if expr.has(sp.Sum):
        expr = expr.doit()
    return expr.xreplace(_coordinates(symbols))


def prove_equal(symbols: NetworkSymbols, first: sp.Expr, second: sp.Expr) -> Proof:
    """Whether ``first`` and ``second`` are the same function of inputs, parameters and targets."""
    difference = to_coordinates(symbols, first) - to_coordinates(symbols, second)
    if sp.count_ops(difference) > MAX_OPERATIONS:
        return Proof("unknown", "too large to simplify symbolically")
    difference = _exponential_form(difference)
    classes = range(symbols.units(symbols.depth)) if symbols.one_hot else [None]
    pieces = 0
    for target_class in classes:
        case = difference if target_class is None else difference.xreplace(_one_hot(symbols, target_class))
        result = _prove_pieces(case, {}, [0])
        pieces += result[1]
        if result[0] == "unknown":
            return Proof("unknown", "too many pieces of relu to try symbolically")
        if result[0] == "different":
            return Proof("different", "the difference does not simplify to 0", target_class, result[2])
    how = "the difference simplifies to 0"
    if symbols.one_hot:
        how += " for every one-hot target"
    if pieces > len(classes):
        how += " on every piece of relu (each sign of its arguments)"
    return Proof("equal", how)


def _one_hot(symbols: NetworkSymbols, target_class: int) -> dict:
    return {symbols.target[c]: sp.S.One if c == target_class else sp.S.Zero
            for c in range(symbols.units(symbols.depth))}


def _exponential_form(expr: sp.Expr) -> sp.Expr:
    """sigmoid and tanh written with exp."""
    expr = expr.replace(sigmoid, lambda u: 1 / (1 + sp.exp(-u)))
    return expr.replace(sp.tanh, lambda u: (sp.exp(2 * u) - 1) / (sp.exp(2 * u) + 1))


def _prove_pieces(expr: sp.Expr, signs: dict, counter: list) -> tuple[str, int, dict]:
    """("equal" | "different" | "unknown", pieces tried, the piece that differs)."""
    argument = _innermost_kink(expr)
    if argument is None:
        counter[0] += 1
        if counter[0] > MAX_PIECES:
            return "unknown", counter[0], {}
        return ("equal" if _is_zero(expr) else "different"), 1, dict(signs)
    tried = 0
    for sign in (1, -1):
        piece = _on_piece(expr, argument, sign)
        status, count, where = _prove_pieces(piece, {**signs, argument: sign}, counter)
        tried += count
        if status != "equal":
            return status, tried, where
    return "equal", tried, {}


def _kink_argument(u: sp.Expr) -> tuple[sp.Expr, int]:
    """(base, sign) with u = positive constant * sign * base, base in a canonical sign."""
    coefficient, rest = u.as_coeff_Mul()
    sign = 1 if coefficient >= 0 else -1
    if rest.could_extract_minus_sign():
        rest, sign = -rest, -sign
    return rest, sign


def _innermost_kink(expr: sp.Expr) -> sp.Expr | None:
    for atom in sp.preorder_traversal(expr):
        if isinstance(atom, (sp.Heaviside, relu)) and not atom.args[0].has(sp.Heaviside, relu):
            return _kink_argument(atom.args[0])[0]
    return None


def _on_piece(expr: sp.Expr, base: sp.Expr, sign: int) -> sp.Expr:
    """``expr`` where sign(base) = sign: Heaviside and relu of +-base replaced by their values."""
    def heaviside(u, *rest):
        found, orientation = _kink_argument(u)
        if found != base:
            return sp.Heaviside(u, *rest)
        return sp.S.One if orientation * sign > 0 else sp.S.Zero

    def ramp(u):
        found, orientation = _kink_argument(u)
        if found != base:
            return relu(u)
        return u if orientation * sign > 0 else sp.S.Zero

    return expr.replace(sp.Heaviside, heaviside).replace(relu, ramp)


def _is_zero(expr: sp.Expr) -> bool:
    if expr == 0:
        return True
    rational = _atomize_exponentials(expr)
    try:
        if sp.cancel(sp.together(rational)) == 0:
            return True
        return sp.simplify(expr) == 0
    except (sp.PolynomialError, sp.CoercionFailed, RecursionError):  # pragma: no cover - SymPy limits
        return False


def _atomize_exponentials(expr: sp.Expr) -> sp.Expr:
    """Each e^{c1 u1 + c2 u2 + ...} as E_u1^c1 E_u2^c2 ... with positive symbols E_u: a rational
    function of independent symbols, which ``cancel`` decides completely."""
    names: dict = {}

    def symbol_for(term):
        if term not in names:
            names[term] = sp.Symbol(f"E{len(names)}", positive=True)
        return names[term]

    def replace(argument):
        argument = sp.expand(argument)
        factor = sp.S.One
        for term in sp.Add.make_args(argument):
            coefficient, rest = term.as_coeff_Mul()
            if rest == 1:
                factor *= sp.exp(coefficient)
            elif coefficient.is_Integer:
                factor *= symbol_for(rest) ** coefficient
            else:
                factor *= symbol_for(rest / sp.denom(coefficient)) ** sp.numer(coefficient)
        return factor

    return expr.replace(sp.exp, replace)
