"""Torch7's tensor methods as Lua calls them, with a colon: ``a:cmul(b)``, ``W:t()``, ``M:mm(a, b)`` (every Torch7
backward pass is written so), read as the operations they are (TORCH7_METHODS, in the words of the notation's
operations, notation.OPERATIONS) and written as the code the reader reads: ``a:cmul(b)`` the entrywise product
``((a).cwiseProduct(b))`` (Eigen's, which never broadcasts: a matrix and a vector of other sizes refused, never their
matrix product), ``a:cdiv(b)`` the quotient ``./``, ``a:add(b)`` and ``a:csub(b)`` the sum and the difference,
``a:mul(s)`` and ``a:div(s)`` by a number, ``W:t()`` the transpose, ``M:mm(a, b)`` and ``M:mv(A, v)`` the matrix
product (Torch7's ``*`` between tensors is the matrix product too, as Octave's), ``a:sum()`` and ``a:mean()`` of
every entry (with a dimension, counted from 1: ``a:sum(1)`` adds each column, NumPy's axis 0).

Torch7's arithmetic methods store their value into their receiver (``x:cmul(y)`` makes x x .* y; ``z:cmul(x, y)``
puts x .* y into z; ``x:add(v, y)``, v a number, adds v y to x). The value a call returns is that stored value, so a
call is read as its value; a statement that is one such call alone is the assignment it makes (``W:add(-0.1, dW)``
is W = W + (-0.1) dW, as receiver_methods reads Gonum's). Where a receiver changed in place is read again elsewhere in
the formula (``a:cmul(b) + a``), its value there depends on the order Lua evaluates the formula: refused, as
``z:add(v, y)`` with v a name, which is the sum v + y or v times y added to z as v is a tensor or a number.

A colon is a method's only between a name (or a closing bracket) and a method's name glued to its parenthesis,
outside square brackets and braces (never a slice, ``a[1:n]``, MATLAB's ``a(:, 1)``, a dictionary's key, nor TeX's
``:=``); a formula is Lua's where one such call names a method of the table (or sum or mean), and any other method
called so is then refused by name.
"""

from __future__ import annotations

import ast
import re

from ..patterns import lazy_pattern
from .brackets import closing_bracket, top_level_parts
from .code_callback_entries import CODE_NAME, receiver_start
from .quantities import FormulaError, short

#: Torch7's tensor methods the reader knows, and the operation each is (notation.OPERATIONS' words)
TORCH7_METHODS = {"cmul": "product", "cdiv": "quotient", "mul": "product", "div": "quotient", "add": "sum",
                  "csub": "difference", "mm": "matrix product", "mv": "matrix product", "t": "transpose"}
