"""Speed of ``backprop check`` and ``backprop grade`` (issues 13 and 17), start-up included.

    python -m benchmarks.check                          # 5 rounds, classes of 10 students
    python -m benchmarks.check --baseline /tmp/main/src # the same, alternating with other sources

Each ``check`` is a process of its own (interpreter, NumPy and SymPy imports, the problem, the
reading, the verdict), on seed formulas as tests/seed_verbatim.py has them; each round runs every
formula once, alternating with the baseline's sources when one is given, and the table gives the
median wall time per formula. The floors (``python -c "import numpy"``, ``"import numpy, sympy"``)
are measured in the same rounds. Grading is benchmarks/grading.py's class (copies of seed 000 and
of seed 004 with some numbers changed), graded with every core, in the same alternation; claims per
second is the median. The load average is read before and after each round.

Bytecode: every run writes and reads its compiled modules under a temporary PYTHONPYCACHEPREFIX
(a first, unmeasured run fills it), as an installed package has them; with PYTHONDONTWRITEBYTECODE
set and no cache (a fresh checkout), each start also compiles backprop's modules, about 0.1 s more.
Writes JSON (--json, default benchmarks/results/check-<date>.json).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .grading import SETUPS, make_class

REPO = Path(__file__).resolve().parent.parent
CHECK_GOAL = 0.5     # seconds per check, start-up included (issue 13 item 5)
GRADE_GOAL = 20.0    # claims per second over a class, start-up included (issue 17 item 3)

#: name -> arguments of ``backprop check``: seed formulas as written (tests/seed_verbatim.py)
CHECKS = {
    "000 output bias (LaTeX, notation)": [
        "seed000_regression", "--notation", "seed000", "--latex",
        r"$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2(y - O_0^2)$$"],
    "000 hidden update (LaTeX, notation)": [
        "seed000_regression", "--notation", "seed000", "--latex",
        r"$$a_{11}^0 = a_{11}^0 + \alpha \cdot 2(y - O_0^2) \cdot a_{10}^1 \cdot \left(\frac{1}{1 + e^{-(a_{01}^0 +"
        r" O_1^0 a_{11}^0 + O_2^0 a_{21}^0)}} \right) \cdot \left(1 - \frac{1}{1 + e^{-(a_{01}^0 + O_1^0 a_{11}^0"
        r" + O_2^0 a_{21}^0)}} \right) \cdot O_1^0$$"],
    "000 hidden rule, all 6 weights": [
        "seed000_regression", "--notation", "seed000", "--latex",
        r"$$a_{ik}^0 = a_{ik}^0 - \alpha \frac{\partial SEE(y, O_0^2)}{\partial a_{ik}^0}$$"],
    "004 gradient of the correct class (--when)": [
        "seed004_softmax_classifier", "--notation", "seed004", "--when", "label=j", "--latex",
        r"\nabla_W L = \frac{\partial L}{\partial W_j} = \frac{\partial L}{\partial z_j} \cdot \frac{\partial z_j}"
        r"{\partial W_j} = (P_y - 1) \cdot x"],
    "000 W1[0,0], SymPy syntax": [
        "seed000_regression", "--param", "W1[0,0]", "--formula", "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"],
    "000 W1[0,0] without the 2 (wrong, hint)": [
        "seed000_regression", "--param", "W1[0,0]", "--formula", "(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"],
}
FLOORS = {"python + numpy": "import numpy", "python + numpy + sympy": "import numpy, sympy"}


def environment(source: Path, cache: Path) -> dict:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": str(source), "PYTHONPYCACHEPREFIX": str(cache)}


def timed(command: list[str], env: dict, expect=(0, 1)) -> dict:
    """{"seconds": wall time, "cpu": the child's user + system time} of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in expect:
        raise SystemExit(f"{' '.join(command[:6])}...: exit {done.returncode}: {done.stderr.strip()[-300:]}")
    return {"seconds": seconds, "cpu": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime}


def grade_round(folder: Path, seed: str, env: dict) -> dict:
    notation, problems = SETUPS[seed]
    command = [sys.executable, "-m", "backprop.cli", "grade", str(folder), "--notation", notation, "--format", "json"]
    for problem in problems:
        command += ["--problem", problem]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"grade failed: {done.stderr.strip()[-300:]}")
    submissions = json.loads(done.stdout)["submissions"]
    claims = sum(len(submission["claims"]) for submission in submissions)
    return {"seconds": seconds, "claims": claims, "claims_per_second": claims / seconds}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--students", type=int, default=10, help="copies of each seed document in a class")
    parser.add_argument("--baseline", help="another src/ folder to alternate with (e.g. main's, exported)")
    parser.add_argument("--no-grade", action="store_true", help="check only")
    parser.add_argument("--json", help="where to write the results")
    args = parser.parse_args(argv)
    sources = {"this": REPO / "src"}
    if args.baseline:
        sources = {"baseline": Path(args.baseline).resolve(), **sources}
    runs: list[dict] = []
    with tempfile.TemporaryDirectory() as temporary:
        temporary = Path(temporary)
        envs = {name: environment(source, temporary / f"pycache-{name}") for name, source in sources.items()}
        classes = {}
        for seed in SETUPS:
            classes[seed] = temporary / f"class{seed}"
            classes[seed].mkdir()
            make_class(classes[seed], args.students, seed)
        for name, env in envs.items():  # fill the bytecode caches (unmeasured)
            timed([sys.executable, "-m", "backprop.cli", "check", *CHECKS[next(iter(CHECKS))]], env)
        for number in range(1, args.rounds + 1):
            load = os.getloadavg()[0]
            for floor, code in FLOORS.items():
                runs.append({"round": number, "what": "floor", "name": floor, "load": load,
                             **timed([sys.executable, "-c", code], envs["this"])})
            for check, arguments in CHECKS.items():
                for name, env in envs.items():
                    runs.append({"round": number, "what": "check", "name": check, "source": name,
                                 "load": load, **timed([sys.executable, "-m", "backprop.cli", "check", *arguments], env)})
            if not args.no_grade:
                for seed, folder in classes.items():
                    for name, env in envs.items():
                        result = grade_round(folder, seed, env)
                        runs.append({"round": number, "what": "grade", "name": f"{args.students} copies of seed {seed}",
                                     "source": name, "load": os.getloadavg()[0], **result})
            print(f"round {number}: load {load:.2f} -> {os.getloadavg()[0]:.2f}", file=sys.stderr)
    print(report(runs, list(sources), args))
    out = Path(args.json or REPO / "benchmarks" / "results" / f"check-{datetime.date.today()}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"date": str(datetime.date.today()), "cores": os.cpu_count(),
                               "sources": {name: str(path) for name, path in sources.items()},
                               "runs": runs}, indent=2) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


