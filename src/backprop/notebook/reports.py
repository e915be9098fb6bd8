"""What ``backprop check`` prints for a person: the verdict first, then what backs it.

Apart from the typeset display (verdicts.py) so that the command does not import the MathML
converter it never uses.
"""

from __future__ import annotations

from ..symbolic.homework_base import HomeworkResult, point_lines, value_text, wrong_step_lines
from ..symbolic.printing import text as formula_text

KIND_WORDS = {"gradient": "derivative of the loss", "update": "update", "value": "value"}


def report(result) -> str:
    """What check prints for a CheckResult: the verdict first, then what backs it."""
    name = result.parameter.name
    what = f"the new value of {name}" if result.update else f"dL/d{name}"
    true_what = f"the true new value of {name}" if result.update else f"the true dL/d{name}"
    lines = [f"{result.verdict}: {formula_text(result.formula)}", f"  checked as {what}"]
    if result.verdict == "correct":
        lines.append(f"  equal to {true_what}, {result.method}")
        return "\n".join(lines) + "\n"
    example = result.counterexample
    lines.append(f"  {true_what.removeprefix('the ')} = {formula_text(result.truth)}")
    lines.append("  counterexample (the formula and the truth differ here):")
    lines.extend("    " + line for line in point_lines(result))
    lines.append(f"    formula    = {value_text(example.formula_value)}")
    lines.append(f"    true value = {value_text(example.true_value)}")
    if result.hint:
        lines.append(f"  hint: {result.hint}")
    return "\n".join(lines) + "\n"


def homework_report(result: HomeworkResult) -> str:
    """What check prints for a formula read as homework: each claim, and each member of its chain."""
    lines = []
    for claim in result.claims:
        about = f" of {claim.parameter}" if claim.parameter else ""
        rule = f", for all {claim.values} index values" if claim.values > 1 else ""
        lines.append(f"{claim.verdict}: {' '.join(claim.text.split())}")
        lines.append(f"  read as the {KIND_WORDS[claim.kind]}{about}{rule} ({result.notation})")
        for number, step in enumerate(claim.steps, start=1):
            lines.append(f"  step {number}: {step.verdict}: {_shortened(step.text)}")
            if step.verdict == "wrong":
                lines.extend("    " + line for line in wrong_step_lines(step))
            elif step.detail:  # how a correct member was read, where the reading chose (w x as w^T x)
                lines.append(f"    {step.detail}")
    lines.append(result.verdict)
    return "\n".join(lines) + "\n"


def _shortened(words: str) -> str:
    words = " ".join(words.split())
    return words if len(words) <= 100 else words[:97] + "..."
