"""What a homework formula means: its syntax tree (syntax.py) as an expression in the network's quantities, through a
notation (notation.py) and the defaults of docs/notation-defaults.md.

``Reader(context, env).value(node)`` returns a SymPy expression (a scalar) or a SymPy matrix (a vector or matrix form
such as ``(P - Y) x^T``, read component by component). ``env`` gives the formula's index letters their values: a
letter without one raises notation.Unbound, which the claim reader (claims.py) turns into a general rule (every value
of the letter) or, for the label letter, a case per class.

Symbols are looked up in this order: the learning rate's names, the loss's names, the names of the parameter being
checked, the notation's patterns (the one with more literal characters wins), a superscript read as a power when
nothing else reads it, the symbols of symbols.md and the defaults (index-free scalars, ``l``/``L`` layers,
``\\hat{y}``), and a bare name whose patterns all have a subscript as the vector (or matrix) of every unit it names.
"""

from __future__ import annotations

import sympy as sp

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .notation_layers import output_letter_is_placeholder
from .parsing import _digits
from .quantities import FormulaError
from .reading_base import Context, TrackingEnv, _is_matrix, _show, outer
from .readings_compared import SizeMismatch
from .reading_derivatives import DerivativeReading
from .reading_gradients import GradientReading
from .reading_jacobians import JacobianReading
from .reading_memo import SymbolMemo
from .reading_calls import CallReading
from .reading_functions import FunctionReading
from .reading_model import FunctionLetterReading, ModelReading
from .reading_unit_functions import UnitFunctionReading
from .reading_powers import PowerReading
from .reading_hadamard import hadamard
from .eigen_sizes import eigen_code
from .reading_new_axes import axis_sums_broadcast
from .reading_shapes import broadcast_number, column_product, size_mismatch
from .reading_conditions import ConditionReading
from .reading_ellipsis import EllipsisReading
from .reading_sums import SumReading
from .reading_symbols import SymbolReading
from .syntax_tree import Apply, Deriv, Entry, Matrix, Nabla, Node, Norm, Num, Op, Sym, Transpose




