"""A notation's meanings (docs/notation.md): SymPy syntax in the symbols of symbols.md, read by
parsing.parse_formula, never evaluated; an index written ``:`` makes a vector (``W1[j, :]``) or, twice, a
layer's matrix (``W1[:, :]``); ``new(W2[0, 0])`` is a parameter's value after the update, the name a
homework gives the new weight (``\\text{Wec} = \\text{wec} - \\eta ...``); ``grad(W2[0, 0])`` the derivative of the
loss by a quantity, the name a homework gives a gradient (Ng's ``dW^{[2]}``)."""

from __future__ import annotations

import re

import sympy as sp

from .parsing import parse_formula
from .quantities import FormulaError, LossGradient, NetworkSymbols, NewValue


def parse_meaning(text: str, symbols: NetworkSymbols):
    """A meaning in SymPy syntax; an index written ``:`` (``W1[j, :]``) makes it a vector over it, two
    (``W1[:, :]``) the layer's whole matrix."""
    new = re.fullmatch(r"\s*new\s*\((.*)\)\s*", text)
    if new:  # "\\text{Wec}" = "new(W2[0, 0])": the value of W2[0, 0] after the update (an update claim's left side)
        if not re.fullmatch(r"\s*[Wb]\d+\s*(\[[^\[\]]*\])?\s*", new.group(1)):
            raise FormulaError(f"{text}: new(...) is the new value of a parameter, e.g. new(W2[0, 0]) or new(b1[:])")
        value = parse_meaning(new.group(1), symbols)
        return value.applyfunc(NewValue) if isinstance(value, sp.MatrixBase) else NewValue(value)
    gradient = re.fullmatch(r"\s*grad\s*\((.*)\)\s*", text)
    if gradient:  # "dW_{jk}^{[l]}" = "grad(W{l}[j, k])": dL/dW, Ng's dW
        if not re.fullmatch(r"\s*(?:W|b|z|a)\d+\s*(\[[^\[\]]*\])?\s*", gradient.group(1)):
            raise FormulaError(f"{text}: grad(...) is the derivative of the loss by a quantity of the network,"
                               " e.g. grad(W2[0, 0]), grad(b1[:]), grad(z2[j]) or grad(a1[:])")
        value = parse_meaning(gradient.group(1), symbols)
        return value.applyfunc(LossGradient) if isinstance(value, sp.MatrixBase) else LossGradient(value)
    match = re.search(r"\[([^\[\]]*:[^\[\]]*)\]", text)
    if not match:
        return parse_formula(text, symbols)
    parts = match.group(1).split(",")
    positions = [p for p, part in enumerate(parts) if part.strip() == ":"]
    name = re.search(r"([A-Za-z]+)(\d*)\s*$", text[:match.start()])
    letters, layer = name.group(1), int(name.group(2) or 0)
    if letters != "x" and not (letters in ("y", "t") or 1 <= layer <= symbols.depth):
        raise FormulaError(f"{text}: there is no layer {layer} (the network has layers 1 to {symbols.depth})")
    if letters == "W":
        sizes = (symbols.units(layer), symbols.units(layer - 1))
    elif letters in ("y", "t"):
        sizes = (symbols.units(symbols.depth),)
    else:  # x, a, z, b, delta
        sizes = (symbols.units(layer),)
    if not positions or len(positions) != len(parts) and len(positions) > 1 or len(parts) > len(sizes):
        raise FormulaError(f"{text}: write ':' for one index, or for every index of a matrix (W1[:, :])")

    def entry(values: dict):
        inside = ",".join(str(values[p]) if p in values else part for p, part in enumerate(parts))
        return parse_formula(text[:match.start()] + "[" + inside + "]" + text[match.end():], symbols)

    if len(positions) == 2:  # the whole matrix: W_{1} = W1[:, :]
        return sp.ImmutableMatrix([[entry({0: row, 1: column}) for column in range(sizes[1])]
                                   for row in range(sizes[0])])
    entries = [entry({positions[0]: value}) for value in range(sizes[positions[0]])]
    # a layer of one unit drops its index (notation.md): a^{(L)} of one output is that output
    return entries[0] if len(entries) == 1 else sp.ImmutableMatrix(entries)


def with_gradients(value, loss_derivative):
    """``value`` with every grad(Q) of a meaning replaced by dL/dQ (``loss_derivative``, the network's calculus)."""
    if isinstance(value, sp.Indexed) or not isinstance(value, (sp.Basic, sp.MatrixBase)) \
            or not value.has(LossGradient):  # the common meaning, a quantity, at once: this runs for every symbol
        return value
    if isinstance(value, sp.MatrixBase):
        return value.applyfunc(lambda entry: entry.replace(LossGradient, loss_derivative))
    return value.replace(LossGradient, loss_derivative)
