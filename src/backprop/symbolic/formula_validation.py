"""The check of a parsed formula (parsing.parse_formula): its first name that is not about this
network, in one line: an unknown name or function, a weight without its two indices, an index out of
range, a shared bias written with an index, a sum without whole-number bounds."""

from __future__ import annotations

import sympy as sp
from sympy.core.function import AppliedUndef

from ..errors import did_you_mean
from .quantities import FormulaError, NetworkSymbols, NoSuchUnit, UnknownName, short
from .ranged_indices import index_span


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")



def array_sizes(symbols: NetworkSymbols) -> dict:
    """{base name: sizes of its indices} of the network's indexed quantities (W1: (units, inputs))."""
    sizes = {"x": (symbols.units(0),), symbols.target.name: (symbols.units(symbols.depth),)}
    for layer in range(1, symbols.depth + 1):
        units, inputs = symbols.units(layer), symbols.units(layer - 1)
        sizes[f"W{layer}"] = (units, inputs)
        sizes[f"z{layer}"] = sizes[f"a{layer}"] = sizes[f"delta{layer}"] = (units,)
        if symbols.bias_mode(layer) == "neuron":
            sizes[f"b{layer}"] = (units,)
    return sizes


class Validator:
    """Walks a parsed formula and names the first thing that is not about this network."""

    def __init__(self, symbols: NetworkSymbols, names: dict, text: str):
        self.symbols = symbols
        self.names = names
        self.text = text
        self.sizes = array_sizes(symbols)

    def fail(self, what: str, refusal: type = FormulaError, **carried):
        raise refusal(f"formula {short(self.text)}: {what}", **carried)

    def check(self, expr, bound: dict) -> None:
        if isinstance(expr, sp.Sum):
            self._check_sum(expr, bound)
        elif isinstance(expr, sp.Indexed):
            self._check_indexed(expr, bound)
        elif isinstance(expr, sp.IndexedBase):
            self.fail(f"{expr.name} needs its indices, e.g. {expr.name}{self._example(expr.name)}")
        elif isinstance(expr, AppliedUndef):
            known = [name for name, value in self.names.items() if callable(value) and not isinstance(value, sp.Basic)]
            self.fail(f"unknown function {expr.func.__name__!r}{self.close(expr.func.__name__, known)};"
                      f" known functions: {', '.join(sorted(known))}")
        elif isinstance(expr, sp.Symbol):
            self._check_symbol(expr, bound)
        else:
            for arg in expr.args:
                self.check(arg, bound)

    def _check_symbol(self, symbol: sp.Symbol, bound: dict) -> None:
        allowed = {self.symbols.eta, self.symbols.L} | {b for b in self.symbols.b.values() if isinstance(b, sp.Symbol)}
        if symbol in allowed or symbol in bound or index_span(symbol) is not None:
            return  # (a ranged letter: a meaning that is the index itself, "e_{n}" = "n")
        name = symbol.name
        if name.startswith("b") and name[1:].isdigit() and 1 <= int(name[1:]) <= self.symbols.depth:
            self.fail(f"layer {name[1:]} has no bias (bias = \"none\"), so there is no {name}")
        if name in self.sizes:
            self.fail(f"{name} needs its indices, e.g. {name}{self._example(name)}")
        self.fail(f"unknown name {name!r}{self.close(name, list(self.names))}; this network has"
                  f" {self.symbols.describe()}", UnknownName, name=name)

    def _check_sum(self, expr: sp.Sum, bound: dict) -> None:
        inner = dict(bound)
        for limit in expr.limits:
            if len(limit) != 3:
                self.fail("write a sum as Sum(term, (k, first, last)) with whole-number bounds")
            index, first, last = limit
            if not (isinstance(index, sp.Symbol) and first.is_Integer and last.is_Integer):
                self.fail("write a sum as Sum(term, (k, first, last)) with whole-number bounds")
            inner[index] = (int(first), int(last))
        self.check(expr.function, inner)

    def _check_indexed(self, expr: sp.Indexed, bound: dict) -> None:
        name = expr.base.name
        shown = f"{name}[{','.join(str(index) for index in expr.indices)}]"
        if name not in self.sizes:
            self.fail(f"unknown name {name!r}{self.close(name, list(self.sizes))}; this network has"
                      f" {self.symbols.describe()}", UnknownName, name=name)
        sizes = self.sizes[name]
        if len(expr.indices) != len(sizes):
            self.fail(f"{shown} has {len(expr.indices)} indices, {name} takes {len(sizes)}:"
                      f" {name}{self._example(name)}")
        for position, (index, size) in enumerate(zip(expr.indices, sizes)):
            if index.is_Integer:
                low = high = int(index)
            elif index in bound:
                low, high = bound[index]
            elif index_span(index) is not None:  # a general rule's letter, read once for all its values
                low, high = index_span(index)
            elif isinstance(index, sp.Symbol):
                self.fail(f"{shown}: index {index} is neither a number nor the index of an enclosing"
                          " Sum(term, (index, first, last)); indices are 0-based whole numbers")
            else:
                self.fail(f"{shown}: index {index} is not a whole number; indices are 0-based, e.g."
                          f" {name}{self._example(name)}")
            if low < 0 or high >= size:
                what = ("unit ", "input ")[position] if name.startswith("W") else ""
                self.fail(f"{shown}: {what}index {high if high >= size else low} is out of range"
                          f" (0..{size - 1}): {self._range_reason(name, position, size)}", NoSuchUnit,
                          index=high if high >= size else low)

    def _range_reason(self, name: str, position: int, size: int) -> str:
        if name == "x":
            return f"the network has {_count(size, 'input')}"
        if name in ("y", "t"):
            return f"the network has {_count(size, 'output')}"
        layer = name.lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")  # W2, z2, delta2: the layer 2
        if name.startswith("W") and position == 1:
            return f"layer {layer} has {_count(size, 'input')}"
        return f"layer {layer} has {_count(size, 'unit')}"

    def _example(self, name: str) -> str:
        return "[0,0]" if name.startswith("W") else "[0]"

    @staticmethod
    def close(name: str, known: list[str]) -> str:
        """The hint " (did you mean 'W2'?)" after an unknown name; "" where no known name is near."""
        hint = did_you_mean(name, known).strip()
        return f" ({hint})" if hint else ""
