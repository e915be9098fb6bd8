"""The values a sum's (product's) letter takes (a part of reading.Reader, through reading_sums.SumReading): its bounds
and an excluded index read as numbers, and, where the bounds are not numbers (``\\sum_k``, ``\\sum_{k=1}^{C}``),
the units its letter indexes in the body, each value tried by reading the body at it; whether the sum runs over
the samples of a step. ``_restore`` puts a letter back as it was after a sum set it.
"""

from __future__ import annotations

import re

import sympy as sp

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .notation import Unbound
from .notation_indices import with_index_values
from .notation_layers import LAYER_LETTERS, output_layer_value
from .quantities import FormulaError, NoSuchLayer, NoSuchUnit
from .ranged_indices import index_span
from .reading_base import TrackingEnv, _is_matrix, _show
from .syntax_tree import Big, Num, Op, Sym, nodes_of


# a unit's quantity of a layer, as symbols.md names it (z2, a2, delta2, b2): its layer's number
_UNIT_QUANTITY = lazy_pattern(r"(z|a|delta|b)(\d+)")
_WEIGHT = lazy_pattern(r"W(\d+)")  # a layer's weight matrix, W2: its number the layer its rows' units are in
# a layer's size written with the rule's layer letter, as a sum's bound: d_{\ell-1}, n_{l+1}, s_{l+1}, N^{(l+1)}; or
# with the layer's number, n^{(0)}, in the counting of the notation's patterns that write the layer letter
_LAYER_SIZE = lazy_pattern(r"(l|\\ell|\d+)(?:([+-])(\d+))?")


