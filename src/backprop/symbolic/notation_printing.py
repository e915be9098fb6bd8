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

from .notation import Notation, Unbound
from .printing import TexPrinter
from .quantities import FormulaError, NetworkSymbols
from .reading import Reader
from .reading_base import Context, TrackingEnv
from .calculus import NetworkCalculus
from .syntax_tree import Sym

MAX_VALUES = 4096


class NotationPrinter:
    """LaTeX of expressions in the network's quantities, with the notation's symbols."""

    def __init__(self, notation: Notation, symbols: NetworkSymbols):
        self.notation = notation
        self.symbols = symbols
        self.names: dict = {}
        context = Context(symbols, notation, NetworkCalculus(symbols))
        limit = max(symbols.units(layer) for layer in range(symbols.depth + 1)) + 2
        for pattern in notation.patterns:
            used = [p for p in pattern.placeholders if p not in pattern.unused_placeholders()]
            unused = [p for p in pattern.placeholders if p in pattern.unused_placeholders()]
            ranges = [range(1, symbols.depth + 1) if p == "l" else range(limit) for p in used]
            for count, values in enumerate(itertools.product(*ranges)):
                if count > MAX_VALUES:
                    break
                bindings = dict(zip(used, (str(v) for v in values)))
                try:
                    meaning = notation.meaning(pattern, bindings, {}, symbols)
                except (FormulaError, Unbound):
                    continue
                atom, sign = _atom(meaning)
                if atom is None or atom in self.names:
                    continue
                written = _written(pattern, {**bindings, **{p: p for p in unused}})
                if self._reads_back(context, pattern, written, atom, sign):
                    self.names[atom] = (written, sign)
        self.learning_rate = notation.learning_rate[0] if notation.learning_rate else r"\eta"
        self.loss = notation.loss[0] if notation.loss else "L"

    def _reads_back(self, context: Context, pattern, written: str, atom, sign: int) -> bool:
        sym = Sym(pattern.base, _script(written, "_"), _script(written, "^"), pattern.primes)
        try:
            value = Reader(context, TrackingEnv({}), "notation").value(sym)
        except (FormulaError, Unbound):
            return False
        return value == sign * atom

    def latex(self, expr) -> str:
        replacements, names = {}, {}
        for number, (atom, (written, sign)) in enumerate(self.names.items()):
            if expr.has(atom):
                stand_in = sp.Symbol(f"notation{number}", real=True)
                replacements[atom] = sign * stand_in
                names[stand_in] = written
        printer = _Printer(names, self.learning_rate, self.symbols.eta)
        return printer.doprint(sp.sympify(expr).xreplace(replacements))

    # A quantity the notation does not name keeps its name of symbols.md, W1[2,1]: its LaTeX spelling
    # W^{(1)}_{2,1} could collide with a letter the notation gives another meaning.

    def symbol(self, atom) -> str:
        if atom in self.names and self.names[atom][1] == 1:
            return self.names[atom][0]
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
    if sub:
        out += "_{" + sub + "}"
    if sup:
        out += "^{" + sup + "}"
    return out


def _script(written: str, mark: str) -> str:
    match = re.search(re.escape(mark) + r"\{([^{}]*)\}", written)
    return match.group(1) if match else ""
