"""SymPy forms of the registry's activations and losses, made from their entries' expression trees.

Nothing here knows an activation or a loss by name: ``to_sympy`` turns any formula of an entry into
SymPy, and every element-wise activation whose formula is not already a SymPy function of u or u
itself becomes a SymPy function of its own, named like the entry, so that a derivation prints
``f(z1[0])`` by the activation's name as a person writes it. Its derivative is the entry's f' (in
terms of u and v = f(u) where the entry writes it so, as the seeds write a (1 - a) for
1/(1 + e^-u)); ``definition()`` is its formula in exp, log, erf and Heaviside, which proofs and
50-digit numbers use. An activation with parameters takes them as further arguments, always
printed (``f(z1[0], 0.2)``); a formula may leave them out for the defaults.

Where a formula jumps (max, min, clip, an Iverson bracket [u > 0]) the SymPy form uses
Heaviside(u, 0), which is 0 at 0: f' at a kink is its value from the left, as the engine takes it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import sympy as sp

from ..activations import ACTIVATIONS, Activation
from ..expression import (CLIP, LOG, MAX, MIN, Add, Call, Cases, Compare, Constant, Div, Expr,
                          Iverson, Mul, Neg, Num, Pow, Sub, Sum, Var)
from ..losses import Loss
from .large_formulas import distinct_nodes, index_template


def heaviside(u):
    """The step function with the value 0 at 0: the derivative of a rectifier as backprop takes it."""
    coefficient, entry = u.as_coeff_Mul() if isinstance(u, sp.Mul) else (sp.S.One, u)
    if isinstance(entry, sp.Indexed) and coefficient.is_Number:
        # SymPy decides the step of c z[k] from the sign of c and the assumptions of z's entries,
        # which every entry shares (its base's): asked once per base, not for each of the 784 inputs
        # or 128 units (each asks SymPy's assumption system anew, about 1 ms)
        # (one lookup: a reader's base is often a new object equal to the network's, and each lookup of it
        # compares the two by SymPy's ==, building their hashable content)
        key = (coefficient, entry.base)
        stays = _STEP_STAYS.get(key)
        if stays is None:
            stays = _STEP_STAYS[key] = isinstance(sp.Heaviside(u, 0), sp.Heaviside)
        if stays:
            return sp.Heaviside(u, 0, evaluate=False)
    if isinstance(u, sp.Add):
        # the step of a unit's written-out sum (1{sum_i W3[k, i] a2[i] > 0}): SymPy asks the sign of each of its
        # terms anew, 0.14 s for 64 terms at each unit k. The answer depends on the facts of the sum's terms, and
        # an entry's facts are its base's whatever its indices (sympy.Indexed), so the sums at every unit share
        # it with their index template (large_formulas.index_template: distinct numbers as distinct symbols, terms kept
        # one for one); only "stays unevaluated" is taken from it, any other answer is asked of the sum itself
        template, numbers = index_template(u)
        if numbers and _template_step_stays(template):
            return sp.Heaviside(u, 0, evaluate=False)
    return sp.Heaviside(u, 0)


@lru_cache(maxsize=1024)
def _template_step_stays(template: sp.Expr) -> bool:
    return isinstance(sp.Heaviside(template, 0), sp.Heaviside)


#: {(c, an IndexedBase): whether Heaviside(c z[k], 0) stays unevaluated}
_STEP_STAYS: dict = {}


def exact(number: float) -> sp.Expr:
    """A float as the exact decimal it was written as (0.01 -> 1/100)."""
    if float(number).is_integer():
        return sp.Integer(int(number))
    return sp.Rational(repr(float(number)))


class NamedFunction(sp.Function):
    """A function of the registry's that a derivation writes by name; ``definition()`` is its formula."""

    def definition(self) -> sp.Expr:  # pragma: no cover - every subclass defines it
        raise NotImplementedError


class clip(NamedFunction):  # noqa: N801 - the name users type
    """clip(x, low, high): x held between low and high (the gradient of a Huber loss)."""

    nargs = 3

    @classmethod
    def eval(cls, x, low, high):
        if x.is_Number and low.is_Number and high.is_Number:
            return min(max(x, low), high)
        return None

    def definition(self):
        x, low, high = self.args
        return _maximum(low, x) - (_maximum(low, x) - high) * heaviside(_maximum(low, x) - high)

    def fdiff(self, argindex=1):
        x, low, high = self.args
        if argindex != 1:
            raise sp.ArgumentIndexError(self, argindex)
        return heaviside(x - low) * (1 - heaviside(x - high))

    def _eval_is_real(self):
        return all(arg.is_real for arg in self.args)

    def _eval_evalf(self, prec):
        return self.definition()._eval_evalf(prec)


def _maximum(p, q):
    """max(p, q) with a step: q + (p - q) H(p - q) (p at a tie)."""
    return q + (p - q) * heaviside(p - q)


def minimum_with_step(p, q):
    """min(p, q): q - (q - p) H(q - p)."""
    return q - (q - p) * heaviside(q - p)


