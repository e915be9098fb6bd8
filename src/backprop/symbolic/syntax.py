"""The syntax tree of a homework formula, in LaTeX or plain text, before it means anything.

``parse(row, known_names)`` reads one row of a formula (typography.clean has run) into nodes:
numbers, symbols with their subscript and superscript as written (``O_{0}^{2}``: base ``O``,
subscript ``0``, superscript ``2``), arithmetic, functions, derivatives (``\\frac{\\partial E}{\\partial
w}``, ``\\frac{\\partial}{\\partial w}[...]``, ``dE/dw``), sums and products, indicators ``1\\{u > 0\\}``,
matrices, transposes, ``\\nabla_W L``, ``\\odot``, norms and relations (``=``, ``:=``, ``\\leftarrow``,
``\\approx``; the arrows of a row: syntax_arrows.py). What a symbol stands for is decided later (reading.py),
through the notation: here ``O_0^2`` is only a symbol whose superscript may turn out to be a layer or a power.

A recursive-descent reader over tokens, bounded in depth (LIMITS["formula_depth"]); it builds only
these node objects, never evaluates anything. A construct it cannot read raises FormulaError, one
line, naming the construct, where it is, and how to write it instead.
"""

from __future__ import annotations

import re

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .latex_tokens import TokenCursor
from .syntax_arguments import ArgumentParsing
from .quantities import FormulaError
from .syntax_arrays import INEQUALITIES, ArrayParsing
from .syntax_arrows import ArrowParsing
from .syntax_changes import ChangeParsing
from .syntax_environments import EnvironmentParsing
from .syntax_indicators import IndicatorParsing
from .syntax_conditionals import CASE_WORDS, COMPARISONS, ConditionalParsing
from .syntax_bare_functions import BareFunctionParsing, bare_function_variable
from .syntax_atoms import AtomParsing, _is_transpose
from .syntax_code import CodeParsing
from .syntax_code_calls import CodeCallParsing
from .syntax_operators import OperatorParsing
from .syntax_plain_quotients import PlainQuotientRefusals
from .syntax_quotients import ETH, QuotientParsing, eth_partials
from .syntax_plain_scripts import PlainScriptParsing
from .syntax_scripts import ScriptParsing
from .syntax_sums import SumParsing
from .syntax_symbols import SymbolParsing
from .syntax_words import WordParsing
from .syntax_value_methods import ValueMethodParsing, eigen_array
from .syntax_tree import (Apply, Call, ClassProbability, Cond, Entry, Node, Num, Op, RELATIONS, Relation, Sym, Token,
                          Transpose, _HADAMARD, _OUTER, _BECOMES, _IMPLIES, _OPEN, _TIMES, tokenize)


# the marker of a parameter's current value after its name, in an evaluation bar's w = w_{old}
# what a bracket glued to a name holds as code's indices, the tokens spaced apart: letters, numbers, commas,
# colons, a sum or difference (f[i], W[0, j+1], a[:, k])
_CODE_INDICES = lazy_pattern(r"[\w\s,:+\-]*")
# calls whose value is an array, so that Octave's prime after them is their transpose (repmat's, sum(u, 1)'s)
_ARRAY_CALLS = ("tiled", "axis_sum", "axis_mean")
_CURRENT_MARKERS = {"", "old", "(t)", "[t]", "(n)", "[n]", "(k)", "current"}


