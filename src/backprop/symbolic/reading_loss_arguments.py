"""A loss written with its arguments, read by them (a part of reading.Reader): ``\\mathcal{L}(y, \\hat{y})``,
``J(w, b)``, ``L(\\hat{y}^{(i)}, y^{(i)})``, code's ``loss(y_pred, y)``, as a value, a derivative's numerator or a
left side. The loss is the file's; its arguments may name what the network's loss is a function of, in any order:
the prediction (the output layer's activation, or its weighted sum, through the output's activation), the target
(or a number for it), the input, and the parameters (the loss as a function of the weights), with a sample's letter
(sample i's loss, so that a sum over i is over the samples). An argument naming anything else (a hidden layer's
output or weighted sum, an error term, a name the notation gives no meaning beside the parameters' conventional
letters) says the formula is not the network's loss: it is refused, never read as the loss."""

from __future__ import annotations

from dataclasses import replace

from ..patterns import lazy_pattern
from .notation import Unbound
from .quantities import FormulaError, GenericParameter, UnknownSymbol
from .reading_base import _show
from .syntax_tree import Sym

#: the kinds of network quantity (calculus.node's) the loss is a function of at every layer
_LOSS_TAKES_ANY_LAYER = frozenset({"W", "b", "target"})
#: the letters and words that name the parameters as a whole where the notation gives them no meaning of their own
#: (C(\underline{\theta}), J(\Theta), E(\mathbf{w}), J(w_1, w_2)): the loss as a function of the weights
_PARAMETER_NAMES = frozenset({r"\theta", r"\Theta", r"\vartheta", "w", "W", r"\omega", r"\Omega", "b", "theta",
                              "Theta", "weights", "params", "parameters", "Weights", "Parameters"})
#: a decoration around a name (\underline{\theta}, \mathbf{w}, \boldsymbol{\Theta}): the name within it
_DECORATED = lazy_pattern(r"\\[A-Za-z]+\{(.*)\}")


class LossArgumentReading:
    """Reader methods for a loss's arguments (see the module docstring)."""

    def loss_arguments(self, symbol: Sym, args: tuple) -> None:
        """Check each of ``args``, the arguments of the loss ``symbol`` is written with, names what the loss takes
        (the module docstring), refusing the formula where one names anything else. A name the notation gives no
        meaning is refused beside an argument it does (\\mathcal{L}(q, y): q stands where the prediction would);
        arguments none of which it names are the page's own labels, the loss read as before (\\mathcal{L}(\\hat{Y},
        Y), the samples' matrices; Loss(Error function), a gloss). Their sample letter is noted (reading them binds
        it); what they read is forgotten after (a letter they index units by stays unread, and a sum over it is
        refused as before)."""
        read = set(self.env.read)
        try:
            unknown = [(argument, error) for argument in args
                       if (error := self._loss_argument(symbol, argument)) is not None]
            if unknown and len(unknown) < len(args):
                argument, error = unknown[0]
                shown = f"its argument {_show(argument)}" if isinstance(argument, Sym) \
                    else f"{error.name} in its argument"
                self.fail(f"{symbol.text()}(...): {shown} is a name the notation gives no meaning, and the loss takes"
                          f" the prediction and the target (or the parameters); {self._loss_takes(symbol)}",
                          UnknownSymbol, name=error.name)
        finally:
            self.env.read.clear()
            self.env.read.update(read)

    def _loss_argument(self, symbol: Sym, argument) -> UnknownSymbol | None:
        """Refuse ``argument`` where it names a network quantity the loss does not take; the refusal where it names
        nothing the notation gives (not the parameters' conventional letter), for loss_arguments to judge."""
        try:
            value = self.value(argument)
        except GenericParameter:
            return None  # J(\theta): the notation's generic parameter, the loss as a function of the parameters
        except UnknownSymbol as error:
            if isinstance(argument, Sym) and _bare(argument.base) in _PARAMETER_NAMES:
                return None  # C(\underline{\theta}): the parameters, named by their conventional letter
            return None if self._capital_of_taken(argument) else error
        except (FormulaError, Unbound):
            return None  # a letter read elsewhere (the sample's i of y^{(i)}), a form read elsewhere: as before
        self._network_quantity_taken(symbol, argument, value)
        return None

    def _capital_of_taken(self, argument) -> bool:
        """Whether ``argument`` is a capital the notation does not give of a name it gives the target or the
        prediction (\\mathcal{L}(\\hat{Y}, Y) beside y: Ng's matrices of the samples' columns)."""
        if not isinstance(argument, Sym) or argument.base.lower() == argument.base:
            return False
        try:
            value = self.value(replace(argument, base=argument.base.lower()))
        except (FormulaError, Unbound):
            return False
        depth = self.symbols.depth
        nodes = self.context.calculus.entry_nodes(value)
        return all(node is not None and (node[0] == "target" or node[:2] == ("a", depth)) for node in nodes)

    def _network_quantity_taken(self, symbol: Sym, argument, value) -> None:
        """Refuse ``argument`` (read as ``value``) where it names a network quantity the loss is not a function of."""
        written = f"{symbol.text()}(...)"
        if getattr(value, "is_Number", False):
            return  # loss(Y5, 0.6): a number for the target
        depth = self.symbols.depth
        for node in self.context.calculus.entry_nodes(value):
            if node is None or node[0] in _LOSS_TAKES_ANY_LAYER:
                continue  # (an expression of quantities, as before: \sigma(z) for the output, a sum)
            kind, layer = node[:2]
            if kind == "a" and layer in (0, depth) or kind == "z" and layer == depth:
                continue  # the input, the prediction, the output's sum (f(x) = (y - \sigma(x))^2/2, x the sum)
            self.fail(f"{written}: its argument {_show(argument)} is {_what(kind, layer, depth)}, which the network's"
                      f" loss is not a function of: it takes the prediction (layer {depth}'s activation) and the"
                      f" target (or the parameters); {self._loss_takes(symbol)}")

    def _loss_takes(self, symbol: Sym) -> str:
        return (f"write {symbol.text()} alone for the network's loss, or its arguments as the output's and target's"
                " names")


def _bare(base: str) -> str:
    """A name without the decorations around it: \\underline{\\theta} as \\theta."""
    while (match := _DECORATED.fullmatch(base)) is not None:
        base = match.group(1)
    return base


def _what(kind: str, layer: int, depth: int) -> str:
    """A network quantity as a refusal names it (kind and layer as calculus.node gives them)."""
    if kind == "a":
        return f"layer {layer}'s activation (the output layer is {depth})"
    if kind == "z":
        return f"layer {layer}'s weighted sum (the output layer is {depth})"
    if kind == "delta":
        return f"layer {layer}'s error term (delta)"
    return "the loss itself" if kind == "L" else f"a quantity of kind {kind}"
