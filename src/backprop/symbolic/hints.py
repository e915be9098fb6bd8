"""Hints for a wrong derivative: the common kinds of mistake, each recognised from numbers.

Every detector looks at the formula's values and the true values at the same random points (for
``--update``, at the gradient the update implies, (w - new w) / eta) and either names the mistake or
says nothing. They run in order; each detector is one entry of ``DETECTORS``:

* a constant factor between the two: 2 or 1/2 (squared versus half squared error), -1 (a sign),
  ln 2 (a logarithm in the wrong base), or any other constant;
* only the diagonal a_c (1 - a_c) of a row-wise output activation's Jacobian;
* only the path through one output unit (a missing sum over the output units), or through one unit
  of a shared bias's own layer;
* only the path through one unit of a hidden layer (a missing sum over that layer);
* a wrong activation derivative (sigma for sigma', sigma^2, 1, the derivative of another activation);
* the derivative of another parameter of the same layer: indices swapped (input-first for
  output-first) or counted from 1 instead of 0;
* an update without the learning rate, or one that uses the next layer's already-updated weights.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
import sympy as sp

from ..expression import Num, one_unit, simplified, spell, substitute, symbol
from .calculus import NetworkCalculus
from .derivation import Deriver
from .functions import sympy_activation, to_sympy
from .printing import text
from .quantities import NetworkSymbols, Parameter

RELATIVE = 1e-7
MAX_PARAMETERS_COMPARED = 64


@dataclass
class HintContext:
    """What the detectors see.

    Attributes
    ----------
    symbols, parameter : the network and the parameter checked.
    update : True when the formula was an update (--update).
    formula : the formula's values at the points (for --update: the implied gradient).
    truth : the true dL/d(parameter) at the points.
    evaluate : expression in network quantities -> its values at the same points.
    raw_formula : the formula's own values at the points (the new value with --update).
    parameter_values, eta_values : the parameter and eta at the points.
    """

    symbols: NetworkSymbols
    parameter: Parameter
    update: bool
    formula: np.ndarray
    truth: np.ndarray
    evaluate: Callable[[sp.Expr], np.ndarray]
    raw_formula: np.ndarray
    parameter_values: np.ndarray
    eta_values: np.ndarray


def _close(first: np.ndarray, second: np.ndarray) -> bool:
    if not (np.all(np.isfinite(first)) and np.all(np.isfinite(second))):
        return False
    return bool(np.all(np.abs(first - second) <= RELATIVE * (np.abs(first) + np.abs(second)) + 1e-300))


def _constant_ratio(context: HintContext) -> float | None:
    usable = np.abs(context.truth) > 1e-12 * max(1.0, float(np.max(np.abs(context.truth))))
    if usable.sum() < 2 or not np.all(np.isfinite(context.formula)):
        return None
    ratios = context.formula[usable] / context.truth[usable]
    if not np.all(np.abs(context.formula[~usable]) <= 1e-9 * max(1.0, float(np.max(np.abs(context.formula))))):
        return None
    first = ratios[0]
    if np.all(np.abs(ratios - first) <= 1e-7 * abs(first)) and abs(first - 1) > 1e-7:
        return float(first)
    return None


_LN2 = math.log(2)

_RATIOS: list[tuple[float, str]] = [
    (2.0, "it is twice the true derivative: an extra factor 2. Only the squared error L = (y - a)^2 gives"
          " dL/da = 2(a - y); the half squared error 1/2 (y - a)^2 gives (a - y)"),
    (0.5, "it is half the true derivative: a missing factor 2. The squared error L = (y - a)^2 gives"
          " dL/da = 2(a - y); only the half squared error 1/2 (y - a)^2 gives (a - y)"),
    (-1.0, "it has the wrong sign: dL/da = 2(a - y) = -2(y - a); check each minus sign"),
    (-2.0, "it has the wrong sign and an extra factor 2 (compare dL/da = 2(a - y) for (y - a)^2 with"
           " (a - y) for 1/2 (y - a)^2)"),
    (-0.5, "it has the wrong sign and a missing factor 2 (dL/da = 2(a - y) for L = (y - a)^2)"),
    (_LN2, "it differs by the factor ln 2: a logarithm in the wrong base; d/du log2(u) = 1/(u ln 2),"
           " d/du ln(u) = 1/u"),
    (1 / _LN2, "it differs by the factor 1/ln 2: a logarithm in the wrong base; d/du log2(u) ="
               " 1/(u ln 2), d/du ln(u) = 1/u"),
]


def constant_factor(context: HintContext) -> str | None:
    ratio = _constant_ratio(context)
    if ratio is None:
        return None
    if context.update and abs(ratio + 1) < 1e-7:
        return ("the update goes uphill: it adds eta*dL/dw where gradient descent subtracts it,"
                " w <- w - eta*dL/dw (check the sign of dL/dw)")
    for value, message in _RATIOS:
        if abs(ratio - value) <= 1e-7 * abs(value):
            return message + (" (the file's loss is " + _loss_text(context.symbols) + ")"
                              if abs(abs(value) - 1) > 1e-9 and abs(value) in (2.0, 0.5) else "")
    return f"it is the true derivative times the constant {ratio:.6g}: a constant factor is wrong"


def _loss_text(symbols: NetworkSymbols) -> str:
    """The file's loss by name and formula: ``name, sum_j (y_j - a_j)^2`` (``(y - a)^2`` for one
    output)."""
    outputs = symbols.units(symbols.depth)
    formula = substitute(symbols.loss.formula, {"n": outputs})
    return f"{symbols.loss.name}, {spell(simplified(one_unit(formula)) if outputs == 1 else formula).text}"


def softmax_diagonal(context: HintContext) -> str | None:
    """Only the diagonal of a row-wise output activation's Jacobian (a_c (1 - a_c))."""
    symbols = context.symbols
    last = symbols.spec(symbols.depth).activations[-1]
    if last.elementwise or symbols.units(symbols.depth) < 2:
        return None
    deriver = Deriver(symbols, jacobian="diagonal")
    if deriver.index_form(context.parameter):
        return None
    diagonal = context.evaluate(deriver.gradient(context.parameter))
    if not _close(context.formula, diagonal):
        return None
    n = symbols.depth
    entry = sympy_activation(last)
    a, c = symbols.a[n], sp.Symbol("c")
    loss = symbols.loss
    fused = ""
    if loss.output_activation == last.name:
        written = spell(loss.fused_formula, lambda variable: symbol(f"a{n}[k]", "") if variable.name == "a"
                        else symbol(f"{variable.name}[k]", "")).text
        fused = f", and summed over c with {loss.description}, dL/dz{n}[k] = {written}"
    jacobian = spell(last.derivative_formula, lambda variable: symbol(
        f"a{n}[{'c' if variable.index == 'j' else 'k'}]" if variable.name == "a" else f"{variable.name}_ck", ""),
        compact=True).text
    return (f"it uses only the diagonal {text(entry.jacobian(a[c], a[c], c, c))} of the {last.name} Jacobian."
            f" Each {last.name} output depends on every z{n}[k]: da{n}[c]/dz{n}[k] = {jacobian}{fused}")


