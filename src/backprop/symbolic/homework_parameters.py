"""Which parameters a formula is judged for (a part of homework._Homework, as homework_cases.py and
homework_numbers.py are): the one --param names, each index value of a family it names (W2[j,i],
a_{ik}^{1}), or, for a rule written for "the parameter" without --param, each parameter of the network
(each layer's family at once, on a network too large to list them).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

import sympy as sp

from .claims import Claim, Member, read_claims, rule_assignments
from .families import parameter_families
from .homework_base import HomeworkResult
from .notation import Unbound
from .quantities import FormulaError, GenericParameter, Parameter, short as _short
from .reading import Reader
from .reading_base import TrackingEnv
from .syntax_tree import Op, Sym, symbols_of
from .update_functions import StepReading

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

    # -- a function's value as an update (update_functions.py) ------------------------------------------

    def step_reading(self, name: str, value: str) -> StepReading | None:
        """How the assignment ``name = value`` reads (update_functions.StepReading), as claims.py reads it; None where
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
