"""Code's loop statement written with parentheses for its indices, MATLAB's, Octave's, Fortran's and Julia's
``b2(k) = b2(k) - lr * deltas(k)`` and ``W(i,j) = W(i,j) - eta*d(i)*h(j)``: the statement its brackets write,
``b2[k] = b2[k] - lr * deltas[k]``, one rule for both (reading_entries reads code's bracket of letters: the left
side's brackets give its letters their values, a name indexed so on the right the same entry).

A call ``X(i, j)`` is read as ``X[i, j]`` where the claim's left side is such a call and

- X names a vector or matrix whole, in the notation (``"deltas" = "delta2[:]"``, ``"W" = "W2[:, :].T"``) or as
  symbols.md's own name (``b2``, ``W2``), and is no function of the notation's nor its loss or rate (a declared
  ``f(z)`` on both sides is an equality of the function's values, never an index);
- each argument is a bare letter that can be a loop's variable (Notation.loop_word: never x, y, t, a, z, ...), no
  two alike;
- the notation names no pattern for the call itself (``"Weights(k)" = ...``, notation_layers.parenthesised_entry,
  read as the notation writes it).

Where the left side is such a call, in a statement of code (no TeX command nor brace: mathematics' ``w(n) =
w(n-1) - ...`` is a time step, ``w(t+1) = w(t) - ...`` read as such), every call of the statement meeting these conditions is rewritten, the left side's
own included; a statement whose left side is no such call is left as written (its parentheses read as before: a
function's input, MATLAB's entry the notation names, a product). The counting from 0 is no guess: every entry the
rule names is indexed by the same loop letters, and the rule is judged at each of their values, so a loop from 1
pairs the same entries; only a letter a pattern-named call of the same statement gives (``h(j)`` beside
``"h(j)" = "a1[j-1]"``) must be counted from 0 by the patterns. Whole numbers in the parentheses (MATLAB's
``W(1, k)``, counted from 1, VB's from 0) are left to the notation's patterns, but for the one entry of a layer of one
unit (``b_out(1)``, ``b_out(0)``: the other number is no entry of it). An update whose left side is a call of a name
given whole that none of these reads (``b_hid(1) = b_hid(1) + ...`` on a layer of two units) is refused: read as the
vector written with an input, the step would be judged as an equality, a right update called wrong.
"""

from __future__ import annotations

import dataclasses

from .accumulation import CODE_STATEMENT
from .formula_validation import array_sizes
from .notation import Unbound
from .notation_layers import parenthesised_entry
from .quantities import FormulaError
from .reading import Reader
from .reading_base import Context, _is_matrix, _show
from .reading_entries import letter_offsets
from .syntax_tree import Apply, Num, Relation, Sym, nodes_of


def loop_entries_in_brackets(relation: Relation, context: Context, text: str) -> Relation:
    """``relation`` (``text`` as written) with its parenthesised entries written in code's brackets (see the module
    docstring); as it is where its left side is no such entry or ``text`` is no statement of code."""
    if not relation.members or not CODE_STATEMENT.fullmatch(text):
        return relation
    counted = _counted_letters(relation, context)
    if _bracketed(relation.members[0], context, counted) is None and _single(relation.members[0], context) is None:
        _whole_entry_updated(relation, context)
        return relation
    return dataclasses.replace(relation, members=[_rewritten(member, context, counted) for member in relation.members])


def _counted_letters(relation: Relation, context: Context) -> set:
    """The letters the statement gives a call the notation's patterns name (``hidden(j)`` beside ``"hidden(j)" =
    "a1[j-1]"``): those the patterns count, which a bracket counted from 0 would not pair."""
    notation = context.notation
    letters = set()
    for call in nodes_of(relation.members, Apply):
        try:
            named = parenthesised_entry(notation, call.symbol, call.args, lambda message: None)
        except (FormulaError, Unbound):
            named = None
        if named is not None:
            letters.update(arg.base for arg in call.args if isinstance(arg, Sym))
    return letters


