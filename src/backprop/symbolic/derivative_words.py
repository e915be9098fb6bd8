"""An activation's derivative named by a word, ``sigmoid_derivative(Z4)``, ``dsigmoid(a)``, ``tanh_deriv(h)``,
``d_relu(z)``, ``sigmoid_grad(y)`` (and in LaTeX the same word in ``\\text{...}``, its underscore escaped): the
words are each element-wise activation's names in the registry (src/backprop/activations) with ``_derivative``,
``_deriv``, ``_der``, ``_grad``, ``_gradient`` (or capitalised, ``sigmoidGradient``), ``prime`` glued
(``sigmoidprime``, ``sigmoidPrime``), ``d`` or ``d_`` (syntax_tree.EITHER_WORDS).

Code writes such a function of the unit's input z (``f_derivative(z) = f(z) * (1 - f(z))``) and of its output a
(``f_derivative(a) = a * (1 - a)``) alike, and a page seldom shows which. The formula is judged both ways
(:func:`judged_at_input_and_output`): at the input, f'(u); at the output, the registry's derivative written in a,
with u for a (u (1 - u) for the S-shaped 1/(1 + e^-z), 1 - u^2 for the hyperbolic tangent; an activation whose
derivative is no formula of its output alone has no such reading). The rectifier's [z > 0] is
[a > 0] at every z, so its two readings are one, [u > 0], u the input or the output. Where the verdicts
agree that is the verdict; where they differ, or one reading is refused, it is refused in one line saying how to
write either, and how to say which in the notation: its functions, the word's activation and ``' at output``
or ``' at input`` (notation.DERIVATIVE_PLACE), reads the word at that place only. (Nielsen's ``sigmoid_prime(z)``,
syntax_tree.DERIVATIVE_WORDS, stays the derivative at its argument.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..expression import A, spell, substitute, variables
from .code_names import code_written
from .readings_compared import judged_again_where_met
from .quantities import short
from .syntax_tree import Apply, Call


@dataclass
class ArgumentReading:
    """Which argument a derivative named by a word is read at, for one judging of a formula.

    at : "input" (f'(u)), "output" (f'(z) where u is a = f(z)), or "" where no reading was chosen (a context
        outside check_homework): such a word is then refused.
    met : the words read so far ([(word, activation)]): none, and the formula has one reading only.
    """

    at: str = ""
    met: list = field(default_factory=list)


def output_form(activation) -> str | None:
    """The activation's derivative in its output a (``a(1 - a)``; ``[a > 0]``, see :func:`same_at_output`), or None
    where it is no formula of a alone."""
    if activation.elementwise and same_at_output(activation):
        return spell(substitute(activation.derivative_formula, {"z": A})).text
    if not activation.elementwise or variables(activation.derivative_formula) - {"a"}:
        return None
    return spell(activation.derivative_formula).text


def same_at_output(activation) -> bool:
    """Whether the derivative's formula in z, written of the output a = f(z), is f'(z) at every z: the rectifier's
    [z > 0] is [a > 0], since a > 0 exactly where z > 0 (its kink included, f'(0) = 0 = [f(0) > 0]), and the
    leaky rectifier's likewise; never an S-shaped function's. Checked on both sides of each kink, at each kink, and
    on a grid: the derivatives of the registry are constant between their kinks or nowhere so."""
    if variables(activation.derivative_formula) != {"z"}:
        return False
    kinks = np.array(activation.kinks, dtype=float)
    points = np.concatenate([np.linspace(-4.0, 4.0, 161), kinks, kinks - 1e-9, kinks + 1e-9])
    outputs = activation.function(points)
    return bool(np.array_equal(activation.derivative(outputs, activation.function(outputs)),
                               activation.derivative(points, outputs)))


def how_to_write(word: str, activation) -> str:
    form = output_form(activation)
    at_output = f", or {form} for it at the output a" if form is not None else ""
    return f"write {activation.name}'(z) for the derivative at the input z{at_output}"


def how_to_decide(word: str, activation) -> str:
    """The end of a refusal of an undecided derivative word: how the notation says where it is taken."""
    if word.endswith(")"):  # code's flag call, f(u, True): the notation says it of the flagged function f
        function = word.split("(")[0]
        return (f"; or say which in the notation, functions = {{ {_quoted(function)} = \"{activation.name}, derivative"
                f" at output\" }} (or \"{activation.name}, derivative at input\")")
    return (f"; or say which in the notation, functions = {{ {word} = \"{activation.name}' at output\" }} (or"
            f" \"{activation.name}' at input\")")


def declared_place(notation, node: Call) -> str:
    """Where the notation says the derivative ``node`` names is taken, "input" or "output": a derivative word's place
    (notation.derivative_places), a flagged function's for its flag call ``nonlin(u, True)`` (notation.flag_places,
    ``nonlin = "<activation>, derivative at output"``), a primed name's own (``node.at``); "" where it does not say."""
    if node.at != "either":
        return node.at
    if node.written.endswith(")"):  # code's flag call, written f(u, True): the place the notation gives f
        return notation.flag_places.get(node.written.split("(")[0], "")
    return notation.derivative_places.get(node.written, "")


