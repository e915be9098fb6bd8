"""The syntax tree of a homework formula, in LaTeX or plain text, before it means anything.

``parse(row, known_names)`` reads one row of a formula (typography.clean has run) into nodes:
numbers, symbols with their subscript and superscript as written (``O_{0}^{2}``: base ``O``,
subscript ``0``, superscript ``2``), arithmetic, functions, derivatives (``\\frac{\\partial E}{\\partial
w}``, ``\\frac{\\partial}{\\partial w}[...]``, ``dE/dw``), sums and products, indicators ``1\\{u > 0\\}``,
matrices, transposes, ``\\nabla_W L``, ``\\odot``, norms and relations (``=``, ``:=``, ``\\leftarrow``,
``\\approx``). What a symbol stands for is decided later (reading.py), through the notation: here
``O_0^2`` is only a symbol whose superscript may turn out to be a layer or a power.

A recursive-descent reader over tokens, bounded in depth (LIMITS["formula_depth"]); it builds only
these node objects, never evaluates anything. A construct it cannot read raises FormulaError, one
line, naming the construct, where it is, and how to write it instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..limits import LIMITS
from .quantities import FormulaError

# -- nodes -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    pass


@dataclass(frozen=True)
class Num(Node):
    text: str                     # as written: "0.586", "1.38e-24" (from 1.38 \times 10^{-24})


@dataclass(frozen=True)
class Sym(Node):
    base: str                     # "O", "\\hat{y}", "SEE", "\\delta", "W2" (plain SymPy-style name)
    sub: str = ""                 # subscript as written, braces removed: "0", "ik", "k-1,j"
    sup: str = ""                 # superscript, braces and one pair of parentheses removed
    primes: int = 0
    bracket: str | None = None    # the inside of name[...] (plain SymPy-style indices)
    position: int = 0

    def text(self) -> str:
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
    kind: str                     # "+", "*", "/", "^", "neg", "dot" (\cdot, \times), "odot"
    args: tuple


@dataclass(frozen=True)
class Call(Node):
    name: str                     # "sigmoid", "tanh", "exp", "log", "relu", "softmax", "max", or a letter
    args: tuple
    primes: int = 0               # \sigma'(z): the derivative
    base: object = None           # log base (2 for \log_2)
    position: int = 0


@dataclass(frozen=True)
class Apply(Node):
    """``Q(args)`` where Q is a symbol: a function call, a loss named with its arguments, a quantity
    written as a function of its input, or a product; reading.py decides."""

    symbol: Sym
    args: tuple


@dataclass(frozen=True)
class Deriv(Node):
    of: Node | None               # None until an operator d/dv is applied to what follows
    wrt: Node
    position: int = 0


@dataclass(frozen=True)
class Nabla(Node):
    wrt: Node | None
    of: Node


@dataclass(frozen=True)
class Big(Node):
    kind: str                     # "sum" or "prod"
    letters: tuple                # index letters
    lower: Node | None
    upper: Node | None
    excluded: Node | None         # \sum_{k \neq j}
    body: Node
    position: int = 0


@dataclass(frozen=True)
class Cond(Node):
    op: str                       # ">", "<", ">=", "<=", "=", "!="
    left: Node
    right: Node


@dataclass(frozen=True)
class Indicator(Node):
    conditions: tuple


@dataclass(frozen=True)
class Matrix(Node):
    rows: tuple                   # tuple of tuples of nodes


@dataclass(frozen=True)
class Transpose(Node):
    of: Node


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


# -- tokens ------------------------------------------------------------------------------------

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<command>\\(?:[A-Za-z]+|[{}|,;:!\ \\]))
  | (?P<number>\d+(?:\.\d+)?|\.\d+)
  | (?P<letter>[A-Za-z])
  | (?P<symbol>:=|<-|->|<=|>=|!=|\*\*|[-+*/^_{}()\[\],=|'.<>!:;&@?])
""", re.VERBOSE)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    position: int
    spaced: bool                  # whitespace before it


def tokenize(row: str, where: str) -> list[Token]:
    tokens, position, spaced = [], 0, False
    while position < len(row):
        match = _TOKEN.match(row, position)
        if not match:
            raise FormulaError(f"{where}: cannot read {row[position]!r} at position {position + 1};"
                               " write the formula in LaTeX or plain text (+ - * / ^, \\frac, \\sum)")
        kind = match.lastgroup
        if kind == "space":
            spaced = True
        else:
            text = match.group()
            if text == "**":
                text = "^"
            tokens.append(Token(kind, text, match.start(), spaced))
            spaced = False
        position = match.end()
    if len(tokens) > LIMITS["formula_characters"]:
        raise FormulaError(f"{where}: is too long")
    return tokens


