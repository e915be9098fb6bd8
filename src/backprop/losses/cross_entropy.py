"""The cross-entropy after a softmax: L = -sum_j t_j log(a_j), in base e or 2.

Only defined after a softmax, with which it fuses: its value is computed from the softmax's input u
by log-sum-exp, so that a probability that underflows to 0 (e^-86 / e^45 and beyond) still gives a
finite loss, and its delta is dL/du = (sum(t) a - t) / ln(base), which is a - t for one-hot targets.
"""

from __future__ import annotations

import math

import numpy as np

from ..activations.softmax import ENTRY as SOFTMAX
from ..activations.softmax import log_softmax
from ..expression import log, summation, value, var
from ._loss import ONE_HOT, Fused, Loss, log_base_parameter, log_base_scale, per_log_base, safe_log

A, T = var("a", "j"), var("t", "j")


def _from_log_probabilities(target, log_p, log_base):
    return -(np.where(target != 0, target * log_p, 0.0)).sum(axis=-1) * log_base_scale(log_base)


def cross_entropy(target: np.ndarray, prediction: np.ndarray, *, log_base: float) -> np.ndarray:
    """Per sample, from the probabilities (a probability of 0 with a target > 0 gives inf)."""
    return _from_log_probabilities(target, safe_log(prediction), log_base)


def cross_entropy_from_logits(target, logits, stats, *, log_base: float) -> np.ndarray:
    """Per sample, from the softmax's input by log-sum-exp (``stats``: see softmax.log_softmax)."""
    return _from_log_probabilities(target, log_softmax(logits, stats), log_base)


def cross_entropy_at_labels(labels, logits, stats, *, log_base: float) -> np.ndarray:
    """For one-hot targets given by their class indices (samples,): the same numbers as the one-hot
    rows, to the last bit. There every term but the label's is an exact 0 and the label's is
    1 * log p; here only that term is computed, as log_softmax computes it: (u_label - row max) -
    ln(row sum)."""
    rows = np.arange(labels.shape[0])
    log_p = logits[rows, labels] - stats["row_max"][:, 0]
    log_p -= np.log(stats["row_sums"][:, 0])
    return -log_p * log_base_scale(log_base)


def cross_entropy_gradient(target, prediction, *, log_base: float) -> np.ndarray:
    """dl/dyhat = -t / (yhat ln base)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(target != 0, -target / prediction, 0.0) * log_base_scale(log_base)


def softmax_delta(target, probabilities, out=None, one_hot=False, *, log_base: float) -> np.ndarray:
    """Fused with the softmax: dl/du = (sum(t) a - t) / ln(base), u the softmax input.

    one_hot : the caller knows every target row is one-hot, so sum(t) = 1 and a * 1 = a is skipped
    (the same numbers).
    """
    if one_hot:
        out = np.subtract(probabilities, target, out=out)
    else:
        total = target.sum(axis=-1, keepdims=True)
        out = np.multiply(probabilities, total, out=out)
        out -= target
    if log_base != math.e:
        out *= log_base_scale(log_base)
    return out


FUSED = Fused(SOFTMAX.name, softmax_delta, cross_entropy_from_logits, per_log_base(A - T),
              "because sum_c t[c] = 1 (t is one-hot)")

ENTRY = Loss("cross_entropy", "cross-entropy", cross_entropy, cross_entropy_gradient,
             lambda log_base: -summation("j", T * log(A, value(log_base))),
             per_log_base(-(T / A)), targets=ONE_HOT, fused=FUSED, value_at_labels=cross_entropy_at_labels,
             parameters=(log_base_parameter(),), default_for=("classification",), kernel="class-log-loss")
