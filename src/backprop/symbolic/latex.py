"""Reading a formula written in LaTeX: the restricted subset of docs/symbols.md.

Why a translator of our own rather than a general LaTeX parser:

* SymPy's ``parse_latex`` needs exactly antlr4-python3-runtime 4.11; pinning that would downgrade the
  4.13 runtime other tools in the same environment use, and a version mismatch fails only at run
  time. Its ``lark`` backend is marked experimental, and latex2sympy2 pins yet another antlr4.
* None of them knows our names: ``W^{(2)}_{ji}`` must become the weight ``W2[j,i]`` (two indices
  written without a comma), ``b^{(2)}`` the shared bias ``b2``, ``\\sigma(u)`` 1/(1 + e^-u), ``e^{u}``
  the exponential. A general parser would hand back symbols called ``W^{(2)}_{ji}`` that we would
  have to take apart again anyway.
* The subset is small (symbols.md lists it), so a recursive-descent reader of a few hundred lines
  reads it exactly and can say, in one line, where and why it cannot read something.

``latex_to_sympy(text)`` returns SymPy syntax (``W2[0,1]*x[1]``) for parsing.parse_formula, which
checks the names against the network; this module checks only the LaTeX. Its tokens, and the cursor
that reads them and says where a formula cannot be read, are latex_tokens.py's.

Accepted (docs/symbols.md lists it for users): numbers; the quantities ``x_i``, ``y_j``, ``t_j``,
``W^{(l)}_{j,i}`` / ``W^{(l)}_{ji}`` (also ``w``, the layer before or after the indices),
``b^{(l)}_j``, ``b^{(l)}``, ``z^{(l)}_j``, ``a^{(l)}_j`` (``a^{(0)}_i`` is x_i), ``\\eta``, ``\\pi``;
arithmetic (``+ - \\cdot \\times * /``, juxtaposition, ``^``, ``\\frac``, ``\\sqrt``); the
activations' commands and ``\\operatorname{name}`` with comma-separated arguments, ``\\exp``,
``e^{u}``, ``\\log``, ``\\ln``, ``\\log_2``; absolute values ``|u|``; brackets with or without
``\\left``/``\\right``; ``\\sum_{k=0}^{2}`` over the product after it. Every LaTeX line that
derive prints reads back (tests/test_registry_symbolic.py).
"""

from __future__ import annotations

from .decorations import NAME_COMMANDS
from .formula_functions import LATEX_COMMANDS, LATEX_WORDS
from .latex_tokens import LatexToken, TokenCursor, tokenize_latex
from .quantities import FormulaError

_TIMES = {r"\cdot", r"\times", "*"}
_OPEN = {"(": ")", "[": "]", "{": "}", r"\{": r"\}", "|": "|", r"\lvert": r"\rvert", r"\vert": r"\vert"}
_BARS = {"|", r"\lvert", r"\vert"}
_FRACTIONS = {r"\frac", r"\dfrac", r"\tfrac"}
# Functions written as commands, and the names \operatorname{...}/\mathrm{...}/\text{...} may give
# (the activations' own, from their registry entries).
_FUNCTIONS = LATEX_COMMANDS
_NAMED_FUNCTIONS = LATEX_WORDS
_NAMING = {"\\" + command for command in NAME_COMMANDS}
# Letters that name quantities: how many indices they take and whether they carry a layer.
_QUANTITIES = {"W": (2, True), "w": (2, True), "b": (1, True), "z": (1, True), "a": (1, True),
               "x": (1, False), "y": (1, False), "t": (1, False)}


def latex_to_sympy(text: str) -> str:
    """The LaTeX formula ``text`` in SymPy syntax; FormulaError (one line) when it cannot be read."""
    if not text or not text.strip():
        raise FormulaError("the LaTeX formula is empty; write e.g. 2(a^{(2)}_0 - y_0) a^{(1)}_1")
    reader = _Reader(text, tokenize_latex(text))
    result = reader.expression()
    if not reader.at_end():
        reader.fail("unexpected", reader.peek())
    return result


