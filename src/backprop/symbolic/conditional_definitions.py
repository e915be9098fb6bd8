"""A definition stated as the condition of a claim, ``Remember that if a = g(z) then g'(z) = 1 - a^2``: the claim
judged with the name standing for the definition's expression (a local meaning), as the sentence asserts it.

The sentence's words before ``if`` are prose and are dropped; the condition is one name (a letter or a word, with a
subscript or not), ``=`` and an expression holding no relation (more than one name or number: ``if y = 1`` is a
case's condition), and ``then`` opens the claim, which holds a relation
and writes the name. In the claim the name is replaced by the expression in parentheses (``1 - (g(z))^2``). Where the
notation gives the name a meaning, the definition is judged too, as a claim of its own: the two must agree at check's
random points (the definition correct), else the sentence is refused in one line; where the name means nothing to
the notation (``unknown symbol``), the claim alone is judged, the name a local one. Any other condition (``if z > 0
then ...``, a condition that is no name's definition) keeps its refusal (typography_prose: a condition check does
not judge).
"""

from __future__ import annotations

import re
from typing import Callable

from .quantities import FormulaError, short, unknown_name_alone

# a line of prose words (or none) before "if", the name, "=", an expression holding no relation, "then", the claim
_CONDITIONAL_DEFINITION = re.compile(
    r"^(?P<prose>[ \t]*(?:[^\W\d_]+[ \t,]+)*?)(?:if|If)[ \t]+(?P<name>[A-Za-z]\w*(?:_\{[^{}\n]*\}|_[A-Za-z0-9])?)"
    r"[ \t]*=(?![=<>])[ \t]*(?P<expression>[^=<>\u2264\u2265\n]+?)[ \t]*,?[ \t]+then[ \t]+(?P<claim>[^\n]*=[^\n]*)$")


# an expression that is one name or number: a case's condition (if y = 1, if label = k), never a definition
_ONE_VALUE = re.compile(r"[-\w.\\{}^]+")


def _name_in(name: str) -> re.Pattern:
    """``name`` standing alone in a formula: no letter, digit, underscore or backslash glued before or after it."""
    return re.compile(r"(?<![A-Za-z0-9_\\])" + re.escape(name) + r"(?![A-Za-z0-9_])")


def judged_with_local_definition(text: str, judge: Callable):
    """``judge(text)``; for a sentence ``if NAME = EXPR then CLAIM`` (the whole text, one line), the claim judged with
    NAME standing for (EXPR), and the definition judged with it where the notation names NAME (see the module
    docstring); FormulaError where the two disagree."""
    match = _CONDITIONAL_DEFINITION.match(text.strip())
    if match is None or "\n" in text.strip():
        return judge(text)
    name, expression, claim = match.group("name"), match.group("expression").strip(), match.group("claim")
    if _ONE_VALUE.fullmatch(expression) or not _name_in(name).search(claim):
        return judge(text)  # a case's value, or a condition that defines nothing the claim uses: as today
    local = _name_in(name).sub(lambda _found: f"({expression})", claim)
    definition = f"{name} = {expression}"
    try:
        result = judge(f"{definition}\n{local}")
    except FormulaError as refusal:
        if unknown_name_alone(refusal) != name:
            raise
        return judge(local)  # the name means nothing to the notation: its meaning is the condition's alone
    if result.claims and result.claims[0].verdict != "correct":
        raise FormulaError(f"formula {short(text)}: the condition {short(definition)} defines {name} otherwise than"
                           f" the notation does, so the claim after 'then' has two readings; write the claim with"
                           f" {name}'s expression, or give {name} the condition's meaning in the notation")
    return result
