"""The checks behind problem files: one-line errors, typed getters, and file/TOML failure messages.

Every failure is a ProblemError whose message has one shape,

    <path>: <where>: <what is wrong>; <what would be right>

``Checker`` holds the typed getters (number, whole number, choice, vector, matrix) that problem.py's
reader applies key by key; ``read_text`` and ``parse_toml`` turn I/O and TOML syntax errors into the
same shape, with line and column.
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from pathlib import Path

import numpy as np

from .errors import UserError
from .limits import LIMITS

class ProblemError(UserError):
    """A problem file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path, where: str, what: str, fix: str):
        super().__init__(what, fix, path, where)


# ---------------------------------------------------------------------------------------------
# Reading the file, and TOML syntax

# (exception type, what is wrong, what would be right); the first match wins.
_READ_ERRORS = (
    (FileNotFoundError, "no such file", "give the path of an existing .toml problem file"),
    (IsADirectoryError, "is a directory, not a file", "give the path of a .toml problem file inside it"),
    (PermissionError, "permission denied", "make the file readable, or give another path"),
    (UnicodeDecodeError, "is not UTF-8 text", "a problem file is TOML text: save it as UTF-8"),
    (OSError, "cannot be read", "give the path of a readable .toml problem file"),
)

# (pattern in tomllib's message, what would be right); the first match wins.
_TOML_HINTS = (
    (r"Invalid value", 'a value is a number, "quoted text", true/false or a [list], so names need'
     ' quotes, e.g. activation = "relu"'),
    (r"Cannot declare .* twice|Cannot overwrite a value|Cannot mutate",
     "each key and each [table] may appear only once, so write every layer as [[layer]] (double brackets)"),
    (r"Unclosed array", "close the list with ]"),
    (r"Unclosed inline table", "close the inline table with }"),
    (r"Unterminated string", 'close the text with the quote it opened with, e.g. "relu"'),
    (r"Expected '=' after a key", "write key = value"),
    (r"Expected ']]'", "close the header with ]], e.g. [[layer]]"),
    (r"Expected ']'", "close the header with ], e.g. [loss]"),
    (r"Expected newline or end of document", "one key = value per line (a list needs brackets, e.g."
     " x = [1, 2], and a decimal digits after the point, e.g. 1.0)"),
    (r"Invalid initial character for a key part", 'a key is a bare word (units) or "quoted", and an inline'
     " table { } has no trailing comma"),
    (r"Illegal character", "remove the control character: a problem file is plain text"),
    (r"Invalid statement", "each line is key = value, a [table] or [[layer]] header, or a # comment"),
    (r"", "fix the TOML syntax (see https://toml.io)"),
)


def read_text(path: Path) -> str:
    """The file's text; any failure is a ProblemError at 'file'."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        for kind, what, fix in _READ_ERRORS:
            if isinstance(error, kind):
                if isinstance(error, UnicodeDecodeError):
                    what += f" (byte 0x{error.object[error.start]:02x} at offset {error.start})"
                elif kind is OSError and error.strerror:
                    what += f" ({error.strerror.lower()})"
                raise ProblemError(path, "file", what, fix) from None
        raise  # pragma: no cover - every OSError matches the last row


def parse_toml(text: str, path) -> dict:
    """The TOML document; a syntax error is a ProblemError at 'line L, column C'."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\s*\(at line (\d+), column (\d+)\)", message)
        if match:
            where = f"line {match.group(1)}, column {match.group(2)}"
        else:  # "(at end of document)": the line after the longest prefix that still parses
            where = _first_bad_line(text)
        what = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", message) or "invalid TOML"
        fix = next(hint for pattern, hint in _TOML_HINTS if re.search(pattern, what))
        raise ProblemError(path, where, f"TOML syntax error: {what}", fix) from None


def _first_bad_line(text: str, limit: int = 1000) -> str:
    lines = text.splitlines()
    if len(lines) > limit:
        return "end of file"
    for count in range(len(lines), 0, -1):
        try:
            tomllib.loads("\n".join(lines[:count - 1]))
        except tomllib.TOMLDecodeError:
            continue
        return f"line {count}"
    return "line 1"


# ---------------------------------------------------------------------------------------------
# Typed getters


