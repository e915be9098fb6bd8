"""Batches 57 and 58 of the public formulas crashed on or misread constructs, each written here as another author
would (other names, other networks than the pages'). Read: an index letter written as a command, ``\\ell`` in
``v_{j\\ell}``, as the notation's l (it crashed where check built a regular expression of the letter unescaped);
NumPy's sum with an axis where the notation names its weights input-first only (``"Wt" = "W1[:, :].T"``, code
that multiplies x W, its samples rows): a vector is the one sample's row, so ``axis=1`` adds its units and
``axis=0`` keeps it (cs231n's code was misread with columns); two patterns of one shape and one meaning.
Refused in one line: a sum whose terms differ in shape, a name an entry at one value of the sum's letter and a
whole vector at another (it crashed adding them); a name two patterns of one shape match with different meanings
(``"v_{j}"`` the inputs, ``"v_{k}"`` the hidden outputs, both letters placeholders: precedence cannot choose, and
the first was taken silently); any other failure of the reader, as a defect to report.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import ReaderDefect
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3, SIGMOID_2_3_2, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-3": SIGMOID_2_3,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
    "softmax-2-3": SOFTMAX_2_3,
}
CHECKS = CaseChecks(NETWORKS)

# a layer's letters counted from 1: v_{j l} the weight from input l to hidden unit j, s_j its sum, x_l the inputs
_FROM_ONE = r'''
[notation]
indices = "jl"
[notation.symbols]
"x_{l}" = "x[l-1]"
"v_{jl}" = "W1[j-1, l-1]"
"c_{j}" = "b1[j-1]"
"s_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
'''
# the inputs named twice, u_{l} and u_{j}: both letters placeholders, one meaning
_ALIKE_ONE_MEANING = _FROM_ONE.replace('"x_{l}" = "x[l-1]"', '"u_{l}" = "x[l-1]"\n"u_{j}" = "x[j-1]"')
# the layer named by the index letter, as some notes do: v_j the inputs, v_k the hidden outputs
_ALIKE_TWO_MEANINGS = r'''
[notation]
indices = "jk"
[notation.symbols]
"v_{j}" = "x[j-1]"
"v_{k}" = "a1[k-1]"
"s_{k}" = "z1[k-1]"
'''
# a softmax classifier's code: its weights input-first (x W, samples as rows), or as symbols.md lays them out
_ROWS = r'''
[notation]
[notation.symbols]
"inputs" = "x[:]"
"Wt" = "W1[:, :].T"
"e" = "exp(z1[:])"
"p" = "a1[:]"
"dlogits" = "grad(z1[:])"
"db" = "grad(b1[:])"
'''
_COLUMNS = _ROWS.replace('"Wt" = "W1[:, :].T"', '"W" = "W1[:, :]"')
_SUM3 = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_JL = tuple({"j": j, "l": l} for j in range(3) for l in range(2))
_DZ = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # \ell, the script l, as the index letter l: in a subscript beside another letter and alone
            ("ell-sum", r"s_j = \sum_{\ell} v_{j\ell} \cdot x_\ell + c_j", ((C,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),)),
            ("ell-sum-wrong", r"s_j = \sum_{\ell} v_{j\ell} \cdot x_\ell", ((W,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),)),
            ("ell-chain", r"\frac{\partial E}{\partial v_{j\ell}} = \frac{\partial E}{\partial s_j} \cdot "
             r"\frac{\partial s_j}{\partial v_{j\ell}}", ((C,),),
             (Twin("gradient", "W1[{j},{l}]", (_DZ + "*x[{l}]",), _JL),)),
            ("ell-gradient-wrong", r"\frac{\partial E}{\partial v_{j\ell}} = \frac{\partial E}{\partial s_j}", ((W,),),
             (Twin("gradient", "W1[{j},{l}]", (_DZ,), _JL),))):
        cases.append(Public(key, "test", "sigmoid-2-3", _FROM_ONE, text, expected, twins))
    for key, text, expected, twins in (
            # two patterns of one shape and one meaning: either reading is the same
            ("alike-one-meaning", r"s_j = v_{j1} u_1 + v_{j2} u_2 + c_j", ((C,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),)),
            ("alike-one-meaning-wrong", r"s_j = v_{j1} u_2 + v_{j2} u_1 + c_j", ((W,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[1] + W1[{j},1]*x[0] + b1[{j}]",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3", _ALIKE_ONE_MEANING, text, expected, twins))
    for key, notation, text, expected, twins in (
            # samples as rows (the weights input-first): axis 1 adds a sample's classes, axis 0 its one sample
            ("rows-axis1", _ROWS, "p = e / np.sum(e, axis=1, keepdims=True)", ((C,),),
             (Twin("value", "a1[{k}]", (f"exp(z1[{{k}}])/{_SUM3}",), _K3),)),
            ("rows-axis0-wrong", _ROWS, "p = e / e.sum(axis=0, keepdims=True)", ((W,),),
             (Twin("value", "a1[{k}]", ("exp(z1[{k}])/exp(z1[{k}])",), _K3),)),
            ("rows-bias", _ROWS, "db = np.sum(dlogits, axis=0, keepdims=True)", ((C,),),
             (Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _K3),)),
            ("rows-bias-axis1-wrong", _ROWS, "db = np.sum(dlogits, axis=1, keepdims=True)", ((W,),),
             (Twin("gradient", "b1[{k}]", ("a1[0] + a1[1] + a1[2] - t[0] - t[1] - t[2]",), _K3),)),
            # samples as columns (the weights as symbols.md lays them out): Ng's axis 1 over the one sample
            ("columns-bias", _COLUMNS, "db = np.sum(dlogits, axis=1, keepdims=True)", ((C,),),
             (Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _K3),)),
            ("columns-axis1-wrong", _COLUMNS, "p = e / np.sum(e, axis=1, keepdims=True)", ((W,),),
             (Twin("value", "a1[{k}]", ("exp(z1[{k}])/exp(z1[{k}])",), _K3),))):
        cases.append(Public(key, "test", "softmax-2-3", notation, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# an entry's name and a layer's bold vector written alike: s_2 is the bold \mathbf{s}_2 (the output layer's sums),
# where s_{k} names one hidden unit's sum
_ENTRY_AND_VECTOR = r'''
[notation]
indices = "j"
[notation.symbols]
"s_{j}" = "z1[j]"
"h_{j}" = "a1[j]"
"\\mathbf{s}_2" = "z2[:].T"
'''


def test_a_sum_whose_terms_differ_in_shape_is_refused():
    """``\\sum_k e^{s_k}``: a number at k = 0, the bold vector at k = 2; added, they have no sum to judge."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _ENTRY_AND_VECTOR, r"h_j = \frac{e^{s_j}}{\sum_{k} e^{s_k}}")
    assert "the sum over k has terms of different shapes" in refusal


