"""A derivative the formula's line defines in parentheses after it, Yadira-Sainz's ``delta2 = E * σ'(A2)  (σ'(a)=a*(1-a)
si a = σ(z))``: the page's own meaning of the function it uses, ``F'(v) = EXPR`` of one letter v (Unicode, plain text
or TeX: σ or \\sigma, a prime ' or ′ or ^\\prime), perhaps with a condition in words saying v is the activation's output,
``si|if|where|when|with|wenn|où|... v = F(w)``.

The definition is a claim, judged before it is used (as code's ``def dsigmoid(a): return a * (1 - a)`` is,
function_definitions.py), its letter v read as a quantity of every value (function_definitions.bound_notation): at
the input, ``F'(v) = EXPR``; at the output, ``F'(v) = EXPR`` with F(v) for v (the derivative written in the output, as
``a (1 - a)`` is the S-shaped function's). Where a condition names v the output, the output's reading must be right;
with none, either. A definition right in its reading is what the writer means by F'(u): each call ``F'(ARG)`` of the
formula is ``EXPR`` with ``(ARG)`` for v, in parentheses, so the formula is judged as computing what the definition
says, and a call at the wrong argument (``σ'(Z2)`` under an output's definition) stays wrong. A definition wrong in
its reading (``σ'(a) = a*(1+a)``) is refused in one line, never used: it can make no formula right. A definition
that cannot be judged (an unknown function) leaves the line as written. A formula with no such parenthesis, or one
that never calls F', is as written: a slip of the same form written without a definition stays the slip it is.

The same definition written after the formula with its word first and no parentheses, closing the formula's line or
on a line of its own inside the display, ``= \\delta^{(2)} w \\sigma'(z_1^{(1)}),\\n\\quad \\text{avec }
\\sigma'(z)=\\sigma(z)(1-\\sigma(z)).`` (batch 140's French TD), after a comma, a semicolon or TeX's spacing, is read
the same way (its formula the text back to the display's opening delimiter or a blank line): judged, then used, or
refused; it is never a claim of its own (whose dummy letter no notation names).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..patterns import lazy_pattern
from .brackets import PARENTHESES, closing_bracket
from .decorations import WORD_COMMAND
from .function_definitions import bound_notation
from .notation import Notation
from .quantities import FormulaError, short
from .typography_unicode import UNICODE

# the condition's words, "if" in the languages of the pages: si, if, where, when, with, for, wenn, wobei, mit, où,
# avec, se, com, quando, cuando, donde, con, onde, khi, với
_CONDITION_WORDS = r"(?:si|if|where|when|with|for|wenn|wobei|mit|où|avec|se|com|quando|cuando|donde|con|onde|khi|với)"
_FUNCTION = r"\\[A-Za-z]+|[^\W\d_]"
_PRIME = r"(?:'|\u2032|\^\s*\{?\s*\\prime\s*\}?)"
# two levels of parentheses inside the expression: a*(1-a), a(1 - a), σ(z)*(1-σ(z))
_INNER = r"\([^()=\n]*\)"
_EXPRESSION = rf"[^()=\n]*?(?:\((?:[^()=\n]|{_INNER})*\)[^()=\n]*?)*?"
# spacing: blanks, TeX's \, \; \: \  \quad \qquad
_SPACE = r"(?:[ \t]|\\[,;: ]|\\q?quad(?![A-Za-z]))"
# the condition's word, bare or in TeX's text: si, \text{ if }
_WORD = rf"(?:{_CONDITION_WORDS}|{WORD_COMMAND}[ \t]*\{{[ \t]*{_CONDITION_WORDS}[ \t]*\}})"
# a formula's line (a relation in it), then in parentheses closing the line F'(v) = EXPR [, word v = F(w)], before
# the line's closing $, $$, \] or \)
_REMARK = lazy_pattern(rf"^(?P<formula>[^\n]*[=<>][^\n]*?[^\s\\]){_SPACE}*?(?:\\q?quad(?![A-Za-z])|\\[,;: ]|[ \t])"
                       rf"{_SPACE}*\([ \t]*(?P<function>{_FUNCTION})[ \t]*{_PRIME}[ \t]*"
                       rf"\([ \t]*(?P<letter>[A-Za-z])[ \t]*\)[ \t]*=[ \t]*(?P<expression>{_EXPRESSION})[ \t]*"
                       rf"(?:,?{_SPACE}*(?P<word>{_WORD}){_SPACE}*(?P<named>[A-Za-z])[ \t]*=[ \t]*"
                       rf"(?P<outer>{_FUNCTION})[ \t]*\([ \t]*[A-Za-z][ \t]*\))?[ \t]*\)[ \t.,;]*"
                       r"(?P<close>(?:\$\$?|\\\]|\\\))?)[ \t]*$", re.M, needs=("'", "\\prime", "′"))


def _spellings(function: str) -> list:
    """The ways a text writes the function ``function``: its Unicode letter and its TeX command (σ, \\sigma)."""
    command = UNICODE.get(function, "").strip()
    letters = [letter for letter, name in UNICODE.items() if name.strip() == function]
    return [function, *([command] if command.startswith("\\") else []), *letters]


def _letter(letter: str) -> re.Pattern:
    """The letter standing alone: not inside a word nor a command (a in a*(1-a), never in \\alpha or max)."""
    return re.compile(rf"(?<![\w\\]){letter}(?!\w)")


def _calls(formula: str, function: str) -> list:
    """[(start, end, argument)] of each call F'(ARG) of ``formula``, F as any of its spellings, ARG balanced."""
    spelled = "|".join(re.escape(name) + (r"(?![A-Za-z])" if name.startswith("\\") else "")
                       for name in _spellings(function))
    calls = []
    for match in re.finditer(rf"(?:{spelled})[ \t]*{_PRIME}[ \t]*\(", formula):
        closing = closing_bracket(formula, match.end() - 1, brackets=PARENTHESES)
        if closing is not None:
            calls.append((match.start(), closing + 1, formula[match.end():closing]))
    return calls


