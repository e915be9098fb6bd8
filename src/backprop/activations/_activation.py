"""The shape of an activation entry, and what binding its parameters makes of it.

Arrays are samples x units; every function works on float32 and float64 alike and never overwrites
its input (a worked solution shows both z and a). Element-wise activations have
``derivative(u, v)`` = f'(u) given the input u and the output v = f(u), computed from u (a
derivative from the output loses the digits of 1 - a where a is close to 1); a row-wise activation
(softmax) has no ``derivative``: its ``backward`` applies its Jacobian to a gradient.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..expression import Expr
from ..registry import Entry, Parameter, SpecError, read_spec

#: name -> entry, filled by the package from its modules (see backprop.activations).
ACTIVATIONS: dict[str, "Activation"] = {}
#: other accepted name -> name.
ALIASES: dict[str, str] = {}


@dataclass(frozen=True)
class RowWise:
    """The SymPy form of a row-wise activation (sympy is passed in as ``sp``: the engine does not
    import it).

    values(sp, inputs) : the outputs for a list of inputs.
    jacobian(sp, v_n, v_k, n, k) : d output_n / d input_k in the outputs v (n, k ints or symbols).
    transposed(sp, g, v, k, total) : sum_c g(c) d v(c)/d input_k written as people write it, where
        g(c) and v(c) give dL/d output_c and output_c, and total(term) sums term(c) over the outputs.
    """

    values: Callable
    jacobian: Callable
    transposed: Callable


def elementwise_backward(derivative):
    """backward(u, v, dL/dv, out) = dL/dv * f'(u), the general element-wise rule."""
    def backward(u, v, grad_v, out=None):
        return np.multiply(grad_v, derivative(u, v), out=out)

    return backward


class Activation(Entry):
    """One activation function and everything said and computed about it.

    Attributes
    ----------
    name : as written in problem files; ``aliases`` are other names accepted for it.
    function : (u, out=None) -> f(u) (rows are samples); with ``out`` the result is written there
        (never into u). A row-wise activation also takes ``stats`` (a dict it fills for its loss).
    derivative : (u, v) -> f'(u) element-wise, from u; None for a row-wise activation.
    backward : (u, v, dL/dv, out=None) -> dL/du; ``out`` may be dL/dv itself (in place).
    formula, derivative_formula : f(z) and f'(z) as expression trees in z (and a = f(z)); for a
        row-wise activation z_j, z_k, a_j, a_k and delta_jk.
    kinks : the inputs where f' jumps (derive and check take each side in turn; random points
        avoid them). f'(kink) is the value from the left, as PyTorch takes it (relu'(0) = 0).
    init : "he" or "glorot", the default initialisation of a layer that uses it.
    parameters, values : the parameters it takes and the values of this instance.
    latex : its LaTeX name, a command (\\sigma) or \\operatorname{name} by default.
    symbolic : for a row-wise activation, its SymPy form (``RowWise``).
    slips : the usual mistakes in its derivative, (what the mistake is, the wrong f' as an
        expression in z and a), for check's hints.
    layer_default : the activation of a layer that names none (and of a regressor's outputs).
    hidden_default : the hidden activation of the scikit-learn estimators unless told otherwise.
    kernel : how the compiled training kernels (backprop.fused) compute it, to the last bit of
        ``function`` and ``backward`` in float64: "linear" (a = z), "rectifier" (max(z, 0), and
        dL/da times [z > 0] back), "class-probabilities" (the row-wise normalised exponential by
        log-sum-exp; only last, fused with a loss whose kernel is "class-log-loss"); None: the
        kernels do not compute it, and a network that has it trains on the NumPy engine.
    """

    def __init__(self, name: str, function: Callable, derivative: Callable | None,
                 formula: Expr | Callable[..., Expr], derivative_formula: Expr | Callable[..., Expr], *,
                 backward: Callable | None = None, kinks: tuple[float, ...] = (), init: str = "glorot",
                 parameters: tuple[Parameter, ...] = (), aliases: tuple[str, ...] = (),
                 latex: str | None = None, symbolic: RowWise | None = None, slips: tuple = (),
                 layer_default: bool = False, hidden_default: bool = False, kernel: str | None = None):
        self.name = name
        self.raw = (function, derivative, backward, formula, derivative_formula)
        self.kinks, self.init, self.parameters, self.aliases = tuple(kinks), init, tuple(parameters), tuple(aliases)
        escaped = name.replace("_", "\\_")
        self.latex = latex or f"\\operatorname{{{escaped}}}"
        self.symbolic = symbolic
        self.slips = tuple(slips)
        self.layer_default, self.hidden_default = layer_default, hidden_default
        self.kernel = kernel
        self._bound: dict = {}
        self._bind({parameter.name: parameter.default for parameter in self.parameters})

    def _bind(self, values: dict) -> None:
        function, derivative, backward, formula, derivative_formula = self.raw
        self.values = dict(values)
        if values:
            function = functools.partial(function, **values)
            derivative = derivative and functools.partial(derivative, **values)
            backward = backward and functools.partial(backward, **values)
        self.function, self.derivative = function, derivative
        self.backward = backward or elementwise_backward(derivative)
        self.formula = self._formula(formula)
        self.derivative_formula = self._formula(derivative_formula)

    @property
    def elementwise(self) -> bool:
        return self.derivative is not None

    def __reduce__(self):
        # A pickled activation is its spelling; unpickling looks the entry up again (its functions
        # are module functions and partials of them, but the entry is what the name means). This
        # lets a Network go through pickle as it is (joblib and Dask move estimators that way).
        return resolve_activation, (self.spec(),)


def resolve_activation(spec) -> Activation:
    """The activation a name or a {name = ..., parameters} table means; SpecError if none."""
    entry, values = read_spec(spec, ACTIVATIONS, ALIASES, "activation")
    return entry.with_values(**values)


def get_activation(name: str, **values) -> Activation:
    """The registry entry ``name`` (with ``values`` for its parameters); KeyError names the known ones."""
    try:
        entry, _ = read_spec(name, ACTIVATIONS, ALIASES, "activation")
    except SpecError as error:
        raise KeyError(str(error)) from None
    return entry.with_values(**values)
