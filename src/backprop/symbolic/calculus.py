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
from .quantities import FormulaError, NetworkSymbols, Parameter
from .ranged_indices import index_span, kronecker_delta, rolled

MAX_FORWARD_STEPS = 20_000
#: networks with more parameters get a derivative by a parameter in index form (indexed_forward): sums
#: over a layer's units as Sums, not written out (seed 001's d p_m / d b^(2) written out had 20,000
#: operations and took 4 s to build and 1.3 s to compile); smaller ones keep the written-out form the
#: symbolic proof (equivalence.py, which runs up to check.MAX_SYMBOLIC_PARAMETERS) works on
INDEX_FORM_PARAMETERS = 400


class NetworkCalculus:
    """Graph derivatives for one network (see the module docstring)."""

    def __init__(self, symbols: NetworkSymbols):
        self.symbols = symbols
        self.deriver = Deriver(symbols)
        self._memo: dict = {}
        self._indexed_memo: dict = {}  # indexed_forward's (u, v) -> du/dv
        self._derivative_memo: dict = {}  # derivative's (expr, atom) -> d expr/d atom
        self._steps = 0
        # node()'s tables as dictionaries, {symbol: node} and {base: (kind, layer)}, the first of node's order
        # kept where two are equal: a lookup hashes and tries the same object first, where SymPy's == against
        # each table entry in turn built both sides' hashable content (seed 001: 123,000 comparisons a submission)
        symbols = self.symbols
        self._named_nodes: dict = {symbols.L: ("L", symbols.depth + 1, ())}
        for layer, bias in symbols.b.items():
            if isinstance(bias, sp.Symbol):
                self._named_nodes.setdefault(bias, ("b", layer, ()))
        self._base_kinds: dict = {symbols.x: ("a", 0), symbols.target: ("target", symbols.depth + 1)}
        for kind, table in (("W", symbols.W), ("b", symbols.b), ("z", symbols.z), ("a", symbols.a),
                            ("delta", symbols.delta)):
            for layer, value in table.items():
                if isinstance(value, sp.IndexedBase) and not (kind == "a" and layer == 0):
                    self._base_kinds.setdefault(value, (kind, layer))

    # -- what an atom is -------------------------------------------------------------------------

    def entry_nodes(self, value) -> list:
        """node() of each entry of ``value`` (a number, or a matrix's entries in order), None for an entry that is
        no network quantity."""
        entries = list(value) if isinstance(value, sp.MatrixBase) else [value]
        return [self.node(entry) if isinstance(entry, sp.Expr) else None for entry in entries]

    def is_whole_input(self, value) -> bool:
        """Whether ``value`` is the network's whole input x, its entries in order (the argument of f(x))."""
        return self.entry_nodes(value) == [("a", 0, (i,)) for i in range(self.symbols.units(0))]

    def node(self, atom) -> tuple | None:
        """(kind, layer, index) of a network quantity: kind W, b, z, a, x, target, L, delta."""
        if isinstance(atom, sp.Symbol):  # (no other kind of object equals L or a shared bias)
            return self._named_nodes.get(atom)
        if not isinstance(atom, sp.Indexed):
            return None
        found = self._base_kinds.get(atom.base)
        return None if found is None else (*found, tuple(atom.indices))

    def parameter_of(self, atom) -> Parameter | None:
        node = self.node(atom)
        if node is None or node[0] not in ("W", "b"):
            return None
        kind, layer, index = node
        index = tuple(int(part) if part.is_Integer else part for part in index)
        if kind == "W":
            return Parameter("W", layer, index, atom, self.symbols.is_masked(layer, *index))
        return Parameter("b", layer, index, atom)

    def scaled_parameter(self, atom) -> sp.Expr | None:
        """The number c where ``atom`` is c times a parameter, c neither 0 nor 1 (-b2[0], a threshold named as the
        bias's negative); None for any other."""
        if not isinstance(atom, sp.Mul):
            return None
        scale, rest = atom.as_coeff_Mul()
        if scale in (0, 1) or not scale.is_number or self.parameter_of(rest) is None:
            return None
        return scale

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

    def stepped(self, atom) -> sp.Expr:
        """The parameter ``atom``'s value after one gradient-descent step, w - eta dL/dw. A masked weight (one the
        problem fixes at zero, a sparse net's absent connection) and a frozen one (the layer's ``frozen`` key, as
        the engine's step and explain keep it) never move: their value."""
        parameter = self.parameter_of(atom)
        if parameter is not None and (parameter.masked or self.symbols.is_frozen(parameter)):
            return atom
        return atom - self.symbols.eta * self.loss_derivative(atom)

    def derivative(self, expr, atom) -> sp.Expr:
        """d(expr)/d(atom) in the network's graph (see the module docstring)."""
        expr = sp.sympify(expr)
        # a sum's body is read once per index value, asking for the same derivative again; only results are kept
        # (one refused for too many steps is tried afresh, as it was)
        key = (expr, atom)
        try:
            found = self._derivative_memo.get(key)
        except TypeError:  # a mutable matrix: not remembered
            return self._derivative(expr, atom)
        if found is None:
            found = self._derivative_memo[key] = self._derivative(expr, atom)
        return found

    def _derivative(self, expr, atom) -> sp.Expr:
        if self.node(atom) is None and atom != self.symbols.eta:
            raise FormulaError(f"the derivative with respect to {atom}: it is not a quantity of the network")
        if expr == self.symbols.L:
            return self.loss_derivative(atom)
        ranged = _ranged(expr) or _ranged(atom)
        unmasked = all(spec.mask is None for spec in self.symbols.specs)  # index form has no masks
        if (ranged or self.symbols.parameter_count() > INDEX_FORM_PARAMETERS) and unmasked \
                and self.parameter_of(atom) is not None and not _aliased(expr, self):
            return rolled(self._sum_of_partials(expr, lambda quantity: self.indexed_forward(quantity, atom)))
        if ranged:
            # the written-out rules below take unit indices one by one (d W3[m,0]/d W3[0,0] is 0 unless m = 0)
            raise FormulaError(f"the derivative of {expr} by {atom}: written out for one index value at a time")
        self._steps = 0
        return self._sum_of_partials(expr, lambda quantity: self._forward(quantity, atom))

    def computed_from(self, later, earlier) -> bool:
        """Whether the quantity ``later`` is computed from ``earlier`` in the forward pass (a unit's z from its
        weights, bias and inputs, its activation from its z, every later unit and the loss from each of these), at
        whole-number indices: d earlier / d later is then no derivative of the graph (its inverse, read upside
        down), where two quantities neither computed from the other (b1 and b2, x and W) have the derivative 0."""
        node_later, node_earlier = self.node(later), self.node(earlier)
        if node_later is None or node_earlier is None or later == earlier or _ranged(later) or _ranged(earlier) \
                or node_later[0] in ("W", "b", "target", "delta") or node_earlier[0] in ("L", "delta") \
                or self._position(node_earlier) >= self._position(node_later):
            return False
        self._steps = 0
        return self._forward(later, earlier) != 0

    def computed_from_each(self, value, arguments: list) -> bool:
        """Whether ``value`` (a unit's sum or output, or a layer of them) is computed from each of ``arguments`` (each
        a network quantity or a vector or matrix of them: a_{l-1}, \\omega_{l}): every entry of the value from some
        entry of each argument, so that S_{l,n}(a_{l-1}, \\omega_{l}) names what S_{l,n} depends on, nothing more."""
        entries = self.entry_nodes(value)
        if not arguments or not entries or any(node is None or node[0] not in ("z", "a") for node in entries):
            return False
        values = list(value) if isinstance(value, sp.MatrixBase) else [value]
        for argument in arguments:
            if any(node is None or node[0] not in ("W", "b", "z", "a") for node in self.entry_nodes(argument)):
                return False
            parts = list(argument) if isinstance(argument, sp.MatrixBase) else [argument]
            if not all(any(self.computed_from(later, earlier) for earlier in parts) for later in values):
                return False
        return True

    def _sum_of_partials(self, expr, forward) -> sp.Expr:
        """The sum over expr's quantities q of d expr/dq times forward(q), a sum's terms one at a
        time: differentiating a whole sum by each of its quantities (b2 + sum_j W2[i,j] a1[j]: 257
        quantities, 129 terms each) took a minute where each term's own quantities take a second."""
        found, forwards = [], {}
        for term in (expr.args if isinstance(expr, sp.Add) else (expr,)):
            for quantity in _quantities(term, self):
                partial = _partial(term, quantity)
                if partial != 0:
                    if quantity not in forwards:
                        forwards[quantity] = forward(quantity)
                    found.append(partial * forwards[quantity])
        return sp.Add(*found)

    def indexed_forward(self, u, v) -> sp.Expr:
        """du/dv for a quantity u and a parameter v, in index form: a sum over a layer's units is a
        Sum, and a unit index may be a letter (a rule's ranged letter, or a sum's): dz_l[r]/dW_l[b, a]
        is KroneckerDelta(r, b) a_(l-1)[a], and a sum over i of a term with KroneckerDelta(i, b) is
        that term at i = b."""
        # (the same derivative is asked for again and again: seed 001's line 62 asks 264 times for 90;
        # a sum it returns keeps its Dummy index, bound, wherever the result is used)
        key = (u, v)
        if key not in self._indexed_memo:
            self._indexed_memo[key] = self._indexed_forward(u, v)
        return self._indexed_memo[key]

    def _indexed_forward(self, u, v) -> sp.Expr:
        symbols, deriver = self.symbols, self.deriver
        node_u, node_v = self.node(u), self.node(v)
        if node_u is None or node_v is None:
            return sp.S.Zero
        kind, layer, index = node_u
        _, param_layer, param_index = node_v
        if kind in ("W", "b"):
            if kind != node_v[0] or layer != param_layer or len(index) != len(param_index):
                return sp.S.Zero
            return sp.Mul(*[kronecker_delta(first, second) for first, second in zip(index, param_index)])
        if kind == "L":
            return self.loss_derivative(v)
        if kind not in ("z", "a") or (kind == "a" and layer == 0) or layer < param_layer:
            if kind == "delta":
                raise FormulaError(f"the derivative of {u}: write delta as dL/dz")
            return sp.S.Zero
        r = index[0]
        if kind == "a":
            if symbols.spec(layer).activations[-1].elementwise:
                return deriver.chain_derivative(layer, r) * self.indexed_forward(symbols.z[layer][r], v)
            return _index_sum(lambda k: deriver.activation_derivative(layer, r, k)
                              * self.indexed_forward(symbols.z[layer][k], v), symbols.units(layer))
        if layer == param_layer:  # z_l[r] = sum_i W_l[r, i] a_(l-1)[i] + b_l[r]
            if node_v[0] == "W":
                return kronecker_delta(r, param_index[0]) * symbols.a[layer - 1][param_index[1]]
            return kronecker_delta(r, param_index[0]) if param_index else sp.S.One
        return _index_sum(lambda i: symbols.W[layer][r, i] * self.indexed_forward(symbols.a[layer - 1][i], v),
                          symbols.units(layer - 1))

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


