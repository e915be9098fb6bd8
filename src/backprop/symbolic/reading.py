"""What a homework formula means: its syntax tree (syntax.py) as an expression in the network's
quantities, through a notation (notation.py) and the defaults of shared/spec/notation.md.

``Reader(context, env).value(node)`` returns a SymPy expression (a scalar) or a SymPy matrix (a
vector or matrix form such as ``(P - Y) x^T``, read component by component). ``env`` gives the
formula's index letters their values: a letter without one raises notation.Unbound, which the
claim reader (claims.py) turns into a general rule (every value of the letter) or, for the label
letter, a case per class.

Symbols are looked up in this order: the learning rate's names, the loss's names, the names of the
parameter being checked, the notation's patterns (the one with more literal characters wins), a
superscript read as a power when nothing else reads it, the symbols of symbols.md and the
defaults (index-free scalars, ``l``/``L`` layers, ``\\hat{y}``), and a bare name whose patterns all
have a subscript as the vector (or matrix) of every unit it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from ..limits import LIMITS
from .calculus import NetworkCalculus
from .definitions import chain_outputs
from .functions import SYMBOLIC_ACTIVATIONS, heaviside, relu, sigmoid
from .notation import Notation, Unbound, index_value
from .parsing import _digits, parse_formula
from .quantities import FormulaError, NetworkSymbols, Parameter
from .syntax import (Apply, Big, Call, Cond, Deriv, Ellipsis_, Indicator, Matrix, Nabla, Node, Norm, Num, Op,
                     Parser, Sym, Transpose)

DEFAULT_LOSSES = ("L",)
EXTRA_LOSSES = ("E", "C", "J")
DEFAULT_RATES = (r"\eta", "eta")
EXTRA_RATES = (r"\alpha",)
NEW_MARKERS = {"new", "+", "[n+1]", "(t+1)", "t+1", "n+1", "(n+1)", "[t+1]", "k+1", "(k+1)", "*"}
OLD_MARKERS = {"old", "[n]", "(t)", "t", "(n)", "[t]", "(k)", "-"}


class NewValue(sp.Function):
    """The updated value of a parameter (``w^{new}``, ``\\theta^{[n+1]}``), for claims.py."""

    nargs = 1


@dataclass
class Context:
    """What every reading of one check shares.

    Attributes
    ----------
    symbols, notation, calculus : the network, its notation (may be empty), its graph derivatives.
    parameter : the parameter being checked (from --param or the claim's left side), or None.
    sample_count : the symbol K of the samples a sum over samples runs over.
    """

    symbols: NetworkSymbols
    notation: Notation
    calculus: NetworkCalculus
    parameter: Parameter | None = None
    sample_count: sp.Symbol = field(default_factory=lambda: sp.Symbol("K", positive=True, integer=True))
    sample_sums: bool = False        # set when a sum over samples was read
    sample_subscript: int | None = None  # L_2: the loss of sample 2
    count_names: set = field(default_factory=set)

    @property
    def losses(self) -> tuple:
        reused = self.notation.bases
        names = tuple(name for name in DEFAULT_LOSSES if name not in reused) + self.notation.loss
        if not self.notation.loss:
            names += tuple(name for name in EXTRA_LOSSES if name not in reused)
        return names

    @property
    def rates(self) -> tuple:
        names = DEFAULT_RATES + self.notation.learning_rate
        if not self.notation.learning_rate and not self.notation.parameter:
            names += tuple(name for name in EXTRA_RATES if name not in self.notation.bases)
        return names

    def known_names(self) -> set[str]:
        names = self.notation.names()
        names.update(name for name in self.losses if name.isalpha() and len(name) > 1)
        return names

    def parser(self, row: str, where: str) -> Parser:
        return Parser(row, self.known_names(), where)


class TrackingEnv(dict):
    """The index letters' values; remembers which letters were read (a sum's letter that no unit
    index reads is a sum over samples or over nothing)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.read: set = set()

    def __contains__(self, key):
        found = super().__contains__(key)
        if found:
            self.read.add(key)
        return found

    def __getitem__(self, key):
        self.read.add(key)
        return super().__getitem__(key)


def _is_matrix(value) -> bool:
    return isinstance(value, sp.MatrixBase)


