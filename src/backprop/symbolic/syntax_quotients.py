"""Derivatives written as quotients in plain text and code (a part of syntax.Parser): ``∂L/∂w`` inline, the
operator ``∂/∂ŷ [...]`` and ``\\partial_W J``, ``(∂E)/(∂h_j)`` and AsciiMath's ``(del E)/(del x_j)``, ``δE/δw``
written with delta, and code's ``d_loss/dW``: d and an underscore before a name of the notation (the loss it lists)
is that name's derivative, the d below with its underscore too before a name of the notation (``d_error/d_weight``).
"""

from __future__ import annotations

from .quantities import FormulaError
from .syntax_tree import Deriv, Node, Sym, Token


class QuotientParsing:
    def underscored_derivative(self, token: Token) -> Node | None:
        """Code's ``d_loss/dW`` (selimslab's notes): d, an underscore, a name of the notation (the loss it lists),
        /, d, a symbol (``d_weight``: an underscore before a name of the notation): the derivative of that name.
        None, the position kept, for any other d_ (d_{k} a symbol)."""
        texts = [self.peek(k) for k in range(2)]
        if texts[0] is None or texts[0].text != "_" or texts[0].spaced or texts[1] is None \
                or texts[1].kind != "letter" or texts[1].spaced:
            return None
        run, end = self.letter_run(self.position + 1)
        after = [self.tokens[k].text if k < len(self.tokens) else None for k in (end, end + 1)]
        if len(run) < 2 or run not in self.names or after != ["/", "d"] \
                or "d" in self.names:  # the notation's own d (a pattern d_{cost}): not the derivative's d
            return None
        self.position = end + 2
        if self.underscored_name_at(self.position):  # d_loss/d_weight: the denominator's d_ as the numerator's
            self.position += 1
        return Deriv(Sym(run, position=texts[1].position), self.power(), token.position)


    def plain_partial(self) -> Node:
        """``\\partial L / \\partial w`` written inline (plain text ∂L/∂w)."""
        first = self.position == 0
        token = self.next()
        following = self.peek()
        if following is not None and following.text == "_":
            # \partial_b \mathcal{L}, \partial_{W} J: the operator with its variable as a subscript, then what it
            # differentiates (the reader takes it only where that is the loss). Alone, \partial_{\psi_0} = ...: a
            # scan's misreading of a name, or the operator with nothing after it; nothing says which quantity it is
            start = self.position
            self.next()
            wrt = self.script()
            after = self.peek()
            if after is not None and self.starts_factor(after) and after.text != r"\partial":
                return Deriv(self.power(), wrt, token.position, "subscript")
            self.position = start
            self.fail("\\partial with a subscript names neither a derivative nor a quantity", token,
                      "write a derivative as \\frac{\\partial E}{\\partial w} and a weight by its name in the notation")
        if following is not None and following.text == "/":
            # ∂/∂ŷ [ ... ]: the operator, applied to what follows as \frac{\partial}{\partial w} is
            self.next()
            self.expect(r"\partial", "in ∂/∂w")
            return self.applied_operator(self.power(), token, first)
        of = self.power()
        self.expect("/", "in ∂L/∂w")
        self.expect(r"\partial", "in ∂L/∂w")
        return Deriv(of, self.power(), token.position)

    def parenthesised_partial(self, opening: Token) -> Node | None:
        """AsciiMath's ``(del E)/(del x_j)`` and plain text's ``(∂E)/(∂h_j)`` (``(del sum_k x_k w_{jk})/(del
        w_{ji})`` too), the opening parenthesis read: the derivative of the first parenthesis's quantity by the
        second's. None, the position kept, where the parenthesis does not start with ∂ (or the word del) or no
        such quotient follows."""
        save = self.position
        if not self.partial_sign():
            return None
        try:
            of = self.expression()
            for text in (")", "/", "("):
                self.expect(text, "in (∂L)/(∂w)")
            if not self.partial_sign():
                raise FormulaError("no ∂ in the denominator")
            wrt = self.expression()
            self.expect(")", "in (∂L)/(∂w)")
        except FormulaError:
            self.position = save
            return None
        return Deriv(of, wrt, opening.position)

    def partial_sign(self) -> bool:
        """Whether ∂ (or AsciiMath's word del, where the notation names no del) is at the current token: then
        past it."""
        if self.accept(r"\partial") is not None:
            return True
        texts = [self.peek(k) for k in range(4)]
        if [token.text if token is not None else None for token in texts[:3]] == list("del") \
                and not texts[1].spaced and not texts[2].spaced and "del" not in self.names \
                and (texts[3] is None or texts[3].spaced or texts[3].kind != "letter"):
            self.position += 3
            return True
        return False

    def delta_quotient(self) -> Node | None:
        """``δE_total/δw5``, ``δ(E1 + E2)/δw5`` (plain text; inline LaTeX ``\\delta E / \\delta w`` too): \\delta
        before a quantity, over \\delta before another, is the derivative written with delta, as
        ``\\frac{\\delta J}{\\delta W}`` is. A \\delta with a script (``\\delta_j``, ``\\delta^{(2)}``) is an error
        term, and so is one that no such quotient follows: None then, the position unchanged."""
        start = self.position
        token = self.next()
        following = self.peek()
        if following is None or following.text in ("_", "^", "/"):
            self.position = start
            return None
        try:
            of = self.power()
        except FormulaError:
            self.position = start
            return None
        texts = [item.text if item is not None else None for item in (self.peek(k) for k in range(3))]
        if texts[:2] != ["/", r"\delta"] or texts[2] in (None, "_", "^"):
            self.position = start
            return None
        self.next()
        self.next()
        return Deriv(of, self.power(), token.position, "delta")