# the whole tensor's reductions, of every entry or along a dimension counted from 1
_REDUCTIONS = ("sum", "mean")
# the methods that store their value into their receiver
_IN_PLACE = ("cmul", "cdiv", "mul", "div", "add", "csub")
# each operation entry by entry as the reader's code writes it (Octave's operators, which typography reads)
_OPERATORS = {"product": ".*", "quotient": "./", "sum": "+", "difference": "-"}
# a method called with a colon: the colon after a name's last character or a closing bracket, the method's name
# glued to its parenthesis (group 1)
_COLON_METHOD = lazy_pattern(r"(?<=[\w)\]]):([A-Za-z_]\w*)\(", needs=(":",))
_NAME = lazy_pattern(rf"{CODE_NAME}(?:\.{CODE_NAME})*")
_NUMBER = lazy_pattern(r"[-+]?\s*(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def torch7_methods(text: str, done: list | None = None) -> str:
    """``text`` with each Torch7 method called with Lua's colon written as the operation it is (see the module
    docstring); a text with no such call as it is. FormulaError where a call's reading is unclear. ``done``, where
    given, gets each rewrite in order, (the text written, the student's text it replaced)."""
    done = [] if done is None else done
    if ":" not in text:
        return text
    calls = _calls(text)
    if not any(found.group(1) in TORCH7_METHODS or found.group(1) in _REDUCTIONS for found in calls):
        return text
    for found in calls:
        if found.group(1) not in TORCH7_METHODS and found.group(1) not in _REDUCTIONS:
            raise FormulaError(f"formula {short(text.strip())}: Torch7's :{found.group(1)}(...) (Lua's method call) is"
                               f" not read; check reads {', '.join(f':{name}' for name in TORCH7_METHODS)}, :sum and"
                               " :mean; write its operation with those, or with the notation's names")
    _read_again_refused(text, calls)
    alone = None
    for _ in range(len(calls)):
        found = next(iter(_calls(text)), None)
        if found is None:
            break
        start, opening = _receiver(text, found), found.end() - 1
        closing = closing_bracket(text, opening)
        arguments = top_level_parts(text[opening + 1:closing], balanced=True) if closing is not None else None
        if start is None or arguments is None:
            raise FormulaError(f"formula {short(text.strip())}: Torch7's :{found.group(1)}(...) whose receiver or"
                               " parentheses do not close; write the method on a name, a:cmul(b)")
        receiver, method = text[start:found.start()], found.group(1)
        arguments = [" ".join(part.split()) for part in arguments if part.strip()]
        if alone is None:  # the whole statement one call that stores into a name: the assignment it makes
            alone = receiver if text[:start].strip() == "" and text[closing + 1:].strip() == "" \
                and _NAME.fullmatch(receiver) and _stores(method, arguments) else ""
        value = _value(method, receiver, arguments, text)
        done.append((value, text[start:closing + 1]))
        text = text[:start] + value + text[closing + 1:]
    if alone:
        done.append((f"{alone} = {text.strip()}", text.strip()))
        return f"{text[:len(text) - len(text.lstrip())]}{alone} = {text.strip()}"
    return text


def _calls(text: str) -> list:
    """The colon method calls of ``text`` (_COLON_METHOD) outside square brackets and braces, a receiver no number."""
    found = []
    for match in _COLON_METHOD.finditer(text):
        before = text[:match.start()]
        if before.count("[") > before.count("]") or before.count("{") > before.count("}"):
            continue  # a slice's colon, a[1:n], or a dictionary's
        if re.search(r"(?<![\w.])\d+$", before):
            continue  # a range from a number, 1:n(...)
        found.append(match)
    return found


def _receiver(text: str, found: re.Match) -> int | None:
    """Where the receiver of the call ``found`` starts: a name's start, or a call's (its name's) or a parenthesis's."""
    start = receiver_start(text, found.start())
    while start is not None and start > 0 and text[start - 1] == ":":  # x:t():cmul(y): the chain from x on
        start = receiver_start(text, start - 1)
    return start


def _stores(method: str, arguments: list) -> bool:
    """Whether the call stores its value into its receiver (an arithmetic method's; mm and mv with two arguments)."""
    return method in _IN_PLACE or (
        TORCH7_METHODS.get(method) == "matrix product" and len(arguments) == 2)


def _value(method: str, receiver: str, arguments: list, text: str) -> str:
    """The value of ``receiver:method(arguments)`` written as the reader's code."""
    where = f"formula {short(text.strip())}: Torch7's {receiver.strip()}:{method}(...) with {len(arguments)} argument(s)"
    operation = TORCH7_METHODS.get(method)
    if method in _REDUCTIONS:
        if not arguments:
            return f"({receiver}).{method}()"
        if len(arguments) == 1 and arguments[0] in ("1", "2"):  # Torch7's dimensions count from 1
            return f"({receiver}).{method}(axis={int(arguments[0]) - 1})"
        raise FormulaError(f"{where}: check reads its sum of every entry, :{method}(), or along dimension 1 or 2;"
                           f" write {receiver.strip()}:{method}(1)")
    if operation == "transpose":
        if arguments:
            raise FormulaError(f"{where}: t() takes none; write {receiver.strip()}:t()")
        return f"transpose({receiver})"
    if operation == "matrix product":
        if len(arguments) != 2:
            raise FormulaError(f"{where}: Torch7's M:{method}(a, b) puts the product a b into M; write it so, or"
                               " a * b")
        return f"mtimes({arguments[0]}, {arguments[1]})"
    sign = _OPERATORS[operation]
    if len(arguments) == 1 and method == "cmul":  # x:cmul(y), stored into x: Eigen's product, which never
        # broadcasts, as Torch7's (a page's \odot, Octave's .*, would read a matrix and a vector as their product)
        return f"(({receiver}).cwiseProduct({arguments[0]}))"
    if len(arguments) == 2 and method == "cmul":  # z:cmul(x, y): x .* y, stored into z
        return f"(({arguments[0]}).cwiseProduct({arguments[1]}))"
    if len(arguments) == 1:  # x:div(v): x ./ v, stored into x
        return f"({receiver} {sign} ({arguments[0]}))"
    if len(arguments) == 2 and method in ("add", "csub"):
        if not _NUMBER.fullmatch(arguments[0]):
            raise FormulaError(f"{where}: x:{method}(v, y) adds v times y to x where v is a number, and puts v"
                               f" {sign} y into x where v is a tensor; write the number, x:{method}(0.1, y), or"
                               f" the operation, x {sign} v * y")
        return f"({receiver} {sign} ({arguments[0]}) * ({arguments[1]}))"
    if len(arguments) == 2:  # z:cmul(x, y): x .* y, stored into z
        return f"(({arguments[0]}) {sign} ({arguments[1]}))"
    if len(arguments) == 3 and method in ("add", "csub"):  # z:add(x, v, y): x + v y, stored into z
        return f"(({arguments[0]}) {sign} ({arguments[1]}) * ({arguments[2]}))"
    raise FormulaError(f"{where}; write x:{method}(y)")


def _read_again_refused(text: str, calls: list) -> None:
    """Refuse a receiver a call changes in place (an arithmetic method's) that the formula's right side reads again
    outside that call: its value there depends on the order Lua evaluates the formula."""
    assignment = re.search(r"(?<![=<>~:])=(?!=)", text)
    right = assignment.end() if assignment is not None else 0
    for found in calls:
        start = _receiver(text, found)
        closing = closing_bracket(text, found.end() - 1)
        if found.group(1) not in TORCH7_METHODS or not _stores(found.group(1), []) or start is None or closing is None:
            continue
        root = _NAME.match(text, start)
        if root is None or text[root.end():root.end() + 1] == "(":
            continue  # a call's fresh value, torch.pow(u, 2):mul(0.5)
        name = re.escape(root.group(0))
        for other in re.finditer(rf"(?<![\w.]){name}(?![\w])", text):
            if other.start() >= right and not start <= other.start() <= closing:
                raise FormulaError(f"formula {short(text.strip())}: Torch7's {root.group(0)}:{found.group(1)}(...)"
                                   f" changes {root.group(0)} in place, and the formula reads {root.group(0)} again,"
                                   " where its value depends on the order Lua evaluates it; write the operation"
                                   f" with operators, or the call into a name of its own")


# a refusal's quote of its formula (quantities.short's repr) and the place it names, at 'token' (position n)
_QUOTE = lazy_pattern(r"""formula ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")""", needs=("formula ",))
_AT = lazy_pattern(r"""at ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*") \(position (\d+)\)""", needs=("(position ",))


def torch7_refusal_as_written(text: str, refusal: FormulaError) -> FormulaError:
    """``refusal`` of ``text`` quoting a formula holding Torch7's calls as the student wrote it, ``a:cmul(b)`` and
    never the code torch7_methods writes for it (``((a).cwiseProduct(b))``), as other readers' refusals quote Octave's
    ``*`` (quantities.as_written); the position it names, a place in that text. ``refusal`` as it is elsewhere."""
    message = str(refusal)
    quote = _QUOTE.match(message)
    if ":" not in text or quote is None:
        return refusal
    shown = ast.literal_eval(quote.group(1))
    cut = shown.endswith("...") and len(shown) == 60  # short()'s quote of a longer formula: its first 57 characters
    for line in [*text.splitlines(), text]:  # the formula's line, or its lines together
        done: list = []
        try:
            read = " ".join(torch7_methods(line, done).split())
        except FormulaError:
            continue
        at = read.find(shown[:-3] if cut else shown)
        if not done or at < 0:
            continue
        place = _AT.search(message, quote.end())
        token = ast.literal_eval(place.group(1)) if place is not None else ""
        written, position = _written(read[at:] if cut else shown, done, int(place.group(2)) - 1 if place else None,
                                     token)
        rest = message[quote.end():]
        for value, original in reversed(done):
            rest = rest.replace(value, original)
        if place is not None:
            rest = rest.replace(place.group(0), f"at {place.group(1)} (position {position + 1})", 1)
        return refusal.reworded(f"formula {short(written)}{rest}")
    return refusal


def _written(read: str, done: list, position: int | None, token: str) -> tuple:
    """``read`` with each rewrite of ``done`` (torch7_methods') undone, the last first, and ``position`` (a place in
    ``read`` of ``token``) moved to the same place in the student's text: a place inside a call, to its token's in
    the call as written, or to the call's start."""
    for value, original in reversed(done):
        at = read.find(value)
        if at < 0:
            continue
        if position is not None and position >= at + len(value):
            position -= len(value) - len(original)
        elif position is not None and position >= at:
            position = at + max(original.find(token), 0) if token else at
        read = read[:at] + original + read[at + len(value):]
    return read, position
