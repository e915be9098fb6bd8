"""Conditions of a formula (a part of reading.Reader): indicators such as 1\\{u > 0\\} and [i = j], the
comparisons inside them, and rules by cases, each case judged by its own formula."""

from __future__ import annotations

import sympy as sp

from .functions import heaviside
from .quantities import FormulaError, index_span
from .reading_base import _is_matrix, _show
from .syntax_tree import Cases, Cond, Indicator, Sym


class ConditionReading:
    """Reader methods for indicators, conditions and cases."""

    def _indicator(self, node: Indicator):
        result = sp.S.One
        for condition in node.conditions:
            value = self._condition(condition)
            result = result.multiply_elementwise(value) if _is_matrix(result) and _is_matrix(value) else result * value
        return result

    def _condition(self, node: Cond):
        left, right = self._compared(node.left), self._compared(node.right)
        if _is_matrix(left) or _is_matrix(right):  # 1{z > 0} of a vector: entry by entry
            shape = left.shape if _is_matrix(left) else right.shape
            lefts = list(left) if _is_matrix(left) else [left] * (shape[0] * shape[1])
            rights = list(right) if _is_matrix(right) else [right] * (shape[0] * shape[1])
            entries = [self._compare(node.op, a, b, node) for a, b in zip(lefts, rights)]
            return sp.ImmutableMatrix(entries).reshape(*shape)
        return self._compare(node.op, left, right, node)

    def _compared(self, node):
        """A side of a condition: an index letter (the i of 1\\{i = \\beta\\}) as its value, else its value."""
        if isinstance(node, Sym) and not node.sub and not node.sup and dict.__contains__(self.env, node.base):
            return sp.sympify(self.env[node.base])  # a whole number, or a rule's ranged letter (families.py)
        return self.value(node)

    def _compare(self, op: str, left, right, node):
        if left.is_Integer and right.is_Integer:
            truth = {">": left > right, "<": left < right, ">=": left >= right, "<=": left <= right,
                     "=": left == right, "!=": left != right}[op]
            return sp.S.One if truth else sp.S.Zero
        if op in ("=", "!=") and all(value.is_Integer or index_span(value) for value in (left, right)):
            # \prod_{\{i=\beta\}} of a rule's letters, read for all their values at once (families.py)
            equal = sp.KroneckerDelta(left, right)
            return equal if op == "=" else 1 - equal
        difference = left - right
        if op == ">":
            return heaviside(difference)
        if op == "<":
            return heaviside(-difference)
        if op == ">=":
            return 1 - heaviside(-difference)
        if op == "<=":
            return 1 - heaviside(difference)
        if op in ("=", "!="):  # [A = B] or {A = B} around a claim: brackets read as Iverson's, not an indicator meant
            self.fail(f"{_show(node)} inside brackets or braces is read as an indicator, which compares whole numbers"
                      " (index letters); write the claim without the brackets around it")
        self.fail(f"the condition {_show(node)} in an indicator; write 1\\{{u > 0\\}}")

    def _cases(self, node: Cases):
        """The value of the case whose condition holds at these index values (a rule by cases is judged in
        each case by its own formula); where the letters range (families.py), the sum of each value times its
        indicator. Cases that do not hold one at a time here are refused, never judged."""
        holds, value = [], sp.S.Zero
        for branch, condition in node.branches:
            try:
                holds.append(self._condition(condition) if condition is not None else self._otherwise(holds))
            except FormulaError:  # j = y of the label letter, a condition on a word: no case is chosen so
                written = f"{_show(condition.left)} {condition.op} {_show(condition.right)}"
                self.fail(f"a case distinction whose condition {written} compares neither index letters nor"
                          " quantities; check each case on its own, with --when")
        if any(_is_matrix(truth) for truth in holds):
            return self._entrywise_cases(node, holds)
        if all(truth.is_Integer for truth in holds):
            if sorted(holds) != [0] * (len(holds) - 1) + [1]:
                where = ", ".join(f"{letter} = {self.env[letter]}" for letter in sorted(dict.keys(self.env))
                                  if letter != "L")
                self.fail(f"a case distinction where {sum(holds)} of its cases hold ({where}); write conditions"
                          " that hold one at a time and cover every case")
            return self.value(node.branches[holds.index(1)][0])
        if sp.simplify(sum(holds, sp.S.Zero) - 1) != 0:
            self.fail("a case distinction whose conditions do not hold one at a time; write conditions that"
                      " exclude each other and cover every case")
        for (branch, _), truth in zip(node.branches, holds):
            value += truth * self.scalar(branch)
        return value

    @staticmethod
    def _otherwise(holds: list):
        """Where none of the cases before holds: 1 minus their indicators, entry by entry of vectors."""
        if any(_is_matrix(truth) for truth in holds):
            shape = next(truth.shape for truth in holds if _is_matrix(truth))
            return sp.ImmutableMatrix(sp.ones(*shape) - sum((truth if _is_matrix(truth) else truth * sp.ones(*shape)
                                                             for truth in holds), sp.zeros(*shape)))
        return 1 - sum(holds, sp.S.Zero)

    def _entrywise_cases(self, node: Cases, holds: list):
        """Cases whose conditions are about one vector's entries (``g'(u) = 1 if u > 0, 0 otherwise``):
        read entry by entry, each entry's case, as np.where(z > 0, 1, 0) is; conditions on vectors of other
        shapes, or on a vector and a number, are refused."""
        shapes = {truth.shape if _is_matrix(truth) else () for truth in holds}
        if len(shapes) > 1:
            self.fail("a case distinction whose conditions are about vectors of different shapes (or a vector and a"
                      " number); write one entry")
        shape = shapes.pop()
        total = sp.zeros(*shape)
        for truth in holds:
            total += truth
        if any(sp.simplify(entry - 1) != 0 for entry in total):
            self.fail("a case distinction whose conditions do not hold one at a time in every entry; write"
                      " conditions that exclude each other and cover every case")
        value = sp.zeros(*shape)
        for (branch, _), truth in zip(node.branches, holds):
            chosen = self.value(branch)
            if _is_matrix(chosen) and chosen.shape != shape:
                self.fail(f"a case distinction whose value {_show(branch)} is {chosen.shape[0]} x {chosen.shape[1]}"
                          f" and its conditions {shape[0]} x {shape[1]}; write one entry")
            value += chosen.multiply_elementwise(truth) if _is_matrix(chosen) else chosen * truth
        return sp.ImmutableMatrix(value)

    def _cond(self, node: Cond):
        return self._condition(node)
