"""Renderers of a worked solution: each turns a Trace (with its Problem) into one document.

``RENDERERS[name](trace, problem)`` returns the whole document as a string. The human formats
(text, Markdown, LaTeX, HTML) share one format-neutral document (document.py) and differ only in how
they print it; JSON is the trace itself.
"""

from __future__ import annotations

from .html_format import render_html
from .json_format import render_json
from .latex_format import render_latex
from .markdown_format import render_markdown
from .text_format import render_text

RENDERERS = {
    "text": render_text,
    "markdown": render_markdown,
    "latex": render_latex,
    "html": render_html,
    "json": render_json,
}

FORMATS = tuple(RENDERERS)


def render(trace, problem, fmt: str = "text") -> str:
    """The worked solution of ``trace`` in format ``fmt`` (one of FORMATS)."""
    return RENDERERS[fmt](trace, problem)
