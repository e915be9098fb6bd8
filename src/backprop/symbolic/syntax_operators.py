"""Parser methods for the operators of calculus in a formula: derivatives written as quotients
(``\\frac{\\partial E}{\\partial w}``, ``dE/dw``; plain text's ``∂L/∂w`` is syntax_code's) or as operators applied to
what follows (``\\frac{\\partial}{\\partial w} ...``) and ``\\nabla_W L`` (sums and products: syntax_sums.py). A mixin
of syntax.Parser, as AtomParsing is.
"""

from __future__ import annotations

from dataclasses import replace
from functools import reduce

from .quantities import FormulaError
from .syntax_tree import _BECOMES, _HADAMARD, _IMPLIES, _TIMES, RELATIONS, Apply, Deriv, Nabla, Node, Op, Sym, Token


class OperatorParsing:
    """Parser methods for derivatives and gradients."""

    def fraction(self) -> Node:
        first = self.position == 0  # the formula's first token: a lone operator there is a whole left side
        token = self.next()
        self.expect("{", "after \\frac")
        numerator_start = self.position
        derivative = self.derivative_head()
        if derivative is not None:
            kind, of = derivative
            self.expect("}", "to close the numerator")
            self.expect("{", "to open the denominator")
            sign = kind  # "partial", "d" or "delta": as written
            if self.mixed_denominator(kind):
                # \dfrac{\partial L}{dy} (hidenori-t's Qiita memo), \frac{dL}{\partial y}: ∂ over d, or d over
                # ∂, one derivative; check reads d and ∂ alike but where ∂ reads two ways (∂σ/∂z): read as ∂
                kind, sign = "d" if kind == "partial" else "partial", "partial"
            self.partial_denominator_without_partial(kind, token, numerator_start)
            wrt = self.product_variable(kind, self.attached_index(self.derivative_variable(kind)))
            self.expect("}", "to close the denominator")
            if of is None:
                return self.applied_operator(wrt, token, first, sign)
            self.skip_own_variables(wrt)
            return Deriv(of, wrt, token.position, sign, at=self.evaluation_point(wrt))
        self.position = numerator_start
        numerator = self.expression()
        self.expect("}", "to close the numerator")
        numerator_end = self.position - 1
        self.expect("{", "to open the denominator")
        self.lone_derivative_denominator(token, numerator_start, numerator_end)
        self.lone_derivative_numerator(token, numerator_start, numerator_end)
        denominator = self.expression()
        self.expect("}", "to close the denominator")
        return Op("/", (numerator, denominator))

    def skip_own_variables(self, wrt: Node) -> None:
        """After ``\\frac{\\partial h}{\\partial \\theta}``: a list of the function's variables in parentheses,
        ``(\\theta, x)``, names only and the derivative's own variable among them, is the derivative evaluated at
        those variables themselves, the same derivative: skipped. Anything else, one name (which may be a factor)
        or an expression, is left where it is."""
        save = self.position
        if not self.accept("("):
            return
        try:
            names = [self.expression()]
            while self.accept(","):
                names.append(self.expression())
            self.expect(")", "to close the arguments")
        except FormulaError:
            names = []
        if not (len(names) > 1 and isinstance(wrt, Sym) and all(isinstance(name, Sym) for name in names)
                and wrt.text() in [name.text() for name in names]):
            self.position = save

    def evaluation_point(self, wrt: Node) -> Node | None:
        """After ``\\frac{\\partial L}{\\partial w_3}``: a parenthesis holding one name that is the derivative's
        variable with a script added, ``(w_3^{t-1})``, ``(w^{(t)})``, ``(\\theta_{old})``, or the variable itself where
        it is the point the row's step is taken at (``w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w}(w)``), is
        the point the derivative is taken at (f'(x) written as a quotient): returned, past the parenthesis, for the
        reader to read only where that name is the variable's current value (reading_derivatives). None, the position
        kept, for anything else: the variable anywhere else (batch 29's ``\\frac{\\partial C}{\\partial m_7}(m_7)``
        multiplies) or another quantity may be a factor, as it is read."""
        save = self.position
        if not self.accept("("):
            return None
        try:
            point = self.expression()
            self.expect(")", "to close the point")
        except FormulaError:
            point = None
        if _decorates(point, wrt) or isinstance(point, Sym) and isinstance(wrt, Sym) \
                and point.text() == wrt.text() and self.step_taken_at(save + 1, self.position - 1):
            return point
        self.position = save
        return None

    def plain_variable_and_point(self) -> tuple[Node, Node | None]:
        """The variable of plain text's ``dE/dw`` or ``∂L/∂w`` after its /d, and the point it is taken at where one
        follows (``dL/dw_3(w_3^{t-1})``, which power reads as a call: the call taken apart), as evaluation_point
        says; None for none."""
        wrt = self.power()
        if not (isinstance(wrt, Apply) and len(wrt.args) == 1 and not wrt.prime_after and not wrt.name_primed) \
                or self.tokens[self.position - 1].text != ")":
            return wrt, self.evaluation_point(wrt)
        point, closing, depth = wrt.args[0], self.position - 1, 0
        opening = closing
        while opening > 0 and (depth := depth + (self.tokens[opening].text == ")") - (self.tokens[opening].text == "(")):
            opening -= 1
        if _decorates(point, wrt.symbol) or isinstance(point, Sym) and point.text() == wrt.symbol.text() \
                and self.step_taken_at(opening + 1, closing):
            return wrt.symbol, point
        return wrt, None

    def step_taken_at(self, start: int, end: int) -> bool:
        """Whether the tokens from ``start`` to ``end`` are the old value a step of the row starts from: the row opens
        with a name of the same letter, a relation (=, \\leftarrow, :=, \\to) and those tokens, then + or -
        (``w^{new} = w - ...``, ``\\theta \\leftarrow \\theta - ...``)."""
        texts = [token.text for token in self.tokens]
        relation = next((k for k, text in enumerate(texts) if text in RELATIONS or text in _BECOMES), None)
        written, count = texts[start:end], end - start
        return relation is not None and 0 < relation and count > 0 and texts[0] == written[0] \
            and texts[relation + 1:relation + 1 + count] == written \
            and relation + 1 + count < len(texts) and texts[relation + 1 + count] in ("-", "+")

    def lone_derivative_denominator(self, fraction: Token, numerator_start: int, numerator_end: int) -> None:
        """Refuse ``\\frac{Co}{dw_L}`` (the numerator's d left out, a typo): a denominator that starts as a
        derivative's, \\partial or a d glued to a name, under a numerator with neither. Read as a quotient it
        would make d an unknown symbol, or a guess."""
        first, second = self.peek(), self.peek(1)
        if self.tokens[numerator_start].text in ("d", r"\partial", r"\text", r"\delta"):
            return  # the numerator is a derivative's too (unread as one for another reason)
        if first is None or second is None or not (
                first.text == r"\partial" or (first.text == "d" and second.kind == "letter" and not second.spaced)):
            return
        end, depth = self.position, 0
        while end < len(self.tokens) and (depth or self.tokens[end].text != "}"):
            depth += (self.tokens[end].text == "{") - (self.tokens[end].text == "}")
            end += 1
        top, bottom = _written_tokens(self.tokens[numerator_start:numerator_end]), \
            _written_tokens(self.tokens[self.position:end])
        sign = r"\partial " if first.text == r"\partial" else "d"
        variable = _written_tokens(self.tokens[self.position + 1:end])
        self.fail(f"\\frac{{{top}}}{{{bottom}}}: the denominator is a derivative's ({sign.strip()} {variable}) but the"
                  f" numerator {top} has no {sign.strip()}", fraction, f"write \\frac{{{sign}{top}}}{{{bottom}}}")

    def lone_derivative_numerator(self, fraction: Token, numerator_start: int, numerator_end: int) -> None:
        """Refuse ``\\frac{dL}{\\hat{y}}`` (the denominator's d left out, a typo), as lone_derivative_denominator
        refuses the numerator's: a numerator that is d glued to one name, or \\partial and a name, over a
        denominator with neither (a number is a quotient's: \\frac{dL}{2} stays one)."""
        top = self.tokens[numerator_start:numerator_end]
        first = self.peek()
        if len(top) < 2 or first is None or first.kind == "number" or first.text in ("d", r"\partial", r"\delta"):
            return
        if not (top[0].text == r"\partial" or (top[0].text == "d" and top[1].kind == "letter" and not top[1].spaced
                                                and "d" not in self.names)):
            return
        end, depth = self.position, 0
        while end < len(self.tokens) and (depth or self.tokens[end].text != "}"):
            depth += (self.tokens[end].text == "{") - (self.tokens[end].text == "}")
            end += 1
        numerator, bottom = _written_tokens(top), _written_tokens(self.tokens[self.position:end])
        sign = r"\partial " if top[0].text == r"\partial" else "d"
        self.denominator_without_d(fraction, f"\\frac{{{numerator}}}{{{bottom}}}", bottom, sign,
                                   f"\\frac{{{numerator}}}{{{sign}{bottom}}}")

    def partial_denominator_without_partial(self, kind: str, fraction: Token, numerator_start: int) -> None:
        """Refuse ``\\frac{\\partial L}{\\hat y}`` (batch 119's, the denominator's \\partial left out) naming the fraction
        as written, where the denominator holds no \\partial; anything else is left to derivative_variable's refusal."""
        first = self.peek()
        if kind != "partial" or first is None or first.text in (r"\partial", "}"):
            return
        end, depth = self.position, 0
        while end < len(self.tokens) and (depth or self.tokens[end].text != "}"):
            depth += (self.tokens[end].text == "{") - (self.tokens[end].text == "}")
            end += 1
        if any(token.text == r"\partial" for token in self.tokens[self.position:end]):
            return  # \frac{\partial a}{a \partial z}: a \partial there, after something else
        numerator = _written_tokens(self.tokens[numerator_start:self.position - 2])
        bottom = _written_tokens(self.tokens[self.position:end])
        self.fail(f"the denominator of a partial derivative starts with \\partial, and \\frac{{{numerator}}}{{{bottom}}}'s"
                  f" ({bottom}) has none", fraction, f"write \\frac{{{numerator}}}{{\\partial {bottom}}}")

    def denominator_without_d(self, token, written: str, bottom: str, sign: str, fixed: str):
        """Refuse a derivative whose denominator lost its d (or \\partial), \\frac{dL}{\\hat{y}} or plain text's dL/A2:
        a typo, never the quotient of an unknown d's product (``fixed`` is the derivative it says to write)."""
        self.fail(f"{written}: the numerator is a derivative's but the denominator {bottom} has no {sign.strip()}",
                  token, f"write {fixed}")

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
        if token.text == r"\delta" and self.peek(1) is not None and self.peek(1).text not in ("_", "^") \
                and self._delta_denominator():
            # \frac{\delta J}{\delta W_1}: a derivative written with delta, as some notes do; \frac{\delta}{\delta
            # w} alone is its operator, as \frac{\partial}{\partial w} is (never the quotient delta / (delta w))
            self.next()
            return "delta", None if self.peek().text == "}" else self.expression()
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
        mixed = (r"\partial",) if "d" not in self.names else ()  # \frac{dL}{\partial y}: mixed_denominator's
        return token is not None and token.text == "{" and after is not None and after.text in ("d", r"\text", *mixed)

    def mixed_denominator(self, kind: str) -> bool:
        """Whether the denominator, about to be read, starts with the other sign than the numerator's: d (or
        \\text{d}) under \\partial, \\partial under d; never where the notation names a symbol d (d y may be its
        product)."""
        token, after = self.peek(), self.peek(1)
        if token is None or after is None or after.text == "}" or "d" in self.names:
            return False
        if kind == "partial":
            return token.text == "d" or (token.text == r"\text" and [self.peek(k).text if self.peek(k) else None
                                                                      for k in (1, 2, 3)] == ["{", "d", "}"])
        return kind == "d" and token.text == r"\partial"

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

    def attached_index(self, wrt: Node) -> Node:
        """``\\frac{dz}{dw1}``: digits written against the variable, alone before the denominator's
        closing brace, are its subscript (d w_1, as a keyboard writes w1)."""
        token, after = self.peek(), self.peek(1)
        if (isinstance(wrt, Sym) and not (wrt.sub or wrt.sup or wrt.bracket is not None) and token is not None
                and token.kind == "number" and token.text.isdigit() and not token.spaced
                and after is not None and after.text == "}"):
            self.next()
            return replace(wrt, sub=token.text)
        return wrt

    def product_variable(self, kind: str, wrt: Node) -> Node:
        """``\\frac{\\partial o}{\\partial x1w1}``, ``{\\partial x_1 w_1}``: names side by side after the
        denominator's one \\partial, nothing else up to its closing brace, are the product the derivative is by, as
        ``\\partial (x_1 w_1)`` writes it (a computational graph's node named by its factors); a second \\partial
        makes a mixed derivative, and anything but names (a number, an operator, a call) is left where it is."""
        if kind != "partial" or not isinstance(wrt, Sym):
            return wrt
        save, factors = self.position, [wrt]
        while (token := self.peek()) is not None and token.kind == "letter":
            try:
                factors.append(self.attached_index(self.power()))
            except FormulaError:
                break
        if len(factors) == 1 or not all(isinstance(factor, Sym) for factor in factors) or self.peek() is None \
                or self.peek().text != "}":
            self.position = save
            return wrt
        return reduce(lambda left, right: Op("*", (left, right)), factors)

    def applied_operator(self, wrt: Node, token: Token, first: bool, sign: str = "partial") -> Deriv:
        """The operator d/dv applied to what follows it; alone before the formula's first relation, as its whole
        left side (``\\frac{\\partial}{\\partial m} = \\frac{2}{N} ...``), of None: the derivative of the loss, the
        claim's quantity, which the reader reads as dL/dv. Alone anywhere else, nothing says what it differentiates."""
        following = self.peek()
        if following is None or following.text in RELATIONS or following.text in _IMPLIES:
            if first and following is not None and following.text in RELATIONS:
                return Deriv(None, wrt, token.position, sign)
            self.fail("the derivative operator has nothing after it to differentiate", token,
                      "write the derivative whole, e.g. \\frac{\\partial L}{\\partial w} with the loss's name")
        return Deriv(self.operand(), wrt, token.position, sign)

    def operand(self) -> Node:
        """What an operator d/dv applies to: the rest of the term, as an operator applies
        (``\\frac{\\partial}{\\partial w} \\frac{1}{2n} \\sum_i (t_i - o_i)^2`` differentiates the whole
        product, not the 1/(2n) before it); a + or -, a relation or the next derivative ends it."""
        token = self.peek()
        if token is None:
            self.fail("the derivative operator has nothing to differentiate", None)
        node = self.power()
        while (token := self.peek()) is not None:
            if token.text in _TIMES:
                self.next()
                node = Op("dot" if token.text == r"\cdot" else "times", (node, self.signed()))
            elif token.text in _HADAMARD:
                self.next()
                node = Op("odot", (node, self.signed()))
            elif self.starts_factor(token) and not self.operator_ahead():
                node = Op("*", (node, self.signed()))
            else:
                break
        return node

    def operator_ahead(self) -> bool:
        """Whether a derivative starts here, an operator or a quotient: ``\\frac{\\partial}{\\partial b} [p]
        \\frac{\\partial}{\\partial b} [p]`` is a product of two derivatives, each operator's own, and in
        ``\\frac{\\partial}{\\partial o} E \\frac{\\partial o}{\\partial w}`` the operator's term ends at the
        chain's next factor."""
        texts = [token.text if token is not None else None for token in (self.peek(k) for k in range(3))]
        return texts[:2] == [r"\frac", "{"] and texts[2] in (r"\partial", "d")

    def nabla(self) -> Node:
        self.next()
        return self.nabla_rest()

    def nabla_rest(self) -> Node:
        """What follows \nabla (or the word nabla): ``_W L``, ``L``, or plain text's ``W Loss``, a name and then
        another with no operator between, which the reader takes as \nabla_W Loss where the second is the loss
        (and as the product of \nabla W and it where it is not)."""
        if self.accept("_"):
            wrt = self.script()  # nothing after it, \nabla_{W} = ...: the loss's gradient, the loss unwritten
            unwritten = self.peek() is None or self.peek().text in RELATIONS
            return Nabla(wrt, Sym("L"), unwritten_loss=True) if unwritten else Nabla(wrt, self.power())
        of = self.power()
        following = self.peek()
        if isinstance(of, Sym) and following is not None and following.kind in ("letter", "command") \
                and following.text != r"\nabla" and self.starts_factor(following):
            return Nabla(of, self.power(), plain_wrt=True)
        return Nabla(None, of)


def _decorates(point: Node | None, variable: Node) -> bool:
    """Whether ``point`` is ``variable``'s name with a script it has not (a time's or a step's marker): w_3^{t-1}, w^{(t)}
    or w_{old} of w_3, w or w; never the variable itself, another letter, a primed name or an entry in brackets."""
    if not (isinstance(point, Sym) and isinstance(variable, Sym)) or point.base != variable.base or point.primes \
            or variable.primes or point.bracket is not None or variable.bracket is not None:
        return False
    return (point.sub == variable.sub and not variable.sup and bool(point.sup)) or (
        point.sup == variable.sup and not variable.sub and bool(point.sub))


def _written_tokens(tokens: list) -> str:
    """Tokens as written, a space only after a command that a letter follows (\\partial w, w_L)."""
    text = ""
    for previous, token in zip([None, *tokens], tokens):
        glue = " " if previous is not None and previous.kind == "command" and token.kind == "letter" else ""
        text += glue + token.text
    return text