def _index_sum(term, units: int) -> sp.Expr:
    """sum over i = 0..units-1 of term(i), as a Sum over a fresh index; a term with the factor
    KroneckerDelta(i, b) for an index b of the same units is the term at i = b."""
    i = sp.Dummy("i", integer=True, nonnegative=True)
    body = term(i)
    if body == 0:
        return sp.S.Zero
    for factor in sp.Mul.make_args(body):
        if isinstance(factor, sp.KroneckerDelta) and i in factor.args:
            other = factor.args[1] if factor.args[0] == i else factor.args[0]
            span = (int(other), int(other)) if other.is_Integer else index_span(other)
            if span is not None and 0 <= span[0] and span[1] < units:
                return body.xreplace({factor: sp.S.One}).xreplace({i: other})
    # factors without i outside the Sum: evaluated over a rule's index values (families.py), a factor
    # x[alpha] inside would make every term of the sum as large as the whole family
    inside = [factor for factor in sp.Mul.make_args(body) if i in factor.free_symbols]
    outside = [factor for factor in sp.Mul.make_args(body) if i not in factor.free_symbols]
    return sp.Mul(*outside) * sp.Sum(sp.Mul(*inside), (i, 0, units - 1))


def _aliased(expr, calculus: NetworkCalculus) -> bool:
    """Whether two quantities of ``expr`` could be one for some index value (a3[0] and a3[m]): the
    partial derivatives of the chain rule treat them as independent, which holds only for whole
    number indices."""
    seen: dict = {}
    for quantity in _quantities(expr, calculus):
        node = calculus.node(quantity)
        index = tuple(node[2])
        concrete, lettered = seen.setdefault((node[0], node[1]), ([], []))
        # W2[i, 0] and W2[i, 1] are never one quantity (a whole-number index differs): b2 + sum_j W2[i, j]
        # a1[j] of a rule's letter i is differentiated term by term. Two whole-number ones are two atoms.
        is_concrete = all(part.is_Integer for part in index)
        if any(_may_be_equal(index, other) for other in (lettered if is_concrete else concrete + lettered)):
            return True
        (concrete if is_concrete else lettered).append(index)
    return False


def _may_be_equal(first: tuple, second: tuple) -> bool:
    return not any(a.is_Integer and b.is_Integer and a != b for a, b in zip(first, second))


def _ranged(expr) -> bool:
    """Whether ``expr`` holds an index letter ranged over many values (ranged_indices.ranged_index)."""
    return isinstance(expr, sp.Basic) and any(index_span(symbol) is not None for symbol in expr.free_symbols)


def _quantities(expr, calculus: NetworkCalculus) -> list:
    atoms = [atom for atom in expr.atoms(sp.Indexed, sp.Symbol) if calculus.node(atom) is not None]
    return sorted(atoms, key=sp.default_sort_key)


def _partial(expr, quantity) -> sp.Expr:
    result = sp.diff(expr, quantity)
    # d/du Heaviside(u) is 0 wherever it is defined (the kink has measure zero).
    return result.replace(sp.DiracDelta, lambda *args: sp.S.Zero)
