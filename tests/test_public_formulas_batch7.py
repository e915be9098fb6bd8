"""Batch 7 of the public formulas (tests/public_formulas_batch7.py), through tests/blind_batch.py's
judge, as it was measured blind: every entry's verdicts are the PyTorch oracle's, and check never calls
a formula of the batch correct where the oracle finds it wrong, nor refuses in more than one line or by
crashing. The batch is now part of the measured set (public_formulas.ENTRIES), where
test_public_formulas.py holds every entry read as expected; tests/blind_batch.py 7 reports its rate.
"""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from blind_batch import batch, judge
from test_seed_verbatim import oracle_verdicts

ENTRIES, NETWORKS, NOTATIONS = batch(7)
READ = [entry for entry in ENTRIES if entry.unreadable is None]


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.key)
def test_the_oracle_gives_the_expected_verdicts(entry):
    assert oracle_verdicts(entry, parse_problem(NETWORKS[entry.network], entry.network)) == entry.expected, entry.why


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.key)
def test_check_never_calls_a_wrong_formula_correct(entry, tmp_path):
    outcome = judge(entry, NETWORKS, NOTATIONS, tmp_path)
    assert outcome.outcome != "crash", outcome.message
    assert "\n" not in outcome.message
    assert not outcome.wrong_called_correct, (entry.expected, outcome.got)
