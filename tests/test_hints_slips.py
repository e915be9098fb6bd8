"""Hints for the usual slips that had none: a missing sum over a hidden layer, a wrong activation
derivative, an index off by one or swapped (1-based, input-first), the sign of delta, and an update
that uses the next layer's already-updated weights. Each formula is first shown wrong by the PyTorch
oracle of tests/test_check_seeds.py (independently of backprop.symbolic), then check must say so and
name the slip.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from backprop.problem import parse_problem
from backprop.symbolic.check import check_formula
from backprop.symbolic.homework import DELTA_SIGN_HINT, check_homework
from seed_verbatim import problem
from test_check_seeds import oracle

torch = pytest.importorskip("torch")

DEEP = """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
[[layer]]
units = 2
activation = "tanh"
[[layer]]
units = 1
activation = "identity"
[loss]
name = "half_squared_error"
"""
REG = "seed000_regression"

SLIPS = [
    ("sigma-for-its-derivative", REG, "W1[0,0]", "2*(a2[0]-y[0])*W2[0,0]*a1[0]*x[0]", False,
     "uses the activation itself"),
    ("sigma-squared", REG, "W1[0,0]", "2*(a2[0]-y[0])*W2[0,0]*a1[0]**2*x[0]", False, "a^2 for sigma'"),
    ("tanh-as-sigmoid", "deep", "W2[1,0]", "(a3[0]-y[0])*W3[0,1]*a2[1]*(1-a2[1])*a1[0]", False,
     "the derivative of the sigmoid) for tanh'"),
    ("off-by-one", REG, "W1[0,0]", "2*(a2[0]-y[0])*W2[0,1]*a1[1]*(1-a1[1])*x[0]", False, "off by one"),
    ("input-first", REG, "W1[0,1]", "2*(a2[0]-y[0])*W2[0,1]*a1[1]*(1-a1[1])*x[0]", False, "swapped"),
    ("missing-hidden-sum", "deep", "W1[0,0]", "(a3[0]-y[0])*W3[0,0]*(1-a2[0]**2)*W2[0,0]*a1[0]*(1-a1[0])*x[0]",
     False, "through unit 0 of layer 2"),
    ("updated-weights", REG, "W1[0,0]",
     "W1[0,0] - eta*2*(a2[0]-y[0])*(W2[0,0] - eta*2*(a2[0]-y[0])*a1[0])*a1[0]*(1-a1[0])*x[0]", True,
     "after their update"),
]


def _problem(name):
    return parse_problem(DEEP, "<deep>") if name == "deep" else problem(name)


@pytest.mark.parametrize("key, network, param, formula, update, words", SLIPS, ids=[slip[0] for slip in SLIPS])
def test_the_slip_is_wrong_and_named(key, network, param, formula, update, words):
    rng = np.random.default_rng(5)
    values = [oracle(_problem(network), param, formula, update, draw, rng) for draw in range(6)]
    assert not all(math.isclose(value, truth, rel_tol=1e-9) for value, truth in values)
    result = check_formula(_problem(network), param, formula, update=update)
    assert result.verdict == "wrong"
    assert result.hint is not None and words in result.hint, result.hint


def test_a_delta_of_the_other_sign_is_named():
    # seed 003's delta is -dRSS/dz: with that notation, dRSS/dW_kj = +delta_k a_j has the wrong sign
    text = r"\frac{\partial \text{RSS}}{\partial W_{kj}} = \delta_k^{(l)} \cdot a_j^{(l-1)}"
    result = check_homework(problem("seed003_delta_rule"), text, notation="seed003")
    step = result.claims[0].steps[0]
    assert step.verdict == "wrong" and step.detail == DELTA_SIGN_HINT
