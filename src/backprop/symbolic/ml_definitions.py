"""The body of OCaml's and F#'s function definition, ``let act x = 1.0 /. (1.0 +. exp (-. x)) ;;`` (F#'s ``let act
z =`` with its body on the lines below), read as Haskell's is (haskell_definitions: application by juxtaposition of
the functions the notation or math names, ``act x *. (1.0 -. act x)``), with the ML family's own operators and words:

- OCaml's float arithmetic ``+. -. *. /.`` as ``+ - * /`` (its integer ones, and F#'s, are those already), ``-.``
  before an operand its minus, ``**`` the power, a float written ``1.`` as ``1.0``;
- .NET's ``Math.Pow(a, b)`` (F#, its arguments a tuple) as ``a ** b``, ``Math.Exp``, ``Math.Log`` of one argument,
  ``Math.Sqrt``, ``Math.Tanh``, ``Math.Abs`` as math's (``Math.E``, Euler's number, is the code reader's, code_names.EULER_CONSTANTS);
- refused (HaskellUnread): what has no one reading here, a local ``let ... in``, ``if``, ``match``, ``fun``, a
  ``^`` (OCaml's and F#'s string concatenation, never a power) and any other operator (``|>``, ``@@``, ``$``).

String rewriting over a bounded text, as typography's: nothing is evaluated.
"""

from __future__ import annotations

import re

from .haskell_definitions import HaskellUnread, Reader
from .quantities import short

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
