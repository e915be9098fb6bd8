"""Rewriting formulas (substituting, one unit, folding numbers) and evaluating them with floats."""

from __future__ import annotations

import math
from typing import Callable

from .nodes import (Add, Call, Cases, Compare, Constant, Div, Expr, Iverson, Mul, Neg, Num, Pow, Sub, Sum, Var,
                    _Binary, value)


# -- rewriting --------------------------------------------------------------------------------------


def substitute(expr: Expr, replacements: dict) -> Expr:
    """``expr`` with variables replaced: ``replacements`` maps a name, or (name, index), to an Expr
    or a number (put in as a foldable value)."""
    def replace(node: Expr) -> Expr:
        if isinstance(node, Var):
            found = replacements.get((node.name, node.index), replacements.get(node.name))
            if found is not None:
                return found if isinstance(found, Expr) else value(found)
            return node
        children = node.children()
        return node.rebuilt([replace(child) for child in children]) if children else node

    return replace(expr)


def one_unit(expr: Expr) -> Expr:
    """``expr`` for a layer of one unit: each Sum is its one term, whose variables lose the index
    (sum_j (y_j - a_j)^2 becomes (y - a)^2)."""
    def rewrite(node: Expr, dropped: frozenset) -> Expr:
        if isinstance(node, Sum):
            return rewrite(node.body, dropped | {node.index})
        if isinstance(node, Var):
            return Var(node.name) if node.index in dropped else node
        children = node.children()
        return node.rebuilt([rewrite(child, dropped) for child in children]) if children else node

    return rewrite(expr, frozenset())


def variables(expr: Expr) -> set[str]:
    """The names of the variables in ``expr``."""
    if isinstance(expr, Var):
        return {expr.name}
    found = set()
    for child in expr.children():
        found |= variables(child)
    return found


def _is(node: Expr, number: float) -> bool:
    return isinstance(node, Num) and node.value == number and not node.fixed


def simplified(expr: Expr, numbers: Callable[[Var], float | None] | None = None) -> Expr:
    """``expr`` with the numbers that were put in folded: an operation on numbers of which one was
    put in becomes its value, 0*x is 0, 1*x is x, x + 0 is x. ``numbers`` (variable -> value or
    None) decides each ``Cases`` whose condition it can evaluate; the rest is left as written."""
    def fold(node: Expr) -> Expr:
        if isinstance(node, Cases) and numbers is not None:
            decided = _decide(node.condition, numbers)
            if decided is not None:
                return fold(node.value if decided else node.otherwise)
        children = node.children()
        if not children:
            return node
        node = node.rebuilt([fold(child) for child in children])
        if isinstance(node, (_Binary, Neg)) and all(isinstance(c, Num) for c in node.children()) \
                and any(not c.fixed for c in node.children()):
            return value(evaluate(node, {}))
        if isinstance(node, Mul):
            if _is(node.left, 0) or _is(node.right, 0):
                return value(0)
            if _is(node.left, 1):
                return node.right
            if _is(node.right, 1):
                return node.left
        if isinstance(node, Div) and _is(node.right, 1):
            return node.left
        if isinstance(node, Add):
            if _is(node.left, 0):
                return node.right
            if _is(node.right, 0):
                return node.left
        if isinstance(node, Sub) and _is(node.right, 0):
            return node.left
        return node

    return fold(expr)


def _decide(condition: Compare, numbers) -> bool | None:
    env = {}
    for name in variables(condition):
        found = numbers(Var(name))
        if found is None:
            return None
        env[name] = found
    try:
        return bool(evaluate(condition, env))
    except (KeyError, TypeError):
        return None


# -- evaluating ------------------------------------------------------------------------------------


def _log(x, base=math.e):
    if x <= 0:
        return -math.inf if x == 0 else math.nan
    return math.log(x) if base == math.e else math.log(x) / math.log(base)


#: Python floats: these, and the math module's functions by name.
MATH = {
    "exp": lambda x: math.exp(x) if x < 709.78 else math.inf,
    "log": _log,
    "max": max,
    "min": min,
    "clip": lambda x, low, high: min(max(x, low), high),
    "abs": abs,
    "__fallback__": math,
}


def evaluate(expr: Expr, env: dict, library: dict = MATH):
    """The value of ``expr``; ``env`` maps a variable name to a number, or to a sequence indexed by
    the unit for an indexed variable inside a Sum (``n``, the number of units, is needed there).

    A product with a factor 0 is 0 even when the other factor is infinite: 0 ln(0) = 0, as the
    losses take t ln(a) for a target t = 0.
    """
    def run(node: Expr, indices: dict):
        if isinstance(node, Num):
            return node.value
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Var):
            found = env[node.name]
            if node.index is not None and node.index in indices:
                return found[indices[node.index]]
            return found
        if isinstance(node, Neg):
            return -run(node.operand, indices)
        if isinstance(node, Mul):
            left = run(node.left, indices)
            if left == 0:
                return left * 0
            right = run(node.right, indices)
            return right * 0 if right == 0 else left * right
        if isinstance(node, _Binary):
            left, right = run(node.left, indices), run(node.right, indices)
            return {Add: lambda: left + right, Sub: lambda: left - right, Div: lambda: left / right,
                    Pow: lambda: left ** right}[type(node)]()
        if isinstance(node, Compare):
            left, right = run(node.left, indices), run(node.right, indices)
            return {">": left > right, ">=": left >= right, "<": left < right, "<=": left <= right}[node.relation]
        if isinstance(node, Iverson):
            return 1 if run(node.condition, indices) else 0
        if isinstance(node, Cases):
            return run(node.value if run(node.condition, indices) else node.otherwise, indices)
        if isinstance(node, Sum):
            return sum(run(node.body, {**indices, node.index: k}) for k in range(env["n"]))
        if isinstance(node, Call):
            args = [run(arg, indices) for arg in node.args]
            found = library.get(node.function.name) or getattr(library["__fallback__"], node.function.name)
            return found(*args)
        raise TypeError(f"cannot evaluate {node!r}")

    return run(expr, {})
