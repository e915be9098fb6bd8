"""Ng's gradient names written with ∂ (a part of typography.clean): ``\\partial W^{[l]} = \\frac{\\partial
\\mathcal{J}}{\\partial W^{[l]}} = \\frac{1}{m} \\partial Z^{[l]} A^{[l-1]T}``, where the course's dW is set as ∂W.

String rewriting over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re

# a name: a letter or a command, then its scripts (W^{[l]}, A^{[l-1]}, \theta_j)
_NAME = r"(?:\\[A-Za-z]+(?![A-Za-z])|[A-Za-z])(?:\s*[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))*"


def _braced(group: str) -> str:
    """A brace group (one level of braces inside), its text the named group."""
    return r"\{(?P<" + group + r">(?:[^{}]|\{[^{}]*\})*)\}"


# the left side ∂X, then the loss's derivative by X as the first member
_DEFINED = re.compile(r"\s*\\partial\s*(?P<name>" + _NAME + r")\s*=\s*\\frac\s*" + _braced("over") + r"\s*"
                      + _braced("under") + r"\s*(?:=|$)")
_LONE_PARTIAL = re.compile(r"\\partial(?![A-Za-z])\s*(?P<name>" + _NAME + r")")


def partial_gradient_names(text: str) -> str:
    """``\\partial X = \\frac{\\partial L}{\\partial X} = ...``: a lone ∂X (no fraction, no ``/`` after it) on the
    left side that its first member defines as the loss L's derivative by X names that derivative, the course's
    dX set with ∂; so does every lone ∂Y of the formula (outside every brace group), dL/dY, as the notation's own
    ``dW`` gives the d-names of its other letters (Notation.gradient_names). Each is written as the fraction;
    any other text as it is (a lone ∂X that no member defines stays, and is refused)."""
    defined = _DEFINED.match(text)
    if defined is None:
        return text
    over = re.fullmatch(r"\s*\\partial(?![A-Za-z])\s*(.*?)\s*", defined.group("over"), re.S)
    under = re.fullmatch(r"\s*\\partial(?![A-Za-z])\s*(.*?)\s*", defined.group("under"), re.S)
    if over is None or under is None or not over.group(1) \
            or re.sub(r"\s", "", under.group(1)) != re.sub(r"\s", "", defined.group("name")):
        return text
    loss = over.group(1)
    pieces, position = [], 0
    for match in _LONE_PARTIAL.finditer(text):
        before = text[:match.start()]
        if _depth(before) != 0 or re.match(r"\s*/", text[match.end():]):
            continue  # inside a fraction's argument, or the quotient ∂L/∂w: a derivative as written
        pieces.append(text[position:match.start()])
        pieces.append(rf"\frac{{\partial {loss}}}{{\partial {match.group('name')}}}")
        position = match.end()
    return "".join(pieces) + text[position:]


def _depth(text: str) -> int:
    plain = re.sub(r"\\[{}]", "", text)
    return plain.count("{") - plain.count("}")
