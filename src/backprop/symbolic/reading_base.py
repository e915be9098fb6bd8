"""What every reading of a formula shares: the context (network, notation, parameter), the index
letters' values, and the marker of an updated parameter, of its current value or of its step's change (``w^{new}``,
``w^{old}``, ``\\Delta w``: reading.py, reading_sums.py, reading_symbols.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import sympy as sp

from ..patterns import lazy_pattern
from .calculus import NetworkCalculus
from .derivative_words import ArgumentReading
from .function_words import NAMED_FUNCTIONS
from .sample_calls import SampleCallReading
from .notation import Notation
from .notation_layers import lowercase_transposed
from .quantities import NetworkSymbols, Parameter
from .syntax import Parser
from .syntax_tree import GREEK, Apply, Big, Call, ClassProbability, Cond, Deriv, Num, Op, Sym, Transpose


DEFAULT_LOSSES = ("L",)
EXTRA_LOSSES = ("E", "C", "J")
DEFAULT_RATES = (r"\eta", "eta", "learning_rate")  # learning_rate as code names it
EXTRA_RATES = (r"\alpha",)
NEW_MARKERS = {"new", "+", "[n+1]", "(t+1)", "t+1", "n+1", "(n+1)", "[t+1]", "k+1", "(k+1)", "*"}
OLD_MARKERS = {"old", "[n]", "(t)", "t", "(n)", "[t]", "(k)", "-"}


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
    letterless_sums: bool = False    # set when it was a \sum with no index in a file of no data (reading_sums)
    sample_subscript: int | None = None  # L_2: the loss of sample 2
    count_names: set = field(default_factory=set)
    # (\hat{y} - y) \cdot \sigma'(z) where the left side is a vector: the inner product would make it a
    # number, so the caller reads it again with \cdot between two vectors taken entry by entry
    entrywise_dot: bool = False
    # z = w x + b where the left side is a number and w, x are vectors: read_shaped reads it again with
    # two columns side by side as their inner product (w^T x), the one reading that fits, and says so
    inner_side_by_side: bool = False
    side_by_side_read: bool = False  # set where two columns side by side were read entrywise
    notes: list = field(default_factory=list)   # what a member's reading chose, for its step's detail
    # inside an index-free \sum (\sum (\hat{y} - y)^2): a power of a vector is taken entry by entry
    entrywise_powers: bool = False
    # the vectors of squares and the squared norms v^T v read for a vector's v^2 in this judging's first and second
    # readings (reading_powers.py)
    entrywise_squares: list = field(default_factory=list)
    squared_norms: list = field(default_factory=list)
    # the claim's left side (a node), and whether it is an element-wise function of a vector (g'(x) = e^{-x} /
    # (1 + e^{-x})^2, a definition entry by entry): then the members' powers of vectors are entry by entry
    left_node: object = None
    rule_left: object = None  # the left side whose index values claims.rule_assignments lists, while it lists them
    elementwise_left: bool = False
    # x W, X^T \cdot \delta where no product of columns fits: the homework's vectors are rows (a sample a
    # row, W input-first); read_rows in reading_shapes.py reads it again so
    row_vectors: bool = False
    # dW = \delta \cdot a where no other reading fits the left side's rows x columns: read_shaped reads it again
    # with two columns of those sizes, in that order, as their outer product u v^T (taken once: outer_read)
    outer_shape: tuple = ()
    outer_read: bool = False
    # set where NumPy's sum(u, axis) was read: its axis is the units' or the samples' as vectors are columns or
    # rows, so reading it again with rows would change what it sums, not only how it is laid out
    axis_summed: bool = False
    # the axis sums of a vector read with the vectors as rows whose value differs from the columns' (np.sum(d, axis=0):
    # one sample's entries added as columns, the vector itself as rows), each a refusal's words: read_rows, which
    # turns the vectors only where that changes the layout alone, refuses the rows' reading then
    orientation_sums: list = field(default_factory=list)
    # which argument a derivative named by a word (sigmoid_derivative(u)) is read at, for this judging
    argument_reading: ArgumentReading = field(default_factory=ArgumentReading)
    # whether a quantity of the sample before its input, dz(x), is read at the sample or as a product, for this judging
    sample_calls: SampleCallReading = field(default_factory=SampleCallReading)
    # the left side's parameter(s) in an update (W = W - \eta \nabla L): \nabla L there is by them
    updated: object = None
    # the parameters of the first and last entries of a vector's or matrix's left side (\frac{\partial L}{\partial
    # W^{(3)}}, W \leftarrow ...): the claim's name in symbols.md (W3[0,0] ... W3[9,63]) where no one parameter is
    left_parameters: tuple = ()
    # the claim's left side is the sample loss (E_{total} = \sum ...): a bare sum there is over its outputs
    loss_on_left: bool = False
    # the shape of the claim's left side where it is a vector or matrix (db^{[l]}, 3 x 1), else (): a bare \sum of
    # a column per sample is over the samples where that column has it (reading_sums.SumReading._big_inner)
    left_shape: tuple = ()
    # while the claim's left side is read: z^l(w^l) there is z^l written with what it is computed from
    reading_left: bool = False
    # the argument of the claim's left side f'(x), a derivative by x: what a prime on a parenthesis, (...)', is by
    primed_by: object = None
    # the positions of the claim's members judged correct so far at these index values: a member of
    # numbers is aligned only with a symbolic member judged correct (homework_number_meanings.aligned_numbers)
    correct_members: set = field(default_factory=set)
    # the claim's free index letters (its left side's), and the letters of the sums being read (reading_sums.py)
    left_letters: frozenset = frozenset()
    # a rule's letter on names the notation lists entry by entry: letter -> (its listed values, the first name)
    listings: dict = field(default_factory=dict)
    summed_letters: set = field(default_factory=set)
    # the first value each sum being read gives its letter (None where unwritten), and the lengths of the arrays
    # named whole that code's brackets index by it (reading_entries: sum(w[k] * d[k] for k in range(n)))
    sum_starts: dict = field(default_factory=dict)
    bracket_lengths: dict = field(default_factory=dict)
    # the readings of symbols so far, and what each left behind (reading_memo.py)
    readings: dict = field(default_factory=dict, repr=False, compare=False)

    def note_elementwise_left(self, node, argument) -> None:
        """Notes a function applied entry by entry to the vector ``argument`` where ``node`` is the left side."""
        self.elementwise_left |= self.reading_left and node is self.left_node and 1 in argument.shape

    @property
    def losses(self) -> tuple:
        reused = self.notation.bases
        names = tuple(name for name in DEFAULT_LOSSES if name not in reused) + self.notation.loss
        if not self.notation.loss:
            names += tuple(name for name in EXTRA_LOSSES if name not in reused)
        return names

    @property
    def rates(self) -> tuple:
        # "gamma" in the table is \gamma in a formula, whichever way either is written; a default name the table
        # gives another meaning as a bare pattern ("xi" = "x[:]" beside "eta" = "x[0]") is that meaning, not the rate
        names, bases = DEFAULT_RATES, self.notation.bases
        if any(name in bases for name in DEFAULT_RATES):  # (rare: the patterns looked at only then)
            bare = {pattern.base for pattern in self.notation.patterns if not pattern.sub and not pattern.sup}
            names = tuple(name for name in DEFAULT_RATES if name not in bare)
        names += self.notation.learning_rate + tuple(
            "\\" + name for name in self.notation.learning_rate if "\\" + name in GREEK)
        if not self.notation.learning_rate:  # \alpha is the rate unless the notation gives it another meaning
            taken = {*self.notation.bases, *self.notation.parameter, *self.notation.loss, *self.notation.functions}
            names += tuple(name for name in EXTRA_RATES if name not in taken)
        return names

    def known_names(self) -> set[str]:
        names = self.notation.names()
        names.update(name for name in self.losses if name.isalpha() and len(name) > 1)
        if any(pattern.base == r"\sigma" and not pattern.sub and not pattern.sup for pattern in self.notation.patterns):
            names.add(r"\sigma")  # "\sigma" = "a1[0]": \sigma that quantity (\partial \sigma), \sigma(u) the function
        if r"\Sigma" in self.notation.bases or r"\Sigma" in self.notation.loss:
            names.add(r"\Sigma")  # a covariance matrix, say: \Sigma x is that name times x, not a sum
        if "d" in self.notation.bases:  # a symbol d (the delta rule's target): dZ/dA may then be dZ over d A
            names.add("d")
        notation = self.notation
        if "D" in {*notation.bases, *notation.loss, *notation.functions, *notation.learning_rate, *notation.parameter}:
            names.add("D")  # the notation's D (a data set, a loss): DL/Dh is then no derivative written with D
        if r"\dh" in {*notation.bases, *notation.loss, *notation.functions}:
            names.add(r"\dh")  # the notation's ð (the eth): ðE/ðw is then no derivative written with ð
        # a pattern named like a function word ("H" = "a1[:]", not the Heaviside step): H^T is that H transposed
        names.update(base for base in self.notation.bases if base in NAMED_FUNCTIONS)
        # a loss named like a function word (loss = ["H"]): H(\hat{y}, y) is that loss with its arguments
        names.update(name for name in self.notation.loss if name in NAMED_FUNCTIONS)
        # a function named like a one-letter function word (functions = { H = "layer" }): H(x) is the notation's
        # H, not the Heaviside step (names() holds the longer ones already)
        names.update(name for name in self.notation.functions if name in NAMED_FUNCTIONS)
        # learning_rate: its word before the underscore, so that it reads as one word with its subscript
        names.update(word for name in self.rates if "_" in name and len(word := name.split("_")[0]) > 1 and word.isalpha())
        return names

    def parser(self, row: str, where: str) -> Parser:
        return Parser(row, self.known_names(), where, self.notation.glued_reading, self.notation.flat_subscript,
                      lowercase_transposed(self.notation), self.notation.declared_functions, self.notation.operations,
                      self.quantity_letters(), frozenset(self.notation.bases), self.pattern_scripts())

    def pattern_scripts(self) -> frozenset[str]:
        """The notation's patterns' subscripts and superscripts as written (the Parser's ``scripts``)."""
        return frozenset(script for pattern in self.notation.patterns for script in (pattern.sub, pattern.sup))

    def quantity_letters(self) -> frozenset[str]:
        """Which of e and E this formula may read as a name (the notation's symbol, loss, rate, parameter or
        function, or the default loss E): scientific notation's 1.5e-3 then reads two ways (syntax_numbers)."""
        notation = self.notation
        named = {*notation.bases, *notation.parameter, *notation.functions, *self.losses, *self.rates}
        return frozenset(letter for letter in "eE" if letter in named)


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


#: the letters that count a step's samples (the m of code's 1/m), which a notation may give the number 1
SAMPLE_COUNTS = ("m", "n", "M", "N", "K")

def _is_matrix(value) -> bool:
    return isinstance(value, sp.MatrixBase)


def bracket_length(whole, number: int, count: int) -> int | None:
    """How many values index ``number`` of a code bracket of ``count`` indices takes in ``whole``: a vector's length
    (a row or a column) for one index, a matrix's rows or columns for two; None for a number or another count."""
    if not _is_matrix(whole):
        return None
    return len(whole) if count == 1 and min(whole.shape) == 1 else whole.shape[number] if count == 2 else None


def same_quantity(value, other) -> bool:
    """Whether two readings of one name are the same quantity (numbers or matrices of one shape, entry by entry)."""
    if _is_matrix(value) != _is_matrix(other):
        return False
    if not _is_matrix(value):
        return sp.simplify(value - other) == 0
    return value.shape == other.shape and all(sp.simplify(a - b) == 0 for a, b in zip(value, other))


def entrywise(left, right):
    """``u \\odot v`` of two matrices: entry by entry where their shapes agree; a column against a matrix
    of as many rows applies to each of its columns, a row to each of its rows (as NumPy broadcasts a
    mask, ``dZ \\odot [Z_1 > 0]``); None where neither fits."""
    if left.shape == right.shape:
        return left.multiply_elementwise(right)
    for first, second in ((left, right), (right, left)):
        if first.cols == 1 and first.rows == second.rows:
            return second.multiply_elementwise(sp.ImmutableMatrix.hstack(*[first] * second.cols))
        if first.rows == 1 and first.cols == second.cols:
            return second.multiply_elementwise(sp.ImmutableMatrix.vstack(*[first] * second.rows))
    return None


def outer(left, right):
    """``u \\otimes v`` of two vectors (each a column or a row; a number a vector of one entry): the matrix of
    u_i v_j, u's entries down and v's across (u v^T); None where either is a matrix of several rows and columns
    (a Kronecker product, which no gradient of one layer is)."""
    vectors = []
    for value in (left, right):
        if _is_matrix(value) and value.rows > 1 and value.cols > 1:
            return None
        vectors.append(list(value) if _is_matrix(value) else [value])
    return sp.ImmutableMatrix(len(vectors[0]), len(vectors[1]), lambda i, j: vectors[0][i] * vectors[1][j])


def _show(node, room: int = 60) -> str:
    """A node as a reader would write it back, cut short: the place a message names."""
    text = _written(node)
    return text if len(text) <= room else text[:room - 3] + "..."


_OPERATORS = {"+": " + ", "*": " ", "times": " * ", "dot": " \\cdot ", "odot": " \\odot ", "outer": " \\otimes ", "/": "/",
              "^": "^"}


# the Calls of a method written after its value, Eigen's v.array(), v.matrix(), v.size() (syntax_value_methods)
_METHOD_CALLS = ("eigen_array", "eigen_matrix", "entries_count")
# the Calls of a code's helper the notation gives an operation (syntax_code_calls.operation_call): its name as written
_HELPER_CALLS = ("declared_matrix_product", "inner_product", "declared_loss_derivative")


def _written(node) -> str:
    if isinstance(node, Sym):
        return node.text()
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Op):
        parts = [_written(arg) if not isinstance(arg, Op) or arg.kind == "neg" else f"({_written(arg)})"
                 for arg in node.args]
        if node.kind == "neg":
            return "-" + parts[0]
        if node.kind == "+":
            return "".join(part if position == 0 else (f" - {part[1:]}" if part.startswith("-") else f" + {part}")
                           for position, part in enumerate(parts))
        return _OPERATORS.get(node.kind, f" {node.kind} ").join(parts)
    if isinstance(node, Call) and node.name in _METHOD_CALLS:  # Eigen's target.array(), as written
        base = _written(node.args[0])
        return f"{f'({base})' if isinstance(node.args[0], Op) else base}.{node.written}()"
    if isinstance(node, (Call, Apply)):
        name = node.symbol.text() if isinstance(node, Apply) else node.written if node.name in _HELPER_CALLS \
            else node.name
        return f"{name}{chr(39) * getattr(node, 'primes', 0)}({', '.join(_written(arg) for arg in node.args)})"
    if isinstance(node, Transpose):
        return _written(node.of) + "^T"
    if isinstance(node, Cond):
        return f"{_written(node.left)} {node.op} {_written(node.right)}"
    if isinstance(node, ClassProbability):
        return f"{node.symbol.text()}({_written(node.event)} | {', '.join(_written(arg) for arg in node.given)})"
    if isinstance(node, Big):  # \sum_{k} (...), code's sum(...), not "big", in a message naming what it is a term of
        letters = ", ".join(str(letter) for letter in node.letters)
        body = _written(node.body)
        return f"\\{node.kind}_{{{letters}}} ({body})" if letters else f"{node.kind}({body})"
    if isinstance(node, Deriv):  # dC/dA^{1}, not "deriv", in a message naming the product it is a factor of
        return f"d{_written(node.of) if node.of is not None else ''}/d{_written(node.wrt)}"
    return type(node).__name__.lower()