def _whole_entry_updated(relation: Relation, context: Context) -> None:
    """Refuse ``b_out(1) = b_out(1) + ...`` (Fortran's, MATLAB's entry by number; or at a letter the statement's
    other calls count from 1) of a vector the notation names whole: read as the whole vector written with an
    input, the step would be judged as an equality, a right update called wrong."""
    left = relation.members[0]
    if not isinstance(left, Apply) or _entry_of_whole(left, context) is None or not any(
            (call.symbol.base, call.symbol.sub) == (left.symbol.base, left.symbol.sub)
            for call in nodes_of(relation.members[1:], Apply)):
        return
    written = _show(left)
    raise FormulaError(f"{written}: an entry of {_show(left.symbol)}, which the notation names whole, written in"
                       " parentheses (MATLAB's, Fortran's: counted from 1; Scala's, VB's: from 0) where its index is a"
                       " number or a letter the statement's other names count from 1, so nothing says which entry it is;"
                       f" write the statement of the whole vector ({_show(left.symbol)} = ...), or the entry in code's"
                       " brackets at a loop's letter")


def _rewritten(node, context: Context, counted: set):
    """``node`` with every call _bracketed reads as code's entry written so."""
    if isinstance(node, Apply) and (entry := _bracketed(node, context, counted) or _single(node, context)) is not None:
        return entry
    if isinstance(node, tuple):
        return tuple(_rewritten(item, context, counted) for item in node)
    if isinstance(node, list):
        return [_rewritten(item, context, counted) for item in node]
    if dataclasses.is_dataclass(node) and not isinstance(node, Sym):
        return dataclasses.replace(node, **{part.name: _rewritten(getattr(node, part.name), context, counted)
                                            for part in dataclasses.fields(node) if part.init})
    return node


def _bracketed(node, context: Context, counted: set) -> Sym | None:
    """``X[i, j]`` for the call ``X(i, j)`` of a vector's or matrix's name at loop letters; None for any other node.
    A letter in ``counted`` (the statement's pattern-named calls give it) must be counted from 0 by the patterns."""
    if not isinstance(node, Apply):
        return None
    notation = context.notation
    letters = [arg.base for arg in node.args if isinstance(arg, Sym) and not (
        arg.sub or arg.sup or arg.primes or arg.bracket is not None) and notation.loop_word(arg.base)]
    if not letters or len(letters) != len(node.args) or len(set(letters)) != len(letters) \
            or any(letter in counted and letter_offsets(notation, letter) - {0} for letter in letters):
        return None
    named = _entry_of_whole(node, context)
    if named is None or not named[2]:
        return None
    return Sym(named[0], named[1], bracket=", ".join(letters), position=node.symbol.position)


def _single(node, context: Context) -> Sym | None:
    """The whole name for ``b_out(1)`` (or ``b_out(0)``) where the notation's b_out is a layer of one unit: its one
    entry, whether the language counts from 1 or from 0 (the other number is no entry of it)."""
    if not isinstance(node, Apply) or len(node.args) != 1 or not isinstance(node.args[0], Num) \
            or node.args[0].text not in ("0", "1"):
        return None
    named = _entry_of_whole(node, context)
    return None if named is None or named[2] else Sym(named[0], named[1], position=node.symbol.position)


def _entry_of_whole(node: Apply, context: Context) -> tuple | None:
    """(name, subscript, whether a vector or matrix) where the call ``node`` is of a name the notation (or
    symbols.md) gives a layer's values whole (a number where the layer has one unit), no function's, loss's or
    rate's, and no pattern names the call; None elsewhere."""
    if node.spaced or node.prime_after or node.name_primed:
        return None
    symbol, notation = node.symbol, context.notation
    if symbol.sup or symbol.primes or symbol.bracket is not None:
        return None
    # b2(k): the parser's b_2, its digits glued, is symbols.md's b2 (b2[k] as its brackets are); o_grid(j) o_{grid}
    name, sub = (symbol.base + symbol.sub, "") if symbol.glued else (symbol.base, symbol.sub)
    whole = Sym(name, sub, position=symbol.position)
    reader = Reader(context, {}, "")
    if notation.function_of(symbol)[0] is not None or notation.function_of(whole)[0] is not None \
            or name in notation.functions or reader._is_loss(whole) or reader.is_rate(whole):
        return None
    if not sub and name not in notation.bases and name in array_sizes(context.symbols):
        return name, "", True  # symbols.md's own b2, W2
    try:
        if parenthesised_entry(notation, symbol, node.args, reader.fail) is not None:
            return None
        value = reader.value(whole)
    except (FormulaError, Unbound):
        return None
    if _is_matrix(value):
        return name, sub, True
    # a layer of one unit's value, where a pattern names it whole ("b_out" = "b2[:]"), never a bare letter's default
    named = any(":" in pattern.meaning and pattern.match(whole) is not None for pattern in notation.patterns)
    return (name, sub, False) if named and getattr(value, "free_symbols", None) else None
