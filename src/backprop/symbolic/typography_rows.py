"""The rows of a formula (a part of typography.py's cleaning): an aligned display split at ``\\\\`` into its
rows, each without its alignment marks, equation number or remark in words, so that claims.py can tell a new
equation from a continued one.

String rewriting with bounded loops over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .claim_ranges import is_ranges
from .claim_text import split_data_case
from .comma_remarks import OPERATOR, remark_after_comma
from .comment_marks import commented_out_code, latex_comments
from .decorations import PROSE_COMMAND
from .line_breaks import CONJUNCTION_IN_TEXT
from .lead_in_words import CONDITION_WORDS
from .quantities import FormulaError, short
from .syntax_tree import relation_pattern
from .math_delimiters import strip_math_delimiters
from .typography import SIZES, MAX_PASSES
from .typography_display import (PROSE_LABEL, alignment_marks, drop_alignment, is_block_brace, is_elided_row,
                                 is_words_row, without_label_before, without_number_before)
from .typography_prose import IMPLICATION
from .typography_indices import listed_indices
from .typography_steps import octave_code

# words in \text ending a row: two or more (punctuation after them), or a remark in parentheses opening with a word
# of any script and holding two in a row, \text{ (Visto que h(.) é função identidade)}, which may hold parentheses
# of its own (no relation)
_PROSE_AFTER = lazy_pattern(r"(?<!\s)\s*\\text\s*\{\s*(?:[A-Za-z]+(?:\s+[A-Za-z]+)+\s*[.!:;,]?|\(\s*[^\W\d_]{2,}\s"
                            r"(?=[^{}=]*?[^\W\d_]{2,}\s+[^\W\d_]{2,})[^{}()=]*(?:\([^{}()=]*\)[^{}()=]*)*\))"
                            r"\s*\}\s*[.,;]?\s*$", needs=("\\text",))
_REMARK_AFTER_SPACE = lazy_pattern(r"(\\quad|\\qquad|\\hspace\*?\{[^{}]*\})\s*(?P<rest>.*)$", re.S,
                                   needs=("hspace", "quad"))
# an equation number set before the row's formula, $$\tag{2} \text{From} \quad g = ...$$ (a display's \tag may open
# it, as it may close it): not part of the claim, and the prose after it opens the formula
_TAG_BEFORE = lazy_pattern(r"^(\s*&?\s*)\\tag\*?\{[^{}]*\}\s*")
# \notag, \nonumber, \label{...} and \tag{...} ending a row, and a sentence's marks after it (never the dot of \right. or
# \left., nor an escaped mark): each searched only from where a run of spacing starts (or, after \right, one later),
# each later start being the same match shorter, so a long run of spaces is read once
_NUMBERING_LAST = lazy_pattern(r"(?<!\s)(?:\s*\\(?:nonumber|notag|label\{[^{}]*\})(?![A-Za-z]))+\s*$")
_TAG_LAST = lazy_pattern(r"(?<!\s)\s*\\tag\*?\{[^{}]*\}\s*$")
_MARKS_LAST = lazy_pattern(r"(?<!\\right)(?<!\\left)(?<!\\)(?:(?<![\s,.;])|(?<=\\right[\s,.;])|(?<=\\left[\s,.;])"
                           r"|(?<=\\[\s,.;]))[\s,.;]+$")
_TAG = lazy_pattern(r"^\(\s*[0-9]+[a-z]?\s*\)$|^\(\s*\*+\s*\)$|^\[\s*[0-9]+\s*\]$")


# words opening a row, ended by punctuation or a \quad (typography_display.PROSE_LABEL): a label
_PROSE_OPENING = lazy_pattern(r"^(\s*&?\s*)" + PROSE_LABEL,
                              needs=("hbox", "mathrm", "mbox", "text"))
# a row's lead-in of prose: words in \text (equation references among them) then an implication's arrow,
# \text{Base on (10), (13), (16)} &=>, \text{Using the rules above} \Rightarrow: the sentence's, no claim (not a
# condition's words, \text{if y = 1} \Rightarrow, whose claim holds only in its case; no relation inside)
_PROSE_LEAD_IN = lazy_pattern(r"^(\s*&?\s*)" + PROSE_COMMAND + r"\s*\{(?!\s*(?i:" + CONDITION_WORDS + r")\b)"
                              r"(?=[^{}]*[^\W\d_]{2})[^{}=<>]*\}\s*&?\s*(?:" + IMPLICATION.pattern + "|\u21d2|\u27f9)" + r"\s*",
                              needs=("hbox", "mathrm", "mbox", "text"))
# (and after a comma, with the name of what lies in it: ..., \ dz^{[L]} \in \mathbb{R}^{(C,1)}; a name of letters,
# scripts and braced groups, no bracket of the formula's)
# the real numbers' set and its power, \mathbb{R}^{n_1}, \R^{m \times n}, \mathbb R^2
# (its runs of spacing possessive, \s*+, each before a character no space is: a run after the set, a^{n} + spaces + x,
# is scanned once, never split between three runs every way)
_REALS = (r"\\in\s*+(?:\\mathbb\s*+\{?\s*+R\s*+\}?|\\R(?![A-Za-z]))"
          r"(?:\s*+\^\s*+(?:\{(?:[^{}]|\{[^{}]*\})*\}|\S))?")
# (a TeX space, \; \: \! \ , read one way only: as two characters of the name, \, as its own item since the name
# holds no bare comma; the name never ends on a space, the spacing after it the set's: no run of \; is split between
# the two readings every way, nor a run of spaces between the name and the set)
_MEMBERSHIP_AFTER = lazy_pattern(r"(?:(?<!\s)|(?=,))(?:,(?:\\,|[^=,(){}\[\]$]|\{(?:[^{}]|\{[^{}]*\})*\})*?"
                                 r"(?<!\s))?\s*+" + _REALS + r"\s*+(?:[,.]\s*+)?$", needs=("\\in",))
# the same remark inside a row, after a member and before the next claim (displays glued into one row, $$z = Wx + b \in
# \mathbb{R}^{n}$$a = \sigma(z)$$): a separator, as a comma is, which splits there only before an equation with its
# own left side (line_breaks)
_MEMBERSHIP_BETWEEN = lazy_pattern(r"(?<=[^\s=,&])\s*(?>" + _REALS + r")\s*,?(?=\s*[^\s,.=])", needs=("\\in",))


_AT_MOST = r"(?:<=|≤|\\leq?(?![A-Za-z]))"
_WHOLE_RANGE_AFTER = lazy_pattern(
    r"(?<=[^\s,=(])\s*+,?\s*+(?:\\q?quad(?![A-Za-z])\s*)?\(\s*(?:[01]\s*" + _AT_MOST + r"\s*[a-z]\s*" + _AT_MOST
    + r"\s*[A-Z]|[a-z]\s*=\s*[01]\s*(?:,\s*(?:\.\.\.|\\[lc]?dots(?![A-Za-z]))\s*,|\.\.)\s*[A-Z])\s*\)\s*$",
    needs=("..", "<=", "\\le", "dots", "≤"))

# the same after TeX's spacing or a space, over several letters, to a number or a lowercase count, "for" before it:
# \; \; (i, j = 1, \dots, 12), (i = 1..n), (for i = 1, ..., n): every value of its letters (check judges a rule at every
# value the network has: over more units than the range, a rule stated for fewer is judged the stricter, never right
# where wrong)
_LISTED_RANGE_AFTER = lazy_pattern(
    r"(?<=[^\s,=(])(?:\s*,|\s|~|\\[,;: ]|\\q?quad(?![A-Za-z]))(?:\s|~|\\[,;: ]|\\q?quad(?![A-Za-z]))*\(\s*"
    r"(?:(?:\\text\s*\{\s*for\s*\}|for)\s*)?(?:[01]\s*" + _AT_MOST + r"\s*[a-z]\s*" + _AT_MOST + r"\s*(?:[A-Za-z]|\d+)"
    r"|[a-z](?:\s*,\s*[a-z])*\s*=\s*[01]\s*(?:,\s*(?:\.\.\.|\\[lc]?dots(?![A-Za-z]))\s*,|\.\.)\s*(?:[A-Za-z]|\d+))\s*\)\s*$",
                                   needs=("..", "<=", "\\le", "dots", "≤"))

# any other range after the rule: two comparisons around a letter, or the letter in an interval
_RANGE_AFTER = lazy_pattern(r"(?<=[^\s,=(])\s*+,?\s*+(?:\\q?quad(?![A-Za-z])\s*)?(\(\s*(?:[^()=]+?" + _AT_MOST + r"\s*[a-z]\s*"
                            + _AT_MOST + r"[^()=]+?|[a-z]\s*(?:\\in(?![A-Za-z])|in\s)\s*\[[^\[\]]*\])\s*\))\s*$",
                            needs=("<=", "\\le", "in", "≤"))


_RELATION = lazy_pattern(relation_pattern())
# a remark opening with words: a prose command, or any text-mode command (\textbf{...}, \textcolor{red}{...})
# the alignment marks before a column (``&``, ``&&``, ``& &``)
_COLUMN_MARKS = lazy_pattern(r"&[\s&]*")
_TEXT_OPENING = lazy_pattern(r"\\text[a-z]*(?![A-Za-z])|" + PROSE_COMMAND)
# a row going on with the member before it opens with an operator between two operands
_GOES_ON = lazy_pattern(OPERATOR)


# "where" (or "with", "and") after a formula and a name and "is"/"are", ``where \eta is the learning rate``, even in
# math mode's letters (``\: where \: \eta \: is \: learning\, rate``): prose, a remark that ends the formula
_CLAUSE_WORD = r"(?:where|with|and)"
_TEX_GAP = r"(?:\s|~|\\[,;: ]|\\q?quad(?![A-Za-z]))"
# a place no _TEX_GAP ends at: a run of gaps is searched from its first (each later start is the same match, shorter)
_AFTER_NO_GAP = r"(?<![\s~])(?<!\\[,;: ])(?<!\\quad)(?<!\\qquad)"
_ONE_NAME = r"(?:\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z])(?:\s*[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))*"
_PROSE_CLAUSE = lazy_pattern(_AFTER_NO_GAP + _TEX_GAP + r"+" + _CLAUSE_WORD + _TEX_GAP + r"+" + _ONE_NAME
                             + _TEX_GAP + r"+(?:is|are)(?:" + _TEX_GAP + r"|$).*$", re.S,
                             needs=("and", "where", "with"))
# words in \text (of any language: where, with, hence, burada, donde, wobei) after a formula's \quad, then an
# equation of its own: ``\text{where } p_i = \frac{1}{1 + e^{-z_i}}``, ``\text{burada } \frac{\partial z}{\partial
# a} = w`` (a claim of its own where it ends the display: line_breaks.py splits it off at the comma this puts
# before it)
_WORDS_THEN_EQUATION = lazy_pattern(PROSE_COMMAND + r"\s*\{(?P<words>[^{}]*[^\W\d_]{2}[^{}]*)\}"
                                    + _TEX_GAP + r"*(?P<equation>(?P<left>[^=]*?[^\s=<>!:])\s*(?::?=(?!=)|"
                                    r"\\(?:equiv|doteq|triangleq)(?![A-Za-z]))(?P<right>.+))$",
                                    re.S)
# what an equation after such words states of a case or a range, no claim: one name's value (if y = 1, for j = k)
# or a range (for l = 1, \ldots, L)
_CONDITION_VALUE = lazy_pattern(r"[-+]?\s*(?:\d*\.?\d+|[A-Za-z])\s*[.,]?")
_RANGE = lazy_pattern(r"\\l?dots(?![A-Za-z])|\\cdots(?![A-Za-z])|\.\.\.")


def _claim_after_words(remark: str) -> str | None:
    """The equation after ``remark``'s words (_WORDS_THEN_EQUATION), a claim of its own: its left side holds no
    words and closes its groups, and it is no case (one name's value) nor range; None for anything else
    (``\\text{(chain rule)}``, ``\\text{if } y = 1``: a remark)."""
    match = _WORDS_THEN_EQUATION.fullmatch(remark.strip())
    left = match.group("left") if match is not None else ""
    if match is None or "\\text" in left or left.count("{") != left.count("}"):
        return None
    case = re.fullmatch(_ONE_NAME, left.strip()) and _CONDITION_VALUE.fullmatch(match.group("right").strip())
    return None if case or _RANGE.search(match.group("right")) else match.group("equation").strip()



def _without_prose_clause(row: str) -> str:
    """``row`` without the clause in words ending it in math mode, ``... \\: where \\: \\eta \\: is \\: learning\\,
    rate`` (not one inside a \\text{...}, which the other rules take whole)."""
    match = _PROSE_CLAUSE.search(row)
    if match is None or row[:match.start()].count("{") != row[:match.start()].count("}"):
        return row
    return row[:match.start()].rstrip()


def drop_remarks(row: str, last: bool = False, asides: list | None = None) -> str:
    """A row without its equation number or remark: ``... \\quad (2)``, ``... \\qquad \\text{(chain rule)}``,
    ``... \\quad \\left(\\text{As } ...\\right)``, ``... where \\eta is the learning rate``. A \\quad at the start
    of a row is indentation. A case in words after the formula (since y = 0) is kept, in claim_text's form; an
    equation after words in \\text ending the display's ``last`` row, ``\\quad \\text{where } p_i = ...``, ``\\qquad
    \\text{burada } \\frac{...}{...} = w``, is kept as a claim of its own after a comma (_claim_after_words). Inside a
    chain, before its next member (``... \\quad \\text{where}~z = Wx + b \\\\ &= ...``), it is put in ``asides`` and
    left out of the chain; the chain's ``last`` row gets every claim in ``asides`` after a comma, each judged as a
    claim of its own after the chain (never a member of it), and empties it."""
    row, case = split_data_case(without_label_before(without_number_before(_TAG_BEFORE.sub(r"\1", row, count=1))))
    stripped = _PROSE_OPENING.sub(r"\1", _PROSE_LEAD_IN.sub(r"\1", SIZES.sub(" ", row).rstrip(), count=1), count=1)
    # the set a value lies in, remarked after it: u^l = h^{l-1} W^l + b^l \in \mathbb{R}^{1 \times m_l}
    # (each of several, the last first: Z_1 = X W_1 + b_1, \quad W_1 \in \mathbb{R}^{d \times H}, \, b_1 \in \mathbb{R}^H)
    for _ in range(MAX_PASSES):
        stripped, before = _MEMBERSHIP_AFTER.sub("", stripped), stripped
        if stripped == before:
            break
    stripped = remark_after_comma(_MEMBERSHIP_BETWEEN.sub(", ", stripped))
    stripped = _without_prose_clause(stripped)  # after the comma's clause, whose subject may be "o and s are"
    # \notag (\nonumber, \label{...}) after the row's number, ``... \qquad(2)\notag`` (an eqnarray row written with
    # both): no part of the row, so the number before it ends the row as a remark
    stripped = _remark_column(_NUMBERING_LAST.sub("", stripped))
    for _ in range(MAX_PASSES):
        matches = list(_REMARK_AFTER_SPACE.finditer(stripped))
        found = None
        for match in matches:
            before = stripped[:match.start()].strip()
            if not before or before.endswith("&") or before.endswith("="):
                continue
            remark, after = _until_alignment(match.group("rest"))
            if _is_remark(remark.strip()):
                found = match
                break
        if found is None:
            break
        if not after and (claim := _claim_after_words(remark)) is not None:
            if last:  # its own comma before the words (A, \quad \text{et} \quad B) is the one put back
                stripped = re.sub(r"(?<!\\)[,;]\s*$", "", stripped[:found.start()].rstrip()) + ", " + claim
                break
            if asides is not None:
                asides.append(claim)
        stripped = stripped[:found.start()].rstrip() + (" " + after if after else "")
    stripped = _TAG_LAST.sub("", stripped)
    # words in \text at the end, after the formula with only a space: ``... \log(\hat{p}_{j,k}) \text{ as
    # previously defined!}`` (two words or more: ``= \text{cross entropy}`` is a left side's value, kept)
    prose = _PROSE_AFTER.search(stripped)
    if prose and not re.search(r"(=|\\(?:leq|geq|to|approx|in))\s*$|[-+*/(\[{,&]\s*$|^\s*$", stripped[:prose.start()]):
        stripped = stripped[:prose.start()].rstrip()
    # the range a formula is stated for: ``..., for~i=1,\ldots, C``, ``\forall i``
    for match in re.finditer(r"(,\s*(?:\\text\{\s*)?for(?![A-Za-z])|,?\s*\\forall(?![A-Za-z]))", stripped):
        tail = stripped[match.start():]
        if re.fullmatch(r",\s*\\text\s*\{\s*for\s*\}\s*[A-Za-z]\s*(=|\\neq|!=)\s*[A-Za-z]\s*\.?\s*", tail):
            continue  # , \text{for } i \neq j: a case of the rule (claims.py), kept
        if is_ranges(tail):
            break  # , for l = L-1, \ldots, 2: the values the rule holds for (claim_ranges.py), kept
        if tail.count("{") == tail.count("}"):
            stripped = stripped[:match.start()].rstrip()
            break
    # the rule's range in parentheses after it, over every value from the first to a count: (1<=i<=L),
    # \quad (1 \le l \le L), (l = 1, \ldots, L): a rule for all its letter's values, as ", for" is
    stripped = _LISTED_RANGE_AFTER.sub("", _WHOLE_RANGE_AFTER.sub("", stripped))
    if (narrower := _RANGE_AFTER.search(stripped)) is not None:  # (2 \le l \le L), (l in [L-1, 1]): a guess
        raise FormulaError(f"formula {short(row)}: the range after the rule, {narrower.group(1).strip()}, leaves some"
                           " of its letter's values out, and check judges a rule at every value: write the rule"
                           " without it, or each value's rule apart")
    # a sum's "and so on" ending the row, x_1 + x_2 + ... (or ...., its sentence's full stop after it): an
    # ellipsis, no punctuation
    stripped = re.sub(r"([+-])\s*\.{3,}[\s,.;]*$", r"\1 \\ldots", stripped)
    # the sentence's punctuation after a displayed formula, but not the dot of \right. or \left., and a
    # closing thin space (``y_j=g(h_j) \,``, as Wikipedia's formulas end) with it, not half of it; and TeX's control
    # space before the mark (``o_j (1 - o_j) \ .``, the sentence's mark spaced off), never a row break's second half
    for _ in range(MAX_PASSES):
        shorter = _MARKS_LAST.sub("", stripped)
        shorter = re.sub(r"(?:\\[,;:!]|(?<!\\)\\ )\s*$", "", shorter)
        # \space (MathJax's space) and an equation's \label{...}, \tag{...}, \nonumber ending the row, in any order:
        # \space. \label{eq:x}, x. \tag{8}\label{eq:x}
        shorter = re.sub(r"\\(?:space|nonumber|notag|label\{[^{}]*\}|tag\*?\{[^{}]*\})\s*$", "", shorter)
        if shorter == stripped:
            break
        stripped = shorter
    if last and asides:
        stripped += "".join(", " + claim for claim in asides)
        asides.clear()
    return stripped + case


def _remark_column(row: str) -> str:
    """``row`` with an alignment's column of words after a whole equation, ``z = xW + b & \\text{with W of } n \\times
    m`` (``a &= b && \\text{(chain rule)}``, an align* block's comment column), set after \\quad, where a remark is
    read: the mark after an equation (a relation before it, outside every environment, no operand left open), the
    column opening with words in \\text (a remark as _is_remark reads one). Any other alignment mark is left.
    Linear in the row: what lies before a mark is followed segment by segment, and MAX_PASSES columns are tried."""
    related, depth, start, tries = False, 0, 0, MAX_PASSES
    for mark in alignment_marks(row, braces=True):
        segment, opened, start = row[start:mark], start, mark + 1
        related = related or _RELATION.search(segment) is not None
        depth += segment.count("\\begin") - segment.count("\\end")
        column = _COLUMN_MARKS.match(row, mark)
        if not (related and depth == 0 and _TEXT_OPENING.match(row, column.end())):
            continue
        end = mark
        while end > opened and row[end - 1].isspace():
            end -= 1  # the spaces before the mark, back to the segment's start at most
        if _OPEN_END.search(row[max(0, end - 24):end]):
            continue
        if _is_remark(_until_alignment(row[column.end():])[0].strip()):
            return row[:end] + " \\quad " + row[column.end():]
        tries -= 1
        if not tries:
            break
    return row


def _until_alignment(rest: str) -> tuple[str, str]:
    """(``rest`` up to its first alignment mark outside braces and matrices, the rest from that mark on): a remark
    after \\quad ends at the next member's ``&=``, as in an aligned chain whose rows lost their ``\\\\``
    (``&= -t_j + \\hat{y}_j \\quad \\text{(since } \\sum_i t_i = 1\\text{)} \\ &= \\hat{y}_j - t_j``, a Markdown
    page's single backslash between rows), never taking that member with it."""
    mark = next(alignment_marks(rest, braces=True), None)
    return (rest, "") if mark is None else (rest[:mark], rest[mark:])


def _is_remark(rest: str) -> bool:
    if not rest:
        return True
    plain = re.sub(r"\\(left|right)(?![a-zA-Z])", "", rest).strip()
    opening = _TEXT_OPENING.match(plain)
    if re.match(CONJUNCTION_IN_TEXT, plain) and _RELATION.search(plain):
        # \quad \text{and} \quad C = D, \quad\mbox{ y } b \leftarrow ...: a second claim (line_breaks.py splits it
        # off), no remark
        return False
    if _TAG.match(plain):
        return True
    if opening:
        return True
    # A parenthesised aside with words or a relation of its own: (As d/dx sigma = ...), (chain rule)
    if plain.startswith("(") and plain.endswith(")"):
        inner = plain[1:-1]
        if "=" in inner or re.search(r"(?<![\\a-zA-Z])[A-Za-z]{3,}", re.sub(r"\\[a-zA-Z]+", "", inner)):
            return True
    if re.fullmatch(r"\\text\{[^{}]*\}(\s*\(?[^()]*\)?)?", plain):
        return True
    # a note in square brackets: ``\quad [\text{chain rule}]``
    if re.fullmatch(r"\[\s*\\text\{[^{}]*\}\s*\]", plain):
        return True
    # (a display's source may break the line inside the remark, where \n    \hspace{10pt}\n    1 \le l < L: TeX's
    # space, as a range after ", for" is the rule's range)
    if re.fullmatch(r"(for|where|with|if|since|as)\b.*", plain, re.S):
        return True
    return False



_ROW_SPACING = lazy_pattern(r"\s*\[\s*-?[0-9]*\.?[0-9]+\s*(?:pt|em|ex|mm|cm|in|bp|mu|pc)\s*\]")


def rows(text: str) -> list[str]:
    """The rows of a formula: split at ``\\\\`` (outside braces), each row cleaned of remarks."""
    # Octave's code (its sum(u, d)), read before drop_remarks takes the ; that marks the formula as Octave's
    # (and LaTeX's comments, ...=0.953\\% after a row, before its \\ is taken for a row break)
    # (and a display's line opening with %, $$ ... % E = 0.5*(y-t)^2 ... $$, TeX's comment: never MATLAB's; and
    # MATLAB's statement commented out, %tmp = ...;, before the ; that shows it is taken)
    text = listed_indices(octave_code(commented_out_code(latex_comments(strip_math_delimiters(text), text))))
    parts, depth, start, position = [], 0, 0, 0
    while position < len(text):
        character = text[position]
        if text.startswith("\\begin{", position) and re.match(r"\\begin\{(?:[a-zA-Z]*matrix|cases)\*?\}", text[position:]):
            depth += 1
        elif text.startswith("\\end{", position) and re.match(r"\\end\{(?:[a-zA-Z]*matrix|cases)\*?\}", text[position:]):
            depth -= 1
        if character == "\\" and text.startswith("\\\\", position):
            # \\[5pt]: the extra space after a row is no part of the next one
            spacing = _ROW_SPACING.match(text, position + 2)
            if depth <= 0:
                parts.append(text[start:position])
                start = spacing.end() if spacing else position + 2
            position = spacing.end() if spacing else position + 2
            continue
        if character == "\\":
            position += 2
            continue
        if character == "{":
            depth += 1
        elif character == "}":
            depth -= 1
        position += 1
    parts.append(text[start:])
    # Repeat \{ ... \}: an algorithm's block around its rows, no claim; a row listing names among rows of claims
    kept = [part for part in parts if part.strip() and not is_block_brace(part)]
    kept = [part for number, part in enumerate(kept) if not (_names_listed(kept, number) or _skipped_row(kept, number))]
    # a row is its claim's last where the display ends or the next row opens a claim of its own
    asides: list = []  # the claims after "where" inside a chain, judged after it
    return [drop_remarks(part, last=number == len(kept) - 1 or _opens_claim(kept[number + 1]), asides=asides)
            for number, part in enumerate(kept)]


# a row that only lists names, x_1, w_1, x_2, w_2, b (letters or commands with their scripts, commas between them)
_SCRIPT = r"(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]))"
_LISTED_NAME = r"(?:\\[A-Za-z]+(?:\s*\{[A-Za-z]\})?|[A-Za-z])" + _SCRIPT + "{0,2}"
_NAME_LIST = lazy_pattern(r"\s*&?\s*" + _LISTED_NAME + r"(?:\s*,\s*" + _LISTED_NAME + r")+\s*[,.]?\s*")
# a row's end that leaves its formula open to the next row: an operator, a comma, a relation, an opening bracket
_OPEN_END = lazy_pattern(r"(?:[-+*/,=(\[{&]|\\(?:cdot|times|left\s*\S?))\s*$")


def _names_listed(parts: list[str], number: int) -> bool:
    """Whether ``parts[number]`` is a row listing names only (_NAME_LIST), no claim, in a display whose other rows
    hold a claim, after a row that does not leave its formula open (``A = f(x_1, \\ x_2, x_3)`` goes on)."""
    return bool(_NAME_LIST.fullmatch(parts[number])) and (number == 0 or not _OPEN_END.search(parts[number - 1])) \
        and any(_RELATION.search(part) for place, part in enumerate(parts) if place != number)


def _skipped_row(parts: list[str], number: int) -> bool:
    r"""Whether ``parts[number]`` is a row elided (``\cdots``) or a step in words (``Compute predicts(...)``), no claim,
    after a row not left open and before one opening a claim of its own (never a chain's member, ``&= ...``)."""
    return (is_elided_row(parts[number]) or is_words_row(parts[number])) and number + 1 < len(parts) \
        and _opens_claim(parts[number + 1]) and (number == 0 or not _OPEN_END.search(parts[number - 1]))


def _opens_claim(row: str) -> bool:
    """Whether ``row`` opens a claim of its own: a left side, then a relation (no member going on from the row
    before it, ``&= ...``, ``+ c``)."""
    plain = drop_alignment(row).strip()
    relation = _RELATION.search(plain)
    return relation is not None and bool(plain[:relation.start()].strip()) and not _GOES_ON.match(plain)
