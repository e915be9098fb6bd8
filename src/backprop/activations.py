"""The registry of activation functions.

Each entry keeps together what a reader needs about one activation: the function, its derivative
and the formula text that worked solutions and derivations print. Arrays are samples x units;
every function works on float32 and float64 alike and never overwrites its input, because a worked
solution shows both z and a.

Element-wise activations have ``derivative(u, v)`` = f'(u) given the input u and the output
v = f(u) (the output is often the cheaper way: sigmoid' = v (1 - v)). Softmax is not element-wise:
its ``derivative`` is None and ``backward`` applies its Jacobian to a gradient.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np


def identity(u: np.ndarray) -> np.ndarray:
    return u.copy()


def sigmoid(u: np.ndarray) -> np.ndarray:
    """1 / (1 + e^-u) without overflow: e^-|u| never exceeds 1, for u = 45 as for u = -800."""
    e = np.exp(-np.abs(u))
    return np.where(u >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def tanh(u: np.ndarray) -> np.ndarray:
    return np.tanh(u)


def relu(u: np.ndarray) -> np.ndarray:
    return np.maximum(u, 0)


def softmax(u: np.ndarray) -> np.ndarray:
    """Softmax over the units of each sample (rows), shifted by the row maximum (log-sum-exp)."""
    e = np.exp(u - u.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def log_softmax(u: np.ndarray) -> np.ndarray:
    """log(softmax(u)) by log-sum-exp: finite even where softmax itself underflows to 0."""
    shifted = u - u.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def _elementwise_backward(derivative):
    def backward(u, v, grad_v):
        return grad_v * derivative(u, v)

    return backward


def _softmax_backward(u, v, grad_v):
    """J^T g for the softmax Jacobian J[j,k] = v_j (delta_jk - v_k): v * (g - sum_k g_k v_k)."""
    return v * (grad_v - (grad_v * v).sum(axis=-1, keepdims=True))


@dataclass(frozen=True)
class Activation:
    """One activation function and everything printed about it.

    Attributes
    ----------
    name : registry key, as written in problem files.
    function : u -> f(u), arrays of any shape (softmax: rows are samples).
    derivative : (u, v) -> f'(u) element-wise, or None for softmax (not element-wise).
    backward : (u, v, dL/dv) -> dL/du.
    formula : f written in plain text, in terms of z.
    derivative_formula : f' written in plain text, in terms of z and a = f(z).
    latex, derivative_latex : the same in LaTeX.
    """

    name: str
    function: Callable[[np.ndarray], np.ndarray]
    derivative: Callable[[np.ndarray, np.ndarray], np.ndarray] | None
    backward: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
    formula: str
    derivative_formula: str
    latex: str
    derivative_latex: str

    @property
    def elementwise(self) -> bool:
        return self.derivative is not None


def _entry(name, function, derivative, formula, derivative_formula, latex, derivative_latex):
    backward = _elementwise_backward(derivative) if derivative is not None else _softmax_backward
    return Activation(name, function, derivative, backward, formula, derivative_formula,
                      latex, derivative_latex)


ACTIVATIONS: dict[str, Activation] = {
    a.name: a
    for a in [
        _entry("identity", identity, lambda u, v: np.ones_like(u),
               "z", "1", r"z", r"1"),
        _entry("sigmoid", sigmoid, lambda u, v: v * (1 - v),
               "1/(1+exp(-z))", "a(1-a)", r"\frac{1}{1+e^{-z}}", r"a(1-a)"),
        _entry("tanh", tanh, lambda u, v: 1 - v * v,
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
