"""Entries of what the notation names whole (a part of reading.Reader).

Code's indices after a subscripted name, ``A_i[r, 0]``, ``W_{out}[0, 1]``: the entry of what the name with its
subscript names (a layer's vector or matrix), counted from 0 as code counts.

An index is a whole number: a vector's entry ``[k]`` or, as a column's, ``[k, 0]`` (a row's ``[0, k]`` where the
homework writes its vectors as rows), a matrix's ``[r, c]``. A letter in the bracket is read as any symbol is (an
unknown letter refused so), then refused, since nothing says how a letter of the notation counts the entries of a
bracket; an index outside the vector or matrix is refused.

A name with one more subscript than a pattern that means a vector writes, ``x_j^{(i)}`` (or ``x^{(i)}[j]``) where
``"x^{(i)}" = "x[:]"`` and no pattern names it: the vector's entry j, j counted as the notation counts that letter
in its patterns' meanings (``"t[j]" = "W1[0, j]"`` from 0, ``"w_{j}" = "W1[0, j-1]"`` from 1); refused where no
pattern's meaning counts the letter, or two count it differently.
"""

from __future__ import annotations


from .notation_indices import Unbound
from .reading_base import _is_matrix
from .syntax_tree import Sym


class EntryReading:
    """Reader methods for a subscripted name's bracket of indices."""

    def _bracketed_entry(self, sym: Sym):
        """The entry ``sym.bracket`` of the value ``sym`` names without it."""
        whole = self.value(Sym(sym.base, sym.sub, sym.sup, sym.primes, None, sym.position, sym.layered))
        written = f"{Sym(sym.base, sym.sub, sym.sup, sym.primes, None, sym.position).text()}[{sym.bracket}]"
        indices = []
        for part in (part.strip() for part in sym.bracket.split(",")):
            if not part.isdigit():
                self.value(self.context.parser(part, self.where).expression())  # an unknown letter says so
                self.fail(f"{written}: an index in brackets after a subscript is read as code's whole number,"
                          f" counted from 0, and {part} is none; name the entry in the notation's [notation.symbols]")
            indices.append(int(part))
        if not _is_matrix(whole):
            self.fail(f"{written}: {written.split('[')[0]} names a number, which has no entries")
        vector = whole.rows == 1 or whole.cols == 1
        if vector and len(indices) == 2:
            row_written = self.context.row_vectors
            position, other = (indices[1], indices[0]) if row_written else indices
            if other != 0:
                self.fail(f"{written}: {written.split('[')[0]} is a vector, written as a "
                          f"{'row' if row_written else 'column'}: its entries are "
                          f"{'[0, k]' if row_written else '[k, 0]'}")
            indices = [position]
        if vector and len(indices) == 1:
            entries = list(whole)
            if indices[0] >= len(entries):
                self.fail(f"{written}: {written.split('[')[0]} has {len(entries)} entries, counted from 0")
            return entries[indices[0]]
        if vector or len(indices) != 2:
            self.fail(f"{written}: a matrix's entry takes two indices, [row, column]")
        if indices[0] >= whole.rows or indices[1] >= whole.cols:
            self.fail(f"{written}: {written.split('[')[0]} is {whole.rows} x {whole.cols}, counted from 0")
        return whole[indices[0], indices[1]]

    def _subscripted_vector_entry(self, sym: Sym):
        """Entry ``sym.sub`` of the vector the notation names as ``sym`` without its subscript; None where ``sym`` is
        no such name (see the module docstring)."""
        letter = sym.sub
        if sym.primes or sym.bracket is not None or letter not in self.notation.indices or len(letter) != 1:
            return None
        whole_sym = Sym(sym.base, "", sym.sup, 0, None, sym.position, sym.layered)
        if not self.notation.candidates(whole_sym):
            return None
        whole = self.value(whole_sym)
        if not _is_matrix(whole) or min(whole.shape) != 1:
            return None
        offsets = letter_offsets(self.notation, letter)
        if len(offsets) != 1:
            starts = " and from ".join(str(-offset) for offset in sorted(offsets, reverse=True))
            counting = f"the notation's patterns count {letter} from {starts}" if offsets else \
                f"no pattern's meaning counts {letter}"
            self.fail(f"{sym.text()}: entry {letter} of the vector {whole_sym.text()}, and {counting}, so nothing says"
                      f" which entry {letter} is; name it in the notation's [notation.symbols]")
        if letter not in self.env:
            raise Unbound(letter)
        entries = list(whole)
        position = self.env[letter] + offsets.pop()
        if not 0 <= position < len(entries):
            self.fail(f"{sym.text()}: {letter} = {self.env[letter]} is no entry of {whole_sym.text()}, which has"
                      f" {len(entries)}")
        return entries[position]


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