def marks_current_value(sym) -> bool:
    """Whether ``sym`` is a name with the marker of its current value, ``w^{old}``, ``w_{1}(old)``, ``\\theta^{[n]}``."""
    return isinstance(sym, Sym) and (_marker(sym) or ("",))[0] == "old"


CHANGE = "\\Delta "  # \Delta w_{ij}, ∆weight, \Delta \omega: the parser's one name for a change of w


# a word in parentheses, as a script in a text font keeps them (w^{\text{(new)}}, v^{\rm (old)})
_WORD_IN_PARENTHESES = lazy_pattern(r"\(([A-Za-z]{2,})\)")


def script_word(script: str) -> str:
    """``script`` (a symbol's superscript or subscript as written) without its text font, braces and spaces, and
    without parentheses around one word: ``\\text{new}`` and ``\\text{(new)}`` are ``new``, ``[n+1]`` stays."""
    plain = re.sub(r"\\text|\\mathrm|[{}\s]", "", script)
    return word.group(1) if (word := _WORD_IN_PARENTHESES.fullmatch(plain)) else plain


# a layer in parentheses or brackets beside a mark in one superscript, either first: (l)new, [2]+, old(l)
_LAYER_AND_MARK = lazy_pattern(r"(?:[(\[](?P<layer>[^()\[\]]+)[)\]](?P<mark>[^()\[\]]+)"
                               r"|(?P<mark_first>[^()\[\]]+)[(\[](?P<layer_last>[^()\[\]]+)[)\]])")


