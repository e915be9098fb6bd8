"""The checks behind problem files: one-line errors, typed getters, and file/TOML failure messages.

Every failure is a ProblemError whose message has one shape,

    <path>: <where>: <what is wrong>; <what would be right>

``Checker`` is the typed getters of backprop.getters raising ProblemError, which problem.py's
reader applies key by key (``SampleReading`` adds the [data] table's per-sample lists); ``read_text`` and ``parse_toml`` turn I/O and TOML syntax errors into the
same shape, with line and column.
"""

from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

import numpy as np

from .activations import HIDDEN_DEFAULT
from .errors import UserError
from .files import open_input
from .getters import Getters, plural, show, type_name
from .limits import LIMITS
from .losses import Loss
from .patterns import lazy_pattern

__all__ = ["Checker", "LIMITS", "ProblemError", "SampleReading", "first_non_finite", "parse_toml", "plural", "read_text", "show",
           "type_name"]

class ProblemError(UserError):
    """A problem file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path, where: str, what: str, fix: str):
        super().__init__(what, fix, path, where)


# ---------------------------------------------------------------------------------------------
# Reading the file, and TOML syntax

# (exception type, what is wrong, what would be right, {kind} the kind of file); the first match wins.
_READ_ERRORS = (
    (FileNotFoundError, "no such file", "give the path of an existing .toml {kind}"),
    (IsADirectoryError, "is a directory, not a file", "give the path of a .toml {kind} inside it"),
    (PermissionError, "permission denied", "make the file readable, or give another path"),
    (UnicodeDecodeError, "is not UTF-8 text", "a {kind} is TOML text: save it as UTF-8"),
    (OSError, "cannot be read", "give the path of a readable .toml {kind}"),
)

# (pattern in tomllib's message, what would be right); the first match wins.
_TOML_HINTS = (
    (r"Invalid value", 'a value is a number, "quoted text", true/false or a [list], so names need'
     f' quotes, e.g. activation = "{HIDDEN_DEFAULT}"'),
    (r"Cannot declare .* twice|Cannot overwrite a value|Cannot mutate",
     "each key and each [table] may appear only once, so write every layer as [[layer]] (double brackets)"),
    (r"Unclosed array", "close the list with ]"),
    (r"Unclosed inline table", "close the inline table with }"),
    (r"Unterminated string", f'close the text with the quote it opened with, e.g. "{HIDDEN_DEFAULT}"'),
    (r"Expected '=' after a key", "write key = value"),
    (r"Expected ']]'", "close the header with ]], e.g. [[layer]]"),
    (r"Expected ']'", "close the header with ], e.g. [loss]"),
    (r"Expected newline or end of document", "one key = value per line (a list needs brackets, e.g."
     " x = [1, 2], and a decimal digits after the point, e.g. 1.0)"),
    (r"Invalid initial character for a key part", 'a key is a bare word (units) or "quoted", and an inline'
     " table { } has no trailing comma"),
    (r"Illegal character", "remove the control character: a TOML file is plain text"),
    (r"Invalid statement", "each line is key = value, a [table] or [[layer]] header, or a # comment"),
    (r"", "fix the TOML syntax (see https://toml.io)"),
)


def read_text(path: Path, kind: str = "problem file") -> str:
    """The file's text (a regular file of at most LIMITS["problem_file_bytes"]); any failure is a
    ProblemError at 'file', whose fix names ``kind`` (a notation file is read the same way)."""
    def refuse(what: str, fix: str):
        raise ProblemError(path, "file", what, fix)

    try:
        file, _ = open_input(path, refuse, limit="problem_file_bytes")
        with io.TextIOWrapper(file, encoding="utf-8") as text:
            return text.read()
    except (OSError, UnicodeDecodeError) as error:
        for error_type, what, fix in _READ_ERRORS:
            if isinstance(error, error_type):
                if isinstance(error, UnicodeDecodeError):
                    what += f" (byte 0x{error.object[error.start]:02x} at offset {error.start})"
                elif error_type is OSError and error.strerror:
                    what += f" ({error.strerror.lower()})"
                raise ProblemError(path, "file", what, fix.format(kind=kind)) from None
        raise  # pragma: no cover - every OSError matches the last row


def parse_toml(text: str, path) -> dict:
    """The TOML document; a syntax error is a ProblemError at 'line L, column C'.

    Before tomllib sees the text, brackets nested deeper than LIMITS["toml_depth"] and keys of more
    than LIMITS["toml_key_parts"] dotted parts are refused: tomllib parses nesting by recursion (a
    list 1,000 deep is a RecursionError) and builds a dotted key in time quadratic in its parts.
    """
    _check_shape(text, path)
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


# What matters for nesting in TOML text, in one pass: a dotted key too long (first, so that it is not
# taken apart), strings and comments (their brackets do not count), bare words (skipped whole, so
# that no position is scanned twice), and brackets. A multi-line string left open ends the scan:
# tomllib reports it, and trying to close it again from every later position would take quadratic
# time.
_KEY_PART = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')"""
_TOML_TOKENS = lazy_pattern(
    r"(?P<dotted>(?:" + _KEY_PART + r"[ \t]*+\.[ \t]*+){" + str(LIMITS["toml_key_parts"]) + "})"
    r'|(?P<string>"""(?:[^\\]|\\.)*?"""' + r"|'''.*?'''" + r'''|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+')'''
    r'|(?P<unclosed>"""' + r"|''')"
    r"|(?P<bare>[A-Za-z0-9_+-]++)"
    r"|(?P<comment>#[^\n]*+)"
    r"|(?P<open>[\[{])"
    r"|(?P<close>[\]}])", re.DOTALL)


