"""What ``backprop predict`` reads: images of digits, or rows of a CSV or NPZ file.

A table may hold the features only (as many columns as the model has inputs), or the features and a
target column, as training files do; then the data package's reader takes it (target found by name)
and predict also shows the true class of each row.
"""

from __future__ import annotations

import csv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..data import DataError, load_table
from ..data.table import is_number
from ..io import Model
from .digit_image import SIDE, read_digit

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")
FEATURE_ARRAYS = ("x", "X", "features")
TARGET_ARRAYS = ("y", "labels")


@dataclass
class Inputs:
    """Rows to predict: x float32 (samples, inputs); names for display; true class indices if known."""

    x: np.ndarray
    names: list[str]
    true: np.ndarray | None = None


def read_inputs(path, model: Model) -> Inputs:
    """Read ``path`` (image, .csv or .npz) as rows for ``model``; DataError (one line) if unusable."""
    path = Path(path)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        if model.inputs != SIDE * SIDE:
            raise DataError(path, "file", f"an image gives {SIDE * SIDE} inputs (28 x 28 pixels) but"
                            f" the model takes {model.inputs}", "give a CSV or NPZ file of rows")
        # grey levels 0..1, on the scale of the model's training inputs (0..255 for raw pixels)
        return Inputs(model.scaling.from_unit(read_digit(path))[None, :], [path.name])
    if not path.is_file():
        raise DataError(path, "file", "not found" if not path.exists() else "is not a file",
                        "give an image (PNG), a .csv or a .npz file")
    if path.suffix.lower() == ".npz" or zipfile.is_zipfile(path):
        inputs = _npz(path, model)
    else:
        inputs = _csv(path, model)
    bad = np.argwhere(~np.isfinite(inputs.x))
    if bad.size:
        row, column = bad[0]
        raise DataError(path, f"row {row + 1}, feature {column + 1}", "is not a finite number (NaN or"
                        " infinite)", "give numbers in every feature")
    return inputs


def _with_target(path: Path, model: Model) -> Inputs:
    """A table holding a target too: the data package reads and checks it."""
    classes = model.classes if model.task == "classification" else None
    data = load_table(path, task=model.task, classes=classes)
    true = data.y if model.task == "classification" else None
    return Inputs(data.x, [f"row {i + 1}" for i in range(len(data))], true)


def _csv(path: Path, model: Model) -> Inputs:
    try:
        with path.open(newline="", encoding="utf-8") as file:
            rows = [row for row in csv.reader(file) if row]
    except (UnicodeDecodeError, csv.Error) as error:
        raise DataError(path, "file", f"is not a CSV text file ({error})", "save it as UTF-8 CSV") from None
    if not rows:
        raise DataError(path, "line 1", "the file is empty", "give one row of numbers per sample")
    if len(rows[0]) == model.inputs + 1:
        return _with_target(path, model)
    header = not all(is_number(cell) for cell in rows[0])
    body = rows[1:] if header else rows
    if len(rows[0]) != model.inputs:
        raise DataError(path, "line 1", f"{len(rows[0])} columns but the model takes {model.inputs}"
                        " inputs", f"give {model.inputs} feature columns (and optionally a target)")
    x = np.empty((len(body), model.inputs), np.float32)
    for number, row in enumerate(body):
        line = number + 1 + header
        if len(row) != model.inputs:
            raise DataError(path, f"line {line}", f"{len(row)} fields, expected {model.inputs}",
                            "give every row one value per column")
        try:
            x[number] = [float(cell) for cell in row]
        except ValueError:
            cell = next(c for c in row if not is_number(c))
            raise DataError(path, f"line {line}", f"{cell.strip()!r} is not a number",
                            "features must be numbers") from None
    if not len(x):
        raise DataError(path, "file", "has no data rows", "give one row per sample")
    return Inputs(x, [f"row {i + 1}" for i in range(len(x))])


def _npz(path: Path, model: Model) -> Inputs:
    try:
        with np.load(path, allow_pickle=False) as archive:
            names = list(archive.files)
            if any(name in names for name in TARGET_ARRAYS):
                return _with_target(path, model)
            key = next((name for name in FEATURE_ARRAYS if name in names),
                       names[0] if len(names) == 1 else None)
            if key is None:
                raise DataError(path, "arrays", f"no features array among {', '.join(names) or 'none'}",
                                f"name the features {FEATURE_ARRAYS[0]!r}")
            x = archive[key]
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        if isinstance(error, DataError):
            raise
        raise DataError(path, "file", f"is not a readable NPZ archive ({error})",
                        "save it with numpy.savez") from None
    if x.dtype.kind not in "biuf":
        raise DataError(path, f"array {key!r}", f"holds {x.dtype}, not numbers", "store numbers")
    x = x.reshape(1, -1) if x.ndim == 1 and x.size == model.inputs else x.reshape(len(x), -1)
    if x.shape[1] != model.inputs:
        raise DataError(path, f"array {key!r}", f"has {x.shape[1]} features per sample but the model"
                        f" takes {model.inputs}", f"give (samples, {model.inputs}) features")
    return Inputs(np.ascontiguousarray(x, np.float32), [f"sample {i}" for i in range(len(x))])
