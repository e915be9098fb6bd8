"""CSV files, read within the limits: a header row or none, the target column by name or number.

The first non-blank row is a header when any of its cells is not a number; otherwise the file has
no header and the columns are known by their numbers (1 = the first). The target column is the one
``target`` names (a header name, or a column number), else the one column named ``target``,
``label``, ``y`` or ``class`` (any case); a caller that expects ``features`` columns of features
only (predict) gets a table without target when the file has exactly that many columns. Numbers are
CSV's: ``-2.5``, ``1e-3``, ``.5``; Python's extras (``1_000``, digits of other scripts) are not.

Before anything grows, every line is at most LIMITS["csv_line_characters"] long, a row at most
LIMITS["csv_columns"] cells, and the whole at most LIMITS["samples"] rows and LIMITS["data_values"]
numbers; a file of 10^6 columns or a line without end is refused at its line.
"""

from __future__ import annotations

import csv
import io
import math
import re

import numpy as np

from ..files import open_input
from ..limits import LIMITS
from ..errors import DataError, did_you_mean
from ..patterns import lazy_pattern

TARGET_NAMES = ("target", "label", "y", "class")
#: A number as a CSV cell writes it (spaces around allowed); nan and inf are numbers that the
#: readers then refuse as not finite, with their own message.
NUMBER = lazy_pattern(r"\s*[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|nan|inf|infinity)\s*",
                      re.IGNORECASE | re.ASCII)
#: Cells per chunk of rows turned into numbers at once.
_CHUNK_CELLS = 1 << 20


def is_number(text: str) -> bool:
    """Whether a CSV cell is a number in CSV's syntax (not ``1_000``, not ``0x10``)."""
    return NUMBER.fullmatch(text) is not None


class CsvTable:
    """What a CSV file holds: x float32 (samples, features); ``targets`` the target column's texts
    (None when the file has features only); ``lines`` each sample's line in the file."""

    def __init__(self, x, targets, target_label, feature_names, lines):
        self.x, self.targets, self.target_label = x, targets, target_label
        self.feature_names, self.lines = feature_names, lines

    def where(self, sample: int) -> str:
        """The place of a sample's target, for messages: ``line 7, column 'label'``."""
        return f"line {self.lines[sample]}, column {self.target_label}"


def read_csv(path, target=None, features: int | None = None) -> CsvTable:
    """Read a CSV file; ``target`` a column name or number (see the module's docstring)."""
    file = _open(path)
    with io.TextIOWrapper(file, encoding="utf-8-sig", newline="") as text:
        lines = _Lines(text, path)
        reader = csv.reader(lines, strict=True)
        try:
            return _read(path, reader, lines, target, features)
        except UnicodeDecodeError as error:
            raise DataError(path, f"line {reader.line_num + 1}", f"is not UTF-8 text ({error.reason})",
                            "save the file as UTF-8 CSV") from None
        except csv.Error as error:
            raise DataError(path, f"line {reader.line_num}", f"malformed CSV ({error})",
                            "check the quoting") from None


def _open(path):
    def refuse(what: str, fix: str):
        raise DataError(path, "file", what, fix)

    try:
        return open_input(path, refuse)[0]
    except FileNotFoundError:
        raise DataError(path, "file", "not found", "give the path of an existing .csv or .npz file") from None
    except IsADirectoryError:
        raise DataError(path, "file", "is a folder", "give the path of a .csv or .npz file, or a folder of"
                        " MNIST IDX files as --data-dir") from None
    except OSError as error:
        raise DataError(path, "file", f"cannot be read ({error.strerror})", "check the file's permissions") from None


