"""Typed getters: the one place where a value read from outside is checked to be what it should be.

Five kinds of source give backprop values it did not compute: problem files, the description inside
a model or checkpoint file, training settings (a [train] table or flags), and the parameters of the
scikit-learn estimators. Each reads its values through :class:`Getters`: a getter takes the value
and where it was found, and returns it checked (and converted: an ``int`` for a whole number, a
``float`` for a number, a float64 array for a vector) or calls :meth:`Getters.fail` with what is
wrong and what would be right. A source subclasses Getters only to say what a failure raises (its
UserError subclass) and how its message is put together; the checks and their words are the same
everywhere:

    p.toml: [train] key 'epochs': 0 is too small; write a whole number >= 1
"""

from __future__ import annotations

import math
import numbers
from typing import NoReturn

import numpy as np

from .errors import UserError, did_you_mean
from .limits import LIMITS


class Getters:
    """Typed getters over the values of one source (``path``: a file, "command line"...).

    Every getter returns the checked value or calls :meth:`fail`, which never returns.
    """

    def __init__(self, path=None):
        self.path = path

    def fail(self, where: str, what: str, fix: str | None) -> NoReturn:
        """Raise the source's error: ``<path>: <where>: <what>; <fix>``."""
        raise UserError(what, fix, self.path, where)

    # -- containers --------------------------------------------------------------------------

    def table(self, value, where: str, fix: str = "write a table of keys and values") -> dict:
        if not isinstance(value, dict):
            self.fail(where, not_a(value, "a table"),
                      fix)
        return value

    def list(self, value, where: str, fix: str = "write a list in brackets, e.g. [1, 2]") -> list:
        if not isinstance(value, list):
            self.fail(where, not_a(value, "a list"),
                      fix)
        return value

    def known_keys(self, table: dict, known: tuple[str, ...], where: str, homes: dict | None = None) -> None:
        """Every key of ``table`` is in ``known``; ``homes`` says where other tables' keys belong."""
        for key in table:
            if key in known:
                continue
            hint = did_you_mean(key, known)
            if not hint and homes and key in homes:
                hint = f"'{key}' belongs {homes[key]} "
            self.fail(f"{where} key '{key}'", "unknown key", f"{hint}known keys here: {', '.join(known)}")

    # -- scalars -----------------------------------------------------------------------------

    def text(self, value, where: str, fix: str = 'write text in quotes, e.g. "..."', blank: bool = True) -> str:
        """A string; ``blank=False`` refuses an empty or all-space one."""
        if not isinstance(value, str):
            self.fail(where, not_a(value, "text"), fix)
        if not blank and not value.strip():
            self.fail(where, f"{show(value)} is blank", fix)
        return value

    def switch(self, value, where: str) -> bool:
        """True or false (a NumPy bool too); returned as a Python bool."""
        if not isinstance(value, (bool, np.bool_)):
            self.fail(where, "missing" if value is None else f"{show(value)} is not true or false", "write true or false")
        return bool(value)

    def number(self, value, where: str, fix: str = "write a number such as 0.5", *, low=None, high=None,
               above=None, below=None) -> float:
        """A finite number (an int or a float, not a boolean) as a float, within the bounds given:
        ``low <= value <= high``, ``above < value < below``."""
        if not is_real(value):
            if isinstance(value, str) and _is_float(value):
                fix = f"write {value.strip()} without quotes"
            self.fail(where, not_a(value, "a number"), fix)
        try:
            number = float(value)
        except OverflowError:
            self.fail(where, f"{show(value)} is too large", "write a number between -1.7e308 and 1.7e308")
        if not math.isfinite(number):
            note = " (TOML reads a number beyond 1.7e308 as inf)" if math.isinf(number) else ""
            self.fail(where, f"{show(value)} is not a finite number{note}", f"{fix} (not nan or inf)")
        if above == 0 and number <= 0:
            self.fail(where, f"{show(value)} is not positive", "write a positive number, e.g. 0.1")
        for bound, outside, what, relation in ((low, number < (low or 0), "too small", ">="),
                                               (above, number <= (above or 0), "too small", ">"),
                                               (high, number > (high or 0), "too large", "<="),
                                               (below, number >= (below or 0), "too large", "<")):
            if bound is not None and outside:
                self.fail(where, f"{number:g} is {what}", f"write a number {relation} {bound:g}")
        return number

    def whole(self, value, where: str, low: int = 0, high: int | None = None, *, limit: str | None = None) -> int:
        """A whole number (an int, not a boolean or a float) >= low and <= high, or <= LIMITS[limit]."""
        high = LIMITS[limit] if limit else high
        wanted = f"a whole number >= {low}" + (f" and <= {high:,}" if high is not None else "")
        if not is_integer(value):
            if isinstance(value, float) and value.is_integer():
                wanted = f"{int(value)} (no decimal point)"
            self.fail(where, not_a(value, "a whole number"), f"write {wanted}")
        if value < low:
            self.fail(where, f"{show(value)} is too small", f"write {wanted}")
        if high is not None and value > high:
            self.fail(where, f"{show(value)} is too large", f"write {wanted}")
        return int(value)

    def choice(self, value, choices, where: str, kind: str, fix: str | None = None) -> str:
        """One of the names ``choices``; ``kind`` says what they are ("activation")."""
        choices = tuple(choices)
        if not isinstance(value, str) or value not in choices:
            hint = did_you_mean(value, choices)
            quoted = ", ".join(f'"{c}"' for c in choices)
            what = f"unknown {kind} {show(value)}" if isinstance(value, str) else \
                not_a(value, "a name")
            self.fail(where, what, hint + (fix or f"expected one of {quoted}"))
        return value

    # -- arrays ------------------------------------------------------------------------------

    def vector(self, value, length: int, where: str, meaning: str = "", fix: str | None = None) -> np.ndarray:
        """A list of ``length`` finite numbers as float64; ``meaning`` says what the length is."""
        wanted = f"a list of {plural(length, 'number')}{meaning}"
        if not isinstance(value, list):
            self.fail(where, not_a(value, "a list"), f"write {wanted}")
        if len(value) != length:
            self.fail(where, f"has {plural(len(value), 'number')}", f"expected {wanted}")
        kwargs = {"fix": fix} if fix else {}
        return np.array([self.number(v, f"{where}[{i}]", **kwargs) for i, v in enumerate(value)],
                        dtype=np.float64).reshape(length)

    def matrix(self, value, rows: int, cols: int, where: str, fix: str | None = None,
               nouns: tuple[str, str] = ("unit", "input")) -> np.ndarray:
        """A matrix of ``rows`` rows of ``cols`` numbers each, as float64; ``nouns`` say what a row and
        a column stand for (a layer's units and inputs, or, written input-first, its inputs and units)."""
        row_noun, col_noun = nouns
        shape = f"{rows} x {cols} ({row_noun}s x {col_noun}s)"
        if not isinstance(value, list) or not all(isinstance(row, list) for row in value):
            got = f"{show(value)} is {type_name(value)}" if not isinstance(value, list) else \
                "is a flat list" if value else "is an empty list"
            self.fail(where, f"{got}, not a matrix", f"expected {plural(rows, 'row')} of {plural(cols, 'number')},"
                      f" e.g. [[1, 2], [3, 4]]: {shape}")
        if len(value) != rows:
            self.fail(where, f"has {plural(len(value), 'row')}", f"expected {shape}: one row per {row_noun}")
        return np.array([self.vector(row, cols, f"{where}[{r}]", f" (one per {col_noun})", fix)
                         for r, row in enumerate(value)]).reshape(rows, cols)

    def array(self, value, where: str, shape: tuple, dtype=np.float32, fix: str | None = None) -> np.ndarray:
        """An array of ``dtype`` and ``shape`` whose floats are all finite (returned as it is)."""
        if not isinstance(value, np.ndarray):
            self.fail(where, "missing" if value is None else f"is {type_name(value)}, not an array", fix)
        if value.dtype != dtype:
            self.fail(where, f"is {value.dtype}, not {np.dtype(dtype)}", fix)
        if value.shape != tuple(shape):
            self.fail(where, f"has shape {shape_text(value.shape)}, not {shape_text(shape)}", fix)
        if value.dtype.kind == "f" and not np.isfinite(value).all():
            self.fail(where, "holds NaN or infinite values", fix)
        return value


