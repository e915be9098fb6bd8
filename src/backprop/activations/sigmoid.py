"""The logistic sigmoid 1 / (1 + e^-z), computed without overflow for every z."""

from __future__ import annotations

import numpy as np

from ..expression import A, Z, exp
from ._activation import Activation


def sigmoid(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """1 / (1 + e^-u) without overflow: e = e^-|u| never exceeds 1, for u = 45 as for u = -800.

    For u >= 0 it is 1 / (1 + e), for u < 0 it is e / (1 + e): both exact to the last digits,
    also far in the tails where 1 - 1/(1 + e) would round to 0.
    """
    out = np.abs(u, out=out)
    np.negative(out, out=out)
    with np.errstate(under="ignore"):  # e^-800 -> 0 is the right answer, not an error
        np.exp(out, out=out)
    denominator = out + 1
    np.copyto(out, 1, where=u >= 0)
    out /= denominator
    return out


def sigmoid_derivative(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """sigmoid'(u) = e / (1 + e)^2 with e = e^-|u|: to a few ulp for every u.

    The textbook a (1 - a) loses the digits of 1 - a where a is close to 1: a carries an error of
    one ulp, which is all of 1 - a once u > 37, and a relative error of 1e-9 already at u = 20.
    The formula text still writes a(1-a), as students do.
    """
    e = np.abs(u)
    np.negative(e, out=e)
    with np.errstate(under="ignore"):  # e^-800 -> 0: the derivative is 0 to float precision
        np.exp(e, out=e)
    denominator = e + 1
    denominator *= denominator
    e /= denominator
    return e


# "logistic" is scikit-learn's name for it; the others are how homework writes it.
ENTRY = Activation("sigmoid", sigmoid, sigmoid_derivative, 1 / (1 + exp(-Z)), A * (1 - A),
                   aliases=("logistic", "Sigmoid", "sigm", "sgm"), latex=r"\sigma",
                   slips=(("a^2 for sigma'(z) = a (1 - a)", A**2),
                          ("1 - a^2 (the derivative of tanh) for sigma'(z) = a (1 - a)", 1 - A**2)))
