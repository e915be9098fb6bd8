"""A notation's lookups remembered for the notation (a part of notation.Notation): a meaning's parse by its text with
the numbers in, and the patterns a symbol matches at its index letters' values. Seed 001's claims read the same
symbols at the same index values claim after claim (30,000 lookups of 13,000 symbols and values), and its patterns
that mean one thing (\\hat{p}_{m,k}, \\hat{P}_{m,k} and p_{m,k}^{3}, all one unit of layer 3) write the same
meaning texts. Beside them, the names a notation lists entry by entry, which a general rule's letters range over
(listed_letter, listed_values: ``\\theta_j`` beside ``"\\theta_{0}"``, ``w_{ij}`` beside ``"w_{13}"``), and the units a
notation numbers through the network, Han and Kamber's way (numbers_units_through, numbered_units: ``"O_{1}" =
"x[0]"``, ``"O_{4}" = "a1[0]"``), the one place the reader learns them from; and what a refusal of a symbol no
pattern matches says the notation names near it (stray_index_hint, class_word_hint).

A notation lives as long as a run grades with it, and the keys hold a submission's index values: each store keeps
at most KEPT entries, and what it cannot keep is worked out each time, as before.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..patterns import lazy_pattern
from .claim_text import CLASS_NAMED_BY_WORD
from .notation_indices import with_index_values
from .notation_meanings import parse_meaning
from .quantities import FormulaError
from .syntax_tree import Sym

#: the most entries a notation keeps in each store
KEPT = 1 << 14
_MISSING = object()
_LETTER = lazy_pattern(r"\\[A-Za-z]+|[A-Za-z]")


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

    def listed_values(self, sym: Sym, letter: str, env: dict, limit: int) -> frozenset:
        """The values of ``letter`` below ``limit`` at which ``sym``, written with it (``\\theta_j``), is a symbol
        the notation lists entry by entry (``\\theta_{0}``, ``\\theta_{1}``), at the other letters' values ``env``;
        where ``sym`` writes other letters without a value (``w_{ij}`` beside ``"w_{13}"``, ``"w_{23}"``), the values
        at which some values of theirs name a listed symbol."""
        written = list(dict.fromkeys(_LETTER.findall(sym.sub + sym.sup)))
        others = {key: dict.__getitem__(env, key) for key in dict.keys(env) if key in written and key != letter}
        unbound = [each for each in written if each != letter and each not in others]
        key = ("listed", sym.base, sym.sub, sym.sup, sym.primes, sym.bracket, letter, limit, tuple(sorted(others.items())))
        if key not in self._cache:  # read at every index value of the rule and of every sum around the name
            self._cache[key] = frozenset(value for value in range(limit) if any(
                self.candidates(form) for rest in itertools.product(range(limit), repeat=len(unbound))
                for form in with_index_values(sym, others | {letter: value} | dict(zip(unbound, rest)))))
        return self._cache[key]

    def family_listing(self, sym: Sym, letter: str, env: dict, limit: int):
        """The one pattern with index letters (``"weights2[i][0]"``) through which ``sym`` (``weights2[0][i]``) names
        something at ``letter``'s listed values, a number it writes bound to the pattern's letter and ``letter``'s
        value standing where the pattern writes a number: the indices swapped, which names an entry at one value of
        the rule's letter only (at i = 0), not a listing of the notation's; None where the values reach a pattern
        written entry by entry (``"\\theta_{0}"``) or several patterns."""
        found = {id(pattern): (pattern, bindings) for value in self.listed_values(sym, letter, env, limit)
                 for form in with_index_values(sym, dict(env) | {letter: value})
                 for pattern, bindings in self.candidates(form)}
        if len(found) != 1:
            return None
        pattern, bindings = next(iter(found.values()))
        numbered = pattern.placeholders and any(re.fullmatch(r"\d+", str(bindings.get(placeholder, "")).strip())
                                                for placeholder in pattern.placeholders)
        return pattern if numbered else None

    def listed_letter(self, sym: Sym, env: dict, others: set) -> str | None:
        """The first letter of ``sym``'s scripts without a value in ``env``, where each such letter can only be an
        index (no pattern of the base writes it as a literal, and the notation gives it no other meaning: no symbol,
        the label, a layer letter, a loss or one of ``others``) and no pattern matches ``sym`` as written; None for
        any other. Several such letters, each one of the notation's ``indices`` (up to three), are a rule over units the
        notation names one by one (``w_{ij}`` beside ``"w_{13}"``): each is the rule's, in turn."""
        free = [letter for letter in dict.fromkeys(_LETTER.findall(sym.sub + sym.sup))
                if not dict.__contains__(env, letter)]
        if not free or any(len(letter) != 1 for letter in free) or self.candidates(sym):
            return None
        if len(free) > 1 and (len(free) > 3 or any(letter not in self.indices for letter in free)):
            return None  # several letters: each one of the notation's indices (targets[nodeIndex] is a word's)
        for letter in free:
            literal = any(letter in re.sub(r"\\[A-Za-z]+", "", pattern.sub + pattern.sup) and letter not in self.indices
                          for pattern in self.patterns if pattern.base == sym.base)
            taken = letter in self.bases or letter == self.label or letter == "L" or letter == "l" and "l" not in self.indices \
                or letter in self.loss \
                or letter in others
            if literal or taken:
                return None
        return free[0]

    def numbered_limit(self, symbols) -> int:
        """The values a rule's letter is tried at, 0 up to this: the network's index_limit, or, where the notation
        numbers its units through the network (numbers_units_through: the inputs 1, 2, the hidden units 3, 4), up to
        its highest unit's number, which may pass the widest layer's size (never past the network's units)."""
        limit = symbols.index_limit
        if not self.numbers_units_through():
            return limit
        numbers = [int(number) for pattern in self.patterns for number in re.findall(r"\d+", pattern.sub)
                   if _UNIT_MEANING.fullmatch(pattern.meaning)]
        units = sum(symbols.units(layer) for layer in range(symbols.depth + 1))
        return max(limit, min(max(numbers, default=0), units) + 1)

    def numbers_units_through(self) -> bool:
        """Whether a base of the notation names units of two layers or more by their numbers alone (``"O_{1}" =
        "x[0]"``, ``"O_{3}" = "a1[0]"``): the units numbered through the network, as Han and Kamber's textbook does."""
        def work():
            layers: dict = {}
            for pattern, number, unit in self._numbered_patterns():
                layers.setdefault(pattern.base, set()).add(unit[0])
            return any(len(found) > 1 for found in layers.values())
        return self._remembered("numbers units through", (), work)

    def numbered_units(self) -> dict | None:
        """{number: (layer, unit)} of the units the notation numbers through the network (numbers_units_through), each
        number the one unit every pattern written with it alone names (``"O_{3}"``, ``"I_{3}"``, ``"\\theta_{3}"``:
        unit 0 of layer 1); None where the notation does not number its units so, or gives a number two units."""
        def work():
            if not self.numbers_units_through():
                return None
            found: dict = {}
            for _, number, unit in self._numbered_patterns():
                if found.setdefault(number, unit) != unit:
                    return None
            return found
        return self._remembered("numbered units", (), work)

    def _numbered_patterns(self) -> list:
        """(pattern, its number, (layer, unit)) of each pattern whose subscript is a number alone and whose meaning is
        one unit's quantity."""
        return [(pattern, int(pattern.sub), unit) for pattern in self.patterns
                if re.fullmatch(r"\d+", pattern.sub) and not pattern.sup
                and (unit := unit_of_meaning(pattern.meaning)) is not None]


