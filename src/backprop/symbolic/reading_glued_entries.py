"""Code's entry of a name glued to its digits, ``W2[0, 1]``, where the notation's W_{2} (the name split at its digits,
as ``W2`` alone reads) and the name as written read it two ways (a part of reading_entries.EntryReading).

The spec's own name with two indices is the spec's entry (reading_entries), and a name the notation gives a subscript
in brackets (``"W2_{ij}"``) reads its bracket as that subscript, as plain text writes it. Where the notation's W_{2} is
a whole matrix, each reading is checked against it, and refused in one line where the two name different quantities:
the spec's entry where the notation's W_{2} is another matrix or none (layers counted from 0, ``"W_{l}" =
"W{l+1}[:, :]"``; a matrix laid out transposed, ``"W2" = "W2[:, :].T"``; ``"W0"`` and ``"W1"`` numbered by the
notation, with no ``W2``), and the subscript where code's entry of W_{2} (counted from 0) is another weight. Read as
before where they agree: the spec's entry would otherwise read another layer's weight, or the transposed one, as if
the formula wrote it.
"""

from __future__ import annotations

from dataclasses import replace

from .parsing import namespace
from .quantities import FormulaError
from .reading_base import same_quantity
from .syntax_tree import Sym


class GluedEntryChecks:
    """Reader methods: a glued name's entry refused where two readings of it differ (see the module docstring)."""

    def _refuse_two_readings(self, sym: Sym, glued: Sym | None, split_named: bool, named: bool) -> None:
        """Refuse ``sym`` (a name and code's bracket, read as the spec's entry or as the subscript) where ``glued``,
        its split, names a whole matrix of the notation's whose entry there is another quantity (``split_named``: the
        notation names the split; ``named``: and not the name as written)."""
        if named and self.notation.names_matrix(glued):
            self._refuse_another_matrix(sym, glued)
        elif split_named and "," in sym.bracket and self.notation.names_matrix(glued):
            self._refuse_subscript_or_entry(sym, glued)
        elif glued is not None and not split_named and sym.base in namespace(self.symbols) and (numbered := [
                pattern.text for pattern in self.notation.patterns if pattern.base == glued.base and pattern.sub.isdigit()
                and self.notation.names_matrix(Sym(pattern.base, pattern.sub, pattern.sup))]):
            # "W0" = "W1[:, :]", "W1" = "W2[:, :]": the notation numbers its matrices W itself, W2 alone is refused as
            # none of them, and W2[0, 1] would read the spec's W2, its W1, as if the formula wrote that
            self.fail(f"{sym.base}[{sym.bracket.strip()}]: the notation numbers its matrices {glued.base} itself"
                      f" ({', '.join(numbered)}) and names no {sym.base}, so this is no entry of symbols.md's"
                      f" {sym.base} either; write the entry of one of them, or name {sym.base} in [notation.symbols]")
        elif glued is not None and not split_named and sym.base in namespace(self.symbols) \
                and sym.base not in self.notation.bases \
                and self.notation.candidates(layered := Sym(glued.base, "", glued.sub, position=sym.position,
                                                            layered=True)):
            self._refuse_another_layer(sym, layered)

    def _refuse_another_layer(self, sym: Sym, layered: Sym) -> None:
        """Refuse code's ``a2[1]`` or ``W2[0, 1]``, the spec's name with its indices (read as the spec's entry), where
        the notation writes that letter's layer as a superscript (``"a^{(l)}" = "a{l-1}[:]"``, Ng's a^{(1)} the
        input; ``"W^{(l)}" = "W{l+1}[:, :]"``, layers counted from 0) and its ``layered`` (a^{(2)}, the digits as
        that superscript) is another quantity there, or none: a page in that notation writes a2 for its a^{(2)}, and
        the spec's entry would read the layer next to it as if the formula wrote it. Read as before where they agree."""
        try:
            notation_entry = self._bracketed_entry(replace(layered, bracket=sym.bracket))
        except FormulaError:
            notation_entry = None
        if notation_entry is not None and same_quantity(notation_entry, self._default_symbol(sym)):
            return
        pattern = self.notation.candidates(layered)[0][0]
        written = f"{sym.base}[{sym.bracket.strip()}]"
        self.fail(f"{written}: reads two ways, the entry of symbols.md's {sym.base} or of the notation's"
                  f" {layered.base}^{{({layered.sup})}} ({pattern.text!r} = {pattern.meaning!r}), not the same"
                  f" quantity; write the notation's {layered.base}^{{({layered.sup})}} with its subscript, or name"
                  f" {sym.base} in [notation.symbols]")

    def _refuse_another_matrix(self, sym: Sym, glued: Sym) -> None:
        """Refuse code's ``W2[0, 1]``, the spec's name with two indices (read as the spec's entry), where the notation
        gives ``glued`` (W_{2}, the name split at its digits, as W2 alone reads) a whole matrix whose entry there is
        another quantity (``"W_{l}" = "W{l+1}[:, :]"``, layers counted from 0, or a matrix laid out transposed) or none
        (W_{2} of no layer): the notation's meaning wins where it reuses the spec's letters, and the spec's entry would
        read another layer's weight (or the transposed one) as if the formula wrote it."""
        try:
            notation_entry = self._bracketed_entry(replace(glued, bracket=sym.bracket))
        except FormulaError:
            notation_entry = None
        if notation_entry is not None and same_quantity(notation_entry, self._default_symbol(sym)):
            return
        pattern = self.notation.candidates(glued)[0][0]
        written = f"{sym.base}[{sym.bracket.strip()}]"
        self.fail(f"{written}: reads two ways, the entry of symbols.md's {sym.base} or of the notation's"
                  f" {glued.text()} ({pattern.text!r} = {pattern.meaning!r}), "
                  + ("which names no matrix of this network" if notation_entry is None else "another quantity")
                  + f"; write {glued.text()}[{sym.bracket.strip()}] for the notation's entry, or name the entry in"
                  " [notation.symbols]")

    def _refuse_subscript_or_entry(self, sym: Sym, glued: Sym) -> None:
        """Refuse ``W2[1, 2]`` where the notation names both W2 with a subscript (``"W2_{ij}" = "W2[i-1, j-1]"``, which
        plain text's bracket writes: W2_{1,2}) and the whole matrix W_{2} (``"W2" = "W2[:, :]"``, whose entry code's
        bracket counts from 0) and the two readings are different weights; read as the subscript where they agree or
        the entry names nothing."""
        try:
            entry = self._bracketed_entry(replace(glued, bracket=sym.bracket))
            subscripted = self._notation_symbol(Sym(sym.base, sym.bracket, sym.sup, 0, None, sym.position))
        except FormulaError:
            return
        if same_quantity(entry, subscripted):
            return
        written = f"{sym.base}[{sym.bracket.strip()}]"
        self.fail(f"{written}: reads two ways, the notation's {sym.base}_{{{sym.bracket.strip()}}} (plain text's"
                  f" subscript in brackets) or code's entry [{sym.bracket.strip()}], counted from 0, of the notation's"
                  f" {glued.text()}, two different quantities; write {sym.base}_{{{sym.bracket.strip()}}} for the one,"
                  f" or {glued.text()}[{sym.bracket.strip()}] for the other")
