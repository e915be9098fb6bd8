"""A vector's left side whose right side writes one entry (a part of claims.read_claims): batch 158's
``\\delta^{(l)} = \\sum_j \\delta_j^{(l+1)} w_{ji}^{(l+1)} \\sigma'(net_i^{(l)})``, the vector delta^{(l)} on the left
and on the right the formula of its entry i, the one index no sum runs over. Read as the rule for that entry,
``\\delta_i^{(l)} = ...`` for every i, only where

- the left side is a name without scripts of its own beside the rule's (no subscript, no code bracket) whose value is a
  vector;
- every member after it leaves exactly one index letter free, the same one (the rule's other letters aside);
- the notation names the left side's entry by that letter (``"\\delta_{i}^{(l)}"``), and that letter's values are
  exactly the vector's entries, at every value of the rule's other letters.

Anything else stays the refusal it was (the letter has no value): a matrix on the left, two free letters, an entry
the notation does not name."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

import sympy as sp

from .homework_base import free_use, free_uses
from .quantities import FormulaError
from .reading import Reader
from .reading_base import TrackingEnv
from .syntax_tree import Sym


def _vector_size(node: Sym, context, env: dict, where: str) -> int | None:
    """The count of entries of ``node``'s value at ``env`` where it is a vector (one row or one column); None else."""
    try:
        value = Reader(context, TrackingEnv(env), where).value(node)
    except FormulaError:
        return None
    if not isinstance(value, sp.MatrixBase) or min(value.shape) != 1 or max(value.shape) < 2:
        return None
    return max(value.shape)


def entry_rule(claim, context, fixed: dict, where: str, assign: Callable, kind: Callable):
    """``claim`` read as the rule for its vector left side's entry (the module docstring), or ``claim`` itself.
    ``assign`` and ``kind`` are claims' rule_assignments and _kind, called on the claim read so."""
    left = claim.left.node
    if not isinstance(left, Sym) or left.sub or left.bracket is not None or left.primes or not claim.members \
            or claim.family is not None:
        return claim
    taken = set(claim.letters) | set(fixed)
    free = [{letter for letter in context.notation.indices if letter not in taken and free_use(member.node, letter)}
            for member in claim.members]
    indices = set(context.notation.indices)
    if any(not set(re.findall(r"[A-Za-z]", script)) <= indices for member in claim.members for letter in free[0]
           for symbol in free_uses(member.node, letter) for script in (symbol.sub, symbol.sup) if letter in script):
        return claim  # error_term's m, a word's letter in a script (code's underscore): no index
    if len(free[0]) != 1 or any(letters != free[0] for letters in free):
        return claim
    letter = next(iter(free[0]))
    sizes = [_vector_size(left, context, env, where) for env in claim.assignments]
    if not sizes or None in sizes:
        return claim
    entry = replace(left, sub=letter)
    if not context.notation.candidates(entry):
        return claim
    ruled = replace(claim, left=replace(claim.left, node=entry))
    try:
        letters, assignments = assign(ruled, context, fixed, where)
    except FormulaError:
        return claim
    if set(letters) != set(claim.letters) | {letter}:
        return claim
    for env, size in zip(claim.assignments, sizes):
        values = [own[letter] for own in assignments if all(own.get(other) == env.get(other) for other in claim.letters)]
        if len(values) != size or len(set(values)) != size:
            return claim  # the letter's values are not the vector's entries, one each
    ruled.letters, ruled.assignments = letters, assignments
    ruled.kind = kind(ruled, context)
    return ruled
