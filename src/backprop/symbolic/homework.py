"""``check`` of a formula as homework writes it: every claim, every member, every index value, each case.

``check_homework(problem, text, ...)`` reads the formula through the notation (claims.py,
reading.py) and judges each member of each claim against what the left side says it equals:

* a member written in the network's quantities, at random points (check.judge: numbers at 50
  digits and a symbolic proof), for every index value of a general rule, and for the target
  classes its case allows (``--when "label=j"``, ``"label!=j"``);
* a member written with numbers only, at the file's numbers: right when every number in it is the
  true value rounded to its digits, one unit in the last digit either way (for an expression of
  rounded numbers, the same unit carried through it);
* a sum over samples (``1/K \\sum_k``) against the step's loss with the file's reduction.

The verdict of the whole is ``correct`` when every member of every claim is; a member names its
first failing index value and case. Nothing here evaluates text: the readers build SymPy objects.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from ..limits import LIMITS, TimeLimitExceeded, time_limit
from .calculus import NetworkCalculus
from .check import DEFAULT_POINTS, CheckResult, judge
from .claims import Claim, Member, is_numeric, read_claims, rule_assignments, split_equations
from .notation import Notation, Unbound, load_notation
from .numeric import Compiled, file_samples, forward
from .quantities import FormulaError, NetworkSymbols, Parameter
from .reading import Context, NewValue, Reader, TrackingEnv
from .syntax import Num, Op, Sym

DELTA_SIGN_HINT = ("it equals the true value with delta of the other sign: here delta means dL/dz; if the"
                   " homework's delta is -dL/dz (as in delta = (y - a) f'(z)), declare it in the notation,"
                   ' e.g. "\\\\delta_{k}" = "-delta2[k]"')


@dataclass
class Step:
    """The verdict on one member of a claim."""

    text: str
    verdict: str                     # correct | wrong
    detail: str = ""
    result: CheckResult | None = None
    where: str = ""                  # the index values and case where it failed


@dataclass
class ClaimResult:
    text: str
    kind: str
    parameter: str
    steps: list = field(default_factory=list)
    values: int = 1                  # index values of a general rule checked

    @property
    def verdict(self) -> str:
        return "correct" if all(step.verdict == "correct" for step in self.steps) else "wrong"


@dataclass
class HomeworkResult:
    claims: list
    notation: str

    @property
    def verdict(self) -> str:
        return "correct" if all(claim.verdict == "correct" for claim in self.claims) else "wrong"

    @property
    def exit_status(self) -> int:
        return 0 if self.verdict == "correct" else 1


def is_homework(formula: str, param: str | None, notation, when: str | None, latex: bool = False) -> bool:
    """Whether a formula goes through the homework reader (a notation, a relation, LaTeX commands,
    Unicode, a case, or a parameter family) rather than the SymPy-syntax reader of symbols.md."""
    if notation or when or not param:
        return True
    if re.search(r"[A-Za-z]\d*\[[^\]]*[a-z]", param or "") or not re.fullmatch(r"\s*[Wb]\d+\s*(\[[\d,\s]*\])?\s*", param):
        return True
    if "\\" in formula and not latex:
        return True
    return bool(re.search(r"(?<![<>!])=|:=|[^\x00-\x7f]|'|\bd[A-Za-z]\w*/d", formula))


def check_homework(problem, text: str, notation: str | None = None, param: str | None = None,
                   when: str | None = None, update: bool = False, points: int = DEFAULT_POINTS, seed: int = 0,
                   seconds: float = LIMITS["formula_seconds"]) -> HomeworkResult:
    """Judge every claim of ``text`` (see the module docstring); FormulaError when it cannot be read."""
    try:
        with time_limit(seconds * 3):
            return _Homework(problem, notation, param, when, update, points, seed).run(text)
    except TimeLimitExceeded:
        raise FormulaError(f"formula {' '.join(text.split())[:60]!r}: took longer than {seconds * 3:g} s to"
                           " judge, so it was stopped; check one equation at a time") from None


class _Homework:
    def __init__(self, problem, notation, param, when, update, points, seed):
        self.problem = problem
        self.symbols = NetworkSymbols(problem)
        self.notation = load_notation(notation, problem) or Notation()
        self.calculus = NetworkCalculus(self.symbols)
        self.param, self.when, self.update = param, when, update
        self.points, self.seed = points, seed

    def context(self, parameter: Parameter | None = None) -> Context:
        return Context(self.symbols, self.notation, self.calculus, parameter, self.symbols.K)

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
            for values in _product(ranges):
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

    # -- claims -----------------------------------------------------------------------------------------

    def run(self, text: str) -> HomeworkResult:
        results = []
        for fixed, parameter in self.parameters():
            context = self.context(parameter)
            claims = read_claims(_implied_left(text, context, parameter, self.update, self.param if fixed else None),
                                 context, fixed)
            for claim in claims:
                results.append(self.claim(claim, context, parameter))
        return HomeworkResult(_merge(results), self.notation.source)

    def claim(self, claim: Claim, context: Context, parameter: Parameter | None) -> ClaimResult:
        steps: dict[int, Step] = {}
        kinds, names = set(), []
        assignments = [env for env in claim.assignments if self.index_case(env)]
        if "l" in claim.letters:  # a rule over layers holds where its members name layers that exist
            assignments = self.layers_named(claim, assignments, context, parameter)
        if not assignments:
            raise FormulaError(f"--when {self.when!r}: no index value of the formula's left side is in that case")
        claim.assignments = assignments
        for env in claim.assignments:
            own = self.context(parameter)
            own.count_names = set(claim.count_names)
            left = self.read(claim.left.node, env, own, claim.text)
            kind, claimed_parameter, truth = self.truth(claim, left, env, own)
            kinds.add(kind)
            if claimed_parameter is not None:
                names.append(claimed_parameter.name)
            own.parameter = claimed_parameter or parameter
            unit = self.left_unit(claim, left, env, own)
            for position, member in enumerate(claim.members):
                if position in steps and steps[position].verdict == "wrong":
                    continue
                step = self.member(claim, member, env, own, kind, claimed_parameter, truth, unit)
                if position not in steps or step.verdict == "wrong":
                    steps[position] = step
        kind = "update" if "update" in kinds else ("gradient" if "gradient" in kinds else "value")
        shown = names[0] if len(set(names)) == 1 else (_family(names) if names else "")
        return ClaimResult(claim.text, kind, shown, [steps[p] for p in sorted(steps)], len(claim.assignments))

    def read(self, node, env: dict, context: Context, where_text: str):
        """A node's value at the index values ``env``; the label letter read once per class."""
        where = f"formula {_short(where_text)}"
        label = self.notation.label
        env = {"L": self.symbols.depth, **env}  # L in a layer position is the output layer
        try:
            return Reader(context, TrackingEnv(env), where).value(node)
        except Unbound as unbound:
            if unbound.letter == label and self.symbols.one_hot and label not in env:
                total = None
                for c in range(self.symbols.units(self.symbols.depth)):
                    value = self.read(node, {**env, label: c}, context, where_text)
                    term = value * self.symbols.target[c] if not isinstance(value, sp.MatrixBase) else \
                        value.applyfunc(lambda entry: entry * self.symbols.target[c])
                    total = term if total is None else total + term
                return total
            letter = unbound.letter
            raise FormulaError(f"{where}: the index {letter} has no value; name it on the left side, with"
                               f" --param (e.g. W2[{letter},i]), or in a sum") from None

    def truth(self, claim: Claim, left, env: dict, context: Context):
        """(kind, parameter or None, true value) of the claim's left side at ``env``."""
        if claim.kind == "gradient":
            wrt = getattr(claim.left.node, "wrt", None)
            if wrt is None:
                atom = context.parameter.symbol if context.parameter is not None else None
            else:
                atom = self.read(wrt, env, context, claim.text)
            parameter = self.calculus.parameter_of(atom) if isinstance(atom, sp.Expr) else None
            return "gradient", parameter, left
        target = left.args[0] if isinstance(left, NewValue) else left
        if isinstance(target, sp.MatrixBase):
            target = target.applyfunc(lambda entry: entry.args[0] if isinstance(entry, NewValue) else entry)
        atoms = [target] if not isinstance(target, sp.MatrixBase) else list(target)
        parameters = [self.calculus.parameter_of(atom) for atom in atoms]
        is_update = claim.kind == "update" or (claim.kind == "maybe-update" and all(parameters) and
                                                self._parameter_on_right(claim, env, context, atoms))
        if is_update and all(parameters):
            def new(atom, parameter):
                return atom - self.symbols.eta * self.calculus.loss_derivative(atom) if not parameter.masked else atom
            if isinstance(target, sp.MatrixBase):
                truth = target.applyfunc(lambda entry: new(entry, self.calculus.parameter_of(entry)))
                return "update", None, truth
            return "update", parameters[0], new(target, parameters[0])
        return "value", None, target

    def _parameter_on_right(self, claim: Claim, env, context, atoms) -> bool:
        for member in claim.members:
            try:
                value = self.read(member.node, env, context, claim.text)
            except FormulaError:
                continue
            entries = list(value) if isinstance(value, sp.MatrixBase) else [value]
            if any(entry.has(atom) for entry in entries for atom in atoms if isinstance(entry, sp.Basic)):
                return True
        return False

    # -- one member ----------------------------------------------------------------------------------------

    def left_unit(self, claim: Claim, left, env: dict, context: Context) -> int | None:
        """The unit the left side is about (the first index of what it differentiates by or names):
        the class ``--when "label=j"`` means, in the notation's own counting of j."""
        node = getattr(claim.left.node, "wrt", None)
        try:
            value = self.read(node, env, context, claim.text) if node is not None else left
        except FormulaError:
            return None
        atom = value[0] if isinstance(value, sp.MatrixBase) and value.shape == (1, 1) else value
        if isinstance(atom, NewValue):
            atom = atom.args[0]
        if isinstance(atom, sp.Indexed) and atom.indices[0].is_Integer:
            return int(atom.indices[0])
        for letter in claim.letters:
            for part in [claim.left, *claim.members]:
                unit = self.letter_unit(part.node, letter, env, context, claim.text)
                if unit is not None:
                    return unit
        return None

    def letter_unit(self, node, letter: str, env: dict, context: Context, text: str) -> int | None:
        """The unit that a symbol indexed by ``letter`` names (P_j -> a1[j-1]: j - 1)."""
        for sym in _symbols_of(node):
            if re.fullmatch(rf"{letter}|{letter},.*", sym.sub or ""):
                try:
                    value = self.read(sym, env, context, text)
                except FormulaError:
                    continue
                if isinstance(value, sp.MatrixBase) and len(value):
                    value = value[0]
                if isinstance(value, sp.Indexed) and value.indices[0].is_Integer:
                    return int(value.indices[0])
        return None

    def member(self, claim: Claim, member, env: dict, context: Context, kind: str,
               parameter: Parameter | None, truth, unit: int | None = None) -> Step:
        where = _where(env, tuple(letter for letter in env if letter != "L"))
        if is_numeric(member.node):
            return self.numeric_member(claim, member, env, context, kind, parameter, truth, where)
        context.sample_sums = False
        formula = self.read(member.node, env, context, claim.text)
        formula = _new_values(formula, self.symbols, self.calculus)
        if context.sample_sums and self.problem.reduction == "sum":
            truth = truth * self.symbols.K if not isinstance(truth, sp.MatrixBase) else truth * self.symbols.K
        truth = self.matching_part(truth, formula, member, env, context, claim, unit)
        pairs = _components(formula, truth, member.text)
        classes = self.classes(env, unit)
        for index, (formula_entry, truth_entry) in enumerate(pairs):
            expanded = self.calculus.expand_deltas(formula_entry)
            flipped = self.calculus.expand_deltas(_negate_deltas(formula_entry, self.symbols)) \
                if expanded is not formula_entry and expanded != formula_entry else None
            alternatives = {DELTA_SIGN_HINT: flipped} if flipped is not None else {}
            gradient = self.calculus.loss_derivative(parameter.symbol) if parameter is not None and kind != "value" \
                else None
            result = judge(self.symbols, parameter if kind != "value" else None, expanded,
                           self.calculus.expand_deltas(truth_entry), gradient, kind == "update", self.points,
                           self.seed, classes, alternatives)
            if result.verdict == "wrong":
                at = "; ".join(part for part in (where, f"entry {_entry(index, formula)}" if len(pairs) > 1 else "") if part)
                return Step(member.text, "wrong", result.hint or "", result, at)
        return Step(member.text, "correct", "", None, where)

    def matching_part(self, truth, formula, member, env, context, claim, unit):
        """Row j of a matrix left side for a member that writes row j (``\nabla_W L = (P_j - Y_j)
        x^T``): the row its rule letter names, or with the label letter, the label's row."""
        if not (isinstance(truth, sp.MatrixBase) and isinstance(formula, sp.MatrixBase)) or truth.shape == formula.shape:
            return truth
        if truth.rows < 2 or formula.shape not in ((1, truth.cols), (truth.cols, 1)):
            return truth
        shape = formula.shape
        row = None
        for letter in claim.letters:
            row = self.letter_unit(member.node, letter, env, context, claim.text)
            if row is not None:
                break
        if row is None and row is None and unit is not None and claim.letters:
            row = unit
        if row is not None and 0 <= row < truth.rows:
            part = truth.row(row)
        elif self.symbols.one_hot and any(sym.sub == self.notation.label for sym in _symbols_of(member.node)):
            part = sum((truth.row(c) * self.symbols.target[c] for c in range(truth.rows)),
                       sp.zeros(1, truth.cols))
        else:
            return truth
        return sp.ImmutableMatrix(part.reshape(*shape))

    def layers_named(self, claim: Claim, assignments: list, context: Context, parameter) -> list:
        kept, first_error = [], None
        for env in assignments:
            try:
                for member in claim.members:
                    self.read(member.node, env, self.context(parameter), claim.text)
                kept.append(env)
            except FormulaError as error:
                first_error = first_error or error
        if not kept and first_error is not None:
            raise first_error
        return kept

    def index_case(self, env: dict) -> bool:
        """Whether ``--when "i=k"`` (a case between two index letters) holds at these values."""
        if not self.when:
            return True
        match = re.fullmatch(r"\s*([A-Za-z])\s*(=|==|!=|\\neq|≠)\s*([A-Za-z])\s*", self.when)
        label = self.notation.label
        if not match or label in (match.group(1), match.group(3)) or "label" in self.when:
            return True
        left, op, right = match.groups()
        if left not in env or right not in env:
            raise FormulaError(f"--when {self.when!r}: {left if left not in env else right} is not an index of"
                               " the formula's left side")
        return (env[left] == env[right]) == (op in ("=", "=="))

    def classes(self, env: dict, unit: int | None = None) -> tuple | None:
        """The target classes ``--when`` allows at these index values (``unit``: the class the
        left side's letter names)."""
        if not self.when:
            return None
        letters = re.fullmatch(r"\s*([A-Za-z])\s*(?:=|==|!=|\\neq|≠)\s*([A-Za-z])\s*", self.when)
        if letters and self.notation.label not in letters.groups():
            return None  # a case between index letters (index_case), not by label
        if not self.symbols.one_hot:
            raise FormulaError(f"--when {self.when!r}: cases by label need a cross-entropy network (one-hot targets)")
        match = re.fullmatch(r"\s*(label|[A-Za-z])\s*(=|==|!=|\\neq|≠)\s*(label|[A-Za-z]|\d+)\s*", self.when)
        if not match:
            raise FormulaError(f"--when {self.when!r}: write label=j (the sample's class is j) or label!=j")
        left, op, right = match.groups()
        label = self.notation.label
        if left in ("label", label):
            other = right
        elif right in ("label", label):
            other = left
        else:
            raise FormulaError(f"--when {self.when!r}: one side must be label (or {label})")
        value = int(other) if other.isdigit() else (unit if unit is not None and other in env else env.get(other))
        if value is None:
            raise FormulaError(f"--when {self.when!r}: {other} is not an index of the formula's left side")
        outputs = range(self.symbols.units(self.symbols.depth))
        if op in ("=", "=="):
            return (value,)
        return tuple(c for c in outputs if c != value)

    def numeric_member(self, claim, member, env, context, kind, parameter, truth, where) -> Step:
        samples = file_samples(self.problem)
        if not samples:
            raise FormulaError(f"formula {_short(claim.text)}: {member.text!r} is a number, judged at the file's"
                               " numbers, and this file has none ([data] x and y or labels)")
        reader = _NumberReader(context, TrackingEnv(env), f"formula {_short(claim.text)}")
        value = reader.value(member.node)
        true_value = self.file_value(kind, parameter, truth, context, samples)
        pairs = _components(value, true_value, member.text)
        for index, (entry, true_entry) in enumerate(pairs):
            numbers = {symbol: number for symbol, number, unit in reader.numbers}
            approximate = float(entry.xreplace(numbers))
            allowed = _allowed_error(entry, reader.numbers, member.node)
            if not abs(approximate - float(true_entry)) <= allowed + 1e-15 * abs(float(true_entry)):
                detail = (f"{_number(approximate)} is not the true value {_number(float(true_entry))} at the file's"
                          f" numbers rounded to the digits written (allowed error {allowed:.3g})")
                at = "; ".join(part for part in (where, f"entry {_entry(index, value)}" if len(pairs) > 1 else "") if part)
                return Step(member.text, "wrong", detail, None, at)
        return Step(member.text, "correct", "", None, where)

    def file_value(self, kind: str, parameter, truth, context: Context, samples) -> object:
        """The claim's true value at the file's numbers: the first step's gradient (with the file's
        reduction) or update, or the value at the first sample (the sample a loss's subscript names)."""
        batch = samples[:self.problem.batch_size or len(samples)]
        chosen = context.sample_subscript
        if chosen is not None and not 1 <= chosen <= len(samples):
            raise FormulaError(f"the loss of sample {chosen}: the file has {len(samples)} samples")

        def at(expr, sample):
            values = forward(self.symbols, sample)
            entries = list(expr) if isinstance(expr, sp.MatrixBase) else [expr]
            numbers = [Compiled(self.symbols, self.calculus.expand_deltas(entry))(values) for entry in entries]
            return sp.ImmutableMatrix(np.array(numbers).reshape(expr.shape)) if isinstance(expr, sp.MatrixBase) \
                else numbers[0]

        if kind == "gradient" and chosen is None:
            values = [at(truth, sample) for sample in batch]
            total = values[0]
            for value in values[1:]:
                total = total + value
            return total / len(batch) if self.problem.reduction == "mean" else total
        if kind == "update":
            rate = self.problem.learning_rate
            if rate is None:
                raise FormulaError("an updated value is judged at the file's numbers: the file has no learning_rate")
            current = truth.xreplace({self.symbols.eta: 0}) if not isinstance(truth, sp.MatrixBase) else \
                truth.applyfunc(lambda entry: entry.xreplace({self.symbols.eta: 0}))
            step = (current - truth) if not isinstance(truth, sp.MatrixBase) else current - truth
            gradient = step / self.symbols.eta if not isinstance(step, sp.MatrixBase) else \
                step.applyfunc(lambda entry: sp.simplify(entry / self.symbols.eta))
            values = [at(gradient, sample) for sample in batch]
            total = values[0]
            for value in values[1:]:
                total = total + value
            mean = total / len(batch) if self.problem.reduction == "mean" else total
            return at(current, batch[0]) - rate * mean
        depends_on_loss = any(entry.has(self.symbols.target) or entry.has(self.symbols.L)
                              or any(entry.has(base) for base in self.symbols.delta.values())
                              for entry in (list(truth) if isinstance(truth, sp.MatrixBase) else [truth]))
        if depends_on_loss and chosen is None:  # about the step's loss: over its samples, reduced
            values = [at(truth, sample) for sample in batch]
            total = values[0]
            for value in values[1:]:
                total = total + value
            return total / len(batch) if self.problem.reduction == "mean" else total
        return at(truth, samples[(chosen or 1) - 1])


