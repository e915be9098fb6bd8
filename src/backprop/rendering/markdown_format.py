"""The worked solution as Markdown (GitHub flavour).

Headings per step and section; equations go in fenced ``text`` blocks laid out as in the text
format, because plain monospace arithmetic renders the same everywhere, whereas GitHub's math
rendering is picky about long displays; summaries and the network are tables.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .blocks import (Code, Heading, Math, Paragraph, Table, equation_lines, join_parts,
                     render_blocks)
from .document import build
from .pieces import Tex

WIDTH = 80

# Characters that Markdown would take as emphasis, links, HTML or table syntax inside prose.
_SPECIAL = lazy_pattern(r"([\\`*_\[\]<>|#])")


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


def _code(text: str) -> str:
    return f"`{text}`"


# Prose parts: words are escaped, formulas and commands are inline code.
_SPELL = {str: _escape, Tex: lambda part: _code(part.text), Code: lambda part: _code(part.text)}


def heading(block: Heading) -> str:
    return "#" * block.level + " " + _escape(block.text)


def paragraph(block: Paragraph) -> str:
    return join_parts(block.parts, _SPELL)


def math(block: Math) -> str:
    lines = [line for eq in block.equations for line in equation_lines(eq, WIDTH)]
    return "```text\n" + "\n".join(lines) + "\n```" if lines else ""


def table(block: Table) -> str:
    def cell(part) -> str:
        spelled = _SPELL[type(part)](part)
        # Words are escaped already; a formula's | would end the cell even inside backticks.
        return spelled.replace("|", r"\|") if isinstance(part, Tex) else spelled

    def line(cells) -> str:
        return "| " + " | ".join(cell(part) for part in cells) + " |"

    return "\n".join([line(block.header), "|" + "---|" * len(block.header), *map(line, block.rows)])


HANDLERS = {Heading: heading, Paragraph: paragraph, Math: math, Table: table}


def render_markdown(trace, problem) -> str:
    """The worked solution of ``trace`` as a Markdown document."""
    return render_blocks(build(trace, problem), HANDLERS)
