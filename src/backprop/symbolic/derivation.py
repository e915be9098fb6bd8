"""dL/d(parameter) for one sample, derived the way the seeds derive it.

For a parameter of layer l the chain rule runs from the loss back to the parameter through every
path of later units: for W1[j,i] in a network with layers 1, 2, 3,

    dL/dW1[j,i] = sum_k sum_m dL/da3[m] da3[m]/dz3[m] dz3[m]/da2[k] da2[k]/dz2[k]
                                dz2[k]/da1[j] da1[j]/dz1[j] dz1[j]/dW1[j,i]

(with a row-wise output activation, a further sum over its outputs c: dL/da3[c] da3[c]/dz3[m]).
``ChainRule`` keeps that product with its factors' values; ``gradient`` is the same derivative in
the network's quantities, built as backpropagation does, from delta_l[k] = dL/dz_l[k]:

    delta_n[k] = dL/da_n[k] f_n'(z_n[k])                         (output layer, element-wise)
    delta_n[k] = (a_n[k] - t[k]) / ln(base)                      (a loss fused with its activation)
    delta_l[k] = f_l'(z_l[k]) sum_m W_{l+1}[m,k] delta_{l+1}[m]  (hidden layers)
    dL/dW_l[j,i] = delta_l[j] a_{l-1}[i],  dL/db_l[j] = delta_l[j],  dL/db_l = sum_j delta_l[j]

The fused line is the loss entry's own (with one-hot targets it may use sum_c t[c] = 1).

Up to ``MAX_EXPLICIT_PATHS`` paths the sums are written out with numbers as indices; beyond, the
derivation stays in index notation (SymPy ``Sum`` over ``Indexed``), so that one weight of a
784-128-64-10 network is a double sum, not 6,400 terms.

``variant`` derivations reproduce common mistakes on purpose, for check's hints: ``jacobian =
"diagonal"`` keeps only the diagonal of a row-wise output activation's Jacobian (a_c (1 - a_c)),
``output_unit = k`` keeps only the paths through output unit k (``only_unit = (layer, k)``: through
unit k of a hidden layer), ``activation_derivatives = {layer: f}`` uses f(z, a) for that layer's
activation derivative.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from math import prod

import sympy as sp

from ..expression import spell, symbol
from .functions import fused_delta, loss_gradient, sympy_activation
from .quantities import NetworkSymbols, Parameter

MAX_EXPLICIT_PATHS = 32

# Summation index letters for layers 2, 3, ...; "j" sums over the units of a shared bias's own layer
# and "c" over the outputs of a row-wise activation in its Jacobian.
_INDEX_LETTERS = ("k", "m", "n", "p", "q", "r", "s")
_OUTPUT_LETTER = "c"


def _index(letter: str) -> sp.Symbol:
    return sp.Symbol(letter, integer=True, nonnegative=True)


def _layer_letter(layer: int) -> str:
    """The summation index over the units of ``layer`` (>= 2): the same in every derivation, so that
    the chain rule and the simplified form of one parameter use the same letters."""
    return _INDEX_LETTERS[(layer - 2) % len(_INDEX_LETTERS)]


@dataclass(frozen=True)
class Factor:
    """One factor d(of)/d(wrt) of a chain-rule product, and what it is in network quantities."""

    of: sp.Expr
    wrt: sp.Expr
    value: sp.Expr


@dataclass
class ChainRule:
    """The chain-rule form: a sum of products of factors.

    Attributes
    ----------
    sums : (index, first, last) of each summation, outermost first; empty when written out.
    terms : one list of factors per path (written out), or the one general term (index form).
    """

    sums: list[tuple[sp.Symbol, int, int]]
    terms: list[list[Factor]]

    def value(self) -> sp.Expr:
        """The sum of the products of the factors' values (no simplification)."""
        total = sp.Add(*[sp.Mul(*[factor.value for factor in term]) for term in self.terms])
        for index, first, last in reversed(self.sums):
            total = sp.Sum(total, (index, first, last))
        return total


@dataclass
class ParameterDerivation:
    """Everything derive prints about one parameter."""

    parameter: Parameter
    chain: ChainRule
    gradient: sp.Expr
    index_form: bool
    notes: list[str] = field(default_factory=list)


