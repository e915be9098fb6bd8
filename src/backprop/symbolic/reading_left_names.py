"""Bare names a formula writes for a quantity its claim's left side names (a part of reading.Reader), as code's bracket
after a name takes its letter's values from there (reading_entries): Bishop's ``h'(a)`` in a rule for unit j, the
unit's ``a_j`` (the left side gives j a value), and ``g'(z)`` beside ``\\frac{\\partial a^3_1}{\\partial z^3_1}``,
the one z the left side names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .quantities import FormulaError
from .syntax_tree import Deriv, Sym


class LeftNameReading:
    """Reader methods for bare names read through the claim's left side (see the module docstring)."""

    def _index_from_left_side(self, sym: Sym) -> Sym | None:
        """``h'(a)`` in a rule for unit j (``\\frac{\\partial E}{\\partial w_{ji}} = ...``) with ``"a_{j}"`` the
        notation's one way of writing a: the bare name with its dropped index, where its patterns are each the
        name with one letter as subscript and exactly one of those letters has a value from the left side (j
        here); None otherwise."""
        if sym.sub or sym.sup or sym.primes or sym.bracket is not None:
            return None
        letters = set()
        for pattern in self.notation.patterns:
            if pattern.base == sym.base:
                if pattern.sup or not re.fullmatch(r"[A-Za-z]", pattern.sub):
                    return None
                letters.add(pattern.sub)
        bound = [letter for letter in letters if dict.__contains__(self.env, letter)]
        return Sym(sym.base, bound[0], "", 0, None, sym.position) if len(bound) == 1 else None

    def argument_value(self, node):
        """The value of a function's argument as read; where it is a bare letter that reads as nothing (no pattern
        matches it), the left side's one quantity of that letter (_named_on_left_side): g'(z) at z^3_1."""
        try:
            return self.value(node)
        except FormulaError:
            named = self._named_on_left_side(node) if isinstance(node, Sym) and not self.notation.candidates(node) \
                else None
            if named is None:
                raise
            return self.value(named)

    def _named_on_left_side(self, sym: Sym) -> Sym | None:
        """``g'(z)`` in ``\\frac{\\partial a^3_1}{\\partial z^3_1} = g'(z)``: a bare letter the notation writes only with
        scripts (its patterns for z name no bare z), a function's argument (argument_value), where the claim's left side
        is a derivative whose function and
        variable name exactly one quantity of that letter, is that quantity (z^3_1), as pages write a function's
        argument by its letter alone; None otherwise (none or two there, the left side itself being read, a left
        side of another kind, a loss's arguments ``L(y, y_{hat})`` beside which y is the target, a letter the notation
        has no pattern of, a word: code's del of del_b may be a partial sign)."""
        left = self.context.left_node
        if sym.sub or sym.sup or sym.primes or sym.bracket is not None or not isinstance(left, Deriv) \
                or self.context.reading_left or not re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", sym.base) \
                or not any(pattern.base == sym.base for pattern in self.notation.patterns):
            return None
        named = {other.text(): other for other in (left.of, left.wrt) if isinstance(other, Sym)
                 and other.base == sym.base and (other.sub or other.sup) and not other.primes}
        return replace(next(iter(named.values())), position=sym.position) if len(named) == 1 else None
