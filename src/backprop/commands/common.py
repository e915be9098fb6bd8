"""What the commands share: argument types, writing output, thread limits, data fitting checks."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys

from .. import files
from ..errors import CommandError
from ..limits import LIMITS
from ..network import Network


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system says, else all)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


#: train: each step is split across this many threads (backprop.steps), each running BLAS on one
#: thread: every core.
DEFAULT_THREADS = available_cores()
#: evaluate and predict: BLAS threads for their forward passes. One: on a small (2-core), busy
#: machine OpenBLAS with 2 threads was measured 10-50x slower for these matrix sizes (9 s against
#: 0.2 s an epoch), since its threads spin waiting for each other.
DEFAULT_BLAS_THREADS = 1


def whole_number(limit: str | None = None):
    """An argparse type: a whole number from 1 (to LIMITS[limit] when ``limit`` is given)."""
    maximum = LIMITS[limit] if limit else None
    wanted = f"give a whole number from 1 to {maximum:,}" if maximum else "give a whole number >= 1"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number; {wanted}") from None
        if value < 1 or (maximum is not None and value > maximum):
            raise argparse.ArgumentTypeError(f"{value} is too {'small' if value < 1 else 'large'}; {wanted}")
        return value

    return parse


def write_output(text: str, output: str | None) -> None:
    """``text`` to the file ``output`` (-o), or to standard output when it is None; the file is
    written whole or not at all (files.write_output), a failure is one line."""
    if output is None:
        sys.stdout.write(text)
        return
    files.write_output(output, text.encode("utf-8"), where="--output")


class ReaderMayLeave:
    """A text stream whose reader may go away (``backprop train ... | head -1``): once a write or a
    flush meets a closed pipe, everything further is dropped instead of raising BrokenPipeError,
    so that the work goes on (a training run finishes and writes its model).

    The file descriptor is pointed at /dev/null at that moment, so that what the stream still
    buffers does not raise again when Python flushes it at exit.
    """

    def __init__(self, stream):
        self.stream, self.reader_left = stream, False

    def write(self, text: str) -> int:
        if not self.reader_left:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self._reader_left()
        return len(text)

    def flush(self) -> None:
        if not self.reader_left:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self._reader_left()

    def isatty(self) -> bool:
        return not self.reader_left and hasattr(self.stream, "isatty") and self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def _reader_left(self) -> None:
        self.reader_left = True
        with contextlib.suppress(AttributeError, OSError, ValueError):  # a stream without a descriptor
            os.dup2(os.open(os.devnull, os.O_WRONLY), self.stream.fileno())


def add_range_flag(parser) -> None:
    parser.add_argument("--allow-out-of-range", action="store_true",
                        help="use inputs far outside the range of the model's training inputs (refused"
                        " by default: a network answers them with confidence it does not have)")


def add_threads_flag(parser, training: bool = False) -> None:
    if training:
        parser.add_argument("--threads", type=int, default=DEFAULT_THREADS, metavar="N",
                            help="threads to split each training step across, each running BLAS on"
                            f" one thread (default {DEFAULT_THREADS}: every core; 0: the same). The"
                            " weights are the same run after run for the same N")
    else:
        parser.add_argument("--threads", type=int, default=DEFAULT_BLAS_THREADS, metavar="N",
                            help=f"BLAS threads for the matrix products (default {DEFAULT_BLAS_THREADS};"
                            " 0: the library's own choice)")


def thread_limit(threads: int):
    """A context that limits BLAS (OpenBLAS, MKL...) to ``threads`` threads; 0: no limit."""
    if threads < 0:
        raise CommandError(f"--threads {threads}: give a whole number >= 0 (0: no limit)")
    if threads == 0:
        return contextlib.nullcontext()
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=threads, user_api="blas")


def describe_network(network: Network) -> str:
    """The sizes, each layer's activations and the loss, e.g. "784-128-64-10 (a, a, b), loss"."""
    sizes = [network.layers[0].inputs] + [layer.units for layer in network.layers]
    chains = ["+".join(a.describe() for a in layer.activations) for layer in network.layers]
    return f"{'-'.join(map(str, sizes))} ({', '.join(chains)}), {network.loss.describe()}"


def fits(network: Network, dataset) -> str | None:
    """Why ``network`` cannot take ``dataset`` (a data.Dataset), or None if it can."""
    inputs, outputs = network.layers[0].inputs, network.layers[-1].units
    if dataset.n_features != inputs:
        return (f"the network takes {inputs} inputs but {dataset.name} has {dataset.n_features}"
                " features")
    if dataset.n_outputs != outputs:
        kind = "classes" if dataset.task == "classification" else "target columns"
        return f"the network has {outputs} outputs but {dataset.name} has {dataset.n_outputs} {kind}"
    targets = network.loss.targets
    if targets.one_hot and dataset.task != "classification":
        return f"{network.loss.name} needs class labels but {dataset.name} has regression targets"
    if dataset.task != "classification" and dataset.y.size and (dataset.y.min() < targets.low
                                                                 or dataset.y.max() > targets.high):
        return (f"{network.loss.name} needs targets from {targets.low:g} to {targets.high:g} but {dataset.name}"
                f" has targets from {dataset.y.min():g} to {dataset.y.max():g}")
    return None
