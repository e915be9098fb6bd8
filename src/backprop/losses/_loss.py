"""The shape of a loss entry, the kinds of targets a loss takes, and binding its parameters.

Arrays are samples x outputs; ``value`` gives one number per sample (the step's loss is their sum
or mean, taken by the network). A loss that ``fuses`` with an output activation (cross-entropy with
softmax, binary cross-entropy with sigmoid) needs that activation last: its value is then computed
from the activation's input, so that a probability that underflows to 0 still gives a finite loss,
and its delta dL/du (u the activation's input) in one simple step, a - t, instead of the general
chain rule dL/da * da/du.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..expression import Expr, ln, value
from ..registry import Entry, Parameter, SpecError, read_spec

#: name -> entry, filled by the package from its modules (see backprop.losses).
LOSSES: dict[str, "Loss"] = {}


@dataclass(frozen=True)
class Targets:
    """What a loss's targets may be.

    one_hot : targets are one-hot class vectors (or probability vectors): written t, and derive and
        check take them one-hot (each class in turn).
    low, high : the range of each target; sums_to_one : each row sums to 1.
    """

    one_hot: bool = False
    low: float = -math.inf
    high: float = math.inf
    sums_to_one: bool = False

    @property
    def letter(self) -> str:
        """t for one-hot class targets, y for the others (as in the symbols)."""
        return "t" if self.one_hot else "y"

    @property
    def real(self) -> bool:
        """Any real numbers (a regression's targets)."""
        return self.low == -math.inf and self.high == math.inf

    def problem(self, row: np.ndarray) -> tuple[str, str] | None:
        """(what is wrong, what would be right) with a row of targets, or None; what would be right is
        said of the loss: "<loss name> takes ..."."""
        if self.sums_to_one and ((row < 0).any() or abs(row.sum() - 1) > 1e-9):
            return ("is not a probability vector",
                    "takes one-hot targets (or non-negative ones summing to 1), or use labels")
        if (row < self.low).any() or (row > self.high).any():
            return (f"has a target outside [{self.low:g}, {self.high:g}]",
                    f"takes targets from {self.low:g} to {self.high:g} (a label or a probability)")
        return None


REAL = Targets()
ONE_HOT = Targets(one_hot=True, low=0.0, high=1.0, sums_to_one=True)
UNIT_INTERVAL = Targets(low=0.0, high=1.0)


@dataclass(frozen=True)
class Fused:
    """How a loss fuses with the output activation it needs.

    activation : that activation's name.
    delta : (target, output, out=None, one_hot=False, **parameters) -> dL/du, u the activation's input.
    value : (target, logits, stats, **parameters) -> each sample's loss from u (``stats``: what the
        activation recorded of u, or None).
    formula : dL/du_j as an expression in a_j and the target.
    why : why it is that simple, for derive's notes.
    """

    activation: str
    delta: Callable
    value: Callable
    formula: Expr | Callable[..., Expr]
    why: str = ""


class Loss(Entry):
    """A per-sample loss l(y, yhat) and its gradient dl/dyhat, with its formulas.

    Attributes
    ----------
    name : as written in problem files; description : in words ("squared error").
    formula : the per-sample loss as an expression tree in a_j, the target (y_j or t_j) and n, the
        number of outputs, with a ``Sum`` over j.
    gradient_formula : dL/da_j in the same variables.
    targets : the targets it takes (``Targets``).
    fused : how it fuses with its output activation, or None.
    value_at_labels : (labels, logits, stats, **parameters) -> each sample's loss for one-hot targets
        given by class indices, or None (the training shortcut of cross-entropy).
    parameters, values : its parameters and this instance's values.
    default_for : the estimator tasks ("classification", "regression") it is the default loss of.
    kernel : how the compiled training kernels (backprop.fused) compute it with its fused output
        activation, to the last bit of the NumPy engine's numbers in float64: "class-log-loss" (the
        natural-log loss at the label, by log-sum-exp, and the fused delta a - t; only for class
        labels and a natural logarithm); None: the kernels do not compute it.
    code_names : the short names code writes for it (``mse``, read in ``mse_prime(y_true, y_pred)``).
    """

    def __init__(self, name: str, description: str, value: Callable, gradient: Callable,
                 formula: Expr | Callable[..., Expr], gradient_formula: Expr | Callable[..., Expr], *,
                 targets: Targets = REAL, fused: Fused | None = None, value_at_labels: Callable | None = None,
                 parameters: tuple[Parameter, ...] = (), default_for: tuple[str, ...] = (),
                 kernel: str | None = None, code_names: tuple[str, ...] = ()):
        self.name, self.description = name, description
        self.code_names = tuple(code_names)
        self.raw = (value, gradient, formula, gradient_formula, fused, value_at_labels)
        self.targets, self.parameters, self.default_for = targets, tuple(parameters), tuple(default_for)
        self.kernel = kernel
        self.output_activation = fused.activation if fused else None
        self._bound: dict = {}
        self._bind({parameter.name: parameter.default for parameter in self.parameters})

    def _bind(self, values: dict) -> None:
        value_, gradient, formula, gradient_formula, fused, at_labels = self.raw
        self.values = dict(values)
        self._value = functools.partial(value_, **values)
        self._gradient = functools.partial(gradient, **values)
        self._fused_delta = fused and functools.partial(fused.delta, **values)
        self._fused_value = fused and functools.partial(fused.value, **values)
        self._at_labels = at_labels and functools.partial(at_labels, **values)
        self.formula = self._formula(formula)
        self.gradient_formula = self._formula(gradient_formula)
        self.fused_formula = fused and self._formula(fused.formula)
        self.fused_why = fused.why if fused else ""

    # -- numbers --------------------------------------------------------------------------------

    @property
    def log_base(self) -> float | None:
        """The base of its logarithm, for the losses that have one (None otherwise)."""
        return self.values.get("log_base")

    @property
    def log_scale(self) -> float:
        """1 / ln(base): log_base(u) = ln(u) * log_scale (1 without a logarithm)."""
        return log_base_scale(self.log_base) if self.log_base else 1.0

    def value(self, target: np.ndarray, prediction: np.ndarray, logits: np.ndarray | None = None,
              stats: dict | None = None) -> np.ndarray:
        """Per-sample loss, shape (samples,). ``logits``: the fused output activation's input, from
        which a fused loss is computed; ``stats``: what that activation recorded of them."""
        if logits is not None and self._fused_value:
            return self._fused_value(target, logits, stats)
        return self._value(target, prediction)

    def gradient(self, target: np.ndarray, prediction: np.ndarray) -> np.ndarray:
        """dl/dyhat per sample, shape samples x outputs."""
        return self._gradient(target, prediction)

    def fused_delta(self, target: np.ndarray, output: np.ndarray, out: np.ndarray | None = None,
                    one_hot: bool = False) -> np.ndarray:
        """dl/du for the fused pair (u the output activation's input); ``one_hot``: every target
        row is known to be one-hot (a shortcut with the same numbers)."""
        return self._fused_delta(target, output, out=out, one_hot=one_hot)

    @property
    def labels_shortcut(self) -> bool:
        return self._at_labels is not None

    def value_at_labels(self, labels: np.ndarray, logits: np.ndarray, stats: dict) -> np.ndarray:
        """Each sample's loss for one-hot targets given by class indices (samples,)."""
        return self._at_labels(labels, logits, stats)

    # -- words ----------------------------------------------------------------------------------

    def __reduce__(self):
        return resolve_loss, (self.spec(),)


def resolve_loss(spec) -> Loss:
    """The loss a name or a {name = ..., parameters} table means; SpecError if none."""
    entry, values = read_spec(spec, LOSSES, {}, "loss")
    return entry.with_values(**values)


def get_loss(name: str, log_base: float | None = None, **values) -> Loss:
    """The loss called ``name``; cross-entropy takes ``log_base`` e (default) or 2. KeyError names
    the known losses."""
    try:
        entry, _ = read_spec(name, LOSSES, {}, "loss")
    except SpecError as error:
        raise KeyError(str(error)) from None
    if log_base is not None:
        values["log_base"] = float(log_base)
    return entry.with_values(**values)


def log_base_parameter() -> Parameter:
    """The base of a logarithm: e (the default) or 2, written "e" or 2."""
    bases = {"e": math.e, 2: 2.0, 2.0: 2.0, math.e: math.e}
    return Parameter("log_base", math.e, "a supported base", '"e" or 2',
                     lambda written: not isinstance(written, bool) and isinstance(written, (str, int, float))
                     and written in bases,
                     convert=lambda written: bases[written],
                     written=lambda stored: "e" if stored == math.e else 2)


def log_base_scale(log_base: float) -> float:
    """1 / ln(base): a logarithm to ``log_base`` is the natural one times this."""
    return 1.0 / math.log(log_base)


def per_log_base(expression: Expr) -> Callable[[float], Expr]:
    """``expression`` (a formula of a loss with a logarithm, for base e) as a function of the base: divided by
    ln(base) for another base."""
    return lambda log_base: expression if log_base == math.e else expression / ln(value(log_base))


def safe_log(p: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return np.log(p)
