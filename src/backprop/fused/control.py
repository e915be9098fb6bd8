"""The layout of a split step's control words (int64, each on a cache line of its own), shared by
the numba schedule (schedule.py), the C one (step.c, which repeats these numbers) and FusedStep."""

from __future__ import annotations

CLAIM, DONE, STOP, SHARE, ASLEEP = 0, 8, 16, 24, 32  # int64 indices, 64 bytes apart
#: A claim word meaning "nothing to take": generation 0, a piece number beyond any phase's.
IDLE = 1 << 30


def control_size(workers: int) -> int:
    """The int64 words of control for ``workers`` worker threads (an asleep flag each)."""
    return ASLEEP + 8 * max(1, workers)

#: Activation kinds a hidden layer may have, by the kernels' code for them.
LINEAR, RECTIFIER = 0, 1
