"""Batch 121's pages showed these constructs misread or refused, written here as other authors would (other names,
other networks than the pages'):

- a derivative whose value is a weight (dz/da = W), which code names and sets to the weight under the weight's own
  name (the medical course's ``g_u2h1 = w2``, a CNN's ``d_t_d_inputs = self.weights``): the notation gives the left
  side the parameter's value, and the claim is that value, never an update with no step; a left side written as the
  right one (``w5 = w5``) stays an update, judged so.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# code's names of derivatives whose value is a weight, beside the weights' own names
_WEIGHT_DERIVATIVES = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"dz\\_dh1" = "W2[0, 0]"
"g\\_w5" = "grad(W2[0, 0])"
"self.w_out" = "W2[:, :].T"
"dzout\\_dhidden" = "W2[:, :].T"
"hidden" = "a1[:]"
'''
_J3 = tuple({"j": j} for j in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_G5 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"


def _cases() -> list[Public]:
    return [
        # ---- a derivative whose value is a weight, under the weight's own name -----------------------------------
        Public("weight-derivative-scalar", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "dz_dh1 = w5", ((C,),),
               (Twin("value", "W2[0,0]", ("W2[0,0]",)),)),
        Public("weight-derivative-scalar-wrong", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "dz_dh1 = w6",
               ((W,),), (Twin("value", "W2[0,0]", ("W2[0,1]",)),)),
        Public("weight-derivative-matrix", "test", "sigmoid-2-3-2", _WEIGHT_DERIVATIVES,
               "dzout_dhidden = self.w_out", ((C,),), (Twin("value", "W2[{k},{j}]", ("W2[{k},{j}]",), _K2J3),)),
        Public("weight-derivative-matrix-wrong", "test", "sigmoid-2-3-2", _WEIGHT_DERIVATIVES,
               "dzout_dhidden = 2 * self.w_out", ((W,),),
               (Twin("value", "W2[{k},{j}]", ("2*W2[{k},{j}]",), _K2J3),)),
        # ---- the weight's own name on both sides stays an update; a step stays one -------------------------------
        Public("same-name-no-step-update", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "w5 = w5", ((W,),),
               (Twin("update", "W2[0,0]", ("W2[0,0]",)),)),
        Public("same-name-step-update", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "w5 = w5 - lr * g_w5",
               ((C,),), (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_G5}",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)




def test_a_derivative_named_as_a_weight_is_a_value_claim_and_the_same_name_an_update():
    """dz_dh1 = w5 says what dz_dh1 is worth (a value), never an update of W2[0, 0] with no step; w5 = w5 is one."""
    kinds = {}
    for text in ("dz_dh1 = w5", "w5 = w5"):
        case = Public("kind", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, text)
        notation = notation_from_table(tomllib.loads(case.notation)["notation"], "<test>")
        kinds[text] = check_homework(CHECKS.problem(case), text, notation=notation).claims[0].kind
    assert kinds == {"dz_dh1 = w5": "value", "w5 = w5": "update"}
