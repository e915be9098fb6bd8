"""Reader methods for names the notation gives a meaning of its own before a parenthesis: the model named with its
scripts, and a function's letter the notation names a quantity.

The model named with its scripts: Ng's ``h_{\\theta}`` where the notation's functions table
writes the whole name as the model (``functions = { "h_{\\theta}" = "layer" }``), its subscript part of the name and no
factor, no layer number. ``h_{\\theta}(x)`` at the network's whole input is the network's output (a number for one output
unit, else a column); at another argument, every layer's map one after the other; bare ``h_{\\theta}`` (no argument) is
the prediction at the sample, the output again. And Ng's gradient names, ``dW^{[2]}``, where the notation's own patterns
give the convention (Notation.gradient_names).

``\\sigma(u)`` where the notation names ``\\sigma`` a quantity (``"\\sigma" = "a1[0]"``, a unit's output), as the
spec has a notation's meaning win over a symbol's default: \\sigma before a parenthesis is then that quantity times
the parenthesis, or the function applied to it. At the quantity's own input, ``\\sigma(z)``, both are the one value
(the quantity written as a function of its input). Where the parenthesis holds the quantity itself, ``\\sigma(1 -
\\sigma)``, it is the product (no one applies the function to an expression of its own output). Anywhere else,
``\\sigma(w x + c)``, the formula is judged both ways (sample_calls.SampleCallReading's readings) and refused in one
line where they disagree.
"""

from __future__ import annotations

import dataclasses
import re

import sympy as sp

from .quantities import FormulaError
from .reading_base import _show
from .reading_layer_functions import LAYER_FUNCTION
from .syntax_tree import Apply, Call, Sym


class ModelReading:
    """Reader methods: the model named with its scripts, and Ng's gradient names (see the module docstring)."""

    def scripted_model(self, symbol: Sym) -> bool:
        """Whether ``symbol`` is the model named with its scripts, the functions table's whole name for the layer's
        map, its script no layer number nor letter (n_{2}, n^{(l)} stay layers; code's h[t] is a subscript)."""
        function, scripted = self.notation.function_of(symbol)
        script = symbol.sub or symbol.sup or symbol.bracket
        if function != LAYER_FUNCTION or not scripted or not script:
            return False
        script = script.strip("()[] ")
        return not (re.fullmatch(r"\d+|L", script) or script in self.notation.indices)

    def model_output(self):
        """The network's output, a number for one unit, else a column."""
        depth = self.symbols.depth
        units = [self.symbols.activation(depth, j) for j in range(self.symbols.units(depth))]
        return units[0] if len(units) == 1 else sp.ImmutableMatrix(units)

    def layer_map(self, symbol: Sym, node: Apply):
        if not self.scripted_model(symbol) or len(node.args) != 1:
            return super().layer_map(symbol, node)
        value = self.value(node.args[0])
        if self.context.calculus.is_whole_input(value):
            return self.model_output()  # h_theta(x^{(i)}): the prediction at the sample
        for layer in range(1, self.symbols.depth + 1):
            value = self._layer_of(symbol, layer, value)
        return value

    def _sym(self, sym: Sym):
        if not sym.primes and self.scripted_model(sym):  # h[t] as the table names it, code's index its script
            return self.model_output()  # \frac{\partial h_{\theta}}{\partial \theta_0}: the prediction bare
        named = self.notation.gradient_names().get(sym.base)
        if named is not None and sym.bracket is None and not self.notation.candidates(sym):
            # dW^{[2]} where the notation's "db^{[3]}" = "grad(b3[0])" gives Ng's convention: dL/d of W^{[2]}
            try:
                value = self.value(dataclasses.replace(sym, base=named))
            except FormulaError:
                return super()._sym(sym)  # W^{[2]} names nothing: the refusal of dW^{[2]} as written
            gradient = self.context.calculus.loss_derivative
            return value.applyfunc(gradient) if isinstance(value, sp.MatrixBase) else gradient(value)
        return super()._sym(sym)


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
