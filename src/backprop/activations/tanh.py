"""The hyperbolic tangent."""

from __future__ import annotations

import numpy as np

from ..expression import A, Z, Function, call
from ._activation import Activation

#: The hyperbolic tangent as a function of formulas (math.tanh, SymPy's tanh).
TANH = Function("tanh", "tanh", r"\tanh", bare_latex=True)


def tanh(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.tanh(u, out=out)


def tanh_derivative(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """tanh'(u) = 1 - tanh(u)^2 = 4 e / (1 + e)^2 with e = e^-2|u|: to a few ulp for every u.

    1 - a^2 from a = tanh(u) loses digits where |a| is close to 1 (as a (1 - a) does for sigmoid);
    the formula text still writes 1-a^2.
    """
    e = np.abs(u)
    e *= -2
    with np.errstate(under="ignore"):
        np.exp(e, out=e)
    denominator = e + 1
    denominator *= denominator
    e *= 4
    e /= denominator
    return e


ENTRY = Activation("tanh", tanh, tanh_derivative, call(TANH, Z), 1 - A**2, latex=TANH.latex,
                   slips=(("a (1 - a) (the derivative of the sigmoid) for tanh'(z) = 1 - a^2", A * (1 - A)),
                          ("1 - a for tanh'(z) = 1 - a^2", 1 - A)))
