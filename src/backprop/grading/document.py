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
follows is a new chain. Inline formulas of one line that are one equation, ``$A$ = $B$``, are joined first
(typography_premises.joined_inline_formulas), as check reads the line.

Scanning is linear in the text's length and never recursive, whatever the braces do: an unclosed
delimiter is reported as the submission's problem, and the rest of the file is still read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..symbolic.claim_text import DATA_CASE_AFTER
from ..symbolic.equation_splitting import IMPLICATION, statements
from ..symbolic.line_breaks import equation_lines
from ..symbolic.math_spans import delimited, math_spans
from ..symbolic.quantities import FormulaError
from ..symbolic.syntax_tree import relation_pattern
from ..symbolic.typography_code import PRINTED_VALUES
from ..symbolic.typography_premises import denies_the_next, joined_inline_formulas, without_denials_in_math
from ..symbolic.typography_rows import drop_remarks
from ..symbolic.typography_unicode import full_width_relations
from .definitions import BARE_NAME_TEXT


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


# (never a line of knitr's printed values, "##  z1 = -0.7000  f1 = 0.3318": R Markdown's output, as a notebook's outputs
# no claim and no section)
_HEADING = re.compile(r"^(#{1,6})\s+(?!\s)(?!" + PRINTED_VALUES + r")(.+?)\s*#*\s*$|\\(?:sub)*section\*?\{([^{}\n]*)\}",
                      re.MULTILINE)


def equations(text: str, markers: tuple[str, ...] = ()) -> Scan:
    """Every chain of equations in ``text`` (Markdown, plain text or LaTeX), in reading order.

    markers : texts that start a section where a short line of prose holds them (plain-text
        documents have headings such as "1.2 Classification" with no markup), besides Markdown's
        ``#`` and LaTeX's ``\\section`` headings.
    """
    scan = Scan()
    try:
        text = delimited(text)  # codecogs images, MathJax's <script>, escaped \$$: TeX's delimiters
    except FormulaError as error:
        scan.problems.append(str(error))
    # $A$ = $B$ on a line of prose: one equation its author split with delimiters, as check reads the line
    text = "\n".join(joined_inline_formulas(line) if "$" in line else line for line in text.split("\n"))
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
        denied = before is not None and denies_the_next(before[1], text[before[0]:start])
        before = (end, latex)
        if denied:  # $A = B$ rather than $A = C$: the author's rejected formula, never judged (nor called wrong)
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
        for offset, row in _rows(full_width_relations(latex)):  # I_5 ＝ ...: a claim, as check reads it
            for statement in _statements(row):
                members, relations = _split_chain(statement)
                if not members:  # no relation: a bare expression
                    expression = statement.strip()
                    if previous is not None and previous.members[-1] == "" and display:  # "A =" then "B"
                        previous.members[-1] = expression
                    elif display and expression:  # "A" then "= B" on the next line: a chain [A, B]
                        previous = Chain(line + offset, [expression], [], section, display, span=start)
                    continue
                if _ELLIPSIS.fullmatch(members[0]) and previous is not None and previous.members[-1] == "":
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


