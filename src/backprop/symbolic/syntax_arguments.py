"""Parser methods for a function's call and its arguments: the call after a function's name (a logarithm's base,
primes, a power, a layer, then its argument, in parentheses or not; code's ``f(x, True)`` as the derivative), and
the arguments in parentheses: ``f(x, w)``, with a semicolon (``f(x; w, b)``) or one conditional bar
(``L(w,b|x)``, ``p(y \\mid x)``) between them as a comma, code's ``deriv=`` keyword skipped (``f(x, deriv=True)``),
NumPy's ``axis=`` and ``keepdims=`` after a sum's array, a prime after the parenthesis
(``f(x)'``) as the derivative at the argument, the argument after a primed parenthesis, ``(...)'(x)``, and a primed
name in parentheses, ``(g^{[1]})'(Z^{[1]})``, as ``g^{[1]}'(Z^{[1]})`` (a page's own macro of one braced argument
around one symbol, ``\\act{a_j^{(l)}}``, is syntax_symbols'). A dot alone
for the argument, ``\\sigma'(\\cdot)``, is refused: it leaves the argument, the sum the slope is taken at, to the
reader."""

from __future__ import annotations

import re
from dataclasses import replace

from ..patterns import lazy_pattern
from .function_words import EITHER_WORDS, FLAG_KEYWORDS, FLAG_VALUES, FUNCTIONS
from .matlab_sections import section_selection
from .syntax_tree import GREEK, Apply, Call, Cond, Indicator, Node, Num, Op, Sym, Token

# a font around a declared function's letter, "\\mathbf{g}^{[1]}"; the name before its scripts
_FONT_ON_NAME = lazy_pattern(r"\\[A-Za-z]+\s*\{\s*([A-Za-z]\w*)\s*\}")
_DECLARED_BASE = lazy_pattern(r"\\?[A-Za-z][\w.]*")
# what a page writes for an argument it leaves out, \sigma'(\cdot): a dot (\bullet too), alone in the parentheses
_PLACEHOLDERS = (r"\cdot", r"\bullet", "\u00b7", "\u2219", "\u22c5")


