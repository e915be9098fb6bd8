"""Names a notation lists entry by entry, read in a general rule over their letters (a part of
reading_symbols.SymbolReading): ``\\theta_j`` beside ``"\\theta_{0}"``, ``"\\theta_{1}"``; ``I_j``, ``w_{ij}`` where the
notation numbers its units through the network (Han and Kamber's ``"I_{4}"``, ``"w_{14}"``: notation_lookups); and a
layer letter over names listed by layer number (``\\delta_j^{(l+1)}`` beside ``"\\delta_{j}^{1}"``,
``"\\delta_{j}^{2}"``). The notation says which values each name is listed for (notation_lookups.listed_values); these
methods say where a rule over them holds, and refuse where the names disagree.

A flat array's entry, code's ``weights_ih[i * HIDDEN_SIZE + j]`` (C's and Rust's matrices stored row after row, without
2-D arrays): with N a size the notation gives (``"HIDDEN_SIZE" = "2"``, ``"self.hidden_size" = "3"``, or a number
written), the index i * N + j (or N * i + j, j + i * N) of row i and column j is the number it comes to, the entry the
notation lists by number (``"weights_ih[2]" = "W1[0, 1]"``), read only where 0 <= j < N (past it j names no column of
a row: i * N + j would be another row's entry). Where N is a name the notation gives no number, refused, saying how
to give it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..patterns import lazy_pattern
from .notation_layers import LAYER_LETTERS
from .notation_lookups import unit_of_meaning
from .notation_indices import Unbound
from .quantities import FormulaError, NoSuchLayer, NoSuchUnit
from .syntax_tree import Sym

# a flat array's index (see the module docstring): row letter * size + column letter, the product either way round and
# the column's term first or last; the size a name (dotted, self.hidden_size) or a number
_SIZE = r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*|[0-9]+"
_PRODUCT = rf"(?:(?P<row>[A-Za-z])\*(?P<size>{_SIZE})|(?P<size_first>{_SIZE})\*(?P<row_last>[A-Za-z]))"
_FLATTENED = (lazy_pattern(rf"{_PRODUCT}\+(?P<column>[A-Za-z])"), lazy_pattern(rf"(?P<column>[A-Za-z])\+{_PRODUCT}"))


class ListedNameReading:
    """Reader methods for names listed entry by entry (see the module docstring)."""

    def _listed_alike(self, sym: Sym, candidates: list) -> None:
        """A rule's letter on names the notation lists entry by entry is read only where every such name of the
        claim is listed for the same values of it (\\theta_{0}, \\theta_{1} beside x_{0}, x_{1}): else refused. Where
        the notation numbers its units through the network (O_{1}, O_{2} the inputs, O_{3}, I_{3}, \\theta_{3} unit
        3 of the hidden layer), the names are listed for the units each has, and the rule holds at the values where
        every name reads, so long as each number names one unit: O_j and I_j at j = 1, one the input and the other a
        hidden unit, are refused."""
        through = self.notation.numbers_units_through()
        for letter in sorted(self.context.left_letters & set(re.findall(r"[A-Za-z]", sym.sub + sym.sup))):
            if letter in LAYER_LETTERS:
                continue  # a rule over layers holds where its members name layers (past_listing)
            if through:
                self._one_unit_numbered(sym, letter, candidates)
                continue
            values = self.notation.listed_values(sym, letter, self.env, self.notation.numbered_limit(self.symbols))
            first = self.context.listings.setdefault(letter, (values, sym.text()))
            if first[0] != values:
                shown = [", ".join(map(str, sorted(each))) for each in (first[0], values)]
                self.fail(f"the notation lists {first[1]} for {letter} = {shown[0]} but {sym.text()} for {letter} ="
                          f" {shown[1]}; a rule over {letter} is read where every name is listed for the same"
                          f" values: list each for the same {letter}, or name one with --param")

    def past_listing(self, sym: Sym) -> FormulaError | None:
        """Where ``sym`` names nothing at its letters' values but the notation lists it, entry by entry, for other
        values of a rule's layer letter (\\delta_j^{(l+1)} at l = 2 beside "\\delta_{j}^{1}", "\\delta_{j}^{2}"), or of
        a unit's letter where the units are numbered through the network (I_j at j = 1, an input, beside "I_{3}",
        "I_{4}"): the layer or unit it does not name, so that the rule holds where its members name something (and a
        sum runs over the values where its term does); None elsewhere."""
        through = self.notation.numbers_units_through()
        for letter in dict.fromkeys(re.findall(r"[A-Za-z]", sym.sub + sym.sup)):
            layer = letter in LAYER_LETTERS and letter in sym.sup
            if not dict.__contains__(self.env, letter) or not (layer or through):
                continue
            value = dict.__getitem__(self.env, letter)
            listed = self.notation.listed_values(sym, letter, self.env, self.notation.numbered_limit(self.symbols))
            if listed and value not in listed:
                self.env.read.add(letter)
                why = f"{self.where}: {sym.text()} at {letter} = {value}: the notation lists it for {letter} =" \
                      f" {', '.join(map(str, sorted(listed)))} only"
                return NoSuchLayer(why, layer=value, past=1 if value > max(listed) else -1 if value < min(listed)
                                   else None) if layer else NoSuchUnit(why, index=value)
        return None

    def flattened_entry(self, sym: Sym) -> Sym | None:
        """``sym`` with its flat array's index (see the module docstring) written as the number it comes to at the
        letters' values; None where its subscript is no such index. Unbound for a letter without a value yet (a rule's,
        each of its values tried); NoSuchUnit where the column is past the rows' length."""
        index = re.sub(r"[\s{}]", "", sym.sub)
        match = None if sym.sup else next(filter(None, (form.fullmatch(index) for form in _FLATTENED)), None)
        if match is None:
            return None
        row, column = match.group("row") or match.group("row_last"), match.group("column")
        size = match.group("size") or match.group("size_first")
        if row == column or size in (row, column):
            return None
        number = size if size.isdigit() else self.notation.index_number(size)
        if number is None:
            self.fail(f"{sym.text()}: a flat array's index {row} * {size} + {column} (row {row}, column {column} of"
                      f" rows of {size} entries), where the notation gives {size} no whole number; give the rows'"
                      f' length in [notation.symbols], "{size}" = "3"')
        values = []
        for letter in (row, column):
            if not dict.__contains__(self.env, letter):
                raise Unbound(letter)
            self.env.read.add(letter)
            values.append(dict.__getitem__(self.env, letter))
        if not 0 <= values[1] < int(number):
            raise NoSuchUnit(f"{self.where}: {sym.text()} at {column} = {values[1]}: column {values[1]} is past the"
                             f" rows' length {size} = {number}", index=values[1])
        flat = str(values[0] * int(number) + values[1])
        return replace(sym, sub=flat, bracket=None if sym.bracket is None else flat)

    def _one_unit_numbered(self, sym: Sym, letter: str, candidates: list) -> None:
        """Where the units are numbered through the network: the unit ``sym`` (its script the letter alone, O_j)
        names at the letter's value is the one every other such name of the claim names there, else refused."""
        if sym.sup or sym.sub.strip("{} ") != letter or not dict.__contains__(self.env, letter):
            return
        unit = unit_of_meaning(candidates[0][0].meaning)
        if unit is None:
            return
        value = dict.__getitem__(self.env, letter)
        first = self.context.listings.setdefault(("unit", letter), (unit, sym.text(), candidates[0][0].meaning))
        if first[0] != unit:
            self.fail(f"at {letter} = {value}, {first[1]} is {first[2]} and {sym.text()} is {candidates[0][0].meaning},"
                      f" units of {'different layers' if first[0][0] != unit[0] else 'one layer apart'}; where the"
                      f" notation numbers the units through the network, each number names one unit: give {letter}'s"
                      " names the same numbering")
