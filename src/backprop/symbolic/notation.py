"""Notations: how one homework (or one course) writes the network's quantities (docs/notation.md).

A notation is a ``[notation]`` table: ``indices`` (the placeholder letters of patterns),
``learning_rate`` and ``loss`` (other names of eta and of the sample loss L), ``functions`` (other
names of activations), and ``[notation.symbols]``: pattern = meaning, e.g.
``"a_{ik}^{0}" = "W1[k-1, i-1]"``. Two keys of our own design complete it: ``parameter`` (names that
stand for the parameter being checked, as in ``w = w - \\alpha \\partial E / \\partial w``) and
``label`` (the letter that, as an index, is the sample's class label, as in ``P_y``; default "y").

``Notation.lookup(sym, env)`` finds the pattern a symbol of a formula matches (the one with more
literal characters wins) and returns its meaning at the formula's index values, as a SymPy
expression in the network's quantities. A meaning is SymPy syntax in the symbols of symbols.md
(``W{l+1}[k, i-1]``, ``-delta2[k]``, ``1``); it is read by parsing.parse_formula, never evaluated.

Sources: a problem file's ``[notation]`` table, ``--notation FILE`` (a TOML file with one), or
``--notation NAME`` for a bundled notation (notations/NAME.toml: one per seed document), read by
notation_loading.py, each pattern parsed by notation_patterns.py. Indices as written and the layer arithmetic of meanings are notation_indices.py's; the
layer letter l in a notation's own counting, notation_layers.py's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

import sympy as sp

from ..activations import ACTIVATIONS
from ..patterns import lazy_pattern
from .notation_indices import Unbound, braced_scripts, index_value, substitute, superscript_forms
from .notation_lookups import NotationLookups
from .notation_names import NotationNames
from .quantities import FormulaError, NetworkSymbols
from .syntax_tree import GREEK, _PLAIN_WORDS, Sym

DEFAULT_INDICES = "ijklmn"
KEYS = ("indices", "learning_rate", "loss", "functions", "symbols", "parameter", "label", "index_names")
FUNCTION_NAMES = (*ACTIVATIONS, "exp", "log", "heaviside", "layer")  # what a notation's function may stand for
# ("layer": n_l(u) is layer l's map of u, reading_layer_functions.layer_map)
#: the arithmetic a code's own helper may be given in functions, { matrixdot = "matrix product" }: its call is that
#: operation of its arguments (syntax_code_calls.operation_call), a name that is no activation
OPERATIONS = ("matrix product", "product", "sum", "difference", "quotient", "transpose", "dot", "outer product")
#: a functions value naming an activation's derivative and where it is taken, for a derivative word (code's,
#: syntax_tree.EITHER_WORDS, or any other, ableitung_sigmoid): the activation, a prime, "at input" or "at output"
DERIVATIVE_PLACE = r"([A-Za-z_]\w*)'[ \t]+at[ \t]+(?:its[ \t]+|the[ \t]+)?(input|output)"
#: a functions value naming an activation and where its derivative flag's derivative is taken, code's flagged
#: activation, Trask's nonlin(x, deriv=True) returning x*(1-x): "<activation>, derivative at output" (or "at input"): the
#: name's call is the activation, its flag call f(u, True) the derivative at that place (as DERIVATIVE_PLACE says it)
FLAG_PLACE = (r"([A-Za-z_]\w*)[ \t]*,[ \t]*(?:its[ \t]+|the[ \t]+)?derivative[ \t]+at[ \t]+"
              r"(?:its[ \t]+|the[ \t]+)?(input|output)")


# a meaning that is a whole matrix, every row and column: W2[:, :], grad(W1[:, :]).T
_WHOLE_MATRIX = lazy_pattern(r"\[\s*:\s*,\s*:\s*\]")
# a slice of one ':' in a meaning, a vector: beside a whole matrix, W2[:, :].T @ delta2[:], the meaning is a vector
_VECTOR_SLICE = lazy_pattern(r"\[[^\[\]:]*:[^\[\]:]*\]", needs=(":",))
#: code's name with its digits glued, w1, W2: the letters and the digits the reader may take as their subscript
GLUED_DIGITS = lazy_pattern(r"([A-Za-z]+)([0-9]+)")

@dataclass
class Pattern:
    """One ``[notation.symbols]`` entry."""

    text: str
    base: str
    sub: str
    sup: str
    meaning: str
    literal: int                          # literal characters: the more, the higher the precedence
    regexes: list = field(default_factory=list)   # [(sub regex, sup regex)]
    placeholders: tuple = ()
    primes: int = 0
    quantities: tuple = ()  # the meaning's quantities (notation_meanings.MeaningQuantity), parsed once

    def match(self, sym: Sym) -> dict | None:
        """{placeholder: index text as written} when ``sym`` matches, else None."""
        if sym.base != self.base or sym.primes != self.primes or sym.bracket is not None:
            return None
        scripts = superscript_forms(braced_scripts(sym.sup))
        for (sub_regex, sup_regex), written in itertools.product(self.regexes, scripts):
            sub = re.fullmatch(sub_regex, braced_scripts(sym.sub))
            sup = re.fullmatch(sup_regex, written)
            if sub is None or sup is None:
                continue
            bindings = {}
            consistent = True
            for groups in (sub.groupdict(), sup.groupdict()):
                for name, value in groups.items():
                    letter = name.split("_")[0]
                    if letter in bindings and bindings[letter] != value:
                        consistent = False
                    bindings[letter] = value
            if consistent:
                return bindings
        return None

    def reads_superscript(self, sup: str) -> bool:
        """Whether a symbol of this base with the superscript ``sup`` can be this pattern's (whatever its
        subscript): ``A^{[i]}`` for ``"A_{j}^{[i]}"``, the whole vector of layer i."""
        return any(re.fullmatch(sup_regex, written) for (_, sup_regex), written in
                   itertools.product(self.regexes, superscript_forms(sup)))

    def writes_layer_letter(self, sup: str) -> bool:
        """Whether every letter of ``sup`` is a placeholder of this pattern's own superscript that its meaning uses:
        z^{(k+1)} for "z_{i}^{(k)}" = "z{k-1}[i]" is layer k+1, where a superscript of another letter (W^{(t+1)}), or
        one the meaning leaves unused ("w_{i}^{(t)}" = "W1[0, i]", a step), stays an update's step."""
        letters = set(re.findall(r"[A-Za-z]", sup))
        own = set(re.findall(r"[A-Za-z]", self.sup)) & set(self.placeholders) - self.unused_placeholders()
        return bool(letters) and letters <= own

    def unused_literals(self) -> set[str]:
        """Literal index letters of the scripts (one letter or a Greek one, not a word such as
        ``hidden``) that the meaning does not use: the data point mu of ``y_j^\\mu`` = ``y[j]``, a sample
        index as an unused placeholder is."""
        parts = re.findall(r"\\[A-Za-z]+|[A-Za-z]+", self.sub + " " + self.sup)
        return {part for part in parts if (len(part) == 1 or part in GREEK) and part not in self.placeholders
                and not re.search(rf"(?<![A-Za-z_\\]){re.escape(part)}(?![A-Za-z_0-9])", self.meaning)}

    def shape(self) -> tuple:
        """The pattern as written with each placeholder a mark: "o_{l}" and "o_{i}" have one shape, "x_{ij}" another."""
        def marked(script: str) -> str:
            return "".join("#" if letter in self.placeholders else letter
                           for letter in re.findall(r"\\[A-Za-z]+|.", re.sub(r"\s", "", script)))
        return self.base, marked(self.sub), marked(self.sup), self.primes

    def writes_own_letters(self, bindings: dict) -> bool:
        """Whether a symbol matched with ``bindings`` writes each placeholder as that very letter (o_i for "o_{i}",
        o_\\ell for "o_{l}": \\ell is the letter l as typeset notes write it), where a tie between patterns of one
        shape is decided."""
        return bool(self.placeholders) and all(
            re.sub(r"\\ell(?![A-Za-z])", "l", re.sub(r"[\s{}]", "", bindings.get(letter, ""))) == letter
            for letter in self.placeholders)

    def code_spelling(self) -> str | None:
        """How the pattern writes its index as code does: "parenthesised" (MATLAB's entry ``"z(1)"``, ``"z(k)"``),
        "glued" (a name glued to its digits, ``"z1"``), None for any other (``"z_{1}"``)."""
        text = self.text.strip()
        if re.fullmatch(r"[^\W\d_]+\(.*\)", text):
            return "parenthesised"
        return "glued" if re.fullmatch(r"[^\W\d_]+\d+", text) else None

    def unused_placeholders(self) -> set[str]:
        """Placeholders the meaning does not use: a sample index such as the k of t_{j,k}."""
        return set(_unused_placeholders(tuple(self.placeholders), self.meaning))


