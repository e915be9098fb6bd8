"""The nodes of a formula and the functions that build formulas from them."""

from __future__ import annotations

import math
from dataclasses import dataclass


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
