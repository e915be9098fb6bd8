"""A symbol's scripts as written: its subscript, superscript and primes, code's [index] after it, and the
digits or letters glued to a one-letter subscript, kept as text for the notation to match (raw_script), or what
follows ^ or _ read as a formula (script: an exponent, a sum's bound); plain text's d/dw before a glued
bracket (a part of syntax.Parser, as SymbolParsing, which reads the base, is; a change's \\Delta\\omega, one
name, is syntax_changes.py's). Scripts as plain text and code write them
(z_h1, W^(l+1), y^, x^{(i)}[j]): syntax_plain_scripts.py."""

from __future__ import annotations

import dataclasses
import re

from ..patterns import lazy_pattern
from .syntax_new_axes import with_new_axis
from .syntax_primed_layers import PRIMED_HOW as _PRIMED_HOW, ambiguous_prime, primed_layer, primed_letter_written
from .syntax_tree import Node, Num, Op, Sym, Token, Transpose, _DECORATIONS

#: a subscript holding a condition between two index letters, as the raw script keeps it: k\neqi, k\nei, k\not=i,
#: k!=i, k≠i, k=i
_SUBSCRIPT_CONDITION = lazy_pattern(r"([A-Za-z])(\\neq|\\ne|\\not=|!=|≠|=)([A-Za-z])")
# a layer as a name's bracket or superscript writes it: a number, l or L, l plus or minus a number
_LAYER = lazy_pattern(r"\s*(?:\d+|[lL](?:\s*[+-]\s*\d+)?)\s*")


