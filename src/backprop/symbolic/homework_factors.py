"""A product that writes some factors of the chain's member before it by their values at the file's numbers (a
part of homework._Homework): GATE's ``\\frac{\\partial y}{\\partial h_3} \\times \\frac{\\partial h_3}{\\partial a_1}
\\times \\frac{\\partial a_1}{\\partial h_1} \\times \\frac{\\partial h_1}{\\partial a} = 1 \\times e \\times 1 \\times
u``, each 1 a rectifier's slope at a unit active at the file's numbers. Judged at random points alone, the 1 is a
constant where the slope switches, so a right worked step was called wrong; judged at the file's numbers alone, the
member would be one number, which says nothing of its symbols. Judged factor by factor against the member before
(itself right), each whole number exactly against its factor's value at the file's numbers, each other factor at
random points against its own, the member is that right member with some factors evaluated there: right."""

from __future__ import annotations

import sympy as sp

from .homework_base import Step, _new_values
from .number_alignment import PRODUCTS, factors, is_numeric, written
from .numeric import file_samples
from .quantities import FormulaError
from .syntax_tree import Num, Op

#: a whole number's agreement with its factor's value: exact but for the last bits of a float
EXACT = 1e-12


class FactorValues:
    """_Homework's judging of a product whose whole numbers are factors' values (see the module docstring)."""

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
