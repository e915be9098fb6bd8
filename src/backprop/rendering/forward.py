"""The forward pass and the loss of one step, written out per layer, sample and unit."""

from __future__ import annotations

from ..trace import LayerTrace, StepTrace
from .blocks import Heading, Math, Paragraph, equation
from .context import Context, LayerInfo
from .formulas import (activation_formula, broken, indexed_symbols, loss_formula, loss_terms, unit_numbers,
                       unit_symbols)
from .listing import Quantity, per_sample, summarised
from .overview import describe
from .pieces import Tex, num, scaled, signed_terms, terms, times, vector_items
from .symbols import (
    LOSS,
    SUM_I,
    at_sample,
    formula_symbols,
    fraction,
    layer_input,
    sample_loss,
    sym,
)


def forward_pass(ctx: Context, step: StepTrace) -> list:
    """Section "Forward pass": each layer's z and a for the step's samples."""
    blocks = [Heading(3, "Forward pass")]
    for info, layer in zip(ctx.layers, step.layers, strict=True):
        blocks.append(Heading(4, describe(info, info is ctx.layers[-1])))
        if info.masked and ctx.per_unit(info):
            blocks.append(Paragraph(["Weights removed by the mask (no connection) are left out"
                                     " of the sums."]))
        quantities = [Quantity(info.value(p), values) for p, values in enumerate(info.values(layer))]
        if info.number == 1:
            quantities.insert(0, Quantity(sym("x"), layer.inputs, "inputs"))
        if not ctx.per_unit(info):
            blocks += summarised(ctx, step, quantities)
            continue
        def detail(row, info=info, layer=layer):
            return [Math(_unit_equations(ctx, info, layer, row))]

        blocks += per_sample(ctx, step, detail, quantities)
    return blocks


def _unit_equations(ctx: Context, info: LayerInfo, layer: LayerTrace, row: int) -> list:
    """x (layer 1), then for each unit z_j and each value along its activation chain."""
    equations = []
    if info.number == 1:
        limit = None if info.inputs <= ctx.limits.inputs else ctx.limits.preview
        equations.append(equation(sym("x"), vector_items(layer.inputs[row], limit)))
    for unit in range(info.units):
        equations.append(_z_equation(ctx, info, layer, row, unit))
        equations += _activation_equations(info, layer, row, unit)
    return equations


def _z_equation(ctx: Context, info: LayerInfo, layer: LayerTrace, row: int, unit: int):
    """z_j = sum_i W[j,i] a_prev[i] + b_j = (w)(a) + ... + b = value."""
    n = info.number
    bias = {"neuron": sym("b", n, unit), "shared": sym("b", n), "none": None}[info.bias]
    symbolic = SUM_I + sym("W", n, unit, "i") + " " + layer_input(n, "i") + (" + " + bias if bias else "")
    sides = [info.value(0, unit), symbolic]
    if info.inputs <= ctx.limits.inputs:
        items = terms([times(layer.weights_before[unit, i], layer.inputs[row, i])
                       for i in range(info.inputs) if info.connected(unit, i)])
        if layer.biases_before is not None:
            value = layer.biases_before if layer.biases_before.ndim == 0 else layer.biases_before[unit]
            items += signed_terms([0.0, value])[1:] if items else [num(value)]
        sides.append(items or [num(0)])
    sides.append(num(layer.z[row, unit]))
    return equation(*sides)


def _activation_equations(info: LayerInfo, layer: LayerTrace, row: int, unit: int) -> list:
    """Each activation of the chain: out_j = f(in_j) = f(numbers) = value (numbers: element-wise only)."""
    values = info.values(layer)
    equations = []
    for position, activation in enumerate(info.activations, start=1):
        symbols = {"z": lambda index, p=position: info.value(p - 1, index),
                   "a": lambda index, p=position: info.value(p, index)}
        value = num(values[position][row, unit])
        sides = [info.value(position, unit), activation_formula(activation, unit_symbols(symbols, unit))]
        if activation.elementwise:
            numbers = activation_formula(activation, unit_numbers({"z": values[position - 1][row, unit]}))
            if numbers.text != value.text:
                sides.append(numbers)
        equations.append(equation(*sides, value))
    return equations


# -- the loss -------------------------------------------------------------------------------------


def loss_section(ctx: Context, step: StepTrace) -> list:
    """Section "Loss": each sample's loss from its output and target, then the step's loss."""
    info, layer = ctx.layers[-1], step.layers[-1]
    target = sym(ctx.target_letter)
    blocks = [Heading(3, "Loss")]
    for row in ctx.detailed(step):
        sample = step.samples[row]
        blocks.append(Math([equation(at_sample(target, sample), vector_items(step.targets[row])),
                            _sample_loss_equation(ctx, info, layer, step, row)]))
    listed = ctx.listed(step)
    if len(listed):
        names = ", ".join(sample_loss(step.samples[row]).text for row in listed)
        blocks += [Paragraph([f"The other samples' losses, {names}:"]),
                   Math([equation(Tex("", ""), vector_items(step.sample_losses[row] for row in listed))])]
    blocks.append(Math([_step_loss_equation(ctx, step)]))
    return blocks


def _sample_loss_equation(ctx: Context, info: LayerInfo, layer: LayerTrace, step: StepTrace, row: int):
    """L_s = formula = (terms with symbols) = (terms with numbers) = value."""
    loss, last, letter = ctx.loss, info.number, ctx.target_letter
    formula = loss_formula(loss, info.units, indexed_symbols(formula_symbols({"a": ("a", last),
                                                                              letter: (letter, None)})))
    sides = [sample_loss(step.samples[row]), broken(formula)]
    if info.units <= ctx.limits.units:
        targets, outputs = step.targets[row], layer.a[row]
        scale, symbolic, shortened = loss_terms(loss, targets, [sym("a", last, j) for j in range(info.units)],
                                                outputs)
        if shortened:  # some terms left out or shortened (t = 0 or 1): -ln(a2[c]) says which remain
            sides.append(scaled(scale, terms(symbolic) or [num(0)]))
        scale, written, _ = loss_terms(loss, targets, list(outputs), outputs)
        sides.append(scaled(scale, terms(written) or [num(0)]))
    sides.append(num(step.sample_losses[row]))
    return equation(*sides)


def _step_loss_equation(ctx: Context, step: StepTrace):
    """L = (1/n) (L_0 + L_1 + ...) = (1/n) (numbers) = value."""
    count = len(step.samples)
    scale = fraction(1, count) + " " if ctx.trace.reduction == "mean" and count > 1 else Tex("", "")
    sides = [LOSS]
    if count <= ctx.limits.samples + ctx.limits.listed:
        sides.append(scaled(scale, terms([sample_loss(s) for s in step.samples])))
        sides.append(scaled(scale, signed_terms(step.sample_losses)))
    else:
        sides.append(scale + Tex("sum_s L_s", r"\sum_s L_s"))
    sides.append(num(step.loss))
    return equation(*sides)
