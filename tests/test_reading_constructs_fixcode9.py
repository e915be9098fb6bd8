"""Code's derivative words (``dtanh(h)``, ``tanh_deriv(s)``) that the notation decides: its ``functions`` names an
activation's derivative and where it is taken (``dtanh = "tanh' at output"``), and the word is read there only. Without
it, a formula whose two readings disagree stays refused, its message saying how to decide it in the notation; a
value naming no activation's derivative of that word is refused at load in one line.

A function's definition in code, ``def dtanh(y): return 1 - y**2`` (its return on the next line, a docstring and
comments around it): the claim dtanh(y) = 1 - y^2, an identity in its argument (read as z1[0], every value); right
where one reading of the word is, saying which. A return with no def, and a definition of another name, stay refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from backprop.symbolic.homework import check_homework
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
    for key, notation, text, expected, twins in (
            # the definition's argument is its own: u = z1[0] at every point, whatever the notation calls y or h
            ("def-output-right", TANH_2_1_NOTATION, "def dtanh(y):\n    return 1 - y**2", ((C,),),
             (Twin("value", "1 - z1[0]**2", ("1 - z1[0]**2",)),)),
            ("def-input-right", TANH_2_1_NOTATION,
             "def tanh_deriv(h):\n    \"\"\"The slope of tanh at h.\"\"\"\n    # element-wise\n    return 1.0 - np.tanh(h) ** 2",
             ((C,),), (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - np.tanh(z1[0])**2",)),)),
            ("def-neither-wrong", TANH_2_1_NOTATION, "def dtanh(h): return 1 + np.tanh(h)**2", ((W,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 + np.tanh(z1[0])**2",)),)),
            ("def-method-wrong", TANH_2_1_NOTATION, "def dtanh(self, out):\n\t\treturn 1 - out", ((W,),),
             (Twin("value", "1 - z1[0]**2", ("1 - z1[0]",)),)),
            # the notation decides: at the input, 1 - y^2 is wrong
            ("def-decided-wrong", _AT_INPUT, "def dtanh(y): return 1 - y**2", ((W,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - z1[0]**2",)),)),
            # Nielsen's word, the derivative at its argument
            ("def-prime-right", TANH_2_1_NOTATION, "def tanh_prime(v): return 1 - np.tanh(v)**2", ((C,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - np.tanh(z1[0])**2",)),)),
            ("def-prime-wrong", TANH_2_1_NOTATION, "def tanh_prime(v): return 1 - v**2", ((W,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - z1[0]**2",)),))):
        cases.append(Public(key, "test", "tanh-two", notation, text, expected, twins))
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


def test_a_definition_says_which_reading_it_is_right_for():
    problem = CHECKS.problem(Public("def", "test", "sigmoid-3-2", None, ""))
    result = check_homework(problem, "def dsigmoid(out): return out * (1 - out)")
    assert result.claims[0].steps[0].detail.startswith("right: the sigmoid's derivative written of its output")


def test_a_return_without_its_def_is_refused_asking_for_the_def_line():
    assert "give the def line above it" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "\t\treturn 1 - h**2")


@pytest.mark.parametrize("text", ["def gradient(self, x):\n    return 1 - np.tanh(x)**2", "def dtanh(u, v): return u",
                                  # locals then the return read (fixcode11); a local assigned twice stays refused
                                  "def dtanh(y):\n    out = 1 - y**2\n    out = out * 1\n    return out",
                                  "def dtanh(y): return 1.0"])
def test_a_definition_check_cannot_read_is_refused_naming_the_function(text):
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, text)
    assert ("gradient" if "gradient" in text else "dtanh") in message
