"""Methods of a matrix library read as the operations the notation declares, where the parser alone cannot place them.

Gonum's (Go's gonum/mat) methods store their result into their receiver: ``networkError.Sub(y, output)`` is the
statement networkError = y - output, ``wOut.Add(wOut, wOudAdj)`` the update wOut = wOut + wOudAdj, ``x.MulElem(a, b)``
the product entry by entry, ``x.DivElem(a, b)`` the quotient, ``x.Mul(a, b)`` and ``x.Product(a, b, ...)`` the matrix
product, ``x.Scale(s, a)`` s times a, ``x.Apply(fn, a)`` fn of each entry of a (gonum_statements). Written alone as a
statement, the receiver a name the notation gives and no ``;`` after it (Go writes none; C#, Java, C++ and
JavaScript end their statements with one, and .NET's Math.NET stores ``a.Add(b, result)`` into its last argument
instead), the statement is read as the assignment ``x = Op(a, b)``, Op the operation the notation's functions declare
(docs/notation.md's Operations); a declaration other than Gonum's meaning, none, or a ``;`` is refused in one line.

A declared operation called as a method on a call's value, ``cost_derivative(a, y).hadamard(zs[1])`` with hadamard =
"product" (a C++ port of Nielsen's network.py), is that operation of the call's value and the argument,
``hadamard(cost_derivative(a, y), zs[1])`` (call_result_methods): otherwise the dot glued after the parenthesis reads
as a product sign (typography_code.code_products), which left hadamard(zs[1]) a call with one argument. A method on a
name (``delta.hadamard(sp)``) is the parser's (syntax_code_calls.declared_method), and so is Go's exported method glued
after a parenthesis (``a.T().Dot(b)``), which the product sign never takes.
"""

from __future__ import annotations

import re

import sympy as sp

from ..patterns import lazy_pattern
from .brackets import closing_bracket, top_level_parts
from .code_callback_entries import receiver_start
from .quantities import FormulaError, short

#: Gonum's methods that store an operation of two arguments into their receiver, and the operation each is
GONUM_OPERATIONS = {"Add": "sum", "Sub": "difference", "MulElem": "product", "DivElem": "quotient",
                    "Mul": "matrix product", "Product": "matrix product"}
#: Gonum's methods of a product entry by entry, which panic where their arguments' sizes differ (no broadcast: a
#: column and a row are no outer product, as NumPy's np.multiply makes them)
NO_BROADCAST = frozenset(("MulElem",))
# a statement that is one call of a receiver's method: the receiver (a dotted name), the method, its parentheses'
# inside, and the ; after it if written
_METHODS = (*GONUM_OPERATIONS, "Scale", "Apply")
_RECEIVER_STATEMENT = lazy_pattern(rf"\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.({'|'.join(_METHODS)})\((.*)\)[ \t]*(;?)\s*",
                                   needs=_METHODS)
# a method glued after a call's closing parenthesis: its name (never Go's exported Name(, the parser's)
_METHOD_AFTER_CALL = lazy_pattern(r"\)\.(?![A-Z][a-z])([A-Za-z_]\w*)\(", needs=(").",))
_MAX_CHAIN = 8  # methods rewritten one after another in one formula (a chain's length)


