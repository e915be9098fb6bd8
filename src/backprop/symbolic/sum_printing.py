"""How a Sum of a compiled formula is evaluated (numeric._lambdified): at once over its index in
float64, once per value of the indices it depends on in 50 digits.

The derivation writes dL/db1 of a 784-128-64-10 network as nested Sums over 128, 64 and 10 units;
lambdify's own code runs them as Python loops, one scalar step per term of every level (66 million
Heaviside calls for seed 001's rule for every parameter).
"""

from __future__ import annotations

import threading
from typing import Callable

import sympy as sp
from sympy.printing.numpy import NumPyPrinter
from sympy.printing.pycode import MpmathPrinter

from .large_formulas import FastTermOrder, FewerWalks


class OncePrinted(FewerWalks, FastTermOrder):
    """A printer that prints each subexpression once: a formula read from nested sums holds the same
    part many times (seed 001's dC/db^(3) has each 1\\{\\sum_i w_{i,z} p_i > 0\\} of its sum over z in
    every term of its sum over m), and printing it again, sorting its terms again each time, took
    most of compiling it. The code printed is the same, character for character (and a sum's terms
    are put in SymPy's order by large_formulas.py, in a fraction of SymPy's time)."""

    def _print(self, expr, **kwargs):
        if kwargs or isinstance(expr, list):  # (a matrix's rows, which NumPyPrinter prints as a list)
            return super()._print(expr, **kwargs)
        memo = self.__dict__.setdefault("_printed", {})
        key = (expr, getattr(self, "depth", 0))  # (SumPrinter: a Sum's axis depends on its depth)
        if key not in memo:
            memo[key] = super()._print(expr)
        return memo[key]


class OncePrintedNumPy(OncePrinted, NumPyPrinter):
    """lambdify's NumPy printer, printing each subexpression once."""


class OncePrintedMpmath(OncePrinted, MpmathPrinter):
    """lambdify's mpmath printer, printing each subexpression once."""


class SumMemo(threading.local):
    """The inner sums of one evaluation, by (sum, values of the enclosing sums' indices): dL/db1 of a
    784-128-64-10 network has, in each of its 10 x 10 x 64 outer terms, a sum over 128 units that
    depends on one outer index only. Thread-local: one compiled formula serves every thread."""

    def __init__(self):
        self.values: dict = {}

    def start(self) -> None:
        self.values = {}

    def __call__(self, key: tuple, compute: Callable):
        if key not in self.values:
            self.values[key] = compute()
        return self.values[key]


class MemoSumPrinter(FewerWalks, FastTermOrder, MpmathPrinter):
    """mpmath code in which a Sum is computed once for each value of the indices of the sums around
    it that it depends on (SumMemo), not once for every term of those sums, nor again where the
    same sum is written once more."""

    def __init__(self, settings: dict):
        super().__init__(settings)
        self.enclosing: list = []
        self.numbers: dict = {}  # {Sum, its indices renamed: its number in the memo's keys}

    def _print_Sum(self, expr):
        bound = [limit[0] for limit in expr.limits]
        self.enclosing.extend(bound)
        try:
            plain = super()._print_Sum(expr)
        finally:
            del self.enclosing[len(self.enclosing) - len(bound):]
        free = [index for index in self.enclosing if index in expr.free_symbols]
        number = self.numbers.setdefault(_renamed(expr, free), len(self.numbers) + 1)
        depends = [self._print(index) for index in free]
        return f"_sum_memo(({number}, {', '.join(depends)}{',' if depends else ''}), lambda: {plain})"


def _renamed(expr, free: list):
    """``expr``, a Sum, with the indices of the sums around it that it reads (``free``, outermost
    first) and its own sums' indices renamed by their places: the same sum written in several places
    (seed 001's dC/db^(1) has its sum over 128 units in each of 10 terms, one per class, each with
    indices of its own) is then one entry of the memo, its value a function of the values of ``free``
    in that order (a renaming where the order of the terms differs only costs that sharing)."""
    names = {index: sp.Symbol(f"_enclosing{place}") for place, index in enumerate(free)}
    own = [limit[0] for node in sp.preorder_traversal(expr) if isinstance(node, sp.Sum) for limit in node.limits]
    names.update({index: sp.Symbol(f"_bound{place}") for place, index in enumerate(own) if index not in names})
    return expr.xreplace(names)


class SumPrinter(OncePrinted, NumPyPrinter):
    """NumPy code in which ``Sum(term, (i, a, b))`` is evaluated with i the array a..b on an axis of
    its own and summed along it: the derivation's nested sums (dL/db1 of a 784-128-64-10 network runs
    through 128 x 64 x 10 products) are a few array operations instead of that many Python steps. The
    Sum at nesting depth d puts its index on axis -(trailing + d + 1), before the axes of the
    arguments' own arrays, so that nested sums and arrays of index values broadcast together."""

    def __init__(self, settings: dict, trailing: int):
        super().__init__(settings)
        self.trailing, self.depth = trailing, 0

    def _print_Sum(self, expr):
        if len(expr.limits) != 1 or not all(bound.is_Integer for bound in expr.limits[0][1:]):
            return super()._print_Sum(expr)
        index, low, high = expr.limits[0]
        axis = -(self.trailing + self.depth + 1)
        shape = (-1,) + (1,) * (self.trailing + self.depth)
        self.depth += 1
        try:
            body = self._print(expr.function)
        finally:
            self.depth -= 1
        name = self._print(index)
        # "+ 0 * index": a term without the index still has its axis, so that the sum is over it
        return (f"{self._module_format('numpy.sum')}((lambda {name}: ({body}) + 0 * {name})"
                f"({self._module_format('numpy.arange')}({low}, {high} + 1).reshape({shape})), axis={axis})")
