"""Batch 53 and 54 of the public formulas showed three constructs misread or refused, each written here as another
author would (other names, other networks than the pages'): a notation's pattern written as a call, MATLAB's
``v(k)`` (its parenthesised index the subscript, as a formula's ``v(1)`` is the entry v_{1}), where a pattern of two
index groups (``x[1](n)``) loaded and then misread and is now refused when loaded.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-two": LOGISTIC_2,
}
CHECKS = CaseChecks(NETWORKS)

# MATLAB's parenthesised indices in a notation's patterns: v(0) the bias, v(k) weight k, x(i) input i
_CALLS = r'''
[notation]
[notation.symbols]
"x(i)" = "x[i-1]"
"v(k)" = "W1[0, k-1]"
"v(0)" = "b1[0]"
"s" = "z1[0]"
'''
_SUM = "b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a pattern's parenthesised index is its subscript: v(1) is the pattern v(k) at k = 1
            ("call-pattern", "s = v(0) + v(1) x(1) + v(2) x(2)", ((C,),), (Twin("value", "z1[0]", (_SUM,)),)),
            ("call-pattern-wrong", "s = v(0) + v(1) x(2) + v(2) x(1)", ((W,),),
             (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[1] + W1[0,1]*x[0]",)),)),
            ("call-pattern-times", "s = v(1)*x(1) + v(2)*x(2) + v(0)", ((C,),), (Twin("value", "z1[0]", (_SUM,)),))):
        cases.append(Public(key, "test", "logistic-two", _CALLS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("pattern", ["g[2](0)", "g[2](k)", "g_{2}(k)", "g^{(2)}(1)"])
def test_a_pattern_of_two_index_groups_is_refused_when_loaded(pattern):
    """``"g[2](k)"``: a code index (or a script) then a parenthesised one; the grammar's symbol has one subscript and
    one superscript, and which group is which is the page's to say, so the table is refused naming the pattern."""
    table = tomllib.loads(f'[notation]\n[notation.symbols]\n"{pattern}" = "x[0]"\n')["notation"]
    with pytest.raises(FormulaError) as error:
        notation_from_table(table, "course.toml")
    message = str(error.value)
    assert message.startswith(f"course.toml: [notation] symbols.{pattern!r}: is not one symbol")
    assert "two index groups" in message and "write" in message and "\n" not in message


def test_a_two_group_pattern_never_reaches_a_formula():
    """The literal pattern and the indexed one together (the page's bias input and its inputs): refused at the
    notation, before any formula is judged (they had loaded as the same symbol and misread)."""
    notation = '[notation]\n[notation.symbols]\n"u[1](0)" = "1"\n"u[1](i)" = "x[i-1]"\n'
    assert "two index groups" in CHECKS.refused("logistic-two", notation, "u[1](2) = 0")
