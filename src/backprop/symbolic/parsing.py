"""Reading a hand-written formula in SymPy syntax, with the names of shared/spec/symbols.md.

``parse_formula("2*(a2[0] - y[0])*a1[1]", symbols)`` returns a SymPy expression whose names are the
network's own objects (see quantities.py). Anything that is not a formula about this network fails
with a FormulaError whose message is one line: a syntax error, an unknown name or function, an
index out of range, a shared bias written with an index, a weight without its two indices.

The namespace is closed: only the network's names and the functions of symbols.md (plus ``Sum``
for sums in index notation, and ``^`` read as a power) exist, so that ``E``, ``S``, ``O`` or ``N``
are unknown names as a person would expect, not SymPy's constants and functions.
"""

from __future__ import annotations

import difflib
import math
import re
import tokenize

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.parsing.sympy_parser import convert_xor, parse_expr, standard_transformations

from .functions import FORMULA_FUNCTIONS
from .quantities import FormulaError, NetworkSymbols

_TRANSFORMATIONS = standard_transformations + (convert_xor,)
_GLOBALS = {"__builtins__": {}, "Integer": sp.Integer, "Float": sp.Float, "Rational": sp.Rational,
            "Symbol": sp.Symbol, "Function": sp.Function}


class _SharedBias(sp.Symbol):
    """A shared bias: one number for the layer, so ``b2[0]`` is a mistake worth naming."""

    def __getitem__(self, index):
        raise FormulaError(f"{self.name} is the shared bias of layer {self.name[1:]} (one number for"
                           f" the layer): write {self.name}, without an index")


def namespace(symbols: NetworkSymbols) -> dict:
    """Every name a formula about this network may use, mapped to its SymPy object."""
    names = dict(FORMULA_FUNCTIONS)
    names.update({"x": symbols.x, "a0": symbols.x, "y": symbols.target, "t": symbols.target,
                  "eta": symbols.eta, "L": symbols.L})
    for layer in range(1, symbols.depth + 1):
        names[f"W{layer}"] = symbols.W[layer]
        names[f"z{layer}"] = symbols.z[layer]
        names[f"a{layer}"] = symbols.a[layer]
        bias = symbols.b[layer]
        if isinstance(bias, sp.Symbol):
            names[f"b{layer}"] = _SharedBias(bias.name, real=True)
        elif bias is not None:
            names[f"b{layer}"] = bias
    return names


def parse_formula(text: str, symbols: NetworkSymbols) -> sp.Expr:
    """The formula ``text`` as a SymPy expression in the network's names (FormulaError if unreadable)."""
    if not text or not text.strip():
        raise FormulaError("the formula is empty; write an expression such as 2*(a2[0] - y[0])*a1[1]")
    names = namespace(symbols)
    _check_subscripted_names(text, names, symbols)
    _check_number_sizes(text, names)
    try:
        expr = parse_expr(text, local_dict=dict(names), global_dict=dict(_GLOBALS),
                          transformations=_TRANSFORMATIONS)
    except FormulaError as error:
        raise FormulaError(f"formula {_short(text)}: {error}") from None
    except (SyntaxError, tokenize.TokenError) as error:
        raise FormulaError(f"formula {_short(text)}: syntax error ({_reason(error)}); write SymPy syntax"
                           " with * for products and ** for powers, e.g. 2*(a2[0] - y[0])*a1[1]") from None
    except Exception as error:  # anything eval can raise on a malformed formula: one line, no traceback
        raise FormulaError(f"formula {_short(text)}: cannot be read ({_reason(error)}); write a weight as"
                           " W2[j,i] and products with *, e.g. 2*(a2[0] - y[0])*W2[0,1]") from None
    if not isinstance(expr, sp.Basic):
        raise FormulaError(f"formula {_short(text)}: is not an expression")
    expr = sp.sympify(expr)
    # Shared biases were parsed as _SharedBias; from here on they are the network's own symbols.
    expr = expr.xreplace({value: symbols.b[int(value.name[1:])] for value in expr.atoms(_SharedBias)})
    _Validator(symbols, names, text).check(expr, {})
    return _exact(expr)