def test_a_name_two_patterns_of_one_shape_mean_differently_is_refused_naming_both():
    """``v_1`` matches ``"v_{j}"`` and ``"v_{k}"`` alike (placeholders stand for any number): either is a guess.
    (``v_k``, written with one of their letters, is that pattern's: tests/test_reading_constructs_fixcases3.py.)"""
    refusal = CHECKS.refused("sigmoid-2-3", _ALIKE_TWO_MEANINGS, r"v_1 = \sigma(s_1)")
    assert "matches two patterns of the notation alike, 'v_{j}' and 'v_{k}'" in refusal


def test_a_failure_of_the_reader_is_refused_in_one_line(monkeypatch):
    """Any exception of reading a formula (a defect) ends as a one-line FormulaError (ReaderDefect, so that the blind
    batches still count it as a crash), never as a traceback."""
    def failing(*arguments, **keywords):
        raise ZeroDivisionError("a defect\nof two lines")

    monkeypatch.setattr("backprop.symbolic.homework.judged_in_every_reading", failing)
    with pytest.raises(ReaderDefect) as error:
        check_homework(parse_problem(SIGMOID_2_3, "<test>"), "h_j = \\sigma(s_j)", notation=None)
    assert "\n" not in str(error.value) and "ZeroDivisionError: a defect of two lines" in str(error.value)
