"""Symbols as written: a base (letter, Greek letter, decorated letter, word) and names glued to their digits, kept
as text for the notation to match (a part of syntax.Parser; the base's subscript, superscript and primes are
syntax_scripts', a change's \\Delta w syntax_changes', plain text's derivatives ``dE/dw`` syntax_quotients'); a page's
own macro of one braced argument around one symbol, ``\\act{a_j^{(l)}}`` (a colour), as that symbol."""

from __future__ import annotations

import dataclasses
import re

from .function_words import GLUED_FUNCTION_WORDS, NAMED_FUNCTIONS, OPERATOR_MACRO_PREFIXES, OPERATOR_MACRO_WORDS, SIGMA
from .quantities import FormulaError
from .syntax_tree import (GREEK, Big, Call, Deriv, Nabla, Node, Num, Op, RELATIONS, Sym, Token,
                          _DECORATIONS, _PLAIN_WORDS)

# the relations a member of a chain stands after (or before): a page's macro alone between them is a whole side
_RELATION_ENDS = ("=", "\\approx", "\\leftarrow", ":=")


class SymbolParsing:
    """Parser methods for symbols and their scripts (plain text's runs of letters: syntax_words.WordParsing)."""

    # -- symbols ------------------------------------------------------------------------------------

    def symbol(self) -> Node:
        token = self.peek()
        if token.kind == "letter":
            code = self.code_symbol(token)  # self.w1, inputs[0] of a dotted name, math.exp(u), pow(u, 2)
            if code is not None:
                return code
            if (flat := self.flat_symbol(token.text, token, self.position + 1)) is not None:
                return flat  # Gasser's wji, tj: a subscript an HTML page printed flat
            word = self.letters_word()
            self.prime_word()
            if word == "I" and (indicator := self.letter_indicator("I")) is not None:
                return indicator  # I(s_j > 0): the indicator's I where the notation gives I no meaning
            if word == "sum" and (summed := self.axis_sum(token, word)) is not None:
                return summed  # NumPy's sum(dZ2, 1)
            # a word the notation names (del_w, a pattern's base) is its name, never AsciiMath's del, the partial sign;
            # and del_w the notation does not name is a name too, refused as its unknown symbol (del_w is no partial,
            # but in del_C/del_w over another del_ the quotient shows it is)
            if word == "del" and word not in self.names and (partial := self.underscored_partial(token)) is not None:
                return partial  # del_C/del_theta_2: the derivative, whose del the quotient shows
            if word == "sum" and word in self.names and (self.peek() is None or self.peek().text not in ("_", "^")
                                                         and not self.starts_factor(self.peek())):
                # code's running total the notation names ("sum" = "z1[0]"): sum += w[i] * x[i], never the operator;
                # before a term (sum w_i x_i, sum(...)) or a script, the summation still
                return Sym(word, position=token.position)
            if word == "sum" and self.peek() is not None and self.peek().text in ("=", "+=", "-=", ":=", "<-"):
                self.fail("sum assigned: code's variable named sum (a running total), which the notation does not name,",
                          token, 'give it the quantity it holds in [notation.symbols], "sum" = "z1[0]" (sum += w[i] *'
                          " x[i] then reads as the sum over i)")
            if word in _PLAIN_WORDS and not (_PLAIN_WORDS[word] == r"\partial" and (word in self.names or (
                    self.peek() is not None and self.peek().text == "_" and not self.peek().spaced))) and not (
                    # a loop's accumulator the notation names sum (sum += w[i] * x[i]): its name where no
                    # parenthesis, bound or term follows it (sum(u) and sum_i u_i stay the sum's)
                    word == "sum" and word in self.names and (self.peek() is None or self.peek().kind != "letter"
                                                             and self.peek().text not in ("(", "_", "^", "{"))):
                replacement = _PLAIN_WORDS[word]
                if word == "sum" and (called := self.called_sum(token)) is not None:
                    return called
                if replacement == r"\sum" or replacement == r"\prod":
                    return self.big_from_word(replacement, token)
                if replacement == r"\partial":
                    self.partial_in_words(token)
                    of = self.power()
                    self.expect("/", "in partial L / partial w")
                    self.next()
                    return Deriv(of, self.power(), token.position)
                if replacement == r"\nabla":
                    return self.nabla_rest()
                if replacement in ("gradient", "Gradient") and word not in self.names:  # else the notation's symbol
                    if (called := self.code_gradient(token)) is not None:
                        return called  # code's gradient(loss, w): dloss/dw
                    wrt = self.script() if self.accept("_") else None
                    return Nabla(wrt, Sym("L", position=token.position))
                if replacement == r"\sigma" and self.peek() is not None and (self.peek().text in ("(", "'") or (
                        self.peek().spaced and self.peek().kind in ("letter", "number")
                        and not {r"\sigma", "sigma"} & set(self.names))):
                    return self.function(SIGMA, token, r"\sigma")  # sigma(z), and sigma z as \sigma z
                if replacement == r"\Delta" and self.peek() is not None and self.peek().kind == "letter":
                    return self.delta_name(token)  # AsciiMath's Delta w_{ji}, as \Delta w_{ji}
                if (digits := self.greek_digits(replacement)) is not None:
                    return self.symbol_rest(replacement, token, sub=digits)  # delta1, as \delta1 and δ1
                return self.symbol_rest(replacement, token)
            if word in NAMED_FUNCTIONS and self.peek() is not None and self.peek().text in ("(", "'", "^") and not (
                    self.peek().text in ("^", "(") and word in self.names):  # the notation's H^T, H(\hat{y}, y): its H
                return self.function(NAMED_FUNCTIONS[word], token, word)
            if word in GLUED_FUNCTION_WORDS and word not in self.names and self.peek() is not None \
                    and not self.peek().spaced and (self.peek().text in _DECORATIONS or self.peek().text == "{"):
                # ylog\hat y, log{\hat y}: the name glued to a hatted or braced argument is applied to it, as
                # \log \hat y (the letters before it, y, were a name of their own: letters_word)
                return self.function(NAMED_FUNCTIONS[word], token, word)
            if word in GLUED_FUNCTION_WORDS and self.peek() is not None and self.peek().kind == "letter" \
                    and not self.peek().spaced and self.function_word_glued_to_name(word + self.letters_ahead()):
                # lna, logy, logp_i: the function's word typed against the notation's name after it is applied to
                # it, as \ln a (letters_word split the run so)
                return self.function(NAMED_FUNCTIONS[word], token, word)
            if word in GLUED_FUNCTION_WORDS and len(rest := self.letters_ahead()) == 1 and not self.peek().spaced \
                    and word not in {*self.names, *self.bases} and rest not in {*self.names, *self.bases}:
                self.fail(f"{word}{rest} reads as {word} typed against {rest} ({word} {rest}), whose {rest} the notation"
                          " does not name", token, f"write \\{word} with a name the notation gives after it, or name"
                          f' "{word}{rest}" whole in the notation\'s [notation.symbols]')
            if word in NAMED_FUNCTIONS and len(word) > 1 and word not in self.names and self.peek() is not None \
                    and self.peek().spaced and (self.peek().kind in ("letter", "number") or self.peek().text in
                                                _DECORATIONS or self.peek().text.startswith("\\")
                                                and self.peek().text[1:].isalpha() and self.peek().text not in RELATIONS):
                # ln \hat{y}, exp 2, an activation's name before x: a function named in words applied to the one atom
                # after it, as \ln \hat{y}
                return self.function(NAMED_FUNCTIONS[word], token, word)
            if word == "d" and (named := self.underscored_derivative(token)) is not None:
                return named
            if word == "d" and self.is_plain_derivative():
                return self.plain_derivative(token)
            if word == "d" and (named := self.decorated_gradient_name()) is not None:
                return named  # d\hat{y}_n, Ng's gradient name of a decorated letter
            if word == "d" and "d" not in self.names and self.is_plain_operator():
                # d/da l(a, y): the operator, applied to what follows as \frac{d}{da} is (d is no name here)
                first, self.position = self.position == 1, self.position + 2
                return self.applied_operator(self.operator_variable(), token, first)
            if word == "d" and "d" not in self.names:
                self.plain_denominator_without_d(token)
                self.plain_numerator_of_terms(token)
            if word == "D" and self.is_capital_derivative(token):
                return self.plain_derivative(token, "D")  # DL/Dh11: D the derivative's sign, the notation giving D none
            if len(word) > 1 and word.startswith("d"):
                named = self.named_derivative(word, token)
                if named is not None:
                    return named
            if word == "e" and self.peek() is not None and self.peek().text == "." and self.peek(1) is not None \
                    and self.peek(1).text == "^" and not self.peek(1).spaced:
                self.next()  # Octave's e.^-z: Euler's number's power, entry by entry, as e^{-z}
            if word == "e" and self.peek() is not None and self.peek().text == "^" and "e" in self.letters \
                    and self.subscript_after_superscript():
                # e^2_j(n), the notation's error e_j squared with its superscript set first (TeX prints e^2_j as
                # e_j^2): no power of Euler's number has a subscript
                return self.symbol_rest(word, token)
            if word == "e" and self.peek() is not None and self.peek().text == "^":
                self.next()
                # written "e^": the notation's e where a pattern names e with this superscript (reading.py)
                return Call("exp", (self.script(),), position=token.position, written="e^")
            if (primed := self.primed_digits(word, token)) is not None:
                return primed
            following = self.peek()
            if len(word) > 1 and word in self.names and following is not None and following.kind == "number" \
                    and not following.spaced and following.text.isdigit() and self.peek(1) is not None \
                    and self.peek(1).text == "[" and not self.peek(1).spaced:
                self.next()  # code's weights2[i] (a notation's "weights2"): the array weights2 indexed, as W2[i] is
                return self.symbol_rest(word + following.text, token)
            if (len(word) == 1 or word in self.names) and following is not None and following.kind == "number" \
                    and not following.spaced and following.text.isdigit() and not (
                    self.peek(1) is not None and self.peek(1).text == "[" and not self.peek(1).spaced) \
                    and (self.plain or self.glued_name(word, following)):
                self.next()  # plain text w11, t1, E2, gt1: the number is the subscript (in LaTeX, where the notation says)
                after = self.peek()
                if self.plain and after is not None and after.text == "_" and not after.spaced:
                    # plain text w5_new: a name with digits before its own script (as "W1_{ij}" in a notation),
                    # w5 with the subscript new, not w_{5} followed by a stray _
                    return self.symbol_rest(word + following.text, token)
                return self.symbol_rest(word, token, sub=following.text, glued=self.plain)
            return self.symbol_rest(word, token)
        self.next()
        if token.text in _DECORATIONS:
            inner = self.decorated_inner()
            if token.text in (r"\mathbb", r"\mathbf") and inner == "1":
                return self.indicator_after_one()
            if token.text in (r"\mathbb", r"\mathbf") and inner == "I" and (
                    indicator := self.letter_indicator(f"{token.text}{{I}}")) is not None:
                return indicator  # \mathbb{I}(s_j > 0): the indicator's blackboard I, as \mathbb{1}
            decoration = {r"\widehat": r"\hat", r"\overline": r"\bar", r"\widetilde": r"\tilde"}.get(token.text, token.text)
            glued = re.fullmatch(r"([A-Za-z])(\d+)", inner)
            if glued:  # \hat{y1}: a letter with its digits inside the decoration, the decorated y_1 (no other reading)
                return self.symbol_rest(f"{decoration}{{{glued.group(1)}}}", token, sub=glued.group(2))
            base = f"{decoration}{{{inner}}}"
            return self.symbol_rest(base, token)
        if (change := self.letter_change(token)) is not None:
            return change  # studyx's δW35, the notation's step of W35
        if token.text == r"\Delta" and self.peek() is not None and self.peek().kind == "letter":
            return self.delta_name(token)
        if (braced := self.braced_change(token)) is not None:
            return braced
        if token.text in (r"\Delta", r"\delta") and (change := self.greek_change(token)) is not None:
            return change
        if token.text == r"\Delta" and self.peek() is not None and self.peek().text == "_":
            # \Delta_p w_{jk} (Rumelhart's change of w for pattern p): the script belongs to the name
            save = self.position
            self.next()
            script = self.raw_script()
            if self.peek() is not None and self.peek().kind == "letter":
                letter = self.next()
                return self.symbol_rest(rf"\Delta_{{{script}}} {letter.text}", token)
            self.position = save
        if token.text == r"\sigma" and self.peek() is not None and self.peek().text in ("(", "'") \
                and not self.subscript_after_primes(0):
            return self.function(SIGMA, token)
        following = self.peek()
        if token.text in GREEK and following is not None and following.kind == "letter" and (
                flat := self.flat_symbol(token.text, token, self.position, apart=True)) is not None:
            return flat  # plain text's Unicode delta glued to j, ji: a Greek name's subscript printed flat
        if (digits := self.greek_digits(token.text)) is not None:
            return self.symbol_rest(token.text, token, sub=digits)
        return self.symbol_rest(token.text, token)

    def subscript_after_primes(self, ahead: int) -> bool:
        """Whether primes, then a subscript, follow ``ahead`` tokens on: ``\\sigma'_1(z)``, the prime written before
        the subscript of a name, as \\sigma_1'(z) (a layer's activation, its slope), read as that symbol with its
        primes (symbol_rest takes them in either order). Nothing consumed."""
        primes = 0
        while (token := self.peek(ahead + primes)) is not None and token.text == "'":
            primes += 1
        return primes > 0 and token is not None and token.text == "_"

    def subscript_after_superscript(self) -> bool:
        """Whether the ``^`` at the position opens a superscript (one token, or a braced group) followed, unspaced,
        by ``_``: ``e^2_j``, ``e^{2}_{j}``. Nothing consumed."""
        ahead = 1
        if self.peek(ahead) is not None and self.peek(ahead).text == "{":
            depth = 0
            while (token := self.peek(ahead)) is not None:
                depth += {"{": 1, "}": -1}.get(token.text, 0)
                if depth == 0:
                    break
                ahead += 1
        after = self.peek(ahead + 1)
        return after is not None and after.text == "_" and not after.spaced

    def glued_name(self, base: str, digits: Token) -> bool:
        """Whether the digits glued to the name ``base`` in LaTeX (W2, a1, \\delta2) are its subscript, as the notation
        names it (glued_digits); refused where it names none: TeX's W times 2 is not what a page means by W2."""
        if not self.glued_digits(base, "", digits):
            self.fail(f"{base}{digits.text}: digits typed against a name, which TeX sets as {base} times {digits.text},"
                      f" and the notation names no {base}_{{{digits.text}}}", digits,
                      f"write {base} \\cdot {digits.text} for the product, or the name as the notation writes it"
                      f" ({base}_{{{digits.text}}}, {base}^{{({digits.text})}}, named in its [notation.symbols])")
        return True

    def greek_digits(self, letter: str) -> str | None:
        """Plain text's δ2, \\delta1, delta1: a Greek letter is a letter, the digits glued after it its subscript (as
        t1's), consumed; None, the position kept, where none follow (or the letter is Σ or Π, a sum)."""
        following = self.peek()
        if letter in GREEK - {r"\Sigma", r"\Pi"} and following is not None and following.kind == "number" \
                and not following.spaced and following.text.isdigit() \
                and (self.plain or self.glued_name(letter, following)):
            self.next()
            return following.text
        return None

    def called_sum(self, token: Token) -> Node | None:
        """Code's ``sum(dZ2)``, the parenthesis glued to the word in plain text with one argument: the sum of that
        argument alone (``sum(u) * v`` is not the sum of u v), whose index the term leaves free if any (``sum(y_i *
        log(S_i))``), else its entries (reading_sums); with three arguments or more, ``sum(mul(x0, w0), mul(x1, w1),
        b)`` (a comment spelling out the code's arithmetic), their sum, where the second is no number (NumPy's and
        MATLAB's second argument is an axis, so two arguments are never read so). None, the position kept, for any
        other sum."""
        following = self.peek()
        if not self.plain or following is None or following.text != "(" or following.spaced:
            return None
        save = self.position
        args = self.arguments()
        if len(args) >= 3 and not isinstance(args[1], Num):
            total = args[0]
            for term in args[1:]:
                total = Op("+", (total, term))
            return total
        if len(args) != 1:
            self.position = save
            return None
        return Big("sum", (), None, None, None, args[0], token.position, called=True)

    def prime_word(self) -> None:
        """``f1 prime (Z1)``: the word prime between a name and its parenthesis, the derivative written in words
        (Varshitha-kommuri's README), read as the prime it says, f1'(Z1); any other word prime stays letters."""
        texts = "".join(token.text if token is not None and token.kind == "letter" and (k == 0) == token.spaced
                        else " " for k, token in enumerate(self.peek(k) for k in range(5)))
        following = self.peek(5)
        if texts != "prime" or "prime" in self.names or following is None or following.text != "(":
            return
        first = self.peek()
        self.tokens[self.position:self.position + 5] = [Token("symbol", "'", first.position, False)]

    def code_one_hot(self, token: Token) -> Node | None:
        """Code's ``one_hot(y)``, glued before its parenthesis, where the notation gives the name no meaning: the
        one name (the reader's one-hot vector of the label), not o n e_{hot}; None, the position kept, otherwise."""
        texts = [self.peek(k) for k in range(8)]
        if None in texts or "".join(t.text for t in texts) != "one_hot(" or any(t.spaced for t in texts[1:]) \
                or "one_hot" in self.names:
            return None
        self.position += 7
        return self.symbol_rest("one_hot", token)

    def code_gradient(self, token: Token) -> Node | None:
        """Code's derivative as a function of two names, ``gradient(loss, w_hat)``: the derivative of the first
        by the second (dloss/dw_hat); None, the position kept, for any other use of the word (one argument, three,
        or no parenthesis glued after it)."""
        following = self.peek()
        if following is None or following.text != "(" or following.spaced:
            return None
        save = self.position
        try:
            args = self.arguments()
        except FormulaError:
            args = []
        if len(args) != 2:
            self.position = save
            return None
        return Deriv(args[0], args[1], token.position)

    def primed_digits(self, word: str, token: Token) -> Node | None:
        """Plain text's ``w'1`` where the notation has the pattern ``"w'1"`` (quesba's w'1, the output's weight
        from unit 1): the primed w with the subscript 1. None, the position kept, where no pattern writes the
        name so: a prime then keeps its other readings (f'(z), a new value w', \\sigma')."""
        index, primes = self.position, 0
        while index < len(self.tokens) and self.tokens[index].text == "'" and not self.tokens[index].spaced:
            primes += 1
            index += 1
        digits = self.tokens[index] if index < len(self.tokens) else None
        written = "'" * primes
        if not primes or digits is None or digits.kind != "number" or digits.spaced or not digits.text.isdigit() \
                or f"{word}{written}{digits.text}" not in self.names:
            return None
        self.position = index + 1
        read = self.symbol_rest(word, token, sub=digits.text)
        if not isinstance(read, Sym):  # w'1^T: the pattern's name with a transpose glued to it
            self.fail(f"{word}{written}{digits.text} with a superscript it cannot take", token,
                      f"write ({word}{written}{digits.text})^T")
        return dataclasses.replace(read, primes=read.primes + primes)

    def big_from_word(self, command: str, token: Token) -> Node:
        self.position -= 1
        self.tokens[self.position] = Token("command", command, token.position, token.spaced)
        return self.big()

    def wrapped_symbol(self) -> Node | None:
        """``\\act{a_j^{(l)}}``, ``\\err{\\delta_j^{(l)}}``: a command check does not know (a page's own macro, its
        definition not in the formula), of one braced argument holding one whole symbol (a letter or a Greek letter
        with its scripts, decorations and primes, nothing else), as that symbol: such a macro colours or marks the
        symbol (\\newcommand{\\act}[1]{\\textcolor{blue}{#1}}). Never where its name is an operation's or a
        function's (function_words.OPERATOR_MACRO_WORDS: \\norm{w}, \\abs{e}, \\grad{L}) or one letter, nor where
        the notation names it, nor where the row defines it as a function (_function_defined); None, the position
        kept, for anything else."""
        token, start = self.peek(), self.position
        name = token.text[1:]
        if not name.isalpha() or len(name) < 2 or name.lower() in OPERATOR_MACRO_WORDS \
                or name.lower().startswith(OPERATOR_MACRO_PREFIXES) or name in self.functions \
                or self.peek(1) is None or self.peek(1).text != "{":
            return None
        self.next()
        self.next()
        inner = self.peek()
        if inner is None or not (inner.kind == "letter" or inner.text in GREEK or inner.text in _DECORATIONS):
            self.position = start
            return None
        try:
            node = self.symbol()
        except FormulaError:
            node = None
        if not isinstance(node, Sym) or self.peek() is None or self.peek().text != "}" \
                or self._function_defined(token, self.row[self.tokens[start + 1].position + 1:self.peek().position]):
            self.position = start
            return None
        closing = self.next()
        if self._whole_later_member(token.position, closing.position + 1):
            argument = self.row[self.tokens[start + 1].position + 1:closing.position].strip()
            raise FormulaError(f"{self.where}: {token.text}{{{argument}}} stands alone as a side of the relation, where"
                               f" a page's own macro check does not know may colour {argument} (the symbol itself)"
                               " or compute a function of it (an activation): write the function it computes, e.g."
                               f" \\sigma({argument})")
        return node

    def _whole_later_member(self, start: int, end: int) -> bool:
        """Whether the row's characters ``start:end`` (a page's macro around a symbol) are a whole member of a
        relation after its left side, ``a_j = \\squash{z_j}``: read as a colour the claim would say the symbol
        itself, where such a side is as often the macro's function of it."""
        before, after = self.row[:start].rstrip(), self.row[end:].strip().rstrip(".,;").strip()
        return before.endswith(_RELATION_ENDS) and (not after or after.startswith(_RELATION_ENDS))

    def _function_defined(self, command: Token, argument: str) -> bool:
        """Whether the row states ``command`` applied to ``argument`` as its whole left side with ``argument`` bare on
        the right, ``\\act{z} = \\max(0, z)``: the definition of a function of it, never a colour around a name."""
        left, relation, right = self.row.partition("=")
        argument = argument.strip()
        if not relation or not argument or left.strip() != f"{command.text}{{{argument}}}":
            return False
        return any(re.search(r"\\[A-Za-z]+\{\s*$", right[:use.start()]) is None  # (not inside another macro's braces)
                   for use in re.finditer(rf"(?<![\\\w]){re.escape(argument)}(?!\w)", right))
