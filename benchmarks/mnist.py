"""Training speed on MNIST: backprop against JAX jit, PyTorch (eager and compiled), scikit-learn,
plain NumPy and the matrix-product floor, over batch sizes and thread counts.

    python -m benchmarks.mnist                        # batches 1 32 128 512, threads 1 and all cores
    python -m benchmarks.mnist --batch-sizes 128 --threads 1 --contenders backprop jax torch
    python -m benchmarks.mnist --batch-sizes 512 --threads 1 --pin both   # also on one core each

Every run is a process of its own, so that its peak RSS (VmHWM: getrusage's ru_maxrss would
include the parent's, Linux keeps it across exec) and page faults (getrusage) are its own, started
with OPENBLAS_NUM_THREADS, OMP_NUM_THREADS and MKL_NUM_THREADS set to its thread count (and XLA's
flags for one thread), which the child also applies through threadpoolctl, torch.set_num_threads
and backprop's own ``threads`` setting. A *cell* is one (batch size, threads) pair. Within a round
every cell is run, and within a cell the contenders alternate (backprop, jax, torch, ...), so that
a slow spell of this shared machine hits them alike. The first epoch of each run is reported apart
as warm-up (it holds JAX's and torch.compile's compilation); "s/epoch" is the median over the other
epochs of all rounds, in wall time (JAX keeps a dispatch thread busy beside the one that computes,
so its CPU time overstates its cost). At batch 1 a run trains --per-sample-epochs epochs.

Thread counts are asked of the libraries, which do not all obey: told to use one thread, XLA still
keeps a second core busy. ``--pin on`` confines each child to as many CPUs as its thread count (the
first of the parent's, the same for every contender of a cell; set before the child's interpreter
starts), so that "one thread" is one core for all; ``--pin both`` runs every cell free and pinned,
the two alternating in each round. The default (off) leaves the children free, as earlier results
were measured.

Then two more measurements: ``backprop explain`` on each bundled example (wall time per call as a
subprocess, start-up included) and the linear-scaling check (backprop on the training set tiled
1x, 2x and 4x: seconds per sample, batch 128, all the threads).

Prints the sweep table, one table per cell and the goals, and writes everything as JSON (--json,
default benchmarks/results/mnist-<date>.json). The data: the shared folder's train-24k set (the
first 24,345 MNIST training images) and the full 10,000-image test set, as float32 values in
[0, 1], except for backprop's runs, which take the files' bytes and convert each batch as they
gather it (the same values; ``contenders.PIXELS``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import sys
from importlib import metadata
from pathlib import Path

from . import measure, tables
from .contenders import CONTENDERS, PIXELS

BATCH_SIZES = (1, 32, 128, 512)


# --- the child: one run ------------------------------------------------------------------------------

def child(args) -> dict:
    """Train one contender in this process; the result as a dict (printed as JSON by main)."""
    threads = args.threads[0]
    limiter, pools = measure.limit_threads(threads)
    data = measure.load_mnist(args.data_dir, args.limit, args.tile, pixels=args.child in PIXELS)
    before = measure.usage()
    function, _ = CONTENDERS[args.child]
    batch = args.batch_sizes[0]
    result = function(data, args.epochs, args.seed, threads, batch)
    result.update(contender=args.child, samples=len(data["x_train"]), tile=args.tile, batch=batch,
                  threads=threads, seed=args.seed, before=before, usage=measure.usage(),
                  blas_pools=pools, cpus=sorted(os.sched_getaffinity(0)))
    del limiter
    return result


def run_child(name: str, args, seed: int, batch: int, threads: int, tile: int = 1,
              epochs: int | None = None, cpus=None) -> dict:
    """One run of ``name`` in a fresh process, confined to ``cpus`` if given; its result, or
    {"error": ...} (also when the child ran on other CPUs than it was confined to)."""
    epochs = epochs or (args.per_sample_epochs if batch == 1 else args.epochs)
    command = [sys.executable, "-m", "benchmarks.mnist", "--child", name, "--threads", str(threads),
               "--batch-sizes", str(batch), "--epochs", str(epochs), "--seed", str(seed),
               "--tile", str(tile), "--data-dir", str(args.data_dir)]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    done = measure.run_process(command, measure.thread_environment(threads), measure.REPO, args.timeout,
                               cpus)
    if done["returncode"] != 0:
        last = (done["stderr"].strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done['returncode']}: {last}"}
    result = json.loads(done["stdout"].strip().splitlines()[-1])
    result["rusage"] = done["rusage"]
    if cpus is not None and result["cpus"] != sorted(cpus):
        return {"error": f"asked to run on CPU {tables.cpu_list(cpus)}, ran on {tables.cpu_list(result['cpus'])}"}
    return result


# --- the parent: rounds, explain, scaling ------------------------------------------------------------

def say(*parts) -> None:
    print(*parts, file=sys.stderr, flush=True)


def training_rounds(args, report: dict, path: Path) -> dict:
    """{cell key: {contender: [result per round]}}, every cell run once per round (free and pinned
    alternating, the one that went first going second in the next round). After each round the
    runs so far are written to ``path`` (marked partial), so that a run stopped early still leaves
    its numbers."""
    cells = [(batch, threads, cpus) for threads in args.threads for batch in args.batch_sizes
             for cpus in pin_choices(args, threads)]

    def contenders(batch):
        return [name for name in args.contenders
                if batch != 1 or args.per_sample_contenders is None or name in args.per_sample_contenders]

    runs = {tables.cell_key(*cell): {name: [] for name in contenders(cell[0])} for cell in cells}
    for round_number in range(args.rounds):
        order = cells if round_number % 2 == 0 else swap_pin_order(cells)
        for batch, threads, cpus in order:
            for name in contenders(batch):
                result = run_child(name, args, seed=round_number, batch=batch, threads=threads, cpus=cpus)
                runs[tables.cell_key(batch, threads, cpus)][name].append(result)
                shown = result.get("error") or " ".join(f"{s:.3f}" for s in result["epoch_seconds"])
                where = f" on CPU {tables.cpu_list(cpus)}" if cpus else ""
                say(f"round {round_number + 1}/{args.rounds} batch {batch:3d} threads {threads}{where} "
                    f"{name:18s} {shown}")
        write_json(path, {**report, "partial": f"{round_number + 1} of {args.rounds} rounds", "runs": runs})
    return runs


def pin_choices(args, threads: int) -> list:
    """The CPUs a cell of ``threads`` threads runs on, in the order run: None is free."""
    pinned = args.pinned[threads] if threads in args.pinned else None
    return {"off": [None], "on": [pinned], "both": [None, pinned]}[args.pin]


def swap_pin_order(cells: list) -> list:
    """``cells`` with each free cell and the pinned one after it swapped (--pin both)."""
    swapped = list(cells)
    for index in range(len(swapped) - 1):
        here, after = swapped[index], swapped[index + 1]
        if here[2] is None and after[2] is not None and here[:2] == after[:2]:
            swapped[index], swapped[index + 1] = after, here
    return swapped


def write_json(path: Path, report: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1, default=float) + "\n", encoding="utf-8")


def explain_command() -> list[str]:
    script = shutil.which("backprop")
    return [script] if script else [sys.executable, "-m", "backprop.cli"]


def explain_timings(args) -> dict:
    """Wall time of ``backprop explain NAME`` per bundled example, median of --rounds calls."""
    from backprop.bundled import bundled

    timings = {}
    for name in sorted(bundled("examples")):
        seconds, cpu, peaks, error = [], [], [], None
        for _ in range(args.explain_calls):
            done = measure.run_process(explain_command() + ["explain", name],
                                       measure.thread_environment(max(args.threads)), measure.REPO,
                                       args.timeout)
            seconds.append(done["wall_seconds"])
            cpu.append(done["rusage"]["user_seconds"] + done["rusage"]["system_seconds"])
            peaks.append(done["rusage"]["ru_maxrss_mib"])
            if done["returncode"] != 0:
                error = (done["stderr"].strip().splitlines() or ["no output"])[-1]
                break
        timings[name] = {"median_seconds": measure.median(seconds), "max_seconds": max(seconds),
                         "median_cpu_seconds": measure.median(cpu), "peak_rss_mib": max(peaks),
                         "calls": len(seconds), "error": error}
        say(f"explain {name:32s} {timings[name]['median_seconds']:.3f} s" + (f" ({error})" if error else ""))
    return timings


def scaling(args) -> dict:
    """backprop on the training set tiled 1x, 2x, 4x (alternating, --rounds rounds): s per sample."""
    tiles = (1, 2, 4)
    threads = max(args.threads)
    runs = {tile: [] for tile in tiles}
    for round_number in range(args.rounds):
        for tile in tiles:
            result = run_child("backprop", args, seed=round_number, batch=128, threads=threads,
                               tile=tile, epochs=args.scaling_epochs)
            runs[tile].append(result)
            shown = result.get("error") or " ".join(f"{s:.3f}" for s in result["epoch_seconds"])
            say(f"scaling round {round_number + 1}/{args.rounds} tile {tile}x {shown}")
    rows = {}
    for tile, results in runs.items():
        row = measure.summarise(results)
        if "error" not in row:
            row["samples"] = results[0]["samples"]
            row["microseconds_per_sample"] = 1e6 * row["seconds_per_epoch"] / row["samples"]
            row["cpu_microseconds_per_sample"] = 1e6 * row["cpu_seconds_per_epoch"] / row["samples"]
        rows[tile] = row

    def spread(key):
        values = [row[key] for row in rows.values() if "error" not in row]
        return max(values) / min(values) - 1 if len(values) == len(rows) else None

    return {"tiles": rows, "spread": spread("microseconds_per_sample"),
            "cpu_spread": spread("cpu_microseconds_per_sample")}


def environment(args) -> dict:
    versions = {"python": platform.python_version()}
    for package in ("numpy", "torch", "jax", "jaxlib", "scikit-learn", "threadpoolctl"):
        try:  # not imported: the children inherit the parent's memory at the time they start
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {"date": datetime.date.today().isoformat(), "machine": platform.machine(),
            "cpus": os.cpu_count(), "load_average": os.getloadavg(), "threads": args.threads,
            "batch_sizes": args.batch_sizes, "rounds": args.rounds, "epochs": args.epochs,
            "per_sample_epochs": args.per_sample_epochs, "pin": args.pin,
            "pinned_cpus": {str(threads): list(cpus) for threads, cpus in args.pinned.items()},
            "parent_cpus": sorted(os.sched_getaffinity(0)), "learning_rate": measure.LEARNING_RATE, "per_sample_learning_rate": measure.PER_SAMPLE_LEARNING_RATE,
            "versions": versions,
            "openblas_variables": {key: value for key, value in os.environ.items() if key.startswith("OPENBLAS_")},
            "command": " ".join(["python -m benchmarks.mnist"] + sys.argv[1:])}


def parent(args) -> dict:
    report = {"environment": environment(args)}
    default = measure.REPO / "benchmarks" / "results" / f"mnist-{report['environment']['date']}.json"
    path = Path(args.json or default)
    runs = training_rounds(args, report, path)
    cells = {key: tables.summarise_cell(cell_runs) for key, cell_runs in runs.items()}
    gains = {batch: tables.threads_gain(cells, runs, batch, args.threads) for batch in args.batch_sizes}
    gains = {batch: gain for batch, gain in gains.items() if gain is not None}
    labels = {name: label for name, (_, label) in CONTENDERS.items()}
    pools = next((run["blas_pools"] for cell in runs.values() for rs in cell.values() for run in rs
                  if "blas_pools" in run), [])
    report.update(cells=cells, threads_gain=gains, runs=runs, blas_pools=pools)
    scale = scaling(args) if args.scaling else None
    timings = explain_timings(args) if args.explain else None
    report.update(scaling=scale, explain=timings)
    report["environment"]["load_average_after"] = os.getloadavg()

    env = report["environment"]
    blas = ", ".join(f"{p['internal_api']} {p['version']}" + (f" ({p['architecture']} kernels)" if p.get("architecture") else "")
                     for p in pools)
    blas += "".join(f", {key}={value}" for key, value in env["openblas_variables"].items())
    own = {run.get("own_product") for cell in runs.values() for rs in cell.values() for run in rs} - {None}
    if own:  # (backprop's runs: float32's products its own, fused/product_avx512.h, or numpy's sgemm)
        blas += "; backprop's products: " + " and ".join("its own (AVX-512)" if value else "numpy's" for value in sorted(own))
    print(f"MNIST train-24k, 784-128-64-10 ReLU, softmax cross-entropy, SGD lr {measure.LEARNING_RATE:g} "
          f"({measure.PER_SAMPLE_LEARNING_RATE:g} at batch 1), float32; "
          f"{args.rounds} rounds x {args.epochs} epochs ({args.per_sample_epochs} at batch 1; the first "
          f"is warm-up); {env['date']}, {env['cpus']} CPUs, numpy {env['versions']['numpy']}, "
          f"BLAS: {blas or 'unknown'}; load {env['load_average'][0]:.1f} -> "
          f"{env['load_average_after'][0]:.1f}")
    if args.pinned:
        print(f"Pinned cells (--pin {args.pin}): a child of "
              + "; ".join(f"{threads} thread{'s' * (threads > 1)} confined to CPU {tables.cpu_list(cpus)}"
                          for threads, cpus in args.pinned.items()) + ", the same for every contender")
    print()
    print(tables.sweep_table(cells, args.batch_sizes, args.threads, gains, args.pinned))
    for key, summary in cells.items():
        print(f"\n{key}:\n")
        print(tables.cell_table(summary, labels))
    if scale is not None:
        print("\nLinear scaling (backprop, training set tiled):\n")
        print(tables.scaling_table(scale))
    if timings is not None:
        print("\n`backprop explain NAME` (a subprocess per call, start-up included):\n")
        print(tables.explain_table(timings))
    report["goals"] = tables.goals(cells, gains, args.threads, scale, timings, args.pinned)
    print("\nGoals:\n" + "\n".join(report["goals"]))

    write_json(path, report)
    print(f"\nwrote {path}")
    return report


def build_parser() -> argparse.ArgumentParser:
    every_core = sorted({1, os.cpu_count() or 1})
    parser = argparse.ArgumentParser(prog="python -m benchmarks.mnist", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each contender per cell, alternating (3)")
    parser.add_argument("--epochs", type=int, default=3, help="epochs per run; the first is warm-up (3)")
    parser.add_argument("--per-sample-epochs", type=int, default=2,
                        help="epochs per run at batch 1, the first warm-up (2)")
    parser.add_argument("--per-sample-contenders", nargs="+", choices=list(CONTENDERS),
                        help="at batch 1, only these (an epoch of one-sample steps takes minutes for"
                        " some: PyTorch on two threads took 2 minutes here); default: all of --contenders")
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=list(BATCH_SIZES),
                        help="batch sizes of the sweep (1 32 128 512)")
    parser.add_argument("--threads", type=int, nargs="+", default=every_core,
                        help=f"thread counts of the sweep ({' '.join(map(str, every_core))}: one and"
                        " every core); the largest is the default the goals speak of")
    parser.add_argument("--contenders", nargs="+", choices=list(CONTENDERS), default=list(CONTENDERS))
    parser.add_argument("--pin", choices=("off", "on", "both"), default="off",
                        help="confine each run to as many CPUs as its threads (on), run each cell free"
                        " and pinned (both), or leave the runs free as earlier results were (off)")
    parser.add_argument("--json", help="where to write the results (benchmarks/results/mnist-<date>.json)")
    parser.add_argument("--data-dir", default=str(measure.DEFAULT_DATA_DIR), help="the MNIST folder")
    parser.add_argument("--limit", type=int, help="use only the first N training samples")
    parser.add_argument("--no-explain", dest="explain", action="store_false", help="skip `backprop explain`")
    parser.add_argument("--explain-calls", type=int, default=7, help="calls of explain per example (7)")
    parser.add_argument("--no-scaling", dest="scaling", action="store_false", help="skip the 1x/2x/4x check")
    parser.add_argument("--scaling-epochs", type=int, default=2, help="epochs per scaling run (2)")
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--tile", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is abandoned")
    parser.add_argument("--child", choices=list(CONTENDERS), help=argparse.SUPPRESS)
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.threads = sorted(set(args.threads))
    try:
        args.pinned = {threads: measure.pinned_cpus(threads) for threads in args.threads} if args.pin != "off" else {}
    except ValueError as error:
        parser.error(str(error))
    if args.child:
        print(json.dumps(child(args), default=float))
    else:
        parent(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
