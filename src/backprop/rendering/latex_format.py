"""The worked solution as a LaTeX document that compiles with pdflatex.

Only packages of Debian's texlive-latex-base are used (amsmath, geometry). Equations are ``align*``
rows broken where ``blocks.layout`` breaks them, aligned at their first relation, and
``\\allowdisplaybreaks`` lets long lists of equations run over pages.
"""

from __future__ import annotations

from .blocks import (
    CONTINUED,
    FIRST,
    Code,
    Equation,
    Heading,
    Math,
    Paragraph,
    Table,
    join_parts,
    layout,
    render_blocks,
)
from .document import build
from .pieces import Tex, escape_latex

WIDTH = 80  # plain-text columns per row; LaTeX math of the same text is narrower than 17 cm of 10pt

PREAMBLE = r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[a4paper,margin=2cm]{geometry}
\usepackage{amsmath}
\allowdisplaybreaks
\setlength{\parindent}{0pt}
\setlength{\emergencystretch}{3em} % a long file path may leave a justified line no good break
\setlength{\parskip}{0.5\baselineskip}
\begin{document}
"""

_SECTIONS = {1: r"{{\raggedright\LARGE\bfseries {}\par}}", 2: r"\section*{{{}}}", 3: r"\subsection*{{{}}}",
             4: r"\subsubsection*{{{}}}", 5: r"\paragraph*{{{}}}"}


def _code(part: Code) -> str:
    # Break long paths after their slashes rather than running into the margin.
    return r"\texttt{" + escape_latex(part.text).replace("/", r"/\allowbreak{}") + "}"


_SPELL = {str: escape_latex, Tex: lambda part: f"${part.latex}$", Code: _code}


def heading(block: Heading) -> str:
    return _SECTIONS[block.level].format(escape_latex(block.text))


def paragraph(block: Paragraph) -> str:
    return join_parts(block.parts, _SPELL)


def equation_rows(eq: Equation) -> list[str]:
    """align* rows: the left-hand side, then ``&`` before the first relation; later rows start at it."""
    rows = []
    left = len(eq.sides[0])
    for row in layout(eq, WIDTH):
        latex = [item.latex for item in row.items]
        if row.kind == FIRST:
            rows.append("".join(latex[:left]) + " &" + "".join(latex[left:]))
        else:
            rows.append("&" + (r"\quad " if row.kind == CONTINUED else "") + "".join(latex))
    return rows


def math(block: Math) -> str:
    rows = [row for eq in block.equations for row in equation_rows(eq)]
    return "\\begin{align*}\n" + " \\\\\n".join(rows) + "\n\\end{align*}" if rows else ""


def table(block: Table) -> str:
    def line(cells) -> str:
        return " & ".join(_SPELL[type(cell)](cell) for cell in cells) + r" \\"

    columns = "l" * len(block.header)
    body = "\n".join(map(line, block.rows))
    return (f"\\begin{{center}}\n\\begin{{tabular}}{{{columns}}}\n\\hline\n{line(block.header)}\n\\hline\n"
            f"{body}\n\\hline\n\\end{{tabular}}\n\\end{{center}}")


HANDLERS = {Heading: heading, Paragraph: paragraph, Math: math, Table: table}


def render_latex(trace, problem) -> str:
    """The worked solution of ``trace`` as a complete LaTeX document."""
    return PREAMBLE + render_blocks(build(trace, problem), HANDLERS) + "\\end{document}\n"
