"""The exponential linear unit: z for z > 0, alpha (e^z - 1) otherwise (alpha 1 unless a file says).

As PyTorch's ELU. f'(z) = alpha e^z = a + alpha for z <= 0 (f'(0) = alpha, the value from the left,
as PyTorch takes it): the derivative jumps at 0 unless alpha is 1. Computed with expm1, so that
alpha (e^z - 1) keeps its digits for z near 0.
"""

from __future__ import annotations

import numpy as np

from ..expression import A, Z, at_most, exp, greater, iverson, maximum, minimum, var
from ..registry import Parameter, is_number
from ._activation import Activation

ALPHA = var("alpha")


def elu(u: np.ndarray, out: np.ndarray | None = None, *, alpha: float) -> np.ndarray:
    """u where u > 0, else alpha * expm1(u) (``out`` must not be ``u``)."""
    out = np.minimum(u, 0, out=out)  # expm1 of min(u, 0): no overflow for large u
    np.expm1(out, out=out)
    out *= alpha
    np.copyto(out, u, where=u > 0)
    return out


def elu_derivative(u: np.ndarray, v: np.ndarray, *, alpha: float) -> np.ndarray:
    """1 where u > 0, else alpha e^u (from u, not from the output)."""
    derivative = np.minimum(u, 0)
    np.exp(derivative, out=derivative)
    derivative *= alpha
    derivative[u > 0] = 1
    return derivative


ENTRY = Activation(
    "elu", elu, elu_derivative,
    maximum(0, Z) + minimum(0, ALPHA * (exp(Z) - 1)), iverson(greater(Z, 0)) + (A + ALPHA) * iverson(at_most(Z, 0)),
    kinks=(0.0,), init="he", aliases=("ELU",),
    parameters=(Parameter("alpha", 1.0, "a positive alpha", "a positive number, e.g. 1",
                          lambda value: is_number(value) and value > 0),))
