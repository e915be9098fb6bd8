"""A + glued to a name before a spaced =, ``w5+ = - eta * a``, where the name does not come again after the relation:
code's ``+=`` typed with a space (batch 57's ``dw_1+ = x dz``, an accumulation: typography_steps.plus_new_value reads
it so) or plain text's new value ``w5^{+}`` (Mazur's ``w5+ = w5 - eta * a``) with its old value left out. Both are
judged: where the new value is no reading (the name has none, dw_1 being no parameter) the += is the one; where the
verdicts differ the formula is refused in one line, since the slip of dropping w5 from ``w5+ = w5 - eta * a`` read as
``w5 += - eta * a`` was called correct (qa57)."""

from __future__ import annotations

from typing import Callable

from ..patterns import lazy_pattern
from .quantities import FormulaError, short
from .readings_compared import verdicts
from .typography_steps import plus_marks_new

# a line's first side ending in a name (a letter or a command, then at most a subscript: _NEW_MARKED's) with a +
# glued to it, a space, then = (never ==, =>): group 1 what comes before the name, group 2 the name
_SPACED_PLUS = lazy_pattern(r"^([^=\n]*?)((?:\\[A-Za-z]+|(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9]*)"
                            r"(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?)\+[ \t]+=(?![=>])", needs=("+",))


def spaced_plus_both_ways(text: str, judge: Callable):
    """``judge`` of ``text`` as written (code's +=) and, where a line writes ``name+ = ...`` without the name again,
    of the new value ``name^{+} = ...`` too: refused in one line where the two verdicts differ."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        match = _SPACED_PLUS.search(line)
        if match is None or plus_marks_new(match.group(2), line[match.end():]):
            continue
        new = line[:match.start(2)] + f"{match.group(2)}^{{+}} =" + line[match.end():]
        written = judge(text)
        try:
            other = judge("\n".join(lines[:number] + [new] + lines[number + 1:]))
        except FormulaError:
            return written  # the name has no new value (no parameter): code's += is the one reading
        if verdicts(written) != verdicts(other):
            raise FormulaError(f"formula {short(line.strip())}: {match.group(2)}+ = ... without {match.group(2)} on"
                               f" the right may be code's += typed with a space or its new value with the old value"
                               f" left out, and the two disagree; write {match.group(2)} += ... or"
                               f" {match.group(2)}^{{new}} = {match.group(2)} ...")
        return written
    return judge(text)
