"""Fused training steps: a whole step in one call into compiled C (step.c, step_kernels.h).

A step of the NumPy engine (steps.BatchStep) is some fifty numpy calls; here it is one call into
compiled code that holds no GIL from its first matrix product to its last update, its pieces
shared by threads that wait for them by spinning on shared memory. The arithmetic is the NumPy
engine's, operation for operation, its exponentials and logarithms numpy's own loops: on one thread
the same numbers to the last bit, in float64 (so the worked solutions' too) and float32;
tests/test_fused.py holds both. The C sources are compiled on first use by the system's C compiler into the user's
cache folder and loaded with ctypes (``cstep``): no dependency beyond numpy.

``load`` gives the kernels, or why they cannot be had; steps.kernels_for chooses. Without them, or
for a network they do not cover (``fits``), training runs the NumPy engine. Importing this package
runs no compiler; only training loads the kernels.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections import deque

import numpy as np

from ..activations import ACTIVATIONS
from ..data.pixels import PIXEL_WHITE, Pixels
from ..losses import LOSSES
from ..network import Network
from . import cstep

#: The layout of a split step's control words: int64 indices, each word on a cache line of its own
#: (64 bytes apart). step.c repeats these numbers.
CLAIM, DONE, STOP, SHARE, ASLEEP = 0, 8, 16, 24, 32
#: A claim word meaning "nothing to take": generation 0, a piece number beyond any phase's.
IDLE = 1 << 30
#: Activation kinds a hidden layer may have, by the kernels' code for them (step.c repeats them).
LINEAR, RECTIFIER = 0, 1
#: The numbers of a row of the per-unit pieces' table: layer, first unit, stop, first input, stop
#: (step.c repeats it).
UNIT_ROW = 5


def control_size(workers: int) -> int:
    """The int64 words of control for ``workers`` worker threads (an asleep flag each)."""
    return ASLEEP + 8 * max(1, workers)


#: How long a worker thread spins waiting for the next phase before it sleeps, in turns of its
#: waiting loop: 2000 pauses (PATIENCE; about 30 ns each here, 0.06 ms in all: several times a
#: step's Python between two steps), then sched_yield calls, 0.7 ms in all here; a thread left
#: without work hands its core back within a millisecond. (20000 turns took 10 ms.)
SPIN_LIMIT = 3000
#: After this many turns a waiting thread calls sched_yield at every turn instead of pausing: on a
#: machine with more threads ready than cores, the thread it waits for may be waiting for its core.
PATIENCE = 2000
#: Whether the calling thread shares a step's pieces with the workers: "adapt" times its steps
#: both ways and keeps the faster, "always" or "never". Either way the pieces are the same, and
#: so the numbers: only the speed depends on it. On a machine busier than its cores a worker may
#: be held up in the middle of a piece (a few milliseconds) while the others wait for it: a step
#: split across two threads then took 3 x its one-thread time here.
SHARING = "adapt"
#: "adapt": a run starts alone; after ADAPT_FIRST full batches, and then after each wait,
#: ADAPT_PROBE steps are done the other way; if their mean time is shorter than that of the last
#: ADAPT_RECENT steps done the current way (for sharing: shorter than ADAPT_MARGIN times it, since
#: on a busy machine the times are noisy and sharing's bad steps are very bad), the other way
#: becomes the current one. The wait is ADAPT_WAIT steps after a change and doubles (up to
#: ADAPT_LONGEST) after each probe that changes nothing: on a busy machine a probe of sharing
#: costs milliseconds. (Means, not medians: there a shared step took 0.6 ms in the median but
#: 2.2 ms in the mean, a worker held up now and then for 9-13 ms.)
ADAPT_FIRST, ADAPT_PROBE, ADAPT_RECENT, ADAPT_WAIT, ADAPT_LONGEST, ADAPT_MARGIN = 16, 8, 32, 64, 4096, 0.8


#: The kernels' code for a hidden layer's activation chain, by its activations' ``kernel``s (the
#: registry entries say which of them the kernels compute, and how).
HIDDEN_KINDS = {(): LINEAR, ("linear",): LINEAR, ("rectifier",): RECTIFIER}


def _kind(layer) -> int | None:
    """The kernels' code for a hidden layer's activation chain, None if they do not cover it."""
    return HIDDEN_KINDS.get(tuple(activation.kernel for activation in layer.activations))


def covered() -> str:
    """In words, the networks the kernels train (for a message), from the registry's entries."""
    hidden = sorted(entry.name for entry in ACTIVATIONS.values() if (entry.kernel,) in HIDDEN_KINDS)
    output = sorted(entry.name for entry in ACTIVATIONS.values() if entry.kernel == "class-probabilities")
    losses = sorted(entry.name for entry in LOSSES.values() if entry.kernel == "class-log-loss")
    return (f"hidden layers with no activation or {' or '.join(hidden)}, a {' or '.join(output)} output"
            f" with the {' or '.join(losses)} loss (natural logarithm) on class labels, no mask,"
            " nothing frozen, a bias per unit or none")


