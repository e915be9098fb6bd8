"""Every bound backprop puts on what an input may ask for, in one place (docs/limits.md lists them).

A problem file, a formula, a data or model file is read by a reader that checks these numbers
before it allocates or computes anything, so that a slip (``units = 1e9``) or a hostile input (a
power tower, a sum of 10^9 terms) ends in a one-line refusal instead of a crash, a hang or
gigabytes of memory.
"""

from __future__ import annotations

import ctypes
import math
import signal
import sys
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
    "word_characters": 200,         # letters, digits and _ in a row that are no number (learning_rate has 13)
    "exponent": 1_000,              # |n| in u**n where u is not a number
    "sum_terms": 100_000,           # terms of a Sum, nested sums multiplied
    "jacobian_entries": 10_000,     # derivatives of a vector by a vector or matrix written whole (da/dz)
    "formula_seconds": 10.0,        # CPU time to judge one formula
    "row_claims": 100,              # claims one row of a formula splits into at commas (a page's longest lists about 10)
    # submissions (grade)
    "submission_bytes": 2_000_000,  # the seed documents are 3-32 kB of text
    "claim_seconds": 5.0,           # CPU time to judge one claim of a submission
    "submission_seconds": 300.0,    # CPU time to judge all the claims of one submission (seed 000's 115: ~20 s)
    "wall_factor": 10,              # a time limit's wall-time backstop: this many times its CPU time
    "grader_memory_bytes": 2 << 30, # address space of one grading worker process
    "variants": 10_000,             # variants of one problem file in one call
}


#: Seconds (wall time) after which a limit's exception is sent again while its block still runs.
RESEND = 0.1


class TimeLimitExceeded(Exception):
    """Raised inside a :func:`time_limit` block when its CPU time (or its wall-time backstop) is up."""

    def __init__(self, message: str = "took longer than its time limit"):
        super().__init__(message)


def time_limit(seconds: float, wall_seconds: float | None = None) -> "_Limit":
    """A context manager: raise TimeLimitExceeded in the block once it has used ``seconds`` of its
    thread's CPU time, or once ``wall_seconds`` of wall time have passed, whichever comes first.

    CPU time, so that a verdict does not depend on how loaded the machine is; the wall time
    (default ``LIMITS["wall_factor"]`` x ``seconds``) is a backstop for a block starved of the CPU
    or blocked. A limit inside another never outlives the outer one, and an outer one keeps counting
    while an inner one runs (a block that catches the outer's exception gets it again once its inner
    limit ends; so does a block whose exception Python swallowed, every RESEND seconds until it
    ends). Pure-Python work (SymPy) is interrupted between bytecodes: in the main thread by a
    SIGALRM sent to it (which also ends a blocking call such as a sleep), in another thread (a Dask
    worker's) by an exception set on it. Without a finite ``seconds`` the block runs unbounded;
    where threads have no CPU clock of their own (not Linux or BSD) ``seconds`` counts wall time.
    """
    return _Limit(seconds, wall_seconds)


class _Limit:
    """One time_limit block: its budgets and where they end on its thread's clocks."""

    def __init__(self, seconds: float, wall_seconds: float | None):
        self.seconds = seconds
        self.wall_seconds = wall_seconds or seconds * LIMITS["wall_factor"]
        self.cpu_end = self.wall_end = math.inf
        self.fired = False     # its exception has been sent (again after an inner limit ends)
        self.ever_fired = False
        self.sent_at = math.inf  # the wall time it was last sent at
        self.watch: _Watch | None = None

    def __enter__(self) -> "_Limit":
        if self.seconds and math.isfinite(self.seconds):
            self.watch = _Watch.of_this_thread()
            self.watch.push(self)
        return self

    def __exit__(self, kind, error, traceback) -> bool:
        if self.watch is None:
            return False
        fired = self.watch.pop(self)
        if kind is not None and issubclass(kind, SystemError) and fired:
            # CPython's C code interrupted by the limit (the ast module's constructors, a lookup in
            # the middle of a call) can end in "error return without exception set" or "AST
            # constructor recursion depth mismatch" instead of the exception raised (seen in
            # grading workers on a busy machine)
            raise TimeLimitExceeded(f"took longer than {self.seconds:g} s") from error
        return False

    def due(self, cpu: float, wall: float) -> bool:
        """Whether its exception is to be sent now: its time is up, or it was sent RESEND seconds ago
        and the block still runs (the exception was swallowed where Python ignores exceptions: a
        garbage collector's callback, a __del__, a weakref's callback)."""
        if self.fired:
            return wall >= self.sent_at + RESEND
        return cpu >= self.cpu_end or wall >= self.wall_end

    def describe(self, cpu: float) -> str:
        if cpu >= self.cpu_end:
            return f"took longer than {self.seconds:g} s of CPU time"
        return f"took longer than {self.wall_seconds:g} s of wall time (the backstop of its {self.seconds:g} s of CPU time)"


