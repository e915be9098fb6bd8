"""``backprop check FILE [--param P] (--formula F [--latex] | --latex F) [--update] [--notation N]
[--when CASE]``: is a hand-derived dL/d(parameter), update rule or whole derivation right for this
network? Exit 0 correct, 1 wrong, 2 unreadable (backprop.symbolic). A LaTeX formula is given as
``--latex F``, or as ``--formula F --latex``. A formula with a notation (``--notation``, or the
problem file's ``[notation]``), a relation (``dE/dw = ...``), Unicode, a case or a parameter family
is read as homework is written (symbolic/homework.py); else in the SymPy syntax of symbols.md."""

from __future__ import annotations

import sys

from ..bundled import problem_path
from ..problem import load_problem
from ..errors import UsageError
from ..symbolic.check import DEFAULT_POINTS, check_formula
from ..symbolic.homework import check_homework, is_homework
from ..symbolic.homework_base import point_lines, value_text, wrong_step_lines
from ..symbolic.printing import text
from .common import whole_number


def add_arguments(parser) -> None:
    parser.add_argument("file", help="problem file (TOML), or the name of a bundled example")
    parser.add_argument("--param", help="the parameter, e.g. W2[0,1], b1[2], b3 (shared); a family W2[j,i] (a"
                        " general rule, checked for every j, i); in the notation, e.g. a_{ik}^{1}; optional when"
                        " the formula's left side names it")
    parser.add_argument("--formula",
                        help="dL/d(parameter) in SymPy syntax (x[i], W2[j,i], b2[j], z2[j], a2[j], y[j], t[j],"
                             " eta, pi; every activation by its name, Heaviside, exp, log, sqrt, erf, Abs,"
                             " clip: docs/symbols.md), or LaTeX with --latex")
    parser.add_argument("--latex", nargs="?", const=True, default=False, metavar="FORMULA",
                        help="the formula in LaTeX (W^{(2)}_{j,i}, \\sigma, \\frac, |u|): --latex FORMULA, or"
                        " --formula FORMULA --latex")
    parser.add_argument("--update", action="store_true",
                        help="the formula is the parameter's new value, w - eta*dL/dw")
    parser.add_argument("--notation", help="how the homework writes the network: a TOML file with a [notation]"
                        " table, or a bundled notation (seed000 ... seed004); default: the problem file's"
                        " [notation], if any (docs/notation.md)")
    parser.add_argument("--when", help="the case a formula is valid for: label=j (the sample's class is j),"
                        " label!=j, or between index letters, i=k")
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
    if is_homework(formula, args.param, args.notation or problem.notation, args.when, latex):
        homework = check_homework(problem, formula, notation=args.notation, param=args.param, when=args.when,
                                  update=args.update, points=args.points, seed=args.seed)
        sys.stdout.write(homework_report(homework))
        return homework.exit_status
    result = check_formula(problem, args.param, formula, latex=latex, update=args.update,
                           points=args.points, seed=args.seed)
    sys.stdout.write(report(result))
    return result.exit_status


def homework_report(result) -> str:
    """What check prints for a formula read as homework: each claim, and each member of its chain."""
    lines = []
    for claim in result.claims:
        what = {"gradient": "derivative of the loss", "update": "update", "value": "value"}[claim.kind]
        about = f" of {claim.parameter}" if claim.parameter else ""
        rule = f", for all {claim.values} index values" if claim.values > 1 else ""
        lines.append(f"{claim.verdict}: {' '.join(claim.text.split())}")
        lines.append(f"  read as the {what}{about}{rule} ({result.notation})")
        for number, step in enumerate(claim.steps, start=1):
            lines.append(f"  step {number}: {step.verdict}: {_shortened(step.text)}")
            if step.verdict == "wrong":
                lines.extend("    " + line for line in wrong_step_lines(step))
    lines.append(result.verdict)
    return "\n".join(lines) + "\n"


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 100 else text[:97] + "..."


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
    lines.extend("    " + line for line in point_lines(result))
    lines.append(f"    formula    = {value_text(example.formula_value)}")
    lines.append(f"    true value = {value_text(example.true_value)}")
    if result.hint:
        lines.append(f"  hint: {result.hint}")
    return "\n".join(lines) + "\n"
