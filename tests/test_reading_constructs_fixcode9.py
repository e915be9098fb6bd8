"""Code's derivative words (``dtanh(h)``, ``tanh_deriv(s)``) that the notation decides: its ``functions`` names an
activation's derivative and where it is taken (``dtanh = "tanh' at output"``), and the word is read there only. Without
it, a formula whose two readings disagree stays refused, its message saying how to decide it in the notation; a
value naming no activation's derivative of that word is refused at load in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1, "sigmoid-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)


def _deciding(functions: str) -> str:
    """TANH_2_1_NOTATION with a functions line."""
    return TANH_2_1_NOTATION.replace("[notation]\n", f"[notation]\nfunctions = {{ {functions} }}\n", 1)


_AT_OUTPUT = _deciding('dtanh = "tanh\' at output"')
_AT_INPUT = _deciding('dtanh = "tanh\' at input", tanh_grad = "tanh\' at its input"')
_HIDDEN = r'''
[notation]
functions = { sigmoidPrime = "sigmoid' at output" }
[notation.symbols]
"Hid" = "a1[:]"
"Hid_{i}" = "a1[i]"
'''


def _cases() -> list[Public]:
    cases = []
    for key, notation, text, expected, twins in (
            # at the output: 1 - h^2 is tanh's derivative written of its output h
            ("output-right", _AT_OUTPUT, "dtanh(h) = 1 - h**2", ((C,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - a1[0]**2",)),)),
            ("output-wrong", _AT_OUTPUT, "dtanh(h) = 1 - h", ((W,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - a1[0]",)),)),
            # the same formula, the notation saying the input: tanh'(h) is 1 - tanh(h)^2, not 1 - h^2
            ("input-wrong", _AT_INPUT, "dtanh(h) = 1 - h**2", ((W,),),
             (Twin("value", "1 - np.tanh(a1[0])**2", ("1 - a1[0]**2",)),)),
            ("input-right", _AT_INPUT, "tanh_grad(s) = 1 - tanh(s)**2", ((C,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - np.tanh(z1[0])**2",)),))):
        cases.append(Public(key, "test", "tanh-two", notation, text, expected, twins))
    for key, text, expected, twins in (
            ("sigmoid-output-right", "sigmoidPrime(Hid_i) = Hid_i * (1 - Hid_i)", ((C,),),
             (Twin("value", "a1[{i}]*(1 - a1[{i}])", ("a1[{i}]*(1 - a1[{i}])",), ({"i": 0}, {"i": 1}, {"i": 2})),)),
            ("sigmoid-output-wrong", "sigmoidPrime(Hid_i) = sigmoid(Hid_i) * (1 - sigmoid(Hid_i))", ((W,),),
             (Twin("value", "a1[{i}]*(1 - a1[{i}])", ("sigmoid(a1[{i}])*(1 - sigmoid(a1[{i}]))",),
                   ({"i": 0}, {"i": 1}, {"i": 2})),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _HIDDEN, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_undecided_word_says_how_the_notation_decides_it():
    """Without the notation's word, the two readings of ``dtanh(h) = 1 - h**2`` disagree: refused, saying how to decide."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "dtanh(h) = 1 - h**2")
    assert message.endswith('functions = { dtanh = "tanh\' at output" } (or "tanh\' at input")')


@pytest.mark.parametrize("functions", ['dtanh = "sigmoid\' at output"', 'dtanh = "tanh\' on output"',
                                       'g = "tanh\' at output"', 'dtanh = "tanh\'"'])
def test_a_value_naming_no_derivative_of_the_word_is_refused_at_load(functions):
    message = CHECKS.refused("tanh-two", _deciding(functions), "h = tanh(s)")
    assert "[notation] functions." in message and "\n" not in message
