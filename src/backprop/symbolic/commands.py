"""The ``derive`` and ``check`` subcommands: their arguments, and what they print.

cli.py calls ``register(subparsers)``. A request that cannot be served (an unknown parameter, an
unreadable formula, --expanded on a huge network) prints one line on stderr and exits with 2, as
every backprop command does; check exits 0 for correct and 1 for wrong.

SymPy takes a second to import, so it is imported only when derive or check runs, not for every
``backprop`` command: this module imports nothing heavy at the top (a test holds FORMATS and
DEFAULT_POINTS equal to render.FORMATS and check.DEFAULT_POINTS).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("text", "markdown", "latex")
DEFAULT_POINTS = 24


def _load(file_name):
    # Imported here: cli imports this module, and these helpers live in cli.
    from ..cli import resolve_problem_path
    from ..problem import load_problem

    return load_problem(resolve_problem_path(file_name))


def command_derive(args) -> int:
    from .document import derive_document
    from .quantities import FormulaError
    from .render import RENDERERS

    try:
        problem = _load(args.file)
        document = derive_document(problem, args.param, expanded=args.expanded)
    except FormulaError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    output = RENDERERS[args.format](document)
    if args.output:
        Path(args.output).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    return 0


def command_check(args) -> int:
    from .check import check_formula
    from .quantities import FormulaError

    try:
        problem = _load(args.file)
        result = check_formula(problem, args.param, args.formula, latex=args.latex, update=args.update,
                               points=args.points, seed=args.seed)
    except FormulaError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(report(result))
    return result.exit_status


def report(result) -> str:
    """What check prints for a CheckResult: the verdict first, then what backs it."""
    from .printing import text

    name = result.parameter.name
    what = f"the new value of {name}" if result.update else f"dL/d{name}"
    true_what = f"the true new value of {name}" if result.update else f"the true dL/d{name}"
    lines = [f"{result.verdict}: {text(result.formula)}", f"  checked as {what}"]
    if result.verdict == "correct":
        lines.append(f"  equal to {true_what}, {result.method}")
        return "\n".join(lines) + "\n"
    example = result.counterexample
    lines.append(f"  {true_what.removeprefix('the ')} = {text(result.truth)}")
    lines.append("  counterexample (the formula and the truth differ here):")
    lines.extend("    " + line for line in _point_lines(result))
    lines.append(f"    formula    = {_value(example.formula_value)}")
    lines.append(f"    true value = {_value(example.true_value)}")
    if result.hint:
        lines.append(f"  hint: {result.hint}")
    return "\n".join(lines) + "\n"


def _point_lines(result) -> list[str]:
    from .printing import text

    sample = result.counterexample.sample
    symbols = result.symbols
    lines = [f"x = {_array(sample.x)}", f"{symbols.target.name} = {_array(sample.target)}"]
    for layer, (weights, biases) in enumerate(zip(sample.weights, sample.biases), start=1):
        lines.append(f"W{layer} = {_array(weights)}")
        if biases is not None:
            lines.append(f"b{layer} = {_array(biases)}")
    if result.update or result.formula.has(symbols.eta):
        lines.append(f"eta = {sample.eta:g}")
    return lines


def _value(number: float) -> str:
    # The values come from 50-digit arithmetic: 1e-51 there is a 0 that rounding left over.
    return "0" if abs(number) < 1e-40 else f"{number:.12g}"


def _array(values) -> str:
    import numpy as np

    values = np.asarray(values, dtype=float)
    if values.ndim == 0:
        return f"{float(values):g}"
    return np.array2string(values, separator=", ", threshold=40, edgeitems=3,
                           formatter={"float_kind": lambda v: f"{v:g}"}).replace("\n", "")


def register(commands) -> None:
    """Add ``derive`` and ``check`` to the subcommands of ``backprop``."""
    derive = commands.add_parser("derive", help="derive dL/d(parameter) with SymPy: chain rule, simplified,"
                                 " expanded, and the update rule")
    derive.add_argument("file", help="problem file (TOML), or the name of a bundled example")
    derive.add_argument("--param", help="one parameter, e.g. W1[0,0], b2[1], b3 (shared); default: all")
    derive.add_argument("--format", choices=FORMATS, default="text")
    derive.add_argument("--expanded", action="store_true",
                        help="also write the derivative fully in inputs, weights, biases and targets")
    derive.add_argument("-o", "--output", help="write to this file instead of standard output")
    derive.set_defaults(handler=command_derive)

    check = commands.add_parser("check", help="check a hand-derived dL/d(parameter) or update rule;"
                                " exit 0 correct, 1 wrong, 2 unreadable")
    check.add_argument("file", help="problem file (TOML), or the name of a bundled example")
    check.add_argument("--param", required=True, help="the parameter, e.g. W2[0,1], b1[2], b3 (shared)")
    check.add_argument("--formula", required=True,
                       help="dL/d(parameter) in SymPy syntax (x[i], W2[j,i], b2[j], z2[j], a2[j], y[j], t[j],"
                            " eta, sigmoid, relu, Heaviside, exp, log, tanh, sqrt)")
    check.add_argument("--latex", action="store_true", help="the formula is LaTeX (W^{(2)}_{j,i}, \\sigma, \\frac)")
    check.add_argument("--update", action="store_true",
                       help="the formula is the parameter's new value, w - eta*dL/dw")
    check.add_argument("--points", type=_positive_int, default=DEFAULT_POINTS,
                       help=f"random points to compare at (default {DEFAULT_POINTS})")
    check.add_argument("--seed", type=int, default=0, help="seed of the random points (default 0)")
    check.set_defaults(handler=command_check)


def _positive_int(text_value: str) -> int:
    try:
        value = int(text_value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text_value!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is too small; give a whole number >= 1")
    return value
