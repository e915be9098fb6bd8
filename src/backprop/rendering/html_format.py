"""The worked solution as one self-contained HTML page: SVG drawings, MathML equations, a stepper.

The page needs no network and no JavaScript. Each step is cut into three stages (forward pass,
backward pass, update); each stage is a ``<section class="stage">`` with the network drawn with that
stage's numbers (svg.py) and the stage's equations as MathML (mathml.py). Without JavaScript every
stage is shown, one after another; the page's script adds a control that shows one stage at a time.
The style sheet and the script are package files (``templates/``) copied into the page.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from string import Template

from ..problem import Problem
from ..trace import StepTrace, Trace
from . import svg
from .backward import backward_pass
from .blocks import Code, Heading, Math, Paragraph, Table, join_parts, render_blocks
from .context import Context, Limits
from .document import STEP_SECTIONS, step_header
from .forward import forward_pass, loss_section
from .mathml import display_math, inline_math
from .overview import overview
from .pieces import Tex
from .updates import gradients, parameters_after, updates

# Which stage of the page each section of a step belongs to; stages in the order they are shown.
STAGE_OF = {forward_pass: "forward", loss_section: "forward", backward_pass: "backward",
            gradients: "backward", updates: "update", parameters_after: "update"}
STAGES = ("forward", "backward", "update")

_TEMPLATES = Path(__file__).parent / "templates"

# Prose parts: words escaped, formulas as inline MathML, commands as code.
_SPELL = {str: escape, Tex: inline_math, Code: lambda part: f"<code>{escape(part.text)}</code>"}


def heading(block: Heading) -> str:
    return f"<h{block.level}>{escape(block.text)}</h{block.level}>"


def paragraph(block: Paragraph) -> str:
    return f"<p>{join_parts(block.parts, _SPELL)}</p>"


def math(block: Math) -> str:
    content = display_math(block.equations)
    return f'<div class="math">{content}</div>' if content else ""


def table(block: Table) -> str:
    def cells(row, tag) -> str:
        return "".join(f"<{tag}>{_SPELL[type(cell)](cell)}</{tag}>" for cell in row)

    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in block.rows)
    return (f'<div class="table"><table><thead><tr>{cells(block.header, "th")}</tr></thead>'
            f"<tbody>{body}</tbody></table></div>")


HANDLERS = {Heading: heading, Paragraph: paragraph, Math: math, Table: table}


def _stage_blocks(ctx: Context, step: StepTrace) -> dict[str, list]:
    """The blocks of each stage of ``step``; a section not in STAGE_OF joins the stage before it."""
    blocks = {stage: [] for stage in STAGES}
    stage = STAGES[0]
    for section in STEP_SECTIONS:
        stage = STAGE_OF.get(section, stage)
        blocks[stage] += section(ctx, step)
    return blocks


def _figure(ctx: Context, step: StepTrace, stage: str) -> str:
    """The drawing of one stage with a caption that says what it shows and how to read it."""
    view = svg.VIEWS[stage]
    label = f"step{step.step}-{stage}"
    sample = step.samples[0]
    count = len(step.samples)
    which = f"sample {sample}" + (f", the first of the step's {count} samples" if count > 1 else "")
    summary = ""
    if svg.summarised(ctx):
        summary = (f" Columns of more than {svg.DRAWN} units are summarised: their first {svg.HEAD} and"
                   f" last {svg.TAIL} units are drawn, with a marker counting the others, and only the"
                   " connections between drawn units.")
    summary += (" A connection drawn without its value (too many to label, or no room) has it in its"
                " tooltip and in the equations below.")
    return (f'<figure class="network-figure">{svg.draw(ctx, step, stage, label)}<figcaption>'
            f"{escape(view.title)} of step {step.step}. Units show the values of {escape(which)};"
            f" connections show {escape(view.edge_words)}. {_LEGEND} Biases are written in their unit"
            f" (a shared bias under its layer's heading), not drawn as units.{escape(summary)}"
            "</figcaption></figure>")


_LEGEND = ('<span class="legend"><span class="swatch positive" aria-hidden="true"></span>positive'
           ' (solid orange line), <span class="swatch negative" aria-hidden="true"></span>negative'
           ' (dashed blue line), <span class="swatch zero" aria-hidden="true"></span>zero (dotted grey);'
           " the thicker the line, the larger the value compared with the layer's largest.</span>")


def _stage_section(ctx: Context, step: StepTrace, stage: str, blocks: list) -> str:
    title = f"Step {step.step} of {len(ctx.trace.steps)}: {svg.VIEWS[stage].title}"
    lead = render_blocks(step_header(ctx, step), HANDLERS) if stage == STAGES[0] else \
        f"<h2>{escape(title)}</h2>"
    return (f'<section class="stage" id="step{step.step}-{stage}" data-step="{step.step}"'
            f' data-stage="{stage}" data-title="{escape(title)}">{lead}{_figure(ctx, step, stage)}'
            f"{render_blocks(blocks, HANDLERS)}</section>")


def render_html(trace: Trace, problem: Problem, limits: Limits | None = None) -> str:
    """The worked solution of ``trace`` as one complete HTML document (no external resources)."""
    ctx = Context(trace, problem, limits or Limits())
    sections = [_stage_section(ctx, step, stage, blocks)
                for step in trace.steps for stage, blocks in _stage_blocks(ctx, step).items()]
    page = Template((_TEMPLATES / "worked.html").read_text(encoding="utf-8"))
    return page.substitute(
        title=escape(problem.title or Path(problem.path).stem),
        style=(_TEMPLATES / "worked.css").read_text(encoding="utf-8") + svg.DRAWING_STYLE,
        script=(_TEMPLATES / "worked.js").read_text(encoding="utf-8"),
        overview=render_blocks(overview(ctx), HANDLERS),
        stages="\n".join(sections))