class ScriptParsing:
    """Parser methods for the scripts of a symbol and the raw text of a script."""

    def glued_digits(self, base: str, sub: str, digits: Token) -> bool:
        """Whether the digits glued to ``base`` (with the subscript ``sub``) end its subscript in LaTeX,
        where TeX would set them as a factor: as the notation reads them (Parser's ``glued``)."""
        reading = self.glued(base, sub, digits.text)
        if reading == "ambiguous":
            apart = f"{base}_{{{sub}}}" if sub else base
            self.fail(f"{base}{'_' + sub if sub else ''}{digits.text} is ambiguous: the notation names both"
                      f" {base}_{{{sub}{digits.text}}} and {apart}", digits,
                      f"write the braces ({base}_{{{sub}{digits.text}}}) or a product sign ({apart} \\cdot {digits.text})")
        return reading == "glued"

    def glued_word(self, base: str, sub: str) -> str:
        """The letters typed against a one-letter subscript in LaTeX (``\\sigma(z_out)`` in a row whose ŷ
        has braces) that end it, where the notation names the subscript with them, a word (``"z_{out}"``),
        and not the letter alone: as plain text reads z_out (one letter too after a base with digits, o1_in where
        it names "o₁_in", as batch 84's ∂L/∂o₁_in writes it). "" where TeX's reading (z_{o} times ut) stays."""
        end = self.position
        while end < len(self.tokens) and self.tokens[end].kind == "letter" and not self.tokens[end].spaced:
            end += 1
        word = "".join(token.text for token in self.tokens[self.position:end])
        # one letter only after a base with digits (o1_in, a Unicode o₁ glued); w_jk stays TeX's w_{j} times k
        if len(word) < (1 if base[-1:].isdigit() else 2) or not self.glued_digits(base, sub, Token("letter", word, self.tokens[self.position].position, False)):
            return ""
        self.position = end
        return word

    def double_subscript(self, base: str, sub: str) -> None:
        """Refuse a second subscript glued after the first, ``z_{1}_i``: LaTeX refuses it too ("Double
        subscript"), and which index is whose is the author's to say."""
        underscore = self.next()
        second = self.raw_script() if self.peek() is not None else ""
        self.fail(f"a double subscript {base}_{{{sub}}}_{second}", underscore,
                  f"write {base}_{{{sub},{second}}} (or {base}_{{{sub}{second}}})")

    def function_layer(self, primes: int, name: str = "") -> tuple[str, int]:
        """The layer a superscript after a function's name writes, with the primes before, in and after it:
        ``\\sigma'^l``, ``\\sigma^{[l]}'``, ``f^{\\prime [l]}``, ``g^{(2)\\prime}`` -> ("l" or "2", the primes); ("",
        primes), the position kept, where the superscript is no layer (\\sigma^2(z) is a power): a layer letter
        (l, L, \\ell, one of them plus or minus a number) bare or in brackets, or a number in brackets."""
        start = self.position
        if self.peek() is None or self.peek().text != "^" or self.peek(1) is None:
            return "", primes
        self.next()
        raw = self.raw_until("}") if self.accept("{") else self.next().text
        inner = raw.count("'") + raw.count(r"\prime")
        rest = raw.replace(r"\prime", "").replace("'", "").strip()
        letter = r"(?:l|L|\\ell)(?:[+-]\d+)?"
        found = re.fullmatch(rf"\[\s*(\d+|{letter})\s*\]|\(\s*(\d+|{letter})\s*\)|({letter})", rest)
        if found is None:
            self.position = start
            return "", primes
        if found.group(3) and (primed := primed_layer(raw)) and primed[2] \
                and primed_letter_written(primed[2], self.row, self.scripts):  # \sigma^{l'}: see syntax_primed_layers
            self.fail(ambiguous_prime(name, primed[2]), self.tokens[start], _PRIMED_HOW)
        while self.accept("'"):
            inner += 1
        return next(group for group in found.groups() if group), primes + inner

    def decorated_inner(self) -> str:
        if self.accept("{"):
            parts, depth = [], 0  # \dot{A^{[1]}}: the braces inside kept, so that the whole is one decorated name
            while (item := self.next()).text != "}" or depth:
                depth += {"{": 1, "}": -1}.get(item.text, 0)
                parts.append(item.text)
            return "".join(parts)
        return self.next().text

    def symbol_rest(self, base: str, token: Token, sub: str = "", glued: bool = False) -> Node:
        if (column := self.new_axis(lambda: self.symbol_rest(base, token, sub, glued))) is not None:
            return column  # x[:, None], NumPy's column of x (syntax_arrays.py)
        sup, starred = "", False
        primes = 0
        bracket = None
        transposed_first = False
        # (a name the notation gives whole, letters after its digits, z1b[i], indexed as any: batch 156's JavaScript
        # map with an index, z1b.map((v, i) => ...), writes the entry so)
        if self.peek() is not None and self.peek().text == "[" and not self.peek().spaced and (re.fullmatch(
                r"(?:\\Delta )?[A-Za-z]+\d*|\\[a-zA-Z]+", base) or base in self.bases) and self.bracket_is_index() \
                and not self.bracketed_argument_follows(base):  # f[u_1 f(x) + b]: a declared function's argument
            self.next()
            bracket = self.raw_until("]")
            while self.peek() is not None and self.peek().text == "[" and not self.peek().spaced \
                    and not self.new_axis_follows() and self.bracket_is_index():
                self.next()  # code's W1[0][1]: the indices of one entry, as W1[0, 1]
                bracket += "," + self.raw_until("]")
        if bracket is None and (row := self.matlab_row(base)) is not None:
            bracket = row  # MATLAB's X(i, :), as NumPy's X[i, :] (reading_slices)
        for _ in range(4):
            following = self.peek()
            if following is None:
                break
            if following.text == "'":
                if not primes and self.octave_transpose_follows():  # Octave's W2'* dZ2: see Transpose.primed
                    self.next()
                    return Transpose(Sym(base, sub, _strip_parentheses(sup), 0, bracket, token.position,
                                         layered=_strip_parentheses(sup) != sup), primed=True)
                self.next()
                primes += 1
            elif following.text == "_" and not sub:
                self.next()
                braced = self.peek() is not None and self.peek().text == "{"
                sub = self.plain_script(base) if self.plain else self.raw_script()
                digits = self.peek()
                if not self.plain and not braced and re.fullmatch(r"[A-Za-z]", sub) and digits is not None \
                        and digits.kind == "number" and not digits.spaced and digits.text.isdigit() \
                        and self.glued_digits(base, sub, digits):
                    sub += self.next().text  # E_y1 where the notation names E_{y1} and not E_{y}
                elif not self.plain and not braced and re.fullmatch(r"[A-Za-z]", sub):
                    sub += self.glued_word(base, sub)  # z_out where the notation names z_{out}, not z_{o}
            elif following.text == "_" and not following.spaced and not self.plain:
                self.double_subscript(base, sub)
            elif following.text == "^" and not sup:
                if self.caret_hat(base, following):
                    self.next()  # plain text's y^ for ŷ: the hat, no superscript follows
                    base = rf"\hat{{{base}}}"
                    continue
                save = self.position
                self.next()
                if self.peek() is not None and (self.peek().text in (r"\prime",) or (
                        self.peek().text == "{" and self.peek(1) is not None and self.peek(1).text == r"\prime")):
                    if self.accept("{"):
                        self.next()
                        self.expect("}", "after \\prime")
                    else:
                        self.next()
                    primes += 1
                    continue
                raw = self.parenthesised_superscript() or self.raw_script()
                while raw.startswith("'"):  # f^{\prime [l]}: the prime, then the layer
                    raw, primes = raw[1:].strip(), primes + 1
                # a lower-case t, W_2^t, where the notation gives t no other meaning (lowercase_transposed)
                transpose = _is_transpose_text(raw) or raw == "t" and base in self.t_transposed
                if transpose and not sub and self.peek() is not None and self.peek().text == "_":
                    transposed_first = True  # W^T_{ho}: TeX's W_{ho}^T, the subscript after the transpose
                    continue
                if transpose or raw.startswith("-"):
                    self.position = save
                    break
                sup, starred = raw, following.starred
            else:
                break
        if sup and not sub and bracket is None:
            bracket = self.index_after_superscript()  # x^{(i)}[j]: the spec's x_{j}^{(i)}
        elif sub and bracket is None:
            bracket = self.entry_after_subscript(base)  # A_i[r, 0]: the entry of what A_i names
        if transposed_first:
            return Transpose(Sym(base, sub, _strip_parentheses(sup), primes, bracket, token.position,
                                 layered=_strip_parentheses(sup) != sup))
        if (primed := primed_layer(sup)) is not None and self.peek() is not None and self.peek().text == "(":
            # \phi^{(l)\,'}(z), g^{l'}(z): a function's layer, then its prime, both in one superscript
            if primed[2] and primed_letter_written(primed[2], self.row, self.scripts):
                self.fail(ambiguous_prime(base, primed[2]), token, _PRIMED_HOW)
            sup, primes = primed[0], primes + primed[1]
        transposed = re.fullmatch(r"(\(?(?:[0-9lL+\-]|\\ell)+\)?|\[\s*[A-Za-z0-9]\s*(?:[+\-]\s*\d+\s*)?\])(?:\^)?(T|\\top|\{T\}|\{\\top\})",
                                  sup)
        if transposed:  # W^{(2)T}, A^{[i-1]T}, W^{[l]^T}: the layer and a transpose in one superscript
            return Transpose(Sym(base, sub, _strip_parentheses(transposed.group(1)), primes, bracket, token.position))
        if not sub and not sup and bracket is None and not primes and (flat := self.spaced_subscript(base, token)):
            sub = flat  # y i, Z_net 1 =: a PDF's subscript after a space (syntax_plain_scripts.py)
        stripped = _strip_parentheses(sup)
        # \theta_{i \neq k}: i, for i other than k; y_{k=i}: k, for k equal to i (homework_cases.subscript_case)
        condition = _SUBSCRIPT_CONDITION.fullmatch(sub)
        symbol = Sym(base, condition.group(1) if condition else sub, stripped, primes, bracket, token.position,
                     layered=stripped != sup, glued=glued,
                     condition=f"{condition.group(1)}{'=' if condition.group(2) == '=' else '!='}{condition.group(3)}"
                     if condition else "", starred=starred, word=identifier_around(self.row, token.position, base))
        if (axis := self.new_axis_written()) is not None:
            # delta_out[:, None]: a scripted name's column; x[i][:, None], the column of what x[i] names (one
            # sample's vector, a whole row of code's 2-D array: a number's or a matrix's refused where it is read)
            return with_new_axis(axis, symbol, token.position)
        if self.lettered_transpose_follows(bracket if not sup else stripped if stripped != sup else None):
            self.next()  # W[2]T, W^{[2]}T: the layer, then the transpose's capital T glued to it
            return Transpose(symbol, lettered=True)
        return symbol

    def lettered_transpose_follows(self, layer: str | None) -> bool:
        """Whether a capital T, a word of its own, is glued after a name's ``layer`` (a number or l, L, l - 1 in
        brackets or parentheses): a course's plain-text transpose, ``W[2]T dz[2]``, and ``W[3]TdZ[3]`` where the
        letters glued after the T start a name of the notation and no name of the notation starts them with T."""
        return layer is not None and _LAYER.fullmatch(layer) is not None and self.capital_t_glued()

    def capital_t_glued(self) -> bool:
        """Whether the current token is a capital T glued to what is before it, a word of its own (nothing glued
        after it but a name of the notation, name_glued_after_letter): a plain-text transpose after a layer
        (lettered_transpose_follows) or a parenthesis (``(w[2])T dz[2]``, syntax_atoms)."""
        letter, following = self.peek(), self.peek(1)
        return letter is not None and letter.kind == "letter" and letter.text == "T" and not letter.spaced \
            and (following is None or following.spaced or following.kind not in ("letter", "number")
                 or following.kind == "letter" and self.name_glued_after_letter())

    def decorated_gradient_name(self) -> Node | None:
        """After a d (the current token a decoration glued to it), Ng's gradient name of a decorated letter,
        ``d\\hat{y}_n`` (dL/d\\hat{y}_n): the name with its scripts where the notation's gradient names hold it
        (notation_names.gradient_names); None, nothing taken, otherwise (d, then the decorated name)."""
        after, start = self.peek(), self.position
        if after is None or after.spaced or after.text not in _DECORATIONS:
            return None
        named = self.symbol()
        symbol = named.of if isinstance(named, Transpose) else named
        if not isinstance(symbol, Sym) or "d" + symbol.base not in self.names:
            self.position = start
            return None
        symbol = dataclasses.replace(symbol, base="d" + symbol.base)
        return dataclasses.replace(named, of=symbol) if isinstance(named, Transpose) else symbol

    def sample_script_follows(self) -> bool:
        """Whether the script after a ^ is one letter in parentheses, braced: ``(dZ)^{(i)}``, a sample's superscript
        on a parenthesis or a power, which reading decides."""
        tokens = [self.peek(k) for k in range(5)]
        return None not in tokens and [token.text for token in tokens[:2] + tokens[3:]] == ["{", "(", ")", "}"] \
            and tokens[2].kind == "letter" and len(tokens[2].text) == 1

    def name_glued_after_letter(self) -> bool:
        """Whether the letters glued after the current letter start a name of the notation, and the current letter
        with them starts none (``TdZ`` where dZ is a name and no name begins Td or TdZ); refused where both are
        names (a transpose times dZ, or the notation's Td times Z: a guess)."""
        letter, run, index = self.peek(), "", self.position + 1
        while index < len(self.tokens) and self.tokens[index].kind == "letter" and not self.tokens[index].spaced:
            run += self.tokens[index].text
            index += 1
        after = any(run.startswith(name) for name in self.names)
        if after and any((letter.text + run).startswith(name) and len(name) > 1 for name in self.names):
            self.fail(f"{letter.text} glued between a layer and {run}: the transpose, or the start of a name of the"
                      " notation", letter, f"write ^{letter.text} for the transpose, or * before the notation's name")
        return after

    def operator_variable(self) -> Node:
        """The v of plain text's d/dv: a symbol, but ``d / dw[(w x - y)^2]`` is d/dw applied to the bracket, the
        bracket glued to w holding an expression (a parenthesis, a power, a product or a quotient), never an
        index as code's dw[0] holds."""
        letter, bracket = self.peek(), self.peek(1)
        if bracket is None or bracket.text != "[" or bracket.spaced:
            return self.symbol()
        depth, index = 0, self.position + 1
        while index < len(self.tokens):
            text = self.tokens[index].text
            depth += (text == "[") - (text == "]")
            if depth == 0:
                break
            if text in ("(", "^", "*", "/", r"\cdot"):
                self.next()
                return Sym(letter.text, position=letter.position)
            index += 1
        return self.symbol()

    def _script_start(self, missing: str) -> Token:
        """The token after ^ or _ (not taken); a failure saying ``missing`` where there is none, or that a hat may be
        meant after a bare ^ (y^ for ŷ)."""
        token = self.peek()
        if token is None and self.position and self.tokens[self.position - 1].text == "^":
            self.fail("a superscript is missing after ^", None, "for a hat, as y^ for ŷ, write \\hat{y}")
        if token is None:
            self.fail(missing, None)
        return token

    def script(self, code: bool = False) -> Node:
        """What follows ^ or _: a braced group, or one token; after a sign in plain text or code (``code``: a ^
        written as code's ``**``), a name whole (syntax_atoms.atom: ``2.71**-neuron_input``, ``e^-z_1``), as code's
        unary minus takes its operand, never TeX's one letter of a script."""
        token = self._script_start("a superscript or subscript is missing")
        if token.text == "{":
            self.next()
            if self.accept("}"):
                return Num("1")
            inner = self.expression()
            self.expect("}", "to close the group")
            return inner
        if token.kind == "number":
            self.next()
            # the whole number, as plain text means it (x^23 is x to the 23rd), where TeX would take one digit
            return Num(token.text)
        if token.kind == "letter":
            self.next()
            return Sym(token.text, position=token.position)
        if token.text in ("-", "+"):
            self.next()
            self.deeper()
            try:
                following = self.peek()
                inner = self.atom() if (code or self.plain) and following is not None \
                    and following.kind == "letter" else self.script(code)
            finally:
                self.depth -= 1
            return Op("neg", (inner,)) if token.text == "-" else inner
        return self.atom()

    def raw_script(self) -> str:
        """What follows ^ or _ as written: a braced group's text, or one token's (a decoration with its group)."""
        token = self._script_start("a subscript or superscript is missing")
        if token.text == "{":
            self.next()
            return self.raw_until("}")
        self.next()
        if token.kind == "number":
            return token.text
        if token.text in _DECORATIONS:
            return token.text + "{" + self.decorated_inner() + "}"
        return token.text

    def matlab_row(self, base: str) -> str | None:
        """MATLAB's row of a matrix glued to its name, ``X(i, :)`` (one letter or a whole number, then the colon): the
        bracket ``i,:`` consumed, as NumPy's ``X[i, :]`` is read (reading_slices.SliceReading); None, the position kept,
        for any other parenthesis (a function's arguments never end in a lone colon)."""
        texts = [token.text if token is not None else None for token in (self.peek(k) for k in range(5))]
        if texts[0] != "(" or self.peek().spaced or texts[2:] != [",", ":", ")"] \
                or not re.fullmatch(r"[A-Za-z]|\d+", texts[1] or "") or not re.fullmatch(r"[A-Za-z]\w*|\\[A-Za-z]+", base):
            return None
        self.position += 5
        return f"{texts[1]},:"

    def raw_until(self, closing: str) -> str:
        opening = {"}": "{", "]": "[", ")": "("}[closing]
        parts, depth = [], 1
        while True:
            item = self.next()
            if item.text == opening:
                depth += 1
            elif item.text == closing:
                depth -= 1
                if depth == 0:
                    break
            parts.append(item.text)
        return _join_script(parts)

