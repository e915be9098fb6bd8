"""Training steps split across threads: the same numbers as one thread.

A split step computes every number with the same code as one thread, on its piece of the rows (the
per-sample work) or of the units (the parameters' gradients and updates): run after run it gives
the same bits for the same number of threads, and agrees with one thread within float rounding
(BLAS may sum a block of rows in another order than the whole batch).
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from backprop import steps
from backprop.problem import parse_problem
from backprop.optimiser import SGD
from backprop.training import TrainConfig, TrainingInterrupted, TrainState, train


def _problem(bias: str = "neuron", hidden: str = '"relu"', output_bias: str = "neuron") -> str:
    return f"""
[[layer]]
inputs = 20
units = 12
activation = {hidden}
bias = "{bias}"
[[layer]]
units = 8
activation = "tanh"
bias = "none"
[[layer]]
units = 4
activation = "softmax"
bias = "{output_bias}"
[loss]
name = "cross_entropy"
"""


def _data(count: int = 200, dtype=np.float32, seed: int = 3):
    """Inputs like pixels (about half of them exactly 0) and labels that depend on them."""
    rng = np.random.default_rng(seed)
    x = rng.random((count, 20))
    x[rng.random((count, 20)) < 0.5] = 0.0
    labels = (x[:, :4].argmax(axis=1) + (x[:, 10] > 0.5)) % 4
    return x.astype(dtype), labels


def _trained(dtype=np.float32, threads: int = 1, text: str | None = None, **settings):
    x, y = _data(dtype=dtype)
    network = parse_problem(text or _problem()).build_network(dtype)
    config = TrainConfig(**{"epochs": 2, "batch_size": 40, "learning_rate": 0.2, "seed": 1, **settings})
    result = train(network, x, y, config, threads=threads)
    return network, result


def _bits(network):
    return [(layer.weights.tobytes(), None if layer.biases is None else layer.biases.tobytes())
            for layer in network.layers]


def test_split_covers_every_index_once():
    assert steps.split(10, 3) == [slice(0, 3), slice(3, 6), slice(6, 10)]
    assert steps.split(2, 2) == [slice(0, 1), slice(1, 2)]
    for count in range(0, 40):
        for parts in range(1, 5):
            covered = [i for part in steps.split(count, parts) for i in range(count)[part]]
            assert covered == list(range(count))


def test_every_unit_and_row_is_in_one_piece(monkeypatch):
    monkeypatch.setattr(steps, "MIN_SPLIT_WEIGHTS", 16384)
    monkeypatch.setattr(steps, "MIN_ROWS_PER_PIECE", 16)
    network = parse_problem(_problem()).build_network()
    network.layers[0].weights = np.zeros((300, 60))  # 18,000 weights: cut; the others whole
    monkeypatch.setattr(steps, "PIECES_PER_THREAD", 2)
    pieces = steps.unit_pieces(network, 2)
    assert pieces[:4] == [(0, slice(0, 75)), (0, slice(75, 150)), (0, slice(150, 225)),
                          (0, slice(225, 300))]
    assert pieces[4:] == [(1, slice(0, 8)), (2, slice(0, 4))]
    assert steps.unit_pieces(network, 1) == [(0, None), (1, None), (2, None)]
    # a lower floor (as the compiled kernels' is): the second layer's 8 x 12 weights are cut too
    assert steps.unit_pieces(network, 2, 1, 90) == [(0, slice(0, 150)), (0, slice(150, 300)),
                                                      (1, slice(0, 4)), (1, slice(4, 8)), (2, slice(0, 4))]
    assert steps.row_pieces(128, 2) == steps.split(128, 4)
    assert steps.row_pieces(40, 2) == steps.split(40, 2)  # pieces of at least 16 rows
    assert steps.row_pieces(25, 2) == [slice(0, 25)]
    assert steps.row_pieces(128, 1) == [slice(0, 128)]


def test_how_many_threads_a_step_uses(monkeypatch):
    monkeypatch.setattr(steps, "MIN_ROWS_PER_PIECE", 16)
    network = parse_problem(_problem()).build_network()
    assert steps.split_threads(network, 128, 2) == 2
    assert steps.split_threads(network, 128, 1) == 1
    assert steps.split_threads(network, steps.MIN_ROWS_PER_PIECE * 2 - 1, 2) == 1  # too few rows
    shared = parse_problem(_problem(bias="shared")).build_network()
    assert steps.split_threads(shared, 128, 2) == 1  # a shared bias sums over every unit


SETTINGS = [{}, {"momentum": 0.9, "weight_decay": 1e-3}, {"reduction": "sum"}]


@pytest.fixture(autouse=True, params=["small-pieces", "as-in-training"])
def pieces(request, monkeypatch):
    """Every test twice: as in training (batches this small are not split), and with every layer
    cut, three pieces a thread, pieces of 4 rows."""
    if request.param == "small-pieces":
        monkeypatch.setattr(steps, "MIN_SPLIT_WEIGHTS", 0)
        monkeypatch.setattr(steps, "MIN_ROWS_PER_PIECE", 4)
        monkeypatch.setattr(steps, "PIECES_PER_THREAD", 3)


@pytest.mark.parametrize("settings", SETTINGS, ids=["sgd", "momentum-decay", "sum"])
def test_two_threads_give_the_same_bits_run_after_run(settings):
    two, two_result = _trained(threads=2, **settings)
    again, again_result = _trained(threads=2, **settings)
    assert _bits(two) == _bits(again)
    assert [r.train_loss for r in two_result.history] == [r.train_loss for r in again_result.history]


@pytest.mark.parametrize("dtype, tolerance", [(np.float32, 1e-6), (np.float64, 1e-14)])
@pytest.mark.parametrize("settings", SETTINGS, ids=["sgd", "momentum-decay", "sum"])
def test_a_step_on_two_threads_agrees_with_one_to_rounding(settings, dtype, tolerance):
    """One step of 40 samples from the same weights (several steps would let rounding grow)."""
    one, _ = _trained(dtype, threads=1, epochs=1, max_steps=1, **settings)
    two, _ = _trained(dtype, threads=2, epochs=1, max_steps=1, **settings)
    start = parse_problem(_problem()).build_network(dtype)
    for a, b, before in zip(one.layers, two.layers, start.layers):
        assert not np.array_equal(a.weights, before.weights)  # the step moved them
        np.testing.assert_allclose(b.weights, a.weights, rtol=tolerance, atol=tolerance)


def test_the_threads_end_with_training(monkeypatch):
    before = threading.active_count()
    _trained(threads=2)
    assert threading.active_count() == before
    assert not any(thread.name.startswith("backprop-step") for thread in threading.enumerate())


def test_an_error_in_a_worker_thread_reaches_the_caller(monkeypatch):
    monkeypatch.setattr(steps, "MIN_ROWS_PER_PIECE", 4)
    original = steps.BatchStep._first_layer

    def fail_in_a_worker(self, piece):
        if threading.current_thread() is threading.main_thread():
            time.sleep(0.02)  # leave the other pieces to the worker
            return original(self, piece)
        raise FloatingPointError("from the worker")

    monkeypatch.setattr(steps.BatchStep, "_first_layer", fail_in_a_worker)
    with pytest.raises(FloatingPointError, match="from the worker"):
        _trained(threads=2)
    assert not any(thread.name.startswith("backprop-step") for thread in threading.enumerate())


@pytest.mark.parametrize("momentum, decay", [(0.0, 0.0), (0.9, 0.0), (0.5, 1e-2)])
def test_sgd_on_pieces_of_the_units_equals_the_whole_update(momentum, decay):
    def fresh():
        network = parse_problem(_problem()).build_network(np.float32)
        rng = np.random.default_rng(0)
        for layer in network.layers:
            layer.grads = {"weights": rng.normal(size=layer.weights.shape).astype(np.float32),
                           "biases": None if layer.biases is None else
                           rng.normal(size=layer.biases.shape).astype(np.float32)}
        return network

    whole, parts = fresh(), fresh()
    whole_sgd, parts_sgd = SGD(whole, momentum, decay), SGD(parts, momentum, decay)
    for _ in range(3):
        whole_sgd.step(0.1)
        for index, layer in enumerate(parts.layers):
            for units in steps.split(layer.units, 3):
                parts_sgd.step_layer(index, 0.1, units)
        for layer in (*whole.layers, *parts.layers):  # the next step's gradients
            layer.grads["weights"] += 0.25
    assert _bits(whole) == _bits(parts)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_a_one_sample_gradient_is_the_matrix_products_bit_for_bit(dtype):
    """For one sample the weight gradient is an outer product; the fast form gives the very bits
    np.matmul gives, -0.0 included (a negative delta times an input 0 is +0.0 there)."""
    network = parse_problem(_problem()).build_network(dtype)
    layer = network.layers[0]
    rng = np.random.default_rng(5)
    delta = rng.normal(size=(1, 12)).astype(dtype)
    delta[0, ::3] = -0.0
    a_prev = rng.random((1, 20)).astype(dtype)
    a_prev[0, ::2] = 0.0
    layer.parameter_gradients(delta, a_prev)
    expected = np.matmul(delta.T, a_prev)
    assert layer.grads["weights"].tobytes() == expected.tobytes()
    assert (np.signbit(expected) == (expected < 0)).all()  # no -0.0 in the reference either


@pytest.mark.parametrize("settings", SETTINGS, ids=["sgd", "momentum-decay", "sum"])
def test_a_two_thread_run_stopped_and_resumed_ends_as_never_stopped(settings):
    """Resume (the TrainState a checkpoint keeps) with the same thread count: the same bits."""
    whole, whole_result = _trained(threads=2, **settings)
    x, y = _data()
    network = parse_problem(_problem()).build_network(np.float32)
    config = TrainConfig(**{"epochs": 2, "batch_size": 40, "learning_rate": 0.2, "seed": 1, **settings})
    state = TrainState.start(network, config, len(x))
    with pytest.raises(TrainingInterrupted):
        train(network, x, y, config, state=state, threads=2, interrupted=lambda: state.steps == 7)
    assert state.steps == 7 and state.epoch == 2  # stopped inside the second epoch
    result = train(network, x, y, config, state=state, threads=2)
    assert _bits(network) == _bits(whole)
    assert [r.train_loss for r in result.history] == [r.train_loss for r in whole_result.history]
