"""What the reading-construct tests (test_reading_constructs_batch8b, _batch9, _batch10) share: a case's
problem file, check's verdicts on its text through its notation, and a refusal held to one line."""

from __future__ import annotations

import tomllib

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from public_formulas import Public


class CaseChecks:
    """check on the cases of one test file, whose networks (name -> problem file text) are ``networks``."""

    def __init__(self, networks: dict[str, str]):
        self.networks = networks

    def problem(self, case: Public):
        return parse_problem(self.networks[case.network], case.network)

    def verdicts(self, case: Public) -> tuple:
        """Per claim, the verdict of each member."""
        notation = notation_from_table(tomllib.loads(case.notation)["notation"], "<test>") if case.notation else None
        result = check_homework(self.problem(case), case.text, notation=notation, param=case.param)
        return tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)

    def refusal(self, case: Public) -> str:
        """check's refusal of the case, which must be one line."""
        with pytest.raises(FormulaError) as error:
            self.verdicts(case)
        assert "\n" not in str(error.value)
        return str(error.value)
