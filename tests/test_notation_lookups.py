"""A notation's remembered lookups (notation_lookups.py) give what working them out gives, and keep to their bound."""

from __future__ import annotations

import pytest

from backprop.symbolic import notation_lookups
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.syntax_tree import Sym

TABLE = {"symbols": {"O_{0}^{0}": "1", "O_{i}^{l}": "a{l}[i-1]", "v_{jk}": "W2[k-1, j-1]"}}


def _lookups(notation) -> list:
    """Each symbol's (patterns, bindings, read, listed) at a few index values, read twice (the second time as
    remembered)."""
    found = []
    for _ in range(2):
        for sym, env in ((Sym("O", "i", "0"), {"i": 0}), (Sym("O", "i", "0"), {"i": 2}), (Sym("O", "i", "l"), {}),
                         (Sym("v", "jk"), {"j": 1, "k": 2}), (Sym("v", "jk"), {"j": 1.0, "k": 2}),
                         (Sym("O", "0", "0"), {"L": 3})):
            candidates, read, listed = notation.candidates_at(sym, env)
            found.append(([(pattern.text, bindings) for pattern, bindings in candidates], read, listed))
    return found


def test_remembered_lookups_are_the_lookups(monkeypatch):
    remembered = _lookups(notation_from_table(TABLE, "test"))
    monkeypatch.setattr(notation_lookups, "KEPT", 0)  # nothing kept: every lookup worked out afresh
    assert _lookups(notation_from_table(TABLE, "test")) == remembered
    # O_i^0 at i = 0 is the constant unit's pattern, its i read as a value
    assert remembered[0][0][0][0] == "O_{0}^{0}" and remembered[0][1] == "i"


def test_each_store_keeps_at_most_its_bound(monkeypatch):
    monkeypatch.setattr(notation_lookups, "KEPT", 3)
    notation = notation_from_table(TABLE, "test")
    for value in range(50):
        notation.candidates_at(Sym("O", "i", "0"), {"i": value})
    stores = [store for key, store in notation._cache.items() if key in ("candidates at values", "script letters")]
    assert stores and all(len(store) <= 3 for store in stores)


@pytest.mark.parametrize("value", [[1], {"x": 1}])
def test_an_unhashable_index_value_is_looked_up_as_it_is(value):
    notation = notation_from_table(TABLE, "test")
    candidates, _, _ = notation.candidates_at(Sym("O", "i", "l"), {"i": value})
    assert [pattern.text for pattern, _ in candidates] == ["O_{i}^{l}"]
