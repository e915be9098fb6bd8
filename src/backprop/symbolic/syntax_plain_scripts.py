"""A name's scripts as plain text and code write them (a part of syntax.Parser, as ScriptParsing is): a subscript
as the run of its word (``z_h1``, ``w_ij``, ``w_(hidden_output)``), a superscript's parenthesis as its group
(``W^(l+1)``), plain text's hat (``y^`` for ŷ), code's index brackets glued after a script (``x^{(i)}[j]``,
``A_i[r, 0]``) or a call (``V_out(n_out)[i]``), and a subscript's letters glued flat after the name's base (``wji`` as ``w_{ji}``, ``∑kxkwjk``) where
the notation reads them so."""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .function_words import GLUED_FUNCTION_WORDS, NAMED_FUNCTIONS
from .syntax_tree import RELATIONS, Node, Token, _PLAIN_WORDS

# a letter under a hat or a bar, as typography writes plain text's ŷ and x̄ (\\hat{y}, \\bar{x})
_DECORATED = lazy_pattern(r"\\(?:hat|bar|tilde)\{[A-Za-z]\}")
# one bracket of code's indices after a call, its tokens joined: i, 0, j,k, k-1
_CODE_INDEX = lazy_pattern(r"(?:[A-Za-z]|\d+|[A-Za-z][+-]\d+)(?:,(?:[A-Za-z]|\d+|[A-Za-z][+-]\d+))*")


