"""Which parameters a formula is judged for (a part of homework._Homework, as homework_cases.py and
homework_numbers.py are): the one --param names, each index value of a family it names (W2[j,i],
a_{ik}^{1}), or, for a rule written for "the parameter" without --param, each parameter of the network
(each layer's family at once, on a network too large to list them).

A function whose value is one of its parameters plus or minus a step of the learning rate, in every language
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

import itertools
import re
from dataclasses import dataclass, replace
from typing import Callable

import sympy as sp

from .claims import Claim, Member, read_claims, rule_assignments
from .families import parameter_families
from .homework_base import HomeworkResult
from .notation import Notation, Unbound
from .quantities import FormulaError, GenericParameter, Parameter, short as _short
from .reading import Reader
from .reading_base import TrackingEnv
from .syntax_tree import Op, Sym, symbols_of

#: a rule for "the parameter" is judged for each parameter of networks with at most this many
MAX_GENERIC_PARAMETERS = 256


class ParameterChoice:
    """The parameters a formula is judged for; ``_run`` (homework.py) judges it for each."""

    # -- the parameter named by --param -------------------------------------------------------------

    def parameters(self) -> list[tuple[dict, Parameter | None]]:
        """[(letters' values, parameter)] for --param: one pair for a parameter, one per index value
        for a family (W2[j,i], a_{ik}^{1}), [({}, None)] without --param."""
        if not self.param:
            return [({}, None)]
        name = self.param.strip()
        match = re.fullmatch(r"([Wb])(\d+)\s*(?:\[([^\]]*)\])?", name)
        if match:
            parts = [part.strip() for part in (match.group(3) or "").split(",") if part.strip()]
            letters = [part for part in parts if not part.isdigit()]
            if not letters:
                return [({}, self.symbols.parameter(name))]
            layer = int(match.group(2))
            sizes = [self.symbols.units(layer), self.symbols.units(layer - 1)]
            found = []
            ranges = [range(sizes[position]) if not part.isdigit() else [int(part)]
                      for position, part in enumerate(parts)]
            for values in itertools.product(*ranges):
                concrete = f"{match.group(1)}{layer}[{','.join(str(v) for v in values)}]"
                parameter = self.symbols.parameter(concrete)
                if parameter.masked:
                    continue
                found.append(({part: value for part, value in zip(parts, values) if not part.isdigit()}, parameter))
            return found
        # a parameter in the homework's notation: a_{ik}^{1}
        claim = Claim(name, None, [], [])
        claim.left = Member(name, self.context().parser(name, f"--param {name!r}").expression())
        claim.kind = "update"
        letters, assignments = rule_assignments(claim, self.context(), {}, f"--param {name!r}")
        found = []
        for env in assignments:
            value = Reader(self.context(), TrackingEnv(env), f"--param {name!r}").value(claim.left.node)
            parameter = self.calculus.parameter_of(value)
            if parameter is None:
                raise FormulaError(f"--param {name!r}: means {value}, which is not a parameter")
            if not parameter.masked:
                found.append((env, parameter))
        return found

    # -- a function's value as an update (StepReading, below) ---------------------------------------------

    def step_reading(self, name: str, value: str) -> StepReading | None:
        """How the assignment ``name = value`` reads (StepReading), as claims.py reads it; None where
        it is not one assignment of a name."""
        context = self.context()
        try:
            claims = read_claims(f"{name} = {value}", context, {})
        except (FormulaError, Unbound):
            return None
        if len(claims) != 1 or len(claims[0].members) != 1 or not isinstance(claims[0].left.node, Sym):
            return None
        left, member = claims[0].left.node, claims[0].members[0].node
        reader = Reader(context, TrackingEnv(), "")
        added = any(isinstance(term, Sym) and replace(term, position=0) == replace(left, position=0)
                    for term in _terms(member))
        try:
            read = reader.value(left)
        except (FormulaError, Unbound):
            read = None
        atoms = list(read) if isinstance(read, sp.MatrixBase) else [read]
        # a weight, a bias, or a multiple of one (a threshold -b1[0]), as an update's left side (homework.truth)
        parameters = read is not None and all(isinstance(atom, sp.Expr) and (
            self.calculus.parameter_of(atom) is not None or self.calculus.scaled_parameter(atom) is not None)
            for atom in atoms)
        return StepReading(added, parameters, any(reader.is_rate(sym) for sym in symbols_of(member)),
                           reader.is_rate(left))

    def run(self, text: str) -> HomeworkResult:
        try:
            return self._run(text, self.parameters())
        except FormulaError as error:
            if self.param or not isinstance(error, GenericParameter):
                raise
        # a rule written for "the parameter" (w = w - \alpha dE/dw) without --param: it holds for
        # each parameter of the network, so it is judged for each, on a network small enough
        count = self.symbols.parameter_count()
        if count > MAX_GENERIC_PARAMETERS:
            refusal = (f"formula {_short(text)}: a rule for every parameter ({', '.join(self.notation.parameter)})"
                       f" of a network with {count:,} parameters, too many to check one by one; name one with --param")
            families = parameter_families(self.symbols, refusal)
            if families is None:
                raise FormulaError(refusal) from None
            # each layer's weights (and biases) at once: a Family of the parameter's own index values
            self.parameter_families = {family.parameter: family for family in families}
            return self._run(text, [({}, family.parameter) for family in families])
        every = [parameter for parameter in self.symbols.parameters() if not parameter.masked]
        return self._run(text, [({}, parameter) for parameter in every])


def _terms(node) -> list:
    """The terms of a sum (nested sums' terms, a subtracted term as its negation), or the node alone."""
    if isinstance(node, Op) and node.kind == "+":
        return [term for arg in node.args for term in _terms(arg)]
    return [node]


# -- a function's value as an update: how its assignment reads, and which parameter it steps ----------------------


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
    where = f"formula {_short(text)}: def {name}"
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
