"""Per-sample training: the rank-one update (backprop.optimiser) against the reference math.

The reference is the worked solution's math (the general training path, held bit for bit to
Problem.explain in float64 by tests/test_gradient_step_matches_explain.py), in float64 and float32:
dW = delta^T a_prev formed, then W - eta * dW. The rank-one update computes
W + (-eta * delta_j) * a_prev_i with BLAS ger, which multiplies in another order and may fuse the
multiply and the add, so a weight may differ from the reference by one unit in the last place of
the result plus a few roundings of the update term: |W - W_ref| <= spacing(W_ref) + 4 eps |eta dW| (eps of the dtype). The biases, the
loss and every other number are the reference's to the last bit.
"""

from __future__ import annotations

import numpy as np
import pytest
from threadpoolctl import threadpool_info

from backprop import optimiser, steps
from backprop.optimiser import SGD
from backprop.problem import parse_problem
from backprop.training import TrainConfig, TrainState, TrainingInterrupted, targets_for, train


def _problem(mask: str = "", frozen: str = "", bias: str = "neuron") -> str:
    """A 6-5-4-3 ReLU, tanh, softmax network on 8 samples whose inputs are half exact zeros (as
    pixels are), updated one sample at a time."""
    rng = np.random.default_rng(7)
    x = rng.normal(0.0, 1.0, (8, 6))
    x[rng.random((8, 6)) < 0.5] = 0.0
    labels = rng.integers(0, 3, 8)
    rows = ", ".join("[" + ", ".join(repr(float(v)) for v in row) + "]" for row in x)
    return f"""
seed = 5
[[layer]]
inputs = 6
units = 5
activation = "relu"
{mask}
[[layer]]
units = 4
activation = "tanh"
bias = "{bias}"
{frozen}
[[layer]]
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
[data]
x = [{rows}]
labels = [{", ".join(str(int(v)) for v in labels)}]
[update]
learning_rate = 0.7
batch_size = 1
steps = 8
"""


def _start(problem, dtype, recorded_layers):
    """The problem's network in ``dtype`` holding the weights the worked solution had before a step."""
    network = problem.build_network(dtype)
    for layer, recorded in zip(network.layers, recorded_layers):
        layer.weights[...] = recorded.weights_before
        if recorded.biases_before is not None:
            layer.biases[...] = recorded.biases_before
    return network


def _trained_one_step(problem, step, dtype):
    """train() on the step's one sample, from the weights the worked solution had before it."""
    network = _start(problem, dtype, step.layers)
    x, y = problem.x[step.samples].astype(dtype), problem.targets[step.samples].argmax(axis=1)
    config = TrainConfig(epochs=1, batch_size=1, learning_rate=problem.learning_rate, shuffle=False)
    result = train(network, x, y, config)
    return network, result


def _reference_step(problem, step, dtype):
    """The general path (the worked solution's math, in ``dtype``): the gradient formed, then
    W - eta dW (tests/test_gradient_step_matches_explain.py holds it to explain in float64)."""
    network = _start(problem, dtype, step.layers)
    network.reserve(1)
    total = network.gradient_step(problem.x[step.samples].astype(dtype),
                                  problem.targets[step.samples].astype(dtype), "mean")
    gradients = [layer.grads["weights"].copy() for layer in network.layers]
    SGD(network).step(problem.learning_rate)
    return network, total, gradients


@pytest.mark.parametrize("bias", ["neuron", "none"])
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_each_one_sample_step_is_the_reference_within_a_rounding(dtype, bias):
    problem = parse_problem(_problem(bias=bias), require_data=True)
    moved = 0
    for step in problem.explain().steps:
        network, result = _trained_one_step(problem, step, dtype)
        reference, total, gradients = _reference_step(problem, step, dtype)
        assert result.history[0].train_loss == total  # the forward pass: the same bits
        for layer, expected, gradient, before in zip(network.layers, reference.layers, gradients,
                                                     step.layers):
            assert layer.grads.get("weights") is None  # the rank-one update, not the general one
            assert _within_rounding(layer.weights, expected.weights, gradient, problem.learning_rate, dtype)
            assert np.array_equal(layer.biases, expected.biases)  # the general path's bits
            moved += int(np.count_nonzero(layer.weights != before.weights_before.astype(dtype)))
    assert moved > 100  # the steps really updated the weights


