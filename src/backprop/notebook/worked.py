"""A worked solution that shows itself in a notebook: the trace, with the problem it came from.

:class:`WorkedSolution` is a :class:`~backprop.trace.Trace` (every number is where the trace keeps
it: ``solution.steps[0].layers[0].delta``) that also knows its problem, so that it can render
itself: in a notebook cell it is the page of ``backprop explain --format html`` (network drawings,
MathML equations, the stepper through forward pass, backward pass and update), in a frame.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from ..limits import LIMITS
from ..problem import Problem
from ..rendering import render
from ..rendering.size import estimated_bytes
from ..trace import Trace
from .page import block, iframe


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
