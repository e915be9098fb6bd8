"""Lisp's forms, as Clojure writes a function's definition, and OCaml's and F#'s definitions (below), read into the
parts every language's definition has (function_syntaxes.Written): ``(defn act [z] (/ 1.0 (+ 1.0 (Math/exp (-
z)))))`` is the function act of z whose value is ``1.0 / (1.0 + math.exp(-(z)))``, the infix text the code reader
reads, so that a prefix form reads to the same syntax tree the infix one does.

- ``(defn NAME [PARAMETERS] BODY)`` (``defn-`` too, a docstring before the parameters allowed): one body form, its
  value; ``(let [s (act z)] (* s (- 1 s)))`` as that body binds locals before its value.
- Arithmetic: ``(+ a b c)``, ``(* a b)`` of any count, ``(- a)`` the negation and ``(- a b c)`` a minus b minus c,
  ``(/ a)`` the reciprocal and ``(/ a b)`` the quotient; ``(inc a)``, ``(dec a)`` a + 1, a - 1.
- Java's math as Clojure calls it, ``(Math/exp z)``, ``(Math/pow a b)`` (``log``, ``sqrt``, ``abs``, the
  hyperbolic functions: each word function_words names), ``Math/E``: math's; any other call ``(f a b)`` as ``f(a, b)``, a name primed as Clojure writes a derivative
  (``act'``) an activation's derivative word where it is one (haskell_definitions.definition_name), else refused.

- Racket's math/matrix: ``(matrix+ a b)``, ``(matrix- a b)`` entry by entry, ``(matrix* a b)`` the matrix product,
  ``(matrix-scale m k)``, ``(matrix-transpose m)``, ``(matrix-map f m)`` of a function's name (_MATH_MATRIX); one of
  them passed as a value (``(matrix* e matrix-map f o)``, a call's parentheses missing) refused naming it.
- An assignment of one name (lisp_assignment): ``(setf NAME VALUE)``, ``(setq ...)``, ``(set! ...)``, ``(def ...)``
  and Scheme's ``(define NAME VALUE)`` (``(define (NAME x) BODY)`` is a function's definition, above).

Anything else (a vector as a value, a higher-order call, ``if``, ``fn``, ``map``, a form of several bodies,
destructured parameters) is refused naming the form (LispUnread). A ``;`` comment (comment_marks' Clojure mark) is
set aside.

The body of OCaml's and F#'s function definition (MLReader), another functional language's written for the code reader
as Lisp's is, ``let act x = 1.0 /. (1.0 +. exp (-. x)) ;;`` (F#'s ``let act z =`` with its body on the lines below),
read as Haskell's is (haskell_definitions: application by juxtaposition of the functions the notation or math names,
``act x *. (1.0 -. act x)``), with the ML family's own operators and words:

- OCaml's float arithmetic ``+. -. *. /.`` as ``+ - * /`` (its integer ones, and F#'s, are those already), ``-.``
  before an operand its minus, ``**`` the power, a float written ``1.`` as ``1.0``;
- .NET's ``Math.Pow(a, b)`` (F#, its arguments a tuple) as ``a ** b``, ``Math.Exp``, ``Math.Log`` of one argument,
  ``Math.Sqrt``, ``Math.Tanh``, ``Math.Abs`` as math's (``Math.E``, Euler's number, is the code reader's, code_names.EULER_CONSTANTS);
- refused (HaskellUnread): what has no one reading here, a local ``let ... in``, ``if``, ``match``, ``fun``, a
  ``^`` (OCaml's and F#'s string concatenation, never a power) and any other operator (``|>``, ``@@``, ``$``).

String rewriting over a bounded text, as typography's: nothing is evaluated.
"""

from __future__ import annotations

import functools
import re

from ..patterns import lazy_pattern
from .comment_marks import comments_of
from .function_words import NAMED_FUNCTIONS
from .haskell_definitions import HaskellUnread, Reader, definition_name
from .quantities import FormulaError, short
from .syntax_tree import EXPONENT