def sympy_function(function) -> Callable:
    """The SymPy object of one of expression.FUNCTIONS (clip's is ours; max and min have none: to_sympy
    writes them with steps)."""
    return clip if function is CLIP else getattr(sp, function.sympy or function.name)


def _iverson(condition: Compare, convert: Callable) -> sp.Expr:
    left, right = convert(condition.left), convert(condition.right)
    return {">": heaviside(left - right), "<=": 1 - heaviside(left - right),
            "<": heaviside(right - left), ">=": 1 - heaviside(right - left)}[condition.relation]


def _log(x, base: Expr, convert) -> sp.Expr:
    if isinstance(base, Num) and base.value == math.e:
        return sp.log(x)
    return sp.log(x) / sp.log(convert(base))


def to_sympy(expr: Expr, variable: Callable[[str, object], sp.Expr], units: int | None = None,
             expand: bool = True) -> sp.Expr:
    """The formula ``expr`` in SymPy.

    variable(name, index) : the SymPy object of a variable; ``index`` is None, the formula's own
        letter, or (inside a Sum) the unit: an int when ``expand``, else a SymPy index symbol.
    units, expand : a Sum runs over ``units`` terms, written out (``expand``) or as a SymPy Sum.
    """
    def convert(node: Expr, indices: dict) -> sp.Expr:
        def go(child):
            return convert(child, indices)

        if isinstance(node, Num):
            return exact(node.value)
        if isinstance(node, Constant):
            return sp.pi
        if isinstance(node, Var):
            return variable(node.name, indices.get(node.index, node.index))
        if isinstance(node, Neg):
            return -go(node.operand)
        if isinstance(node, Mul):
            left, right = go(node.left), go(node.right)
            if left.is_Number and right.is_Add:
                # Unevaluated, so that it reads 2*(a - y) as the seeds write it, not 2*a - 2*y.
                return sp.Mul(left, right, evaluate=False)
            return left * right
        if isinstance(node, (Add, Sub, Div, Pow)):
            left, right = go(node.left), go(node.right)
            return {Add: lambda: left + right, Sub: lambda: left - right, Div: lambda: left / right,
                    Pow: lambda: left ** right}[type(node)]()
        if isinstance(node, Iverson):
            return _iverson(node.condition, go)
        if isinstance(node, Cases):
            step = _iverson(node.condition, go)
            return go(node.value) * step + go(node.otherwise) * (1 - step)
        if isinstance(node, Sum):
            if expand:
                return sp.Add(*[convert(node.body, {**indices, node.index: k}) for k in range(units)])
            index = sp.Symbol(node.index, integer=True, nonnegative=True)
            return sp.Sum(convert(node.body, {**indices, node.index: index}), (index, 0, units - 1))
        if isinstance(node, Call):
            function = node.function
            args = [go(arg) for arg in node.args]
            if function == LOG:
                return _log(args[0], node.args[1], go)
            stepped = {MAX: _maximum, MIN: minimum_with_step}.get(function)
            return (stepped or sympy_function(function))(*args)
        raise TypeError(f"no SymPy form for {node!r}")

    return convert(expr, {})


def _variables(**values) -> Callable[[str, object], sp.Expr]:
    return lambda name, index: values[name]


# -- activations -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SymbolicActivation:
    """One activation (with its parameter values) as SymPy.

    value : u -> f(u) for an element-wise activation (its named function, or SymPy's own); None for a
        row-wise one (see ``values``).
    derivative : (u, v) -> f'(u), written with v = f(u) where the entry writes it so.
    definition : u -> f(u) in exp, log, erf and Heaviside (for proofs).
    values, jacobian, transposed : a row-wise activation's SymPy form (see activations.RowWise).
    """

    activation: Activation
    value: Callable | None
    derivative: Callable | None
    definition: Callable | None

    @property
    def elementwise(self) -> bool:
        return self.value is not None

    def values(self, inputs: list[sp.Expr]) -> list[sp.Expr]:
        return self.activation.symbolic.values(sp, inputs)

    def jacobian(self, v_n, v_k, n, k) -> sp.Expr:
        return self.activation.symbolic.jacobian(sp, v_n, v_k, n, k)

    def transposed(self, g, v, k, total) -> sp.Expr:
        return self.activation.symbolic.transposed(sp, g, v, k, total)


_U = sp.Symbol("u", real=True)


class ParameterValueError(ValueError):
    """A formula gives an activation a parameter value its entry does not take (a slope of 2)."""


