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
pairs the same entries; only the letters pattern-named calls of the same statement give (``h(j)`` beside
``"h(j)" = "a1[j-1]"``) are counted as the patterns count them. Where the patterns count every such letter from 1
(batch 142's Fortran, ``w_ho(j, k) = w_ho(j, k) + lr * delta_out(k) * hidden(j)``) and the statement's language
counts its parentheses from 1 (from_one: MATLAB's own marks, or no language's marks, Fortran's statement), the page
counts every entry so: ``w_ho[j-1, k-1]``, a whole number too (``w_ho(j, 1)``, ``w_ho[j-1, 0]``); where the language
may count from 0 (a ``;`` without MATLAB's marks, C's marks: C++'s Eigen) that is refused naming both readings.
Otherwise whole numbers in the parentheses (MATLAB's ``W(1, k)``, counted from 1, VB's from 0) are left to the
notation's patterns, but for the one entry of a layer of one unit (``b_out(1)``, ``b_out(0)``: the other number is
no entry of it). An update whose left side is a call of a name given whole that none of these reads (``b_hid(1) =
b_hid(1) + ...`` on a layer of two units) is refused: read as the vector written with an input, the step would be
judged as an equality, a right update called wrong.

A call the notation names by a pattern, ``hidden(j)`` beside ``"hidden(j)" = "a1[j]"``, where it names the bare
``hidden`` too (``"hidden" = "a1[:]"``: in mathematics' text hidden times (j) as much as its entry), is the entry in
a statement of code: one that shows a language's marks (code_language) or a loop's statement above (batch 142's C++
``delta_hidden(j) = delta_output * weights2(j) * sigmoid_derivative(hidden(j));``): no language writes a product so.
"""

from __future__ import annotations

import dataclasses

from .accumulation import CODE_STATEMENT
from .code_language import code_language
from .formula_validation import array_sizes
from .notation import Unbound
from .notation_layers import parenthesised_entry
from .quantities import FormulaError
from .reading import Reader
from .reading_base import Context, _is_matrix, _show
from .reading_code_counting import letter_offsets
from .syntax_tree import Apply, Num, Relation, Sym, nodes_of


def loop_entries_in_brackets(relation: Relation, context: Context, text: str, written: str = "") -> Relation:
    """``relation`` (``text`` as written) with its parenthesised entries written in code's brackets (see the module
    docstring); as it is where its left side is no such entry or ``text`` is no statement of code. ``written``: the
    formula as the page wrote it (its ``;``, ``.*`` and C's marks still there), which says its language's counting."""
    if not relation.members or not CODE_STATEMENT.fullmatch(text):
        return relation
    counting = _counting(relation, context, written or text)
    loop = _bracketed(relation.members[0], context, counting, left=True) is not None \
        or _single(relation.members[0], context) is not None
    if not loop:
        _whole_entry_updated(relation, context)
    # a language's marks, or a loop's statement to an entry: hidden(j) is the entry the notation names, no product
    named = loop or code_language(written or text) is not None
    return dataclasses.replace(relation, members=_rewritten(relation.members, lambda node: (
        loop and (_bracketed(node, context, counting) or _single(node, context))) or (
        named and _named_entry(node, context)) or None))


@dataclasses.dataclass(frozen=True)
class _Counting:
    """How a statement's calls the notation's patterns name (``hidden(j)`` beside ``"hidden(j)" = "a1[j-1]"``) count
    the letters they are given (``counted``): ``first`` 1 where the patterns count every one of them from 1, else 0;
    ``from_one``, whether the statement's language counts its parentheses from 1 (from_one); ``call``, one such call
    as written, for a refusal."""
    counted: frozenset
    first: int
    from_one: bool
    call: str


def _counting(relation: Relation, context: Context, written: str) -> _Counting:
    """The statement's _Counting (a letter inside an argument, ``hidden(j+1)``, is given to the call too)."""
    notation = context.notation
    letters, calls = set(), []
    for call in nodes_of(relation.members, Apply):
        try:
            named = parenthesised_entry(notation, call.symbol, call.args, lambda message: None)
        except (FormulaError, Unbound):
            named = None
        if named is not None:
            calls.append(_show(call))
            letters.update(sym.base for sym in nodes_of(list(call.args), Sym) if notation.loop_word(sym.base))
    offsets = set().union(*(letter_offsets(notation, letter) for letter in letters)) if letters else set()
    return _Counting(frozenset(letters), 1 if offsets == {-1} else 0, from_one(written), calls[0] if calls else "")


def from_one(written: str) -> bool:
    """Whether the statement ``written`` is of a language counting its parenthesised indices from 1: Octave's own
    marks and none of C's (MATLAB's .*, end, X(:, j)), or no language's marks at all (no statement's ``;``, no typed
    declaration, compound assignment, bracket or ``//``: Fortran's statement, MATLAB's unended one). C's marks or a
    ``;`` without Octave's marks may be C++'s Eigen (or Armadillo), whose ``v(j)`` counts from 0."""
    return code_language(written) in ("octave", None)


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


def _named_entry(node, context: Context) -> Sym | None:
    """The entry ``hidden_{j}`` for the call ``hidden(j)`` in a statement of code where the notation names both
    ``hidden`` and ``hidden(j)`` (a product in mathematics' text, no language's); None for any other node."""
    if not isinstance(node, Apply) or node.spaced:
        return None
    entry = parenthesised_entry(context.notation, node.symbol, node.args, lambda message: None)
    bare = Sym(node.symbol.base, position=node.symbol.position)
    return entry if entry is not None and any(pattern.match(bare) is not None
                                              for pattern in context.notation.patterns) else None


def _rewritten(node, entry_of):
    """``node`` with every call ``entry_of`` reads as an entry written so."""
    if isinstance(node, Apply) and (entry := entry_of(node)) is not None:
        return entry
    if isinstance(node, tuple):
        return tuple(_rewritten(item, entry_of) for item in node)
    if isinstance(node, list):
        return [_rewritten(item, entry_of) for item in node]
    if dataclasses.is_dataclass(node) and not isinstance(node, Sym):
        return dataclasses.replace(node, **{part.name: _rewritten(getattr(node, part.name), entry_of)
                                            for part in dataclasses.fields(node) if part.init})
    return node


def _bracketed(node, context: Context, counting: _Counting, left: bool = False) -> Sym | None:
    """``X[i, j]`` for the call ``X(i, j)`` of a vector's or matrix's name at loop letters; None for any other node.
    Where the statement's pattern-named calls count their letters from 1 (``counting.first``) in a language counting
    from 1, every index is counted so, ``X[i-1, j-1]`` (a whole number too: ``X(j, 1)`` is ``X[j-1, 0]``); where its
    language may count from 0 that is refused on the ``left`` side, naming both readings (None elsewhere). Otherwise a
    letter the calls give must be counted from 0 by the patterns."""
    if not isinstance(node, Apply):
        return None
    notation = context.notation
    letters = [arg.base for arg in node.args if isinstance(arg, Sym) and not (
        arg.sub or arg.sup or arg.primes or arg.bracket is not None) and notation.loop_word(arg.base)]
    numbers = [arg.text for arg in node.args if isinstance(arg, Num) and arg.text.isdigit()] if counting.first else []
    if not (letters or numbers) or len(letters) + len(numbers) != len(node.args) or len(set(letters)) != len(letters) \
            or not counting.first and any(letter in counting.counted and letter_offsets(notation, letter) - {0}
                                          for letter in letters):
        return None
    named = _entry_of_whole(node, context)
    if named is None or not named[2] or counting.first and not counting.from_one and not left:
        return None
    if not counting.first:
        return Sym(named[0], named[1], bracket=", ".join(letters), position=node.symbol.position)
    written = [arg.base if isinstance(arg, Sym) else arg.text for arg in node.args]
    from_one = [f"{index}-1" if not index.isdigit() else str(int(index) - 1) for index in written]
    if not counting.from_one:
        whole = _show(node.symbol)
        raise FormulaError(
            f"{_show(node)}: {counting.call} counts its index from 1 (the notation's pattern), and the statement's"
            f" language may count its parentheses from 0 (a ; or C's marks: C++'s Eigen); counted from 1, as Fortran"
            f" and MATLAB count, {_show(node)} is {whole}'s entry [{', '.join(from_one)}], counted from 0 its entry"
            f" [{', '.join(written)}], and the two pair other units; write the entry in code's brackets as meant"
            f" ({whole}[{', '.join(from_one)}]), or show the language (MATLAB's .*)")
    return Sym(named[0], named[1], bracket=", ".join(from_one), position=node.symbol.position)


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
