"""A feedback page for one submission: one self-contained HTML file (no script, no CDN, no network).

Each claim shows where it is in the submission, what it was read as (a gradient, an update or a
value of which parameter, judged against which problem file), its verdict, each member of its chain
with its own verdict (the step where a derivation went wrong), and for a wrong claim the hint, the
numbers where it fails and the true value written in the submission's own notation; the formulas not graded as
claims are named in one line (results.not_graded), as in the text report. Mathematics is
MathML, which browsers draw without help; everything a student wrote is escaped.
"""

from __future__ import annotations

import html

from ..rendering.mathml import mathml_content
from .results import VERDICTS, Claim, SubmissionResult, not_graded, place

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.05rem; margin: 0; }
.summary span { margin-right: 1.2rem; font-weight: 600; }
.claim { border: 1px solid #ddd; border-left: 6px solid #999; border-radius: 4px; padding: .7rem 1rem; margin: 1rem 0; }
.claim.correct { border-left-color: #2e7d32; } .claim.wrong { border-left-color: #c62828; }
.claim.unreadable { border-left-color: #ef6c00; }
.verdict { text-transform: uppercase; font-size: .8rem; font-weight: 700; letter-spacing: .05em; }
.correct .verdict, li.correct .verdict { color: #2e7d32; } .wrong .verdict, li.wrong .verdict { color: #c62828; }
.unreadable .verdict { color: #ef6c00; }
.meta { color: #555; font-size: .9rem; } math { font-size: 1.1rem; }
ol { padding-left: 1.4rem; } li { margin: .3rem 0; }
.detail { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: .85rem; background: #f7f7f7;
          padding: .5rem; border-radius: 3px; overflow-x: auto; }
.source { font-family: ui-monospace, monospace; font-size: .85rem; color: #444; }
@media print { .claim { break-inside: avoid; } }
"""


def write_feedback(result: SubmissionResult, setup=None) -> str:
    """The feedback page of ``result`` (``setup``: the GradeSetup, for the notation's name)."""
    title = f"Feedback: {result.student}"
    parts = [f"<h1>{_e(title)}</h1>", f'<p class="meta">{_e(result.file)}'
             + (f" &middot; notation: {_e(setup.notation.source)}" if setup is not None and setup.notation else "")
             + "</p>"]
    if result.error:
        parts.append(f'<div class="claim unreadable"><span class="verdict">not graded</span><p>{_e(result.error)}</p></div>')
    else:
        counts = result.summary
        parts.append('<p class="summary">' + "".join(f'<span class="{v}">{counts[v]} {v}</span>' for v in VERDICTS)
                     + "</p>")
        for note in result.notes:
            parts.append(f'<p class="meta">note: {_e(note)}</p>')
        if result.not_claimed:  # formulas grade did not take for claims: the teacher sees which (a line, as in text)
            parts.append(f'<p class="meta not-graded">note: {not_graded(result, lambda text: f"<code>{_e(text)}</code>")}'
                         "</p>")
        if result.definitions:  # names the student defined: read as their meanings, not judged
            parts.append("<h2>Names you defined</h2><ul>" + "".join(
                f'<li id="name-{d.line}-{_e(d.name)}">{place(d)}: {_math(d.name + " = " + d.text)}'
                + (f' <span class="verdict unreadable">refused</span> {_e(d.detail)}' if d.detail else "")
                + "</li>" for d in result.definitions) + "</ul>")
        if not result.claims:
            parts.append("<p>No gradient, update or value claim about the network was found.</p>")
        parts += [_claim(claim) for claim in result.claims]
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{_e(title)}</title>\n'
            f"<style>{_STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _claim(claim: Claim) -> str:
    what = {"gradient": "derivative of the loss", "update": "update", "value": "value"}.get(claim.kind, "claim")
    about = f" of {_e(claim.parameter)}" if claim.parameter else ""
    judged = f" &middot; judged on {_e(claim.problem)}" if claim.problem else ""
    lines = [f'<div class="claim {claim.verdict}" id="line-{claim.line}">',
             f'<h2><span class="verdict">{claim.verdict}</span> &middot; {place(claim)} &middot; {what}{about}</h2>',
             f'<p class="meta">read as written{judged}</p>', f"<p>{_math(claim.text)}</p>"]
    if claim.steps and (len(claim.steps) > 1 or claim.verdict == "wrong"):
        lines.append("<ol>")
        for step in claim.steps:
            lines.append(f'<li class="{step.verdict}"><span class="verdict">{step.verdict}</span> {_math(step.text)}</li>')
        lines.append("</ol>")
    if claim.detail:
        lines.append(f'<div class="detail">{_e(claim.detail)}</div>')
    if claim.truth:
        lines.append(f"<p>The true value, in your notation: {_math(claim.truth)}</p>")
    lines.append("</div>")
    return "\n".join(lines)


def _math(latex: str) -> str:
    """MathML of what a student wrote, or the text itself (escaped) where it is not LaTeX MathML can draw."""
    try:
        return f'<math display="inline">{(mathml_content(" ".join(latex.split())))}</math>'
    except Exception:  # latex2mathml refuses some of what students write: show it as written
        return f'<span class="source">{_e(latex)}</span>'


def _e(text: str) -> str:
    return html.escape(str(text), quote=True)
