"""Lisp's forms, as Clojure writes a function's definition, read into the parts every language's definition has
(function_syntaxes.Written): ``(defn act [z] (/ 1.0 (+ 1.0 (Math/exp (- z)))))`` is the function act of z whose
value is ``1.0 / (1.0 + math.exp(-(z)))``, the infix text the code reader reads, so that a prefix form reads to
the same syntax tree the infix one does.

- ``(defn NAME [PARAMETERS] BODY)`` (``defn-`` too, a docstring before the parameters allowed): one body form, its
  value; ``(let [s (act z)] (* s (- 1 s)))`` as that body binds locals before its value.
- Arithmetic: ``(+ a b c)``, ``(* a b)`` of any count, ``(- a)`` the negation and ``(- a b c)`` a minus b minus c,
  ``(/ a)`` the reciprocal and ``(/ a b)`` the quotient; ``(inc a)``, ``(dec a)`` a + 1, a - 1.
- Java's math as Clojure calls it, ``(Math/exp z)``, ``(Math/pow a b)`` (``log``, ``sqrt``, ``abs``, the
  hyperbolic functions: each word function_words names), ``Math/E``: math's; any other call ``(f a b)`` as ``f(a, b)``, a name primed as Clojure writes a derivative
  (``act'``) an activation's derivative word where it is one (haskell_definitions.definition_name), else refused.

Anything else (a vector as a value, a higher-order call, ``if``, ``fn``, ``map``, a form of several bodies,
destructured parameters) is refused naming the form (LispUnread). A ``;`` comment (comment_marks' Clojure mark) is
set aside.
"""

from __future__ import annotations

import re

from .comment_marks import comments_of
from .function_words import NAMED_FUNCTIONS
from .haskell_definitions import definition_name
from .quantities import FormulaError, short
from .syntax_tree import EXPONENT

_COMMENT = comments_of("Clojure")
_TOKEN = re.compile(r"\s*(?:(?P<bracket>[()\[\]])|(?P<string>\"(?:[^\"\\]|\\.)*\")|(?P<atom>[^\s()\[\]\";,]+))")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:" + EXPONENT + ")?")
_NAME = re.compile(r"[A-Za-z_*!?<>=][\w*!?<>=-]*'*")
# a definition: (defn NAME ...), its text opening with it
DEFN = re.compile(r"\s*\(\s*defn-?\s")
# Java's math, Clojure's Math/f: math's f where function_words names it (and Math/pow, Math/E)
_JAVA_MATH = {word for word in NAMED_FUNCTIONS if word.islower()} | {"pow"}
_MAX_DEPTH = 60


class LispUnread(FormulaError):
    """A Lisp form check does not read (a vector as a value, a higher-order call, a special form, a body of
    several forms), named in one line."""


class _Vector(tuple):
    """A form in brackets, ``[z]``: a vector (a definition's parameters, a let's bindings)."""


def defn_parts(text: str) -> tuple[str, str, tuple, str] | None:
    """(name, parameters joined by commas, local statements ``s = expression``, the value's infix text) of Clojure's
    ``(defn ...)`` that is the whole of ``text`` (its comments aside), or None where the text opens with no defn;
    LispUnread for a defn check does not read."""
    if not DEFN.match(text):
        return None
    form = _whole_form(text)
    parts = list(form[2:])
    if len(form) < 4 or not isinstance(form[1], str) or not _NAME.fullmatch(form[1]):
        raise _unread(text, "a defn is (defn NAME [PARAMETERS] BODY)")
    if parts and isinstance(parts[0], str) and parts[0].startswith('"'):
        parts.pop(0)  # the docstring
    if len(parts) != 2 or not isinstance(parts[0], _Vector):
        raise _unread(text, "check reads a defn of one parameter vector and one body form (no arities, no"
                            " pre- and post-conditions, no body of several forms)")
    parameters, body = parts
    if not all(isinstance(parameter, str) and _NAME.fullmatch(parameter) for parameter in parameters):
        raise _unread(text, "a defn's parameters are names only here (no destructuring)")
    reader = _Infix(text)
    local_statements = []
    if isinstance(body, list) and body and body[0] == "let":
        if len(body) != 3 or not isinstance(body[1], _Vector) or len(body[1]) % 2:
            raise _unread(text, "a let is (let [NAME VALUE ...] BODY), one body form")
        bindings = body[1]
        for local, value in zip(bindings[::2], bindings[1::2]):
            if not isinstance(local, str) or not _NAME.fullmatch(local):
                raise _unread(text, "a let binds names only here (no destructuring)")
            local_statements.append(f"{_plain(local)} = {reader.infix(value)}")
        body = body[2]
    return (definition_name(form[1]), ", ".join(_plain(parameter) for parameter in parameters),
            tuple(local_statements), reader.infix(body))


