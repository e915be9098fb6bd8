"""Code's vocabulary, which the parser (syntax_code.CodeParsing), typography (typography_code), a value's methods
(syntax_value_methods) and the notation (notation_loading) share: the modules whose functions a formula may call
(``math``, ``np``, ``torch``, ...) and what their functions are (code_function), the objects whose attributes code
writes after a dot (``self.w1``), and code's identifiers as a notation's patterns write them (code_identifier:
``grad_y1_out``, ``exp_term``), as a name's parts peel into one (peeled_code_name) and as code writes a dotted name
with its indices (code_written). syntax_code.py's docstring says how a formula's code is read with them.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .function_words import NAMED_FUNCTIONS

#: JavaScript's (TypeScript's) words declaring the name a statement assigns, var delta = ..., let, const: code's, no
#: factor of the claim (code_declarations, function_syntaxes, function_definitions and typography_code read them)
JAVASCRIPT_DECLARATION = r"(?:const|let|var)"
#: the words that declare a local name before its assignment in any language check reads: JavaScript's, Rust's let
#: (let mut), Scala's and Kotlin's val, Lua's local, Dart's final (final delta = ..., batch 180's dt-d)
LOCAL_DECLARATION = rf"(?:let[ \t]+mut|{JAVASCRIPT_DECLARATION}|val|local|final)"
#: the modules whose functions a formula may call, written before the function's name with a dot
CODE_MODULES = ("math", "Math", "np", "numpy", "torch", "tf", "tensorflow")
#: R's casts to a plain vector of numbers, dropping a matrix's dimensions: as.numeric(delta_output) of a 1 x 1 matrix is
#: its number, of a row or a column its entries (reading_calls; a matrix's entries, lined up column by column, refused)
R_CASTS = ("as.numeric", "as.vector", "as.double")
#: those of numbers only, Python's math and JavaScript's (or Java's) Math: Math.exp(u), Math.pow(u, 2) as math's
NUMBER_MODULES = ("math", "Math")
#: Euler's number as a module's constant: Java's, JavaScript's, Scala's and C#'s Math.E, Go's math.E, Python's math.e,
#: NumPy's np.e (numpy.e): exp(1)
EULER_CONSTANTS = ("Math.E", "math.E", "math.e", "np.e", "numpy.e")
#: Erlang's math module as Erlang calls it, math:exp(X), and as Elixir does, :math.exp(x): the function's name (group
#: 1), math's (erlang_math_spelled)
_ERLANG_MATH = lazy_pattern(r"(?<![\w.:])(?::math\.|math:)([a-z]\w*)(?=[ \t]*\()")


def erlang_math_spelled(text: str) -> str:
    """``text`` with Erlang's and Elixir's calls of their math module, ``math:exp(X)``, ``:math.pow(e, -x)``, as math's
    (``math.exp(X)``): in a formula (typography_code) and a definition's body (function_syntaxes) alike."""
    return _ERLANG_MATH.sub(r"math.\1", text) if "math" in text else text


#: TensorFlow's and PyTorch's names of NumPy's functions, read as NumPy's (matmul, transpose, multiply, add, exp, log,
#: sum and each activation by its name are theirs and NumPy's alike)
FRAMEWORK_SYNONYMS = {"reduce_sum": "sum", "reduce_mean": "mean", "mm": "matmul", "t": "transpose"}
#: an array's methods by other names than NumPy's, as PyTorch (x.t(), x.mm(w)), Rust's ndarray (x.t()), Gonum (x.T()),
#: ND4J (x.mmul(w)) and .NET's Math.NET and Accord (w.Transpose(), F#'s and C#'s) write them, and PyTorch's
#: x.view(-1, 1) (its .reshape): the NumPy function each is
METHOD_SYNONYMS = {"mm": "matmul", "mmul": "matmul", "t": "transpose", "T": "transpose", "Transpose": "transpose",
                   "view": "reshape"}
