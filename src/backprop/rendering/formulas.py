"""Formula text of activations and losses, with a layer's symbols or a sample's numbers put in.

Every formula comes from its registry entry as an expression tree (backprop.expression), written in
terms of ``z`` (the input of the function), ``a`` (its output), ``y``/``t`` (targets) with indices
``_j``/``_k`` and ``n`` (the number of outputs). The symbols or numbers are put in by walking the
tree, so a number lands where its variable stood, in parentheses where the structure needs them.
Nothing here evaluates a formula: numbers are only written into it.
"""

from __future__ import annotations

from typing import Callable

from ..activations import Activation
from ..expression import (CASE_BREAKS, Add, Expr, Iverson, Mul, Neg, Num, Spelled, Sum, Var, simplified,
                          spell, substitute, symbol, value)
from ..losses import Loss
from .pieces import Tex, number_latex, number_text

Values = Callable[[Var], Spelled | float | None]


def _numbers(number: float) -> tuple[str, str]:
    return number_text(number), number_latex(number)


def _tex(piece: Spelled) -> Tex:
    return Tex(piece.text, piece.latex)


def spelled(expr: Expr, values: Values | None = None, compact: bool = False) -> Tex:
    """``expr`` with ``values`` put in, numbers to six digits as everywhere in a solution."""
    return _tex(spell(expr, values, _numbers, compact))


def broken(piece: Tex) -> list[Tex]:
    """``piece`` as the items of an equation's side, so that a line may break before each "if" and
    "else" of a piecewise formula (one item where it has none, or where a break would split a
    LaTeX \\left ... \\right pair)."""
    texts, latexes = [piece.text], [piece.latex]
    for text_mark, latex_mark in CASE_BREAKS:
        texts = [part for text in texts for part in _split_before(text, text_mark)]
        latexes = [part for latex in latexes for part in _split_before(latex, latex_mark)]
    if len(texts) != len(latexes) or any(part.count("\\left") != part.count("\\right") for part in latexes):
        return [piece]
    return [Tex(text, latex) for text, latex in zip(texts, latexes)]


def _split_before(text: str, mark: str) -> list[str]:
    first, *rest = text.split(mark)
    return [first] + [mark + part for part in rest]


def as_value(piece: Tex | float) -> Spelled | float:
    """A symbol (Tex) or a number, ready to be put in for a variable."""
    return symbol(piece.text, piece.latex) if isinstance(piece, Tex) else float(piece)


def unit_symbols(symbols: dict[str, Callable[[object], Tex]], unit) -> Values:
    """Values: letter -> symbol maker; index j (or none) is ``unit``, k stays k."""
    def values(variable: Var):
        maker = symbols.get(variable.name)
        if maker is None:
            return None
        return as_value(maker(unit if variable.index in (None, "j") else variable.index))

    return values


def indexed_symbols(makers: Callable[[str, str | None], Tex | None]) -> Values:
    """Values from ``makers(letter, index)`` (see symbols.formula_symbols): a_j -> a2[j]."""
    def values(variable: Var):
        made = makers(variable.name, variable.index)
        return None if made is None else as_value(made)

    return values


def unit_numbers(numbers: dict[str, float]) -> Values:
    """Values: letter -> the number to write there."""
    return lambda variable: numbers.get(variable.name)


# -- activations --------------------------------------------------------------------------------


def activation_formula(activation: Activation, values: Values | None = None) -> Tex:
    """f(z) of ``activation`` with ``values`` put in."""
    return spelled(activation.formula, values, compact=True)


def derivative_formula(activation: Activation, values: Values | None = None) -> Tex:
    """f'(z) of an element-wise ``activation`` (da_j/dz_k of a row-wise one) with ``values`` put in."""
    return spelled(activation.derivative_formula, values, compact=True)


def uses_brackets(activation: Activation) -> bool:
    """Whether f' is written with an Iverson bracket [z>0] (which the overview then explains)."""
    def has(node) -> bool:
        return isinstance(node, Iverson) or any(has(child) for child in node.children())

    return has(activation.derivative_formula) or has(activation.formula)


# -- losses ---------------------------------------------------------------------------------------


def _with_count(expr: Expr, outputs: int) -> Expr:
    return substitute(expr, {"n": Num(outputs)})


def loss_formula(loss: Loss, outputs: int, values: Values | None = None) -> Tex:
    """The per-sample loss (right-hand side), with ``values`` put in for a_j and the target."""
    return spelled(_with_count(loss.formula, outputs), values)


def loss_gradient(loss: Loss, outputs: int, output: Tex | float, target: Tex | float) -> Tex:
    """dL/da_j of one output, symbols or numbers put in."""
    letter = loss.targets.letter
    return spelled(_with_count(loss.gradient_formula, outputs),
                   lambda variable: as_value(output) if variable.name == "a" else
                   as_value(target) if variable.name == letter else None)


def fused_delta(loss: Loss, output: Tex | float, target: Tex | float) -> Tex:
    """dL/dz_j of the output layer where the loss fuses with its output activation."""
    letter = loss.targets.letter
    return spelled(loss.fused_formula, lambda variable: as_value(output) if variable.name == "a" else
                   as_value(target) if variable.name == letter else None)


def _split(formula: Expr) -> tuple[Tex, Sum | None]:
    """The factor before the loss's sum over the outputs (``-``, ``1/2``) and the sum itself."""
    if isinstance(formula, Sum):
        return Tex("", ""), formula
    if isinstance(formula, Neg) and isinstance(formula.operand, Sum):
        return Tex("-", "-"), formula.operand
    if isinstance(formula, Mul) and isinstance(formula.right, Sum):
        scale = spelled(formula.left)
        return Tex(scale.text + " ", scale.latex + " "), formula.right
    return Tex("", ""), None


def loss_terms(loss: Loss, targets, outputs: list[Tex | float], numbers) -> tuple[Tex, list[Tex], bool]:
    """(factor, terms, shortened): the loss of one sample written out output by output.

    targets : the sample's targets (numbers); outputs : what to write for each a_j (its symbol or
    its number); numbers : the outputs' values, which decide a piecewise loss's branch. The
    targets' numbers are put in and folded, so that a term t ln(a) with t = 0 is left out and one
    with t = 1 is written ln(a); ``shortened`` says whether that changed anything (then the terms
    with symbols say more than the formula).
    """
    scale, total = _split(_with_count(loss.formula, len(outputs)))
    if total is None:
        return Tex("", ""), [], False
    letter, index = loss.targets.letter, total.index
    items, shortened = [], False
    for j, (target, output) in enumerate(zip(targets, outputs, strict=True)):
        raw = substitute(total.body, {(letter, index): value(float(target))})
        term = simplified(raw, lambda variable, j=j: float(numbers[j]) if variable.name == "a" else None)
        shortened = shortened or term != raw
        if isinstance(term, Num) and term.value == 0 and not term.fixed:
            continue
        pieces = _terms_of(term)
        items += [spelled(piece, lambda variable, output=output: as_value(output)
                          if variable.name == "a" else None) for piece in pieces]
    return scale, items, shortened


def _terms_of(expr: Expr) -> list[Expr]:
    """The terms of a sum, so that a long expansion can break between them."""
    if isinstance(expr, Add):
        return _terms_of(expr.left) + _terms_of(expr.right)
    return [expr]
