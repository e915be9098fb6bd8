"""What the reading-construct tests (test_reading_constructs_batch8b, _batch9, _batch10, ...) share: a case's
problem file, check's verdicts on its text through its notation, a refusal held to one line, and the two
parametrised tests every file runs on its cases (the oracle's verdicts, then check's)."""

from __future__ import annotations

import tomllib
from typing import Callable

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from public_formulas import Public
from test_seed_verbatim import oracle_verdicts


class CaseChecks:
    """check on the cases of one test file, whose networks (name -> problem file text) are ``networks``."""

    def __init__(self, networks: dict[str, str]):
        self.networks = networks

    def problem(self, case: Public):
        return parse_problem(self.networks[case.network], case.network)

    def verdicts(self, case: Public) -> tuple:
        """Per claim, the verdict of each member."""
        notation = notation_from_table(tomllib.loads(case.notation)["notation"], "<test>") if case.notation else None
        result = check_homework(self.problem(case), case.text, notation=notation, param=case.param, when=case.when)
        return tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)

    def refusal(self, case: Public) -> str:
        """check's refusal of the case, which must be one line."""
        with pytest.raises(FormulaError) as error:
            self.verdicts(case)
        assert "\n" not in str(error.value)
        return str(error.value)

    def refused(self, network: str, notation: str | None, text: str, param: str | None = None) -> str:
        """check's one-line refusal of ``text`` on ``network`` through ``notation``."""
        return self.refusal(Public("refused", "test", network, notation, text, param=param))

    def tests(self, cases: list[Public], oracle: Callable = oracle_verdicts) -> tuple[Callable, Callable]:
        """The two tests of a file's cases, for the file to bind at module level (pytest collects them by the names
        they are bound to): the oracle gives each case's expected verdicts, and check gives the oracle's. ``oracle``
        is (case, problem) -> verdicts; test ids are the cases' keys, so a failure names its case."""
        @pytest.mark.parametrize("case", cases, ids=lambda case: case.key)
        def test_the_oracle_gives_the_cases_verdicts(case):
            assert oracle(case, self.problem(case)) == case.expected

        @pytest.mark.parametrize("case", cases, ids=lambda case: case.key)
        def test_check_gives_the_oracles_verdicts(case):
            assert self.verdicts(case) == case.expected

        return test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts


def index_grid(**sizes: int) -> tuple:
    """Every combination of the letters' values: index_grid(j=3, k=2) -> ({"j": 0, "k": 0}, {"j": 0, "k": 1}, ...)."""
    rows = [{}]
    for letter, size in sizes.items():
        rows = [{**row, letter: value} for row in rows for value in range(size)]
    return tuple(rows)