#: a case stated in words: "when j = y", "for the incorrect class $j \\neq y$" (two single letters)
_CASE = re.compile(r"\b(?:when|for|if)\b[^.:;$\n]*?\$?\s*([A-Za-z])\s*(=|\\neq?(?![a-zA-Z])|\u2260|!=)\s*([A-Za-z])\s*\$?"
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


# Environments whose rows are equations (their \\ and & are layout) and environments whose rows
# are the rows of one object (a matrix, cases): the second kind is kept whole inside a member.
_ALIGNING = r"(?:aligned|align|alignat|split|gathered|gather|eqnarray|multline|equation|flalign)\*?"
_LAYOUT = re.compile(r"\\begin\{%s\}(?:\{\d+\})?|\\end\{%s\}" % (_ALIGNING, _ALIGNING))


def _rows(latex: str) -> list[tuple[int, str]]:
    """(line offset, row) of the rows of ``latex``: split at ``\\\\`` outside matrices and cases,
    alignment environments and ``&`` outside matrices dropped."""
    latex = _LAYOUT.sub(" ", latex)
    row_start, line, rows = 0, 0, []
    for match, outside in _outside_environments(r"\\\\", latex):
        if outside and match.group(0) == "\\\\":
            row = latex[row_start:match.start()]
            rows.append((line, row))
            line += row.count("\n")
            row_start = match.end()
    rows.append((line, latex[row_start:]))
    # a row's line is that of its first character, not of the newline that may precede it; an equation after words
    # in \text (\quad \text{where}~z = Wx + b), which drop_remarks sets aside, a chain of its own after the display's
    # (never a member of the chain it stands in), as check judges it
    found, asides = [], []
    for line, row in rows:
        if row.strip():
            line += row[:len(row) - len(row.lstrip())].count("\n")
            row_asides: list = []
            found.append((line, drop_remarks(_unalign(row), asides=row_asides)))
            asides += [(line, aside) for aside in row_asides]
    return _joined_rows([part for line, row in found for part in _equation_lines(line, row)]) + asides


def _equation_lines(line: int, row: str) -> list[tuple[int, str]]:
    """(line, part) of a row split where a new line has its own left side and relation (two ``J = ...``
    lines in one display are two chains, not J = ... J = ...; symbolic/line_breaks.py)."""
    parts: list[tuple[int, str]] = []
    lead, cursor = len(row) - len(row.lstrip()), 0
    for part in equation_lines(row):
        head = part.strip()[:_HEAD]
        found = row.find(head, max(cursor, lead)) if head else -1
        if found >= 0:  # where the part stands in the row: a claim after a comma is on its comma's line
            line_of_part = line + row.count("\n", lead, found)
            whole = part.strip()
            cursor = found + (len(whole) if row.startswith(whole, found) else len(head))
        elif parts:  # rewritten past finding: the line after the previous part's last, past any blank lines
            line_of_part = parts[-1][0] + parts[-1][1].lstrip().count("\n") + 1 \
                + part[:len(part) - len(part.lstrip())].count("\n")
        else:
            line_of_part = line
        parts.append((line_of_part, part))
    return parts


_HEAD = 12  # characters of a part's start looked for in its row


_SPACING = re.compile(r"^(?:\\q?quad|\\[,;:! ]|\\hspace\{[^{}]*\}|\s)+")
_STARTS_TERM = re.compile(r"^(?:[-+]|\\cdot|\\times|\\odot|\\right[.)\]}|]|\\left\s*\.)")
_ENDS_TERM = re.compile(r"(?:[-+]|\\cdot|\\times|\\odot)\s*$")


def _joined_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Rows that go on with the previous row's member are joined to it: a row that starts with an
    operator (``&\\quad + ...``), follows a row ending with one, or follows a row whose ``\\left(``
    is closed later (``\\right.`` ... ``\\left.``)."""
    joined: list[tuple[int, str]] = []
    for line, row in rows:
        start = _SPACING.sub("", row.strip())
        if joined and (_STARTS_TERM.match(start) or _ENDS_TERM.search(joined[-1][1]) or _open(joined[-1][1])):
            joined[-1] = (joined[-1][0], joined[-1][1] + " " + start)
        else:
            joined.append((line, row))
    return joined


def _open(row: str) -> bool:
    """Whether ``row`` leaves a ``\\left(`` or a brace open: ``\\right.`` ends a row without closing
    what the reader sees opened, so the member goes on in the next row."""
    lefts = len(re.findall(r"\\left\s*(?!\.)[^a-zA-Z\s]", row))
    rights = len(re.findall(r"\\right\s*(?!\.)[^a-zA-Z\s]", row))
    return lefts > rights or row.count("{") > row.count("}")


def _unalign(row: str) -> str:
    """A row without alignment marks (``&`` outside matrices) and equation tags."""
    row = re.sub(r"\\(?:tag|label)\*?\{[^{}]*\}|\\(?:nonumber|notag)\b", " ", row)
    return "".join(match.group(0) for match, outside in _outside_environments(r"\\&|&|[^&\\]+|\\", row)
                   if not (outside and match.group(0) == "&"))


def _outside_environments(tokens: str, text: str) -> Iterator[tuple[re.Match[str], bool]]:
    """``(match, outside)`` for each ``\\begin{...}``, ``\\end{...}`` and match of the regex ``tokens`` in
    ``text``, in order; ``outside`` when no environment (a matrix, cases) is open after it, a
    ``\\begin`` or ``\\end`` counted (an ``\\end`` with none open closes nothing)."""
    depth = 0
    for match in re.finditer(r"\\begin\{[^{}]*\}|\\end\{[^{}]*\}|" + tokens, text):
        if match.group(0).startswith("\\begin"):
            depth += 1
        elif match.group(0).startswith("\\end"):
            depth = max(depth - 1, 0)
        yield match, depth == 0


# Where a document's row starts a new statement besides an implication between two equations (equation_splitting.statements,
# check's rule): "therefore", words after \quad, a comma before \quad, a name defined after \quad.
_STATEMENT_BREAK = re.compile(r"\\therefore(?![A-Za-z])"
                              + r"|\\q?quad\s*\\text\{[^{}]*\}|\\text\{\s*(?:and|where|for|since|hence|so|with)\b[^{}]*\}"
                              + r"|,\s*\\q?quad\b"
                              # "... = \frac{U}{V} \quad U = ...": a name defined after \quad starts a statement
                              + r"|[,.;]?\s*\\q?quad(?=\s*(?:%s)\s*(?::=|=(?!=)))" % BARE_NAME_TEXT)


def _statements(row: str) -> list[str]:
    """The statements of a row: ``A = B \\Rightarrow C = D`` is two; trailing words are dropped, and
    so are leading ones (``\\text{So, }``, a ``\\boxed{b}`` label before ``\\quad`` or before the
    derivative the chain starts with). A case in words after the row (``\text{ since } y = 0``, as
    drop_remarks writes it) stays with its last statement."""
    data = DATA_CASE_AFTER.search(row)
    case, row = (row[data.start():], row[:data.start()]) if data else ("", row)
    parts = [_LEADING_PROSE.sub("", statement) for part in _STATEMENT_BREAK.split(row) if part
             for statement in statements(_REASONING_ARROWS.sub("", part))]
    parts = [part for part in parts if part.strip()]
    return parts[:-1] + [parts[-1] + case] if parts and case else parts


# an implication that opens or closes a statement ("\Rightarrow w = ...", "... = 0 \implies"): reasoning, no part of
# the chain
_REASONING_ARROWS = re.compile(r"^\s*(?:%s)|(?:%s)\s*$" % ((IMPLICATION.pattern,) * 2))


# words before a formula: \text{...} holding a space or punctuation ("Now, ", "Hanoi cont.", not
# \text{RSS}), an arrow ("First layer $\rightarrow w = ...$"), a \boxed{...} label before \quad or
# before a derivative (seed 001's "\boxed{b^{(1)}} \frac{\partial}{\partial b^{(1)}} [C] = ...": the
# part it heads, not a factor of the derivative)
_LEADING_PROSE = re.compile(r"^\s*(?:(?:\\(?:rightarrow|to)(?![a-zA-Z])|\\text\{(?=[^{}]*[\s,.:;!?()])[^{}]*\}|\\boxed\{(?:[^{}]|\{[^{}]*\})*\}(?=\s*(?:\\q?quad|\\frac\s*\{\s*\\partial|\\nabla)))"
                            r"\s*(?:\\(?:rightarrow|to|q?quad)(?![a-zA-Z])\s*)*)+")


# A chain is cut at every relation syntax_tree.RELATIONS lists but three: "=" needs its own guard (not
# the "=" of "<=", ">=", "!=", ":=" or "\\="), code's "<-" is "< -" in a document, and \\stackrel's "=" is
# inside its braces. Longest first, so that ":=" is not cut at its "=".
_RELATION = re.compile(relation_pattern({"=", "<-", r"\stackrel"}) + r"|[-+]=(?!=)|(?<![<>!\\:])=")
# A row with no relation that is an update written with an arrow, as check's parser reads it
# (syntax_arrows.ArrowParsing.becomes_at): a name with its scripts, the arrow, and what it becomes from itself,
# w^{(l)}_{jk} \to w^{(l)}_{jk} - \eta g
_SCRIPTED_NAME = r"(?:\\[A-Za-z]+\s*(?:\{[^{}]*\})?|[A-Za-z])(?:\s*[_^](?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))*'?"
_BECOMES_ROW = re.compile(rf"\s*(?P<left>{_SCRIPTED_NAME})\s*"
                          r"(?P<arrow>\\(?:to|rightarrow|longrightarrow)(?![A-Za-z])|->|\u2192)\s*(?P<right>\S.*)", re.DOTALL)


_PIECES = re.compile(r"(?P<open>\\left[(\[{.|]|\\left\\\{|\\\{|[{(\[])|(?P<close>\\right[)\]}.|]|\\right\\\}"
                     r"|\\\}|[})\]])|(?P<relation>" + _RELATION.pattern + ")")


def _split_chain(statement: str) -> tuple[list[str], list[str]]:
    """Cut ``statement`` at its relations outside braces and brackets: (members, relations)."""
    members, relations, depth, start = [], [], 0, 0
    for match in _PIECES.finditer(statement):
        if match.group("open"):
            depth += 1
        elif match.group("close"):
            depth = max(depth - 1, 0)
        elif depth == 0:
            members.append(statement[start:match.start()].strip())
            relations.append(match.group(0))
            start = match.end()
    members.append(statement[start:].strip())
    members[0] = _SPACING.sub("", members[0])  # "z_1 = ...,\; a_1 = ...": the spacing after the comma is no part of a_1
    if not relations:
        update = _BECOMES_ROW.fullmatch(statement)
        if update and not IMPLICATION.search(update.group("right")) \
                and _goes_from_itself(*update.group("left", "right")):
            return [update.group("left").strip(), update.group("right").strip()], [update.group("arrow")]
        return [], []
    # "A = \\dots" then "\\dots = B": the ellipsis stands for what the chain had reached, so B goes on it
    if _ELLIPSIS.fullmatch(members[-1]):
        members[-1] = ""
    return members, relations


def _goes_from_itself(left: str, right: str) -> bool:
    """Whether ``right`` starts from ``left`` and adds or takes something (``w_k \\to w_k - \\eta g_k``): an update,
    where ``h \\to 0`` is a limit."""
    left, right = "".join(left.split()), "".join(right.split())
    return right.startswith(left) and right[len(left):len(left) + 1] in ("-", "+")


_ELLIPSIS = re.compile(r"\\[lc]?dots|\.\.\.|\u2026")
