"""Sums over code's iterators (a part of code_callbacks, which reads the languages' other callbacks): Rust's iterator
chain summed inside a formula and its range's map collected into a vector, and Python's generator summed over zipped
or enumerated arrays.

``w.iter().zip(&x).map(|(&w, &x)| w * x).sum::<f64>()`` (``.sum()`` without its type, ``.into_iter()``, more zips,
``.enumerate()`` for the index, ``*w`` dereferencing a parameter) is the sum over the entries of the closure's body,
each parameter the entry of its array, ``(\\sum_{q} (w[q] * x[q]))``: read as code's entries of what the notation
names whole (reading_entries), its letter one the line does not use, and its last term where the arrays end (arrays
of different lengths are refused there, as Rust's zip would stop at the shortest). ``.fold(0.0, |acc, (&w, &x)| acc
+ w * x)`` is the same sum from the number it starts at (``(0.5 + \\sum ...)``), and ``x.iter().sum::<f64>()`` the
sum of the array's entries. A range's map, ``(0..n).map(|k| w[k] * x[k]).sum::<f64>()``, is the sum over its letter
from 0 to n - 1 (``(0..x.len())``: over every entry), and collected into a vector, ``let d: Vec<f64> =
(0..n).map(|j| BODY).collect();``, the rule for the entry ``d[j] = BODY``, as Python's ``[BODY for j in range(n)]``
(its n a loop's bound, range_collected; code_loop_headers checks it as loop_bounds does a range's).

Python's ``sum(w * x for w, x in zip(ws, xs))`` (a list's brackets inside, ``sum([...])``; more arrays zipped) is
the same sum, ``(\\sum_{q} (ws[q] * xs[q]))``, and ``sum(w * xs[k] for k, w in enumerate(ws))`` with the index the
sum's letter (its sum over a range is code_callbacks' generator sum).

A parameter indexed in the body (``row[j]``, the row of a matrix the chain runs over) is its array's entry indexed,
``w2[q][j]``. A fold whose closure is no total plus a term, and a closure whose pattern does not pair with the chain's
arrays, are refused in one line saying what to write; a chain through ``.flat_map`` is left to code_callback_entries'
refusal.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import balanced, closing_bracket
from .code_callback_entries import (CODE_NAME, CODE_REFERENCE, GENERATOR_TERM, added_term, closure_pairs, dereferenced,
                                    unused_name)
from .quantities import FormulaError, short

# the letters a sum is written over: one the line does not use, and rarely a notation's own pattern letter
_SUM_LETTERS = "qpkjimn"
# Rust's type after .sum, the turbofish ::<f64>
_TURBOFISH = r"(?:::<[^()<>]*>)?"
# an array's iterator, its zips and enumerate, then the call that maps, folds or sums it
_ITERATOR = lazy_pattern(rf"(?<![\w$.])(?P<array>{CODE_REFERENCE})\s*\.(?:into_)?iter\(\)"
                         r"(?P<adaptors>(?:\s*\.(?:zip\([^()]*(?:\(\))?[ \t]*\)|enumerate\(\)))*)"
                         rf"\s*\.(?P<method>map|fold|sum{_TURBOFISH})\(", needs=("iter()",))
# a range from 0, (0..n), (0..3), (0..x.len()), then the call that maps or folds it
_RANGE = lazy_pattern(rf"\(\s*0\s*\.\.\s*(?P<bound>\d+|{CODE_NAME}|{CODE_REFERENCE}\.len\(\))\s*\)"
                      r"\s*\.(?P<method>map|fold)\(", needs=("..",))
# what ends a map's sum: .sum::<f64>() or .sum()
_SUMMED = lazy_pattern(rf"\s*\.sum{_TURBOFISH}\(\s*\)")
# a closure and its body: |PATTERN| BODY
_CLOSURE = lazy_pattern(r"\s*\|(?P<pattern>[^|]*)\|(?P<body>.*)", re.S)
# a fold's start and its closure: START, |ACC, PATTERN| BODY
_FOLD = lazy_pattern(rf"\s*(?P<start>-?\d+(?:\.\d*)?(?:[eE]-?\d+)?)(?:_?f64|_?f32)?\s*,\s*\|\s*(?P<total>{CODE_NAME})"
                     r"(?:\s*:\s*[\w<>]+)?\s*,(?P<pattern>[^|]*)\|(?P<body>.*)", re.S)
# Python's sum(TERM for a, b in zip(A, B)) or sum(TERM for k, a in enumerate(A)) (a list's brackets inside)
_GENERATOR = lazy_pattern(rf"{GENERATOR_TERM}[ \t]+for[ \t]+"
                          rf"(?:(?P<items>{CODE_NAME}(?:[ \t]*,[ \t]*{CODE_NAME})+)[ \t]+in[ \t]+zip\((?P<arrays>[ \t]*"
                          rf"{CODE_REFERENCE}(?:[ \t]*,[ \t]*{CODE_REFERENCE})+)[ \t]*\)|(?P<index>{CODE_NAME})[ \t]*,[ \t]*"
                          rf"(?P<item>{CODE_NAME})[ \t]+in[ \t]+enumerate\([ \t]*(?P<array>{CODE_REFERENCE})[ \t]*\))"
                          r"[ \t]*\]?[ \t]*\)", needs=("sum(",))
# Rust's NAME = (0..N).map(|j| BODY).collect(): a range's map collected into a vector
_RANGE_COLLECT = lazy_pattern(rf"^(?P<lead>[ \t]*)(?:let[ \t]+(?:mut[ \t]+)?)?(?P<name>{CODE_REFERENCE})"
                              rf"(?:[ \t]*:[ \t]*[^=\n]+?)?[ \t]*=[ \t]*\(\s*0\s*\.\.\s*(?P<bound>\d+|{CODE_NAME}|"
                              rf"{CODE_REFERENCE}\.len\(\))\s*\)\s*\.map\(\s*\|\s*(?P<index>{CODE_NAME})\s*\|"
                              r"(?P<body>.*)\)\s*\.collect(?:::<[^()]*>)?\(\)[ \t]*;?[ \t]*$", re.S, needs=("..",))


def iterator_sums(text: str) -> str:
    """``text`` with Python's generators summed over zipped or enumerated arrays and Rust's sums over an iterator or
    a range (see the module docstring) as the sums they make, and Rust's range's map collected into a vector as its
    entry's rule; FormulaError for a fold or a closure check does not read so."""
    text = _GENERATOR.sub(lambda match: _generator_sum(match, text), text) if "sum(" in text else text
    return _rust_sums(text) if "iter()" in text or "0.." in text else text


