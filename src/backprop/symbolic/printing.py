"""Formulas as text and as LaTeX, in the spelling of docs/symbols.md.

Text is SymPy syntax that ``backprop check --formula`` reads back (``W2[0,1]``, ``Heaviside(z1[0])``,
``Sum(..., (k, 0, 63))``); LaTeX is ``W^{(2)}_{0,1}``, ``\\sigma\\left(z^{(1)}_{0}\\right)``, which
``check --latex`` reads back for the written-out forms.
"""

from __future__ import annotations

import sympy as sp
from sympy.printing.latex import LatexPrinter
from sympy.printing.str import StrPrinter

from ..patterns import lazy_pattern
from .sum_printing import OncePrinted

_LAYERED = lazy_pattern(r"^([A-Za-z]+)(\d+)$")


def _positive_first(expr) -> sp.Expr:
    """The terms of a sum in SymPy's order, but those with a minus sign last: a2[0] - y[0] and
    1 - a2[0], as people write them, not -y[0] + a2[0]."""
    terms = sorted(expr.as_ordered_terms(), key=lambda term: term.could_extract_minus_sign())
    return sp.Add(*terms, evaluate=False)


def _chain_order(expr) -> sp.Expr:
    """The factors of a product in the order of the chain rule, from the loss back to the inputs:
    numbers, then factors with the targets, then layer by layer downwards (a2, z2, then W2, then a1,
    ...), single quantities before sums: 2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*x[0]."""
    factors = sorted(sp.Mul.make_args(expr), key=_chain_key)
    return sp.Mul(*factors, evaluate=False)


def _chain_key(factor) -> tuple:
    if factor.is_Number:
        return (0, 0.0, 0)
    depth = -1.0
    for atom in factor.atoms(sp.Indexed, sp.Symbol):
        name = atom.base.name if isinstance(atom, sp.Indexed) else atom.name
        match = _LAYERED.match(name)
        if name in ("y", "t"):
            level = 1000.0
        elif match:
            level = float(match.group(2)) - (0.5 if match.group(1) in ("W", "b") else 0.0)
        else:
            level = 0.0
        depth = max(depth, level)
    return (1, -depth, int(factor.is_Add or factor.is_Pow))


class TextPrinter(StrPrinter):
    """SymPy's own syntax with the spec's spelling of indexed names (no spaces inside [])."""

    # Indexed prints itself through _sympystr; a method name of our own makes _print_Indexed apply.
    printmethod = "_backprop_text"

    def _print_Add(self, expr, order=None):
        return super()._print_Add(_positive_first(expr), order="none")

    def _print_Mul(self, expr):
        return super()._print_Mul(_chain_order(expr))

    def _print_Indexed(self, expr):
        return f"{expr.base.name}[{','.join(self._print(index) for index in expr.indices)}]"

    def _print_Heaviside(self, expr):
        return f"Heaviside({self._print(expr.args[0])})"


class TexPrinter(LatexPrinter):
    """LaTeX with layer superscripts: W^{(2)}_{0,1}, b^{(2)}, the activations' own names, H for the step."""

    def _print_Add(self, expr, order=None):
        return super()._print_Add(_positive_first(expr), order="none")

    def _print_Mul(self, expr):
        return super()._print_Mul(_chain_order(expr))

    def _print_Indexed(self, expr):
        indices = ",".join(self._print(index) for index in expr.indices)
        return f"{_layered_name(expr.base.name)}_{{{indices}}}"

    def _print_Pow(self, expr):
        # a^{(1)}_{0} squared is {a^{(1)}_{0}}^{2}: the layer is already a superscript
        if isinstance(expr.base, (sp.Indexed, sp.Symbol)) and expr.exp.is_Integer and expr.exp > 0:
            base = self._print(expr.base)
            if "^" in base:
                return f"{{{base}}}^{{{self._print(expr.exp)}}}"
        return super()._print_Pow(expr)

    def _print_Symbol(self, expr, style="plain"):
        match = _LAYERED.match(expr.name)
        if match and match.group(1) == "b":
            return _layered_name(expr.name)
        return super()._print_Symbol(expr, style=style)

    def _print_Heaviside(self, expr, exp=None):
        text = r"\operatorname{H}\left(" + self._print(expr.args[0]) + r"\right)"
        return f"{text}^{{{exp}}}" if exp else text

    def _print_KroneckerDelta(self, expr, exp=None):
        text = r"\delta_{" + " ".join(self._print(arg) for arg in expr.args) + "}"
        return f"{text}^{{{exp}}}" if exp else text


def _layered_name(name: str) -> str:
    match = _LAYERED.match(name)
    return f"{match.group(1)}^{{({match.group(2)})}}" if match else name


_TEXT = TextPrinter({"order": "none"})
_TEX = TexPrinter({"order": "none", "mul_symbol": "dot"})


class _OnceText(OncePrinted, TextPrinter):
    """TextPrinter printing each subexpression once (a printer per call: what it printed is not kept)."""


def text(expr) -> str:
    """``expr`` in SymPy syntax with the spec's names."""
    return _OnceText({"order": "none"}).doprint(sp.sympify(expr))


def latex(expr) -> str:
    """``expr`` in LaTeX with the spec's names."""
    return _TEX.doprint(sp.sympify(expr))


def partial_text(of, wrt) -> str:
    """d(of)/d(wrt), e.g. dL/da2[0]."""
    return f"d{text(of)}/d{text(wrt)}"


def partial_latex(of, wrt) -> str:
    return rf"\frac{{\partial {latex(of)}}}{{\partial {latex(wrt)}}}"
