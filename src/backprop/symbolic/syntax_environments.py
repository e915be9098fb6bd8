"""LaTeX's environments in a formula (a part of syntax.Parser): ``\\begin{bmatrix} ... \\end{bmatrix}`` (pmatrix,
matrix, vmatrix, Bmatrix, smallmatrix), a matrix of rows of one length (``\\vdots`` a column's entries elided, an
ellipsis as ``\\cdots`` is in a row); and ``\\begin{cases}``, a case distinction
of at least two rows, each a value, ``&`` and its condition (a comparison, after a word such as ``\\text{if }``, or
typed inside it, ``\\text{ if z < 0}``), ``\\text{otherwise}`` only last. Any other environment is refused.
"""

from __future__ import annotations

from .quantities import FormulaError
from .syntax_tree import Cases, Cond, Ellipsis_, Matrix, Node, Token


class EnvironmentParsing:
    """Parser methods for LaTeX's environments."""

    def environment(self) -> Node:
        """``\\begin{name} ... \\end{name}``: a matrix (bmatrix, pmatrix, ...) or a case distinction."""
        token = self.next()
        self.expect("{", "after \\begin")
        name = self.word_until("}")
        if name in ("bmatrix", "pmatrix", "matrix", "vmatrix", "Bmatrix", "smallmatrix"):
            return self.matrix(name)
        if name == "cases":
            return self.cases(token)
        self.fail(f"the environment {name}", token, "write the formula without it")

    def cases(self, opening: Token) -> Node:
        """The rows of ``\\begin{cases}``, each a value, ``&`` and its condition (``\\text{if } i = j``, ``i \\neq j``,
        ``\\text{otherwise}``, the last only); reading.py judges the value of the case whose condition holds."""
        branches = []
        while (token := self.peek()) is None or token.text != r"\end":
            if token is None:
                self.fail("\\begin{cases} is not closed", None)
            if self.accept(r"\\"):
                continue
            value = self.expression()
            self.accept(",")
            if self.accept("&") is None:
                self.fail("a case without its condition", self.peek(), "write each case as value & \\text{if } i = j")
            branches.append((value, self.case_condition()))
            self.accept(",", ".", ";")
        self.next()
        self.expect("{", "after \\end")
        self.word_until("}")
        if len(branches) < 2 or any(condition is None for _, condition in branches[:-1]):
            self.fail("a case distinction of fewer than two cases, or with otherwise before the last", opening,
                      "write each case with its condition, otherwise only last")
        return Cases(tuple(branches))

    def case_condition(self) -> Cond | None:
        """A case's condition after its ``&``: a comparison, after a word (if, for, when) or none; None for
        ``\\text{otherwise}``."""
        token = self.peek()
        if token is not None and token.text == r"\text":
            self.next()
            self.expect("{", "after \\text")
            start = self.position
            word = self.word_until("}").strip().rstrip(",").lower()
            if word in ("otherwise", "else"):
                return None
            if (typed := self.condition_in_text(start)) is not None:
                return typed
            if word not in ("if", "for", "when", "where", ""):
                self.fail(f"a case whose condition is the words {word!r}", token,
                          "write the condition as a comparison, \\text{if } i = j")
        condition = self.condition_or_expression()
        if not isinstance(condition, Cond):
            self.fail("a case whose condition is no comparison", token, "write \\text{if } i = j, or i \\neq j")
        return condition

    def condition_in_text(self, start: int) -> Cond | None:
        """A case's condition typed inside its word's text, ``\\text{ if z < 0}``, the token ``start`` the first after
        the brace: the comparison after the word (if, for, when), the position after the closing brace; None, the
        position kept, for any other text."""
        save = self.position
        for word in ("if", "for", "when"):
            letters, after = self.tokens[start:start + len(word)], start + len(word)
            if "".join(token.text for token in letters) != word or after >= len(self.tokens) \
                    or not self.tokens[after].spaced:
                continue
            self.position = after
            try:
                condition = self.condition_or_expression()
            except FormulaError:
                break
            if isinstance(condition, Cond) and self.accept("}") is not None:
                return condition
            break
        self.position = save
        return None

    def word_until(self, closing: str) -> str:
        parts = []
        while (item := self.next()).text != closing:
            parts.append(item.text)
        return "".join(parts)

    def matrix(self, name: str) -> Node:
        rows, current = [], []
        while True:
            token = self.peek()
            if token is None:
                self.fail(f"\\begin{{{name}}} is not closed", None)
            if token.text == r"\end":
                self.next()
                self.expect("{", "after \\end")
                self.word_until("}")
                break
            if token.text == r"\\":
                self.next()
                rows.append(tuple(current))
                current = []
                continue
            if token.text == "&":
                self.next()
                continue
            if token.text == r"\vdots":  # a column's entries elided, 1 \\ \vdots \\ 1 (reading_ellipsis)
                self.next()
                current.append(Ellipsis_(token.position))
                continue
            current.append(self.expression())
        if current:
            rows.append(tuple(current))
        rows = [row for row in rows if row]
        widths = {len(row) for row in rows}
        if len(widths) != 1:
            self.fail("a matrix whose rows have different lengths", None, "give every row as many entries")
        return Matrix(tuple(rows))
