"""Reading a hand-written formula in SymPy syntax, with the names of docs/symbols.md.

``parse_formula("2*(a2[0] - y[0])*a1[1]", symbols)`` returns a SymPy expression whose names are the
network's own objects (see quantities.py). Anything that is not a formula about this network fails
with a FormulaError whose message is one line: a syntax error, an unknown name or function, an
index out of range, a shared bias written with an index, a weight without its two indices.

The namespace is closed: only the network's names and the functions of symbols.md (plus ``Sum``
for sums in index notation, and ``^`` read as a power) exist, so that ``E``, ``S``, ``O`` or ``N``
are unknown names as a person would expect, not SymPy's constants and functions.
"""

from __future__ import annotations

import ast
import math
import operator
import re
from collections import ChainMap
from functools import lru_cache

import sympy as sp

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .formula_functions import FORMULA_ARGUMENTS, FORMULA_FUNCTIONS
from .formula_validation import Validator
from .functions import ParameterValueError
from .quantities import FormulaError, NetworkSymbols, UnknownName, short as _short



class _SharedBias(sp.Symbol):
    """A shared bias: one number for the layer, so ``b2[0]`` is a mistake worth naming."""

    def __getitem__(self, index):
        raise FormulaError(f"{self.name} is the shared bias of layer {self.name[1:]} (one number for"
                           f" the layer): write {self.name}, without an index")


@lru_cache(maxsize=64)
def namespace(symbols: NetworkSymbols) -> ChainMap:
    """Every name a formula about this network may use, mapped to its SymPy object. Made once per
    network (a notation's meanings are parsed thousands of times for a big one, and each shared bias
    made again took SymPy's deduction of its assumptions); read only, never changed."""
    names = ChainMap({}, FORMULA_FUNCTIONS)  # the functions are made when a formula calls them
    names.update({"x": symbols.x, "a0": symbols.x, "y": symbols.target, "t": symbols.target,
                  "eta": symbols.eta, "L": symbols.L})
    for layer in range(1, symbols.depth + 1):
        names[f"W{layer}"] = symbols.W[layer]
        names[f"z{layer}"] = symbols.z[layer]
        names[f"a{layer}"] = symbols.a[layer]
        names[f"delta{layer}"] = symbols.delta[layer]
        bias = symbols.b[layer]
        if isinstance(bias, sp.Symbol):
            names[f"b{layer}"] = _SharedBias(bias.name, real=True)
        elif bias is not None:
            names[f"b{layer}"] = bias
    return names


def parse_formula(text: str, symbols: NetworkSymbols) -> sp.Expr:
    """The formula ``text`` as a SymPy expression in the network's names (FormulaError if unreadable).

    The text is never evaluated: Python's parser turns it into a syntax tree, and :class:`_Builder`
    builds SymPy objects from the few kinds of node a formula has (numbers, names, ``name[...]``,
    arithmetic, calls of the known functions). Anything else (attribute access, comprehensions,
    lambdas, strings, keyword arguments) is refused by name, so a formula can never reach Python
    objects beyond the ones in :func:`namespace`.
    """
    if not text or not text.strip():
        raise FormulaError("the formula is empty; write an expression such as 2*(a2[0] - y[0])*a1[1]")
    if len(text) > LIMITS["formula_characters"]:
        raise FormulaError(f"formula {_short(text)}: is {len(text):,} characters long, more than the"
                           f" {LIMITS['formula_characters']:,} a formula may have; write the derivative"
                           " of one parameter with the network's symbols")
    names = namespace(symbols)
    expr = _plain_entry(text, names)
    if expr is not None:  # (an entry at whole numbers or ranged letters: no shared bias, no decimal in it)
        Validator(symbols, names, text).check(expr, {})
        return expr
    _check_subscripted_names(text, names, symbols)
    tree = _syntax_tree(text)
    try:
        expr = _Builder(names, text).top(tree)
    except RecursionError:
        raise FormulaError(f"formula {_short(text)}: is nested too deeply (more than"
                           f" {LIMITS['formula_depth']} levels); write it with fewer parentheses") from None
    if not isinstance(expr, sp.Basic) or not isinstance(expr, sp.Expr):
        raise FormulaError(f"formula {_short(text)}: is not an expression")
    # Shared biases were parsed as _SharedBias; from here on they are the network's own symbols.
    expr = expr.xreplace({value: symbols.b[int(value.name[1:])] for value in expr.atoms(_SharedBias)})
    Validator(symbols, names, text).check(expr, {})
    return _exact(expr)


MAX_DIGITS = LIMITS["number_digits"]

