"""Formulas written back in a homework's notation: what ``derive --notation`` prints.

``NotationPrinter(notation, symbols)`` inverts the notation's patterns: for every value of a pattern's
placeholders whose meaning is one quantity (``"O_{k}^{1}" = "a1[k-1]"`` at k = 2 is a1[1]) it keeps
the symbol as the homework writes it (``O_{2}^{1}``), and only if reading that symbol back through
the notation gives the same quantity (the precedence of patterns decides which one a reader sees).
A quantity the notation does not name is written as symbols.md writes it; a constant unit
(``"O_{0}^{1}" = "1"``) is never used for the number 1.
"""

from __future__ import annotations

import itertools
import re

import sympy as sp

from ..patterns import lazy_pattern
from .notation import Notation, Unbound
from .notation_layers import layer_letter_values
from .printing import TexPrinter
from .quantities import FormulaError, NetworkSymbols
from .reading import Reader
from .reading_base import Context, TrackingEnv
from .calculus import NetworkCalculus
from .syntax_tree import INDEXED_CALL_END, Sym

MAX_VALUES = 4096


class NotationPrinter:
    """LaTeX of expressions in the network's quantities, with the notation's symbols.

    A quantity's name is found when an expression to print holds it (a notation of a 784-input
    network has some 35,000 pattern values to invert, and a derivative uses a few dozen quantities):
    the patterns whose meaning can name it are tried in the notation's order, their values in order,
    as if every pattern had been inverted first. A name printed is numbered as that inversion numbers
    it (the number orders a product's factors): the patterns up to the one naming it are inverted."""

    def __init__(self, notation: Notation, symbols: NetworkSymbols):
        self.notation = notation
        self.symbols = symbols
        self.names: dict = {}      # {quantity: (written, sign, its place in the patterns' order) or None}
        self._inverted: dict = {}  # {pattern's place: [(quantity, sign, written, value's place)]}
        self._numbers: dict = {}   # {quantity: its place among all names, patterns inverted in order}
        self._through = 0          # the patterns inverted so far for _numbers
        self._context = Context(symbols, notation, NetworkCalculus(symbols))
        self._limit = symbols.index_limit
        counted = layer_letter_values(notation, symbols)  # Nielsen's l runs to depth + 1
        self._layers = range(max(1, counted.start), counted.stop)
        self.learning_rate = notation.learning_rate[0] if notation.learning_rate else r"\eta"
        self.loss = notation.loss[0] if notation.loss else "L"

    def name(self, atom) -> tuple | None:
        """(written, sign, order) of the notation's symbol for ``atom`` (sign -1: it means -atom), None
        if the notation does not name it: the first pattern value, in the patterns' order, whose
        meaning is the quantity and whose symbol reads back as it."""
        if atom not in self.names:
            self.names[atom] = None
            names = _names_of(atom)
            if isinstance(atom, sp.Indexed) and not all(index.is_Integer for index in atom.indices):
                return None  # a[j] of a sum: a meaning's values are whole numbers
            for place, pattern in enumerate(self.notation.patterns):
                if names is not None and "{" not in pattern.meaning and not names & set(_NAME.findall(pattern.meaning)):
                    continue  # its meaning names no such quantity
                found = next(((written, sign, (place, position)) for quantity, sign, written, position
                              in self._pattern_values(place) if quantity == atom
                              and self._reads_back(pattern, written, atom, sign)), None)
                if found is not None:
                    self.names[atom] = found
                    break
        return self.names[atom]

    def _pattern_values(self, place: int) -> list:
        """[(quantity, sign, written, position)] of every value of the pattern's placeholders (at most
        MAX_VALUES + 1 of them) whose meaning is one quantity, in order."""
        if place not in self._inverted:
            pattern, symbols, found = self.notation.patterns[place], self.symbols, []
            used = [p for p in pattern.placeholders if p not in pattern.unused_placeholders()]
            unused = [p for p in pattern.placeholders if p in pattern.unused_placeholders()]
            ranges = [self._layers if p == "l" else range(self._limit) for p in used]
            for count, values in enumerate(itertools.product(*ranges)):
                if count > MAX_VALUES:
                    break
                bindings = dict(zip(used, (str(v) for v in values)))
                try:
                    meaning = self.notation.meaning(pattern, bindings, {}, symbols)
                except (FormulaError, Unbound):
                    continue
                atom, sign = _atom(meaning)
                if atom is not None:
                    found.append((atom, sign, _written(pattern, {**bindings, **{p: p for p in unused}}), count))
            self._inverted[place] = found
        return self._inverted[place]

    def _number(self, atom, place: int) -> int:
        """``atom``'s place among the names of every pattern inverted in order: its stand-in's name,
        whose order decides the order of a product's factors as printed (the patterns up to the one
        that names it are inverted for it)."""
        while self._through <= place:
            pattern = self.notation.patterns[self._through]
            for quantity, sign, written, _ in self._pattern_values(self._through):
                if quantity not in self._numbers and self._reads_back(pattern, written, quantity, sign):
                    self._numbers[quantity] = len(self._numbers)
            self._through += 1
        return self._numbers[atom]

    def _reads_back(self, pattern, written: str, atom, sign: int) -> bool:
        sup = _script(written, "^")
        if not pattern.sup.startswith(("(", "[")):  # the layer's brackets _written put back: the Sym holds it bare
            sup = re.sub(r"^[\[(](.*)[\])]$", r"\1", sup)
        sym = Sym(pattern.base, _script(written, "_"), sup, pattern.primes)
        try:
            value = Reader(self._context, TrackingEnv({}), "notation").value(sym)
        except (FormulaError, Unbound):
            return False
        return value == sign * atom

    def unnamed(self, expr) -> list:
        """The quantities in ``expr`` the notation does not name (x[0] where it names only the vector, "x" = "x[:]"),
        which latex() writes as symbols.md does, in their order as text; the rate aside, written as the notation's."""
        return sorted((atom for atom in _atoms(sp.sympify(expr)) if atom != self.symbols.eta
                       and self.name(atom) is None), key=str)

    def latex(self, expr) -> str:
        expr = sp.sympify(expr)
        replacements, names = {}, {}
        for atom in _atoms(expr):
            found = self.name(atom)
            if found is not None:
                written, sign, (place, _) = found
                stand_in = sp.Symbol(f"notation{self._number(atom, place)}", real=True)
                replacements[atom] = sign * stand_in
                names[stand_in] = _shown(written)
        printer = _Printer(names, self.learning_rate, self.symbols.eta)
        return printer.doprint(expr.xreplace(replacements))

    # A quantity the notation does not name keeps its name of symbols.md, W1[2,1]: its LaTeX spelling
    # W^{(1)}_{2,1} could collide with a letter the notation gives another meaning.

    def symbol(self, atom) -> str:
        found = self.name(atom)
        if found is not None and found[1] == 1:
            return _shown(found[0])
        return self.latex(atom)


