"""Every bound backprop puts on what an input may ask for, in one place (docs/limits.md lists them).

A problem file, a formula, a data or model file is read by a reader that checks these numbers
before it allocates or computes anything, so that a slip (``units = 1e9``) or a hostile input (a
power tower, a sum of 10^9 terms) ends in a one-line refusal instead of a crash, a hang or
gigabytes of memory.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import signal
import threading
import time

LIMITS = {
    # problem files
    "units": 1_000_000,
    "inputs": 1_000_000,
    "weights": 50_000_000,          # units x inputs of one layer (400 MB of float64)
    "steps": 1_000_000,
    "batch_size": 1_000_000,
    "layers": 1_000,                # layers of a network (a problem file's, a model's)
    "problem_file_bytes": 8 << 20,  # a problem file's size (a 784 x 128 layer written out is ~1 MB)
    "toml_depth": 50,               # brackets inside brackets (a matrix in a [[layer]] is 3)
    "toml_key_parts": 32,           # parts of a dotted key (loss.name has 2)
    # data files (CSV, NPZ, IDX, images)
    "samples": 1_000_000,           # rows of a CSV or NPZ table
    "data_values": 64_000_000,      # samples x features of a dataset (256 MB of float32; MNIST: 47 million)
    "data_bytes": 256 << 20,        # one array as stored (an IDX file's data, an NPZ array), before conversion
    "csv_columns": 100_000,         # cells of a CSV row (MNIST as CSV: 785)
    "csv_line_characters": 16_000_000,  # characters of a CSV line
    "npz_arrays": 64,               # entries of an NPZ archive (x and y are two)
    "class_label": 2**53,           # a class label that is a number lies within this of 0 (float64 counts exactly)
    "image_pixels": 16_000_000,     # width x height of an image given to predict (a 12 MP photo has 12 million)
    # explain
    "explain_numbers": 25_000_000,  # float64s a worked solution holds (200 MB): steps x layer sizes
    "explain_output_bytes": 32 << 20,  # its estimated size in the chosen format
    # model and checkpoint files
    "model_file_bytes": 512 << 20,  # a model's or checkpoint's size, read whole into memory
    "model_header_bytes": 32 << 20,  # its JSON header (a checkpoint's history: ~150 bytes an epoch)
    # formulas (check, and each claim of grade)
    "formula_characters": 20_000,   # the longest formula of the seed documents has about 200
    "formula_depth": 100,           # nesting of operations and parentheses
    "number_digits": 1_000,         # digits of a number, written or computed from numbers alone
    "exponent": 1_000,              # |n| in u**n where u is not a number
    "sum_terms": 100_000,           # terms of a Sum, nested sums multiplied
    "formula_seconds": 10.0,        # time to judge one formula
    # submissions (grade)
    "submission_bytes": 2_000_000,  # the seed documents are 3-32 kB of text
    "claim_seconds": 5.0,           # time to judge one claim of a submission
    "grader_memory_bytes": 2 << 30, # address space of one grading worker process
    "variants": 10_000,             # variants of one problem file in one call
}


class TimeLimitExceeded(Exception):
    """Raised inside a :func:`time_limit` block when its time is up."""


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise TimeLimitExceeded in the block once ``seconds`` of wall time have passed.

    In the main thread it uses SIGALRM's timer (nested limits respect each other); in another
    thread (a Dask worker's) a watchdog thread raises the exception in this one. Either way
    pure-Python work (SymPy) is interrupted between bytecodes; without SIGALRM or a finite
    ``seconds`` the block runs unbounded.
    """
    if not seconds or not math.isfinite(seconds):
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        with _watchdog(seconds):
            yield
        return
    if not hasattr(signal, "setitimer"):
        yield
        return
    binding, expired = [seconds], []

    def expire(signum, frame):
        expired.append(True)
        raise TimeLimitExceeded(f"took longer than {binding[0]:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    outer = signal.setitimer(signal.ITIMER_REAL, seconds)[0]
    if outer and outer < seconds:  # an outer limit ends first: it still binds inside
        signal.setitimer(signal.ITIMER_REAL, outer)
        binding[0] = outer
    try:
        with _interrupted_by(expired, binding):
            yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if outer:  # give the outer limit back what is left of it (at least a moment: it may be over)
            signal.setitimer(signal.ITIMER_REAL, max(outer - (time.monotonic() - started), 1e-3))


@contextlib.contextmanager
def _interrupted_by(expired: list, binding: list):
    """TimeLimitExceeded for a SystemError that the limit's own interruption caused: CPython's C
    code interrupted by it (the ast module's constructors, a lookup in the middle of a call) can
    end in "error return without exception set" or "AST constructor recursion depth mismatch"
    instead of the exception raised (seen in grading workers on a busy machine)."""
    try:
        yield
    except SystemError as error:
        if not expired:
            raise
        raise TimeLimitExceeded(f"took longer than {binding[0]:g} s") from error


@contextlib.contextmanager
def _watchdog(seconds: float):
    """time_limit outside the main thread: a timer thread raises TimeLimitExceeded in this one."""
    target = threading.get_ident()
    done = threading.Event()
    lock = threading.Lock()
    expired = []

    def expire():
        with lock:
            if not done.is_set():
                expired.append(True)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target),
                                                           ctypes.py_object(TimeLimitExceeded))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        with _interrupted_by(expired, [seconds]):
            yield
    finally:
        with lock:
            done.set()
            timer.cancel()
