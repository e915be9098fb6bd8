"""Training: gradient descent over epochs, in float32, on preallocated buffers.

The math is the engine's own (Network.gradient_step: the same forward/backward as the worked
solutions); this module adds what training needs around it: shuffled batches gathered into a fixed
buffer, momentum and L2 weight decay applied in place, learning-rate schedules, and the stopping
rules (epoch or step cap, a negligible change of the training loss, early stopping on a validation
set with patience, keeping the best weights). It never prints: progress goes to a callback.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field, fields
from typing import Callable

import numpy as np

from .network import Network

SCHEDULES = ("constant", "step", "cosine")


@dataclass
class TrainConfig:
    """Training settings; the names are those of a problem file's [train] section and the flags.

    batch_size : samples per step; 1 is per-sample (online), 0 means the full batch.
    schedule : "constant"; "step" multiplies the rate by ``step_gamma`` every ``step_epochs``
        epochs; "cosine" anneals it from ``learning_rate`` to 0 over ``epochs``.
    tolerance : stop once the epoch's training loss changes by less than this (seed 001's
        "negligible change"); None: never.
    max_steps : stop after this many update steps in all; None: no cap.
    validation_fraction : hold this part of the training data out for early stopping.
    patience : stop after this many epochs without a better validation loss; None: never.
    keep_best : on stopping, restore the weights of the best validation loss.
    """

    epochs: int = 10
    batch_size: int = 128
    learning_rate: float = 0.1
    momentum: float = 0.0
    schedule: str = "constant"
    step_epochs: int = 5
    step_gamma: float = 0.1
    weight_decay: float = 0.0
    reduction: str = "mean"
    seed: int = 0
    shuffle: bool = True
    tolerance: float | None = None
    max_steps: int | None = None
    validation_fraction: float = 0.0
    patience: int | None = None
    keep_best: bool = True

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    def learning_rate_at(self, epoch: int) -> float:
        """The rate for ``epoch`` (counting from 0)."""
        if self.schedule == "step":
            return self.learning_rate * self.step_gamma ** (epoch // max(1, self.step_epochs))
        if self.schedule == "cosine":
            return self.learning_rate * 0.5 * (1 + math.cos(math.pi * epoch / max(1, self.epochs)))
        return self.learning_rate

    def to_dict(self) -> dict:
        return asdict(self)


class TrainingDiverged(RuntimeError):
    """The loss became NaN or infinite; the network holds the last good weights."""

    def __init__(self, epoch: int, step: int, learning_rate: float):
        self.epoch, self.step = epoch, step
        super().__init__(
            f"training diverged at epoch {epoch}, step {step}: the loss is not finite. The weights of"
            f" the last good epoch are kept. Likely causes: a learning rate too large ({learning_rate:g};"
            " try 10 times smaller) or an initialisation range too wide (large initial weights"
            " saturate the softmax); see --learning-rate and the layers' init")


class SGD:
    """Gradient descent with momentum and L2 weight decay, in place on the network's parameters.

    v <- momentum * v - eta * (g + weight_decay * W);  W <- W + v. Biases are not decayed.
    """

    def __init__(self, network: Network, momentum: float = 0.0, weight_decay: float = 0.0):
        self.network, self.momentum, self.weight_decay = network, momentum, weight_decay
        self.velocity = [{key: np.zeros_like(value) for key, value in layer.params.items()
                          if value is not None} for layer in network.layers]

    def step(self, learning_rate: float) -> None:
        for layer, velocity in zip(self.network.layers, self.velocity):
            for key, value in layer.params.items():
                if value is None:
                    continue
                grad = layer.grads[key]
                if self.weight_decay and key == "weights":
                    grad += self.weight_decay * value  # masked weights are 0: their decay is 0 too
                if self.momentum:
                    v = velocity[key]
                    v *= self.momentum
                    v -= learning_rate * grad
                    value += v
                else:
                    grad *= learning_rate
                    value -= grad


@dataclass
class EpochRecord:
    """One line of history.json."""

    epoch: int
    seconds: float
    train_loss: float
    train_accuracy: float | None
    test_loss: float | None
    test_accuracy: float | None
    learning_rate: float
    validation_loss: float | None = None
    validation_accuracy: float | None = None


@dataclass
class TrainResult:
    history: list[EpochRecord] = field(default_factory=list)
    steps: int = 0
    stopped_because: str = "epochs"
    best_epoch: int | None = None


def one_hot(labels: np.ndarray, classes: int, dtype=np.float32) -> np.ndarray:
    """(samples,) class indices -> (samples, classes) one-hot rows."""
    targets = np.zeros((labels.shape[0], classes), dtype)
    targets[np.arange(labels.shape[0]), labels] = 1
    return targets


def targets_for(network: Network, y: np.ndarray, dtype=np.float32) -> np.ndarray:
    """Target rows for ``y``: one-hot rows for class indices (1-D), the values for regression."""
    if y.ndim == 1:
        return one_hot(y, network.layers[-1].units, dtype)
    return np.ascontiguousarray(y, dtype=dtype)


def evaluate(network: Network, x: np.ndarray, y: np.ndarray, batch_size: int = 1024) -> dict:
    """Mean loss, accuracy (classification) and outputs of ``network`` on x (samples, features).

    y : (samples,) class indices, or (samples, outputs) targets for regression.
    Returns {"loss", "accuracy" (None for regression), "outputs" (samples, outputs)}.
    """
    dtype = network.layers[0].weights.dtype
    outputs = np.empty((x.shape[0], network.layers[-1].units), dtype)
    total = 0.0
    for start in range(0, x.shape[0], batch_size):
        stop = min(start + batch_size, x.shape[0])
        outputs[start:stop] = network.forward(x[start:stop])
        total += float(network.sample_losses(targets_for(network, y[start:stop], dtype)).sum())
    accuracy = float((outputs.argmax(axis=1) == y).mean()) if y.ndim == 1 else None
    return {"loss": total / max(1, x.shape[0]), "accuracy": accuracy, "outputs": outputs}


def _parameters(network: Network) -> list:
    return [(layer.weights.copy(), None if layer.biases is None else layer.biases.copy())
            for layer in network.layers]


def _restore(network: Network, saved: list) -> None:
    for layer, (weights, biases) in zip(network.layers, saved):
        layer.weights[...] = weights
        if biases is not None:
            layer.biases[...] = biases


def train(network: Network, x: np.ndarray, y: np.ndarray, config: TrainConfig,
          test: tuple[np.ndarray, np.ndarray] | None = None,
          validation: tuple[np.ndarray, np.ndarray] | None = None,
          on_batch: Callable[[int, int, float], None] | None = None,
          on_epoch: Callable[[EpochRecord], None] | None = None) -> TrainResult:
    """Train ``network`` in place on x (samples, features) and y.

    y : (samples,) int class indices, or (samples, outputs) float targets (regression).
    test, validation : optional (x, y) pairs evaluated after each epoch (not timed).
    on_batch(epoch, samples_done, running_loss) and on_epoch(record): progress callbacks.
    Returns the history and why training stopped. Raises TrainingDiverged on a non-finite loss,
    with the network restored to the weights of the last good epoch.
    """
    count = x.shape[0]
    batch = count if config.batch_size in (0, None) else min(config.batch_size, count)
    dtype = network.layers[0].weights.dtype
    network.reserve(batch)
    optimiser = SGD(network, config.momentum, config.weight_decay)
    rng = np.random.default_rng(config.seed)
    targets = targets_for(network, y, dtype)
    classification = y.ndim == 1
    x_batch = np.empty((batch, x.shape[1]), dtype)
    t_batch = np.empty((batch, targets.shape[1]), dtype)
    order = np.arange(count)
    result = TrainResult()
    good = _parameters(network)
    best, best_loss, waited, previous_loss = None, math.inf, 0, None

    for epoch in range(1, config.epochs + 1):
        learning_rate = config.learning_rate_at(epoch - 1)
        if config.shuffle:
            rng.shuffle(order)
        started = time.perf_counter()
        loss_sum, correct = 0.0, 0
        for start in range(0, count, batch):
            index = order[start:start + batch]
            rows = index.shape[0]
            # mode="clip": the indices are valid anyway, and the default "raise" would gather
            # into a temporary array first, then copy it into the buffer (twice the copying)
            xb = np.take(x, index, axis=0, out=x_batch[:rows], mode="clip")
            tb = np.take(targets, index, axis=0, out=t_batch[:rows], mode="clip")
            batch_loss = network.gradient_step(xb, tb, config.reduction)
            if not math.isfinite(batch_loss):
                _restore(network, good)
                raise TrainingDiverged(epoch, result.steps + 1, learning_rate)
            if classification:
                correct += int(np.count_nonzero(network.layers[-1].cache["chain"][-1].argmax(axis=1)
                                                == y[index]))
            optimiser.step(learning_rate)
            loss_sum += batch_loss
            result.steps += 1
            if on_batch is not None:
                on_batch(epoch, start + rows, loss_sum / (start + rows))
            if config.max_steps is not None and result.steps >= config.max_steps:
                break
        seconds = time.perf_counter() - started
        seen = min(count, result.steps * batch) if config.max_steps and result.steps >= config.max_steps else count
        record = EpochRecord(epoch=epoch, seconds=seconds, train_loss=loss_sum / seen,
                             train_accuracy=correct / seen if classification else None,
                             test_loss=None, test_accuracy=None, learning_rate=learning_rate)
        if not all(np.isfinite(layer.weights).all() for layer in network.layers):
            _restore(network, good)
            raise TrainingDiverged(epoch, result.steps, learning_rate)
        good = _parameters(network)
        if test is not None:
            scores = evaluate(network, *test)
            record.test_loss, record.test_accuracy = scores["loss"], scores["accuracy"]
        if validation is not None:
            scores = evaluate(network, *validation)
            record.validation_loss, record.validation_accuracy = scores["loss"], scores["accuracy"]
        result.history.append(record)
        if on_epoch is not None:
            on_epoch(record)

        if record.validation_loss is not None:
            if record.validation_loss < best_loss:
                best_loss, best, waited, result.best_epoch = record.validation_loss, good, 0, epoch
            else:
                waited += 1
            if config.patience is not None and waited >= config.patience:
                result.stopped_because = f"no better validation loss for {config.patience} epochs"
                break
        if config.max_steps is not None and result.steps >= config.max_steps:
            result.stopped_because = f"reached {config.max_steps} steps"
            break
        if (config.tolerance is not None and previous_loss is not None
                and abs(previous_loss - record.train_loss) < config.tolerance):
            result.stopped_because = (f"training loss changed by less than {config.tolerance:g}")
            break
        previous_loss = record.train_loss

    if config.keep_best and best is not None and result.best_epoch != result.history[-1].epoch:
        _restore(network, best)
    return result
