"""A symbol's reading remembered for the reading of one claim (a part of reading.Reader).

Reading a symbol through the notation costs a pattern match and a meaning's parse; a formula with
nested sums reads the same symbol at the same index values many times over (each sum reads its body
once more to find its range, and an inner sum is read again for each value of an outer letter that it
does not use: seed 001's dC/db^(3) reads w_{i,m}^{(3)} about 70,000 times for 640 values). A symbol's
reading depends on the symbol as written, the values of the index letters it can name (the letters of
its scripts, the layer letters, the label letter and the letters the notation's meanings use freely),
and a few facts of the reading around it (the sums over samples it sits in, the count names, the
parameter, the sample's subscript, how vectors are read); the same of all these gives the same value,
or the same error.

What reading a symbol leaves behind is kept with its value and done again when it is remembered: the
letters it read (a sum's letter that no symbol reads is a sum over samples), the letters it found to
be sample letters, the counts it used and the sample subscript it set. A reading that changed anything
else (a sum read inside a superscript) is not remembered.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .notation import Unbound
from .quantities import FormulaError
from .syntax_tree import Sym

_LETTER = lazy_pattern(r"\\[A-Za-z]+|[A-Za-z]")
_MISSING = object()
#: the letters a notation's meanings use without binding them (``"z" = "z2[k]"``), as notation.meaning finds them
_FREE_IN_MEANING = lazy_pattern(r"(?<![A-Za-z_0-9])([A-Za-z])(?![A-Za-z_0-9(\[{])")


class SymbolMemo:
    """Reader method ``_sym`` remembering each reading in ``context.readings``."""

    def _sym(self, sym: Sym):
        if sym.bracket is not None and self.context.sum_starts and any(
                self._summed_code_letter(letter) for letter in re.findall(r"[A-Za-z]", sym.bracket)):
            # code's w[k] in a sum over k: its reading notes the sum's start and its arrays' lengths
            # (reading_entries._summed_index), which no remembered reading would note again
            return super()._sym(sym)
        memo = self.context.readings
        try:
            key = self._sym_key(sym, memo)
            hash(key)
        except TypeError:  # an unhashable letter value: read it as it is
            return super()._sym(sym)
        found = memo.get(key)
        if found is None:
            found = self._sym_read(sym)
            if found is None:  # it changed more than a symbol's reading replays
                return super()._sym(sym)
            memo[key] = found
        value, error, read, samples, counts, subscript = found
        self.env.read.update(read)
        self.sample_letters.update(samples)
        self.counts_used.update(counts)
        self.context.sample_subscript = subscript
        if error is not None:
            raise error.with_traceback(None)
        return value

    def _sym_key(self, sym: Sym, memo: dict) -> tuple:
        letters = memo.get(("letters", sym.base, sym.sub, sym.sup, sym.bracket))
        if letters is None:
            written = "".join((sym.base, ",", sym.sub, ",", sym.sup, ",", sym.bracket or ""))
            letters = tuple(sorted(set(_LETTER.findall(written)) | {"l", "L", self.notation.label}
                                   | self._meaning_letters(memo)))
            memo[("letters", sym.base, sym.sub, sym.sup, sym.bracket)] = letters
        env = self.env
        context = self.context
        # the spelling too: code's z2 (glued) and MATLAB's z(2) may be two patterns' names (notation.candidates)
        return (sym.base, sym.sub, sym.sup, sym.primes, sym.bracket, sym.glued, sym.parenthesised, self.where,
                tuple(dict.get(env, letter, _MISSING) for letter in letters),
                frozenset(self.count_sums), frozenset(context.count_names), context.parameter,
                context.sample_subscript, context.entrywise_dot, context.entrywise_powers, context.elementwise_left,
                context.row_vectors,
                context.updated, context.outer_shape)

    def _meaning_letters(self, memo: dict) -> set:
        if "meaning letters" not in memo:
            memo["meaning letters"] = {letter for pattern in self.notation.patterns
                                       for letter in _FREE_IN_MEANING.findall(pattern.meaning)
                                       if letter not in pattern.placeholders}
        return memo["meaning letters"]

    def _sym_read(self, sym: Sym) -> tuple | None:
        """(value, error, letters read, sample letters, counts used, sample subscript) of reading
        ``sym`` now; None if the reading changed what a remembered one would not do again."""
        env, context = self.env, self.context
        outer = env.read, self.sample_letters, self.counts_used
        names, sample_sums, terms = set(context.count_names), context.sample_sums, self.terms
        env.read, self.sample_letters, self.counts_used = set(), set(), set()
        value = error = None
        try:
            value = super()._sym(sym)
        except (FormulaError, Unbound) as raised:
            error = raised
        finally:
            read, samples, counts = env.read, self.sample_letters, self.counts_used
            env.read, self.sample_letters, self.counts_used = outer
        if context.count_names != names or context.sample_sums != sample_sums or self.terms != terms:
            # read again by the caller, as if never read: the count names in place (a claim shares the set)
            context.count_names.clear()
            context.count_names.update(names)
            context.sample_sums, self.terms = sample_sums, terms
            return None
        return value, error, frozenset(read), frozenset(samples), frozenset(counts), context.sample_subscript
