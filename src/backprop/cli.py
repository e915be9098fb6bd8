"""The command line: ``backprop explain FILE``, and the other commands as they arrive.

Every failure a user can cause (a bad file, a bad flag) ends in one line on stderr naming what is
wrong and what would be right, with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

from .commands import ERRORS as COMMAND_ERRORS
from .commands import register as register_training_commands
from .explain import FORMATS, render
from .problem import ProblemError, load_problem
from .problem_checks import LIMITS
from .symbolic.commands import register as register_symbolic_commands

DEFAULT_EXAMPLE = "seed004_softmax_classifier"


class UsageError(Exception):
    """A bad command line; the message is the one line to print."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would print usage and exit; we want one line
        if "; " not in message and "choose from" not in message:  # argparse says what, not what's right
            message += f"; see the options with: {self.prog} --help"
        raise UsageError(f"{self.prog}: {message}")


def bundled_examples() -> dict[str, Path]:
    """The example problem files shipped with the package, by name (file name without .toml)."""
    folder = resources.files("backprop") / "examples"
    return {Path(str(entry)).stem: Path(str(entry)) for entry in folder.iterdir()
            if str(entry).endswith(".toml")}


def resolve_problem_path(name: str | None) -> Path:
    """A path as given, or the bundled example of that name; None: the default example."""
    if name is None:
        return bundled_examples()[DEFAULT_EXAMPLE]
    path = Path(name)
    if not path.exists() and name in bundled_examples():
        return bundled_examples()[name]
    return path


def command_explain(args) -> int:
    problem = load_problem(resolve_problem_path(args.file), require_data=True)
    trace = problem.explain(steps=args.steps)
    text = render(trace, problem, args.format)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"{args.output}: --output: cannot write ({(error.strerror or str(error)).lower()});"
                             " give a file path in an existing folder you can write to") from None
    else:
        sys.stdout.write(text)
    return 0


def command_examples(args) -> int:
    for name, path in sorted(bundled_examples().items()):
        print(f"{name:40s} {path}")
    return 0


def _positive_int(text: str) -> int:
    wanted = f"give a whole number from 1 to {LIMITS['steps']:,}"
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number; {wanted}") from None
    if not 1 <= value <= LIMITS["steps"]:
        raise argparse.ArgumentTypeError(f"{value} is too {'small' if value < 1 else 'large'}; {wanted}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="backprop", description="A workbench for backpropagation.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    explain = commands.add_parser("explain", help="a worked solution: every number of forward pass,"
                                  " backward pass and update")
    explain.add_argument("file", nargs="?", help="problem file (TOML), or the name of a bundled example;"
                         f" default: the bundled {DEFAULT_EXAMPLE}")
    explain.add_argument("--format", choices=FORMATS, default=FORMATS[0] if "text" not in FORMATS else "text")
    explain.add_argument("--steps", type=_positive_int, help="number of update steps (overrides the file)")
    explain.add_argument("-o", "--output", help="write to this file instead of standard output")
    explain.set_defaults(handler=command_explain)

    examples = commands.add_parser("examples", help="list the bundled example problem files")
    examples.set_defaults(handler=command_examples)

    register_training_commands(commands)
    register_symbolic_commands(commands)
    return parser


# Options whose value is a formula: "-2*x[0]" or "-t[0]*..." would look like an option to argparse.
FORMULA_OPTIONS = ("--formula",)


def _glue_formulas(argv: list[str]) -> list[str]:
    """``--formula -2*x[0]`` -> ``--formula=-2*x[0]``, so that a formula may start with a minus."""
    glued, index = [], 0
    while index < len(argv):
        if argv[index] in FORMULA_OPTIONS and index + 1 < len(argv) and argv[index + 1].startswith("-"):
            glued.append(f"{argv[index]}={argv[index + 1]}")
            index += 2
        else:
            glued.append(argv[index])
            index += 1
    return glued


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    try:
        args = build_parser().parse_args(_glue_formulas(argv))
        return args.handler(args)
    except (UsageError, ProblemError, *COMMAND_ERRORS) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
