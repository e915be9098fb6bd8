"""Formula text of activations and losses, with a layer's symbols or a sample's numbers put in.

The activation formulas come from the activation registry (``formula``, ``derivative_formula`` and
their LaTeX) and the loss formula from ``losses.Loss.formula``; they are written in terms of ``z``
(the input of the function), ``a`` (its output), ``y``/``t`` (targets) with indices ``_j``/``_k``.
``substitute`` puts a layer's symbols, or one unit's numbers, in their place. Nothing here
evaluates a formula: numbers are only written into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..activations import Activation
from ..losses import Loss
from .pieces import Tex, num, pnum
from .symbols import LN2

# A variable of a registry formula: z, a, y or t, not inside a word or a LaTeX command, with an
# optional index _j / _k / _{j} (group 2 or 3).
_VARIABLE = re.compile(r"(?<![A-Za-z\\])([zayt])(?:_(?:\{([jk])\}|([jk])))?(?![A-Za-z])")

# Plain-text derivatives that the registry writes as a sentence, here as an expression that can
# stand inside a product (the Iverson bracket [z>0] is 1 where z > 0, else 0).
_DERIVATIVE_TEXT = {"relu": "[z>0]"}


# Neighbours between which a number needs no parentheses: max(0,-1), tanh(-1), [-1>0], and the
# left operand of a sum or difference: (-1 - 0.5).
_OPENERS, _CLOSERS = "([{,", ")]},>+-"


def _bare(match: re.Match) -> bool:
    """Whether the matched variable stands where a negative number needs no parentheses."""
    before, after = match.string[:match.start()].rstrip(), match.string[match.end():].lstrip()
    return (not before or before[-1] in _OPENERS) and (not after or after[0] in _CLOSERS)


def substitute(text: str, latex: str, values: Callable[[str, str | None, bool], Tex]) -> Tex:
    """The formula with every variable replaced by ``values(letter, index, bare)``.

    ``index`` is the formula's own index letter (``"j"``, ``"k"``) or None; ``bare`` says that the
    variable stands alone (as in ``max(0,z)``), so a negative number needs no parentheses there.
    """
    def spelled(kind: str) -> Callable:
        def replace(match) -> str:
            value = getattr(values(match.group(1), match.group(2) or match.group(3), _bare(match)), kind)
            # A LaTeX value is one group, so that a^{2} with a = a^{(1)}_{0} is no double superscript.
            return "{" + value + "}" if kind == "latex" else value
        return replace

    return Tex(_VARIABLE.sub(spelled("text"), text), _VARIABLE.sub(spelled("latex"), latex))


def unit_symbols(symbols: dict[str, Callable[[object], Tex]], unit) -> Callable:
    """Values for ``substitute``: letter -> symbol maker; index j (or none) is ``unit``, k stays k."""
    return lambda letter, index, bare: symbols[letter](unit if index in (None, "j") else index)


def unit_numbers(numbers: dict[str, float]) -> Callable:
    """Values for ``substitute``: letter -> the number to write there (in parentheses where needed)."""
    return lambda letter, index, bare: (num if bare else pnum)(numbers[letter])


# -- activations --------------------------------------------------------------------------------


def activation_formula(activation: Activation, values) -> Tex:
    """f(z) of ``activation`` with ``values`` put in."""
    return substitute(activation.formula, activation.latex, values)


def derivative_formula(activation: Activation, values) -> Tex:
    """f'(z) of an element-wise ``activation``, as an expression, with ``values`` put in."""
    text = _DERIVATIVE_TEXT.get(activation.name, activation.derivative_formula)
    return substitute(text, activation.derivative_latex, values)


def derivative_note(activation: Activation) -> str:
    """How the text output writes f', when it differs from the registry's wording."""
    text = _DERIVATIVE_TEXT.get(activation.name)
    return f" (written {text})" if text else ""


