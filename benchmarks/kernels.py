"""Builds of the C kernels against each other, in one process: CPU and wall seconds per epoch, alternating.

    python -m benchmarks.kernels --batch 32 --kernels c c+-march=native --rounds 4 --threads 1 2

Each round trains the benchmark's network (784-128-64-10, float32, the same He-normal start) for
``--epochs`` epochs on MNIST train-24k as bytes, once on each build and thread count in turn, with
BLAS on one thread, and prints the median CPU and wall time of its epochs after the first. ``c`` is
the kernels as shipped; ``c+FLAG`` compiles them with FLAG added (into the cache folder under its
own hashed name): how a flag is tried (-march=native, not kept: benchmarks/RESULTS.md). CPU time,
since on a shared machine the wall clock measures the others too; alternating, so that a busy
spell falls on each alike. Two source trees are compared by running this alternately with each on
PYTHONPATH (the benchmarks package from either).
"""

from __future__ import annotations

import argparse
import statistics

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


def epoch_seconds(kernels, x, y, batch: int, epochs: int, threads: int = 1) -> tuple[float, float]:
    """Median (CPU, wall) seconds of a run's epochs after the first, on ``kernels``."""
    fused._LOADED = kernels  # what steps.kernels_for will find
    steps.KERNELS = "c"
    network = parse_problem(PROBLEM).build_network(np.float32)
    for layer, (weights, biases) in zip(network.layers, measure.he_parameters(0)):
        layer.weights[...] = weights
        layer.biases[...] = biases
    clock = measure.Clock()
    clock.tick()
    try:
        train(network, x, y, TrainConfig(epochs=epochs, batch_size=batch, learning_rate=measure.learning_rate(batch),
                                         seed=0), on_epoch=clock.tick, threads=threads)
    finally:
        steps.KERNELS = "auto"
    marks = clock.marks[1:]  # (the first epoch is warm-up)
    return tuple(statistics.median(after[k] - before[k] for before, after in zip(marks, marks[1:])) for k in (1, 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--kernels", nargs="+", default=["c", "c+-march=native"], help="c or c+FLAG (see above)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--epochs", type=int, default=3, help="per run; the first is not counted")
    parser.add_argument("--threads", type=int, nargs="+", default=[1], help="thread counts, each in turn")
    parser.add_argument("--sharing", choices=["adapt", "always", "never"], default=fused.SHARING,
                        help="whether a split step shares its pieces (fused.SHARING; adapt: as training does)")
    parser.add_argument("--data-dir", default=measure.DEFAULT_DATA_DIR)
    args = parser.parse_args()
    fused.SHARING = args.sharing
    data = measure.load_mnist(args.data_dir, pixels=True)
    x, y = Pixels(data["x_train"]), data["y_train"]
    variants = {name: load_variant(name) for name in args.kernels}
    cells = [(name, threads) for threads in args.threads for name in variants]
    seconds: dict[tuple, list[tuple[float, float]]] = {cell: [] for cell in cells}
    with threadpool_limits(1, user_api="blas"):
        for round_number in range(1, args.rounds + 1):
            for name, threads in cells:
                cpu, wall = epoch_seconds(variants[name], x, y, args.batch, args.epochs, threads)
                seconds[name, threads].append((cpu, wall))
                print(f"round {round_number} {name:<20} threads {threads} {cpu:.3f} CPU {wall:.3f} wall s/epoch",
                      flush=True)
    for (name, threads), values in seconds.items():
        cpu, wall = ([value[k] for value in values] for k in (0, 1))
        print(f"batch {args.batch} {name:<20} threads {threads} median CPU {statistics.median(cpu):.3f}"
              f" wall {statistics.median(wall):.3f}  (wall {' '.join(f'{v:.3f}' for v in wall)})")


if __name__ == "__main__":
    main()