def gonum_statements(text: str, notation) -> str:
    """``text`` as the assignment a Gonum statement alone makes (see the module docstring); any other text as it is.
    FormulaError where the statement is one but its reading is unclear."""
    found = _RECEIVER_STATEMENT.fullmatch(text) if notation is not None else None
    if found is None or not notation.gives_name(found.group(1)):
        return text
    receiver, method, inside, semicolon = found.groups()
    arguments = top_level_parts(inside, balanced=True)
    if arguments is None or len(arguments) < 2 or any(not part.strip() for part in arguments):
        return text  # (one argument: err.Mul(slope), the declared operation's value, with --param: the parser's)
    values = [" ".join(part.split()) for part in arguments]
    where = f"formula {short(text.strip())}: {receiver}.{method}(...) alone"
    if semicolon:
        raise FormulaError(f"{where} ends with ;, which Go never writes: Gonum's {method} stores its result in"
                           f" {receiver}, another library's (.NET's Math.NET) in its last argument; write the"
                           f" assignment, {receiver} = ...")
    if len(values) != 2 and method != "Product":
        raise FormulaError(f"{where} with {len(values)} arguments: Gonum's {method} takes two and stores its result"
                           f" in {receiver}; write {receiver}.{method}(a, b)")
    if method == "Scale":  # Gonum's x.Scale(s, a): x = s a
        return f"{receiver} = ({values[0]}) * ({values[1]})"
    if method == "Apply":  # Gonum's x.Apply(fn, a): fn of each entry of a, fn a function the notation names
        if not re.fullmatch(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*", values[0]):
            raise FormulaError(f"{where}: Gonum's Apply of a function literal, which check does not read; name the"
                               f" function and declare it in the notation's functions, {receiver}.Apply(f, a)")
        return f"{receiver} = {values[0]}({values[1]})"
    declared = notation.operations.get(method)
    if declared != GONUM_OPERATIONS[method]:
        said = f"declares it {declared!r}" if isinstance(declared, str) else "does not declare it"
        raise FormulaError(f"{where}: Gonum's {method} stores the {GONUM_OPERATIONS[method]} of its arguments in"
                           f" {receiver}, and the notation {said}; declare it so, functions = {{ {method} ="
                           f" \"{GONUM_OPERATIONS[method]}\" }}")
    value = f"{method}({values[0]}, {values[1]})"
    for factor in values[2:]:  # Product(a, b, c): (a b) c
        value = f"{method}({value}, {factor})"
    return f"{receiver} = {value}"


def no_broadcast(node, left, right, where: str) -> None:
    """Refuse a product entry by entry of a library that never broadcasts (``node.strict_sizes``: Gonum's MulElem)
    whose factors ``left`` and ``right`` (their values) differ in size: Gonum panics there, where NumPy would make a
    column and a row their outer product."""
    if not node.strict_sizes or not all(isinstance(value, sp.MatrixBase) for value in (left, right)):
        return  # (a SymPy Indexed's shape, y[0]'s, is no size: it raises where its range is not given)
    if left.shape != right.shape:
        (rows, cols), (other_rows, other_cols) = left.shape, right.shape
        if isinstance(node.strict_sizes, str):  # Eigen's cwiseProduct asserts, Torch7's :cmul errs on other sizes
            raise FormulaError(f"{where}: {node.strict_sizes}, a product entry by entry, multiplies a {rows} x {cols}"
                               f" by a {other_rows} x {other_cols}, which it never broadcasts (nor reads as a matrix"
                               " product); write the matrix product where one is meant, or factors of one size")
        raise FormulaError(f"{where}: Gonum's product entry by entry (MulElem) multiplies a {rows} x {cols} by a"
                           f" {other_rows} x {other_cols}: Gonum panics where the sizes differ (it never broadcasts"
                           " them); write Mul for the matrix product, or factors of one size")


def call_result_methods(text: str, operations: dict) -> str:
    """``text`` with each declared operation called as a method on a call's value (or a parenthesis's), ``f(u).op(v)``
    with op an operation of ``operations`` (Notation.operations), written as its call ``op(f(u), v)`` (``op(f(u))``
    for a transpose of no argument); any other text as it is."""
    if not operations or ")." not in text:
        return text
    for _ in range(_MAX_CHAIN):
        found = next((match for match in _METHOD_AFTER_CALL.finditer(text)
                      if isinstance(operations.get(match.group(1)), str)), None)
        if found is None:
            return text
        start = receiver_start(text, found.start() + 1)
        opening = found.end() - 1
        closing = closing_bracket(text, opening)
        if start is None or closing is None:
            return text
        inside = text[opening + 1:closing].strip()
        receiver = text[start:found.start() + 1]
        text = f"{text[:start]}{found.group(1)}({receiver}{', ' + inside if inside else ''}){text[closing + 1:]}"
    return text