def _only_path_through(context: HintContext, layer: int) -> int | None:
    """The unit of ``layer`` whose path alone the formula follows (its dL/d of the parameter is the derivative
    through that unit, every other unit of the layer left out), or None: no such unit, or a derivative too large to
    write out path by path (index form)."""
    for unit in range(context.symbols.units(layer)):
        deriver = Deriver(context.symbols, only_unit=(layer, unit))
        if deriver.index_form(context.parameter):
            return None
        if _close(context.formula, context.evaluate(deriver.gradient(context.parameter))):
            return unit
    return None


def missing_output_sum(context: HintContext) -> str | None:
    symbols, parameter = context.symbols, context.parameter
    outputs = symbols.units(symbols.depth)
    if parameter.layer == symbols.depth or outputs < 2:
        return None
    if (unit := _only_path_through(context, symbols.depth)) is not None:
        return (f"it follows only the path through output unit {unit}: {parameter.name} reaches the"
                f" loss through every output unit, so dL/d{parameter.name} is a sum over all"
                f" {outputs} output units")
    return None


def missing_unit_sum(context: HintContext) -> str | None:
    """A shared bias feeds every unit of its layer."""
    symbols, parameter = context.symbols, context.parameter
    if parameter.kind != "b" or parameter.index or symbols.units(parameter.layer) < 2:
        return None
    deriver = Deriver(symbols)
    for unit in range(symbols.units(parameter.layer)):
        if deriver.path_count(parameter) > 4 * deriver.max_paths:
            return None
        if _close(context.formula, context.evaluate(deriver.delta(parameter.layer, unit, False))):
            return (f"it counts only unit {unit}: the shared bias b{parameter.layer} is added to every unit"
                    f" of layer {parameter.layer}, so dL/db{parameter.layer} = sum_j dL/dz{parameter.layer}[j]")
    return None


def missing_hidden_sum(context: HintContext) -> str | None:
    """The path through one unit of a later hidden layer only: the sum over that layer is missing."""
    symbols, parameter = context.symbols, context.parameter
    for layer in range(parameter.layer + 1, symbols.depth):
        if symbols.units(layer) >= 2 and (unit := _only_path_through(context, layer)) is not None:
            return (f"it follows only the path through unit {unit} of layer {layer}: {parameter.name} reaches"
                    f" the loss through every unit of layer {layer}, so its derivative sums over all"
                    f" {symbols.units(layer)} of them")
    return None