class SumRangeReading:
    """Reader methods for the values a sum's letter takes."""

    def _index(self, node):
        """An index expression (``j`` in \\sum_{k \\neq j}) as a number."""
        if isinstance(node, Sym) and not node.sub and not node.sup and dict.__contains__(self.env, node.base):
            return sp.Integer(self.env[node.base])
        return self.scalar(node)

    def _bound(self, node):
        if node is None:
            return None
        try:
            value = self.scalar(node)
        except (FormulaError, Unbound):
            return None
        if isinstance(value, sp.Expr) and any(index_span(symbol) for symbol in value.free_symbols):
            self.fail("a sum whose bound is a letter of the rule: its terms differ from one value of the letter"
                      " to the next")  # never taken for a sum without bounds (families.py falls back)
        return int(value) if isinstance(value, sp.Expr) and value.is_Integer else None

    def _layer_size(self, node) -> int | None:
        """The number of units of the layer a sum's bound names with the rule's layer letter, one letter with it as
        its only script (``\\sum_{j=1}^{d_{\\ell-1}}``, ``n_{l+1}``, ``N^{(l+1)}``): the layer the letter's value
        plus the written offset is in the notation's counting (its patterns' layer at that value, symbols.md's l
        where none writes one); or with a layer's number, ``n^{(0)}``, where the patterns write l (their counting).
        None for any other bound, or where the patterns' layers disagree; NoSuchLayer where that layer is not the
        network's (n_{l+1} at the output layer: the rule does not reach it)."""
        scripts = [script for script in (node.sub, node.sup) if script] if isinstance(node, Sym) else []
        if len(scripts) != 1 or len(node.base) != 1 or self.notation.candidates(node) or node.primes:
            return None
        found = _LAYER_SIZE.fullmatch(re.sub(r"[\s{}()\[\]]", "", scripts[0]))
        number = found is not None and found.group(1).isdigit()
        if found is None or not number and not dict.__contains__(self.env, found.group(1)):
            return None
        value = (int(found.group(1)) if number else dict.__getitem__(self.env, found.group(1))) \
            + int(found.group(2) + found.group(3) if found.group(2) else 0)
        depth = self.symbols.depth
        written = any(quantity.layer_written_with("l") for pattern in self.notation.patterns
                      if "l" in pattern.placeholders for quantity in pattern.quantities)
        output = output_layer_value(self.notation, "l", self.symbols) if written else None if number else depth
        if output is None:
            return None
        layer = value + depth - output
        if not 0 <= layer <= depth:
            at = "" if number else f" at {found.group(1)} = {dict.__getitem__(self.env, found.group(1))}"
            raise NoSuchLayer(f"{self.where}: the sum's bound {node.text()}{at} is the size of layer {layer}, which the"
                              f" network does not have (its layers are 0 to {depth})", layer=layer)
        return self.symbols.units(layer)

    def _upper_bound(self, node) -> int | None:
        """A sum's upper bound as a number: a count with a layer in parentheses or brackets (``n^{(0)}``, ``n^{[l]}``)
        the size of that layer (_layer_size's), never the power it would read as (n^{(0)} was n^0, one term), and
        refused where no layer's size is known; any other bound's value, or the layer's size its script names."""
        upper = self._bound(node)
        if isinstance(node, Sym) and node.layered and len(node.base) == 1 and not self.notation.candidates(node):
            if (size := self._layer_size(node)) is None and upper is not None:
                self.fail(f"the sum's bound {node.text()} writes a count with the layer ({node.sup}), read as that"
                          " layer's number of units only where the notation's patterns write their layers with l;"
                          " write the number of units, or the bound with l")
            return size
        return self._layer_size(node) if upper is None and node is not None else upper

    def _bound_past_listing(self, node) -> None:
        """Where a sum's bound that reads as no number writes a name of a family the notation lists entry by entry
        (``N_{l+1}`` beside ``"N_{0}"``, ``"N_{1}"``, ``"N_{2}"``) at an entry it does not list (N_{3} at l = 2, or
        ``N_{L+1}`` with ``"L" = "3"``): the bound names nothing there, and the sum must not run over the units its
        index indexes as if it named their number (it would be judged as the right bound, N_{l-1}). NoSuchLayer
        where the entry's number comes from the rule's layer letter (past or before the entries listed, as a
        member's name: reading_listed.past_listing), FormulaError otherwise; nothing for a bound of any other name
        (``\\sum_{k=1}^{C}``, a name the notation does not list)."""
        for sym in nodes_of(node, Sym):
            if not (sym.sub or sym.sup) or self.notation.candidates(sym) or not any(
                    pattern.base == sym.base and not pattern.placeholders for pattern in self.notation.patterns):
                continue
            letters = dict.fromkeys(re.findall(r"\\ell|[A-Za-z]", sym.sub + sym.sup))
            values = {letter: dict.__getitem__(self.env, letter) for letter in letters
                      if dict.__contains__(self.env, letter)}
            values |= {letter: int(number) for letter in letters if letter not in values
                       and (number := self.notation.index_number(letter, letters=True)) is not None}
            if letters.keys() - values.keys():
                continue  # a letter without a value: not an entry of the family
            if any(self.notation.candidates(form) for form in with_index_values(sym, values)):
                continue
            shown = ", ".join(f"{letter} = {value}" for letter, value in values.items())
            why = (f"{self.where}: the sum's bound {_show(node)} writes {sym.text()}{f' at {shown}' if shown else ''},"
                   f" an entry the notation does not list (it lists {sym.base} by number)")
            layer = next((letter for letter in values if letter in LAYER_LETTERS and dict.__contains__(self.env, letter)),
                         None)
            if layer is None:
                self.fail(why.removeprefix(f"{self.where}: ") + "; write the bound as the number it stands for")
            self.env.read.add(layer)
            listed = self.notation.listed_values(sym, layer, self.env, self.notation.numbered_limit(self.symbols))
            value = values[layer]
            raise NoSuchLayer(why, layer=value, past=1 if listed and value > max(listed) else -1 if listed
                              and value < min(listed) else None)

    def _range(self, letter: str, lower, upper, node: Big) -> tuple[list, bool]:
        """The values a sum's letter takes, and whether it is a sum over samples."""
        reader_env = self.env
        probe = lower if lower is not None else 0
        saved = dict.get(reader_env, letter, None)
        had = dict.__contains__(reader_env, letter)
        reader_env.read.discard(letter)
        before_samples = set(self.sample_letters)
        first_error = self._refusal_at(node, letter, probe, had, saved)
        read = letter in reader_env.read
        if not read and letter in self.sample_letters - before_samples | (self.sample_letters & {letter}):
            return [0], True
        if lower is not None and upper is not None and upper - lower + 1 > LIMITS["sum_terms"]:
            self.fail(f"has a sum of more than {LIMITS['sum_terms']:,} terms")
        if not read:
            if lower is not None and upper is not None:
                return list(range(lower, upper + 1)), "constant"
            if first_error is not None:
                raise first_error
            if node.kind == "sum" and self._is_sample_letter(letter):
                return [0], True  # \sum_c dZ_2 with c the notation's sample letter: over the samples, one here
            body = self.value(node.body)
            row = _is_matrix(body) and body.rows == 1 < body.cols
            column = _is_matrix(body) and body.cols == 1 < body.rows and tuple(self.context.left_shape) == body.shape
            if node.kind == "sum" and (row or column):
                # \sum_c dZ_2 of a row (a page whose samples are rows), or \sum_c \delta^{(2)} of a column for a left
                # side of its shape: the sum over the samples (a bias's gradient) and the sum of the vector's entries
                # (one number) differ, and c says neither
                self.fail(f"the sum over {letter} has no bounds and {letter} indexes nothing in its term, a"
                          f" {'row' if row else 'column'} ({_show(node.body)}): whether it adds the samples or the"
                          f" {'row' if row else 'column'}'s entries the notation does not say; write a pattern with"
                          f" {letter} as the sample letter (\"x^{{({letter})}}\" = ...) for the sum over the samples, or the"
                          f" term with {letter} for its entries")
            if node.kind == "sum" and _is_matrix(body):
                return [], "entries"  # (\sum_j e^{z})^2 of the vector z: the sum of its entries, as \sum e^z
            if (units := self._one_layer_units(body)) is not None:
                # \sum_k e^{z^L_j}: a page's slip for e^{z^L_k}, literally one equal term per unit of the layer its
                # term reads (an output layer's K units: each normalised output 1/K)
                start = lower if lower is not None else 0
                return list(range(start, start + units)), "constant"
            self.fail(f"the sum over {letter} has no bounds and {letter} indexes nothing in it, its term the units of"
                      f" no one layer: how many equal terms it adds is unclear; write the bounds, or the term with"
                      f" {letter}")
        if lower is not None and upper is not None:
            if upper - lower + 1 > LIMITS["sum_terms"]:
                self.fail(f"has a sum of more than {LIMITS['sum_terms']:,} terms")
            return list(range(lower, upper + 1)), False
        if lower is None and (shifted := _only_shifted(letter, node.body)):
            # \sum_k e^{x_{k-1}}: the units its index indexes slide with the shift (x_1 to x_3 where x_i counts from
            # 1), so any shift read the same sum; where k starts the bounds must say (batch 182's s182-mc-def, its
            # mutant \sum_k e^{x_{k-1}} called correct)
            self.fail(f"the sum over {letter} has no bounds and its term writes the index as {shifted}: which units it"
                      f" adds depends on where {letter} starts; write the bounds (\\sum_{{{letter}=1}}^{{n}}) or the"
                      f" term with {letter}")
        # Bounds that are not numbers (\sum_k, \sum_{k=1}^{C}): the units its index indexes.
        limit = self.symbols.index_limit
        values, start = [], lower if lower is not None else 0
        for number in range(start, start + limit + 1):
            error = self._refusal_at(node, letter, number, had, saved)
            # the reason at the notation's first unit (1 where it counts from 1), not before it
            if error is not None and (first_error is None or isinstance(first_error, NoSuchUnit)
                                      and not isinstance(error, NoSuchUnit)):
                first_error = error
            if error is None:
                values.append(number)
            elif values or (lower is not None):
                break
        if not values:
            if first_error is not None:
                raise first_error
            self.fail(f"the sum over {letter}: no value of {letter} names a quantity of this network")
        return values, False

    def _offset_bound(self, letter: str, upper: Big, values: list, node: Big) -> None:
        """FormulaError where a sum over units ends at a letter without a value plus or minus a whole number
        (``\\sum_{j=0}^{n-2}``, ``\\sum_{k=1}^{K+1}``) that ends it before or after its units' last (``values``, read
        as the units its letter indexes): n may be the units' count or the last one's index, and where neither
        reading ends the sum at the last unit, reading it over every unit would drop the written offset (a sum that
        leaves out a unit called correct). ``n - 1`` from 0, ``n`` from 1 and ``n`` from 0 (n the last one's index,
        the pages' ``\\sum_{i=0}^{n} w_i x_i`` over a bias's x_0 and n inputs) end it there, as ``\\sum_{k=1}^{K}``
        does with K of no value: a bound no value pins is read as the reading that ends the sum at the last unit."""
        offset = _letter_plus_whole(upper)
        if offset is None or not values:
            return
        bound, shift = offset
        last, first = values[-1], values[0]
        while first > 0 and self._refusal_at(node, letter, first - 1, dict.__contains__(self.env, letter),
                                             dict.get(self.env, letter, None)) is None:
            first -= 1
        count = last - first + 1
        if shift == 0 or count + shift == last:
            return
        self.fail(f"the sum over {letter} up to {_show(upper)} ends at {count + shift} if {bound} counts the units"
                  f" ({count}), at {last + shift} if {bound} is the last one's index, and its units end at {last}:"
                  f" write the bound as a number, or give {bound} a value in the notation")

    def _one_layer_units(self, body) -> int | None:
        """The number of units of the one layer whose units' quantities ``body`` reads (z2[0], a2[1], delta2[0],
        b2[0]: layer 2; x[0]: the input layer; the target's entries: the output layer); None where it reads a weight,
        a letter outside the network's entries (eta), no such quantity, or those of two layers."""
        if not isinstance(body, sp.Basic):
            return None
        entries = body.atoms(sp.Indexed)
        if body.atoms(sp.Symbol) - set().union(*(entry.free_symbols for entry in entries)):
            return None
        layers = {_unit_layer(entry.base.label.name, self.symbols) for entry in entries}
        if None in layers:
            return None
        return self.symbols.units(layers.pop()) if len(layers) == 1 else None

    def _refusal_at(self, node: Big, letter: str, number: int, had: bool, saved) -> FormulaError | None:
        """The refusal reading the sum's body gives with its ``letter`` at ``number``, None where it reads; the letter
        then as it was (``saved`` where it ``had`` a value, else absent)."""
        env = self.env
        dict.__setitem__(env, letter, number)
        try:
            self.value(node.body)
            return None
        except FormulaError as error:
            return error
        finally:
            _restore(env, letter, had, saved)


