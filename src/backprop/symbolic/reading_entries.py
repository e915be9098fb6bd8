"""Entries of what the notation names whole and its one-sample slices (parts of reading.Reader; bare names the claim's
left side completes are reading_left_names').

Code's indices after a subscripted name, ``A_i[r, 0]``, ``W_{out}[0, 1]``: the entry of what the name with its
subscript names (a layer's vector or matrix), counted from 0 as code counts.

An index is a whole number: a vector's entry ``[k]`` or, as a column's, ``[k, 0]`` (a row's ``[0, k]`` where the
homework writes its vectors as rows), a matrix's ``[r, c]``. An index letter the notation's patterns count from 0,
as code does (``"W[j][i]" = "W2[j, i]"``), is its value there, a sum's or the claim's: ``Σ_j δ_next[j] · W[j][i]``
(batch 102's ts-erri). Any other letter in the bracket is read as any symbol is (an unknown letter refused so), then
refused, since nothing says how it counts the entries of a bracket; an index outside the vector or matrix is refused.

A name with one more subscript than a pattern that means a vector writes, ``x_j^{(i)}`` (or ``x^{(i)}[j]``) where
``"x^{(i)}" = "x[:]"`` and no pattern names it: the vector's entry j, j counted as the notation counts that letter
in its patterns' meanings (``"t[j]" = "W1[0, j]"`` from 0, ``"w_{j}" = "W1[0, j-1]"`` from 1). Where no pattern
counts it, the claim's left side does (code's ``output[i]``, set as a subscript, is such a name): a bracket of its own
giving the letter as many values (``b2[i] -= alpha * errors[i]``, symbols.md's b2 or a name the notation names
whole: the same code's brackets count alike), or the left side's meaning writing the letter free as the index of
quantities of the vector's size (``"e" = "a2[i] - y[i]"`` for ``e = output[i] - target[i]``: from 0;
``"a2[i-1] - y[i-1]"``, a Julia or Lua loop's, from 1). Refused where nothing counts the letter (code's brackets
count from 0 in Python, C, Java, JavaScript and from 1 in Julia, R, Lua, Fortran: the line alone never says), or two
count it differently.

A letter in code's bracket, ``W1[j][i] -= lr * dHidden[j] * x[i]`` (batch 81's dev48v), where the claim's left side
gives the letter its values in a bracket of its own (j the rows of what W1 names, counted from 0 as code counts):
the entry j of what the name names whole (dHidden, "grad(z1[:])"), where that dimension has as many entries as the
left side's (refused otherwise: the entries would not pair). A name with digits the notation names with them as a
subscript, ``W2[j]`` where ``"W2" = "W2[0, :]"`` (read W_{2}), is the notation's, its entry j: the notation's own
names come before the spec's W2, a matrix taking two indices; a name that is none of the spec's takes one or two
(Kotlin's ``weights1[i][j]`` where ``"weights1" = "W1[:, :]"``, its entry i, j). The spec's W2 with two indices is
refused where the notation's W_{2} is a whole matrix whose entry there is another quantity (reading_glued_entries).

A column every row of which is taken, R's ``y[,1]`` (its empty row index, columns counted from 1) or NumPy's
``y[:, 0]`` (counted from 0), of a name the notation gives as a column vector (``"y" = "y[:]"``): that vector's only
column, the vector itself (batch 86's R script, ``cost <- (a_2-y[,1])^2``: y's first column the one sample's
targets). Any other column (``y[,2]``, NumPy's ``y[:, 1]``, which Julia would count as the first), of a name
that names no column vector, or where the homework writes its vectors as rows, refused: which axis holds the
samples is then the page's, and a guess could read another sample's or output's targets.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from ..patterns import lazy_pattern
from .notation import GLUED_DIGITS
from .notation_indices import Unbound
from .notation_meanings import meaning_quantities
from .notation_names import DOTTED_NAME, TRAILING_UNDERSCORE
from .parsing import namespace
from .quantities import FormulaError, NoSuchUnit
from .reading_base import _is_matrix, bracket_length
from .reading_code_counting import SummedEntryReading, letter_offsets
from .reading_glued_entries import GluedEntryChecks
from .syntax_tree import Sym, nodes_of


# a column with every row, R's [,c] (counted from 1) and NumPy's [:,c] (from 0): (the colon, the column)
_WHOLE_COLUMN = lazy_pattern(r"\s*(:?)\s*,\s*([0-9]+)\s*")
# an index letter plus or minus a whole number in code's bracket, j, j-1, k + 1: the letter, the sign, the number
_LETTER_PLUS = lazy_pattern(r"\s*([A-Za-z])\s*(?:([-+])\s*([0-9]+)\s*)?")
# R's vector of positions in a bracket, theta[c(6, 7)] (two positions or more, each a whole number)
_POSITIONS = lazy_pattern(r"\s*c\(\s*([0-9]+(?:\s*,\s*[0-9]+)+)\s*\)\s*")
# NumPy's new axis in a vector's bracket, before its entries (a row, x[np.newaxis], x[None, :]) or after them (a
# column, x[:, np.newaxis])
_NEW_AXIS_WORD = r"(?:np\.newaxis|numpy\.newaxis|None)"
_NEW_AXIS = lazy_pattern(rf"\s*(?:(?P<row>{_NEW_AXIS_WORD})(?:\s*,\s*:)?|:\s*,\s*(?P<column>{_NEW_AXIS_WORD}))\s*")
# a meaning that is a layer's whole vector, a column or its row: a2[:], grad(z1[:]), -delta2[:], y[:].T
_WHOLE_VECTOR = lazy_pattern(r"-?(?:[a-z]+\()?[A-Za-z]+[0-9]*\[:\]\)?(?:\.T)?")


class EntryReading(SummedEntryReading, GluedEntryChecks):
    """Reader methods for a subscripted name's bracket of indices."""

    def _code_entry(self, sym: Sym):
        """``sym``, a name and code's bracket without a subscript, as the entry of what the notation names whole:
        ``W2[j]`` with the notation's "W2" (W_{2}) and no "W2" of its own, or ``dHidden[j]`` with j a letter the left
        side's brackets give values (see the module docstring); None where it is neither."""
        if sym.sub or sym.primes:
            return None
        split = GLUED_DIGITS.fullmatch(sym.base)
        glued = Sym(split.group(1), split.group(2), sym.sup, 0, None, sym.position) if split else None
        split_named = glued is not None and bool(self.notation.candidates(glued))
        named = split_named and sym.base not in self.notation.bases
        # (one index only where the name is the spec's: W1[2,1] is the spec's matrix W1, whatever the notation's W_{1}
        # names; code's weights1[i][j], no name of the spec's, is the notation's "weights1" with its two indices)
        if named and ("," not in sym.bracket or sym.base not in namespace(self.symbols)):
            return self._bracketed_entry(replace(glued, bracket=sym.bracket))
        self._refuse_two_readings(sym, glued, split_named, named)
        letters = [written[0] for part in sym.bracket.split(",") if (written := letter_part(part)) is not None]
        if any(part.strip() in (":", "") for part in sym.bracket.split(",")):
            return None  # W[:, j], R's W[, j]: a column's or a row's section (reading_sections), no entry
        numbers = {part.strip() for part in sym.bracket.split(",")}
        if not letters and numbers == {"0"} and sym.base in self.notation.bases \
                and self.notation.candidates(replace(sym, bracket=None)) \
                and not self.notation.candidates(Sym(sym.base, sym.bracket, sym.sup, 0, None, sym.position)):
            return self._first_entry(sym)  # this.weights.b2[0]: the first entry (row) in any language's counting
        if not letters or sym.base not in self.notation.bases \
                or not self.notation.candidates(Sym(sym.base, "", sym.sup, 0, None, sym.position)) \
                or self.notation.candidates(Sym(sym.base, sym.bracket, sym.sup, 0, None, sym.position)) \
                or not all(self._left_range(letter) or self._summed_code_letter(letter) for letter in letters):
            return None
        return self._bracketed_entry(sym)

    def _first_entry(self, sym: Sym):
        """Code's ``NAME[0]`` (``[0][0]``) of what the notation names whole: its first entry, or a matrix's first row
        (the vector of its entries, as ``"W2[0, :]"`` means it); [0] counts the same from 0 and from 1 (where it is
        no index), so no language's counting is guessed."""
        whole = self._whole_value(replace(sym, bracket=None))
        if _is_matrix(whole) and self.notation.names_matrix(replace(sym, bracket=None)) and "," not in sym.bracket:
            row = list(whole[0, :])
            return row[0] if len(row) == 1 else sp.ImmutableMatrix(row)
        return self._bracketed_entry(sym)

    def _code_name_entry(self, sym: Sym):
        """C++'s ``weights_[j][k]`` (a dotted ``self.who[j][k]`` too), the name's indices its subscript, as _code_entry's
        entry of what the notation names whole; None where _code_indices_of finds no code indices."""
        bracket = self._code_indices_of(sym)
        if bracket is None and (split := self._code_split(sym)) is not None:  # this.weights[1][i][j]: the named
            letters = [letter_part(part) for part in split.bracket.split(",")]  # this.weights[1]'s entry i, j
            return self._bracketed_entry(split) if all(letters) and all(
                self._left_range(letter[0]) or self._summed_code_letter(letter[0]) for letter in letters) else None
        return None if bracket is None else self._code_entry(replace(sym, sub="", bracket=bracket))

    def _code_indices_of(self, sym: Sym) -> str | None:
        """``sym``'s bracket, or the subscript of a code name (ending in an underscore, or dotted) the notation names
        whole and not with that subscript; None for none."""
        if sym.bracket is not None or not sym.sub:
            return sym.bracket
        code = re.fullmatch(TRAILING_UNDERSCORE, sym.base) or re.fullmatch(DOTTED_NAME, sym.base)
        if not code or sym.primes or sym.base not in self.notation.bases or self.notation.candidates(sym) \
                or not self.notation.candidates(replace(sym, sub="")):
            return None
        return sym.sub

    def _whole_column(self, sym: Sym):
        """R's ``y[,1]`` or NumPy's ``y[:, 0]``, the first column of what the notation names a column vector:
        that vector; None where ``sym`` writes no such column, FormulaError where it takes another column or the
        name is no column vector (see the module docstring)."""
        written = _WHOLE_COLUMN.fullmatch(sym.sub) if not sym.primes and sym.bracket is None else None
        if written is None:
            return None
        whole_sym = Sym(sym.base, "", sym.sup, 0, None, sym.position, sym.layered)
        shown = f"{sym.base}[{'' if not written.group(1) else ':'},{written.group(2)}]"
        first = "1" if not written.group(1) else "0"  # R counts from 1, NumPy from 0
        if not self.notation.candidates(whole_sym):
            return None
        whole = self.value(whole_sym)
        if not _is_matrix(whole) or whole.cols != 1 or self.context.row_vectors or written.group(2) != first:
            self.fail(f"{shown}: a column with every row ({'NumPy' if written.group(1) else 'R'} counts columns from"
                      f" {first}) is read only as the first column of what the notation names a column vector,"
                      f" that vector itself; here it would say which axis holds the samples, which the page does"
                      f" not: write {whole_sym.text()} for the one sample's vector, or its entries")
        return whole

    def _new_axis(self, sym: Sym):
        """NumPy's ``x[np.newaxis]`` (``x[None]``, ``x[np.newaxis, :]``) and ``x[:, np.newaxis]`` of what the notation
        names a column vector (a 1-D array): its row (the transpose) and its column (itself); None where ``sym``
        writes no new axis, FormulaError where the name is no column vector (a matrix, or vectors written as rows:
        the new axis would make a 3-D array or leave the layout to guess)."""
        written = _NEW_AXIS.fullmatch(sym.sub) if not sym.primes and sym.bracket is None else None
        if written is None:
            return None
        whole_sym = Sym(sym.base, "", sym.sup, 0, None, sym.position, sym.layered)
        if not self.notation.candidates(whole_sym):
            return None
        whole = self.value(whole_sym)
        if not _is_matrix(whole) or whole.cols != 1 or self.context.row_vectors:
            self.fail(f"{sym.base}[{sym.sub.strip()}]: NumPy's new axis is read only on what the notation names a"
                      f" column vector (a 1-D array), {sym.base}[np.newaxis] its row and {sym.base}[:, np.newaxis]"
                      f" its column; here {whole_sym.text()} is no such vector: write {whole_sym.text()} or its"
                      " transpose as the product needs it")
        return whole if written.group("column") else whole.T

    def _positions_vector(self, sym: Sym):
        """R's ``theta[c(6, 7)]``, entries picked by a vector of positions, where the notation names the entries
        one by one (``"theta[6]"``, ``"theta[7]"``): the column vector of those entries, as ``c(theta[6],
        theta[7])``; None where ``sym`` writes no such vector or the notation names no entry of it by that name."""
        written = _POSITIONS.fullmatch(sym.sub) if not sym.primes and sym.bracket is None else None
        if written is None:
            return None
        entries = [Sym(sym.base, position, sym.sup, 0, None, sym.position, sym.layered)
                   for position in re.findall(r"[0-9]+", written.group(1))]
        if not all(self.notation.candidates(entry) for entry in entries):
            return None
        values = [self.value(entry) for entry in entries]
        if any(_is_matrix(value) for value in values):
            self.fail(f"{sym.base}[{sym.sub.strip()}]: R's vector of positions is read only where each position names"
                      f" one number; write the entries one by one, c({sym.base}[...], ...)")
        return sp.ImmutableMatrix(len(values), 1, values)

    def _left_range(self, letter: str) -> int | None:
        """How many values the claim's left side gives ``letter``, an index in code's bracket there: the size of
        the dimension it indexes (``W1[j][i]``: j the rows of what W1 names); None where no bracket of the left side
        holds it alone, or two give it different sizes."""
        sizes = set()
        left = self.context.left_node if self.context.left_node is not None else self.context.rule_left
        for node in nodes_of(left, Sym) if left is not None else ():
            bracket = self._code_indices_of(node)  # W1[j][i], or weights_[j][i] with its indices as a subscript
            whole = replace(node, sub="" if node.bracket is None else node.sub, bracket=None)
            if bracket is None and (split := self._code_split(node)) is not None:
                bracket, whole = split.bracket, replace(split, bracket=None)  # this.weights[1][i][j]
            parts = [(letter_part(part) or (part.strip(), 0))[0] for part in (bracket or "").split(",")]
            if letter not in parts or bracket is None:
                continue
            try:
                whole = self._whole_value(whole)
            except (FormulaError, Unbound):
                return None
            if not _is_matrix(whole):
                return None
            sizes.add(len(whole) if len(parts) == 1 and min(whole.shape) == 1
                      else whole.shape[parts.index(letter)] if len(parts) == 2 else None)
        return sizes.pop() if len(sizes) == 1 else None

    def _bracketed_entry(self, sym: Sym):
        """The entry ``sym.bracket`` of the value ``sym`` names without it."""
        whole = self._whole_value(Sym(sym.base, sym.sub, sym.sup, sym.primes, None, sym.position, sym.layered))
        written = f"{Sym(sym.base, sym.sub, sym.sup, sym.primes, None, sym.position).text()}[{sym.bracket}]"
        indices = []
        parts = [part.strip() for part in sym.bracket.split(",")]
        rows = len(parts) == 1 and re.fullmatch(r"[A-Za-z]", parts[0]) is not None and _is_matrix(whole) \
            and min(whole.shape) > 1 and self.notation.names_matrix(replace(sym, bracket=None))  # w1[j]: code's row j
        for number, part in enumerate(parts):
            letter, shift = letter_part(part) or (None, 0)  # b_hidden[j-1]: the letter j, its entry j - 1
            if letter is not None and (size := self._left_range(letter)):
                indices.append(self._left_letter_value(written, letter, size, whole, number, 2 if rows else len(parts))
                               + shift)
                continue
            if letter is not None and letter in self.notation.indices \
                    and letter_offsets(self.notation, letter) == {0}:
                # \sum_j \delta_next[j] W[j][i] with "W[j][i]" = "W2[j, i]": the notation counts j from 0 as code's
                # bracket does, so the sum's (or the claim's) value of j is the entry's index
                if not dict.__contains__(self.env, letter):
                    raise Unbound(letter)
                indices.append(self.env[letter] + shift)
                continue
            if re.fullmatch(r"[A-Za-z]", part) and self._summed_code_letter(part):
                indices.append(self._summed_index(written, part, whole, number, 2 if rows else len(parts)))
                continue
            if not part.isdigit():
                self.value(self.context.parser(part, self.where).expression())  # an unknown letter says so
                self.fail(f"{written}: an index in brackets after a subscript is read as code's whole number,"
                          f" counted from 0, and {part} is none; name the entry in the notation's [notation.symbols]")
            indices.append(int(part))
        if min(indices, default=0) < 0:  # j-1 at j = 0, a loop from 1 the line does not show: never Python's last
            at = ", ".join(f"{letter} = {dict.__getitem__(self.env, letter)}" for letter, _ in filter(None, map(letter_part, parts)))
            self.fail(f"{written} at {at}: index {min(indices)} is no entry of {written.split('[')[0]}, counted from 0;"
                      " where the loop starts at 1, list the rule's values after it", NoSuchUnit, index=min(indices))
        if not _is_matrix(whole):
            self.fail(f"{written}: {written.split('[')[0]} names a number, which has no entries")
        vector = whole.rows == 1 or whole.cols == 1
        if vector and len(indices) == 2 and whole.rows == 1 and indices[0] == 0:
            indices = [indices[1]]  # a matrix of one row named whole ("W2[:, :]", one output): [0][i] its entry i
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
        if rows and len(indices) == 1 and indices[0] < whole.rows:
            return sp.ImmutableMatrix(list(whole[indices[0], :]))  # the row's vector, as "W1[j, :]" means it
        if vector or len(indices) != 2:
            self.fail(f"{written}: a matrix's entry takes two indices, [row, column]")
        if indices[0] >= whole.rows or indices[1] >= whole.cols:
            self.fail(f"{written}: {written.split('[')[0]} is {whole.rows} x {whole.cols}, counted from 0")
        return whole[indices[0], indices[1]]

    def _whole_value(self, whole: Sym):
        """The value ``whole`` names, a name without its bracket; the one entry of a layer of one unit that the
        notation names as its whole vector (``"outputs" = "a2[:]"``, a network of one output) kept a vector of one
        entry, so that code's ``outputs[j]`` is its entry j as it is on a layer of several units."""
        value = self.value(whole)
        found = self.notation.candidates(whole) if not _is_matrix(value) else ()
        if found and _WHOLE_VECTOR.fullmatch(found[0][0].meaning.replace(" ", "")):
            return sp.ImmutableMatrix([[value]])
        return value

    def _left_letter_value(self, written: str, letter: str, size: int, whole, number: int, count: int) -> int:
        """The value of ``letter``, index ``number`` of ``count`` in the bracket of ``written``, where the left side
        gives it ``size`` values: refused where the dimension it indexes here has another size."""
        here = bracket_length(whole, number, count)
        if here != size:
            self.fail(f"{written}: the left side gives {letter} {size} values, counted from 0, and"
                      f" {written.split('[')[0]} has {here or 'no'} entries there, so they do not pair; name"
                      f" {written} in the notation's [notation.symbols]")
        if not dict.__contains__(self.env, letter):
            raise Unbound(letter)
        return self.env[letter]

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
        if not offsets and "." in sym.base:  # nn.outputLayer.act[i]: code's index in brackets, counted from 0
            offsets = {0}
        if not offsets:  # e = output[i] - target[i], b2[i] -= alpha * errors[i]: the left side counts i
            offsets = self._left_counting(letter, len(whole))
        if len(offsets) != 1:
            starts = " and from ".join(str(-offset) for offset in sorted(offsets, reverse=True))
            counting = f"the notation's patterns count {letter} from {starts}" if offsets else \
                (f"no pattern's meaning counts {letter}, nor the left side for a vector of {len(whole)} entries (code's"
                 " brackets count from 0 in Python, C, Java or JavaScript and from 1 in Julia, R, Lua or Fortran)")
            self.fail(f"{sym.text()}: entry {letter} of the vector {whole_sym.text()}, and {counting}, so nothing says"
                      f" which entry {letter} is; name it in the notation's [notation.symbols]"
                      f"{_entry_pattern_hint(self.notation, whole_sym, letter)}")
        if letter not in self.env:
            raise Unbound(letter)
        entries = list(whole)
        position = self.env[letter] + offsets.pop()
        if not 0 <= position < len(entries):
            self.fail(f"{sym.text()}: {letter} = {self.env[letter]} is no entry of {whole_sym.text()}, which has"
                      f" {len(entries)}")
        return entries[position]


    def _left_counting(self, letter: str, size: int) -> set:
        """How the claim's left side counts ``letter`` for a vector of ``size`` entries indexed by it in code's bracket:
        {0} where a bracket of the left side gives it as many values, as a name the notation names whole or as
        symbols.md's own vector (``b2[i] -= alpha * errors[i]``: the same code's brackets, and symbols.md's count from
        0); else the offsets with which the left side's pattern's meaning writes it, not a placeholder of it, as the
        index of quantities of that size (``"e" = "a2[i] - y[i]"``: entry i of the outputs, 0); empty where neither
        says."""
        left = self.context.left_node if self.context.left_node is not None else self.context.rule_left
        if not isinstance(left, Sym):
            return set()
        if self._left_range(letter) == size:
            return {0}
        found = self.notation.candidates(left)
        if not found and left.bracket is not None and left.sub == "" and \
                (spec := meaning_quantities(f"{left.base}[{left.bracket}]")) and spec[0].alone:
            return {0} if self._quantity_offsets(spec[0], letter, size) == {0} else set()
        if not found or letter in found[0][0].placeholders:
            return set()
        offsets = set()
        for quantity in found[0][0].quantities:
            offsets |= self._quantity_offsets(quantity, letter, size)
        return set() if None in offsets else offsets

    def _quantity_offsets(self, quantity, letter: str, size: int) -> set:
        """The offsets n of each index ``letter + n`` of symbols.md's ``quantity`` (MeaningQuantity), None for one on
        a dimension of another size than ``size`` (or of no quantity of this network)."""
        found = set()
        for number, offset in enumerate(quantity.offsets(letter)):
            if offset is not None:
                found.add(offset if self._dimension(quantity, number) == size else None)
        return found

    def _dimension(self, quantity, number: int) -> int | None:
        """How many entries symbols.md's ``quantity`` has along its index ``number`` on this network; None where it
        names no vector or matrix of it."""
        symbols = self.symbols
        layer = int(quantity.layer) if quantity.layer.isdigit() else None
        if quantity.name in ("x", "y", "t") and not quantity.layer and len(quantity.indices) == 1:
            return symbols.units(0 if quantity.name == "x" else symbols.depth)
        if layer is None or not 1 <= layer <= symbols.depth:
            return None
        if quantity.name in ("a", "z", "b", "delta") and len(quantity.indices) == 1:
            return symbols.units(layer)
        if quantity.name == "W" and len(quantity.indices) == 2:
            return symbols.units(layer - number)
        return None


def _entry_pattern_hint(notation, whole_sym: Sym, letter: str) -> str:
    """`` ("output[i]" = "a2[i]")``: the pattern naming entry ``letter`` of the vector the notation names
    ``whole_sym``, counted from 0, for a refusal to suggest; "" where its meaning is no layer's whole vector."""
    found = notation.candidates(whole_sym)
    meaning = found[0][0].meaning.replace(" ", "") if found else ""
    if not _WHOLE_VECTOR.fullmatch(meaning) or meaning.endswith(".T") or whole_sym.sup or whole_sym.sub:
        return ""
    return f' ("{whole_sym.text()}[{letter}]" = "{meaning.replace("[:]", f"[{letter}]")}" where it counts from 0)'


def letter_part(part: str) -> tuple[str, int] | None:
    """(letter, n) for a part of code's bracket ``j``, ``j-1``, ``k + 1`` (a letter plus or minus a whole number)."""
    written = _LETTER_PLUS.fullmatch(part)
    return written and (written.group(1), int(written.group(3) or 0) * (-1 if written.group(2) == "-" else 1))

