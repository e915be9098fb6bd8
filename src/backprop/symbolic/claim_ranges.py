"""The values an index runs over, written with a formula (a part of equation_splitting.split_equations and claims.read_claims):
``a_j = g(z_j), \\quad j = 1, \\ldots, m``, ``\\Delta v_{ij} = -\\eta \\frac{\\partial E}{\\partial v_{ij}} i=0,1,2,
\\ldots, n ; \\quad j=1,2, \\ldots, m``, or a clause of its own before the formula, ``for each layer l = L-1, L-2,
..., 2, compute ...: \\delta^l = ...``.

A range is a letter, ``=``, then its values: numbers, names the notation gives a number (``n``, ``\\ell``), the
output layer ``L`` for a layer letter, each with an optional ``- 1``, one ellipsis (``\\ldots``, ``\\cdots``,
``\\dots``, ``...``, ``…``) standing for the values between, in steps of one up or down; or numbers listed without
one (``j = 1, 2``). Written after the formula (after a comma, ``\\quad``, TeX's spacing, ``for``, ``\\forall``, or a
blank where it holds an ellipsis), several joined by ``,``, ``:``, ``;`` or ``and``.

It says for which values of its letter the rule holds: the claim is judged at those values only, as ``--when``
restricts it (read_claims, ``restricted``). A range naming a letter the rule does not have, or a value the rule has
none at on this network, is refused; so is one whose bound names nothing the notation gives a number, except the
range from 0 or 1 up to a letter (``i = 1, \\ldots, n``), which is every value and stays a remark, as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import lazy_pattern
from .notation_layers import LAYER_LETTERS, layer_letters, output_layer_value
from .quantities import FormulaError

# a name as a pattern writes it, braces and blanks aside (\\ell, N_{h})
_BRACES_SPACES = lazy_pattern(r"[{}\s]")
_GAP = r"(?:\s|\\q?quad(?![A-Za-z])|\\[,;: ]|~)*"
_DOTS = r"(?:\\[lc]?dots(?![A-Za-z])|\.\.\.|…)"
# a range's letter: a Latin letter, or a Greek one as a command (\kappa); never a command that only spaces or
# dots (\quad, \ldots)
_LETTER = r"(?:[A-Za-z]|\\(?!q?quad(?![A-Za-z])|[lc]?dots(?![A-Za-z]))[A-Za-z]+)(?![A-Za-z])"
# a value: a number, or a name with an optional subscript and an optional "- 1" (L-1, n, \ell, N_{h})
_NAME = _LETTER + r"(?:_\{?\w+\}?)?"
_VALUE = rf"(?:\d+|{_NAME}(?:\s*[-+]\s*\d+)?)"
# a range: letter = value, value, ... (values, at most one ellipsis among them, never last)
_RANGE = (rf"{_LETTER}\s*=\s*{_VALUE}(?:\s*,{_GAP}(?:{_VALUE}|{_DOTS}))*?\s*,{_GAP}{_VALUE}"
          rf"(?![\w\s]*[-+*/^(])")
_JOIN = rf"{_GAP}(?:[,:;]|\\text\s*\{{\s*and\s*\}}|and(?![A-Za-z]))?{_GAP}"
_WORD = rf"(?:(?<![A-Za-z\\])for(?:\s+(?:each|every|all))?\s+|\\text\s*\{{\s*for\s*\}}{_GAP}|\\forall(?![A-Za-z]){_GAP})"
_LEAD = rf"(?:(?:,{_GAP}|\\q?quad(?![A-Za-z]){_GAP}|\\[,;: ]{_GAP}){_WORD}?|(?<=\s){_WORD}|(?<=[\s}}]))"
_END = rf"{_GAP}[.,;]?\s*$"
_RANGES_AFTER = lazy_pattern(rf"{_LEAD}(?P<ranges>{_RANGE}(?:{_JOIN}{_RANGE})*){_END}")
_RANGES_ALONE = lazy_pattern(rf"^\s*{_WORD}?(?P<ranges>{_RANGE}(?:{_JOIN}{_RANGE})*){_END}")
_ONE_RANGE = lazy_pattern(rf"(?P<letter>{_LETTER})\s*=\s*(?P<values>{_VALUE}(?:\s*,{_GAP}(?:{_VALUE}|{_DOTS}))+)")
_ITEM_SPLIT = lazy_pattern(rf"\s*,{_GAP}")
# the range every value has, from 0 or 1 up to a letter (0 to n - 1 too): a remark where the letter has no number
_COUNT = r"(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?\w+\}?)?"
_EVERY_VALUE = lazy_pattern(rf"(?:0(?:,1)?,{_DOTS},{_COUNT}(?:-1)?|1(?:,2)?,{_DOTS},{_COUNT})")

# the longest text searched for ranges (a row's end, a line, a remark's tail): ranges after a rule are a few dozen
# characters
_LONGEST = 200
#: the ranges' one form after a cleaned row, which read_claims reads back (split_equations writes it)
RANGES_SUFFIX = lazy_pattern(r"\s\\text\{ over \} (?P<ranges>\S+)$")


@dataclass(frozen=True)
class IndexRange:
    """One range as written: its letter and its values' items (``("0", "1", "2", "...", "n")``)."""

    letter: str
    items: tuple

    def text(self) -> str:
        return f"{self.letter} = {', '.join(self.items)}"

    def every_value(self) -> bool:
        """Whether it is the range from 0 or 1 up to a letter, which says no restriction."""
        return bool(_EVERY_VALUE.fullmatch(",".join(self.items)))