def _within_rounding(weights, expected, gradient, learning_rate, dtype) -> bool:
    eps = np.finfo(dtype).eps
    bound = np.spacing(np.abs(expected)) + 4 * eps * np.abs(learning_rate * gradient)
    return bool((np.abs(weights - expected) <= bound).all())


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_the_bound_catches_an_update_off_by_a_millionth(monkeypatch, dtype):
    problem = parse_problem(_problem(), require_data=True)
    step = problem.explain().steps[0]
    original = optimiser.RankOneDescent.__call__
    monkeypatch.setattr(optimiser.RankOneDescent, "__call__",
                        lambda self, rate: original(self, rate * (1 + 1e-6)))
    network, _ = _trained_one_step(problem, step, dtype)
    reference, _, gradients = _reference_step(problem, step, dtype)
    assert not _within_rounding(network.layers[0].weights, reference.layers[0].weights, gradients[0],
                                problem.learning_rate, dtype)


@pytest.mark.parametrize("text, fits", [
    (_problem(), [True, True, True]),
    (_problem(mask="mask = [[1, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], [0, 1, 1, 1, 1, 1],"
                   " [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0]]"), [False, True, True]),
    (_problem(frozen='frozen = ["weights"]'), [True, False, True]),
    (_problem(bias="shared"), [True, False, True]),
], ids=["plain", "mask", "frozen", "shared-bias"])
def test_which_layers_take_the_rank_one_update(text, fits):
    network = parse_problem(text).build_network(np.float32)
    assert optimiser.fits_rank_one(network, 0.0, 0.0) == fits
    assert optimiser.fits_rank_one(network, 0.9, 0.0) == [False] * 3  # momentum needs the gradient
    assert optimiser.fits_rank_one(network, 0.0, 1e-3) == [False] * 3  # so does weight decay


@pytest.mark.parametrize("text", [_problem(mask="mask = [[1, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1],"
                                                " [0, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 0]]"),
                                  _problem(frozen='frozen = ["weights"]'), _problem(bias="shared")],
                         ids=["mask", "frozen", "shared-bias"])
def test_layers_it_does_not_fit_are_updated_as_the_worked_solution_bit_for_bit(text):
    problem = parse_problem(text, require_data=True)
    for step in problem.explain().steps:
        network, _ = _trained_one_step(problem, step, np.float64)
        fits = optimiser.fits_rank_one(network, 0.0, 0.0)
        for layer, recorded, fit in zip(network.layers, step.layers, fits):
            if not fit:
                assert np.array_equal(layer.weights, recorded.weights)
                assert recorded.biases is None or np.array_equal(layer.biases, recorded.biases)


def _mnist_like(count=64, seed=2):
    rng = np.random.default_rng(seed)
    x = rng.random((count, 6)).astype(np.float32)
    x[rng.random((count, 6)) < 0.5] = 0.0
    return x, rng.integers(0, 3, count)


def _bits(network):
    return b"".join(p.tobytes() for layer in network.layers for p in (layer.weights, layer.biases)
                    if p is not None)


CONFIG = TrainConfig(epochs=3, batch_size=1, learning_rate=0.05, seed=4)


def test_per_sample_training_is_deterministic_and_resumes_bit_for_bit():
    x, y = _mnist_like()
    runs = []
    for _ in range(2):
        network = parse_problem(_problem()).build_network(np.float32)
        runs.append((_bits(network), train(network, x, y, CONFIG).history, _bits(network)))
    assert runs[0][0] == runs[1][0] and runs[0][2] == runs[1][2] and runs[0][0] != runs[0][2]
    assert [r.train_loss for r in runs[0][1]] == [r.train_loss for r in runs[1][1]]

    network = parse_problem(_problem()).build_network(np.float32)
    state = TrainState.start(network, CONFIG, len(x))
    with pytest.raises(TrainingInterrupted):
        train(network, x, y, CONFIG, state=state, interrupted=lambda: state.steps == 100)
    train(network, x, y, CONFIG, state=state)  # the same network and state go on
    assert _bits(network) == runs[0][2]


def test_blas_threads_are_given_back_after_per_sample_training():
    before = [(info["filepath"], info["num_threads"]) for info in threadpool_info()]
    x, y = _mnist_like()
    network = parse_problem(_problem()).build_network(np.float32)
    train(network, x, y, TrainConfig(epochs=1, batch_size=1))
    after = {info["filepath"]: info["num_threads"] for info in threadpool_info()}
    assert all(after[path] == threads for path, threads in before)


def test_a_batch_of_more_than_one_sample_takes_the_general_update():
    x, y = _mnist_like()
    network = parse_problem(_problem()).build_network(np.float32)
    network.reserve(4)
    step = steps.BatchStep(network, x, targets_for(network, y), y, 4, "mean", SGD(network))
    try:
        assert step.rank_one is None
    finally:
        step.close()
