"""What each number of a member stands for (a part of homework._Homework), where it is judged by itself against
that value rather than as a rounded operand of the whole (homework_numbers.py):

* after a symbolic member of the same tree judged correct (``w - \\eta \\cdot dL/dw = 0.5 - 0.1 \\cdot 0.069``),
  each number stands for the subtree at its place (``aligned_numbers``);
* in an update row or a step with the file's learning rate as a factor (``w_o = 1.0 - 0.1(-0.21737)``,
  ``0.2 \\cdot [...]``), the other factor is the gradient, worked and rounded to its digits, not copied
  (``step_numbers``); ``numeric_step`` says whether a parameter's claim has such a member;
* in a product that writes some factors of the chain's member before it by their values at the file's numbers
  (GATE's ``\\frac{\\partial y}{\\partial h_3} \\times \\frac{\\partial h_3}{\\partial a_1} \\times \\frac{\\partial
  a_1}{\\partial h_1} \\times \\frac{\\partial h_1}{\\partial a} = 1 \\times e \\times 1 \\times u``, each 1 a rectifier's
  slope at a unit active at the file's numbers), each whole number stands for its factor (``valued_factors``,
  :class:`FactorValues`, below).
"""

from __future__ import annotations

import sympy as sp

from .claims import Claim
from .homework_base import Step, _new_values
from .numeric import file_samples
from .number_alignment import PRODUCTS, alignments, factors, has_factor, is_numeric, last_digit, step_parts, written
from .number_rounding import given_numbers, stands_for
from .quantities import FormulaError
from .reading_base import Context
from .syntax_tree import Num, Op


