"""Conditions written as code and prose write them (a part of syntax.Parser): C's conditional ``c ? a : b``
(``x>0?1:0``), Python's ``(a if c else b)`` in parentheses (``(1. if z > 0 else 0.)``) and NumPy's ``np.where(c, a,
b)`` (syntax_arrays.py) are a where c holds, else b, a [c] + b (1 - [c]) (entry by entry of vectors); a whole member
``a if c else b``, ``a if c, else b`` or ``a if c; b otherwise`` is the case distinction \\begin{cases} reads.
"""

from __future__ import annotations

from .syntax_tree import Cases, Cond, Indicator, Node, Num, Op

#: the comparisons a parenthesis or a cast may hold, as Cond writes them
COMPARISONS = {">": ">", "<": "<", ">=": ">=", "<=": "<=", r"\geq": ">=", r"\leq": "<=", r"\gt": ">", r"\lt": "<",
               "!=": "!=", r"\neq": "!="}
#: the words of Python's conditional expression, a if c else b
_PYTHON_KEYWORDS = ("if", "else")
#: the words that end a member of a case distinction in words: Python's, and prose's "B otherwise"
CASE_WORDS = (*_PYTHON_KEYWORDS, "otherwise")


class ConditionalParsing:
    """Parser methods for C's, Python's and prose's conditionals."""

    def conditional(self, left: Node) -> Node | None:
        """C's ``c ? a : b`` where a member ``left`` is followed by a comparison and then ``?``: the case
        distinction; None, the position kept, where no ``?`` follows the comparison."""
        save = self.position
        token = self.next()
        condition = Cond(COMPARISONS[token.text], left, self.expression())
        if self.peek() is None or self.peek().text != "?":
            self.position = save
            return None
        return self.conditional_rest(condition)

    def conditional_rest(self, condition: Cond) -> Node:
        """After the condition of ``c ? a : b``, at its ``?``: a where c holds, else b."""
        self.expect("?", "in c ? a : b")
        chosen = self.expression()
        self.expect(":", "in c ? a : b")
        otherwise = self.expression()
        return either(condition, chosen, otherwise)

    def at_python_keyword(self, words: tuple = _PYTHON_KEYWORDS) -> bool:
        """Whether the current tokens spell Python's ``if`` or ``else`` (or another of ``words``) as a word of its own
        (a space before it, no letter glued after it): where a member of ``a if c else b`` ends, never the letters of
        a product."""
        for word in words:
            tokens = [self.peek(ahead) for ahead in range(len(word) + 1)]
            if all(token is not None and token.kind == "letter" and token.text == letter
                   and token.spaced == (ahead == 0) for ahead, (token, letter) in enumerate(zip(tokens, word))) \
                    and (tokens[-1] is None or tokens[-1].kind != "letter" or tokens[-1].spaced):
                return True
        return False

    def python_conditional(self, chosen: Node) -> Node:
        """Python's ``a if c else b`` after its member a, at its ``if``: a where the comparison c holds, else b."""
        keyword = self.peek()
        self.position += len("if")
        condition = self.comparison_or_expression()
        if not isinstance(condition, Cond):
            self.fail("Python's conditional whose condition is no comparison", keyword, "write (1 if z > 0 else 0)")
        if not self.at_python_keyword() or self.peek().text != "e":
            self.fail("Python's conditional without its else", self.peek(), "write (1 if z > 0 else 0)")
        self.position += len("else")
        return either(condition, chosen, self.python_else())

    def python_else(self) -> Node:
        """The member after Python's ``else``: an expression, or a conditional of its own (``a if c else b if d else
        e`` is ``a if c else (b if d else e)``: Python's conditional groups to the right, never ``(a if c else b) if d
        else e``)."""
        otherwise = self.expression()
        return self.python_conditional(otherwise) if self.at_python_keyword(("if",)) else otherwise

    def worded_cases(self, chosen: Node) -> Node:
        """A whole member ``a if c else b``, ``a if c, else b`` or ``a if c; b otherwise`` (Python's and prose's case
        distinction) after its member a, at its ``if``: the cases a where the comparison c holds, b otherwise, as
        ``\\begin{cases} a & c \\\\ b & \\text{otherwise} \\end{cases}`` reads."""
        keyword = self.peek()
        self.position += len("if")
        condition = self.comparison_or_expression()
        if not isinstance(condition, Cond):
            self.fail("a case distinction in words whose condition is no comparison", keyword, "write 1 if z > 0 else 0")
        separated = self.accept(",", ";") is not None
        if self.at_python_keyword() and self.peek().text == "e":
            self.position += len("else")
            return Cases(((chosen, condition), (self.python_else(), None)))
        otherwise = self.expression() if separated else None
        if otherwise is None or not self.at_python_keyword(("otherwise",)):
            self.fail("a case distinction in words without its else", self.peek(), "write 1 if z > 0 else 0")
        self.position += len("otherwise")
        return Cases(((chosen, condition), (otherwise, None)))


def either(condition: Cond, chosen: Node, otherwise: Node) -> Node:
    """a where the condition holds, else b: a [c] + b (1 - [c]), entry by entry where they are vectors (C's
    ``c ? a : b``, NumPy's ``np.where(c, a, b)``)."""
    holds = Indicator((condition,))
    return Op("+", (Op("odot", (chosen, holds)), Op("odot", (otherwise, Op("+", (Num("1"), Op("neg", (holds,))))))))
