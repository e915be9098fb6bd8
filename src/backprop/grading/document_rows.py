"""How a piece of mathematics of a submission is cut into rows, statements and chains (document.py finds the pieces
and keeps the chains): rows at ``\\\\`` (and plain TeX's ``\\cr``) outside matrices and cases, their ``&`` dropped; a
row's equations on their own lines or after commas; its statements between implications and words; a statement's
members between its top-level relations. String rewriting over bounded text: nothing is evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..patterns import lazy_pattern
from ..symbolic.brackets import TEX, closing_bracket
from ..symbolic.claim_text import DATA_CASE_AFTER
from ..symbolic.column_numbers import NUMBER_COLUMN
from ..symbolic.equation_splitting import IMPLICATION, statements
from ..symbolic.line_breaks import equation_lines
from ..symbolic.quantities import FormulaError
from ..symbolic.syntax_tree import relation_pattern
from ..symbolic.typography_display import unboxed
from ..symbolic.typography_rows import drop_remarks
from ..symbolic.typography_tex import lost_backslashes, plain_tex_alignments
from ..symbolic.typography_unicode import full_width_relations
from .definitions import BARE_NAME_TEXT

#: an ellipsis standing for a member ("A = \\dots" then "\\dots = B")
ELLIPSIS = lazy_pattern(r"\\[lc]?dots|\.\.\.|\u2026")


# Environments whose rows are equations (their \\ and & are layout) and environments whose rows
# are the rows of one object (a matrix, cases): the second kind is kept whole inside a member.
_ALIGNING = r"(?:aligned|align|alignat|split|gathered|gather|eqnarray|multline|equation|flalign)\*?"
_LAYOUT = lazy_pattern(r"\\begin\{%s\}(?:\{\d+\})?|\\end\{%s\}" % (_ALIGNING, _ALIGNING))


def _unboxed_rows(latex: str) -> str:
    """``latex`` with a box around the whole of it opened (``\\boxed{w \\leftarrow ..., \\qquad b \\leftarrow ...}``:
    the claims it holds, typography_display.unboxed) and plain TeX's rows (``\\cr``, ``\\eqalign{...}``, and
    ``\\newline``'s) written as LaTeX's (typography_tex.plain_tex_alignments), as check reads them; its lines where
    they were. A block of plain TeX never closed is left as written, for check to refuse."""
    opened = unboxed(_unbolded(latex)) if "\\boxed" in latex or "\\b" in latex or "\\mathbf" in latex else latex
    if opened != latex:
        latex = latex[:len(latex) - len(latex.lstrip())] + opened
    try:
        return plain_tex_alignments(latex) if "\\cr" in latex or "\\newline" in latex or "\\eqalign" in latex \
            or "\\displaylines" in latex else latex
    except FormulaError:
        return latex


# the extra space a row break asks for, \\[1em], \\[-2pt]: a length in brackets (never a vector's [0.1, 0.2])
_BREAK_SPACE = lazy_pattern(r"[ \t]*\[\s*[-+]?(?:\d+\.?\d*|\.\d+)\s*(?:em|ex|pt|mm|cm|in|mu|pc|bp|dd|sp)\s*\]")


# a bold font around a whole display, \mathbf{ \frac{\partial C}{\partial w} = ... }: its claims, as check reads them
_BOLD_AROUND = lazy_pattern(r"\s*\\(?:mathbf|boldsymbol|bm)\s*(?=\{)")


def _unbolded(latex: str) -> str:
    """``latex`` without a bold font's group around the whole of it (its content stripped); else as written."""
    bold = _BOLD_AROUND.match(latex)
    if bold is None or closing_bracket(latex, bold.end(), escapes=TEX) != len(latex.rstrip()) - 1:
        return latex
    return latex[bold.end() + 1:len(latex.rstrip()) - 1].strip()