#: a meaning that is one unit's quantity: the input x[i], an activation, a pre-activation, a bias or a delta of a layer
_UNIT_MEANING = lazy_pattern(r"\s*(x|[azb]\d+|delta\d+)\s*\[\s*(\d+)\s*\]\s*")


def unit_of_meaning(meaning: str) -> tuple | None:
    """(layer, unit) of a meaning that names one unit's quantity (``"a1[0]"``: (1, 0); ``"x[1]"``: (0, 1)); None for
    any other meaning."""
    found = _UNIT_MEANING.fullmatch(meaning)
    if found is None:
        return None
    name = found.group(1)
    return (0 if name == "x" else int(re.sub(r"\D", "", name)), int(found.group(2)))


def meaning_shape(pattern) -> str:
    """``pattern``'s meaning with each placeholder a mark: "a1[j-1]" and "a1[q-1]" one quantity's, "x[i-1]" another's."""
    marked = pattern.meaning
    for letter in pattern.placeholders:
        marked = re.sub(rf"(?<![A-Za-z_]){re.escape(letter)}(?![A-Za-z_0-9])", "#", marked)
    return re.sub(r"\s", "", marked)


def own_letters_first(candidates: list) -> list:
    """``candidates`` (pattern, bindings), highest precedence first, with the one that a symbol writes in its own
    placeholder letters moved to the front where patterns of one shape and precedence tie ("y_{j}" = "a1[j-1]" beside
    "y_{k}" = "a2[k-1]", for y_k): the letter binds its pattern's layer, so that pattern alone decides, and where it
    names nothing (k past the output layer's units) its failure is the reason, never another layer's pattern read
    at that value. Unchanged where no tied pattern's letters, or several's, are written."""
    if len(candidates) < 2:
        return candidates
    first = candidates[0][0]
    tied = [item for item in candidates if item[0].literal == first.literal and item[0].shape() == first.shape()]
    own = [item for item in tied if item[0].writes_own_letters(item[1])]
    if len(tied) < 2 or len(own) != 1:
        return candidates
    return [own[0], *(item for item in candidates if item is not own[0])]


