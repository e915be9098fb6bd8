"""The user's own data: a CSV file or an NPZ archive of features and one target (docs/data.md).

One reader serves ``train``, ``evaluate`` and ``predict``: :func:`load_table` gives a Dataset (a
target is required), :func:`load_rows` the rows to predict (the target is optional there, for a
table of features only). The files themselves are read by csv_reader.py and npz_reader.py, within
the limits of backprop.limits.

CSV: a header row naming the columns, or none; the target column by name or number (``--target``),
by default the one column named ``target``, ``label``, ``y`` or ``class`` (any case); every other
column is a numeric feature. Blank lines are skipped. Errors name the file and the line as counted
in the file (1-based), and the column.

NPZ: the features are the array ``x`` (or ``X``, or ``features``): (samples, features), or
(samples, ...) flattened per sample; the target is the array named by ``target``, else ``y`` or
``labels``. No array is ever unpickled: an object array is an error.

Task: ``"classification"`` when the targets are whole numbers or text (class names, sorted:
numerically when they are all numbers), ``"regression"`` when they are other numbers; pass ``task``
to decide (integer-valued regression targets need ``task="regression"``). A class label that is a
number is a whole number within LIMITS["class_label"] (2^53) of zero.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..limits import LIMITS
from .csv_reader import NUMBER, CsvTable, is_number, read_csv
from .dataset import TASKS, Dataset
from ..errors import DataError
from ..patterns import lazy_pattern
from .npz_reader import NpzArchive

__all__ = ["Rows", "is_number", "load_rows", "load_table"]

NPZ_FEATURES = ("x", "X", "features")
NPZ_TARGETS = ("y", "labels")
#: A whole number as a CSV cell writes it.
WHOLE = lazy_pattern(r"\s*[+-]?\d+\s*", re.ASCII)


def load_table(path, target: str | None = None, task: str | None = None, *, classes=None) -> Dataset:
    """A CSV file or an NPZ archive as a Dataset (told by the ``.csv`` / ``.npz`` suffix; other
    names by their contents: a zip archive is NPZ, anything else CSV).

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    target : str, optional
        The target column (CSV: its name, or its number from 1) or array (NPZ). Default: the CSV
        column named ``target``, ``label``, ``y`` or ``class`` if exactly one is; the NPZ array
        ``y`` or ``labels``.
    task : {"classification", "regression"}, optional
        Default: classification for integer or string targets, regression for other numbers.
    classes : int or list of str, optional
        The classes when they are known already (e.g. a model's, or a training file's): an int
        ``k`` means integer labels 0 to k-1; a list gives the class names in index order. A label
        outside them is an error. Default: the labels found, sorted.

    Returns
    -------
    Dataset
        x float32 (samples, features); y int64 (samples,) class indices, or float32 (samples,
        outputs) for regression; named after the file.

    Raises
    ------
    DataError
        A missing, empty, malformed or too large file; the message names the file and the line
        (CSV) or the array and sample (NPZ).
    """
    rows = load_rows(path, target=target, task=task, classes=classes)
    return rows.dataset


@dataclass
class Rows:
    """A table's rows: x float32 (samples, features); ``dataset`` the whole Dataset when the table
    has a target (None for features only); ``names`` each row's name for display ("row 3")."""

    x: np.ndarray
    dataset: Dataset | None
    names: list[str]


def load_rows(path, features: int | None = None, target: str | None = None, task: str | None = None, *,
              classes=None) -> Rows:
    """A CSV file or an NPZ archive read as :func:`load_table` reads it; with ``features`` (the inputs
    of a model), a table of exactly that many feature columns and no target named is read as
    features only (``dataset`` None), as predict needs."""
    path = Path(path)
    if task is not None and task not in TASKS:
        raise ValueError(f"task must be one of {TASKS} or None, not {task!r}")
    if classes is not None and not isinstance(classes, int):
        classes = [str(name) for name in classes]
    if _is_npz(path):
        return _npz_rows(path, features, target, task, classes)
    table = read_csv(path, target, features)
    names = [f"row {k + 1}" for k in range(len(table.x))]
    if table.targets is None:
        return Rows(table.x, None, names)
    task, y, classes = _csv_targets(path, table, task, classes)
    return Rows(table.x, Dataset(table.x, y, task, classes, path.name, table.feature_names), names)


