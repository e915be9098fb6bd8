"""A general rule over many index values, read once with its letters kept symbolic.

``\\frac{\\partial C}{\\partial w_{\\alpha,B}^{(1)}} = ...`` on a 784-128 layer holds for 100,352 index
values. The per-value path (claims.rule_assignments, homework._Homework.claim) reads the formula
once per value and judges it there; beyond claims.MAX_ASSIGNMENTS values that cannot be done in a
claim's time. A :class:`Family` is the rule's letters with the range each takes; its letters are read
as Symbols that carry their range (ranged_indices.ranged_index), so that the notation's meanings, with
their index arithmetic (``k-1``), and the parser build ``W1[ix_B_r0_127, ix_alpha_r0_783]`` once and
check it against the network's sizes for every value of the range at once. homework_families.py
judges the formula so read for every index value.

:func:`find_family` says where this applies: every letter's values on the left side form one range
(the values are the ones the per-value path would list: where the left side names something of the
network), no layer letter ``l``, no mask (a masked weight is a case of its own), and no pattern of the
notation written for one value of an index the rule's letters fill (``O_0`` for a bias unit, next to
``O_i``: a case of its own too). Elsewhere the per-value path keeps the rule, as before.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from math import prod

import numpy as np
import sympy as sp

from .formula_validation import array_sizes
from .notation import Unbound
from .notation_layers import LAYER_LETTERS
from .quantities import FormulaError, Parameter
from .ranged_indices import index_span, ranged_index
from .reading import Reader
from .reading_base import Context, TrackingEnv
from .syntax_tree import Sym, symbols_of


@dataclass(frozen=True)
class Family:
    """Every value of a general rule's letters: ``letters[p]`` runs over ``ranges[p]`` (both ends in),
    the last letter fastest (the per-value path's order); ``fixed`` are letters with one value
    (from --param); ``refusal`` the per-value path's message, for a rule this one cannot judge."""

    letters: tuple
    ranges: tuple
    fixed: tuple = ()
    refusal: str = ""
    parameter: object = None           # a rule for "the parameter": W1[j,i] over its ranges (letters j, i)

    @property
    def symbols(self) -> tuple:
        return tuple(ranged_index(letter, low, high) for letter, (low, high) in zip(self.letters, self.ranges))

    @property
    def shape(self) -> tuple:
        return tuple(high - low + 1 for low, high in self.ranges)

    @property
    def count(self) -> int:
        return prod(self.shape)

    def env(self) -> dict:
        """The letters' values for the reader: the ranged Symbols (and the fixed letters); a
        parameter family's letters are its own, not the formula's."""
        if self.parameter is not None:
            return dict(self.fixed)
        return {**dict(self.fixed), **dict(zip(self.letters, self.symbols))}

    def at(self, flat: int) -> dict:
        """The letters' values at position ``flat`` of the per-value order (the fixed ones too)."""
        if self.parameter is not None:
            return dict(self.fixed)
        offsets = np.unravel_index(int(flat), self.shape)
        return {**dict(self.fixed), **{letter: low + int(offset) for letter, (low, _), offset
                                       in zip(self.letters, self.ranges, offsets)}}

    def grids(self) -> list[np.ndarray]:
        """Each letter's values as an integer array that broadcasts over the family's shape."""
        found = []
        for position, (low, high) in enumerate(self.ranges):
            shape = [1] * len(self.ranges)
            shape[position] = high - low + 1
            found.append(np.arange(low, high + 1).reshape(shape))
        return found

    def substitute(self, expr, flat: int):
        """``expr`` at one index value: each ranged Symbol replaced by its whole number."""
        offsets = np.unravel_index(int(flat), self.shape)
        return expr.xreplace({symbol: sp.Integer(low + int(offset))
                              for symbol, (low, _), offset in zip(self.symbols, self.ranges, offsets)})

    def plain(self, text: str) -> str:
        """A message with the ranged Symbols' names back as the formula's letters."""
        for letter, symbol in zip(self.letters, self.symbols):
            text = text.replace(symbol.name, letter)
        return text


def parameter_families(symbols, refusal: str) -> list[Family] | None:
    """A rule for "the parameter" on a network too big to list them: one Family per layer's weights
    (W1[j,i], j and i over the layer's units and inputs) and neuron biases; a shared bias is one
    parameter (Family of one value). None for a network with masks (a masked weight is its own case)."""
    if any(spec.mask is not None for spec in symbols.specs):
        return None
    found = []
    for layer in range(1, symbols.depth + 1):
        spec = symbols.spec(layer)
        j, i = ranged_index("j", 0, spec.units - 1), ranged_index("i", 0, spec.inputs - 1)
        found.append(Family(("j", "i"), ((0, spec.units - 1), (0, spec.inputs - 1)), refusal=refusal,
                            parameter=Parameter("W", layer, (j, i), symbols.W[layer][j, i])))
        if symbols.bias_mode(layer) == "neuron":
            found.append(Family(("j",), ((0, spec.units - 1),), refusal=refusal,
                                parameter=Parameter("b", layer, (j,), symbols.b[layer][j])))
        elif symbols.bias_mode(layer) == "shared":
            found.append(Family((), (), refusal=refusal, parameter=Parameter("b", layer, (), symbols.b[layer])))
    return found


def find_family(claim, context: Context, fixed: dict, letters: tuple, label_read: bool, where: str,
                refusal: str) -> Family | None:
    """The Family of ``claim``'s rule over ``letters`` (see the module docstring), or None."""
    symbols, notation = context.symbols, context.notation
    if not letters or set(LAYER_LETTERS) & set(letters) or any(spec.mask is not None for spec in symbols.specs):
        return None
    if _one_value_patterns(claim, notation, letters):
        return None
    base = _base_values(claim, context, fixed, letters, label_read, where)
    if base is None:
        return None
    limit = symbols.index_limit
    ranges = []
    for letter in letters:
        syms = [sym for sym in symbols_of(claim.left.node) if letter in index_letters(sym)]
        # Values from a pattern's bound on read nothing (an index out of range): read only up to it, and
        # at it, to see it names nothing there; else (a reading that does not go through that pattern)
        # every value up to the limit, as without a bound
        bound = min([found for sym in syms if (found := _pattern_bound(sym, letter, context)) is not None]
                    + [limit])
        if bound < limit and _reads(syms, context, {**base, letter: bound}, where):
            bound = limit
        valid = [value for value in range(bound) if _reads(syms, context, {**base, letter: value}, where)]
        if not valid or valid != list(range(valid[0], valid[-1] + 1)):
            return None  # values with a gap: the per-value path lists them one by one
        ranges.append((valid[0], valid[-1]))
    return Family(tuple(letters), tuple(ranges), tuple(sorted(fixed.items())), refusal)


def letter_bounds(claim, context: Context, letters: tuple) -> dict:
    """{letter: the value from which the left side of ``claim`` names nothing by the pattern of one of its
    symbols (_pattern_bound; the smallest, where several give one)} for each of ``letters`` that has one;
    {} where a pattern is written for one value of an index the letters fill (_one_value_patterns)."""
    if _one_value_patterns(claim, context.notation, letters):
        return {}
    syms = symbols_of(claim.left.node)
    bounds = {letter: [found for sym in syms if letter in index_letters(sym)
                       and (found := _pattern_bound(sym, letter, context)) is not None] for letter in letters}
    return {letter: min(found) for letter, found in bounds.items() if found}


def _pattern_bound(sym: Sym, letter: str, context: Context) -> int | None:
    """The value of ``letter`` from which ``sym`` names nothing by its notation pattern: the pattern
    the reader takes (the first candidate: a rule's letters fill no pattern written for one value,
    _one_value_patterns) writes the placeholder ``letter`` fills, as written, as an index of one of
    the network's arrays (``w_{i,n}^{(1)}`` = ``W1[n, i]``, B for n: 128, the layer's units), and an
    index past an array's size is out of range (formula_validation) whatever the rest of the meaning
    says; None where no pattern says so."""
    notation = context.notation
    if sym.base not in notation.bases or letter == notation.label:
        return None
    candidates = notation.candidates(sym)
    if not candidates:
        return None
    pattern, bindings = candidates[0]
    placeholders = {placeholder for placeholder, written in bindings.items() if written.strip() == letter}
    sizes = array_sizes(context.symbols)
    bounds = [sizes[quantity.array][position] for quantity in pattern.quantities
              if quantity.array in sizes and len(quantity.indices) == len(sizes[quantity.array])
              for position, index in enumerate(quantity.indices) if index in placeholders]
    return min(bounds) if bounds else None


def first_unreadable(claim, context: Context, family: Family, where: str) -> dict | None:
    """The first index value (in the per-value order) where a symbol of the members names nothing
    of the network, when the members' symbols narrow a letter's range (I_{B}^{(2)} of a layer of 64
    units in a rule over B = 0..127): each letter's own range is found by reading those symbols."""
    base = family.at(0)
    narrower = []
    members = [node for member in claim.members for node in symbols_of(member.node)]
    for letter, (low, high) in zip(family.letters, family.ranges):
        syms = [sym for sym in members if letter in index_letters(sym)]
        bad = [value for value in range(low, high + 1)
               if not _reads(syms, context, {**base, letter: value}, where, other_letters=True)]
        narrower.append(bad[0] if bad else None)
    # The per-value order runs the last letter fastest: a first bad value of a later letter, with the
    # earlier letters at their first values, comes before any of an earlier letter.
    for position in reversed(range(len(family.letters))):
        if narrower[position] is not None:
            return {**base, family.letters[position]: narrower[position]}
    return None


def index_letters(sym: Sym) -> set:
    """The letters a symbol's subscript and superscript use (``\\alpha``, ``B``, ``k``)."""
    return set(re.findall(r"\\[A-Za-z]+|[A-Za-z]", (sym.sub or "") + "," + (sym.sup or "")))


def has_ranged(expr) -> bool:
    """Whether an expression (or matrix) holds a quantity indexed by a ranged letter."""
    if not isinstance(expr, sp.Basic):
        return False
    return any(index_span(symbol) is not None for symbol in expr.free_symbols)


def _one_value_patterns(claim, notation, letters) -> bool:
    """Whether the notation has, for a symbol whose index the rule's letters fill, a pattern with a
    whole number in its subscript: its meaning at that value is a case of its own."""
    nodes = [claim.left.node, *[member.node for member in claim.members]]
    bases = {sym.base for node in nodes for sym in symbols_of(node) if index_letters(sym) & set(letters)}
    return any(pattern.base in bases and re.search(r"\d", pattern.sub or "") for pattern in notation.patterns)


def _base_values(claim, context, fixed, letters, label_read, where) -> dict | None:
    """Small values of the letters at which the left side reads (as the per-value path probes)."""
    label = context.notation.label
    for probe in itertools.product((0, 1, 2), repeat=len(letters)):
        env = {**fixed, **dict(zip(letters, probe))}
        if label_read:
            env[label] = 0
        try:
            Reader(context, TrackingEnv(env), where).value(claim.left.node)
        except (FormulaError, Unbound):
            continue
        return env
    return None


def symbols_read_whole(syms: list, context: Context, env: dict, where: str) -> bool:
    """Whether every symbol of ``syms`` reads at ``env``, none needing a letter ``env`` does not give."""
    return _reads(syms, context, env, where)


def index_letters_of(node) -> set:
    """The letters the subscripts and superscripts of every symbol of ``node`` use."""
    return set().union(*(index_letters(sym) for sym in symbols_of(node)))


def _reads(syms: list, context: Context, env: dict, where: str, other_letters: bool = False) -> bool:
    """Whether every symbol reads at ``env``; with ``other_letters``, a symbol that needs a letter
    ``env`` does not give (a sum's, in a member) says nothing about these values and passes."""
    for sym in syms:
        try:
            Reader(context, TrackingEnv(env), where).value(sym)
        except Unbound:
            if not other_letters:
                return False
        except FormulaError:
            return False
    return True
