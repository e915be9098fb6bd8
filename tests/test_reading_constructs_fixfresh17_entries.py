"""Batch 81's dev48v page wrote its updates in JavaScript with code's indices on names the notation gives whole:
``W2[j] -= lr * dOut * hidden[j]`` where the notation names W2 the output neuron's weights (``"W2" = "W2[0, :]"``,
read W_{2}), and ``W1[j][i] -= lr * dHidden[j] * x[i]`` with dHidden a vector named whole; written here as other
authors would (other names, another network than the page's). The notation's own names come before the spec's
(W2[j] is entry j of the notation's W2, not the spec's matrix taking two indices), and a letter in code's bracket
that the left side's brackets give its values is counted from 0 as code counts, the entry j of what the name names
whole. Refused: such a letter indexing a dimension of another size than the left side's (the entries would not
pair).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_3_2_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-3-2-1": TANH_3_2_SIGMOID_1_BCE}
CHECKS = CaseChecks(NETWORKS)

# code's arrays as a JavaScript page names them: W2 the output neuron's weights, W1 the hidden layer's, gHid and
# gOut the gradients by the sums
_CODE = r'''
[notation]
loss = ["cost"]
learning_rate = ["rate"]
[notation.symbols]
"inp" = "x[:]"
"act" = "a1[:]"
"W1" = "W1[:, :]"
"W2" = "W2[0, :]"
"gOut" = "grad(z2[0])"
"gHid" = "grad(z1[:])"
'''
_OUT = "(a2[0] - y[0])"  # the cross-entropy's gradient by the sigmoid output's sum
_J2 = ({"j": 0}, {"j": 1})
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(3))


def _cases() -> list[Public]:
    return [
        Public("notation-row-indexed-once", "test", "tanh-3-2-1", _CODE, "W2[j] -= rate * gOut * act[j];", ((C,),),
               (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2),)),
        Public("notation-row-indexed-once-wrong", "test", "tanh-3-2-1", _CODE,
               "W2[j] -= rate * gOut * act[j] * act[j];", ((W,),),
               (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad*a1[{j}]",), _J2),)),
        Public("vector-entry-by-left-letter", "test", "tanh-3-2-1", _CODE, "W1[j][i] -= rate * gHid[j] * inp[i];",
               ((C,),), (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI),)),
        Public("vector-entry-by-left-letter-wrong", "test", "tanh-3-2-1", _CODE,
               "W1[j][i] += rate * gHid[j] * inp[i];", ((W,),),
               (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*grad",), _JI),)),
        Public("arrow-callback-map", "test", "tanh-3-2-1", _CODE,
               "const gHid = act.map((h, j) =>\nW2[j] * gOut * (1 - h * h));", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_OUT}*(1 - a1[{{j}}]**2)",), _J2),)),
        Public("arrow-callback-map-wrong", "test", "tanh-3-2-1", _CODE,
               "const gHid = act.map((h, j) => W2[j] * gOut * h * (1 - h));", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_OUT}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),)),
        Public("python-enumerate-comprehension", "test", "tanh-3-2-1", _CODE,
               "gHid = [W2[j] * gOut * (1 - h**2) for j, h in enumerate(act)]", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_OUT}*(1 - a1[{{j}}]**2)",), _J2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_left_letter_over_a_dimension_of_another_size_is_refused():
    """``gHid[i]`` with i the left side's 3 inputs (W1's columns) and gHid 2 entries: they do not pair."""
    refusal = CHECKS.refused("tanh-3-2-1", _CODE, "W1[j][i] -= rate * gHid[i] * inp[j];")
    assert "do not pair" in refusal


def test_a_callback_with_other_statements_is_refused():
    """``act.map(h => { const s = h * h; return ...; })``: a body of statements, which check does not run."""
    refusal = CHECKS.refused("tanh-3-2-1", _CODE, "gHid = act.map(h => { const s = h * h; return gOut * (1 - s); });")
    assert "a callback with other statements" in refusal
