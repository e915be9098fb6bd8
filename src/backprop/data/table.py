"""The user's own data: a CSV file or an NPZ archive of features and one target.

CSV: a header row naming the columns is required; one column is the target (given by name, or the
one column named ``target``, ``label``, ``y`` or ``class``, any case), every other column is a
numeric feature. Blank lines are skipped. Errors name the file and the line as counted in the file
(1-based), and the column.

NPZ: the features are the array ``x`` (or ``X``, or ``features``): (samples, features), or
(samples, ...) flattened per sample; the target is the array named by ``target``, else ``y`` or
``labels``. Arrays are always loaded with ``allow_pickle=False``: an object array is an error.

Task: ``"classification"`` when the targets are integers or strings (class names, sorted:
numerically when they are all numbers), ``"regression"`` when they are other numbers; pass ``task``
to decide (integer-valued regression targets need ``task="regression"``).
"""

from __future__ import annotations

import csv
import difflib
import math
import zipfile
from pathlib import Path

import numpy as np

from .dataset import TASKS, Dataset
from .errors import DataError

TARGET_NAMES = ("target", "label", "y", "class")
NPZ_FEATURES = ("x", "X", "features")
NPZ_TARGETS = ("y", "labels")
_CHUNK_ROWS = 4096


def load_table(path, target: str | None = None, task: str | None = None, *, classes=None
               ) -> Dataset:
    """A CSV file or an NPZ archive as a Dataset (told by the ``.csv`` / ``.npz`` suffix; other
    names by their contents: a zip archive is NPZ, anything else CSV).

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    target : str, optional
        The target column (CSV) or array (NPZ). Default: the CSV column named ``target``, ``label``,
        ``y`` or ``class`` if exactly one is; the NPZ array ``y`` or ``labels``.
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
        A missing, empty or malformed file; the message names the file and the line (CSV) or the
        array and sample (NPZ).
    """
    path = Path(path)
    if task is not None and task not in TASKS:
        raise ValueError(f"task must be one of {TASKS} or None, not {task!r}")
    if classes is not None and not isinstance(classes, int):
        classes = [str(name) for name in classes]
    suffix = path.suffix.lower()
    if suffix == ".npz" or (suffix != ".csv" and zipfile.is_zipfile(path)):
        return load_npz(path, target, task, classes=classes)
    return load_csv(path, target, task, classes=classes)


# --- CSV -----------------------------------------------------------------------------------------

def is_number(text: str) -> bool:
    """Whether a CSV cell reads as a number (a header row has names, not numbers)."""
    try:
        float(text)
    except ValueError:
        return False
    return True


def _open_text(path: Path):
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise DataError(path, "file", "not found", "give the path of an existing .csv or .npz "
                        "file") from None
    except IsADirectoryError:
        raise DataError(path, "file", "is a folder", "give the path of a .csv or .npz file, or "
                        "a folder of MNIST IDX files as --data-dir") from None
    except OSError as error:
        raise DataError(path, "file", f"cannot be read ({error.strerror})", "check the file's "
                        "permissions") from None


def _target_column(path: Path, header: list[str], line: int, target: str | None) -> int:
    if target is not None:
        if target in header:
            return header.index(target)
        near = difflib.get_close_matches(target, header, n=1)
        hint = f"did you mean {near[0]!r}? " if near else ""
        raise DataError(path, f"line {line} (header)", f"no column named {target!r}",
                        f"{hint}the columns are {', '.join(header)}")
    found = [i for i, name in enumerate(header) if name.lower() in TARGET_NAMES]
    if len(found) == 1:
        return found[0]
    what = ("no column is named target, label, y or class" if not found else
            f"several columns could be the target ({', '.join(header[i] for i in found)})")
    raise DataError(path, f"line {line} (header)", what, "name the target column (--target NAME)")


