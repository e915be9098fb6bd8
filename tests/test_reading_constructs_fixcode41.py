"""Batch 185's xr-db1 ends its line of code with a comment glued to its # and starting with a digit, an array's
shape: ``db1 = np.sum(Delta1, axis=1, keepdims=True) #4x1``. Before, a # before a digit was taken for TeX's macro
parameter ``#1`` and the line refused at the ``#``; a # before digits, an ``x`` and a digit is a comment now
(typography_comments.COMMENT), dropped as ``# 4x1`` is. Written here on the tanh network of construct_networks;
OCaml's and Haskell's ``#@``, ``#*``, ``#-`` between operands stay refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin


CHECKS = CaseChecks({"tanh-two": TANH_2_1, "sigmoid-two-two": SIGMOID_2_2_2})

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_S_WRONG = "W1[0,0]*x[0] + W1[0,1]*x[1] + 7"

def _case(name, text, verdicts, *twins):
    return Public(name, "test", "tanh-two", TANH_2_1_NOTATION, text, verdicts, twins)

def _cases() -> list[Public]:
    right, wrong = Twin("value", "z1[0]", (_S,)), Twin("value", "z1[0]", (_S_WRONG,))
    return [
        _case("glued-shape-comment", "s = v_1 * x_1 + v_2 * x_2 + c #1x1", ((C,),), right),
        _case("glued-shape-comment-wrong", "s = v_1 * x_1 + v_2 * x_2 + 7 #1x1", ((W,),), wrong),
        _case("glued-shape-comment-times", "s = v_1 * x_1 + v_2 * x_2 + 7 #2\u00d71", ((W,),), wrong),
    ]

# C#'s properties of objects (batch 187's s87-cs-h): k an output, j a hidden unit; one output's two names spelt out
# for the sum over the outputs
_CS_NOTATION = r'''
[notation]
indices = "jk"
[notation.symbols]
"neuron.Gradient" = "-delta2[k]"
"first.Gradient" = "-delta2[0]"
"second.Gradient" = "-delta2[1]"
"connectedNeuron.Gradient" = "-delta1[j]"
"input.Weight" = "W2[k, j]"
"firstInput.Weight" = "W2[0, j]"
"secondInput.Weight" = "W2[1, j]"
"derivative" = "a1[j]*(1 - a1[j])"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1 = "(" + " + ".join(_D2.replace("{k}", str(k)) + f"*W2[{k},{{j}}]" for k in range(2)) + ")*a1[{j}]*(1 - a1[{j}])"
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))


def _cs_cases() -> list[Public]:
    def case(name, text, verdicts, twin):
        return Public(name, "test", "sigmoid-two-two", _CS_NOTATION, text, verdicts, (twin,))
    return [
        case("cs-summed", "connectedNeuron.Gradient = (first.Gradient * firstInput.Weight + second.Gradient"
             " * secondInput.Weight) * derivative;", ((C,),),
             Twin("value", f"-{_D1}", (f"-{_D1}",), _K2J2)),
        case("cs-one-output", "connectedNeuron.Gradient = neuron.Gradient * input.Weight * derivative;", ((W,),),
             Twin("value", f"-{_D1}", (f"-({_D2})*W2[{{k}},{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _K2J2)),
    ]


CASES = _cases() + _cs_cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

@pytest.mark.parametrize("text", ["s = v_1 #@ x", "s = v_1 #* x_1", "s = v_1 #- x_1"])
def test_an_operator_opening_with_a_hash_stays_refused(text):
    """OCaml's and Haskell's operators between two operands are no comment: refused in one line as before."""
    assert "#" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, text)
