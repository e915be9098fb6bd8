"""The Huber loss (delta, default 1): over the outputs, the sum of 1/2 r^2 where |r| <= delta and of
delta (|r| - delta/2) beyond, r = y_j - a_j.

As PyTorch's HuberLoss per output (summed over the outputs, as the squared errors are). Quadratic
near the target, linear far from it; dL/da_j = clip(a_j - y_j, -delta, delta). As delta grows it
becomes the half squared error.
"""

from __future__ import annotations

import numpy as np

from ..expression import Div, Num, absolute, at_most, cases, clip, summation, var
from ..registry import Parameter, is_number
from ._loss import Loss

A, Y, DELTA = var("a", "j"), var("y", "j"), var("delta")


def huber(target: np.ndarray, prediction: np.ndarray, *, delta: float) -> np.ndarray:
    distance = np.abs(prediction - target)
    quadratic = 0.5 * distance * distance
    linear = delta * (distance - 0.5 * delta)
    return np.where(distance <= delta, quadratic, linear).sum(axis=-1)


def huber_gradient(target: np.ndarray, prediction: np.ndarray, *, delta: float) -> np.ndarray:
    return np.clip(prediction - target, -delta, delta)


ENTRY = Loss("huber", "Huber loss", huber, huber_gradient,
             summation("j", cases(Div(Num(1), Num(2)) * (Y - A) ** 2, at_most(absolute(Y - A), DELTA),
                                  DELTA * (absolute(Y - A) - DELTA / 2))),
             clip(A - Y, -DELTA, DELTA),
             parameters=(Parameter("delta", 1.0, "a positive delta", "a positive number, e.g. 1",
                                   lambda value: is_number(value) and value > 0),))
