"""Shared by the renderer tests: the problem files to render and a parser for the text output."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from backprop.problem import load_problem

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent

# Every example (more appear as the project grows) and the problems written for these tests, which
# cover what the examples may not: chains, masks, shared biases, log base 2, many samples.
EXAMPLES = sorted((ROOT / "examples").glob("*.toml"))
PROBLEMS = sorted((HERE / "problems").glob("*.toml"))
ALL_FILES = EXAMPLES + PROBLEMS


def ids(paths):
    return [path.stem for path in paths]


def is_small(path: Path) -> bool:
    """Fewer than 20 units in every layer (and fewer than 20 inputs into the first)."""
    problem = load_problem(path, require_data=True)
    return all(layer.units < 20 and layer.inputs < 20 for layer in problem.layers)


@dataclass
class Shown:
    """One equation of the text output: where it stands and the number it ends with."""

    step: int
    section: str
    sample: int | None
    left: str
    value: str


_STEP = re.compile(r"^Step (\d+) of \d+$")
_SAMPLE = re.compile(r"^Sample (\d+)\b.*:$")
_SECTIONS = ("Forward pass", "Loss", "Backward pass", "Gradients", "Updates")


def equations(text: str) -> list[Shown]:
    """Every displayed equation of a text worked solution, with its final value.

    Equations are indented by two spaces; their continuation lines by more. The value is what
    follows the last " = " (the last relation), the left side what precedes the first relation.
    """
    found, step, section, sample = [], 0, "", None
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if match := _STEP.match(line):
            step, section, sample = int(match.group(1)), "", None
        elif line in _SECTIONS or line.startswith("Parameters after"):
            section, sample = line, None
        elif match := _SAMPLE.match(line):
            sample = int(match.group(1))
        elif line.startswith("  ") and not line.startswith("   ") and step:
            whole = line.strip()
            while index < len(lines) and lines[index].startswith("   "):
                whole += " " + lines[index].strip()
                index += 1
            left = re.split(r" = | <- ", whole, maxsplit=1)[0]
            found.append(Shown(step, section, sample, left, whole.rsplit(" = ", 1)[-1]))
    return found
