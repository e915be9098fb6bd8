"""A line of Haskell assigning one name, ``new_weights = (+) layer_weights $ cmap (* lr) $ (tr layer_inp) <> d_layer``
(or a ``where`` binding), read as the assignment of that name to its value as code's, ``new_weights =
(layer_weights + (((tr(layer_inp)) @ d_layer) * lr))``, by haskell_definitions' reader of a definition's body
(application by juxtaposition of the functions the notation or math names, ``f $ u``), with what Haskell's matrix
libraries write in such lines:

- an operator section, ``(+) a b`` as ``(a + b)``, ``(* lr) u`` as ``(u * lr)``, ``(lr *) u`` as ``(lr * u)``;
- hmatrix's ``<>``, the matrix product, as NumPy's ``@``, only in a chain of ``<>`` alone (its fixity is the
  library version's: beside ``+`` or ``*`` unparenthesized it is refused); ``cmap f m`` (hmatrix's map entry by
  entry) as f of m, f a function's name or a section; ``scale k m`` as ``k * m``; Data.Matrix's ``elementwise (*) a
  b`` (its ``(-)``, ``(+)``) as a * b entry by entry; a module's own ``foreach f m`` (its name says f of each
  entry) as ``cmap f m``, f a function's name or a section;
- hmatrix's sums: ``map sumElements $ toColumns m`` (each column's entries added: the sum over the rows, a
  mini-batch's samples where they are rows) as ``np.sum(m, axis=0)``, ``toRows`` axis 1, ``sumElements v`` every
  entry's; ``vector xs`` (``fromList``) the list's values as they are, and ``asRow`` (``asColumn``) only of the
  columns' (rows') sums, NumPy's ``keepdims=True`` (of another vector it is a transpose where the notation's vectors
  are columns: refused);
- and Haskell's own (``transpose m``, ``fromIntegral u``, ...) as a definition's body reads them.

Only a line that shows it is Haskell's is read so: a spaced ``$``, a section, ``<>``, or a ``where`` opening it with a
function applied by juxtaposition to a name (``where g = e * transpose x``: Haskell's where it reads so, else left
as it is); any other line is left to the formula's reader. What the reader does not read in it (a library's or the
file's own function, ``toColumns m`` other than under ``map sumElements``) is refused naming it (HaskellUnread),
never guessed.

String rewriting over a bounded text, as typography's: nothing is evaluated.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .brackets import closing_bracket
from .haskell_definitions import NAME, HaskellUnread, Reader
from .quantities import short

# NAME = value on one line, or a where's binding (group 1 the keyword, 2 the name, 3 the value; a let is F#'s and
# OCaml's too)
_LINE = lazy_pattern(rf"[ \t]*(?:(where)[ \t]+)?({NAME})[ \t]*=(?![=>])([^\n]*)")
# Haskell's own marks in a value: a spaced $ (application; R's $ is glued between a list and its field), hmatrix's <>
# between operands, an operator section, (+), (* lr), (lr *) (never (- x), a negation; nor a parenthesis after an
# operator, C's and Java's 1*0 + ( + 0.44 * 0), its + a sign: a section there would be a function added to a number)
_AFTER_NO_OPERATOR = r"(?<![-+*/^][ \t])(?<![-+*/^][ \t][ \t])(?<![-+*/^])"
_MARK = lazy_pattern(rf"[ \t]\$[ \t]|[\w)'][ \t]*<>[ \t]*[\w(]|{_AFTER_NO_OPERATOR}\([ \t]*[-+*/][ \t]*\)"
                     rf"|{_AFTER_NO_OPERATOR}\([ \t]*[+*/][ \t]*[\w(]|[\w)'][ \t]*[-+*/][ \t]*\)")
# a backslash other than a lambda's, \x -> ...: TeX's
_TEX = lazy_pattern(r"\\(?![a-z_][\w']*[ \t]*->)", needs=("\\",))
_SECTION_OPERATORS = {"+": "+", "-": "-", "*": "*", "/": "/"}
# the matrix libraries' functions read here, and their arities (foreach a module's own map, read as cmap)
_LIBRARY = {"cmap": 2, "foreach": 2, "scale": 2, "elementwise": 3, "toColumns": 1, "toRows": 1, "sumElements": 1,
            "vector": 1, "fromList": 1, "asRow": 1, "asColumn": 1}
# hmatrix's list of a matrix's columns (rows), whose entries' sums are NumPy's axis 0 (1); asRow (asColumn) keeps
# that sum's axis as NumPy's keepdims does
_SLICES = {"toColumns": 0, "toRows": 1}
_KEPT = {"asRow": 0, "asColumn": 1}
# the list of slices, held as a mark only map sumElements takes in (no name of Haskell's holds §: the tokens refuse it)
_SLICED = "§"


def haskell_line(text: str, functions: frozenset) -> str | None:
    """``text`` as ``NAME = value`` in code's syntax where it is one line of Haskell assigning one name (see the module
    docstring), ``functions`` the names the notation gives functions; None for any other text. HaskellUnread for a
    Haskell line holding what check does not read."""
    found = _LINE.fullmatch(text)
    if found is None or _TEX.search(text) or found.group(3).strip()[:1] == "$" or found.group(3).strip()[-1:] == "$":
        return None  # TeX's commands, its $ delimiters: no Haskell
    keyword, name, value = found.groups()
    reader = LineReader(text, name, functions, frozenset())
    if _MARK.search(value) is not None:
        return f"{name} = {reader.expression(value, {})}"
    if keyword is None or not reader.juxtaposed(value):
        return None
    try:  # a where binding of a call by juxtaposition, where g = e * transpose x: Haskell's only where it reads so
        return f"{name} = {reader.expression(value, {})}"
    except HaskellUnread:
        return None


class LineReader(Reader):
    """A Haskell line's value, as the code reader's text (haskell_definitions.Reader with sections and the matrix
    libraries' words)."""

    OPERATORS = {**Reader.OPERATORS, "<>": "@"}

    def calls(self, name: str) -> bool:
        # and a primed function the notation declares, act' (its derivative, "act'" = "<activation>' at input")
        return name in _LIBRARY or super().calls(name) or self._primed(name)

    def _primed(self, name: str) -> bool:
        return name.endswith("'") and name.rstrip("'") in self.functions and name != self.name

    def expression(self, written: str, renamed: dict) -> str:
        value = super().expression(written, renamed)
        if _SLICED in value:
            raise self._refused("hmatrix's toColumns m (toRows m), the list of a matrix's columns (rows), other than"
                                " under map sumElements (their sums)")
        return value

    def _mapped(self, arguments: list) -> str:
        if len(arguments) == 2 and arguments[0][0] == "name" and self._primed(arguments[0][1]):
            return f"{arguments[0][1]}({self._value(arguments[1])})"  # fmap act' zs: the derivative of each
        if len(arguments) == 2 and arguments[0] == ("name", "sumElements"):
            sliced = _enclosed(self._value(arguments[1]))
            if not sliced.startswith(_SLICED) or closing_bracket(sliced, 2) != len(sliced) - 1:
                raise self._refused("map sumElements of other than toColumns m or toRows m (a matrix's columns' or"
                                    " rows' sums)")
            return f"np.sum({sliced[3:-1]}, axis={sliced[1]})"
        if arguments and arguments[0][0] == "name" and arguments[0][1] in _LIBRARY:
            raise self._refused(f"map {arguments[0][1]} of other than map sumElements $ toColumns m (toRows m)")
        return super()._mapped(arguments)

    def _applied(self, head: list, arguments: list) -> str:
        if head[0] == ("name", "tr") and "tr" not in self.functions:
            # hmatrix's tr is the transpose, math's the trace: only the notation's functions say which
            raise self._refused("tr, hmatrix's transpose and math's trace, not given in the notation's functions"
                                ' (tr = "transpose")')
        return self._library(head, arguments)

    def juxtaposed(self, value: str) -> bool:
        """Whether ``value`` applies a function by juxtaposition to a name or a bracket, ``transpose x``."""
        try:
            tokens = self._tokens(value)
        except HaskellUnread:
            return False
        return any(kind == "name" and self.calls(token) and following[0] in ("name", "open", "number")
                   for (kind, token), following in zip(tokens, tokens[1:]))

    def _fixed(self, operators: list):
        """HaskellUnread where <> stands beside other operators unparenthesized (its fixity the library's)."""
        if "<>" in operators and set(operators) != {"<>"}:
            raise self._refused(f"hmatrix's <> beside {' '.join(dict.fromkeys(op for op in operators if op != '<>'))}"
                                " unparenthesized, whose precedence is the library version's (parenthesize them)")
        super()._fixed(operators)

    def _atom(self, tokens: list, position: int):
        """An operator section as ("section", operator, operand reading or None, whether the operand is on the
        left); any other atom as the reader's."""
        kind, token = tokens[position]
        if kind != "open" or token != "(" or position + 2 >= len(tokens):
            return super()._atom(tokens, position)
        first, second = tokens[position + 1], tokens[position + 2]
        if first[0] == "operator" and first[1] in _SECTION_OPERATORS and second == ("close", ")"):
            return ("section", first[1], None, False), position + 3  # (+)
        if first[0] == "operator" and first[1] in _SECTION_OPERATORS and first[1] != "-":
            operand, end = self._operators(tokens, position + 2)  # (* lr)
            return ("section", first[1], operand, False), self._closed(tokens, end, ")")
        closing = self._section_end(tokens, position)
        if closing is not None:  # (lr *)
            operand, _ = self._operators(tokens[:closing - 1], position + 1)
            return ("section", tokens[closing - 1][1], operand, True), closing + 1
        return super()._atom(tokens, position)

    @staticmethod
    def _section_end(tokens: list, position: int) -> int | None:
        """The index of the ) closing the parenthesis at ``position`` where an operator of _SECTION_OPERATORS stands
        right before it, (lr *); None otherwise."""
        depth = 0
        for index in range(position, len(tokens)):
            depth += tokens[index][0] == "open"
            depth -= tokens[index][0] == "close"
            if depth == 0:
                before = tokens[index - 1]
                return index if before[0] == "operator" and before[1] in _SECTION_OPERATORS else None
        return None

    def _value(self, atom) -> str:
        if atom[0] == "section":
            raise self._refused(f"the operator section ({atom[1]}) given no argument, or as a value")
        return super()._value(atom)

    def _library(self, head: list, arguments: list) -> str:
        function, arguments = head[0], [*head[1:], *arguments]
        if function[0] == "section":
            return self._section(function, arguments)
        if function[0] == "name" and self._primed(function[1]):
            return f"{function[1]}({', '.join(self._value(argument) for argument in arguments)})"
        if function[0] != "name" or not self.calls(function[1]):
            shown = function[1] if function[0] in ("name", "text") else "a list"
            raise HaskellUnread(f"formula {short(self.text)}: {shown} applied to what follows it, in Haskell's line"
                                f" assigning {self.name}, is a call only where {shown} is a function the notation"
                                " names (or math's, or Haskell's), and may be a product: write * for a product, or"
                                f" give {shown} in the notation's functions")
        if function[1] not in _LIBRARY:
            return super()._applied(head, arguments)
        name = function[1]
        if len(arguments) != _LIBRARY[name]:
            raise self._refused(f"{name} given {len(arguments)} arguments")
        if name == "scale":
            return f"({self._value(arguments[0])} * {self._value(arguments[1])})"
        if _LIBRARY[name] == 1:
            return self._sums(name, self._value(arguments[0]))
        if arguments[0][0] not in ("section", "name") or arguments[0][0] == "name" and (
                not self.calls(arguments[0][1]) or arguments[0][1] in _LIBRARY):
            raise self._refused(f"{name} of other than an operator or a function's name")
        if name == "elementwise":
            if arguments[0][0] != "section" or arguments[0][2] is not None:
                raise self._refused("elementwise of other than an operator, (*), (+), (-)")
            return self._section(arguments[0], arguments[1:])
        if arguments[0][0] == "section":  # cmap (* lr) m: each entry times lr
            return self._section(arguments[0], arguments[1:])
        return f"{arguments[0][1]}({self._value(arguments[1])})"  # cmap act' zs: the function of each entry

    def _sums(self, name: str, value: str) -> str:
        """hmatrix's one-argument functions of the sums (see the module docstring) applied to ``value``."""
        if name in _SLICES:
            return f"{_SLICED}{_SLICES[name]}({value})"  # the list of slices: only map sumElements takes it in
        if name == "sumElements":
            return f"np.sum({value})"
        if name in ("vector", "fromList"):
            return value  # a list's values as a vector's: the same values
        summed = _enclosed(value)
        axis = f", axis={_KEPT[name]})"
        if not summed.startswith("np.sum(") or closing_bracket(summed, 6) != len(summed) - 1 \
                or not summed.endswith(axis):
            sliced, made, vectors = ("toColumns", "row", "columns") if name == "asRow" else ("toRows", "column", "rows")
            raise self._refused(f"{name} of other than map sumElements $ {sliced} m (a vector made a {made} is its"
                                f" transpose where the notation's vectors are {vectors})")
        return f"{summed[:-1]}, keepdims=True)"

    def _section(self, section, arguments: list) -> str:
        """The value of an operator section applied to ``arguments``: (op) to two, (op u) and (u op) to one."""
        _, operator, operand, left = section
        values = [self._value(argument) for argument in arguments]
        if len(values) != (2 if operand is None else 1):
            raise self._refused(f"the operator section ({operator}) given {len(values)} argument(s)")
        if operand is None:
            return f"({values[0]} {operator} {values[1]})"
        return f"({operand} {operator} {values[0]})" if left else f"({values[0]} {operator} {operand})"

    def _refused(self, construct: str) -> HaskellUnread:
        return HaskellUnread(f"formula {short(self.text)}: {construct}, in Haskell's line assigning {self.name},"
                             " which check does not read; write its value as one expression of arithmetic and the"
                             " notation's functions")


def _enclosed(text: str) -> str:
    """``text`` without the parentheses around it whole, ``((u))`` as ``u``."""
    while text.startswith("(") and closing_bracket(text, 0) == len(text) - 1:
        text = text[1:-1]
    return text
