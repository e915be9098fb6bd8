"""A formula's text split into its equations: the first step of reading claims (claims.py) and of a homework's
answers (homework_base.py).

``split_equations(text)`` expands the text's macros, splits it into rows (an aligned environment's ``\\\\``)
and lines (line_breaks.py), and joins a row that goes on with the last equation (one starting with a relation or an
operator, one after a row ending with an operator or an open bracket) to it; any other row starts an equation. The
ranges of an equation's indices, written after it or on a line of their own (claim_ranges.py), follow it in
claim_ranges.RANGES_SUFFIX's form. :func:`statements` splits a row at an implication between two equations
(``A = B \\Rightarrow C = D``, ``==>``, ``-->``), except an arrow that says where a derivative is taken (``[f(x)]
\\rightarrow x = u``); grade (grading/document.py) splits its rows with it too.
"""

from __future__ import annotations

import re

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .claim_text import DATA_CASE_AFTER, split_data_case
from .brackets import PRINTED_BRACES, bracket_depths, net_depth
from .claim_ranges import ranges_after, ranges_alone, ranges_suffix
from .line_breaks import equation_lines, unparenthesized
from .quantities import FormulaError, short as _short
from .syntax_tree import RELATION_COMMAND
from .tex_source import expand_macros
from .typography import clean, continued_steps
from .typography_tex import logic_marks_as_words, lost_backslashes
from .typography_display import drop_alignment
from .typography_rows import rows

RELATION_START = lazy_pattern(rf"^(=|:=|{RELATION_COMMAND})")
OPERATOR_START = lazy_pattern(r"^([-+]|\\cdot|\\times|\\odot)")
OPERATOR_END = lazy_pattern(r"([-+=]|\\cdot|\\times|\\odot|\\approx|:=|\\leftarrow)$")


# a run of word characters (letters, digits, _) too long to be a name, or, of digits alone, a number
_WORD_RUN = lazy_pattern(r"\w{%d,}" % (min(LIMITS["word_characters"], LIMITS["number_digits"]) + 1))


def _refuse_beyond_limits(text: str) -> None:
    """Refuse, before any other work on it, a formula whose brackets nest deeper than LIMITS["formula_depth"], or that
    holds a run of letters and digits longer than LIMITS["word_characters"] (of digits alone: LIMITS["number_digits"]).
    Why: the passes before the parser (typography's, the symbol reader's, each of which looks around a letter) take
    time that grows with the square of such a run or nesting, and the parser's own limits come after them."""
    deepest = max(depth for _, depth in bracket_depths(text))
    if deepest > LIMITS["formula_depth"]:
        raise FormulaError(f"formula {_short(text)}: is nested too deeply ({deepest:,} brackets inside each other, more"
                           f" than {LIMITS['formula_depth']} levels); write it with fewer parentheses")
    for run in _WORD_RUN.finditer(text):
        digits = run.group().isdigit()
        limit = LIMITS["number_digits" if digits else "word_characters"]
        if len(run.group()) > limit:
            what, fix = ("digits", "a number") if digits else ("letters and digits in a row", "a name")
            raise FormulaError(f"formula {_short(text)}: has {len(run.group()):,} {what} at position {run.start() + 1},"
                               f" more than the {limit:,} {fix} may have; write "
                               + ("a shorter number" if digits else "names and products apart (a b, a * b)"))


def split_equations(text: str) -> list[str]:
    """The equations of a formula, each one text (rows of an aligned environment joined; a new line
    with its own left side and relation starts an equation, line_breaks.py), the ranges of its indices written with
    it after it in claim_ranges.RANGES_SUFFIX's form."""
    if len(text) > LIMITS["formula_characters"]:
        raise FormulaError(f"formula {_short(text)}: is {len(text):,} characters long, more than the"
                           f" {LIMITS['formula_characters']:,} a formula may have")
    _refuse_beyond_limits(text)
    text = expand_macros(text, f"formula {_short(text)}")  # before rows: a macro's body may hold & and \\
    text = lost_backslashes(text)  # A = B,qquad C = D: the space between claims, before they are split
    text = logic_marks_as_words(text)  # \because A = B: the word, set aside before a claim as "since" is
    equations: list[str] = []
    ranges_at: dict[int, tuple] = {}  # equation's position -> the ranges written with it (claim_ranges.py)
    pending: tuple = ()  # a range on a line of its own before the first equation: the next equation's
    for whole in rows(text):
        whole, after = ranges_after(whole)
        for row in equation_lines(whole):
            if alone := ranges_alone(row):  # a line of its own: the equation before it, or the next one
                pending += alone
                if equations:
                    ranges_at[len(equations) - 1], pending = ranges_at.get(len(equations) - 1, ()) + pending, ()
                continue
            before = len(equations)
            _add_equation(equations, row)
            if pending and len(equations) > before:
                ranges_at[before], pending = pending, ()
        if after and equations:
            ranges_at[len(equations) - 1] = ranges_at.get(len(equations) - 1, ()) + after
    if pending:
        raise FormulaError(f"formula {_short(text)}: the range {pending[0].text()} is written before no formula;"
                           " write it after the formula it restricts (A = B, \\quad i = 1, \\ldots, n)")
    return [equation + ranges_suffix(ranges_at.get(position, ())) for position, equation in enumerate(equations)]