def _join_script(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and out[-1].isalpha() and part[:1].isalpha() and out.rsplit("\\", 1)[-1].isalpha() and "\\" in out[-3:]:
            out += " "
        out += part
    return out.replace(" ", "")


def _strip_parentheses(script: str) -> str:
    """``(2)`` and ``[2]`` (a layer as W^{[2]} writes it, also ``[l]``, ``[L-1]``) as ``2``. Other
    square brackets stay: ``\\theta^{[n]}``, ``\\theta^{[n+1]}`` mark a step of the update (reading_symbols)."""
    if script.startswith("(") and script.endswith(")") and script.count("(") == 1:
        return script[1:-1]
    if re.fullmatch(r"\[\s*(\d+|(?:[lL]|\\ell)\s*([+-]\s*\d+)?)\s*\]", script):
        return script[1:-1].strip()
    return script


def _is_transpose_text(raw: str) -> bool:
    return raw in ("T", "\\top", "\\intercal", "\\mathsf{T}", "\\mathrm{T}")


# an identifier as code and prose write it: new_weights, deltas, targetValue, init_weights
_IDENTIFIER = r"[A-Za-z0-9_]"
# a name of several letters, never TeX's product of letters: three letters in a run (deltas), a camelCase switch
# (dW, targetValue), two letters before an underscore (new_weights); a letter and its subscript, w_ij, is none
_WORD_LIKE = lazy_pattern(r"[A-Za-z]{3}|[a-z][A-Z]|[A-Za-z]{2}_[A-Za-z0-9]")


def identifier_around(row: str, position: int, base: str) -> str:
    """The identifier of ``row`` (letters, digits, underscores) holding the one-letter name ``base`` written at
    ``position``, where it is a word of several letters (_WORD_LIKE) the letter is one of: the name a refusal of the
    letter names (new_weights, not its n); "" elsewhere (a letter alone, a command's letters, \\eta's)."""
    if len(base) != 1 or not base.isascii() or not base.isalpha() or row[position:position + 1] != base:
        return ""
    start, end = position, position + 1
    while start > 0 and re.match(_IDENTIFIER, row[start - 1]):
        start -= 1
    while end < len(row) and re.match(_IDENTIFIER, row[end]):
        end += 1
    while not row[start].isalpha():  # 2x_new: the digits before the name are a factor
        start += 1
    word = row[start:end]
    if start > 0 and row[start - 1] == "\\" or not _WORD_LIKE.search(word):
        return ""
    return word