class _NumberReader(Reader):
    """Reads a member of numbers with each decimal number as a symbol, to carry its rounding."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.numbers: list = []

    def _num(self, node: Num):
        value = super()._num(node)
        if "." not in node.text and "e" not in node.text:
            return value
        symbol = sp.Dummy(f"n{len(self.numbers)}")
        mantissa, _, exponent = node.text.partition("e")
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        unit = sp.Rational(1, 10 ** decimals) * (sp.Rational(10) ** int(exponent or 0))
        self.numbers.append((symbol, value, unit))
        return symbol


def _allowed_error(entry, numbers: list, node) -> float:
    """One unit in the last digit of a bare number (plus the half unit of rounding); for an
    expression of rounded numbers, each number's 1.5 units carried to the result."""
    values = {symbol: number for symbol, number, unit in numbers}
    if not numbers:
        if isinstance(node, Num) or (isinstance(node, Op) and node.kind == "neg" and isinstance(node.args[0], Num)):
            return 1.5  # a whole number written as the result: right to the unit
        return 0.0
    total = 0.0
    for symbol, number, unit in numbers:
        slope = sp.diff(entry, symbol).xreplace(values)
        total += abs(float(slope)) * 1.5 * float(unit)
    return total


def _components(formula, truth, text: str) -> list:
    if isinstance(formula, sp.MatrixBase) != isinstance(truth, sp.MatrixBase):
        shape = "a vector or matrix" if isinstance(formula, sp.MatrixBase) else "a number"
        other = "a number" if isinstance(formula, sp.MatrixBase) else "a vector or matrix"
        raise FormulaError(f"{text!r} is {shape} where the left side is {other}")
    if isinstance(formula, sp.MatrixBase):
        if formula.shape != truth.shape:
            raise FormulaError(f"{text!r} is {formula.rows} x {formula.cols} where the left side is"
                               f" {truth.rows} x {truth.cols}")
        return list(zip(list(formula), list(truth)))
    return [(formula, truth)]


