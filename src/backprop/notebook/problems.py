"""A problem and its worked solution, each showing itself in a notebook.

:class:`NotebookProblem` is a :class:`~backprop.problem.Problem` whose ``explain()`` returns a
:class:`WorkedSolution` and whose display is the network as the worked
solution's page draws it (the forward pass of the first sample, with the initial weights), above a
table of its layers. A problem without samples or learning rate has nothing to draw: its table only.

:class:`WorkedSolution` is a :class:`~backprop.trace.Trace` (every number is where the trace keeps
it: ``solution.steps[0].layers[0].delta``) that also knows its problem, so that it can render
itself: in a notebook cell it is the page of ``backprop explain --format html`` (network drawings,
MathML equations, the stepper through forward pass, backward pass and update), in a frame.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from .. import problem as problem_files
from ..limits import LIMITS
from ..problem import Problem
from ..rendering import render, svg
from ..rendering.context import Context
from ..rendering.overview import describe
from ..rendering.size import estimated_bytes
from ..trace import Trace
from .page import block, iframe, table, text

_BIAS = {"neuron": "one per unit", "shared": "one, shared", "none": "none"}


@dataclass(repr=False, eq=False)
class NotebookProblem(Problem):
    """A Problem with a notebook display; ``explain()`` gives a WorkedSolution."""

    @classmethod
    def of(cls, problem: Problem) -> "NotebookProblem":
        return cls(**{field.name: getattr(problem, field.name) for field in fields(Problem)})

    def explain(self, steps: int | None = None) -> WorkedSolution:
        """The worked solution in float64: ``steps`` update steps (default: the file's)."""
        return WorkedSolution.of(super().explain(steps), self)

    @property
    def name(self) -> str:
        return self.title or Path(self.path).stem

    def __repr__(self) -> str:
        sizes = "-".join(str(size) for size in [self.layers[0].inputs] + [spec.units for spec in self.layers])
        samples = "no samples" if self.x is None else f"{len(self.x)} sample{'s' * (len(self.x) != 1)}"
        loss = self.loss.describe() if self.loss is not None else "no loss"
        return f"<Problem {self.name}: {sizes} network, {loss}, {samples} ({self.path})>"

    def _repr_html_(self) -> str:
        rows = [[str(number), str(spec.inputs), str(spec.units),
                 text(" then ".join(a.describe() for a in spec.activations)), _BIAS[spec.bias]]
                for number, spec in enumerate(self.layers, start=1)]
        parts = [f"<h3>{text(self.name)}</h3>",
                 f'<p class="meta">{text(self.path)}' + (f": {text(self.description)}" if self.description else "")
                 + "</p>",
                 table(["layer", "inputs", "units", "activation", "bias"], rows, frozenset({0, 1, 2})),
                 f"<p>Loss: {text(self.loss.describe()) if self.loss is not None else 'none'}.</p>"]
        parts.append(self._drawing())
        return block("problem", "".join(parts))

    def _drawing(self) -> str:
        if self.x is None or self.learning_rate is None:
            return ("<p class=\"meta\">No drawing: the problem has no [data] and [update] learning_rate to"
                    " run a forward pass with.</p>")
        trace = Problem.explain(self, steps=1)
        context = Context(trace, self)
        first = trace.steps[0]
        return (f"<style>{svg.DRAWING_STYLE}</style>"
                f"<figure class=\"network-figure\">{svg.draw(context, first, 'forward', 'problem-' + Path(self.path).stem)}"
                f"<figcaption class=\"meta\">The network with its initial weights on the connections and"
                f" the forward pass of sample {first.samples[0]} in the units"
                f" ({text(describe(context.layers[-1], True))}).</figcaption></figure>")


def load_problem(path, require_data: bool = False) -> NotebookProblem:
    """backprop.problem.load_problem, as a NotebookProblem (what ``backprop.load_problem`` is)."""
    return NotebookProblem.of(problem_files.load_problem(path, require_data))


def parse_problem(text: str, path="<string>", require_data: bool = False) -> NotebookProblem:
    """backprop.problem.parse_problem, as a NotebookProblem (what ``backprop.parse_problem`` is)."""
    return NotebookProblem.of(problem_files.parse_problem(text, path, require_data))


@dataclass(repr=False, eq=False)
class WorkedSolution(Trace):
    """A Trace with its Problem: ``render(fmt)``, ``str()`` (text) and a notebook display (HTML)."""

    problem: Problem | None = None

    @classmethod
    def of(cls, trace: Trace, problem: Problem) -> "WorkedSolution":
        """The worked solution of ``trace``, computed from ``problem``."""
        return cls(**{field.name: getattr(trace, field.name) for field in fields(Trace)}, problem=problem)

    def render(self, fmt: str = "text") -> str:
        """The worked solution in format ``fmt`` (text, markdown, latex, html, json), as the CLI writes it."""
        return render(self, self.problem, fmt)

    def __str__(self) -> str:
        return self.render("text")

    def __repr__(self) -> str:
        name = self.problem.title or Path(self.problem.path).stem
        losses = ", ".join(f"{step.loss:.6g}" for step in self.steps[:4]) + (", ..." if len(self.steps) > 4 else "")
        return (f"<WorkedSolution of {name}: {len(self.steps)} step{'s' * (len(self.steps) != 1)},"
                f" loss {losses}>")

    def _repr_html_(self) -> str:
        size, limit = estimated_bytes(self.problem, len(self.steps), "html"), LIMITS["explain_output_bytes"]
        if size > limit:  # computed for text (explain(..., format="text")): too large a page to show
            return block("worked", f"<p>The worked solution of {len(self.steps):,} steps would be a page of about"
                         f" {size / 2**20:,.0f} MB, more than the {limit / 2**20:,.0f} MB allowed"
                         " (explain_output_bytes): <code>print(solution)</code> shows it as text.</p>")
        return iframe(self.render("html"), f"Worked solution: {self.problem.title or Path(self.problem.path).stem}")
