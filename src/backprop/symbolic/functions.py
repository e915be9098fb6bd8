"""SymPy counterparts of the activation registry (backprop.activations.ACTIVATIONS).

``SYMBOLIC_ACTIVATIONS`` has one entry per registry name, so the numeric registry and the symbolic
one cannot drift apart unnoticed (a test holds their keys equal). Each entry gives the function as
a SymPy expression and its derivative in terms of the input u and the output v = f(u), because
derivations read better in the output (sigmoid' = a (1 - a)), as the seeds write them.

``sigmoid`` and ``relu`` are SymPy functions of their own rather than their definitions, so that a
derivation prints ``sigmoid(z1[0])`` as a person writes it; ``rewrite(exp)`` and ``rewrite(Heaviside)``
give the definitions where a proof needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import sympy as sp


class sigmoid(sp.Function):  # noqa: N801 - the name users type
    """The logistic function 1 / (1 + e^-u)."""

    nargs = 1

    @classmethod
    def eval(cls, u):
        if u.is_Number:
            return 1 / (1 + sp.exp(-u))
        return None

    def fdiff(self, argindex=1):
        value = sigmoid(self.args[0])
        return value * (1 - value)

    def _eval_rewrite_as_exp(self, u, **kwargs):
        return 1 / (1 + sp.exp(-u))

    def _eval_evalf(self, prec):
        return self.rewrite(sp.exp)._eval_evalf(prec)

    def _eval_is_real(self):
        return self.args[0].is_real

    def _latex(self, printer):
        return r"\sigma\left(" + printer._print(self.args[0]) + r"\right)"


class relu(sp.Function):  # noqa: N801 - the name users type
    """max(0, u); its derivative is Heaviside(u) with the value 0 at u = 0 (as the engine takes it)."""

    nargs = 1

    @classmethod
    def eval(cls, u):
        if u.is_Number:
            return u if u > 0 else sp.S.Zero
        if u.is_positive:
            return u
        if u.is_nonpositive:
            return sp.S.Zero
        return None

    def fdiff(self, argindex=1):
        return heaviside(self.args[0])

    def _eval_rewrite_as_Heaviside(self, u, **kwargs):
        return u * heaviside(u)

    def _eval_evalf(self, prec):
        value = self.args[0]._eval_evalf(prec)
        if value is None or not value.is_Number:
            return None
        return value if value > 0 else sp.Float(0, prec)

    def _eval_is_real(self):
        return self.args[0].is_real

    def _latex(self, printer):
        return r"\operatorname{relu}\left(" + printer._print(self.args[0]) + r"\right)"


def heaviside(u):
    """The step function with the value 0 at 0: the derivative of relu as backprop takes it."""
    return sp.Heaviside(u, 0)


@dataclass(frozen=True)
class SymbolicActivation:
    """One activation as SymPy expressions.

    Attributes
    ----------
    name : the registry name.
    value : u -> f(u) for an element-wise activation; None for softmax (see ``softmax_values``).
    derivative : (u, v) -> f'(u), written with v = f(u) where that is how it is usually written.
    """

    name: str
    value: Callable[[sp.Expr], sp.Expr] | None
    derivative: Callable[[sp.Expr, sp.Expr], sp.Expr] | None

    @property
    def elementwise(self) -> bool:
        return self.value is not None


SYMBOLIC_ACTIVATIONS: dict[str, SymbolicActivation] = {
    entry.name: entry
    for entry in [
        SymbolicActivation("identity", lambda u: u, lambda u, v: sp.S.One),
        SymbolicActivation("sigmoid", sigmoid, lambda u, v: v * (1 - v)),
        SymbolicActivation("tanh", sp.tanh, lambda u, v: 1 - v**2),
        SymbolicActivation("relu", relu, lambda u, v: heaviside(u)),
        SymbolicActivation("softmax", None, None),
    ]
}


def softmax_values(inputs: list[sp.Expr]) -> list[sp.Expr]:
    """softmax of a list of expressions: e^{u_j} / sum_k e^{u_k}."""
    denominator = sp.Add(*[sp.exp(u) for u in inputs])
    return [sp.exp(u) / denominator for u in inputs]


def softmax_jacobian(v_n: sp.Expr, v_k: sp.Expr, n, k) -> sp.Expr:
    """d softmax_n / d u_k = v_n (delta_nk - v_k); n, k integers or index symbols."""
    return v_n * (sp.KroneckerDelta(n, k) - v_k)


# Names a formula may call, as SymPy objects (Heaviside is 0 at 0 whatever the user writes).
FORMULA_FUNCTIONS: dict[str, Callable] = {
    "sigmoid": sigmoid,
    "tanh": sp.tanh,
    "relu": relu,
    "exp": sp.exp,
    "log": sp.log,
    "sqrt": sp.sqrt,
    "Heaviside": lambda u, *ignored: heaviside(u),
    "Sum": sp.Sum,
}
