"""Reader methods for functions applied (an activation, its derivative, a loss's derivative, log, exp, max, min, diag
of one number, NumPy's array functions), which a name before a parenthesis, ``Q(u)``, is read as where it names one
(reading_calls.py); the model named with its scripts (``h_{\\theta}(x)``) is reading_model.py's, a function of the
notation with a unit's subscript (``s_n[u]``, ``g'_j \\sum_k ...``) reading_unit_functions.py's.

Counts and means over the samples written in code (SampleMeanReading), functions applied as these are: ``len(y)`` of a
vector over the samples and NumPy's (MATLAB's) mean, ``np.mean(u)``, ``u.mean()``, ``mean(u)``, whose divisor is the
number of samples a step takes: 1 where the notation counts the samples with 1 or the problem's step takes one sample,
refused in one line where nothing says how many (the sums over the samples are read as one sample's term).
"""

from __future__ import annotations

import sympy as sp

from ..activations import ACTIVATIONS
from ..expression import Z, maximum, spell
from ..losses import LOSSES
from .code_names import CLAMP
from .definitions import chain_outputs
from .derivative_words import declared_derivative, declared_place, derivative_by_word
from .functions import heaviside, minimum_with_step, sympy_activation
from .loss_helpers import helper_derivative
from .notation import Unbound
from .notation_layer_functions import activation_at_layer
from .quantities import FormulaError
from .reading_base import _is_matrix, _show
from .reading_new_axes import one_unit_array, squeezed, tiled
from .reading_shapes import ARRAY_CALLS, array_call, axis_sum, product_factors
from .sample_calls import SAMPLE_KINDS
from .syntax_tree import Call, Deriv, Node, Num, Sym, Transpose
from .syntax_value_methods import EIGEN_AXIS_SUMS

# how LaTeX writes diag, \text{diag}(v), \operatorname{diag}(v), \mathrm{diag}(v): a diagonal matrix in a chain of
# matrices (code's diag, np.diag(v), whose * NumPy broadcasts, is no such matrix to the reader)
DIAGONAL_COMMANDS = ("\\text", "\\operatorname", "\\mathrm")


#: The activation that max(0, u) is (homework writes it so).
_RECTIFIER = next((name for name, entry in ACTIVATIONS.items() if entry.formula == maximum(0, Z)), None)