# a set of a unit's, ch(j), Downstream(j), C(j): its word and the unit's letter (syntax_sums.applied_name)
_APPLIED_SET = lazy_pattern(r"(.+)\(([A-Za-z])\)")
# a sum's set named by a word (\sum_{k \in outputs}, Mitchell's T4.4): the layer it names, by the word's stem
_SET_WORDS = {"output": "output", "outputs": "output", "hidden": "hidden", "input": "input", "inputs": "input"}


class NamedSetReading:
    """Reader method for the layer a sum's named set names (a part of reading.Reader)."""

    def _named_layer(self, letter: str, values: list, node: Big) -> None:
        """FormulaError where a sum over a named set (``\\sum_{k \\in outputs}``, ``\\text{hidden}``, ``inputs``)
        runs over other units than the set's: its letter takes the values the term's patterns give (``values``), and
        the word would otherwise be dropped (\\sum_{k \\in hidden} w_{kh} \\delta_k, k an output unit, read as
        the sum over the outputs). Words of no layer (D, in(j), Downstream(j)) are read as before."""
        if applied := _APPLIED_SET.fullmatch(node.named):
            self._children_unit(letter, applied[1], applied[2], node)
        kind = _SET_WORDS.get(node.named.lower())
        if kind is None:
            return
        depth = self.symbols.depth
        if kind == "hidden" and depth < 2:
            self.fail(f"the sum over {letter} \\in {node.named}: the network has no hidden layer; write the set of"
                      f" the units {letter} indexes")
        if kind == "hidden" and depth > 2:
            self.fail(f"the sum over {letter} \\in {node.named}: the network has {depth - 1} hidden layers and the"
                      " set does not say which; write the sum without the set, \\sum_" + letter)
        layer = {"output": depth, "hidden": 1, "input": 0}[kind]
        indexed = self._letter_layers(letter, values, node)
        count = self.symbols.units(layer)
        if indexed == {layer} or not indexed and len(values) == count == 1:
            return
        if indexed and len(indexed) == 1:
            where = f"layer {next(iter(indexed))}'s units"
        else:
            where = f"{len(values)} units of no one layer"
        self.fail(f"the sum's set {node.named} names layer {layer} ({count} units), while {letter} indexes {where}"
                  f" in its term; write the set of the units {letter} indexes")

    def _children_unit(self, letter: str, word: str, unit: str, node: Big) -> None:
        """FormulaError where a sum over a set of a unit's, Bishop's ``k \\in ch(j)``, Mitchell's Downstream(j), names
        another unit than the formula's: the letter in the parentheses must be the left side's index (the unit whose
        delta the rule gives) and stand in the term (w_{kj}); ``ch(i)`` in a rule for unit j, the children of another
        unit, was read as ch(j), the parentheses' letter dropped."""
        left = self.context.left_letters
        if unit != letter and (unit in left or not left) and any(unit in re.findall(r"[A-Za-z]", sym.sub + sym.sup)
                                                              for sym in nodes_of(node.body, Sym)):
            return
        whose = f"{' or '.join(sorted(left))}, the left side's index" if left else "none of the term's"
        self.fail(f"the sum over {letter} \\in {word}({unit}) takes unit {unit}'s set, while the formula's unit is"
                  f" {whose}; write {word}(...) of the unit whose delta the rule gives (the letter beside {letter}"
                  " in the term)")

    def _letter_layers(self, letter: str, values: list, node: Big) -> set:
        """The layers whose units ``letter`` indexes in the sum's term: its entries that change in one index
        between the letter's first two values, by that index's place (W2[k, h]: layer 2's unit k; W2[h, k]: layer
        1's)."""
        if len(values) < 2:
            return set()
        env, had = self.env, dict.__contains__(self.env, letter)
        saved = dict.get(env, letter, None)
        bodies = []
        try:
            for value in values[:2]:
                dict.__setitem__(env, letter, value)
                body = self.value(node.body)
                bodies.append(body.atoms(sp.Indexed) if isinstance(body, sp.Basic) else set())
        except FormulaError:
            return {None}
        finally:
            _restore(env, letter, had, saved)
        layers = set()
        for entry in bodies[0] - bodies[1]:
            name = entry.base.label.name
            for other in bodies[1] - bodies[0]:
                if other.base != entry.base:
                    continue
                # the one place whose index moves with the letter (a notation numbering its units through the
                # network, o = 3, 4 for the outputs, moves a2[0] to a2[1])
                places = [place for place, (one, two) in enumerate(zip(entry.indices, other.indices))
                          if one != two]
                if len(places) == 1:
                    layers.add(_entry_layer(name, places[0], self.symbols))
        return layers


