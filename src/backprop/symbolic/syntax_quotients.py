"""Derivatives written as quotients in plain text and code (a part of syntax.Parser): ``∂L/∂w`` inline, the
operator ``∂/∂ŷ [...]`` and ``\\partial_W J``, ``(∂E)/(∂h_j)`` and AsciiMath's ``(del E)/(del x_j)``, ``δE/δw``
written with delta, and code's ``d_loss/dW``: d and an underscore before a name of the notation (the loss it lists)
is that name's derivative, the d below with its underscore too before a name of the notation (``d_error/d_weight``);
code's ``del_C/del_theta_2`` (R's comments, batch 86): AsciiMath's del, the partial sign, glued by an underscore to a
quantity, over del glued so to another, the derivative of the first by the second (a del_w alone stays a name);
plain text's ``dE/dw`` (``DL/Dh11`` with a capital D, where the notation names nothing starting with D) and Leibniz's
quotients of named derivatives (``dA2/dZ2`` where the notation names dA),
and ``dL/A2`` (the denominator's d left out) refused saying so.

The Latin eth ð (typography's ``\\dh``), which keyboards without ∂ type for it (``ðE_t/ðw5``, ``ð(E1+E2)/ðw5``,
``\\frac{ðE}{ðw}``), is the partial sign where every ð of the row marks a derivative's quotient, the numerator and the
denominator both opening with it, and the notation names no ð (:func:`eth_partials`); a ð anywhere else stays the
letter, refused as a command check does not read.
"""

from __future__ import annotations

import re

from dataclasses import replace

from .quantities import FormulaError
from .syntax_tree import RELATIONS, Deriv, Node, Sym, Token, _PLAIN_WORDS

#: the Latin eth as typography writes it (typography_unicode: ð as TeX's \dh)
ETH = r"\dh"
#: each opening bracket and its closing one
BRACKET_PAIRS = {"(": ")", "{": "}", "[": "]"}


