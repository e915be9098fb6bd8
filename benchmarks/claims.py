"""CPU time of each claim of a seed document, judged as ``backprop grade`` judges it but without its
time limit (issue 17: every claim within LIMITS["claim_seconds"] on a shared machine).

    python -m benchmarks.claims                      # every claim of seed 001
    python -m benchmarks.claims --lines 96 213 225   # those claims only, in one process, in order
    python -m benchmarks.claims --seed 004

Claims are judged in document order in one process, as a grading worker does (with its automatic
full garbage collections held off, runner.full_collections_held): what a claim builds
once for the process (a notation's printer, compiled formulas) is charged to the first claim that
needs it. Prints one line per claim (line, CPU seconds, verdict) and the total.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from backprop.commands.grade import setup_for
from backprop.grading.document import equations
from backprop.grading.judge import make_judge
from backprop.grading.results import SubmissionResult
from backprop.grading.runner import full_collections_held

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "seeds"
#: seed -> (notation, problem arguments), as tests/test_grade_seeds.py grades them
SETUPS = {
    "000": ("seed000", ["Regression=seed000_regression", "Classification=seed000_classification"]),
    "001": ("seed001", ["seed001_mnist_literal"]),
    "004": ("seed004", ["seed004_softmax_classifier", "3.=seed004_sparse_sigmoid"]),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", default="001", choices=sorted(SETUPS))
    parser.add_argument("--lines", type=int, nargs="*", help="the claims' first lines (default: all)")
    args = parser.parse_args(argv)
    notation, problems = SETUPS[args.seed]
    judge = make_judge(setup_for(problems, notation, time_limit=600))
    text = (SEEDS / f"seed{args.seed}.md").read_text(encoding="utf-8")
    submission = SubmissionResult(file=f"seed{args.seed}.md", student=f"seed{args.seed}")
    total = 0.0
    with full_collections_held():  # (as grade_bytes judges a submission's claims)
        for chain in equations(text, judge.setup.markers).chains:
            if args.lines and chain.line not in args.lines:
                continue
            started = time.process_time()
            claim = judge(chain, submission)
            spent = time.process_time() - started
            total += spent
            verdict = "skipped" if claim is None else claim.verdict
            steps = "" if claim is None else " ".join(step.verdict for step in claim.steps)
            print(f"line {chain.line:4d}  {spent:7.2f} s CPU  {verdict:10s} {steps}", flush=True)
        ending = time.process_time()
    print(f"the full collection after them {time.process_time() - ending:.2f} s CPU")
    print(f"total {total:.2f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
