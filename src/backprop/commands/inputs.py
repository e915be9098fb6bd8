"""What ``backprop predict`` reads: images of digits, or rows of a CSV or NPZ file.

A table may hold the features only (as many columns as the model has inputs), or the features and a
target column, as training files do (docs/data.md); then predict also shows the true class of each
row.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..data import DataError, load_rows
from ..io import Model
from .digit_image import SIDE, read_digit

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")


@dataclass
class Inputs:
    """Rows to predict: x float32 (samples, inputs); names for display; true class indices if known."""

    x: np.ndarray
    names: list[str]
    true: np.ndarray | None = None


def read_inputs(path, model: Model, target: str | None = None) -> Inputs:
    """Read ``path`` (image, .csv or .npz) as rows for ``model``; DataError (one line) if unusable.

    A table is read by the data package's one reader (backprop.data.load_rows), as train and
    evaluate read it: with a target column (found by name, or ``target``) its true classes are
    shown too; with exactly as many columns as the model has inputs, it is features only.
    """
    path = Path(path)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        if model.inputs != SIDE * SIDE:
            raise DataError(path, "file", f"an image gives {SIDE * SIDE} inputs (28 x 28 pixels) but"
                            f" the model takes {model.inputs}", "give a CSV or NPZ file of rows")
        # grey levels 0..1, on the scale of the model's training inputs (0..255 for raw pixels)
        return Inputs(model.scaling.from_unit(read_digit(path))[None, :], [path.name])
    classes = model.classes if model.task == "classification" else None
    rows = load_rows(path, features=model.inputs, target=target, task=model.task, classes=classes)
    if rows.x.shape[1] != model.inputs:
        raise DataError(path, "file", f"has {rows.x.shape[1]} features per sample but the model takes"
                        f" {model.inputs}", f"give {model.inputs} feature columns (and optionally a target)")
    true = rows.dataset.y if rows.dataset is not None and model.task == "classification" else None
    return Inputs(rows.x, rows.names, true)
