"""What the intermediate quantities stand for: z, a and L in terms of inputs, weights and biases.

Two substitutions are built from the same forward pass:

* ``expansion`` replaces every z, a (and L) by its definition all the way down to x, W, b, y/t:
  the fully expanded form that ``derive --expanded`` prints;
* ``coordinates`` does the same except that in a layer with one bias per unit the pre-activations
  z stay as they are and that layer's biases are replaced instead, b[j] = z[j] - sum_i W[j,i] a[i].
  Given the weights, b <-> z is one-to-one, so two formulas are equal as functions of (x, W, b) exactly
  when they are equal in these coordinates, and there they are far smaller: a2[0] is f(z2[0]), not
  f of sums of f's. Proofs of equality (check) work in these coordinates.
* ``free_coordinates`` keeps every z as it is, also in layers with a shared bias or none, where z is
  not free (z[j] - z[k] depends on the weights only). Two formulas equal for every z are equal for
  the z the network can produce, so a proof here is a proof; the converse can fail (a formula that
  writes z out as its sum), and then the proof falls back to ``coordinates``.
"""

from __future__ import annotations

import sympy as sp

from .functions import loss_value, sympy_activation
from .quantities import NetworkSymbols


def chain_outputs(activations, inputs: list[sp.Expr]) -> list[sp.Expr]:
    """The activation chain ``activations`` applied to the pre-activations ``inputs`` of one layer."""
    values = list(inputs)
    for activation in activations:
        entry = sympy_activation(activation)
        values = [entry.value(u) for u in values] if entry.elementwise else entry.values(values)
    return values


def loss_expression(symbols: NetworkSymbols, outputs: list[sp.Expr]) -> sp.Expr:
    """The per-sample loss of the file's [loss] for the network outputs ``outputs``."""
    return loss_value(symbols.loss, list(outputs), lambda j: symbols.target[j])


def _substitution(symbols: NetworkSymbols, keep_free_z: bool, all_free: bool = False) -> dict:
    mapping = {}
    previous = [symbols.x[i] for i in range(symbols.units(0))]
    for layer in range(1, symbols.depth + 1):
        units = symbols.units(layer)
        weighted = [sp.Add(*[symbols.weight(layer, j, i) * previous[i] for i in range(len(previous))])
                    for j in range(units)]
        if all_free and symbols.bias_mode(layer) != "neuron":
            z = [symbols.z[layer][j] for j in range(units)]
        elif keep_free_z and symbols.bias_mode(layer) == "neuron":
            z = [symbols.z[layer][j] for j in range(units)]
            for j in range(units):
                mapping[symbols.b[layer][j]] = z[j] - weighted[j]
        else:
            z = [weighted[j] + symbols.bias(layer, j) for j in range(units)]
            for j in range(units):
                mapping[symbols.z[layer][j]] = z[j]
        outputs = chain_outputs(symbols.spec(layer).activations, z)
        for j in range(units):
            mapping[symbols.a[layer][j]] = outputs[j]
        previous = outputs
    mapping[symbols.L] = loss_expression(symbols, previous)
    return mapping


def expansion(symbols: NetworkSymbols) -> dict:
    """{z, a, L: definition in x, W, b, y/t}; masked weights are 0."""
    return _substitution(symbols, keep_free_z=False)


def coordinates(symbols: NetworkSymbols) -> dict:
    """{a, L, and z or b: definition in the proof coordinates} (see the module docstring)."""
    return _substitution(symbols, keep_free_z=True)


def free_coordinates(symbols: NetworkSymbols) -> dict:
    """{a, L, and b of neuron-bias layers: definition with every z kept} (see the module docstring)."""
    return _substitution(symbols, keep_free_z=True, all_free=True)


def masked_weights(symbols: NetworkSymbols) -> dict:
    """{W[j,i]: 0} for every connection a mask removes (a formula may still name it)."""
    zeros = {}
    for layer in range(1, symbols.depth + 1):
        mask = symbols.spec(layer).mask
        if mask is not None:
            for j, i in zip(*(mask == 0).nonzero()):
                zeros[symbols.W[layer][int(j), int(i)]] = sp.S.Zero
    return zeros
