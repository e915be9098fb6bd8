"""The nodes of a homework formula's syntax tree, its tokens, and the words it may use (functions': function_words.py).

syntax.py builds these nodes from a row of LaTeX or plain text; reading.py gives them a meaning. The
nodes are frozen dataclasses: data only, nothing here is evaluated.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields, is_dataclass

from ..expression.spelling import GREEK_LETTER_NAMES, GREEK_VARIANT_NAMES
from ..limits import LIMITS
from ..patterns import lazy_pattern
from .quantities import ENTRYWISE_STAR, HADAMARD_BEFORE_PRODUCT, OCTAVE_ENTRYWISE, OCTAVE_PRODUCT, FormulaError
from .script_letters import OTHER_SCRIPT_LETTER



# -- nodes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    pass


@dataclass(frozen=True)
class Num(Node):
    text: str                     # as written: "0.586", "1.38e-24" (from 1.38 \times 10^{-24})


#: an index position in the name of a call pattern, "List.get(outs, ·)" for "List.get(outs, i)" (notation_indices)
CALL_INDEX_MARK = "·"
#: the end of an indexed call pattern's name, "V_out(n_out)[·]" for "V_out(n_out)[i]" (notation_indices)
INDEXED_CALL_END = f")[{CALL_INDEX_MARK}]"


def is_call_name(base: str) -> bool:
    """Whether a pattern's ``base`` is a call pattern's name, ``List.get(outs, ·)`` or, indexed, ``V_out(n_out)[·]``."""
    return "(" in base and base.endswith((")", INDEXED_CALL_END))


@dataclass(frozen=True)
class Sym(Node):
    base: str                     # "O", "\\hat{y}", "SEE", "\\delta", "W2" (plain SymPy-style name)
    sub: str = ""                 # subscript as written, braces removed: "0", "ik", "k-1,j"
    sup: str = ""                 # superscript, braces and one pair of parentheses removed
    primes: int = 0
    bracket: str | None = None    # the inside of name[...] (plain SymPy-style indices)
    position: int = 0
    layered: bool = False         # the superscript was a layer in parentheses or brackets: (2), [l]
    # plain text's digits typed against the letter, z1 (not z_1): symbols.md's own name where nothing else reads it
    glued: bool = field(default=False, compare=False)
    # MATLAB's entry in parentheses, z(1) (notation_layers.parenthesised_entry): a name apart from a glued z1
    parenthesised: bool = False  # compared: a memo keyed by the symbol keeps z(2) apart from z2
    # x_{i \neq k}: the subscript i, with the case it is written for ("i!=k"; homework_cases.subscript_case)
    condition: str = field(default="", compare=False)
    # the superscript written after Python's **, P**2: a power, NumPy's of each entry where P is an array
    starred: bool = field(default=False, compare=False)
    # the identifier as written where the letter is one of a word's the parser read letter by letter (new_weights'
    # n, deltas' d: syntax_scripts.identifier_around): a refusal names the word, never its letter
    word: str = field(default="", compare=False)

    def text(self) -> str:
        if self.parenthesised and CALL_INDEX_MARK in self.base:  # a call pattern's name (notation_indices): as written
            indices = iter(self.sub.split(","))
            return re.sub(CALL_INDEX_MARK, lambda mark: next(indices, mark.group(0)), self.base)
        out = self.base + "'" * self.primes
        if self.bracket is not None:
            out += f"[{self.bracket}]"
        if self.sub:
            out += f"_{{{self.sub}}}"
        if self.sup:
            out += f"^{{{self.sup}}}"
        return out


@dataclass(frozen=True)
class Op(Node):
    kind: str                     # "+", "*", "/", "^", "neg", "dot" (\cdot), "times" (* \times), "odot"
    args: tuple
    # a power written with Python's **, a product with code's entrywise function (np.multiply, torch's .mul, a
    # declared "product"): NumPy's, entry by entry on an array (never a matrix power nor a matrix product)
    entrywise: bool = False
    # a parenthesis's superscript of one letter in parentheses, (dZ)^{(i)}: a sample's script or a power
    # (Reader.parenthesis_at_sample decides)
    sample_script: bool = False
    # a product "times" written with a star, u * v, which code (NumPy's *) and course notes (Ng's) use for the
    # entrywise one (reading_powers: no squared norm beside a vector there); how it was typed, never part of what
    # the node is (u * v and u \times v stay equal, as an ellipsis's terms compare them)
    star: bool = field(default=False, compare=False)
    # a product entry by entry where the library never broadcasts (Gonum's MulElem panics on a column and a row,
    # where NumPy makes their outer product): sizes that differ are refused, not broadcast (last: Op is built by
    # position elsewhere, Op(kind, args, entrywise, sample_script)); a str names the product (Eigen's cwiseProduct)
    strict_sizes: bool | str = False


@dataclass(frozen=True)
class Call(Node):
    name: str                     # an activation's name, "exp", "log", "max", ..., or a letter
    args: tuple
    primes: int = 0               # \sigma'(z): the derivative
    base: object = None           # log base (2 for \log_2)
    position: int = 0
    written: str = ""             # the name as written (\sigma), which a notation may give a meaning
    layer: str = ""               # \sigma'^{l}(z^l), \sigma^{[2]}(z): the layer whose activation it is
    # "either": a derivative named by a word (sigmoid_derivative(u)), at u as the input or as the output
    # (derivative_words.py)
    at: str = ""
    # a primed parenthesis in a row written as code, where ' may be the transpose (a field of its own: a place in
    # ``at`` is where a derivative is taken, which a function's derivative reads)
    coded: bool = False


@dataclass(frozen=True)
class Apply(Node):
    """``Q(args)`` where Q is a symbol: a function call, a loss named with its arguments, a quantity
    written as a function of its input, or a product; reading.py decides."""

    symbol: Sym
    args: tuple
    prime_after: bool = False     # f(x)': the symbol's prime was written after the parenthesis
    name_primed: bool = False     # (g^{[1]})'(z): the prime written on the name's parenthesis (syntax_arguments)
    spaced: bool = field(default=False, compare=False)   # a space before the parenthesis: g'_{o} (u)


@dataclass(frozen=True)
class Deriv(Node):
    of: Node | None               # None until an operator d/dv is applied to what follows
    wrt: Node
    position: int = 0
    sign: str = "partial"         # "delta": written with \delta (\frac{\delta J}{\delta W}, plain δE/δw); "subscript": \partial_w L;
    #                               "d": \frac{dE}{dw} (the fraction's d; other forms of d keep "partial")
    #                               "lone": \partial w = ..., a lone ∂X as the whole left side (of None)
    at: Node | None = None        # \frac{\partial L}{\partial w_3}(w_3^{t-1}): the point (syntax_operators.evaluation_point)


@dataclass(frozen=True)
class Nabla(Node):
    wrt: Node | None
    of: Node
    plain_wrt: bool = False       # \nabla W Loss: wrt written after \nabla, not as its subscript (read if of is the loss)
    unwritten_loss: bool = False  # \nabla_W = ...: nothing after the subscript, the loss (of) left unwritten


@dataclass(frozen=True)
class Big(Node):
    kind: str                     # "sum" or "prod"
    letters: tuple                # index letters
    lower: Node | None
    upper: Node | None
    excluded: Node | None         # \sum_{k \neq j}
    body: Node
    position: int = 0
    members: tuple | None = None  # \sum_{k \in \{1, 2, 3\}}, \sum_{k \in \{\text{cat, dog}\}}: as written
    called: bool = False          # code's sum(u), the parenthesis glued to the word: the sum of u's entries
    arrow: bool = False           # \sum_{i \to j}: letters (i, j), the units i that send to j (or those j that i sends to)
    word: str = ""                # \sum_{\text{colonnes}}: a word under the sum, no letter (sum_letterless.word_sum)
    named: str = ""               # \sum_{k \in outputs}: the set's word (sum_ranges.NamedSetReading)


@dataclass(frozen=True)
class Cond(Node):
    op: str                       # ">", "<", ">=", "<=", "=", "!="
    left: Node
    right: Node


@dataclass(frozen=True)
class ClassProbability(Node):
    """``p(y = k \\mid x; \\theta)``: the probability of the event ``y = k`` given what follows the bar."""
    symbol: Sym
    event: Cond
    given: tuple


@dataclass(frozen=True)
class Indicator(Node):
    conditions: tuple


@dataclass(frozen=True)
class Cases(Node):
    """``\\begin{cases} v_1, & \\text{if } c_1 \\\\ v_2, & \\text{otherwise} \\end{cases}``: (value, Cond or None
    for otherwise) per case, in order."""
    branches: tuple


@dataclass(frozen=True)
class Matrix(Node):
    rows: tuple                   # tuple of tuples of nodes
    listed: bool = False          # written as a list, [1, 2], with no orientation of its own (a row where vectors are)
    operand: bool = False         # numbers in parentheses inside arithmetic, (0, 0) - 0.1 (0.5, 0.5): vectors' terms


@dataclass(frozen=True)
class Entry(Node):
    """``f(u)_i``: entry i of a function's value, counted as the homework counts u's units; ``bracketed`` for code's
    index glued after the call, ``f(u)[i]`` (a code's own function returning a layer's values, ``V_out(n_out)[i]``)."""

    of: Node
    index: str
    bracketed: bool = False


@dataclass(frozen=True)
class Transpose(Node):
    of: Node
    primed: bool = False          # Octave's A1' (not ^T): read as the transpose only where of is a vector or matrix
    lettered: bool = False        # W[2]T: a T glued after a layer, read so only where the notation names no T


@dataclass(frozen=True)
class Norm(Node):
    of: Node


@dataclass(frozen=True)
class Ellipsis_(Node):
    position: int = 0


@dataclass
class Relation:
    """A row read as members joined by relations: ``A = B = C``, ``w := w - ...``."""

    members: list = field(default_factory=list)
    relations: list = field(default_factory=list)   # "=", ":=", "<-", "~", one per gap
    remark: str = ""    # the inequality closing the chain (``\\neq 1``): reported, not judged
    accumulated: bool = False  # written A += B (code): claims.py's accumulation decides between update and sum


# -- tokens ------------------------------------------------------------------------------------

#: Scientific notation's exponent glued after a number's digits (1.4e-05, 2.5E+3, 1e-3, 1.e-3: code's and a print's
#: floats): part of the number, one token (the tokens below; the printed values of typography_comments and Lisp's atoms
#: read it so too). Never glued after a name, a period or ^ (x1e5, w_1e2, 10^2e3), nor before a letter or a period and
#: a digit (1e-3x is no float of code); whether its e may be a name instead is syntax_numbers.scientific_refusal's
EXPONENT = r"[eE][-+]?\d+"
SCIENTIFIC = r"(?<![\w.^])(?:\d+\.?\d*|\.\d+)" + EXPONENT + r"(?!\w|\.\d)"

# R's $ between a list and its field, glued on both sides (nn$W, x[[1]]$e), is a symbol: it joins them into one
# name as a dotted name's period does (syntax_code), never a product (typography keeps it, dropping TeX's $).
# A number's period before an operator (NumPy's 1./m) or before a letter or command, 1.log(p), 2.\sigma(z): no
# decimal (that needs a digit after the period) and, before a name, the number times it either way, so the number
# alone, the name its factor (never a name's digits, layer1.w, nor a float's exponent, 1.e-3). Right after ^, +=, -=
# and *= are a superscript +, - or * then =, w_7^+= the new value's, w^*= the optimum's (code's += never follows ^)
# A float with a trailing point after an operator, a parenthesis or a comma, and before +, -, =, ; or the end,
# Python's -(t[0] - o[0]) + 0. and C's (1.+exp(-x)), is that number too; first on a line, 1. - ..., it is left to
# the list's number it may be
_TOKEN = lazy_pattern(r"""
    (?P<space>\s+)
  | (?P<command>\\(?:[A-Za-z]+|[{}|,;:!\ \\]))
  | (?P<number>""" + SCIENTIFIC + r"""|\d+\.(?=\s*[*/),\]]|\s+(?:if|else)(?![A-Za-z]))|(?<![\w.])\d+\.(?=\\[A-Za-z]|(?![eE][-+]?\d)[A-Za-z])
               |(?:(?<=[-+*/=(,])|(?<=[-+*/=(,]\s))\d+\.(?=\s*(?:[-+=;]|$))|\d+(?:\.\d+)?|\.\d+)
  | (?P<letter>[A-Za-z]|""" + OTHER_SCRIPT_LETTER + r""")
  | (?P<symbol>:=|<-|->|<=|>=|!=|(?<!\^)-=|(?<!\^)\+=|(?<![\^*])\*=|\*\*|[-+*/^_{}()\[\],=|'.<>!:;&@?\ue000\ue010\ue011\ue012\ue013]|(?<=[\w\]])\$(?=[A-Za-z]))
""", re.VERBOSE)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    position: int
    spaced: bool                  # whitespace before it
    starred: bool = False         # a ^ written as Python's **, a \odot as code's * on arrays (ENTRYWISE_STAR)
    before_product: bool = False  # a \circ, \odot whose right operand is the product after it (HADAMARD_BEFORE_PRODUCT)


def tokenize(row: str, where: str) -> list[Token]:
    tokens, position, spaced = [], 0, False
    while position < len(row):
        match = _TOKEN.match(row, position)
        if not match and row.startswith("\\#", position):
            # \#(k - 1): a count, the number of units of layer k - 1, which no notation names
            raise FormulaError(f"{where}: cannot read the count \\# at position {position + 1} (the number of units of"
                               " a layer): leave a sum's bound out, \\sum_j, to add over the units j indexes, or write"
                               " the layer's size")
        if not match and row[position] == "\\" and not row[position + 1:].strip():
            # a = b * \ ending the text: Python's line continuation with no line after it (a file's or a cell's end)
            raise FormulaError(f"{where}: a backslash ends the formula (position {position + 1}), a statement continued"
                               " (Python's \\ at a line's end) with no line after it; write the statement's rest on"
                               " the next line, or leave the backslash out")
        if not match and row[position] == "\uff08":
            # h = f(s) （s + c）: typography_unicode's aside, spaced after the formula at its end
            raise FormulaError(f"{where}: a group in full-width parentheses spaced after the formula (position"
                               f" {position + 1}) may be a remark or a factor; write a factor with its operator, * (...),"
                               " or the remark in words or after #")
        if not match:
            raise FormulaError(f"{where}: cannot read {row[position]!r}{_character_named(row[position])} at position"
                               f" {position + 1}; write the formula in LaTeX or plain text (+ - * / ^, \\frac, \\sum)")
        kind = match.lastgroup
        if kind == "space":
            spaced = True
        else:
            text = match.group()
            starred = text == "**"
            if starred:
                text = "^"
            elif text == OCTAVE_PRODUCT:  # Octave's u*v: NumPy's u @ v
                text = "@"
            elif text in (ENTRYWISE_STAR, OCTAVE_ENTRYWISE):  # Fortran's, NumPy's u*v, Octave's u .* v: code's \odot
                kind, text, starred = "command", r"\odot", True
            elif text in HADAMARD_BEFORE_PRODUCT:  # a \circ b W read as a \circ (b W)
                kind, text = "command", HADAMARD_BEFORE_PRODUCT[text]
                tokens.append(Token(kind, text, match.start(), spaced, before_product=True))
                spaced = False
                position = match.end()
                continue
            elif kind == "number" and text.endswith("."):  # NumPy's 1./m, 2.*x, and 1.log(p), 2.\sigma: 1, 2
                text = text[:-1]
            tokens.append(Token(kind, text, match.start(), spaced, starred))
            spaced = False
        position = match.end()
    if len(tokens) > LIMITS["formula_characters"]:
        raise FormulaError(f"{where}: is too long")
    return tokens


#: Every way a relation is written, and what it means: "=" equals (\equiv, \doteq and \triangleq define
#: a name, read as the claim that it equals), ":=" and "<-" a new value (an update; also Hinton's notes'
#: \mapsto, w_i \mapsto w_i - \epsilon dE/dw_i), "~" about equal.
#: The one list: the parser (syntax.Parser), the texts that look for a relation before parsing
#: (claims.py, homework.py) and grade's chains (grading/document.py, grading/judge.py) all read it.
RELATIONS = {"=": "=", ":=": ":=", r"\coloneqq": ":=", r"\coloneq": ":=", "<-": "<-", r"\leftarrow": "<-",
             r"\gets": "<-", r"\longleftarrow": "<-", "\u2190": "<-", r"\mapsto": "<-", r"\approx": "~", "\u2248": "~", r"\simeq": "~",
             r"\equiv": "=", r"\doteq": "=", r"\triangleq": "=", r"\stackrel": "="}
#: The relations that state a new value.
UPDATE_RELATIONS = tuple(name for name, meaning in RELATIONS.items() if meaning in (":=", "<-"))
# the relations written as commands, as a regular expression
RELATION_COMMAND = "(?:%s)(?![A-Za-z])" % "|".join(re.escape(name) for name in RELATIONS if name.startswith("\\"))


def relation_pattern(leave_out=frozenset()) -> str:
    """A regular expression for the relations of RELATIONS but ``leave_out``, longest first (so that
    ":=" is not taken for its "="), a command only where no letter follows (``\\gets`` is not
    ``\\getsum``)."""
    names = sorted(set(RELATIONS) - set(leave_out), key=lambda name: (-len(name), name))
    return "|".join(re.escape(name) + ("(?![a-zA-Z])" if name.startswith("\\") else "") for name in names)


_BECOMES = {r"\to", r"\rightarrow", r"\longrightarrow", "->"}  # w \to w - \eta g: an update (syntax.Parser)
_IMPLIES = {r"\Rightarrow", r"\Longrightarrow", r"\therefore", r"\to", r"\rightarrow", r"\longrightarrow", "->", r"\iff",
            r"\wedge", r"\land", r"\Leftrightarrow"}
_TIMES = {r"\cdot", r"\times", "*", r"\ast", r"\bullet", r"\circ_never"}
_HADAMARD = {r"\odot", r"\circ"}
_OUTER = r"\otimes"  # u \otimes v of two vectors: their outer product, u v^T (reading.Reader)
# "and" in the languages pages are written in (y, e, et, und, i, ve, dan, và, en, og, och, oraz, ja, és, и), in \text
# between two claims (... \quad\mbox{ y } b \leftarrow ...): a separator of the sentence, never a factor
CONJUNCTION_WORD = r"(?i:and|y|e|et|und|i|ve|dan|và|en|og|och|oraz|ja|és|и)"
# the Greek letters' commands (expression.spelling's table) and \\ell, a letter of their kind
GREEK = {"\\" + name for name in (*GREEK_LETTER_NAMES, *GREEK_VARIANT_NAMES, "ell")}
_DECORATIONS = {r"\hat", r"\widehat", r"\bar", r"\overline", r"\tilde", r"\widetilde", r"\dot", r"\ddot",
                r"\check", r"\breve", r"\underline", r"\mathcal", r"\mathbb", r"\mathscr", r"\mathfrak"}
_PLAIN_WORDS = {"sigma": r"\sigma", "eta": r"\eta", "alpha": r"\alpha", "delta": r"\delta", "nabla": r"\nabla",
                "partial": r"\partial", "sum": r"\sum", "prod": r"\prod", "lambda": r"\lambda", "theta": r"\theta",
                "omega": r"\omega", "nu": r"\nu", "beta": r"\beta", "gamma": r"\gamma", "Delta": r"\Delta",
                "Theta": r"\Theta",  # Ng's weight matrices, Theta (l-1) a (l-1), as his course's code names them
                "mu": r"\mu", "epsilon": r"\epsilon", "phi": r"\phi", "tau": r"\tau", "rho": r"\rho",
                "xi": r"\xi", "psi": r"\psi", "del": r"\partial",  # AsciiMath's del, ∂
                # w = w - lr * gradient: the word for the gradient of the loss, \nabla L (by the parameter updated or
                # checked, as \nabla L without a subscript), where the notation gives it no meaning of its own
                "gradient": "gradient", "Gradient": "Gradient",
                "onehot": "onehot"}  # onehot(y): the one-hot vector of the label y (reading_symbols._one_hot_of)
# the Greek letters' plain words a formula reads as the letter (psi(W_1 X) as \psi(W_1 X)): a notation naming a
# function by the word ("psi" = an activation) names the letter
GREEK_WORDS = {word: letter for word, letter in _PLAIN_WORDS.items() if letter in GREEK}
_OPEN = {"(": ")", "[": "]", r"\{": r"\}", "{": "}", r"\langle": r"\rangle"}


def symbols_of(node) -> list:
    """Every Sym in a syntax tree, in reading order."""
    return nodes_of(node, Sym)


def nodes_of(node, kind: type) -> list:
    """Every node of type ``kind`` in a syntax tree, in reading order."""
    found, stack = [], [node]
    while stack:
        item = stack.pop(0)
        if isinstance(item, kind):
            found.append(item)
        if isinstance(item, (list, tuple)):
            stack[:0] = list(item)
        elif is_dataclass(item):
            stack[:0] = [getattr(item, f.name) for f in fields(item)]
    return found


def _character_named(character: str) -> str:
    """`` (U+29BF CIRCLED BULLET)`` for a character outside ASCII, which a page's font may show as another (⦿ for ⊙),
    with the operator the reader knows for a circled one (an author's entry-by-entry product); empty for ASCII."""
    if character.isascii():
        return ""
    name = unicodedata.name(character, "")
    circled = "; for the entry-by-entry (Hadamard) product write ⊙ or \\odot" if "CIRCLED" in name else ""
    return f" (U+{ord(character):04X}{' ' + name if name else ''}{circled})"
