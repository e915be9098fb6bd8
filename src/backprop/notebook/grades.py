"""A class's grades that show themselves in a notebook: the table per student, then each claim.

:class:`Grades` is the list of SubmissionResult that ``backprop grade`` judged (one per
submission, in order); ``str()`` is the command's text report, ``to_json()``/``to_csv()`` its other
forms, and the notebook display the per-student table (counts and score) followed by each
submission's claims with their verdicts, hints and true values (the true value typeset).
"""

from __future__ import annotations

from ..grading.results import VERDICTS, SubmissionResult, place, to_csv, to_json, to_text
from .page import block, table, text
from .typeset import math


class Grades(list):
    """The SubmissionResults of a grading run, with the command's forms and a notebook display."""

    def __str__(self) -> str:
        return to_text(self)

    __repr__ = __str__

    def to_json(self) -> str:
        return to_json(self)

    def to_csv(self) -> str:
        return to_csv(self)

    def scores(self) -> dict[str, tuple[int, int]]:
        """Per student: (claims correct, claims judged)."""
        return {result.student: (result.summary["correct"], sum(result.summary.values())) for result in self}

    def _repr_html_(self) -> str:
        rows = []
        for result in self:
            counts = result.summary
            total = sum(counts.values())
            score = f"{counts['correct']}/{total}" if total else ("error" if result.error else "0/0")
            rows.append([text(result.student), *(str(counts[verdict]) for verdict in VERDICTS), score,
                         text(result.error)])
        parts = [f"<h3>Grades: {len(self)} submission{'s' * (len(self) != 1)}</h3>",
                 table(["student", *VERDICTS, "score", "error"], rows, frozenset({1, 2, 3, 4}))]
        parts += [_submission(result) for result in self]
        return block("grades", "".join(parts))


def _submission(result: SubmissionResult) -> str:
    """One student's claims, folded: line, verdict, kind, parameter, what they wrote, and why."""
    rows = []
    for claim in result.claims:
        why = [text(claim.detail)] if claim.detail else []
        why += [f"step {step.verdict}: {text(step.detail)}" for step in claim.steps if step.detail]
        if claim.truth:
            why.append("true value: " + _typeset(claim.truth))
        where = place(claim).removeprefix("line ")  # "12", or a notebook's "12 (cell 3)"
        rows.append([where, f'<span class="verdict {claim.verdict}">{claim.verdict}</span>',
                     text(claim.kind), text(claim.parameter), f"<code>{text(claim.text)}</code>", "<br>".join(why)])
    body = (table(["line", "verdict", "kind", "parameter", "claim", "why"], rows, frozenset({0})) if rows
            else f"<p>{text(result.error or 'no claim about the network was found')}</p>")
    return f"<details><summary>{text(result.student)} <span class=\"meta\">{text(result.file)}</span></summary>{body}</details>"


def _typeset(latex: str) -> str:
    try:
        return math(latex)
    except Exception:  # latex2mathml cannot read everything: show the LaTeX as it is
        return f"<code>{text(latex)}</code>"
