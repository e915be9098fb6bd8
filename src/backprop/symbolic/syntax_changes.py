"""A change's name in a formula (a part of syntax.Parser): ``\\Delta`` (or ``\\delta`` where the notation names that
change) before a quantity's name makes one name with it, read as the notation names it:

* ``\\Delta w_{ji}`` (Δwji, its subscript printed flat), and ``∆weight`` before a word the notation names
  (``delta_name``);
* ``\\Delta{w_{jk}}``, TeX's braces grouping the name (``braced_change``);
* ``\\Delta\\omega_{ji}``, ``\\Delta \\theta``, a Greek-named quantity's (``greek_change``);
* ``\\delta W35``, ``\\Delta W35``, the digits glued after the letter its subscript (``letter_change``).

The last three return None, the position kept, where no such change is written or named; the name's scripts are
read by syntax_scripts.py's symbol_rest. syntax_symbols.py's symbol() calls each where \\Delta or \\delta starts a
symbol.
"""

from __future__ import annotations

from .syntax_tree import GREEK, Node, Token


class ChangeParsing:
    """Parser methods for a change's name."""

    def delta_name(self, token: Token) -> Node:
        """\\Delta (or the word Delta) before a letter: the name of a change, \\Delta w_{ji} (Δwji with its
        subscript printed flat), and before a word the notation names (∆weight): that word's change, one name."""
        if (flat := self.flat_symbol(r"\Delta " + self.peek().text, token, self.position + 1)) is not None:
            return flat
        save = self.position
        word = self.letters_word()
        if len(word) > 1 and (word in self.names or rf"\Delta {word}" in self.names):
            return self.symbol_rest(rf"\Delta {word}", token)  # ∆weight, the notation naming weight: its change
        self.position = save
        letter = self.next()
        return self.symbol_rest(r"\Delta " + letter.text, token)

    def braced_change(self, token: Token) -> Node | None:
        """\\Delta{w_{jk}}: TeX's braces grouping the name after \\Delta, \\Delta w_{jk}, as greek_change reads
        \\Delta{\\omega} (and \\delta{\\omega} where the notation names that change). None, the position kept, where
        no brace holding one name follows."""
        opening, letter = self.peek(), self.peek(1)
        if token.text not in (r"\Delta", r"\delta") or opening is None or opening.text != "{" or letter is None:
            return None
        greek = letter.text in GREEK - {r"\Sigma", r"\Pi"}
        name = f"{token.text} {letter.text}"
        if not (letter.kind == "letter" and token.text == r"\Delta" or greek and (
                name in self.names or token.text == r"\Delta" and r"\Delta" not in self.names)):
            return None
        closing = self.peek(2)
        if closing is not None and closing.text == "}":  # \Delta{w}_{jk}: the scripts after the braces
            self.position += 3
            return self.symbol_rest(name, token)
        save = self.position
        self.position += 2
        name = self.symbol_rest(name, token)
        if self.peek() is None or self.peek().text != "}":
            self.position = save
            return None
        self.next()
        return name

    def greek_change(self, token: Token) -> Node | None:
        """\\Delta\\omega_{ji}, \\Delta \\theta: a change of a Greek-named quantity, one name as \\Delta w is;
        \\delta\\omega (the small change) only where the notation names it so, since \\delta alone is the error.
        None, the position kept, where the next token is no Greek letter, or \\sigma called as a function, or
        the notation names the \\Delta alone and not the change."""
        following = self.peek()
        if following is None or following.text not in GREEK - {r"\Sigma", r"\Pi"} or (
                following.text == r"\sigma" and self.peek(1) is not None and self.peek(1).text in ("(", "'")):
            return None
        name = f"{token.text} {following.text}"
        if name not in self.names and (token.text == r"\delta" or r"\Delta" in self.names):
            return None
        self.next()
        return self.symbol_rest(name, token)

    def letter_change(self, token: Token) -> Node | None:
        """\\delta W35, δW35 (studyx's step of the weight W35), \\Delta W35: a change's sign before one letter, the
        digits glued after the letter its subscript (as W35's are), one name where the notation names that change (a
        pattern "δW35", "\\\\Delta W_{ij}"; Notation.names holds its base); \\delta before a letter stays the
        error times the letter elsewhere, and \\Delta w without digits is delta_name's. None, the position kept,
        where the notation names no such change."""
        letter, digits = self.peek(), self.peek(1)
        if token.text not in (r"\Delta", r"\delta") or letter is None or letter.kind != "letter" \
                or len(letter.text) != 1 or f"{token.text} {letter.text}" not in self.names \
                or letter.position > token.position + len(token.text) + 1:  # δ W35 apart: δ times W35
            return None
        glued = digits is not None and digits.kind == "number" and not digits.spaced and digits.text.isdigit()
        if token.text == r"\Delta" and not glued:
            return None
        self.next()
        if glued:
            self.next()
        return self.symbol_rest(f"{token.text} {letter.text}", token, sub=digits.text if glued else "")
