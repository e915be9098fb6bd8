"""A worked solution's size is bounded before it is computed: the estimate (rendering/size.py) is never
below the real size, not far above it, and ``explain`` refuses in one line, at once, what would be
hundreds of megabytes or minutes of work (issue 15: 10^5 steps in text hung, in HTML and 1,000 steps
of a 1000 x 1000 layer exhausted memory)."""

from __future__ import annotations

import time

import pytest

from backprop.cli import main
from backprop.rendering import render
from backprop.rendering.size import estimated_bytes, most_steps
from backprop.limits import LIMITS
from backprop.problem import load_problem, parse_problem

from .helpers import ALL_FILES, ids

SMALL = """
[[layer]]
inputs = 2
units = 2
activation = "sigmoid"
[[layer]]
units = 1
activation = "sigmoid"
[loss]
name = "squared_error"
[data]
x = [[0.1, 0.2]]
y = [[1.0]]
[update]
learning_rate = 0.1
"""


def layers(count: int, units: int, inputs: int, samples: int = 1) -> str:
    rows = ", ".join("[" + ", ".join(["0.1"] * inputs) + "]" for _ in range(samples))
    targets = ", ".join("[" + ", ".join(["0.5"] * units) + "]" for _ in range(samples))
    return (f'[[layer]]\ninputs = {inputs}\nunits = {units}\nactivation = "tanh"\n'
            + f'[[layer]]\nunits = {units}\nactivation = "tanh"\n' * (count - 1)
            + f'[loss]\nname = "squared_error"\n[data]\nx = [{rows}]\ny = [{targets}]\n[update]\nlearning_rate = 0.1\n')


@pytest.mark.parametrize("fmt", ["text", "markdown", "latex", "html", "json"])
@pytest.mark.parametrize("path", ALL_FILES, ids=ids(ALL_FILES))
def test_the_estimate_is_above_the_real_size_and_within_five_times_it(path, fmt):
    problem = load_problem(path, require_data=True)
    size = len(render(problem.explain(steps=2), problem, fmt).encode())
    estimate = estimated_bytes(problem, 2, fmt)
    assert size <= estimate <= 5 * size, (size, estimate)


@pytest.mark.parametrize("text", [layers(12, 12, 12, samples=16), layers(30, 1, 1), layers(1, 1000, 1000),
                                  layers(2, 2, 2, samples=200)], ids=["12x12-batch-16", "30-deep", "1000-wide", "200-samples"])
@pytest.mark.parametrize("fmt", ["text", "html"])
def test_the_estimate_holds_for_full_and_deep_layers(text, fmt):
    problem = parse_problem(text)
    size = len(render(problem.explain(steps=1), problem, fmt).encode())
    assert size <= estimated_bytes(problem, 1, fmt) <= 5 * size


@pytest.mark.parametrize("argv, where, words", [
    (["--steps", "100000"], "--steps", ("100,000 steps would be about", "MB of text", "more than the 32 MB allowed",
                                        "give --steps 3,767 or fewer")),
    (["--steps", "1000000", "--format", "html"], "--steps", ("MB of html", "or --format text")),
], ids=["1e5-steps-text", "1e6-steps-html"])
def test_too_many_steps_are_refused_at_once_with_the_most_that_fit(tmp_path, capsys, argv, where, words):
    path = tmp_path / "small.toml"
    path.write_text(SMALL)
    started = time.perf_counter()
    assert main(["explain", str(path), *argv]) == 2
    assert time.perf_counter() - started < 5  # refused before a step is computed
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}: {where}: ") and err.count("\n") == 1, err
    for word in words:
        assert word in err, err


@pytest.mark.parametrize("text, argv, words", [
    (layers(1, 1000, 1000), ["--steps", "1000"], ("[[layer]]", "would hold 3,014,260,000 numbers", "explain_numbers")),
    (layers(1, 7000, 7000), [], ("[[layer]]", "numbers", "explain_numbers")),
    (layers(1000, 1, 1), ["--format", "html"], ("[update] key 'steps'", "MB of html", "too large to work through",
                                                "or --format text")),
], ids=["1000-steps-of-1000x1000", "7000-wide", "1000-deep-html"])
def test_networks_too_large_to_work_through_are_refused(tmp_path, capsys, text, argv, words):
    path = tmp_path / "large.toml"
    path.write_text(text)
    assert main(["explain", str(path), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    for word in words:
        assert word in err, err


def test_the_most_steps_offered_are_within_the_limit_and_one_more_is_not():
    problem = parse_problem(SMALL)
    for fmt in ("text", "html", "json"):
        most = most_steps(problem, fmt)
        assert estimated_bytes(problem, most, fmt) <= LIMITS["explain_output_bytes"]
        assert estimated_bytes(problem, most + 1, fmt) > LIMITS["explain_output_bytes"]
