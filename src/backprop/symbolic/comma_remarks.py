"""A formula ended by a clause in words after a comma or plain text's wide spacing (a part of typography_rows'
cleaning of a row): ``a = g(z),\\ a\\ and\\ z\\ are\\ (C, 1)``, ``..., for all j``,
``E = ½ Σ(t - o)²     t is given`` is the formula before the comma, the clause a remark; ``A = B, C = D``,
``f(x, y)``, ``(y - a)   x`` stay as written.

String rewriting with a bounded loop over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .decorations import PROSE_COMMAND
from .script_letters import PROSE_SCRIPT_LETTER
from .syntax_tree import relation_pattern
from .typography import MATH_WORDS
from .typography_prose import LONE_WORD

_RELATION = lazy_pattern(relation_pattern())
# what makes the text after a comma mathematics, not a clause: an operator, a relation's sign, a membership
_ARITHMETIC = lazy_pattern(r"[-+*/=<>]|\\(?:cdot|times|odot|frac|sum|in|partial)(?![A-Za-z])")
#: words set in a text font inside mathematics, \text{...}, their words the group
TEXT_WORDS = lazy_pattern(PROSE_COMMAND + r"\s*\{([^{}]*)\}")
_SCRIPTS = lazy_pattern(r"[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|\S)")
_TEX_SPACE = lazy_pattern(r"\\(?:q?quad(?![A-Za-z])|[ ,;:!])|~")
# a sentence's punctuation after its one word (", hence:", ", так что...")
_WORD_PUNCTUATION = " \t.,:;!?\u2026\u3002"


# plain text's wide spacing between a formula and a clause after it (three spaces or more, or a tab), as a
# typed page sets a remark in a column of its own: Cost = ...     y is a constant
_WIDE_SPACE = lazy_pattern(r"[ ]{3,}|\t")
# an operator between two operands: a row going on with the member before it opens with one (typography_rows); a
# formula ending in one goes on after it (R's statement continued on the next line, v0 <- v0 + learning_rate *), no
# remark
OPERATOR = r"[-+*/]|\\(?:cdot|times|odot|pm)(?![A-Za-z])"
_ENDS_IN_OPERATOR = lazy_pattern(rf"(?:{OPERATOR}|=)\s*$")
_MOST_SEPARATORS = 64


def remark_after_comma(row: str) -> str:
    r"""``a = g(z),\ a\ and\ z\ are\ (C, 1)``, ``..., for all j``, ``E = ½ Σ(t - o)²     t is given``: the
    formula before a comma (or plain text's wide spacing) outside every bracket after which a clause in words
    stands, a remark: the text after it has two words of prose standing alone (typography_prose.LONE_WORD; a single
    letter before them, the clause's subject, is no word of it) and no relation, operator or membership, so that it
    can be no claim and no factor. Any other row as it is: ``A = B, C = D`` (two claims), ``f(x, y)``, ``(C, 1)``,
    ``(y - a)   x`` (a product), a comma inside an environment (``\begin{cases} 1, & \text{if } ...``)."""
    # linear in the row: its first relation found once, and at most _MOST_SEPARATORS places tried as the cut (each
    # try reads the rest of the row; a row of thousands of commas keeps its commas, as it would without the rule)
    relation = _RELATION.search(row)
    if relation is None:
        return row
    # an environment's rows are inside it as a bracket's entries are: 1, & \text{if } x > 0 in \begin{cases} is a
    # case's value and its punctuation, never a formula ended by a remark
    depth, tried = 0, 0
    for position, character in enumerate(row):
        if character in "({[" and row[position - 1:position] != "\\" or row.startswith("\\begin{", position):
            depth += 1
        elif character in ")}]" and row[position - 1:position] != "\\" or row.startswith("\\end{", position):
            depth -= 1
        if depth != 0 or row[position - 1:position] == "\\" or position < relation.end():
            continue
        separator = _WIDE_SPACE.match(row, position) if character in " \t" and row[position - 1:position] not in \
            " \t" else None
        if character != "," and not separator:
            continue
        tried += 1
        if tried > _MOST_SEPARATORS:
            return row
        if _ENDS_IN_OPERATOR.search(row, 0, position) is None \
                and _is_clause(row[separator.end() if separator else position + 1:], row[:position]):
            return row[:position].rstrip()
    return row


def _is_clause(text: str, formula: str) -> bool:
    """Whether ``text``, after a comma ending ``formula``, is a clause in words: it opens with no number (``1, 2,
    3 and so on`` is a list), and its words are none of the formula's names (``dw = x dz, dx dz``: dz a name)."""
    plain = _TEX_SPACE.sub(" ", _SCRIPTS.sub("", TEXT_WORDS.sub(r" \1 ", text))).strip()
    if not plain or plain[0].isdigit() or _RELATION.search(plain) or _ARITHMETIC.search(plain):
        return False
    names = set(re.findall(r"[^\W\d_]+", formula))
    words = [match.group(0) for match in LONE_WORD.finditer(plain) if match.group(0) not in names]
    # one word alone closing the row, "h_2 = o_1 w_2, следовательно" (hence, thus, quindi, 所以: the sentence going on
    # after the formula): three letters or more (two of a script of prose, 所以), no function's name (", exp" is no
    # clause), nothing else after it
    return len(words) >= 2 or len(words) == 1 and plain.rstrip(_WORD_PUNCTUATION) == words[0] \
        and (len(words[0]) >= 3 or re.search(PROSE_SCRIPT_LETTER, words[0]) is not None) \
        and words[0].lower() not in MATH_WORDS