#: one entry of a quantity at whole numbers, W1[(5), (7)] or x[3], as a notation's meaning is at its values,
#: or at a general rule's ranged letters (W2[ix_i_r0_63, 5]: a sum's body read at each of its values)
_INDEX = r"\s*(?:\(\s*-?\d{1,6}\s*\)|\d{1,6}|ix_[A-Za-z]+_r\d{1,7}_\d{1,7})\s*"
_PLAIN_ENTRY = lazy_pattern(r"\s*([A-Za-z_][A-Za-z_0-9]*)\s*\[((?:%s,)*%s)\]\s*" % (_INDEX, _INDEX))


def _plain_entry(text: str, names: dict) -> sp.Expr | None:
    """What _Builder makes of ``text`` when it is one entry of an indexed quantity at whole numbers
    (a notation's meaning at its values, parsed thousands of times for a big network), without
    Python's parser; None for any other text. Validator checks it as it checks every formula."""
    match = _PLAIN_ENTRY.fullmatch(text)
    if match is None:
        return None
    base = names.get(match.group(1))
    if not isinstance(base, sp.IndexedBase):
        return None
    parts = [part.strip() for part in match.group(2).split(",")]
    # (a ranged letter is the Symbol _Builder makes of a name the namespace does not hold)
    return base[tuple(sp.Symbol(part) if part.startswith("ix_") else sp.Integer(int(part.strip("()").replace(" ", "")))
                      for part in parts)]


def _syntax_tree(text: str) -> ast.expr:
    """Python's syntax tree of ``text`` (``^`` read as ``**``), parsed, never evaluated."""
    source = " ".join(text.split()).replace("^", "**")
    if re.search(r"\d{%d}" % (MAX_DIGITS + 1), source):
        raise FormulaError(f"formula {_short(text)}: has a number of more than {MAX_DIGITS:,} digits;"
                           " write the derivative with the network's symbols and small numbers")
    try:
        return ast.parse(source, mode="eval").body
    except (SyntaxError, ValueError) as error:  # ValueError: a number literal too long to convert
        raise FormulaError(f"formula {_short(text)}: syntax error ({_reason(error)}); write SymPy syntax"
                           " with * for products and ** for powers, e.g. 2*(a2[0] - y[0])*a1[1]") from None
    except (RecursionError, MemoryError):
        raise FormulaError(f"formula {_short(text)}: is nested too deeply to read; write it with fewer"
                           " parentheses") from None


_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv,
              ast.Pow: operator.pow}
# What a person means by a construct a formula cannot have, for the message that refuses it.
_CONSTRUCTS = {ast.Attribute: "attribute access (a dot after a name)", ast.Lambda: "a lambda",
               ast.GeneratorExp: "a generator expression", ast.ListComp: "a list comprehension",
               ast.SetComp: "a set comprehension", ast.DictComp: "a dict comprehension",
               ast.Compare: "a comparison", ast.BoolOp: "and/or", ast.IfExp: "an if-else expression",
               ast.NamedExpr: "an assignment (:=)", ast.Starred: "a starred argument",
               ast.List: "a list", ast.Dict: "a dict", ast.Set: "a set", ast.JoinedStr: "an f-string",
               ast.Slice: "a slice (:)", ast.Await: "await", ast.Yield: "yield", ast.YieldFrom: "yield"}


