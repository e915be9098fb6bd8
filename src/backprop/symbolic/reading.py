"""What a homework formula means: its syntax tree (syntax.py) as an expression in the network's
quantities, through a notation (notation.py) and the defaults of docs/notation.md.

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

import sympy as sp

from ..activations import ACTIVATIONS
from ..expression import Z, maximum, spell
from ..limits import LIMITS
from ..losses import LOSSES
from .definitions import chain_outputs
from .derivative_words import derivative_by_word
from .functions import heaviside, sympy_activation
from .parsing import _digits
from .quantities import FormulaError
from .reading_base import Context, SizeMismatch, TrackingEnv, _is_matrix, _show, entrywise, outer
from .reading_derivatives import DerivativeReading
from .reading_jacobians import JacobianReading
from .reading_memo import SymbolMemo
from .reading_models import ModelReading
from .reading_shapes import ARRAY_CALLS, array_call, axis_sum, column_product, size_mismatch
from .reading_conditions import ConditionReading
from .reading_ellipsis import EllipsisReading
from .reading_sums import SumReading
from .notation_layers import activation_at_layer
from .reading_symbols import SymbolReading
from .syntax_tree import Apply, Call, Deriv, Entry, Matrix, Nabla, Node, Norm, Num, Op, Sym, Transpose


#: The activation that max(0, u) is (homework writes it so).
_RECTIFIER = next((name for name, entry in ACTIVATIONS.items() if entry.formula == maximum(0, Z)), None)


class Reader(SymbolMemo, SumReading, EllipsisReading, ConditionReading, ModelReading, SymbolReading,
             DerivativeReading, JacobianReading):
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
        self.count_sums: set = set()
        self.counts_used: set = set()  # count letters read as the number of samples (the n of 1/n)  # letters of sums that run to a count of samples (k of \sum_{k=0}^{n-1})
        self.terms = 0
        # nodes read as a diagonal Jacobian's diagonal, and as dz/dW's common row (reading_jacobians), by id;
        # the node is kept so that its id cannot be another's
        self.diagonals: dict = {}
        self.weight_factors: dict = {}

    def fail(self, what: str):
        raise FormulaError(f"{self.where}: {what}")

    # -- dispatch -------------------------------------------------------------------------------

    def value(self, node: Node):
        method = getattr(self, "_" + type(node).__name__.lower().rstrip("_"))
        result = method(node)
        if isinstance(node, Sym) and _is_matrix(result) and result.shape == (1, 1):
            result = result[0, 0]  # w^{(L)} of a layer of one unit on one input: that weight
        if self.context.row_vectors and (isinstance(node, (Sym, Deriv, Nabla)) or isinstance(node, Matrix)
                                         and node.listed) and _is_matrix(result) and result.cols == 1:
            result = result.T  # a vector the homework writes as a row, its name or a list [1, 2] (read_rows)
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
        node = self.without_ellipsis(node)
        kind = node.kind
        if kind == "neg":
            return -self.value(node.args[0])
        if kind == "+":
            values = [self.value(arg) for arg in node.args]
            if any(not _is_matrix(value) for value in values):  # a vector of one entry (a^{(L)}) is a number
                values = [value[0, 0] if _is_matrix(value) and value.shape == (1, 1) else value for value in values]
            matrices = [value for value in values if _is_matrix(value)]
            if matrices and len(matrices) != len(values):
                if any(not _is_matrix(value) and not (isinstance(value, sp.Expr) and value.is_Number) for value in values):
                    # a SizeMismatch: with rows, a W^T + b may fit (read_rows)
                    raise SizeMismatch(f"{self.where}: adds a vector or matrix and a number in {_show(node)}")
                # 1 - a of a vector: the number taken at every entry
                values = [value if _is_matrix(value) else sp.ImmutableMatrix(sp.ones(*matrices[0].shape)) * value
                          for value in values]
            if matrices and len({value.shape for value in matrices}) > 1:
                raise SizeMismatch(f"{self.where}: adds vectors or matrices of different sizes in {_show(node)}")
            total = values[0]
            for value in values[1:]:
                total = total + value
            return total
        if kind == "^" and isinstance(node.args[0], Apply):  # x (1 - a)^2: the power of the parenthesis
            exponent = self.value(node.args[1])
            return self._apply(node.args[0], lambda value: self._power(value, exponent, node))
        if kind == "*" and isinstance(node.args[0], Sym) and node.args[0].sub and node.args[0].base not in \
                self.notation.bases and self.notation.function_of(node.args[0])[0] is not None:
            return self._apply(Apply(node.args[0], (node.args[1],)))  # t_l[u]: the notation's function at u
        if kind in ("*", "dot", "times") and (product := self.symmetric_product(node)) is not None:
            return product  # a vector times a symmetric Jacobian (reading_jacobians)
        left, right = self.value(node.args[0]), self.value(node.args[1])
        if kind in ("*", "dot", "times", "odot") and (product := self.diagonal_product(node, left, right)) is not None:
            return product
        if kind in ("*", "times", "odot") and (product := column_product(node, left, right, self.where)) is not None:
            return product  # u * x[:, None], NumPy's broadcasting
        if kind == "/":
            if _is_matrix(right):  # 1/(1 + e^{-x}), y/a of vectors: entry by entry, as 1 - a is
                if _is_matrix(left) and left.shape != right.shape:
                    self.fail(f"divides by a vector or matrix of another size in {_show(node)}")
                if any(entry == 0 for entry in right):
                    self.fail("divides by zero")
                return sp.ImmutableMatrix(*right.shape, lambda i, j: (left[i, j] if _is_matrix(left) else left)
                                          / right[i, j])
            if right == 0:
                self.fail("divides by zero")
            return left / right
        if kind == "^":
            return self._power(left, right, node)
        if kind == "odot":
            if _is_matrix(left) and _is_matrix(right) and (product := entrywise(left, right)) is not None:
                return product
            return self._product(left, right, node, dot=False)
        if kind == "outer":
            if (product := outer(left, right)) is None:
                self.fail(f"{_show(node)}: \\otimes is read as the outer product of two vectors, and a side is a"
                          " matrix; write the product's entries, or u v^T of two vectors")
            return product
        if kind == "dot" and _is_matrix(right) and right.cols == 1 and not _is_matrix(left):
            self._no_dot_of_three(node, right)
        return self._product(left, right, node, dot=kind == "dot")

    def _no_dot_of_three(self, node: Op, right) -> None:
        """u \\cdot v \\cdot w of three vectors of one size: the inner product of u and v times w, or
        their entrywise product (delta \\cdot a \\cdot (1 - a))? Either reading has the shape of a
        vector, so neither is taken."""
        inner = node.args[0]
        if self.context.entrywise_dot or not (isinstance(inner, Op) and inner.kind == "dot"):
            return
        first, second = self.value(inner.args[0]), self.value(inner.args[1])
        if all(_is_matrix(value) and value.shape == right.shape for value in (first, second)):
            self.fail(f"multiplies three vectors with \\cdot in {_show(node)}, which an inner product times a vector"
                      " and the entrywise product both fit: write \\odot for their entrywise product, or (u \\cdot v)"
                      " w for an inner product times a vector")

    def _power(self, left, right, node):
        if _is_matrix(left) and not _is_matrix(right) and self.context.entrywise_powers and right.is_Number \
                and abs(right) <= LIMITS["exponent"]:
            return left.applyfunc(lambda entry: entry ** right)
        if _is_matrix(left) or _is_matrix(right):
            # (e^z)^1 for e^{z_1}, as a note writing its entries' index as a superscript does: no one writes a power 1
            index = "; a power 1 changes nothing: if the 1 numbers an entry, write that entry with its index as a" \
                " subscript (e^{z_1}, the first entry of e^z), the entries named in the notation" if right == 1 else ""
            self.fail(f"raises a vector or matrix to a power in {_show(node)}; write its entries{index}")
        if right.is_Number and abs(right) > LIMITS["exponent"]:
            self.fail(f"has the power {right}, more than {LIMITS['exponent']:,}")
        if left.is_Number and right.is_Number and abs(right) > 64:
            self.fail("has a power of numbers too large to compute")
        return left ** right

    def _product(self, left, right, node, dot: bool):
        if not _is_matrix(left) or not _is_matrix(right):
            return left * right
        if self.context.outer_shape == (left.rows, right.rows) and left.cols == right.cols == 1 \
                and not self.context.outer_read:  # dW = \delta \cdot a: u v^T, the transpose not written
            self.context.outer_read = True
            return left * right.T
        weights_by_inputs = not dot and self._weights_by_inputs(left, right, node)
        if left.shape == right.shape and (left.cols == 1 or self.context.row_vectors and left.rows == 1) \
                and (dot or self.context.inner_side_by_side and weights_by_inputs) and not self.context.entrywise_dot:
            # W_j \cdot x: the inner product of two vectors (columns, or rows in read_rows)
            return (left.T * right)[0, 0] if left.cols == 1 else (left * right.T)[0, 0]
        # two columns side by side or with * (a(1 - a), delta * g'(z)): no matrix product fits, the
        # entrywise one is meant; the inner product is written \cdot or u^T v
        if left.cols == right.rows:
            return left * right
        if left.shape == right.shape:
            self.context.side_by_side_read = self.context.side_by_side_read or (weights_by_inputs and left.cols == 1)
            return left.multiply_elementwise(right)
        raise size_mismatch(left, right, self.where)

    def _weights_by_inputs(self, left, right, node) -> bool:
        """``w x``: two names side by side, one a vector of weights and the other of quantities that are no
        parameters, as a layer's weights meet its inputs (read_shaped may take their inner product)."""
        if not (isinstance(node, Op) and node.kind == "*" and len(node.args) == 2
                and all(isinstance(arg, Sym) for arg in node.args)):
            return False
        parameter_of = self.context.calculus.parameter_of
        weights = [all(parameter_of(entry) is not None for entry in value) for value in (left, right)]
        free = [not any(parameter_of(entry) is not None for entry in value) for value in (left, right)]
        return weights[0] and free[1] or weights[1] and free[0]

    def _entry(self, node: Entry):
        """f(u)_i: the entry of f(u) where u has u_i, u being a name of the homework's (z of
        \\sigma(z)_i), so that i counts as the homework counts u's units."""
        value = self.value(node.of)
        arguments = self.listed_arguments(node.of.args)
        argument = arguments[0] if len(arguments) == 1 else None
        if not _is_matrix(value) or value.cols != 1 or not (isinstance(argument, Sym) and not argument.sub):
            self.fail(f"{_show(node.of)}_{{{node.index}}}: an entry of a function's value is read for a function"
                      " of a vector name, as \\sigma(z)_i; write the entry's own symbol, e.g. a_i")
        vector = self.value(argument)
        unit = self.value(Sym(argument.base, node.index, argument.sup, argument.primes, None, argument.position))
        entries = list(vector) if _is_matrix(vector) else []
        if len(entries) != value.rows or unit not in entries:
            self.fail(f"{_show(node.of)}_{{{node.index}}}: {argument.text()}_{{{node.index}}} is not an entry of"
                      f" {argument.text()}")
        return value[entries.index(unit), 0]

    def _transpose(self, node: Transpose):
        if node.primed:
            return self._primed_transpose(node.of)
        if isinstance(node.of, Apply):  # \delta^{(2)} (a^{(1)})^T: the transpose of the parenthesis
            return self._apply(node.of, lambda value: value.T if _is_matrix(value) else value)
        value = self.value(node.of)
        return value.T if _is_matrix(value) else value

    def _primed_transpose(self, of: Node):
        """Octave's ``A1'`` and ``(X)'``: the transpose of a vector or matrix. A name the notation gives a prime
        (a pattern ``w'``, a function ``f'``), or a number, keeps the prime's other readings (the derivative, a
        parameter's new value); a number the prime has no other reading for, and a parenthesis of a number with
        a prime (``(1 - a)'``), are refused: a derivative or a transpose would be a guess."""
        if isinstance(of, Sym):
            primed = Sym(of.base, of.sub, of.sup, 1, of.bracket, of.position, of.layered)
            if self.notation.candidates(primed) or of.base in self.notation.functions \
                    or of.base in ("f", "g", r"\phi", r"\varphi", r"\sigma"):
                return self.value(primed)
            value = self.value(of)
            if _is_matrix(value):
                return value.T
            try:
                if self._primed_unit(primed, primed) is None:  # out' * 2: a unit's slope or a transpose, a guess
                    return self.value(primed)
            except FormulaError:
                pass
            self.fail(f"{primed.text()} is a number, and a prime after a name is read as Octave's transpose only"
                      f" of a vector or matrix; write {of.text()} for the number, or a derivative with d/dx")
        value = self._transpose(Transpose(of))
        if not _is_matrix(value):
            self.fail(f"({_show(of)})' is a number, and a prime after a parenthesis is read only as Octave's"
                      " transpose of a vector or matrix; write a derivative with d/dx")
        return value

    def _norm(self, node: Norm):
        value = self.value(node.of)
        if _is_matrix(value):
            return sp.sqrt(sum(entry ** 2 for entry in value))
        return sp.Abs(value)

    def _matrix(self, node: Matrix):
        entries = [[self.scalar(item) for item in row] for row in self.without_ellipsis(node).rows]
        return sp.ImmutableMatrix(entries)

    def _relation(self, node):  # pragma: no cover - relations are split by claims.py
        self.fail("has a relation inside an expression")

    # -- functions ---------------------------------------------------------------------------------

    def _call(self, node: Call):
        if node.written == "e^" and (named := self._notation_e(node.args[0])) is not None:
            return self.value(named)
        if node.name == "primed_parenthesis":
            return self.primed_parenthesis(node)
        args = [self.value(arg) for arg in self.listed_arguments(node.args)]
        # the notation's meaning of a name wins: functions may give \sigma another activation
        name = self.notation.functions.get(node.written, node.name) if node.written else node.name
        if node.layer:  # \sigma'^l(z^l): layer l's activation, as the network has it
            name = activation_at_layer(self.notation, node, name, self.env, self.symbols, self.where)
        return self.function(name, args, node.primes, node)

    def _notation_e(self, script: Node) -> Sym | None:
        """``e^k`` as the notation's e where one of its patterns names e with that superscript (the
        output's error e^k of training pair k, ``"e_{p}^{k}"``), written as a literal or as an index
        letter or number in a placeholder's place; else None, Euler's e (e^{-z}, e^{z_j})."""
        if isinstance(script, Sym) and not (script.sub or script.sup or script.primes or script.bracket is not None):
            sup = script.base
        elif isinstance(script, Num):
            sup = script.text
        else:
            return None
        for pattern in self.notation.patterns:
            if pattern.base != "e" or not pattern.reads_superscript(sup):
                continue
            if pattern.sup == sup or sup.isdigit() or sup in self.notation.indices or sup == "L":
                return Sym("e", "", sup, position=script.position if isinstance(script, Sym) else 0)
        return None

    def function(self, name: str, args: list, primes: int, node) -> sp.Expr:
        if name in ("axis_sum", "axis_mean"):  # NumPy's sum(u, 1), u.mean(axis=1)
            self.context.axis_summed = True
            return axis_sum(args[0], int(args[1]), mean=name == "axis_mean")
        if name in ARRAY_CALLS:  # np.dot(u, v), u @ v, x[:, None], np.sum(u), u.mean(), u.flatten()
            return array_call(name, args, node, self.where)
        if name == "entrywise_power":  # Octave's A1.^2
            base, exponent = args
            if _is_matrix(exponent):
                self.fail(f"{_show(node.args[0])}.^(...) with a vector or matrix exponent; write a number after .^")
            return base.applyfunc(lambda entry: self._power(entry, exponent, node)) if _is_matrix(base) \
                else self._power(base, exponent, node)
        if name in LOSSES:
            return self.loss_derivative_at(LOSSES[name], args, primes, node)
        activation = ACTIVATIONS.get(name)
        if activation is not None and not activation.elementwise:
            return self.row_wise(activation, args, node)
        if name == "max":
            if len(args) == 2 and (args[0] == 0 or args[1] == 0) and _RECTIFIER is not None:
                inner = args[1] if args[0] == 0 else args[0]
                return self.function(_RECTIFIER, [inner], primes, node)
            if len(args) == 1 and _is_matrix(args[0]) and getattr(node, "written", "") == "max":
                self.fail("max(v) of a vector in plain text may be code's max, its largest entry; write \\max(v) for"
                          f" each entry's own value, or max(0, v) for the {_RECTIFIER}")
            if len(args) == 1 and not primes:
                # the maximum of one value is that value (a rectifier written max(u), its 0 left out, is u); of a
                # vector in LaTeX, entry by entry as every function of one argument here (code's largest entry,
                # np.max(v) and plain max(v), is refused)
                if any(activation.name == _RECTIFIER for spec in self.symbols.specs for activation in spec.activations):
                    self.context.notes.append(f"max(u) of one value is u; the {_RECTIFIER} is max(0, u)")
                return args[0]
            self.fail(f"max is read only as max(0, u), the {_RECTIFIER}, or as max(u), u itself")
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
        if name == "abs":
            if primes:
                self.fail("has the derivative of abs, a function with a kink at 0; write its sign, u/|u|, or the"
                          " derivative without abs")
            return sp.Abs(u)
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
        if activation is None:
            self.fail(f"unknown function {name!r}")
        entry = sympy_activation(activation)
        if primes == 0:
            return entry.value(u)
        if primes > 1:
            self.fail("has a second derivative of an activation; check first derivatives")
        if getattr(node, "at", "") == "either":  # sigmoid_derivative(u): at u as the input or as the output
            return derivative_by_word(self.context.argument_reading, activation, entry, u, node.written, self.fail)
        return entry.derivative(u, entry.value(u))

    def row_wise(self, activation, args: list, node) -> sp.Expr:
        """f(z_j) of a row-wise activation f at the pre-activation of a layer it ends: that
        layer's output a_j; f(z) of a vector: all of them."""
        entry, name = sympy_activation(activation), activation.name
        target = args[0]
        if _is_matrix(target):
            return sp.ImmutableMatrix(entry.values(list(target)))
        node_info = self.context.calculus.node(target)
        if node_info is None or node_info[0] != "z":
            self.fail(f"{name}(u) is read for the pre-activation u of a {name} layer's unit ({name}(z_j) ="
                      f" its output a_j); write {spell(activation.formula).latex}")
        layer, j = node_info[1], int(node_info[2][0])
        symbols = self.symbols
        chain = symbols.spec(layer).activations
        if chain[-1].name != name:
            self.fail(f"{name} of z of layer {layer}, which has no {name}")
        zs = [symbols.z[layer][k] for k in range(symbols.units(layer))]
        return entry.values(chain_outputs(chain[:-1], zs))[j]
