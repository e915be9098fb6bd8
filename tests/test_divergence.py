"""Divergence: a non-finite loss, or a weight beyond train.WEIGHT_LIMIT, stops training with a message
naming the epoch, the step and the likely causes, and the network keeps the weights of the last good
epoch, bit for bit. And what seed 001's network (mnist-literal, uniform [-10, 10]) really does."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from backprop import cli, parse_problem
from backprop.data import load_mnist_sample
from backprop.io import load_model
from backprop.training import WEIGHT_LIMIT, TrainConfig, TrainingDiverged, train

LINEAR = """
seed = 1
[[layer]]
inputs = 4
units = 3
activation = "identity"
[loss]
name = "squared_error"
"""


@pytest.fixture(scope="module", autouse=True)
def one_blas_thread():
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def regression():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(64, 4)).astype(np.float32)
    return x, (x @ rng.normal(size=(4, 3))).astype(np.float32)


def parameters(network) -> list[bytes]:
    return [p.tobytes() for layer in network.layers for p in (layer.weights, layer.biases)]


def test_exploding_weights_stop_with_epoch_step_cause_and_the_last_good_epoch_kept():
    x, y = regression()
    config = TrainConfig(epochs=30, batch_size=8, learning_rate=1.0)  # 8 steps an epoch
    network = parse_problem(LINEAR).build_network(np.float32)
    with pytest.raises(TrainingDiverged) as caught:
        train(network, x, y, config)
    error = caught.value
    assert (error.epoch, error.step) == (4, 32)
    message = str(error)
    assert message.startswith("training diverged at epoch 4, step 32: a weight reached ")
    assert f"beyond {WEIGHT_LIMIT:g} (exploding weights)" in message
    assert "The weights of epoch 3 are kept" in message
    assert "a learning rate too large (1; try 10 times smaller)" in message
    assert "an initialisation range too wide" in message and "\n" not in message
    # the weights kept are exactly those after epoch 3 of the same run
    reference = parse_problem(LINEAR).build_network(np.float32)
    train(reference, x, y, TrainConfig(epochs=3, batch_size=8, learning_rate=1.0))
    assert parameters(network) == parameters(reference)


def test_a_non_finite_loss_stops_at_its_step_and_keeps_the_initial_weights():
    x, y = regression()
    network = parse_problem(LINEAR).build_network(np.float32)
    initial = parameters(network)
    with np.errstate(over="ignore", invalid="ignore"), pytest.raises(TrainingDiverged) as caught:
        train(network, x, y, TrainConfig(epochs=5, batch_size=1, learning_rate=3.0))
    error = caught.value
    assert error.epoch == 1 and 1 < error.step <= 64
    assert str(error).startswith(f"training diverged at epoch 1, step {error.step}: the loss is not finite.")
    assert "The weights of the start (the initial weights) are kept" in str(error)
    assert parameters(network) == initial


@pytest.fixture(scope="module")
def sample():
    return load_mnist_sample()


def test_mnist_literal_as_written_does_not_diverge_it_dies(sample, tmp_path):
    """Seed 001's network at its learning rate 0.1: the first full-batch steps move the shared biases
    so far that every ReLU is dead; the loss is then exactly ln 10 and the output one class."""
    status = cli.main(["train", "--preset", "mnist-literal", "--limit", "2000", "--out", str(tmp_path)])
    assert status == 0
    history = json.loads((tmp_path / "history.json").read_text())
    losses = [epoch["train_loss"] for epoch in history["epochs"]]
    assert losses[0] > 1e4  # logits in the tens of thousands
    assert losses[2] == losses[3] == pytest.approx(math.log(10), abs=1e-6)
    assert history["stopped_because"] == "training loss changed by less than 1e-06"
    assert len(losses) == 4
    model = load_model(tmp_path)
    hidden = model.network.layers[0].forward(sample[1].x)
    assert not hidden.any()  # every first-layer ReLU is dead on every test image
    outputs = model.predict(sample[1].x)
    assert len(set(outputs.argmax(axis=1).tolist())) == 1 and np.allclose(outputs, 0.1)


def test_mnist_literal_at_a_larger_rate_stops_on_exploding_weights(sample, tmp_path, capsys):
    """At learning rate 10 the second full-batch step takes the weights to about 5e8: stopped there,
    and the saved model holds the weights after the first step, bit for bit."""
    argv = ["train", "--preset", "mnist-literal", "--limit", "2000", "--learning-rate", "10"]
    status = cli.main(argv + ["--out", str(tmp_path / "diverged")])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1
    assert err.startswith("error: training diverged at epoch 2, step 2: a weight reached ")
    assert "(exploding weights). The weights of epoch 1 are kept" in err
    assert "a learning rate too large (10; try 10 times smaller)" in err
    assert cli.main(argv + ["--epochs", "1", "--out", str(tmp_path / "one")]) == 0
    kept, one = (load_model(tmp_path / name).network for name in ("diverged", "one"))
    assert parameters(kept) == parameters(one)
    assert max(float(np.abs(layer.weights).max()) for layer in kept.layers) <= WEIGHT_LIMIT
    history = json.loads((tmp_path / "diverged" / "history.json").read_text())
    assert len(history["epochs"]) == 1 and history["stopped_because"].startswith("diverged: ")
