"""A name a formula defines for itself, in its chain or in its condition, and the claim judged with that meaning.

A name the claim defines itself, ``e = \\hat{y} - y = 0.3775 - 1.0 = -0.6225``: a chain whose left side is one name
the notation does not know (a letter or a Greek letter, with a subscript or not; no function at its argument, no
derivative, no power) and whose first member is written in known quantities. The first member is the name's
definition: it is not judged, and is reported as such (its step says "defines e", verdict correct, as a definition
is what the writer means by the name); every later member is judged against it, as the chain ``\\hat{y} - y = 0.3775 -
1.0 = -0.6225`` is (a wrong number is wrong). Where the name appears in its own first member (``e = e + 1``, or
Euler's ``e^{z}``), where the chain has no member after the definition (``e = \\hat{y} - y``), where the first
member holds a relation, or where the text holds more than this one chain, the refusal (``unknown symbol e``) stays.

A definition stated as the condition of a claim, ``Remember that if a = g(z) then g'(z) = 1 - a^2``: the claim
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
from dataclasses import replace
from typing import Callable

from ..patterns import lazy_pattern
from .quantities import FormulaError, short, unknown_name_alone
from .syntax_tree import RELATION_COMMAND

# the name: a letter or a Greek letter's command, with a one-character or braced subscript
_NAME = r"(?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?"
# a display's delimiters around the chain, $$ ... $$, $ ... $, \[ ... \] (or none)
# (its runs of spaces before the first member's end possessive: a member never starts or ends with a space, so none
# gives spaces back to the next, and a long run is scanned once)
_CHAIN = lazy_pattern(r"(?P<open>\s*+(?:\$\$?|\\\[)?\s*+)(?P<name>" + _NAME + r")\s*+=(?![=<>])\s*+"
                      r"(?P<first>[^=<>\n]*?[^=<>\s\n])\s*+=(?![=<>])(?P<rest>[^\n]*?[^\s\n][^\n]*?)"
                      r"(?P<close>\s*(?:\$\$?|\\\])?[\s.,]*)")


def _plain(name: str) -> str:
    """A name without spaces and braces: ``e_{1}``, ``e_1`` and ``e _ 1`` are one name."""
    return re.sub(r"[\s{}]", "", name)


def _base_in(name: str, text: str) -> bool:
    """Whether ``name``'s letter (its subscript aside) stands in ``text`` on its own, no letter, digit, underscore or
    backslash glued before it, no letter or digit after it: the name in its own definition, or Euler's e in it (a
    name the notation does not know is refused in ``text`` anyway; its letter alone may read as another thing)."""
    base = re.match(r"\\[A-Za-z]+|[A-Za-z]", name).group(0)
    return re.search(r"(?<![A-Za-z0-9_\\])" + re.escape(base) + r"(?![A-Za-z0-9])", text) is not None


def judged_with_claim_definition(text: str, judge: Callable):
    """``judge(text)``; where it refuses the chain's left side as an unknown symbol and the text is one chain ``NAME =
    FIRST = ...`` (see the module docstring), FIRST as NAME's definition and the chain ``FIRST = ...`` judged, the
    definition its first step."""
    try:
        return judge(text)
    except FormulaError as refusal:
        unknown, match = unknown_name_alone(refusal), _CHAIN.fullmatch(text)  # only where judge refused
        if match is None or unknown is None or _plain(unknown) != _plain(match.group("name")):
            raise
        name, first = match.group("name"), match.group("first")
        if _base_in(name, first) or re.search(RELATION_COMMAND, first) or "\\\\" in first:
            raise
        try:
            result = judge(match.group("open") + first + " = " + match.group("rest") + match.group("close"))
        except FormulaError:
            raise refusal from None
        if len(result.claims) != 1 or not result.claims[0].steps:
            raise refusal from None
    claim = result.claims[0]
    definition = replace(claim.steps[0], text=first, verdict="correct", result=None, where="",
                         detail=f"defines {name}: a definition, not judged; the members after it are judged against it")
    claim.steps.insert(0, definition)
    claim.text = text.strip()
    return result


# a line of prose words (or none) before "if", the name, "=", an expression holding no relation, "then", the claim
_CONDITIONAL_DEFINITION = lazy_pattern(
    r"^(?P<prose>[ \t]*(?:[^\W\d_]+[ \t,]+)*?)(?:if|If)[ \t]+(?P<name>[A-Za-z]\w*(?:_\{[^{}\n]*\}|_[A-Za-z0-9])?)"
    r"[ \t]*=(?![=<>])[ \t]*(?P<expression>[^=<>\u2264\u2265\n]+?)[ \t]*,?[ \t]+then[ \t]+(?P<claim>[^\n]*=[^\n]*)$",
                                       needs=("then",))


# an expression that is one name or number: a case's condition (if y = 1, if label = k), never a definition
_ONE_VALUE = lazy_pattern(r"[-\w.\\{}^]+")


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
