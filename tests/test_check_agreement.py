"""check decides by numbers first (symbolic/agreement.py), and the symbolic proof runs only where the
numbers do not decide: near-misses stay wrong, right formulas written otherwise stay correct without
the proof, and the proof still runs for kinks, unusual constants and ill-conditioned numbers.

The oracle is PyTorch autograd at random points of its own (test_check_seeds.oracle), not the code
under test; a near-miss that differs from a right formula by a term too small for float64 is held
to the exact difference of the two at the counterexample check reports.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from backprop.bundled import problem_path
from backprop.problem import load_problem
from backprop.symbolic import check as check_module
from backprop.symbolic import points
from backprop.symbolic.agreement import decidable, points_needed
from backprop.symbolic.check import check_formula
from backprop.symbolic.parsing import parse_formula
from backprop.symbolic.quantities import NetworkSymbols
from test_check_seeds import oracle

torch = pytest.importorskip("torch")

REGRESSION = load_problem(problem_path("seed000_regression"))          # 2-3-1, sigmoid, squared error
CLASSIFICATION = load_problem(problem_path("seed000_classification"))  # 2-3-3, softmax, cross-entropy
BY_NUMBERS = "numerically: equal to 12 digits"

# dL/dW1[0,0] of the regression network, right, and the same written otherwise
RIGHT = "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"
REWRITTEN = [
    "-2*x[0]*(y[0]-a2[0])*W2[0,0]*(a1[0]-a1[0]**2)",
    "2*(a2[0]-y[0])*W2[0,0]*sigmoid(z1[0])*(1-sigmoid(z1[0]))*x[0]",
    "2*(a2[0]-y[0])*W2[0,0]*exp(-z1[0])/(1+exp(-z1[0]))**2*x[0]",
    "(2*a2[0]*W2[0,0] - 2*y[0]*W2[0,0])*(a1[0]*x[0] - a1[0]**2*x[0])",
]
# slips a derivation makes, each a near-miss of RIGHT
NEAR_MISSES = {
    "dropped factor 2": "(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]",
    "sign slip": "2*(y[0]-a2[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]",
    "index off by one (weight)": "2*(a2[0]-y[0])*W2[0,1]*a1[0]*(1-a1[0])*x[0]",
    "index off by one (input)": "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[1]",
    "a instead of z in the derivative": "2*(a2[0]-y[0])*W2[0,0]*sigmoid(a1[0])*(1-sigmoid(a1[0]))*x[0]",
    "plus 1/2": "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0] + 1/2",
}
# near-misses by a term too small for some or all float64 comparisons: RIGHT + term
TINY_TERMS = ["1e-9*x[0]", "1e-11*x[0]", "1e-13*x[0]", "x[0]/10000000000000000", "exp(-30)*x[0]"]


def _independent_verdict(problem, param: str, formula: str, points: int = 12) -> str:
    rng = np.random.default_rng(3)
    for draw in range(points):
        value, truth = oracle(problem, param, formula, False, draw, rng)
        if not math.isclose(value, truth, rel_tol=1e-9, abs_tol=1e-12):
            return "wrong"
    return "correct"


@pytest.mark.parametrize("formula", [RIGHT, *REWRITTEN])
def test_a_right_formula_written_any_way_is_correct_by_the_numbers_alone(formula, monkeypatch):
    assert _independent_verdict(REGRESSION, "W1[0,0]", formula) == "correct"
    monkeypatch.setattr(check_module._Checker, "prove", _no_proof)
    result = check_formula(REGRESSION, "W1[0,0]", formula)
    assert result.verdict == "correct" and BY_NUMBERS in result.method, result.method


def _no_proof(self):
    raise AssertionError("the proof ran where the numbers decide")


@pytest.mark.parametrize("slip", sorted(NEAR_MISSES))
def test_a_near_miss_is_wrong_with_a_counterexample_the_oracle_confirms(slip):
    formula = NEAR_MISSES[slip]
    assert _independent_verdict(REGRESSION, "W1[0,0]", formula) == "wrong"
    result = check_formula(REGRESSION, "W1[0,0]", formula)
    assert result.verdict == "wrong", slip
    assert not math.isclose(result.counterexample.formula_value, result.counterexample.true_value, rel_tol=1e-9)


@pytest.mark.parametrize("term", TINY_TERMS)
def test_a_formula_off_by_a_tiny_term_is_wrong(term):
    """RIGHT + term: the oracle holds RIGHT correct, so the formula is off by exactly ``term``, which
    is not 0 at the counterexample (no coordinate of a point is 0). 1e-13 x used to crash check
    (float64 and the 50-digit comparison disagreed after the proof failed)."""
    assert _independent_verdict(REGRESSION, "W1[0,0]", RIGHT) == "correct"
    result = check_formula(REGRESSION, "W1[0,0]", f"{RIGHT} + {term}")
    assert result.verdict == "wrong", result.method
    assert result.counterexample.sample.x[0] != 0


def test_a_decimal_close_to_a_fraction_is_not_the_fraction():
    """0.3333333333333 (13 digits) is 1e-13 away from 1/3: not an ordinary constant, so the proof
    runs; it finds the difference, the 50 digits show it."""
    symbols = NetworkSymbols(REGRESSION)
    near = parse_formula("0.3333333333333*6*(a2[0]-y[0])", symbols)
    assert not decidable(near, parse_formula("2*(a2[0]-y[0])", symbols))
    assert check_formula(REGRESSION, "b2[0]", "0.3333333333333*6*(a2[0]-y[0])").verdict == "wrong"
    assert check_formula(REGRESSION, "b2[0]", "(1/3)*6*(a2[0]-y[0])").verdict == "correct"


def test_a_formula_wrong_only_where_the_points_seldom_go_is_found_by_the_proof():
    """A step at z1[0] = 5 (beyond the usual points): kinked, so the numbers do not decide; the
    proof names the piece z1[0] > 5 and check looks for a point there, in wider ranges when the
    usual ones do not reach it (before, it called the formula correct)."""
    formula = f"{RIGHT} + Heaviside(z1[0] - 5)*x[0]"
    result = check_formula(REGRESSION, "W1[0,0]", formula)
    assert result.verdict == "wrong"
    sample = result.counterexample.sample
    z = sample.weights[0][0] @ sample.x + sample.biases[0][0]
    assert z > 5  # the independent side: the term is x[0] (not 0) exactly there
    right = check_formula(REGRESSION, "W1[0,0]", f"{RIGHT} + Heaviside(z1[0] - 5)*0*x[0]")
    assert right.verdict == "correct"


def test_a_kinked_formula_is_proved_not_decided_by_numbers():
    """relu written with Heaviside: the numbers do not decide; the proof takes each piece."""
    formula = "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]*(Heaviside(x[0]) + Heaviside(-x[0]))"
    result = check_formula(REGRESSION, "W1[0,0]", formula)
    assert result.verdict == "correct" and "symbolically" in result.method, result.method


def test_ill_conditioned_numbers_send_the_formula_to_the_proof():
    """cosh(8 x)^2 - sinh(8 x)^2 = 1 (written with exp), but in float64 the two squares (up to 1e13)
    cancel to a few digits: the points do not agree to 12 digits, the 50-digit comparison shows
    rounding, and the proof decides."""
    formula = ("2*(a2[0]-y[0])*(((exp(8*x[0]) + exp(-8*x[0]))/2)**2 - ((exp(8*x[0]) - exp(-8*x[0]))/2)**2)")
    assert _independent_verdict(REGRESSION, "b2[0]", "2*(a2[0]-y[0])") == "correct"
    result = check_formula(REGRESSION, "b2[0]", formula)
    assert result.verdict == "correct" and "symbolically" in result.method, result.method


def test_every_class_gets_enough_points_before_the_numbers_decide(monkeypatch):
    """With one-hot targets each class the case allows is drawn POINTS_PER_CLASS times; a formula
    right for two classes and wrong for the third is wrong."""
    symbols = NetworkSymbols(CLASSIFICATION)
    assert points_needed(symbols, None) >= 24 and points_needed(symbols, (0, 1, 2)) >= 18
    right = "(a2[1]-t[1])*a1[0]"
    assert _independent_verdict(CLASSIFICATION, "W2[1,0]", right) == "correct"
    monkeypatch.setattr(check_module._Checker, "prove", _no_proof)
    result = check_formula(CLASSIFICATION, "W2[1,0]", right)
    assert result.verdict == "correct" and BY_NUMBERS in result.method
    wrong_for_class_2 = "(a2[1]-t[1])*a1[0] + t[2]*a1[0]"
    assert _independent_verdict(CLASSIFICATION, "W2[1,0]", wrong_for_class_2) == "wrong"
    result = check_formula(CLASSIFICATION, "W2[1,0]", wrong_for_class_2)
    assert result.verdict == "wrong" and result.counterexample.sample.target[2] == 1


def test_fewer_points_than_asked_for_leave_the_verdict_to_the_proof():
    result = check_formula(REGRESSION, "W1[0,0]", RIGHT, points=5)
    assert result.verdict == "correct" and "symbolically" in result.method


def test_the_points_are_the_same_whether_shared_or_drawn_alone():
    """points.py hands a sampler the points a sampler of the same network drew before: the same
    numbers it would have drawn alone, also after it leaves the shared ones."""
    symbols = NetworkSymbols(REGRESSION)
    first = points.PointSampler(symbols, seed=5)
    drawn = [first.draw() for _ in range(10)]
    alone = points.PointSampler(symbols, seed=5)
    alone.series = None
    again = points.PointSampler(NetworkSymbols(REGRESSION), seed=5)
    assert again.series is first.series is not None
    for index in range(14):
        target = 0 if index == 12 else None  # leaves the shared points at the 13th draw
        mine, theirs = alone.draw(target), again.draw(target)
        assert np.array_equal(mine.x, theirs.x) and np.array_equal(mine.weights[0], theirs.weights[0])
        assert mine.eta == theirs.eta and np.array_equal(mine.target, theirs.target)
        if index < 10:
            assert theirs is drawn[index]