def _quoted(name: str) -> str:
    """A functions key as TOML writes it: a dotted name (self.act) in quotes, a bare word as it is."""
    return name if name.isidentifier() else f'"{name}"'


def derivative_by_word(reading: ArgumentReading, activation, entry, u, word: str, fail: Callable, place: str = ""):
    """The derivative ``word(u)`` names, as ``reading`` reads its argument, or at ``place`` ("input", "output")
    where the notation says which (its functions, notation.DERIVATIVE_PLACE) (``entry``: the activation in SymPy;
    ``fail(message)`` refuses)."""
    if not reading.at and not place:
        fail(f"{_called(word)} may be {activation.name}'s derivative at its input or at its output, as code writes"
             f" either; {how_to_write(word, activation)}{how_to_decide(word, activation)}")
    if not place:
        reading.met.append((word, activation))
    at = place or reading.at
    if at == "input" or same_at_output(activation):  # [u > 0], u the input or the output alike
        return entry.derivative(u, entry.value(u))
    if output_form(activation) is None:
        fail(f"{_called(word)} at the output: {activation.name}'s derivative is no formula of its output alone;"
             f" {how_to_write(word, activation)}")
    return entry.derivative(None, u)


def declared_derivative(notation, node) -> Call | None:
    """``ableitung_f(u)``, a word of the page's own that the notation's functions name an activation's derivative
    and where it is taken (``{ ableitung_f = "f' at input" }``, f the activation; or an element of code's array of
    functions by its index, ``{ "act[1]" = "f' at input" }``, called ``act[1](u)``): that derivative at u, as code's
    words are read (at="either", the notation's place); a primed name the notation so gives, ``f'(y)`` with
    ``{ "f'" = "act' at output" }`` (act an activation), likewise (at its place); None for any other call."""
    if (primed := _primed_given(notation, node)) is not None:
        return primed
    declared = declared_word(notation, node)
    if declared is None or len(node.args) != 1:
        return None
    word, activation = declared
    return Call(activation, node.args, 1, None, node.symbol.position, word, at="either")


def declared_word(notation, node) -> tuple[str, str] | None:
    """The word and its activation where ``node`` calls a derivative word the notation's functions declare
    (declared_derivative), whatever its arguments; None for any other call."""
    if not isinstance(node, Apply):
        return None
    symbol = node.symbol
    # netOutputActivator[1](u): code's array of functions, the element the notation names with its index;
    # self.layers[-1].activator.backward(u): a method through a list's element (the parser's base self.layers[].activator
    # .backward, its index -1 the subscript), named with its index as written
    word = symbol.base if symbol.bracket is None else f"{symbol.base}[{symbol.bracket.strip()}]"
    through_element = "[]" in symbol.base and symbol.bracket is None and bool(symbol.sub) \
        and len(symbol.sub.split(",")) == symbol.base.count("[]")
    if through_element:
        word = code_written(symbol)
    activation = notation.derivative_words.get(word)
    if activation is None or symbol.sub and not through_element or symbol.sup or symbol.primes:
        return None
    return word, activation


def _primed_given(notation, node) -> Call | None:
    """``f'(y)``, ``\\sigma'(y_i)``, ``\\sigma'^{(L)}(z)``: a function's name with one prime (and a layer's
    superscript) that the notation's functions give an activation's derivative and its place (``{ "f'" = "act' at
    output" }``), that derivative at the argument so taken (``at`` the place); None for any other call (the bare derivative of the function named, as before)."""
    if isinstance(node, Apply):
        symbol = node.symbol
        if symbol.primes != 1 or symbol.sub or symbol.sup and not symbol.layered or symbol.bracket is not None:
            return None
        name, position, layer = symbol.base, symbol.position, symbol.sup
    elif isinstance(node, Call) and node.primes == 1 and node.base is None and not node.at:
        name, position, layer = node.written, node.position, node.layer
    else:
        return None
    # f'^{(L)}: the layer's own key where the notation gives one ({ "\\sigma'^{(L)}" = ... }), else none
    given = notation.primed_functions.get(f"{name}^{layer}" if layer else name)
    if given is None:
        return None
    activation, place = given
    return Call(activation, node.args, 1, None, position, f"{name}'", layer=layer, at=place)


def _called(word: str) -> str:
    """The call as messages show it: ``f_derivative(u)``, or code's flag call ``f(u, True)`` as written."""
    return word if word.endswith(")") else f"{word}(u)"


def judged_at_input_and_output(text: str, judge: Callable):
    """``judge(ArgumentReading)`` (a HomeworkResult) read at the input; where it met a derivative named by a word,
    read again at the output, and refused in one line where the two readings do not agree."""
    def disagreement(met) -> str:
        word, activation = met
        return (f"formula {short(text)}: {_called(word)} reads as {activation.name}'s derivative at its input (u = z) or at"
                f" its output (u = a), and the two readings do not agree; {how_to_write(word, activation)}"
                f"{how_to_decide(word, activation)}")

    return judged_again_where_met(ArgumentReading("input"), ArgumentReading("output"), judge, disagreement)
