"""The atoms of a formula: numbers, groups, fractions and derivatives, sums, functions, matrices
(a part of syntax.Parser; see syntax.py)."""

from __future__ import annotations

from .quantities import FormulaError
from .syntax_tree import (Big, Call, Cond, Deriv, Ellipsis_, FUNCTIONS, GREEK, Indicator, Matrix,
                          NAMED_FUNCTIONS, Nabla, Node, Norm, Num, Op, Sym, Token, _DECORATIONS, _OPEN)


class AtomParsing:
    """Parser methods for everything a factor can start with but a symbol."""

    # -- atoms ------------------------------------------------------------------------------------

    def atom(self) -> Node:
        self.deeper()
        try:
            return self._atom()
        finally:
            self.depth -= 1

    def _atom(self) -> Node:
        token = self.peek()
        if token is None:
            self.fail("expected a number, a symbol or a parenthesis", None)
        if token.kind == "number":
            return self.number()
        if token.text in ("(", "["):
            return self.parenthesised()
        if token.text == "{":
            self.next()
            inner = self.expression()
            self.expect("}", "to close the group")
            return inner
        if token.text == r"\{":
            return self.braces()
        if token.text in ("|", r"\|"):
            return self.norm(token.text)
        if token.text == r"\frac":
            return self.fraction()
        if token.text == r"\sqrt":
            self.next()
            return Call("sqrt", (self.script(),), position=token.position)
        if token.text in (r"\sum", r"\prod"):
            return self.big()
        if token.text == r"\nabla":
            return self.nabla()
        if token.text == r"\partial":
            return self.plain_partial()
        if token.text == r"\ldots":
            self.next()
            return Ellipsis_(token.position)
        if token.text in FUNCTIONS and not (token.text == r"\sigma" and self.peek(1) is not None
                                            and self.peek(1).text == "_"):
            self.next()
            return self.function(FUNCTIONS[token.text], token)
        if token.text == r"\text":
            return self.text_word()
        if token.text == r"\begin":
            return self.environment()
        if token.text in (r"\mathbb", r"\mathbf") and self.is_indicator_one():
            return self.indicator_one()
        if token.kind == "letter" or token.text in GREEK or token.text in _DECORATIONS or token.text == r"\Delta":
            return self.symbol()
        if token.text == "&":
            self.next()
            return self.atom()
        if token.kind == "command":
            self.fail(f"the command {token.text} is not part of a formula check can read", token,
                      "write arithmetic, \\frac, \\sum, \\sigma, \\log, \\exp and the homework's symbols")
        self.fail("unexpected", token)

    def number(self) -> Node:
        token = self.next()
        text = token.text
        if text == "1" and self.peek() is not None and (self.peek().text == r"\{" or (
                self.peek().text == "_" and not self.peek().spaced)):
            return self.indicator_after_one()  # 1\{u > 0\}, 1_{u > 0}: the indicator is one atom
        # 1.38 \times 10^{-24}: scientific notation is one number.
        if self.peek() is not None and self.peek().text in (r"\times", r"\cdot") and self.peek(1) is not None \
                and self.peek(1).text == "10" and self.peek(2) is not None and self.peek(2).text == "^":
            save = self.position
            self.position += 3
            exponent = self.script()
            value = _integer_value(exponent)
            if value is not None:
                return Num(f"{text}e{value}")
            self.position = save
        return Num(text)

    def parenthesised(self) -> Node:
        opening = self.next()
        closing = _OPEN[opening.text]
        inner = self.expression()
        if self.peek() is not None and self.peek().text == "," and opening.text == "[":
            items = [inner]  # [P_1, P_2, P_3]: a vector written as a list, one entry per unit
            while self.accept(","):
                items.append(self.expression())
            self.expect("]", "to close the list")
            return Matrix(tuple((item,) for item in items))
        if self.peek() is not None and self.peek().text == "," and opening.text == "(":
            self.fail("a list in parentheses is not a formula", self.peek(), "write one expression")
        self.expect(closing, "to close the parenthesis")
        return inner

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

    def norm(self, bar: str) -> Node:
        self.next()
        self.bars += 1
        try:
            inner = self.expression()
        finally:
            self.bars -= 1
        self.expect(bar, "to close the norm")
        return Norm(inner)

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

    def fraction(self) -> Node:
        token = self.next()
        self.expect("{", "after \\frac")
        numerator_start = self.position
        derivative = self.derivative_head()
        if derivative is not None:
            kind, of = derivative
            self.expect("}", "to close the numerator")
            self.expect("{", "to open the denominator")
            wrt = self.derivative_variable(kind)
            self.expect("}", "to close the denominator")
            node = Deriv(of, wrt, token.position)
            if of is None:
                return Deriv(self.operand(), wrt, token.position)
            return node
        self.position = numerator_start
        numerator = self.expression()
        self.expect("}", "to close the numerator")
        self.expect("{", "to open the denominator")
        denominator = self.expression()
        self.expect("}", "to close the denominator")
        return Op("/", (numerator, denominator))

    def derivative_head(self):
        """("partial" | "d", what is differentiated or None) when the numerator starts a derivative."""
        token = self.peek()
        if token is None:
            return None
        if token.text == r"\partial":
            self.next()
            if self.peek() is not None and self.peek().text == "^":
                self.fail("a second derivative", self.peek(), "check first derivatives only")
            if self.peek() is not None and self.peek().text == "}":
                return "partial", None
            return "partial", self.expression()
        if token.text == r"\delta" and self.peek(1) is not None and self.peek(1).text not in ("_", "^", "}") \
                and self._delta_denominator():
            # \frac{\delta J}{\delta W_1}: a derivative written with delta, as some notes do
            self.next()
            return "delta", self.expression()
        is_d = token.text == "d" or (token.text == r"\text" and self.peek(1) is not None and self.peek(1).text == "{"
                                     and self.peek(2) is not None and self.peek(2).text == "d"
                                     and self.peek(3) is not None and self.peek(3).text == "}")
        if not is_d:
            return None
        save = self.position
        self.position += 1 if token.text == "d" else 4
        if self.peek() is not None and self.peek().text == "}":
            if self._denominator_starts_with_d():
                return "d", None
            self.position = save
            return None
        try:
            of = self.expression()
        except FormulaError:
            self.position = save
            return None
        if self.peek() is not None and self.peek().text == "}" and self._denominator_starts_with_d():
            return "d", of
        self.position = save
        return None

    def _delta_denominator(self) -> bool:
        """Whether the fraction's denominator is \\delta followed by a symbol (not delta_j, an error term)."""
        depth, index = 0, self.position
        while index < len(self.tokens):
            text = self.tokens[index].text
            depth += text == "{"
            if text == "}":
                if depth == 0:
                    following = self.tokens[index + 1:index + 4]
                    return (len(following) >= 3 and following[0].text == "{" and following[1].text == r"\delta"
                            and following[2].text not in ("_", "^", "}"))
                depth -= 1
            index += 1
        return False

    def _denominator_starts_with_d(self) -> bool:
        token, after = self.peek(1), self.peek(2)
        return token is not None and token.text == "{" and after is not None and after.text in ("d", r"\text")

    def derivative_variable(self, kind: str) -> Node:
        token = self.next()
        if kind == "partial" and token.text != r"\partial":
            self.fail("the denominator of a partial derivative starts with \\partial", token)
        if kind == "delta" and token.text != r"\delta":
            self.fail("the denominator of a derivative written with delta starts with \\delta", token)
        if kind == "d":
            if token.text == r"\text":
                self.expect("{", "after \\text")
                self.next()
                self.expect("}", "after d")
        return self.power()

    def operand(self) -> Node:
        """What an operator d/dv applies to: the next factor."""
        token = self.peek()
        if token is None:
            self.fail("the derivative operator has nothing to differentiate", None)
        return self.power()

    def plain_partial(self) -> Node:
        """``\\partial L / \\partial w`` written inline (plain text ∂L/∂w)."""
        token = self.next()
        following = self.peek()
        if following is not None and following.text == "_":
            # \partial_{\psi_0} = ...: a scan's misreading of a name, or the operator written with
            # its variable as a subscript; either way nothing says which quantity it is
            self.fail("\\partial with a subscript names neither a derivative nor a quantity", token,
                      "write a derivative as \\frac{\\partial E}{\\partial w} and a weight by its name in the notation")
        of = self.power()
        self.expect("/", "in ∂L/∂w")
        self.expect(r"\partial", "in ∂L/∂w")
        return Deriv(of, self.power(), token.position)

    def big(self) -> Node:
        token = self.next()
        kind = "sum" if token.text == r"\sum" else "prod"
        letters, lower, upper, excluded, members = (), None, None, None, None
        for _ in range(2):
            if self.accept("_"):
                letters, lower, excluded, members = self.big_lower(token)
            elif self.accept("^"):
                upper = self.script()
        # Without an index letter: a product sign misread for the indicator, or a sum over the letter
        # its term leaves free (reading.py decides).
        return Big(kind, letters, lower, upper, excluded, self.big_body(), token.position, members)

    def big_body(self) -> Node:
        token = self.peek()
        if token is None:
            self.fail("the sum has no term", None)
        return self.term()

    def big_lower(self, token: Token):
        """The index of a sum: ``k``, ``{k=0}``, ``{k \\neq j}``, ``{i,k}``, ``{k \\in \\{...\\}}``, as
        (letters, lower bound, excluded value, the set's members as written)."""
        if self.peek() is not None and self.peek().text != "{":
            letter = self.next()
            return (letter.text,), None, None, None
        self.expect("{", "after \\sum_")
        letters = []
        while True:
            item = self.next()
            if item.kind != "letter" and item.text not in GREEK:
                self.fail("expected the index letter of the sum", item)
            letters.append(item.text)
            if not self.accept(","):
                break
        lower = excluded = members = None
        if self.accept("="):
            lower = self.expression()
        elif self.accept(r"\neq", "!="):
            excluded = self.expression()
        elif self.accept(r"\in"):
            members = self.set_members()
        self.expect("}", "to close the index of the sum")
        return tuple(letters), lower, excluded, members

    def set_members(self) -> tuple[str, ...]:
        """The members of ``\\{1, 2, 3\\}`` or ``\\{\\text{cat, dog}\\}`` as written (their letters and
        digits), for a sum over a set; reading.py says what they may be."""
        opening = self.expect(r"\{", "after \\in (a set: \\{1, 2, 3\\})")
        members, current = [], ""
        while True:
            token = self.peek()
            if token is None:
                self.fail("the set is not closed with \\}", opening)
            self.next()
            if token.text == r"\}":
                break
            if token.text == ",":
                members.append(current)
                current = ""
            elif token.kind in ("letter", "number"):
                current += token.text
            elif token.text not in ("{", "}", r"\text", r"\mathrm", r"\textrm", r"\mathit", "~", r"\,", r"\ "):
                self.fail("a set of other than names and numbers", token,
                          "write \\sum_k: a sum without bounds runs over the units")
        members.append(current)
        if not all(members):
            self.fail("a set with an empty member", opening, "write its members between commas: \\{1, 2, 3\\}")
        return tuple(members)

    def nabla(self) -> Node:
        self.next()
        wrt = None
        if self.accept("_"):
            wrt = self.script()
        return Nabla(wrt, self.power())

    def function(self, name: str, token: Token, written: str | None = None) -> Node:
        if name == "unsupported":
            self.fail(f"the function {token.text}", token, f"use {', '.join(list(FUNCTIONS)[:5])} or an activation's name")
        base = None
        if name == "log" and self.accept("_"):
            base = self.script()
        primes = 0
        while self.accept("'"):
            primes += 1
        power = None
        if self.peek() is not None and self.peek().text == "^":
            save = self.position
            self.next()
            if self.peek() is not None and self.peek().text == r"\prime":
                self.next()
                primes += 1
            elif self.peek() is not None and self.peek().text == "{" and self.peek(1) is not None \
                    and self.peek(1).text in (r"\prime", "'"):
                self.position += 2
                self.expect("}", "after \\prime")
                primes += 1
            else:
                self.position = save
                self.next()
                power = self.script()
        args = self.function_arguments(token)
        node: Node = Call(name, tuple(args), primes, base, token.position, written or token.text)
        return Op("^", (node, power)) if power is not None else node

    def function_arguments(self, token: Token) -> list[Node]:
        following = self.peek()
        if following is None:
            self.fail("the function has no argument", token)
        if following.text == "(":
            return self.arguments()
        if following.text in ("[", r"\{", "{"):
            return [self.atom()]
        return [self.power()]

    def text_word(self) -> Node:
        token = self.next()
        self.expect("{", "after \\text")
        parts = []
        while (item := self.next()).text != "}":
            parts.append(item.text)
        word = "".join(parts).strip()
        if word in NAMED_FUNCTIONS:
            name = NAMED_FUNCTIONS[word]
            return self.function(name, token)
        if word in ("d",):
            return Sym("d", position=token.position)
        return self.symbol_rest(word, token)

    def environment(self) -> Node:
        token = self.next()
        self.expect("{", "after \\begin")
        name = "".join(self.next().text for _ in range(0)) or self.word_until("}")
        if name in ("bmatrix", "pmatrix", "matrix", "vmatrix", "Bmatrix", "smallmatrix"):
            return self.matrix(name)
        if name == "cases":
            self.fail("a case distinction", token, "check each case on its own, with --when")
        self.fail(f"the environment {name}", token, "write the formula without it")

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
            current.append(self.expression())
        if current:
            rows.append(tuple(current))
        rows = [row for row in rows if row]
        widths = {len(row) for row in rows}
        if len(widths) != 1:
            self.fail("a matrix whose rows have different lengths", None, "give every row as many entries")
        return Matrix(tuple(rows))


def _is_transpose(node: Node) -> bool:
    return isinstance(node, Sym) and node.base == "T" and not node.sub and not node.sup


def _integer_value(node: Node) -> int | None:
    if isinstance(node, Num) and node.text.isdigit():
        return int(node.text)
    if isinstance(node, Op) and node.kind == "neg":
        inner = _integer_value(node.args[0])
        return None if inner is None else -inner
    return None