def _add_equation(equations: list[str], row: str) -> None:
    """``row`` added to ``equations``: as an equation of its own, or continuing the last one."""
    raw, case = split_data_case(row.strip())
    starts_blank = raw.startswith("&")
    cleaned = unparenthesized(clean(drop_alignment(raw)))
    if not cleaned:
        if case and equations and not DATA_CASE_AFTER.search(equations[-1]):
            equations[-1] += case  # A = B, \\ since y = 0: the case of the formula before it
        return
    cleaned += case
    first, *implied = statements(cleaned)
    cleaned = first
    if not equations:
        equations.append(cleaned)
        equations.extend(implied)
        return
    continues = (RELATION_START.match(cleaned) or OPERATOR_START.match(cleaned)
                 or OPERATOR_END.search(equations[-1].rstrip()) or _unbalanced(equations[-1]))
    if continues or (starts_blank and not has_relation(cleaned)):
        if RELATION_START.match(cleaned) and re.search(r"(=|\\approx|:=)\s*$", equations[-1]):
            cleaned = RELATION_START.sub("", cleaned, count=1)  # "A = \\ &= B": one relation
        # w_{ij}(t+1) = ... \\ = w_{ij}(t) + ...: the line's w_{ij}(t) the step the chain's first line wrote
        equations[-1] = equations[-1] + " " + continued_steps(equations[-1], cleaned)
    else:
        equations.append(cleaned)
    equations.extend(implied)


def _unbalanced(text: str) -> bool:
    plain = re.sub(r"\\[{}]", "", text)
    return plain.count("(") > plain.count(")") or plain.count("{") > plain.count("}")


# The arrows of an implication, as clean() writes them and as a document has them before cleaning (grade splits
# raw rows): plain text's ==>, => and -->, Unicode's double and single arrows; and a conjunction, \wedge, \land,
# Unicode's ∧, which joins two statements as the arrow does (batch 97's z_1 = w_1a_0+b_1 \wedge a_1 = \sigma(z_1)).
IMPLICATION = lazy_pattern(r"\\(?:Rightarrow|Longrightarrow|implies|to|rightarrow|longrightarrow|wedge|land)(?![A-Za-z])"
                          r"|(?<![<-])--?>|(?<![<>=!:])==?>|[\u21d2\u2192\u2227]")


def statements(row: str) -> list[str]:
    """``A = B \\Rightarrow C = D``: two equations (as grade reads them), where an implication stands
    between two statements that each have a relation; a leading or trailing one is reasoning, left
    to the parser."""
    found, start = [], 0
    for match in IMPLICATION.finditer(row):
        before, after = row[start:match.start()], row[match.end():]
        if net_depth(row[:match.start()], PRINTED_BRACES) == 0 and has_relation(before) and has_relation(after) \
                and not _at_a_point(match.group(), before, after):
            found.append(before.strip())
            start = match.end()
    return [*found, row[start:].strip()]


_POINT_NAME = lazy_pattern(r"\s*((?:\\[A-Za-z]+|[A-Za-z])(?:_\{[^{}]*\}|_[A-Za-z0-9])?)\s*=")


def _at_a_point(arrow: str, before: str, after: str) -> bool:
    """Whether a short arrow says where a derivative is taken, ``\\frac{\\partial}{\\partial x} [f(x)] \\rightarrow
    x = u`` (seed 001's shorthand: f'(u)), not a step to a second equation: what follows it names the variable
    the text before differentiates by."""
    named = _POINT_NAME.match(after)
    if arrow in (r"\Rightarrow", r"\Longrightarrow", r"\implies", "=>", "==>", "\u21d2") or not named:
        return False
    return re.search(rf"\\partial\s*{re.escape(named.group(1))}(?![A-Za-z])", before) is not None


def has_relation(text: str) -> bool:
    """Whether ``text`` holds a relation (=, :=, or a relation's command such as \\approx)."""
    return bool(re.search(rf"(?<![<>!:])=|:=|{RELATION_COMMAND}", text))
