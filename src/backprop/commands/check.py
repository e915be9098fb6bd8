"""``backprop check FILE [--param P] (--formula F [--latex] | --latex F) [--update] [--notation N]
[--when CASE]``: is a hand-derived dL/d(parameter), update rule or whole derivation right for this
network? Exit 0 correct, 1 wrong, 2 unreadable (backprop.symbolic). A LaTeX formula is given as
``--latex F``, or as ``--formula F --latex``. A formula with a notation (``--notation``, or the
problem file's ``[notation]``), a relation (``dE/dw = ...``), Unicode, a case or a parameter family
is read as homework is written (symbolic/homework.py); else in the SymPy syntax of symbols.md."""

from __future__ import annotations

import re
import sys

from ..bundled import problem_path
from ..errors import UsageError
from ..problem import Problem, load_problem
from ..symbolic.check import DEFAULT_POINTS, check_formula
from ..symbolic.check_text import verdict_text
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
    result = judge_request(args.file, formula, latex=latex, param=args.param, notation=args.notation,
                           when=args.when, update=args.update, points=args.points, seed=args.seed)
    sys.stdout.write(verdict_text(result))
    return result.exit_status


def judge_request(source, formula: str, latex: bool = False, param: str | None = None, notation=None,
                  when: str | None = None, update: bool = False, points: int = DEFAULT_POINTS,
                  seed: int = 0):
    """The verdict of ``check``: ``source`` a problem file, a bundled example's name or a Problem;
    the formula read as homework (a notation, a relation, Unicode, a case, a family) or in the
    SymPy syntax of symbols.md, as is_homework decides. A HomeworkResult or a CheckResult."""
    problem = source if isinstance(source, Problem) else load_problem(problem_path(source))
    if is_homework(formula, param, notation or problem.notation, when, latex) or update and writes_rate(formula, problem):
        # The homework reader (notations, LaTeX rows, claims: 26 modules, two fifths of the time
        # check spends importing backprop) only for a formula it reads: SymPy syntax never needs it.
        from ..symbolic.homework import check_homework
        return check_homework(problem, formula, notation=notation, param=param, when=when, update=update,
                              points=points, seed=seed)
    return check_formula(problem, param, formula, latex=latex, update=update, points=points, seed=seed)


def writes_rate(formula: str, problem: Problem) -> bool:
    """Whether an update in SymPy syntax writes no eta and a number equal to the file's learning rate, or stands on a
    file whose rate is exactly 1 (invisible as a factor): the homework reader judges it at that rate (docs/verdicts.md),
    which SymPy's arithmetic, 0.1*2 as 0.2, would hide, and which a rate of 1 must not depend on a 1 written elsewhere
    in the formula (1 - a) to reach."""
    rate = problem.learning_rate
    if rate is not None and float(rate) == 1.0 and not re.search(r"\beta\b", formula):
        return True
    numbers = {float(n) for n in re.findall(r"(?<![\w.])(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", formula)}
    # and the rate written as a fraction, 1/2 for 0.5, or as a division by its reciprocal, dw/2 (the reader's forms)
    numbers |= {int(p) / int(q) for p, q in re.findall(r"(?<![\w.])(\d+)\s*/\s*(\d+)(?![\w.])", formula) if int(q)}
    numbers |= {1 / float(n) for n in re.findall(r"/\s*(\d+\.?\d*)(?![\w.])", formula) if float(n)}
    return rate is not None and not re.search(r"\beta\b", formula) and float(rate) in numbers


def is_homework(formula: str, param: str | None, notation, when: str | None, latex: bool = False) -> bool:
    """Whether a formula goes through the homework reader (a notation, a relation, LaTeX commands,
    Unicode, a case, or a parameter family) rather than the SymPy-syntax reader of symbols.md."""
    if notation or when or not param:
        return True
    if re.search(r"[A-Za-z]\d*\[[^\]]*[a-z]", param or "") or not re.fullmatch(r"\s*[Wb]\d+\s*(\[[\d,\s]*\])?\s*", param):
        return True
    if "\\" in formula and not latex:
        return True
    if re.fullmatch(r"\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*", formula):
        return True  # a bare number: the value at the file's numbers, not a constant function
    return bool(re.search(r"(?<![<>!])=|:=|[^\x00-\x7f]|'|\bd[A-Za-z]\w*/d", formula))