def _new_values(value, symbols: NetworkSymbols, calculus: NetworkCalculus):
    """An updated parameter on the right side is its true new value."""
    def replace(entry):
        if not isinstance(entry, sp.Basic) or not entry.has(NewValue):
            return entry
        return entry.replace(NewValue, lambda atom: atom - symbols.eta * calculus.loss_derivative(atom))
    return value.applyfunc(replace) if isinstance(value, sp.MatrixBase) else replace(value)


def _negate_deltas(expr, symbols: NetworkSymbols):
    mapping = {}
    for atom in expr.atoms(sp.Indexed):
        if atom.base in symbols.delta.values():
            mapping[atom] = -atom
    return expr.xreplace(mapping)


def _symbols_of(node) -> list:
    """Every Sym in a syntax tree, in reading order."""
    from dataclasses import fields, is_dataclass  # noqa: PLC0415 - local helper
    found, stack = [], [node]
    while stack:
        item = stack.pop(0)
        if isinstance(item, Sym):
            found.append(item)
        if isinstance(item, (list, tuple)):
            stack[:0] = list(item)
        elif is_dataclass(item):
            stack[:0] = [getattr(item, f.name) for f in fields(item)]
    return found


def _entry(index: int, value) -> str:
    if isinstance(value, sp.MatrixBase):
        row, column = divmod(index, value.cols)
        return f"[{row}]" if value.cols == 1 else f"[{row},{column}]"
    return str(index)