def _check_shape(text: str, path) -> None:
    """Refuse nesting deeper than LIMITS["toml_depth"] and over-long dotted keys, at their place."""
    depth, limit = 0, LIMITS["toml_depth"]
    for token in _TOML_TOKENS.finditer(text):
        kind = token.lastgroup
        if kind == "open":
            depth += 1
            if depth > limit:
                raise ProblemError(path, _place(text, token.start()), f"brackets nested more than {limit} deep",
                                   "a problem file needs three levels at most (a matrix in a [[layer]] table)")
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "dotted":
            raise ProblemError(path, _place(text, token.start()), f"a dotted key of more than"
                               f" {LIMITS['toml_key_parts']} parts", "keys of a problem file have one or"
                               " two parts, e.g. units or loss.name")
        elif kind == "unclosed":
            return


def _place(text: str, offset: int) -> str:
    """'line L, column C' of a character offset in ``text``, counted from 1."""
    line_start = text.rfind("\n", 0, offset) + 1
    return f"line {text.count(chr(10), 0, offset) + 1}, column {offset - line_start + 1}"


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


class Checker(Getters):
    """The typed getters (backprop.getters) raising ProblemError; subclassed by the file reader."""

    def fail(self, where: str, what: str, fix: str):
        raise ProblemError(self.path, where, what, fix)

    def section(self, document: dict, key: str, where: str) -> dict | None:
        """The table ``document[key]``, or None where the file leaves it out."""
        value = document.get(key)
        if value is None:
            return None
        return self.table(value, where, f"write it as a table: [{key}] on its own line, then its keys")


# The numbers of a step, in the order they are computed: (LayerTrace field, name in messages).
_FORWARD = (("z", "z"), ("a", "a"))
_BACKWARD = (("delta", "delta"), ("grad_weights", "dL/dW"), ("grad_biases", "dL/db"),
             ("weights", "updated weights"), ("biases", "updated biases"))


class SampleReading(Checker):
    """The per-sample lists of a problem's [data] table: targets, labels and class names."""

    def per_sample(self, value, key: str, noun: str, count: int, fix: str) -> list:
        """The list under [data] ``key`` with one ``noun`` per sample."""
        where = f"[data] key '{key}'"
        if not isinstance(value, list):
            self.fail(where, f"{show(value)} is not a list", fix)
        if len(value) != count:
            self.fail(where, f"has {plural(len(value), noun)} for {plural(count, 'sample')} in x", fix)
        return value

    def targets(self, y, count: int, outputs: int, loss: Loss) -> np.ndarray:
        self.per_sample(y, "y", "target", count, f"give one target per sample, each a list of {plural(outputs, 'number')}")
        rows = [row if isinstance(row, list) or outputs != 1 else [row] for row in y]
        targets = np.array([self.vector(row, outputs, f"[data] key 'y'[{s}]", " (one per output unit)")
                            for s, row in enumerate(rows)]).reshape(count, outputs)
        for s, row in enumerate(targets):
            wrong = loss.targets.problem(row)
            if wrong:
                self.fail(f"[data] key 'y'[{s}]", wrong[0], f"{loss.name} {wrong[1]}")
        return targets

    def labels(self, table: dict, count: int, outputs: int) -> tuple[np.ndarray, list[int], list[str] | None]:
        """[data] labels (and classes): the one-hot targets (count, outputs), the class indices and the
        class names (None: not given)."""
        labels = self.per_sample(table["labels"], "labels", "label", count, "give one class (index or name) per sample")
        classes = table.get("classes")
        if classes is not None:
            classes = self.classes(classes, outputs)
        indices = []
        for s, label in enumerate(labels):
            where = f"[data] key 'labels'[{s}]"
            if isinstance(label, str):
                if classes is None:
                    self.fail(where, f"class name {show(label)} without a 'classes' list",
                              f"add classes = [...] naming the {outputs} output units, or write a class index")
                self.choice(label, tuple(classes), where, "class")
                indices.append(classes.index(label))
            elif isinstance(label, int) and not isinstance(label, bool):
                if not 0 <= label < outputs:
                    self.fail(where, f"class {label} is out of range", f"expected 0 to {outputs - 1}"
                              f" (the output layer has {plural(outputs, 'unit')})")
                indices.append(label)
            else:
                self.fail(where, f"{show(label)} is not a class", "write a class index or a name from 'classes'")
        return np.eye(outputs)[indices], indices, classes

    def classes(self, classes, outputs: int) -> list[str]:
        where = "[data] key 'classes'"
        fix = f'name the {outputs} output units in order, e.g. classes = ["cat", "dog", ...]'
        if not isinstance(classes, list):
            self.fail(where, f"{show(classes)} is not a list", fix)
        for position, name in enumerate(classes):
            if not isinstance(name, str):
                self.fail(f"{where}[{position}]", f"{show(name)} is not a name", 'write names in quotes, e.g. "cat"')
            if name in classes[:position]:
                self.fail(f"{where}[{position}]", f"{show(name)} appears twice", "give each class a different name")
        if len(classes) != outputs:
            self.fail(where, f"has {plural(len(classes), 'name')} but the output layer has"
                      f" {plural(outputs, 'unit')}", fix)
        return list(classes)


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
