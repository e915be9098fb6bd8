"""MNIST held as bytes (load_dataset(..., pixels=True), what ``backprop train`` loads): the same
numbers everywhere the float32 set gave them (splits, scaling, the data's fingerprint in
checkpoints, the trained model's file), for a quarter of the memory."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from backprop import cli
from backprop.checkpoint import fingerprint
from backprop.commands import train as train_command
from backprop.data import InputScaling, load_dataset, train_validation_split
from backprop.data.pixels import Pixels, root_mean_square
from backprop.problem import parse_problem
from backprop.training import TrainConfig, train

MNIST = """
[[layer]]
inputs = 784
units = 128
activation = "relu"
[[layer]]
units = 64
activation = "relu"
[[layer]]
units = 10
activation = "softmax"
[loss]
name = "cross_entropy"
"""


@pytest.fixture(scope="module")
def both():
    """The MNIST sample as float32 and as bytes: ((train, test), (train, test))."""
    return load_dataset("mnist-sample"), load_dataset("mnist-sample", pixels=True)


def _same_floats(floats: np.ndarray, pixels) -> bool:
    return isinstance(pixels, Pixels) and pixels.array().tobytes() == floats.tobytes()


def test_pixels_stand_for_the_float32_values_of_the_set(both):
    (train, test), (train_pixels, test_pixels) = both
    assert _same_floats(train.x, train_pixels.x) and _same_floats(test.x, test_pixels.x)
    assert train_pixels.x.values.nbytes * 4 == train.x.nbytes
    assert (train_pixels.name, len(train_pixels), train_pixels.classes) == (train.name, 6000, train.classes)
    assert (train_pixels.y == train.y).all()


def test_subsets_and_splits_keep_bytes_and_values(both):
    (train, _), (train_pixels, _) = both
    assert _same_floats(train.subset(slice(0, 50)).x, train_pixels.subset(slice(0, 50)).x)
    for part, part_pixels in zip(train_validation_split(train, 0.1, seed=3),
                                 train_validation_split(train_pixels, 0.1, seed=3)):
        assert _same_floats(part.x, part_pixels.x) and (part.y == part_pixels.y).all()


def test_a_checkpoint_fingerprints_the_values_not_how_they_are_held(both):
    """Checkpoints written before the bytes were kept name the float32 data's hash: they resume."""
    (train, _), (train_pixels, _) = both
    assert fingerprint(train_pixels.x, train_pixels.y) == fingerprint(train.x, train.y)
    changed = Pixels(train_pixels.x.values.copy())
    changed.values[7, 300] ^= 1
    assert fingerprint(changed, train.y) != fingerprint(train.x, train.y)


@pytest.mark.parametrize("settings", [("auto", False), ("pixels", False), ("none", False), ("auto", True)])
def test_input_scaling_is_that_of_the_float32_values(both, settings):
    (train, test), (train_pixels, test_pixels) = both
    scaling, scaling_pixels = InputScaling.fit(train.x, *settings), InputScaling.fit(train_pixels.x, *settings)
    assert (scaling_pixels.kind, scaling_pixels.low, scaling_pixels.high) == (scaling.kind, scaling.low, scaling.high)
    if scaling.kind == "standardize":
        assert scaling_pixels.mean.tobytes() == scaling.mean.tobytes()
    applied, applied_pixels = scaling.apply(test.x), scaling_pixels.apply(test_pixels.x)
    if scaling.kind == "none":  # kept as bytes, converted a batch at a time
        assert _same_floats(applied, applied_pixels)
    else:
        assert applied_pixels.tobytes() == applied.tobytes()
    assert scaling_pixels.to_unit(test_pixels.x).tobytes() == scaling.to_unit(test.x).tobytes()
    assert root_mean_square(train_pixels.x) == root_mean_square(train.x)


def test_backprop_train_holds_mnist_as_bytes_and_writes_the_model_of_the_float32_set(tmp_path, monkeypatch):
    runs = {}
    load = train_command.load_dataset
    for held in ("bytes", "float32"):
        if held == "float32":  # the loader as it was: float32 values in [0, 1]
            monkeypatch.setattr(train_command, "load_dataset", lambda *a, **k: load(*a, **{**k, "pixels": False}))
        prepared = []
        monkeypatch.setattr(train_command, "prepare", lambda *a, original=train_command.prepare, **k:
                            prepared.append(original(*a, **k)) or prepared[-1])
        with threadpool_limits(1):
            status = cli.main(["train", "--epochs", "1", "--max-steps", "12", "--validation-fraction", "0.1",
                               "--out", str(tmp_path / held)])
        assert status == 0
        runs[held] = prepared[0]
        monkeypatch.undo()
    assert isinstance(runs["bytes"].train.x, Pixels) and isinstance(runs["bytes"].test.x, Pixels)
    assert isinstance(runs["float32"].train.x, np.ndarray)
    assert (tmp_path / "bytes" / "model.safetensors").read_bytes() == \
        (tmp_path / "float32" / "model.safetensors").read_bytes()


def _peak_mib(work) -> float:
    """The most memory numpy and Python held at once while ``work()`` ran, beyond what they held
    before (tracemalloc: every array's buffer is counted)."""
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 2 ** 20
    finally:
        tracemalloc.stop()


def test_nothing_converts_the_whole_set_at_once(both):
    """The sample's 6,000 images are 17.9 MiB as float32; a converted block of 4,096 rows 12.2 MiB."""
    (_, _), (train_pixels, test_pixels) = both
    whole = train_pixels.x.values.size * 4 / 2 ** 20
    assert _peak_mib(lambda: root_mean_square(train_pixels.x)) < 13  # one block alive at a time
    assert _peak_mib(lambda: fingerprint(train_pixels.x, train_pixels.y)) < 2
    network = parse_problem(MNIST).build_network(np.float32)
    config = TrainConfig(epochs=1, batch_size=128, max_steps=5)
    with threadpool_limits(1):
        assert _peak_mib(lambda: train(network, train_pixels.x, train_pixels.y, config,
                                       test=(test_pixels.x, test_pixels.y))) < whole / 2