# the same definition after the formula with its word first and no parentheses, ``..., \quad \text{avec }
# \sigma'(z)=\sigma(z)(1-\sigma(z)).`` (the French TD of batch 140), closing its line, perhaps on a line of its own
# inside the display: a comma, a semicolon or TeX's spacing before the word, the word bare or in \text{...}
_WORDED = lazy_pattern(rf"(?:[ \t]*[,;])?(?:[ \t]*\n)?{_SPACE}*(?:,|;|\\q?quad(?![A-Za-z])|\\[,;: ]){_SPACE}*"
                       rf"(?P<word>{_WORD}){_SPACE}*(?P<function>{_FUNCTION})[ \t]*{_PRIME}[ \t]*"
                       rf"\([ \t]*(?P<letter>[A-Za-z])[ \t]*\)[ \t]*=[ \t]*(?P<expression>{_EXPRESSION})[ \t.,;]*"
                       r"(?P<close>(?:\$\$?|\\\]|\\\))?)[ \t]*$", re.M, needs=("'", "\\prime", "\u2032"))
# where the formula a worded definition closes starts: after the last delimiter or blank line before it
_FORMULA_START = lazy_pattern(r"\$|\\\[|\\\(|\n[ \t]*\n|\\begin\{[^{}]*\}")


def _defined(formula: str, function: str, letter: str, expression: str, condition: bool, written: str,
             notation: Notation | None, right: Callable, worded: bool = False) -> str | None:
    """``formula`` with each call F'(ARG) written as the definition F'(letter) = expression at ARG, where the definition
    is right (at the input, unless ``condition`` says the letter is the output, or at the output); None where it does
    not apply (no call, an expression without its letter, a function check does not know). FormulaError for a
    definition wrong in its reading (``written`` the definition as the page writes it, ``worded`` after a word, not in
    parentheses)."""
    calls = _calls(formula, function)
    if not expression or not calls or not _letter(letter).search(expression):
        return None
    # the definition says what F' is: read it with F' as the derivative, never as the notation's own F' (a
    # table's F' declared at the output would make the page's right definition a(1 - a) look wrong)
    bound = bound_notation(notation, letter)
    bound = replace(bound, primed_functions={name: value for name, value in bound.primed_functions.items()
                                             if name not in _spellings(function)}, _cache={})
    defined = f"{function}'({letter})"
    at_input = None if condition else right(f"{defined} = {expression}", bound)
    at_output = right(f"{defined} = " + _letter(letter).sub(lambda _: f"{function}({letter})", expression), bound)
    if at_input is None and at_output is None:
        return None  # no function check knows: the line as written, refused as it was
    if not (at_input or at_output):
        place = f"at its output ({letter} = {function}(z))" if condition else "at its input nor at its output"
        said, dropped = ("after it", "definition") if worded else ("in parentheses", "parenthesis")
        raise FormulaError(f"formula {short(written)}: the definition {said}, {defined} = {expression}, is not the"
                           f" derivative of {function} {place}, so the formula's {function}' is not read by it; write"
                           f" the derivative right in {letter}, or drop the {dropped}")
    for start, end, argument in reversed(calls):
        formula = formula[:start] + "(" + _letter(letter).sub(lambda _: f"({argument})", expression) + ")" \
            + formula[end:]
    return formula


def remark_definition_read(text: str, notation: Notation | None, right: Callable) -> str:
    """``text`` with the calls of each line's formula to a derivative its closing parenthesis defines (the module
    docstring), or a definition after a word closing it (_WORDED), written as the definition's expression;
    ``right(claim, notation)`` says whether a claim is right (None where it cannot be read). FormulaError for a
    definition wrong in its reading."""
    if "=" not in text:
        return text

    def applied(match: re.Match) -> str:
        condition = match.group("word") is not None
        if condition and (match.group("named") != match.group("letter")
                          or set(_spellings(match.group("outer"))).isdisjoint(_spellings(match.group("function")))):
            return match.group(0)  # a condition on another letter or function: no definition read here
        formula = _defined(match.group("formula"), match.group("function"), match.group("letter"),
                           match.group("expression").strip(), condition, match.group(0), notation, right)
        return match.group(0) if formula is None else formula + match.group("close")
    text = _REMARK.sub(applied, text) if "(" in text else text
    for match in reversed(list(_WORDED.finditer(text))):
        opening = [found.end() for found in _FORMULA_START.finditer(text, 0, match.start())]
        begin = opening[-1] if opening else 0
        formula = text[begin:match.start()]
        if not re.search(r"[=<>]", formula):
            continue
        read = _defined(formula, match.group("function"), match.group("letter"), match.group("expression").strip(),
                        False, text[match.start():match.end()], notation, right, worded=True)
        if read is not None:
            text = text[:begin] + read + match.group("close") + text[match.end():]
    return text