def fits(network: Network, x: np.ndarray | Pixels, labels: np.ndarray | None) -> bool:
    """Do the kernels cover training ``network`` on x (samples, features) and ``labels``? Class
    labels (not target rows); an output activation whose kernel is "class-probabilities" with a
    loss whose kernel is "class-log-loss" and a natural logarithm; hidden layers with activations
    of kernel "linear" or "rectifier" (or none); a bias per unit or none, no mask, nothing frozen,
    float32 or float64 throughout, x of that dtype in C order or Pixels. Every label must be a class of the
    output layer (the kernels index with it unchecked; the NumPy engine reports the others)."""
    layers = network.layers
    dtype = layers[0].weights.dtype
    return (labels is not None and labels.ndim == 1 and labels.dtype.kind in "iu"
            and (labels.size == 0 or (labels.min() >= 0 and labels.max() < layers[-1].units))
            and dtype in (np.float32, np.float64)
            and (isinstance(x, Pixels) or (x.dtype == dtype and x.flags.c_contiguous))
            and network.loss.kernel == "class-log-loss" and network.loss.log_scale == 1.0
            and [activation.kernel for activation in layers[-1].activations] == ["class-probabilities"]
            and all(_kind(layer) is not None for layer in layers[:-1])
            and all(layer.mask is None and not layer.frozen and layer.bias_mode != "shared"
                    and layer.weights.dtype == dtype and layer.weights.flags.c_contiguous
                    and layer.workspace is not None for layer in layers))


#: The C kernels as loaded in this process (None: not tried yet), or why they cannot be had.
_LOADED: cstep.CKernels | str | None = None


def load(retry: bool = False) -> cstep.CKernels | str:
    """The C kernels, loaded (compiled first where the library is not in the cache), or why they
    cannot be had, in words (one line); once per process. ``retry``: compile the library even
    where an earlier run's compile of the same sources failed (and again in this process where
    loading failed before)."""
    global _LOADED
    if _LOADED is None or (retry and isinstance(_LOADED, str)):
        _LOADED = cstep.load(retry)
    return _LOADED


