"""Checkpoints: a training run's whole state on disk, so that a stopped run goes on bit for bit.

``backprop train`` keeps ``<out>/checkpoint.safetensors`` up to date: before the first step, at the
end of every epoch, and when SIGINT (Ctrl-C) or SIGTERM stops it between two steps. Each write is
atomic (backprop.files.write_atomic: a temporary file in the same folder, flushed and fsynced, renamed
over the old one, the folder fsynced), so a crash or a SIGKILL at any moment leaves the previous
checkpoint whole. The file is the same kind of container as a model, never a pickle: safetensors
tensors plus one JSON document, read without running any code.

Tensors (k counts layers from 0; biases absent for bias "none", shape () for "shared"):

    layers.<k>.weights, layers.<k>.biases       float32: the network's parameters now
    velocity.<k>.weights, velocity.<k>.biases   float32: the momentum velocities
    good.<k>.weights, good.<k>.biases           float32: the parameters after the last good epoch
    best.<k>.weights, best.<k>.biases           float32: those of the best validation loss, if any
    order                                       int64 (samples,): this epoch's sample order

The document holds the format name and version, ``run`` (what the command needs to rebuild the run:
a JSON object it chooses) and ``state``: TrainState's counters, the random generator's state
(numpy's bit_generator.state, a JSON object), the early-stopping numbers and the history so far.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import numpy as np

from .container import FileGetters, FileKind, ModelError, container_bytes, read_container
from .data.pixels import Pixels
from .files import write_atomic
from .network import Network
from .training import EpochRecord, TrainState

#: An epoch record's keys (train.EpochRecord), those that may be left out, and those that may be null.
HISTORY_KEYS = tuple(field.name for field in fields(EpochRecord))
HISTORY_OPTIONAL = ("validation_loss", "validation_accuracy")
HISTORY_NULLABLE = ("train_accuracy", "test_loss", "test_accuracy", *HISTORY_OPTIONAL)

CHECKPOINT_NAME = "checkpoint.safetensors"
FORMAT = "backprop-checkpoint"
FORMAT_VERSION = 1


class CheckpointError(ModelError):
    """A checkpoint that cannot be used; str() is the one-line message for the user."""


CHECKPOINT = FileKind("checkpoint", FORMAT, FORMAT_VERSION,
                      "give the --out folder of a backprop train run (it holds " + CHECKPOINT_NAME + ")",
                      "start the run again", CheckpointError)

# The state's scalars, each with its getter (backprop.getters); kept in the document as they are.
def _whole(check, value, where):
    return check.whole(value, where, 0)


def _number(check, value, where):
    return check.number(value, where)


def _optional(getter):
    return lambda check, value, where: None if value is None else getter(check, value, where)


def _text(check, value, where):
    return check.text(value, where)


SCALARS = {
    "epoch": _whole, "position": _whole, "steps": _whole, "loss_sum": _number, "correct": _whole,
    "seconds": _number, "best_loss": _optional(_number), "best_epoch": _optional(_whole),
    "waited": _whole, "previous_loss": _optional(_number), "stopped_because": _optional(_text),
}
#: The keys of the state document: the scalars, the generator, whether best weights are kept, history.
STATE_KEYS = (*SCALARS, "rng", "best", "history")


def fingerprint(x: np.ndarray | Pixels, y: np.ndarray) -> str:
    """SHA-256 of the training data's bytes (x, then y): tells a resumed run its data changed.
    Pixels count as the float32 values they stand for (converted a block at a time): a run's
    fingerprint does not depend on how its data is held."""
    digest = hashlib.sha256()
    for array in (x, y):
        if isinstance(array, Pixels):
            digest.update(str((np.dtype(np.float32).str, array.shape)).encode())
            for block in array.blocks(256):  # (the digest is the same whatever the blocks)
                digest.update(memoryview(block).cast("B"))
            continue
        digest.update(str((array.dtype.str, array.shape)).encode())
        digest.update(memoryview(np.ascontiguousarray(array)).cast("B"))
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# Writing


def _parameter_tensors(prefix: str, parameters) -> dict[str, np.ndarray]:
    """{prefix.<k>.weights, prefix.<k>.biases} from per-layer (weights, biases or None) pairs."""
    tensors = {}
    for k, (weights, biases) in enumerate(parameters):
        tensors[f"{prefix}.{k}.weights"] = weights
        if biases is not None:
            tensors[f"{prefix}.{k}.biases"] = biases
    return tensors


def checkpoint_bytes(network: Network, state: TrainState, run: dict) -> bytes:
    """The file's bytes for ``network`` (its weights now) at ``state``; the same always give the same."""
    current = [(layer.weights, layer.biases) for layer in network.layers]
    velocity = [(v["weights"], v.get("biases")) for v in state.velocity]
    tensors = {**_parameter_tensors("layers", current), **_parameter_tensors("velocity", velocity),
               **_parameter_tensors("good", state.good), "order": state.order}
    if state.best is not None:
        tensors.update(_parameter_tensors("best", state.best))
    # np.asarray, not ascontiguousarray: the latter would turn a shared bias (shape ()) into (1,)
    tensors = {name: np.asarray(array, order="C") for name, array in tensors.items()}
    scalars = {name: getattr(state, name) for name in SCALARS}
    if scalars["best_loss"] == math.inf:  # no validation loss yet; JSON has no infinity
        scalars["best_loss"] = None
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, "run": run,
                "state": {**scalars, "rng": state.rng.bit_generator.state, "best": state.best is not None,
                          "history": [asdict(record) for record in state.history]}}
    return container_bytes(tensors, document)


