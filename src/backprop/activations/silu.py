"""SiLU (swish), z sigmoid(z) = z / (1 + e^-z).

As PyTorch's SiLU. f'(z) = sigmoid(z) (1 + z (1 - sigmoid(z))) = a + (1 - a) sigmoid(z), computed
from z with 1 - sigmoid(z) taken as sigmoid(-z), which keeps its digits where sigmoid(z) is near 1.
"""

from __future__ import annotations

import numpy as np

from ..expression import A, Z, exp
from ._activation import Activation
from .sigmoid import sigmoid


def silu(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """u sigmoid(u), without overflow (``out`` must not be ``u``)."""
    out = sigmoid(u, out=out)
    out *= u
    return out


def silu_derivative(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """sigmoid(u) (1 + u sigmoid(-u))."""
    derivative = sigmoid(-u)
    derivative *= u
    derivative += 1
    derivative *= sigmoid(u)
    return derivative


ENTRY = Activation("silu", silu, silu_derivative, Z / (1 + exp(-Z)), A + (1 - A) / (1 + exp(-Z)),
                   init="he", aliases=("SiLU", "swish"))