class Checker:
    """Typed getters that raise ProblemError naming the place; subclassed by the file reader."""

    def __init__(self, path: str):
        self.path = path

    def fail(self, where: str, what: str, fix: str):
        raise ProblemError(self.path, where, what, fix)

    def known_keys(self, table: dict, known: tuple[str, ...], where: str, homes: dict[str, str]) -> None:
        """Every key of ``table`` is in ``known``; ``homes`` says where other tables' keys belong."""
        for key in table:
            if key in known:
                continue
            close = difflib.get_close_matches(key, known, n=1)
            if close:
                hint = f"did you mean '{close[0]}'? "
            elif key in homes:
                hint = f"'{key}' belongs {homes[key]} "
            else:
                hint = ""
            self.fail(f"{where} key '{key}'", "unknown key", f"{hint}(known keys here: {', '.join(known)})")

    def table(self, document: dict, key: str, where: str) -> dict | None:
        value = document.get(key)
        if value is not None and not isinstance(value, dict):
            self.fail(where, f"{show(value)} is {type_name(value)}, not a table",
                      f"write it as a table: [{key}] on its own line, then its keys")
        return value

    def string(self, value, where: str) -> str:
        if not isinstance(value, str):
            self.fail(where, f"{show(value)} is {type_name(value)}, not text", 'write text in quotes, e.g. "..."')
        return value

    def number(self, value, where: str, fix: str = "write a number such as 0.5") -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            if isinstance(value, str) and _is_float(value):
                fix = f"write {value.strip()} without quotes"
            self.fail(where, f"{show(value)} is {type_name(value)}, not a number", fix)
        try:
            number = float(value)
        except OverflowError:
            self.fail(where, f"{show(value)} is too large", "write a number between -1.7e308 and 1.7e308")
        if not math.isfinite(number):
            note = " (TOML reads a number beyond 1.7e308 as inf)" if math.isinf(number) else ""
            self.fail(where, f"{show(value)} is not a finite number{note}", f"{fix} (not nan or inf)")
        return number

    def integer(self, value, where: str, minimum: int, limit: str | None = None) -> int:
        """A whole number >= minimum (and <= LIMITS[limit] when ``limit`` is given)."""
        maximum = LIMITS[limit] if limit else None
        wanted = f"a whole number >= {minimum}" + (f" and <= {maximum:,}" if maximum else "")
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                wanted = f"{int(value)} (no decimal point)"
            self.fail(where, f"{show(value)} is {type_name(value)}, not a whole number", f"write {wanted}")
        if value < minimum:
            self.fail(where, f"{value} is too small", f"write {wanted}")
        if maximum is not None and value > maximum:
            self.fail(where, f"{show(value)} is too large", f"write {wanted}")
        return value

    def choice(self, value, choices: tuple[str, ...], where: str, kind: str, fix: str | None = None) -> str:
        if not isinstance(value, str) or value not in choices:
            close = difflib.get_close_matches(value, choices, n=1) if isinstance(value, str) else []
            hint = f"did you mean '{close[0]}'? " if close else ""
            quoted = ", ".join(f'"{c}"' for c in choices)
            what = f"unknown {kind} {show(value)}" if isinstance(value, str) else \
                f"{show(value)} is {type_name(value)}, not a name"
            self.fail(where, what, hint + (fix or f"expected one of {quoted}"))
        return value

    def vector(self, value, length: int, where: str, meaning: str = "", fix: str | None = None) -> np.ndarray:
        """A list of ``length`` finite numbers; ``meaning`` says what the length is (for messages)."""
        wanted = f"a list of {plural(length, 'number')}{meaning}"
        if not isinstance(value, list):
            self.fail(where, f"{show(value)} is {type_name(value)}, not a list", f"write {wanted}")
        if len(value) != length:
            self.fail(where, f"has {plural(len(value), 'number')}", f"expected {wanted}")
        kwargs = {"fix": fix} if fix else {}
        return np.array([self.number(v, f"{where}[{i}]", **kwargs) for i, v in enumerate(value)],
                        dtype=np.float64).reshape(length)

    def matrix(self, value, rows: int, cols: int, where: str, fix: str | None = None) -> np.ndarray:
        """A units x inputs matrix: a list of ``rows`` rows of ``cols`` numbers each."""
        shape = f"{rows} x {cols} (units x inputs)"
        if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
            got = f"{show(value)} is {type_name(value)}" if not isinstance(value, list) else \
                "is a flat list" if value else "is an empty list"
            self.fail(where, f"{got}, not a matrix", f"expected {plural(rows, 'row')} of {plural(cols, 'number')},"
                      f" e.g. [[1, 2], [3, 4]]: {shape}")
        if len(value) != rows:
            self.fail(where, f"has {plural(len(value), 'row')}", f"expected {shape}: one row per unit")
        return np.array([self.vector(row, cols, f"{where}[{r}]", " (one per input)", fix)
                         for r, row in enumerate(value)]).reshape(rows, cols)


# The numbers of a step, in the order they are computed: (LayerTrace field, name in messages).
_FORWARD = (("z", "z"), ("a", "a"))
_BACKWARD = (("delta", "delta"), ("grad_weights", "dL/dW"), ("grad_biases", "dL/db"),
             ("weights", "updated weights"), ("biases", "updated biases"))


def first_non_finite(trace) -> str | None:
    """Where the first inf or nan of a worked solution is, e.g. "step 2, [[layer]] 1 z"; or None."""
    for step in trace.steps:
        places = [(f"[[layer]] {n} {name}", getattr(layer, field))
                  for n, layer in enumerate(step.layers, start=1) for field, name in _FORWARD]
        places.append(("loss", step.loss))
        places += [(f"[[layer]] {n} {name}", getattr(layer, field))
                   for field, name in _BACKWARD for n, layer in enumerate(step.layers, start=1)]
        for place, value in places:
            if value is not None and not np.isfinite(value).all():
                return f"step {step.step}, {place}"
    return None


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def type_name(value) -> str:
    names = {dict: "a table", list: "a list", str: "text", bool: "a boolean", int: "a whole number",
             float: "a decimal number"}
    return names.get(type(value), f"a {type(value).__name__}")


def show(value) -> str:
    """A value as the user wrote it, shortened for a one-line message."""
    if isinstance(value, str):
        text = '"' + "".join(c if c.isprintable() else repr(c)[1:-1] for c in value) + '"'
    elif isinstance(value, bool):
        text = str(value).lower()
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{k} = {show(v)}" for k, v in value.items()) + "}"
    elif isinstance(value, list):
        text = "[" + ", ".join(show(v) for v in value[:8]) + (", ..." if len(value) > 8 else "") + "]"
    elif isinstance(value, int) and abs(value) > 10**15:
        text = f"{value:.3g}" if abs(value) < 1e308 else f"a {len(str(abs(value)))}-digit number"
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."
