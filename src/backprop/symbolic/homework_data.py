"""The sample's data a claim is judged at (a part of homework._Homework): a case in words that gives
the sample's target or input a value (``L = -\\log(1 - a_2)`` since y = 0), a number judged at the
file's numbers only where the file's data are in that case, and a member that writes the one sample's
data in (``(5 - 2w)^2``), judged with the data fixed there and the parameters at random points; a member wrong at
random points that writes a given target or bias by its value, or leaves out a weight the file sets to 1, judged
again with those at the file's numbers (the verdict saying so); a member that writes the file's learning rate as its
number where the rate would stand (``w2 -= 0.5 * d_E_w2``), judged at that rate (``written_rate``)."""

from __future__ import annotations

import re
from fractions import Fraction

import numpy as np
import sympy as sp

from .claim_text import REMARK_WORDS
from .claims import Claim
from .number_alignment import rate_factor
from .numeric import file_samples
from .quantities import FormulaError, short as _short
from .reading_base import Context

_THE_REST = ", everything else at random points"
# the note of an update that names no rate on a file whose rate is exactly 1 (written_rate), judged there; a
# verdict of correct says "right" for "judged" (rate_note_of)
_RATE_ONE_JUDGED = "judged at this problem's rate 1 only: the rule leaves eta out; write eta"


