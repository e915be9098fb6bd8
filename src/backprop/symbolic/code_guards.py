"""A C-family statement after a one-line guard, JavaScript's ``if (i === 0) error = target[j] - neuron.output``
(C's, Java's, C#'s; the statement in braces too; batch 180's nw-err): the guard picks the case the statement is
written for, a case of the code's own counters (i === 0, the output layer where the layers run reversed) that the
notation's names already fix. Read there as the statement alone: judged for every case the notation's names cover,
the claim is at least as strong as the guarded one, so a wrong statement is never called right by it. A guard that
tests a name the notation gives (a quantity: ``if (target == 1)``) or a name the statement uses (its index letter:
``if (j === 0) d[j] = ...``) would make the statement hold only in that case: refused in one line, saying to write
the case after the formula.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .formula_remarks import notation_names
from .quantities import FormulaError, short

# if (CONDITION) STATEMENT on one line (the statement in braces or not, a ; after it): the condition's parentheses
# nested one level at most
_GUARD = lazy_pattern(r"^(?P<lead>[ \t]*)if[ \t]*\((?P<condition>[^()\n]*(?:\([^()\n]*\)[^()\n]*)*)\)[ \t]*"
                      r"(?:\{[ \t]*(?P<braced>[^{}\n]*?)[ \t]*\}|(?P<statement>[^{}\n]*?))[ \t]*;?[ \t]*$",
                      needs=("if",))
# a name in the condition, dotted or not (code's literals aside)
_NAME = lazy_pattern(r"(?<![\w$.])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*")
_LITERALS = {"true", "false", "null", "undefined", "nil", "None", "True", "False"}


def guarded_statement(text: str, notation) -> str:
    """``text`` as the statement its one-line guard is before (see the module docstring); any other text as it is.
    FormulaError for a guard that tests the notation's names or the statement's."""
    guard = _GUARD.match(text) if notation is not None and "if" in text else None
    statement = guard and (guard.group("braced") if guard.group("braced") is not None else guard.group("statement"))
    if not statement or not re.search(r"(?<![=<>!])=(?!=)", statement) or re.search(r"\belse\b", statement):
        return text
    known, letters = notation_names(notation)
    names = set(_NAME.findall(guard.group("condition"))) - _LITERALS
    used = set(_NAME.findall(statement)) | {part for name in _NAME.findall(statement) for part in name.split(".")}
    # (an index letter the statement does not use picks nothing of what it says: judged at every value alike)
    tested = sorted(name for name in names if name in known or name in letters or name.split(".")[0] in known
                    or name in used or notation.gives_name(name))
    if tested:
        raise FormulaError(f"formula {short(text)}: the guard if ({guard.group('condition').strip()}) makes the"
                           f" statement hold only where it holds, and it tests {', '.join(tested)}, which the notation"
                           " or the statement names; write the statement alone where it holds in every case, or the"
                           " case after the formula (... since y = 0)")
    return guard.group("lead") + statement.rstrip().rstrip(";")
