"""Grading speed: claims judged per second over a class of seed-sized submissions, start-up included.

    python -m benchmarks.grading                    # 30 submissions, 3 rounds, every core
    python -m benchmarks.grading --students 60 --rounds 5 --workers 1
    python -m benchmarks.grading --seeds 000 001 002 003 004 --students 10

The class is made from the seed documents graded by their bundled notations (tests/seeds/), by
default seed 000 (two networks, sections by heading) and seed 004 (a softmax classifier and a
sparse network), in turn, each submission a copy with a few of its numbers changed, so that no two
are the same text. ``--seeds`` names others: seed 001's claims are about the 784-128-64-10 network,
whose sums run over 128 and 64 units, and grade many times slower than the others' (its own row). Each round runs ``backprop grade FOLDER ... --format json`` as a process of its own (start-up,
SymPy's import and the workers' included) and counts the claims in its output. Prints the median
and writes JSON (--json, default benchmarks/results/grading-<date>.json).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "tests" / "seeds"
#: seed -> (notation, problem arguments), as the tests grade them
SETUPS = {
    "000": ("seed000", ["Regression=seed000_regression", "Classification=seed000_classification"]),
    "001": ("seed001", ["seed001_mnist_literal"]),
    "002": ("seed002", ["Regression=seed000_regression", "Classification=seed000_classification"]),
    "003": ("seed003", ["seed003_delta_rule"]),
    "004": ("seed004", ["seed004_softmax_classifier", "3.=seed004_sparse_sigmoid"]),
}
DEFAULT_SEEDS = ("000", "004")
GOAL = 20.0  # claims per second (issue 17)


def make_class(folder: Path, students: int, seed: str) -> None:
    """``students`` copies of the seed document, each with some numbers changed (a student's own
    slips), in ``folder``."""
    text = (SEEDS / f"seed{seed}.md").read_text(encoding="utf-8")
    numbers = list(re.finditer(r"(?<![\w.])\d+\.\d+", text))
    for student in range(students):
        changed = list(text)
        for match in numbers[student % 7::11]:  # a different handful in each copy
            start, end = match.span()
            changed[start:end] = [""] * (end - start)
            changed[start] = str(round(float(match.group(0)) * 1.1, 4))
        (folder / f"student{student:03d}.md").write_text("".join(changed), encoding="utf-8")


def run_round(folder: Path, seed: str, workers: int) -> dict:
    notation, problems = SETUPS[seed]
    command = [sys.executable, "-m", "backprop.cli", "grade", str(folder), "--notation", notation,
               "--format", "json"]
    for problem in problems:
        command += ["--problem", problem]
    if workers:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"grade failed: {done.stderr.strip()[-300:]}")
    submissions = json.loads(done.stdout)["submissions"]
    claims = sum(len(submission["claims"]) for submission in submissions)
    return {"seconds": seconds, "claims": claims, "submissions": len(submissions),
            "claims_per_second": claims / seconds}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=0, help="0: one per core (grade's default)")
    parser.add_argument("--seeds", nargs="+", choices=sorted(SETUPS), default=list(DEFAULT_SEEDS),
                        help="the seed documents the class is made of (default: 000 004)")
    parser.add_argument("--json", help="where to write the results")
    args = parser.parse_args(argv)
    seeds = list(dict.fromkeys(args.seeds))
    copies = max(1, args.students // len(seeds))
    results = []
    with tempfile.TemporaryDirectory() as temporary:
        classes = {}
        for seed in seeds:
            folder = Path(temporary) / f"class{seed}"
            folder.mkdir()
            make_class(folder, copies, seed)
            classes[seed] = folder
        for number in range(args.rounds):
            for seed, folder in classes.items():  # alternating, so a slow spell hits both alike
                result = {"round": number + 1, "seed": seed, **run_round(folder, seed, args.workers)}
                results.append(result)
                print(f"round {number + 1} seed {seed}: {result['claims']} claims of {result['submissions']}"
                      f" submissions in {result['seconds']:.1f} s = {result['claims_per_second']:.1f} claims/s",
                      file=sys.stderr)
    total = {seed: statistics.median(r["claims_per_second"] for r in results if r["seed"] == seed) for seed in seeds}
    # The whole class's rate: every round's claims over its seconds, so that a slow seed weighs by its time
    overall = statistics.median(
        sum(r["claims"] for r in results if r["round"] == number + 1)
        / sum(r["seconds"] for r in results if r["round"] == number + 1) for number in range(args.rounds))
    print(f"| class | claims/s (median of {args.rounds}) | goal |\n|---|---:|---:|")
    for seed, rate in total.items():
        print(f"| {copies} copies of seed {seed} | {rate:.1f} | {GOAL:g} |")
    print(f"| all ({len(seeds) * copies} submissions) | {overall:.1f} | {GOAL:g} |")
    out = Path(args.json or REPO / "benchmarks" / "results" / f"grading-{datetime.date.today()}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"date": str(datetime.date.today()), "cores": os.cpu_count(), "workers": args.workers,
                               "rounds": results, "median_claims_per_second": overall}, indent=2) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
