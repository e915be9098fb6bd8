"""Start-up of one ``backprop check`` and one ``backprop explain`` (issue 13 item 5, issue 14), each a
process of its own, interpreter start included.

    python -m benchmarks.check_startup                                # this tree, 15 runs of each
    python -m benchmarks.check_startup --baseline /tmp/main/src       # alternating with other sources
    python -m benchmarks.check_startup --runs 25 --no-explain

Each run of a command alternates between the sources (this tree's src/ and ``--baseline``), the
order of the two flipping every round (A B, B A, ...), so that a change of the machine's load
touches both alike; with two sources, the saving is the median of the differences between the runs
of one round. Per run: wall time, and CPU time (user + system of the child, from getrusage),
which a loaded machine disturbs less. The floors, ``python -c "import sympy, numpy"`` (what every
check pays before a line of backprop runs) and the same with one SymPy sum (``x + 1``: SymPy's own
first-use imports, sympy.tensor.tensor and sympy.combinatorics, which ``import sympy`` does not do
but the first Add does), are measured in the same rounds, with two floors below SymPy's: ``import
numpy`` alone, and NumPy with backprop's engine, a bundled problem file read and its network built,
no SymPy (what a check that did not import SymPy would pay before reading a formula; the engine's
modules, which ``explain`` imports too). Bytecode is cached under a temporary
PYTHONPYCACHEPREFIX, filled by an unmeasured first run, as an installed package has it.

The checks: README's seed-004 derivation (a chain of members, numbers judged at the file's numbers),
a right and a wrong formula in SymPy syntax on seed 000 (the wrong one prints the true derivative,
a counterexample and a hint), and the right one in LaTeX. Prints the medians, the load average
(1 min) seen at each round, and writes JSON (--json).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from .check import REPO, environment, timed

CHECK_GOAL = 0.5     # seconds per check, start-up included (issue 13 item 5)
EXPLAIN_GOAL = 0.3   # seconds per explain of a bundled example (issue 14)

#: name -> arguments of ``backprop check`` (README's examples, the bundled files by name)
CHECKS = {
    "README seed 004 (notation, numbers)": [
        "seed004_sparse_sigmoid", "--notation", "seed004", "--formula",
        r"\frac{\partial L}{\partial w_2} = 2(\hat{y} - y) \cdot \hat{y}(1 - \hat{y}) \cdot w_5 \cdot h_1(1 - h_1)"
        r" \cdot x_2 = 2(0.586 - 0.7) \cdot 0.586(1 - 0.586) \cdot -0.2 \cdot 0.731(1 - 0.731) \cdot 4.9"
        r" \approx 0.01066"],
    "seed 000 W1[0,0], right (SymPy syntax)": [
        "seed000_regression", "--param", "W1[0,0]", "--formula",
        "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"],
    "seed 000 W1[0,0], wrong (hint)": [
        "seed000_regression", "--param", "W1[0,0]", "--formula",
        "(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"],
    "seed 000 W1[0,0], right (--latex)": [
        "seed000_regression", "--param", "W1[0,0]", "--latex",
        r"2(a^{(2)}_0 - y_0) W^{(2)}_{0,0} a^{(1)}_0 (1-a^{(1)}_0) x_0"],
}
EXAMPLES = sorted(path.stem for path in (REPO / "src" / "backprop" / "examples").glob("*.toml"))
FLOORS = {"python -c 'import sympy, numpy'": "import sympy, numpy",
          "... and one SymPy sum (x + 1)": "import sympy, numpy; sympy.Symbol('x') + 1",
          "python -c 'import numpy'": "import numpy",
          "no SymPy: numpy, backprop's engine, seed 000's file and network":
              "from backprop.bundled import problem_path; from backprop.problem import load_problem;"
              " load_problem(problem_path('seed000_regression')).build_network()"}


def commands(explain: bool) -> dict[str, tuple[list[str], tuple]]:
    """name -> (arguments after ``python``, the exit statuses that mean it ran)."""
    found = {f"check: {name}": (["-m", "backprop.cli", "check", *arguments], (0, 1))
             for name, arguments in CHECKS.items()}
    if explain:
        found.update({f"explain {name}": (["-m", "backprop.cli", "explain", name], (0,)) for name in EXAMPLES})
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command with each source (default 15)")
    parser.add_argument("--baseline", help="another src/ folder to alternate with (e.g. main's, from git archive)")
    parser.add_argument("--no-explain", action="store_true", help="the checks and floors only")
    parser.add_argument("--json", help="where to write every run (default: not written)")
    args = parser.parse_args(argv)
    sources = {"this": REPO / "src"}
    if args.baseline:
        sources = {"baseline": Path(args.baseline).resolve(), **sources}
    runs: list[dict] = []
    loads: list[float] = []
    todo = commands(not args.no_explain)
    with tempfile.TemporaryDirectory() as temporary:
        envs = {name: environment(source, Path(temporary) / f"pycache-{name}") for name, source in sources.items()}
        for env in envs.values():  # fill the bytecode caches, unmeasured
            for arguments, expect in todo.values():
                timed([sys.executable, *arguments], env, expect)
        for number in range(args.runs):
            loads.append(os.getloadavg()[0])
            order = list(envs) if number % 2 == 0 else list(reversed(envs))
            for floor, code in FLOORS.items():
                runs.append({"name": floor, "source": "floor", **timed([sys.executable, "-c", code], envs["this"])})
            for name, (arguments, expect) in todo.items():
                for source in order:
                    runs.append({"name": name, "source": source,
                                 **timed([sys.executable, *arguments], envs[source], expect)})
            print(f"round {number + 1}/{args.runs}: load {loads[-1]:.2f}", file=sys.stderr)
    print(report(runs, list(sources), loads, todo))
    if args.json:
        Path(args.json).write_text(json.dumps({"date": str(datetime.date.today()), "cores": os.cpu_count(),
                                               "sources": {name: str(path) for name, path in sources.items()},
                                               "loads": loads, "runs": runs}, indent=2) + "\n")
    return 0


def report(runs: list[dict], sources: list[str], loads: list[float], todo: dict) -> str:
    def chosen(name: str, source: str) -> list[dict]:
        return [run for run in runs if run["name"] == name and run["source"] == source]

    def cell(name: str, source: str) -> str:
        found = chosen(name, source)
        return (f"{statistics.median(run['seconds'] for run in found):.3f}"
                f" ({statistics.median(run['cpu'] for run in found):.3f})")

    def saved(name: str) -> str:
        # each baseline run against the run of this tree beside it, in the same round
        pairs = list(zip(chosen(name, sources[0]), chosen(name, sources[1])))
        wall = statistics.median(first["seconds"] - second["seconds"] for first, second in pairs)
        cpu = statistics.median(first["cpu"] - second["cpu"] for first, second in pairs)
        return f" {1e3 * wall:.0f} ({1e3 * cpu:.0f}) |"

    paired = len(sources) == 2
    count = len([run for run in runs if run["source"] == "floor"]) // len(FLOORS)
    lines = [f"{count} runs each, alternating; load average (1 min) at the rounds: {min(loads):.2f} to"
             f" {max(loads):.2f}, median {statistics.median(loads):.2f}; {os.cpu_count()} cores", "",
             "| median wall s (CPU s) | " + " | ".join(sources) + " | goal |"
             + (" saved: median of the paired differences, ms wall (CPU) |" if paired else ""),
             "|---|" + "---:|" * (len(sources) + 1 + paired)]
    for name in todo:
        goal = CHECK_GOAL if name.startswith("check") else EXPLAIN_GOAL
        lines.append(f"| {name} | " + " | ".join(cell(name, source) for source in sources) + f" | {goal:g} |"
                     + (saved(name) if paired else ""))
    for floor in FLOORS:
        lines.append(f"| floor: {floor} | " + " | ".join([cell(floor, "floor")] * len(sources)) + " | |"
                     + (" |" if paired else ""))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
