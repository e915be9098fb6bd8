"""A function whose value is one of its parameters plus or minus a step of the learning rate, in every language
function_definitions reads: ``def update(w, delta, x): return w - eta * delta * x``, Kotlin's ``fun step(weight:
Double, grad: Double) = weight - lr * grad``, Haskell's ``changedWeight weight errorTerm node = weight + product
[learningRate, errorTerm, node]`` (batch 100's hp-chw), ``updateWeights w err layRes = w #+ scaleMatrix learnRate
(...)`` (hn-uw). It is the update of that parameter, ``w = w - eta * delta * x`` with the same names, read and judged
as that assignment is (claims.py: the parameter on both sides makes it an update claim, against w - eta dL/dw).

What the assignment says of it decides (:class:`StepReading`, homework_parameters' reading of ``w = value``): the
parameter a term of the value alone, added (``w - ...``, ``-eta * g + w``), the notation naming it a weight or a bias
of the network (or several: a layer's matrix), the value holding the learning rate. Refused in one line, saying
what to write: the parameter it returns unnamed by the notation, named as something else than a weight or a bias, a
value with no learning rate, two parameters added alone or two the notation names as the same weight, another
parameter it uses unnamed (a local name whatever the notation calls it). A value that is no parameter plus terms
(``outputErrorTerm desiredOutput outputNode = ...``: which quantity it is, the notation does not say) is none of
this: function_definitions refuses it as any definition of a name the notation does not give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .notation import Notation
from .quantities import FormulaError, short


@dataclass(frozen=True)
class StepReading:
    """How the assignment ``name = value`` reads: whether ``name`` is a term of ``value`` alone and added, whether it
    names parameters of the network (W2[0, 0], W2[:, :], a threshold -b1[:]), whether ``value`` holds the learning
    rate, and whether ``name`` is the learning rate itself."""

    added: bool
    parameters: bool
    rate: bool
    is_rate: bool


class UnreadUpdate(FormulaError):
    """A function whose value is one of its parameters plus or minus terms, not read as that parameter's update."""


def updated_parameter(text: str, name: str, arguments: tuple, value: str, named: set, notation: Notation,
                      reading: Callable[[str, str], StepReading | None]) -> str | None:
    """The parameter the definition ``name(arguments) = value`` updates, its value the parameter stepped by the
    learning rate; None where its value is no parameter plus terms; UnreadUpdate where it is and is not read as an
    update (see the module docstring). ``named``: the names the notation gives a quantity; ``reading(parameter,
    value)``: the StepReading of ``parameter = value``, None where it cannot be read."""
    used = [argument for argument in arguments if re.search(rf"(?<![\w.]){re.escape(argument)}(?!\w)", value)]
    readings = {argument: reading(argument, value) for argument in used}
    added = [argument for argument in used if readings[argument] is not None and readings[argument].added]
    if not added:
        return None
    where = f"formula {short(text)}: def {name}"
    parameter, step = added[0], readings[added[0]]
    if not step.rate:
        if len(added) > 1 or parameter not in named or not step.parameters:
            return None  # some other quantity plus terms (b + w * x): no update, refused as any such definition
        raise UnreadUpdate(f"{where} returns the notation's weight or bias {parameter} plus or minus terms with no"
                           f" learning rate, which check reads as the update of {parameter} only with the rate: write"
                           f" {parameter} - eta * ..., the rate by a name the notation's learning_rate lists, or, for"
                           f" another quantity, the formula {name} stands for")
    if len(added) > 1:
        raise UnreadUpdate(f"{where} adds its parameters {added[0]} and {added[1]} each alone, so which one it updates"
                           f" check cannot tell; write the update as the assignment {added[0]} = {added[0]} - eta *"
                           " ... with the notation's names")
    if parameter not in named:
        raise UnreadUpdate(f"{where} returns its parameter {parameter} plus a step of the learning rate, the update of"
                           f" {parameter}, which the notation does not name: give {parameter} the weight it stands"
                           f' for in [notation.symbols], e.g. "{parameter}" = "W2[0, 0]"')
    meaning = _meaning(notation, parameter)
    if not step.parameters:
        raise UnreadUpdate(f"{where} returns its parameter {parameter} plus a step of the learning rate, which would"
                           f" be an update of {parameter}, but the notation names {parameter} {meaning!r}, no weight"
                           f" or bias of the network; name the weight it updates in [notation.symbols] (e.g."
                           f' "{parameter}" = "W2[0, 0]"), or write the formula {name} stands for')
    twins = [argument for argument in arguments if argument != parameter and _meaning(notation, argument) == meaning]
    if twins:
        raise UnreadUpdate(f"{where} takes {parameter} and {twins[0]}, both the weight {meaning!r} in the notation, so"
                           f" which is the value before the step check cannot tell; name each parameter of {name} its"
                           " own quantity in [notation.symbols]")
    # a parameter the notation does not name is a local name, whatever a default reading of its letter would be
    unnamed = [argument for argument in used if argument not in named
               and not (readings[argument] is not None and readings[argument].is_rate)]
    if unnamed:
        raise UnreadUpdate(f"{where}: its parameter {unnamed[0]} is no name of the notation, and {name}'s parameters"
                           " are read as the notation's names of the same spelling: give"
                           f" {unnamed[0]} a meaning in [notation.symbols]")
    return parameter


def _meaning(notation: Notation, name: str) -> str | None:
    """The meaning the notation gives the name ``name`` written alone (no index nor script), spaces aside."""
    for pattern in notation.patterns:
        if pattern.text.strip() == name or pattern.base == name and not pattern.sub and not pattern.sup:
            return " ".join(pattern.meaning.split())
    return None