class SampleMeanReading:
    """Mixed into the reader (FunctionReading's base): counts and means over the samples."""

    def samples_counted(self, value, node):
        """Code's ``len(v)`` of a vector over the samples, v one number per sample (a target, an output, a sum: one
        entry in the one sample check reads): their count, the m of ``X.T @ (y_pred - y) / len(y)``, 1 where the
        notation counts the samples with 1 or the problem's step takes one sample. Refused in one line, naming len,
        where what it counts is unknown: v a vector of the sample (len may count its entries) or no quantity of the
        sample, or a step of several samples (the sums over them are read as one sample's term)."""
        nodes = [] if _is_matrix(value) else self.context.calculus.entry_nodes(value)
        if nodes and all(found is not None and found[0] in SAMPLE_KINDS for found in nodes):
            return self.samples_in_step(f"len({_show(node.args[0])}) counts the samples")
        self.fail(f"len({_show(node.args[0])}): what it counts is unknown here (check reads len of a vector over the"
                  " samples, one number each, as their count); write the count itself, m, given in the notation")

    def samples_in_step(self, what: str):
        """The number of samples a step takes, for a count or a mean over them written without it (code's len(y),
        np.mean(u)): 1 where the notation counts the samples with 1 or the problem's step takes one sample; else
        refused, ``what`` saying what needed it (the sums over the samples are read as one sample's term)."""
        if self.one_sample_named() or self.symbols.problem.batch == 1:
            return sp.S.One
        self.fail(f"{what}, and nothing says how many a step takes: give the count in the notation's"
                  " [notation.symbols] (\"m\" = \"1\", the one sample check reads), or write 1/m with m so given")

    def array_mean(self, value, node):
        """NumPy's mean, code's ``np.mean(u)`` (``torch.mean``, ``tf.reduce_mean``) and ``u.mean()`` alike: the mean
        over every entry of the array, whose rows are the samples. Of u one number per sample (an error, its square,
        its product with the input: one number in the one sample check reads) the mean over the samples, 1/N times
        their sum; of a vector (or matrix) of the sample's entries, the mean over its entries and the samples, 1/(N
        n) times their sum; N as len(y) counts them (samples_in_step), refused in one line where nothing says it,
        but for a file of no data whose step's loss is the samples' mean (reduction "mean"): there the mean of one
        sample's term over the step's K samples is that term, whatever K is, and needs no count."""
        if node.written == "mean" and _is_matrix(value) and value.rows > 1 and value.cols > 1:
            self.fail(f"MATLAB's mean({_show(node.args[0])}) of a matrix averages each column, a row of means; write"
                      " mean(mean(u)) or the sum over what it averages and its count")
        entries = list(value) if _is_matrix(value) else [value]
        averaged = f"{node.written}({_show(node.args[0])})" if node.name == "samples_mean" \
            else f"({_show(node.args[0])}).mean({'axis=0' if node.name == 'axis_mean' else ''})"
        problem = self.symbols.problem
        if problem.batch == 0 and problem.reduction == "mean" and not self.one_sample_named():
            # a file of no data, the step's loss the mean over its K samples: the mean over them of one sample's term
            # is K terms over K, that term whatever K is, judged as a sum over the samples (against the reduction)
            self.context.sample_sums = True
            count = self.context.sample_count
            return count * sum(entries, sp.S.Zero) / len(entries) / count
        return sum(entries, sp.S.Zero) / len(entries) / self.samples_in_step(f"{averaged} averages over the samples")


    def array_of(self, fill: str, sizes: list, node):
        """NumPy's ``np.ones((m, 1))`` (``torch.ones(m, 1)``; ``fill`` "ones", "zeros" for ``np.zeros``): the
        matrix of ones of m rows and 1 column, each size a whole number (a count the notation gives, "batch_size" =
        "1"), the column whose product with a matrix of the samples' columns sums them; ``np.ones(m)``, a 1-D array,
        is that column too (NumPy's product of a matrix and it sums the matrix's rows alike). ``np.zeros((1,))``
        (``np.zeros(1)``), a 1-D array of one entry written with the number 1, is the number 0: NumPy broadcasts it
        against any array as that number (a constant written ``np.add(np.zeros((1,)), 1.0)``), where a 1 x 1 matrix
        would not meet a vector; any other array of zeros (an accumulator's ``np.zeros(n)``, a shape that would make
        a 1-D array a matrix) is refused. Refused in one line where a size is no whole number."""
        for size, written_size in zip(sizes, node.args):
            if _is_matrix(size) or not (isinstance(size, sp.Expr) and size.is_Integer and size > 0):
                written = ", ".join(_show(arg) for arg in node.args)
                self.fail(f"{node.written}(({written})): an array of {fill} whose size {_show(written_size)} is no"
                          " whole number check knows; give the count its number in the notation's [notation.symbols]"
                          ' ("m" = "1", the one sample check reads)')
        if fill == "zeros":
            if len(node.args) == 1 and isinstance(node.args[0], Num) and node.args[0].text == "1":
                return sp.S.Zero
            # (an array of zeros of more entries is an accumulator, or broadcasts a 1-D array into a matrix)
            shape = ", ".join(_show(arg) for arg in node.args)
            self.fail(f"{node.written}({shape if len(node.args) == 1 else f'({shape})'}): an array of zeros, which check"
                      f" reads only as {node.written}((1,)) (or {node.written}(1)), the number 0 NumPy broadcasts;"
                      " write 0, or the value the array holds once filled")
        rows, cols = (int(sizes[0]), int(sizes[1]) if len(sizes) == 2 else 1)
        return sp.ImmutableMatrix.ones(rows, cols)


