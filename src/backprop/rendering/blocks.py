"""The format-neutral document: headings, prose, equations and tables, and how equations wrap.

The worked solution is built once as a list of these blocks (document.py); each renderer turns the
blocks into its format. Line breaking of equations is decided here, once, by ``layout``, so that the
text and LaTeX outputs break long equations in the same places. The helpers every renderer shares
(block dispatch, prose assembly, plain-text equation lines) close the module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .pieces import Tex, as_tex


@dataclass(frozen=True)
class Code:
    """A command or file name inside prose (monospace where the format has it)."""

    text: str


@dataclass
class Heading:
    """A heading; level 1 is the document title, 2 a step, 3 a section, 4 a layer, 5 a sample."""

    level: int
    text: str


@dataclass
class Paragraph:
    """Prose: ``str`` parts are words, ``Tex`` parts inline formulas, ``Code`` parts commands."""

    parts: list


@dataclass
class Equation:
    """``sides[0] relations[0] sides[1] relations[1] ...``; each side a list of items.

    A line may break between two items of a side; every item after the first carries its own
    leading operator or separator (" + x", " 0.5,"), so a broken line still reads right.
    """

    sides: list[list[Tex]]
    relations: list[Tex] = field(default_factory=list)

    def __post_init__(self):
        self.sides = [[as_tex(item) for item in side] for side in self.sides]
        missing = len(self.sides) - 1 - len(self.relations)
        self.relations = list(self.relations) + [Tex(" = ", " = ")] * missing


@dataclass
class Math:
    """Displayed equations, one after another."""

    equations: list[Equation]


@dataclass
class Table:
    """A small table; cells are ``str`` (words) or ``Tex`` (formulas)."""

    header: list
    rows: list[list]


def equation(*sides, relations=()) -> Equation:
    """An equation from sides given as a Tex, a str or a list of items.

    A side (after the first) that reads the same as the next one, but for parentheses around it,
    is left out: ``L = L_0 = 0.5`` rather than ``L = L_0 = 0.5 = 0.5``.
    """
    sides = [[as_tex(item) for item in (side if isinstance(side, list) else [side])] for side in sides]
    relations = [as_tex(r) for r in relations] + [Tex(" = ", " = ")] * (len(sides) - 1 - len(relations))
    kept, kept_relations, incoming = [sides[0]], [], None
    for index in range(1, len(sides)):
        incoming = incoming or relations[index - 1]
        following = sides[index + 1] if index + 1 < len(sides) else None
        same = following is not None and _bare(sides[index]) == _bare(following)
        if same and relations[index].text == " = ":
            continue  # the relation into this side leads into the next one instead
        kept.append(sides[index])
        kept_relations.append(incoming)
        incoming = None
    return Equation(kept, kept_relations)


def _bare(side: list[Tex]) -> str:
    text = "".join(item.text for item in side)
    return text[1:-1] if text.startswith("(") and text.endswith(")") else text


def table_width(table: Table) -> int:
    """The width of the table in plain text, columns two spaces apart."""
    rows = [table.header, *table.rows]
    widths = [max(len(as_tex(row[c]).text) for row in rows) for c in range(len(table.header))]
    return sum(widths) + 2 * (len(widths) - 1)


# -- line breaking --------------------------------------------------------------------------------

FIRST, RELATION, CONTINUED = "first", "relation", "continued"


@dataclass
class Row:
    """One line of a laid-out equation.

    kind : FIRST (starts with the left-hand side), RELATION (starts with "= ..." under the first
        relation) or CONTINUED (goes on with the items of a side that did not fit).
    items : what the line holds, in order (on a FIRST row the left-hand side comes first).
    """

    kind: str
    items: list[Tex]

    @property
    def text(self) -> str:
        return "".join(item.text for item in self.items)


def indent_of(eq: Equation, width: int) -> int:
    """Where lines after the first start: under the first relation, unless the left side is long."""
    left = sum(len(item.text) for item in eq.sides[0])
    return left if left <= width // 2 else 4


def layout(eq: Equation, width: int) -> list[Row]:
    """The equation broken into rows of at most ``width`` text columns where it can be.

    Greedy: a side goes on the current line if it fits, else on a new line under the first
    relation; a side that does not fit there either breaks between its items. Lengths are measured
    on the plain-text spelling, which is close enough for LaTeX too.
    """
    indent = indent_of(eq, width)
    rows = [Row(FIRST, list(eq.sides[0]))]
    used = len(rows[0].text)
    for relation, side in zip(eq.relations, eq.sides[1:], strict=True):
        length = len(relation.text) + sum(len(item.text) for item in side)
        if used + length > width and used > indent:
            rows.append(Row(RELATION, []))
            used = indent
        for index, item in enumerate(side):
            piece = relation + item if index == 0 else item
            if index and used + len(piece.text) > width:
                rows.append(Row(CONTINUED, []))
                used = indent + 3
                piece = Tex(piece.text.lstrip(), piece.latex.lstrip())
            rows[-1].items.append(piece)
            used += len(piece.text)
    return rows


# Parts of prose that attach to the word before them without a space.
_ATTACHED = (".", ",", ";", ":", ")")


def render_blocks(blocks: list, handlers: dict[type, Callable]) -> str:
    """Each block rendered by the handler for its type, separated by blank lines."""
    return "\n\n".join(filter(None, (handlers[type(block)](block) for block in blocks))) + "\n"


def join_parts(parts: list, spell: dict[type, Callable]) -> str:
    """Prose from words, formulas and commands, each part spelled by ``spell[type]``."""
    words = []
    for part in parts:
        word = spell[type(part)](part)
        if not word:
            continue
        if words and not (isinstance(part, str) and part.startswith(_ATTACHED)):
            words.append(" ")
        words.append(word)
    return "".join(words)


def equation_lines(eq: Equation, width: int) -> list[str]:
    """The equation as plain-text lines of at most ``width`` columns (where it can break)."""
    indent = indent_of(eq, width)
    lines = []
    for row in layout(eq, width):
        lead = {FIRST: 0, CONTINUED: indent + 3}.get(row.kind, indent)
        lines.append(" " * lead + row.text)
    return lines


def plain(part: Tex | Code | str) -> str:
    """The plain-text spelling of any prose part."""
    return part if isinstance(part, str) else part.text
