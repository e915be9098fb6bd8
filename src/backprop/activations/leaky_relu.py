"""Leaky ReLU: z for z > 0, slope * z otherwise (slope 0.01 unless a file says otherwise).

As PyTorch's LeakyReLU. f'(0) is the slope, the value from the left, as PyTorch takes it. The slope
is from 0 (a ReLU) up to, not including, 1, so that f(z) = max(slope z, z).
"""

from __future__ import annotations

import numpy as np

from ..expression import Z, at_most, greater, iverson, maximum, var
from ..registry import Parameter, is_number
from ._activation import Activation

SLOPE = var("slope")


def leaky_relu(u: np.ndarray, out: np.ndarray | None = None, *, slope: float) -> np.ndarray:
    """max(slope * u, u) element-wise (``out`` must not be ``u``)."""
    out = np.multiply(u, slope, out=out)
    return np.maximum(u, out, out=out)


def leaky_relu_derivative(u: np.ndarray, v: np.ndarray, *, slope: float) -> np.ndarray:
    """1 where u > 0, else the slope."""
    derivative = np.full_like(u, slope)
    derivative[u > 0] = 1
    return derivative


ENTRY = Activation(
    "leaky_relu", leaky_relu, leaky_relu_derivative,
    maximum(SLOPE * Z, Z), iverson(greater(Z, 0)) + SLOPE * iverson(at_most(Z, 0)),
    kinks=(0.0,), init="he", aliases=("LeakyReLU",),
    parameters=(Parameter("slope", 0.01, "a slope from 0 up to 1", "a number from 0 up to (not including) 1,"
                          " e.g. 0.2", lambda value: is_number(value) and 0 <= value < 1),))
