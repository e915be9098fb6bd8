"""The top of a worked solution, written once: the network, the notation and the settings."""

from __future__ import annotations

from pathlib import Path

from ..problem import WEIGHTS_LAYOUTS

from .blocks import Heading, Math, Paragraph, Table, equation
from .context import Context, LayerInfo
from .formulas import (activation_formula, broken, derivative_formula, fused_delta, loss_formula, loss_gradient,
                       uses_brackets)
from .pieces import Tex, num, plural, vector_items
from .listing import json_note, summary_blocks
from .symbols import SUM_I, eta_is, grad, layer_input, sym

_BIAS_WORDS = {"neuron": "a bias per unit", "shared": "one bias shared by all units", "none": "no bias"}


def overview(ctx: Context) -> list:
    """Title, network table, formulas, conventions, settings and the initial parameters."""
    problem = ctx.problem
    title = problem.title or Path(problem.path).stem
    blocks = [Heading(1, f"Worked solution: {title}"),
              Paragraph([f"Problem file {Path(problem.path).name}."
                         + (f" {problem.description}" if problem.description else "")]),
              Heading(2, "Network and notation"),
              _layer_table(ctx)]
    if ctx.summarising:
        blocks.append(json_note(ctx, f"Layers with more than {ctx.limits.units} units or"
                                     f" {ctx.limits.inputs} inputs are summarised (shape, min, max, mean,"
                                     " norm and the first entries)"))
    blocks += _layout_note(ctx)
    blocks += _activation_formulas(ctx)
    blocks += _loss_formulas(ctx)
    blocks.append(_conventions(ctx))
    blocks.append(_settings(ctx))
    blocks.append(Heading(3, "Initial parameters"))
    for info, layer in zip(ctx.layers, ctx.trace.steps[0].layers, strict=True):
        blocks += parameter_blocks(ctx, info, layer.weights_before, layer.biases_before)
    return blocks


def describe(info: LayerInfo, last: bool) -> str:
    """``Layer 2 (output): 3 inputs -> 1 unit, <activations>, a bias per unit``."""
    role = " (output)" if last else ""
    frozen = f", {' and '.join(sorted(info.frozen))} frozen" if info.frozen else ""
    return (f"Layer {info.number}{role}: {info.inputs} inputs -> {plural(info.units, 'unit')}, "
            f"{' then '.join(a.describe() for a in info.activations)}, {_BIAS_WORDS[info.bias]}{frozen}")


def _layer_table(ctx: Context) -> Table:
    rows = []
    for info in ctx.layers:
        connections = "all" if not info.masked else f"{info.units * info.inputs - info.masked} of " \
                                                    f"{info.units * info.inputs} (mask)"
        rows.append([str(info.number), str(info.inputs), str(info.units),
                     ", ".join(a.describe() for a in info.activations), info.bias, connections])
    return Table(["layer", "inputs", "units", "activation", "bias", "connections"], rows)


def _layout_note(ctx: Context) -> list:
    """Said once: layers whose file writes the weights inputs x units are shown units x inputs too."""
    layers = [str(number) for number, spec in enumerate(ctx.problem.layers, start=1)
              if spec.weights_layout != WEIGHTS_LAYOUTS[0]]
    if not layers:
        return []
    which = f"layer{'s' if len(layers) > 1 else ''} {' and '.join(layers)}"
    return [Paragraph([f"The problem file writes the weights of {which} {WEIGHTS_LAYOUTS[1]}"
                       f" (weights_layout); this solution shows every W as {WEIGHTS_LAYOUTS[0]}, as"
                       " everywhere:", sym("W", int(layers[0]), "j", "i"), "connects input i to unit j."])]


