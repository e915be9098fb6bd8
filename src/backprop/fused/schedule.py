"""A whole training step in one call, its pieces shared by threads without the GIL.

A step has two phases, the per-sample work of pieces of rows (kernels.sample_rows) and then the
per-unit work of pieces of units (kernels.unit_pieces). The calling thread runs ``run_step``; each
worker thread runs ``serve``, which waits for work by spinning on shared memory (a few hundred
microseconds at most, then it returns and its thread sleeps until the next step wakes it). A
phase is published by one atomic store of the claim word, (generation << 32) + next piece; every
thread takes pieces by an atomic fetch-and-add on it, and counts the pieces it completes. The
calling thread takes pieces too, so a phase never waits for a worker that has not woken: whoever
claims a piece does it, and the phase ends when every piece is done. A piece's numbers do not
depend on which thread does it; the pieces depend only on the batch and the thread count.

``control`` (int64) holds the claim word, the completed count, the stop flag, the share flag
(0: the calling thread does every piece itself, and workers go to sleep) and each worker's asleep
flag, each on a cache line of its own (control.py). ``state`` is the tuple of arrays of fused.FusedStep
(its order is ``STATE``); ``plan`` (int64) holds the rows of the batch and the pieces in each
phase, ``row_pieces`` (pieces, 2) first and stop rows, ``unit_table`` (pieces, 3) layer, first and
stop unit, ``settings`` (scale, rate, momentum, weight decay, the divisor of x: 1, or 255 for
8-bit pixels) in the arrays' dtype.
"""

from __future__ import annotations

from numba import njit

from .control import ASLEEP, CLAIM, DONE, IDLE, SHARE, STOP
from .kernels import sample_rows, unit_pieces
from .native import fetch_add, load_acquire, pause, store_release, yield_processor

_LOW = (1 << 32) - 1
#: The order of the arrays in ``state``.
STATE = ("x", "labels", "index", "x_batch", "weights", "biases", "has_bias", "kinds", "zs", "outputs",
         "deltas", "input_gradients", "scaled", "grad_weights", "grad_biases", "velocity_weights",
         "velocity_biases", "losses", "right", "plan", "row_pieces", "unit_table", "settings")


@njit(nogil=True, cache=True)
def _wait(spins, patience):
    """One turn of a waiting loop that has turned ``spins`` times: the processor's pause, and after
    ``patience`` turns sched_yield too (a thread waited for may be waiting for this core)."""
    if spins < patience:
        pause()
    else:
        yield_processor()


@njit(nogil=True, cache=True)
def _piece(generation, number, state, zero, one):
    """Piece ``number`` of the phase of ``generation``: rows for an odd one, units for an even one."""
    (x, labels, index, x_batch, weights, biases, has_bias, kinds, zs, outputs, deltas, input_gradients,
     scaled, grad_weights, grad_biases, velocity_weights, velocity_biases, losses, right, plan, row_pieces,
     unit_table, settings) = state
    if generation % 2 == 1:
        sample_rows(x, settings[4], labels, index, row_pieces[number, 0], row_pieces[number, 1], x_batch,
                    weights, biases, has_bias, kinds, zs, outputs, deltas, input_gradients, losses, right,
                    zero, one)
    else:
        unit_pieces(unit_table[number:number + 1], plan[0], x_batch, weights, biases, has_bias, outputs, deltas,
                    scaled, grad_weights, grad_biases, velocity_weights, velocity_biases, settings[0],
                    settings[1], settings[2], settings[3], zero, one)


@njit(nogil=True, cache=True)
def _pieces_in(generation, plan):
    if generation == 0:
        return 0
    return plan[1] if generation % 2 == 1 else plan[2]


@njit(nogil=True, cache=True)
def run_step(control, generation, state, zero, one, patience, share):
    """One step, from the calling thread: publish each phase, take part, wait until every piece is
    done (``patience``: see _wait). ``generation`` is the last one published; returns the new last.
    ``share`` False: the workers are asked to sleep and this thread does every piece (the same
    pieces: the same numbers)."""
    plan = state[19]
    store_release(control, SHARE, 1 if share else 0)
    for _ in range(2):
        generation += 1
        store_release(control, DONE, 0)
        store_release(control, CLAIM, generation << 32)
        count = _pieces_in(generation, plan)
        while True:  # take pieces until none is left
            word = fetch_add(control, CLAIM, 1)
            if word >> 32 != generation or word & _LOW >= count:
                break
            _piece(generation, word & _LOW, state, zero, one)
            fetch_add(control, DONE, 1)
        spins = 0
        while load_acquire(control, DONE) < count:
            _wait(spins, patience)
            spins += 1
    store_release(control, CLAIM, (generation << 32) + IDLE)
    return generation


@njit(nogil=True, cache=True)
def serve(control, worker, spin_limit, state, zero, one, patience):
    """A worker thread's loop: take pieces of every phase published, spinning between them; after
    ``spin_limit`` spins with nothing to take, or when the calling thread does not share, set its
    asleep flag and return (its thread then sleeps until woken). Returns True when told to stop.
    ``patience``: see _wait."""
    plan = state[19]
    idle = 0
    while True:
        if load_acquire(control, STOP) != 0:
            return True
        if load_acquire(control, SHARE) == 0:
            store_release(control, ASLEEP + 8 * worker, 1)
            return False
        word = load_acquire(control, CLAIM)
        if word & _LOW < _pieces_in(word >> 32, plan):
            # a piece to take: claim it (another thread may have been quicker: then the number
            # claimed is beyond the phase's pieces, or of a later phase, which is the current one)
            word = fetch_add(control, CLAIM, 1)
            generation = word >> 32
            if word & _LOW < _pieces_in(generation, plan):
                _piece(generation, word & _LOW, state, zero, one)
                fetch_add(control, DONE, 1)
            idle = 0
            continue
        idle += 1
        if idle >= spin_limit:
            store_release(control, ASLEEP + 8 * worker, 1)
            return False
        _wait(idle, patience)


class NumbaKernels:
    """The numba kernels, as fused.FusedStep runs them (the C kernels, cstep.CKernels, have the
    same methods): ``state`` is the tuple of arrays of STATE, with patience and spin limit."""

    name = "numba"

    def state(self, arrays: dict, control, patience: int, spin_limit: int) -> tuple:
        dtype = arrays["weights"][0].dtype.type
        return tuple(arrays[name] for name in STATE), control, dtype(0), dtype(1), patience, spin_limit

    def run_step(self, state: tuple, generation: int, share: bool) -> int:
        arrays, control, zero, one, patience, _ = state
        return run_step(control, generation, arrays, zero, one, patience, share)

    def serve(self, state: tuple, worker: int) -> bool:
        arrays, control, zero, one, patience, spin_limit = state
        return serve(control, worker, spin_limit, arrays, zero, one, patience)