class _Lines:
    """The file's lines for csv.reader, each refused beyond LIMITS["csv_line_characters"] before it
    is read whole; ``plain`` says whether every line since it was last set to True was free of what
    NumPy reads differently from CSV (see _numbers)."""

    def __init__(self, text, path):
        self.text, self.path, self.number, self.plain = text, path, 0, True

    def __iter__(self):
        return self

    def __next__(self) -> str:
        limit = LIMITS["csv_line_characters"]
        line = self.text.readline(limit + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > limit:
            raise DataError(self.path, f"line {self.number}", f"is longer than {limit:,} characters"
                            " (csv_line_characters)", "give one sample per line (docs/limits.md)")
        self.plain = self.plain and line.isascii() and "_" not in line
        return line


def _read(path, reader, lines: _Lines, target, features) -> CsvTable:
    first, line = next(((row, reader.line_num) for row in reader if row), (None, 1))
    if first is None:
        raise DataError(path, "line 1", "the file is empty", "give a header row naming the columns (or none),"
                        " then one row per sample")
    if len(first) > LIMITS["csv_columns"]:
        raise DataError(path, f"line {line}", f"has {len(first):,} columns, more than the"
                        f" {LIMITS['csv_columns']:,} allowed (csv_columns)", "give fewer features (docs/limits.md)")
    header = None if all(is_number(cell) for cell in first) else [name.strip() for name in first]
    if header is not None:
        _check_header(path, header, line)
    at = _target_column(path, header, len(first), line, target, features)
    labels = [repr(name) for name in header] if header else [str(k + 1) for k in range(len(first))]
    if at is not None and len(first) < 2:
        raise DataError(path, f"line {line}" + (" (header)" if header else ""), "only one column",
                        "give at least one feature column and the target column")
    feature_labels = [label for k, label in enumerate(labels) if k != at]
    reading = _Rows(path, len(first), at, feature_labels, labels[at] if at is not None else None,
                    "header" if header else "first row")
    if header is None:
        reading.add(first, line, lines.plain)
    lines.plain = True
    for row in reader:
        if row:
            reading.add(row, reader.line_num, lines.plain)
            lines.plain = True
    if not reading.count:
        raise DataError(path, f"line {line + 1}", "the file has a header but no data rows",
                        "add one row per sample below the header")
    names = None if header is None else [name for k, name in enumerate(header) if k != at]
    return CsvTable(reading.finish(), reading.targets if at is not None else None,
                    labels[at] if at is not None else None, names, reading.lines)


def _check_header(path, header: list[str], line: int) -> None:
    seen = set()
    for position, name in enumerate(header):
        if not name:
            raise DataError(path, f"line {line} (header)", f"column {position + 1} has no name", "name every column")
        if name in seen:
            raise DataError(path, f"line {line} (header)", f"two columns are named {name!r}",
                            "give every column its own name")
        seen.add(name)


def _target_column(path, header, columns: int, line: int, target, features) -> int | None:
    """The target's column index, or None for a table of features only."""
    where = f"line {line} (header)" if header else f"line {line}"
    if target is not None:
        target = str(target).strip()
        if header and target in header:
            return header.index(target)
        if target.isdigit() and 1 <= int(target) <= columns:
            return int(target) - 1
        if header:
            raise DataError(path, where, f"no column named {target!r}",
                            f"{did_you_mean(target, header)}the columns are {', '.join(header[:20])}{', ...' if columns > 20 else ''}"
                            f" (or give the column's number, 1 to {columns})")
        raise DataError(path, where, f"the file has no header row, so the target {target!r} must be a column number",
                        f"give --target N with N from 1 to {columns}")
    if features is not None and columns == features:
        return None
    if features is not None and columns != features + 1:
        raise DataError(path, f"line {line}", f"{columns} columns but the model takes {features} inputs",
                        f"give {features} feature columns (and optionally a target)")
    if header is None:
        raise DataError(path, where, "the file has no header row, so its target column is not known",
                        f"give --target N, the number of the target column (1 to {columns}), or add a header"
                        " row naming the columns")
    found = [k for k, name in enumerate(header) if name.lower() in TARGET_NAMES]
    if len(found) == 1:
        return found[0]
    what = ("no column is named target, label, y or class" if not found else
            f"several columns could be the target ({', '.join(header[k] for k in found)})")
    raise DataError(path, where, what, "name the target column (--target NAME)")


class _Rows:
    """The data rows as they come: checked, their targets kept as text, their features turned into
    float32 a chunk at a time (so that no more than a chunk of text is held)."""

    def __init__(self, path, columns: int, target_at: int | None, feature_labels: list[str], target_label,
                 first: str):
        self.path, self.columns, self.target_at, self.first = path, columns, target_at, first
        self.feature_labels, self.target_label = feature_labels, target_label
        self.features = columns - (target_at is not None)
        self.chunk_rows = max(1, _CHUNK_CELLS // max(1, self.features))
        self.rows, self.row_lines, self.chunks = [], [], []
        self.targets, self.lines, self.count, self.plain = [], [], 0, True

    def add(self, row: list[str], line: int, plain: bool) -> None:
        """Take one data row (at ``line``); ``plain``: its text holds no underscore and only ASCII."""
        if len(row) != self.columns:
            raise DataError(self.path, f"line {line}", f"{len(row)} fields, but the {self.first} has"
                            f" {self.columns} columns", "give every row one value per column")
        self.count += 1
        if self.count > LIMITS["samples"] or self.count * self.features > LIMITS["data_values"]:
            raise DataError(self.path, f"line {line}", f"the file has more than {LIMITS['samples']:,} rows or"
                            f" {LIMITS['data_values']:,} numbers (samples, data_values)",
                            "give fewer samples (docs/limits.md)")
        if self.target_at is not None:
            value = row.pop(self.target_at).strip()
            if not value:
                raise DataError(self.path, f"line {line}, column {self.target_label}", "no target value",
                                "give every row its target")
            self.targets.append(value)
        self.lines.append(line)
        self.rows.append(row)
        self.row_lines.append(line)
        self.plain = self.plain and plain
        if len(self.rows) == self.chunk_rows:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.chunks.append(_numbers(self.path, self.rows, self.row_lines, self.feature_labels, self.plain))
            self.rows, self.row_lines, self.plain = [], [], True

    def finish(self) -> np.ndarray:
        self._flush()
        return np.concatenate(self.chunks) if len(self.chunks) > 1 else self.chunks[0]


def _numbers(path, rows: list[list[str]], lines: list[int], labels: list[str], plain: bool) -> np.ndarray:
    """Rows of number texts as float32 (rows, columns); a bad cell is an error at its line and column.

    NumPy reads the chunk at once; it takes Python's syntax, so a chunk whose lines are not
    ``plain`` (an underscore or a character beyond ASCII: ``1_000``, ``١٢``) is checked cell by cell
    against CSV's.
    """
    values = None
    if plain:
        try:
            values = np.array(rows, dtype=np.float64).reshape(len(rows), len(labels))
        except ValueError:
            pass
    if values is None:  # find the culprit the slow way
        for row, line in zip(rows, lines, strict=True):
            for text, label in zip(row, labels, strict=True):
                if not is_number(text):
                    what = f"{text.strip()!r} is not a number" if text.strip() else "empty value"
                    raise DataError(path, f"line {line}, column {label}", what, "features must be numbers"
                                    " written as in CSV, e.g. 1000, -2.5 or 1e-3 (no missing values)")
        values = np.array([[float(text) for text in row] for row in rows], dtype=np.float64)
        values = values.reshape(len(rows), len(labels))
    with np.errstate(over="ignore"):
        result = values.astype(np.float32)
    if not np.isfinite(result).all():
        i, j = (int(k) for k in np.argwhere(~np.isfinite(result))[0])
        text = rows[i][j].strip()
        what = (f"{text!r} is not a finite number" if not math.isfinite(values[i, j]) else
                f"{text!r} is too large for float32 (up to 3.4e38)")
        raise DataError(path, f"line {lines[i]}, column {labels[j]}", what, "features must be finite numbers:"
                        " fix or remove the row")
    return result