# a layer in parentheses or brackets, then a time step (t or n, +1 the new value) in its own or after a comma: (2)(t+1),
# [l](t), (2),t+1; and then anything in a group, never a power (w_{11}^{(2)(1)} was read as w_{11} to the power 2 * 1)
_LAYER_AND_STEP = lazy_pattern(r"[(\[](?P<layer>[^()\[\],]+)[)\]]"
                               r"(?:[(\[](?P<step>[tn](?:\+1)?)[)\]]|,(?P<after>[tn](?:\+1)?))")
LAYER_THEN_GROUP = lazy_pattern(r"[(\[](?P<layer>[^()\[\],]+)[)\]](?:[(\[].*|,.+)")


def _mark_beside_layer(sup: str) -> tuple | None:
    """("new" | "old", the layer) for a superscript (script_word's) holding a layer in parentheses or brackets and a
    mark of the new or the old value that _marker reads alone as one (new, +, old), ``(l)new`` of
    ``w_{ji}^{(l)\\text{new}}``, or a time step after the layer, ``(2)(t+1)``; None for any other."""
    if (step := _LAYER_AND_STEP.fullmatch(sup)) is not None:  # w_{11}^{(2)(t+1)}: layer 2's w_{11}, new
        return ("new" if (step.group("step") or step.group("after")).endswith("+1") else "old"), step.group("layer")
    if (found := _LAYER_AND_MARK.fullmatch(sup)) is None:
        return None
    mark, layer = found.group("mark") or found.group("mark_first"), found.group("layer") or found.group("layer_last")
    if mark in NEW_MARKERS and mark not in ("t", "*") and not re.search(r"[\d()\[\]]", mark):
        return "new", layer
    return ("old", layer) if mark == "old" else None


