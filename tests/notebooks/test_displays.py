"""Every object the API returns shows itself in a notebook (``_repr_html_``) with its real content:
the numbers of the trace, the verdict, hint and counterexample, the table's rows, the curves.

Numbers are checked against values written here (Mazur's published step-by-step example, a forward
pass in NumPy), not against the code that draws them."""

from __future__ import annotations

import html
import re
import sys
import types

import pytest

import backprop
from backprop.bundled import bundled
from backprop.notebook.trained import History
from backprop.progress import NotebookProgress, PlainProgress, notebook_display, progress_for
from backprop.training import EpochRecord

MAZUR = bundled("examples")["mazur_step_by_step"]
HALF = r"\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -(y - O_0^2) \cdot O_1^1"


def srcdoc(frame: str) -> str:
    """The page inside an ``<iframe srcdoc="...">``."""
    match = re.fullmatch(r'<iframe [^>]*srcdoc="([^"]*)"></iframe>', frame)
    assert match, frame[:200]
    return html.unescape(match.group(1))


def test_a_worked_solution_is_the_explain_page_in_a_sandboxed_frame():
    solution = backprop.explain(MAZUR)
    frame = solution._repr_html_()
    assert 'sandbox="allow-scripts"' in frame and "allow-same-origin" not in frame
    page = srcdoc(frame)
    assert page == solution.render("html")
    # Mazur's published numbers: net_h1 = 0.3775, out_h1 = 0.593269992, out_o1 = 0.75136507,
    # E_total = 0.298371109, and after the update w5 = 0.35891648
    for number in ("0.3775", "0.59327", "0.751365", "0.298371", "0.358916"):
        assert number in page, number
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page
    assert len(frame) < 1.3 * len(page) < 400_000
    assert repr(solution).startswith("<WorkedSolution of Matt Mazur") and "loss 0.298371" in repr(solution)


def test_a_problem_draws_its_network_with_its_numbers():
    problem = backprop.load(MAZUR)
    shown = problem._repr_html_()
    assert shown.count('<g class="unit') == 2 + 2 + 2 and shown.count('<g class="edge') == 8
    # the first sample's values in the units: x = [0.05, 0.1], z1[0] = net_h1 = 0.3775, a2[0] = out_o1
    for text in ("x[0] = 0.05", "z1[0] = 0.3775", "a2[0] = 0.751365", "<td>sigmoid</td>"):
        assert text in shown, text
    assert isinstance(problem.explain(), backprop.Trace)
    preset = backprop.load(str(bundled("presets")["mnist"]))._repr_html_()
    assert re.search(r"<td[^>]*>784</td>", preset) and "<svg" not in preset and "No drawing" in preset


def test_a_derivation_is_typeset_line_by_line():
    derivation = backprop.derive("seed000_regression", param="W2[0,0]", notation="seed000")
    shown = derivation._repr_html_()
    lines = [line for section in derivation.sections for block in section.blocks for line in block.lines]
    assert shown.count('<math display="block"') == len(lines) + len(derivation.document.definitions.lines)
    assert html.escape(lines[0].right_latex) in shown  # each line's LaTeX is its alternative text
    assert "<mfrac>" in shown and "Update" in shown


def test_a_wrong_verdict_shows_the_hint_and_the_counterexample():
    shown = backprop.check("seed000_regression", HALF, notation="seed000")._repr_html_()
    assert '<span class="verdict wrong">wrong</span>' in shown
    assert "a missing factor 2" in shown
    # the point and the two values there (the formula is half the truth)
    formula, truth = (float(value) for value in re.findall(r"<code>(-?[\d.]+)</code></td></tr>", shown)[-2:])
    assert truth == pytest.approx(2 * formula, rel=1e-11)


def test_a_formula_verdict_shows_the_truth_typeset():
    wrong = backprop.check("seed000_regression", "(a2[0] - y[0])*a1[0]", param="W2[0,0]")
    shown = wrong._repr_html_()
    assert shown.count("<math") >= 2 and "The true dL/dW2[0,0]" in shown and "x = " not in shown
    assert re.search(r"<code>x</code></td><td><code>\[[-\d., ]+\]</code>", shown)
    right = backprop.check("seed000_regression", "2*(a2[0] - y[0])*a1[0]", param="W2[0,0]")._repr_html_()
    assert '<span class="verdict correct">correct</span>' in right and "Counterexample" not in right


