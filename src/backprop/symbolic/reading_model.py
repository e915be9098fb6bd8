"""Reader methods for the model named with its scripts: Ng's ``h_{\\theta}`` where the notation's functions table
writes the whole name as the model (``functions = { "h_{\\theta}" = "layer" }``), its subscript part of the name and no
factor, no layer number. ``h_{\\theta}(x)`` at the network's whole input is the network's output (a number for one output
unit, else a column); at another argument, every layer's map one after the other; bare ``h_{\\theta}`` (no argument) is
the prediction at the sample, the output again. And Ng's gradient names, ``dW^{[2]}``, where the notation's own patterns
give the convention (Notation.gradient_names)."""

from __future__ import annotations

import dataclasses
import re

import sympy as sp

from .quantities import FormulaError
from .reading_layer_functions import LAYER_FUNCTION
from .syntax_tree import Apply, Sym


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
