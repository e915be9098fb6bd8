"""Code's indices after a subscripted name (a part of reading.Reader): ``A_i[r, 0]``, ``W_{out}[0, 1]``, the entry of
what the name with its subscript names (a layer's vector or matrix), counted from 0 as code counts.

An index is a whole number: a vector's entry ``[k]`` or, as a column's, ``[k, 0]`` (a row's ``[0, k]`` where the
homework writes its vectors as rows), a matrix's ``[r, c]``. A letter in the bracket is read as any symbol is (an
unknown letter refused so), then refused, since nothing says how a letter of the notation counts the entries of a
bracket; an index outside the vector or matrix is refused.
"""

from __future__ import annotations

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
