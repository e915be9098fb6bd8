"""The squared error: L = sum_j (y_j - a_j)^2 over the outputs, dL/da_j = 2(a_j - y_j)."""

from __future__ import annotations

import numpy as np

from ..expression import summation, var
from ._loss import Loss

A, Y = var("a", "j"), var("y", "j")


def squared_error(target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
    residual = target - prediction
    return (residual * residual).sum(axis=-1) * 1.0


def squared_error_gradient(target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
    return 2 * 1.0 * (prediction - target)


ENTRY = Loss("squared_error", "squared error", squared_error, squared_error_gradient,
             summation("j", (Y - A) ** 2), 2 * (A - Y))
