"""Members written with numbers only (a part of homework._Homework): judged at the file's numbers. A
number written as the result is right when it is the true value rounded to its digits, one unit in the
last digit either way (the spec's rule; half a unit when the file writes it); a number inside an
expression is a rounded operand carried through it, right to half a unit of its last digit (correctly
rounded), or to one unit either way of that when it has three or more significant digits and is not a
number the file writes. Where the member follows a symbolic member of the same shape that was judged
correct (``w - \\eta \\cdot dL/dw = 0.5 - 0.1 \\cdot 0.069``), each number stands for the subtree at its
place and is judged by itself against that subtree's value (``aligned_numbers``, homework_number_meanings.py). In an
update row or a step with the file's learning rate as a factor (``w_o = 1.0 - 0.1(-0.21737)``, ``0.2 \\cdot [...]``), the
other factor is the gradient, worked and rounded to its digits, not copied (``step_numbers``, there too); elsewhere a
number equal to one the file writes is a copy of it, exact (number_rounding.py). The true value is the
first step's (with the file's reduction) for anything about the loss."""

from __future__ import annotations

import numpy as np
import sympy as sp

from .check import constant_at_points
from .claims import Claim
from .homework_base import ReadingsDisagree, Step, _components, _entry, _number
from .numeric import Compiled, file_samples, forward
from .number_alignment import is_decimal_alone, is_exact, is_numeric
from .number_rounding import ONE_UNIT_EITHER_WAY, SLACK_FROM_DIGITS, first_off, given_numbers, operand_units, stands_for
from .quantities import FormulaError, short as _short
from .reading import Reader
from .reading_base import Context, TrackingEnv, marks_current_value
from .reading_shapes import read_numbers
from .syntax_tree import Deriv, Nabla, Num, nodes_of