class _Builder:
    """SymPy objects from the syntax tree of a formula: numbers, names of the namespace (an unknown
    name becomes a Symbol or an undefined function, which Validator then names), ``name[...]``,
    + - * / ** and calls of the namespace's functions, each bounded by LIMITS before SymPy sees it."""

    def __init__(self, names: dict, text: str):
        self.names = names
        self.text = text
        self.depth = 0
        self.sum_terms = 1

    def fail(self, what: str):
        raise FormulaError(f"formula {_short(self.text)}: {what}")

    def top(self, node: ast.AST) -> sp.Expr:
        return self._expression(node)

    def build(self, node: ast.AST):
        self.depth += 1
        if self.depth > LIMITS["formula_depth"]:
            raise RecursionError
        try:
            return self._build(node)
        finally:
            self.depth -= 1

    def _build(self, node: ast.AST):
        if isinstance(node, ast.Constant):
            return self._number(node)
        if isinstance(node, ast.Name):
            return self._name(node.id)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = self._expression(node.operand)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            left, right = self._expression(node.left), self._expression(node.right)
            if isinstance(node.op, ast.Pow):
                self._check_power(left, right)
            elif isinstance(node.op, ast.Div) and right.is_zero:
                self.fail("divides by zero")
            return self._bounded(_OPERATORS[type(node.op)](left, right))
        if isinstance(node, ast.Subscript):
            return self._subscript(node)
        if isinstance(node, ast.Call):
            return self._call(node)
        if isinstance(node, ast.BinOp):
            self.fail(f"the operator {_OPERATOR_TEXT.get(type(node.op), type(node.op).__name__)} is not"
                      " part of a formula; use + - * / and ** (or ^) for powers")
        what = _CONSTRUCTS.get(type(node), f"a {type(node).__name__}")
        self.fail(f"{what} is not part of a formula; write arithmetic on the network's symbols"
                  " and the functions of symbols.md, e.g. 2*(a2[0] - y[0])*a1[1]")

    def _expression(self, node: ast.AST) -> sp.Expr:
        value = self.build(node)
        if not isinstance(value, sp.Expr):
            if isinstance(value, sp.IndexedBase):
                return value  # Validator names it (it needs its indices)
            self.fail(f"{_node_text(node, self.text)} is a function: call it with an argument,"
                      " e.g. exp(z1[0])")
        return value

    def _number(self, node: ast.Constant) -> sp.Expr:
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail(f"{value!r} is not a number; a formula holds numbers, the network's symbols and"
                      " the functions of symbols.md")
        if isinstance(value, int):
            return self._bounded(sp.Integer(value))
        literal = _node_text(node, self.text, whole=True)
        if not math.isfinite(value):
            self.fail(f"the number {literal} is too large; write numbers of at most {MAX_DIGITS:,} digits")
        number = self._bounded(sp.Float(literal) if literal else sp.Float(value))
        # exact from the start, as written: added as Floats of 15 digits, 1 + 1e-20 is 1.0, and a formula off
        # by that term would be called right (_exact, at the end, would find 1.0 written)
        try:
            return sp.Rational(literal.replace("_", "")) if literal else sp.Rational(str(number))
        except (TypeError, ValueError):  # pragma: no cover - a literal SymPy does not read as a fraction
            return number

    def _name(self, name: str):
        if name in self.names:
            return self.names[name]
        return sp.Symbol(name)  # a Sum's index, or an unknown name that Validator names

    def _subscript(self, node: ast.Subscript):
        if not isinstance(node.value, ast.Name):
            self.fail(f"only a name of the network takes indices, as in W2[0,1]; not {_node_text(node.value, self.text)}")
        base = self._name(node.value.id)
        parts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        indices = [self._expression(part) for part in parts]
        if isinstance(base, _SharedBias):
            try:
                base[indices]
            except FormulaError as error:
                raise error.reworded(f"formula {_short(self.text)}: {error}")
        if not isinstance(base, sp.IndexedBase):
            self.fail(f"{node.value.id} takes no indices")
        return base[tuple(indices)]

    def _call(self, node: ast.Call):
        if not isinstance(node.func, ast.Name):
            self.fail(f"only the functions of symbols.md can be called; not {_node_text(node.func, self.text)}")
        if node.keywords:
            self.fail(f"{node.func.id}(...) takes no keyword arguments")
        name = node.func.id
        function = self.names.get(name)
        if function is sp.Sum:
            return self._sum(node)
        arguments = [self._expression(argument) for argument in node.args]
        if function is None or isinstance(function, sp.Basic) or not callable(function):
            return sp.Function(name)(*arguments)  # Validator names the unknown function
        try:
            return self._bounded(function(*arguments))
        except ParameterValueError as error:
            self.fail(str(error))
        except TypeError:
            self.fail(f"{name} takes {FORMULA_ARGUMENTS.get(name, 'one argument')}, not {len(arguments)}")

    def _sum(self, node: ast.Call):
        if len(node.args) < 2:
            self.fail("write a sum as Sum(term, (k, first, last)) with whole-number bounds")
        limits = []
        terms = self.sum_terms
        for limit in node.args[1:]:
            if not (isinstance(limit, ast.Tuple) and len(limit.elts) == 3 and isinstance(limit.elts[0], ast.Name)):
                self.fail("write a sum as Sum(term, (k, first, last)) with whole-number bounds")
            index = sp.Symbol(limit.elts[0].id)
            first, last = (self._expression(part) for part in limit.elts[1:])
            if not (first.is_Integer and last.is_Integer):
                self.fail("write a sum as Sum(term, (k, first, last)) with whole-number bounds")
            terms *= max(int(last) - int(first) + 1, 1)
            if terms > LIMITS["sum_terms"]:
                self.fail(f"has a sum of more than {LIMITS['sum_terms']:,} terms; a sum runs over the"
                          " units of a layer, e.g. Sum(W2[0,k]*a1[k], (k, 0, 2))")
            limits.append((index, first, last))
        outer, self.sum_terms = self.sum_terms, terms
        try:
            term = self._expression(node.args[0])
        finally:
            self.sum_terms = outer
        return sp.Sum(term, *limits)

    def _check_power(self, base: sp.Expr, exponent: sp.Expr) -> None:
        """Refuse powers that would take SymPy minutes or memory to compute or expand (9**9**9 has 370
        million digits) before SymPy sees them."""
        if exponent.is_Number and not base.is_Number:
            if abs(exponent) > LIMITS["exponent"]:
                self.fail(f"has the power {exponent} (more than {LIMITS['exponent']:,}); a derivative"
                          " has small powers")
            return
        if not (base.is_Number and exponent.is_Number):
            return
        if base.is_negative and not exponent.is_Integer:
            self.fail("raises a negative number to a fractional power, which is not a real number")
        if base.is_zero and exponent.is_negative:
            self.fail("divides by zero (0 to a negative power)")
        if base.is_zero or abs(base) == 1:
            return
        digits = abs(float(exponent)) * abs(_log10(base)) if _digits(exponent) < 300 else math.inf
        if not digits <= MAX_DIGITS:
            # (the power itself is not printed: printing it is what must not happen)
            self.fail(f"has a power of numbers of more than {MAX_DIGITS:,} digits; write the derivative"
                      " with the network's symbols and small numbers")

    def _bounded(self, value):
        """``value``, unless it is a number that a formula cannot mean: one of more than MAX_DIGITS
        digits (a product of big integers), an infinity, or a number that is not real."""
        if isinstance(value, sp.Basic) and value.is_number:
            # a function or power of numbers by its value too (exp(10**616), (-5/2)**(25*sqrt(10)/8): the decimals
            # are exact fractions, which SymPy leaves unevaluated there)
            numeric = value if value.is_Number else value.evalf(15)
            if numeric.is_Number and _digits(numeric) > MAX_DIGITS:
                self.fail(f"has a number of more than {MAX_DIGITS:,} digits; write the derivative with"
                          " the network's symbols and small numbers")
            if value.has(sp.zoo, sp.oo, sp.nan):
                self.fail("has a part that is infinite or undefined (a division by zero, or log(0))")
            if value.is_real is False or numeric.is_real is False:
                self.fail("has a part that is not a real number (the square root or log of a"
                          " negative number)")
        return value


