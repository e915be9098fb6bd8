"""The machine-readable worked solution: exactly the JSON trace of docs/problem-format.md."""

from __future__ import annotations

import json


def render_json(trace, problem=None) -> str:
    """JSON with every number at full float64 precision (Python's shortest round-trip repr)."""
    return json.dumps(trace.to_json_dict(), indent=1, allow_nan=False) + "\n"