class _Printer(TexPrinter):
    def __init__(self, names: dict, learning_rate: str, eta):
        super().__init__({"order": "none", "mul_symbol": "dot"})
        self.names = names
        self.learning_rate = learning_rate
        self.eta = eta

    def _print_Symbol(self, expr, style="plain"):
        if expr in self.names:
            return self.names[expr]
        if expr == self.eta:
            return self.learning_rate
        if re.fullmatch(r"b\d+", expr.name):
            return expr.name
        return super()._print_Symbol(expr, style=style)

    def _print_Indexed(self, expr):
        return f"{expr.base.name}[{','.join(self._print(index) for index in expr.indices)}]"


#: the names a meaning is written with (SymPy syntax: W1[k, i], an activation's name before (z3[n]))
_NAME = lazy_pattern(r"[A-Za-z_][A-Za-z_0-9]*")
#: names symbols.md gives one quantity twice (parsing.namespace)
_ALIASES = ({"x", "a0"}, {"y", "t"})


def _atoms(expr) -> list:
    """The quantities of ``expr``: its entries (W3[m, k]) and its symbols that are no entry's array (W3 of W3[m, k])."""
    indexed = [atom for atom in expr.free_symbols if isinstance(atom, sp.Indexed)]
    labels = {atom.base.label for atom in indexed}
    return indexed + [atom for atom in expr.free_symbols if isinstance(atom, sp.Symbol) and atom not in labels]


def _names_of(atom) -> set | None:
    """The names a meaning must use to mean ``atom`` (W3 for W3[2, 5]); None if that is not known."""
    name = atom.base.name if isinstance(atom, sp.Indexed) else getattr(atom, "name", None)
    if name is None:
        return None
    return next((set(alias) for alias in _ALIASES if name in alias), {name})


def _atom(meaning):
    if isinstance(meaning, (sp.Indexed, sp.Symbol)):
        return meaning, 1
    if isinstance(meaning, sp.Mul) and len(meaning.args) == 2 and meaning.args[0] == -1 and isinstance(
            meaning.args[1], (sp.Indexed, sp.Symbol)):
        return meaning.args[1], -1
    return None, 1


def _written(pattern, bindings: dict) -> str:
    """The pattern's text with its placeholders replaced by their values."""
    def fill(script: str) -> str:
        parts = re.findall(r"\\[A-Za-z]+|.", script)
        return "".join(bindings.get(part, part) for part in parts)

    out = pattern.base + "'" * pattern.primes
    sub, sup = fill(pattern.sub), fill(pattern.sup)
    # the layer's brackets as the table writes them, Ng's A^{[l]} and Bishop's w_{kj}^{(2)} (the loader keeps the
    # layer alone, l and 2): A^{[2]}, not A^{2}, a square to the reader of the course's pages
    bracket = re.search(r"\^\s*\{?\s*([\[(])", pattern.text)
    if sup and bracket and not sup.startswith(("(", "[")):
        sup = bracket.group(1) + sup + {"(": ")", "[": "]"}[bracket.group(1)]
    if sub:
        out += "_{" + sub + "}"
    if sup:
        out += "^{" + sup + "}"
    return out


def _shown(written: str) -> str:
    """A name as printed: a call pattern's, ``List.get(outs, ·)_{0}``, as its call, ``List.get(outs, 0)``."""
    call = re.fullmatch(r"(.*(?:\)|" + re.escape(INDEXED_CALL_END) + r"))_\{([^{}]*)\}", written)
    return Sym(call.group(1), call.group(2), parenthesised=True).text() if call else written


def _script(written: str, mark: str) -> str:
    match = re.search(re.escape(mark) + r"\{([^{}]*)\}", written)
    return match.group(1) if match else ""
