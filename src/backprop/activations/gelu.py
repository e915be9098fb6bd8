"""GELU, the Gaussian error linear unit in its erf form: z Phi(z) = z (1 + erf(z / sqrt 2)) / 2.

As PyTorch's GELU (approximate="none"). Phi, the standard normal distribution function, is computed
as erfc(-z / sqrt 2) / 2, which keeps its digits far to the left where 1 + erf(...) would cancel;
f'(z) = Phi(z) + z phi(z), with phi(z) = e^(-z^2/2) / sqrt(2 pi), from z.
"""

from __future__ import annotations

import math

import numpy as np

from ..expression import PI, Z, erf, exp, sqrt
from ._activation import Activation

_SQRT1_2 = math.sqrt(0.5)
_INV_SQRT_2PI = 1 / math.sqrt(2 * math.pi)


def _erfc():
    """scipy.special.erfc, imported when a GELU is first computed: scipy takes a third of a second to
    import, which every backprop command would otherwise pay for an activation few networks use."""
    from scipy.special import erfc  # noqa: PLC0415 - a heavy import, for this activation only

    return erfc


def gelu(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """u Phi(u) = u erfc(-u / sqrt 2) / 2 (``out`` must not be ``u``)."""
    out = np.multiply(u, -_SQRT1_2, out=out)
    _erfc()(out, out=out)
    out *= 0.5
    out *= u
    return out


def gelu_derivative(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Phi(u) + u phi(u)."""
    derivative = np.multiply(u, -_SQRT1_2)
    _erfc()(derivative, out=derivative)
    derivative *= 0.5
    density = np.multiply(u, u)
    density *= -0.5
    with np.errstate(under="ignore"):  # e^-320000 -> 0 is the right density
        np.exp(density, out=density)
    density *= _INV_SQRT_2PI
    density *= u
    derivative += density
    return derivative


ENTRY = Activation("gelu", gelu, gelu_derivative, Z * (1 + erf(Z / sqrt(2))) / 2,
                   (1 + erf(Z / sqrt(2))) / 2 + Z * exp(-Z**2 / 2) / sqrt(2 * PI), init="he", aliases=("GELU",))