_THREADS = threading.local()  # .watch: the _Watch of the thread, while a limit is active in it
_OWN_CODE = __file__


class _Watch:
    """The active limits of one thread, outermost first, and the watchdog thread that sends each its
    exception when its time is up (one watchdog, from the outermost limit's start to its end)."""

    def __init__(self):
        self.ident = threading.get_ident()
        by_signal = threading.current_thread() is threading.main_thread() and hasattr(signal, "pthread_kill")
        self.by_signal = by_signal and hasattr(signal, "SIGALRM")
        self.clock = time.pthread_getcpuclockid(self.ident) if hasattr(time, "pthread_getcpuclockid") else None
        self.limits: list[_Limit] = []
        self.lock = threading.Lock()
        self.changed = threading.Event()
        self.message: str | None = None  # (main thread) what the signal handler is to raise
        self.previous = None
        self.watchdog: threading.Thread | None = None

    @classmethod
    def of_this_thread(cls) -> "_Watch":
        watch = getattr(_THREADS, "watch", None)
        if watch is None:
            watch = _THREADS.watch = cls()
        return watch

    def now(self) -> tuple[float, float]:
        """(this thread's CPU seconds, wall seconds), each from an arbitrary start."""
        wall = time.monotonic()
        return (time.clock_gettime(self.clock) if self.clock is not None else wall), wall

    def push(self, limit: _Limit) -> None:
        cpu, wall = self.now()
        limit.cpu_end, limit.wall_end = cpu + limit.seconds, wall + limit.wall_seconds
        limit.fired = limit.ever_fired = False
        with self.lock:
            self.limits.append(limit)
            starting = self.watchdog is None
        if starting:
            if self.by_signal:
                self.previous = signal.signal(signal.SIGALRM, self.on_signal)
            self.watchdog = threading.Thread(target=self.run, name="time_limit", daemon=True)
            self.watchdog.start()
        self.changed.set()

    def pop(self, limit: _Limit) -> bool:
        """End ``limit`` (and any limit inside it whose end was skipped); whether it or a limit around it
        has fired."""
        with self.lock:
            if limit in self.limits:
                del self.limits[self.limits.index(limit):]
            fired = limit.ever_fired or any(outer.ever_fired for outer in self.limits)
            self.message = None
            if not self.by_signal and fired:  # an exception set on the thread but not raised yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.ident), None)
            for outer in self.limits:  # caught inside, perhaps: sent again
                outer.fired = False
            last = not self.limits
        self.changed.set()
        if last:
            self.watchdog.join()
            _THREADS.watch = None
            if self.by_signal:
                # a SIGALRM sent before the watchdog ended is delivered on the way out of this system
                # call, to on_signal (nothing left to raise), not to the previous handler
                signal.pthread_sigmask(signal.SIG_BLOCK, ())
                _nothing()
                signal.signal(signal.SIGALRM, self.previous)
        return fired

    def run(self) -> None:
        """The watchdog: sleeps until the earliest end (a thread's CPU time grows no faster than wall
        time), sends the exception of a limit whose time is up, ends with the last limit."""
        while True:
            self.changed.clear()
            with self.lock:
                if not self.limits:
                    return
                cpu, wall = self.now()
                due = [limit for limit in self.limits if limit.due(cpu, wall)]
                retry = False
                if due and self.send(due[0].describe(cpu)):
                    for limit in due:
                        limit.fired = limit.ever_fired = True
                        limit.sent_at = wall
                elif due:
                    retry = True
                elif self.message is not None:  # sent while the thread was in this module: again
                    self.send(self.message)
                retry = retry or self.message is not None
                waiting = [limit.sent_at + RESEND - wall if limit.fired
                           else min(limit.cpu_end - cpu, limit.wall_end - wall) for limit in self.limits]
            self.changed.wait(0.002 if retry else max(min(waiting, default=3600), 0.001))

    def send(self, message: str) -> bool:
        """Raise TimeLimitExceeded in the thread, unless it is in this module's code (pushing or
        popping a limit), where it would leave a limit half ended: then False, to be tried again."""
        if self.by_signal:
            self.message = message
            signal.pthread_kill(self.ident, signal.SIGALRM)
            return True
        if _in_own_code(sys._current_frames().get(self.ident)):
            return False
        ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.ident), ctypes.py_object(TimeLimitExceeded))
        return True

    def on_signal(self, signum, frame) -> None:
        if _in_own_code(frame):
            return  # self.message stays: the watchdog sends it again in a moment
        with self.lock:
            message, self.message = self.message, None
        if message is not None:
            raise TimeLimitExceeded(message)


def _in_own_code(frame) -> bool:
    while frame is not None:
        if frame.f_code.co_filename == _OWN_CODE:
            return True
        frame = frame.f_back
    return False


def _nothing() -> None:
    """A Python call: the interpreter runs pending signal handlers on entering it."""
