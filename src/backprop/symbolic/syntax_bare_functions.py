"""A function's rule written without its argument (a part of syntax.Parser): where a row's left side is the
derivative of a function named bare, ``\\sigma'``, ``d(\\sigma)/dx``, ``d\\sigma/dx``, ``\\frac{d\\sigma}{dx}``,
``\\frac{d}{dx} \\sigma`` (the operator before the function), every function of the row written without its
argument is that function at the variable: ``d(\\sigma)/dx = \\sigma (1 - \\sigma)`` is ``d(\\sigma(x))/dx =
\\sigma(x) (1 - \\sigma(x))``; ``\\sigma' = \\sigma (1 - \\sigma)`` is at one variable, x. With \\partial
(``\\frac{\\partial \\sigma}{\\partial g}``) \\sigma is more often a unit's output than the function, and a bare
function anywhere else (``\\delta = (a - y) \\sigma'``) keeps its reading or its refusal. In any other row, a
function written bare as the whole numerator of ``\\frac{d\\sigma}{dz}`` is its name, the derivative of the function
(the reader's: at the pre-activation z, where the notation gives the name no quantity), as ``\\frac{dg}{dz}`` is for
a function g of the notation.
"""

from __future__ import annotations

from .function_words import FUNCTIONS
from .syntax_tree import RELATIONS, Sym, Token

#: the variable of a rule whose left side names none, f' = f (1 - f)
_ONE_VARIABLE = "x"
#: what may follow a function of such a rule written without its argument: the row's end, a closing bracket, a
#: relation, or an operator
_AFTER_BARE = frozenset({"}", ")", "]", ",", "+", "-", "*", "/", "^", r"\cdot", r"\times", *RELATIONS})
#: the left sides read so, None the function's place and "v" the variable's (one letter)
_LEFT_SIDES = (("d", "(", None, ")", "/", "d", "v"), ("d", None, "/", "d", "v"),
               (r"\frac", "{", "d", None, "}", "{", "d", "v", "}"),
               (r"\frac", "{", "d", "}", "{", "d", "v", "}", None))


def bare_function_variable(tokens: list[Token]) -> tuple[Sym, str] | None:
    """The variable of a row whose left side is the derivative of one function written bare, and that function as
    written: ``x`` of ``d(\\sigma)/dx``, ``d\\sigma/dx``, ``\\frac{d\\sigma}{dx}`` and ``\\frac{d}{dx} \\sigma`` (a
    variable of one letter), x for ``\\sigma'``; None for any other row."""
    end = next((index for index, token in enumerate(tokens) if token.text in RELATIONS), None)
    if not end:
        return None
    left = tokens[:end]
    if left[0].text in FUNCTIONS and len(left) >= 2 and all(token.text == "'" for token in left[1:]):
        return Sym(_ONE_VARIABLE, position=left[0].position), left[0].text  # \sigma' = ...
    for shape in _LEFT_SIDES:
        if len(left) != len(shape) or any(expected not in (None, "v") and token.text != expected
                                          for token, expected in zip(left, shape)):
            continue
        function, variable = left[shape.index(None)], left[shape.index("v")]
        if function.text in FUNCTIONS and variable.kind == "letter":
            return Sym(variable.text, position=variable.position), function.text
    return None


class BareFunctionParsing:
    """Parser methods for the functions of such a rule written without their argument."""

    bare_variable: Sym | None = None   # the row's variable (bare_function_variable), set by the parser
    bare_function = ""                 # the function the rule is about, as written (\\sigma)

    def bare_function_argument(self) -> list | None:
        """[the rule's variable] where the function just read is written bare in such a row (nothing it could be
        applied to follows); None elsewhere."""
        following = self.peek()
        if self.bare_variable is None or following is not None and following.text not in _AFTER_BARE:
            return None
        return [self.bare_variable]

    def bare_derivative_numerator(self, token: Token) -> bool:
        """Whether the function ``token`` just read is the whole numerator of ``\\frac{d\\sigma}{d...}`` (or of
        ``\\frac{\\partial \\sigma}{\\partial ...}``, the reader judging which z it may be by; or of the two mixed,
        ``\\frac{\\partial \\sigma}{d ...}``, read as the latter) in a row that is no rule of a bare function
        (bare_function_variable)."""
        at = self.position - 1
        signs = ("d", r"\partial")
        return self.bare_variable is None and at >= 3 and self.tokens[at] is token \
            and [each.text for each in self.tokens[at - 3:at - 1]] == [r"\frac", "{"] \
            and self.tokens[at - 1].text in signs and [each.text for each in self.tokens[at + 1:at + 3]] == ["}", "{"] \
            and at + 3 < len(self.tokens) and self.tokens[at + 3].text in signs

    def bare_rule_arguments(self, token: Token, args: list) -> list:
        """``args``, the parenthesis after the rule's own function in such a row, where it holds the variable alone:
        \\sigma(x). Any other, \\sigma(1 - \\sigma), reads two ways: the function at the parenthesis, or its value at
        the variable times it; refused. Another function's parenthesis (\\exp(-x)) is its argument."""
        if self.bare_variable is not None and token.text == self.bare_function and not (
                len(args) == 1 and isinstance(args[0], Sym) and args[0].base == self.bare_variable.base
                and not (args[0].sub or args[0].sup)):
            self.fail(f"{token.text}(...) in a rule of {token.text} written without its argument reads two ways:"
                      f" {token.text} at the parenthesis, or {token.text} times it", token,
                      f"write its argument everywhere, {token.text}({self.bare_variable.base}) (1 - {token.text}"
                      f"({self.bare_variable.base}))")
        return args
