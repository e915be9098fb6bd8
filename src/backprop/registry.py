"""What the activation and the loss registries share: parameters, and reading an entry's spelling.

Activations and losses are each a package of entries, one module per entry, found by listing the
package (``entries``): adding one is adding its module. An entry is written in a problem file, a
model file or an estimator's parameter either by its name or as a table with its
name and parameters (``{name = "...", slope = 0.2}``); ``read_spec`` reads both, and every
mistake raises ``SpecError`` with what is wrong and what would be right, for the reader to place.
"""

from __future__ import annotations

import difflib
import importlib
import math
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Callable

from .expression import Expr, simplified, substitute, value
from .getters import is_real, not_a, show


class SpecError(ValueError):
    """An activation or loss that cannot be used. ``key`` is the parameter at fault (None: the name
    or the whole spelling), ``what`` what is wrong and ``fix`` what would be right."""

    def __init__(self, what: str, fix: str, key: str | None = None):
        self.what, self.fix, self.key = what, fix, key
        super().__init__(f"{what}; {fix}")


@dataclass(frozen=True)
class Parameter:
    """A number that shapes an entry (a slope, a log base), with its default and its check.

    accept : is the value as written right?  convert : as written -> stored (float by default);
    written : stored -> as written in files (the log base e is written "e").
    """

    name: str
    default: object
    meaning: str
    expected: str
    accept: Callable[[object], bool]
    convert: Callable[[object], object] = float
    written: Callable[[object], object] = lambda value: value


class Entry:
    """What an activation and a loss share: a name, parameters with this instance's ``values``, the
    formulas written with them, the instances bound to other values, and how the entry is written.

    A subclass sets ``name``, ``parameters``, ``values`` and ``_bound`` (a dict shared by the
    instances of one entry) and binds its functions to the values in ``_bind(values)``."""

    name: str
    parameters: tuple
    values: dict

    def _formula(self, formula) -> Expr:
        """A formula with this instance's parameter values put in (and folded: a slope of 1 is gone)."""
        if callable(formula) and not isinstance(formula, Expr):
            return formula(**self.values)
        if not self.values:
            return formula
        return simplified(substitute(formula, {key: value(number) for key, number in self.values.items()}))

    def with_values(self, **values):
        """This entry with other parameter values (the same object for the same values)."""
        values = {**self.values, **values}
        if values == self.values:
            return self
        key = tuple(sorted(values.items()))
        if key not in self._bound:
            bound = object.__new__(type(self))
            bound.__dict__.update(self.__dict__)
            bound._bind(values)
            self._bound[key] = bound
        return self._bound[key]

    def spec(self):
        """How a file writes it: the name, or a table with the name and the parameter values."""
        if not self.parameters:
            return self.name
        return {"name": self.name, **{p.name: p.written(self.values[p.name]) for p in self.parameters}}

    def describe(self) -> str:
        """The name, with the parameters and their values: ``name (slope 0.2)``."""
        if not self.parameters:
            return self.name
        shown = ", ".join(f"{p.name} {_shown(p.written(self.values[p.name]))}" for p in self.parameters)
        return f"{self.name} ({shown})"

    def __eq__(self, other):
        return type(other) is type(self) and (self.name, self.values) == (other.name, other.values)

    def __hash__(self):
        return hash((self.name, tuple(sorted(self.values.items()))))

    def __repr__(self):
        return f"{type(self).__name__}({self.describe()})"


def _shown(written) -> str:
    return f"{written:g}" if isinstance(written, float) else str(written)


def is_number(value) -> bool:
    """A finite number, not a boolean (a whole number of any size counts: it is finite)."""
    return is_real(value) and value == value and abs(value) != math.inf


def entries(package: str) -> list:
    """The ``ENTRY`` of every public module of ``package``, in the order of their names."""
    module = importlib.import_module(package)
    found = []
    for info in pkgutil.iter_modules(module.__path__):
        if not info.name.startswith("_"):
            found.append(importlib.import_module(f"{package}.{info.name}").ENTRY)
    return found


def read_spec(value, entries_by_name: Mapping, aliases: Mapping, noun: str):
    """(entry, {parameter: stored value}) for a name or a {name = ..., parameters} table.

    Raises SpecError naming what is wrong: not a name, an unknown name (with the closest one), a
    parameter the entry does not have, a value it does not accept.
    """
    names = ", ".join(f'"{name}"' for name in entries_by_name)
    if isinstance(value, Mapping):
        if "name" not in value:
            raise SpecError("a table without 'name'", f'write {{name = "{next(iter(entries_by_name))}", ...}}')
        table, name = value, value["name"]
    else:
        table, name = {}, value
    if not isinstance(name, str):
        raise SpecError(not_a(name, "a name"),
                        f"write the {noun} in quotes, one of {names}")
    entry = entries_by_name.get(aliases.get(name, name))
    if entry is None:
        close = difflib.get_close_matches(name, list(entries_by_name) + list(aliases), n=1)
        hint = f"did you mean '{aliases.get(close[0], close[0])}'? " if close else ""
        raise SpecError(f"unknown {noun} {show(name)}", f"{hint}expected one of {names}")
    known = {parameter.name: parameter for parameter in entry.parameters}
    values = {}
    for key, written in table.items():
        if key == "name":
            continue
        parameter = known.get(key)
        if parameter is None:
            holders = [other.name for other in entries_by_name.values()
                       if any(p.name == key for p in other.parameters)]
            if holders:
                raise SpecError(f"only applies to {' and '.join(holders)}, not {entry.name}", f"remove {key}", key)
            fix = (f"{entry.name} takes {', '.join(known)}" if known else f"{entry.name} takes no parameters;"
                   f" write just its name, \"{entry.name}\"")
            raise SpecError("unknown parameter", fix, key)
        if not parameter.accept(written):
            raise SpecError(f"{show(written)} is not {parameter.meaning}", f"write {parameter.expected}", key)
        values[key] = parameter.convert(written)
    return entry, values
