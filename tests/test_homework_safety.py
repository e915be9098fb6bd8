"""Hostile homework formulas read through a notation: none runs code, none takes unbounded time or
memory; each ends in one line on stderr with exit status 2 (as tests/test_formula_safety.py holds for
the SymPy-syntax reader). Each case runs `backprop check --notation seed000` in its own process
under a 1 GB address-space cap.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
REGRESSION = str(EXAMPLES / "seed000_regression.toml")
MEMORY_CAP = 1 << 30
SECONDS = 90

HOSTILE = [
    (r"\frac{\partial SEE}{\partial a_{00}^1} = " + "-" * 5000 + "y", "signs in a row"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = " + "(" * 300 + "y" + ")" * 300, "nested too deeply"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = " + r"\sigma(" * 150 + "y" + ")" * 150, "nested too deeply"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = 9^{9^{9^{9}}}", "power"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = ((9^{60})^{60})^{60} y", "digits"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = \sum_{k=0}^{1000000000} y", "sum of more than"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = " + "y + " * 6000 + "y", "characters long"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = \text{__import__}('os').system('touch MARKER')", ""),
    ("__import__('os').system('touch MARKER') = 1", ""),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = \begin{cases} 1 & x > 0 \end{cases}", "case"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = \log(0) y", "not positive"),
    (r"\frac{\partial SEE}{\partial a_{00}^1} = y / 0", "divides by zero"),
]


def _capped():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


@pytest.mark.parametrize("formula, words", HOSTILE)
def test_a_hostile_formula_is_refused_in_one_line_in_bounded_time_and_memory(tmp_path, formula, words):
    result = subprocess.run([sys.executable, "-m", "backprop.cli", "check", REGRESSION, "--notation", "seed000",
                             "--formula", formula], cwd=tmp_path, capture_output=True, text=True, timeout=SECONDS,
                            preexec_fn=_capped, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr, result.stderr
    assert words in lines[0], lines[0]
    assert list(tmp_path.iterdir()) == [], "the formula ran code"
