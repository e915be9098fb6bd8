"""Gradients of the step's loss and the gradient-descent update of every parameter."""

from __future__ import annotations

import itertools

import numpy as np

from ..trace import LayerTrace, StepTrace
from .blocks import Equation, Heading, Math, Paragraph, equation
from .context import Context, LayerInfo
from .overview import describe, parameter_blocks
from .pieces import TIMES, Tex, num, pnum, scaled, signed_terms, terms, times
from .listing import summary_blocks
from .symbols import (
    ETA,
    LEFT_ARROW,
    SUM_J,
    SUM_S,
    eta_is,
    fraction,
    grad,
    layer_input,
    sym,
)

NO_CONNECTION = Tex("0 (no connection)", r"0 \quad \text{(no connection)}")
NOT_UPDATED = Tex("0 (no connection, not updated)", r"0 \quad \text{(no connection, not updated)}")
FROZEN = Tex(" (frozen: not updated)", r" \quad \text{(frozen: not updated)}")


def gradients(ctx: Context, step: StepTrace) -> list:
    """Section "Gradients": d(step loss)/dW and /db of every layer, summed over the samples."""
    blocks = [Heading(3, "Gradients"), Paragraph(_reduction_words(ctx, step))]
    for info, layer in zip(ctx.layers, step.layers, strict=True):
        blocks.append(Heading(4, describe(info, info is ctx.layers[-1])))
        if ctx.per_weight(info):
            weights = [_weight_gradient(ctx, info, layer, step, j, i)
                       for j in range(info.units) for i in range(info.inputs)]
            blocks.append(Math(weights + _bias_gradients(ctx, info, layer, step)))
            continue
        preview = [_weight_gradient(ctx, info, layer, step, 0, i)
                   for i in range(min(info.inputs, ctx.limits.preview))]
        rows = [(grad(sym("W", info.number)), layer.grad_weights)]
        if layer.grad_biases is not None:
            rows.append((grad(sym("b", info.number)), layer.grad_biases))
        blocks += [Math(preview), Paragraph(["All of them (dL/dW is units x inputs):"])]
        blocks += summary_blocks(rows)
    return blocks


def _reduction_words(ctx: Context, step: StepTrace) -> list:
    count = len(step.samples)
    if count == 1:
        return ["The step has one sample, so each gradient is that sample's own."]
    if ctx.trace.reduction == "mean":
        return [f"The step's loss is the mean over its {count} samples, so each gradient is 1/{count} times"
                " the sum over the samples s of that sample's contribution."]
    return [f"The step's loss is the sum over its {count} samples, so each gradient is the sum over the"
            " samples s of that sample's contribution."]


def _scale(ctx: Context, step: StepTrace) -> Tex:
    count = len(step.samples)
    return fraction(1, count) + " " if ctx.trace.reduction == "mean" and count > 1 else Tex("", "")


def _weight_gradient(ctx: Context, info: LayerInfo, layer: LayerTrace, step: StepTrace, unit: int,
                     input_: int) -> Equation:
    """dL/dW[j,i] = (1/n) sum_s delta_j a_prev_i = (1/n) ((d)(a) + ...) = value."""
    n = info.number
    left = grad(sym("W", n, unit, input_))
    if not info.connected(unit, input_):
        return equation(left, NO_CONNECTION)
    scale = _scale(ctx, step)
    sides = [left, scale + SUM_S + sym("delta", n, unit) + " " + layer_input(n, input_)]
    if len(step.samples) <= ctx.limits.samples:
        sides.append(scaled(scale, terms([times(layer.delta[row, unit], layer.inputs[row, input_])
                                          for row in range(len(step.samples))])))
    return equation(*sides, num(layer.grad_weights[unit, input_]))


