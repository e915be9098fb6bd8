"""A weight matrix's column or row written as an array section (SectionReading, a part of reading.Reader).

NumPy's and Julia's ``W[:, j]`` and ``W[j, :]``, NumPy's two-dimensional column ``W[:, [j]]``, R's ``W[, j]`` and
``W[j, ]``, and Fortran's and MATLAB's ``W(:, j)`` and ``W(j, :)`` (which NotationNames.with_matrix_sections_read
writes as R's, both counting from 1), of a name the notation gives a layer's whole weight matrix (``"W" = "W2[:,
:]"``, input-first ``"weights" = "W2[:, :].T"``, its gradient ``"dW" = "grad(W2[:, :])"``, an update ``"-eta*grad(W1[:,
:])"``): the column or row of that matrix as the name holds it, so that ``W(:, j)`` of an input-first ``"W2[:, :].T"``
is the weights out of input j. The matrix's axes are the spec's (a unit's row, an input's column), so no sample axis
is guessed. The section is a vector, one-dimensional in every one of these languages: a column (a row where the
homework writes its vectors as rows); NumPy's ``W[:, [j]]`` keeps its two dimensions, a column.

The index is a letter the notation's patterns count (``"delta_h(j)" = "delta1[j-1]"``: from 1), its value the claim's
or a sum's, the section the one the notation's same letter names elsewhere; a letter no pattern counts where the
claim's left side gives it its values in code's bracket of the same size (Fortran's ``delta_hidden(j) =
DOT_PRODUCT(W(:, j), d) * ...``, read as ``delta_hidden[j]``), the left side's entry's (NumPy's colon form only at the
letter itself, ``d[j]``, where NumPy and Julia count alike); or a whole number: R's, Fortran's and
MATLAB's counted from 1, NumPy's ``0`` the first (any other number in brackets is NumPy's from 0 or Julia's from 1,
refused). A letter no pattern counts, or that they count two ways, is refused, as is a section of any other name
(a data matrix's column may be a sample, a unit or a feature: reading_entries' own readings and refusals)."""

from __future__ import annotations

import sympy as sp

from ..patterns import lazy_pattern
from .notation_indices import Unbound
from .reading_base import _is_matrix
from .reading_code_counting import letter_offsets
from .reading_entries import letter_part
from .syntax_tree import Sym, nodes_of

# a section's bracket (spaces kept out): a column, NumPy's or Julia's [:, j], NumPy's [:, [j]], R's [, j]; a row,
# [j, :] or R's [j, ]; the index a letter or a whole number
_COLUMN = lazy_pattern(r"\s*(?P<colon>:?)\s*,\s*(?P<kept>\[)?\s*(?P<index>[A-Za-z]|[0-9]+)\s*(?(kept)\])\s*")
_ROW = lazy_pattern(r"\s*(?P<index>[A-Za-z]|[0-9]+)\s*,\s*(?P<colon>:?)\s*")
# a meaning that is a layer's whole weight matrix, its transpose, its gradient or a multiple of either (spaces out):
# W2[:,:], W{l}[:,:].T, grad(W1[:,:]), -eta*grad(W1[:,:]).T
_WEIGHT_MATRIX = lazy_pattern(r"-?(?:[A-Za-z]+\*)?(?:grad\()?W(?:[0-9]+|\{[^{}]*\})\[:,:\]\)?(?:\.T)?")


class SectionReading:
    """Reader methods for a weight matrix's column or row section (the module docstring)."""

    def _weight_section(self, sym: Sym):
        """``sym``, a name and a section's bracket held as its subscript (``W[:, j]``), as the column or row of the
        weight matrix the notation gives the name whole; None where ``sym`` writes no section or the name is no
        weight matrix's; FormulaError where the index does not say which column or row."""
        if sym.primes or sym.bracket is not None:
            return None
        column = _COLUMN.fullmatch(sym.sub)
        written = column or _ROW.fullmatch(sym.sub)
        if written is None:
            return None
        whole_sym = Sym(sym.base, "", sym.sup, 0, None, sym.position, sym.layered)
        found = self.notation.candidates(whole_sym)
        if not found or not _WEIGHT_MATRIX.fullmatch(found[0][0].meaning.replace(" ", "")):
            return None
        whole = self.value(whole_sym)
        if not _is_matrix(whole):
            return None
        kind = "column" if column else "row"
        index, colon = written.group("index"), written.group("colon")
        # the section as with_matrix_sections_read writes Fortran's W(:, j) in R's form, W[, j], so that a refusal
        # quoting it quotes Fortran's as written (two_readings)
        shown = (f"{sym.base}[{colon}, [{index}]]" if column and written.group("kept") else
                 f"{sym.base}[{colon}, {index}]" if column else f"{sym.base}[{index}, {colon}]")
        size = whole.cols if column else whole.rows
        position = self._section_position(shown, kind, index, colon, size)
        vector = whole[:, position] if column else whole[position, :].T
        if column and written.group("kept") or not self.context.row_vectors:
            return sp.ImmutableMatrix(vector)
        return sp.ImmutableMatrix(vector.T)

    def _left_shift(self, letter: str) -> int | None:
        """n where every entry's bracket of the claim's left side writes ``letter + n`` (0 for ``d[j]``, -1 for
        ``d[j-1]``); None where none does, or two write it differently (a section's, ``W[:, j]``, counts nothing)."""
        left = self.context.left_node if self.context.left_node is not None else self.context.rule_left
        brackets = [bracket.split(",") for node in (nodes_of(left, Sym) if left is not None else ())
                    if (bracket := self._code_indices_of(node)) is not None]
        shifts = {part[1] for parts in brackets if all(letter_part(part) or part.strip().isdigit() for part in parts)
                  for part in map(letter_part, parts) if part and part[0] == letter}
        return shifts.pop() if len(shifts) == 1 else None

    def _section_position(self, shown: str, kind: str, index: str, colon: str, size: int) -> int:
        """The position, counted from 0, of the ``kind`` (column or row) ``index`` of ``shown``'s matrix, which has
        ``size`` of them; ``colon`` the section's colon (none in R's, which counts from 1)."""
        if index.isdigit():
            first = 0 if colon else 1
            if colon and index != "0":
                self.fail(f"{shown}: the {kind} {index} of a weight matrix, counted from 0 as NumPy counts or from 1"
                          f" as Julia does; write the {kind} as Fortran's or R's section, which count from 1, or"
                          f" its entries with their indices")
            position = int(index) - first
        else:
            offsets = letter_offsets(self.notation, index)
            if not offsets and self._left_range(index) == size and (shift := self._left_shift(index)) is not None \
                    and (not colon or shift == 0):
                # Fortran's delta_hidden(j) = DOT_PRODUCT(W(:, j), d) ...: the left side's bracket counts j, its
                # entry the column's; R's form counts from 1 as the left's language does, NumPy's colon from 0 and
                # Julia's from 1, one reading only where the left side's index is the letter itself
                offsets = {shift}
            if len(offsets) != 1:
                self.fail(f"{shown}: the {kind} {index} of a weight matrix, and "
                          f"{'the notation counts ' + index + ' two ways' if offsets else 'no pattern counts ' + index}"
                          f", so nothing says which {kind} it is; name an entry with {index} in the notation's"
                          f" [notation.symbols] (\"delta_h(j)\" = \"delta1[j-1]\" counts it from 1)")
            if not dict.__contains__(self.env, index):
                raise Unbound(index)
            position = self.env[index] + offsets.pop()
        if not 0 <= position < size:
            self.fail(f"{shown}: the weight matrix has {size} {kind}s, and this is none of them")
        return position
