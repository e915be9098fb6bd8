"""Indicators in a formula (a part of syntax.Parser): a comparison's 1 where it holds, written ``1\\{u > 0\\}``,
``1_{u > 0}``, ``1[u > 0]``, ``1(u > 0)``, ``\\mathbb{1}\\{u > 0\\}`` (several conditions after commas, all to
hold), or Iverson's braces alone, ``\\{u > 0\\}`` (a group where they hold an expression); and the comparison such
a bracket holds (``condition_or_expression``). Iverson's square bracket ``[z > 0]`` and a comparison in parentheses
used as a factor are read where a group is (syntax_atoms.py, syntax_arrays.py).
"""

from __future__ import annotations

import dataclasses
import re

from .quantities import FormulaError
from .syntax_tree import Cond, Indicator, Node, Op, Sym, _OPEN


class IndicatorParsing:
    """Parser methods for indicators and the comparisons they hold."""

    def braces(self) -> Node:
        """``\\{ ... \\}``: an indicator when it holds a comparison (Iverson), else a group."""
        opening = self.next()
        conditions = [self.condition_or_expression()]
        while self.accept(","):
            conditions.append(self.condition_or_expression())
        self.expect(r"\}", "to close the braces")
        if all(isinstance(c, Cond) for c in conditions):
            return Indicator(tuple(conditions))
        if len(conditions) == 1 and not isinstance(conditions[0], Cond):
            return conditions[0]
        self.fail("braces that mix conditions and expressions", opening)

    def condition_or_expression(self) -> Node:
        left = self.expression()
        token = self.peek()
        ops = {">": ">", "<": "<", r"\geq": ">=", r"\leq": "<=", ">=": ">=", "<=": "<=", "=": "=",
               r"\neq": "!=", "!=": "!=", r"\gt": ">", r"\lt": "<"}
        if token is not None and token.text in ops:
            self.next()
            return Cond(ops[token.text], left, self.expression())
        return left

    def is_indicator_one(self) -> bool:
        return (self.peek(1) is not None and self.peek(1).text == "{" and self.peek(2) is not None
                and self.peek(2).text == "1" and self.peek(3) is not None and self.peek(3).text == "}")

    def indicator_one(self) -> Node:
        for _ in range(4):
            self.next()
        return self.indicator_after_one()

    def indicator_after_one(self) -> Node:
        """After a ``1`` that is the indicator: ``1\\{u > 0\\}``, ``1_{u > 0}``, ``1[u > 0]``, ``1(u > 0)``."""
        token = self.peek()
        if token is not None and token.text == "_":
            self.next()
            if self.peek() is not None and self.peek().text == "{":
                self.next()
                conditions = [self.condition_or_expression()]
                while self.accept(","):
                    conditions.append(self.condition_or_expression())
                self.expect("}", "to close the indicator's condition")
            else:
                conditions = [self.condition_or_expression()]
        elif token is not None and token.text in (r"\{", "[", "("):
            closing = _OPEN[token.text]
            self.next()
            conditions = [self.condition_or_expression()]
            while self.accept(","):
                conditions.append(self.condition_or_expression())
            self.expect(closing, "to close the indicator's condition")
        else:
            self.fail("an indicator needs its condition", token, "write 1\\{u > 0\\}")
        if not all(isinstance(c, Cond) for c in conditions):
            self.fail("an indicator's condition must be a comparison", token, "write 1\\{u > 0\\}")
        return Indicator(tuple(conditions))

    def letter_indicator(self, base: str) -> Node | None:
        """After ``\\mathbb{I}``, ``\\mathbf{I}`` or a plain ``I`` (``base``): the indicator ``\\mathbb{I}(s_j > 0)`` when a
        bracket holding comparisons follows and the notation names no symbol I (or ``base``), which would give the
        letter its own meaning; None, the position kept, for anything else (I(x) stays whatever it was)."""
        token = self.peek()
        if token is None or token.text not in ("(", r"\{", "[") or any(
                name == base or re.match(r"I(?![A-Za-z])", name) for name in (*self.names, *self.bases)):
            return None
        start = self.position
        try:
            return self.indicator_after_one()
        except FormulaError:
            self.position = start
            return None

    def glued_indicator(self) -> Node | None:
        """After a ``1``: the indicator ``1(yi = k)``, a parenthesis glued to the 1 holding one equation of two names
        (the label's class and an index letter, read as ``1\\{y_i = k\\}``: reading_conditions); None, the position
        kept, for anything else (``1(u > 0)`` stays 1 times the comparison's indicator, a claim in parentheses is
        refused as before)."""
        token = self.peek()
        if token is None or token.text != "(" or token.spaced:
            return None
        start = self.position
        try:
            indicator = self.indicator_after_one()
        except FormulaError:
            indicator = None
        if indicator is not None and len(indicator.conditions) == 1 and indicator.conditions[0].op == "=":
            condition = indicator.conditions[0]
            sides = [_glued_subscript(side) for side in (condition.left, condition.right)]
            if all(isinstance(side, Sym) for side in sides):
                return Indicator((Cond("=", *sides),))
        self.position = start
        return None


def _glued_subscript(node: Node) -> Node:
    """Inside ``1(yi = k)``: plain text's ``yi``, two bare letters glued (read elsewhere as their product), the letter
    with the second as its subscript, ``y_i``; any other node as it is."""
    if isinstance(node, Op) and node.kind == "*" and len(node.args) == 2 and all(
            isinstance(arg, Sym) and len(arg.base) == 1 and arg.base.isalpha() and not (arg.sub or arg.sup or arg.primes)
            for arg in node.args) and node.args[1].position == node.args[0].position + 1:
        return dataclasses.replace(node.args[0], sub=node.args[1].base)
    return node
