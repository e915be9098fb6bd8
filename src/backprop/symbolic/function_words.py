"""The words and commands a formula names functions by, and what they are: LaTeX's commands (``\\sigma``,
``\\exp``: FUNCTIONS), words (each activation by its registry name and its other names, the mathematical functions:
NAMED_FUNCTIONS), and code's words for an activation's derivative (``sigmoid_prime``, ``dsigmoid``,
``tanh_deriv``) or a loss's (``mse_prime``), with an activation's flag argument (``f(x, deriv=True)``). The one
table: the parser (syntax.Parser), typography, the notation and the readings all read it.
"""

from __future__ import annotations

from ..activations import ACTIVATIONS, ALIASES
from ..losses import LOSSES

#: The activations written as LaTeX commands (their registry entries say which, e.g. \sigma): command -> name
ACTIVATION_COMMANDS = {entry.latex: name for name, entry in ACTIVATIONS.items()
                       if not entry.latex.startswith(r"\operatorname")}
# Functions written as LaTeX commands: the activations' own and the mathematical ones.
FUNCTIONS = {**ACTIVATION_COMMANDS, r"\exp": "exp", r"\log": "log", r"\ln": "log", r"\max": "max",
             r"\sinh": "sinh", r"\cosh": "cosh", r"\sech": "sech", r"\operatorname{sech}": "sech"}
#: The activation \sigma stands for (homework also writes it sigma(u)).
SIGMA = FUNCTIONS.get(r"\sigma")
# Function names written as words (\text{...}, or plain text), and what they are: every activation
# by its name and its other names (the registry's), its command without the backslash, and the
# mathematical functions. Longest first: a run of letters reads as the longest name it starts with.
_WORDS = {**{name: name for name in ACTIVATIONS}, **ALIASES,
          **{command[1:]: name for command, name in ACTIVATION_COMMANDS.items()},
          "exp": "exp", "log": "log", "ln": "log", "max": "max", "Heaviside": "heaviside", "H": "heaviside",
          "step": "heaviside", "sqrt": "sqrt", "sech": "sech", "cosh": "cosh", "sinh": "sinh",
          "abs": "abs",  # Python's and MATLAB's abs(u), |u|
          "square": "square",  # TensorFlow.js's and code's square(u), u^2 (entry by entry), as np.square(u) is
          "min": "min", "diag": "diag",  # min(1, u), the smaller entry by entry; diag(v), the diagonal matrix of v
          "tr": "trace", "Tr": "trace", "trace": "trace"}  # tr(Y^T log A): the sum of a square matrix's diagonal
NAMED_FUNCTIONS = dict(sorted(_WORDS.items(), key=lambda item: -len(item[0])))
# the functions whose plain name may be typed glued to what is around it: after a plain subscript, ending it
# (y_klog(p_k), syntax_scripts), and before a hatted or braced argument (ylog\hat y, syntax_symbols)
GLUED_FUNCTION_WORDS = ("log", "ln", "exp")
#: code's name of an activation's derivative at its argument (Nielsen's network.py, sigmoid_prime(z)): each
#: activation's word above with _prime
DERIVATIVE_WORDS = {f"{word}_prime": name for word, name in _WORDS.items() if name in ACTIVATIONS}
#: code's name of an element-wise activation itself with no constant of its own (def NAME(x)): a page's definition
#: of it is judged as that equality for every x (function_definitions); one with a constant (a slope, an alpha) has
#: the page's choice of it, so not these
ACTIVATION_WORDS = {word: name for word, name in _WORDS.items()
                    if name in ACTIVATIONS and ACTIVATIONS[name].elementwise and not ACTIVATIONS[name].parameters}
#: a word naming an activation's derivative, of its input or of its output as code writes either (derivative_words.py):
#: each element-wise activation's word above with _derivative, _deriv, _der, _grad or _gradient after it (or the
#: same capitalised, Octave's sigmoidGradient), d or d_ before it (_prime is Nielsen's, DERIVATIVE_WORDS; _backward is the course's dA * g'(Z) of two arguments, no
#: derivative of one); and prime glued after it, a book's sigmoidprime(z) (or sigmoidPrime), of no stated argument
EITHER_WORDS = {spelled: name for word, name in _WORDS.items() if name in ACTIVATIONS and ACTIVATIONS[name].elementwise
                for suffix in ("derivative", "deriv", "der", "grad", "gradient")
                for spelled in (f"{word}_{suffix}", f"{word}{suffix.capitalize()}", f"d{word}", f"d_{word}",
                                f"{word}prime", f"{word}Prime")}
#: code's keyword for an activation's flag argument, ``f(x, deriv=True)``: True for its derivative (the word and the
#: abbreviations authors write of it, derv, der, derivate; never a word of another meaning, grad or backward)
FLAG_KEYWORDS = ("derivative", "derivate", "deriv", "derv", "der")
#: an activation's flag argument as code writes it: True (or 1) for the derivative, False (or 0) for the function;
#: the languages' own spellings, Python's True and JavaScript's (TypeScript's, Java's, C++'s, Go's, Lua's) true
FLAG_VALUES = {"True": True, "true": True, "1": True, "False": False, "false": False, "0": False}
#: code's name of a loss's derivative by its prediction, ``mse_prime(y_true, y_pred)``: each loss's name in the
#: registry and each of its entry's code names (mse), with _prime
LOSS_DERIVATIVE_WORDS = {f"{word}_prime": name for name, loss in LOSSES.items()
                         for word in (name, *loss.code_names)}
#: words a page's own one-argument macro is named by where it stands for an operation, never for colour or emphasis
#: around a symbol (\\norm{w}, \\abs{e}, \\grad{L}, \\pd{z}, \\T{W}): every function word above, each loss's and
#: derivative's, and the operators' words; a macro whose lower-case name is one of them (or starts with one of
#: OPERATOR_MACRO_PREFIXES) is never read as the symbol it wraps (syntax_symbols.SymbolParsing.wrapped_symbol)
OPERATOR_MACRO_WORDS = frozenset(word.lower() for word in (
    *_WORDS, *DERIVATIVE_WORDS, *EITHER_WORDS, *LOSS_DERIVATIVE_WORDS, *LOSSES,
    *(word for loss in LOSSES.values() for word in loss.code_names),
    "norm", "grad", "gradient", "nabla", "diff", "d", "dd", "der", "deriv", "derivative", "pd", "pdv", "dv", "od",
    "partial", "t", "transpose", "inv", "inverse", "det", "sgn", "sign", "mean", "avg", "e", "expect", "expectation",
    "var", "cov", "p", "pr", "prob", "sum", "prod", "argmax", "argmin", "floor", "ceil", "round", "clip", "loss",
    "cost", "jac", "jacobian", "hess", "hessian", "sq", "dot", "cross", "outer", "inner", "kron", "conj", "re", "im",
    "neg", "recip", "f", "g", "h"))
OPERATOR_MACRO_PREFIXES = ("norm", "abs", "grad", "diff", "deriv", "partial", "trans", "inv", "sqrt", "exp", "log")

# the names of the one-hot vector of a label, onehot(y) (\text{one_hot}(y)), where the notation gives them none
ONE_HOT_NAMES = ("onehot", "one_hot", "OneHot")
#: a sum along an axis named in words, \text{rowsum}(\delta), colsum, row_sums, sum_rows: "row sum" reads two ways (each
#: row's sum, as R's rowSums; the sum over the rows, a mini-batch's sum over its samples), so no reading is given it
AXIS_SUM_WORD = r"(?i:(?:row|col|column)_?sums?|sum_?(?:of_?)?(?:rows|cols|columns))"
