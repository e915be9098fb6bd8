"""``backprop explain [FILE] [--format F] [--steps N] [-o FILE]`` and ``backprop examples``."""

from __future__ import annotations

from ..bundled import DEFAULT_EXAMPLE, bundled, problem_path
from ..limits import LIMITS
from ..notebook.problems import NotebookProblem, WorkedSolution
from ..problem import Problem, ProblemError, load_problem
from ..rendering import FORMATS
from ..rendering.size import estimated_bytes, most_steps
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
    solution = worked_solution(load_problem(problem_path(args.file), require_data=True), args.steps, args.format)
    write_output(solution.render(args.format), args.output)
    return 0


def worked_solution(problem: Problem, steps: int | None, fmt: str) -> WorkedSolution:
    """The worked solution of ``problem`` (``steps``: the file's when None), refused before it is
    computed when it would be too large in format ``fmt``."""
    chosen = steps or problem.steps
    check_size(problem, chosen, fmt, "--steps" if steps else "[update] key 'steps'")
    return NotebookProblem.of(problem).explain(steps=chosen)


def check_size(problem, steps: int, fmt: str, where: str) -> None:
    """Refuse, before computing it, a worked solution estimated beyond LIMITS["explain_output_bytes"]."""
    size, limit = estimated_bytes(problem, steps, fmt), LIMITS["explain_output_bytes"]
    if size <= limit:
        return
    most = most_steps(problem, fmt)
    what = (f"the worked solution of {steps:,} step{'s' * (steps != 1)} would be about {size / 2**20:,.0f} MB of {fmt}, more"
            f" than the {limit / 2**20:,.0f} MB allowed (explain_output_bytes)")
    fix = (f"give --steps {most:,} or fewer" if most else "the network is too large to work through step by"
           " step: use fewer or smaller layers") + (", or --format text" if most_steps(problem, "text") > most
                                                   else "")
    raise ProblemError(problem.path, where, what, fix)


def add_examples_arguments(parser) -> None:
    parser.set_defaults(handler=run_examples)


def run_examples(args) -> int:
    for name, path in sorted(bundled("examples").items()):
        print(f"{name:40s} {path}")
    return 0