def _whole_form(text: str):
    """The one form that is ``text`` (its comments aside); LispUnread where it is not one form."""
    code = _COMMENT.sub(" ", text)
    tokens, position = [], 0
    while position < len(code.rstrip()):
        found = _TOKEN.match(code, position)
        if found is None:
            raise _unread(text, f"{short(code[position:].strip())} is no Lisp form check reads")
        tokens.append(found.group("bracket") or found.group("string") or found.group("atom"))
        position = found.end()
    form, end = _form(text, tokens, 0, 0)
    if end != len(tokens):
        raise _unread(text, "it holds more than one form")
    return form


def _form(text: str, tokens: list, at: int, depth: int):
    """(the form opening at ``tokens[at]``, the index after it)."""
    if at >= len(tokens):
        raise _unread(text, "a parenthesis or bracket is not closed")
    if depth > _MAX_DEPTH:
        raise _unread(text, "its forms are nested too deeply")
    token = tokens[at]
    if token in ("(", "["):
        closing, items, at = ")" if token == "(" else "]", [], at + 1
        while at < len(tokens) and tokens[at] != closing:
            if tokens[at] in (")", "]"):
                raise _unread(text, f"'{tokens[at]}' closes what '{token}' did not open")
            item, at = _form(text, tokens, at, depth + 1)
            items.append(item)
        if at >= len(tokens):
            raise _unread(text, f"a '{token}' is not closed")
        return (items if token == "(" else _Vector(items)), at + 1
    if token in (")", "]"):
        raise _unread(text, f"'{token}' closes nothing")
    return token, at + 1


class _Infix:
    """A form's infix text, for the definition ``text`` (named in refusals)."""

    def __init__(self, text: str):
        self.text = text

    def infix(self, form) -> str:
        if isinstance(form, _Vector):
            raise _unread(self.text, "a vector as a value is not read; write its entries' formula")
        if isinstance(form, str):
            return self.atom(form)
        if not form or not isinstance(form[0], str):
            raise _unread(self.text, "a call of a form (a higher-order call) is not read")
        head, arguments = form[0], [self.infix(argument) for argument in form[1:]]
        if head in ("+", "*"):
            return "(" + f" {head} ".join(arguments) + ")" if arguments else ("0" if head == "+" else "1")
        if head in ("-", "/") and arguments:
            if len(arguments) == 1:
                return f"(-({arguments[0]}))" if head == "-" else f"(1 / ({arguments[0]}))"
            return "(" + f" {head} ".join(arguments) + ")"
        if head in ("inc", "dec") and len(arguments) == 1:
            return f"({arguments[0]} {'+' if head == 'inc' else '-'} 1)"
        if head.startswith("Math/") and head[5:] in _JAVA_MATH:
            return f"math.{head[5:]}({', '.join(arguments)})"
        name = definition_name(head)
        if "'" in name or not _NAME.fullmatch(head) or head in _SPECIAL:
            raise _unread(self.text, f"({head} ...) is a form check does not read")
        return f"{_plain(name)}({', '.join(arguments)})"

    def atom(self, atom: str) -> str:
        if _NUMBER.fullmatch(atom):
            return atom
        if atom == "Math/E":
            return "Math.E"
        if not _NAME.fullmatch(atom) or atom in _SPECIAL:
            raise _unread(self.text, f"{atom} is no name nor number check reads")
        return _plain(atom)


# Clojure's special forms and higher-order functions, whose meaning is no arithmetic of their arguments
_SPECIAL = {"if", "when", "cond", "case", "do", "fn", "let", "loop", "recur", "map", "mapv", "reduce", "apply",
            "def", "defn", "for", "doseq", "->", "->>", "comp", "partial"}


def _plain(name: str) -> str:
    """A Lisp name as the code reader reads one: its primes as _prime, its hyphens as underscores."""
    return name.replace("'", "_prime").replace("-", "_")


def _unread(text: str, why: str) -> LispUnread:
    return LispUnread(f"formula {short(text)}: {why}; write the definition's value as one formula, e.g. act(z) ="
                      " 1 / (1 + exp(-z))")