RELATIONS = {"=": "=", ":=": ":=", "<-": "<-", r"\leftarrow": "<-", r"\approx": "~", r"\simeq": "~",
             r"\equiv": "=", r"\doteq": "=", r"\triangleq": "=", r"\stackrel": "="}
_IMPLIES = {r"\Rightarrow", r"\Longrightarrow", r"\therefore", r"\to", r"\rightarrow", "->", r"\iff",
            r"\wedge", r"\land", r"\Leftrightarrow"}
_TIMES = {r"\cdot", r"\times", "*", r"\ast", r"\bullet", r"\circ_never"}
_HADAMARD = {r"\odot", r"\circ", r"\otimes_never"}
FUNCTIONS = {r"\sigma": "sigmoid", r"\tanh": "tanh", r"\exp": "exp", r"\log": "log", r"\ln": "log",
             r"\max": "max", r"\sinh": "sinh", r"\cosh": "cosh", r"\sech": "sech", r"\operatorname{sech}": "sech"}
# Function names written as words (\text{softmax}, or plain text), and what they are.
NAMED_FUNCTIONS = {"softmax": "softmax", "sigmoid": "sigmoid", "sigma": "sigmoid", "sigm": "sigmoid",
                   "relu": "relu", "ReLU": "relu", "ReLu": "relu", "Relu": "relu", "tanh": "tanh",
                   "exp": "exp", "log": "log", "ln": "log", "max": "max", "Heaviside": "heaviside",
                   "H": "heaviside", "step": "heaviside", "logistic": "sigmoid", "sgm": "sigmoid",
                   "Sigmoid": "sigmoid", "Softmax": "softmax", "sqrt": "sqrt", "sech": "sech", "cosh": "cosh",
                   "sinh": "sinh"}
GREEK = {"\\" + name for name in ("alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa"
                                  " lambda mu nu xi pi rho sigma tau upsilon phi varphi chi psi omega Gamma"
                                  " Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega ell").split()}
_DECORATIONS = {r"\hat", r"\widehat", r"\bar", r"\overline", r"\tilde", r"\widetilde", r"\dot", r"\ddot",
                r"\check", r"\breve", r"\underline", r"\mathcal", r"\mathbb", r"\mathscr", r"\mathfrak"}
_PLAIN_WORDS = {"sigma": r"\sigma", "eta": r"\eta", "alpha": r"\alpha", "delta": r"\delta", "nabla": r"\nabla",
                "partial": r"\partial", "sum": r"\sum", "prod": r"\prod", "lambda": r"\lambda", "theta": r"\theta",
                "omega": r"\omega", "nu": r"\nu", "beta": r"\beta", "gamma": r"\gamma", "Delta": r"\Delta",
                "mu": r"\mu", "epsilon": r"\epsilon", "phi": r"\phi", "tau": r"\tau", "rho": r"\rho",
                "xi": r"\xi", "psi": r"\psi"}
_OPEN = {"(": ")", "[": "]", r"\{": r"\}", "{": "}", r"\langle": r"\rangle"}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


