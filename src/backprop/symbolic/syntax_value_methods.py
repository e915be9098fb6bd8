"""Math written as a method called on a value (a part of syntax.Parser), as Rust, C#, Kotlin, Scala and PyTorch write
it: ``(-x).exp()``, ``x.ln()``, ``x.sqrt()``, ``x.abs()`` (an activation by its name too) are the function of that
value, the word read by the one table of code's function words (code_names.code_function, which reads ``np.exp``);
``x.powi(2)``, ``x.powf(2.0)``, ``x.pow(2)`` its power (VALUE_POWERS), each entry's of an array as ``np.power``
(of Euler's number, Kotlin's ``E.pow(-z)``, Rust's ``E.powf(-z)``, ``e.power(-z)``, e to that power, where the
notation names no e or E);
``x.max(0.0)`` and ``x.min(1.0)`` the larger or smaller of the value and the argument, as ``max(x, 0.0)``; a
conversion to a floating-point number, Dart's and Kotlin's ``x.toDouble()`` and Kotlin's ``x.toFloat()``, and a copy
or view, Rust's ``x.clone()``, NumPy's ``x.copy()``, Eigen's ``w.noalias()`` (VALUE_CONVERSIONS), the value itself.

Eigen's (C++'s matrix library) methods (EIGEN_METHODS): ``v.array()`` is v seen as an array, whose ``*`` is the
product entry by entry, and ``.matrix()`` the value seen as a matrix again, whose ``*`` is the matrix product (the Calls
"eigen_array" and "eigen_matrix", the value itself to the reader; eigen_array tells what the parser's products are);
``a.cwiseProduct(b)`` is a \\odot b and ``a.cwiseQuotient(b)`` a / b entry by entry whatever a and b are;
``.square()`` each entry's square; ``.rowwise().sum()`` each row's sum and ``.colwise().sum()`` each column's (NumPy's
axis sums, read where they add the samples: reading_functions); ``.inverse()`` of an array each entry's reciprocal,
1 / v (of a matrix Eigen's matrix inverse, refused); ``.cwiseInverse()`` the reciprocals of any; ``.size()`` the
number of entries (the Call "entries_count", of a vector its length).

Only where the method's arguments fit it: none for a function of one value (``x.exp()``; ``x.log(2.0)``, Rust's
logarithm to a base, is no call of log), one for a power, max and min. An integer alone in ``x.max(1)`` is refused:
PyTorch's ``x.max(1)`` is the largest entry along axis 1, Rust's the larger of x and 1. The array methods
(``x.sum()``, ``a.dot(b)``, ``a.sub(&b)``, ``.T``: syntax_arrays.py) keep their readings, and any other method
(``y.multiply(x)``) stays the dotted name the notation may name, refused where it does not.
"""

from __future__ import annotations

from .code_names import CODE_OWNERS, VALUE_POWERS, code_function
from .syntax_arrays import ARRAY_METHODS
from .syntax_tree import Call, Node, Num, Op, Sym, Token, Transpose

#: a value's methods of no argument that change no number, the value itself: those converting it to a floating-point
#: number, Dart's num.toDouble() (after math.pow, whose value is a num), Kotlin's Int.toDouble() and toFloat(); those
#: copying it or marking how it is kept, NumPy's x.copy(), PyTorch's x.detach(), Rust's x.clone() and x.to_owned(),
#: ndarray's x.view() (PyTorch's x.view(-1, 1), with arguments, is its reshape), Eigen's w.noalias() and w.eval()
VALUE_CONVERSIONS = ("toDouble", "toFloat", "copy", "detach", "clone", "to_owned", "view", "noalias", "eval")


# Euler's number as code's constants name it before a power method (kotlin.math.E, Rust's consts::E)
_EULER = ("e", "E")

#: Eigen's methods and how many arguments each takes (see the module docstring)
#: how a refusal names cwiseProduct, which Torch7's :cmul is written as (torch7_methods): both never broadcast
STRICT_PRODUCT = "Eigen's cwiseProduct (Torch7's :cmul)"
EIGEN_METHODS = {"array": 0, "matrix": 0, "cwiseProduct": 1, "cwiseQuotient": 1, "cwiseInverse": 0, "inverse": 0,
                 "square": 0, "size": 0, "rowwise": 0, "colwise": 0}
#: Eigen's v.rowwise().sum(), each row's sum (a column: NumPy's axis 1), and v.colwise().sum(), each column's (axis 0)
EIGEN_AXIS_SUMS = {"rowwise": "1", "colwise": "0"}
#: the methods of one argument math on a value takes (a power, max and min of two, Eigen's products entry by entry):
#: the words a dot glued after a parenthesis starts as a method rather than a product (typography_code), as after a
#: name, so ``(a - y).cwiseProduct(s)`` and ``(1.0 - x).powi(2)`` read as ``e.cwiseProduct(s)`` does
VALUE_METHODS_OF_ONE = (*VALUE_POWERS, "max", "min", *(word for word, arity in EIGEN_METHODS.items() if arity == 1))
# the functions taken entry by entry whose value is an array where their argument is one (Eigen's .exp() of an
# array); an Op of an array (a sum, a negation, a product with a number) is one too, as Eigen forbids mixing arrays
# and matrices in one expression
_ENTRYWISE_OF_ARRAY = ("exp", "log", "sqrt", "abs", "square", "entrywise_power")


