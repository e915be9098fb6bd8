"""A derivation that shows itself in a notebook: ``backprop derive``'s document, typeset.

:class:`Derivation` holds the format-neutral document of symbolic/document.py: ``str()`` is the
command line's text (SymPy syntax, which ``check`` reads back), ``render(fmt)`` its text, Markdown
or LaTeX, and its notebook display the same lines typeset as MathML.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..symbolic.document import Block, Document
from ..symbolic.render import RENDERERS
from .page import block, text
from .typeset import math


@dataclass(eq=False)
class Derivation:
    """The derivations of ``backprop derive``: ``document`` (a symbolic.document.Document)."""

    document: Document

    def render(self, fmt: str = "text") -> str:
        """The derivation as the CLI writes it: text, markdown or latex."""
        return RENDERERS[fmt](self.document)

    def __str__(self) -> str:
        return self.render("text")

    def __repr__(self) -> str:
        return self.render("text")

    @property
    def sections(self) -> list:
        """One section per parameter (title, blocks of lines)."""
        return self.document.sections

    def _repr_html_(self) -> str:
        document = self.document
        parts = [f"<h3>{text(document.title)}</h3>", f'<p class="meta">{text(document.source)}</p>',
                 _block(document.definitions)]
        parts += [f'<p class="meta">note: {text(note)}</p>' for note in document.notes]
        for section in document.sections:
            parts.append(f"<h3>{math(section.title_latex)}</h3>")
            parts += [f'<p class="meta">note: {text(note)}</p>' for note in section.notes]
            parts += [_block(item) for item in section.blocks]
        return block("derivation", "".join(parts))


def _block(item: Block) -> str:
    lines = "".join(math(f"{line.left_latex} {line.relation_latex} {line.right_latex}", display=True)
                    for line in item.lines)
    note = f'<p class="meta">({text(item.note)})</p>' if item.note else ""
    return (f"<div><strong>{text(item.label[0].upper() + item.label[1:])}</strong>"
            f'<div style="overflow-x: auto">{lines}</div>{note}</div>')