# What parse_expr(evaluate=False) writes its unevaluated operations with.
_UNEVALUATED = {name: getattr(sp, name) for name in ("Add", "Mul", "Pow", "Integer", "Float", "Rational",
                                                       "Symbol", "Function")}
MAX_DIGITS = 1000  # a number in a hand derivation has a few digits; 9**9**9 has 370 million


def _check_number_sizes(text: str, names: dict) -> None:
    """Refuse powers of numbers too big to write, before SymPy computes them (9**9**9 would run for
    minutes). Read without evaluation first; a formula that cannot be read is left to the real parse."""
    try:
        raw = parse_expr(text, local_dict=dict(names), global_dict={**_GLOBALS, **_UNEVALUATED},
                         transformations=_TRANSFORMATIONS, evaluate=False)
    except Exception:  # reported, with its reason, by the parse that follows
        return
    if not isinstance(raw, sp.Basic):
        return
    for power in raw.atoms(sp.Pow):
        base, exponent = power.args
        if not (base.is_number and exponent.is_number):
            continue
        try:
            size = abs(float(sp.N(exponent, 15))) * math.log10(max(abs(float(sp.N(base, 15))), 1e-300))
        except (TypeError, ValueError, OverflowError):
            size = math.inf
        if not abs(size) <= MAX_DIGITS:
            # (the power itself is not printed: printing it is what must not happen)
            raise FormulaError(f"formula {_short(text)}: has a power of numbers of more than"
                               f" {MAX_DIGITS:,} digits; write the derivative with the network's symbols"
                               " and small numbers")


_SUBSCRIPTED = re.compile(r"([A-Za-z_][A-Za-z_0-9]*)\s*\[")


