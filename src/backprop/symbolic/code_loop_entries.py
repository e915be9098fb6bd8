"""A loop's number in code, named as the notation names the whole vector: inside C's (or Java's, NumPy's) loop over
i, ``error = expected_outputs[i] - act[i];`` and ``deltaOut[i] = error * dSigmoid(act[i]);`` write ``error`` for the
loop's one number, entry i of what the notation's ``"error"`` names (batch 88's vs-error, vs-deltaOut, vs-deltaL).

Where a statement's every index in code's brackets is one letter (``[i]``), one on its right side at least, and the
statement as written is refused for that letter (no value: the left side is bare) or for its shape (a vector where
the left side's entry is a number), each bare name the notation gives whole (a pattern without scripts) is read as
its entry i, ``error[i]``: the one reading left, since code assigns no vector to an entry, and a name holding one
number in a loop over i is that loop's. A statement read as written keeps that reading; an accumulation (``+=``)
keeps its own; where the entries' reading is refused too, the refusal as written stands.
"""

from __future__ import annotations

import re
from typing import Callable

from .notation import Notation
from .quantities import FormulaError, unknown_name_alone
from .readings_compared import WrongShape

# a statement: its left side (a name, dotted or not, with a bracket or none), =, its right side
_STATEMENT = re.compile(r"^(?P<indent>\s*)(?P<left>[A-Za-z_][\w.]*(?:\[[^\[\]]*\])?)\s*=(?!=)(?P<right>[^=]+)$")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
# a bare name: no index, call, field or object after it, none before it
_BARE = re.compile(r"(?<![\w.$\[])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(?![\w.$\[(])")


def _whole_names(notation: Notation) -> set[str]:
    """The names the notation gives without scripts: a pattern that is the name alone (``"error" = ...``)."""
    return {pattern.base for pattern in notation.patterns if not pattern.sub and not pattern.sup
            and not pattern.placeholders and pattern.text.strip() == pattern.base}


def _entries_written(text: str, notation: Notation) -> tuple[str, str] | None:
    """``text`` with each bare name the notation gives whole as its entry at the statement's one bracket letter, and
    that letter; None where ``text`` is no such statement or no name changes."""
    statement = _STATEMENT.match(text.strip().rstrip(";").rstrip())
    if statement is None or "\n" in text.strip():
        return None
    indices = {index.strip() for index in _BRACKET.findall(text)}
    if len(indices) != 1 or not re.fullmatch(r"[A-Za-z]", next(iter(indices))) \
            or not _BRACKET.search(statement.group("right")):
        return None
    letter, whole = indices.pop(), _whole_names(notation)

    def entry(match: re.Match) -> str:
        return f"{match.group(1)}[{letter}]" if match.group(1) in whole else match.group(0)
    left, right = statement.group("left"), statement.group("right")
    written = f"{_BARE.sub(entry, left)} = {_BARE.sub(entry, right)}"
    return (written, letter) if written != f"{left} = {right}" else None


def loop_entries_read(text: str, judge: Callable, notation: Notation | None):
    """``judge(text)``; where it is refused for the statement's bracket letter or its shape and the statement names
    a whole vector bare in a loop over that letter (see the module's docstring), ``judge`` of the statement with
    those names as their entries, the one reading left (its refusal the written one's)."""
    try:
        return judge(text)
    except FormulaError as refusal:
        rewritten = _entries_written(text, notation) if notation is not None else None
        if rewritten is None:
            raise
        entries, letter = rewritten
        # refused for its shape, or for the letter: unknown, without a value, or no pattern counting it in an entry
        if not (isinstance(refusal, WrongShape) or unknown_name_alone(refusal) == letter
                or getattr(refusal, "letter", None) == letter or f": entry {letter} of the vector " in str(refusal)):
            raise
        try:
            return judge(entries)
        except FormulaError:
            raise refusal from None
