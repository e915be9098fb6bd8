"""``\\sigma(u)`` where the notation names ``\\sigma`` a quantity (``"\\sigma" = "a1[0]"``, a unit's output), as the
spec has a notation's meaning win over a symbol's default: \\sigma before a parenthesis is then that quantity times
the parenthesis, or the function applied to it. At the quantity's own input, ``\\sigma(z)``, both are the one value
(the quantity written as a function of its input). Where the parenthesis holds the quantity itself, ``\\sigma(1 -
\\sigma)``, it is the product (no one applies the function to an expression of its own output). Anywhere else,
``\\sigma(w x + c)``, the formula is judged both ways (sample_calls.SampleCallReading's readings) and refused in one
line where they disagree.
"""

from __future__ import annotations

import sympy as sp

from .quantities import FormulaError
from .reading_base import _show
from .syntax_tree import Call, Sym


class FunctionLetterReading:
    """Reader's reading of a function's letter the notation names a quantity, before a parenthesis."""

    def _call(self, node: Call):
        if not self._quantity_before_parenthesis(node):
            return super()._call(node)
        quantity = self.value(Sym(node.written, position=node.position))
        argument = self.value(node.args[0])
        if self.is_own_input(quantity, argument):
            return super()._call(node)  # \sigma(z): the function's value, the quantity itself
        if _free_symbols(argument) & _free_symbols(quantity):
            return self._product(quantity, argument, node, dot=False)  # \sigma(1 - \sigma)
        function = super()._call(node)
        try:
            product = self._product(quantity, argument, node, dot=False)
        except FormulaError:
            return function  # no product of the two fits: the function applied is the one reading
        reading = self.context.sample_calls
        reading.met.append((_show(node), f"the function {node.written} applied to the parenthesis or as the notation's"
                            f" {node.written} times it", f"{node.written} \\cdot (...) for the product"))
        if reading.as_product is None:
            self.fail(f"{_show(node)} may be the function {node.written} applied to the parenthesis or the"
                      f" notation's {node.written} times it; write \\cdot for the product")
        return product if reading.as_product else function

    def _quantity_before_parenthesis(self, node: Call) -> bool:
        """Whether ``node`` is a function's letter written bare before one parenthesis, ``\\sigma(u)``, that the
        notation names a quantity (a pattern of the letter alone) and not a function (its functions)."""
        written = node.written
        return bool(written) and not node.primes and not node.layer and node.base is None and len(node.args) == 1 \
            and written not in self.notation.functions and any(
                pattern.base == written and not pattern.sub and not pattern.sup and pattern.primes == 0
                for pattern in self.notation.patterns)


def _free_symbols(value) -> set:
    return value.free_symbols if isinstance(value, (sp.Basic, sp.MatrixBase)) else set()
