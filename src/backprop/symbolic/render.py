"""A derive Document as plain text, Markdown or a LaTeX document (``RENDERERS[format](document)``).

Text lines are SymPy syntax, so a line of ``derive`` can be handed to ``check --formula``; LaTeX
is a complete amsmath document that pdflatex compiles; Markdown puts the LaTeX in $$ blocks.
"""

from __future__ import annotations

from typing import Callable

from .document import Block, Document, Line


def render_text(document: Document) -> str:
    out = [f"{document.title}  ({document.source})", ""]
    out.extend(_text_block(document.definitions))
    for note in document.notes:
        out.append(f"note: {note}")
    for section in document.sections:
        out.append("")
        out.append(section.title_text)
        for note in section.notes:
            out.append(f"  note: {note}")
        for block in section.blocks:
            out.extend("  " + line for line in _text_block(block))
    return "\n".join(out) + "\n"


def _text_block(block: Block) -> list[str]:
    out = [f"{block.label}:"]
    for line in block.lines:
        left = line.left_text or " " * 4
        out.append(f"  {left} {line.relation} {line.right_text}")
    if block.note:
        out.append(f"  ({block.note})")
    return out


def render_markdown(document: Document) -> str:
    out = [f"# {document.title}", "", f"`{document.source}`", ""]
    out.extend(_markdown_block(document.definitions, level="##"))
    for note in document.notes:
        out.extend([f"> {note}", ""])
    for section in document.sections:
        out.extend([f"## ${section.title_latex}$", ""])
        for note in section.notes:
            out.extend([f"> {note}", ""])
        for block in section.blocks:
            out.extend(_markdown_block(block, level="###"))
    return "\n".join(out).rstrip() + "\n"


def _markdown_block(block: Block, level: str) -> list[str]:
    out = [f"{level} {block.label[0].upper()}{block.label[1:]}", "", "$$", r"\begin{aligned}"]
    out.extend(_aligned_rows(block.lines))
    out.extend([r"\end{aligned}", "$$", ""])
    out.extend(["```text"] + [f"{line.left_text or '   '} {line.relation} {line.right_text}" for line in block.lines]
               + ["```", ""])
    if block.note:
        out.extend([f"*{block.note}*", ""])
    return out


def _aligned_rows(lines: list[Line]) -> list[str]:
    rows = [f"{line.left_latex} &{line.relation_latex} {line.right_latex}" for line in lines]
    return [row + (r" \\" if number < len(rows) - 1 else "") for number, row in enumerate(rows)]


def render_latex(document: Document) -> str:
    out = [r"\documentclass[10pt]{article}", r"\usepackage[margin=1.5cm,landscape]{geometry}",
           r"\usepackage{amsmath}", r"\allowdisplaybreaks", r"\begin{document}",
           rf"\section*{{{_escape(document.title)}}}", rf"\texttt{{{_escape(document.source)}}}", ""]
    out.extend(_latex_block(document.definitions))
    for note in document.notes:
        out.append(rf"\noindent\emph{{{_escape(note)}}}\par")
    for section in document.sections:
        out.append(rf"\subsection*{{${section.title_latex}$}}")
        for note in section.notes:
            out.append(rf"\noindent\emph{{{_escape(note)}}}\par")
        for block in section.blocks:
            out.extend(_latex_block(block))
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


def _latex_block(block: Block) -> list[str]:
    out = [rf"\paragraph{{{_escape(block.label[0].upper() + block.label[1:])}}}", r"\begin{align*}"]
    out.extend(_aligned_rows(block.lines))
    out.append(r"\end{align*}")
    if block.note:
        out.append(rf"\noindent\emph{{{_escape(block.note)}}}\par")
    return out


_SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
            "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
            "<": r"\textless{}", ">": r"\textgreater{}"}


def _escape(words: str) -> str:
    return "".join(_SPECIAL.get(character, character) for character in words)


RENDERERS: dict[str, Callable[[Document], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "latex": render_latex,
}

FORMATS = tuple(RENDERERS)
