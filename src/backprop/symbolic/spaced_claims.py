"""Claims set side by side on one line with only a space between them (``z=XW+b y^=σ(z)``, text flattened from KaTeX
or MathJax): where the space separates two claims by the line's form alone, and the refusal naming both readings where
the form does not say (line_breaks' splitting at commas asks here)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..patterns import lazy_pattern
from .brackets import PRINTED, match_outside_brackets
from .quantities import FormulaError, short

# Claims set side by side on one line with a space alone between them, as text flattened from KaTeX or MathJax has
# them: z=XW+b y^=σ(z) L=BCE(y,y^) (batch 81's solveconpython lesson, three claims). By form only: where every
# relation of the line is glued to its sides and a space stands before a name glued to its relation, the space
# separates two claims (_at_commas splits there, as at a comma); where the line's relations are glued and spaced
# both, the spacing does not say whether the name after the space starts a claim or is the last factor of a chain's
# member, and the line is refused naming both readings. A line whose relations are all spaced (\delta = (y - t)
# f'(z) = ...) stays one chain, as before, as does a name spaced from its relation (f'(x)=sech^2 x = 1 - f(x)^2).
# a space or tab between two claims (never a newline: line_breaks splits those first), then a name, a letter or a
# command with its scripts, code's word, KaTeX's flattened hat (y^) or its argument (f(x)), then "=" or ":="
_CLAIM_NAME = (r"(?:\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z]\w*)(?:[_^](?:\{[^{}]*\}|[A-Za-z0-9]))*\^?"
               r"(?:\([^()]*\))?")
_SPACE_THEN_NAME = lazy_pattern(r"[ \t]+(?=(" + _CLAIM_NAME + r")([ \t]*)(?::=|=(?!=)))")
# a relation of the line, "=" or ":=" (not ==, <=, >=, !=), with what stands either side of it
_GLUED_RELATION = lazy_pattern(r"(?<![<>!=:])(?::=|=)(?!=)")


@lru_cache(maxsize=64)
def _glued_relations(text: str) -> tuple[bool, ...]:
    """For each relation of ``text`` outside every bracket (a printed brace \\{ \\} no group), whether it is glued to
    both its sides (one pass)."""
    found, position = [], 0
    while (match := match_outside_brackets(text, _GLUED_RELATION, position, escapes=PRINTED)) is not None:
        before, after = text[match.start() - 1:match.start()], text[match.end():match.end() + 1]
        found.append(bool(before.strip()) and bool(after.strip()))
        position = match.end()
    return tuple(found)


def space_between_claims(text: str, position: int) -> tuple[re.Match, bool] | None:
    """The space at ``position`` of ``text`` (a row of one line, outside every bracket) before a name and a
    relation, where the line has glued relations, and whether its form decides that it separates two claims (the
    line's relations all glued to their sides, the name glued to its relation): (the space, True); (the space,
    False) where the line mixes glued and spaced relations (refuse_spaced_claims where both readings parse); None
    where the space is no such place (a line of spaced relations is one chain, as before, and so is a name spaced
    from its relation)."""
    if position and text[position - 1].isspace():
        return None  # inside a run of spaces: its first is the place (asked first, a long run read once)
    match = _SPACE_THEN_NAME.match(text, position)
    if match is None or match.group(2):
        return None  # f'(x)=sech^2 x = 1 - ...: a name spaced from its relation goes on the chain
    glued = _glued_relations(text)
    if len(glued) < 2 or not any(glued) or _worked_product_end(text, position, match):
        return None
    return match, all(glued)


# numbers only, as a worked value's members are written: digits, decimal points, arithmetic, brackets, relations
_NUMBERS_ONLY = lazy_pattern(r"[\d.\s()+\-*/=]*\d[\d.\s()+\-*/=]*")


def _worked_product_end(text: str, position: int, match: re.Match) -> bool:
    """``\\Delta w_1=\\eta \\delta x_1=0.5(0.0887)(1)=0.04435`` (batch 190's un-dw1): the name after the space ends a
    product of symbols, and what follows its relation to the line's end is numbers only, the rule's worked value;
    one chain, never a claim x_1 = 0.5(0.0887)(1). A member before the space that is a number (a=1 b=2) still ends
    a claim, as do other members after the name (z=XW+b y^=σ(z))."""
    member = text[text.rfind("=", 0, position) + 1:position].strip()
    rest = re.sub(r"^\s*:?=", "", text[match.end(2):])
    return bool(member) and not _NUMBERS_ONLY.fullmatch(member) and bool(rest.strip()) \
        and _NUMBERS_ONLY.fullmatch(rest) is not None


def refuse_spaced_claims(text: str, space: re.Match) -> None:
    """SpacedClaims: the claims split at ``space`` and the chain through it both parse, and the spacing does not
    say which is meant."""
    raise SpacedClaims(text, space.group(1))


class SpacedClaims(FormulaError):
    """A line whose relations are glued and spaced both, with a name after a space glued to its relation."""

    def __init__(self, text: str, name: str):
        super().__init__(f"formula {short(text)}: two claims side by side or one chain? '{name}' after a space"
                         f" glued to its relation, where the line's relations are glued and spaced both, may start a"
                         f" claim or end a chain's member; separate claims with a comma, or write the chain's"
                         f" relations spaced alike")