def sum_letter(text: str) -> str | None:
    """A letter for a sum that ``text`` does not use (rarely a notation's own pattern letter), None where it uses
    every one of them."""
    return next((letter for letter in _SUM_LETTERS if unused_name(letter, text)), None)


def range_collected(text: str) -> tuple[str, str, str, str] | None:
    """(the entry's rule, its index letter, the range's end n, the range as written) where ``text`` is Rust's ``d = (0..n).map(|j|
    BODY).collect()``, read as ``d[j] = BODY``; None for any other text."""
    collected = _RANGE_COLLECT.match(text) if ".collect" in text else None
    if collected is None or not balanced(collected.group("body")):
        return None
    index = collected.group("index")
    bound = collected.group("bound")
    return f"{collected.group('name')}[{index}] = {' '.join(collected.group('body').split())}", index, bound, \
        f"(0..{bound})"


def range_sum_ranges(text: str) -> list[tuple[str, str, str]]:
    """(letter, bound, the range as written) of each Rust range mapped or folded in ``text``, ``(0..n).map(|k| ...)``
    (code_loop_headers checks n's value as loop_bounds does)."""
    ranges = []
    for found in _RANGE.finditer(text) if ".." in text else ():
        letter = re.match(rf"\s*\|\s*&?\s*(?P<letter>{CODE_NAME})\s*[|:]", text[found.end():])
        if letter is not None:
            ranges.append((letter.group("letter"), found.group("bound"), f"(0..{found.group('bound')})"))
    return ranges


def _generator_sum(match: re.Match, text: str) -> str:
    """The sum Python's generator ``match`` makes (see the module docstring), or its text where no letter is free or
    its names do not pair with the arrays."""
    letter = sum_letter(text)
    if match.group("items") is not None:
        items = [item.strip() for item in match.group("items").split(",")]
        arrays = [array.strip() for array in match.group("arrays").split(",")]
        index = None
    else:
        items, arrays, index = [match.group("item")], [match.group("array")], match.group("index")
    if letter is None or len(items) != len(arrays) or len(set(items) | {index}) != len(items) + 1:
        return match.group(0)
    term = match.group("term")
    for item, array in zip(items, arrays):
        term = re.sub(rf"(?<![\w$.]){re.escape(item)}(?![\w$])", f"{array}[{letter}]", term)
    if index is not None:
        term = re.sub(rf"(?<![\w$.]){re.escape(index)}(?![\w$])", letter, term)
    return f"(\\sum_{{{letter}}} ({' '.join(term.split())}))"


