"""The mean squared error over the outputs: L = 1/n sum_j (y_j - a_j)^2, n the number of outputs.

As PyTorch's MSELoss for one sample (its mean is over the outputs; a step's loss is then the sum or
mean over the samples, as for every loss). dL/da_j = 2(a_j - y_j)/n.
"""

from __future__ import annotations

import numpy as np

from ..expression import Div, Num, var
from ._loss import Loss
from .squared_error import SQUARED_RESIDUALS, A, Y

N = var("n")


def mean_squared_error(target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
    residual = target - prediction
    return (residual * residual).mean(axis=-1)


def mean_squared_error_gradient(target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
    return (2.0 / target.shape[-1]) * (prediction - target)


ENTRY = Loss("mean_squared_error", "mean squared error", mean_squared_error, mean_squared_error_gradient,
             Div(Num(1), N) * SQUARED_RESIDUALS, 2 * (A - Y) / N, code_names=("mse",))