# ---------------------------------------------------------------------------------------------
# What the getters accept, and how values appear in messages


def is_integer(value) -> bool:
    """A whole number: an int (a NumPy integer too), not a boolean."""
    return isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))


def is_real(value) -> bool:
    """A number: an int or a float (NumPy's too), not a boolean."""
    return isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def not_a(value, wanted: str) -> str:
    """What is wrong with a value of the wrong type: "missing" for None (JSON's null, or a key left
    out), else e.g. '"ten" is text, not a whole number'."""
    return "missing" if value is None else f"{show(value)} is {type_name(value)}, not {wanted}"


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def type_name(value) -> str:
    names = {dict: "a table", list: "a list", str: "text", bool: "a boolean", int: "a whole number",
             float: "a decimal number", type(None): "nothing (null)"}
    return names.get(type(value), f"a {type(value).__name__}")


def show(value) -> str:
    """A value as the user wrote it (TOML spelling), shortened for a one-line message."""
    if isinstance(value, str):
        text = '"' + "".join(c if c.isprintable() else repr(c)[1:-1] for c in value[:60]) + '"'
    elif isinstance(value, (bool, np.bool_)):
        text = str(bool(value)).lower()
    elif isinstance(value, dict):
        text = "{" + ", ".join(f"{k} = {show(v)}" for k, v in list(value.items())[:8]) + "}"
    elif isinstance(value, list):
        text = "[" + ", ".join(show(v) for v in value[:8]) + (", ..." if len(value) > 8 else "") + "]"
    elif isinstance(value, int) and abs(value) > 10**15:
        text = f"{value:.3g}" if abs(value) < 1e308 else f"a {_digits(value)}-digit number"
    else:
        text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _digits(value: int) -> str:
    """The number of decimal digits of a big int, without converting it to text (which Python refuses
    beyond 4,300 digits)."""
    digits = int(abs(value).bit_length() * math.log10(2)) + 1
    return f"{digits - 1 if 10 ** (digits - 1) > abs(value) else digits:,}"


def shape_text(shape: tuple) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ")" if shape else "() (one number)"
