"""A formula inside code's strings, as that formula (a part of typography.clean): a Python docstring's quotes around a
formula (with the words of its label before a colon), a print call's string holding an equation (one that prints only
what the code fills in when it runs is refused), knitr's printed output of ``name = number`` values, and a code line's
string literal holding one (a key's value, ``calculation: '...',``), its escapes undone.

String rewriting over a bounded text, as the rest of typography: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .quantities import FormulaError, short
from .syntax_tree import relation_pattern

# a Python docstring of one line, """...""" or '''...''', around the whole formula
_DOCSTRING = lazy_pattern(r"^(\"\"\"|''')([^\n]*?)\1$")
# a label of words before a colon, "Slope of the activation: ": two words or more, each of two letters or more (so
# never a name such as dW, nor an entry such as w_1), before a formula
_WORDS_LABEL = lazy_pattern(r"^[A-Za-z]{2,}(?:[ \t]+[A-Za-z]{2,})+[ \t]*:[ \t]*(?=\S)")

# a call that prints one string literal, alone on its line: Python's print (its r or f prefix), JavaScript's
# console.log, C's printf and puts, Java's System.out.println, MATLAB's disp; a statement's ; after it
_PRINT_CALL = lazy_pattern(r"^[ \t]*(?:print|console\.log|printf|puts|println|System\.out\.println|disp)[ \t]*\("
                           r"[ \t]*(?P<prefix>[rRfF]{0,2})(?P<quote>\"|')(?P<string>(?:\\.|(?!(?P=quote))[^\\\n])*)"
                           r"(?P=quote)[ \t]*\)[ \t]*;?[ \t]*$", re.M,
                           needs=("console.log", "disp", "print", "puts"))
# what a printed string fills in when it runs: C's conversions (%d, %.3f, %s) and, in an f-string, {...}
_PRINTF_CONVERSION = lazy_pattern(r"%[-+ 0#]*\d*(?:\.\d+)?[dfsgeixc]")
# a string's escapes that are layout, a line break and a tab: spaces in the printed formula
_ESCAPES = {"n": " ", "t": " "}
# an equation in the printed text: an equals sign that is no comparison (==, !=, <=, >=)
_PRINTED_EQUATION = lazy_pattern(r"(?<![=!<>])=(?!=)")


def printed_formula(text: str) -> str:
    """``print("  d_error/d_W_12 = delta_out * hidden")`` as ``d_error/d_W_12 = delta_out * hidden``: a call that
    prints one string literal holding an equation (an ``=``) states that equation, as a comment holding one does;
    the string's escapes ``\\\\``, ``\\"`` are its text's backslash and quote, ``\\n`` and ``\\t`` spaces (a raw
    string's are as written). A
    formula that is only such a call printing what runs fills in (an f-string's ``{...}``, C's ``%d``) or words
    without an equation is refused, saying so; any other text as it is."""
    if "(" not in text:
        return text

    def string(match: re.Match) -> str:
        printed = match.group("string")
        if _fills_in(match) or not _PRINTED_EQUATION.search(printed):
            return match.group(0)
        if "r" in match.group("prefix").lower():
            return printed
        return re.sub(r"\\([\\\"'nt])", lambda escape: _ESCAPES.get(escape.group(1), escape.group(1)), printed)
    rewritten = _PRINT_CALL.sub(string, text)
    whole = _PRINT_CALL.fullmatch(rewritten.strip())
    if whole is not None:
        if _fills_in(whole):
            raise FormulaError(f"formula {short(text)}: the printed string's placeholders ({{...}}, %d) are values the"
                               " code fills in when it runs, not a formula: write the equation itself")
        raise FormulaError(f"formula {short(text)}: the printed string states no equation (no =), only words: write"
                           " the equation itself")
    return rewritten


# knitr's printed output in R Markdown: "## " before each line a chunk printed, and a line holding only values each
# a name, "=" and a number, spaced apart (cat(' z1 =', z1, ' f1 =', f1) prints "##  z1 = -0.7000  f1 = 0.3318"); a
# Markdown heading of only such values states the same (a heading of words, "## Results", is none)
_PRINTED_VALUE = r"[A-Za-z][\w.]*[ \t]*=[ \t]*[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?(?![\w.])"
PRINTED_VALUES = _PRINTED_VALUE + r"(?:[ \t]+" + _PRINTED_VALUE + r")*[ \t]*$"
_KNITR_OUTPUT = lazy_pattern(r"^[ \t]*##[ \t]+(?=" + PRINTED_VALUES + r")(?P<values>[^\n]*)$", re.M)


def knitr_values(text: str) -> str:
    """``##  z1 = -0.7000  f1 = 0.3318``, a line of knitr's printed output holding only ``name = number`` values (or a
    Markdown heading of only those), as its values each on a line of its own: each a claim, ``z1 = -0.7000`` then
    ``f1 = 0.3318`` (never the chain z1 = -0.7000 f1 = 0.3318, a product). Any other line as it is."""
    if "##" not in text:
        return text
    return _KNITR_OUTPUT.sub(lambda line: "\n".join(value.group(0).strip() for value in re.finditer(
        _PRINTED_VALUE, line.group("values"))), text)


def _fills_in(call: re.Match) -> bool:
    """Whether the printed string of ``call`` (a _PRINT_CALL match) has what the code fills in when it runs."""
    printed = call.group("string")
    return ("f" in call.group("prefix").lower() and "{" in printed) or _PRINTF_CONVERSION.search(printed) is not None


# a code string literal, '...', "..." or `...` on one line, its escapes inside (a template literal's ${...} no
# formula: the code fills it in)
# (never a prime's ' glued after a name, f'(z), nor one before a name, a'b: a literal opens and closes apart)
_STRING_LITERAL = lazy_pattern(r"(?<![\w$)\]}'\"`])(?P<quote>['\"`])(?P<string>(?:\\.|(?!(?P=quote))[^\\\n])*)(?P=quote)"
                               r"(?![\w$'\"`])")
# what a line of code may hold around its string literals for one of them to be the formula: a key and its colon
# (calculation:, eq:), a name and its assignment (formula = ...), an object's or a list's brackets, commas and a
# statement's semicolon; never an operator, a call or a word of prose
_LITERAL_FRAME = lazy_pattern(r"(?:[ \t,;{}\[\]]|[A-Za-z_$][\w$]*[ \t]*(?::|=(?!=)))*")
_RELATION = lazy_pattern(relation_pattern())
# a string's escapes: JavaScript's and Python's \\ for a backslash, \' and \" for the quotes, \n a line break, \t a
# space
_STRING_ESCAPE = lazy_pattern(r"\\([\\'\"`nt])")
# TeX's commands a string written without escaping may hold that open as an escape would (\nabla, \times): kept as
# TeX where the string escapes no backslash (\\), a line break \n before any other letter (\nh = ...) a break
_TEX_AFTER_ESCAPE = lazy_pattern(r"\\(?:n(?:abla|eq|e|ot|u|eg|i)|t(?:imes|au|heta|ext\w*|anh|ilde|op|o|riangle\w*|frac"
                                 r"|hinspace))(?![A-Za-z])")


def docstring_formula(text: str) -> str:
    """A formula inside a Python docstring of one line, ``\"\"\"Slope of the activation: f'(s) = 1 -
    f(s)**2\"\"\"``, without its quotes, and without the words of its label before a colon where an equation
    follows them (``f'(s) = ...``): layout, as a comment's ``# `` is; any other text as it is."""
    match = _DOCSTRING.match(text.strip())
    if match is None:
        return text
    inner = match.group(2).strip()
    label = _WORDS_LABEL.match(inner)
    return inner[label.end():] if label is not None and "=" in inner[label.end():] else inner


def literal_formula(text: str) -> str:
    """A code line whose string literal holds a formula, ``calculation: 'Loss = 0.5 × (0.48 - 1)² = 0.135',``
    (a key's value, ``{ type: 'formal', eq: '...' }``, a name's, ``formula = "..."``, or the literal
    alone), as that formula: the string literals holding a relation, each on its own lines, their escapes undone
    (``\\\\`` a backslash, ``\\n`` a line break); the keys, the brackets and the literals of words (``'formal'``)
    are code's layout. Any other text as it is: a text of several lines, one with anything else outside its literals (an
    operator, a call, prose), or no literal holding a relation."""
    if "\n" in text.strip() or not any(quote in text for quote in "'\"`"):
        return text
    literals = list(_STRING_LITERAL.finditer(text))
    outside = _STRING_LITERAL.sub(",", text)
    if not literals or not _LITERAL_FRAME.fullmatch(outside):
        return text
    formulas = [_unescaped(literal.group("string")) for literal in literals
                if _RELATION.search(literal.group("string")) and "${" not in literal.group("string")]
    return "\n".join(formulas) if formulas else text


def _unescaped(string: str) -> str:
    """A string literal's text with its escapes undone; a string escaping no backslash keeps TeX's commands that
    open as an escape would (\\times, \\nabla) as written."""
    if "\\\\" not in string:
        kept = _TEX_AFTER_ESCAPE.findall(string)
        pieces = _TEX_AFTER_ESCAPE.split(string)
        return "".join(_undone(piece) + (kept[index] if index < len(kept) else "")
                       for index, piece in enumerate(pieces))
    return _undone(string)


def _undone(string: str) -> str:
    return _STRING_ESCAPE.sub(lambda escape: {"n": "\n", "t": " "}.get(escape.group(1), escape.group(1)), string)
