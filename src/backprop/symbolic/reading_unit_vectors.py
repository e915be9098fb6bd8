"""A bare name the notation's patterns write only unit by unit (``"w_{j}"``, ``"w_{jk}"``, a sample's ``"\\hat{y}_{i}"``),
read as the vector or matrix of every unit they name (a part of reading.Reader): ``w`` the column of its ``w_j``,
the matrix of its ``w_{jk}``; written without the layer its patterns write, the output layer's, as if ``^L`` were
written."""

from __future__ import annotations

import re

import sympy as sp

from .notation_layers import output_letter_names_output, writes_layer_only
from .quantities import FormulaError, UnknownName
from .reading_base import _is_matrix
from .syntax_tree import Sym


class UnitVectorReading:
    """Reader methods for a bare name read as the units its patterns name (see the module docstring)."""

    def _notation_vector(self, sym: Sym):
        """A bare name whose patterns have placeholders in the subscript: every unit it names."""
        if sym.sub or sym.primes:
            return None
        shapes, samples = [], []
        limit = self.symbols.index_limit
        for pattern in self.notation.patterns:
            if pattern.base != sym.base or not pattern.placeholders or not (
                    pattern.sup == sym.sup or pattern.reads_superscript(sym.sup)):
                continue  # \Theta^{(3)} through \Theta_{ij}^{(l)}: its superscript may hold placeholders
            unused = pattern.unused_placeholders()
            parts = re.findall(r"\\[A-Za-z]+|.", pattern.sub)
            count = len([part for part in parts if part in self.notation.indices and part not in unused])
            if count == 0:
                # \hat{y} with "\hat{y}_{i}" = "a2[0]": i a sample's, dropped; but a subscript with anything
                # literal (the ew of "w1_new", the n a placeholder) is no sample's alone: w1 is not w1_new
                if all(part in unused or part in ", " for part in parts):
                    samples.append(pattern)
                continue
            shapes.append(count)
        if not shapes and samples:
            pattern = samples[0]
            sub = "".join("1" if part in pattern.placeholders else part
                          for part in re.findall(r"\\[A-Za-z]+|.", pattern.sub))
            return self.value(Sym(sym.base, sub, sym.sup, 0, None, sym.position))
        if not shapes:
            if sym.sup or not writes_layer_only(self.notation, sym.base) \
                    or not output_letter_names_output(self.notation, self.symbols):
                return None
            # \nabla_a C with "a_{j}^{l}": written without its layer, the output layer's, as if a^L
            return self._notation_vector(Sym(sym.base, "", "L", 0, None, sym.position))
        if max(shapes) == 1:
            column = self._units(lambda v: Sym(sym.base, str(v), sym.sup, 0, None, sym.position), limit)
            if column and all(_is_matrix(entry) and entry.cols == 1 for entry in column) \
                    and len({entry.rows for entry in column}) == 1:
                return sp.ImmutableMatrix([list(entry) for entry in column])  # rows W_j: the matrix W
            if any(_is_matrix(entry) for entry in column):
                return None
            return sp.ImmutableMatrix(column) if column else None
        rows = []
        for first in range(limit):
            row = self._units(lambda v: Sym(sym.base, f"{first},{v}", sym.sup, 0, None, sym.position), limit)
            if row:
                rows.append(row)
            elif rows:
                break
        if rows and len({len(row) for row in rows}) == 1:
            return sp.ImmutableMatrix(rows)
        return None

    def _units(self, make, limit: int) -> list:
        found, first = [], None
        for number in range(limit):
            try:
                value = self.value(make(number))
            except FormulaError as error:
                if found:
                    break
                first = first or error
                continue
            found.append(value)
        if not found and isinstance(first, UnknownName):
            raise first  # Z^{[0]}: a layer the network does not have, said so (a rule over layers stops there)
        return found
