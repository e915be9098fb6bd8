"""The worked solution as format-neutral blocks: the overview once, then each step's sections."""

from __future__ import annotations

from ..problem import Problem
from ..trace import StepTrace, Trace
from .backward import backward_pass
from .blocks import Heading, Paragraph
from .context import Context, Limits
from .forward import forward_pass, loss_section
from .overview import overview
from .symbols import eta_is
from .updates import gradients, parameters_after, updates

# The sections of one step, in the order a solution is written.
STEP_SECTIONS = (forward_pass, loss_section, backward_pass, gradients, updates, parameters_after)


def build(trace: Trace, problem: Problem, limits: Limits | None = None) -> list:
    """Every block of the worked solution of ``trace`` (computed from ``problem``)."""
    ctx = Context(trace, problem, limits or Limits())
    blocks = overview(ctx)
    for step in trace.steps:
        blocks += step_header(ctx, step)
        for section in STEP_SECTIONS:
            blocks += section(ctx, step)
    return blocks


def step_header(ctx: Context, step: StepTrace) -> list:
    """``Step k``: which samples, the learning rate and how the loss is reduced."""
    count = len(step.samples)
    which = f"Samples {_sample_ranges(step.samples)} ({count} samples)" if count > 1 else \
        f"Sample {step.samples[0]}"
    return [Heading(2, f"Step {step.step} of {len(ctx.trace.steps)}"),
            Paragraph([f"{which}; learning rate", eta_is(ctx.trace.learning_rate),
                       f"; step loss: the {ctx.trace.reduction} of the samples' losses."])]


def _sample_ranges(samples: list[int]) -> str:
    """``0-3, 7, 0-1``: runs of consecutive indices shortened, in the step's order."""
    runs: list[list[int]] = []
    for sample in samples:
        if runs and sample == runs[-1][-1] + 1:
            runs[-1].append(sample)
        else:
            runs.append([sample])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}" for run in runs)
