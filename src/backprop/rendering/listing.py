"""Per-sample scaffolding shared by the forward and backward passes.

Every section works the same way on a layer: the first samples of the step in detail (equations,
written by the section), the next ones as a table of value vectors, the rest counted; a layer too
large for per-unit equations gets a summary table and the first entries instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..trace import StepTrace
from .blocks import Code, Heading, Math, Paragraph, Table, equation, table_width
from .context import Context
from .pieces import Tex, num, vector, vector_items
from .symbols import at_sample


@dataclass(frozen=True)
class Quantity:
    """One quantity of a layer per sample: its symbol (no index), its array (samples x axis)."""

    symbol: Tex
    array: np.ndarray
    axis: str = "units"


def sample_heading(ctx: Context, step: StepTrace, row: int) -> Heading:
    """``Sample 2 (class dog)`` for the batch position ``row``."""
    sample = step.samples[row]
    label = ctx.class_name(sample)
    return Heading(5, f"Sample {sample}" + (f" (class {label})" if label is not None else ""))


def per_sample(ctx: Context, step: StepTrace, detail: Callable[[int], list],
               quantities: list[Quantity]) -> list:
    """``detail(row)`` for the detailed samples, then the listed samples' values, then a count."""
    blocks = []
    for row in ctx.detailed(step):
        blocks += [sample_heading(ctx, step, row), *detail(row)]
    if len(ctx.listed(step)):
        blocks += [Paragraph(["The other samples work the same way; their values:"]),
                   _listed(ctx, step, quantities)]
    if ctx.omitted(step):
        blocks.append(json_note(ctx, f"{ctx.omitted(step)} more samples are not listed"))
    return blocks


def _listed(ctx: Context, step: StepTrace, quantities: list[Quantity]):
    """A table with a row per sample where it fits the line width, else one equation per vector."""
    rows = ctx.listed(step)
    table = Table(["sample", *(q.symbol for q in quantities)],
                  [[str(step.samples[row]), *(vector(q.array[row]) for q in quantities)] for row in rows])
    if table_width(table) <= ctx.width:
        return table
    return Math([equation(at_sample(q.symbol, step.samples[row]), vector_items(q.array[row]))
                 for row in rows for q in quantities])


def summarised(ctx: Context, step: StepTrace, quantities: list[Quantity]) -> list:
    """A large layer: a table of each quantity over the step's samples and the first sample's entries."""
    first = step.samples[0]
    shapes = "; ".join(f"{q.symbol.text} is samples x {q.axis}" for q in quantities if q.axis != "units")
    table = stats_table([(q.symbol, q.array) for q in quantities])
    preview = Math([equation(at_sample(q.symbol, first), vector_items(q.array[0], ctx.limits.preview))
                    for q in quantities])
    shape = "each array is samples x units" + (f"; {shapes}" if shapes else "")
    return [Paragraph([f"Over the step's samples ({shape}):"]), table,
            Paragraph([f"The first entries for sample {first}:"]), preview]


# Summaries of arrays too large to write out: shape, min, max, mean, norm.

def shape_text(array: np.ndarray) -> str:
    """``4 x 128``; a scalar is ``1``."""
    array = np.asarray(array)
    return " x ".join(str(size) for size in array.shape) or "1"


def stats_table(rows: list[tuple[Tex, np.ndarray]]) -> Table:
    """One row per array: its symbol, shape, min, max, mean and Euclidean norm."""
    body = []
    for symbol, array in rows:
        array = np.asarray(array, dtype=np.float64)
        body.append([symbol, shape_text(array), num(array.min()), num(array.max()),
                     num(array.mean()), num(np.sqrt((array * array).sum()))])
    return Table(["", "shape", "min", "max", "mean", "norm"], body)


def summary_blocks(rows: list[tuple[Tex, np.ndarray]]) -> list:
    """The statistics table of the arrays among ``rows``; a scalar (a shared bias) is just written."""
    arrays = [(symbol, array) for symbol, array in rows if np.ndim(array)]
    scalars = [equation(symbol, num(float(array))) for symbol, array in rows if not np.ndim(array)]
    return ([stats_table(arrays)] if arrays else []) + ([Math(scalars)] if scalars else [])


def json_note(ctx: Context, what: str) -> Paragraph:
    """``what``, and where to find the numbers it leaves out."""
    return Paragraph([f"{what}; every number is in the JSON trace:", Code(ctx.json_hint), "."])
