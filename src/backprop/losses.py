"""Losses: for each, the per-sample value and its gradient with respect to the prediction.

Arrays are samples x outputs; ``value`` returns one number per sample. The step's loss is the sum
or mean of these (``reduction``), applied by the network, not here.

Cross-entropy is only defined after a softmax. Its value is computed from the softmax's input u by
log-sum-exp, so that a probability that underflows to 0 (e^-86 / e^45 and beyond) still gives a
finite loss, and its delta is fused with the softmax: dL/du = (sum(t) a - t) / ln(base), which is
a - t for one-hot targets. That fusion is used for this pair only; every other loss goes through
the general chain rule dL/da * da/dz.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .activations import log_softmax


@dataclass(frozen=True)
class Loss:
    """A per-sample loss l(y, yhat) and its gradient dl/dyhat.

    Attributes
    ----------
    name : as written in problem files.
    log_base : cross-entropy only: e (math.e) or 2.
    """

    name: str
    log_base: float | None = None

    @property
    def log_scale(self) -> float:
        """1 / ln(base): log_base(u) = ln(u) * log_scale."""
        return 1.0 / math.log(self.log_base) if self.log_base else 1.0

    def value(self, target: np.ndarray, prediction: np.ndarray,
              logits: np.ndarray | None = None, softmax_stats: dict | None = None) -> np.ndarray:
        """Per-sample loss, shape (samples,). ``logits``: the softmax's input, for cross-entropy;
        ``softmax_stats``: what the softmax recorded of them (see activations.log_softmax)."""
        if self.name == "cross_entropy":
            log_p = log_softmax(logits, softmax_stats) if logits is not None else _safe_log(prediction)
            return -(np.where(target != 0, target * log_p, 0.0)).sum(axis=-1) * self.log_scale
        residual = target - prediction
        return (residual * residual).sum(axis=-1) * _SQUARED_FACTOR[self.name]

    def value_at_labels(self, labels: np.ndarray, logits: np.ndarray, softmax_stats: dict) -> np.ndarray:
        """Cross-entropy after softmax for one-hot targets given by their class indices (samples,).

        The same numbers as ``value`` with the one-hot rows, to the last bit: there every term but
        the label's is an exact 0 and the label's is 1 * log p; here only that term is computed,
        as log_softmax computes it: (u_label - row max) - ln(row sum).
        """
        rows = np.arange(labels.shape[0])
        log_p = logits[rows, labels] - softmax_stats["row_max"][:, 0]
        log_p -= np.log(softmax_stats["row_sums"][:, 0])
        return -log_p * self.log_scale

    def gradient(self, target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
        """dl/dyhat per sample, shape samples x outputs (cross-entropy: -t / (yhat ln base))."""
        if self.name == "cross_entropy":
            with np.errstate(divide="ignore", invalid="ignore"):
                return np.where(target != 0, -target / prediction, 0.0) * self.log_scale
        return 2 * _SQUARED_FACTOR[self.name] * (prediction - target)

    def softmax_delta(self, target: np.ndarray, probabilities: np.ndarray,
                      out: np.ndarray | None = None, one_hot: bool = False) -> np.ndarray:
        """Cross-entropy after softmax, fused: dl/du = (sum(t) a - t) / ln(base), u the softmax input.

        one_hot : the caller knows every target row is one-hot, so sum(t) = 1 and a * 1 = a is
            skipped (the same numbers).
        """
        if one_hot:
            out = np.subtract(probabilities, target, out=out)
        else:
            total = target.sum(axis=-1, keepdims=True)
            out = np.multiply(probabilities, total, out=out)
            out -= target
        if self.log_base != math.e:
            out *= self.log_scale
        return out

    @property
    def formula(self) -> str:
        """The per-sample loss in plain text."""
        if self.name == "cross_entropy":
            return f"L = -sum_j t_j {self._log_name}(a_j)"
        return _FORMULAS[self.name][0]

    @property
    def gradient_formula(self) -> str:
        """dL/da_j in plain text."""
        if self.name == "cross_entropy":
            return "dL/da_j = -t_j / a_j" + (" / ln 2" if self.log_base == 2 else "")
        return _FORMULAS[self.name][1]

    @property
    def _log_name(self) -> str:
        return "log2" if self.log_base == 2 else "ln"


_SQUARED_FACTOR = {"squared_error": 1.0, "half_squared_error": 0.5}

_FORMULAS = {
    "squared_error": ("L = sum_j (y_j - a_j)^2", "dL/da_j = 2(a_j - y_j)"),
    "half_squared_error": ("L = 1/2 sum_j (y_j - a_j)^2", "dL/da_j = a_j - y_j"),
    "cross_entropy": ("L = -sum_j t_j ln(a_j)", "dL/da_j = -t_j / a_j"),
}

LOSS_NAMES = tuple(_FORMULAS)


def _safe_log(p: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return np.log(p)


def get_loss(name: str, log_base: float | None = None) -> Loss:
    """The loss called ``name``; cross-entropy takes ``log_base`` e (default) or 2."""
    if name not in _FORMULAS:
        raise KeyError(f"unknown loss {name!r}; expected one of {', '.join(LOSS_NAMES)}")
    if name == "cross_entropy":
        return Loss(name, math.e if log_base is None else float(log_base))
    return Loss(name)
