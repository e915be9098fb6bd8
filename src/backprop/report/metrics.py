"""Classification metrics from true and predicted class indices, and their plain-text tables.

The confusion matrix has a row per true class and a column per predicted class: ``matrix[i, j]`` is
the number of samples of class i predicted as j. Precision of class j is the share of samples
predicted as j that are j (column j); recall of class i is the share of samples of class i
predicted as i (row i). A class never predicted has no precision, one absent from the data no
recall: those are NaN, not 0, so a report can show them as undefined.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def confusion_matrix(true: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """Counts of (true, predicted) pairs.

    true, predicted : int arrays (samples,) of class indices in 0 .. classes-1.
    Returns int64 (classes, classes); it sums to the number of samples.
    """
    true = np.asarray(true, np.int64)
    predicted = np.asarray(predicted, np.int64)
    if true.shape != predicted.shape:
        raise ValueError(f"{true.shape[0]} true classes but {predicted.shape[0]} predictions")
    return np.bincount(true * classes + predicted, minlength=classes * classes).reshape(classes, classes)


@dataclass
class ClassScores:
    """Per-class numbers from a confusion matrix; arrays of shape (classes,)."""

    precision: np.ndarray
    recall: np.ndarray
    support: np.ndarray
    accuracy: float


def class_scores(matrix: np.ndarray) -> ClassScores:
    """Precision, recall (NaN where undefined), support (samples per true class) and accuracy."""
    matrix = np.asarray(matrix, np.float64)
    hits = np.diag(matrix)
    predicted, support = matrix.sum(axis=0), matrix.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, hits / predicted, np.nan)
        recall = np.where(support > 0, hits / support, np.nan)
    total = matrix.sum()
    return ClassScores(precision=precision, recall=recall, support=support.astype(np.int64),
                       accuracy=float(hits.sum() / total) if total else float("nan"))


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
