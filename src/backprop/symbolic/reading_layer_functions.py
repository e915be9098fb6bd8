"""A layer written as a function (a part of reading.Reader, beside reading_defaults.py's symbols): ``n_2(n_1(x))``
where the notation names n the layer (``functions = { n = "layer" }``), the model ``f(x)``, Ng's ``f_{w,b}(x)`` of the
parameters of every layer, a layer in parentheses after its letter (``z(1)``, ``a(l-1)``; a matrix so written then
primed, Octave's ``Theta(l)'``, its transpose), and the refusals, each in
one line saying how to name it, of a function of the input or of a layer the notation does not name (``f(x)``,
``n_2(u)``) and of an operator subscripted by a quantity (``J_{a^{(L)}}(z^{(L)})``)."""

from __future__ import annotations

import dataclasses
import re

import sympy as sp

from .functions import sympy_activation
from .notation_layers import written_layer
from .notation_indices import Unbound
from .quantities import FormulaError
from .reading_base import _is_matrix, _show
from .syntax_tree import Apply, Sym

# functions = { n = "layer" }: n_l(u) is layer l's map of its input u, its activation of W_l u + b_l
LAYER_FUNCTION = "layer"
# letters pages write for an operator on the model, never the model itself: a Jacobian J_f(p), a Hessian H_f(p)
_OPERATOR_LETTERS = ("J", "H")


