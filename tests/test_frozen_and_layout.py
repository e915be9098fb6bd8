"""What published worked examples need: parameters held fixed, and weights written input-first.

* ``frozen = ["biases"]`` (or weights) on a layer: the parameters keep their values in a worked
  solution and in training (momentum and weight decay included), their gradients are still
  computed and shown, and every format says "not updated";
* ``weights_layout = "inputs x units"``: the file's matrices are transposed when read, so the
  worked solution is the one of the same network written units x inputs, number for number; the
  output says once that it shows W units x inputs.
"""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from backprop import parse_problem
from backprop.rendering import render
from backprop.training import TrainConfig, train

UNITS_FIRST = """
[[layer]]
inputs = 3
units = 2
activation = "tanh"
weights = [[0.1, -0.2, 0.0], [0.4, 0.5, -0.6]]
mask = [[1, 1, 0], [1, 1, 1]]
biases = [0.1, -0.1]
[[layer]]
units = 1
activation = "sigmoid"
weights = [[0.7, -0.8]]
biases = [0.2]
[loss]
name = "squared_error"
[data]
x = [[0.5, -1.0, 2.0], [1.5, 0.5, -0.5]]
y = [[0.3], [0.9]]
[update]
learning_rate = 0.5
steps = 2
"""
INPUTS_FIRST = UNITS_FIRST.replace(
    "weights = [[0.1, -0.2, 0.0], [0.4, 0.5, -0.6]]\nmask = [[1, 1, 0], [1, 1, 1]]",
    'weights_layout = "inputs x units"\nweights = [[0.1, 0.4], [-0.2, 0.5], [0.0, -0.6]]\n'
    "mask = [[1, 1], [1, 1], [0, 1]]").replace(
    "weights = [[0.7, -0.8]]", 'weights_layout = "inputs x units"\nweights = [[0.7], [-0.8]]')


def test_weights_written_inputs_first_give_the_same_worked_solution():
    assert INPUTS_FIRST != UNITS_FIRST
    first, second = parse_problem(UNITS_FIRST), parse_problem(INPUTS_FIRST)
    np.testing.assert_array_equal(second.layers[0].weights, first.layers[0].weights)
    np.testing.assert_array_equal(second.layers[0].mask, first.layers[0].mask)
    assert first.explain().to_json_dict() == second.explain().to_json_dict()


@pytest.mark.parametrize("fmt", ["text", "markdown", "latex", "html"])
def test_outputs_say_once_that_they_show_units_x_inputs(fmt):
    problem = parse_problem(INPUTS_FIRST)
    text = render(problem.explain(), problem, fmt)
    said = re.compile(r"weights\\?_layout")  # Markdown and LaTeX escape the underscore
    assert len(said.findall(text)) == 1
    assert "layers 1 and 2 inputs x units" in " ".join(text.split())
    plain = parse_problem(UNITS_FIRST)
    assert not said.search(render(plain.explain(), plain, fmt))


FROZEN = UNITS_FIRST.replace("biases = [0.1, -0.1]", 'biases = [0.1, -0.1]\nfrozen = ["biases"]').replace(
    "biases = [0.2]", 'biases = [0.2]\nfrozen = ["weights"]')


def test_frozen_parameters_keep_their_values_and_show_their_gradients():
    trace = json.loads(json.dumps(parse_problem(FROZEN).explain().to_json_dict()))
    free = json.loads(json.dumps(parse_problem(UNITS_FIRST).explain().to_json_dict()))
    first, last = trace["steps"][0]["layers"]
    assert first["frozen"] == ["biases"] and last["frozen"] == ["weights"]
    assert "frozen" not in free["steps"][0]["layers"][0]
    for step in trace["steps"]:
        hidden, output = step["layers"]
        assert hidden["biases"] == [0.1, -0.1] and output["weights"] == [[0.7, -0.8]]
        assert any(g != 0 for g in hidden["grad_biases"]) and any(g != 0 for g in output["grad_weights"][0])
    # step 1 is the same step as without freezing; only what is updated differs
    for key in ("z", "a", "delta", "grad_weights", "grad_biases"):
        assert trace["steps"][0]["layers"][0][key] == free["steps"][0]["layers"][0][key]
    assert trace["steps"][0]["layers"][0]["weights"] == free["steps"][0]["layers"][0]["weights"]
    assert trace["steps"][0]["layers"][1]["biases"] == free["steps"][0]["layers"][1]["biases"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "latex", "html"])
def test_every_format_says_not_updated(fmt):
    problem = parse_problem(FROZEN)
    text = render(problem.explain(steps=1), problem, fmt)
    assert "biases frozen" in text and "weights frozen" in text  # in the layers' headings
    assert text.count("frozen: not updated") == 4  # b1[0], b1[1], W2[0,0] and W2[0,1]


def test_training_leaves_frozen_parameters_as_they_are():
    """Momentum and weight decay included: a frozen parameter is not touched, bit for bit."""
    problem = parse_problem(FROZEN)
    network = problem.build_network(np.float32)
    hidden_biases, output_weights = network.layers[0].biases.copy(), network.layers[1].weights.copy()
    hidden_weights = network.layers[0].weights.copy()
    rng = np.random.default_rng(0)
    x = rng.normal(size=(64, 3)).astype(np.float32)
    y = rng.uniform(size=(64, 1)).astype(np.float32)
    train(network, x, y, TrainConfig(epochs=3, batch_size=8, learning_rate=0.1, momentum=0.9, weight_decay=0.01))
    np.testing.assert_array_equal(network.layers[0].biases, hidden_biases)
    np.testing.assert_array_equal(network.layers[1].weights, output_weights)
    assert not np.array_equal(network.layers[0].weights, hidden_weights)