#: those of them that multiply two matrices only, never two vectors into NumPy's inner product (torch's mm, ND4J's
#: mmul): a product whose sizes do not fit is refused
MATRIX_ONLY_PRODUCTS = ("mm", "mmul")
#: an array's methods of one argument that are an operator entry by entry (PyTorch's and ND4J's x.mul(v), x.add(v),
#: x.sub(v), x.div(v); Rust's x.sub(&v)): syntax_arrays.ENTRYWISE_OPERATORS reads each (multiply is no such method:
#: the matrix product in some libraries, Apache Commons' RealMatrix.multiply among them)
ENTRYWISE_METHODS = ("mul", "add", "sub", "div")
#: PyTorch's method bounding each entry, z.clamp(min=0): max(z, 0) (syntax_arrays.clamped)
CLAMP = "clamp"
#: those a transpose's method writes with empty parentheses, x.t() and x.T(): x^T, as NumPy's x.T (typography)
TRANSPOSE_METHODS = tuple(name for name, meaning in METHOD_SYNONYMS.items() if meaning == "transpose")
FRAMEWORKS = ("torch", "tf", "tensorflow")
#: their powers of two arguments, pow(u, v) = u^v
CODE_POWERS = ("pow", "power")
#: and the powers a value's method writes, Rust's x.powi(2) and x.powf(0.5) beside them (syntax_value_methods.py)
VALUE_POWERS = (*CODE_POWERS, "powi", "powf")
#: their products of two arrays, np.dot(u, v): the inner product of two vectors, else the matrix product
CODE_PRODUCTS = ("dot", "matmul")
# Names of plain text's functions that mean something else in code: np.max(u) is the largest entry of u, not
# max(0, u) (that is np.maximum); H and step are no module's functions.
_OTHER_IN_CODE = ("max", "H", "step")
#: an object whose attributes code writes after a dot: self.w1 is an attribute, never self times w1
CODE_OWNERS = ("self", "this", "model", "net", "layer")
# a name as code writes it, with at least one underscore: grad_y1_out, der_cost_W1 (of der_cost_W1_{jk})
_IDENTIFIER = lazy_pattern(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")
# a code name opening with a function's name and an underscore, then a word (prod_escalar, sum_errors, exp_term): one
# name, never the product or sum sign with a subscript (sum_i, sum_ij, log_2 keep theirs)
FUNCTION_PREFIXED = lazy_pattern(r"(?:prod|sum|exp|log)_[A-Za-z][A-Za-z0-9]{2,}(?:_[A-Za-z0-9]+)*",
                                 needs=("exp", "log", "prod", "sum"))
# a pattern opening so or with a function word (f_derivative, f an activation): one name, f(z) staying the function
_WORDS = "|".join(re.escape(word) for word in NAMED_FUNCTIONS if len(word) > 2 and word != "sigma")  # \sigma_{out}
_PATTERN_PREFIXED = lazy_pattern(rf"(?:prod|sum|{_WORDS})_[A-Za-z][A-Za-z0-9]{{2,}}(?:_[A-Za-z0-9]+)*")


def code_identifier(pattern: str) -> str | None:
    """The code name a notation's pattern starts with, where the pattern can be read no other way: two
    underscores or more (``grad_y1_out``), a function's name and a word (``exp_term``, ``f_derivative``), or
    one and then a script of its own (``der_W1_{jk}``, ``grad_h1[0]``); None for any other (``h1_in``: h1, sub in)."""
    match = _IDENTIFIER.match(pattern)
    if match is None:
        return None
    name, rest = match.group(0), pattern[match.end():]
    if name.count("_") >= 2 or rest.startswith(("_{", "[")) or _PATTERN_PREFIXED.fullmatch(name):
        return name
    return None


def peeled_code_name(parts: list[str], names) -> tuple[list[str], list[str]] | None:
    """A name's parts (``delC``, ``_``, ``deltheta``, ``_``, ``2``, ``_``, ``11``) as the longest code name the notation
    gives (one with an underscore or a dot, ``delC_deltheta``) and the parts after it, its subscripts (``2``,
    ``11``); None where no such name starts the parts."""
    end = len(parts)
    while end >= 4 and parts[end - 2] == "_" and re.fullmatch(r"[A-Za-z0-9]+", parts[end - 1]):
        end -= 2
        prefix = "".join(parts[:end])
        if prefix in names and ("_" in prefix or "." in prefix):
            return parts[:end], [parts[k] for k in range(end + 1, len(parts), 2)]
    return None


def code_written(sym) -> str:
    """A dotted name as code writes it, its indices in brackets where they stand: ``inputNodes[n].weight[j]`` for
    the base ``inputNodes[].weight`` with the subscript ``n,j``; any other symbol's text."""
    if "[]" not in sym.base:  # R's nn$post[[i]] (the subscript [i]) as R writes it
        return f"{sym.base}[{sym.sub}]" if re.fullmatch(r"\[[^\[\]]+\]", sym.sub) and not sym.sup else sym.text()
    indices = sym.sub.split(",")
    inner = sym.base.count("[]")
    parts = sym.base.split("[]")
    written = "".join(part + (f"[{indices[k]}]" if k < inner else "") for k, part in enumerate(parts))
    return written + "".join(f"[{index}]" for index in indices[inner:])


def code_function(attribute: str) -> str | None:
    """The function ``module.attribute`` is: the plain-text function of that name (exp, log, sqrt, abs, each
    activation by its registry name), ``maximum`` as max(0, u), ``minimum`` as min, ``absolute`` and ``fabs`` as
    abs; None for any other."""
    if attribute == "maximum":
        return "max"
    if attribute == "minimum":  # np.minimum(1, u): the smaller of two, entry by entry
        return "min"
    if attribute in ("absolute", "fabs"):  # np.absolute(u), math.fabs(u): |u|
        return "abs"
    return None if attribute in _OTHER_IN_CODE else NAMED_FUNCTIONS.get(attribute)
