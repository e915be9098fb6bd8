"""Code's loop statement written with parentheses for its indices, MATLAB's, Octave's, Fortran's and Julia's
``b2(k) = b2(k) - lr * deltas(k)`` and ``W(i,j) = W(i,j) - eta*d(i)*h(j)``: the statement its brackets write,
``b2[k] = b2[k] - lr * deltas[k]``, one rule for both (reading_entries reads code's bracket of letters: the left
side's brackets give its letters their values, a name indexed so on the right the same entry).

A call ``X(i, j)`` is read as ``X[i, j]`` where the claim's left side is such a call and

- X names a vector or matrix whole, in the notation (``"deltas" = "delta2[:]"``, ``"W" = "W2[:, :].T"``) or as
  symbols.md's own name (``b2``, ``W2``), and is no function of the notation's nor its loss or rate (a declared
  ``f(z)`` on both sides is an equality of the function's values, never an index);
- each argument is a bare letter that can be a loop's variable (Notation.loop_word: never x, y, t, a, z, ...), no
  two alike, and no pattern of the notation counts it from another number than 0 (``"d(j)" = "delta2[j-1]"`` says
  the page counts from 1, which the left side's bracket, counted from 0, would not pair);
- the notation names no pattern for the call itself (``"Weights(k)" = ...``, notation_layers.parenthesised_entry,
  read as the notation writes it).

Where the left side is such a call, in a statement of code (no TeX command nor brace: mathematics' ``w(n) =
w(n-1) - ...`` is a time step, ``w(t+1) = w(t) - ...`` read as such), every call of the statement meeting these conditions is rewritten, the left side's
own included; a statement whose left side is no such call is left as written (its parentheses read as before: a
function's input, MATLAB's entry the notation names, a product). The counting from 0 is no guess: every entry the
rule names is indexed by the same loop letters, and the rule is judged at each of their values, so a loop from 1
pairs the same entries. Whole numbers in the parentheses (MATLAB's ``W(1, k)``, counted from 1, VB's from 0) are
left to the notation's patterns.
"""

from __future__ import annotations

import dataclasses

from .accumulation import CODE_STATEMENT
from .formula_validation import array_sizes
from .notation import Unbound
from .notation_layers import parenthesised_entry
from .quantities import FormulaError
from .reading import Reader
from .reading_base import Context, _is_matrix
from .reading_entries import letter_offsets
from .syntax_tree import Apply, Relation, Sym


def loop_entries_in_brackets(relation: Relation, context: Context, text: str) -> Relation:
    """``relation`` (``text`` as written) with its parenthesised entries written in code's brackets (see the module
    docstring); as it is where its left side is no such entry or ``text`` is no statement of code."""
    if not relation.members or not CODE_STATEMENT.fullmatch(text) or _bracketed(relation.members[0], context) is None:
        return relation
    return dataclasses.replace(relation, members=[_rewritten(member, context) for member in relation.members])


def _rewritten(node, context: Context):
    """``node`` with every call _bracketed reads as code's entry written so."""
    if isinstance(node, Apply) and (entry := _bracketed(node, context)) is not None:
        return entry
    if isinstance(node, tuple):
        return tuple(_rewritten(item, context) for item in node)
    if isinstance(node, list):
        return [_rewritten(item, context) for item in node]
    if dataclasses.is_dataclass(node) and not isinstance(node, Sym):
        return dataclasses.replace(node, **{part.name: _rewritten(getattr(node, part.name), context)
                                            for part in dataclasses.fields(node) if part.init})
    return node


def _bracketed(node, context: Context) -> Sym | None:
    """``X[i, j]`` for the call ``X(i, j)`` of a vector's or matrix's name at loop letters; None for any other node."""
    if not isinstance(node, Apply) or node.spaced or node.prime_after or node.name_primed:
        return None
    symbol, notation = node.symbol, context.notation
    if symbol.sup or symbol.primes or symbol.bracket is not None:
        return None
    # b2(k): the parser's b_2, its digits glued, is symbols.md's b2 (b2[k] as its brackets are); o_grid(j) o_{grid}
    name, sub = (symbol.base + symbol.sub, "") if symbol.glued else (symbol.base, symbol.sub)
    letters = [arg.base for arg in node.args if isinstance(arg, Sym) and not (
        arg.sub or arg.sup or arg.primes or arg.bracket is not None) and notation.loop_word(arg.base)]
    if not letters or len(letters) != len(node.args) or len(set(letters)) != len(letters) \
            or any(letter_offsets(notation, letter) - {0} for letter in letters):
        return None
    whole = Sym(name, sub, position=symbol.position)
    reader = Reader(context, {}, "")
    if notation.function_of(symbol)[0] is not None or notation.function_of(whole)[0] is not None \
            or name in notation.functions or reader._is_loss(whole) or reader.is_rate(whole):
        return None
    if not sub and name not in notation.bases and name in array_sizes(context.symbols):
        return Sym(name, bracket=", ".join(letters), position=symbol.position)  # symbols.md's own b2, W2
    try:
        if parenthesised_entry(notation, symbol, node.args, reader.fail) is not None:
            return None
        value = reader.value(whole)
    except (FormulaError, Unbound):
        return None
    if not _is_matrix(value):
        return None
    return Sym(name, sub, bracket=", ".join(letters), position=symbol.position)