def _rows(latex: str) -> list[tuple[int, str]]:
    """(line offset, row) of the rows of ``latex``: split at ``\\\\`` outside matrices and cases,
    alignment environments and ``&`` outside matrices dropped; a row break's extra space (``\\\\[1em]``) is the
    break's, no part of the next row."""
    latex = _LAYOUT.sub(" ", _unarrayed(latex))
    row_start, line, rows = 0, 0, []
    for match, outside in _outside_environments(r"\\\\", latex):
        if outside and match.group(0) == "\\\\":
            row = latex[row_start:match.start()]
            rows.append((line, row))
            line += row.count("\n")
            space = _BREAK_SPACE.match(latex, match.end())
            row_start = space.end() if space else match.end()
    rows.append((line, latex[row_start:]))
    # a row's line is that of its first character, not of the newline that may precede it; an equation after words
    # in \text (\quad \text{where}~z = Wx + b), which drop_remarks sets aside, a chain of its own after the display's
    # (never a member of the chain it stands in), as check judges it
    found, asides = [], []
    for line, row in rows:
        if row.strip():
            lead = _SPACING.match(row)  # whitespace and spacing, TeX's control space "\\<newline>" among it
            line += lead.group(0).count("\n") if lead else 0
            row_asides: list = []
            found.append((line, _unalign(drop_remarks(row, asides=row_asides))))
            asides += [(line, aside) for aside in row_asides]
    return _joined_rows([part for line, row in found for part in _equation_lines(line, row)]) + asides


# an array that is the whole display, \[ \begin{array}{rll} h_1 & = au + bv & = 5 \\ ... \end{array} \]: rows of
# equations, as check reads an array (typography._ARRANGING); one inside brackets or after a left side (a matrix's, a
# case's) stays an object of its member
_WHOLE_ARRAY = lazy_pattern(r"(?P<lead>\s*)\\begin\{array\}\s*\{[^{}]*\}(?P<rows>(?:(?!\\begin\{|\\end\{).)*)"
                            r"\\end\{array\}\s*", re.S)


def _unarrayed(latex: str) -> str:
    """``latex`` without the array around the whole of it (its rows kept where they were); else as written."""
    whole = _WHOLE_ARRAY.fullmatch(latex)
    return latex if whole is None else whole.group("lead") + whole.group("rows")


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


_SPACING = lazy_pattern(r"^(?:\\q?quad|\\[,;:!\s]|\\hspace\{[^{}]*\}|\s)+")
# spacing that ends a row's line, "\\rightarrow\\ \\ \\ " (its last backslash's space lost at the line's end): no part of
# its last member, nor something after the arrow
_TRAILING_SPACING = lazy_pattern(r"(?:\\q?quad|\\[,;:!\s]|\\hspace\{[^{}]*\}|\\(?=\s*$)|\s)+$")
_STARTS_TERM = lazy_pattern(r"^(?:[-+]|\\cdot|\\times|\\odot|\\right[.)\]}|]|\\left\s*\.)")
_ENDS_TERM = lazy_pattern(r"(?:[-+]|\\cdot|\\times|\\odot)\s*$")


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
    """A row without alignment marks (``&`` outside matrices) and equation tags; the ``&`` of an equation number's
    column of its own (``h_1 &= w_1 x &- (1)``) kept, so that check reads the column as its number or as arithmetic
    (column_numbers.column_labels_both_ways: refused where the two disagree), never as arithmetic alone."""
    row = re.sub(r"\\(?:tag|label)\*?\{[^{}]*\}|\\(?:nonumber|notag)\b", " ", row)
    column = NUMBER_COLUMN.search(row)
    kept = column.start() if column is not None else -1
    return "".join(match.group(0) for match, outside in _outside_environments(r"\\&|&|[^&\\]+|\\", row)
                   if not (outside and match.group(0) == "&" and match.start() != kept))


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
_STATEMENT_BREAK = lazy_pattern(r"\\therefore(?![A-Za-z])"
                                + r"|\\q?quad\s*\\text\{[^{}]*\}|\\text\{\s*(?:and|where|for|since|hence|so|with)\b[^{}]*\}"
                                + r"|,\s*\\q?quad\b"
                                # "... = \frac{U}{V} \quad U = ...": a name defined after \quad starts a statement
                                + r"|[,.;]?\s*\\q?quad(?=\s*(?:%s)\s*(?::=|=(?!=)))" % BARE_NAME_TEXT)


