"""A sum's terms from one reading of its body, its letter a ranged Symbol (a part of reading_sums.SumReading).

The per-value path reads a sum's body once per value of its letter: \\sum_{j=0}^{127} w_{j,i}^{(2)}
\\frac{\\partial}{\\partial w_{\\alpha,B}^{(1)}} [p_{j,k}^{(1)}] is read 128 times, its symbols looked up
and its derivative worked out at each j. Where the body's reading does not depend on the letter's value,
it is read once with the letter as a Symbol carrying its range (ranged_indices.ranged_index, as a general
rule's letters are read: families.py), and each term is that one reading with the Symbol replaced by the
value. Where that reading fails, or the body is not of the kind below, the per-value path reads it.

A sum over a unit's neighbours in the graph of units, ``\\sum_{i \\to j}`` (the units i that send to j, Bishop's
"sum over the units that feed j"), is a sum over the numbers of the layer before j's, or after i's, where the notation
numbers its units through the network (``_graph_sum``).
"""

from __future__ import annotations

import re
from functools import lru_cache

import sympy as sp

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .notation import Unbound
from .notation_layers import LAYER_LETTERS
from .quantities import FormulaError, NoSuchUnit
from .ranged_indices import ranged_index
from .reading_base import _is_matrix
from .syntax_tree import Big, Cases, ClassProbability, Cond, Ellipsis_, Entry, Indicator, Sym

_LETTER = lazy_pattern(r"\\[A-Za-z]+|[A-Za-z]")
#: nodes whose reading may take a different way at different values of an index (a condition, a case,
#: an indicator, an ellipsis counting up to a value, an entry picked by its position)
_BY_VALUE = (Cases, ClassProbability, Cond, Ellipsis_, Entry, Indicator)
#: a Kronecker delta's names: \delta_{jk} is 1 or 0 as the values are equal
_DELTAS = {"\\delta", "\\Delta", "δ"}


@lru_cache(maxsize=1 << 16)
def _indexed_at(atom: sp.Indexed, symbol: sp.Symbol, number: int) -> sp.Indexed:
    """``atom`` (W2[ix_j_r0_127, 3]) at one value of its ranged letter, built once: building an Indexed works out
    its assumptions, most of a substitution's time, and an inner sum's terms are built again for each value of
    the letters outside it."""
    return atom.xreplace({symbol: sp.Integer(number)})