def _rust_sums(text: str) -> str:
    for _ in range(text.count(".iter()") + text.count(".into_iter()") + text.count("..")):
        found = [*_ITERATOR.finditer(text), *_RANGE.finditer(text)]
        summed = None
        for match in sorted(found, key=lambda match: -match.start()):  # the innermost (last) first
            summed = _summed(match, text)
            if summed is not None:
                break
        if summed is None:
            break
        start, end, value = summed
        text = text[:start] + value + text[end:]
    collected = range_collected(text)
    return f"{_RANGE_COLLECT.match(text).group('lead')}{collected[0]}" if collected is not None else text


def _summed(match: re.Match, text: str) -> tuple[int, int, str] | None:
    """(start, end, the sum written) of the chain ``match`` found, or None where it makes no sum (a map collected, a
    chain through flat_map)."""
    opening = match.end() - 1
    closing = closing_bracket(text, opening)
    if closing is None:
        return None
    inside, end = text[opening + 1:closing], closing + 1
    method = match.group("method")
    if method.startswith("sum"):
        if inside.strip() or match.group("adaptors").strip():  # a.iter().zip(b).sum(): no sum of numbers
            return None
        body, pairs, index, first = None, [], None, "0"
    else:
        if method == "map":
            after = _SUMMED.match(text, end)
            closure = _CLOSURE.fullmatch(inside)
            if after is None or closure is None:
                return None
            end, first, total = after.end(), "0", None
        else:
            closure = _FOLD.fullmatch(inside)
            if closure is None:
                raise FormulaError(f"formula {short(text)}: a fold check reads only from a number with a closure of"
                                   " its total and the entry, .fold(0.0, |acc, x| acc + ...); write the sum, \\sum_k"
                                   " w[k] x[k], or .map(|x| ...).sum::<f64>()")
            first, total = closure.group("start"), closure.group("total")
        body = closure.group("body").strip()
        if total is not None:
            term = added_term(body, total)
            if term is None or not unused_name(total, term):
                raise FormulaError(f"formula {short(text)}: a fold whose closure {short(body)} is not its total plus"
                                   f" a term of the entry ({total} + w * x), which check reads as the sum over the"
                                   " entries; write the sum, \\sum_k w[k] x[k], or .map(|x| ...).sum::<f64>()")
            body = term
        if not balanced(body) or ";" in body or body.startswith("{"):
            raise FormulaError(f"formula {short(text)}: a closure with other statements than its value, which check"
                               " does not run; write the sum, \\sum_k w[k] x[k]")
        pairs, index = _parameters(match, closure.group("pattern"), text)
    letter = sum_letter(text)
    if letter is None:
        return None
    if "array" in match.groupdict() and match.group("array") is not None:
        if body is None:  # the entries' own sum, x.iter().sum::<f64>()
            body = f"{match.group('array')}[{letter}]"
        for name, array in pairs:
            body = dereferenced(body, name)
            body = re.sub(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", f"{array}[{letter}]", body)
        if index is not None:
            body = re.sub(rf"(?<![\w$.]){re.escape(index)}(?![\w$])", letter, dereferenced(body, index))
        scripts = f"_{{{letter}}}"
    else:  # a range's map: its parameter is the index itself
        bound = match.group("bound")
        body = re.sub(rf"(?<![\w$.]){re.escape(index)}(?![\w$])", letter, body)
        scripts = f"_{{{letter}}}" if bound.endswith(".len()") else \
            f"_{{{letter}=0}}^{{{int(bound) - 1 if bound.isdigit() else f'{bound} - 1'}}}"
    total_sum = f"\\sum{scripts} ({' '.join(body.split())})"
    return match.start(), end, f"({total_sum})" if float(first) == 0 else f"({first} + {total_sum})"


def _parameters(match: re.Match, pattern: str, text: str) -> tuple[list, str | None]:
    """The closure's parameters paired with the arrays they run over, and its index's parameter (enumerate's, or a
    range's one parameter); FormulaError for a pattern that does not pair with the chain's arrays."""
    if "array" not in match.groupdict() or match.group("array") is None:  # a range: |k|, the index
        name = re.fullmatch(rf"\s*&?\s*(?P<name>{CODE_NAME})\s*(?::\s*\w+\s*)?", pattern)
        if name is None:
            raise FormulaError(f"formula {short(text)}: a range's closure |{pattern.strip()}| takes its index alone,"
                               " |k|; write the sum, \\sum_k w[k] x[k]")
        return [], name.group("name")
    pairs = closure_pairs(match.group("array"), match.group("adaptors"), pattern)
    if pairs is None:
        raise FormulaError(f"formula {short(text)}: a closure whose pattern |{pattern.strip()}| does not pair with the"
                           " chain's arrays (after .zip(b), |(x, y)|; after .enumerate(), |(i, x)|); write the sum,"
                           " \\sum_k w[k] x[k]")
    index = next((name for name, array in pairs if array is None), None)
    return [(name, array) for name, array in pairs if array is not None and name != "_"], index
