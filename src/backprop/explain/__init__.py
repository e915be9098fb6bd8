"""Renderers of a worked solution: each turns a Trace (with its Problem) into one document.

``RENDERERS[name](trace, problem)`` returns the whole document as a string.
"""

from __future__ import annotations

from .json_format import render_json

RENDERERS = {
    "json": render_json,
}

FORMATS = tuple(RENDERERS)


def render(trace, problem, fmt: str = "text") -> str:
    """The worked solution of ``trace`` in format ``fmt`` (one of FORMATS)."""
    return RENDERERS[fmt](trace, problem)