class PlainScriptParsing:
    """Parser methods for scripts as plain text and code write them."""

    def index_after_superscript(self) -> str | None:
        """The one code index glued after a superscript, ``x^{(i)}[j]``, ``a^{[2]}[0]``: a letter or a number, plus
        or minus a number; None, the position kept, for anything else (``y^{(i)}[\\log h]``, a bracket of terms)."""
        following = self.peek()
        if following is None or following.text != "[" or following.spaced or not self.bracket_is_index():
            return None
        start = self.position
        self.next()
        inside = self.raw_until("]")
        if re.fullmatch(r"\s*(?:[A-Za-z]|\d+)(?:\s*[+-]\s*\d+)?\s*", inside):
            return inside.strip()
        self.position = start
        return None

    def entry_after_subscript(self, base: str) -> str | None:
        """Code's indices glued after a subscripted name, ``A_i[r, 0]``, ``W_{out}[r][c]``: an entry of what the name
        with its subscript names (a layer's vector or matrix), as ``r,0``; None, the position kept, where no index
        bracket follows (``w_j [t + 1]`` spaced), or a bracket holds anything but indices, each a letter or a number,
        plus or minus a number (Iverson's ``t_k[q_k > 0]``)."""
        following = self.peek()
        if following is None or following.text != "[" or following.spaced or not re.fullmatch(
                r"[A-Za-z]+\d*|\\[a-zA-Z]+", base) or not self.bracket_is_index():
            return None
        start, indices = self.position, []
        while (following := self.peek()) is not None and following.text == "[" and not following.spaced \
                and self.bracket_is_index():
            self.next()
            indices.append(self.raw_until("]"))
        if not all(re.fullmatch(r"(?:[A-Za-z]|\d+)(?:[+-]\d+)?(?:,(?:[A-Za-z]|\d+)(?:[+-]\d+)?)*", inside)
                   for inside in indices):
            self.position = start
            return None
        return ",".join(indices)

    def spaced_subscript(self, base: str, token: Token) -> str | None:
        """A PDF's subscript flattened after a space, ``y i``, ``\\hat{y} i``, ``y_net k``, ``Z_net 1 =``: the letter or the
        digits after the name, consumed, where that is the only reading. A letter where the notation reads it as the
        name's subscript and the product names nothing (no pattern for the name bare nor for the letter:
        Notation.flat_subscript's ``apart``); digits only on a left side opening the formula, before its relation
        (``Z_net 1 = ...``: a product with a number after the name names no left side), where the notation reads them
        as the subscript and names the name bare by no pattern. None, the position kept, elsewhere."""
        script, after = self.peek(), self.peek(1)
        # plain text, or plain text with a Unicode hat or bar made TeX's (ŷ as \\hat{y}): no other braces, no \\frac
        plain = self.plain or "\\frac" not in self.row and "{" not in _DECORATED.sub("", self.row)
        if not plain or script is None or not script.spaced or after is not None and not after.spaced and (
                after.kind in ("letter", "number") or after.text in ("_", "^", "(", "[", "'")):
            return None
        if script.kind == "letter" and len(script.text) == 1 and script.text not in self.names \
                and self.flat(base, script.text, apart=True) == "one":
            self.next()
            return script.text
        opening = bool(self.tokens) and self.tokens[0] is token
        if self.plain and script.kind == "number" and script.text.isdigit() and opening and after is not None \
                and after.text in RELATIONS and self.glued(base, "", script.text) == "glued":
            self.next()
            return script.text
        return None

    def call_index(self) -> str | None:
        """Code's indices glued after a call's parenthesis, ``V_out(n_out)[i]``, ``f(u)[0][j]`` (each bracket whole
        numbers, letters and a letter plus or minus a number), as a subscript's text ``i``, ``0,j``, the position
        past them; None, the position kept, for any other bracket (``f(x)[1 - f(x)]``, a factor) or none."""
        indices, index = [], self.position
        while index < len(self.tokens) and self.tokens[index].text == "[" and not self.tokens[index].spaced:
            end = next((at for at in range(index + 1, len(self.tokens)) if self.tokens[at].text == "]"), None)
            inside = "".join(token.text for token in self.tokens[index + 1:end]) if end is not None else ""
            if not _CODE_INDEX.fullmatch(inside):
                break
            indices.append(inside)
            index = end + 1
        if not indices:
            return None
        self.position = index
        return ",".join(indices)

    def bracket_is_index(self) -> bool:
        depth, index = 0, self.position
        while index < len(self.tokens):
            text = self.tokens[index].text
            if text == "[":
                depth += 1
            elif text == "]":
                depth -= 1
                if depth == 0:
                    return True
            elif text in RELATIONS or text in (r"\frac", r"\sum"):
                return False
            index += 1
        return False

    def caret_hat(self, base: str, caret: Token) -> bool:
        """Whether the ``^`` at ``caret`` (the next token) is plain text's hat, ``y^`` for ŷ: glued to a name
        and followed by nothing a superscript could be: the end, a relation, a closing bracket, a comma, or an
        operator with a space before it (y^-1 stays a power, y^* and w^+ a superscript)."""
        after = self.peek(1)
        if caret.spaced or not re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", base):
            return False
        return after is None or after.text in RELATIONS or after.text in (")", "]", ",", r"\cdot") or (
            after.text in ("+", "-", "*", "/") and after.spaced)

    def parenthesised_superscript(self) -> str | None:
        """Plain text's ``W^(l+1)``, ``a^(l-1)``, ``\\delta^(2)``: the parenthesis is the superscript's group, as
        ``W^{(l+1)}`` writes it, where it closes right after index letters and whole numbers joined by + and -;
        None elsewhere (the one token after ^ is the superscript)."""
        ahead, parts = 1, []
        if self.peek() is None or self.peek().text != "(":
            return None
        while (token := self.peek(ahead)) is not None:
            operand = len(parts) % 2 == 0
            if operand and not (token.kind == "letter" and (len(token.text) == 1 or token.text == r"\ell")
                                or token.kind == "number" and token.text.isdigit()):
                return None
            if not operand and token.text == ")":
                self.position += ahead + 1
                return "(" + "".join(parts) + ")"
            if not operand and token.text not in ("+", "-"):
                return None
            parts.append(token.text)
            ahead += 1
        return None

    def plain_script(self, base: str = "") -> str:
        """A subscript in plain text: the run of letters, then digits, of its word (z_h1, w_ij, but
        w_1x_1 is w_1 x_1, and x_iw_i, where another subscript follows the run, x_i w_i), else one token; a run
        with a second subscript glued after it as the notation names ``base`` (double_subscript_run)."""
        parts, start = [], self.position
        if self.peek() is not None and self.peek().text == "(":
            self.next()  # w_(hidden_output), x_(i+1): plain text's parenthesised subscript, the whole of it
            return self.raw_until(")")
        while (token := self.peek()) is not None and token.kind in ("letter", "number") and (
                not parts or not token.spaced) and (token.kind == "letter" or token.text.isdigit()) and not (
                token.kind == "letter" and parts and parts[-1].isdigit()):
            parts.append(self.next().text)
        word = "".join(parts)
        if (name := next((name for name in GLUED_FUNCTION_WORDS if word.endswith(name) and len(word) > len(name)
                          and word[:-len(name)].isalnum()), None)) and parts[-len(name):] == list(name):
            # y_klog(p_k): the function's name typed against the script (y_k log(p_k)) is no part of it
            self.position -= len(name)
            return word[:-len(name)]
        following = self.peek()
        if parts and following is not None and following.text == "_" and not following.spaced \
                and (whole := self.double_subscript_run(base, word)) is not None:
            return whole
        if len(parts) > 1 and following is not None and following.text == "_" and not following.spaced:
            # x_iw_i, \sum_ix_iw_i: as a run the subscript would leave x_{iw} a second subscript, which
            # nothing means; TeX's reading, one token (x_i w_i), is the one that parses, unless the notation names
            # the base with a longer run of index letters and no shorter one (X_ijW_jl where it names X_{ij}: X_{ij}
            # W_{jl}, Notation.flat_subscript's "one")
            size = next((size for size in range(len(parts) - 1, 1, -1) if self.flat(base, "".join(parts[:size]))
                         == "one"), 1)
            self.position = start + size
            return "".join(parts[:size])
        return "".join(parts) if parts else self.raw_script()

    def double_subscript_run(self, base: str, word: str) -> str | None:
        """Plain text's second subscript glued after the first run ``word``: ``δ_próxima_camada`` and ``δ_h_1``
        where the notation names \\delta_{próxima_camada}, \\delta_{h_{1}} (the runs joined by their _ as written,
        TeX's braces Pattern.match's), ``δ_Z_1`` where it names \\delta_{Zj} (letters, then digits: glued), or
        Haykin's ``w_j_i``, one index letter a run, where it names w_{ji} (the letters as one subscript, as
        Notation.flat_subscript reads wji); the subscript, the runs taken, or None
        (nothing taken: the run alone, as before). Refused where the notation names both a shorter part and the
        whole (\\delta_{h} beside \\delta_{h_{1}}), or the letters both as one subscript and apart."""
        runs, ahead = [word], self.position
        while ahead + 1 < len(self.tokens) and self.tokens[ahead].text == "_" and not self.tokens[ahead].spaced:
            run, end = "", ahead + 1
            while end < len(self.tokens) and self.tokens[end].kind in ("letter", "number") and (
                    not run or not self.tokens[end].spaced) and (self.tokens[end].kind == "letter"
                                                                 or self.tokens[end].text.isdigit()):
                run, end = run + self.tokens[end].text, end + 1
            if not run or self.tokens[ahead + 1].spaced:
                break
            runs.append(run)
            ahead = end
        if len(runs) < 2:
            return None
        joined = self.glued(base, runs[0], "_" + "_".join(runs[1:]))
        # δ_Z_1 (Unicode's δ_Z₁) where the notation names δ_{Zj}, Z_j's index glued: δ of Z_1, the digits glued to
        # the letters as the notation writes them (never where it names δ_{Z} too: ambiguous, refused)
        numbered = self.glued(base, runs[0], runs[1]) if joined == "apart" and len(runs) == 2 \
            and runs[0].isalpha() and runs[1].isdigit() else None
        if numbered == "ambiguous":
            self.fail(f"{base}_{runs[0]}_{runs[1]} reads two ways as the notation names both {base}_{{{runs[0]}}}"
                      f" and {base}_{{{runs[0]}{runs[1]}}}", self.peek(),
                      f"write its subscript in braces ({base}_{{{runs[0]}_{runs[1]}}} or {base}_{{{runs[0]}}})")
        if numbered == "glued":
            self.position = ahead
            return runs[0] + runs[1]
        letters = "".join(runs)
        flat = self.flat(base, letters) if all(len(run) == 1 and run.isalpha() for run in runs) else None
        if joined == "ambiguous" or (joined != "glued" and flat == "ambiguous"):
            self.fail(f"{base}_{'_'.join(runs)} reads two ways as the notation names {base}: a double subscript, "
                      "its parts apart or as one", self.peek(),
                      f"write its subscript in braces ({base}_{{{'_'.join(runs)}}} or {base}_{{{letters}}})")
        if joined != "glued" and flat != "one":
            return None
        self.position = ahead
        return "_".join(runs) if joined == "glued" else letters

    def flat_symbol(self, base: str, token: Token, start: int, apart: bool = False) -> Node | None:
        """Plain text's ``wji``, ``tj``, ``Δwji``: the letters glued after the name's base (from ``start``) as
        its subscript, where the notation reads them so (Notation.flat_subscript: a pattern w_{ji} with as many
        letters, each an index letter or the pattern's own), before a Greek name (xi as x_{i} where the notation
        names no ξ) and letter by letter; refused where two readings fit. None, the position kept, elsewhere.
        ``apart``: a Greek name's letters, which may stand apart from it (Unicode's δj arrives as \\delta j), read so
        only where the product reading names nothing (Notation.flat_subscript's ``apart``)."""
        end = start
        while end < len(self.tokens) and self.tokens[end].kind == "letter" and (
                not self.tokens[end].spaced or apart and end == start):
            end += 1
        letters = "".join(token.text for token in self.tokens[start:end])
        run = base + letters
        if not self.plain or not letters or run in self.names or run in NAMED_FUNCTIONS or (
                run in _PLAIN_WORDS and len(run) > 2) or (
                end < len(self.tokens) and self.tokens[end].kind == "number" and not self.tokens[end].spaced):
            return None
        readings = self.flat_pieces(base, letters) if len(letters) <= 12 else []
        if not readings:
            return None
        if len(readings) > 1 or any(self.flat(*piece) == "ambiguous" for piece in readings[0]):
            self.fail(f"{base}{letters} may be {base}_{{{letters}}} or another name of the notation", token,
                      f"write each subscript with its underscore, {base}_{{{readings[0][0][1]}}}, or the other name")
        sub = readings[0][0][1]  # xkwjk: x_{k}, and w_{jk} read as the next factor
        if apart and self.flat(base, sub, apart=True) != "one":
            return None
        self.position = start + len(sub)
        return self.symbol_rest(base, token, sub=sub)

    def flat_pieces(self, base: str, letters: str) -> list[list[tuple[str, str]]]:
        """Every way to read ``base`` and the letters glued after it as flat-subscripted names of the notation,
        one after another (``xkwjk``: [(x, k), (w, jk)]), each piece a (base, subscript) the notation reads."""
        found = []
        for cut in range(1, len(letters) + 1):
            if self.flat(base, letters[:cut]) is None:
                continue
            rest = letters[cut:]
            if not rest:
                found.append([(base, letters)])
            elif len(rest) >= 2:
                found.extend([(base, letters[:cut]), *tail] for tail in self.flat_pieces(rest[0], rest[1:]))
        return found

    def flat_sum_letter(self) -> str | None:
        """Plain text's ``∑kxkwjk`` (HTML's Σ<sub>k</sub> printed flat): the letter after a sum sign is its index
        where the letters glued after it are flat-subscripted names of the notation, one way only, each with that
        letter in its subscript; then past it. So with the letter alone and the term after a space (``Σi wij Oi``), its first
        name so read with the letter in its subscript. None, the position kept, elsewhere."""
        letter, start = self.peek(), self.position + 1
        end = start
        while end < len(self.tokens) and self.tokens[end].kind == "letter" and not self.tokens[end].spaced:
            end += 1
        if end == start and letter is not None and len(letter.text) == 1 and end < len(self.tokens) \
                and self.tokens[end].kind == "letter" and self.tokens[end].spaced:
            # Σi wij Oi (a slide's Σ<sub>i</sub> printed flat, then a space): the letter alone, the term's first name
            # after the space, glued letters too
            end += 1
            while end < len(self.tokens) and self.tokens[end].kind == "letter" and not self.tokens[end].spaced:
                end += 1
        run = "".join(token.text for token in self.tokens[start:end])
        if not self.plain or letter is None or letter.kind != "letter" or end == start or len(run) < 2 \
                or len(run) > 12:
            return None
        readings = self.flat_pieces(run[0], run[1:])
        if len(readings) != 1 or not all(letter.text in sub for _, sub in readings[0]):
            return None
        self.next()
        return letter.text
