"""An identity of one function (a part of syntax.Parser): where a row's left side is the derivative of a function
named bare, ``\\sigma'``, ``d(\\sigma)/dx``, ``d\\sigma/dx``, ``\\frac{d\\sigma}{dx}``, every function of the row
written without its argument is that function at the variable: ``d(\\sigma)/dx = \\sigma (1 - \\sigma)`` is
``d(\\sigma(x))/dx = \\sigma(x) (1 - \\sigma(x))``; ``\\sigma' = \\sigma (1 - \\sigma)`` is at one variable, x. A bare
function anywhere else (``\\delta = (a - y) \\sigma'``) keeps its reading or its refusal.
"""

from __future__ import annotations

from .syntax_tree import FUNCTIONS, RELATIONS, Sym, Token

#: the variable of an identity whose left side names none, f' = f (1 - f)
_ONE_VARIABLE = "x"
#: what may follow a function of such an identity written without its argument: the row's end, a closing bracket,
#: a relation, or an operator
_AFTER_BARE = frozenset({"}", ")", "]", ",", "+", "-", "*", "/", "^", r"\cdot", r"\times", *RELATIONS})


def _is_function(token: Token | None) -> bool:
    return token is not None and token.text in FUNCTIONS


def identity_variable(tokens: list[Token]) -> tuple[Sym, str] | None:
    """The variable of a row whose left side is the derivative of one function written bare, and that function as
    written: ``x`` of ``d(\\sigma)/dx``, ``d\\sigma/dx`` and ``\\frac{d\\sigma}{dx}`` (d or \\partial, a variable of
    one letter), x for ``\\sigma'``; None for any other row."""
    end = next((index for index, token in enumerate(tokens) if token.text in RELATIONS), None)
    if end is None:
        return None
    texts = [token.text for token in tokens[:end]]
    if len(texts) >= 2 and _is_function(tokens[0]) and set(texts[1:]) == {"'"}:
        return Sym(_ONE_VARIABLE, position=tokens[0].position), tokens[0].text  # \sigma' = ...
    operators = ("d", r"\partial")
    shapes = ((["d", "(", None, ")", "/"], 5), (["d", None, "/"], 3), ([r"\frac", "{", None, "}", "{"], 5))
    for shape, length in shapes:
        operator = texts[0] if shape[0] == "d" else (texts[2] if len(texts) > 2 else None)
        if operator not in operators:
            continue
        pattern = [operator if text == "d" else text for text in shape]
        if shape[0] == r"\frac":
            pattern = [r"\frac", "{", operator, None, "}", "{"]
            length = 6
        if len(texts) < length + 2 or any(expected is not None and text != expected
                                          for text, expected in zip(texts, pattern)):
            continue
        function = tokens[pattern.index(None)]
        rest = texts[length:]
        closing = ["}"] if shape[0] == r"\frac" else []
        if _is_function(function) and rest[0] == operator and len(rest) == 2 + len(closing) \
                and tokens[length + 1].kind == "letter" and rest[2:] == closing:
            return Sym(rest[1], position=tokens[length + 1].position), function.text
    return None


class IdentityParsing:
    """Parser methods for the functions of an identity written without their argument."""

    identity: Sym | None = None   # the row's identity variable (identity_variable), set by the parser
    identity_function = ""        # the function the identity is about, as written (\\sigma)

    def bare_function_argument(self) -> list | None:
        """[the identity's variable] where the function just read is written bare in such a row (nothing it could
        be applied to follows); None elsewhere."""
        following = self.peek()
        if self.identity is None or following is not None and following.text not in _AFTER_BARE:
            return None
        return [self.identity]

    def identity_arguments(self, token: Token, args: list) -> list:
        """``args``, the parenthesis after the identity's own function in such a row, where it holds the variable alone:
        \\sigma(x). Any other, \\sigma(1 - \\sigma), reads two ways: the function at the parenthesis, or its value at
        the variable times it; refused. Another function's parenthesis (\\exp(-x)) is its argument."""
        if self.identity is not None and token.text == self.identity_function and not (len(args) == 1 and isinstance(args[0], Sym) and args[0].base
                                              == self.identity.base and not (args[0].sub or args[0].sup)):
            self.fail(f"{token.text}(...) in an identity of {token.text} written without its argument reads two ways:"
                      f" {token.text} at the parenthesis, or {token.text} times it", token,
                      f"write its argument everywhere, {token.text}({self.identity.base}) (1 - {token.text}"
                      f"({self.identity.base}))")
        return args
