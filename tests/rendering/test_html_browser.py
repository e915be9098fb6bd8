"""The HTML worked solution in a real browser (headless Chromium): it loads without errors or
requests, draws a node per unit and an edge per connection, renders MathML, steps, reads without
JavaScript, and looks right (a screenshot is saved)."""

from __future__ import annotations

import pytest
from html_browser import Opened, chromium  # noqa: F401  (chromium: the fixture)

from backprop.rendering import render
from backprop.problem import load_problem

from .helpers import ALL_FILES

# Between them: biases per unit and shared, masks, softmax, several steps, a 15-unit layer. (Every
# example's drawing is counted without a browser in test_html.py; a browser page takes seconds.)
SMALL = ["seed000_classification", "seed004_sparse_sigmoid", "masked_online", "wide_hidden"]
FILES = {path.stem: path for path in ALL_FILES}


def write_page(name: str, folder):
    problem = load_problem(FILES[name], require_data=True)
    trace = problem.explain()
    path = folder / f"{name}.html"
    path.write_text(render(trace, problem, "html"), encoding="utf-8")
    return problem, trace, path


# Per stage section: units and edges drawn, <math> elements that are real MathML elements, and
# whether the section is shown.
_COUNTS = """() => Array.from(document.querySelectorAll("section.stage")).map(section => ({
    id: section.id,
    units: section.querySelectorAll("svg.network g.unit").length,
    edges: section.querySelectorAll("svg.network g.edge").length,
    math: Array.from(section.querySelectorAll("math")).filter(m => m instanceof MathMLElement).length,
    shown: section.getBoundingClientRect().height > 0,
}))"""


@pytest.mark.parametrize("name", SMALL, ids=SMALL)
def test_small_network_page_in_chromium(chromium, name, tmp_path):  # noqa: F811
    problem, trace, path = write_page(name, tmp_path)
    units = problem.layers[0].inputs + sum(layer.units for layer in problem.layers)
    connections = sum(layer.units * layer.inputs if layer.mask is None else int(layer.mask.sum())
                      for layer in problem.layers)
    with Opened(chromium, path) as opened:
        sections = opened.page.evaluate(_COUNTS)
        assert opened.errors == []
        # Self-contained: the page itself is the only thing loaded.
        assert opened.requests == [path.resolve().as_uri()]
        assert len(sections) == 3 * len(trace.steps)
        for section in sections:
            assert (section["units"], section["edges"]) == (units, connections), section["id"]
            assert section["math"] > 0
        # With the script, one stage at a time, starting with the first.
        assert [section["id"] for section in sections if section["shown"]] == ["step1-forward"]
        opened.page.screenshot(path=str(tmp_path / f"{name}.png"))
    assert (tmp_path / f"{name}.png").stat().st_size > 10_000


def test_mathml_is_rendered_as_mathematics(chromium, tmp_path):  # noqa: F811
    _, _, path = write_page("seed004_sparse_sigmoid", tmp_path)
    with Opened(chromium, path) as opened:
        # A fraction laid out as one: numerator above the denominator, taller than a line of text.
        fraction = opened.page.evaluate("""() => {
            const frac = document.querySelector("section.stage:not([hidden]) mfrac");
            const [top, bottom] = Array.from(frac.children).map(c => c.getBoundingClientRect());
            const size = parseFloat(getComputedStyle(frac).fontSize);
            return {above: top.bottom <= bottom.top + 1, height: frac.getBoundingClientRect().height / size};
        }""")
        assert fraction["above"] and fraction["height"] > 1.5
        # Equations of a block: one table row per laid-out line, left sides right-aligned.
        rows = opened.page.evaluate("""() => Array.from(document.querySelectorAll(
            "section.stage:not([hidden]) .math mtable")[0].querySelectorAll("mtr")).map(row =>
            row.firstElementChild.firstElementChild.getBoundingClientRect().right)""")
        assert len(rows) >= 2 and max(rows) - min(rows) < 1.5


def test_stepping_changes_what_is_shown(chromium, tmp_path):  # noqa: F811
    _, trace, path = write_page("seed000_classification", tmp_path)
    with Opened(chromium, path) as opened:
        page = opened.page
        shown = "section.stage:not([hidden])"

        def visible():
            return page.locator(shown).get_attribute("id"), page.locator(f"{shown} svg").text_content()

        assert page.locator("#stage-previous").is_disabled()
        first_id, first_drawing = visible()
        page.click("#stage-next")
        second_id, second_drawing = visible()
        assert (first_id, second_id) == ("step1-forward", "step1-backward")
        assert second_drawing != first_drawing
        assert "δ2[0]" in second_drawing and "δ2[0]" not in first_drawing
        assert "(2 of 9)" in page.locator("#stage-status").inner_text()
        page.click("#stage-next")
        page.click("#stage-next")
        assert visible()[0] == "step2-forward"
        page.click("#stage-previous")
        assert visible()[0] == "step1-update"
        page.select_option("#stage-select", str(3 * len(trace.steps) - 1))
        assert visible()[0] == f"step{len(trace.steps)}-update"
        assert page.locator("#stage-next").is_disabled()
        page.check("#show-all")
        assert page.locator(shown).count() == 3 * len(trace.steps)
        page.uncheck("#show-all")
        # Printed, every stage is there and the control is not.
        page.emulate_media(media="print")
        heights = page.evaluate("""() => Array.from(document.querySelectorAll("section.stage"))
            .map(section => section.getBoundingClientRect().height)""")
        assert len(heights) == 3 * len(trace.steps) and min(heights) > 0
        assert not page.locator("#stepper").is_visible()
        page.emulate_media(media="screen")
        page.screenshot(path=str(tmp_path / "stepped.png"))
        assert opened.errors == []


def test_without_javascript_every_stage_is_shown(chromium, tmp_path):  # noqa: F811
    _, trace, path = write_page("seed003_delta_rule", tmp_path)
    with Opened(chromium, path, javascript=False) as opened:
        sections = opened.page.evaluate(_COUNTS)
        assert [s["id"] for s in sections if s["shown"]] == [s["id"] for s in sections]
        assert len(sections) == 3 * len(trace.steps)
        assert not opened.page.locator("#stepper").is_visible()
        assert all(section["math"] > 0 for section in sections)


def test_large_network_is_summarised_in_chromium(chromium, tmp_path):  # noqa: F811
    _, _, path = write_page("seed001_mnist_literal", tmp_path)
    with Opened(chromium, path) as opened:
        sections = opened.page.evaluate(_COUNTS)
        assert opened.errors == []
        # 7 drawn units of each summarised column (784, 128, 64) and all 10 outputs.
        assert {section["units"] for section in sections} == {7 + 7 + 7 + 10}
        assert opened.page.locator("section.stage:not([hidden]) g.more").count() == 3
        opened.page.screenshot(path=str(tmp_path / "mnist.png"))
