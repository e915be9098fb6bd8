"""Code's forms inside a formula's text, rewritten before it is read (a part of typography.clean): a dot glued
between two factors as their product, code's calls on arrays as NumPy's (Julia's ``exp.(u)``, R's ``%*%``, the
method product ``x.dot(w)``), code's names and keyword arguments that LaTeX wraps in ``\\text``
(``\\operatorname{np.sum}(u, \\operatorname{axis}=1)``), a relation written across two lines, and a MATLAB line
of code commented out whose left side the notation names (check_homework's, uncommented_statements); a formula
inside code's strings (a docstring, a print call's, a string literal) is typography_strings'. A function looked up
by a name built at run time (Julia's ``eval(Symbol(...))``, Python's ``getattr``) is refused: which function it calls
is not written; so is Octave's call indexed at once with a colon, ``eye(n)(labels, :)`` (the one-hot rows of class
labels, which no notation names).

String rewriting over a bounded text, as the rest of typography: nothing is evaluated.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern, longest_first
from .brackets import call_arguments
from .code_names import (CLAMP, CODE_MODULES, ENTRYWISE_METHODS, JAVASCRIPT_DECLARATION, METHOD_SYNONYMS,
                         TRANSPOSE_METHODS, erlang_math_spelled)
from .comment_marks import COMMENTED_STATEMENT
from .function_words import DERIVATIVE_WORDS, EITHER_WORDS, NAMED_FUNCTIONS
from .quantities import ENTRYWISE_STAR, OCTAVE_PRODUCT, FormulaError, short
from .syntax_arrays import ARRAY_METHODS, CASTS, R_AXIS_SUMS
from .syntax_code_calls import STATIC_CLASS
from .syntax_value_methods import VALUE_METHODS_OF_ONE
from .typography_comments import PROSE_WORDS, arguments_closed
from .typography_unicode import ascii_spelled

# what a dot may start other than a product: an array's method or attribute (x.reshape(-1), (u > 0).astype(...)), a
# value's math method with an argument (Rust's (1.0 - x).powi(2), (-x).max(0.0), Eigen's (a - y).cwiseProduct(s):
# syntax_value_methods)
_ATTRIBUTES = (*ARRAY_METHODS, *METHOD_SYNONYMS, *ENTRYWISE_METHODS, *CASTS, "astype", CLAMP, "T", "shape",
               "size", "ndim", "item", *VALUE_METHODS_OF_ONE)
# commands that follow a sentence's full stop, or join factors themselves, rather than start a factor after a dot
_NO_FACTOR = ("quad", "qquad", "text", "end", "right", "tag", "label", "hspace", "mbox", "hbox", "newline", "hfill",
              "nonumber", "notag", "vspace", "eqno", "cr", "cdot", "times", "odot", "circ", "ast", "otimes", "div", "pm", "leq", "geq", "neq", "approx", "to", "rightarrow",
              "leftarrow", "Rightarrow")
_COMMAND = r"\\(?!(?:%s)(?![A-Za-z]))[A-Za-z]" % "|".join(_NO_FACTOR)
# a dot glued after a closing parenthesis, a brace or a transpose (x^T.w), before a name, a parenthesis or a
# command (after a name's letter or digit, before a parenthesis or a command only: self.w1 and np.sum stay names),
# as code-like notes write the product: (Z_2 - y).Z_1, \frac{\partial J}{\partial Z}.\frac{\partial Z}{\partial W},
# A_2.(1 - A_2); never a method, an attribute nor a call with nothing in its parentheses (x.exp()), a decimal (}.5)
# or a full stop (nor a dot at a line's end: the next line may be another formula), nor Go's exported method glued to
# its parenthesis (a.T().Dot(b): a method the notation may declare, syntax_code_calls.declared_method)
_AFTER_FACTOR = (r"(?:(?<=[)}])|(?<=\^T))\.(?![ \t]*(?:%s)(?![A-Za-z0-9_]))(?![A-Za-z_]\w*\(\))(?![A-Z][a-z]\w*\()"
                 r"(?=[ \t]*(?:[A-Za-z(]|%s))" % ("|".join(_ATTRIBUTES), _COMMAND))
# (and a dot spaced after a name and glued to another, X .dz as a page rendered X·dz: no method's nor a sentence's;
# never before a call, (t_j - o_j) .f'(a_j), where a page's broken markup may have cut the formula)
_SPACED_BEFORE = r"(?<=[A-Za-z0-9])[ \t]+\.(?!(?:%s)(?![A-Za-z0-9_]))(?=[A-Za-z]\w*(?![\w('{]))" % "|".join(_ATTRIBUTES)
_GLUED_DOT = lazy_pattern(_AFTER_FACTOR + r"|(?<=[A-Za-z0-9])\.(?=[ \t]*(?:\(|%s))|" % _COMMAND + _SPACED_BEFORE)
# code inside \text{...} (\operatorname and \mathrm are \text by now): a module's function, a keyword argument
# and its truth value, each as the plain code reads it
_TEXT_CODE_NAME = lazy_pattern(r"\\text\s*\{\s*((?:%s)\.[A-Za-z_]\w*)\s*\}" % "|".join(CODE_MODULES), needs=("\\text",))
# a module's call in \text{...} as a whole member, \text{dZ2} = \text{np.multiply(dA2, np.int64(A2 > 0))}: the code
# (a member: at the text's start or after =, before = or its end), its names with digits whole as \text{dZ2} is
_TEXT_CODE_MEMBER = lazy_pattern(r"(^|=)(\s*)\\text\s*\{\s*((?:%s)\.[A-Za-z_]\w*\s*\([^{}]*\))\s*\}(?=\s*(?:=|$))"
                                 % "|".join(CODE_MODULES), needs=("\\text",))
# code's name with digits (dA2, W_1), not a module's attribute (np.int64) nor a call
_CODE_NAME_WITH_DIGITS = lazy_pattern(r"(?<![\w.])([A-Za-z_]\w*\d\w*)(?![\w.(])")
# R's call of one name in \text{...}, \text{t(hidden.layer)}, \text{colSums(dscores)}: the call as plain code, its
# argument's name whole as \text{hidden.layer} is (sample_calls.r_transpose_both_ways reads t(...) both ways)
_TEXT_R_CALL = lazy_pattern(r"\\text\s*\{\s*(t|%s)\s*\(\s*([A-Za-z][\w.]*)\s*\)\s*\}" % "|".join(R_AXIS_SUMS),
                            needs=("\\text",))
_TEXT_KEYWORD = lazy_pattern(r"\\text\s*\{\s*(axis|keepdims)\s*\}(?=\s*=)", needs=("\\text",))
_TEXT_TRUTH = lazy_pattern(r"(?<==)(\s*)\\text\s*\{\s*(True|False)\s*\}", needs=("\\text",))
# a line that ends with = before one that begins with = (a code block's chain, "W^T @ dz =" then "= [ ... ]"):
# one relation, never code's == (glued) nor <=, >=, != or :=
# (a display's closing $$ or \] after the first =, and the next display's opening before the second, the same chain:
# $$A = B =$$ then $$= C$$ is $$A = B = C$$)
_SPLIT_RELATION = lazy_pattern(r"(?<![=<>!:])=[ \t]*(?:(\$\$|\\\])[ \t]*)?\r?\n\s*(?(1)(?:\$\$|\\\[)[ \t]*)=(?![=>])",
                               needs=("\n",))
# JavaScript's declaration keyword before a name and its assignment, var delta = ..., let, const, and pseudo-code's
# SET error = ..., LET, set: code's, no factor; so is the return of an assignment (Java's, C's, JavaScript's
# return delta = ...;, which assigns the name and returns its value): the claim is the assignment
_DECLARATION = lazy_pattern(rf"^([ \t]*)(?:{JAVASCRIPT_DECLARATION}|set|SET|Set|LET|Let|return)[ \t]+"
                            r"(?=[A-Za-z_$][\w$]*[ \t]*=(?!=))", re.M,
                            needs=("LET", "Let", "SET", "Set", "const", "let", "return", "set", "var"))

# a method called on an object's dotted name in parentheses, Nielsen's (self.cost).delta(z, a, y) (network2.py: the
# cost class's own delta): no product, and an array's method ((self.W).dot(x)) excepted
_PARENTHESISED_OBJECT = lazy_pattern(r"\(\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)\s*\)\.(?!(?:%s)\()([A-Za-z_]\w*)\("
                                     % "|".join(_ATTRIBUTES), needs=(").",))


def code_products(text: str) -> str:
    """``(Z_2 - y).Z_1`` as ``(Z_2 - y) \\cdot Z_1``: a dot glued between two factors is the product sign, as
    plain text's spaced ``(a - y) . f'(z)`` is (typography.clean), and so is one spaced after a factor and glued to a
    name (``X .dz``); FormulaError for a method of an object in parentheses (``(self.cost).delta(z, a, y)``);
    ``\\operatorname{np.sum}(u, \\operatorname{axis}=1, \\operatorname{keepdims}=\\operatorname{True})`` as
    ``np.sum(u, axis=1, keepdims=True)``."""
    text = _TEXT_CODE_MEMBER.sub(lambda match: match.group(1) + match.group(2)
                                 + _CODE_NAME_WITH_DIGITS.sub(r"\\text{\1}", match.group(3)), text)
    text = _TEXT_CODE_NAME.sub(r"\1", text)
    text = _TEXT_R_CALL.sub(r"\1(\\text{\2})", text)
    text = _TEXT_KEYWORD.sub(r"\1", text)
    text = _TEXT_TRUTH.sub(r"\1\2", text)
    if (method := _PARENTHESISED_OBJECT.search(text)) is not None:
        owner, word = method.group(1), method.group(2)
        raise FormulaError(f"formula {short(text)}: ({owner}).{word}(...) is a method of the object {owner}, whose"
                           " definition check does not see; write the formula it returns in the notation's names")
    return _GLUED_DOT.sub(r" \\cdot ", text)


# Julia's broadcast call of a function the reader names, exp.(-x), \\sigma.(z), and of an activation's derivative by
# code's word for it, relu_derivative.(Z1), sigmoid_prime.(z) (group 1 the function)
_BROADCAST_CALL = lazy_pattern(r"(?<![\w.\\])(\\?(?:%s))\.\((?!\))" % "|".join(
    re.escape(word) for word in sorted({*NAMED_FUNCTIONS, *DERIVATIVE_WORDS, *EITHER_WORDS},
                                       key=longest_first) if len(word) > 2),  # (H.(1 - H) may be a product)
    needs=(".(",))


def _static_product(match: re.Match) -> bool:
    """Whether ``match`` (of _METHOD_PRODUCT) is a class's static product, ``Matrix.dot(a, b)``: a capitalised
    name (STATIC_CLASS) and two arguments at the top level of its parentheses."""
    if not STATIC_CLASS.fullmatch(match.group(1)):
        return False
    arguments = call_arguments(match.string, match.end() - 1)
    return arguments is not None and len(arguments) == 2


# Python's transpose after a name, a closing bracket or a digit, x.T, a transpose's method with empty parentheses
# (PyTorch's and Rust's x.t(), Gonum's x.T(): TRANSPOSE_METHODS), and the method's word written without them, as Ruby
# and Scala call a method of no argument and pseudo-code writes a property (Ruby's m.transpose, w.Transpose): never
# a code module's function (np.transpose, whose argument may follow a \text's brace) nor before a parenthesis, where
# the word is a call with arguments (x.transpose(0, 1)); nor .T glued to an argument's parenthesis, a class's static
# helper named T (JavaScript's NeuralNetwork.T(h), which the notation declares), no array's transpose being callable
_TRANSPOSE = lazy_pattern(r"(?<=[A-Za-z0-9)\]}])\.(?:(?:%s)\(\)|T(?![A-Za-z0-9]|\([ \t]*[^\s)])"
                          r"|%s[Tt]ranspose(?![\w(]|[ \t]*\())"
                          % ("|".join(TRANSPOSE_METHODS), "".join(rf"(?<!\b{module}\.)" for module in CODE_MODULES)),
                          needs=("()", "T", "ranspose"))


# a number just before a match of _TRANSPOSE: its digits (a decimal's too) after no name's letter, underscore or dot
_NUMBER_BEFORE = lazy_pattern(r"(?<![\w.])\d+(?:\.\d*)?$")


def method_transposes(text: str) -> str:
    """NumPy's ``W.T``, PyTorch's ``w2.t()``, Gonum's ``m.T()`` and Ruby's ``m.transpose`` as ``W^T``: the
    transpose. FormulaError for a number's ``.T`` (``2.T``): Python's numbers have no .T (2.T is no expression at all),
    NumPy's transpose of a number (np.float64(2).T) is the number, and a page that writes a period for the product
    means 2 times T; which one is meant is not said."""
    for match in _TRANSPOSE.finditer(text):
        if match.group(0) == ".T" and (number := _NUMBER_BEFORE.search(text, 0, match.start())) is not None:
            written = number.group(0) + ".T"
            raise FormulaError(f"formula {short(text)}: {written} is a number's .T, which Python's numbers do not have"
                               f" (NumPy's transpose of a number leaves the number), while a period between a number"
                               f" and a letter may be a page's product: write {number.group(0)}*T for the product, or"
                               f" {number.group(0)} alone")
    return _TRANSPOSE.sub("^T", text)


# Pascal's (Delphi's) sqr(u), the square of u, in a text assigning with Pascal's := (a name, an index or a call's
# parenthesis before it): BASIC's Sqr is the square root, so sqr is read only where the text is Pascal's
_PASCAL_ASSIGNMENT = lazy_pattern(r"[\w\])][ \t]*:=", needs=(":=",))
_PASCAL_SQR = lazy_pattern(r"(?<![\w.\\])sqr(?=[ \t]*\()", needs=("sqr",))


# an array's method product, x.dot(w): the owner (a name, dotted or with code's indices) and the method
_METHOD_PRODUCT = lazy_pattern(r"(?<![\w.^])([A-Za-z_][\w.]*(?:\[[^\[\]]*\])*)\.(dot|matmul)\(")


def array_calls(text: str) -> str:
    """Code's calls on arrays as the calls syntax_code reads: Julia's broadcast call of a function the reader names,
    ``exp.(u)`` (``relu_derivative.(Z1)``), as ``exp(u)``; Pascal's ``sqr(u)`` (where the text assigns with ``:=``) as ``square(u)``; Erlang's ``math:exp(X)`` (Elixir's ``:math.exp(x)``) as ``math.exp(X)``; R's matrix product ``h %*% w2`` as NumPy's ``h @ w2``; Scala Breeze's product entry
    by entry ``a *:* b`` as ``a \\odot b``; NumPy's method product
    ``x.dot(w)`` as ``np.dot(x, w)``."""
    # Julia's exp.(u), log.(z): the function of each entry, as exp(u) reads (never the product a glued dot is after a
    # quantity's name, a.(1 - a))
    text = _BROADCAST_CALL.sub(r"\1(", text)
    if _PASCAL_SQR.search(text) and _PASCAL_ASSIGNMENT.search(text):
        text = _PASCAL_SQR.sub("square", text)  # Pascal's E1:=(sqr(t - o)/2): the square, as code's square(u) is
    text = erlang_math_spelled(text)  # Erlang's math:exp(X), Elixir's :math.exp(x): math.exp, as code's modules are
    text = text.replace("%*%", " @ ")  # R's matrix product, h %*% w2: NumPy's @ (np.dot), the same product
    text = text.replace("*:*", r" \odot ")  # Scala Breeze's product entry by entry, a *:* b: a \odot b
    # NumPy's method product, x.dot(w) (also self.W1.dot(x), w[0].dot(x)): np.dot(x, w), which syntax_code reads
    # (never of a module, tf.matmul(u, v) or tf.linalg.matmul(u, v): the module's function, no object's method)
    # (nor a class's static product of two, Matrix.dot(a, b): syntax_code_calls.static_call's)
    return _METHOD_PRODUCT.sub(lambda match: match.group(0) if match.group(1).split(".")[0] in CODE_MODULES
                               or _static_product(match) else f"np.{match.group(2)}({match.group(1)}, ", text)


# Python's (and C macros', shells') explicit line continuation: one backslash (no row break's \\ before it) ending a
# line inside an unfinished statement, the text before it ending with a binary operator, an opened bracket, a comma or
# a relation, or the next line opening with a binary operator (PEP 8's "a \ + b"); a backslash after a finished
# member may end a statement (Markdown's line break between two formulas) as well: refused. A star may already be
# Octave's or code's entrywise one (code_language: OCTAVE_PRODUCT, ENTRYWISE_STAR)
_STARS = re.escape(OCTAVE_PRODUCT + ENTRYWISE_STAR)
_CONTINUED_LINE = lazy_pattern(r"(?:(?<=[-+*/@%%=(\[,<>%s])[ \t]*)(?<!\\)\\[ \t]*\n[ \t]*"
                               r"|(?<!\\)\\[ \t]*\n[ \t]*(?=(?:[-+*/@%%%s]|\*\*)[ \t]*[\w(\[.])" % (_STARS, _STARS))
_LINE_END_BACKSLASH = lazy_pattern(r"(?<!\\)\\[ \t]*\n[ \t]*\S")
_TEX_COMMAND = lazy_pattern(r"\\[A-Za-z]{2,}")


def continued_statements(text: str) -> str:
    """A statement continued on the next line by a backslash ending its line (``delta = err * \\`` then
    ``    out * (1 - out)``) as one line, the backslash and the indentation a space: Python's explicit line
    continuation, and TeX's control space where the backslash ends a line of mathematics. Only inside an unfinished
    statement (:data:`_CONTINUED_LINE`); FormulaError for a backslash ending a line of code after a finished member,
    which may continue the statement (Python) or break the line between two (Markdown); in a text of TeX commands it
    is TeX's control space, left to the rows' reading."""
    if "\\" not in text or "\n" not in text:
        return text
    text = _CONTINUED_LINE.sub(" ", text)
    if _LINE_END_BACKSLASH.search(text) and not _TEX_COMMAND.search(text):  # (in TeX, a control space: as written)
        raise FormulaError(f"formula {short(text)}: a backslash ends a line after a finished member, a statement"
                           " continued (Python's \\ at a line's end) or two lines (Markdown's line break); check reads"
                           " the continuation after an operator (a * \\ then b) or before one (a \\ then * b)")
    return text


# a trailing comma ending a line, the call's (or the list's) closing bracket opening the next: gofmt's layout of a
# call broken over lines (Go requires the comma there), black's and rustfmt's too
_TRAILING_COMMA = lazy_pattern(r"(?<=[^\s,]),[ \t]*(?=\n[ \t]*[)\]])", needs=(",",))


def without_trailing_commas(text: str) -> str:
    """``f(`` then ``x,`` then ``)`` on three lines as without the comma: a comma ending the last argument's line
    before the closing bracket on a line of its own (:data:`_TRAILING_COMMA`) separates nothing; a comma before a
    bracket on its line (``f(x,)``) stays as written."""
    return _TRAILING_COMMA.sub("", text) if "\n" in text else text


def one_relation_across_lines(text: str) -> str:
    """``A =`` ending a line and ``= B`` beginning the next as ``A = B``: one relation written on both lines, also
    across two displays (``$$A = B =$$`` then ``$$= C$$``, ``\\[ ... =\\]`` then ``\\[= ...\\]``)."""
    return _SPLIT_RELATION.sub("=", text)


def without_declaration(text: str) -> str:
    """``var delta = a - y;`` as ``delta = a - y;``: JavaScript's var, let or const (pseudo-code's SET, LET)
    declaring the name its assignment's left side is (a line's first word, then a name and ``=``), and ``return``
    before an assignment (``return delta = a - y;``), whose claim is the assignment."""
    return _DECLARATION.sub(r"\1", text)


# a null assertion after a name of code (two characters or more, or any name with Kotlin's !!) or an index: Dart's,
# Swift's and TypeScript's learningRate!, Kotlin's x!! (never !=, Julia's push!(...), a factorial n! of one letter)
_NULL_ASSERTION = lazy_pattern(r"(?:(?<=[A-Za-z_$][\w$])|(?<=[\w\]])(?=!!))!!?(?![=\w(!])", needs=("!",))


# a Lisp's name ending in ! at a form's head, Racket's (set! w ...): no null assertion (batch 144's q4-rk-w)
_LISP_BANG = lazy_pattern(r"\([A-Za-z][\w-]*!\s+[A-Za-z(]", needs=("!",))


def without_null_assertions(text: str) -> str:
    """``learningRate!``, ``x!!`` as ``learningRate``, ``x``: a null assertion (_NULL_ASSERTION) is the value itself
    (batch 180's dt-w), where the text is code (no TeX command: there ``n!`` would be a factorial)."""
    return text if "!" not in text or _TEX_COMMAND.search(text) or _LISP_BANG.search(text) \
        else _NULL_ASSERTION.sub("", text)


# a function looked up by a name built at run time: Julia's eval(Symbol(layer.act, "_prime")), Python's getattr(self,
# name + "_prime") and eval("..."): which function is called is not written
_RUN_TIME_NAME = lazy_pattern(r"(?<![\w.$\\])(?:eval|getattr|Symbol)[ \t]*\(", needs=("Symbol", "eval", "getattr"))


def run_time_names_refused(text: str) -> str:
    """``text`` as it is; FormulaError where it calls a function by a name built at run time (_RUN_TIME_NAME)."""
    found = _RUN_TIME_NAME.search(text)
    if found is not None:
        raise FormulaError(f"formula {short(text)}: {found.group(0).rstrip('( ')}(...) looks a function up by a name"
                           " built when the code runs (metaprogramming), so which function it calls is not written;"
                           " write the function by its own name, e.g. f_prime(u) with f_prime in the notation's"
                           " functions")
    return text


# Octave's call indexed at once, its result's rows or columns taken with a colon: eye(n)(k, :) the unit matrix's row k
# (counted from 1), a one-hot vector; f(x)(:, 2) (parentheses after a call elsewhere are a product, f(x)(1 - y))
_INDEXED_CALL = lazy_pattern(r"(?<![\w.\\])(?P<call>(?P<name>[A-Za-z_]\w*)\([^()\n]*\))[ \t]*\((?P<index>[^()\n]*)\)",
                             needs=("(",))


def indexed_calls_refused(text: str) -> str:
    """``text`` as it is; FormulaError where a call's result is indexed at once with a colon (_INDEXED_CALL), Octave's
    ``eye(num_classes)(labels, :)``: the unit matrix's rows picked by the class labels (the one-hot targets), which
    are no quantity of the notation."""
    for found in _INDEXED_CALL.finditer(text) if ":" in text else ():
        if ":" not in [part.strip() for part in found.group("index").split(",")]:
            continue
        call, index = found.group("call"), " ".join(found.group("index").split())
        one_hot = " (the unit matrix's rows, counted from 1: one-hot vectors of the class labels)" \
            if found.group("name") == "eye" else ""
        raise FormulaError(f"formula {short(text)}: {call}({index}) indexes a call's result at once, Octave's{one_hot},"
                           " which check does not read: what it indexes by is no quantity of the notation; name the"
                           f" result in the code (T = {call}({index});) and give that name its quantity in the"
                           " notation's [notation.symbols] (one-hot targets as rows: \"T\" = \"y[:].T\")")
    return text


# a code name holding a Greek letter or ∂ in a field after a name's dot, Julia's nn.δ[l] and nn.∂C∂b[l], which the
# typesetting of Unicode would part (never before a prime or a call, delta.σ'(z): a product). A name of two ∂ alone,
# ∂C∂a, is left to the reader: rendered KaTeX flattens a fraction so too, denominator first (∂z∂L for dL/dz)
_UNICODE_FIELD = lazy_pattern(r"(?<![\w.\\])(?P<owner>[A-Za-z_]\w+)\.(?P<field>[\u0370-\u03ff∂∇][\w∂]*)(?!['(\w∂])")


def unicode_fields_refused(text: str) -> str:
    """``text`` as it is; FormulaError where a code name's field holds a Greek letter or ∂ (_UNICODE_FIELD): the reader
    sets δ as TeX's \\delta, so nn.δ[L] would read as nn times δ_L."""
    found = _UNICODE_FIELD.search(text)
    if found is None:
        return text
    owner, field = found.group("owner"), found.group("field")
    ascii_field = ascii_spelled(field)
    raise FormulaError(f"formula {short(text)}: {owner}.{field} is a code name whose field holds a Greek letter or ∂,"
                       f" which check reads as one name only where the notation names it (else it would be {owner}"
                       f" times {field}); give it the quantity it stands for in the notation's [notation.symbols],"
                       f" \"{owner}.{field}\" = \"...\" (or write the field in ASCII letters, {owner}.{ascii_field})")


# a code name with a double underscore inside it, a notebook's d_L__d_o (dL/do), which the notation does not name (a
# name it names is spelled before this, Notation.with_code_names_spelled): TeX would read a double subscript
_DOUBLE_UNDERSCORE_NAME = lazy_pattern(r"(?<![\w.\\])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*",
                                       needs=("__",))


# a code word of Latin letters and several underscores holding an accented one, gradienten_för_denna_vikt, which the
# notation does not name (a name it names is spelled in ASCII before this): the accent is typeset as TeX's, which
# would part it. A Greek letter's, δ_próxima_camada, is the letter with its subscript word, as a notation writes it
_ACCENTED_CODE_NAME = lazy_pattern(r"(?<![\w.\\])(?=[\w]*[À-ÖØ-öø-ɏ])[A-Za-zÀ-ÖØ-öø-ɏ]\w*(?:_[^\W_]+){2,}(?!\w)")


def double_underscore_names_refused(text: str) -> str:
    """``text`` as it is; FormulaError where it writes a code name with a double underscore inside it
    (_DOUBLE_UNDERSCORE_NAME), which is no symbol of the grammar, or a code word of several underscores holding an
    accented letter (_ACCENTED_CODE_NAME), which the reader would part at its accent: one name only where the notation
    gives it."""
    found = _DOUBLE_UNDERSCORE_NAME.search(text)
    accented = _ACCENTED_CODE_NAME.search(text) if found is None else None
    if found is None and accented is None:
        return text
    name = (found or accented).group(0)
    what = "with a double underscore" if found else "with letters outside ASCII"
    raise FormulaError(f"formula {short(text)}: {name} is a code name {what}, which check reads as one name only where"
                       f" the notation names it{' (TeX has no double subscript)' if found else ''}; give it the"
                       f" quantity it stands for in the notation's [notation.symbols], \"{name}\" = \"...\"")


def uncommented_statements(text: str, named: Callable[[str], bool]) -> str:
    """``text`` with each MATLAB line of code commented out (``%     z1 = W2(2:end) .* del2;``: after ``%``, a name
    (its index in parentheses or none), ``=``, an expression without TeX's backslash, the statement's ``;``, no prose)
    whose left side is a name ``named`` says the notation gives, as its statement: still a formula its author wrote.
    Any other ``%`` line stays: code taken out (a name the notation does not give), a remark, MATLAB's comment holding
    a claim, or TeX's comment, as code_comments reads it."""
    if "%" not in text:
        return text
    return COMMENTED_STATEMENT.sub(lambda match: match.group(1) if named(match.group(2)) and not PROSE_WORDS.search(
        arguments_closed(match.group(1))) else match.group(0), text)


# Julia's broadcast macro @. before an expression (delta = @. a * (1 - a) * (a - y)): at a statement's start, after
# its = or an opening parenthesis, a space after it (never Python's matrix product @ before a number's point)
_BROADCAST_MACRO = lazy_pattern(r"(?:^[ \t]*|(?<=[=(,;])|(?<=[=(,;][ \t]))@\.[ \t]+", re.MULTILINE, needs=("@.",))
# what @. changes beyond the operators: a transpose ' becomes adjoint.(u), each entry's own (no transpose), a reduction
# sum.(u) each entry alone, and $ keeps a call from being broadcast: check reads none of these under @.
_UNDER_MACRO_REFUSED = lazy_pattern(r"(?<=[\w)\]])'|\$|(?<![\w.])(?:sum|mean|prod|maximum|minimum|length|size|"
                                    r"transpose|adjoint)\(")


def julia_broadcasts(text: str) -> str:
    """``text`` with Julia's ``@. expr`` as ``expr`` with each ``*``, ``/`` and ``^`` its entrywise operator (``.*``,
    ``./``, ``.^``: @. makes every operator and call in expr entrywise; + and - of vectors are so already, and a call
    of an activation on a vector is read entry by entry), expr running to the parenthesis that closes around the macro,
    a ``;`` or the line's end. A transpose, a sum or another reduction, or ``$`` under it is refused in one line."""
    if "@." not in text:
        return text
    for _ in range(text.count("@.")):
        found = _BROADCAST_MACRO.search(text)
        if found is None:
            return text
        end, depth = found.end(), 0
        while end < len(text) and text[end] not in ";\n" and depth >= 0:
            depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(text[end], 0)
            end += 1 if depth >= 0 else 0
        body = text[found.end():end]
        if (refused := _UNDER_MACRO_REFUSED.search(body)) is not None:
            raise FormulaError(f"formula {short(text)}: {refused.group(0)!r} under Julia's @., which broadcasts it too"
                               " (a transpose becomes each entry's adjoint, a sum each entry alone); write the line"
                               " with dotted operators, .* ./ .^, and the transpose or sum outside them")
        body = re.sub(r"(?<![.*])\*(?!\*)", " .* ", body)
        body = re.sub(r"(?<![./])/(?!/)", " ./ ", body)
        body = re.sub(r"(?<!\.)\^", ".^", body)
        start = found.start() + len(found.group(0)) - len(found.group(0).lstrip(" \t"))  # (the indentation kept)
        text = text[:start] + body + text[end:]
    return text