def _check_subscripted_names(text: str, names: dict, symbols: NetworkSymbols) -> None:
    """Name a subscripted unknown (W3[0,0] in a 2-layer network) before Python's own error would."""
    for match in _SUBSCRIPTED.finditer(text):
        name = match.group(1)
        value = names.get(name)
        if isinstance(value, (sp.IndexedBase, _SharedBias)):
            continue
        layer = name[1:]
        if name.startswith("b") and layer.isdigit() and 1 <= int(layer) <= symbols.depth:
            raise FormulaError(f"formula {_short(text)}: layer {layer} has no bias (bias = \"none\"),"
                               f" so there is no {name}")
        close = difflib.get_close_matches(name, [n for n, v in names.items() if isinstance(v, sp.IndexedBase)], n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise FormulaError(f"formula {_short(text)}: unknown name {name!r}{hint}; this network has"
                           f" {symbols.describe()}")


def _exact(expr: sp.Expr) -> sp.Expr:
    """Decimals as exact fractions (0.5 -> 1/2), so that a proof compares like with like."""
    return expr.xreplace({number: sp.Rational(str(number)) for number in expr.atoms(sp.Float)})


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _reason(error: Exception) -> str:
    message = str(error.args[0]) if error.args else type(error).__name__
    return " ".join(message.split())[:100] or type(error).__name__


class _Validator:
    """Walks a parsed formula and names the first thing that is not about this network."""

    def __init__(self, symbols: NetworkSymbols, names: dict, text: str):
        self.symbols = symbols
        self.names = names
        self.text = text
        self.sizes = self._sizes()

    def _sizes(self) -> dict:
        """{base name: sizes of its indices}."""
        symbols = self.symbols
        sizes = {"x": (symbols.units(0),), symbols.target.name: (symbols.units(symbols.depth),)}
        for layer in range(1, symbols.depth + 1):
            units, inputs = symbols.units(layer), symbols.units(layer - 1)
            sizes[f"W{layer}"] = (units, inputs)
            sizes[f"z{layer}"] = sizes[f"a{layer}"] = (units,)
            if symbols.bias_mode(layer) == "neuron":
                sizes[f"b{layer}"] = (units,)
        return sizes

    def fail(self, what: str):
        raise FormulaError(f"formula {_short(self.text)}: {what}")

    def check(self, expr, bound: dict) -> None:
        if isinstance(expr, sp.Sum):
            self._check_sum(expr, bound)
        elif isinstance(expr, sp.Indexed):
            self._check_indexed(expr, bound)
        elif isinstance(expr, sp.IndexedBase):
            self.fail(f"{expr.name} needs its indices, e.g. {expr.name}{self._example(expr.name)}")
        elif isinstance(expr, AppliedUndef):
            known = [name for name, value in self.names.items() if callable(value) and not isinstance(value, sp.Basic)]
            self.fail(f"unknown function {expr.func.__name__!r}{self._close(expr.func.__name__, known)};"
                      f" known functions: {', '.join(sorted(known))}")
        elif isinstance(expr, sp.Symbol):
            self._check_symbol(expr, bound)
        else:
            for arg in expr.args:
                self.check(arg, bound)

    def _check_symbol(self, symbol: sp.Symbol, bound: dict) -> None:
        allowed = {self.symbols.eta, self.symbols.L} | {b for b in self.symbols.b.values() if isinstance(b, sp.Symbol)}
        if symbol in allowed or symbol in bound:
            return
        name = symbol.name
        if name.startswith("b") and name[1:].isdigit() and 1 <= int(name[1:]) <= self.symbols.depth:
            self.fail(f"layer {name[1:]} has no bias (bias = \"none\"), so there is no {name}")
        if name in self.sizes:
            self.fail(f"{name} needs its indices, e.g. {name}{self._example(name)}")
        self.fail(f"unknown name {name!r}{self._close(name, list(self.names))}; this network has"
                  f" {self.symbols.describe()}")

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
            self.fail(f"unknown name {name!r}{self._close(name, list(self.sizes))}; this network has"
                      f" {self.symbols.describe()}")
        sizes = self.sizes[name]
        if len(expr.indices) != len(sizes):
            self.fail(f"{shown} has {len(expr.indices)} indices, {name} takes {len(sizes)}:"
                      f" {name}{self._example(name)}")
        for position, (index, size) in enumerate(zip(expr.indices, sizes)):
            if index.is_Integer:
                low = high = int(index)
            elif index in bound:
                low, high = bound[index]
            elif isinstance(index, sp.Symbol):
                self.fail(f"{shown}: index {index} is neither a number nor the index of an enclosing"
                          " Sum(term, (index, first, last)); indices are 0-based whole numbers")
            else:
                self.fail(f"{shown}: index {index} is not a whole number; indices are 0-based, e.g."
                          f" {name}{self._example(name)}")
            if low < 0 or high >= size:
                what = ("unit ", "input ")[position] if name.startswith("W") else ""
                self.fail(f"{shown}: {what}index {high if high >= size else low} is out of range"
                          f" (0..{size - 1}): {self._range_reason(name, position, size)}")

    def _range_reason(self, name: str, position: int, size: int) -> str:
        if name == "x":
            return f"the network has {_count(size, 'input')}"
        if name in ("y", "t"):
            return f"the network has {_count(size, 'output')}"
        layer = name[1:]
        if name.startswith("W") and position == 1:
            return f"layer {layer} has {_count(size, 'input')}"
        return f"layer {layer} has {_count(size, 'unit')}"

    def _example(self, name: str) -> str:
        return "[0,0]" if name.startswith("W") else "[0]"

    @staticmethod
    def _close(name: str, known: list[str]) -> str:
        close = difflib.get_close_matches(name, known, n=1)
        return f" (did you mean {close[0]!r}?)" if close else ""
