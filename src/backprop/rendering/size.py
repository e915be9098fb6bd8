"""How large a worked solution will be, estimated from the problem before any step is computed.

A worked solution writes out, per step and layer, what the limits of context.Limits let through
(see values_shown) and some prose. Counting these values and multiplying by the most one value
cost in a format (measured on every bundled example and test problem, and on deep, 12 x 12, wide
and 200-sample networks: text 13-51 bytes, LaTeX 20-54, HTML 190-560 with its MathML and drawings)
gives an estimate never below the real size and at most about four times it. JSON writes every
number of the trace (up to 28 bytes each with its indentation: float64 in full), each row of an
array on lines of its own (a sample's values for a layer, a unit's weights: about 20 bytes of
brackets and indentation). ``backprop explain`` refuses a solution estimated beyond
LIMITS["explain_output_bytes"] before computing it: 10^5 steps of a 2-2-1 network would be 450 MB
of text and take minutes.
"""

from __future__ import annotations

from ..limits import LIMITS
from ..problem import Problem
from .context import Limits

#: Estimated bytes of output per value shown and fixed bytes (title, style sheet, script), by
#: format: upper estimates, from the measurements in the docstring.
BYTES_PER_VALUE = {"text": 56, "markdown": 56, "latex": 60, "html": 620}
FIXED_BYTES = {"text": 2_500, "markdown": 2_500, "latex": 3_000, "html": 20_000, "json": 1_000}
#: Bytes per number of the trace in JSON, per array (its key and brackets) and per row of an array
#: (a sample's z, a, dL/da, delta or dL/dx, a unit's weights: its brackets on lines of their own).
BYTES_PER_JSON_NUMBER = 28
JSON_BYTES_PER_ARRAY = 32
JSON_BYTES_PER_ROW = 24
#: Values' worth of headings and prose per layer and step, and per step.
PROSE = 40


def values_shown(problem: Problem, limits: Limits = Limits()) -> tuple[int, int]:
    """(values written once for the whole solution, values written per step).

    Per layer and step: a layer of at most ``limits.units`` units and ``limits.inputs`` inputs has
    each weight's gradient, update and new value (3 U I), and for each detailed sample its sums
    over the inputs and over the next layer's units written term by term; a larger layer shows
    ``limits.preview`` entries of each. The per-unit values (z, the chain, dL/da, delta) are written
    for the detailed samples, and listed for ``limits.listed`` more where the layer is small.
    """
    detailed = min(problem.batch, limits.samples)
    listed = max(0, min(problem.batch - limits.samples, limits.listed))
    once, per_step = 0, PROSE
    for number, spec in enumerate(problem.layers):
        small = spec.units <= limits.units and spec.inputs <= limits.inputs
        units = spec.units if spec.units <= limits.units else limits.preview
        inputs = spec.inputs if small else limits.preview
        following = problem.layers[number + 1].units if number + 1 < len(problem.layers) else 1
        following = min(following, limits.units) if following <= limits.units else limits.preview
        per_step += (3 * units * inputs + detailed * units * (inputs + following)
                     + (detailed + (listed if small else 0)) * units * (len(spec.activations) + 3) + PROSE)
        once += units * inputs + units + PROSE
    return once, per_step


def estimated_bytes(problem: Problem, steps: int, fmt: str) -> int:
    """The estimated size of the worked solution of ``steps`` steps in format ``fmt``."""
    if fmt == "json":  # the parameters once, then every number, array and row of every step
        parameters, values, arrays = problem.numbers_per_step()
        rows = problem.batch * (4 * len(problem.layers) + 1) + sum(2 * spec.units for spec in problem.layers)
        return (FIXED_BYTES[fmt] + BYTES_PER_JSON_NUMBER * (parameters + steps * values)
                + steps * (JSON_BYTES_PER_ARRAY * arrays + JSON_BYTES_PER_ROW * rows))
    once, per_step = values_shown(problem)
    return FIXED_BYTES[fmt] + BYTES_PER_VALUE[fmt] * (once + steps * per_step)


def most_steps(problem: Problem, fmt: str) -> int:
    """The most steps whose worked solution in ``fmt`` stays within the limit (0: not even one)."""
    limit, low, high = LIMITS["explain_output_bytes"], 0, LIMITS["steps"]
    while low < high:  # the estimate grows with the steps: bisect
        middle = (low + high + 1) // 2
        if estimated_bytes(problem, middle, fmt) <= limit:
            low = middle
        else:
            high = middle - 1
    return low