def _parsed(ranges: str) -> tuple:
    found = []
    for match in _ONE_RANGE.finditer(ranges):
        items = tuple("..." if re.fullmatch(_DOTS, item.strip()) else re.sub(r"\s+", "", item)
                      for item in _ITEM_SPLIT.split(match.group("values").strip()))
        found.append(IndexRange(match.group("letter"), items))
    return tuple(found)


def _well_formed(ranges: tuple) -> bool:
    """At most one ellipsis in each, and a list without one holds numbers only (j = 1, 2; never f(x, y) = a, b)."""
    return all(index_range.items.count("...") <= 1 and ("..." in index_range.items
                                                         or all(item.isdigit() for item in index_range.items))
               for index_range in ranges)


def ranges_after(row: str) -> tuple[str, tuple]:
    """(``row`` without the ranges written after its formula, those ranges); the row as written and () where it has
    none (a range alone on the row is no formula's: ranges_alone)."""
    if "=" not in row or "," not in row:
        return row, ()
    # only the row's last _LONGEST characters are searched: a range is short, and the search's cost grows with the
    # square of the text's length
    start = max(0, len(row) - _LONGEST)
    match = _RANGES_AFTER.search(row, start)
    while match is not None and row[:match.start()].strip():
        ranges = _parsed(match.group("ranges"))
        blank_lead = not re.search(r"(?:,|\\q?quad|\\[,;: ]|for|\\forall)\W*$", row[:match.start("ranges")])
        if _well_formed(ranges) and "=" in row[:match.start()] and not (
                blank_lead and not all("..." in index_range.items for index_range in ranges)):
            return row[:match.start()].rstrip(), ranges
        # a shorter tail may be the ranges (the first letter = ... was the formula's own)
        match = _RANGES_AFTER.search(row, match.start("ranges") + 1)
    return row, ()


def is_ranges(tail: str) -> bool:
    """Whether ``tail``, the end of a row from its comma on (``, for l = L-1, \\ldots, 2``), is ranges that
    ranges_after reads: typography_rows keeps it for them, where it drops other remarks after ``, for``."""
    match = _RANGES_AFTER.match(tail) if len(tail) <= _LONGEST else None
    return match is not None and _well_formed(_parsed(match.group("ranges")))


def ranges_alone(line: str) -> tuple:
    """The ranges of a line that holds nothing else (``for each layer l = L-1, ..., 2``), or ()."""
    match = _RANGES_ALONE.match(line) if "," in line and len(line) <= _LONGEST else None
    if match is None:
        return ()
    ranges = _parsed(match.group("ranges"))
    return ranges if _well_formed(ranges) and any("..." in index_range.items for index_range in ranges) else ()


# a range in a sentence before a display (Nielsen's algorithm quoted: "For each l=L-1,L-2,...,2, compute $$...$$",
# often with Unicode's minus and ellipsis): one range with an ellipsis, Unicode's minus read as "-"
_RANGE_IN_PROSE = lazy_pattern(rf"(?<![A-Za-z\\]){_RANGE}(?!\s*,{_GAP}(?:{_VALUE}|{_DOTS}))")


def range_in_prose(words: str) -> tuple[str, str] | None:
    """(``words`` without the one range they hold, the range as ranges_after reads it after a formula), or None where
    they hold none or several. The range is the rule's, judged at its values only (restricted), never dropped."""
    words = words.replace("\u2212", "-")
    found = list(_RANGE_IN_PROSE.finditer(words)) if len(words) <= _LONGEST else []
    if len(found) != 1 or not (ranges := _parsed(found[0].group())) or not _well_formed(ranges) \
            or "..." not in ranges[0].items:
        return None
    return words[:found[0].start()] + " " + words[found[0].end():], ranges[0].text()


def ranges_suffix(ranges: tuple) -> str:
    """The ranges in RANGES_SUFFIX's one form (blanks out, ranges joined by ;)."""
    return (" \\text{ over } " + ";".join(f"{r.letter}={','.join(r.items)}" for r in ranges)) if ranges else ""


