"""Training: gradient descent over epochs, in float32, on preallocated buffers.

The math is the engine's own (Network.gradient_step: the same forward/backward as the worked
solutions); this module adds what training needs around it: shuffled batches gathered into a fixed
buffer, momentum and L2 weight decay applied in place, learning-rate schedules, and the stopping
rules (epoch or step cap, a negligible change of the training loss, early stopping on a validation
set with patience, keeping the best weights). It never prints: progress goes to a callback.

Everything a run needs to go on lives in one :class:`TrainState` (weights aside, which the network
holds): the epoch and the sample it is at, the shuffled order and the random generator, the momentum
velocities, the last good and the best weights, the history. train() hands it to ``on_checkpoint``
at every epoch's end and takes it back to resume, so that a resumed run ends with the same weights,
bit for bit, as one that was never stopped (backprop.checkpoint stores it).
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field, fields
from typing import Callable

import numpy as np

from .data.pixels import Pixels, root_mean_square, rows_of
from .network import Network
from .optimiser import SGD, zero_velocity
from .steps import BatchStep

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


#: A parameter larger than this in magnitude has exploded: a million is 1e5 times the scale of the
#: initialisations backprop offers (He, Glorot, or seed 001's [-10, 10]); a few steps further a
#: float32 forward pass overflows. Checked once an epoch, which costs one pass over the parameters.
WEIGHT_LIMIT = 1e6


#: Inputs whose root mean square is above this are on a large scale: He and Glorot initialisations
#: assume inputs of about unit size (standardised data has 1; pixels scaled to [0, 1] about 0.3,
#: raw 0-255 pixels about 80). A divergence on such inputs names their scale as the likely cause.
LARGE_INPUT_RMS = 10.0


class TrainingDiverged(RuntimeError):
    """The loss became NaN or infinite, or a weight exploded; the network holds the last good weights.

    Attributes: ``epoch`` and ``step`` (from 1) where it was found, ``cause`` in a few words,
    ``input_rms`` the root mean square of the training inputs (None: not known).
    """

    def __init__(self, epoch: int, step: int, learning_rate: float, cause: str = "the loss is not finite",
                 kept: str = "the last good epoch", input_rms: float | None = None):
        self.epoch, self.step, self.cause, self.kept = epoch, step, cause, kept
        self.learning_rate, self.input_rms = learning_rate, input_rms
        rate = f"a learning rate too large ({learning_rate:g}; try 10 times smaller)"
        init = ("an initialisation range too wide (large initial weights saturate the output activation"
                " and switch the rectifiers off)")
        if input_rms is not None and input_rms > LARGE_INPUT_RMS:
            likely = (f"Likely cause: inputs on a large scale (root mean square {input_rms:.3g}; the"
                      " initialisations expect about 1): scale them with --standardize (8-bit pixels"
                      f" 0-255: --input-scale pixels). Otherwise {rate} or {init}")
        else:
            likely = f"Likely causes: {rate} or {init}; see --learning-rate and the layers' init"
        super().__init__(f"training diverged at epoch {epoch}, step {step}: {cause}. The weights of"
                         f" {kept} are kept. {likely}")

    def with_inputs(self, x: np.ndarray | Pixels) -> TrainingDiverged:
        """The same divergence, judged knowing the training inputs x (samples, features)."""
        return TrainingDiverged(self.epoch, self.step, self.learning_rate, self.cause, self.kept,
                                root_mean_square(x))


class TrainingInterrupted(Exception):
    """``interrupted()`` said stop; ``state`` is where training stood, after a whole batch.

    The network holds that state's weights: save both (backprop.checkpoint) to resume later.
    """

    def __init__(self, state: "TrainState"):
        self.state = state
        super().__init__(f"interrupted at epoch {state.epoch}, step {state.steps}")


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


Parameters = list  # per layer (weights copy, biases copy or None)


@dataclass
class TrainState:
    """Where a run stands: with the network's weights, all train() needs to go on bit for bit.

    Attributes
    ----------
    rng : the generator of the shuffles; its bit_generator.state is what a checkpoint keeps.
    order : int64 (samples,): the sample order of the current epoch (shuffled in place each epoch).
    velocity : per layer {"weights", "biases"}: the momentum velocities (SGD's), shaped as the
        parameters.
    good : per layer (weights, biases or None): the parameters at the end of the last good epoch,
        restored if training diverges.
    epoch : the epoch in progress or next (from 1); ``position`` samples of it are done (0: it has
        not begun and its order is not drawn yet). ``steps``: update steps done in all.
    loss_sum, correct, seconds : the current epoch's summed loss, right answers and time so far.
    best, best_loss, best_epoch, waited : early stopping (best validation loss and its weights).
    previous_loss : the last epoch's training loss (for ``tolerance``).
    history : one EpochRecord per finished epoch.
    stopped_because : why training ended; None while it goes on.
    """

    rng: np.random.Generator
    order: np.ndarray
    velocity: list[dict]
    good: Parameters
    epoch: int = 1
    position: int = 0
    steps: int = 0
    loss_sum: float = 0.0
    correct: int = 0
    seconds: float = 0.0
    best: Parameters | None = None
    best_loss: float = math.inf
    best_epoch: int | None = None
    waited: int = 0
    previous_loss: float | None = None
    history: list[EpochRecord] = field(default_factory=list)
    stopped_because: str | None = None

    @classmethod
    def start(cls, network: Network, config: TrainConfig, samples: int) -> "TrainState":
        """The state before the first step: seeded generator, file order, zero velocities."""
        return cls(rng=np.random.default_rng(config.seed), order=np.arange(samples, dtype=np.int64),
                   velocity=zero_velocity(network), good=_parameters(network))

    def result(self) -> TrainResult:
        return TrainResult(history=self.history, steps=self.steps,
                           stopped_because=self.stopped_because or "interrupted",
                           best_epoch=self.best_epoch)


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


def evaluate(network: Network, x: np.ndarray | Pixels, y: np.ndarray, batch_size: int = 1024) -> dict:
    """Mean loss, accuracy (classification) and outputs of ``network`` on x (samples, features),
    a block of ``batch_size`` rows at a time (Pixels are converted a block at a time).

    y : (samples,) class indices, or (samples, outputs) targets for regression.
    Returns {"loss", "accuracy" (None for regression), "outputs" (samples, outputs)}.
    """
    dtype = network.layers[0].weights.dtype
    outputs = np.empty((x.shape[0], network.layers[-1].units), dtype)
    total = 0.0
    # Pixels: every block converted into the same buffer (a new one each time costs page faults)
    buffer = np.empty((min(batch_size, x.shape[0]), x.shape[1]), dtype) if isinstance(x, Pixels) else None
    for start in range(0, x.shape[0], batch_size):
        stop = min(start + batch_size, x.shape[0])
        outputs[start:stop] = network.forward(rows_of(x, start, stop, dtype, buffer))
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


def train(network: Network, x: np.ndarray | Pixels, y: np.ndarray, config: TrainConfig,
          test: tuple[np.ndarray, np.ndarray] | None = None,
          validation: tuple[np.ndarray, np.ndarray] | None = None,
          on_batch: Callable[[int, int, float], None] | None = None,
          on_epoch: Callable[[EpochRecord], None] | None = None,
          state: TrainState | None = None,
          on_checkpoint: Callable[[TrainState], None] | None = None,
          interrupted: Callable[[], bool] | None = None, threads: int = 1) -> TrainResult:
    """Train ``network`` in place on x (samples, features) and y.

    x : an array, or Pixels (8-bit pixels kept as bytes, each batch converted as it is gathered:
        the same weights to the last bit as training on ``x.array(dtype)``, with a quarter of
        the memory for the inputs in float32).

    y : (samples,) int class indices, or (samples, outputs) float targets (regression).
    test, validation : optional (x, y) pairs evaluated after each epoch (not timed); x an array
        or Pixels.
    on_batch(epoch, samples_done, running_loss) and on_epoch(record): progress callbacks.
    state : where to go on from (a checkpoint's, with the network holding its weights); None: start.
    on_checkpoint(state) : called before the first step and at the end of every epoch (including
        the last, with ``state.stopped_because`` set), when the network holds the state's weights.
    interrupted() : asked after every step; True raises TrainingInterrupted with the state there.
    threads : split each step across this many threads (steps.BatchStep), each running BLAS on
        one thread; the weights are the same for the same number of threads, run after run.
    Returns the history and why training stopped. Raises TrainingDiverged on a non-finite loss or
    exploded weights, with the network restored to the weights of the last good epoch.
    """
    count = x.shape[0]
    batch = count if config.batch_size in (0, None) else min(config.batch_size, count)
    dtype = network.layers[0].weights.dtype
    network.reserve(batch)
    fresh = state is None
    if fresh:
        state = TrainState.start(network, config, count)
    if state.order.shape != (count,):
        raise ValueError(f"the state is for {state.order.shape[0]} samples, not {count}")
    optimiser = SGD(network, config.momentum, config.weight_decay, state.velocity)
    targets = targets_for(network, y, dtype)
    classification = y.ndim == 1
    # made before the first checkpoint: a step that cannot be made (BACKPROP_KERNELS) leaves no file
    step = BatchStep(network, x, targets, y if classification else None, batch, config.reduction,
                     optimiser, threads)
    try:
        if fresh and on_checkpoint is not None:
            on_checkpoint(state)
        while state.stopped_because is None:
            learning_rate = config.learning_rate_at(state.epoch - 1)
            if state.position == 0 and config.shuffle:
                state.rng.shuffle(state.order)
            started = time.perf_counter()
            for start in range(state.position, count, batch):
                index = state.order[start:start + batch]
                batch_loss, correct = step(index, learning_rate)
                if not math.isfinite(batch_loss):
                    _restore(network, state.good)
                    raise TrainingDiverged(state.epoch, state.steps + 1, learning_rate,
                                           kept=_last_good(state))
                state.correct += correct
                state.loss_sum += batch_loss
                state.steps += 1
                state.position = start + index.shape[0]
                if on_batch is not None:
                    on_batch(state.epoch, state.position, state.loss_sum / state.position)
                if config.max_steps is not None and state.steps >= config.max_steps:
                    break
                if interrupted is not None and state.position < count and interrupted():
                    state.seconds += time.perf_counter() - started
                    raise TrainingInterrupted(state)
            state.seconds += time.perf_counter() - started
            _end_epoch(network, state, config, learning_rate, classification, test, validation)
            if on_epoch is not None:
                on_epoch(state.history[-1])
            if on_checkpoint is not None:
                on_checkpoint(state)
            if state.stopped_because is None and interrupted is not None and interrupted():
                raise TrainingInterrupted(state)
    except TrainingDiverged as diverged:
        raise diverged.with_inputs(x) from None  # now judged knowing the inputs' scale
    finally:
        step.close()

    last = state.history[-1].epoch if state.history else None
    if config.keep_best and state.best is not None and state.best_epoch != last:
        _restore(network, state.best)
    return state.result()


def _last_good(state: TrainState) -> str:
    return f"epoch {state.epoch - 1}" if state.epoch > 1 else "the start (the initial weights)"


def _end_epoch(network: Network, state: TrainState, config: TrainConfig, learning_rate: float,
               classification: bool, test, validation) -> None:
    """Record the epoch that just ended, check its weights, apply the stopping rules, and move
    ``state`` to the start of the next epoch (``stopped_because`` set if there is none)."""
    seen = max(1, state.position)  # fewer than all samples when max_steps ended the epoch early
    record = EpochRecord(epoch=state.epoch, seconds=state.seconds, train_loss=state.loss_sum / seen,
                         train_accuracy=state.correct / seen if classification else None,
                         test_loss=None, test_accuracy=None, learning_rate=learning_rate)
    largest = max(float(np.max(np.abs(value), initial=0.0)) for layer in network.layers
                  for value in layer.params.values() if value is not None)
    if not largest <= WEIGHT_LIMIT:  # also NaN
        _restore(network, state.good)
        cause = ("a weight is not finite" if not math.isfinite(largest) else
                 f"a weight reached {largest:.3g}, beyond {WEIGHT_LIMIT:g} (exploding weights)")
        raise TrainingDiverged(state.epoch, state.steps, learning_rate, cause, _last_good(state))
    state.good = _parameters(network)
    if test is not None:
        scores = evaluate(network, *test)
        record.test_loss, record.test_accuracy = scores["loss"], scores["accuracy"]
    if validation is not None:
        scores = evaluate(network, *validation)
        record.validation_loss, record.validation_accuracy = scores["loss"], scores["accuracy"]
    state.history.append(record)

    if record.validation_loss is not None:
        if record.validation_loss < state.best_loss:
            state.best_loss, state.best, state.waited = record.validation_loss, state.good, 0
            state.best_epoch = state.epoch
        else:
            state.waited += 1
        if config.patience is not None and state.waited >= config.patience:
            state.stopped_because = f"no better validation loss for {config.patience} epochs"
    if state.stopped_because is None:
        if config.max_steps is not None and state.steps >= config.max_steps:
            state.stopped_because = f"reached {config.max_steps} steps"
        elif (config.tolerance is not None and state.previous_loss is not None
              and abs(state.previous_loss - record.train_loss) < config.tolerance):
            state.stopped_because = f"training loss changed by less than {config.tolerance:g}"
        elif state.epoch >= config.epochs:
            state.stopped_because = "epochs"
    state.previous_loss = record.train_loss
    state.epoch += 1
    state.position, state.loss_sum, state.correct, state.seconds = 0, 0.0, 0, 0.0
