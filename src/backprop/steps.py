"""Training steps: gather a batch, forward, loss, backward and update, on one thread or several.

A step's work is of two kinds. Per sample: gathering its row, the forward pass, its loss and its
deltas (Network.forward, sample_losses, deltas): each row depends on its own sample only. Per
unit: the parameters' gradients (a unit's row of dL/dW sums over every sample of the batch) and
their update (Dense.parameter_gradients, SGD.step_layer). With several threads, ``BatchStep``
cuts the first layer's forward pass (gather included: most of the per-sample work, 784 inputs for
MNIST) into pieces of rows, does the rest of the per-sample work on the calling thread, then cuts
the per-unit work into pieces of units; the threads take the pieces one at a time. Every number is
computed by the same code as on one thread, only on its part of the arrays, and no partial
gradients are added up: a piece gives the same bits whichever thread takes it, and the pieces
depend on the batch and the number of threads only. numpy lets the threads run at once: it
releases the GIL inside its matrix products and array loops; each thread's BLAS runs on one thread.
A thread that the system holds up leaves its piece to the others if they finish theirs first.

Where the network is one they cover, a step runs on the compiled C kernels of backprop.fused
instead (where a C compiler builds them), the whole step one call that holds no GIL, the threads
waiting for the next phase by spinning on shared memory rather than on locks. Split, its first
layer is cut by its inputs (fused_pieces): the gather and the forward product in pieces of
columns, whose partial products are added up, and its weights' gradients in the same pieces;
then the rest of the per-sample work in pieces of rows, and the other layers' per-unit work in
pieces of units. ``KERNELS`` chooses.
"""

from __future__ import annotations

import itertools
import os
import threading

import numpy as np
from threadpoolctl import threadpool_limits

from . import fused
from .optimiser import RankOneDescent, fits_rank_one
from .data.pixels import Pixels
from .errors import UsageError
from .layers import Dense
from .network import Network

#: The fewest rows in a piece of a split step's per-sample work; batches with fewer than twice as
#: many run on one thread. Measured on this project's 2-core virtual machine: waking a thread that
#: waits costs a few hundred microseconds and every hand-over of the GIL tens, so that at batch 128
#: (pieces of 64 rows, about 0.3 ms of work) the second thread arrived when the work was done and
#: the step took 1.2 x its one-thread time; at batch 512 (pieces of 256) it took 0.7 x.
MIN_ROWS_PER_PIECE = 256
#: The same for the compiled kernels (backprop.fused), whose threads hand over in well under a
#: microsecond when both have a core: split from batch 32 on (two pieces of 16 rows took 0.68 x
#: the one-thread epoch there, 0.59-0.77 x at batch 128, 0.51 at 512; benchmarks/RESULTS.md).
FUSED_MIN_ROWS_PER_PIECE = 16
#: Pieces per thread in each phase of a kernels' step: more would even out a thread the system
#: holds up, but cost more than they save (4 a thread: 1.3 x the epoch of 1 a thread, batch 128).
FUSED_PIECES_PER_THREAD = 1
#: Which code runs training steps: "auto" the compiled C kernels of backprop.fused where they
#: cover the network (fused.fits) and compile (a C compiler; the first run compiles them into the
#: user's cache folder), else the NumPy engine; "numpy" always the NumPy engine; "c" the C
#: kernels, or an error where they cannot run. The environment variable BACKPROP_KERNELS sets it
#: for a process.
KERNEL_CHOICES = ("auto", "numpy", "c")
KERNELS = os.environ.get("BACKPROP_KERNELS", "auto")
#: Pieces per thread in each phase of a split step. Each piece costs its own Python calls: with
#: one a thread, a thread that the system holds up (on a busy machine) still leaves its piece to
#: the others if they finish theirs first. (Two a thread cost 25% more CPU time at batch 128.)
PIECES_PER_THREAD = 1
#: Layers with fewer weights than this are not cut into pieces: each is one piece of the
#: per-unit work (cutting them would cost more calls than it saves).
MIN_SPLIT_WEIGHTS = 16384
#: The same for the compiled kernels, whose pieces cost no Python calls: MNIST's second layer (8192
#: weights) is cut too, else the thread that took it finished its share of the per-unit work
#: after the other (each thread's share: half of the first layer, and half of the second).
FUSED_MIN_SPLIT_WEIGHTS = 4096
#: The compiled kernels cut the first layer's inputs at multiples of this many (16 float32 are a
#: cache line: no line of x_batch or the weights is written by two threads).
COLUMN_ALIGNMENT = 16


