"""The softmax over the units of each sample, computed by log-sum-exp (shifted by the row maximum).

Not element-wise: every output depends on every input, so it has no derivative f'(z) but a Jacobian
J[j,k] = a_j (delta_jk - a_k), which ``backward`` applies to a gradient; it may only end the last
layer. The cross-entropy fuses with it (backprop.losses.cross_entropy).
"""

from __future__ import annotations

import numpy as np

from ..expression import exp, summation, var
from ._activation import Activation, RowWise


def softmax(u: np.ndarray, out: np.ndarray | None = None, stats: dict | None = None) -> np.ndarray:
    """Softmax over the units of each sample (rows), shifted by the row maximum (log-sum-exp).

    stats : a dict that receives ``row_max`` and ``row_sums`` (samples, 1): the shift and the sum
        of e^(u - shift), which ``log_softmax`` then reuses instead of computing them again.
    """
    row_max = u.max(axis=-1, keepdims=True)
    out = np.subtract(u, row_max, out=out)
    with np.errstate(under="ignore"):  # e^-86 relative to e^45 is 0 in float64: correct
        np.exp(out, out=out)
    row_sums = out.sum(axis=-1, keepdims=True)
    out /= row_sums
    if stats is not None:
        stats["row_max"], stats["row_sums"] = row_max, row_sums
    return out


def log_softmax(u: np.ndarray, stats: dict | None = None) -> np.ndarray:
    """log(softmax(u)) by log-sum-exp: finite even where softmax itself underflows to 0.

    stats : what ``softmax(u, stats=...)`` recorded for this very ``u``; the same numbers it would
        compute here, so the result is the same to the last bit, in fewer operations.
    """
    shifted = u - (u.max(axis=-1, keepdims=True) if stats is None else stats["row_max"])
    with np.errstate(under="ignore"):
        row_sums = np.exp(shifted).sum(axis=-1, keepdims=True) if stats is None else stats["row_sums"]
        return shifted - np.log(row_sums)


def softmax_backward(u, v, grad_v, out=None):
    """J^T g for the softmax Jacobian J[j,k] = v_j (delta_jk - v_k): v * (g - sum_k g_k v_k)."""
    dot = (grad_v * v).sum(axis=-1, keepdims=True)
    out = np.subtract(grad_v, dot, out=out)
    out *= v
    return out


def _sympy_values(sp, inputs):
    denominator = sp.Add(*[sp.exp(u) for u in inputs])
    return [sp.exp(u) / denominator for u in inputs]


def _sympy_jacobian(sp, v_n, v_k, n, k):
    return v_n * (sp.KroneckerDelta(n, k) - v_k)


def _sympy_transposed(sp, g, v, k, total):
    """J^T g at input k: v_k (g_k - sum_c g_c v_c)."""
    return v(k) * (g(k) - total(lambda c: g(c) * v(c)))


A_J, A_K = var("a", "j"), var("a", "k")
ENTRY = Activation("softmax", softmax, None, exp(var("z", "j")) / summation("k", exp(var("z", "k"))),
                   A_J * (var("delta", "jk") - A_K), backward=softmax_backward,
                   symbolic=RowWise(_sympy_values, _sympy_jacobian, _sympy_transposed), aliases=("Softmax",),
                   kernel="class-probabilities")