class Reader:
    """Reads syntax-tree nodes at fixed index values (see the module docstring)."""

    def __init__(self, context: Context, env: dict, where: str):
        self.context = context
        self.symbols = context.symbols
        self.notation = context.notation
        self.env = env if isinstance(env, TrackingEnv) else TrackingEnv(env)
        if not dict.__contains__(self.env, "L"):  # L in a layer position is the output layer
            dict.__setitem__(self.env, "L", context.symbols.depth)
        self.where = where
        self.sample_letters: set = set()
        self.terms = 0

    def fail(self, what: str):
        raise FormulaError(f"{self.where}: {what}")

    # -- dispatch -------------------------------------------------------------------------------

    def value(self, node: Node):
        method = getattr(self, "_" + type(node).__name__.lower().rstrip("_"))
        result = method(node)
        if _is_matrix(result) and result.rows * result.cols > LIMITS["sum_terms"]:
            self.fail("a vector or matrix form with too many entries")
        if isinstance(result, sp.Expr) and result.is_Number and _digits(result) > LIMITS["number_digits"]:
            self.fail(f"has a number of more than {LIMITS['number_digits']:,} digits; write the derivative with"
                      " the homework's symbols and small numbers")
        return result

    def scalar(self, node: Node) -> sp.Expr:
        result = self.value(node)
        if _is_matrix(result):
            if result.shape == (1, 1):
                return result[0, 0]
            self.fail(f"{_show(node)} is a vector or matrix ({result.rows} x {result.cols}) where a number"
                      " belongs")
        return result

    # -- numbers and arithmetic -----------------------------------------------------------------

    def _num(self, node: Num):
        if len(node.text) > LIMITS["number_digits"]:
            self.fail("has a number with too many digits")
        return sp.Rational(node.text) if "e" not in node.text else sp.Rational(sp.Float(node.text, 30))

    def _op(self, node: Op):
        kind = node.kind
        if kind == "neg":
            return -self.value(node.args[0])
        if kind == "+":
            values = [self.value(arg) for arg in node.args]
            matrices = [value for value in values if _is_matrix(value)]
            if matrices and len(matrices) != len(values):
                self.fail(f"adds a vector or matrix and a number in {_show(node)}")
            if matrices and len({value.shape for value in matrices}) > 1:
                self.fail(f"adds vectors or matrices of different sizes in {_show(node)}")
            total = values[0]
            for value in values[1:]:
                total = total + value
            return total
        left, right = self.value(node.args[0]), self.value(node.args[1])
        if kind == "/":
            if _is_matrix(right):
                self.fail(f"divides by a vector or matrix in {_show(node)}")
            if right == 0:
                self.fail("divides by zero")
            return left / right
        if kind == "^":
            if _is_matrix(left) or _is_matrix(right):
                self.fail(f"raises a vector or matrix to a power in {_show(node)}; write its entries")
            if right.is_Number and abs(right) > LIMITS["exponent"]:
                self.fail(f"has the power {right}, more than {LIMITS['exponent']:,}")
            if left.is_Number and right.is_Number and abs(right) > 64:
                self.fail("has a power of numbers too large to compute")
            return left ** right
        if kind == "odot":
            if _is_matrix(left) and _is_matrix(right) and left.shape == right.shape:
                return left.multiply_elementwise(right)
            return self._product(left, right, node, dot=False)
        return self._product(left, right, node, dot=kind == "dot")

    def _product(self, left, right, node, dot: bool):
        if not _is_matrix(left) or not _is_matrix(right):
            return left * right
        if left.shape == right.shape and left.cols == 1 and (dot or left.rows > 1):
            return (left.T * right)[0, 0]  # W_j . x: the inner product of two vectors
        if left.cols == right.rows:
            return left * right
        if left.shape == right.shape:
            return left.multiply_elementwise(right)
        self.fail(f"multiplies a {left.rows} x {left.cols} by a {right.rows} x {right.cols} in {_show(node)}")

    def _transpose(self, node: Transpose):
        value = self.value(node.of)
        return value.T if _is_matrix(value) else value

    def _norm(self, node: Norm):
        value = self.value(node.of)
        if _is_matrix(value):
            return sp.sqrt(sum(entry ** 2 for entry in value))
        return sp.Abs(value)

    def _ellipsis(self, node: Ellipsis_):
        self.fail("has an ellipsis (\\dots): check cannot guess the terms it leaves out; write the sum"
                  " with \\sum or every term")

    def _matrix(self, node: Matrix):
        entries = [[self.scalar(item) for item in row] for row in node.rows]
        return sp.ImmutableMatrix(entries)

    def _relation(self, node):  # pragma: no cover - relations are split by claims.py
        self.fail("has a relation inside an expression")

    # -- functions ---------------------------------------------------------------------------------

    def _call(self, node: Call):
        args = [self.value(arg) for arg in node.args]
        return self.function(node.name, args, node.primes, node)

    def function(self, name: str, args: list, primes: int, node) -> sp.Expr:
        if name == "softmax":
            return self.softmax(args, node)
        if name == "max":
            if len(args) == 2 and (args[0] == 0 or args[1] == 0):
                inner = args[1] if args[0] == 0 else args[0]
                return self.function("relu", [inner], primes, node)
            self.fail("max is read only as max(0, u), the relu")
        if len(args) != 1 and not (name == "log" and len(args) == 2):
            self.fail(f"{name} takes one argument, not {len(args)}")
        u = args[0]
        if _is_matrix(u):
            return u.applyfunc(lambda entry: self.function(name, [entry], primes, node))
        if name == "log":
            base = getattr(node, "base", None)
            base_value = self.scalar(base) if base is not None else (args[1] if len(args) == 2 else None)
            if primes:
                return 1 / u if base_value is None else 1 / (u * sp.log(base_value))
            if isinstance(u, sp.Expr) and u.is_number and u.is_nonpositive:
                self.fail("takes the log of a number that is not positive")
            return sp.log(u) if base_value is None else sp.log(u) / sp.log(base_value)
        if name == "sqrt":
            return sp.sqrt(u)
        if name == "exp":
            return sp.exp(u)
        if name == "heaviside":
            return heaviside(u)
        if name in ("sech", "cosh", "sinh"):  # written with exp, so that proofs and numbers need nothing new
            plus, minus = sp.exp(u), sp.exp(-u)
            value = {"sech": 2 / (plus + minus), "cosh": (plus + minus) / 2, "sinh": (plus - minus) / 2}[name]
            if primes:
                return sp.diff(value, u) if not u.free_symbols - {u} else value.diff(u)
            return value
        if name not in SYMBOLIC_ACTIVATIONS:
            self.fail(f"unknown function {name!r}")
        entry = SYMBOLIC_ACTIVATIONS[name]
        if entry.value is None:
            return self.softmax([u], node)
        if primes == 0:
            return entry.value(u)
        if primes > 1:
            self.fail("has a second derivative of an activation; check first derivatives")
        return entry.derivative(u, entry.value(u))

    def softmax(self, args: list, node) -> sp.Expr:
        """softmax(z_j) of a softmax layer's pre-activation: its output a_j; softmax(z): all of them."""
        target = args[0]
        if _is_matrix(target):
            values = list(target)
            denominator = sp.Add(*[sp.exp(v) for v in values])
            return sp.ImmutableMatrix([sp.exp(v) / denominator for v in values])
        node_info = self.context.calculus.node(target)
        if node_info is None or node_info[0] != "z":
            self.fail("softmax(u) is read for the pre-activation u of a softmax layer's unit (softmax(z_j) ="
                      " its output a_j); write e^{z_j} / \\sum_k e^{z_k}")
        layer, j = node_info[1], int(node_info[2][0])
        symbols = self.symbols
        names = symbols.spec(layer).activations
        if names[-1] != "softmax":
            self.fail(f"softmax of z of layer {layer}, which has no softmax")
        zs = [symbols.z[layer][k] for k in range(symbols.units(layer))]
        before = chain_outputs(names[:-1], zs)
        denominator = sp.Add(*[sp.exp(v) for v in before])
        return sp.exp(before[j]) / denominator

    # -- derivatives ---------------------------------------------------------------------------------

    def _deriv(self, node: Deriv):
        if node.of is None:
            self.fail("a derivative operator d/dv with nothing after it")
        wrt = self.value(node.wrt)
        of_name = node.of.base if isinstance(node.of, Sym) and not node.of.sub and not node.of.sup else None
        if of_name in self.notation.functions:  # d Sig / d x: the function at the variable
            return self.differentiate(self.function(self.notation.functions[of_name], [wrt], 0, node), wrt, node)
        if self._is_loss(node.of):
            self._note_loss(node.of)
            of = self.symbols.L
        else:
            of = self.value(node.of)
        return self.differentiate(of, wrt, node)

    def differentiate(self, of, wrt, node):
        calculus = self.context.calculus
        if _is_matrix(wrt):
            if _is_matrix(of):
                self.fail("differentiates a vector by a vector (a Jacobian); write one entry")
            return wrt.applyfunc(lambda entry: self.differentiate(of, entry, node))
        if _is_matrix(of):
            return of.applyfunc(lambda entry: self.differentiate(entry, wrt, node))
        atom = self._variable(wrt, node)
        expanded = calculus.expand_deltas(of) if isinstance(of, sp.Expr) else of
        return calculus.derivative(expanded, atom)

    def _variable(self, wrt, node):
        calculus = self.context.calculus
        if isinstance(wrt, sp.Expr) and (calculus.node(wrt) is not None or wrt == self.symbols.eta):
            return wrt
        if isinstance(wrt, NewValue):
            self.fail("differentiates with respect to an updated parameter")
        self.fail(f"{_show(node.wrt)} (= {wrt}) is not one quantity of the network to differentiate by")

    def _nabla(self, node: Nabla):
        if not self._is_loss(node.of):
            self.fail("\\nabla is read for the gradient of the loss, \\nabla_W L")
        self._note_loss(node.of)
        if node.wrt is None:
            if self.context.parameter is None:
                self.fail("\\nabla L without a subscript: name the parameter with --param, or write \\nabla_W L")
            return self.context.calculus.loss_derivative(self.context.parameter.symbol)
        return self.differentiate(self.symbols.L, self.value(node.wrt), node)

    # -- sums ------------------------------------------------------------------------------------------

    def _big(self, node: Big):
        letters = node.letters
        if not letters and node.kind == "sum":  # \sum w_{jk} L_j: over the letter the term leaves free
            try:
                Reader(self.context, TrackingEnv(dict(self.env)), self.where).value(node.body)
            except Unbound as unbound:
                return self.value(Big("sum", (unbound.letter,), node.lower, node.upper, node.excluded, node.body,
                                      node.position))
            self.fail("a sum without its index letter, whose term has no free index; write \\sum_k")
        if not letters:  # \prod without an index: a product sign misread for the indicator 1
            return self.value(node.body)
        if len(letters) > 1:
            inner = Big(node.kind, letters[1:], None, None, None, node.body, node.position)
            return self.value(Big(node.kind, letters[:1], None, None, None, inner, node.position))
        letter = letters[0]
        outer = self.env.get(letter, None) if dict.__contains__(self.env, letter) else None
        lower = self._bound(node.lower)
        upper = self._bound(node.upper)
        excluded = self._index(node.excluded) if node.excluded is not None else None
        values, is_sample = self._range(letter, lower, upper, node)
        if is_sample == "constant":  # the letter indexes nothing in the term: n equal terms
            body = self._body_at(letter, values[0] if values else 0, node)
            if outer is not None:
                dict.__setitem__(self.env, letter, outer)
            else:
                dict.pop(self.env, letter, None)
            count = len([v for v in values if excluded is None or not excluded.is_Integer or int(excluded) != v])
            return count * body if node.kind == "sum" else body ** count
        if is_sample:
            self.context.sample_sums = True
            if node.upper is not None:
                self.context.count_names.update(re.findall(r"[A-Za-z]", _show(node.upper)))
            body = self._body_at(letter, values[0] if values else 0, node)
            return self.context.sample_count * body
        total = None
        for number in values:
            if excluded is not None and excluded.is_Integer and int(excluded) == number:
                continue
            term = self._body_at(letter, number, node)
            if total is None:
                total = term
            elif node.kind == "sum":
                total = total + term
            else:
                total = total * term
        if outer is not None:
            dict.__setitem__(self.env, letter, outer)
        else:
            dict.pop(self.env, letter, None)
        if total is None:
            return sp.S.Zero if node.kind == "sum" else sp.S.One
        return total

    def _body_at(self, letter: str, number: int, node: Big):
        self.terms += 1
        if self.terms > LIMITS["sum_terms"]:
            self.fail(f"has sums of more than {LIMITS['sum_terms']:,} terms")
        dict.__setitem__(self.env, letter, number)
        return self.value(node.body)

    def _index(self, node):
        """An index expression (``j`` in \\sum_{k \\neq j}) as a number."""
        if isinstance(node, Sym) and not node.sub and not node.sup and dict.__contains__(self.env, node.base):
            return sp.Integer(self.env[node.base])
        return self.scalar(node)

    def _bound(self, node):
        if node is None:
            return None
        try:
            value = self.scalar(node)
        except (FormulaError, Unbound):
            return None
        return int(value) if isinstance(value, sp.Expr) and value.is_Integer else None

    def _range(self, letter: str, lower, upper, node: Big) -> tuple[list, bool]:
        """The values a sum's letter takes, and whether it is a sum over samples."""
        reader_env = self.env
        probe = lower if lower is not None else 0
        saved = dict.get(reader_env, letter, None)
        had = dict.__contains__(reader_env, letter)
        reader_env.read.discard(letter)
        before_samples = set(self.sample_letters)
        try:
            dict.__setitem__(reader_env, letter, probe)
            try:
                self.value(node.body)
                first_error = None
            except FormulaError as error:
                first_error = error
            read = letter in reader_env.read
        finally:
            if had:
                dict.__setitem__(reader_env, letter, saved)
            else:
                dict.pop(reader_env, letter, None)
        if not read and letter in self.sample_letters - before_samples | (self.sample_letters & {letter}):
            return [0], True
        if lower is not None and upper is not None and upper - lower + 1 > LIMITS["sum_terms"]:
            self.fail(f"has a sum of more than {LIMITS['sum_terms']:,} terms")
        if not read:
            if lower is not None and upper is not None:
                return list(range(lower, upper + 1)), "constant"
            if first_error is not None:
                raise first_error
            self.fail(f"the sum over {letter} has no bounds and {letter} indexes nothing in it; write the bounds")
        if lower is not None and upper is not None:
            if upper - lower + 1 > LIMITS["sum_terms"]:
                self.fail(f"has a sum of more than {LIMITS['sum_terms']:,} terms")
            return list(range(lower, upper + 1)), False
        # Bounds that are not numbers (\sum_k, \sum_{k=1}^{C}): the units its index indexes.
        limit = max(self.symbols.units(layer) for layer in range(self.symbols.depth + 1)) + 2
        values, start = [], lower if lower is not None else 0
        for number in range(start, start + limit + 1):
            dict.__setitem__(reader_env, letter, number)
            try:
                self.value(node.body)
                ok = True
            except FormulaError:
                ok = False
            finally:
                if had:
                    dict.__setitem__(reader_env, letter, saved)
                else:
                    dict.pop(reader_env, letter, None)
            if ok:
                values.append(number)
            elif values or (lower is not None):
                break
        if not values:
            if first_error is not None:
                raise first_error
            self.fail(f"the sum over {letter}: no value of {letter} names a quantity of this network")
        return values, False

    # -- conditions ---------------------------------------------------------------------------------------

    def _indicator(self, node: Indicator):
        result = sp.S.One
        for condition in node.conditions:
            value = self._condition(condition)
            result = result.multiply_elementwise(value) if _is_matrix(result) and _is_matrix(value) else result * value
        return result

    def _condition(self, node: Cond):
        left, right = self.value(node.left), self.value(node.right)
        if _is_matrix(left) or _is_matrix(right):  # 1{z > 0} of a vector: entry by entry
            shape = left.shape if _is_matrix(left) else right.shape
            lefts = list(left) if _is_matrix(left) else [left] * (shape[0] * shape[1])
            rights = list(right) if _is_matrix(right) else [right] * (shape[0] * shape[1])
            entries = [self._compare(node.op, a, b, node) for a, b in zip(lefts, rights)]
            return sp.ImmutableMatrix(entries).reshape(*shape)
        return self._compare(node.op, left, right, node)

    def _compare(self, op: str, left, right, node):
        if left.is_Integer and right.is_Integer:
            truth = {">": left > right, "<": left < right, ">=": left >= right, "<=": left <= right,
                     "=": left == right, "!=": left != right}[op]
            return sp.S.One if truth else sp.S.Zero
        difference = left - right
        if op == ">":
            return heaviside(difference)
        if op == "<":
            return heaviside(-difference)
        if op == ">=":
            return 1 - heaviside(-difference)
        if op == "<=":
            return 1 - heaviside(difference)
        self.fail(f"the condition {_show(node)} in an indicator; write 1\\{{u > 0\\}}")

    def _cond(self, node: Cond):
        return self._condition(node)

    # -- symbols -------------------------------------------------------------------------------------------

    def _apply(self, node: Apply):
        symbol = node.symbol
        function = self.notation.functions.get(symbol.base)
        if function is not None and not symbol.sub:
            value = self.function(function, [self.value(arg) for arg in node.args], symbol.primes, node)
            if symbol.sup:  # Tanh^2(x): the square of the value
                exponent = self.value(self.context.parser(symbol.sup, self.where).expression())
                return value ** exponent
            return value
        if symbol.base in ("f", "g", r"\phi", r"\varphi", r"\sigma") and symbol.primes and symbol.base not in self.notation.bases:
            self.fail(f"{symbol.base}'(...) : name the activation {symbol.base} stands for in the notation,"
                      f' functions = {{ {symbol.base.strip(chr(92))} = "sigmoid" }}')
        if self._is_loss(symbol):
            self._note_loss(symbol)
            return self.symbols.L
        value = self.value(symbol)
        if len(node.args) == 1 and self._is_own_input(value, node.args[0]):
            return value  # a_k(z_k): the quantity written as a function of its input
        if len(node.args) != 1:
            self.fail(f"{symbol.text()}(...) with {len(node.args)} arguments is not a function check knows")
        return self._product(value, self.value(node.args[0]), node, dot=False)

    def _is_own_input(self, value, argument: Node) -> bool:
        calculus = self.context.calculus
        try:
            argument_value = self.value(argument)
        except (FormulaError, Unbound):
            return isinstance(argument, Sym) and not argument.sub
        node_value = calculus.node(value) if isinstance(value, sp.Expr) else None
        node_argument = calculus.node(argument_value) if isinstance(argument_value, sp.Expr) else None
        if node_value is None or node_argument is None:
            return False
        return node_value[0] == "a" and node_argument[0] == "z" and node_value[1:] == node_argument[1:]

    def _is_loss(self, node) -> bool:
        if isinstance(node, Apply):
            node = node.symbol
        if not isinstance(node, Sym) or node.primes:
            return False
        if node.base not in self.context.losses:
            return _plain(node.text()) in {_plain(name) for name in self.context.losses}
        if node.sup:
            return False
        return not node.sub or node.sub.isdigit()

    def _note_loss(self, node) -> None:
        if isinstance(node, Apply):
            node = node.symbol
        if node.sub.isdigit():
            self.context.sample_subscript = int(node.sub)

    def _sym(self, sym: Sym):
        if self._is_loss(sym):
            self._note_loss(sym)
            return self.symbols.L
        if sym.base in self.context.rates and not sym.sub and not sym.sup:
            return self.symbols.eta
        marker = _marker(sym)
        if marker is not None:
            kind, rest = marker
            value = self.value(rest)
            parameter = self.context.calculus.parameter_of(value) if isinstance(value, sp.Expr) else None
            if _is_matrix(value):
                return value.applyfunc(lambda entry: NewValue(entry)) if kind == "new" else value
            if parameter is None and not self._is_parameter_name(rest):
                self.fail(f"{sym.text()}: {rest.text()} is not a parameter, so it has no new or old value")
            return NewValue(value) if kind == "new" else value
        if self._is_parameter_name(sym):
            if self.context.parameter is None:
                self.fail(f"{sym.text()} stands for the parameter being checked: name it with --param")
            return self.context.parameter.symbol
        if sym.base in self.context.count_names and not sym.sub and not sym.sup:
            return self.context.sample_count
        if sym.base in self.notation.bases:
            if sym.bracket is not None and not sym.sub:  # w[i,j] in plain text: the subscript w_{i,j}
                sym = Sym(sym.base, sym.bracket, sym.sup, sym.primes, None, sym.position)
            return self._notation_symbol(sym)
        return self._default_symbol(sym)

    def _is_parameter_name(self, sym: Sym) -> bool:
        for name in self.notation.parameter:
            if sym.text().replace("{", "").replace("}", "") == name.replace("{", "").replace("}", "") or (
                    sym.base == name and not sym.sub):
                return True
        return False

    def _notation_symbol(self, sym: Sym):
        notation = self.notation
        candidates = notation.candidates(sym)
        valued = _with_values(sym, self.env)
        extra_ids = set()
        if valued is not None:  # O_i^0 at i = 0 is O_0^0 (the constant unit), if a pattern says so
            seen = {id(pattern) for pattern, _ in candidates}
            extra = [item for item in notation.candidates(valued) if id(item[0]) not in seen]
            extra_ids = {id(pattern) for pattern, _ in extra}
            candidates = sorted(candidates + extra, key=lambda item: -item[0].literal)
            if candidates and id(candidates[0][0]) in extra_ids:
                self.env.read.update(letter for letter in re.findall(r"\\[A-Za-z]+|[A-Za-z]", sym.sub + sym.sup)
                                     if dict.__contains__(self.env, letter))
        errors = []
        for pattern, bindings in candidates:
            bindings = self._label_bindings(pattern, bindings)
            unused = pattern.unused_placeholders()
            for placeholder in unused:
                if placeholder in bindings and re.fullmatch(r"[A-Za-z]|\\[A-Za-z]+", bindings[placeholder]):
                    self.sample_letters.add(bindings[placeholder])
            try:
                return notation.meaning(pattern, bindings, self.env, self.symbols, self._letters())
            except FormulaError as error:
                errors.append(error)
                break  # the highest-precedence pattern decides; its failure is the reason
        if not candidates:
            power = self._as_power(sym)
            if power is not None:
                return power
            vector = self._notation_vector(sym)
            if vector is not None:
                return vector
            shown = ", ".join(repr(p.text) for p in notation.patterns if p.base == sym.base)[:200]
            self.fail(f"{sym.text()} matches none of the notation's patterns for {sym.base} ({shown})")
        if self.context.sample_subscript is None and False:
            pass
        letters = [letter for letter in re.findall(r"\\[A-Za-z]+|[A-Za-z]", sym.sub + sym.sup)
                   if dict.__contains__(self.env, letter)]
        at = f" at {', '.join(f'{letter} = {dict.__getitem__(self.env, letter)}' for letter in dict.fromkeys(letters))}" \
            if letters else ""
        raise FormulaError(f"{self.where}: {sym.text()}{at}: {errors[0]}")

    def _label_bindings(self, pattern, bindings: dict) -> dict:
        """A placeholder bound to the label letter (``z_y``): the value that makes the meaning name
        the unit of the sample's class, in the notation's own counting (from 1 in ``z1[j-1]``)."""
        label = self.notation.label
        if label not in bindings.values() or not dict.__contains__(self.env, label):
            return bindings
        target = dict.__getitem__(self.env, label)
        self.env.read.add(label)
        limit = max(self.symbols.units(layer) for layer in range(self.symbols.depth + 1)) + 2
        for number in range(limit):
            trial = {key: (str(number) if value == label else value) for key, value in bindings.items()}
            try:
                meaning = self.notation.meaning(pattern, trial, self.env, self.symbols, self._letters())
            except (FormulaError, Unbound):
                continue
            atoms = [meaning] if not _is_matrix(meaning) else list(meaning)
            if isinstance(atoms[0], sp.Indexed) and atoms[0].indices[0] == target:
                return trial
        return bindings

    def _letters(self) -> str:
        return "".join(letter for letter in self.env if len(letter) == 1 and letter not in self.notation.indices)

    def _as_power(self, sym: Sym):
        """``x^2`` where nothing reads 2 as part of the name: a power."""
        if not sym.sup or sym.bracket is not None:
            return None
        bare = Sym(sym.base, sym.sub, "", sym.primes, None, sym.position)
        try:
            base = self.value(bare)
        except FormulaError:
            return None
        exponent = self.value(self.context.parser(sym.sup, self.where).expression())
        if _is_matrix(base):
            return None
        if isinstance(exponent, sp.Expr) and exponent.is_Number and abs(exponent) > LIMITS["exponent"]:
            self.fail(f"has the power {exponent}")
        return base ** exponent

    def _notation_vector(self, sym: Sym):
        """A bare name whose patterns have placeholders in the subscript: every unit it names."""
        if sym.sub or sym.primes:
            return None
        shapes = []
        limit = max(self.symbols.units(layer) for layer in range(self.symbols.depth + 1)) + 2
        for pattern in self.notation.patterns:
            if pattern.base != sym.base or pattern.sup != sym.sup or not pattern.placeholders:
                continue
            count = len([c for c in re.findall(r"\\[A-Za-z]+|.", pattern.sub) if c in self.notation.indices])
            shapes.append(count)
        if not shapes:
            return None
        if max(shapes) == 1:
            column = self._units(lambda v: Sym(sym.base, str(v), sym.sup, 0, None, sym.position), limit)
            if column and all(_is_matrix(entry) and entry.cols == 1 for entry in column) \
                    and len({entry.rows for entry in column}) == 1:
                return sp.ImmutableMatrix([list(entry) for entry in column])  # rows W_j: the matrix W
            if any(_is_matrix(entry) for entry in column):
                return None
            return sp.ImmutableMatrix(column) if column else None
        rows = []
        for first in range(limit):
            row = self._units(lambda v: Sym(sym.base, f"{first},{v}", sym.sup, 0, None, sym.position), limit)
            if row:
                rows.append(row)
            elif rows:
                break
        if rows and len({len(row) for row in rows}) == 1:
            return sp.ImmutableMatrix(rows)
        return None

    def _units(self, make, limit: int) -> list:
        found = []
        for number in range(limit):
            try:
                value = self.value(make(number))
            except FormulaError:
                if found:
                    break
                continue
            found.append(value)
        return found

    # -- the symbols of symbols.md, and the defaults -------------------------------------------------

    def _default_symbol(self, sym: Sym):
        symbols = self.symbols
        if sym.bracket is not None or re.fullmatch(r"[A-Za-z]+\d+|eta", sym.base):
            return self._sympy_name(sym)
        base = sym.base
        if base in (r"\hat{y}", r"\hat{Y}"):
            return self._quantity("a", symbols.depth, sym, layer_given=True)
        if base in ("W", "w", "b", "z", "a", r"\delta"):
            if base == r"\delta" and not sym.sup and _index_count(sym.sub) == 2:
                first, second = self._indices(sym, 2)
                return sp.KroneckerDelta(first, second)
            layer = self._layer(sym)
            if layer is None:
                if sym.sup:
                    power = self._as_power(sym)
                    if power is not None:
                        return power
                if symbols.depth == 1:
                    layer = 1
                else:
                    self.fail(f"{sym.text()} needs its layer, e.g. {base}^{{(1)}}; or give it a meaning in"
                              " the notation")
            kind = {"w": "W", r"\delta": "delta"}.get(base, base)
            return self._quantity(kind, layer, sym, layer_given=True)
        if base in ("x", "y", "t"):
            if sym.sup:
                power = self._as_power(sym)
                if power is not None:
                    return power
                self.fail(f"{sym.text()}: {base} has no layer")
            if base == "x":
                return self._quantity("a", 0, sym, layer_given=True)
            return self._quantity("target", symbols.depth, sym, layer_given=True)
        if sym.sup:
            power = self._as_power(sym)
            if power is not None:
                return power
        known = sorted(self.notation.bases)[:8]
        extra = f"; the notation knows {', '.join(known)}" if known else ""
        self.fail(f"unknown symbol {sym.text()}{extra}; give it a meaning in the notation's"
                  " [notation.symbols], e.g. \"" + sym.text() + "\" = \"a1[0]\"")

    def _sympy_name(self, sym: Sym):
        text = sym.base + (f"[{sym.bracket}]" if sym.bracket is not None else "")
        text = re.sub(r"(?<![A-Za-z_])([a-z])(?![A-Za-z_0-9(\[])",
                      lambda m: str(index_value(m.group(1), self.env)) if m.group(1) in self.env
                      or m.group(1) in self.notation.indices else m.group(1), text)
        value = parse_formula(text, self.symbols)
        return value

    def _layer(self, sym: Sym) -> int | None:
        if not sym.sup:
            return None
        text = sym.sup
        if text in ("L",):
            return self.symbols.depth
        if re.fullmatch(r"\d+", text):
            value = int(text)
        elif re.fullmatch(r"[lL]([+-]\d+)?", text):
            if text[0] == "L":
                value = self.symbols.depth + int(text[1:] or 0)
            else:
                if "l" not in self.env:
                    if self.context.parameter is not None:
                        return self.context.parameter.layer + int(text[1:] or 0)
                    raise Unbound("l")
                value = self.env["l"] + int(text[1:] or 0)
        else:
            return None
        if not 0 <= value <= self.symbols.depth:
            self.fail(f"{sym.text()}: there is no layer {value} (the network has layers 1 to {self.symbols.depth})")
        return value

    def _indices(self, sym: Sym, count: int) -> list[int]:
        text = sym.sub
        if "," in text:
            parts = text.split(",")
        elif count == 2 and _index_count(text) == 2:
            parts = re.findall(r"\\[A-Za-z]+|[A-Za-z]|\d", text)
        else:
            parts = [text]
        if len(parts) != count:
            self.fail(f"{sym.text()} has {len(parts)} index{'es' if len(parts) != 1 else ''}, {count} expected")
        return [index_value(part, self.env) for part in parts]

    def _quantity(self, kind: str, layer: int, sym: Sym, layer_given: bool):
        symbols = self.symbols
        if kind == "target":
            base, sizes = symbols.target, (symbols.units(symbols.depth),)
        elif kind == "a":
            base, sizes = symbols.a[layer], (symbols.units(layer),)
        elif kind == "W":
            if layer == 0:
                self.fail(f"{sym.text()}: weights belong to layers 1 to {symbols.depth}")
            base, sizes = symbols.W[layer], (symbols.units(layer), symbols.units(layer - 1))
        elif kind == "b":
            if layer == 0 or symbols.b[layer] is None:
                self.fail(f"{sym.text()}: layer {layer} has no bias")
            if isinstance(symbols.b[layer], sp.Symbol):
                if sym.sub:
                    self.fail(f"{sym.text()}: layer {layer} has one shared bias; write it without an index")
                return symbols.b[layer]
            base, sizes = symbols.b[layer], (symbols.units(layer),)
        elif kind in ("z", "delta"):
            if layer == 0:
                self.fail(f"{sym.text()}: layer 0 is the input; {kind} belongs to layers 1 to {symbols.depth}")
            base = symbols.z[layer] if kind == "z" else symbols.delta[layer]
            sizes = (symbols.units(layer),)
        else:  # pragma: no cover
            raise AssertionError(kind)
        if not sym.sub:
            return self._whole(base, sizes, kind, layer)
        indices = self._indices(sym, len(sizes)) if len(sizes) == 2 and _index_count(sym.sub) >= 2 or "," in sym.sub \
            else self._indices(sym, 1)
        if len(indices) == 1 and len(sizes) == 2:
            j = indices[0]
            self._check_range(sym, j, sizes[0], "unit")
            return sp.ImmutableMatrix([symbols.weight(layer, j, i) for i in range(sizes[1])])
        for position, (value, size) in enumerate(zip(indices, sizes)):
            self._check_range(sym, value, size, ("unit", "input")[position] if len(sizes) == 2 else "unit")
        if kind == "W":
            return symbols.weight(layer, *indices)
        return base[tuple(indices)] if len(indices) > 1 else base[indices[0]]

    def _whole(self, base, sizes, kind, layer):
        symbols = self.symbols
        if len(sizes) == 2:
            return sp.ImmutableMatrix([[symbols.weight(layer, j, i) for i in range(sizes[1])] for j in range(sizes[0])])
        if sizes[0] == 1:
            return base[0]  # an index-free scalar: a layer of one unit
        return sp.ImmutableMatrix([base[j] for j in range(sizes[0])])

    def _check_range(self, sym: Sym, value: int, size: int, what: str) -> None:
        if not 0 <= value < size:
            self.fail(f"{sym.text()}: {what} index {value} is out of range (0..{size - 1}); indices of"
                      " symbols.md count from 0 (a notation can say otherwise)")