def eth_partials(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each ð as ∂ where every ð among them opens a derivative's numerator or denominator: ``ðX/ðY``
    (X a name with its scripts, or a parenthesis) or ``\\frac{ðX}{ðY}``; ``tokens`` as they are where one ð is
    anywhere else (the caller keeps a notation's own ð)."""
    eths = [place for place, token in enumerate(tokens) if token.text == ETH]
    paired: set = set()
    for place in eths:
        if place in paired:
            continue
        if place >= 2 and tokens[place - 1].text == "{" and tokens[place - 2].text == r"\frac":
            close = _closing(tokens, place - 1)
            denominator = None if close is None else close + 2
            if denominator is None or denominator >= len(tokens) or tokens[close + 1].text != "{" \
                    or tokens[denominator].text != ETH or _operand_end(tokens, place + 1) is None \
                    or _operand_end(tokens, denominator + 1) is None:
                return tokens
        else:
            end = _operand_end(tokens, place + 1)
            denominator = None if end is None else end + 1
            if denominator is None or denominator >= len(tokens) or tokens[end].text != "/" \
                    or tokens[denominator].text != ETH or _operand_end(tokens, denominator + 1) is None:
                return tokens
        paired.update((place, denominator))
    return [replace(token, text=r"\partial") if place in paired else token for place, token in enumerate(tokens)]


def _closing(tokens: list[Token], opening: int) -> int | None:
    """The place of the bracket closing the one at ``opening``, or None."""
    depth = 0
    for place in range(opening, len(tokens)):
        text = tokens[place].text
        depth += (text == tokens[opening].text) - (text == BRACKET_PAIRS[tokens[opening].text])
        if depth == 0:
            return place
    return None


def _operand_end(tokens: list[Token], start: int) -> int | None:
    """The place after what a ð differentiates or is taken by, from ``start``: a parenthesis, or a name (a letter or a
    command, then its glued letters, digits, scripts and index brackets); None where neither opens there."""
    if start >= len(tokens):
        return None
    if tokens[start].text == "(":
        close = _closing(tokens, start)
        return None if close is None else close + 1
    if tokens[start].kind not in ("letter", "command") or tokens[start].text == ETH:
        return None
    place = start + 1
    while place < len(tokens) and not tokens[place].spaced:
        text, kind = tokens[place].text, tokens[place].kind
        if text in ("_", "^") and place + 1 < len(tokens):
            place += 1
            if tokens[place].text in BRACKET_PAIRS:
                if (close := _closing(tokens, place)) is None:
                    return None
                place = close
            place += 1
        elif text == "[" or kind in ("letter", "number") and text != ETH:
            if text == "[" and (place := _closing(tokens, place)) is None:
                return None
            place += 1
        else:
            break
    return place


class QuotientParsing:
    def underscored_derivative(self, token: Token) -> Node | None:
        """Code's ``d_loss/dW`` (selimslab's notes): d, an underscore, a name of the notation (the loss it lists),
        /, d, a symbol (``d_weight``, ``d_W_12``: the numerator's underscore before it too): the derivative of that
        name.
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
        following = [self.tokens[k] if k < len(self.tokens) else None for k in (self.position, self.position + 1)]
        if None not in following and following[0].text == "_" and following[1].kind == "letter" \
                and not following[0].spaced and not following[1].spaced:
            # d_loss/d_weight, d_loss/d_W_12: the denominator's d_ written as the numerator's, the prefix of code's
            # derivative names, before a name (one letter or more, its own scripts after it)
            self.position += 1
        return Deriv(Sym(run, position=texts[1].position), self.power(), token.position)


    def underscored_partial(self, token: Token) -> Node | None:
        """Code's ``del_C/del_theta_2``, ``del_a_2/del_z_2``, the word del just read (the notation naming no del):
        del, an underscore, a quantity (its own scripts after it), /, del and an underscore glued before another: the
        derivative of the first by the second, as ``(del C)/(del theta_2)`` is. None, the position kept, where no
        such quotient follows (``del_w`` alone is a name, refused as the notation's unknown symbol)."""
        save = self.position
        try:
            of = self.underscored_after_del()
            self.expect("/", "in del_C/del_w")
            word = self.peek()
            if word is None or self.letter_run(self.position)[0] != "del":
                raise FormulaError("no del in the denominator")
            self.position += 3
            wrt = self.underscored_after_del()
        except FormulaError:
            self.position = save
            return None
        return Deriv(of, wrt, token.position)

    def underscored_after_del(self) -> Node:
        """The quantity glued after del's underscore, ``C`` of ``del_C``, ``theta_2`` of ``del_theta_2``."""
        underscore, letter = self.peek(), self.peek(1)
        if underscore is None or underscore.text != "_" or underscore.spaced or letter is None \
                or letter.kind != "letter" or letter.spaced:
            raise FormulaError("no quantity glued after del_")
        self.next()
        return self.power()

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
        if following is not None and following.text == "(" and (self.peek() is None or self.peek().text != "/"):
            # mlgo's README, ∂(x) = σ(x) * (1 - σ(x)): ∂ as a function's name, no derivative of what by what
            self.fail("∂(...) with no /∂ after it: ∂ alone is no function", token,
                      "write the derivative it means, \\frac{\\partial L}{\\partial z} or \\sigma'(x), or name the"
                      " function in the notation")
        after = self.peek()
        if first and isinstance(of, Sym) and after is not None and RELATIONS.get(after.text) in ("=", "~"):
            # taji99's course, \partial w_{ij} = y_i \delta_j: a lone ∂X as the claim's whole left side is the
            # course's name of the loss's derivative by X (code's dW set with ∂); the reader takes it only for a
            # quantity the loss depends on. Anywhere else (a product, a right side: a differential) it is refused
            return Deriv(None, of, token.position, "lone")
        if after is None or after.text != "/":
            # sy-dj's \delta_j = \partial y_j (1 - y_j) y_j: the notes' name of dE/dy_j on a right side, which may as
            # well be a differential; said where the / was expected
            name = f" {of.text()}" if isinstance(of, Sym) else ""
            self.fail(f"expected '/' in ∂L/∂w (a lone \\partial{name} is read only as a claim's whole left side, the"
                      " loss's derivative by it)", after, "write the derivative it means, \\frac{\\partial E}"
                      f"{{\\partial{name or ' y'}}}")
        self.expect("/", "in ∂L/∂w")
        self.expect(r"\partial", "in ∂L/∂w")
        wrt, at = self.plain_variable_and_point()
        return Deriv(of, wrt, token.position, at=at)

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

    def is_plain_derivative(self) -> bool:
        """``dE/dw`` in plain text: d, a symbol, /, d, a symbol."""
        # the trial reading's tokens are restored too: from dOut.sum()'s d it reads Out.sum() as a class's static
        # call and drops its empty parenthesis (code_symbol), which the name dOut's method needs
        save, tokens = self.position, list(self.tokens)
        try:
            self.power()
            ok = self.peek() is not None and self.peek().text == "/" and self.peek(1) is not None \
                and self.peek(1).text == "d"
        except FormulaError:
            ok = False
        self.position, self.tokens = save, tokens
        return ok

    def is_plain_operator(self) -> bool:
        """``d/dw`` in plain text, the d just read: /, then d glued to a letter."""
        slash, d, letter = self.peek(), self.peek(1), self.peek(2)
        return slash is not None and slash.text == "/" and d is not None and d.text == "d" \
            and letter is not None and letter.kind == "letter" and not letter.spaced

    def partial_in_words(self, token: Token) -> None:
        """Refuse ``partial derivative of w / Z is dz = ...``: the words "partial derivative" open a sentence, not the
        partial sign's ``partial L / partial w``; say so rather than expect the slash inside the word."""
        following = self.peek()
        letters = []
        for item in self.tokens[self.position:]:
            if item.kind != "letter" or (letters and item.spaced):
                break
            letters.append(item.text)
        if following is not None and following.spaced and "".join(letters).startswith("derivative"):
            self.fail("the words 'partial derivative' open a sentence, not a formula", token,
                      "write the claim alone, as dz/dw = ... or \\frac{\\partial z}{\\partial w} = ...")

    def is_capital_derivative(self, token: Token) -> bool:
        """``DL/Dh11`` in plain text, the D just read: D glued to a name, /, D glued to a name, where the notation names
        nothing starting with D (so D has no meaning of its own, neither alone nor as a name's first letter). Where
        the notation names D itself the row reads two ways (D times L over D times h11, or the derivative), refused."""
        if any(name.startswith("D") and name != "D" for name in self.names):
            return False
        save = self.position
        glued = self.peek()
        try:
            self.power()
            slash, bottom, name = self.peek(), self.peek(1), self.peek(2)
            ok = glued is not None and glued.kind == "letter" and not glued.spaced and slash is not None \
                and slash.text == "/" and bottom is not None and bottom.text == "D" and not bottom.spaced \
                and name is not None and name.kind == "letter" and not name.spaced
        except FormulaError:
            ok = False
        self.position = save
        if ok and "D" in self.names:
            written = re.match(r"D[^/]*/D\w*", self.row[token.position:]).group(0).strip()
            self.fail(f"{written!r} reads two ways: a quotient of products with the notation's D, or a derivative"
                      " written with D", token,
                      "write the derivative as dL/dh, or the quotient with parentheses, (D L)/(D h)")
        return ok

    def plain_derivative(self, token: Token, sign: str = "d") -> Node:
        of = self.power()
        self.expect("/", f"in {sign}E/{sign}w")
        self.expect(sign, f"in {sign}E/{sign}w")
        wrt, at = self.plain_variable_and_point()
        return Deriv(of, wrt, token.position, at=at)

    def named_derivative(self, word: str, token: Token) -> Node | None:
        """Ng's plain ``dZ[2]/dA[1]`` where ``dZ`` is a name of the notation (his dL/dZ): the derivative of Z[2]
        by A[1], also where the notation names ``dA`` too (a quotient of two gradients is written ``(dZ)/(dA)``).
        Where the notation names a symbol ``d``, or the denominator's name is not d and a name (``dA`` before
        ``dAx``), the row reads two ways and is refused; None where no derivative is written (``dZ[2] / 2``)."""
        after = self.position
        self.position = after - len(word) + 1  # just after the d: Z[2] / d A[1]
        if not self.is_plain_derivative():
            self.position = after
            return None
        of_start = self.tokens[self.position].position
        of = self.power()
        over = self.position + 1  # the denominator's d
        letters = []
        for item in self.tokens[over:]:
            if item.kind != "letter" or (letters and item.spaced):
                break
            letters.append(item.text)
        run = "".join(letters)
        if any(run.startswith(plain) for plain in _PLAIN_WORDS if plain.startswith("d")):
            self.position = after  # dZ/delta: a Greek letter spelled out, no derivative by elta
            return None
        named = [name for name in self.names if name.startswith("d") and len(name) > 1 and run.startswith(name)]
        self.expect("/", "in dZ/dA")
        self.expect("d", "in dZ/dA")
        wrt_start = self.tokens[self.position].position if self.peek() is not None else len(self.row)
        wrt = self.power()
        end = self.peek().position if self.peek() is not None else len(self.row)
        # Leibniz's dA/dZ between two quantities the notation also names as gradients (Ng's da, dz): the
        # derivative, as every textbook means it; a quotient of two gradients is written (da)/(dz)
        leibniz = named and isinstance(of, Sym) and isinstance(wrt, Sym) and f"d{wrt.base}" in named
        if named and not leibniz or "d" in self.names:
            denominator = named[0] if named else f"d times {run[1:]}"
            self.fail(f"{self.row[token.position:end].strip()!r} reads two ways: the quotient of {word} and"
                      f" {denominator} (the notation names both), or the derivative of"
                      f" {self.row[of_start:self.tokens[over - 1].position].strip()} by"
                      f" {self.row[wrt_start:end].strip()}", token,
                      "write the derivative as \\frac{\\partial ...}{\\partial ...}, or the quotient with"
                      " parentheses, (dZ)/(dA)")
        return Deriv(of, wrt, token.position)
