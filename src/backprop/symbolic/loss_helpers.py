"""A course library's helper that computes a loss's derivative from the target and the prediction, declared in the
notation's functions (docs/notation.md, "Loss derivatives"): RabbitChallenge's ``functions.d_mean_squared_error(d,
y)`` and ``functions.d_sigmoid_with_loss(d, y)``, Nielsen's ``cost_derivative(output_activations, y)``, a class's
``self.loss_derivative(self.y, self.output)``. The table says which loss (by its name in the registry), by what (the
output, or the output's sum for a loss fused with its output activation), and which argument is the target, e.g.
``cost_derivative = "<loss>' by output(prediction, target)"``, ``"functions.d_sigmoid_with_loss" = "<loss>' by
output sum(target, prediction)"``, a minus before it where the helper returns minus the derivative (y - output).

A call of the helper is then that derivative at its two arguments as read, entry by entry (two numbers, or a
target and a prediction of one size); where the declared loss is not the problem file's, the call is refused,
naming both."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from ..losses import LOSSES
from ..patterns import lazy_pattern
from .derivative_words import output_form, same_at_output
from .functions import fused_delta, loss_gradient, sympy_activation
from .quantities import FormulaError

#: a functions value declaring a loss's derivative: the loss (its registry name or a code name, mse), a prime, "by
#: output" or "by output sum", and the helper's two arguments in its order; a minus before it where the helper
#: returns minus the derivative (y - output)
LOSS_HELPER = lazy_pattern(r"(?P<sign>-)?\s*(?P<loss>[A-Za-z_]\w*)'\s+by\s+(?:the\s+|its\s+)?(?P<by>output(?:\s+sum)?)"
                           r"\s*\(\s*(?P<first>target|prediction)\s*,\s*(?P<second>target|prediction)\s*\)\s*")
# a value that means to declare one (a loss's word with a prime and "by", or "by output" with its prime left out),
# refused whole where it is malformed
_MEANT = lazy_pattern(r".*'\s*by\b.*|.*\bby\s+output\b.*")
#: the loss names a declaration may write: the registry's and each loss's code names
LOSS_NAMES = {**{name: name for name in LOSSES}, **{word: name for name, loss in LOSSES.items()
                                                   for word in loss.code_names}}
#: a declaration as the messages show one: of the regression's default loss
EXAMPLE = "\"{}' by output(target, prediction)\"".format(
    next(name for name, loss in LOSSES.items() if "regression" in loss.default_for))


@dataclass(frozen=True)
class LossHelper:
    """A code's helper the notation declares a loss's derivative: ``loss`` the registry's name, ``by`` "output"
    (dL/da of each output) or "output sum" (dL/dz of each, the output activation's input), ``target_first`` whether
    the helper takes the target before the prediction, ``negated`` whether it returns minus the derivative."""

    loss: str
    by: str
    target_first: bool
    negated: bool

    def written(self) -> str:
        """The declaration as a table writes it."""
        order = "target, prediction" if self.target_first else "prediction, target"
        return f"{'-' if self.negated else ''}{self.loss}' by {self.by}({order})"


def declared_loss_helper(meaning) -> LossHelper | tuple[str, str] | None:
    """The LossHelper a functions value declares; (what is wrong, how to write it) where it means to declare one and
    cannot (an unknown loss, an argument named twice, a malformed value); None for any other value."""
    if not isinstance(meaning, str) or not _MEANT.fullmatch(meaning.strip()):
        return None
    found = LOSS_HELPER.fullmatch(meaning.strip())
    if found is None:
        return (f"{meaning!r} is no loss's derivative as a table writes one", "write the loss, a prime, by output (or"
                f" by output sum) and the helper's two arguments in its order, e.g. {EXAMPLE}")
    if found["loss"] not in LOSS_NAMES:
        return f"{found['loss']!r} is no loss backprop knows", f"use one of {', '.join(LOSSES)}"
    if found["first"] == found["second"]:
        return (f"{meaning!r} names the {found['first']} twice", "name the target and the prediction, in the order"
                " the helper takes them")
    return LossHelper(LOSS_NAMES[found["loss"]], re.sub(r"\s+", " ", found["by"]), found["first"] == "target",
                      bool(found["sign"]))


def helper_derivative(helper: LossHelper, name: str, args: list, symbols, where: str):
    """The derivative ``name(a, b)`` computes (``helper`` its declaration), at its arguments as read, on the network
    of ``symbols``: each output's dL/da (or dL/dz by the output's sum) at the target and prediction given, numbers or
    vectors (rows or columns) of one size. Refused (FormulaError) where the declared loss is not the problem's,
    where the call has other than two arguments, where the two differ in size, and, by the output's sum, where the
    output layer's activation is neither fused with the loss nor one whose derivative is a formula of its output."""
    loss = symbols.loss
    if helper.loss != loss.name:
        raise FormulaError(f"{where}: {name}(...) is declared the derivative of {helper.loss} ({helper.written()}),"
                           f" but the problem's loss is {loss.name}; declare it with {loss.name} where the helper"
                           f" computes that loss's derivative, or check it against a problem file of {helper.loss}")
    if len(args) != 2:
        raise FormulaError(f"{where}: {name}(...) with {len(args)} argument(s): the notation declares it of two,"
                           f" {helper.written().partition('(')[2][:-1]}")
    target, prediction = args if helper.target_first else reversed(args)
    matrices = isinstance(target, sp.MatrixBase), isinstance(prediction, sp.MatrixBase)
    if matrices[0] != matrices[1] or matrices[0] and target.shape != prediction.shape:
        raise FormulaError(f"{where}: {name}(...) of a target and a prediction of different sizes")
    depth = symbols.depth
    units = symbols.units(depth)
    entry = _entry_derivative(helper, name, loss, symbols.spec(depth).activations, units, where)
    sign = -1 if helper.negated else 1
    if not matrices[0]:
        return sign * entry(prediction, target)
    return sp.ImmutableMatrix(*prediction.shape, [sign * entry(a, y) for a, y in zip(prediction, target)])


def _entry_derivative(helper: LossHelper, name: str, loss, chain, units: int, where: str):
    """The derivative of one output's entry as a function of (prediction, target)."""
    if helper.by == "output":
        return lambda a, y: loss_gradient(loss, a, y, units)
    last = chain[-1]
    if len(chain) == 1 and loss.output_activation == last.name:  # the loss fused with its activation: a - t
        return lambda a, y: fused_delta(loss, a, y)
    if len(chain) != 1 or not last.elementwise or output_form(last) is None:
        raise FormulaError(f"{where}: {name}(...), the derivative by the output's sum, on an output layer of"
                           f" {' then '.join(entry.name for entry in chain)}, whose slope is no formula of its"
                           f" output alone nor fused with {loss.name}; write the formula it returns in the"
                           " notation's names")
    activation = sympy_activation(last)
    if same_at_output(last):
        return lambda a, y: loss_gradient(loss, a, y, units) * activation.derivative(a, activation.value(a))
    return lambda a, y: loss_gradient(loss, a, y, units) * activation.derivative(None, a)
