"""What a MATLAB (or Fortran) section with a range selects, said in a refusal (syntax_arguments): batch 157's
``theta_2(:,1:end-1)'``, a matrix holding a layer's weights and, in its last column, the biases, without that column.
No notation gives such a matrix a name (a meaning is one quantity's, and its weights and biases are two), so check
reads none of its sections; the refusal names the rows and columns the section takes, so that the writer sees which
part was meant and how to write it (the weights' own name, "W" = "W2[:, :]", or their entries)."""

from __future__ import annotations

import re

# one index of a section: a colon alone, a number or end (end-1), or a range of two of them, lo:hi
_BOUND = r"(?:\d+|end(?:\s*-\s*\d+)?)"
_PART = re.compile(rf"\s*(?::|{_BOUND}(?:\s*:\s*{_BOUND})?)\s*")


def _said(part: str, axis: str) -> str:
    part = part.replace(" ", "")
    if part == ":":
        return f"every {axis}"
    if ":" not in part:
        return f"the last {axis}" if part == "end" else f"{axis} {part}"
    low, high = part.split(":")
    if low == "1" and high == "end-1":
        return f"every {axis} but the last"
    if low == "2" and high == "end":
        return f"every {axis} but the first"
    return f"{axis}s {low} to {high}"


def section_selection(inside: str) -> str | None:
    """The rows and columns the section ``inside`` a name's parentheses selects (``:,1:end-1``: "every row, every
    column but the last"), where it is a matrix's section of two indices with a range or ``end`` in it; None else."""
    parts = inside.split(",")
    if len(parts) != 2 or not all(_PART.fullmatch(part) for part in parts) \
            or not any(":" in part.replace(" ", "")[1:] or "end" in part for part in parts):
        return None
    return f"{_said(parts[0], 'row')}, {_said(parts[1], 'column')}"
