"""Batch 8 of the public formulas, the held-out set (tests/public_formulas_batch8.py).

What does not depend on the reader is held here: every entry's verdicts are the PyTorch oracle's, and
check never calls a formula of the batch correct where the oracle finds it wrong, nor refuses in more
than one line or by crashing. How many of them check reads is measured, not held:
tests/blind_batch.py 8 reports it.
"""

from __future__ import annotations

import importlib.util

import pytest

import public_formulas
from backprop.problem import parse_problem
from blind_batch import batch, judge
from test_seed_verbatim import oracle_verdicts

ENTRIES, NETWORKS, NOTATIONS = batch(8)
READ = [entry for entry in ENTRIES if entry.unreadable is None]


def test_the_batch_is_held_out_from_the_measured_set_and_from_batch_7():
    earlier = list(public_formulas.ENTRIES)
    if importlib.util.find_spec("public_formulas_batch7") is not None:  # batch 7, held out too, once merged
        earlier += batch(7)[0]
    keys = {entry.key for entry in earlier}
    urls = {entry.url for entry in earlier}
    assert not keys & {entry.key for entry in ENTRIES}
    assert not urls & {entry.url for entry in ENTRIES}
    assert len(ENTRIES) >= 35 and len({entry.url for entry in ENTRIES}) >= 10


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.key)
def test_the_oracle_gives_the_expected_verdicts(entry):
    assert oracle_verdicts(entry, parse_problem(NETWORKS[entry.network], entry.network)) == entry.expected, entry.why


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry.key)
def test_check_never_calls_a_wrong_formula_correct(entry, tmp_path):
    outcome = judge(entry, NETWORKS, NOTATIONS, tmp_path)
    assert outcome.outcome != "crash", outcome.message
    assert "\n" not in outcome.message
    assert not outcome.wrong_called_correct, (entry.expected, outcome.got)
