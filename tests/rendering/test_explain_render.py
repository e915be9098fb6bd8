"""The human renderers on every example: they render, fit 80 columns, compile, and the CLI writes them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from backprop.cli import main
from backprop.rendering import FORMATS, render
from backprop.rendering.pieces import number_latex, number_text
from backprop.problem import load_problem

from .helpers import ALL_FILES, ids, is_small

HUMAN = ("text", "markdown", "latex")


def worked(path, fmt):
    problem = load_problem(path, require_data=True)
    trace = problem.explain()
    return problem, trace, render(trace, problem, fmt)


def test_formats_are_registered_with_text_first():
    assert FORMATS == ("text", "markdown", "latex", "html", "json")


@pytest.mark.parametrize("fmt", HUMAN)
@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_every_example_renders(path, fmt):
    problem, trace, text = worked(path, fmt)
    assert text.endswith("\n")
    # Each step is there, with its loss written to 6 significant digits.
    spell = number_latex if fmt == "latex" else number_text
    for step in trace.steps:
        assert f"Step {step.step} of {len(trace.steps)}" in text
        assert f"= {spell(step.loss)}" in text


SMALL = [path for path in ALL_FILES if is_small(path)]


@pytest.mark.parametrize("path", SMALL, ids=ids(SMALL))
def test_text_of_small_networks_fits_80_columns(path):
    _, _, text = worked(path, "text")
    long = [line for line in text.splitlines() if len(line) > 80]
    assert long == []


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_markdown_has_a_heading_per_step_and_section(path):
    _, trace, text = worked(path, "markdown")
    steps = re.findall(r"^## Step (\d+) of (\d+)$", text, flags=re.M)
    assert [int(k) for k, _ in steps] == [step.step for step in trace.steps]
    for section in ("Forward pass", "Loss", "Backward pass", "Gradients", "Updates"):
        assert len(re.findall(rf"^### {section}$", text, flags=re.M)) == len(trace.steps)
    # Fenced blocks are balanced, so nothing after them renders as code by accident.
    assert text.count("```") % 2 == 0


def pdflatex_or_skip():
    path = shutil.which("pdflatex")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("pdflatex is missing on CI (install texlive-latex-base)")
        pytest.skip("pdflatex is not installed")
    return path


def compile_latex(source: str, folder) -> str:
    """Compile ``source`` with pdflatex in ``folder``; returns the log. Fails the test on an error."""
    pdflatex = pdflatex_or_skip()
    (folder / "worked.tex").write_text(source, encoding="utf-8")
    result = subprocess.run([pdflatex, "-interaction=nonstopmode", "-halt-on-error", "worked.tex"],
                            cwd=folder, capture_output=True, text=True, timeout=120)
    log = (folder / "worked.log").read_text(encoding="latin-1")
    assert result.returncode == 0, log[-3000:]
    assert (folder / "worked.pdf").stat().st_size > 1000
    return log


def overfull(log: str) -> list[float]:
    """How far (pt) each overfull box sticks out."""
    return [float(points) for points in re.findall(r"Overfull \\hbox \(([0-9.]+)pt too wide\)", log)]


@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_latex_compiles_with_pdflatex(path, tmp_path):
    _, _, source = worked(path, "latex")
    assert source.startswith("\\documentclass") and source.rstrip().endswith("\\end{document}")
    log = compile_latex(source, tmp_path)
    # Long equations are broken into rows: nothing runs into the margin by more than a few points.
    assert max(overfull(log), default=0.0) < 10.0


def test_latex_breaks_a_long_file_path_inside_the_margin(tmp_path):
    # CI runs from a deeper folder than a developer does: the JSON hint quotes the path as given.
    deep = tmp_path / "a-rather-long-folder-name" / "checkout" / "of-the-project" / "examples"
    deep.mkdir(parents=True)
    source_file = next(path for path in ALL_FILES if path.stem == "seed001_single_layer")
    copy = deep / source_file.name
    copy.write_text(source_file.read_text(encoding="utf-8"), encoding="utf-8")
    _, _, source = worked(copy, "latex")
    assert "a-rather-long-folder-name" in source
    log = compile_latex(source, tmp_path)
    assert max(overfull(log), default=0.0) < 10.0


def test_cli_writes_latex_to_the_output_file(tmp_path, capsys):
    out = tmp_path / "out.tex"
    assert main(["explain", str(ALL_FILES[0]), "--format", "latex", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    source = out.read_text(encoding="utf-8")
    assert source.startswith("\\documentclass{article}") or source.startswith("\\documentclass[")
    assert "\\begin{align*}" in source and source.rstrip().endswith("\\end{document}")
    compile_latex(source, tmp_path)


def test_cli_default_format_is_text(capsys):
    path = ALL_FILES[0]
    assert main(["explain", str(path)]) == 0
    printed = capsys.readouterr().out
    assert printed == worked(path, "text")[2]
    assert printed.startswith("=") and "Forward pass\n------------" in printed