def statements_of(row: str) -> list[str]:
    """The statements of a row: ``A = B \\Rightarrow C = D`` is two; trailing words are dropped, and
    so are leading ones (``\\text{So, }``, a ``\\boxed{b}`` label before ``\\quad`` or before the
    derivative the chain starts with). A case in words after the row (``\text{ since } y = 0``, as
    drop_remarks writes it) stays with its last statement."""
    data = DATA_CASE_AFTER.search(row)
    case, row = (row[data.start():], row[:data.start()]) if data else ("", row)
    parts = [_without_leading_prose(statement) for part in _outside_split(_STATEMENT_BREAK, row) if part
             for statement in statements(_REASONING_ARROWS.sub("", _TRAILING_SPACING.sub("", part)))]
    parts = [part for part in parts if part.strip()]
    return parts[:-1] + [parts[-1] + case] if parts and case else parts


def _outside_split(pattern: re.Pattern, row: str) -> list[str]:
    """``row`` split at the matches of ``pattern`` outside environments (a case's ``,&\\quad k = j`` inside
    ``\\begin{cases}`` is the case's condition, no break)."""
    parts, start = [], 0
    for match, outside in _outside_environments(pattern.pattern, row):
        if outside and not match.group(0).startswith(("\\begin{", "\\end{")):
            parts.append(row[start:match.start()])
            start = match.end()
    return parts + [row[start:]]


# an implication that opens or closes a statement ("\Rightarrow w = ...", "... = 0 \implies"): reasoning, no part of
# the chain
_REASONING_ARROWS = lazy_pattern(r"^\s*(?:%s)|(?:%s)\s*$" % ((IMPLICATION.pattern,) * 2))


def _without_leading_prose(statement: str) -> str:
    """``statement`` without the words before it (_LEADING_PROSE), unless they are all that stands before its first
    relation: ``\\text{W update} = X^\\top \\cdot \\text{grad}`` names its left side in words, as check reads it
    (dropped, the row would go on with the chain before it)."""
    without = _LEADING_PROSE.sub("", statement)
    if without != statement and _RELATION.match(without.strip()) and not _RELATION.match(statement.strip()):
        return statement
    return without


# words before a formula: \text{...} holding a space or punctuation ("Now, ", "Hanoi cont.", not
# \text{RSS}), an arrow ("First layer $\rightarrow w = ...$"), a \boxed{...} label before \quad or
# before a derivative (seed 001's "\boxed{b^{(1)}} \frac{\partial}{\partial b^{(1)}} [C] = ...": the
# part it heads, not a factor of the derivative)
_LEADING_PROSE = lazy_pattern(r"^\s*(?:(?:\\(?:rightarrow|to)(?![a-zA-Z])|\\text\{(?=[^{}]*[\s,.:;!?()])[^{}]*\}|\\boxed\{(?:[^{}]|\{[^{}]*\})*\}(?=\s*(?:\\q?quad|\\frac\s*\{\s*\\partial|\\nabla)))"
                              r"\s*(?:\\(?:rightarrow|to|q?quad)(?![a-zA-Z])\s*)*)+")


