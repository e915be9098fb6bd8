"""The atoms of a formula: numbers, groups, a function's name (its call and arguments are syntax_arguments.py's),
words in \\text (a part of syntax.Parser; see syntax.py; fractions and derivatives are syntax_operators.py's, sums
syntax_sums.py's, matrices and cases syntax_environments.py's, indicators 1\\{u > 0\\} syntax_indicators.py's)."""

from __future__ import annotations

import dataclasses
import re

from ..patterns import lazy_pattern
from .function_words import DERIVATIVE_WORDS, EITHER_WORDS, FUNCTIONS, NAMED_FUNCTIONS
from .syntax_tree import (CONJUNCTION_WORD, Call, Cond, Ellipsis_, GREEK, Indicator, Matrix, Nabla, Node, Norm, Num, Op,
                          RELATIONS, Sym, Token, Transpose, _DECORATIONS, _OPEN)
from .syntax_numbers import (decimal_comma, printed_array, scientific_number, scientific_refusal,
                             two_readings_refusal)

# words alone after a bar, a column of a comment's table after a formula (| output, | hidden layer)
_COLUMN_WORDS = lazy_pattern(r"[A-Za-z]+(?: [A-Za-z]+)*")


class AtomParsing:
    """Parser methods for everything a factor can start with but a symbol."""

    # -- atoms ------------------------------------------------------------------------------------

    def atom(self) -> Node:
        self.deeper()
        try:
            return self._atom()
        finally:
            self.depth -= 1

    def bounds_in_braces_refusal(self, brace: Token):
        """Refuses a group that holds a sum's letter, its first value and its last, ``{k=1,n}`` (a plain-text page's
        ``E{k=1,n} w(j)(k) * x(k)``, E or S typed for the sum's sign): the letter before it may as well be a
        quantity's name (E the error), and nothing says which; the refusal says how to write the sum."""
        inside = []
        while (token := self.peek(len(inside))) is not None and token.text != "}" and len(inside) < 12:
            inside.append(token.text)
        if token is None or token.text != "}" or len(inside) < 5 or not re.fullmatch(r"[A-Za-z]", inside[0]) \
                or inside[1] != "=" or "," not in inside[3:-1]:
            return
        comma = inside.index(",", 3)
        letter, first, last = inside[0], "".join(inside[2:comma]), "".join(inside[comma + 1:])
        self.fail(f"a sum's letter and bounds in braces, {{{letter}={first},{last}}}, after a letter typed for the"
                  " sum's sign are not read (the letter may as well be a quantity's name)", brace,
                  f"write \\sum_{{{letter}={first}}}^{{{last}}} (Sigma_{{{letter}={first}}}^{{{last}}} in plain text)"
                  " and the term's indices as subscripts")

    def sigma_as_sum(self) -> bool:
        """``\\Sigma (\\hat{y} - y)``, ``\\Sigma_k (t_k - a_k)^2``, ``\\Sigma w_j x^j``: the capital letter for the sum
        sign, before a parenthesis (after an index letter, if any), or a name where the notation does not name it."""
        texts = [token.text if token is not None else None for token in (self.peek(k) for k in range(1, 5))]
        # Σᵢ W₂[i][j] · δ₂[i] in plain text: the sign with its letter before a name, no parenthesis
        term = ("(", "[") if not self.plain else ("(", "[", "letter")
        kinds = [token.kind if token is not None else None for token in (self.peek(k) for k in range(1, 5))]
        letter = len(texts[1] or "") == 1 and texts[1].isalpha()
        braced_letter = texts[1] == "{" and len(texts[2] or "") == 1 and texts[2].isalpha()
        # \Sigma_j w_{ij} a_j, \Sigma_{i=0}^{n-1} (...): where the notation gives \Sigma no meaning, an index letter
        # (with its range or set, if any: Mitchell's \Sigma_{k \in outputs}, batch 167) makes it the sum sign before
        # any term, as \sum reads them
        index_script = texts[0] == "_" and (letter or braced_letter and texts[3] in ("}", "=", r"\in"))
        return texts[0] in ("(", "[") or r"\Sigma" not in self.names and (
            kinds[0] in ("letter", "command") and self.starts_factor(self.peek(1)) or index_script) \
            or texts[0] == "_" and ((texts[2] in term or kinds[2] in term) and letter
                                    or braced_letter and texts[3] == "}")

    def _atom(self) -> Node:
        token = self.peek()
        if token is None:
            self.fail("expected a number, a symbol or a parenthesis", None)
        if token.kind == "number":
            return self.primed_number(token)
        if token.text in ("(", "["):
            start = self.position
            inner = self.parenthesised()
            if isinstance(inner, Nabla) and isinstance(inner.wrt, Sym) and not inner.wrt.sub \
                    and self.peek() is not None and self.peek().text == "_":
                # (\nabla_W L)_{i,j}: the gradient's entry, the derivative by W_{i,j}
                self.next()
                wrt = inner.wrt
                return Nabla(Sym(wrt.base, self.raw_script(), wrt.sup, wrt.primes, wrt.bracket, wrt.position), inner.of)
            if (named := self.primed_name(inner)) is not None:  # (g^{[1]})'(Z^{[1]}): g^{[1]}'(Z^{[1]})
                return named
            if (primed := self.prime_after_bracketed_call(inner)) is not None:  # [f(x)]': f'(x)
                return primed
            # (\frac{1}{1+e^{-x}})': reading.py's primed_parenthesis; in plain text where it is no Octave transpose,
            # [sin(x)/cos(x)]' = ... (before a relation, a power)
            # a row written as code with braces, Julia's (a^{l-1})': the reader may take it for the transpose
            coded = not self.plain and self.octave_transpose_follows(braced=True)
            if (not self.plain or not self.octave_transpose_follows()) and self.accept("'"):
                return Call("primed_parenthesis", (inner, *self.primed_argument(start)), 1, position=token.position,
                            written="(...)'", coded=coded)
            if token.text == "(" and self.capital_t_glued():  # (w[2])T dz[2]: a forum's transpose, T glued after
                self.next()
                return Transpose(inner, lettered=True)
            return inner
        if token.text == "{":
            self.next()
            self.bounds_in_braces_refusal(token)
            inner = self.expression()
            self.expect("}", "to close the group")
            primes = 0
            # {g^{[1]}}'(Z), {g^{[1]}}^\prime: TeX's group around a function's name, primed as the name is (a group of
            # anything else primed stays unread)
            while isinstance(inner, Sym) and not inner.primes and self.declared_function(inner) and self.accept("'"):
                primes += 1
            return dataclasses.replace(inner, primes=primes) if primes else inner
        if token.text == r"\{":
            return self.braces()
        if token.text in ("|", r"\|"):
            return self.norm(token.text)
        if token.text == r"\frac":
            return self.fraction()
        if token.text == r"\sqrt":
            self.next()
            return Call("sqrt", (self.script(),), position=token.position)
        if token.text in (r"\sum", r"\prod") or token.text == r"\Sigma" and self.sigma_as_sum():
            return self.big()
        if token.text == r"\nabla":
            return self.nabla()
        if token.text == r"\partial":
            return self.plain_partial()
        if token.text == r"\ldots":
            self.next()
            return Ellipsis_(token.position)
        after = self.peek(1).text if self.peek(1) is not None else None
        # \sigma_j a symbol (\sigma'_j too, syntax_symbols); \sigma a quantity where the notation names it so, but
        # before ( or ' the function
        if token.text in FUNCTIONS and not (token.text == r"\sigma" and (
                after == "_" or self.subscript_after_primes(1) or token.text in self.names
                and after not in ("(", "'"))):
            self.next()
            return self.function(FUNCTIONS[token.text], token)
        if token.text == r"\text":
            return self.text_word()
        if token.text == r"\begin":
            return self.environment()
        if token.text in (r"\mathbb", r"\mathbf") and self.is_indicator_one():
            return self.indicator_one()
        if token.text == r"\delta" and (derivative := self.delta_quotient()) is not None:
            return derivative
        if token.kind == "letter" or token.text in GREEK or token.text in _DECORATIONS or token.text == r"\Delta":
            return self.symbol()
        if token.text == "_" and self.private_name_starts():
            return self.private_name(token)  # Scala's _activation: a name starting with an underscore
        if token.text == "&":
            self.next()
            return self.atom()
        if token.kind == "command" and token.text in self.names:
            self.next()  # a course's macro the notation names as a symbol ("\\fw" = "W1[0, :]"): that symbol
            return self.symbol_rest(token.text, token)
        if token.kind == "command" and (wrapped := self.wrapped_symbol()) is not None:
            return wrapped  # \act{a_j^{(l)}}: a page's own colour macro around a symbol, that symbol
        if token.kind == "command":
            self.fail(f"the command {token.text} is not part of a formula check can read", token,
                      "write arithmetic, \\frac, \\sum, \\sigma, \\log, \\exp and the homework's symbols"
                      + ("; a page's own command around one symbol is read as that symbol where its name is no"
                         " operator's" if self.peek(1) is not None and self.peek(1).text == "{" else ""))
        if token.text == "/" and not token.spaced and self.position > 0 and self.tokens[self.position - 1].text == "/":
            self.fail("unexpected", token, "// is read as a comment only before words (// the update rule), worked"
                      " numbers (// 0.5 * 2 = 1) or an array's shape (// (10, 2), or // (2) after two spaces);"
                      " Python's floor division a // b is no formula check reads")
        self.fail("unexpected", token)

    def number(self) -> Node:
        token = self.next()
        text = token.text
        if (two_ways := two_readings_refusal(self.tokens, self.position - 1)) is not None:
            self.fail(two_ways[0], token, two_ways[1])  # 200,000 and 01: two numbers each, which differ
        if (two_ways := scientific_refusal(text, self.letters)) is not None:
            self.fail(two_ways[0], token, two_ways[1])  # 1.5e-3 where e is the notation's error: 1.5 e - 3 too
        if (decimal := decimal_comma(self.tokens, self.position - 1)) is not None:
            self.position += 2  # 0,3: a decimal comma, the comma and the digits after it the number's
            return Num(decimal)
        if text == "1" and self.peek() is not None and (self.peek().text == r"\{" or (
                self.peek().text == "_" and not self.peek().spaced)):
            return self.indicator_after_one()  # 1\{u > 0\}, 1_{u > 0}: the indicator is one atom
        if text == "1" and (indicator := self.glued_indicator()) is not None:
            return indicator  # 1(yi = k): CS231n's comments' indicator, a relation in parentheses glued to a 1
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
        return Num(scientific_number(text))

    def parenthesised(self) -> Node:
        opening = self.next()
        closing = _OPEN[opening.text]
        start = self.position
        if opening.text == "[" and (printed := printed_array(self.tokens, self.position - 1)) is not None:
            return self.printed_matrix(*printed, opening)  # [0.858 0.943]: NumPy's print of a vector, [0.858, 0.943]
        if opening.text == "(" and (derivative := self.parenthesised_partial(opening)) is not None:
            return derivative  # (del E)/(del x_j), AsciiMath's and plain text's ∂ fraction in parentheses
        inner = self.condition_or_expression() if opening.text == "[" else self.comparison_or_expression()
        if opening.text == "(" and not isinstance(inner, Cond) and self.at_python_keyword():
            inner = self.python_conditional(inner)  # (1. if z > 0 else 0.): Python's conditional expression
        if isinstance(inner, Cond) and opening.text == "(":  # (Z1 > 0): the indicator (syntax_arrays.py)
            return self.parenthesised_comparison(inner, opening)
        if isinstance(inner, Cond):  # Iverson's bracket [z > 0]: 1 where it holds, as 1\{z > 0\}
            conditions = [inner]
            while self.accept(","):
                conditions.append(self.condition_or_expression())
            self.expect("]", "to close the condition")
            if not all(isinstance(condition, Cond) for condition in conditions):
                self.fail("a bracket that mixes conditions and expressions", opening)
            return Indicator(tuple(conditions))
        if self.peek() is not None and self.peek().text == "," and opening.text == "[":
            items = [inner]  # [P_1, P_2, P_3]: a vector written as a list, one entry per unit
            singles = [self._one_bracket(start)]
            while self.accept(","):
                start = self.position
                items.append(self.expression())
                singles.append(self._one_bracket(start))
            self.expect("]", "to close the list")
            if all(isinstance(item, Matrix) and item.listed and len(item.rows) == len(items[0].rows) for item in items):
                return Matrix(tuple(tuple(row[0] for row in item.rows) for item in items))  # [[1, 2], [3, 4]]: rows
            if all(singles) and not any(isinstance(item, Matrix) for item in items):
                return Matrix(tuple((item,) for item in items))  # NumPy's [[1], [2]]: rows of one, a column
            return Matrix(tuple((item,) for item in items), listed=True)
        if self.peek() is not None and self.peek().text == "," and opening.text == "(":
            if (vector := self.tuple_vector(opening, inner)) is not None:
                return vector
            self.fail("a list in parentheses is not a formula", self.peek(),
                      "write one expression" + (", or a vector's numbers as [1, 2]" if _signed_number(inner) else ""))
        if opening.text == "(" and self.peek() is not None and self.peek().text == "=" and self._closed_later():
            # (w = w - \eta g) (b + 1): a claim set off in parentheses beside a group that holds none, the line whole
            self.fail("a relation inside parentheses, a claim a sentence sets off,", self.peek(),
                      "check reads claims in parentheses where each group holds one, with nothing but spaces between"
                      " them; write the claim without its parentheses")
        row = opening.text == "[" and isinstance(inner, Matrix) and inner.listed and self._one_bracket(start)
        self.expect(closing, "to close the parenthesis")
        if row:
            return Matrix((tuple(row[0] for row in inner.rows),))  # NumPy's [[3, 4]]: one row, a 1 x n matrix
        return inner

    def _one_bracket(self, start: int) -> bool:
        """Whether the tokens from ``start`` to the current position (an item just read) are one bracket ``[...]``
        opened at ``start`` and closed right before the current token (NumPy's row [1] of [[1], [2]])."""
        if start >= self.position or self.tokens[start].text != "[" or self.tokens[self.position - 1].text != "]":
            return False
        depth = 0
        for index in range(start, self.position):
            depth += {"[": 1, "]": -1}.get(self.tokens[index].text, 0)
            if depth == 0:
                return index == self.position - 1
        return False

    def _closed_later(self) -> bool:
        """Whether a parenthesis opened before the current token closes later in the row (``(w = w - g) ...``; a
        parenthesis the page leaves open, ``(\\frac{...}{...}=\\sigma ...``, is refused as open)."""
        depth = 0
        for token in self.tokens[self.position:]:
            if token.text in ("(", "[", "{"):
                depth += 1
            elif token.text in (")", "]", "}"):
                if depth == 0:
                    return token.text == ")"
                depth -= 1
        return False

    def printed_matrix(self, rows: list[list[str]], end: int, opening: Token) -> Matrix:
        """The Matrix of NumPy's print of an array (syntax_numbers.printed_array): a vector's one row as the list of
        its entries, [0.5, -0.3], a matrix's rows as [[0.1, 0.2], [0.3, 0.4]] read; each number as one alone."""
        for text in (text.lstrip("-") for row in rows for text in row):
            if (two_ways := scientific_refusal(text, self.letters)) is not None:
                self.fail(two_ways[0], opening, two_ways[1])
        self.position = end
        entries = [[Op("neg", (Num(scientific_number(text[1:])),)) if text.startswith("-") else
                    Num(scientific_number(text)) for text in row] for row in rows]
        if len(entries) == 1:
            return Matrix(tuple((entry,) for entry in entries[0]), listed=True)
        return Matrix(tuple(tuple(row) for row in entries))

    def tuple_vector(self, opening: Token, first: Node) -> Matrix | None:
        """``x = (1, 2)``, ``w = (w_1, \\dots, w_n)``: numbers, or a list with an ellipsis, in parentheses, the
        whole side of a relation (never a function's arguments), the vector of those entries as ``[1, 2]`` is (its
        shape must then be the left side's); numbers in parentheses, too, as an operand of arithmetic between
        operators (``(0, 0) - 0.1 \\times (0.5, 0.5)``); None, the position kept, for any other list."""
        save, items = self.position, [first]
        start = next(index for index, token in enumerate(self.tokens) if token is opening)
        before = self.tokens[start - 1] if start > 0 else None
        while self.accept(","):
            items.append(self.expression())
        numbers = all(_signed_number(item) for item in items)
        after = self.peek(1)
        closes = self.peek() is not None and self.peek().text == ")"
        whole = closes and before is not None and before.text in RELATIONS and (
            after is None or after.text in RELATIONS)
        # (0, 0, 0) - 0.01 \times (0.5, 0.5, 0.5): numbers between a relation or an operator and another (or the
        # end), never after a name (f(1, 2), its arguments) nor after \in ((0, 1), an interval)
        operand = closes and numbers and before is not None and before.text in _TUPLE_NEIGHBOURS and (
            after is None or after.text in _TUPLE_NEIGHBOURS)
        if whole and (numbers or any(isinstance(item, Ellipsis_) for item in items)) or operand:
            self.next()
            return Matrix(tuple((item,) for item in items), listed=True, operand=operand and not whole)
        self.position = save
        return None

    def norm(self, bar: str) -> Node:
        opening = self.next()
        self.bars += 1
        try:
            inner = self.expression()
        finally:
            self.bars -= 1
        column = self.row[opening.position + len(opening.text):].strip()
        if self.peek() is None and opening.spaced and bar == "|" and _COLUMN_WORDS.fullmatch(column):
            # error = (output - expected) * f'(output)  | output (synapsea's comment): a column of words after the
            # formula, as a table's cell, or a norm left open; neither guessed
            self.fail(f"a bar '|' then {column!r}, with no bar closing it: a column of words after the formula (a"
                      " comment's, as a table's cell) or a norm left open", opening,
                      "write the formula alone (the column's words in a comment of their own), or close the norm, |u|")
        self.expect(bar, "to close the norm")
        subscript = self.peek()
        if subscript is not None and subscript.text == "_":
            # \|v\|_2^2: the Euclidean norm named by its subscript (a matrix's Frobenius norm, \|W\|_F, likewise)
            self.next()
            script = self.raw_script().strip()
            if script != "2" and not (script == "F" and bar == r"\|"):
                self.fail(f"a norm with the subscript {script}", subscript,
                          "check reads the Euclidean norm; write \\|v\\|_2 or \\|v\\|, or write the sum it stands for")
        return Norm(inner)

    def text_word(self) -> Node:
        token = self.next()
        following = self.peek()
        if following is not None and following.text in RELATIONS:  # \text := ...: its braces lost, or none meant
            self.fail(f"{token.text} without braces before the relation {following.text}", following,
                      f"write {token.text}{{...}} around the words it sets, or drop the {token.text}")
        self.expect("{", "after \\text")
        parts, spaced = [], False
        while (item := self.next()).text != "}":
            parts.append(item.text)
            spaced = spaced or item.spaced
        word = "".join(parts).strip()
        # "and" of the page's language, \text{ y } (spaced) or \text{und}, left inside a claim: a word of the
        # sentence, never the factor y; no claim was found on both sides of it to split at
        if re.fullmatch(CONJUNCTION_WORD, word) and (len(word) > 1 or spaced or item.spaced):
            self.fail(f"\\text{{ {word} }}, a word between factors", token, "write each claim on a line of its own (its own"
                      " left side and relation on both sides of the word), or the name without \\text")
        if word in NAMED_FUNCTIONS:
            name = NAMED_FUNCTIONS[word]
            return self.function(name, token)
        if word in EITHER_WORDS or word in DERIVATIVE_WORDS:  # a derivative's word in \text{...}, as code's
            self.tokens.insert(self.position, Token("symbol", "'", token.position, False))
            return self.derivative_word(word, token) if word in EITHER_WORDS else \
                self.function(DERIVATIVE_WORDS[word], token, word)
        if word in ("d",):
            return Sym("d", position=token.position)
        if word == "e" and self.accept("^"):  # \mathrm{e}^{-z}, ISO's upright e: Euler's number, as e^{-z} is read
            return Call("exp", (self.script(),), position=token.position, written="e^")
        return self.symbol_rest(word, token)

    def derivative_word(self, word: str, token: Token) -> Node:
        """``sigmoid_derivative(u)`` (EITHER_WORDS), its prime already in place of its name: the activation's
        derivative at u as its input or as its output, which derivative_words.py judges both ways."""
        node = self.function(EITHER_WORDS[word], token, word)
        if not isinstance(node, Call):  # a power after the name, dsigmoid^2(u): which derivative it squares is unsaid
            self.fail(f"{word} with a power", token, f"write ({word}(u))^2")
        return dataclasses.replace(node, at="either")


# what may stand on either side of a vector written as numbers in parentheses inside arithmetic
_TUPLE_NEIGHBOURS = {*RELATIONS, "+", "-", "*", r"\times", r"\cdot"}


def _is_transpose(node: Node) -> bool:
    return isinstance(node, Sym) and node.base == "T" and not node.sub and not node.sup


def _integer_value(node: Node) -> int | None:
    if isinstance(node, Num) and node.text.isdigit():
        return int(node.text)
    if isinstance(node, Op) and node.kind == "neg":
        inner = _integer_value(node.args[0])
        return None if inner is None else -inner
    return None


def _signed_number(node: Node) -> bool:
    """Whether ``node`` is a number, or a number with a minus sign (an entry of a vector written as a list)."""
    return isinstance(node, Num) or isinstance(node, Op) and node.kind == "neg" and isinstance(node.args[0], Num)
