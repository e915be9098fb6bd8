"""An update rule written with the bare base of a family the notation names one by one: ``w = w - \\eta
\\partial E/\\partial w`` where the notation lists ``w_{1}`` ... ``w_{8}``, ``\\theta := \\theta - \\alpha \\partial
J/\\partial\\theta`` beside ``\\theta_{0}``, ``\\theta_{1}``. It is the rule for every member, read as the rule written
with an index letter of its own on every bare name of that base, ``w_k = w_k - \\eta \\partial E/\\partial w_k`` (both
sides' w the same member), and judged as a general rule is, for every listed member (the first failing named). Only
in the shape of a rule: the bare name is the left side and the denominator of a derivative in a member. Where the
notation names the bare base itself (a pattern ``"w"``, or one with placeholders, whose bare name is the vector of
its units), nothing changes.
"""

from __future__ import annotations

import dataclasses
import re

from .notation import Notation
from .syntax_tree import Deriv, Nabla, Relation, Sym

#: the letters a rule's member index is taken from, the first the formula and the notation leave free
_MEMBER_LETTERS = "kjinmpqrsuv"


def member_rule(relation: Relation, notation: Notation, equation: str) -> tuple[Relation, dict]:
    """(``relation`` with an index letter on every bare name of its left side's base, {that letter: the base}) where
    ``relation`` is a rule written with the bare base of a family ``notation`` lists one by one (see the module
    docstring); (``relation``, {}) for any other relation. ``equation``: the row's text, whose letters the index
    avoids."""
    if len(relation.members) < 2 or not _bare(relation.members[0]):
        return relation, {}
    base = relation.members[0].base
    if not _listed_one_by_one(notation, base) \
            or not any(_by_bare(node, base) for member in relation.members[1:] for node in _nodes(member)):
        return relation, {}
    written = re.sub(r"\\[A-Za-z]+", "", equation)  # the letters written, not those of commands (\partial)
    letter = next((letter for letter in _MEMBER_LETTERS if letter not in written
                   and notation.listed_letter(Sym(base, letter), {}, set()) == letter), None)
    if letter is None:
        return relation, {}
    members = [_with_index(member, base, letter) for member in relation.members]
    return dataclasses.replace(relation, members=members), {letter: base}


def _bare(node) -> bool:
    return isinstance(node, Sym) and not (node.sub or node.sup or node.primes or node.bracket is not None)


def _listed_one_by_one(notation: Notation, base: str) -> bool:
    """Whether ``notation`` names ``base`` only through patterns with a literal subscript (``w_{1}``, ``\\theta_{0}``),
    none of them the bare name nor a pattern with placeholders."""
    patterns = [pattern for pattern in notation.patterns if pattern.base == base]
    return bool(patterns) and all(pattern.sub and not pattern.sup and not pattern.primes and not pattern.placeholders
                                  for pattern in patterns)


def _by_bare(node, base: str) -> bool:
    """Whether ``node`` is a derivative (or gradient) by the bare name ``base``."""
    return isinstance(node, (Deriv, Nabla)) and _bare(node.wrt) and node.wrt.base == base


def _nodes(node):
    """Every node of a syntax tree, ``node`` first."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif dataclasses.is_dataclass(item):
            yield item
            stack.extend(getattr(item, part.name) for part in dataclasses.fields(item))


def _with_index(node, base: str, letter: str):
    """``node`` with every bare name ``base`` written with the subscript ``letter``."""
    if isinstance(node, Sym):
        return dataclasses.replace(node, sub=letter) if _bare(node) and node.base == base else node
    if isinstance(node, tuple):
        return tuple(_with_index(item, base, letter) for item in node)
    if isinstance(node, list):
        return [_with_index(item, base, letter) for item in node]
    if dataclasses.is_dataclass(node):
        changes = {part.name: _with_index(getattr(node, part.name), base, letter)
                   for part in dataclasses.fields(node) if part.name != "position"}
        return dataclasses.replace(node, **changes)
    return node