# A chain is cut at every relation syntax_tree.RELATIONS lists but three: "=" needs its own guard (not
# the "=" of "<=", ">=", "!=", ":=" or "\\="), code's "<-" is "< -" in a document, and \\stackrel's "=" is
# inside its braces. Longest first, so that ":=" is not cut at its "=".
# (code's += never after ^: w_7^+=0.4 - ... is the new w_7, w_7^+, equal to what follows)
_RELATION = lazy_pattern(relation_pattern({"=", "<-", r"\stackrel"}) + r"|(?<!\^)[-+]=(?!=)|(?<![<>!\\:])=")
# A row with no relation that is an update written with an arrow, as check's parser reads it
# (syntax_arrows.ArrowParsing.becomes_at): a name with its scripts, the arrow, and what it becomes from itself,
# w^{(l)}_{jk} \to w^{(l)}_{jk} - \eta g
_SCRIPTED_NAME = r"(?:\\[A-Za-z]+\s*(?:\{[^{}]*\})?|[A-Za-z])(?:\s*[_^](?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))*'?"
_BECOMES_ROW = lazy_pattern(rf"\s*(?P<left>{_SCRIPTED_NAME})\s*"
                            r"(?P<arrow>\\(?:to|rightarrow|longrightarrow)(?![A-Za-z])|->|\u2192)\s*(?P<right>\S.*)", re.DOTALL)


# (an environment, \\begin{cases} ... \\end{cases}, is a bracket: a case's condition "k = j" inside it no relation of
# the chain, as check reads the cases whole)
_PIECES = lazy_pattern(r"(?P<open>\\begin\{[^{}]*\}|\\left[(\[{.|]|\\left\\\{|\\\{|[{(\[])"
                       r"|(?P<close>\\end\{[^{}]*\}|\\right[)\]}.|]|\\right\\\}"
                       r"|\\\}|[})\]])|(?P<relation>" + _RELATION.pattern + ")")


# a relation with a note over or under it, w_j \overset{\underset{\mathrm{def}}{}}{=} w_j - ... (\stackrel{def}{=},
# \underset), or in braces alone, w_{j}{=} w_{j} - ... (as Jupyter's and MathJax's conversions write it): that relation,
# as check reads it (typography.clean drops the note and the braces); cut there, not hidden inside the braces
_ANNOTATED_RELATION = lazy_pattern(r"(?:\\(?:overset|stackrel|underset)\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}\s*)?"
                                   r"\{\s*(:=|=|\\approx)\s*\}")


def split_chain(statement: str) -> tuple[list[str], list[str]]:
    """Cut ``statement`` at its relations outside braces and brackets: (members, relations)."""
    # spacing before the left side is no part of it ("z_1 = ...,\; a_1 = ..."), nor before a relation that continues
    # the chain before it ("$\ \ \ = B$" under "$A = C$")
    statement = _SPACING.sub("", statement)
    statement = _ANNOTATED_RELATION.sub(r" \1 ", statement) if "{" in statement else statement
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
    if not relations:
        update = _BECOMES_ROW.fullmatch(statement)
        if update and not IMPLICATION.search(update.group("right")) \
                and _goes_from_itself(*update.group("left", "right")):
            return [update.group("left").strip(), update.group("right").strip()], [update.group("arrow")]
        return [], []
    # "A = \\dots" then "\\dots = B": the ellipsis stands for what the chain had reached, so B goes on it
    if ELLIPSIS.fullmatch(members[-1]):
        members[-1] = ""
    return members, relations


def _goes_from_itself(left: str, right: str) -> bool:
    """Whether ``right`` starts from ``left`` and adds or takes something (``w_k \\to w_k - \\eta g_k``): an update,
    where ``h \\to 0`` is a limit."""
    left, right = "".join(left.split()), "".join(right.split())
    return right.startswith(left) and right[len(left):len(left) + 1] in ("-", "+")


def rows_of(latex: str) -> list[tuple[int, str]]:
    """(line offset, row) of each row of a piece of mathematics: full-width relations made ASCII (``I_5 ＝ ...``: a
    claim, as check reads it), commands that lost their backslash written with it (``A = B,qquad C = D``: two claims,
    typography_tex.lost_backslashes, as check's split_equations reads them), a box around the whole opened, plain
    TeX's rows as LaTeX's (_unboxed_rows), then _rows."""
    return _rows(_unboxed_rows(lost_backslashes(full_width_relations(latex))))