class SumBodyReading:
    """Reader methods ``terms_by_value`` and ``_graph_sum`` (a sum over a unit's neighbours, ``\\sum_{i \\to j}``)."""

    def terms_by_value(self, letter: str, values: list, excluded, node: Big) -> dict:
        """{value: the sum's (product's) term there} over ``letter``'s ``values`` but ``excluded``."""
        kept = [number for number in values if excluded is None or not excluded.is_Integer or int(excluded) != number]
        terms = self._terms_at_once(letter, values, kept, node)
        if terms is None:
            terms = [self._body_at(letter, number, node) for number in kept]
        return dict(zip(kept, terms))

    def _terms_at_once(self, letter: str, values: list, kept: list, node: Big) -> list | None:
        """The terms at ``kept`` (of the letter's ``values``) from one reading of the body, its letter ranged
        over ``values``; None where the per-value path reads them."""
        if not self._body_reads_alike(letter, values, node):
            return None
        symbol = ranged_index(letter, values[0], values[-1])
        terms_before = self.terms
        dict.__setitem__(self.env, letter, symbol)
        summed = self.context.summed_letters
        added = letter not in summed
        summed.add(letter)
        try:
            body = self.value(node.body)
        except (FormulaError, Unbound, TypeError, ValueError, AttributeError, IndexError, KeyError):
            self.terms = terms_before  # (an error of the ranged reading: the per-value path's own outcome holds)
            return None
        finally:
            if added:
                summed.discard(letter)
        if not isinstance(body, sp.Expr) or _is_matrix(body) or symbol not in body.free_symbols:
            self.terms = terms_before
            return None
        # the terms the per-value path counts: one per value, and the inner sums' terms at each value
        counted = terms_before + len(kept) * (1 + self.terms - terms_before)
        if counted > LIMITS["sum_terms"]:
            self.terms = terms_before  # the per-value path fails where it fails, with its message
            return None
        self.terms = counted
        indexed = [atom for atom in body.atoms(sp.Indexed) if symbol in atom.free_symbols]
        return [body.xreplace({symbol: sp.Integer(number), **{atom: _indexed_at(atom, symbol, number)
                                                               for atom in indexed}}) for number in kept]

    def _body_reads_alike(self, letter: str, values: list, node: Big) -> bool:
        """Whether a sum's body is read once for all values of its letter. The rule: the letter has no
        value outside the sum (a letter of the rule or of an outer sum would be replaced with it), is no
        layer or label letter, takes a run of consecutive values (more than one), fills only subscripts and
        brackets (a superscript names a layer or a sample), and no subscript it fills is a Kronecker delta's
        or of a name the notation also writes with a whole number as its subscript (``O_0`` beside ``O_i``: a
        case of its own); and the body has no condition, case, indicator, ellipsis, entry or subscript written
        for a case (x_{i \\neq k}), whose reading may differ from value to value. Anything else the
        ranged reading cannot take it refuses (the per-value path reads it then): an index out of the
        network's range at some value, a derivative written out one value at a time."""
        if len(values) < 2 or values != list(range(values[0], values[-1] + 1)) or dict.__contains__(self.env, letter) \
                or letter in LAYER_LETTERS or letter == self.notation.label:
            return False
        stack, bases = [node.body], set()
        while stack:
            item = stack.pop()
            if isinstance(item, _BY_VALUE):
                return False
            if isinstance(item, Sym):
                if letter in _LETTER.findall(item.sup or "") or item.condition:
                    return False
                if letter in _LETTER.findall(f"{item.sub or ''},{item.bracket or ''}"):
                    if item.base in _DELTAS:
                        return False
                    bases.add(item.base)
            if isinstance(item, (list, tuple)):
                stack.extend(item)
            elif hasattr(item, "__dataclass_fields__"):
                stack.extend(getattr(item, name) for name in item.__dataclass_fields__)
        return not any(pattern.base in bases and re.search(r"\d", pattern.sub or "")
                       for pattern in self.notation.patterns)

    def _graph_sum(self, node: Big):
        """``\\sum_{i \\to j}``: with j's value, the sum over the units i that send to j (a unit of the layer before
        j's); with i's, over the units j that i sends to (the layer after). Read where the notation numbers its units
        through the network (notation_lookups.numbered_units: which layer a number is in), and every unit of that
        layer has its number; a unit with none such (an input, or the output's successors) is no value of the rule
        (NoSuchUnit), and a sum whose two letters both or neither have a value is refused."""
        sender, receiver = node.letters
        given = [letter for letter in (sender, receiver) if dict.__contains__(self.env, letter)]
        if len(given) != 1:
            self.fail(f"\\sum_{{{sender} \\to {receiver}}} sums over the units that send to {receiver} (or that"
                      f" {sender} sends to): one of its letters must be the rule's, with its value; write the sum's"
                      " index and bounds")
        units = self.notation.numbered_units()
        if units is None:
            self.fail(f"\\sum_{{{sender} \\to {receiver}}}, a sum over the units that send to a unit, is read where"
                      " the notation numbers its units through the network (\"o_{1}\" = \"a1[0]\", \"o_{3}\" ="
                      " \"a2[0]\"); write the sum's index and bounds")
        bound = given[0]
        summed = receiver if bound == sender else sender
        value = dict.__getitem__(self.env, bound)
        self.env.read.add(bound)
        if value not in units:
            raise NoSuchUnit(f"{self.where}: {bound} = {value} is no unit the notation numbers", index=value)
        layer = units[value][0] + (1 if summed == receiver else -1)
        values = sorted(number for number, unit in units.items() if unit[0] == layer)
        if not values or not 0 <= layer <= self.symbols.depth or len(values) != self.symbols.units(layer):
            side = "that send to" if summed == sender else "that take the output of"
            raise NoSuchUnit(f"{self.where}: the units {side} {bound} = {value} have no numbers of the notation",
                             index=value)
        return self.value(Big(node.kind, (summed,), None, None, None, node.body, node.position,
                              tuple(str(number) for number in values)))
