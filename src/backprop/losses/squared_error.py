"""The squared error: L = sum_j (y_j - a_j)^2 over the outputs, dL/da_j = 2(a_j - y_j)."""

from __future__ import annotations

import numpy as np

from ..expression import summation, var
from ._loss import Loss

A, Y = var("a", "j"), var("y", "j")
#: sum_j (y_j - a_j)^2, the squared residuals summed over the outputs (half_squared_error's and mean_squared_error's
#: formulas scale it)
SQUARED_RESIDUALS = summation("j", (Y - A) ** 2)


def squared_error(target: np.ndarray, prediction: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """``scale`` times the sum of the squared residuals over the outputs: samples x outputs arrays in, one number a
    sample out (half_squared_error's is half of it)."""
    residual = target - prediction
    return (residual * residual).sum(axis=-1) * scale


def squared_error_gradient(target: np.ndarray, prediction: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """d/da_j of ``scale`` times the squared error, 2 scale (a_j - y_j), samples x outputs."""
    return 2 * scale * (prediction - target)


ENTRY = Loss("squared_error", "squared error", squared_error, squared_error_gradient, SQUARED_RESIDUALS, 2 * (A - Y))
