"""A loss written with its arguments, read by them (a part of reading.Reader): ``\\mathcal{L}(y, \\hat{y})``,
``J(w, b)``, ``L(\\hat{y}^{(i)}, y^{(i)})``, code's ``loss(y_pred, y)``, as a value, a derivative's numerator or a
left side. The loss is the file's; its arguments may name what the network's loss is a function of, in any order:
the prediction (the output layer's activation, or its weighted sum, through the output's activation), the target
(or a number for it), the input, and the parameters (the loss as a function of the weights), with a sample's letter
(sample i's loss, so that a sum over i is over the samples). An argument naming anything else (a hidden layer's
output or weighted sum, an error term, a name the notation gives no meaning beside the parameters' conventional
letters), an expression of the target or the prediction (2y), one quantity written twice (L(y, y)) or a numbered name
the notation does not give (y^{(2)} beside its y^{(3)}) says the formula is not the network's loss: it is refused,
never read as the loss. A number none of the file's targets or predictions is the loss at that number where it can
be read so (a value beside the target's or the prediction's name, one output), refused elsewhere."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import sympy as sp

from ..patterns import lazy_pattern
from .definitions import loss_expression
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
#: scripts that write numbers only (^{(2)}, _{1,2}): a name's entry or sample the notation may not give
_NUMBERED = lazy_pattern(r"[\s{}()\[\],\d]*\d[\s{}()\[\],\d]*")
#: a written number's decimals (0.4 has one): the unit of its last digit
_DECIMALS = lazy_pattern(r"\d\.(\d+)")


class LossArgumentReading:
    """Reader methods for a loss's arguments (see the module docstring)."""

    def loss_arguments(self, symbol: Sym, args: tuple, as_value: bool = False):
        """Check each of ``args``, the arguments of the loss ``symbol`` is written with, names what the loss takes
        (the module docstring), refusing the formula where one names anything else. A name the notation gives no
        meaning is refused beside an argument it does (\\mathcal{L}(q, y): q stands where the prediction would);
        arguments none of which it names are the page's own labels, the loss read as before (\\mathcal{L}(\\hat{Y},
        Y), the samples' matrices; Loss(Error function), a gloss). Their sample letter is noted (reading them binds
        it); what they read is forgotten after (a letter they index units by stays unread, and a sum over it is
        refused as before). A number none of the file's targets or predictions, beside the target's or the
        prediction's name, is the other one where the loss stands as a value (``as_value``) on a network of one
        output: the loss at that number is returned (\\mathcal{L}(1, 0.5498), the prediction a page computed); None
        where the loss is the network's."""
        read = set(self.env.read)
        try:
            seen: list = []
            numbers: list = []
            unknown = [(argument, error) for argument in args
                       if (error := self._loss_argument(symbol, argument, seen, numbers)) is not None]
            for place, (argument, value) in enumerate(seen):
                if any(other == value for _, other in seen[:place]):
                    # L(y, y), L(\hat{y}, \hat{y}): a quantity against itself (a loss of 0), not the network's
                    self.fail(f"{symbol.text()}(...): its argument {_show(argument)} names what another of its"
                              f" arguments names, one quantity twice, so the loss it writes is not the network's"
                              f" (a loss of the target against itself is 0); {self._loss_takes(symbol)}")
            if unknown and len(unknown) < len(args):
                argument, error = unknown[0]
                shown = f"its argument {_show(argument)}" if isinstance(argument, Sym) \
                    else f"{error.name} in its argument"
                self.fail(f"{symbol.text()}(...): {shown} is a name the notation gives no meaning, and the loss takes"
                          f" the prediction and the target (or the parameters); {self._loss_takes(symbol)}",
                          UnknownSymbol, name=error.name)
            self._output_sum_beside_the_target(symbol, args)
            return self._loss_at_number(symbol, args, seen, numbers, as_value) if numbers else None
        finally:
            self.env.read.clear()
            self.env.read.update(read)

    def _loss_argument(self, symbol: Sym, argument, seen: list, numbers: list) -> UnknownSymbol | None:
        """Refuse ``argument`` where it names a network quantity the loss does not take; the refusal where it names
        nothing the notation gives (not the parameters' conventional letter), for loss_arguments to judge. The
        network quantity it names is added to ``seen`` with the argument, a number none of the file's
        targets or predictions to ``numbers``."""
        try:
            value = self.value(argument)
        except GenericParameter:
            return None  # J(\theta): the notation's generic parameter, the loss as a function of the parameters
        except UnknownSymbol as error:
            if isinstance(argument, Sym) and _bare(argument.base) in _PARAMETER_NAMES:
                return None  # C(\underline{\theta}): the parameters, named by their conventional letter
            return None if self._capital_of_taken(argument) else error
        except FormulaError as error:
            if isinstance(argument, Sym) and _NUMBERED.fullmatch(argument.sub + argument.sup):
                # y^{(2)} beside the notation's y^{(3)}: a sample or layer number it gives no meaning
                return UnknownSymbol(str(error), name=argument.text())
            return None  # a form read elsewhere: as before
        except Unbound:
            return None  # a letter read elsewhere (the sample's i of y^{(i)}): as before
        if getattr(value, "is_Number", False):
            taken = self._number_taken(_show(argument), float(value))
            if taken is None:
                numbers.append((argument, value))
            elif self.symbols.units(self.symbols.depth) == 1:  # loss(Y5, 0.6): the target (or prediction) by value
                seen.append((argument, self.symbols.target[0] if taken == "target"
                             else self.symbols.a[self.symbols.depth][0]))
            return None
        self._network_quantity_taken(symbol, argument, value)
        if all(node is not None for node in self.context.calculus.entry_nodes(value)):
            seen.append((argument, value))  # (J(w, w) too: one quantity twice)
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
        depth = self.symbols.depth
        entries = list(value) if isinstance(value, sp.MatrixBase) else [value]
        for entry, node in zip(entries, self.context.calculus.entry_nodes(value)):
            if node is None and isinstance(entry, sp.Expr) and any(
                    (kind := self.context.calculus.node(atom)) is not None
                    and (kind[0] == "target" or kind[:2] == ("a", depth))
                    for atom in entry.atoms(sp.Indexed) | entry.atoms(sp.Symbol)):
                # L(2y, \hat{y}), L(y^2, \hat{y}): the loss at another target (or prediction) than the network's
                self.fail(f"{written}: its argument {_show(argument)} is an expression of the target or the prediction,"
                          f" not the quantity itself, so the loss it writes is not the network's; {self._loss_takes(symbol)}")
            if node is None or node[0] in _LOSS_TAKES_ANY_LAYER:
                continue  # (an expression of quantities, as before: \sigma(z) for the output, a sum)
            kind, layer = node[:2]
            if kind == "a" and layer in (0, depth) or kind == "z" and layer == depth:
                continue  # the input, the prediction, the output's sum (f(x) = (y - \sigma(x))^2/2, x the sum)
            self.fail(f"{written}: its argument {_show(argument)} is {_what(kind, layer, depth)}, which the network's"
                      f" loss is not a function of: it takes the prediction (layer {depth}'s activation) and the"
                      f" target (or the parameters); {self._loss_takes(symbol)}")

    def _number_taken(self, written: str, number: float) -> str | None:
        """"target" or "prediction" where ``number`` (``written`` so) is one of the file's targets or predictions, to
        the digits it is written with (one unit of its last digit either way, as the spec rounds): loss(Y5, 0.6) for
        the desired output 0.6; None for any other number, and for every number without the file's data."""
        problem = self.symbols.problem
        if problem.x is None or problem.targets is None:
            return None
        digits = _DECIMALS.search(written)
        allowed = 1.5 * 10.0 ** -len(digits.group(1)) if digits else 0.5
        if np.any(np.abs(np.ravel(problem.targets).astype(np.float64) - number) <= allowed + 1e-12):
            return "target"
        outputs = problem.build_network(np.float64).forward(np.asarray(problem.x, dtype=np.float64))
        return "prediction" if np.any(np.abs(np.ravel(outputs) - number) <= allowed + 1e-12) else None

    def _loss_at_number(self, symbol: Sym, args: tuple, seen: list, numbers: list, as_value: bool):
        """The loss at a number none of the file's targets or predictions (``numbers``): where it stands as a value
        beside the target's or the prediction's name (``seen``), of a network of one output, the loss with the number
        for the other one; refused anywhere else (the loss it writes is not the network's)."""
        argument, number = numbers[0]
        depth = self.symbols.depth
        nodes = [node for _, value in seen if (node := self.context.calculus.node(value)) is not None
                 and (node[0] == "target" or node[:2] == ("a", depth))]
        if as_value and len(args) == 2 and len(numbers) == 1 and len(nodes) == 1 and nodes[0] is not None \
                and self.symbols.units(depth) == 1:
            if nodes[0][0] == "target":  # L(1, 0.5498): the loss of the prediction 0.5498
                return loss_expression(self.symbols, [sp.Float(number)])
            if nodes[0][:2] == ("a", depth):  # L(0.7, \hat{y}): the prediction's loss against 0.7
                return loss_expression(self.symbols, [self.symbols.a[depth][0]]).subs(self.symbols.target[0], number)
        problem = self.symbols.problem
        written = _show(argument)
        if problem.x is not None and problem.targets is not None:
            shown = ", ".join(f"{value:g}" for value in np.ravel(problem.targets)[:4])
            self.fail(f"{symbol.text()}(...): its argument {written} is a number that is neither the file's target"
                      f" ({shown}) nor its prediction, so the loss it writes is not the network's;"
                      f" {self._loss_takes(symbol)}")
        self.fail(f"{symbol.text()}(...): its argument {written} is a number, and the file gives no data for it to"
                  f" be the target of; {self._loss_takes(symbol)}")

    def _output_sum_beside_the_target(self, symbol: Sym, args: tuple) -> None:
        """Refuse the output's weighted sum as the prediction beside the target (``L(y, z2)``, ``\\mathcal{L}(z^{(2)},
        y)``) where the file's loss of it is another function than the network's: written with the target, the
        arguments are what the loss function is applied to, and the squared error of the sum before an output
        activation is not the squared error of that activation's output. Read where they are one function: an output
        without an activation (the sum is the prediction), or the activation the file's loss is computed from logits
        through (its fused one, as PyTorch's CrossEntropyLoss and BCEWithLogitsLoss take the sum). Without the target
        (``f(x)`` with x the sum, ``J(\\theta)``) the arguments are what the network's loss is a function of, read as
        before."""
        depth, nodes = self.symbols.depth, {}
        for argument in args:
            try:
                value = self.value(argument)
            except (FormulaError, Unbound):
                continue
            nodes[argument] = ("target",) if getattr(value, "is_Number", False) else tuple(
                node[0] if node[0] == "target" else node[:2] for node in self.context.calculus.entry_nodes(value)
                if node is not None)
        sums = [argument for argument, kinds in nodes.items() if kinds and set(kinds) == {("z", depth)}]
        if not sums or not any(kinds and set(kinds) == {"target"} for kinds in nodes.values()):
            return
        output, loss = self.symbols.specs[-1].activations, self.symbols.loss
        names = [activation.name for activation in output]
        # (a layer's default activation is a = z: the sum is the prediction)
        if all(activation.layer_default for activation in output) or names == [loss.output_activation]:
            return
        self.fail(f"{symbol.text()}(...): its argument {_show(sums[0])} is the output layer's weighted sum, before its"
                  f" {' and '.join(names)}, beside the target: the file's {loss.name} of it is another function than"
                  f" the network's loss, which takes the activation after it (layer {depth}'s);"
                  f" {self._loss_takes(symbol)}")

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
