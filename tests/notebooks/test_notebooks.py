"""examples/notebooks/student.ipynb and teacher.ipynb run from top to bottom on a real kernel, and
each cell shows what it should: the numbers, verdicts, tables and curves, with the command line's
own text where the command prints one."""

from __future__ import annotations

import json
import re

import pytest

from backprop.bundled import bundled
from backprop.cli import main
from backprop.problem import load_problem

from .executed import cell, executed, output, printed
from .test_displays import srcdoc


def cli_out(capsys, *arguments) -> str:
    main(list(arguments))
    return capsys.readouterr().out


@pytest.fixture(scope="module")
def student():
    return executed("student")


@pytest.fixture(scope="module")
def teacher():
    return executed("teacher")


def test_no_cell_failed_and_nothing_is_a_terminal_code(student, teacher):
    for notebook, _ in (student, teacher):
        for code in (c for c in notebook.cells if c.cell_type == "code"):
            assert all(out["output_type"] != "error" for out in code.outputs), code.source
            assert "\x1b[" not in json.dumps(code.outputs), code.source


def test_the_student_sees_the_network_and_the_worked_solution(student):
    notebook, _ = student
    trace = load_problem(bundled("examples")["seed000_regression"]).explain()
    drawing = output(cell(notebook, "problem = backprop.load"))
    assert drawing.count('<g class="edge') == 2 * 3 + 3 * 1 and "x[1] = 0.5" in drawing
    page = srcdoc(output(cell(notebook, "solution = backprop.explain")))
    assert 'id="stepper"' in page and page.count('<section class="stage"') == 3 * 3
    numbers = cell(notebook, "step = solution.steps[0]")
    assert printed(numbers) == f"{trace.steps[0].layers[-1].delta} {trace.steps[0].loss}\n"


def test_the_student_checks_a_derivation_in_the_homework_notation(student, capsys):
    notebook, _ = student
    wrong, right = [c for c in notebook.cells if c.cell_type == "code" and c.source.startswith("backprop.check")]
    formula = re.search(r'r"(.*)"', wrong.source).group(1)
    expected = cli_out(capsys, "check", "seed000_regression", "--notation", "seed000", "--formula", formula)
    assert output(wrong, "text/plain") == expected.rstrip("\n")  # IPython drops the last line break
    assert "a missing factor 2" in output(wrong) and '<span class="verdict wrong">' in output(wrong)
    assert '<span class="verdict correct">correct</span>' in output(right) and "verdict wrong" not in output(right)
    derived = output(cell(notebook, "backprop.derive"))
    assert derived.count("<math") > 10 and "notation" in output(cell(notebook, "backprop.derive"), "text/plain")


def test_the_student_trains_mnist_with_a_notebook_bar(student):
    notebook, folder = student
    training = cell(notebook, "model = backprop.train")
    history = json.loads((folder / "runs" / "student" / "history.json").read_text())["epochs"]
    bar = [out for out in training.outputs if out["output_type"] == "display_data"]
    assert len(bar) == 1 and '<progress value="4000" max="4000"' in bar[0]["data"]["text/html"]
    shown = output(training)
    assert f"{100 * history[-1]['test_accuracy']:.2f}%" in shown and "784" in shown
    assert history[-1]["test_accuracy"] > 0.7  # 2,000 images, two epochs: far above chance (10%)
    curves = output(cell(notebook, "model.history"))
    assert len(re.findall(r'<polyline class="curve"', curves)) == 4  # training and test, loss and accuracy


def test_the_teacher_writes_a_key_makes_variants_and_grades(teacher):
    notebook, folder = teacher
    key = output(cell(notebook, "HOMEWORK ="))
    assert "Homework 3" in key and "z1[0] = 0.3775" in key  # Mazur's net_h1 for these numbers
    answer = srcdoc(output(cell(notebook, "backprop.explain(key)")))
    assert "0.274811" in answer and "0.358916" in answer  # Mazur's E_o1, and w5 after the step
    assert "<math" in output(cell(notebook, "backprop.derive(key"))
    made = printed(cell(notebook, 'Path("homework3.toml")'))
    assert made.splitlines()[:4] == [f"hw-variants/variant-0{n}.toml" for n in (1, 2, 3)] + ["hw-variants/roster.csv"]
    assert "ada,variant-01.toml" in made and (folder / "hw-variants" / "variant-02.key.md").exists()
    variant = output(cell(notebook, 'backprop.load("hw-variants/variant-02.toml")'))
    assert "<svg" in variant and "z1[0] = 0.3775" not in variant  # other numbers
    grades = output(cell(notebook, "grades = backprop.grade"))
    assert re.findall(r"<tr><td>(\w+)</td>", grades)[:4] == ["ada", "ben", "cleo", "dan"]
    assert output(cell(notebook, "grades.scores()"), "text/plain") == \
        "{'ada': (3, 3), 'ben': (1, 3), 'cleo': (0, 1), 'dan': (0, 1)}"
