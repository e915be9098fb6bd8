"""A statement of object-oriented code that passes its formula to a method, no ``=`` of its own (check_homework's,
before a formula is read): Java's setter ``node.setDelta( v );`` as ``delta = v`` where the notation names the
setter's target (its getter ``node.getDelta``, the field ``node.delta``, or ``delta``), ``node.setWeightDelta( i, v
)`` as ``node.getWeightDelta(i) = v`` (a pattern of the getter with an index); Scala's ``w.update(v)`` as ``w = v``,
where the notation names the object. A setter whose target the notation does not name is refused in one line, and
so is a matrix library's ``this.weights.add(change)`` alone (in place in Shiffman's Matrix, a new array in
TensorFlow.js), and a value put into a list, Julia's ``pushfirst!(δ, v)`` and ``push!``, Python's
``deltas.append(v)`` and ``deltas.insert(0, v)``: a new element no name of the notation says.

String rewriting of one whole statement: nothing is evaluated.
"""

from __future__ import annotations

import re
from typing import Callable

from .brackets import top_level_parts
from .quantities import FormulaError, short

# a whole statement that is one call of an object's method: the object (a dotted name, this.weights), the method, and
# what its parentheses hold (over lines, Java's setDelta( \n (...) * ... \n );), an optional ; after it
_METHOD_STATEMENT = re.compile(r"\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\.([A-Za-z_]\w*)\((.*)\)\s*;?\s*", re.S)
# the arithmetic methods of matrix libraries that a statement calls alone, the operator each is: in place in some
# (Shiffman's Matrix, nn.js's), a new array in others (TensorFlow.js's tensor.add): refused, named
_IN_PLACE = {"add": "+", "subtract": "-"}


# a statement putting a value into a list, no = of its own: Julia's push!(δ, v) and pushfirst!(δ, v) (append!,
# prepend!, insert!), Python's deltas.append(v) and deltas.insert(0, v) (appendleft, JavaScript's push, unshift)
_JULIA_PUSH = re.compile(r"\s*((?:push|pushfirst|append|prepend|insert)!)\(\s*([^\W\d]\w*)\s*,(.*)\)\s*;?\s*", re.S)
_LIST_METHODS = ("append", "insert", "appendleft", "push", "unshift")


def _pushed(text: str, call: str, listed: str) -> FormulaError:
    return FormulaError(f"formula {short(text.strip())}: {call}(...) puts its value into the list {listed} as a new"
                        " element, which no name of the notation says (nor which element it becomes, its index"
                        " shifting the others'); write the quantity the value is as an assignment, e.g. delta_1 = ...,"
                        " with that name in the notation's [notation.symbols]")


def _setter_targets(owner: str, word: str) -> list[str]:
    """The names a setter's target goes by (node.setDelta's): its getter, node.getDelta; the field, node.delta;
    the quantity's name alone, delta."""
    field = word[0].lower() + word[1:]
    return [f"{owner}.get{word}", f"{owner}.{field}", field]


def method_statements(text: str, named: Callable[[str], bool], named_call: Callable[[str], bool]) -> str:
    """``text`` with a statement that calls a setter or Scala's update with its formula (see the
    module docstring) as the assignment it makes; any other text as it is. ``named`` says whether the notation
    gives a name; ``named_call`` whether it gives a pattern of that name with one index in parentheses
    (``node.getWeightDelta(k)``)."""
    if (push := _JULIA_PUSH.fullmatch(text)) is not None and top_level_parts(push.group(3), balanced=True) is not None:
        raise _pushed(text, push.group(1), push.group(2))
    match = _METHOD_STATEMENT.fullmatch(text)
    if match is None:
        return text
    owner, method, inside = match.groups()
    # None where its brackets do not close in it (the statement is not one call: f(a) + g(b) matched whole)
    arguments = top_level_parts(inside, balanced=True)
    if method in _LIST_METHODS and not named(f"{owner}.{method}") and arguments is not None:
        raise _pushed(text, f"{owner}.{method}", owner)
    if arguments is None or any(not part.strip() for part in arguments):
        return text
    values = [" ".join(part.split()) for part in arguments]
    setter = re.fullmatch(r"set([A-Z]\w*)", method)
    if setter is not None and len(values) in (1, 2):
        targets = _setter_targets(owner, setter.group(1))
        if len(values) == 1:
            found = [target for target in targets if named(target)]
            if found:
                return f"{found[0]} = {values[0]}"
        elif re.fullmatch(r"[A-Za-z]\w*|[0-9]+", values[0]):
            found = [target for target in targets if named_call(target)]
            if found:
                return f"{found[0]}({values[0]}) = {values[1]}"
        raise FormulaError(f"formula {short(text.strip())}: {owner}.{method}(...) is a setter whose target the notation"
                           f" does not name; give its getter's quantity in the notation's [notation.symbols],"
                           f' "{targets[0]}{"(k)" if len(values) == 2 else ""}" = "..."')
    if method in _IN_PLACE and len(values) == 1 and named(owner):
        raise FormulaError(f"formula {short(text.strip())}: {owner}.{method}(...) alone changes the object in place in"
                           " some matrix libraries (Shiffman's Matrix) and returns a new array, the object unchanged, in"
                           " others"
                           f" (TensorFlow.js): write the update, {owner} = {owner} {_IN_PLACE[method]} ...")
    if method == "update" and len(values) == 1 and named(owner):
        return f"{owner} = {values[0]}"
    return text