class NumberMeanings:
    """_Homework methods for what the numbers of a member stand for."""

    def aligned_numbers(self, claim, member, reader, env, context, kind, samples) -> dict:
        """{number's symbol: (its true value, what it stands for, its sign as written)} when ``member`` follows a symbolic
        member of the chain with the same tree, numbers where that one has subtrees (``w_2 - \\eta \\cdot
        dL/dw_2 = 0.5 - 0.1 \\cdot 0.069``: 0.069 stands for dL/dw_2), judged correct at these index values
        (``context.correct_members``); {} when there is none, or a subtree has no one value at the file's
        numbers (a vector, or one sample's value in a step over several). A wrong member says nothing of what
        its subtrees stand for: ``net = w x - b = 0.5 \\cdot 3.0 + 0.25`` is the true net written out, and its
        0.25 is b, not the -b of the wrong member before it."""
        position = next((index for index, other in enumerate(claim.members) if other is member), None)
        before = next((index for index in reversed(range(position or 0))
                       if claim.members[index].node is not None and not is_numeric(claim.members[index].node, self.notation)), None)
        if before is None or before not in context.correct_members:
            return {}
        before = claim.members[before]
        orders = alignments(member.node, before.node) if not isinstance(member.node, Num) else []
        batch = self.problem.batch_size or len(samples)
        if not orders or not orders[0] or (kind != "value" and min(batch, len(samples)) > 1):
            return {}  # dL/dw is the batch's, a_1 one sample's: which sample a subtree's number is, is unsaid
        # the first pairing whose every number is right for what it stands for (a product's numbers may follow
        # its factors in another order), else the numbers' own order, whose wrong number is then named
        written_as = {symbol: (number, places, unit) for symbol, number, unit, places in reader.numbers}
        given, first = given_numbers(self.problem), None
        for pairs in orders:
            found = self.stood_for(pairs, reader, env, context, claim, samples)
            first = found if first is None else first
            if found and all(stands_for(*written_as[symbol], true, given)[0] for symbol, (true, _, _) in found.items()):
                return found
        return first

    def stood_for(self, pairs, reader, env, context, claim, samples) -> dict:
        """{number's symbol: (its true value, what it stands for, 1)} for one pairing of numbers and subtrees."""
        found = {}
        saved = context.sample_sums, list(context.notes)
        try:
            for number, subtree in pairs:
                symbols = [symbol for symbol, node in reader.nodes.items() if node is number]
                if not symbols:
                    continue  # a whole number (the 1 of 1 - 0.562): exact, not one of the rounded numbers
                context.sample_sums = False
                meaning = _new_values(self.read(subtree, env, context, claim.text), self.calculus)
                if isinstance(meaning, sp.MatrixBase) or context.sample_sums:
                    return {}
                true_number = float(self.file_value("value", None, meaning, context, samples))
                found.update({symbol: (true_number, written(subtree, meaning), 1) for symbol in symbols})
        except (FormulaError, TypeError, ValueError):
            return {}
        finally:
            context.sample_sums, context.notes = saved
        return found

    def numeric_step(self, claim: Claim, context: Context, target) -> bool:
        """Whether a member of ``claim`` (a parameter's left side, ``w = ...``) is an update step written in
        numbers: the parameter's value at the file's numbers plus or minus a product with the file's
        learning rate among its factors (``w_o = 1.0 - 0.1(-0.21737)``), the step worked out rather than
        the value ``w = 1.0`` claims."""
        rate = self.problem.learning_rate
        samples = file_samples(self.problem)
        if rate is None or not samples or isinstance(target, sp.MatrixBase):
            return False
        current = None
        for member in claim.members:
            node = member.node
            if not (isinstance(node, Op) and node.kind == "+" and len(node.args) == 2 and is_numeric(node)
                    and has_factor(node.args[1], float(rate))):
                continue
            first, sign = node.args[0], 1.0
            if isinstance(first, Op) and first.kind == "neg" and isinstance(first.args[0], Num):
                first, sign = first.args[0], -1.0  # -0.5 - 0.5(-0.125): a negative weight
            if not isinstance(first, Num):
                continue
            if current is None:
                current = float(self.file_value("value", None, target, context, samples))
            value, unit = sign * float(first.text), last_digit(first.text)
            if abs(value - current) <= unit + 1e-12 * abs(current):
                return True
        return False

    def step_numbers(self, claim, member, reader, kind, parameter, truth, context, samples) -> tuple:
        """({number's symbol: (its true value, what it stands for, its sign)}, {symbols of the gradient's
        numbers}) for a member worked as an update row or a step with the file's learning rate written as
        a factor, where the claim's true value is one (it has the learning rate in it): ``c ± rate G``
        (``w_o = 1.0 - 0.1(-0.21737)``) or ``rate G`` (seed 004's ``0.2 \\cdot [...]``). The rate is the
        file's, and c the parameter's current value; G, a number or a matrix of numbers, is the gradient
        (with the file's reduction), worked: its numbers are rounded to their digits, not copied, even where
        one equals a number the file writes (seed 004's summed gradient 8.87, 1.25 equal inputs to 1e-8).
        In an update of one parameter, c, the rate and a single number G are each judged as what they
        stand for (``-0.31737 is dL/dw_o, which is -0.21737``). ({}, set()) for any other member."""
        rate = self.problem.learning_rate
        entries = list(truth) if isinstance(truth, sp.MatrixBase) else [truth]
        if rate is None or not any(isinstance(entry, sp.Basic) and entry.has(self.symbols.eta) for entry in entries):
            return {}, set()
        parts = step_parts(member.node, float(rate))
        if parts is None:
            return {}, set()
        current, current_sign, rate_node, sign, gradient = parts
        symbols = {id(node): symbol for symbol, node in reader.nodes.items()}
        worked = {symbols[id(node)] for node, _ in gradient if id(node) in symbols}
        if kind != "update" or isinstance(truth, sp.MatrixBase) or current is None or len(gradient) != 1 \
                or not all(id(node) in symbols for node in (current, rate_node, gradient[0][0])):
            return {}, worked
        new = float(self.file_value(kind, parameter, truth, context, samples))
        now = float(self.file_value("value", None, truth.xreplace({self.symbols.eta: 0}), context, samples))
        # the row is c + sign rate G and the new value c - rate dL/dw: G stands for -sign dL/dw
        derivative = (now - new) / float(rate)
        name = claim.left.text.strip()
        (number, number_sign), = gradient
        meaning = f"dL/d{name}" if sign < 0 else f"-dL/d{name}"
        return {symbols[id(current)]: (current_sign * now, name, current_sign),
                symbols[id(rate_node)]: (float(rate), "the learning rate", 1),
                symbols[id(number)]: (-sign * number_sign * derivative, meaning, number_sign)}, worked


