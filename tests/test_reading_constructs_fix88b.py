"""Batch 88 of the public formulas showed general constructs of code refused, each written here as another author
would (other names, other networks than the pages'): MATLAB's statement inside a loop, ``out_d(k) = (t(k) - o(k)) *
dsig(o(k));``, whose every ``*`` joins entries at the loop's letter (numbers, so Octave's ``*`` is the product of
numbers as C's is), read whether or not it is commented out with ``%``; a name without its index beside it keeps the
two readings (Octave's matrix product or C's entry by entry) and their refusal where they disagree.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.code_language import octave_products
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# a MATLAB script's struct of vectors: net.out the outputs, t the targets, out_d their -dE/dnet, rate the step,
# dsig(o) = o (1 - o) at the output
MATLAB_NOTATION = r'''
[notation]
learning_rate = ["rate"]
functions = { dsig = "sigmoid' at output" }
[notation.symbols]
"net.out" = "a2[:]"
"net.hid" = "a1[:]"
"t" = "y[:]"
"out_d" = "-delta2[:]"
'''
_K2 = ({"k": 0}, {"k": 1})
_OUT_D = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # every * joins entries at the loop's k: numbers, the one reading in Octave and C alike
            ("loop-entries", "out_d(k) = (t(k) - net.out(k)) * dsig(net.out(k));", ((C,),),
             (Twin("value", _OUT_D, (_OUT_D,), _K2),)),
            ("loop-entries-commented", "%    out_d(k) = (t(k) - net.out(k)) * dsig(net.out(k));", ((C,),),
             (Twin("value", _OUT_D, (_OUT_D,), _K2),)),
            ("loop-entries-three-factors", "out_d(k) = (t(k) - net.out(k)) * net.out(k) * (1 - net.out(k));",
             ((C,),), (Twin("value", _OUT_D, (_OUT_D,), _K2),)),
            ("loop-entries-swapped-wrong", "out_d(k) = (net.out(k) - t(k)) * dsig(net.out(k));", ((W,),),
             (Twin("value", _OUT_D, ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
            ("loop-entries-slope-wrong", "out_d(k) = (t(k) - net.out(k)) * net.out(k) * (1 + net.out(k));",
             ((W,),), (Twin("value", _OUT_D, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 + a2[{k}])",), _K2),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", MATLAB_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_name_without_its_index_keeps_both_readings():
    """``out_d = (t - net.out) * dsig(net.out);``: vectors, Octave's matrix product or C's entry by entry, which
    disagree: refused, as before."""
    message = CHECKS.refused("sigmoid-2-3-2", MATLAB_NOTATION, "out_d = (t - net.out) * dsig(net.out);")
    assert "the two readings do not agree" in message


def test_a_function_of_a_named_vector_is_no_entry():
    """``dsig(t)``, t a name the notation gives (a vector): no entry at a loop's letter, so its ``*`` keeps both
    readings; here both call the formula wrong (the slope at the targets), never correct."""
    case = Public("named-vector", "test", "sigmoid-2-3-2", MATLAB_NOTATION,
                  "out_d(k) = (t(k) - net.out(k)) * dsig(t);", ((W,),))
    assert CHECKS.verdicts(case) == ((W,),)
    assert "\ue000" in octave_products(case.text, lambda word: word == "k")
    assert "\ue000" not in octave_products("out_d(k) = (t(k) - net.out(k)) * dsig(net.out(k));",
                                            lambda word: word == "k")
