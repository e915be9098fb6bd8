"""Derivatives between the network's quantities, as homework writes them: dL/da, dL/dz, da/dz, dz/dw.

A factor of a hand-written chain rule is a quantity, not a symbol: ``\\frac{\\partial O_0^2}{\\partial
x_1^2}`` is da2[0]/dz2[1], a number at every point (with a row-wise output activation, -a2[0] a2[1]).
``NetworkCalculus.derivative(u, v)`` is d(u)/d(v) in the network's graph: v is perturbed, everything
that depends on it is recomputed, everything else is held fixed. So dL/da1[0] runs through every
later unit, dz2[0]/da1[1] is W2[0,1], da1[0]/dz1[0] is the activation's derivative, and a quantity
that does not depend on v (dz2[1]/dW2[0,0]) has the derivative 0. ``u`` may be any expression in
the network's quantities (``\\frac{\\partial}{\\partial h_1}(w_5 h_1 + w_6 h_2)``): its partial
derivatives in each quantity times that quantity's derivative.

Derivatives of the loss come from the derivation (derivation.Deriver: delta, gradient), the same one
``derive`` prints; others by the chain rule forward through the graph, memoized and bounded.
"""

from __future__ import annotations

import sympy as sp

from .definitions import loss_expression
from .derivation import Deriver
from .quantities import FormulaError, NetworkSymbols, Parameter, index_span

MAX_FORWARD_STEPS = 20_000