_COMMENT = comments_of("Clojure")
_TOKEN = lazy_pattern(r"\s*(?:(?P<bracket>[()\[\]])|(?P<string>\"(?:[^\"\\]|\\.)*\")|(?P<atom>[^\s()\[\]\";,]+))")
_NUMBER = lazy_pattern(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:" + EXPONENT + ")?")
_NAME = lazy_pattern(r"[A-Za-z_*!?<>=][\w*!?<>=-]*'*")
# a definition: Clojure's (defn NAME ...), Common Lisp's (defun NAME ...), Scheme's and Racket's (define (NAME ...) ...),
# its text opening with it
DEFN = lazy_pattern(r"\s*\(\s*(?:defn-?|defun|define)\s")
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
    if form[0] == "define" and len(form) == 3 and isinstance(form[1], str):
        return None  # Scheme's (define NAME VALUE): a name's value, an assignment (lisp_assignment reads it)
    if form[0] == "define" and len(form) >= 3 and isinstance(form[1], list) and form[1]:
        form = ["define", form[1][0], _Vector(form[1][1:]), *form[2:]]  # Scheme's (define (NAME x) BODY)
    parts = list(form[2:])
    if len(form) < 4 or not isinstance(form[1], str) or not _NAME.fullmatch(form[1]):
        raise _unread(text, f"a {form[0]} is ({form[0]} NAME {'(PARAMETERS)' if form[0] == 'defun' else '[PARAMETERS]'}"
                            " BODY)" if form[0] != "define" else "a define is (define (NAME PARAMETERS) BODY)")
    if parts and isinstance(parts[0], str) and parts[0].startswith('"'):
        parts.pop(0)  # the docstring (Clojure's before the parameters)
    if form[0] == "defun" and parts and isinstance(parts[0], list):
        parts[0] = _Vector(parts[0])  # Common Lisp's (defun NAME (x) BODY): its parameters in parentheses
        if len(parts) == 3 and isinstance(parts[1], str) and parts[1].startswith('"'):
            parts.pop(1)  # the docstring (Common Lisp's after them)
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
    return (lisp_spelled(definition_name(form[1])), ", ".join(_plain(parameter) for parameter in parameters),
            tuple(local_statements), reader.infix(body))


# an assignment: Common Lisp's (setf NAME VALUE) and (setq ...), Scheme's (set! ...) and (define NAME VALUE), Clojure's
# (def NAME VALUE), its text opening with it
_ASSIGNMENT = lazy_pattern(r"\s*\(\s*(?:setf|setq|set!|define|def)\s+[^\s()\[\]]",
                           needs=("def", "set!", "setf", "setq"))


def lisp_assignment(text: str) -> str:
    """``text`` as an infix assignment where it is one Lisp form assigning one name, ``(setf d-error (- target
    output))`` as ``d_error = (target - output)`` (its name and its value's names spelled as lisp_spelled does); any
    other text as it is. LispUnread where the value is a form check does not read."""
    if not _ASSIGNMENT.match(text):
        return text
    form = _whole_form(text)
    if len(form) != 3 or not isinstance(form[1], str) or not _NAME.fullmatch(form[1]):
        raise _unread(text, f"a {form[0]} is ({form[0]} NAME VALUE), one name and one value")
    return f"{_plain(form[1])} = {_Infix(text).infix(form[2])}"


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
        if head in _MATH_MATRIX:
            arity, reading = _MATH_MATRIX[head]
            if len(arguments) not in arity:
                raise _unread(self.text, f"({head} ...) of {len(arguments)} argument(s), which check reads of"
                                         f" {' or '.join(map(str, arity))} here")
            if head == "matrix-map" and not re.fullmatch(r"\w+", arguments[0]):
                raise _unread(self.text, "(matrix-map F M) of other than a function's name F")
            return reading(arguments)
        name = definition_name(head)
        if "'" in name or not _NAME.fullmatch(head) or head in _SPECIAL:
            raise _unread(self.text, f"({head} ...) is a form check does not read")
        return f"{_plain(name)}({', '.join(arguments)})"

    def atom(self, atom: str) -> str:
        if _NUMBER.fullmatch(atom):
            return atom
        if atom == "Math/E":
            return "Math.E"
        if atom in _MATH_MATRIX:
            raise _unread(self.text, f"{atom}, a function, stands as a value (passed to another: its call's"
                                     " parentheses missing?), which check does not read")
        if not _NAME.fullmatch(atom) or atom in _SPECIAL:
            raise _unread(self.text, f"{atom} is no name nor number check reads")
        return _plain(atom)


# Racket's math/matrix library, its functions' arities and their infix texts as the code reader reads them:
# matrix+ and matrix- entry by entry (one argument of matrix- its negation), matrix* the matrix product (of several,
# from the left), matrix-scale a matrix times a number, matrix-transpose, and matrix-map of one function and one
# matrix its value entry by entry (the function's call, of a function's name only); math/matrix's matrix-dot is the
# sum of the entries' products (Frobenius's inner product, a number), never a matrix product, so it is left to the
# notation's functions
_MATH_MATRIX = {
    "matrix+": (range(2, 99), lambda a: "(" + " + ".join(a) + ")"),
    "matrix-": (range(1, 99), lambda a: f"(-({a[0]}))" if len(a) == 1 else "(" + " - ".join(a) + ")"),
    "matrix*": (range(2, 99), lambda a: functools.reduce(lambda left, right: f"np.dot({left}, {right})", a)),
    "matrix-scale": ((2,), lambda a: f"(({a[0]}) * ({a[1]}))"),
    "matrix-transpose": ((1,), lambda a: f"np.transpose({a[0]})"),
    "matrix-map": ((2,), lambda a: f"{a[0]}({a[1]})")}
