"""Refusals of calls of code's functions the notation leaves unread, each saying what to write: an element of code's
array of functions the notation does not name beside one it does (``act[2](u)`` beside ``"act[1]"``), a function
the notation gives a value but no parameters called with several arguments (C's ``derrivative_Error_output(target,
output)``), and an object's method of several arguments it does not name (``learningMethod.getWeightDelta(error, x,
id, i)``)."""

from __future__ import annotations

from ..activations import HIDDEN_DEFAULT
from .notation import Notation
from .syntax_tree import Apply


def unnamed_array_element(notation: Notation, node: Apply) -> str | None:
    """The refusal's text for ``act[2](u)`` where the notation names other elements of code's array of functions
    act, one a derivative by its index (``{ "act[1]" = "f' at input" }``), and not this one; None for any other call
    (a layer's function by its number, Ng's plain g[1], is notation_layers' to read)."""
    symbol = node.symbol
    if symbol.bracket is None or not symbol.bracket.strip().isdigit() or symbol.sub or symbol.sup \
            or notation.function_of(symbol)[0] is not None:
        return None  # g[l](z), g[3](z) beside Ng's plain g[1], g[2]: a layer, read (or refused) as one
    words = [word for word in notation.derivative_words if word.startswith(f"{symbol.base}[")]
    named = words + [f"{base}[{bracket}]" for base, sub, sup, bracket in notation.scripted_functions
                     if base == symbol.base and bracket is not None]
    if not words or f"{symbol.base}[{symbol.bracket.strip()}]" in named:
        return None
    element = f"{symbol.base}[{symbol.bracket.strip()}]"
    return (f"{element}(...): the notation names {', '.join(sorted(named))} of code's array of functions"
            f" {symbol.base}, not this element; name it in the notation's functions, \"{element}\" ="
            f" \"{HIDDEN_DEFAULT}\" or a derivative's \"{HIDDEN_DEFAULT}' at input\"")


def arguments_unsaid(notation: Notation, node: Apply) -> str | None:
    """The refusal's text for a call of several arguments of a name the notation gives a value (its pattern of no
    script), where they are not what the value is computed from (reading_names.written_with_inputs): nothing says
    these arguments, in this order, make that value (swapped, they may make another); None for any other call."""
    symbol = node.symbol
    if len(node.args) < 2 or symbol.primes or symbol.bracket is not None \
            or not (named := notation.candidates(symbol)):
        return None
    name = named[0][0].text  # err_out, as the table writes it (the formula's err_{out})
    return (f"{name}(...) with {len(node.args)} arguments: the notation gives {name} the value {named[0][0].meaning}"
            f" but no parameters, and these arguments are not each a name of the notation's for a whole layer or"
            f" matrix that this value is computed from (as a_{{l-1}} and W_{{l}} are for a unit's sum, read as the value itself), so nothing says"
            f" what they make of it; write {name} alone (no arguments) for that value, or the formula the function"
            " returns, in the notation's names")


def method_of_arguments(node: Apply) -> str | None:
    """The refusal's text for an object's method the notation does not name called with several arguments
    (``learningMethod.getWeightDelta(error, x, id, i)``: no activation of one input); None for one argument."""
    if len(node.args) < 2:
        return None
    return (f"{node.symbol.base}(...): a method called on an object with {len(node.args)} arguments, which the notation"
            " does not name; write the formula it returns in the notation's names (check reads no method's definition"
            " it does not see)")
