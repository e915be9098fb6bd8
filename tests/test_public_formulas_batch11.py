"""Batch 11 of the public formulas, the held-out set (tests/public_formulas_batch11.py).

What does not depend on the reader is held here: every entry's verdicts are the PyTorch oracle's, and
check never calls a formula of the batch correct where the oracle finds it wrong, nor refuses in more
than one line or by crashing. How many of them check reads is measured, not held:
tests/blind_batch.py 11 reports it.
"""

from __future__ import annotations

import dataclasses
import importlib.util

import pytest

import public_formulas
from backprop.problem import parse_problem
from blind_batch import batch, judge
from test_seed_verbatim import _whole, oracle_numbers, oracle_symbolic

ENTRIES, NETWORKS, NOTATIONS = batch(11)
READ = [entry for entry in ENTRIES if entry.unreadable is None]


def oracle_verdicts(entry, problem) -> tuple:
    """test_seed_verbatim.oracle_verdicts, with a value's members of numbers judged against the whole
    value: a twin written as a rule over a vector's entries (``a1[{j}]``) has its numbers compared with
    the vector a1, entry by entry (a gradient's already are: oracle_numbers takes W2 for W2[0,{k}])."""
    verdicts = []
    for twin in entry.twins:
        whole = dataclasses.replace(twin, target=_whole(twin.target)) if twin.kind == "value" else twin
        verdicts.append(tuple(oracle_numbers(entry, whole, member, problem) if member.startswith("=")
                              else oracle_symbolic(entry, twin, member, problem) for member in twin.members))
    return tuple(verdicts)


def test_the_batch_is_held_out_from_the_measured_set_and_from_batches_7_to_10():
    earlier = list(public_formulas.ENTRIES)
    for number in (7, 8, 9, 10):  # held out too while they stand apart from public_formulas.ENTRIES
        if importlib.util.find_spec(f"public_formulas_batch{number}") is not None:
            earlier += batch(number)[0]
    keys = {entry.key for entry in earlier}
    urls = {entry.url for entry in earlier}
    assert not keys & {entry.key for entry in ENTRIES}
    assert not urls & {entry.url for entry in ENTRIES}
    assert len(ENTRIES) >= 50 and len({entry.url for entry in ENTRIES}) >= 12


def test_the_batch_has_its_own_networks_and_notations():
    # a key shared with an earlier batch would silently replace that batch's network or notation
    assert all(key.startswith("b11_") for key in (*NETWORKS.keys() - public_formulas.NETWORKS.keys(),
                                                  *NOTATIONS.keys() - public_formulas.NOTATIONS.keys()))
    assert {entry.network for entry in ENTRIES} <= {key for key in NETWORKS if key.startswith("b11_")}
    assert {entry.notation for entry in ENTRIES} <= {key for key in NOTATIONS if key.startswith("b11_")}


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.key)
def test_the_oracle_gives_the_expected_verdicts(entry):
    assert oracle_verdicts(entry, parse_problem(NETWORKS[entry.network], entry.network)) == entry.expected, entry.why


# check crashed on none of the batch when it was measured (see the batch's docstring). An entry that crashes is
# listed here with its reason, as a strict expected failure, so that a crash on a new entry shows.
KNOWN_CRASHES: dict[str, str] = {}


def _held(entry):
    if entry.key in KNOWN_CRASHES:
        return pytest.param(entry, marks=pytest.mark.xfail(strict=True, reason=KNOWN_CRASHES[entry.key]))
    return entry


@pytest.mark.parametrize("entry", [_held(entry) for entry in ENTRIES], ids=lambda entry: entry.key)
def test_check_never_calls_a_wrong_formula_correct(entry, tmp_path):
    outcome = judge(entry, NETWORKS, NOTATIONS, tmp_path)
    assert outcome.outcome != "crash", outcome.message
    assert "\n" not in outcome.message
    assert not outcome.wrong_called_correct, (entry.expected, outcome.got)
