"""Plain-text tables of classification results, for the terminal: aligned, no colour."""

from __future__ import annotations

import numpy as np

from .metrics import ClassScores


def _percent(value: float) -> str:
    return "-" if np.isnan(value) else f"{100 * value:.2f}%"


def scores_table(scores: ClassScores, classes: list[str]) -> str:
    """One row per class: precision, recall, support."""
    width = max(5, *(len(name) for name in classes))
    lines = [f"{'class':>{width}}  {'precision':>9}  {'recall':>8}  {'support':>7}"]
    for name, precision, recall, support in zip(classes, scores.precision, scores.recall,
                                                scores.support):
        lines.append(f"{name:>{width}}  {_percent(precision):>9}  {_percent(recall):>8}  {support:>7,d}")
    return "\n".join(lines)


def confusion_table(matrix: np.ndarray, classes: list[str]) -> str:
    """The confusion matrix with class names: rows are true classes, columns predicted ones."""
    width = max(len(f"{matrix.max():,d}") if matrix.size else 1, *(len(name) for name in classes))
    label = max(len("true"), *(len(name) for name in classes))
    lines = ["rows: true class, columns: predicted class",
             f"{'true':>{label}} " + " ".join(f"{name:>{width}}" for name in classes)]
    for name, row in zip(classes, matrix):
        lines.append(f"{name:>{label}} " + " ".join(f"{count:>{width},d}" for count in row))
    return "\n".join(lines)