class FusedStep:
    """Training steps of ``network`` on the compiled ``kernels`` (``load``), on ``threads`` threads
    (see ``fits``).

    x (samples, features) (an array or Pixels) and labels (samples,) the training set; x_batch (batch, features) the
    buffer a batch is gathered into, batch the largest batch (Network.reserve(batch) made the
    buffers the kernels work in, x's dtype, C order); velocity the optimiser's
    (SGD.velocity); unit_pieces the per-unit pieces as (layer index, units slice, inputs slice)
    and column_pieces the first layer's inputs in pieces (slices) (steps.fused_pieces).
    Call it with the batch's sample indices, their row pieces ((first, stop) pairs), the learning
    rate, scale (1/rows for a mean, 1 for a sum), momentum and weight decay; it returns the summed
    loss and the number of samples classified right (before the update). ``close`` ends the threads.
    """

    def __init__(self, kernels, network: Network, x: np.ndarray, labels: np.ndarray, x_batch: np.ndarray,
                 velocity: list[dict], unit_pieces: list, column_pieces: list, threads: int = 1):
        layers = network.layers
        dtype = layers[0].weights.dtype
        self.dtype = dtype.type
        nothing_1d, nothing_2d = np.zeros(1, dtype), np.zeros((1, 1), dtype)
        spaces = [layer.workspace for layer in layers]
        batch = x_batch.shape[0]
        self.x_batch = x_batch
        self.losses, self.right = np.empty(batch, dtype), np.empty(batch, np.bool_)
        self.index = np.empty(batch, np.int64)
        # rows, row pieces, unit pieces, column pieces, split (the kernels fold plain SGD's update
        # into the weight gradient's product where the step is split: within rounding anyway)
        self.plan = np.zeros(5, np.int64)
        self.plan[3], self.plan[4] = len(column_pieces), threads > 1
        self.row_pieces = np.zeros((max(1, batch), 2), np.int64)  # (first, stop) of each piece
        self.unit_table = np.array([(index, units.start, units.stop, inputs.start, inputs.stop)
                                    for index, units, inputs in unit_pieces], np.int64).reshape(-1, UNIT_ROW)
        self.column_pieces = np.array([(columns.start, columns.stop) for columns in column_pieces], np.int64)
        # the first layer's z of each column piece after the first (the first's goes into z itself)
        partials = np.zeros((max(1, len(column_pieces) - 1), batch, layers[0].units), dtype)
        self.settings = np.zeros(5, dtype)
        self.settings[4] = PIXEL_WHITE if isinstance(x, Pixels) else 1
        arrays = {
            "x": x.values if isinstance(x, Pixels) else x, "labels": labels.astype(np.int64), "index": self.index, "x_batch": self.x_batch,
            "weights": tuple(layer.weights for layer in layers),
            "biases": tuple(nothing_1d if layer.biases is None else layer.biases for layer in layers),
            "has_bias": np.array([layer.biases is not None for layer in layers], np.int8),
            "kinds": np.array([_kind(layer) for layer in layers[:-1]] + [LINEAR], np.int8),  # (the last unused)
            "zs": tuple(space["z"] for space in spaces),
            "outputs": tuple(space[layer.output_key] for layer, space in zip(layers, spaces)),
            "deltas": tuple(space["delta0"] for space in spaces),
            "input_gradients": tuple(space.get("grad_input", nothing_2d) for space in spaces),
            "scaled": tuple(space["scaled_delta"] for space in spaces),
            "grad_weights": tuple(space["grad_weights"] for space in spaces),
            "grad_biases": tuple(space.get("grad_biases", nothing_1d) for space in spaces),
            "velocity_weights": tuple(v["weights"] for v in velocity),
            "velocity_biases": tuple(v.get("biases", nothing_1d) for v in velocity),
            "losses": self.losses, "right": self.right, "plan": self.plan, "row_pieces": self.row_pieces,
            "unit_table": self.unit_table, "column_pieces": self.column_pieces, "partials": partials,
            "settings": self.settings}
        self.kernels = kernels
        self.control = np.zeros(control_size(threads - 1), np.int64)
        self.control[CLAIM] = IDLE
        self.state = kernels.state(arrays, self.control, PATIENCE, SPIN_LIMIT)
        self._generation, self._plan, self._settings = 0, None, None
        self._sharing, self._steps, self._probe, self._wait = False, 0, ADAPT_FIRST, ADAPT_WAIT
        self._times = {True: deque(maxlen=ADAPT_RECENT), False: deque(maxlen=ADAPT_RECENT)}
        self._wake = [threading.Semaphore(0) for _ in range(threads - 1)]
        self._workers = [threading.Thread(target=self._serve, args=(number,), daemon=True,
                                          name=f"backprop-fused-{number + 1}") for number in range(threads - 1)]
        for number, worker in enumerate(self._workers):
            self.control[ASLEEP + 8 * number] = 1  # asleep until the first step wakes it
            worker.start()

    def __call__(self, index: np.ndarray, row_pieces: list[tuple[int, int]], rate: float, scale: float,
                 momentum: float, weight_decay: float) -> tuple[float, int]:
        rows = index.shape[0]
        self.index[:rows] = index
        if (rows, row_pieces) != self._plan:  # (a new batch size: the epoch's last, smaller batch)
            self.plan[0], self.plan[1], self.plan[2] = rows, len(row_pieces), len(self.unit_table)
            self.row_pieces[:len(row_pieces)] = row_pieces
            self._plan = rows, row_pieces
        settings = (scale, rate, momentum, weight_decay)
        if settings != self._settings:
            self.settings[:4] = settings  # each cast to the dtype, as numpy 2 casts a Python float
            self._settings = settings
        control, share, timed = self.control, self._share(rows), rows == self.x_batch.shape[0]
        if share:
            for number, wake in enumerate(self._wake):
                if control[ASLEEP + 8 * number]:
                    control[ASLEEP + 8 * number] = 0
                    wake.release()
        started = time.perf_counter()
        self._generation = self.kernels.run_step(self.state, self._generation, share)
        if timed and self._workers and SHARING == "adapt":
            self._timed(share, time.perf_counter() - started)
        # summed as the NumPy engine sums the samples' losses (np.sum without its wrapper)
        return float(np.add.reduce(self.losses[:rows])), int(np.count_nonzero(self.right[:rows]))

    def _share(self, rows: int) -> bool:
        """Whether this step shares its pieces with the workers (see SHARING)."""
        if not self._workers or SHARING == "never":
            return False
        if SHARING == "always":
            return True
        probing = self._probe <= self._steps and rows == self.x_batch.shape[0]
        return self._sharing != probing

    def _timed(self, share: bool, seconds: float) -> None:
        """Record a full batch's step time; at the end of a probe keep the faster way."""
        self._times[share].append(seconds)
        self._steps += 1
        if self._steps == self._probe + ADAPT_PROBE:
            other = not self._sharing
            probe, current = list(self._times[other])[-ADAPT_PROBE:], self._times[self._sharing]
            margin = ADAPT_MARGIN if other else 1.0
            if probe and current and statistics.fmean(probe) < margin * statistics.fmean(current):
                self._sharing, self._wait = other, ADAPT_WAIT
            else:
                self._wait = min(2 * self._wait, ADAPT_LONGEST)
            self._probe = self._steps + self._wait

    def close(self) -> None:
        """End the worker threads."""
        self.control[STOP] = 1
        for wake in self._wake:
            wake.release()
        for worker in self._workers:
            worker.join()
        self._workers = []

    def _serve(self, number: int) -> None:
        wake = self._wake[number]
        while True:
            wake.acquire()
            if self.kernels.serve(self.state, number):
                return