class Parser:
    """Recursive descent over the tokens of one row.

    Parameters
    ----------
    row : the row's text (for messages).
    names : multi-letter names the notation and the defaults know (``SEE``, ``RSS``, ``CE``): a run of
        letters is read as the longest of them it starts with, else letter by letter.
    plain : plain-text spelling is allowed too (``sigma``, ``dE/dw``, ``W2[0,1]``); always on.
    """

    def __init__(self, row: str, names: set[str], where: str):
        self.row = row
        self.where = where
        self.tokens = tokenize(row, where)
        self.names = sorted(names, key=len, reverse=True)
        self.position = 0
        self.depth = 0
        self.bars = 0  # open |...| or \|...\|: a bar then closes, it does not start a factor

    # -- helpers ----------------------------------------------------------------------------

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.position + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def next(self) -> Token:
        token = self.peek()
        if token is None:
            self.fail("the formula ends too early", None)
        self.position += 1
        return token

    def accept(self, *texts: str) -> Token | None:
        token = self.peek()
        if token is not None and token.text in texts:
            self.position += 1
            return token
        return None

    def expect(self, text: str, what: str) -> Token:
        token = self.peek()
        if token is None or token.text != text:
            self.fail(f"expected {text!r} {what}", token)
        return self.next()

    def fail(self, what: str, token: Token | None, how: str = ""):
        where = "at the end" if token is None else f"at {token.text!r} (position {token.position + 1})"
        raise FormulaError(f"{self.where}: {what} {where}" + (f"; {how}" if how else ""))

    def deeper(self):
        self.depth += 1
        if self.depth > LIMITS["formula_depth"]:
            raise FormulaError(f"{self.where}: is nested too deeply (more than {LIMITS['formula_depth']}"
                               " levels); write it with fewer parentheses")

    # -- rows ---------------------------------------------------------------------------------

    def relation(self) -> Relation:
        """Members joined by relations; a leading implication (``\\Rightarrow``, ``(1) \\wedge (2)
        \\Rightarrow``) and a trailing one are reasoning, not part of the formula."""
        self.skip_leading_reasoning()
        result = Relation()
        if self.peek() is not None and self.peek().text in RELATIONS:
            result.members.append(None)  # a row that continues the previous one: "&= ..."
        else:
            result.members.append(self.expression())
        while (token := self.peek()) is not None:
            if token.text in _IMPLIES:
                self.next()
                if self.peek() is None:
                    break
                self.fail("a second formula after an implication", token,
                          "check one equation at a time")
            if token.text in ("<", ">", r"\leq", r"\geq", r"\neq", r"\ll", r"\gg"):
                self.fail("an inequality is not a claim check can judge", token, "write an equation")
            if token.text not in RELATIONS:
                self.fail("unexpected", token)
            self.next()
            result.relations.append(RELATIONS[token.text])
            if self.peek() is None:
                result.members.append(None)  # "... =" continued on the next row
                break
            result.members.append(self.expression())
        return result

    def skip_leading_reasoning(self) -> None:
        for index in range(len(self.tokens) - 1, -1, -1):
            if self.tokens[index].text in _IMPLIES and index < len(self.tokens) - 1:
                self.position = index + 1
                return

    # -- expressions ----------------------------------------------------------------------------

    def expression(self) -> Node:
        self.deeper()
        try:
            terms = []
            sign = self.accept("+", "-", r"\pm")
            first = self.term()
            terms.append(Op("neg", (first,)) if sign is not None and sign.text == "-" else first)
            while (token := self.peek()) is not None and token.text in ("+", "-"):
                self.next()
                if self.peek() is not None and self.peek().text in ("&",):
                    self.next()
                following = self.term()
                terms.append(Op("neg", (following,)) if token.text == "-" else following)
            return terms[0] if len(terms) == 1 else Op("+", tuple(terms))
        finally:
            self.depth -= 1

    def term(self) -> Node:
        result = self.signed()
        while (token := self.peek()) is not None:
            if token.text in _TIMES:
                self.next()
                result = Op("dot", (result, self.signed()))
            elif token.text in _HADAMARD:
                self.next()
                result = Op("odot", (result, self.signed()))
            elif token.text in ("/", r"\div"):
                self.next()
                result = Op("/", (result, self.signed()))
            elif self.starts_factor(token):
                result = Op("*", (result, self.signed()))
            else:
                return result
        return result

    def signed(self) -> Node:
        negations = 0
        while (token := self.accept("-", "+")) is not None:  # a loop: "- - - ... x" must not recurse
            negations += token.text == "-"
            if negations > LIMITS["formula_depth"]:
                raise FormulaError(f"{self.where}: is nested too deeply (more than {LIMITS['formula_depth']}"
                                   " signs in a row)")
        node = self.power()
        return Op("neg", (node,)) if negations % 2 else node

    def starts_factor(self, token: Token) -> bool:
        if token.kind in ("number", "letter"):
            return True
        if token.text in ("|", r"\|"):
            return self.bars == 0
        if token.text in _OPEN or token.text == r"\ldots":
            return True
        return token.kind == "command" and token.text not in RELATIONS and token.text not in _IMPLIES \
            and token.text not in _TIMES and token.text not in _HADAMARD and token.text not in (
                r"\}", r"\rangle", r"\\", r"\div", r"\pm", r"\leq", r"\geq", r"\neq", r"\end", r"\right")

    def power(self) -> Node:
        base = self.postfix(self.atom())
        while self.peek() is not None and self.peek().text == "^":
            self.next()
            exponent = self.script()
            base = Transpose(base) if _is_transpose(exponent) else Op("^", (base, exponent))
            base = self.postfix(base)
        return base

    def postfix(self, node: Node) -> Node:
        """Primes and a following ``(...)`` after a symbol (Q(u): decided later)."""
        if isinstance(node, Sym) and self.peek() is not None and self.peek().text == "(":
            args = self.arguments()
            return Apply(node, tuple(args))
        return node

    def arguments(self) -> list[Node]:
        self.expect("(", "to open the arguments")
        args = [self.expression()]
        while self.accept(","):
            args.append(self.expression())
        self.expect(")", "to close the arguments")
        return args

    def script(self) -> Node:
        """What follows ^ or _: a braced group, or one token."""
        token = self.peek()
        if token is None:
            self.fail("a superscript or subscript is missing", None)
        if token.text == "{":
            self.next()
            if self.accept("}"):
                return Num("1")
            inner = self.expression()
            self.expect("}", "to close the group")
            return inner
        if token.kind == "number":
            self.next()
            return Num(token.text[0]) if len(token.text) > 1 and "." not in token.text and False else Num(token.text)
        if token.kind == "letter":
            self.next()
            return Sym(token.text, position=token.position)
        if token.text in ("-", "+"):
            self.next()
            self.deeper()
            try:
                inner = self.script()
            finally:
                self.depth -= 1
            return Op("neg", (inner,)) if token.text == "-" else inner
        return self.atom()

    # -- atoms ------------------------------------------------------------------------------------

    def atom(self) -> Node:
        self.deeper()
        try:
            return self._atom()
        finally:
            self.depth -= 1

    def _atom(self) -> Node:
        token = self.peek()
        if token is None:
            self.fail("expected a number, a symbol or a parenthesis", None)
        if token.kind == "number":
            return self.number()
        if token.text in ("(", "["):
            return self.parenthesised()
        if token.text == "{":
            self.next()
            inner = self.expression()
            self.expect("}", "to close the group")
            return inner
        if token.text == r"\{":
            return self.braces()
        if token.text in ("|", r"\|"):
            return self.norm(token.text)
        if token.text == r"\frac":
            return self.fraction()
        if token.text == r"\sqrt":
            self.next()
            return Call("sqrt", (self.script(),), position=token.position)
        if token.text in (r"\sum", r"\prod"):
            return self.big()
        if token.text == r"\nabla":
            return self.nabla()
        if token.text == r"\partial":
            return self.plain_partial()
        if token.text == r"\ldots":
            self.next()
            return Ellipsis_(token.position)
        if token.text in FUNCTIONS and not (token.text == r"\sigma" and self.peek(1) is not None
                                            and self.peek(1).text == "_"):
            self.next()
            return self.function(FUNCTIONS[token.text], token)
        if token.text == r"\text":
            return self.text_word()
        if token.text == r"\begin":
            return self.environment()
        if token.text in (r"\mathbb", r"\mathbf") and self.is_indicator_one():
            return self.indicator_one()
        if token.kind == "letter" or token.text in GREEK or token.text in _DECORATIONS or token.text == r"\Delta":
            return self.symbol()
        if token.text == "&":
            self.next()
            return self.atom()
        if token.kind == "command":
            self.fail(f"the command {token.text} is not part of a formula check can read", token,
                      "write arithmetic, \\frac, \\sum, \\sigma, \\log, \\exp and the homework's symbols")
        self.fail("unexpected", token)

    def number(self) -> Node:
        token = self.next()
        text = token.text
        if text == "1" and self.peek() is not None and (self.peek().text == r"\{" or (
                self.peek().text == "_" and not self.peek().spaced)):
            return self.indicator_after_one()  # 1\{u > 0\}, 1_{u > 0}: the indicator is one atom
        # 1.38 \times 10^{-24}: scientific notation is one number.
        if self.peek() is not None and self.peek().text in (r"\times", r"\cdot") and self.peek(1) is not None \
                and self.peek(1).text == "10" and self.peek(2) is not None and self.peek(2).text == "^":
            save = self.position
            self.position += 3
            exponent = self.script()
            value = _integer_value(exponent)
            if value is not None:
                return Num(f"{text}e{value}")
            self.position = save
        return Num(text)

    def parenthesised(self) -> Node:
        opening = self.next()
        closing = _OPEN[opening.text]
        inner = self.expression()
        if self.peek() is not None and self.peek().text == "," and opening.text == "(":
            self.fail("a list in parentheses is not a formula", self.peek(), "write one expression")
        self.expect(closing, "to close the parenthesis")
        return inner

    def braces(self) -> Node:
        """``\\{ ... \\}``: an indicator when it holds a comparison (Iverson), else a group."""
        opening = self.next()
        conditions = [self.condition_or_expression()]
        while self.accept(","):
            conditions.append(self.condition_or_expression())
        self.expect(r"\}", "to close the braces")
        if all(isinstance(c, Cond) for c in conditions):
            return Indicator(tuple(conditions))
        if len(conditions) == 1 and not isinstance(conditions[0], Cond):
            return conditions[0]
        self.fail("braces that mix conditions and expressions", opening)

    def condition_or_expression(self) -> Node:
        left = self.expression()
        token = self.peek()
        ops = {">": ">", "<": "<", r"\geq": ">=", r"\leq": "<=", ">=": ">=", "<=": "<=", "=": "=",
               r"\neq": "!=", "!=": "!=", r"\gt": ">", r"\lt": "<"}
        if token is not None and token.text in ops:
            self.next()
            return Cond(ops[token.text], left, self.expression())
        return left

    def norm(self, bar: str) -> Node:
        self.next()
        self.bars += 1
        try:
            inner = self.expression()
        finally:
            self.bars -= 1
        self.expect(bar, "to close the norm")
        return Norm(inner)

    def is_indicator_one(self) -> bool:
        return (self.peek(1) is not None and self.peek(1).text == "{" and self.peek(2) is not None
                and self.peek(2).text == "1" and self.peek(3) is not None and self.peek(3).text == "}")

    def indicator_one(self) -> Node:
        for _ in range(4):
            self.next()
        return self.indicator_after_one()

    def indicator_after_one(self) -> Node:
        """After a ``1`` that is the indicator: ``1\\{u > 0\\}``, ``1_{u > 0}``, ``1[u > 0]``, ``1(u > 0)``."""
        token = self.peek()
        if token is not None and token.text == "_":
            self.next()
            if self.peek() is not None and self.peek().text == "{":
                self.next()
                conditions = [self.condition_or_expression()]
                while self.accept(","):
                    conditions.append(self.condition_or_expression())
                self.expect("}", "to close the indicator's condition")
            else:
                conditions = [self.condition_or_expression()]
        elif token is not None and token.text in (r"\{", "[", "("):
            closing = _OPEN[token.text]
            self.next()
            conditions = [self.condition_or_expression()]
            while self.accept(","):
                conditions.append(self.condition_or_expression())
            self.expect(closing, "to close the indicator's condition")
        else:
            self.fail("an indicator needs its condition", token, "write 1\\{u > 0\\}")
        if not all(isinstance(c, Cond) for c in conditions):
            self.fail("an indicator's condition must be a comparison", token, "write 1\\{u > 0\\}")
        return Indicator(tuple(conditions))

    def fraction(self) -> Node:
        token = self.next()
        self.expect("{", "after \\frac")
        numerator_start = self.position
        derivative = self.derivative_head()
        if derivative is not None:
            kind, of = derivative
            self.expect("}", "to close the numerator")
            self.expect("{", "to open the denominator")
            wrt = self.derivative_variable(kind)
            self.expect("}", "to close the denominator")
            node = Deriv(of, wrt, token.position)
            if of is None:
                return Deriv(self.operand(), wrt, token.position)
            return node
        self.position = numerator_start
        numerator = self.expression()
        self.expect("}", "to close the numerator")
        self.expect("{", "to open the denominator")
        denominator = self.expression()
        self.expect("}", "to close the denominator")
        return Op("/", (numerator, denominator))

    def derivative_head(self):
        """("partial" | "d", what is differentiated or None) when the numerator starts a derivative."""
        token = self.peek()
        if token is None:
            return None
        if token.text == r"\partial":
            self.next()
            if self.peek() is not None and self.peek().text == "^":
                self.fail("a second derivative", self.peek(), "check first derivatives only")
            if self.peek() is not None and self.peek().text == "}":
                return "partial", None
            return "partial", self.expression()
        if token.text == r"\delta" and self.peek(1) is not None and self.peek(1).text not in ("_", "^", "}") \
                and self._delta_denominator():
            # \frac{\delta J}{\delta W_1}: a derivative written with delta, as some notes do
            self.next()
            return "delta", self.expression()
        is_d = token.text == "d" or (token.text == r"\text" and self.peek(1) is not None and self.peek(1).text == "{"
                                     and self.peek(2) is not None and self.peek(2).text == "d"
                                     and self.peek(3) is not None and self.peek(3).text == "}")
        if not is_d:
            return None
        save = self.position
        self.position += 1 if token.text == "d" else 4
        if self.peek() is not None and self.peek().text == "}":
            if self._denominator_starts_with_d():
                return "d", None
            self.position = save
            return None
        try:
            of = self.expression()
        except FormulaError:
            self.position = save
            return None
        if self.peek() is not None and self.peek().text == "}" and self._denominator_starts_with_d():
            return "d", of
        self.position = save
        return None

    def _delta_denominator(self) -> bool:
        """Whether the fraction's denominator is \\delta followed by a symbol (not delta_j, an error term)."""
        depth, index = 0, self.position
        while index < len(self.tokens):
            text = self.tokens[index].text
            depth += text == "{"
            if text == "}":
                if depth == 0:
                    following = self.tokens[index + 1:index + 4]
                    return (len(following) >= 3 and following[0].text == "{" and following[1].text == r"\delta"
                            and following[2].text not in ("_", "^", "}"))
                depth -= 1
            index += 1
        return False

    def _denominator_starts_with_d(self) -> bool:
        token, after = self.peek(1), self.peek(2)
        return token is not None and token.text == "{" and after is not None and after.text in ("d", r"\text")

    def derivative_variable(self, kind: str) -> Node:
        token = self.next()
        if kind == "partial" and token.text != r"\partial":
            self.fail("the denominator of a partial derivative starts with \\partial", token)
        if kind == "delta" and token.text != r"\delta":
            self.fail("the denominator of a derivative written with delta starts with \\delta", token)
        if kind == "d":
            if token.text == r"\text":
                self.expect("{", "after \\text")
                self.next()
                self.expect("}", "after d")
        return self.power()

    def operand(self) -> Node:
        """What an operator d/dv applies to: the next factor."""
        token = self.peek()
        if token is None:
            self.fail("the derivative operator has nothing to differentiate", None)
        return self.power()

    def plain_partial(self) -> Node:
        """``\\partial L / \\partial w`` written inline (plain text ∂L/∂w)."""
        token = self.next()
        of = self.power()
        self.expect("/", "in ∂L/∂w")
        self.expect(r"\partial", "in ∂L/∂w")
        return Deriv(of, self.power(), token.position)

    def big(self) -> Node:
        token = self.next()
        kind = "sum" if token.text == r"\sum" else "prod"
        letters, lower, upper, excluded = (), None, None, None
        for _ in range(2):
            if self.accept("_"):
                letters, lower, excluded = self.big_lower(token)
            elif self.accept("^"):
                upper = self.script()
        # Without an index letter: a product sign misread for the indicator, or a sum over the letter
        # its term leaves free (reading.py decides).
        return Big(kind, letters, lower, upper, excluded, self.big_body(), token.position)

    def big_body(self) -> Node:
        token = self.peek()
        if token is None:
            self.fail("the sum has no term", None)
        return self.term()

    def big_lower(self, token: Token):
        """The index of a sum: ``k``, ``{k=0}``, ``{k \\neq j}``, ``{i,k}``, ``{k \\in ...}``."""
        if self.peek() is not None and self.peek().text != "{":
            letter = self.next()
            return (letter.text,), None, None
        self.expect("{", "after \\sum_")
        letters = []
        while True:
            item = self.next()
            if item.kind != "letter" and item.text not in GREEK:
                self.fail("expected the index letter of the sum", item)
            letters.append(item.text)
            if not self.accept(","):
                break
        lower = excluded = None
        if self.accept("="):
            lower = self.expression()
        elif self.accept(r"\neq", "!="):
            excluded = self.expression()
        elif self.peek() is not None and self.peek().text == r"\in":
            self.fail("a sum over a set", self.peek(), "write \\sum_k: a sum without bounds runs over the units")
        self.expect("}", "to close the index of the sum")
        return tuple(letters), lower, excluded

    def nabla(self) -> Node:
        self.next()
        wrt = None
        if self.accept("_"):
            wrt = self.script()
        return Nabla(wrt, self.power())

    def function(self, name: str, token: Token) -> Node:
        if name == "unsupported":
            self.fail(f"the function {token.text}", token, "use \\sigma, \\tanh, relu, \\exp, \\log")
        base = None
        if name == "log" and self.accept("_"):
            base = self.script()
        primes = 0
        while self.accept("'"):
            primes += 1
        power = None
        if self.peek() is not None and self.peek().text == "^":
            save = self.position
            self.next()
            if self.peek() is not None and self.peek().text == r"\prime":
                self.next()
                primes += 1
            elif self.peek() is not None and self.peek().text == "{" and self.peek(1) is not None \
                    and self.peek(1).text in (r"\prime", "'"):
                self.position += 2
                self.expect("}", "after \\prime")
                primes += 1
            else:
                self.position = save
                self.next()
                power = self.script()
        args = self.function_arguments(token)
        node: Node = Call(name, tuple(args), primes, base, token.position)
        return Op("^", (node, power)) if power is not None else node

    def function_arguments(self, token: Token) -> list[Node]:
        following = self.peek()
        if following is None:
            self.fail("the function has no argument", token)
        if following.text == "(":
            return self.arguments()
        if following.text in ("[", r"\{", "{"):
            return [self.atom()]
        return [self.power()]

    def text_word(self) -> Node:
        token = self.next()
        self.expect("{", "after \\text")
        parts = []
        while (item := self.next()).text != "}":
            parts.append(item.text)
        word = "".join(parts).strip()
        if word in NAMED_FUNCTIONS:
            name = NAMED_FUNCTIONS[word]
            return self.function(name, token)
        if word in ("d",):
            return Sym("d", position=token.position)
        return self.symbol_rest(word, token)

    def environment(self) -> Node:
        token = self.next()
        self.expect("{", "after \\begin")
        name = "".join(self.next().text for _ in range(0)) or self.word_until("}")
        if name in ("bmatrix", "pmatrix", "matrix", "vmatrix", "Bmatrix", "smallmatrix"):
            return self.matrix(name)
        if name == "cases":
            self.fail("a case distinction", token, "check each case on its own, with --when")
        self.fail(f"the environment {name}", token, "write the formula without it")

    def word_until(self, closing: str) -> str:
        parts = []
        while (item := self.next()).text != closing:
            parts.append(item.text)
        return "".join(parts)

    def matrix(self, name: str) -> Node:
        rows, current = [], []
        while True:
            token = self.peek()
            if token is None:
                self.fail(f"\\begin{{{name}}} is not closed", None)
            if token.text == r"\end":
                self.next()
                self.expect("{", "after \\end")
                self.word_until("}")
                break
            if token.text == r"\\":
                self.next()
                rows.append(tuple(current))
                current = []
                continue
            if token.text == "&":
                self.next()
                continue
            current.append(self.expression())
        if current:
            rows.append(tuple(current))
        rows = [row for row in rows if row]
        widths = {len(row) for row in rows}
        if len(widths) != 1:
            self.fail("a matrix whose rows have different lengths", None, "give every row as many entries")
        return Matrix(tuple(rows))

    # -- symbols ------------------------------------------------------------------------------------

    def symbol(self) -> Node:
        token = self.peek()
        if token.kind == "letter":
            word = self.letters_word()
            if word in _PLAIN_WORDS:
                replacement = _PLAIN_WORDS[word]
                if replacement == r"\sum" or replacement == r"\prod":
                    self.position -= 0
                    return self.big_from_word(replacement, token)
                if replacement == r"\partial":
                    of = self.power()
                    self.expect("/", "in partial L / partial w")
                    self.next()
                    return Deriv(of, self.power(), token.position)
                if replacement == r"\nabla":
                    wrt = self.script() if self.accept("_") else None
                    return Nabla(wrt, self.power())
                if replacement == r"\sigma" and self.peek() is not None and self.peek().text in ("(", "'"):
                    return self.function("sigmoid", token)
                return self.symbol_rest(replacement, token)
            if word in NAMED_FUNCTIONS and self.peek() is not None and self.peek().text in ("(", "'", "^"):
                return self.function(NAMED_FUNCTIONS[word], token)
            if word == "d" and self.is_plain_derivative():
                return self.plain_derivative(token)
            if word == "e" and self.peek() is not None and self.peek().text == "^":
                self.next()
                return Call("exp", (self.script(),), position=token.position)
            if word == "1" or (word in ("I", "1") and False):
                pass
            return self.symbol_rest(word, token)
        self.next()
        if token.text in _DECORATIONS:
            inner = self.decorated_inner()
            if token.text in (r"\mathbb", r"\mathbf") and inner == "1":
                return self.indicator_after_one()
            decoration = {r"\widehat": r"\hat", r"\overline": r"\bar", r"\widetilde": r"\tilde"}.get(token.text, token.text)
            base = f"{decoration}{{{inner}}}"
            return self.symbol_rest(base, token)
        if token.text == r"\Delta" and self.peek() is not None and self.peek().kind == "letter":
            letter = self.next()
            return self.symbol_rest(r"\Delta " + letter.text, token)
        if token.text == r"\sigma" and self.peek() is not None and self.peek().text in ("(", "'"):
            return self.function("sigmoid", token)
        return self.symbol_rest(token.text, token)

    def decorated_inner(self) -> str:
        if self.accept("{"):
            parts = []
            while (item := self.next()).text != "}":
                parts.append(item.text)
            return "".join(parts)
        return self.next().text

    def letters_word(self) -> str:
        """A run of letters read as the longest known name it starts with (SEE, RSS, softmax),
        or one letter; plain-text SymPy names (W2, a1) keep their digits."""
        start = self.position
        letters = []
        index = start
        while index < len(self.tokens) and self.tokens[index].kind == "letter" and (
                index == start or not self.tokens[index].spaced):
            letters.append(self.tokens[index].text)
            index += 1
        run = "".join(letters)
        for name in self.names:
            if run.startswith(name) and len(name) > 1:
                self.position = start + len(name)
                return name
        for name in list(NAMED_FUNCTIONS) + list(_PLAIN_WORDS):
            if run == name or (run.startswith(name) and len(name) > 2 and name in NAMED_FUNCTIONS):
                self.position = start + len(name)
                return name
        self.position = start + 1
        word = letters[0]
        # plain SymPy-style names: W2[0,1], a1[0], b3, z2[j]
        following = self.peek()
        if following is not None and following.kind == "number" and not following.spaced and "." not in following.text \
                and self.peek(1) is not None and self.peek(1).text == "[" and not self.peek(1).spaced:
            self.next()
            word += following.text
        return word

    def is_plain_derivative(self) -> bool:
        """``dE/dw`` in plain text: d, a symbol, /, d, a symbol."""
        save = self.position
        try:
            self.power()
            ok = self.peek() is not None and self.peek().text == "/" and self.peek(1) is not None \
                and self.peek(1).text == "d"
        except FormulaError:
            ok = False
        self.position = save
        return ok

    def plain_derivative(self, token: Token) -> Node:
        of = self.power()
        self.expect("/", "in dE/dw")
        self.expect("d", "in dE/dw")
        return Deriv(of, self.power(), token.position)

    def big_from_word(self, command: str, token: Token) -> Node:
        self.position -= 1
        self.tokens[self.position] = Token("command", command, token.position, token.spaced)
        return self.big()

    def symbol_rest(self, base: str, token: Token) -> Node:
        sub = sup = ""
        primes = 0
        bracket = None
        if self.peek() is not None and self.peek().text == "[" and not self.peek().spaced and re.fullmatch(
                r"[A-Za-z]+\d*|\\[a-zA-Z]+", base) and self.bracket_is_index():
            self.next()
            bracket = self.raw_until("]")
        for _ in range(4):
            following = self.peek()
            if following is None:
                break
            if following.text == "'":
                self.next()
                primes += 1
            elif following.text == "_" and not sub:
                self.next()
                sub = self.raw_script()
            elif following.text == "^" and not sup:
                save = self.position
                self.next()
                if self.peek() is not None and (self.peek().text in (r"\prime",) or (
                        self.peek().text == "{" and self.peek(1) is not None and self.peek(1).text == r"\prime")):
                    if self.accept("{"):
                        self.next()
                        self.expect("}", "after \\prime")
                    else:
                        self.next()
                    primes += 1
                    continue
                raw = self.raw_script()
                if _is_transpose_text(raw) or raw.startswith("-") or (sub == "" and raw.startswith("(") is False
                                                                        and False):
                    self.position = save
                    break
                sup = raw
            else:
                break
        transposed = re.fullmatch(r"(\(?[0-9lL+\-]+\)?|\[[0-9lL+\-]+\])(T|\\top)", sup)
        if transposed:  # W^{(2)T}: the layer and a transpose in one superscript
            return Transpose(Sym(base, sub, _strip_parentheses(transposed.group(1)), primes, bracket, token.position))
        return Sym(base, sub, _strip_parentheses(sup), primes, bracket, token.position)

    def bracket_is_index(self) -> bool:
        depth, index = 0, self.position
        while index < len(self.tokens):
            text = self.tokens[index].text
            if text == "[":
                depth += 1
            elif text == "]":
                depth -= 1
                if depth == 0:
                    return True
            elif text in RELATIONS or text in (r"\frac", r"\sum"):
                return False
            index += 1
        return False

    def raw_script(self) -> str:
        token = self.peek()
        if token is None:
            self.fail("a subscript or superscript is missing", None)
        if token.text == "{":
            self.next()
            return self.raw_until("}")
        self.next()
        if token.kind == "number":
            return token.text
        if token.text in _DECORATIONS:
            return token.text + "{" + self.decorated_inner() + "}"
        return token.text

    def raw_until(self, closing: str) -> str:
        opening = {"}": "{", "]": "["}[closing]
        parts, depth = [], 1
        while True:
            item = self.next()
            if item.text == opening:
                depth += 1
            elif item.text == closing:
                depth -= 1
                if depth == 0:
                    break
            parts.append(item.text)
        return _join_script(parts)


def _join_script(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if out and out[-1].isalpha() and part[:1].isalpha() and out.rsplit("\\", 1)[-1].isalpha() and "\\" in out[-3:]:
            out += " "
        out += part
    return out.replace(" ", "")


def _strip_parentheses(script: str) -> str:
    if script.startswith("(") and script.endswith(")") and script.count("(") == 1:
        return script[1:-1]
    return script


def _is_transpose_text(raw: str) -> bool:
    return raw in ("T", "\\top", "\\intercal", "\\mathsf{T}", "\\mathrm{T}", "t_never")


def _is_transpose(node: Node) -> bool:
    return isinstance(node, Sym) and node.base == "T" and not node.sub and not node.sup


def _integer_value(node: Node) -> int | None:
    if isinstance(node, Num) and node.text.isdigit():
        return int(node.text)
    if isinstance(node, Op) and node.kind == "neg":
        inner = _integer_value(node.args[0])
        return None if inner is None else -inner
    return None


def parse_row(row: str, names: set[str], where: str) -> Relation:
    """One cleaned row as members joined by relations."""
    parser = Parser(row, names, where)
    if not parser.tokens:
        return Relation()
    result = parser.relation()
    if parser.peek() is not None:
        parser.fail("unexpected", parser.peek())
    return result
