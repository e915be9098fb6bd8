"""The pieces every notebook display is made of: a styled block, tables, typeset math, an iframe.

A notebook page has its own style sheet and scripts; a display must neither depend on them nor
change them. Inline displays scope their few rules under ``.backprop-output``; a whole page (the
worked solution, with its script) goes into an ``<iframe srcdoc>`` sandboxed to scripts only, which
Jupyter, Colab and VS Code all show as it is.
"""

from __future__ import annotations

from html import escape

#: the rules of every inline display, all under .backprop-output so the notebook's own are untouched
STYLE = """<style>
.backprop-output { font-family: system-ui, sans-serif; font-size: 14px; line-height: 1.4; color: #222; }
.backprop-output h3 { font-size: 1.05rem; margin: .2rem 0 .4rem; }
.backprop-output table { border-collapse: collapse; margin: .3rem 0 .6rem; }
.backprop-output th, .backprop-output td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; }
.backprop-output td.number { text-align: right; font-variant-numeric: tabular-nums; }
.backprop-output .meta { color: #555; }
.backprop-output .verdict { font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.backprop-output .correct { color: #2e7d32; } .backprop-output .wrong { color: #c62828; }
.backprop-output .unreadable { color: #ef6c00; }
.backprop-output pre { background: #f7f7f7; padding: .4rem; overflow-x: auto; }
.backprop-output math { font-size: 1.1em; }
</style>"""

#: the worked solution's frame: tall enough for a stage, resizable by the reader
FRAME_HEIGHT = 640


def block(kind: str, body: str) -> str:
    """An inline display: ``body`` (HTML) in a ``.backprop-output`` block of class ``kind``."""
    return f'<div class="backprop-output {kind}">{STYLE}{body}</div>'


def text(words) -> str:
    """Words as HTML text (escaped)."""
    return escape(str(words))


def table(header: list[str], rows: list[list[str]], numbers: frozenset = frozenset()) -> str:
    """An HTML table; cells are HTML already (escape text with :func:`text`); columns whose index
    is in ``numbers`` are right-aligned."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    right = ' class="number"'
    body = "".join("<tr>" + "".join(f"<td{right if index in numbers else ''}>{cell}</td>"
                                    for index, cell in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def iframe(document: str, title: str, height: int = FRAME_HEIGHT) -> str:
    """A whole HTML page shown in its own frame: its style and script stay inside it.

    ``sandbox="allow-scripts"`` lets the page's script run (the stepper) and nothing else: no
    access to the notebook, no forms, no navigation of the notebook page.
    """
    return (f'<iframe class="backprop-frame" title="{escape(title)}" sandbox="allow-scripts"'
            f' style="width: 100%; height: {height}px; border: 1px solid #ccc; resize: vertical;"'
            f' srcdoc="{attribute(document)}"></iframe>')


def attribute(value: str) -> str:
    """``value`` for a double-quoted attribute: only & and " need escaping there (escaping < and >
    as well made a worked solution's frame a third larger)."""
    return value.replace("&", "&amp;").replace('"', "&quot;")


def percent(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.2f}%"


def number(value: float | None, digits: int = 4) -> str:
    return "" if value is None else f"{value:.{digits}f}"