class Deriver:
    """Derivations for the parameters of one network.

    Parameters
    ----------
    symbols : the network's symbols.
    jacobian : "full" (right) or "diagonal" (the common mistake with a row-wise output, for hints).
    output_unit : None (right), or keep only the paths through this output unit (for hints).
    only_unit : None (right), or (layer, unit): keep only the paths through that unit (for hints).
    activation_derivatives : {layer: f(z, a)} replacing that layer's activation derivative (for hints).
    max_paths : above this many chain-rule paths the derivation stays in index notation.
    """

    def __init__(self, symbols: NetworkSymbols, jacobian: str = "full", output_unit: int | None = None,
                 only_unit: tuple | None = None, activation_derivatives: dict | None = None,
                 max_paths: int = MAX_EXPLICIT_PATHS):
        self.symbols = symbols
        self.jacobian = jacobian
        self.output_unit = output_unit
        self.only_unit = (symbols.depth, output_unit) if output_unit is not None else only_unit
        self.activation_derivatives = activation_derivatives or {}
        self.max_paths = max_paths
        self.depth = symbols.depth
        last = symbols.spec(self.depth).activations[-1]
        self.last = sympy_activation(last)
        self.row_wise_output = not last.elementwise  # a row-wise output activation (its Jacobian)
        self.fused = symbols.loss.output_activation == last.name and jacobian == "full"

    # -- public --------------------------------------------------------------------------------

    def path_count(self, parameter: Parameter) -> int:
        """How many products the written-out chain rule of ``parameter`` has (before masks)."""
        later = prod(self.symbols.units(layer) for layer in range(parameter.layer + 1, self.depth + 1))
        if self.row_wise_output:
            later *= self.symbols.units(self.depth)
        if parameter.kind == "b" and not parameter.index:
            later *= self.symbols.units(parameter.layer)
        return later

    def index_form(self, parameter: Parameter) -> bool:
        return parameter.generic or self.path_count(parameter) > self.max_paths

    def derive(self, parameter: Parameter) -> ParameterDerivation:
        index_form = self.index_form(parameter)
        notes = []
        if parameter.masked:
            notes.append(f"{parameter.name} is masked (no connection): it is 0, never updated, and"
                         " its gradient is 0")
            return ParameterDerivation(parameter, self.chain_rule(parameter, index_form), sp.S.Zero,
                                       index_form, notes)
        if self.fused:
            n, loss = self.depth, self.symbols.loss
            single = len(self.symbols.spec(n).activations) == 1
            wrt = f"dz{n}[k]" if single else f"d(the input of {self.last.activation.name})[k]"
            chain = f"sum_c dL/da{n}[c] da{n}[c]/{wrt}" if self.row_wise_output else f"dL/da{n}[k] da{n}[k]/{wrt}"
            written = spell(loss.fused_formula, lambda variable: symbol(f"a{n}[k]", "") if variable.name == "a"
                            else symbol(f"{variable.name}[k]", ""))
            notes.append(f"{self.last.activation.name} with {loss.description}: {chain} = {written.text}"
                         + (f", {loss.fused_why}" if loss.fused_why else ""))
        if parameter.generic and self.symbols.spec(parameter.layer).mask is not None:
            notes.append(f"W{parameter.layer}[j,i] = 0 and its gradient is 0 where the mask has no"
                         " connection")
        return ParameterDerivation(parameter, self.chain_rule(parameter, index_form),
                                   self.gradient(parameter, index_form), index_form, notes)

    def gradient(self, parameter: Parameter, index_form: bool | None = None) -> sp.Expr:
        """dL/d(parameter) in network quantities."""
        if parameter.masked:
            return sp.S.Zero
        index_form = self.index_form(parameter) if index_form is None else index_form
        layer = parameter.layer
        if parameter.kind == "W":
            j, i = parameter.index
            return self.delta(layer, j, index_form) * self.symbols.a[layer - 1][i]
        if parameter.index:
            return self.delta(layer, parameter.index[0], index_form)
        return self._sum(lambda j: self.delta(layer, j, index_form), layer, "j", index_form)

    # -- deltas --------------------------------------------------------------------------------

    @lru_cache(maxsize=None)
    def delta(self, layer: int, k, index_form: bool) -> sp.Expr:
        """delta_layer[k] = dL/dz_layer[k] in network quantities."""
        if layer == self.depth:
            return self.output_delta(k, index_form)
        following = layer + 1
        letter = _layer_letter(following)

        def term(m):
            return self.symbols.W[following][m, k] * self.delta(following, m, index_form)

        if self.only_unit is not None and following == self.only_unit[0]:
            unit = self.only_unit[1]
            inner = sp.S.Zero if self.symbols.is_masked(following, unit, k) else term(unit)
        elif index_form:
            inner = self._sum(term, following, letter, True)
        else:
            inner = sp.Add(*[sp.S.Zero if self.symbols.is_masked(following, m, k) else term(m)
                             for m in range(self.symbols.units(following))])
        return self.chain_derivative(layer, k) * inner

    def output_delta(self, k, index_form: bool) -> sp.Expr:
        """delta_n[k] of the output layer."""
        a = self.symbols.a[self.depth]
        if self.fused:
            before = self.chain_derivative(self.depth, k, before_last=True)
            return fused_delta(self.symbols.loss, a[k], self.symbols.target[k]) * before
        if not self.row_wise_output:
            return self.loss_gradient(k) * self.chain_derivative(self.depth, k)
        before = self.chain_derivative(self.depth, k, before_last=True)
        if self.jacobian == "diagonal":
            return self.loss_gradient(k) * self.last.jacobian(a[k], a[k], k, k) * before
        return self.last.transposed(self.loss_gradient, lambda c: a[c], k, lambda term: self._sum(
            term, self.depth, _OUTPUT_LETTER, index_form)) * before

    def loss_gradient(self, c) -> sp.Expr:
        """dL/da_n[c]."""
        return loss_gradient(self.symbols.loss, self.symbols.a[self.depth][c], self.symbols.target[c],
                             self.symbols.units(self.depth))

    def chain_derivative(self, layer: int, k, before_last: bool = False) -> sp.Expr:
        """da_layer[k]/dz_layer[k] of an element-wise chain; with ``before_last`` the derivative of
        the chain before its last activation (that activation's input with respect to z)."""
        if layer in self.activation_derivatives and not before_last:
            return self.activation_derivatives[layer](self.symbols.z[layer][k], self.symbols.a[layer][k])
        chain = [sympy_activation(activation) for activation in self.symbols.spec(layer).activations]
        if before_last:
            chain = chain[:-1]
        values = [self.symbols.z[layer][k]]
        for entry in chain:
            values.append(entry.value(values[-1]))
        if not before_last:
            values[-1] = self.symbols.a[layer][k]  # the chain's output is a, by name
        return sp.Mul(*[entry.derivative(values[s], values[s + 1]) for s, entry in enumerate(chain)])

    def activation_derivative(self, layer: int, c, k) -> sp.Expr:
        """da_layer[c]/dz_layer[k] (0 off the diagonal unless the layer ends in a row-wise activation)."""
        if layer == self.depth and self.row_wise_output:
            a = self.symbols.a[layer]
            jacobian = self.last.jacobian(a[c], a[c], c, c) if self.jacobian == "diagonal" else \
                self.last.jacobian(a[c], a[k], c, k)
            return jacobian * self.chain_derivative(layer, k, before_last=True)
        return self.chain_derivative(layer, k)

    def _sum(self, term, layer: int, letter: str, index_form: bool) -> sp.Expr:
        units = self.symbols.units(layer)
        if index_form:
            index = _index(letter)
            return sp.Sum(term(index), (index, 0, units - 1))
        return sp.Add(*[term(j) for j in range(units)])

    # -- chain rule ------------------------------------------------------------------------------

    def chain_rule(self, parameter: Parameter, index_form: bool) -> ChainRule:
        """The chain-rule products of dL/d(parameter), from the loss back to the parameter.

        A masked weight is no connection: it lies on no path, so the sum is empty (0)."""
        if parameter.masked:
            return ChainRule([], [])
        layer, symbols = parameter.layer, self.symbols
        own = parameter.index[0] if parameter.index else None
        sums = []
        if index_form:
            letters = {r: _index(_layer_letter(r)) for r in range(layer + 1, self.depth + 1)}
            if own is None:
                letters[layer] = _index("j")
            units_per_layer = {r: [index] for r, index in letters.items()}
            sums = [(index, 0, symbols.units(r) - 1) for r, index in sorted(letters.items())]
            outputs = [_index(_OUTPUT_LETTER)] if self.row_wise_output else None
            if outputs:
                sums.append((outputs[0], 0, symbols.units(self.depth) - 1))
        else:
            units_per_layer = {r: list(range(symbols.units(r))) for r in range(layer + 1, self.depth + 1)}
            if own is None:
                units_per_layer[layer] = list(range(symbols.units(layer)))
            outputs = list(range(symbols.units(self.depth))) if self.row_wise_output else None
        if own is not None:
            units_per_layer[layer] = [own]
        terms = []
        for path in self._paths(units_per_layer, layer):
            for c in (outputs if outputs is not None else [path[self.depth]]):
                factors = self._path_factors(parameter, path, c)
                if factors is not None:
                    terms.append(factors)
        return ChainRule(sums, terms)

    def _paths(self, units_per_layer: dict, layer: int) -> list[dict]:
        """Every choice of one unit per layer from ``layer`` to the output: {layer: unit}."""
        paths = [{}]
        for r in range(layer, self.depth + 1):
            paths = [{**path, r: unit} for path in paths for unit in units_per_layer[r]]
        return paths

    def _path_factors(self, parameter: Parameter, path: dict, c) -> list[Factor] | None:
        symbols, n = self.symbols, self.depth
        a, z = symbols.a, symbols.z
        factors = [Factor(symbols.L, a[n][c], self.loss_gradient(c)),
                   Factor(a[n][c], z[n][path[n]], self.activation_derivative(n, c, path[n]))]
        for r in range(n, parameter.layer, -1):
            weight = symbols.weight(r, path[r], path[r - 1])
            if weight == 0:
                return None  # a masked connection: no path
            factors.append(Factor(z[r][path[r]], a[r - 1][path[r - 1]], weight))
            factors.append(Factor(a[r - 1][path[r - 1]], z[r - 1][path[r - 1]],
                                  self.chain_derivative(r - 1, path[r - 1])))
        last = parameter.layer
        wrt = parameter.symbol
        value = symbols.a[last - 1][parameter.index[1]] if parameter.kind == "W" else sp.S.One
        factors.append(Factor(z[last][path[last]], wrt, value))
        return factors
