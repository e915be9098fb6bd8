"""The HTML outputs of the executed example notebooks in headless Chromium, laid out as a notebook
lays out cells: no console error, nothing fetched, MathML drawn as mathematics, the worked
solution's frame steps from stage to stage; and the README's screenshot of a cell and its output."""

from __future__ import annotations

import html
import os
from pathlib import Path

import pytest
from html_browser import Opened, chromium  # noqa: F401  (chromium: the fixture)

from .executed import ROOT, executed, html_outputs

SCREENSHOT = ROOT / "docs" / "images" / "notebook-explain.png"
# Cells as Jupyter lays them out, with none of its style sheet: the outputs must not need it.
_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title><style>
body {{ font-family: system-ui, sans-serif; margin: 16px; background: #fff; }}
.cell {{ display: grid; grid-template-columns: 56px 1fr; margin: 0 0 14px; max-width: 1040px; }}
.prompt {{ font-family: ui-monospace, monospace; font-size: 13px; color: #307fc1; padding-top: 6px; }}
.prompt.out {{ color: #bf5b3d; }}
pre.input {{ margin: 0; padding: 6px 8px; background: #f5f5f5; border: 1px solid #e0e0e0; border-radius: 2px;
             font-size: 13px; }}
.output {{ padding: 6px 0 0; overflow-x: auto; }}
</style></head><body>{cells}</body></html>"""


def cell_html(number: int, source: str, shown: str) -> str:
    return (f'<div class="cell" data-cell="{number}"><div class="prompt">[{number}]:</div>'
            f'<pre class="input">{html.escape(source)}</pre><div class="prompt out">[{number}]:</div>'
            f'<div class="output">{shown}</div></div>')


def write_notebook_page(name: str, folder: Path) -> tuple[Path, int]:
    notebook, _ = executed(name)
    outputs = html_outputs(notebook)
    cells = "".join(cell_html(number, source, shown) for number, (source, shown) in enumerate(outputs, start=1))
    path = folder / f"{name}.html"
    path.write_text(_PAGE.format(title=name, cells=cells), encoding="utf-8")
    return path, len(outputs)


_MATH = "() => Array.from(document.querySelectorAll('math')).filter(m => m instanceof MathMLElement).length"


@pytest.mark.parametrize("name", ["student", "teacher"])
def test_every_html_output_loads_cleanly(chromium, tmp_path, name):  # noqa: F811
    path, count = write_notebook_page(name, tmp_path)
    with Opened(chromium, path) as opened:
        page = opened.page
        assert count >= 5
        assert opened.errors == []
        assert [url for url in opened.requests if not url.startswith(("about:", "data:"))] == [path.resolve().as_uri()]
        assert page.evaluate(_MATH) > 5
        # every drawing has a size: the networks and the curves
        sizes = page.evaluate("() => Array.from(document.querySelectorAll('.output svg')).map(s => s.getBoundingClientRect().width)")
        assert sizes and min(sizes) > 100
        # a problem's drawing is styled as on the worked solution's page (units light, edges coloured)
        fills = page.evaluate("() => Array.from(document.querySelectorAll('.output svg.network .unit rect'))"
                              ".map(r => getComputedStyle(r).fill)")
        assert fills and set(fills) <= {"rgb(251, 250, 244)", "rgb(238, 243, 251)"}
        strokes = page.evaluate("() => Array.from(document.querySelectorAll('.output svg.network .edge line'))"
                                ".map(l => getComputedStyle(l).stroke)")
        assert strokes and set(strokes) <= {"rgb(179, 89, 0)", "rgb(31, 95, 191)", "rgb(118, 118, 118)"}
        frames = page.locator("iframe.backprop-frame")
        assert frames.count() == 1
        frame = page.frame_locator("iframe.backprop-frame")
        status = frame.locator("#stage-status")
        assert "(1 of " in status.inner_text()
        frame.locator("#stage-next").click()
        assert "Backward pass" in status.inner_text() and "(2 of " in status.inner_text()
        shown = frame.locator("section.stage:not([hidden])")
        assert shown.count() == 1 and shown.get_attribute("id") == "step1-backward"
        assert frame.locator("section.stage:not([hidden]) svg g.unit").count() > 0
        assert opened.errors == []


def test_the_readme_screenshot_of_a_cell_and_its_output(chromium, tmp_path):  # noqa: F811
    """The student notebook's explain cell, the frame scrolled to its stepper on the backward pass.

    Written to tmp_path and compared in size with docs/images/notebook-explain.png; with
    BACKPROP_WRITE_SCREENSHOTS=1 it replaces that file (which the README shows)."""
    notebook, _ = executed("student")
    source, shown = next((source, shown) for source, shown in html_outputs(notebook)
                         if source.startswith("solution = backprop.explain"))
    path = tmp_path / "cell.html"
    path.write_text(_PAGE.format(title="explain", cells=cell_html(3, source, shown)), encoding="utf-8")
    with Opened(chromium, path) as opened:
        page = opened.page
        page.set_viewport_size({"width": 1100, "height": 900})
        frame = page.frame_locator("iframe.backprop-frame")
        frame.locator("#stage-next").click()
        frame.locator("#stepper").evaluate("nav => nav.scrollIntoView()")
        target = tmp_path / "notebook-explain.png"
        page.locator(".cell").screenshot(path=str(target))
        assert opened.errors == []
    from PIL import Image

    taken = Image.open(target)
    assert taken.size[0] > 900 and taken.size[1] > 600
    if os.environ.get("BACKPROP_WRITE_SCREENSHOTS"):
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        SCREENSHOT.write_bytes(target.read_bytes())
    assert Image.open(SCREENSHOT).size == taken.size
