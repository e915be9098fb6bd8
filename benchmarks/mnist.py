"""Training speed on MNIST: backprop against PyTorch, scikit-learn, plain NumPy and the floor.

    python -m benchmarks.mnist                       # 5 rounds, 3 epochs, 1 BLAS thread
    python -m benchmarks.mnist --rounds 7 --epochs 4 --threads 2 --json out.json

Every run is a process of its own, so that its peak RSS (VmHWM: getrusage's ru_maxrss would
include the parent's, Linux keeps it across exec) and page faults (getrusage) are its own, started
with OPENBLAS_NUM_THREADS, OMP_NUM_THREADS and MKL_NUM_THREADS set to --threads, which the child
also applies through threadpoolctl and torch.set_num_threads. The contenders alternate within each
round (backprop, torch, sklearn, numpy, numpy_preallocated, floor, then again), so that a slow spell
of this shared machine hits them alike. The first epoch of each run is
reported apart as warm-up; "s/epoch" is the median over the other epochs of all rounds.

Then two more measurements: ``backprop explain`` on each bundled example (wall time per call as a
subprocess, start-up included) and the linear-scaling check (backprop on the training set tiled
1x, 2x and 4x: seconds per sample).

Prints one Markdown table per measurement and writes everything as JSON (--json, default
benchmarks/results/mnist-<date>.json). The data: the shared folder's train-24k set (the first
24,345 MNIST training images) and the full 10,000-image test set.
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

from . import measure
from .contenders import CONTENDERS

#: The issue's goals; accuracy_band: how far (absolute) backprop's test accuracy may lie outside
#: the range of the peers' after the same epochs.
GOALS = {"vs_torch": 0.40, "vs_floor": 1.25, "rss_vs_numpy": 1.3, "scaling_spread": 0.10,
         "explain_seconds": 0.5, "accuracy_band": 0.01}


# --- the child: one run ------------------------------------------------------------------------------

def child(args) -> dict:
    """Train one contender in this process; the result as a dict (printed as JSON by main)."""
    limiter, pools = measure.limit_threads(args.threads)
    data = measure.load_mnist(args.data_dir, args.limit, args.tile)
    before = measure.usage()
    function, _ = CONTENDERS[args.child]
    result = function(data, args.epochs, args.seed, args.threads)
    result.update(contender=args.child, samples=len(data["x_train"]), tile=args.tile,
                  threads=args.threads, seed=args.seed, before=before, usage=measure.usage(),
                  blas_pools=pools)
    del limiter
    return result


def run_child(name: str, args, seed: int, tile: int = 1, epochs: int | None = None) -> dict:
    """One run of ``name`` in a fresh process; its result, or {"error": ...}."""
    command = [sys.executable, "-m", "benchmarks.mnist", "--child", name, "--threads",
               str(args.threads), "--epochs", str(epochs or args.epochs), "--seed", str(seed),
               "--tile", str(tile), "--data-dir", str(args.data_dir)]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    done = measure.run_process(command, measure.thread_environment(args.threads), measure.REPO,
                               args.timeout)
    if done["returncode"] != 0:
        last = (done["stderr"].strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done['returncode']}: {last}"}
    result = json.loads(done["stdout"].strip().splitlines()[-1])
    result["rusage"] = done["rusage"]
    return result


# --- the parent: rounds, explain, scaling ------------------------------------------------------------

def say(*parts) -> None:
    print(*parts, file=sys.stderr, flush=True)


def training_rounds(args) -> dict:
    runs = {name: [] for name in args.contenders}
    for round_number in range(args.rounds):
        for name in args.contenders:
            result = run_child(name, args, seed=round_number)
            runs[name].append(result)
            shown = result.get("error") or " ".join(f"{s:.3f}" for s in result["epoch_seconds"])
            say(f"round {round_number + 1}/{args.rounds} {name:9s} {shown}")
    return runs


def summarise_training(runs: dict) -> dict:
    summary = {name: measure.summarise(results) for name, results in runs.items()}
    for name, row in summary.items():
        if "error" in row:
            continue
        for reference, key in (("torch", "vs_torch"), ("floor", "vs_floor")):
            if "error" not in summary.get(reference, {"error": None}):
                theirs = summary[reference]
                row[key] = row["seconds_per_epoch"] / theirs["seconds_per_epoch"]
                row["cpu_" + key] = row["cpu_seconds_per_epoch"] / theirs["cpu_seconds_per_epoch"]
                row[key + "_same_round"] = measure.same_round_ratios(runs, name, reference)
                row["cpu_" + key + "_same_round"] = measure.same_round_ratios(
                    runs, name, reference, "epoch_cpu_seconds")
                row["cpu_" + key + "_best"] = (row["min_cpu_seconds_per_epoch"]
                                               / theirs["min_cpu_seconds_per_epoch"])
    return summary


def explain_command() -> list[str]:
    script = shutil.which("backprop")
    return [script] if script else [sys.executable, "-m", "backprop.cli"]


def explain_timings(args) -> dict:
    """Wall time of ``backprop explain NAME`` per bundled example, median of --rounds calls."""
    from backprop.cli import bundled_examples

    timings = {}
    for name in sorted(bundled_examples()):
        seconds, cpu, peaks, error = [], [], [], None
        for _ in range(args.rounds):
            done = measure.run_process(explain_command() + ["explain", name],
                                       measure.thread_environment(args.threads), measure.REPO,
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
    runs = {tile: [] for tile in tiles}
    for round_number in range(args.rounds):
        for tile in tiles:
            result = run_child("backprop", args, seed=round_number, tile=tile,
                               epochs=args.scaling_epochs)
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


def scaling_table(result: dict) -> str:
    lines = ["| training set | samples | s/epoch (median) | us/sample | vs 1x | CPU us/sample "
             "| CPU vs 1x | peak RSS MiB |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    first = result["tiles"].get(1, {})
    for tile, row in result["tiles"].items():
        if "error" in row:
            lines.append(f"| {tile}x | failed: {row['error']} |" + " |" * 6)
            continue
        ratios = [row[key] / first[key] if key in first else None
                  for key in ("microseconds_per_sample", "cpu_microseconds_per_sample")]
        lines.append(f"| {tile}x | {row['samples']} | {row['seconds_per_epoch']:.3f} "
                     f"| {row['microseconds_per_sample']:.2f} | {measure._cell(ratios[0], '.3f')} "
                     f"| {row['cpu_microseconds_per_sample']:.2f} | {measure._cell(ratios[1], '.3f')} "
                     f"| {row['peak_rss_mib']:.0f} |")
    return "\n".join(lines)


def explain_table(timings: dict) -> str:
    lines = ["| example | s per call (median) | max s | CPU s per call | peak RSS MiB | calls |",
             "|---|---:|---:|---:|---:|---:|"]
    for name, row in timings.items():
        note = f" (failed: {row['error']})" if row["error"] else ""
        lines.append(f"| {name}{note} | {row['median_seconds']:.3f} | {row['max_seconds']:.3f} "
                     f"| {row['median_cpu_seconds']:.3f} | {row['peak_rss_mib']:.0f} | {row['calls']} |")
    return "\n".join(lines)


def goals(summary: dict, scale: dict | None, timings: dict | None) -> list[str]:
    """The issue's goals, each with the measured value and whether it is met."""
    lines = []

    def check(what, value, limit, form=".2f"):
        if value is None:
            lines.append(f"- {what}: not measured")
        else:
            lines.append(f"- {what}: {value:{form}} (goal <= {limit:{form}}): "
                         f"{'met' if value <= limit else 'MISSED'}")

    mine = summary.get("backprop", {})
    if "error" not in mine:
        check("backprop / PyTorch eager, s per epoch", mine.get("vs_torch"), GOALS["vs_torch"])
        check("backprop / floor, s per epoch", mine.get("vs_floor"), GOALS["vs_floor"])
        check("the same in CPU time: backprop / PyTorch eager", mine.get("cpu_vs_torch"), GOALS["vs_torch"])
        check("the same in CPU time: backprop / floor", mine.get("cpu_vs_floor"), GOALS["vs_floor"])
        check("the same, quietest epoch of each (CPU): backprop / PyTorch eager",
              mine.get("cpu_vs_torch_best"), GOALS["vs_torch"])
        check("the same, quietest epoch of each (CPU): backprop / floor", mine.get("cpu_vs_floor_best"),
              GOALS["vs_floor"])
        floor, lean = summary.get("floor", {}), summary.get("numpy_preallocated", {})
        if "cpu_vs_torch" in floor:
            lines.append(f"- for reference, the floor itself / PyTorch eager, CPU: {floor['cpu_vs_torch']:.2f}"
                         " (a ratio to PyTorch below this needs fewer or faster matrix products)")
        if "cpu_vs_floor" in lean:
            lines.append(f"- for reference, the preallocated NumPy loop / floor, CPU: {lean['cpu_vs_floor']:.2f}"
                         " (the least overhead a NumPy step allows)")
        numpy_rss = summary.get("numpy", {}).get("peak_rss_mib")
        check("backprop / plain NumPy loop, peak RSS",
              mine["peak_rss_mib"] / numpy_rss if numpy_rss else None, GOALS["rss_vs_numpy"])
        accuracies = {name: row["test_accuracy"] for name, row in summary.items()
                      if "error" not in row and row["test_accuracy"] is not None}
        peers = [value for name, value in accuracies.items() if name != "backprop"]
        line = ("- test accuracy after the same epochs: "
                + ", ".join(f"{name} {value:.4f}" for name, value in accuracies.items()))
        if peers and "backprop" in accuracies:
            low, high = min(peers) - GOALS["accuracy_band"], max(peers) + GOALS["accuracy_band"]
            inside = low <= accuracies["backprop"] <= high
            line += (f" (band: the peers' range +- {GOALS['accuracy_band']}, {low:.4f} to {high:.4f}):"
                     f" {'met' if inside else 'MISSED'}")
        lines.append(line)
    if scale is not None:
        check("linear scaling, spread of s per sample over 1x/2x/4x", scale["spread"],
              GOALS["scaling_spread"], ".3f")
        check("the same in CPU time", scale.get("cpu_spread"), GOALS["scaling_spread"], ".3f")
    if timings:
        slowest = max((row["median_seconds"] for row in timings.values()), default=None)
        check("backprop explain, slowest example, s per call", slowest, GOALS["explain_seconds"], ".3f")
    return lines


