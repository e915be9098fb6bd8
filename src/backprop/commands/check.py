"""``backprop check FILE --param P (--formula F [--latex] | --latex F) [--update]``: is a hand-derived
dL/d(parameter) (or update rule) right for this network? Exit 0 correct, 1 wrong, 2 unreadable
(backprop.symbolic). A LaTeX formula is given as ``--latex F``, or as ``--formula F --latex``."""

from __future__ import annotations

import sys

import numpy as np

from ..bundled import problem_path
from ..problem import load_problem
from ..symbolic.check import DEFAULT_POINTS, check_formula
from ..symbolic.printing import text
from ..errors import UsageError
from .common import whole_number


def add_arguments(parser) -> None:
    parser.add_argument("file", help="problem file (TOML), or the name of a bundled example")
    parser.add_argument("--param", required=True, help="the parameter, e.g. W2[0,1], b1[2], b3 (shared)")
    parser.add_argument("--formula",
                        help="dL/d(parameter) in SymPy syntax (x[i], W2[j,i], b2[j], z2[j], a2[j], y[j], t[j],"
                             " eta, sigmoid, relu, Heaviside, exp, log, tanh, sqrt), or LaTeX with --latex")
    parser.add_argument("--latex", nargs="?", const=True, default=False, metavar="FORMULA",
                        help="the formula in LaTeX (W^{(2)}_{j,i}, \\sigma, \\frac): --latex FORMULA, or"
                        " --formula FORMULA --latex")
    parser.add_argument("--update", action="store_true",
                        help="the formula is the parameter's new value, w - eta*dL/dw")
    parser.add_argument("--points", type=whole_number(), default=DEFAULT_POINTS,
                        help=f"random points to compare at (default {DEFAULT_POINTS})")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random points (default 0)")
    parser.set_defaults(handler=run)


def formula_of(args) -> tuple[str, bool]:
    """(the formula, whether it is LaTeX) from --formula and --latex; UsageError if not one formula."""
    if isinstance(args.latex, str):
        if args.formula is not None:
            raise UsageError("backprop check: two formulas (--formula and --latex FORMULA); give one:"
                             " --latex FORMULA, or --formula FORMULA --latex")
        return args.latex, True
    if args.formula is None:
        raise UsageError("backprop check: no formula; give --formula FORMULA (SymPy syntax) or --latex"
                         " FORMULA (LaTeX)")
    return args.formula, bool(args.latex)


def run(args) -> int:
    formula, latex = formula_of(args)
    problem = load_problem(problem_path(args.file))
    result = check_formula(problem, args.param, formula, latex=latex, update=args.update,
                           points=args.points, seed=args.seed)
    sys.stdout.write(report(result))
    return result.exit_status


def report(result) -> str:
    """What check prints for a CheckResult: the verdict first, then what backs it."""
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
    values = np.asarray(values, dtype=float)
    if values.ndim == 0:
        return f"{float(values):g}"
    return np.array2string(values, separator=", ", threshold=40, edgeitems=3,
                           formatter={"float_kind": lambda v: f"{v:g}"}).replace("\n", "")
