"""A Python ``def``'s body that ends in a case distinction of returns (function_definitions reads the rest of it):

    def rectify(x):                   def rectify_slope(z):
        if x > 0:                         if(z > 0): return 1
            return x                      return 0
        else:
            return 0

an ``if`` (and any ``elif``) each with its ``return`` (on its line or indented below it), then an ``else:`` with its
``return``, or a ``return`` at the ``if``'s own indentation after it (reached where no case held). Its value is
Python's conditional expression, ``(x) if x > 0 else (0)``, which check reads as any case distinction of code
(syntax_conditionals: a comparison per case). Python's ``else`` without its colon is refused naming it; a body
holding anything else (a statement between the cases, an ``if`` without a return, a loop) is no such body.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .quantities import FormulaError, short

# if COND: (its return on the line, or nothing), elif COND: the same; the indentation, the word, the condition, the
# value returned on the line
_CASE = lazy_pattern(r"([ \t]*)(if|elif)\b[ \t]*(\S.*?)[ \t]*:[ \t]*(?:return[ \t]+(\S.*?))?[ \t;]*")
# else (its colon, which Python requires), its return on the line or nothing
_OTHERWISE = lazy_pattern(r"([ \t]*)else[ \t]*(:)?[ \t]*(?:return[ \t]+(\S.*?))?[ \t;]*")
_RETURN = lazy_pattern(r"([ \t]*)return[ \t]+(\S.*?)[ \t;]*")
_ATOM = lazy_pattern(r"[\w.]+")


def conditional_return(text: str, name: str, lines: list[str]) -> str | None:
    """The value of ``lines``, a def's body from its first ``if`` to its end, where they are a case distinction of
    returns (see the module docstring), as Python's conditional expression; None where they are not. FormulaError
    for an ``else`` without its colon."""
    cases: list[tuple[str, str]] = []
    indentation, position, otherwise = None, 0, None
    while position < len(lines):
        line = lines[position]
        case = _CASE.fullmatch(line)
        if case is not None and case.group(2) == ("elif" if cases else "if") \
                and indentation in (None, case.group(1)):
            indentation = case.group(1)
            value, position = _value(lines, position, case.group(4), indentation)
            if value is None:
                return None
            cases.append((_unparenthesised(case.group(3)), value))
            continue
        last = _OTHERWISE.fullmatch(line)
        if last is not None and cases and last.group(1) == indentation:
            if last.group(2) is None:
                raise FormulaError(f"formula {short(text)}: the definition of {name} writes else without its colon;"
                                   " Python's else takes one (else:), then its return")
            otherwise, position = _value(lines, position, last.group(3), indentation)
            break
        fallen = _RETURN.fullmatch(line)
        if fallen is not None and cases and fallen.group(1) == indentation:
            otherwise, position = fallen.group(2), position + 1
            break
        return None
    if not cases or otherwise is None or position != len(lines):
        return None
    value = _grouped(otherwise)
    for condition, chosen in reversed(cases):
        value = f"{_grouped(chosen)} if {condition} else {value}"
    return value


def _grouped(value: str) -> str:
    """A case's value as a member of the conditional: a name or a number as it is, anything else in parentheses
    (a number in parentheses closing a line would read as an equation's number)."""
    return value if _ATOM.fullmatch(value) else f"({value})"


def _value(lines: list[str], position: int, on_line: str | None, indentation: str) -> tuple[str | None, int]:
    """The value a case returns, on its own line (``on_line``) or on the next, indented deeper than the case; and the
    position after it (None where the case has no such return)."""
    if on_line is not None:
        return on_line, position + 1
    below = _RETURN.fullmatch(lines[position + 1]) if position + 1 < len(lines) else None
    if below is None or len(below.group(1).expandtabs()) <= len(indentation.expandtabs()):
        return None, position
    return below.group(2), position + 2


def _unparenthesised(condition: str) -> str:
    """``(x > 0)`` of ``if(x > 0):`` as ``x > 0``: the parentheses around the whole condition, C's habit in Python."""
    if not (condition.startswith("(") and condition.endswith(")")):
        return condition
    depth = 0
    for index, character in enumerate(condition):
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth == 0 and index < len(condition) - 1:
            return condition  # (a > 0) and (b > 0): two groups, not one around the whole
    return condition[1:-1].strip()