def test_grades_show_the_class_table(tmp_path):
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "examples" / "class"
    shown = backprop.grade(folder, problem="seed000_regression", notation="seed000", workers=1)._repr_html_()
    rows = re.findall(r"<tr><td>(\w+)</td><td[^>]*>(\d+)</td><td[^>]*>(\d+)</td><td[^>]*>(\d+)</td>"
                      r"<td[^>]*>([\d/]+)</td>", shown)
    assert rows == [("ada", "3", "0", "0", "3/3"), ("ben", "1", "2", "0", "1/3"), ("cleo", "0", "1", "0", "0/1"),
                    ("dan", "0", "0", "1", "0/1")]
    assert shown.count("<details>") == 4 and "a missing factor 2" in shown


def _records(losses, accuracies):
    return History(EpochRecord(epoch, 1.0, loss, accuracy, loss * 1.1, accuracy, 0.1)
                   for epoch, (loss, accuracy) in enumerate(zip(losses, accuracies), start=1))


def test_a_history_draws_its_curves():
    shown = _records([2.0, 1.0, 0.5], [0.5, 0.75, 0.9])._repr_html_()
    curves = dict(re.findall(r'data-series="(\w+)"[^>]* points="([^"]+)"', shown))
    assert set(curves) == {"training", "test"}
    loss = [tuple(map(float, point.split(","))) for point in
            re.search(r'class="curves loss".*?data-series="training"[^>]* points="([^"]+)"', shown).group(1).split()]
    # three epochs left to right; the loss falls, so its curve goes down the picture (y grows)
    assert [x for x, _ in loss] == sorted(x for x, _ in loss) and [y for _, y in loss] == sorted(y for _, y in loss)
    assert "epoch 3: training accuracy 90" in shown


def test_a_trained_model_shows_its_layers_and_scores(tmp_path):
    trained = backprop.train(epochs=2, limit=300, out=tmp_path / "run")
    shown = trained._repr_html_()
    assert re.findall(r"<tr><td[^>]*>(\d)</td><td[^>]*>(\d+)</td><td[^>]*>(\d+)</td>", shown) == [
        ("1", "784", "128"), ("2", "128", "64"), ("3", "64", "10")]
    final = trained.history[-1]
    assert f"{100 * final.test_accuracy:.2f}%" in shown and f"{final.train_loss:.4f}" in shown
    assert 'class="curves accuracy"' in shown


class _Handle:
    def __init__(self, shown):
        self.shown = shown

    def update(self, value):
        self.shown.append(value)


@pytest.fixture
def kernel(monkeypatch):
    """What a notebook kernel has loaded: IPython with a shell that has a kernel, and IPython.display."""
    shown = []
    shell = types.SimpleNamespace(kernel=object())
    monkeypatch.setitem(sys.modules, "IPython", types.SimpleNamespace(get_ipython=lambda: shell))

    def display(value, display_id=False):
        assert display_id is True
        shown.append(value)
        return _Handle(shown)

    monkeypatch.setitem(sys.modules, "IPython.display", types.SimpleNamespace(display=display))
    return shown


def test_outside_a_kernel_progress_is_as_before(monkeypatch):
    monkeypatch.delitem(sys.modules, "IPython", raising=False)
    assert notebook_display() is None
    assert isinstance(progress_for(2, 10, stream=types.SimpleNamespace(isatty=lambda: False)), PlainProgress)


def test_training_in_a_kernel_shows_a_bar_updated_in_place(kernel, tmp_path, capsys):
    trained = backprop.train(epochs=3, limit=200, batch_size=20, out=tmp_path / "run")
    last = kernel[-1]
    assert isinstance(progress_for(1, 1), NotebookProgress)
    assert len(kernel) >= 1 + 3  # the first state, then at least one update per epoch
    assert '<progress value="600" max="600"' in last._repr_html_() and "100% done" in last._repr_html_()
    assert last._repr_html_().count("<tr>") == 3
    for record in trained.history:
        assert f"loss {record.train_loss:.4f}" in last._repr_html_()
    printed = capsys.readouterr().out
    assert "epoch 1/3" not in printed  # no plain epoch lines beside the bar
    assert not any("\x1b" in state._repr_html_() + repr(state) for state in kernel)


def test_the_package_s_load_problem_gives_a_problem_whose_solution_shows_itself():
    problem = backprop.load_problem(MAZUR)
    assert isinstance(problem, backprop.Problem) and "<svg" in problem._repr_html_()
    solution = problem.explain()
    assert isinstance(solution, backprop.Trace) and "srcdoc=" in solution._repr_html_()
    assert backprop.parse_problem(MAZUR.read_text()).explain().to_json_dict() == solution.to_json_dict()
