"""The training path and the worked-solution path are one implementation of the math.

Training runs Network.gradient_step on reserved buffers (Network.reserve) and updates in place
(train.SGD); a worked solution runs Problem.explain, which allocates every array and records it.
On the same float64 numbers they must agree exactly, not to a tolerance: any speed-up of the
training path that changed a single bit of a gradient would show here.
"""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from backprop.problem import load_problem, parse_problem
from backprop.optimiser import SGD
from backprop.training import TrainConfig, train

EXAMPLES = sorted(str(entry) for entry in (resources.files("backprop") / "examples").iterdir()
                  if str(entry).endswith(".toml"))


def _random_problem(reduction: str, bias: str, batch_size: int, steps: int) -> str:
    """A 6-5-4-3 ReLU, ReLU, softmax network (the benchmark's shape, small) on 12 random samples."""
    rng = np.random.default_rng(7)
    x = rng.normal(0.0, 1.0, (12, 6))
    labels = rng.integers(0, 3, 12)
    rows = ", ".join("[" + ", ".join(repr(float(v)) for v in row) + "]" for row in x)
    return f"""
seed = 5
[[layer]]
inputs = 6
units = 5
activation = "relu"
bias = "{bias}"
[[layer]]
units = 4
activation = "relu"
bias = "{bias}"
[[layer]]
units = 3
activation = "softmax"
bias = "{bias}"
[loss]
name = "cross_entropy"
[data]
x = [{rows}]
labels = [{", ".join(str(int(v)) for v in labels)}]
[update]
learning_rate = 0.3
batch_size = {batch_size}
reduction = "{reduction}"
steps = {steps}
"""


PROBLEMS = [pytest.param(lambda path=path: load_problem(path, require_data=True), id=path.split("/")[-1])
            for path in EXAMPLES]
PROBLEMS += [pytest.param(lambda r=r, b=b: parse_problem(_random_problem(r, b, 4, 3), require_data=True),
                          id=f"relu-softmax-{r}-{b}")
             for r in ("mean", "sum") for b in ("neuron", "shared")]


def _one_hot_labels(problem) -> np.ndarray | None:
    """The class index of every sample when each target row is one-hot (what train() passes)."""
    targets = problem.targets
    one_hot = np.isin(targets, (0.0, 1.0)).all() and (targets.sum(axis=1) == 1).all()
    return targets.argmax(axis=1) if one_hot else None


@pytest.mark.parametrize("with_labels", [False, True], ids=["targets", "labels"])
@pytest.mark.parametrize("make_problem", PROBLEMS)
def test_gradient_step_with_reserve_equals_explain(make_problem, with_labels):
    """With labels (one-hot targets as class indices, as train() passes them for classification)
    the loss reads only the label's term and the output delta skips sum(t): still the same bits."""
    problem = make_problem()
    labels = _one_hot_labels(problem) if with_labels else None
    if with_labels and labels is None:
        pytest.skip("the targets are not one-hot rows")
    trace = problem.explain()
    network = problem.build_network(np.float64)
    batch = problem.x.shape[0] if problem.batch_size is None else problem.batch_size
    network.reserve(batch)
    optimiser = SGD(network)
    for step in trace.steps:
        total = network.gradient_step(problem.x[step.samples], problem.targets[step.samples],
                                      problem.reduction,
                                      None if labels is None else labels[step.samples])
        assert total == step.sample_losses.sum()
        for layer, recorded in zip(network.layers, step.layers):
            assert np.array_equal(layer.cache["z"], recorded.z)
            assert np.array_equal(layer.grads["weights"], recorded.grad_weights)
            if recorded.grad_biases is None:
                assert layer.grads["biases"] is None
            else:
                assert np.array_equal(layer.grads["biases"], recorded.grad_biases)
        optimiser.step(problem.learning_rate)
        for layer, recorded in zip(network.layers, step.layers):
            assert np.array_equal(layer.weights, recorded.weights)
            if recorded.biases is not None:
                assert np.array_equal(layer.biases, recorded.biases)


@pytest.mark.parametrize("reduction", ["mean", "sum"])
def test_train_in_float64_ends_where_explain_does(reduction):
    """train() without shuffling walks the samples in file order, as explain's steps do."""
    problem = parse_problem(_random_problem(reduction, "neuron", 4, 3), require_data=True)
    trace = problem.explain()
    network = problem.build_network(np.float64)
    config = TrainConfig(epochs=1, batch_size=4, learning_rate=problem.learning_rate,
                         reduction=reduction, shuffle=False)
    result = train(network, problem.x, problem.targets, config)
    assert result.steps == 3
    assert result.history[0].train_loss == sum(step.sample_losses.sum() for step in trace.steps) / 12
    for layer, recorded in zip(network.layers, trace.steps[-1].layers):
        assert np.array_equal(layer.weights, recorded.weights)
        assert np.array_equal(layer.biases, recorded.biases)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("log_base", ["e", "2"])
@pytest.mark.parametrize("spread", [1.0, 60.0], ids=["moderate", "saturated"])
def test_labels_path_equals_one_hot_path(dtype, log_base, spread):
    """The training shortcut for class labels against the general one-hot computation, bit for bit,
    also where the softmax saturates (probabilities that underflow to 0)."""
    base = '"e"' if log_base == "e" else "2"
    text = _random_problem("mean", "neuron", 12, 1).replace(
        'name = "cross_entropy"', f'name = "cross_entropy"\nlog_base = {base}')
    problem = parse_problem(text, require_data=True)
    labels = _one_hot_labels(problem)
    x = (problem.x * spread).astype(dtype)
    results = []
    for given in (None, labels):
        network = problem.build_network(dtype)
        network.reserve(12)
        total = network.gradient_step(x, problem.targets.astype(dtype), "mean", given)
        results.append((total, [(layer.grads["weights"].copy(), layer.grads["biases"].copy())
                                for layer in network.layers]))
    (total, grads), (total_labels, grads_labels) = results
    assert np.isfinite(total) and total == total_labels
    for (w, b), (w_labels, b_labels) in zip(grads, grads_labels):
        assert np.array_equal(w, w_labels) and np.array_equal(b, b_labels)
