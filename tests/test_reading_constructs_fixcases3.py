"""Batches 57 and 58 of the public formulas showed constructs refused, each written here as another
author would (other names, other networks than the pages'): a case distinction that leaves out only the point where
its conditions switch (``1 if s > 0, 0 if s < 0``: the rectifier's slope, which has no value at 0), read everywhere
else; the definition of an element-wise function at a vector, ``f'(u) = \\frac{e^{-u}}{(1 + e^{-u})^2}``, its powers
of u entry by entry; two patterns of one shape (``"h_{m}"`` an input, ``"h_{n}"`` a hidden unit) where the formula
writes the index with one of their placeholder letters (``h_n``, ``h_\\ell`` for ``"h_{l}"``), that one's meaning.
What stays refused, saying which: conditions that leave a whole interval uncovered, or that
overlap; a power of a vector where the left side is no element-wise function of it; a tie written with a number or
another letter.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_1, RELU_2_2, SIGMOID_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"relu-two": RELU_2_1, "relu-two-two": RELU_2_2, "sigmoid-2-3": SIGMOID_2_3}
CHECKS = CaseChecks(NETWORKS)

# r the rectifier, s the unit's sum, v its first input; u the layer's sums (a vector)
RECTIFIER_NOTATION = r'''
[notation]
functions = { r = "relu" }
[notation.symbols]
"s" = "z1[0]"
"v" = "x[0]"
"u" = "z1[:]"
'''

# f the logistic function, u the hidden sums (a vector), h the hidden outputs
LOGISTIC_NOTATION = r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"u" = "z1[:]"
"h" = "a1[:]"
'''

# two patterns of one shape: h_m an input, h_n a hidden unit (the letter says which layer), s_n a hidden sum
TIED_NOTATION = r'''
[notation]
indices = "mn"
[notation.symbols]
"h_{m}" = "x[m-1]"
"h_{n}" = "a1[n-1]"
"s_{n}" = "z1[n-1]"
"w_{nm}" = "W1[n-1, m-1]"
"b_{n}" = "b1[n-1]"
'''
TIED_ELL_NOTATION = TIED_NOTATION.replace("{m}", "{l}").replace("{nm}", "{nl}").replace("m-1", "l-1").replace(
    '"mn"', '"ln"')

_N3 = tuple({"n": n} for n in range(3))
_SUMS = "W1[{n},0]*x[0] + W1[{n},1]*x[1]"
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_SLOPE = "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"
_STEP = (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),)


def _cases() -> list[Public]:
    cases = []
    for key, network, text, expected, twins in (
            # cases that leave out only s = 0, where the rectifier's slope has no value: judged everywhere else
            ("switch-left-out", "relu-two", r"\frac{d r(s)}{d s} = \begin{cases} 1 & s > 0 \\ 0 & s < 0 \end{cases}",
             ((C,),), _STEP),
            ("switch-left-out-wrong", "relu-two",
             r"\frac{d r(s)}{d s} = \begin{cases} 0 & s > 0 \\ 1 & s < 0 \end{cases}", ((W,),),
             (Twin("value", "Heaviside(z1[0])", ("Heaviside(-z1[0])",)),)),
            ("switch-left-out-text", "relu-two", "r(s) = { s if s > 0, 0 if s < 0 }", ((C,),),
             (Twin("value", "relu(z1[0])", ("z1[0]*Heaviside(z1[0])",)),)),
            ("switch-left-out-by-input", "relu-two",
             r"\frac{d r(s)}{d v} = \left\{\begin{array}{ll} 1 & \text{if } s > 0 \\ 0 & \text{if } s < 0"
             r"\end{array}\right.", ((W,),), (Twin("value", "W1[0,0]*Heaviside(z1[0])", ("Heaviside(z1[0])",)),)),
            # entry by entry of a vector of sums
            ("switch-left-out-entries", "relu-two-two",
             r"\frac{d r(u)}{d u} = \begin{cases} 1 & u > 0 \\ 0 & u < 0 \end{cases}", ((C,),),
             (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),))):
        cases.append(Public(key, "test", network, RECTIFIER_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # an element-wise function's definition at a vector: its powers of the vector entry by entry
            ("elementwise-slope", r"f'(u) = \frac {e^{-u}}{(1+e^{-u})^2}", ((C,),),
             (Twin("value", _SLOPE, ("exp(-z1[{j}])/(1 + exp(-z1[{j}]))**2",), _J3),)),
            ("elementwise-slope-wrong", r"f'(u) = \frac{e^{-u}}{(1+e^{-u})^3}", ((W,),),
             (Twin("value", _SLOPE, ("exp(-z1[{j}])/(1 + exp(-z1[{j}]))**3",), _J3),)),
            ("elementwise-value-text", "f(u) = (1 + exp(-u))^(-1)", ((C,),),
             (Twin("value", "sigmoid(z1[{j}])", ("(1 + exp(-z1[{j}]))**(-1)",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3", LOGISTIC_NOTATION, text, expected, twins))
    for key, notation, text, expected, twins in (
            # the formula's letter is one tied pattern's placeholder: that pattern's meaning
            ("tie-own-letter-input", TIED_NOTATION, r"s_n = \sum_{m} w_{nm} h_m + b_n", ((C,),),
             (Twin("value", "z1[{n}]", (_SUMS + " + b1[{n}]",), _N3),)),
            ("tie-own-letter-unit", TIED_NOTATION, r"h_n = \sigma(s_n)", ((C,),),
             (Twin("value", "a1[{n}]", ("sigmoid(z1[{n}])",), _N3),)),
            ("tie-own-letter-unit-wrong", TIED_NOTATION, r"h_n = \tanh(s_n)", ((W,),),
             (Twin("value", "a1[{n}]", ("tanh(z1[{n}])",), _N3),)),
            ("tie-ell", TIED_ELL_NOTATION, r"s_n = \sum_{\ell} w_{n\ell} h_\ell + b_n", ((C,),),
             (Twin("value", "z1[{n}]", (_SUMS + " + b1[{n}]",), _N3),)),
            ("tie-ell-wrong", TIED_ELL_NOTATION, r"s_n = \sum_{\ell} w_{n\ell} h_n + b_n", ((W,),),
             (Twin("value", "z1[{n}]", ("(W1[{n},0] + W1[{n},1])*a1[{n}] + b1[{n}]",), _N3),))):
        cases.append(Public(key, "test", "sigmoid-2-3", notation, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_cases_leaving_an_interval_uncovered_are_refused_saying_so():
    """``0 if s < -1, 1 if s > 1``: no case holds between -1 and 1."""
    refusal = CHECKS.refused("relu-two", RECTIFIER_NOTATION,
                             r"\frac{d r(s)}{d s} = \begin{cases} 0 & s < -1 \\ 1 & s > 1 \end{cases}")
    assert "leave values uncovered" in refusal


def test_overlapping_cases_are_refused_saying_so():
    """``1 if s > -1, 0 if s < 1``: both hold between -1 and 1."""
    refusal = CHECKS.refused("relu-two", RECTIFIER_NOTATION,
                             r"\frac{d r(s)}{d s} = \begin{cases} 1 & s > -1 \\ 0 & s < 1 \end{cases}")
    assert "overlap" in refusal and "uncovered" not in refusal


def test_entries_cases_leaving_an_interval_uncovered_are_refused_saying_so():
    refusal = CHECKS.refused("relu-two-two", RECTIFIER_NOTATION,
                             r"\frac{d r(u)}{d u} = \begin{cases} 0 & u < -1 \\ 1 & u > 1 \end{cases}")
    assert "leave values uncovered" in refusal and "in an entry" in refusal


def test_a_power_of_a_vector_stays_refused_where_the_left_side_is_a_name():
    """``h = (1 + e^{-u})^{-1}``: no element-wise function on the left says how the vector's power is meant."""
    refusal = CHECKS.refused("sigmoid-2-3", LOGISTIC_NOTATION, r"h = (1 + e^{-u})^{-1}")
    assert "raises a vector or matrix to a power" in refusal


def test_a_tie_written_with_a_number_stays_refused():
    """``h_1``: the first input or the first hidden unit? The number names neither layer."""
    refusal = CHECKS.refused("sigmoid-2-3", TIED_NOTATION, r"h_1 = \\sigma(s_1)")
    assert "matches two patterns of the notation alike" in refusal


def test_a_tie_written_with_another_letter_stays_refused():
    """``h_k`` inside a sum over k: neither pattern's letter."""
    refusal = CHECKS.refused("sigmoid-2-3", TIED_NOTATION, r"s_n = \\sum_{k} w_{nk} h_k + b_n")
    assert "matches two patterns of the notation alike" in refusal


def test_cases_that_hold_together_at_their_switching_point_are_refused_as_overlapping():
    """``s >= 0`` and ``s <= 0``: both hold at s = 0; they do not exclude each other."""
    refusal = CHECKS.refused("relu-two", RECTIFIER_NOTATION,
                             r"r(s) = \begin{cases} s & s \geq 0 \\ 0 & s \leq 0 \end{cases}")
    assert "overlap" in refusal and "uncovered" not in refusal
