"""Haskell's function definition, read into the parts every language's definition has (function_syntaxes.Written):
its type signature on the line above, ``act :: Double -> Double`` (or ``grad :: Num a => Matrix a -> Matrix a``), set
aside (it states types, no formula), then ``act x = ...`` with its parameters after its name (a primed one,
``out'``, and a constructor pattern ``(Layer w th)`` binding the record's fields, read only where the notation names
them), its body over lines, a ``where`` clause's local bindings (``where s = f x``) and ``--`` comments.

The body is read as Haskell writes it, into the code the reader reads: application by juxtaposition, ``f x y`` as
``f(x, y)``, only where ``f`` is a function the notation names or math's and Haskell's own (``exp``, the activations'
words, ``succ u`` as ``u + 1``, ``pred``, ``negate``, ``fromIntegral u`` as u, ``product [a, b, c]`` as the product of
the list, ``sum``, Data.Matrix's ``multStd a b`` as ``np.dot(a, b)``, ``scaleMatrix k m`` as ``k * m``, ``transpose``;
the entrywise ``#* #- #+`` a file defines as ``elementwise (*)``, ``(-)``, ``(+)``, batch 100's Matrix.hs); ``fmap f
m`` and ``map f xs`` as the map ``(m).map(f)`` the code reader reads entry by entry (code_callbacks.inline_maps), ``f``
a function's name or a lambda ``(\\x -> body)``, and a point-free ``grad = fmap (\\x -> ...)`` as ``grad x`` (``act =
\\x -> ...`` as ``act x = ...``); ``f $ u`` as ``f (u)``. Two names side by side where the first is no function known
so (``a b``: a call, or a product?) is refused (HaskellUnread), as is what has no one reading here: an operator
section, composition ``.``, ``if``, ``let``, ``case``, guards, a local function in ``where``.

String rewriting over a bounded text, as typography's: nothing is evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import lazy_pattern
from .comment_marks import HASKELL_COMMENT
from .function_words import DERIVATIVE_WORDS, EITHER_WORDS, LOSS_DERIVATIVE_WORDS, NAMED_FUNCTIONS
from .quantities import FormulaError, short

#: a Haskell name of a value or a function: a lower-case letter first, primes after (out', act')
NAME = r"[a-z_][\w']*"
#: a type signature's line, NAME :: TYPE (a class constraint's => in it), a comment after it
#: (the comment opening at the first -- after the type's first character, a dash before another never the type's: one
#: way only to read a run of dashes; taken whole, atomic, since every use reads the signature to its line's end)
SIGNATURE = rf"[ \t]*({NAME})[ \t]*::(?>(?:[^=\n]|=>)(?:[^=\n-]|=>|-(?!-))*(?:--[^\n]*)?)"
#: a signature and, below it past blank and comment lines, the same name opening its definition (group 1 the name)
SIGNED_NAME = rf"{SIGNATURE}\n(?:[ \t]*(?:--[^\n]*)?\n)*[ \t]*\1"
# a text that is a signature alone, and one that opens with a signed definition (the spacing before it taken whole by
# \s*+, never split with the signature's own [ \t]* every way: a text of spaces is read once)
_SIGNATURE_ALONE = lazy_pattern(rf"\s*+{SIGNATURE}\s*")
_SIGNED = lazy_pattern(rf"\s*+{SIGNED_NAME}(?![\w'])")
#: a parameter after a definition's name: a name, or a constructor pattern (Layer w th)
PARAMETER = rf"(?:{NAME}|\([ \t]*[A-Z]\w*(?:[ \t]+{NAME})+[ \t]*\))"

# Haskell's functions read as the code reader's: the value of each call, its arguments' readings in order
_OWN = {"succ": lambda a: f"({a[0]} + 1)", "pred": lambda a: f"({a[0]} - 1)", "negate": lambda a: f"(-{a[0]})",
        "recip": lambda a: f"(1 / {a[0]})",
        "fromIntegral": lambda a: a[0], "realToFrac": lambda a: a[0],
        "multStd": lambda a: f"np.dot({a[0]}, {a[1]})", "multStd2": lambda a: f"np.dot({a[0]}, {a[1]})",
        "scaleMatrix": lambda a: f"({a[0]} * {a[1]})", "transpose": lambda a: f"np.transpose({a[0]})"}
_ARITY = {"multStd": 2, "multStd2": 2, "scaleMatrix": 2, "fmap": 2, "map": 2}
# the arithmetic, the entrywise operators files define over Data.Matrix ((#*) = elementwise (*): the Hadamard product)
# and the powers, as the code reader's
_OPERATORS = {"+": "+", "-": "-", "*": "*", "/": "/", "#*": "*", "#-": "-", "#+": "+", "^": "**", "^^": "**",
              "**": "**"}
_KEYWORDS = {"if": "an if ... then ... else", "then": "an if ... then ... else", "else": "an if ... then ... else",
             "let": "a let ... in", "in": "a let ... in", "case": "a case ... of", "of": "a case ... of",
             "do": "a do block", "where": "a where clause inside the body"}
_TOKEN = lazy_pattern(r"\s*(?:(?P<number>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<name>(?:[A-Z]\w*\.)*[A-Za-z_][\w']*)"
                      r"|(?P<open>[(\[])|(?P<close>[)\]])|(?P<comma>,)|(?P<lambda>\\)|(?P<tick>`)"
                      r"|(?P<operator>[-!#$%&*+./<=>?@^|~:]+))")


class HaskellUnread(FormulaError):
    """A Haskell definition's body holding what check does not read: a name applied to another that is no function
    the notation or math names (a call, or a product?), or a construct with no one reading here."""


@dataclass(frozen=True)
class Parts:
    """A Haskell definition read: its name, its parameters' names joined by commas, the names a constructor pattern
    binds, the local statements ``s = expression`` of its where clause, its value."""

    name: str
    parameters: str
    fields: tuple
    locals: tuple
    value: str


def signature_alone(text: str) -> bool:
    """Whether ``text`` is a type signature alone, ``act :: Double -> Double``."""
    return _SIGNATURE_ALONE.fullmatch(text) is not None and "->" in text


def signed(text: str) -> str | None:
    """The name of the definition ``text`` is, where it opens with a type signature and the definition of the same
    name below it, whatever its form (Haskell's surely); None for any other text."""
    found = _SIGNED.match(text)
    return None if found is None else found.group(1)


def haskell_parts(text: str, name: str, parameters: str, body: str, functions: frozenset,
                  reader_class: type | None = None) -> Parts:
    """The Parts of the definition ``text`` (its comments aside), whose ``name``, ``parameters`` (as written after
    it) and ``body`` (after its =) the syntax's head found; ``functions`` the names the notation gives functions;
    ``reader_class`` the body's reader (Haskell's, or lisp_ml_definitions' for OCaml's and F#'s ``let``).
    HaskellUnread for what the body holds that check does not read."""
    reader_class = reader_class or Reader
    fields, names = [], []
    for written in re.findall(PARAMETER, parameters):
        if written.startswith("("):
            bound = written.strip("() \t").split()[1:]
            fields.extend(bound)
            names.extend(bound)
        else:
            names.append(written)
    value, where = _where_split(text, name, body) if reader_class.WHERE else (body, "")
    bindings = _bindings(text, name, where)
    local_names = [local for local, _ in bindings]

    def reader_of(bound: list) -> Reader:  # the names the body binds: parameters and the where clause's locals
        return reader_class(text, name, functions, frozenset({*bound, *local_names}))

    reader = reader_of(names)
    lambda_value = re.fullmatch(rf"\s*\\\s*({NAME})\s*->(.*)", value, re.S)
    if not names and lambda_value is not None:  # act = \x -> ...: act x = ...
        names, value = [lambda_value.group(1)], lambda_value.group(2)
        reader = reader_of(names)
    elif not names and (point_free := reader.point_free(value)) is not None:
        names, value = point_free  # grad = fmap (\x -> ...): grad x = fmap (\x -> ...) x
        reader = reader_of(names)
    renamed = {written: _plain(written) for written in [*names, *local_names] if "'" in written}
    local_statements = tuple(f"{_plain(local)} = {reader.expression(expression, renamed)}"
                             for local, expression in bindings)
    return Parts(definition_name(name), ", ".join(_plain(each) for each in names), tuple(_plain(f) for f in fields),
                 local_statements, reader.expression(value, renamed))


def _plain(name: str) -> str:
    """A primed name as a name the code reader reads, out' as out_prime (a parameter's, bound by the definition)."""
    return name.replace("'", "_prime")


def definition_name(name: str) -> str:
    """The definition's name as code's: an activation's word primed, act' (the derivative's name Haskell writes), as
    actprime, code's word for its derivative at its input or its output (EITHER_WORDS); any other name as written."""
    return f"{name[:-1]}prime" if name.endswith("'") and f"{name[:-1]}prime" in EITHER_WORDS else name


def _where_split(text: str, name: str, body: str) -> tuple[str, str]:
    """(the value's text, the where clause's) of ``body``: the where after the value, on its line or below it."""
    parts = re.split(r"(?<![\w'])where(?![\w'])", body)
    if len(parts) > 2:
        raise _unread(text, name, "a second where clause")
    return parts[0], parts[1] if len(parts) == 2 else ""


def _bindings(text: str, name: str, where: str) -> list:
    """[(local, its expression)] of a where clause: each binding ``s = ...`` from its line (more indented lines its
    own); a local function (``g x = ...``), a guard or a pattern is refused."""
    bindings: list = []
    for line in where.split("\n"):
        if not line.strip():
            continue
        found = re.fullmatch(rf"[ \t]*({NAME})[ \t]*=(?!=)(.*)", line)
        if found is None and bindings and not re.match(rf"[ \t]*{NAME}[ \t]+[^=]*=(?!=)", line):
            bindings[-1] = (bindings[-1][0], f"{bindings[-1][1]} {line.strip()}")
            continue
        if found is None:
            raise _unread(text, name, "a where clause's binding other than a name's value (a local function, a"
                                      " guard, a pattern)")
        bindings.append((found.group(1), found.group(2).strip()))
    for place, (local, _) in enumerate(bindings):  # each local used after its binding only (substituted in order)
        if any(re.search(rf"(?<![\w']){re.escape(local)}(?![\w'])", expression) for _, expression in bindings[:place]):
            raise _unread(text, name, f"a where clause using {local} above its binding")
    return bindings


def _unread(text: str, name: str, construct: str) -> HaskellUnread:
    return HaskellUnread(f"formula {short(text)}: {construct} in the definition of {name}, which check does not read"
                         f" in Haskell; write its value as one expression, {name} x = ..., with locals in where s ="
                         " ... (each a name's value)")


class Reader:
    """Haskell's expressions of one definition, as the code reader's text (``OPERATORS``, ``KEYWORDS`` and the hooks
    ``_tokens`` and ``_tuple`` the language's own: lisp_ml_definitions.MLReader's for OCaml and F#)."""

    OPERATORS = _OPERATORS
    KEYWORDS = _KEYWORDS
    WHERE = True  # a where clause's bindings after the body: its locals

    def __init__(self, text: str, name: str, functions: frozenset, bound: frozenset):
        self.text, self.name, self.functions, self.bound = text, name, functions, bound

    def calls(self, name: str) -> bool:
        """Whether ``name`` is a function applied by juxtaposition: the notation's, math's (a word of more than one
        letter), an activation's derivative's, a loss's, Haskell's own."""
        return name != self.name and name not in self.bound and (
            name in self.functions or name in _OWN or name in _ARITY or name in ("product", "sum")
            or len(name) > 1 and name in NAMED_FUNCTIONS or name in EITHER_WORDS or name in DERIVATIVE_WORDS
            or name in LOSS_DERIVATIVE_WORDS)

    def point_free(self, value: str):
        """(the parameter, the value applied to it) where ``value`` is a map not yet applied, fmap f (or map f);
        None for any other value."""
        tokens = self._tokens(value)
        found = re.fullmatch(r"\s*(fmap|map)\s+(\S.*?)\s*", value, re.S)
        if found is None or not self._one_atom(tokens[1:]):
            return None
        lambda_parameter = re.match(rf"\(\s*\\\s*({NAME})\s*->", found.group(2))
        parameter = lambda_parameter.group(1) if lambda_parameter else "u"
        return [parameter], f"{value} {parameter}"

    def expression(self, written: str, renamed: dict) -> str:
        """The code reader's text of the expression ``written``, each primed name of ``renamed`` (a parameter's, a
        local's) and of a lambda's parameter as a plain name."""
        tokens = self._tokens(written)
        lambdas = {name for (kind, _), (_, name) in zip(tokens, tokens[1:]) if kind == "lambda" and "'" in name}
        renamed = {**renamed, **{name: _plain(name) for name in lambdas}}
        for old, new in renamed.items():
            tokens = [("name", new) if token == ("name", old) else token for token in tokens]
        value, end = self._operators(tokens, 0)
        if end != len(tokens):
            raise self._refused(f"{self._shown(tokens[end:])} where a value's end was expected")
        return value

    def _tokens(self, written: str) -> list:
        tokens, position, written = [], 0, HASKELL_COMMENT.sub(" ", written)
        while position < len(written.rstrip()):
            found = _TOKEN.match(written, position)
            if found is None:
                raise self._refused(f"the character {written[position:].strip()[:1]!r}")
            kind = found.lastgroup
            tokens.append((kind, re.sub(r"^(?:[A-Z]\w*\.)+(?=[a-z_])", "", found.group(kind))))
            position = found.end()
        for kind, token in tokens:
            if kind == "name" and token in self.KEYWORDS:
                raise self._refused(self.KEYWORDS[token])
            if kind == "tick":
                raise self._refused("a function written between backticks (`div`)")
        return tokens

    def _one_atom(self, tokens: list) -> bool:
        try:
            return self._atom(tokens, 0)[1] == len(tokens)
        except HaskellUnread:
            return False

    def _operators(self, tokens: list, position: int) -> tuple[str, int]:
        """The operators' expression from ``position``: applications between operators, a leading minus; ``f $ u``
        (all after the $ one argument of the application before it, the expression's first)."""
        parts, written = [], []
        if position < len(tokens) and tokens[position] == ("operator", "-"):
            parts.append("-")
            position += 1
        while True:
            atoms, position = self._atoms(tokens, position)
            operator = tokens[position][1] if position < len(tokens) and tokens[position][0] == "operator" else None
            if operator is not None and operator != "$" and operator not in self.OPERATORS:
                raise self._refused(f"the operator {operator}" + (" (composition)" if operator == "." else ""))
            if operator == "$":
                if parts:
                    raise self._refused("a $ after an operator's expression")
                rest, position = self._operators(tokens, position + 1)
                return self._applied(atoms[:1], [*atoms[1:], ("text", f"({rest})")]), position
            parts.append(self._applied(atoms[:1], atoms[1:]) if len(atoms) > 1 else self._value(atoms[0]))
            if operator is None:
                self._fixed(["-"] * (parts[0] == "-") + written)
                return " ".join(parts), position
            written.append(operator)
            parts.append(self.OPERATORS[operator])
            position += 1

    def _fixed(self, operators: list):
        """HaskellUnread where the file's own operators (#*, #-, #+: of the fixity its source declares, or Haskell's
        default, tighter than every other) stand beside others unparenthesized (a leading minus among them): read left
        to right only as a chain of #+ and #- or of #* alone."""
        own = {operator for operator in operators if operator.startswith("#")}
        if own and len(operators) > 1 and not (set(operators) <= {"#+", "#-"} or set(operators) == {"#*"}):
            raise self._refused(f"the operators {' '.join(dict.fromkeys(operators))} side by side, whose precedence"
                                " the file's fixity declarations say (parenthesize them)")

    def _atoms(self, tokens: list, position: int) -> tuple[list, int]:
        """The atoms of one application from ``position``, to an operator, a bracket's end or a comma."""
        atoms = []
        while position < len(tokens) and tokens[position][0] not in ("operator", "close", "comma"):
            atom, position = self._atom(tokens, position)
            atoms.append(atom)
        if not atoms:
            raise self._refused("an operator with no value before it (a section)" if position < len(tokens)
                                else "an expression with no value")
        return atoms, position

    def _atom(self, tokens: list, position: int):
        """One atom from ``position``: ("name", n), ("text", reading), ("list", [readings]) or ("lambda", parameter,
        its body's reading); and the position after it."""
        kind, token = tokens[position]
        if kind in ("number", "name"):
            return ((kind if kind == "name" else "text"), token), position + 1
        if kind == "lambda":
            raise self._refused("a lambda outside fmap's or map's first argument")
        if kind != "open":
            raise self._refused(f"{token} where a value was expected")
        closing = ")" if token == "(" else "]"
        if position + 1 < len(tokens) and tokens[position + 1][0] == "lambda" and token == "(":
            found = tokens[position + 2:position + 5]
            if len(found) < 3 or found[0][0] != "name" or found[1] != ("operator", "->"):
                raise self._refused("a lambda of other than one parameter's name")
            body, end = self._operators(tokens, position + 4)
            return ("lambda", found[0][1], body), self._closed(tokens, end, closing)
        if position + 1 < len(tokens) and tokens[position + 1][0] == "operator" and token == "(" \
                and tokens[position + 1][1] != "-":
            raise self._refused("an operator section, (*2) or (+)")
        items, position = [], position + 1
        while True:
            value, position = self._operators(tokens, position)
            items.append(value)
            if position < len(tokens) and tokens[position][0] == "comma":
                position += 1
                continue
            break
        end = self._closed(tokens, position, closing)
        if token == "[":
            return ("list", items), end
        if len(items) > 1:
            return self._tuple(items), end
        return ("text", f"({items[0]})"), end

    def _tuple(self, items: list):
        """The atom a parenthesized tuple of ``items`` is (none in Haskell's arithmetic: refused)."""
        raise self._refused("a tuple")

    def _closed(self, tokens: list, position: int, closing: str) -> int:
        if position >= len(tokens) or tokens[position] != ("close", closing):
            raise self._refused(f"a bracket not closed by {closing}")
        return position + 1

    def _value(self, atom) -> str:
        if atom[0] == "text":
            return atom[1]
        if atom[0] == "name":
            if self.calls(atom[1]):
                raise self._refused(f"the function {atom[1]} given no argument")
            return atom[1]
        raise self._refused("a list outside product [...] and sum [...]" if atom[0] == "list"
                            else "a lambda outside fmap's or map's first argument")

    def _applied(self, head: list, arguments: list) -> str:
        """The reading of an application, the atoms ``head`` (the function, and any arguments before a $) applied to
        ``arguments``."""
        function, arguments = head[0], [*head[1:], *arguments]
        if function[0] != "name" or not self.calls(function[1]):
            shown = function[1] if function[0] in ("name", "text") else "a list"
            raise HaskellUnread(f"formula {short(self.text)}: {shown} applied to what follows it, in the definition of"
                                f" {self.name}, is a call only where {shown} is a function the notation names (or"
                                " math's, exp, Haskell's succ), and may be a product: write * for a product, or give"
                                f" {shown} in the notation's functions")
        name = function[1]
        if name in ("fmap", "map"):
            return self._mapped(arguments)
        if name in ("product", "sum"):
            if len(arguments) != 1:
                raise self._refused(f"{name} of other than one list")
            if arguments[0][0] == "list":
                return "(" + (" * " if name == "product" else " + ").join(f"({item})" for item in arguments[0][1]) + ")"
            if name == "product":
                raise self._refused("product of other than a list written out, product [a, b]")
            return f"np.sum({self._value(arguments[0])})"
        values = [self._value(argument) for argument in arguments]
        if name in _ARITY and len(values) != _ARITY[name] or name in _OWN and name not in _ARITY and len(values) != 1:
            raise self._refused(f"{name} given {len(values)} arguments")
        if name in _OWN:
            return _OWN[name](values)
        return f"{name}({', '.join(values)})"

    def _mapped(self, arguments: list) -> str:
        """fmap f m (map f xs) as the code reader's map of m, entry by entry: (m).map(f), (m).map(x => body)."""
        if len(arguments) != 2:
            raise self._refused(f"fmap given {len(arguments)} arguments (a map of other than one function and one"
                                " value)")
        function, value = arguments[0], self._value(arguments[1])
        if function[0] == "lambda":
            return f"({value}).map({function[1]} => {function[2]})"
        if function[0] == "name" and function[1] in ("fromIntegral", "realToFrac"):
            return value  # a number's conversion, entry by entry: the same values
        if function[0] != "name" or not self.calls(function[1]) or function[1] in _OWN or function[1] in _ARITY:
            raise self._refused("a map of other than a lambda or a function's name")
        return f"({value}).map({function[1]})"

    def _refused(self, construct: str) -> HaskellUnread:
        return _unread(self.text, self.name, construct)

    @staticmethod
    def _shown(tokens: list) -> str:
        return " ".join(str(token) for _, token in tokens)[:30]