def _marker(sym: Sym):
    """("new" | "old", the symbol without the marker) for w^{new}, W_{old}, \\theta^{[n+1]}; ("step", w_{ij}) for
    \\Delta w_{ij}, the change the update adds to w (w^{new} = w + \\Delta w)."""
    if sym.base.startswith(CHANGE) and len(sym.base) > len(CHANGE):
        return "step", Sym(sym.base[len(CHANGE):], sym.sub, sym.sup, sym.primes, sym.bracket, sym.position)

    sup, sub = script_word(sym.sup), script_word(sym.sub)
    for script, rest in ((sup, Sym(sym.base, sym.sub, "", sym.primes, sym.bracket, sym.position)),
                         (sub, Sym(sym.base, "", sym.sup, sym.primes, sym.bracket, sym.position))):
        if script in NEW_MARKERS and script not in ("t", "*") or script in ("new",):
            return "new", rest
        if script in ("old", "[n]", "(t)", "[t]"):
            return "old", rest
    if (beside := _mark_beside_layer(sup)) is not None:  # w_{ji}^{(l)\text{new}}: the layer's w_{ji}^{(l)}, new
        kind, layer = beside
        return kind, replace(sym, sup=layer, layered=True)
    # w^{(t)}: the parser keeps (t)'s letter and marks it layered; as (t+1) beside it is the new value, (t) is the
    # current one, never w to the power t
    if sup == "t" and sym.layered:
        return "old", Sym(sym.base, sym.sub, "", sym.primes, sym.bracket, sym.position)
    # \theta_j^{[n+1]}: a time superscript in square brackets
    match = re.fullmatch(r"\[(\w)(\+1)?\]", sup)
    if match:
        return ("new" if match.group(2) else "old"), Sym(sym.base, sym.sub, "", sym.primes, sym.bracket, sym.position)
    return None


