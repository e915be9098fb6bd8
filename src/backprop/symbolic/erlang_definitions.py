"""Erlang's definition of a function, one clause ``act(X) -> 1 / (1 + math:exp(-X)).`` (its body on the line or
on the lines below it, the full stop ending it optional), read into the parts every language's definition has
(function_syntaxes.Written): its name (an atom: a lower-case letter first), its parameters (variables: a capital or
``_`` first, what makes the head Erlang's and not plain text's ``f(x) -> ...``), and its body, expressions separated
by commas at the top level, each before the last a local bound by ``=`` (``S = act(X),``), the last the value.
Erlang's math module, ``math:exp(X)`` (``math:log``, ``math:sqrt``, ``math:pow(X, 2)``), is math's
(function_syntaxes' spellings); ``%`` comments are set aside.

Refused (ErlangUnread), naming what and how to write it: several clauses (a ``;`` between them), a guard
(``when``), a call of another module (``lists:sum(L)``), Erlang's integer, bit and boolean operators (``div``,
``rem``, ``band``, ``andalso``, ...), a comparison, a body holding ``case``, ``if``, ``fun``, ``begin``, ``receive``
or ``try``, and a statement before the value that binds no variable.

String work over a bounded text, as typography's: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import closing_bracket
from .comment_marks import comments_of
from .quantities import FormulaError, short

_COMMENT = comments_of("Erlang")
_VARIABLE = r"[A-Z_]\w*"
# the head: the function's atom, its variables in parentheses, a guard if any, the arrow; then the body
_HEAD = lazy_pattern(rf"\s*([a-z]\w*)[ \t]*\(((?:[ \t]*{_VARIABLE}[ \t]*(?:,[ \t]*{_VARIABLE}[ \t]*)*)?)\)[ \t]*"
                     r"(when\b[^\n]*?)?->(.*)", re.S, needs=("->",))
# a local bound before the value: a variable, =, its expression (never =:= nor =/= nor =<, comparisons)
_BOUND = lazy_pattern(rf"[ \t]*({_VARIABLE})[ \t]*=(?![:/<=])[ \t]*(\S.*?)[ \t]*", re.S)
# what this reading does not take: Erlang's other words and operators, comparisons, another module's call
_KEYWORDS = lazy_pattern(r"\b(?:case|if|fun|begin|receive|try|of|end|when|div|rem|band|bor|bxor|bnot|bsl|bsr|not|and|or"
                         r"|xor|andalso|orelse)\b")
_COMPARISON = lazy_pattern(r"=:=|=/=|==|/=|=<|>=|<|>")
_MODULE_CALL = lazy_pattern(r"(?<![\w:])([a-z]\w*):([a-z]\w*)(?=[ \t]*\()")


class ErlangUnread(FormulaError):
    """An Erlang definition check does not read, named in one line."""


def erlang_parts(text: str) -> tuple[str, str, tuple, str] | None:
    """(name, parameters joined by commas, local statements ``S = expression``, the value) of the one Erlang clause
    that is ``text`` (its comments aside; Erlang's math module left as written for the caller's spellings), or None
    where the text is no clause ``name(Variables) -> ...``; ErlangUnread for a clause check does not read."""
    code = _COMMENT.sub(" ", text) if "%" in text else text
    head = _HEAD.fullmatch(code)
    if head is None:
        return None
    name, parameters, guard, body = head.groups()
    if guard is not None:
        raise _unread(text, name, f"its guard ({' '.join(guard.split())}) makes it one clause of several")
    body = body.strip()
    body = body[:-1].rstrip() if body.endswith(".") else body
    if (word := _KEYWORDS.search(body)) is not None:
        raise _unread(text, name, f"its body holds Erlang's {word.group(0)}")
    statements = _top_level_parts(text, name, body)
    if (comparison := _COMPARISON.search(body)) is not None:
        raise _unread(text, name, f"its body holds the comparison {comparison.group(0)}")
    for module in _MODULE_CALL.finditer(body):
        if module.group(1) != "math":
            raise _unread(text, name, f"{module.group(0)}(...) is a function of the module {module.group(1)}, not of"
                                      " math")
    local_statements = []
    for statement in statements[:-1]:
        bound = _BOUND.fullmatch(statement)
        if bound is None:
            raise _unread(text, name, f"{short(statement)} before its value binds no variable")
        local_statements.append(f"{bound.group(1)} = {' '.join(bound.group(2).split())}")
    return name, ", ".join(part.strip() for part in parameters.split(",") if part.strip()), tuple(local_statements), \
        " ".join(statements[-1].split())


def _top_level_parts(text: str, name: str, body: str) -> list:
    """The body's expressions, split at its top-level commas (a call's commas are its arguments'); ErlangUnread for a
    ``;`` at the top level (another clause follows), an empty expression or a bracket not closed."""
    parts, start, position = [], 0, 0
    while position < len(body):
        character = body[position]
        if character in "([{":
            close = closing_bracket(body, position)
            if close is None:
                raise _unread(text, name, f"its {character} at position {position} is not closed")
            position = close
        elif character == ";":
            raise _unread(text, name, "a ; ends its clause and another follows (several clauses, each for some"
                                      " arguments)")
        elif character == ",":
            parts.append(body[start:position])
            start = position + 1
        position += 1
    parts.append(body[start:])
    if any(not part.strip() for part in parts):
        raise _unread(text, name, "it has an empty expression")
    return parts


def _unread(text: str, name: str, what: str) -> ErlangUnread:
    return ErlangUnread(f"formula {short(text)}: Erlang's definition of {name} is read as one clause {name}(X) ->"
                        f" body. of variables, locals bound by = before its value, math:exp and the arithmetic"
                        f" + - * /; {what}: write its value as one expression, {name}(X) -> S = ..., S * (1 - S).")
