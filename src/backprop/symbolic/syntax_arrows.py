"""Arrows in a row of a formula (a part of syntax.Parser): ``w_k \\rightarrow w_k - \\eta \\frac{\\partial C}{\\partial
w_k}`` (also ``\\to``, ``->``), a symbol that becomes what follows, an update (``becomes_at``); the steps a Markdown
note names after a claim, ``= Z_1 \\to sig() \\to A_1`` (``pipeline_at``), a remark check does not judge; and an
implication before the formula, reasoning set aside (``skip_leading_reasoning``); seed 001's derivative at a point,
``\\frac{\\partial}{\\partial x} [f(x)] \\rightarrow x = E`` (``derivatives_at``). An arrow that says what a sum runs
over (``\\sum_{i \\to j}``) is none of these (syntax_sums.py).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .function_words import FUNCTIONS
from .quantities import FormulaError
from .syntax_tree import RELATIONS, Sym, Token, _BECOMES, _IMPLIES

# the steps named after a claim, a Markdown note's pipeline (XW_1 + b_1 = Z_1 \to sig() \to A_1): arrows, each to a
# function's empty call (a step, no value) or a name, one empty call at least; a remark check does not judge
_STEP_NAME = r"(?:\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z])(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]))*"
_STEP = r"\s*(?:\\to(?![A-Za-z])|\\rightarrow(?![A-Za-z])|->)\s*"
_PIPELINE = lazy_pattern(rf"(?=.*\(\s*\))(?:{_STEP}(?:[A-Za-z][\w\\]*\(\s*\)|{_STEP_NAME}))+\s*")


class ArrowParsing:
    """Parser methods for the arrows of a row."""

    def pipeline_at(self) -> int | None:
        """Where the pipeline closing the row starts (_PIPELINE), the index of its first arrow; None if none."""
        for index, token in enumerate(self.tokens):
            if token.text in _IMPLIES and not self.sum_arrow(index):
                return index if _PIPELINE.fullmatch(self.row, token.position) else None
        return None

    def skip_leading_reasoning(self) -> None:
        if self.becomes_at() is not None:
            return
        pipeline = self.pipeline_at()
        for index in range(len(self.tokens) - 1 if pipeline is None else pipeline - 1, -1, -1):
            if self.tokens[index].text in _IMPLIES and index < len(self.tokens) - 1 and not self.sum_arrow(index):
                # a relation before it is a claim no one judges: never set aside in silence (claims.py splits the
                # statements it can, A = B \Rightarrow C = D; what is left here is nested in a group). With no
                # relation after it (= a \rightarrow b, reasoning with no member) the row has nothing to judge.
                if _has_relation(self.tokens[:index]) and _has_relation(self.tokens[index + 1:]):
                    self.fail("a claim before an implication or a conjunction, in a group check does not split",
                              self.tokens[index], "write each claim on its own, A = B \\Rightarrow C = D")
                self.position = index + 1
                return

    def becomes_at(self) -> int | None:
        """The arrow of ``w_k \\rightarrow w_k - \\eta \\frac{\\partial C}{\\partial w_k}`` (also \\to, ->): a symbol
        that becomes what follows, an update, where the row has no relation; None for any other row (an
        arrow after a whole claim is reasoning before the next)."""
        if _has_relation(self.tokens):
            return None
        arrows = [index for index, token in enumerate(self.tokens) if token.text in _IMPLIES and not self.sum_arrow(index)]
        if len(arrows) != 1 or self.tokens[arrows[0]].text not in _BECOMES or arrows[0] in (0, len(self.tokens) - 1):
            return None
        save = self.position
        try:
            self.position = 0
            left = self.expression()
            ends_there = self.position == arrows[0]
        except FormulaError:
            ends_there = False
        finally:
            self.position = save
        return arrows[0] if ends_there and isinstance(left, Sym) else None

    def derivatives_at(self) -> None:
        """``\\frac{\\partial}{\\partial x} [f(x)] \\rightarrow x = E``: the derivative of a function of x
        at x = E, written as seed 001 does, is f'(E); the tokens are rewritten so (before the arrow is
        taken for reasoning that ends before the formula, and x = E for the formula). An arrow then a
        letter and = after anything else is left as it is."""
        tokens = self.tokens
        for arrow in range(len(tokens) - 3, 13, -1):
            texts = [token.text for token in tokens[arrow - 14:arrow + 3]]
            if texts[14] not in (r"\rightarrow", r"\to", "->") or tokens[arrow + 1].kind != "letter" \
                    or texts[16] != "=":
                continue
            letter, name = texts[15], tokens[arrow - 5]
            if texts[:14] != [r"\frac", "{", r"\partial", "}", "{", r"\partial", letter, "}", "[", name.text, "(",
                              letter, ")", "]"] or (name.kind != "letter" and name.text not in FUNCTIONS):
                continue
            end, depth = arrow + 3, 0
            while end < len(tokens) and not (depth == 0 and (tokens[end].text in RELATIONS
                                                             or tokens[end].text in _IMPLIES)):
                depth += (tokens[end].text in ("{", "(", "[", r"\{")) - (tokens[end].text in ("}", ")", "]", r"\}"))
                end += 1
            if end == arrow + 3:
                continue
            prime, opening, closing = (Token("symbol", text, name.position, False) for text in ("'", "(", ")"))
            self.tokens = tokens[:arrow - 14] + [name, prime, opening, *tokens[arrow + 3:end], closing] + tokens[end:]
            return


def _has_relation(tokens) -> bool:
    return any(token.text in RELATIONS or token.text in ("-=", "+=", "*=") for token in tokens)
