"""Renderers of a worked solution: each turns a Trace (with its Problem) into one document.

``renderer(name)(trace, problem)`` returns the whole document as a string. The human formats
(text, Markdown, LaTeX, HTML) share one format-neutral document (document.py) and differ only in how
they print it; JSON is the trace itself.
"""

from __future__ import annotations

from importlib import import_module

#: format -> (module of this package, its render function). A module is imported only when its
#: format is asked for: the HTML one pulls in latex2mathml, a tenth of a second of start-up that
#: every `backprop explain` would otherwise pay.
_RENDERERS = {
    "text": ("text_format", "render_text"),
    "markdown": ("markdown_format", "render_markdown"),
    "latex": ("latex_format", "render_latex"),
    "html": ("html_format", "render_html"),
    "json": ("json_format", "render_json"),
}

FORMATS = tuple(_RENDERERS)


def renderer(fmt: str):
    """The function (trace, problem) -> str of format ``fmt`` (one of FORMATS)."""
    module, function = _RENDERERS[fmt]
    return getattr(import_module(f".{module}", __name__), function)


def render(trace, problem, fmt: str = "text") -> str:
    """The worked solution of ``trace`` in format ``fmt`` (one of FORMATS)."""
    return renderer(fmt)(trace, problem)
