"""What ``backprop check`` prints for a person, the verdict first, then what backs it: a CheckResult
(a formula in the network's symbols) or a HomeworkResult (a formula as homework writes it, one
verdict per claim and per member of its chain); the notebook's Verdict prints the same text.

Apart from the typeset display (notebook/verdicts.py), so that the command does not import the MathML
converter it never uses, and from the homework reader (homework.py), so that a formula in SymPy
syntax does not import it either.
"""

from __future__ import annotations

import numpy as np

from .check import CheckResult
from .printing import text as formula_text

KIND_WORDS = {"gradient": "derivative of the loss", "update": "update", "value": "value"}


def verdict_text(result) -> str:
    """What check prints for its result, a CheckResult or a HomeworkResult."""
    return report(result) if isinstance(result, CheckResult) else homework_report(result)


def report(result: CheckResult) -> str:
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


def homework_report(result) -> str:
    """What check prints for a HomeworkResult (a formula read as homework): each claim, and each
    member of its chain."""
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


def wrong_step_lines(step) -> list[str]:
    """Why a member of a chain is wrong, for a person: where (index values, case), the two values
    and the point where they differ, and the hint."""
    lines = []
    if step.where:
        lines.append(f"first wrong at {step.where}")
    if step.result is not None and step.result.counterexample is not None:
        example = step.result.counterexample
        lines.append(f"formula = {value_text(example.formula_value)}, true value ="
                     f" {value_text(example.true_value)} at:")
        lines.extend("  " + line for line in point_lines(step.result))
    if step.detail:
        lines.append(f"{'hint: ' if step.result is not None else ''}{step.detail}")
    return lines


def point_lines(result) -> list[str]:
    """The counterexample point of a wrong CheckResult, one line per array: x, targets, W and b per
    layer (and eta where it matters)."""
    sample = result.counterexample.sample
    symbols = result.symbols
    lines = [f"x = {array_text(sample.x)}", f"{symbols.target.name} = {array_text(sample.target)}"]
    for layer, (weights, biases) in enumerate(zip(sample.weights, sample.biases), start=1):
        lines.append(f"W{layer} = {array_text(weights)}")
        if biases is not None:
            lines.append(f"b{layer} = {array_text(biases)}")
    if result.update or result.formula.has(symbols.eta):
        lines.append(f"eta = {sample.eta:g}")
    return lines


def value_text(number: float) -> str:
    # The values come from 50-digit arithmetic: 1e-51 there is a 0 that rounding left over.
    return "0" if abs(number) < 1e-40 else f"{number:.12g}"


def array_text(values) -> str:
    values = np.asarray(values, dtype=float)
    if values.ndim == 0:
        return f"{float(values):g}"
    return np.array2string(values, separator=", ", threshold=40, edgeitems=3,
                           formatter={"float_kind": lambda v: f"{v:g}"}).replace("\n", "")
