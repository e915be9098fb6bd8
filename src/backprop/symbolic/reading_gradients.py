"""Gradients of the loss in a formula (a part of reading.Reader): ``\\nabla_W L`` (its subscript the variable, a
loss after it; ``\\nabla_{W}`` alone the loss's; ``\\nabla W^{[l]}`` by a parameter or unit, the loss unwritten;
``\\nabla L`` by the parameter --param names), refused where neither side is the loss; and a lone ``\\partial w_{ij}``
on a claim's left side, the loss's derivative by a weight, bias, unit or input. The derivative itself is
reading_derivatives.py's ``differentiate``.
"""

from __future__ import annotations

import dataclasses

import sympy as sp

from ..activations import ACTIVATIONS
from .function_words import SIGMA
from .notation_indices import Unbound
from .quantities import FormulaError
from .reading_base import _is_matrix, _show
from .syntax_tree import Apply, Call, Nabla, Num, Op, Sym


class GradientReading:
    """Reader methods for \\nabla and a lone \\partial."""

    def _nabla(self, node: Nabla):
        if node.unwritten_loss:
            # \nabla_{W} alone, before a relation or at the end: the gradient of the loss, as \nabla_{W} L
            if not self.context.losses:
                self.fail(f"\\nabla_{{{_show(node.wrt)}}} with nothing after it: the notation's letters leave the"
                          f" loss no name; write the loss after it, \\nabla_{{{_show(node.wrt)}}} Loss, and name it"
                          ' in the notation, loss = ["Loss"]')
            return self.differentiate(self.symbols.L, self.value(node.wrt), node)
        if node.plain_wrt and not self._is_loss(node.of) and self._loss_input(node.wrt) is not None:
            # \nabla a_j f'(z_j): the loss's gradient by a unit or parameter, times what follows it where that reads
            # (\nabla v1 \mathcal{L}, a loss under a name the notation does not give, is refused below)
            try:
                self.value(node.of)
            except FormulaError:
                pass
            else:
                return self.value(Op("*", (Nabla(None, node.wrt), node.of)))
        if node.plain_wrt and not self._is_loss(node.wrt) and not self._is_loss(node.of):
            names = ", ".join(dict.fromkeys(self.context.losses))
            self.fail(f"\\nabla {_show(node.wrt)} {_show(node.of)}: neither is the loss (its names: {names}); write"
                      f" \\nabla_{{{_show(node.wrt)}}} L with the loss's name, or name {_show(node.of)} in the"
                      " notation's loss")
        if node.plain_wrt and self._is_loss(node.wrt):
            # \nabla L x: the gradient of the loss times x, the name after it no parameter taken by a loss after it
            return self.value(Op("*", (Nabla(None, node.wrt), node.of)))
        if node.wrt is None and not self._is_loss(node.of) and (by := self._loss_input(node.of)) is not None:
            # \nabla W^{[l]}: \nabla of a parameter or unit, not the loss, can only be the loss's gradient by it
            return self.differentiate(self.symbols.L, by, node)
        number = node.of.args[0] if isinstance(node.of, Op) and node.of.kind == "neg" else node.of
        if isinstance(number, Num) and isinstance(node.wrt, Sym) and node.wrt.base.isalpha():
            # code's nabla_b[-1] (Nielsen's network.py, lib.rs's *nabla_b.last_mut().unwrap()): one name indexed
            self.fail(f"\\nabla_{{{_show(node.wrt)}}} of the number {_show(node.of)}: code's name nabla_{node.wrt.base}"
                      f" indexed, nabla_{node.wrt.base}[{_show(node.of)}], which the notation does not give; name it in"
                      f" the notation's [notation.symbols] (\"nabla_b[-1]\" = \"grad(b2[:])\")")
        if isinstance(node.wrt, Num) and not self._is_loss(node.of):
            # \nabla_{1} v_{11}: a number where the variable goes, the update's (or an argument's) number; whether
            # update 1 is at the problem's values or after one step (counted from 0) is not said
            step, shown = _show(node.wrt), _show(node.of)
            self.fail(f"\\nabla_{{{step}}} {shown}: the subscript {step} is a number, no variable (an update's number),"
                      f" and whether that update's gradient is taken at the problem's values is not said: write"
                      f" \\nabla_{{{shown}}} L for the loss's gradient by {shown} at the problem's values")
        if not node.plain_wrt and not self._is_loss(node.of) and (slope := self._activation_gradient(node)) is not None:
            return slope
        if not self._is_loss(node.of):
            shown = _show(node.of)
            by = f"{{{shown}}}" if isinstance(node.of, Sym) else "W"
            function = node.of.symbol.base if isinstance(node.of, Apply) and len(node.of.args) == 1 else None
            named = f' (or the slope of an activation {function} at each entry: name it in the notation\'s functions,' \
                    f' {function} = "{SIGMA}")' if function is not None and function not in self.notation.functions else ""
            self.fail(f"\\nabla {shown}: {shown} is not the loss, and \\nabla is read for the gradient of the loss{named}:"
                      f" write \\nabla_{by} L, the parameter as its subscript, then the loss")
        self._note_loss(node.of)
        if node.wrt is None and isinstance(node.of, Apply) and len(node.of.args) == 1:
            # \nabla loss(scores): the gradient by the loss's one written argument, as \nabla f(x) is by x
            return self.differentiate(self.symbols.L, self.value(node.of.args[0]), node)
        if isinstance(node.of, Apply):  # \nabla_W L(y, \hat{y}): the loss by its arguments
            self.loss_arguments(node.of.symbol, node.of.args)
        if node.wrt is None:
            derivative = self.context.calculus.loss_derivative
            if self.context.parameter is None and self.context.updated is not None:
                updated = self.context.updated
                return updated.applyfunc(derivative) if _is_matrix(updated) else derivative(updated)
            if self.context.parameter is None and (outputs := self._output_delta_left()) is not None:
                # Nielsen's BP1, \delta^L = \nabla_a C \odot \sigma'(z^L), its subscript dropped (a Julia file's
                # δ{L} = ∇C .* dσ.(z{L})): beside the output layer's delta the gradient by the output activations
                return outputs.applyfunc(lambda unit: self.differentiate(self.symbols.L, unit, node))
            if self.context.parameter is None:
                self.fail("\\nabla L without a subscript: name the parameter with --param, or write \\nabla_W L")
            return derivative(self.context.parameter.symbol)
        return self.differentiate(self.symbols.L, self.value(node.wrt), node)

    def _activation_gradient(self, node: Nabla):
        """``\\nabla f(Y)``, ``\\nabla_{Y} f(Y)`` of an activation f applied entry by entry (a function word, or the
        notation's functions' f): its slope f' at each entry of Y, as f'(Y) reads (batch 152's CS231n notes, dL/dY =
        dL/dH \\odot \\nabla f(Y)). Its Jacobian is diagonal, so it is kept as a diagonal (reading_jacobians): a product
        with a vector of as many entries is entry by entry whichever side it is on and whatever the layout; f' of a
        matrix (samples) only in a product written entry by entry (\\odot). None where f is no such activation (a
        row-wise one, whose \\nabla is a full Jacobian, is refused), or where a subscript names another variable."""
        applied = node.of
        if isinstance(applied, Call):
            name = applied.name if not (applied.primes or applied.base or applied.layer or applied.at) else None
        elif isinstance(applied, Apply) and not (applied.symbol.primes or applied.symbol.sub or applied.symbol.sup
                                                 or applied.symbol.bracket is not None or applied.spaced):
            name = self.notation.function_of(applied.symbol)[0]
        else:
            return None
        activation = ACTIVATIONS.get(name) if name is not None and len(applied.args) == 1 else None
        if activation is None:
            return None
        if not activation.elementwise:
            self.fail(f"\\nabla {_show(applied)}: {activation.name} is no function applied entry by entry, so its"
                      " gradient is a full Jacobian, a matrix or its transpose as the page's layout has it; write one"
                      " entry's derivative, \\frac{\\partial a_i}{\\partial z_j}")
        if node.wrt is not None and self.value(node.wrt) != self.value(applied.args[0]):
            return None  # \nabla_W f(Y): by another variable, refused below
        primed = dataclasses.replace(applied, primes=1) if isinstance(applied, Call) else \
            Apply(dataclasses.replace(applied.symbol, primes=1), applied.args)
        slope = self.value(primed)
        if _is_matrix(slope) and len(slope) > 1:
            self.diagonals[id(node)] = node
        return slope

    def _lone_partial_variable(self, wrt):
        """What a lone ``\\partial X`` on the claim's left side (``\\partial w_{ij} = y_i \\delta_j``) differentiates
        the loss by: X where it is a weight, bias, unit or input of the network; refused where X is the loss
        (``\\partial E = ...``, a differential) or anything else, nothing saying what the ∂ names."""
        self.value(wrt)  # a name that reads as nothing is refused as such
        by = None if self._is_loss(wrt) else self._loss_input(wrt)
        if by is None:
            self.fail(f"\\partial {_show(wrt)} on the left side is read as the loss's derivative by a weight, bias,"
                      f" unit or input, and {_show(wrt)} is none; write the derivative it means, \\frac{{\\partial"
                      f" L}}{{\\partial w}} = ..., or name it in the notation")
        return by

    def _primed_by_argument(self, node: Apply):
        """``Z_o'(H)``, ``\\hat{y}'(Z_o)``: a unit's sum or output that the notation names, with a prime and one
        argument, is its derivative by that argument (the ML Glossary's chain C'(W_o) = C'(\\hat{y}) \\hat{y}'(Z_o)
        Z_o'(W_o)), where that is the one reading: a number z'(v), a unit's sum by a weight, bias, unit or input v of
        the network (a sum is no function whose slope at v could be meant), and an output a'(z) at its own sum z,
        f'(z) entry by entry, the slope either way. None for anything else (a' at another argument, a vector's
        z'(v), a primed name the notation gives, keep their readings)."""
        symbol = node.symbol
        if symbol.primes != 1 or symbol.bracket is not None or len(node.args) != 1 or self.notation.candidates(symbol) \
                or symbol.base in self.notation.functions:
            return None
        try:
            value = self.value(Sym(symbol.base, symbol.sub, symbol.sup, 0, None, symbol.position))
        except FormulaError:
            return None
        by = self._loss_input(node.args[0])
        if by is None:
            return None
        calculus = self.context.calculus
        found, by_found = calculus.entry_nodes(value), calculus.entry_nodes(by)
        if any(item is None or item[0] not in ("z", "a") or item[1] < 1 for item in found):
            return None
        if all(item[0] == "a" for item in found) and by_found == [("z", *item[1:]) for item in found]:
            return self._primed_unit(symbol, node)  # \hat{y}'(Z_o): the slope at its own sum
        if len(found) == 1 and found[0][0] == "z":
            return self.differentiate(value, by, node)  # Z_o'(W_o): the sum by a weight, dZ_o/dW_o
        return None

    def _loss_input(self, node):
        """The value of ``node`` where each of its entries is a weight, bias, unit or input of the network
        (something the loss depends on, as \nabla W^{[l]} writes it); else None (a formula, the target)."""
        if not isinstance(node, Sym):
            return None
        try:
            value = self.value(node)
        except FormulaError:  # a name that reads as nothing: the refusal below says what \nabla is read for
            return None
        kinds = self.context.calculus.entry_nodes(value)
        if all(kind is not None and kind[0] in ("W", "b", "z", "a") for kind in kinds):
            return value
        return None

    def _output_delta_left(self):
        """The output activations (a column) where the claim's left side is the output layer's whole delta (every
        unit's, in order), the one vector a bare \\nabla C beside it is the gradient by; else None."""
        symbols, left = self.symbols, self.context.left_node
        output = symbols.delta.get(symbols.depth)
        try:
            # a name only (never the \nabla being read, \nabla L = ..., on the left side itself)
            value = self.value(left) if isinstance(left, Sym) and output is not None else None
        except (FormulaError, Unbound):
            return None
        units = symbols.units(symbols.depth)
        entries = list(value) if _is_matrix(value) and 1 in value.shape else [value]
        if len(entries) != units or entries != [output[k] for k in range(units)]:
            return None
        return sp.Matrix([symbols.a[symbols.depth][k] for k in range(units)])
