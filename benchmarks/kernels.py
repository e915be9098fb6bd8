"""Builds of the C kernels against each other, in one process: CPU seconds per epoch, alternating.

    python -m benchmarks.kernels --batch 32 --kernels c c+-march=native --rounds 4

Each round trains the benchmark's network (784-128-64-10, float32, the same He-normal start) for
``--epochs`` epochs on MNIST train-24k as bytes, once on each build in turn, on one thread with
BLAS on one thread, and prints the median CPU time of its epochs after the first. ``c`` is the
kernels as shipped; ``c+FLAG`` compiles them with FLAG added (into the cache folder under its own
hashed name): how a flag is tried (-march=native, not kept: benchmarks/RESULTS.md). CPU time,
since on a shared machine the wall clock measures the others too; alternating, so that a busy
spell falls on each alike.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
from threadpoolctl import threadpool_limits

from backprop import fused, steps
from backprop.data.pixels import Pixels
from backprop.fused import cstep
from backprop.problem import parse_problem
from backprop.training import TrainConfig, train

from . import measure
from .contenders import PROBLEM


def load_variant(name: str):
    """The C kernels built as ``name`` says ("c" or "c+FLAG+FLAG..."), loaded (compiled where
    needed)."""
    if name != "c" and not name.startswith("c+"):
        raise SystemExit(f"{name}: not c or c+FLAG")
    flags = cstep.FLAGS
    cstep.FLAGS = flags + tuple(flag for flag in name.split("+")[1:] if flag)
    try:
        kernels = cstep.load()
    finally:
        cstep.FLAGS = flags
    if isinstance(kernels, str):
        raise SystemExit(f"{name}: {kernels}")
    return kernels


def epoch_cpu_seconds(kernels, x, y, batch: int, epochs: int) -> float:
    """Median CPU seconds of a run's epochs after the first, on ``kernels``."""
    fused._LOADED = kernels  # what steps.kernels_for will find
    steps.KERNELS = "c"
    network = parse_problem(PROBLEM).build_network(np.float32)
    for layer, (weights, biases) in zip(network.layers, measure.he_parameters(0)):
        layer.weights[...] = weights
        layer.biases[...] = biases
    ticks = [time.process_time()]
    try:
        train(network, x, y, TrainConfig(epochs=epochs, batch_size=batch, learning_rate=measure.learning_rate(batch),
                                         seed=0), on_epoch=lambda record: ticks.append(time.process_time()), threads=1)
    finally:
        steps.KERNELS = "auto"
    return statistics.median(after - before for before, after in zip(ticks[1:], ticks[2:]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--kernels", nargs="+", default=["c", "c+-march=native"], help="c or c+FLAG (see above)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=3, help="per run; the first is not counted")
    parser.add_argument("--data-dir", default=measure.DEFAULT_DATA_DIR)
    args = parser.parse_args()
    data = measure.load_mnist(args.data_dir, pixels=True)
    x, y = Pixels(data["x_train"]), data["y_train"]
    variants = {name: load_variant(name) for name in args.kernels}
    seconds: dict[str, list[float]] = {name: [] for name in variants}
    with threadpool_limits(1, user_api="blas"):
        for round_number in range(1, args.rounds + 1):
            for name, kernels in variants.items():
                seconds[name].append(epoch_cpu_seconds(kernels, x, y, args.batch, args.epochs))
                print(f"round {round_number} {name:<24} {seconds[name][-1]:.3f} CPU s/epoch", flush=True)
    for name, values in seconds.items():
        print(f"{name:<24} median {statistics.median(values):.3f}  ({' '.join(f'{v:.3f}' for v in values)})")


if __name__ == "__main__":
    main()
