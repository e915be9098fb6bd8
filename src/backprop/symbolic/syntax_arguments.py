"""Parser methods for a function's arguments in parentheses: ``f(x, w)``, with a semicolon (``f(x; w, b)``) or
one conditional bar (``L(w,b|x)``, ``p(y \\mid x)``) between them as a comma, code's ``deriv=`` keyword skipped
(``f(x, deriv=True)``), NumPy's ``axis=`` and ``keepdims=`` after a sum's array, a prime after the parenthesis
(``f(x)'``) as the derivative at the argument, and the argument after a primed parenthesis, ``(...)'(x)``. A dot alone
for the argument, ``\\sigma'(\\cdot)``, is refused: it leaves the argument, the sum the slope is taken at, to the
reader."""

from __future__ import annotations

from dataclasses import replace

from .syntax_tree import FLAG_KEYWORDS, Apply, Call, Node, Num, Sym, Token

# what a page writes for an argument it leaves out, \sigma'(\cdot): a dot (\bullet too), alone in the parentheses
_PLACEHOLDERS = (r"\cdot", r"\bullet", "\u00b7", "\u2219", "\u22c5")


class ArgumentParsing:
    """Parser methods: a function's arguments (see the module docstring)."""

    def prime_after_call(self, node: Node) -> Node | None:
        """``f(x)'``, ``\\sigma(z)'``: a prime after a function's one argument in parentheses, the derivative at it,
        as ``f'(x)``; an Apply keeps ``prime_after`` so that the reader takes it so only where Q is a function.
        None, the position kept, where no prime follows such a call."""
        if self.peek() is None or self.peek().text != "'" or self.tokens[self.position - 1].text != ")" \
                or not isinstance(node, (Apply, Call)) or len(node.args) != 1:
            return None
        primes = 0
        while self.accept("'"):
            primes += 1
        if isinstance(node, Call):
            return replace(node, primes=node.primes + primes)
        return Apply(replace(node.symbol, primes=node.symbol.primes + primes), node.args, prime_after=True)

    def primed_number(self, token: Token) -> Node:
        """The number at ``token``, or a number primed in LaTeX, 1' of the quotient rule written out: a constant's
        derivative (reading_derivatives' primed_parenthesis)."""
        number = self.number()
        prime = self.peek()
        if isinstance(number, Num) and not self.plain and prime is not None and prime.text == "'" and not prime.spaced:
            self.next()
            return Call("primed_parenthesis", (number,), 1, position=token.position, written="'")
        return number

    def primed_argument(self, start: int) -> tuple:
        """``(y)`` glued after ``(...)'`` that opened at ``start``: the one symbol the derivative is by and at,
        ``(\\frac{1}{1+e^{-x}})'(x)``, as one argument after f' names its variable; () where none follows or the
        parenthesis holds more than a symbol (``1'(1 + e^{-x})``: a product, as before). A composition,
        ``(\\mathcal{L} \\circ z)'(y)``, is refused: \\circ reads as the entrywise product, not as functions
        composed."""
        following = self.peek()
        if following is None or following.text != "(" or following.spaced:
            return ()
        if any(token.text == r"\circ" for token in self.tokens[start:self.position]):
            self.fail("a prime on a composition of functions is not read (\\circ is the entrywise product)", following,
                      "write its chain rule, e.g. L'(z(y)) z'(y), or \\frac{d}{dy}(...)")
        save = self.position
        argument = self.parenthesised()
        if isinstance(argument, Sym) and not argument.primes:
            return (argument,)
        self.position = save
        return ()

    def arguments(self) -> list[Node]:
        self.expect("(", "to open the arguments")
        placeholder = self.peek()
        if placeholder is not None and placeholder.text in _PLACEHOLDERS and self.peek(1) is not None \
                and self.peek(1).text == ")":
            # f'(\cdot): the argument left to the reader, whichever sum the writer had in mind (no one reading)
            before = self.position - 2
            while before > 0 and self.tokens[before].text == "'":
                before -= 1
            name = self.tokens[before].text if before >= 0 and self.tokens[before].text.startswith("\\") else "f"
            written = name + "'" * (self.position - 2 - before)
            self.fail(f"{written}({placeholder.text}) leaves its argument to the reader (a dot in its place)",
                      placeholder, f"write the sum it is taken at, e.g. {written}(z_2)")
        args = [self.condition_or_expression() if self.conditional_bar() else self.expression()]
        # f(x; w, b): a semicolon between the inputs and the parameters separates arguments as the commas do
        while self.accept(",") or self.accept(";"):
            self.flag_keyword()
            args.append(self.expression())
        if self.peek() is not None and self.peek().text == ":":
            self.fail("a range a(i:j) in parentheses, MATLAB's slice of the entries i to j (a(i:i+1) is two of them,"
                      " never NumPy's one row a[i:i+1])", self.peek(),
                      "write the one sample's name alone, or NumPy's a[i:i+1] where the notation binds i as the"
                      " sample index")
        self.expect(")", "to close the arguments")
        return args

    def flag_keyword(self) -> None:
        """Code's ``deriv=`` (FLAG_KEYWORDS) before an argument: skipped, the flag read as the positional one,
        ``f(x, deriv=True)`` as ``f(x, True)`` (syntax_atoms._derivative_flag)."""
        for word in FLAG_KEYWORDS:
            tokens = [self.peek(ahead) for ahead in range(len(word) + 1)]
            if all(token is not None for token in tokens) and "".join(t.text for t in tokens[:-1]) == word \
                    and tokens[-1].text == "=" and not any(token.spaced for token in tokens[1:]):
                self.position += len(word) + 1
                return

    def numpy_axis(self, written: str) -> Token | None:
        """After a NumPy sum's array and its comma (``np.sum(u, ``, ``u.sum(``): the axis, positional (``1``) or
        ``axis=1``, with ``keepdims=True`` (or ``False``) before or after it, which changes no value; None where
        only keepdims is written. Past the closing parenthesis; another keyword is refused, named."""
        axis = None
        while True:
            start = self.position
            word = self.glued_letters()
            if word and not self.accept("="):
                self.position, word = start, ""
            if not word and axis is None and self.peek() is not None and self.peek().kind == "number":
                axis = self.next()
            elif word == "axis" and axis is None:
                axis = self.next() if self.peek() is not None else None
                if axis is None:
                    self.fail("axis= without its axis", None, f"write {written}(u, axis=1)")
            elif word == "keepdims":
                if self.glued_letters() not in ("True", "False"):
                    self.fail("keepdims= without True or False", self.peek(), "write keepdims=True")
            else:
                self.fail(f"{written}(...) with " + (f"the keyword {word}=" if word else "another argument")
                          + ": check reads a sum's axis (axis=0 or 1) and keepdims", self.tokens[start]
                          if start < len(self.tokens) else None, f"write {written}(u, axis=1, keepdims=True)")
            if not self.accept(","):
                break
        self.expect(")", f"to close {written}(...)")
        return axis

    def conditional_bar(self) -> bool:
        """L(w,b|x), p(y \\mid x): one bar among a name's arguments, or \\mid, separates them as a comma
        does (two bars are a norm or an absolute value, |u|); whether there was one (the event before it, y = k)."""
        depth, bars, mids = 0, [], []
        for index in range(self.position, len(self.tokens)):
            text = self.tokens[index].text
            if text in ("(", "[", "{"):
                depth += 1
            elif text in (")", "]", "}"):
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and text in ("|", r"\mid"):
                (bars if text == "|" else mids).append(index)
        for index in mids + (bars if len(bars) == 1 else []):
            self.tokens[index] = Token("symbol", ",", self.tokens[index].position, self.tokens[index].spaced)
        return bool(mids or len(bars) == 1)
