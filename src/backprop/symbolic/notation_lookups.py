"""A notation's lookups remembered for the notation (a part of notation.Notation): a meaning's parse by its text with
the numbers in, and the patterns a symbol matches at its index letters' values. Seed 001's claims read the same
symbols at the same index values claim after claim (30,000 lookups of 13,000 symbols and values), and its patterns
that mean one thing (\\hat{p}_{m,k}, \\hat{P}_{m,k} and p_{m,k}^{3}, all one unit of layer 3) write the same
meaning texts.

A notation lives as long as a run grades with it, and the keys hold a submission's index values: each store keeps
at most KEPT entries, and what it cannot keep is worked out each time, as before.
"""

from __future__ import annotations

import re

from .notation_indices import with_index_values
from .notation_meanings import parse_meaning
from .quantities import FormulaError
from .syntax_tree import Sym

#: the most entries a notation keeps in each store
KEPT = 1 << 14
_MISSING = object()
_LETTER = re.compile(r"\\[A-Za-z]+|[A-Za-z]")


class NotationLookups:
    """Notation methods: lookups remembered (see the module docstring)."""

    def _remembered(self, store: str, key, work):
        kept = self._cache.setdefault(store, {})
        try:
            found = kept.get(key, _MISSING)
        except TypeError:  # an index letter's value that is no dictionary key: worked out as it is
            return work()
        if found is _MISSING:
            found = work()
            if len(kept) < KEPT:
                kept[key] = found
        return found

    def parsed_meaning(self, written: str, network: tuple, symbols):
        """parse_meaning of ``written`` (a meaning with its numbers in) for the network ``network`` keys."""
        def parse():
            try:
                return parse_meaning(written, symbols)
            except FormulaError as error:
                return error
        # complete: parse_meaning reads nothing but the text and the network, which notation._network_key gives
        found = self._remembered("parsed meanings", (written, network), parse)
        if isinstance(found, FormulaError):
            raise found.with_traceback(None)
        return found

    def candidates_at(self, sym: Sym, env: dict) -> tuple[list, str | None, bool]:
        """(candidates, read, listed) of ``sym`` at the letters' values ``env``: every pattern it matches as written or
        with its index letters' values written in (with_index_values: O_i^0 at i = 0 matches "O_{0}^{0}"), highest
        precedence first; the scripts whose letters the first candidate read as values, where a form with values
        matched first (else None); and whether only such forms match (a name the notation lists entry by entry)."""
        letters = self._remembered("script letters", (sym.sub, sym.sup),
                                   lambda: tuple(dict.fromkeys(_LETTER.findall(sym.sub + sym.sup))))
        # complete: with_index_values reads env only at the letters of the scripts (a value's class kept with it: 3
        # and 3.0 are equal but write apart), and the candidates of each form depend on its text alone
        values = tuple((value.__class__, value) for value in (dict.get(env, letter, _MISSING) for letter in letters))
        candidates, read, listed = self._remembered(
            "candidates at values", (sym.base, sym.sub, sym.sup, sym.primes, sym.bracket, sym.glued, sym.parenthesised,
                                     values),
            lambda: self._candidates_at(sym, env))
        return [(pattern, dict(bindings)) for pattern, bindings in candidates], read, listed

    def _candidates_at(self, sym: Sym, env: dict) -> tuple[list, str | None, bool]:
        candidates = self.candidates(sym)
        # L bound by a pattern (a^L_j with "a_{j}^{l}") is the output layer in that pattern's counting
        # (notation._output_value), not the env's depth written in: a^L of one layer is no a^1 = x
        output = any(re.search(r"(?<![A-Za-z\\])L(?![A-Za-z])", written) for _, bindings in candidates
                     for written in bindings.values()) and self.output_letter_default()
        forms = with_index_values(sym, {key: dict.__getitem__(env, key) for key in dict.keys(env) if key != "L"}
                                  if output else env)
        if not forms:
            return candidates, None, False
        # O_i^0 at i = 0 is O_0^0 (the constant unit), if a pattern says so
        seen = {id(pattern) for pattern, _ in candidates}
        # each pattern with the last form it matches: x_0^{(i)}, the subscript's letter alone written as its value
        extra_forms = {id(item[0]): (item, form) for form in forms for item in self.candidates(form)
                       if id(item[0]) not in seen}
        extra = [item for item, _ in extra_forms.values()]
        candidates = sorted(candidates + extra, key=lambda item: -item[0].literal)
        read = None
        if candidates and id(candidates[0][0]) in extra_forms:
            # a superscript the matching form kept (x_0^{(i)} of "x_{0}^{(i)}" = "1") is the pattern's own, i the
            # sample's, which no unit index reads
            form = extra_forms[id(candidates[0][0])][1]
            read = sym.sub + (sym.sup if form.sup != sym.sup else "")
        return candidates, read, not seen and bool(candidates)