_OPERATOR_TEXT = {ast.FloorDiv: "//", ast.Mod: "%", ast.MatMult: "@", ast.BitAnd: "&", ast.BitOr: "|",
                  ast.LShift: "<<", ast.RShift: ">>", ast.BitXor: "^"}
def _digits(number: sp.Number) -> float:
    """About how many decimal digits ``number`` has (before or after the point), without printing it."""
    if number.is_Integer:
        return int(number).bit_length() * math.log10(2)
    if number.is_Rational:
        return max(int(number.p).bit_length(), int(number.q).bit_length()) * math.log10(2)
    if number.is_Float:
        mantissa, exponent = number._mpf_[1], number._mpf_[2]
        bits = abs(exponent + int(mantissa).bit_length())
        return bits * math.log10(2) if bits < 10**9 else math.inf
    return 0.0  # oo, nan, zoo: Validator and the checks that follow refuse or judge them


def _log10(number: sp.Number) -> float:
    """log10 |number| of a non-zero SymPy number, however large (math.log10 takes big integers)."""
    if number.is_Rational:
        return math.log10(abs(int(number.p))) - math.log10(int(number.q))
    value = abs(float(number))
    return math.log10(value) if 0 < value < math.inf else math.inf


def _node_text(node: ast.AST, text: str, whole: bool = False) -> str:
    """The part of the formula that ``node`` was read from (shortened to fit in a message)."""
    part = ast.get_source_segment(" ".join(text.split()).replace("^", "**"), node) or ""
    return part if whole or len(part) <= 40 else part[:37] + "..."


_SUBSCRIPTED = lazy_pattern(r"([A-Za-z_][A-Za-z_0-9]*)\s*\[")


def _check_subscripted_names(text: str, names: dict, symbols: NetworkSymbols) -> None:
    """Name a subscripted unknown (W3[0,0] in a 2-layer network) before Python's own error would."""
    for match in _SUBSCRIPTED.finditer(text):
        name = match.group(1)
        value = names.get(name)
        if isinstance(value, (sp.IndexedBase, _SharedBias)):
            continue
        layer = name[1:]
        if name.startswith("b") and layer.isdigit() and 1 <= int(layer) <= symbols.depth:
            raise FormulaError(f"formula {_short(text)}: layer {layer} has no bias (bias = \"none\"),"
                               f" so there is no {name}")
        hint = Validator.close(name, [n for n, v in names.items() if isinstance(v, sp.IndexedBase)])
        raise UnknownName(f"formula {_short(text)}: unknown name {name!r}{hint}; this network has"
                          f" {symbols.describe()}", name=name)


def _exact(expr: sp.Expr) -> sp.Expr:
    """Decimals as exact fractions (0.5 -> 1/2), so that a proof compares like with like."""
    return expr.xreplace({number: sp.Rational(str(number)) for number in expr.atoms(sp.Float)})


def _reason(error: Exception) -> str:
    message = str(error.args[0]) if error.args else type(error).__name__
    return " ".join(message.split())[:100] or type(error).__name__