class NumberJudging:
    """_Homework methods for members of numbers."""

    def constant_member(self, claim: Claim, member, truth) -> bool:
        """``\\frac{\\partial u}{\\partial b} = 1`` where the file has no numbers: not a value at the file's
        numbers but a constant the derivative equals at every point, judged at random points as any
        formula (a given value, x_1 = 2, stays a number to judge at the file's numbers). So is an exact number
        for a left side whose true value is a constant (a local derivative the notation names as 1, code's
        dz_db = 1), or written with letters and one constant at every point (``(e^x + e^{-x})^2 - (e^x -
        e^{-x})^2 = ... = 4``): no number of the file changes either side, so it is judged exactly without them.
        A left side whose value changes from point to point (a worked example's ``z = w x + b = 7``) keeps its
        number for the file's numbers."""
        constant = isinstance(truth, (sp.Basic, sp.MatrixBase)) and not truth.free_symbols
        return self.problem.x is None and is_exact(member.node, self.notation) and (
            isinstance(claim.left.node, (Deriv, Nabla)) or constant
            or isinstance(truth, sp.Expr) and not isinstance(truth, sp.MatrixBase)
            and constant_at_points(self.symbols, self.calculus.expand_deltas(truth), self.seed))

    def numbers_only(self, member, context) -> bool:
        """A member judged at the file's numbers: numbers only (is_numeric), or numbers with the rate kept a letter
        where the file gives its value (batch 178's t78-en-up, ``0.3 - \\eta(-0.8) = 0.3 + 0.8\\eta`` on a page
        leaving eta unspecified): at random points such a member does not follow the weights, at the file's numbers
        it is the worked value, its rate exact (numeric_member). A weight among the numbers keeps it a formula."""
        node = member.node
        return is_numeric(node, self.notation) or node is not None and self.problem.learning_rate is not None \
            and any(True for _ in nodes_of(node, Num)) and is_numeric(node, self.notation, context.rates)

    def numeric_member(self, claim, member, env, context, kind, parameter, truth, where) -> Step:
        samples = file_samples(self.problem)
        if not samples:
            raise FormulaError(f"formula {_short(claim.text)}: {member.text!r} is a number, judged at the file's"
                               " numbers, and this file has none ([data] x and y or labels)")
        readers = []

        def read():  # a fresh reader each time: read_numbers reads again with rows where columns do not fit
            readers.append(_NumberReader(context, TrackingEnv(env), f"formula {_short(claim.text)}"))
            return readers[-1].value(member.node)
        context.sample_sums = False
        value = self.counted_numbers(claim, member, kind, read_numbers(read, truth, context), context)
        if self.problem.learning_rate is not None:  # the rate kept a letter (numbers_only): the file's, exact
            value = value.xreplace({self.symbols.eta: sp.Rational(str(self.problem.learning_rate))})
        reader = readers[-1]
        self.file_refusals(kind, context, samples)
        # the shape before the numbers: a number against a vector of 784 entries (f'(x) = 1 of the input x)
        # is refused without compiling the entries one by one; the true value has the truth's shape
        _components(value, truth, member.text, numbers=True)
        given = given_numbers(self.problem)
        copies = self.left_copies(claim, env, context, given)
        true_value = self.file_value(kind, parameter, truth if copies is None else copies[0], context, samples)
        pairs = _components(value, true_value, member.text, numbers=True)
        aligned = self.aligned_numbers(claim, member, reader, env, context, kind, samples)
        stepped, worked = self.step_numbers(claim, member, reader, kind, parameter, truth, context, samples)
        aligned = aligned or stepped
        own = {}  # {symbol: the error allowed to it by itself}, for the numbers that stand for a subtree
        for symbol, number, unit, digits in reader.numbers:
            if symbol in aligned:
                true_number, meaning, sign = aligned[symbol]
                right, own[symbol] = stands_for(number, digits, unit, true_number, given)
                if not right:
                    shown = max(4, digits + 1)
                    return Step(member.text, "wrong", f"{_number(sign * float(number))} is {meaning}, which is"
                                f" {sign * true_number:.{shown}g} at the file's numbers", None, where)
            elif symbol in worked:  # a number of the gradient in a step: rounded to its digits, never a copy
                own[symbol] = operand_units(number, digits, frozenset()) * float(unit)
        off = first_off(pairs, reader, member, given, own)
        if off is None:
            return Step(member.text, "correct", "", None, where)
        index, approximate, true_entry, allowed = off
        detail = (f"{_number(approximate)} is not the true value {_number(true_entry)} at the file's"
                  f" numbers rounded to the digits written (allowed error {allowed:.3g})"
                  + (f"; the left side's {copies[1]}" if copies is not None else ""))
        self.updated_values(claim, member, reader, value, kind, truth, context, samples, given, own)
        at = "; ".join(part for part in (where, f"entry {_entry(index, value)}" if len(pairs) > 1 else "") if part)
        return Step(member.text, "wrong", detail, None, at)

    def left_copies(self, claim, env, context, given) -> tuple | None:
        """A left side written in numbers alone (a chain with no name on the left, Singman's worked dot product
        ``(0 \\times 0.674) + (0 \\times -0.335) + (1 \\times -0.404) = -0.4047``, the weights rounded there and
        the value worked from the file's unrounded 0.67423821, -0.33473064, -0.40469539): (its value with each
        decimal that is a number the file writes rounded to the digits written (within one unit either way of that
        rounding: a truncated copy), three significant digits or more and the one file number that rounds so, as
        that number, and the words that say which); None where the left
        side is not numbers alone or holds no such copy. Any other decimal there is the value the page names, as
        written: batch 63's sigma(1.98), 1.98 the unit's exact sum, judged 0.8797 wrong, which the 1.98's
        rounding carried would have called right."""
        if claim.left.node is None or not is_numeric(claim.left.node, self.notation):
            return None
        reader = _NumberReader(context, TrackingEnv(env), f"formula {_short(claim.text)}")
        saved = context.sample_sums, list(context.notes)
        try:
            value = reader.value(claim.left.node)
        finally:
            context.sample_sums, context.notes = saved
        values, said = {}, []
        for symbol, number, unit, digits in reader.numbers:
            magnitude = abs(float(number))
            # within one unit either way of its rounding, as a truncated copy is (-0.404 of -0.40469539)
            near = [file for file in given if abs(file - magnitude) <= ONE_UNIT_EITHER_WAY * float(unit) * (1 + 1e-9)]
            if digits >= SLACK_FROM_DIGITS and len(near) == 1 and near[0] != magnitude:
                values[symbol] = sp.sign(number) * sp.Float(near[0], 17)
                said.append(f"{_number(float(number))} is the file's {near[0]:.10g} rounded")
            else:
                values[symbol] = number
        if not said:
            return None
        return value.xreplace(values), ", ".join(said)

    def worked_member(self, claim, member, env, context, kind, truth, where) -> Step | None:
        """A member mixing the network's symbols with decimals, wrong at random points, in a chain that is a
        worked computation (a member is a decimal alone): ``w_5 - \\eta \\cdot 0.0822 = 0.3589``, its 0.0822
        the value dE/dw_5 has at the file's numbers. Judged there, each decimal carrying its rounding as an
        operand of a member of numbers (a copy of the file's number none): correct when the member's value is
        the left side's true value within that; None (the verdict at random points stands) when it is not, when
        the chain has no decimal alone, when every decimal is a number the file writes (a formula's constant,
        ``0.5 (y - a)^2``), or when the member is a vector, or the file's step has several samples (which one a
        symbol's value is goes unsaid)."""
        samples = file_samples(self.problem)
        batch = self.problem.batch_size or len(samples)
        if not samples or not any(is_decimal_alone(other.node) for other in claim.members) \
                or isinstance(truth, sp.MatrixBase) or min(batch, len(samples)) > 1:
            return None
        given = given_numbers(self.problem)
        reader = _NumberReader(context, TrackingEnv(env), f"formula {_short(claim.text)}")
        saved = context.sample_sums, list(context.notes)
        try:
            value = reader.value(member.node)
            if isinstance(value, sp.MatrixBase) or context.sample_sums \
                    or all(abs(float(number)) in given for _, number, _, _ in reader.numbers):
                return None
            numbers = {symbol: number for symbol, number, _, _ in reader.numbers}

            def at_file(expr) -> float:
                return float(self.file_value("value", None, expr.xreplace(numbers), context, samples))
            # the member at the file's numbers as an expression of its decimals alone: its value and its slope by
            # each decimal at the numbers written, which is all first_off uses to carry their rounding
            linear = at_file(value) + sum(at_file(sp.diff(value, symbol)) * (symbol - number)
                                          for symbol, number in numbers.items())
            true_value = self.file_value(kind, None, truth, context, samples)
        except (FormulaError, TypeError, ValueError):
            return None
        finally:
            context.sample_sums, context.notes = saved
        if first_off([(linear, true_value)], reader, member, given, {}) is not None:
            return None
        return Step(member.text, "correct", "judged at the file's numbers: its decimals are worked values", None, where)

    def counted_numbers(self, claim, member, kind: str, value, context: Context):
        """A member of numbers with a sum over the step's K samples in it (a bare \\sum of numbers, on a file of
        one sample a step and a network of one unit a layer) as a value at the file's numbers: with the file's
        reduction "sum" the step's loss is the samples' total, K times one sample's as the member is, so it is
        judged with K = 1 against the file's one sample; with the mean it is right for one count of samples only,
        which nothing names: FormulaError, never a number judged against an unknown count."""
        K = self.symbols.K
        entries = list(value) if isinstance(value, sp.MatrixBase) else [value]
        if not context.sample_sums or not any(sp.sympify(entry).has(K) for entry in entries):
            return value
        if self.problem.reduction == "sum" and kind != "update" and self.problem.batch <= 1 \
                and not any(sp.sympify(entry / K).has(K) for entry in entries):
            return value.xreplace({K: 1})
        raise FormulaError(f"formula {_short(claim.text)}: {_short(member.text)} sums over the samples without a"
                           " bound, so nothing says how many it adds, and a number is judged at a count it knows;"
                           " give the count its value in the notation (\"N\" = \"1\", the one sample check reads),"
                           " or, if the page's loss is the samples' total, write reduction = \"sum\" in the file's"
                           " [update]")

    def updated_values(self, claim, member, reader, value, kind, truth, context, samples, given, own) -> None:
        """``W = [0.4048, -0.1904]``, wrong at the file's values, reads as the value now (wrong) or after one step of the
        update (a page's "updated weights"): ReadingsDisagree where its numbers are the values after the step."""
        atoms = list(truth) if isinstance(truth, sp.MatrixBase) else [truth]
        if kind != "value" or self.problem.learning_rate is None or marks_current_value(claim.left.node) or not all(
                self.calculus.parameter_of(atom) for atom in atoms):
            return  # w^{old} = ... says which value it is
        stepped = [self.calculus.stepped(atom) for atom in atoms]
        new = sp.ImmutableMatrix(truth.rows, truth.cols, stepped) if isinstance(truth, sp.MatrixBase) else stepped[0]
        pairs = _components(value, self.file_value("update", None, new, context, samples), member.text, numbers=True)
        if first_off(pairs, reader, member, given, own) is not None:
            return
        name, rate = claim.left.text.strip(), self.problem.learning_rate
        raise ReadingsDisagree(f"formula {_short(claim.text)}: {_short(member.text)} is not {name}'s value in the file but its"
                               f" value after one step of the update (learning rate {rate:g}): {name} = ... states the"
                               f" value now; for the new value write {name}^{{new}} = ... or {name} \\leftarrow ...")

    def file_refusals(self, kind: str, context: Context, samples) -> None:
        """Raises FormulaError where the file's numbers cannot give the claim's true value: a sample
        subscript or document sample beyond the file's samples, an update without a learning_rate."""
        chosen = context.sample_subscript
        if chosen is not None and not 1 <= chosen <= len(samples):
            raise FormulaError(f"the loss of sample {chosen}: the file has {len(samples)} samples")
        if self.sample is not None and not 1 <= self.sample <= len(samples):
            raise FormulaError(f"sample {self.sample}: the file has {len(samples)} samples")
        if kind == "update" and self.problem.learning_rate is None:
            raise FormulaError("an updated value is judged at the file's numbers: the file has no learning_rate")

    def file_value(self, kind: str, parameter, truth, context: Context, samples) -> object:
        """The claim's true value at the file's numbers: the first step's gradient (with the file's
        reduction) or update, or the value at one sample: the one a loss's subscript names, else the
        one the document is at (``self.sample``), else the first. The caller has run ``file_refusals``."""
        batch = samples[:self.problem.batch_size or len(samples)]
        chosen = context.sample_subscript

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
            current = truth.xreplace({self.symbols.eta: 0}) if not isinstance(truth, sp.MatrixBase) else \
                truth.applyfunc(lambda entry: entry.xreplace({self.symbols.eta: 0}))
            step = (current - truth) if not isinstance(truth, sp.MatrixBase) else current - truth
            # step is eta times the gradient (SymPy cancels eta at once); evaluated at the file's eta
            # either way, so no simplify (a fifth of grading seed 004's matrix updates)
            gradient = step / self.symbols.eta if not isinstance(step, sp.MatrixBase) else \
                step.applyfunc(lambda entry: entry / self.symbols.eta)
            values = [at(gradient, sample) for sample in batch]
            total = values[0]
            for value in values[1:]:
                total = total + value
            mean = total / len(batch) if self.problem.reduction == "mean" else total
            return at(current, batch[0]) - rate * mean
        # the loss (and the deltas, its derivatives) is the step's: over its samples; a quantity that
        # only uses the target (Y, P - Y) is one sample's, like any other value
        depends_on_loss = any(entry.has(self.symbols.L)
                              or any(entry.has(base) for base in self.symbols.delta.values())
                              for entry in (list(truth) if isinstance(truth, sp.MatrixBase) else [truth]))
        if depends_on_loss and chosen is None:  # about the step's loss: over its samples, reduced
            values = [at(truth, sample) for sample in batch]
            total = values[0]
            for value in values[1:]:
                total = total + value
            return total / len(batch) if self.problem.reduction == "mean" else total
        return at(truth, samples[(chosen or self.sample or 1) - 1])


class _NumberReader(Reader):
    """Reads a member of numbers with each decimal number as a symbol, to carry its rounding."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.numbers: list = []
        self.nodes: dict = {}     # {symbol: the Num node it was read from}

    def term_reader(self, env: TrackingEnv):
        reader = super().term_reader(env)
        reader.numbers, reader.nodes = self.numbers, self.nodes  # a sum's term's numbers are the member's
        return reader

    def _num(self, node: Num):
        value = super()._num(node)
        if "." not in node.text and "e" not in node.text:
            return value
        # real, as a written number is: the rounding rule differentiates a member in these symbols, and
        # |0.01 - 0.75| has a slope (a sign) only in real ones
        symbol = sp.Dummy(f"n{len(self.numbers)}", real=True)
        self.nodes[symbol] = node
        mantissa, _, exponent = node.text.partition("e")
        decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
        unit = sp.Rational(1, 10 ** decimals) * (sp.Rational(10) ** int(exponent or 0))
        significant = len(mantissa.lstrip("+-").replace(".", "").lstrip("0"))  # 0.05: 1; 2.0: 2; 0.0: 0
        self.numbers.append((symbol, value, unit, significant))
        return symbol