def _entry_layer(name: str, place: int, symbols) -> int | None:
    """The layer whose unit an entry's index at ``place`` numbers: W2[k, h] layer 2's at its row and layer 1's at
    its column, a unit's quantity as _unit_layer says; None for another name."""
    if (weight := _WEIGHT.fullmatch(name)) is not None:
        return int(weight.group(1)) - place
    return _unit_layer(name, symbols)


def _unit_layer(name: str, symbols) -> int | None:
    """The layer of a unit's quantity symbols.md names: x[i] the inputs', a2[k] (z, delta, b) layer 2's, the target's
    the outputs'; None for another name (a weight, a letter outside the network's entries)."""
    if name == "x":
        return 0
    if name == symbols.target.label.name:
        return symbols.depth
    unit = _UNIT_QUANTITY.fullmatch(name)
    return int(unit.group(2)) if unit is not None else None


def _only_shifted(letter: str, body) -> str | None:
    """The first index of ``letter`` shifted by a whole number (``k-1`` in x_{k-1}, ``k+1`` in a[k+1]) where every
    index of a name in ``body`` that writes the letter shifts it; None where one writes it bare (glued to another
    letter too, w_{jk}), none does, or the letter is not one character."""
    if len(letter) != 1 or not letter.isalpha():
        return None
    shift = re.compile(rf"{re.escape(letter)}\s*[+-]\s*\d+")
    shifted = None
    for sym in nodes_of(body, Sym):
        for index in (sym.sub, sym.bracket or ""):
            index = re.sub(r"\\[A-Za-z]+", " ", index)  # a command's letters (\ell, \text) are no index
            found = shift.findall(index)
            if index.count(letter) > len(found):
                return None
            shifted = shifted or (found[0].replace(" ", "") if found else None)
    return shifted