def load_csv(path, target: str | None = None, task: str | None = None, *, classes=None
             ) -> Dataset:
    """A CSV file as a Dataset; see :func:`load_table` for the parameters and the result."""
    path = Path(path)
    with _open_text(path) as file:
        reader = csv.reader(file, strict=True)
        try:
            header, line = next(((row, reader.line_num) for row in reader if row), (None, 1))
            if header is None:
                raise DataError(path, "line 1", "the file is empty", "a CSV file needs a header "
                                "row naming the columns, then one row per sample")
            header = [name.strip() for name in header]
            if all(is_number(name) for name in header):
                raise DataError(path, f"line {line}", "the first row is numbers, not a header",
                                "add a header row naming the columns")
            for i, name in enumerate(header):
                if not name:
                    raise DataError(path, f"line {line} (header)", f"column {i + 1} has no name",
                                    "name every column")
                if name in header[:i]:
                    raise DataError(path, f"line {line} (header)", f"two columns are named "
                                    f"{name!r}", "give every column its own name")
            if len(header) < 2:
                raise DataError(path, f"line {line} (header)", "only one column", "give at least "
                                "one feature column and the target column")
            target_at = _target_column(path, header, line, target)
            features = [name for i, name in enumerate(header) if i != target_at]
            chunks, targets, lines = [], [], []
            rows, row_lines = [], []
            for row in reader:
                if not row:
                    continue
                if len(row) != len(header):
                    raise DataError(path, f"line {reader.line_num}", f"{len(row)} fields, but the "
                                    f"header has {len(header)} columns", "give every row one value "
                                    "per column")
                value = row.pop(target_at).strip()
                if not value:
                    raise DataError(path, f"line {reader.line_num}, column {header[target_at]!r}",
                                    "no target value", "give every row its target")
                targets.append(value)
                lines.append(reader.line_num)
                rows.append(row)
                row_lines.append(reader.line_num)
                if len(rows) == _CHUNK_ROWS:
                    chunks.append(_numbers(path, rows, row_lines, features))
                    rows, row_lines = [], []
            if rows:
                chunks.append(_numbers(path, rows, row_lines, features))
        except UnicodeDecodeError as error:
            raise DataError(path, f"line {reader.line_num + 1}",
                            f"is not UTF-8 text ({error.reason})",
                            "save the file as UTF-8 CSV") from None
        except csv.Error as error:
            raise DataError(path, f"line {reader.line_num}", f"malformed CSV ({error})",
                            "check the quoting") from None
    if not targets:
        raise DataError(path, f"line {line + 1}", "the file has a header but no data rows",
                        "add one row per sample below the header")
    x = np.concatenate(chunks) if len(chunks) > 1 else chunks[0]
    task, y, classes = _csv_targets(path, header[target_at], targets, lines, task, classes)
    return Dataset(x, y, task, classes, path.name, features)


def _numbers(path: Path, rows: list[list[str]], lines: list[int], names: list[str]) -> np.ndarray:
    """Rows of number strings as float32 (rows, columns); any bad cell is an error at its line."""
    try:
        values = np.array(rows, dtype=np.float64)
    except ValueError:
        values = None
    if values is None:  # find the culprit the slow way
        for row, line in zip(rows, lines, strict=True):
            for text, name in zip(row, names, strict=True):
                try:
                    float(text)
                except ValueError:
                    what = (f"{text.strip()!r} is not a number" if text.strip()
                            else "empty value")
                    raise DataError(path, f"line {line}, column {name!r}", what, "features must be "
                                    "numbers (no missing values)") from None
        values = np.array([[float(text) for text in row] for row in rows], dtype=np.float64)
    with np.errstate(over="ignore"):
        result = values.astype(np.float32)
    if not np.isfinite(result).all():
        i, j = (int(k) for k in np.argwhere(~np.isfinite(result))[0])
        text = rows[i][j].strip()
        what = (f"{text!r} is not a finite number" if not math.isfinite(values[i, j]) else
                f"{text!r} is too large for float32 (up to 3.4e38)")
        raise DataError(path, f"line {lines[i]}, column {names[j]!r}", what, "features must be "
                        "finite numbers: fix or remove the row")
    return result


def _class_order(names):
    """Sorted class names: numerically when all are numbers, else as text."""
    if all(is_number(name) for name in names):
        return sorted(names, key=float)
    return sorted(names)


def _csv_targets(path: Path, column: str, targets: list[str], lines: list[int], task, classes):
    where = lambda i: f"line {lines[i]}, column {column!r}"  # noqa: E731
    as_ints = []
    for text in targets:
        try:
            as_ints.append(int(text))
        except ValueError:
            as_ints = None
            break
    if task is None:
        task = ("classification" if as_ints is not None or not all(map(is_number, targets))
                else "regression")
    if task == "regression":
        y = np.empty((len(targets), 1), np.float32)
        for i, text in enumerate(targets):
            try:
                value = float(text)
            except ValueError:
                raise DataError(path, where(i), f"{text!r} is not a number", "regression targets "
                                "are numbers (or choose --task classification)") from None
            y[i, 0] = value
            if not math.isfinite(y[i, 0]):
                raise DataError(path, where(i), f"{text!r} is not a finite float32 number",
                                "regression targets must be finite")
        return task, y, None
    names = [str(value) for value in as_ints] if as_ints is not None else targets
    if classes is None:
        classes = _class_order(set(names))
    known = [str(k) for k in range(classes)] if isinstance(classes, int) else list(classes)
    index = {name: i for i, name in enumerate(known)}
    y = np.empty(len(names), np.int64)
    for i, name in enumerate(names):
        at = index.get(name)
        if at is None:
            span = f"0 to {classes - 1}" if isinstance(classes, int) else ", ".join(known[:20])
            raise DataError(path, where(i), f"label {targets[i]!r} is out of range",
                            f"the {len(known)} known classes are {span}")
        y[i] = at
    return task, y, known


# --- NPZ -----------------------------------------------------------------------------------------

