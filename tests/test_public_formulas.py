"""The held-out set of public formulas (tests/public_formulas.py): the share check reads, and every
verdict against the PyTorch oracle of tests/test_seed_verbatim.py.

The goal of issue 13 is that 90% or more of such formulas read, each through the notation a teacher
would write for it, with every verdict right; test_the_reading_rate holds the measured rate.
"""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from public_formulas import ENTRIES, NETWORKS, NOTATIONS
from test_seed_verbatim import oracle_verdicts

READ = [entry for entry in ENTRIES if entry.unreadable is None]
REFUSED = [entry for entry in ENTRIES if entry.unreadable is not None]


def _problem(entry):
    return parse_problem(NETWORKS[entry.network], f"<{entry.network}>")


def _check(entry, tmp_path):
    notation = tmp_path / f"{entry.notation}.toml"
    notation.write_text(NOTATIONS[entry.notation], encoding="utf-8")
    return check_homework(_problem(entry), entry.text, notation=str(notation), param=entry.param, when=entry.when)


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.key)
def test_the_oracle_gives_the_expected_verdicts(entry):
    assert oracle_verdicts(entry, _problem(entry)) == entry.expected, entry.why


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.key)
def test_check_reads_it_and_gives_every_verdict_the_oracle_gives(entry, tmp_path):
    result = _check(entry, tmp_path)
    got = tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)
    assert got == entry.expected, [step.detail for claim in result.claims for step in claim.steps]


@pytest.mark.parametrize("entry", REFUSED, ids=lambda entry: entry.key)
def test_what_the_page_mistyped_is_refused_in_one_line(entry, tmp_path):
    with pytest.raises(FormulaError) as error:
        _check(entry, tmp_path)
    assert "\n" not in str(error.value) and entry.unreadable in str(error.value)


def test_the_reading_rate():
    assert len(ENTRIES) >= 40
    assert len({entry.url for entry in ENTRIES}) >= 10
    assert len(READ) / len(ENTRIES) >= 0.90