class ArgumentParsing:
    """Parser methods: a function's call and its arguments (see the module docstring)."""

    def function(self, name: str, token: Token, written: str | None = None) -> Node:
        if name == "unsupported":
            self.fail(f"the function {token.text}", token, f"use {', '.join(list(FUNCTIONS)[:5])} or an activation's name")
        base = None
        if name == "log" and self.accept("_"):
            base = self.script()
        primes = 0
        while self.accept("'"):
            primes += 1
        power, starred = None, False
        layer, primes = self.function_layer(primes, written or token.text)
        if not layer and self.peek() is not None and self.peek().text == "^":
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
                starred = self.next().starred  # sech**2(Z): code's power of the value, entry by entry
                power = self.script()
        if not (base or primes or power or layer) and self.bare_derivative_numerator(token):
            return Sym(token.text, position=token.position)  # \frac{d\sigma}{dz}: d of the function, by z
        if name == "exp" and power is not None and not (base or primes or layer) and (self.applied_to_nothing() or (
                self.peek().text in ("+", "-", "*", "/", "\\\\", r"\cdot", r"\times"))):
            # \exp^{x_i} with nothing after it to apply exp to (its group's or member's end, an operator, which no
            # argument opens): e to that power, the one reading; \exp^{2}(x) stays exp(x) squared, as \sin^2(x)
            return Call("exp", (power,), position=token.position, written="e^")
        args = self.function_arguments(token)
        if (flag := derivative_flag(name, args, primes, power)) is not None:
            # code's f(x, True): its derivative, at x as the input or the output (derivative_words.py)
            node = Call(name, (args[0],), int(flag), base, token.position,
                        f"{written or name}(u, {flag_text(args[1])})")
            return replace(node, at="either") if flag else node
        node: Node = Call(name, tuple(args), primes, base, token.position, written or token.text, layer)
        return Op("^", (node, power), starred) if power is not None else node

    def function_arguments(self, token: Token) -> list[Node]:
        if (bare := self.bare_function_argument()) is not None:
            return bare  # d(\sigma)/dx = \sigma (1 - \sigma): at the rule's variable (syntax_bare_functions.py)
        following = self.peek()
        if following is None:
            self.fail("the function has no argument", token)
        if following.text == "(":
            return self.bare_rule_arguments(token, self.arguments())
        if self.applied_to_nothing():  # \partial \sigma}: nothing it is applied to
            self.fail(f"the function {token.text} has no argument", token,
                      f"write {token.text}(z); where {token.text} stands for a quantity (a unit's output), give it"
                      f" that meaning in the notation's [notation.symbols], e.g. \"{token.text}\" = \"a1[0]\"")
        if following.text in ("[", r"\{", "{"):
            return [self.atom()]
        return [self.power()]

    def applied_to_nothing(self) -> bool:
        """Whether what follows a function's name ends its group or member: nothing it is applied to."""
        following = self.peek()
        return following is None or following.text in ("}", ")", "]", "=", ",", "&")

    def prime_after_call(self, node: Node) -> Node | None:
        """``f(x)'``, ``\\sigma(z)'``: a prime after a function's one argument in parentheses, the derivative at it,
        as ``f'(x)``; an Apply keeps ``prime_after`` so that the reader takes it so only where Q is a function.
        None, the position kept, where no prime follows such a call."""
        if self.peek() is None or self.peek().text != "'" or self.tokens[self.position - 1].text != ")" \
                or not isinstance(node, (Apply, Call)) or len(node.args) != 1:
            return None
        return self._primed_call(node)

    def prime_after_bracketed_call(self, inner: Node) -> Node | None:
        """``[f(x)]'``, ``(\\sigma(z))'``, ``\\left[g(x)\\right]'``: a bracket or parenthesis that holds one call
        of a function on one argument and nothing else, primed after it: the derivative of the function at the
        argument, as ``f(x)'`` and ``f'(x)`` read (hand-written derivations write the bracket to say what the prime
        is on). None, the position kept, for anything else (a bracket of more than a call primed is the
        derivative by the bracket's one variable, primed_parenthesis; Octave's ``(f(x))'*W`` a transpose)."""
        prime = self.peek()
        if prime is None or prime.text != "'" or prime.spaced or not isinstance(inner, (Apply, Call)) \
                or len(inner.args) != 1 or self.tokens[self.position - 1].text not in (")", "]") \
                or self.tokens[self.position - 2].text != ")" or self.plain and self.octave_transpose_follows():
            return None
        after = self.position
        while after < len(self.tokens) and self.tokens[after].text == "'":
            after += 1
        if after < len(self.tokens) and self.tokens[after].text == "(" and not self.tokens[after].spaced:
            return None  # [f(x)]'(y): the argument after the prime names the variable, primed_parenthesis's
        return self._primed_call(inner)

    def _primed_call(self, node: Apply | Call) -> Node:
        """``node`` with the primes that follow it taken as its function's derivative."""
        primes = 0
        while self.accept("'"):
            primes += 1
        if isinstance(node, Call):
            return replace(node, primes=node.primes + primes)
        return Apply(replace(node.symbol, primes=node.symbol.primes + primes), node.args, prime_after=True)

    def primed_name(self, inner: Node) -> Node | None:
        """``(g^{[1]})'(Z^{[1]})``: a parenthesis holding one name, primed, then its argument glued, the derivative of
        the function it names at the argument, as ``g^{[1]}'(Z^{[1]})`` (an Apply marked ``name_primed``: the reader
        refuses it where the name is no function); None, the position kept, for anything else (a parenthesis of
        more than a name primed is primed_parenthesis's)."""
        if not isinstance(inner, Sym) or inner.primes or self.peek() is None or self.peek().text != "'":
            return None
        ahead = 0
        while self.peek(ahead) is not None and self.peek(ahead).text == "'":
            ahead += 1
        following = self.peek(ahead)
        if following is None or following.text != "(" or following.spaced:
            return None
        self.position += ahead
        return Apply(replace(inner, primes=ahead), tuple(self.arguments()), name_primed=True)

    def primed_name_follows(self, before: Sym) -> bool:
        """Whether ``(name)'(`` follows ``before``, a symbol the notation does not declare a function (dZ^{[2]}
        (g^{[1]})'(Z^{[1]})): the parenthesis is then the primed name's (primed_name), never ``before``'s argument;
        ``before``'s call primed after, ``f(x)'``, is the derivative only of a function. Read from the tokens alone
        (one name, its scripts a token or a brace group each), never parsed ahead."""
        if self.declared_function(before) or self.peek() is None or self.peek().text != "(":
            return False
        at = self.position + 1
        if at >= len(self.tokens) or not (self.tokens[at].kind == "letter" or self.tokens[at].text in GREEK):
            return False
        at += 1
        while at + 1 < len(self.tokens) and self.tokens[at].text in ("_", "^"):
            at = self._group_end(at + 1)
        primes = at + 1
        while primes < len(self.tokens) and self.tokens[primes].text == "'":
            primes += 1
        return at < len(self.tokens) and self.tokens[at].text == ")" and primes > at + 1 \
            and primes < len(self.tokens) and self.tokens[primes].text == "(" and not self.tokens[primes].spaced

    def _group_end(self, at: int) -> int:
        """The index just past the token at ``at``, or past the brace group that opens there."""
        if self.tokens[at].text != "{":
            return at + 1
        depth = 0
        for index in range(at, len(self.tokens)):
            depth += (self.tokens[index].text == "{") - (self.tokens[index].text == "}")
            if depth == 0:
                return index + 1
        return len(self.tokens)

    def braced_arguments_follow(self, before: Sym) -> bool:
        """Whether TeX's group around a parenthesis, ``{(z^{[1]})}``, follows ``before``, a name the notation
        declares a function (``\\mathbf{g}^{[1]}{(\\mathbf{z}^{[1]})}``): the group is typography, the parenthesis
        the function's arguments."""
        if self.peek() is None or self.peek().text != "{" or self.peek(1) is None or self.peek(1).text != "(" \
                or not self.declared_function(before):
            return False
        depth = 0
        for index in range(self.position + 1, len(self.tokens)):
            depth += (self.tokens[index].text == "(") - (self.tokens[index].text == ")")
            if depth == 0:
                return index + 1 < len(self.tokens) and self.tokens[index + 1].text == "}"
        return False

    def declared_function(self, symbol: Sym) -> bool:
        """Whether ``symbol``'s name is one the notation declares in its functions (``g`` of ``"g^{[1]}"`` or of
        ``"\\mathbf{g}^{[1]}"``)."""
        return symbol.base in {_DECLARED_BASE.match(_FONT_ON_NAME.sub(r"\1", name)).group(0) for name in self.functions
                               if _DECLARED_BASE.match(_FONT_ON_NAME.sub(r"\1", name))}

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
        opened = self.position
        self.section_refused(opened)
        args = [self.condition_or_expression() if self.conditional_bar() else self.argument()]
        # f(x; w, b): a semicolon between the inputs and the parameters separates arguments as the commas do
        while self.accept(",") or self.accept(";"):
            if self.peek() is not None and self.peek().text == ")" and self.tokens[self.position - 1].text == ",":
                self.fail("a comma after the call's last argument, f(x,)", self.peek(),
                          "write f(x) (a comma there is read only after an argument on a line of its own, as gofmt"
                          " lays a call out)")
            self.flag_keyword()
            self.section_refused(opened)
            start = self.position
            args.append(self.argument())
            written = "".join(token.text for token in self.tokens[start:self.position])
            if re.fullmatch(r"[A-Za-z_]\w*", written) and self.peek() is not None and self.peek().text == "=" \
                    and (self.peek(1) is None or self.peek(1).text != "="):
                # f(a2, grad=True), np.sum(u, out=v): a keyword check gives no meaning (FLAG_KEYWORDS are the
                # activation's derivative flags it reads), never a relation inside the call
                self.fail(f"the keyword argument {written}= inside a call's arguments", self.peek(),
                          "write the call without it; an activation's derivative flag reads as deriv=True (or"
                          " derivative=True, or the flag alone, f(x, True))")
        if self.peek() is not None and self.peek().text == ":":
            self.matrix_section_refused(opened)
            self.fail("a range a(i:j) in parentheses, MATLAB's slice of the entries i to j (a(i:i+1) is two of them,"
                      " never NumPy's one row a[i:i+1])", self.peek(),
                      "write the one sample's name alone, or NumPy's a[i:i+1] where the notation binds i as the"
                      " sample index")
        self.expect(")", "to close the arguments")
        return args

    def section_refused(self, opened: int) -> None:
        """Refuses an array section's colon in parentheses, Fortran's or MATLAB's ``W(:, j)`` (a row, a column, or
        ``W(:)``, MATLAB's entries of a matrix as one column), which the notation's names do not read here (the whole
        array, ``a(:)`` of a name the notation gives whole, and a weight matrix's ``W(:, j)`` are read before:
        NotationNames.with_whole_sections_read, with_matrix_sections_read)."""
        if self.peek() is not None and self.peek().text == ":":
            self.matrix_section_refused(opened)
            self.fail("an array section in parentheses, Fortran's or MATLAB's a(:) or W(:, j),", self.peek(),
                      "check reads a section taking every index, a(:) or W(:, :), as the whole array where the"
                      " notation gives the name alone its whole vector or matrix (\"a\" = \"a2[:]\", \"W\" ="
                      " \"W2[:, :]\"), and W(:, j), W(j, :) of a weight matrix; write any other row's or column's"
                      " entries with their indices, W(k, j)")

    def matrix_section_refused(self, opened: int) -> None:
        """Refuses a matrix's section with a range, MATLAB's ``theta_2(:,1:end-1)`` (the parentheses opened before
        token ``opened``), naming the rows and columns it takes (matlab_sections); nothing where it is none."""
        depth, end = 0, opened
        while end < len(self.tokens) and (depth or self.tokens[end].text != ")"):
            depth += {"(": 1, ")": -1}.get(self.tokens[end].text, 0)
            end += 1
        inside = "".join(token.text for token in self.tokens[opened:end])
        selected = section_selection(inside)
        if selected is not None:
            self.fail(f"a matrix's section in parentheses, ({inside}): {selected},", self.tokens[opened],
                      "check reads a section of a whole array, W(:, :), and a weight matrix's W(:, j) and W(j, :);"
                      " a matrix holding a layer's weights and its biases in a column is no name a notation gives"
                      " (its weights alone are, \"W\" = \"W2[:, :]\"), so write the weights' own name, or their"
                      " entries with their indices, W(k, j)")

    def argument(self) -> Node:
        """One argument of a call; in code (plain text, no TeX command), a comparison is NumPy's array of booleans,
        its indicator: ``np.multiply(da1, z1 > 0)``, ``np.diag(z > 0)``, as ``(z1 > 0)`` is a factor. With TeX's
        commands the comparison stays refused (``\\sigma(s > 0)``, ``P(x > 0)``: no indicator there)."""
        code = self.plain and "\\" not in self.row
        node = self.comparison_or_expression() if code else self.expression()
        return Indicator((node,)) if isinstance(node, Cond) else node

    def flag_keyword(self) -> None:
        """Code's ``deriv=`` (FLAG_KEYWORDS) before an argument: skipped, the flag read as the positional one,
        ``f(x, deriv=True)`` as ``f(x, True)`` (derivative_flag)."""
        for word in FLAG_KEYWORDS:
            tokens = [self.peek(ahead) for ahead in range(len(word) + 1)]
            if all(token is not None for token in tokens) and "".join(t.text for t in tokens[:-1]) == word \
                    and tokens[-1].text == "=" and not any(token.spaced for token in tokens[1:]):
                self.position += len(word) + 1
                return

    def numpy_axis(self, written: str) -> Token | None:
        """After a NumPy sum's array and its comma (``np.sum(u, ``, ``u.sum(``): the axis, positional (``1``) or
        ``axis=1``, with ``keepdims=True`` (or ``False``) before or after it, which changes no value (PyTorch's
        ``dim=1`` and ``keepdim=True`` the same); None where only keepdims is written. Past the closing parenthesis; another keyword is refused, named."""
        axis = None
        while True:
            start = self.position
            word = self.glued_letters()
            if word and not self.accept("="):
                self.position, word = start, ""
            if not word and axis is None and self.peek() is not None and self.peek().kind == "number":
                axis = self.next()
            elif word in ("axis", "dim") and axis is None:  # PyTorch's dim=, NumPy's axis
                axis = self.next() if self.peek() is not None else None
                if axis is None:
                    self.fail("axis= without its axis", None, f"write {written}(u, axis=1)")
            elif word == "dims" and axis is None:  # Julia's sum(d, dims=2), its axes counted from 1: NumPy's axis 1
                axis = self.next() if self.peek() is not None else None
                # (dims=1, each column's sum: of one sample's column every entry, which the reader's rows reading
                # (reading_shapes.read_rows) would take for the sum over samples written as rows; Julia's vectors
                # are columns, so refused until that reading can be kept from it)
                if axis is None or axis.text != "2":
                    self.fail("dims= other than 2 (Julia's dims count from 1: dims=2 adds each row, the one check"
                              " reads; dims=1 adds each column, of one sample's column every entry)", axis,
                              f"write {written}(u, dims=2) for each row's sum, or {written}(u) for every entry's")
                axis = Token(axis.kind, "1", axis.position, axis.spaced)
            elif word in ("keepdims", "keepdim"):  # PyTorch's keepdim=, NumPy's keepdims
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

def flag_text(node) -> str:
    """A flag argument as written: a number, ``1``, a bare name, ``True``, or a lower-case word the parser takes for
    its letters' product and keeps the word of, JavaScript's ``true``; "" for anything else."""
    if isinstance(node, Num):
        return node.text
    letters = _product_factors(node)
    if not all(isinstance(letter, Sym) and not (letter.sub or letter.sup or letter.primes or letter.bracket)
               for letter in letters):
        return ""
    spelled = "".join(letter.base for letter in letters)
    return spelled if len(letters) == 1 or all(letter.word == spelled for letter in letters) else ""


def _product_factors(node) -> list:
    """The factors of a product of juxtaposed factors (t r u e), or the node alone."""
    if isinstance(node, Op) and node.kind == "*" and not (node.entrywise or node.star):
        return [factor for arg in node.args for factor in _product_factors(arg)]
    return [node]


def derivative_flag(name: str, args: list, primes: int, power) -> bool | None:
    """True where ``name(u, True)`` (or 1) is code's flag for an element-wise activation's derivative, False for
    the function itself (False, 0); None for any other call."""
    if len(args) != 2 or primes or power is not None or name not in EITHER_WORDS.values():
        return None
    return FLAG_VALUES.get(flag_text(args[1]))