def _npz_array(path: Path, archive, key: str) -> np.ndarray:
    try:
        return archive[key]
    except ValueError as error:
        if "allow_pickle" in str(error) or "Object arrays" in str(error):
            raise DataError(path, f"array {key!r}", "holds Python objects (dtype object), which "
                            "are never loaded (allow_pickle=False)", "save numeric arrays, or a "
                            "string array (dtype <U) for class names") from None
        raise DataError(path, f"array {key!r}", f"cannot be read ({error})", "save it again "
                        "with numpy.savez") from None
    except (OSError, zipfile.BadZipFile, EOFError) as error:
        raise DataError(path, f"array {key!r}", f"corrupt ({error})", "save it again with "
                        "numpy.savez") from None


def _first_not_finite(array: np.ndarray) -> str | None:
    if np.isfinite(array).all():
        return None
    at = tuple(int(k) for k in np.argwhere(~np.isfinite(array))[0])
    return f"sample {at[0]}" + (f", column {at[1]}" if len(at) > 1 else "") + " (0-based)"


def load_npz(path, target: str | None = None, task: str | None = None, *, classes=None
             ) -> Dataset:
    """An NPZ archive as a Dataset; see :func:`load_table` for the parameters and the result."""
    path = Path(path)
    try:
        archive = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise DataError(path, "file", "not found", "give the path of an existing .csv or .npz "
                        "file") from None
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as error:
        raise DataError(path, "file", f"is not an NPZ archive ({error})", "save the data with "
                        "numpy.savez(path, x=features, y=targets)") from None
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise DataError(path, "file", "is a single .npy array, not an NPZ archive", "save the "
                        "data with numpy.savez(path, x=features, y=targets)")
    with archive:
        keys = list(archive.files)
        x_key = next((key for key in NPZ_FEATURES if key in keys), None)
        if x_key is None:
            raise DataError(path, "arrays", f"no features array (x, X or features) among "
                            f"{', '.join(keys) or 'none'}", "save the features as x")
        if target is not None and target not in keys:
            raise DataError(path, "arrays", f"no array named {target!r}", f"the arrays are "
                            f"{', '.join(keys)}")
        y_key = target or next((key for key in NPZ_TARGETS if key in keys), None)
        if y_key is None:
            raise DataError(path, "arrays", f"no target array (y or labels) among "
                            f"{', '.join(keys)}", "save the targets as y, or name the array "
                            "(--target NAME)")
        x, y = _npz_array(path, archive, x_key), _npz_array(path, archive, y_key)
    if x.dtype.kind not in "biuf" or x.ndim == 0 or len(x) == 0:
        raise DataError(path, f"array {x_key!r}", f"is {x.dtype} of shape {x.shape}", "features "
                        "are numbers, shape (samples, features) with samples > 0")
    x = np.ascontiguousarray(x.reshape(len(x), -1), dtype=np.float32)
    bad = _first_not_finite(x)
    if bad:
        raise DataError(path, f"array {x_key!r}, {bad}", "not a finite float32 number",
                        "features must be finite")
    if y.ndim == 0 or len(y) != len(x):
        raise DataError(path, f"array {y_key!r}", f"{y.size if y.ndim == 0 else len(y)} "
                        f"target(s) for {len(x)} samples in {x_key!r}",
                        "give one target per sample")
    if y.dtype.kind == "S":
        y = y.astype(str)
    if y.dtype.kind not in "biufU":
        raise DataError(path, f"array {y_key!r}", f"is {y.dtype}", "targets are numbers, or "
                        "strings naming classes")
    if task is None:
        task = "regression" if y.dtype.kind == "f" else "classification"
    if task == "regression":
        if y.dtype.kind == "U":
            raise DataError(path, f"array {y_key!r}", "holds strings", "regression targets are "
                            "numbers (or choose --task classification)")
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
        raise DataError(path, f"array {key!r}", f"has shape {y.shape}", "class labels have shape "
                        "(samples,)")
    if y.dtype.kind == "f":
        bad = np.flatnonzero(~np.isfinite(y) | (y != np.round(y)))
        if bad.size:
            raise DataError(path, f"array {key!r}, sample {bad[0]} (0-based)",
                            f"{y[bad[0]]} is not a whole number",
                            "class labels are integers or strings")
        y = y.astype(np.int64)
    if y.dtype.kind == "b":
        y = y.astype(np.int64)
    if isinstance(classes, int) and y.dtype.kind in "iu":
        bad = np.flatnonzero((y < 0) | (y >= classes))
        if bad.size:
            raise DataError(path, f"array {key!r}, sample {bad[0]} (0-based)", f"label {y[bad[0]]} "
                            "is out of range",
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
            raise DataError(path, f"array {key!r}, sample {at} (0-based)", f"label {name!r} is out "
                            "of range",
                            f"the {len(known)} known classes are {', '.join(known[:20])}")
    mapping = np.array([index[name] for name in names], np.int64)
    return mapping[inverse.reshape(-1)], "classification", known
