"""What the train, evaluate and predict commands share: errors, thread limits, data loading checks."""

from __future__ import annotations

import contextlib

from ..network import Network

# One BLAS thread by default: on a small (2-core), busy machine OpenBLAS with 2 threads was measured
# 10-50x slower for these matrix sizes (9 s against 0.2 s an epoch), since its threads spin waiting
# for each other; the networks here are too small to gain from more.
DEFAULT_THREADS = 1


class CommandError(ValueError):
    """A bad request to a command (an unknown preset, an unreadable input); one line for the user."""


def add_threads_flag(parser) -> None:
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS, metavar="N",
                        help=f"BLAS threads for the matrix products (default {DEFAULT_THREADS};"
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
    """E.g. "784-128-64-10 (relu, relu, softmax), cross_entropy"."""
    sizes = [network.layers[0].inputs] + [layer.units for layer in network.layers]
    chains = ["+".join(a.name for a in layer.activations) or "identity" for layer in network.layers]
    return f"{'-'.join(map(str, sizes))} ({', '.join(chains)}), {network.loss.name}"


def fits(network: Network, dataset) -> str | None:
    """Why ``network`` cannot take ``dataset`` (a data.Dataset), or None if it can."""
    inputs, outputs = network.layers[0].inputs, network.layers[-1].units
    if dataset.n_features != inputs:
        return (f"the network takes {inputs} inputs but {dataset.name} has {dataset.n_features}"
                " features")
    if dataset.n_outputs != outputs:
        kind = "classes" if dataset.task == "classification" else "target columns"
        return f"the network has {outputs} outputs but {dataset.name} has {dataset.n_outputs} {kind}"
    if network.loss.name == "cross_entropy" and dataset.task != "classification":
        return f"cross_entropy needs class labels but {dataset.name} has regression targets"
    return None