@lru_cache(maxsize=None)
def named_function(name: str) -> type[NamedFunction] | None:
    """The SymPy function of the element-wise activation ``name``, or None where its formula is
    already a SymPy function of u or u itself."""
    entry = ACTIVATIONS[name]
    if not entry.elementwise:
        return None
    parameters = [sp.Symbol(p.name, real=True) for p in entry.parameters]
    defaults = tuple(exact(p.default) for p in entry.parameters)
    raw_formula, raw_derivative = entry.raw[3], entry.raw[4]

    def definition_at(u, args):
        return to_sympy(raw_formula, lambda variable, index: u if variable == "z" else
                        dict(zip((p.name for p in entry.parameters), args))[variable])

    plain = definition_at(_U, parameters)
    if not parameters and (plain == _U or (plain.is_Function and plain.args == (_U,))):
        return None

    def derivative_at(u, v, args):
        named = dict(zip((p.name for p in entry.parameters), args))
        return to_sympy(raw_derivative, lambda variable, index: u if variable == "z" else v if variable == "a"
                        else named[variable])

    def eval_(cls, u, *args):
        for parameter, arg in zip(entry.parameters, args):
            if arg.is_Number and not parameter.accept(float(arg)):
                raise ParameterValueError(f"{name}'s {parameter.name} {_decimal(arg)} is not {parameter.meaning};"
                                          f" write {parameter.expected}")
        if len(args) < len(defaults):
            return cls(u, *args, *defaults[len(args):])
        if u.is_Number and all(arg.is_Number for arg in args):
            return definition_at(u, args)
        if entry.kinks and (u.is_positive or u.is_nonpositive):
            return definition_at(u, args)  # on one side of the kink: the step is decided
        return None

    def fdiff(self, argindex=1):
        if argindex != 1:
            raise sp.ArgumentIndexError(self, argindex)
        return derivative_at(self.args[0], self, self.args[1:])

    def latex_(self, printer):
        inside = ", ".join(printer._print(arg) for arg in self.args)
        return f"{entry.latex}\\left({inside}\\right)"

    def text_(self, printer):
        shown = [printer._print(self.args[0])] + [_decimal(arg) for arg in self.args[1:]]
        return f"{name}({', '.join(shown)})"

    namespace = {
        "__doc__": f"The activation {name} (see backprop.activations.{name}).",
        "nargs": tuple(range(1, len(parameters) + 2)) if parameters else 1,
        "eval": classmethod(eval_),
        "fdiff": fdiff,
        "definition": lambda self: definition_at(self.args[0], self.args[1:]),
        "_eval_rewrite_as_exp": lambda self, *args, **kwargs: definition_at(args[0], args[1:]),
        "_eval_rewrite_as_Heaviside": lambda self, *args, **kwargs: definition_at(args[0], args[1:]),
        "_eval_evalf": lambda self, prec: definition_at(self.args[0], self.args[1:])._eval_evalf(prec),
        "_eval_is_real": lambda self: self.args[0].is_real,
        "_latex": latex_,
        "_backprop_text": text_,
    }
    return type(name, (NamedFunction,), namespace)


def _decimal(number: sp.Expr) -> str:
    """A parameter as the decimal it was written as (1/100 -> 0.01)."""
    if number.is_Rational:
        value = float(number)
        if exact(value) == number:
            return repr(value) if not value.is_integer() else str(int(value))
    return str(number)


@lru_cache(maxsize=None)
def sympy_activation(activation: Activation) -> SymbolicActivation:
    """``activation`` (with its parameter values) as SymPy."""
    if not activation.elementwise:
        return SymbolicActivation(activation, None, None, None)
    function = named_function(activation.name)
    args = [exact(activation.values[p.name]) for p in activation.parameters]

    def definition(u):
        return to_sympy(activation.formula, _variables(z=u))

    def value(u):
        return function(u, *args) if function is not None else definition(u)

    def derivative(u, v):
        return to_sympy(activation.derivative_formula, _variables(z=u, a=v))

    return SymbolicActivation(activation, value, derivative, definition)


def definitions(expr: sp.Expr) -> sp.Expr:
    """``expr`` with every named function written out (exp, log, erf, Heaviside), innermost first."""
    while True:  # (over distinct parts: a formula read from nested sums repeats them hundreds of times)
        found = {node for node in distinct_nodes(expr) if isinstance(node, NamedFunction)}
        if not found:
            return expr
        expr = expr.xreplace({atom: atom.definition() for atom in found})


# -- losses ---------------------------------------------------------------------------------------


def loss_value(loss: Loss, outputs, target: Callable, expand: bool = True, units: int | None = None) -> sp.Expr:
    """The per-sample loss for the outputs (a list, or a function of the unit) and ``target(j)``."""
    count = len(outputs) if units is None else units
    letter = loss.targets.letter
    pick = outputs.__getitem__ if isinstance(outputs, list) else outputs
    return to_sympy(loss.formula, lambda name, index: pick(index) if name == "a" else target(index)
                    if name == letter else sp.Integer(count), count, expand)


def loss_gradient(loss: Loss, output: sp.Expr, target: sp.Expr, units: int) -> sp.Expr:
    """dL/da_j of one output."""
    letter = loss.targets.letter
    return to_sympy(loss.gradient_formula, lambda name, index: output if name == "a" else target
                    if name == letter else sp.Integer(units), units)


def fused_delta(loss: Loss, output: sp.Expr, target: sp.Expr) -> sp.Expr:
    """dL/du_j where the loss fuses with its output activation (u that activation's input)."""
    return to_sympy(loss.fused_formula, lambda name, index: output if name == "a" else target)