#: a whole number's agreement with its factor's value: exact but for the last bits of a float
EXACT = 1e-12


class FactorValues:
    """_Homework's judging of a product whose whole numbers are factors' values (the module docstring's last case).

    Judged at random points alone, a rectifier's slope written 1 is a constant where the slope switches, so a right
    worked step was called wrong; judged at the file's numbers alone, the member would be one number, which says
    nothing of its symbols. Judged factor by factor against the member before (itself right), each whole number
    exactly against its factor's value at the file's numbers, each other factor at random points against its own,
    the member is that right member with some factors evaluated there: right."""

    def valued_factors(self, claim, member, env, context, where, verdict_of) -> Step | None:
        """The correct Step of ``member``, a product wrong at random points, where the chain's member before it
        (judged correct at these index values) is a product of as many factors and each factor of ``member`` is the
        one at its place: a whole number equal to its value at the file's numbers (the file's step of one sample),
        any other factor equal to it at random points (``verdict_of(formula, truth)``). None otherwise: no whole
        number, numbers only (a member of numbers, judged as one), another count or order of factors (a product
        commutes, but which number stands for which factor is then unsaid), a factor with no one value there (a
        vector, a sum over the samples), a number not exactly its factor's value (a slope of 0 written 1)."""
        node = member.node
        position = next((index for index, other in enumerate(claim.members) if other is member), 0)
        if not (isinstance(node, Op) and node.kind in PRODUCTS) or not position \
                or position - 1 not in context.correct_members or is_numeric(node, self.notation):
            return None
        before = claim.members[position - 1].node
        written_factors, stood = factors(node), factors(before) if isinstance(before, Op) else []
        numbers = [factor for factor in written_factors if isinstance(factor, Num) and factor.text.isdigit()]
        samples = file_samples(self.problem)
        if not numbers or len(written_factors) != len(stood) or not (isinstance(before, Op) and before.kind in PRODUCTS) \
                or not samples or min(self.problem.batch_size or len(samples), len(samples)) > 1:
            return None
        shown = []
        saved = context.sample_sums, list(context.notes)
        try:
            for factor, meant in zip(written_factors, stood):
                meaning = self._factor(meant, env, context, claim)
                if meaning is None:
                    return None
                if factor in numbers:
                    true_number = float(self.file_value("value", None, meaning, context, samples))
                    number = float(factor.text)
                    if abs(true_number - number) > EXACT * max(1.0, abs(number)):
                        return None
                    shown.append(f"{factor.text} for {written(meant, meaning)}")
                    continue
                value = self._factor(factor, env, context, claim)
                if value is None or verdict_of(value, meaning).verdict != "correct":
                    return None
        except (FormulaError, TypeError, ValueError):
            return None
        finally:
            context.sample_sums, context.notes = saved
        note = (f"factor by factor against the member before: {', '.join(shown)}, each the factor's value at the"
                " file's numbers; the other factors equal to theirs at random points")
        return Step(member.text, "correct", note, None, where, note)

    def _factor(self, node, env, context, claim):
        """A factor's value in the network's quantities, None where it is no one number (a vector, a sum over the
        samples)."""
        context.sample_sums = False
        value = _new_values(self.read(node, env, context, claim.text), self.calculus)
        return None if isinstance(value, sp.MatrixBase) or context.sample_sums else value
