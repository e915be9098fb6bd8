"""What the command line does, as Python functions with the same names, for notebooks and scripts.

Each function takes what the command takes (a problem file, a bundled example's name, or the text of
a problem file, and the flags as keyword arguments of the same names) and returns an object instead of
printing; in a notebook cell each object shows itself (backprop.notebook)::

    import backprop
    problem = backprop.load("seed000_regression")     # the network drawn
    backprop.explain(problem)                         # the worked solution, stepping
    backprop.derive(problem, param="W2[0,0]")         # typeset derivations
    backprop.check(problem, "dL/dW2[0,0] = ...", notation="seed000")
    backprop.grade("examples/class", problem="seed000_regression", notation="seed000")
    backprop.train(epochs=2)                          # the mnist preset on the bundled sample

A source given as a string is the text of a problem file if it holds a line break, else a path or,
when no such file exists, a bundled example's name (``backprop explain seed000_regression``).

Every error a user can cause is a :class:`backprop.UserError` (backprop.errors): its ``str()`` is
the one line the command line prints after ``error:``. This module runs the commands' own code
(backprop.commands): the same objects, the same checks, the same messages.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .bundled import problem_path
from .cli import build_parser
from .commands import grade as grade_command
from .commands import train as train_command
from .commands.check import judge_request
from .commands.common import DEFAULT_THREADS
from .commands.derive import derivation
from .commands.explain import worked_solution
from .commands.settings import SETTINGS
from .commands.variants import write_variants
from .errors import UsageError, did_you_mean
from .grading.judge import Source
from .limits import LIMITS
from .notebook.grades import Grades
from .notebook.problems import NotebookProblem, WorkedSolution
from .notebook.trained import History, TrainedModel
from .notebook.verdicts import Derivation, Verdict
from .problem import Problem, load_problem, parse_problem
from .symbolic.check import DEFAULT_POINTS

__all__ = ["check", "derive", "explain", "grade", "load", "train", "variants"]


def _is_text(source) -> bool:
    return isinstance(source, str) and "\n" in source


def load(source, *, require_data: bool = False) -> NotebookProblem:
    """The problem of ``source`` (a path, a bundled example's name, a problem file's text, or a
    Problem); its notebook display draws the network, and its ``explain()`` is a WorkedSolution.

    require_data : refuse a file without [data] and [update] (as ``explain`` does).
    """
    if isinstance(source, Problem):
        return source if isinstance(source, NotebookProblem) else NotebookProblem.of(source)
    if _is_text(source):
        return NotebookProblem.of(parse_problem(source, require_data=require_data))
    return NotebookProblem.of(load_problem(problem_path(None if source is None else str(source)),
                                           require_data=require_data))


def explain(source=None, *, steps: int | None = None, format: str = "html") -> WorkedSolution:  # noqa: A002
    """``backprop explain``: the worked solution (every number of forward pass, backward pass and
    update) of ``source`` (default: the bundled seed004_softmax_classifier); ``steps`` update steps
    (default: the file's). A Trace; ``render(fmt)`` writes it as the CLI does.

    format : what it is for (html: the notebook's display); a solution too large in that format is
    refused before it is computed, as ``explain --format`` refuses it.
    """
    flags = _flags("explain", "--format", format, *(("--steps", steps) if steps is not None else ()))
    return worked_solution(load(source, require_data=True), flags.steps, flags.format)


def _flags(command: str, *argv) -> argparse.Namespace:
    """Flags read by the command's own parser: its checks and its one-line messages."""
    return build_parser(command).parse_args([command, *(str(value) for value in argv)])


def derive(source, *, param: str | None = None, expanded: bool = False, notation=None) -> Derivation:
    """``backprop derive``: dL/d(parameter) by the chain rule, simplified, as an update rule (and
    ``expanded``; in ``notation``, a bundled notation's name or a file); one parameter or all."""
    return Derivation(derivation(load(source), param, expanded=expanded, notation=notation))


def check(source, formula: str, *, param: str | None = None, latex: bool = False, update: bool = False,
          notation=None, when: str | None = None, points: int = DEFAULT_POINTS, seed: int = 0) -> Verdict:
    """``backprop check``: is ``formula`` right for this network? A Verdict: ``verdict`` "correct"
    or "wrong", with the counterexample and hint; the flags as in ``backprop check --help``."""
    if not isinstance(formula, str) or not formula.strip():
        raise UsageError("backprop check: no formula; give --formula FORMULA (SymPy syntax) or --latex"
                         " FORMULA (LaTeX)")
    _flags("check", "FILE", "--points", points, "--seed", seed)  # FILE: a stand-in, only the flags are read
    return Verdict(judge_request(load(source), formula, latex=latex, param=param, notation=notation, when=when,
                                 update=update, points=points, seed=seed))


def grade(submissions, *, problem=None, notation=None, roster=None, workers: int = 0,
          time_limit: float = LIMITS["claim_seconds"], scheduler: str | None = None) -> Grades:
    """``backprop grade``: every claim of every submission (a file or folder, or a list of them)
    judged against ``problem`` (a path, bundled name or problem text; a list of "SECTION=FILE" for a
    document about several networks). A list of SubmissionResult, one per submission."""
    problems = [] if problem is None else [problem] if isinstance(problem, (str, Path, Problem)) else list(problem)
    given = [_graded_problem(item) for item in problems]
    setup = grade_command.setup_for(given, notation, roster, time_limit)
    listed = [submissions] if isinstance(submissions, (str, Path)) else list(submissions)
    return Grades(grade_command.grade_submissions(setup, listed, workers, scheduler))


def _graded_problem(item):
    if isinstance(item, Problem):
        item = item.path
    if _is_text(item):
        return None, Source("<string>", item)
    return str(item)


def variants(source, *, count: int | None = None, seed: int = 0, students=None, out="variants") -> list[Path]:
    """``backprop variants``: a problem file per student with other numbers, each with its answer
    key, and roster.csv, written to the new (or empty) folder ``out``. ``students``: names, or a
    file of them. Returns the files written: the variants, then the roster."""
    if _is_text(source) or isinstance(source, Problem):
        raise UsageError("backprop variants: needs a problem file (each variant is a copy of its text with"
                         " other numbers)", "write the problem to a .toml file and give its path")
    return write_variants(str(source), count, seed, students, Path(out))


def train(source=None, *, preset: str | None = None, data_dir=None, out=None, overwrite: bool = False,
          plots: bool = False, report: bool = False, threads: int = DEFAULT_THREADS, **settings) -> TrainedModel:
    """``backprop train``: train the network of ``source`` (default: the mnist preset on the bundled
    MNIST sample), writing model.safetensors and history.json to ``out`` (default ./runs/<date-time>).

    settings : the [train] settings and flags by their names (epochs=2, batch_size=64,
    learning_rate=0.05, dataset="mnist-sample", ...), overriding the file's [train] table.
    In a notebook, progress is a bar updated in place. Returns a TrainedModel (its ``diverged`` set
    when training diverged: the model then holds the last good epoch's weights, as the CLI saves it).
    """
    unknown = [name for name in settings if name not in SETTINGS]
    if unknown:
        raise UsageError(f"backprop.train: unknown setting {unknown[0]!r}",
                         f"{did_you_mean(unknown[0], SETTINGS)}the settings are"
                         f" {', '.join(SETTINGS)}")
    if isinstance(source, Problem):  # train reads the file again: its [train] table, its text for --resume
        source = source.path
    text = source if _is_text(source) else None
    file = None if source is None or text is not None else str(problem_path(str(source)))
    args = argparse.Namespace(file=file, preset=preset, data_dir=data_dir, out=None if out is None else str(out),
                              overwrite=overwrite, plots=plots, report=report, resume=None, threads=threads,
                              **{name: settings.get(name) for name in SETTINGS})
    outcome = train_command.start(args, text)
    if outcome.model is None:  # stopped by an interrupt, with a checkpoint to go on from
        raise KeyboardInterrupt(f"training stopped; backprop train --resume {outcome.folder or out} goes on")
    return TrainedModel(outcome.model, History(outcome.records), train_command.describe_network(outcome.model.network),
                        f"{outcome.run.train.name}: {len(outcome.run.train):,d} training samples",
                        outcome.result, outcome.diverged, outcome.folder, outcome.written)
