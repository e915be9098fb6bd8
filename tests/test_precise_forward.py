"""The 50-digit forward pass (numeric.precise_forward): its weighted sums are summed exactly in integers
and rounded once; held here against exact rational arithmetic (fractions.Fraction)."""

from __future__ import annotations

from fractions import Fraction

import mpmath
import numpy as np

from backprop.bundled import problem_path
from backprop.problem import load_problem
from backprop.symbolic.numeric import Sample, precise_forward
from backprop.symbolic.numeric_backends import PreciseMatrix, exact_product
from backprop.symbolic.quantities import NetworkSymbols


def _exact(value) -> Fraction:
    sign, mantissa, exponent, _ = value._mpf_  # not mpf(value): that rounds to the current precision
    exact = Fraction(int(mantissa)) * Fraction(2) ** int(exponent)
    return -exact if sign else exact


def test_a_weighted_sum_is_exact_to_50_digits_with_signs_zeros_and_wide_exponents():
    rng = np.random.default_rng(3)
    weights = np.round(rng.uniform(-0.1, 0.1, (6, 300)), 3)
    weights[0, :10] = 0.0
    inputs = rng.normal(size=300) * 10.0 ** rng.integers(-30, 30, 300)
    inputs[5] = 0.0
    with mpmath.workdps(50):
        previous = np.array([mpmath.mpf(float(value)) for value in inputs], dtype=object)
        summed = exact_product(weights, previous)
        for unit in range(6):
            exact = sum(Fraction(float(weights[unit, i])) * Fraction(float(inputs[i])) for i in range(300))
            assert abs(_exact(summed[unit]) - exact) <= abs(exact) * Fraction(1, 10 ** 48)


def test_an_overflowed_input_stays_visible():
    with mpmath.workdps(50):
        previous = np.array([mpmath.mpf("inf"), mpmath.mpf(1)], dtype=object)
        summed = exact_product(np.array([[1.0, 2.0]]), previous)
    assert mpmath.isinf(summed[0])


def test_the_784_input_networks_pre_activations_at_50_digits():
    problem = load_problem(problem_path("seed001_mnist_literal"))
    symbols = NetworkSymbols(problem)
    rng = np.random.default_rng(5)
    weights = [np.round(rng.uniform(-0.1, 0.1, (spec.units, spec.inputs)), 3) for spec in problem.layers]
    biases = [0.25, -0.5, 0.125]
    x = np.round(rng.uniform(-1, 1, 784), 1)
    sample = Sample(weights, biases, x, np.eye(10)[3])
    values = precise_forward(symbols, sample)
    z1 = [sum(Fraction(float(weights[0][j, i])) * Fraction(float(x[i])) for i in range(784)) + Fraction(biases[0])
          for j in range(3)]
    for j in range(3):
        assert abs(_exact(values[symbols.z[1]][j]) - z1[j]) <= abs(z1[j]) * Fraction(1, 10 ** 48)
    assert isinstance(values[symbols.W[1]], PreciseMatrix)
    assert values[symbols.W[1]][2, 7] == mpmath.mpf(float(weights[0][2, 7]))
