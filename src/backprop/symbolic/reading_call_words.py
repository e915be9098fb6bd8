"""Reader methods for calls of the notation's own words (CallWordReading, a part of reading_calls.CallReading): a
derivative word called with more than its one argument (``backward_activation(Z{l}, Sigmas{l})``, read where the
notation names each argument the same layer's sums or outputs), a derivative word written with a layer
(``dG^l(Z^l)``, read as g^l is), and a pattern written as a call (``"drelu_dZ(NN, l)"``), which names that call as
written.
"""

from __future__ import annotations

import dataclasses
import re

from .derivative_words import declared_derivative
from .notation_layer_functions import activation_at_layer
from .notation import Notation
from .notation_layers import layer_letters
from .quantities import FormulaError
from .reading_base import _is_matrix, _show, _written
from .syntax_tree import Apply, Call


class CallWordReading:
    def derivative_word_arguments(self, node: Apply, word: str, activation: str):
        """A call of a derivative word the notation declares (``{ dact = "act' at output" }``, act an activation)
        with other than its one argument: its derivative at the place's argument where the notation names each
        argument the same units' sums or outputs (_place_argument); else refused, ``dact(y, beta)``: what the others
        do (a gain multiplying the slope, as beta in act(beta u), a leaky slope, a flag) the declaration does not
        say, and check reads no function's body."""
        place = self.notation.derivative_places.get(word, "input")
        if (at := self._place_argument(node.args, place)) is not None:
            # backward_activation(Z{l}, Sigmas{l}), the notation naming Z{l} the layer's sums and Sigmas{l} its
            # outputs: one unit's input and output each, so the slope at the input is the one the word declares
            return Call(activation, (at,), 1, None, node.symbol.position, word, at=place)
        shown = ", ".join(_show(arg) for arg in node.args)
        self.fail(f"{word}({shown}): the notation's functions declare {word} {activation}' at {place}, a derivative of"
                  f" one argument, and this call passes {len(node.args)}; what the others do (a gain multiplying the"
                  " slope, a flag) the declaration does not say: write the call with its one argument,"
                  f" {word}({_show(node.args[0]) if node.args else 'u'}), or, where each argument is the same layer's"
                  " sums or outputs, name each so in the notation's symbols (\"Sigmas{l}\" = \"a{l}[:]\")")

    def _place_argument(self, args: tuple, place: str):
        """The argument at ``place`` ("input": the sums) of a derivative word's call whose arguments the notation
        names each as one layer's sums or outputs, unit by unit the same units (Z{l} and its outputs Sigmas{l});
        None where any is something else (a gain, a flag, another layer's) or none is at the place."""
        kinds, units, found = set(), set(), None
        for arg in args:
            try:
                value = self.value(arg)
            except FormulaError:
                return None
            entries = list(value) if _is_matrix(value) else [value]
            nodes = [self.context.calculus.node(entry) for entry in entries]
            if any(found_node is None or found_node[0] not in ("z", "a") for found_node in nodes) \
                    or len({found_node[0] for found_node in nodes}) != 1:
                return None
            kinds.add(nodes[0][0])
            units.add(tuple((found_node[1], found_node[2]) for found_node in nodes))
            if nodes[0][0] == {"input": "z", "output": "a"}[place] and found is None:
                found = arg
        return found if len(units) == 1 and len(kinds) == len(args) == 2 else None

    def _layered_word(self, node: Apply) -> Call | None:
        """``dG^l(Z^l)``, ``dG^{[2]}(Z)``: a derivative word of the notation's functions written with a layer, as g^l
        is: the word's derivative where the network's activation at that layer is the word's activation (refused
        at another layer, as g^l is); None for any other call."""
        symbol = node.symbol
        layer = symbol.sup
        if not layer or symbol.sub or symbol.primes or symbol.bracket is not None or not (
                layer.isdigit() or written_layer_letter(layer, self.notation)):
            return None
        bare = dataclasses.replace(node, symbol=dataclasses.replace(symbol, sup="", layered=False))
        if (derivative := declared_derivative(self.notation, bare)) is None:
            return None
        activation_at_layer(self.notation, Call(derivative.name, (), 1, position=symbol.position, written=symbol.base,
                                                layer=layer), derivative.name, self.env, self.symbols, self.where)
        return derivative

    def _named_as_called(self, node: Apply) -> bool:
        """Whether the notation's pattern for the call's name is written as a call (``"drelu_dZ(NN, l)"``: the
        loader keeps its name) whose arguments are the call's, one by one as written: the pattern names that call's
        value. Other arguments (drelu_dZ(NN, 2), a value at another layer maybe) are not said by it."""
        named = self.notation.candidates(node.symbol)
        text = named[0][0].text if named else ""
        if "(" not in text or node.symbol.primes:
            return False
        try:
            written = self.context.parser(text, self.where).expression()
        except FormulaError:
            return False
        return isinstance(written, Apply) and len(written.args) == len(node.args) and all(
            _written(ours) == _written(theirs) for ours, theirs in zip(written.args, node.args))


def written_layer_letter(written: str, notation: Notation) -> bool:
    """Whether a function's script is a layer letter of the notation (or L), alone or plus or minus a number: l, l+1."""
    return re.fullmatch(r"([A-Za-z])\s*(?:[+-]\s*\d+)?", written) is not None \
        and written[0] in layer_letters(notation) | {"L"}