def _with_values(sym: Sym, env) -> Sym | None:
    """``sym`` with the index letters that have values written as numbers (None if none has)."""
    def replace(script: str) -> str:
        def one(match):
            letter = match.group(0)
            if not dict.__contains__(env, letter):
                return letter
            return str(dict.__getitem__(env, letter))
        return re.sub(r"\\[A-Za-z]+|[A-Za-z]", one, script)

    sub, sup = replace(sym.sub), replace(sym.sup)
    if (sub, sup) == (sym.sub, sym.sup):
        return None
    return Sym(sym.base, sub, sup, sym.primes, sym.bracket, sym.position)


def _plain(text: str) -> str:
    return re.sub(r"[{}\s]|\\text|\\mathrm", "", text)


def _index_count(text: str) -> int:
    if "," in text:
        return text.count(",") + 1
    return len(re.findall(r"\\[A-Za-z]+|[A-Za-z]|\d", text)) if re.fullmatch(r"(\\[A-Za-z]+|[A-Za-z]|\d)+", text) else 1


def _marker(sym: Sym):
    """("new" | "old", the symbol without the marker) for w^{new}, W_{old}, \\theta^{[n+1]}."""
    def plain(text):
        return re.sub(r"\\text|\\mathrm|[{}\s]", "", text)

    sup, sub = plain(sym.sup), plain(sym.sub)
    for script, rest in ((sup, Sym(sym.base, sym.sub, "", sym.primes, sym.bracket, sym.position)),
                         (sub, Sym(sym.base, "", sym.sup, sym.primes, sym.bracket, sym.position))):
        if script in NEW_MARKERS and script not in ("t", "*") or script in ("new",):
            return "new", rest
        if script in ("old", "[n]", "(t)", "[t]"):
            return "old", rest
    # \theta_j^{[n+1]}: a time superscript in square brackets
    match = re.fullmatch(r"\[(\w)(\+1)?\]", sup)
    if match:
        return ("new" if match.group(2) else "old"), Sym(sym.base, sym.sub, "", sym.primes, sym.bracket, sym.position)
    return None


def _show(node) -> str:
    if isinstance(node, Sym):
        return node.text()
    if isinstance(node, Num):
        return node.text
    return type(node).__name__.lower()