class _Reader(TokenCursor):
    """Recursive descent over the tokens; each method returns SymPy syntax."""

    def __init__(self, text: str, tokens: list[LatexToken]):
        super().__init__(text, tokens)
        self.bound: list[str] = []  # index letters of the enclosing sums
        self.bars = 0  # absolute values |...| open around the current position

    # -- grammar ---------------------------------------------------------------------------------

    def expression(self) -> str:
        parts = []
        sign = self.accept("+", "-")
        parts.append(("-" if sign and sign.text == "-" else "") + self.term())
        while (token := self.accept("+", "-")) is not None:
            parts.append(f" {token.text} " + self.term())
        return "".join(parts)

    def term(self) -> str:
        result = self.signed_factor()
        while True:
            token = self.peek()
            if token is None:
                return result
            if token.text in _TIMES:
                self.next()
                result = f"{result}*{self.signed_factor()}"
            elif token.text in ("/", r"\div"):
                self.next()
                result = f"{result}/{self.signed_factor()}"
            elif self.starts_factor(token):
                result = f"{result}*{self.signed_factor()}"
            else:
                return result

    def signed_factor(self) -> str:
        if self.accept("-"):
            return f"(-{self.signed_factor()})"
        self.accept("+")
        return self.power()

    def starts_factor(self, token: LatexToken) -> bool:
        if token.kind in ("number", "letter"):
            return True
        if token.text in _BARS:
            return not self.bars
        if token.text in _OPEN or token.text == r"\left":
            return True
        return token.kind == "command" and (token.text in _FUNCTIONS or token.text in _FRACTIONS
                                            or token.text in _NAMING or token.text in
                                            (r"\sqrt", r"\eta", r"\pi", r"\sum"))

    def power(self) -> str:
        token = self.peek()
        if token is not None and token.text == "e" and self.peek(1) is not None and self.peek(1).text == "^":
            self.next()
            self.next()
            return f"exp({self.group()})"
        base = self.atom()
        if self.accept("^"):
            return f"({base})**({self.group()})"
        return base

    def group(self) -> str:
        """A braced group {...}, a parenthesised one, or a single number/letter (as in x^2)."""
        token = self.peek()
        if token is not None and token.text == "{":
            self.next()
            inner = self.expression()
            self.expect("}", "to close the group")
            return inner
        if token is not None and token.kind in ("number",):
            self.next()
            return token.text
        if token is not None and (token.text in _OPEN or token.text == r"\left"):
            return self.atom()
        if token is not None and token.kind == "letter":
            return self.atom()
        self.fail("expected a group {...}", token)

    def atom(self) -> str:
        token = self.peek()
        if token is None:
            self.fail("expected a number, a quantity or a parenthesis", None)
        if token.kind == "number":
            self.next()
            return token.text
        if self.bar_follows():
            return f"Abs({self.parenthesised()})"
        if token.text in _BARS or token.text == r"\rvert":
            self.fail("expected a number, a quantity or a parenthesis", token)
        if token.text == r"\left" or token.text in _OPEN:
            return f"({self.parenthesised()})"
        if token.kind == "letter":
            return self.quantity()
        if token.text in _FRACTIONS:
            self.next()
            numerator = self.group()
            denominator = self.group()
            return f"(({numerator})/({denominator}))"
        if token.text == r"\sqrt":
            self.next()
            return f"sqrt({self.group()})"
        if token.text in (r"\eta", r"\pi"):
            self.next()
            return token.text[1:]
        if token.text == r"\sum":
            return self.summation()
        if token.text in _FUNCTIONS:
            self.next()
            return self.function(_FUNCTIONS[token.text], token)
        if token.text in _NAMING:
            self.next()
            name = self.braced_word()
            if name not in _NAMED_FUNCTIONS:
                self.fail(f"unknown function {name!r} (known: {', '.join(_NAMED_FUNCTIONS)})", token)
            return self.function(_NAMED_FUNCTIONS[name], token)
        if token.kind == "command":
            self.fail("unknown command", token)
        self.fail("unexpected", token)

    def parenthesised(self, arguments: bool = False) -> str:
        """The inside of ( ), [ ], { } or | | (each also after \\left); with ``arguments``, a
        comma-separated list of expressions, as a function's arguments are written."""
        left = self.accept(r"\left")
        token = self.next()
        if token.text not in _OPEN:
            self.fail("expected an opening parenthesis", token)
        self.bars += token.text in _BARS
        inner = self.expression()
        while arguments and self.accept(","):
            inner += ", " + self.expression()
        self.bars -= token.text in _BARS
        if left:
            self.expect(r"\right", "to match \\left")
        self.expect(_OPEN[token.text], "to close the parenthesis")
        return inner

    def bar_follows(self) -> bool:
        """Whether an absolute value |u| opens here (a bar closes one while inside it, unless \\left)."""
        token, ahead = self.peek(), self.peek(1)
        if token is not None and token.text == r"\left":
            return ahead is not None and ahead.text in _BARS
        return token is not None and token.text in _BARS and not self.bars

    def braced_word(self) -> str:
        self.expect("{", "after the command")
        letters = []
        # letters, and underscores as LaTeX writes them in a name: \operatorname{leaky\_relu}
        while (token := self.peek()) is not None and (token.kind == "letter" or token.text in (r"\_", "_")):
            letters.append("_" if token.text == r"\_" else token.text)
            self.next()
        self.expect("}", "after the name")
        return "".join(letters)

    def function(self, name: str, token: LatexToken) -> str:
        base = None
        if name == "log" and token.text == r"\log" and self.accept("_"):
            base = self.group()
        power = self.group() if self.accept("^") else None  # \sigma^2(u): the square of the value
        argument = self.argument(token)
        call = f"{name}({argument}, {base})" if base is not None else f"{name}({argument})"
        return f"({call})**({power})" if power is not None else call

    def argument(self, token: LatexToken) -> str:
        following = self.peek()
        if following is None:
            self.fail("the function has no argument", token)
        if following.text == "{" and self.peek(1) is not None and (self.peek(1).text == r"\left"
                                                                or self.peek(1).text in ("(", "[")):
            self.next()  # derive's LaTeX braces the argument list: \\operatorname{clip}{\\left(u, l, h\\right)}
            arguments = self.parenthesised(arguments=True)
            self.expect("}", "to close the arguments")
            return arguments
        if self.bar_follows() or following.text in _BARS:
            return self.power()  # \\sigma |u|: the function of an absolute value
        if following.text == r"\left" or following.text in _OPEN:
            return self.parenthesised(arguments=True)
        return self.power()  # \exp z^{(1)}_0: the function applies to the next factor

    def summation(self) -> str:
        token = self.next()
        self.expect("_", "after \\sum (write \\sum_{k=0}^{2})")
        self.expect("{", "after \\sum_")
        letter = self.next()
        if letter.kind != "letter":
            self.fail("expected the index letter of the sum", letter)
        self.expect("=", "after the index of the sum")
        first = self.next()
        self.expect("}", "after the first value of the sum")
        self.expect("^", "for the last value of the sum")
        last = self.group()
        if first.kind != "number" or not last.isdigit():
            self.fail("the bounds of a sum must be whole numbers", token)
        self.bound.append(letter.text)
        body = self.term()
        self.bound.pop()
        return f"Sum({body}, ({letter.text}, {first.text}, {last}))"

    # -- quantities ------------------------------------------------------------------------------

    def quantity(self) -> str:
        token = self.next()
        letter = token.text
        if letter == "e":
            return "exp(1)"
        if letter not in _QUANTITIES:
            self.fail(f"unknown quantity {letter!r} (known: x_i, y_j, t_j, W^{{(l)}}_{{j,i}}, b^{{(l)}}_j,"
                      " z^{(l)}_j, a^{(l)}_j, \\eta)", token)
        count, layered = _QUANTITIES[letter]
        layer, indices = None, None
        for _ in range(2):  # layer and indices, in either order
            if layer is None and layered and self.layer_follows():
                layer = self.layer()
            elif indices is None and self.accept("_"):
                indices = self.indices(letter, count, token)
        name = self.name(letter, layer, token)
        if indices is None:
            if letter == "b" and layer is not None:
                return name  # a shared bias has no index
            self.fail(f"{letter} needs its index, e.g. {self.example(letter)}", token)
        return f"{name}[{','.join(indices)}]"

    def layer_follows(self) -> bool:
        return (self.peek() is not None and self.peek().text == "^" and self.peek(1) is not None
                and self.peek(1).text == "{" and self.peek(2) is not None and self.peek(2).text == "(")

    def layer(self) -> str:
        self.next()
        self.next()
        self.next()
        number = self.next()
        if number.kind != "number" or not number.text.isdigit():
            self.fail("the layer must be a whole number, as in W^{(2)}", number)
        self.expect(")", "after the layer number")
        self.expect("}", "after the layer")
        return number.text

    def name(self, letter: str, layer: str | None, token: LatexToken) -> str:
        if letter in ("x", "y", "t"):
            return letter
        if layer is None:
            self.fail(f"{letter} needs its layer, e.g. {self.example(letter)}", token)
        if letter == "a" and layer == "0":
            return "x"
        return ("W" if letter == "w" else letter) + layer

    def indices(self, letter: str, count: int, token: LatexToken) -> list[str]:
        following = self.next()
        if following.text != "{":
            return [self.index(following)]
        parts, current = [], []
        while (item := self.next()).text != "}":
            if item.text == ",":
                parts.append(current)
                current = []
            else:
                current.append(item)
        parts.append(current)
        if len(parts) == 1 and count == 2:
            # W_{ji}, W_{10}: one character per index, as people write two one-digit indices.
            characters = [c for item in parts[0] for c in (item.text if item.kind == "number" else [item.text])]
            if len(characters) != 2:
                self.fail(f"cannot tell the two indices apart; write them with a comma,"
                          f" e.g. {self.example(letter)}", token)
            return [self.index(LatexToken("number" if c.isdigit() else "letter", c, token.position))
                    for c in characters]
        if len(parts) != count:
            self.fail(f"{letter} takes {count} {'index' if count == 1 else 'indices'}, e.g. {self.example(letter)}", token)
        indices = []
        for part in parts:
            if len(part) != 1:
                self.fail("an index is one whole number or one letter", token)
            indices.append(self.index(part[0]))
        return indices

    def index(self, token: LatexToken) -> str:
        if token.kind == "number" and token.text.isdigit():
            return token.text
        if token.kind == "letter" and token.text in self.bound:
            return token.text
        if token.kind == "letter":
            self.fail(f"index {token.text!r} is not a number (indices are 0-based whole numbers) nor the"
                      " index of an enclosing \\sum", token)
        self.fail("an index must be a whole number", token)

    @staticmethod
    def example(letter: str) -> str:
        return {"W": "W^{(2)}_{0,1}", "w": "W^{(2)}_{0,1}", "b": "b^{(2)}_0", "z": "z^{(2)}_0",
                "a": "a^{(2)}_0"}.get(letter, f"{letter}_0")