def suffix_ranges(text: str) -> tuple:
    """The ranges RANGES_SUFFIX's form holds (``text`` its group "ranges")."""
    return tuple(IndexRange(letter, tuple(items.split(","))) for letter, items in
                 (part.split("=", 1) for part in text.split(";")))


def range_values(index_range: IndexRange, number_of, where: str) -> frozenset | None:
    """The values ``index_range`` names, each item's name given its number by ``number_of`` (name -> int or None);
    None where a name has none and the range is every value (a remark); FormulaError for a range that names a name
    without a number otherwise, or whose listed values do not step by one."""
    numbers = []
    for item in index_range.items:
        if item == "...":
            numbers.append(None)
            continue
        match = re.fullmatch(r"(\d+)|(.+?)(?:([-+])(\d+))?", item)
        if match.group(1):
            numbers.append(int(match.group(1)))
            continue
        base = number_of(match.group(2))
        if base is None:
            if index_range.every_value():
                return None
            raise FormulaError(f"{where}: the range {index_range.text()} names {match.group(2)}, to which the notation"
                               f" gives no number; give it one in [notation.symbols] (\"{match.group(2)}\" = \"3\"), or"
                               " write the range's numbers")
        offset = int(match.group(4) or 0)
        numbers.append(base + offset if match.group(3) == "+" else base - offset)
    if None not in numbers:
        return frozenset(numbers)
    dots = numbers.index(None)
    before, after = numbers[:dots], numbers[dots + 1:]
    step = before[1] - before[0] if len(before) > 1 else (1 if after[-1] >= before[0] else -1)
    # the items listed are the progression's first and last terms, as written for any network: on a small one the
    # first ones may pass the last value (l = L-1, L-2, L-3, ..., 2 with L = 3 is l = 2 alone)
    if step not in (1, -1) or any(number != before[0] + position * step for position, number in enumerate(before)) \
            or any(number != after[-1] - (len(after) - 1 - position) * step for position, number in enumerate(after)):
        raise FormulaError(f"{where}: the range {index_range.text()} does not run in steps of one from its first"
                           f" value to its last ({', '.join(str(n) for n in numbers if n is not None)} here); write"
                           " every value, or the range as first, ..., last")
    values = frozenset(range(before[0], after[-1] + step, step))
    if not values:
        raise FormulaError(f"{where}: the range {index_range.text()} runs from {before[0]} to {after[-1]} in steps of"
                           f" {step}, which names no value; write the range within the network's values")
    return values


def restricted(claim, ranges: tuple, context, where: str) -> list:
    """``claim``'s index assignments at the values ``ranges`` name (claims.Claim, its letters and assignments
    decided; ``context`` the reading's, for the notation's numbers and the network's output layer); FormulaError
    for a range of a letter the rule does not have (but a remark's, every value of a letter the formula writes
    elsewhere, a sum's or the samples'), for a value the rule has none at, or for a rule too large to list its
    values."""
    assignments = claim.assignments
    notation, symbols = context.notation, context.symbols
    for index_range in ranges:
        letter = "l" if index_range.letter in LAYER_LETTERS else index_range.letter

        def number_of(name: str) -> int | None:
            if name == "L" and letter in layer_letters(notation) and notation.output_letter_default():
                return output_layer_value(notation, letter, symbols)
            written = _BRACES_SPACES.sub("", name)
            found = [pattern.meaning.strip() for pattern in notation.patterns
                     if _BRACES_SPACES.sub("", pattern.text) == written]
            return int(found[0]) if len(found) == 1 and found[0].isdigit() else None

        if letter not in claim.letters:
            if index_range.every_value() and re.search(rf"(?<![A-Za-z\\]){re.escape(index_range.letter)}(?![A-Za-z])",
                                                       claim.text):
                continue  # i = 1, \ldots, n of a sum's letter or the samples' (X_j^{(i)}): every value, a remark
            letters = ", ".join(claim.letters) or "none"
            raise FormulaError(f"{where}: the range {index_range.text()} is of {index_range.letter}, which is no index"
                               f" letter of the rule's left side as read (its letters: {letters}); write the range of"
                               " the rule's own letter")
        if claim.family is not None and index_range.every_value():
            continue  # a rule read once for all its values (families.py): every value, a remark
        values = range_values(index_range, number_of, where)
        if values is None:
            continue  # every value, up to a letter the notation gives no number: a remark
        if claim.family is not None:
            raise FormulaError(f"{where}: the range {index_range.text()} restricts a rule with too many index values"
                               " to list; name one with --param")
        known = {env[letter] for env in assignments}
        outside = sorted(values - known)
        if outside:
            raise FormulaError(f"{where}: the range {index_range.text()} names {index_range.letter} = {outside[0]},"
                               f" at which the rule names nothing on this network (its values:"
                               f" {', '.join(map(str, sorted(known)))}); write the range within them")
        assignments = [env for env in assignments if env[letter] in values]
    return assignments
