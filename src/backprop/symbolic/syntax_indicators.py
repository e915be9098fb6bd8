"""Indicators in a formula (a part of syntax.Parser): a comparison's 1 where it holds, written ``1\\{u > 0\\}``,
``1_{u > 0}``, ``1[u > 0]``, ``1(u > 0)``, ``\\mathbb{1}\\{u > 0\\}`` (several conditions after commas, all to
hold), or Iverson's braces alone, ``\\{u > 0\\}`` (a group where they hold an expression); and the comparison such
a bracket holds (``condition_or_expression``). Iverson's square bracket ``[z > 0]`` and a comparison in parentheses
used as a factor are read where a group is (syntax_atoms.py, syntax_arrays.py).
"""

from __future__ import annotations

from .syntax_tree import Cond, Indicator, Node, _OPEN


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