def _where(env: dict, letters: tuple) -> str:
    return ", ".join(f"{letter} = {env[letter]}" for letter in letters if letter in env)


def _family(names: list) -> str:
    return names[0] if len(names) == 1 else f"{names[0]} ... {names[-1]}"


def _merge(results: list) -> list:
    """The claims of a family named by --param (W2[j,i]: one run per j, i) as one claim per equation."""
    merged: dict = {}
    for claim in results:
        if claim.text not in merged:
            merged[claim.text] = claim
            continue
        first = merged[claim.text]
        first.values += claim.values
        first.parameter = first.parameter if first.parameter == claim.parameter else _family(
            [first.parameter.split(" ... ")[0], claim.parameter])
        first.steps = [old if old.verdict == "wrong" or new.verdict != "wrong" else new
                       for old, new in zip(first.steps, claim.steps)]
    return list(merged.values())


def _number(value: float) -> str:
    return f"{value:.6g}"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _product(ranges):
    return itertools.product(*ranges)


def _implied_left(text: str, context: Context, parameter: Parameter | None, update: bool,
                  family: str | None = None) -> str:
    """A formula without a relation is the derivative of the loss by --param (or, with --update, its
    new value): the left side is implied."""
    equations = split_equations(text)
    if len(equations) == 1 and not re.search(r"(?<![<>!:\\])=|\\approx|\\leftarrow|:=", equations[0]):
        if parameter is None:
            raise FormulaError(f"formula {_short(text)}: has no left side; write the equation"
                               " (\\frac{\\partial L}{\\partial w} = ...) or name the parameter with --param")
        name = family or _param_text(parameter)  # a family keeps its letters: one claim for all its values
        left = name if update else rf"\frac{{\partial L}}{{\partial {name}}}"
        return f"{left} = {equations[0]}"
    return text


def _param_text(parameter: Parameter) -> str:
    return parameter.name
