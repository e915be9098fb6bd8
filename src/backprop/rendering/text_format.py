"""The worked solution as plain text for an 80-column terminal (the default format)."""

from __future__ import annotations

import textwrap

from .blocks import (Code, Heading, Math, Paragraph, Table, equation_lines, join_parts, plain,
                     render_blocks)
from .document import build
from .pieces import Tex

WIDTH = 80
MATH_INDENT = 2  # equations stand a little in from the prose

# Underline of each heading level (level 5, a sample, is a line ending with a colon).
_UNDERLINES = {1: "=", 2: "=", 3: "-", 4: "."}
NBSP = "\u00a0"
_PLAIN = {str: plain, Tex: plain, Code: plain}
_UNBROKEN = {str: plain, Tex: lambda part: part.text.replace(" ", NBSP), Code: plain}


def heading(block: Heading) -> str:
    lines = textwrap.wrap(block.text, WIDTH) or [""]
    if block.level not in _UNDERLINES:
        return "\n".join(lines) + ":"
    rule = _UNDERLINES[block.level] * max(len(line) for line in lines)
    title = "\n".join(lines + [rule])
    return f"{rule}\n{title}" if block.level == 1 else title


def paragraph(block: Paragraph) -> str:
    # Formulas are not broken across lines: their spaces are non-breaking while wrapping.
    text = join_parts(block.parts, _UNBROKEN)
    return textwrap.fill(text, WIDTH, break_on_hyphens=False).replace(NBSP, " ")


def math(block: Math) -> str:
    pad = " " * MATH_INDENT
    return "\n".join(pad + line for eq in block.equations for line in equation_lines(eq, WIDTH - MATH_INDENT))


def table(block: Table) -> str:
    """Columns padded to their widest cell, the header underlined with dashes."""
    rows = [[plain(cell) for cell in row] for row in [block.header, *block.rows]]
    widths = [max(len(row[c]) for row in rows) for c in range(len(block.header))]

    def line(cells):
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(rows[0]), rule, *map(line, rows[1:])])


HANDLERS = {Heading: heading, Paragraph: paragraph, Math: math, Table: table}


def render_text(trace, problem) -> str:
    """The worked solution of ``trace`` as plain text, at most 80 columns where it can be."""
    return render_blocks(build(trace, problem), HANDLERS)