class LayerFunctionReading:
    """Reader methods: a layer written as a function (see the module docstring)."""

    def _layer_in_parentheses(self, node: Apply) -> Sym | None:
        """z(1), W(l), a(l-1): the layer in parentheses after the letter, where the notation writes the
        letter's layer as a superscript in parentheses (z^{(l)}); refused where the bare letter is a
        quantity too (a(2) is then a times 2 as much as a^{(2)})."""
        symbol = node.symbol
        if symbol.sub or symbol.sup or symbol.primes or symbol.bracket is not None or len(node.args) != 1:
            return None
        layer = written_layer(self.notation, symbol.base, node.args[0], "(")
        if layer is None:
            return None
        if any(pattern.match(symbol) is not None for pattern in self.notation.patterns):
            self.fail(f"{symbol.base}{layer}: the layer of {symbol.base} in parentheses, or {symbol.base} times"
                      f" {layer}: both are the notation's; write {symbol.base}^{{{layer}}} or {symbol.base} \\cdot"
                      f" {layer}")
        return Sym(symbol.base, "", layer.strip("()"), 0, None, symbol.position)

    def primed_layer_matrix(self, node: Apply):
        """Octave's ``(Theta(l)' * d(l+1))``: a prime after the layer in parentheses of a matrix the notation names
        (``"\\Theta^{(l)}" = "W{l}[:, :]"``), its transpose, where the letter is no function (``f(x)'`` is the
        derivative); None for anything else (a vector or a number so primed: a slope as often as a transpose)."""
        if not node.prime_after or node.name_primed or node.symbol.primes != 1:
            return None
        layered = self._layer_in_parentheses(Apply(dataclasses.replace(node.symbol, primes=0), node.args))
        if layered is None:
            return None
        value = self.value(layered)
        return value.T if _is_matrix(value) and value.shape[0] > 1 and value.shape[1] > 1 else None

    def layer_map(self, symbol: Sym, node: Apply):
        """``n_2(n_1(x))`` where the notation names n the layer (functions = { n = "layer" }): layer l's
        activation of W_l u + b_l at the argument u (a number for one input, else its vector of inputs); the
        layer is the one script, n_l, n^{(l)}, n^{[l]}. A number for a one-unit layer, else a column."""
        script = _layer_script(symbol)
        bare = not (symbol.sub or symbol.sup or symbol.primes or symbol.bracket is not None)
        if (script is None and not bare) or len(node.args) != 1:
            self.fail(f"{symbol.text()}(...): a layer written as a function takes its layer as its one script and"
                      " one argument, n_{2}(u)")
        # f(x) with no script: the model, every layer one after the other (the forum's f(x) = sigma(wx + b))
        layers = list(range(1, self.symbols.depth + 1)) if bare else self._parameters_layers(symbol, script)
        if layers is None:
            layer = self.value(self.context.parser(script, self.where).expression())
            if not (isinstance(layer, sp.Integer) and 1 <= int(layer) <= self.symbols.depth):
                self.fail(f"{symbol.text()}(...): {script} is not a layer of the network (1 to {self.symbols.depth})"
                          " nor the parameters of its layers (f_{w,b} with w and b named in the notation)")
            layers = [int(layer)]
        value = self.value(node.args[0])
        for layer in layers:  # f_{W,b}(x) with the parameters of layers 1 and 2: the one, then the other
            value = self._layer_of(symbol, layer, value)
        return value

    def _parameters_layers(self, symbol: Sym, script: str) -> list | None:
        """The layers whose parameters the script names, in order (Ng's model f_{\\vec{w},b}(x): w and b,
        each a parameter or a vector or matrix of them), or None where a part of it is no parameter
        (n_2, n^{(l)}: a layer number). Refused where the layers are not one after the other."""
        parts = [part.strip() for part in script.split(",")]
        if len(parts) < 2 and (not re.fullmatch(r"\\?[A-Za-z]+", script.strip())
                               or script.strip() in (*self.notation.indices, "L")):
            return None  # n_2, n^{(l)}, n_L: a layer, read as one below
        layers = set()
        for part in parts:
            try:
                value = self.value(self.context.parser(part, self.where).expression())
            except (FormulaError, Unbound):
                return None
            for entry in (list(value) if isinstance(value, sp.MatrixBase) else [value]):
                parameter = self.context.calculus.parameter_of(entry) if isinstance(entry, sp.Expr) else None
                if parameter is None:
                    return None
                layers.add(parameter.layer)
        ordered = sorted(layers)
        if ordered != list(range(ordered[0], ordered[-1] + 1)):
            self.fail(f"{symbol.text()}(...): its parameters {script} are of layers {', '.join(map(str, ordered))},"
                      " which are not one after the other; name the layers' maps one by one, n_{2}(n_{1}(x))")
        return ordered

    def _layer_of(self, symbol: Sym, layer: int, argument):
        """Layer ``layer``'s map (its activation of W u + b) of ``argument``, a number or a column."""
        symbols = self.symbols
        entries = list(argument) if isinstance(argument, sp.MatrixBase) else [argument]
        inputs = symbols.units(layer - 1)
        if len(entries) != inputs:
            self.fail(f"{symbol.text()}(...): layer {layer} takes {inputs} input(s); its argument has {len(entries)}")
        values = [sp.Add(*[symbols.weight(layer, j, i) * entries[i] for i in range(inputs)]) + symbols.bias(layer, j)
                  for j in range(symbols.units(layer))]
        for activation in symbols.spec(layer).activations:
            entry = sympy_activation(activation)
            values = [entry.value(value) for value in values] if entry.elementwise else list(entry.values(values))
        return values[0] if len(values) == 1 else sp.ImmutableMatrix(values)

    def model_of_parameters(self, symbol: Sym, node: Apply):
        """Ng's ``h_\\theta(x^{(i)})`` (``f_{w,b}(x)``) where the notation names no h: a letter subscripted by
        the parameters of every layer, applied to the network's whole input, is the model at that input, the
        network's output (a number for one output, else a column). None where it is not that (a subscript
        naming no parameters, of some layers only, or another argument), for the refusals that follow."""
        if not symbol.sub or symbol.sup or symbol.primes or symbol.bracket is not None or len(node.args) != 1 \
                or symbol.base in (*self.context.losses, *_OPERATOR_LETTERS):  # J_\theta(x): a cost or a Jacobian
            return None
        try:
            layers = self._parameters_layers(symbol, symbol.sub)
            argument = self.value(node.args[0])
        except (FormulaError, Unbound):
            return None
        if layers != list(range(1, self.symbols.depth + 1)):
            return None
        if not self.context.calculus.is_whole_input(argument):
            return None
        return self.layer_map(symbol, node)

    def unnamed_model(self, symbol: Sym, node: Apply) -> None:
        """Refuse ``f(x)``, a letter the notation does not name applied to the network's whole input, in one line
        saying how to name it: the model (its output at x) and an activation at x would each be a guess."""
        if symbol.sub or symbol.sup or symbol.primes or symbol.bracket is not None or len(node.args) != 1:
            return
        try:
            argument = self.value(node.args[0])
        except (FormulaError, Unbound):
            return
        if not self.context.calculus.is_whole_input(argument):
            return
        name, shown = symbol.base.lstrip("\\"), _show(node.args[0])
        depth = self.symbols.depth
        output = f"a{depth}[{0 if self.symbols.units(depth) == 1 else ':'}]"
        self.fail(f"{symbol.text()}({shown}): a function of the input the notation does not name; if it is the model's"
                  f' prediction at {shown}, write functions = {{ {name} = "{LAYER_FUNCTION}" }} or "{name}" = "{output}"'
                  f' in [notation.symbols]; if an activation, functions = {{ {name} = "<its name in the registry>" }}')

    def unnamed_layer_function(self, symbol: Sym, arguments: int) -> None:
        """Refuse ``n_2(u)`` for an n the notation does not name, in one line saying how to name it: the
        layer's whole map or its activation alone (Ng's g^{[2]}) would each be a guess."""
        script = _layer_script(symbol)
        if script is None or arguments != 1 or not script.isdigit() or not 1 <= int(script) <= self.symbols.depth:
            return
        name = symbol.base.lstrip("\\")
        # the layer's own activation as the example (a layer without one has none to name)
        activation = "/".join(entry.name for entry in self.symbols.specs[int(script) - 1].activations) or "..."
        self.fail(f"{symbol.text()}(...): a function of layer {script} the notation does not name; if {symbol.base} is"
                  f' the layer\'s map (weights, bias, activation) write functions = {{ {name} = "{LAYER_FUNCTION}" }},'
                  f' if its activation alone functions = {{ {name} = "{activation}" }}')

    def operator_on_quantity(self, symbol: Sym, node: Apply) -> None:
        """Refuse ``J_{a^{(L)}}(z^{(L)})``, a letter whose subscript is a quantity of the network, applied to
        another, in one line saying to write what it stands for: an operator the page defines on them (a
        Jacobian, J_f(p) = df/dp^T), which no meaning such as a1[0] could be."""
        if not symbol.sub or symbol.sup or symbol.primes or len(node.args) != 1 or not re.search(r"[A-Za-z]",
                                                                                                 symbol.sub):
            return
        try:
            quantity = self.value(self.context.parser(symbol.sub, self.where).expression())
        except (FormulaError, Unbound):
            return
        if isinstance(quantity, sp.Expr) and quantity.is_Number:
            return
        of, argument = symbol.sub, _show(node.args[0])
        self.fail(f"{symbol.text()}({argument}): {symbol.base} with the quantity {of} as its subscript is an operator"
                  f" the page defines (a Jacobian J_f(p) = \\partial f / \\partial p^T?), not a symbol check reads;"
                  f" write what it stands for, e.g. \\frac{{\\partial {of}}}{{\\partial {argument}}}")


def _layer_script(symbol: Sym) -> str | None:
    """The layer a function's one script names (n_2, n^{(2)}, n^{[l]}), or None."""
    if symbol.primes or symbol.bracket is not None or bool(symbol.sub) == bool(symbol.sup):
        return None
    return (symbol.sub or symbol.sup).strip("()[]") or None