class DataCases:
    """_Homework methods for the sample's data a claim fixes (points.PointSampler's fixed values)."""

    def data_values(self, claim: Claim, env: dict, context: Context) -> tuple:
        """((kind, index, value), ...), kind "target" or "x": the sample's data that the case written in words
        after the claim gives (``L = -\\log(1 - a_2)`` since y = 0), for points.PointSampler; () without one.
        A condition on anything else (since z_1 > 0, when a_1 = 0) is refused: the claim would hold on a part
        of the points that the sampler cannot draw alone; after a remark's word (where \\eta = 0.5, as, given)
        it stays the remark it was, and the claim is judged at every point."""
        if claim.data_case is None:
            return ()
        word, symbol, relation, value = claim.data_case
        if symbol in self.notation.indices:
            return ()  # for k = 1: the range of a rule's letter, read as before (a remark)
        written = f"formula {_short(claim.text)}: the case {word} {symbol} {relation} {value}"
        how = "; check takes a case that gives the sample's target or input a value (since y = 0)"
        kinds = {self.symbols.target: "target", self.symbols.x: "x"}
        try:
            quantity = self.read(context.parser(symbol, written).expression(), env, context, claim.text)
        except FormulaError as error:
            quantity = error
        if isinstance(quantity, sp.MatrixBase) and quantity.shape == (1, 1):
            quantity = quantity[0, 0]
        is_data = isinstance(quantity, sp.Indexed) and quantity.base in kinds and quantity.indices[0].is_Integer
        if not is_data and word in REMARK_WORDS:
            return ()
        if isinstance(quantity, FormulaError):
            raise quantity.reworded(f"{written}: {str(quantity).split(': ', 1)[-1]}{how}")
        if relation != "=":
            raise FormulaError(f"{written} is an inequality{how}; write the formula for every point (a"
                               " rectifier's slope as H(z) or 1[z > 0])")
        if self.symbols.one_hot:
            raise FormulaError(f"{written}: the targets are one-hot; give the class with --when label=j")
        if not is_data:
            raise FormulaError(f"{written} names {quantity}{how}")
        return ((kinds[quantity.base], int(quantity.indices[0]), float(value)),)

    def file_data_in_case(self, claim: Claim, fixed: tuple) -> None:
        """Refuse a number judged at the file's numbers where the file's data are not in the claim's case."""
        for sample in file_samples(self.problem)[:self.problem.batch_size or None]:
            for kind, index, value in fixed:
                given = float((sample.target if kind == "target" else sample.x)[index])
                if given != value:
                    _, symbol, relation, written = claim.data_case
                    raise FormulaError(f"formula {_short(claim.text)}: a number, judged at the file's numbers, in"
                                       f" the case {symbol} {relation} {written}, where the file's {symbol} is"
                                       f" {given:g}")

    def written_data(self, member, formula, fixed: tuple) -> tuple[tuple, str]:
        """(fixed, note): the file's data as ``fixed`` where ``member`` writes the data's numbers in and keeps the
        parameters as symbols (``(5 - 2w)^2`` for (y - w x)^2 of the one sample x = 2, y = 5): it states the function
        of the parameters at the file's data, so it is judged with the data fixed there and the parameters at
        random points (docs/verdicts.md). ``fixed`` and "" as they were otherwise: a case in words already fixes
        data, or the file has not exactly one sample, or the member names anything but parameters, or writes none of
        the data's numbers."""
        samples = file_samples(self.problem)
        entries = [formula] if not isinstance(formula, sp.MatrixBase) else list(formula)
        if fixed or len(samples) != 1:
            return fixed, ""
        # the parameters alone: a unit (a, z) is a function of the data too, a member in units no worked example
        # (each entry walked once: seed 001's members have thousands of symbols)
        names = set()
        for entry in entries:
            if isinstance(entry, sp.Basic):
                labels = {indexed.base.label for indexed in entry.atoms(sp.Indexed)}
                names |= {atom for atom in entry.free_symbols if not isinstance(atom, sp.IndexedBase)
                          and atom not in labels}
        written = written_numbers(member.text)
        if not names or not all(self.calculus.parameter_of(name) for name in names):
            return fixed, ""
        sample = samples[0]
        values = {"x": list(sample.x), "target": list(sample.target)}
        if not written & {float(value) for numbers in values.values() for value in numbers}:
            return fixed, ""
        shown = ", ".join(f"{name} = {value:g}" for name, numbers in (("x", values["x"]), ("y", values["target"]))
                          for value in numbers)
        return (tuple((kind, index, float(value)) for kind, numbers in values.items()
                      for index, value in enumerate(numbers)), f"at the file's data ({shown}), which it writes in")

    def given_in_place(self, member, formula, fixed: tuple) -> tuple[tuple, str]:
        """(given, note): the file's target and biases that ``member`` writes by their values where their symbols
        would stand and names nowhere (numerade's loss(Y5, 0.6) = (Y5 - 0.6)^2 for a desired output of 0.6, a Q&A's
        O = s(s(I w_1 + 1) w_2 + 1) with "all the biases set to 1"), as points.PointSampler's fixed values: the
        member states its value at the file's numbers, so it is judged with those fixed there and everything else at
        random points (docs/verdicts.md). Only where no fixed value hides a mistake: a target of 0 or 1 (a term of
        the cross-entropy vanishes there), a bias of 0 (a bias left out), an input at all (a factor x left out of
        dL/dw, 2(a - y) for x = 2) are never fixed, nor a quantity the member names as a symbol (the target also
        where it names a delta or the loss). () and "" where
        nothing is so written, or ``fixed`` (a case in words, the file's data written in) already fixes data."""
        if fixed or isinstance(formula, sp.MatrixBase) or not isinstance(formula, sp.Basic):
            return (), ""
        written = written_numbers(member.text)
        # a delta or the loss's name holds the target too: judged with it, never with the target fixed
        expanded = self.calculus.expand_deltas(formula)
        named = {indexed.base for indexed in expanded.atoms(sp.Indexed)} | expanded.free_symbols
        given = []
        samples = file_samples(self.problem)
        if len(samples) == 1 and not self.symbols.one_hot and not {self.symbols.target, self.symbols.L} & named:
            given += [("target", index, float(value), f"{self.symbols.target}[{index}]")
                      for index, value in enumerate(samples[0].target) if float(value) not in (0.0, 1.0, -1.0)]
        for layer, spec in enumerate(self.problem.layers, start=1):
            symbol = self.symbols.b[layer]
            if spec.biases is None or symbol is None or symbol in named:
                continue
            values = [spec.biases] if spec.bias == "shared" else list(spec.biases)
            given += [("bias", (layer, None if spec.bias == "shared" else unit), float(value),
                       f"b{layer}" + ("" if spec.bias == "shared" else f"[{unit}]"))
                      for unit, value in enumerate(values) if float(value) != 0.0]
        given = [entry for entry in given if entry[2] in written]
        if not given:
            return (), ""
        shown = ", ".join(f"{name} = {value:g}" for _, _, value, name in given)
        return (tuple((kind, index, value) for kind, index, value, _ in given),
                f"judged at the file's {shown}, which it writes by their values and names nowhere{_THE_REST}")

    def right_as_given(self, member, formula, truth, fixed: tuple, verdict_of) -> str:
        """The note of a member wrong at random points that is right at the file's given numbers (given_in_place's
        target and biases written by their values, weights_left_out's weights of 1 left out, both together with
        ``fixed``'s data), judged by ``verdict_of(formula, truth, fixed values)``; "" where it is not."""
        given, note = self.given_in_place(member, formula, fixed)
        if given and verdict_of(formula, truth, given).verdict == "correct":
            return note
        # the two rules compose: each quantity fixed is one the member does not name, so the member's value is
        # still a function of what it names, and weights_left_out asks that one of those stays random
        ones, left_out = self.weights_left_out(formula, (*fixed, *given))
        if ones and verdict_of(formula, truth, (*fixed, *given, *ones)).verdict == "correct":
            return f"{note.removesuffix(_THE_REST)}, and {left_out}" if note else left_out
        return ""

    def weights_left_out(self, formula, fixed: tuple) -> tuple[tuple, str]:
        """(ones, note): the weights the file sets to exactly 1 that ``formula`` leaves out, as points.PointSampler's
        fixed values (studyx's h = g(x) for g(w_1 x), g its rectifier, with w_1 = w_2 = 1 given, its dJ/dw_1 without
        the factor w_2): a factor 1 is invisible, so no number written shows the substitution, and the member is
        judged with those weights at 1 and everything else at random points (docs/verdicts.md). A weight is left out
        where the member names neither it (nor a sum over its layer's weights) nor a unit of its layer or a later one,
        nor the loss (each computed from it). () and "" where the file gives no weight of 1, the member leaves none out, or
        nothing the member names would stay random beside ``fixed`` (its value one number: a number's claim)."""
        if isinstance(formula, sp.MatrixBase) or not isinstance(formula, sp.Basic):
            return (), ""
        ones = [(layer, int(row), int(column)) for layer, spec in enumerate(self.problem.layers, start=1)
                if spec.weights is not None for row, column in zip(*np.nonzero(spec.weights == 1.0))]
        if not ones:
            return (), ""
        expanded = self.calculus.expand_deltas(formula)
        nodes = [node for atom in expanded.atoms(sp.Indexed) | expanded.free_symbols
                 if (node := self.calculus.node(atom)) is not None]
        reach = max((layer for kind, layer, _ in nodes if kind in ("z", "a", "L", "delta")), default=0)
        named = [(layer, index) for kind, layer, index in nodes if kind == "W"]
        ones = [(layer, row, column) for layer, row, column in ones if layer > reach and not any(
            layer == at and (index == (row, column) or not all(part.is_Integer for part in index))
            for at, index in named)]
        held = {(kind, index) for kind, index, _ in fixed} | {("weight", one) for one in ones}
        if not ones or not any(self._drawn(node, held) for node in nodes):
            return (), ""
        shown = ", ".join(f"W{layer}[{row},{column}] = 1" for layer, row, column in ones)
        return (tuple(("weight", one, 1.0) for one in ones),
                f"right with the file's {shown}, which it leaves out{_THE_REST}; as a rule for every weight it would be"
                " wrong")

    def _drawn(self, node: tuple, held: set) -> bool:
        """Whether the quantity ``node`` (calculus.node's) takes more than one value over the points where ``held``
        ((kind, index) of points.PointSampler's fixed values) are fixed: an input or target entry not held, a
        parameter not held, a unit or the loss while an input entry is not held (its parameters left aside: a
        unit counted constant that is not only keeps a rule from applying)."""
        kind, layer, index = node
        inputs = self.symbols.units(0)
        if (kind, layer) == ("a", 0) or kind == "target":  # an entry of the input x, or of the target
            data = "x" if kind == "a" else "target"
            if index and index[0].is_Integer:
                return (data, int(index[0])) not in held
            count = inputs if data == "x" else self.symbols.units(self.symbols.depth)
            return any((data, entry) not in held for entry in range(count))
        if kind == "W":
            return ("weight", (layer, *(int(part) for part in index))) not in held \
                if all(part.is_Integer for part in index) else True
        if kind == "b":
            return ("bias", (layer, int(index[0]) if index else None)) not in held \
                if all(part.is_Integer for part in index) else True
        return any(("x", entry) not in held for entry in range(inputs))

    def written_rate(self, member, formula, truth) -> tuple[tuple, str, object]:
        """(fixed, note, truth at the rate) for a member whose true value has the learning rate in it (an update, a
        step Delta w) and that writes no rate by name but the file's rate as its number, a factor of a product
        (``w2 -= 0.5 * d_E_w2``, ``W - \\frac{1}{2} \\nabla_W L`` with ``learning_rate = 0.5``; exactly that value, as
        the file writes it): the member states the update at the file's rate, so it is judged with eta fixed there
        (points.PointSampler's fixed "eta") and everything else at random points, the note saying so. Judged so, it is
        correct only where its value is the true one at the file's rate, whichever factor was meant as the rate
        (the 2 of a squared error beside a rate of 2, the 1/2 of a half squared error beside 0.5): never a wrong
        value called correct. ((), "", truth) where the file has no rate (the number stays a number), the member
        names the rate (then a number beside it is no rate: ``\\eta \\cdot 0.5 \\cdot dw`` is judged for every
        rate) or writes no such factor."""
        rate, eta = self.problem.learning_rate, self.symbols.eta
        if rate is None or member.node is None or not _has(truth, eta) or _has(formula, eta):
            return (), "", truth
        written = rate_factor(member.node, Fraction(repr(float(rate))))
        if written is None and (float(rate) != 1.0 or not _symbolic(formula)):
            return (), "", truth
        value = sp.Rational(Fraction(repr(float(rate))))
        at_rate = truth.applyfunc(lambda entry: entry.xreplace({eta: value})) if isinstance(truth, sp.MatrixBase) \
            else truth.xreplace({eta: value})
        if written is None:  # a rate of 1 is invisible as a factor: w += dw on a rate-1 file is the step at that rate
            return ((("eta", None, 1.0),), f"{_RATE_ONE_JUDGED}{_THE_REST}", at_rate)
        written = written if written.startswith("a ") else f"the number {written}"
        return ((("eta", None, float(rate)),), f"judged at the file's learning rate eta = {float(rate):g}, which it"
                                                f" writes as {written}{_THE_REST}", at_rate)


def rate_note_of(note: str, verdict: str) -> str:
    """written_rate's ``note`` as a verdict of ``verdict`` shows it: an update with the rate of 1 left out that is
    correct there is "right at this problem's rate 1 only" (and judged there when wrong)."""
    if verdict == "correct" and note.startswith(_RATE_ONE_JUDGED):
        return "right" + note.removeprefix("judged")
    return note


def _symbolic(formula) -> bool:
    """Whether ``formula`` (a SymPy expression or matrix) names a quantity: a member of numbers writes no rule."""
    return isinstance(formula, sp.Basic) and bool(formula.free_symbols)


def written_numbers(text: str) -> set[float]:
    """The numbers ``text`` writes, outside scripts and brackets (a^{(1)}, W[2] name a layer, not a number given)."""
    bare = re.sub(r"[_^]\{[^{}]*\}|[_^]\w|\[[^\[\]]*\]|\\[A-Za-z]+", " ", text)
    return {float(number) for number in re.findall(r"(?<![\w.])\d+(?:\.\d+)?", bare)}


def _has(expression, symbol) -> bool:
    """Whether ``expression`` (a SymPy expression or matrix) holds ``symbol``."""
    return isinstance(expression, sp.Basic) and expression.has(symbol)

