"""Whether a loop's bound covers the range its letter indexes: the one definition every loop reader that takes a
bound uses (code_loop_headers: a C-family header before its statement, JavaScript's push inside it, Python's
comprehension over range(n), Kotlin's ``DoubleArray(n) { i -> ... }`` and its kin, Rust's ``(0..n).map(|i|
...).collect()``).

A loop ``for (j = 0; j < B; j++) stmt`` read as ``stmt`` with j free judges j over the whole range of the arrays it
indexes; that is the loop only where B's value is that range's count. The bound's value is known where it is
- a whole number (``j < 2``);
- a name the notation gives a whole number (``"OUTPUT_NODES" = "2"``, ``"this.outputSize" = "2"``);
- the length of an array the notation names (``outputs.length``, ``len(outputs)``, ``W2.size()``, ``o.len()``, ``n.length``
  where ``"n" = "a2[:]"`` or ``"outputs[i]" = "a2[i]"``): its entries' count, the network's.
The range is the count of the entries the letter indexes on the statement's left side (``bias_ON[j]`` with
``"bias_ON[i]" = "b2[i]"``: b2's entries), else in the whole statement, where the notation's patterns agree on one.
A bound of another value (the hidden layer's count over the outputs' biases) is refused in one line naming both
ranges; a bound with no value is refused saying to give it in the notation (the program's constant is not read)."""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern

# an array's entry as code writes it: name[a][b] or name[a, b]
_ACCESS = lazy_pattern(r"(?<![\w$.])(?P<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*"
                       r"(?P<brackets>(?:\[[^\[\]]*\]\s*)+)", needs=("[",))
# a length: outputs.length, this.outputs.length, W2.size(), v.Length, v.Count, len(v), v.size, Rust's v.len()
_LENGTH = lazy_pattern(r"(?:len\(\s*(?P<called>[A-Za-z_$][\w$.]*)\s*\)|(?P<owner>[A-Za-z_$][\w$.]*?)\.(?:length|Length"
                       r"|Count|size|count|len)(?:\(\))?)")


def _indices(brackets: str) -> list[str]:
    return [index.strip() for bracket in re.findall(r"\[([^\[\]]*)\]", brackets) for index in bracket.split(",")]


def _placeholder_of(index: str, placeholders: tuple) -> str | None:
    """The placeholder a meaning's index counts by (``j`` of ``j``, ``j-1``, ``j + 1``); None for another index."""
    found = re.fullmatch(r"([A-Za-z_]\w*)\s*(?:[+-]\s*\d+)?", index.strip())
    return found.group(1) if found and found.group(1) in placeholders else None


def _pattern_sizes(notation, sizes: dict, name: str, position: int) -> set:
    """The counts of the entries that the index at ``position`` of ``name[...]`` runs over, by the notation's patterns
    of ``name`` written with a placeholder there (``"bias_ON[i]" = "b2[i]"``: b2's entries); a pattern naming the
    whole array (``"n" = "a2[:]"``) gives its first ``:``'s count at position 0."""
    counts = set()
    for pattern in notation.patterns:
        access = _ACCESS.fullmatch(pattern.text.strip())
        if access is None or access.group("name") != name:
            whole = pattern.text.strip() == name and position == 0 and not pattern.placeholders
            # a meaning with .T is the array's transpose, whose first index is the meaning's last ":" (W's length
            # of "W" = "W1[:, :].T" the inputs' count, W1's columns; a row's, "a2[:].T", its entries' count)
            first = -1 if pattern.meaning.strip().endswith(".T") else 0
            counts.update(sizes[quantity.array][[place for place, index in enumerate(quantity.indices)
                                                  if index == ":"][first]]
                          for quantity in pattern.quantities
                          if whole and quantity.array in sizes and ":" in quantity.indices
                          and len(quantity.indices) == len(sizes[quantity.array]))
            continue
        written = _indices(access.group("brackets"))
        if position >= len(written) or written[position] not in pattern.placeholders:
            continue
        for quantity in pattern.quantities:
            if quantity.array not in sizes or len(quantity.indices) != len(sizes[quantity.array]):
                continue
            counts.update(sizes[quantity.array][place] for place, index in enumerate(quantity.indices)
                          if _placeholder_of(index, pattern.placeholders) == written[position])
    return counts


def letter_range(statement: str, letter: str, notation, sizes: dict) -> tuple[int, str] | None:
    """(the count of entries ``letter`` indexes in ``statement``, the array that says so), from its left side's
    arrays where they index by it, else the whole statement's; None where the notation's patterns give no one
    count."""
    left = re.split(r"(?<![=<>!])(?:[-+*/]?=)(?!=)", statement, maxsplit=1)[0]
    for part in (left, statement):
        found = {}
        for access in _ACCESS.finditer(part):
            for position, index in enumerate(_indices(access.group("brackets"))):
                if index == letter:
                    for count in _pattern_sizes(notation, sizes, access.group("name"), position):
                        found.setdefault(count, access.group("name"))
        if len(found) == 1:
            return next(iter(found.items()))
        if found:
            return None
    return None


def bound_is_length(bound: str) -> bool:
    """Whether ``bound`` is written as an array's length (``len(x)``, ``x.len()``, ``x.length``)."""
    return _LENGTH.fullmatch(bound.strip()) is not None


def bound_value(bound: str, notation, sizes: dict) -> int | None:
    """The value of a loop's bound where it is known (see the module docstring); None where it is not."""
    bound = bound.strip()
    if bound.isdigit():
        return int(bound)
    for name in (bound, bound.removeprefix("this.").removeprefix("self.")):
        for pattern in notation.patterns:
            if pattern.text.strip() == name and pattern.meaning.strip().isdigit():  # (its letters no placeholders)
                return int(pattern.meaning.strip())
    length = _LENGTH.fullmatch(bound)
    if length is None:
        return None
    owner = length.group("called") or length.group("owner")
    for name in dict.fromkeys((owner, owner.removeprefix("this.").removeprefix("self."))):
        counts = _pattern_sizes(notation, sizes, name, 0)
        if len(counts) == 1:
            return counts.pop()
    return None


def bound_refusal(written: str, letter: str, bound: str, first: int, statement: str, notation,
                  sizes: Callable[[], dict]) -> str | None:
    """Why the loop ``written`` (``letter`` from ``first`` while below ``bound``, or up to it from 1) does not run
    over the whole range ``statement`` reads ``letter`` over; None where it does."""
    known = sizes()
    value = bound_value(bound, notation, known)
    ranged = letter_range(statement, letter, notation, known)
    if value is None:
        # the value as the program defines it, never the range's count: a suggested count would turn a wrong
        # bound (the hidden layer's size over the outputs' biases) into a reading by copying the message
        entries = f" ({ranged[1]}'s entries are {first}..{first + ranged[0] - 1})" if ranged else ""
        return (f"the loop {written} ends {letter} at {bound}, whose value the notation does not give: give it there"
                f' as the program defines it ("{bound}" = "..."), or write the number{entries}')
    if ranged is None:
        return (f"the loop {written} runs {letter} over {first}..{first + value - 1}, and the notation says of no one"
                f" array which entries {letter} indexes in the statement")
    count, array = ranged
    if count != value:
        return (f"the loop {written} runs {letter} over {first}..{first + value - 1}, and {array}'s entries are"
                f" {first}..{first + count - 1}")
    return None
