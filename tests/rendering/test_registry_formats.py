"""Every activation and every loss of the registry in every format of explain and derive.

For each entry a small network uses it (as in tests/test_registry_symbolic.py, with a parameter away
from its default where it has one), with two samples and two steps. Its worked solution renders in
text, Markdown, LaTeX (which pdflatex compiles), HTML and JSON (every number finite); the text shows
the entry's formula with the sample's numbers put in; derive's LaTeX compiles too.
"""

from __future__ import annotations

import json
import math

import pytest

from backprop.activations import ACTIVATIONS
from backprop.rendering import FORMATS, render
from backprop.losses import LOSSES
from backprop.problem import parse_problem
from backprop.symbolic.document import derive_document
from backprop.symbolic.render import RENDERERS
from helpers import away_from_default, spelled

from .test_explain_render import compile_latex






def _problem(activation: str, values: dict, loss: str, loss_values: dict, output: str, targets: str) -> str:
    loss_lines = "".join(f"{k} = {v!r}\n" for k, v in loss_values.items())
    return (f'title = "{activation} with {loss}"\n'
            f"[[layer]]\ninputs = 2\nunits = 2\nactivation = {spelled(activation, values)}\n"
            "weights = [[0.5, -1.2], [1.5, 0.3]]\nbiases = [0.1, -0.4]\n"
            f"[[layer]]\nunits = 2\nactivation = \"{output}\"\nweights = [[0.8, -0.6], [0.4, 1.1]]\n"
            f"[loss]\nname = \"{loss}\"\n{loss_lines}"
            f"[data]\nx = [[0.7, -0.9], [-1.3, 0.2]]\n{targets}\n[update]\nlearning_rate = 0.5\nsteps = 2\n")


def _cases():
    out = []
    for name, entry in ACTIVATIONS.items():
        if entry.elementwise:
            out.append((name, away_from_default(entry), "half_squared_error", {}, "sigmoid",
                        "y = [[0.2, 0.9], [0.6, 0.1]]"))
    for name, loss in LOSSES.items():
        targets = "labels = [1, 0]" if loss.targets.one_hot else "y = [[0.2, 0.9], [0.6, 0.1]]"
        out.append(("tanh", {}, name, away_from_default(loss), loss.output_activation or "identity", targets))
    return out


CASES = _cases()
IDS = [f"activation-{c[0]}" if c[2] == "half_squared_error" and c[4] == "sigmoid" else f"loss-{c[2]}"
       for c in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_worked_solution_in_every_format(case, tmp_path):
    problem = parse_problem(_problem(*case), f"{case[0]}.toml")
    trace = problem.explain()
    outputs = {fmt: render(trace, problem, fmt) for fmt in FORMATS}
    data = json.loads(outputs["json"])

    def numbers(value):
        if isinstance(value, list):
            for item in value:
                yield from numbers(item)
        elif isinstance(value, (int, float)):
            yield value

    assert all(math.isfinite(v) for step in data["steps"] for layer in step["layers"]
               for key in ("z", "a", "delta", "grad_weights", "weights") for v in numbers(layer[key]))
    activation = problem.layers[0].activations[0]
    assert f"{activation.name}'(z" in outputs["text"]
    assert "<math" in outputs["html"] and "Step 2 of 2" in outputs["markdown"]
    compile_latex(outputs["latex"], tmp_path)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_derivation_in_every_format(case, tmp_path):
    problem = parse_problem(_problem(*case), f"{case[0]}.toml")
    document = derive_document(problem, "W1[0,1]")
    written = {fmt: render_(document) for fmt, render_ in RENDERERS.items()}
    assert "dL/dW1[0,1]" in written["text"]
    compile_latex(written["latex"], tmp_path)
