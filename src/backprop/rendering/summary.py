"""Summaries of arrays too large to write out: shape, min, max, mean, norm and the first entries."""

from __future__ import annotations

import numpy as np

from .blocks import Code, Math, Paragraph, Table, equation
from .context import Context
from .pieces import Tex, num


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