def save_checkpoint(path, network: Network, state: TrainState, run: dict) -> Path:
    """Write the checkpoint atomically to ``path`` (a file, or a folder to hold CHECKPOINT_NAME)."""
    path = Path(path)
    if path.is_dir():
        path = path / CHECKPOINT_NAME
    return write_atomic(path, checkpoint_bytes(network, state, run))


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass
class Checkpoint:
    """A checkpoint as read: ``run`` as saved, the state document and the tensors (unchecked
    against any network until :meth:`restore`)."""

    path: Path
    run: dict
    state: dict
    tensors: dict[str, np.ndarray]

    @property
    def finished(self) -> bool:
        return self.state["stopped_because"] is not None

    def restore(self, network: Network, samples: int) -> TrainState:
        """Put the saved weights into ``network`` and return the state to go on from.

        network : built from the same problem (its shapes are checked against the file's).
        samples : the number of training samples now; must be the saved run's.
        """
        check = FileGetters(self.path, CHECKPOINT)
        used: set[str] = set()

        def parameters(prefix: str) -> list:
            return [(check.tensor(self.tensors, f"{prefix}.{k}.weights", layer.weights.shape, used),
                     None if layer.biases is None else
                     check.tensor(self.tensors, f"{prefix}.{k}.biases", layer.biases.shape, used))
                    for k, layer in enumerate(network.layers)]

        current = parameters("layers")
        velocity = [{"weights": weights} if biases is None else {"weights": weights, "biases": biases}
                    for weights, biases in parameters("velocity")]
        good = parameters("good")
        best = parameters("best") if self.state["best"] else None
        if "order" in self.tensors and self.tensors["order"].shape != (samples,):
            check.fail("tensor 'order'", f"is for {self.tensors['order'].size} training samples but the"
                       f" data now has {samples}: the dataset changed since the run started")
        order = check.tensor(self.tensors, "order", (samples,), used, dtype=np.int64)
        if not np.array_equal(np.sort(order), np.arange(samples)):
            check.fail("tensor 'order'", f"is not an order of the {samples} samples")
        extra = sorted(set(self.tensors) - used)
        if extra:
            check.fail(f"tensor {extra[0]!r}", "is not part of the checkpoint of this network")
        for layer, (weights, biases) in zip(network.layers, current):
            layer.weights[...] = weights
            if biases is not None:
                layer.biases[...] = biases
        values = {name: self.state[name] for name in SCALARS}
        if values["best_loss"] is None:
            values["best_loss"] = math.inf
        return TrainState(rng=self._generator(check), order=order, velocity=velocity, good=good,
                          best=best, history=self._history(check), **values)

    def _generator(self, check: FileGetters) -> np.random.Generator:
        generator = np.random.default_rng()
        try:
            generator.bit_generator.state = self.state["rng"]
        except (ValueError, TypeError, KeyError, OverflowError):
            check.fail("state rng", f"is not the state of a {type(generator.bit_generator).__name__}"
                       " random generator")
        return generator

    def _history(self, check: FileGetters) -> list[EpochRecord]:
        records = []
        for number, record in enumerate(self.state["history"], start=1):
            where = f"state history entry {number}"
            check.table(record, where, "a table of an epoch's numbers")
            check.known_keys(record, HISTORY_KEYS, where)
            values = {}
            for key in HISTORY_KEYS:
                if key not in record and key not in HISTORY_OPTIONAL:
                    check.fail(f"{where} key '{key}'", "missing", "every number of an epoch record")
                value = record.get(key)
                if key == "epoch":
                    values[key] = check.whole(value, f"{where} key '{key}'", 1)
                elif value is not None or key not in HISTORY_NULLABLE:
                    values[key] = check.number(value, f"{where} key '{key}'")
                else:
                    values[key] = None
            records.append(EpochRecord(**values))
        return records


def read_checkpoint(path) -> Checkpoint:
    """Read a checkpoint file (or a run folder holding one). Raises CheckpointError (one line)."""
    path = Path(path)
    if path.is_dir():
        path = path / CHECKPOINT_NAME
    elif not path.exists() and path.suffix != ".safetensors":
        CHECKPOINT.fail(path, "no such folder")
    try:
        document, tensors = read_container(path, CHECKPOINT)
    except FileNotFoundError:
        CHECKPOINT.fail(path, "not found", "the run stopped before its first checkpoint (or this is not"
                        " its --out folder): start it again")
    except OSError as error:
        CHECKPOINT.fail(path, f"cannot be read ({error.strerror})", "give a readable checkpoint")
    check = FileGetters(path, CHECKPOINT)
    check.known_keys(document, ("format", "format_version", "run", "state"), "description")
    run = check.table(document.get("run"), "run")
    state = check.table(document.get("state"), "state")
    check.known_keys(state, STATE_KEYS, "state")
    for name, getter in SCALARS.items():
        if name not in state:
            check.fail(f"state {name}", "missing")
        getter(check, state[name], f"state {name}")
    if state["epoch"] < 1:
        check.fail("state epoch", "0 is too small", "write a whole number >= 1")
    check.switch(state.get("best"), "state best")
    check.table(state.get("rng"), "state rng")
    check.list(state.get("history"), "state history")
    return Checkpoint(path, run, state, tensors)
