"""Softplus, ln(1 + e^z): a smooth ReLU. Its derivative is the logistic sigmoid 1/(1 + e^-z).

As PyTorch's Softplus (beta 1). Computed as logaddexp(z, 0) = max(z, 0) + ln(1 + e^-|z|), which
neither overflows for large z nor loses the small values far to the left.
"""

from __future__ import annotations

import numpy as np

from ..expression import Z, exp, ln
from ._activation import Activation
from .sigmoid import sigmoid


def softplus(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    with np.errstate(under="ignore"):  # e^-800 -> 0: ln(1 + 0) = 0 is right
        return np.logaddexp(u, 0, out=out)


def softplus_derivative(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The sigmoid of u, without overflow (see sigmoid.py)."""
    return sigmoid(u)


ENTRY = Activation("softplus", softplus, softplus_derivative, ln(1 + exp(Z)), 1 / (1 + exp(-Z)),
                   init="he", aliases=("Softplus",))