def report(runs: list[dict], sources: list[str], args) -> str:
    def median(what, name, source=None, key="seconds"):
        values = [run[key] for run in runs if run["what"] == what and run["name"] == name
                  and (source is None or run.get("source") == source)]
        return statistics.median(values) if values else float("nan")

    loads = [run["load"] for run in runs]
    lines = [f"load average (1 min) during the runs: {min(loads):.2f} to {max(loads):.2f},"
             f" median {statistics.median(loads):.2f}; {args.rounds} rounds", ""]
    lines.append("| check: wall s (CPU s), median, start-up included | " + " | ".join(sources) + " | goal |")
    lines.append("|---|" + "---:|" * (len(sources) + 1))
    for check in CHECKS:
        lines.append(f"| {check} | " + " | ".join(f"{median('check', check, s):.2f} ({median('check', check, s, 'cpu'):.2f})"
                                                 for s in sources) + f" | {CHECK_GOAL:g} |")
    for floor in FLOORS:
        lines.append(f"| floor: {floor} | " + " | ".join(f"{median('floor', floor):.2f} ({median('floor', floor, None, 'cpu'):.2f})"
                                                         for _ in sources) + " | |")
    if not args.no_grade:
        lines += ["", "| grading (claims/s, median, every core) | " + " | ".join(sources) + " | goal |",
                  "|---|" + "---:|" * (len(sources) + 1)]
        for seed in SETUPS:
            name = f"{args.students} copies of seed {seed}"
            lines.append(f"| {name} | " + " | ".join(f"{median('grade', name, s, 'claims_per_second'):.1f}"
                                                    for s in sources) + f" | {GRADE_GOAL:g} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