class Reader(SymbolMemo, SumReading, EllipsisReading, ConditionReading, FunctionLetterReading, FunctionReading,
             CallReading, UnitFunctionReading, ModelReading, SymbolReading, DerivativeReading, GradientReading,
             JacobianReading, PowerReading):
    """Reads syntax-tree nodes at fixed index values (see the module docstring)."""

    def __init__(self, context: Context, env: dict, where: str):
        self.context = context
        self.symbols = context.symbols
        self.notation = context.notation
        self.env = env if isinstance(env, TrackingEnv) else TrackingEnv(env)
        if not dict.__contains__(self.env, "L") and not output_letter_is_placeholder(self.notation):
            # L in a layer position is the output layer, unless the notation makes it a placeholder or gives it a
            # number ("L" = "3", the number of layers of notes counting from 0): that number wins
            dict.__setitem__(self.env, "L", self.notation.numbered_letters().get("L", context.symbols.depth))
        self.where = where
        self.sample_letters: set = set()
        self.count_sums: set = set()
        self.counts_used: set = set()  # count letters read as the number of samples (the n of 1/n)  # letters of sums that run to a count of samples (k of \sum_{k=0}^{n-1})
        self.terms = 0
        # nodes read as a diagonal Jacobian's diagonal, and as dz/dW's common row (reading_jacobians), by id;
        # the node is kept so that its id cannot be another's
        self.diagonals: dict = {}
        self.weight_factors: dict = {}
        self.chain_parts: dict = {}  # the products inside a chain of Jacobians judged whole (reading_jacobians)

    def fail(self, what: str, refusal: type = FormulaError, **carried):
        """Refuse with ``what`` at this formula's place: a FormulaError, or a ``refusal`` with what it carries."""
        raise refusal(f"{self.where}: {what}", **carried)

    # -- dispatch -------------------------------------------------------------------------------

    def value(self, node: Node):
        method = getattr(self, "_" + type(node).__name__.lower().rstrip("_"))
        result = method(node)
        if isinstance(node, Sym) and _is_matrix(result) and result.shape == (1, 1):
            result = result[0, 0]  # w^{(L)} of a layer of one unit on one input: that weight
        if self.context.row_vectors and (isinstance(node, (Sym, Deriv, Nabla)) or isinstance(node, Matrix)
                                         and node.listed) and _is_matrix(result) and result.cols == 1 \
                and not (isinstance(node, Sym) and self.notation.names_matrix(node)):
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
        if (constant := printed_constant(node.text)) is not None:
            return constant
        return sp.Rational(node.text) if "e" not in node.text else sp.Rational(sp.Float(node.text, 30))

    def _op(self, node: Op):
        node = self.without_ellipsis(node)
        kind = node.kind
        if kind == "neg":
            return -self.value(node.args[0])
        if kind == "+":
            values = axis_sums_broadcast(node.args, self.written_diagonals_added(node.args, [self.value(arg) for arg in
                                                                                            node.args]))
            if any(not _is_matrix(value) for value in values):  # a vector of one entry (a^{(L)}) is a number
                values = [value[0, 0] if _is_matrix(value) and value.shape == (1, 1) else value for value in values]
            matrices = [value for value in values if _is_matrix(value)]
            if matrices and len(matrices) != len(values):
                self.norm_beside_vector(values, node)
                if any(_holds_operand_tuple(arg) for arg in node.args):
                    # (3, -1) + 1: a vector plus a number is code's broadcasting, not mathematics' for a tuple
                    self.fail(f"a list in parentheses is not a formula added to a number, in {_show(node)}; write"
                              " each entry's sum, or the list as a vector, [1, 2]")
                shared = {bias for bias in self.symbols.b.values() if isinstance(bias, sp.Symbol)}
                if any(not _is_matrix(value) and not (isinstance(value, sp.Expr) and value.is_Number)
                       and not broadcast_number(node, value, shared) for value in values):
                    # a SizeMismatch: with rows, a W^T + b may fit (read_rows)
                    raise SizeMismatch(f"{self.where}: adds a vector or matrix and a number in {_show(node)}"
                                       + self._entrywise_star(node.args))
                # 1 - a of a vector, np.dot(x, W) + b1 of a shared bias: the number taken at every entry
                values = [value if _is_matrix(value) else sp.ImmutableMatrix(sp.ones(*matrices[0].shape)) * value
                          for value in values]
            if matrices and len({value.shape for value in matrices}) > 1 and eigen_code():
                # Eigen asserts on sizes that differ: never the rows' reading (read_rows) a page may have
                self.fail(f"adds (or subtracts) a {' and a '.join(f'{m.rows} x {m.cols}' for m in matrices)} in"
                          f" {_show(node)}, which Eigen refuses (it adds matrices of one size only, a column and a row"
                          " never); write .transpose() where one side is meant turned")
            if matrices and len({value.shape for value in matrices}) > 1:
                raise SizeMismatch(f"{self.where}: adds vectors or matrices of different sizes in {_show(node)}")
            total = values[0]
            for value in values[1:]:
                total = total + value
            return total
        if kind == "^" and node.sample_script and (at_sample := self.parenthesis_at_sample(node)) is not None:
            return at_sample
        if kind == "^" and isinstance(node.args[0], Apply):  # x (1 - a)^2: the power of the parenthesis
            exponent = self.value(node.args[1])
            return self._apply(node.args[0], lambda value: self._power(value, exponent, node))
        if kind in ("*", "times", "dot"):
            self.delta_before_parameter(node.args)  # δW35: the error times W35, or W35's step the notation names
        if kind == "*" and isinstance(node.args[0], Sym) and node.args[0].sub and node.args[0].base not in \
                self.notation.bases and (function := self.notation.function_of(node.args[0])[0]) is not None:
            if node.args[0].primes:  # g'_{out} u, as g'_j u
                self.slope_before_operand(node.args[0], function)
            return self._apply(Apply(node.args[0], (node.args[1],)))  # t_l[u]: the notation's function at u
        if kind in ("*", "dot", "times") and (product := self.jacobian_product(node)) is not None:
            return product  # a chain of Jacobians, or a vector times a symmetric one (reading_jacobians)
        if kind in ("*", "dot") and (product := self.product_with_elided_constant(node)) is not None:
            return product  # dZ [1, \vdots, 1]^T: a column of ones as long as the product needs (reading_ellipsis)
        left, right = self.value(node.args[0]), self.value(node.args[1])
        if kind == "times" and node.star:  # u * (1 - a^2): a star, the entrywise product's, as \odot's
            self.norm_beside_vector((left, right), node)
        if kind in ("*", "dot", "times", "odot") and (product := self.diagonal_product(node, left, right)) is not None:
            return product
        if kind in ("*", "times", "odot") and (product := column_product(node, left, right, self.where)) is not None:
            return product  # u * x[:, None], NumPy's broadcasting
        if kind == "/":
            if _is_matrix(left) and _is_matrix(right) and right.shape == (1, 1) != left.shape:
                right = right[0, 0]  # x / (w^T x): a vector of one entry is the number it holds, as in a sum
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
            self.norm_beside_vector((left, right), node)
            if (product := hadamard(node, left, right, self.where)) is not None:
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

    def parenthesis_at_sample(self, node: Op):
        """``(dZ^{[l]})^{(i)}``, a parenthesis with one letter in parentheses as its superscript: where the letter is a
        sample's (a sum's over a count of samples, or a letter the notation's patterns write as a sample's, as for
        the loss's L^{(i)}), the parenthesis at sample i, X^{(i)}: check reads one sample, so X. Where the letter
        is a sum's or the claim's at a number n instead, X at the sample and the power X^n are both read and
        refused where they differ (n = 1 of \\sum_{i=1}^{m} with "m" = "1" gives X either way). None elsewhere: the
        power, as any."""
        letter = node.args[1].base
        if letter in self.count_sums or self._is_sample_letter(letter):
            self.sample_letters.add(letter)
            return self.value(node.args[0])
        if not dict.__contains__(self.env, letter) or not isinstance(self.env[letter], int):
            return None
        value, number = self.value(node.args[0]), self.env[letter]
        if number != 1 and (_is_matrix(value) or sp.expand(value ** number - value) != 0):
            self.fail(f"({_show(node.args[0])})^{{({letter})}} at {letter} = {number}: the parenthesis at sample {letter}, or its power"
                      f" {letter}, which differ; write the sample's script on the name, X^{{({letter})}}, with the"
                      f" notation writing {letter} as a sample's, or the power as ^{{{letter}}}")
        return value

    def _entrywise_star(self, addends) -> str:
        """Where a sum adds a number to ``W*X`` of two vectors of one size (plain text's or code's ``*``, read entry by
        entry as NumPy's is, a vector), what the refusal adds: that reading, and how to write the inner product the
        author may have meant (``Z1 = (W*X) + b`` of Ng's W and X); "" for any other sum."""
        for addend in addends:
            if isinstance(addend, Op) and addend.kind == "times" and len(addend.args) == 2:
                left, right = (self.value(arg) for arg in addend.args)
                if _is_matrix(left) and _is_matrix(right) and left.shape == right.shape and 1 in left.shape:
                    first, second = (_show(arg) for arg in addend.args)
                    return (f": {first} * {second} of two vectors is read entry by entry (NumPy's *), a vector; write"
                            f" {first} {second} or np.dot({first}, {second}) for their inner product")
        return ""

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

    def _product(self, left, right, node, dot: bool):
        if not _is_matrix(left) or not _is_matrix(right):
            return left * right
        if self.context.outer_shape == (left.rows, right.rows) and left.cols == right.cols == 1 \
                and not self.context.outer_read and not (isinstance(node, Op) and node.star):
            # dW = \delta \cdot a: u v^T, the transpose not written (dW = dz * a, a star's, is code's product entry
            # by entry, a column in NumPy: never read so)
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
        \\sigma(z)_i), so that i counts as the homework counts u's units; code's f(u)[i] as the notation names the
        indexed call, or so (reading_calls.indexed_call)."""
        return self.indexed_call(node) if node.bracketed else self.function_entry(node)

    def function_entry(self, node: Entry):
        """\\sigma(z)_i as _entry reads it."""
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
        if node.lettered and any("T" in names for names in (self.notation.bases, self.notation.loss,
                                                             self.notation.functions)):
            self.fail(f"{_show(node.of)}T: a transpose, or the notation's T after the name; write {_show(node.of)}^T"
                      f" for the transpose, {_show(node.of)} * T for the product")
        if isinstance(node.of, Apply):  # \delta^{(2)} (a^{(1)})^T: the transpose of the parenthesis
            return self._apply(node.of, lambda value: value.T if _is_matrix(value) else value)
        value = self.value(node.of)
        if isinstance(node.of, Sym) and not _is_matrix(value) and self._is_loss(node.of):
            # R's t(C) where the notation's C is the loss: a number has no transpose to take, so the page's C is some
            # vector of its own (batch 86's rm-matrix, C = a_2 - y beside cost); reading it as the loss would
            # misjudge the product's shape, not the page's mathematics
            self.fail(f"{_show(node.of)}^T: {_show(node.of)} is the notation's loss, a number, which has no transpose;"
                      f" the page uses {_show(node.of)} for a vector of its own: name that vector in the notation's"
                      f" [notation.symbols] (e.g. \"{_show(node.of)}\" = \"grad(a2[:])\", and the loss another"
                      f" name), or write what it stands for")
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
            if _is_matrix(whole := self._whole_value(of)):  # dz3' where "dz3" = "grad(z3[:])" of one unit: its 1 x 1
                return whole.T
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


def _holds_operand_tuple(node) -> bool:
    """Whether ``node`` is numbers in parentheses read as a vector inside arithmetic, or their product or negation."""
    if isinstance(node, Matrix):
        return node.operand
    return isinstance(node, Op) and node.kind in ("neg", "*", "times", "dot") and any(
        _holds_operand_tuple(arg) for arg in node.args)


# a decimal of twelve places or more: a constant as code prints it (Python's, Erlang's, JavaScript's float, e's
# 2.718281828459045, π's 3.141592653589793), which at fifty digits would differ from the constant in its last place
_PRINTED = lazy_pattern(r"[0-9]+\.([0-9]{12,})")


def printed_constant(text: str):
    """Euler's number or π where ``text`` writes it to its places (rounded or cut: a language's printed float,
    ``e = 2.718281828459045`` bound in code before its use), else None: the constant meant, never a number a
    hair from it."""
    found = _PRINTED.fullmatch(text)
    if found is None:
        return None
    places = len(found.group(1))
    for constant in (sp.E, sp.pi):
        exact = sp.Float(constant.evalf(places + 20), places + 20)
        if sp.Rational(text) in (_rounded(exact, places), _cut(exact, places)):
            return constant
    return None


def _rounded(value, places: int):
    return sp.Rational(round(sp.Rational(value), places))


def _cut(value, places: int):
    scale = 10 ** places
    return sp.Rational(sp.floor(sp.Rational(value) * scale), scale)
