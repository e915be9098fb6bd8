"""What ``backprop check`` found and what ``backprop derive`` says, typeset for a notebook (the commands' text:
symbolic/check_text.py, symbolic/render.py).

:class:`Verdict` wraps the result of a check: a symbolic.check.CheckResult (a formula in the
network's symbols) or a symbolic.homework_base.HomeworkResult (a formula as homework writes it, one
verdict per claim and per member of its chain). ``str()`` is what the command line prints; the
notebook display shows the verdict, the formula and the true value typeset, the counterexample
(the point where the two differ, with both values) and the hint.

:class:`Derivation` holds the format-neutral document of symbolic/document.py: ``str()`` is the
command line's text (SymPy syntax, which ``check`` reads back), ``render(fmt)`` its text, Markdown
or LaTeX, and its notebook display the same lines typeset as MathML.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..symbolic.check_text import KIND_WORDS, point_lines, value_text, verdict_text
from ..symbolic.document import Block, Document
from ..symbolic.homework_base import HomeworkResult
from ..symbolic.printing import latex
from ..symbolic.render import RENDERERS
from .page import block, table, text
from .typeset import math


@dataclass(eq=False)
class Verdict:
    """A check's result (``result``) with its text and display; ``verdict`` is "correct" or "wrong"."""

    result: object

    @property
    def verdict(self) -> str:
        return self.result.verdict

    @property
    def correct(self) -> bool:
        return self.result.verdict == "correct"

    @property
    def exit_status(self) -> int:
        """What ``backprop check`` exits with: 0 correct, 1 wrong."""
        return self.result.exit_status

    def __str__(self) -> str:
        return verdict_text(self.result)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        if isinstance(self.result, HomeworkResult):
            return block("verdict", _homework_html(self.result))
        return block("verdict", _formula_html(self.result))


def _badge(verdict: str) -> str:
    return f'<span class="verdict {verdict}">{verdict}</span>'


def _formula_html(result) -> str:
    name = result.parameter.name
    what = f"the new value of {name}" if result.update else f"dL/d{name}"
    parts = [f"<p>{_badge(result.verdict)}: {math(latex(result.formula))}</p>",
             f'<p class="meta">checked as {text(what)}</p>']
    if result.verdict == "correct":
        parts.append(f"<p>Equal to the true {text(what.removeprefix('the '))}, {text(result.method)}.</p>")
        return "".join(parts)
    parts.append(f"<p>The true {text(what.removeprefix('the '))}: {math(latex(result.truth), display=True)}</p>")
    parts.append(_counterexample(result))
    if result.hint:
        parts.append(f"<p><strong>Hint:</strong> {text(result.hint)}</p>")
    return "".join(parts)


def _counterexample(result) -> str:
    """The point where formula and truth differ: each array, then the two values."""
    example = result.counterexample
    rows = [[f"<code>{text(name.strip())}</code>", f"<code>{text(value.strip())}</code>"]
            for name, _, value in (line.partition("=") for line in point_lines(result))]
    rows += [["the formula", f"<code>{value_text(example.formula_value)}</code>"],
             ["the true value", f"<code>{value_text(example.true_value)}</code>"]]
    return "<p>Counterexample: the formula and the truth differ here.</p>" + table(["", "value"], rows)


def _homework_html(result: HomeworkResult) -> str:
    parts = [f"<p>{_badge(result.verdict)} <span class=\"meta\">({text(result.notation)})</span></p>"]
    for claim in result.claims:
        about = f" of {claim.parameter}" if claim.parameter else ""
        rule = f", for all {claim.values} index values" if claim.values > 1 else ""
        parts.append(f"<div><p>{_badge(claim.verdict)}: {_written(claim.text)}</p>"
                     f'<p class="meta">read as the {KIND_WORDS[claim.kind]}{text(about)}{rule}</p><ol>')
        for step in claim.steps:
            parts.append(f"<li>{_badge(step.verdict)}: {_written(step.text)}")
            if step.verdict == "wrong":
                parts.append(_wrong_step(step))
            parts.append("</li>")
        parts.append("</ol></div>")
    return "".join(parts)


def _wrong_step(step) -> str:
    parts = []
    if step.result is not None and step.result.counterexample is not None:
        parts.append(_counterexample(step.result))
    if step.where:
        parts.append(f'<p class="meta">first wrong at {text(step.where)}</p>')
    if step.detail:
        label = "Hint:" if step.result is not None else "Why:"
        parts.append(f"<p><strong>{label}</strong> {text(step.detail)}</p>")
    return "".join(parts)


def _written(words: str) -> str:
    """What the student wrote, typeset when it reads as LaTeX, else as it is (code)."""
    try:
        return math(" ".join(words.split()))
    except Exception:  # latex2mathml cannot read everything homework holds: show it as written
        return f"<code>{text(words)}</code>"


@dataclass(eq=False)
class Derivation:
    """The derivations of ``backprop derive``: ``document`` (a symbolic.document.Document)."""

    document: Document

    def render(self, fmt: str = "text") -> str:
        """The derivation as the CLI writes it: text, markdown or latex."""
        return RENDERERS[fmt](self.document)

    def __str__(self) -> str:
        return self.render("text")

    def __repr__(self) -> str:
        return self.render("text")

    @property
    def sections(self) -> list:
        """One section per parameter (title, blocks of lines)."""
        return self.document.sections

    def _repr_html_(self) -> str:
        document = self.document
        parts = [f"<h3>{text(document.title)}</h3>", f'<p class="meta">{text(document.source)}</p>',
                 _block(document.definitions)]
        parts += [f'<p class="meta">note: {text(note)}</p>' for note in document.notes]
        for section in document.sections:
            parts.append(f"<h3>{math(section.title_latex)}</h3>")
            parts += [f'<p class="meta">note: {text(note)}</p>' for note in section.notes]
            parts += [_block(item) for item in section.blocks]
        return block("derivation", "".join(parts))


def _block(item: Block) -> str:
    lines = "".join(math(f"{line.left_latex} {line.relation_latex} {line.right_latex}", display=True)
                    for line in item.lines)
    note = f'<p class="meta">({text(item.note)})</p>' if item.note else ""
    return (f"<div><strong>{text(item.label[0].upper() + item.label[1:])}</strong>"
            f'<div style="overflow-x: auto">{lines}</div>{note}</div>')
