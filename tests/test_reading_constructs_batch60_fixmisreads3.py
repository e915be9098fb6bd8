"""Batches 59 and 60 of the public formulas showed misreads and refusals, each written here as another author would
(other names, other networks than the pages'): ``u \\otimes v`` of two vectors of one size, the outer product of
most texts or the entrywise product of some notes, judged both ways and refused where they disagree.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    "sigmoid-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# the output unit's weights u (a row), the hidden outputs h, the output's sum s and bias c
_OUTPUT_UNIT = r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"u" = "W2[0, :]"
"h" = "a1[:]"
"s" = "z2[0]"
"c" = "b2[0]"
'''
# the hidden layer's error d (three units), the input x (two), V input-first
_HIDDEN_ERROR = r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"d" = "grad(z1[:])"
"x" = "x[:]"
"V_{ij}" = "W1[j, i]"
'''
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_D = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
      "*a1[{j}]*(1 - a1[{j}])")


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # \otimes read entrywise or as the outer product: both wrong here, so the verdict stands
            ("otimes-both-wrong", r"s = \sum (u \otimes h) - c", ((W,),),
             (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] - b2[0]",)),)),):
        cases.append(Public(key, "test", "tanh-sigmoid", _OUTPUT_UNIT, text, expected, twins))
    for key, text, expected, twins in (
            # vectors of two sizes: no entrywise product, the outer product the one reading
            ("otimes-outer-only", r"\frac{\partial E}{\partial V} = x \otimes d", ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_D}",), _IJ),)),
            ("otimes-outer-only-wrong", r"\frac{\partial E}{\partial V} = x \otimes (-d)", ((W,),),
             (Twin("gradient", "W1[{j},{i}]", (f"-x[{{i}}]*{_D}",), _IJ),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _HIDDEN_ERROR, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_otimes_of_two_vectors_of_one_size_is_refused_where_its_readings_disagree():
    """``s = \\sum(u \\otimes h) + c``: right entry by entry, wrong as the outer product's entries summed."""
    message = CHECKS.refused("tanh-sigmoid", _OUTPUT_UNIT, r"s = \sum (u \otimes h) + c")
    assert r"\otimes reads as the outer product (u v^T) or" in message and r"write \odot" in message