# -- losses ---------------------------------------------------------------------------------------


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(text: str, latex: str, values: dict[str, Tex | float]) -> Tex:
    """A template with {name} placeholders filled in; a number gets parentheses where it needs them."""
    def spelled(kind: str) -> Callable:
        def replace(match) -> str:
            value = values[match.group(1)]
            if not isinstance(value, Tex):
                value = (num if _bare(match) else pnum)(value)
            return getattr(value, kind)
        return replace

    return Tex(_PLACEHOLDER.sub(spelled("text"), text), _PLACEHOLDER.sub(spelled("latex"), latex))


@dataclass(frozen=True)
class LossNotation:
    """How one loss is written out with numbers (templates for ``fill``).

    latex : the per-sample loss in LaTeX (its plain text is ``Loss.formula``), {log} for the log.
    term, term_latex : one output's term of the sum, with {a} (output), {y} (target) and {log}.
    gradient, gradient_latex : dL/da_j with {a} and {y}.
    scale, scale_latex : what stands before the sum ("" when nothing).
    skip_zero_target : leave out the outputs whose target is 0 (their term is 0) and do not write
        a target of 1 as a factor.
    """

    latex: str
    term: str
    term_latex: str
    gradient: str
    gradient_latex: str
    scale: str = ""
    scale_latex: str = ""
    skip_zero_target: bool = False


LOSS_NOTATION = {
    "squared_error": LossNotation(
        latex=r"\sum_j (y_j - a_j)^2", term="({y} - {a})^2", term_latex="({y} - {a})^2",
        gradient="2({a} - {y})", gradient_latex="2({a} - {y})"),
    "half_squared_error": LossNotation(
        latex=r"\frac{1}{2} \sum_j (y_j - a_j)^2", term="({y} - {a})^2", term_latex="({y} - {a})^2",
        gradient="{a} - {y}", gradient_latex="{a} - {y}", scale="1/2 ", scale_latex=r"\frac{1}{2}"),
    "cross_entropy": LossNotation(
        latex=r"-\sum_j t_j {log} a_j", term="{y}{log}({a})", term_latex=r"{y}{log}({a})",
        gradient="-{y}/{a}", gradient_latex=r"-\frac{{y}}{{a}}", scale="-", scale_latex="-",
        skip_zero_target=True),
}

_LOG_NAMES = {2.0: ("log2", r"\log_2 "), None: ("ln", r"\ln ")}


def log_names(loss: Loss) -> tuple[str, str]:
    """The logarithm as written in text and LaTeX: ln, or log2 for base 2."""
    return _LOG_NAMES.get(loss.log_base, _LOG_NAMES[None])


def loss_latex(loss: Loss) -> str:
    """The per-sample loss in LaTeX, in terms of a_j and y_j (or t_j)."""
    return LOSS_NOTATION[loss.name].latex.replace("{log}", log_names(loss)[1])


def loss_term(loss: Loss, target: float, output: Tex | float) -> Tex:
    """One output's term of the loss sum; ``output`` a symbol or a number."""
    notation = LOSS_NOTATION[loss.name]
    coefficient: Tex | float = target
    if notation.skip_zero_target:  # t ln(a): a target of 1 is not written as a factor
        coefficient = Tex("", "") if target == 1 else num(target) + Tex(" ", r"\,")
    log_text, log_latex = log_names(loss)
    return fill(notation.term, notation.term_latex,
                {"y": coefficient, "a": output, "log": Tex(log_text, log_latex.strip())})


def loss_gradient(loss: Loss, output: Tex | float, target: Tex | float) -> Tex:
    """dL/da_j of one output, symbols or numbers put in (divided by ln 2 for log2)."""
    notation = LOSS_NOTATION[loss.name]
    piece = fill(notation.gradient, notation.gradient_latex, {"a": output, "y": target})
    return piece + Tex(" / ", " / ") + LN2 if loss.log_base == 2.0 else piece