def environment(args) -> dict:
    versions = {"python": platform.python_version()}
    for package in ("numpy", "torch", "scikit-learn", "threadpoolctl"):
        try:  # not imported: the children inherit the parent's memory at the time they start
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {"date": datetime.date.today().isoformat(), "machine": platform.machine(),
            "cpus": os.cpu_count(), "load_average": os.getloadavg(), "threads": args.threads,
            "rounds": args.rounds, "epochs": args.epochs, "batch_size": 128, "learning_rate": 0.1,
            "versions": versions, "command": " ".join(["python -m benchmarks.mnist"] + sys.argv[1:])}


def parent(args) -> dict:
    report = {"environment": environment(args)}
    runs = training_rounds(args)
    summary = summarise_training(runs)
    labels = {name: label for name, (_, label) in CONTENDERS.items()}
    pools = next((run["blas_pools"] for rs in runs.values() for run in rs if "blas_pools" in run), [])
    report.update(summary=summary, runs=runs, blas_pools=pools)
    scale = scaling(args) if args.scaling else None
    timings = explain_timings(args) if args.explain else None
    report.update(scaling=scale, explain=timings)
    report["environment"]["load_average_after"] = os.getloadavg()

    env = report["environment"]
    blas = ", ".join(f"{p['internal_api']} {p['version']} ({p['num_threads']} threads)" for p in pools)
    print(f"MNIST train-24k ({summary.get('backprop', {}).get('rounds', '?')} rounds x {args.epochs} "
          f"epochs; first epoch = warm-up), 784-128-64-10 ReLU, softmax cross-entropy, SGD lr 0.1, "
          f"batch 128, float32; {env['date']}, {env['cpus']} CPUs, threads {args.threads}, "
          f"numpy {env['versions']['numpy']}, BLAS: {blas or 'unknown'}; load "
          f"{env['load_average'][0]:.1f} -> {env['load_average_after'][0]:.1f}\n")
    print(measure.table(summary, labels))
    if scale is not None:
        print("\nLinear scaling (backprop, training set tiled):\n")
        print(scaling_table(scale))
    if timings is not None:
        print("\n`backprop explain NAME` (a subprocess per call, start-up included):\n")
        print(explain_table(timings))
    report["goals"] = goals(summary, scale, timings)
    print("\nGoals:\n" + "\n".join(report["goals"]))

    path = Path(args.json or measure.REPO / "benchmarks" / "results" / f"mnist-{env['date']}.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1, default=float) + "\n", encoding="utf-8")
    print(f"\nwrote {path}")
    return report


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.mnist", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5, help="runs of each contender, alternating (5)")
    parser.add_argument("--epochs", type=int, default=3, help="epochs per run; the first is warm-up (3)")
    parser.add_argument("--threads", type=int, default=1, help="BLAS/OpenMP/torch threads for every run (1)")
    parser.add_argument("--contenders", nargs="+", choices=list(CONTENDERS), default=list(CONTENDERS))
    parser.add_argument("--json", help="where to write the results (benchmarks/results/mnist-<date>.json)")
    parser.add_argument("--data-dir", default=str(measure.DEFAULT_DATA_DIR), help="the MNIST folder")
    parser.add_argument("--limit", type=int, help="use only the first N training samples")
    parser.add_argument("--no-explain", dest="explain", action="store_false", help="skip `backprop explain`")
    parser.add_argument("--no-scaling", dest="scaling", action="store_false", help="skip the 1x/2x/4x check")
    parser.add_argument("--scaling-epochs", type=int, default=2, help="epochs per scaling run (2)")
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--tile", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a run is abandoned")
    parser.add_argument("--child", choices=list(CONTENDERS), help=argparse.SUPPRESS)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    if args.child:
        print(json.dumps(child(args), default=float))
    else:
        parent(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