def letter_of_no_layer(sym: Sym, first, bindings: dict, unnamed: list) -> str | None:
    """Why ``sym`` is refused where tied patterns of one shape give each index letter its own layer ("y_{j}" =
    "a1[j-1]", "y_{k}" = "a2[k-1]") and ``sym`` writes a letter none of them has (y_a), at a value only ``first``
    (matched with ``bindings``) names while those of ``unnamed`` (pattern, bindings) name nothing (a = 3, three hidden
    units, two outputs): which layer the letter runs over the notation does not say, and reading the one pattern that
    names something there would give the letter that layer past the others'. None where ``sym`` writes a tied
    pattern's own letters, a number, or the tied patterns mean one quantity."""
    if first.writes_own_letters(bindings) or not unnamed or any(
            pattern.writes_own_letters(bound) for pattern, bound in unnamed):
        return None
    written = [value.strip(" {}") for value in bindings.values() if re.fullmatch(r"\\?[A-Za-z]+", value.strip(" {}"))]
    if not written or all(meaning_shape(pattern) == meaning_shape(first) for pattern, _ in unnamed):
        return None
    patterns = ", ".join(repr(pattern.text) for pattern in (first, *(pattern for pattern, _ in unnamed)))
    return (f"the patterns {patterns} give each index letter its own layer, and {', '.join(dict.fromkeys(written))}"
            f" {'is' if len(set(written)) == 1 else 'are'} none of theirs; which layer it runs over the notation does"
            " not say: write the letter of the layer meant")


# what a refusal of a symbol no pattern matches adds, where the notation names something near it

def stray_index_hint(sym: Sym, notation) -> str:
    """Where ``sym`` without its last code index is a pattern the notation names, toynet's output[NETGBIAS][h]
    beside "output[NETGBIAS]": the index after a cell that holds a number, which the message names first."""
    parts = sym.sub.split(",")
    if len(parts) < 2 or not (found := notation.candidates(replace(sym, sub=",".join(parts[:-1])))):
        return ""
    return (f"; the notation names {found[0][0].text} ({found[0][0].meaning}) without the index {parts[-1]} after it:"
            f" write {found[0][0].text} where that is meant, or name {sym.base}{''.join(f'[{p}]' for p in parts)}"
            " in [notation.symbols]; its patterns")


def numbered_entry_hint(sym: Sym, notation) -> str:
    """Where ``sym``'s subscript is code's numbered entry (``b1[2]``, ``w[1][0]``) of what the notation names whole, not
    [0] (reading_entries' first entry): the words saying which counting a number would need, and what to write."""
    parts = [part.strip() for part in sym.sub.split(",")]
    if not all(part.isdigit() for part in parts) or not (found := notation.candidates(replace(sym, sub=""))):
        return ""
    return (f"; {sym.base} is {found[0][0].meaning} named whole, and its entry {', '.join(parts)} counts from 0 in C's,"
            " Java's, JavaScript's and Python's brackets and from 1 in Julia's, Lua's and R's (only [0] is the first"
            f" in both): name the entry in [notation.symbols], \"{sym.base}[{']['.join(parts)}]\" = ..., or write the"
            " loop's letter; its patterns")


def class_word_hint(sym: Sym, patterns: list[str], label: str) -> str:
    """Where ``sym``'s subscript names the sample's class by a word, ``p[correct_class]``: the words saying to write
    the notation's label letter instead, as its patterns write an index (``p[y]`` for ``p[i]``); "" otherwise."""
    if not CLASS_NAMED_BY_WORD.fullmatch(sym.sub) or sym.sup:
        return ""
    written = f"{sym.base}[{label}]" if any("[" in text for text in patterns) else f"{sym.base}_{{{label}}}"
    return (f"; {sym.sub} names the sample's class by a word: write {written}, the notation's label letter {label}"
            " (the sample's class, as check reads it)")
