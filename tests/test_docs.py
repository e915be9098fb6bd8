"""docs/problem-format.md and docs/symbols.md say what the code does: every registry entry, its
parameters (with their defaults) and its other names are documented, the TOML examples load, the
JSON trace's fields are the ones written, and the README points to docs/ (users have only the
repository)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backprop.activations import ACTIVATIONS
from backprop.losses import LOSSES
from backprop.problem import load_problem, parse_problem

ROOT = Path(__file__).resolve().parent.parent
FORMAT = (ROOT / "docs" / "problem-format.md").read_text(encoding="utf-8")
SYMBOLS = (ROOT / "docs" / "symbols.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _row(text: str, name: str) -> str:
    """The table row of ``text`` that starts with the entry ``name``."""
    rows = [line for line in text.splitlines() if line.startswith(f"| `{name}` |")]
    assert len(rows) == 1, f"docs/problem-format.md needs one table row for {name}"
    return rows[0]


@pytest.mark.parametrize("entry", list(ACTIVATIONS.values()) + list(LOSSES.values()), ids=lambda e: e.name)
def test_every_entry_has_its_row_with_parameters_defaults_and_other_names(entry):
    row = _row(FORMAT, entry.name)
    for parameter in entry.parameters:
        assert f"`{parameter.name}`" in row
        default = parameter.written(parameter.default)
        spelled = f'`"{default}"`' if isinstance(default, str) else f"{default:g}"
        assert f"default {spelled}" in row, (entry.name, parameter.name, spelled)
    for alias in getattr(entry, "aliases", ()):
        assert f"`{alias}`" in row


@pytest.mark.parametrize("name", [name for name, entry in ACTIVATIONS.items() if entry.elementwise])
def test_every_activation_a_formula_may_call_is_in_the_symbols(name):
    assert f"`{name}`" in SYMBOLS


def test_the_toml_example_is_the_bundled_tour():
    block = re.search(r"```toml\n(.*?)```", FORMAT, re.DOTALL).group(1)
    written = parse_problem(block).explain().to_json_dict()
    bundled = load_problem(ROOT / "examples" / "tour_leaky_relu_huber.toml").explain().to_json_dict()
    assert written == bundled


def test_the_activation_spellings_shown_load():
    block = re.search(r"```toml\n(activation = .*?)```", FORMAT, re.DOTALL).group(1)
    for line in block.splitlines():
        spelling = line.split("#")[0].strip()
        problem = parse_problem(f"[[layer]]\ninputs = 2\nunits = 2\n{spelling}\n[loss]\nname = \"squared_error\"\n")
        assert problem.layers[0].activations


def test_the_json_fields_documented_are_the_ones_written():
    block = FORMAT[FORMAT.index("## The JSON trace"):]
    documented = set(re.findall(r'"([a-z_]+)":', block))
    problem = load_problem(ROOT / "examples" / "mazur_step_by_step.toml")  # a layer with frozen biases
    step = problem.explain().to_json_dict()["steps"][0]
    written = set(step) | set(step["layers"][0]) | {"steps"}
    assert documented == written


def test_the_readme_points_to_docs_not_outside_the_repository():
    assert "shared/spec" not in README
    assert "(docs/problem-format.md)" in README and "(docs/symbols.md)" in README
