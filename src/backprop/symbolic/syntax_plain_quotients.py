"""Plain-text derivatives refused where they would read two ways or hold a typo (a part of syntax.Parser, beside
QuotientParsing's quotients): ``dL/A2``, the denominator's d left out, and ``d E(k) w2[k][j]*h[k]/d h[k]``, d and a
space before more than one operand, where the notation names no d (read otherwise, d would be an unknown symbol)."""

from __future__ import annotations

import re

from .quantities import FormulaError
from .syntax_quotients import BRACKET_PAIRS
from .syntax_tree import RELATIONS, Token


class PlainQuotientRefusals:
    """Parser methods refusing plain-text quotients that read two ways or hold a typo."""

    def plain_denominator_without_d(self, token: Token) -> None:
        """Refuse plain text's ``dL/A2`` (dL/dA2 with the denominator's d left out, a typo) where the notation names no
        d: d glued to a name, a slash, then a name without its d (a number after the slash is a quotient's, dL/2).
        Read as a quotient it would make d an unknown symbol. Nothing happens, the position kept, elsewhere."""
        save = self.position
        glued = self.peek()
        try:
            self.power()
        except FormulaError:
            glued = None
        slash, bottom = self.peek(), self.peek(1)
        if glued is None or glued.spaced or glued.kind != "letter" or slash is None or slash.text != "/" \
                or bottom is None or bottom.kind != "letter" or bottom.text == "d":
            self.position = save
            return
        numerator = self.row[token.position:slash.position].strip()
        self.next()
        try:
            self.power()
        except FormulaError:
            self.position = save
            return
        end = self.peek().position if self.peek() is not None else len(self.row)
        # the whole name after the slash, DZLayerOutput and not its first letter: plain text glues a name's letters
        word = re.match(r"\w+", self.row[bottom.position:])
        denominator = self.row[bottom.position:max(end, bottom.position + len(word.group(0)))].strip()
        # a capital D for the d (dCost/DZLayerOutput): the name after it is the denominator meant
        meant = denominator[1:] if re.match(r"D[A-Za-z]", denominator) else denominator
        self.denominator_without_d(token, f"{numerator}/{denominator}", denominator, "d", f"{numerator}/d{meant}")

    def plain_numerator_of_terms(self, token: Token) -> None:
        """Refuse plain text's ``d E(k) w2[k][j]*h[k]/d h[k]`` (batch 132's Italian page) where the notation names no d:
        d and a space, then more than one operand before ``/d`` (none a relation, no other slash): a derivative whose
        numerator is all of them or only the first, which the row does not say (read as a product it would make d an
        unknown symbol). Nothing happens, the position kept, elsewhere."""
        if self.peek() is None or not self.peek().spaced:
            return
        depth, index = 0, self.position
        while index + 1 < len(self.tokens):
            text = self.tokens[index].text
            depth += (text in BRACKET_PAIRS) - (text in BRACKET_PAIRS.values())
            if depth < 0 or text in RELATIONS or depth == 0 and text == "/" and self.tokens[index + 1].text != "d":
                return
            if depth == 0 and text == "/":
                break
            index += 1
        else:
            return
        numerator = self.row[self.peek().position:self.tokens[index].position].strip()
        after = self.tokens[index + 2] if index + 2 < len(self.tokens) else None
        end = next((place for place in range(index + 2, len(self.tokens)) if self.tokens[place].text in RELATIONS),
                   len(self.tokens))
        denominator = self.row[after.position:self.tokens[end].position if end < len(self.tokens) else None].strip() \
            if after is not None else ""
        if not denominator or index == self.position + 1 or numerator.startswith("(") and numerator.endswith(")"):
            return
        self.fail(f"d {numerator}/d {denominator}: a plain-text derivative of more than one operand, or d times them,"
                  " which the row does not say", token, f"write its numerator in parentheses, d({numerator})/d"
                  f" {denominator}")
