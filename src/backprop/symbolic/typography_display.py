r"""The typography of a whole display (a part of typography.py's cleaning), as pages write it around and
beside a claim:

- display math whose ``\[`` ``\]`` lost their backslashes, a bare ``[`` ... ``]`` around the whole claim
  (with ``,;`` and ``),x`` for the ``,\;`` and ``\,`` spacing that lost theirs);
- a Markdown table row holding a chain in its cells, ``| 3 | $\dfrac{...} = ...$ | $\approx -0.1774$ |``;
- an equation's number before it inside the math, ``$$ 1: \frac{...} = ...$$``;
- a row of words and a brace around an algorithm's block, ``Repeat \{`` ... ``\}``;
- an aligned display's alignment marks ``&`` (not those between a matrix's entries), which the rows
  (typography_rows) and the claims' lines are read without.

String rewriting with bounded loops over a bounded text, as typography's: nothing is evaluated.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..patterns import lazy_pattern
from .brackets import PRINTED, TEX, closing_bracket, outside_brackets
from .decorations import PROSE_COMMAND
from .function_words import NAMED_FUNCTIONS
from .math_spans import CODE_SPAN
from .quantities import FormulaError, short
from .script_letters import EAST_ASIAN_WORD
from .syntax_tree import relation_pattern
from .typography_comments import LABEL_BEFORE
from .typography_emphasis import without_list_mark
from .typography_premises import REMARK_AFTER_FORMULA
from .typography_steps import plus_new_value
from .typography_prose import inline_formulas

_RELATION = lazy_pattern(relation_pattern())

# words in \text (\mbox) opening a display's row, ended by punctuation or a \quad: \text{Similarly,}\quad \frac{...},
# a label \mbox{Gradient descent: } w = ..., a step's label \text{3. Compute Gradients: } (not \text{name}(z), a
# function's name, nor \text{Loss function} = ..., a left side)
PROSE_LABEL = (PROSE_COMMAND + r"\s*\{\s*(?:[0-9]+[.)]\s*)?[A-Za-z][A-Za-z' -]*(?:[,.:;]\s*\}\s*"
               r"(?:\\q?quad(?![A-Za-z]))?|\s*\}\s*\\q?quad(?![A-Za-z]))")


def _top_level_relation(text: str) -> bool:
    """Whether ``text`` holds a relation outside every bracket, parenthesis and brace group (a printed brace \\{ \\}
    no group)."""
    return any(text[position - 1:position] not in ("<", ">", "!") and _RELATION.match(text, position)
               for position in outside_brackets(text, escapes=PRINTED))


def _matching_close(text: str, start: int) -> int | None:
    """The index of the bracket that closes the one opening at ``start`` (printed ``\\[`` ``\\{`` skipped)."""
    return closing_bracket(text, start, escapes=TEX)


# a letter after a comma, a symbol's (x, x^T, x_i), not a word's (, for all i)
_LETTER_AFTER = lazy_pattern(r"[A-Za-z](?![A-Za-z])")


def unboxed(text: str) -> str:
    r"""``\boxed{A = B, \qquad C = D}``: a box around the whole text holding a relation is the box around its
    claims, which are what it holds, read as they would be unboxed (one, or several on their lines or after
    ``, \qquad``); any other text is returned as it is (a box inside a claim is typography.clean's)."""
    stripped = text.strip()
    boxed = re.match(r"\\boxed\s*(?=\{)", stripped)
    if not boxed or _matching_close(stripped, boxed.end()) != len(stripped) - 1:
        return text
    inner = stripped[boxed.end() + 1:-1].strip()
    return inner if _top_level_relation(inner) else text


def bare_display(text: str) -> str:
    r"""``[ \frac{\partial L}{\partial z_i} = p_i - y_i ]``: a bracket around the whole claim (the first
    character ``[``, its match the last) with a relation inside is ``\[ \]`` that lost their backslashes, and
    the formula is what it encloses (an indicator ``[y = k]`` is a factor, never the whole claim). The page
    lost its other backslashes too: ``,;`` is ``,\;`` (a comma, then a space: ``[-0.335,;0.245]`` is a list of
    two numbers) and a comma glued to a one-letter symbol outside every bracket, ``(p_i - y_i),x``, is ``\,`` (a
    thin space: the product), unless an equation of its own follows it (``a = 1,b = 2``: two claims)."""
    stripped = text.strip()
    if not stripped.startswith("[") or _matching_close(stripped, 0) != len(stripped) - 1:
        return text
    inner = unboxed(stripped[1:-1].strip())  # [ \boxed{A = B} ]
    if not _top_level_relation(inner):
        return text
    inner = re.sub(r"(?<!\\),\s*;", r", \\; ", inner)
    thin = [position for position in outside_brackets(inner, escapes=TEX) if inner[position] == ","
            and _LETTER_AFTER.match(inner, position + 1) and not _top_level_relation(_up_to_comma(inner, position + 1))]
    for position in reversed(thin):
        inner = inner[:position] + r"\, " + inner[position + 1:]
    return inner


def _up_to_comma(text: str, start: int) -> str:
    """``text`` from ``start`` up to the next comma outside every bracket (or its end)."""
    end = next((position for position in outside_brackets(text, start, TEX) if text[position] == ","), len(text))
    return text[start:end]


_CELL_SPLIT = lazy_pattern(r"(\$\$?)(?:(?!\1).)*\1|`[^`\n]*`|\\\||\|", re.S)


# a cell of prose: letters, spaces and punctuation, two words of three letters or more; or CJK ideographs (隐含层权重)
_PROSE = lazy_pattern(r"(?=(?:.*?\b[A-Za-z]{3,}\b){2})[A-Za-z][A-Za-z\s,.;:'()-]*|[\u4e00-\u9fff]{2,}[\u4e00-\u9fff\s]*")


def table_row(text: str) -> str:
    r"""``| 3 | $\dfrac{\partial L}{\partial z} = ... = -0.7550 \times 0.6225$ | $\approx -0.1774$ |``: a
    Markdown table row whose cells hold a chain. The cells before the first that holds math (``$``), and a
    number in math first, are the row's label (its number, its words) and no part of it, as is a first cell of math
    that is the left side of the equation in the next (``| $w_j$ | $w_j \leftarrow ...$ |``); a cell that begins
    with a relation continues the chain of the cell before it, and one with a relation of its own starts a
    new equation; a cell of prose after the first of math (``| How loss changes with prediction |``) describes
    the row and is dropped. A cell with neither (a bare value beside a claim) is refused: whether it is the claim's
    value or a note, the row does not say. Any other text is returned as it is."""
    stripped = text.strip()
    if not (stripped.startswith("|") and stripped.endswith("|")) or "\n" in stripped:
        return _row_without_outer_pipes(text)
    cells = _cells(stripped)
    if len(cells) < 2:
        return text
    if "$" not in stripped:
        return _plain_table_row(text, cells)
    # the row's label: its words, its number (``| 3 |``, ``| $3$ |``), its words naming what the row is about
    # (``| **Output Delta ($\delta_o$)** |``)
    while cells and ("$" not in cells[0] or re.fullmatch(r"\$*\s*[0-9]+\s*\$*", cells[0]) or _words(cells[0])):
        cells.pop(0)
    # a cell of words between math cells (| $\frac{\partial L}{\partial \hat{y}}$ | How loss changes | $...$ |):
    # a description, no member of the chain
    cells = cells[:1] + [cell for cell in cells[1:] if not _words(cell)]
    parts = [cell.replace("$", " ").strip() for cell in cells]
    parts = [part for part in parts if part]
    if len(parts) > 1 and not _top_level_relation(parts[0]) and _top_level_relation(parts[1]) \
            and re.match(re.escape(parts[0]) + r"\s*(?:=|\\leftarrow|:=|\\gets)", parts[1]):
        parts.pop(0)  # | $w_j$ | $w_j \leftarrow ...$ |: the parameter's cell, the name its rule's left side is
    joined = parts[:1]
    for part in parts[1:]:
        if _RELATION.match(part):
            joined[-1] += " " + part
        elif _top_level_relation(part):
            joined.append(part)
        else:
            raise FormulaError(f"formula {short(text)}: the table row's cell {short(part)} neither continues the"
                               " chain nor states an equation; begin it with its relation, $= ...$ or"
                               " $\\approx ...$")
    return "\n".join(joined)


# a cell boundary of a row written without its outer pipes: a pipe with white space on both sides (never code's ||,
# R's |>, nor an absolute value's |x| written close)
_PADDED_PIPE = lazy_pattern(r"(?<=\s)\|(?=\s)")


def _row_without_outer_pipes(text: str) -> str:
    """``Loss = (y-h2)^2 | dLoss/dW2 = -(y-h2)``: a Markdown table row written without its outer pipes (as Markdown
    allows), read only where every cell, between pipes with white space on both sides, is a whole equation (a left
    side, a relation, a right side) and holds its own absolute values' pipes in pairs: then each cell is a claim. Any
    other text (``L = | y - h |``, an absolute value padded; a cell of words or a value alone) is returned as it is,
    for the reading to read or refuse."""
    stripped = text.strip()
    if "\n" in stripped or "$" in stripped or "`" in stripped or not _PADDED_PIPE.search(stripped):
        return text
    cells = [cell.strip() for cell in _PADDED_PIPE.split(stripped)]
    if all(cell.count("|") % 2 == 0 and _top_level_relation(cell) and not _RELATION.match(cell)
           and not re.search(r"(?:=|\\leftarrow|:=|\\gets)\s*$", cell) for cell in cells):
        return "\n".join(cells)
    return text


def _words(cell: str) -> bool:
    r"""Whether a table cell is words (``How loss changes``), in bold or not, and mentions in them without a
    relation (``**Output Layer Delta ($\delta_o$)**``): prose, no formula."""
    mentions = re.findall(r"\$([^$]*)\$", cell)
    prose = re.sub(r"\$[^$]*\$", "", cell).replace("**", "").replace("__", "").strip()
    return bool(_PROSE.fullmatch(prose)) and not any(_RELATION.search(mention) for mention in mentions)


def _cells(row: str) -> list[str]:
    """The cells of a table's row (its text from ``|`` to ``|``), split at the ``|`` outside math and code spans."""
    cells, start = [], 1
    for match in _CELL_SPLIT.finditer(row, 1, len(row) - 1):
        if match.group(0) == "|":
            cells.append(row[start:match.start()].strip())
            start = match.end()
    cells.append(row[start:-1].strip())
    return cells


def _plain_table_row(text: str, cells: list[str]) -> str:
    """``| Weighted sum | `s = v x + c` | any real |``: a row of plain text (padded, ``| `` to `` |``, as a
    Markdown table's are, never an absolute value ``|x| = ...``; empty cells after its last, ``| ||``, as a Gitea blame
    view's rows end) read cell by cell: a cell with an equation (a relation after its left side, in a code span or
    not; a list item's ``* `` or number before it, ``|  | *   z (l) = ...``, the item's mark) is a claim, and so are
    the inline formulas that claim in a cell of prose around ``\\( \\)`` (``Loss function (MSE): \\(L = ...\\).``,
    as typography_prose.inline_formulas reads a line's); the others (names, ranges, words in any script) are
    dropped. A row with no such cell is returned as it is."""
    stripped = text.strip()
    if not re.match(r"\|\s", stripped) or not re.search(r"\s\|(?:[ \t]*\|)*$", stripped):
        return text
    # a cell of prose around \( \) (the handout's "Loss function (MSE): \(\mathcal{L} = ...\).", "Error signal at
    # neuron \(j\), layer \(l\): \(...\)"): its inline formulas that claim, as a line of prose's are
    claims = [without_list_mark(CODE_SPAN.sub(r"\2", inline_formulas(cell) if "\\(" in cell else cell).strip())
              for cell in cells]
    claims = [claim for claim in claims if _top_level_relation(claim) and not _RELATION.match(claim)]
    return "\n".join(claims) if claims else text


# an equation's number before it: ``1: \frac{...}`` (not ``:=``, not a ratio 1:2)
_NUMBER_BEFORE = lazy_pattern(r"^(\s*&?\s*)[0-9]+\s*:(?![=0-9])\s*", needs=(":",))


def without_number_before(row: str) -> str:
    r"""``1: \frac{\delta C}{\delta w} = ...``: a row without the number written before its claim (a
    row with a relation after the number; anything else stays as written)."""
    match = _NUMBER_BEFORE.match(row)
    if match and _top_level_relation(row[match.end():]):
        return match.group(1) + row[match.end():]
    return row


# a label of Chinese, Japanese or Korean prose naming the notation's names, "对w_5进行更新: w_5^+ = ..." ("update w_5")
_EAST_ASIAN_LABEL = lazy_pattern(rf"^(\s*&?\s*)(?P<prose>{EAST_ASIAN_WORD}(?:[ \t]+{EAST_ASIAN_WORD})*)\s*:(?![=0-9])"
                                 r"\s*+(?!(?P=prose))", needs=(":",))  # never Ng's w: w - a dw (:= typed as :)


def without_label_before(row: str) -> str:
    r"""``Loss \, function: J = \frac{1}{2}(\hat{y}-y)^2``: a row without the words that label its claim (a row
    with a relation after the colon; the claim comes from the formula only). After a numbered label (``Neuron 3:``)
    the claim has a left side of its own, a member with letters (``Neuron 3: 0.85 = ...`` may mean h_3 = 0.85), as
    after an equation's name (``BP1: ...``, Nielsen's), and after CJK prose holding names (``对w_5进行更新:``)."""
    match = LABEL_BEFORE.match(row) or _EAST_ASIAN_LABEL.match(row)
    if match and _top_level_relation(row[match.end():]) and "=" in row[match.end():] and (
            match.re is LABEL_BEFORE.compiled() and match.group("number") is None and match.group("named") is None
            or re.search(r"[^\W\d_]", row[match.end():].split("=")[0])):
        return match.group(1) + row[match.end():]
    return row


# a note in words after the closing delimiter: ``$$ z = w x + b $$ -- Математические операции``, ``$a = b$ — the
# output``: no $, backslash, digit, script, brace nor relation in it, so no mathematics
_NOTE_AFTER = lazy_pattern(r"\s*+(?:--|—|–|:)?\s*+[^\W\d_][^$\\0-9_^{}=<>]*$")
# a remark in brackets after the closing delimiter, opening with a word that gives a reason or a reading
# (typography_premises.REMARK_AFTER_FORMULA: ``$...$ [Since derivative of σ(x) = σ(x)*(1-σ(x))]``, ``(as σ' = σ(1 -
# σ))``, ``(note: ...)``): prose, whatever it holds
_REMARK_OPENING = lazy_pattern(rf"\s*[\[(]\s*(?i:{REMARK_AFTER_FORMULA})(?![A-Za-z])")


def _remark_after(text: str, start: int) -> bool:
    """Whether ``text`` from ``start`` on is one such remark in brackets (_REMARK_OPENING), closed where the line
    ends (a full stop after it at most), on one line."""
    opening = _REMARK_OPENING.match(text, start)
    if opening is None or "\n" in text[start:]:
        return False
    bracket = start + len(text[start:]) - len(text[start:].lstrip())
    close = closing_bracket(text, bracket)
    return close is not None and not text[close + 1:].strip(" \t.")


def without_note_after(text: str) -> str:
    r"""``$$ ... $$ -- a note`` (and ``$...$``, ``\[ ... \]``, kramdown's ``\\[ ... \\]``): the formula without
    the prose after its closing delimiter, a note in words or a remark in brackets opening with a reason's word
    (``$...$ [Since ...]``, _REMARK_OPENING; the same words inside the delimiters are the formula's, refused)."""
    stripped = text.strip()
    for opening, closing in (("$$", "$$"), ("$", "$"), ("\\\\[", "\\\\]"), ("\\[", "\\]")):
        if stripped.startswith(opening):
            end = stripped.find(closing, len(opening))
            if end > 0 and (_NOTE_AFTER.fullmatch(stripped, end + len(closing))
                            or _remark_after(stripped, end + len(closing))):
                return stripped[:end + len(closing)]
            return text
    return text


# a worked example's label naming the left side: ``1. **Calculate $p$:** $2.0 \times 3.0 = 6.0$``, ``Compute z: ...``,
# ``**Step 2 - h:**``: a list mark (a bullet •), bold, words (the first of two letters or more), then the name (one letter with
# digits or a script, the math between $, or a letter or command in parentheses, ``Output neuron (\hat{y}):``), a
# colon, and the chain; a label's words hold no relation and its colon is
# no assignment's := (db = dz => b := b - a db is two claims, never a label "db = dz => b")
_NAME = (r"(?:\$\s*(?P<math>[^$=:]+?)\s*\$|(?P<word>[A-Za-z](?:[0-9]*|_\{?[A-Za-z0-9]+\}?)'*)"
         r"|\(\s*(?P<parenthesised>(?:\\[A-Za-z]+(?:\s*\{[^{}()]*\})?|[^\W\d_])(?:[0-9]*|_\{?[A-Za-z0-9]+\}?)'*)\s*\))")
_LABEL_NAMING = lazy_pattern(r"^(?:(?:[0-9]+[.)]|[-*+\u2022])\s+)?(?:\*\*)?\s*[^\W\d_]{2,}(?:[ \t]+[^\s$*:=]+)*?[ \t]+" + _NAME
                             + r"\s*(?::\s*\*\*|\*\*\s*:|:(?!=))\s*(?P<chain>\S.*)$", re.S, needs=("**", ":"))


def label_naming_left(text: str) -> str:
    r"""``**Calculate $p$:** $2.0 \times 3.0 = 6.0$``: the chain after a label that names its left side, as
    ``p = 2.0 \times 3.0 = 6.0`` where the chain's first member holds numbers only (no left side of its own), and
    the chain alone where it starts with the name and a relation; a chain of another first member is refused."""
    match = _LABEL_NAMING.match(text.strip())
    if not match:
        return text
    name = (match.group("math") or match.group("word") or match.group("parenthesised")).strip()
    chain = match.group("chain").replace("$", " ").strip()
    first = chain.split("=")[0]
    if not re.search(r"[^\W\d_]", re.sub(r"\\[A-Za-z]+", "", first)):  # a letter of any script (ŷ) is one
        return f"{name} = {chain}"
    if re.match(re.escape(name) + r"\s*=", chain):
        return chain
    if "=" in chain:  # o: v + 3.0 = 3.5, whether the label or the first member is the left side is a guess
        raise FormulaError(f"formula {short(text)}: the label before the colon names {name}, and the chain after it"
                           f" starts with a member of letters: write {name} = ... (the chain with its left side)")
    return text


# ``Repeat \{``, ``\}``, ``\rbrace \text{until convergence}``: words (two letters or more) and one brace
_BRACE = r"(?:\\\{|\\\}|\\lbrace|\\rbrace)"
_WORDS = r"(?:[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})*)"
_WORDS_AND_BRACE = lazy_pattern(rf"(?:{_WORDS}\s*)?{_BRACE}(?:\s*{_WORDS})?\s*[.:]?")
_SPACING = lazy_pattern(r"\\(?:quad|qquad|[,;:! ])|~|&|\\text\s*\{|\\mathrm\s*\{|\\textbf\s*\{|(?<!\\)[{}]")


def is_block_brace(row: str) -> bool:
    r"""Whether ``row`` is only words and a brace, as an algorithm's block opens and closes in an aligned
    display (``Repeat \{`` ... ``\}``): no claim, and no part of the rows around it."""
    return bool(_WORDS_AND_BRACE.fullmatch(_SPACING.sub(" ", row).strip()))


# a row elided, \cdots (\vdots, \ldots, ..., their Unicode glyphs) alone: the rows between left out
_ELIDED = lazy_pattern(r"(?:\\[cvl]?dots(?![A-Za-z])|\.{3}|\u22ef|\u22ee|\u2026)\s*[,.;]?")
# a parenthesis or a bracket without one inside it: what a row of words names, predicts(\hat{y}_{(i)}, i=1, ..., m)
_GROUPED = lazy_pattern(r"\([^()]*\)|\[[^\[\]]*\]")
# the words of a row that opens with two words of prose (the first of three letters or more, no function's name)
_WORDS_ONLY = lazy_pattern(r"[A-Za-z]{3,}(?:\s+[^\W\d_]{2,}[.,:;]?)+")


def is_elided_row(row: str) -> bool:
    r"""Whether ``row`` is only an ellipsis, ``& \cdots`` between an aligned block's equations (a^2 = ... \\ \cdots
    \\ y = a^L = ...): the rows it stands for left out, no claim."""
    return bool(_ELIDED.fullmatch(_SPACING.sub(" ", row).strip()))


def is_words_row(row: str) -> bool:
    r"""Whether ``row`` is a step of an algorithm in words, ``Compute\,\, predicts(\hat{y}_{(i)},i=1,2,\cdots,m)``:
    outside its parentheses and brackets only words, two or more, the first of three letters or more and no
    function's name (``f(a) g(b)`` opens with a call, a product's factors), and no relation, operator or
    command there."""
    plain = _SPACING.sub(" ", row).strip()
    for _ in range(20):
        plain, before = _GROUPED.sub(" ", plain), plain
        if plain == before:
            break
    first = plain.split()[0] if plain.split() else ""
    return bool(_WORDS_ONLY.fullmatch(" ".join(plain.split()))) and first.lower() not in NAMED_FUNCTIONS \
        and not re.match(r"\s*&?\s*(?:\\text\s*\{\s*)?" + re.escape(first) + r"\s*\(", row.strip())


# a colon, spaces (or TeX's spacing) and an equals sign: never a ratio (1:2) nor a label (Step 1: w = ...), which
# no equals sign follows (searched from a run of spaces' first only, or its second after a sign: a later start is the
# same match shorter, and a long run is read once)
_SPACED_ASSIGNMENT = lazy_pattern(r"(?<![:<>!=\\])(?:(?<![ \t])|(?<=[:<>!=\\][ \t]))[ \t]*:(?:[ \t]|\\[ ,;:]|~)+=(?!=)",
                                  needs=(":",))
# a + glued to the end of the row's first side, a space, then =, dw_1+ = x_1^{(i)} dz^{(i)}: code's += typed with a
# space inside (never a + after a relation, A = B + \\ = C, nor a spaced one, A + = B)
_SPACED_ACCUMULATION = lazy_pattern(r"^([^=]*[A-Za-z0-9}\])])\+[ \t]+=(?![=>])")
# a name (a letter or a command, then its scripts), a colon, and the same name with a sign after it: Ng's w_1: w_1 -
# \alpha dw_1, the update := without its =, where no relation follows (any other name: ... is a label)
_SCRIPTED_NAME = r"(?:\\[A-Za-z]+|[A-Za-z][A-Za-z0-9]*)(?:[_^](?:\{[^{}]*\}|[A-Za-z0-9]))*"
_COLON_UPDATE = lazy_pattern(r"^\s*(" + _SCRIPTED_NAME + r")\s*(?<!\\):\s*(?=\1\s*[-+])")
_ANY_RELATION = lazy_pattern(r"(?<![<>!:])=|:=|\\leftarrow(?![A-Za-z])|\\gets(?![A-Za-z])|<-")


def loose_assignments(text: str) -> str:
    r"""A row's update or accumulation typed loosely, as its relation: ``b : = b - ...`` (a space inside or around
    the colon) and ``w_1: w_1 - \alpha dw_1`` (the colon alone, its left side again after it) as ``:=``,
    ``dw_1+ = x dz`` as ``+=``, and ``w5+ = w5 - eta * a`` as the new value ``w5^{+} = ...`` (plus_new_value)."""
    text = _SPACED_ACCUMULATION.sub(plus_new_value, _SPACED_ASSIGNMENT.sub(" := ", text))
    if ":" in text and not _ANY_RELATION.search(text):
        text = _COLON_UPDATE.sub(r"\1 := ", text)
    return text


_ARRAY_BEGIN = lazy_pattern(r"\\begin\{(?:[a-zA-Z]*matrix|cases)\*?\}")
_ARRAY_END = lazy_pattern(r"\\end\{(?:[a-zA-Z]*matrix|cases)\*?\}")


def drop_alignment(row: str) -> str:
    """A row without its alignment marks ``&`` (those inside a matrix separate its entries). Linear in the row: a
    matrix's begin and end are matched in place, never on a copy of the rest."""
    if "&" not in row:
        return row
    out = list(row)
    for mark in alignment_marks(row, braces=False):
        out[mark] = " "
    return "".join(out)


def alignment_marks(row: str, braces: bool) -> Iterator[int]:
    """The positions of ``row``'s alignment marks ``&``, left to right: outside every matrix (and, with ``braces``,
    every brace group), never an escaped ``\\&``. Linear in the row: a matrix's begin and end are matched in place."""
    depth = 0
    for position, character in enumerate(row):
        if character == "\\":
            if _ARRAY_BEGIN.match(row, position):
                depth += 1
            elif _ARRAY_END.match(row, position):
                depth -= 1
        elif position and row[position - 1] == "\\":
            continue  # \{ and \& are characters, no group or alignment mark
        elif braces and character in "{}":
            depth += 1 if character == "{" else -1
        elif character == "&" and depth <= 0:
            yield position
