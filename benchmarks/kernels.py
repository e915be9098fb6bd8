"""Builds of the C kernels against each other, in one process: CPU and wall seconds per epoch, alternating.

    python -m benchmarks.kernels --batch 32 --kernels c c+-march=native --rounds 4 --threads 1 2

Each round trains the benchmark's network (784-128-64-10, float32, the same He-normal start) for
``--epochs`` epochs on MNIST train-24k as bytes, once on each build and thread count in turn, with
BLAS on one thread, and prints the median CPU and wall time of its epochs after the first. ``c`` is
the kernels as shipped; ``c+FLAG`` compiles them with FLAG added (into the cache folder under its
own hashed name): how a flag is tried (-march=native, not kept: benchmarks/RESULTS.md). A name
ending in @on, @off or @auto sets cstep.OWN_PRODUCT for its runs (c@on c@off: float32's products
backprop's own against numpy's). CPU time,
since on a shared machine the wall clock measures the others too; alternating, so that a busy
spell falls on each alike. Two source trees are compared by running this alternately with each on
PYTHONPATH (the benchmarks package from either).

    python -m benchmarks.kernels --products [--batch 128]

times the float32 matrix products alone instead, at the shapes of a step (PRODUCT_SHAPES): backprop's
own (fused/product_avx512.h, where the processor has AVX-512F) against numpy's cblas_sgemm, both
called alike through ctypes on one thread, alternating; GFLOP/s of CPU time (on a shared machine
the wall clock measures the others too), median of --rounds. OpenBLAS's
kernels are the processor's own or OPENBLAS_CORETYPE's: run it with and without.
"""

from __future__ import annotations

import argparse
import ctypes
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
    """The C kernels built as ``name`` says ("c" or "c+FLAG+FLAG...", without its @setting), loaded
    (compiled where needed)."""
    name = name.partition("@")[0]
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


def epoch_seconds(kernels, x, y, batch: int, epochs: int, threads: int = 1,
                  own_product: str = "auto") -> tuple[float, float]:
    """Median (CPU, wall) seconds of a run's epochs after the first, on ``kernels`` (float32's
    products as ``own_product`` says: cstep.OWN_PRODUCT)."""
    fused._LOADED = kernels  # what steps.kernels_for will find
    cstep.OWN_PRODUCT = own_product
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


#: The float32 products of a step of 784-128-64-10 at batch B, on one thread and in a two-thread
#: step's pieces (half the first layer's inputs): name, m, n, k, transposed A, transposed B, alpha, beta.
def product_shapes(batch: int) -> list[tuple]:
    return [("layer 1 forward (X W^T)", batch, 128, 784, 0, 1, 1.0, 0.0),
            ("  half the inputs", batch, 128, 392, 0, 1, 1.0, 0.0),
            ("layer 1 update (delta^T X)", 128, 784, batch, 1, 0, -0.1, 1.0),
            ("  half the inputs", 128, 392, batch, 1, 0, -0.1, 1.0),
            ("layer 2 forward", batch, 64, 128, 0, 1, 1.0, 0.0),
            ("layer 2 gradient", 64, 128, batch, 1, 0, 1.0, 0.0),
            ("layer 2 input gradient (delta W)", batch, 128, 64, 0, 0, 1.0, 0.0),
            ("layer 3 forward", batch, 10, 64, 0, 1, 1.0, 0.0),
            ("layer 3 gradient", 10, 64, batch, 1, 0, 1.0, 0.0),
            ("layer 3 input gradient", batch, 64, 10, 0, 0, 1.0, 0.0)]


def products(batch: int, rounds: int) -> None:
    """GFLOP/s of backprop's own float32 product and numpy's sgemm at product_shapes(batch)."""
    kernels = cstep.load()
    if isinstance(kernels, str):
        raise SystemExit(kernels)
    routines = {"numpy": ctypes.cast(kernels.routines["float32"][0], ctypes.c_void_p).value}
    if kernels.avx512:
        routines = {"own": ctypes.cast(kernels.library.backprop_sgemm_avx512, ctypes.c_void_p).value, **routines}
    signature = ctypes.CFUNCTYPE(None, *[ctypes.c_int] * 3, *[ctypes.c_int64] * 3, ctypes.c_float, ctypes.c_void_p,
                                 ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64, ctypes.c_float, ctypes.c_void_p,
                                 ctypes.c_int64)
    functions = {name: signature(address) for name, address in routines.items()}
    print(f"float32 products at batch {batch}, one thread; numpy's OpenBLAS runs its {kernels.blas_core} kernels;"
          f" the step's own product: {'yes' if kernels.own_product() else 'no'}; GFLOP/s of CPU time, median of {rounds}")
    rng = np.random.default_rng(0)
    with threadpool_limits(1, user_api="blas"):
        for name, m, n, k, trans_a, trans_b, alpha, beta in product_shapes(batch):
            a = rng.standard_normal((k, m) if trans_a else (m, k)).astype(np.float32)
            b = rng.standard_normal((n, k) if trans_b else (k, n)).astype(np.float32)
            c = np.zeros((m, n), np.float32)
            arguments = (101, 112 if trans_a else 111, 112 if trans_b else 111, m, n, k, alpha, a.ctypes.data,
                         a.shape[1], b.ctypes.data, b.shape[1], beta, c.ctypes.data, n)
            calls = max(20, int(2e8 / (2 * m * n * k)))  # about 0.1 s a round
            rates: dict[str, list[float]] = {label: [] for label in functions}
            for _ in range(rounds):
                for label, function in functions.items():
                    function(*arguments)
                    start = time.process_time()
                    for _ in range(calls):
                        function(*arguments)
                    rates[label].append(2 * m * n * k * calls / (time.process_time() - start) / 1e9)
            medians = {label: statistics.median(values) for label, values in rates.items()}
            ratio = f"  own / numpy {medians['own'] / medians['numpy']:.2f}" if "own" in medians else ""
            print(f"{name:<34} m {m:>4} n {n:>4} k {k:>4}  "
                  + "  ".join(f"{label} {value:6.1f}" for label, value in medians.items()) + ratio, flush=True)


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
    parser.add_argument("--products", action="store_true", help="time the float32 matrix products alone (above)")
    args = parser.parse_args()
    if args.products:
        products(args.batch, args.rounds)
        return
    fused.SHARING = args.sharing
    data = measure.load_mnist(args.data_dir, pixels=True)
    x, y = Pixels(data["x_train"]), data["y_train"]
    variants = {name: load_variant(name) for name in args.kernels}
    cells = [(name, threads) for threads in args.threads for name in variants]
    seconds: dict[tuple, list[tuple[float, float]]] = {cell: [] for cell in cells}
    with threadpool_limits(1, user_api="blas"):
        for round_number in range(1, args.rounds + 1):
            for name, threads in cells:
                cpu, wall = epoch_seconds(variants[name], x, y, args.batch, args.epochs, threads,
                                          name.partition("@")[2] or "auto")
                seconds[name, threads].append((cpu, wall))
                print(f"round {round_number} {name:<20} threads {threads} {cpu:.3f} CPU {wall:.3f} wall s/epoch",
                      flush=True)
    for (name, threads), values in seconds.items():
        cpu, wall = ([value[k] for value in values] for k in (0, 1))
        print(f"batch {args.batch} {name:<20} threads {threads} median CPU {statistics.median(cpu):.3f}"
              f" wall {statistics.median(wall):.3f}  (wall {' '.join(f'{v:.3f}' for v in wall)})")


if __name__ == "__main__":
    main()