def _wrong_derivatives(activation) -> list[tuple[str, Callable]]:
    """(what the mistake is, f(z, a)) for the usual slips in the derivative of ``activation``: those
    of any activation, then the entry's own (its ``slips``)."""
    slips = [("the activation itself, a, for its derivative", lambda z, a: a),
             ("no activation derivative at all (a factor 1)", lambda z, a: sp.S.One)]
    for what, expression in activation.slips:
        slips.append((what, lambda z, a, expression=expression: to_sympy(
            expression, lambda name, index: z if name == "z" else a)))
    return slips


def wrong_activation_derivative(context: HintContext) -> str | None:
    symbols, parameter = context.symbols, context.parameter
    for layer in range(parameter.layer, symbols.depth + 1):
        chain = symbols.spec(layer).activations
        # one element-wise activation whose derivative depends on z (a constant f' has no slips)
        if len(chain) != 1 or not chain[0].elementwise or isinstance(chain[0].derivative_formula, Num):
            continue
        for what, derivative in _wrong_derivatives(chain[0]):
            deriver = Deriver(symbols, activation_derivatives={layer: derivative})
            if deriver.index_form(parameter):
                return None
            if _close(context.formula, context.evaluate(deriver.gradient(parameter))):
                return (f"its derivative of the {chain[0].name} of layer {layer} is wrong: it uses {what}")
    return None


def mixed_update(context: HintContext) -> str | None:
    """An update of layer l computed with layer l+1's weights already updated."""
    symbols, parameter = context.symbols, context.parameter
    following = parameter.layer + 1
    if not context.update or following > symbols.depth:
        return None
    calculus = NetworkCalculus(symbols)
    if calculus.deriver.index_form(parameter) or \
            symbols.units(following) * symbols.units(parameter.layer) > MAX_PARAMETERS_COMPARED:
        return None
    weights = symbols.W[following]
    updated = {weights[m, k]: calculus.stepped(weights[m, k])
               for m in range(symbols.units(following)) for k in range(symbols.units(parameter.layer))}
    mixed = calculus.deriver.gradient(parameter).xreplace(updated)
    if _close(context.formula, context.evaluate(mixed)):
        return (f"it uses the weights of layer {following} after their update: every gradient of a step is computed"
                f" with the weights before it, then all parameters are updated")
    return None


def other_parameter(context: HintContext) -> str | None:
    symbols, parameter = context.symbols, context.parameter
    layer = parameter.layer
    if symbols.units(layer) * (symbols.units(layer - 1) if parameter.kind == "W" else 1) > MAX_PARAMETERS_COMPARED:
        return None
    deriver = Deriver(symbols)
    candidates = [other for other in symbols.layer_parameters(layer) if other.kind == parameter.kind
                  and other.name != parameter.name and not other.masked]
    for other in candidates:
        if deriver.index_form(other):
            return None
        values = context.evaluate(deriver.gradient(other))
        if _close(context.formula, values) and not _close(values, context.truth):
            return (f"it is dL/d{other.name}, the derivative for another parameter: {_index_slip(parameter, other)}"
                    f" (W{parameter.layer}[j,i] connects input i to unit j, both counted from 0)")
    return None


def _index_slip(parameter: Parameter, other: Parameter) -> str:
    mine, theirs = parameter.index, other.index
    if len(mine) == 2 and mine == (theirs[1], theirs[0]):
        return "the indices are swapped, as when weights are written input-first (w_ij from i to j)"
    if all(isinstance(a, int) for a in mine + theirs) and all(b - a in (-1, 1) for a, b in zip(mine, theirs)
                                                              if a != b) and mine != theirs:
        return "an index is off by one, as when units are counted from 1 (or a bias unit is unit 0)"
    return "check the indices"


def frozen_parameter(context: HintContext) -> str | None:
    """An update of a parameter the problem file freezes: a step leaves it as it is."""
    if context.update and context.symbols.is_frozen(context.parameter):
        return (f"the problem file freezes {context.parameter.name} (its layer's frozen key): a step leaves it"
                f" unchanged, its new value is {context.parameter.name} itself")
    return None


def missing_learning_rate(context: HintContext) -> str | None:
    if not context.update:
        return None
    if _close(context.parameter_values - context.raw_formula, context.truth):
        return "the learning rate is missing: w <- w - eta*dL/dw"
    return None


DETECTORS: list[Callable[[HintContext], str | None]] = [
    frozen_parameter,
    missing_learning_rate,
    constant_factor,
    softmax_diagonal,
    missing_output_sum,
    missing_unit_sum,
    missing_hidden_sum,
    wrong_activation_derivative,
    other_parameter,
    mixed_update,
]


def find_hint(context: HintContext) -> str | None:
    """The first detector's hint, or None."""
    for detector in DETECTORS:
        hint = detector(context)
        if hint:
            return hint
    return None
