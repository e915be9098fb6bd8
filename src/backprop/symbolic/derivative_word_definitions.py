"""A definition of code's word for an activation's derivative whose place is undecided (syntax_tree.EITHER_WORDS,
``def dsigmoid(y): return y * (1 - y)``; read by function_definitions.py), judged at the unit's input and at its
output (derivative_words.py):

* alone (:func:`judged_as_definition`): right where one reading is right, its verdict saying which, wrong where
  neither is;
* opening a text whose formulas call it (:func:`definition_above_read`, ``d3 = E * dsigmoid(Y)`` below it): judged
  first, and the place where it is right is where the formulas' calls are read; refused where it is right at neither.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .derivative_words import ArgumentReading, judged_at_input_and_output
from .function_definitions import _DEF_LINE, Definition, bound_notation, function_definition
from .function_words import EITHER_WORDS
from .notation import Notation
from .quantities import FormulaError, short
from .readings_compared import first_reading


def judged_as_definition(text: str, definition: Definition | None, judge: Callable):
    """``judge(ArgumentReading)`` of ``text``: a definition of an undecided derivative word judged at its input and at
    its output, right where one reading is right (the step saying which), wrong where neither is, refused where one
    is refused and the other wrong; any other text through judged_at_input_and_output."""
    if definition is None or definition.name not in EITHER_WORDS:
        return judged_at_input_and_output(text, judge)
    at_input = ArgumentReading("input")
    first, refusal = first_reading(at_input, judge)
    if not at_input.met:  # decided by the notation (or no derivative word met): one reading
        return first
    try:
        second = judge(ArgumentReading("output"))
    except FormulaError:
        if first is not None and first.verdict == "correct":
            return _saying(first, definition, "input")
        raise refusal or FormulaError(f"formula {short(text)}: def {definition.name} is wrong as the derivative at"
                                      " its input, and cannot be read as the derivative at its output") from None
    if first is None:
        if second.verdict == "correct":
            return _saying(second, definition, "output")
        raise refusal
    if first.verdict == "correct":
        return first if second.verdict == "correct" else _saying(first, definition, "input")
    return _saying(second, definition, "output") if second.verdict == "correct" else first


def _saying(result, definition: Definition, place: str):
    """``result`` with each step saying which reading of the word it is right for."""
    activation = EITHER_WORDS[definition.name]
    for claim in result.claims:
        for step in claim.steps:
            step.detail = f"right: the {activation}'s derivative written of its {place}" + (
                f"; {step.detail}" if step.detail else "")
    return result


def definition_above_read(text: str, notation: Notation | None, right: Callable) -> tuple[str, Notation | None]:
    """(the text to judge, its notation) for a text that opens with a definition of code's derivative word (EITHER_WORDS,
    ``def dsigmoid(y): return y * (1 - y)``) and goes on with formulas calling it (``d3 = E * dsigmoid(Y)``): the
    definition is judged first, its argument any value (:func:`bound_notation`), at the input and at the output
    (``right(claim, notation)``: whether a claim is right, None where it cannot be read); the place where it is right
    is where the formulas' calls are read (the notation's derivative_places, as its functions would say), and a
    definition right at neither is refused. Any other text, and a word the notation places already, as it is."""
    lines = text.split("\n")
    for count in range(1, min(len(lines), 4)):
        head, rest = "\n".join(lines[:count]), "\n".join(lines[count:])
        if not _DEF_LINE.fullmatch(lines[0]) or not rest.strip():
            return text, notation
        try:
            definition = function_definition(head)
        except FormulaError:
            continue
        if definition is None or definition.name not in EITHER_WORDS or len(definition.arguments) != 1 \
                or notation is not None and definition.name in notation.derivative_places \
                or not re.search(rf"(?<![\w.]){re.escape(definition.name)}[ \t]*\(", rest):
            continue
        base = notation or Notation()
        bound = bound_notation(notation, definition.arguments[0])
        right_at = [place for place in ("input", "output") if right(definition.claim, replace(
            bound, derivative_places={**bound.derivative_places, definition.name: place}, _cache={}))]
        if not right_at:
            raise FormulaError(f"formula {short(text)}: def {definition.name} is not {EITHER_WORDS[definition.name]}'s"
                               " derivative at its input nor at its output, so the formulas below it that call it"
                               " are not read by it; write the derivative right, or the formulas alone")
        return rest, replace(base, derivative_places={**base.derivative_places, definition.name: right_at[0]},
                             _cache={})
    return text, notation
