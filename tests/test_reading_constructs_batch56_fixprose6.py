"""Blind batches 50, 54 and 55 showed prose around a formula on a list's line refused, each written here as
another author would (other names, other networks than the pages'): a Markdown list's dash before a sentence's
words and the formula in parentheses after them, ``- Squash the net input (h = tanh(s))``; a lead-in word (If,
When, Given) before the definition of a function at its argument, then a comma and the claim, ``- When g(s) =
tanh(s), g'(s) = ...``, on a list's line or not; a capitalised word no name reads before a list item's formula,
``2. Evalute h = ...``, a label; a function's argument in a brace group, ``\\phi{(s)}``, as TeX prints it. A dash
before words whose letters may all be names (``- Let``) on a plain line is since CommonMark's bullet (batch 60).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

# the tanh unit's names, g the activation as a function
_TANH = r'''
[notation]
functions = { g = "tanh" }
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
'''
# the same unit, its activation the Greek letter \phi
_PHI = r'''
[notation]
functions = { "\\phi" = "tanh" }
[notation.symbols]
"s" = "z1[0]"
'''
_ACTIVATION = Twin("value", "a1[0]", ("tanh(z1[0])",))
_SLOPE = "1 - a1[0]**2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a list's dash before a sentence's words, the formula in parentheses after them
            ("bullet-words-paren", "- Squash the net input (h = (exp(s) - exp(-s)) / (exp(s) + exp(-s)))",
             ((C,),), (Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),)),
            ("bullet-words-paren-wrong", "- Apply the activation (h = 1 / (1 + exp(-s)))", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),)),
            # a lead-in word before a function's definition at its argument, then the claim
            ("lead-in-function", "If g(s) = tanh(s), g'(s) = 1 - g(s)^2", ((C,), (C,)),
             (_ACTIVATION, Twin("value", _SLOPE, ("1 - tanh(z1[0])**2",)))),
            ("bullet-when-function", "- When g(s) = tanh(s), g'(s) = 1 - g(s)^2", ((C,), (C,)),
             (_ACTIVATION, Twin("value", _SLOPE, ("1 - tanh(z1[0])**2",)))),
            ("bullet-given-function-wrong", "- Given g(s) = tanh(s), g'(s) = 1 - g(s)", ((C,), (W,)),
             (_ACTIVATION, Twin("value", _SLOPE, ("1 - tanh(z1[0])",)))),
            # a plain line's hyphen and space is CommonMark's bullet (two_readings._markdown_bullet), whatever follows
            ("bullet-let-function", "- Let g(s) = tanh(s), g'(s) = 1 - g(s)^2", ((C,), (C,)),
             (_ACTIVATION, Twin("value", _SLOPE, ("1 - tanh(z1[0])**2",)))),
            # a capitalised word no name reads opening a list's item before the formula: a label in prose
            ("label-word-typo", "2. Evalute h = tanh(s) (the output of the unit);", ((C,),), (_ACTIVATION,)),
            ("label-word-wrong", "Squash h = 1 / (1 + exp(-s))", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),))):
        cases.append(Public(key, "test", "tanh-two", _TANH, text, expected, twins))
    for key, text, expected, twins in (
            # a function's parenthesised argument in a brace group, and a prime after a space: as TeX prints them
            ("braced-argument", r"$\phi '(s) = 1 - \phi{(s)}^2$", ((C,),),
             (Twin("value", _SLOPE, ("1 - tanh(z1[0])**2",)),)),
            ("braced-argument-wrong", r"$\phi '(s) = \phi{(s)} (1 - \phi{(s)})$", ((W,),),
             (Twin("value", _SLOPE, ("tanh(z1[0])*(1 - tanh(z1[0]))",)),))):
        cases.append(Public(key, "test", "tanh-two", _PHI, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_condition_value_after_a_lead_in_is_no_definition():
    """``If g(s) = 0, ...`` states a case, not a definition: refused as before."""
    CHECKS.refused("tanh-two", _TANH, "If g(s) = 0, g'(s) = 1")

