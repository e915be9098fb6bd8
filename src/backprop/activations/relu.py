"""The rectified linear unit max(0, z); relu'(0) is taken as 0, as PyTorch takes it."""

from __future__ import annotations

import numpy as np

from ..expression import Z, greater, iverson, maximum
from ._activation import Activation


def relu(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """max(u, 0) element-wise (``out`` must not be ``u``).

    The 0 is an array of zeros written into ``out`` first: numpy's vectorised maximum only takes
    contiguous operands, and against the scalar 0 it is three times slower, with the same result
    bit for bit (-0.0 and NaN included).
    """
    if out is None:
        out = np.zeros_like(u)
    else:
        out.fill(0)
    return np.maximum(u, out, out=out)


def relu_backward(u, v, grad_v, out=None):
    """dL/dv * [u > 0] with the 0/1 factor as a boolean array: numpy casts it to exactly 1.0 and 0.0
    inside the product, so the result is the general rule's bit for bit (a negative gradient times 0
    stays -0.0) without allocating the float copy that the derivative returns."""
    return np.multiply(grad_v, np.greater(u, 0), out=out)


ENTRY = Activation("relu", relu, lambda u, v: (u > 0).astype(u.dtype), maximum(0, Z), iverson(greater(Z, 0)),
                   backward=relu_backward, kinks=(0.0,), init="he", aliases=("ReLU", "ReLu", "Relu"),
                   slips=(("z for relu'(z) = 1 when z > 0, else 0", Z),), hidden_default=True,
                   kernel="rectifier")