def split(count: int, parts: int) -> list[slice]:
    """``parts`` consecutive slices covering range(count), sizes differing by at most one."""
    edges = [count * k // parts for k in range(parts + 1)]
    return [slice(edges[k], edges[k + 1]) for k in range(parts)]


def load_kernels(choice: str | None = None):
    """The compiled kernels that training runs on for ``choice`` (default KERNELS): fused.load's
    kernels, or None for the NumPy engine ("numpy", or "auto" where they cannot be had). For "c",
    UsageError where they cannot be had (the reason in the message)."""
    choice = KERNELS if choice is None else choice
    if choice not in KERNEL_CHOICES:
        raise UsageError(f"BACKPROP_KERNELS is {choice!r}", f"it takes one of {', '.join(KERNEL_CHOICES)}")
    if choice == "numpy":
        return None
    kernels = fused.load(retry=choice == "c")  # auto: no compile that failed before
    if not isinstance(kernels, str):
        return kernels
    if choice == "c":
        raise UsageError(f"BACKPROP_KERNELS is 'c' but its kernels cannot be had: {kernels}",
                         "install a C compiler (cc), or unset BACKPROP_KERNELS")
    return None


def kernels_for(network: Network, x: np.ndarray, labels: np.ndarray | None, choice: str | None = None):
    """The compiled kernels when training ``network`` on x and labels runs on them (``choice``,
    default KERNELS: see there), else None. UsageError for a choice not in KERNEL_CHOICES, and
    for "c" where the kernels cannot be had or cannot train this network."""
    choice = KERNELS if choice is None else choice
    kernels = load_kernels(choice)
    if kernels is None or fused.fits(network, x, labels):
        return kernels
    if choice != "auto":
        raise UsageError(f"BACKPROP_KERNELS is {choice!r} but the compiled kernels cannot train this network",
                         f"they take {fused.covered()}; unset BACKPROP_KERNELS to train it on the NumPy"
                         " engine")
    return None


def compile_notice(choice: str | None = None) -> str | None:
    """What ``backprop train`` says before a first run compiles the C kernels (a wait of seconds),
    or None: where a C compiler is found and the library is not in the cache (compiling nothing
    here). Never raises: a wrong choice is reported when training starts."""
    choice = KERNELS if choice is None else choice
    if choice not in ("auto", "c") or fused.cstep.compiler() is None or fused.cstep.compiled_before():
        return None
    if choice == "auto" and fused.cstep.failed_before():  # (auto trains on the NumPy engine then)
        return None
    return "compiling the training kernels with the C compiler (the first run only: a few seconds)"


def split_threads(network: Network, batch: int, threads: int, min_rows: int | None = None) -> int:
    """How many threads a step on batches of ``batch`` uses: ``threads``, or one when the batch
    has fewer than 2 * ``min_rows`` rows (default MIN_ROWS_PER_PIECE), when a layer has a shared
    bias (its gradient sums over all units at once) or when the first layer's activations are not
    all element-wise (a row-wise activation's statistics are kept per call)."""
    min_rows = MIN_ROWS_PER_PIECE if min_rows is None else min_rows
    if (any(layer.bias_mode == "shared" for layer in network.layers) or batch < 2 * min_rows
            or not all(activation.elementwise for activation in network.layers[0].activations)):
        return 1
    return max(1, threads)


def row_pieces(rows: int, threads: int, min_rows: int | None = None,
               per_thread: int | None = None) -> list[slice]:
    """The pieces of a batch's per-sample work: ``per_thread`` (default PIECES_PER_THREAD) per
    thread, each of at least ``min_rows`` (default MIN_ROWS_PER_PIECE) rows (one piece on one
    thread)."""
    min_rows = MIN_ROWS_PER_PIECE if min_rows is None else min_rows
    per_thread = PIECES_PER_THREAD if per_thread is None else per_thread
    if threads == 1:
        return [slice(0, rows)]
    return split(rows, min(per_thread * threads, max(1, rows // min_rows)))


def unit_pieces(network: Network, threads: int, per_thread: int | None = None,
                min_weights: int | None = None) -> list[tuple[int, slice | None]]:
    """The pieces of a step's per-unit work, as (layer index, units): the units of a layer of at
    least ``min_weights`` (default MIN_SPLIT_WEIGHTS) weights cut into ``per_thread`` (default
    PIECES_PER_THREAD) per thread, a smaller layer whole; the large pieces first (the small ones
    even out the threads' ends). On one thread: every layer whole (units None)."""
    if threads == 1:
        return [(index, None) for index in range(len(network.layers))]
    per_thread = PIECES_PER_THREAD if per_thread is None else per_thread
    min_weights = MIN_SPLIT_WEIGHTS if min_weights is None else min_weights
    large, small = [], []
    for index, layer in enumerate(network.layers):
        if layer.weights.size >= min_weights:
            large += [(index, units) for units in split(layer.units, per_thread * threads)]
        else:
            small.append((index, slice(0, layer.units)))
    return large + small


def fused_pieces(network: Network, threads: int, units: list[tuple[int, slice | None]]) -> tuple[list, list]:
    """The compiled kernels' pieces of a step on ``threads`` threads: (the per-unit pieces as
    (layer index, units, inputs), the first layer's inputs in pieces); ``units`` are the per-unit
    pieces of every layer (unit_pieces). On one thread every layer whole and the inputs in one
    piece. Split, the first layer's inputs are cut into one piece per thread (edges on multiples
    of COLUMN_ALIGNMENT where each piece has several such), both for its forward product and for
    its weights' gradients, so that no thread packs what another packs: cut by the batch's rows,
    each thread packed the whole weight matrix, and cut by units, the whole batch."""
    layers = network.layers
    whole = [slice(0, layer.inputs) for layer in layers]
    if threads == 1:
        return [(index, slice(0, layer.units), whole[index]) for index, layer in enumerate(layers)], [whole[0]]
    features, parts = layers[0].inputs, min(threads * FUSED_PIECES_PER_THREAD, layers[0].inputs)
    align = COLUMN_ALIGNMENT if features >= 4 * COLUMN_ALIGNMENT * parts else 1
    # edges rounded up: the first piece is the largest, and the calling thread, which publishes
    # the phase, takes it before a worker has seen the phase
    edges = [-(-features * k // parts // align) * align for k in range(parts)] + [features]
    columns = [slice(edges[k], edges[k + 1]) for k in range(parts)]
    first = [(0, slice(0, layers[0].units), piece) for piece in columns]
    rest = [(index, piece, whole[index]) for index, piece in units if index > 0]
    return first + rest, columns


class BatchStep:
    """One SGD step on a batch of samples, its work shared by ``threads`` threads.

    network : reserved for batches of ``batch`` (Network.reserve); x (samples, features), an
        array or Pixels (gathered as bytes, converted into the batch buffer), and targets
        (samples, outputs) the training set; labels (samples,) class indices when the
        targets are their one-hot rows (the loss and delta take the shortcut), else None.
    optimiser : an SGD on ``network`` (its ``step_layer`` takes a share of a layer's units).
    Call it with the batch's sample indices and the learning rate; it returns the batch's summed
    loss and, for labels, how many samples the network classified right (before the update).
    Call ``close`` when done (it ends the threads).
    """

    def __init__(self, network: Network, x: np.ndarray, targets: np.ndarray, labels: np.ndarray | None,
                 batch: int, reduction: str, optimiser, threads: int = 1):
        self.network, self.x, self.targets, self.labels = network, x, targets, labels
        self.reduction, self.optimiser = reduction, optimiser
        dtype = network.layers[0].weights.dtype
        self.x_batch = np.empty((batch, x.shape[1]), dtype)
        # Pixels' rows are gathered as bytes here, then converted into x_batch
        self.pixel_batch = np.empty((batch, x.shape[1]), np.uint8) if isinstance(x, Pixels) else None
        self.t_batch = np.empty((batch, targets.shape[1]), dtype)
        kernels = kernels_for(network, x, labels)
        self.threads = split_threads(network, batch, threads,
                                     MIN_ROWS_PER_PIECE if kernels is None else FUSED_MIN_ROWS_PER_PIECE)
        self.units = (unit_pieces(network, self.threads) if kernels is None else
                      unit_pieces(network, self.threads, FUSED_PIECES_PER_THREAD, FUSED_MIN_SPLIT_WEIGHTS))
        self.kernels = None
        if kernels is not None:
            self.kernels = fused.FusedStep(kernels, network, x, labels, self.x_batch, optimiser.velocity,
                                           *fused_pieces(network, self.threads, self.units), self.threads)
        # Batches of one sample with plain SGD: the rank-one update (RankOneDescent) where it fits
        fitting = (fits_rank_one(network, optimiser.momentum, optimiser.weight_decay)
                   if batch == 1 and self.kernels is None else [])
        self.rank_one = RankOneDescent(network, [i for i, fit in enumerate(fitting) if fit],
                                                  self.x_batch[0]) if any(fitting) else None
        if self.rank_one is not None:
            self.units = [(index, None) for index, fit in enumerate(fitting) if not fit]
        self._views: dict[int, list[tuple[slice, Dense]]] = {}
        self._index, self._rows, self._rate = None, 0, 0.0
        # Each thread's BLAS on one thread: more would only wait for each other on a core
        self._blas = threadpool_limits(1, user_api="blas") if self.threads > 1 else None
        # numpy's floating-point error handling is per thread: the workers take the caller's
        self._error_handling = np.geterr()
        # The threads hand over with plain locks, the cheapest wait there is (one round trip costs
        # tens of microseconds here): a released ``wake`` lock is a call to work, the ``finished``
        # lock is released by whoever completes the phase's last piece.
        self._phase, self._closing, self._error = None, False, None
        self._finished = threading.Lock()
        self._finished.acquire()
        # (the compiled kernels have threads of their own)
        self._wake = [threading.Lock() for _ in range(1, self.threads if self.kernels is None else 1)]
        for wake in self._wake:
            wake.acquire()
        self._workers = [threading.Thread(target=self._work, args=(wake,), daemon=True,
                                          name=f"backprop-step-{number}")
                         for number, wake in enumerate(self._wake, start=1)]
        for worker in self._workers:
            worker.start()

    def __call__(self, index: np.ndarray, learning_rate: float) -> tuple[float, int]:
        self._index, self._rows, self._rate = index, index.shape[0], learning_rate
        if self.kernels is not None:
            return self._fused_step()
        rows, network = self._rows, self.network
        pieces = self._row_views()
        self._run(pieces, self._first_layer)
        first = network.layers[0]
        if len(pieces) > 1:  # every row of the first layer is done: its cache covers them all
            first.cache_rows(self.x_batch[:rows])
        a = first.cache["chain"][-1]
        for layer in network.layers[1:]:
            a = layer.forward(a)
        tb, labels = self.t_batch[:rows], None if self.labels is None else self.labels[index]
        total = float(np.add.reduce(network.sample_losses(tb, labels)))  # np.sum without its wrapper
        correct = 0 if labels is None else int(np.count_nonzero(a.argmax(axis=1) == labels))
        network.deltas(tb, one_hot=labels is not None)
        if self.rank_one is not None:
            self.rank_one(learning_rate)
        self._run(self.units, self._per_unit)
        return total, correct

    def close(self) -> None:
        """End the worker threads and give BLAS its threads back."""
        self._closing = True
        self._wake_workers()
        for worker in self._workers:
            worker.join()
        self._workers = []
        if self.kernels is not None:
            self.kernels.close()
        if self.rank_one is not None:
            self.rank_one.close()
        if self._blas is not None:
            self._blas.restore_original_limits()
            self._blas = None

    # -- running the phases ----------------------------------------------------------------------

    def _run(self, pieces: list, work) -> None:
        """Do ``work`` on every piece, in this thread and the workers, and wait for all of them."""
        if self.threads == 1 or len(pieces) == 1:
            for piece in pieces:
                work(piece)
            return
        # one object, so that a worker reads a whole phase at once
        self._phase = (pieces, work, iter(range(len(pieces))), itertools.count(1))
        self._wake_workers()
        self._take_part()
        self._finished.acquire()
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _wake_workers(self) -> None:
        for wake in self._wake:
            try:
                wake.release()
            except RuntimeError:  # released already: that worker has not woken since, and will
                pass

    def _take_part(self) -> None:
        """Do pieces of the current phase until none is left to take (next() on the iterators is
        atomic: the GIL is held); the one who completes the last piece says the phase is done.
        Which thread computes a piece changes nothing in it."""
        pieces, work, numbers, completed = self._phase
        for number in numbers:
            try:
                work(pieces[number])
            except BaseException as error:  # raised in the caller's thread
                self._error = error
            if next(completed) == len(pieces):
                self._finished.release()

    def _work(self, wake: threading.Lock) -> None:
        """A worker thread: woken for each phase, it takes pieces until none is left. A worker the
        system held up may find the phase it was woken for already done: it then takes part in
        the current one, or finds nothing left to take."""
        np.seterr(**self._error_handling)
        while True:
            wake.acquire()
            if self._closing:
                return
            self._take_part()

    def _row_views(self) -> list[tuple[slice, Dense]]:
        """The pieces of this batch's rows: (rows, the first layer seen through them)."""
        if self._rows not in self._views:
            pieces, first = row_pieces(self._rows, self.threads), self.network.layers[0]
            self._views[self._rows] = [
                (rows, first if len(pieces) == 1 else first.rows(rows.start, rows.stop)) for rows in pieces]
        return self._views[self._rows]

    # -- the compiled kernels (backprop.fused) ----------------------------------------------------

    def _fused_step(self) -> tuple[float, int]:
        """A step on the compiled kernels (fused.FusedStep); the same return as __call__."""
        rows, optimiser = self._rows, self.optimiser
        if rows not in self._views:
            pieces = row_pieces(rows, self.threads, FUSED_MIN_ROWS_PER_PIECE, FUSED_PIECES_PER_THREAD)
            self._views[rows] = [(piece.start, piece.stop) for piece in pieces]
        return self.kernels(self._index, self._views[rows], self._rate,
                            1.0 / rows if self.reduction == "mean" else 1.0, optimiser.momentum,
                            optimiser.weight_decay)

    # -- the two kinds of work -------------------------------------------------------------------

    def _first_layer(self, piece: tuple[slice, Dense]) -> None:
        """Gather a piece's rows and take them through the first layer (its matrix product is most
        of the forward pass: 784 inputs for MNIST)."""
        rows, first = piece
        index = self._index[rows]
        # mode="clip": the indices are valid anyway, and the default "raise" would gather into a
        # temporary array first, then copy it into the buffer (twice the copying)
        # (the arrays' own take: np.take is a Python wrapper around it)
        if self.pixel_batch is None:
            xb = self.x.take(index, axis=0, out=self.x_batch[rows], mode="clip")
        else:
            xb = self.x.take(index, self.x_batch[rows], self.pixel_batch[rows])
        self.targets.take(index, axis=0, out=self.t_batch[rows], mode="clip")
        first.forward(xb)

    def _per_unit(self, piece: tuple[int, slice | None]) -> None:
        """A piece of one layer's units: their gradients over the whole batch, and their update."""
        index, units = piece
        rows, layers = self._rows, self.network.layers
        scale = 1.0 / rows if self.reduction == "mean" else 1.0
        layer, before = layers[index], layers[index - 1]
        a_prev = self.x_batch[:rows] if index == 0 else before.workspace[before.output_key][:rows]
        layer.parameter_gradients(layer.workspace["delta0"][:rows], a_prev, scale, units)
        self.optimiser.step_layer(index, self._rate, units)