# Clojure's special forms and higher-order functions, whose meaning is no arithmetic of their arguments
_SPECIAL = {"if", "when", "cond", "case", "do", "fn", "let", "loop", "recur", "map", "mapv", "reduce", "apply",
            "def", "defn", "for", "doseq", "->", "->>", "comp", "partial"}


# a Lisp name with hyphens, d-error, act-slope: one name in an S-expression (a notation's pattern or function so
# written is kept as lisp_spelled spells it)
HYPHENATED_NAME = lazy_pattern(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+")


def lisp_spelled(name: str) -> str:
    """A Lisp name, ``act-slope``, as code of other languages spells one: its hyphens as underscores (inside an
    S-expression a hyphen is the name's, operators standing apart), act_slope, as the notation keeps it too."""
    return name.replace("-", "_")


def _plain(name: str) -> str:
    """A Lisp name as the code reader reads one: its primes as _prime, its hyphens as underscores."""
    return lisp_spelled(name.replace("'", "_prime"))


def _unread(text: str, why: str) -> LispUnread:
    return LispUnread(f"formula {short(text)}: {why}; write the definition's value as one formula, e.g. act(z) ="
                      " 1 / (1 + exp(-z))")


# OCaml's float operators, and the ML family's arithmetic, as the code reader's
_FLOAT_OPERATORS = {"+.": "+", "-.": "-", "*.": "*", "/.": "/"}
_OPERATORS = {"+": "+", "-": "-", "*": "*", "/": "/", "**": "**"}
_KEYWORDS = {word: construct for construct, words in (
    ("an if ... then ... else", ("if", "then", "else")), ("a local let ... in", ("let", "in", "rec")),
    ("a match ... with", ("match", "with", "when", "function")), ("a lambda fun x -> ...", ("fun",)),
    ("a loop", ("for", "while", "do", "done")), ("a begin ... end block", ("begin", "end")),
    ("a mutable value", ("mutable",)), ("a where clause", ("where",))) for word in words}
# .NET's System.Math methods F# calls on a tuple of arguments, and their arity: the code reader's reading of each
# (Math.Exp as exp, ...: the method's name in lower case, math's)
_DOTNET = {"Math.Pow": (2, lambda a: f"(({a[0]}) ** ({a[1]}))"),
           **{f"Math.{name}": (1, lambda a, name=name: f"{name.lower()}({a[0]})")
              for name in ("Exp", "Log", "Sqrt", "Tanh", "Abs")}}


class MLReader(Reader):
    """OCaml's and F#'s expressions of one definition, as the code reader's text."""

    OPERATORS = _OPERATORS
    KEYWORDS = _KEYWORDS
    WHERE = False

    def _tokens(self, written: str) -> list:
        written = re.sub(r"(?<![\w.])(\d+)\.(?![\w.])", r"\1.0", written)  # OCaml's 1. is the float 1.0
        written = re.sub(r"(?<![\w.])System\.(?=Math\.)", "", written)
        tokens = [("operator", _FLOAT_OPERATORS.get(token, token)) if kind == "operator" else (kind, token)
                  for kind, token in super()._tokens(written)]
        for kind, token in tokens:
            if kind == "operator" and token not in self.OPERATORS and token != "-":
                raise self._refused(f"the operator {token}" + (" (string concatenation)" if token == "^" else ""))
        return tokens

    def calls(self, name: str) -> bool:
        return name in _DOTNET or super().calls(name)

    def _tuple(self, items: list):
        return "tuple", items

    def _value(self, atom) -> str:
        if atom[0] == "tuple":
            raise self._refused("a tuple outside a .NET method's arguments, Math.Pow(a, b)")
        return super()._value(atom)

    def _applied(self, head: list, arguments: list) -> str:
        function, given = head[0], [*head[1:], *arguments]
        if function[0] != "name" or function[1] not in _DOTNET:
            return super()._applied(head, arguments)
        arity, reading = _DOTNET[function[1]]
        values = given[0][1] if len(given) == 1 and given[0][0] == "tuple" else [self._value(each) for each in given]
        if len(given) != 1 or len(values) != arity:
            raise self._refused(f"{function[1]} given other than its {arity} argument(s) in one bracket")
        return reading(values)

    def _refused(self, construct: str) -> HaskellUnread:
        return HaskellUnread(f"formula {short(self.text)}: {construct} in the definition of {self.name}, which check"
                             f" does not read in OCaml or F#; write its value as one expression of arithmetic and"
                             f" calls, let {self.name} x = ...")
