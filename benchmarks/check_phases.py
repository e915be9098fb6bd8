"""Where one ``backprop check``'s start-up goes (issue 13 item 5): CPU time of each phase, timed inside
the check's own process, for each check of check_startup.py.

    python -m benchmarks.check_phases               # 9 runs of each check
    python -m benchmarks.check_phases --runs 15

Each run is a process of its own that imports, in this order, NumPy, mpmath, SymPy, makes SymPy's
first sum (its first-use imports), imports numpy.random, backprop's problem file modules (the
engine), the command line with check's modules, and then runs the check (with the homework
reader's imports where the formula needs it); each phase's CPU time (time.process_time) is what it
adds to the ones before, so the phases add up to the run less the interpreter's own start. No
profiler: its overhead would swell the many small calls. The checks alternate within each round;
bytecode is cached under a temporary PYTHONPYCACHEPREFIX filled by an unmeasured first run. Prints
the median of each phase (ms) and the load average (1 min) at the rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .check import REPO, environment
from .check_startup import CHECKS

#: (phase, the statement that makes it), in the order they run
PHASES = [
    ("import numpy", "import numpy"),
    ("import mpmath (SymPy's, first)", "import mpmath"),
    ("import sympy", "import sympy"),
    ("SymPy's first sum (sympy.tensor, sympy.combinatorics)", "sympy.Symbol('x') + 1"),
    ("numpy.random (the random points)", "import numpy.random"),
    ("backprop's engine and problem file modules", "import backprop.problem"),
    ("backprop's symbolic modules and the command line", "import backprop.cli, backprop.commands.check"),
    ("the check (and the homework reader's imports, where used)",
     "with contextlib.redirect_stdout(io.StringIO()): status = backprop.cli.main(['check', *sys.argv[1:]])"),
]

_CHILD = "\n".join(["import contextlib, io, json, sys, time", "spent = []"]
                   + [f"start = time.process_time()\n{statement}\nspent.append(1e3 * (time.process_time() - start))"
                      for _, statement in PHASES]
                   + ["print(json.dumps({'spent': spent, 'status': status}))"])


def phases(arguments: list[str], env: dict) -> list[float]:
    """CPU ms of each of PHASES in one process running ``backprop check ARGUMENTS``; SystemExit if the
    check does not run to a verdict (exit 0 or 1)."""
    done = subprocess.run([sys.executable, "-c", _CHILD, *arguments], capture_output=True, text=True,
                          cwd=REPO, env=env)
    found = json.loads(done.stdout.strip().splitlines()[-1]) if done.returncode == 0 else {}
    if found.get("status") not in (0, 1):
        status = found.get("status", f"of the process {done.returncode}")
        raise SystemExit(f"check {' '.join(arguments[:3])}...: exit {status}: {done.stderr.strip()[-300:]}")
    return found["spent"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each check (default 9)")
    args = parser.parse_args(argv)
    runs: dict[str, list[list[float]]] = {name: [] for name in CHECKS}
    loads: list[float] = []
    with tempfile.TemporaryDirectory() as temporary:
        env = environment(REPO / "src", Path(temporary) / "pycache")
        for arguments in CHECKS.values():  # fill the bytecode cache, unmeasured
            phases(arguments, env)
        for number in range(args.runs):
            loads.append(os.getloadavg()[0])
            order = list(CHECKS) if number % 2 == 0 else list(reversed(CHECKS))
            for name in order:
                runs[name].append(phases(CHECKS[name], env))
            print(f"round {number + 1}/{args.runs}: load {loads[-1]:.2f}", file=sys.stderr)
    print(report(runs, loads))
    return 0


def report(runs: dict[str, list[list[float]]], loads: list[float]) -> str:
    """A table: one row per phase (and the total), one column per check, median CPU ms."""
    medians = {name: [statistics.median(values) for values in zip(*found)] for name, found in runs.items()}
    lines = [f"runs of each check: {min(len(found) for found in runs.values())}, alternating; load average (1 min)"
             f" at the rounds: {min(loads):.2f} to {max(loads):.2f}, median {statistics.median(loads):.2f};"
             f" {os.cpu_count()} cores", "",
             "| median CPU ms | " + " | ".join(runs) + " |", "|---|" + "---:|" * len(runs)]
    for position, (phase, _) in enumerate(PHASES):
        lines.append(f"| {phase} | " + " | ".join(f"{medians[name][position]:.0f}" for name in runs) + " |")
    lines.append("| total (the sum of the medians) | " + " | ".join(f"{sum(medians[name]):.0f}" for name in runs) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