@dataclass
class Notation(NotationNames, NotationLookups):
    """A notation table, validated (see the module docstring)."""

    source: str = "the default notation"
    indices: str = DEFAULT_INDICES
    learning_rate: tuple = ()
    loss: tuple = ()
    functions: dict = field(default_factory=dict)
    parameter: tuple = ()
    label: str = "y"
    patterns: list = field(default_factory=list)
    scripted_functions: dict = field(default_factory=dict)  # (base, sub, sup, bracket) -> function: g_{out}, g[1]
    derivative_places: dict = field(default_factory=dict)  # a derivative word -> "input" or "output" (DERIVATIVE_PLACE)
    derivative_words: dict = field(default_factory=dict)  # a page's own such word (ableitung_sigmoid) -> its activation
    primed_functions: dict = field(default_factory=dict)  # "f'" given a place: f -> (its activation, the place)
    flag_places: dict = field(default_factory=dict)  # a flagged function (nonlin) -> its flag's place (FLAG_PLACE)
    operations: dict = field(default_factory=dict)  # a code's helper -> its arithmetic (OPERATIONS): matrixdot(l0, w),
    # or the loss's derivative it computes (loss_helpers.LossHelper): d_mean_squared_error(d, y)
    spaced_names: tuple = ()  # the names above written with a space, "learning rate", as joined: learning_rate
    index_names: dict = field(default_factory=dict)  # code's loop variable -> the index letter it stands for
    code_spellings: dict = field(default_factory=dict)  # a code name as written -> as read (code_name_spelled)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def bases(self) -> set[str]:
        # asked at every symbol read; patterns are appended only while the table is loaded (a count tells)
        kept = self._cache.get("bases")
        if kept is None or kept[0] != len(self.patterns):
            kept = self._cache["bases"] = (len(self.patterns), frozenset(pattern.base for pattern in self.patterns))
        return set(kept[1])

    def function_of(self, sym: Sym) -> tuple[str | None, bool]:
        """The function ``sym`` names before its argument through ``functions``, and whether its scripts
        are part of that name: ``g_{out}`` and ``g^{[1]}`` as the table writes them (True), or a bare
        ``g`` whose superscript is then a power (False); (None, False) for no function."""
        named = self.scripted_functions.get((sym.base, sym.sub, sym.sup, sym.bracket))
        if named is None and sym.bracket is not None and not (sym.sub or sym.sup) and any(
                re.fullmatch(re.escape(sym.base) + r"\^\{?\[\s*" + re.escape(sym.bracket.strip()) + r"\s*\]\}?", name)
                for name in self.functions):
            named = self.scripted_functions.get((sym.base, "", sym.bracket.strip(), None))  # Ng's plain g[1]'(z[1])
        if named is not None:
            return named, True
        return self.functions.get(sym.base), False

    def number_of(self, sym: Sym) -> str | None:
        """The number the notation gives ``sym`` as its whole meaning, as written ("N" = "1", a count of samples;
        "x_{0}" = "1"), by its pattern of highest precedence; None where that meaning names a quantity."""
        found = self.candidates(sym)
        meaning = found[0][0].meaning.strip() if found else ""
        return meaning if re.fullmatch(r"\d+(?:\.\d+)?", meaning) else None

    def flat_subscript(self, base: str, letters: str, apart: bool = False) -> str | None:
        """How letters glued to a name in plain text read, a subscript an HTML page printed flat (Gasser's
        ``wji``, ``tj``): "one" where a pattern for ``base`` without superscript has as many subscript letters,
        each the notation's index letter where the pattern has a placeholder and the pattern's own letter where it
        has one (w_{ji}), or a unit's number where the notation numbers its units through the network (Ij beside
        "I_{3}"); "ambiguous" where a pattern also names a shorter part (w_{j} and w_{ji}) or the
        letters' run is a Greek name the notation uses (xi as \\xi); else None. ``apart``: the letters may stand
        apart from the name (plain text's Unicode delta glued to j arrives as \\delta j), so None also where the
        product reading names something, a pattern for ``base`` bare or for the letters alone."""
        through = self.numbers_units_through()

        def fits(pattern: Pattern, written: str) -> bool:
            # a unit's number where the units are numbered through the network (Ij beside "I_{3}"): an index letter
            parts = [part for part in re.findall(r"\\[A-Za-z]+|.", pattern.sub) if part != ","]
            return pattern.base == base and not pattern.sup and not pattern.primes and len(parts) == len(written) \
                and all(letter in self.indices if part in self.indices or through and part.isdigit() else letter == part
                        for part, letter in zip(parts, written))

        if not letters.isalpha() or not any(fits(pattern, letters) for pattern in self.patterns):
            return None
        greek = _PLAIN_WORDS.get(base + letters)
        if any(fits(pattern, letters[:size]) for pattern in self.patterns for size in range(1, len(letters))) or (
                greek is not None and (greek in self.bases or greek in self.learning_rate or greek in self.functions)):
            return "ambiguous"
        if apart and any(not pattern.sub and not pattern.sup and pattern.base in (base, letters, letters[0])
                         for pattern in self.patterns):
            return None
        return "one"

    def glued_reading(self, base: str, sub: str, digits: str) -> str:
        """How digits typed against a letter in LaTeX read (syntax.Parser's ``glued``): "glued" where a
        pattern for ``base`` has the subscript ``sub + digits`` (``E_y1`` with ``"E_{yn}"``, ``t1`` with
        ``"t_{n}"``) and none the subscript ``sub`` alone, or the notation lists the whole name (``learning_rate``); "ambiguous" where both have; else "apart",
        TeX's reading (E_{y} times 1)."""
        def named(script: str) -> bool:  # as written, or as TeX braces it (h_1 as h_{1}: Pattern.match's reading)
            return any(re.fullmatch(sub_regex, form) for pattern in self.patterns if pattern.base == base
                       for sub_regex, _ in pattern.regexes for form in {script, braced_scripts(script)})

        # a name the notation lists whole, learning_rate = ["learning_rate"]: that name, not learning_{r} times ate
        if f"{base}_{sub}{digits}" in (*self.learning_rate, *self.loss, *self.functions):
            return "glued"
        if not named(sub + digits):
            return "apart"
        # a key with no placeholder, as written ("wh1" beside "wh") or of base and subscript (δ_o1 beside δ_{k}), wins
        whole, written = {sub + digits, braced_scripts(sub + digits)}, {f"{base}_{sub}{digits}" if sub else base + digits}
        if any(not pattern.placeholders and (pattern.text.strip() in written or pattern.base == base
               and pattern.sub in whole and not pattern.sup and not pattern.primes) for pattern in self.patterns):
            return "glued"
        return "ambiguous" if named(sub) else "glued"

    def literal_letters_hint(self, base: str) -> str:
        """Where ``base``'s patterns write letters outside ``indices`` that their meanings index with (cs224d's
        "W_{ij}^{(l)}" = "W{l}[j, i]" with indices = "abcdfgikmp"): those letters match only themselves in a
        formula, which the author of the table may not have meant; the words that say so, or ""."""
        letters = sorted({letter for pattern in self.patterns if pattern.base == base
                          for letter in re.findall(r"[A-Za-z]", pattern.sub + pattern.sup)
                          if letter not in self.indices and re.search(
                              rf"(?<![A-Za-z_0-9]){letter}(?![A-Za-z_0-9(])", pattern.meaning)})
        if not letters:
            return ""
        return (f"; in them {', '.join(letters)} {'is a literal letter' if len(letters) == 1 else 'are literal letters'}"
                f" (indices = \"{self.indices}\"), matched only by {' and '.join(letters)} as written: add"
                f" {'it' if len(letters) == 1 else 'them'} to indices where {'it stands' if len(letters) == 1 else 'they stand'}"
                " for any index")

    @property
    def samples_as_rows(self) -> bool:
        """Whether the notation names its weight matrices input-first only (``"W" = "W1[:, :].T"``, no pattern
        meaning one as symbols.md lays it out): code that multiplies x W, whose samples are rows."""
        whole = [re.fullmatch(r"\s*W\d+\[\s*:\s*,\s*:\s*\](\.T)?\s*", pattern.meaning) for pattern in self.patterns]
        return any(whole) and all(found.group(1) for found in whole if found)

    @property
    def rows_held_as_columns(self) -> bool:  # input-first weights, no vector named a row ("a1[:].T"): code's rows
        return self.samples_as_rows and not any(re.search(r"\[\s*:\s*\]\)?\.T\s*$", p.meaning) for p in self.patterns)

    def names_matrix(self, sym: Sym) -> bool:
        """Whether ``sym``'s meaning (its pattern of highest precedence) is a layer's whole matrix, ``W2[:, :].T``, a
        matrix whatever its shape (one of a layer of one unit is no row a page writes); a meaning times a vector's
        slice, ``"erro_escondida" = "-(W2[:, :].T @ delta2[:])"``, is a vector (notation_products)."""
        found = self.candidates_as_read(sym)
        return bool(found) and _WHOLE_MATRIX.search(found[0][0].meaning) is not None \
            and _VECTOR_SLICE.search(found[0][0].meaning) is None

    def candidates_as_read(self, sym: Sym) -> list[tuple[Pattern, dict]]:
        """candidates of ``sym``, or, where none matches code's name glued to its digits written bare (W2, dW2, read
        whole where a pattern "dW2_{ij}" makes dW2 a name), those of the name split at its digits (dW_{2}), the
        pattern the reader reads it through (reading_names._name_with_digits_split): what the name means, asked."""
        split = self.split_as_read(sym)
        return self.candidates(sym if split is None else split)

    def split_as_read(self, sym: Sym) -> Sym | None:
        """Code's name glued to its digits written bare that no pattern matches whole (W2, dW2 read whole where a
        pattern "dW2_{ij}" makes dW2 a name): the name split at its digits, dW_{2}, as the reader reads it (and the
        pattern "W2" is, the same name); None for any other."""
        glued = GLUED_DIGITS.fullmatch(sym.base) if not (sym.sub or sym.sup) else None
        return None if glued is None or self.candidates(sym) else Sym(glued.group(1), glued.group(2), glued=True)

    def candidates(self, sym: Sym) -> list[tuple[Pattern, dict]]:
        """Every pattern ``sym`` matches with its bindings, highest precedence first."""
        spelling = "parenthesised" if sym.parenthesised else "glued" if sym.glued else None
        key = ("candidates", sym.base, sym.sub, sym.sup, sym.primes, sym.bracket, spelling)
        if key not in self._cache:  # the same symbol is read once per index value of every sum around it
            found = [(pattern, bindings) for pattern in self.patterns
                     if (bindings := pattern.match(sym)) is not None]
            if not found and "_" in sym.base and not (sym.sub or sym.sup or sym.primes) and sym.bracket is None:
                # code's a_prev where the notation writes "a_prev" (a base a, its subscript prev) beside code's entry
                # "a_prev[j][0]" (the base a_prev, which makes the formula's a_prev one name): that pattern
                base, sub = sym.base.split("_", 1)
                found = [(pattern, bindings) for pattern in self.patterns if pattern.text.strip() == sym.base
                         and (bindings := pattern.match(Sym(base, sub, position=sym.position))) is not None]
            if spelling and any(pattern.code_spelling() == spelling for pattern, _ in found):
                # code's z1 and MATLAB's entry z(1) are two names: the formula's spelling decides between patterns
                # written each way (before both are z_{1}); a pattern written otherwise ("z_{1}") stays either's
                found = [item for item in found if item[0].code_spelling() in (spelling, None)]
            self._cache[key] = sorted(found, key=lambda item: -item[0].literal)
        return [(pattern, dict(bindings)) for pattern, bindings in self._cache[key]]

    def meaning(self, pattern: Pattern, bindings: dict, env: dict, symbols: NetworkSymbols,
                extra_letters: str = "", layer: int | None = None) -> sp.Expr:
        """The meaning of ``pattern`` with its placeholders bound to the formula's index texts,
        evaluated at the formula's letters ``env``; Unbound(letter) for a letter with no value yet,
        FormulaError for a meaning that names no quantity of this network. ``layer``: the value of
        the formula's l where ``env`` gives it none (the parameter's layer in this notation's
        counting, notation_layers.py)."""
        if layer is None or dict.__contains__(env, "l"):
            return self._meaning(pattern, bindings, env, symbols)
        # l for the time of this lookup, in the formula's own letters, so that a TrackingEnv still
        # learns which of them the symbol reads
        dict.__setitem__(env, "l", layer)
        try:
            return self._meaning(pattern, bindings, env, symbols)
        finally:
            dict.__delitem__(env, "l")

    def _meaning(self, pattern: Pattern, bindings: dict, env: dict, symbols: NetworkSymbols) -> sp.Expr:
        values = {}
        for placeholder, written in bindings.items():
            if placeholder in pattern.unused_placeholders():
                continue
            if re.search(r"(?<![A-Za-z\\])L(?![A-Za-z])", written) and self.output_letter_default():
                # L is the output layer in the homework's own counting: a^{(L)} with a^{(l)} = a{l-1}
                # is a of the last layer, so L is the value at which the meaning names that layer
                values[placeholder] = index_value(written, {**env, "L": _output_value(pattern, placeholder, symbols)})
                continue
            values[placeholder] = index_value(written, env)
        text = pattern.meaning
        # A letter of the meaning the pattern does not bind is the formula's own index letter
        # ("z" = "z2[k]": the formula's k); x, y, t, L name quantities, and the T of ".T" is a transpose.
        free = sorted({letter for letter in re.findall(r"(?<![A-Za-z_0-9.])([A-Za-z])(?![A-Za-z_0-9(\[{])", text)
                       if letter not in values and letter not in "xytLK"})
        for letter in free:
            if letter not in env:
                raise Unbound(letter)
            values[letter] = env[letter]
        # Keyed by what reading a meaning depends on (the names and index ranges), not by the
        # symbols object: every check builds its own, so an id missed across the claims of a
        # submission, and a freed one's id could come back as another network's.
        network = _network_key(symbols)
        key = (pattern.text, tuple(sorted(values.items())), network)
        if key in self._cache:
            cached = self._cache[key]
            if isinstance(cached, FormulaError):
                raise cached
            return cached
        try:
            result = self.parsed_meaning(substitute(text, values), network, symbols)
        except FormulaError as error:
            shown = ", ".join(f"{letter} = {value}" for letter, value in sorted(values.items()))
            reason = str(error).split(": ", 2)[-1]
            failure = error.reworded(f"{pattern.text!r} means {text!r} ({shown or 'no placeholders'}):"  # typed
                                     f" {reason}")
            self._cache[key] = failure
            raise failure from None
        self._cache[key] = result
        return result


def _output_value(pattern: Pattern, placeholder: str, symbols: NetworkSymbols) -> int:
    """The value of ``placeholder`` at which ``pattern``'s meaning names the output layer: the layer
    written with it in braces (``a{l-1}`` gives depth + 1); depth where the layer is not written so."""
    for quantity in pattern.quantities:
        if quantity.layer_written_with(placeholder):
            for value in range(-2, symbols.depth + 4):
                layer = substitute("x{" + quantity.layer_expression + "}", {placeholder: value})
                if layer == f"x{symbols.depth}":
                    return value
    return symbols.depth


# Remembered: asked three times for each symbol read, at every index value of the sums around it
@lru_cache(maxsize=4096)
def _unused_placeholders(placeholders: tuple, meaning: str) -> frozenset:
    return frozenset(letter for letter in placeholders
                     if not re.search(rf"(?<![A-Za-z_]){re.escape(letter)}(?![A-Za-z_0-9])", meaning))


def _network_key(symbols: NetworkSymbols) -> tuple:
    """What parsing a meaning depends on: the target's letter, each layer's inputs, units and bias."""
    return symbols.target.name, tuple((spec.inputs, spec.units, spec.bias) for spec in symbols.specs)