def step_as_written(sym: Sym, patterns) -> Sym:
    """``v11^{[i+1]}`` (typography_steps.steps_as_scripts's step superscript for R's ``v11[i+1] = v11[i] - ...``) as
    the notation writes it, ``v11[i+1]`` (its pattern's subscript i+1), where a pattern of ``patterns`` names the
    base so, in code's brackets: the notation's own names for the two steps come before the step's marker; ``sym``
    itself otherwise (``W^{[l]}`` beside a pattern ``W_{l}`` stays a layer's superscript)."""
    step = re.fullmatch(r"\[\s*(\w\s*(?:\+\s*1)?)\s*\]", sym.sup)
    if step is None or sym.sub or sym.bracket is not None:
        return sym
    written = Sym(sym.base, re.sub(r"\s", "", step.group(1)), "", sym.primes, None, sym.position)
    return written if any(pattern.text.rstrip().endswith("]") and pattern.match(written) is not None
                          for pattern in patterns) else sym


def current_spelling(sym: Sym, rest: Sym) -> Sym:
    """``sym`` (a name with the marker of its new value) with ``old`` in the marker's place: ``w_{old}`` for
    ``w_{new}``, ``w^{old}`` for ``w^{new}`` (``rest`` is ``sym`` without its marker, as ``_marker`` gives it)."""
    if sym.sub and not rest.sub:
        return Sym(sym.base, "old", sym.sup, sym.primes, sym.bracket, sym.position)
    return Sym(sym.base, sym.sub, "old", sym.primes, sym.bracket, sym.position)
