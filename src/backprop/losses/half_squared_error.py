"""Half the squared error: L = 1/2 sum_j (y_j - a_j)^2, so that dL/da_j = a_j - y_j."""

from __future__ import annotations

import numpy as np

from ..expression import Div, Num, summation, var
from ._loss import Loss

A, Y = var("a", "j"), var("y", "j")


def half_squared_error(target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
    residual = target - prediction
    return (residual * residual).sum(axis=-1) * 0.5


def half_squared_error_gradient(target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
    return 2 * 0.5 * (prediction - target)


# scikit-learn's MLPRegressor minimises this (for one output): the regressor's default.
ENTRY = Loss("half_squared_error", "half squared error", half_squared_error, half_squared_error_gradient,
             Div(Num(1), Num(2)) * summation("j", (Y - A) ** 2), A - Y, default_for=("regression",))
