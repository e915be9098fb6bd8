"""A problem that shows itself in a notebook: its layers, and its network drawn with its numbers.

:class:`NotebookProblem` is a :class:`~backprop.problem.Problem` whose ``explain()`` returns a
:class:`~backprop.notebook.worked.WorkedSolution` and whose display is the network as the worked
solution's page draws it (the forward pass of the first sample, with the initial weights), above a
table of its layers. A problem without samples or learning rate has nothing to draw: its table only.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from .. import problem as problem_files
from ..problem import Problem
from ..rendering import svg
from ..rendering.context import Context
from ..rendering.overview import describe
from .page import block, table, text
from .worked import WorkedSolution

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