def _activation_formulas(ctx: Context) -> list:
    """Each activation used, once: f(z) and f'(z) as the registry writes them."""
    seen = list(dict.fromkeys(activation for info in ctx.layers for activation in info.activations))
    equations = []
    for activation in seen:
        name = activation.name
        given = "".join(f"; {key}={value:g}" for key, value in activation.values.items())
        given_latex = "".join(rf";\ \mathrm{{{key}}}={value:g}" for key, value in activation.values.items())
        f = Tex(f"{name}(z{given})", f"{activation.latex}(z{given_latex})")
        formula = activation_formula(activation)
        if formula.text != f.text:  # f(z) = f(z) would say nothing
            equations.append(equation(f, formula))
        prime = Tex(f"{name}'(z{given})", f"{activation.latex}'(z{given_latex})")
        if not activation.elementwise:  # a row-wise activation: da_j/dz_k, a Jacobian
            prime = Tex("da_j/dz_k", r"\frac{\partial a_j}{\partial z_k}")
        equations.append(equation(prime, derivative_formula(activation)))
    words = "Activations (a is the output f(z)"
    words += "; [c] is 1 where c holds, else 0):" if any(uses_brackets(a) for a in seen) else "):"
    return [Paragraph([words]), Math(equations)]


def _loss_formulas(ctx: Context) -> list:
    loss, outputs = ctx.loss, ctx.layers[-1].units
    output, target = Tex("a_j", "a_j"), Tex(f"{ctx.target_letter}_j", f"{ctx.target_letter}_j")
    formula = equation(Tex("L", "L"), broken(loss_formula(loss, outputs)))
    if ctx.fused:
        last = ctx.layers[-1].activations[-1].name
        note = [f"With a {last} output and {loss.description} the output delta is",
                Tex("dL/dz_j = ", r"\frac{\partial L}{\partial z_j} = ") + fused_delta(loss, output, target), "."]
    else:
        derivative = Tex("dL/da_j = ", r"\frac{\partial L}{\partial a_j} = ")
        note = ["Its derivative:", derivative + loss_gradient(loss, outputs, output, target), "."]
    return [Paragraph([f"Loss of one sample ({loss.description}):"]), Math([formula]),
            Paragraph(note)]


def _conventions(ctx: Context) -> Paragraph:
    last = ctx.layers[-1].number
    w, x, b = sym("W", last, "j", "i"), layer_input(last, "i"), sym("b", last, "j")
    z, delta = sym("z", last, "j"), sym("delta", last, "j")
    loss_s = Tex("L_s", "L_s")
    return Paragraph([
        w, "connects input i to unit j of layer", f"{last};", "per sample", Tex("z = W a_prev + b",
                                                                            r"z = W a_{\mathrm{prev}} + b"),
        ", that is", z + " = " + SUM_I + w + " " + x + " + " + b, ", and", Tex("a = f(z)", "a = f(z)"),
        ". The input of layer 1 is", Tex("x", "x"), ". Indices start at 0.", loss_s,
        f"is the loss of sample s; the step's loss L is the {ctx.trace.reduction} of the", loss_s,
        "over the step's samples.", delta, "=", grad(z), "is taken for each sample's own loss, and the"
        " gradient of L sums over the samples s", "(times 1/n for the mean)" if ctx.trace.reduction == "mean"
        else "", ". Every parameter is updated as", Tex("p <- p - eta * dL/dp", r"p \leftarrow p - \eta\,"
                                                         r"\frac{\partial L}{\partial p}"), "."])


def _settings(ctx: Context) -> Paragraph:
    trace, count = ctx.trace, len(ctx.problem.x)
    batch = "full batch" if trace.batch_size == count else f"batch size {trace.batch_size}"
    return Paragraph(["Learning rate", eta_is(trace.learning_rate),
                      f"; {plural(count, 'sample')}, {batch}; the step loss is the {trace.reduction} over the"
                      f" step's samples; {plural(len(trace.steps), 'step')}."])


def parameter_blocks(ctx: Context, info: LayerInfo, weights, biases, title: str = "") -> list:
    """A layer's weights row by row and its biases, or their summary for a large layer."""
    title = title or f"Layer {info.number}"
    if not ctx.per_weight(info):
        rows = [(sym("W", info.number), weights)]
        if biases is not None:
            rows.append((sym("b", info.number), biases))
        return [Paragraph([f"{title} (W is units x inputs):"]), *summary_blocks(rows)]
    blocks = [Paragraph([f"{title}:"])]
    equations = [equation(sym("W", info.number, j, ":"), vector_items(row)) for j, row in enumerate(weights)]
    if biases is not None:
        value = vector_items(biases) if biases.ndim else num(float(biases))
        equations.append(equation(sym("b", info.number), value))
    return blocks + [Math(equations)]
