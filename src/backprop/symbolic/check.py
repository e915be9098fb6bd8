"""backprop check: is a hand-derived dL/d(parameter) (or update) right for this network?

The formula is compared with the true derivative at random points first, in float64; a point where
they do not agree to 12 digits is looked at in 50 digits, so that rounding is never taken for a
mistake. A point where they differ makes the verdict ``wrong``, with the numbers of that point and,
where the mistake is of a common kind, a hint.

When they agree at every point, the numbers decide ``correct`` where they can (agreement.py says
when, and why a wrong formula does not get through: smooth formulas, ordinary constants, close
agreement, enough points of every class). Elsewhere (a kink, a tiny constant, ill-conditioned
numbers) the difference of the two must simplify to 0 (equivalence.py); where SymPy cannot decide
(too large, too many pieces of the kinked functions) the verdict rests on agreement to 50 digits at
every point, and says so. Where SymPy finds a piece on which the two differ and no point drawn lies there
(a bound far from the network's numbers, clip(u, 0, 1000)), the formula is refused: the points say nothing there.

The truth comes from the derivation (derivation.py), the same one ``derive`` prints, evaluated by a
forward pass at each point (numeric.py); a test holds it equal to the engine's backward pass.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import mpmath
import numpy as np
import sympy as sp

from ..limits import LIMITS, TimeLimitExceeded, time_limit
from .calculus import NetworkCalculus
from .derivation import Deriver
from .agreement import AGREEMENT, MIN_POINTS, decidable, points_needed
from .equivalence import Proof, prove_equal, to_coordinates
from .piece_points import largest_on_piece
from .hints import HintContext, find_hint
from .latex import latex_to_sympy
from .numeric import Compiled, Sample, forward_at, HIGH_PRECISION_DIGITS
from .numeric_backends import FLOAT, PRECISE
from .parsing import parse_formula
from .points import PointSampler
from .quantities import FormulaError, NetworkSymbols, Parameter

DEFAULT_POINTS = MIN_POINTS
AGREEMENT_DIGITS = round(-math.log10(AGREEMENT))
PRECISE_TOLERANCE = 1e-30   # relative difference at 50 digits that counts as a real difference
REGION_TRIES = 400          # random draws spent looking for a point on a piece where a proof failed
REGION_SPREADS = (2.0, 4.0, 8.0)  # then, wider ranges: a piece beyond the usual points (z > 5)
MAX_SYMBOLIC_PARAMETERS = 400
NEGLIGIBLE_DIFFERENCE = 1e-100  # a difference on a piece no point reaches that no arithmetic would show


@dataclass
class Counterexample:
    """A point where the formula and the true value differ, with both values."""

    sample: Sample
    formula_value: float
    true_value: float


@dataclass
class CheckResult:
    """The verdict of a check and what backs it."""

    verdict: str  # "correct" or "wrong"
    symbols: NetworkSymbols
    parameter: Parameter
    formula: sp.Expr
    truth: sp.Expr  # dL/d(parameter), or with --update the new value, in network quantities
    update: bool
    method: str = ""
    counterexample: Counterexample | None = None
    hint: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def exit_status(self) -> int:
        return 0 if self.verdict == "correct" else 1


def read_formula(text: str, symbols: NetworkSymbols, latex: bool = False) -> sp.Expr:
    """The formula as SymPy, from SymPy syntax or (``latex``) LaTeX."""
    return parse_formula(latex_to_sympy(text) if latex else text, symbols)


def check_formula(problem, parameter_name: str, formula_text: str, latex: bool = False,
                  update: bool = False, points: int = DEFAULT_POINTS, seed: int = 0,
                  seconds: float = LIMITS["formula_seconds"]) -> CheckResult:
    """Check ``formula_text`` as dL/d(parameter) (or, with ``update``, as the parameter's new value).

    A check that takes longer than ``seconds`` (a formula built to keep SymPy busy) ends in a
    FormulaError that says so.
    """
    try:
        with time_limit(seconds):
            return _check_formula(problem, parameter_name, formula_text, latex, update, points, seed)
    except TimeLimitExceeded:
        raise FormulaError(f"formula {' '.join(formula_text.split())[:60]!r}: took longer than {seconds:g} s"
                           " of CPU time to judge, so it was stopped; write the derivative in the network's symbols"
                           " without deep nesting") from None


def _check_formula(problem, parameter_name, formula_text, latex, update, points, seed) -> CheckResult:
    symbols = NetworkSymbols(problem)
    parameter = symbols.parameter(parameter_name)
    if parameter.generic:
        raise FormulaError(f"parameter {parameter_name!r}: check takes one parameter with number"
                           " indices, e.g. W1[0,1]")
    # delta2[j] stands for dL/dz2[j], written out in the network's quantities before it is judged
    calculus = NetworkCalculus(symbols)
    formula = calculus.expand_deltas(read_formula(formula_text, symbols, latex))
    gradient = Deriver(symbols).gradient(parameter)
    truth = calculus.stepped(parameter.symbol) if update else gradient
    return _Checker(symbols, parameter, formula, truth, gradient, update, points, seed).run()


def judge(symbols: NetworkSymbols, parameter: Parameter | None, formula: sp.Expr, truth: sp.Expr,
          gradient: sp.Expr | None, update: bool, points: int = DEFAULT_POINTS, seed: int = 0,
          classes: tuple | None = None, alternatives: dict | None = None, fixed: tuple = ()) -> CheckResult:
    """The verdict on ``formula`` against ``truth`` (both in network quantities), as check_formula
    gives it; ``parameter`` None for a claim that is not about one parameter (no hints then),
    ``classes`` the target classes a case allows, ``alternatives`` {hint: expression} mistakes the
    reader knows of (a delta of the other sign) to name when the formula equals one of them, ``fixed`` the
    sample's data a case gives (points.PointSampler)."""
    return _Checker(symbols, parameter, formula, truth, gradient, update, points, seed, classes,
                    alternatives, fixed).run()


def constant_at_points(symbols: NetworkSymbols, expr: sp.Expr, seed: int = 0) -> bool:
    """Whether ``expr`` (in network quantities) takes one value at MIN_POINTS random points, to AGREEMENT: the
    constant side of an equation true at every point (``(e^x + e^{-x})^2 - (e^x - e^{-x})^2``, 4 everywhere),
    which a number may be judged against without the file's numbers; the verdict itself is judge's."""
    sampler, compiled = PointSampler(symbols, seed), Compiled(symbols, expr)
    values = [compiled.at(sampler.draw()) for _ in range(MIN_POINTS)]
    return all(np.isfinite(_to_float(value)) and _agree(value, values[0], AGREEMENT) for value in values)


class _Checker:
    def __init__(self, symbols, parameter, formula, truth, gradient, update, points, seed, classes=None,
                 alternatives=None, fixed=()):
        self.symbols = symbols
        self.parameter = parameter
        self.formula, self.truth, self.gradient = formula, truth, gradient
        self.update = update
        self.classes = tuple(classes) if classes is not None else None
        self.alternatives = alternatives or {}
        self.fixed = tuple(fixed)
        self.sampler = PointSampler(symbols, seed, self.classes, self.fixed)
        self.count = points
        self.compiled_formula = Compiled(symbols, formula)
        self.compiled_truth = Compiled(symbols, truth)
        self.samples: list[Sample] = []
        self.values: list[dict] = []
        self.close = True  # every point so far agrees to AGREEMENT in float64

    def result(self, verdict: str, **details) -> CheckResult:
        return CheckResult(verdict, self.symbols, self.parameter, self.formula, self.truth, self.update, **details)

    def draw(self, target_class=None) -> Sample:
        return self.sampler.draw(target_class)

    def run(self) -> CheckResult:
        deciding = self.count >= MIN_POINTS and decidable(self.formula, self.truth)
        count = max(self.count, points_needed(self.symbols, self.classes)) if deciding else self.count
        for _ in range(count):
            counterexample = self.compare(self.sampler.draw())
            if counterexample is not None:
                return self.wrong(self.clearer(counterexample))
        if deciding and self.close:
            return self.result("correct", method=f"numerically: equal to {AGREEMENT_DIGITS} digits at"
                                                 f" {len(self.samples)} random points (smooth formulas with"
                                                 " ordinary constants, where the numbers decide)")
        proof = self.prove()
        if proof.status == "equal":
            return self.result("correct", method=f"symbolically ({proof.detail}) and numerically at"
                                                 f" {len(self.samples)} random points")
        if proof.status == "different":
            counterexample = self.search_region(proof)
            if counterexample is not None:
                return self.wrong(counterexample)
        counterexample, method = self.precise_agreement(proof)
        if counterexample is not None:
            return self.wrong(counterexample)
        if proof.status == "different" and proof.difference is not None:
            # SymPy's difference does not vanish on a piece no point reached (clip(u, 0, 1000) against max(u, 0):
            # the piece u > 1000 lies past every range drawn): agreement at the points says nothing there, unless
            # the difference is below any arithmetic's reach there too (an overflow guard, np.clip(z, -500, 500)
            # inside an exponential, e^-500)
            largest = largest_on_piece(proof, np.random.default_rng(0), fixed_values(self.symbols, self.fixed))
            if largest is None or largest > NEGLIGIBLE_DIFFERENCE:
                raise FormulaError(unreached_piece_message(proof))
        return self.result("correct", method=method)

    # -- numbers ---------------------------------------------------------------------------------

    def compare(self, sample: Sample) -> Counterexample | None:
        """None if the formula and the truth agree at ``sample``, else the counterexample."""
        self.samples.append(sample)
        self.values.append(forward_at(self.symbols, sample, FLOAT))
        formula_value = self.compiled_formula.at(sample)
        true_value = self.compiled_truth.at(sample)
        if _agree(formula_value, true_value, AGREEMENT):
            return None
        self.close = False  # rounding or a difference: the numbers do not decide "correct" alone
        return self.precise_difference(sample)

    def precise_difference(self, sample: Sample) -> Counterexample | None:
        """The counterexample at ``sample`` if the two differ in 50 digits, else None."""
        formula_precise = self.compiled_formula.at(sample, PRECISE)
        true_precise = self.compiled_truth.at(sample, PRECISE)
        if _agree(formula_precise, true_precise, PRECISE_TOLERANCE):
            return None
        return Counterexample(sample, _to_float(formula_precise), _to_float(true_precise))

    def clearer(self, counterexample: Counterexample, tries: int = 8) -> Counterexample:
        """A counterexample where the true value is not 0, if one is near at hand: "formula 0.3,
        true value 0" (a rectifier switched off) says less than two different non-zero numbers."""
        for _ in range(tries):
            if counterexample.true_value != 0:
                return counterexample
            other = self.compare(self.sampler.draw())
            if other is not None and other.true_value != 0:
                return other
        return counterexample

    def precise_agreement(self, proof: Proof) -> tuple[Counterexample | None, str]:
        """(a point where the two differ in 50 digits, "") or (None, the method text): agreement to
        50 digits at every point, where the proof could not decide."""
        limit = len(self.samples) if self.symbols.parameter_count() <= 10_000 else 4
        for sample in self.samples[:limit]:
            counterexample = self.precise_difference(sample)
            if counterexample is not None:  # a difference too small for float64 (a term 1e-13 x)
                return counterexample, ""
        reason = ("the network is too large to simplify symbolically"
                  if proof.status == "skipped" else f"SymPy could not decide symbolically: {proof.detail}")
        return None, (f"numerically: equal to {HIGH_PRECISION_DIGITS - 20} digits at {limit} random points"
                      f" ({reason})")

    def prove(self) -> Proof:
        if self.symbols.parameter_count() > MAX_SYMBOLIC_PARAMETERS:
            return Proof("skipped", "the network is too large to simplify symbolically")
        return prove_equal(self.symbols, self.formula, self.truth, self.classes)

    def search_region(self, proof: Proof) -> Counterexample | None:
        """Look for a point on the piece where the proof failed (a sign pattern of the kinks' arguments):
        REGION_TRIES usual points, then as many again in each wider range of REGION_SPREADS."""
        conditions = [(Compiled(self.symbols, argument), sign) for argument, sign in proof.signs.items()]
        for spread in (1.0, *REGION_SPREADS):
            for _ in range(REGION_TRIES if spread == 1.0 else REGION_TRIES // len(REGION_SPREADS)):
                sample = self.sampler.draw(proof.target_class, spread)
                values = forward_at(self.symbols, sample, FLOAT)
                if all(np.sign(condition(values)) == sign for condition, sign in conditions):
                    counterexample = self.compare(sample)
                    if counterexample is not None:
                        return counterexample
        return None

    # -- wrong -----------------------------------------------------------------------------------

    def wrong(self, counterexample: Counterexample) -> CheckResult:
        return self.result("wrong", counterexample=counterexample, hint=self.hint())

    def hint(self) -> str | None:
        # More points than the counterexample alone, so that a ratio is seen to be constant.
        while len(self.samples) < 8:
            sample = self.sampler.draw()
            self.samples.append(sample)
            self.values.append(forward_at(self.symbols, sample, FLOAT))

        def evaluate(expr) -> np.ndarray:
            compiled = Compiled(self.symbols, expr)
            return np.array([compiled(values) for values in self.values])

        with np.errstate(all="ignore"):
            truth_values = evaluate(self.truth)
            for message, expression in self.alternatives.items():
                if _all_close(evaluate(expression), truth_values):
                    return message
        if self.parameter is None or self.gradient is None:
            return None

        raw = evaluate(self.formula)
        parameter_values = evaluate(self.parameter.symbol)
        eta_values = np.array([sample.eta for sample in self.samples])
        implied = (parameter_values - raw) / eta_values if self.update else raw
        context = HintContext(self.symbols, self.parameter, self.update, implied, evaluate(self.gradient),
                              evaluate, raw, parameter_values, eta_values)
        with np.errstate(all="ignore"):
            return find_hint(context)


def fixed_values(symbols: NetworkSymbols, fixed: tuple) -> dict:
    """{symbol: value} of the entries every point has (PointSampler's ``fixed``: (kind, index, value), ...)."""
    values = {}
    for kind, index, value in fixed:
        if kind == "weight":
            values[symbols.W[index[0]][index[1], index[2]]] = value
        elif kind == "bias":
            values[symbols.bias(index[0], index[1])] = value
        elif kind == "eta":
            values[symbols.eta] = value
        else:
            values[(symbols.target if kind == "target" else symbols.x)[index]] = value
    return {symbol: sp.nsimplify(value) for symbol, value in values.items()}


def unreached_piece_message(proof: Proof) -> str:
    """The refusal of a formula SymPy finds different from the truth on a piece of its kinked functions (``proof``'s
    signs) where no point drawn lies."""
    if not proof.signs:
        return ("check cannot judge it: it differs from the true value by less than 50 digits show at every point"
                " drawn (a term or factor as small as e^{-100}); write the formula without it")
    piece = " and ".join(f"{sp.sstr(argument)} {'>' if sign > 0 else '<'} 0" for argument, sign in proof.signs.items())
    return ("check cannot judge it: it differs from the true value where " + piece + ", a piece of its kinked"
            " functions (max, min, clip, a step) that no point of the network's usual numbers reaches, such as a"
            " bound far from them (clip(u, 0, 1000)); write the formula without such a bound")


def _all_close(first: np.ndarray, second: np.ndarray) -> bool:
    if not (np.all(np.isfinite(first)) and np.all(np.isfinite(second))):
        return False
    return bool(np.all(np.abs(first - second) <= 1e-7 * (np.abs(first) + np.abs(second)) + 1e-300))


def _agree(first, second, tolerance: float) -> bool:
    """Relative agreement; two non-finite values never agree (a formula undefined at a point is wrong), nor
    does a value off the real line (the log or square root of a negative number: undefined there too)."""
    first, second = _real(first), _real(second)
    if first is None or second is None:
        return False
    if isinstance(first, mpmath.mpf) or isinstance(second, mpmath.mpf):
        with mpmath.workdps(HIGH_PRECISION_DIGITS):
            first, second = mpmath.mpf(first), mpmath.mpf(second)
            if not (mpmath.isfinite(first) and mpmath.isfinite(second)):
                return False
            return abs(first - second) <= tolerance * (abs(first) + abs(second)) + mpmath.mpf(10) ** -45
    if not (np.isfinite(first) and np.isfinite(second)):
        return False
    return abs(first - second) <= tolerance * (abs(first) + abs(second)) + 1e-300


def _real(value):
    """``value`` as a real number, or None where it has an imaginary part."""
    if isinstance(value, (mpmath.mpc, complex, np.complexfloating)):
        return None if value.imag != 0 else value.real
    return value


def _to_float(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):  # pragma: no cover - complex from sqrt/log of a negative number
        return float("nan")


__all__ = ["CheckResult", "Counterexample", "check_formula", "judge", "read_formula", "to_coordinates"]
