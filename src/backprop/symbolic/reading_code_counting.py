"""How code's brackets count a letter (a part of reading_entries): the notation's patterns' offsets for it, and a
sum's letter that no pattern counts, in code's bracket of an array the notation names whole (``sum(w[k] * h[k] for k
in range(n))``, ``\\sum_k w[k] h[k]``: the entry at the sum's value, counted from 0); and the code indices after a
code name the notation names with its first ones, ``this.weights[1][i][j]`` with ``"this.weights[1]" = "W2[:, :]"``
(a JavaScript .map lambda's entry of an array named whole, batch 180's tx-w2): the entry i, j of W2."""

from __future__ import annotations

import re
from dataclasses import replace

from .notation_indices import Unbound
from .notation_names import DOTTED_NAME, TRAILING_UNDERSCORE
from .reading_base import _is_matrix, bracket_length


class SummedEntryReading:
    """Reader methods for code's entries at a sum's letter, and at a named array's."""

    def _code_split(self, sym):
        """``sym``, a code name (dotted, or ending in an underscore) whose subscript the notation names only in part,
        as the pattern it names with its first indices and the others its bracket (``this.weights`` with ``1,i,j``
        where the notation names ``this.weights[1]``: ``this.weights_{1}[i,j]``); None for any other symbol."""
        if sym.bracket is not None or sym.primes or "," not in sym.sub or sym.base not in self.notation.bases \
                or not (re.fullmatch(TRAILING_UNDERSCORE, sym.base) or re.fullmatch(DOTTED_NAME, sym.base)) \
                or self.notation.candidates(sym) or self.notation.candidates(replace(sym, sub="")):
            return None
        parts = sym.sub.split(",")
        for count in range(len(parts) - 1, 0, -1):
            named = replace(sym, sub=",".join(parts[:count]))
            if self.notation.candidates(named):
                return replace(named, bracket=",".join(parts[count:]))
        return None

    def _summed_code_letter(self, letter: str) -> bool:
        """Whether ``letter`` is the letter of a sum being read that no pattern of the notation counts: in code's
        bracket, its value the entry's index (_summed_index)."""
        return letter in self.context.sum_starts and not letter_offsets(self.notation, letter)

    def _summed_index(self, written: str, letter: str, whole, number: int, count: int):
        """The value of ``letter``, a sum's letter that no pattern of the notation counts, in code's bracket of an
        array the notation names whole (``sum(w[k] * d[k] for k in range(n))``, ``\\sum_k w[k] d[k]``): the entry
        at the sum's value, code's brackets counting from 0 as the sum does from 0. A sum from elsewhere is
        refused (Julia's and R's brackets count from 1, and which counting the page means nothing says), as is a
        sum without bounds over arrays of different lengths (its last term is the shortest's, and whether the
        page counts them from their first entries or aligns them otherwise nothing says)."""
        start = self.context.sum_starts[letter]
        if start not in (None, 0):
            self.fail(f"{written}: code's bracket counts from 0 in C's, Java's, JavaScript's, Python's and Rust's code"
                      f" (from 1 in Julia's and R's), and the sum's {letter} starts at {start}: which entry its first"
                      f" term takes is unclear; write the sum from 0, \\sum_{{{letter}=0}}^{{n-1}}, or name the entry"
                      " in the notation's [notation.symbols]")
        if start is None and _is_matrix(whole):
            size = bracket_length(whole, number, count)
            lengths = self.context.bracket_lengths.setdefault(letter, set())
            lengths.add(size)
            if len(lengths) > 1:
                self.fail(f"{written}: the sum over {letter} has no bounds and indexes arrays of different lengths"
                          f" ({', '.join(str(size) for size in sorted(lengths, key=str))}) in code's brackets, so where"
                          f" it ends and how they align is unclear; write its bounds, \\sum_{{{letter}=0}}^{{n-1}}")
        if not dict.__contains__(self.env, letter):
            raise Unbound(letter)
        return self.env[letter]


def letter_offsets(notation, letter: str) -> set:
    """How the notation's patterns count ``letter``: the numbers n of their meanings' indices ``letter + n``
    (0 for ``W1[0, j]``, -1 for ``W1[0, j-1]``), over every pattern that has ``letter`` as a placeholder."""
    offsets = set()
    for pattern in notation.patterns:
        if letter not in pattern.placeholders:
            continue
        offsets.update(offset for quantity in pattern.quantities for offset in quantity.offsets(letter)
                       if offset is not None)
    return offsets
