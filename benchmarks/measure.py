"""What the benchmark's runs share: MNIST, thread limits, resource usage, statistics, the table."""

from __future__ import annotations

import contextlib
import gzip
import math
import os
import resource
import statistics
import struct
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
#: The shared folder of real MNIST files, beside the repository.
DEFAULT_DATA_DIR = REPO.parent / "shared" / "data" / "mnist"
TRAIN_FILES = ("train-24k-images-idx3-ubyte.gz", "train-24k-labels-idx1-ubyte.gz")
TEST_FILES = ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz")
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
#: XLA's CPU client on one thread (JAX reads XLA_FLAGS once, when it starts).
XLA_ONE_THREAD = "--xla_cpu_multi_thread_eigen=false intra_op_parallelism_threads=1"

#: The network and the training settings every contender uses.
SIZES = (784, 128, 64, 10)
LEARNING_RATE = 0.1
#: At batch 1 (per-sample SGD) a step of 0.1 threw every contender's weights off (test accuracy near
#: chance after two epochs, backprop's and JAX's alike): one-sample steps take a tenth of it.
PER_SAMPLE_LEARNING_RATE = 0.01


def learning_rate(batch: int) -> float:
    """The SGD step every contender takes at this batch size."""
    return PER_SAMPLE_LEARNING_RATE if batch == 1 else LEARNING_RATE


