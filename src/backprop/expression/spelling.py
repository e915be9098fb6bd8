"""Spelling a formula as plain text and LaTeX, numbers put in by walking the tree."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

from .nodes import (Add, Call, Cases, Compare, Constant, Div, Expr, Iverson, Mul, Neg, Num, Pow, RELATIONS, Sub, Sum,
                    Var)


# -- spelling ---------------------------------------------------------------------------------------

# How tightly a spelled piece binds: a piece below what its place needs gets parentheses.
SUM_, PRODUCT, SUMMATION, UNARY, POWER, ATOM = range(6)
#: The Greek letters by the names of TeX's commands for them: the small letters and the capitals unlike a Latin letter,
#: in Unicode's order (typography_unicode pairs them with the letters), and TeX's variant forms of three. The one
#: table of them: a variable named so is spelled as the command here, and the formula reader's tables are built from it.
GREEK_LETTER_NAMES = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
                      "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Gamma",
                      "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega")
GREEK_VARIANT_NAMES = ("varepsilon", "vartheta", "varphi")
_GREEK = frozenset(GREEK_LETTER_NAMES + GREEK_VARIANT_NAMES)


@dataclass(frozen=True)
class Spelled:
    """A formula or a piece of one: its plain text and LaTeX, how tightly it binds, and whether it
    starts with a minus sign (so that it needs parentheses after an operator)."""

    text: str
    latex: str
    level: int = ATOM
    signed: bool = False
    quotient: bool = False  # a text fraction a/b (juxtaposed factors after it need a space)
    symbol: bool = False    # a value put in for a variable (a symbol such as z1[0])
    number: bool = False    # a number, possibly in parentheses


def symbol(text: str, latex: str) -> Spelled:
    """A symbol to put in for a variable (``z1[0]``, ``a^{(2)}_{0}``)."""
    return Spelled(text, latex, ATOM, symbol=True)


def plain_number(number: float) -> tuple[str, str]:
    text = f"{number:g}" if number != int(number) or abs(number) >= 1e16 else str(int(number))
    return text, text


def _number(number: float, numbers: Callable) -> Spelled:
    text, latex = numbers(number)
    return Spelled(text, latex, UNARY if text.startswith("-") or "e" in text else ATOM,
                   signed=text.startswith("-") or "e" in text, number=True)


#: Where a piecewise formula may break a line: before its condition and before its other value,
#: as (text, LaTeX).
CASE_BREAKS = ((" if ", r" \text{ if } "), (" else ", r" \text{ else } "))


class _Speller:
    def __init__(self, values, numbers, compact):
        self.values = values or (lambda node: None)
        self.numbers = numbers or plain_number
        self.compact = compact

    # -- helpers
    def wrap(self, piece: Spelled) -> Spelled:
        return Spelled(f"({piece.text})", f"\\left({piece.latex}\\right)" if "\\frac" in piece.latex
                       else f"({piece.latex})", number=piece.number)

    def at_least(self, piece: Spelled, level: int, unsigned: bool = False) -> Spelled:
        if piece.level < level or (unsigned and piece.signed):
            return self.wrap(piece)
        return piece

    def op(self, symbol_: str) -> str:
        return symbol_ if self.compact else f" {symbol_} "

    def comma(self) -> str:
        return "," if self.compact else ", "

    # -- nodes
    def spell(self, node: Expr) -> Spelled:
        method = getattr(self, f"_{type(node).__name__}")
        return method(node)

    def _Num(self, node: Num) -> Spelled:
        return _number(node.value, self.numbers)

    def _Constant(self, node: Constant) -> Spelled:
        return Spelled(node.name, node.latex)

    def _Var(self, node: Var) -> Spelled:
        found = self.values(node)
        if found is not None:
            return found if isinstance(found, Spelled) else _number(found, self.numbers)
        latex_name = f"\\{node.name}" if node.name in _GREEK else node.name
        if node.index is None:
            return Spelled(node.name, latex_name)
        index_latex = node.index if len(node.index) == 1 else "{" + node.index + "}"
        return Spelled(f"{node.name}_{node.index}", f"{latex_name}_{index_latex}")

    def _Neg(self, node: Neg) -> Spelled:
        inner = self.at_least(self.spell(node.operand), PRODUCT, unsigned=True)
        return Spelled("-" + inner.text, "-" + inner.latex, UNARY, signed=True)

    def _sum(self, node, symbol_: str) -> Spelled:
        left = self.at_least(self.spell(node.left), SUM_)
        right = self.at_least(self.spell(node.right), PRODUCT, unsigned=True)
        return Spelled(left.text + self.op(symbol_) + right.text, left.latex + self.op(symbol_) + right.latex,
                       SUM_, signed=left.signed)

    def _Add(self, node: Add) -> Spelled:
        return self._sum(node, "+")

    def _Sub(self, node: Sub) -> Spelled:
        return self._sum(node, "-")

    def _Mul(self, node: Mul) -> Spelled:
        left = self.spell(node.left)
        left = self.wrap(left) if left.level < PRODUCT or left.level == SUMMATION or left.signed else left
        right = self.at_least(self.spell(node.right), PRODUCT, unsigned=True)
        text_gap, latex_gap = self.gap(left, right)
        return Spelled(left.text + text_gap + right.text, left.latex + latex_gap + right.latex,
                       SUMMATION if right.level == SUMMATION else PRODUCT, quotient=right.quotient)

    def gap(self, left: Spelled, right: Spelled) -> tuple[str, str]:
        """What stands between two factors written side by side."""
        first, last = right.text[:1], left.text[-1:]
        if first.isdigit() or first == "." or (left.number and right.number):
            return "*", r" \cdot "
        if left.quotient:
            return " ", " "
        if first in "([":
            return "", ""
        latex_gap = " " if (right.latex.startswith("\\") and not right.latex.startswith("\\left(")) \
            or not self.compact else ""
        if first.isalpha() and (last.isdigit() or last == ".") and self.compact and not right.symbol:
            return "", latex_gap
        if first == "|" and self.compact:
            return "", latex_gap
        return " ", " "

    def _Div(self, node: Div) -> Spelled:
        numerator = self.spell(node.left)
        denominator = self.spell(node.right)
        top = self.at_least(numerator, PRODUCT)
        bottom = denominator if denominator.level == SUMMATION else self.at_least(denominator, POWER, unsigned=True)
        return Spelled(f"{top.text}/{bottom.text}", f"\\frac{{{numerator.latex}}}{{{denominator.latex}}}",
                       PRODUCT, signed=top.signed, quotient=True)

    def _Pow(self, node: Pow) -> Spelled:
        base = self.at_least(self.spell(node.left), ATOM, unsigned=True)
        exponent = self.spell(node.right)
        exponent_text = exponent.text if exponent.level == ATOM and not exponent.signed else f"({exponent.text})"
        base_latex = "{" + base.latex + "}" if base.symbol or "^" in base.latex else base.latex
        return Spelled(f"{base.text}^{exponent_text}", f"{base_latex}^{{{exponent.latex}}}", POWER)

    def _Compare(self, node: Compare) -> Spelled:
        left, right = self.spell(node.left), self.spell(node.right)
        text_relation, latex_relation = RELATIONS[node.relation]
        gap = "" if self.compact else " "
        return Spelled(f"{left.text}{gap}{text_relation}{gap}{right.text}",
                       f"{left.latex}{latex_relation}{right.latex}", SUM_)

    def _Iverson(self, node: Iverson) -> Spelled:
        inner = self.spell(node.condition)
        return Spelled(f"[{inner.text}]", f"[{inner.latex}]")

    def _Sum(self, node: Sum) -> Spelled:
        body = self.at_least(self.spell(node.body), PRODUCT)
        return Spelled(f"sum_{node.index} {body.text}", f"\\sum_{node.index} {body.latex}", SUMMATION)

    def _Cases(self, node: Cases) -> Spelled:
        # Written inline in LaTeX too, with \bigl( \bigr) (not \left \right, which must close on the
        # same line): a long formula may break before "if" and "else" (CASE_BREAKS) in every format.
        first, condition, other = self.spell(node.value), self.spell(node.condition), self.spell(node.otherwise)
        (if_text, if_latex), (else_text, else_latex) = CASE_BREAKS
        return Spelled(f"({first.text}{if_text}{condition.text}{else_text}{other.text})",
                       f"\\bigl({first.latex}{if_latex}{condition.latex}{else_latex}{other.latex}\\bigr)")

    def _Call(self, node: Call) -> Spelled:
        function = node.function
        args = [self.spell(arg) for arg in node.args]
        if function.layout == "exp":
            return Spelled(f"exp({args[0].text})", f"e^{{{args[0].latex}}}")
        if function.layout == "sqrt":
            return Spelled(f"sqrt({args[0].text})", f"\\sqrt{{{args[0].latex}}}")
        if function.layout == "abs":
            return Spelled(f"|{args[0].text}|", f"\\left|{args[0].latex}\\right|")
        text_name, latex_name = function.text, function.latex
        if function.layout == "log":
            base, args = node.args[1], args[:1]
            base_value = base.value if isinstance(base, Num) else None
            if base_value == math.e:
                text_name, latex_name = "ln", r"\ln"
            elif base_value is not None:
                written = plain_number(base_value)[0]
                text_name, latex_name = f"log{written}", f"\\log_{{{written}}}"
            else:
                spelled_base = self.spell(base)
                text_name, latex_name = f"log_{spelled_base.text}", f"\\log_{{{spelled_base.latex}}}"
        text = f"{text_name}({self.comma().join(arg.text for arg in args)})"
        if function.bare_latex and isinstance(node.args[0], Var) and self.values(node.args[0]) is None:
            latex = f"{latex_name} {args[0].latex}"  # \ln a_j
        else:
            latex = f"{latex_name}({','.join(arg.latex for arg in args)})"
        return Spelled(text, latex)


def spell(expr: Expr, values: Callable[[Var], Spelled | float | None] | None = None,
          numbers: Callable[[float], tuple[str, str]] | None = None, compact: bool = False) -> Spelled:
    """``expr`` as text and LaTeX. ``values(variable)`` gives what to write for a variable: a
    ``symbol``, a number, or None to write the variable itself; ``numbers(x)`` spells a number as
    (text, LaTeX) (default: up to 6 significant digits)."""
    return _Speller(values, numbers, compact).spell(expr)


def factor_of_product(piece: Spelled) -> Spelled:
    """``piece`` ready to stand as one factor of a product: in parentheses if it is a sum."""
    if piece.level < PRODUCT or piece.signed:
        return Spelled(f"({piece.text})", f"({piece.latex})")
    return piece