def _bias_gradients(ctx: Context, info: LayerInfo, layer: LayerTrace, step: StepTrace) -> list:
    """dL/db_j = (1/n) sum_s delta_j; a shared bias sums over the units too."""
    if layer.grad_biases is None:
        return []
    n, scale, count = info.number, _scale(ctx, step), len(step.samples)
    shared = layer.grad_biases.ndim == 0
    units = range(info.units) if shared else None
    equations = []
    for unit in [None] if shared else range(info.units):
        delta = sym("delta", n, "j" if shared else unit)
        sides = [grad(sym("b", n) if shared else sym("b", n, unit)),
                 scale + SUM_S + (SUM_J if shared else "") + delta]
        pairs = [(row, j) for row in range(count) for j in (units if shared else [unit])]
        if len(pairs) <= ctx.limits.units:
            sides.append(scaled(scale, signed_terms(layer.delta[row, j] for row, j in pairs)))
        value = layer.grad_biases if shared else layer.grad_biases[unit]
        equations.append(equation(*sides, num(value)))
    return equations


# -- updates ----------------------------------------------------------------------------------------


def updates(ctx: Context, step: StepTrace) -> list:
    """Section "Updates": p <- p - eta * dL/dp for every weight and bias (large layers: the first few)."""
    eta = ctx.trace.learning_rate
    blocks = [Heading(3, "Updates"), Paragraph([
        "Every parameter moves against its gradient:",
        Tex("p <- p - eta * dL/dp", r"p \leftarrow p - \eta \frac{\partial L}{\partial p}"), "with",
        eta_is(eta), "."])]
    for info, layer in zip(ctx.layers, step.layers, strict=True):
        blocks.append(Heading(4, describe(info, info is ctx.layers[-1])))
        if ctx.per_weight(info):
            blocks.append(Math([_update(ctx, info, *parameter) for parameter in _parameters(info, layer)]))
            continue
        # only the preview: a 784-input layer has 100,352 weights, and listing them all cost 0.7 s
        preview = [_update(ctx, info, *parameter)
                   for parameter in itertools.islice(_parameters(info, layer), ctx.limits.preview)]
        blocks.append(Math(preview))
        blocks += parameter_blocks(ctx, info, layer.weights, layer.biases, "After the update")
    return blocks


def _parameters(info: LayerInfo, layer: LayerTrace):
    """(symbol, index or None, before, gradient, after, kind) for every weight, then every bias."""
    n = info.number
    for (j, i), before in np.ndenumerate(layer.weights_before):
        yield sym("W", n, j, i), (j, i), before, layer.grad_weights[j, i], layer.weights[j, i], "weights"
    if layer.biases is None:
        return
    if layer.biases.ndim == 0:
        yield sym("b", n), None, layer.biases_before, layer.grad_biases, layer.biases, "biases"
        return
    for j in range(info.units):
        yield sym("b", n, j), None, layer.biases_before[j], layer.grad_biases[j], layer.biases[j], "biases"


def _update(ctx: Context, info: LayerInfo, symbol: Tex, index, before, gradient, after, kind: str) -> Equation:
    """p <- p - eta * dL/dp = old - eta * (g) = new; a weight the mask removes stays 0, a frozen
    parameter stays as it is (its gradient is in the Gradients section)."""
    if index is not None and not info.connected(*index):
        return equation(symbol, NOT_UPDATED)
    if kind in info.frozen:
        return equation(symbol, num(after) + FROZEN)
    eta = ctx.trace.learning_rate
    eta_number = Tex(f"{eta:g}", f"{eta:g}")
    return equation(symbol, symbol + " - " + ETA + TIMES + grad(symbol),
                    num(before) + " - " + eta_number + TIMES + pnum(gradient), num(after),
                    relations=[LEFT_ARROW])


def parameters_after(ctx: Context, step: StepTrace) -> list:
    """Section "Parameters after step k" for the layers small enough to list (the rest: see Updates)."""
    blocks = []
    for info, layer in zip(ctx.layers, step.layers, strict=True):
        if ctx.per_weight(info):
            blocks += parameter_blocks(ctx, info, layer.weights, layer.biases)
    return [Heading(3, f"Parameters after step {step.step}"), *blocks] if blocks else []
