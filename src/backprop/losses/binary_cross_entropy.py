"""The binary cross-entropy after a sigmoid: L = -sum_j (y_j log(a_j) + (1 - y_j) log(1 - a_j)).

For one sigmoid output (a yes/no label) or several independent ones (multi-label), each target a
number from 0 to 1; in base e or 2. Only defined after a sigmoid, with which it fuses, as PyTorch's
BCEWithLogitsLoss: its value is computed from the sigmoid's input u as
y softplus(-u) + (1 - y) softplus(u), two terms >= 0 that neither overflow nor cancel (a probability
that rounds to 0 or 1 still gives a finite loss), and its delta is dL/du = (a - y) / ln(base).
"""

from __future__ import annotations

import math

import numpy as np

from ..activations.sigmoid import ENTRY as SIGMOID
from ..expression import log, summation, value, var
from ._loss import UNIT_INTERVAL, Fused, Loss, log_base_parameter, log_base_scale, per_log_base, safe_log

A, Y = var("a", "j"), var("y", "j")


def binary_cross_entropy(target: np.ndarray, prediction: np.ndarray, *, log_base: float) -> np.ndarray:
    """Per sample, from the probabilities (a probability of 0 or 1 against its target gives inf)."""
    with np.errstate(invalid="ignore"):
        terms = np.where(target != 0, target * safe_log(prediction), 0.0)
        terms += np.where(target != 1, (1 - target) * safe_log(1 - prediction), 0.0)
    return -terms.sum(axis=-1) * log_base_scale(log_base)


def binary_cross_entropy_from_logits(target, logits, stats, *, log_base: float) -> np.ndarray:
    """Per sample, from the sigmoid's input u: y softplus(-u) + (1 - y) softplus(u)."""
    with np.errstate(under="ignore"):
        terms = target * np.logaddexp(0, -logits)
        terms += (1 - target) * np.logaddexp(0, logits)
    return terms.sum(axis=-1) * log_base_scale(log_base)


def binary_cross_entropy_gradient(target, prediction, *, log_base: float) -> np.ndarray:
    """dl/dyhat = (yhat - y) / (yhat (1 - yhat) ln base)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return (prediction - target) / (prediction * (1 - prediction)) * log_base_scale(log_base)


def sigmoid_delta(target, probabilities, out=None, one_hot=False, *, log_base: float) -> np.ndarray:
    """Fused with the sigmoid: dl/du = (a - y) / ln(base), u the sigmoid's input (``one_hot`` changes
    nothing here)."""
    out = np.subtract(probabilities, target, out=out)
    if log_base != math.e:
        out *= log_base_scale(log_base)
    return out


FUSED = Fused(SIGMOID.name, sigmoid_delta, binary_cross_entropy_from_logits, per_log_base(A - Y))

ENTRY = Loss("binary_cross_entropy", "binary cross-entropy", binary_cross_entropy, binary_cross_entropy_gradient,
             lambda log_base: -summation("j", Y * log(A, value(log_base)) + (1 - Y) * log(1 - A, value(log_base))),
             per_log_base((A - Y) / (A * (1 - A))), targets=UNIT_INTERVAL, fused=FUSED,
             parameters=(log_base_parameter(),))
