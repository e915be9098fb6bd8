"""A function's layer with its prime inside the superscript's braces, ``g^{l'}(z^{l})``, ``\\sigma^{(l-1)'}(z)``,
``g^{[2]\\prime}(z)``: the layer's function primed, its derivative, as ``g^{l}'(z^{l})`` writes it (the prime is on
the function, whose layer the superscript names, and the call follows). A prime right after a bare layer letter
also writes another letter, l' (a second layer, as \\sum_{l'} numbers one): where the formula writes that letter
elsewhere (``z^{l'}``, ``\\sum_{l'}``, ``w_{l'}``) or a name of the notation holds it, ``g^{l'}`` may be the
function of layer l' as well as g^{l}'s derivative, and it is refused in one line (the parser's fail) naming both
readings; in brackets or parentheses, ``g^{(l)'}``, the prime stands outside the layer and reads one way."""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

#: a layer letter as a function's superscript writes it bare: l, L or \ell, perhaps plus or minus a number
LAYER_LETTER = r"(?:l|L|\\ell)(?:\s*[+-]\s*\d+)?"
_PRIME = r"(?:'|\\prime(?![A-Za-z]))"
# the layer (in brackets, in parentheses, or a bare letter) then its primes, the whole superscript
_PRIMED_LAYER = lazy_pattern(rf"(\([^()]*\)|\[[^\[\]]*\]|{LAYER_LETTER})\s*({_PRIME}(?:\s*{_PRIME})*)")


def _primed(letter: str) -> str:
    return rf"(?<![A-Za-z\\]){re.escape(letter)}\s*{_PRIME}"


def primed_letter_written(letter: str, row: str, scripts) -> bool:
    """Whether ``row`` writes the layer letter ``letter`` primed as a letter of its own, l' anywhere but in a
    function's superscript right before its call (g^{l'}(, g^l'(), or a script of the notation's names (``scripts``,
    its patterns' subscripts and superscripts) holds it."""
    letter_primed = lazy_pattern(_primed(letter))
    as_function = lazy_pattern(rf"\^\s*\{{?\s*{re.escape(letter)}\s*{_PRIME}(?:\s*{_PRIME})*\s*\}}?\s*\(")
    return len(letter_primed.findall(row)) > len(as_function.findall(row)) \
        or any(letter_primed.search(script) for script in scripts)


def primed_layer(sup: str) -> tuple[str, int, str] | None:
    """(the layer, its primes, the bare letter primed or "") of a superscript that is a layer then primes,
    ``l'``, ``(l-1)'``, ``[2]\\prime``; None for any other superscript."""
    found = _PRIMED_LAYER.fullmatch(sup.strip())
    if found is None:
        return None
    layer = found.group(1)
    letter = layer if re.fullmatch(r"l|L|\\ell", layer) else ""
    return layer, len(re.findall(_PRIME, found.group(2))), letter


#: how to write it instead
PRIMED_HOW = "write g^{l}'(...) for the derivative of layer l's function, or the other layer with another letter"


def ambiguous_prime(name: str, letter: str) -> str:
    """The parser's refusal of ``name^{letter'}`` where the letter primed is also a letter of the formula's."""
    return (f"{name}^{{{letter}'}}: the prime inside the superscript's braces reads as {name}^{{{letter}}} primed (its"
            f" derivative) or as the {name} of another layer {letter}', a letter the formula (or the notation) also"
            " writes")