class FunctionReading(SampleMeanReading):
    """Reader methods: functions applied (see the module docstring)."""

    def pre_activations(self, args: tuple) -> bool:
        """Whether ``args`` is one argument whose entries are all units' pre-activations (z)."""
        if len(args) != 1:
            return False
        try:
            value = self.value(args[0])
        except (FormulaError, Unbound):
            return False
        nodes = self.context.calculus.entry_nodes(value)
        return all(found is not None and found[0] == "z" for found in nodes)

    def _call(self, node: Call):
        if node.written == "e^" and (named := self._notation_e(node.args[0])) is not None:
            return self.value(named)
        if node.written == "e^" and (transposed := self._notation_e_transposed(node.args[0])) is not None:
            return transposed
        if node.name == "primed_parenthesis":
            return self.primed_parenthesis(node)
        node = declared_derivative(self.notation, node) or node  # \sigma'(y) where the notation gives "\\sigma'"
        factors = self.listed_arguments(product_factors(node))
        args = [self.value(arg) for arg in factors]
        if node.name in ("matrix_product", "declared_matrix_product", "column"):  # NumPy's shapes: a 1 x 1 is no number
            args = [one_unit_array(self.notation, factor, value) for factor, value in zip(factors, args)]
        # the notation's meaning of a name wins: functions may give \sigma another activation
        name = self.notation.functions.get(node.written, node.name) if node.written else node.name
        if node.layer:  # \sigma'^l(z^l): layer l's activation, as the network has it
            name = activation_at_layer(self.notation, node, name, self.env, self.symbols, self.where)
        return self.function(name, args, node.primes, node)

    def _notation_e_transposed(self, script: Node):
        """``e^T`` (NumPy's ``e.T``, batch 154's np.dot(self.w2, e.T)) as the transpose of the notation's e where its
        symbols name e alone a vector or matrix (an error vector) and T nothing: Euler's number has no transpose, and
        a power of it to a T the notation does not define means nothing; else None."""
        notation = self.notation
        if not isinstance(script, Sym) or script.base != "T" or script.sub or script.sup or script.primes \
                or script.bracket is not None or notation.candidates(script) \
                or "T" in {*notation.bases, *notation.loss, *notation.functions, *notation.learning_rate}:
            return None
        named = Sym("e", "", "", position=script.position)
        if not notation.candidates(named):
            return None
        value = self.value(named)
        return value.T if _is_matrix(value) else None

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

    def smaller(self, first, second):
        """min(u, v): the smaller of the two, entry by entry where either is a vector or matrix (a number beside
        one is each entry's other value, as NumPy's np.minimum(1, h) has it)."""
        if _is_matrix(first) or _is_matrix(second):
            shape = first.shape if _is_matrix(first) else second.shape
            if _is_matrix(first) and _is_matrix(second) and first.shape != second.shape:
                self.fail(f"min of a {first.rows} x {first.cols} and a {second.rows} x {second.cols}; write two of"
                          " one shape, or a number and a vector")
            return sp.ImmutableMatrix(*shape, lambda i, j: self.smaller(first[i, j] if _is_matrix(first) else first,
                                                                        second[i, j] if _is_matrix(second) else second))
        # with its step, as the engine writes min: a proof sees its kink (a rectifier capped at 6 is no rectifier)
        return minimum_with_step(first, second)

    def eigen_sum_over_samples(self, value, summed, node) -> None:
        """Refuses Eigen's ``u.rowwise().sum()`` or ``u.colwise().sum()`` (``node``, of ``value``, ``summed``) where it
        adds no samples: of a matrix (the reader holds one sample, a vector), or along the one sample's units (a
        vector's entries added into a number, never a bias's gradient), which axis the notation's vectors tell."""
        entries = lambda held: held.rows * held.cols if _is_matrix(held) else 1  # noqa: E731
        written = f"Eigen's {_show(node.args[0])}.{node.written}().sum()"
        if _is_matrix(value) and 1 not in value.shape:
            self.fail(f"{written} of a {value.rows} x {value.cols} matrix, whose sums are over no samples (check holds"
                      " one sample, a vector); write it of the sample's vector")
        if entries(summed) != entries(value):
            other = "colwise" if node.written == "rowwise" else "rowwise"
            self.fail(f"{written} adds the {entries(value)} entries of the one sample's vector into one number, where"
                      f" the notation's samples lie along the other axis; write .{other}().sum() for the sum over the"
                      " samples")

    def orientation_sum(self, value, rows, columns, node) -> None:
        """Notes, for read_rows, an axis sum of the vector ``value`` read as a row (``rows``) whose value as a column
        (``columns``) differs: reading the vectors as rows then changes what the sum adds, not only its layout."""
        entries = lambda held: list(held) if _is_matrix(held) else [held]  # noqa: E731
        if not _is_matrix(value) or 1 not in value.shape or len(value) < 2 or entries(rows) == entries(columns):
            return
        def what(summed) -> str:
            return "the vector itself" if len(entries(summed)) == len(value) else "its entries added into one number"
        self.context.orientation_sums.append(
            f"{node.written}({_show(node.args[0])}, ...) reads two ways: with the vectors as columns, as the notation"
            f" gives them, it is {what(columns)}, which the formula's sizes do not fit; with them as rows (samples as"
            f" rows) {what(rows)}, another sum; write the sum on the axis the notation's vectors have (axis=1 of a"
            " column adds its samples), or give the vectors as rows in the notation (\"u\" = \"a1[:].T\")")

    def function(self, name: str, args: list, primes: int, node) -> sp.Expr:
        if name in ("axis_sum", "axis_mean"):  # NumPy's sum(u, 1), u.mean(axis=1)
            if name == "axis_mean" and not _is_matrix(args[0]) and not self.notation.samples_as_rows:
                # one number per sample: axis 0 its samples' mean (their count), axis 1 the number, as the page's
                # array is (m,) or (m, 1); no shape here says which (samples as rows say it: below)
                self.fail(f"{node.written}({_show(node.args[0])}, axis) of one number per sample: what it averages"
                          " over (the samples, or the sample's one entry) is unknown here; write"
                          f" {node.written}({_show(node.args[0])}) for the mean over the samples")
            self.context.axis_summed = True
            # a vector named whole is the sample's row where samples are rows; a row's .T written is a real column,
            # and so is code's dL/dZ2.T, (dL/dZ2).T, read as the derivative by Z2^T, laid out as that column
            rows = self.notation.samples_as_rows and not isinstance(node.args[0], Transpose) \
                and not (isinstance(node.args[0], Deriv) and isinstance(node.args[0].wrt, Transpose))
            if self.notation.samples_as_rows and not _is_matrix(args[0]) and int(args[1]) != (0 if rows else 1):
                # a one-unit layer's number per sample: this axis adds each sample's units, the sample's number here
                # and at one sample the samples' sum too, but no sum over the samples at any other count
                self.fail(f"{node.written}({_show(node.args[0])}, axis={args[1]}) adds each sample's units (one"
                          " here), not the samples (rows, as the notation's input-first weights have them): write"
                          f" the axis of the samples, axis={0 if rows else 1}")
            if name == "axis_mean" and not _is_matrix(args[0]):
                # the samples rows, a one-unit layer's (N, 1) array: its axis of the samples (checked above) averages
                # them, 1/N times their sum: np.mean(u) of one number per sample, one rule (batch 193's cs-db2)
                return self.array_mean(args[0], node)
            summed = axis_sum(args[0], int(args[1]), name == "axis_mean", rows)
            if node.written in EIGEN_AXIS_SUMS:
                self.eigen_sum_over_samples(args[0], summed, node)
            if self.context.row_vectors:
                self.orientation_sum(args[0], summed, axis_sum(args[0].T, int(args[1]), name == "axis_mean", rows)
                                     if _is_matrix(args[0]) else summed, node)
            return summed
        if name == "axis_squeezed":  # PyTorch's x.squeeze(0): a vector named whole is the sample's row, as above
            rows = self.notation.samples_as_rows and not isinstance(node.args[0], Transpose)
            return squeezed(args[0], node, rows, self.where)
        if name in ARRAY_CALLS:  # np.dot(u, v), u @ v, x[:, None], np.sum(u), u.flatten()
            return array_call(name, args, node, self.where)
        if name == "tiled":  # MATLAB's repmat(v, m, n)
            return tiled(args, node, self.where)
        if name in ("array_of_ones", "array_of_zeros"):  # np.ones((m, 1)): the array of ones of that shape
            return self.array_of(name.rpartition("_")[2], args, node)
        if name == "samples_counted":  # code's len(y)
            return self.samples_counted(args[0], node)
        if name in ("samples_mean", "entries_mean"):  # code's np.mean(u), u.mean(): one rule
            return self.array_mean(args[0], node)
        if name == "sample_rows_mean":  # R's colMeans(u): each column's sum over the samples, by their count
            summed = axis_sum(args[0], int(args[1]), args[1] == 1, samples_as_rows=True)
            return summed if args[1] == 1 else summed / self.samples_in_step(
                f"{node.written}({_show(node.args[0])}) averages over the samples")
        if name == "entrywise_power":  # Octave's A1.^2
            base, exponent = args
            if _is_matrix(exponent):
                self.fail(f"{_show(node.args[0])}.^(...) with a vector or matrix exponent; write a number after .^")
            return base.applyfunc(lambda entry: self._power(entry, exponent, node)) if _is_matrix(base) \
                else self._power(base, exponent, node)
        if name == "declared_loss_derivative":  # a course library's helper, d_mean_squared_error(d, y)
            return helper_derivative(self.notation.operations[node.written], node.written, args, self.symbols,
                                     self.where)
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
            if getattr(node, "written", "") == CLAMP:  # the student wrote no max: say it of the clamp written
                self.fail(f".clamp(...) with a lower bound other than 0 is read nowhere here; u.clamp(min=0) (u.clamp(0))"
                          f" is the {_RECTIFIER}, u.clamp(max=c) min(u, c)")
            self.fail(f"max is read only as max(0, u), the {_RECTIFIER}, or as max(u), u itself")
        if name == "min":
            if len(args) != 2 or primes:
                self.fail("min is read only as min(u, v), the smaller of two values entry by entry")
            return self.smaller(*args)
        if name == "diag" and len(args) == 1 and _is_matrix(args[0]) and len(args[0]) > 1 and 1 in args[0].shape \
                and getattr(node, "written", "") in DIAGONAL_COMMANDS and not primes:
            # \text{diag}(\sigma'(z)) in a chain of matrices, (W^T) diag(f'(z)) dC/da: the diagonal matrix, read as a
            # Jacobian of an element-wise map is, its diagonal kept and products with it taken as the matrix's
            self.diagonals[id(node)] = node
            return args[0] if args[0].cols == 1 else args[0].T
        if name == "diag" and len(args) == 1 and _is_matrix(args[0]) and len(args[0]) > 1:
            # a diagonal matrix is no vector: read as its diagonal it would be right only as a whole Jacobian
            self.fail(f"diag({_show(node.args[0])}) of a vector in code, a diagonal matrix whose products (NumPy's *"
                      " broadcasts it) are the library's: write the vector itself, \\frac{\\partial a}{\\partial z} ="
                      " f'(z), entry by entry, or \\operatorname{diag}(...) in LaTeX, read as a diagonal matrix")
        if name == "diag" and len(args) == 1 and not primes:
            return args[0][0] if _is_matrix(args[0]) else args[0]  # diag(u) of one number: the 1 x 1 matrix u
        if name == "trace":
            return self.trace(args, primes, node)
        if len(args) != 1 and not (name == "log" and len(args) == 2):
            self.fail(f"{name} takes one argument, not {len(args)}")
        u = args[0]
        if _is_matrix(u):
            self.context.note_elementwise_left(node, u)
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
        if name == "square":
            if primes:
                self.fail("square'(u) is 2u, a derivative of the square; write 2 u (or the derivative it is part of)")
            return u ** 2
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
        if getattr(node, "at", ""):  # sigmoid_derivative(u): at u as the input or as the output; f'(y) at its place
            return derivative_by_word(self.context.argument_reading, activation, entry, u, node.written, self.fail,
                                      declared_place(self.context.notation, node))
        return entry.derivative(u, entry.value(u))

    def trace(self, args: list, primes: int, node) -> sp.Expr:
        """tr(A), the sum of the diagonal of a square matrix (of a number, 1 x 1, that number); refused of a matrix that
        is not square, a vector among them."""
        if len(args) != 1 or primes:
            self.fail("tr is read only as tr(A), the trace of one square matrix")
        if not _is_matrix(args[0]):
            return args[0]
        if args[0].rows != args[0].cols:
            self.fail(f"tr({_show(node.args[0])}) of a {args[0].rows} x {args[0].cols} matrix: the trace is of a square"
                      " matrix; write the product whose trace is meant so that it is square (u^T v of two columns)")
        return sum(args[0][k, k] for k in range(args[0].rows))

    def row_wise(self, activation, args: list, node) -> sp.Expr:
        """f(z_j) of a row-wise activation f at the pre-activation of a layer it ends: that
        layer's output a_j; f(z) of a vector: all of them."""
        entry, name = sympy_activation(activation), activation.name
        target = args[0]
        if _is_matrix(target):  # f(hU + b) of a row (vectors as rows) is a row
            return sp.ImmutableMatrix([entry.values(list(target))] if target.rows == 1 else entry.values(list(target)))
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