class Parser(AtomParsing, ArrayParsing, ConditionalParsing, CodeParsing, CodeCallParsing, OperatorParsing, QuotientParsing,
             PlainQuotientRefusals, SymbolParsing, WordParsing, SumParsing, ScriptParsing, PlainScriptParsing,
             BareFunctionParsing, ArgumentParsing, ValueMethodParsing, ArrowParsing, EnvironmentParsing, IndicatorParsing,
             ChangeParsing, TokenCursor):
    """Recursive descent over the tokens of one row (TokenCursor's peek, next, accept and expect; its
    own one-line failure, which names the row and may say how to write the construct).

    Parameters
    ----------
    row : the row's text (for messages).
    names : multi-letter names the notation and the defaults know (``SEE``, ``RSS``, ``CE``): a run of
        letters is read as the longest of them it starts with, else letter by letter.
    plain : plain-text spelling is allowed too (``sigma``, ``dE/dw``, ``W2[0,1]``); always on.
    glued : how the notation reads digits glued to a letter in LaTeX (``t1``, ``E_y1``): a function of the
        base, the subscript written so far and the digits, returning "glued" (the digits end the
        subscript: t_{1}, E_{y1}), "apart" (TeX's reading, t times 1) or "ambiguous" (refused).
    flat : how the notation reads letters glued to a name in plain text, a subscript an HTML page printed flat
        (``wji``): a function of the base and the letters, returning "one", "ambiguous" or None
        (Notation.flat_subscript).
    functions : the names the notation declares in its functions (Notation.declared_functions): a call of one is
        that function (syntax_code_calls.code_derivative), never a product with the name as a quantity.
    operations : a code's helpers the notation gives an arithmetic meaning (Notation.operations, ``matrixdot`` ->
        "matrix product"): a call of one is that operation (syntax_code_calls.operation_call).
    letters : which of e and E the formula may read as a quantity's name (an error e, a loss E): scientific
        notation's letter then makes a number read two ways (syntax_numbers.scientific_refusal).
    """

    def __init__(self, row: str, names: set[str], where: str, glued=None, flat=None,
                 t_transposed: frozenset[str] = frozenset(), functions: frozenset[str] = frozenset(),
                 operations: dict | None = None, letters: frozenset[str] = frozenset(),
                 bases: frozenset[str] = frozenset(), scripts: frozenset[str] = frozenset()):
        self.row = row
        self.scripts = scripts  # the notation's patterns' subscripts and superscripts, as written (z^{l'}'s l')
        self.bases = bases  # the notation's symbols' bases, one letter among them (y of "y" = "a1[0]"), for lna
        self.operations = operations or {}
        self.letters = letters
        self.t_transposed = t_transposed  # the names whose ^t is their transpose (notation_layers)
        self.functions = functions
        self.where = where
        self.tokens = tokenize(row, where)
        if ETH not in names:  # ðE/ðw: the partial sign a keyboard without ∂ types (syntax_quotients.eth_partials)
            self.tokens = eth_partials(self.tokens)
        self.names = sorted(names, key=len, reverse=True)
        self.position = 0
        self.depth = 0
        self.bars = 0  # open |...| or \|...\|: a bar then closes, it does not start a factor
        # plain text (no braces, no \frac): a_o1 is a_{o1} and w11 is w_{11}, as a keyboard writes them
        self.plain = "{" not in row and "\\frac" not in row
        self.glued = glued or (lambda base, sub, digits: "apart")
        self.flat = flat or (lambda base, letters, apart=False: None)
        self.bare_variable, self.bare_function = bare_function_variable(self.tokens) or (None, "")

    # -- helpers ----------------------------------------------------------------------------

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
        self.derivatives_at()
        self.evaluation_bars()
        self.skip_leading_reasoning()
        result = Relation()
        if self.peek() is not None and self.peek().text in RELATIONS:
            result.members.append(None)  # a row that continues the previous one: "&= ..."
        else:
            result.members.append(self.expression())
        while (token := self.peek()) is not None:
            if token.text in _BECOMES and len(result.members) == 1 and self.becomes_at() == self.position:
                self.next()  # w \to w - \eta \nabla L: the update w := w - \eta \nabla L
                result.relations.append(":=")
                result.members.append(self.expression())
                continue
            if token.text in _IMPLIES and len(result.members) >= 2 and self.pipeline_at() == self.position:
                result.remark = self.row[token.position:].strip()  # = Z_1 \to sig() \to A_1: the steps named
                self.position = len(self.tokens)
                break
            if token.text in _IMPLIES:
                self.next()
                if self.peek() is None:
                    break
                self.fail("a second formula after an implication", token,
                          "check one equation at a time")
            if len(result.members) > 1 and result.members[-1] is not None and token.text == "i" \
                    and self.at_python_keyword():  # = 1 if x > 0, else 0: a case distinction (syntax_arrays.py)
                result.members[-1] = self.worded_cases(result.members[-1])
                continue
            if token.text in COMPARISONS and result.members[-1] is not None \
                    and (conditional := self.conditional(result.members[-1])) is not None:
                result.members[-1] = conditional  # C's x>0?1:0 (syntax_arrays.py)
                continue
            if token.text in INEQUALITIES:
                result.remark = self.closing_inequality(result, token)
                break
            if token.text in ("-=", "+=", "*=") and len(result.members) == 1 and result.members[0] is not None:
                self.next()  # w -= gamma * o * delta (code's update): w := w - gamma * o * delta; w *= c: w := w * c
                change = self.expression()
                result.relations.append(":=")
                result.members.append(Op("times", (result.members[0], change), star=True) if token.text == "*=" else
                                      Op("+", (result.members[0], Op("neg", (change,)) if token.text == "-=" else change)))
                result.accumulated = token.text == "+="
                continue
            if token.text in (",", ";"):  # (p - y),x: a \, that lost its backslash, or a list, or two claims?
                mark = "comma" if token.text == "," else "semicolon"
                self.fail("unexpected", token, f"a {mark} after a member is no product: write \\cdot (or \\,) for"
                          " one, or give a second claim its own left side (A = B, \\quad C = D)")
            if token.text not in RELATIONS:
                self.fail("unexpected", token)
            self.next()
            result.relations.append(RELATIONS[token.text])
            if self.peek() is None:
                result.members.append(None)  # "... =" continued on the next row
                break
            result.members.append(self.expression())
        return result

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
        result = last = self.signed()  # last: the factor read last
        while (token := self.peek()) is not None:
            if token.kind == "number" and self.tokens[self.position - 1].kind == "number" and _bare_number(last):
                # 0.997 2: a product, or two numbers of a list or a table copied flat; neither is written so (a
                # parenthesis between says product, (-1)1, 0.5(2))
                self.fail("two numbers side by side with no operator between", token,
                          "write * between them for their product, or a vector's numbers as [0.5, 2]")
            if token.text in _TIMES:
                self.next()
                # a star written, u * v: code's and the course notes' entrywise product (Op.star)
                last = self.signed()  # u.reshape(-1, 1) * v.reshape(1, -1): NumPy's outer product (broadcast_outer)
                result = self.broadcast_outer(token, result, last) or Op(
                    "dot" if token.text == r"\cdot" else "times", (result, last), star=token.text == "*")
            elif token.text in _HADAMARD or token.text == _OUTER:
                self.next()
                right = last = self.signed()
                while token.before_product and (following := self.peek()) is not None \
                        and self.starts_factor(following) and not self.at_python_keyword(CASE_WORDS):
                    right = last = Op("*", (right, self.signed()))  # a \circ b W: a \circ (b W)
                result = self.broadcast_outer(token, result, right) or Op(
                    "odot" if token.text != _OUTER else "outer", (result, right),
                    entrywise=token.starred)  # code's * on arrays (ENTRYWISE_STAR): NumPy's broadcast
            elif token.text == "@":  # NumPy's matrix product, X @ w, as np.dot(X, w) reads
                self.next()
                right = last = self.signed()
                # Octave's * of Eigen's arrays (u.array() * v): Eigen's * is then the product entry by entry
                result = Op("odot", (result, right)) if eigen_array(result) or eigen_array(right) else \
                    Call("matrix_product", (result, right), position=token.position)
            elif token.text in ("/", r"\div", r"\oslash"):  # \oslash: entrywise division, as / of vectors reads
                self.next()
                result = Op("/", (result, last := self.signed()))
            elif self.starts_factor(token) and not self.at_python_keyword(CASE_WORDS):  # (1. if z > 0 else 0.)
                result = Op("*", (result, last := self.signed()))
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
            and token.text not in _TIMES and token.text not in _HADAMARD and token.text != _OUTER and token.text not in (
                r"\}", r"\rangle", r"\\", r"\div", r"\pm", r"\leq", r"\geq", r"\neq", r"\in", r"\end",
                r"\right")

    def t_transposes(self, base: Node, exponent: Node, opened: bool = False) -> bool:
        """Whether ``exponent`` is a lower-case t that transposes ``base``, a name of ``t_transposed`` or a
        parenthesis (``(Y - T)^t``, as AsciiMath pages write the transpose) where the notation's names are."""
        return isinstance(exponent, Sym) and exponent.base == "t" and not exponent.sub and not exponent.sup \
            and (isinstance(base, Sym) and base.base in self.t_transposed or opened and bool(self.t_transposed))

    def power(self) -> Node:
        opened = self.peek() is not None and self.peek().text == "("  # a parenthesis, never a function's
        base = self.postfix(self.atom())
        while self.peek() is not None:
            if self.peek().text == "^":
                starred = self.next().starred
                sample = opened and self.sample_script_follows()
                exponent = self.script(code=starred)
                base = Transpose(base) if _is_transpose(exponent) or self.t_transposes(base, exponent, opened) \
                    else Op("^", (base, exponent), starred, sample)
                base = self.postfix(base)
            elif (powered := self.entrywise_power(base)) is not None:  # Octave's A1.^2
                base = powered
            elif (called := self.method_call(base)) is not None:  # NumPy's x.reshape(-1), u.sum(axis=1)
                base = called
            elif (opened or isinstance(base, Apply) or isinstance(base, Call) and base.name in _ARRAY_CALLS) \
                    and self.tokens[self.position - 1].text == ")" and self.octave_transpose_follows():
                # Octave's (A1)': a prime after a parenthesis (after repmat(v, m, n) or sum(dZ, 1), a matrix: its
                # transpose)
                self.next()
                base = Transpose(base, primed=True)
            elif (primed := self.prime_after_call(base)) is not None:  # f(x)': f'(x)
                base = primed
            else:
                break
        return base

    def postfix(self, node: Node) -> Node:
        """Primes and a following ``(...)`` after a symbol (Q(u): decided later); TeX's group around it,
        ``g^{[1]}{(z)}``, after a function's name (syntax_arguments.braced_arguments_follow)."""
        braced = isinstance(node, Sym) and self.braced_arguments_follow(node)
        if isinstance(node, Sym) and (braced or self.peek() is not None and self.peek().text == "(") \
                and not self.primed_name_follows(node):
            opening = self.accept("{") if braced else None
            spaced = self.peek().spaced
            args = self.arguments()
            if opening is not None:
                self.expect("}", "to close the group around the arguments")
            node = ClassProbability(node, args[0], tuple(args[1:])) if isinstance(args[0], Cond) \
                else Apply(node, tuple(args), spaced=spaced)
        elif isinstance(node, Sym) and self.bracketed_argument_follows(node.base):
            spaced = self.peek().spaced
            node = Apply(node, (self.atom(),), spaced=spaced)  # f[u_1 f(x) + b]: f applied, as f(...) is
        if isinstance(node, (Apply, Call)) and self.peek() is not None and self.peek().text == "_":
            self.next()  # \sigma(\mathbf{z})_i: entry i of the value
            return Entry(node, self.raw_script())
        if isinstance(node, Apply) and (index := self.call_index()) is not None:
            return Entry(node, index, bracketed=True)  # V_out(n_out)[i]: code's index of a call's value
        return node

    def bracketed_argument_follows(self, base: str) -> bool:
        """Whether a square bracket follows the name ``base``, one the notation declares a function, as its
        argument: ``f[u_{11} f(x_1) + u_{12} f(x_2)]``, ``f\\left[ ... \\right]`` (physics' and Mathematica's
        habit, as ``\\sigma[...]`` reads); never where a parenthesis follows the bracket (``g[1](z)``: the bracket a
        layer's index, the parenthesis the argument), nor a bracket glued to the name that holds only code's indices
        (``f[i]``, ``f[0, j+1]``: an entry, as any name's)."""
        if self.peek() is None or self.peek().text != "[" or not self.declared_function(Sym(base)):
            return False
        depth = 0
        for index in range(self.position, len(self.tokens)):
            depth += (self.tokens[index].text == "[") - (self.tokens[index].text == "]")
            if depth == 0:
                inside = " ".join(token.text for token in self.tokens[self.position + 1:index])
                return (index + 1 >= len(self.tokens) or self.tokens[index + 1].text != "(") \
                    and (self.peek().spaced or not _CODE_INDICES.fullmatch(inside))
        return False

    def evaluation_bars(self) -> None:
        """``\\left.\\frac{\\partial L}{\\partial w}\\right|_{w=w_{\\text{old}}}``, ``\\nabla E\\mid_{W}``: a derivative
        evaluated at the current value of its variable (w = w_{old}, w^{(t)}, or w itself, ``|_{w}`` naming the
        point by the variable alone, ``\\nabla E|_{W}`` the gradient over W) is what check reads, every derivative being taken at the network's current
        values; the bar (``|``, ``\\big|``, ``\\mid``) and its subscript are dropped. Evaluated at anything else
        (w = 0, w = w_{new}, w_0) it is refused: the point is not the network's."""
        tokens = self.tokens
        for bar in range(len(tokens) - 3, 0, -1):
            if tokens[bar].text not in ("|", r"\mid") or tokens[bar + 1].text != "_" \
                    or tokens[bar - 1].text not in ("}", ")", "]") and tokens[bar - 1].kind != "letter":
                continue
            end, depth = bar + 2, 0
            while end < len(tokens) and tokens[bar + 2].text == "{":
                depth += (tokens[end].text == "{") - (tokens[end].text == "}")
                if depth == 0:
                    break
                end += 1
            point_tokens = tokens[bar + 2 + (tokens[bar + 2].text == "{"):end + (tokens[bar + 2].text != "{")]
            written = "".join(token.text for token in point_tokens)
            # |_{W}: at W, the variable's own (current) value; a name with scripts, |_{v_i}, where the formula names it
            # before (\partial v_i), never a point of its own (w_0 alone may be the starting point)
            if re.fullmatch(r"\\?[A-Za-z]+", written) or re.match(r"\\?[A-Za-z]", written) and not re.search(
                    "[=,]", written) and written in "".join(token.text for token in tokens[:bar]):
                written = f"{written}={written}"
                if bar >= 2 and tokens[bar - 2].text == r"\nabla" and tokens[bar - 1].kind == "letter":
                    # \nabla E|_{W}: the gradient of E over what W names, the point's variable, \nabla_W E
                    at = point_tokens[0].position
                    tokens = tokens[:bar - 1] + [Token("symbol", "_", at, False), Token("symbol", "{", at, False),
                                                 *point_tokens, Token("symbol", "}", at, False)] + tokens[bar - 1:]
                    bar, end = bar + len(point_tokens) + 3, end + len(point_tokens) + 3
            elif tokens[bar - 1].kind == "letter" and "=" not in written and tokens[bar].text == "|":
                continue  # |a|_1 after a name: a norm's subscript, no point named (\mid is never a norm's)
            for assignment in written.split(","):
                variable, _, point = assignment.partition("=")
                marker = re.sub(r"\\text|\\mathrm|[{}_^]", "", point[len(variable):])
                if not variable or not point.startswith(variable) or marker not in _CURRENT_MARKERS:
                    self.fail(f"a derivative evaluated at {assignment}", tokens[bar],
                              "check takes every derivative at the network's current values: write it without the"
                              f" bar, or at the current value ({variable or 'w'} = {variable or 'w'}_{{old}})")
            self.tokens = tokens = tokens[:bar] + tokens[end + 1:]


def _bare_number(node) -> bool:
    """Whether ``node`` is a number as written, negated or not, with no power (a factor a number beside it would
    multiply silently)."""
    while isinstance(node, Op) and node.kind == "neg":
        node = node.args[0]
    return isinstance(node, Num)


def parse_row(row: str, names: set[str], where: str, glued=None, flat=None,
              t_transposed: frozenset[str] = frozenset(), functions: frozenset[str] = frozenset(),
              operations: dict | None = None, letters: frozenset[str] = frozenset(),
              bases: frozenset[str] = frozenset(), scripts: frozenset[str] = frozenset()) -> Relation:
    """One cleaned row as members joined by relations (``glued``, ``flat``, ``t_transposed``, ``functions``,
    ``operations``, ``letters``, ``bases``, ``scripts``: see Parser)."""
    parser = Parser(row, names, where, glued, flat, t_transposed, functions, operations, letters, bases, scripts)
    if not parser.tokens:
        return Relation()
    result = parser.relation()
    if parser.peek() is not None:
        parser.fail("unexpected", parser.peek())
    return result
