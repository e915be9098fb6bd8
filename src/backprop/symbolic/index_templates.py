"""A formula with the whole-number indices of its entries lifted out as arguments: one compiled form
for the same formula at every unit.

Checking a claim compiles the truth and the claim's members at each unit and weight it is judged at
(``Heaviside(z1[3])``, ``Heaviside(z1[4])``, ...): formulas that differ only in which entries they
read. ``index_template`` writes each distinct whole-number index as a fixed symbol (``z1[n0]``) and
returns the numbers it stands for, so the compiled form is shared and given the numbers when called.
Equal numbers get the same symbol, so no two entries that differ become equal and none that are
equal become two: the template is the formula itself, with names for its indices.
"""

from __future__ import annotations

from functools import lru_cache

import sympy as sp

from .large_formulas import distinct_nodes, xreplaced


@lru_cache(maxsize=None)
def template_index(position: int) -> sp.Symbol:
    """The symbol standing for a formula's ``position``-th distinct whole-number index (a name no
    reading makes: symbols.md's quantities and the rule's letters never open with an underscore)."""
    return sp.Symbol(f"_entry_index_{position}", integer=True, nonnegative=True)


@lru_cache(maxsize=1 << 14)
def _entry(base: sp.IndexedBase, indices: tuple) -> sp.Indexed:
    """``base[indices]``, built once: building an Indexed works out its assumptions (a third of templating
    seed 001's formulas), and the templates' entries are few (z1[_entry_index_0], W2[_entry_index_0,
    _entry_index_1], ...), each in hundreds of formulas."""
    return base[indices]


# Remembered by the formula: the same formula is compiled again by each Compiled made of it (the truth at
# a unit once per member it is compared with; seed 001 templates 6,650 formulas, 2,450 of them distinct),
# and its rewriting walks the whole formula each time. SymPy's equality tells Float(1.0) from 1.
@lru_cache(maxsize=4096)
def index_template(expr: sp.Expr) -> tuple[sp.Expr, tuple[int, ...]]:
    """(``expr`` with each whole-number index of an entry written ``template_index(n)``, the numbers
    n stands for, in order); ``expr`` itself and () where it has a Sum (whose printers bind their own
    letters) or no such index."""
    nodes = distinct_nodes(expr)
    if any(isinstance(node, sp.Sum) for node in nodes):
        return expr, ()
    entries = sorted((node for node in nodes if isinstance(node, sp.Indexed)
                      and any(index.is_Integer for index in node.indices)), key=sp.default_sort_key)
    numbers: dict[int, sp.Symbol] = {}
    replacements = {}
    for entry in entries:
        indices = []
        for index in entry.indices:
            if index.is_Integer and int(index) >= 0:
                indices.append(numbers.setdefault(int(index), template_index(len(numbers))))
            else:
                indices.append(index)
        replacements[entry] = _entry(entry.base, tuple(indices))
    if not replacements:
        return expr, ()
    # (its functions as they were: SymPy found nothing to work out in them with the numbers, and finds
    # nothing with the symbols, which say less about the entries than the numbers did; the same templates
    # as evaluated, all 2,458 of seed 001's, in half the time)
    return xreplaced(expr, replacements, functions_as_built=True), tuple(numbers)
