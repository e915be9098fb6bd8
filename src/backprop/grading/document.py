"""The chains of equations written in a submission's text (submission.py reads the text).

:func:`equations` finds the mathematics in it, in every form of docs/notation.md: ``$...$``, ``$$...$$``,
``\\[...\\]``, ``\\(...\\)``, ``\\begin{equation|align|...}`` (starred or not) and GitHub's ```math fence; the
rows of aligned environments (``\\\\``) are read one by one, their ``&`` dropped. Each row is cut into a
**chain** at its top-level relations (``=``, ``\\approx``, ``\\leftarrow``, ``:=``, ...): ``A = B \\approx C``
is the chain [A, B, C]. A row or block that starts with a relation (``= B`` on its own line, as people
continue a derivation) continues the previous chain, or starts one from a bare expression written just before
it (``A`` then ``= B``); a chain ending in a relation (``A =``) takes the next bare expression, or the next
``= B``, as its next member (a member that is only ``\\dots`` counts as empty: ``A = \\dots`` then ``\\dots =
B`` is ``A = B``). An implication between two equations (``\\Rightarrow``, ``==>``, ``\\to``, ...: where
check splits, equation_splitting.statements), ``\\therefore`` and ``\\quad`` followed by words end a statement: what
follows is a new chain (the cutting is document_rows.py's). Inline formulas of one line that are one equation,
``$A$ = $B$``, are joined first (typography_premises.joined_inline_formulas), as check reads the line.

Scanning is linear in the text's length and never recursive, whatever the braces do: an unclosed
delimiter is reported as the submission's problem, and the rest of the file is still read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..limits import LIMITS, TimeLimitExceeded, time_limit
from ..patterns import lazy_pattern
from ..symbolic.math_delimiters import GLUED_DISPLAYS
from ..symbolic.math_spans import delimited, math_spans
from ..symbolic.quantities import FormulaError
from ..symbolic.typography_strings import PRINTED_VALUES
from ..symbolic.typography import MATH_WORDS
from ..symbolic.number_remarks import without_legend_entry
from ..symbolic.typography_premises import denies_the_next, joined_inline_formulas, without_denials_in_math
from ..symbolic.typography_prose import CONDITION_BEFORE, formula_around_symbols
from .document_rows import ELLIPSIS, rows_of, split_chain, statements_of


@dataclass
class Chain:
    """One chain of equations as written: ``members[0] relations[0] members[1] ...``.

    line : 1-based line of the submission where the chain starts.
    members : the LaTeX of each member, left side first (at least two).
    relations : the relation written before each member after the first ("=", "\\approx", ...).
    section : the last heading above the chain (Markdown ``#``, LaTeX ``\\section``), or None.
    display : True for display mathematics ($$, \\[, environments), False for inline.
    case : the case its sentence states ("j=y" from "for the correct class j = y:", "j!=y" from
        "when $j \\neq y$"), for the formulas of that line and the display right after it; or None.
    """

    line: int
    members: list[str]
    relations: list[str]
    section: str | None = None
    display: bool = True
    case: str | None = None
    #: where the piece of mathematics the chain starts in begins (chains of one display share it)
    span: int = -1

    @property
    def text(self) -> str:
        parts = [self.members[0]]
        for relation, member in zip(self.relations, self.members[1:]):
            parts += [relation, member]
        return " ".join(parts)


@dataclass
class Scan:
    """What :func:`equations` found: the chains, and the problems met on the way (one line each)."""

    chains: list[Chain] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: how many pieces of mathematics were found (with a relation or not)
    mathematics: int = 0


# (never a line of knitr's printed values, "##  z1 = -0.7000  f1 = 0.3318": R Markdown's output, as a notebook's outputs
# no claim and no section)
_HEADING = lazy_pattern(r"^(#{1,6})\s+(?!\s)(?!" + PRINTED_VALUES + r")(.+?)\s*#*\s*$|\\(?:sub)*section\*?\{([^{}\n]*)\}",
                        re.MULTILINE)


def equations(text: str, markers: tuple[str, ...] = (), seconds: float = LIMITS["claim_seconds"]) -> Scan:
    """Every chain of equations in ``text`` (Markdown, plain text or LaTeX), in reading order.

    markers : texts that start a section where a short line of prose holds them (plain-text
        documents have headings such as "1.2 Classification" with no markup), besides Markdown's
        ``#`` and LaTeX's ``\\section`` headings.
    seconds : the CPU time splitting one piece of mathematics into its rows and claims may take (a claim's time
        limit); a piece that takes longer is the submission's problem, its claims unjudged, and the rest is read.
    """
    scan = Scan()
    try:
        text = delimited(text)  # codecogs images, MathJax's <script>, escaped \$$: TeX's delimiters
    except FormulaError as error:
        scan.problems.append(str(error))
    # $A$ = $B$ on a line of prose: one equation its author split with delimiters, as check reads the line
    text = "\n".join(_line_formulas(line) if "$" in line else line for line in text.split("\n"))
    lines = _Lines(text)
    headings = [(match.start(), (match.group(2) or match.group(3) or "").strip())
                for match in _HEADING.finditer(text)]
    if markers:
        wanted = [marker.lower() for marker in markers]
        for match in re.finditer(r"^[^\n$]{1,80}$", text, flags=re.MULTILINE):
            line = match.group(0).strip()
            if any(marker in line.lower() for marker in wanted):
                headings.append((match.start(), line))
        headings.sort()
    heading_starts = [position for position, _ in headings]
    previous: Chain | None = None
    before = None  # the mathematics before this one (its end, its LaTeX): words between may deny this one
    for start, end, latex, display in _math_spans(text, lines, scan.problems):
        scan.mathematics += 1
        denied = before is not None and denies_the_next(before[1], text[before[0]:start])
        before = (end, latex)
        if denied:  # $A = B$ rather than $A = C$: the author's rejected formula, never judged (nor called wrong)
            continue
        # (the words just before it only: a bounded window, so that a line of many formulas is read in linear time)
        window = max(0, start - _CONDITION_WINDOW)
        if not display and CONDITION_BEFORE.search(text, text.rfind("\n", window, start) + 1 or window, start):
            # "if $i \neq 1$, ... = 0$ so we get": a condition, as check reads it (typography_prose), never a claim nor
            # a chain the next "= B" goes on with
            continue
        above = bisect.bisect_left(heading_starts, start)
        section = headings[above - 1][1] if above else None
        line = lines.number(start)
        case = _case(text, start)
        try:  # A = B \text{ not } A = C: the denied formula, as check drops it
            latex = without_denials_in_math(latex)
        except FormulaError as error:  # \text{not } A = C before any claim: never judged, refused as check does
            scan.problems.append(f"line {lines.number(start)}: {error}")
            continue
        try:  # a display of thousands of lines, each re-read with the ones before it: bounded as a claim is
            with time_limit(seconds):
                pieces = rows_of(latex)
        except TimeLimitExceeded:
            scan.problems.append(f"line {line}: this mathematics took more than {seconds:g} s of CPU time to split into"
                                 f" its claims ({len(latex):,} characters, {latex.count(chr(10)) + 1:,} lines); its"
                                 " claims are not judged: write each claim of a few lines in its own display")
            continue
        except FormulaError as error:  # a row of more claims than limits.row_claims: this piece's problem, never the class's
            scan.problems.append(f"line {line}: {error}")
            continue
        for offset, row in pieces:
            for statement in statements_of(row):
                members, relations = split_chain(statement)
                if not members:  # no relation: a bare expression
                    expression = statement.strip()
                    if previous is not None and previous.members[-1] == "" and display:  # "A =" then "B"
                        previous.members[-1] = expression
                    elif display and expression:  # "A" then "= B" on the next line: a chain [A, B]
                        previous = Chain(line + offset, [expression], [], section, display, span=start)
                    continue
                if ELLIPSIS.fullmatch(members[0]) and previous is not None and previous.members[-1] == "":
                    members[0] = ""  # "A = \\dots" then "\\dots = B"
                if members[0] == "" and relations and previous is not None:  # "= B": goes on
                    if previous.members[-1] == "":  # "A = \\ = B": one relation, not an empty member
                        previous.members[-1:] = members[1:]
                        previous.relations += relations[1:]
                    else:
                        previous.members += members[1:]
                        previous.relations += relations
                    if not scan.chains or scan.chains[-1] is not previous:  # a bare expression's chain
                        scan.chains.append(previous)
                    continue
                if len(members) < 2 or members[0] == "":
                    continue
                previous = Chain(line + offset, members, relations, section, display, case, start)
                scan.chains.append(previous)
    return scan


#: characters before an inline formula searched for the words that make it a condition ("if", "for all", "when")
_CONDITION_WINDOW = 80


def _line_formulas(line: str) -> str:
    """A line of formulas as check reads it: displays glued on it (``$$A$$B$$``) each its own, a page's setting after a
    claim (number_remarks.without_legend_entry) dropped, one equation its author split with delimiters (``$A$ =
    $B$``, typography_premises.joined_inline_formulas) joined, and a line of no prose whose relation stands outside its
    formulas of symbols alone (``b = b- $\\alpha$ db``, typography_prose.formula_around_symbols) one formula."""
    if line.count("$$") > 2 and line.strip().startswith("$$") and line.strip().endswith("$$"):
        # $$A$$B$$C$$, displays glued on their line with every other $$ left out (math_delimiters.GLUED_DISPLAYS, as check
        # reads them): where each $$ between the line's first and last has mathematics glued on both sides, no space
        # (never a display, then words, then a display), each closes one display and opens the next
        glued = [match for match in GLUED_DISPLAYS.finditer(line) if match.group(0).strip() == "$$"]
        if len(glued) == line.count("$$") - 2:
            line = GLUED_DISPLAYS.sub(lambda match: " $$ $$ " if match.group(0).strip() == "$$" else match.group(0),
                                      line)
    line = without_legend_entry(line)  # $A = B$, $\alpha = 0.5 \cdots \text{Learning rate}$: a setting, no claim
    joined = joined_inline_formulas(line)
    if joined != line:
        return joined
    whole = formula_around_symbols(line, MATH_WORDS)
    return line if whole is None else f"${whole.replace('$', ' ')}$"


#: a case stated in words: "when j = y", "for the incorrect class $j \\neq y$" (two single letters)
_CASE = lazy_pattern(r"\b(?i:when|for|if)\b[^.:;$\n]*?\$?\s*([A-Za-z])\s*(=|\\neq?(?![a-zA-Z])|\u2260|!=)\s*([A-Za-z])\s*\$?"
                     r"(?=\s*[:,)]|\s*$|\s+(?:in|the|we|it)\b)")


def _case(text: str, start: int) -> str | None:
    """The case stated in the prose of the line where the mathematics at ``start`` begins, or, for a
    display alone on its line, in the line of prose just before it (blank lines between). Only the
    _CASE_WINDOW characters before ``start`` are looked at, so a file of one long line scans in
    linear time."""
    window = max(0, start - _CASE_WINDOW)
    line_start = text.rfind("\n", window, start) + 1 or window
    prose = text[line_start:start]
    if not prose.strip() and line_start > window:
        before = text[max(window, line_start - _CASE_WINDOW):line_start].rstrip()
        previous = before[before.rfind("\n") + 1:]
        if previous.lstrip().startswith("$$") or previous.lstrip().startswith("\\"):
            return None
        prose = previous
    match = _CASE.search(prose)
    if match is None:
        return None
    relation = "=" if match.group(2) == "=" else "!="
    return f"{match.group(1)}{relation}{match.group(3)}"


_CASE_WINDOW = 400  # characters: a sentence before a formula, not a page


class _Lines:
    """1-based line numbers of offsets in a text, by bisection (no rescanning per question)."""

    def __init__(self, text: str):
        self.starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def number(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


MAX_PROBLEMS = 20  # reported per submission; a file of 40,000 stray openers needs no more


def _math_spans(text: str, lines: _Lines, problems: list[str]):
    """(offset in text, its end, LaTeX, display?) of each piece of mathematics, in order."""
    def unclosed(start: int, opener: str, closer: str) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(f"line {lines.number(start)}: {opener} is never closed (no {closer}"
                            " after it); the rest of the file is read as text")
    for start, end, latex, display in math_spans(text, unclosed):
        yield start, end, latex, display