class NetworkCalculus:
    """Graph derivatives for one network (see the module docstring)."""

    def __init__(self, symbols: NetworkSymbols):
        self.symbols = symbols
        self.deriver = Deriver(symbols)
        self._memo: dict = {}
        self._steps = 0

    # -- what an atom is -------------------------------------------------------------------------

    def node(self, atom) -> tuple | None:
        """(kind, layer, index) of a network quantity: kind W, b, z, a, x, target, L, delta."""
        symbols = self.symbols
        if atom == symbols.L:
            return ("L", symbols.depth + 1, ())
        if isinstance(atom, sp.Symbol):
            for layer, bias in symbols.b.items():
                if atom == bias:
                    return ("b", layer, ())
            return None
        if not isinstance(atom, sp.Indexed):
            return None
        base, index = atom.base, tuple(atom.indices)
        if base == symbols.x:
            return ("a", 0, index)
        if base == symbols.target:
            return ("target", symbols.depth + 1, index)
        for kind, table in (("W", symbols.W), ("b", symbols.b), ("z", symbols.z), ("a", symbols.a),
                            ("delta", symbols.delta)):
            for layer, value in table.items():
                if value is not None and base == value and not (kind == "a" and layer == 0):
                    return (kind, layer, index)
        return None

    def parameter_of(self, atom) -> Parameter | None:
        node = self.node(atom)
        if node is None or node[0] not in ("W", "b"):
            return None
        kind, layer, index = node
        index = tuple(int(part) if part.is_Integer else part for part in index)
        if kind == "W":
            return Parameter("W", layer, index, atom, self.symbols.is_masked(layer, *index))
        return Parameter("b", layer, index, atom)

    @staticmethod
    def _position(node: tuple) -> float:
        kind, layer, _ = node
        return {"W": layer - 0.75, "b": layer - 0.75, "z": layer - 0.5, "a": float(layer),
                "target": layer + 0.0, "L": layer + 0.5, "delta": layer + 1.0}[kind]

    # -- deltas --------------------------------------------------------------------------------------

    def expand_deltas(self, expr):
        """``expr`` with every delta_l[k] replaced by dL/dz_l[k] (sums over them written out)."""
        if not any(expr.has(base) for base in self.symbols.delta.values()):
            return expr
        if expr.has(sp.Sum):
            expr = expr.doit()
        mapping = {}
        for atom in expr.atoms(sp.Indexed):
            node = self.node(atom)
            if node is not None and node[0] == "delta":
                k = atom.indices[0]
                if not k.is_Integer:
                    raise FormulaError(f"{atom}: delta needs a whole-number unit index here")
                mapping[atom] = self.deriver.delta(node[1], int(k), False)
        return expr.xreplace(mapping)

    # -- derivatives -----------------------------------------------------------------------------------

    def loss_derivative(self, atom) -> sp.Expr:
        """dL/d(atom) for a quantity of the network."""
        node = self.node(atom)
        if node is None:
            raise FormulaError(f"d L / d {atom}: {atom} is not a quantity of the network")
        kind, layer, index = node
        symbols, deriver = self.symbols, self.deriver
        if kind in ("W", "b"):
            parameter = self.parameter_of(atom)
            if parameter.generic and not all(isinstance(part, int) or index_span(part) for part in parameter.index):
                raise FormulaError(f"dL/d{parameter.name}: give the parameter's index values")
            return deriver.gradient(parameter)  # for a rule's ranged letters (families.py): in index form
        if kind == "z":
            return deriver.delta(layer, int(index[0]), False)
        if kind == "a":
            k = int(index[0])
            if layer == symbols.depth:
                return deriver.loss_gradient(k)
            following = layer + 1
            return sp.Add(*[symbols.W[following][m, k] * deriver.delta(following, m, False)
                            for m in range(symbols.units(following)) if not symbols.is_masked(following, m, k)])
        if kind == "L":
            return sp.S.One
        if kind == "target":  # dL/dy[c]: the loss written in the outputs, differentiated by the target
            outputs = [symbols.a[symbols.depth][j] for j in range(symbols.units(symbols.depth))]
            return _partial(loss_expression(symbols, outputs), atom)
        raise FormulaError(f"d L / d {atom}: the loss does not depend on {atom} through the network")

    def derivative(self, expr, atom) -> sp.Expr:
        """d(expr)/d(atom) in the network's graph (see the module docstring)."""
        expr = sp.sympify(expr)
        if self.node(atom) is None and atom != self.symbols.eta:
            raise FormulaError(f"the derivative with respect to {atom}: it is not a quantity of the network")
        if expr == self.symbols.L:
            return self.loss_derivative(atom)
        if _ranged(expr) or _ranged(atom):
            # the forward rules below take unit indices one by one (d W3[m,0]/d W3[0,0] is 0 unless m = 0)
            raise FormulaError(f"the derivative of {expr} by {atom}: written out for one index value at a time")
        self._steps = 0
        total = sp.S.Zero
        for quantity in _quantities(expr, self):
            partial = _partial(expr, quantity)
            if partial != 0:
                total += partial * self._forward(quantity, atom)
        return total

    def _forward(self, u, v) -> sp.Expr:
        """du/dv for two atoms, forward through the graph (memoized)."""
        if u == v:
            return sp.S.One
        key = (u, v)
        if key in self._memo:
            return self._memo[key]
        self._steps += 1
        if self._steps > MAX_FORWARD_STEPS:
            raise FormulaError("a derivative in the formula runs through too many units of this network to"
                               " write out; write it with delta terms or for a smaller network")
        node_u, node_v = self.node(u), self.node(v)
        if node_u is None or node_v is None:
            result = sp.S.Zero
        elif node_u[0] == "L":
            result = self.loss_derivative(v)
        elif self._position(node_v) > self._position(node_u) or node_u[0] in ("W", "b", "target"):
            result = sp.S.Zero
        else:
            result = self._forward_rule(node_u, v)
        self._memo[key] = result
        return result

    def _forward_rule(self, node_u: tuple, v) -> sp.Expr:
        symbols, deriver = self.symbols, self.deriver
        kind, layer, index = node_u
        if kind == "a" and layer == 0:
            return sp.S.Zero
        j = int(index[0])
        if kind == "delta":
            return self._forward_expression(deriver.delta(layer, j, False), v)
        if kind == "z":
            total = sp.S.Zero
            for i in range(symbols.units(layer - 1)):
                weight = symbols.weight(layer, j, i)
                if weight == 0:
                    continue
                total += self._forward(weight, v) * symbols.a[layer - 1][i]
                total += weight * self._forward(symbols.a[layer - 1][i], v)
            total += self._forward(symbols.bias(layer, j), v) if symbols.b[layer] is not None else 0
            return total
        # kind "a": through the activation chain (a row-wise one: through every z of the layer)
        if not symbols.spec(layer).activations[-1].elementwise:
            return sp.Add(*[deriver.activation_derivative(layer, j, k) * self._forward(symbols.z[layer][k], v)
                            for k in range(symbols.units(layer))])
        return deriver.chain_derivative(layer, j) * self._forward(symbols.z[layer][j], v)

    def _forward_expression(self, expr, v) -> sp.Expr:
        total = sp.S.Zero
        for quantity in _quantities(expr, self):
            partial = _partial(expr, quantity)
            if partial != 0:
                total += partial * self._forward(quantity, v)
        return total


def _ranged(expr) -> bool:
    """Whether ``expr`` holds an index letter ranged over many values (quantities.ranged_index)."""
    return isinstance(expr, sp.Basic) and any(index_span(symbol) is not None for symbol in expr.free_symbols)


def _quantities(expr, calculus: NetworkCalculus) -> list:
    atoms = [atom for atom in expr.atoms(sp.Indexed, sp.Symbol) if calculus.node(atom) is not None]
    return sorted(atoms, key=sp.default_sort_key)


def _partial(expr, quantity) -> sp.Expr:
    result = sp.diff(expr, quantity)
    # d/du Heaviside(u) is 0 wherever it is defined (the kink has measure zero).
    return result.replace(sp.DiracDelta, lambda *args: sp.S.Zero)
