"""Proving that two formulas about a network are the same function.

Both formulas are first written in the proof coordinates of definitions.py (x, W, free z, the
remaining b, y/t): there a2[0] is f(z2[0]), not a tower of nested activations. Then:

* one-hot targets are tried one vector at a time (t = e_c): a formula that uses
  sum(t) = 1 is right, as the spec says;
* every named function (the activations, clip) is written out in exp, log, erf and Heaviside(u, 0),
  the step with which the kinked ones (the rectifier family) are written; the step is piecewise, so the
  sign of each argument is tried in turn (innermost first): Heaviside(u) becomes 1 or 0. Two formulas
  that agree on every piece agree everywhere except on the kinks, where both take the value from
  the left;
* on each piece, the hyperbolic functions are written with exp, each e^{c u} becomes E_u^c for a
  positive symbol E_u, and the difference, a rational function of independent symbols, must cancel
  to 0.

The answer is "equal" (proved), "different" (the difference did not cancel on a piece, which is named
so that check can look for numbers there) or "unknown" (too large, or too many pieces, to try).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import lru_cache

import sympy as sp
from sympy.functions.elementary.hyperbolic import HyperbolicFunction

from .definitions import coordinates, free_coordinates, masked_weights
from .functions import definitions
from .quantities import NetworkSymbols

MAX_OPERATIONS = 6000
MAX_PIECES = 64
MAX_CORNER_STEPS = 10   # steps whose every corner is tried where the first one found is no piece


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
    #: on a difference that is certain, the difference on that piece (steps replaced by their values): a rational
    #: function of independent symbols once exponentials are atomized, which ``cancel`` decides completely (a log,
    #: erf or root may hide a 0: then None)
    difference: sp.Expr | None = None


@lru_cache(maxsize=16)
def _coordinates(symbols: NetworkSymbols, free: bool) -> dict:
    mapping = dict(masked_weights(symbols))
    mapping.update(free_coordinates(symbols) if free else coordinates(symbols))
    return mapping


def to_coordinates(symbols: NetworkSymbols, expr: sp.Expr, free: bool = False) -> sp.Expr:
    """``expr`` (network quantities, possibly with sums) in the proof coordinates (``free``: with
    every z kept, see definitions.free_coordinates)."""
    expr = sp.sympify(expr)
    if expr.has(sp.Sum):
        expr = expr.doit()
    return expr.xreplace(_coordinates(symbols, free))


def prove_equal(symbols: NetworkSymbols, first: sp.Expr, second: sp.Expr, classes=None) -> Proof:
    """Whether ``first`` and ``second`` are the same function of inputs, parameters and targets
    (with one-hot targets, for the target classes ``classes``: default all).

    First with every z free (small expressions; a proof there is a proof), then, if that does not
    show them equal and some layer's z are not free, in the exact coordinates.
    """
    proof = _prove_in(symbols, first, second, free=True, classes=classes)
    exact_differs = any(symbols.bias_mode(layer) != "neuron" for layer in range(1, symbols.depth + 1))
    if proof.status == "equal" or not exact_differs:
        return proof
    return _prove_in(symbols, first, second, free=False, classes=classes)


def _prove_in(symbols: NetworkSymbols, first: sp.Expr, second: sp.Expr, free: bool, classes=None) -> Proof:
    difference = to_coordinates(symbols, first, free) - to_coordinates(symbols, second, free)
    if sp.count_ops(difference) > MAX_OPERATIONS:
        return Proof("unknown", "too large to simplify symbolically")
    difference = _exponential_form(difference)
    if not symbols.one_hot:
        classes = [None]
    elif classes is None:
        classes = range(symbols.units(symbols.depth))
    pieces = 0
    for target_class in classes:
        case = difference if target_class is None else difference.xreplace(_one_hot(symbols, target_class))
        result = _prove_case(case)
        pieces += result[1]
        if result[0] == "unknown":
            return Proof("unknown", "too many pieces of the kinked functions to try symbolically")
        if result[0] == "different":
            return Proof("different", "the difference does not simplify to 0", target_class, result[2],
                         _decided(case, result[2]))
    how = "the difference simplifies to 0"
    if symbols.one_hot:
        how += " for every one-hot target" if len(classes) == symbols.units(symbols.depth) else \
            f" for the one-hot targets of class {', '.join(str(c) for c in classes)}"
    if pieces > len(classes):
        how += " on every piece of the kinked functions (each sign of their arguments)"
    return Proof("equal", how)


def _one_hot(symbols: NetworkSymbols, target_class: int) -> dict:
    return {symbols.target[c]: sp.S.One if c == target_class else sp.S.Zero
            for c in range(symbols.units(symbols.depth))}


def _exponential_form(expr: sp.Expr) -> sp.Expr:
    """Every named function written out, and the hyperbolic functions written with exp."""
    expr = definitions(expr)
    return expr.replace(lambda node: isinstance(node, HyperbolicFunction),
                        lambda node: node.rewrite(sp.exp))


def _prove_case(expr: sp.Expr) -> tuple[str, int, dict]:
    """("equal" | "different" | "unknown", pieces covered, a piece that differs) for one target."""
    steps = _step_symbols(expr)
    if steps is not None:
        return _prove_multilinear(expr, steps)
    return _prove_pieces(expr, {}, [0])


def _prove_pieces(expr: sp.Expr, signs: dict, counter: list) -> tuple[str, int, dict]:
    """One piece at a time, innermost step first (for a step inside another step's argument)."""
    argument = _innermost_kink(expr)
    if argument is None:
        counter[0] += 1
        if counter[0] > MAX_PIECES:
            return "unknown", counter[0], {}
        # a piece no point lies on (u > 0 and u + 5 < 0) says nothing: the two may differ there
        return ("equal" if not feasible(signs) or _is_zero(expr) else "different"), 1, dict(signs)
    tried = 0
    for sign in (1, -1):
        piece = _on_piece(expr, argument, sign)
        status, count, where = _prove_pieces(piece, {**signs, argument: sign}, counter)
        tried += count
        if status != "equal":
            return status, tried, where
    return "equal", tried, {}


def _decided(expr: sp.Expr, signs: dict) -> sp.Expr | None:
    """``expr`` on the piece ``signs`` where it is a rational function of the network's symbols and exponentials (of
    them, or of numbers), whose difference from 0 ``cancel`` has decided completely; else None."""
    for base, sign in signs.items():
        expr = _on_piece(expr, base, sign)
    if expr.has(sp.Heaviside):
        return None
    rational = _atomize_exponentials(expr)
    if (all(isinstance(atom, sp.exp) and not atom.free_symbols for atom in rational.atoms(sp.Function))
            and all(power.exp.is_Integer for power in rational.atoms(sp.Pow))):
        return expr
    return None


def _step_symbols(expr: sp.Expr) -> dict | None:
    """{argument: h} when no Heaviside sits inside another's argument, else None.

    Then every piece is covered at once: with h = [argument > 0] in {0, 1}, Heaviside(argument) = h,
    and the difference is a function of h's that must vanish on every corner of {0, 1}^n.
    """
    steps = {}
    for atom in expr.atoms(sp.Heaviside):
        if atom.args[0].has(sp.Heaviside):
            return None
        base = _kink_argument(atom.args[0])[0]
        steps.setdefault(base, sp.Symbol(f"h{len(steps)}"))
    return steps


def _prove_multilinear(expr: sp.Expr, steps: dict) -> tuple[str, int, dict]:
    def step(u):
        base, orientation = _kink_argument(u)
        return steps[base] if orientation > 0 else 1 - steps[base]

    expr = expr.replace(sp.Heaviside, lambda u, *rest: step(u))
    rational = _atomize_exponentials(expr, set(steps.values()))
    try:
        numerator = sp.expand(sp.numer(sp.together(rational)))
    except (sp.PolynomialError, sp.CoercionFailed, RecursionError):  # pragma: no cover - SymPy limits
        return "unknown", 1, {}
    corners = 2 ** len(steps)
    if numerator == 0:
        return "equal", corners, {}
    hs = list(steps.values())
    if not hs:
        return ("equal" if _is_zero(expr) else "different"), 1, {}
    # h^n = h on {0, 1}: reduce, then a multilinear polynomial vanishes on every corner iff it is 0.
    reduced: dict = {}
    try:
        terms = sp.Poly(numerator, *hs).terms()
    except sp.PolynomialError:  # a step inside another function's argument (Min(6, h0 z)): the numbers decide
        return "unknown", 1, {}
    for monomial, coefficient in terms:
        key = tuple(min(power, 1) for power in monomial)
        reduced[key] = reduced.get(key, sp.S.Zero) + coefficient
    nonzero = [key for key, coefficient in reduced.items() if sp.expand(coefficient) != 0]
    if not nonzero:
        return "equal", corners, {}
    bases = list(steps)

    def piece(corner):
        return {bases[n]: (1 if corner[n] else -1) for n in range(len(bases))}

    # The corner of a minimal nonzero monomial: there the numerator is that monomial's coefficient.
    smallest = min(nonzero, key=sum)
    if feasible(piece(smallest)):
        return "different", corners, piece(smallest)
    # That corner is no piece at all (u > 0 and u + 5 < 0: max(u, 0) [u > -5] against max(u, 0)); the numerator on
    # every corner a point can lie on, the sum of the coefficients of the monomials it switches on, decides
    if len(bases) > MAX_CORNER_STEPS:
        return "unknown", 1, {}
    for corner in itertools.product((0, 1), repeat=len(bases)):
        if not feasible(piece(corner)):
            continue
        value = sum((coefficient for key, coefficient in reduced.items()
                     if all(corner[n] or not key[n] for n in range(len(bases)))), sp.S.Zero)
        if sp.expand(value) != 0:
            return "different", corners, piece(corner)
    return "equal", corners, {}


def feasible(signs: dict) -> bool:
    """Whether a point can have every sign of ``signs`` ({kink argument: +1 or -1}): False where two arguments that
    differ by a constant only ask for signs no number has (u > 0 and u + 5 < 0); True otherwise, so that a piece is
    never taken for empty without a proof."""
    lower: dict = {}
    upper: dict = {}
    for argument, sign in signs.items():
        constant, variable = sp.sympify(argument).as_coeff_Add()
        if variable.could_extract_minus_sign():
            variable, constant, sign = -variable, -constant, -sign
        # sign * (variable + constant) > 0: variable above -constant (sign +1) or below it (sign -1)
        bounds = lower if sign > 0 else upper
        bounds.setdefault(variable, []).append(-constant)
    return all(max(lower[variable]) < min(upper[variable]) for variable in set(lower) & set(upper))


def _kink_argument(u: sp.Expr) -> tuple[sp.Expr, int]:
    """(base, sign) with u = positive constant * sign * base, base in a canonical sign."""
    coefficient, rest = u.as_coeff_Mul()
    sign = 1 if coefficient >= 0 else -1
    if rest.could_extract_minus_sign():
        rest, sign = -rest, -sign
    return rest, sign


def _innermost_kink(expr: sp.Expr) -> sp.Expr | None:
    for atom in sp.preorder_traversal(expr):
        if isinstance(atom, sp.Heaviside) and not atom.args[0].has(sp.Heaviside):
            return _kink_argument(atom.args[0])[0]
    return None


def _on_piece(expr: sp.Expr, base: sp.Expr, sign: int) -> sp.Expr:
    """``expr`` where sign(base) = sign: Heaviside of +-base replaced by its value."""
    def heaviside(u, *rest):
        found, orientation = _kink_argument(u)
        if found != base:
            return sp.Heaviside(u, *rest)
        return sp.S.One if orientation * sign > 0 else sp.S.Zero

    return expr.replace(sp.Heaviside, heaviside)


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


def _atomize_exponentials(expr: sp.Expr, steps: set = frozenset()) -> sp.Expr:
    """Each e^{c1 u1 + c2 u2 + ...} as E_u1^c1 E_u2^c2 ... with positive symbols E_u: a rational
    function of independent symbols, which ``cancel`` decides completely. A term h*u with a step
    symbol h in {0, 1} (from a step inside exp) becomes 1 + h (E_u - 1), its value at h = 0 and 1."""
    names: dict = {}

    def symbol_for(term):
        if term not in names:
            names[term] = sp.Symbol(f"E{len(names)}", positive=True)
        return names[term]

    def replace(argument):
        argument = sp.expand(argument)
        factor = sp.S.One
        for term in sp.Add.make_args(argument):
            switched = [factor for factor in sp.Mul.make_args(term) if factor in steps
                        or (factor.is_Pow and factor.base in steps)]
            if switched:
                gate = sp.Mul(*[factor.base if factor.is_Pow else factor for factor in switched])
                rest_term = term / sp.Mul(*switched)
                factor *= 1 + gate * (replace(rest_term) - 1)
                continue
            coefficient, rest = term.as_coeff_Mul()
            if rest == 1:
                factor *= sp.exp(coefficient)
            elif coefficient.is_Integer:
                factor *= symbol_for(rest) ** coefficient
            else:
                factor *= symbol_for(rest / sp.denom(coefficient)) ** sp.numer(coefficient)
        return factor

    return expr.replace(sp.exp, replace)
