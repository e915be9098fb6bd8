"""The backward pass of one step: dL/da and delta = dL/dz of every unit, as chain-rule products,
and dL/dx for the network's inputs.

The numbers come from the trace: dL/da is ``LayerTrace.grad_a`` (for a hidden layer the sum
sum_k W[k,j] delta_k, shown term by term with its total from the trace; for the output layer the
loss's derivative, shown also where the loss's fused delta a - t is what backpropagation uses),
delta is ``LayerTrace.delta`` and dL/dx is ``StepTrace.grad_x``; the factors between are the
activation derivatives written with the sample's numbers.
"""

from __future__ import annotations

from ..trace import LayerTrace, StepTrace
from .blocks import Heading, Math, Paragraph, equation
from .context import Context, LayerInfo
from .formulas import derivative_formula, fused_delta, loss_gradient, unit_numbers, unit_symbols
from .listing import Quantity, per_sample, summarised
from .overview import describe
from .pieces import TIMES, Tex, enclose, factor, num, pnum, product, terms, times, vector_items
from .symbols import SUM_K, at_sample, grad, sym


def backward_pass(ctx: Context, step: StepTrace) -> list:
    """Section "Backward pass": layers from the output back to the first."""
    blocks = [Heading(3, "Backward pass"),
              Paragraph(["Each sample's delta = dL/dz for its own loss, from the output layer back."])]
    for index in range(len(ctx.layers) - 1, -1, -1):
        info, layer = ctx.layers[index], step.layers[index]
        following = (ctx.layers[index + 1], step.layers[index + 1]) if index + 1 < len(ctx.layers) else None
        blocks.append(Heading(4, describe(info, following is None)))
        quantities = [Quantity(grad(sym("a", info.number)), layer.grad_a),
                      Quantity(sym("delta", info.number), layer.delta)]
        if following is None and ctx.fused:
            blocks.append(Paragraph([f"With {ctx.loss.description} after {info.activations[-1].name} the delta is"
                                     " the fused one; dL/da, which it does not need, is listed for the record."]))
        if not ctx.per_unit(info):
            blocks += summarised(ctx, step, quantities)
            continue

        def detail(row, info=info, layer=layer, following=following):
            fused = following is None and ctx.fused
            equations = [equation(at_sample(grad(sym("a", info.number)), step.samples[row]),
                                  vector_items(layer.grad_a[row]))] if fused else []
            for unit in range(info.units):
                if not fused:  # a fused delta does not use dL/da: its values are listed above
                    equations.append(_grad_a_equation(ctx, info, layer, step, row, unit, following))
                equations.append(_delta_equation(ctx, info, layer, step, row, unit))
            return [Math(equations)]

        blocks += per_sample(ctx, step, detail, quantities)
    if step.grad_x is not None:
        blocks += _inputs(ctx, step)
    return blocks


def _inputs(ctx: Context, step: StepTrace) -> list:
    """dL/dx_i = sum_k W1[k,i] delta1[k] for the network's inputs."""
    info, layer = ctx.layers[0], step.layers[0]
    blocks = [Heading(4, f"Inputs: {info.inputs} inputs x of layer 1")]
    quantities = [Quantity(grad(sym("x")), step.grad_x, "inputs")]
    if not ctx.per_weight(info):
        return blocks + summarised(ctx, step, quantities)

    def detail(row):
        equations = []
        for i in range(info.inputs):
            sides = [SUM_K + sym("W", 1, "k", i) + " " + sym("delta", 1, "k"),
                     terms([times(layer.weights_before[k, i], layer.delta[row, k])
                            for k in range(info.units) if info.connected(k, i)]) or [num(0)]]
            equations.append(equation(grad(sym("x", None, i)), *sides, num(step.grad_x[row, i])))
        return [Math(equations)]

    return blocks + per_sample(ctx, step, detail, quantities)


def _grad_a_equation(ctx: Context, info: LayerInfo, layer: LayerTrace, step: StepTrace, row: int, unit: int,
                     following):
    """dL/da_j: the loss derivative (output layer) or sum_k W[k,j] delta_k (hidden layer)."""
    n, a = info.number, sym("a", info.number, unit)
    if following is None:
        target = sym(ctx.target_letter, None, unit)
        sides = [loss_gradient(ctx.loss, info.units, a, target),
                 loss_gradient(ctx.loss, info.units, layer.a[row, unit], step.targets[row, unit])]
    else:
        next_info, next_layer = following
        sides = [SUM_K + sym("W", n + 1, "k", unit) + " " + sym("delta", n + 1, "k")]
        if next_info.units <= ctx.limits.units:
            sides.append(terms([times(next_layer.weights_before[k, unit], next_layer.delta[row, k])
                                for k in range(next_info.units) if next_info.connected(k, unit)])
                         or [num(0)])
    return equation(grad(a), *sides, num(layer.grad_a[row, unit]))


def _delta_equation(ctx: Context, info: LayerInfo, layer: LayerTrace, step: StepTrace, row: int, unit: int):
    """delta_j = (outer factor) * f'(...) * ... = numbers = value, back through the activation chain."""
    values = info.values(layer)
    last = len(info.activations)
    outer, outer_numbers = _outer_factor(ctx, info, layer, step, row, unit)
    # The fused and the row-wise (Jacobian) factors already cover the last activation.
    output = info is ctx.layers[-1]
    start = last - 1 if (output and ctx.fused) or not info.activations[-1].elementwise else last
    symbolic, tail = [outer], Tex("", "")
    for position in range(start, 0, -1):
        activation = info.activations[position - 1]
        symbols = {"z": lambda index, p=position: info.value(p - 1, index),
                   "a": lambda index, p=position: info.value(p, index)}
        symbolic.append(factor(derivative_formula(activation, unit_symbols(symbols, unit))))
        numbers = unit_numbers({"z": values[position - 1][row, unit], "a": values[position][row, unit]})
        tail = tail + TIMES + factor(derivative_formula(activation, numbers))
    if tail.text:  # more factors follow: the first one needs parentheses if it is a difference
        outer_numbers = [factor(outer_numbers[0])] if len(outer_numbers) == 1 else outer_numbers
        symbolic[0] = factor(symbolic[0])
    numbers = enclose(outer_numbers, "", tail)
    return equation(sym("delta", info.number, unit), product(*symbolic), numbers, num(layer.delta[row, unit]))


def _outer_factor(ctx: Context, info: LayerInfo, layer: LayerTrace, step: StepTrace, row: int, unit: int):
    """The first chain-rule factor as (symbols, number items): fused a - t, a Jacobian product, or dL/da."""
    n = info.number
    a, target = sym("a", n, unit), sym(ctx.target_letter, None, unit)
    if info is ctx.layers[-1] and ctx.fused:  # the loss's fused delta: dL/dz_j = a_j - t_j (/ ln 2)
        return fused_delta(ctx.loss, a, target), [fused_delta(ctx.loss, layer.a[row, unit],
                                                              step.targets[row, unit])]
    if not info.activations[-1].elementwise:  # a row-wise activation, no fused loss: J^T dL/da
        symbolic = a + "(" + grad(a) + " - " + SUM_K + grad(sym("a", n, "k")) + " " + sym("a", n, "k") + ")"
        items = terms([times(layer.grad_a[row, k], layer.a[row, k]) for k in range(info.units)])
        before = pnum(layer.a[row, unit]) + "(" + pnum(layer.grad_a[row, unit]) + " - ("
        return symbolic, enclose(items, before, "))")
    return grad(a), [pnum(layer.grad_a[row, unit])]
