"""``backprop explain [FILE] [--format F] [--steps N] [-o FILE]`` and ``backprop examples``."""

from __future__ import annotations

import sys

from ..bundled import DEFAULT_EXAMPLE, bundled, problem_path
from ..explain import FORMATS, render
from ..problem import load_problem
from .common import whole_number, write_output


def add_arguments(parser) -> None:
    parser.description = ("Write a worked solution of a problem file: every number of the forward pass,"
                          " the backward pass and the update.")
    parser.add_argument("file", nargs="?", help="problem file (TOML), or the name of a bundled example;"
                        f" default: the bundled {DEFAULT_EXAMPLE}")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("--steps", type=whole_number("steps"), help="number of update steps (overrides the"
                        " file)")
    parser.add_argument("-o", "--output", help="write to this file instead of standard output")
    parser.set_defaults(handler=run)


def run(args) -> int:
    problem = load_problem(problem_path(args.file), require_data=True)
    trace = problem.explain(steps=args.steps)
    write_output(render(trace, problem, args.format), args.output)
    return 0


def add_examples_arguments(parser) -> None:
    parser.set_defaults(handler=run_examples)


def run_examples(args) -> int:
    for name, path in sorted(bundled("examples").items()):
        print(f"{name:40s} {path}")
    return 0