def _is_npz(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in (".npz", ".csv"):
        return suffix == ".npz"
    try:  # another name: told by the contents (a zip archive is NPZ)
        return path.is_file() and zipfile.is_zipfile(path)
    except OSError:
        return False


# --- CSV targets ---------------------------------------------------------------------------------

def _class_order(names):
    """Sorted class names: numerically when all are numbers, else as text."""
    if all(is_number(name) for name in names):
        return sorted(names, key=float)
    return sorted(names)


def _csv_targets(path: Path, table: CsvTable, task, classes):
    targets = table.targets
    wholes = all(WHOLE.fullmatch(text) for text in targets)
    if task is None:
        task = "classification" if wholes or not all(map(is_number, targets)) else "regression"
    if task == "regression":
        y = np.empty((len(targets), 1), np.float32)
        for i, text in enumerate(targets):
            if not NUMBER.fullmatch(text):
                raise DataError(path, table.where(i), f"{text!r} is not a number", "regression targets "
                                "are numbers written as in CSV, e.g. 2.5 (or choose --task classification)")
            with np.errstate(over="ignore"):
                y[i, 0] = float(text)
            if not np.isfinite(y[i, 0]):
                raise DataError(path, table.where(i), f"{text!r} is not a finite float32 number",
                                "regression targets must be finite")
        return task, y, None
    if wholes:
        names = []
        for i, text in enumerate(targets):
            value = int(text)
            if abs(value) > LIMITS["class_label"]:
                raise DataError(path, table.where(i), f"label {text.strip()!r} is too large for a class label",
                                f"class labels are whole numbers within {LIMITS['class_label']:,} of 0, or"
                                " names (class_label); a quantity to predict needs --task regression")
            names.append(str(value))
    else:
        names = targets
    if classes is None:
        classes = _class_order(set(names))
    known = [str(k) for k in range(classes)] if isinstance(classes, int) else list(classes)
    index = {name: i for i, name in enumerate(known)}
    y = np.empty(len(names), np.int64)
    for i, name in enumerate(names):
        at = index.get(name)
        if at is None:
            span = f"0 to {classes - 1}" if isinstance(classes, int) else ", ".join(known[:20])
            raise DataError(path, table.where(i), f"label {targets[i]!r} is out of range",
                            f"the {len(known)} known classes are {span}")
        y[i] = at
    return task, y, known


# --- NPZ -----------------------------------------------------------------------------------------

def _first_not_finite(array: np.ndarray) -> str | None:
    if np.isfinite(array).all():
        return None
    at = tuple(int(k) for k in np.argwhere(~np.isfinite(array))[0])
    return f"sample {at[0]}" + (f", column {at[1]}" if len(at) > 1 else "") + " (0-based)"


def _npz_rows(path: Path, features, target, task, classes) -> Rows:
    with NpzArchive(path) as archive:
        keys = list(archive.names)
        if target is not None and target not in keys:
            raise DataError(path, "arrays", f"no array named {target!r}", f"the arrays are {', '.join(keys)}")
        y_key = target or next((key for key in NPZ_TARGETS if key in keys), None)
        x_key = next((key for key in NPZ_FEATURES if key in keys), None)
        if x_key is None and features is not None and y_key is None and len(keys) == 1:
            x_key = keys[0]  # predict: the one array of the file
        if x_key is None:
            raise DataError(path, "arrays", f"no features array (x, X or features) among {', '.join(keys) or 'none'}",
                            "save the features as x")
        if y_key is None and features is None:
            raise DataError(path, "arrays", f"no target array (y or labels) among {', '.join(keys)}",
                            "save the targets as y, or name the array (--target NAME)")
        x = archive.array(x_key)
        y = None if y_key is None else archive.array(y_key)
    if x.dtype.kind not in "biuf" or x.ndim == 0 or len(x) == 0:
        raise DataError(path, f"array {x_key!r}", f"is {x.dtype} of shape {x.shape}", "features are numbers,"
                        " shape (samples, features) with samples > 0")
    if len(x) > LIMITS["samples"]:
        raise DataError(path, f"array {x_key!r}", f"holds {len(x):,} samples, more than the {LIMITS['samples']:,}"
                        " allowed (samples)", "give fewer samples (docs/limits.md)")
    if y is None and x.ndim == 1 and x.size == features:
        x = x.reshape(1, -1)  # predict: one sample
    with np.errstate(over="ignore"):  # a number beyond float32 becomes inf, refused just below
        x = np.ascontiguousarray(x.reshape(len(x), -1), dtype=np.float32)
    bad = _first_not_finite(x)
    if bad:
        raise DataError(path, f"array {x_key!r}, {bad}", "not a finite float32 number", "features must be finite")
    names = [f"sample {k}" for k in range(len(x))]
    if y is None:
        return Rows(x, None, names)
    return Rows(x, _npz_dataset(path, x, x_key, y, y_key, task, classes), names)


def _npz_dataset(path: Path, x: np.ndarray, x_key: str, y: np.ndarray, y_key: str, task, classes) -> Dataset:
    if y.ndim == 0 or len(y) != len(x):
        raise DataError(path, f"array {y_key!r}", f"{y.size if y.ndim == 0 else len(y)} target(s) for {len(x)}"
                        f" samples in {x_key!r}", "give one target per sample")
    if y.dtype.kind == "S":  # byte strings naming classes: text only where every one is UTF-8
        try:
            y = np.array([label.decode("utf-8") for label in y.tolist()])
        except UnicodeDecodeError:
            raise DataError(path, f"array {y_key!r}", "holds byte strings that are not UTF-8 text",
                            "name the classes with text, or number them") from None
    if y.dtype.kind not in "biufU":
        raise DataError(path, f"array {y_key!r}", f"is {y.dtype}", "targets are numbers, or strings naming classes")
    if task is None:
        task = "regression" if y.dtype.kind == "f" else "classification"
    if task == "regression":
        if y.dtype.kind == "U":
            raise DataError(path, f"array {y_key!r}", "holds strings", "regression targets are numbers (or choose"
                            " --task classification)")
        with np.errstate(over="ignore"):
            y = np.ascontiguousarray(y.reshape(len(y), -1), dtype=np.float32)
        bad = _first_not_finite(y)
        if bad:
            raise DataError(path, f"array {y_key!r}, {bad}", "not a finite float32 number",
                            "regression targets must be finite")
        return Dataset(x, y, task, None, path.name)
    return Dataset(x, *_npz_classes(path, y_key, y, classes), path.name)


def _npz_classes(path: Path, key: str, y: np.ndarray, classes):
    """Classification targets: (y int64 class indices, "classification", class names)."""
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.ndim != 1:
        raise DataError(path, f"array {key!r}", f"has shape {y.shape}", "class labels have shape (samples,)")
    if y.dtype.kind in "iuf":
        with np.errstate(invalid="ignore"):
            bad = np.flatnonzero(~np.isfinite(y) | (y != np.round(y))) if y.dtype.kind == "f" else []
        if len(bad):
            raise DataError(path, f"array {key!r}, sample {bad[0]} (0-based)", f"{y[bad[0]]} is not a whole number",
                            "class labels are integers or strings")
        large = np.flatnonzero(np.abs(y.astype(np.float64)) > LIMITS["class_label"])
        if large.size:
            raise DataError(path, f"array {key!r}, sample {large[0]} (0-based)", f"label {y[large[0]]} is too large"
                            " for a class label", f"class labels are whole numbers within {LIMITS['class_label']:,}"
                            " of 0, or names (class_label); a quantity to predict needs --task regression")
        y = y.astype(np.int64)
    if y.dtype.kind == "b":
        y = y.astype(np.int64)
    if isinstance(classes, int) and y.dtype.kind in "iu":
        bad = np.flatnonzero((y < 0) | (y >= classes))
        if bad.size:
            raise DataError(path, f"array {key!r}, sample {bad[0]} (0-based)", f"label {y[bad[0]]} is out of range",
                            f"the {classes} known classes are 0 to {classes - 1}")
        return y.astype(np.int64), "classification", [str(k) for k in range(classes)]
    values, inverse = np.unique(y, return_inverse=True)
    names = [str(value) for value in values.tolist()]
    if classes is None:
        return inverse.reshape(-1).astype(np.int64), "classification", names
    known = [str(k) for k in range(classes)] if isinstance(classes, int) else list(classes)
    index = {name: i for i, name in enumerate(known)}
    for name in names:
        if name not in index:
            at = int(np.flatnonzero(inverse.reshape(-1) == names.index(name))[0])
            raise DataError(path, f"array {key!r}, sample {at} (0-based)", f"label {name!r} is out of range",
                            f"the {len(known)} known classes are {', '.join(known[:20])}")
    mapping = np.array([index[name] for name in names], np.int64)
    return mapping[inverse.reshape(-1)], "classification", known
