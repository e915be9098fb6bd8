"""Training on 8-bit pixels kept as bytes (data.pixels.Pixels): the same numbers, to the last bit,
as training on the float inputs they stand for, on both engines, any thread count, stopped and
resumed; evaluation likewise. The oracle for the conversion itself is exact arithmetic."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from backprop import steps
from backprop.data.pixels import Pixels, to_unit
from backprop.problem import parse_problem
from backprop.training import (TrainConfig, TrainingDiverged, TrainingInterrupted, TrainState, evaluate,
                               root_mean_square, train)
from kernel_runs import needs_c

#: The NumPy engine and the C kernels (where a C compiler builds them).
ENGINES = ["numpy", pytest.param("c", marks=needs_c)]

NETWORK = """
[[layer]]
inputs = 20
units = 8
activation = "relu"
[[layer]]
units = 6
activation = "relu"
[[layer]]
units = 4
activation = "softmax"
[loss]
name = "cross_entropy"
"""


def _pixels(count: int = 90, features: int = 20, seed: int = 5):
    """Bytes like pixels (about half 0, every value 0-255 present) and labels that depend on them."""
    rng = np.random.default_rng(seed)
    values = rng.integers(0, 256, (count, features), dtype=np.uint8)
    values[rng.random(values.shape) < 0.5] = 0
    values[0, :] = 255
    values.reshape(-1)[:256] = np.arange(256)
    labels = values[:, :4].argmax(axis=1)
    return values, labels


def _float_inputs(values: np.ndarray, dtype) -> np.ndarray:
    """The float inputs the bytes stand for, as the MNIST loader made them before Pixels existed:
    one conversion of the whole set, then a division in place."""
    x = values.astype(dtype)
    x /= dtype(255)
    return x


def _bits(network) -> list:
    return [(layer.weights.tobytes(), layer.biases.tobytes()) for layer in network.layers]


def _train(x, y, dtype, kernels: str, threads: int, settings: dict, state=None, interrupted=None, network=None):
    steps.KERNELS = kernels
    try:
        network = network or parse_problem(NETWORK).build_network(dtype, rng=np.random.default_rng(1))
        config = TrainConfig(**{"epochs": 2, "batch_size": 16, "learning_rate": 0.3, "seed": 2, **settings})
        result = train(network, x, y, config, threads=threads, test=(x, y), state=state, interrupted=interrupted)
    finally:
        steps.KERNELS = "auto"
    return network, result


@pytest.fixture
def small_pieces(monkeypatch):
    """Split small batches across two threads in both engines (pieces of 4 rows)."""
    monkeypatch.setattr(steps, "FUSED_MIN_ROWS_PER_PIECE", 4)
    monkeypatch.setattr(steps, "MIN_ROWS_PER_PIECE", 4)
    monkeypatch.setattr(steps, "MIN_SPLIT_WEIGHTS", 0)
    monkeypatch.setattr(steps, "FUSED_MIN_SPLIT_WEIGHTS", 0)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_each_byte_becomes_the_nearest_float_to_it_over_255(dtype):
    """Exact arithmetic: every value 0-255 becomes the float of ``dtype`` nearest to v/255."""
    values = np.arange(256, dtype=np.uint8)
    converted = to_unit(values, dtype)
    assert converted.dtype == dtype
    for value, got in zip(range(256), converted):
        exact = Fraction(value, 255)
        neighbours = (np.nextafter(got, dtype(-1)), np.nextafter(got, dtype(2)))
        assert all(abs(Fraction(float(got)) - exact) <= abs(Fraction(float(n)) - exact) for n in neighbours), value
    assert (converted.view(np.uint8) == _float_inputs(values, dtype).view(np.uint8)).all()


SETTINGS = [{}, {"momentum": 0.9, "weight_decay": 1e-3}, {"batch_size": 1, "epochs": 1},
            {"batch_size": 7, "reduction": "sum", "learning_rate": 0.02}]


@pytest.mark.parametrize("settings", SETTINGS, ids=["sgd", "momentum-decay", "per-sample", "remainder-sum"])
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("kernels", ENGINES)
def test_training_on_pixels_gives_the_bits_of_training_on_their_floats(kernels, dtype, threads, settings,
                                                                       small_pieces):
    values, labels = _pixels()
    on_floats, floats_result = _train(_float_inputs(values, dtype), labels, dtype, kernels, threads, settings)
    on_pixels, pixels_result = _train(Pixels(values), labels, dtype, kernels, threads, settings)
    assert _bits(on_pixels) == _bits(on_floats)
    assert [(r.train_loss, r.train_accuracy, r.test_loss, r.test_accuracy) for r in pixels_result.history] == \
        [(r.train_loss, r.train_accuracy, r.test_loss, r.test_accuracy) for r in floats_result.history]
    start = parse_problem(NETWORK).build_network(dtype, rng=np.random.default_rng(1))
    assert pixels_result.history[-1].test_loss < evaluate(start, Pixels(values), labels)["loss"]  # it learned


@pytest.mark.parametrize("kernels", ENGINES)
def test_a_run_on_pixels_stopped_and_resumed_ends_as_one_never_stopped_on_floats(kernels):
    values, labels = _pixels()
    settings = {"epochs": 3, "momentum": 0.9}
    whole, whole_result = _train(_float_inputs(values, np.float32), labels, np.float32, kernels, 1, settings)
    network = parse_problem(NETWORK).build_network(np.float32, rng=np.random.default_rng(1))
    config = TrainConfig(epochs=3, batch_size=16, learning_rate=0.3, seed=2, momentum=0.9)
    state = TrainState.start(network, config, len(values))
    with pytest.raises(TrainingInterrupted):  # the third step of the second epoch
        _train(Pixels(values), labels, np.float32, kernels, 1, settings, state=state, network=network,
               interrupted=lambda: state.steps == 6 + 3)
    assert (state.epoch, state.position) == (2, 48)
    _, result = _train(Pixels(values), labels, np.float32, kernels, 1, settings, state=state, network=network)
    assert _bits(network) == _bits(whole)
    assert [r.train_loss for r in result.history] == [r.train_loss for r in whole_result.history]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_evaluate_on_pixels_gives_the_outputs_of_their_floats(dtype):
    values, labels = _pixels(count=2500)
    network = parse_problem(NETWORK).build_network(dtype, rng=np.random.default_rng(4))
    on_floats = evaluate(network, _float_inputs(values, dtype), labels)
    on_pixels = evaluate(network, Pixels(values), labels)
    assert on_pixels["outputs"].tobytes() == on_floats["outputs"].tobytes()
    assert (on_pixels["loss"], on_pixels["accuracy"]) == (on_floats["loss"], on_floats["accuracy"])


def test_the_scale_of_pixels_is_that_of_their_floats():
    values, _ = _pixels()
    assert root_mean_square(Pixels(values)) == root_mean_square(_float_inputs(values, np.float32))
    assert 0.3 < root_mean_square(Pixels(values)) < 0.6
    diverged = TrainingDiverged(1, 1, 0.1).with_inputs(Pixels(values))
    assert diverged.input_rms == root_mean_square(_float_inputs(values, np.float32))


@pytest.mark.parametrize("values", [np.zeros((3, 4), np.float32), np.zeros(4, np.uint8),
                                    np.zeros((4, 3), np.uint8).T, [[1, 2]]])
def test_pixels_take_only_bytes_in_rows(values):
    with pytest.raises(ValueError, match="C-contiguous uint8 array of shape"):
        Pixels(values)
