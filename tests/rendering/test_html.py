"""The HTML worked solution without a browser: self-contained, a drawing per stage whose nodes and
edges match the network, numbers that agree with a hand computation, MathML for every formula."""

from __future__ import annotations

import re

import numpy as np
import pytest

from backprop.cli import main
from backprop.rendering import render
from backprop.rendering.mathml import mathml_content
from backprop.rendering.svg import DRAWN, HEAD, TAIL
from backprop.problem import load_problem

from .helpers import ALL_FILES, ids

SECTION = re.compile(r'<section class="stage" id="(step\d+-\w+)".*?</section>', re.DOTALL)


def page(path):
    problem = load_problem(path, require_data=True)
    trace = problem.explain()
    return problem, trace, render(trace, problem, "html")


def drawn(count: int) -> int:
    """How many units of a column of ``count`` are drawn."""
    return count if count <= DRAWN else HEAD + TAIL


def unit_index(position: int, count: int) -> int:
    """The unit drawn at ``position`` of a column of ``count``: the first HEAD, then the last TAIL."""
    return position if position < HEAD or count <= DRAWN else count - drawn(count) + position


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_every_example_is_one_self_contained_page(path):
    _, trace, html = page(path)
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    # Nothing is fetched: no linked files, no remote scripts, styles, fonts or images.
    assert not re.search(r"<link\b|<script\s+src|<img\b|@import|url\(", html)
    assert not re.search(r'(src|href)="(?!#)', html)
    # Three stages per step, in order, each with its drawing and its equations.
    sections = SECTION.findall(html)
    assert sections == [f"step{step.step}-{stage}" for step in trace.steps
                        for stage in ("forward", "backward", "update")]
    for body in SECTION.finditer(html):
        assert body.group(0).count("<svg") == 1 and "<math" in body.group(0)
    for step in trace.steps:
        assert f"Step {step.step} of {len(trace.steps)}" in html


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_a_node_per_drawn_unit_and_an_edge_per_drawn_connection(path):
    problem, _, html = page(path)
    columns = [problem.layers[0].inputs] + [layer.units for layer in problem.layers]
    connections = 0
    for number, layer in enumerate(problem.layers, start=1):
        sources, targets = range(drawn(columns[number - 1])), range(drawn(columns[number]))
        mask = np.ones((layer.units, layer.inputs)) if layer.mask is None else layer.mask
        # Drawn units are the first HEAD and the last TAIL of a large column.
        rows = [unit_index(j, layer.units) for j in targets]
        cols = [unit_index(i, layer.inputs) for i in sources]
        connections += int(mask[np.ix_(rows, cols)].sum())
    for body in SECTION.finditer(html):
        assert body.group(0).count('<g class="unit ') == sum(drawn(count) for count in columns)
        assert body.group(0).count('<g class="edge ') == connections
        assert body.group(0).count('<g class="more">') == sum(count > DRAWN for count in columns)


def test_small_networks_are_drawn_whole_and_large_ones_say_they_are_summarised():
    small = next(path for path in ALL_FILES if path.stem == "seed004_sparse_sigmoid")
    _, _, html = page(small)
    # 4 inputs + 2 + 1 units; 4 connections the mask keeps + 2.
    forward = SECTION.search(html).group(0)
    assert forward.count('<g class="unit ') == 7 and forward.count('<g class="edge ') == 6
    assert "summarised" not in forward
    large = next(path for path in ALL_FILES if path.stem == "seed001_mnist_literal")
    _, _, html = page(large)
    forward = SECTION.search(html).group(0)
    assert "777 more units" in forward and "121 more units" in forward and "57 more units" in forward
    assert "Columns of more than 16 units are summarised" in forward


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_drawn_numbers_agree_with_a_hand_computation():
    # seed 004's sparse 4-2-1 sigmoid network, squared error, target 0.7, learning rate 0.1,
    # computed here with numpy from the file's numbers, independently of the engine.
    x = np.array([-0.3, 4.9, 1.1, -2.7])
    w1 = np.array([[-1.7, 0.1, 0, 0], [0, 0, -0.6, -1.8]])
    w2 = np.array([[-0.2, 0.5]])
    a1 = _sigmoid(w1 @ x)
    a2 = _sigmoid(w2 @ a1)
    delta2 = 2 * (a2 - 0.7) * a2 * (1 - a2)
    delta1 = (w2.T @ delta2) * a1 * (1 - a1)
    grad_w1 = np.outer(delta1, x) * (w1 != 0)
    path = next(path for path in ALL_FILES if path.stem == "seed004_sparse_sigmoid")
    _, _, html = page(path)
    stages = {match.group(1): match.group(0) for match in SECTION.finditer(html)}

    def shown(stage: str, name: str) -> str:
        """The number the drawing of ``stage`` writes after ``name = ``."""
        found = re.findall(re.escape(name) + r" = (-?[0-9.]+(?:e[-+]?\d+)?)[< ]", stages[f"step1-{stage}"])
        assert len(found) == 1, name
        return found[0]

    # The drawing writes 6 significant digits (as every format does): they must be these.
    assert shown("forward", "a2[0]") == f"{a2[0]:.6g}"
    assert shown("forward", "z1[1]") == "4.2"
    assert shown("backward", "δ1[0]") == f"{delta1[0]:.6g}"
    assert shown("backward", "δ2[0]") == f"{delta2[0]:.6g}"
    for (j, i), gradient in np.ndenumerate(grad_w1):
        if w1[j, i] == 0:
            assert f'data-layer="1" data-from="{i}" data-to="{j}"' not in stages["step1-backward"]
            continue
        assert shown("backward", f"dL/dW1[{j},{i}]") == f"{gradient:.6g}"
        assert shown("update", f"new W1[{j},{i}]") == f"{w1[j, i] - 0.1 * gradient:.6g}"
    # Colour and style follow the sign: W1[0,0] = -1.7 is negative, W1[0,1] = 0.1 positive.
    forward = stages["step1-forward"]
    assert 'class="edge negative" data-layer="1" data-from="0" data-to="0"' in forward
    assert 'class="edge positive" data-layer="1" data-from="1" data-to="0"' in forward


def test_a_negative_number_is_a_sign_and_a_difference_a_subtraction():
    minus = "<mo>&#x02212;</mo>"
    # A sign: the number is its own row, so the browser sets the minus as a prefix (no spaces).
    assert f"<mrow>{minus}<mn>0.2</mn></mrow>" in mathml_content("(-0.2)(4.9) = -0.98")
    assert mathml_content("= -0.98").count(f"<mrow>{minus}<mn>0.98</mn></mrow>") == 1
    # A subtraction stays an infix operator between its operands.
    assert f"<mn>1</mn>{minus}<mn>0.5</mn>" in mathml_content("(1-0.5)")


def test_cli_writes_the_html_page(tmp_path, capsys):
    out = tmp_path / "page.html"
    path = next(path for path in ALL_FILES if path.stem == "seed004_sparse_sigmoid")
    assert main(["explain", str(path), "--format", "html", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    assert out.read_text(encoding="utf-8") == page(path)[2]