def eigen_array(node: Node) -> bool:
    """Whether ``node`` is an Eigen array (``v.array()``, or an expression of one: ``1 - v.array()``,
    ``(-v).array().exp()``, its transpose), whose ``*`` is the product entry by entry; ``.matrix()`` ends it."""
    if isinstance(node, Call):
        return node.name == "eigen_array" or node.name in _ENTRYWISE_OF_ARRAY and any(
            eigen_array(arg) for arg in node.args)
    if isinstance(node, Op):
        return any(eigen_array(arg) for arg in node.args)
    return isinstance(node, Transpose) and eigen_array(node.of)


def value_method_arity(word: str) -> int | None:
    """How many arguments ``v.word(...)`` takes where it is math on v: 0 for a function of v, 1 for a power (Rust's
    powi, powf; pow) or max and min of two; None for a word that is no such method (code_function's words, exp, ln
    and log, sqrt, abs, an activation by its name, take none, and so do the conversions, toDouble)."""
    if word in VALUE_METHODS_OF_ONE:
        return 1
    if word in VALUE_CONVERSIONS:
        return 0
    if word in EIGEN_METHODS:
        return EIGEN_METHODS[word]
    return 0 if code_function(word) is not None else None


class ValueMethodParsing:
    """Parser methods for math written as a method called on a value."""

    def owned_method(self, name: str, method: str) -> bool:
        """Whether ``name.method(`` is an object's method and not math on a value: an object's (``self.exp()``,
        ``layer.sqrt()``: CODE_OWNERS), or a dotted name the notation gives (``"x.exp"``); an array method
        (``self.W.sum()``) is never one."""
        return method not in ARRAY_METHODS and (name in CODE_OWNERS or f"{name}.{method}" in self.names)

    def value_method_at(self, word: str, opening: int) -> bool:
        """Whether ``.word(`` with its parenthesis at the token ``opening`` is math on the value before it: the word is
        one value_method_arity knows and the parenthesis holds as many arguments (none, or something)."""
        arity = value_method_arity(word)
        if arity is None or opening + 1 >= len(self.tokens):
            return False
        return (self.tokens[opening + 1].text == ")") == (arity == 0)

    def value_method(self, base: Node, word: str, dot: Token) -> Node:
        """``base.word(...)`` read as the function of base (value_method_at said it is one), the position at the
        parenthesis after the word."""
        arity = value_method_arity(word)
        if arity == 0:
            self.expect("(", f"after .{word}")
            self.expect(")", f"to close .{word}()")
            if word in VALUE_CONVERSIONS:
                return base
            if word in EIGEN_METHODS:
                return self.eigen_method(base, word, dot)
            return Call(code_function(word), (base,), position=dot.position, written=word)
        args = self.arguments()
        if len(args) != 1:
            self.fail(f".{word}(...) with {len(args)} arguments", dot, f"write u.{word}(v)")
        if word in ("cwiseProduct", "cwiseQuotient"):  # Eigen's products entry by entry, of matrices or arrays
            # never broadcast (Eigen asserts on other sizes): strict, not the \odot of a page, which a matrix and
            # a vector whose sizes fit would read as their matrix product
            return Op("odot", (base, args[0]), entrywise=True, strict_sizes=STRICT_PRODUCT) \
                if word == "cwiseProduct" else Op("/", (base, args[0]))
        if word in VALUE_POWERS and isinstance(base, Sym) and base.base in _EULER and base.base not in self.bases \
                and not (base.sub or base.sup or base.primes or base.bracket is not None):
            # Kotlin's E.pow(-z) (kotlin.math.E), Rust's E.powf(-z) (std::f64::consts::E), e.power(-z): Euler's number
            # to that power, where the notation names no e or E of its own (never the default loss E's power)
            return Call("exp", (args[0],), position=dot.position, written="e^")
        if word in VALUE_POWERS:  # each entry's power of an array (PyTorch's x.pow(2)), a number's power of a number
            return Call("entrywise_power", (base, args[0]), position=dot.position, written=word)
        if isinstance(args[0], Num) and args[0].text.isdigit():
            self.fail(f".{word}({args[0].text}) with an integer: the {'larger' if word == 'max' else 'smaller'} of"
                      f" the value and {args[0].text} in Rust, the {'largest' if word == 'max' else 'smallest'} entry"
                      f" along axis {args[0].text} in PyTorch", dot,
                      f"write {word}(u, {args[0].text}.0) for the two values' {word}")
        return Call(word, (base, args[0]), position=dot.position, written=word)

    def eigen_method(self, base: Node, word: str, dot: Token) -> Node:
        """Eigen's ``base.word()`` of no arguments (EIGEN_METHODS), read: an array's or a matrix's view, a square, a
        reciprocal, a count; ``.inverse()`` of no array (a matrix's inverse) refused."""
        if word in ("array", "matrix"):
            return Call(f"eigen_{word}", (base,), position=dot.position, written=word)
        if word in EIGEN_AXIS_SUMS:  # v.rowwise().sum(): NumPy's axis sum, which of the samples' it is the reader's
            if not (self.accept(".") and self.glued_letters() == "sum" and self.accept("(") and self.accept(")")):
                self.fail(f".{word}() before another method than .sum()", dot, f"write u.{word}().sum()")
            return Call("axis_sum", (base, Num(EIGEN_AXIS_SUMS[word])), position=dot.position, written=word)
        if word == "square":
            return Call("entrywise_power", (base, Num("2")), position=dot.position, written=word)
        if word == "size":
            return Call("entries_count", (base,), position=dot.position, written=word)
        if word == "inverse" and not eigen_array(base):
            self.fail(".inverse() of a matrix, Eigen's matrix inverse (of an array, .array().inverse(), each entry's"
                      " reciprocal)", dot, "write u.array().inverse() or 1 / u for the reciprocals")
        return Op("/", (Num("1"), base))
