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

from .nodes import (A, ABS, Add, CLIP, Call, Cases, Compare, Constant, Div, ERF, EXP, Expr, FUNCTIONS,
                    Function, Iverson, LOG, MAX, MIN, Mul, Neg, Num, PI, Pow, RELATIONS, SQRT, Sub, Sum, Var, Z, absolute,
                    as_expr, at_most, call, cases, clip, erf, exp, greater, iverson, ln, log, maximum, minimum, sqrt,
                    summation, value, var)
from .rewriting import (MATH, evaluate, one_unit, simplified, substitute, variables)
from .spelling import (CASE_BREAKS, Spelled, factor_of_product, plain_number, spell, symbol)

__all__ = [
    "A", "ABS", "Add", "CLIP", "Call", "Cases", "Compare", "Constant", "Div", "ERF", "EXP", "Expr",
    "FUNCTIONS", "Function", "Iverson", "LOG", "MAX", "MIN", "Mul", "Neg", "Num", "PI", "Pow", "RELATIONS",
    "SQRT", "Sub", "Sum", "Var", "Z", "absolute", "as_expr", "at_most", "call", "cases", "clip", "erf",
    "exp", "greater", "iverson", "ln", "log", "maximum", "minimum", "sqrt", "summation", "value", "var",
    "MATH", "evaluate", "one_unit", "simplified", "substitute", "variables", "CASE_BREAKS", "Spelled",
    "factor_of_product", "plain_number", "spell", "symbol",
]
