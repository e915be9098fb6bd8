"""An array built by a lambda of its entry's index, as Kotlin and Scala write a layer's values: Kotlin's
``val errors = DoubleArray(n) { i -> target[i] - output[i] }`` (``FloatArray``, ``IntArray``, ``Array``,
``Array<Double>``, ``List``, ``MutableList``; the body on lines of its own; the implicit parameter,
``DoubleArray(n) { target[it] - output[it] }``), ``(0 until n).map { i -> ... }`` and ``output.indices.map { i -> ...
}`` (a ``.toDoubleArray()`` after them), Scala's ``Array.tabulate(n)(i => ...)`` (``{ i => ... }``, ``Vector``,
``List``, ``Seq``, Breeze's ``DenseVector.tabulate``) and Ruby's ``Array.new(n) { |i| ... }``: each is the rule for
entry i, ``errors[i] = target[i] - output[i]``, as Python's ``[... for i in range(n)]`` is (code_callbacks). Its
size is a loop's bound (index_lambda_range; code_loop_headers checks it as loop_bounds does a range's): read only
where its value is the count of the entries i indexes (``outputSize`` the notation gives 2 over the outputs, 2,
``output.size``; ``output.indices`` is ``output.size``). An implicit ``it`` (or a parameter of more than one letter)
becomes a letter the line does not use.

A lambda whose body holds other statements (a local ``val``, an assignment, a ``;``, a ``return``) or a lambda of its
own (Kotlin's ``xs.indices.sumOf { j -> ... }``, whose sum is to be written as a sum), and a table of more
than one size (``DenseMatrix.tabulate(r, c) { case (i, j) => ... }``, a lambda building a row in its body,
``Array(n) { DoubleArray(m) { ... } }``) are refused in one line, saying what to write.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import balanced, closing_bracket
from .code_callback_entries import CODE_NAME as _NAME
from .code_callback_entries import INDEX_LETTERS
from .quantities import FormulaError, short

# the statement's start up to the lambda: the name assigned (a type after it, val errors: DoubleArray =), then
# Kotlin's constructor with its size, a range's or an array's indices mapped, or Scala's tabulate with its size;
# group "size" the size's text (a constructor's or tabulate's, checked for one size below)
_HEAD = lazy_pattern(
    rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*(?::[ \t]*[\w.<>\[\], ]+?[ \t]*)?=[ \t]*"
    r"(?:(?:Double|Float|Int|Long)Array[ \t]*\((?P<size>[^(){}]*(?:\([^(){}]*\)[^(){}]*)*)\)"
    r"|(?:Mutable)?(?:Array|List)(?:<[\w ]+>)?[ \t]*\((?P<listed>[^(){}]*(?:\([^(){}]*\)[^(){}]*)*)\)"
    r"|Array\.new[ \t]*\((?P<ruby>[^(){}]*(?:\([^(){}]*\)[^(){}]*)*)\)"
    rf"|\([ \t]*0[ \t]*(?:until|\.\.<)[ \t]*(?P<until>[^(){{}}]+)\)[ \t]*\.map"
    rf"|(?P<indexed>{_NAME}(?:\.{_NAME})*)\.indices[ \t]*\.map"
    rf"|(?:Array|Vector|List|Seq|IndexedSeq|DenseVector|DenseMatrix)\.tabulate(?:\[[\w ]+\])?[ \t]*"
    r"\((?P<table>[^(){}]*(?:\([^(){}]*\)[^(){}]*)*)\))[ \t]*(?=[{(])",
    needs=("Array", "List", ".map", "tabulate"))
# the lambda's parameter and arrow: Kotlin's i ->, Scala's i =>, either with a type (i: Int), Ruby's block's |i|;
# none (Kotlin's it)
_PARAMETER = lazy_pattern(rf"^\s*(?:\(?[ \t]*(?P<parameter>{_NAME})[ \t]*(?::[ \t]*\w+[ \t]*)?\)?[ \t]*(?:->|=>)"
                          rf"|\|[ \t]*(?P<block>{_NAME})[ \t]*\|)")
# a row built inside the lambda's body, Array(n) { DoubleArray(m) { ... } }: a table of two indices
_ROW_BUILT = lazy_pattern(r"(?:Array|List|tabulate)(?:<[\w ]+>)?[ \t]*(?:\([^(){}]*\))+[ \t]*\{")
# what may follow the lambda: a conversion of the list built, a statement's ; and a comment
_TAIL = lazy_pattern(r"^(?:[ \t]*\.to(?:Double|Float|Int|Typed)?(?:Array|List)\(\))?[ \t]*;?[ \t]*(?://[^\n]*)?$")
# a body's other statements: a local declaration, a return, an assignment (never ==, <=, >=, !=, =>)
_STATEMENT = lazy_pattern(r"(?<![\w$])(?:val|var|return)(?![\w$])|;|(?<![=<>!:])=(?![=>])")


def index_lambda_entries(text: str) -> str:
    """``text`` as the rule for entry i where it is an array built by a lambda of its index (see the module
    docstring); any other text as it is. FormulaError for a lambda with other statements or a table of more than
    one size."""
    head = _HEAD.match(text)
    if head is None:
        return text
    opening = head.end()
    closing = closing_bracket(text, opening)
    if closing is None or _TAIL.match(text[closing + 1:]) is None:
        return text
    name, inside = head.group("name"), text[opening + 1:closing]
    sizes = head.group("table") or head.group("listed") or head.group("ruby") or ""
    if "{" in inside and not _ROW_BUILT.search(inside):
        raise FormulaError(f"formula {short(text)}: a lambda inside the array's lambda ({short(inside.strip())}), which"
                           f" check does not run; write the entry's formula, {name}[i] = ..., a sum over j as"
                           f" \\sum_j ...")
    if "," in sizes or "{" in inside:
        raise FormulaError(f"formula {short(text)}: a table built by a lambda of more than one index, which check"
                           f" reads only over one size (DoubleArray(n) {{ i -> ... }}, Array.tabulate(n)(i => ...));"
                           f" write the entry's formula, {name}[i, j] = ...")
    parameter = _PARAMETER.match(inside)
    if parameter is None and text[opening] == "(" and "=>" not in inside:
        return text  # a call's arguments, not a lambda
    body = inside[parameter.end():] if parameter else inside
    index = (parameter.group("parameter") or parameter.group("block")) if parameter else "it"
    if not body.strip() or not balanced(body) or _STATEMENT.search(body) is not None:
        raise FormulaError(f"formula {short(text)}: a lambda with other statements than its value, which check does"
                           f" not run; write the entry's formula, {name}[i] = ...")
    body = " ".join(body.split())
    if len(index) > 1:
        letter = next((letter for letter in INDEX_LETTERS
                       if not re.search(rf"(?<![\w$]){letter}(?![\w$])", text)), None)
        if letter is None:
            return text
        body = re.sub(rf"(?<![\w$.]){re.escape(index)}(?![\w$])", letter, body)
        index = letter
    return f"{head.group('lead')}{name}[{index}] = {body}"


def index_lambda_range(text: str) -> tuple[str, str, str, str] | None:
    """(the entry's rule ``text`` is read as, its index letter, the size the index runs below as a loop's bound is
    written: ``outputSize``, ``4``, ``output.size`` for ``output.indices``; the construct as written,
    ``DoubleArray(outputSize)``) where ``text`` is an array built by a lambda of its index; None for any other text
    and for one refused (its refusal comes where it is read). A declaration's word before it (``val``, ``var``),
    which code_declarations takes off before it is read, is taken off here too."""
    text = re.sub(r"^([ \t]*)(?:val|var|let|const)[ \t]+", r"\1", text)
    head = _HEAD.match(text)
    if head is None:
        return None
    try:
        read = index_lambda_entries(text)
    except FormulaError:
        return None
    entry = re.match(rf"\s*{re.escape(head.group('name'))}\[(?P<index>\w+)\] = ", read) if read != text else None
    if entry is None:
        return None
    size = next((head.group(group) for group in ("size", "listed", "ruby", "table", "until")
                 if head.group(group) is not None), None)
    written = " ".join(re.split(r"(?<![=<>!])=(?![=>])", head.group(0), maxsplit=1)[-1].split())
    return read, entry.group("index"), (size if size is not None else f"{head.group('indexed')}.size").strip(), written