def he_parameters(seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(weights (units, inputs), biases (units,)) per layer, float32: W ~ N(0, 2/inputs), b = 0."""
    rng = np.random.default_rng(seed)
    parameters = []
    for inputs, units in zip(SIZES[:-1], SIZES[1:]):
        weights = rng.normal(0.0, math.sqrt(2.0 / inputs), (units, inputs)).astype(np.float32)
        parameters.append((weights, np.zeros(units, np.float32)))
    return parameters


class Clock:
    """Wall and CPU time per epoch: tick() once before the first epoch and after each one."""

    def __init__(self):
        self.marks = []

    def tick(self, *_) -> None:
        self.marks.append((time.perf_counter(), time.process_time()))

    def result(self, test_accuracy, **more) -> dict:
        wall, cpu = (np.diff([mark[k] for mark in self.marks]).tolist() for k in (0, 1))
        return {"epoch_seconds": wall, "epoch_cpu_seconds": cpu, "test_accuracy": test_accuracy,
                **more}


def accuracy(scores: np.ndarray, labels: np.ndarray) -> float:
    """The share of rows of ``scores`` (samples, classes) whose largest entry is at the label."""
    return float((scores.argmax(axis=1) == labels).mean())


# --- data ------------------------------------------------------------------------------------------

def read_idx(path) -> np.ndarray:
    """An MNIST IDX file: uint8 (count, 28, 28) images or (count,) labels.

    backprop.data's reader (with all its checks) when the package has it, else ``read_idx_gzip``,
    so that the benchmark runs whatever state that package is in.
    """
    try:
        from backprop.data.idx import read_idx as package_reader
    except ImportError:
        return read_idx_gzip(path)
    return package_reader(path)


def read_idx_gzip(path) -> np.ndarray:
    """A gzipped MNIST IDX file: magic 2051 -> uint8 (count, rows, cols), 2049 -> uint8 (count,)."""
    with gzip.open(path, "rb") as stream:
        raw = stream.read()
    magic, count = struct.unpack(">II", raw[:8])
    if magic == 2051:
        rows, cols = struct.unpack(">II", raw[8:16])
        return np.frombuffer(raw, np.uint8, count * rows * cols, 16).reshape(count, rows, cols)
    if magic == 2049:
        return np.frombuffer(raw, np.uint8, count, 8)
    raise ValueError(f"{path}: magic {magic} is neither 2051 (images) nor 2049 (labels)")


def load_mnist(data_dir=DEFAULT_DATA_DIR, limit: int | None = None, tile: int = 1,
               pixels: bool = False) -> dict:
    """x_train float32 (count, 784) in [0, 1], y_train int64, x_test, y_test: the train-24k set.

    limit : keep only the first ``limit`` training samples (smoke runs).
    tile : repeat the training set this many times (the linear-scaling check).
    pixels : keep x_train and x_test as the files' bytes, uint8 (count, 784), for a contender
        that converts them itself (a quarter of the memory).
    """
    data_dir = Path(data_dir)
    arrays = {}
    for part, (images, labels) in (("train", TRAIN_FILES), ("test", TEST_FILES)):
        x = read_idx(data_dir / images)
        y = read_idx(data_dir / labels)
        if part == "train" and limit is not None:
            x, y = x[:limit], y[:limit]
        x = x.reshape(len(x), -1)
        if not pixels:
            x = x.astype(np.float32)
            x /= np.float32(255)
        arrays[f"x_{part}"], arrays[f"y_{part}"] = x, y.astype(np.int64)
    if tile > 1:
        arrays["x_train"] = np.tile(arrays["x_train"], (tile, 1))
        arrays["y_train"] = np.tile(arrays["y_train"], tile)
    return arrays


def synthetic_data(count: int = 512, test: int = 256, seed: int = 0) -> dict:
    """Random 784-pixel 'images' with learnable labels, in load_mnist's layout (for smoke tests)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 10, count + test)
    x = rng.random((count + test, 784), dtype=np.float32) * 0.5
    for label in range(10):  # each class lights up a band of 78 pixels of its own
        x[y == label, 78 * label:78 * (label + 1)] += 0.5
    return {"x_train": x[:count], "y_train": y[:count], "x_test": x[count:], "y_test": y[count:]}


# --- threads and resources -------------------------------------------------------------------------

def thread_environment(threads: int, base: dict | None = None) -> dict:
    """The environment for a child process, with every BLAS/OpenMP thread count set to ``threads``
    (and XLA limited to one thread when ``threads`` is 1)."""
    environment = dict(os.environ if base is None else base)
    for name in THREAD_VARIABLES:
        environment[name] = str(threads)
    if threads == 1:
        environment["XLA_FLAGS"] = (environment.get("XLA_FLAGS", "") + " " + XLA_ONE_THREAD).strip()
    return environment


def limit_threads(threads: int):
    """Limit the BLAS and OpenMP pools already loaded (threadpoolctl); returns the limiter to keep,
    and what the pools are (library, API, threads), or (None, []) without threadpoolctl."""
    try:
        from threadpoolctl import threadpool_info, threadpool_limits
    except ImportError:
        return None, []
    limiter = threadpool_limits(limits=threads)
    # architecture: the kernels OpenBLAS chose (OPENBLAS_CORETYPE overrides the processor's own)
    pools = [{key: pool.get(key) for key in ("internal_api", "version", "num_threads", "architecture")}
             for pool in threadpool_info()]
    return limiter, pools


def pinned_cpus(threads: int) -> tuple[int, ...]:
    """The CPUs a pinned child of ``threads`` threads is confined to: the first ``threads`` of those
    this process may run on, so the same for every contender of a cell. ValueError if there are fewer."""
    allowed = sorted(os.sched_getaffinity(0))
    if threads > len(allowed):
        raise ValueError(f"--pin with --threads {threads} needs {threads} CPUs; this process may run on "
                         f"{len(allowed)} ({', '.join(map(str, allowed))}): give --threads at most {len(allowed)}")
    return tuple(allowed[:threads])


@contextlib.contextmanager
def confined_to(cpus):
    """This thread on ``cpus`` (an iterable of CPU numbers; None: as it is) inside the block, as it was
    after it. A process started in the block inherits the CPUs from its first instruction on, before
    its interpreter imports NumPy, JAX or PyTorch, and so do every thread it starts (BLAS's, XLA's).
    Set here rather than in a ``preexec_fn``, which is not safe in a process with threads (the
    parent has NumPy's BLAS pool)."""
    if cpus is None:
        yield
        return
    before = os.sched_getaffinity(0)  # pid 0: the calling thread, which is the one that forks
    os.sched_setaffinity(0, cpus)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def usage() -> dict:
    """This process's peak RSS (MiB) and page faults so far.

    Page faults from getrusage(RUSAGE_SELF). Peak RSS from /proc/self/status VmHWM where there is
    one: Linux carries ru_maxrss across exec, so a child's ru_maxrss starts at its parent's peak
    (kept here as ``ru_maxrss_mib``), while VmHWM belongs to the child's own memory.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    peak = own.ru_maxrss / 1024
    try:
        status = Path("/proc/self/status").read_text()
        peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError, ValueError):
        pass
    return {"peak_rss_mib": peak, "ru_maxrss_mib": own.ru_maxrss / 1024,
            "minor_faults": own.ru_minflt, "major_faults": own.ru_majflt}


def run_process(command: list[str], environment: dict, cwd, timeout: float, cpus=None) -> dict:
    """Run ``command`` to its end; its exit code, output, and the kernel's resource usage of it.

    cpus : the CPU numbers the child is confined to (``confined_to``); None leaves it free.

    The usage comes from wait4() on this very child (not RUSAGE_CHILDREN, which sums and maxes over
    every child so far): ``ru_maxrss_mib`` its peak RSS, ``ru_minflt``/``ru_majflt`` its page faults,
    ``user_seconds``/``system_seconds`` its CPU time, start-up included. Output goes through
    temporary files, so that a chatty child cannot fill a pipe and stall.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        with confined_to(cpus):
            process = subprocess.Popen(command, stdout=out, stderr=err, env=environment, cwd=cwd)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        return {"returncode": process.returncode, "stdout": out.read().decode(errors="replace"),
                "stderr": err.read().decode(errors="replace"), "wall_seconds": seconds,
                "timed_out": seconds > timeout,
                "rusage": {"ru_maxrss_mib": usage.ru_maxrss / 1024, "ru_minflt": usage.ru_minflt,
                           "ru_majflt": usage.ru_majflt, "user_seconds": usage.ru_utime,
                           "system_seconds": usage.ru_stime}}


# --- statistics and the table ----------------------------------------------------------------------

def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _steady(runs: list[dict], key: str, warmup: int) -> list[float]:
    """Every run's epoch times after the first ``warmup`` epochs (all of them if there are no more)."""
    return [s for run in runs for s in (run[key][warmup:] or run[key])]


def summarise(runs: list[dict], warmup: int = 1) -> dict:
    """One contender's runs (one per round) -> medians.

    seconds_per_epoch : median over every round's epochs after the first ``warmup`` (wall time);
        cpu_seconds_per_epoch the same in CPU time.
    first_epoch_seconds : median of the rounds' first epochs.
    """
    good = [run for run in runs if "error" not in run]
    if not good:
        return {"error": runs[0].get("error") if runs else "no run"}
    steady = _steady(good, "epoch_seconds", warmup)
    return {
        "rounds": len(good),
        "seconds_per_epoch": median(steady),
        "min_seconds_per_epoch": min(steady),
        "cpu_seconds_per_epoch": median(_steady(good, "epoch_cpu_seconds", warmup)),
        # the quietest epoch: what the code costs when the shared machine leaves it alone
        "min_cpu_seconds_per_epoch": min(_steady(good, "epoch_cpu_seconds", warmup)),
        "first_epoch_seconds": median(run["epoch_seconds"][0] for run in good),
        "test_accuracy": median(run["test_accuracy"] for run in good),
        "test_accuracy_range": [min((r["test_accuracy"] for r in good if r["test_accuracy"] is not None),
                                    default=None),
                                max((r["test_accuracy"] for r in good if r["test_accuracy"] is not None),
                                    default=None)],
        # the kernel's account of the child (wait4), where the parent had it; else the child's own
        "peak_rss_mib": median(run["rusage"]["ru_maxrss_mib"] if "rusage" in run
                               else run["usage"]["peak_rss_mib"] for run in good),
        "vmhwm_mib": median(run["usage"]["peak_rss_mib"] for run in good),
        "rss_before_training_mib": median(run["before"]["peak_rss_mib"] for run in good),
        "minor_faults": median(run["rusage"]["ru_minflt"] if "rusage" in run
                               else run["usage"]["minor_faults"] for run in good),
        "major_faults": median(run["usage"]["major_faults"] for run in good),
        "training_minor_faults_per_epoch": median(
            (run["usage"]["minor_faults"] - run["before"]["minor_faults"]) / len(run["epoch_seconds"])
            for run in good),
    }


def same_round_ratios(runs: dict, name: str, reference: str, key: str = "epoch_seconds",
                      warmup: int = 1):
    """Median over rounds of (name's median epoch / reference's median epoch) in the same round."""
    ratios = []
    for mine, theirs in zip(runs.get(name, []), runs.get(reference, [])):
        if "error" in mine or "error" in theirs:
            continue
        ratios.append(median(_steady([mine], key, warmup)) / median(_steady([theirs], key, warmup)))
    return median(ratios)


def _cell(value, form: str) -> str:
    return "-" if value is None else format(value, form)


def table(summary: dict, labels: dict) -> str:
    """The results as a Markdown table, one row per contender."""
    lines = [
        "| contender | s/epoch (median) | vs PyTorch | vs floor | CPU s/epoch | CPU vs PyTorch "
        "| CPU vs floor | first epoch s | test accuracy | peak RSS MiB | RSS before training MiB "
        "| minor faults / training epoch | minor faults (process) | major faults |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, row in summary.items():
        if "error" in row:
            lines.append(f"| {labels.get(name, name)} | failed: {row['error']} |" + " |" * 12)
            continue
        lines.append(
            f"| {labels.get(name, name)} | {_cell(row['seconds_per_epoch'], '.3f')} "
            f"| {_cell(row.get('vs_torch'), '.2f')} | {_cell(row.get('vs_floor'), '.2f')} "
            f"| {_cell(row['cpu_seconds_per_epoch'], '.3f')} | {_cell(row.get('cpu_vs_torch'), '.2f')} "
            f"| {_cell(row.get('cpu_vs_floor'), '.2f')} | {_cell(row['first_epoch_seconds'], '.3f')} "
            f"| {_cell(row['test_accuracy'], '.4f')} "
            f"| {_cell(row['peak_rss_mib'], '.0f')} | {_cell(row['rss_before_training_mib'], '.0f')} "
            f"| {_cell(row['training_minor_faults_per_epoch'], '.0f')} "
            f"| {_cell(row['minor_faults'], '.0f')} | {_cell(row['major_faults'], '.0f')} |")
    return "\n".join(lines)