def _letter_plus_whole(node) -> tuple[str, int] | None:
    """(letter, whole number) of a bound written as a letter plus or minus a whole number (``n-2``, ``K + 1``,
    ``n``; a letter with a subscript too, ``n_h - 1``, ``n_{in}``: a count's name, as the letter, of no value where
    this is asked), else None."""
    if isinstance(node, Sym):
        plain = not (node.sup or node.primes or node.bracket)
        return (node.text(), 0) if plain and re.fullmatch(r"[A-Za-z]", node.base) else None
    if not (isinstance(node, Op) and node.kind == "+" and len(node.args) == 2):
        return None
    letter, number = _letter_plus_whole(node.args[0]), node.args[1]
    sign = 1
    if isinstance(number, Op) and number.kind == "neg" and len(number.args) == 1:
        sign, number = -1, number.args[0]
    if letter is None or letter[1] != 0 or not (isinstance(number, Num) and number.text.isdigit()):
        return None
    return letter[0], sign * int(number.text)


def _restore(env: TrackingEnv, letter: str, had: bool, value) -> None:
    """``env``'s ``letter`` as it was before a sum set it: ``value`` where it ``had`` one, else absent (set and removed
    past the env's tracking, which records only what a formula reads)."""
    if had:
        dict.__setitem__(env, letter, value)
    else:
        dict.pop(env, letter, None)
