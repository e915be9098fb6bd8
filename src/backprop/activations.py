"""The registry of activation functions.

Each entry keeps together what a reader needs about one activation: the function, its derivative
and the formula text that worked solutions and derivations print. Arrays are samples x units;
every function works on float32 and float64 alike and never overwrites its input, because a worked
solution shows both z and a.

Element-wise activations have ``derivative(u, v)`` = f'(u) given the input u and the output
v = f(u). The formula texts write sigmoid' and tanh' in a as students do (a(1-a), 1-a^2); the code
computes them from u, which keeps every digit where a is close to 1. Softmax is not element-wise:
its ``derivative`` is None and ``backward`` applies its Jacobian to a gradient.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np


def identity(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    if out is None:
        return u.copy()
    np.copyto(out, u)
    return out


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


def tanh(u: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    return np.tanh(u, out=out)


def sigmoid_derivative(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """sigmoid'(u) = e / (1 + e)^2 with e = e^-|u|: to a few ulp for every u.

    The textbook a (1 - a) loses the digits of 1 - a where a is close to 1: a carries an error of
    one ulp, which is all of 1 - a once u > 37, and a relative error of 1e-9 already at u = 20.
    """
    e = np.abs(u)
    np.negative(e, out=e)
    with np.errstate(under="ignore"):  # e^-800 -> 0: the derivative is 0 to float precision
        np.exp(e, out=e)
    denominator = e + 1
    denominator *= denominator
    e /= denominator
    return e


def tanh_derivative(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """tanh'(u) = 1 - tanh(u)^2 = 4 e / (1 + e)^2 with e = e^-2|u|: to a few ulp for every u.

    1 - a^2 from a = tanh(u) loses digits where |a| is close to 1 (as a (1 - a) does for sigmoid).
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


def _elementwise_backward(derivative):
    def backward(u, v, grad_v, out=None):
        return np.multiply(grad_v, derivative(u, v), out=out)

    return backward


def _relu_backward(u, v, grad_v, out=None):
    """dL/dv * [u > 0] with the 0/1 factor as a boolean array: numpy casts it to exactly 1.0 and 0.0
    inside the product, so the result is the general rule's bit for bit (a negative gradient times 0
    stays -0.0) without allocating the float copy that derivative() returns."""
    return np.multiply(grad_v, np.greater(u, 0), out=out)


def _softmax_backward(u, v, grad_v, out=None):
    """J^T g for the softmax Jacobian J[j,k] = v_j (delta_jk - v_k): v * (g - sum_k g_k v_k)."""
    dot = (grad_v * v).sum(axis=-1, keepdims=True)
    out = np.subtract(grad_v, dot, out=out)
    out *= v
    return out


@dataclass(frozen=True)
class Activation:
    """One activation function and everything printed about it.

    Attributes
    ----------
    name : registry key, as written in problem files.
    function : (u, out=None) -> f(u), arrays of any shape (softmax: rows are samples); with
        ``out`` the result is written there (never into u: z must survive for the worked solution).
    derivative : (u, v) -> f'(u) element-wise, or None for softmax (not element-wise).
    backward : (u, v, dL/dv, out=None) -> dL/du; ``out`` may be dL/dv itself (in place).
    formula : f written in plain text, in terms of z.
    derivative_formula : f' written in plain text, in terms of z and a = f(z).
    latex, derivative_latex : the same in LaTeX.
    """

    name: str
    function: Callable[..., np.ndarray]
    derivative: Callable[[np.ndarray, np.ndarray], np.ndarray] | None
    backward: Callable[..., np.ndarray]
    formula: str
    derivative_formula: str
    latex: str
    derivative_latex: str

    @property
    def elementwise(self) -> bool:
        return self.derivative is not None

    def __reduce__(self):
        # The functions are the registry's (some are lambdas, which pickle cannot name): a pickled
        # activation is its name, and unpickling looks the entry up again. This lets a Network go
        # through pickle as it is (joblib and Dask move scikit-learn estimators that way).
        return get_activation, (self.name,)


#: Backward rules faster than the general dL/dv * f'(u), with the same result to the last bit.
_FAST_BACKWARD = {"relu": _relu_backward}


def _entry(name, function, derivative, formula, derivative_formula, latex, derivative_latex):
    backward = _elementwise_backward(derivative) if derivative is not None else _softmax_backward
    backward = _FAST_BACKWARD.get(name, backward)
    return Activation(name, function, derivative, backward, formula, derivative_formula,
                      latex, derivative_latex)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in [
        _entry("identity", identity, lambda u, v: np.ones_like(u),
               "z", "1", r"z", r"1"),
        _entry("sigmoid", sigmoid, sigmoid_derivative,
               "1/(1+exp(-z))", "a(1-a)", r"\frac{1}{1+e^{-z}}", r"a(1-a)"),
        _entry("tanh", tanh, tanh_derivative,
               "tanh(z)", "1-a^2", r"\tanh z", r"1-a^{2}"),
        # relu'(0) is taken as 0, as PyTorch and SymPy's Heaviside(0, 0) do.
        _entry("relu", relu, lambda u, v: (u > 0).astype(u.dtype),
               "max(0,z)", "1 if z>0 else 0", r"\max(0,z)", r"[z>0]"),
        _entry("softmax", softmax, None,
               "exp(z_j)/sum_k exp(z_k)", "a_j(delta_jk - a_k)",
               r"\frac{e^{z_j}}{\sum_k e^{z_k}}", r"a_j(\delta_{jk}-a_k)"),
    ]
}


def get_activation(name: str) -> Activation:
    """The registry entry for ``name``; KeyError names the known activations."""
    try:
        return ACTIVATIONS[name]
    except KeyError:
        raise KeyError(f"unknown activation {name!r}; expected one of {', '.join(ACTIVATIONS)}") from None
