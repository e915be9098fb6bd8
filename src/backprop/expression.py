"""Formulas as small expression trees: written once, then spelled, evaluated and (in
backprop.symbolic) turned into SymPy.

An activation or a loss writes each of its formulas once with these nodes, e.g.
``1 / (1 + exp(-Z))``. ``spell(expr, values)`` prints it as plain text and as LaTeX with every
variable replaced by what ``values`` gives for it, a symbol (``z1[0]``) or a number, by walking the
tree: a number lands where its variable stood, in parentheses exactly where the structure needs them
(``exp(-(-0.2))``, ``max(0.01*2,2)``), never glued to its neighbours as text replacement would glue
it (``max(0.012,2)``). ``evaluate`` computes a formula with Python floats (or any library of
functions, mpmath for 50 digits); ``simplified`` folds the numbers put into a formula (a target of
0 or 1, a slope) so that ``0 ln(a)`` disappears and ``1 ln(a)`` is written ``ln(a)``.

Two spelling styles: ``compact`` (``1/(1+exp(-z))``, ``a(1-a)``, as activations are written) and
spaced (``(y_j - a_j)^2``, as losses are written).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable


class Expr:
    """A node of a formula; arithmetic on nodes (and numbers) builds larger formulas."""

    def __add__(self, other): return Add(self, as_expr(other))
    def __radd__(self, other): return Add(as_expr(other), self)
    def __sub__(self, other): return Sub(self, as_expr(other))
    def __rsub__(self, other): return Sub(as_expr(other), self)
    def __mul__(self, other): return Mul(self, as_expr(other))
    def __rmul__(self, other): return Mul(as_expr(other), self)
    def __truediv__(self, other): return Div(self, as_expr(other))
    def __rtruediv__(self, other): return Div(as_expr(other), self)
    def __pow__(self, other): return Pow(self, as_expr(other))
    def __neg__(self): return Neg(self)

    def children(self) -> tuple[Expr, ...]:
        return ()

    def rebuilt(self, children: list[Expr]) -> Expr:
        """The same node over other children (for rewriting passes)."""
        return self


@dataclass(frozen=True)
class Num(Expr):
    """A number. ``fixed`` numbers are part of the formula as written (the 2 of 2(a - y), the 1/2
    of a half); the others were put in for a parameter or a target, and ``simplified`` may fold them."""

    value: float
    fixed: bool = True


@dataclass(frozen=True)
class Var(Expr):
    """A variable: ``z``, ``a``, ``y``/``t``, a parameter; ``index`` as written (``j``, ``k``)."""

    name: str
    index: str | None = None


@dataclass(frozen=True)
class Constant(Expr):
    """A named mathematical constant (pi)."""

    name: str
    value: float
    latex: str


@dataclass(frozen=True)
class _Unary(Expr):
    operand: Expr

    def __post_init__(self):
        object.__setattr__(self, "operand", as_expr(self.operand))

    def children(self):
        return (self.operand,)

    def rebuilt(self, children):
        return type(self)(*children)


class Neg(_Unary):
    """-operand."""


@dataclass(frozen=True)
class _Binary(Expr):
    left: Expr
    right: Expr

    def __post_init__(self):
        object.__setattr__(self, "left", as_expr(self.left))
        object.__setattr__(self, "right", as_expr(self.right))

    def children(self):
        return (self.left, self.right)

    def rebuilt(self, children):
        return type(self)(*children)


class Add(_Binary):
    pass


class Sub(_Binary):
    pass


class Mul(_Binary):
    pass


class Div(_Binary):
    pass


class Pow(_Binary):
    pass


@dataclass(frozen=True)
class Function:
    """A function a formula may call.

    name : the key of its implementation in an evaluation library (else the math module's function of
        that name) and, as ``sympy``, the SymPy function of that name.
    text, latex : how it is written (``latex`` a command such as ``\\exp`` or ``\\sigma``).
    layout : "call" f(x, y); "exp" e^{x}; "sqrt"; "abs" |x|; "log" (second argument the base: ln,
        log2 or log_b).
    """

    name: str
    text: str
    latex: str
    layout: str = "call"
    bare_latex: bool = False  # LaTeX without parentheses around a lone variable: \ln a_j
    sympy: str = ""  # SymPy's name for it, where it differs from ``name``


@dataclass(frozen=True)
class Call(Expr):
    function: Function
    args: tuple[Expr, ...]

    def children(self):
        return self.args

    def rebuilt(self, children):
        return Call(self.function, tuple(children))


RELATIONS = {">": (">", ">"), ">=": (">=", r"\ge "), "<": ("<", "<"), "<=": ("<=", r"\le ")}


@dataclass(frozen=True)
class Compare(Expr):
    left: Expr
    relation: str  # a key of RELATIONS
    right: Expr

    def children(self):
        return (self.left, self.right)

    def rebuilt(self, children):
        return Compare(children[0], self.relation, children[1])


@dataclass(frozen=True)
class Iverson(Expr):
    """[condition]: 1 where the condition holds, else 0."""

    condition: Compare

    def children(self):
        return (self.condition,)

    def rebuilt(self, children):
        return Iverson(children[0])


@dataclass(frozen=True)
class Sum(Expr):
    """sum over ``index`` (the units of the layer) of ``body``."""

    index: str
    body: Expr

    def children(self):
        return (self.body,)

    def rebuilt(self, children):
        return Sum(self.index, children[0])


@dataclass(frozen=True)
class Cases(Expr):
    """``value`` where ``condition`` holds, else ``otherwise``."""

    value: Expr
    condition: Compare
    otherwise: Expr

    def children(self):
        return (self.value, self.condition, self.otherwise)

    def rebuilt(self, children):
        return Cases(*children)


def as_expr(value) -> Expr:
    if isinstance(value, Expr):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Num(value)
    raise TypeError(f"not part of a formula: {value!r}")


# -- building formulas ------------------------------------------------------------------------------

Z = Var("z")
A = Var("a")
PI = Constant("pi", math.pi, r"\pi")

EXP = Function("exp", "exp", r"\exp", "exp")
LOG = Function("log", "log", r"\log", "log", bare_latex=True)
ERF = Function("erf", "erf", r"\operatorname{erf}")
SQRT = Function("sqrt", "sqrt", r"\sqrt", "sqrt")
MAX = Function("max", "max", r"\max")
MIN = Function("min", "min", r"\min")
CLIP = Function("clip", "clip", r"\operatorname{clip}")
ABS = Function("abs", "abs", "", "abs", sympy="Abs")
#: Every function a formula of an entry may call.
FUNCTIONS = (EXP, LOG, ERF, SQRT, MAX, MIN, CLIP, ABS)


def var(name: str, index: str | None = None) -> Var:
    return Var(name, index)


def value(number: float) -> Num:
    """A number put into a formula (a parameter, a target): ``simplified`` may fold it."""
    return Num(number, fixed=False)


def exp(x) -> Call: return Call(EXP, (as_expr(x),))
def erf(x) -> Call: return Call(ERF, (as_expr(x),))
def sqrt(x) -> Call: return Call(SQRT, (as_expr(x),))
def absolute(x) -> Call: return Call(ABS, (as_expr(x),))
def maximum(x, y) -> Call: return Call(MAX, (as_expr(x), as_expr(y)))
def minimum(x, y) -> Call: return Call(MIN, (as_expr(x), as_expr(y)))
def clip(x, low, high) -> Call: return Call(CLIP, (as_expr(x), as_expr(low), as_expr(high)))


def ln(x) -> Call:
    return Call(LOG, (as_expr(x), Num(math.e)))


def log(x, base) -> Call:
    """The logarithm to ``base`` (a number: e is written ln, 2 log2)."""
    return Call(LOG, (as_expr(x), as_expr(base)))


def greater(left, right) -> Compare: return Compare(as_expr(left), ">", as_expr(right))
def at_most(left, right) -> Compare: return Compare(as_expr(left), "<=", as_expr(right))
def iverson(condition: Compare) -> Iverson: return Iverson(condition)
def summation(index: str, body) -> Sum: return Sum(index, as_expr(body))
def cases(value_, condition: Compare, otherwise) -> Cases: return Cases(as_expr(value_), condition, as_expr(otherwise))


def call(function: Function, *args) -> Call:
    return Call(function, tuple(as_expr(arg) for arg in args))


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


# -- spelling ---------------------------------------------------------------------------------------

# How tightly a spelled piece binds: a piece below what its place needs gets parentheses.
SUM_, PRODUCT, SUMMATION, UNARY, POWER, ATOM = range(6)
_GREEK = {"alpha", "beta", "delta", "eta", "sigma", "pi", "lambda", "mu", "gamma"}


@dataclass(frozen=True)
class Spelled:
    """A formula or a piece of one: its plain text and LaTeX, how tightly it binds, and whether it
    starts with a minus sign (so that it needs parentheses after an operator)."""

    text: str
    latex: str
    level: int = ATOM
    signed: bool = False
    quotient: bool = False  # a text fraction a/b (juxtaposed factors after it need a space)
    symbol: bool = False    # a value put in for a variable (a symbol such as z1[0])
    number: bool = False    # a number, possibly in parentheses


def symbol(text: str, latex: str) -> Spelled:
    """A symbol to put in for a variable (``z1[0]``, ``a^{(2)}_{0}``)."""
    return Spelled(text, latex, ATOM, symbol=True)


def plain_number(number: float) -> tuple[str, str]:
    text = f"{number:g}" if number != int(number) or abs(number) >= 1e16 else str(int(number))
    return text, text


def _number(number: float, numbers: Callable) -> Spelled:
    text, latex = numbers(number)
    return Spelled(text, latex, UNARY if text.startswith("-") or "e" in text else ATOM,
                   signed=text.startswith("-") or "e" in text, number=True)


#: Where a piecewise formula may break a line: before its condition and before its other value,
#: as (text, LaTeX).
CASE_BREAKS = ((" if ", r" \text{ if } "), (" else ", r" \text{ else } "))


class _Speller:
    def __init__(self, values, numbers, compact):
        self.values = values or (lambda node: None)
        self.numbers = numbers or plain_number
        self.compact = compact

    # -- helpers
    def wrap(self, piece: Spelled) -> Spelled:
        return Spelled(f"({piece.text})", f"\\left({piece.latex}\\right)" if "\\frac" in piece.latex
                       else f"({piece.latex})", number=piece.number)

    def at_least(self, piece: Spelled, level: int, unsigned: bool = False) -> Spelled:
        if piece.level < level or (unsigned and piece.signed):
            return self.wrap(piece)
        return piece

    def op(self, symbol_: str) -> str:
        return symbol_ if self.compact else f" {symbol_} "

    def comma(self) -> str:
        return "," if self.compact else ", "

    # -- nodes
    def spell(self, node: Expr) -> Spelled:
        method = getattr(self, f"_{type(node).__name__}")
        return method(node)

    def _Num(self, node: Num) -> Spelled:
        return _number(node.value, self.numbers)

    def _Constant(self, node: Constant) -> Spelled:
        return Spelled(node.name, node.latex)

    def _Var(self, node: Var) -> Spelled:
        found = self.values(node)
        if found is not None:
            return found if isinstance(found, Spelled) else _number(found, self.numbers)
        latex_name = f"\\{node.name}" if node.name in _GREEK else node.name
        if node.index is None:
            return Spelled(node.name, latex_name)
        index_latex = node.index if len(node.index) == 1 else "{" + node.index + "}"
        return Spelled(f"{node.name}_{node.index}", f"{latex_name}_{index_latex}")

    def _Neg(self, node: Neg) -> Spelled:
        inner = self.at_least(self.spell(node.operand), PRODUCT, unsigned=True)
        return Spelled("-" + inner.text, "-" + inner.latex, UNARY, signed=True)

    def _sum(self, node, symbol_: str) -> Spelled:
        left = self.at_least(self.spell(node.left), SUM_)
        right = self.at_least(self.spell(node.right), PRODUCT, unsigned=True)
        return Spelled(left.text + self.op(symbol_) + right.text, left.latex + self.op(symbol_) + right.latex,
                       SUM_, signed=left.signed)

    def _Add(self, node: Add) -> Spelled:
        return self._sum(node, "+")

    def _Sub(self, node: Sub) -> Spelled:
        return self._sum(node, "-")

    def _Mul(self, node: Mul) -> Spelled:
        left = self.spell(node.left)
        left = self.wrap(left) if left.level < PRODUCT or left.level == SUMMATION or left.signed else left
        right = self.at_least(self.spell(node.right), PRODUCT, unsigned=True)
        text_gap, latex_gap = self.gap(left, right)
        return Spelled(left.text + text_gap + right.text, left.latex + latex_gap + right.latex,
                       SUMMATION if right.level == SUMMATION else PRODUCT, quotient=right.quotient)

    def gap(self, left: Spelled, right: Spelled) -> tuple[str, str]:
        """What stands between two factors written side by side."""
        first, last = right.text[:1], left.text[-1:]
        if first.isdigit() or first == "." or (left.number and right.number):
            return "*", r" \cdot "
        if left.quotient:
            return " ", " "
        if first in "([":
            return "", ""
        latex_gap = " " if (right.latex.startswith("\\") and not right.latex.startswith("\\left(")) \
            or not self.compact else ""
        if first.isalpha() and (last.isdigit() or last == ".") and self.compact and not right.symbol:
            return "", latex_gap
        if first == "|" and self.compact:
            return "", latex_gap
        return " ", " "

    def _Div(self, node: Div) -> Spelled:
        numerator = self.spell(node.left)
        denominator = self.spell(node.right)
        top = self.at_least(numerator, PRODUCT)
        bottom = denominator if denominator.level == SUMMATION else self.at_least(denominator, POWER, unsigned=True)
        return Spelled(f"{top.text}/{bottom.text}", f"\\frac{{{numerator.latex}}}{{{denominator.latex}}}",
                       PRODUCT, signed=top.signed, quotient=True)

    def _Pow(self, node: Pow) -> Spelled:
        base = self.at_least(self.spell(node.left), ATOM, unsigned=True)
        exponent = self.spell(node.right)
        exponent_text = exponent.text if exponent.level == ATOM and not exponent.signed else f"({exponent.text})"
        base_latex = "{" + base.latex + "}" if base.symbol or "^" in base.latex else base.latex
        return Spelled(f"{base.text}^{exponent_text}", f"{base_latex}^{{{exponent.latex}}}", POWER)

    def _Compare(self, node: Compare) -> Spelled:
        left, right = self.spell(node.left), self.spell(node.right)
        text_relation, latex_relation = RELATIONS[node.relation]
        gap = "" if self.compact else " "
        return Spelled(f"{left.text}{gap}{text_relation}{gap}{right.text}",
                       f"{left.latex}{latex_relation}{right.latex}", SUM_)

    def _Iverson(self, node: Iverson) -> Spelled:
        inner = self.spell(node.condition)
        return Spelled(f"[{inner.text}]", f"[{inner.latex}]")

    def _Sum(self, node: Sum) -> Spelled:
        body = self.at_least(self.spell(node.body), PRODUCT)
        return Spelled(f"sum_{node.index} {body.text}", f"\\sum_{node.index} {body.latex}", SUMMATION)

    def _Cases(self, node: Cases) -> Spelled:
        # Written inline in LaTeX too, with \bigl( \bigr) (not \left \right, which must close on the
        # same line): a long formula may break before "if" and "else" (CASE_BREAKS) in every format.
        first, condition, other = self.spell(node.value), self.spell(node.condition), self.spell(node.otherwise)
        (if_text, if_latex), (else_text, else_latex) = CASE_BREAKS
        return Spelled(f"({first.text}{if_text}{condition.text}{else_text}{other.text})",
                       f"\\bigl({first.latex}{if_latex}{condition.latex}{else_latex}{other.latex}\\bigr)")

    def _Call(self, node: Call) -> Spelled:
        function = node.function
        args = [self.spell(arg) for arg in node.args]
        if function.layout == "exp":
            return Spelled(f"exp({args[0].text})", f"e^{{{args[0].latex}}}")
        if function.layout == "sqrt":
            return Spelled(f"sqrt({args[0].text})", f"\\sqrt{{{args[0].latex}}}")
        if function.layout == "abs":
            return Spelled(f"|{args[0].text}|", f"\\left|{args[0].latex}\\right|")
        text_name, latex_name = function.text, function.latex
        if function.layout == "log":
            base, args = node.args[1], args[:1]
            base_value = base.value if isinstance(base, Num) else None
            if base_value == math.e:
                text_name, latex_name = "ln", r"\ln"
            elif base_value is not None:
                written = plain_number(base_value)[0]
                text_name, latex_name = f"log{written}", f"\\log_{{{written}}}"
            else:
                spelled_base = self.spell(base)
                text_name, latex_name = f"log_{spelled_base.text}", f"\\log_{{{spelled_base.latex}}}"
        text = f"{text_name}({self.comma().join(arg.text for arg in args)})"
        if function.bare_latex and isinstance(node.args[0], Var) and self.values(node.args[0]) is None:
            latex = f"{latex_name} {args[0].latex}"  # \ln a_j
        else:
            latex = f"{latex_name}({','.join(arg.latex for arg in args)})"
        return Spelled(text, latex)


def spell(expr: Expr, values: Callable[[Var], Spelled | float | None] | None = None,
          numbers: Callable[[float], tuple[str, str]] | None = None, compact: bool = False) -> Spelled:
    """``expr`` as text and LaTeX. ``values(variable)`` gives what to write for a variable: a
    ``symbol``, a number, or None to write the variable itself; ``numbers(x)`` spells a number as
    (text, LaTeX) (default: up to 6 significant digits)."""
    return _Speller(values, numbers, compact).spell(expr)


def factor_of_product(piece: Spelled) -> Spelled:
    """``piece`` ready to stand as one factor of a product: in parentheses if it is a sum."""
    if piece.level < PRODUCT or piece.signed:
        return Spelled(f"({piece.text})", f"({piece.latex})")
    return piece
